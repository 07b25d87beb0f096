//! A signed keepsake is no agreement (issue 17, twenty-second round):
//! "before he signed a visitors' book", "menandatangani buku tamu",
//! "menandatangani prasasti". The object right after a signing verb is a
//! word of class `keepsake`: the trigger relates no one (the persons
//! named before it, "welcomed by A and B , before he signed a visitors'
//! book", were taken as the signing pair).

use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;

/// Tokens after the verb that may come before the object's noun: a
/// determiner, a possessive or a plural's apostrophe, one modifier.
const REACH: usize = 4;

/// Whether the active trigger `t` has an object of class `keepsake`
/// within [`REACH`] tokens, before any mention or preposition.
pub(super) fn signed_keepsake(env: &Env, s: &Sent, t: &Trig) -> bool {
    if t.voice != Voice::Active {
        return false;
    }
    for k in t.end..(t.end + REACH).min(s.toks.len()) {
        let w = &s.toks[k];
        if s.in_mention(k) || (w.word && env.lex.in_class("prep", &w.norm)) {
            return false;
        }
        if w.word && s.class_phrase_at(env.lex, "keepsake", k) > 0 {
            return true;
        }
        if !w.word && w.norm != "'" && w.norm != "\u{2019}" {
            return false;
        }
    }
    false
}

/// Whether trigger `t` (a noun, or a memorandum named as such) is the
/// object of a verb of witnessing (class
/// `witness_verb`: "menyaksikan penandatanganan", "witnessed the
/// signing", "oversaw the signing ceremony", "menyaksikan
/// penandatanganan dua nota kesepahaman"), up to [`REACH`] lowercase
/// words between (thirty-first round, part D): the verb's subject
/// watches the signing and is no party of it, so the noun takes no
/// subject; a pair the noun names itself ("antara X dan Y") stays.
pub(super) fn witnessed(env: &Env, s: &Sent, t: &Trig) -> bool {
    object_of(env, s, t, "witness_verb")
}

/// Whether trigger `t` is the object of a verb of class `class`, up to
/// [`REACH`] lowercase words between ([`witnessed`]; `attend_verb`,
/// thirty-second round, part B).
pub(super) fn object_of(env: &Env, s: &Sent, t: &Trig, class: &str) -> bool {
    let mut k = t.start;
    while k > 0 && t.start - k <= REACH {
        k -= 1;
        if s.in_mention(k) || !s.toks[k].word {
            return false;
        }
        let n = s.class_phrase_at(env.lex, class, k);
        if n > 0 && k + n <= t.start {
            return true;
        }
    }
    false
}
