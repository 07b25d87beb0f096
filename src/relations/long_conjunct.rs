//! Issue 17, thirty-sixth round, part B: a conjunct behind a title the
//! title pass left unread. Welcoming parties and lists of hosts and guests
//! name each person after a long title, and a list word (maybe with the
//! agent's preposition repeated) opens each entry: "was received by A and
//! by Crown Prince and Prime Minister B", "by A and by the Zambian High
//! Commissioner to Tanzania , Ms B", "bertemu A , C , serta Presiden
//! Zanzibar sekaligus Ketua Dewan Revolusi Tanzania B", "by A and Manila
//! International Airport Authority Assistant General Manager B". Read by
//! `args::coordinated_group_after` when neither the plain reader nor the
//! apposed title's reader finds a person after the list word.
//!
//! The walk from the list word: a preposition of no class `venue_prep`
//! first ("by", "oleh"), then capitalised words, names of no person,
//! possessives, title words (classes `plural_ref::TITLE_WORDS`, a word of
//! an office's title, a preposition of no class `venue_prep`), and a word
//! of class `title_joiner` ("and", "sekaligus") only right before a
//! capitalised word; one comma may stand right before the name, with at
//! most two capitalised words between (an honorific: "Ms", "HE"). A
//! capitalised word must stand in the walk, and the name must close its
//! clause (punctuation, a list word or the sentence's end after it).

use super::env::Env;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Most tokens of the title phrase before the name.
const REACH: usize = 14;

/// Most capitalised words between the comma and the name ("Ms", "Her
/// Excellency").
const HONORIFIC: usize = 2;

/// The token where the person named behind a long title starts its phrase
/// (its `ext`), the walk (see the module's note) starting at token `k`,
/// right after a list word; None when the walk meets anything else.
pub(super) fn behind_title(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let lex = env.lex;
    let end = (k + REACH).min(s.toks.len());
    let mut titled = false;
    // the tokens read since the comma, if one was passed
    let mut comma: Option<usize> = None;
    let mut j = k;
    // ("and by B": the agent's preposition repeated)
    if env.free_word_in(s, j, "prep") && !env.free_word_in(s, j, "venue_prep") {
        j += 1;
    }
    while j < end {
        if let Some(i) = s.free_at(j) {
            let m = &s.ments[i];
            if m.etype == EntityType::Person {
                // (a possessor, "Y 's office", is none)
                let close = m.toks.end;
                let closes = s.toks.get(close).is_none_or(|t| {
                    (!t.word && t.norm != "'")
                        || lex.tok_in_class("list", t)
                        || lex.tok_in_class("reflexive", t)
                });
                return (titled && closes).then_some(j);
            }
            if comma.is_some() {
                return None;
            }
            titled = true;
            j = m.toks.end.max(j + 1);
            continue;
        }
        // (a person's name taken by some other phrase ends the walk;
        // the words of a place or body inside a title are read as words)
        let person =
            |m: &super::sentence::Ment| m.etype == EntityType::Person && m.toks.contains(&j);
        if s.in_mention(j) && s.ments.iter().any(person) {
            return None;
        }
        let t = &s.toks[j];
        if let Some(n) = comma.as_mut() {
            // after the comma: an honorific or two, then the name
            *n += 1;
            if !(t.word && t.upper) || *n > HONORIFIC {
                return None;
            }
            j += 1;
            continue;
        }
        let possessive = t.norm == "'" || (t.norm == "s" && j > k && s.toks[j - 1].norm == "'");
        if t.norm == "," && titled {
            comma = Some(0);
        } else if possessive {
            // "Uganda 's Minister of Security"
        } else if !t.word || lex.tok_in_class("clause", t) {
            return None;
        } else if lex.tok_in_class("title_joiner", t) {
            // "Crown Prince and Prime Minister B": only inside a title
            if !s.toks.get(j + 1).is_some_and(|w| w.word && w.upper) || !titled {
                return None;
            }
        } else if lex.tok_in_class("list", t) {
            return None;
        } else if t.upper || lex.words.in_title(&t.norm) {
            titled = true;
        } else if !(super::plural_ref::TITLE_WORDS
            .iter()
            .any(|c| lex.tok_in_class(c, t))
            || (lex.tok_in_class("prep", t) && !lex.tok_in_class("venue_prep", t)))
        {
            return None;
        }
        j += 1;
    }
    None
}

/// Whether token `k` is a reflexive word of class `reflexive` ("himself",
/// "sendiri") standing right after a conjunct: "by A himself and by B"
/// goes on past it.
pub(super) fn reflexive_at(env: &Env, s: &Sent, k: usize) -> bool {
    env.free_word_in(s, k, "reflexive")
}
