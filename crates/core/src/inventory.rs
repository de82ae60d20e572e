//! The strengths inventory: what a person has, wants and has drawn on, life domain by life
//! domain; the personal qualities they recognise in themselves; and what they want to work
//! on first.
//!
//! ```
//! use recovery_core::inventory::{Question, StrengthKind, StrengthsInventory};
//! use recovery_core::{ItemId, Timestamp};
//!
//! let now = Timestamp::from_millis(0);
//! let mut inventory = StrengthsInventory::default();
//! inventory.add_entry("money", Question::HaveNow, "I pay my rent on time", ItemId::new("a1"), now)?;
//! inventory.set_entry_kind(&ItemId::new("a1"), Some(StrengthKind::Individual), now)?;
//! assert_eq!(inventory.domains_with_answers(), 1);
//! # Ok::<(), recovery_core::EditError>(())
//! ```

use crate::error::EditError;
use crate::ids::ItemId;
use crate::text::Text;
use crate::time::Timestamp;

/// The most characters one piece of text may hold. Longer text is refused, never cut.
pub const MAX_TEXT_CHARS: usize = 2000;

/// The most qualities a person can mark as their top strengths.
pub const MAX_TOP_QUALITIES: usize = 5;

/// The three questions asked of every life domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    /// What is going well, and what I have now (current strengths).
    HaveNow = 0,
    /// What I want (wishes and hopes).
    Want = 1,
    /// What has helped me before (past resources).
    HelpedBefore = 2,
}

impl Question {
    /// The questions in the order a person meets them.
    pub const ALL: [Question; 3] = [Question::HaveNow, Question::Want, Question::HelpedBefore];

    /// The question's key in the record and the string catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Question::HaveNow => "have_now",
            Question::Want => "want",
            Question::HelpedBefore => "helped_before",
        }
    }

    /// Whether answers to this question are strengths (and so can be tagged with a kind).
    pub fn is_strength(self) -> bool {
        self != Question::Want
    }
}

/// Where a strength lives (after Bird et al. 2012's three groups).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StrengthKind {
    /// Something in me: a skill, a talent, a quality.
    Individual,
    /// Something in my relationships: people who support me.
    Interpersonal,
    /// Something around me: places, services, things I can use.
    Environmental,
}

impl StrengthKind {
    /// Every kind, in the order shown.
    pub const ALL: [StrengthKind; 3] = [
        StrengthKind::Individual,
        StrengthKind::Interpersonal,
        StrengthKind::Environmental,
    ];

    /// The kind's name, as the inventory and the care team's file show it.
    pub fn text(self) -> Text {
        match self {
            StrengthKind::Individual => Text::KindIndividual,
            StrengthKind::Interpersonal => Text::KindInterpersonal,
            StrengthKind::Environmental => Text::KindEnvironmental,
        }
    }

    /// The kind's key in the record.
    pub fn key(self) -> &'static str {
        match self {
            StrengthKind::Individual => "individual",
            StrengthKind::Interpersonal => "interpersonal",
            StrengthKind::Environmental => "environmental",
        }
    }

    /// The kind with this key, if any.
    pub fn from_key(key: &str) -> Option<Self> {
        StrengthKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// One thing a person wrote, in their own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The entry's lasting id.
    pub id: ItemId,
    /// The person's words.
    pub text: String,
    /// Where the strength lives, once the person has said.
    pub kind: Option<StrengthKind>,
    /// When the person last changed it.
    pub updated: Timestamp,
}

/// The answers for one life domain.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DomainAnswers {
    /// The domain's id (a preset id or one the host configured).
    pub domain: String,
    /// What is going well, and what I have now.
    pub have_now: Vec<Entry>,
    /// What I want.
    pub want: Vec<Entry>,
    /// What has helped me before.
    pub helped_before: Vec<Entry>,
}

impl DomainAnswers {
    fn new(domain: &str) -> Self {
        DomainAnswers {
            domain: domain.to_owned(),
            ..Default::default()
        }
    }

    /// The answers to one question.
    pub fn answers(&self, question: Question) -> &[Entry] {
        match question {
            Question::HaveNow => &self.have_now,
            Question::Want => &self.want,
            Question::HelpedBefore => &self.helped_before,
        }
    }

    fn answers_mut(&mut self, question: Question) -> &mut Vec<Entry> {
        match question {
            Question::HaveNow => &mut self.have_now,
            Question::Want => &mut self.want,
            Question::HelpedBefore => &mut self.helped_before,
        }
    }

    /// The answers to one question that have words in them, trimmed (for the profile).
    pub fn words(&self, question: Question) -> impl Iterator<Item = &str> {
        self.answers(question)
            .iter()
            .map(|e| e.text.trim())
            .filter(|t| !t.is_empty())
    }

    /// Whether any answer here has words in it.
    pub fn has_answers(&self) -> bool {
        Question::ALL
            .into_iter()
            .flat_map(|q| self.answers(q))
            .any(|e| !e.text.trim().is_empty())
    }
}

/// A personal quality the person chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenQuality {
    /// The quality's id (see [`crate::presets::QUALITIES`]).
    pub quality: String,
    /// Whether the person counts it among their top few.
    pub top: bool,
    /// When the person last chose or marked it (set by [`crate::Record::apply`]).
    pub updated: Timestamp,
}

/// Something the person wants to work on first: a life domain, or one wish within it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Priority {
    /// The priority's lasting id.
    pub id: ItemId,
    /// The life domain.
    pub domain: String,
    /// The wish (an answer to [`Question::Want`]) when the priority is about one.
    pub wish: Option<ItemId>,
    /// When the person last changed it (set by [`crate::Record::apply`]).
    pub updated: Timestamp,
}

/// Which way to move an item in an ordered list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards the top (earlier).
    Up,
    /// Towards the bottom (later).
    Down,
}

/// How many strengths the person has tagged with each kind, and how many are untagged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindCounts {
    /// Strengths in me.
    pub individual: usize,
    /// Strengths in my relationships.
    pub interpersonal: usize,
    /// Strengths around me.
    pub environmental: usize,
    /// Strengths not tagged yet.
    pub untagged: usize,
}

/// A person's strengths inventory.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StrengthsInventory {
    /// Answers by life domain, in the order they were first written.
    pub domains: Vec<DomainAnswers>,
    /// The personal qualities the person chose, in the order chosen.
    pub qualities: Vec<ChosenQuality>,
    /// What the person wants to work on first, most important first.
    pub priorities: Vec<Priority>,
}

impl StrengthsInventory {
    /// The answers for a domain, if anything was ever written there.
    pub fn domain(&self, domain: &str) -> Option<&DomainAnswers> {
        self.domains.iter().find(|d| d.domain == domain)
    }

    /// The answers to one question in one domain (empty when there are none).
    pub fn answers(&self, domain: &str, question: Question) -> &[Entry] {
        self.domain(domain).map_or(&[], |d| d.answers(question))
    }

    /// Finds an entry anywhere in the inventory, with its domain and question.
    pub fn entry(&self, id: &ItemId) -> Option<(&str, Question, &Entry)> {
        self.domains.iter().find_map(|d| {
            Question::ALL.into_iter().find_map(|q| {
                d.answers(q)
                    .iter()
                    .find(|e| &e.id == id)
                    .map(|e| (d.domain.as_str(), q, e))
            })
        })
    }

    fn entry_mut(&mut self, id: &ItemId) -> Result<&mut Entry, EditError> {
        self.domains
            .iter_mut()
            .flat_map(|d| {
                d.have_now
                    .iter_mut()
                    .chain(d.want.iter_mut())
                    .chain(d.helped_before.iter_mut())
            })
            .find(|e| &e.id == id)
            .ok_or(EditError::NotFound)
    }

    /// Adds an answer in the person's words. Blank text is refused, and so is text over
    /// [`MAX_TEXT_CHARS`].
    pub fn add_entry(
        &mut self,
        domain: &str,
        question: Question,
        text: &str,
        id: ItemId,
        now: Timestamp,
    ) -> Result<(), EditError> {
        let text = checked_text(text)?;
        if self.entry(&id).is_some() {
            return Err(EditError::Duplicate);
        }
        let answers = match self.domains.iter().position(|d| d.domain == domain) {
            Some(i) => &mut self.domains[i],
            None => {
                self.domains.push(DomainAnswers::new(domain));
                self.domains.last_mut().ok_or(EditError::NotFound)?
            }
        };
        answers.answers_mut(question).push(Entry {
            id,
            text,
            kind: None,
            updated: now,
        });
        Ok(())
    }

    /// Whether a life area already has an answer to `question` in these words (spaces at
    /// either end aside).
    pub fn has_answer(&self, domain: &str, question: Question, text: &str) -> bool {
        let text = text.trim();
        self.answers(domain, question)
            .iter()
            .any(|e| e.text.trim() == text)
    }

    /// Rewords an answer. Text may be blank while the person is still typing; it is kept as
    /// typed (no trimming) so the cursor never jumps.
    pub fn reword_entry(
        &mut self,
        id: &ItemId,
        text: &str,
        now: Timestamp,
    ) -> Result<(), EditError> {
        check_length(text)?;
        let entry = self.entry_mut(id)?;
        if entry.text != text {
            entry.text = text.to_owned();
            entry.updated = now;
        }
        Ok(())
    }

    /// Says where a strength lives, or clears it with `None`.
    pub fn set_entry_kind(
        &mut self,
        id: &ItemId,
        kind: Option<StrengthKind>,
        now: Timestamp,
    ) -> Result<(), EditError> {
        let entry = self.entry_mut(id)?;
        entry.kind = kind;
        entry.updated = now;
        Ok(())
    }

    /// Removes an answer, and any priority that was about it.
    pub fn remove_entry(&mut self, id: &ItemId) -> Result<(), EditError> {
        let domain = self
            .domains
            .iter_mut()
            .find(|d| {
                Question::ALL
                    .into_iter()
                    .any(|q| d.answers(q).iter().any(|e| &e.id == id))
            })
            .ok_or(EditError::NotFound)?;
        for q in Question::ALL {
            domain.answers_mut(q).retain(|e| &e.id != id);
        }
        self.priorities.retain(|p| p.wish.as_ref() != Some(id));
        Ok(())
    }

    /// How many domains have at least one answer with words in it.
    pub fn domains_with_answers(&self) -> usize {
        self.domains.iter().filter(|d| d.has_answers()).count()
    }

    /// Whether any answer in this domain has words in it.
    pub fn has_answers_in(&self, domain: &str) -> bool {
        self.domain(domain).is_some_and(DomainAnswers::has_answers)
    }

    /// How many of `domains` (the host's life areas) have an answer with words in it: the
    /// inventory's progress.
    pub fn answered_of(&self, domains: &[String]) -> usize {
        domains.iter().filter(|d| self.has_answers_in(d)).count()
    }

    /// The areas with words in them, in the order of the strengths profile: `domains` (the
    /// host's, in its order) first, then any other area the record holds words for (a host
    /// may have dropped an area the person wrote in).
    pub fn areas_for_profile(&self, domains: &[String]) -> Vec<&DomainAnswers> {
        let mut ids: Vec<&str> = domains.iter().map(String::as_str).collect();
        for d in &self.domains {
            if !ids.contains(&d.domain.as_str()) {
                ids.push(&d.domain);
            }
        }
        ids.into_iter()
            .filter_map(|id| self.domain(id).filter(|a| a.has_answers()))
            .collect()
    }

    /// The chosen qualities, top ones first, each group in the order chosen.
    pub fn qualities_top_first(&self) -> Vec<&ChosenQuality> {
        let mut qualities: Vec<&ChosenQuality> = self.qualities.iter().collect();
        qualities.sort_by_key(|q| !q.top);
        qualities
    }

    /// The quality as the person chose it, or `None` if they have not.
    pub fn chosen_quality(&self, quality: &str) -> Option<&ChosenQuality> {
        self.qualities.iter().find(|q| q.quality == quality)
    }

    /// Whether the person has chosen this quality.
    pub fn has_quality(&self, quality: &str) -> bool {
        self.chosen_quality(quality).is_some()
    }

    /// Whether this quality is among the person's top few.
    pub fn is_top_quality(&self, quality: &str) -> bool {
        self.chosen_quality(quality).is_some_and(|q| q.top)
    }

    /// Chooses a quality, or lets it go (and its top mark with it).
    pub fn set_quality(&mut self, quality: &str, chosen: bool) {
        if chosen && !self.has_quality(quality) {
            self.qualities.push(ChosenQuality {
                quality: quality.to_owned(),
                top: false,
                updated: Timestamp::default(),
            });
        } else if !chosen {
            self.qualities.retain(|q| q.quality != quality);
        }
    }

    /// Marks a quality as one of the top few (choosing it if needed), or unmarks it. At most
    /// [`MAX_TOP_QUALITIES`] can be marked.
    pub fn set_top_quality(&mut self, quality: &str, top: bool) -> Result<(), EditError> {
        if top
            && !self.is_top_quality(quality)
            && self.qualities.iter().filter(|q| q.top).count() >= MAX_TOP_QUALITIES
        {
            return Err(EditError::TooManyTop);
        }
        self.set_quality(quality, true);
        if let Some(q) = self.qualities.iter_mut().find(|q| q.quality == quality) {
            q.top = top;
        }
        Ok(())
    }

    /// Adds a priority at the bottom of the list: a whole domain (`wish: None`) or one wish.
    /// The same domain or wish is not added twice.
    pub fn add_priority(
        &mut self,
        domain: &str,
        wish: Option<ItemId>,
        id: ItemId,
    ) -> Result<(), EditError> {
        if let Some(wish) = &wish {
            match self.entry(wish) {
                Some((d, Question::Want, _)) if d == domain => {}
                _ => return Err(EditError::NotFound),
            }
        }
        if self.is_priority(domain, wish.as_ref()) {
            return Err(EditError::Duplicate);
        }
        self.priorities.push(Priority {
            id,
            domain: domain.to_owned(),
            wish,
            updated: Timestamp::default(),
        });
        Ok(())
    }

    /// Whether this domain (or this wish within it) is already a priority.
    pub fn is_priority(&self, domain: &str, wish: Option<&ItemId>) -> bool {
        self.priority(domain, wish).is_some()
    }

    /// The priority about this domain (`wish: None`) or about one wish in it, if there is one.
    pub fn priority(&self, domain: &str, wish: Option<&ItemId>) -> Option<&Priority> {
        self.priorities
            .iter()
            .find(|p| p.domain == domain && p.wish.as_ref() == wish)
    }

    /// The checkbox beside a domain or a wish: makes it a priority (a new one, named `id`, at
    /// the bottom of the list) or stops it being one. Stopping what is not a priority changes
    /// nothing.
    pub fn set_priority(
        &mut self,
        domain: &str,
        wish: Option<ItemId>,
        chosen: bool,
        id: ItemId,
    ) -> Result<(), EditError> {
        if chosen {
            return self.add_priority(domain, wish, id);
        }
        match self.priority(domain, wish.as_ref()).map(|p| p.id.clone()) {
            Some(id) => self.remove_priority(&id),
            None => Ok(()),
        }
    }

    /// The wishes in a domain that are priorities, in the priorities' order.
    pub fn priority_wishes(&self, domain: &str) -> Vec<ItemId> {
        self.priorities
            .iter()
            .filter(|p| p.domain == domain)
            .filter_map(|p| p.wish.clone())
            .collect()
    }

    /// Of `domains` (the host's life areas), those not yet a priority as a whole area, in
    /// that order: the choices for adding one.
    pub fn areas_not_priority(&self, domains: &[String]) -> Vec<String> {
        domains
            .iter()
            .filter(|d| !self.is_priority(d, None))
            .cloned()
            .collect()
    }

    /// Moves a priority one place up or down. Moving past either end leaves the list as it was.
    pub fn move_priority(&mut self, id: &ItemId, direction: Direction) -> Result<(), EditError> {
        let from = self
            .priorities
            .iter()
            .position(|p| &p.id == id)
            .ok_or(EditError::NotFound)?;
        move_within(&mut self.priorities, from, direction);
        Ok(())
    }

    /// Removes a priority (the domain or wish itself stays).
    pub fn remove_priority(&mut self, id: &ItemId) -> Result<(), EditError> {
        let before = self.priorities.len();
        self.priorities.retain(|p| &p.id != id);
        if self.priorities.len() == before {
            return Err(EditError::NotFound);
        }
        Ok(())
    }

    /// Every strength with words in it: answers to "have now" and "helped before".
    pub fn strengths(&self) -> impl Iterator<Item = &Entry> {
        self.strengths_by_domain().map(|(_, entry)| entry)
    }

    /// Every strength with words in it, as [`StrengthsInventory::strengths`], with the life
    /// domain it was written in.
    pub fn strengths_by_domain(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.domains
            .iter()
            .flat_map(|d| {
                d.have_now
                    .iter()
                    .chain(d.helped_before.iter())
                    .map(move |entry| (d.domain.as_str(), entry))
            })
            .filter(|(_, entry)| !entry.text.trim().is_empty())
    }

    /// How many strengths are tagged with each kind. Chosen qualities count as strengths in
    /// me.
    pub fn kind_counts(&self) -> KindCounts {
        let mut counts = KindCounts {
            individual: self.qualities.len(),
            ..KindCounts::default()
        };
        for entry in self.strengths() {
            match entry.kind {
                Some(StrengthKind::Individual) => counts.individual += 1,
                Some(StrengthKind::Interpersonal) => counts.interpersonal += 1,
                Some(StrengthKind::Environmental) => counts.environmental += 1,
                None => counts.untagged += 1,
            }
        }
        counts
    }

    /// How many items with words in them: answers, qualities and priorities.
    pub fn item_count(&self) -> usize {
        let answers = self
            .domains
            .iter()
            .flat_map(|d| Question::ALL.into_iter().flat_map(|q| d.answers(q)))
            .filter(|e| !e.text.trim().is_empty())
            .count();
        answers + self.qualities.len() + self.priorities.len()
    }

    /// Whether nothing has been written or chosen yet.
    pub fn is_empty(&self) -> bool {
        self.item_count() == 0
    }
}

/// Trims text and refuses it when blank or over [`MAX_TEXT_CHARS`].
pub(crate) fn checked_text(text: &str) -> Result<String, EditError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(EditError::Empty);
    }
    check_length(text)?;
    Ok(text.to_owned())
}

/// Moves `items[from]` one place; past either end the list stays as it was.
pub(crate) fn move_within<T>(items: &mut [T], from: usize, direction: Direction) {
    let to = match direction {
        Direction::Up => from.checked_sub(1),
        Direction::Down => Some(from + 1).filter(|&to| to < items.len()),
    };
    if let Some(to) = to {
        items.swap(from, to);
    }
}

/// Refuses text over [`MAX_TEXT_CHARS`] (never cut).
pub(crate) fn check_length(text: &str) -> Result<(), EditError> {
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(EditError::TooLong {
            chars,
            limit: MAX_TEXT_CHARS,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Timestamp = Timestamp::from_millis(1_000);
    const LATER: Timestamp = Timestamp::from_millis(2_000);

    fn id(s: &str) -> ItemId {
        ItemId::new(s)
    }

    fn with_entries() -> StrengthsInventory {
        let mut inv = StrengthsInventory::default();
        inv.add_entry(
            "money",
            Question::HaveNow,
            "I pay rent on time",
            id("a"),
            NOW,
        )
        .unwrap();
        inv.add_entry("money", Question::Want, "Save a little", id("b"), NOW)
            .unwrap();
        inv.add_entry("health", Question::HelpedBefore, "Walking", id("c"), NOW)
            .unwrap();
        inv
    }

    #[test]
    fn adding_trims_and_refuses_blank_or_overlong_text() {
        let mut inv = StrengthsInventory::default();
        let cases: [(&str, Result<(), EditError>); 4] = [
            ("  my dog  ", Ok(())),
            ("", Err(EditError::Empty)),
            (" \n\t ", Err(EditError::Empty)),
            (
                &"x".repeat(MAX_TEXT_CHARS + 1),
                Err(EditError::TooLong {
                    chars: MAX_TEXT_CHARS + 1,
                    limit: MAX_TEXT_CHARS,
                }),
            ),
        ];
        for (i, (text, expected)) in cases.into_iter().enumerate() {
            let result = inv.add_entry("leisure", Question::HaveNow, text, id(&i.to_string()), NOW);
            assert_eq!(result, expected, "{text:?}");
        }
        assert_eq!(inv.answers("leisure", Question::HaveNow)[0].text, "my dog");
        assert_eq!(inv.answers("leisure", Question::HaveNow).len(), 1);
    }

    #[test]
    fn text_of_exactly_the_limit_is_kept_whole() {
        let mut inv = StrengthsInventory::default();
        let text = "é".repeat(MAX_TEXT_CHARS);
        inv.add_entry("money", Question::Want, &text, id("a"), NOW)
            .unwrap();
        assert_eq!(inv.answers("money", Question::Want)[0].text, text);
    }

    #[test]
    fn the_same_id_cannot_be_added_twice() {
        let mut inv = with_entries();
        assert_eq!(
            inv.add_entry("leisure", Question::Want, "Guitar", id("a"), NOW),
            Err(EditError::Duplicate)
        );
    }

    #[test]
    fn rewording_keeps_the_id_and_marks_the_time() {
        let mut inv = with_entries();
        inv.reword_entry(&id("a"), "I always pay rent on time", LATER)
            .unwrap();
        let (domain, question, entry) = inv.entry(&id("a")).unwrap();
        assert_eq!((domain, question), ("money", Question::HaveNow));
        assert_eq!(entry.text, "I always pay rent on time");
        assert_eq!(entry.updated, LATER);
        assert_eq!(
            inv.reword_entry(&id("zz"), "x", LATER),
            Err(EditError::NotFound)
        );
    }

    #[test]
    fn rewording_to_blank_keeps_the_entry_while_typing() {
        let mut inv = with_entries();
        inv.reword_entry(&id("a"), "", LATER).unwrap();
        assert!(inv.entry(&id("a")).is_some());
        assert_eq!(
            inv.strengths().count(),
            1,
            "a blank strength is not counted"
        );
    }

    #[test]
    fn removing_a_wish_removes_its_priority_but_not_the_domains() {
        let mut inv = with_entries();
        inv.add_priority("money", Some(id("b")), id("p1")).unwrap();
        inv.add_priority("money", None, id("p2")).unwrap();
        inv.remove_entry(&id("b")).unwrap();
        assert_eq!(inv.priorities.len(), 1);
        assert_eq!(inv.priorities[0].id, id("p2"));
        assert_eq!(inv.remove_entry(&id("b")), Err(EditError::NotFound));
    }

    #[test]
    fn a_priority_wish_must_be_a_wish_in_that_domain() {
        let mut inv = with_entries();
        assert_eq!(
            inv.add_priority("money", Some(id("a")), id("p")),
            Err(EditError::NotFound)
        );
        assert_eq!(
            inv.add_priority("health", Some(id("b")), id("p")),
            Err(EditError::NotFound)
        );
        inv.add_priority("money", Some(id("b")), id("p")).unwrap();
        assert_eq!(
            inv.add_priority("money", Some(id("b")), id("q")),
            Err(EditError::Duplicate)
        );
    }

    #[test]
    fn priorities_move_up_and_down_and_stop_at_the_ends() {
        let mut inv = with_entries();
        for (i, domain) in ["money", "health", "leisure"].into_iter().enumerate() {
            inv.add_priority(domain, None, id(&format!("p{i}")))
                .unwrap();
        }
        let order = |inv: &StrengthsInventory| {
            inv.priorities
                .iter()
                .map(|p| p.domain.clone())
                .collect::<Vec<_>>()
        };
        inv.move_priority(&id("p2"), Direction::Up).unwrap();
        assert_eq!(order(&inv), ["money", "leisure", "health"]);
        inv.move_priority(&id("p0"), Direction::Up).unwrap();
        assert_eq!(order(&inv), ["money", "leisure", "health"]);
        inv.move_priority(&id("p1"), Direction::Down).unwrap();
        assert_eq!(order(&inv), ["money", "leisure", "health"]);
        inv.move_priority(&id("p0"), Direction::Down).unwrap();
        assert_eq!(order(&inv), ["leisure", "money", "health"]);
        inv.remove_priority(&id("p0")).unwrap();
        assert_eq!(order(&inv), ["leisure", "health"]);
        assert_eq!(
            inv.move_priority(&id("p0"), Direction::Up),
            Err(EditError::NotFound)
        );
    }

    #[test]
    fn at_most_five_qualities_are_top() {
        let mut inv = StrengthsInventory::default();
        for q in ["a", "b", "c", "d", "e"] {
            inv.set_top_quality(q, true).unwrap();
        }
        assert_eq!(inv.set_top_quality("f", true), Err(EditError::TooManyTop));
        assert!(
            !inv.has_quality("f"),
            "a refused top mark does not choose the quality"
        );
        inv.set_top_quality("a", true).unwrap();
        inv.set_top_quality("a", false).unwrap();
        inv.set_top_quality("f", true).unwrap();
        assert!(inv.has_quality("a") && !inv.is_top_quality("a"));
    }

    #[test]
    fn letting_a_quality_go_drops_its_top_mark() {
        let mut inv = StrengthsInventory::default();
        inv.set_top_quality("hope", true).unwrap();
        inv.set_quality("hope", false);
        inv.set_quality("hope", true);
        assert!(!inv.is_top_quality("hope"));
        assert_eq!(inv.qualities.len(), 1);
    }

    #[test]
    fn counts_strengths_by_kind() {
        let mut inv = with_entries();
        inv.set_entry_kind(&id("a"), Some(StrengthKind::Individual), NOW)
            .unwrap();
        inv.set_entry_kind(&id("c"), Some(StrengthKind::Environmental), NOW)
            .unwrap();
        inv.add_entry(
            "relationships",
            Question::HaveNow,
            "My sister",
            id("d"),
            NOW,
        )
        .unwrap();
        inv.set_entry_kind(&id("d"), Some(StrengthKind::Interpersonal), NOW)
            .unwrap();
        inv.add_entry("relationships", Question::HaveNow, "My dog", id("e"), NOW)
            .unwrap();
        inv.set_quality("hope", true);
        assert_eq!(
            inv.kind_counts(),
            KindCounts {
                individual: 2,
                interpersonal: 1,
                environmental: 1,
                untagged: 1
            }
        );
    }

    #[test]
    fn progress_counts_domains_with_words() {
        let mut inv = with_entries();
        assert_eq!(inv.domains_with_answers(), 2);
        inv.reword_entry(&id("c"), "   ", NOW).unwrap();
        assert_eq!(inv.domains_with_answers(), 1);
        assert!(!inv.is_empty());
        assert!(StrengthsInventory::default().is_empty());
    }

    fn domains(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|d| (*d).to_owned()).collect()
    }

    #[test]
    fn the_priority_checkbox_adds_and_removes_an_area_or_a_wish() {
        let mut inv = with_entries();
        // (domain, wish, chosen) → whether it is a priority afterwards, and the result.
        type Step<'a> = (&'a str, Option<&'a str>, bool, bool, Result<(), EditError>);
        let steps: [Step; 7] = [
            ("money", None, true, true, Ok(())),
            ("money", None, true, true, Err(EditError::Duplicate)),
            ("money", Some("b"), true, true, Ok(())),
            ("money", None, false, false, Ok(())),
            // Stopping what is not a priority changes nothing.
            ("money", None, false, false, Ok(())),
            // Only a wish in that area can be one.
            ("health", Some("b"), true, false, Err(EditError::NotFound)),
            ("money", Some("b"), false, false, Ok(())),
        ];
        for (n, (domain, wish, chosen, after, result)) in steps.into_iter().enumerate() {
            let wish = wish.map(id);
            let made = inv.set_priority(domain, wish.clone(), chosen, id(&format!("p{n}")));
            assert_eq!(made, result, "step {n}");
            assert_eq!(inv.is_priority(domain, wish.as_ref()), after, "step {n}");
        }
        assert!(inv.priorities.is_empty());
    }

    #[test]
    fn a_priority_is_found_by_its_area_or_its_wish() {
        let mut inv = with_entries();
        inv.add_priority("money", None, id("p1")).unwrap();
        inv.add_priority("money", Some(id("b")), id("p2")).unwrap();
        let found = |wish: Option<&str>| {
            inv.priority("money", wish.map(id).as_ref())
                .map(|p| p.id.clone())
        };
        assert_eq!(found(None), Some(id("p1")));
        assert_eq!(found(Some("b")), Some(id("p2")));
        assert_eq!(found(Some("a")), None);
        assert_eq!(inv.priority_wishes("money"), vec![id("b")]);
        assert!(inv.priority_wishes("health").is_empty());
    }

    #[test]
    fn areas_not_yet_priorities_keep_the_hosts_order() {
        let mut inv = with_entries();
        inv.add_priority("health", None, id("p1")).unwrap();
        // A wish as a priority leaves its area open to be added whole.
        inv.add_priority("money", Some(id("b")), id("p2")).unwrap();
        assert_eq!(
            inv.areas_not_priority(&domains(&["work", "health", "money"])),
            domains(&["work", "money"])
        );
    }

    #[test]
    fn the_profile_shows_the_hosts_areas_first_then_any_other_with_words() {
        let mut inv = with_entries();
        inv.add_entry("hobbies", Question::HaveNow, "Chess", id("h"), NOW)
            .unwrap();
        inv.add_entry("work", Question::HaveNow, "Shifts", id("w"), NOW)
            .unwrap();
        inv.reword_entry(&id("w"), "  ", NOW).unwrap();
        let shown: Vec<&str> = inv
            .areas_for_profile(&domains(&["health", "work", "money"]))
            .into_iter()
            .map(|a| a.domain.as_str())
            .collect();
        // "work" has no words left; "hobbies" is not the host's but holds words.
        assert_eq!(shown, ["health", "money", "hobbies"]);
        assert!(inv.has_answers_in("money"));
        assert!(!inv.has_answers_in("work"));
        assert_eq!(inv.answered_of(&domains(&["work", "money", "health"])), 2);
    }

    #[test]
    fn the_profile_lists_top_qualities_first_and_only_words() {
        let mut inv = with_entries();
        for q in ["hope", "humour", "kindness"] {
            inv.set_quality(q, true);
        }
        inv.set_top_quality("kindness", true).unwrap();
        let order: Vec<&str> = inv
            .qualities_top_first()
            .into_iter()
            .map(|q| q.quality.as_str())
            .collect();
        assert_eq!(order, ["kindness", "hope", "humour"]);

        inv.add_entry("money", Question::HaveNow, "  A budget  ", id("x"), NOW)
            .unwrap();
        let money = inv.domain("money").unwrap();
        let words: Vec<&str> = money.words(Question::HaveNow).collect();
        assert_eq!(words, ["I pay rent on time", "A budget"]);
    }
}
