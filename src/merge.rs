//! Merging graphs built from separate shards into exactly the graph one
//! build over all the shards gives.
//!
//! Counts add; evidence, per-node document lists and negated relations are
//! sets, so they unite (then keep the same capped smallest items a build
//! keeps). A document id present in several inputs must be counted once:
//! its contribution is read from the ledger (`graph.docs.jsonl`) of one
//! input and subtracted for every extra copy. Every step is commutative and
//! associative, and the merged ledger lets merged graphs merge again.

use crate::builder::{cap, MAX_NODE_DOCS};
use crate::graph::{DocInfo, Edge, EdgeRecord, Evidence, GraphData, NegatedRelation, Node, FORMAT};
use crate::ledger::LedgerDoc;
use std::collections::{BTreeMap, BTreeSet, HashSet};

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
    window: Option<crate::types::Window>,
    evidence_limit: Option<u64>,
    documents: BTreeMap<String, (DocInfo, u64)>,
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
        for d in g.documents {
            let slot = self
                .documents
                .entry(d.id.clone())
                .or_insert_with(|| (d.clone(), 0));
            slot.1 += 1;
            // Same id, different metadata: keep the smallest, for determinism.
            if d < slot.0 {
                slot.0 = d;
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
                    m.evidence.extend(e.edge.evidence);
                }
            }
        }
        self.negated.extend(g.negated);
        Ok(())
    }

    /// Document ids present in more than one input, with the number of
    /// extra copies.
    pub fn duplicates(&self) -> BTreeMap<String, u64> {
        self.documents
            .iter()
            .filter(|(_, (_, n))| *n > 1)
            .map(|(id, (_, n))| (id.clone(), n - 1))
            .collect()
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
            }
        }
        if let Some(d) = self.documents.get_mut(&doc.info.id) {
            d.1 = d.1.saturating_sub(copies);
        }
    }

    /// The merged graph.
    ///
    /// # Errors
    /// Fails if no graph was added.
    pub fn finish(self) -> Result<GraphData, MergeError> {
        let window = self.window.ok_or(MergeError::Empty)?;
        let limit = self.evidence_limit.unwrap_or(u64::MAX);
        let cap_ev = usize::try_from(limit).unwrap_or(usize::MAX);
        let nodes = self
            .nodes
            .into_values()
            .filter(|n| n.mentions > 0)
            .map(|mut n| {
                cap(&mut n.docs, MAX_NODE_DOCS);
                n
            })
            .collect();
        let edges = self
            .edges
            .into_iter()
            .filter(|(_, e)| e.weight > 0)
            .map(|((_, source, target), mut edge)| {
                cap::<Evidence>(&mut edge.evidence, cap_ev);
                EdgeRecord {
                    source,
                    target,
                    edge,
                }
            })
            .collect();
        Ok(GraphData {
            format: FORMAT.to_string(),
            window,
            evidence_limit: if limit == u64::MAX { 0 } else { limit },
            documents: self.documents.into_values().map(|(d, _)| d).collect(),
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

/// Keeps the first occurrence of every id: the merged ledger.
#[derive(Debug, Default)]
pub struct LedgerUnion {
    seen: HashSet<String>,
}

impl LedgerUnion {
    /// True the first time an id is offered.
    pub fn first(&mut self, id: &str) -> bool {
        if self.seen.contains(id) {
            return false;
        }
        self.seen.insert(id.to_string())
    }
}
