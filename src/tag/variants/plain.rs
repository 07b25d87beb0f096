//! Plain forms: names written in ASCII word chars and blanks only, whose
//! exactness against a surface of their own key needs no comparison.

use crate::tag::normalize::{WORD_END, WORD_START};

/// ASCII word chars (letters, digits, `_`) in words separated by runs of
/// whitespace, with none at either end: two plain strings with the same
/// normalised key are the same up to letter case and blanks.
pub fn plain(s: &str) -> bool {
    let b = s.as_bytes();
    let word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    if !(b.first().is_some_and(word) && b.last().is_some_and(word)) {
        return false;
    }
    // ASCII bytes by a test each (the whitespace chars of ASCII are tab to
    // carriage return and space; `u8::is_ascii_whitespace` lacks the vertical
    // tab); a byte past ASCII sends the string to the test by chars, whose
    // whitespace includes some chars past ASCII.
    for &c in b {
        if c >= 0x80 {
            return plain_by_chars(s);
        }
        if !(word(&c) || c == b' ' || (b'\t'..=b'\r').contains(&c)) {
            return false;
        }
    }
    true
}

/// The char test of [`plain`] (past its first and last byte), for a string
/// past ASCII and as the test's reference.
pub(super) fn plain_by_chars(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c.is_whitespace())
}

/// Is `key` the normalised key of the [`plain`] string `form`: each word
/// lowercased between `WORD_START` and `WORD_END`?
pub fn plain_key_is(form: &str, key: &[u8]) -> bool {
    let mut rest = key;
    for word in form.split_whitespace() {
        let n = word.len();
        let (Some(&WORD_START), Some(w), Some(&WORD_END)) =
            (rest.first(), rest.get(1..=n), rest.get(n + 1))
        else {
            return false;
        };
        if !w
            .iter()
            .zip(word.bytes())
            .all(|(&k, b)| k == b.to_ascii_lowercase())
        {
            return false;
        }
        rest = &rest[n + 2..];
    }
    rest.is_empty()
}
