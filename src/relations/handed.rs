//! Things handed over in person (issue 17, thirty-first round, part B):
//! "menyerahkan surat kepercayaan dari Presiden X kepada Presiden Y",
//! "presented his credentials from President X to King Y". After a verb
//! of class `hand_over`, a person introduced by a word of class
//! `sender_prep` (dari; from) sent the thing and met no one: the meeting
//! is with the person a word of class `recipient_prep` (kepada; to)
//! introduces after it. A person right after the noun sent it too
//! ("menyampaikan salam Presiden X kepada Y": X's greetings), and so
//! does one after it when the recipient comes first ("conveyed to the
//! King the greetings of X", thirty-second round).

use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// Lowercase words at most between the verb and the trigger's noun ("his
/// letters of credence").
const VERB_GAP: usize = 3;

/// Tokens at most between the sender's name and the recipient's
/// preposition.
const SENDER_GAP: usize = 3;

/// Whether a word of class `hand_over` stands before trigger `t`, right
/// before it or past at most [`VERB_GAP`] lowercase words.
fn handed(env: &Env, s: &Sent, t: &Trig) -> bool {
    (1..=VERB_GAP + 1).any(|d| {
        t.start >= d
            && env.free_word_in(s, t.start - d, "hand_over")
            // ("his" may be a resolved pronoun's mention)
            && (t.start - d + 1..t.start).all(|j| s.is_lower(j))
    })
}

/// Tokens at most between a recipient's preposition right after the
/// verb and the trigger's noun ("conveyed to the King the greetings").
const RECIPIENT_GAP: usize = 6;

/// Whether a word of class `hand_over` stands before trigger `t` with a
/// word of class `recipient_prep` right after it and at most
/// [`RECIPIENT_GAP`] words then ("conveyed to the King the greetings of
/// X", "menyampaikan kepada Raja salam X"): the recipient comes first.
fn handed_to(env: &Env, s: &Sent, t: &Trig) -> bool {
    (2..=RECIPIENT_GAP + 2).any(|d| {
        t.start >= d
            && env.free_word_in(s, t.start - d, "hand_over")
            && env.free_word_in(s, t.start - d + 1, "recipient_prep")
            && (t.start - d + 2..t.start).all(|j| s.toks[j].word)
    })
}

/// The target of trigger `t` given its prepositional target `m`: `m`
/// itself unless a word of class `sender_prep` introduces it after a
/// hand-over verb; then the person introduced by a word of class
/// `recipient_prep` after `m` that passes `ok`, or None.
pub(super) fn recipient(
    env: &Env,
    s: &Sent,
    t: &Trig,
    m: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    // the preposition right before the name or its capitalised title
    let mut ext = s.ments[m].ext.min(s.ments[m].toks.start);
    while ext > t.end + 1 && s.toks[ext - 1].word && s.toks[ext - 1].upper && !s.in_mention(ext - 1)
    {
        ext -= 1;
    }
    let sender = ext > t.end && env.free_word_in(s, ext - 1, "sender_prep");
    if !sender || !handed(env, s, t) {
        return Some(m);
    }
    let end = s.ments[m].toks.end;
    let k = (end..(end + SENDER_GAP).min(s.toks.len()))
        .find(|&k| env.free_word_in(s, k, "recipient_prep"))?;
    super::counterpart::counterpart_apposed(env, s, k + 1)
        .or_else(|| s.ment_at(k + 1, env.lex, true))
        .filter(|&r| r != m && s.ments[r].etype == EntityType::Person && ok(r))
}

/// Whether meeting trigger `t` after a hand-over verb is owned by the
/// person named right after it, a recipient named after the owner
/// ("menyampaikan salam Presiden X kepada Y"): the owner sent the thing
/// and met no one through it. (An invitation conveyed is its owner's:
/// "menyampaikan undangan Presiden X kepada Y"; a joint statement made
/// with a person names no recipient.)
pub(super) fn sent_by_owner(env: &Env, s: &Sent, t: &Trig) -> bool {
    sender(env, s, t).is_some()
}

/// The person, as a mention index, who owns meeting trigger `t` after a
/// hand-over verb and so sent the thing ([`sent_by_owner`]); None if
/// none.
pub(super) fn sender(env: &Env, s: &Sent, t: &Trig) -> Option<usize> {
    let rule = env.lex.rules.get(t.rule).filter(|r| r.kind == "meets")?;
    let before = handed_to(env, s, t);
    // (a bare Indonesian noun reads as an active stem: "salam")
    if t.voice == Voice::Passive || !(before || handed(env, s, t)) {
        return None;
    }
    // "conveyed to Y the greetings of X": the owner after a genitive
    // preposition when the recipient came first; "conveyed the warm
    // greetings of X": after one, the owner sent them whether or not a
    // recipient is named (thirty-fourth round, part B)
    // ("presented his credentials from X to Y": a sender's preposition
    // is `recipient`'s to read)
    let of = s.toks.get(t.end).is_some_and(|w| {
        w.word
            && rule.genitive_preps.contains(&w.norm)
            && (before || !env.lex.in_class("sender_prep", &w.norm))
    });
    let m = s.ment_at(t.end + usize::from(of), env.lex, false)?;
    let end = s.ments[m].toks.end;
    let sent = s.ments[m].etype == EntityType::Person
        && (before
            || of
            || (end..(end + SENDER_GAP).min(s.toks.len()))
                .any(|k| env.free_word_in(s, k, "recipient_prep")));
    sent.then_some(m)
}
