//! A state's national body named by its demonym after a title's "of"
//! (fortieth round, part A): "X, the director of the Nicaraguan Social
//! Security Institute;", "the Vice President of the Nicaraguan Supreme
//! Court of Justice, X", "X, the head of the Eritrean National Security
//! Office". The body (a phrase of class `national_body`: a police, a
//! court, an institute, an office, a ruling council; never a chamber,
//! whose chair the policy gives no office) may follow up to three
//! capitalised words of its own name, and "of" with up to four more. The
//! body is the state's, so the office is the country's, as for
//! `title_close::demonym_body`'s ministries. Read only where a person
//! holds the title: right after the body (after a comma or not), or
//! before the title's comma when the apposition closes after the body.

use super::appoint::{comma_before_title, mention_at, person_at, punct};
use super::index::Extractor;
use super::sentence::Sent;
use super::title_close::demonym_body;
use super::title_words::demonym_before;
use crate::base::types::{EntityType, Via};

/// Most capitalised words of the body's own name before its class word.
const NAME_WORDS: usize = 3;

/// The country, its demonym's mention if the tagger kept one (a name
/// chunk may take it into the body's longer name: "the Nicaraguan Supreme
/// Electoral Council") and the end of the body's phrase for a title
/// starting at `ts` whose "of" (and determiner) ends before `at`: first a
/// ministry as `demonym_body` reads it, then a national body.
pub(super) fn national_body(
    s: &Sent,
    ts: usize,
    at: usize,
    x: &Extractor,
) -> Option<(u32, Option<usize>, usize)> {
    if let Some((m, end)) = demonym_body(s, at, x) {
        return Some((s.ments[m].entity, Some(m), end));
    }
    let m = mention_at(s, at);
    if m.is_some_and(|m| s.ments[m].via != Via::Demonym) {
        return None;
    }
    // the demonym's words, read from the tokens ("North Korean": two;
    // the longest first)
    let (e, n) = (1..=3)
        .rev()
        .filter(|&n| at + n <= s.toks.len())
        .filter_map(|n| {
            demonym_before(s, at + n, x)
                .filter(|d| d.1 == at)
                .map(|d| (d.0, n))
        })
        .next()?;
    if !x.countries.contains(&e) {
        return None;
    }
    let person = |j: usize| person_at(s, j).is_some();
    let cap = |k: usize| s.toks.get(k).is_some_and(|t| t.word && t.upper) && !person(k);
    let mut k = at + n;
    let mut body = 0;
    for _ in 0..=NAME_WORDS {
        let len = s.class_phrase_at(x.lex, "national_body", k);
        if len > 0 && (k..k + len).all(cap) {
            body = len;
            break;
        }
        if !cap(k) {
            return None;
        }
        k += 1;
    }
    if body == 0 {
        return None;
    }
    k += body;
    // "Supreme Court of Justice": "of" and up to four capitalised words
    if s.toks.get(k).is_some_and(|t| t.word && t.norm == "of") {
        let caps = (k + 1..k + 5).take_while(|&j| cap(j)).count();
        if caps > 0 {
            k += 1 + caps;
        }
    }
    if person(k) || (punct(s, k, &[","]) && person(k + 1)) {
        return Some((e, m, k));
    }
    // "X, the director of the Nicaraguan Social Security Institute;": the
    // holder named before the title's comma
    let closes = k >= s.toks.len() || punct(s, k, &[",", ".", ";"]);
    let before = comma_before_title(s, ts, x).is_some_and(|c| {
        s.ments
            .iter()
            .any(|p| !p.nested && p.toks.end == c && p.etype == EntityType::Person)
    });
    (closes && before).then_some((e, m, k))
}
