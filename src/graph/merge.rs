//! Merging graphs built from separate shards into exactly the graph one
//! build over all the shards gives.
//!
//! Counts add; evidence, per-node document lists and negated relations are
//! sets, so they unite (then keep the same capped smallest items a build
//! keeps). A document id present in several inputs must be counted once:
//! the ledgers (`graph.docs.jsonl`, one line per document) tell which ids
//! recur, and the contribution of a recurring document is read from one
//! ledger and subtracted for every extra copy. graph.json lists only the
//! documents its kept lists refer to, so the merged list is the union
//! filtered the same way. Every step is commutative and associative, and
//! the merged ledger lets merged graphs merge again.

use crate::graph::builder::{cap, NodeDocKey, MAX_NODE_DOCS};
use crate::graph::ledger::{id_hash, LedgerDoc};
use crate::graph::{DocInfo, Edge, EdgeRecord, Evidence, GraphData, NegatedRelation, Node, FORMAT};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Errors merging graphs.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// Inputs were built with different windows.
    #[error("cannot merge graphs built with different windows ({0} and {1})")]
    Window(&'static str, &'static str),
    /// Nothing to merge.
    #[error("no graph to merge")]
    Empty,
}

/// Accumulates graphs; see the module docs.
#[derive(Debug, Default)]
pub struct Merger {
    window: Option<crate::base::types::Window>,
    evidence_limit: Option<u64>,
    documents: BTreeMap<String, DocInfo>,
    document_count: u64,
    nodes: BTreeMap<String, Node>,
    edges: BTreeMap<(String, String, String), Edge>,
    negated: BTreeSet<NegatedRelation>,
}

impl Merger {
    /// An empty merger.
    pub fn new() -> Merger {
        Merger::default()
    }

    /// Adds one graph.
    ///
    /// # Errors
    /// Fails if its window differs from the graphs added before.
    pub fn add(&mut self, g: GraphData) -> Result<(), MergeError> {
        match self.window {
            Some(w) if w != g.window => {
                return Err(MergeError::Window(w.as_str(), g.window.as_str()))
            }
            _ => self.window = Some(g.window),
        }
        // The smallest cap wins: a merged list can never hold more than it.
        let lim = if g.evidence_limit == 0 {
            u64::MAX
        } else {
            g.evidence_limit
        };
        self.evidence_limit = Some(self.evidence_limit.map_or(lim, |l| l.min(lim)));
        self.document_count += g.document_count.max(g.documents.len() as u64);
        for d in g.documents {
            match self.documents.get_mut(&d.id) {
                // Same id, different metadata: keep the smallest, for determinism.
                Some(m) => {
                    if d < *m {
                        *m = d;
                    }
                }
                None => {
                    self.documents.insert(d.id.clone(), d);
                }
            }
        }
        for n in g.nodes {
            match self.nodes.get_mut(&n.id) {
                None => {
                    self.nodes.insert(n.id.clone(), n);
                }
                Some(m) => {
                    // Counts come from input files: saturate, never overflow.
                    m.mentions = m.mentions.saturating_add(n.mentions);
                    m.documents = m.documents.saturating_add(n.documents);
                    for (s, c) in n.surface {
                        let slot = m.surface.entry(s).or_insert(0);
                        *slot = slot.saturating_add(c);
                    }
                    m.docs.extend(n.docs);
                    m.first_seen = min_opt(m.first_seen.take(), n.first_seen);
                    m.last_seen = m.last_seen.take().max(n.last_seen);
                }
            }
        }
        for e in g.edges {
            let key = (e.edge.kind.clone(), e.source, e.target);
            match self.edges.get_mut(&key) {
                None => {
                    self.edges.insert(key, e.edge);
                }
                Some(m) => {
                    m.weight = m.weight.saturating_add(e.edge.weight);
                    for (d, c) in e.edge.weight_by_date {
                        let slot = m.weight_by_date.entry(d).or_insert(0);
                        *slot = slot.saturating_add(c);
                    }
                    m.evidence.extend(e.edge.evidence);
                }
            }
        }
        self.negated.extend(g.negated);
        Ok(())
    }

    /// Removes `copies` extra copies of a duplicated document's contribution.
    pub fn subtract(&mut self, doc: &LedgerDoc, copies: u64) {
        for share in &doc.entities {
            if let Some(n) = self.nodes.get_mut(&share.id) {
                n.mentions = n.mentions.saturating_sub(share.mentions * copies);
                n.documents = n.documents.saturating_sub(copies);
                for (s, c) in &share.surface {
                    if let Some(v) = n.surface.get_mut(s) {
                        *v = v.saturating_sub(c * copies);
                    }
                }
                n.surface.retain(|_, v| *v > 0);
            }
        }
        for share in &doc.edges {
            let key = (
                share.kind.clone(),
                share.source.clone(),
                share.target.clone(),
            );
            if let Some(e) = self.edges.get_mut(&key) {
                e.weight = e.weight.saturating_sub(share.weight * copies);
                // The builder counts a document's weight on its date.
                if let Some(c) = doc
                    .info
                    .date
                    .as_ref()
                    .and_then(|d| e.weight_by_date.get_mut(d))
                {
                    *c = c.saturating_sub(share.weight * copies);
                }
            }
        }
        self.document_count = self.document_count.saturating_sub(copies);
    }

    /// The merged graph.
    ///
    /// # Errors
    /// Fails if no graph was added.
    pub fn finish(self) -> Result<GraphData, MergeError> {
        let window = self.window.ok_or(MergeError::Empty)?;
        let limit = self.evidence_limit.unwrap_or(u64::MAX);
        let cap_ev = usize::try_from(limit).unwrap_or(usize::MAX);
        let nodes: Vec<Node> = self
            .nodes
            .into_values()
            .filter(|n| n.mentions > 0)
            .map(|mut n| {
                // The documents one build over all the shards keeps: the
                // earliest by the builder's key, listed by id.
                let documents = &self.documents;
                let date = |id: &str| documents.get(id).and_then(|d| d.date.as_deref());
                n.docs
                    .sort_by_cached_key(|id| (NodeDocKey::of(id, date(id)), id.clone()));
                n.docs.dedup();
                n.docs.truncate(MAX_NODE_DOCS);
                n.docs.sort_unstable();
                n
            })
            .collect();
        let edges: Vec<EdgeRecord> = self
            .edges
            .into_iter()
            .filter(|(_, e)| e.weight > 0)
            .map(|((_, source, target), mut edge)| {
                cap::<Evidence>(&mut edge.evidence, cap_ev);
                edge.weight_by_date.retain(|_, c| *c > 0);
                EdgeRecord {
                    source,
                    target,
                    edge,
                }
            })
            .collect();
        // The documents a build lists: those the kept lists refer to.
        let mut keep: HashSet<&str> = HashSet::new();
        for n in &nodes {
            keep.extend(n.docs.iter().map(|d| &**d));
        }
        for e in &edges {
            keep.extend(e.edge.evidence.iter().map(|ev| &*ev.doc));
        }
        keep.extend(self.negated.iter().map(|r| &*r.evidence.doc));
        let documents = self
            .documents
            .into_values()
            .filter(|d| keep.contains(d.id.as_str()))
            .collect();
        Ok(GraphData {
            format: FORMAT.to_string(),
            window,
            evidence_limit: if limit == u64::MAX { 0 } else { limit },
            document_count: self.document_count,
            documents,
            nodes,
            edges,
            negated: self.negated.into_iter().collect(),
        })
    }
}

fn min_opt(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Keeps the first occurrence of every id: the merged ledger. Ids are
/// remembered by their 128-bit hash ([`id_hash`]).
#[derive(Debug, Default)]
pub struct LedgerUnion {
    seen: HashSet<u128>,
}

impl LedgerUnion {
    /// True the first time an id is offered.
    pub fn first(&mut self, id: &str) -> bool {
        self.seen.insert(id_hash(id))
    }
}

/// Counts document ids over several ledgers to find the ones that recur.
#[derive(Debug, Default)]
pub struct IdCounter {
    counts: HashMap<u128, u64>,
}

impl IdCounter {
    /// Counts one more copy of `id`.
    pub fn add(&mut self, id: &str) {
        *self.counts.entry(id_hash(id)).or_insert(0) += 1;
    }

    /// Extra copies of `id` beyond the first (0 when it occurs once).
    pub fn extra(&self, id: &str) -> u64 {
        self.counts
            .get(&id_hash(id))
            .map_or(0, |n| n.saturating_sub(1))
    }

    /// Number of ids seen more than once.
    pub fn recurring(&self) -> usize {
        self.counts.values().filter(|&&n| n > 1).count()
    }
}
