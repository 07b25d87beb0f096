//! Issue 17, thirty-fifth round, part B: two more shapes of a group of
//! envoys whose members a later sentence lists (`grouped.rs`).
//!
//! An uncounted group: a ceremony trigger (credentials, `ceremony` in
//! the relation lexicon) followed within a few lowercase words by a
//! phrase of class `envoy_noun` ("menerima surat kepercayaan dari duta
//! besar luar biasa dan berkuasa penuh negara sahabat", "received letters
//! of credence from the new ambassadors of X , Y and Z") is a group as a
//! counted one is, when its origins make it plural (a phrase of class
//! `envoy_origins` after the noun, "negara sahabat", "friendly countries";
//! or two countries or more after an origin's preposition, "of X , Y and
//! Z") and no person is named after the noun in its sentence (a named
//! envoy makes the noun his own title: "dari duta besar baru Jepang , A").
//! Its members still need the list phrase of a later sentence ("Di antara
//! mereka adalah", "The letters were presented by").
//!
//! A list running on past a relative clause that names only places and
//! closes with a comma and a word of class `namely`: "..., serta tiga
//! duta besar non-residen yang berkedudukan di Tokyo , yakni D , E dan F".

use super::env::Env;
use super::lexicon::{ArgType, RelationRule};
use super::sentence::Sent;
use crate::base::types::EntityType;

/// How many words after a ceremony trigger its uncounted envoy noun may
/// start ("from the new ambassadors").
const REACH: usize = 4;

/// How many lowercase words after the envoy noun its plural origins
/// may end ("duta besar luar biasa dan berkuasa penuh negara sahabat").
const ORIGIN_REACH: usize = 8;

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
    // ("dari para duta besar di Moskow": a group of no stated origins may
    // be the one envoy's of a later sentence, or no list's at all)
    let plural = (after..s.toks.len().min(after + ORIGIN_REACH))
        .take_while(|&j| s.is_lower(j) && !s.in_mention(j))
        .any(|j| s.class_phrase_at(env.lex, "envoy_origins", j) > 0)
        || countries_listed(env, s, after);
    (!named && plural).then_some(k)
}

/// Whether a word of class `envoy_origin` at token `k` opens a list of
/// two countries or more joined by a list word ("of X , the Y and Z").
fn countries_listed(env: &Env, s: &Sent, k: usize) -> bool {
    let lex = env.lex;
    let origin = s
        .toks
        .get(k)
        .is_some_and(|t| t.word && lex.in_class("envoy_origin", &t.norm));
    if !origin {
        return false;
    }
    let (mut countries, mut joined, mut j) = (0, false, k + 1);
    loop {
        // (a determiner before a country: "the Czech Republic")
        if s.toks
            .get(j)
            .is_some_and(|t| t.word && !s.in_mention(j) && lex.in_class("determiner", &t.norm))
        {
            j += 1;
        }
        let Some(c) = s
            .free_at(j)
            .filter(|&c| env.type_ok(s, c, &[ArgType::Country]))
        else {
            break;
        };
        countries += 1;
        j = s.ments[c].toks.end;
        match s.toks.get(j) {
            Some(t) if !t.word && t.norm == "," => j += 1,
            Some(t) if t.word && lex.tok_in_class("list", t) => {
                joined = true;
                j += 1;
            }
            _ => break,
        }
    }
    countries >= 2 && joined
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
