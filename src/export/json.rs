//! JSON exports: graph.json itself, networkx node-link JSON and Cytoscape.js
//! elements JSON. All are compact (one line) with a trailing newline, and
//! deterministic (fixed field order, nodes by id, edges by kind/source/target).
//!
//! # graph.json
//! The serde form of [`crate::graph::GraphData`].
//!
//! # Node-link (`*.nodelink.json`)
//! ```text
//! {"directed": true, "multigraph": true,
//!  "graph": {"format": "gazegraph/1", "window": "sentence", "documents": N},
//!  "nodes": [{"id": ENTITY_ID, "label", "type", "qid"?, "aliases": [..],
//!             "mentions", "documents", "surface": {form: count},
//!             "first_seen"?, "last_seen"?, "degree", "weighted_degree",
//!             "pagerank", "community", "color": "#RRGGBB"}],
//!  "edges": [{"source": ID, "target": ID, "key": KIND, "kind", "directed",
//!             "weight", "weight_by_date"?: {date: weight},
//!             "evidence": [{date?, doc, sentence, text, trigger?,
//!             modality?}], "first_date"?, "last_date"?}],
//!  "links": (the same list as "edges")}
//! ```
//! `multigraph` is true because an edge of each kind may join the same pair;
//! the edge `key` is its kind (suffixed `#2`, `#3`, ... in the unlikely case
//! of a repeated (source, target, kind)). The edge list is written under
//! both names: networkx ≥ 3.4 reads `edges` by default
//! (`nx.node_link_graph(data)`), older networkx and D3 read `links`
//! (`nx.node_link_graph(data, edges="links")`). Undirected edges (co-occurrence,
//! `meets`) are stored once with `"directed": false`.
//!
//! # Cytoscape.js (`*.cytoscape.json`)
//! ```text
//! {"elements": {
//!   "nodes": [{"data": {"id": ENTITY_ID, "label", "type", ...same as above}}],
//!   "edges": [{"data": {"id": "e0", "source": ID, "target": ID, "label": KIND,
//!              "kind", "directed", "weight", "evidence", ...}}]}}
//! ```
//! Load with `cytoscape({elements: data.elements})` or `cy.json(data)`.

use super::{date_range, hex, kind_rgb, type_rgb};
use crate::graph::{DocList, Evidence, KnowledgeGraph, Node};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Writes graph.json (compact, trailing newline).
///
/// # Errors
/// Returns write and serialisation errors.
pub fn write_graph_json<W: Write>(graph: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    write_graph_json_with(graph, &graph.documents, w)
}

/// Writes graph.json as [`write_graph_json`] does, with `docs` as the
/// document list (a build's spooled metadata).
///
/// # Errors
/// Returns write and serialisation errors, and errors reading `docs`.
pub fn write_graph_json_with<W: Write>(
    graph: &KnowledgeGraph,
    docs: &dyn DocList,
    w: &mut W,
) -> io::Result<()> {
    graph.write_json_with(docs, &mut *w)?;
    writeln!(w)
}

#[derive(Serialize)]
struct NodeOut<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    etype: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    qid: Option<&'a str>,
    aliases: &'a [String],
    mentions: u64,
    documents: u64,
    surface: &'a BTreeMap<String, u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_seen: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_seen: Option<&'a str>,
    degree: u64,
    weighted_degree: u64,
    pagerank: f64,
    community: u32,
    color: String,
}

impl<'a> NodeOut<'a> {
    fn new(n: &'a Node) -> Self {
        NodeOut {
            id: &n.id,
            label: &n.name,
            etype: n.etype.as_str(),
            qid: n.qid.as_deref(),
            aliases: &n.aliases,
            mentions: n.mentions,
            documents: n.documents,
            surface: &n.surface,
            first_seen: n.first_seen.as_deref(),
            last_seen: n.last_seen.as_deref(),
            degree: n.degree,
            weighted_degree: n.weighted_degree,
            pagerank: n.pagerank.0,
            community: n.community,
            color: hex(type_rgb(n.etype)),
        }
    }
}

#[derive(Serialize)]
struct EdgeOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    source: &'a str,
    target: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
    kind: &'a str,
    directed: bool,
    weight: u64,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    weight_by_date: &'a BTreeMap<String, u64>,
    evidence: &'a [Evidence],
    #[serde(skip_serializing_if = "Option::is_none")]
    first_date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_date: Option<&'a str>,
    color: String,
}

fn edges_out(graph: &KnowledgeGraph, cytoscape: bool) -> Vec<EdgeOut<'_>> {
    let g = &graph.graph;
    let nodes = g.raw_nodes();
    let mut out: Vec<EdgeOut<'_>> = Vec::with_capacity(g.edge_count());
    let mut repeat = 1usize;
    for (i, e) in g.raw_edges().iter().enumerate() {
        let edge = &e.weight;
        let source = nodes[e.source().index()].weight.id.as_str();
        let target = nodes[e.target().index()].weight.id.as_str();
        // Edges are sorted by (kind, source, target): a repeat is adjacent.
        let same = out
            .last()
            .is_some_and(|p| p.kind == edge.kind && p.source == source && p.target == target);
        repeat = if same { repeat + 1 } else { 1 };
        let (first, last) = date_range(edge);
        out.push(EdgeOut {
            id: cytoscape.then(|| format!("e{i}")),
            source,
            target,
            key: (!cytoscape).then(|| {
                if repeat == 1 {
                    edge.kind.clone()
                } else {
                    format!("{}#{repeat}", edge.kind)
                }
            }),
            label: cytoscape.then_some(edge.kind.as_str()),
            kind: &edge.kind,
            directed: edge.directed,
            weight: edge.weight,
            weight_by_date: &edge.weight_by_date,
            evidence: &edge.evidence,
            first_date: first,
            last_date: last,
            color: hex(kind_rgb(&edge.kind)),
        });
    }
    out
}

#[derive(Serialize)]
struct GraphMeta {
    format: &'static str,
    window: crate::base::types::Window,
    documents: usize,
}

#[derive(Serialize)]
struct NodeLink<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphMeta,
    nodes: Vec<NodeOut<'a>>,
    edges: &'a [EdgeOut<'a>],
    links: &'a [EdgeOut<'a>],
}

/// Writes networkx node-link JSON (see the module docs for the schema).
///
/// # Errors
/// Returns write and serialisation errors.
pub fn write_node_link<W: Write>(graph: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let edges = edges_out(graph, false);
    let doc = NodeLink {
        directed: true,
        multigraph: true,
        graph: GraphMeta {
            format: crate::graph::FORMAT,
            window: graph.window,
            documents: graph.document_count as usize,
        },
        nodes: graph.graph.node_weights().map(NodeOut::new).collect(),
        edges: &edges,
        links: &edges,
    };
    serde_json::to_writer(&mut *w, &doc)?;
    writeln!(w)
}

#[derive(Serialize)]
struct Data<T> {
    data: T,
}

#[derive(Serialize)]
struct Elements<'a> {
    nodes: Vec<Data<NodeOut<'a>>>,
    edges: Vec<Data<EdgeOut<'a>>>,
}

#[derive(Serialize)]
struct Cytoscape<'a> {
    elements: Elements<'a>,
}

/// Writes Cytoscape.js elements JSON (see the module docs for the schema).
///
/// # Errors
/// Returns write and serialisation errors.
pub fn write_cytoscape<W: Write>(graph: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let doc = Cytoscape {
        elements: Elements {
            nodes: graph
                .graph
                .node_weights()
                .map(|n| Data {
                    data: NodeOut::new(n),
                })
                .collect(),
            edges: edges_out(graph, true)
                .into_iter()
                .map(|e| Data { data: e })
                .collect(),
        },
    };
    serde_json::to_writer(&mut *w, &doc)?;
    writeln!(w)
}
