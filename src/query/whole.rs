//! The whole graph read back from graph.db as graph.json's data, for
//! `export`: every entity and evidence record checked against its
//! checksum as the queries check them, and the edges' weights by date and
//! the negated relations against theirs. [`KnowledgeGraph::from_data`]
//! of the result is the graph that graph.json gives.
//!
//! [`KnowledgeGraph::from_data`]: crate::graph::KnowledgeGraph::from_data

use super::digest::{evidence_digest, node_digest, put_dates, put_negated};
use super::open::corrupt;
use super::records::{put_name, Db};
use super::store_edges::{read_ints, read_items};
use super::{NodeStore, QueryError, QueryGraph};
use crate::base::types::{EntityType, Evidence, Modality, Window};
use crate::graph::{Edge, EdgeRecord, GraphData, NegatedRelation, Node, FORMAT};
use rusqlite::params;
use std::collections::BTreeMap;
use std::sync::Arc;
use xxhash_rust::xxh3::Xxh3;

/// The data of a graph loaded from graph.db, and the number of graph.json's
/// edges that name a missing node (dropped when the store was made, as
/// [`crate::graph::KnowledgeGraph::from_data`] drops them). `None` when
/// `g` was not loaded from graph.db.
///
/// # Errors
/// [`QueryError::Corrupt`] when a record fails its checksum or the store
/// cannot be read.
pub fn graph_data(g: &QueryGraph) -> Result<Option<(GraphData, usize)>, QueryError> {
    let NodeStore::Db(db) = &g.nodes else {
        return Ok(None);
    };
    let meta = |k: &str| db.meta.get(k).map(String::as_str).unwrap_or("");
    let bad = |what: String| corrupt(&db.path, what);
    let number = |k: &str| -> Result<u64, QueryError> {
        meta(k).parse().map_err(|_| bad(format!("meta: bad {k}")))
    };
    let window = [Window::Sentence, Window::Paragraph, Window::Document]
        .into_iter()
        .find(|w| w.as_str() == meta("window"))
        .ok_or_else(|| bad("meta: bad window".into()))?;
    let docs = all_documents(db)?;
    let nodes = all_nodes(db, g.node_count(), &docs)?;
    let mut evidence = all_evidence(db, g.edges.len(), &docs)?;
    let mut dates = edge_dates(db, g.edges.len())?;
    let mut edges = Vec::with_capacity(g.edges.len());
    for (i, e) in g.edges.iter().enumerate() {
        let id = |n: u32| {
            nodes
                .get(n as usize)
                .map(|n| n.id.clone())
                .ok_or_else(|| bad(format!("edge {i}: no entity {n}")))
        };
        edges.push(EdgeRecord {
            source: id(e.source)?,
            target: id(e.target)?,
            edge: Edge {
                kind: g.kind_name(e).to_string(),
                directed: e.directed,
                weight: e.weight,
                weight_by_date: dates.get_mut(i).map(std::mem::take).unwrap_or_default(),
                evidence: evidence.get_mut(i).map(std::mem::take).unwrap_or_default(),
            },
        });
    }
    let data = GraphData {
        format: FORMAT.to_string(),
        window,
        evidence_limit: number("evidence_limit")?,
        document_count: number("document_count")?,
        documents: g.documents.clone(),
        nodes,
        edges,
        negated: negated(db)?,
    };
    let dropped = meta("dangling_edges").lines().count();
    Ok(Some((data, dropped)))
}

/// Every entity record, in one scan of each table rather than three
/// look-ups per entity, each checked against its checksum as
/// [`Db::node`] checks it.
fn all_nodes(db: &Db, n: usize, docs: &[Arc<str>]) -> Result<Vec<Node>, QueryError> {
    let sql = db.sql();
    let conn = db.conn();
    let bad = |what: String| corrupt(&db.path, what);
    let mut nodes: Vec<Node> = Vec::with_capacity(n);
    let mut lists: Vec<Vec<i64>> = Vec::with_capacity(n);
    {
        let mut st = conn
            .prepare(
                "SELECT ix, id, name, type, qid, mentions, documents, first_date, last_date,
                 document_list FROM entities ORDER BY ix",
            )
            .map_err(&sql)?;
        let mut rows = st.query([]).map_err(&sql)?;
        while let Some(r) = rows.next().map_err(&sql)? {
            let ix: i64 = r.get(0).map_err(&sql)?;
            in_place(db, "entities", ix, nodes.len())?;
            let t: String = r.get(3).map_err(&sql)?;
            let etype =
                EntityType::parse(&t).ok_or_else(|| bad(format!("entity {ix}: bad type")))?;
            nodes.push(Node {
                qid: r.get(4).map_err(&sql)?,
                mentions: r.get::<_, i64>(5).map_err(&sql)? as u64,
                documents: r.get::<_, i64>(6).map_err(&sql)? as u64,
                first_seen: r.get(7).map_err(&sql)?,
                last_seen: r.get(8).map_err(&sql)?,
                ..Node::new(r.get(1).map_err(&sql)?, r.get(2).map_err(&sql)?, etype)
            });
            let list: String = r.get(9).map_err(&sql)?;
            lists.push(
                read_ints(&list).ok_or_else(|| bad(format!("entity {ix}: bad document list")))?,
            );
        }
    }
    if nodes.len() != n {
        return Err(bad(format!(
            "entities: {} rows for {n} entities",
            nodes.len()
        )));
    }
    let at = |len: usize, e: i64| -> Result<usize, QueryError> {
        usize::try_from(e)
            .ok()
            .filter(|&i| i < len)
            .ok_or_else(|| bad(format!("no entity {e}")))
    };
    {
        // The order Db::node reads them in: aliases, then surface forms.
        let mut st = conn
            .prepare(
                "SELECT entity, kind, name, count FROM names WHERE kind <> 'canonical'
                 ORDER BY entity, kind, position",
            )
            .map_err(&sql)?;
        let mut rows = st.query([]).map_err(&sql)?;
        while let Some(r) = rows.next().map_err(&sql)? {
            let i = at(nodes.len(), r.get(0).map_err(&sql)?)?;
            put_name(
                &mut nodes[i],
                r.get(1).map_err(&sql)?,
                r.get(2).map_err(&sql)?,
                r.get(3).map_err(&sql)?,
            );
        }
    }
    for (i, (node, list)) in nodes.iter_mut().zip(lists).enumerate() {
        for d in list {
            let id = usize::try_from(d)
                .ok()
                .and_then(|d| docs.get(d))
                .ok_or_else(|| bad(format!("entity {i}: no document {d}")))?;
            node.docs.push(Arc::clone(id));
        }
    }
    let checks = db.all_checks(&conn, true, nodes.len())?;
    for (i, (node, check)) in nodes.iter().zip(checks).enumerate() {
        if check != node_digest(node) {
            return Err(bad(format!("entity {i}: checksum mismatch")));
        }
    }
    Ok(nodes)
}

/// Every edge's evidence, in one scan, each list checked against its
/// checksum as [`Db::evidence`] checks it.
fn all_evidence(
    db: &Db,
    edges: usize,
    docs: &[Arc<str>],
) -> Result<Vec<Vec<Evidence>>, QueryError> {
    let sql = db.sql();
    let conn = db.conn();
    let bad = |what: String| corrupt(&db.path, what);
    // Every sentence once, shared by the edges it supports.
    let mut sentences: Vec<Evidence> = Vec::new();
    {
        let mut st = conn
            .prepare("SELECT id, document, sentence_index, text, date FROM sentences ORDER BY id")
            .map_err(&sql)?;
        let mut rows = st.query([]).map_err(&sql)?;
        while let Some(r) = rows.next().map_err(&sql)? {
            let id: i64 = r.get(0).map_err(&sql)?;
            in_place(db, "sentences", id, sentences.len())?;
            let d: i64 = r.get(1).map_err(&sql)?;
            let doc = usize::try_from(d)
                .ok()
                .and_then(|d| docs.get(d))
                .ok_or_else(|| bad(format!("sentence {id}: no document {d}")))?;
            sentences.push(Evidence {
                date: r.get::<_, Option<String>>(4).map_err(&sql)?.map(Arc::from),
                doc: Arc::clone(doc),
                sentence: r.get(2).map_err(&sql)?,
                text: Arc::from(r.get::<_, String>(3).map_err(&sql)?),
                trigger: None,
                modality: None,
            });
        }
    }
    let mut out: Vec<Vec<Evidence>> = Vec::with_capacity(edges);
    {
        let mut st = conn
            .prepare("SELECT ix, evidence FROM edges ORDER BY ix")
            .map_err(&sql)?;
        let mut rows = st.query([]).map_err(&sql)?;
        while let Some(r) = rows.next().map_err(&sql)? {
            let e: i64 = r.get(0).map_err(&sql)?;
            in_place(db, "edges", e, out.len())?;
            if out.len() >= edges {
                return Err(bad(format!("edges: row {e} beyond the graph's {edges}")));
            }
            let packed: String = r.get(1).map_err(&sql)?;
            let items =
                read_items(&packed).ok_or_else(|| bad(format!("edge {e}: bad evidence")))?;
            let mut list = Vec::with_capacity(items.len());
            for it in items {
                let s = usize::try_from(it.sentence)
                    .ok()
                    .and_then(|s| sentences.get(s))
                    .ok_or_else(|| bad(format!("edge {e}: no sentence {}", it.sentence)))?;
                list.push(Evidence {
                    trigger: it.trigger,
                    modality: it.modality,
                    ..s.clone()
                });
            }
            out.push(list);
        }
    }
    out.resize(edges, Vec::new());
    let checks = db.all_checks(&conn, false, edges)?;
    for (i, (list, check)) in out.iter().zip(checks).enumerate() {
        if check != evidence_digest(list) {
            return Err(bad(format!("edge {i}: evidence checksum mismatch")));
        }
    }
    Ok(out)
}

/// Every document id, by `documents.ix`.
fn all_documents(db: &Db) -> Result<Vec<Arc<str>>, QueryError> {
    let sql = db.sql();
    let conn = db.conn();
    let mut docs: Vec<Arc<str>> = Vec::new();
    let mut st = conn
        .prepare("SELECT ix, id FROM documents ORDER BY ix")
        .map_err(&sql)?;
    let mut rows = st.query([]).map_err(&sql)?;
    while let Some(r) = rows.next().map_err(&sql)? {
        let ix: i64 = r.get(0).map_err(&sql)?;
        in_place(db, "documents", ix, docs.len())?;
        docs.push(Arc::from(r.get::<_, String>(1).map_err(&sql)?));
    }
    Ok(docs)
}

/// Checks that row `ix` of `table`, read in `ix` order, is the
/// `expected`-th: numbers are positions, so a gap or a repeat is damage.
fn in_place(db: &Db, table: &str, ix: i64, expected: usize) -> Result<(), QueryError> {
    if ix == expected as i64 {
        Ok(())
    } else {
        Err(corrupt(&db.path, format!("{table}: row {ix} out of place")))
    }
}

/// Every edge's weight by date, checked against `edge_dates_checksum`.
fn edge_dates(db: &Db, edges: usize) -> Result<Vec<BTreeMap<String, u64>>, QueryError> {
    let sql = db.sql();
    let conn = db.conn();
    let mut out: Vec<BTreeMap<String, u64>> = vec![BTreeMap::new(); edges];
    {
        let mut st = conn
            .prepare("SELECT edge, date, weight FROM edge_dates ORDER BY edge, date")
            .map_err(&sql)?;
        let mut rows = st.query([]).map_err(&sql)?;
        while let Some(r) = rows.next().map_err(&sql)? {
            let e: i64 = r.get(0).map_err(&sql)?;
            let w: i64 = r.get(2).map_err(&sql)?;
            let slot = usize::try_from(e).ok().and_then(|e| out.get_mut(e));
            let Some(slot) = slot else {
                return Err(corrupt(&db.path, format!("edge_dates: no edge {e}")));
            };
            slot.insert(r.get(1).map_err(&sql)?, w as u64);
        }
    }
    let mut h = Xxh3::new();
    for (i, d) in out.iter().enumerate() {
        put_dates(&mut h, i, d);
    }
    check(db, "edge_dates_checksum", h.digest())?;
    Ok(out)
}

/// The negated relations, checked against `negated_checksum`.
fn negated(db: &Db) -> Result<Vec<NegatedRelation>, QueryError> {
    let sql = db.sql();
    let conn = db.conn();
    let mut st = conn
        .prepare(
            "SELECT kind, source, target, document, sentence_index, sentence, date, trigger,
             modality FROM negated ORDER BY position",
        )
        .map_err(&sql)?;
    let mut rows = st.query(params![]).map_err(&sql)?;
    let mut out = Vec::new();
    let mut h = Xxh3::new();
    while let Some(r) = rows.next().map_err(&sql)? {
        let text = |k: usize| r.get::<_, String>(k).map_err(&sql);
        let opt = |k: usize| r.get::<_, Option<String>>(k).map_err(&sql);
        let modality = match opt(8)? {
            None => None,
            Some(m) => Some(
                parse_modality(&m)
                    .ok_or_else(|| corrupt(&db.path, format!("negated: bad modality {m:?}")))?,
            ),
        };
        let n = NegatedRelation {
            kind: text(0)?,
            source: text(1)?,
            target: text(2)?,
            evidence: Evidence {
                doc: Arc::from(text(3)?),
                sentence: r.get(4).map_err(&sql)?,
                text: Arc::from(text(5)?),
                date: opt(6)?.map(Arc::from),
                trigger: opt(7)?,
                modality,
            },
        };
        put_negated(&mut h, &n);
        out.push(n);
    }
    check(db, "negated_checksum", h.digest())?;
    Ok(out)
}

/// Fails unless `meta.key` holds `sum`.
fn check(db: &Db, key: &str, sum: u64) -> Result<(), QueryError> {
    if db.meta.get(key).map(String::as_str) == Some(format!("{sum:016x}").as_str()) {
        Ok(())
    } else {
        Err(corrupt(&db.path, format!("{key}: checksum mismatch")))
    }
}

/// The modality written as `s`.
pub(crate) fn parse_modality(s: &str) -> Option<Modality> {
    [Modality::Asserted, Modality::Planned, Modality::Negated]
        .into_iter()
        .find(|m| m.as_str() == s)
}
