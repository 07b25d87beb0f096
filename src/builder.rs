//! Folds analysed documents into a [`KnowledgeGraph`].
//!
//! Counts are exact; evidence lists and per-node document lists are capped,
//! keeping the smallest items in a fixed order (evidence by date, document,
//! sentence; node documents by [`NodeDocKey`]: earliest first), so the
//! result does not depend on the order documents arrive in.

use crate::export::escape::{json_str, push_u64};
use crate::gazetteer::Gazetteer;
use crate::graph::{
    DocInfo, Edge, EdgeRecord, Evidence, GraphData, KnowledgeGraph, Node, COOCCURRENCE, FORMAT,
};
use crate::idset::IdSet;
use crate::ledger::id_hash;
use crate::pipeline::DocOutput;
use crate::types::{Modality, Window};
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

/// Documents listed per node at most (the count stays exact).
pub const MAX_NODE_DOCS: usize = 200;

/// Items a node's document list takes beyond [`MAX_NODE_DOCS`] before
/// it is compacted.
const NODE_DOCS_SLACK: usize = MAX_NODE_DOCS / 8;

/// A fast hasher with a fixed seed, for maps whose iteration order never
/// reaches any output (every output is sorted first).
type Fixed = foldhash::fast::FixedState;

/// Which documents a node's document list keeps: the earliest by
/// publication date (undated last), ties in the order of a 96-bit hash of
/// the id. Both parts come from the document itself, so a build and a
/// merge of shards choose the same documents; a list of keys holds no
/// strings (on a large corpus every list is full).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeDocKey {
    /// `YYYYMMDD`, or `u32::MAX` when undated.
    date: u32,
    hi: u64,
    lo: u32,
}

impl NodeDocKey {
    /// The key of a document with this id and date (`YYYY-MM-DD`; any
    /// other form counts as undated).
    pub fn of(id: &str, date: Option<&str>) -> NodeDocKey {
        NodeDocKey::hashed(id_hash(id), date)
    }

    fn hashed(h: u128, date: Option<&str>) -> NodeDocKey {
        NodeDocKey {
            date: date.and_then(pack_date).unwrap_or(u32::MAX),
            hi: (h >> 64) as u64,
            lo: h as u32,
        }
    }

    /// The id half of the key, which names the document.
    fn doc(self) -> (u64, u32) {
        (self.hi, self.lo)
    }
}

/// `YYYY-MM-DD` as the number `YYYYMMDD` (same order).
fn pack_date(d: &str) -> Option<u32> {
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

/// One typed relation instance, ready to become evidence on an edge.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RelationEdge {
    /// Relation kind (`meets`, `visits`, ...).
    pub kind: String,
    /// Source entity index.
    pub source: u32,
    /// Target entity index.
    pub target: u32,
    /// False for symmetric kinds.
    pub directed: bool,
    /// Supporting sentence, trigger and modality.
    pub evidence: Evidence,
}

#[derive(Debug)]
struct NodeAcc {
    /// Entity index.
    entity: u32,
    mentions: u64,
    documents: u64,
    surface: BTreeMap<String, u64>,
    /// Holds the earliest documents (see [`NodeDocKey`] and [`Capped`]):
    /// keys, not ids, so that full lists keep no strings alive.
    docs: Capped<NodeDocKey>,
    first_seen: Option<Arc<str>>,
    last_seen: Option<Arc<str>>,
}

/// The document half of an evidence item, shared by all the evidence one
/// document gives.
#[derive(Debug)]
struct DocKey {
    date: Option<Arc<str>>,
    id: Arc<str>,
}

/// Trigger and modality of relation evidence (co-occurrence has neither).
#[derive(Debug, Clone)]
struct RelInfo {
    trigger: Option<String>,
    modality: Option<Modality>,
}

/// A compact [`Evidence`]: 40 bytes instead of 80, which halves the
/// builder's largest structure. Ordered exactly like the `Evidence` it
/// becomes: (date, document, sentence, text, trigger, modality).
#[derive(Debug, Clone)]
struct Ev {
    doc: Arc<DocKey>,
    sentence: u32,
    text: Arc<str>,
    rel: Option<Box<RelInfo>>,
}

impl Ev {
    fn rel(&self) -> (Option<&str>, Option<Modality>) {
        self.rel
            .as_deref()
            .map_or((None, None), |r| (r.trigger.as_deref(), r.modality))
    }

    fn into_evidence(self) -> Evidence {
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
struct EdgeAcc {
    directed: bool,
    weight: u64,
    /// Holds the smallest distinct items, `max_evidence` of them.
    evidence: Capped<Ev>,
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
struct Capped<T> {
    items: Vec<T>,
    /// True once compacted: `items[n - 1]` is then the bound.
    bounded: bool,
    /// True while `items` is sorted, distinct and within the cap (since
    /// the last compaction, nothing was added).
    tidy: bool,
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
    fn offer(
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
    fn compact(&mut self, n: usize) {
        if !self.tidy {
            cap(&mut self.items, n);
            self.tidy = true;
        }
        self.bounded = self.items.len() >= n;
    }

    /// The `n` smallest distinct items, sorted.
    fn into_vec(mut self, n: usize) -> Vec<T> {
        self.compact(n);
        self.items
    }

    fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }
}

/// An edge share of a ledger line with its sort key: (kind rank, source
/// rank, target rank) and (kind, source, target).
type EdgeKey = ((u32, u32, u32), (u32, u32, u32));

/// Interned texts are pruned when their number doubles, from this many.
const PRUNE_MIN: usize = 4096;

/// Index of [`COOCCURRENCE`] in [`GraphBuilder::kinds`].
const COOC_KIND: u32 = 0;

/// Accumulates documents into a graph.
///
/// Memory does not grow with the corpus beyond a 128-bit hash of each
/// document id (for the duplicate check): evidence and node document
/// lists are kept capped at all times, and document metadata is not kept
/// at all: the caller streams it to a spool and walks it again in
/// [`GraphBuilder::finish_with`].
#[derive(Debug)]
pub struct GraphBuilder<'g> {
    gaz: &'g Gazetteer,
    window: Window,
    max_evidence: usize,
    seen: IdSet,
    texts_prune_at: usize,
    /// Interned evidence sentences: one copy per distinct text.
    texts: HashSet<Arc<str>, Fixed>,
    /// Slot in `nodes` of each entity index (`u32::MAX`: none yet): a
    /// direct lookup, 4 bytes per gazetteer entity.
    slot: Vec<u32>,
    nodes: Vec<NodeAcc>,
    /// Edge kinds met so far; [`COOCCURRENCE`] first.
    kinds: Vec<String>,
    /// Rank of each kind in string order (ledger lines sort by it).
    kind_rank: Vec<u32>,
    /// Edges by (kind index, source, target).
    edges: HashMap<(u32, u32, u32), EdgeAcc, Fixed>,
    negated: Vec<RelationEdge>,
    /// Scratch for one document's ledger line: entity indexes, edge
    /// shares (kind index, source, target) and the line itself.
    line_entities: Vec<u32>,
    line_edges: Vec<(u32, u32, u32)>,
    line_local: Vec<u32>,
    line_rank: Vec<(u32, u32)>,
    line_keyed: Vec<EdgeKey>,
    line: Vec<u8>,
}

impl<'g> GraphBuilder<'g> {
    /// An empty builder over entities of `gaz`; `max_evidence` 0 keeps all
    /// evidence.
    pub fn new(gaz: &'g Gazetteer, window: Window, max_evidence: usize) -> GraphBuilder<'g> {
        GraphBuilder {
            gaz,
            window,
            max_evidence: if max_evidence == 0 {
                usize::MAX
            } else {
                max_evidence
            },
            seen: IdSet::default(),
            texts_prune_at: PRUNE_MIN,
            texts: HashSet::default(),
            slot: vec![u32::MAX; gaz.entities.len()],
            nodes: Vec::new(),
            kinds: vec![COOCCURRENCE.to_string()],
            kind_rank: vec![0],
            edges: HashMap::default(),
            negated: Vec::new(),
            line_entities: Vec::new(),
            line_edges: Vec::new(),
            line_local: Vec::new(),
            line_rank: Vec::new(),
            line_keyed: Vec::new(),
            line: Vec::new(),
        }
    }

    /// Number of documents folded in so far.
    pub fn documents(&self) -> usize {
        self.seen.len()
    }

    /// Folds one document in, with its relation instances, and returns
    /// what it contributed: its ledger line (see [`crate::ledger`]), with
    /// the trailing newline. Returns `None`, and changes nothing, when a
    /// document with the same id was already added: a document is
    /// counted once.
    pub fn add(&mut self, doc: &DocOutput) -> Option<&[u8]> {
        let id_hash = id_hash(&doc.info.id);
        if !self.seen.insert(id_hash) {
            return None;
        }
        let id: &Arc<str> = &doc.id;
        let date = doc.date.as_ref();
        // The shared document half of this document's evidence, made on
        // first use.
        let mut key: Option<Arc<DocKey>> = None;
        let node_key = NodeDocKey::hashed(id_hash, date.map(|d| &**d));
        let mut referenced = false;
        self.line_entities.clear();
        self.line_edges.clear();
        for (&e, count) in &doc.entities {
            let n = match self.slot.get(e as usize) {
                Some(&i) if i != u32::MAX => self.nodes.get_mut(i as usize),
                Some(_) => {
                    let i = self.nodes.len() as u32;
                    if let Some(s) = self.slot.get_mut(e as usize) {
                        *s = i;
                    }
                    self.nodes.push(NodeAcc {
                        entity: e,
                        mentions: 0,
                        documents: 0,
                        surface: BTreeMap::new(),
                        docs: Capped::default(),
                        first_seen: None,
                        last_seen: None,
                    });
                    self.nodes.last_mut()
                }
                // Not a gazetteer entity: nothing to attach it to.
                None => None,
            };
            let Some(n) = n else {
                continue;
            };
            n.mentions += count.mentions;
            n.documents += 1;
            for (s, c) in &count.surface {
                match n.surface.get_mut(s) {
                    Some(v) => *v += c,
                    None => {
                        n.surface.insert(s.clone(), *c);
                    }
                }
            }
            // A document equal to the bound is already listed.
            referenced |= n.docs.offer(
                MAX_NODE_DOCS,
                NODE_DOCS_SLACK,
                |b| *b <= node_key,
                || node_key,
            );
            self.line_entities.push(e);
            if let Some(d) = date {
                if n.first_seen.as_ref().is_none_or(|f| d < f) {
                    n.first_seen = Some(d.clone());
                }
                if n.last_seen.as_ref().is_none_or(|l| d > l) {
                    n.last_seen = Some(d.clone());
                }
            }
        }
        for p in &doc.pairs {
            let Some((a, b)) = self.oriented(false, p.a, p.b) else {
                continue;
            };
            let acc = self.edges.entry((COOC_KIND, a, b)).or_default();
            acc.weight += 1;
            let texts = &mut self.texts;
            // Texts are interned only when kept: one shared copy each.
            referenced |= push_evidence(
                &mut acc.evidence,
                self.max_evidence,
                doc,
                p.sentence,
                || {
                    let text = match doc.sentences.get(&p.sentence) {
                        Some(t) => intern(texts, t),
                        None => intern_str(texts, ""),
                    };
                    Ev {
                        doc: doc_key(&mut key, doc).clone(),
                        sentence: p.sentence,
                        text,
                        rel: None,
                    }
                },
            );
            self.line_edges.push((COOC_KIND, a, b));
        }
        let mut rels: Vec<&RelationEdge> = doc.relations.iter().collect();
        rels.sort();
        // One evidence sentence counts once per edge, whatever its triggers.
        rels.dedup_by(|a, b| {
            (
                &a.kind,
                a.source,
                a.target,
                a.evidence.sentence,
                a.evidence.modality == Some(Modality::Negated),
            ) == (
                &b.kind,
                b.source,
                b.target,
                b.evidence.sentence,
                b.evidence.modality == Some(Modality::Negated),
            )
        });
        for r in rels {
            if r.evidence.modality == Some(Modality::Negated) {
                self.negated.push(r.clone());
                referenced = true;
                continue;
            }
            let Some((a, b)) = self.oriented(r.directed, r.source, r.target) else {
                continue;
            };
            let kind = match self.kinds.iter().position(|k| *k == r.kind) {
                Some(k) => k as u32,
                None => {
                    self.kinds.push(r.kind.clone());
                    let kinds = &self.kinds;
                    let mut order: Vec<usize> = (0..kinds.len()).collect();
                    order.sort_by(|&x, &y| kinds.get(x).cmp(&kinds.get(y)));
                    self.kind_rank = vec![0; order.len()];
                    for (rank, &k) in order.iter().enumerate() {
                        if let Some(r) = self.kind_rank.get_mut(k) {
                            *r = rank as u32;
                        }
                    }
                    (self.kinds.len() - 1) as u32
                }
            };
            let acc = self.edges.entry((kind, a, b)).or_default();
            acc.directed = r.directed;
            acc.weight += 1;
            let texts = &mut self.texts;
            referenced |= push_evidence(
                &mut acc.evidence,
                self.max_evidence,
                doc,
                r.evidence.sentence,
                || {
                    let ev = &r.evidence;
                    // Relation evidence names its own document: share the
                    // document's key when it is the same (it always is
                    // for a DocOutput built by the pipeline).
                    let same = *ev.doc == **id && ev.date.as_deref() == date.map(|d| &**d);
                    let dk = if same {
                        doc_key(&mut key, doc).clone()
                    } else {
                        Arc::new(DocKey {
                            date: ev.date.clone(),
                            id: ev.doc.clone(),
                        })
                    };
                    Ev {
                        doc: dk,
                        sentence: ev.sentence,
                        text: intern(texts, &ev.text),
                        rel: (ev.trigger.is_some() || ev.modality.is_some()).then(|| {
                            Box::new(RelInfo {
                                trigger: ev.trigger.clone(),
                                modality: ev.modality,
                            })
                        }),
                    }
                },
            );
            self.line_edges.push((kind, a, b));
        }
        if referenced && self.texts.len() >= self.texts_prune_at {
            self.prune();
        }
        self.write_line(&doc.info, doc);
        Some(&self.line)
    }

    /// The entity id of index `e` (the empty string for an unknown index,
    /// which [`GraphBuilder::add`] never lets through).
    fn eid(&self, e: u32) -> &str {
        self.gaz
            .entities
            .get(e as usize)
            .map_or("", |x| x.id.as_str())
    }

    /// Fills `self.line` with the ledger line of the document just added:
    /// the bytes `ledger::write_line` gives for the same contribution.
    fn write_line(&mut self, info: &DocInfo, doc: &DocOutput) {
        let mut ents = std::mem::take(&mut self.line_entities);
        let mut edges = std::mem::take(&mut self.line_edges);
        let mut out = std::mem::take(&mut self.line);
        out.clear();
        out.extend_from_slice(b"{\"id\":");
        json_str(&mut out, &info.id);
        for (name, v) in [
            (&b",\"title\":"[..], &info.title),
            (b",\"date\":", &info.date),
            (b",\"url\":", &info.url),
        ] {
            if let Some(v) = v {
                out.extend_from_slice(name);
                json_str(&mut out, v);
            }
        }
        out.extend_from_slice(b",\"entities\":[");
        // Local ranks: the document's entities and edge endpoints sorted
        // by id once, so edges sort by integers, not by three strings.
        let mut local = std::mem::take(&mut self.line_local);
        local.clear();
        local.extend(ents.iter().copied());
        for &(_, a, b) in &edges {
            local.push(a);
            local.push(b);
        }
        local.sort_unstable();
        local.dedup();
        local.sort_unstable_by(|&a, &b| self.eid(a).cmp(self.eid(b)));
        let mut rank = std::mem::take(&mut self.line_rank);
        rank.clear();
        rank.extend(local.iter().enumerate().map(|(r, &e)| (e, r as u32)));
        rank.sort_unstable();
        let rank_of = |e: u32| {
            rank.binary_search_by_key(&e, |x| x.0)
                .ok()
                .and_then(|i| rank.get(i))
                .map_or(u32::MAX, |x| x.1)
        };
        ents.sort_by_cached_key(|&e| rank_of(e));
        let mut first = true;
        for e in &ents {
            let Some(count) = doc.entities.get(e) else {
                continue;
            };
            if !first {
                out.push(b',');
            }
            first = false;
            out.extend_from_slice(b"{\"id\":");
            json_str(&mut out, self.eid(*e));
            out.extend_from_slice(b",\"mentions\":");
            push_u64(&mut out, count.mentions);
            out.extend_from_slice(b",\"surface\":{");
            for (j, (s, c)) in count.surface.iter().enumerate() {
                if j > 0 {
                    out.push(b',');
                }
                json_str(&mut out, s);
                out.push(b':');
                push_u64(&mut out, *c);
            }
            out.extend_from_slice(b"}}");
        }
        out.extend_from_slice(b"],\"edges\":[");
        let kinds = &self.kinds;
        let kind = |k: u32| kinds.get(k as usize).map_or("", String::as_str);
        let krank = |k: u32| self.kind_rank.get(k as usize).copied().unwrap_or(u32::MAX);
        // Keys computed once per edge, not once per comparison.
        let mut keyed = std::mem::take(&mut self.line_keyed);
        keyed.clear();
        keyed.extend(
            edges
                .iter()
                .map(|&(k, a, b)| ((krank(k), rank_of(a), rank_of(b)), (k, a, b))),
        );
        keyed.sort_unstable();
        edges.clear();
        edges.extend(keyed.iter().map(|x| x.1));
        self.line_keyed = keyed;
        first = true;
        for run in edges.chunk_by(|x, y| x == y) {
            let Some(&(k, a, b)) = run.first() else {
                continue;
            };
            if !first {
                out.push(b',');
            }
            first = false;
            out.extend_from_slice(b"{\"kind\":");
            json_str(&mut out, kind(k));
            out.extend_from_slice(b",\"source\":");
            json_str(&mut out, self.eid(a));
            out.extend_from_slice(b",\"target\":");
            json_str(&mut out, self.eid(b));
            out.extend_from_slice(b",\"weight\":");
            push_u64(&mut out, run.len() as u64);
            out.push(b'}');
        }
        self.line_local = local;
        self.line_rank = rank;
        out.extend_from_slice(b"]}\n");
        self.line = out;
        ents.clear();
        edges.clear();
        self.line_entities = ents;
        self.line_edges = edges;
    }

    /// Endpoints in stored order (smaller id first when undirected), or
    /// `None` for an unknown entity.
    fn oriented(&self, directed: bool, a: u32, b: u32) -> Option<(u32, u32)> {
        let ia = &self.gaz.entities.get(a as usize)?.id;
        let ib = &self.gaz.entities.get(b as usize)?.id;
        Some(if directed || ia <= ib { (a, b) } else { (b, a) })
    }

    /// Drops interned texts that no kept evidence refers to any more (a
    /// capped list never takes an evicted item back).
    fn prune(&mut self) {
        self.texts.retain(|t| Arc::strong_count(t) > 1);
        self.texts_prune_at = (2 * self.texts.len()).max(PRUNE_MIN);
    }

    /// Cuts every list to its cap, for good.
    fn compact_all(&mut self) {
        for n in &mut self.nodes {
            n.docs.compact(MAX_NODE_DOCS);
        }
        let max = self.max_evidence;
        for e in self.edges.values_mut() {
            e.evidence.compact(max);
        }
    }

    /// The finished graph, with entity data from `gaz` and `documents`:
    /// the metadata of every document added (the graph keeps those its
    /// lists refer to).
    pub fn finish(self, documents: Vec<DocInfo>) -> KnowledgeGraph {
        let done: Result<_, std::convert::Infallible> = self.finish_with(|keep| {
            Ok(documents
                .into_iter()
                .filter(|d| keep(&d.id).is_some())
                .collect::<Vec<_>>())
        });
        match done {
            Ok((mut g, docs)) => {
                g.documents = docs;
                g.documents.sort();
                g
            }
            Err(e) => match e {},
        }
    }

    /// The finished graph, with entity data from `gaz` but no document
    /// metadata, and what `index` makes of it. `index` walks the metadata
    /// of every document added (a build's spool, see
    /// [`crate::spool::MetaSpool::index`]) and asks `keep` about each id:
    /// `keep` names the documents graph.json lists (those the evidence and
    /// node document lists refer to), returning the id string the graph
    /// shares, or `None` for the others.
    ///
    /// # Errors
    /// Returns the error of `index`.
    pub fn finish_with<D, E>(
        mut self,
        index: impl FnOnce(&mut dyn FnMut(&str) -> Option<Arc<str>>) -> Result<D, E>,
    ) -> Result<(KnowledgeGraph, D), E> {
        self.compact_all();
        // Evidence names its documents; node lists hold keys, named by
        // the ids `index` walks past.
        let mut evidence_ids: HashSet<Arc<str>, Fixed> = HashSet::default();
        let mut last: Option<&Arc<DocKey>> = None;
        for e in self.edges.values() {
            for ev in e.evidence.iter() {
                // Neighbouring items often share their document.
                if last.is_some_and(|l| Arc::ptr_eq(l, &ev.doc)) {
                    continue;
                }
                last = Some(&ev.doc);
                evidence_ids.insert(ev.doc.id.clone());
            }
        }
        evidence_ids.extend(self.negated.iter().map(|r| r.evidence.doc.clone()));
        let mut named: HashMap<(u64, u32), Option<Arc<str>>, Fixed> = HashMap::default();
        for n in &self.nodes {
            named.extend(n.docs.iter().map(|k| (k.doc(), None)));
        }
        let docs = index(&mut |id: &str| {
            let shared = evidence_ids.get(id).cloned();
            let h = id_hash(id);
            let k = NodeDocKey::hashed(h, None).doc();
            match named.get_mut(&k) {
                Some(slot) => {
                    let id = slot
                        .get_or_insert_with(|| shared.unwrap_or_else(|| Arc::from(id)))
                        .clone();
                    Some(id)
                }
                None => shared,
            }
        })?;
        drop(evidence_ids);
        let gaz = self.gaz;
        let id_of = |e: u32| gaz.entities.get(e as usize).map(|x| x.id.clone());
        let mut nodes = Vec::with_capacity(self.nodes.len());
        for acc in self.nodes {
            let Some(ent) = gaz.entities.get(acc.entity as usize) else {
                continue;
            };
            nodes.push(Node {
                id: ent.id.clone(),
                name: ent.name.clone(),
                etype: ent.etype,
                qid: ent.qid.clone(),
                aliases: ent.full_names().to_vec(),
                mentions: acc.mentions,
                documents: acc.documents,
                surface: acc.surface,
                docs: {
                    let mut ids: Vec<Arc<str>> = acc
                        .docs
                        .into_vec(MAX_NODE_DOCS)
                        .into_iter()
                        .filter_map(|k| named.get(&k.doc()).cloned().flatten())
                        .collect();
                    ids.sort_unstable();
                    ids
                },
                first_seen: acc.first_seen.map(|d| d.to_string()),
                last_seen: acc.last_seen.map(|d| d.to_string()),
            });
        }
        let mut edges = Vec::with_capacity(self.edges.len());
        for ((k, a, b), acc) in self.edges {
            let (Some(source), Some(target), Some(kind)) =
                (id_of(a), id_of(b), self.kinds.get(k as usize))
            else {
                continue;
            };
            edges.push(EdgeRecord {
                source,
                target,
                edge: Edge {
                    kind: kind.clone(),
                    directed: acc.directed,
                    weight: acc.weight,
                    evidence: acc
                        .evidence
                        .into_vec(self.max_evidence)
                        .into_iter()
                        .map(Ev::into_evidence)
                        .collect(),
                },
            });
        }
        let negated: Vec<_> = self
            .negated
            .into_iter()
            .filter_map(|r| {
                Some(crate::graph::NegatedRelation {
                    kind: r.kind,
                    source: id_of(r.source)?,
                    target: id_of(r.target)?,
                    evidence: r.evidence,
                })
            })
            .collect();
        let data = GraphData {
            format: FORMAT.to_string(),
            window: self.window,
            evidence_limit: if self.max_evidence == usize::MAX {
                0
            } else {
                self.max_evidence as u64
            },
            document_count: self.seen.len() as u64,
            documents: Vec::new(),
            nodes,
            edges,
            negated,
        };
        Ok((KnowledgeGraph::from_data(data).0, docs))
    }
}

/// The document's shared evidence key, made on first use.
fn doc_key<'k>(key: &'k mut Option<Arc<DocKey>>, doc: &DocOutput) -> &'k Arc<DocKey> {
    key.get_or_insert_with(|| {
        Arc::new(DocKey {
            date: doc.date.clone(),
            id: doc.id.clone(),
        })
    })
}

/// The shared copy of `t` in `set` (added if new).
fn intern(set: &mut HashSet<Arc<str>, Fixed>, t: &Arc<str>) -> Arc<str> {
    if let Some(x) = set.get(t) {
        return x.clone();
    }
    set.insert(t.clone());
    t.clone()
}

/// The shared copy of `t` in `set` (added if new), from a plain string.
fn intern_str(set: &mut HashSet<Arc<str>, Fixed>, t: &str) -> Arc<str> {
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
fn push_evidence(
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
pub(crate) fn cap<T: Ord>(v: &mut Vec<T>, n: usize) {
    // A stable sort finds the sorted run a compacted list starts with and
    // only sorts what came after it.
    v.sort();
    v.dedup();
    v.truncate(n);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_lists_keep_the_smallest_distinct_items() {
        let offers = [9u32, 3, 7, 3, 1, 8, 2, 6, 5, 4, 0, 11, 10, 1, 12, 0];
        for n in [1, 2, 3, 5, 25] {
            let mut v: Capped<u32> = Capped::default();
            let mut refused = 0;
            for x in offers {
                if !v.offer(n, n / 2, |b| *b < x, || x) {
                    refused += 1;
                }
                let limit = n + (n / 2).max(1);
                assert!(v.items.len() < limit && v.items.capacity() <= limit.max(4));
            }
            let mut want: Vec<u32> = (0..13).collect();
            want.truncate(n);
            assert_eq!(v.into_vec(n), want, "cap {n}");
            // Small caps refuse items above the bound without building them.
            if n <= 3 {
                assert!(refused > 0, "cap {n}");
            }
        }
    }

    use crate::ledger::{EdgeShare, EntityShare, LedgerDoc};
    use crate::pipeline::{EntityCount, Pair};

    fn doc(id: &str, date: Option<&str>, ents: &[u32], pairs: &[(u32, u32, u32)]) -> DocOutput {
        let mut d = DocOutput {
            info: DocInfo {
                id: id.into(),
                title: Some(format!("T\u{e9}tre \"{id}\"")),
                date: date.map(str::to_string),
                url: None,
            },
            ..DocOutput::default()
        };
        d.id = Arc::from(id);
        d.date = date.map(Arc::from);
        for &e in ents {
            let surface = [(format!("S{e}\t\u{1}"), 2), ("x".to_string(), 1)].into();
            d.entities.insert(
                e,
                EntityCount {
                    mentions: 3,
                    surface,
                },
            );
        }
        for &(a, b, sentence) in pairs {
            d.pairs.push(Pair { a, b, sentence });
            d.sentences
                .insert(sentence, Arc::from(format!("sentence {sentence} of {id}")));
        }
        d
    }

    /// The ledger line the builder wrote before it wrote lines itself.
    fn old_line(gaz: &Gazetteer, d: &DocOutput) -> Vec<u8> {
        let id = |e: u32| gaz.entities[e as usize].id.clone();
        let mut entities: Vec<EntityShare> = d
            .entities
            .iter()
            .map(|(&e, c)| EntityShare {
                id: id(e),
                mentions: c.mentions,
                surface: c.surface.clone(),
            })
            .collect();
        entities.sort_by(|a, b| a.id.cmp(&b.id));
        let mut shares: BTreeMap<(String, String, String), u64> = BTreeMap::new();
        for p in &d.pairs {
            let (a, b) = (id(p.a), id(p.b));
            let (s, t) = if a <= b { (a, b) } else { (b, a) };
            *shares.entry((COOCCURRENCE.into(), s, t)).or_insert(0) += 1;
        }
        for r in &d.relations {
            *shares
                .entry((r.kind.clone(), id(r.source), id(r.target)))
                .or_insert(0) += 1;
        }
        let line = LedgerDoc {
            info: d.info.clone(),
            entities,
            edges: shares
                .into_iter()
                .map(|((kind, source, target), weight)| EdgeShare {
                    kind,
                    source,
                    target,
                    weight,
                })
                .collect(),
        };
        let mut buf = Vec::new();
        crate::ledger::write_line(&mut buf, &line).unwrap();
        buf
    }

    #[test]
    fn ledger_lines_and_capped_evidence_match_the_plain_definitions() {
        let gaz = Gazetteer::builtin().unwrap();
        // Entities whose index order differs from their id order.
        let mut by_id: Vec<u32> = (0..12).collect();
        by_id.sort_by(|&a, &b| {
            gaz.entities[b as usize]
                .id
                .cmp(&gaz.entities[a as usize].id)
        });
        let e = |i: usize| by_id[i];
        let mut docs = Vec::new();
        for k in 0..9u32 {
            let ents = [e(0), e(1), e(2), e((3 + k as usize) % 12)];
            let pairs = [
                (e(0), e(1), k % 3),
                (e(1), e(2), 4),
                (e(0), e(1), 5),
                (e(2), e((3 + k as usize) % 12), 6),
            ];
            let date = (k % 2 == 0).then_some("2024-05-0".to_string() + &(k % 4 + 1).to_string());
            let mut d = doc(&format!("d{}", (k * 5) % 9), date.as_deref(), &ents, &pairs);
            let mut ev = d.evidence(4);
            ev.trigger = Some(format!("t{k}"));
            ev.modality = Some(Modality::Asserted);
            d.relations.push(RelationEdge {
                kind: if k % 2 == 0 { "meets" } else { "a_kind" }.into(),
                source: e(2),
                target: e(0),
                directed: true,
                evidence: ev,
            });
            docs.push(d);
        }
        let build = |order: &[usize]| {
            let mut b = GraphBuilder::new(&gaz, Window::Sentence, 2);
            for &i in order {
                let line = b.add(&docs[i]).unwrap().to_vec();
                assert_eq!(
                    String::from_utf8(line).unwrap(),
                    String::from_utf8(old_line(&gaz, &docs[i])).unwrap()
                );
                assert!(b.add(&docs[i]).is_none());
            }
            let infos = docs.iter().map(|d| d.info.clone()).collect();
            b.finish(infos).to_data()
        };
        let forward: Vec<usize> = (0..docs.len()).collect();
        let backward: Vec<usize> = forward.iter().rev().copied().collect();
        let g = build(&forward);
        assert_eq!(g, build(&backward));
        // Each edge keeps its 2 smallest evidence items of all offered.
        for rec in &g.edges {
            let mut all: Vec<Evidence> = Vec::new();
            for d in &docs {
                let ends = |a: u32, b: u32| {
                    let (x, y) = (&gaz.entities[a as usize].id, &gaz.entities[b as usize].id);
                    (x == &rec.source && y == &rec.target) || (y == &rec.source && x == &rec.target)
                };
                if rec.edge.kind == COOCCURRENCE {
                    all.extend(
                        d.pairs
                            .iter()
                            .filter(|p| ends(p.a, p.b))
                            .map(|p| d.evidence(p.sentence)),
                    );
                } else {
                    all.extend(
                        d.relations
                            .iter()
                            .filter(|r| r.kind == rec.edge.kind && ends(r.source, r.target))
                            .map(|r| r.evidence.clone()),
                    );
                }
            }
            cap(&mut all, 2);
            assert_eq!(
                rec.edge.evidence, all,
                "{} {} {}",
                rec.edge.kind, rec.source, rec.target
            );
        }
        assert!(g.edges.iter().any(|r| r.edge.kind == "meets"));
        // Node document lists (cap 200) refer to every document here.
        assert_eq!(g.documents.len(), docs.len());
    }

    #[test]
    fn node_document_lists_keep_the_earliest_documents_listed_by_id() {
        let gaz = Gazetteer::builtin().unwrap();
        let n = MAX_NODE_DOCS + 60;
        // Dates out of order, some undated, several per day.
        let docs: Vec<DocOutput> = (0..n)
            .map(|k| {
                let date =
                    (k % 7 != 0).then(|| format!("2024-{:02}-{:02}", 1 + k % 12, 1 + k % 28));
                doc(&format!("doc{k:03}"), date.as_deref(), &[0, 1], &[])
            })
            .collect();
        let key = |d: &DocOutput| NodeDocKey::of(&d.info.id, d.info.date.as_deref());
        let mut want: Vec<&DocOutput> = docs.iter().collect();
        want.sort_by_key(|d| key(d));
        let mut want: Vec<String> = want[..MAX_NODE_DOCS]
            .iter()
            .map(|d| d.info.id.clone())
            .collect();
        want.sort();
        // Earliest first: no undated document is needed to fill the list.
        assert!(want.iter().all(|id| docs
            .iter()
            .any(|d| &d.info.id == id && d.info.date.is_some())));
        for order in [false, true] {
            let mut b = GraphBuilder::new(&gaz, Window::Sentence, 2);
            let mut idx: Vec<usize> = (0..n).collect();
            if order {
                idx.reverse();
            }
            for &i in &idx {
                b.add(&docs[i]).unwrap();
            }
            let infos = docs.iter().map(|d| d.info.clone()).collect();
            let g = b.finish(infos);
            for node in g.graph.node_weights() {
                let got: Vec<&str> = node.docs.iter().map(|d| &**d).collect();
                assert_eq!(got, want, "{}", node.id);
                assert_eq!(node.documents, n as u64);
            }
            // graph.json lists exactly the documents the lists name.
            let listed: Vec<&str> = g.documents.iter().map(|d| d.id.as_str()).collect();
            assert_eq!(listed, want);
        }
    }

    #[test]
    fn dates_pack_in_string_order() {
        assert_eq!(pack_date("2024-05-07"), Some(20240507));
        for bad in ["2024-5-07", "2024/05/07", "20240507", "2024-05-0x", ""] {
            assert_eq!(pack_date(bad), None, "{bad}");
        }
        let undated = NodeDocKey::of("a", None);
        assert!(NodeDocKey::of("a", Some("2099-12-31")) < undated);
        assert!(NodeDocKey::of("z", Some("2001-01-01")) < NodeDocKey::of("a", Some("2001-01-02")));
    }

    #[test]
    fn cap_keeps_the_smallest_distinct_items() {
        let mut v = vec![5, 1, 4, 1, 3];
        cap(&mut v, 3);
        assert_eq!(v, vec![1, 3, 4]);
    }
}
