//! A title the office data does not know, in front of a person's name
//! (issue 17, twenty-sixth round, part B): "held talks with Chairman of
//! the State Great Khural (Parliament) of Mongolia X", "bertemu Ketua
//! Majelis Nasional Rakyat Aljazair X". The readers of arguments take a
//! name right after a trigger or a preposition, so such a name was lost.
//! The title opens with a word of class `long_title_head` and runs on
//! capitalised words, words of class `long_title_link` ("of", "the"),
//! brackets and names of places and organisations up to the name; the
//! name's phrase then starts at the title, and the places and
//! organisations inside it are the title's, no arguments. No office is
//! read from it (a chamber's chair gives none, by the gold's policy).

use super::lexicon::Lexicon;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Tokens at most between the title's head word and the name.
const TITLE_TOKENS: usize = 14;

/// Extends the phrase of every person named after such a title (and none
/// whose phrase starts with a title already).
pub(super) fn extend(lex: &Lexicon, s: &mut Sent) {
    for p in 0..s.ments.len() {
        let m = &s.ments[p];
        // "the Minister of Defence , Lieutenant General X": a phrase
        // opened by a rank alone is no title yet (thirtieth round, part B)
        let ranked =
            m.ext < m.toks.start && s.class_phrase_at(lex, "rank", m.ext) == m.toks.start - m.ext;
        if m.etype != EntityType::Person || !m.free() || (m.ext < m.toks.start && !ranked) {
            continue;
        }
        let Some(head) = title_start(lex, s, m.ext) else {
            continue;
        };
        s.ments[p].ext = head;
        for q in 0..s.ments.len() {
            let inner =
                s.ments[q].toks.start >= head && s.ments[q].toks.end <= s.ments[p].toks.start;
            if inner && q != p {
                s.ments[q].in_title = true;
            }
        }
    }
}

/// The first token of a title that ends right before token `name`, when
/// one stands there: a run back from the name of capitalised words,
/// links, brackets and places or organisations, closed by a capitalised
/// word, a name or a bracket, holding a head word and no honorific; it
/// starts at its first capitalised word or name.
///
/// A title set off by a comma counts when an article opens it (class
/// `long_title_article`): "met the Chairperson of the National Assembly,
/// X" (twenty-ninth round, part B; heldout24 en-19, en-13, en-15).
fn title_start(lex: &Lexicon, s: &Sent, name: usize) -> Option<usize> {
    let before = name.checked_sub(1)?;
    let comma = s.toks[before].norm == ",";
    let name = if comma { before } else { name };
    let last = name.checked_sub(1)?;
    let upper = |j: usize| s.toks[j].word && s.toks[j].upper;
    if !(s.toks[last].norm == ")" || upper(last) || inner_name(s, last).is_some()) {
        return None;
    }
    let mut k = name;
    let mut head = false;
    while k > 0 && name - k < TITLE_TOKENS {
        let j = k - 1;
        let t = &s.toks[j];
        if let Some(m) = inner_name(s, j) {
            k = s.ments[m].toks.start;
            continue;
        }
        // "the head of Libya 's Presidential Council , X": a place's
        // possessive inside the title (thirtieth round, part B)
        if let Some(m) = j
            .checked_sub(2)
            .filter(|_| t.norm == "s" && s.possessive_s_before(j + 1))
            .and_then(|o| inner_name(s, o))
        {
            k = s.ments[m].toks.start;
            continue;
        }
        // "met the head of the Government of National Unity , X": a
        // lowercase head word opens a title set off by a comma (the article
        // before it is asked below); the run ends there
        if comma && t.word && !t.upper && !s.in_mention(j) && lex.tok_in_class("long_title_head", t)
        {
            head = true;
            k = j;
            break;
        }
        let link = t.word && !t.upper && lex.tok_in_class("long_title_link", t);
        let bracket = !t.word && (t.norm == "(" || t.norm == ")");
        if s.in_mention(j) || !(link || bracket || upper(j)) {
            break;
        }
        head |= upper(j) && lex.tok_in_class("long_title_head", t);
        k = j;
    }
    let lower_head = s.is_lower(k) && lex.tok_in_class("long_title_head", &s.toks[k]);
    let start =
        (k..name).find(|&j| (j == k && lower_head) || upper(j) || inner_name(s, j).is_some())?;
    // "President His Highness Sheikh X": a run holding an honorific is a
    // ruler's style, left to the office data
    let honorific = (start..name).any(|j| s.class_phrase_at(lex, "honorific", j) > 0);
    // a bracket opened in the title is closed in it
    let open = (start..name).filter(|&j| s.toks[j].norm == "(").count();
    let shut = (start..name).filter(|&j| s.toks[j].norm == ")").count();
    // the comma's title is an apposition only after an article ("the
    // Speaker of the House, X"); a bare one may end a list's member
    let set_off = !comma
        || start
            .checked_sub(1)
            .is_some_and(|j| lex.tok_in_class("long_title_article", &s.toks[j]));
    (head && set_off && !honorific && open == shut && name - start >= 2).then_some(start)
}

/// The place or organisation mention covering token `k`.
fn inner_name(s: &Sent, k: usize) -> Option<usize> {
    s.ments.iter().position(|m| {
        m.toks.contains(&k) && matches!(m.etype, EntityType::Place | EntityType::Organisation)
    })
}
