//! Folds analysed documents into a [`KnowledgeGraph`].
//!
//! Counts are exact; evidence lists and per-node document lists are capped,
//! keeping the smallest items in a fixed order (date, document, sentence),
//! so the result does not depend on the order documents arrive in.

use crate::gazetteer::Gazetteer;
use crate::graph::{
    DocInfo, Edge, EdgeRecord, Evidence, GraphData, KnowledgeGraph, Node, COOCCURRENCE, FORMAT,
};
use crate::ledger::{EdgeShare, EntityShare, LedgerDoc};
use crate::pipeline::DocOutput;
use crate::types::{Modality, Window};
use std::collections::{BTreeMap, HashMap};

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
    docs: Vec<String>,
    first_seen: Option<String>,
    last_seen: Option<String>,
}

#[derive(Debug, Default)]
struct EdgeAcc {
    directed: bool,
    weight: u64,
    evidence: Vec<Evidence>,
}

/// Accumulates documents into a graph.
#[derive(Debug)]
pub struct GraphBuilder<'g> {
    gaz: &'g Gazetteer,
    window: Window,
    max_evidence: usize,
    documents: BTreeMap<String, DocInfo>,
    nodes: HashMap<u32, NodeAcc>,
    edges: HashMap<(String, u32, u32), EdgeAcc>,
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
            documents: BTreeMap::new(),
            nodes: HashMap::new(),
            edges: HashMap::new(),
            negated: Vec::new(),
        }
    }

    /// Number of documents folded in so far.
    pub fn documents(&self) -> usize {
        self.documents.len()
    }

    /// Folds one document in, with its relation instances, and returns
    /// what it contributed (its ledger line). Returns `None`, and changes
    /// nothing, when a document with the same id was already added: a
    /// document is counted once.
    pub fn add(&mut self, doc: &DocOutput) -> Option<LedgerDoc> {
        if self.documents.contains_key(&doc.info.id) {
            return None;
        }
        let mut ledger = LedgerDoc {
            info: doc.info.clone(),
            ..LedgerDoc::default()
        };
        self.documents.insert(doc.info.id.clone(), doc.info.clone());
        let date = doc.info.date.as_ref();
        for (&e, count) in &doc.entities {
            let n = self.nodes.entry(e).or_default();
            n.mentions += count.mentions;
            n.documents += 1;
            for (s, c) in &count.surface {
                *n.surface.entry(s.clone()).or_insert(0) += c;
            }
            n.docs.push(doc.info.id.clone());
            if let Some(ent) = self.gaz.entities.get(e as usize) {
                ledger.entities.push(EntityShare {
                    id: ent.id.clone(),
                    mentions: count.mentions,
                    surface: count.surface.clone(),
                });
            }
            if n.docs.len() > 2 * MAX_NODE_DOCS {
                cap(&mut n.docs, MAX_NODE_DOCS);
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
        let mut shares: BTreeMap<(String, String, String), u64> = BTreeMap::new();
        for p in &doc.pairs {
            if let Some(k) = self.push_edge(COOCCURRENCE, false, p.a, p.b, doc.evidence(p.sentence))
            {
                *shares.entry(k).or_insert(0) += 1;
            }
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
            } else if let Some(k) =
                self.push_edge(&r.kind, r.directed, r.source, r.target, r.evidence.clone())
            {
                *shares.entry(k).or_insert(0) += 1;
            }
        }
        ledger.entities.sort_by(|a, b| a.id.cmp(&b.id));
        ledger.edges = shares
            .into_iter()
            .map(|((kind, source, target), weight)| EdgeShare {
                kind,
                source,
                target,
                weight,
            })
            .collect();
        Some(ledger)
    }

    /// Adds one unit of weight and one evidence item to an edge; returns the
    /// edge's (kind, source id, target id) as it will be written.
    fn push_edge(
        &mut self,
        kind: &str,
        directed: bool,
        a: u32,
        b: u32,
        ev: Evidence,
    ) -> Option<(String, String, String)> {
        let ids = |e: u32| self.gaz.entities.get(e as usize).map(|x| x.id.clone());
        let (mut ia, mut ib) = (ids(a)?, ids(b)?);
        let (a, b) = if directed || ia <= ib {
            (a, b)
        } else {
            std::mem::swap(&mut ia, &mut ib);
            (b, a)
        };
        let key = (kind.to_string(), ia, ib);
        let acc = self.edges.entry((kind.to_string(), a, b)).or_default();
        acc.directed = directed;
        acc.weight += 1;
        acc.evidence.push(ev);
        if acc.evidence.len() > 2 * self.max_evidence.min(usize::MAX / 2) {
            cap(&mut acc.evidence, self.max_evidence);
        }
        Some(key)
    }

    /// The finished graph, with entity data from `gaz`.
    pub fn finish(self) -> KnowledgeGraph {
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
        let mut edges = Vec::with_capacity(self.edges.len());
        for ((kind, a, b), mut acc) in self.edges {
            let (Some(mut source), Some(mut target)) = (id_of(a), id_of(b)) else {
                continue;
            };
            if !acc.directed && source > target {
                std::mem::swap(&mut source, &mut target);
            }
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
            documents: self.documents.into_values().collect(),
            nodes,
            edges,
            negated,
        };
        KnowledgeGraph::from_data(data).0
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
