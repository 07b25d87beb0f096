//! Chunk rules of round 16h (issue 16):
//! - a hit that is only a part of other people's names (a given name of a
//!   known "Eric ...") is no known modifier of a name beside it: "Eric
//!   Trump", "Calvin Harris" are other people, also when the gazetteer
//!   knows someone else of that given name; a part of the same person's
//!   name still is ("Sandi Uno");
//! - a part of a person's name right before another full name of two
//!   words or more is a word of that name, not a mention ("Dato' Sri
//!   Ismail Sabri" is no Sri Mulyani; judged in `judge`);
//! - a legal form before an organisation's name is a modifier of it ("PT
//!   Hutama Karya"), as a title is of a person;
//! - an age-group or class code across a hyphen ("U - 15", "U-19") is a
//!   chunk word, so a tournament's name goes on over it ("Vietnam
//!   International U - 15 Football Tournament");
//! - a place that the document writes only before one and the same unknown
//!   capitalised word, at least twice, is part of that name, as in sport
//!   news ("Java Jive" of a band, never "Java" alone);
//! - a place after an institution named by a head word and an acronym is
//!   its seat, a mention ("Bandara NYIA Kulon Progo", "Stadion GBK
//!   Senayan"), as after a known organisation ("PT INKA Madiun");
//! - a capitalised stop word inside a chunk, not first in its sentence and
//!   after a capitalised word, is a word of the name ("Korps Lalu Lintas
//!   Polri", "Tech In Asia Jakarta");
//! - a list of places after a place dropped behind a lowercase head word
//!   shares that head ("bahasa Inggris, Prancis, dan Jerman": languages;
//!   "liga Inggris dan Spanyol": leagues).
//!
//! The words (legal forms, heads, list conjunctions) are data:
//! [`crate::gazetteer::ChunkWords`].

use super::context::MAX_SCANS;
use super::joins::{acronym, initials};
use super::{blank, word_char, Nesting, Tok};
use crate::base::with_lowercase;
use crate::gazetteer::{Entity, CONNECTOR, HEAD, STOP, TITLE};
use crate::tag::matcher::Hit;

/// An age-group or class letter before a number: one or two capitals
/// ("U" of "U - 15").
pub(super) fn grade(w: &str) -> bool {
    (1..=2).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// A number of one to three digits ("15" of "U - 15").
pub(super) fn number(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
}

impl<'a> Nesting<'a> {
    /// Sets the hits that are only parts of people's names: (start, end,
    /// person), one row per person the part may name.
    pub fn set_parts(&mut self, parts: impl Iterator<Item = (usize, usize, u32)>) {
        self.parts.clear();
        self.parts.extend(parts);
    }

    /// Sets the hits that can only be people's full names of two words or
    /// more: (start, end), in hit order.
    pub fn set_people(&mut self, people: impl Iterator<Item = (usize, usize)>) {
        self.people.clear();
        self.people.extend(people);
    }

    /// "H.E. Simone Knapp of Austria": the chunk words before a place
    /// (`left`, nearest first) are a lowercase connector and, before it,
    /// exactly a person's full name (a hit of `people`), with nothing but
    /// honorifics before that name (titles, initials, ranks). The place is
    /// then where the person comes from, a mention of its own, not the end
    /// of a longer name ("Bank of England", "Duke of Edinburgh" name no
    /// person). Twenty-fifth round, part A.
    pub(super) fn after_person(&self, left: &[Tok]) -> bool {
        let [of, rest @ ..] = left else {
            return false;
        };
        let Some(last) = rest
            .first()
            .filter(|_| !of.capital && of.flags & CONNECTOR != 0)
        else {
            return false;
        };
        let i = self.people.partition_point(|p| p.1 < last.end);
        let Some(&(start, _)) = self.people.get(i).filter(|p| p.1 == last.end) else {
            return false;
        };
        let word = |t: &Tok| &self.text[t.start..t.end];
        rest.iter().any(|t| t.start == start)
            && rest.iter().filter(|t| t.start < start).all(|t| {
                t.capital && (t.flags & TITLE != 0 || initials(word(t)) || self.words.rank(word(t)))
            })
    }

    /// Sets the entities the hit about to be judged may refer to.
    pub fn set_own(&mut self, own: impl Iterator<Item = u32>) {
        self.own.clear();
        self.own.extend(own);
        self.own_people = None;
    }

    /// Marks the hit about to be judged as one that can only be a person,
    /// whose own entities (those of [`Nesting::set_own`]) are looked up in
    /// `entities` when a word beside it is judged; cleared by
    /// [`Nesting::set_own`].
    pub fn set_own_people(&mut self, entities: &'a [Entity]) {
        self.own_people = Some(entities);
    }

    /// Is `word` (as written) a word of the judged person's own names? A
    /// chunk of such words, initials and known modifiers is that person
    /// ("Ferdinand R. Marcos Jr." for "Ferdinand Marcos Jr."); a word of
    /// no name of theirs makes another person ("Ferdinand Marcos Sr.").
    /// The names are read only here, when a chunk word beside a person's
    /// hit is judged, not for every hit.
    pub(super) fn own_word(&self, word: &str) -> bool {
        let Some(entities) = self.own_people else {
            return false;
        };
        let w = word.trim_end_matches('.');
        with_lowercase(w, |w| {
            // An ASCII part is compared byte by byte, lowercased on the
            // fly: the same answer as its lowercase copy's compare, with
            // no string made for each part of each name.
            let own = |o: &str| {
                let o = o.trim_end_matches('.');
                if o.is_ascii() {
                    o.len() == w.len()
                        && o.bytes()
                            .zip(w.bytes())
                            .all(|(a, b)| a.to_ascii_lowercase() == b)
                } else {
                    o.to_lowercase() == w
                }
            };
            self.own
                .iter()
                .filter_map(|&e| entities.get(e as usize))
                .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
                .any(|name| name.split(blank).any(own))
        })
    }

    /// The rows of `parts` for the hit at `start..end`, one per person it
    /// may name. The parts come in hit order, so one hit's rows are found
    /// by binary search, not by a scan per hit.
    fn part_rows(&self, start: usize, end: usize) -> impl Iterator<Item = &(usize, usize, u32)> {
        let i = self.parts.partition_point(|p| p.0 < start);
        self.parts[i..]
            .iter()
            .take_while(move |p| p.0 == start)
            .filter(move |p| p.1 == end)
    }

    /// Is the hit at `start..end` only a part of other people's names: a
    /// name-part hit naming none of the judged hit's own entities (a given
    /// name or surname of someone else)?
    pub(super) fn stranger(&self, start: usize, end: usize) -> bool {
        let mut rows = self.part_rows(start, end).peekable();
        rows.peek().is_some() && rows.all(|p| !self.own.contains(&p.2))
    }

    /// Is the hit at `start..end` only a part of people's names (a given
    /// name or surname hit, whoever it names)?
    pub(super) fn part_only(&self, start: usize, end: usize) -> bool {
        self.part_rows(start, end).next().is_some()
    }

    /// Is the text between `from` and `to` a list separator: a comma, a
    /// list conjunction ("dan", "and"), or a comma and one?
    fn list_gap(&self, from: usize, to: usize) -> bool {
        let Some(gap) = self.text.get(from..to) else {
            return false;
        };
        let g = gap.trim_matches(blank);
        let g = g
            .strip_prefix(',')
            .map_or(g, |r| r.trim_start_matches(blank));
        let sep = g.len() < gap.len();
        (g.is_empty() && gap.contains(',')) || (sep && !g.is_empty() && self.words.conjunction(g))
    }

    /// Does the place at `start..end`, a chunk of its own, go on a list of
    /// places after one dropped behind a lowercase head word ("bahasa
    /// Inggris, Prancis")? Remembers it for the next item.
    pub(super) fn listed(&mut self, start: usize, end: usize) -> bool {
        let on = self.list.is_some_and(|last| self.list_gap(last, start));
        if on {
            self.list = Some(end);
        }
        on
    }

    /// Remembers a place dropped behind a lowercase head word.
    pub(super) fn open_list(&mut self, end: usize) {
        self.list = Some(end);
    }

    /// Does the document write the place at `start..mid` only as part of
    /// the pair `start..end` (the place, blanks, one word), at least twice?
    /// Each pair is counted once per document (two scans of its text), for
    /// at most [`MAX_SCANS`] scans a document: past them the answer is no,
    /// so that a document of many pairs costs linear time.
    pub(super) fn only_pair(&mut self, start: usize, end: usize, mid: usize) -> bool {
        let t = self.text;
        let (pair, place) = (&t[start..end], &t[start..mid]);
        if let Some(&only) = self.pairs.get(pair) {
            return only;
        }
        if self.scans >= MAX_SCANS {
            return false;
        }
        self.scans += 1;
        let whole = |i: usize, len: usize| {
            !t[..i].chars().next_back().is_some_and(word_char)
                && !t[i + len..].chars().next().is_some_and(word_char)
        };
        let count = |w: &str| {
            t.match_indices(w)
                .filter(|(i, m)| whole(*i, m.len()))
                .count()
        };
        let pairs = count(pair);
        let only = pairs >= 2 && count(place) == pairs;
        self.pairs.insert(pair.to_string(), only);
        only
    }

    /// Is the place after `left` (nearest first), closing its chunk, the
    /// seat of an institution named by a head word and an unknown acronym
    /// ("Bandara NYIA Kulon Progo")?
    pub(super) fn seat(&self, left: &[Tok], right: &[Tok], hits: &[Hit]) -> bool {
        let [acr, head] = left else { return false };
        let i = hits.partition_point(|h| h.end <= acr.start);
        let known = hits.get(i).is_some_and(|h| h.start < acr.end);
        right.is_empty()
            && !known
            && acronym(&self.text[acr.start..acr.end])
            && head.capital
            && head.flags & HEAD != 0
    }

    /// Is `t` a capitalised stop word inside a chunk: not first in its
    /// sentence, a capitalised word that is no stop word right before it
    /// ("Korps Lalu Lintas Polri")?
    pub(super) fn inner_stop(&self, t: &Tok) -> bool {
        t.capital
            && t.flags & STOP != 0
            && !self.sentence_initial(t.start)
            && self
                .before(t.start)
                .is_some_and(|b| b.capital && b.flags & STOP == 0)
    }
}
