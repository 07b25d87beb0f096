//! Two title forms the readers missed (issue 17, thirty-eighth round,
//! part A).
//!
//! A title after a name behind an envoy's status written with a hyphen:
//! "A, Non-Resident Ambassador of X", "A, the non-resident High
//! Commissioner of X", and lists of such entries ("A, Non-Resident
//! Ambassador of X, B, Non-Resident Ambassador of Y, and C, ..."), where
//! each title is the name's before it. The status is a phrase of class
//! `title_modifier` whose words may be joined by hyphens
//! (`title_close::hyphened_phrase_at`); the comma readers of `appoint`
//! allowed only lowercase words or an unhyphened phrase there.
//!
//! An Indonesian minister's portfolio that goes on after the office
//! data's title with a coordination word: "Menteri Perdagangan *dan
//! Industri* Malaysia X", "Menteri Luar Negeri *dan Kerja Sama
//! Internasional* Gambia, X", "Menteri Luar Negeri *dan Urusan Eropa*
//! Republik Kroasia, X". The portfolio's run of
//! `title_run::run_to_country` opened with a capitalised word, so the
//! country behind "dan" was never reached. A run opened by a coordination
//! word is taken only when the holder's name follows the country: "Menteri
//! Perdagangan dan Kamar Dagang Jepang" names two bodies, no office.

use super::appoint::{determiner_at, mention_at, punct};
use super::index::Extractor;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Most tokens a status phrase is looked for over ("non - resident" is
/// three; a longer one with hyphens is five).
const MAX_STATUS: usize = 5;

/// The comma before a title at `start` after a name, when a status phrase
/// (class `title_modifier`, its words written apart or joined by hyphens)
/// ends right at the title and a comma, or a comma and a determiner, stand
/// before it: "A, Non-Resident Ambassador of X", "A, the non-resident
/// Ambassador of X". None otherwise.
pub(super) fn comma_before_status(s: &Sent, start: usize, x: &Extractor) -> Option<usize> {
    let det = |k: usize| determiner_at(s, k, x);
    // the longest phrase ending right at the title
    let b = (2..=MAX_STATUS)
        .rev()
        .filter_map(|n| start.checked_sub(n))
        .find(|&b| super::title_close::hyphened_phrase_at(s, b, x) == start - b)
        .or_else(|| {
            let b = start.checked_sub(1)?;
            (super::title_close::hyphened_phrase_at(s, b, x) == 1).then_some(b)
        })?;
    let c = b.checked_sub(1)?;
    if c >= 1 && punct(s, c, &[","]) {
        return Some(c);
    }
    let c = c.checked_sub(1)?;
    (c >= 1 && det(c + 1) && punct(s, c, &[","])).then_some(c)
}

/// The number of tokens of a status phrase at `k` that a title follows
/// ("Non-Resident" of "Non-Resident Ambassador"); 0 when none does, so a
/// list's next title is looked for past it.
pub(super) fn status_len(s: &Sent, k: usize, x: &Extractor) -> usize {
    if !s.toks.get(k).is_some_and(|t| t.word) {
        return 0;
    }
    let n = super::title_close::hyphened_phrase_at(s, k, x);
    if n > 0 && super::title_words::title_at(s, k + n, x).is_some() {
        n
    } else {
        0
    }
}

/// The first portfolio word after a coordination word at `k`, when the
/// title ends right before it with a portfolio word (a capitalised word
/// that heads no portfolio: "Perdagangan", "Negeri", not "Menteri" alone,
/// whose "dan" joins two offices). None otherwise.
pub(super) fn opening(s: &Sent, k: usize, x: &Extractor) -> Option<usize> {
    let coord = s
        .toks
        .get(k)
        .is_some_and(|t| t.word && !t.upper && x.lex.tok_in_class("coord", t));
    let last = k.checked_sub(1).and_then(|j| s.toks.get(j))?;
    let portfolio_end = last.word && last.upper && !x.lex.in_class("portfolio_head", &last.norm);
    (coord && portfolio_end && super::title_run::portfolio_word(s, k + 1, x)).then_some(k + 1)
}

/// Whether a person's name follows the country's mention starting at
/// `k`, right after it or after a comma.
pub(super) fn name_after_country(s: &Sent, k: usize) -> bool {
    let Some(c) = mention_at(s, k) else {
        return false;
    };
    let end = s.ments[c].toks.end;
    let at = end + usize::from(punct(s, end, &[","]));
    mention_at(s, at).is_some_and(|p| s.ments[p].etype == EntityType::Person)
}
