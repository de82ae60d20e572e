//! The wire types: a record exactly as a file holds it, kept apart from the domain types so
//! the domain can change shape without changing anyone's files.
//!
//! These types describe version 4 and read versions 1 to 3 too, because each of those
//! versions only added to the one before (version 4 adds `journey`, which older files never
//! have): a version 1 file has no `goals` or `plan`, and a
//! version 1 or 2 file has no `updated` on goals, steps, qualities, priorities or plan items
//! (the file's own `updated` stands in for them), and no `removed`. If a future version changes the meaning or the
//! shape of a field, copy these types into a frozen module for the older versions first, so a
//! file written today is read the same way forever. `schema/record-v4.schema.json` describes
//! the same shape for host teams, and tests check the two agree.

use crate::error::ImportError;
use crate::goals::{self, GoalState};
use crate::ids::ItemId;
use crate::inventory::{self, StrengthKind};
use crate::journey;
use crate::plan;
use crate::record::Record;
use crate::time::{CalendarDate, Timestamp};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text in a wire type: borrowed from the record when writing (so a save copies no words),
/// owned when reading.
type Text<'a> = Cow<'a, str>;

fn is_blank(text: &Text) -> bool {
    text.is_empty()
}

/// Borrows a domain text for writing.
fn out(text: &str) -> Text<'_> {
    Cow::Borrowed(text)
}

/// An id read from a file.
fn id_in(text: Text) -> ItemId {
    ItemId::new(text.into_owned())
}

/// The whole file.
#[derive(Serialize, Deserialize)]
pub(super) struct Envelope<'a> {
    pub format: Text<'a>,
    pub schema_version: u64,
    pub created: Timestamp,
    pub updated: Timestamp,
    #[serde(default)]
    pub inventory: Inventory<'a>,
    #[serde(default)]
    pub goals: Vec<Goal<'a>>,
    #[serde(default)]
    pub plan: Plan<'a>,
    /// Since version 3; left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Removal<'a>>,
    /// Since version 4; left out when there are no check-ins.
    #[serde(default, skip_serializing_if = "Journey::is_empty")]
    pub journey: Journey<'a>,
}

/// The journey's check-ins (since version 4).
#[derive(Default, Serialize, Deserialize)]
pub(super) struct Journey<'a> {
    #[serde(default)]
    check_ins: Vec<CheckIn<'a>>,
}

impl Journey<'_> {
    fn is_empty(&self) -> bool {
        self.check_ins.is_empty()
    }
}

#[derive(Serialize, Deserialize)]
struct CheckIn<'a> {
    id: Text<'a>,
    date: CalendarDate,
    #[serde(default)]
    areas: Vec<AreaCheckIn<'a>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    noticed: Vec<NoticedSign<'a>>,
    updated: Timestamp,
}

#[derive(Serialize, Deserialize)]
struct AreaCheckIn<'a> {
    domain: Text<'a>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rating: Option<u8>,
    #[serde(default, skip_serializing_if = "is_blank")]
    helped: Text<'a>,
}

#[derive(Serialize, Deserialize)]
struct NoticedSign<'a> {
    sign: Text<'a>,
    text: Text<'a>,
}

/// An entry removed lately, so another open tab does not bring it back.
#[derive(Serialize, Deserialize)]
pub(super) struct Removal<'a> {
    key: Text<'a>,
    at: Timestamp,
}

#[derive(Default, Serialize, Deserialize)]
pub(super) struct Inventory<'a> {
    #[serde(default)]
    domains: Vec<Domain<'a>>,
    #[serde(default)]
    qualities: Vec<Quality<'a>>,
    #[serde(default)]
    priorities: Vec<Priority<'a>>,
}

#[derive(Serialize, Deserialize)]
struct Domain<'a> {
    domain: Text<'a>,
    #[serde(default)]
    have_now: Vec<Entry<'a>>,
    #[serde(default)]
    want: Vec<Entry<'a>>,
    #[serde(default)]
    helped_before: Vec<Entry<'a>>,
}

#[derive(Serialize, Deserialize)]
struct Entry<'a> {
    id: Text<'a>,
    text: Text<'a>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<Kind>,
    updated: Timestamp,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Individual,
    Interpersonal,
    Environmental,
}

#[derive(Serialize, Deserialize)]
struct Quality<'a> {
    quality: Text<'a>,
    #[serde(default)]
    top: bool,
    /// Since version 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    updated: Option<Timestamp>,
}

#[derive(Serialize, Deserialize)]
struct Priority<'a> {
    id: Text<'a>,
    domain: Text<'a>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wish: Option<Text<'a>>,
    /// Since version 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    updated: Option<Timestamp>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct Goal<'a> {
    id: Text<'a>,
    text: Text<'a>,
    #[serde(default, skip_serializing_if = "is_blank")]
    why: Text<'a>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    domain: Option<Text<'a>>,
    #[serde(default)]
    strengths: Vec<Link<'a>>,
    #[serde(default)]
    steps: Vec<Step<'a>>,
    #[serde(default)]
    state: State,
    #[serde(default)]
    reflection: Reflection<'a>,
    #[serde(default)]
    history: Vec<Event<'a>>,
    /// Since version 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    updated: Option<Timestamp>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Link<'a> {
    Entry(Text<'a>),
    Quality(Text<'a>),
}

#[derive(Serialize, Deserialize)]
struct Step<'a> {
    id: Text<'a>,
    what: Text<'a>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    who: Option<Helper<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    target: Option<CalendarDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    done: Option<CalendarDate>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    not_this_time: bool,
    #[serde(default, skip_serializing_if = "is_blank")]
    learned: Text<'a>,
    #[serde(default, skip_serializing_if = "is_blank")]
    notes: Text<'a>,
    /// Since version 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    updated: Option<Timestamp>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Helper<'a> {
    Me,
    Family,
    Friend,
    PeerWorker,
    Practitioner,
    Someone(Text<'a>),
}

#[derive(Clone, Copy, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum State {
    #[default]
    Active,
    Paused,
    Achieved,
    LetGo,
}

#[derive(Default, Serialize, Deserialize)]
struct Reflection<'a> {
    #[serde(default)]
    worked_well: Text<'a>,
    #[serde(default)]
    learned: Text<'a>,
    #[serde(default)]
    where_else: Text<'a>,
}

#[derive(Serialize, Deserialize)]
struct Event<'a> {
    at: Timestamp,
    change: Change<'a>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Change<'a> {
    Started,
    Reworded(Text<'a>),
    State(State),
    StepDone(Text<'a>),
    StepNotThisTime(Text<'a>),
}

#[derive(Serialize, Deserialize)]
struct PlanItem<'a> {
    id: Text<'a>,
    text: Text<'a>,
    #[serde(default, skip_serializing_if = "is_blank")]
    response: Text<'a>,
    /// Since version 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    updated: Option<Timestamp>,
}

/// Fills in an item's `updated` when a file is older than version 3, and refuses a version 3
/// file that left one out.
#[derive(Clone, Copy)]
struct ItemTimes {
    version: u64,
    file_updated: Timestamp,
}

impl ItemTimes {
    fn fill(self, updated: Option<Timestamp>) -> Result<Timestamp, ImportError> {
        match updated {
            Some(at) => Ok(at),
            None if self.version < 3 => Ok(self.file_updated),
            None => Err(ImportError::Damaged {
                detail: "a required field is missing (updated)".to_owned(),
            }),
        }
    }
}

macro_rules! plan_lists {
    ($($list:ident),* $(,)?) => {
        /// The warning-sign plan: one list per part, each left out when empty.
        #[derive(Default, Serialize, Deserialize)]
        pub(super) struct Plan<'a> {
            $(
                #[serde(default, skip_serializing_if = "Vec::is_empty")]
                $list: Vec<PlanItem<'a>>,
            )*
        }

        pub(super) fn plan_out(plan: &plan::WarningSignPlan) -> Plan<'_> {
            Plan { $($list: plan.$list.iter().map(plan_item_out).collect(),)* }
        }

        fn plan_in(plan: Plan<'_>, times: ItemTimes) -> Result<plan::WarningSignPlan, ImportError> {
            Ok(plan::WarningSignPlan {
                $($list: plan
                    .$list
                    .into_iter()
                    .map(|item| plan_item_in(item, times))
                    .collect::<Result<_, _>>()?,)*
            })
        }
    };
}

plan_lists!(
    when_well,
    toolbox,
    every_day,
    might_do,
    triggers,
    early_signs,
    worse_signs,
    worse_plan,
    crisis_signs,
    on_my_own,
    take_my_mind_off,
    people_to_ask,
    services,
    safer_space,
    reasons_for_living,
    helps,
    does_not_help,
    involve,
    do_not_involve,
    treatment,
    put_away,
    back_to_routine,
);

impl<'a> Envelope<'a> {
    /// The file form of a record, at the current version.
    pub fn from_record(record: &'a Record) -> Envelope<'a> {
        Envelope {
            format: out(super::FORMAT_NAME),
            schema_version: u64::from(super::SCHEMA_VERSION),
            created: record.created,
            updated: record.updated,
            inventory: inventory_out(&record.inventory),
            goals: record.goals.goals.iter().map(goal_out).collect(),
            plan: plan_out(&record.plan),
            removed: removed_out(record),
            journey: journey_out(record),
        }
    }

    /// The record this file holds. `version` is the file's own (already checked to be one
    /// this crate reads); parts a version did not have are left empty.
    pub fn into_record(self, version: u64) -> Result<Record, ImportError> {
        let times = ItemTimes {
            version,
            file_updated: self.updated,
        };
        let (goals, plan) = if version == 1 {
            (Vec::new(), Plan::default())
        } else {
            (self.goals, self.plan)
        };
        // Before version 4 there were no check-ins: anything under that name is not read.
        let check_ins = if version < 4 {
            Vec::new()
        } else {
            self.journey.check_ins
        };
        let inv = self.inventory;
        Ok(Record {
            created: self.created,
            updated: self.updated,
            inventory: inventory::StrengthsInventory {
                domains: inv.domains.into_iter().map(domain_in).collect(),
                qualities: inv
                    .qualities
                    .into_iter()
                    .map(|q| {
                        Ok(inventory::ChosenQuality {
                            quality: q.quality.into_owned(),
                            top: q.top,
                            updated: times.fill(q.updated)?,
                        })
                    })
                    .collect::<Result<_, ImportError>>()?,
                priorities: inv
                    .priorities
                    .into_iter()
                    .map(|p| {
                        Ok(inventory::Priority {
                            id: id_in(p.id),
                            domain: p.domain.into_owned(),
                            wish: p.wish.map(id_in),
                            updated: times.fill(p.updated)?,
                        })
                    })
                    .collect::<Result<_, ImportError>>()?,
            },
            goals: goals::Goals {
                goals: goals
                    .into_iter()
                    .map(|g| goal_in(g, times))
                    .collect::<Result<_, _>>()?,
            },
            plan: plan_in(plan, times)?,
            journey: {
                let mut journey = journey::Journey {
                    check_ins: check_ins.into_iter().map(check_in_in).collect(),
                };
                journey.sort();
                journey
            },
            removed: self
                .removed
                .into_iter()
                .map(|r| crate::record::Removal {
                    key: r.key.into_owned(),
                    at: r.at,
                })
                .collect(),
        })
    }
}

/// The inventory as a file holds it.
pub(super) fn inventory_out(inv: &inventory::StrengthsInventory) -> Inventory<'_> {
    Inventory {
        domains: inv.domains.iter().map(domain_out).collect(),
        qualities: inv
            .qualities
            .iter()
            .map(|q| Quality {
                quality: out(&q.quality),
                top: q.top,
                updated: Some(q.updated),
            })
            .collect(),
        priorities: inv
            .priorities
            .iter()
            .map(|p| Priority {
                id: out(p.id.as_str()),
                domain: out(&p.domain),
                wish: p.wish.as_ref().map(|w| out(w.as_str())),
                updated: Some(p.updated),
            })
            .collect(),
    }
}

pub(super) fn removed_out(record: &Record) -> Vec<Removal<'_>> {
    record
        .removed
        .iter()
        .map(|r| Removal {
            key: out(&r.key),
            at: r.at,
        })
        .collect()
}

pub(super) fn journey_out(record: &Record) -> Journey<'_> {
    Journey {
        check_ins: record.journey.check_ins.iter().map(check_in_out).collect(),
    }
}

fn domain_out(d: &inventory::DomainAnswers) -> Domain<'_> {
    fn entries(list: &[inventory::Entry]) -> Vec<Entry<'_>> {
        list.iter()
            .map(|e| Entry {
                id: out(e.id.as_str()),
                text: out(&e.text),
                kind: e.kind.map(kind_out),
                updated: e.updated,
            })
            .collect()
    }
    Domain {
        domain: out(&d.domain),
        have_now: entries(&d.have_now),
        want: entries(&d.want),
        helped_before: entries(&d.helped_before),
    }
}

fn domain_in(d: Domain<'_>) -> inventory::DomainAnswers {
    let entries = |list: Vec<Entry<'_>>| {
        list.into_iter()
            .map(|e| inventory::Entry {
                id: id_in(e.id),
                text: e.text.into_owned(),
                kind: e.kind.map(kind_in),
                updated: e.updated,
            })
            .collect()
    };
    inventory::DomainAnswers {
        domain: d.domain.into_owned(),
        have_now: entries(d.have_now),
        want: entries(d.want),
        helped_before: entries(d.helped_before),
    }
}

fn kind_out(kind: StrengthKind) -> Kind {
    match kind {
        StrengthKind::Individual => Kind::Individual,
        StrengthKind::Interpersonal => Kind::Interpersonal,
        StrengthKind::Environmental => Kind::Environmental,
    }
}

fn kind_in(kind: Kind) -> StrengthKind {
    match kind {
        Kind::Individual => StrengthKind::Individual,
        Kind::Interpersonal => StrengthKind::Interpersonal,
        Kind::Environmental => StrengthKind::Environmental,
    }
}

fn state_out(state: GoalState) -> State {
    match state {
        GoalState::Active => State::Active,
        GoalState::Paused => State::Paused,
        GoalState::Achieved => State::Achieved,
        GoalState::LetGo => State::LetGo,
    }
}

fn state_in(state: State) -> GoalState {
    match state {
        State::Active => GoalState::Active,
        State::Paused => GoalState::Paused,
        State::Achieved => GoalState::Achieved,
        State::LetGo => GoalState::LetGo,
    }
}

pub(super) fn goal_out(g: &goals::Goal) -> Goal<'_> {
    Goal {
        id: out(g.id.as_str()),
        text: out(&g.text),
        why: out(&g.why),
        domain: g.domain.as_deref().map(out),
        strengths: g
            .strengths
            .iter()
            .map(|link| match link {
                goals::StrengthLink::Entry(id) => Link::Entry(out(id.as_str())),
                goals::StrengthLink::Quality(q) => Link::Quality(out(q)),
            })
            .collect(),
        steps: g
            .steps
            .iter()
            .map(|s| Step {
                id: out(s.id.as_str()),
                what: out(&s.what),
                who: s.who.as_ref().map(|who| match who {
                    goals::Helper::Me => Helper::Me,
                    goals::Helper::Family => Helper::Family,
                    goals::Helper::Friend => Helper::Friend,
                    goals::Helper::PeerWorker => Helper::PeerWorker,
                    goals::Helper::Practitioner => Helper::Practitioner,
                    goals::Helper::Someone(name) => Helper::Someone(out(name)),
                }),
                target: s.target,
                done: s.done,
                not_this_time: s.not_this_time,
                learned: out(&s.learned),
                notes: out(&s.notes),
                updated: Some(s.updated),
            })
            .collect(),
        state: state_out(g.state),
        reflection: Reflection {
            worked_well: out(&g.reflection.worked_well),
            learned: out(&g.reflection.learned),
            where_else: out(&g.reflection.where_else),
        },
        history: g
            .history
            .iter()
            .map(|e| Event {
                at: e.at,
                change: match &e.change {
                    goals::GoalChange::Started => Change::Started,
                    goals::GoalChange::Reworded(before) => Change::Reworded(out(before)),
                    goals::GoalChange::State(state) => Change::State(state_out(*state)),
                    goals::GoalChange::StepDone(step) => Change::StepDone(out(step)),
                    goals::GoalChange::StepNotThisTime(step) => Change::StepNotThisTime(out(step)),
                },
            })
            .collect(),
        updated: Some(g.updated),
    }
}

fn goal_in(g: Goal<'_>, times: ItemTimes) -> Result<goals::Goal, ImportError> {
    Ok(goals::Goal {
        id: id_in(g.id),
        text: g.text.into_owned(),
        why: g.why.into_owned(),
        domain: g.domain.map(Cow::into_owned),
        strengths: g
            .strengths
            .into_iter()
            .map(|link| match link {
                Link::Entry(id) => goals::StrengthLink::Entry(id_in(id)),
                Link::Quality(q) => goals::StrengthLink::Quality(q.into_owned()),
            })
            .collect(),
        steps: g
            .steps
            .into_iter()
            .map(|s| {
                Ok(goals::Step {
                    id: id_in(s.id),
                    what: s.what.into_owned(),
                    who: s.who.map(|who| match who {
                        Helper::Me => goals::Helper::Me,
                        Helper::Family => goals::Helper::Family,
                        Helper::Friend => goals::Helper::Friend,
                        Helper::PeerWorker => goals::Helper::PeerWorker,
                        Helper::Practitioner => goals::Helper::Practitioner,
                        Helper::Someone(name) => goals::Helper::Someone(name.into_owned()),
                    }),
                    target: s.target,
                    done: s.done,
                    not_this_time: s.not_this_time,
                    learned: s.learned.into_owned(),
                    notes: s.notes.into_owned(),
                    updated: times.fill(s.updated)?,
                })
            })
            .collect::<Result<_, ImportError>>()?,
        state: state_in(g.state),
        reflection: goals::Reflection {
            worked_well: g.reflection.worked_well.into_owned(),
            learned: g.reflection.learned.into_owned(),
            where_else: g.reflection.where_else.into_owned(),
        },
        history: g
            .history
            .into_iter()
            .map(|e| goals::GoalEvent {
                at: e.at,
                change: match e.change {
                    Change::Started => goals::GoalChange::Started,
                    Change::Reworded(before) => goals::GoalChange::Reworded(before.into_owned()),
                    Change::State(state) => goals::GoalChange::State(state_in(state)),
                    Change::StepDone(step) => goals::GoalChange::StepDone(step.into_owned()),
                    Change::StepNotThisTime(step) => {
                        goals::GoalChange::StepNotThisTime(step.into_owned())
                    }
                },
            })
            .collect(),
        updated: times.fill(g.updated)?,
    })
}

fn plan_item_out(item: &plan::PlanItem) -> PlanItem<'_> {
    PlanItem {
        id: out(item.id.as_str()),
        text: out(&item.text),
        response: out(&item.response),
        updated: Some(item.updated),
    }
}

fn plan_item_in(item: PlanItem<'_>, times: ItemTimes) -> Result<plan::PlanItem, ImportError> {
    Ok(plan::PlanItem {
        id: id_in(item.id),
        text: item.text.into_owned(),
        response: item.response.into_owned(),
        updated: times.fill(item.updated)?,
    })
}

fn check_in_out(c: &journey::CheckIn) -> CheckIn<'_> {
    CheckIn {
        id: out(c.id.as_str()),
        date: c.date,
        areas: c
            .areas
            .iter()
            .map(|a| AreaCheckIn {
                domain: out(&a.domain),
                rating: a.rating,
                helped: out(&a.helped),
            })
            .collect(),
        noticed: c
            .noticed
            .iter()
            .map(|n| NoticedSign {
                sign: out(n.sign.as_str()),
                text: out(&n.text),
            })
            .collect(),
        updated: c.updated,
    }
}

fn check_in_in(c: CheckIn<'_>) -> journey::CheckIn {
    journey::CheckIn {
        id: id_in(c.id),
        date: c.date,
        areas: c
            .areas
            .into_iter()
            .map(|a| journey::AreaCheckIn {
                domain: a.domain.into_owned(),
                rating: a.rating,
                helped: a.helped.into_owned(),
            })
            .collect(),
        noticed: c
            .noticed
            .into_iter()
            .map(|n| journey::NoticedSign {
                sign: id_in(n.sign),
                text: n.text.into_owned(),
            })
            .collect(),
        updated: c.updated,
    }
}
