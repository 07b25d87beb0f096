//! Exporters (STUB: interface only, to be implemented): DOT, GraphML,
//! GEXF 1.3, node-link JSON and Cytoscape.js JSON, each writing to any
//! `W: Write` through an escaping adapter.

use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// graph.json, the native format.
    Json,
    /// Graphviz DOT.
    Dot,
    /// GraphML.
    Graphml,
    /// GEXF 1.3.
    Gexf,
    /// networkx node-link JSON.
    NodeLink,
    /// Cytoscape.js elements JSON.
    Cytoscape,
    /// SVG through Graphviz `dot`.
    Svg,
    /// PNG through Graphviz `dot`.
    Png,
}

impl Format {
    /// File name extension, e.g. `graphml`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::NodeLink => "nodelink.json",
            Format::Cytoscape => "cytoscape.json",
            Format::Svg => "svg",
            Format::Png => "png",
        }
    }
}

/// Writes `graph` in `format` to `w`.
///
/// # Errors
/// Returns write errors, and an error for SVG/PNG when Graphviz is missing.
pub fn write<W: Write>(graph: &KnowledgeGraph, format: Format, w: W) -> io::Result<()> {
    let _ = (graph, format, w);
    unimplemented!()
}
