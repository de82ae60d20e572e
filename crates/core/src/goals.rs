//! The goal builder: goals in the person's own words, the strengths they draw on, small steps
//! with who helps and when, and progress that is seen and celebrated.
//!
//! A goal keeps its history: every rewording and every change of state (paused, resumed,
//! achieved, let go) is written down with its time, and never removed.
//!
//! ```
//! use recovery_core::goals::{GoalState, Goals, Helper};
//! use recovery_core::{CalendarDate, ItemId, Timestamp};
//!
//! let now = Timestamp::from_millis(0);
//! let mut goals = Goals::default();
//! let goal = ItemId::new("g1");
//! goals.add_goal("Go to the pool once a week", goal.clone(), now)?;
//! goals.add_step(&goal, "Find the pool's opening hours", Some(Helper::Me), None, ItemId::new("s1"), now)?;
//! goals.mark_step_done(&goal, &ItemId::new("s1"), CalendarDate::new(2026, 11, 23).unwrap(), now)?;
//! assert_eq!(goals.goal(&goal).unwrap().progress(), (1, 1));
//! goals.set_state(&goal, GoalState::Achieved, now)?;
//! # Ok::<(), recovery_core::EditError>(())
//! ```

use crate::error::EditError;
use crate::ids::ItemId;
use crate::inventory::{
    check_length, checked_text, move_within, Direction, Entry, StrengthsInventory,
};
use crate::text::Text;
use crate::time::{CalendarDate, Timestamp};

/// Where a goal is at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GoalState {
    /// Being worked on.
    #[default]
    Active,
    /// Resting for now; it can be picked up again.
    Paused,
    /// Done: the person got there.
    Achieved,
    /// Let go, by the person's choice. Kept, with its history.
    LetGo,
}

impl GoalState {
    /// The state's key in the record.
    pub fn key(self) -> &'static str {
        match self {
            GoalState::Active => "active",
            GoalState::Paused => "paused",
            GoalState::Achieved => "achieved",
            GoalState::LetGo => "let_go",
        }
    }

    /// The words for the state, as the goal builder and a shared copy show them.
    pub fn text(self) -> Text {
        match self {
            GoalState::Active => Text::GoalStateActive,
            GoalState::Paused => Text::GoalStatePaused,
            GoalState::Achieved => Text::GoalStateAchieved,
            GoalState::LetGo => Text::GoalStateLetGo,
        }
    }
}

/// Who helps with a step.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Helper {
    /// Me, on my own.
    Me,
    /// My family.
    Family,
    /// A friend.
    Friend,
    /// A peer worker.
    PeerWorker,
    /// My practitioner (worker, nurse, doctor).
    Practitioner,
    /// Someone the person names.
    Someone(String),
}

impl Helper {
    /// The words for the helper (a named person shows their name instead).
    pub fn text(&self) -> Text {
        match self {
            Helper::Me => Text::HelperMe,
            Helper::Family => Text::HelperFamily,
            Helper::Friend => Text::HelperFriend,
            Helper::PeerWorker => Text::HelperPeerWorker,
            Helper::Practitioner => Text::HelperPractitioner,
            Helper::Someone(_) => Text::HelperSomeone,
        }
    }

    /// The helpers a person picks from; [`Helper::Someone`] is typed.
    pub const CHOICES: [Helper; 5] = [
        Helper::Me,
        Helper::Family,
        Helper::Friend,
        Helper::PeerWorker,
        Helper::Practitioner,
    ];

    /// The helper's key (`someone` for a named person).
    pub fn key(&self) -> &'static str {
        match self {
            Helper::Me => "me",
            Helper::Family => "family",
            Helper::Friend => "friend",
            Helper::PeerWorker => "peer_worker",
            Helper::Practitioner => "practitioner",
            Helper::Someone(_) => "someone",
        }
    }

    /// The helper for a key; `someone` takes the typed name (blank names are no helper).
    pub fn from_key(key: &str, name: &str) -> Option<Helper> {
        match key {
            "someone" => {
                let name = name.trim();
                (!name.is_empty()).then(|| Helper::Someone(name.to_owned()))
            }
            _ => Helper::CHOICES.into_iter().find(|h| h.key() == key),
        }
    }
}

/// A strength a goal draws on: an inventory answer (by id) or a personal quality.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum StrengthLink {
    /// An answer in the strengths inventory.
    Entry(ItemId),
    /// A personal quality's id.
    Quality(String),
}

impl StrengthLink {
    /// The link as one piece of text (`entry:<id>` or `quality:<id>`), for a choice box.
    pub fn key(&self) -> String {
        match self {
            StrengthLink::Entry(id) => format!("entry:{id}"),
            StrengthLink::Quality(q) => format!("quality:{q}"),
        }
    }

    /// Reads [`StrengthLink::key`] back; `None` for any other text.
    pub fn from_key(key: &str) -> Option<StrengthLink> {
        if let Some(id) = key.strip_prefix("entry:") {
            return Some(StrengthLink::Entry(ItemId::new(id)));
        }
        key.strip_prefix("quality:")
            .map(|q| StrengthLink::Quality(q.to_owned()))
    }

    /// Whether the linked strength is still in the inventory (an answer with words in it, or a
    /// chosen quality).
    pub fn is_present(&self, inventory: &StrengthsInventory) -> bool {
        self.target(inventory).is_some()
    }

    /// What the link points at in `inventory`, or `None` when it is no longer there.
    pub fn target<'a>(&self, inventory: &'a StrengthsInventory) -> Option<StrengthTarget<'a>> {
        match self {
            StrengthLink::Entry(id) => inventory
                .entry(id)
                .map(|(domain, _, entry)| StrengthTarget::Entry { domain, entry }),
            StrengthLink::Quality(q) => inventory
                .chosen_quality(q)
                .map(|chosen| StrengthTarget::Quality(chosen.quality.as_str())),
        }
    }
}

/// What a [`StrengthLink`] points at in the inventory, which is what it is called by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrengthTarget<'a> {
    /// An answer the person wrote, in the life domain it was written in.
    Entry {
        /// The life domain's key.
        domain: &'a str,
        /// The answer.
        entry: &'a Entry,
    },
    /// A quality the person chose (its key).
    Quality(&'a str),
}

/// The strengths a goal can be linked to and is not yet (`linked`), with what each points at:
/// the inventory's strengths (answers with words in them), then its chosen qualities. One pass
/// over the inventory, so that offering every strength stays linear in a large one.
pub fn strengths_to_link<'a>(
    inventory: &'a StrengthsInventory,
    linked: &'a [StrengthLink],
) -> impl Iterator<Item = (StrengthLink, StrengthTarget<'a>)> + 'a {
    inventory
        .strengths_by_domain()
        .map(|(domain, entry)| {
            (
                StrengthLink::Entry(entry.id.clone()),
                StrengthTarget::Entry { domain, entry },
            )
        })
        .chain(inventory.qualities.iter().map(|q| {
            (
                StrengthLink::Quality(q.quality.clone()),
                StrengthTarget::Quality(q.quality.as_str()),
            )
        }))
        .filter(|(l, _)| !linked.contains(l))
}

/// Where a step is at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    /// Not done yet.
    Open,
    /// Done (whatever else was marked).
    Done,
    /// It did not happen this time.
    NotThisTime,
}

/// One small step towards a goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The step's lasting id.
    pub id: ItemId,
    /// What I will do.
    pub what: String,
    /// Who helps.
    pub who: Option<Helper>,
    /// When I mean to do it by.
    pub target: Option<CalendarDate>,
    /// When I did it.
    pub done: Option<CalendarDate>,
    /// The step did not happen this time: learning, not failure.
    pub not_this_time: bool,
    /// What I learned (most of all from a step that did not happen).
    pub learned: String,
    /// Notes.
    pub notes: String,
    /// When the person last changed it (set by [`crate::Record::apply`]).
    pub updated: Timestamp,
}

impl Step {
    /// Where the step is at: done wins over "not this time", which wins over open.
    pub fn state(&self) -> StepState {
        if self.done.is_some() {
            StepState::Done
        } else if self.not_this_time {
            StepState::NotThisTime
        } else {
            StepState::Open
        }
    }
}

/// What a person thinks back on once a goal is achieved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reflection {
    /// What worked well.
    pub worked_well: String,
    /// What I learned.
    pub learned: String,
    /// Where else this could help me.
    pub where_else: String,
}

impl Reflection {
    /// The answer to one prompt.
    pub fn answer(&self, prompt: ReflectionPrompt) -> &str {
        match prompt {
            ReflectionPrompt::WorkedWell => &self.worked_well,
            ReflectionPrompt::Learned => &self.learned,
            ReflectionPrompt::WhereElse => &self.where_else,
        }
    }

    fn answer_mut(&mut self, prompt: ReflectionPrompt) -> &mut String {
        match prompt {
            ReflectionPrompt::WorkedWell => &mut self.worked_well,
            ReflectionPrompt::Learned => &mut self.learned,
            ReflectionPrompt::WhereElse => &mut self.where_else,
        }
    }
}

/// Which reflection prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReflectionPrompt {
    /// What worked well?
    WorkedWell,
    /// What did I learn?
    Learned,
    /// Where else could this help me?
    WhereElse,
}

impl ReflectionPrompt {
    /// Every prompt, in the order asked.
    pub const ALL: [ReflectionPrompt; 3] = [
        ReflectionPrompt::WorkedWell,
        ReflectionPrompt::Learned,
        ReflectionPrompt::WhereElse,
    ];

    /// The prompt's key, for ids.
    pub fn key(self) -> &'static str {
        match self {
            ReflectionPrompt::WorkedWell => "worked-well",
            ReflectionPrompt::Learned => "learned",
            ReflectionPrompt::WhereElse => "where-else",
        }
    }
}

/// One change in a goal's life, with its time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalEvent {
    /// When it happened.
    pub at: Timestamp,
    /// What happened.
    pub change: GoalChange,
}

/// What changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoalChange {
    /// The goal was written down.
    Started,
    /// The goal was reworded; these were the words before.
    Reworded(String),
    /// The goal moved to another state.
    State(GoalState),
    /// A step was done.
    StepDone(String),
    /// A step did not happen this time.
    StepNotThisTime(String),
}

/// A goal in the person's own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Goal {
    /// The goal's lasting id.
    pub id: ItemId,
    /// The goal, in the person's words.
    pub text: String,
    /// Why it matters to me.
    pub why: String,
    /// The life domain it belongs to.
    pub domain: Option<String>,
    /// The strengths it draws on.
    pub strengths: Vec<StrengthLink>,
    /// Small steps, in the person's order.
    pub steps: Vec<Step>,
    /// Where the goal is at.
    pub state: GoalState,
    /// Thinking back, once achieved.
    pub reflection: Reflection,
    /// Every change, oldest first.
    pub history: Vec<GoalEvent>,
    /// When the person last changed the goal's own words, area, strengths, state or
    /// reflection (set by [`crate::Record::apply`]); each step keeps its own time.
    pub updated: Timestamp,
}

impl Goal {
    /// Steps done, out of the steps that count (a step marked "not this time" does not).
    pub fn progress(&self) -> (usize, usize) {
        let counted = self.steps.iter().filter(|s| !s.not_this_time);
        let total = counted.clone().count();
        (counted.filter(|s| s.done.is_some()).count(), total)
    }

    /// Links to strengths that are no longer in the inventory.
    pub fn missing_strengths<'a>(
        &'a self,
        inventory: &'a StrengthsInventory,
    ) -> impl Iterator<Item = &'a StrengthLink> {
        self.strengths.iter().filter(|l| !l.is_present(inventory))
    }

    fn step_mut(&mut self, step: &ItemId) -> Result<&mut Step, EditError> {
        self.steps
            .iter_mut()
            .find(|s| &s.id == step)
            .ok_or(EditError::NotFound)
    }

    fn log(&mut self, at: Timestamp, change: GoalChange) {
        self.history.push(GoalEvent { at, change });
    }
}

/// A gentle suggestion about a step, never a rule: shown while the person writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepNudge {
    /// A long step might be two or three small ones.
    MightSplit,
    /// Words like "more" or "better" are hard to tick off; what exactly?
    SayExactly,
    /// No day chosen: picking one helps.
    PickADay,
    /// More than two weeks away: is there a first part for this week?
    StartThisWeek,
}

const VAGUE_WORDS: [&str; 7] = [
    "more", "better", "less", "try", "improve", "somehow", "stuff",
];

/// Suggestions that nudge a step toward something specific and small enough to start this
/// week. Empty when the step already reads that way.
pub fn step_nudges(
    what: &str,
    target: Option<CalendarDate>,
    today: CalendarDate,
) -> Vec<StepNudge> {
    let mut nudges = Vec::new();
    let words: Vec<String> = what
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    if words.is_empty() {
        return nudges;
    }
    if words.len() > 18 || what.matches(" and ").count() >= 2 {
        nudges.push(StepNudge::MightSplit);
    }
    if words.iter().any(|w| VAGUE_WORDS.contains(&w.as_str())) {
        nudges.push(StepNudge::SayExactly);
    }
    match target {
        None => nudges.push(StepNudge::PickADay),
        Some(date) if today.days_until(date) > 14 => nudges.push(StepNudge::StartThisWeek),
        Some(_) => {}
    }
    nudges
}

/// All of a person's goals, in the order they set. In a file: a plain list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Goals {
    /// The goals, most important first.
    pub goals: Vec<Goal>,
}

/// Something the person did, for looking back: in the words it had when it happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Done<'a> {
    /// A step done.
    Step(&'a str),
    /// A goal achieved (its words now).
    Goal(&'a str),
}

impl Goals {
    /// A goal by id.
    pub fn goal(&self, id: &ItemId) -> Option<&Goal> {
        self.goals.iter().find(|g| &g.id == id)
    }

    /// Every step done and goal achieved, from the goals' histories, oldest first (events of
    /// one moment in the goals' order): for the journey's look back.
    pub fn done_over_time(&self) -> Vec<(Timestamp, Done<'_>)> {
        let mut done: Vec<(Timestamp, Done<'_>)> = self
            .goals
            .iter()
            .flat_map(|g| {
                g.history.iter().filter_map(move |e| match &e.change {
                    GoalChange::StepDone(step) => Some((e.at, Done::Step(step))),
                    GoalChange::State(GoalState::Achieved) => Some((e.at, Done::Goal(&g.text))),
                    _ => None,
                })
            })
            .collect();
        done.sort_by_key(|(at, _)| *at);
        done
    }

    fn goal_mut(&mut self, id: &ItemId) -> Result<&mut Goal, EditError> {
        self.goals
            .iter_mut()
            .find(|g| &g.id == id)
            .ok_or(EditError::NotFound)
    }

    /// Writes down a new goal at the end of the list. Blank or overlong text is refused.
    pub fn add_goal(&mut self, text: &str, id: ItemId, now: Timestamp) -> Result<(), EditError> {
        let text = checked_text(text)?;
        if self.goal(&id).is_some() {
            return Err(EditError::Duplicate);
        }
        self.goals.push(Goal {
            id,
            text,
            why: String::new(),
            domain: None,
            strengths: Vec::new(),
            steps: Vec::new(),
            state: GoalState::Active,
            reflection: Reflection::default(),
            history: vec![GoalEvent {
                at: now,
                change: GoalChange::Started,
            }],
            updated: now,
        });
        Ok(())
    }

    /// Writes down a new goal with why it matters and its life domain, all checked before
    /// anything changes.
    pub fn start_goal(
        &mut self,
        text: &str,
        why: &str,
        domain: Option<&str>,
        id: ItemId,
        now: Timestamp,
    ) -> Result<(), EditError> {
        check_length(why)?;
        self.add_goal(text, id.clone(), now)?;
        self.set_why(&id, why.trim())?;
        self.set_domain(&id, domain)
    }

    /// Rewords a goal, keeping the words before in its history.
    pub fn reword_goal(
        &mut self,
        id: &ItemId,
        text: &str,
        now: Timestamp,
    ) -> Result<(), EditError> {
        let text = checked_text(text)?;
        let goal = self.goal_mut(id)?;
        if goal.text != text {
            let before = std::mem::replace(&mut goal.text, text);
            goal.log(now, GoalChange::Reworded(before));
        }
        Ok(())
    }

    /// Says why the goal matters (blank is fine).
    pub fn set_why(&mut self, id: &ItemId, why: &str) -> Result<(), EditError> {
        check_length(why)?;
        self.goal_mut(id)?.why = why.to_owned();
        Ok(())
    }

    /// Puts the goal in a life domain, or none.
    pub fn set_domain(&mut self, id: &ItemId, domain: Option<&str>) -> Result<(), EditError> {
        self.goal_mut(id)?.domain = domain.filter(|d| !d.is_empty()).map(str::to_owned);
        Ok(())
    }

    /// Moves the goal to another state, and writes it in the history.
    pub fn set_state(
        &mut self,
        id: &ItemId,
        state: GoalState,
        now: Timestamp,
    ) -> Result<(), EditError> {
        let goal = self.goal_mut(id)?;
        if goal.state != state {
            goal.state = state;
            goal.log(now, GoalChange::State(state));
        }
        Ok(())
    }

    /// Links a strength the goal draws on (once).
    pub fn link_strength(&mut self, id: &ItemId, link: StrengthLink) -> Result<(), EditError> {
        let goal = self.goal_mut(id)?;
        if goal.strengths.contains(&link) {
            return Err(EditError::Duplicate);
        }
        goal.strengths.push(link);
        Ok(())
    }

    /// Removes a link (the strength itself stays in the inventory).
    pub fn unlink_strength(&mut self, id: &ItemId, link: &StrengthLink) -> Result<(), EditError> {
        let goal = self.goal_mut(id)?;
        let before = goal.strengths.len();
        goal.strengths.retain(|l| l != link);
        if goal.strengths.len() == before {
            return Err(EditError::NotFound);
        }
        Ok(())
    }

    /// Writes the person's reflection.
    pub fn set_reflection(
        &mut self,
        id: &ItemId,
        prompt: ReflectionPrompt,
        text: &str,
    ) -> Result<(), EditError> {
        check_length(text)?;
        *self.goal_mut(id)?.reflection.answer_mut(prompt) = text.to_owned();
        Ok(())
    }

    /// Adds a step at the end of a goal's steps.
    pub fn add_step(
        &mut self,
        goal: &ItemId,
        what: &str,
        who: Option<Helper>,
        target: Option<CalendarDate>,
        id: ItemId,
        now: Timestamp,
    ) -> Result<(), EditError> {
        let what = checked_text(what)?;
        if let Some(Helper::Someone(name)) = &who {
            check_length(name)?;
        }
        let goal = self.goal_mut(goal)?;
        if goal.steps.iter().any(|s| s.id == id) {
            return Err(EditError::Duplicate);
        }
        goal.steps.push(Step {
            id,
            what,
            who,
            target,
            done: None,
            not_this_time: false,
            learned: String::new(),
            notes: String::new(),
            updated: now,
        });
        Ok(())
    }

    /// Changes a step's words, helper, target date or notes.
    pub fn edit_step(
        &mut self,
        goal: &ItemId,
        step: &ItemId,
        edit: StepEdit<'_>,
    ) -> Result<(), EditError> {
        let step = self.goal_mut(goal)?.step_mut(step)?;
        match edit {
            StepEdit::What(text) => {
                check_length(text)?;
                step.what = text.to_owned();
            }
            StepEdit::Who(who) => {
                if let Some(Helper::Someone(name)) = &who {
                    check_length(name)?;
                }
                step.who = who;
            }
            StepEdit::Target(date) => step.target = date,
            StepEdit::Done(date) => step.done = date,
            StepEdit::Notes(text) => {
                check_length(text)?;
                step.notes = text.to_owned();
            }
            StepEdit::Learned(text) => {
                check_length(text)?;
                step.learned = text.to_owned();
            }
        }
        Ok(())
    }

    /// Marks a step done on a day.
    pub fn mark_step_done(
        &mut self,
        goal: &ItemId,
        step: &ItemId,
        on: CalendarDate,
        now: Timestamp,
    ) -> Result<(), EditError> {
        let g = self.goal_mut(goal)?;
        let s = g.step_mut(step)?;
        s.done = Some(on);
        s.not_this_time = false;
        let what = s.what.clone();
        g.log(now, GoalChange::StepDone(what));
        Ok(())
    }

    /// Marks a step as "not this time": it did not happen, and that is learning.
    pub fn mark_step_not_this_time(
        &mut self,
        goal: &ItemId,
        step: &ItemId,
        now: Timestamp,
    ) -> Result<(), EditError> {
        let g = self.goal_mut(goal)?;
        let s = g.step_mut(step)?;
        s.not_this_time = true;
        s.done = None;
        let what = s.what.clone();
        g.log(now, GoalChange::StepNotThisTime(what));
        Ok(())
    }

    /// Opens a step again (neither done nor "not this time").
    pub fn reopen_step(&mut self, goal: &ItemId, step: &ItemId) -> Result<(), EditError> {
        let s = self.goal_mut(goal)?.step_mut(step)?;
        s.done = None;
        s.not_this_time = false;
        Ok(())
    }

    /// Removes a step.
    pub fn remove_step(&mut self, goal: &ItemId, step: &ItemId) -> Result<(), EditError> {
        let g = self.goal_mut(goal)?;
        let before = g.steps.len();
        g.steps.retain(|s| &s.id != step);
        if g.steps.len() == before {
            return Err(EditError::NotFound);
        }
        Ok(())
    }

    /// Moves a step one place up or down within its goal.
    pub fn move_step(
        &mut self,
        goal: &ItemId,
        step: &ItemId,
        direction: Direction,
    ) -> Result<(), EditError> {
        let steps = &mut self.goal_mut(goal)?.steps;
        let from = steps
            .iter()
            .position(|s| &s.id == step)
            .ok_or(EditError::NotFound)?;
        move_within(steps, from, direction);
        Ok(())
    }

    /// Moves a goal one place up or down.
    pub fn move_goal(&mut self, id: &ItemId, direction: Direction) -> Result<(), EditError> {
        let from = self
            .goals
            .iter()
            .position(|g| &g.id == id)
            .ok_or(EditError::NotFound)?;
        move_within(&mut self.goals, from, direction);
        Ok(())
    }

    /// How many goals and steps there are.
    pub fn item_count(&self) -> usize {
        self.goals.iter().map(|g| 1 + g.steps.len()).sum()
    }
}

/// One change to a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepEdit<'a> {
    /// New words for what I will do.
    What(&'a str),
    /// Who helps, or nobody named.
    Who(Option<Helper>),
    /// The day I mean to do it by, or none.
    Target(Option<CalendarDate>),
    /// The day I did it, or not done.
    Done(Option<CalendarDate>),
    /// Notes.
    Notes(&'a str),
    /// What I learned.
    Learned(&'a str),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inventory::Question;
    use crate::inventory::MAX_TEXT_CHARS;

    const T0: Timestamp = Timestamp::from_millis(1_000);
    const T1: Timestamp = Timestamp::from_millis(2_000);

    fn id(s: &str) -> ItemId {
        ItemId::new(s)
    }

    fn day(d: u8) -> CalendarDate {
        CalendarDate::new(2026, 12, d).unwrap()
    }

    fn one_goal() -> Goals {
        let mut goals = Goals::default();
        goals.add_goal("  Swim once a week ", id("g"), T0).unwrap();
        goals
    }

    #[test]
    fn steps_done_and_goals_achieved_are_looked_back_on_in_time_order() {
        let mut goals = one_goal();
        goals.add_goal("Call Sam", id("h"), T0).unwrap();
        goals
            .add_step(&id("g"), "Buy goggles", None, None, id("s"), T0)
            .unwrap();
        goals.set_state(&id("h"), GoalState::Achieved, T1).unwrap();
        let later = Timestamp::from_millis(3_000);
        goals
            .mark_step_done(&id("g"), &id("s"), day(5), later)
            .unwrap();
        goals.set_state(&id("g"), GoalState::Paused, later).unwrap();
        assert_eq!(
            goals.done_over_time(),
            [
                (T1, Done::Goal("Call Sam")),
                (later, Done::Step("Buy goggles"))
            ]
        );
    }

    #[test]
    fn a_strength_link_reads_back_from_its_key() {
        let links = [
            StrengthLink::Entry(id("a1")),
            StrengthLink::Quality("hope".to_owned()),
        ];
        for link in links {
            assert_eq!(StrengthLink::from_key(&link.key()), Some(link));
        }
        assert_eq!(StrengthLink::Entry(id("a1")).key(), "entry:a1");
        assert_eq!(StrengthLink::from_key("hope"), None);
        assert_eq!(StrengthLink::from_key(""), None);
    }

    #[test]
    fn strengths_to_link_are_answers_with_words_then_qualities_not_yet_linked() {
        let mut inv = StrengthsInventory::default();
        inv.add_entry("health", Question::HaveNow, "Walking", id("a"), T0)
            .unwrap();
        inv.add_entry("health", Question::HelpedBefore, "Yoga", id("b"), T0)
            .unwrap();
        inv.add_entry("health", Question::Want, "Swim", id("w"), T0)
            .unwrap();
        inv.add_entry("money", Question::HaveNow, "Budget", id("c"), T0)
            .unwrap();
        inv.reword_entry(&id("c"), " ", T0).unwrap();
        inv.set_quality("hope", true);
        inv.set_quality("humour", true);
        let linked = [
            StrengthLink::Entry(id("b")),
            StrengthLink::Quality("humour".to_owned()),
        ];
        let offered: Vec<_> = strengths_to_link(&inv, &linked).collect();
        assert_eq!(
            offered.iter().map(|(l, _)| l.clone()).collect::<Vec<_>>(),
            [
                StrengthLink::Entry(id("a")),
                StrengthLink::Quality("hope".to_owned())
            ]
        );
        // Each with what it points at: the same as looking the link up.
        for (link, target) in &offered {
            assert_eq!(link.target(&inv), Some(*target));
        }
        assert!(matches!(
            offered[0].1,
            StrengthTarget::Entry { domain: "health", entry } if entry.text == "Walking"
        ));
        assert_eq!(StrengthLink::Entry(id("gone")).target(&inv), None);
        assert_eq!(
            StrengthLink::Quality("kindness".to_owned()).target(&inv),
            None
        );
    }

    #[test]
    fn a_step_is_open_done_or_not_this_time() {
        let mut goals = one_goal();
        goals
            .add_step(&id("g"), "Ask about lessons", None, None, id("s"), T0)
            .unwrap();
        let state = |goals: &Goals| goals.goal(&id("g")).unwrap().steps[0].state();
        assert_eq!(state(&goals), StepState::Open);
        goals
            .mark_step_not_this_time(&id("g"), &id("s"), T1)
            .unwrap();
        assert_eq!(state(&goals), StepState::NotThisTime);
        goals
            .mark_step_done(&id("g"), &id("s"), day(3), T1)
            .unwrap();
        assert_eq!(state(&goals), StepState::Done);
        goals.reopen_step(&id("g"), &id("s")).unwrap();
        assert_eq!(state(&goals), StepState::Open);
        // A step from an old file marked both ways counts as done.
        let mut both = goals.goal(&id("g")).unwrap().steps[0].clone();
        both.done = Some(day(4));
        both.not_this_time = true;
        assert_eq!(both.state(), StepState::Done);
    }

    #[test]
    fn each_reflection_prompt_has_its_own_answer() {
        let mut goals = one_goal();
        for (n, prompt) in ReflectionPrompt::ALL.into_iter().enumerate() {
            goals
                .set_reflection(&id("g"), prompt, &format!("answer {n}"))
                .unwrap();
        }
        let reflection = &goals.goal(&id("g")).unwrap().reflection;
        for (n, prompt) in ReflectionPrompt::ALL.into_iter().enumerate() {
            assert_eq!(reflection.answer(prompt), format!("answer {n}"));
        }
        assert_eq!(reflection.worked_well, "answer 0");
        let keys: Vec<&str> = ReflectionPrompt::ALL.into_iter().map(|p| p.key()).collect();
        assert_eq!(keys, ["worked-well", "learned", "where-else"]);
    }

    #[test]
    fn a_goal_needs_words_and_keeps_them_whole() {
        let mut goals = Goals::default();
        assert_eq!(goals.add_goal("   ", id("a"), T0), Err(EditError::Empty));
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        assert!(matches!(
            goals.add_goal(&long, id("a"), T0),
            Err(EditError::TooLong { .. })
        ));
        assert!(goals.goals.is_empty());
        goals.add_goal(" Swim ", id("a"), T0).unwrap();
        assert_eq!(goals.goals[0].text, "Swim");
        assert_eq!(
            goals.goals[0].history,
            [GoalEvent {
                at: T0,
                change: GoalChange::Started
            }]
        );
        assert_eq!(
            goals.add_goal("Again", id("a"), T0),
            Err(EditError::Duplicate)
        );
    }

    #[test]
    fn starting_a_goal_checks_everything_before_changing_anything() {
        let mut goals = Goals::default();
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        assert!(goals.start_goal("Swim", &long, None, id("a"), T0).is_err());
        assert!(goals.goals.is_empty());
        goals
            .start_goal("Swim", " I feel good after ", Some("health"), id("a"), T0)
            .unwrap();
        let g = goals.goal(&id("a")).unwrap();
        assert_eq!(
            (g.why.as_str(), g.domain.as_deref()),
            ("I feel good after", Some("health"))
        );
    }

    #[test]
    fn rewording_keeps_the_words_before_in_the_history() {
        let mut goals = one_goal();
        goals
            .reword_goal(&id("g"), "Swim twice a week", T1)
            .unwrap();
        goals
            .reword_goal(&id("g"), "Swim twice a week", T1)
            .unwrap();
        let g = goals.goal(&id("g")).unwrap();
        assert_eq!(g.text, "Swim twice a week");
        assert_eq!(g.history.len(), 2, "an unchanged rewording is not a change");
        assert_eq!(
            g.history[1].change,
            GoalChange::Reworded("Swim once a week".into())
        );
        assert_eq!(goals.reword_goal(&id("g"), "", T1), Err(EditError::Empty));
    }

    #[test]
    fn states_change_and_every_change_is_kept() {
        let mut goals = one_goal();
        let g = id("g");
        for state in [
            GoalState::Paused,
            GoalState::Active,
            GoalState::Achieved,
            GoalState::Achieved,
        ] {
            goals.set_state(&g, state, T1).unwrap();
        }
        let changes: Vec<_> = goals
            .goal(&g)
            .unwrap()
            .history
            .iter()
            .map(|e| e.change.clone())
            .collect();
        assert_eq!(
            changes,
            [
                GoalChange::Started,
                GoalChange::State(GoalState::Paused),
                GoalChange::State(GoalState::Active),
                GoalChange::State(GoalState::Achieved),
            ]
        );
    }

    #[test]
    fn progress_counts_done_steps_and_not_this_time_is_not_failure() {
        let mut goals = one_goal();
        let g = id("g");
        for s in ["a", "b", "c"] {
            goals
                .add_step(
                    &g,
                    &format!("Step {s}"),
                    Some(Helper::Me),
                    Some(day(5)),
                    id(s),
                    T0,
                )
                .unwrap();
        }
        assert_eq!(goals.goal(&g).unwrap().progress(), (0, 3));
        goals.mark_step_done(&g, &id("a"), day(4), T1).unwrap();
        goals.mark_step_not_this_time(&g, &id("b"), T1).unwrap();
        goals
            .edit_step(
                &g,
                &id("b"),
                StepEdit::Learned("Mornings are hard; try evenings"),
            )
            .unwrap();
        assert_eq!(goals.goal(&g).unwrap().progress(), (1, 2));
        goals.mark_step_done(&g, &id("c"), day(6), T1).unwrap();
        assert_eq!(goals.goal(&g).unwrap().progress(), (2, 2));
        goals.reopen_step(&g, &id("c")).unwrap();
        assert_eq!(goals.goal(&g).unwrap().progress(), (1, 2));
        let step_b = &goals.goal(&g).unwrap().steps[1];
        assert!(step_b.not_this_time && step_b.learned.starts_with("Mornings"));
    }

    #[test]
    fn steps_and_goals_reorder_and_stop_at_the_ends() {
        let mut goals = one_goal();
        goals.add_goal("Second", id("g2"), T0).unwrap();
        let g = id("g");
        for s in ["a", "b", "c"] {
            goals.add_step(&g, s, None, None, id(s), T0).unwrap();
        }
        goals.move_step(&g, &id("c"), Direction::Up).unwrap();
        goals.move_step(&g, &id("a"), Direction::Up).unwrap();
        let order: Vec<_> = goals
            .goal(&g)
            .unwrap()
            .steps
            .iter()
            .map(|s| s.what.as_str())
            .collect();
        assert_eq!(order, ["a", "c", "b"]);
        goals.move_goal(&id("g2"), Direction::Up).unwrap();
        goals.move_goal(&id("g2"), Direction::Up).unwrap();
        assert_eq!(goals.goals[0].id, id("g2"));
        assert_eq!(
            goals.move_step(&g, &id("zz"), Direction::Up),
            Err(EditError::NotFound)
        );
    }

    #[test]
    fn links_follow_a_reworded_strength_and_report_a_deleted_one() {
        let mut inventory = StrengthsInventory::default();
        inventory
            .add_entry(
                "health",
                Question::HaveNow,
                "I walk most days",
                id("e1"),
                T0,
            )
            .unwrap();
        inventory
            .add_entry("health", Question::HelpedBefore, "My sister", id("e2"), T0)
            .unwrap();
        inventory.set_quality("persistence", true);
        let mut goals = one_goal();
        let g = id("g");
        goals
            .link_strength(&g, StrengthLink::Entry(id("e1")))
            .unwrap();
        goals
            .link_strength(&g, StrengthLink::Entry(id("e2")))
            .unwrap();
        goals
            .link_strength(&g, StrengthLink::Quality("persistence".into()))
            .unwrap();
        assert_eq!(
            goals.link_strength(&g, StrengthLink::Entry(id("e1"))),
            Err(EditError::Duplicate)
        );

        inventory
            .reword_entry(&id("e1"), "I walk every day", T1)
            .unwrap();
        let goal = goals.goal(&g).unwrap();
        assert_eq!(goal.missing_strengths(&inventory).count(), 0);
        let StrengthLink::Entry(linked) = &goal.strengths[0] else {
            unreachable!()
        };
        assert_eq!(inventory.entry(linked).unwrap().2.text, "I walk every day");

        inventory.remove_entry(&id("e2")).unwrap();
        inventory.set_quality("persistence", false);
        let missing: Vec<_> = goals
            .goal(&g)
            .unwrap()
            .missing_strengths(&inventory)
            .cloned()
            .collect();
        assert_eq!(
            missing,
            [
                StrengthLink::Entry(id("e2")),
                StrengthLink::Quality("persistence".into())
            ]
        );
        assert_eq!(
            goals.goal(&g).unwrap().strengths.len(),
            3,
            "the goal itself is intact"
        );
        goals
            .unlink_strength(&g, &StrengthLink::Entry(id("e2")))
            .unwrap();
        assert_eq!(goals.goal(&g).unwrap().strengths.len(), 2);
    }

    #[test]
    fn nudges_point_toward_small_specific_steps_this_week() {
        let today = day(1);
        let cases: [(&str, Option<CalendarDate>, &[StepNudge]); 5] = [
            (
                "Ring the pool on Monday to ask about times",
                Some(day(3)),
                &[],
            ),
            ("Exercise more", Some(day(3)), &[StepNudge::SayExactly]),
            ("Ring the pool", None, &[StepNudge::PickADay]),
            ("Ring the pool", Some(day(30)), &[StepNudge::StartThisWeek]),
            (
                "Find a pool and buy some goggles and a towel and work out the bus and go",
                Some(day(2)),
                &[StepNudge::MightSplit],
            ),
        ];
        for (what, target, expected) in cases {
            assert_eq!(step_nudges(what, target, today), expected, "{what}");
        }
        assert!(step_nudges("  ", None, today).is_empty());
    }

    #[test]
    fn helpers_read_back_from_their_keys() {
        for h in Helper::CHOICES {
            assert_eq!(Helper::from_key(h.key(), ""), Some(h.clone()));
        }
        assert_eq!(
            Helper::from_key("someone", "  Aunty May "),
            Some(Helper::Someone("Aunty May".into()))
        );
        assert_eq!(Helper::from_key("someone", "  "), None);
        assert_eq!(Helper::from_key("", ""), None);
    }
}
