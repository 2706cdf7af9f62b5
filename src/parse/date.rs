//! A calendar date (`updated:` in front matter, git's last-change dates),
//! checked once when it is read and written back without re-parsing.

use serde::{Serialize, Serializer};
use std::fmt;

/// A valid calendar date; it prints as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Reads `YYYY-MM-DD` (four, two and two digits); `None` for anything
    /// else or a day the month does not have (2026-02-30).
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u16> {
            if b[r.clone()].iter().all(u8::is_ascii_digit) {
                text[r].parse().ok()
            } else {
                None
            }
        };
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let date = Date { year, month: u8::try_from(month).ok()?, day: u8::try_from(day).ok()? };
        ((1..=12).contains(&date.month) && (1..=date.days_in_month()).contains(&date.day)).then_some(date)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// 1 (January) to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    fn days_in_month(self) -> u8 {
        let leap = self.year.is_multiple_of(4) && (!self.year.is_multiple_of(100) || self.year.is_multiple_of(400));
        match self.month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Serialized as `YYYY-MM-DD`, the text it was read from.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_prints_as_it_was_written() {
        for text in ["2026-11-26", "2024-02-29", "0999-01-01", "2026-12-31"] {
            assert_eq!(Date::parse(text).map(|d| d.to_string()).as_deref(), Some(text));
        }
        let date = Date::parse("2026-03-07").unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2026, 3, 7));
    }

    #[test]
    fn a_non_date_is_refused() {
        for text in [
            "1st November",
            "2026-11-1",
            "26-11-2026",
            "2026/11/26",
            "2026-13-01",
            "2026-00-10",
            "2026-11-00",
            "2026-11-31",
            "2026-02-29",
            "1900-02-29",
            "+026-11-26",
            "2026-+1-26",
            "2026-11-26 ",
            "",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }

    #[test]
    fn a_date_serializes_as_its_text() {
        assert_eq!(serde_json::to_string(&Date::parse("2026-01-05")).unwrap(), "\"2026-01-05\"");
    }
}
