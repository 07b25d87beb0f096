//! Issue 17, fortieth round, part B: a list of persons each followed by
//! its title in apposition. Welcoming parties and the hosts of talks are
//! told "was welcomed by A , the Minister of Foreign Affairs of X , B ,
//! the Minister of Agriculture of Y , and C , the Acting High
//! Commissioner": the list reader (`args::coordinated_group_after`)
//! stopped at the comma after A, the title standing where it looks for a
//! list word or the next name. The apposition is passed over when it is a
//! title phrase: one to [`APPOSITION_TOKENS`] tokens between two commas,
//! naming no person, holding a capitalised word or a name, its lowercase words all
//! of a title phrase (classes `plural_ref::TITLE_WORDS`, a preposition
//! of no class `venue_prep`, a word of class `title_joiner` before a
//! capitalised word), opening with a word of class `determiner` or a
//! capitalised word (or, for an envoy's country, of class `person_of`:
//! "the ambassadors of X , A , of Y , B , and of Z , C"), a comma inside it only before a capitalised word of
//! no person ("the Minister of Agriculture , Land Reform and Rural
//! Development of Y"); and only when a list word or a person's name
//! follows the closing comma (so "A , the President of X , said" and "A ,
//! the Minister , on Monday" read as before).

use super::env::Env;
use super::plural_ref::TITLE_WORDS;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Most tokens of an apposition between its two commas.
const APPOSITION_TOKENS: usize = 16;

/// The closing comma of the title apposed to the person whose phrase
/// ends at token `end` (a comma), when the list goes on after it (see the
/// module's note); `end` itself otherwise.
pub(super) fn past_title(env: &Env, s: &Sent, end: usize) -> usize {
    let lex = env.lex;
    if s.toks.get(end).is_none_or(|t| t.norm != ",") {
        return end;
    }
    let opens = s.toks.get(end + 1).is_some_and(|t| {
        t.word && (t.upper || lex.tok_in_class("determiner", t) || lex.tok_in_class("person_of", t))
    });
    if !opens {
        return end;
    }
    let mut upper = false;
    for k in end + 1..(end + 2 + APPOSITION_TOKENS).min(s.toks.len()) {
        let t = &s.toks[k];
        if t.norm == "," {
            let goes_on = s
                .toks
                .get(k + 1)
                .is_some_and(|w| lex.tok_in_class("list", w))
                || s.free_at(k + 1)
                    .is_some_and(|m| s.ments[m].etype == EntityType::Person);
            if upper && k > end + 1 && goes_on {
                return k;
            }
            // "the Minister of Agriculture , Land Reform and Rural
            // Development of Y ,": a title's own comma before a capitalised
            // word of no person
            let title_goes_on = s.toks.get(k + 1).is_some_and(|w| w.word && w.upper)
                && !s
                    .ments
                    .iter()
                    .any(|m| m.toks.contains(&(k + 1)) && m.etype == EntityType::Person);
            if !title_goes_on {
                return end;
            }
            continue;
        }
        let person = s
            .ments
            .iter()
            .any(|m| m.toks.contains(&k) && m.etype == EntityType::Person);
        if person {
            return end;
        }
        if !t.word || s.in_mention(k) {
            // (the words of a place or body; "X 's", "( OAS )")
            if t.word || ["'", "(", ")"].contains(&t.norm.as_str()) {
                upper |= t.word;
                continue;
            }
            return end;
        }
        if t.norm == "s" && s.toks[k - 1].norm == "'" {
            continue;
        }
        if t.upper {
            upper = true;
            continue;
        }
        let title = TITLE_WORDS.iter().any(|c| lex.tok_in_class(c, t))
            || lex.words.in_title(&t.norm)
            || (lex.tok_in_class("prep", t) && !lex.tok_in_class("venue_prep", t));
        // ("Land Reform and Rural Development": a joiner between capitalised
        // words)
        let joiner = lex.tok_in_class("title_joiner", t)
            && s.toks.get(k + 1).is_some_and(|w| w.word && w.upper);
        if joiner {
            continue;
        }
        if !title || lex.tok_in_class("clause", t) || lex.tok_in_class("list", t) {
            return end;
        }
    }
    end
}

/// "and of Z , C": the token where the person named after an envoy's
/// country starts, when token `k` (after a list word) is a word of class
/// `person_of` followed by a country's words (names, capitalised words,
/// determiners) and a comma right before the person; None otherwise.
pub(super) fn past_envoy_country(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let lex = env.lex;
    if !s
        .toks
        .get(k)
        .is_some_and(|t| t.word && !s.in_mention(k) && lex.tok_in_class("person_of", t))
    {
        return None;
    }
    let mut named = false;
    for j in k + 1..(k + 1 + APPOSITION_TOKENS).min(s.toks.len()) {
        let t = &s.toks[j];
        let person = s
            .ments
            .iter()
            .any(|m| m.toks.contains(&j) && m.etype == EntityType::Person);
        if person {
            return None;
        }
        if t.norm == "," {
            let next = s
                .free_at(j + 1)
                .filter(|&m| s.ments[m].etype == EntityType::Person);
            return next.filter(|_| named).map(|_| j + 1);
        }
        let word = t.word
            && (s.in_mention(j)
                || t.upper
                || lex.tok_in_class("determiner", t)
                || lex.tok_in_class("person_of", t));
        if !word && t.norm != "'" {
            return None;
        }
        named |= s.in_mention(j);
    }
    None
}
