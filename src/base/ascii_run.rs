//! The run of ASCII letters and digits that starts a byte string, read
//! sixteen bytes at a time (issue 22, twenty-seventh throughput round):
//! the word loop of the relation tokeniser (`relations::text::tokenize`),
//! which read one byte at a time at eleven instructions a byte.

/// The first eight bytes of `c` (at least eight) as a little-endian word.
fn word(c: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&c[..8]);
    u64::from_le_bytes(w)
}

/// How many of the sixteen bytes that start `c` (at least sixteen) lead
/// it as ASCII letters or digits: a letter is a byte that 0x20 set puts
/// in `a..=z`, a digit one in `0..=9`, each found as an unsigned
/// difference the minimum with the range's width leaves unchanged (no
/// byte from 0x80 up is either).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
fn run16(c: &[u8]) -> usize {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_set_epi64x, _mm_sub_epi8,
    };
    // (two words joined make one unaligned load in the machine code; the
    // casts keep every bit)
    let (lo, hi) = (word(c) as i64, word(&c[8..]) as i64);
    // SAFETY: the intrinsics take no pointers, and the cfg above compiles
    // this only where SSE2, the one target feature they need, is enabled.
    let mask = unsafe {
        let v = _mm_set_epi64x(hi, lo);
        let letter = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x61));
        let letter = _mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8(25)), letter);
        let digit = _mm_sub_epi8(v, _mm_set1_epi8(0x30));
        let digit = _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit);
        _mm_movemask_epi8(_mm_or_si128(letter, digit))
    };
    // (bit k: byte k is a letter or digit; the bits past 16 are clear)
    (!(mask as u32)).trailing_zeros() as usize
}

/// [`run16`] a byte at a time where SSE2 is not the baseline.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
fn run16(c: &[u8]) -> usize {
    c[..16]
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(16)
}

/// The ASCII capitals (`A..=Z`) among the sixteen bytes that start `c`
/// (at least sixteen), one bit a byte (bit `k`: byte `k`), found as the
/// letters of [`run16`] are.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
pub fn capitals16(c: &[u8]) -> u32 {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_min_epu8, _mm_movemask_epi8, _mm_set1_epi8, _mm_set_epi64x,
        _mm_sub_epi8,
    };
    let (lo, hi) = (word(c) as i64, word(&c[8..]) as i64);
    // SAFETY: as in `run16`: no pointers, and SSE2 is enabled.
    let mask = unsafe {
        let v = _mm_sub_epi8(_mm_set_epi64x(hi, lo), _mm_set1_epi8(0x41));
        _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(25)), v))
    };
    mask as u32
}

/// [`capitals16`] a byte at a time where SSE2 is not the baseline.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
pub fn capitals16(c: &[u8]) -> u32 {
    c[..16]
        .iter()
        .enumerate()
        .fold(0, |m, (k, b)| m | u32::from(b.is_ascii_uppercase()) << k)
}

/// The bytes among the sixteen that start `c` (at least sixteen) that
/// are ASCII capitals or the first byte of a char past ASCII (0xC0 and
/// up), one bit a byte: the capitals as [`capitals16`] finds them, the
/// others as the bytes the unsigned maximum with 0xC0 leaves unchanged.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
fn capital_or_lead16(c: &[u8]) -> u32 {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_max_epu8, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_set_epi64x, _mm_sub_epi8,
    };
    let (lo, hi) = (word(c) as i64, word(&c[8..]) as i64);
    // SAFETY: as in `run16`: no pointers, and SSE2 is enabled.
    let mask = unsafe {
        let v = _mm_set_epi64x(hi, lo);
        let u = _mm_sub_epi8(v, _mm_set1_epi8(0x41));
        let capital = _mm_cmpeq_epi8(_mm_min_epu8(u, _mm_set1_epi8(25)), u);
        let lead = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0xC0u8 as i8)), v);
        _mm_movemask_epi8(_mm_or_si128(capital, lead))
    };
    mask as u32
}

/// [`capital_or_lead16`] a byte at a time where SSE2 is not the baseline.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
fn capital_or_lead16(c: &[u8]) -> u32 {
    c[..16].iter().enumerate().fold(0, |m, (k, &b)| {
        m | u32::from(b.is_ascii_uppercase() || b >= 0xC0) << k
    })
}

/// How many bytes of `b` are ASCII capitals or the first byte of a char
/// past ASCII: a bound on the capitalised words of a text (every one holds
/// a capital of either kind), sixteen bytes at a time (twenty-eighth
/// throughput round: a headline test bounds a line's capitals with it).
pub fn capitals_or_leads(b: &[u8]) -> usize {
    let mut chunks = b.chunks_exact(16);
    let mut n = 0;
    for c in &mut chunks {
        n += capital_or_lead16(c).count_ones() as usize;
    }
    n + chunks
        .remainder()
        .iter()
        .filter(|&&c| c.is_ascii_uppercase() || c >= 0xC0)
        .count()
}

/// How many of the first bytes of `b` are ASCII letters or digits (as
/// `u8::is_ascii_alphanumeric` finds them): the position of the first
/// byte that is not, or `b.len()`.
pub fn alnum_run(b: &[u8]) -> usize {
    let n = b.len();
    let mut i = 0;
    while let Some(c) = b.get(i..i + 16) {
        let k = run16(c);
        if k < 16 {
            return i + k;
        }
        i += 16;
    }
    if n >= 16 {
        // The last sixteen bytes: those before `i` are letters or digits
        // (the run reached `i`), so the run is the window's.
        return n - 16 + run16(&b[n - 16..]);
    }
    b.iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .unwrap_or(n)
}

#[cfg(test)]
mod tests {
    use super::{alnum_run, capitals16, capitals_or_leads};

    // The count is the byte loop's for every byte value at every position
    // of texts of every length up to 40 among fills of capitals, small
    // letters, other bytes and bytes past ASCII of both kinds.
    #[test]
    fn the_capitals_or_leads_are_the_byte_loop_s() {
        for fill in [b'a', b'Z', b'@', b'[', 0x80, 0xBF, 0xC0, 0xC3] {
            for len in 0..=40 {
                for at in 0..len {
                    for k in 0u8..=0xFF {
                        let mut b = vec![fill; len];
                        b[at] = k;
                        let slow = b
                            .iter()
                            .filter(|&&c| c.is_ascii_uppercase() || c >= 0xC0)
                            .count();
                        assert_eq!(capitals_or_leads(&b), slow, "{b:?}");
                    }
                }
            }
        }
    }

    // The capitals' mask is the byte loop's for every byte value at every
    // position of the sixteen, among fills of capitals, small letters and
    // others.
    #[test]
    fn the_capitals_are_the_byte_loop_s() {
        for fill in [b'a', b'Z', b'A', b'@', b'[', 0xC3] {
            for at in 0..16 {
                for k in 0u8..=0xFF {
                    let mut b = vec![fill; 20];
                    b[at] = k;
                    let slow = b[..16]
                        .iter()
                        .enumerate()
                        .fold(0, |m, (j, c)| m | u32::from(c.is_ascii_uppercase()) << j);
                    assert_eq!(capitals16(&b), slow, "{b:?}");
                }
            }
        }
    }

    // The run equals the byte loop's for every byte value at every
    // position of strings of every length up to 40, among fills of
    // letters, digits and others, and for random strings.
    #[test]
    fn the_run_is_the_byte_loop_s() {
        let slow = |b: &[u8]| {
            b.iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(b.len())
        };
        for fill in [b'a', b'Z', b'7', b'_', 0xC3] {
            for len in 0..=40usize {
                let base = vec![fill; len];
                assert_eq!(alnum_run(&base), slow(&base));
                for at in 0..len {
                    for k in 0u8..=0xFF {
                        let mut b = base.clone();
                        b[at] = k;
                        assert_eq!(alnum_run(&b), slow(&b), "{b:?}");
                    }
                }
            }
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let pool = b"abzAZ09_ -.,'\"\x80\xc3\xa9@[`{/:";
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 50) as usize;
            let b: Vec<u8> = (0..len)
                .map(|j| {
                    let r = x.rotate_left(j as u32 * 5);
                    // mostly letters, so that long runs are read too
                    if r.is_multiple_of(4) {
                        pool[(r >> 8) as usize % pool.len()]
                    } else {
                        b'a' + (r >> 16) as u8 % 26
                    }
                })
                .collect();
            assert_eq!(alnum_run(&b), slow(&b), "{b:?}");
        }
    }
}
