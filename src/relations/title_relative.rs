//! A title told after its holder's name in a relative clause or a
//! capacity phrase (issue 17, thirty-sixth round, part A): "President X,
//! who is also chairperson of SADC", "X, who serves as Minister of Y",
//! "President X, in his capacity as Chair of the Southern African
//! Development Community, arrived", "X, yang menjabat Kepala Unit Y",
//! "Pangeran X, yang juga Menteri Energi Kerajaan Y". The title has its
//! country or organisation (the caller asks only then) and no name after
//! it; the phrase before it (class `title_relative`: a relative word
//! and a present copula or a verb of serving, or a capacity phrase; an
//! article may follow it) ties it to the person named right before the
//! phrase (a comma may stand between). A past copula ("who was", "yang
//! pernah menjabat") is no phrase of the class: an office held before.

use super::appoint::punct;
use super::index::Extractor;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Most words of a relative or capacity phrase ("yang saat ini
/// menjabat sebagai").
const PHRASE_WORDS: usize = 5;

/// The person (index into `s.ments`) a phrase of class `title_relative`
/// ending right before the title phrase at `start` (across one article)
/// ties it to: the person's name ends right before the phrase, or before
/// a comma right before it. `None` otherwise.
pub(super) fn relative_holder(s: &Sent, start: usize, x: &Extractor) -> Option<usize> {
    let det = start
        .checked_sub(1)
        .and_then(|k| s.toks.get(k))
        .is_some_and(|t| t.word && x.lex.tok_in_class("determiner", t));
    let end = start - usize::from(det && !s.in_mention(start - 1));
    // (the cheap question first: the word before must be a lowercase word)
    if end == 0 || !s.is_lower(end - 1) {
        return None;
    }
    let from = (1..=PHRASE_WORDS.min(end))
        .rev()
        .map(|n| end - n)
        .find(|&b| s.class_phrase_at(x.lex, "title_relative", b) == end - b)?;
    let name_end = from - usize::from(from > 0 && punct(s, from - 1, &[","]));
    s.ments
        .iter()
        .position(|m| !m.nested && m.toks.end == name_end && m.etype == EntityType::Person)
}
