//! Issue 17, thirty-fifth round, part B: two more shapes of a group of
//! envoys whose members a later sentence lists (`grouped.rs`).
//!
//! An uncounted group: a ceremony trigger (credentials, `ceremony` in
//! the relation lexicon) followed within a few lowercase words by a
//! phrase of class `envoy_noun` ("menerima surat kepercayaan dari duta
//! besar luar biasa dan berkuasa penuh negara sahabat", "received letters
//! of credence from the new ambassadors of X , Y and Z") is a group as a
//! counted one is, when no person is named after the noun in its sentence
//! (a named envoy makes the noun his own title: "dari duta besar baru
//! Jepang , A"). Its members still need the list phrase of a later
//! sentence ("Di antara mereka adalah", "The letters were presented by").
//!
//! A list running on past a relative clause that names only places and
//! closes with a comma and a word of class `namely`: "..., serta tiga
//! duta besar non-residen yang berkedudukan di Tokyo , yakni D , E dan F".

use super::env::Env;
use super::lexicon::RelationRule;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// How many words after a ceremony trigger its uncounted envoy noun may
/// start ("from the new ambassadors").
const REACH: usize = 4;

/// Most tokens of a place-only relative clause before its `namely` word
/// ("yang berkedudukan di Tokyo ,").
const CLAUSE_REACH: usize = 12;

/// The token of the envoy noun of an uncounted group right after the
/// ceremony trigger of `rule` ending at token `end`; `None` when the rule
/// is no ceremony, no such noun stands in the few lowercase words after
/// the trigger, or a person is named after the noun in the sentence.
pub(super) fn uncounted_envoys(
    env: &Env,
    s: &Sent,
    rule: &RelationRule,
    end: usize,
) -> Option<usize> {
    if !rule.ceremony {
        return None;
    }
    let k = (end..s.toks.len().min(end + REACH))
        .take_while(|&k| s.is_lower(k) && !s.in_mention(k))
        .find(|&k| s.class_phrase_at(env.lex, "envoy_noun", k) > 0)?;
    let after = k + s.class_phrase_at(env.lex, "envoy_noun", k);
    // ("dari duta besar baru Jepang , A": the noun is A's title, one envoy)
    let named = s
        .ments
        .iter()
        .any(|m| m.toks.start >= after && m.etype == EntityType::Person);
    (!named).then_some(k)
}

/// Where a group's list goes on when it stopped at token `stop` on a
/// relative word whose clause names no person or organisation, holds no
/// other clause word, verb of saying or sentence punctuation, and closes
/// within a few tokens with a comma and a word of class `namely` ("yang
/// berkedudukan di Tokyo , yakni"): the token after that word. `None`
/// otherwise.
pub(super) fn past_place_clause(env: &Env, s: &Sent, stop: usize) -> Option<usize> {
    let lex = env.lex;
    let relative = s
        .toks
        .get(stop)
        .is_some_and(|t| t.word && lex.in_class("relative", &t.norm));
    if !relative {
        return None;
    }
    let last = s.toks.len().min(stop + 1 + CLAUSE_REACH);
    for j in stop + 1..last {
        let t = &s.toks[j];
        let named = s.ments.iter().any(|m| {
            m.toks.start == j && matches!(m.etype, EntityType::Person | EntityType::Organisation)
        });
        if named {
            return None;
        }
        if !t.word {
            // only the comma before the namely word, or inside the clause
            if t.norm != "," {
                return None;
            }
            let n = s.class_phrase_at(lex, "namely", j + 1);
            if n > 0 {
                return Some(j + 1 + n);
            }
            continue;
        }
        if ["clause", "relative", "speech"]
            .iter()
            .any(|c| lex.in_class(c, &t.norm))
        {
            return None;
        }
    }
    None
}
