//! Graphviz DOT export.
//!
//! Always a `digraph` (never `--`): directed relations are `->` edges, and
//! undirected ones (co-occurrence, `meets`) are `->` edges with `dir=none`.
//! Every id and string is quoted and escaped by [`crate::base::escape`], so keywords
//! (`node`, `graph`, `strict`, ...), leading digits (`3M`), quotes,
//! backslashes (a literal `\N` stays literal) and control characters are safe.
//!
//! - Node ids are the entity ids (quoted). If any entity id holds control
//!   characters (which the DOT escaper would drop, risking two ids becoming
//!   one), every node id falls back to `n0`, `n1`, ... in id order.
//! - Nodes: shape and fill by type (person ellipse, place box, organisation
//!   hexagon), label = name (cut at [`LABEL_CAP`] characters), tooltip =
//!   full name, type, id and mention/document counts.
//! - Edges: colour per kind (co-occurrence grey, relations coloured and
//!   labelled with their kind, planned-only relations dashed), `penwidth`
//!   from the weight (`1 + ln w`, capped at 8), `weight` the integer weight
//!   (Graphviz needs an int), tooltip = the first evidence sentences.

use super::{edge_width, hex, kind_rgb, type_rgb, write_f64, write_u64};
use crate::base::escape::{dot_lossy, truncate_chars, write_dot_id, write_dot_str};
use crate::base::types::{EntityType, Modality};
use crate::graph::{Edge, KnowledgeGraph, COOCCURRENCE};
use std::borrow::Cow;
use std::io::{self, Write};

/// Node labels longer than this many characters are cut (the tooltip keeps
/// the whole name).
pub const LABEL_CAP: usize = 60;
/// Evidence sentences shown in an edge tooltip.
pub const TOOLTIP_SENTENCES: usize = 3;
/// Characters of each evidence sentence shown in an edge tooltip.
pub const TOOLTIP_SENTENCE_CAP: usize = 200;

fn shape(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "ellipse",
        EntityType::Place => "box",
        EntityType::Organisation => "hexagon",
    }
}

/// Writes `graph` as a DOT digraph.
///
/// # Errors
/// Returns write errors.
pub fn write_dot<W: Write>(graph: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let g = &graph.graph;
    let use_entity_ids = !g.node_weights().any(|n| dot_lossy(&n.id));
    let ids: Vec<Cow<'_, str>> = g
        .node_weights()
        .enumerate()
        .map(|(i, n)| {
            if use_entity_ids {
                Cow::Borrowed(n.id.as_str())
            } else {
                Cow::Owned(format!("n{i}"))
            }
        })
        .collect();
    let node_id = |i: usize| -> &str { &ids[i] };
    writeln!(w, "digraph \"gazegraph\" {{")?;
    // An entity network has no hierarchy: a force-directed layout (neato)
    // reads far better than dot's ranks, and `dot -Tsvg` honours `layout`.
    writeln!(
        w,
        "  graph [charset=\"UTF-8\", fontname=\"Helvetica\", layout=neato, overlap=prism, splines=true];"
    )?;
    writeln!(
        w,
        "  node [style=filled, fontname=\"Helvetica\", fontcolor=\"#FFFFFF\", color=\"#333333\"];"
    )?;
    writeln!(w, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
    let (mut tooltip, mut num) = (String::new(), String::new());
    for (i, n) in g.node_weights().enumerate() {
        {
            use std::fmt::Write as _;
            tooltip.clear();
            let _ = write!(
                tooltip,
                "{} ({}, id {})\nmentions: {}, documents: {}",
                n.name,
                n.etype.as_str(),
                n.id,
                n.mentions,
                n.documents
            );
        }
        w.write_all(b"  ")?;
        write_dot_id(w, node_id(i))?;
        w.write_all(b" [label=\"")?;
        write_dot_str(w, &truncate_chars(&n.name, LABEL_CAP))?;
        w.write_all(b"\", shape=")?;
        w.write_all(shape(n.etype).as_bytes())?;
        w.write_all(b", fillcolor=\"")?;
        w.write_all(hex(type_rgb(n.etype)).as_bytes())?;
        w.write_all(b"\", tooltip=\"")?;
        write_dot_str(w, &tooltip)?;
        w.write_all(b"\"];\n")?;
    }
    for e in g.raw_edges() {
        let edge = &e.weight;
        let (s, t) = (e.source().index(), e.target().index());
        w.write_all(b"  ")?;
        write_dot_id(w, node_id(s))?;
        w.write_all(b" -> ")?;
        write_dot_id(w, node_id(t))?;
        let colour = hex(kind_rgb(&edge.kind));
        w.write_all(b" [color=\"")?;
        w.write_all(colour.as_bytes())?;
        w.write_all(b"\"")?;
        if !edge.directed {
            w.write_all(b", dir=none")?;
        }
        if edge.kind != COOCCURRENCE {
            w.write_all(b", label=\"")?;
            write_dot_str(w, &edge.kind)?;
            w.write_all(b"\", fontcolor=\"")?;
            w.write_all(colour.as_bytes())?;
            w.write_all(b"\"")?;
            if planned_only(edge) {
                w.write_all(b", style=dashed")?;
            }
        }
        w.write_all(b", penwidth=")?;
        write_f64(w, &mut num, edge_width(edge.weight))?;
        w.write_all(b", weight=")?;
        write_u64(w, edge.weight.min(i32::MAX as u64))?;
        let nodes = g.raw_nodes();
        let name = |i: usize| nodes.get(i).map_or("", |n| n.weight.name.as_str());
        edge_tooltip(&mut tooltip, edge, name(s), name(t));
        w.write_all(b", tooltip=\"")?;
        write_dot_str(w, &tooltip)?;
        w.write_all(b"\"];\n")?;
    }
    writeln!(w, "}}")
}

/// True if every evidence of a relation is planned (not yet happened).
fn planned_only(e: &Edge) -> bool {
    !e.evidence.is_empty()
        && e.evidence
            .iter()
            .all(|ev| ev.modality == Some(Modality::Planned))
}

fn edge_tooltip(buf: &mut String, e: &Edge, source: &str, target: &str) {
    use std::fmt::Write as _;
    buf.clear();
    let arrow = if e.directed { "→" } else { "—" };
    let _ = write!(
        buf,
        "{} {arrow} {} ({}, weight {})",
        truncate_chars(source, LABEL_CAP),
        truncate_chars(target, LABEL_CAP),
        e.kind,
        e.weight
    );
    for ev in e.evidence.iter().take(TOOLTIP_SENTENCES) {
        buf.push_str("\n[");
        if let Some(d) = ev.date.as_deref() {
            buf.push_str(d);
            buf.push(' ');
        }
        buf.push_str(&ev.doc);
        buf.push('#');
        buf.push_str(itoa::Buffer::new().format(ev.sentence));
        buf.push_str("] ");
        buf.push_str(&truncate_chars(&ev.text, TOOLTIP_SENTENCE_CAP));
    }
    if e.evidence.len() > TOOLTIP_SENTENCES {
        let _ = write!(buf, "\n(+{} more)", e.evidence.len() - TOOLTIP_SENTENCES);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{GraphData, Node, FORMAT};

    fn kg(ids: &[&str]) -> KnowledgeGraph {
        let nodes = ids
            .iter()
            .map(|id| Node {
                id: id.to_string(),
                name: format!("name {id}"),
                etype: EntityType::Person,
                qid: None,
                aliases: vec![],
                mentions: 1,
                documents: 1,
                surface: Default::default(),
                docs: vec![],
                first_seen: None,
                last_seen: None,
            })
            .collect();
        let data = GraphData {
            format: FORMAT.into(),
            window: Default::default(),
            evidence_limit: 0,
            document_count: 0,
            documents: vec![],
            nodes,
            edges: vec![],
            negated: vec![],
        };
        KnowledgeGraph::from_data(data).0
    }

    fn dot(g: &KnowledgeGraph) -> String {
        let mut buf = Vec::new();
        write_dot(g, &mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn entity_ids_are_node_ids_unless_lossy() {
        let clean = dot(&kg(&["node", "a\"b"]));
        assert!(clean.contains("  \"node\" [label=\"name node\""));
        assert!(clean.contains("  \"a\\\"b\" [label="));
        // "a\u{1}" and "a" would both escape to "a": fall back to n0, n1.
        let lossy = dot(&kg(&["a", "a\u{1}"]));
        assert!(lossy.contains("  \"n0\" [") && lossy.contains("  \"n1\" ["));
        assert!(!lossy.contains("  \"a\" ["));
    }
}
