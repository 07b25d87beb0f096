//! Issue 17, thirty-third round, part C2: the further legs of a tour.
//! "Harris arrived in Ghana for a state visit, part of a week-long African
//! tour that will also take her to Tanzania and Zambia", "his four-nation
//! tour, which will also take him to Australia, Indonesia and Vietnam":
//! the trip noun is the subject of a relative clause whose verb (class
//! `tour_take`) carries the traveller as its object and the places after
//! a preposition of class `tour_leg_prep`. Each place is a visit of the
//! traveller, to come unless the verb is past (class `tour_take_past`:
//! "which took him to Z"). The traveller is the tour's owner, not the
//! object pronoun's own reading: an object pronoun is resolved against
//! the persons of the sentence before, and the one named before it in
//! its own sentence, who travels, is ruled out there.

use super::env::{push_coref, Env};
use super::instance::{Coref, RelationInstance};
use super::morph::Voice;
use super::sentence::{may_hold, Sent};
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};

/// The relation kind of a tour and of its legs.
const VISITS: &str = "visits";
/// Most words of class `tour_adverb` between the relative word and the
/// verb ("that will also take").
const ADVERBS: usize = 3;
/// Most tokens of the modifiers before the trip noun that the walk back
/// to its owner passes ("his four - nation tour").
const MODIFIER_TOKENS: usize = 6;

/// Pushes to `out` a visit of the traveller of each tour of sentence `s`
/// (index `si`) to each place of the relative clause after it. `lead` is
/// the person who opened the sentence before, if it was the last to name
/// one (the traveller of "The trip is part of a tour that also takes him
/// to Z", when the sentence names no one before the noun).
pub(super) fn push_tour_legs(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    lead: Option<(u32, u32)>,
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    let lex = env.lex;
    if !may_hold!(s, lex, "tour_take") {
        return;
    }
    for t in trigs {
        let visit = lex.rules.get(t.rule).is_some_and(|r| r.kind == VISITS);
        // ("a long tour": an English noun read after a modifier keeps
        // the voice of a verb; only a passive is none)
        if !visit || t.voice == Voice::Passive {
            continue;
        }
        let Some((take, object, places)) = legs(env, s, t.end) else {
            continue;
        };
        let Some((person, coref)) = traveller(env, s, t.start, object, lead) else {
            continue;
        };
        let modality = if env.free_word_in(s, take, "tour_take_past") {
            Modality::Asserted
        } else {
            Modality::Planned
        };
        let trigger = env.span_text(s, take, take + 1);
        for p in places {
            push_coref(
                out,
                VISITS,
                (person, s.ments[p].entity),
                true,
                si,
                trigger.clone(),
                modality,
                coref.clone().into_iter().collect(),
            );
        }
    }
}

/// The relative clause right after a trip noun ending at token `from`: a
/// comma maybe, a word of class `tour_relative`, at most [`ADVERBS`] words
/// of class `tour_adverb`, a verb of class `tour_take`, its object (a
/// word of class `pronoun_object` or a person's mention), a preposition
/// of class `tour_leg_prep` and the places coordinated there. Gives the
/// verb's token, the object's first token and the places' mentions.
fn legs(env: &Env, s: &Sent, from: usize) -> Option<(usize, usize, Vec<usize>)> {
    let lex = env.lex;
    let mut k = from + usize::from(s.toks.get(from)?.norm == ",");
    if !env.free_word_in(s, k, "tour_relative") {
        return None;
    }
    k += 1;
    let mut adverbs = 0;
    while env.free_word_in(s, k, "tour_adverb") && adverbs < ADVERBS {
        k += 1;
        adverbs += 1;
    }
    if !env.free_word_in(s, k, "tour_take") {
        return None;
    }
    let take = k;
    let object = k + 1;
    let after = if env.free_word_in(s, object, "pronoun_object") {
        object + 1
    } else {
        let m = s
            .ment_at(object, lex, false)
            .filter(|&m| s.ments[m].etype == EntityType::Person)?;
        s.ments[m].toks.end
    };
    if !env.free_word_in(s, after, "tour_leg_prep") {
        return None;
    }
    let places = places_at(env, s, after + 1);
    (!places.is_empty()).then_some((take, object, places))
}

/// The places coordinated from token `k` on: a place's mention, then
/// again after a comma, a list word or both ("Vietnam, Thailand and
/// Indonesia", "Tanzania and Zambia").
fn places_at(env: &Env, s: &Sent, mut k: usize) -> Vec<usize> {
    let mut found = Vec::new();
    while let Some(p) = s
        .ment_at(k, env.lex, false)
        .filter(|&p| s.ments[p].etype == EntityType::Place && s.ments[p].free())
    {
        found.push(p);
        k = s.ments[p].toks.end;
        let comma = s.toks.get(k).is_some_and(|t| t.norm == ",");
        k += usize::from(comma);
        let list = s
            .toks
            .get(k)
            .is_some_and(|t| env.lex.tok_in_class("list", t));
        if !(comma || list) {
            break;
        }
        k += usize::from(list && s.toks[k].word);
    }
    found
}

/// Who takes the tour whose noun starts at token `start`, with the
/// pronoun's coreference if one names him: a resolved possessive pronoun
/// owning the noun ("his four-nation tour"), or `lead` for one left
/// unresolved in a sentence naming no one before it; else the person who opens
/// the sentence, after no preposition and no lowercase word; else, when
/// no person is named before the noun, the object's resolved pronoun
/// (`object` is its token) or `lead`, the opener of the sentence before.
/// A person named as the object is the traveller himself.
fn traveller(
    env: &Env,
    s: &Sent,
    start: usize,
    object: usize,
    lead: Option<(u32, u32)>,
) -> Option<(u32, Option<Coref>)> {
    let of = |m: usize| (s.ments[m].entity, env.mention_coref(s, m, true));
    let person_at = |k: usize| {
        s.ments
            .iter()
            .position(|m| m.toks.start == k && m.etype == EntityType::Person && !m.nested)
    };
    // "take President X to Z": the object named is the traveller (a
    // pronoun, resolved or not, is read below)
    if !env.lex.tok_in_class("pronoun_object", &s.toks[object]) {
        return person_at(object)
            .filter(|&m| s.ments[m].coref.is_none())
            .map(of);
    }
    let before: Vec<usize> = (0..s.ments.len())
        .filter(|&m| {
            let mm = &s.ments[m];
            mm.etype == EntityType::Person && mm.free() && mm.toks.end <= start
        })
        .collect();
    // an owner left unresolved leaves the traveller unknown, unless the
    // sentence names no one before it: "The Philippines is the first stop
    // of his four-nation tour, which will also take him to Z" after a
    // sentence opened by the traveller and naming his host
    if let Some(k) = owner(env, s, start) {
        let unnamed = before.is_empty();
        return match person_at(k) {
            Some(m) => Some(of(m)),
            None if unnamed => lead.map(|(p, from)| {
                let coref = Coref {
                    source: true,
                    mention: env.span_text(s, k, k + 1),
                    antecedent_sentence: from,
                };
                (p, Some(coref))
            }),
            None => None,
        };
    }
    if let Some(&m) = before.iter().min_by_key(|&&m| s.ments[m].ext) {
        let ext = s.ments[m].ext;
        let opens = (0..ext).all(|k| !s.is_lower(k) || !s.toks[k].word)
            && !super::args::preceded_by_prep(env, s, m);
        return opens.then(|| of(m));
    }
    if let Some(m) = person_at(object) {
        return Some(of(m));
    }
    let (p, from) = lead?;
    let coref = Coref {
        source: true,
        mention: env.span_text(s, object, object + 1),
        antecedent_sentence: from,
    };
    Some((p, Some(coref)))
}

/// The token of the possessive pronoun that owns the trip noun starting
/// at token `start`, past at most [`MODIFIER_TOKENS`] tokens of lowercase
/// words, numbers, hyphens and capitalised words ("his four - nation
/// tour"); None when a determiner or anything else comes first.
fn owner(env: &Env, s: &Sent, start: usize) -> Option<usize> {
    let lex = env.lex;
    let low = start.saturating_sub(MODIFIER_TOKENS + 1);
    for k in (low..start).rev() {
        let w = &s.toks[k];
        if w.word && lex.tok_in_class("possessive_pronoun", w) {
            return Some(k);
        }
        let modifier = (w.word && !lex.tok_in_class("determiner", w)) || w.norm == "-";
        if !modifier || lex.tok_in_class("prep", w) || lex.tok_in_class("list", w) {
            return None;
        }
    }
    None
}
