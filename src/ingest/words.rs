//! Words of a line, found byte by byte: the word splitter and counter
//! every cleaning step shares (the same words as `str::split_whitespace`,
//! without decoding every character).

/// The words of `s`, exactly as `str::split_whitespace` gives them, found
/// byte by byte: only a non-ASCII lead byte is decoded (`split_whitespace`
/// decodes every character).
pub fn words(s: &str) -> Words<'_> {
    Words { s, pos: 0 }
}

/// Iterator of [`words`].
pub struct Words<'a> {
    s: &'a str,
    pos: usize,
}

/// Byte length of the whitespace character starting at byte `i` of `s`, or
/// 0 if there is none (continuation bytes are never whitespace starts).
#[inline]
fn space_len(s: &str, i: usize) -> usize {
    let Some(&b) = s.as_bytes().get(i) else {
        return 0;
    };
    if b < 0x80 {
        usize::from(b == b' ' || (b'\t'..=b'\r').contains(&b))
    } else if b >= 0xC0 {
        match s.get(i..).and_then(|t| t.chars().next()) {
            Some(c) if c.is_whitespace() => c.len_utf8(),
            _ => 0,
        }
    } else {
        0
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        let mut i = self.pos;
        loop {
            if i >= b.len() {
                self.pos = i;
                return None;
            }
            match space_len(self.s, i) {
                0 => break,
                n => i += n,
            }
        }
        let start = i;
        while let Some(&c) = b.get(i) {
            // Printable ASCII is never whitespace: the common case.
            if c > b' ' && c < 0x80 || space_len(self.s, i) == 0 {
                i += 1;
            } else {
                break;
            }
        }
        self.pos = i;
        self.s.get(start..i)
    }
}

/// Each byte's lowest bit.
const LO: u64 = 0x0101_0101_0101_0101;
/// Each byte's highest bit.
const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of every byte of `x` (eight ASCII bytes) that is ASCII
/// whitespace: space, or `\t`, `\n`, `\x0B`, `\x0C`, `\r` (9 to 13).
#[inline]
fn ascii_space_mask(x: u64) -> u64 {
    // Exact per-byte tests (no borrow crosses a byte): zero bytes of
    // `x ^ spaces`, and bytes below 14 but not below 9.
    let t = x ^ (LO * 0x20);
    let space = !(((t & !HI) + !HI) | t) & HI;
    let below = |n: u64| !((x | HI) - LO * n) & HI;
    space | (below(14) & !below(9))
}

/// How many bytes of `m` have their high bit set (the only bits set):
/// a multiply adds the bytes up (no `popcnt` in the baseline x86-64 target).
#[inline]
fn high_bits(m: u64) -> u64 {
    (m >> 7).wrapping_mul(LO) >> 56
}

/// Eight bytes of `b` from `i`, if there are eight.
#[inline]
fn eight(b: &[u8], i: usize) -> Option<u64> {
    let a: [u8; 8] = b.get(i..i + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(a))
}

/// What [`word_scan`] gathers: the number of words (capped) and the count
/// and byte sum of the non-whitespace bytes, all functions of the words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordStats {
    words: usize,
    bytes: u64,
    sum: u64,
}

/// Counts the words of `s` (as `split_whitespace` splits them), stopping
/// once `max` are seen, eight ASCII bytes at a time (word starts by bit
/// masks, no branch per byte); with `sums`, also the non-whitespace bytes.
#[inline]
pub(crate) fn word_scan(s: &str, max: usize, sums: bool) -> WordStats {
    let b = s.as_bytes();
    let mut st = WordStats::default();
    let mut in_space = true;
    let mut i = 0;
    while st.words < max {
        if let Some(x) = eight(b, i).filter(|x| x & HI == 0) {
            let space = ascii_space_mask(x);
            let word = !space & HI;
            let before = (space << 8) | if in_space { 0x80 } else { 0 };
            st.words += high_bits(word & before) as usize;
            if sums {
                st.bytes += high_bits(word);
                let v = x & ((word >> 7) * 0xFF);
                let pairs = (v & 0x00FF_00FF_00FF_00FF) + ((v >> 8) & 0x00FF_00FF_00FF_00FF);
                st.sum += pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48;
            }
            in_space = space >> 63 != 0;
            i += 8;
            continue;
        }
        // A non-ASCII byte nearby, or the tail: one character (or
        // continuation byte, never whitespace) at a time.
        let Some(&c) = b.get(i) else {
            break;
        };
        match space_len(s, i) {
            0 => {
                st.words += usize::from(in_space);
                st.bytes += 1;
                st.sum += u64::from(c);
                in_space = false;
                i += 1;
            }
            n => {
                in_space = true;
                i += n;
            }
        }
    }
    st.words = st.words.min(max);
    st
}

/// `words(s).take(max).count()`, fast.
pub fn count_words(s: &str, max: usize) -> usize {
    word_scan(s, max, false).words
}

/// Whether `s` has more than `n` words.
pub fn more_words_than(s: &str, n: usize) -> bool {
    count_words(s, n + 1) > n
}

/// The first word of `s` (`""` if none).
pub fn first_word(s: &str) -> &str {
    words(s).next().unwrap_or("")
}

/// The last word of `s` (`""` if none), found from the end.
pub fn last_word(s: &str) -> &str {
    s.trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Strings for the word scanners: every kind of whitespace, long and short
    /// runs, non-ASCII letters at the edges of eight-byte chunks.
    fn word_samples() -> Vec<String> {
        const SPACES: &[&str] = &[
            " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "\u{85}", "\u{a0}", "\u{1680}",
            "\u{2000}", "\u{200a}", "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}",
        ];
        const WORDS: &[&str] = &[
            "a",
            "kata",
            "Jakarta,",
            "é",
            "Ж",
            "😀",
            "\u{200b}",
            "ab\u{a0}",
            "x\u{7f}y",
            "1.5",
            "radio_button_unchecked",
            "panjangsekalikatanya",
        ];
        let mut out = vec![String::new(), " ".into(), "\u{3000}".into()];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..2000 {
            let mut s = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 30) {
                let x = seed.rotate_left(k as u32 * 5);
                if x.is_multiple_of(3) {
                    s.push_str(SPACES[(x / 3 % SPACES.len() as u64) as usize]);
                } else {
                    s.push_str(WORDS[(x / 3 % WORDS.len() as u64) as usize]);
                }
            }
            out.push(s);
        }
        out
    }

    #[test]
    fn words_are_split_whitespace() {
        for s in word_samples() {
            let want: Vec<&str> = s.split_whitespace().collect();
            assert_eq!(words(&s).collect::<Vec<_>>(), want, "{s:?}");
            for max in [0, 1, 3, 4, 8, 41, usize::MAX] {
                assert_eq!(count_words(&s, max), want.len().min(max), "{s:?} {max}");
            }
            let stats = word_scan(&s, usize::MAX, true);
            assert_eq!(stats.words, want.len(), "{s:?}");
            let bytes: usize = want.iter().map(|w| w.len()).sum();
            let sum: u64 = want.iter().flat_map(|w| w.bytes()).map(u64::from).sum();
            assert_eq!((stats.bytes, stats.sum), (bytes as u64, sum), "{s:?}");
            assert_eq!(first_word(&s), want.first().copied().unwrap_or(""));
            assert_eq!(last_word(&s), want.last().copied().unwrap_or(""));
        }
    }
}
