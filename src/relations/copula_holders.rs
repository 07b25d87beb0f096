//! A plural title of new holders as the subject of a copula over a list
//! of names, each with its country after "of" (issue 17, thirty-fourth
//! round, part A): "The new envoys are A of X, B of Y and C of Z", "The
//! newly accredited ambassadors were A of X and B of Y". The title (class
//! `plural_title`, also an office title) names no holder of its own; the
//! first name after the copula (class `plural_copula`) is its first
//! holder, with the country after his name, and `plural_title` gives the
//! office to the rest of the list as for "Presidents A of X and B of Y".
//!
//! The title must open its clause (a determiner at the sentence's start
//! or after punctuation) and carry no country of its own, and the words
//! between the determiner and the title must be a phrase of class
//! `new_holders` ("new", "newly accredited"): new holders are the ones an
//! accreditation names, while "The envoys were A of X" with no group of
//! envoys counted before says nothing of whose envoys they are
//! (twenty-fifth round's trap, `grouped.rs`). Every entry of the list must
//! be a person, "of" and a country closing the entry (a list word, a
//! comma or the sentence's end after it): "A of Braga" (a town), "B of
//! Bank Maju" (an organisation), "C of Chile Today" (a longer name) spoil
//! the whole list.

use super::appoint::{person_at, punct};
use super::index::Extractor;
use super::sentence::Sent;
use super::titles::TitleMatch;

/// Most entries of a list read after the copula.
const MOST: usize = 8;

/// Gives each plural title of new holders with no holder the first name
/// of a list set after a copula (see the module doc).
pub(super) fn copula_holders(
    s: &mut Sent,
    titles: &mut [TitleMatch],
    x: &Extractor,
    plural: &impl Fn(&Sent, &TitleMatch) -> bool,
) {
    for t in titles.iter_mut() {
        if t.person.is_some() || t.of.is_some() || !plural(s, t) || !new_holders(s, t, x) {
            continue;
        }
        let n = s.class_phrase_at(x.lex, "plural_copula", t.head.end);
        if n == 0 {
            continue;
        }
        let Some(q) = person_at(s, t.head.end + n) else {
            continue;
        };
        let Some(c) = country_list(s, q, x) else {
            continue;
        };
        t.person = Some(q);
        t.of = Some(s.ments[c].entity);
        s.ments[c].in_title = true;
    }
}

/// Whether title `t` opens its clause with a determiner and a phrase of
/// class `new_holders` before it, the determiner at the sentence's start
/// or after punctuation.
fn new_holders(s: &Sent, t: &TitleMatch, x: &Extractor) -> bool {
    let start = t.head.start;
    (1..=2).filter(|&n| n < start).any(|n| {
        let det = start - n - 1;
        s.toks[det].word
            && x.lex.tok_in_class("determiner", &s.toks[det])
            && s.class_phrase_at(x.lex, "new_holders", det + 1) == n
            && (det == 0 || punct(s, det - 1, &[",", ";", ":", "(", "\"", "-"]))
    })
}

/// The country of the first entry of the list starting with person `q`,
/// when every entry is a person, "of" and a country closing the entry.
fn country_list(s: &Sent, q: usize, x: &Extractor) -> Option<usize> {
    let mut first = None;
    let mut p = q;
    for _ in 0..MOST {
        let c = super::plural_title::country_after(s, p, x)
            .filter(|&c| x.countries.contains(&s.ments[c].entity))?;
        first.get_or_insert(c);
        let k = s.ments[c].toks.end;
        let list = s
            .toks
            .get(k)
            .is_some_and(|w| w.word && x.lex.in_class("list", &w.norm));
        if list || punct(s, k, &[","]) {
            p = person_at(s, k + 1)?;
            if list {
                // the last entry must close the sentence or its clause
                let c = super::plural_title::country_after(s, p, x)
                    .filter(|&c| x.countries.contains(&s.ments[c].entity))?;
                let end = s.ments[c].toks.end;
                let closed = end >= s.toks.len() || punct(s, end, &[",", ".", ";", "!", "?"]);
                return closed.then_some(first).flatten();
            }
        } else {
            let closed = k >= s.toks.len() || punct(s, k, &[".", ";", "!", "?"]);
            return closed.then_some(first).flatten();
        }
    }
    None
}
