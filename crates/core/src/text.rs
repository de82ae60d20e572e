//! Every word the widgets show, in one catalogue a host can reword or translate.
//!
//! Each piece of text has a [`Text`] name, a stable key (for example `nav.summary`) and
//! English wording written for this project. A host supplies its own wording as a flat JSON
//! object of key → text ([`Catalogue::with_host_text`]); anything it leaves out stays in
//! English. Domain and quality names use the keys in [`crate::presets`].
//!
//! Placeholders are written `{name}` and filled by [`Catalogue::fill`].
//!
//! ```
//! use recovery_core::text::{Catalogue, Text};
//!
//! let host = r#"{ "nav.summary": "Mi resumen" }"#;
//! let catalogue = Catalogue::with_host_text("es", host).unwrap();
//! assert_eq!(catalogue.text(Text::NavSummary), "Mi resumen");
//! assert_eq!(catalogue.text(Text::NavQualities), "My qualities");
//! ```

use std::collections::BTreeMap;
use std::fmt;

macro_rules! catalogue {
    ($($(#[$doc:meta])* $name:ident = $key:literal => $english:literal,)*) => {
        /// The name of one piece of text on screen.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($(#[$doc])* $name,)*
        }

        impl Text {
            /// Every piece of text, in catalogue order.
            pub const ALL: &'static [Text] = &[$(Text::$name,)*];

            /// The key a host uses to reword this text.
            pub fn key(self) -> &'static str {
                match self { $(Text::$name => $key,)* }
            }

            /// The built-in English wording.
            pub fn english(self) -> &'static str {
                match self { $(Text::$name => $english,)* }
            }
        }
    };
}

catalogue! {
    /// The inventory's heading.
    InventoryTitle = "inventory.title" => "My strengths",
    /// The inventory's welcome.
    InventoryIntro = "inventory.intro" => "Everyone has strengths. This is a place to notice yours, in your own words. Start anywhere you like.",
    /// Label of the list of parts.
    NavLabel = "nav.label" => "Parts of my strengths",
    /// The life areas part.
    NavAreas = "nav.areas" => "Life areas",
    /// The qualities part.
    NavQualities = "nav.qualities" => "My qualities",
    /// The priorities part.
    NavPriorities = "nav.priorities" => "My priorities",
    /// The summary part.
    NavSummary = "nav.summary" => "My summary",
    /// How far along the person is.
    ProgressAreas = "progress.areas" => "{done} of {total} life areas have something written",
    /// Label of the list of life areas.
    AreaListLabel = "area.list_label" => "Choose a life area",
    /// Read out after a life area's name when it has answers.
    AreaWritten = "area.written" => "(something written)",
    /// Button to the previous life area.
    AreaPrevious = "area.previous" => "Previous area",
    /// Button to the next life area.
    AreaNext = "area.next" => "Next area",
    /// Checkbox that makes a whole life area a priority.
    AreaIsPriority = "area.is_priority" => "This life area is one of my priorities",
    /// The first question.
    QuestionHaveNow = "question.have_now" => "What is going well, and what do I have now?",
    /// Hint under the first question.
    QuestionHaveNowHint = "question.have_now.hint" => "Things I can do, people I have, things that are going okay.",
    /// The second question.
    QuestionWant = "question.want" => "What do I want?",
    /// Hint under the second question.
    QuestionWantHint = "question.want.hint" => "Hopes and wishes, big or small.",
    /// The third question.
    QuestionHelpedBefore = "question.helped_before" => "What has helped me before?",
    /// Hint under the third question.
    QuestionHelpedBeforeHint = "question.helped_before.hint" => "People, places and things that helped in the past.",
    /// Label of the box for a new answer.
    EntryNewLabel = "entry.new_label" => "Add in your own words",
    /// Button that adds an answer.
    EntryAdd = "entry.add" => "Add",
    /// Label of the box holding an answer.
    EntryEditLabel = "entry.edit_label" => "Your words",
    /// Button that removes an answer.
    EntryRemove = "entry.remove" => "Remove",
    /// Label of the choice of where a strength lives.
    EntryKindLabel = "entry.kind_label" => "Where is this strength?",
    /// No kind chosen yet.
    KindNone = "kind.none" => "Not sure yet",
    /// A strength in me.
    KindIndividual = "kind.individual" => "In me",
    /// A strength in my relationships.
    KindInterpersonal = "kind.interpersonal" => "In my relationships",
    /// A strength around me.
    KindEnvironmental = "kind.environmental" => "Around me",
    /// A strength not sorted yet, in the chart.
    KindUntagged = "kind.untagged" => "Not sorted yet",
    /// Button that shows example ideas.
    IdeasShow = "ideas.show" => "Need ideas?",
    /// Button that hides example ideas.
    IdeasHide = "ideas.hide" => "Hide ideas",
    /// Words before the example ideas.
    IdeasIntro = "ideas.intro" => "Some things other people have written:",
    /// Checkbox that makes a wish a priority.
    WishIsPriority = "wish.is_priority" => "One of my priorities",
    /// Asked to write something first.
    ErrorEmpty = "error.empty" => "Write a few words first.",
    /// Text over the limit.
    ErrorTooLong = "error.too_long" => "That is longer than {limit} characters. Could you make it shorter, or split it in two?",
    /// The qualities part's welcome.
    QualitiesIntro = "qualities.intro" => "Choose the qualities that sound like you. There are no wrong answers. Then star up to {max} that feel the most like you.",
    /// How many qualities are chosen.
    QualitiesCount = "qualities.count" => "Chosen: {count}. Starred: {top} of {max}.",
    /// The star button's label.
    QualitiesStar = "qualities.star" => "One of my top qualities",
    /// Too many starred.
    QualitiesTooManyTop = "qualities.too_many_top" => "You already have {max} starred. Take the star off one to choose another.",
    /// The priorities part's welcome.
    PrioritiesIntro = "priorities.intro" => "What would you like to work on first? Add a life area or a wish, then put them in the order you want.",
    /// No priorities yet.
    PrioritiesEmpty = "priorities.empty" => "No priorities yet. You can add one below, or tick “One of my priorities” beside a wish in any life area.",
    /// Label of the choice of life area to add.
    PrioritiesAddLabel = "priorities.add_label" => "Add a life area",
    /// Button that adds the chosen life area.
    PrioritiesAdd = "priorities.add" => "Add to my priorities",
    /// Button that moves a priority up.
    PrioritiesMoveUp = "priorities.move_up" => "Move up",
    /// Button that moves a priority down.
    PrioritiesMoveDown = "priorities.move_down" => "Move down",
    /// Button that removes a priority.
    PrioritiesRemove = "priorities.remove" => "Take off my priorities",
    /// Read out after a move.
    PrioritiesMoved = "priorities.moved" => "“{name}” is now number {position}.",
    /// The summary's heading.
    SummaryTitle = "summary.title" => "My strengths profile",
    /// Under the summary's heading.
    SummaryIntro = "summary.intro" => "What I bring: my strengths, my hopes, and what helps me.",
    /// When the record last changed.
    SummaryUpdated = "summary.updated" => "Last changed {date}",
    /// Nothing to show yet.
    SummaryEmpty = "summary.empty" => "Your profile will fill up as you write. Start with any life area.",
    /// Heading over current strengths in a domain.
    SummaryHaveNow = "summary.have_now" => "What I have now",
    /// Heading over wishes in a domain.
    SummaryWant = "summary.want" => "What I want",
    /// Heading over past resources in a domain.
    SummaryHelpedBefore = "summary.helped_before" => "What has helped me before",
    /// Heading over chosen qualities.
    SummaryQualities = "summary.qualities" => "My qualities",
    /// Marks a starred quality.
    SummaryTopQuality = "summary.top_quality" => "one of my top qualities",
    /// Heading over priorities.
    SummaryPriorities = "summary.priorities" => "What I want to work on first",
    /// Heading over the chart.
    SummaryChartTitle = "summary.chart_title" => "Where my strengths are",
    /// Words for the chart, for screen readers and print.
    SummaryChartText = "summary.chart_text" => "In me: {individual}. In my relationships: {interpersonal}. Around me: {environmental}. Not sorted yet: {untagged}.",
    /// Button that prints the summary.
    SummaryPrint = "summary.print" => "Print my profile",
    /// The goal builder's heading.
    GoalsTitle = "goals.title" => "My goals",
    /// The goal builder's welcome.
    GoalsIntro = "goals.intro" => "A goal can be big or small. Write it in your own words, build on your strengths, and take it one small step at a time.",
    /// Label of the goal builder's parts.
    GoalsNavLabel = "goals.nav_label" => "Parts of my goals",
    /// The summary part of the goal builder.
    GoalsNavSummary = "goals.nav_summary" => "Summary",
    /// Heading over goals started from priorities.
    GoalsFromPriorities = "goals.from_priorities" => "Start from my priorities",
    /// Button that starts a goal from a priority or wish.
    GoalsStartFrom = "goals.start_from" => "Start a goal: {name}",
    /// Heading of the new goal form.
    GoalsNewTitle = "goals.new_title" => "Start a new goal",
    /// Label of a goal's words.
    GoalText = "goal.text" => "My goal, in my own words",
    /// Label of why a goal matters.
    GoalWhy = "goal.why" => "Why it matters to me",
    /// Label of a goal's life area.
    GoalDomain = "goal.domain" => "Life area",
    /// No life area chosen.
    GoalDomainNone = "goal.domain_none" => "No life area",
    /// Button that adds a goal.
    GoalAdd = "goal.add" => "Add this goal",
    /// Label of the list of goals.
    GoalsListLabel = "goals.list_label" => "Choose a goal",
    /// No goals yet.
    GoalsNone = "goals.none" => "No goals yet. Start with something that matters to you, however small.",
    /// Steps done on a goal.
    GoalProgress = "goal.progress" => "{done} of {total} steps done",
    /// A goal being worked on.
    GoalStateActive = "goal.state.active" => "Working on it",
    /// A paused goal.
    GoalStatePaused = "goal.state.paused" => "Paused",
    /// An achieved goal.
    GoalStateAchieved = "goal.state.achieved" => "Achieved",
    /// A goal let go.
    GoalStateLetGo = "goal.state.let_go" => "Let go",
    /// Button that moves a goal up.
    GoalMoveUp = "goal.move_up" => "Move goal up",
    /// Button that moves a goal down.
    GoalMoveDown = "goal.move_down" => "Move goal down",
    /// Read out after a goal moves.
    GoalMoved = "goal.moved" => "“{name}” is now goal number {position}.",
    /// Button that opens the reword box.
    GoalReword = "goal.reword" => "Reword",
    /// Label of the reword box.
    GoalRewordLabel = "goal.reword_label" => "New words for my goal",
    /// Saves new words.
    GoalRewordSave = "goal.reword_save" => "Save new words",
    /// Cancels rewording.
    GoalRewordCancel = "goal.reword_cancel" => "Cancel",
    /// Heading over linked strengths.
    GoalStrengths = "goal.strengths" => "Strengths this goal draws on",
    /// No linked strengths.
    GoalStrengthsNone = "goal.strengths_none" => "No strengths linked yet.",
    /// The inventory has nothing to link yet.
    GoalStrengthsEmpty = "goal.strengths_empty" => "Strengths and qualities you add to “My strengths” will show here, ready to link.",
    /// Label of the choice of strength.
    GoalStrengthChoose = "goal.strength_choose" => "Choose a strength",
    /// Button that links a strength.
    GoalStrengthLink = "goal.strength_link" => "Link this strength",
    /// Button that unlinks a strength.
    GoalStrengthUnlink = "goal.strength_unlink" => "Unlink",
    /// A linked strength that was removed.
    GoalStrengthGone = "goal.strength_gone" => "A strength linked here has been removed from your strengths. The goal is still here.",
    /// Heading over steps.
    GoalSteps = "goal.steps" => "Small steps",
    /// Guidance for steps.
    GoalStepsGuide = "goal.steps_guide" => "Small steps work best: something you could start this week. Say what you will do, and when.",
    /// Label of a step's words.
    StepWhat = "step.what" => "What I will do",
    /// Label of who helps.
    StepWho = "step.who" => "Who helps",
    /// No helper chosen.
    HelperNone = "helper.none" => "No one named",
    /// Me.
    HelperMe = "helper.me" => "Me",
    /// Family.
    HelperFamily = "helper.family" => "Family",
    /// A friend.
    HelperFriend = "helper.friend" => "A friend",
    /// A peer worker.
    HelperPeerWorker = "helper.peer_worker" => "A peer worker",
    /// My practitioner.
    HelperPractitioner = "helper.practitioner" => "My worker or clinician",
    /// Someone else, named.
    HelperSomeone = "helper.someone" => "Someone else",
    /// Label of the helper's name.
    StepSomeoneName = "step.someone_name" => "Their name",
    /// Label of the target date.
    StepTarget = "step.target" => "By when",
    /// Label of the done date.
    StepDoneOn = "step.done_on" => "Done on",
    /// Button that adds a step.
    StepAdd = "step.add" => "Add this step",
    /// Button that marks a step done.
    StepMarkDone = "step.mark_done" => "I did it",
    /// Button that marks a step "not this time".
    StepNotThisTime = "step.not_this_time" => "Not this time",
    /// Button that opens a step again.
    StepReopen = "step.reopen" => "Open again",
    /// Shown on a step that did not happen.
    StepNotThisTimeNote = "step.not_this_time_note" => "This one didn't happen this time. That's okay: every try teaches something.",
    /// Label of what I learned.
    StepLearned = "step.learned" => "What I learned",
    /// Label of notes.
    StepNotes = "step.notes" => "Notes",
    /// Button that removes a step.
    StepRemove = "step.remove" => "Remove step",
    /// Button that moves a step up.
    StepMoveUp = "step.move_up" => "Move step up",
    /// Button that moves a step down.
    StepMoveDown = "step.move_down" => "Move step down",
    /// Read out after a step moves.
    StepMoved = "step.moved" => "“{name}” is now step number {position}.",
    /// Nudge: split a long step.
    NudgeMightSplit = "nudge.might_split" => "This sounds like a few steps. Could you split it up?",
    /// Nudge: say exactly.
    NudgeSayExactly = "nudge.say_exactly" => "Words like “more” or “better” are hard to tick off. What exactly will you do?",
    /// Nudge: pick a day.
    NudgePickADay = "nudge.pick_a_day" => "Picking a day can help you get started.",
    /// Nudge: start this week.
    NudgeStartThisWeek = "nudge.start_this_week" => "That's a while away. Is there a first part you could start this week?",
    /// A date that does not exist.
    ErrorBadDate = "error.bad_date" => "That date doesn't look right. Please choose a day from the calendar.",
    /// Label of the goal's actions.
    GoalActions = "goal.actions" => "What next for this goal",
    /// Pause a goal.
    GoalPause = "goal.pause" => "Pause for now",
    /// Resume a goal.
    GoalResume = "goal.resume" => "Pick it up again",
    /// Mark a goal achieved.
    GoalAchieve = "goal.achieve" => "I achieved this!",
    /// Let a goal go.
    GoalLetGo = "goal.let_go" => "Let this goal go",
    /// Shown on an achieved goal.
    GoalAchievedTitle = "goal.achieved_title" => "You did it!",
    /// The acknowledgement.
    GoalAchievedText = "goal.achieved_text" => "Well done. Take a moment to notice what you did, and what helped you get there.",
    /// Reflection: what worked well.
    ReflectWorkedWell = "reflect.worked_well" => "What worked well?",
    /// Reflection: what I learned.
    ReflectLearned = "reflect.learned" => "What did I learn?",
    /// Reflection: where else it could help.
    ReflectWhereElse = "reflect.where_else" => "Where else in my life could this help me?",
    /// Shown on a goal let go.
    GoalLetGoText = "goal.let_go_text" => "You chose to let this goal go. That can be a strong choice. Its story stays here.",
    /// Shown on a paused goal.
    GoalPausedText = "goal.paused_text" => "This goal is resting. You can pick it up again whenever you like.",
    /// Heading over a goal's history.
    GoalHistory = "goal.history" => "What has changed",
    /// History: started.
    HistoryStarted = "history.started" => "Started",
    /// History: reworded.
    HistoryReworded = "history.reworded" => "Reworded. Before: “{before}”",
    /// History: changed state.
    HistoryState = "history.state" => "Now: {state}",
    /// History: a step done.
    HistoryStepDone = "history.step_done" => "Step done: {step}",
    /// History: a step not this time.
    HistoryStepNotThisTime = "history.step_not_this_time" => "Not this time: {step}",
    /// The goals summary's heading.
    GoalsSummaryTitle = "goals.summary_title" => "My goals on one page",
    /// Nothing in the summary yet.
    GoalsSummaryEmpty = "goals.summary_empty" => "Your goals will show here once you start one.",
    /// Print the goals summary.
    GoalsSummaryPrint = "goals.summary_print" => "Print my goals",
    /// Label before why.
    GoalsSummaryWhy = "goals.summary_why" => "Why it matters:",
    /// Label before strengths.
    GoalsSummaryStrengths = "goals.summary_strengths" => "Strengths I draw on:",
    /// A removed strength, in the summary.
    GoalsSummaryGone = "goals.summary_gone" => "(removed)",
    /// The planner's heading.
    PlanTitle = "plan.title" => "My plan for staying well",
    /// The planner's welcome.
    PlanIntro = "plan.intro" => "A plan in your own words for good days and hard days. Fill in any part, in any order. Leave out what does not fit you.",
    /// Label of the planner's parts.
    PlanNavLabel = "plan.nav_label" => "Parts of my plan",
    /// The one-page plan part.
    PlanNavSummary = "plan.nav_summary" => "My plan on one page",
    /// Heading of the crisis lines.
    CrisisTitle = "crisis.title" => "Need help now?",
    /// Words before the crisis lines.
    CrisisIntro = "crisis.intro" => "If you are in danger, call now. These services are there for you.",
    /// A call link.
    CrisisCall = "crisis.call" => "Call {name} on {number}",
    /// A text link.
    CrisisText = "crisis.text" => "Text {name} on {number}",
    /// Button in each part that goes to the crisis lines.
    CrisisJump = "crisis.jump" => "Help now",
    /// A default crisis line: emergency services.
    CrisisEmergencyName = "crisis.default.emergency" => "Emergency",
    /// What the emergency line is for.
    CrisisEmergencyAbout = "crisis.default.emergency.about" => "Police, ambulance or fire, if you or someone else is in danger now.",
    /// A default crisis line: Lifeline (a name; most languages keep it).
    CrisisLifelineName = "crisis.default.lifeline" => "Lifeline",
    /// What Lifeline is for.
    CrisisLifelineAbout = "crisis.default.lifeline.about" => "Talk to someone about how you feel, any time.",
    /// A default crisis line: Beyond Blue (a name; most languages keep it).
    CrisisBeyondBlueName = "crisis.default.beyond_blue" => "Beyond Blue",
    /// What Beyond Blue is for.
    CrisisBeyondBlueAbout = "crisis.default.beyond_blue.about" => "Talk things through with a trained counsellor.",
    /// A default crisis line: 13YARN (a name; most languages keep it).
    Crisis13YarnName = "crisis.default.13yarn" => "13YARN",
    /// What 13YARN is for.
    Crisis13YarnAbout = "crisis.default.13yarn.about" => "Support from Aboriginal and Torres Strait Islander crisis supporters.",
    /// A default crisis line in every language but English: the free interpreting service.
    CrisisInterpreterName = "crisis.default.interpreter" => "TIS National (free interpreters)",
    /// What the interpreting service is for.
    CrisisInterpreterAbout = "crisis.default.interpreter.about" => "A free interpreter in your language, any time. Ask them to connect you to Lifeline or another service.",
    /// When a default crisis line is open.
    CrisisAlwaysOpen = "crisis.hours.always" => "24 hours, 7 days",
    /// How far along the plan is.
    PlanProgress = "plan.progress" => "{done} of {total} parts have something written",
    /// Label of an item's words.
    PlanItemText = "plan.item_text" => "In my words",
    /// Label of what I will do.
    PlanItemResponse = "plan.item_response" => "What I will do",
    /// Label of the box for a new item.
    PlanNewItem = "plan.new_item" => "Add in your own words",
    /// Label of a contact's name.
    ContactName = "contact.name" => "Name",
    /// Label of a contact's phone number.
    ContactPhone = "contact.phone" => "Phone number",
    /// A call link for a contact.
    ContactCall = "contact.call" => "Call {name}",
    /// A text link for a contact.
    ContactText = "contact.text" => "Text {name}",
    /// A number that may not dial.
    ContactNumberOdd = "contact.number_odd" => "This number may not work for calls. Check it when you can.",
    /// Button that adds a contact.
    ContactAdd = "contact.add" => "Add this person",
    /// Button that adds an item.
    PlanAdd = "plan.add" => "Add",
    /// Button that removes an item.
    PlanRemove = "plan.remove" => "Remove",
    /// Button that moves an item up.
    PlanMoveUp = "plan.move_up" => "Move up",
    /// Button that moves an item down.
    PlanMoveDown = "plan.move_down" => "Move down",
    /// Read out after an item moves.
    PlanMoved = "plan.moved" => "“{name}” is now number {position}.",
    /// Heading over coping ideas from the toolbox and strengths.
    PlanFromMyStrengths = "plan.from_my_strengths" => "From my toolbox and my strengths",
    /// Button that adds a coping idea.
    PlanUseIdea = "plan.use_idea" => "Add: {idea}",
    /// The one-page plan's heading.
    PlanSummaryTitle = "plan.summary_title" => "My plan on one page",
    /// Nothing in the plan yet.
    PlanSummaryEmpty = "plan.summary_empty" => "Your plan will show here as you fill it in. The crisis lines are always here.",
    /// Print the plan.
    PlanSummaryPrint = "plan.summary_print" => "Print my plan",
    /// Words between a sign and what I will do, in the summary.
    PlanSummaryThen = "plan.summary_then" => "What I will do:",
    /// The journey's heading.
    JourneyTitle = "journey.title" => "My journey",
    /// The journey's welcome.
    JourneyIntro = "journey.intro" => "Every few weeks, take a moment to check in. Over time you can see what has grown and what has helped.",
    /// Label of the journey's list of parts.
    JourneyNavLabel = "journey.nav_label" => "Parts of my journey",
    /// The check-in part.
    JourneyNavCheckIn = "journey.nav_check_in" => "Check in",
    /// The look-back part.
    JourneyNavLookBack = "journey.nav_look_back" => "Look back",
    /// The part that puts two check-ins side by side.
    JourneyNavCompare = "journey.nav_compare" => "Compare",
    /// The printable page, and its heading.
    JourneyHowFar = "journey.how_far" => "How far I have come",
    /// Heading of today's check-in.
    JourneyToday = "journey.today" => "My check-in for {date}",
    /// Under today's check-in heading.
    JourneyTodayAbout = "journey.today_about" => "Answer any part you like and skip the rest. You can change today's answers until the end of the day.",
    /// The question asked of each life area.
    JourneyQuestion = "journey.question" => "How are things in this part of my life right now?",
    /// The low end of the scale.
    JourneyScaleLow = "journey.scale_low" => "0 is a really hard time",
    /// The high end of the scale.
    JourneyScaleHigh = "journey.scale_high" => "10 is going really well",
    /// A chosen rating, in words.
    JourneyRated = "journey.rated" => "{rating} out of 10: {words}",
    /// Looking back or comparing: an area a check-in has no rating for.
    JourneySkipped = "journey.skipped" => "Skipped",
    /// Today's check-in: an area not rated (yet, or any more).
    JourneyNotYet = "journey.not_yet" => "Not answered yet",
    /// Button that takes back a rating, leaving the area without one.
    JourneySkip = "journey.skip" => "Clear my answer",
    /// Words for a rating of 0 to 3.
    JourneyRatingHarder = "journey.rating.harder" => "a harder time",
    /// Words for a rating of 4 to 6.
    JourneyRatingSome = "journey.rating.some" => "some good, some hard",
    /// Words for a rating of 7 to 10.
    JourneyRatingWell = "journey.rating.well" => "going well",
    /// Label of the "what has helped" box.
    JourneyHelped = "journey.helped" => "What has helped? (if you like)",
    /// Button that adds what helped to the strengths inventory.
    JourneyHelpedAdd = "journey.helped_add" => "Add to “What has helped me before”",
    /// Said once what helped is in the strengths inventory.
    JourneyHelpedAdded = "journey.helped_added" => "This is in “What has helped me before”.",
    /// Heading of the signs from the plan, in a check-in.
    JourneyNoticed = "journey.noticed" => "Signs I have noticed lately",
    /// Under that heading.
    JourneyNoticedAbout = "journey.noticed_about" => "From my plan. Tick any you have noticed lately, if you like.",
    /// Before a noticed sign's plan, once ticked.
    JourneyNoticedDo = "journey.noticed_do" => "What I will do: {plan}",
    /// A check-in of an earlier day cannot change.
    JourneyNotToday = "journey.not_today" => "Check-ins from earlier days are kept as they were. Today's check-in is open to change.",
    /// A rating outside the scale.
    JourneyOutOfRange = "journey.out_of_range" => "A rating is a number from 0 to 10.",
    /// Nothing to look back on yet.
    JourneyNone = "journey.none" => "No check-ins yet. When you have checked in, you can look back here.",
    /// How many check-ins there are.
    JourneyCount = "journey.count" => "Check-ins so far: {count}",
    /// An area's story, when it is higher now.
    JourneySummaryHigher = "journey.summary.higher" => "{area}: {first} on {first_date}, {latest} now. This has grown.",
    /// An area's story, when it is the same.
    JourneySummarySame = "journey.summary.same" => "{area}: {first} on {first_date}, {latest} now.",
    /// An area's story, when it is lower now.
    JourneySummaryLower = "journey.summary.lower" => "{area}: {first} on {first_date}, {latest} now. A harder time lately.",
    /// An area with one rating.
    JourneySummaryOnce = "journey.summary.once" => "{area}: {first} on {first_date}.",
    /// Table column: the day.
    JourneyDate = "journey.date" => "Day",
    /// Table column: the rating.
    JourneyRating = "journey.rating" => "How things were",
    /// Table column, and heading: what helped.
    JourneyWhatHelped = "journey.what_helped" => "What helped",
    /// The look back's list of every sign noticed.
    JourneySignsNoticed = "journey.signs_noticed" => "Signs I noticed",
    /// Label of the first check-in to compare.
    JourneyCompareFirst = "journey.compare_first" => "Earlier check-in",
    /// Label of the second check-in to compare.
    JourneyCompareSecond = "journey.compare_second" => "Later check-in",
    /// Table column: the life area.
    JourneyArea = "journey.area" => "Life area",
    /// Compare needs two check-ins.
    JourneyCompareNeedsTwo = "journey.compare_needs_two" => "When you have two check-ins, you can see them side by side here.",
    /// Heading over goals achieved and steps done, in the journey.
    JourneyDone = "journey.done" => "What I have done",
    /// A goal achieved, in the journey.
    JourneyGoalAchieved = "journey.goal_achieved" => "Goal achieved: {goal}",
    /// Print the journey.
    JourneyPrint = "journey.print" => "Print how far I have come",
    /// Heading over saving and opening copies.
    DataTitle = "data.title" => "Keep a copy",
    /// Button that downloads the record.
    DataExport = "data.export" => "Save a copy to this device",
    /// Button that opens a saved copy.
    DataImport = "data.import" => "Open a saved copy",
    /// Button in the import preview that saves the current answers first.
    DataImportSaveFirst = "data.import_save_first" => "Save a copy of what is here first",
    /// What an import would bring in.
    DataImportPreview = "data.import_preview" => "This copy has strengths: {strengths}, wishes: {wishes}, qualities: {qualities}, priorities: {priorities}, goals: {goals}, steps: {steps}, plan entries: {plan}, check-ins: {check_ins}. It was last changed {date}.",
    /// What adding and replacing each do, before the person chooses.
    DataImportWarning = "data.import_warning" => "Adding it keeps all that is here and brings in what is new. If the same entry was changed in both, the newer change is kept. Replacing puts this copy in place of all that is here now.",
    /// Brings an imported copy together with what is here.
    DataImportMerge = "data.import_merge" => "Add it to what I have",
    /// Confirms an import that replaces what is here.
    DataImportConfirm = "data.import_confirm" => "Replace with this copy",
    /// Cancels an import.
    DataImportCancel = "data.import_cancel" => "Keep what I have",
    /// After a successful import.
    DataImported = "data.imported" => "Your saved copy is open.",
    /// After a copy was added to what was here.
    DataMerged = "data.merged" => "Your saved copy was added to what you had.",
    /// Button that opens "share a copy": a readable copy to send or keep.
    ShareOpen = "share.open" => "Share a copy",
    /// What sharing a copy does, before the person chooses.
    ShareIntro = "share.intro" => "Make a copy anyone can read, to send to someone you trust or keep for yourself. You choose what goes in, and who gets it.",
    /// Label of the choice of parts to put in the copy.
    ShareParts = "share.parts" => "What goes in?",
    /// The choice of every part.
    ShareEverything = "share.everything" => "Everything",
    /// Button that hands the copy to the phone's share menu, or saves it.
    ShareSend = "share.send" => "Share or save this copy",
    /// Button that copies the copy as plain text, for pasting into a message.
    ShareCopyText = "share.copy_text" => "Copy as text",
    /// No part chosen yet.
    ShareChooseOne = "share.choose_one" => "Choose at least one part first.",
    /// Nothing written yet to share.
    ShareNothingYet = "share.nothing_yet" => "There is nothing written yet to share.",
    /// After the copy went to the share menu.
    ShareShared = "share.shared" => "Your copy went to the app you chose.",
    /// After the copy was saved as a file.
    ShareSaved = "share.saved" => "Your copy is in your downloads. You can send it or open it from there.",
    /// After the copy was copied as text.
    ShareCopied = "share.copied" => "Copied. You can paste it into a message.",
    /// The browser would not copy.
    ShareCopyFailed = "share.copy_failed" => "This browser would not copy the text. You can share or save the copy instead.",
    /// The shared copy's heading, when it holds sections of the plan and nothing else.
    ShareDocTitle = "share.doc_title" => "My plan, in my own words",
    /// The shared copy's heading, when it holds several kinds of part (the plan, goals,
    /// strengths, the journey).
    ShareDocTitleSeveral = "share.doc_title_several" => "My recovery, in my own words",
    /// A life area in a check-in, in a shared copy, before its answer ("3 out of 10: a harder
    /// time", or "Skipped").
    ShareJourneyArea = "share.journey_area" => "{area}:",
    /// Before what helped, in a check-in in a shared copy.
    ShareJourneyHelped = "share.journey_helped" => "What helped:",
    /// Before a sign from the plan noticed at a check-in, in a shared copy.
    ShareJourneyNoticed = "share.journey_noticed" => "I noticed:",
    /// Under the shared copy's heading.
    ShareDocMade = "share.doc_made" => "Written by me. This copy was made on {date}.",
    /// A chosen part with nothing in it.
    ShareDocEmpty = "share.doc_empty" => "Nothing written here yet.",
    /// Button on a step with a date: a calendar file for that day.
    CalendarAddStep = "calendar.add_step" => "Add to my calendar",
    /// In the calendar entry of a step: the goal it belongs to.
    CalendarStepNote = "calendar.step_note" => "A step toward my goal: {goal}",
    /// Heading of the reminder to read the plan again, and the calendar entry's title.
    CalendarReviewTitle = "calendar.review_title" => "Look at my plan again",
    /// What the reminder to read the plan again is for.
    CalendarReviewAbout = "calendar.review_about" => "Pick a day to read your plan again and change what no longer fits. Your calendar will remind you.",
    /// Label of the day of the reminder.
    CalendarReviewDay = "calendar.review_day" => "Which day?",
    /// Button that makes the reminder's calendar file.
    CalendarReviewAdd = "calendar.review_add" => "Add the reminder to my calendar",
    /// In the calendar entry of the reminder.
    CalendarReviewNote = "calendar.review_note" => "A time to read my plan for staying well, and change what no longer fits.",
    /// After a calendar file was saved.
    CalendarSaved = "calendar.saved" => "The reminder is in your downloads. Open it to add it to your calendar.",
    /// No day chosen for the reminder.
    CalendarPickDay = "calendar.pick_day" => "Choose a day first.",
    /// Button in "Share a copy", when the host offers it: the chosen parts as a FHIR file.
    CareTeamSend = "care_team.send" => "Save a file for my care team's computer system",
    /// What the file for a care team's system is for, beside its button.
    CareTeamAbout = "care_team.about" => "A file your care team's computer system can read, with the parts you chose. It is not made for people to read: for that, share the copy above.",
    /// Heading over setting a passcode.
    LockTitle = "lock.title" => "Lock with a passcode",
    /// Why a passcode helps.
    LockIntro = "lock.intro" => "Anyone who opens this page on this device can read what you wrote. A passcode keeps your answers locked, so only you can open them.",
    /// Said plainly before a passcode is set.
    LockCannotRecover = "lock.cannot_recover" => "If you forget the passcode, no one can open your answers again: not you, and not the service. You may like to save a copy first.",
    /// Button that opens the form to set a passcode.
    LockStart = "lock.start" => "Set a passcode",
    /// Label of the new passcode box.
    LockNew = "lock.new" => "New passcode",
    /// Label of the box that repeats the passcode.
    LockRepeat = "lock.repeat" => "The same passcode again",
    /// Button that sets the passcode.
    LockSet = "lock.set" => "Lock with this passcode",
    /// Button that closes the passcode form.
    LockCancel = "lock.cancel" => "Not now",
    /// A passcode too short.
    LockTooShort = "lock.too_short" => "Please use at least {count} letters or numbers.",
    /// The two passcodes differ.
    LockNotSame = "lock.not_same" => "The two passcodes are not the same. Please type them again.",
    /// While a key is being made.
    LockWorking = "lock.working" => "One moment…",
    /// The passcode is set.
    LockIsOn = "lock.is_on" => "Your answers are locked with a passcode on this device.",
    /// Button that locks at once.
    LockNow = "lock.now" => "Lock now",
    /// Label of the choice of idle time.
    LockAfter = "lock.after" => "Lock again when I leave it for",
    /// One choice of idle time.
    LockMinutes = "lock.minutes" => "{count} minutes",
    /// Button that opens the form to change the passcode.
    LockChange = "lock.change" => "Change the passcode",
    /// Button that removes the passcode.
    LockRemove = "lock.remove" => "Remove the passcode",
    /// After the passcode was changed.
    LockChanged = "lock.changed" => "Your passcode is changed.",
    /// After the passcode was removed.
    LockRemoved = "lock.removed" => "The passcode is removed. Your answers are kept on this device as before.",
    /// When this browser cannot lock.
    LockUnavailable = "lock.unavailable" => "This browser can't lock your answers on this page.",
    /// Button that saves a locked copy of the record.
    LockSaveLocked = "lock.save_locked" => "Save a locked copy (it opens with my passcode)",
    /// A chosen copy is locked.
    LockedFile = "locked.file" => "This copy is locked. Type its passcode to open it.",
    /// Button that opens a locked copy.
    LockedFileOpen = "locked.file_open" => "Open this copy",
    /// The locked view's heading.
    LockedTitle = "locked.title" => "Your answers are locked",
    /// What to do to open them.
    LockedIntro = "locked.intro" => "Type your passcode to open them.",
    /// Label of the passcode box.
    LockedPasscode = "locked.passcode" => "Passcode",
    /// Button that opens the record.
    LockedOpen = "locked.open" => "Open",
    /// A wrong passcode.
    LockedWrong = "locked.wrong" => "That passcode did not open them. Take your time and try again.",
    /// A pause before the next try.
    LockedWait = "locked.wait" => "You can try again in a few seconds.",
    /// The locked record cannot be opened by this page.
    LockedCannotRead = "locked.cannot_read" => "Your answers can't be opened on this page. They are still kept on this device.",
    /// Button for a forgotten passcode.
    LockedForgot = "locked.forgot" => "I forgot my passcode",
    /// What starting again means.
    LockedForgotIntro = "locked.forgot_intro" => "No one can open your answers without the passcode. You can start again with an empty page: your locked answers will be removed from this device.",
    /// Saves the locked copy before starting again.
    LockedSaveLocked = "locked.save_locked" => "Save the locked copy first",
    /// Confirms starting again.
    LockedStartAgain = "locked.start_again" => "Yes, remove my locked answers and start again",
    /// Keeps the locked answers.
    LockedKeep = "locked.keep" => "Keep them locked",
    /// Button that shows the take-home code (QR code) for a phone.
    TakeHomeShow = "take_home.show" => "Show a code for my phone",
    /// Button that hides the take-home code.
    TakeHomeHide = "take_home.hide" => "Hide the code",
    /// How to use the take-home code.
    TakeHomeIntro = "take_home.intro" => "Open your phone's camera, point it at the code, then open the link it shows. Your answers travel inside the link itself: this website never receives them.",
    /// While the code is being made.
    TakeHomeMaking = "take_home.making" => "Making your code…",
    /// When the record needs more than one code.
    TakeHomeSplit = "take_home.split" => "Your answers are too long for one code, so there are {parts}. Scan each one with your phone and add it.",
    /// The caption under one code.
    TakeHomeCodeOf = "take_home.code_of" => "Code {part} of {parts}",
    /// What the code picture is, for screen readers.
    TakeHomePicture = "take_home.picture" => "A code to scan with your phone's camera",
    /// What one of several code pictures is, for screen readers.
    TakeHomePictureOf = "take_home.picture_of" => "A code to scan with your phone's camera, code {part} of {parts}",
    /// Shows the next code.
    TakeHomeNext = "take_home.next" => "Next code",
    /// Shows the code before.
    TakeHomePrevious = "take_home.previous" => "Previous code",
    /// When the record will not fit in codes.
    TakeHomeTooLarge = "take_home.too_large" => "Your answers are too long to fit in codes. You can print them instead.",
    /// When the browser cannot compress.
    TakeHomeCannotMake = "take_home.cannot_make" => "This browser can't make the code. You can print your answers instead.",
    /// Prints the page, when no code can be made.
    TakeHomePrint = "take_home.print" => "Print my answers",
    /// The preview of answers that came by a take-home code.
    TakeHomeArrivedTitle = "take_home.arrived_title" => "Answers from a code",
    /// Shown with the preview of a code that is one of several.
    TakeHomeArrived = "take_home.arrived" => "This came from code {part} of {parts}. After you add it, scan the other codes the same way.",
    /// Shown with the preview of answers from a code: the link may stay in the browser's history.
    TakeHomeHistory = "take_home.history" => "Your phone's browser may keep the link, with your answers in it, in its history. You can delete it there.",
    /// After answers from a code were added.
    TakeHomeAdded = "take_home.added" => "The answers from the code were added to what you had.",
    /// A take-home link that could not be read.
    TakeHomeUnreadable = "take_home.unreadable" => "The answers in this link could not be read. It may be cut short: try scanning the code again. Nothing here was changed.",
    /// A phone browser too old to open a take-home link.
    TakeHomeOldBrowser = "take_home.old_browser" => "This browser can't open answers from a code. Try another browser on your phone, or update this one. Nothing here was changed.",
    /// The file is not JSON.
    ImportNotJson = "import.not_json" => "This file can't be opened. It needs to be a copy saved from this tool (a .json file). Nothing here was changed.",
    /// The file is JSON of another kind.
    ImportNotRecord = "import.not_record" => "This file isn't a copy saved from this tool, so nothing here was changed.",
    /// The file is from a newer version.
    ImportNewer = "import.newer" => "This copy was saved by a newer version of this tool, so it can't be opened here yet. Nothing here was changed. The service may need to update its website.",
    /// The file is too big.
    ImportTooLarge = "import.too_large" => "This file is too big to open. The limit is {limit}. Nothing here was changed.",
    /// Kiosk: the button a person presses when they are done.
    KioskFinish = "kiosk.finish" => "I'm finished",
    /// Kiosk: what finishing offers.
    KioskFinishIntro = "kiosk.finish_intro" => "Before you go, you can print your answers or take them home on your phone with a code. Then clear everything, so the next person starts fresh.",
    /// Kiosk: print before leaving.
    KioskPrint = "kiosk.print" => "Print my answers",
    /// Kiosk: wipe everything now.
    KioskClear = "kiosk.clear" => "Clear everything now",
    /// Kiosk: show the take-home code.
    KioskTakeHome = "kiosk.take_home" => "Take my answers home on my phone",
    /// Kiosk: go back to the answers.
    KioskNotYet = "kiosk.not_yet" => "Not yet",
    /// Kiosk: the idle prompt's heading.
    KioskStillThere = "kiosk.still_there" => "Are you still there?",
    /// Kiosk: the idle prompt's countdown.
    KioskStillThereCountdown = "kiosk.still_there_countdown" => "To keep your answers private, this screen will clear soon. Seconds left: {seconds}. Touch the screen or press a key to keep going.",
    /// Kiosk: the idle prompt's button.
    KioskKeepGoing = "kiosk.keep_going" => "Keep going",
    /// The quick-exit button.
    QuickExit = "quick_exit" => "Leave this page quickly",
    /// Shown in place of every widget if the tool stops working, above a link to save a copy.
    PanicNote = "panic.note" => "Something went wrong, and this tool has stopped working. Nothing you saved on this device was changed. You can save a copy of your answers now, then reload the page.",
    /// Shown in place of every widget if the tool stops working before anything was written.
    PanicNoteNoCopy = "panic.note_no_copy" => "Something went wrong, and this tool has stopped working. Nothing you saved on this device was changed. Please reload the page.",
    /// The loader (`widgets.js`), in place of a widget while the bundle loads. The loader
    /// carries its own copy of this and the next two in every language, since it shows them
    /// before the bundle's words have loaded (a test keeps the copies the same).
    LoaderLoading = "loader.loading" => "Loading…",
    /// The loader, in place of a widget when the bundle cannot be downloaded.
    LoaderCouldNotLoad = "loader.could_not_load" => "Sorry, this tool could not load. Please check your connection and reload the page.",
    /// The loader, in place of a widget that could not start.
    LoaderCouldNotStart = "loader.could_not_start" => "Sorry, this tool could not start. Please reload the page.",
    /// The file nests deeper than any record does.
    ImportTooDeep = "import.too_deep" => "This file has more layers inside it than a saved copy ever has (the limit is {limit}), so it can't be opened. Nothing here was changed.",
    /// The file holds more entries than the limit.
    ImportTooManyEntries = "import.too_many_entries" => "This file holds more than {limit} entries. That is more than this tool can open, so nothing here was changed.",
    /// One text in the file is longer than the limit.
    ImportTextTooLong = "import.text_too_long" => "One piece of writing in this file is longer than {limit} letters, the most one entry can hold. Nothing here was changed.",
    /// Parts of the file don't fit.
    ImportDamaged = "import.damaged" => "Parts of this copy can't be read, so nothing here was changed.",
    /// The browser could not read the file.
    ImportReadFailed = "import.read_failed" => "The file couldn't be read. Nothing here was changed. Please try again.",
    /// Shown once answers are saved.
    StatusSaved = "status.saved" => "Your answers are saved on this device.",
    /// Kiosk mode: a shared screen that keeps nothing.
    StatusKiosk = "status.kiosk" => "This is a shared screen. Nothing you write here is kept: when you finish, it is all cleared.",
    /// Memory-only mode, chosen by the host.
    StatusMemoryOnly = "status.memory_only" => "Your answers are kept only while this page is open. Save a copy if you want to keep them.",
    /// Session mode, chosen by the host.
    StatusSessionOnly = "status.session_only" => "Your answers are kept until you close this tab. Save a copy if you want to keep them.",
    /// Storage is blocked by the browser.
    StorageUnavailable = "storage.unavailable" => "This browser isn't letting us keep your answers. They will stay while this page is open, but will be gone when you close it. To keep them, save a copy.",
    /// Storage is full.
    StorageFull = "storage.full" => "There is no room left on this device to keep your answers. What you write now stays while this page is open. To keep it, save a copy.",
    /// The stored record is from a newer version.
    StorageNewer = "storage.newer" => "Your answers on this device were saved by a newer version of this tool, so this page leaves them as they are. What you write here stays while this page is open. To keep it, save a copy.",
    /// A stored record could not be read and was put aside.
    StorageRecovered = "storage.recovered" => "Your earlier answers on this device couldn't be read, so we kept them safe to one side and started fresh. You can download them.",
    /// Button that downloads the put-aside text.
    StorageRecoveredDownload = "storage.recovered_download" => "Download my earlier answers",
    /// Label of the menu of languages, shown when the host offers more than one.
    LanguageMenu = "language.menu" => "Language",
    /// This language's name, in its own words and script, as the menu of languages shows it.
    LanguageName = "language.name" => "English",
    /// Not shown: who wrote this language's words, and who has checked them (see
    /// docs/languages.md).
    LanguageReview = "language.review" => "The source: written in English for this project.",
}

/// A catalogue of text for one language: the host's wording, over a built-in language's words
/// (see [`crate::languages`]), over the built-in English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    lang: String,
    language: BTreeMap<String, String>,
    host_text: BTreeMap<String, String>,
}

/// Why a host's catalogue, or a language file, could not be used. The widget falls back to
/// the words below it (English at the last).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueError {
    /// The text is not a JSON object of strings.
    NotAnObjectOfStrings,
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogueError::NotAnObjectOfStrings => {
                f.write_str("the host text must be a JSON object whose values are strings")
            }
        }
    }
}

impl std::error::Error for CatalogueError {}

/// Reads a flat JSON object of key → text: a language file, or a host's wording.
pub fn read_words(json: &str) -> Result<BTreeMap<String, String>, CatalogueError> {
    serde_json::from_str(json).map_err(|_| CatalogueError::NotAnObjectOfStrings)
}

impl Catalogue {
    /// The built-in English catalogue.
    pub fn english() -> Self {
        Catalogue::built_in("en")
    }

    /// The built-in English wording, for a page in `lang` (which still sets how dates read:
    /// `en-AU` writes 5 Dec 2026).
    pub fn built_in(lang: &str) -> Self {
        Catalogue {
            lang: lang.to_owned(),
            language: BTreeMap::new(),
            host_text: BTreeMap::new(),
        }
    }

    /// A catalogue for `lang` with the host's wording (a JSON object of key → text) over the
    /// built-in English.
    pub fn with_host_text(lang: &str, json: &str) -> Result<Self, CatalogueError> {
        Ok(Catalogue::built_in(lang).and_host_words(read_words(json)?))
    }

    /// This catalogue with a built-in language's words (its language file, already read)
    /// under the host's wording and over the English.
    pub fn and_language(mut self, words: BTreeMap<String, String>) -> Self {
        self.language = words;
        self
    }

    /// This catalogue with the host's wording over everything else.
    pub fn and_host_words(mut self, words: BTreeMap<String, String>) -> Self {
        self.host_text = words;
        self
    }

    /// The page's language tag, which sets how dates and numbers read.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The language the words on screen are in, for the widget's `lang` attribute: the
    /// language's when its words or the host's are in use, else English (so a screen reader
    /// never reads the built-in English in another language's voice).
    pub fn text_lang(&self) -> &str {
        if self.language.is_empty() && self.host_text.is_empty() {
            "en"
        } else {
            &self.lang
        }
    }

    /// Whether the words on screen are English: the built-in words, or a host's English.
    pub fn is_english(&self) -> bool {
        let language = self
            .text_lang()
            .split(['-', '_'])
            .next()
            .unwrap_or_default();
        language.eq_ignore_ascii_case("en")
    }

    /// The keys the host supplied that name no text here (likely typos), for the console.
    pub fn unknown_host_keys(&self) -> Vec<&str> {
        self.host_text
            .keys()
            .map(String::as_str)
            .filter(|k| {
                !Text::ALL.iter().any(|t| t.key() == *k)
                    && !k.starts_with("domain.")
                    && !k.starts_with("quality.")
                    && !k.starts_with("plan.")
            })
            .collect()
    }

    /// The wording for a piece of text.
    pub fn text(&self, text: Text) -> &str {
        self.lookup(text.key(), text.english())
    }

    /// The host's wording for `key`, else the language's, else `default`.
    pub fn lookup<'a>(&'a self, key: &str, default: &'a str) -> &'a str {
        self.host_text
            .get(key)
            .or_else(|| self.language.get(key))
            .map_or(default, String::as_str)
    }

    /// Whether the host supplied wording for `key`.
    pub fn has_host_text(&self, key: &str) -> bool {
        self.host_text.contains_key(key)
    }

    /// The wording with each `{name}` replaced by its value.
    pub fn fill(&self, text: Text, values: &[(&str, &str)]) -> String {
        let mut out = self.text(text).to_owned();
        for (name, value) in values {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn every_english_text() -> Vec<String> {
        crate::languages::english_source()
            .into_iter()
            .map(|(_, text)| text.to_owned())
            .collect()
    }

    #[test]
    fn keys_are_unique() {
        let mut seen = HashSet::new();
        for t in Text::ALL {
            assert!(seen.insert(t.key()), "{} twice", t.key());
        }
    }

    /// The brief: strengths-first, plain words, never clinical labels for a person.
    #[test]
    fn no_text_uses_words_we_never_say_to_a_person() {
        let never = [
            "deficit",
            "patient",
            "symptom",
            "compliant",
            "complian",
            "disorder",
            "illness",
            "suffer",
            "problem",
            "weakness",
            "failure",
            "manage your",
            "client",
        ];
        for text in every_english_text() {
            let lower = text.to_lowercase();
            for word in never {
                assert!(!lower.contains(word), "{word:?} in {text:?}");
            }
        }
    }

    /// A rough reading-age check: short sentences and short words (Flesch–Kincaid grade at
    /// most 7 over the whole catalogue, about a reading age of 12).
    #[test]
    fn the_catalogue_reads_plainly() {
        let (mut sentences, mut words, mut syllables) = (0usize, 0usize, 0usize);
        for text in every_english_text() {
            for sentence in text
                .split(['.', '?', '!', '\n'])
                .filter(|s| !s.trim().is_empty())
            {
                sentences += 1;
                for word in sentence.split_whitespace() {
                    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
                    if letters.is_empty() {
                        continue;
                    }
                    words += 1;
                    syllables += count_syllables(&letters.to_lowercase());
                }
            }
        }
        let grade =
            0.39 * words as f64 / sentences as f64 + 11.8 * syllables as f64 / words as f64 - 15.59;
        assert!(grade <= 7.0, "reading grade {grade:.1}");
    }

    fn count_syllables(word: &str) -> usize {
        let vowels: Vec<bool> = word.chars().map(|c| "aeiouy".contains(c)).collect();
        let mut groups = vowels.windows(2).filter(|w| w[1] && !w[0]).count();
        groups += usize::from(vowels.first() == Some(&true));
        if word.ends_with('e') && groups > 1 {
            groups -= 1;
        }
        groups.max(1)
    }

    #[test]
    fn host_text_rewords_and_the_rest_stays_english() {
        let c = Catalogue::with_host_text(
            "fr",
            r#"{"inventory.title":"Mes forces","domain.money":"Argent","nav.sumary":"typo"}"#,
        )
        .unwrap();
        assert_eq!(c.lang(), "fr");
        assert_eq!(c.text(Text::InventoryTitle), "Mes forces");
        assert_eq!(c.text(Text::NavAreas), "Life areas");
        assert_eq!(c.lookup("domain.money", "Money"), "Argent");
        assert_eq!(c.unknown_host_keys(), ["nav.sumary"]);
    }

    #[test]
    fn host_text_that_is_not_an_object_of_strings_is_refused() {
        for bad in [
            "",
            "[]",
            "{\"a\": 1}",
            "{\"a\": {\"b\": \"c\"}}",
            "nonsense",
        ] {
            assert_eq!(
                Catalogue::with_host_text("en", bad),
                Err(CatalogueError::NotAnObjectOfStrings),
                "{bad}"
            );
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        let c = Catalogue::english();
        assert_eq!(
            c.fill(Text::ProgressAreas, &[("done", "3"), ("total", "7")]),
            "3 of 7 life areas have something written"
        );
    }
}
