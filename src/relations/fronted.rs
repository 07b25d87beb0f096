//! Issue 17, twenty-third round, part A: a place fronted before a meeting.
//! "Di Singapura , ia langsung diterima ... oleh Y", "Pada Rabu sore (
//! 25/10 ) , di Kota Hanoi , X menerima Y", "In Baku , X met Y": a
//! sentence that opens with a place phrase (a word of class `venue_prep`,
//! a word of class `place_opener` may follow, then a place and a comma; a
//! dateline and a time phrase closed by a comma may come first) sets every
//! asserted meeting of the sentence in that place. Each person of such a
//! meeting becomes a candidate visit, settled by [`super::abroad::settle`]
//! as a meeting's venue is: the person at home, or of no known country,
//! or a place of no known country, gives nothing.

use super::abroad::ABROAD;
use super::appoint::mention_at;
use super::env::Env;
use super::instance::{Coref, RelationInstance};
use super::sentence::Sent;
use crate::base::types::{EntityType, Modality};

/// Most tokens of a time phrase before the fronted place, its comma
/// included ("Pada Rabu sore ( 25/10 ) ,").
const TIME_TOKENS: usize = 10;

/// The place mention of a place phrase opening sentence `s`, closed by a
/// comma; None when the sentence opens otherwise.
fn fronted_place(env: &Env, s: &Sent) -> Option<usize> {
    let lex = env.lex;
    let word = |k: usize, class: &str| {
        s.toks
            .get(k)
            .is_some_and(|t| t.word && !s.in_mention(k) && lex.in_class(class, &t.norm))
    };
    let mut k = 0;
    // a dateline "Hanoi :" (its names may be marked as no argument
    // already: capitalised words before the colon)
    if let Some(colon) = (1..4.min(s.toks.len())).find(|&j| s.toks[j].norm == ":") {
        if (0..colon).all(|j| s.toks[j].word && s.toks[j].upper) {
            k = colon + 1;
        }
    }
    // "Pada Rabu sore ( 25/10 ) ,": a time phrase naming no one
    if word(k, "met_time") && !word(k, "venue_prep") {
        let comma = (k + 1..(k + TIME_TOKENS).min(s.toks.len()))
            .take_while(|&j| !s.in_mention(j))
            .find(|&j| s.toks[j].norm == ",")?;
        k = comma + 1;
    }
    if !word(k, "venue_prep") {
        return None;
    }
    k += 1;
    if word(k, "place_opener") {
        k += 1;
    }
    let p = mention_at(s, k)?;
    let closed = s
        .toks
        .get(s.ments[p].toks.end)
        .is_some_and(|t| t.norm == ",");
    (s.ments[p].etype == EntityType::Place && closed).then_some(p)
}

/// Pushes to `out` a candidate visit to the fronted place of sentence `s`
/// (index `si`) for each person of every asserted meeting among
/// `out[first..]` of that sentence.
pub(super) fn push_fronted_visits(
    env: &Env,
    s: &Sent,
    si: u32,
    first: usize,
    out: &mut Vec<RelationInstance>,
) {
    let Some(doc) = out.get(first..) else {
        return;
    };
    if !doc.iter().any(|r| r.kind == "meets") {
        return;
    }
    let Some(p) = fronted_place(env, s) else {
        return;
    };
    let place = s.ments[p].entity;
    let mut add = Vec::new();
    for r in doc
        .iter()
        .filter(|r| r.kind == "meets" && r.sentence == si && r.modality == Modality::Asserted)
    {
        for (person, source) in [(r.source, true), (r.target, false)] {
            // a person named by a pronoun keeps its antecedent
            let coref: Vec<Coref> = r
                .coref
                .iter()
                .filter(|c| c.source == source)
                .map(|c| Coref {
                    source: true,
                    ..c.clone()
                })
                .collect();
            let trigger = r.trigger.clone();
            let pair = (person, place);
            super::env::push_coref(&mut add, ABROAD, pair, true, si, trigger, r.modality, coref);
        }
    }
    out.extend(add);
}
