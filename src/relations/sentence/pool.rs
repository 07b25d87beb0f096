//! The thread's pool of token, text, mention and flag vectors of dropped
//! sentences, for the sentences built after them to reuse.

use super::Ment;
use crate::relations::text::{tokenize, Tok};
use crate::relations::word_ids::ClassMask;
use std::ops::Range;

/// Token vectors of dropped sentences, for the next sentences to reuse:
/// a document's sentences are built and dropped one after another, and
/// every word's folded form would otherwise be a new allocation. The most
/// recent ones are kept with the text they were read from, because the
/// relation pass builds again most sentences the title pass built: a
/// sentence whose range and text equal a kept one's takes its tokens
/// instead of tokenising again (the tokens are a function of exactly
/// those two, so they are the same).
#[derive(Default)]
pub(super) struct Pool {
    /// Tokens free for any sentence.
    spare: Vec<Vec<Tok>>,
    /// Tokens of the last sentences dropped, oldest first.
    kept: std::collections::VecDeque<Kept>,
    /// Buffers for the text of a sentence, free for reuse.
    texts: Vec<String>,
    /// Mention vectors of dropped sentences, empty, for reuse.
    ments: Vec<Vec<Ment>>,
    /// Per-token flag vectors (`covered`, `demonym`) of dropped
    /// sentences, empty, for reuse.
    flags: Vec<Vec<bool>>,
}

/// The tokens of a dropped sentence and what they were read from.
struct Kept {
    /// The sentence's byte range in its document.
    range: Range<usize>,
    /// The text of that range.
    text: String,
    /// Its tokens.
    toks: Vec<Tok>,
    /// The stamp of the word table that numbered them (0: none) and the
    /// mask of their words' classes.
    numbered: (u64, ClassMask),
}

thread_local! {
    pub(super) static POOL: std::cell::RefCell<Pool> = std::cell::RefCell::new(Pool::default());
}

/// Most spare token vectors kept per thread (a document's sentences are
/// alive together while coreference reads them).
const SPARE_MAX: usize = 256;

/// Most dropped sentences whose tokens are kept for a rebuild: more than
/// the title pass builds in nearly every document.
const KEPT_MAX: usize = 64;

/// Longest token vector kept for reuse.
pub(super) const SPARE_TOKS_MAX: usize = 512;

impl Pool {
    /// The tokens of `text[range]`, a copy of that slice (empty when the
    /// range is not in the text) and the tokens' word table stamp (0:
    /// none) with the mask of their words' classes: from a kept sentence
    /// of that range and text, else tokenised.
    pub(super) fn tokens(
        &mut self,
        text: &str,
        range: &Range<usize>,
    ) -> (Vec<Tok>, String, (u64, ClassMask)) {
        let slice = text.get(range.clone()).unwrap_or("");
        // newest first: a sentence of the same range in an earlier
        // document is older
        let found = self
            .kept
            .iter()
            .rposition(|k| k.range == *range && k.text == slice);
        if let Some(k) = found.and_then(|i| self.kept.remove(i)) {
            return (k.toks, k.text, k.numbered);
        }
        let mut toks = self.spare.pop().unwrap_or_default();
        tokenize(text, range.clone(), &mut toks);
        let mut copy = self.texts.pop().unwrap_or_default();
        copy.clear();
        copy.push_str(slice);
        (toks, copy, (0, ClassMask::default()))
    }

    /// An empty mention vector and two empty flag vectors, reused when
    /// some are kept.
    pub(super) fn vectors(&mut self) -> (Vec<Ment>, Vec<bool>, Vec<bool>) {
        let ments = self.ments.pop().unwrap_or_default();
        let covered = self.flags.pop().unwrap_or_default();
        let demonym = self.flags.pop().unwrap_or_default();
        (ments, covered, demonym)
    }

    /// Keeps the vectors of a dropped sentence (emptied) for reuse, up to
    /// [`SPARE_MAX`] of each kind; a long one is freed.
    pub(super) fn put_vectors(&mut self, mut ments: Vec<Ment>, flags: [Vec<bool>; 2]) {
        if ments.capacity() > 0
            && ments.capacity() <= SPARE_TOKS_MAX
            && self.ments.len() < SPARE_MAX
        {
            ments.clear();
            self.ments.push(ments);
        }
        for mut f in flags {
            if f.capacity() > 0
                && f.capacity() <= SPARE_TOKS_MAX
                && self.flags.len() < 2 * SPARE_MAX
            {
                f.clear();
                self.flags.push(f);
            }
        }
    }

    /// Takes back the tokens of a dropped sentence, with what they were
    /// read from when known.
    pub(super) fn put(
        &mut self,
        toks: Vec<Tok>,
        read: Option<(Range<usize>, String)>,
        numbered: (u64, ClassMask),
    ) {
        let Some((range, text)) = read else {
            if self.spare.len() < SPARE_MAX {
                self.spare.push(toks);
            }
            return;
        };
        if self.kept.len() >= KEPT_MAX {
            if let Some(old) = self.kept.pop_front() {
                if self.spare.len() < SPARE_MAX {
                    self.spare.push(old.toks);
                }
                if self.texts.len() < SPARE_MAX {
                    self.texts.push(old.text);
                }
            }
        }
        self.kept.push_back(Kept {
            range,
            text,
            toks,
            numbered,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::{tokenize, Pool, KEPT_MAX};

    // A kept sentence's tokens are taken back only for the same range of
    // the same text: another text at that range, or another range, is
    // tokenised afresh, and every answer equals a fresh tokenisation.
    #[test]
    fn kept_tokens_are_reused_only_for_the_same_range_and_text() {
        let a = "Putin bertemu Kim di Moskwa. Ia tiba kemarin.";
        let b = "Biden bertemu Lee di Seoul. Dia tiba kemarin.";
        let fresh = |t: &str, r: std::ops::Range<usize>| {
            let mut v = Vec::new();
            tokenize(t, r, &mut v);
            v
        };
        let mut pool = Pool::default();
        // (a reversed range and one past the text are no slice: no tokens)
        let reversed = std::ops::Range { start: 5, end: 3 };
        let ranges = [0..28, 29..a.len(), 0..a.len(), reversed, 0..999];
        for _ in 0..2 {
            for text in [a, b, a] {
                for r in ranges.clone() {
                    let (toks, copy, _) = pool.tokens(text, &r);
                    assert_eq!(toks, fresh(text, r.clone()), "{text:?} {r:?}");
                    assert_eq!(copy, text.get(r.clone()).unwrap_or(""));
                    pool.put(toks, Some((r, copy)), (0, Default::default()));
                }
            }
        }
        assert!(pool.kept.len() <= KEPT_MAX);
        // the same sentence again takes the kept tokens, leaving one fewer
        let before = pool.kept.len();
        let (toks, _, _) = pool.tokens(a, &(0..28));
        assert_eq!(pool.kept.len(), before - 1);
        assert_eq!(toks, fresh(a, 0..28));
    }
}
