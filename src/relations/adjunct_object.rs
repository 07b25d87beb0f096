//! Issue 17, thirty-sixth round, part B: an English meeting verb's object
//! after its place and time. News written after another language's word
//! order puts the place and the day between the verb and its object: "X
//! met in Malabo , the capital of Y , the Chinese State Councilor and
//! Defense Minister Z , who ...", "X received at Bayan Palace on Thursday
//! Z , the Foreign Minister of Y", "X received in audience , at the
//! presidential palace in L , Z , Y 's Minister of Planning", "he will
//! meet on Monday morning the president of Y , Z , who ...". An active
//! one-word `meets` trigger of English with no object of its own reads,
//! after one prepositional phrase or more of a word of class
//! `adjunct_prep` (in, at, on, during) and their place's apposition
//! after a comma ("the capital of Y"), the person named next: by its
//! name, behind an apposed title ("the president of Y , Z";
//! `plural_ref::titled_conjunct`) or behind a long title
//! (`long_conjunct::behind_title`). The name must close its clause (a
//! comma, a relative word, the sentence's end), so "met in Lima on
//! Tuesday Z said" is none, and no person may stand in the phrases
//! walked. The verb is one of class `adjunct_verb` (met, received,
//! welcomed, hosted, ...).

use super::env::Env;
use super::lexicon::Lang;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// Most tokens walked between the verb and its object.
const REACH: usize = 24;

/// Most lowercase words of one phrase ("the seaside presidential palace").
const LOWER: usize = 3;

/// The person an active English meeting verb `t` meets after its place
/// and time phrases (see the module's note), when `ok` takes it.
pub(super) fn object_after_adjuncts(
    env: &Env,
    s: &Sent,
    t: &Trig,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let lex = env.lex;
    let rule = lex.rules.get(t.rule)?;
    if rule.kind != "meets" || rule.lang != Lang::En || t.voice != Voice::Active {
        return None;
    }
    // (a verb of class `adjunct_verb`: "a summit in X , Y" is a noun's)
    if t.end != t.start + 1
        || !env.free_word_in(s, t.start, "adjunct_verb")
        || !env.free_word_in(s, t.end, "adjunct_prep")
    {
        return None;
    }
    let end = (t.end + REACH).min(s.toks.len());
    let mut j = t.end;
    let mut phrases = 0;
    while j < end {
        if phrases > 0 {
            if let Some(p) = object_at(env, s, j).filter(|&p| ok(p)) {
                return Some(p);
            }
        }
        let tok = &s.toks[j];
        if !tok.word && tok.norm == "," {
            j += 1;
            continue;
        }
        let prep = env.free_word_in(s, j, "adjunct_prep");
        // ", the capital of Y ,": the place's apposition after a comma
        let apposed =
            phrases > 0 && s.toks[j - 1].norm == "," && env.free_word_in(s, j, "determiner");
        if !prep && !apposed {
            return None;
        }
        j = phrase_end(env, s, j + 1, end, apposed)?;
        phrases += 1;
    }
    None
}

/// The end of an adjunct phrase's body from token `k`: determiners,
/// capitalised words, numbers, names of no person, at most [`LOWER`]
/// other lowercase words (and "of" in an apposition); it stops before a
/// comma or another word of class `adjunct_prep`, and an apposition must
/// end at a comma. None at a person, a clause or list word, or other
/// punctuation.
fn phrase_end(env: &Env, s: &Sent, start: usize, end: usize, apposed: bool) -> Option<usize> {
    let lex = env.lex;
    let mut lower = 0;
    let mut k = start;
    while k < end {
        // (a person's phrase may open with its title: "on Monday morning
        // the president of Y , Z")
        let titled = s
            .free_at(k)
            .filter(|&i| s.ments[i].etype == EntityType::Person);
        let here = s.ments.iter().find(|m| m.toks.contains(&k) && !m.nested);
        if titled.is_some() || here.is_some_and(|m| m.etype == EntityType::Person) {
            // "on Thursday Sayyid B": the object follows the phrase with
            // no comma; its capitalised words before the name (an
            // honorific, a title) are the object's, the phrase keeping
            // its first word
            let mut b = k;
            while b > start + 1 && s.toks[b - 1].upper && !s.in_mention(b - 1) {
                b -= 1;
            }
            return (!apposed && k > start).then_some(b);
        }
        if let Some(m) = here {
            k = m.toks.end.max(k + 1);
            continue;
        }
        let t = &s.toks[k];
        if !t.word {
            return (t.norm == ",").then_some(k);
        }
        if lex.tok_in_class("adjunct_prep", t) && !apposed {
            return Some(k);
        }
        if lex.tok_in_class("clause", t) || lex.tok_in_class("list", t) {
            return None;
        }
        let plain = t.upper
            || t.norm.bytes().all(|b| b.is_ascii_digit())
            || lex.tok_in_class("determiner", t)
            || (apposed && lex.tok_in_class("title_link", t));
        if !plain {
            lower += 1;
            if lower > LOWER {
                return None;
            }
        }
        k += 1;
    }
    None
}

/// The person named from token `k` whose name closes its clause: by its
/// name, behind an apposed title or behind a long title.
fn object_at(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let lex = env.lex;
    let person = |m: &usize| s.ments[*m].etype == EntityType::Person;
    let p = s
        .ment_at(k, lex, false)
        .filter(person)
        .or_else(|| super::plural_ref::titled_conjunct(env, s, k).and_then(|e| s.free_at(e)))
        .or_else(|| super::long_conjunct::behind_title(env, s, k).and_then(|e| s.free_at(e)))
        .filter(person)?;
    // ("in Samarkand , Uzbekistan , Y 's office said": a possessor)
    let close = s.ments[p].toks.end;
    let closes = s
        .toks
        .get(close)
        .is_none_or(|t| !t.word || lex.tok_in_class("relative", t));
    (closes && !super::args::possessor(s, p)).then_some(p)
}
