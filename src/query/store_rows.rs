//! The tables of graph.db that the queries do not read: each edge's
//! weight by date and the negated relations (what `export` needs besides
//! the query view, so that it can read graph.db instead of graph.json),
//! and with `build --mentions` every mention. Each table's rows are
//! checked as a whole against a checksum in `meta`.

use super::digest::{mention_digest, put_dates, put_negated};
use super::store::Parts;
use super::store::Stamp;
use super::store_batch::{int, text, Cell, Inserter};
use super::QueryError;
use crate::graph::mentions::{parse_via, MentionList, MentionRecord, MentionSpool};
use rusqlite::{params, Connection, OpenFlags, Transaction};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::Xxh3;

/// The tables every store has besides those of [`super::store::SCHEMA`].
pub const SCHEMA_MORE: &str = "
CREATE TABLE edge_dates(
  edge INTEGER NOT NULL, date TEXT NOT NULL, weight INTEGER NOT NULL,
  PRIMARY KEY(edge, date)) WITHOUT ROWID;
CREATE TABLE negated(
  position INTEGER PRIMARY KEY, kind TEXT NOT NULL, source TEXT NOT NULL,
  target TEXT NOT NULL, document TEXT NOT NULL, sentence_index INTEGER NOT NULL,
  sentence TEXT NOT NULL, date TEXT, trigger TEXT, modality TEXT);
";

/// The table of `build --mentions`, only in the stores that have it.
pub const SCHEMA_MENTIONS: &str = "
CREATE TABLE mentions(
  document TEXT NOT NULL, position INTEGER NOT NULL,
  start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,
  start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
  surface TEXT NOT NULL, entity INTEGER NOT NULL, via TEXT NOT NULL,
  sentence_index INTEGER NOT NULL,
  PRIMARY KEY(document, position)) WITHOUT ROWID;
";

/// Made after the rows (the primary key serves lookups by document).
pub const MENTIONS_INDEX: &str = "
CREATE INDEX mentions_entity ON mentions(entity, document);
CREATE VIEW mention_names AS
  SELECT m.document, m.position, m.start_byte, m.end_byte, m.start_char,
         m.end_char, m.surface, e.id AS entity_id, e.name AS entity_name,
         e.type AS entity_type, m.via, m.sentence_index
  FROM mentions m JOIN entities e ON e.ix = m.entity;
";

/// Checksums of the extra tables, for `meta`.
pub(crate) struct RowSums {
    /// `edge_dates`.
    pub dates: u64,
    /// `negated`.
    pub negated: u64,
    /// `mentions` (rows, checksum) when the store has the table.
    pub mentions: Option<(u64, u64)>,
}

/// Writes the extra tables' rows.
pub(crate) fn write_rows(
    tx: &Transaction<'_>,
    p: &Parts<'_>,
    mentions: Option<&MentionList>,
) -> Result<RowSums, QueryError> {
    let sql = |e: rusqlite::Error| QueryError::Corrupt {
        path: PathBuf::from("graph.db"),
        what: e.to_string(),
    };
    let mut h = Xxh3::new();
    {
        let mut ins = tx
            .prepare("INSERT INTO edge_dates VALUES (?1, ?2, ?3)")
            .map_err(sql)?;
        for i in 0..p.edges.len() {
            let dates = (p.edge_dates)(i)?;
            put_dates(&mut h, i, &dates);
            for (d, w) in dates.iter() {
                ins.execute(params![i as i64, d, *w as i64]).map_err(sql)?;
            }
        }
    }
    let dates = h.digest();
    let mut h = Xxh3::new();
    {
        let mut ins = tx
            .prepare("INSERT INTO negated VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
            .map_err(sql)?;
        for (k, n) in p.negated.iter().enumerate() {
            put_negated(&mut h, n);
            let x = &n.evidence;
            ins.execute(params![
                k as i64,
                n.kind,
                n.source,
                n.target,
                &*x.doc,
                x.sentence,
                &*x.text,
                x.date.as_deref(),
                x.trigger,
                x.modality.map(|m| m.as_str()),
            ])
            .map_err(sql)?;
        }
    }
    let negated = h.digest();
    let mentions = match mentions {
        Some(list) => Some(write_mentions(tx, p, list)?),
        None => None,
    };
    Ok(RowSums {
        dates,
        negated,
        mentions,
    })
}

/// Writes the `mentions` table from `list`, in its order, with its index;
/// returns the rows written and their checksum.
fn write_mentions(
    tx: &Transaction<'_>,
    p: &Parts<'_>,
    list: &MentionList,
) -> Result<(u64, u64), QueryError> {
    let sql = |e: rusqlite::Error| QueryError::Corrupt {
        path: PathBuf::from("graph.db"),
        what: e.to_string(),
    };
    tx.execute_batch(SCHEMA_MENTIONS).map_err(sql)?;
    // Entity ids to their numbers: a map the size of the graph.
    let mut ix: HashMap<String, i64> = HashMap::with_capacity(p.types.len());
    for i in 0..p.types.len() {
        ix.insert((p.node)(i)?.id.clone(), i as i64);
    }
    let mut sum = 0u64;
    let mut rows = 0u64;
    let mut failed = None;
    {
        let mut ins = Inserter::new(tx, "mentions", 10);
        let r = list.try_for_each(&mut |m| {
            // Every counted mention's entity is a node of the graph; one
            // that is not means the spool and the graph disagree.
            let Some(&e) = ix.get(&m.entity) else {
                failed = Some(QueryError::Corrupt {
                    path: PathBuf::from("mentions"),
                    what: format!(
                        "mention of {:?} in {:?}: no such entity",
                        m.entity, m.document
                    ),
                });
                return Err(std::io::Error::other("unknown entity"));
            };
            sum = sum.wrapping_add(mention_digest(m));
            rows += 1;
            ins.row([
                text(&m.document),
                int(m.position),
                int(m.start_byte),
                int(m.end_byte),
                int(m.start_char),
                int(m.end_char),
                text(&m.surface),
                int(e),
                Cell::Static(m.via.as_str()),
                int(m.sentence),
            ])
            .map_err(|e| {
                failed = Some(sql(e));
                std::io::Error::other("insert failed")
            })
        });
        if let Some(e) = failed {
            return Err(e);
        }
        r.map_err(|source| QueryError::Io {
            path: PathBuf::from("mentions"),
            source,
        })?;
        ins.finish().map_err(sql)?;
    }
    tx.execute_batch(MENTIONS_INDEX).map_err(sql)?;
    Ok((rows, sum))
}

/// Calls `f` with every row of the `mentions` table of the store beside
/// `json`, in (document, position) order, once the store has passed the
/// checks of a query ([`super::open::open_store`]); then checks the rows
/// against their checksum. `Ok(false)` when there is no usable table: no
/// store, a stale one or one of another version, or a store written
/// without `--mentions`.
///
/// # Errors
/// [`QueryError::Corrupt`] when the store or the table fails a check (the
/// rows already given to `f` are then not to be trusted); `f`'s errors.
pub fn for_each_mention(
    json: &Path,
    f: &mut dyn FnMut(&MentionRecord) -> std::io::Result<()>,
) -> Result<bool, QueryError> {
    let Ok(g) = super::open::open_store(json)? else {
        return Ok(false);
    };
    let super::NodeStore::Db(db) = &g.nodes else {
        return Ok(false);
    };
    let conn = db.conn();
    read_mentions(&conn, &db.path, &db.meta, json, f)
}

/// The `mentions` table of the store about to be rewritten from `json`
/// (whose stamp is `stamp`), spooled beside it, when that store was made
/// from this same graph.json and its table passes its checksum, however
/// damaged the rest: the table holds what graph.json does not, so a query
/// that rewrites a damaged store keeps it. `None` otherwise.
pub(crate) fn carry_mentions(json: &Path, stamp: &Stamp) -> Option<MentionList> {
    let old = super::store::store_path(json);
    let conn = Connection::open_with_flags(&old, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    let meta: BTreeMap<String, String> = conn
        .prepare("SELECT key, value FROM meta")
        .ok()?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .ok()?
        .collect::<Result<_, _>>()
        .ok()?;
    let same = meta.get("json_size") == Some(&stamp.size.to_string())
        && meta.get("json_probe") == Some(&format!("{:016x}", stamp.probe));
    if !same {
        return None;
    }
    let dir = json.parent().filter(|p| !p.as_os_str().is_empty());
    let mut spool = MentionSpool::new(dir.unwrap_or(Path::new("."))).ok()?;
    match read_mentions(&conn, &old, &meta, json, &mut |m| spool.push(m)) {
        Ok(true) => spool.finish().ok(),
        _ => None,
    }
}

/// Feeds the rows of the `mentions` table of `conn` to `f` and checks
/// them against `meta`'s checksum (`Ok(false)`: no table).
fn read_mentions(
    conn: &Connection,
    path: &Path,
    meta: &BTreeMap<String, String>,
    json: &Path,
    f: &mut dyn FnMut(&MentionRecord) -> std::io::Result<()>,
) -> Result<bool, QueryError> {
    let Some(want) = meta.get("mentions_checksum") else {
        return Ok(false);
    };
    let sql = |e: rusqlite::Error| super::open::corrupt(path, e.to_string());
    let mut st = conn
        .prepare(
            "SELECT m.document, m.position, m.start_byte, m.end_byte, m.start_char, m.end_char,
             m.surface, e.id, m.via, m.sentence_index
             FROM mentions m JOIN entities e ON e.ix = m.entity ORDER BY m.document, m.position",
        )
        .map_err(sql)?;
    let mut rows = st.query([]).map_err(sql)?;
    let (mut sum, mut n) = (0u64, 0u64);
    let mut m = MentionRecord::default();
    while let Some(r) = rows.next().map_err(sql)? {
        let int = |k: usize| r.get::<_, i64>(k).map_err(sql);
        m.document = r.get(0).map_err(sql)?;
        m.position = int(1)? as u32;
        m.start_byte = int(2)? as u64;
        m.end_byte = int(3)? as u64;
        m.start_char = int(4)? as u64;
        m.end_char = int(5)? as u64;
        m.surface = r.get(6).map_err(sql)?;
        m.entity = r.get(7).map_err(sql)?;
        let via: String = r.get(8).map_err(sql)?;
        m.via = parse_via(&via)
            .ok_or_else(|| super::open::corrupt(path, format!("mentions: bad via {via:?}")))?;
        m.sentence = int(9)? as u32;
        sum = sum.wrapping_add(mention_digest(&m));
        n += 1;
        f(&m).map_err(|source| QueryError::Io {
            path: json.to_path_buf(),
            source,
        })?;
    }
    if *want != format!("{sum:016x}") || meta.get("mentions") != Some(&n.to_string()) {
        return Err(super::open::corrupt(path, "mentions: checksum mismatch"));
    }
    Ok(true)
}
