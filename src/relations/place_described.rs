//! A place described by an apposition that says where it lies (issue 17,
//! twenty-seventh round, main's share): "Panjgur, a town in Balochistan",
//! "Panjgur, kota di Balochistan", "X, sebuah desa di Y", "El Fasher, the
//! capital of North Darfur State" give `located_in`. The apposition opens
//! with a noun of class `place_kind` (town, city, village, kota, desa,
//! ...) or of class `capital`, a few lowercase words around it, and a
//! link word (class `venue_in`, or English "of") before the place. A
//! capital of a country or a province is `apposition::capitals`'; this
//! pass takes the capital of a place of no known rank ("the capital of
//! North Darfur State": a user's region) and every `place_kind` noun.

use super::appoint::{mention_at, punct};
use super::env::Env;
use super::instance::RelationInstance;
use super::lexicon::ArgType;
use super::sentence::Sent;

/// The longest run of lowercase words an apposition may hold before its
/// place: "a small border town in", "sebuah kota kecil di".
const MAX_WORDS: usize = 6;

/// The place noun and where the described place starts, for the
/// apposition opening at token `k`: (noun start, noun end, capital, place
/// token). None when the words from `k` are no such apposition.
fn described_at(env: &Env, s: &Sent, k: usize) -> Option<(usize, usize, bool, usize)> {
    let lower = |j: usize| s.is_lower(j) && !s.in_mention(j);
    let run = (k..k + MAX_WORDS).take_while(|&j| lower(j)).count();
    // the noun: the first word of class `place_kind` or `capital` in the run
    let (noun, n, capital) = (k..k + run).find_map(|j| {
        let kind = s.class_phrase_at(env.lex, "place_kind", j);
        let cap = s.class_phrase_at(env.lex, "capital", j);
        if kind > 0 {
            Some((j, kind, false))
        } else if cap > 0 {
            Some((j, cap, true))
        } else {
            None
        }
    })?;
    // the link: a word of class `venue_in` ("in", "di") or "of"; an
    // Indonesian capital takes its place at once ("ibu kota Darfur Utara")
    let link = (noun + n..k + run).find(|&j| {
        let t = &s.toks[j];
        env.lex.tok_in_class("venue_in", t) || t.norm == "of"
    });
    let mut at = match link {
        Some(j) => j + 1,
        None if capital && noun + n == k + run => noun + n,
        None => return None,
    };
    // "in the north of", "in eastern Ukraine": the article and one
    // modifier of class `place_modifier` may stand before the place
    if s.toks.get(at).is_some_and(|t| t.word && t.norm == "the") {
        at += 1;
    }
    if s.is_lower(at) && env.lex.tok_in_class("place_modifier", &s.toks[at]) {
        at += 1;
    }
    Some((noun, noun + n, capital, at))
}

/// `located_in` for a place and the place its apposition names: "X , a
/// town in Y ,", "X , kota di Y", "X , the capital of Y". The described
/// place is no venue (`venue::described_venues`) and no country; the
/// place named closes its phrase.
pub(super) fn described_places(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    for x in 0..s.ments.len() {
        if !s.ments[x].free()
            || !env.type_ok(s, x, &[ArgType::City])
            || super::venue::venue(env, s, x)
        {
            continue;
        }
        let comma = s.ments[x].toks.end;
        if !punct(s, comma, &[","]) {
            continue;
        }
        let Some((noun, noun_end, capital, at)) = described_at(env, s, comma + 1) else {
            continue;
        };
        let Some(y) = mention_at(s, at).filter(|&y| {
            s.ments[y].free()
                && s.ments[y].entity != s.ments[x].entity
                && env.type_ok(s, y, &[ArgType::Place])
                && super::venue::closes(env, s, s.ments[y].toks.end)
        }) else {
            continue;
        };
        // a country's or a province's capital is `apposition::capitals`'
        if capital && !env.type_ok(s, y, &[ArgType::Town]) {
            continue;
        }
        let trigger = env.span_text(s, noun, noun_end);
        let pair = (s.ments[x].entity, s.ments[y].entity);
        super::venue::push_located(out, pair, si, trigger);
    }
}
