//! Plain forms: names written in ASCII word chars and blanks only, whose
//! exactness against a surface of their own key needs no comparison.

use crate::tag::normalize::{WORD_END, WORD_START};

/// ASCII word chars (letters, digits, `_`) in words separated by runs of
/// whitespace, with none at either end: two plain strings with the same
/// normalised key are the same up to letter case and blanks.
pub fn plain(s: &str) -> bool {
    let b = s.as_bytes();
    let word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    b.first().is_some_and(word)
        && b.last().is_some_and(word)
        && s.chars()
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
