//! A clause with no subject whose agent is the previous sentence's
//! speaker: "X menyatakan ... . Hal itu diungkapkan usai bertemu Y",
//! "X said ... . This was stated after meeting Y" (issue 17, eleventh
//! round). The sentence opens with a phrase of class `report_subject`
//! ("hal itu", "this") and a passive verb of saying of class
//! `report_verb` with no agent named after it; the verb then stands for
//! the one person of the sentence before, as a coreference.

use super::lexicon::Lexicon;
use super::morph::passive_id_with;
use super::sentence::Sent;

/// The tokens of the agentless passive verb of saying after a
/// `report_subject` phrase opening the sentence, if any.
pub(super) fn zero_agent(lex: &Lexicon, s: &Sent) -> Option<std::ops::Range<usize>> {
    let n = s.class_phrase_at(lex, "report_subject", 0);
    if n == 0 || (0..n).any(|k| s.in_mention(k)) {
        return None;
    }
    let word = |k: usize| s.toks.get(k).is_some_and(|t| t.word && !s.in_mention(k));
    let report = |k: usize, w: &str| word(k) && s.is_lower(k) && lex.in_class("report_verb", w);
    let verb = if word(n) && s.toks[n].norm.starts_with("di") {
        // Indonesian: "diungkapkan", "disampaikan"
        passive_id_with(&s.toks[n].norm, |stem| report(n, stem)).then_some(n)
    } else if word(n)
        && lex.in_class("be", &s.toks[n].norm)
        && s.toks.get(n + 1).is_some_and(|t| report(n + 1, &t.norm))
    {
        // English: "was said", "was stated"
        Some(n + 1)
    } else {
        None
    }?;
    // an agent named after the verb is the subject ("diungkapkan X",
    // "stated by X")
    let next = verb + 1;
    let named =
        s.free_at(next).is_some() || (word(next) && lex.in_class("agent_prep", &s.toks[next].norm));
    (!named).then_some(verb..verb + 1)
}
