//! Issue 17, twenty-fourth round, part D: a title's seat told with its
//! country before a name in apposition. "Wali Kota Piraeus, Yunani,
//! Ioannis Moralis", "Gubernur Jawa Timur, Indonesia, X": the city's
//! country, after a comma, closed the title short, so the holder was
//! read as no argument and the meeting he came to was lost.

use super::appoint::mention_at;
use super::index::Extractor;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Whether the title's seat, a place ending at token `head_end`, is
/// followed by a comma, a country ending at `end`, a comma and a person's
/// name ("Piraeus , Yunani , X"). A coordinated list ("untuk PNG dan
/// Kepulauan Solomon X") is not this, nor a list of places ("A , B dan
/// C"): the country must be the one place after the seat.
pub(super) fn seat_country_apposed(s: &Sent, head_end: usize, end: usize, x: &Extractor) -> bool {
    let comma = |k: usize| s.toks.get(k).is_some_and(|t| t.norm == ",");
    let country = mention_at(s, head_end + 1).is_some_and(|c| {
        s.ments[c].etype == EntityType::Place
            && s.ments[c].toks.end == end
            && x.countries.contains(&s.ments[c].entity)
    });
    let named = mention_at(s, end + 1).is_some_and(|q| s.ments[q].etype == EntityType::Person);
    comma(head_end) && country && comma(end) && named
}
