//! Issue 17, thirtieth round, part C1: more of a reception's place and
//! its guest. "X was received on Thursday in Chisinau by Y": a passive
//! reception's venue phrase may stand between the trigger (a time phrase
//! first) and its agent. "menerima kedatangan X , bersama delegasi
//! Parlemen Polandia di ...": the body the guest's delegation comes from
//! is part of the entourage. "X berangkat dari Hotel Y , Z": a stay
//! left on the day; and no visit to an airport.

use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// The place of a venue phrase right after a passive reception `t` (a
/// time phrase maybe first), closing before the agent `agent` that
/// follows the trigger: "was received on Thursday in Chisinau by Y". The
/// phrase is read as [`super::reception::venue_place`] reads one after
/// the arguments, with the prepositions of class `preps`.
pub(super) fn before_agent(
    env: &Env,
    s: &Sent,
    t: &Trig,
    agent: usize,
    preps: &str,
) -> Option<usize> {
    let a = &s.ments[agent];
    if t.voice != Voice::Passive || a.toks.start < t.end {
        return None;
    }
    let from = t.end + super::met_place::after_time(env, s, t.end);
    super::reception::venue_place_by(env, s, from, preps)
        .filter(|&p| s.ments[p].toks.end <= a.ext.min(a.toks.start))
}

/// Most tokens of the name of a delegation's body.
const BODY_TOKENS: usize = 6;

/// Tokens of the name of the body a guest's delegation comes from, at
/// token `k` right after an entourage's phrase ("bersama delegasi
/// *Parlemen Polandia* di", "and a delegation of *the Polish Senate*
/// at"): a determiner maybe, then capitalised words and names of no
/// person, followed by a word of class `venue_prep`. Zero otherwise.
pub(super) fn delegation_body(env: &Env, s: &Sent, k: usize) -> usize {
    let mut j = k + usize::from(env.free_word_in(s, k, "determiner"));
    let first = j;
    while j < s.toks.len() && j < first + BODY_TOKENS {
        if let Some(m) = s.ments.iter().find(|m| m.toks.start == j && !m.nested) {
            if m.etype == EntityType::Person {
                return 0;
            }
            j = m.toks.end.max(j + 1);
            continue;
        }
        let w = &s.toks[j];
        if !w.word || !w.upper {
            break;
        }
        j += 1;
    }
    if j > first && env.free_word_in(s, j, "venue_prep") {
        j - k
    } else {
        0
    }
}

/// Notes in `out` a candidate visit of the subject `src` of a departure
/// (trigger `trigs[ti]`, active, asserted, opened by a word of class
/// `departure_verb`) to the town of the venue it leaves from, after a
/// word of class `departure_prep`: "X berangkat dari Grand Hotel Y ,
/// Bratislava , menuju ...". A stay
/// left on the day, settled by the persons' countries as a meeting's
/// venue is ([`super::abroad::settle`]): leaving home gives nothing.
pub(super) fn push_departed(
    env: &Env,
    s: &Sent,
    (trigs, ti): (&[Trig], usize),
    src: Option<usize>,
    si: u32,
    out: &mut Vec<super::instance::RelationInstance>,
) {
    let Some(t) = trigs.get(ti) else {
        return;
    };
    let Some(a) = src.filter(|&a| s.ments[a].etype == EntityType::Person) else {
        return;
    };
    let opened = s
        .toks
        .get(t.start)
        .is_some_and(|w| env.lex.tok_in_class("departure_verb", w));
    if !opened || t.voice != Voice::Active || s.ments[a].toks.start >= t.start {
        return;
    }
    if !env.free_word_in(s, t.end, "departure_prep") {
        return;
    }
    let Some(p) = super::reception::venue_place_by(env, s, t.end, "departure_prep") else {
        return;
    };
    let modality = super::modality::modality(env, s, trigs, ti);
    if modality == crate::base::types::Modality::Asserted {
        let trigger = env.span_text(s, t.start, t.end);
        super::abroad::push_candidate(env, s, a, p, (si, &trigger, modality), out);
    }
}

/// Drops from `out[first..]` (one document's instances) every `visits`
/// whose target is an airport (a place whose name's first or last word
/// is of class `airport_head`): heading to an airport is leaving, and the
/// golds count the town of an arrival, never its airport.
pub(super) fn drop_airport_visits(
    x: &super::index::Extractor,
    out: &mut Vec<super::instance::RelationInstance>,
    first: usize,
) {
    let airport = |e: u32| {
        let Some(ent) = x.gaz.entities.get(e as usize) else {
            return false;
        };
        let words: Vec<String> = ent
            .name
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .collect();
        // a head of two words ("bandar udara") opens the name
        let two = words.get(..2).map(|w| w.join(" "));
        [words.first().cloned(), words.last().cloned(), two]
            .iter()
            .flatten()
            .any(|w| x.lex.in_class("airport_head", w))
    };
    let mut i = first;
    out.retain(|r| {
        i += 1;
        i <= first || r.kind != "visits" || !airport(r.target)
    });
}
