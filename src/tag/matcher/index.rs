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

/// Longest word kept inside its slot; longer words live in the arena.
const INLINE: usize = 16;

/// Slot flags.
const OCCUPIED: u8 = 1;
const MORE: u8 = 2;
const MORE_OTHER: u8 = 4;
const HAS_PATTERN: u8 = 8;

/// One table slot, 32 bytes: two to a cache line. A word of up to
/// [`INLINE`] bytes (nearly every word of a text) is kept in the slot
/// itself, so a probe reads one line and compares two machine words
/// instead of following an offset into the arena, which cost a second
/// cache miss for every word that starts a key (a third of all words of
/// Indonesian news with the DBpedia list).
#[derive(Clone, Copy)]
struct Slot {
    /// The word, zero-padded, when it is at most [`INLINE`] bytes; else
    /// its arena offset (bytes 0..4) and length (bytes 4..8).
    key: [u8; INLINE],
    /// High half of the word's hash.
    tag: u32,
    /// The word's length, or `u8::MAX` for a word longer than [`INLINE`].
    len: u8,
    flags: u8,
    part: u16,
    /// Global pattern id, valid when `flags` has [`HAS_PATTERN`].
    pattern: u32,
    state: StateID,
}

const EMPTY: Slot = Slot {
    key: [0; INLINE],
    tag: 0,
    len: 0,
    flags: 0,
    part: 0,
    pattern: 0,
    state: StateID::ZERO,
};

/// A word zero-padded to [`INLINE`] bytes, when it fits.
#[inline]
fn padded(word: &[u8]) -> Option<[u8; INLINE]> {
    let mut k = [0; INLINE];
    k.get_mut(..word.len())?.copy_from_slice(word);
    Some(k)
}

/// Size of the filter bitmap in bits (128 KiB).
const FILTER_BITS: usize = 1 << 20;

/// Size of the pair bitmap in bits (256 KiB).
const PAIR_BITS: usize = 1 << 21;

/// Hash of a pair of words.
#[inline]
pub(crate) fn pair_hash(first: &[u8], second: &[u8]) -> u64 {
    pair_hash_of(hash(first), hash(second))
}

/// [`pair_hash`] from the two words' [`hash`]es.
#[inline]
pub(crate) fn pair_hash_of(first: u64, second: u64) -> u64 {
    (first.rotate_left(23) ^ second).wrapping_mul(0x9E37_79B9_7F4A_7C15)
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
    slots: Vec<Slot>,
    mask: usize,
    /// Words longer than [`INLINE`] bytes.
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
            slots: vec![EMPTY; size],
            mask: size - 1,
            arena: Vec::new(),
            len: 0,
        }
    }

    /// Doubles the table, keeping the load factor at most 1/2.
    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        self.mask = size - 1;
        for s in old.into_iter().filter(|s| s.flags & OCCUPIED != 0) {
            let mut i = hash(self.key(&s)) as usize & self.mask;
            while self.slots[i].flags & OCCUPIED != 0 {
                i = (i + 1) & self.mask;
            }
            self.slots[i] = s;
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
        if self.find(word, h).is_some() {
            return;
        }
        let mut i = h as usize & self.mask;
        while self.slots[i].flags & OCCUPIED != 0 {
            i = (i + 1) & self.mask;
        }
        self.len += 1;
        let (key, len) = match padded(word) {
            Some(k) => (k, word.len() as u8),
            None => {
                let mut k = [0; INLINE];
                k[..4].copy_from_slice(&(self.arena.len() as u32).to_le_bytes());
                k[4..8].copy_from_slice(&(word.len() as u32).to_le_bytes());
                self.arena.extend_from_slice(word);
                (k, u8::MAX)
            }
        };
        let flag = |on: bool, f: u8| if on { f } else { 0 };
        self.slots[i] = Slot {
            key,
            tag: (h >> 32) as u32,
            len,
            flags: OCCUPIED
                | flag(entry.more, MORE)
                | flag(entry.more_other, MORE_OTHER)
                | flag(entry.pattern.is_some(), HAS_PATTERN),
            part: entry.part,
            pattern: entry.pattern.unwrap_or(0),
            state: entry.state,
        };
    }

    /// The bytes of a slot's word.
    fn key<'a>(&'a self, s: &'a Slot) -> &'a [u8] {
        if s.len != u8::MAX {
            return s.key.get(..usize::from(s.len)).unwrap_or(&[]);
        }
        let word = |r: std::ops::Range<usize>| {
            let mut b = [0; 4];
            b.copy_from_slice(&s.key[r]);
            u32::from_le_bytes(b) as usize
        };
        let (lo, n) = (word(0..4), word(4..8));
        self.arena.get(lo..lo + n).unwrap_or(&[])
    }

    /// The slot of a word whose [`hash`] is `h`.
    #[inline]
    fn find(&self, word: &[u8], h: u64) -> Option<&Slot> {
        let tag = (h >> 32) as u32;
        let inline = padded(word);
        let mut i = h as usize & self.mask;
        loop {
            let s = self.slots.get(i)?;
            if s.flags & OCCUPIED == 0 {
                return None;
            }
            if s.tag == tag {
                let same = match inline {
                    Some(k) => s.len as usize == word.len() && s.key == k,
                    None => s.len == u8::MAX && self.key(s) == word,
                };
                if same {
                    return Some(s);
                }
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The entry of a word, if it starts any key.
    #[cfg(test)]
    pub fn get(&self, word: &[u8]) -> Option<Entry> {
        self.get_hashed(word, hash(word))
    }

    /// [`WordIndex::get`] for a word whose [`hash`] is already known.
    #[inline]
    pub fn get_hashed(&self, word: &[u8], h: u64) -> Option<Entry> {
        let bit = (h >> 40) as usize % FILTER_BITS;
        if self.filter.get(bit / 64)? & (1 << (bit % 64)) == 0 {
            return None;
        }
        let s = self.find(word, h)?;
        Some(Entry {
            pattern: (s.flags & HAS_PATTERN != 0).then_some(s.pattern),
            more: s.flags & MORE != 0,
            more_other: s.flags & MORE_OTHER != 0,
            part: s.part,
            state: s.state,
        })
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
        self.slots.len() * std::mem::size_of::<Slot>() + self.arena.len() + self.filter.len() * 8
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

    #[test]
    fn a_slot_is_half_a_cache_line() {
        assert_eq!(std::mem::size_of::<Slot>(), 32);
    }

    /// Words kept in the slot, at the limit, in the arena, and every
    /// entry field, through growth from a table sized for one word.
    #[test]
    fn inline_and_arena_words_keep_their_entries() {
        let e = |p: u32| Entry {
            pattern: (!p.is_multiple_of(3)).then_some(p),
            more: p.is_multiple_of(2),
            more_other: p.is_multiple_of(5),
            part: (p % 7) as u16,
            state: StateID::ZERO,
        };
        let words: Vec<Vec<u8>> = (0..300usize)
            .map(|i| {
                let n = i % 40;
                (0..n)
                    .map(|j| b'a' + ((i + j) % 26) as u8)
                    .collect::<Vec<u8>>()
            })
            .collect();
        let mut ix = WordIndex::with_capacity(1);
        let mut want = std::collections::HashMap::new();
        for (i, w) in words.iter().enumerate() {
            ix.insert(w, e(i as u32));
            want.entry(w.clone()).or_insert(i as u32);
        }
        for (w, &i) in &want {
            let got = ix.get(w).expect("inserted word found");
            let e = e(i);
            assert_eq!(
                (got.pattern, got.more, got.more_other, got.part),
                (e.pattern, e.more, e.more_other, e.part),
                "{}",
                String::from_utf8_lossy(w)
            );
        }
        // A word that shares a long word's first INLINE bytes, or an
        // inline word's bytes plus a zero, is another word.
        let long = words
            .iter()
            .find(|w| w.len() > INLINE)
            .expect("a long word");
        assert!(ix.get(&long[..INLINE]).is_none() || want.contains_key(&long[..INLINE]));
        let mut padded = words[3].clone();
        padded.push(0);
        assert!(ix.get(&padded).is_none());
    }
}
