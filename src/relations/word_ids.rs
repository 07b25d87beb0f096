//! Word ids: every word or phrase the lexicon's classes name gets a
//! number, and each token of a built sentence carries its word's number
//! (`Tok::id`), so that a rule asking whether a token is in a class reads
//! an array instead of hashing the token's text again for each class it
//! asks (issue 22, sixteenth round). The first word of each office title
//! has an id too, in no class, so that a title is looked up by the
//! token's id (issue 22, twenty-fourth round).

use super::text::{Tok, NO_WORD, UNSET};
use crate::base::{FastMap, FastSet};
use std::sync::atomic::{AtomicU64, Ordering};

/// Stamps of word tables: each change to a table takes a new one, so that
/// tokens numbered by one table are never read by another.
static STAMPS: AtomicU64 = AtomicU64::new(1);

/// Words of the bit mask of the classes a sentence's words hold
/// ([`ClassMask`]): the first `64 * MASK_WORDS` classes of a lexicon get a
/// bit; a class beyond them is held by every mask (conservative). Six
/// words since the thirty-fifth round, when the built-in lexicon's classes
/// passed 256 (`the_class_mask_answers_as_the_walk_over_the_tokens` fails
/// when a built-in class has no bit).
pub(crate) const MASK_WORDS: usize = 6;

/// The classes some words hold, one bit per class, in the order the
/// classes were first given a member ([`WordTable::class_mask`]).
pub(crate) type ClassMask = [u64; MASK_WORDS];

/// A class's bit in a table's [`ClassMask`]: a bit of the mask, none (no
/// word holds the class) or one past the mask's (every mask may hold it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ClassBit(u16);

impl ClassBit {
    const NONE: u16 = u16::MAX;
    const PAST: u16 = u16::MAX - 1;

    /// Whether a sentence of words of classes `mask` may hold the class.
    pub(crate) fn held_by(self, mask: &ClassMask) -> bool {
        match self.0 {
            Self::NONE => false,
            Self::PAST => true,
            b => mask
                .get(b as usize / 64)
                .is_none_or(|w| w & (1 << (b % 64)) != 0),
        }
    }

    /// The bit as one number (`from_code` reads it back).
    pub(crate) fn code(self) -> u16 {
        self.0
    }

    /// The bit of [`ClassBit::code`] `code`.
    pub(crate) fn from_code(code: u16) -> Self {
        ClassBit(code)
    }
}

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
    /// The same phrases by class: for each id, (class, the class's phrases
    /// that start with the id's word, longest first), one entry a class.
    by_class: Vec<Vec<(String, Vec<Vec<String>>)>>,
    /// Which numbering this is (0: an empty table, never changed).
    stamp: u64,
    /// Class → its bit in a [`ClassMask`] (bits past the mask's: none).
    bits: FastMap<String, u32>,
    /// The bits of each id's classes.
    masks: Vec<ClassMask>,
    /// Every word of every office title as written, ASCII-lowercased
    /// ([`WordTable::in_title`]).
    title_words: FastSet<String>,
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
        self.by_class.push(Vec::new());
        self.masks.push(ClassMask::default());
        id
    }

    /// Adds `phrase` (folded words joined by one space) to `class`.
    pub(crate) fn add_member(&mut self, class: &str, phrase: &str) {
        let id = self.add(phrase);
        if !self.classes[id].iter().any(|c| c == class) {
            self.classes[id].push(class.to_string());
        }
        let next = self.bits.len() as u32;
        let bit = *self.bits.entry(class.to_string()).or_insert(next) as usize;
        if let Some(w) = self.masks[id].get_mut(bit / 64) {
            *w |= 1 << (bit % 64);
        }
        let split: Vec<String> = phrase.split(' ').map(String::from).collect();
        let first = self.add(split.first().map_or("", String::as_str));
        // (a common first word such as "the" or "yang" starts dozens of
        // phrases of many classes: `Sent::class_phrase_at` compares the
        // class once, not at each phrase, and stops at the longest match)
        let groups = &mut self.by_class[first];
        let g = match groups.iter().position(|(c, _)| c == class) {
            Some(g) => g,
            None => {
                groups.push((class.to_string(), Vec::new()));
                groups.len() - 1
            }
        };
        let list = &mut groups[g].1;
        let at = list.partition_point(|p| p.len() >= split.len());
        list.insert(at, split.clone());
        self.phrases[first].push((class.to_string(), split));
    }

    /// Gives `word` (folded) an id of its own, in no class (the first word
    /// of an office title, which `title_words::title_at` finds by the
    /// token's id), and returns it.
    pub(crate) fn add_word(&mut self, word: &str) -> u32 {
        self.add(word) as u32
    }

    /// Records the words of an office title as written (`title`, split at
    /// whitespace), for [`WordTable::in_title`]. No id is given: the
    /// numbering (and the stamp) is unchanged.
    pub(crate) fn add_title(&mut self, title: &str) {
        for w in title.split_whitespace() {
            self.title_words.insert(w.to_ascii_lowercase());
        }
    }

    /// Whether `word` is, ignoring ASCII case, a word of some office's
    /// title as written (one probe, instead of a scan of every title of
    /// every office at each word asked).
    pub(crate) fn in_title(&self, word: &str) -> bool {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.title_words.contains(&word.to_ascii_lowercase())
        } else {
            self.title_words.contains(word)
        }
    }

    /// The id of `word` (folded), [`NO_WORD`] when the table has none.
    pub(crate) fn id(&self, word: &str) -> u32 {
        self.ids.get(word).copied().unwrap_or(NO_WORD)
    }

    /// The words (and phrases) of class `class`, in no particular order.
    pub(crate) fn class_words<'a>(&'a self, class: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.ids
            .iter()
            .filter(move |(_, &id)| self.classes(id).iter().any(|c| c == class))
            .map(|(w, _)| w.as_str())
    }

    /// The classes of word `id` (none: empty).
    pub(crate) fn classes(&self, id: u32) -> &[String] {
        self.classes.get(id as usize).map_or(&[], Vec::as_slice)
    }

    /// The class phrases that start with word `id` (none: empty).
    pub(crate) fn phrases(&self, id: u32) -> &[(String, Vec<String>)] {
        self.phrases.get(id as usize).map_or(&[], Vec::as_slice)
    }

    /// The phrases of class `class` that start with word `id`, longest
    /// first (none: empty).
    pub(crate) fn class_phrases(&self, id: u32, class: &str) -> &[Vec<String>] {
        self.by_class
            .get(id as usize)
            .and_then(|g| g.iter().find(|(c, _)| c == class))
            .map_or(&[], |(_, p)| p.as_slice())
    }

    /// Which numbering the ids are of.
    pub(crate) fn stamp(&self) -> u64 {
        self.stamp
    }

    /// Numbers the word tokens of `toks`; punctuation is no class's word
    /// (class words are folded alphanumeric words). Returns the mask of
    /// the classes their words hold.
    pub(crate) fn number(&self, toks: &mut [Tok]) -> ClassMask {
        let mut mask = ClassMask::default();
        for t in toks {
            t.id = if t.word { self.id(&t.norm) } else { NO_WORD };
            if let Some(m) = self.masks.get(t.id as usize) {
                mask.iter_mut().zip(m).for_each(|(a, b)| *a |= b);
            }
        }
        mask
    }

    /// Whether a token numbered by this table, of a sentence whose tokens'
    /// classes are `mask` ([`WordTable::number`]), may be a word of
    /// `class`: exact for the classes the mask has a bit for (a class no
    /// word holds: no), yes for the others.
    // (the passes name their classes with `may_hold!`; this stays for a
    // class named at run time)
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn may_hold(&self, mask: &ClassMask, class: &str) -> bool {
        self.class_bit(class).held_by(mask)
    }

    /// The bit of class `class` in this table's masks.
    pub(crate) fn class_bit(&self, class: &str) -> ClassBit {
        match self.bits.get(class) {
            None => ClassBit(ClassBit::NONE),
            Some(&b) if b as usize >= 64 * MASK_WORDS => ClassBit(ClassBit::PAST),
            Some(&b) => ClassBit(b as u16),
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
/// carry: tokens a table numbered keep their ids for it, and `mask` the
/// classes of their words (set when they are numbered anew).
pub(crate) fn renumber(
    words: Option<&WordTable>,
    toks: &mut [Tok],
    had: u64,
    mask: &mut ClassMask,
) -> u64 {
    match words {
        Some(w) if w.stamp != had => *mask = w.number(toks),
        Some(_) => {}
        None if had != 0 => toks.iter_mut().for_each(|t| t.id = UNSET),
        None => {}
    }
    words.map_or(0, WordTable::stamp)
}
