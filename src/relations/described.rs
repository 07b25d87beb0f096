//! A description opening a sentence stands for the first person of the
//! sentence before: "X menilai ... . Pria yang juga menjabat sebagai
//! Wakil Ketua Y itu menilai ...", "X said ... . The man , who also
//! chairs Y , said ..." (issue 17, thirteenth round). The sentence opens
//! with a phrase of class `description_head` ("pria", "the man"), a
//! relative word (class `relative`, after a comma in English) and a
//! clause closed by a word of class `description_close` ("itu",
//! "tersebut"; in English the comma after the clause, as a comma opened
//! it) within
//! [`MAX_TOKENS`] tokens, naming no person; the whole description is then
//! a coreference mention of the first person named in the sentence right
//! before, the topic a description of this kind continues.

use super::appoint::punct;
use super::lexicon::Lexicon;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// How many tokens a description may span.
const MAX_TOKENS: usize = 20;

/// The tokens of the description opening the sentence, if any: head,
/// relative clause and closing word, followed by a lowercase word (the
/// verb). Every token is read with `get`: the description may close the
/// text, and then it is none.
pub(super) fn description_subject(lex: &Lexicon, s: &Sent) -> Option<std::ops::Range<usize>> {
    let n = s.class_phrase_at(lex, "description_head", 0);
    if n == 0 {
        return None;
    }
    let comma = |k: usize| punct(s, k, &[","]);
    // "The man , who ...": a comma may stand before the relative word
    let rel = n + usize::from(comma(n));
    if !s
        .toks
        .get(rel)
        .is_some_and(|t| t.word && !s.in_mention(rel) && lex.in_class("relative", &t.norm))
    {
        return None;
    }
    // the first closing word after the relative word, with no punctuation
    // but brackets before it
    // ("The man , who ... ,": the comma opening the clause closes it)
    let opened = comma(n);
    let close = (rel + 2..(rel + MAX_TOKENS).min(s.toks.len())).find(|&k| {
        let t = &s.toks[k];
        (opened && comma(k))
            || (!s.in_mention(k) && t.word && lex.in_class("description_close", &t.norm))
    })?;
    let inside_ok = (rel + 1..close).all(|k| {
        let t = &s.toks[k];
        t.word || t.norm == "(" || t.norm == ")"
    });
    // a person named inside may be the one described ("istri X itu")
    let person_inside = s
        .ments
        .iter()
        .any(|m| m.etype == EntityType::Person && m.toks.start < close && m.toks.end > 0);
    let verb_next = s.is_lower(close + 1) && !s.in_mention(close + 1);
    (inside_ok && !person_inside && verb_next).then_some(0..close + 1)
}
