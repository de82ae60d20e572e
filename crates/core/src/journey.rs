//! The journey: check-ins, each a day's look at how things are in every life area, and what
//! they show over time.
//!
//! A check-in belongs to one calendar day. On that day it can be changed as often as the
//! person likes; after it, it is kept as it was ([`EditError::NotToday`]), so that looking
//! back shows what they said then. Any life area can be skipped. A rating is never added up
//! into a score of the person: each life area is looked at on its own, and a lower rating is
//! put in words as "a harder time", never "worse".
//!
//! ```
//! use recovery_core::journey::{Journey, RatingWords};
//! use recovery_core::{CalendarDate, ItemId, Timestamp};
//!
//! let mut journey = Journey::default();
//! let march = CalendarDate::new(2026, 3, 2).unwrap();
//! let now = Timestamp::from_millis(0);
//! journey.rate(march, "money", Some(3), ItemId::new("c1"), now).unwrap();
//! let june = CalendarDate::new(2026, 6, 1).unwrap();
//! journey.rate(june, "money", Some(6), ItemId::new("c2"), now).unwrap();
//! let money = journey.area_summary("money").unwrap();
//! assert_eq!((money.first.rating, money.latest.rating), (3, 6));
//! assert_eq!(RatingWords::of(3), RatingWords::HarderTime);
//! ```

use crate::error::EditError;
use crate::ids::ItemId;
use crate::inventory::check_length;
use crate::text::{Catalogue, Text};
use crate::time::{CalendarDate, Timestamp};

/// The highest rating: 0 is the hardest, 10 the best a part of life can be.
pub const MAX_RATING: u8 = 10;

/// Every check-in a person has made, oldest day first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Journey {
    /// The check-ins, in date order.
    pub check_ins: Vec<CheckIn>,
}

/// One day's check-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckIn {
    /// Its lasting id.
    pub id: ItemId,
    /// The day it was made (the person's own calendar day).
    pub date: CalendarDate,
    /// The life areas the person answered, in the order they were first answered. An area
    /// left out was skipped.
    pub areas: Vec<AreaCheckIn>,
    /// Triggers and early warning signs from the person's plan that they noticed lately.
    pub noticed: Vec<NoticedSign>,
    /// When it last changed.
    pub updated: Timestamp,
}

/// One life area in a check-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaCheckIn {
    /// The life area's id.
    pub domain: String,
    /// How things are in this part of life, 0 to [`MAX_RATING`]; `None` when only words were
    /// written.
    pub rating: Option<u8>,
    /// "What has helped?", in the person's words (may be blank).
    pub helped: String,
}

/// A sign from the person's plan that they noticed, with its words as they were then, so
/// looking back still shows it if the plan changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticedSign {
    /// The plan entry's id.
    pub sign: ItemId,
    /// The sign's words when it was ticked.
    pub text: String,
}

/// A rating put in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RatingWords {
    /// 0 to 3.
    HarderTime,
    /// 4 to 6.
    SomeOfEach,
    /// 7 to 10.
    GoingWell,
}

impl RatingWords {
    /// The words for a rating.
    pub fn of(rating: u8) -> Self {
        match rating {
            0..=3 => RatingWords::HarderTime,
            4..=6 => RatingWords::SomeOfEach,
            _ => RatingWords::GoingWell,
        }
    }

    /// The words on screen.
    pub fn text(self) -> Text {
        match self {
            RatingWords::HarderTime => Text::JourneyRatingHarder,
            RatingWords::SomeOfEach => Text::JourneyRatingSome,
            RatingWords::GoingWell => Text::JourneyRatingWell,
        }
    }
}

/// A rating as a person reads it, "3 out of 10: a harder time", with the number written by
/// `number` (as the browser writes numbers in this language).
pub fn rating_said(words: &Catalogue, rating: u8, number: &dyn Fn(usize) -> String) -> String {
    words.fill(
        Text::JourneyRated,
        &[
            ("rating", &number(usize::from(rating))),
            ("words", words.text(RatingWords::of(rating).text())),
        ],
    )
}

/// Which way a life area has moved since the first check-in that rated it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Higher now.
    Higher,
    /// The same.
    Same,
    /// Lower now: a harder time lately.
    Lower,
}

impl Change {
    /// The words on screen (with `{first}`, `{first_date}` and `{latest}` to fill).
    pub fn text(self) -> Text {
        match self {
            Change::Higher => Text::JourneySummaryHigher,
            Change::Same => Text::JourneySummarySame,
            Change::Lower => Text::JourneySummaryLower,
        }
    }
}

/// One rating of one life area: a point on its chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaPoint {
    /// The check-in's day.
    pub date: CalendarDate,
    /// The rating.
    pub rating: u8,
    /// What had helped, in the person's words (may be blank).
    pub helped: String,
}

/// A life area over time: where it started, where it is now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaSummary {
    /// The first check-in that rated it.
    pub first: AreaPoint,
    /// The latest.
    pub latest: AreaPoint,
    /// How many check-ins rated it.
    pub count: usize,
}

impl AreaSummary {
    /// Which way it moved.
    pub fn change(&self) -> Change {
        match self.latest.rating.cmp(&self.first.rating) {
            std::cmp::Ordering::Greater => Change::Higher,
            std::cmp::Ordering::Equal => Change::Same,
            std::cmp::Ordering::Less => Change::Lower,
        }
    }

    /// The area's story in one line, "Money: 3 on 2 Mar 2026, 6 now. This has grown." (only
    /// where it started when it was rated once), with the area's name, numbers written by
    /// `number` and the first day by `date`.
    pub fn said(
        &self,
        words: &Catalogue,
        area: &str,
        number: &dyn Fn(usize) -> String,
        date: &dyn Fn(CalendarDate) -> String,
    ) -> String {
        let text = if self.count == 1 {
            Text::JourneySummaryOnce
        } else {
            self.change().text()
        };
        words.fill(
            text,
            &[
                ("area", area),
                ("first", &number(usize::from(self.first.rating))),
                ("first_date", &date(self.first.date)),
                ("latest", &number(usize::from(self.latest.rating))),
            ],
        )
    }
}

impl CheckIn {
    /// A new, empty check-in for `date`.
    pub fn new(id: ItemId, date: CalendarDate, now: Timestamp) -> Self {
        CheckIn {
            id,
            date,
            areas: Vec::new(),
            noticed: Vec::new(),
            updated: now,
        }
    }

    /// The answer for a life area, if it was not skipped.
    pub fn area(&self, domain: &str) -> Option<&AreaCheckIn> {
        self.areas.iter().find(|a| a.domain == domain)
    }

    /// The rating of a life area, if it has one.
    pub fn rating(&self, domain: &str) -> Option<u8> {
        self.area(domain).and_then(|a| a.rating)
    }

    /// Whether a sign from the plan was ticked as noticed.
    pub fn noticed(&self, sign: &ItemId) -> bool {
        self.noticed.iter().any(|n| &n.sign == sign)
    }

    /// Whether nothing was answered.
    pub fn is_empty(&self) -> bool {
        self.areas.is_empty() && self.noticed.is_empty()
    }

    fn area_mut(&mut self, domain: &str) -> &mut AreaCheckIn {
        let at = match self.areas.iter().position(|a| a.domain == domain) {
            Some(at) => at,
            None => {
                self.areas.push(AreaCheckIn {
                    domain: domain.to_owned(),
                    rating: None,
                    helped: String::new(),
                });
                self.areas.len() - 1
            }
        };
        &mut self.areas[at]
    }

    /// Forgets areas with neither a rating nor words (skipped after all).
    fn drop_skipped(&mut self) {
        self.areas
            .retain(|a| a.rating.is_some() || !a.helped.is_empty());
    }
}

impl Journey {
    /// The check-in for `today`, if one was started.
    pub fn on(&self, today: CalendarDate) -> Option<&CheckIn> {
        self.check_ins.iter().find(|c| c.date == today)
    }

    /// A check-in by id.
    pub fn check_in(&self, id: &ItemId) -> Option<&CheckIn> {
        self.check_ins.iter().find(|c| &c.id == id)
    }

    /// Today's check-in, started with `new_id` if there is none yet. A check-in of an earlier
    /// day is never changed.
    fn today_mut(
        &mut self,
        today: CalendarDate,
        new_id: ItemId,
        now: Timestamp,
    ) -> Result<&mut CheckIn, EditError> {
        let at = match self.check_ins.iter().position(|c| c.date == today) {
            Some(at) => at,
            None => {
                if self.check_ins.iter().any(|c| c.id == new_id) {
                    return Err(EditError::Duplicate);
                }
                // Kept in date order; a clock set back puts it among the earlier days.
                let at = self.check_ins.partition_point(|c| c.date < today);
                self.check_ins.insert(at, CheckIn::new(new_id, today, now));
                at
            }
        };
        Ok(&mut self.check_ins[at])
    }

    /// Finishes a change to today's check-in: one left with nothing in it is taken away.
    fn tidy(&mut self, today: CalendarDate) {
        for c in self.check_ins.iter_mut().filter(|c| c.date == today) {
            c.drop_skipped();
        }
        self.check_ins.retain(|c| c.date != today || !c.is_empty());
    }

    /// Rates a life area in today's check-in (`None` skips it again). Ratings above
    /// [`MAX_RATING`] are refused.
    pub fn rate(
        &mut self,
        today: CalendarDate,
        domain: &str,
        rating: Option<u8>,
        new_id: ItemId,
        now: Timestamp,
    ) -> Result<(), EditError> {
        if rating.is_some_and(|r| r > MAX_RATING) {
            return Err(EditError::OutOfRange);
        }
        self.today_mut(today, new_id, now)?.area_mut(domain).rating = rating;
        self.tidy(today);
        Ok(())
    }

    /// Writes "what has helped" for a life area in today's check-in. Kept as typed (no
    /// trimming, so the cursor never jumps); text over the length limit is refused.
    pub fn write_helped(
        &mut self,
        today: CalendarDate,
        domain: &str,
        words: &str,
        new_id: ItemId,
        now: Timestamp,
    ) -> Result<(), EditError> {
        check_length(words)?;
        let helped = if words.trim().is_empty() { "" } else { words };
        self.today_mut(today, new_id, now)?.area_mut(domain).helped = helped.to_owned();
        self.tidy(today);
        Ok(())
    }

    /// Ticks (or unticks) a sign from the plan as noticed lately, in today's check-in.
    pub fn set_noticed(
        &mut self,
        today: CalendarDate,
        sign: &ItemId,
        words: &str,
        noticed: bool,
        new_id: ItemId,
        now: Timestamp,
    ) -> Result<(), EditError> {
        check_length(words)?;
        let check_in = self.today_mut(today, new_id, now)?;
        check_in.noticed.retain(|n| &n.sign != sign);
        if noticed {
            check_in.noticed.push(NoticedSign {
                sign: sign.clone(),
                text: words.trim().to_owned(),
            });
        }
        self.tidy(today);
        Ok(())
    }

    /// Whether a check-in can still be changed: only on its own day.
    pub fn can_change(&self, id: &ItemId, today: CalendarDate) -> bool {
        self.check_in(id).is_some_and(|c| c.date == today)
    }

    /// Refuses a change to a check-in of an earlier day. The bundle calls this before any
    /// change it offers on a check-in shown by id.
    pub fn check_can_change(&self, id: &ItemId, today: CalendarDate) -> Result<(), EditError> {
        match self.check_in(id) {
            None => Err(EditError::NotFound),
            Some(c) if c.date != today => Err(EditError::NotToday),
            Some(_) => Ok(()),
        }
    }

    /// Every rating of a life area, oldest first.
    pub fn area_points(&self, domain: &str) -> Vec<AreaPoint> {
        self.check_ins
            .iter()
            .filter_map(|c| {
                let area = c.area(domain)?;
                Some(AreaPoint {
                    date: c.date,
                    rating: area.rating?,
                    helped: area.helped.clone(),
                })
            })
            .collect()
    }

    /// Where a life area started and where it is now; `None` when it was never rated.
    pub fn area_summary(&self, domain: &str) -> Option<AreaSummary> {
        let points = self.area_points(domain);
        Some(AreaSummary {
            first: points.first()?.clone(),
            latest: points.last()?.clone(),
            count: points.len(),
        })
    }

    /// The life areas any check-in answered, in `offered` order first, then any others (a
    /// copy from another service's page may have areas this page does not offer).
    pub fn areas_answered(&self, offered: &[String]) -> Vec<String> {
        let mut areas: Vec<String> = offered
            .iter()
            .filter(|d| self.check_ins.iter().any(|c| c.area(d).is_some()))
            .cloned()
            .collect();
        for c in &self.check_ins {
            for a in &c.areas {
                if !areas.contains(&a.domain) {
                    areas.push(a.domain.clone());
                }
            }
        }
        areas
    }

    /// Two check-ins side by side: each life area either answered, in `offered` order then
    /// any others, with its rating in each (`None`: skipped or not rated there).
    pub fn compare(
        &self,
        earlier: &ItemId,
        later: &ItemId,
        offered: &[String],
    ) -> Vec<(String, Option<u8>, Option<u8>)> {
        let (Some(a), Some(b)) = (self.check_in(earlier), self.check_in(later)) else {
            return Vec::new();
        };
        let both = Journey {
            check_ins: vec![a.clone(), b.clone()],
        };
        both.areas_answered(offered)
            .into_iter()
            .map(|d| {
                let (x, y) = (a.rating(&d), b.rating(&d));
                (d, x, y)
            })
            .collect()
    }

    /// Puts the check-ins in date order (after merging two copies); check-ins of one day keep
    /// their order.
    pub(crate) fn sort(&mut self) {
        self.check_ins.sort_by_key(|c| c.date);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u8) -> CalendarDate {
        CalendarDate::new(2026, 12, d).unwrap()
    }

    fn at(ms: i64) -> Timestamp {
        Timestamp::from_millis(ms)
    }

    fn id(s: &str) -> ItemId {
        ItemId::new(s)
    }

    #[test]
    fn the_first_answer_of_a_day_starts_its_check_in_and_the_rest_join_it() {
        let mut j = Journey::default();
        j.rate(day(1), "money", Some(3), id("a"), at(1)).unwrap();
        j.rate(day(1), "health", Some(7), id("b"), at(2)).unwrap();
        j.write_helped(day(1), "money", "Budget app", id("c"), at(3))
            .unwrap();
        assert_eq!(j.check_ins.len(), 1);
        let c = &j.check_ins[0];
        assert_eq!(c.id, id("a"));
        assert_eq!(c.rating("money"), Some(3));
        assert_eq!(c.rating("health"), Some(7));
        assert_eq!(c.area("money").unwrap().helped, "Budget app");
    }

    #[test]
    fn a_check_in_can_change_on_its_own_day_and_is_kept_after() {
        let mut j = Journey::default();
        j.rate(day(1), "money", Some(3), id("a"), at(1)).unwrap();
        j.rate(day(1), "money", Some(4), id("x"), at(2)).unwrap();
        assert_eq!(j.check_ins[0].rating("money"), Some(4));
        assert!(j.can_change(&id("a"), day(1)));
        // The next day starts a new check-in; the first is as it was.
        j.rate(day(2), "money", Some(6), id("b"), at(3)).unwrap();
        assert_eq!(j.check_ins.len(), 2);
        assert_eq!(j.check_ins[0].rating("money"), Some(4));
        assert!(!j.can_change(&id("a"), day(2)));
        assert_eq!(
            j.check_can_change(&id("a"), day(2)),
            Err(EditError::NotToday)
        );
        assert_eq!(j.check_can_change(&id("b"), day(2)), Ok(()));
        assert_eq!(
            j.check_can_change(&id("zz"), day(2)),
            Err(EditError::NotFound)
        );
    }

    #[test]
    fn ratings_past_ten_are_refused_and_any_area_can_be_skipped() {
        let mut j = Journey::default();
        assert_eq!(
            j.rate(day(1), "money", Some(11), id("a"), at(1)),
            Err(EditError::OutOfRange)
        );
        assert!(j.check_ins.is_empty());
        j.rate(day(1), "money", Some(0), id("a"), at(1)).unwrap();
        j.rate(day(1), "health", Some(10), id("a"), at(1)).unwrap();
        j.rate(day(1), "money", None, id("a"), at(2)).unwrap();
        assert_eq!(j.check_ins[0].area("money"), None);
        // Skipping the last answer takes the empty check-in away.
        j.rate(day(1), "health", None, id("a"), at(3)).unwrap();
        assert!(j.check_ins.is_empty());
    }

    #[test]
    fn words_alone_keep_an_area_and_blank_words_are_none() {
        let mut j = Journey::default();
        j.write_helped(day(1), "work", "  ", id("a"), at(1))
            .unwrap();
        assert!(j.check_ins.is_empty());
        j.write_helped(day(1), "work", "My boss ", id("a"), at(1))
            .unwrap();
        assert_eq!(j.check_ins[0].area("work").unwrap().helped, "My boss ");
        assert_eq!(j.check_ins[0].rating("work"), None);
        let long = "x".repeat(crate::inventory::MAX_TEXT_CHARS + 1);
        assert!(matches!(
            j.write_helped(day(1), "work", &long, id("a"), at(2)),
            Err(EditError::TooLong { .. })
        ));
    }

    #[test]
    fn noticed_signs_are_ticked_with_their_words_and_unticked() {
        let mut j = Journey::default();
        j.set_noticed(day(1), &id("t1"), " Bills piling up ", true, id("a"), at(1))
            .unwrap();
        assert!(j.check_ins[0].noticed(&id("t1")));
        assert_eq!(j.check_ins[0].noticed[0].text, "Bills piling up");
        j.set_noticed(day(1), &id("t1"), "Bills piling up", false, id("a"), at(2))
            .unwrap();
        assert!(j.check_ins.is_empty());
    }

    #[test]
    fn a_clock_set_back_keeps_the_check_ins_in_date_order() {
        let mut j = Journey::default();
        j.rate(day(5), "money", Some(5), id("a"), at(1)).unwrap();
        j.rate(day(2), "money", Some(2), id("b"), at(2)).unwrap();
        let dates: Vec<_> = j.check_ins.iter().map(|c| c.date).collect();
        assert_eq!(dates, [day(2), day(5)]);
        assert_eq!(
            j.rate(day(9), "money", Some(1), id("a"), at(3)),
            Err(EditError::Duplicate)
        );
    }

    #[test]
    fn rating_words_never_judge() {
        let cases = [
            (0, RatingWords::HarderTime),
            (3, RatingWords::HarderTime),
            (4, RatingWords::SomeOfEach),
            (6, RatingWords::SomeOfEach),
            (7, RatingWords::GoingWell),
            (10, RatingWords::GoingWell),
        ];
        for (rating, words) in cases {
            assert_eq!(RatingWords::of(rating), words, "{rating}");
        }
        assert_eq!(RatingWords::HarderTime.text().english(), "a harder time");
    }

    #[test]
    fn the_summary_is_the_first_the_latest_and_which_way_it_moved() {
        let mut j = Journey::default();
        assert_eq!(j.area_summary("money"), None);
        j.rate(day(1), "money", Some(3), id("a"), at(1)).unwrap();
        j.write_helped(day(1), "money", "Budget app", id("a"), at(1))
            .unwrap();
        let s = j.area_summary("money").unwrap();
        assert_eq!((s.first.rating, s.latest.rating, s.count), (3, 3, 1));
        assert_eq!(s.change(), Change::Same);
        j.write_helped(day(2), "money", "Only words", id("b"), at(2))
            .unwrap();
        j.rate(day(3), "money", Some(6), id("c"), at(3)).unwrap();
        let s = j.area_summary("money").unwrap();
        assert_eq!(s.first.helped, "Budget app");
        assert_eq!((s.first.date, s.latest.date), (day(1), day(3)));
        assert_eq!((s.first.rating, s.latest.rating, s.count), (3, 6, 2));
        assert_eq!(s.change(), Change::Higher);
        j.rate(day(4), "money", Some(2), id("d"), at(4)).unwrap();
        assert_eq!(j.area_summary("money").unwrap().change(), Change::Lower);
        let points: Vec<u8> = j.area_points("money").iter().map(|p| p.rating).collect();
        assert_eq!(points, [3, 6, 2]);
    }

    #[test]
    fn a_summary_is_said_once_or_with_which_way_it_moved() {
        let words = Catalogue::english();
        let number = |n: usize| n.to_string();
        let date = |d: CalendarDate| d.to_string();
        let mut j = Journey::default();
        j.rate(day(1), "money", Some(3), id("a"), at(1)).unwrap();
        let said = |j: &Journey| {
            j.area_summary("money")
                .unwrap()
                .said(&words, "Money", &number, &date)
        };
        assert_eq!(said(&j), "Money: 3 on 2026-12-01.");
        j.rate(day(2), "money", Some(6), id("b"), at(2)).unwrap();
        assert_eq!(said(&j), "Money: 3 on 2026-12-01, 6 now. This has grown.");
        j.rate(day(3), "money", Some(3), id("c"), at(3)).unwrap();
        assert_eq!(said(&j), "Money: 3 on 2026-12-01, 3 now.");
        j.rate(day(4), "money", Some(1), id("d"), at(4)).unwrap();
        assert_eq!(
            said(&j),
            "Money: 3 on 2026-12-01, 1 now. A harder time lately."
        );
        assert_eq!(rating_said(&words, 7, &number), "7 out of 10: going well");
    }

    #[test]
    fn two_check_ins_side_by_side_show_each_areas_rating_or_none() {
        let mut j = Journey::default();
        j.rate(day(1), "money", Some(3), id("a"), at(1)).unwrap();
        j.rate(day(1), "health", Some(5), id("a"), at(1)).unwrap();
        j.rate(day(9), "money", Some(6), id("b"), at(2)).unwrap();
        j.write_helped(day(9), "work", "A new shift", id("b"), at(2))
            .unwrap();
        let offered = ["money".to_owned(), "work".into(), "health".into()];
        assert_eq!(
            j.compare(&id("a"), &id("b"), &offered),
            [
                ("money".to_owned(), Some(3), Some(6)),
                ("work".to_owned(), None, None),
                ("health".to_owned(), Some(5), None),
            ]
        );
        assert!(j.compare(&id("a"), &id("gone"), &offered).is_empty());
    }

    #[test]
    fn areas_answered_follow_the_hosts_order_then_any_others() {
        let mut j = Journey::default();
        j.rate(day(1), "elsewhere", Some(3), id("a"), at(1))
            .unwrap();
        j.rate(day(1), "health", Some(3), id("a"), at(1)).unwrap();
        j.rate(day(1), "money", Some(3), id("a"), at(1)).unwrap();
        let offered = ["money".to_owned(), "work".into(), "health".into()];
        assert_eq!(j.areas_answered(&offered), ["money", "health", "elsewhere"]);
    }
}
