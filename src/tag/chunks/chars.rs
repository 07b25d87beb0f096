//! Characters and words as the name chunks see them: word chars,
//! apostrophes, blanks, capitalised words and sentence openings.

/// A word char: a letter, a digit or `_`.
pub(super) fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// An apostrophe, straight or curly.
pub(super) fn apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Horizontal whitespace: joins the words of a chunk (a line end closes it).
pub(super) fn blank(c: char) -> bool {
    c.is_whitespace() && c != '\n' && c != '\r'
}

/// Does a word after `prev`, the last char before it that is no blank
/// (none: the text's start), open a sentence or line?
pub(super) fn opens_sentence(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c == '\n'
                || c == '\r'
                || apostrophe(c)
                || matches!(
                    c,
                    '.' | '!'
                        | '?'
                        | ':'
                        | ';'
                        | '"'
                        | '“'
                        | '”'
                        | '('
                        | '['
                        | '—'
                        | '–'
                        | '-'
                        | '|'
                        | '•'
                        | '«'
                        | '»'
                )
        }
    }
}

/// A capitalised word: its first letter or digit is a capital, or it is
/// written in camel case from a lowercase letter ("aCommerce", "eBay",
/// "iPhone": names, not common words).
pub(super) fn capitalised(w: &str) -> bool {
    // Most words start with an ASCII letter: decided from it and the run
    // of ASCII letters and digits after it, without first testing that
    // the whole word is ASCII (a non-ASCII char in the run: the char path).
    let b = w.as_bytes();
    match b.first() {
        Some(c) if c.is_ascii_uppercase() => return true,
        Some(c) if c.is_ascii_lowercase() => {
            let (mut up, mut low) = (false, false);
            for &c in &b[1..] {
                if !c.is_ascii() {
                    return by_chars(w);
                }
                if !c.is_ascii_alphanumeric() {
                    break;
                }
                up |= c.is_ascii_uppercase();
                low |= c.is_ascii_lowercase();
            }
            return up && low;
        }
        _ => {}
    }
    if w.is_ascii() {
        // Most words: the same test on bytes, without decoding chars.
        let b = w.as_bytes();
        let mut it = b.iter().skip_while(|c| !c.is_ascii_alphanumeric());
        return match it.next() {
            Some(c) if c.is_ascii_uppercase() => true,
            Some(c) if c.is_ascii_lowercase() => {
                let run = it.take_while(|c| c.is_ascii_alphanumeric());
                let (mut up, mut low) = (false, false);
                for c in run {
                    up |= c.is_ascii_uppercase();
                    low |= c.is_ascii_lowercase();
                }
                up && low
            }
            _ => false,
        };
    }
    by_chars(w)
}

/// [`capitalised`] on chars: any text, the reference of its ASCII path.
fn by_chars(w: &str) -> bool {
    let mut it = w.chars().skip_while(|c| !c.is_alphanumeric());
    match it.next() {
        Some(c) if c.is_uppercase() => true,
        Some(c) if c.is_lowercase() => {
            let (mut up, mut low) = (false, false);
            for c in it.take_while(|c| c.is_alphanumeric()) {
                up |= c.is_uppercase();
                low |= c.is_lowercase();
            }
            up && low
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{by_chars, capitalised};

    // The ASCII path answers as the char path for every shape of word.
    #[test]
    fn the_ascii_path_answers_as_the_char_path() {
        let words = [
            "",
            "Jakarta",
            "jakarta",
            "aCommerce",
            "eBay",
            "iPhone",
            "abc",
            "ABC",
            "123",
            "1abc",
            "9Abc",
            "'Abc",
            "(budi",
            "(Budi",
            "x-Ray",
            "xR",
            "ab9C",
            "a_B",
            "a_b",
            "--",
            "_x",
            "_X",
            "DPR-RI",
            "dpr-RI",
            "mRNA",
            "e-KTP",
            "Ünal",
            "ünAl",
            "éX",
            "aBé",
            "abé",
            "aé",
            "aéB",
            "aBc-é",
            "Éa",
            "x",
            "X",
        ];
        for w in words {
            assert_eq!(capitalised(w), by_chars(w), "{w:?}");
        }
    }
}
