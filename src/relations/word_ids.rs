//! Word ids: every word or phrase the lexicon's classes name gets a
//! number, and each token of a built sentence carries its word's number
//! (`Tok::id`), so that a rule asking whether a token is in a class reads
//! an array instead of hashing the token's text again for each class it
//! asks (issue 22, sixteenth round).

use super::text::{Tok, NO_WORD, UNSET};
use crate::base::FastMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// Stamps of word tables: each change to a table takes a new one, so that
/// tokens numbered by one table are never read by another.
static STAMPS: AtomicU64 = AtomicU64::new(1);

/// The words of the lexicon's classes by id: their classes and the class
/// phrases they start.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordTable {
    /// Folded word (or phrase, words joined by one space) → id.
    ids: FastMap<String, u32>,
    /// The classes of each id's word or phrase, in lexicon order.
    classes: Vec<Vec<String>>,
    /// The class phrases whose first word is each id's word: (class,
    /// words), in lexicon order.
    phrases: Vec<Vec<(String, Vec<String>)>>,
    /// Which numbering this is (0: an empty table, never changed).
    stamp: u64,
}

impl WordTable {
    /// The id of `word`, added when new.
    fn add(&mut self, word: &str) -> usize {
        self.stamp = STAMPS.fetch_add(1, Ordering::Relaxed);
        if let Some(&id) = self.ids.get(word) {
            return id as usize;
        }
        let id = self.classes.len();
        self.ids.insert(word.to_string(), id as u32);
        self.classes.push(Vec::new());
        self.phrases.push(Vec::new());
        id
    }

    /// Adds `phrase` (folded words joined by one space) to `class`.
    pub(crate) fn add_member(&mut self, class: &str, phrase: &str) {
        let id = self.add(phrase);
        if !self.classes[id].iter().any(|c| c == class) {
            self.classes[id].push(class.to_string());
        }
        let split: Vec<String> = phrase.split(' ').map(String::from).collect();
        let first = self.add(split.first().map_or("", String::as_str));
        self.phrases[first].push((class.to_string(), split));
    }

    /// The id of `word` (folded), [`NO_WORD`] when no class names it.
    pub(crate) fn id(&self, word: &str) -> u32 {
        self.ids.get(word).copied().unwrap_or(NO_WORD)
    }

    /// The classes of word `id` (none: empty).
    pub(crate) fn classes(&self, id: u32) -> &[String] {
        self.classes.get(id as usize).map_or(&[], Vec::as_slice)
    }

    /// The class phrases that start with word `id` (none: empty).
    pub(crate) fn phrases(&self, id: u32) -> &[(String, Vec<String>)] {
        self.phrases.get(id as usize).map_or(&[], Vec::as_slice)
    }

    /// Which numbering the ids are of.
    pub(crate) fn stamp(&self) -> u64 {
        self.stamp
    }

    /// Numbers the word tokens of `toks`; punctuation is no class's word
    /// (class words are folded alphanumeric words).
    pub(crate) fn number(&self, toks: &mut [Tok]) {
        for t in toks {
            t.id = if t.word { self.id(&t.norm) } else { NO_WORD };
        }
    }

    /// The id of token `t` for this table: its own when it was numbered,
    /// else looked up.
    pub(crate) fn id_of(&self, t: &Tok) -> u32 {
        if t.id == UNSET {
            self.id(&t.norm)
        } else {
            t.id
        }
    }
}

/// Numbers `toks`, numbered before by the table of stamp `had` (0: by
/// none), for `words` (none: unnumbered), and returns the stamp they then
/// carry: tokens a table numbered keep their ids for it.
pub(crate) fn renumber(words: Option<&WordTable>, toks: &mut [Tok], had: u64) -> u64 {
    match words {
        Some(w) if w.stamp != had => w.number(toks),
        Some(_) => {}
        None if had != 0 => toks.iter_mut().for_each(|t| t.id = UNSET),
        None => {}
    }
    words.map_or(0, WordTable::stamp)
}
