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
//! A document holding at least [`MIN_CONTEXT`] distinct words of class
//! `sport_context` (words rarely used outside sport: "laga", "gelandang",
//! "stadion", "striker", "referee", "tournament") is a sport report; in a
//! sport report a word of class `sport_sense` starts no trigger. The test
//! runs once per document, and only in a document where a word of class
//! `sport_sense` would start a trigger ([`super::env::Env::sport_report`]),
//! so that the others pay nothing for it.

use super::lexicon::Lexicon;

/// Distinct words of class `sport_context` that make a sport report: one
/// or two occur in other news ("the stadium where the leaders spoke", "a
/// football tournament the two ministers opened"), three rarely (none of
/// the diplomatic fixtures' documents; see the docs).
pub(super) const MIN_CONTEXT: usize = 3;

/// Whether `text` is a sport report: it holds [`MIN_CONTEXT`] distinct
/// words of class `sport_context` (words folded as the lexicon's).
pub(super) fn is_report(lex: &Lexicon, text: &str) -> bool {
    let mut seen: Vec<String> = Vec::new();
    let mut word = String::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        super::text::fold_into(w, &mut word);
        if lex.in_class("sport_context", &word) && !seen.contains(&word) {
            seen.push(word.clone());
            if seen.len() >= MIN_CONTEXT {
                return true;
            }
        }
    }
    false
}
