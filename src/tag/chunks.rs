//! Name chunks: a gazetteer name found strictly inside a longer run of
//! capitalised words is part of another name ("Real Madrid", "Bank Central
//! Asia", "Jawa Tengah", "Eric Trump"), not a mention of its own, unless
//! every other word of the run is a known modifier of it.
//!
//! A chunk is a run of capitalised words joined by spaces or a hyphen
//! without spaces ("Soekarno-Hatta"), with connectors ("bin", "van",
//! "of") between them. Commas, brackets, quotes, a sentence's period, a
//! possessive `'s` and line ends close it. Stop words (days, months,
//! sentence openers) are never chunk words, and the first word of a
//! sentence leaves the chunk when the document also writes it in
//! lowercase. A lowercase organisation head right before the chunk joins
//! it ("bahasa Inggris").
//!
//! The other words of the chunk keep the name a mention when each is:
//! another gazetteer name ("Presiden Rusia Vladimir Putin"), a title word
//! ("Menlu", "President"), a place head or institution when the name may be
//! a place ("Kota Bandung", "Pemerintah Indonesia"), an initial when it may
//! be a person ("Donald J. Trump"), a word of the person's own names when
//! it can only be one ("Ferdinand R. Marcos Jr.", "De Bruyne"), or a
//! connector. Lines written in title
//! case (headlines) are left alone, but for a brand before a model code.
//! Bracketed acronyms, conjunctions, model codes and legal forms join a
//! chunk as [`joins`] says; relatives, legal forms, lists and seats are
//! judged as `names` says, compass words before a place as `places` says. The words are data:
//! [`crate::gazetteer::ChunkWords`].

use crate::base::FastMap;
use crate::gazetteer::{ChunkWords, BODY, CONNECTOR, HEAD, PLACE, REGION, STOP, TITLE};
use crate::tag::matcher::Hit;
use chars::{apostrophe, blank, capitalised, opens_sentence, word_char};
use joins::{abbreviation, initials, possessive, roman};

/// The hit may be a person (a bit of the `types` of [`Nesting::nested`]).
pub const MAY_PERSON: u8 = 1;
/// The hit may be a place.
pub const MAY_PLACE: u8 = 2;
/// The hit may be an organisation.
pub const MAY_ORG: u8 = 4;

/// Most words looked at on either side of a name.
const MAX_SIDE: usize = 8;

/// The nested-name check over one document.
#[derive(Debug)]
pub struct Nesting<'a> {
    text: &'a str,
    words: &'a ChunkWords,
    /// The last line looked at: (start, end, written in title case).
    line: Option<(usize, usize, bool)>,
    /// The document's words as written, each with whether some
    /// occurrence stands inside a sentence (not first): searched for, then
    /// indexed once when enough sentence-initial words are asked (`context`).
    seen: context::Seen<'a>,
    /// Sentence-initial words that are no plain run of word chars, looked
    /// up by scanning the text: (written in lowercase elsewhere, never
    /// capitalised elsewhere inside a sentence), and how many scans of the
    /// text ran (these and `pairs`'s, bounded by `context::MAX_SCANS`).
    lower: FastMap<String, (bool, bool)>,
    scans: usize,
    /// Does the document hold a word of sport news? Looked up once.
    sport: Option<bool>,
    /// The document's road words, found once when first needed: where
    /// those followed by a blank end, and where those after a blank start.
    roads: Option<(Vec<usize>, Vec<usize>)>,
    /// Hits that are only parts of people's names, one row per person
    /// (start, end, entity), and the entities of the hit being judged:
    /// see `names`.
    parts: Vec<(usize, usize, u32)>,
    /// Hits that can only be people's full names of two words or more
    /// (start, end), in order: see `names::after_person`.
    people: Vec<(usize, usize)>,
    own: Vec<u32>,
    /// The gazetteer's entities, when the judged hit can only be a person
    /// (its own names are then known words beside it: `names`).
    own_people: Option<&'a [crate::gazetteer::Entity]>,
    /// End of the last place dropped after a lowercase head ("bahasa
    /// Inggris"), which a list of places may go on (`names`).
    list: Option<usize>,
    /// Place-and-word pairs counted in the document (`names::only_pair`):
    /// (pair, the place written only in that pair, twice or more).
    pairs: FastMap<String, bool>,
    /// The hit judged is a name with a misspelt surname (`places`): no
    /// full name that stands whatever precedes it.
    weak: bool,
    /// The judged hit can only be a state (a place with demonyms): see
    /// `places::state_part`.
    state: bool,
}

/// One word next to a name: its byte range and kinds.
#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    flags: u8,
    capital: bool,
}

/// Does a hit of `hits` (sorted, not overlapping) overlap the word `t`?
fn in_hit(hits: &[Hit], t: &Tok) -> bool {
    let i = hits.partition_point(|h| h.end <= t.start);
    hits.get(i).is_some_and(|h| h.start < t.end)
}

impl<'a> Nesting<'a> {
    /// The check over `text` with the gazetteer's chunk words.
    pub fn new(text: &'a str, words: &'a ChunkWords) -> Nesting<'a> {
        Nesting {
            text,
            words,
            line: None,
            seen: context::Seen::default(),
            lower: FastMap::default(),
            scans: 0,
            sport: None,
            roads: None,
            parts: Vec::new(),
            people: Vec::new(),
            own: Vec::new(),
            own_people: None,
            list: None,
            pairs: FastMap::default(),
            weak: false,
            state: false,
        }
    }

    /// The word ending at byte `end` (`end` is just after a word char):
    /// word chars, with inner periods and apostrophes.
    fn word_back(&self, end: usize) -> usize {
        let t = self.text;
        let mut start = end;
        let mut it = t[..end].char_indices().rev().peekable();
        while let Some((i, c)) = it.next() {
            if word_char(c) {
                start = i;
            } else if (c == '.' || apostrophe(c))
                && it.peek().is_some_and(|&(_, p)| word_char(p))
                && start == i + c.len_utf8()
            {
                continue;
            } else {
                break;
            }
        }
        start
    }

    /// The word starting at byte `start` (a word char).
    fn word_fwd(&self, start: usize) -> usize {
        let t = self.text;
        let mut end = start;
        let mut it = t[start..].char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let at = start + i;
            if word_char(c) {
                end = at + c.len_utf8();
            } else if (c == '.' || apostrophe(c))
                && end == at
                && it.peek().is_some_and(|&(_, n)| word_char(n))
            {
                // A possessive "'s" ends the word here.
                if apostrophe(c) {
                    let rest = &t[at + c.len_utf8()..];
                    let mut r = rest.chars();
                    if matches!(r.next(), Some('s' | 'S')) && !r.next().is_some_and(word_char) {
                        break;
                    }
                }
                continue;
            } else {
                break;
            }
        }
        end
    }

    /// A capitalised `event` word ("Week") is a head word.
    fn tok(&self, start: usize, end: usize) -> Tok {
        let w = &self.text[start..end];
        let capital = capitalised(w);
        let event = if capital && self.words.event(w) {
            HEAD
        } else {
            0
        };
        Tok {
            start,
            end,
            flags: self.words.flags(w.trim_end_matches('.')) | event,
            capital,
        }
    }

    /// The word before byte `pos` in the same chunk run: after blanks or a
    /// bare hyphen, or over a join of [`joins`].
    fn before(&self, pos: usize) -> Option<Tok> {
        self.before_plain(pos)
            .or_else(|| self.across_hyphen(pos, true))
    }

    fn before_plain(&self, pos: usize) -> Option<Tok> {
        let t = self.text;
        let head = t.get(..pos)?;
        let end = if let Some(h) = head.strip_suffix('-') {
            // "Soekarno-Hatta": a hyphen without spaces joins.
            if !h.chars().next_back().is_some_and(word_char) {
                return None;
            }
            h.len()
        } else {
            let trimmed = head.trim_end_matches(blank);
            if trimmed.len() == head.len() {
                return None;
            }
            let last = trimmed.chars().next_back()?;
            if word_char(last) {
                trimmed.len()
            } else if last == '.' {
                // "U.S. Embassy", "J. Trump": the period belongs to the word.
                let inner = trimmed.len() - 1;
                let s = self.word_back(inner);
                if s == inner || !abbreviation(&t[s..inner]) {
                    return None;
                }
                return Some(self.tok(s, trimmed.len()));
            } else {
                return None;
            }
        };
        let start = self.word_back(end);
        if start == end || possessive(&t[start..end]) {
            return None;
        }
        Some(self.tok(start, end))
    }

    /// The word after byte `pos` in the same chunk run (also over a join
    /// of [`joins`]).
    fn after(&self, pos: usize) -> Option<Tok> {
        self.after_plain(pos)
            .or_else(|| self.after_bracket(pos))
            .or_else(|| self.across_hyphen(pos, false))
    }

    fn after_plain(&self, pos: usize) -> Option<Tok> {
        let t = self.text;
        let rest = t.get(pos..)?;
        let mut it = rest.chars();
        let c = it.next()?;
        let start = if c == '-' {
            let n = it.next()?;
            if !word_char(n) {
                return None;
            }
            pos + 1
        } else if c == '.' {
            // Past an abbreviation's period ("U.S. Embassy").
            let s = self.word_back(pos);
            if !abbreviation(&t[s..pos]) {
                return None;
            }
            let after = &rest[1..];
            let trimmed = after.trim_start_matches(blank);
            if trimmed.len() == after.len() || !trimmed.starts_with(word_char) {
                return None;
            }
            pos + 1 + (after.len() - trimmed.len())
        } else if blank(c) {
            let trimmed = rest.trim_start_matches(blank);
            if !trimmed.starts_with(word_char) {
                return None;
            }
            pos + (rest.len() - trimmed.len())
        } else {
            return None;
        };
        let end = self.word_fwd(start);
        (end > start).then(|| self.tok(start, end))
    }

    /// Is the word at `start` the first of a sentence or line?
    fn sentence_initial(&self, start: usize) -> bool {
        opens_sentence(
            self.text[..start]
                .trim_end_matches(blank)
                .chars()
                .next_back(),
        )
    }

    /// True when `hit` lies strictly inside a longer name chunk whose other
    /// words are not all known modifiers of it. `hits` are all the hits of
    /// the document, in order; `types` tells what the hit may be
    /// ([`MAY_PERSON`], [`MAY_PLACE`], [`MAY_ORG`]).
    pub fn nested(&mut self, hit: &Hit, hits: &[Hit], types: u8) -> bool {
        // "US$ 5.000": a currency, not the country.
        if self.text[hit.end..].starts_with('$') {
            return true;
        }
        if types & MAY_PLACE != 0 && self.road_end(hit) {
            return true;
        }
        let chunk_word = |t: &Tok| t.capital && t.flags & STOP == 0;
        let mut left: Vec<Tok> = Vec::new();
        let mut head = false;
        // A lowercase title or body word right before the chunk ("pimpinan
        // KPK Bibit Samad Riyanto", "fraksi PDI-P Damayanti").
        let mut lower_title = false;
        if self.legal_acronym(hit) {
            return true;
        }
        // "Amerika Serikat (AS) Terbuka": an acronym in the brackets of
        // the name it abbreviates goes on as that name does.
        let to = self.bracketed(hit).unwrap_or(hit.end);
        let mut pos = hit.start;
        while left.len() < MAX_SIDE {
            let Some(t) = self.before(pos) else { break };
            let inner = !left.is_empty() && self.inner_stop(&t);
            if chunk_word(&t) || (!t.capital && t.flags & CONNECTOR != 0) || inner {
                left.push(t);
                pos = t.start;
            } else {
                lower_title = !t.capital && t.flags & (TITLE | BODY) != 0 && t.flags & STOP == 0;
                if !t.capital && t.flags & HEAD != 0 && t.flags & STOP == 0 {
                    // "bahasa Inggris", "liga Inggris".
                    while left.last().is_some_and(|l| !l.capital) {
                        left.pop();
                    }
                    left.push(t);
                    head = true;
                }
                break;
            }
        }
        while !head && left.last().is_some_and(|l| !l.capital) {
            left.pop();
        }
        // A sentence's first word written in lowercase elsewhere is a
        // common word, capitalised only because the sentence starts.
        if let Some(first) = left.last().copied() {
            if first.flags & (TITLE | PLACE | BODY | HEAD | REGION) == 0
                && self.sentence_initial(first.start)
                && self.common_word(
                    first.start,
                    first.end,
                    types & (MAY_PERSON | MAY_PLACE) == 0,
                )
            {
                left.pop();
                while left.last().is_some_and(|l| !l.capital) {
                    left.pop();
                }
            }
        }
        self.chain_titles(&mut left);
        if types & MAY_PLACE != 0 && self.after_person(&left) {
            left.clear();
        }
        let mut right = self.right_at(to, hits);
        if types & MAY_PLACE == 0 {
            // A place keeps its bodies after it ("U.S. Treasury Department").
            self.lone_title_parts(&mut right);
        }
        if left.is_empty() && right.is_empty() {
            return types & MAY_PLACE != 0 && self.listed(hit.start, hit.end);
        }
        if types & MAY_PLACE != 0
            && right.is_empty()
            && (self.seat(&left, &right, hits) || self.off_compass(&left, hits))
        {
            return false;
        }
        if types & MAY_PLACE != 0 && self.portfolio_end(&left, &right, hits) {
            return false;
        }
        if types == MAY_PLACE && self.state_part(&left, &right, hits) {
            return false;
        }
        let lower_title = lower_title && !head && left.iter().all(|t| t.capital);
        let nested = self.judge(hit, hits, types, (&left, lower_title), &right);
        if nested && head && left.len() == 1 && right.is_empty() && types & MAY_PLACE != 0 {
            self.open_list(hit.end);
        }
        nested
    }

    fn judge(
        &mut self,
        hit: &Hit,
        hits: &[Hit],
        types: u8,
        (left, lower_title): (&[Tok], bool),
        right: &[Tok],
    ) -> bool {
        if left.is_empty() && right.is_empty() {
            return false;
        }
        let text = self.text;
        if self.title_case_line(hit.start) {
            // A headline's names are left alone, but for a brand before a
            // model code ("Spesifikasi Huawei Nova 2i"): a product.
            return types & MAY_PLACE == 0
                && types & MAY_ORG != 0
                && right
                    .iter()
                    .take(2)
                    .any(|t| joins::code(&text[t.start..t.end]));
        }
        let words = self.words;
        // "Dato' Sri Ismail Sabri", "Budi Gunadi Sadikin": a part of a
        // person's name right before another full name of two words or
        // more, across blanks only, is a word of that name (a given name,
        // an honorific), not a mention of its own.
        let part = types == MAY_PERSON && self.part_only(hit.start, hit.end);
        let before_full = |h: &Hit| {
            part && h.start >= hit.end
                && text[hit.end..h.start].chars().all(blank)
                && text[h.start..h.end].contains(blank)
                && !self.part_only(h.start, h.end)
        };
        let known = |t: &Tok| {
            // A word both `place` and `region` ("City") is a place head
            // before the name ("City of London") and, after it, makes
            // another place ("Kansas City", "Mexico City").
            if t.flags & (PLACE | REGION) == PLACE | REGION && t.start >= hit.end {
                return false;
            }
            if (t.flags & CONNECTOR != 0 && !t.capital) || (t.flags & TITLE != 0 && t.capital) {
                return true;
            }
            if t.flags & PLACE != 0 && types & MAY_PLACE != 0 && t.capital {
                return true;
            }
            if t.flags & BODY != 0 && types & (MAY_PLACE | MAY_ORG) != 0 && t.capital {
                return true;
            }
            if types & MAY_ORG != 0 && t.capital && words.legal(&text[t.start..t.end]) {
                // "PT Hutama Karya": the company itself.
                return true;
            }
            if roman(&text[t.start..t.end]) {
                // "Komisi III DPR": a number, not a name.
                return true;
            }
            if types & MAY_PERSON != 0
                && (initials(&text[t.start..t.end])
                    || (t.capital && words.rank(&text[t.start..t.end])))
            {
                return true;
            }
            if types == MAY_PERSON && t.capital && self.own_word(&text[t.start..t.end]) {
                // "Ferdinand R. Marcos Jr.": a word of the person's own name
                return true;
            }
            // Another gazetteer name, but for a part of other people's
            // names ("Eric" of "Eric Trump").
            let i = hits.partition_point(|h| h.end <= t.start);
            hits.get(i).is_some_and(|h| {
                h.start < t.end
                    && (h.start, h.end) != (hit.start, hit.end)
                    && !before_full(h)
                    && !(types & MAY_PERSON != 0
                        && h.end <= hit.start
                        && t.flags & CONNECTOR == 0
                        && self.stranger(h.start, h.end))
            })
        };
        // A person's full name of two words or more stands whatever title
        // or description precedes it ("Menteri Koordinator bidang
        // Kemaritiman Luhut Binsar Pandjaitan"); a single name word does
        // not ("Eric Trump").
        let full_person =
            !self.weak && types == MAY_PERSON && text[hit.start..hit.end].contains(blank);
        // A head or region word of its own, not one inside another known
        // name ("Ketua KPU Sumatera Selatan Aspahani").
        let in_hit = |t: &Tok| in_hit(hits, t);
        let headed = |v: &[Tok]| {
            v.iter()
                .any(|t| t.flags & (HEAD | REGION) != 0 && !in_hit(t))
        };
        // Over a conjunction, only for a name that is no chunk word itself
        // ("Kajari dan Kasi Intel Samarinda": a section, not the company).
        let titled = left.iter().any(|t| t.capital && t.flags & TITLE != 0)
            || (types == MAY_ORG
                && self.words.flags(&text[hit.start..hit.end]) == 0
                && self.titled_across(left.last().map_or(hit.start, |t| t.start)));
        // "Kepala Biro Humas KPK Febri Diansyah", "Ketua Dewan Kehormatan
        // PAN Amien Rais", "pimpinan KPK Bibit Samad Riyanto": a title,
        // the description of its post, the organisation, then the
        // holder's name. Only for organisations: a place after a title
        // is often part of another organisation's name ("Ketua Umum
        // Majelis Ulama Indonesia").
        if types == MAY_ORG
            && (titled || (lower_title && left.is_empty()))
            && !headed(left)
            && !headed(right)
        {
            return false;
        }
        // "Kepala Bidang Humas Polda Jawa Barat", "Direktorat Reserse
        // Narkoba Polda Jawa Tengah", "Bidkum Mabes Polri": the word right
        // before the name is a body or place word that fits it, and a
        // title or body word further left opens the description of that
        // body. No head word on the left.
        let near = types & MAY_PERSON == 0
            && left.first().is_some_and(|t| {
                t.capital
                    && ((t.flags & PLACE != 0 && types & MAY_PLACE != 0)
                        || (t.flags & BODY != 0 && types & (MAY_PLACE | MAY_ORG) != 0))
            })
            && (lower_title
                || left[1..]
                    .iter()
                    .any(|t| t.capital && t.flags & (TITLE | BODY) != 0))
            && !headed(left);
        // "PT Persib Bandung Bermartabat": the company's name goes on.
        let legal = |t: &Tok| words.legal(&text[t.start..t.end]);
        if types & MAY_ORG != 0 && left.first().is_some_and(legal) && !right.iter().all(known) {
            return true;
        }
        // "Presiden Ketiga Republik Indonesia B. J. Habibie", "Kepala Staf
        // Gabungan Komisi Militer Pusat Republik Rakyat China, Jenderal X",
        // "Kepala Suku Dinas Perhubungan Kota Jakarta Selatan": a place's
        // name opening with a place word ("Republik", "Kota") after a run
        // opened by a title is the place the office belongs to. Not
        // after a head word ("Perhimpunan Mahasiswa Katolik Republik
        // Indonesia") nor without a title ("Undang-Undang Republik
        // Indonesia", "Hari Kemerdekaan Republik Indonesia").
        // (the word flags already at hand first: `flags` of the name's
        // first word lowercases it for a lookup)
        let official = types & MAY_PLACE != 0
            && left
                .last()
                .is_some_and(|t| t.capital && t.flags & TITLE != 0)
            && !left.iter().any(|t| t.flags & HEAD != 0 && !in_hit(t))
            && !headed(right)
            && text[hit.start..hit.end].contains(blank)
            && text[hit.start..hit.end]
                .split(blank)
                .next()
                .is_some_and(|w| words.flags(w) & PLACE != 0);
        if official {
            return false;
        }
        if !full_person && !near && !left.iter().all(known) {
            return true;
        }
        if full_person && self.of_state(right, hits) {
            return false;
        }
        // "Ketua MPR Zulkifli Hasan", "Gubernur Jawa Barat Deddy Mizwar":
        // after a title and the body or place it belongs to comes the
        // holder's name.
        if titled && types & MAY_PERSON == 0 && !headed(right) {
            return false;
        }
        // "KPU Kabupaten Intan Jaya": a place head after an organisation
        // opens the place it belongs to.
        if types & MAY_ORG != 0
            && right
                .first()
                .is_some_and(|t| t.capital && t.flags & PLACE != 0 && t.flags & HEAD == 0)
        {
            return false;
        }
        // Indonesian writes the country where English writes a demonym:
        // "pebalap Spanyol Jorge Lorenzo", "startup Singapura Wavecell".
        // A place that opens the chunk stays a mention unless a head word
        // ("Bali United", "Jakarta Convention Center") or a region word
        // ("Jawa Tengah") follows.
        if left.is_empty()
            && types & MAY_PLACE != 0
            && !right.iter().any(|t| t.flags & (HEAD | REGION) != 0)
        {
            // "Minnesota Timberwolves", "Jiangsu Suning": in sport news, a
            // place and one unknown capitalised word closing the chunk is a
            // team's name; a person's name after the place has two words or
            // more ("pebalap Spanyol Jorge Lorenzo").
            if let [t] = right {
                if types == MAY_PLACE
                    && t.flags == 0
                    && !text[hit.start..hit.end]
                        .split(blank)
                        .any(|w| self.words.flags(w) & HEAD != 0)
                    && !known(t)
                    && !initials(&text[t.start..t.end])
                    && (self.sport_document() || self.only_pair(hit.start, t.end, hit.end))
                {
                    return true;
                }
            }
            return false;
        }
        !right.iter().all(known)
    }
}

mod chars;
mod context;
mod joins;
mod names;
mod opener;
mod places;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_joins;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_origin;
#[cfg(test)]
mod tests_places;
#[cfg(test)]
mod tests_round34a;
#[cfg(test)]
mod tests_round38a;
