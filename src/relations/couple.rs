//! Issue 17, thirty-second round, part C2: a spouse named as the second of
//! a couple before a trigger ("X and his wife, Y, will visit Z", "X
//! bersama suaminya, Y, mengakhiri kunjungan ke Z"). The subject reader
//! takes Y, the name nearest the trigger; the plain list reader wants the
//! list word right before Y's name, so X, the first of the couple, was
//! lost.

use super::env::Env;
use super::sentence::Sent;

/// Most words of a spouse's phrase (class `kin`: "his wife", "sang istri").
const KIN_WORDS: usize = 3;
/// Most words of a phrase of class `joint` ("together with").
const JOINT_WORDS: usize = 3;

/// The first token of the list word or `joint` phrase that joins a
/// couple, when token `k` (right before the second person's phrase, or
/// the comma there) closes a spouse's phrase of class `kin` right after
/// it: "X and his wife, Y", "X dan istrinya Y", "X bersama suaminya, Y",
/// "X, together with her husband Y". None when anything else stands
/// there ("X said his wife Y", "the wife of X, Y").
pub(super) fn couple_link_before(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let k = if s.toks.get(k)?.norm == "," {
        k.checked_sub(1)?
    } else {
        k
    };
    let lex = env.lex;
    // (its pronoun may stand for the first of the couple: a mention)
    let kin = (k.saturating_sub(KIN_WORDS - 1)..=k)
        .find(|&i| s.class_phrase_at(lex, "kin", i) == k + 1 - i)?;
    let j = kin.checked_sub(1)?;
    let t = &s.toks[j];
    if t.word && !s.in_mention(j) && lex.tok_in_class("list", t) {
        return Some(j);
    }
    (j.saturating_sub(JOINT_WORDS - 1)..=j)
        .find(|&i| !s.in_mention(i) && s.class_phrase_at(lex, "joint", i) == j + 1 - i)
}
