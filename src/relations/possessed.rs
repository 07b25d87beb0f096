//! Objects that name something of a party: "mengecam kebijakan X",
//! "mengkritik gaya kepemimpinan X", "criticised the policies of X". The
//! words of the object are lexicon data (class `possessed`); the party
//! after them is the target of a stance verb (issue 17, tenth round).
//! Thirteenth round: an attack is something of its attacker ("mengecam
//! serangan X", "condemned the strikes by X"), and modifiers (class
//! `possessed_modifier`: "keras", "militer", "udara", "berbahaya";
//! "military", "deadly") may stand among the object's words.

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
    // "mengecam keras serangan militer X": words of class
    // `possessed_modifier` may stand among them, but one must be a
    // `possessed` word
    let mut head = false;
    while k < start + HEAD_WORDS && (word(k, "possessed") || word(k, "possessed_modifier")) {
        head |= word(k, "possessed");
        k += 1;
    }
    if !head {
        return None;
    }
    if word(k, "possessed_of") {
        k += 1;
    }
    s.free_at(k).filter(|&m| ok(m))
}
