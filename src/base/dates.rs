//! Publication dates: parsing date strings (JSON Lines `date` fields) and
//! finding the date an article states, in Indonesian and English formats.
//!
//! Recognised forms: `2023-09-25`, `2023-09-25T08:10:00Z`, `2023/09/25`,
//! `25/9/2023`, `25-09-2023`, `25.09.2023` (day first, unless the day first
//! reading is impossible), `25 September 2023`, `25 Sep 2023`,
//! `Mon, 25 Sep 2023 08:10:00 +0000`, `September 25, 2023`,
//! `Sept. 25, 2023`, with weekday names and times around them ignored.
//! Indonesian month names and their usual abbreviations are accepted.
//! A date without a year ("Kamis (14/9)") is never guessed.

use std::ops::Range;

/// Month names and abbreviations (lowercase, without a final period), in
/// English and Indonesian, including old Indonesian spellings.
const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("januari", 1),
    ("jan", 1),
    ("february", 2),
    ("februari", 2),
    ("pebruari", 2),
    ("feb", 2),
    ("peb", 2),
    ("march", 3),
    ("maret", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("mei", 5),
    ("june", 6),
    ("juni", 6),
    ("jun", 6),
    ("july", 7),
    ("juli", 7),
    ("jul", 7),
    ("august", 8),
    ("agustus", 8),
    ("aug", 8),
    ("agu", 8),
    ("agt", 8),
    ("ags", 8),
    ("agst", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oktober", 10),
    ("oct", 10),
    ("okt", 10),
    ("november", 11),
    ("nopember", 11),
    ("nov", 11),
    ("nop", 11),
    ("december", 12),
    ("desember", 12),
    ("dec", 12),
    ("des", 12),
];

fn month_of(word: &str) -> Option<u8> {
    if word.len() > 9 {
        return None;
    }
    MONTHS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, m)| m)
}

/// The month (1–12) a name or abbreviation stands for, in English or
/// Indonesian ("Juni", "june", "Sept."); `None` for any other word.
pub fn month_number(word: &str) -> Option<u8> {
    month_of(word.strip_suffix('.').unwrap_or(word))
}

/// The number of day `d` of month `m` of year `y` on one running count
/// (consecutive days get consecutive numbers), or `None` when the day does
/// not exist: dates compare and subtract as these numbers.
pub fn day_number(y: u32, m: u32, d: u32) -> Option<i64> {
    if !real_day(y, m, d) {
        return None;
    }
    // days from civil (proleptic Gregorian), years starting in March
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe)
}

fn valid(y: u32, m: u32, d: u32) -> Option<String> {
    if !(1800..=2200).contains(&y) || !real_day(y, m, d) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// True when day `d` of month `m` exists in year `y` (Gregorian).
fn real_day(y: u32, m: u32, d: u32) -> bool {
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// The `YYYY-MM-DD` text of the number `YYYYMMDD`: what
/// `format!("{:04}-{:02}-{:02}", …)` of its parts gives, without the
/// formatter (graph.json and graph.db write one for each date of each
/// edge, in the serial end of a build).
pub fn ymd_text(d: u32) -> String {
    let (y, m, day) = (d / 10_000, d / 100 % 100, d % 100);
    if y > 9999 {
        return format!("{y:04}-{m:02}-{day:02}");
    }
    // `digit` writes the last decimal digit of each quotient (y is at
    // most 9999 here, month and day at most 99).
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let mut s = String::with_capacity(10);
    for c in [y / 1000, y / 100, y / 10, y] {
        s.push(digit(c));
    }
    s.push('-');
    s.push(digit(m / 10));
    s.push(digit(m));
    s.push('-');
    s.push(digit(day / 10));
    s.push(digit(day));
    s
}

/// True for `YYYY-MM-DD` naming a real calendar day, year 1 or later (the
/// form of every date gazegraph writes; also a valid `xs:date`).
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => y > 0 && real_day(y, m, d),
        _ => false,
    }
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    /// A run of ASCII digits: value and number of digits.
    Num(u32, usize),
    /// A run of letters.
    Word,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
}

fn tokens(s: &str, out: &mut Vec<Tok>) {
    out.clear();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            let mut v: u32 = 0;
            while i < b.len() && b[i].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add(u32::from(b[i] - b'0'));
                i += 1;
            }
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Num(v, i - start),
            });
        } else if b[i].is_ascii_alphabetic() {
            let start = i;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Word,
            });
        } else {
            i += 1;
        }
    }
}

/// The separator between two tokens, if short and made of `allowed` bytes
/// (spaces are always allowed).
fn sep<'a>(s: &'a str, a: &Tok, b: &Tok, allowed: &[u8]) -> Option<&'a str> {
    let between = s.get(a.end..b.start)?;
    let ok = between.len() <= 4
        && between
            .bytes()
            .all(|c| c == b' ' || c == b'\t' || allowed.contains(&c));
    ok.then_some(between)
}

fn num(t: &Tok, max_digits: usize) -> Option<u32> {
    match t.kind {
        Kind::Num(v, n) if n <= max_digits => Some(v),
        _ => None,
    }
}

fn year(t: &Tok) -> Option<u32> {
    match t.kind {
        Kind::Num(v, 4) => Some(v),
        _ => None,
    }
}

fn month_word(s: &str, t: &Tok) -> Option<u8> {
    match t.kind {
        Kind::Word => month_of(s.get(t.start..t.end)?),
        Kind::Num(..) => None,
    }
}

/// Tries every pattern starting at token `i`; returns the date and the
/// index one past its last token.
fn date_at(s: &str, t: &[Tok], i: usize) -> Option<(String, usize)> {
    let a = t.get(i)?;
    let b = t.get(i + 1)?;
    let c = t.get(i + 2)?;
    // yyyy-mm-dd, yyyy/mm/dd
    if let (Some(y), Some(m), Some(d)) = (year(a), num(b, 2), num(c, 2)) {
        if let (Some(s1), Some(s2)) = (sep(s, a, b, b"-/."), sep(s, b, c, b"-/.")) {
            if !s1.trim().is_empty() && s1 == s2 {
                return valid(y, m, d).map(|v| (v, i + 3));
            }
        }
    }
    // d/m/yyyy (day first, as in Indonesian and British usage; month first
    // only when the day-first reading is impossible)
    if let (Some(x), Some(z), Some(y)) = (num(a, 2), num(b, 2), year(c)) {
        if let (Some(s1), Some(s2)) = (sep(s, a, b, b"-/."), sep(s, b, c, b"-/.")) {
            if !s1.trim().is_empty() && s1.trim() == s2.trim() {
                return valid(y, z, x)
                    .or_else(|| valid(y, x, z))
                    .map(|v| (v, i + 3));
            }
        }
    }
    // 25 September 2023, 25 Sep 2023, 25-Sep-2023
    if let (Some(d), Some(m), Some(y)) = (num(a, 2), month_word(s, b), year(c)) {
        if sep(s, a, b, b"-.,").is_some() && sep(s, b, c, b"-.,").is_some() {
            return valid(y, u32::from(m), d).map(|v| (v, i + 3));
        }
    }
    // September 25, 2023; Sept. 25 2023
    if let (Some(m), Some(d), Some(y)) = (month_word(s, a), num(b, 2), year(c)) {
        if sep(s, a, b, b".").is_some() && sep(s, b, c, b",").is_some() {
            return valid(y, u32::from(m), d).map(|v| (v, i + 3));
        }
    }
    None
}

/// The first date stated in `s`, with its byte range.
pub fn find_date(s: &str) -> Option<(Range<usize>, String)> {
    find_date_with(s, &mut Vec::new())
}

/// [`find_date`] with a token buffer the caller reuses.
fn find_date_with(s: &str, toks: &mut Vec<Tok>) -> Option<(Range<usize>, String)> {
    tokens(s, toks);
    (0..toks.len()).find_map(|i| {
        let (date, end) = date_at(s, toks, i)?;
        let start = toks.get(i)?.start;
        let stop = toks.get(end.checked_sub(1)?)?.end;
        Some((start..stop, date))
    })
}

/// Parses a date string (a JSON Lines `date` field, or any text stating a
/// date) into `YYYY-MM-DD`; `None` if no valid date is found.
pub fn parse_date(s: &str) -> Option<String> {
    find_date(s).map(|(_, d)| d)
}

/// The first date in the dateline form `(d/m/yyyy)` ("Sabtu (12/7/2025)"),
/// which Indonesian news uses in the body; a form without year is skipped.
pub fn find_paren_date(s: &str) -> Option<String> {
    find_paren_date_with(s, &mut Toks::default())
}

/// Token buffer for [`find_paren_date_with`], reused from call to call.
#[derive(Default)]
pub(crate) struct Toks(Vec<Tok>);

/// [`find_paren_date`] with a token buffer the caller reuses.
pub(crate) fn find_paren_date_with(s: &str, toks: &mut Toks) -> Option<String> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(p) = memchr::memchr(b'(', b.get(from..)?) {
        let open = from + p;
        let close = memchr::memchr(b')', b.get(open..(open + 24).min(b.len()))?);
        if let Some(close) = close {
            let inner = s.get(open + 1..open + close)?;
            if inner.contains('/') {
                if let Some((_, d)) = find_date_with(inner, &mut toks.0) {
                    return Some(d);
                }
            }
        }
        from = open + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Senin, 25 September 2023, 08:10 WITA", Some("2023-09-25")),
            ("Sabtu, 21 Oktober 2023 - 09:50 WIB", Some("2023-10-21")),
            ("Minggu, 17 September 2023 |18:44 WIB", Some("2023-09-17")),
            ("Sabtu (12/7/2025)", Some("2025-07-12")),
            ("Kamis (14/9)", None),
            ("September 25, 2023", Some("2023-09-25")),
            ("Sept. 25, 2023", Some("2023-09-25")),
            ("25 Sep 2023", Some("2023-09-25")),
            ("2023-09-25", Some("2023-09-25")),
            ("2023-09-25T08:10:00Z", Some("2023-09-25")),
            ("Mon, 25 Sep 2023 08:10:00 +0000", Some("2023-09-25")),
            ("3 Agt 2020", Some("2020-08-03")),
            ("1 Mei 2019", Some("2019-05-01")),
            ("31 Desember 1999", Some("1999-12-31")),
            ("5 Okt 2021", Some("2021-10-05")),
            ("12/25/2023", Some("2023-12-25")),
            ("2023/9/5", Some("2023-09-05")),
            ("30 Februari 2023", None),
            ("29 Feb 2024", Some("2024-02-29")),
            ("29 Feb 2023", None),
            ("pada bulan Oktober 2023", None),
            ("Pukul 18:44 WIB", None),
            ("", None),
            ("Hoegeng Awards 2025", None),
        ];
        for (input, want) in cases {
            assert_eq!(parse_date(input).as_deref(), *want, "{input}");
        }
    }

    #[test]
    fn range_points_at_the_date() {
        let s = "Jurnalis-Minggu, 17 September 2023 |18:44 WIB";
        let (r, d) = find_date(s).unwrap();
        assert_eq!(&s[r], "17 September 2023");
        assert_eq!(d, "2023-09-17");
    }

    #[test]
    fn paren_dateline() {
        assert_eq!(
            find_paren_date("kata media pada Minggu (17/9/2023). Lalu (13/9)").as_deref(),
            Some("2023-09-17")
        );
        assert_eq!(find_paren_date("Kamis (14/9). Rabu (13/9)."), None);
        assert_eq!(
            find_paren_date("Senin ( 27 / 3 / 2017 )").as_deref(),
            Some("2017-03-27")
        );
        assert_eq!(find_paren_date("(2023)"), None);
    }

    #[test]
    fn ymd_text_is_the_formatted_date() {
        for d in [
            0,
            1,
            10_101,
            9_991_231,
            20_230_917,
            20_231_231,
            99_991_231,
            100_000_101,
            u32::MAX,
        ] {
            let want = format!("{:04}-{:02}-{:02}", d / 10_000, d / 100 % 100, d % 100);
            assert_eq!(ymd_text(d), want, "{d}");
        }
    }

    #[test]
    fn day_numbers_are_consecutive_across_months_and_years() {
        let n = |y, m, d| day_number(y, m, d).unwrap();
        assert_eq!(n(2024, 3, 1) - n(2024, 2, 28), 2);
        assert_eq!(n(2023, 3, 1) - n(2023, 2, 28), 1);
        assert_eq!(n(2025, 1, 1) - n(2024, 12, 31), 1);
        assert_eq!(n(2025, 1, 1) - n(2024, 1, 1), 366);
        assert_eq!(day_number(2023, 2, 29), None);
        assert_eq!(month_number("Juni"), Some(6));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("pada"), None);
    }
}
