//! Objects that name something of a party: "mengecam kebijakan X",
//! "mengkritik gaya kepemimpinan X", "criticised the policies of X". The
//! words of the object are lexicon data (class `possessed`); the party
//! after them is the target of a stance verb (issue 17, tenth round).

use super::env::Env;
use super::sentence::Sent;

/// How many words of the `possessed` class the object may have.
const HEAD_WORDS: usize = 3;

/// The mention named after an object of `possessed` words right after
/// token `from` (a determiner may open it; in English, "of" may close
/// it), when it passes `ok`.
pub(super) fn possessed_party(
    env: &Env,
    s: &Sent,
    from: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let word = |k: usize, class: &str| {
        s.toks
            .get(k)
            .is_some_and(|t| t.word && !s.in_mention(k) && env.lex.in_class(class, &t.norm))
    };
    let mut k = from + usize::from(word(from, "determiner"));
    let start = k;
    while k < start + HEAD_WORDS && word(k, "possessed") {
        k += 1;
    }
    if k == start {
        return None;
    }
    if word(k, "possessed_of") {
        k += 1;
    }
    s.ments
        .iter()
        .position(|m| m.free() && m.ext == k)
        .filter(|&m| ok(m))
}
