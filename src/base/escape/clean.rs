//! The clean prefix of a JSON string: how many of its first bytes need no
//! escaping, read sixteen bytes at a time (issue 22, twenty-seventh
//! throughput round). Most strings of graph.json and graph.docs.jsonl
//! (ids, kinds, dates, evidence sentences) hold no byte to escape, so
//! [`super::json_str`] copies them whole after this one scan.

use super::needs_escape;

/// Whether byte `c` is one [`super::json_str`] escapes: a C0 control,
/// `"` or `\`.
fn escaped(c: u8) -> bool {
    c < 0x20 || c == b'"' || c == b'\\'
}

/// The first eight bytes of `c` (at least eight) as a little-endian word.
fn word(c: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&c[..8]);
    u64::from_le_bytes(w)
}

/// Whether some byte of the sixteen that start `c` (at least sixteen)
/// needs escaping: one SSE2 compare for each kind, a control byte found
/// as one the unsigned maximum with 0x1F leaves at 0x1F.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
fn dirty16(c: &[u8]) -> bool {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_max_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_set_epi64x,
    };
    // (two words joined make one unaligned load in the machine code; the
    // casts keep every bit)
    let (lo, hi) = (word(c) as i64, word(&c[8..]) as i64);
    // SAFETY: the intrinsics take no pointers, and the cfg above compiles
    // this only where SSE2, the one target feature they need, is enabled.
    unsafe {
        let v = _mm_set_epi64x(hi, lo);
        let low = _mm_set1_epi8(0x1F);
        let control = _mm_cmpeq_epi8(_mm_max_epu8(v, low), low);
        let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
        let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
        _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))) != 0
    }
}

/// [`dirty16`] as two words where SSE2 is not the baseline.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
fn dirty16(c: &[u8]) -> bool {
    needs_escape(word(c)) || needs_escape(word(&c[8..]))
}

/// The length of a prefix of `b` that holds no byte [`super::json_str`]
/// escapes: `b.len()` exactly when no byte of `b` needs escaping, else at
/// most the position of the first byte that does (the caller escapes on
/// from there).
pub(super) fn clean_prefix(b: &[u8]) -> usize {
    let n = b.len();
    let mut i = 0;
    while let Some(c) = b.get(i..i + 16) {
        if dirty16(c) {
            return i;
        }
        i += 16;
    }
    if i == n {
        return n;
    }
    // The tail, fewer than sixteen bytes, read as the last sixteen (or the
    // first and last eight, or four) bytes of the string: the bytes read
    // again lie before `i` and are clean, so the test is the tail's.
    let clean = if n >= 16 {
        !dirty16(&b[n - 16..])
    } else if n >= 8 {
        !needs_escape(word(b)) && !needs_escape(word(&b[n - 8..]))
    } else if n >= 4 {
        let half = |c: &[u8]| u64::from(u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
        !needs_escape(half(b) | half(&b[n - 4..]) << 32)
    } else {
        !b.iter().any(|&c| escaped(c))
    };
    if clean {
        n
    } else {
        i
    }
}

#[cfg(test)]
mod tests {
    use super::{clean_prefix, escaped};

    // The clean prefix equals the scan byte by byte where the string is
    // clean (its whole length) and is never past the first byte to
    // escape: every length up to 40, every escaped and clean kind of byte
    // at every position, among clean, high and other ASCII fill bytes.
    #[test]
    fn the_clean_prefix_is_the_byte_scan_s() {
        let kinds: Vec<u8> = (0u8..=0xFF).collect();
        for fill in [b'a', b' ', 0xC3, 0x7F, b'~', 0x80] {
            for len in 0..=40usize {
                let clean = vec![fill; len];
                assert_eq!(clean_prefix(&clean), len, "fill {fill:#x} len {len}");
                for at in 0..len {
                    for &k in &kinds {
                        let mut b = clean.clone();
                        b[at] = k;
                        let first = b.iter().position(|&c| escaped(c)).unwrap_or(len);
                        let got = clean_prefix(&b);
                        if first == len {
                            assert_eq!(got, len, "{b:?}");
                        } else {
                            assert!(got <= first, "{b:?}: {got} past {first}");
                        }
                    }
                }
            }
        }
    }
}
