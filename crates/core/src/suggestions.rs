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
    let usable = |point: &StartPoint| match point {
        StartPoint::Wish { text, .. } => !text.is_empty() && !taken(text),
        StartPoint::Area(_) => true,
    };
    // The priorities as the person set them; then each other wish once.
    let mut points: Vec<StartPoint> = priorities.filter(usable).collect();
    offer(&mut points, wishes, usable, |a, b| a == b);
    points
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
    let mut ideas = Vec::new();
    offer(
        &mut ideas,
        toolbox.chain(strengths),
        |idea| !idea.is_empty() && !taken.contains(&idea.to_lowercase()),
        |a, b| a.to_lowercase() == b.to_lowercase(),
    );
    ideas
}

/// The rule both suggestions follow: after what is `offered` already, each `usable` one of
/// `more` that is not the `same` as one offered before it.
fn offer<T>(
    offered: &mut Vec<T>,
    more: impl IntoIterator<Item = T>,
    usable: impl Fn(&T) -> bool,
    same: impl Fn(&T, &T) -> bool,
) {
    for candidate in more {
        if usable(&candidate) && !offered.iter().any(|o| same(o, &candidate)) {
            offered.push(candidate);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ItemId, Timestamp};
    use Question::{HaveNow, HelpedBefore, Want};

    const NOW: Timestamp = Timestamp::from_millis(1_000);

    fn id(s: &str) -> ItemId {
        ItemId::new(s)
    }

    /// An inventory with these answers (id, area, question, words) and priorities (area, the
    /// id of a wish in it).
    fn inventory(
        answers: &[(&str, &str, Question, &str)],
        priorities: &[(&str, Option<&str>)],
    ) -> StrengthsInventory {
        let mut inv = StrengthsInventory::default();
        for (answer, area, question, words) in answers {
            inv.add_entry(area, *question, "…", id(answer), NOW)
                .unwrap();
            inv.reword_entry(&id(answer), words, NOW).unwrap();
        }
        for (n, (area, wish)) in priorities.iter().enumerate() {
            let made = inv.add_priority(area, wish.map(id), id(&format!("p{n}")));
            made.unwrap();
        }
        inv
    }

    /// A plan with these entries (list, words).
    fn plan(entries: &[(PlanList, &str)]) -> WarningSignPlan {
        let mut plan = WarningSignPlan::default();
        for (n, (list, words)) in entries.iter().enumerate() {
            plan.add_item(*list, "…", "", id(&format!("e{n}"))).unwrap();
            plan.reword_item(*list, &id(&format!("e{n}")), words)
                .unwrap();
        }
        plan
    }

    /// A start point's words: the wish's, or `area:<id>`.
    fn named(point: &StartPoint) -> String {
        match point {
            StartPoint::Wish { domain, text } => format!("{domain}: {text}"),
            StartPoint::Area(domain) => format!("area:{domain}"),
        }
    }

    #[test]
    fn goals_start_from_priorities_first_then_other_wishes_each_once() {
        type Case<'a> = (
            &'a str,
            &'a [(&'a str, &'a str, Question, &'a str)],
            &'a [(&'a str, Option<&'a str>)],
            &'a str,
            &'a [&'a str],
        );
        // (what the case shows, answers, priorities, a goal's words, the start points)
        let cases: [Case; 3] = [
            (
                "priorities first, in order, then other wishes, trimmed; strengths never",
                &[
                    ("w1", "health", Want, " Swim weekly "),
                    ("w2", "money", Want, "Save a little"),
                    ("h1", "money", HaveNow, "A job"),
                ],
                &[("money", Some("w2")), ("work", None)],
                "",
                &["money: Save a little", "area:work", "health: Swim weekly"],
            ),
            (
                "no wish a goal already has, and no blank wish, even as a priority",
                &[
                    ("w1", "health", Want, "Swim weekly"),
                    ("w2", "health", Want, "  "),
                ],
                &[("health", Some("w2"))],
                "Swim weekly",
                &[],
            ),
            (
                "a priority as set, and the wishes with its words not again",
                &[
                    ("w0", "health", Want, "Walk"),
                    ("w1", "health", Want, "Walk"),
                ],
                &[("health", Some("w1"))],
                "",
                &["health: Walk"],
            ),
        ];
        for (shows, answers, priorities, goal, expected) in cases {
            let mut goals = Goals::default();
            if !goal.is_empty() {
                goals.add_goal(goal, id("g"), NOW).unwrap();
            }
            let points = goal_start_points(&inventory(answers, priorities), &goals);
            let names: Vec<String> = points.iter().map(named).collect();
            assert_eq!(names, expected, "{shows}");
        }
    }

    #[test]
    fn coping_ideas_come_from_the_toolbox_then_strengths_each_once() {
        let toolbox = [" Music ", "music", "A walk"].map(|w| (PlanList::Toolbox, w));
        let plan = plan(&[&toolbox[..], &[(PlanList::OnMyOwn, "a WALK")]].concat());
        let answers = [
            ("s1", "health", HelpedBefore, "Swimming"),
            ("s2", "health", HaveNow, "MUSIC"),
            // Wishes are not strengths.
            ("s3", "health", Want, "Yoga"),
        ];
        let inv = inventory(&answers, &[]);
        assert_eq!(coping_ideas(&plan, &inv), ["Music", "Swimming"]);
    }

    #[test]
    fn no_coping_idea_is_blank() {
        let plan = plan(&[(PlanList::Toolbox, "   ")]);
        assert!(coping_ideas(&plan, &StrengthsInventory::default()).is_empty());
    }
}
