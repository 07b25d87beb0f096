//! Actors the text describes instead of naming (issue 17, thirty-fifth
//! round, part C):
//!
//! - the object of a verb of class `control_verb` before a complementizer
//!   is the subject of the clause it opens: "Dja invited his Cape Verdean
//!   counterpart to visit Guinea-Bissau" is the counterpart's visit, not
//!   Dja's. When that object names nobody, the trigger after the
//!   complementizer has no subject ([`unnamed_object`]); a named object is
//!   found by the usual search, the nearest mention before the trigger.
//! - "at Boma, in Chad's Lac province", "at Kpekpakandi, in the Savanes
//!   region": a town set off by a comma, then the rule's preposition,
//!   lies in the province that follows ([`comma_prep_place`], read by
//!   `apposition::located_in` for the rules whose target is a province).

use super::env::Env;
use super::morph::Voice;
use super::sentence::{may_hold, Sent};
use super::triggers::Trig;
use crate::base::types::Via;

/// Most tokens of the object between a control verb and its
/// complementizer ("his Cape Verdean counterpart" has four).
const OBJECT_TOKENS: usize = 5;

/// Whether verb trigger `trig` follows a complementizer whose object
/// phrase, back to a verb of class `control_verb`, names nobody: at least
/// one word, none of them a preposition or a clause word, no punctuation,
/// and no mention but a demonym ("invited his Cape Verdean counterpart to
/// visit", "mengundang mitranya untuk berkunjung"). A passive or a verb
/// with no object ("was invited to visit", "asked to visit") keeps its
/// subject, and so does an agent phrase ("invited by the King to visit").
pub(super) fn unnamed_object(env: &Env, s: &Sent, trig: &Trig) -> bool {
    if trig.voice == Voice::Nominal || !may_hold!(s, env.lex, "control_verb") {
        return false;
    }
    let Some(c) = trig.start.checked_sub(1) else {
        return false;
    };
    if !env.free_word_in(s, c, "complementizer") {
        return false;
    }
    for j in (c.saturating_sub(OBJECT_TOKENS + 1)..c).rev() {
        if env.free_word_in(s, j, "control_verb") {
            // the object's first word may not be a preposition ("invited
            // by the King to visit": the agent, no object)
            return j + 1 < c && !env.free_word_in(s, j + 1, "prep");
        }
        let t = &s.toks[j];
        // a demonym names nobody, nor does a possessive pronoun standing
        // for someone named before ("his" of "his counterpart": a
        // pronoun's mention that does not end the object)
        let named = s.ments.iter().any(|m| {
            m.toks.contains(&j) && m.via != Via::Demonym && (m.coref.is_none() || m.toks.end == c)
        });
        if !t.word || named || env.free_word_in(s, j, "prep") || env.free_word_in(s, j, "clause") {
            return false;
        }
    }
    false
}

/// "at Boma, in Chad's Lac province": the mention after the comma at
/// token `comma` when a preposition of `preps` follows the comma (one
/// word of class `description`, "the", and words of class
/// `place_modifier` may come between): the place the one before the
/// comma lies in, once `apposition::located_in` checks it is a province
/// (or the possessive's place after it).
pub(super) fn comma_prep_place(
    env: &Env,
    s: &Sent,
    comma: usize,
    preps: &[String],
) -> Option<usize> {
    let p = s.toks.get(comma + 1)?;
    if !p.word || !s.is_lower(comma + 1) || !preps.contains(&p.norm) {
        return None;
    }
    let mut k = comma + 2;
    if env.free_word_in(s, k, "description") {
        k += 1;
    }
    k += super::owned_place::modifiers(env, s, k);
    s.ments.iter().position(|m| m.free() && m.toks.start == k)
}
