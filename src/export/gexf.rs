//! GEXF 1.3 export (Gephi's native format), valid against the GEXF 1.3
//! RELAX NG schema and loading with networkx `read_gexf`.
//!
//! - Namespaces `http://gexf.net/1.3` and `http://gexf.net/1.3/viz`, no
//!   `xsi:schemaLocation`.
//! - Ids are generated: nodes `n0, n1, ...` (entity id order), edges
//!   `e0, e1, ...`, attributes `a0, a1, ...`; the entity id is the `eid`
//!   attribute and the node `label` is the name.
//! - Every edge has its GEXF `type`: `undirected` for co-occurrence and
//!   symmetric relations (`meets`), `directed` for the others, which is
//!   what Gephi's importer reads to draw arrows and run directed or
//!   undirected statistics. `defaultedgetype` is `directed` when some edge
//!   is, else `undirected`. networkx reads no mixed graph (it refuses an
//!   `undirected` edge in a directed graph), so it loads exports of one
//!   edge family (`--kind cooccurrence`); the GraphML and node-link exports
//!   load whole. The boolean `directed` attribute says it again.
//! - Each edge's XML `kind` attribute is its kind (`cooccurrence`, `meets`,
//!   ...): Gephi uses `kind` as the edge type, so a co-occurrence and a
//!   relation edge between the same pair are never merged as parallel
//!   edges. The kind is also the edge `label` and a `kind` attribute (which
//!   networkx keeps).
//! - Visuals: `viz:color` as r/g/b (networkx cannot read `hex`) by entity
//!   type or edge kind and `viz:size` from mentions: what Gephi's importer
//!   reads (it ignores `viz:shape` and `viz:thickness`, so neither is
//!   written; Gephi draws thickness from the edge `weight`).
//! - Node centrality and community (`degree`, `weighted_degree`,
//!   `pagerank`, `community`, see [`crate::graph::metrics`]), ready for
//!   Gephi's Appearance panel; edges carry `weight_by_date` (JSON).
//! - Typed attributes: integers, a boolean, strings, and `aliases` as
//!   `liststring`, written as a JSON array (`["Korut","DPRK"]`), which is
//!   also Gephi's bracketed, quoted list syntax.
//! - Dynamic mode (`mode="dynamic" timeformat="date"`): a node lives from
//!   its `first_seen` to its `last_seen` date (`start`/`end`), an edge has one
//!   spell per date it was seen on (from its exact per-date counts, not
//!   the capped evidence). Dates that are not valid `xs:date`
//!   values are left out, so the file always validates.

use super::{date_range, evidence_json_into, kind_rgb, node_size, type_rgb, write_f64, write_u64};
use crate::base::escape::{is_xsd_date, write_xml, write_xml_bytes};
use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

/// Node attributes: (id, title, type).
pub const NODE_ATTRS: [(&str, &str, &str); 13] = [
    ("a0", "eid", "string"),
    ("a1", "type", "string"),
    ("a2", "qid", "string"),
    ("a3", "mentions", "long"),
    ("a4", "documents", "long"),
    ("a5", "aliases", "liststring"),
    ("a6", "surface", "string"),
    ("a7", "first_seen", "string"),
    ("a8", "last_seen", "string"),
    ("a14", "degree", "long"),
    ("a15", "weighted_degree", "long"),
    ("a16", "pagerank", "double"),
    ("a17", "community", "integer"),
];

/// Edge attributes: (id, title, type).
pub const EDGE_ATTRS: [(&str, &str, &str); 6] = [
    ("a9", "kind", "string"),
    ("a10", "directed", "boolean"),
    ("a11", "evidence", "string"),
    ("a12", "first_date", "string"),
    ("a13", "last_date", "string"),
    ("a18", "weight_by_date", "string"),
];

fn attvalue<W: Write>(w: &mut W, id: &str, value: &str) -> io::Result<()> {
    attvalue_with(w, id, |w| write_xml(w, value))
}

/// One `<attvalue>` line whose escaped value `value` writes.
fn attvalue_with<W: Write>(
    w: &mut W,
    id: &str,
    value: impl FnOnce(&mut W) -> io::Result<()>,
) -> io::Result<()> {
    w.write_all(b"          <attvalue for=\"")?;
    w.write_all(id.as_bytes())?;
    w.write_all(b"\" value=\"")?;
    value(w)?;
    w.write_all(b"\"/>\n")
}

fn viz_color<W: Write>(w: &mut W, r: u8, g: u8, b: u8) -> io::Result<()> {
    w.write_all(b"        <viz:color r=\"")?;
    write_u64(w, r.into())?;
    w.write_all(b"\" g=\"")?;
    write_u64(w, g.into())?;
    w.write_all(b"\" b=\"")?;
    write_u64(w, b.into())?;
    w.write_all(b"\"/>\n")
}

fn attributes<W: Write>(w: &mut W, class: &str, attrs: &[(&str, &str, &str)]) -> io::Result<()> {
    writeln!(w, "    <attributes class=\"{class}\" mode=\"static\">")?;
    for (id, title, ty) in attrs {
        writeln!(
            w,
            "      <attribute id=\"{id}\" title=\"{title}\" type=\"{ty}\"/>"
        )?;
    }
    writeln!(w, "    </attributes>")
}

/// Writes `graph` as GEXF 1.3; `dynamic` adds time spells from dates.
///
/// # Errors
/// Returns write errors.
pub fn write_gexf<W: Write>(graph: &KnowledgeGraph, w: &mut W, dynamic: bool) -> io::Result<()> {
    writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        w,
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">"
    )?;
    writeln!(w, "  <meta>")?;
    writeln!(w, "    <creator>gazegraph</creator>")?;
    writeln!(
        w,
        "    <description>Entity knowledge graph: co-occurrence and typed relation edges</description>"
    )?;
    writeln!(w, "  </meta>")?;
    let g = &graph.graph;
    // Every edge says its own type; the default only matters to readers
    // that cannot mix (networkx), which then read one-kind exports.
    let default = if g.edge_weights().any(|e| e.directed) {
        "directed"
    } else {
        "undirected"
    };
    if dynamic {
        writeln!(
            w,
            "  <graph defaultedgetype=\"{default}\" mode=\"dynamic\" timeformat=\"date\">"
        )?;
    } else {
        writeln!(w, "  <graph defaultedgetype=\"{default}\" mode=\"static\">")?;
    }
    attributes(w, "node", &NODE_ATTRS)?;
    attributes(w, "edge", &EDGE_ATTRS)?;
    writeln!(w, "    <nodes count=\"{}\">", g.node_count())?;
    // Reusable buffers: JSON values and formatted numbers.
    let (mut json, mut num) = (Vec::new(), String::new());
    for (i, n) in g.node_weights().enumerate() {
        w.write_all(b"      <node id=\"n")?;
        write_u64(w, i as u64)?;
        w.write_all(b"\" label=\"")?;
        write_xml(w, &n.name)?;
        w.write_all(b"\"")?;
        if dynamic {
            for (attr, date) in [("start", &n.first_seen), ("end", &n.last_seen)] {
                if let Some(d) = date.as_deref().filter(|d| is_xsd_date(d)) {
                    write!(w, " {attr}=\"{d}\"")?;
                }
            }
        }
        w.write_all(b">\n        <attvalues>\n")?;
        attvalue(w, "a0", &n.id)?;
        attvalue(w, "a1", n.etype.as_str())?;
        if let Some(q) = &n.qid {
            attvalue(w, "a2", q)?;
        }
        attvalue_with(w, "a3", |w| write_u64(w, n.mentions))?;
        attvalue_with(w, "a4", |w| write_u64(w, n.documents))?;
        json.clear();
        serde_json::to_writer(&mut json, &n.aliases)?;
        attvalue_with(w, "a5", |w| write_xml_bytes(w, &json))?;
        json.clear();
        serde_json::to_writer(&mut json, &n.surface)?;
        attvalue_with(w, "a6", |w| write_xml_bytes(w, &json))?;
        if let Some(d) = &n.first_seen {
            attvalue(w, "a7", d)?;
        }
        if let Some(d) = &n.last_seen {
            attvalue(w, "a8", d)?;
        }
        attvalue_with(w, "a14", |w| write_u64(w, n.degree.min(i64::MAX as u64)))?;
        attvalue_with(w, "a15", |w| {
            write_u64(w, n.weighted_degree.min(i64::MAX as u64))
        })?;
        attvalue_with(w, "a16", |w| write_f64(w, &mut num, n.pagerank.0))?;
        attvalue_with(w, "a17", |w| write_u64(w, n.community.into()))?;
        w.write_all(b"        </attvalues>\n")?;
        let (r, gr, b) = type_rgb(n.etype);
        viz_color(w, r, gr, b)?;
        w.write_all(b"        <viz:size value=\"")?;
        write_f64(w, &mut num, node_size(n.mentions))?;
        w.write_all(b"\"/>\n      </node>\n")?;
    }
    writeln!(w, "    </nodes>")?;
    writeln!(w, "    <edges count=\"{}\">", g.edge_count())?;
    for (i, e) in g.raw_edges().iter().enumerate() {
        let edge = &e.weight;
        w.write_all(b"      <edge id=\"e")?;
        write_u64(w, i as u64)?;
        w.write_all(b"\" source=\"n")?;
        write_u64(w, e.source().index() as u64)?;
        w.write_all(b"\" target=\"n")?;
        write_u64(w, e.target().index() as u64)?;
        w.write_all(if edge.directed {
            &b"\" type=\"directed"[..]
        } else {
            b"\" type=\"undirected"
        })?;
        w.write_all(b"\" label=\"")?;
        write_xml(w, &edge.kind)?;
        w.write_all(b"\" kind=\"")?;
        write_xml(w, &edge.kind)?;
        w.write_all(b"\" weight=\"")?;
        write_u64(w, edge.weight)?;
        w.write_all(b"\">\n        <attvalues>\n")?;
        attvalue(w, "a9", &edge.kind)?;
        attvalue(w, "a10", if edge.directed { "true" } else { "false" })?;
        evidence_json_into(edge, &mut json);
        attvalue_with(w, "a11", |w| write_xml_bytes(w, &json))?;
        let (first, last) = date_range(edge);
        if let Some(d) = first {
            attvalue(w, "a12", d)?;
        }
        if let Some(d) = last {
            attvalue(w, "a13", d)?;
        }
        if !edge.weight_by_date.is_empty() {
            json.clear();
            serde_json::to_writer(&mut json, &edge.weight_by_date)?;
            attvalue_with(w, "a18", |w| write_xml_bytes(w, &json))?;
        }
        w.write_all(b"        </attvalues>\n")?;
        if dynamic {
            // From the exact per-date counts, never the capped evidence
            // (graphs written before the counts fall back to it).
            let mut dates: Vec<&str> = if edge.weight_by_date.is_empty() {
                edge.evidence
                    .iter()
                    .filter_map(|ev| ev.date.as_deref())
                    .collect()
            } else {
                edge.weight_by_date.keys().map(String::as_str).collect()
            };
            dates.retain(|d| is_xsd_date(d));
            dates.sort_unstable();
            dates.dedup();
            if !dates.is_empty() {
                writeln!(w, "        <spells>")?;
                for d in dates {
                    writeln!(w, "          <spell start=\"{d}\" end=\"{d}\"/>")?;
                }
                writeln!(w, "        </spells>")?;
            }
        }
        let (r, gr, b) = kind_rgb(&edge.kind);
        viz_color(w, r, gr, b)?;
        w.write_all(b"      </edge>\n")?;
    }
    writeln!(w, "    </edges>")?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</gexf>")
}
