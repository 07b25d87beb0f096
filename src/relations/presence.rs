//! Issue 17, eighteenth round: being somewhere is a visit. "Modi is in the
//! Maldives on a state visit", "May , who is in Washington , said": a word
//! of class `presence` (a copula) right before a target preposition of a
//! rule marked `presence` (in), the place named right after it (one
//! determiner may come first), stands as that rule's trigger; the usual
//! readings then give its subject, its modality ("will be in X" is a plan)
//! and drop a visit home. Only sentences another cue already opened are
//! read, so the filter over cue words stays as it was. English only: the
//! Indonesian "berada di X" gave two people at home on IndoSum ("Gomez
//! ... tengah berada di Los Angeles") for two visits, and no gain on the
//! development sets.

use super::env::Env;
use super::morph::Voice;
use super::sentence::{may_hold, Sent};
use super::triggers::Trig;
use crate::base::types::EntityType;

/// Adds to `trigs` (kept in token order) a trigger for each presence word
/// of `s` before a place (one adverb of class `presence_adverb` maybe
/// between: "is now in Fiji").
pub(super) fn presence_triggers(env: &Env, s: &Sent, trigs: &mut Vec<Trig>) {
    let lex = env.lex;
    if !may_hold!(s, lex, "presence") {
        return;
    }
    let mut added = false;
    for k in 0..s.toks.len().saturating_sub(2) {
        let t = &s.toks[k];
        if !t.word || s.in_mention(k) || !lex.tok_in_class("presence", t) {
            continue;
        }
        // "Selama berada di X , Y dijadwalkan ...": a clause fronted by a
        // time word takes the main clause's modality, which is not read
        // here
        let fronted = k > 0 && lex.tok_in_class("fronting", &s.toks[k - 1]);
        if fronted || trigs.iter().any(|x| x.start <= k && k < x.end) {
            continue;
        }
        // "is now in Fiji": one adverb of class `presence_adverb` may
        // stand before the preposition (thirty-ninth round, part C)
        let adv = usize::from(env.free_word_in(s, k + 1, "presence_adverb"));
        let Some(prep) = s.toks.get(k + 1 + adv) else {
            continue;
        };
        let Some(rule) = lex
            .rules
            .iter()
            .position(|r| r.presence && prep.word && r.target_preps.contains(&prep.norm))
        else {
            continue;
        };
        // "is in the Maldives": one determiner may come first
        let at = k + 2 + adv;
        let det = usize::from(
            s.toks
                .get(at)
                .is_some_and(|w| w.word && s.is_lower(at) && lex.tok_in_class("determiner", w)),
        );
        // ("the Philippines" may be the name itself)
        let Some(m) = s
            .ment_at(at, lex, false)
            .or_else(|| s.ment_at(at + det, lex, false))
        else {
            continue;
        };
        // "is in Russia's interest": a possessor is no place one is in
        if s.ments[m].etype != EntityType::Place || super::args::possessor(s, m) {
            continue;
        }
        trigs.push(Trig {
            rule,
            start: k,
            end: k + 1 + adv,
            voice: Voice::Active,
        });
        added = true;
    }
    if added {
        trigs.sort_by_key(|t| t.start);
    }
}

/// Most words between a relative word and the visit trigger of its clause
/// ("who is on an official visit to Z").
const RELATIVE_REACH: usize = 5;

/// The person a relative clause holding the visit trigger `trigs[ti]`
/// describes (twenty-fifth round, part C): "met Y , who is on an official
/// visit to Z", "met A and B of Norway , who came to Z on an official
/// visit", "bertemu Y , yang sedang berkunjung ke Z". A comma and a word
/// of class `relative` before the trigger, only lowercase words of no
/// clause word and no other trigger between, and a person right before
/// the comma (a place after a word of class `relative_origin` may close
/// that person's phrase). Its coordinated persons visit too, as the
/// caller reads them.
pub(super) fn relative_head(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    ti: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let lex = env.lex;
    let t = trigs.get(ti)?;
    let mut words = 0;
    let mut r = t.start.checked_sub(1)?;
    loop {
        let w = &s.toks[r];
        // "who was on a 24-hour working visit": a number and its hyphen
        // in a modifier count as no word (twenty-eighth round, part C)
        let number =
            w.norm == "-" || (!w.norm.is_empty() && w.norm.chars().all(|c| c.is_ascii_digit()));
        if number && !s.in_mention(r) {
            r = r.checked_sub(1)?;
            continue;
        }
        if !w.word || s.in_mention(r) || !s.is_lower(r) {
            return None;
        }
        if lex.in_class("relative", &w.norm) {
            break;
        }
        // "who said the visit to Z", "who welcomed ... visit": the clause
        // has a verb of its own
        let verb = trigs.iter().any(|g| g.start <= r && r < g.end);
        if verb || lex.in_class("clause", &w.norm) || words >= RELATIVE_REACH {
            return None;
        }
        words += 1;
        r = r.checked_sub(1)?;
    }
    let comma = r.checked_sub(1)?;
    if s.toks[comma].norm != "," {
        return None;
    }
    let head = |end: usize| s.ments.iter().position(|x| x.toks.end == end && !x.nested);
    let mut m = head(comma)?;
    // "Crown Princess Mette-Marit of Norway , who": the person before the
    // place of origin
    if s.ments[m].etype == EntityType::Place {
        let of = s.ments[m].toks.start.checked_sub(1)?;
        let w = &s.toks[of];
        if !w.word || s.in_mention(of) || !lex.in_class("relative_origin", &w.norm) {
            return None;
        }
        m = head(of)?;
    }
    (s.ments[m].etype == EntityType::Person && ok(m)).then_some(m)
}
