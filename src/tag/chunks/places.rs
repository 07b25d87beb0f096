//! Chunk rules of round 16i (issue 16):
//! - a compass word that the language writes after a place in its names
//!   ("Jakarta Utara"), opening a chunk right before a place, says where
//!   in or off that place the text means: "di Utara Jakarta", "di Selatan
//!   Pulau Jawa", "sebelah Barat Daya Lampung Selatan" keep the place. It
//!   may be followed by other region words ("Barat Daya"); a region word
//!   that is no compass word opens another name ("Laut Jawa", a sea), and
//!   a compass word inside another known name is that name's
//!   ("Sumatera Selatan Palembang"). English writes the compass word
//!   first in names ("North Korea"), so no English word is listed.
//!
//! - a country right after a league's or company's name is its country or
//!   branch when it closes the chunk or only other known names follow it
//!   ("Ligue 1 Prancis", "La Liga Spanyol Real Madrid");
//! - a known person's name with its surname misspelt (`crate::tag::misspelt`)
//!   is judged as a single name word is: a description before it that is
//!   no known modifier makes it part of a longer name.
//!
//! - from the thirty-fourth relation round: a state followed by compass
//!   words that close the chunk, where no known name holds the two ("di
//!   Filipina Selatan", "wilayah Irak Utara"), is the state: the text says
//!   which part of it. Known names of such form are hits of their own
//!   ("Korea Selatan", "Sudan Selatan", "Jerman Timur"), and a place that
//!   is no state keeps the rule above ("Jawa Tengah": another place).
//!
//! The compass words are data: [`crate::gazetteer::ChunkWords::compass`].
//!
//! And, from merging round 9 of the relations: the words of a title that
//! holds its organisation's name, after its first ("Staf Angkatan Laut"
//! of "Kepala Staf Angkatan Laut"), are title words only inside the whole
//! title ("Kepala Staf Angkatan Laut Laksamana Ade Supandi"), not alone
//! ("Laut Jawa", a sea; "Angkatan Laut Amerika Serikat", a navy).
//!
//! And from the twenty-second relation round: a word that is a title word
//! only as a part of longer office titles ("Assistant" of "Assistant
//! Secretary", "Finance", "Sport") is one after an organisation's name
//! only beside another title word: "Google Assistant", "BCA Finance",
//! "Suzuki Swift Sport" are longer names; a place keeps a state body
//! after it ("U.S. Treasury Department").
//!
//! And from the thirtieth relation round: a person's full name followed
//! by "of" and a state's official form ("Eric Jacquemin of the Kingdom of
//! Belgium", "X of the Republic of Turkey") stands, as before "of" and the
//! short name ("X of Tunisia"): the country the person comes from, not a
//! longer name.
//!
//! And from the thirty-eighth relation round, part A: a place closing the
//! words of a minister's portfolio that go on after a coordination word
//! or a comma ("Menteri Perdagangan dan Industri Malaysia", "Menteri Luar
//! Negeri dan Kerja Sama Internasional Gambia, X") is the minister's
//! country, not part of a longer name: the words back from the chunk,
//! over capitalised words, commas and conjunctions, reach a one-word
//! office title ("Menteri", "Minister") across at least one link. A head
//! word in the chunk ("dan Bank Dunia") keeps it a name.

use super::chars::{blank, capitalised, word_char};
use super::{in_hit, Nesting, Tok};
use crate::gazetteer::{BODY, CLUB, CONNECTOR, HEAD, PLACE, REGION, STOP, TITLE};
use crate::tag::matcher::Hit;

/// Most words and links looked at back from a portfolio's chunk to its
/// office title ("Menteri Ekonomi Berbasis Pengetahuan , Perusahaan
/// Rintisan dan" has eight).
const MAX_PORTFOLIO: usize = 12;

/// Most region words before the place: a compass word and one more
/// ("Barat Daya").
const MAX_COMPASS: usize = 2;

impl Nesting<'_> {
    /// Whether the chunk of `left` (the words before a place, nearest
    /// first; every word of `right` in another hit) goes on a minister's
    /// portfolio after a link: see the module's notes.
    pub(super) fn portfolio_end(&self, left: &[Tok], right: &[Tok], hits: &[Hit]) -> bool {
        let Some(first) = left.last() else {
            return false;
        };
        let plain = |t: &Tok| t.capital && t.flags & (HEAD | PLACE | BODY | STOP | CLUB) == 0;
        if !left.iter().all(plain) || !right.iter().all(|t| in_hit(hits, t)) {
            return false;
        }
        let text = self.text;
        let (mut pos, mut linked) = (first.start, false);
        for _ in 0..MAX_PORTFOLIO {
            let head = text[..pos].trim_end_matches(blank);
            let Some(c) = head.chars().next_back() else {
                return false;
            };
            if c == ',' {
                linked = true;
                pos = head.len() - 1;
                continue;
            }
            let start = head
                .char_indices()
                .rev()
                .take_while(|&(_, c)| word_char(c))
                .last()
                .map_or(head.len(), |(i, _)| i);
            let w = &head[start..];
            // the chunk is closed by a comma or a conjunction, or this is
            // no portfolio (most places stop here, at the first word)
            let first_step = pos == first.start;
            if w.is_empty() || (first_step && (capitalised(w) || !self.words.conjunction(w))) {
                return false;
            }
            if capitalised(w) {
                if linked && self.words.office_word(w) {
                    return true;
                }
                if self.words.flags(w) & (HEAD | STOP) != 0 {
                    return false;
                }
            } else if self.words.conjunction(w) {
                linked = true;
            } else {
                return false;
            }
            pos = start;
        }
        false
    }

    /// Marks as titles the words of `left` (the words before a hit,
    /// nearest first) that spell out a whole fused title.
    pub(super) fn chain_titles(&self, left: &mut [Tok]) {
        let n = left.len();
        for phrase in self.words.fused_titles() {
            for start in 0..n.saturating_sub(phrase.len() - 1) {
                // Text order is `left` reversed.
                let at = |j: usize| left[n - 1 - (start + j)];
                let spelt = phrase.iter().enumerate().all(|(j, w)| {
                    let t = at(j);
                    t.capital
                        && self.text[t.start..t.end]
                            .chars()
                            .flat_map(char::to_lowercase)
                            .eq(w.chars())
                });
                if spelt {
                    for j in 0..phrase.len() {
                        left[n - 1 - (start + j)].flags |= TITLE;
                    }
                }
            }
        }
    }

    /// Takes the title flag off the words of `toks` (the words on one side
    /// of a hit, nearest first) that are title words only as parts of
    /// longer titles ([`crate::gazetteer::ChunkWords::lone_part`]) when
    /// neither capitalised neighbour, across lowercase connectors, is a
    /// title word: "Assistant" of "Google Assistant" is a name's word,
    /// of "Assistant Secretary of State" a title's.
    pub(super) fn lone_title_parts(&self, toks: &mut [Tok]) {
        let title = |t: &Tok| t.capital && t.flags & TITLE != 0;
        let capitals: Vec<usize> = (0..toks.len()).filter(|&i| toks[i].capital).collect();
        let mut lone = Vec::new();
        for (k, &i) in capitals.iter().enumerate() {
            let t = toks[i];
            if !title(&t) || !self.words.lone_part(&self.text[t.start..t.end]) {
                continue;
            }
            let beside = |j: Option<&usize>| j.is_some_and(|&j| title(&toks[j]));
            if !beside(k.checked_sub(1).and_then(|k| capitals.get(k)))
                && !beside(capitals.get(k + 1))
            {
                lone.push(i);
            }
        }
        for i in lone {
            toks[i].flags &= !TITLE;
        }
    }

    /// Is the place `hit`, written right after the name of a company or a
    /// league that ends at `owner_end` with only blanks between, its
    /// branch, edition or country ("Facebook Indonesia", "Ligue 1
    /// Prancis")? It is when it closes the chunk, or when only other known
    /// names (`hits`) follow in it ("La Liga Spanyol Real Madrid", round
    /// 16i); a state body's place stays a mention ("Kemlu Jepang"). The
    /// caller checks that the place is a country.
    pub fn branch(&self, owner_end: usize, hit: &Hit, hits: &[Hit]) -> bool {
        let gap = self.text.get(owner_end..hit.start).unwrap_or("");
        let known = |t: &Tok| {
            let i = hits.partition_point(|h| h.end <= t.start);
            hits.get(i)
                .is_some_and(|h| h.start <= t.start && t.end <= h.end)
        };
        !gap.is_empty()
            && gap.chars().all(super::blank)
            && self.right_at(hit.end, &[]).iter().all(known)
    }

    /// [`Nesting::nested`] for a person's name whose surname is misspelt
    /// ("Toni Kross"): like a single name word, it does not stand
    /// whatever precedes it ("R Agus Budi Santosa" is not Budi Santoso).
    pub fn nested_misspelt(&mut self, hit: &Hit, hits: &[Hit]) -> bool {
        self.weak = true;
        let nested = self.nested(hit, hits, super::MAY_PERSON);
        self.weak = false;
        nested
    }

    /// Are the chunk words before a place (`left`, nearest first) only
    /// region words opened by a compass word, none inside another hit
    /// ("Utara" of "di Utara Jakarta")?
    pub(super) fn off_compass(&self, left: &[Tok], hits: &[Hit]) -> bool {
        self.compass_run(left, left.last(), hits)
    }

    /// Is `run` at most [`MAX_COMPASS`] capitalised region words, none
    /// inside another hit, the first in text order (`opener`) a compass
    /// word?
    fn compass_run(&self, run: &[Tok], opener: Option<&Tok>, hits: &[Hit]) -> bool {
        opener.is_some_and(|first| {
            run.len() <= MAX_COMPASS
                && self.words.compass(&self.text[first.start..first.end])
                && run
                    .iter()
                    .all(|t| t.capital && t.flags & REGION != 0 && !super::in_hit(hits, t))
        })
    }

    /// Is the word right before `hit`, in the same chunk, one that opens a
    /// club's name ("Real" of "Real Madrid"), or the word right after one
    /// that closes it ("FA" of "Kedah FA")?
    pub fn club_before(&self, hit: &Hit) -> bool {
        self.before(hit.start)
            .is_some_and(|t| t.capital && t.flags & CLUB != 0)
            || self
                .after(hit.end)
                .is_some_and(|t| t.capital && self.words.team(&self.text[t.start..t.end]))
    }

    /// Tells the check whether the next judged hit can only be a state (a
    /// place with demonyms): see [`Nesting::state_part`].
    pub fn set_state(&mut self, state: bool) {
        self.state = state;
    }

    /// Does a state's name open its chunk and compass words close it ("di
    /// Filipina Selatan")? Then the text names a part of the state, not
    /// another place: Indonesian writes the compass word after the name
    /// ("Irak Utara", northern Iraq), and a place of that form the
    /// gazetteer knows is a longer hit ("Korea Selatan"). A first compass
    /// word, then region words, none inside another hit, as
    /// [`Nesting::off_compass`] reads them before a place.
    pub(super) fn state_part(&self, left: &[Tok], right: &[Tok], hits: &[Hit]) -> bool {
        self.state && left.is_empty() && self.compass_run(right, right.first(), hits)
    }

    /// Is `right` a connector, then a state's official form closing with a
    /// known name: "of the Kingdom of Belgium" after a person's full name?
    pub(super) fn of_state(&self, right: &[Tok], hits: &[Hit]) -> bool {
        let lower_connector = |t: &Tok| !t.capital && t.flags & CONNECTOR != 0;
        right.first().is_some_and(lower_connector)
            && right.last().is_some_and(|t| super::in_hit(hits, t))
            && right
                .iter()
                .any(|t| t.capital && t.flags & PLACE != 0 && !super::in_hit(hits, t))
            && right.iter().all(|t| {
                lower_connector(t) || (t.capital && t.flags & PLACE != 0) || super::in_hit(hits, t)
            })
    }
}
