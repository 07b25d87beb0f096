//! Tests of graph.db: written from a built graph or from graph.json, read
//! back equal, refused when stale, of another version or damaged.

use super::open::{load, load_fresh};
use super::store::{store_path, write_store, SCHEMA_VERSION};
use super::{EvidenceStore, NodeStore, QueryError, QueryGraph};
use crate::base::types::Modality;
use crate::graph::{DocInfo, Evidence, GraphData, KnowledgeGraph};
use std::path::{Path, PathBuf};

/// The tiny test graph as graph.json data, with documents, a spelled-out
/// document, triggers and modalities.
fn data() -> GraphData {
    let g = crate::query::tests::tiny();
    let mut kg = KnowledgeGraph::default();
    for i in 0..g.node_count() as u32 {
        let mut n = g.node(i).unwrap().into_owned();
        n.aliases = vec![format!("{} alias", n.name), "Zed".into()];
        n.surface.insert(format!("{}s", n.name), 3);
        n.docs = vec!["d1".into(), "d2".into()];
        if i == 1 {
            // A document the graph names but does not list (a merged
            // graph's): graph.db numbers it too.
            n.docs.push("elsewhere".into());
        }
        n.qid = (i == 0).then(|| "Q1".to_string());
        n.first_seen = Some("2023-01-01".into());
        let id = n.id.clone();
        let ix = kg.graph.add_node(n);
        kg.index.insert(id, ix);
    }
    for (i, e) in g.edges.iter().enumerate() {
        let mut evidence = g.evidence(i as u32).unwrap();
        if g.kind_name(e) == "meets" {
            evidence[0].trigger = Some("bertemu".into());
            evidence[0].modality = Some(Modality::Planned);
            evidence.push(Evidence {
                date: None,
                doc: "elsewhere".into(),
                sentence: 9,
                text: "a met c".into(),
                trigger: Some("met".into()),
                modality: Some(Modality::Asserted),
            });
        }
        kg.graph.add_edge(
            petgraph::graph::NodeIndex::new(e.source as usize),
            petgraph::graph::NodeIndex::new(e.target as usize),
            crate::graph::Edge {
                kind: g.kind_name(e).to_string(),
                directed: e.directed,
                weight: e.weight,
                weight_by_date: [
                    ("2023-01-01".to_string(), 1),
                    (format!("2024-0{}-02", i + 1), 2),
                ]
                .into(),
                evidence,
            },
        );
    }
    let mut data = kg.to_data();
    data.negated = vec![crate::graph::NegatedRelation {
        kind: "meets".into(),
        source: "b".into(),
        target: "e".into(),
        evidence: Evidence {
            date: None,
            doc: "d2".into(),
            sentence: 4,
            text: "b did not meet e".into(),
            trigger: Some("bertemu".into()),
            modality: Some(Modality::Negated),
        },
    }];
    data.document_count = 2;
    data.documents = vec![
        DocInfo {
            id: "d1".into(),
            title: Some("One".into()),
            date: Some("2023-01-01".into()),
            url: Some("https://example.org/d1".into()),
        },
        DocInfo {
            id: "d2".into(),
            title: None,
            date: None,
            url: None,
        },
    ];
    data
}

fn save(dir: &Path, data: &GraphData) -> PathBuf {
    let json = dir.join("graph.json");
    std::fs::write(&json, serde_json::to_vec(data).unwrap()).unwrap();
    json
}

/// Everything a query can read of a graph, in a comparable form.
fn contents(g: &QueryGraph) -> String {
    let mut s = format!(
        "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n",
        g.documents, g.types, g.kinds, g.edges, g.adj_start, g.adj, g.keys
    );
    for i in 0..g.node_count() as u32 {
        // graph.db does not carry the node attributes derived from the
        // edges (degree, weighted degree, PageRank, community): no query
        // reads them from a node, each computes its own from the edges.
        let mut n = g.node(i).unwrap().into_owned();
        n.degree = 0;
        n.weighted_degree = 0;
        n.pagerank = Default::default();
        n.community = 0;
        s += &format!("{n:?}\n");
    }
    for i in 0..g.edges.len() as u32 {
        s += &format!("{:?}\n", g.evidence(i).unwrap());
    }
    s
}

fn from_db(g: &QueryGraph) -> bool {
    matches!(g.nodes, NodeStore::Db(_)) && matches!(g.evidence, EvidenceStore::Db(_))
}

#[test]
fn the_store_of_a_build_reads_back_as_graph_json() {
    let dir = tempfile::tempdir().unwrap();
    let data = data();
    let json = save(dir.path(), &data);
    let want = contents(&QueryGraph::from_data(data.clone()));
    let (kg, _) = KnowledgeGraph::from_data(data.clone());
    write_store(&kg, &data.documents, None, &json).unwrap();
    let g = load(&json).unwrap();
    assert!(from_db(&g));
    assert_eq!(contents(&g), want);
    // PageRank was stored and equals the computed one.
    let stored = g.pagerank.clone().unwrap();
    let f = super::Filter::default();
    assert_eq!(stored, super::rank::pagerank(&g, &f.for_graph(&g)));
}

#[test]
fn a_missing_store_is_written_by_the_first_query() {
    let dir = tempfile::tempdir().unwrap();
    let json = save(dir.path(), &data());
    let first = load(&json).unwrap();
    assert!(!from_db(&first));
    assert!(store_path(&json).exists());
    let second = load(&json).unwrap();
    assert!(from_db(&second));
    assert_eq!(contents(&first), contents(&second));
}

#[test]
fn a_stale_store_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = data();
    let json = save(dir.path(), &data);
    load(&json).unwrap();
    data.nodes[0].name = "Renamed".into();
    save(dir.path(), &data);
    let g = load(&json).unwrap();
    assert!(!from_db(&g), "a store of another graph.json was read");
    assert_eq!(g.node(0).unwrap().name, "Renamed");
}

#[test]
fn a_store_of_another_schema_version_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let json = save(dir.path(), &data());
    load(&json).unwrap();
    let db = store_path(&json);
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let g = load(&json).unwrap();
    assert!(!from_db(&g));
    let c = rusqlite::Connection::open(&db).unwrap();
    let v: i32 = c
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION, "the store was not rewritten");
}

#[test]
fn damaged_rows_are_detected_never_read_as_truth() {
    let dir = tempfile::tempdir().unwrap();
    let json = save(dir.path(), &data());
    let want = contents(&load(&json).unwrap());
    let db = store_path(&json);
    let edits = [
        "UPDATE sentences SET text = 'forged' WHERE id IN (SELECT sentence_id FROM evidence_items WHERE edge = 0)",
        "UPDATE edges SET evidence = json_remove(evidence, '$[0]') WHERE ix = 1",
        "UPDATE names SET name = 'Forged' WHERE kind = 'alias' AND entity = 0",
        "UPDATE entities SET mentions = mentions + 1 WHERE ix = 2",
        "UPDATE entities SET document_list = json_remove(document_list, '$[0]') WHERE ix = 3",
        "UPDATE documents SET title = 'Forged'",
        "UPDATE graph_index SET data = zeroblob(length(data)) WHERE name = 'adjacency'",
        // Read by the second connection of the load.
        "UPDATE graph_index SET data = zeroblob(length(data)) WHERE name = 'edges'",
        // Read one checksum at a time, unverified: sound rows then fail.
        "UPDATE graph_index SET data = zeroblob(length(data)) WHERE name = 'node_checks'",
        "UPDATE graph_index SET data = zeroblob(length(data)) WHERE name = 'edge_checks'",
        "DELETE FROM graph_index WHERE name = 'edge_checks'",
        "DELETE FROM graph_index WHERE name = 'pagerank'",
    ];
    for edit in edits {
        load_fresh(&json).unwrap();
        {
            let c = rusqlite::Connection::open(&db).unwrap();
            c.execute_batch(edit).unwrap();
        }
        // Keep the store newer than graph.json, as after a build.
        let now = std::time::SystemTime::now() + std::time::Duration::from_secs(1);
        std::fs::File::options()
            .write(true)
            .open(&db)
            .unwrap()
            .set_modified(now)
            .unwrap();
        match load(&json) {
            // Damage in the index or documents: graph.json is read instead.
            Ok(g) if !from_db(&g) => assert_eq!(contents(&g), want, "{edit}"),
            // Damage in lazily read rows: the read that meets it fails.
            Ok(g) => {
                let mut failed = false;
                for i in 0..g.node_count() as u32 {
                    failed |= matches!(g.node(i), Err(QueryError::Corrupt { .. }));
                }
                for i in 0..g.edges.len() as u32 {
                    failed |= matches!(g.evidence(i), Err(QueryError::Corrupt { .. }));
                }
                assert!(failed, "{edit}: damage not detected");
            }
            Err(e) => panic!("{edit}: {e}"),
        }
    }
}

#[test]
fn the_store_is_the_same_whatever_wrote_it() {
    // From a build (KnowledgeGraph) and from graph.json: the same dump.
    let dir = tempfile::tempdir().unwrap();
    let data = data();
    let json = save(dir.path(), &data);
    let (kg, _) = KnowledgeGraph::from_data(data.clone());
    write_store(&kg, &data.documents, None, &json).unwrap();
    let a = dump(&store_path(&json));
    load_fresh(&json).unwrap();
    let b = dump(&store_path(&json));
    assert_eq!(a, b);
}

/// Every row of every table, in a fixed order.
pub(crate) fn dump(db: &Path) -> String {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    tables.sort();
    let mut out = String::new();
    for t in tables {
        let mut st = c
            .prepare(&format!("SELECT * FROM {t} ORDER BY 1, 2"))
            .unwrap();
        let n = st.column_count();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            out += &t;
            for i in 0..n {
                out += &format!("|{:?}", r.get_ref(i).unwrap());
            }
            out += "\n";
        }
    }
    out
}

/// graph.json's bytes for the graph of `data`, as `export --format json`
/// writes them.
fn json_of(data: GraphData) -> Vec<u8> {
    let (kg, _) = KnowledgeGraph::from_data(data);
    let mut out = Vec::new();
    kg.write_json(&mut out).unwrap();
    out
}

#[test]
fn the_whole_graph_reads_back_from_the_store_as_from_graph_json() {
    let dir = tempfile::tempdir().unwrap();
    let data = data();
    let json = save(dir.path(), &data);
    let want = json_of(data.clone());
    // Written by a build, then by a query from graph.json: both give the
    // graph back, dates by edge and negated relations included.
    let (kg, _) = KnowledgeGraph::from_data(data.clone());
    write_store(&kg, &data.documents, None, &json).unwrap();
    for round in 0..2 {
        let g = super::open::open_store(&json).unwrap().unwrap();
        let (back, dropped) = super::whole::graph_data(&g).unwrap().unwrap();
        assert_eq!(dropped, 0);
        assert!(back.edges.iter().all(|e| !e.edge.weight_by_date.is_empty()));
        assert_eq!(back.negated.len(), 1);
        assert_eq!(json_of(back), want, "round {round}");
        load_fresh(&json).unwrap();
    }
}

#[test]
fn damaged_rows_fail_the_whole_read() {
    let dir = tempfile::tempdir().unwrap();
    let json = save(dir.path(), &data());
    for edit in [
        // Read in one scan per table for export: checked all the same.
        "UPDATE sentences SET text = 'forged' WHERE id IN (SELECT sentence_id FROM evidence_items WHERE edge = 0)",
        "UPDATE edges SET evidence = json_remove(evidence, '$[0]') WHERE ix = 1",
        "UPDATE names SET name = 'Forged' WHERE kind = 'alias' AND entity = 0",
        "UPDATE names SET count = count + 1 WHERE kind = 'surface' AND entity = 1",
        "UPDATE entities SET document_list = json_remove(document_list, '$[0]') WHERE ix = 3",
        "UPDATE entities SET last_date = '2030-01-01' WHERE ix = 4",
        "UPDATE entities SET ix = 9 WHERE ix = 4",
        "UPDATE edge_dates SET weight = weight + 1 WHERE edge = 0",
        "DELETE FROM edge_dates WHERE edge = 2",
        "UPDATE negated SET target = 'a'",
        "DELETE FROM negated",
    ] {
        load_fresh(&json).unwrap();
        {
            let c = rusqlite::Connection::open(store_path(&json)).unwrap();
            c.execute_batch(edit).unwrap();
        }
        let g = super::open::open_store(&json).unwrap().unwrap();
        let r = super::whole::graph_data(&g);
        assert!(matches!(r, Err(QueryError::Corrupt { .. })), "{edit}");
    }
}

#[test]
fn mentions_go_in_and_come_back_checked() {
    use crate::graph::mentions::{MentionRecord, MentionSpool};
    let dir = tempfile::tempdir().unwrap();
    let data = data();
    let json = save(dir.path(), &data);
    let mut spool = MentionSpool::new(dir.path()).unwrap();
    let mut recs = Vec::new();
    // Documents out of id order, as the input order may be.
    for (doc, entities) in [("d2", ["c", "a"]), ("d1", ["b", "b"])] {
        for (k, e) in entities.iter().enumerate() {
            let r = MentionRecord {
                document: doc.into(),
                position: k as u32,
                start_byte: 10 * k as u64,
                end_byte: 10 * k as u64 + 1,
                start_char: 10 * k as u64,
                end_char: 10 * k as u64 + 1,
                surface: e.to_uppercase(),
                entity: e.to_string(),
                via: crate::base::types::Via::Exact,
                sentence: k as u32,
            };
            spool.push(&r).unwrap();
            recs.push(r);
        }
    }
    let list = spool.finish().unwrap();
    let (kg, _) = KnowledgeGraph::from_data(data.clone());
    write_store(&kg, &data.documents, Some(&list), &json).unwrap();
    let mut got = Vec::new();
    let read = |got: &mut Vec<MentionRecord>| {
        got.clear();
        super::for_each_mention(&json, &mut |m| {
            got.push(m.clone());
            Ok(())
        })
    };
    assert!(read(&mut got).unwrap());
    recs.sort_by(|a, b| (&a.document, a.position).cmp(&(&b.document, b.position)));
    assert_eq!(got, recs);
    {
        let c = rusqlite::Connection::open(store_path(&json)).unwrap();
        c.execute_batch(
            "UPDATE mentions SET end_char = end_char + 1 WHERE position = 1 AND document = 'd2'",
        )
        .unwrap();
    }
    assert!(matches!(read(&mut got), Err(QueryError::Corrupt { .. })));
    // A store written without the table has none to give.
    write_store(&kg, &data.documents, None, &json).unwrap();
    assert!(!read(&mut got).unwrap());
}

#[test]
fn a_rewrite_keeps_the_mentions_of_the_same_graph_json_only() {
    use crate::graph::mentions::{MentionRecord, MentionSpool};
    let dir = tempfile::tempdir().unwrap();
    let mut data = data();
    let json = save(dir.path(), &data);
    let mut spool = MentionSpool::new(dir.path()).unwrap();
    spool
        .push(&MentionRecord {
            document: "d1".into(),
            surface: "A".into(),
            entity: "a".into(),
            end_byte: 1,
            end_char: 1,
            ..MentionRecord::default()
        })
        .unwrap();
    let list = spool.finish().unwrap();
    let (kg, _) = KnowledgeGraph::from_data(data.clone());
    write_store(&kg, &data.documents, Some(&list), &json).unwrap();
    let count = || {
        let mut n = 0;
        let has = super::for_each_mention(&json, &mut |_| {
            n += 1;
            Ok(())
        })
        .unwrap();
        has.then_some(n)
    };
    assert_eq!(count(), Some(1));
    // A damaged evidence row: the query that meets it rewrites the store
    // from graph.json, and the mentions table goes along.
    {
        let c = rusqlite::Connection::open(store_path(&json)).unwrap();
        c.execute_batch("UPDATE sentences SET text = 'forged' WHERE id IN (SELECT sentence_id FROM evidence_items WHERE edge = 0)")
            .unwrap();
    }
    load_fresh(&json).unwrap();
    assert_eq!(count(), Some(1), "a sound mentions table was dropped");
    // Another graph.json: the old mentions are not its own.
    data.nodes[0].name = "Renamed".into();
    save(dir.path(), &data);
    load_fresh(&json).unwrap();
    assert_eq!(count(), None, "mentions of another graph were carried");
}

#[test]
fn a_stamp_hashed_in_one_pass_is_the_probe_and_the_whole_hash() {
    use super::store::{Stamp, PROBE};
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("graph.json");
    let p64 = PROBE as usize;
    for n in [
        0,
        5,
        p64,
        p64 + 1,
        2 * p64 - 1,
        2 * p64,
        2 * p64 + 7,
        (3 << 20) + 3,
    ] {
        let bytes: Vec<u8> = (0..n as u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        std::fs::write(&p, &bytes).unwrap();
        let probe = Stamp::of(&p).unwrap();
        assert_eq!(probe.full, None);
        let whole = Stamp::hashed(&p, None).unwrap();
        assert_eq!(
            (whole.size, whole.probe),
            (probe.size, probe.probe),
            "{n} bytes"
        );
        assert_eq!(
            whole.full,
            Some(xxhash_rust::xxh3::xxh3_64(&bytes)),
            "{n} bytes"
        );
        // A known hash of the file's size is taken as it is; of another
        // size, it is not this file's.
        let known = Stamp::hashed(&p, Some((n as u64, 42))).unwrap();
        assert_eq!((known.probe, known.full), (probe.probe, Some(42)));
        let other = Stamp::hashed(&p, Some((n as u64 + 1, 42))).unwrap();
        assert_eq!(other, whole);
    }
}
