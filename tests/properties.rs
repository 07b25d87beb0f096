//! Property tests (issue 7): invariants that must hold for any input, run in
//! CI with a bounded number of cases. The fuzz targets in fuzz/ check the
//! same invariants for longer runs.

use gazegraph::gazetteer::Gazetteer;
use gazegraph::ingest::document::{prepare_into, Prepared};
use gazegraph::tag::matcher::Matcher;
use gazegraph::tag::normalize::{normalize_into, Normalized};
use proptest::prelude::*;
use std::sync::OnceLock;

fn matcher() -> &'static (Gazetteer, Matcher) {
    static M: OnceLock<(Gazetteer, Matcher)> = OnceLock::new();
    M.get_or_init(|| {
        let gaz = Gazetteer::builtin().expect("built-in gazetteer");
        let m = Matcher::new(&gaz).expect("matcher");
        (gaz, m)
    })
}

/// Text mixing names, separators, markup and odd Unicode.
fn texty() -> impl Strategy<Value = String> {
    let atoms = prop_oneof![
        Just("Kim Jong-un".to_string()),
        Just("Putin".to_string()),
        Just("Korea Utara".to_string()),
        Just("AS".to_string()),
        Just("Sergey".to_string()),
        Just("’s".to_string()),
        Just("-nya".to_string()),
        Just(" ".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(". ".to_string()),
        Just("&#039;".to_string()),
        Just("**".to_string()),
        Just("[a](http://x)".to_string()),
        Just("|".to_string()),
        Just("é".to_string()),
        Just("\u{0301}".to_string()),
        Just("ß".to_string()),
        Just("İ".to_string()),
        Just("😀".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{1}\u{2}".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(atoms, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn normalized_map_points_at_char_boundaries(text in texty()) {
        let mut n = Normalized::new();
        normalize_into(&text, &mut n);
        prop_assert_eq!(n.map.len(), n.bytes.len() + 1);
        for &o in &n.map {
            prop_assert!(text.is_char_boundary(o as usize), "offset {} in {:?}", o, text);
        }
    }

    #[test]
    fn every_hit_is_the_original_slice(text in texty()) {
        let (_, m) = matcher();
        let mut scratch = Normalized::new();
        let mut hits = Vec::new();
        m.find(&text, &mut scratch, &mut hits);
        let mut last_end = 0;
        for h in &hits {
            prop_assert!(h.start < h.end && h.end <= text.len());
            prop_assert!(text.get(h.start..h.end).is_some(), "not a slice: {:?}", h);
            prop_assert!(h.start >= last_end, "overlapping hits");
            last_end = h.end;
        }
    }

    #[test]
    fn prepared_text_keeps_offsets(text in texty()) {
        let mut p = Prepared::default();
        prepare_into(&text, &mut p);
        prop_assert_eq!(p.clean.len(), text.len());
        let mut last = 0;
        for s in &p.sentences {
            prop_assert!(s.range.start <= s.range.end && s.range.end <= text.len());
            prop_assert!(s.range.start >= last, "sentences out of order");
            prop_assert!(p.clean.get(s.range.clone()).is_some());
            last = s.range.end;
        }
    }
}

mod exporters {
    use gazegraph::base::types::{EntityType, Window};
    use gazegraph::export::{self, Format};
    use gazegraph::graph::{
        DocInfo, Edge, EdgeRecord, Evidence, GraphData, KnowledgeGraph, Node, COOCCURRENCE, FORMAT,
    };
    use proptest::prelude::*;

    /// Any Unicode, control characters and XML/DOT specials included.
    fn hostile() -> impl Strategy<Value = String> {
        prop_oneof![
            "\\PC{0,12}",
            "[\"\\\\<>&\\]\u{0}-\u{1f}\u{fffe}\u{ffff} a-z]{0,12}",
        ]
    }

    fn graph() -> impl Strategy<Value = KnowledgeGraph> {
        let nodes = prop::collection::vec((hostile(), hostile()), 1..6);
        (
            nodes,
            prop::collection::vec((0usize..6, 0usize..6, 0u8..3, hostile()), 0..10),
        )
            .prop_map(|(names, edges)| {
                let nodes: Vec<Node> = names
                    .iter()
                    .enumerate()
                    .map(|(i, (name, alias))| Node {
                        id: format!("{i}{name}"),
                        name: name.clone(),
                        etype: EntityType::ALL[i % 3],
                        qid: None,
                        aliases: vec![alias.clone()],
                        mentions: i as u64 + 1,
                        documents: 1,
                        surface: [(name.clone(), 1)].into_iter().collect(),
                        docs: vec!["d".into()],
                        first_seen: Some("2024-01-02".into()),
                        last_seen: Some("2024-02-03".into()),
                        degree: 0,
                        weighted_degree: 0,
                        pagerank: Default::default(),
                        community: 0,
                    })
                    .collect();
                let n = nodes.len();
                let mut recs: Vec<EdgeRecord> = edges
                    .into_iter()
                    .filter(|(a, b, _, _)| a % n != b % n)
                    .map(|(a, b, k, text)| {
                        let kind = [COOCCURRENCE, "meets", "visits"][k as usize];
                        EdgeRecord {
                            source: nodes[a % n].id.clone(),
                            target: nodes[b % n].id.clone(),
                            edge: Edge {
                                kind: kind.into(),
                                directed: kind == "visits",
                                weight: 1,
                                weight_by_date: [("2024-01-02".to_string(), 1)].into(),
                                evidence: vec![Evidence {
                                    date: Some("2024-01-02".into()),
                                    doc: text.as_str().into(),
                                    sentence: 0,
                                    text: text.into(),
                                    trigger: None,
                                    modality: None,
                                }],
                            },
                        }
                    })
                    .collect();
                recs.sort_by(|x, y| {
                    (&x.edge.kind, &x.source, &x.target).cmp(&(&y.edge.kind, &y.source, &y.target))
                });
                recs.dedup_by(|x, y| {
                    (&x.edge.kind, &x.source, &x.target) == (&y.edge.kind, &y.source, &y.target)
                });
                let data = GraphData {
                    format: FORMAT.into(),
                    window: Window::Sentence,
                    evidence_limit: 0,
                    document_count: 1,
                    documents: vec![DocInfo {
                        id: "d".into(),
                        ..DocInfo::default()
                    }],
                    nodes,
                    edges: recs,
                    negated: vec![],
                };
                KnowledgeGraph::from_data(data).0
            })
    }

    fn out(g: &KnowledgeGraph, f: Format) -> String {
        let mut buf = Vec::new();
        export::write(g, f, &mut buf).expect("export");
        String::from_utf8(buf).expect("utf-8 export")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn every_export_parses_with_the_graph_counts(g in graph()) {
            let (n, e) = (g.node_count(), g.edge_count());
            for f in [Format::Graphml, Format::Gexf] {
                let text = out(&g, f);
                let doc = roxmltree::Document::parse(&text)
                    .map_err(|err| TestCaseError::fail(format!("{f:?}: {err}\n{text}")))?;
                let count = |tag: &str| doc.descendants().filter(|x| x.tag_name().name() == tag).count();
                prop_assert_eq!(count("node"), n, "{:?}", f);
                prop_assert_eq!(count("edge"), e, "{:?}", f);
            }
            let json: serde_json::Value = serde_json::from_str(&out(&g, Format::Json)).expect("graph.json");
            prop_assert_eq!(json["nodes"].as_array().map(Vec::len), Some(n));
            prop_assert_eq!(json["edges"].as_array().map(Vec::len), Some(e));
            let nl: serde_json::Value = serde_json::from_str(&out(&g, Format::NodeLink)).expect("node-link");
            prop_assert_eq!(nl["nodes"].as_array().map(Vec::len), Some(n));
            let cy: serde_json::Value = serde_json::from_str(&out(&g, Format::Cytoscape)).expect("cytoscape");
            prop_assert_eq!(cy["elements"]["edges"].as_array().map(Vec::len), Some(e));
            // DOT: every quoted string closes, and no raw control character
            // or newline survives inside one.
            let dot = out(&g, Format::Dot);
            let mut in_str = false;
            let mut escaped = false;
            for c in dot.chars() {
                if in_str {
                    prop_assert!(!c.is_control(), "control character {:?} in a DOT string", c);
                    match (escaped, c) {
                        (false, '\\') => escaped = true,
                        (false, '"') => in_str = false,
                        _ => escaped = false,
                    }
                } else if c == '"' {
                    in_str = true;
                }
            }
            prop_assert!(!in_str, "unterminated DOT string");
        }
    }
}
