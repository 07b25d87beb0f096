//! Fuzz target: every text exporter on small graphs with hostile strings.
//!
//! A graph of 1-8 nodes and 0-12 edges (`cooccurrence`, `meets`, `visits`)
//! is built from the input with arbitrary Unicode in ids, names, aliases,
//! surface forms and evidence, then written in every format but SVG/PNG.
//! Invariants (a violation panics):
//! - graph.json parses back to exactly the graph's `GraphData`;
//! - node-link and Cytoscape JSON parse, with one entry per node and edge,
//!   node ids and labels intact;
//! - GraphML and GEXF (static and dynamic) are well-formed XML with one
//!   `<node>`/`<edge>` per node and edge; names, ids and aliases survive
//!   (characters XML cannot hold become U+FFFD, as documented), and the
//!   aliases and evidence attributes are valid JSON lists;
//! - DOT passes a small parser: strings closed and escaped (only `\\`,
//!   `\"`, `\n`), no raw control characters, brackets balanced, one node
//!   statement per node with distinct ids, one edge statement per edge
//!   whose endpoints are declared nodes, labels intact.
#![no_main]

#[path = "support/dot.rs"]
mod dot_check;

use arbitrary::{Arbitrary, Unstructured};
use gazegraph::base::escape::is_xml_char;
use gazegraph::export::{self, Format, Options};
use gazegraph::graph::{
    DocInfo, Edge, EdgeRecord, Evidence, GraphData, KnowledgeGraph, Node, FORMAT,
};
use gazegraph::base::types::{EntityType, Modality, Window};
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Arbitrary, Debug)]
enum DateSpec {
    None,
    Valid(u16, u8, u8),
    Raw(String),
}

impl DateSpec {
    fn build(&self) -> Option<String> {
        match self {
            DateSpec::None => None,
            // Mostly plausible dates, sometimes impossible ones (2024-02-31).
            DateSpec::Valid(y, m, d) => Some(format!(
                "{:04}-{:02}-{:02}",
                1990 + y % 60,
                1 + m % 12,
                1 + d % 31
            )),
            DateSpec::Raw(s) => Some(s.clone()),
        }
    }
}

#[derive(Arbitrary, Debug)]
struct NodeSpec {
    id: String,
    name: String,
    etype: u8,
    qid: Option<String>,
    aliases: Vec<String>,
    mentions: u64,
    documents: u64,
    surface: Vec<(String, u64)>,
    docs: Vec<String>,
    first_seen: DateSpec,
    last_seen: DateSpec,
}

#[derive(Arbitrary, Debug)]
struct EvidenceSpec {
    date: DateSpec,
    doc: String,
    sentence: u32,
    text: String,
    trigger: Option<String>,
    modality: Option<u8>,
}

#[derive(Arbitrary, Debug)]
struct EdgeSpec {
    source: u8,
    target: u8,
    kind: u8,
    weight: u64,
    evidence: Vec<EvidenceSpec>,
}

#[derive(Arbitrary, Debug)]
struct GraphSpec {
    window: u8,
    evidence_limit: u64,
    documents: Vec<(String, Option<String>, DateSpec)>,
    nodes: Vec<NodeSpec>,
    edges: Vec<EdgeSpec>,
}

const KINDS: [&str; 3] = ["cooccurrence", "meets", "visits"];

fn build(spec: &GraphSpec) -> GraphData {
    let types = EntityType::ALL;
    let mut nodes: Vec<Node> = spec
        .nodes
        .iter()
        .take(8)
        .map(|n| Node {
            id: n.id.clone(),
            name: n.name.clone(),
            etype: types[n.etype as usize % types.len()],
            qid: n.qid.clone(),
            aliases: n.aliases.iter().take(4).cloned().collect(),
            mentions: n.mentions,
            documents: n.documents,
            surface: n
                .surface
                .iter()
                .take(4)
                .cloned()
                .collect::<BTreeMap<_, _>>(),
            docs: n.docs.iter().take(4).map(|d| Arc::from(d.as_str())).collect(),
            first_seen: n.first_seen.build(),
            last_seen: n.last_seen.build(),
            degree: 0,
            weighted_degree: 0,
            pagerank: Default::default(),
            community: 0,
        })
        .collect();
    if nodes.is_empty() {
        nodes.push(Node {
            id: "only".into(),
            name: "Only".into(),
            etype: EntityType::Place,
            qid: None,
            aliases: Vec::new(),
            mentions: 1,
            documents: 1,
            surface: BTreeMap::new(),
            docs: Vec::new(),
            first_seen: None,
            last_seen: None,
            degree: 0,
            weighted_degree: 0,
            pagerank: Default::default(),
            community: 0,
        });
    }
    let modalities = [Modality::Asserted, Modality::Planned, Modality::Negated];
    let edges = spec
        .edges
        .iter()
        .take(12)
        .map(|e| {
            let kind = KINDS[e.kind as usize % KINDS.len()];
            let directed = kind == "visits";
            let mut source = nodes[e.source as usize % nodes.len()].id.clone();
            let mut target = nodes[e.target as usize % nodes.len()].id.clone();
            // Undirected edges are stored once, source id < target id.
            if !directed && source > target {
                std::mem::swap(&mut source, &mut target);
            }
            let evidence = e
                .evidence
                .iter()
                .take(4)
                .map(|ev| Evidence {
                    date: ev.date.build().map(Arc::from),
                    doc: Arc::from(ev.doc.as_str()),
                    sentence: ev.sentence,
                    text: Arc::from(ev.text.as_str()),
                    trigger: ev.trigger.clone(),
                    modality: ev.modality.map(|m| modalities[m as usize % 3]),
                })
                .collect();
            EdgeRecord {
                source,
                target,
                edge: Edge {
                    kind: kind.to_string(),
                    directed,
                    weight: e.weight,
                    weight_by_date: Default::default(),
                    evidence,
                },
            }
        })
        .collect();
    let windows = [Window::Sentence, Window::Paragraph, Window::Document];
    let documents: Vec<DocInfo> = spec
            .documents
            .iter()
            .take(4)
            .map(|(id, title, date)| DocInfo {
                id: id.clone(),
                title: title.clone(),
                date: date.build(),
                url: None,
            })
            .collect();
    GraphData {
        format: FORMAT.to_string(),
        window: windows[spec.window as usize % 3],
        evidence_limit: spec.evidence_limit,
        document_count: documents.len() as u64,
        documents,
        nodes,
        edges,
        negated: Vec::new(),
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(spec) = GraphSpec::arbitrary(&mut u) else {
        return;
    };
    let (graph, dropped) = KnowledgeGraph::from_data(build(&spec));
    assert_eq!(dropped, 0, "edges between known nodes were dropped");
    let mut out = Vec::new();
    for format in [
        Format::Json,
        Format::NodeLink,
        Format::Cytoscape,
        Format::Graphml,
        Format::Gexf,
        Format::Dot,
    ] {
        out.clear();
        export::write(&graph, format, &mut out)
            .unwrap_or_else(|e| panic!("{format:?}: write failed: {e}"));
        let text = std::str::from_utf8(&out)
            .unwrap_or_else(|e| panic!("{format:?}: output is not UTF-8: {e}"));
        match format {
            Format::Json => check_graph_json(&graph, text),
            Format::NodeLink => check_node_link(&graph, text),
            Format::Cytoscape => check_cytoscape(&graph, text),
            Format::Graphml => check_graphml(&graph, text),
            Format::Gexf => check_gexf(&graph, text),
            Format::Dot => dot_check::check_dot(&graph, text),
            Format::Svg | Format::Png | Format::Html => unreachable!(),
        }
    }
    out.clear();
    export::write_with(&graph, Format::Gexf, &Options::new(true, false), &mut out)
        .unwrap_or_else(|e| panic!("dynamic GEXF: write failed: {e}"));
    let text = std::str::from_utf8(&out).expect("dynamic GEXF is not UTF-8");
    check_gexf(&graph, text);
});

/// What an XML reader gives back for `s`: characters XML 1.0 cannot hold
/// are replaced by U+FFFD.
fn xml_visible(s: &str) -> String {
    s.chars()
        .map(|c| if is_xml_char(c) { c } else { '\u{FFFD}' })
        .collect()
}

fn check_graph_json(graph: &KnowledgeGraph, text: &str) {
    let back: GraphData =
        serde_json::from_str(text).unwrap_or_else(|e| panic!("graph.json does not parse: {e}"));
    assert_eq!(back, graph.to_data(), "graph.json does not round-trip");
}

fn parse_json(format: &str, text: &str) -> serde_json::Value {
    assert!(text.ends_with('\n'), "{format}: no trailing newline");
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{format} does not parse: {e}"))
}

fn array<'a>(v: &'a serde_json::Value, path: &[&str], format: &str) -> &'a Vec<serde_json::Value> {
    let mut cur = v;
    for p in path {
        cur = cur
            .get(p)
            .unwrap_or_else(|| panic!("{format}: no {p:?} in {path:?}"));
    }
    cur.as_array()
        .unwrap_or_else(|| panic!("{format}: {path:?} is not an array"))
}

fn check_json_nodes(graph: &KnowledgeGraph, nodes: &[serde_json::Value], format: &str) {
    assert_eq!(nodes.len(), graph.node_count(), "{format}: node count");
    for (n, v) in graph.graph.node_weights().zip(nodes) {
        let v = v.get("data").unwrap_or(v);
        assert_eq!(v["id"].as_str(), Some(n.id.as_str()), "{format}: node id");
        assert_eq!(
            v["label"].as_str(),
            Some(n.name.as_str()),
            "{format}: label"
        );
    }
}

fn check_node_link(graph: &KnowledgeGraph, text: &str) {
    let v = parse_json("node-link", text);
    check_json_nodes(graph, array(&v, &["nodes"], "node-link"), "node-link");
    let edges = array(&v, &["edges"], "node-link");
    assert_eq!(edges.len(), graph.edge_count(), "node-link: edge count");
    assert_eq!(
        array(&v, &["links"], "node-link"),
        edges,
        "node-link: links"
    );
}

fn check_cytoscape(graph: &KnowledgeGraph, text: &str) {
    let v = parse_json("cytoscape", text);
    check_json_nodes(
        graph,
        array(&v, &["elements", "nodes"], "cytoscape"),
        "cytoscape",
    );
    let edges = array(&v, &["elements", "edges"], "cytoscape");
    assert_eq!(edges.len(), graph.edge_count(), "cytoscape: edge count");
}

fn parse_xml<'a>(format: &str, text: &'a str) -> roxmltree::Document<'a> {
    roxmltree::Document::parse(text)
        .unwrap_or_else(|e| panic!("{format} is not well-formed XML: {e}"))
}

fn elements<'a, 'i>(
    doc: &'a roxmltree::Document<'i>,
    tag: &'a str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'i>> + 'a {
    doc.descendants()
        .filter(move |n| n.is_element() && n.tag_name().name() == tag)
}

fn check_graphml(graph: &KnowledgeGraph, text: &str) {
    let doc = parse_xml("GraphML", text);
    let nodes: Vec<_> = elements(&doc, "node").collect();
    assert_eq!(nodes.len(), graph.node_count(), "GraphML: node count");
    assert_eq!(
        elements(&doc, "edge").count(),
        graph.edge_count(),
        "GraphML: edge count"
    );
    for (n, x) in graph.graph.node_weights().zip(&nodes) {
        let data = |key: &str| -> String {
            x.children()
                .find(|c| c.is_element() && c.attribute("key") == Some(key))
                .unwrap_or_else(|| panic!("GraphML: node without key {key}"))
                .text()
                .unwrap_or("")
                .to_string()
        };
        assert_eq!(data("k0"), xml_visible(&n.name), "GraphML: label");
        assert_eq!(data("k1"), xml_visible(&n.id), "GraphML: eid");
        check_aliases(n, &data("k6"), "GraphML");
    }
    let edges: Vec<_> = elements(&doc, "edge").collect();
    for (e, x) in graph.graph.raw_edges().iter().zip(&edges) {
        let evidence = x
            .children()
            .find(|c| c.is_element() && c.attribute("key") == Some("k16"))
            .and_then(|c| c.text())
            .unwrap_or("");
        check_evidence(&e.weight, evidence, "GraphML");
    }
}

/// The aliases attribute is a JSON array of the aliases.
fn check_aliases(n: &Node, json: &str, format: &str) {
    let got: Vec<String> = serde_json::from_str(json)
        .unwrap_or_else(|e| panic!("{format}: aliases {json:?} are not a JSON list: {e}"));
    // JSON escapes control characters itself (`\u0000`), so only the
    // non-characters U+FFFE and U+FFFF reach the XML escaper and are lost.
    let want: Vec<String> = n
        .aliases
        .iter()
        .map(|a| {
            a.chars()
                .map(|c| {
                    if c < ' ' || is_xml_char(c) {
                        c
                    } else {
                        '\u{FFFD}'
                    }
                })
                .collect()
        })
        .collect();
    assert_eq!(got, want, "{format}: aliases");
}

/// The evidence attribute is a JSON array of the first evidence items.
fn check_evidence(e: &Edge, json: &str, format: &str) {
    let got: Vec<serde_json::Value> = serde_json::from_str(json)
        .unwrap_or_else(|err| panic!("{format}: evidence {json:?} is not a JSON list: {err}"));
    assert_eq!(
        got.len(),
        e.evidence.len().min(export::EVIDENCE_CAP),
        "{format}: evidence items"
    );
}

fn check_gexf(graph: &KnowledgeGraph, text: &str) {
    let doc = parse_xml("GEXF", text);
    let nodes: Vec<_> = elements(&doc, "node").collect();
    assert_eq!(nodes.len(), graph.node_count(), "GEXF: node count");
    assert_eq!(
        elements(&doc, "edge").count(),
        graph.edge_count(),
        "GEXF: edge count"
    );
    for (n, x) in graph.graph.node_weights().zip(&nodes) {
        assert_eq!(
            x.attribute("label"),
            Some(xml_visible(&n.name).as_str()),
            "GEXF: label"
        );
        let eid = x
            .descendants()
            .find(|c| c.is_element() && c.attribute("for") == Some("a0"))
            .and_then(|c| c.attribute("value"));
        assert_eq!(eid, Some(xml_visible(&n.id).as_str()), "GEXF: eid");
        check_aliases(n, attvalue(x, "a5"), "GEXF");
    }
    let edges: Vec<_> = elements(&doc, "edge").collect();
    for (e, x) in graph.graph.raw_edges().iter().zip(&edges) {
        check_evidence(&e.weight, attvalue(x, "a11"), "GEXF");
    }
}

/// The value of a GEXF `<attvalue for="...">` under `x` ("" if none).
fn attvalue<'a>(x: &roxmltree::Node<'a, '_>, id: &str) -> &'a str {
    x.descendants()
        .find(|c| c.is_element() && c.attribute("for") == Some(id))
        .and_then(|c| c.attribute("value"))
        .unwrap_or("")
}
