//! The first-word index looked up for every word of a text before the
//! matcher's walk.
//!
//! The matcher's loop goes from word to word, and where it goes next
//! depends on the last word's walk and the hit picked there; a probe of the
//! index (its filter bitmap, its table, its pair bitmap: each a likely
//! cache miss) then waits for the one before. Looked up here in a loop
//! whose rounds do not depend on each other, the probes of several words
//! are in flight at once.

use super::index::{self, Entry, WordIndex};
use crate::tag::normalize::{WORD_END, WORD_START};

/// One word of the text and what the index says of it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Looked {
    /// Offset of the word's [`WORD_START`].
    pub start: usize,
    /// Offset just after its [`WORD_END`].
    pub after: usize,
    /// [`index::hash`] of the word.
    pub hash: u64,
    /// Its entry, when some key starts with it.
    pub entry: Option<Entry>,
    /// Some key may go on with what follows the word: walk on.
    pub walk: bool,
}

/// Most entries a thread keeps in its [`Scratch`] between texts (a few
/// MB; the words of a text of half a megabyte): a longer text's vector is
/// freed after it.
const KEEP_MAX: usize = 1 << 16;

thread_local! {
    static KEPT: std::cell::Cell<Vec<Looked>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The look-ahead vector of one text, taken from the thread's kept one
/// and given back when dropped: a vector allocated per document (an eighth
/// of the text's length in entries) was new, cold memory for every
/// document.
pub(super) struct Scratch(pub Vec<Looked>);

impl Scratch {
    /// The thread's kept vector (empty), or a new one of `capacity`.
    pub fn take(capacity: usize) -> Scratch {
        let mut v = KEPT.try_with(std::cell::Cell::take).unwrap_or_default();
        v.clear();
        v.reserve(capacity);
        Scratch(v)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if self.0.capacity() <= KEEP_MAX {
            let v = std::mem::take(&mut self.0);
            // (a thread being torn down just frees it)
            let _ = KEPT.try_with(|k| k.set(v));
        }
    }
}

/// The words of `hay` from offset `from` on as the matcher's loop finds
/// them (from a [`WORD_START`] to the next [`WORD_END`], the next word
/// searched from there), each looked up in `first`, into `out` (cleared
/// first).
pub(super) fn look_up(first: &WordIndex, hay: &[u8], from: usize, out: &mut Vec<Looked>) {
    out.clear();
    let mut pos = from;
    while let Some(off) = hay[pos..].iter().position(|&b| b == WORD_START) {
        let start = pos + off;
        let Some(len) = hay[start + 1..].iter().position(|&b| b == WORD_END) else {
            break;
        };
        let after = start + len + 2;
        out.push(word(hay, start, after));
        pos = after;
    }
    probe(first, hay, out);
}

/// [`look_up`] from the start of `hay` with its words given: `spans`
/// ([`Normalized::words`](crate::tag::normalize::Normalized::words)),
/// which are the words the search for the markers finds, so the bytes
/// are not searched again.
pub(super) fn look_up_spans(
    first: &WordIndex,
    hay: &[u8],
    spans: &[[u32; 2]],
    out: &mut Vec<Looked>,
) {
    out.clear();
    out.extend(
        spans
            .iter()
            .map(|&[s, a]| word(hay, s as usize, a as usize)),
    );
    probe(first, hay, out);
}

/// The word of `hay` from its [`WORD_START`] at `start` to just after its
/// [`WORD_END`] at `after`, hashed, not yet looked up.
#[inline]
fn word(hay: &[u8], start: usize, after: usize) -> Looked {
    Looked {
        start,
        after,
        hash: index::hash(&hay[start + 1..after - 1]),
        entry: None,
        walk: false,
    }
}

/// Looks every word of `out` up in `first`.
fn probe(first: &WordIndex, hay: &[u8], out: &mut [Looked]) {
    for i in 0..out.len() {
        let w = out[i];
        let Some(entry) = first.get_hashed(&hay[w.start + 1..w.after - 1], w.hash) else {
            continue;
        };
        // The next word, when it starts right after this one: the pair
        // filter's second word.
        let next = out.get(i + 1).filter(|n| n.start == w.after);
        let walk = entry.more
            && match hay.get(w.after) {
                Some(&WORD_START) => {
                    entry.more_other
                        || next
                            .is_some_and(|n| first.maybe_pair(index::pair_hash_of(w.hash, n.hash)))
                }
                Some(_) => entry.more_other,
                None => false,
            };
        out[i].entry = Some(entry);
        out[i].walk = walk;
    }
}
