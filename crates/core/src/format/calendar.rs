//! Reminders a person puts in their own calendar: an iCalendar file (RFC 5545) with one
//! all-day event, made here and handed over by the person. No server, no account.
//!
//! - The day is a `DATE` value (`DTSTART;VALUE=DATE:20261205`), with no time and no time zone,
//!   so it stays the day the person chose wherever the calendar is, and lasts `DURATION:P1D`
//!   (RFC 5545 3.6.1 and 3.8.2.5: a day-long event's duration in days). Not a `DTEND` of
//!   the next day: after 9999-12-31 there is no date an iCalendar `DATE` can write (four
//!   digits of year), and a reader given `100000101` reads another day altogether.
//! - Lines end in CRLF and are folded before 75 octets, never inside a character; text is
//!   escaped (`\\`, `;`, `,`, new lines).
//! - The `UID` is made from the step's id (or the day, for a reminder to look at the plan
//!   again), never from the person's words, so adding the same step again updates the event
//!   instead of making a second one.
//! - An alarm at 9 in the morning of the day (a `DISPLAY` alarm, relative to the start).
//!
//! ```
//! use recovery_core::format::calendar::{all_day_event, CalendarEvent};
//! use recovery_core::{CalendarDate, Timestamp};
//!
//! let ics = all_day_event(&CalendarEvent {
//!     uid: "step-s1@recovery-widgets".into(),
//!     day: CalendarDate::new(2026, 12, 5).unwrap(),
//!     summary: "Book the train; a seat, by the window".into(),
//!     description: "A step toward my goal: Visit Mum".into(),
//!     lang: "en".into(),
//! }, Timestamp::from_millis(1_795_426_200_250));
//! assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20261205\r\nDURATION:P1D\r\n"));
//! assert!(ics.contains("SUMMARY;LANGUAGE=en:Book the train\\; a seat\\, by the window\r\n"));
//! ```

use crate::goals::{Step, StepState};
use crate::time::{CalendarDate, Timestamp};

/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// A unique, stable id that says nothing personal.
    pub uid: String,
    /// The day.
    pub day: CalendarDate,
    /// The event's title, in the person's words.
    pub summary: String,
    /// A line about it, in the person's words.
    pub description: String,
    /// The language the words are in.
    pub lang: String,
}

/// The day a step can be put in a calendar for: its target date, while it is still open (a
/// step done, or that did not happen this time, needs no reminder).
pub fn reminder_day(step: &Step) -> Option<CalendarDate> {
    step.target.filter(|_| step.state() == StepState::Open)
}

/// The event for a step's target date: the step's words, and the goal it is for.
pub fn step_event(
    step_id: &str,
    step: &str,
    goal_note: &str,
    day: CalendarDate,
    lang: &str,
) -> CalendarEvent {
    CalendarEvent {
        uid: format!("step-{}@recovery-widgets", uid_safe(step_id)),
        day,
        summary: step.trim().to_owned(),
        description: goal_note.trim().to_owned(),
        lang: lang.to_owned(),
    }
}

/// The event for looking at the plan again on a day the person picks.
pub fn plan_review_event(title: &str, note: &str, day: CalendarDate, lang: &str) -> CalendarEvent {
    CalendarEvent {
        uid: format!("plan-review-{}@recovery-widgets", compact_date(day)),
        day,
        summary: title.to_owned(),
        description: note.to_owned(),
        lang: lang.to_owned(),
    }
}

/// The event as an iCalendar file, stamped `now` (`DTSTAMP`).
pub fn all_day_event(event: &CalendarEvent, now: Timestamp) -> String {
    let lang = if event.lang.is_empty()
        || !event
            .lang
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        "en".to_owned()
    } else {
        event.lang.clone()
    };
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//recovery-widgets//reminders//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape_text(&event.uid)),
        format!("DTSTAMP:{}", utc_stamp(now)),
        format!("DTSTART;VALUE=DATE:{}", compact_date(event.day)),
        "DURATION:P1D".to_owned(),
        format!("SUMMARY;LANGUAGE={lang}:{}", escape_text(&event.summary)),
        format!(
            "DESCRIPTION;LANGUAGE={lang}:{}",
            escape_text(&event.description)
        ),
        "TRANSP:TRANSPARENT".to_owned(),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{}", escape_text(&event.summary)),
        "TRIGGER;RELATED=START:PT9H".to_owned(),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    lines.iter().map(|l| fold(l)).collect()
}

/// A file name for a reminder: the day, nothing personal.
pub fn file_name(kind: &str, day: CalendarDate) -> String {
    format!("{kind}-{day}.ics")
}

/// `YYYYMMDD`.
fn compact_date(day: CalendarDate) -> String {
    format!("{:04}{:02}{:02}", day.year, day.month, day.day)
}

/// `YYYYMMDDTHHMMSSZ`, from the record's own RFC 3339 form.
fn utc_stamp(now: Timestamp) -> String {
    let text = now.to_string();
    let date_time: String = text
        .chars()
        .take(19)
        .filter(|c| *c != '-' && *c != ':')
        .collect();
    format!("{date_time}Z")
}

/// Only letters, digits, `-` and `_` from an id.
fn uid_safe(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}

/// RFC 5545 TEXT: backslash, semicolon and comma escaped, a new line written `\n`, and other
/// control characters dropped.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.replace("\r\n", "\n");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so that no line is longer than 75 octets (the CRLF apart), never
/// inside a character, each with its CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u8, d: u8) -> CalendarDate {
        CalendarDate::new(y, m, d).unwrap()
    }

    #[test]
    fn every_line_ends_in_crlf_and_fits_75_octets() {
        let long = "Ring the housing office about the repairs, and ask them to write it down — 住房办公室, بيت, ਘਰ ".repeat(4);
        let ics = all_day_event(
            &step_event(
                "s1",
                &long,
                "A step toward my goal: a home",
                day(2026, 12, 5),
                "en",
            ),
            Timestamp::from_millis(0),
        );
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
            assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
        }
        // Unfolded, the summary is the words as written.
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!(
            "SUMMARY;LANGUAGE=en:{}\r\n",
            escape_text(long.trim())
        )));
    }

    #[test]
    fn only_an_open_step_with_a_day_has_a_reminder_day() {
        let mut step = Step {
            id: crate::ItemId::new("s"),
            what: "Ring the clinic".into(),
            who: None,
            target: None,
            done: None,
            not_this_time: false,
            learned: String::new(),
            notes: String::new(),
            updated: Timestamp::from_millis(0),
        };
        assert_eq!(reminder_day(&step), None);
        step.target = Some(day(2026, 12, 5));
        assert_eq!(reminder_day(&step), Some(day(2026, 12, 5)));
        step.done = Some(day(2026, 12, 4));
        assert_eq!(reminder_day(&step), None);
        step.done = None;
        step.not_this_time = true;
        assert_eq!(reminder_day(&step), None);
    }

    #[test]
    fn text_is_escaped() {
        let cases = [
            ("plain", "plain"),
            ("a, b; c", "a\\, b\\; c"),
            ("back\\slash", "back\\\\slash"),
            ("two\nlines", "two\\nlines"),
            ("two\r\nlines", "two\\nlines"),
            (
                "END:VCALENDAR\r\nBEGIN:VEVENT",
                "END:VCALENDAR\\nBEGIN:VEVENT",
            ),
            ("bell\u{7}", "bell"),
        ];
        for (text, escaped) in cases {
            assert_eq!(escape_text(text), escaped, "{text:?}");
        }
    }

    #[test]
    fn the_day_is_all_day_and_lasts_one_day_up_to_the_last_day_a_date_can_hold() {
        let cases = [
            (day(2026, 12, 5), "20261205"),
            (day(2026, 12, 31), "20261231"),
            (day(2028, 2, 29), "20280229"),
            (day(1, 1, 1), "00010101"),
            (day(9999, 12, 31), "99991231"),
        ];
        for (d, start) in cases {
            let ics = all_day_event(
                &plan_review_event("Look", "again", d, "en"),
                Timestamp::from_millis(0),
            );
            assert!(
                ics.contains(&format!(
                    "\r\nDTSTART;VALUE=DATE:{start}\r\nDURATION:P1D\r\n"
                )),
                "{ics}"
            );
            assert!(ics.contains(&format!("UID:plan-review-{start}@recovery-widgets\r\n")));
            // Every date in the file is a four-digit year's: no DTEND past 9999.
            assert!(!ics.contains("DTEND"), "{ics}");
            for line in ics.split("\r\n").filter(|l| l.starts_with("DT")) {
                let value = line.rsplit(':').next().unwrap_or_default();
                assert!(value.len() == 8 || value.len() == 16, "{line}");
            }
        }
    }

    #[test]
    fn the_stamp_is_utc_and_the_uid_says_nothing_personal() {
        let event = step_event(
            "k3x9;<b>",
            "Open a savings account",
            "For: Save",
            day(2026, 12, 5),
            "zh-Hans",
        );
        let ics = all_day_event(&event, Timestamp::from_millis(1_795_426_200_250));
        assert!(ics.contains("\r\nDTSTAMP:20261123T093000Z\r\n"), "{ics}");
        assert!(ics.contains("\r\nUID:step-k3x9b@recovery-widgets\r\n"));
        assert!(ics.contains("\r\nSUMMARY;LANGUAGE=zh-Hans:Open a savings account\r\n"));
        let odd = CalendarEvent {
            lang: "en\r\nX:1".into(),
            ..event
        };
        assert!(all_day_event(&odd, Timestamp::from_millis(0)).contains("SUMMARY;LANGUAGE=en:"));
    }
}
