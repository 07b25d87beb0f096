//! Nesting rules that look beyond the chunk: the document's words (sport
//! news, roads named by their ends) and lines of results.

use super::{apostrophe, blank, capitalised, opens_sentence, word_char, Nesting};
use crate::base::{with_lowercase, FastMap};
use crate::gazetteer::{CONNECTOR, STOP};
use crate::tag::matcher::Hit;
use memchr::memmem;

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
        let line = &t[s..e];
        // Every capitalised word holds a capital: an ASCII one or a char
        // past ASCII (whose first byte is 0xC0 or more). Their count bounds
        // the line's capitalised words, so once nine times the lowercase
        // words read pass it, a tenth of lowercase words is out of reach
        // and the line is prose: most lines are known after a few words,
        // not read to their end (and their words not all looked up). The
        // bytes are counted sixteen at a time.
        let most_capital = crate::base::ascii_run::capitals_or_leads(line.as_bytes());
        let (mut capital, mut lower) = (0usize, 0usize);
        let mut prose = false;
        for w in line.split(|c: char| !word_char(c)) {
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
                // The rest of the line holds at most one word per two
                // bytes: once even that many capitalised words could not
                // bring the lowercase share down to a tenth, the line is
                // prose, and the rest of a long paragraph is not read.
                let rest = line.len() - (w.as_ptr() as usize - line.as_ptr() as usize) - w.len();
                if lower * 10 > capital + lower + rest.div_ceil(2) || lower * 9 > most_capital {
                    prose = true;
                    break;
                }
            }
        }
        // A line of results is not a headline: its names are read as in text.
        let tc =
            !prose && capital + lower >= 3 && lower * 10 <= capital + lower && !score_line(line);
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
            let roads = match self.words.plain_road_lengths() {
                Some(lengths) => self.road_runs(lengths),
                None => self.road_scan(),
            };
            self.roads = Some(roads);
        }
        self.roads.get_or_insert_default()
    }

    /// [`Nesting::road_words`] for any road words: the word before every
    /// blank and after every blank, read and looked up.
    fn road_scan(&self) -> (Vec<usize>, Vec<usize>) {
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
        (ends, starts)
    }
}

impl Nesting<'_> {
    /// [`Nesting::road_words`] when every road word is a plain run of
    /// word chars (`lengths`: their byte lengths, a bit each): such a word
    /// is a whole run of word chars, so one pass over the runs finds them,
    /// instead of reading every word again from each blank beside it. A
    /// run is the word `word_back` or `word_fwd` reads unless a period or
    /// apostrophe joins it to the next run on that side; a joined word is
    /// no plain word.
    fn road_runs(&self, lengths: u64) -> (Vec<usize>, Vec<usize>) {
        let (t, words) = (self.text, self.words);
        let (mut ends, mut starts) = (Vec::new(), Vec::new());
        let joins = |c: char| c == '.' || apostrophe(c);
        // The run being read: its start and the two chars before it.
        let mut run: Option<(usize, Option<char>, Option<char>)> = None;
        let (mut p1, mut p2): (Option<char>, Option<char>) = (None, None);
        for (i, c) in t.char_indices().chain(std::iter::once((t.len(), '\n'))) {
            if word_char(c) && i < t.len() {
                if run.is_none() {
                    run = Some((i, p1, p2));
                }
            } else if let Some((s, b1, b2)) = run.take() {
                let after = (i < t.len()).then_some(c);
                // `word_back` from the blank after the run would go on
                // over "x." before it; `word_fwd` from its start over ".y"
                // after it, but for a possessive "'s".
                let joined_back = b1.is_some_and(joins) && b2.is_some_and(word_char);
                let joined_fwd = after.is_some_and(|c| {
                    let rest = &t[i + c.len_utf8()..];
                    let mut r = rest.chars();
                    let next = r.next();
                    joins(c)
                        && next.is_some_and(word_char)
                        && !(apostrophe(c)
                            && matches!(next, Some('s' | 'S'))
                            && !r.next().is_some_and(word_char))
                });
                let end = after.is_some_and(blank) && !joined_back;
                let start = b1.is_some_and(blank) && !joined_fwd;
                let w = &t[s..i];
                let sized = !w.is_ascii() || (w.len() < 64 && lengths & 1 << w.len() != 0);
                if (end || start) && sized && with_lowercase(w, |w| words.road(w)) {
                    if end {
                        ends.push(i);
                    }
                    if start {
                        starts.push(s);
                    }
                }
            }
            p2 = p1;
            p1 = Some(c);
        }
        (ends, starts)
    }
}

/// Scans of the whole text a document may take: sentence-initial words
/// with inner punctuation ("U.S") and place-and-word pairs (`names`) are
/// looked up by scanning it. Past this many the answer is no (not a common
/// word, not a pair only), so that a document of many costs linear time.
pub(super) const MAX_SCANS: usize = 64;

/// Plain sentence-initial words a document answers by searching its text
/// (for the word and its lowercase form) before it indexes its words: most
/// documents ask of a few, and a search costs far less than hashing every
/// word of the text; a document that asks of more indexes them once.
/// (Callgrind on IndoSum with the DBpedia list: 32 costs 10.8M fewer
/// instructions than 8, once the common-word rule asked of every one-word
/// name opening a sentence, and 64 no fewer than 32.)
pub(super) const SEARCHED_WORDS: usize = 32;

/// The document's words as [`Nesting::common_word`] reads them.
#[derive(Debug, Default)]
pub(super) struct Seen<'a> {
    /// Each word (a maximal run of word chars) with whether some
    /// occurrence is not sentence-initial, once built.
    index: Option<FastMap<&'a str, bool>>,
    /// Plain words answered by searching the text so far.
    searched: usize,
}

impl<'a> Nesting<'a> {
    /// Is the sentence-initial word at `start..end` a common word: written
    /// in lowercase elsewhere in the document, or, when `once` is set,
    /// never capitalised elsewhere inside a sentence ("Mengutip Reuters
    /// ...")? `once` is set only before an organisation: an unknown given
    /// name seen once is still a given name ("Eric Trump said ..."), and a
    /// club seen once still a club ("Persija Jakarta menang ...").
    pub(super) fn common_word(&mut self, start: usize, end: usize, once: bool) -> bool {
        let (lower, alone) = self.lower_alone(start, end, |lower| !lower && once);
        lower || (once && alone)
    }

    /// The word at `start..end`: is it written in lowercase elsewhere in
    /// the document, and is it never capitalised elsewhere inside a
    /// sentence? `ask` tells from the first answer whether the caller
    /// reads the second; when it does not, the second may be false.
    pub(super) fn lower_alone(
        &mut self,
        start: usize,
        end: usize,
        ask: impl FnOnce(bool) -> bool,
    ) -> (bool, bool) {
        let word = &self.text[start..end];
        let low = word.to_lowercase();
        let plain = |w: &str| !w.is_empty() && w.chars().all(word_char);
        let (lower, alone) = if plain(word) && plain(&low) {
            if self.seen.index.is_none() && self.seen.searched < SEARCHED_WORDS {
                self.seen.searched += 1;
                self.search_word(word, &low, ask)
            } else {
                // One look-up in the document's words instead of a scan of
                // the text per word: many sentence-initial words made it
                // quadratic.
                let seen = self.seen_words();
                (
                    seen.contains_key(low.as_str()),
                    !seen.get(word).copied().unwrap_or(false),
                )
            }
        } else {
            self.scan_word(start, end, &low)
        };
        (lower, alone)
    }

    /// The document's words (maximal runs of word chars), each with
    /// whether some occurrence is not sentence-initial; built once.
    fn seen_words(&mut self) -> &FastMap<&'a str, bool> {
        if self.seen.index.is_none() {
            let t = self.text;
            // Sized for the words of the text at once (a word and its
            // blank take about six bytes; fewer are distinct): growing
            // the table cost a rehash of every word seen at each doubling.
            let mut seen: FastMap<&'a str, bool> =
                FastMap::with_capacity_and_hasher(t.len() / 12, Default::default());
            // The word being read: its start and whether it opens a
            // sentence, known from the last char before it that is no
            // blank (as `sentence_initial` finds it, without going back).
            let mut from: Option<(usize, bool)> = None;
            let mut prev: Option<char> = None;
            let bytes = t.as_bytes();
            let mut i = 0;
            // The chars of `t` and a blank after them, as `char_indices`
            // and a chained blank give them: an ASCII byte (most of the
            // text) is its char, without decoding.
            while i <= t.len() {
                let (c, len) = match bytes.get(i) {
                    None => (' ', 1),
                    Some(&b) if b < 0x80 => (char::from(b), 1),
                    Some(_) => match t[i..].chars().next() {
                        Some(c) => (c, c.len_utf8()),
                        None => (' ', 1),
                    },
                };
                let at = i;
                i += len;
                match (word_char(c) && at < t.len(), from) {
                    (true, None) => from = Some((at, opens_sentence(prev))),
                    (false, Some((s, initial))) => {
                        from = None;
                        *seen.entry(&t[s..at]).or_insert(false) |= !initial;
                    }
                    _ => {}
                }
                if !blank(c) {
                    prev = Some(c);
                }
            }
            self.seen.index = Some(seen);
        }
        self.seen.index.get_or_insert_with(FastMap::default)
    }

    /// What [`Nesting::seen_words`] answers for the plain word `word`
    /// (written in lowercase `low` somewhere, never inside a sentence), by
    /// searching the text for the two: a whole occurrence is one no word
    /// char touches, as a maximal run of them is.
    fn search_word(&self, word: &str, low: &str, ask: impl FnOnce(bool) -> bool) -> (bool, bool) {
        let t = self.text;
        let whole = |i: usize, len: usize| whole_word(t, i, len);
        let lower = memmem::find_iter(t.as_bytes(), low).any(|i| whole(i, low.len()));
        // The second search only when its answer matters: most words are
        // never written in lowercase, and a search reads the whole text.
        let alone = ask(lower)
            && !memmem::find_iter(t.as_bytes(), word)
                .any(|i| whole(i, word.len()) && !self.sentence_initial(i));
        (lower, alone)
    }

    /// [`Nesting::common_word`]'s (lowercase elsewhere, never inside a
    /// sentence) for a word with inner punctuation, by scanning the text.
    fn scan_word(&mut self, start: usize, end: usize, low: &str) -> (bool, bool) {
        let t = self.text;
        let word = &t[start..end];
        if let Some(&found) = self.lower.get(word) {
            return found;
        }
        if self.scans >= MAX_SCANS {
            return (false, false);
        }
        self.scans += 1;
        let whole = |i: usize, len: usize| whole_word(t, i, len);
        let lower = t.match_indices(low).any(|(i, m)| whole(i, m.len()));
        let alone = !t
            .match_indices(word)
            .any(|(i, m)| i != start && whole(i, m.len()) && !self.sentence_initial(i));
        self.lower.insert(word.to_string(), (lower, alone));
        (lower, alone)
    }
}

/// Whether `t[i..i + len]` is a whole word: no word char touches it on
/// either side, as none touches a maximal run of them.
fn whole_word(t: &str, i: usize, len: usize) -> bool {
    !t[..i].chars().next_back().is_some_and(word_char)
        && !t[i + len..].chars().next().is_some_and(word_char)
}

#[cfg(test)]
mod tests {
    use super::{Nesting, MAX_SCANS, SEARCHED_WORDS};
    use crate::gazetteer::ChunkWords;

    /// Starts of the words that open a sentence or line in `text`.
    fn initial_words(n: &Nesting, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut at = 0;
        for w in text.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            let s = at;
            at += w.len()
                + text[at + w.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            if !w.is_empty() && n.sentence_initial(s) {
                out.push((s, s + w.len()));
            }
        }
        out
    }

    // The document index answers as the scan of the text did, in both
    // languages, for words written in lowercase elsewhere, capitalised
    // inside a sentence, next to hyphens and punctuation, or alone.
    #[test]
    fn the_word_index_answers_as_the_text_scan() {
        let words = ChunkWords::builtin().expect("built-in chunk words");
        let texts = [
            "Mengutip Reuters, pejabat itu bicara. Ia mengutip AFP juga.",
            "Mengutip Reuters, pejabat itu bicara. Kantor Mengutip buka.",
            "Menurut Jakarta-based analysts. Menurut data, harga naik.",
            "Said Putin yesterday. He said it. Said Aqil Siradj spoke.",
            "Sejumlah warga datang.\nSejumlah-jumlahnya tidak.\n\"Warga Jakarta\" hadir.",
            "Über Berlin. über alles. Ölpreis steigt: Ölpreis fällt.",
        ];
        // Searched for (the first words a document asks of), then indexed.
        for (text, searched) in texts.iter().flat_map(|t| [(t, 0), (t, SEARCHED_WORDS)]) {
            let mut n = Nesting::new(text, &words);
            n.seen.searched = searched;
            for (s, e) in initial_words(&n, text) {
                let low = text[s..e].to_lowercase();
                let scanned = n.scan_word(s, e, &low);
                n.lower.clear();
                for once in [false, true] {
                    assert_eq!(
                        n.common_word(s, e, once),
                        scanned.0 || (once && scanned.1),
                        "{:?} in {text:?}",
                        &text[s..e]
                    );
                }
            }
        }
    }

    // The pass over runs of word chars finds the road words the scan of
    // every blank's neighbours finds, next to periods, apostrophes,
    // possessives, hyphens, line ends and non-ASCII letters.
    #[test]
    fn road_runs_find_what_the_scan_finds() {
        let words = ChunkWords::builtin().expect("built-in chunk words");
        let lengths = words.plain_road_lengths().expect("plain road words");
        let texts = [
            "jalan tol Jakarta - Cikampek dan ruas Cipali. Tol Cipularang",
            "x.tol Jakarta tol.y Bandung tol's Bogor Tol' s TOL'S ruas'an",
            "tol\nruas\ttoll  expressway\u{a0}toll-road e.toll Toll. toll's",
            "Über tol ÉXPRESSWAY tol_x tolé Tol\u{2019}s jalan‑tol tol",
            "",
            "tol",
            " tol ",
            "a.tol b",
            "tol.b a",
            "tol's x",
            "tol'sa x",
        ];
        for text in texts {
            let n = Nesting::new(text, &words);
            assert_eq!(n.road_runs(lengths), n.road_scan(), "{text:?}");
        }
    }

    // A long document of distinct sentence-initial words was quadratic:
    // each word scanned the whole text. It is now looked up in one index,
    // and words with inner punctuation scan at most MAX_SCANS times.
    #[test]
    fn regression_many_sentence_initial_words_scan_the_text_a_bounded_number_of_times() {
        let words = ChunkWords::builtin().expect("built-in chunk words");
        let text: String = (0..2000)
            .map(|i| format!("Kata{i} Jakarta hadir. Q.{i} Jakarta hadir. "))
            .collect();
        let mut n = Nesting::new(&text, &words);
        let initial = initial_words(&n, &text);
        assert!(initial.len() >= 4000, "{}", initial.len());
        for (s, _) in initial {
            let e = n.word_fwd(s);
            n.common_word(s, e, true);
        }
        assert!(n.seen.index.is_some());
        assert_eq!(n.scans, MAX_SCANS);
    }

    // The same for a document of many place-and-word pairs ("Jakarta
    // Xabc"), each counted by two scans of the text.
    #[test]
    fn regression_many_place_and_word_pairs_scan_the_text_a_bounded_number_of_times() {
        let words = ChunkWords::builtin().expect("built-in chunk words");
        let text: String = (0..500)
            .map(|i| format!("warga Jakarta Kata{i} hadir. "))
            .collect();
        let mut n = Nesting::new(&text, &words);
        let mut asked = 0;
        for (at, _) in text.match_indices("Jakarta") {
            let mid = at + "Jakarta".len();
            let end = n.word_fwd(mid + 1);
            assert!(!n.only_pair(at, end, mid), "each pair is written once");
            asked += 1;
        }
        assert_eq!(asked, 500);
        assert_eq!(n.scans, MAX_SCANS);
    }

    // The bound by the line's capitals (twenty-eighth throughput round)
    // ends a line no other way than reading it all: lines of capitalised,
    // lowercase, stop and connector words, acronyms, camel case, letters
    // past ASCII and results, every mix of three to eighteen words.
    #[test]
    fn title_case_by_the_capitals_bound_is_title_case_by_the_whole_line() {
        use super::{score_line, CONNECTOR, STOP};
        use crate::tag::chunks::chars::{capitalised, word_char};
        let words = ChunkWords::builtin().expect("built-in chunk words");
        let whole = |line: &str| {
            let (mut capital, mut lower) = (0usize, 0usize);
            for w in line.split(|c: char| !word_char(c)) {
                if !w.starts_with(char::is_alphabetic) {
                    continue;
                }
                if capitalised(w) {
                    capital += 1;
                } else if words.flags(w) & (STOP | CONNECTOR) == 0 {
                    lower += 1;
                }
            }
            capital + lower >= 3 && lower * 10 <= capital + lower && !score_line(line)
        };
        let pool = [
            "Jakarta",
            "KPK",
            "dan",
            "di",
            "of",
            "the",
            "iPhone",
            "rumah",
            "Élysée",
            "été",
            "Öl",
            "100",
            "-",
            "97",
            "X",
            "bin",
            "warga",
            "U.S.",
            "Said",
            "mengatakan",
        ];
        let mut seed = 7u64;
        for n in (3..=18).flat_map(|n| std::iter::repeat_n(n, 400)) {
            let line: Vec<&str> = (0..n)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    let k = (seed >> 33) as usize;
                    // (capitalised words more often than not, as headlines)
                    pool[if k.is_multiple_of(3) {
                        k / 3 % pool.len()
                    } else {
                        [0, 1, 6, 8, 14, 17][k % 6]
                    }]
                })
                .collect();
            let text = line.join(" ");
            let mut nest = Nesting::new(&text, &words);
            assert_eq!(nest.title_case_line(0), whole(&text), "{text:?}");
        }
    }
}
