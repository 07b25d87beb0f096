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
