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
    // ASCII bytes by a table (190,000 list names are tested at start-up);
    // a byte past ASCII sends the string to the test by chars, whose
    // whitespace includes some chars past ASCII.
    for &c in b {
        match PLAIN.get(usize::from(c)) {
            Some(true) => {}
            Some(false) => return false,
            None => return plain_by_chars(s),
        }
    }
    true
}

/// The ASCII bytes a plain string may hold: word chars and the whitespace
/// chars of ASCII (tab to carriage return and space; `u8::is_ascii_whitespace`
/// lacks the vertical tab, which `char::is_whitespace` holds).
const PLAIN: [bool; 128] = {
    let mut t = [false; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'_' || b == b' ' || (b >= b'\t' && b <= b'\r');
        c += 1;
    }
    t
};

/// The char test of [`plain`] (past its first and last byte), for a string
/// past ASCII and as the test's reference.
pub(super) fn plain_by_chars(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c.is_whitespace())
}

/// Is `key` the normalised key of the [`plain`] string `form`: each word
/// lowercased between `WORD_START` and `WORD_END`?
pub fn plain_key_is(form: &str, key: &[u8]) -> bool {
    if form.is_ascii() {
        return plain_key_is_ascii(form.as_bytes(), key);
    }
    plain_key_is_by_words(form, key)
}

/// [`plain_key_is`] for an ASCII form, in one pass over the form and the
/// key (every plain list name at start-up): its words are the runs between
/// ASCII whitespace, as `split_whitespace` splits an ASCII string.
fn plain_key_is_ascii(form: &[u8], key: &[u8]) -> bool {
    let blank = |c: u8| c == b' ' || (b'\t'..=b'\r').contains(&c);
    let (mut i, mut k) = (0, 0);
    loop {
        while form.get(i).is_some_and(|&c| blank(c)) {
            i += 1;
        }
        if i == form.len() {
            return k == key.len();
        }
        if key.get(k) != Some(&WORD_START) {
            return false;
        }
        k += 1;
        while let Some(&c) = form.get(i).filter(|&&c| !blank(c)) {
            if key.get(k) != Some(&c.to_ascii_lowercase()) {
                return false;
            }
            (i, k) = (i + 1, k + 1);
        }
        if key.get(k) != Some(&WORD_END) {
            return false;
        }
        k += 1;
    }
}

/// [`plain_key_is`] word by word: for a form past ASCII, and the test's
/// reference.
pub(super) fn plain_key_is_by_words(form: &str, key: &[u8]) -> bool {
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
