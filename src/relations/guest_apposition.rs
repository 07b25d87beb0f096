//! Issue 17, thirty-second round, part C1: the description of a guest
//! between its name and the venue of its reception. "received X , the
//! Secretary-General of the Organization of American States ( OAS ) , at
//! the Laing Building in Belize City", "menerima X , Sekretaris Jenderal
//! OAS , di Gedung Y , Z": the apposition is passed over, so the venue
//! phrase after it is the reception's.

// The word classes a lowercase word of an apposition may belong to are
// those of a title phrase ("the", "of", "to", "former", "deputy"), as a
// plural reference reads them; any other lowercase word may be a verb of a
// relative clause ("who arrived in Y").
use super::env::Env;
use super::plural_ref::TITLE_WORDS;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Most tokens of a guest's apposition between its two commas.
const APPOSITION_TOKENS: usize = 16;

/// The token after the apposition that starts at token `end` right after
/// a guest's name: a comma, one to [`APPOSITION_TOKENS`] tokens naming no
/// other person, holding a capitalised word, no lowercase word but those of a
/// title phrase (classes [`TITLE_WORDS`], a preposition of no class
/// `venue_prep`), and a closing comma. `end` itself when none stands
/// there.
pub(super) fn past_apposition(env: &Env, s: &Sent, end: usize) -> usize {
    let lex = env.lex;
    if s.toks.get(end).is_none_or(|t| t.norm != ",") {
        return end;
    }
    // a title phrase naming the guest again ("Vladimir Putin , the
    // President of Russia ,") is his own description
    let guest = s.ment_ending_at(end).map(|m| s.ments[m].entity);
    let mut upper = false;
    for k in end + 1..(end + 2 + APPOSITION_TOKENS).min(s.toks.len()) {
        let t = &s.toks[k];
        if t.norm == "," {
            return if upper && k > end + 1 { k + 1 } else { end };
        }
        let person = s.ments.iter().any(|m| {
            m.toks.contains(&k) && m.etype == EntityType::Person && Some(m.entity) != guest
        });
        if person {
            return end;
        }
        if !t.word || s.in_mention(k) {
            continue;
        }
        if t.upper {
            upper = true;
            continue;
        }
        let title = TITLE_WORDS.iter().any(|c| lex.tok_in_class(c, t))
            || (lex.tok_in_class("prep", t) && !lex.tok_in_class("venue_prep", t));
        if !title || lex.tok_in_class("clause", t) || lex.tok_in_class("list", t) {
            return end;
        }
    }
    end
}
