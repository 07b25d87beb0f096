//! The next step of a planned trip or programme: "akan berkunjung ke X
//! sebelum bertolak ke Y", "will visit X , starting in A before travelling
//! on to Y". A trigger right after a word of class `sequel` follows the
//! modality of the nearest trigger of its kind before it in the sentence
//! (issue 17, fourteenth round).

use super::env::Env;
use super::sentence::Sent;
use super::triggers::Trig;

/// How many tokens may stand between the earlier step and the sequel.
const SEQUEL_REACH: usize = 16;

/// The index in `trigs` of the earlier step of trigger `ti`: the nearest
/// trigger of the same kind ending before it, at most [`SEQUEL_REACH`]
/// tokens away with no clause word or sentence punctuation between (commas
/// may stand there), when a word of class `sequel` stands right before
/// trigger `ti`. The caller reads that trigger's modality.
pub(super) fn earlier_step(env: &Env, s: &Sent, trigs: &[Trig], ti: usize) -> Option<usize> {
    let t = trigs.get(ti)?;
    let w = s.toks.get(t.start.checked_sub(1)?)?;
    if !(w.word && env.lex.in_class("sequel", &w.norm)) {
        return None;
    }
    let kind = &env.lex.rules.get(t.rule)?.kind;
    let (gi, g) = trigs
        .iter()
        .enumerate()
        .filter(|(j, g)| {
            *j != ti
                && g.end < t.start
                && env.lex.rules.get(g.rule).is_some_and(|r| &r.kind == kind)
        })
        .max_by_key(|(_, g)| g.end)?;
    let between = g.end..t.start - 1;
    let open = between.len() <= SEQUEL_REACH
        && between.clone().all(|k| {
            let x = &s.toks[k];
            if x.word {
                !env.lex.in_class("clause", &x.norm)
            } else {
                [",", "(", ")"].contains(&x.norm.as_str())
            }
        });
    open.then_some(gi)
}
