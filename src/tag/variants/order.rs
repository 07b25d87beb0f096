//! The order of the generated keys: bytewise, as the automata and the
//! first-word index need them (keys sharing a first word adjacent).

/// The indices of `keys` in bytewise order of the keys.
///
/// Sorted by the keys' first eight bytes as a number first: nearly every
/// comparison ends there, without following two pointers into the keys
/// (the sort was a sixth of loading a large list). Zero padding keeps the
/// order bytewise: a key shorter than eight bytes that is a prefix of
/// another ties on the number and is then compared whole.
pub fn sorted(keys: &[Vec<u8>]) -> Vec<usize> {
    let head = |k: &[u8]| {
        let mut b = [0u8; 8];
        let n = k.len().min(8);
        b[..n].copy_from_slice(&k[..n]);
        u64::from_be_bytes(b)
    };
    let mut order: Vec<(u64, usize)> = keys.iter().enumerate().map(|(i, k)| (head(k), i)).collect();
    order.sort_unstable_by(|&(ha, a), &(hb, b)| ha.cmp(&hb).then_with(|| keys[a].cmp(&keys[b])));
    order.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_is_bytewise() {
        let keys: Vec<Vec<u8>> = [
            &b"abcdefghij"[..],
            b"abc",
            b"abcdefgh",
            b"abc\0",
            b"",
            b"abcdefghi",
            b"b",
            b"abcdefgh\xff",
            b"\xffa",
        ]
        .iter()
        .map(|k| k.to_vec())
        .collect();
        let got: Vec<&Vec<u8>> = sorted(&keys).into_iter().map(|i| &keys[i]).collect();
        let mut want: Vec<&Vec<u8>> = keys.iter().collect();
        want.sort();
        assert_eq!(got, want);
    }
}
