//! The subject of a purpose clause named as the object of a preposition
//! before it: "menyampaikan undangan kepada X untuk berkunjung ke Y", "sent
//! an invitation to X to visit Y". X is the one asked, told or invited to
//! act, not the clause's subject. A name after a reporting verb in -kan
//! is no -an noun's possessor (issue 17, fourteenth round).

use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// The person right before a complementizer ("untuk"; "to") that right
/// precedes a verb trigger, when a word of class `purpose_object`
/// ("kepada"; "to") introduces that person: the subject of the purpose
/// clause. A noun trigger, a place or an organisation there ("flew to X
/// to meet Y", "sent troops to X to attack Y") gives none.
pub(super) fn purpose_object(
    env: &Env,
    s: &Sent,
    trig: &Trig,
    ok: &dyn Fn(usize) -> bool,
    not: Option<usize>,
) -> Option<usize> {
    if trig.voice == Voice::Nominal {
        return None;
    }
    let c = trig.start.checked_sub(1)?;
    let w = s.toks.get(c)?;
    if !(w.word && env.lex.in_class("complementizer", &w.norm)) {
        return None;
    }
    let m = s.ment_ending_at(c)?;
    let p = s.toks.get(s.ments[m].ext.checked_sub(1)?)?;
    (p.word
        && env.lex.in_class("purpose_object", &p.norm)
        && s.ments[m].etype == EntityType::Person
        && Some(m) != not
        && ok(m))
    .then_some(m)
}

/// "mengatakan", "disampaikan": a meN- or di- verb with the suffix -kan
/// ends in "an" but is no -an noun; a name after it is its object or the
/// subject of a clause it reports ("mengatakan X akan berkunjung ke Y").
pub(super) fn active_or_passive_kan(w: &str) -> bool {
    w.ends_with("kan") && (w.starts_with("me") || w.starts_with("di"))
}

/// Whether trigger `t` of a rule with `call_on` set reads nothing: one of
/// `preps` must stand right after it and a name after that ("called on X
/// at the palace" is a courtesy call; "called X", "a phone call with X"
/// are none), and no complementizer with a lowercase word may follow the
/// name and those coordinated with it ("called on X to withdraw", "called
/// on X and Y to talk" urge) (seventeenth round).
pub(super) fn no_call(env: &Env, s: &Sent, t: &Trig, preps: &[String]) -> bool {
    let on = s
        .toks
        .get(t.end)
        .is_some_and(|w| w.word && preps.contains(&w.norm));
    let Some(mut m) = on.then(|| s.ment_at(t.end + 1, env.lex, false)).flatten() else {
        return true;
    };
    // past the names coordinated with the first
    loop {
        let end = s.ments[m].toks.end;
        let link = s
            .toks
            .get(end)
            .is_some_and(|w| w.norm == "," || env.lex.in_class("list", &w.norm));
        match link.then(|| s.ment_at(end + 1, env.lex, false)).flatten() {
            Some(n) if n > m => m = n,
            _ => break,
        }
    }
    let end = s.ments[m].toks.end;
    s.toks
        .get(end)
        .is_some_and(|w| w.word && env.lex.in_class("complementizer", &w.norm))
        && s.is_lower(end + 1)
}
