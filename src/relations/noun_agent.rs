//! The agent of a noun trigger: what rules it out (a possessive pronoun
//! before the noun, a verb trigger taking the noun as its object). Moved
//! out of `extract.rs` to keep that file under the size limit.

use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;

/// "his meeting with X", "her visit": a possessive pronoun before a noun
/// trigger (one adjective may come between) that no antecedent resolved;
/// the noun's agent is then unknown, never the clause subject.
pub(super) fn owned_by_pronoun(env: &Env, s: &Sent, start: usize) -> bool {
    (1..=2).any(|d| {
        start.checked_sub(d).is_some_and(|k| {
            s.toks[k].word
                && env.lex.in_class("possessive_pronoun", &s.toks[k].norm)
                && !s.in_mention(k)
                && (d == 1 || s.is_lower(k + 1))
        })
    })
}

/// Whether a verb trigger between mention `m` and trigger `ti` takes the
/// noun as its object ("condemned an attack": only lowercase words between).
pub(super) fn verb_between(s: &Sent, trigs: &[Trig], ti: usize, m: usize) -> bool {
    let t = &trigs[ti];
    let end = s.ments[m].toks.end;
    trigs.iter().enumerate().any(|(j, g)| {
        j != ti
            && g.voice != Voice::Nominal
            && end <= g.start
            && g.end <= t.start
            && (g.end..t.start).all(|k| s.is_lower(k) && !s.in_mention(k))
    })
}
