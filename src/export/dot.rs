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
//! - No `layout` attribute: `dot`, `neato`, `sfdp`, ... each lay it out
//!   their own way (`export --format svg --layout ENGINE` picks one).
//! - A legend as the graph label (an HTML-like table): the entity types
//!   and edge kinds present, what width and dashes mean, and the cut when
//!   the export kept only the top entities.
//! - Nodes: shape and fill by type (person ellipse, place box, organisation
//!   hexagon), label = name (cut at [`LABEL_CAP`] characters) in white or
//!   near-black, whichever reads at 4.5:1 or better on the fill; tooltip =
//!   full name, type, id, counts and community.
//! - Edges: colour per kind (co-occurrence grey, relations coloured,
//!   planned-only relations dashed), `penwidth` from the weight (`1 + ln w`,
//!   capped at 8), `weight` the integer weight (Graphviz needs an int),
//!   tooltip = the first evidence sentences. Relation edges between one
//!   pair of entities share one label (their kinds, comma-separated) so
//!   labels do not stack; a label is its kind's colour darkened to 4.5:1 on
//!   white, or near-black when it names several kinds.

use super::{
    edge_width, hex, kind_rgb, label_on, readable_on_white, type_rgb, write_f64, write_u64,
};
use crate::base::escape::{dot_lossy, truncate_chars, write_dot_id, write_dot_str, write_xml};
use crate::base::types::{EntityType, Modality};
use crate::graph::{Edge, KnowledgeGraph, Node, COOCCURRENCE};
use petgraph::graph::DiGraph;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
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
    write_dot_noted(graph, None, w)
}

/// Writes `graph` as a DOT digraph; `cut` = `Some(total)` says in the
/// legend that the graph is the default cut of a graph of `total` entities.
///
/// # Errors
/// Returns write errors.
pub fn write_dot_noted<W: Write>(
    graph: &KnowledgeGraph,
    cut: Option<usize>,
    w: &mut W,
) -> io::Result<()> {
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
    // No `layout`: the engine is the user's choice (dot, neato, sfdp, ...).
    // `overlap=false` and `outputorder` only matter to the force layouts.
    w.write_all(
        b"  graph [charset=\"UTF-8\", fontname=\"Helvetica\", fontsize=10, bgcolor=\"#FFFFFF\", \
          overlap=false, outputorder=edgesfirst, labelloc=b, label=<",
    )?;
    legend(graph, cut, w)?;
    writeln!(w, ">];")?;
    writeln!(
        w,
        "  node [style=filled, fontname=\"Helvetica\", color=\"#333333\"];"
    )?;
    writeln!(w, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
    let (mut tooltip, mut num) = (String::new(), String::new());
    for (i, n) in g.node_weights().enumerate() {
        {
            use std::fmt::Write as _;
            tooltip.clear();
            let _ = write!(
                tooltip,
                "{} ({}, id {})\nmentions: {}, documents: {}, community: {}",
                n.name,
                n.etype.as_str(),
                n.id,
                n.mentions,
                n.documents,
                n.community
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
        w.write_all(b"\", fontcolor=\"")?;
        w.write_all(hex(label_on(type_rgb(n.etype))).as_bytes())?;
        w.write_all(b"\", tooltip=\"")?;
        write_dot_str(w, &tooltip)?;
        w.write_all(b"\"];\n")?;
    }
    let labels = relation_labels(g);
    for (ei, e) in g.raw_edges().iter().enumerate() {
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
            // One label per entity pair: the kinds joined on its first
            // relation edge (in ink when several), none on the others.
            if let Some((label, ink)) = labels.get(&ei) {
                w.write_all(b", label=\"")?;
                write_dot_str(w, label)?;
                w.write_all(b"\", fontcolor=\"")?;
                let fc = if *ink {
                    hex(super::INK)
                } else {
                    hex(readable_on_white(kind_rgb(&edge.kind)))
                };
                w.write_all(fc.as_bytes())?;
                w.write_all(b"\"")?;
            }
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

/// The label of each labelled relation edge (by edge index) and whether
/// it joins several kinds: relation edges between one pair of entities
/// (either direction) share one label on the first of them, so labels
/// never stack on one pair.
fn relation_labels(g: &DiGraph<Node, Edge>) -> HashMap<usize, (String, bool)> {
    let mut pairs: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, e) in g.raw_edges().iter().enumerate() {
        if e.weight.kind != COOCCURRENCE {
            let (s, t) = (e.source().index(), e.target().index());
            pairs.entry((s.min(t), s.max(t))).or_default().push(i);
        }
    }
    let mut out = HashMap::new();
    for (_, list) in pairs {
        let edges = g.raw_edges();
        let mut kinds: Vec<&str> = list
            .iter()
            .filter_map(|&i| edges.get(i).map(|e| e.weight.kind.as_str()))
            .collect();
        kinds.dedup();
        if let Some(&first) = list.first() {
            out.insert(first, (kinds.join(", "), kinds.len() > 1));
        }
    }
    out
}

/// The legend, a Graphviz HTML-like table (escaped as XML): entity types
/// and edge kinds present, what width and dashes mean, and the cut.
fn legend<W: Write>(graph: &KnowledgeGraph, cut: Option<usize>, w: &mut W) -> io::Result<()> {
    let g = &graph.graph;
    w.write_all(b"<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"3\">")?;
    // Graphviz refuses an empty row: rows are written only when filled.
    let mut types = Vec::new();
    for t in [
        EntityType::Person,
        EntityType::Place,
        EntityType::Organisation,
    ] {
        if !g.node_weights().any(|n| n.etype == t) {
            continue;
        }
        write!(
            types,
            "<TD BGCOLOR=\"{}\"><FONT COLOR=\"{}\">{} ({})</FONT></TD>",
            hex(type_rgb(t)),
            hex(label_on(type_rgb(t))),
            t.as_str(),
            shape(t)
        )?;
    }
    if !types.is_empty() {
        w.write_all(b"<TR>")?;
        w.write_all(&types)?;
        w.write_all(b"</TR>")?;
    }
    let mut cells = Vec::new();
    let mut kinds: Vec<(&str, bool)> = g
        .edge_weights()
        .map(|e| (e.kind.as_str(), e.directed))
        .collect();
    kinds.sort_unstable();
    kinds.dedup_by(|a, b| a.0 == b.0);
    for (kind, directed) in kinds {
        write!(
            cells,
            "<TD><FONT COLOR=\"{}\">",
            hex(readable_on_white(kind_rgb(kind)))
        )?;
        write_xml(&mut cells, kind)?;
        cells.extend_from_slice(if directed {
            " →".as_bytes()
        } else {
            " —".as_bytes()
        });
        cells.extend_from_slice(b"</FONT></TD>");
    }
    if !cells.is_empty() {
        w.write_all(b"<TR>")?;
        w.write_all(&cells)?;
        w.write_all(b"</TR>")?;
    }
    w.write_all(b"<TR><TD COLSPAN=\"6\"><FONT COLOR=\"#1A1A1A\">")?;
    w.write_all("line width: weight · dashed: planned only · hover for evidence".as_bytes())?;
    if let Some(total) = cut {
        write!(
            w,
            "<BR/>the {} entities of largest weighted degree, of {} (export --all for all)",
            g.node_count(),
            total
        )?;
    }
    w.write_all(b"</FONT></TD></TR></TABLE>")
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
                mentions: 1,
                documents: 1,
                ..Node::new(id.to_string(), format!("name {id}"), EntityType::Person)
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
