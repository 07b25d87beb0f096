//! GEXF 1.3 export (Gephi's native format), valid against the GEXF 1.3
//! RELAX NG schema and loading with networkx `read_gexf`.
//!
//! - Namespaces `http://gexf.net/1.3` and `http://gexf.net/1.3/viz`, no
//!   `xsi:schemaLocation`.
//! - Ids are generated: nodes `n0, n1, ...` (entity id order), edges
//!   `e0, e1, ...`, attributes `a0, a1, ...`; the entity id is the `eid`
//!   attribute and the node `label` is the name.
//! - `defaultedgetype="directed"` with no per-edge `type`: networkx refuses
//!   an `undirected` edge in a directed graph and doubles `mutual` edges, so
//!   direction is the boolean `directed` attribute (false for co-occurrence
//!   and `meets`), as in the GraphML export.
//! - Each edge's XML `kind` attribute is its kind (`cooccurrence`, `meets`,
//!   ...): Gephi uses `kind` as the edge type, so a co-occurrence and a
//!   relation edge between the same pair are never merged as parallel
//!   edges. The kind is also the edge `label` and a `kind` attribute (which
//!   networkx keeps).
//! - Visuals: `viz:color` as r/g/b (networkx cannot read `hex`) by entity
//!   type or edge kind, `viz:size` from mentions, `viz:thickness` from weight,
//!   `viz:shape` by type.
//! - Typed attributes: integers, a boolean, strings, and `aliases` as
//!   `liststring`, written as a JSON array (`["Korut","DPRK"]`), which is
//!   also Gephi's bracketed, quoted list syntax.
//! - Dynamic mode (`mode="dynamic" timeformat="date"`): a node lives from
//!   its `first_seen` to its `last_seen` date (`start`/`end`), an edge has one
//!   spell per distinct evidence date. Dates that are not valid `xs:date`
//!   values are left out, so the file always validates.

use super::{
    date_range, edge_width, evidence_json_into, kind_rgb, node_size, type_rgb, write_f64, write_u64,
};
use crate::base::escape::{is_xsd_date, write_xml, write_xml_bytes};
use crate::base::types::EntityType;
use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

/// Node attributes: (id, title, type).
pub const NODE_ATTRS: [(&str, &str, &str); 9] = [
    ("a0", "eid", "string"),
    ("a1", "type", "string"),
    ("a2", "qid", "string"),
    ("a3", "mentions", "long"),
    ("a4", "documents", "long"),
    ("a5", "aliases", "liststring"),
    ("a6", "surface", "string"),
    ("a7", "first_seen", "string"),
    ("a8", "last_seen", "string"),
];

/// Edge attributes: (id, title, type).
pub const EDGE_ATTRS: [(&str, &str, &str); 5] = [
    ("a9", "kind", "string"),
    ("a10", "directed", "boolean"),
    ("a11", "evidence", "string"),
    ("a12", "first_date", "string"),
    ("a13", "last_date", "string"),
];

fn viz_shape(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "disc",
        EntityType::Place => "square",
        EntityType::Organisation => "diamond",
    }
}

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
    if dynamic {
        writeln!(
            w,
            "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">"
        )?;
    } else {
        writeln!(w, "  <graph defaultedgetype=\"directed\" mode=\"static\">")?;
    }
    attributes(w, "node", &NODE_ATTRS)?;
    attributes(w, "edge", &EDGE_ATTRS)?;
    let g = &graph.graph;
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
        w.write_all(b"        </attvalues>\n")?;
        let (r, gr, b) = type_rgb(n.etype);
        viz_color(w, r, gr, b)?;
        w.write_all(b"        <viz:size value=\"")?;
        write_f64(w, &mut num, node_size(n.mentions))?;
        w.write_all(b"\"/>\n        <viz:shape value=\"")?;
        w.write_all(viz_shape(n.etype).as_bytes())?;
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
        w.write_all(b"        </attvalues>\n")?;
        if dynamic {
            let mut dates: Vec<&str> = edge
                .evidence
                .iter()
                .filter_map(|ev| ev.date.as_deref())
                .filter(|d| is_xsd_date(d))
                .collect();
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
        w.write_all(b"        <viz:thickness value=\"")?;
        write_f64(w, &mut num, edge_width(edge.weight))?;
        w.write_all(b"\"/>\n      </edge>\n")?;
    }
    writeln!(w, "    </edges>")?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</gexf>")
}
