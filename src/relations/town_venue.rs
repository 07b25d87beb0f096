//! Issue 17, twenty-ninth round, part C1: two more shapes of a venue
//! phrase's town for [`super::reception::venue_place`]. "welcomed X at a
//! ceremony in Amsterdam's Dam Square", "spoke at Abidjan's Hotel
//! Ivoire": the town owns the venue by the English possessive, so the
//! venue's name after it no longer hides the town. "held an audience with
//! X in the Vatican", "met Y in the Philippines": a determiner between the
//! preposition and the place, as a country's or a city-state's name may
//! take one.

use super::env::Env;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Most tokens of the venue's name after the possessive.
const NAME_TOKENS: usize = 6;

/// Whether the place ending before token `end` owns a venue: the
/// possessive "'s", then a name (capitalised words, names of no person)
/// that ends the phrase ([`super::reception::closes`]).
pub(super) fn possessed_venue(env: &Env, s: &Sent, end: usize) -> bool {
    if !s.possessive_s_before(end + 2) {
        return false;
    }
    let mut k = end + 2;
    while k < s.toks.len() && k < end + 2 + NAME_TOKENS {
        if let Some(m) = s.ments.iter().position(|m| m.toks.start == k) {
            // "Amsterdam's Mayor X": a person is no venue
            if s.ments[m].etype == EntityType::Person {
                return false;
            }
            k = s.ments[m].toks.end.max(k + 1);
            continue;
        }
        let w = &s.toks[k];
        if !w.word || !w.upper {
            break;
        }
        k += 1;
    }
    k > end + 2 && super::reception::closes(env, s, k)
}

/// Whether the place starting at token `k` follows a determiner right
/// after a word of class `place_prep` ("in the Vatican"); a demonym is
/// no place ("in the Uruguayan city of Colonia" names Colonia).
pub(super) fn after_article(env: &Env, s: &Sent, k: usize) -> bool {
    let lex = env.lex;
    k >= 2
        && !s.demonym.get(k).copied().unwrap_or(false)
        && s.toks[k - 1].word
        && !s.in_mention(k - 1)
        && lex.tok_in_class("determiner", &s.toks[k - 1])
        && s.toks[k - 2].word
        && !s.in_mention(k - 2)
        && s.is_lower(k - 2)
        && lex.tok_in_class("place_prep", &s.toks[k - 2])
}
