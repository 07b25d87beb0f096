//! Issue 17, thirty-ninth round, part C: an arrival names the town the
//! visitor came to. Three forms, each a candidate settled by the persons'
//! countries ([`super::abroad::settle`]: a visit only for a person whose
//! country is known and is not the town's, so a host at home, or a person
//! of no known country, gets none):
//! - an arrival phrase after its visitor: "He was welcomed on his arrival
//!   at the palace in Y", "met X , upon his arrival at Z Airport in Y"
//!   (a word of class `arrival_lead`, a possessive pronoun maybe, a noun
//!   of class `arrival_noun`, then a venue phrase);
//! - an arrival noun before its owner: "menyambut kedatangan X di
//!   Pangkalan Udara Z , Y" (the noun, the person, then a venue phrase);
//! - an arrival verb (class `arrival_verb`) or a passive reception (class
//!   `reception`) right before an airport named for its town: "X tiba di
//!   Bandar Udara Internasional Y", "X was received at the Y airport";
//!   the other venues of those verbs are read by the trigger rules.
//!
//! An airport named for its town ("the Y International Airport", "Bandar
//! Udara Internasional Y": a word of class `airport_head` at most two
//! capitalised words from a place) names the town the guest came to,
//! where the reception rule takes a place right after "at" for the
//! venue itself.

use super::env::Env;
use super::instance::RelationInstance;
use super::sentence::{may_hold, Sent};
use crate::base::types::{EntityType, Modality};

/// Most tokens between a visitor and the arrival phrase or verb after it
/// ("was warmly welcomed on").
const REACH: usize = 4;
/// Most capitalised words between an airport's head word and its town
/// ("International").
const NAME_GAP: usize = 2;
/// Most tokens before an arrival noun a plan's cue may stand at ("akan
/// menyambut kedatangan").
const CUE_REACH: usize = 3;

/// Notes in `out` a candidate visit of the visitor of each arrival of
/// sentence `s` (index `si`) to the town it names.
pub(super) fn push_arrival_places(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    let lex = env.lex;
    // (the cheap question first: most sentences hold no arrival word)
    let noun = may_hold!(s, lex, "arrival_noun");
    if !noun && !may_hold!(s, lex, "arrival_verb") && !may_hold!(s, lex, "reception") {
        return;
    }
    for k in 0..s.toks.len() {
        let Some((m, p)) = arrival_at(env, s, k) else {
            continue;
        };
        let trigger = env.span_text(s, k, k + 1);
        super::abroad::push_candidate(env, s, m, p, (si, &trigger, Modality::Asserted), out);
    }
}

/// The (visitor, town) mentions of an arrival whose word is token `k`,
/// if it is one of the three forms.
fn arrival_at(env: &Env, s: &Sent, k: usize) -> Option<(usize, usize)> {
    let word = |j: usize, c: &str| env.free_word_in(s, j, c);
    if word(k, "arrival_noun") && s.is_lower(k) {
        // "kedatangan X di ...": the owner named after the noun
        if let Some(m) = s
            .ment_at(k + 1, env.lex, false)
            .filter(|&m| s.ments[m].etype == EntityType::Person)
        {
            if planned_before(env, s, k) {
                return None;
            }
            let end = s.ments[m].toks.end;
            let p = super::reception::venue_place(env, s, end)
                .or_else(|| airport_after(env, s, end))?;
            return Some((m, p));
        }
        // "on his arrival at ...": the visitor before the lead word
        let mut lead = k.checked_sub(1)?;
        // ("his" may be a mention coref resolved: the visitor is still
        // the person before the lead word)
        let pronoun =
            s.toks[lead].word && env.lex.tok_in_class("possessive_pronoun", &s.toks[lead]);
        if pronoun {
            lead = lead.checked_sub(1)?;
        }
        if !word(lead, "arrival_lead") {
            return None;
        }
        let m = visitor_before(env, s, lead, false)?;
        let p = super::reception::venue_place(env, s, k + 1)
            .or_else(|| airport_after(env, s, k + 1))?;
        return Some((m, p));
    }
    let verb = word(k, "arrival_verb");
    if !verb && !word(k, "reception") {
        return None;
    }
    // "X was received at ...": an English reception is passive after "be"
    let m = visitor_before(env, s, k, !verb)?;
    Some((m, airport_after(env, s, k + 1)?))
}

/// The person ending at most [`REACH`] tokens before token `k`, only
/// commas and plain lowercase words between (no modality cue other than
/// asserted); with `passive`, an English one needs a word of class `be`
/// between ("was warmly welcomed"), an Indonesian one none ("disambut").
fn visitor_before(env: &Env, s: &Sent, k: usize, passive: bool) -> Option<usize> {
    let lex = env.lex;
    let m = s.last_before(k)?;
    let mm = &s.ments[m];
    let between = mm.toks.end..k;
    if mm.etype != EntityType::Person || between.len() > REACH {
        return None;
    }
    let plain = between
        .clone()
        .all(|j| s.toks[j].norm == "," || (s.is_lower(j) && env.plain_word(s, j)));
    let cue = between
        .clone()
        .any(|j| super::modality::cues_at(lex, s, j, k).any(|md| md != Modality::Asserted));
    // ("Y received X at ...": an active reception's visitor is its
    // object; "disambut" is a passive by its form)
    let voiced = !passive
        || s.toks[k].norm.starts_with("di")
        || between.clone().any(|j| env.free_word_in(s, j, "be"));
    (plain && !cue && voiced).then_some(m)
}

/// Whether a cue of a modality other than asserted stands within
/// [`CUE_REACH`] tokens before token `k` ("akan menyambut kedatangan").
fn planned_before(env: &Env, s: &Sent, k: usize) -> bool {
    (k.saturating_sub(CUE_REACH)..k)
        .any(|j| super::modality::cues_at(env.lex, s, j, k).any(|md| md != Modality::Asserted))
}

/// The town an airport names, the airport opening a venue phrase at token
/// `k` (a word of class `venue_prep`, then a determiner maybe): "at the
/// Y International Airport", "at the Y airport", "di Bandar Udara
/// Internasional Y". None for any other venue, or an airport that is
/// itself a name (no place mention in it).
pub(super) fn airport_after(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let lex = env.lex;
    if !env.free_word_in(s, k, "venue_prep") {
        return None;
    }
    let mut j = k + 1;
    if env.free_word_in(s, j, "determiner") && s.is_lower(j) {
        j += 1;
    }
    let upper = |i: usize| {
        s.toks
            .get(i)
            .is_some_and(|t| t.word && t.upper && !s.in_mention(i))
    };
    let place = |i: usize| {
        s.ments
            .iter()
            .position(|m| m.free() && m.toks.start == i && m.etype == EntityType::Place)
            .filter(|&m| !super::args::venue(env, s, m))
    };
    // "Bandar Udara Internasional Y": the head word first
    let head = s.class_phrase_at(lex, "airport_head", j);
    if head > 0 {
        let from = j + head;
        for i in from..=from + NAME_GAP {
            if let Some(m) = place(i) {
                return Some(m);
            }
            if !upper(i) {
                return None;
            }
        }
        return None;
    }
    // "the Y International Airport": the head word last
    let m = place(j)?;
    let from = s.ments[m].toks.end;
    for i in from..=from + NAME_GAP {
        if s.class_phrase_at(lex, "airport_head", i) > 0 {
            return Some(m);
        }
        if !upper(i) {
            return None;
        }
    }
    None
}
