//! Loading a saved graph for queries: from `graph.db` when it is current
//! and sound, else from graph.json (then rewriting graph.db).
//!
//! The store is current when its recorded size and head/tail hash of
//! graph.json match the file and it is not older than graph.json. It is
//! sound when its schema version is this program's, every `graph_index`
//! blob matches its checksum, and the documents match theirs. Entity and
//! evidence rows are read when a query asks for them and checked against
//! their checksums then; a mismatch is [`QueryError::Corrupt`], on which
//! the command runs again on graph.json ([`load_fresh`]).

use super::arrays::{check_parts, read_edges, read_rest};
use super::digest::digest_doc;
use super::records::Db;
use super::store::{store_path, Meta, Parts, Stamp, SCHEMA_VERSION};
use super::{EvidenceStore, NodeStore, QEdge, QueryError, QueryGraph};
use crate::graph::{DocInfo, GraphData};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use xxhash_rust::xxh3::Xxh3;

/// Set this environment variable (to a non-empty value) to skip reading
/// and writing graph.db.
pub const NO_CACHE_ENV: &str = "GAZEGRAPH_NO_CACHE";

fn use_store() -> bool {
    std::env::var_os(NO_CACHE_ENV).is_none_or(|v| v.is_empty())
}

/// Loads a saved graph for querying, from graph.db when it matches
/// graph.json and passes its checks, else from graph.json (then writing
/// graph.db beside it, silently skipped when that fails, e.g. in a
/// read-only folder).
///
/// # Errors
/// [`QueryError::Missing`] when graph.json does not exist; I/O and JSON
/// errors naming the file otherwise.
pub fn load(json: &Path) -> Result<QueryGraph, QueryError> {
    let stamp = stamp_of(json)?;
    if use_store() {
        // A stale or damaged store is not an error: graph.json is the truth.
        if let Ok(g) = read_store(json, &stamp) {
            return Ok(g);
        }
    }
    from_json(json, &stamp)
}

/// Why graph.db was not read.
#[derive(Debug)]
pub enum StoreMiss {
    /// [`NO_CACHE_ENV`] is set.
    Disabled,
    /// There is no graph.db.
    Missing,
    /// graph.db was made from another graph.json, or is older than it.
    Stale,
    /// graph.db has another schema version (an older gazegraph wrote it).
    Version(i32),
    /// graph.db failed a check: a checksum, a SQLite error.
    Damaged(QueryError),
}

impl From<QueryError> for StoreMiss {
    fn from(e: QueryError) -> StoreMiss {
        StoreMiss::Damaged(e)
    }
}

impl std::fmt::Display for StoreMiss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreMiss::Disabled => write!(f, "not read ({NO_CACHE_ENV} is set)"),
            StoreMiss::Missing => write!(f, "missing"),
            StoreMiss::Stale => write!(f, "made from another graph.json, or older than it"),
            StoreMiss::Version(v) => write!(
                f,
                "schema version {v}, this gazegraph reads {SCHEMA_VERSION} (rebuild, or run any query to rewrite it)"
            ),
            StoreMiss::Damaged(QueryError::Corrupt { what, .. }) => write!(f, "damaged ({what})"),
            StoreMiss::Damaged(e) => write!(f, "{e}"),
        }
    }
}

/// Opens graph.db beside `json` when it is current and sound, by the same
/// checks as [`load`]; otherwise says why not (the caller then reads
/// graph.json).
///
/// # Errors
/// [`QueryError::Missing`] when graph.json does not exist, I/O errors
/// reading it.
pub fn open_store(json: &Path) -> Result<Result<QueryGraph, StoreMiss>, QueryError> {
    let stamp = stamp_of(json)?;
    if !use_store() {
        return Ok(Err(StoreMiss::Disabled));
    }
    Ok(read_store(json, &stamp))
}

/// Loads a saved graph from graph.json, ignoring graph.db, and rewrites
/// graph.db: for a query that found the store damaged half-way.
///
/// # Errors
/// As [`load`].
pub fn load_fresh(json: &Path) -> Result<QueryGraph, QueryError> {
    let stamp = stamp_of(json)?;
    from_json(json, &stamp)
}

fn stamp_of(json: &Path) -> Result<Stamp, QueryError> {
    match Stamp::of(json) {
        Ok(s) => Ok(s),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(QueryError::Missing(json.to_path_buf()))
        }
        Err(source) => Err(QueryError::Io {
            path: json.to_path_buf(),
            source,
        }),
    }
}

fn from_json(json: &Path, stamp: &Stamp) -> Result<QueryGraph, QueryError> {
    let bytes = std::fs::read(json).map_err(|source| QueryError::Io {
        path: json.to_path_buf(),
        source,
    })?;
    let full = Stamp {
        size: stamp.size,
        probe: stamp.probe,
        full: Some(xxhash_rust::xxh3::xxh3_64(&bytes)),
    };
    let data: GraphData = serde_json::from_slice(&bytes).map_err(|source| QueryError::Json {
        path: json.to_path_buf(),
        source,
    })?;
    drop(bytes);
    let dangling = data.dangling_edges();
    name_dangling(json, &dangling);
    let meta = Meta {
        window: data.window.as_str().to_string(),
        evidence_limit: data.evidence_limit,
        document_count: data.document_count,
        dangling,
    };
    let (g, dates, negated) = QueryGraph::from_data_full(data);
    if use_store() {
        let parts = Parts::of_query(&g, &dates, &negated);
        // The mentions table is not in graph.json: keep a sound one.
        let mentions = super::store_rows::carry_mentions(json, stamp);
        let _ =
            super::store::write_parts(&parts, mentions.as_ref(), json, &|| Ok(full.clone()), &meta);
    }
    Ok(g)
}

/// Edges to missing nodes named one by one when a graph is read.
const MAX_NAMED_EDGES: usize = 10;

/// Warns, on stderr, of the edges of `graph` that name a missing node
/// (as listed by [`GraphData::dangling_edges`]) and are therefore
/// dropped: the first few one by one, then their number.
pub fn name_dangling(graph: &Path, dangling: &[String]) {
    for e in dangling.iter().take(MAX_NAMED_EDGES) {
        crate::base::diag::diag!(
            "gazegraph: warning: {}: edge {e} names a node that is not in the graph; dropped",
            graph.display()
        );
    }
    if dangling.len() > MAX_NAMED_EDGES {
        crate::base::diag::diag!(
            "gazegraph: warning: {}: {} more such edges dropped",
            graph.display(),
            dangling.len() - MAX_NAMED_EDGES
        );
    }
}

pub(crate) fn corrupt(path: &Path, what: impl Into<String>) -> QueryError {
    QueryError::Corrupt {
        path: path.to_path_buf(),
        what: what.into(),
    }
}

/// Reads graph.db if it is current and sound (else why not: missing,
/// missing, stale or of another schema version).
fn read_store(json: &Path, stamp: &Stamp) -> Result<QueryGraph, StoreMiss> {
    let path = store_path(json);
    let (Ok(dm), Ok(jm)) = (std::fs::metadata(&path), std::fs::metadata(json)) else {
        return Err(StoreMiss::Missing);
    };
    // A store older than its graph.json was made from another graph.
    if let (Ok(d), Ok(j)) = (dm.modified(), jm.modified()) {
        if d < j {
            return Err(StoreMiss::Stale);
        }
    }
    let sql = |e: rusqlite::Error| StoreMiss::Damaged(corrupt(&path, e.to_string()));
    let conn = connect(&path).map_err(sql)?;
    let version: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(sql)?;
    if version != SCHEMA_VERSION {
        return Err(StoreMiss::Version(version));
    }
    let meta: BTreeMap<String, String> = {
        let mut st = conn.prepare("SELECT key, value FROM meta").map_err(sql)?;
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(sql)?;
        rows.collect::<Result<_, _>>().map_err(sql)?
    };
    let get = |k: &str| meta.get(k).map(String::as_str).unwrap_or("");
    if get("json_size") != stamp.size.to_string()
        || get("json_probe") != format!("{:016x}", stamp.probe)
    {
        return Err(StoreMiss::Stale);
    }
    // Holding one read transaction keeps SQLite from re-checking the file
    // on every statement.
    conn.execute_batch("BEGIN").map_err(sql)?;
    // The edge records (nearly half the bytes) are read by a second
    // connection on another thread while this one reads the rest.
    let (edges, rest) = std::thread::scope(|s| {
        let job = std::thread::Builder::new()
            .name("gazegraph-load".into())
            .spawn_scoped(s, || edges_of(&path));
        let rest = read_rest(&conn, &path);
        let edges = match job {
            Ok(job) => job.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            // No thread to be had (a process limit): read them here.
            Err(_) => edges_of(&path),
        };
        (edges, rest)
    });
    let (edges, build_id) = edges?;
    let rest = rest?;
    // The other connection opened the file again by name: the same build
    // unless graph.db was replaced in between.
    if build_id != get("build_id") {
        return Err(StoreMiss::Stale);
    }
    let n = rest.types.len();
    let bad = |what: &str| corrupt(&path, format!("graph_index: {what}"));
    if edges.iter().any(|e| {
        e.source as usize >= n || e.target as usize >= n || e.kind as usize >= rest.kinds.len()
    }) {
        return Err(bad("edges malformed").into());
    }
    if rest.adj.iter().any(|a| a.edge as usize >= edges.len()) {
        return Err(bad("adjacency malformed").into());
    }
    // The row checksums are read one at a time when a row is (an export
    // reads them whole): only their parts' places are needed now.
    let node_checks = check_parts(&conn, &path, "node_checks", n)?;
    let edge_checks = check_parts(&conn, &path, "edge_checks", edges.len())?;
    let mut documents = Vec::new();
    let mut h = Xxh3::new();
    {
        let mut st = conn
            .prepare("SELECT id, title, date, url FROM documents WHERE listed = 1 ORDER BY ix")
            .map_err(sql)?;
        let mut rows = st.query([]).map_err(sql)?;
        while let Some(r) = rows.next().map_err(sql)? {
            let d = DocInfo {
                id: r.get(0).map_err(sql)?,
                title: r.get(1).map_err(sql)?,
                date: r.get(2).map_err(sql)?,
                url: r.get(3).map_err(sql)?,
            };
            digest_doc(&mut h, &d);
            documents.push(d);
        }
    }
    if format!("{:016x}", h.digest()) != get("documents_checksum") {
        return Err(corrupt(&path, "documents: checksum mismatch").into());
    }
    // The edges graph.json names but the store could not hold are named
    // on every load, as they were when the store was made.
    let dangling: Vec<String> = get("dangling_edges").lines().map(str::to_string).collect();
    name_dangling(json, &dangling);
    let db = Arc::new(Db {
        path,
        conn: Mutex::new(conn),
        node_checks,
        edge_checks,
        meta,
    });
    Ok(QueryGraph {
        documents,
        nodes: NodeStore::Db(db.clone()),
        types: rest.types,
        kinds: rest.kinds,
        edges,
        adj_start: rest.adj_start,
        adj: rest.adj,
        keys: rest.keys,
        evidence: EvidenceStore::Db(db),
        pagerank: Some(rest.pagerank),
    })
}

/// Opens graph.db read-only for queries.
fn connect(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    // Pages mapped rather than copied by `pread`: the load reads some
    // 60 MB of `graph_index` blobs once. (A read-only mapping: the file is
    // never written through it.)
    conn.pragma_update(None, "mmap_size", 1i64 << 30)?;
    // The plans of the point reads do not depend on the values bound to
    // them, but the bundled SQLite (built with STAT4) re-prepared the
    // `names` read on every entity; the stability guarantee stops that.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    Ok(conn)
}

/// The edge records of graph.db at `path`, read on a connection of their
/// own, with the build id of the file they came from.
fn edges_of(path: &Path) -> Result<(Vec<QEdge>, String), QueryError> {
    let sql = |e: rusqlite::Error| corrupt(path, e.to_string());
    let conn = connect(path).map_err(sql)?;
    conn.execute_batch("BEGIN").map_err(sql)?;
    let id: String = conn
        .query_row("SELECT value FROM meta WHERE key = 'build_id'", [], |r| {
            r.get(0)
        })
        .map_err(sql)?;
    Ok((read_edges(&conn, path)?, id))
}
