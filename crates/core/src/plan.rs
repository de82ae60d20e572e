//! The warning-sign planner: a personal plan for staying well and for hard times, section by
//! section, in the person's own words.
//!
//! The structure follows the public-domain action-planning guide (SAMHSA, 2003) and the common
//! steps of safety planning; every word here and on screen is our own.
//!
//! ```
//! use recovery_core::plan::{PlanList, WarningSignPlan};
//! use recovery_core::{ItemId, Timestamp};
//!
//! let mut plan = WarningSignPlan::default();
//! plan.add_item(PlanList::Triggers, "Money worries", "Ring the money counsellor", ItemId::new("t1"))?;
//! assert_eq!(plan.items(PlanList::Triggers)[0].response, "Ring the money counsellor");
//! # Ok::<(), recovery_core::EditError>(())
//! ```

use crate::error::EditError;
use crate::ids::ItemId;
use crate::inventory::{check_length, checked_text, move_within, Direction};
use crate::text::Catalogue;
use crate::time::Timestamp;

/// The seven sections of the plan, in the order of the guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanSection {
    /// Staying well.
    StayingWell,
    /// Triggers.
    Triggers,
    /// Early warning signs.
    EarlySigns,
    /// When things are getting worse.
    GettingWorse,
    /// Staying safe in a crisis.
    Crisis,
    /// For my supporters.
    Supporters,
    /// After a crisis.
    AfterCrisis,
}

impl PlanSection {
    /// Every section, in order.
    pub const ALL: [PlanSection; 7] = [
        PlanSection::StayingWell,
        PlanSection::Triggers,
        PlanSection::EarlySigns,
        PlanSection::GettingWorse,
        PlanSection::Crisis,
        PlanSection::Supporters,
        PlanSection::AfterCrisis,
    ];

    /// The lists in this section, in the order shown.
    pub fn lists(self) -> &'static [PlanList] {
        use PlanList::*;
        match self {
            PlanSection::StayingWell => &[WhenWell, Toolbox, EveryDay, MightDo],
            PlanSection::Triggers => &[Triggers],
            PlanSection::EarlySigns => &[EarlySigns],
            PlanSection::GettingWorse => &[WorseSigns, WorsePlan],
            PlanSection::Crisis => &[
                CrisisSigns,
                OnMyOwn,
                TakeMyMindOff,
                PeopleToAsk,
                Services,
                SaferSpace,
                ReasonsForLiving,
            ],
            PlanSection::Supporters => &[
                Helps,
                DoesNotHelp,
                Involve,
                DoNotInvolve,
                Treatment,
                PutAway,
            ],
            PlanSection::AfterCrisis => &[BackToRoutine],
        }
    }

    /// The section's key, for text and ids.
    pub fn key(self) -> &'static str {
        match self {
            PlanSection::StayingWell => "staying_well",
            PlanSection::Triggers => "triggers",
            PlanSection::EarlySigns => "early_signs",
            PlanSection::GettingWorse => "getting_worse",
            PlanSection::Crisis => "crisis",
            PlanSection::Supporters => "supporters",
            PlanSection::AfterCrisis => "after_crisis",
        }
    }
}

impl PlanSection {
    /// The key a host rewords the heading with: `plan.section.<key>`.
    pub fn title_key(self) -> String {
        format!("plan.section.{}", self.key())
    }

    /// The key a host rewords the explanation with: `plan.section.<key>.about`.
    pub fn about_key(self) -> String {
        format!("plan.section.{}.about", self.key())
    }

    /// The section's heading, in our words. A host rewords it with the key
    /// `plan.section.<key>`.
    pub fn title(self) -> &'static str {
        match self {
            PlanSection::StayingWell => "Staying well",
            PlanSection::Triggers => "Things that can set me off",
            PlanSection::EarlySigns => "Early warning signs",
            PlanSection::GettingWorse => "When things are getting worse",
            PlanSection::Crisis => "Staying safe in a crisis",
            PlanSection::Supporters => "For my supporters",
            PlanSection::AfterCrisis => "After a crisis",
        }
    }

    /// A short, plain explanation (key `plan.section.<key>.about`).
    pub fn about(self) -> &'static str {
        match self {
            PlanSection::StayingWell => "What keeps you well? Noticing it helps you do more of it.",
            PlanSection::Triggers => "Some things can knock you off balance. A plan for them makes them easier to face.",
            PlanSection::EarlySigns => "Small changes you notice when things start to slip, and what you will do when they show up.",
            PlanSection::GettingWorse => "Signs that things are getting harder, and a stronger plan for then.",
            PlanSection::Crisis => "For the hardest moments. Keep it short and clear, so it is easy to use when you need it.",
            PlanSection::Supporters => "What the people who support you should know, in your own words.",
            PlanSection::AfterCrisis => "How you want to get back to your routines, one step at a time.",
        }
    }
}

/// One list in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanList {
    /// What I am like when I am well.
    WhenWell,
    /// My wellness toolbox: things that help me feel better.
    Toolbox,
    /// Things I do every day to stay well.
    EveryDay,
    /// Things I might do.
    MightDo,
    /// Things that can set me off, each with what I will do.
    Triggers,
    /// Small changes I notice, each with what I will do.
    EarlySigns,
    /// Signs that things are getting worse.
    WorseSigns,
    /// My stronger plan for then.
    WorsePlan,
    /// My warning signs of a crisis.
    CrisisSigns,
    /// Things I can do on my own.
    OnMyOwn,
    /// People and places that take my mind off things.
    TakeMyMindOff,
    /// People I can ask for help (name and phone).
    PeopleToAsk,
    /// Professionals and services (name and phone).
    Services,
    /// Making my space safer.
    SaferSpace,
    /// My reasons for living, what matters most to me.
    ReasonsForLiving,
    /// What helps when I am unwell.
    Helps,
    /// What does not help.
    DoesNotHelp,
    /// Who I want involved.
    Involve,
    /// Who I do not want involved.
    DoNotInvolve,
    /// My preferences about treatment and medication.
    Treatment,
    /// When this plan can be put away.
    PutAway,
    /// How I get back to my routines, step by step.
    BackToRoutine,
}

/// What shape a list's items take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemShape {
    /// Words only.
    Plain,
    /// Words, and what I will do about it.
    WithResponse,
    /// A name and a phone number.
    Contact,
}

impl PlanList {
    /// Every list in the order of "my plan on one page": what is needed in a hard moment
    /// first (people and services to call, crisis signs, what I can do on my own), then the
    /// rest.
    pub const CRISIS_FIRST: [PlanList; 22] = {
        use PlanList::*;
        [
            PeopleToAsk,
            Services,
            CrisisSigns,
            OnMyOwn,
            TakeMyMindOff,
            SaferSpace,
            ReasonsForLiving,
            EarlySigns,
            Triggers,
            WorseSigns,
            WorsePlan,
            Toolbox,
            EveryDay,
            WhenWell,
            MightDo,
            Helps,
            DoesNotHelp,
            Involve,
            DoNotInvolve,
            Treatment,
            PutAway,
            BackToRoutine,
        ]
    };

    /// The key a host rewords the heading with: `plan.list.<key>`.
    pub fn title_key(self) -> String {
        format!("plan.list.{}", self.key())
    }

    /// The list's heading in `words` (the host's wording, else ours).
    pub fn title_in(self, words: &Catalogue) -> String {
        words.lookup(&self.title_key(), self.title()).to_owned()
    }

    /// The key a host rewrites the example ideas with: `plan.list.<key>.ideas`.
    pub fn ideas_key(self) -> String {
        format!("plan.list.{}.ideas", self.key())
    }

    /// The list's key, for text and ids.
    pub fn key(self) -> &'static str {
        use PlanList::*;
        match self {
            WhenWell => "when_well",
            Toolbox => "toolbox",
            EveryDay => "every_day",
            MightDo => "might_do",
            Triggers => "triggers",
            EarlySigns => "early_signs",
            WorseSigns => "worse_signs",
            WorsePlan => "worse_plan",
            CrisisSigns => "crisis_signs",
            OnMyOwn => "on_my_own",
            TakeMyMindOff => "take_my_mind_off",
            PeopleToAsk => "people_to_ask",
            Services => "services",
            SaferSpace => "safer_space",
            ReasonsForLiving => "reasons_for_living",
            Helps => "helps",
            DoesNotHelp => "does_not_help",
            Involve => "involve",
            DoNotInvolve => "do_not_involve",
            Treatment => "treatment",
            PutAway => "put_away",
            BackToRoutine => "back_to_routine",
        }
    }

    /// The list's heading, in our words (key `plan.list.<key>`).
    pub fn title(self) -> &'static str {
        use PlanList::*;
        match self {
            WhenWell => "What I am like when I am well",
            Toolbox => "My wellness toolbox: things that help me feel better",
            EveryDay => "Things I do every day to stay well",
            MightDo => "Things I might do when I need them",
            Triggers => "Things that can set me off, and what I will do",
            EarlySigns => "Small changes I notice, and what I will do",
            WorseSigns => "Signs that things are getting worse",
            WorsePlan => "My stronger plan for then",
            CrisisSigns => "My warning signs of a crisis",
            OnMyOwn => "Things I can do on my own to get through",
            TakeMyMindOff => "People and places that take my mind off things",
            PeopleToAsk => "People I can ask for help",
            Services => "Professionals and services I can contact",
            SaferSpace => "Making my space safer",
            ReasonsForLiving => "My reasons for living, and what matters most to me",
            Helps => "What helps when I am unwell",
            DoesNotHelp => "What does not help",
            Involve => "People I want involved",
            DoNotInvolve => "People I do not want involved",
            Treatment => "My wishes about treatment and medicine",
            PutAway => "When this plan can be put away",
            BackToRoutine => "My steps back to my routines",
        }
    }

    /// Example ideas, one a line (key `plan.list.<key>.ideas`); empty for lists of people.
    pub fn ideas(self) -> &'static str {
        use PlanList::*;
        match self {
            WhenWell => "I get up early\nI chat with my neighbours\nI enjoy cooking",
            Toolbox => "A walk outside\nMusic I love\nTalking to a friend",
            EveryDay => "Eat breakfast\nTake my medicine\nGet some sun",
            MightDo => "Have a quiet day\nSee my doctor\nGo to a peer group",
            Triggers => "Arguments at home\nMoney worries\nThe time of year something hard happened",
            EarlySigns => "Sleeping less\nNot answering my phone\nFeeling on edge",
            WorseSigns => "Not eating\nStaying in bed all day\nMy thoughts racing",
            WorsePlan => "Call my worker today\nAsk my sister to stay over\nTake a break from work",
            CrisisSigns => "Feeling there is no way out\nWanting to be alone all the time\nThinking I can't go on",
            OnMyOwn => "Cold water on my face\nSlow breathing\nWrite down how I feel",
            TakeMyMindOff => "The library\nMy cousin's place\nThe beach",
            PeopleToAsk | Involve | DoNotInvolve => "",
            Services => "My doctor\nThe mental health team\nMy case worker",
            SaferSpace => "Ask someone to look after my medicine\nKeep things I could hurt myself with out of reach\nGo to a place where I feel safe",
            ReasonsForLiving => "My kids\nMy dog\nThings I still want to do",
            Helps => "Sit with me quietly\nRemind me to eat\nHelp with the kids",
            DoesNotHelp => "Telling me to cheer up\nLots of questions at once\nLoud rooms",
            Treatment => "Medicines that have worked for me\nMedicines I do not want\nA hospital I would choose",
            PutAway => "When I have slept well for a week\nWhen I say so",
            BackToRoutine => "Short walks first\nOne shift a week to start\nCatch up with a friend",
        }
    }

    /// What its items hold.
    pub fn shape(self) -> ItemShape {
        match self {
            PlanList::Triggers | PlanList::EarlySigns => ItemShape::WithResponse,
            PlanList::PeopleToAsk | PlanList::Services => ItemShape::Contact,
            _ => ItemShape::Plain,
        }
    }
}

/// One entry in a list of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanItem {
    /// The item's lasting id.
    pub id: ItemId,
    /// The person's words (for a contact: the name).
    pub text: String,
    /// What I will do (triggers, early signs), or a contact's phone number as typed.
    pub response: String,
    /// When the person last changed it (set by [`crate::Record::apply`]).
    pub updated: Timestamp,
}

/// A person's warning-sign plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)] // each field is the list of the same name in [`PlanList`]
pub struct WarningSignPlan {
    pub when_well: Vec<PlanItem>,
    pub toolbox: Vec<PlanItem>,
    pub every_day: Vec<PlanItem>,
    pub might_do: Vec<PlanItem>,
    pub triggers: Vec<PlanItem>,
    pub early_signs: Vec<PlanItem>,
    pub worse_signs: Vec<PlanItem>,
    pub worse_plan: Vec<PlanItem>,
    pub crisis_signs: Vec<PlanItem>,
    pub on_my_own: Vec<PlanItem>,
    pub take_my_mind_off: Vec<PlanItem>,
    pub people_to_ask: Vec<PlanItem>,
    pub services: Vec<PlanItem>,
    pub safer_space: Vec<PlanItem>,
    pub reasons_for_living: Vec<PlanItem>,
    pub helps: Vec<PlanItem>,
    pub does_not_help: Vec<PlanItem>,
    pub involve: Vec<PlanItem>,
    pub do_not_involve: Vec<PlanItem>,
    pub treatment: Vec<PlanItem>,
    pub put_away: Vec<PlanItem>,
    pub back_to_routine: Vec<PlanItem>,
}

impl WarningSignPlan {
    /// The items of one list.
    pub fn items(&self, list: PlanList) -> &[PlanItem] {
        use PlanList::*;
        match list {
            WhenWell => &self.when_well,
            Toolbox => &self.toolbox,
            EveryDay => &self.every_day,
            MightDo => &self.might_do,
            Triggers => &self.triggers,
            EarlySigns => &self.early_signs,
            WorseSigns => &self.worse_signs,
            WorsePlan => &self.worse_plan,
            CrisisSigns => &self.crisis_signs,
            OnMyOwn => &self.on_my_own,
            TakeMyMindOff => &self.take_my_mind_off,
            PeopleToAsk => &self.people_to_ask,
            Services => &self.services,
            SaferSpace => &self.safer_space,
            ReasonsForLiving => &self.reasons_for_living,
            Helps => &self.helps,
            DoesNotHelp => &self.does_not_help,
            Involve => &self.involve,
            DoNotInvolve => &self.do_not_involve,
            Treatment => &self.treatment,
            PutAway => &self.put_away,
            BackToRoutine => &self.back_to_routine,
        }
    }

    pub(crate) fn items_mut(&mut self, list: PlanList) -> &mut Vec<PlanItem> {
        use PlanList::*;
        match list {
            WhenWell => &mut self.when_well,
            Toolbox => &mut self.toolbox,
            EveryDay => &mut self.every_day,
            MightDo => &mut self.might_do,
            Triggers => &mut self.triggers,
            EarlySigns => &mut self.early_signs,
            WorseSigns => &mut self.worse_signs,
            WorsePlan => &mut self.worse_plan,
            CrisisSigns => &mut self.crisis_signs,
            OnMyOwn => &mut self.on_my_own,
            TakeMyMindOff => &mut self.take_my_mind_off,
            PeopleToAsk => &mut self.people_to_ask,
            Services => &mut self.services,
            SaferSpace => &mut self.safer_space,
            ReasonsForLiving => &mut self.reasons_for_living,
            Helps => &mut self.helps,
            DoesNotHelp => &mut self.does_not_help,
            Involve => &mut self.involve,
            DoNotInvolve => &mut self.do_not_involve,
            Treatment => &mut self.treatment,
            PutAway => &mut self.put_away,
            BackToRoutine => &mut self.back_to_routine,
        }
    }

    /// Every list with its items.
    pub fn all_items(&self) -> impl Iterator<Item = &PlanItem> {
        PlanSection::ALL
            .into_iter()
            .flat_map(|s| s.lists().iter())
            .flat_map(|l| self.items(*l))
    }

    /// Adds an item at the end of a list. The words (or a contact's name) must not be blank;
    /// for a contact, `response` is the phone number as typed.
    pub fn add_item(
        &mut self,
        list: PlanList,
        text: &str,
        response: &str,
        id: ItemId,
    ) -> Result<(), EditError> {
        let text = checked_text(text)?;
        check_length(response)?;
        if self.all_items().any(|i| i.id == id) {
            return Err(EditError::Duplicate);
        }
        self.items_mut(list).push(PlanItem {
            id,
            text,
            response: response.trim().to_owned(),
            updated: Timestamp::default(),
        });
        Ok(())
    }

    fn item_mut(&mut self, list: PlanList, id: &ItemId) -> Result<&mut PlanItem, EditError> {
        self.items_mut(list)
            .iter_mut()
            .find(|i| &i.id == id)
            .ok_or(EditError::NotFound)
    }

    /// Rewords an item (blank is kept while the person types).
    pub fn reword_item(
        &mut self,
        list: PlanList,
        id: &ItemId,
        text: &str,
    ) -> Result<(), EditError> {
        check_length(text)?;
        self.item_mut(list, id)?.text = text.to_owned();
        Ok(())
    }

    /// Changes what I will do (or a contact's number).
    pub fn set_response(
        &mut self,
        list: PlanList,
        id: &ItemId,
        response: &str,
    ) -> Result<(), EditError> {
        check_length(response)?;
        self.item_mut(list, id)?.response = response.to_owned();
        Ok(())
    }

    /// Removes an item.
    pub fn remove_item(&mut self, list: PlanList, id: &ItemId) -> Result<(), EditError> {
        let items = self.items_mut(list);
        let before = items.len();
        items.retain(|i| &i.id != id);
        if items.len() == before {
            return Err(EditError::NotFound);
        }
        Ok(())
    }

    /// Moves an item one place up or down.
    pub fn move_item(
        &mut self,
        list: PlanList,
        id: &ItemId,
        direction: Direction,
    ) -> Result<(), EditError> {
        let items = self.items_mut(list);
        let from = items
            .iter()
            .position(|i| &i.id == id)
            .ok_or(EditError::NotFound)?;
        move_within(items, from, direction);
        Ok(())
    }

    /// How many items hold words.
    pub fn item_count(&self) -> usize {
        self.all_items()
            .filter(|i| !i.text.trim().is_empty())
            .count()
    }

    /// The plan on one page, in [`PlanList::CRISIS_FIRST`] order: each list with words in
    /// it, with its entries that have words.
    pub fn one_page(
        &self,
    ) -> impl Iterator<Item = (PlanList, impl Iterator<Item = &PlanItem> + '_)> + '_ {
        PlanList::CRISIS_FIRST
            .into_iter()
            .filter(|list| self.entries_with_words(*list).next().is_some())
            .map(|list| (list, self.entries_with_words(list)))
    }

    /// The entries of one list that have words in them.
    pub fn entries_with_words(&self, list: PlanList) -> impl Iterator<Item = &PlanItem> + '_ {
        self.items(list)
            .iter()
            .filter(|i| !i.text.trim().is_empty())
    }

    /// How many sections have something written.
    pub fn sections_with_items(&self) -> usize {
        PlanSection::ALL
            .into_iter()
            .filter(|s| s.lists().iter().any(|l| !self.items(*l).is_empty()))
            .count()
    }
}

/// A phone number as typed, made ready for a `tel:` or `sms:` link: spaces, brackets, dashes
/// and dots dropped, a leading `+` kept. `None` when what is left cannot be dialled (no digits,
/// fewer than three, or letters): the number is still kept and shown as typed.
pub fn dial_string(number: &str) -> Option<String> {
    let trimmed = number.trim();
    let mut out = String::new();
    for (i, c) in trimmed.chars().enumerate() {
        match c {
            '0'..='9' => out.push(c),
            '+' if i == 0 => out.push(c),
            ' ' | '(' | ')' | '-' | '.' | '\u{a0}' => {}
            _ => return None,
        }
    }
    (out.chars().filter(char::is_ascii_digit).count() >= 3).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inventory::MAX_TEXT_CHARS;

    fn id(s: &str) -> ItemId {
        ItemId::new(s)
    }

    #[test]
    fn the_one_page_plan_holds_every_list_once_crisis_first() {
        let mut seen: Vec<PlanList> = Vec::new();
        for list in PlanList::CRISIS_FIRST {
            assert!(!seen.contains(&list), "{list:?} twice");
            seen.push(list);
        }
        let every: Vec<PlanList> = PlanSection::ALL
            .iter()
            .flat_map(|s| s.lists().iter().copied())
            .collect();
        assert_eq!(seen.len(), every.len());
        assert!(every.iter().all(|l| seen.contains(l)));
        assert_eq!(
            PlanList::CRISIS_FIRST[..3],
            [
                PlanList::PeopleToAsk,
                PlanList::Services,
                PlanList::CrisisSigns
            ]
        );
    }

    #[test]
    fn the_one_page_plan_shows_only_lists_and_entries_with_words() {
        let mut plan = WarningSignPlan::default();
        plan.add_item(PlanList::Toolbox, "A walk", "", id("t"))
            .unwrap();
        plan.add_item(PlanList::PeopleToAsk, "Sam", "0400 000 000", id("p"))
            .unwrap();
        plan.add_item(PlanList::Triggers, "Noise", "", id("n"))
            .unwrap();
        plan.add_item(PlanList::Triggers, "Crowds", "", id("c"))
            .unwrap();
        plan.reword_item(PlanList::Triggers, &id("n"), "  ")
            .unwrap();
        plan.add_item(PlanList::Helps, "Quiet", "", id("q"))
            .unwrap();
        plan.reword_item(PlanList::Helps, &id("q"), "").unwrap();
        let page: Vec<(PlanList, Vec<&str>)> = plan
            .one_page()
            .map(|(list, items)| (list, items.map(|i| i.text.as_str()).collect()))
            .collect();
        assert_eq!(
            page,
            [
                (PlanList::PeopleToAsk, vec!["Sam"]),
                (PlanList::Triggers, vec!["Crowds"]),
                (PlanList::Toolbox, vec!["A walk"]),
            ]
        );
    }

    #[test]
    fn text_keys_follow_the_documented_pattern_and_are_unique() {
        assert_eq!(PlanSection::Crisis.title_key(), "plan.section.crisis");
        assert_eq!(PlanSection::Crisis.about_key(), "plan.section.crisis.about");
        assert_eq!(PlanList::OnMyOwn.title_key(), "plan.list.on_my_own");
        assert_eq!(PlanList::OnMyOwn.ideas_key(), "plan.list.on_my_own.ideas");
        let mut keys: Vec<String> = PlanSection::ALL
            .into_iter()
            .flat_map(|s| [s.title_key(), s.about_key()])
            .chain(
                PlanList::CRISIS_FIRST
                    .into_iter()
                    .flat_map(|l| [l.title_key(), l.ideas_key()]),
            )
            .collect();
        let count = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), count);
    }

    #[test]
    fn every_list_belongs_to_exactly_one_section() {
        let mut seen = std::collections::HashSet::new();
        for section in PlanSection::ALL {
            for list in section.lists() {
                assert!(seen.insert(list.key()), "{} twice", list.key());
            }
        }
        assert_eq!(seen.len(), 22);
    }

    #[test]
    fn items_are_added_to_their_list_and_blank_words_refused() {
        let mut plan = WarningSignPlan::default();
        plan.add_item(
            PlanList::Triggers,
            " Loud places ",
            " Step outside ",
            id("a"),
        )
        .unwrap();
        assert_eq!(
            plan.add_item(PlanList::Toolbox, "  ", "", id("b")),
            Err(EditError::Empty)
        );
        assert_eq!(
            plan.add_item(PlanList::Toolbox, "Music", "", id("a")),
            Err(EditError::Duplicate)
        );
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        assert!(matches!(
            plan.add_item(PlanList::Toolbox, &long, "", id("c")),
            Err(EditError::TooLong { .. })
        ));
        assert_eq!(
            plan.items(PlanList::Triggers),
            [PlanItem {
                id: id("a"),
                text: "Loud places".into(),
                response: "Step outside".into(),
                updated: Timestamp::default(),
            }]
        );
        assert_eq!(plan.item_count(), 1);
        assert_eq!(plan.sections_with_items(), 1);
    }

    #[test]
    fn items_are_reworded_moved_and_removed() {
        let mut plan = WarningSignPlan::default();
        for (i, text) in ["Walk", "Music", "Call Jo"].into_iter().enumerate() {
            plan.add_item(PlanList::OnMyOwn, text, "", id(&i.to_string()))
                .unwrap();
        }
        plan.reword_item(PlanList::OnMyOwn, &id("1"), "Loud music")
            .unwrap();
        plan.move_item(PlanList::OnMyOwn, &id("2"), Direction::Up)
            .unwrap();
        plan.remove_item(PlanList::OnMyOwn, &id("0")).unwrap();
        let texts: Vec<_> = plan
            .items(PlanList::OnMyOwn)
            .iter()
            .map(|i| i.text.as_str())
            .collect();
        assert_eq!(texts, ["Call Jo", "Loud music"]);
        assert_eq!(
            plan.remove_item(PlanList::Toolbox, &id("1")),
            Err(EditError::NotFound)
        );
    }

    #[test]
    fn phone_numbers_are_cleaned_for_links_and_odd_ones_flagged() {
        let cases = [
            ("13 11 14", Some("131114")),
            ("(02) 5550-1234", Some("0255501234")),
            ("+61 400 123 456", Some("+61400123456")),
            ("000", Some("000")),
            ("1300.22.4636", Some("1300224636")),
            ("call mum", None),
            ("12", None),
            ("", None),
            ("0400 123 456 ext 2", None),
            ("61+400", None),
        ];
        for (typed, link) in cases {
            assert_eq!(dial_string(typed).as_deref(), link, "{typed:?}");
        }
    }
}
