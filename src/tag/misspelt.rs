//! Misspelt surnames (issue 16, round 16i): a known person's given names
//! followed by a word one letter off the person's surname ("Toni Kross"
//! for Toni Kroos, "Chris Hemswort", "Imam Nahrowi") name that person.
//! Before, the given name was a part of a longer unknown name and was
//! dropped as nested.
//!
//! One letter off: one letter changed, added or dropped, or two
//! neighbouring letters swapped, in a surname of five letters or more,
//! the first letter kept. The hit must end with the word that comes before
//! the surname in the person's name ("Toni" of "Toni Kroos", "Rizieq" of
//! "Rizieq Shihab"), and exactly one person of the hit must fit.
//!
//! Middle names (twenty-fifth round, part A): a known person's given
//! names, one or two capitalised words that no name of the gazetteer
//! covers, then the person's surname as written, closing the run of
//! capitalised words ("Yoweri Kaguta Museveni" for Yoweri Museveni, "William
//! Samoei Ruto" for William Ruto), name that person too.

use crate::gazetteer::Gazetteer;
use crate::tag::matcher::{Hit, TargetMatch};

/// Fewest letters of a surname that may be misspelt: shorter names are
/// too often other names one letter off ("Dani", "Dini").
const MIN_SURNAME: usize = 5;

/// The capitalised word right after `end`, blanks between: its byte range.
/// Letters and digits, with apostrophes and hyphens inside ("Asy'ari").
fn next_word(text: &str, end: usize) -> Option<(usize, usize)> {
    let rest = text.get(end..)?;
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let start = end + (rest.len() - trimmed.len());
    if start == end || !trimmed.chars().next()?.is_uppercase() {
        return None;
    }
    let mut stop = start;
    let mut it = trimmed.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let inner = matches!(c, '\'' | '\u{2019}' | '-')
            && it.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || (inner && i > 0) {
            stop = start + i + c.len_utf8();
        } else {
            break;
        }
    }
    Some((start, stop))
}

/// Is `word` one letter off `surname` (see the module doc), and not the
/// surname itself?
pub fn one_off(word: &str, surname: &str) -> bool {
    let (wn, sn) = (word.chars().count(), surname.chars().count());
    if sn < MIN_SURNAME || wn.abs_diff(sn) > 1 {
        return false;
    }
    let a: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    let b: Vec<char> = surname.chars().flat_map(char::to_lowercase).collect();
    if b.len() < MIN_SURNAME || a.len().abs_diff(b.len()) > 1 || a == b || a.first() != b.first() {
        return false;
    }
    // Optimal string alignment distance, stopped as soon as it passes 1.
    let (n, m) = (a.len(), b.len());
    let mut rows = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, d) in rows[0].iter_mut().enumerate() {
        *d = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
        if rows[i].iter().all(|&d| d > 1) {
            return false;
        }
    }
    rows[n][m] == 1
}

/// When `hit`, followed by a capitalised word ending before `next_start`
/// (the next hit), is a person's given names and that word one letter off
/// the person's surname, the end of the word and the person: exactly one
/// person among `targets` must fit.
pub fn person(
    gaz: &Gazetteer,
    text: &str,
    hit: &Hit,
    targets: &[TargetMatch],
    next_start: usize,
) -> Option<(usize, u32)> {
    let (start, end) = next_word(text, hit.end)?;
    if end > next_start {
        return None;
    }
    let word = &text[start..end];
    let last = text
        .get(hit.start..hit.end)?
        .split_whitespace()
        .next_back()?;
    let e = only_person(gaz, targets, |before, surname| {
        let same = before
            .chars()
            .flat_map(char::to_lowercase)
            .eq(last.chars().flat_map(char::to_lowercase));
        same && one_off(word, surname)
    })?;
    Some((end, e))
}

/// The one person of `targets` whose name's last two words (the word
/// before the surname, the surname) `fits`; none when no person or two
/// fit.
fn only_person(
    gaz: &Gazetteer,
    targets: &[TargetMatch],
    fits: impl Fn(&str, &str) -> bool,
) -> Option<u32> {
    let mut found = None;
    for t in targets {
        let Some(e) = gaz.entities.get(t.entity as usize) else {
            continue;
        };
        let mut names = e.name.split_whitespace().rev();
        let (Some(surname), Some(before)) = (names.next(), names.next()) else {
            continue;
        };
        if fits(before, surname) {
            if found.is_some_and(|f| f != t.entity) {
                return None;
            }
            found = Some(t.entity);
        }
    }
    found
}

/// Most unknown words between a person's given names and surname.
const MAX_MIDDLE: usize = 2;

/// When `hit`, followed by one or two capitalised words ending before
/// `next_start` (the next hit, which may be the surname itself: `next_end`)
/// and then a word equal to the surname of a person of `targets`, is that
/// person's given names, middle names and surname, the end of the surname
/// and the person (see the module doc). No capitalised word may follow
/// the surname, and exactly one person must fit.
pub fn middle(
    gaz: &Gazetteer,
    text: &str,
    hit: &Hit,
    targets: &[TargetMatch],
    (next_start, next_end): (usize, usize),
) -> Option<(usize, u32)> {
    let last = text
        .get(hit.start..hit.end)?
        .split_whitespace()
        .next_back()?;
    let mut words = Vec::with_capacity(MAX_MIDDLE + 2);
    let mut at = hit.end;
    while let Some((start, end)) = next_word(text, at).filter(|_| words.len() <= MAX_MIDDLE + 1) {
        words.push((start, end));
        at = end;
    }
    // the run closes at the surname: no capitalised word after it
    if words.len() < 2 || words.len() > MAX_MIDDLE + 1 {
        return None;
    }
    let (start, end) = *words.last()?;
    let middle_end = words[words.len() - 2].1;
    // no name of the gazetteer among the middle words; the surname may be
    // a hit of its own word alone
    if middle_end > next_start || (end > next_start && (start, end) != (next_start, next_end)) {
        return None;
    }
    let lower = |w: &str| w.chars().flat_map(char::to_lowercase).collect::<String>();
    let (word, last) = (lower(&text[start..end]), lower(last));
    let e = only_person(gaz, targets, |before, surname| {
        lower(before) == last && lower(surname) == word
    })?;
    Some((end, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_off() {
        let table = [
            ("Kross", "Kroos", true),        // one letter changed
            ("Hemswort", "Hemsworth", true), // one dropped
            ("Nahrowi", "Nahrawi", true),
            ("Makariem", "Makarim", true),
            ("Courtous", "Courtois", true),
            ("Kroso", "Kroos", true),   // two swapped
            ("Kroos", "Kroos", false),  // the surname itself
            ("KROOS", "Kroos", false),  // in capitals, the same
            ("Gross", "Kroos", false),  // another first letter
            ("Dani", "Dana", false),    // too short
            ("Kristo", "Kroos", false), // two or more letters off
            ("Widada", "Widodo", false),
        ];
        for (word, surname, want) in table {
            assert_eq!(one_off(word, surname), want, "{word} / {surname}");
        }
    }

    #[test]
    fn the_next_word() {
        let t = "dan Toni Kross menjelang, Hasyim Asy'ari kata; Ali  bin";
        let at = |w: &str| t.find(w).unwrap() + w.len();
        assert_eq!(
            next_word(t, at("Toni")).map(|(s, e)| &t[s..e]),
            Some("Kross")
        );
        assert_eq!(
            next_word(t, at("Hasyim")).map(|(s, e)| &t[s..e]),
            Some("Asy'ari")
        );
        assert_eq!(next_word(t, at("Kross")), None, "lowercase");
        assert_eq!(next_word(t, at("menjelang")), None, "a comma");
        assert_eq!(next_word(t, at("Ali")), None, "lowercase after blanks");
    }
}
