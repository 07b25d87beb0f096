//! Issue 17, thirty-fifth round, part D: the two signatories of a passive
//! signing whose second agent the plain conjunct reader missed. "The
//! document was signed by X , and his Rwandan counterpart , Y", "signed by
//! X and his counterpart , Y", "signed by X , and Y": a comma may stand
//! before the list word, and the second party may be named through a
//! counterpart phrase; "signed by Zambia 's Minister of Foreign Affairs
//! and International Cooperation , X , and ...": the agent read as the
//! title's possessor stands for the person the title is apposed to. The
//! second name must close its phrase (a punctuation mark, a preposition or
//! the sentence's end after it): "signed by X , and Y said" is a clause of
//! its own.

use super::appoint::punct;
use super::env::Env;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Tokens at most of a title between its possessor and its comma.
const TITLE_TOKENS: usize = 12;

/// The person coordinated with agent `x` after an optional comma and a
/// list word, named plainly or through a counterpart phrase, when the name
/// closes its phrase; it passes `ok`.
pub(super) fn agent_conjunct(
    env: &Env,
    s: &Sent,
    x: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mut k = s.ments[x].toks.end;
    if punct(s, k, &[","]) {
        k += 1;
    }
    let n = s.class_phrase_at(env.lex, "list", k);
    if n == 0 {
        return None;
    }
    let at = k + n;
    super::counterpart::counterpart_apposed(env, s, at)
        .or_else(|| s.ment_at(at, env.lex, false))
        .filter(|&y| y != x && s.ments[y].etype == EntityType::Person && ok(y))
        .filter(|&y| closes_phrase(env, s, s.ments[y].toks.end))
}

/// "signed by Zambia 's Minister of Foreign Affairs , X ,": the person
/// apposed to the title that agent `x`, a place or an organisation, owns
/// by a possessive. The title runs on capitalised words, links (class
/// `long_title_link`) and list words up to its comma, and holds a head
/// word (class `long_title_head`); the person's name closes its phrase.
pub(super) fn titled_agent(env: &Env, s: &Sent, x: usize) -> Option<usize> {
    let m = &s.ments[x];
    if m.etype == EntityType::Person || !super::args::possessor(s, x) {
        return None;
    }
    // the possessive is "' s": the title starts after it
    let from = m.toks.end + 2;
    let mut head = false;
    let mut k = from;
    while k < s.toks.len() && k < from + TITLE_TOKENS {
        let t = &s.toks[k];
        if punct(s, k, &[","]) {
            break;
        }
        // a place or an organisation inside the title is the title's; a
        // person there ends it ("Zambia 's X and Y")
        if let Some(p) = s.ments.iter().find(|p| p.toks.contains(&k)) {
            if p.etype == EntityType::Person {
                return None;
            }
            k = p.toks.end.max(k + 1);
            continue;
        }
        let link = t.word
            && !t.upper
            && (env.lex.tok_in_class("long_title_link", t) || env.lex.tok_in_class("list", t));
        if !(link || (t.word && t.upper)) {
            return None;
        }
        head |= t.word && env.lex.tok_in_class("long_title_head", t);
        k += 1;
    }
    if !head || k == from || !punct(s, k, &[","]) {
        return None;
    }
    let y = s
        .ments
        .iter()
        .position(|p| p.free() && p.toks.start == k + 1 && p.etype == EntityType::Person)?;
    closes_phrase(env, s, s.ments[y].toks.end).then_some(y)
}

/// Whether token `k` ends a name's phrase: the sentence's end, a
/// punctuation mark or a preposition.
fn closes_phrase(env: &Env, s: &Sent, k: usize) -> bool {
    s.toks
        .get(k)
        .is_none_or(|t| !t.word || env.lex.tok_in_class("prep", t))
}
