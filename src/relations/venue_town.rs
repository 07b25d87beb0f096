//! Issue 17, twenty-fourth round, part A: the town that closes a venue's
//! chain of places. "menerima kunjungan X di Ruang Rapat Pimpinan DPR,
//! Gedung Nusantara III, Senayan, Jakarta" gave X a visit to Senayan, the
//! first place after a comma: a district, a building or a quarter named
//! before its town, each after a comma, is part of the address, and the
//! golds count the town visited. A country after the town ("Hanoi,
//! Vietnam") or a province ("Tangerang, Banten") only names where the town
//! lies, so the town is kept.

use super::env::Env;
use super::lexicon::ArgType;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// Most places a venue's address may chain after the first.
const CHAIN: usize = 3;

/// The last town of a chain of places after mention `m`, each after a
/// comma ("Senayan , Jakarta"), each a free place that is neither a country
/// nor a province nor a venue, the last closing the phrase; None when no
/// town follows `m` so.
pub(super) fn town_after(env: &Env, s: &Sent, m: usize) -> Option<usize> {
    let mut found = None;
    let mut end = s.ments.get(m)?.toks.end;
    for _ in 0..CHAIN {
        if s.toks.get(end).is_none_or(|t| t.norm != ",") {
            break;
        }
        let Some(n) = s.ments.iter().position(|x| x.toks.start == end + 1) else {
            break;
        };
        let x = &s.ments[n];
        let town = x.free()
            && x.etype == EntityType::Place
            && env.type_ok(s, n, &[ArgType::Town])
            && !super::args::venue(env, s, n);
        if !town {
            break;
        }
        end = x.toks.end;
        found = Some(n);
    }
    found.filter(|&n| super::reception::closes(env, s, s.ments[n].toks.end))
}

/// "met on Thursday in Lima with his Chilean counterpart X", "bertemu
/// pada Kamis di Jakarta dengan X": the place of a meeting named between
/// its trigger `t` (a time phrase may come first) and its later argument
/// (of `a`, `b`): a preposition of class `place_prep`, a place that is no
/// venue, and right after it one of the rule's target prepositions
/// opening the argument's phrase ("in Lima and Santiago with X" names no
/// one place).
pub(super) fn before_object(
    env: &Env,
    s: &Sent,
    t: &Trig,
    (a, b): (usize, usize),
) -> Option<usize> {
    let later = s.ments[a].ext.max(s.ments[b].ext);
    if later <= t.end {
        return None;
    }
    let preps = &env.lex.rules.get(t.rule)?.target_preps;
    let k = t.end + super::met_place::after_time(env, s, t.end);
    let w = s.toks.get(k)?;
    if !w.word || w.upper || !env.lex.in_class("place_prep", &w.norm) {
        return None;
    }
    let p = s.ments.iter().position(|m| m.toks.start == k + 1)?;
    let m = &s.ments[p];
    let next = s.toks.get(m.toks.end)?;
    let opens = next.word && !next.upper && preps.contains(&next.norm);
    let place = m.free() && m.etype == EntityType::Place && !super::args::venue(env, s, p);
    (place && opens && m.toks.end < later).then_some(p)
}
