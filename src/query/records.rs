//! The records of graph.db read on demand: an entity's record (its
//! `entities` row with its document list and its `names` rows) and an
//! edge's evidence (its packed items and their `sentences` rows), each
//! checked against its checksum when read.

use super::digest::{evidence_digest, node_digest};
use super::open::corrupt;
use super::store_edges::{read_ints, read_items};
use super::QueryError;
use crate::base::types::EntityType;
use crate::graph::{Evidence, Node};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// An open store, shared by the lazily read entity and evidence records.
#[derive(Debug)]
pub(crate) struct Db {
    pub(super) path: PathBuf,
    pub(super) conn: Mutex<Connection>,
    /// The rowids of the `node_checks` parts of `graph_index`, read one
    /// checksum at a time ([`Db::node_check`]).
    pub(super) node_checks: Vec<i64>,
    /// The same for `edge_checks`.
    pub(super) edge_checks: Vec<i64>,
    /// The `meta` table.
    pub(super) meta: std::collections::BTreeMap<String, String>,
}

impl Db {
    pub(super) fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave the connection in
        // a state worse than the error it would report.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(super) fn sql(&self) -> impl Fn(rusqlite::Error) -> QueryError + '_ {
        move |e| corrupt(&self.path, e.to_string())
    }

    /// The recorded checksum of entity `i`'s rows (`None` if unreadable).
    fn node_check(&self, conn: &Connection, i: u32) -> Option<u64> {
        super::arrays::read_check(conn, &self.node_checks, i as usize)
    }

    /// The recorded checksum of edge `e`'s evidence (`None` if unreadable).
    fn edge_check(&self, conn: &Connection, e: u32) -> Option<u64> {
        super::arrays::read_check(conn, &self.edge_checks, e as usize)
    }

    /// Every recorded entity (`nodes`) or evidence checksum, verified.
    ///
    /// # Errors
    /// [`QueryError::Corrupt`] when the array is damaged or does not hold
    /// `records` checksums.
    pub(super) fn all_checks(
        &self,
        conn: &Connection,
        nodes: bool,
        records: usize,
    ) -> Result<Vec<u64>, QueryError> {
        let name = if nodes { "node_checks" } else { "edge_checks" };
        super::arrays::read_words(conn, &self.path, name, records)
    }

    /// Entity record `i`, checked against its checksum.
    pub(crate) fn node(&self, i: u32) -> Result<Node, QueryError> {
        let sql = self.sql();
        let conn = self.conn();
        let mut st = conn
            .prepare_cached(
                "SELECT id, name, type, qid, mentions, documents, first_date, last_date,
                 document_list FROM entities WHERE ix = ?1",
            )
            .map_err(&sql)?;
        let row = st
            .query_row(params![i], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, i64>(4)?,
                    r.get::<_, i64>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, Option<String>>(7)?,
                    r.get::<_, String>(8)?,
                ))
            })
            .optional()
            .map_err(&sql)?
            .ok_or_else(|| corrupt(&self.path, format!("no entity record {i}")))?;
        let etype = EntityType::parse(&row.2)
            .ok_or_else(|| corrupt(&self.path, format!("entity {i}: bad type")))?;
        // Centrality and communities are not read back (Node::new leaves
        // them empty): the queries compute their own from the edges.
        let mut node = Node {
            qid: row.3,
            mentions: row.4 as u64,
            documents: row.5 as u64,
            first_seen: row.6,
            last_seen: row.7,
            ..Node::new(row.0, row.1, etype)
        };
        let mut st = conn
            .prepare_cached(
                "SELECT kind, name, count FROM names WHERE entity = ?1 AND kind <> 'canonical'
                 ORDER BY kind, position",
            )
            .map_err(&sql)?;
        let mut rows = st.query(params![i]).map_err(&sql)?;
        while let Some(r) = rows.next().map_err(&sql)? {
            put_name(
                &mut node,
                r.get(0).map_err(&sql)?,
                r.get(1).map_err(&sql)?,
                r.get(2).map_err(&sql)?,
            );
        }
        let list = read_ints(&row.8)
            .ok_or_else(|| corrupt(&self.path, format!("entity {i}: bad document list")))?;
        let mut st = conn
            .prepare_cached("SELECT id FROM documents WHERE ix = ?1")
            .map_err(&sql)?;
        for d in list {
            let id: String = st
                .query_row(params![d], |r| r.get(0))
                .optional()
                .map_err(&sql)?
                .ok_or_else(|| corrupt(&self.path, format!("entity {i}: no document {d}")))?;
            node.docs.push(Arc::from(id));
        }
        if self.node_check(&conn, i) != Some(node_digest(&node)) {
            return Err(corrupt(
                &self.path,
                format!("entity {i}: checksum mismatch"),
            ));
        }
        Ok(node)
    }

    /// The evidence of edge `e`, checked against its checksum.
    pub(crate) fn evidence(&self, e: u32) -> Result<Vec<Evidence>, QueryError> {
        let sql = self.sql();
        let conn = self.conn();
        let packed: String = conn
            .prepare_cached("SELECT evidence FROM edges WHERE ix = ?1")
            .map_err(&sql)?
            .query_row(params![e], |r| r.get(0))
            .optional()
            .map_err(&sql)?
            .ok_or_else(|| corrupt(&self.path, format!("no edge {e}")))?;
        let items = read_items(&packed)
            .ok_or_else(|| corrupt(&self.path, format!("edge {e}: bad evidence")))?;
        let mut st = conn
            .prepare_cached(
                "SELECT d.id, s.sentence_index, s.text, s.date FROM sentences s
                 JOIN documents d ON d.ix = s.document WHERE s.id = ?1",
            )
            .map_err(&sql)?;
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            let (doc, sentence, text, date) = st
                .query_row(params![it.sentence], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<String>>(3)?,
                    ))
                })
                .optional()
                .map_err(&sql)?
                .ok_or_else(|| {
                    corrupt(&self.path, format!("edge {e}: no sentence {}", it.sentence))
                })?;
            out.push(Evidence {
                date: date.map(Arc::from),
                doc: Arc::from(doc),
                sentence,
                text: Arc::from(text),
                trigger: it.trigger,
                modality: it.modality,
            });
        }
        if self.edge_check(&conn, e) != Some(evidence_digest(&out)) {
            return Err(corrupt(
                &self.path,
                format!("edge {e}: evidence checksum mismatch"),
            ));
        }
        Ok(out)
    }
}

/// Puts one row of the `names` table into `node`: an alias, or a surface
/// form with its count.
pub(super) fn put_name(node: &mut Node, kind: String, name: String, count: Option<i64>) {
    if kind == "alias" {
        node.aliases.push(name);
    } else {
        node.surface.insert(name, count.unwrap_or(0) as u64);
    }
}
