//! Sentence tokens for trigger and title matching: words are folded to
//! lowercase without diacritics, punctuation is kept as one-character
//! tokens (commas, brackets and quotes steer the extraction rules).

use std::ops::Range;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Byte range in the document text.
    pub range: Range<usize>,
    /// Folded form: lowercase, no diacritics (punctuation: the character).
    pub norm: String,
    /// A word (letters or digits) rather than punctuation.
    pub word: bool,
    /// The word starts with an uppercase letter in the original text.
    pub upper: bool,
    /// The word's id in the lexicon's word table (`word_ids`): [`NO_WORD`]
    /// when it has none (no class names it, no title opens with it), [`UNSET`] when the sentence was not
    /// numbered (the rules then look the text up).
    pub id: u32,
}

/// `Tok::id` of a word no class of the lexicon names and no title opens with.
pub(crate) const NO_WORD: u32 = u32::MAX;

/// `Tok::id` of a token not numbered by a word table.
pub(crate) const UNSET: u32 = u32::MAX - 1;

/// Folds a word: NFD, combining marks dropped, lowercase.
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::new();
    fold_into(word, &mut out);
    out
}

/// [`fold`] into `out` (cleared first), reusing its allocation.
fn fold_into(word: &str, out: &mut String) {
    out.clear();
    // ASCII (most words): NFD changes nothing and there are no marks.
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    out.extend(
        word.nfd()
            .filter(|c| !is_combining_mark(*c))
            .flat_map(char::to_lowercase),
    );
}

/// Splits a phrase into folded words (used for lexicon entries).
pub(crate) fn fold_words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

/// Tokenises `text[range]` into `out` (its tokens replaced). Words are
/// maximal runs of alphanumeric characters (combining marks included);
/// every other non-space character is a punctuation token. Tokens already
/// in `out` are overwritten in place, so a reused vector allocates no new
/// strings for them.
pub(crate) fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Tok>) {
    let mut n = 0;
    let Some(slice) = text.get(range.clone()) else {
        out.clear();
        return;
    };
    let base = range.start;
    let bytes = slice.as_bytes();
    // The word being read: its start, and whether it is all ASCII so far.
    let mut word: Option<(usize, bool)> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII (most of the text) needs no decoding and has no marks:
            // a run of letters and digits is read in one tight loop.
            if b.is_ascii_alphanumeric() {
                // (sixteen bytes at a time: `alnum_run`)
                let j = i + 1 + crate::base::ascii_run::alnum_run(&bytes[i + 1..]);
                word.get_or_insert((i, true));
                i = j;
                continue;
            }
            if let Some((s, ascii)) = word.take() {
                push_word(slice, base, (s, i, ascii), out, &mut n);
            }
            let c = char::from(b);
            if !c.is_whitespace() {
                push_punct(out, &mut n, base + i, c, 1);
            }
            i += 1;
            continue;
        }
        let Some(c) = slice[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        // (no ASCII char is a combining mark: the table is asked only
        // for the others)
        let is_word = c.is_alphanumeric() || (word.is_some() && is_combining_mark(c));
        if is_word {
            word.get_or_insert((i, false)).1 = false;
            i += len;
            continue;
        }
        if let Some((s, ascii)) = word.take() {
            push_word(slice, base, (s, i, ascii), out, &mut n);
        }
        if !c.is_whitespace() {
            push_punct(out, &mut n, base + i, c, len);
        }
        i += len;
    }
    if let Some((s, ascii)) = word {
        push_word(slice, base, (s, slice.len(), ascii), out, &mut n);
    }
    out.truncate(n);
}

/// Writes the punctuation token `c` (`len` bytes at `at`) into slot `n`.
fn push_punct(out: &mut Vec<Tok>, n: &mut usize, at: usize, c: char, len: usize) {
    let t = slot(out, n);
    t.range = at..at + len;
    t.norm.clear();
    t.norm.push(normalize_punct(c));
    t.word = false;
    t.upper = false;
}

/// Bytes a new token's folded form is given room for: more than nearly
/// every word, so that a token slot reused for the words of later
/// sentences seldom grows its string (a fold that grew it was a fifth of
/// the folds, each a reallocation).
const NORM_ROOM: usize = 24;

/// Token `n` of `out` to overwrite (a new one past its end); `n` advances.
fn slot<'v>(out: &'v mut Vec<Tok>, n: &mut usize) -> &'v mut Tok {
    if *n == out.len() {
        out.push(Tok {
            range: 0..0,
            norm: String::with_capacity(NORM_ROOM),
            word: false,
            upper: false,
            id: UNSET,
        });
    }
    *n += 1;
    let t = &mut out[*n - 1];
    t.id = UNSET;
    t
}

/// Writes the word `slice[s..e]` (`ascii`: all ASCII) into slot `n`.
fn push_word(
    slice: &str,
    base: usize,
    (s, e, ascii): (usize, usize, bool),
    out: &mut Vec<Tok>,
    n: &mut usize,
) {
    let w = &slice[s..e];
    let t = slot(out, n);
    t.range = base + s..base + e;
    t.word = true;
    if ascii {
        // (what `fold_into` does with an ASCII word, not asked again)
        t.norm.clear();
        t.norm.push_str(w);
        // the word's capitals, sixteen bytes at a time where the sentence
        // holds sixteen from its start: most words have none or only the
        // first, and the others are lowered byte by byte
        let caps = match slice.as_bytes().get(s..s + 16) {
            Some(c) if e - s <= 16 => crate::base::ascii_run::capitals16(c) & ((1 << (e - s)) - 1),
            _ => u32::MAX,
        };
        match caps {
            0 => {}
            1 => t
                .norm
                .get_mut(..1)
                .into_iter()
                .for_each(str::make_ascii_lowercase),
            _ => t.norm.make_ascii_lowercase(),
        }
        t.upper = w.as_bytes()[0].is_ascii_uppercase();
    } else {
        fold_into(w, &mut t.norm);
        t.upper = w.chars().next().is_some_and(char::is_uppercase);
    }
}

/// Curly quotes and apostrophes count as their straight forms.
fn normalize_punct(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2013}' | '\u{2014}' => '-',
        _ => c,
    }
}

/// Whether `pred` holds for some word of a sentence's raw `text` (a run
/// of letters and digits), lowercased: a cheap probe of a sentence the
/// rules would otherwise skip, before it is tokenised (no folding of
/// diacritics). Each word is lowercased into one reused buffer (an ASCII
/// word byte by byte), not into a new string: the probe ran over every
/// word of most sentences that name one entity.
pub(crate) fn any_lower_word(text: &str, mut pred: impl FnMut(&str) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut buf = String::new();
    // (the word being read: its start, and whether it is all ASCII)
    let mut word: Option<(usize, bool)> = None;
    let mut i = 0;
    loop {
        let (alnum, ascii, len) = match bytes.get(i) {
            None => (false, true, 1),
            Some(&b) if b < 0x80 => (b.is_ascii_alphanumeric(), true, 1),
            Some(_) => match text[i..].chars().next() {
                Some(c) => (c.is_alphanumeric(), false, c.len_utf8()),
                None => (false, true, 1),
            },
        };
        if alnum {
            let w = word.get_or_insert((i, true));
            w.1 &= ascii;
        } else if let Some((s, all_ascii)) = word.take() {
            buf.clear();
            if all_ascii {
                buf.push_str(&text[s..i]);
                buf.make_ascii_lowercase();
            } else {
                buf.push_str(&text[s..i].to_lowercase());
            }
            if pred(&buf) {
                return true;
            }
        }
        if i >= bytes.len() {
            return false;
        }
        i += len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Tokens written over a used vector are those of a fresh one.
    #[test]
    fn a_reused_token_vector_gives_the_same_tokens() {
        let texts = [
            "Menlu Korut, Choe Son Hui’s Résumé (AS).",
            "",
            "Prabowo bertemu Putin di Moskwa pada Senin.",
            "A.",
            "Ёлка — İstanbul: ÉTÉ!",
        ];
        let mut reused = Vec::new();
        for a in texts {
            for b in texts {
                let mut fresh = Vec::new();
                tokenize(a, 0..a.len(), &mut reused);
                tokenize(b, 0..b.len(), &mut reused);
                tokenize(b, 0..b.len(), &mut fresh);
                assert_eq!(reused, fresh, "{a:?} then {b:?}");
            }
        }
    }

    /// The char-by-char reading the tokeniser made before it read ASCII
    /// runs whole: (range, folded form, word, upper) per token.
    fn char_by_char(text: &str) -> Vec<(Range<usize>, String, bool, bool)> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let word = |s: usize, e: usize| {
            let w = &text[s..e];
            let upper = w.chars().next().is_some_and(char::is_uppercase);
            (s..e, fold(w), true, upper)
        };
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() || (start.is_some() && !c.is_ascii() && is_combining_mark(c)) {
                start.get_or_insert(i);
                continue;
            }
            if let Some(s) = start.take() {
                out.push(word(s, i));
            }
            if !c.is_whitespace() {
                let p = normalize_punct(c).to_string();
                out.push((i..i + c.len_utf8(), p, false, false));
            }
        }
        if let Some(s) = start {
            out.push(word(s, text.len()));
        }
        out
    }

    // The tokens are those of the char-by-char reading, on mixed scripts,
    // marks, odd spaces and the IndoSum slice of the Spark fixture.
    #[test]
    fn tokens_are_the_char_by_char_ones() {
        let slice = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/spark/indosum_slice.jsonl"
        ))
        .expect("the Spark fixture's IndoSum slice");
        let mut texts = vec![
            "Menlu Korut, Choe Son Hui’s Résumé (AS).".to_string(),
            "e\u{301}te\u{301} a\u{301}b x\u{0B}y\u{0C}z\tq\r\n1.5 3\u{b2}".to_string(),
            "ΟΔΟΣ — İstanbul «ÉTÉ» Ёлка\u{a0}x\u{2003}\u{301}y AbC9".to_string(),
            String::new(),
        ];
        texts.extend(slice.lines().map(str::to_string));
        let mut toks = Vec::new();
        for text in &texts {
            tokenize(text, 0..text.len(), &mut toks);
            let got: Vec<_> = toks
                .iter()
                .map(|t| (t.range.clone(), t.norm.clone(), t.word, t.upper))
                .collect();
            assert_eq!(got, char_by_char(text), "{text:?}");
        }
    }

    #[test]
    fn tokens_fold_and_keep_punctuation() {
        let text = "Menlu Korut, Choe Son Hui’s Résumé (AS).";
        let mut toks = Vec::new();
        tokenize(text, 0..text.len(), &mut toks);
        let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            [
                "menlu", "korut", ",", "choe", "son", "hui", "'", "s", "resume", "(", "as", ")",
                "."
            ]
        );
        assert_eq!(&text[toks[8].range.clone()], "Résumé");
        assert!(!toks[2].word && toks[3].word);
    }

    // The probe sees the words `split` and `to_lowercase` give.
    #[test]
    fn lower_words_are_the_split_words_lowercased() {
        let texts = [
            "Menlu Korut, Choe Son Hui’s Résumé (AS).",
            "",
            "  ",
            "ΟΔΟΣ Σ ÉTÉ-İstanbul 24 warga",
            "tujuh",
            "x\u{301}y 3\u{b2} ǅemal",
        ];
        for text in texts {
            let want: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            let mut got = Vec::new();
            assert!(!any_lower_word(text, |w| {
                got.push(w.to_string());
                false
            }));
            assert_eq!(got, want, "{text:?}");
            for (k, w) in want.iter().enumerate() {
                let mut seen = 0;
                assert!(any_lower_word(text, |x| {
                    seen += 1;
                    x == w && seen > k
                }));
            }
        }
    }

    #[test]
    fn phrase_words() {
        assert_eq!(
            fold_words("Menteri Luar-Negeri"),
            ["menteri", "luar", "negeri"]
        );
    }
}
