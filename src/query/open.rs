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

use super::digest::digest_doc;
use super::lookup::{KeyEntry, KeyIndex};
use super::records::Db;
use super::store::{store_path, Meta, Parts, Stamp, SCHEMA_VERSION};
use super::{Adj, EvidenceStore, NodeStore, QEdge, QueryError, QueryGraph};
use crate::base::types::EntityType;
use crate::graph::{DocInfo, GraphData};
use rusqlite::{params, Connection, OpenFlags};
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
    match Stamp::of(json, false) {
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

/// Records per part of a `graph_index` array.
pub(crate) const PART_RECORDS: usize = 1 << 16;

/// The checksum of one part of a `graph_index` array: XXH3 of its bytes,
/// seeded with its place, so a part moved, lost or duplicated fails too.
pub(crate) fn part_checksum(data: &[u8], part: usize, parts: usize) -> String {
    let seed = (part as u64) | ((parts as u64) << 32);
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64_with_seed(data, seed))
}

/// The derived arrays of `graph_index`: name, record size, bytes.
pub(crate) fn pack(p: &Parts<'_>, pagerank: &[f64]) -> Vec<(&'static str, usize, Vec<u8>)> {
    let types: Vec<u8> = p.types.iter().map(|&t| type_byte(t)).collect();
    let mut kinds = Vec::new();
    for k in p.kinds.iter() {
        kinds.extend_from_slice(&(k.len() as u32).to_le_bytes());
        kinds.extend_from_slice(k.as_bytes());
    }
    let mut edges = Vec::with_capacity(EDGE_LEN * p.edges.len());
    for e in p.edges.iter() {
        edges.extend_from_slice(&e.source.to_le_bytes());
        edges.extend_from_slice(&e.target.to_le_bytes());
        edges.extend_from_slice(&e.kind.to_le_bytes());
        edges.push(u8::from(e.directed));
        edges.extend_from_slice(&e.weight.to_le_bytes());
        edges.extend_from_slice(&e.first_date.to_le_bytes());
        edges.extend_from_slice(&e.last_date.to_le_bytes());
    }
    let adj_start: Vec<u8> = p.adj_start.iter().flat_map(|x| x.to_le_bytes()).collect();
    let mut adj = Vec::with_capacity(8 * p.adj.len());
    for a in p.adj.iter() {
        adj.extend_from_slice(&a.node.to_le_bytes());
        adj.extend_from_slice(&a.edge.to_le_bytes());
    }
    let mut entries = Vec::with_capacity(13 * p.keys.entries.len());
    for k in &p.keys.entries {
        entries.extend_from_slice(&k.start.to_le_bytes());
        entries.extend_from_slice(&k.len.to_le_bytes());
        entries.extend_from_slice(&k.node.to_le_bytes());
        entries.push(k.tier);
    }
    let pr: Vec<u8> = pagerank.iter().flat_map(|x| x.to_le_bytes()).collect();
    vec![
        ("types", 1, types),
        // Small: one part whatever its size.
        ("kinds", kinds.len().max(1), kinds),
        ("edges", EDGE_LEN, edges),
        ("adjacency_start", 4, adj_start),
        ("adjacency", 8, adj),
        ("name_keys", 1, p.keys.blob.clone()),
        ("name_entries", 13, entries),
        ("pagerank", 8, pr),
    ]
}

/// Bytes of one packed edge record.
const EDGE_LEN: usize = 27;

fn type_byte(t: EntityType) -> u8 {
    match t {
        EntityType::Person => 0,
        EntityType::Place => 1,
        EntityType::Organisation => 2,
    }
}

fn type_from(b: u8) -> Option<EntityType> {
    match b {
        0 => Some(EntityType::Person),
        1 => Some(EntityType::Place),
        2 => Some(EntityType::Organisation),
        _ => None,
    }
}

fn le32(b: &[u8], i: usize) -> u32 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&b[i..i + 4]);
    u32::from_le_bytes(a)
}

fn le64(b: &[u8], i: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(a)
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
    let conn = Connection::open_with_flags(
        &path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sql)?;
    let version: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(sql)?;
    if version != SCHEMA_VERSION {
        return Err(StoreMiss::Version(version));
    }
    // Pages mapped rather than copied by `pread`: the load reads some
    // 60 MB of `graph_index` blobs once, and the copy was a third of it.
    // (A read-only mapping: the file is never written through it.)
    conn.pragma_update(None, "mmap_size", 1i64 << 30)
        .map_err(sql)?;
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
    let bad = |what: &str| corrupt(&path, format!("graph_index: {what}"));
    let mut raw_types = Vec::new();
    read_array(&conn, &path, "types", |b, _| raw_types.extend_from_slice(b))?;
    let types: Vec<EntityType> = raw_types
        .iter()
        .map(|&b| type_from(b))
        .collect::<Option<_>>()
        .ok_or_else(|| bad("bad entity type"))?;
    drop(raw_types);
    let n = types.len();
    let mut kinds = Vec::new();
    {
        let mut raw = Vec::new();
        read_array(&conn, &path, "kinds", |b, _| raw.extend_from_slice(b))?;
        let mut at = 0;
        while at < raw.len() {
            let len = raw.get(at..at + 4).map(|b| le32(b, 0) as usize);
            let s = len
                .and_then(|l| raw.get(at + 4..at + 4 + l))
                .and_then(|b| std::str::from_utf8(b).ok())
                .ok_or_else(|| bad("kinds malformed"))?;
            kinds.push(s.to_string());
            at += 4 + s.len();
        }
    }
    let mut edges: Vec<QEdge> = Vec::new();
    let mut ragged = false;
    read_array(&conn, &path, "edges", |raw, total| {
        if edges.capacity() == 0 {
            edges.reserve_exact(total / EDGE_LEN);
        }
        ragged |= raw.len() % EDGE_LEN != 0;
        edges.extend(raw.chunks_exact(EDGE_LEN).map(|b| QEdge {
            source: le32(b, 0),
            target: le32(b, 4),
            kind: u16::from_le_bytes([b[8], b[9]]),
            directed: b[10] != 0,
            weight: le64(b, 11),
            first_date: le32(b, 19),
            last_date: le32(b, 23),
        }))
    })?;
    if ragged
        || edges.iter().any(|e| {
            e.source as usize >= n || e.target as usize >= n || e.kind as usize >= kinds.len()
        })
    {
        return Err(bad("edges malformed").into());
    }
    let mut adj_start: Vec<u32> = Vec::with_capacity(n + 1);
    read_array(&conn, &path, "adjacency_start", |b, _| {
        adj_start.extend(b.chunks_exact(4).map(|b| le32(b, 0)))
    })?;
    let total = adj_start.last().map_or(0, |&l| l as usize);
    let mut adj: Vec<Adj> = Vec::with_capacity(total.min(2 * edges.len()));
    read_array(&conn, &path, "adjacency", |b, _| {
        adj.extend(b.chunks_exact(8).map(|b| Adj {
            node: le32(b, 0),
            edge: le32(b, 4),
        }))
    })?;
    let csr_ok = adj_start.len() == n + 1
        && adj_start.first() == Some(&0)
        && total == adj.len()
        && adj_start.windows(2).all(|w| w[0] <= w[1])
        && adj
            .iter()
            .all(|a| (a.node as usize) < n && (a.edge as usize) < edges.len());
    if !csr_ok {
        return Err(bad("adjacency malformed").into());
    }
    let mut blob = Vec::new();
    read_array(&conn, &path, "name_keys", |b, total| {
        if blob.capacity() == 0 {
            blob.reserve_exact(total);
        }
        blob.extend_from_slice(b)
    })?;
    let mut entries: Vec<KeyEntry> = Vec::new();
    read_array(&conn, &path, "name_entries", |b, total| {
        if entries.capacity() == 0 {
            entries.reserve_exact(total / 13);
        }
        entries.extend(b.chunks_exact(13).map(|b| KeyEntry {
            start: le32(b, 0),
            len: le32(b, 4),
            node: le32(b, 8),
            tier: b[12],
        }))
    })?;
    if entries
        .iter()
        .any(|k| k.node as usize >= n || k.start as usize + k.len as usize > blob.len())
    {
        return Err(bad("name index malformed").into());
    }
    let words = |name: &str, len: usize| -> Result<Vec<u64>, QueryError> {
        let mut v = Vec::with_capacity(len);
        read_array(&conn, &path, name, |b, _| {
            v.extend(b.chunks_exact(8).map(|b| le64(b, 0)))
        })?;
        if v.len() != len {
            return Err(bad(&format!("{name} malformed")));
        }
        Ok(v)
    };
    let node_checks = words("node_checks", n)?;
    let edge_checks = words("edge_checks", edges.len())?;
    let pagerank = words("pagerank", n)?
        .into_iter()
        .map(f64::from_bits)
        .collect();
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
        types,
        kinds,
        edges,
        adj_start,
        adj,
        keys: KeyIndex { blob, entries },
        evidence: EvidenceStore::Db(db),
        pagerank: Some(pagerank),
    })
}

/// Feeds the parts of `graph_index` array `name` to `f` in order, each
/// checked against its checksum, and checks that none is missing. `f`
/// also gets an upper bound of the total bytes, to reserve room once:
/// growing a vector of tens of megabytes step by step costs more than
/// reading it.
fn read_array(
    conn: &Connection,
    path: &Path,
    name: &str,
    mut f: impl FnMut(&[u8], usize),
) -> Result<(), QueryError> {
    let sql = |e: rusqlite::Error| corrupt(path, e.to_string());
    let mut st = conn
        .prepare(
            "SELECT part, parts, checksum, data FROM graph_index WHERE name = ?1 ORDER BY part",
        )
        .map_err(sql)?;
    let mut rows = st.query(params![name]).map_err(sql)?;
    let mut seen = 0usize;
    let mut want = None;
    while let Some(r) = rows.next().map_err(sql)? {
        let part: i64 = r.get(0).map_err(sql)?;
        let parts: i64 = r.get(1).map_err(sql)?;
        let sum: String = r.get(2).map_err(sql)?;
        let data = r
            .get_ref(3)
            .map_err(sql)?
            .as_blob()
            .map_err(|e| sql(e.into()))?;
        let ok = part == seen as i64
            && *want.get_or_insert(parts) == parts
            && part_checksum(data, seen, parts as usize) == sum;
        if !ok {
            return Err(corrupt(
                path,
                format!("graph_index '{name}' part {part}: checksum mismatch"),
            ));
        }
        f(data, data.len().saturating_mul(parts.max(0) as usize));
        seen += 1;
    }
    if want != Some(seen as i64) {
        return Err(corrupt(
            path,
            format!("graph_index '{name}': parts missing"),
        ));
    }
    Ok(())
}
