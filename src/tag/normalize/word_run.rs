//! The normaliser's ASCII word runs read eight bytes at a time.
//!
//! Most of a news text is ASCII words, and the normaliser wrote each of
//! their bytes with a test, a table fold and a push, the vector's length
//! read and written back around every store (some fifteen instructions a
//! byte). Here eight bytes are tested and folded in a few word-wide
//! operations; the caller writes the eight at once and keeps the run.

/// `0x01` in every byte of a `u64`.
const ONES: u64 = 0x0101_0101_0101_0101;
/// `0x80` in every byte.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// `0x7f` in every byte.
const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// `0x80` in each byte of `x` below `0x80` that lies strictly between `m`
/// and `n` (both at most 128), `0` in every other byte: the exact form of
/// the bit trick, whose sums stay inside each byte (no carry or borrow
/// crosses into the next).
#[inline]
const fn between(x: u64, m: u64, n: u64) -> u64 {
    let t = x & LOW7;
    (ONES.wrapping_mul(127 + n).wrapping_sub(t) & !x & t.wrapping_add(ONES.wrapping_mul(127 - m)))
        & HIGH
}

/// The ASCII word run that opens eight text bytes (`x`, the first byte
/// lowest): how many bytes lead it (8 when all eight are word bytes), and
/// the eight bytes folded so that the run's bytes are the normaliser's
/// folding of them (ASCII capitals lowercased; the bytes after the run
/// are garbage). A word byte is an ASCII
/// letter, digit or `_` (the normaliser's `Class::Word`); any byte from
/// `0x80` up ends the run.
#[inline]
pub(super) fn word_run(x: u64) -> (usize, u64) {
    let ascii = !x & HIGH;
    let letter = between(
        x | ONES.wrapping_mul(0x20),
        u64::from(b'a') - 1,
        u64::from(b'z') + 1,
    );
    let digit = between(x, u64::from(b'0') - 1, u64::from(b'9') + 1);
    // a zero byte of `x ^ "________"`, found exactly (no borrow)
    let u = x ^ ONES.wrapping_mul(u64::from(b'_'));
    let underscore = !((u & LOW7).wrapping_add(LOW7) | u) & HIGH;
    let word = (letter | digit | underscore) & ascii;
    let n = ((!word & HIGH).trailing_zeros() / 8) as usize;
    // `0x20` set lowercases a capital and leaves a small letter or a digit
    // (0x30..0x39) as it is; `_` (0x5f) alone must keep it clear
    (n, (x | ONES.wrapping_mul(0x20)) ^ (underscore >> 2))
}

#[cfg(test)]
mod tests {
    use super::super::{normalize_into, Normalized};
    use super::word_run;

    /// The byte-at-a-time reading: the run's length and its folded bytes.
    fn by_byte(bytes: &[u8; 8]) -> (usize, Vec<u8>) {
        let n = bytes
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
            .unwrap_or(8);
        (n, bytes[..n].iter().map(u8::to_ascii_lowercase).collect())
    }

    /// Every byte value at every position, among random neighbours, and
    /// runs of every length: the run and its folding are the byte loop's.
    #[test]
    fn a_word_run_is_the_byte_loop_s() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        const WORDISH: &[u8] = b"aAzZ09_`@[{/:-\x00\x7f\x80\xff mQ";
        for b in 0..=255u8 {
            for pos in 0..8 {
                for round in 0..64 {
                    let r = next();
                    let mut bytes = r.to_le_bytes();
                    if round % 2 == 0 {
                        for (k, x) in bytes.iter_mut().enumerate() {
                            *x = WORDISH[(r >> (k * 5)) as usize % WORDISH.len()];
                        }
                    }
                    bytes[pos] = b;
                    let (n, folded) = word_run(u64::from_le_bytes(bytes));
                    let (want, fold) = by_byte(&bytes);
                    assert_eq!(n, want, "{bytes:?}");
                    assert_eq!(&folded.to_le_bytes()[..n], &fold[..], "{bytes:?}");
                }
            }
        }
    }

    /// The normaliser's writing, one byte at a time, for texts of ASCII
    /// word bytes, gaps (` `, `\n`, `-`) and other marks (`,` `.`): the
    /// bytes, the map and the word spans as `normalize_into` gave them
    /// before its word runs were read eight bytes at a time and a single
    /// space between two words was written in one step.
    fn by_byte_text(text: &str) -> Normalized {
        let mut n = Normalized::new();
        let (mut in_word, mut newlines, mut gap_at, mut word_at) = (false, 0, 0u32, 0u32);
        let push = |n: &mut Normalized, b: u8, at: usize| {
            n.bytes.push(b);
            n.map.push(at as u32);
        };
        for (i, &b) in text.as_bytes().iter().enumerate() {
            let word = b.is_ascii_alphanumeric() || b == b'_';
            let gap = matches!(b, b' ' | b'\n' | b'-');
            if (gap || !word) && in_word {
                push(&mut n, 2, i);
                in_word = false;
                n.words.push([word_at, n.bytes.len() as u32]);
            }
            if gap {
                if b == b'\n' {
                    if newlines == 0 {
                        gap_at = i as u32;
                    }
                    newlines += 1;
                }
                continue;
            }
            if !in_word {
                if newlines >= 2 {
                    push(&mut n, b'\n', gap_at as usize);
                }
                newlines = 0;
            }
            if word {
                if !in_word {
                    word_at = n.bytes.len() as u32;
                    push(&mut n, 1, i);
                    in_word = true;
                }
                push(&mut n, b.to_ascii_lowercase(), i);
            } else {
                push(&mut n, b, i);
            }
        }
        if in_word {
            push(&mut n, 2, text.len());
            n.words.push([word_at, n.bytes.len() as u32]);
        }
        n.map.push(text.len() as u32);
        n
    }

    /// Random texts of short and long words (past eight and sixteen
    /// bytes), single and repeated gaps, blank lines and marks, with words
    /// at both ends: the same bytes, map and spans as the byte loop's.
    #[test]
    fn normalised_text_is_the_byte_loop_s() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        const WORD: &[u8] = b"aZk09_Qm";
        const GAP: &[&str] = &[
            " ", " ", " ", "  ", "\n", "\n\n", " \n \n ", "-", " - ", ", ", " . ", ".",
        ];
        let mut got = Normalized::new();
        for _ in 0..20_000 {
            let mut text = String::new();
            for k in 0..next() % 12 {
                if k > 0 || next() % 4 == 0 {
                    text.push_str(GAP[next() as usize % GAP.len()]);
                }
                let len = 1 + next() % if next() % 3 == 0 { 24 } else { 7 };
                for _ in 0..len {
                    text.push(char::from(WORD[next() as usize % WORD.len()]));
                }
            }
            if next() % 4 == 0 {
                text.push_str(GAP[next() as usize % GAP.len()]);
            }
            normalize_into(&text, &mut got);
            let want = by_byte_text(&text);
            assert_eq!(got.bytes, want.bytes, "{text:?}");
            assert_eq!(got.map, want.map, "{text:?}");
            assert_eq!(got.words, want.words, "{text:?}");
        }
    }
}
