//! A compact set of 128-bit document id hashes, for the duplicate check.
//!
//! A build remembers every document it has counted, so that a second copy
//! of an id is counted once: the one structure that grows with the corpus.
//! A hash table of `u128` costs 17 bytes a slot at up to 7/8 load, so 16 to
//! 36 bytes a document, and while it doubles the old and new tables are
//! both alive (27 MB at half a million documents). [`IdSet`] keeps the
//! hashes in small sorted buckets chosen by their top bits instead: about
//! 20 bytes a document, and growing it splits one bucket at a time.

/// Target average number of hashes per bucket: inserts move at most a few
/// hundred bytes, and the per-bucket overhead stays small.
const PER_BUCKET: usize = 64;
/// Buckets of a new set (`2^START_BITS`).
const START_BITS: u32 = 8;

/// A set of `u128` hashes (uniformly distributed, as [`crate::graph::ledger::id_hash`]
/// gives them).
#[derive(Debug, Clone)]
pub struct IdSet {
    /// Bucket `i` holds the hashes whose top `bits` bits are `i`, sorted.
    buckets: Vec<Vec<u128>>,
    bits: u32,
    len: usize,
}

impl Default for IdSet {
    fn default() -> Self {
        IdSet {
            buckets: vec![Vec::new(); 1 << START_BITS],
            bits: START_BITS,
            len: 0,
        }
    }
}

impl IdSet {
    /// Number of hashes in the set.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn bucket(&self, h: u128) -> usize {
        (h >> (128 - self.bits)) as usize
    }

    /// True when `h` is in the set.
    pub fn contains(&self, h: u128) -> bool {
        self.buckets
            .get(self.bucket(h))
            .is_some_and(|b| b.binary_search(&h).is_ok())
    }

    /// Adds `h`; returns false (and changes nothing) when it was already
    /// there.
    pub fn insert(&mut self, h: u128) -> bool {
        let i = self.bucket(h);
        let Some(b) = self.buckets.get_mut(i) else {
            return false;
        };
        match b.binary_search(&h) {
            Ok(_) => return false,
            Err(at) => b.insert(at, h),
        }
        self.len += 1;
        if self.len > PER_BUCKET << self.bits && self.bits < 32 {
            self.split();
        }
        true
    }

    /// Doubles the number of buckets: each sorted bucket splits in two at
    /// the next bit, one bucket at a time (no second copy of the set).
    fn split(&mut self) {
        let bits = self.bits + 1;
        let old = std::mem::take(&mut self.buckets);
        let mut buckets = Vec::with_capacity(old.len() * 2);
        for b in old {
            let hi = b.partition_point(|&h| (h >> (128 - bits)) & 1 == 0);
            let (lo, up) = b.split_at(hi);
            buckets.push(lo.to_vec());
            buckets.push(up.to_vec());
        }
        self.buckets = buckets;
        self.bits = bits;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// A cheap, well-mixed sequence (splitmix64), as id hashes are.
    fn hashes(n: usize, seed: u64) -> Vec<u128> {
        let mut s = seed;
        let mut next = || {
            s = s.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = s;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        (0..n)
            .map(|_| (u128::from(next()) << 64) | u128::from(next()))
            .collect()
    }

    #[test]
    fn behaves_like_a_hash_set_through_splits() {
        let mut set = IdSet::default();
        let mut want = HashSet::new();
        // Every value twice, and some extremes: 0 and MAX land in the
        // first and last buckets.
        let mut values = hashes(60_000, 7);
        values.extend([0, u128::MAX, 1 << 127, (1 << 127) - 1]);
        for round in 0..2 {
            for &h in &values {
                assert_eq!(set.insert(h), want.insert(h), "round {round}");
            }
        }
        assert_eq!(set.len(), want.len());
        assert!(set.bits > START_BITS, "the set split");
        for &h in &values {
            assert!(set.contains(h));
        }
        for h in hashes(1000, 8) {
            assert_eq!(set.contains(h), want.contains(&h));
        }
        // Buckets stay sorted and hold only their own prefix.
        for (i, b) in set.buckets.iter().enumerate() {
            assert!(b.windows(2).all(|w| w[0] < w[1]));
            assert!(b.iter().all(|&h| set.bucket(h) == i));
        }
    }
}
