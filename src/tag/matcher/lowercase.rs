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
        // Eight ASCII bytes at once (`ascii8`), the early exit asked after
        // them: the bound it takes from the bytes left holds at any point.
        if let Some(c) = bytes.get(i..i + 8).filter(|c| c.is_ascii()) {
            let (w, caps, last) = ascii8(c, in_word);
            (words, capital, in_word) = (words + w, capital + caps, last);
            i += 8;
            if caps > 0 {
                let most = words + (bytes.len() - i).div_ceil(2);
                if capital * 1000 > most * LOWERCASE_PER_MILLE {
                    return false;
                }
            }
            continue;
        }
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

/// Of eight ASCII bytes after a letter or digit (`in_word`) or not: how
/// many words start among them with a letter, how many of those with a
/// capital, and whether the last byte is a letter or digit, as the byte
/// loop counts them. Each byte's class is its top bit in a mask, found
/// by the word trick for bytes under 0x80 (no carry crosses a byte).
fn ascii8(c: &[u8], in_word: bool) -> (usize, usize, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut b = [0u8; 8];
    b.copy_from_slice(c);
    let x = u64::from_le_bytes(b);
    // bytes strictly between `lo` and `hi`: x + 127 - lo reaches 0x80
    // when x > lo, 127 + hi - x when x < hi (each at most 0xFF)
    let between = |lo: u8, hi: u8| {
        (x + ONES * u64::from(127 - lo)) & (ONES * (127 + u64::from(hi)) - x) & (ONES * 0x80)
    };
    let upper = between(b'A' - 1, b'Z' + 1);
    let alpha = upper | between(b'a' - 1, b'z' + 1);
    let alnum = alpha | between(b'0' - 1, b'9' + 1);
    // a word starts at a letter or digit after a byte that is neither
    let start = alnum & !((alnum << 8) | if in_word { 0x80 } else { 0 });
    (
        (start & alpha).count_ones() as usize,
        (start & upper).count_ones() as usize,
        alnum >> 63 != 0,
    )
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

    // The eight bytes at a time (twenty-eighth throughput round): every
    // ASCII byte value at every position of a text that holds words of
    // every kind across the eight-byte chunks, and a char past ASCII
    // there (the chunk then read by the byte loop), in texts long enough
    // to end either way.
    #[test]
    fn eight_ascii_bytes_count_as_the_byte_loop_does() {
        let fill = "kata a1 1a Xy ab_cd Kata kata. KATA x-y  kata\tKata,kata";
        for reps in [1usize, 2, 5] {
            let base = fill.repeat(reps);
            for k in 0..fill.len() {
                let mut cases: Vec<String> = (0u8..0x80)
                    .map(|v| {
                        let mut b = base.clone().into_bytes();
                        b[k] = v;
                        String::from_utf8(b).unwrap_or_default()
                    })
                    .collect();
                cases.push(format!("{}É{}", &base[..k], &base[k..]));
                cases.push(format!("{}é{}", &base[..k], &base[k..]));
                for t in &cases {
                    assert_eq!(lowercase_document(t), reference(t), "{t:?}");
                    let low = t.to_ascii_lowercase();
                    assert_eq!(lowercase_document(&low), reference(&low), "{low:?}");
                }
            }
        }
    }
}
