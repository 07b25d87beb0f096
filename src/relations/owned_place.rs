//! A place named after its country's possessive, in English:
//! "Tajikistan's Khujand", "Myanmar's Sagaing region", "Kenya's coastal
//! Lamu region" (`located_in`; twenty-second round). The appositive
//! patterns of `apposition::located_in` read the country after the place
//! only. A capital after its country's demonym, "the Somali capital of
//! Mogadishu", lies in that country (twenty-sixth round, main's share),
//! and so does a town after a demonym and a place noun, "the Uruguayan
//! city of Colonia" (twenty-eighth round, main's share; the golds of
//! heldout16, heldout17 and heldout23 have it, and `untuned/`'s was
//! brought in line: see docs/relations.md).

use super::appoint::{mention_at, punct};
use super::env::{push, Env};
use super::index::Extractor;
use super::instance::RelationInstance;
use super::lexicon::{ArgType, Lang};
use super::sentence::Sent;
use crate::base::types::Modality;

/// Lowercase words of class `place_modifier` ("coastal", "border",
/// "northern") from token `k`, at most two: how many.
pub(super) fn modifiers(env: &Env, s: &Sent, k: usize) -> usize {
    (k..k + 2)
        .take_while(|&j| s.is_lower(j) && env.lex.in_class("place_modifier", &s.toks[j].norm))
        .count()
}

/// Whether tokens `k..start`, between an owner's possessive and its
/// place, are modifiers ([`modifiers`]), then at most one place noun of
/// `nouns` ("region") and "of" or a comma after a modifier or the noun:
/// "northern region of", "port city of", "capital", "capital ," or
/// nothing.
fn lead_ok(env: &Env, s: &Sent, k: usize, start: usize, nouns: &[String]) -> bool {
    let mut j = k + modifiers(env, s, k).min(start - k);
    if j < start && s.is_lower(j) && nouns.contains(&s.toks[j].norm) {
        j += 1;
    }
    if j > k && j < start && s.is_lower(j) && s.toks[j].norm == "of" {
        j += 1;
    } else if j > k && j < start && s.toks[j].norm == "," {
        // "Bosnia-Herzegovina's capital, Sarajevo"
        j += 1;
    }
    j == start
}

/// Whether the place ending before token `k` closes its phrase: the
/// sentence's end, punctuation (no hyphen: "Kyiv-based"), a place noun
/// ("Sagaing region") or a word of class `owned_place_close` ("during",
/// "where"). "the US's Moscow embassy" names a building, not the city's
/// country.
fn closes(env: &Env, s: &Sent, k: usize, nouns: &[String]) -> bool {
    s.toks.get(k).is_none_or(|t| {
        (!t.word && t.norm != "-")
            || (!t.upper
                && (nouns.contains(&t.norm) || env.lex.in_class("owned_place_close", &t.norm)))
    })
}

/// `located_in` for a place after its country's possessive.
pub(super) fn owned_places(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    // (every place found stands after a possessive "'s": a sentence
    // holding none, most of them, is passed over before its mentions are
    // read once per rule; throughput, thirty-first round)
    if !s.holds_possessive_s() {
        return;
    }
    let rules = env
        .lex
        .rules
        .iter()
        .filter(|r| r.appositive && r.lang == Lang::En);
    for rule in rules {
        for y in 0..s.ments.len() {
            if !s.ments[y].free() || !env.type_ok(s, y, &rule.source) {
                continue;
            }
            let start = s.ments[y].toks.start;
            let end = s.ments[y].toks.end;
            // "Kenya's coastal Lamu region": the owner's possessive, then
            // modifiers; "Mozambique's northern region of Cabo Delgado":
            // then a place noun and "of"
            let owned = (0..=4).find_map(|n| {
                let k = start.checked_sub(n)?;
                (lead_ok(env, s, k, start, &rule.place_nouns) && s.possessive_s_before(k))
                    .then_some(k)?;
                let owner = s.ment_ending_at(k - 2)?;
                env.type_ok(s, owner, &rule.target).then_some(owner)
            });
            if let Some(owner) = owned.filter(|_| closes(env, s, end, &rule.place_nouns)) {
                let trigger = env.span_text(s, s.ments[owner].toks.start, end);
                let pair = (s.ments[y].entity, s.ments[owner].entity);
                push(out, &rule.kind, pair, true, si, trigger, Modality::Asserted);
            }
        }
    }
}

/// `located_in` for a city after a demonym and a word of class `capital`
/// or `demonym_place`: "the Somali capital of Mogadishu", "the Malian
/// capital, Bamako", "the Ukrainian capital Kyiv", "the Kenyan town of
/// Mandera", "the Colombian border town of Ipiales" (up to two modifiers
/// of class `place_modifier` first). The demonym must name one country
/// ([`Extractor::demonym_country`]), which needs no mention of its own.
pub(super) fn demonym_capitals(
    x: &Extractor,
    env: &Env,
    s: &Sent,
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    for k in 1..s.toks.len() {
        if !s.demonym[k - 1] || !s.is_lower(k) {
            continue;
        }
        // "the Colombian border town of Ipiales": up to two modifiers,
        // then a capital or a place noun
        // the longest lead first: "port city" is a modifier and a noun
        let Some((m, n)) = (0..=2).rev().find_map(|m| {
            let lead = |class: &str| s.class_phrase_at(env.lex, class, k + m);
            let n = lead("capital").max(lead("demonym_place"));
            (n > 0 && (k..k + m).all(|j| s.is_lower(j) && modifiers(env, s, j) > 0))
                .then_some((m, n))
        }) else {
            continue;
        };
        let Some((first, words)) = super::met_place::demonym_before(s, k, k) else {
            continue;
        };
        let Some(country) = x.demonym_country(&words) else {
            continue;
        };
        let n = m + n;
        let mut j = k + n;
        if s.toks
            .get(j)
            .is_some_and(|t| t.norm == "," || (t.word && t.norm == "of"))
        {
            j += 1;
        }
        let city_ok = |c: &usize| s.ments[*c].free() && env.type_ok(s, *c, &[ArgType::City]);
        // "Praia, the Cabo Verdean capital": the city may stand before, the
        // phrase in apposition after its comma
        let before = || {
            let det = first.checked_sub(1).filter(|&d| d >= 2)?;
            let apposed =
                env.lex.tok_in_class("determiner", &s.toks[det]) && punct(s, det - 1, &[","]);
            apposed
                .then(|| s.ment_ending_at(det - 1).filter(city_ok))
                .flatten()
        };
        let Some(c) = mention_at(s, j).filter(city_ok).or_else(before) else {
            continue;
        };
        let trigger = env.span_text(s, first, k + n);
        let pair = (s.ments[c].entity, country);
        super::venue::push_located(out, pair, si, trigger);
    }
}

/// Every `located_in` a sentence states by apposition, possessive or
/// venue: the passes of `apposition`, this module and `venue`, in order.
pub(super) fn places(x: &Extractor, env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    super::apposition::located_in(env, s, si, out);
    super::apposition::capitals(env, s, si, out);
    owned_places(env, s, si, out);
    demonym_capitals(x, env, s, si, out);
    super::venue::venues(env, s, si, out);
    super::venue::owned_venues(env, s, si, out);
    super::venue::described_venues(env, s, si, out);
    super::venue_named::named_towns(x, env, s, si, out);
    super::district::districts(env, s, si, out);
    super::place_described::described_places(env, s, si, out);
}
