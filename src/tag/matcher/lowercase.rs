//! Documents written without capitals: detected in one pass over the
//! text, so that the capitalisation rules can be lifted for them.

/// Fewest words a document needs before it can count as written without
/// capitals.
pub const LOWERCASE_MIN_WORDS: usize = 8;
/// Most words starting with a capital, per thousand words, in a document
/// written without capitals ("or almost": a stray "I" or a name typed with
/// a capital).
pub const LOWERCASE_PER_MILLE: usize = 20;

/// Is `text` written without capitals, or almost (at most
/// [`LOWERCASE_PER_MILLE`] per thousand of its words start with a capital,
/// over at least [`LOWERCASE_MIN_WORDS`] words)? Such a document (social
/// media, lowercased corpora) lifts the capitalisation rules of plain-list
/// and one-word names, which would otherwise match nothing in it.
pub fn lowercase_document(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (mut words, mut capital) = (0usize, 0usize);
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII by byte; other characters decoded (news is mostly ASCII).
        let (alnum, alpha, upper, len) = match bytes[i] {
            b if b.is_ascii() => (
                b.is_ascii_alphanumeric(),
                b.is_ascii_alphabetic(),
                b.is_ascii_uppercase(),
                1,
            ),
            _ => match text.get(i..).and_then(|t| t.chars().next()) {
                Some(c) => (
                    c.is_alphanumeric(),
                    c.is_alphabetic(),
                    c.is_uppercase(),
                    c.len_utf8(),
                ),
                None => (false, false, false, 1),
            },
        };
        if alnum {
            if !in_word && alpha {
                words += 1;
                if upper {
                    capital += 1;
                    // Words need a separator each, so at most half the
                    // bytes left start one: past that bound the answer
                    // is known (most documents stop here early).
                    let most = words + (bytes.len() - i).div_ceil(2);
                    if capital * 1000 > most * LOWERCASE_PER_MILLE {
                        return false;
                    }
                }
            }
            in_word = true;
        } else {
            in_word = false;
        }
        i += len;
    }
    words >= LOWERCASE_MIN_WORDS && capital * 1000 <= words * LOWERCASE_PER_MILLE
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule as stated, over every character: the fast path must agree.
    fn reference(text: &str) -> bool {
        let (mut words, mut capital, mut in_word) = (0usize, 0usize, false);
        for c in text.chars() {
            if c.is_alphanumeric() {
                if !in_word && c.is_alphabetic() {
                    words += 1;
                    capital += usize::from(c.is_uppercase());
                }
                in_word = true;
            } else {
                in_word = false;
            }
        }
        words >= LOWERCASE_MIN_WORDS && capital * 1000 <= words * LOWERCASE_PER_MILLE
    }

    #[test]
    fn the_early_exit_and_byte_path_agree_with_the_rule() {
        let words = [
            "kata",
            "Kata",
            "ÉTÉ",
            "été",
            "2020",
            "x",
            "Ó",
            "ñandú",
            "1a",
            "a1",
            "İstanbul",
            "东京",
            "—",
            "I",
        ];
        let mut texts = vec![String::new(), "a b".into()];
        // Every mix of capitalised and plain words at several densities.
        for n in [7usize, 8, 9, 50, 51, 100, 400] {
            for every in [1usize, 2, 10, 49, 50, 51, 1000] {
                for (k, w) in words.iter().enumerate() {
                    let t: Vec<&str> = (0..n)
                        .map(|i| {
                            if i % every == 0 {
                                w
                            } else {
                                words[(i + k) % 3]
                            }
                        })
                        .collect();
                    texts.push(t.join(" "));
                    texts.push(t.join(", "));
                    texts.push(t.concat());
                }
            }
        }
        for t in &texts {
            assert_eq!(lowercase_document(t), reference(t), "{t:?}");
        }
    }
}
