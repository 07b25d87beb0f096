//! A name in apposition to a described target (issue 17, twenty-first
//! round, part B): "imposed sanctions on the deputy leader of Sudan's
//! paramilitary X (Y) , Z , over ...", "menjatuhkan sanksi terhadap wakil
//! pemimpin X , Z ,". The object search takes a name right after the
//! preposition; a description of lowercase words (its owners named
//! inside it) hid the person it describes, named after the comma.

use super::appoint::punct;
use super::env::Env;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Tokens at most between the preposition and the comma.
const DESCRIBED: usize = 16;

/// The mention of the apposed name after a trigger ending at token
/// `end`: one of the target prepositions `preps` right after the trigger,
/// a description opening with a lowercase word and made of words that are
/// no clause, relative, list or speech words, mentions (its owners:
/// "Sudan's", "of X"), possessive marks and brackets, then a comma and a
/// free person or organisation that closes its clause (punctuation or the
/// sentence's end after it: "on the oil sector , the EU said" names no
/// target).
pub(super) fn apposed_target(env: &Env, s: &Sent, preps: &[String], end: usize) -> Option<usize> {
    let prep = s.toks.get(end)?;
    if !(prep.word && preps.contains(&prep.norm)) {
        return None;
    }
    let first = end + 1;
    if !s.is_lower(first) || s.in_mention(first) {
        return None;
    }
    let part = |k: usize| {
        let t = &s.toks[k];
        if s.in_mention(k) {
            return true;
        }
        if t.word {
            return !(env.lex.in_class("clause", &t.norm)
                || env.lex.in_class("relative", &t.norm)
                || env.lex.in_class("list", &t.norm)
                || env.lex.in_class("speech", &t.norm));
        }
        ["'", "’", "(", ")", "-"].contains(&t.norm.as_str())
    };
    let comma = (first..(first + DESCRIBED).min(s.toks.len()))
        .take_while(|&k| punct(s, k, &[","]) || part(k))
        .find(|&k| punct(s, k, &[","]))?;
    // a description holds a lowercase noun besides its determiner
    if !(first..comma).any(|k| s.is_lower(k) && !env.lex.in_class("determiner", &s.toks[k].norm)) {
        return None;
    }
    // "General X": capitalised words (a rank) may open the name, and the
    // title reader may have taken the description as the name's title
    let m = s.ments.iter().position(|m| {
        m.free()
            && m.toks.start > comma
            && (comma + 1..m.toks.start)
                .all(|k| s.toks[k].word && s.toks[k].upper && !s.in_mention(k))
            && matches!(m.etype, EntityType::Person | EntityType::Organisation)
    })?;
    let close = s.ments[m].toks.end;
    let closed = s.toks.get(close).is_none_or(|t| !t.word);
    closed.then_some(m)
}
