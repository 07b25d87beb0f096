//! graph.json's edges written by hand, byte for byte as serde_json writes
//! [`super::EdgeRecord`]s: the edges hold nearly all of graph.json (131 MB
//! of evidence sentences at 64 MB of input), and serde_json's string
//! escaper, a byte loop, was most of the time of writing them
//! (docs/scale.md, "Throughput, ninth round").

use super::{Edge, Evidence, Node};
use crate::base::escape::{json_str, push_u64};
use petgraph::graph::DiGraph;
use std::io::{self, Write};

/// Writes the edges of `g` as the JSON array serde writes for
/// [`super::GraphData::edges`] (source, target, then the edge's fields).
pub(super) fn write_edges(g: &DiGraph<Node, Edge>, w: &mut dyn Write) -> io::Result<()> {
    let mut buf = Vec::with_capacity(1 << 16);
    buf.push(b'[');
    let mut first = true;
    for e in g.edge_indices() {
        let Some((s, t)) = g.edge_endpoints(e) else {
            continue;
        };
        if !std::mem::take(&mut first) {
            buf.push(b',');
        }
        edge(&mut buf, &g[s].id, &g[t].id, &g[e]);
        // Flushed in pieces of about 64 KiB: an edge can hold many sentences.
        if buf.len() >= 1 << 16 {
            w.write_all(&buf)?;
            buf.clear();
        }
    }
    buf.push(b']');
    w.write_all(&buf)
}

/// One edge as an object: `source`, `target`, then [`Edge`]'s fields in
/// their declared order, empty `weight_by_date` left out.
fn edge(out: &mut Vec<u8>, source: &str, target: &str, e: &Edge) {
    out.extend_from_slice(b"{\"source\":");
    json_str(out, source);
    out.extend_from_slice(b",\"target\":");
    json_str(out, target);
    out.extend_from_slice(b",\"kind\":");
    json_str(out, &e.kind);
    out.extend_from_slice(if e.directed {
        b",\"directed\":true,\"weight\":"
    } else {
        b",\"directed\":false,\"weight\":"
    });
    push_u64(out, e.weight);
    if !e.weight_by_date.is_empty() {
        out.extend_from_slice(b",\"weight_by_date\":{");
        for (k, (date, n)) in e.weight_by_date.iter().enumerate() {
            if k > 0 {
                out.push(b',');
            }
            json_str(out, date);
            out.push(b':');
            push_u64(out, *n);
        }
        out.push(b'}');
    }
    out.extend_from_slice(b",\"evidence\":[");
    for (k, ev) in e.evidence.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        evidence(out, ev);
    }
    out.extend_from_slice(b"]}");
}

/// One evidence item as serde writes [`Evidence`]: absent options left out.
fn evidence(out: &mut Vec<u8>, ev: &Evidence) {
    out.push(b'{');
    if let Some(date) = &ev.date {
        out.extend_from_slice(b"\"date\":");
        json_str(out, date);
        out.push(b',');
    }
    out.extend_from_slice(b"\"doc\":");
    json_str(out, &ev.doc);
    out.extend_from_slice(b",\"sentence\":");
    push_u64(out, u64::from(ev.sentence));
    out.extend_from_slice(b",\"text\":");
    json_str(out, &ev.text);
    if let Some(trigger) = &ev.trigger {
        out.extend_from_slice(b",\"trigger\":");
        json_str(out, trigger);
    }
    if let Some(m) = ev.modality {
        out.extend_from_slice(b",\"modality\":");
        json_str(out, m.as_str());
    }
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::super::{EdgeRecord, GraphData, KnowledgeGraph, NegatedRelation, Node, FORMAT};
    use crate::base::types::{DocInfo, EntityType, Evidence, Modality, Window};

    fn ev(date: Option<&str>, text: &str, trigger: Option<&str>, m: Option<Modality>) -> Evidence {
        Evidence {
            date: date.map(Into::into),
            doc: "d\"1\\".into(),
            sentence: 7,
            text: text.into(),
            trigger: trigger.map(Into::into),
            modality: m,
        }
    }

    #[test]
    fn hand_written_graph_json_equals_serde_json_of_the_graph_data() {
        let nodes = ["a\u{1}", "b é", "c\"q\""]
            .iter()
            .map(|id| Node::new((*id).into(), format!("{id} name"), EntityType::Person))
            .collect();
        let edge =
            |s: &str, t: &str, kind: &str, directed, dates: &[(&str, u64)], evidence| EdgeRecord {
                source: s.into(),
                target: t.into(),
                edge: super::Edge {
                    kind: kind.into(),
                    directed,
                    weight: 12_345_678_901,
                    weight_by_date: dates.iter().map(|(d, n)| ((*d).into(), *n)).collect(),
                    evidence,
                },
            };
        let long = "Presiden \"Joko\" bertemu\tdengan\\ menteri\n di \u{7}Jakarta, é ü 日本 — 2024";
        let data = GraphData {
            format: FORMAT.into(),
            window: Window::Paragraph,
            evidence_limit: 5,
            document_count: 3,
            documents: vec![DocInfo::default()],
            nodes,
            edges: vec![
                edge("a\u{1}", "b é", "cooccurrence", false, &[], vec![]),
                edge(
                    "b é",
                    "c\"q\"",
                    "meets",
                    true,
                    &[("2024-01-02", 3), ("2024-02-0\u{1f}", 0)],
                    vec![
                        ev(None, long, Some("bertemu"), Some(Modality::Planned)),
                        ev(Some("2024-01-02"), "", None, None),
                        ev(Some("x"), &long.repeat(5), None, Some(Modality::Negated)),
                    ],
                ),
            ],
            negated: vec![NegatedRelation {
                kind: "meets".into(),
                source: "a\u{1}".into(),
                target: "b é".into(),
                evidence: ev(None, "tidak", Some("t"), Some(Modality::Negated)),
            }],
        };
        let (kg, _) = KnowledgeGraph::from_data(data);
        let mut out = Vec::new();
        kg.write_json(&mut out).unwrap();
        let want = serde_json::to_vec(&kg.to_data()).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            String::from_utf8(want).unwrap()
        );
    }
}
