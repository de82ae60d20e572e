//! One-tap suggestions: words a person already wrote in one widget, offered where they can
//! be used in another. The goal builder offers the inventory's priorities and wishes as
//! places to start a goal; the planner offers the wellness toolbox and the inventory's
//! strengths as things to do on one's own. Both follow one rule (`offer`, below).

use crate::goals::Goals;
use crate::inventory::{Question, StrengthsInventory};
use crate::plan::{PlanList, WarningSignPlan};

/// Where a goal can start from in the strengths inventory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartPoint {
    /// A wish, in the person's words (trimmed): becomes the goal at once.
    Wish {
        /// The wish's life area.
        domain: String,
        /// The wish's words.
        text: String,
    },
    /// A whole life area: fills in the area, and the person writes the goal.
    Area(String),
}

/// Places to start a goal from: the inventory's priorities first, in the person's order,
/// then its other wishes. A wish with no words, or whose words a goal already has, is not
/// offered.
pub fn goal_start_points(inventory: &StrengthsInventory, goals: &Goals) -> Vec<StartPoint> {
    let priorities = inventory.priorities.iter().map(|p| {
        match p.wish.as_ref().and_then(|w| inventory.entry(w)) {
            Some((.., wish)) => StartPoint::Wish {
                domain: p.domain.clone(),
                text: wish.text.trim().to_owned(),
            },
            None => StartPoint::Area(p.domain.clone()),
        }
    });
    let wishes = inventory.domains.iter().flat_map(|d| {
        d.answers(Question::Want)
            .iter()
            .map(|wish| StartPoint::Wish {
                domain: d.domain.clone(),
                text: wish.text.trim().to_owned(),
            })
    });
    let taken = |text: &str| goals.goals.iter().any(|g| g.text == text);
    offer(
        priorities,
        wishes,
        |point| match point {
            StartPoint::Wish { text, .. } => !text.is_empty() && !taken(text),
            StartPoint::Area(_) => true,
        },
        |a, b| a == b,
    )
}

/// Coping ideas for "things I can do on my own": the wellness toolbox, then the inventory's
/// strengths, in the person's words (trimmed). An idea with no words, or already on that list,
/// is not offered, and each is offered once, whatever its capitals.
pub fn coping_ideas(plan: &WarningSignPlan, inventory: &StrengthsInventory) -> Vec<String> {
    let taken: Vec<String> = plan
        .items(PlanList::OnMyOwn)
        .iter()
        .map(|i| i.text.trim().to_lowercase())
        .collect();
    let toolbox = plan
        .items(PlanList::Toolbox)
        .iter()
        .map(|i| i.text.trim().to_owned());
    let strengths = inventory.strengths().map(|e| e.text.trim().to_owned());
    offer(
        std::iter::empty(),
        toolbox.chain(strengths),
        |idea| !idea.is_empty() && !taken.contains(&idea.to_lowercase()),
        |a, b| a.to_lowercase() == b.to_lowercase(),
    )
}

/// The rule both suggestions follow: the `usable` of `chosen` (what the person put first
/// themselves, as they set it), then each `usable` one of `more` that is not the `same` as
/// one offered before it.
fn offer<T>(
    chosen: impl IntoIterator<Item = T>,
    more: impl IntoIterator<Item = T>,
    usable: impl Fn(&T) -> bool,
    same: impl Fn(&T, &T) -> bool,
) -> Vec<T> {
    let mut offered: Vec<T> = chosen.into_iter().filter(|c| usable(c)).collect();
    for candidate in more {
        if usable(&candidate) && !offered.iter().any(|o| same(o, &candidate)) {
            offered.push(candidate);
        }
    }
    offered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ItemId, Timestamp};

    const NOW: Timestamp = Timestamp::from_millis(1_000);

    fn id(s: &str) -> ItemId {
        ItemId::new(s)
    }

    fn wish(domain: &str, text: &str) -> StartPoint {
        StartPoint::Wish {
            domain: domain.to_owned(),
            text: text.to_owned(),
        }
    }

    #[test]
    fn goals_start_from_priorities_first_then_other_wishes() {
        let mut inv = StrengthsInventory::default();
        inv.add_entry("health", Question::Want, " Swim weekly ", id("w1"), NOW)
            .unwrap();
        inv.add_entry("money", Question::Want, "Save a little", id("w2"), NOW)
            .unwrap();
        inv.add_entry("money", Question::HaveNow, "A job", id("h1"), NOW)
            .unwrap();
        inv.add_priority("money", Some(id("w2")), id("p1")).unwrap();
        inv.add_priority("work", None, id("p2")).unwrap();
        let points = goal_start_points(&inv, &Goals::default());
        assert_eq!(
            points,
            [
                wish("money", "Save a little"),
                StartPoint::Area("work".to_owned()),
                wish("health", "Swim weekly"),
            ]
        );
    }

    #[test]
    fn a_wish_a_goal_already_has_or_a_blank_one_is_not_offered() {
        let mut inv = StrengthsInventory::default();
        inv.add_entry("health", Question::Want, "Swim weekly", id("w1"), NOW)
            .unwrap();
        inv.add_entry("health", Question::Want, "Sleep well", id("w2"), NOW)
            .unwrap();
        inv.reword_entry(&id("w2"), "  ", NOW).unwrap();
        inv.add_priority("health", Some(id("w2")), id("p1"))
            .unwrap();
        let mut goals = Goals::default();
        goals.add_goal("Swim weekly", id("g"), NOW).unwrap();
        assert_eq!(goal_start_points(&inv, &goals), []);
    }

    #[test]
    fn a_priority_is_offered_as_set_and_an_equal_wish_not_again() {
        let mut inv = StrengthsInventory::default();
        for (n, text) in ["Walk", "Walk"].into_iter().enumerate() {
            inv.add_entry("health", Question::Want, text, id(&format!("w{n}")), NOW)
                .unwrap();
        }
        inv.add_priority("health", Some(id("w1")), id("p1"))
            .unwrap();
        // The priority first; the two wishes with its words are the same start.
        assert_eq!(
            goal_start_points(&inv, &Goals::default()),
            [wish("health", "Walk")]
        );
    }

    #[test]
    fn coping_ideas_come_from_the_toolbox_then_strengths_each_once() {
        let mut plan = WarningSignPlan::default();
        plan.add_item(PlanList::Toolbox, " Music ", "", id("t1"))
            .unwrap();
        plan.add_item(PlanList::Toolbox, "music", "", id("t2"))
            .unwrap();
        plan.add_item(PlanList::Toolbox, "A walk", "", id("t3"))
            .unwrap();
        plan.add_item(PlanList::OnMyOwn, "a WALK", "", id("o1"))
            .unwrap();
        let mut inv = StrengthsInventory::default();
        inv.add_entry("health", Question::HelpedBefore, "Swimming", id("s1"), NOW)
            .unwrap();
        inv.add_entry("health", Question::HaveNow, "MUSIC", id("s2"), NOW)
            .unwrap();
        // Wishes are not strengths.
        inv.add_entry("health", Question::Want, "Yoga", id("s3"), NOW)
            .unwrap();
        assert_eq!(coping_ideas(&plan, &inv), ["Music", "Swimming"]);
    }

    #[test]
    fn no_coping_idea_is_blank() {
        let mut plan = WarningSignPlan::default();
        plan.add_item(PlanList::Toolbox, "Tea", "", id("t1"))
            .unwrap();
        plan.reword_item(PlanList::Toolbox, &id("t1"), "   ")
            .unwrap();
        assert!(coping_ideas(&plan, &StrengthsInventory::default()).is_empty());
    }
}
