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
use crate::graph::ledger::LedgerDoc;
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
    /// An older copy of a repeated id sits in a capped list that is full:
    /// what it displaced is not in the shard, so the merge cannot be exact.
    #[error("cannot merge exactly: this shard holds an older copy of document {id:?} (a newer one is in another shard), and it is among the {what}, a full list whose displaced items the shard did not keep. Build the shards so that every copy of an id lands in the same shard (split by a hash of the id, as spark/gazegraph_spark.py does), or build from all the inputs at once")]
    Inexact {
        /// The document id.
        id: String,
        /// Which list.
        what: String,
    },
}

/// Takes everything an older copy of a repeated id gave shard graph `g`
/// out of its lists: evidence, node document lists, negated relations,
/// its metadata, and the first and last dates it set (its counts are
/// subtracted later from its ledger line, [`Merger::subtract`]). Exact
/// while no full capped list holds it; fails otherwise.
///
/// # Errors
/// [`MergeError::Inexact`] when a full list (evidence at the shard's cap,
/// a node's document list at [`MAX_NODE_DOCS`], or a node whose last date
/// may come from it) holds the copy.
pub fn retract(g: &mut GraphData, doc: &LedgerDoc) -> Result<(), MergeError> {
    let id = doc.info.id.as_str();
    let inexact = |what: String| MergeError::Inexact {
        id: id.to_string(),
        what,
    };
    let cap = usize::try_from(g.evidence_limit).unwrap_or(usize::MAX);
    for e in &mut g.edges {
        if e.edge.evidence.iter().any(|ev| &*ev.doc == id) {
            if g.evidence_limit > 0 && e.edge.evidence.len() >= cap {
                return Err(inexact(format!(
                    "{} evidence sentences kept for the {} edge {} - {}",
                    cap, e.edge.kind, e.source, e.target
                )));
            }
            e.edge.evidence.retain(|ev| &*ev.doc != id);
        }
    }
    let dates: HashMap<&str, Option<&str>> = g
        .documents
        .iter()
        .filter(|d| d.id != id)
        .map(|d| (d.id.as_str(), d.date.as_deref()))
        .collect();
    let date = doc.info.date.as_deref();
    let touched: HashSet<&str> = doc.entities.iter().map(|e| e.id.as_str()).collect();
    for n in &mut g.nodes {
        if !touched.contains(n.id.as_str()) {
            continue;
        }
        let full = n.docs.len() >= MAX_NODE_DOCS;
        if n.docs.iter().any(|d| &**d == id) {
            if full {
                return Err(inexact(format!(
                    "{MAX_NODE_DOCS} documents listed for entity {}",
                    n.id
                )));
            }
            n.docs.retain(|d| &**d != id);
        }
        let sets_bound =
            date.is_some() && (n.first_seen.as_deref() == date || n.last_seen.as_deref() == date);
        if sets_bound {
            if full {
                return Err(inexact(format!(
                    "{MAX_NODE_DOCS} documents listed for entity {} (its first or last date)",
                    n.id
                )));
            }
            // The list holds every document of the node: its dates are
            // the bounds.
            let ds: Vec<&str> = n
                .docs
                .iter()
                .filter_map(|d| dates.get(&**d).copied().flatten())
                .collect();
            n.first_seen = ds.iter().min().map(|d| d.to_string());
            n.last_seen = ds.iter().max().map(|d| d.to_string());
        }
    }
    g.negated.retain(|r| &*r.evidence.doc != id);
    g.documents.retain(|d| d.id != id);
    Ok(())
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
        // The smallest cap so far is never below the final one.
        let cap_now =
            usize::try_from(self.evidence_limit.unwrap_or(u64::MAX)).unwrap_or(usize::MAX);
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
                    // Cut back as it grows: a k-way merge then holds about
                    // one graph's evidence, not k.
                    if m.evidence.len() / 2 > cap_now {
                        cap::<Evidence>(&mut m.evidence, cap_now);
                    }
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
