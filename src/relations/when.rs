//! Calendar dates in a sentence, resolved against the document's date: a
//! relation whose trigger is followed by a date later than the document's
//! ("pada 22 Juni", "on June 22", "Sabtu ( 21 / 10 )") is planned.
//!
//! The forms read are day–month–year ("22 Juni 2025", "22 June"),
//! month–day–year ("June 22, 2025") and the bracketed numeric dateline of
//! Indonesian news ("( 21 / 10 )", "( 21 / 10 / 2017 )"). The month names
//! are the calendar's (`base::dates`). A date without a year is taken in
//! the year that puts it nearest to the document's date, so "22 Desember"
//! in a January article is last December's.

use super::lexicon::Lexicon;
use super::sentence::Sent;
use crate::base::dates::{day_number, month_number};

/// How many days after the document's date a date must fall to be in the
/// future: a document dated in UTC may name the next local day as today.
const MARGIN_DAYS: i64 = 1;

/// A document's date (`YYYY-MM-DD`, or longer with a time) as its year
/// and day number; `None` for anything else.
pub(super) fn doc_day(date: &str) -> Option<(u32, i64)> {
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = date.get(r)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let b = date.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    Some((y, day_number(y, m, d)?))
}

/// The number written by token `k` when it is a word of at most `digits`
/// ASCII digits.
fn number(s: &Sent, k: usize, digits: usize) -> Option<u32> {
    let t = s.toks.get(k).filter(|t| t.word)?;
    if t.norm.len() > digits || !t.norm.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.norm.parse().ok()
}

fn year(s: &Sent, k: usize) -> Option<u32> {
    number(s, k, 4).filter(|y| (1900..=2199).contains(y))
}

fn month(s: &Sent, k: usize) -> Option<u32> {
    let t = s.toks.get(k).filter(|t| t.word && !t.norm.is_empty())?;
    // "may" is a modal far more often than a month: only as "May 5"
    // after a capital
    if t.norm == "may" && !t.upper {
        return None;
    }
    // abbreviations are read only with a capital ("Des", "Oct")
    if t.norm.len() <= 3 && !t.upper {
        return None;
    }
    month_number(&t.norm).map(u32::from)
}

fn punct(s: &Sent, k: usize, c: &str) -> bool {
    s.toks.get(k).is_some_and(|t| !t.word && t.norm == c)
}

/// A date starting at token `k`: (year if written, month, day).
fn date_at(s: &Sent, k: usize) -> Option<(Option<u32>, u32, u32)> {
    // "22 Juni 2025", "22 June"
    if let (Some(d), Some(m)) = (number(s, k, 2), month(s, k + 1)) {
        return Some((year(s, k + 2), m, d));
    }
    // "June 22, 2025", "June 22"
    if let (Some(m), Some(d)) = (month(s, k), number(s, k + 1, 2)) {
        let y = if punct(s, k + 2, ",") {
            year(s, k + 3)
        } else {
            year(s, k + 2)
        };
        return Some((y, m, d));
    }
    // "( 21 / 10 )", "( 21 / 10 / 2017 )": the dateline of Indonesian news
    if punct(s, k, "(") && punct(s, k + 2, "/") {
        let (d, m) = (number(s, k + 1, 2)?, number(s, k + 3, 2)?);
        if punct(s, k + 4, ")") {
            return Some((None, m, d));
        }
        if punct(s, k + 4, "/") && punct(s, k + 6, ")") {
            return Some((Some(year(s, k + 5)?), m, d));
        }
    }
    None
}

/// Whether a date starting at token `k` falls after the document's date
/// `doc` (from [`doc_day`]).
pub(super) fn later_date_at(s: &Sent, k: usize, doc: (u32, i64)) -> bool {
    let Some((y, m, d)) = date_at(s, k) else {
        return false;
    };
    let (doc_year, doc_day) = doc;
    let day = match y {
        Some(y) => day_number(y, m, d),
        // the reading nearest to the document's date
        None => [doc_year.saturating_sub(1), doc_year, doc_year + 1]
            .into_iter()
            .filter_map(|y| day_number(y, m, d))
            .min_by_key(|n| (n - doc_day).abs()),
    };
    day.is_some_and(|n| n - doc_day > MARGIN_DAYS)
}

/// The days of the past times a sentence names, resolved against the
/// document's date `doc`: a date ("22 May 2023", "( 21 / 5 )"), a month
/// with its year ("May 2023", "Mei 2023"), or a month marked as past by a
/// word of class `past_before` ("last May") or `past_after` ("Mei lalu"),
/// taken in the latest year that puts it before the document's date. A
/// month without its day gives its 15th.
pub(super) fn past_days(s: &Sent, lex: &Lexicon, doc: (u32, i64)) -> Vec<i64> {
    let (doc_year, doc_day) = doc;
    let mut out = Vec::new();
    for k in 0..s.toks.len() {
        if let Some((y, m, d)) = date_at(s, k) {
            let day = match y {
                Some(y) => day_number(y, m, d),
                None => [doc_year.saturating_sub(1), doc_year]
                    .into_iter()
                    .filter_map(|y| day_number(y, m, d))
                    .filter(|&n| n <= doc_day + MARGIN_DAYS)
                    .max(),
            };
            out.extend(day);
            continue;
        }
        let Some(m) = month(s, k) else {
            continue;
        };
        if let Some(y) = year(s, k + 1) {
            out.extend(day_number(y, m, 15));
            continue;
        }
        let word = |j: usize, class: &str| {
            s.toks
                .get(j)
                .is_some_and(|t| t.word && lex.in_class(class, &t.norm))
        };
        let past = (k > 0 && word(k - 1, "past_before")) || word(k + 1, "past_after");
        if past {
            let day = [doc_year, doc_year.saturating_sub(1)]
                .into_iter()
                .filter_map(|y| day_number(y, m, 15))
                .find(|&n| n <= doc_day);
            out.extend(day);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn later(text: &str, date: &str) -> bool {
        let mut s = Sent::default();
        super::super::text::tokenize(text, 0..text.len(), &mut s.toks);
        let doc = doc_day(date).expect("a date");
        (0..s.toks.len()).any(|k| later_date_at(&s, k, doc))
    }

    #[test]
    fn dates_are_resolved_against_the_document_date() {
        let table: &[(&str, &str, bool)] = &[
            ("pada 22 Juni", "2025-06-10", true),
            ("pada 22 Juni", "2025-06-25", false),
            ("on June 22", "2025-06-10", true),
            ("on June 22, 2024", "2025-06-10", false),
            ("pada 22 Juni 2026", "2025-06-25", true),
            // the nearest year: last December, not next
            ("pada 20 Desember", "2025-01-05", false),
            ("pada 5 Januari", "2024-12-20", true),
            ("Sabtu ( 21 / 10 )", "2017-10-19", true),
            ("Senin ( 16 / 10 )", "2017-10-19", false),
            ("Rabu ( 31 / 1 / 2018 )", "2018-02-01", false),
            // the day of the document and the next one are today
            ("pada 11 Juni", "2025-06-10", false),
            ("in 2030", "2025-06-10", false),
            ("he may 5 times", "2025-01-01", false),
            ("30 Februari", "2025-01-01", false),
        ];
        for &(text, date, want) in table {
            assert_eq!(later(text, date), want, "{text} / {date}");
        }
        assert_eq!(doc_day("2025-06-10T08:00:00Z").map(|d| d.0), Some(2025));
        assert_eq!(doc_day("10/06/2025"), None);
    }
}
