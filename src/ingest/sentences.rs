//! Sentence splitting for Indonesian and English news text.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis, after any closing
//! quotes or brackets, when whitespace and then an uppercase letter, a digit
//! or an opening quote or bracket follow. A period does not end a sentence
//! after a listed abbreviation, a single capital initial ("J. Smith") or a
//! run of them ("Siti A.R. Wulan"), nor after a capitalised listed
//! abbreviation whose period stands apart, as tokenised text writes it
//! ("Jenderal Pol . Tito", "PT . Liga"); a period between digits (1.5,
//! 3.000) is never followed by a space, so it never splits.
//!
//! No sentence is longer than [`MAX_SENTENCE_BYTES`]: a longer run with no
//! sentence end is cut at a comma or a space before that bound.

use std::ops::Range;

/// Abbreviations (lowercase, with their final period) after which a period
/// does not end a sentence: titles, address words, Latin and calendar
/// abbreviations in Indonesian and English.
const ABBREVIATIONS: &[&str] = &[
    // Indonesian titles and address words.
    "dr.", "prof.", "hj.", "ir.", "drs.", "dra.", "st.", "jl.", "jln.", "no.", "tn.", "ny.", "sdr.",
    "sdri.", "bpk.", "kol.", "brigjen.", "mayjen.", "letjen.", "jend.", "kapt.", "kec.", "kab.",
    "pol.", "irjen.", "komjen.", "kombes.", "laksda.", "marsda.", "pt.", "kel.", "prov.", "rp.",
    "tbk.", "bhd.", "m.si.", "s.h.", "s.e.", "s.pd.",
    // Shortened names inside a person's name: first names (Muhammad,
    // Mohammad: "Muh. Yusuf", "Syed Md. Hasrin", "Mohd. Najib") and a
    // two-letter middle name ("Gudni Th. Johannesson", Thorlacius).
    "muh.", "muhd.", "moh.", "mohd.", "md.", "mhd.", "th.",
    // Indonesian Latin-style abbreviations.
    "dll.", "dsb.", "dst.", "dkk.", "tsb.", "a.n.", "u.p.", "u.b.", "ybs.", "yth.",
    // English titles and ranks.
    "mr.", "mrs.", "ms.", "jr.", "sr.", "gen.", "lt.", "col.", "sgt.", "capt.", "cmdr.", "adm.",
    "gov.", "sen.", "rep.", "rev.", "hon.", "pres.", "amb.", "maj.", "mt.", "ft.",
    "h.e.", // His or Her Excellency, before an envoy's name
    // Country and organisation initialisms.
    "u.s.", "u.k.", "u.n.", "e.u.", "u.s.a.", // Latin and misc.
    "e.g.", "i.e.", "vs.", "etc.", "approx.", "est.", "inc.", "corp.", "ltd.", "co.", "nos.",
    "vol.", "fig.", "p.", "pp.", "cf.", // Months (English and Indonesian).
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "agu.", "agt.", "sep.", "sept.",
    "oct.", "okt.", "nov.", "dec.", "des.",
];

/// The abbreviations of [`ABBREVIATIONS`] (without their period) that
/// stand before a name, a place or a number ("Pol . Tito", "Kab .
/// Tabalong", "Rp . 25.000"): a period standing apart after one of them
/// does not end a sentence. Those that close a name ("Tbk", "Jr", "Inc")
/// or a list ("dll") often end one and are not here.
const BEFORE_NAME: &[&str] = &[
    "dr", "prof", "hj", "ir", "drs", "dra", "jl", "jln", "tn", "ny", "sdr", "sdri", "bpk", "kol",
    "brigjen", "mayjen", "letjen", "jend", "kapt", "kec", "kab", "kel", "prov", "rp", "pol",
    "irjen", "komjen", "kombes", "laksda", "marsda", "pt", "mr", "mrs", "gen", "lt", "col", "sgt",
    "capt", "cmdr", "adm", "gov", "rev", "pres", "amb", "maj", "muh", "muhd", "moh", "mohd", "md",
    "mhd",
];

/// [`ABBREVIATIONS`] indices as bit masks by first letter, built at compile
/// time.
const ABBREVIATIONS_BY_FIRST: [u128; 26] = {
    assert!(ABBREVIATIONS.len() <= 128);
    let mut by_first = [0u128; 26];
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        let c = ABBREVIATIONS[i].as_bytes()[0];
        assert!(c.is_ascii_lowercase());
        by_first[(c - b'a') as usize] |= 1 << i;
        i += 1;
    }
    by_first
};

/// Splits `text[range]` into trimmed sentence ranges, appended to `out`.
/// Ranges with no letter or digit are dropped.
pub fn split(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    split_with(text, range, |r| out.push(r));
}

/// [`split`], handing each sentence range to `emit` in order.
pub fn split_with(text: &str, range: Range<usize>, mut emit: impl FnMut(Range<usize>)) {
    let b = text.as_bytes();
    let end = range.end.min(b.len());
    let mut start = range.start;
    let mut i = range.start;
    let mut marks = Marks::default();
    while i < end {
        // Straight to the next sentence-final mark: most bytes are none.
        let Some(next) = marks.next(b, i, end) else {
            break;
        };
        i = next;
        let Some((term_len, is_period)) = terminal_at(b, i) else {
            i += 1;
            continue;
        };
        // The terminal run: "?!", "...", ".”" and so on.
        let mut j = i + term_len;
        let mut single_period = is_period;
        while let Some((l, _)) = terminal_at(b, j).filter(|_| j < end) {
            j += l;
            single_period = false;
        }
        while j < end {
            let l = closer_len(b, j);
            if l == 0 {
                break;
            }
            j += l;
        }
        let mut k = j;
        while k < end && matches!(b[k], b' ' | b'\t' | b'\n' | b'\r') {
            k += 1;
        }
        if k == j || k >= end {
            i = j.max(i + 1);
            continue;
        }
        let boundary =
            opens_sentence(text, k) && !(single_period && is_abbreviation(b, range.start, i));
        if boundary {
            push_trimmed(text, start..j, &mut emit);
            start = k;
        }
        i = k;
    }
    push_trimmed(text, start..end, &mut emit);
}

/// Finds the bytes that may start a sentence-final mark (`.`, `!`, `?`
/// and the lead byte 0xE2 of `…`) with `memchr`, remembering the next 0xE2
/// (which curly quotes and dashes share) so that it is searched once.
#[derive(Default)]
struct Marks {
    /// Position of the next 0xE2 byte at or after `e2_from`, if any.
    e2: Option<usize>,
    /// Where the search for `e2` started (`None` before the first search).
    e2_from: Option<usize>,
}

impl Marks {
    /// The first position in `i..end` holding `.`, `!`, `?` or 0xE2.
    fn next(&mut self, b: &[u8], i: usize, end: usize) -> Option<usize> {
        let hay = b.get(i..end)?;
        let ascii = memchr::memchr3(b'.', b'!', b'?', hay).map(|p| p + i);
        let stale = match (self.e2_from, self.e2) {
            (None, _) => true,
            (Some(_), Some(e)) => e < i,
            (Some(from), None) => from > i,
        };
        if stale {
            self.e2 = memchr::memchr(0xE2, hay).map(|p| p + i);
            self.e2_from = Some(i);
        }
        match (ascii, self.e2) {
            (Some(a), Some(e)) => Some(a.min(e)),
            (a, e) => a.or(e),
        }
    }
}

/// Length of a sentence-final mark at `i` and whether it is a period.
fn terminal_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
    match b.get(i)? {
        b'.' => Some((1, true)),
        b'!' | b'?' => Some((1, false)),
        // U+2026 HORIZONTAL ELLIPSIS
        0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6) => Some((3, false)),
        _ => None,
    }
}

/// Length of a closing quote or bracket at `i` (0 if none).
fn closer_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'"' | b'\'' | b')' | b']') => 1,
        // ’ U+2019, ” U+201D
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x99 | 0x9D)) => 3,
        // » U+00BB
        Some(0xC2) if b.get(i + 1) == Some(&0xBB) => 2,
        _ => 0,
    }
}

/// Whether the character at `k` can start a sentence.
fn opens_sentence(text: &str, k: usize) -> bool {
    let Some(c) = text.get(k..).and_then(|s| s.chars().next()) else {
        return false;
    };
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')
}

/// Whether the word ending with the period at `dot` is an abbreviation or
/// a single capital initial, or the period stands apart after a
/// capitalised abbreviation ("Pol .").
fn is_abbreviation(b: &[u8], floor: usize, dot: usize) -> bool {
    let s = word_start(b, floor, dot);
    if s == dot {
        return spaced_abbreviation(b, floor, dot);
    }
    let word = &b[s..=dot];
    if word.len() == 2 && word[0].is_ascii_uppercase() {
        return true;
    }
    listed(word) || dotted_initials(word)
}

/// Whether `word` is a run of capital initials, each with its period
/// ("L.P.", "J.R.R."): the initials of a name, which goes on after them.
fn dotted_initials(word: &[u8]) -> bool {
    word.len() >= 4
        && word.len().is_multiple_of(2)
        && word
            .chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

#[cfg(test)]
/// Every [`BEFORE_NAME`] word is listed in [`ABBREVIATIONS`] too.
fn before_name_is_listed() -> bool {
    BEFORE_NAME
        .iter()
        .all(|a| listed(format!("{a}.").as_bytes()))
}

/// Where the word ending at `end` (inclusive) starts.
fn word_start(b: &[u8], floor: usize, end: usize) -> usize {
    let mut s = end;
    while s > floor && !matches!(b[s - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'"' | b'[') {
        s -= 1;
    }
    s
}

/// Whether a period standing apart at `dot` follows, across spaces on
/// its line, a word of two letters or more that starts with a capital and
/// is in [`BEFORE_NAME`] ("Pol .", "PT ."; "sen .", "A ." or "Tbk ." is
/// none).
fn spaced_abbreviation(b: &[u8], floor: usize, dot: usize) -> bool {
    let mut e = dot;
    while e > floor && b[e - 1] == b' ' {
        e -= 1;
    }
    if e == dot || e == floor {
        return false;
    }
    let s = word_start(b, floor, e - 1);
    let token = &b[s..e];
    if token.len() < 2 || token.len() > 8 || !token[0].is_ascii_uppercase() {
        return false;
    }
    BEFORE_NAME
        .iter()
        .any(|a| a.as_bytes().eq_ignore_ascii_case(token))
}

/// Whether `word` (with its final period) is in [`ABBREVIATIONS`], in any
/// case.
fn listed(word: &[u8]) -> bool {
    let Some(first) = word
        .first()
        .map(u8::to_ascii_lowercase)
        .filter(u8::is_ascii_lowercase)
    else {
        return false;
    };
    // Only the abbreviations sharing the word's first letter are compared.
    let mut candidates = ABBREVIATIONS_BY_FIRST
        .get(usize::from(first - b'a'))
        .copied()
        .unwrap_or(0);
    while word.len() <= 9 && candidates != 0 {
        let i = candidates.trailing_zeros() as usize;
        candidates &= candidates - 1;
        if ABBREVIATIONS
            .get(i)
            .is_some_and(|a| a.as_bytes().eq_ignore_ascii_case(word))
        {
            return true;
        }
    }
    false
}

/// The longest sentence, in bytes. A longer run of text with no sentence
/// end (a scraped page without punctuation, a table flattened to one line)
/// is cut into pieces of at most this many bytes, each a sentence of its
/// own, so that the work on one sentence is bounded and a document costs
/// time in proportion to its length. Real sentences are far shorter (the
/// longest in the sample corpus is under 700 bytes).
pub const MAX_SENTENCE_BYTES: usize = 2000;

fn push_trimmed(text: &str, r: Range<usize>, emit: &mut impl FnMut(Range<usize>)) {
    let Some(s) = text.get(r.clone()) else {
        return;
    };
    let t = s.trim_start();
    let mut start = r.start + (s.len() - t.len());
    let end = start + t.trim_end().len();
    while end - start > MAX_SENTENCE_BYTES {
        let cut = cut_point(text, start, start + MAX_SENTENCE_BYTES);
        emit_piece(text, start..cut, emit);
        start = cut;
    }
    emit_piece(text, start..end, emit);
}

/// Emits `text[r]` trimmed, if it holds a letter or digit.
fn emit_piece(text: &str, r: Range<usize>, emit: &mut impl FnMut(Range<usize>)) {
    let Some(s) = text.get(r.clone()) else {
        return;
    };
    let t = s.trim_start();
    let start = r.start + (s.len() - t.len());
    let t = t.trim_end();
    if t.chars().any(char::is_alphanumeric) {
        emit(start..start + t.len());
    }
}

/// Where to cut an over-long sentence starting at `start`, at most at
/// `limit`: just after the last `,` `;` `:` followed by a space in the
/// second half of the piece, else at the last space (so no word is cut;
/// a name is cut only when a piece holds no comma), else at the last
/// character boundary.
fn cut_point(text: &str, start: usize, limit: usize) -> usize {
    let b = text.as_bytes();
    let half = start + (limit - start) / 2;
    let window = b.get(half..limit).unwrap_or(&[]);
    let after_punct = window
        .windows(2)
        .rposition(|w| matches!(w[0], b',' | b';' | b':') && w[1] == b' ')
        .map(|p| half + p + 1);
    let after_space = || {
        b.get(start + 1..limit)
            .unwrap_or(&[])
            .iter()
            .rposition(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
            .map(|p| start + 1 + p)
    };
    let mut cut = after_punct.or_else(after_space).unwrap_or(limit);
    // `limit` is more than four bytes past `start`: some character
    // boundary lies in between
    while cut > start + 1 && !text.is_char_boundary(cut) {
        cut -= 1;
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, 0..text.len(), &mut out);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn split_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Satu dua. Tiga empat.", &["Satu dua.", "Tiga empat."]),
            (
                "Dr. Budi datang. Lalu pergi.",
                &["Dr. Budi datang.", "Lalu pergi."],
            ),
            (
                "Mr. J. Smith met Gen. Lee on Sept. 25. He left.",
                &["Mr. J. Smith met Gen. Lee on Sept. 25.", "He left."],
            ),
            (
                // an envoy's honorific (twenty-fifth round, part A)
                "The guests were H.E. Ana Lobo of Peru and H.E. Tom Ek. They left.",
                &[
                    "The guests were H.E. Ana Lobo of Peru and H.E. Tom Ek.",
                    "They left.",
                ],
            ),
            (
                "Harga naik 1.5 persen menjadi Rp 3.000. Itu mahal.",
                &["Harga naik 1.5 persen menjadi Rp 3.000.", "Itu mahal."],
            ),
            (
                "\"Kami siap.\" Lalu dia pergi.",
                &["\"Kami siap.\"", "Lalu dia pergi."],
            ),
            (
                "sebagai “komprehensif.” Kemudian",
                &["sebagai “komprehensif.”", "Kemudian"],
            ),
            (
                "“Persahabatan kami tidak ditujukan kepada siapa pun. Hal ini baik,” ujarnya.",
                &[
                    "“Persahabatan kami tidak ditujukan kepada siapa pun.",
                    "Hal ini baik,” ujarnya.",
                ],
            ),
            ("Apa? Ya! Tentu...", &["Apa?", "Ya!", "Tentu..."]),
            ("Dia bilang... lalu diam.", &["Dia bilang... lalu diam."]),
            (
                "The U.S. and U.N. met. Talks ended.",
                &["The U.S. and U.N. met.", "Talks ended."],
            ),
            (
                "MOSKOW - Pemimpin Korea Utara tiba. Dia disambut.",
                &["MOSKOW - Pemimpin Korea Utara tiba.", "Dia disambut."],
            ),
            (
                "JAKARTA, KOMPAS.com - Presiden tiba. Lalu pergi.",
                &["JAKARTA, KOMPAS.com - Presiden tiba.", "Lalu pergi."],
            ),
            (
                "Buah, sayur, dll. juga ada. Selesai.",
                &["Buah, sayur, dll. juga ada.", "Selesai."],
            ),
            (
                "tradisional . Zulkifli menilai .",
                &["tradisional .", "Zulkifli menilai ."],
            ),
            (
                "Pada 2018. 2019 lebih baik.",
                &["Pada 2018.", "2019 lebih baik."],
            ),
            (
                "Kapolri Jenderal Pol . Tito Karnavian tiba . Dia disambut .",
                &[
                    "Kapolri Jenderal Pol . Tito Karnavian tiba .",
                    "Dia disambut .",
                ],
            ),
            (
                "di Kab . Tabalong oleh PT . Liga Indonesia . Lalu pergi .",
                &[
                    "di Kab . Tabalong oleh PT . Liga Indonesia .",
                    "Lalu pergi .",
                ],
            ),
            (
                "harganya 50 sen . Grup A . Tim itu menang .",
                &["harganya 50 sen .", "Grup A .", "Tim itu menang ."],
            ),
            (
                "PT Bank Mandiri Tbk . Laba naik . Oleh Neymar Jr . Dia datang .",
                &[
                    "PT Bank Mandiri Tbk .",
                    "Laba naik .",
                    "Oleh Neymar Jr .",
                    "Dia datang .",
                ],
            ),
            (
                "Inspector Gen . Smith arrived . He left .",
                &["Inspector Gen . Smith arrived .", "He left ."],
            ),
            ("Tanpa titik", &["Tanpa titik"]),
            (" . ... ", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(sents(text), *want, "{text}");
        }
    }

    // A run of dotted initials inside a name does not end the sentence; a
    // word of capitals without periods still does.
    #[test]
    fn dotted_initials_inside_a_name() {
        assert_eq!(
            sents("Menteri Siti A.R. Wulan tiba di Bali. Dia pergi."),
            ["Menteri Siti A.R. Wulan tiba di Bali.", "Dia pergi."]
        );
        assert_eq!(
            sents("The author J.R.T. Mole spoke. He left."),
            ["The author J.R.T. Mole spoke.", "He left."]
        );
        assert_eq!(
            sents("Dia bekerja di ABC. Lalu pulang."),
            ["Dia bekerja di ABC.", "Lalu pulang."]
        );
        // The cost: dotted initials closing a sentence keep it open.
        assert_eq!(
            sents("Ia di A.B.C. Dia pergi."),
            ["Ia di A.B.C. Dia pergi."]
        );
    }

    #[test]
    fn before_name_abbreviations_are_listed() {
        assert!(before_name_is_listed());
    }

    // The first-letter index finds every abbreviation, in any case.
    #[test]
    fn every_abbreviation_is_indexed() {
        for a in ABBREVIATIONS {
            for w in [a.to_string(), a.to_uppercase()] {
                let text = format!("x {w}");
                let dot = text.len() - 1;
                assert!(is_abbreviation(text.as_bytes(), 0, dot), "{w}");
            }
        }
        assert!(!is_abbreviation(b"x zz.", 0, 4));
        assert!(!is_abbreviation(b"x 1.", 0, 3));
    }

    // Sentence marks are found by memchr, ellipses by their lead byte
    // (shared with curly quotes and dashes).
    #[test]
    fn ellipsis_among_other_e2_characters() {
        assert_eq!(
            sents("“Ya” – katanya… Lalu pergi. “Tidak…” Dia diam."),
            ["“Ya” – katanya…", "Lalu pergi.", "“Tidak…”", "Dia diam."]
        );
    }

    // A run with no sentence end is cut into pieces no longer than the
    // bound, at commas or spaces, losing no word.
    #[test]
    fn an_overlong_sentence_is_cut_at_the_bound() {
        let text = "Putin bertemu Kim Jong Un dan Lavrov ".repeat(400);
        let got = sents(&text);
        assert!(
            got.len() >= text.len() / MAX_SENTENCE_BYTES,
            "{}",
            got.len()
        );
        assert!(got.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES));
        let words: Vec<&str> = got.iter().flat_map(|s| s.split(' ')).collect();
        assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
        // at a comma when the piece has one in its second half
        let listed = "Jakarta, Bandung dan Surabaya, ".repeat(200);
        assert!(sents(&listed).iter().all(|s| s.ends_with(',')));
        // with no space at all, at a character boundary
        let solid = "é".repeat(3000);
        let got = sents(&solid);
        assert_eq!(got.concat(), solid);
        assert!(got.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES));
    }

    #[test]
    fn respects_range() {
        let text = "Abc. Def. Ghi.";
        let mut out = Vec::new();
        split(text, 5..9, &mut out);
        assert_eq!(out, vec![5..9]);
    }
}
