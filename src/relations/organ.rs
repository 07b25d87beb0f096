//! A state named as the owner of one of its organs stands for the state as
//! the agent of a state's act: "Iraq's Ministry of Foreign Affairs
//! summoned Turkey's ambassador", "Afghanistan's foreign ministry
//! condemned ...", "the Foreign Ministry of Iraq summoned ..." (issue 17,
//! twentieth round). Indonesian names the organ before the state with no
//! preposition ("Kementerian Luar Negeri Irak memanggil ..."): a place
//! closing a body's name ("Kementerian Keuangan Amerika Serikat") may be
//! the subject, though its last word looks like a noun it would possess
//! (twenty-third round).
//!
//! Only places: a person's or an organisation's "office" is no state. The
//! organ words are data (class `state_organ`); the kinds whose source may
//! be a place are the acts of states (sanctions, criticizes, attacks,
//! supports, supplies), so a meeting or a visit never takes the state.

use super::args::possessor;
use super::env::Env;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Most words of an organ's phrase before "of" and its state ("Ministry of
/// Foreign Affairs of Iraq"), and most words after a possessive before the
/// organ word ("Iraq's defence ministry").
const MAX_PHRASE: usize = 5;
const MAX_BEFORE_ORGAN: usize = 2;

/// Whether token `k` is a word of class `state_organ` outside any mention.
fn organ_word(env: &Env, s: &Sent, k: usize) -> bool {
    env.free_word_in(s, k, "state_organ")
}

/// Whether mention `m`, a place, owns an organ by a possessive: "Iraq's
/// Ministry of Foreign Affairs", "Afghanistan's foreign ministry": an organ
/// word among the first two words after the `'s`, none in a mention.
pub(super) fn owns_organ(env: &Env, s: &Sent, m: usize) -> bool {
    let after = s.ments[m].toks.end + 2;
    s.ments[m].etype == EntityType::Place
        && possessor(s, m)
        && (after..after + MAX_BEFORE_ORGAN)
            .take_while(|&k| s.toks.get(k).is_some_and(|t| t.word && !s.in_mention(k)))
            .any(|k| organ_word(env, s, k))
}

/// Whether mention `m`, a place, closes an organ's phrase with "of": "the
/// Foreign Ministry of Iraq", "the Ministry of Foreign Affairs of Iraq":
/// a word of class `organ_of` right before it, and an organ word among the
/// words before that, back over words outside mentions only.
fn organ_of(env: &Env, s: &Sent, m: usize) -> bool {
    let ext = s.ments[m].ext;
    let of = ext >= 2 && {
        let t = &s.toks[ext - 1];
        t.word && env.lex.in_class("organ_of", &t.norm)
    };
    of && s.ments[m].etype == EntityType::Place
        && (ext.saturating_sub(1 + MAX_PHRASE)..ext - 1)
            .rev()
            .take_while(|&k| s.toks[k].word && !s.in_mention(k))
            .any(|k| organ_word(env, s, k))
}

/// Most capitalised words of a body's name between its body word and its
/// place ("Kementerian Energi Sumber Daya Mineral Brasil").
const MAX_BODY_NAME: usize = 4;

/// Whether mention `m`, a place, closes the name of one of its bodies
/// written before it with no preposition, as Indonesian writes it:
/// "Kementerian Keuangan Amerika Serikat", "Departemen Pertahanan AS": a
/// word of class `body`, then one to four capitalised words, none in a
/// mention, right before the place.
fn body_named(env: &Env, s: &Sent, m: usize) -> bool {
    if s.ments[m].etype != EntityType::Place {
        return false;
    }
    let ext = s.ments[m].ext;
    for (n, k) in (ext.saturating_sub(MAX_BODY_NAME + 1)..ext)
        .rev()
        .enumerate()
    {
        let t = &s.toks[k];
        if !t.word || !t.upper || s.in_mention(k) {
            return false;
        }
        if env.lex.in_class("body", &t.norm) {
            return n >= 1;
        }
    }
    false
}

/// Whether mention `m`, a place, stands for its state as the owner of an
/// organ named before it: [`organ_of`] or a body's name it closes.
pub(super) fn names_organ(env: &Env, s: &Sent, m: usize) -> bool {
    organ_of(env, s, m) || body_named(env, s, m)
}
