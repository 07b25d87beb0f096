//! Chunk joins beyond blanks and bare hyphens (issue 16, round 16g):
//! - a bracketed acronym of the chunk words right before it belongs to the
//!   chunk, which goes on over the bracket to a head word ("Amerika
//!   Serikat (AS) Terbuka"), and the acronym stands where that name
//!   stands;
//! - a conjunction joins two parts of one name when the capitalised words
//!   after it close with a head word ("Indonesia Business and Development
//!   Expo"), not otherwise ("Rusia dan Korea Utara");
//! - a model code, letters and digits in one word, is a chunk word, also
//!   across a spaced hyphen ("Huawei Nova 2i", "UAV A1 - Xi"), and two
//!   acronyms across a spaced hyphen join as across a bare one ("SIG -
//!   BMKG");
//! - an acronym after a legal form and its period is a company's name
//!   ("PT. PBB");
//! - a post's description goes on over a conjunction or an ampersand to
//!   the organisation that closes it ("Koordinator Divisi Hukum dan
//!   Penindakan Pelanggaran Bawaslu", "Vice President Bisnis & SME BCA").
//!
//! The words (conjunctions, legal forms) are data:
//! [`crate::gazetteer::ChunkWords`].

use super::names::{grade, number};
use super::{apostrophe, blank, capitalised, word_char, Nesting, Tok, MAX_SIDE};
use crate::gazetteer::{CONNECTOR, HEAD, STOP, TITLE};
use crate::tag::matcher::Hit;

/// A possessive ("Russia's", "Putin’s").
pub(super) fn possessive(w: &str) -> bool {
    let mut rev = w.chars().rev();
    matches!(rev.next(), Some('s' | 'S')) && rev.next().is_some_and(apostrophe)
}

/// Initials inside a person's name: one or two capitals, with or without
/// periods ("J.", "LP", "W").
pub(super) fn initials(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (1..=2).contains(&letters) && w.chars().all(|c| c.is_uppercase() || c == '.')
}

/// A Roman numeral of up to five letters ("III", "XVII").
pub(super) fn roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 5 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// An abbreviation whose final period belongs to it: an initial ("J") or
/// a dotted abbreviation ("U.S").
pub(super) fn abbreviation(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (letters == 1 && capitalised(w)) || (w.contains('.') && capitalised(w))
}

/// A model code: letters and digits in one word ("2i", "A1", "328P8").
pub(super) fn code(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(char::is_alphabetic)
}

/// An acronym that may abbreviate a name: two to six capital letters.
pub(super) fn acronym(w: &str) -> bool {
    (2..=6).contains(&w.chars().count()) && w.chars().all(char::is_uppercase)
}

impl Nesting<'_> {
    /// When the capitalised chunk words ending right before the bracket
    /// opened at `open` have `acr` as their initials (connectors between
    /// them skipped), the start of the first of them.
    fn expansion(&self, open: usize, acr: &str) -> Option<usize> {
        let want: Vec<char> = acr.chars().collect();
        let mut got = Vec::with_capacity(want.len());
        let mut pos = open;
        let mut first = open;
        while got.len() < want.len() {
            let t = self.before(pos)?;
            let w = &self.text[t.start..t.end];
            if t.capital && t.flags & STOP == 0 {
                got.push(w.chars().next()?);
                first = t.start;
            } else if t.flags & CONNECTOR == 0 && !self.words.conjunction(w) {
                return None;
            }
            pos = t.start;
        }
        got.reverse();
        (got == want).then_some(first)
    }

    /// The bracketed acronym "(ACR)" at `open` (a '('), when it abbreviates
    /// the chunk words before it: (start of those words, end of the ')').
    fn bracket_at(&self, open: usize) -> Option<(usize, usize)> {
        let t = self.text;
        let inner = t.get(open + 1..)?;
        let s = open + 1 + (inner.len() - inner.trim_start_matches(blank).len());
        let e = self.word_fwd(s);
        let acr = t.get(s..e)?;
        if !acronym(acr) {
            return None;
        }
        let rest = &t[e..];
        let close = e + (rest.len() - rest.trim_start_matches(blank).len());
        if !t[close..].starts_with(')') {
            return None;
        }
        let from = self.expansion(open, acr)?;
        Some((from, close + 1))
    }

    /// The head word after a bracketed acronym that opens after blanks
    /// at `pos` ("Amerika Serikat (AS) Terbuka"). Any other word after the
    /// bracket starts anew: the holder of a post ("Institut Teknologi
    /// Bandung (ITB) Suryo Utomo"), a place ("Jakarta Convention Center
    /// (JCC) Senayan").
    pub(super) fn after_bracket(&self, pos: usize) -> Option<Tok> {
        let rest = self.text.get(pos..)?;
        let trimmed = rest.trim_start_matches(blank);
        if trimmed.len() == rest.len() || !trimmed.starts_with('(') {
            return None;
        }
        let open = pos + (rest.len() - trimmed.len());
        let (_, close) = self.bracket_at(open)?;
        self.after(close)
            .filter(|t| t.capital && t.flags & HEAD != 0)
    }

    /// The hit as written inside the brackets of the name it abbreviates,
    /// with a head word after the bracket ("Amerika Serikat (AS)
    /// Terbuka"): the end of the bracket, from where the chunk goes on as
    /// after that name.
    pub(super) fn bracketed(&self, hit: &Hit) -> Option<usize> {
        let t = self.text;
        let open = t[..hit.start]
            .trim_end_matches(blank)
            .strip_suffix('(')?
            .len();
        let (_, close) = self.bracket_at(open)?;
        let head = self
            .after(close)
            .is_some_and(|w| w.capital && w.flags & HEAD != 0);
        (head && t[hit.end..].trim_start_matches(blank).starts_with(')')).then_some(close)
    }

    /// A word across a spaced hyphen from `pos`, backwards or forwards,
    /// when it or the word at `pos` is a model code ("A1 - Xi"), or when
    /// both are acronyms ("SIG - BMKG", as "SIG-BMKG" without the spaces).
    pub(super) fn across_hyphen(&self, pos: usize, back: bool) -> Option<Tok> {
        let t = self.text;
        if back {
            let head = t.get(..pos)?;
            let h = head.trim_end_matches(blank);
            let h2 = h.strip_suffix('-')?;
            let h3 = h2.trim_end_matches(blank);
            if h.len() == head.len() || h3.len() == h2.len() || !h3.ends_with(word_char) {
                return None;
            }
            let s = self.word_back(h3.len());
            let here = &t[pos..self.word_fwd(pos)];
            let w = &t[s..h3.len()];
            (code(w) || code(here) || (acronym(w) && acronym(here))).then(|| self.tok(s, h3.len()))
        } else {
            let rest = t.get(pos..)?;
            let r = rest.trim_start_matches(blank);
            let r2 = r.strip_prefix('-')?;
            let r3 = r2.trim_start_matches(blank);
            if r.len() == rest.len() || r3.len() == r2.len() || !r3.starts_with(word_char) {
                return None;
            }
            let s = pos + (rest.len() - r3.len());
            let e = self.word_fwd(s);
            let here = &t[self.word_back(pos)..pos];
            let w = &t[s..e];
            let age = grade(here) && number(w);
            (code(w) || code(here) || age || (acronym(w) && acronym(here))).then(|| self.tok(s, e))
        }
    }

    /// Is `hit` an acronym right after a legal form with its abbreviation
    /// period ("PT. PBB", "PT . PBB")? It is then a company's own name
    /// (PT Persib Bandung Bermartabat), not the acronym's entity (the UN).
    /// A longer name after it is the company ("PT. LEN Industri").
    pub(super) fn legal_acronym(&self, hit: &Hit) -> bool {
        let t = self.text;
        let head = &t[..hit.start];
        let h = head.trim_end_matches(blank);
        let Some(inner) = h.strip_suffix('.').map(|i| i.trim_end_matches(blank)) else {
            return false;
        };
        let s = self.word_back(inner.len());
        h.len() < head.len()
            && s < inner.len()
            && self.words.legal(&t[s..inner.len()])
            && acronym(&t[hit.start..hit.end])
    }

    /// After a conjunction `conj` in a chunk: the capitalised words that
    /// follow it when they close with a head word, do not open with one,
    /// with a one-word office title or with another gazetteer name
    /// ("Business and Development Expo"; not "Indonesia dan Malaysia
    /// Airlines", nor "X dan Gubernur Bank ...", where the title opens
    /// the next person's description).
    pub(super) fn over_conjunction(&self, conj: &Tok, hits: &[Hit]) -> Option<Vec<Tok>> {
        if conj.capital || !self.words.conjunction(&self.text[conj.start..conj.end]) {
            return None;
        }
        let mut run: Vec<Tok> = Vec::new();
        let mut pos = conj.end;
        while run.len() < MAX_SIDE {
            match self.after(pos) {
                Some(t) if t.capital && t.flags & STOP == 0 => {
                    run.push(t);
                    pos = t.end;
                }
                _ => break,
            }
        }
        let first = run.first()?;
        let i = hits.partition_point(|h| h.end <= first.start);
        let named = hits.get(i).is_some_and(|h| h.start < first.end);
        // A one-word office title ("Gubernur", "Governor"), unlike a
        // portfolio's word ("Culture"), opens a post's description of
        // someone else.
        let title = self.words.office_word(&self.text[first.start..first.end]);
        (first.flags & HEAD == 0 && !title && !named && run.last()?.flags & HEAD != 0)
            .then_some(run)
    }

    /// Does a capitalised run holding a title word end right before a
    /// conjunction or an ampersand that stands right before byte `pos`
    /// (the first word of a chunk)? The chunk then closes the description
    /// of a post, split by the conjunction ("Koordinator Divisi Hukum dan
    /// Penindakan Pelanggaran Bawaslu", "Executive Vice President Bisnis
    /// Komersial & SME BCA"), as "Kepala Biro Humas KPK" is one without
    /// it. Looks at most [`MAX_SIDE`] words back.
    pub(super) fn titled_across(&self, pos: usize) -> bool {
        let t = self.text;
        let Some(head) = t.get(..pos) else {
            return false;
        };
        let trimmed = head.trim_end_matches(blank);
        if trimmed.len() == head.len() {
            return false;
        }
        let conj = if let Some(h) = trimmed.strip_suffix('&') {
            h.len()
        } else {
            if !trimmed.chars().next_back().is_some_and(word_char) {
                return false;
            }
            let s = self.word_back(trimmed.len());
            if !self.words.conjunction(&t[s..trimmed.len()]) {
                return false;
            }
            s
        };
        let mut at = conj;
        for _ in 0..MAX_SIDE {
            match self.before(at) {
                Some(w) if w.capital && w.flags & STOP == 0 => {
                    if w.flags & TITLE != 0 {
                        return true;
                    }
                    at = w.start;
                }
                _ => break,
            }
        }
        false
    }

    /// The chunk words after byte `pos`: capitalised words, connectors,
    /// model codes ("Nova 2i") and a conjunction before a head-closed run.
    pub(super) fn right_at(&self, mut pos: usize, hits: &[Hit]) -> Vec<Tok> {
        let mut right: Vec<Tok> = Vec::new();
        let is_code = |t: &Tok| !t.capital && code(&self.text[t.start..t.end]);
        while right.len() < MAX_SIDE {
            let Some(t) = self.after(pos) else { break };
            // "U - 15", "U-19": an age group's number after its letter.
            let age = number(&self.text[t.start..t.end])
                && right
                    .last()
                    .is_some_and(|p| grade(&self.text[p.start..p.end]));
            let ok = (t.capital && t.flags & STOP == 0)
                || (!t.capital && t.flags & CONNECTOR != 0)
                || is_code(&t)
                || age;
            if let (false, Some(run)) = (ok, self.over_conjunction(&t, hits)) {
                right.push(t);
                pos = run.last().map_or(t.end, |r| r.end);
                right.extend(run);
                continue;
            }
            if !ok {
                break;
            }
            right.push(t);
            pos = t.end;
        }
        while right.last().is_some_and(|r| !r.capital && !is_code(r)) {
            right.pop();
        }
        right
    }
}
