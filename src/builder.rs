//! Folds analysed documents into a [`KnowledgeGraph`].
//!
//! Counts are exact; evidence lists and per-node document lists are capped,
//! keeping the smallest items in a fixed order (date, document, sentence),
//! so the result does not depend on the order documents arrive in.

use crate::gazetteer::Gazetteer;
use crate::graph::{
    DocInfo, Edge, EdgeRecord, Evidence, GraphData, KnowledgeGraph, Node, COOCCURRENCE, FORMAT,
};
use crate::ledger::{id_hash, EdgeShare, EntityShare, LedgerDoc};
use crate::pipeline::DocOutput;
use crate::types::{Modality, Window};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

/// Documents listed per node at most (the count stays exact).
pub const MAX_NODE_DOCS: usize = 200;

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
    docs: Vec<String>,
    first_seen: Option<String>,
    last_seen: Option<String>,
}

#[derive(Debug, Default)]
struct EdgeAcc {
    directed: bool,
    weight: u64,
    /// Sorted and distinct, at most `max_evidence` (unsorted when unlimited).
    evidence: Vec<Evidence>,
}

/// Interned texts are pruned when their number doubles, from this many.
const PRUNE_MIN: usize = 4096;

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
    seen: HashSet<u128>,
    texts_prune_at: usize,
    /// Interned evidence sentences: one copy per distinct text.
    texts: HashSet<Arc<str>>,
    nodes: HashMap<u32, NodeAcc>,
    cooc: HashMap<(u32, u32), EdgeAcc>,
    rels: HashMap<(String, u32, u32), EdgeAcc>,
    negated: Vec<RelationEdge>,
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
            seen: HashSet::new(),
            texts_prune_at: PRUNE_MIN,
            texts: HashSet::new(),
            nodes: HashMap::new(),
            cooc: HashMap::new(),
            rels: HashMap::new(),
            negated: Vec::new(),
        }
    }

    /// Number of documents folded in so far.
    pub fn documents(&self) -> usize {
        self.seen.len()
    }

    /// Folds one document in, with its relation instances, and returns
    /// what it contributed (its ledger line). Returns `None`, and changes
    /// nothing, when a document with the same id was already added: a
    /// document is counted once.
    pub fn add(&mut self, doc: &DocOutput) -> Option<LedgerDoc> {
        if !self.seen.insert(id_hash(&doc.info.id)) {
            return None;
        }
        let mut ledger = LedgerDoc {
            info: doc.info.clone(),
            ..LedgerDoc::default()
        };
        let id = doc.info.id.as_str();
        let date = doc.info.date.as_ref();
        let mut referenced = false;
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
            referenced |= insert_capped_by(
                &mut n.docs,
                MAX_NODE_DOCS,
                |d| d.as_str().cmp(id),
                || id.to_string(),
            );
            if let Some(ent) = self.gaz.entities.get(e as usize) {
                ledger.entities.push(EntityShare {
                    id: ent.id.clone(),
                    mentions: count.mentions,
                    surface: count.surface.clone(),
                });
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
        let mut shares: BTreeMap<(&str, u32, u32), u64> = BTreeMap::new();
        for p in &doc.pairs {
            let Some((a, b)) = self.oriented(false, p.a, p.b) else {
                continue;
            };
            let acc = self.cooc.entry((a, b)).or_default();
            acc.weight += 1;
            let texts = &mut self.texts;
            // Texts are interned only when kept: one shared copy each.
            referenced |= push_evidence(
                &mut acc.evidence,
                self.max_evidence,
                doc,
                p.sentence,
                || {
                    let mut ev = doc.evidence(p.sentence);
                    ev.text = intern(texts, &ev.text);
                    ev
                },
            );
            *shares.entry((COOCCURRENCE, a, b)).or_insert(0) += 1;
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
            let acc = self.rels.entry((r.kind.clone(), a, b)).or_default();
            acc.directed = r.directed;
            acc.weight += 1;
            let texts = &mut self.texts;
            referenced |= push_evidence(
                &mut acc.evidence,
                self.max_evidence,
                doc,
                r.evidence.sentence,
                || {
                    let mut ev = r.evidence.clone();
                    ev.text = intern(texts, &ev.text);
                    ev
                },
            );
            *shares.entry((r.kind.as_str(), a, b)).or_insert(0) += 1;
        }
        ledger.entities.sort_by(|a, b| a.id.cmp(&b.id));
        let id_of = |e: u32| self.gaz.entities.get(e as usize).map(|x| x.id.clone());
        ledger.edges = shares
            .into_iter()
            .filter_map(|((kind, a, b), weight)| {
                Some(EdgeShare {
                    kind: kind.to_string(),
                    source: id_of(a)?,
                    target: id_of(b)?,
                    weight,
                })
            })
            .collect();
        ledger
            .edges
            .sort_by(|x, y| (&x.kind, &x.source, &x.target).cmp(&(&y.kind, &y.source, &y.target)));
        if referenced && self.texts.len() >= self.texts_prune_at {
            self.prune();
        }
        Some(ledger)
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
    pub fn referenced(&self) -> HashSet<String> {
        let mut keep: HashSet<&str> = HashSet::new();
        for n in self.nodes.values() {
            keep.extend(n.docs.iter().map(String::as_str));
        }
        for e in self.cooc.values().chain(self.rels.values()) {
            keep.extend(e.evidence.iter().map(|ev| &*ev.doc));
        }
        keep.extend(self.negated.iter().map(|r| &*r.evidence.doc));
        keep.into_iter().map(str::to_string).collect()
    }

    /// The finished graph, with entity data from `gaz` and `documents`:
    /// the metadata of (at least) the [`GraphBuilder::referenced`]
    /// documents; others are left out.
    pub fn finish(self, documents: Vec<DocInfo>) -> KnowledgeGraph {
        let keep = self.referenced();
        let documents = documents
            .into_iter()
            .filter(|d| keep.contains(&d.id))
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
                docs: acc.docs,
                first_seen: acc.first_seen,
                last_seen: acc.last_seen,
            });
        }
        let cooc = self
            .cooc
            .into_iter()
            .map(|((a, b), acc)| (COOCCURRENCE.to_string(), a, b, acc));
        let rels = self.rels.into_iter().map(|((k, a, b), acc)| (k, a, b, acc));
        let mut edges = Vec::new();
        for (kind, a, b, mut acc) in cooc.chain(rels) {
            let (Some(source), Some(target)) = (id_of(a), id_of(b)) else {
                continue;
            };
            cap(&mut acc.evidence, self.max_evidence);
            edges.push(EdgeRecord {
                source,
                target,
                edge: Edge {
                    kind,
                    directed: acc.directed,
                    weight: acc.weight,
                    evidence: acc.evidence,
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

/// The shared copy of `t` in `set` (added if new).
fn intern(set: &mut HashSet<Arc<str>>, t: &Arc<str>) -> Arc<str> {
    if let Some(x) = set.get(t) {
        return x.clone();
    }
    set.insert(t.clone());
    t.clone()
}

/// Adds one evidence item to a capped list unless it cannot be among the
/// `n` smallest; compares (date, doc, sentence) before building the item.
/// Returns true when it was kept.
fn push_evidence(
    v: &mut Vec<Evidence>,
    n: usize,
    doc: &DocOutput,
    sentence: u32,
    make: impl FnOnce() -> Evidence,
) -> bool {
    if n == usize::MAX {
        v.push(make());
        return true;
    }
    let key = (doc.info.date.as_deref(), doc.info.id.as_str(), sentence);
    if v.len() >= n
        && v.last()
            .is_some_and(|l| (l.date.as_deref(), &*l.doc, l.sentence) < key)
    {
        return false;
    }
    let ev = make();
    insert_capped_by(v, n, |x| x.cmp(&ev), || ev.clone())
}

/// Inserts an item into a sorted, distinct list that keeps the `n` smallest
/// items; `cmp` compares a listed item with the new one, `make` builds it.
/// Returns true when it was inserted.
fn insert_capped_by<T>(
    v: &mut Vec<T>,
    n: usize,
    cmp: impl FnMut(&T) -> std::cmp::Ordering,
    make: impl FnOnce() -> T,
) -> bool {
    match v.binary_search_by(cmp) {
        Ok(_) => false,
        Err(pos) if pos < n => {
            if v.len() >= n {
                v.pop();
            }
            v.insert(pos, make());
            true
        }
        Err(_) => false,
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
    fn cap_keeps_the_smallest_distinct_items() {
        let mut v = vec![5, 1, 4, 1, 3];
        cap(&mut v, 3);
        assert_eq!(v, vec![1, 3, 4]);
    }
}
