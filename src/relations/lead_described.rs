//! Issue 17, forty-first round, part B: a title standing alone as a
//! description ("At the airport the President was welcomed by A , B and
//! C", "The Sultan also shook hands with X") stands for the one person
//! shown before with that office (`coref`). When the document showed two
//! or more persons with it (the visiting president and the host named in
//! the opening sentence, a sultan and a king of one office), the
//! description stands for the one the document opened with: the first
//! titled person of its first sentence, the subject the story is about,
//! when that sentence showed no other person with the office (a first
//! sentence showing two, "A and B met", leaves the choice open).
//! Only in a sentence that tells what took place: one holding a cue of a
//! plan ("is expected to return", "akan ... lalu bertemu") or a word of
//! class `request_verb` ("asked the president to pay a visit") leaves
//! the description unresolved, as does a document whose first titled
//! person came later or is not among those of the office.

use super::coref::Memory;
use super::lexicon::Lexicon;
use super::sentence::Sent;
use crate::base::types::Modality;

/// The person a title description in sentence `s` stands for among
/// `same`, the (person, sentence) of every titled name shown before with
/// the description's office: the one person there, or, with more, the
/// document's first titled person when it was named in the first
/// sentence with no other of them, is among them, and `s` tells no plan
/// nor request.
pub(super) fn one_of(lex: &Lexicon, s: &Sent, mem: &Memory, same: &[(u32, u32)]) -> Option<u32> {
    let mut v: Vec<u32> = same.iter().map(|x| x.0).collect();
    v.sort_unstable();
    v.dedup();
    match v[..] {
        [] => None,
        [p] => Some(p),
        _ => {
            let &(_, _, p, sent) = mem.titled().first()?;
            // ("A dan B bertemu di X. Sang presiden lalu ...": a first
            // sentence showing two of the office leaves the choice open)
            let alone = !same.iter().any(|&(q, at)| q != p && at == sent);
            let told = sent == 0 && alone && v.contains(&p) && !planned_or_asked(lex, s);
            told.then_some(p)
        }
    }
}

/// Whether some word of `s` opens a cue phrase of a plan or is of class
/// `request_verb`.
fn planned_or_asked(lex: &Lexicon, s: &Sent) -> bool {
    let n = s.toks.len();
    (0..n).any(|k| {
        s.class_phrase_at(lex, "request_verb", k) > 0
            || super::modality::cues_at(lex, s, k, n).any(|m| m == Modality::Planned)
    })
}
