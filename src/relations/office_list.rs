//! Titles in lists and long forms (issue 17, twenty-fourth round, part
//! B): "the President of the Republic of Ivory Coast, X", "X, Minister of
//! Foreign Affairs of the Sultanate of Oman", "X, Minister of Foreign
//! Affairs, Foreign Employment and Tourism of Sri Lanka", and lists of
//! names each followed by its title ("A, Minister of Foreign Affairs of
//! the Kingdom of Saudi Arabia, B, Minister of Foreign Affairs of the
//! Sultanate of Oman, and C, ..."), where a title between two names is
//! the first one's.

use super::appoint::{comma_before_title, mention_at, punct};
use super::index::Extractor;
use super::sentence::Sent;
use super::title_words::title_at;
use crate::base::types::EntityType;

/// Token `k` moved past a state's form before its country: "Republic of",
/// "Sultanate of" (a phrase of class `state_form`, capitalised, then
/// "of" and a country's mention). The tagger names "Ivory Coast" or
/// "Oman" without the form, so the title's "of the" reached no country.
/// `k` itself when there is no such form.
pub(super) fn past_state_form(s: &Sent, k: usize, x: &Extractor) -> usize {
    if mention_at(s, k).is_some() || !s.toks.get(k).is_some_and(|t| t.word && t.upper) {
        return k;
    }
    let n = s.class_phrase_at(x.lex, "state_form", k);
    let of = n > 0 && s.toks.get(k + n).is_some_and(|t| t.word && t.norm == "of");
    if of && country_at(s, k + n + 1, x) {
        k + n + 1
    } else {
        k
    }
}

/// Whether a country's mention starts at `k`.
fn country_at(s: &Sent, k: usize, x: &Extractor) -> bool {
    mention_at(s, k).is_some_and(|m| {
        s.ments[m].etype == EntityType::Place && x.countries.contains(&s.ments[m].entity)
    })
}

/// Whether "of", then "the" and a state's form if any, and a country
/// start at `k`: the end of a portfolio in more words than the title data
/// holds ("Minister of Foreign Affairs, Foreign Employment and Tourism
/// *of Sri Lanka*").
pub(super) fn of_country(s: &Sent, k: usize, x: &Extractor) -> bool {
    if !s.toks.get(k).is_some_and(|t| t.word && t.norm == "of") {
        return false;
    }
    let det = super::appoint::determiner_at(s, k + 1, x);
    let at = k + 1 + usize::from(det);
    country_at(s, past_state_form(s, at, x), x)
}

/// Whether the title starting at `start` stands in a list of names each
/// followed by its title: a person's name and a comma stand before it
/// (a determiner may follow the comma), and the name `p` after it is
/// followed by a comma and another title. Then the title is the earlier
/// name's, not `p`'s, whose own title follows it.
pub(super) fn between_names(s: &Sent, p: usize, start: usize, x: &Extractor) -> bool {
    let Some(c) = comma_before_title(s, start, x) else {
        return false;
    };
    let named = s
        .ments
        .iter()
        .any(|m| !m.nested && m.toks.end == c && m.etype == EntityType::Person);
    let end = s.ments[p].toks.end;
    // ("B, Non-Resident Ambassador of Y": past a status, thirty-eighth round)
    let next = end + 1 + super::modified_title::status_len(s, end + 1, x);
    named && punct(s, end, &[","]) && title_at(s, next, x).is_some()
}

/// The comma after a name before a first title coordinated to the title
/// at `start`: "X, the Prime Cabinet Secretary *and* Cabinet Secretary for
/// Foreign and Diaspora Affairs of Kenya" (twenty-eighth round). The first
/// title's words (at most four) are capitalised, or lowercase words of no
/// grammatical class ("X, the Bosnian Serb leader *and* president of Y",
/// thirty-fourth round, part A), and a title of the office data ends right
/// before the coordination word; no determiner after it ("X, the President
/// and the Foreign Minister of Kenya" names two).
pub(super) fn comma_before_coordinated(s: &Sent, start: usize, x: &Extractor) -> Option<usize> {
    let and = start.checked_sub(1)?;
    if !s.is_lower(and) || !x.lex.tok_in_class("coord", &s.toks[and]) {
        return None;
    }
    let cap = |k: usize| s.toks[k].word && s.toks[k].upper && !s.in_mention(k);
    // a lowercase title ("leader") or modifier, but no determiner,
    // preposition, clause or list word (those end the description)
    let lower = |k: usize| {
        s.is_lower(k)
            && !["determiner", "prep", "clause", "list", "coord"]
                .iter()
                .any(|c| x.lex.tok_in_class(c, &s.toks[k]))
    };
    let first = (1..=4)
        .map_while(|d| and.checked_sub(d))
        .take_while(|&k| cap(k) || lower(k))
        .last()?;
    let titled = (first..and).any(|t| title_at(s, t, x).is_some_and(|(_, n, _)| t + n == and));
    titled.then(|| comma_before_title(s, first, x)).flatten()
}

/// Whether the apposition of a title after a name closes at `k`: the
/// end, a punctuation mark, or a second title coordinated to it.
pub(super) fn apposition_closes(s: &Sent, k: usize, x: &Extractor) -> bool {
    k >= s.toks.len() || punct(s, k, &[",", ")", ".", "!", "?", "\"", ";"]) || second_title(s, k, x)
}

/// Whether the apposition of a title after a name closes at `k` with a
/// second title coordinated to it: "X, Minister of Foreign Affairs of the
/// Kingdom of Bahrain *and current President of* the Council" (a
/// coordination word, at most two lowercase words, then a title).
fn second_title(s: &Sent, k: usize, x: &Extractor) -> bool {
    let coord = s
        .toks
        .get(k)
        .is_some_and(|t| t.word && !t.upper && x.lex.in_class("coord", &t.norm));
    coord
        && (k + 1..k + 4)
            .take_while(|&j| j == k + 1 || s.is_lower(j - 1))
            .any(|j| title_at(s, j, x).is_some())
}

/// The end of a year (1900 to 2099) right after a title's country or
/// organisation (its last mention ends at `head_end`) and before the
/// holder's name, after a comma or not: "Presiden ASEAN
/// Inter-Parliamentary Assembly (AIPA) 2023, Puan Maharani", "Chair of
/// ASEAN 2023 X". The year of a term or a chairmanship is part of the
/// title; it had stood between the title and its holder.
pub(super) fn year_before_name(s: &Sent, head_end: usize, in_title: &[usize]) -> Option<usize> {
    // (or its bracketed acronym: "... Assembly (AIPA) 2023")
    let bracket = head_end >= 3 && punct(s, head_end - 1, &[")"]) && punct(s, head_end - 3, &["("]);
    let owner = in_title.last().is_some_and(|&m| {
        let end = s.ments[m].toks.end;
        // (the acronym's own mention, or the name's before the bracket)
        end == head_end || (bracket && (end == head_end - 1 || end == head_end - 3))
    });
    let year = s.toks.get(head_end).is_some_and(|t| {
        t.word
            && t.norm.len() == 4
            && t.norm.bytes().all(|b| b.is_ascii_digit())
            && (t.norm.starts_with("19") || t.norm.starts_with("20"))
    });
    let person =
        |k: usize| mention_at(s, k).is_some_and(|p| s.ments[p].etype == EntityType::Person);
    let named = person(head_end + 1) || (punct(s, head_end + 1, &[","]) && person(head_end + 2));
    (owner && year && named).then_some(head_end + 1)
}
