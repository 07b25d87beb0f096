//! GraphML export, valid against the GraphML 1.0 XSD, loading in networkx,
//! igraph and Gephi.
//!
//! # Ids
//! Element ids are generated NMTOKENs: nodes `n0, n1, ...` (in entity id
//! order), edges `e0, e1, ...`, keys `k0, k1, ...`. User strings never go
//! into ids; the entity id is the `eid` data attribute.
//!
//! # Edge direction
//! The graph is written with `edgedefault="undirected"` and no per-edge
//! `directed` XML attribute, so every GraphML reader (networkx, igraph,
//! Gephi) loads co-occurrence as undirected, and degree or PageRank on it
//! agree with `gazegraph top`. (A per-edge `directed` cannot carry a mixed
//! graph: networkx refuses an edge whose `directed` contradicts
//! `edgedefault`, and igraph ignores it.) Relation direction stays
//! readable: each edge carries a boolean `directed` data attribute (false
//! for co-occurrence and symmetric relations such as `meets`) and the
//! entity ids of its `source_eid` and `target_eid` (subject and object of a
//! directed relation; the XML `source`/`target` follow the same order).
//! Undirected edges are stored once (source id < target id), so edge
//! counts match graph.json exactly. networkx reads a `Graph` (a
//! `MultiGraph` when two kinds join the same pair).
//!
//! # Edge kinds and Gephi
//! Every edge has a `kind` data attribute and its `label` is the kind, so
//! co-occurrence and each relation type stay distinguishable. Gephi's
//! GraphML importer has no edge-type column (it only reads label, weight,
//! color and direction), so all GraphML edges share one Gephi edge type and
//! a co-occurrence edge and a relation edge over the same ordered pair count
//! as parallel edges there: choose "Don't merge" as the edge merge strategy
//! in the import dialog, or open the GEXF export, whose `kind` is Gephi's
//! edge type and never merges, and which draws relations as arrows.
//!
//! # Keys
//! Node: `label`, `eid`, `type`, `qid`, `mentions` (int), `documents` (int),
//! `aliases` (a JSON array in one string: GraphML allows one `<data>` per
//! key), `surface` (JSON object of surface form → count), `first_seen`,
//! `last_seen`, `color` (`#RRGGBB`, Gephi's magic key), `size` (double),
//! `degree` (int), `weighted_degree` (long), `pagerank` (double),
//! `community` (int) (see [`crate::graph::metrics`]).
//! Edge: `label`, `kind`, `weight` (double), `directed` (boolean), `evidence`
//! (JSON array, first [`super::EVIDENCE_CAP`] items), `first_date`,
//! `last_date`, `color`, `source_eid`, `target_eid`, `weight_by_date`
//! (JSON object date → weight, when dated).

use super::{
    date_range, evidence_json_into, hex, kind_rgb, node_size, type_rgb, write_f64, write_u64,
};
use crate::base::escape::{write_xml, write_xml_bytes};
use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

/// The declared keys: (id, for, attr.name, attr.type).
pub const KEYS: [(&str, &str, &str, &str); 27] = [
    ("k0", "node", "label", "string"),
    ("k1", "node", "eid", "string"),
    ("k2", "node", "type", "string"),
    ("k3", "node", "qid", "string"),
    ("k4", "node", "mentions", "int"),
    ("k5", "node", "documents", "int"),
    ("k6", "node", "aliases", "string"),
    ("k7", "node", "surface", "string"),
    ("k8", "node", "first_seen", "string"),
    ("k9", "node", "last_seen", "string"),
    ("k10", "node", "color", "string"),
    ("k11", "node", "size", "double"),
    ("k12", "edge", "label", "string"),
    ("k13", "edge", "kind", "string"),
    ("k14", "edge", "weight", "double"),
    ("k15", "edge", "directed", "boolean"),
    ("k16", "edge", "evidence", "string"),
    ("k17", "edge", "first_date", "string"),
    ("k18", "edge", "last_date", "string"),
    ("k19", "edge", "color", "string"),
    ("k20", "node", "degree", "int"),
    ("k21", "node", "weighted_degree", "long"),
    ("k22", "node", "pagerank", "double"),
    ("k23", "node", "community", "int"),
    ("k24", "edge", "source_eid", "string"),
    ("k25", "edge", "target_eid", "string"),
    ("k26", "edge", "weight_by_date", "string"),
];

fn data<W: Write>(w: &mut W, key: &str, value: &str) -> io::Result<()> {
    data_bytes(w, key, |w| write_xml(w, value))
}

/// One `<data>` line whose escaped value `value` writes.
fn data_bytes<W: Write>(
    w: &mut W,
    key: &str,
    value: impl FnOnce(&mut W) -> io::Result<()>,
) -> io::Result<()> {
    w.write_all(b"      <data key=\"")?;
    w.write_all(key.as_bytes())?;
    w.write_all(b"\">")?;
    value(w)?;
    w.write_all(b"</data>\n")
}

/// Writes `graph` as GraphML.
///
/// # Errors
/// Returns write errors.
pub fn write_graphml<W: Write>(graph: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        w,
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">"
    )?;
    for (id, for_, name, ty) in KEYS {
        writeln!(
            w,
            "  <key id=\"{id}\" for=\"{for_}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        )?;
    }
    writeln!(w, "  <graph id=\"G\" edgedefault=\"undirected\">")?;
    let g = &graph.graph;
    // Reusable buffers: JSON values and formatted numbers.
    let (mut json, mut num) = (Vec::new(), String::new());
    for (i, n) in g.node_weights().enumerate() {
        w.write_all(b"    <node id=\"n")?;
        write_u64(w, i as u64)?;
        w.write_all(b"\">\n")?;
        data(w, "k0", &n.name)?;
        data(w, "k1", &n.id)?;
        data(w, "k2", n.etype.as_str())?;
        if let Some(q) = &n.qid {
            data(w, "k3", q)?;
        }
        data_bytes(w, "k4", |w| write_u64(w, n.mentions.min(i32::MAX as u64)))?;
        data_bytes(w, "k5", |w| write_u64(w, n.documents.min(i32::MAX as u64)))?;
        json.clear();
        serde_json::to_writer(&mut json, &n.aliases)?;
        data_bytes(w, "k6", |w| write_xml_bytes(w, &json))?;
        json.clear();
        serde_json::to_writer(&mut json, &n.surface)?;
        data_bytes(w, "k7", |w| write_xml_bytes(w, &json))?;
        if let Some(d) = &n.first_seen {
            data(w, "k8", d)?;
        }
        if let Some(d) = &n.last_seen {
            data(w, "k9", d)?;
        }
        data(w, "k10", &hex(type_rgb(n.etype)))?;
        data_bytes(w, "k11", |w| write_f64(w, &mut num, node_size(n.mentions)))?;
        data_bytes(w, "k20", |w| write_u64(w, n.degree.min(i32::MAX as u64)))?;
        data_bytes(w, "k21", |w| {
            write_u64(w, n.weighted_degree.min(i64::MAX as u64))
        })?;
        data_bytes(w, "k22", |w| write_f64(w, &mut num, n.pagerank.0))?;
        data_bytes(w, "k23", |w| write_u64(w, n.community.into()))?;
        w.write_all(b"    </node>\n")?;
    }
    for (i, e) in g.raw_edges().iter().enumerate() {
        let edge = &e.weight;
        w.write_all(b"    <edge id=\"e")?;
        write_u64(w, i as u64)?;
        w.write_all(b"\" source=\"n")?;
        write_u64(w, e.source().index() as u64)?;
        w.write_all(b"\" target=\"n")?;
        write_u64(w, e.target().index() as u64)?;
        w.write_all(b"\">\n")?;
        data(w, "k12", &edge.kind)?;
        data(w, "k13", &edge.kind)?;
        data_bytes(w, "k14", |w| write_f64(w, &mut num, edge.weight as f64))?;
        data(w, "k15", if edge.directed { "true" } else { "false" })?;
        evidence_json_into(edge, &mut json);
        data_bytes(w, "k16", |w| write_xml_bytes(w, &json))?;
        let (first, last) = date_range(edge);
        if let Some(d) = first {
            data(w, "k17", d)?;
        }
        if let Some(d) = last {
            data(w, "k18", d)?;
        }
        data(w, "k19", &hex(kind_rgb(&edge.kind)))?;
        let nodes = g.raw_nodes();
        let eid = |i: usize| nodes.get(i).map_or("", |n| n.weight.id.as_str());
        data(w, "k24", eid(e.source().index()))?;
        data(w, "k25", eid(e.target().index()))?;
        if !edge.weight_by_date.is_empty() {
            json.clear();
            serde_json::to_writer(&mut json, &edge.weight_by_date)?;
            data_bytes(w, "k26", |w| write_xml_bytes(w, &json))?;
        }
        w.write_all(b"    </edge>\n")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn keys_are_unique() {
        let ids: HashSet<_> = KEYS.iter().map(|k| k.0).collect();
        let pairs: HashSet<_> = KEYS.iter().map(|k| (k.1, k.2)).collect();
        assert_eq!(ids.len(), KEYS.len());
        assert_eq!(pairs.len(), KEYS.len());
        // yEd's d3/d7 and Gephi's edge `id` property must not be shadowed.
        assert!(!KEYS
            .iter()
            .any(|k| k.2 == "id" || k.0 == "d3" || k.0 == "d7"));
    }
}
