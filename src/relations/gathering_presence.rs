//! Issue 17, twenty-ninth round, part C1: a person who speaks or acts at
//! a gathering in a named city is there. "X told journalists at the
//! Francophonie summit in Djerba", "X berpidato di sela-sela KTT G20 di
//! Roma": the gathering's phrase ([`super::met_place::gathering_place`],
//! the meetings' reading of "on the sidelines of the summit in Y") after
//! the clause of one person, who is its subject. The candidate is settled
//! as a meeting's ([`super::abroad::settle`]): a visit only for a person
//! whose country is known and is not the city's, so a minister at a
//! summit at home, or a person of no known country, gets none.

use super::env::Env;
use super::instance::RelationInstance;
use super::sentence::{may_hold, Sent};
use crate::base::types::{EntityType, Modality};

/// Most words between the person and the gathering's lead word.
const REACH: usize = 5;
/// Most tokens after the place a time word of a plan may stand at.
const PLAN_REACH: usize = 3;

/// Notes in `out` a candidate visit of the subject of each gathering's
/// phrase of sentence `si` to the gathering's place.
pub(super) fn push_gathering_presence(
    env: &Env,
    s: &Sent,
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    let lex = env.lex;
    if !may_hold!(s, lex, "gathering_lead") {
        return;
    }
    for k in 0..s.toks.len() {
        let w = &s.toks[k];
        if !w.word || !s.is_lower(k) || s.in_mention(k) || !lex.tok_in_class("gathering_lead", w) {
            continue;
        }
        let Some(m) = subject_before(env, s, k) else {
            continue;
        };
        let Some(p) = super::met_place::gathering_place(env, s, k) else {
            continue;
        };
        // "at the summit in Y next week": a plan
        let end = s.ments[p].toks.end;
        if (end..end + PLAN_REACH).any(|j| s.class_phrase_at(lex, "planned_after", j) > 0) {
            continue;
        }
        let trigger = env.span_text(s, k, k + 1);
        super::abroad::push_candidate(env, s, m, p, (si, &trigger, Modality::Asserted), out);
    }
}

/// The person whose clause reaches the lead word at token `k`: the last
/// mention before it, a person's, followed by one to [`REACH`] lowercase
/// words that are no preposition, clause word, list word or cue of a
/// modality other than asserted ("told journalists", "berbicara"), and
/// itself after no preposition (the object of a meeting or a call is the
/// meeting's).
fn subject_before(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let lex = env.lex;
    let m = s.last_before(k)?;
    let mm = &s.ments[m];
    let between = mm.toks.end..k;
    if mm.etype != EntityType::Person || between.is_empty() || between.len() > REACH {
        return None;
    }
    let plain = between
        .clone()
        .all(|j| s.is_lower(j) && env.plain_word(s, j));
    let cue = between
        .clone()
        .any(|j| super::modality::cues_at(lex, s, j, k).any(|md| md != Modality::Asserted));
    let object = super::args::after_lower_prep(env, s, mm.toks.start);
    (plain && !cue && !object).then_some(m)
}
