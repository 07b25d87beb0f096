//! Issue 17, thirty-fifth round (main's share): one sense per discourse
//! for the trigger words that sport reports use in another sense. In a
//! match report "serangan" is an attack of play and "penyerang" a
//! striker, "Umpan X disambut tandukan Y" is a pass met by a header,
//! "menemui X di kotak penalti" a pass that found a teammate, "bertemu di
//! final" a match-up, "disokong" a player backing another and
//! "pendukung" a club's fans; in English "attacked", "struck", "a shot",
//! "met at the far post", "supporters". Read as relations, they made
//! attacks of clubs on places, meetings of players and support of fans
//! on real news (IndoSum).
//!
//! A document whose lead (its first [`LEAD`] bytes: the headline and the
//! first paragraph, where a report shows its topic) holds at least
//! [`MIN_CONTEXT`] distinct words of class `sport_context` (words rarely
//! used outside sport: "laga", "gelandang", "stadion", "striker",
//! "referee", "tournament") is a sport report; in a sport report a word
//! of class `sport_sense` starts no trigger. The test runs once per
//! document, and only in a document where a word of class `sport_sense`
//! would start a trigger ([`super::env::Env::sport_report`]), as one
//! DFA walk over the lead ([`WordFinder`]): folding and looking up every
//! word of the document cost 2% of a build.

use super::index::WordFinder;
use super::lexicon::Lexicon;
use std::collections::BTreeSet;

/// Distinct words of class `sport_context` that make a sport report: one
/// or two occur in other news ("the stadium where the leaders spoke", "a
/// football tournament the two ministers opened"), three rarely (none of
/// the diplomatic fixtures' documents; see the docs).
pub(super) const MIN_CONTEXT: usize = 3;

/// Bytes of a document's lead read for the test: on IndoSum the leads
/// of 144 of the 150 sport reports among the documents that hold a word
/// of class `sport_sense` already hold three words of sport.
pub(super) const LEAD: usize = 1_500;

/// The finder of the lexicon's words of class `sport_context` (the ASCII
/// ones: the walk folds ASCII letters only; `None` without any).
pub(super) fn finder(lex: &Lexicon) -> Option<WordFinder> {
    let words: BTreeSet<String> = lex
        .words
        .class_words("sport_context")
        .filter(|w| w.is_ascii())
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return None;
    }
    WordFinder::new(&words)
}

/// Whether `text` is a sport report: its lead holds [`MIN_CONTEXT`]
/// distinct words of `words` (any case).
pub(super) fn is_report(words: Option<&WordFinder>, text: &str) -> bool {
    let Some(words) = words else {
        return false;
    };
    let mut end = text.len().min(LEAD);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    words.distinct_in(&text[..end], MIN_CONTEXT)
}
