//! The first-word index: an open-addressing hash table from the first word
//! of every key to what the matcher needs to go on from there, so that a
//! word of text costs one probe into a small, cache-friendly table instead
//! of a trie walk with a cache miss per letter.

use aho_corasick::automaton::StateID;

/// What follows a first word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    /// Global pattern id when the word alone (`WORD_START word WORD_END`)
    /// is a key.
    pub pattern: Option<u32>,
    /// Some key continues after the word: walk `part` from `state`.
    pub more: bool,
    /// Some key continues after the word with a byte other than
    /// `WORD_START` ("U.S"): the pair filter cannot rule a walk out.
    pub more_other: bool,
    /// Index of the automaton holding the keys that start with the word.
    pub part: u16,
    /// State after walking `WORD_START word WORD_END` in that automaton.
    pub state: StateID,
}

#[derive(Clone, Copy)]
struct Slot {
    hash: u64,
    off: u32,
    len: u32,
    entry: Entry,
}

/// Size of the filter bitmap in bits (128 KiB).
const FILTER_BITS: usize = 1 << 20;

/// Size of the pair bitmap in bits (256 KiB).
const PAIR_BITS: usize = 1 << 21;

/// Hash of a pair of words.
#[inline]
pub(crate) fn pair_hash(first: &[u8], second: &[u8]) -> u64 {
    (hash(first).rotate_left(23) ^ hash(second)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Open-addressing table (linear probing, power-of-two size, load ≤ 1/2).
pub(crate) struct WordIndex {
    /// One bit per hash value (low bits, [`FILTER_BITS`]): most words of a
    /// text start no key, and this small bitmap (cache-resident, unlike the
    /// table) turns them away without touching the table.
    filter: Vec<u64>,
    /// One bit per hash of a (first word, second word) pair of some key:
    /// a word followed by a word that continues no key needs no walk.
    pairs: Vec<u64>,
    slots: Vec<Option<Slot>>,
    mask: usize,
    arena: Vec<u8>,
    len: usize,
}

/// A `Hasher` over [`hash`], for hash maps keyed by short byte strings.
#[derive(Default)]
pub(crate) struct BytesHasher(u64);

impl std::hash::Hasher for BytesHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = self.0.rotate_left(7) ^ hash(bytes);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// FxHash-style hash of a short byte string.
#[inline]
pub(crate) fn hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    // Mix the high bits down: the table index uses the low bits.
    h ^ (h >> 29)
}

impl WordIndex {
    /// An empty index sized for `n` words.
    pub fn with_capacity(n: usize) -> WordIndex {
        let size = (n.max(1) * 2).next_power_of_two();
        WordIndex {
            filter: vec![0; FILTER_BITS / 64],
            pairs: vec![0; PAIR_BITS / 64],
            slots: vec![None; size],
            mask: size - 1,
            arena: Vec::new(),
            len: 0,
        }
    }

    /// Doubles the table, keeping the load factor at most 1/2.
    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![None; size]);
        self.mask = size - 1;
        for s in old.into_iter().flatten() {
            let mut i = s.hash as usize & self.mask;
            while self.slots[i].is_some() {
                i = (i + 1) & self.mask;
            }
            self.slots[i] = Some(s);
        }
    }

    /// Adds a word; a word already present is left as it is.
    pub fn insert(&mut self, word: &[u8], entry: Entry) {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let h = hash(word);
        let bit = (h >> 40) as usize % FILTER_BITS;
        self.filter[bit / 64] |= 1 << (bit % 64);
        let mut i = h as usize & self.mask;
        loop {
            match &self.slots[i] {
                Some(s) if s.hash == h && self.key(s) == word => return,
                Some(_) => i = (i + 1) & self.mask,
                None => break,
            }
        }
        self.len += 1;
        let off = self.arena.len() as u32;
        self.arena.extend_from_slice(word);
        self.slots[i] = Some(Slot {
            hash: h,
            off,
            len: word.len() as u32,
            entry,
        });
    }

    fn key(&self, s: &Slot) -> &[u8] {
        let lo = s.off as usize;
        self.arena.get(lo..lo + s.len as usize).unwrap_or(&[])
    }

    /// The entry of a word, if it starts any key.
    #[inline]
    pub fn get(&self, word: &[u8]) -> Option<&Entry> {
        let h = hash(word);
        let bit = (h >> 40) as usize % FILTER_BITS;
        if self.filter.get(bit / 64)? & (1 << (bit % 64)) == 0 {
            return None;
        }
        let mut i = h as usize & self.mask;
        loop {
            let s = self.slots.get(i)?.as_ref()?;
            if s.hash == h && s.len as usize == word.len() && self.key(s) == word {
                return Some(&s.entry);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Records that some key starts with the words whose [`pair_hash`] is `h`.
    pub fn insert_pair(&mut self, h: u64) {
        let bit = (h >> 40) as usize % PAIR_BITS;
        self.pairs[bit / 64] |= 1 << (bit % 64);
    }

    /// False when no key starts with the words whose [`pair_hash`] is `h`.
    #[inline]
    pub fn maybe_pair(&self, h: u64) -> bool {
        let bit = (h >> 40) as usize % PAIR_BITS;
        self.pairs
            .get(bit / 64)
            .is_some_and(|w| w & (1 << (bit % 64)) != 0)
    }

    /// Heap bytes used.
    pub fn memory_usage(&self) -> usize {
        self.slots.len() * std::mem::size_of::<Option<Slot>>()
            + self.arena.len()
            + self.filter.len() * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_and_get() {
        let e = |p| Entry {
            pattern: Some(p),
            more: false,
            more_other: false,
            part: 0,
            state: StateID::default(),
        };
        let mut ix = WordIndex::with_capacity(1);
        let words: Vec<String> = (0..100).map(|i| format!("w{i}xxxxxxxxx{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            ix.insert(w.as_bytes(), e(i as u32));
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(ix.get(w.as_bytes()).and_then(|e| e.pattern), Some(i as u32));
        }
        assert!(ix.get(b"nope").is_none());
        assert!(ix.get(b"").is_none());
    }
}
