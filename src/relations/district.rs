//! A quarter with its town (issue 17, twenty-seventh round, main's share):
//! "distrik perbelanjaan Karrada, Baghdad, Irak", "the Karrada district of
//! Baghdad", "in the shopping district of Karrada, Baghdad" give
//! `located_in` of the quarter in the town. A noun of class
//! `district_noun` (distrik, kelurahan, district, neighbourhood, ...) marks
//! the place as part of a town, so the town after it is where it lies, and
//! the country closing the chain is the town's (`apposition::located_in`
//! leaves the quarter's chain to it).

use super::appoint::{mention_at, punct};
use super::env::Env;
use super::instance::RelationInstance;
use super::lexicon::ArgType;
use super::sentence::Sent;

/// The tokens of the district noun naming mention `x` a quarter, and the
/// token where the town's link starts: "distrik [perbelanjaan] X" and
/// "[shopping] district of X" before it (the link after X), "X district"
/// after it (the link after the noun). None when no such noun stands
/// there.
fn district_noun(env: &Env, s: &Sent, x: usize) -> Option<(usize, usize, usize)> {
    let m = &s.ments[x];
    let noun_at = |j: usize| {
        let n = s.class_phrase_at(env.lex, "district_noun", j);
        (n > 0 && s.is_lower(j) && !s.in_mention(j)).then_some(n)
    };
    let start = m.toks.start;
    // "distrik X", "distrik perbelanjaan X" (the Indonesian modifier
    // follows the noun), "district of X"
    let of = start >= 1 && s.toks[start - 1].word && s.toks[start - 1].norm == "of";
    let before = (1..=2)
        .filter_map(|back| start.checked_sub(back + usize::from(of)))
        .find_map(|j| {
            let n = noun_at(j)?;
            let end = j + n;
            let gap = start - usize::from(of) - end;
            (gap <= 1 && (end..start - usize::from(of)).all(|g| s.is_lower(g)))
                .then_some((j, end, m.toks.end))
        });
    // "the Karrada district of Baghdad", "Karrada district , Baghdad"
    before.or_else(|| noun_at(m.toks.end).map(|n| (m.toks.end, m.toks.end + n, m.toks.end + n)))
}

/// Whether mention `x` is named a quarter of a town by a district noun
/// before or after it.
pub(super) fn quarter(env: &Env, s: &Sent, x: usize) -> bool {
    s.ments[x].free() && district_noun(env, s, x).is_some()
}

/// `located_in` for a quarter and the town after it: a comma, a word of
/// class `venue_in` ("di", "in") or, after an English noun, "of". The town
/// is no country or province and closes its phrase (a comma then only
/// before its country or province).
pub(super) fn districts(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    for x in 0..s.ments.len() {
        if !s.ments[x].free() || !env.type_ok(s, x, &[ArgType::Town]) {
            continue;
        }
        let Some((noun, noun_end, link)) = district_noun(env, s, x) else {
            continue;
        };
        let linked = punct(s, link, &[","])
            || s.toks.get(link).is_some_and(|t| {
                t.word
                    && (env.lex.tok_in_class("venue_in", t)
                        || (t.norm == "of" && noun == s.ments[x].toks.end))
            });
        if !linked {
            continue;
        }
        let town = mention_at(s, link + 1).filter(|&y| {
            s.ments[y].free()
                && s.ments[y].entity != s.ments[x].entity
                && env.type_ok(s, y, &[ArgType::Town])
                && super::venue::closes(env, s, s.ments[y].toks.end)
        });
        let Some(y) = town else { continue };
        let trigger = env.span_text(s, noun, noun_end);
        let pair = (s.ments[x].entity, s.ments[y].entity);
        super::venue::push_located(out, pair, si, trigger);
    }
}
