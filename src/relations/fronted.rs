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
//!
//! Twenty-sixth round, part C: a sentence placing the meetings of the
//! sentence before ("Pertemuan itu berlangsung Selasa di gedung X ,
//! Jakarta", "the two meetings were held in private at Lima 's Torre
//! Tagle Palace") sets those meetings in its town, settled the same way.

use super::abroad::ABROAD;
use super::appoint::mention_at;
use super::env::Env;
use super::instance::RelationInstance;
use super::lexicon::ArgType;
use super::sentence::{may_hold, Sent};
use crate::base::types::{EntityType, Modality};

/// Most tokens of a time phrase before the fronted place, its comma
/// included ("Pada Rabu sore ( 25/10 ) ,").
const TIME_TOKENS: usize = 10;

/// The place mention of a place phrase opening sentence `s`, closed by a
/// comma; None when the sentence opens otherwise.
fn fronted_place(env: &Env, s: &Sent) -> Option<usize> {
    let word = |k: usize, class: &str| env.free_word_in(s, k, class);
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

/// Most tokens between the verb placing a meeting and its preposition
/// ("berlangsung Selasa ( 5/9/2023 ) di", "were held separately and in
/// private at").
const HELD_GAP: usize = 10;
/// Most tokens of the venue phrase before its town.
const HELD_VENUE: usize = 16;

/// The town of a clause that places the meetings of the sentence before,
/// opening sentence `s` or following a comma: a meeting noun (class
/// `held_meeting`) marked as named before (a word of class `held_opener`
/// before it, a word of class `held_count` maybe between, or a word of
/// class `demonstrative` after it), a copula of class `presence` maybe, a verb of
/// class `held_verb`, then within `HELD_GAP` tokens with no name and no
/// clause word a preposition of class `venue_prep` and its venue's town
/// ([`held_town`]).
fn held_place(env: &Env, s: &Sent) -> Option<usize> {
    if !may_hold!(s, env.lex, "held_meeting") || !may_hold!(s, env.lex, "held_verb") {
        return None;
    }
    let word = |k: usize, class: &str| env.free_word_in(s, k, class);
    let opens = (0..s.toks.len()).filter(|&k| k == 0 || s.toks[k - 1].norm == ",");
    for start in opens {
        let named_before = word(start, "held_opener");
        let mut k = start + usize::from(named_before);
        k += usize::from(word(k, "held_count"));
        let mut named = named_before;
        if !word(k, "held_meeting") {
            continue;
        }
        k += 1;
        if word(k, "demonstrative") {
            named = true;
            k += 1;
        }
        k += usize::from(word(k, "presence"));
        if !named || !word(k, "held_verb") {
            continue;
        }
        if let Some(p) = town_after_verb(env, s, k) {
            return Some(p);
        }
    }
    None
}

/// The town of the venue phrase after the verb placing a meeting at token
/// `k`: within `HELD_GAP` tokens with no name and no clause word, a
/// preposition of class `venue_prep` and its venue's town
/// ([`held_town`]).
fn town_after_verb(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let lex = env.lex;
    for j in k + 1..(k + 1 + HELD_GAP).min(s.toks.len()) {
        let w = &s.toks[j];
        if s.in_mention(j) || (w.word && lex.tok_in_class("clause", w)) {
            break;
        }
        if w.word && lex.tok_in_class("venue_prep", w) {
            if let Some(p) = held_town(env, s, j + 1) {
                return Some(p);
            }
        }
    }
    None
}

/// The town of a participle or relative clause placing a meeting named
/// before, after a comma (thirtieth round, part C1): "At the start of the
/// meeting , held at Al Shati Palace in Abu Dhabi ,", "the talks , which
/// were held at ...", "Pertemuan itu , yang digelar di ...": a meeting
/// noun (class `held_meeting`) after a word of class `held_opener` (a
/// word of class `held_count` maybe between) or before one of class
/// `demonstrative`, a comma, a word of class `relative` and a copula of
/// class `presence` maybe, then a verb of class `held_verb` and its venue
/// ([`town_after_verb`]).
fn held_after_comma(env: &Env, s: &Sent) -> Option<usize> {
    if !may_hold!(s, env.lex, "held_meeting") || !may_hold!(s, env.lex, "held_verb") {
        return None;
    }
    let word = |k: usize, class: &str| env.free_word_in(s, k, class);
    for c in (2..s.toks.len()).filter(|&c| s.toks[c].norm == ",") {
        let shown = word(c - 1, "demonstrative") && word(c - 2, "held_meeting");
        let noun = word(c - 1, "held_meeting") && {
            let d = c - 1 - usize::from(c >= 3 && word(c - 2, "held_count"));
            d >= 1 && word(d - 1, "held_opener")
        };
        if !shown && !noun {
            continue;
        }
        let mut k = c + 1;
        k += usize::from(word(k, "relative"));
        k += usize::from(word(k, "presence"));
        if !word(k, "held_verb") {
            continue;
        }
        if let Some(p) = town_after_verb(env, s, k) {
            return Some(p);
        }
    }
    None
}

/// The town of the venue phrase starting at token `from`: capitalised
/// words, determiners, words of class `venue_walk`, `venue` or
/// `venue_prep`, names of no person, commas and brackets, up to a free
/// place of the town type that is no venue, opening the phrase or after a
/// comma or a preposition, and closing it (a
/// chain of towns after it gives its last, [`super::venue_town::town_after`]),
/// or a town owning the venue ("at Lima 's Torre Tagle Palace").
fn held_town(env: &Env, s: &Sent, from: usize) -> Option<usize> {
    let lex = env.lex;
    let mut k = from;
    while k < s.toks.len() && k < from + HELD_VENUE {
        if let Some(m) = mention_at(s, k) {
            let x = &s.ments[m];
            if x.etype == EntityType::Person {
                return None;
            }
            let town = x.etype == EntityType::Place
                && x.free()
                && env.type_ok(s, m, &[ArgType::Town])
                && !super::args::venue(env, s, m);
            let opened =
                k == from || s.toks[k - 1].norm == "," || word_in(env, s, k - 1, "venue_prep");
            if town && opened && super::reception::closes(env, s, x.toks.end) {
                return Some(super::venue_town::town_after(env, s, m).unwrap_or(m));
            }
            let owner = k == from || (k == from + 1 && word_in(env, s, from, "determiner"));
            if town && owner && super::args::possessor(s, m) {
                return Some(m);
            }
            k = x.toks.end.max(k + 1);
            continue;
        }
        let w = &s.toks[k];
        let part = if w.word {
            w.upper
                || lex.tok_in_class("determiner", w)
                || lex.tok_in_class("venue_walk", w)
                || lex.tok_in_class("venue", w)
                || lex.tok_in_class("venue_prep", w)
        } else {
            matches!(w.norm.as_str(), "," | "(" | ")")
        };
        if !part {
            return None;
        }
        k += 1;
    }
    None
}

/// Whether token `k` of `s` is a word of class `class`.
fn word_in(env: &Env, s: &Sent, k: usize, class: &str) -> bool {
    s.toks
        .get(k)
        .is_some_and(|t| t.word && env.lex.tok_in_class(class, t))
}

/// Pushes to `out` a candidate visit to the fronted place of sentence `s`
/// (index `si`) for each person of every asserted meeting among
/// `out[first..]` of that sentence, and to the town of a clause placing
/// the meetings of the sentence before ([`held_place`]) for each person of
/// those among `out[doc_first..]` (twenty-sixth round, part C).
pub(super) fn push_fronted_visits(
    env: &Env,
    s: &Sent,
    si: u32,
    (doc_first, first): (usize, usize),
    out: &mut Vec<RelationInstance>,
) {
    let before = si.checked_sub(1).and_then(|prev| {
        let p = held_place(env, s)?;
        Some((prev, s.ments[p].entity, doc_first))
    });
    let fronted = fronted_place(env, s).map(|p| (si, s.ments[p].entity, first));
    // "At the start of the meeting , held at X in Y , A welcomed B": the
    // meetings of the sentence and of the one before
    let held = held_after_comma(env, s).map(|p| s.ments[p].entity);
    let around = held.into_iter().flat_map(|place| {
        let prev = si.checked_sub(1).map(|prev| (prev, place, doc_first));
        prev.into_iter().chain([(si, place, first)])
    });
    for (sentence, place, from) in before.into_iter().chain(fronted).chain(around) {
        push_meeting_visits(out, from, (sentence, si), place);
    }
}

/// Pushes to `out` a candidate visit to `place` (noted in sentence `si`)
/// for each person of every asserted meeting of sentence `sentence` among
/// `out[from..]`.
fn push_meeting_visits(
    out: &mut Vec<RelationInstance>,
    from: usize,
    (sentence, si): (u32, u32),
    place: u32,
) {
    let Some(doc) = out.get(from..) else {
        return;
    };
    let mut add = Vec::new();
    for r in doc
        .iter()
        .filter(|r| r.kind == "meets" && r.sentence == sentence && r.modality == Modality::Asserted)
    {
        for (person, source) in [(r.source, true), (r.target, false)] {
            // a person named by a pronoun keeps its antecedent
            let coref = r.side_coref(source);
            let trigger = r.trigger.clone();
            let pair = (person, place);
            super::env::push_coref(&mut add, ABROAD, pair, true, si, trigger, r.modality, coref);
        }
    }
    out.extend(add);
}
