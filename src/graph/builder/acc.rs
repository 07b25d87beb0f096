//! The builder's accumulators: capped lists, compact evidence and the keys
//! that order them, so the result does not depend on arrival order.

use crate::analyse::pipeline::DocOutput;
use crate::base::types::{Evidence, Modality};
use crate::graph::ledger::id_hash;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

/// Documents listed per node at most (the count stays exact).
pub const MAX_NODE_DOCS: usize = 200;

/// Items a node's document list takes beyond [`MAX_NODE_DOCS`] before
/// it is compacted.
pub(super) const NODE_DOCS_SLACK: usize = MAX_NODE_DOCS / 8;

/// A fast hasher with a fixed seed, for maps whose iteration order never
/// reaches any output (every output is sorted first).
pub(super) type Fixed = foldhash::fast::FixedState;

/// Which documents a node's document list keeps: the earliest by
/// publication date (undated last), ties in the order of a 96-bit hash of
/// the id. Both parts come from the document itself, so a build and a
/// merge of shards choose the same documents; a list of keys holds no
/// strings (on a large corpus every list is full).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeDocKey {
    /// `YYYYMMDD`, or `u32::MAX` when undated.
    pub(super) date: u32,
    pub(super) hi: u64,
    pub(super) lo: u32,
}

impl NodeDocKey {
    /// The key of a document with this id and date (`YYYY-MM-DD`; any
    /// other form counts as undated).
    pub fn of(id: &str, date: Option<&str>) -> NodeDocKey {
        NodeDocKey::hashed(id_hash(id), date)
    }

    pub(super) fn hashed(h: u128, date: Option<&str>) -> NodeDocKey {
        NodeDocKey {
            date: date.and_then(pack_date).unwrap_or(u32::MAX),
            hi: (h >> 64) as u64,
            lo: h as u32,
        }
    }

    /// The id half of the key, which names the document.
    pub(super) fn doc(self) -> (u64, u32) {
        (self.hi, self.lo)
    }
}

/// Counts one unit of weight on `day` (a packed date), if dated.
pub(super) fn count_day(by_date: &mut BTreeMap<u32, u64>, day: Option<u32>) {
    if let Some(d) = day {
        *by_date.entry(d).or_insert(0) += 1;
    }
}

/// The `YYYY-MM-DD` form of a date packed by [`pack_date`].
pub(super) fn unpack_date(d: u32) -> String {
    crate::base::dates::ymd_text(d)
}

/// `YYYY-MM-DD` as the number `YYYYMMDD` (same order).
pub(super) fn pack_date(d: &str) -> Option<u32> {
    let b = d.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    b.iter()
        .enumerate()
        .filter(|&(i, _)| i != 4 && i != 7)
        .try_fold(0u32, |n, (_, &c)| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
}

#[derive(Debug)]
pub(super) struct NodeAcc {
    /// Entity index.
    pub(super) entity: u32,
    pub(super) mentions: u64,
    pub(super) documents: u64,
    pub(super) surface: BTreeMap<String, u64>,
    /// Holds the earliest documents (see [`NodeDocKey`] and [`Capped`]):
    /// keys, not ids, so that full lists keep no strings alive.
    pub(super) docs: Capped<NodeDocKey>,
    pub(super) first_seen: Option<Arc<str>>,
    pub(super) last_seen: Option<Arc<str>>,
}

/// The document half of an evidence item, shared by all the evidence one
/// document gives.
#[derive(Debug)]
pub(super) struct DocKey {
    pub(super) date: Option<Arc<str>>,
    pub(super) id: Arc<str>,
}

/// Trigger and modality of relation evidence (co-occurrence has neither).
#[derive(Debug, Clone)]
pub(super) struct RelInfo {
    pub(super) trigger: Option<String>,
    pub(super) modality: Option<Modality>,
}

/// A compact [`Evidence`]: 40 bytes instead of 80, which halves the
/// builder's largest structure. Ordered exactly like the `Evidence` it
/// becomes: (date, document, sentence, text, trigger, modality).
#[derive(Debug, Clone)]
pub(super) struct Ev {
    pub(super) doc: Arc<DocKey>,
    pub(super) sentence: u32,
    pub(super) text: Arc<str>,
    pub(super) rel: Option<Box<RelInfo>>,
}

impl Ev {
    pub(super) fn rel(&self) -> (Option<&str>, Option<Modality>) {
        self.rel
            .as_deref()
            .map_or((None, None), |r| (r.trigger.as_deref(), r.modality))
    }

    pub(super) fn into_evidence(self) -> Evidence {
        let (trigger, modality) = match self.rel {
            Some(r) => (r.trigger, r.modality),
            None => (None, None),
        };
        Evidence {
            date: self.doc.date.clone(),
            doc: self.doc.id.clone(),
            sentence: self.sentence,
            text: self.text,
            trigger,
            modality,
        }
    }
}

impl Ord for Ev {
    fn cmp(&self, o: &Ev) -> Ordering {
        let doc = if Arc::ptr_eq(&self.doc, &o.doc) {
            Ordering::Equal
        } else {
            (self.doc.date.as_deref(), &*self.doc.id).cmp(&(o.doc.date.as_deref(), &*o.doc.id))
        };
        doc.then(self.sentence.cmp(&o.sentence))
            .then_with(|| {
                if Arc::ptr_eq(&self.text, &o.text) {
                    Ordering::Equal
                } else {
                    self.text.cmp(&o.text)
                }
            })
            .then_with(|| self.rel().cmp(&o.rel()))
    }
}

impl PartialOrd for Ev {
    fn partial_cmp(&self, o: &Ev) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl PartialEq for Ev {
    fn eq(&self, o: &Ev) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}

impl Eq for Ev {}

#[derive(Debug, Default)]
pub(super) struct EdgeAcc {
    pub(super) directed: bool,
    pub(super) weight: u64,
    /// The weight by packed date (see [`pack_date`]); exact, never capped.
    pub(super) by_date: BTreeMap<u32, u64>,
    /// Holds the smallest distinct items, `max_evidence` of them.
    pub(super) evidence: Capped<Ev>,
}

/// A list that ends up holding the `n` smallest distinct items offered.
///
/// Items are appended unsorted; when the list reaches its cap plus some
/// slack it is sorted, deduplicated and cut to the cap, and its last item then bounds
/// what may enter: an item above it can never be among the smallest (the
/// bound only falls). Most offers cost one comparison or none, instead of
/// a binary search and an insertion into a sorted list, and the result
/// is the same. [`Capped::into_vec`] sorts and cuts for good.
#[derive(Debug)]
pub(super) struct Capped<T> {
    pub(super) items: Vec<T>,
    /// True once compacted: `items[n - 1]` is then the bound.
    pub(super) bounded: bool,
    /// True while `items` is sorted, distinct and within the cap (since
    /// the last compaction, nothing was added).
    pub(super) tidy: bool,
}

impl<T> Default for Capped<T> {
    fn default() -> Self {
        Capped {
            items: Vec::new(),
            bounded: false,
            tidy: true,
        }
    }
}

impl<T: Ord> Capped<T> {
    /// Offers an item: `above(bound)` tells, before the item is built,
    /// that it lies above the bound (it is then refused); `make` builds
    /// it. Returns true when the item was taken (for now).
    pub(super) fn offer(
        &mut self,
        n: usize,
        slack: usize,
        above: impl FnOnce(&T) -> bool,
        make: impl FnOnce() -> T,
    ) -> bool {
        if self.bounded && n > 0 && self.items.get(n - 1).is_some_and(above) {
            return false;
        }
        let limit = n.saturating_add(slack.max(1));
        let v = &mut self.items;
        if v.len() == v.capacity() {
            // Doubling, but never past the compaction size (plain doubling
            // would leave 31 items in 32 slots, or 400 in 512).
            let want = (2 * v.len()).max(4).min(limit);
            v.reserve_exact(want.saturating_sub(v.len()).max(1));
        }
        v.push(make());
        self.tidy = false;
        if v.len() >= limit {
            self.compact(n);
        }
        true
    }

    /// Sorts, deduplicates and cuts to `n`; sets the bound.
    pub(super) fn compact(&mut self, n: usize) {
        if !self.tidy {
            cap(&mut self.items, n);
            self.tidy = true;
        }
        self.bounded = self.items.len() >= n;
    }

    /// The `n` smallest distinct items, sorted.
    pub(super) fn into_vec(mut self, n: usize) -> Vec<T> {
        self.compact(n);
        self.items
    }

    pub(super) fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }
}

/// An edge share of a ledger line with its sort key: (kind rank, source
/// rank, target rank) and (kind, source, target).
pub(super) type EdgeKey = ((u32, u32, u32), (u32, u32, u32));

/// The document's shared evidence key, made on first use.
pub(super) fn doc_key<'k>(key: &'k mut Option<Arc<DocKey>>, doc: &DocOutput) -> &'k Arc<DocKey> {
    key.get_or_insert_with(|| {
        Arc::new(DocKey {
            date: doc.date.clone(),
            id: doc.id.clone(),
        })
    })
}

/// The shared copy of `t` in `set` (added if new).
pub(super) fn intern(set: &mut HashSet<Arc<str>, Fixed>, t: &Arc<str>) -> Arc<str> {
    if let Some(x) = set.get(t) {
        return x.clone();
    }
    set.insert(t.clone());
    t.clone()
}

/// The shared copy of `t` in `set` (added if new), from a plain string.
pub(super) fn intern_str(set: &mut HashSet<Arc<str>, Fixed>, t: &str) -> Arc<str> {
    if let Some(x) = set.get(t) {
        return x.clone();
    }
    let x: Arc<str> = Arc::from(t);
    set.insert(x.clone());
    x
}

/// Offers one evidence item to a capped list; compares (date, doc,
/// sentence) with the bound before building the item. Returns true when
/// it was taken.
pub(super) fn push_evidence(
    v: &mut Capped<Ev>,
    n: usize,
    doc: &DocOutput,
    sentence: u32,
    make: impl FnOnce() -> Ev,
) -> bool {
    if n == usize::MAX {
        v.items.push(make());
        v.tidy = false;
        return true;
    }
    let key = (doc.info.date.as_deref(), doc.info.id.as_str(), sentence);
    // A quarter of the cap as slack: waiting items keep their sentence
    // texts alive, and a compaction that finds the sorted run of kept
    // items only sorts the few new ones.
    v.offer(
        n,
        n / 4,
        |b| (b.doc.date.as_deref(), &*b.doc.id, b.sentence) < key,
        make,
    )
}

/// Sorts, deduplicates and keeps the `n` smallest items.
pub fn cap<T: Ord>(v: &mut Vec<T>, n: usize) {
    // A stable sort finds the sorted run a compacted list starts with and
    // only sorts what came after it.
    v.sort();
    v.dedup();
    v.truncate(n);
}
