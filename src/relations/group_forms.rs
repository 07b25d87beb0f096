//! Issue 17, thirty-seventh round, part B: more forms of a counted group
//! whose members a later sentence names (`grouped.rs`).
//!
//! A group as the subject of a passive reception: "Five new ambassadors
//! to X were received at the palace by President A . They were B , C and
//! D", "empat duta besar dari negara-negara Arab dijamu Gubernur A .
//! Mereka adalah B , C dan D". The agent is the party the trigger names;
//! the members take the group's place, the one received.
//!
//! A sentence naming the group of envoys again, with a participle before
//! its linking word ("The envoys accredited were B , C and D"; class
//! `envoy_participle`) or with its members apposed between commas ("The
//! envoys , X's B , Y's C and Z's D , were received ..."): the apposed
//! list ends at the comma before the clause's verb.

use super::appoint::punct;
use super::args::prep_arg;
use super::env::Env;
use super::lexicon::{Lang, RelationRule};
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// Most tokens between the count of a passive's group and the trigger
/// ("Five new ambassadors to Cameroon were received").
const PASSIVE_REACH: usize = 10;

/// Most tokens between a passive trigger and the preposition of its agent
/// past places and dates.
const AGENT_REACH: usize = 16;

/// The agent (a mention) and the count's token of a counted group that is
/// the subject of the passive trigger `t` of the symmetric rule `rule`:
/// the count is the nearest one before the trigger in its clause (no
/// comma, no person or organisation between); the agent follows the
/// trigger after a preposition of the rule's agent, past a place phrase
/// (`reception::agent_past_venue`), or, in Indonesian, right after it.
pub(super) fn passive_group(
    env: &Env,
    s: &Sent,
    t: &Trig,
    rule: &RelationRule,
    count_at: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    if t.voice != Voice::Passive || !rule.symmetric {
        return None;
    }
    // ("Selama tiga hari , empat duta besar ... dijamu": the nearest count)
    let c = (t.start.saturating_sub(PASSIVE_REACH)..t.start)
        .rev()
        .take_while(|&k| s.toks[k].norm != ",")
        .find(|&k| count_at(k))?;
    // (a person or a body between is the subject: "two days later , A was
    // received")
    let named = s.ments.iter().any(|m| {
        m.toks.start > c
            && m.toks.start < t.start
            && matches!(m.etype, EntityType::Person | EntityType::Organisation)
    });
    if named {
        return None;
    }
    let ok = |m: usize| env.type_ok(s, m, &rule.source);
    let direct = || {
        (rule.lang == Lang::Id)
            .then(|| s.ment_at(t.end, env.lex, false))
            .flatten()
            .filter(|&m| ok(m))
    };
    let agent = prep_arg(env, s, t.end, &rule.agent_preps, &ok)
        .or_else(direct)
        .or_else(|| super::reception::agent_past_venue(env, s, t, &rule.agent_preps, &ok))
        .or_else(|| far_agent(env, s, t.end, rule, &ok))?;
    Some((agent, c))
}

/// "were received at Unity Palace on June 2 , 2023 by the President of
/// X , A": the agent after the first preposition of the rule's agent
/// within `AGENT_REACH` tokens of `end`, past places, bodies, dates and
/// commas but no person, clause word or relative word.
fn far_agent(
    env: &Env,
    s: &Sent,
    end: usize,
    rule: &RelationRule,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let lex = env.lex;
    let k = (end..s.toks.len().min(end + AGENT_REACH))
        .take_while(|&k| {
            let w = &s.toks[k];
            !(w.word && (lex.in_class("clause", &w.norm) || lex.in_class("relative", &w.norm)))
                && s.free_at(k)
                    .is_none_or(|m| s.ments[m].etype != EntityType::Person)
        })
        .find(|&k| {
            s.toks[k].word && !s.in_mention(k) && rule.agent_preps.contains(&s.toks[k].norm)
        })?;
    prep_arg(env, s, k, &rule.agent_preps, ok)
}

/// The number of tokens of the tail of a sentence opening by naming a
/// group of envoys again, from token `k` right after the noun (and its
/// demonstrative): a phrase of class `envoy_participle` before the
/// linking word (class `list_link`), or a comma before a capitalised word
/// (an apposed list). 0 if none.
pub(super) fn renamed_tail(env: &Env, s: &Sent, k: usize) -> usize {
    let lex = env.lex;
    let p = match s.class_phrase_at(lex, "envoy_participle", k) {
        // ("Para duta besar yang baru itu adalah": its demonstrative after it)
        0 => 0,
        p => p + s.class_phrase_at(lex, "demonstrative", k + p),
    };
    match s.class_phrase_at(lex, "list_link", k + p) {
        0 if apposed_at(s, k) => k + 1,
        0 => 0,
        link => k + p + link,
    }
}

/// Whether token `k` is a comma before a capitalised word outside no
/// quote: "The envoys , A ...".
fn apposed_at(s: &Sent, k: usize) -> bool {
    punct(s, k, &[","]) && s.toks.get(k + 1).is_some_and(|t| t.word && t.upper)
}

/// The end of an apposed list starting at token `from` (right after its
/// comma): the first comma before a lowercase word that is no list word
/// ("..., and Z's D , were received"); `stop` when none comes first. Any
/// other list keeps `stop`.
pub(super) fn apposed_end(env: &Env, s: &Sent, from: usize, stop: usize) -> usize {
    if from == 0 || !apposed_at(s, from - 1) {
        return stop;
    }
    (from..stop)
        .find(|&k| {
            s.toks[k].norm == ","
                && s.toks.get(k + 1).is_some_and(|w| {
                    w.word
                        && s.is_lower(k + 1)
                        && !env.lex.tok_in_class("list", w)
                        && !env.lex.tok_in_class("coord", w)
                })
        })
        .unwrap_or(stop)
}
