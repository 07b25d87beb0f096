//! Folds analysed documents into a [`KnowledgeGraph`].
//!
//! Counts are exact; evidence lists and per-node document lists are capped,
//! keeping the smallest items in a fixed order (date, document, sentence),
//! so the result does not depend on the order documents arrive in.

use crate::export::escape::{json_str, push_u64};
use crate::gazetteer::Gazetteer;
use crate::graph::{
    DocInfo, Edge, EdgeRecord, Evidence, GraphData, KnowledgeGraph, Node, COOCCURRENCE, FORMAT,
};
use crate::ledger::id_hash;
use crate::pipeline::DocOutput;
use crate::types::{Modality, Window};
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

/// Documents listed per node at most (the count stays exact).
pub const MAX_NODE_DOCS: usize = 200;

/// A fast hasher with a fixed seed, for maps whose iteration order never
/// reaches any output (every output is sorted first).
type Fixed = foldhash::fast::FixedState;

/// A set of document ids, as [`GraphBuilder::referenced`] returns it.
pub type DocIdSet = HashSet<Arc<str>, Fixed>;

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

#[derive(Debug, Default)]
struct NodeAcc {
    mentions: u64,
    documents: u64,
    surface: BTreeMap<String, u64>,
    /// The smallest distinct document ids, sorted, at most [`MAX_NODE_DOCS`].
    docs: Vec<Arc<str>>,
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
    /// Sorted and distinct, at most `max_evidence` (unsorted when unlimited).
    evidence: Vec<Ev>,
}

/// Interned texts are pruned when their number doubles, from this many.
const PRUNE_MIN: usize = 4096;

/// Index of [`COOCCURRENCE`] in [`GraphBuilder::kinds`].
const COOC_KIND: u32 = 0;

/// Accumulates documents into a graph.
///
/// Memory does not grow with the corpus: documents are remembered by a
/// 128-bit hash of their id (for the duplicate check), evidence and node
/// document lists are kept capped at all times, and document metadata is
/// not kept at all: the caller streams it to the ledger and passes back
/// the [`GraphBuilder::referenced`] documents' metadata to
/// [`GraphBuilder::finish`].
#[derive(Debug)]
pub struct GraphBuilder<'g> {
    gaz: &'g Gazetteer,
    window: Window,
    max_evidence: usize,
    seen: HashSet<u128, Fixed>,
    texts_prune_at: usize,
    /// Interned evidence sentences: one copy per distinct text.
    texts: HashSet<Arc<str>, Fixed>,
    nodes: HashMap<u32, NodeAcc, Fixed>,
    /// Edge kinds met so far; [`COOCCURRENCE`] first.
    kinds: Vec<String>,
    /// Edges by (kind index, source, target).
    edges: HashMap<(u32, u32, u32), EdgeAcc, Fixed>,
    negated: Vec<RelationEdge>,
    /// Scratch for one document's ledger line: entity indexes, edge
    /// shares (kind index, source, target) and the line itself.
    line_entities: Vec<u32>,
    line_edges: Vec<(u32, u32, u32)>,
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
            seen: HashSet::default(),
            texts_prune_at: PRUNE_MIN,
            texts: HashSet::default(),
            nodes: HashMap::default(),
            kinds: vec![COOCCURRENCE.to_string()],
            edges: HashMap::default(),
            negated: Vec::new(),
            line_entities: Vec::new(),
            line_edges: Vec::new(),
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
        if !self.seen.insert(id_hash(&doc.info.id)) {
            return None;
        }
        let id: &Arc<str> = &doc.id;
        let date = doc.date.as_ref();
        // The shared document half of this document's evidence, made on
        // first use.
        let mut key: Option<Arc<DocKey>> = None;
        let mut referenced = false;
        self.line_entities.clear();
        self.line_edges.clear();
        for (&e, count) in &doc.entities {
            let n = self.nodes.entry(e).or_default();
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
            referenced |= insert_capped(
                &mut n.docs,
                MAX_NODE_DOCS,
                |d| (**d).cmp(&**id),
                || id.clone(),
            );
            if self.gaz.entities.get(e as usize).is_some() {
                self.line_entities.push(e);
            }
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
        ents.sort_unstable_by(|&a, &b| self.eid(a).cmp(self.eid(b)));
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
        edges.sort_unstable_by(|x, y| {
            (kind(x.0), self.eid(x.1), self.eid(x.2)).cmp(&(
                kind(y.0),
                self.eid(y.1),
                self.eid(y.2),
            ))
        });
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

    /// Ids of the documents the kept evidence and node document lists
    /// refer to: the ones graph.json lists.
    pub fn referenced(&self) -> DocIdSet {
        let mut keep = DocIdSet::default();
        for n in self.nodes.values() {
            keep.extend(n.docs.iter().cloned());
        }
        let mut last: Option<&Arc<DocKey>> = None;
        for e in self.edges.values() {
            for ev in &e.evidence {
                // Neighbouring items often share their document.
                if last.is_some_and(|l| Arc::ptr_eq(l, &ev.doc)) {
                    continue;
                }
                last = Some(&ev.doc);
                keep.insert(ev.doc.id.clone());
            }
        }
        keep.extend(self.negated.iter().map(|r| r.evidence.doc.clone()));
        keep
    }

    /// The finished graph, with entity data from `gaz` and `documents`:
    /// the metadata of (at least) the documents in `keep`, the
    /// [`GraphBuilder::referenced`] set; others are left out.
    pub fn finish(self, documents: Vec<DocInfo>, keep: &DocIdSet) -> KnowledgeGraph {
        let documents = documents
            .into_iter()
            .filter(|d| keep.contains(d.id.as_str()))
            .collect();
        let gaz = self.gaz;
        let id_of = |e: u32| gaz.entities.get(e as usize).map(|x| x.id.clone());
        let mut nodes = Vec::with_capacity(self.nodes.len());
        for (e, mut acc) in self.nodes {
            let Some(ent) = gaz.entities.get(e as usize) else {
                continue;
            };
            cap(&mut acc.docs, MAX_NODE_DOCS);
            nodes.push(Node {
                id: ent.id.clone(),
                name: ent.name.clone(),
                etype: ent.etype,
                qid: ent.qid.clone(),
                aliases: ent.aliases.clone(),
                mentions: acc.mentions,
                documents: acc.documents,
                surface: acc.surface,
                docs: acc.docs.iter().map(|d| d.to_string()).collect(),
                first_seen: acc.first_seen.map(|d| d.to_string()),
                last_seen: acc.last_seen.map(|d| d.to_string()),
            });
        }
        let mut edges = Vec::with_capacity(self.edges.len());
        for ((k, a, b), mut acc) in self.edges {
            let (Some(source), Some(target), Some(kind)) =
                (id_of(a), id_of(b), self.kinds.get(k as usize))
            else {
                continue;
            };
            cap(&mut acc.evidence, self.max_evidence);
            edges.push(EdgeRecord {
                source,
                target,
                edge: Edge {
                    kind: kind.clone(),
                    directed: acc.directed,
                    weight: acc.weight,
                    evidence: acc.evidence.into_iter().map(Ev::into_evidence).collect(),
                },
            });
        }
        let negated = self
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
            documents,
            nodes,
            edges,
            negated,
        };
        KnowledgeGraph::from_data(data).0
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

/// Adds one evidence item to a capped list unless it cannot be among the
/// `n` smallest; compares (date, doc, sentence) before building the item.
/// Returns true when it was kept.
fn push_evidence(
    v: &mut Vec<Ev>,
    n: usize,
    doc: &DocOutput,
    sentence: u32,
    make: impl FnOnce() -> Ev,
) -> bool {
    if n == usize::MAX {
        v.push(make());
        return true;
    }
    let key = (doc.info.date.as_deref(), doc.info.id.as_str(), sentence);
    if v.len() >= n
        && v.last()
            .is_some_and(|l| (l.doc.date.as_deref(), &*l.doc.id, l.sentence) < key)
    {
        return false;
    }
    let ev = make();
    match v.binary_search(&ev) {
        Ok(_) => false,
        Err(pos) if pos < n => {
            make_room(v, n);
            v.insert(pos, ev);
            true
        }
        Err(_) => false,
    }
}

/// Inserts an item into a sorted, distinct list that keeps the `n` smallest
/// items; `cmp` compares a listed item with the new one, `make` builds it.
/// Returns true when it was inserted.
fn insert_capped<T>(
    v: &mut Vec<T>,
    n: usize,
    mut cmp: impl FnMut(&T) -> Ordering,
    make: impl FnOnce() -> T,
) -> bool {
    // A full list rejects most items: one comparison with the largest.
    if v.len() >= n && v.last().is_some_and(|l| cmp(l) == Ordering::Less) {
        return false;
    }
    match v.binary_search_by(cmp) {
        Ok(_) => false,
        Err(pos) if pos < n => {
            make_room(v, n);
            v.insert(pos, make());
            true
        }
        Err(_) => false,
    }
}

/// Frees one slot in a list capped at `n` before an insertion: drops the
/// largest item of a full list, else grows the capacity, doubling but
/// never past `n` (plain doubling would leave 25 items in 32 slots).
fn make_room<T>(v: &mut Vec<T>, n: usize) {
    if v.len() >= n {
        v.pop();
    } else if v.len() == v.capacity() {
        let want = (2 * v.len()).max(4).min(n);
        v.reserve_exact(want.saturating_sub(v.len()).max(1));
    }
}

/// Sorts, deduplicates and keeps the `n` smallest items.
pub(crate) fn cap<T: Ord>(v: &mut Vec<T>, n: usize) {
    v.sort_unstable();
    v.dedup();
    v.truncate(n);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_insertion_keeps_the_smallest_with_tight_capacity() {
        for n in [1, 2, 3, 5, 25] {
            let mut v: Vec<u32> = Vec::new();
            for x in [9, 3, 7, 3, 1, 8, 2, 6, 5, 4, 0, 11, 10] {
                insert_capped(&mut v, n, |y| y.cmp(&x), || x);
                assert!(v.len() <= n && v.capacity() <= n.max(4), "{n}: {v:?}");
            }
            let mut want: Vec<u32> = (0..12).collect();
            want.truncate(n);
            assert_eq!(v, want);
        }
    }

    #[test]
    fn cap_keeps_the_smallest_distinct_items() {
        let mut v = vec![5, 1, 4, 1, 3];
        cap(&mut v, 3);
        assert_eq!(v, vec![1, 3, 4]);
    }
}
