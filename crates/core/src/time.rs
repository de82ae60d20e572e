//! Moments in time, as the record stores them.
//!
//! Core has no clock: the bundle reads the browser's clock and passes a [`Timestamp`] into
//! every change. Timestamps are written as RFC 3339 text in UTC (`2026-11-23T09:30:00.250Z`)
//! so an exported file reads plainly and sorts as text.

use crate::error::NotADate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A moment in time: milliseconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

/// A calendar date (year, month 1–12, day 1–31) with no time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    /// The year, for example 2026.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

const MS_PER_DAY: i64 = 86_400_000;

impl Timestamp {
    /// The moment `millis` milliseconds after the Unix epoch.
    pub const fn from_millis(millis: i64) -> Self {
        Timestamp(millis)
    }

    /// Milliseconds since the Unix epoch.
    pub const fn millis(self) -> i64 {
        self.0
    }

    /// The UTC calendar date this moment falls on.
    pub fn utc_date(self) -> CalendarDate {
        civil_from_days(self.0.div_euclid(MS_PER_DAY))
    }

    /// Reads the RFC 3339 form this crate writes (`YYYY-MM-DDTHH:MM:SS[.fff]Z`, or with a
    /// `+HH:MM`/`-HH:MM` offset). Returns `None` for anything else.
    pub fn parse_rfc3339(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
            return None;
        }
        if b[13] != b':' || b[16] != b':' {
            return None;
        }
        let year = digits(&b[0..4])? as i32;
        let month = digits(&b[5..7])? as u8;
        let day = digits(&b[8..10])? as u8;
        let hour = digits(&b[11..13])?;
        let minute = digits(&b[14..16])?;
        let second = digits(&b[17..19])?;
        let date = CalendarDate::new(year, month, day)?;
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        let mut rest = &b[19..];
        let mut millis = 0i64;
        if let Some((b'.', fraction)) = rest.split_first() {
            let len = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
            if len == 0 {
                return None;
            }
            // Keep milliseconds; finer digits are dropped, never rounded up into the next second.
            for (i, c) in fraction[..len].iter().take(3).enumerate() {
                millis += i64::from(c - b'0') * [100, 10, 1][i];
            }
            rest = &fraction[len..];
        }
        let offset_minutes = match rest {
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let minutes = digits(&[*h1, *h2])? * 60 + digits(&[*m1, *m2])?;
                if *sign == b'+' {
                    minutes
                } else {
                    -minutes
                }
            }
            _ => return None,
        };
        let seconds = hour * 3600 + minute * 60 + second.min(59) - offset_minutes * 60;
        let moment = Timestamp(days_from_civil(date) * MS_PER_DAY + seconds * 1000 + millis);
        // An offset can carry a moment past year 0 or 9999, which could not be written back in
        // this form: refuse it rather than write what cannot be read.
        (0..=9999)
            .contains(&moment.utc_date().year)
            .then_some(moment)
    }
}

fn digits(bytes: &[u8]) -> Option<i64> {
    bytes.iter().try_fold(0i64, |acc, c| {
        c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
    })
}

/// Writes `value` as `N` decimal digits, zero-padded, into `out`.
fn put_digits<const N: usize>(out: &mut [u8], mut value: u32) {
    for slot in out[..N].iter_mut().rev() {
        *slot = b'0' + (value % 10) as u8;
        value /= 10;
    }
}

impl Timestamp {
    /// RFC 3339 in UTC with milliseconds, without `core::fmt` (a record holds thousands of
    /// times, and every save writes them all). `None` outside the years 0–9999.
    fn rfc3339(&self) -> Option<[u8; 24]> {
        let date = self.utc_date().digits()?;
        let ms_of_day = self.0.rem_euclid(MS_PER_DAY) as u32;
        let mut out = *b"0000-00-00T00:00:00.000Z";
        out[..10].copy_from_slice(&date);
        put_digits::<2>(&mut out[11..], ms_of_day / 3_600_000);
        put_digits::<2>(&mut out[14..], ms_of_day / 60_000 % 60);
        put_digits::<2>(&mut out[17..], ms_of_day / 1000 % 60);
        put_digits::<3>(&mut out[20..], ms_of_day % 1000);
        Some(out)
    }
}

impl fmt::Display for Timestamp {
    /// Writes RFC 3339 in UTC with milliseconds, for example `2026-11-23T09:30:00.250Z`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.rfc3339() {
            Some(bytes) => f.write_str(std::str::from_utf8(&bytes).map_err(|_| fmt::Error)?),
            None => {
                let date = self.utc_date();
                let ms_of_day = self.0.rem_euclid(MS_PER_DAY);
                let (h, m, s, ms) = (
                    ms_of_day / 3_600_000,
                    ms_of_day / 60_000 % 60,
                    ms_of_day / 1000 % 60,
                    ms_of_day % 1000,
                );
                write!(f, "{date}T{h:02}:{m:02}:{s:02}.{ms:03}Z")
            }
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.rfc3339() {
            Some(bytes) => serializer.serialize_str(std::str::from_utf8(&bytes).unwrap_or("")),
            None => serializer.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Timestamp::parse_rfc3339(&text).ok_or_else(|| {
            serde::de::Error::custom(format_args!("not an RFC 3339 date and time: {text:?}"))
        })
    }
}

impl CalendarDate {
    /// A date, or `None` when there is no such day (30 February, month 13).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if is_leap_year(year) => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month)
            .contains(&day)
            .then_some(CalendarDate { year, month, day })
    }
}

impl CalendarDate {
    /// Reads `YYYY-MM-DD` (what an `<input type="date">` gives). `None` for anything else,
    /// including days that do not exist.
    pub fn parse(text: &str) -> Option<Self> {
        let b = text.trim().as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        CalendarDate::new(
            digits(&b[0..4])? as i32,
            digits(&b[5..7])? as u8,
            digits(&b[8..10])? as u8,
        )
    }

    /// Reads a date box: empty is no date; anything else must be a real day.
    pub fn from_date_box(value: &str) -> Result<Option<Self>, NotADate> {
        if value.trim().is_empty() {
            return Ok(None);
        }
        CalendarDate::parse(value).map(Some).ok_or(NotADate)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: CalendarDate) -> i64 {
        days_from_civil(later) - days_from_civil(self)
    }

    /// The day after this one.
    pub fn next_day(self) -> CalendarDate {
        civil_from_days(days_from_civil(self) + 1)
    }
}

impl CalendarDate {
    /// `YYYY-MM-DD` without `core::fmt`; `None` outside the years 0–9999.
    fn digits(self) -> Option<[u8; 10]> {
        let year = u32::try_from(self.year).ok().filter(|y| *y <= 9999)?;
        let mut out = *b"0000-00-00";
        put_digits::<4>(&mut out, year);
        put_digits::<2>(&mut out[5..], u32::from(self.month));
        put_digits::<2>(&mut out[8..], u32::from(self.day));
        Some(out)
    }
}

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.digits() {
            Some(bytes) => serializer.serialize_str(std::str::from_utf8(&bytes).unwrap_or("")),
            None => serializer.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for CalendarDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        CalendarDate::parse(&text)
            .ok_or_else(|| serde::de::Error::custom("not a calendar date (YYYY-MM-DD)"))
    }
}

impl fmt::Display for CalendarDate {
    /// Writes `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

// Howard Hinnant's days-from-civil algorithms: exact for every proleptic Gregorian date.
fn days_from_civil(date: CalendarDate) -> i64 {
    let y = i64::from(date.year) - i64::from(date.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(date.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(date.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> CalendarDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    CalendarDate { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_box_is_empty_or_holds_a_real_day() {
        let day = CalendarDate::new(2026, 2, 28);
        let cases = [
            ("", Ok(None)),
            ("   ", Ok(None)),
            ("2026-02-28", Ok(day)),
            (" 2026-02-28 ", Ok(day)),
            ("2026-02-30", Err(NotADate)),
            ("28/02/2026", Err(NotADate)),
            ("soon", Err(NotADate)),
        ];
        for (value, read) in cases {
            assert_eq!(CalendarDate::from_date_box(value), read, "{value:?}");
        }
    }

    #[test]
    fn moments_outside_years_0_to_9999_are_refused_so_every_read_time_can_be_written_back() {
        for text in ["0000-01-01T00:00:00+00:01", "9999-12-31T23:59:59-00:01"] {
            assert_eq!(Timestamp::parse_rfc3339(text), None, "{text}");
        }
        for text in ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z"] {
            let moment = Timestamp::parse_rfc3339(text).unwrap();
            assert_eq!(Timestamp::parse_rfc3339(&moment.to_string()), Some(moment));
        }
    }

    #[test]
    fn writes_and_reads_rfc3339() {
        let cases = [
            (0, "1970-01-01T00:00:00.000Z"),
            (1_795_426_200_250, "2026-11-23T09:30:00.250Z"),
            (951_782_400_000, "2000-02-29T00:00:00.000Z"),
            (-1, "1969-12-31T23:59:59.999Z"),
        ];
        for (millis, text) in cases {
            let t = Timestamp::from_millis(millis);
            assert_eq!(t.to_string(), text);
            assert_eq!(serde_json::to_string(&t).unwrap(), format!("\"{text}\""));
            assert_eq!(Timestamp::parse_rfc3339(text), Some(t), "{text}");
        }
        // The quick writer and core::fmt agree, at the edges of the years written too.
        for text in [
            "0000-01-01T00:00:00.000Z",
            "0009-03-04T05:06:07.008Z",
            "9999-12-31T23:59:59.999Z",
        ] {
            let t = Timestamp::parse_rfc3339(text).unwrap();
            assert_eq!(t.to_string(), text);
            assert_eq!(serde_json::to_string(&t).unwrap(), format!("\"{text}\""));
        }
        let beyond = Timestamp::from_millis(253_402_300_800_000); // 10000-01-01
        assert_eq!(beyond.to_string(), "10000-01-01T00:00:00.000Z");
        assert_eq!(
            serde_json::to_string(&beyond).unwrap(),
            "\"10000-01-01T00:00:00.000Z\""
        );
    }

    #[test]
    fn reads_offsets_and_plain_seconds() {
        let utc = Timestamp::parse_rfc3339("2026-11-23T09:30:00Z").unwrap();
        assert_eq!(
            Timestamp::parse_rfc3339("2026-11-23T20:30:00+11:00"),
            Some(utc)
        );
        assert_eq!(
            Timestamp::parse_rfc3339("2026-11-23T04:30:00-05:00"),
            Some(utc)
        );
    }

    #[test]
    fn refuses_text_that_is_not_a_date() {
        for text in [
            "",
            "yesterday",
            "2026-02-30T00:00:00Z",
            "2026-11-23T25:00:00Z",
            "2026-11-23T09:30:00",
            "2026-11-23T09:30:00.Z",
            "2026-13-01T00:00:00Z",
        ] {
            assert_eq!(Timestamp::parse_rfc3339(text), None, "{text}");
        }
    }

    #[test]
    fn calendar_dates_read_and_write_as_iso_text() {
        let date = CalendarDate::parse("2026-12-05").unwrap();
        assert_eq!(date, CalendarDate::new(2026, 12, 5).unwrap());
        assert_eq!(date.to_string(), "2026-12-05");
        for bad in [
            "",
            "2026-2-5",
            "05/12/2026",
            "2026-02-30",
            "2026-12-05T00:00",
            "abcd-ef-gh",
        ] {
            assert_eq!(CalendarDate::parse(bad), None, "{bad}");
        }
        let from = CalendarDate::new(2026, 12, 30).unwrap();
        assert_eq!(from.days_until(CalendarDate::new(2027, 1, 6).unwrap()), 7);
        assert_eq!(
            from.days_until(CalendarDate::new(2026, 12, 29).unwrap()),
            -1
        );
    }

    #[test]
    fn calendar_dates_know_their_months() {
        assert!(CalendarDate::new(2024, 2, 29).is_some());
        assert!(CalendarDate::new(2026, 2, 29).is_none());
        assert!(CalendarDate::new(1900, 2, 29).is_none());
        assert!(CalendarDate::new(2026, 4, 31).is_none());
        assert!(CalendarDate::new(2026, 0, 1).is_none());
    }

    #[test]
    fn utc_date_round_trips_every_day_for_decades() {
        let start = days_from_civil(CalendarDate::new(1960, 1, 1).unwrap());
        for days in start..start + 365 * 80 {
            let date = civil_from_days(days);
            assert_eq!(days_from_civil(date), days);
            assert_eq!(
                CalendarDate::new(date.year, date.month, date.day),
                Some(date)
            );
        }
    }
}
