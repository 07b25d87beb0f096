//! Text normalisation for matching.
//!
//! Text and gazetteer names go through the same function. The normalised
//! form is lowercase, without diacritics, and wraps every word in the marker
//! bytes [`WORD_START`] and [`WORD_END`], so a pattern can only match whole
//! words and the leftmost-longest search never has to be checked afterwards.
//!
//! Rules, in one pass over the text:
//! - a word is a maximal run of word chars (Unicode alphanumeric or `_`);
//!   it is lowercased, compatibility-decomposed (NFKD) and stripped of
//!   combining marks, so "Šojgú" gives `sojgu`, "ß" gives `ss`, "ﬁ" gives `fi`.
//!   Combining marks, soft hyphens and zero-width joiners inside a word are
//!   dropped without ending it;
//! - whitespace and hyphens/dashes between words are dropped, so
//!   "Kim Jong-un" and "Kim  Jong\nUn" both give `␁kim␂␁jong␂␁un␂`; a blank
//!   line (a gap with two or more newlines) becomes one `\n`, so names never
//!   match across paragraphs;
//! - apostrophes (' ’ ‘ ʼ ` ´ ′) become `'`, except that one inside a word
//!   and before letters that are no English clitic is dropped ("Sana'a" and
//!   "Sanaa" both give `sanaa`; "Jokowi's" keeps it); every other char is
//!   kept as is.
//!
//! Every output byte records the original byte offset it came from, so a
//! match maps back to the exact surface text (see
//! [`Normalized::original_range`]).

use std::ops::Range;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};
use word_run::word_run;

mod word_run;

/// Marker byte written before every word.
pub const WORD_START: u8 = 0x01;
/// Marker byte written after every word.
pub const WORD_END: u8 = 0x02;

/// A normalised text with a map back to the original byte offsets.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    /// Normalised bytes (UTF-8 plus marker bytes).
    pub bytes: Vec<u8>,
    /// For each normalised byte, an offset into the original text, plus one
    /// sentinel entry (the text length) at the end.
    ///
    /// A [`WORD_START`] maps to the first byte of its word, a [`WORD_END`] to
    /// the byte just after the word, any other byte to the start of the char
    /// it came from.
    pub map: Vec<u32>,
    /// Every word as written into `bytes`, in order: the offset of its
    /// [`WORD_START`] and the offset just after its [`WORD_END`]. The
    /// matcher's look-up reads the words from here instead of searching
    /// the bytes for the markers again.
    pub words: Vec<[u32; 2]>,
}

impl Normalized {
    /// An empty buffer, to be reused across documents.
    pub fn new() -> Normalized {
        Normalized::default()
    }

    /// The original byte range of a match `[start, end)` of the normalised
    /// bytes that begins at a [`WORD_START`] and ends after a [`WORD_END`].
    ///
    /// For other ranges the result is the smallest original range covering
    /// the chars the bytes came from. Out-of-range input gives an empty range
    /// at the end of the text.
    pub fn original_range(&self, start: usize, end: usize) -> Range<usize> {
        let total = self.map.last().map_or(0, |&m| m as usize);
        if start >= end || end > self.bytes.len() {
            return total..total;
        }
        let s = self.map[start] as usize;
        let e = if self.bytes[end - 1] == WORD_END {
            self.map[end - 1] as usize
        } else {
            // The char the last byte came from ends where the next char
            // (of a different original offset) starts.
            let last = self.map[end - 1];
            self.map[end..]
                .iter()
                .find(|&&m| m > last)
                .map_or(total, |&m| m as usize)
        };
        s..e.max(s)
    }
}

/// How an ASCII byte is treated.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Gap,
    Apostrophe,
    Other,
}

const fn ascii_class(b: u8) -> Class {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' => Class::Word,
        // Control characters carry no content: like spaces, they separate
        // words (so "Bell\u{7}Ringer" in a gazetteer matches "Bell Ringer").
        0x00..=0x20 | 0x7f | b'-' => Class::Gap,
        b'\'' | b'`' => Class::Apostrophe,
        _ => Class::Other,
    }
}

const ASCII: [Class; 128] = {
    let mut t = [Class::Other; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = ascii_class(i as u8);
        i += 1;
    }
    t
};

/// Each byte's lowercase form when it is an ASCII word char, else 0: the
/// word-run loop reads one table entry per byte to both test and fold it.
const WORD_LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 128 {
        if matches!(ascii_class(i as u8), Class::Word) {
            t[i] = (i as u8).to_ascii_lowercase();
        }
        i += 1;
    }
    t
};

/// How a non-ASCII char is treated.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wide {
    Word,
    /// Dropped without ending a word (combining marks, soft hyphen, ZWJ).
    Ignorable,
    Gap,
    Apostrophe,
    Other,
}

fn wide_class(c: char) -> Wide {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '\u{2032}' => Wide::Apostrophe,
        '\u{00AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}' => Wide::Ignorable,
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{200B}'
        | '\u{FEFF}' => Wide::Gap,
        _ if c.is_alphanumeric() => Wide::Word,
        _ if is_combining_mark(c) => Wide::Ignorable,
        _ if c.is_whitespace() || c.is_control() => Wide::Gap,
        _ => Wide::Other,
    }
}

/// English clitics written after an apostrophe ("Jokowi's", "don't",
/// "we'll"): the apostrophe before them keeps separating words.
const CLITICS: &[&str] = &["s", "t", "d", "m", "ll", "re", "ve"];

/// Is the apostrophe that ends at byte `after` of `text`, written inside a
/// word, one inside a name ("Sana'a", "Ma'ruf", "Mu'ti")? Such names are
/// spelt with and without it ("Sanaa", "Maruf"), so it is dropped like a
/// soft hyphen, on both the text's and the gazetteer's side. Not before a
/// clitic or a non-letter.
fn inner_apostrophe(text: &str, after: usize) -> bool {
    let rest = text.get(after..).unwrap_or("");
    let run = rest
        .char_indices()
        // "ʼ" (U+02BC) is a letter to Unicode but an apostrophe here.
        .find(|&(_, c)| !c.is_alphabetic() || wide_class(c) == Wide::Apostrophe)
        .map_or(rest, |(k, _)| &rest[..k]);
    !run.is_empty() && !CLITICS.iter().any(|c| run.eq_ignore_ascii_case(c))
}

/// Writer state for one pass.
struct Writer<'a> {
    out: &'a mut Normalized,
    in_word: bool,
    /// Offset of the current word's [`WORD_START`] in `out.bytes`.
    word_at: u32,
    /// Newlines seen in the current gap, and where the gap's first newline
    /// is.
    newlines: u32,
    gap_at: u32,
}

impl Writer<'_> {
    #[inline]
    fn push(&mut self, b: u8, at: u32) {
        self.out.bytes.push(b);
        self.out.map.push(at);
    }

    /// Ends the current word, if any, at original offset `at`.
    #[inline]
    fn end_word(&mut self, at: u32) {
        if self.in_word {
            self.push(WORD_END, at);
            self.in_word = false;
            let after = self.out.bytes.len() as u32;
            self.out.words.push([self.word_at, after]);
        }
    }

    /// Emits the pending gap (a `\n` for a blank line) before new output.
    #[inline]
    fn flush_gap(&mut self) {
        if self.newlines >= 2 {
            self.push(b'\n', self.gap_at);
        }
        self.newlines = 0;
    }

    #[inline]
    fn start_word(&mut self, at: u32) {
        if !self.in_word {
            self.flush_gap();
            self.word_at = self.out.bytes.len() as u32;
            self.push(WORD_START, at);
            self.in_word = true;
        }
    }

    #[inline]
    fn gap(&mut self, c: u8, at: u32) {
        self.end_word(at);
        if c == b'\n' {
            if self.newlines == 0 {
                self.gap_at = at;
            }
            self.newlines += 1;
        }
    }

    /// Writes a word char: lowercase, NFKD, without combining marks.
    fn wide_word(&mut self, c: char, at: u32) {
        let mut buf = [0u8; 4];
        for l in c.to_lowercase() {
            if l == 'ß' {
                self.push(b's', at);
                self.push(b's', at);
                continue;
            }
            decompose_compatible(l, |d| {
                if d.is_alphanumeric() || d == '_' {
                    // NFKD may produce uppercase (e.g. from letterlike symbols).
                    for ll in d.to_lowercase() {
                        for &b in ll.encode_utf8(&mut buf).as_bytes() {
                            self.out.bytes.push(b);
                            self.out.map.push(at);
                        }
                    }
                }
            });
        }
    }
}

/// Normalises `text` into `out`, reusing its buffers.
///
/// Offsets are stored as `u32`: texts are expected to be under 4 GiB.
pub fn normalize_into(text: &str, out: &mut Normalized) {
    out.bytes.clear();
    out.map.clear();
    out.words.clear();
    out.bytes.reserve(text.len() + text.len() / 4 + 2);
    out.map.reserve(text.len() + text.len() / 4 + 2);
    let mut w = Writer {
        out,
        in_word: false,
        word_at: 0,
        newlines: 0,
        gap_at: 0,
    };
    let bytes = text.as_bytes();
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        let at = i as u32;
        if b < 0x80 {
            match ASCII[b as usize] {
                Class::Word => {
                    w.start_word(at);
                    let (mut from, mut at) = (i, at);
                    loop {
                        // An ASCII word-char run, tested and folded eight
                        // bytes at a time (`word_run`): the hot path. A
                        // byte pushed at a time cost some fifteen
                        // instructions, the vector's length read and
                        // written back around each store; eight folded
                        // bytes are written at once and the vector cut
                        // back to the run.
                        let mut ended = false;
                        while let Some(chunk) = bytes[i..].first_chunk::<8>() {
                            let (n, folded) = word_run(u64::from_le_bytes(*chunk));
                            let len = w.out.bytes.len();
                            w.out.bytes.extend_from_slice(&folded.to_le_bytes());
                            w.out.bytes.truncate(len + n);
                            i += n;
                            if n < 8 {
                                ended = true;
                                break;
                            }
                        }
                        // (the last few bytes of the text, byte by byte)
                        if !ended {
                            for &c in &bytes[i..] {
                                match WORD_LOWER[usize::from(c)] {
                                    0 => break,
                                    l => w.out.bytes.push(l),
                                }
                                i += 1;
                            }
                        }
                        w.out.map.extend(at..at + (i - from) as u32);
                        // One space and another ASCII word (most gaps): the
                        // word is closed and the next opened here, as the
                        // gap and the next word's start would (in a word,
                        // no newline is pending), without their trips
                        // through the dispatch, each marker a push of its own.
                        if bytes.get(i) != Some(&b' ')
                            || bytes
                                .get(i + 1)
                                .is_none_or(|&c| WORD_LOWER[usize::from(c)] == 0)
                        {
                            break;
                        }
                        let end = w.out.bytes.len() as u32 + 1;
                        w.out.words.push([w.word_at, end]);
                        w.word_at = end;
                        w.out.bytes.extend_from_slice(&[WORD_END, WORD_START]);
                        let gap = i as u32;
                        w.out.map.extend_from_slice(&[gap, gap + 1]);
                        i += 1;
                        (from, at) = (i, gap + 1);
                    }
                    continue;
                }
                Class::Gap => w.gap(b, at),
                Class::Apostrophe if w.in_word && inner_apostrophe(text, i + 1) => {}
                Class::Apostrophe => {
                    w.end_word(at);
                    w.flush_gap();
                    w.push(b'\'', at);
                }
                Class::Other => {
                    w.end_word(at);
                    w.flush_gap();
                    w.push(b, at);
                }
            }
            i += 1;
            continue;
        }
        // Non-ASCII: decode one char; `text` is valid UTF-8 so this is a
        // char boundary.
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        match wide_class(c) {
            Wide::Word => {
                w.start_word(at);
                w.wide_word(c, at);
            }
            Wide::Ignorable => {}
            Wide::Gap => w.gap(0, at),
            Wide::Apostrophe if w.in_word && inner_apostrophe(text, i + len) => {}
            Wide::Apostrophe => {
                w.end_word(at);
                w.flush_gap();
                w.push(b'\'', at);
            }
            Wide::Other => {
                w.end_word(at);
                w.flush_gap();
                for &x in &bytes[i..i + len] {
                    w.push(x, at);
                }
            }
        }
        i += len;
    }
    let end = bytes.len() as u32;
    w.end_word(end);
    // A trailing blank line is dropped: it separates nothing.
    w.out.map.push(end);
}

/// Normalises a gazetteer name into a pattern key.
pub fn normalize_key(name: &str) -> Vec<u8> {
    let mut n = Normalized::new();
    normalize_into(name, &mut n);
    n.bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders normalised bytes readably: `[` for WORD_START, `]` for WORD_END.
    fn show(b: &[u8]) -> String {
        String::from_utf8_lossy(b)
            .replace('\u{1}', "[")
            .replace('\u{2}', "]")
    }

    #[test]
    fn table() {
        let cases: &[(&str, &str)] = &[
            ("Kim Jong-un", "[kim][jong][un]"),
            ("Kim Jong Un", "[kim][jong][un]"),
            ("Kim  Jong\nUn", "[kim][jong][un]"),
            ("Kim\u{2011}Jong\u{2013}un", "[kim][jong][un]"),
            ("Šojgú", "[sojgu]"),
            ("İstanbul", "[istanbul]"),
            ("Straße", "[strasse]"),
            ("ﬁnal", "[final]"),
            ("Putin’s", "[putin]'[s]"),
            ("Putin's", "[putin]'[s]"),
            ("Putinʼs `x´", "[putin]'[s]'[x]'"),
            // An apostrophe inside a name is dropped; before a clitic, a
            // non-letter or outside a word it stays.
            ("Sana'a", "[sanaa]"),
            ("Sana’a, Yaman", "[sanaa],[yaman]"),
            ("Ma'ruf Amin", "[maruf][amin]"),
            ("Giro d’Italia", "[giro][ditalia]"),
            (
                "don't we'll they're I'd I'm we've",
                "[don]'[t][we]'[ll][they]'[re][i]'[d][i]'[m][we]'[ve]",
            ),
            ("Philippines' 'Kim'", "[philippines]''[kim]'"),
            ("Sana'1", "[sana]'[1]"),
            ("U.S.", "[u].[s]."),
            ("a\n\nb", "[a]\n[b]"),
            ("a \r\n \r\n b", "[a]\n[b]"),
            ("a\n b", "[a][b]"),
            ("a\u{1}b\u{2}c", "[a][b][c]"),
            ("e\u{301}te\u{301}", "[ete]"),
            ("Pu\u{AD}tin", "[putin]"),
            ("snake_case x2", "[snake_case][x2]"),
            ("(AS)", "([as])"),
            ("«Moskwa»", "«[moskwa]»"),
            ("", ""),
            ("\n\n", ""),
        ];
        for (text, want) in cases {
            let got = show(&normalize_key(text));
            assert_eq!(&got, want, "text {text:?}");
        }
    }

    #[test]
    fn map_gives_exact_surfaces() {
        let text = "Menurut “Kim Jong-un’s” café, Šojgú—Lavrov.";
        let mut n = Normalized::new();
        normalize_into(text, &mut n);
        assert_eq!(n.map.len(), n.bytes.len() + 1);
        let words: Vec<&str> = word_spans(&n)
            .into_iter()
            .map(|(s, e)| &text[n.original_range(s, e)])
            .collect();
        assert_eq!(
            words,
            ["Menurut", "Kim", "Jong", "un", "s", "café", "Šojgú", "Lavrov"]
        );
        // A multi-word match: from the WORD_START of "Kim" to the WORD_END of "un".
        let spans = word_spans(&n);
        let r = n.original_range(spans[1].0, spans[3].1);
        assert_eq!(&text[r], "Kim Jong-un");
    }

    #[test]
    fn words_are_the_marked_spans() {
        let mut n = Normalized::new();
        for text in [
            "Menurut “Kim Jong-un’s” café, Šojgú—Lavrov.",
            "Sana'a\n\n(AS) Pu\u{AD}tin e\u{301}te\u{301} snake_case x2 ﬁnal",
            "",
            "U.S.",
        ] {
            normalize_into(text, &mut n);
            let got: Vec<(usize, usize)> = n
                .words
                .iter()
                .map(|&[s, e]| (s as usize, e as usize))
                .collect();
            assert_eq!(got, word_spans(&n), "text {text:?}");
        }
    }

    /// (start, end) of every word in the normalised bytes, markers included.
    fn word_spans(n: &Normalized) -> Vec<(usize, usize)> {
        let mut out = vec![];
        let mut start = None;
        for (i, &b) in n.bytes.iter().enumerate() {
            match b {
                WORD_START => start = Some(i),
                WORD_END => out.push((start.take().unwrap(), i + 1)),
                _ => {}
            }
        }
        out
    }

    /// A small deterministic PRNG (xorshift64*), so the property test needs
    /// no extra crate.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
    }

    fn random_text(rng: &mut Rng) -> String {
        const PICK: &[char] = &[
            'a', 'Z', '0', '_', ' ', '\n', '-', '\'', '’', 'é', 'ß', 'İ', 'ﬁ', '\u{301}', '\u{AD}',
            '—', '.', '\u{1}', '\u{2}', 'Ж', '한', '😀', 'ǅ', '½', '\u{2126}', 'ʼ',
        ];
        let len = rng.next() % 24;
        (0..len)
            .map(|_| {
                let r = rng.next();
                if r.is_multiple_of(3) {
                    char::from_u32((r >> 8) as u32 % 0x3_0000).unwrap_or('x')
                } else {
                    PICK[(r >> 8) as usize % PICK.len()]
                }
            })
            .collect()
    }

    #[test]
    fn random_unicode_spans_lie_on_char_boundaries() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut n = Normalized::new();
        for _ in 0..20_000 {
            let text = random_text(&mut rng);
            normalize_into(&text, &mut n);
            assert_eq!(n.map.len(), n.bytes.len() + 1, "{text:?}");
            assert!(std::str::from_utf8(&n.bytes).is_ok(), "{text:?}");
            let spans = word_spans(&n);
            for (k, &(s, e)) in spans.iter().enumerate() {
                let r = n.original_range(s, e);
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                let surface = &text[r.clone()];
                assert!(!surface.is_empty(), "{text:?} {r:?}");
                // The surface normalises to the same word (idempotence of spans).
                assert_eq!(
                    normalize_key(surface),
                    n.bytes[s..e],
                    "{text:?} {surface:?}"
                );
                // Two adjacent words: also exact.
                if let Some(&(_, e2)) = spans.get(k + 1) {
                    let r2 = n.original_range(s, e2);
                    assert!(text.is_char_boundary(r2.start) && text.is_char_boundary(r2.end));
                }
            }
            // Any byte range maps to char boundaries.
            if !n.bytes.is_empty() {
                let a = rng.next() as usize % n.bytes.len();
                let b = a + 1 + rng.next() as usize % (n.bytes.len() - a);
                let r = n.original_range(a, b);
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
        }
    }

    #[test]
    fn control_characters_separate_words_like_spaces() {
        assert_eq!(
            normalize_key("Bell\u{7}Ringer"),
            normalize_key("Bell Ringer")
        );
        assert_eq!(normalize_key("A\u{85}B"), normalize_key("A B"));
        assert_eq!(normalize_key("x\u{0}y"), normalize_key("x y"));
    }
}
