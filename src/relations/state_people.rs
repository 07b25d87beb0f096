//! Issue 17, thirty-fifth round, part D: a state's people or government
//! standing for the state as a trigger's object. "AS akan terus mendukung
//! rakyat dan pemerintah Somalia", "pledged its support to the people and
//! Government of X": the golds give the state as the party supported
//! (heldout30 id-14, heldout14 en-16). Words of class `state_people`
//! (rakyat, pemerintah; people, government), at most two joined by a list
//! word, after an optional determiner, then in English a word of class
//! `possessed_of` ("of"), then a country's name: the country is the
//! object. Only the kinds of class `state_people_kind` read it (a
//! meeting with "the government of X" meets no one named).

use super::env::Env;
use super::lexicon::ArgType;
use super::sentence::Sent;

/// The country that a phrase of `state_people` words at token `from`
/// stands for, when it passes `ok`, for a trigger of kind `kind`.
pub(super) fn people_state(
    env: &Env,
    s: &Sent,
    kind: &str,
    from: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !env.lex.in_class("state_people_kind", kind) {
        return None;
    }
    let word = |k: usize, class: &str| env.free_word_in(s, k, class);
    let mut k = from + usize::from(word(from, "determiner"));
    if !word(k, "state_people") {
        return None;
    }
    k += 1;
    // "rakyat dan pemerintah X", "the people and the Government of X"
    let n = s.class_phrase_at(env.lex, "list", k);
    if n > 0 {
        let j = k + n;
        let j = j + usize::from(word(j, "determiner"));
        if !word(j, "state_people") {
            return None;
        }
        k = j + 1;
    }
    if word(k, "possessed_of") {
        k += 1;
    }
    let m = s.free_at(k)?;
    (env.type_ok(s, m, &[ArgType::Country]) && ok(m)).then_some(m)
}
