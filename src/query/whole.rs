//! The whole graph read back from graph.db as graph.json's data, for
//! `export`: every entity and evidence record checked against its
//! checksum as the queries check them, and the edges' weights by date and
//! the negated relations against theirs. [`KnowledgeGraph::from_data`]
//! of the result is the graph that graph.json gives.
//!
//! [`KnowledgeGraph::from_data`]: crate::graph::KnowledgeGraph::from_data

use super::digest::{put_dates, put_negated};
use super::open::corrupt;
use super::records::Db;
use super::{NodeStore, QueryError, QueryGraph};
use crate::base::types::{Evidence, Modality, Window};
use crate::graph::{Edge, EdgeRecord, GraphData, NegatedRelation, FORMAT};
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
    let mut nodes = Vec::with_capacity(g.node_count());
    for i in 0..g.node_count() as u32 {
        nodes.push(g.node(i)?.into_owned());
    }
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
                evidence: g.evidence(i as u32)?,
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
