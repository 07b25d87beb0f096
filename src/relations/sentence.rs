//! One sentence made ready for the rules: tokens plus the mentions inside
//! it, as token spans, with the flags the title and relation rules set.

use super::text::Tok;
use super::word_ids::{ClassMask, WordTable};
use crate::base::types::{EntityType, Mention, Via};
use crate::gazetteer::Gazetteer;
use std::ops::Range;

#[cfg(test)]
thread_local! {
    /// Test-only work meter: for every sentence the rules analyse, its
    /// tokens times (mentions + 1), the most any pass may spend on it.
    pub(crate) static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Adds one analysed sentence to the test-only work meter.
#[inline]
pub(crate) fn meter(_s: &Sent) {
    #[cfg(test)]
    WORK.with(|w| w.set(w.get() + (_s.toks.len() * (_s.ments.len() + 1)) as u64));
}

mod class_key;
mod pool;

pub(crate) use class_key::{may_hold, ClassKey};
use pool::{Pool, POOL, SPARE_TOKS_MAX};

/// A mention as a token span of its sentence.
#[derive(Clone, Debug)]
pub(crate) struct Ment {
    /// Index into `Gazetteer::entities`.
    pub entity: u32,
    /// Entity type.
    pub etype: EntityType,
    /// Token span.
    pub toks: Range<usize>,
    /// Start token of the whole noun phrase: the title of an apposition
    /// ("Menteri Pertahanan Rusia Sergei Shoigu" starts at "Menteri").
    pub ext: usize,
    /// How it was resolved.
    pub via: Via,
    /// Inside a longer mention (e.g. the country of a title mention).
    pub nested: bool,
    /// The country or organisation of a title ("Presiden *Rusia* X").
    pub in_title: bool,
    /// A pronoun or description standing for a person named before: the
    /// antecedent's sentence index (set by `coref`).
    pub coref: Option<u32>,
}

impl Ment {
    /// Usable as a relation argument.
    pub fn free(&self) -> bool {
        !self.nested && !self.in_title
    }
}

/// A tokenised sentence and its mentions, ordered by position.
#[derive(Clone, Debug, Default)]
pub(crate) struct Sent {
    pub toks: Vec<Tok>,
    pub ments: Vec<Ment>,
    /// Tokens that are part of a demonym ("North Korean counterpart").
    pub demonym: Vec<bool>,
    /// Tokens inside some mention (set by [`Sent::build`]).
    pub covered: Vec<bool>,
    /// Words ending in a possessive clitic ("kunjungannya") whose owner
    /// `coref` resolved: (token, person, antecedent's sentence).
    pub clitic: Vec<(usize, u32, u32)>,
    /// The range and text `toks` were read from (set by [`Sent::build`]),
    /// so that a rebuild of the same sentence can take them back. Nothing
    /// may change `toks` after the build.
    read: Option<(Range<usize>, String)>,
    /// The stamp of the word table that numbered `toks` (0: none).
    stamp: u64,
    /// The classes of the words of `toks`, for the table of `stamp`
    /// ([`Sent::may_hold`]).
    classes: ClassMask,
}

impl Drop for Sent {
    fn drop(&mut self) {
        let toks = std::mem::take(&mut self.toks);
        let read = self.read.take();
        let ments = std::mem::take(&mut self.ments);
        let flags = [
            std::mem::take(&mut self.covered),
            std::mem::take(&mut self.demonym),
        ];
        // try_with: a thread being torn down just frees the vectors.
        let _ = POOL.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                // A very long sentence's tokens are freed, not kept.
                if toks.capacity() > 0 && toks.capacity() <= SPARE_TOKS_MAX {
                    p.put(toks, read, (self.stamp, self.classes));
                }
                p.put_vectors(ments, flags);
            }
        });
    }
}

impl Sent {
    /// Builds the sentence `range` of `text` with the mentions that fall
    /// inside it (by offsets; mentions of unknown entities are skipped).
    #[cfg(test)]
    pub fn build(text: &str, range: Range<usize>, mentions: &[Mention], gaz: &Gazetteer) -> Sent {
        Sent::build_in(text, range, mentions, gaz, None)
    }

    /// [`Sent::build`], its words numbered by the rules' lexicon's `words`.
    pub fn build_in(
        text: &str,
        range: Range<usize>,
        mentions: &[Mention],
        gaz: &Gazetteer,
        words: Option<&WordTable>,
    ) -> Sent {
        let mut s = Sent::default();
        let ((mut toks, copy, (stamp, mut classes)), (ments, covered, demonym)) = POOL
            .try_with(|p| {
                p.try_borrow_mut()
                    .ok()
                    .map(|mut p| (p.tokens(text, &range), p.vectors()))
            })
            .ok()
            .flatten()
            .unwrap_or_else(|| (Pool::default().tokens(text, &range), Default::default()));
        s.stamp = super::word_ids::renumber(words, &mut toks, stamp, &mut classes);
        s.classes = classes;
        s.toks = toks;
        s.ments = ments;
        s.covered = covered;
        s.demonym = demonym;
        s.read = Some((range.clone(), copy));
        // Tokens are in text order: each mention's first and last token are
        // found by binary search, never by a scan of the sentence.
        for m in mentions {
            if m.start < range.start || m.end > range.end || m.start >= m.end {
                continue;
            }
            let Some(e) = gaz.entities.get(m.entity as usize) else {
                continue;
            };
            let a = s.toks.partition_point(|t| t.range.end <= m.start);
            let b = s.toks.partition_point(|t| t.range.start < m.end);
            if a < b {
                s.ments.push(Ment {
                    entity: m.entity,
                    etype: e.etype,
                    toks: a..b,
                    ext: a,
                    via: m.via,
                    nested: false,
                    in_title: false,
                    coref: None,
                });
            }
        }
        // longest first at equal start, then mark mentions inside another:
        // every earlier mention starts no later, so one is inside an earlier
        // one exactly when some earlier mention ends no sooner
        s.ments.sort_by(|x, y| {
            (x.toks.start, y.toks.end, x.entity).cmp(&(y.toks.start, x.toks.end, y.entity))
        });
        let mut reach: Option<usize> = None;
        for m in &mut s.ments {
            m.nested = reach.is_some_and(|r| m.toks.end <= r);
            reach = Some(reach.map_or(m.toks.end, |r| r.max(m.toks.end)));
        }
        // which tokens some mention covers: each mention's tokens marked
        // (a mention is a few tokens, and only the outermost of nested
        // ones is marked: the others are inside it, so the work is at
        // most the sentence's length)
        let n = s.toks.len();
        s.covered.resize(n, false);
        let mut reach = 0;
        for m in &s.ments {
            let end = m.toks.end.min(n);
            if end > reach {
                s.covered[m.toks.start.max(reach)..end].fill(true);
                reach = end;
            }
        }
        s
    }

    /// Marks the tokens of demonyms (folded word sequences).
    pub fn mark_demonyms(
        &mut self,
        demonyms: &[(u32, Vec<String>)],
        index: &crate::base::FastMap<String, Vec<usize>>,
    ) {
        // (the vector may be a reused one: every flag is set anew)
        self.demonym.clear();
        self.demonym.resize(self.toks.len(), false);
        for (k, t) in self.toks.iter().enumerate() {
            // Only demonyms whose first word is this word can start here.
            let Some(cands) = t.word.then(|| index.get(&t.norm)).flatten() else {
                continue;
            };
            for words in cands
                .iter()
                .filter_map(|&i| demonyms.get(i))
                .map(|(_, w)| w)
            {
                let n = words.len();
                let hit = k + n <= self.toks.len()
                    && words
                        .iter()
                        .enumerate()
                        .all(|(j, w)| self.toks[k + j].word && self.toks[k + j].norm == *w);
                if hit {
                    self.demonym[k..k + n].iter_mut().for_each(|d| *d = true);
                }
            }
        }
    }

    /// Marks as no argument the mentions of a dateline opening the
    /// document's first sentence: capitalised words (and the parts of a
    /// web address) up to a dash outside any name, followed by a
    /// capitalised word ("Jakarta , CNN Indonesia - - Seorang ...",
    /// "Yangon ( ANTARA News ) - Pemimpin ...", "Merdeka.com - ..."), with
    /// no person before the dash. The agency or place of a dateline is
    /// never an argument of a trigger.
    pub fn mark_dateline(&mut self) {
        const REACH: usize = 12;
        let dash = |k: usize| self.toks.get(k).is_some_and(|t| !t.word && t.norm == "-");
        let Some(d) = (1..self.toks.len().min(REACH)).find(|&k| dash(k) && !self.in_mention(k))
        else {
            return;
        };
        // "WASHINGTON, Jan. 23 (2018) --": numbers of a date belong to it
        let heading = (0..d).all(|k| {
            let t = &self.toks[k];
            !t.word
                || t.upper
                || t.norm.bytes().all(|b| b.is_ascii_digit())
                || (k > 0 && self.toks[k - 1].norm == ".")
        });
        let mut a = d;
        while dash(a) {
            a += 1;
        }
        let opens = self.toks.get(a).is_some_and(|t| t.word && t.upper);
        // "Putin - Kim ..." joins people; a dateline names a place or agency
        let person = self
            .ments
            .iter()
            .any(|m| m.toks.end <= d && m.etype == EntityType::Person);
        if heading && opens && !person {
            for m in self.ments.iter_mut().filter(|m| m.toks.end <= d) {
                m.nested = true;
            }
        }
    }

    /// The free mention whose phrase starts at token `k`, skipping up to two
    /// filler words ("kota", "the") or, when `loose`, up to four lowercase
    /// words and demonyms ("kepada tentara Rusia", "with his North Korean
    /// counterpart Choe Son Hui"). Direct objects are strict, so "menyambut
    /// baik usulan Kim" has no object Kim. After a word of class
    /// `person_noun`, or a lowercase one of class `venue`, only a person is
    /// taken ("on eight Iranian officials", "his Kenyan counterpart",
    /// "terhadap pejabat Iran", "terhadap gedung konsulat Iran" name no
    /// country), and a possessor of a person noun is none ("on Yemen's
    /// Houthi rebels").
    pub fn ment_at(&self, k: usize, lex: &super::lexicon::Lexicon, loose: bool) -> Option<usize> {
        let reach = if loose { 5 } else { 3 };
        // a demonym mention ("Russian") is taken only if no name follows
        // ("with his North Korean counterpart Choe Son Hui")
        let mut demonym = None;
        let mut people = false;
        for k in k..k + reach {
            if let Some(i) = self.free_at(k) {
                if people {
                    return (self.ments[i].etype == EntityType::Person).then_some(i);
                }
                if !(loose && self.ments[i].via == Via::Demonym) {
                    return (!self.owns_people(i, lex)).then_some(i);
                }
                demonym = demonym.or(Some(i));
            }
            let Some(t) = self.toks.get(k) else {
                return demonym;
            };
            let plain = !self.in_mention(k)
                || self
                    .ments
                    .iter()
                    .any(|m| m.via == Via::Demonym && m.toks.contains(&k));
            let modified = lex.tok_in_class("person_noun", t)
                || (self.is_lower(k) && lex.tok_in_class("venue", t));
            if loose && t.word && plain && modified {
                people = true;
                demonym = None;
                continue;
            }
            let skippable = t.word
                && plain
                && (lex.tok_in_class("filler", t)
                    || (loose
                        && (self.demonym.get(k).copied().unwrap_or(false)
                            || (self.is_lower(k)
                                && !lex.tok_in_class("prep", t)
                                && !lex.tok_in_class("clause", t)))));
            if !skippable {
                return demonym.filter(|_| !people);
            }
        }
        demonym.filter(|&d| !people && !super::counterpart::describes_people(self, d, lex))
    }

    /// "Yemen's Houthi rebels", "Burma's military junta": mention `m` is
    /// the possessor of a noun of class `person_noun` within three words.
    fn owns_people(&self, m: usize, lex: &super::lexicon::Lexicon) -> bool {
        let end = self.ments[m].toks.end;
        let possessive = self.toks.get(end).is_some_and(|t| t.norm == "'")
            && self.toks.get(end + 1).is_some_and(|t| t.norm == "s");
        possessive
            && (end + 2..end + 5)
                .map_while(|j| self.toks.get(j).filter(|t| t.word))
                .any(|t| lex.tok_in_class("person_noun", t))
    }

    /// The number of words of the longest phrase of word class `class`
    /// ("bulan depan", "his excellency") starting at token `k`; 0 if none.
    pub fn class_phrase_at(&self, lex: &super::lexicon::Lexicon, class: &str, k: usize) -> usize {
        let Some(first) = self.toks.get(k).filter(|t| t.word) else {
            return 0;
        };
        // Only the class's phrases that start with this word: one probe,
        // not a scan of the whole class at every token asked; they come
        // longest first, so the first that matches is the longest.
        lex.words
            .class_phrases(lex.words.id_of(first), class)
            .iter()
            .find(|words| {
                words
                    .iter()
                    .enumerate()
                    .all(|(j, w)| self.toks.get(k + j).is_some_and(|t| t.word && t.norm == *w))
            })
            .map_or(0, Vec::len)
    }

    /// The free mention whose phrase starts at token `k`.
    pub fn free_at(&self, k: usize) -> Option<usize> {
        self.ments.iter().position(|m| m.free() && m.ext == k)
    }

    /// The mention that is not nested ending last at or before token `k`.
    pub fn last_before(&self, k: usize) -> Option<usize> {
        (0..self.ments.len())
            .filter(|&m| self.ments[m].toks.end <= k && !self.ments[m].nested)
            .max_by_key(|&m| self.ments[m].toks.end)
    }

    /// The free mention whose last token is `k - 1`.
    pub fn ment_ending_at(&self, k: usize) -> Option<usize> {
        self.ments.iter().position(|m| m.free() && m.toks.end == k)
    }

    /// Whether some word of the sentence may be of class `class`
    /// ([`Lexicon::tok_in_class`](super::lexicon::Lexicon::tok_in_class)
    /// of some token): exact for a sentence whose tokens `lex`'s word
    /// table numbered (for the first 256 classes), yes otherwise. A pass
    /// that walks the tokens for a word of one class returns at once on
    /// a no. (A constant class: [`may_hold!`], its bit read once.)
    // (the passes name their classes with `may_hold!`; this stays for a
    // class named at run time)
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn may_hold(&self, lex: &super::lexicon::Lexicon, class: &str) -> bool {
        self.stamp == 0
            || self.stamp != lex.words.stamp()
            || lex.words.may_hold(&self.classes, class)
    }

    /// Whether the tokens' ids are those of table `words` (it numbered
    /// them).
    pub(crate) fn numbered_by(&self, words: &WordTable) -> bool {
        self.stamp != 0 && self.stamp == words.stamp()
    }

    /// Whether token `k` lies inside some mention.
    pub fn in_mention(&self, k: usize) -> bool {
        self.covered.get(k).copied().unwrap_or(false)
    }

    /// Whether the English possessive "'s" stands right before token `k`
    /// ("Putin's visit": tokens `k - 2` and `k - 1`).
    pub fn possessive_s_before(&self, k: usize) -> bool {
        k.checked_sub(2).is_some_and(|a| {
            self.toks.get(a).is_some_and(|t| t.norm == "'")
                && self.toks.get(a + 1).is_some_and(|t| t.norm == "s")
        })
    }

    /// Whether the English possessive "'s" stands anywhere in the
    /// sentence: whether [`Sent::possessive_s_before`] holds for some token.
    pub fn holds_possessive_s(&self) -> bool {
        self.toks
            .windows(2)
            .any(|w| w[0].norm == "'" && w[1].norm == "s")
    }

    /// Whether token `k` is a word whose normal form is one of `words` (a
    /// rule's prepositions).
    pub fn word_in(&self, k: usize, words: &[String]) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| t.word && words.contains(&t.norm))
    }

    /// Whether token `k` is a word starting with a lowercase letter.
    pub fn is_lower(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.word && !t.upper)
    }

    /// Whether token `k` is one of the punctuation `chars` written with
    /// no space on either side, between two tokens ("Irak-Suriah",
    /// "d'affaires").
    pub fn unspaced(&self, k: usize, chars: &[&str]) -> bool {
        let (Some(a), Some(t), Some(b)) = (
            k.checked_sub(1).and_then(|p| self.toks.get(p)),
            self.toks.get(k),
            self.toks.get(k + 1),
        ) else {
            return false;
        };
        !t.word
            && chars.contains(&t.norm.as_str())
            && a.range.end == t.range.start
            && t.range.end == b.range.start
    }
}

/// Mentions sorted by start offset, to slice per sentence.
pub(crate) fn sorted(mentions: &[Mention]) -> Vec<Mention> {
    let mut v = mentions.to_vec();
    v.sort_by_key(|m| (m.start, m.end));
    v
}

/// The mentions of `sorted` that start inside `range`.
pub(crate) fn starting_in<'m>(sorted: &'m [Mention], range: &Range<usize>) -> &'m [Mention] {
    let a = sorted.partition_point(|m| m.start < range.start);
    let b = sorted.partition_point(|m| m.start < range.end);
    sorted.get(a..b).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::Sent;
    use crate::relations::text::tokenize;
    use crate::relations::Lexicon;

    // The phrases of a class looked up by first word give what a scan
    // of the whole class gave, for every class at every token.
    #[test]
    fn class_phrases_by_first_word_answer_as_the_scan_of_the_class() {
        let lex = Lexicon::builtin();
        let scan = |s: &Sent, class: &str, k: usize| -> usize {
            let (Some(list), Some(first)) = (lex.classes.get(class), s.toks.get(k)) else {
                return 0;
            };
            if !first.word {
                return 0;
            }
            list.iter()
                .filter(|p| {
                    p.split(' ')
                        .enumerate()
                        .all(|(j, w)| s.toks.get(k + j).is_some_and(|t| t.word && t.norm == w))
                })
                .map(|p| p.split(' ').count())
                .max()
                .unwrap_or(0)
        };
        let texts = [
            "Dia akan datang bulan depan, kata Yang Mulia Sri Paduka Baginda.",
            "His Excellency the president said next week he would go to the talks.",
            "Pada hari Senin pekan depan , menurut juru bicara kementerian itu.",
        ];
        let mut classes: Vec<&String> = lex.classes.keys().collect();
        classes.sort();
        // every built-in class has a bit of the mask (else its sentences
        // lose the fast path: raise `word_ids::MASK_WORDS`)
        assert!(
            classes.len() <= 64 * crate::relations::word_ids::MASK_WORDS,
            "{} classes, {} bits",
            classes.len(),
            64 * crate::relations::word_ids::MASK_WORDS
        );
        let mut found = 0;
        for text in texts {
            let mut s = Sent::default();
            tokenize(text, 0..text.len(), &mut s.toks);
            for class in &classes {
                for k in 0..=s.toks.len() {
                    let want = scan(&s, class, k);
                    assert_eq!(
                        s.class_phrase_at(&lex, class, k),
                        want,
                        "{class} {k} {text:?}"
                    );
                    found += usize::from(want > 1);
                }
            }
        }
        assert!(found > 0, "some phrase of two words or more is found");
    }

    // Issue 22 (twenty-third round): the mask of the classes a sentence's
    // words hold answers as the walk over its tokens, for every class of
    // the lexicon and many sentences, built anew or from kept tokens; a
    // sentence numbered by no table, or by another lexicon's, may hold
    // any class.
    #[test]
    fn the_class_mask_answers_as_the_walk_over_the_tokens() {
        let lex = Lexicon::builtin();
        let gaz = crate::gazetteer::Gazetteer::default();
        let mut classes: Vec<&String> = lex.classes.keys().collect();
        classes.sort();
        // every built-in class has a bit of the mask (else its sentences
        // lose the fast path: raise `word_ids::MASK_WORDS`)
        assert!(
            classes.len() <= 64 * crate::relations::word_ids::MASK_WORDS,
            "{} classes, {} bits",
            classes.len(),
            64 * crate::relations::word_ids::MASK_WORDS
        );
        // words of every class, a few others and punctuation
        let mut pool: Vec<String> = classes
            .iter()
            .flat_map(|c| lex.classes[*c].iter().take(3))
            .flat_map(|p| p.split(' ').map(String::from).collect::<Vec<_>>())
            .collect();
        pool.extend(
            ["Jakarta", "Presiden", "rumah", "xyz", ",", ".", "(", "the"].map(String::from),
        );
        let mut next = crate::relations::tests_round3::xorshift(0x2545_f491_4f6c_dd1d_u64);
        let walk = |s: &Sent, class: &str| s.toks.iter().any(|t| lex.tok_in_class(class, t));
        let (mut held, mut absent) = (0, 0);
        for round in 0..400 {
            let len = 1 + next(14);
            let text: Vec<&str> = (0..len).map(|_| pool[next(pool.len())].as_str()).collect();
            let text = text.join(" ");
            // (each text twice: the second build takes the kept tokens)
            for _ in 0..2 {
                let s = Sent::build_in(&text, 0..text.len(), &[], &gaz, Some(&lex.words));
                for class in &classes {
                    let want = walk(&s, class);
                    assert_eq!(s.may_hold(&lex, class), want, "{class} {text:?}");
                    held += usize::from(want);
                    absent += usize::from(!want);
                }
                assert!(!s.may_hold(&lex, "no such class"));
            }
            if round % 50 == 0 {
                let s = Sent::build(&text, 0..text.len(), &[], &gaz);
                assert!(classes.iter().all(|c| s.may_hold(&lex, c)), "unnumbered");
                let other = Lexicon::from_reader(
                    r#"{"class":"prep","lang":"en","words":["with"]}"#.as_bytes(),
                    "test",
                )
                .unwrap();
                let s = Sent::build_in(&text, 0..text.len(), &[], &gaz, Some(&other.words));
                assert!(classes.iter().all(|c| s.may_hold(&lex, c)), "another table");
            }
        }
        assert!(held > 1000 && absent > 1000, "{held} {absent}");
    }

    // A class past the mask's bits is held by every sentence: the mask is
    // conservative for a lexicon of more classes than it has bits for.
    #[test]
    fn a_class_past_the_mask_is_held_by_every_sentence() {
        // (more classes than the mask has bits, whatever its size)
        let n = 64 * crate::relations::word_ids::MASK_WORDS + 44;
        let records: Vec<String> = (0..n)
            .map(|i| format!(r#"{{"class":"c{i}","lang":"en","words":["w{i}"]}}"#))
            .collect();
        let lex = Lexicon::from_reader(records.join("\n").as_bytes(), "test").unwrap();
        let gaz = crate::gazetteer::Gazetteer::default();
        let last = n - 1;
        let text = format!("w1 w{last}");
        let s = Sent::build_in(&text, 0..text.len(), &[], &gaz, Some(&lex.words));
        assert!(s.may_hold(&lex, "c1") && s.may_hold(&lex, &format!("c{last}")));
        assert!(!s.may_hold(&lex, "c2"), "a class with a bit is exact");
        assert!(
            s.may_hold(&lex, &format!("c{}", last - 1)),
            "a class past the bits: yes"
        );
    }
}
