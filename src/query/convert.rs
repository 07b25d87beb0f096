//! Building the query view: from an in-memory [`KnowledgeGraph`] (for the
//! store written by `build`) or straight from graph.json's data.

use super::lookup::KeyIndex;
use super::{date_key, Adj, EvidenceStore, NodeStore, QEdge, QueryGraph};
use crate::graph::{DocInfo, Edge, Evidence, GraphData, KnowledgeGraph, NegatedRelation, Node};
use std::collections::BTreeMap;

/// An edge's weight by publication date ([`Edge::weight_by_date`]).
pub(crate) type DateWeights = BTreeMap<String, u64>;
use petgraph::graph::{EdgeIndex, NodeIndex};
use std::collections::HashMap;

/// The order of a built graph's nodes and edges in the query view.
pub(super) struct Layout {
    /// Node indices in id order.
    pub order: Vec<NodeIndex>,
    /// Edge kinds, sorted.
    pub kinds: Vec<String>,
    /// Edges in (kind, source, target) order.
    pub edges: Vec<QEdge>,
    /// The graph's index of each of `edges`.
    pub edge_ix: Vec<EdgeIndex>,
}

/// Nodes in id order, kinds sorted, edges by (kind, source, target) over
/// those positions: the layout of the query view and of its store.
pub(super) fn layout(kg: &KnowledgeGraph) -> Layout {
    let g = &kg.graph;
    let mut order: Vec<NodeIndex> = g.node_indices().collect();
    order.sort_by(|a, b| g[*a].id.cmp(&g[*b].id));
    let mut pos = vec![0u32; g.node_count()];
    for (i, ix) in order.iter().enumerate() {
        if let Some(p) = pos.get_mut(ix.index()) {
            *p = i as u32;
        }
    }
    let mut kinds: Vec<String> = g.edge_weights().map(|e| e.kind.clone()).collect();
    kinds.sort();
    kinds.dedup();
    let at = |ix: NodeIndex| pos.get(ix.index()).copied().unwrap_or(0);
    let mut raw: Vec<(u16, u32, u32, EdgeIndex)> = g
        .edge_indices()
        .filter_map(|e| {
            let (s, t) = g.edge_endpoints(e)?;
            let kind = kinds.binary_search(&g[e].kind).ok()? as u16;
            Some((kind, at(s), at(t), e))
        })
        .collect();
    raw.sort();
    let edges = raw
        .iter()
        .map(|&(kind, source, target, e)| {
            let edge = &g[e];
            let (first_date, last_date) = date_span(edge);
            QEdge {
                source,
                target,
                kind,
                directed: edge.directed,
                weight: edge.weight,
                first_date,
                last_date,
            }
        })
        .collect();
    Layout {
        order,
        kinds,
        edges,
        edge_ix: raw.into_iter().map(|r| r.3).collect(),
    }
}

impl QueryGraph {
    /// Builds the query view of an in-memory graph (evidence kept inline).
    pub fn from_knowledge(kg: &KnowledgeGraph) -> QueryGraph {
        let Layout {
            order,
            kinds,
            edges,
            edge_ix,
        } = layout(kg);
        let nodes: Vec<Node> = order.iter().map(|ix| kg.graph[*ix].clone()).collect();
        let evidence: Vec<Vec<Evidence>> = edge_ix
            .iter()
            .map(|&e| kg.graph[e].evidence.clone())
            .collect();
        assemble(kg.documents.clone(), nodes, kinds, edges, evidence)
    }

    /// Builds the query view straight from graph.json's data, moving its
    /// strings (no intermediate petgraph): same order and content as
    /// [`QueryGraph::from_knowledge`] of [`KnowledgeGraph::from_data`].
    pub fn from_data(data: GraphData) -> QueryGraph {
        Self::from_data_full(data).0
    }

    /// [`QueryGraph::from_data`], also returning what the query view does
    /// not keep but graph.db does: each edge's weight by date (in the
    /// view's edge order) and the negated relations, sorted.
    pub(crate) fn from_data_full(
        data: GraphData,
    ) -> (QueryGraph, Vec<DateWeights>, Vec<NegatedRelation>) {
        let mut negated = data.negated;
        negated.sort();
        let mut nodes = data.nodes;
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        nodes.dedup_by(|a, b| a.id == b.id);
        let index: HashMap<String, u32> = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i as u32))
            .collect();
        let mut kinds: Vec<String> = Vec::new();
        {
            let mut seen: Vec<&str> = data.edges.iter().map(|e| e.edge.kind.as_str()).collect();
            seen.sort_unstable();
            seen.dedup();
            kinds.extend(seen.into_iter().map(str::to_string));
        }
        let mut raw: Vec<(u16, u32, u32, Edge)> = data
            .edges
            .into_iter()
            .filter_map(|e| {
                let kind = kinds.binary_search(&e.edge.kind).ok()? as u16;
                Some((kind, *index.get(&e.source)?, *index.get(&e.target)?, e.edge))
            })
            .collect();
        raw.sort_by_key(|r| (r.0, r.1, r.2));
        let mut edges = Vec::with_capacity(raw.len());
        let mut evidence = Vec::with_capacity(raw.len());
        let mut dates = Vec::with_capacity(raw.len());
        for (kind, source, target, edge) in raw {
            let (first_date, last_date) = date_span(&edge);
            edges.push(QEdge {
                source,
                target,
                kind,
                directed: edge.directed,
                weight: edge.weight,
                first_date,
                last_date,
            });
            evidence.push(edge.evidence);
            dates.push(edge.weight_by_date);
        }
        let g = assemble(data.documents, nodes, kinds, edges, evidence);
        (g, dates, negated)
    }
}

/// Earliest and latest dates of an edge as YYYYMMDD (0 when undated),
/// exact whatever the evidence cap ([`Edge::date_range`]).
pub(crate) fn date_span(edge: &Edge) -> (u32, u32) {
    let (first, last) = edge.date_range();
    let key = |d: Option<&str>| d.and_then(date_key).unwrap_or(0);
    let (a, b) = (key(first), key(last));
    // A first date that does not parse leaves the span open at one end.
    (if a == 0 { b } else { a }, if b == 0 { a } else { b })
}

/// Builds the undirected adjacency (CSR) of `edges` over `n` nodes.
pub(crate) fn build_adjacency(n: usize, edges: &[QEdge]) -> (Vec<u32>, Vec<Adj>) {
    let mut start = vec![0u32; n + 1];
    for e in edges {
        for v in [e.source, e.target] {
            if let Some(c) = start.get_mut(v as usize + 1) {
                *c += 1;
            }
        }
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut adj = vec![Adj { node: 0, edge: 0 }; start[n] as usize];
    for (i, e) in edges.iter().enumerate() {
        for (v, other) in [(e.source, e.target), (e.target, e.source)] {
            if let Some(slot) = fill.get_mut(v as usize) {
                if let Some(a) = adj.get_mut(*slot as usize) {
                    *a = Adj {
                        node: other,
                        edge: i as u32,
                    };
                }
                *slot += 1;
            }
        }
    }
    for i in 0..n {
        adj[start[i] as usize..start[i + 1] as usize].sort_unstable();
    }
    (start, adj)
}

/// The in-memory query view from its parts: documents sorted, key index and
/// adjacency built.
fn assemble(
    mut documents: Vec<DocInfo>,
    nodes: Vec<Node>,
    kinds: Vec<String>,
    edges: Vec<QEdge>,
    evidence: Vec<Vec<Evidence>>,
) -> QueryGraph {
    documents.sort();
    let keys = KeyIndex::build(&nodes);
    let (adj_start, adj) = build_adjacency(nodes.len(), &edges);
    QueryGraph {
        documents,
        types: nodes.iter().map(|n| n.etype).collect(),
        nodes: NodeStore::Inline(nodes),
        kinds,
        edges,
        adj_start,
        adj,
        keys,
        evidence: EvidenceStore::Inline(evidence),
        pagerank: None,
    }
}
