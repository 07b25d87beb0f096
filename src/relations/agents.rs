//! The agent of a passive clause as the subject of the clause after it:
//! "Hal itu diungkapkan X usai bertemu Y", "This was said by X after
//! meeting Y" (issue 17, tenth round). Taken only when the trigger's
//! clause names no subject of its own before it.

use super::env::Env;
use super::morph::passive_id_with;
use super::sentence::Sent;

/// How many words may stand between the agent and the trigger ("usai",
/// "saat ia", "after").
const GAP: usize = 3;

/// An Indonesian passive verb ("diungkapkan", "disampaikan").
fn passive_id(word: &str) -> bool {
    passive_id_with(word, |stem| stem.len() >= 3)
}

/// Whether mention `m` is the agent of a passive verb right before it:
/// "diungkapkan X", "diungkapkan oleh X", "was said by X".
fn after_passive(env: &Env, s: &Sent, m: usize) -> bool {
    let ext = s.ments[m].ext;
    let word = |k: usize| s.toks[k].word && !s.in_mention(k);
    let is = |k: usize, c: &str| word(k) && env.lex.in_class(c, &s.toks[k].norm);
    let verb = |k: usize| word(k) && s.is_lower(k) && passive_id(&s.toks[k].norm);
    (ext >= 1 && verb(ext - 1))
        || (ext >= 2 && is(ext - 1, "agent_prep") && verb(ext - 2))
        || (ext >= 3 && is(ext - 1, "agent_prep") && word(ext - 2) && is(ext - 3, "be"))
}

/// The agent of a passive verb in the clause starting at `clause`, at
/// most `GAP` lowercase words before the trigger at `start`, that passes
/// `ok`; no mention may stand between it and the clause start but the
/// passive's own subject noun (which names no one).
pub(super) fn passive_agent_subject(
    env: &Env,
    s: &Sent,
    clause: usize,
    start: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let m = s.ments.iter().position(|m| {
        m.free()
            && m.toks.end <= start
            && start - m.toks.end <= GAP
            && m.ext >= clause
            && (m.toks.end..start).all(|k| s.toks[k].word && s.is_lower(k) && !s.in_mention(k))
    })?;
    let alone = !s
        .ments
        .iter()
        .any(|o| o.ext >= clause && o.toks.end <= s.ments[m].ext);
    (alone && after_passive(env, s, m) && ok(m)).then_some(m)
}

/// Whether a passive verb and its agent preposition stand between token
/// `from` and a trigger at `start` one or two words after a word of class
/// `fronting`,
/// with no person named after the preposition: "Retno mengatakan , hal
/// itu diungkapkan oleh Duta Besar India , X pasca menyerahkan ...", "Y
/// said this was stated by the envoy after meeting Z". The agent, whom
/// the text names but the tagger does not, acts; the subject named before
/// does not (issue 17, sixteenth round). The last agent preposition only
/// is asked: one pass over the tokens, one over the mentions.
pub(super) fn unnamed_agent_between(env: &Env, s: &Sent, from: usize, start: usize) -> bool {
    let word = |k: usize| s.toks[k].word && !s.in_mention(k);
    let is = |k: usize, c: &str| word(k) && env.lex.in_class(c, &s.toks[k].norm);
    // the fronting word right before the trigger or before its verb
    // ("pasca menyerahkan surat kepercayaan")
    let Some(f) = (start.saturating_sub(2)..start.min(s.toks.len()))
        .rev()
        .find(|&k| is(k, "fronting"))
    else {
        return false;
    };
    let Some(k) = (from..f).rev().find(|&k| is(k, "agent_prep")) else {
        return false;
    };
    let verb = |v: usize| word(v) && s.is_lower(v) && passive_id(&s.toks[v].norm);
    let passive = (k >= 1 && verb(k - 1)) || (k >= 2 && word(k - 1) && is(k - 2, "be"));
    // "Putin , yang diundang oleh X , bertemu ...": a relative clause's
    // agent is none of the main clause
    let relative = (k.saturating_sub(3)..k).any(|r| is(r, "relative"));
    let named = s.ments.iter().any(|m| {
        m.ext > k && m.toks.end <= start && m.etype == crate::base::types::EntityType::Person
    });
    passive && !relative && !named
}

/// Whether the agent `m` after a noun trigger ending at token `end` is the
/// noun's own ("penandatanganan oleh X", "penandatanganan itu dilakukan
/// oleh X", "the signing was carried out by X"): no passive verb stands
/// between, or the words before its preposition are of class `agent_verb`
/// ("disaksikan oleh X" names a witness; twenty-fifth round, part D).
pub(super) fn noun_agent_own(env: &Env, s: &Sent, end: usize, m: usize) -> bool {
    let prep = s.ments[m].ext.saturating_sub(1);
    let verb = |k: usize| {
        let t = &s.toks[k];
        t.word && (passive_id(&t.norm) || env.lex.in_class("be", &t.norm))
    };
    !(end..prep).any(verb)
        || (end..prep).any(|k| s.class_phrase_at(env.lex, "agent_verb", k) == prep - k)
}
