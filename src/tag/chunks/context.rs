//! Nesting rules that look beyond the chunk: the document's words (sport
//! news, roads named by their ends) and lines of results.

use super::{blank, capitalised, word_char, Nesting};
use crate::base::with_lowercase;
use crate::gazetteer::{CONNECTOR, STOP};
use crate::tag::matcher::Hit;

/// Is `line` a line of results ("Detroit Pistons 100 - 97 Minnesota
/// Timberwolves"): whole numbers joined by a hyphen? It is then not read
/// as a headline. "09.00 - 09.40" is a time range, not a result.
pub(super) fn score_line(line: &str) -> bool {
    let b = line.as_bytes();
    let number = |r: &str, rev: bool| {
        let digits = |c: char| c.is_ascii_digit();
        if rev {
            let n = r.trim_end_matches(digits);
            n.len() < r.len() && !n.ends_with(['.', ':', ','])
        } else {
            let n = r.trim_start_matches(digits);
            n.len() < r.len() && !n.starts_with(['.', ':', ','])
        }
    };
    (0..b.len()).any(|i| {
        b[i] == b'-'
            && number(line[..i].trim_end_matches(blank), true)
            && number(line[i + 1..].trim_start_matches(blank), false)
    })
}

impl Nesting<'_> {
    /// Is the line holding byte `at` written in title case (a headline)?
    pub(super) fn title_case_line(&mut self, at: usize) -> bool {
        if let Some((s, e, tc)) = self.line {
            if (s..=e).contains(&at) {
                return tc;
            }
        }
        let t = self.text;
        let s = t[..at].rfind('\n').map_or(0, |i| i + 1);
        let e = t[at..].find('\n').map_or(t.len(), |i| at + i);
        let (mut capital, mut lower) = (0usize, 0usize);
        for w in t[s..e].split(|c: char| !word_char(c)) {
            if !w.starts_with(char::is_alphabetic) {
                continue;
            }
            let up = capitalised(w);
            if !up && self.words.flags(w) & (STOP | CONNECTOR) != 0 {
                continue;
            }
            if up {
                capital += 1;
            } else {
                lower += 1;
            }
        }
        // A line of results is not a headline: its names are read as in text.
        let score = score_line(&t[s..e]);
        let tc = !score && capital + lower >= 3 && lower * 10 <= capital + lower;
        self.line = Some((s, e, tc));
        tc
    }

    /// Does the document hold a `sport` word ("klub", "laga", "NBA")?
    pub(super) fn sport_document(&mut self) -> bool {
        if let Some(s) = self.sport {
            return s;
        }
        let words = self.words;
        let s = words.has_sport()
            && self
                .text
                .split(|c: char| !word_char(c))
                .any(|w| !w.is_empty() && with_lowercase(w, |w| words.sport(w)));
        self.sport = Some(s);
        s
    }

    /// Is `hit` one end of a road named by its two ends ("Jakarta -
    /// Cikampek"), written somewhere in the document right after or right
    /// before a `road` word ("tol Jakarta - Cikampek", "the Jakarta -
    /// Cikampek toll road")? Then the pair is the road wherever it is
    /// written ("Jasa Marga cabang Jakarta - Cikampek").
    pub(super) fn road_end(&mut self, hit: &Hit) -> bool {
        let t = self.text;
        if !self.words.has_road() {
            return false;
        }
        // The hyphen and the other end: "A - B" or "A-B", either side.
        let hyphen = |s: &str| -> Option<usize> {
            let n = s.len() - s.trim_start_matches(blank).len();
            let r = &s[n..];
            let r2 = r.strip_prefix('-').or_else(|| r.strip_prefix('–'))?;
            let m = r2.len() - r2.trim_start_matches(blank).len();
            Some(s.len() - r2.len() + m)
        };
        let pair = if let Some(off) = hyphen(&t[hit.end..]) {
            let s = hit.end + off;
            let e = self.word_fwd(s);
            (e > s && capitalised(&t[s..e])).then_some((hit.start, e))
        } else {
            let head = t[..hit.start].trim_end_matches(blank);
            let head = head
                .strip_suffix('-')
                .or_else(|| head.strip_suffix('–'))
                .map(|h| h.trim_end_matches(blank));
            head.and_then(|h| {
                let s = self.word_back(h.len());
                (s < h.len() && capitalised(&h[s..])).then_some((s, hit.end))
            })
        };
        let Some((ps, pe)) = pair else { return false };
        let name = &t[ps..pe];
        let (ends, starts) = self.road_words();
        // The pair right after a road word ("tol Jakarta - Cikampek") or
        // right before one ("Jakarta - Cikampek toll road"), anywhere.
        ends.iter()
            .any(|&p| t[p..].trim_start_matches(blank).starts_with(name))
            || starts
                .iter()
                .any(|&k| t[..k].trim_end_matches(blank).ends_with(name))
    }

    /// The document's road words, found in one pass the first time: the
    /// end of each one followed by a blank, and the start of each one after
    /// a blank. Every road pair is then checked against these alone, not
    /// by a search of the whole text for each hit.
    fn road_words(&mut self) -> &(Vec<usize>, Vec<usize>) {
        if self.roads.is_none() {
            let (t, words) = (self.text, self.words);
            let (mut ends, mut starts) = (Vec::new(), Vec::new());
            let mut prev: Option<char> = None;
            for (i, c) in t.char_indices() {
                if let Some(p) = prev {
                    if blank(c) && !blank(p) {
                        let s = self.word_back(i);
                        if s < i && with_lowercase(&t[s..i], |w| words.road(w)) {
                            ends.push(i);
                        }
                    } else if blank(p) && word_char(c) {
                        let e = self.word_fwd(i);
                        if with_lowercase(&t[i..e], |w| words.road(w)) {
                            starts.push(i);
                        }
                    }
                }
                prev = Some(c);
            }
            self.roads = Some((ends, starts));
        }
        self.roads.get_or_insert_default()
    }
}
