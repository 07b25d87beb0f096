//! The packed arrays of `graph_index`: how `build` packs the graph's
//! adjacency, edge records, name index, PageRank and row checksums into
//! blobs of whole records, each part with its own checksum, and how a
//! query streams them back, checking every part.

use super::lookup::{KeyEntry, KeyIndex};
use super::open::corrupt;
use super::store::Parts;
use super::{Adj, QEdge, QueryError};
use crate::base::types::EntityType;
use rusqlite::{params, Connection, MAIN_DB};
use std::path::Path;
use xxhash_rust::xxh3::Xxh3;

/// Records per part of a `graph_index` array.
pub(crate) const PART_RECORDS: usize = 1 << 16;

/// The checksum of one part of a `graph_index` array: XXH3 of its bytes,
/// seeded with its place, so a part moved, lost or duplicated fails too.
pub(crate) fn part_checksum(data: &[u8], part: usize, parts: usize) -> String {
    sum_text(xxhash_rust::xxh3::xxh3_64_with_seed(
        data,
        part_seed(part, parts),
    ))
}

/// How a part's checksum is written in `graph_index.checksum`.
fn sum_text(digest: u64) -> String {
    format!("{digest:016x}")
}

fn part_seed(part: usize, parts: usize) -> u64 {
    (part as u64) | ((parts as u64) << 32)
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
pub(crate) const EDGE_LEN: usize = 27;

fn type_byte(t: EntityType) -> u8 {
    match t {
        EntityType::Person => 0,
        EntityType::Place => 1,
        EntityType::Organisation => 2,
    }
}

pub(crate) fn type_from(b: u8) -> Option<EntityType> {
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

/// Bytes streamed out of a blob at a time: small enough to stay in the
/// processor's cache while it is checksummed and decoded.
const CHUNK: usize = 1 << 16;

/// The `graph_index` rows of array `name` in part order: part, parts,
/// checksum, rowid.
fn part_rows(
    conn: &Connection,
    path: &Path,
    name: &str,
) -> Result<Vec<(i64, i64, String, i64)>, QueryError> {
    let sql = |e: rusqlite::Error| corrupt(path, e.to_string());
    let mut st = conn
        .prepare_cached(
            "SELECT part, parts, checksum, rowid FROM graph_index WHERE name = ?1 ORDER BY part",
        )
        .map_err(sql)?;
    let rows = st
        .query_map(params![name], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .map_err(sql)?;
    let rows: Vec<(i64, i64, String, i64)> = rows.collect::<Result<_, _>>().map_err(sql)?;
    let whole = rows
        .iter()
        .enumerate()
        .all(|(k, r)| r.0 == k as i64 && r.1 == rows.len() as i64);
    if rows.is_empty() || !whole {
        return Err(corrupt(
            path,
            format!("graph_index '{name}': parts missing"),
        ));
    }
    Ok(rows)
}

/// Feeds array `name` of `graph_index` to `f` in order, in pieces of
/// whole `rec`-byte records, and checks every part against its checksum
/// and that none is missing. `f` also gets an upper bound of the total
/// bytes, to reserve room once: growing a vector of tens of megabytes
/// step by step costs more than reading it. It may have been fed a
/// damaged part by the time the error comes.
pub(crate) fn read_array(
    conn: &Connection,
    path: &Path,
    name: &str,
    rec: usize,
    mut f: impl FnMut(&[u8], usize),
) -> Result<(), QueryError> {
    let sql = |e: rusqlite::Error| corrupt(path, e.to_string());
    let rows = part_rows(conn, path, name)?;
    let mut buf = Vec::new();
    for &(part, parts, ref sum, rowid) in &rows {
        // Streamed in small pieces into one buffer: reading the row would
        // have SQLite copy the whole part into fresh memory first.
        let blob = conn
            .blob_open(MAIN_DB, "graph_index", "data", rowid, true)
            .map_err(sql)?;
        let len = blob.len();
        let step = if rec >= len {
            len
        } else {
            (CHUNK / rec).max(1) * rec
        };
        let mut h = Xxh3::with_seed(part_seed(part as usize, parts as usize));
        let mut at = 0;
        while at < len {
            let n = step.min(len - at);
            buf.resize(n, 0);
            blob.read_at_exact(&mut buf, at).map_err(sql)?;
            h.update(&buf);
            f(&buf, len.saturating_mul(parts as usize));
            at += n;
        }
        if sum_text(h.digest()) != *sum {
            return Err(corrupt(
                path,
                format!("graph_index '{name}' part {part}: checksum mismatch"),
            ));
        }
    }
    Ok(())
}

/// The rowids of the parts of row-checksum array `name`, which holds
/// `records` checksums, for [`read_check`]. The parts' own checksums are
/// not verified here: a damaged row checksum cannot make a damaged row
/// pass, it makes a sound one fail, and the query then reads graph.json.
pub(crate) fn check_parts(
    conn: &Connection,
    path: &Path,
    name: &str,
    records: usize,
) -> Result<Vec<i64>, QueryError> {
    let rows = part_rows(conn, path, name)?;
    if rows.len() != records.div_ceil(PART_RECORDS).max(1) {
        return Err(corrupt(path, format!("graph_index: {name} malformed")));
    }
    Ok(rows.into_iter().map(|r| r.3).collect())
}

/// Array `name` of little-endian 64-bit words (PageRank, row checksums),
/// each part verified.
///
/// # Errors
/// [`QueryError::Corrupt`] when a part is damaged or missing or the
/// array does not hold `records` words.
pub(crate) fn read_words(
    conn: &Connection,
    path: &Path,
    name: &str,
    records: usize,
) -> Result<Vec<u64>, QueryError> {
    let mut v = Vec::with_capacity(records);
    read_array(conn, path, name, 8, |b, _| {
        v.extend(b.chunks_exact(8).map(|b| le64(b, 0)))
    })?;
    if v.len() != records {
        return Err(corrupt(path, format!("graph_index: {name} malformed")));
    }
    Ok(v)
}

/// Checksum `i` of a row-checksum array whose parts are the rows
/// `parts` (see [`check_parts`]), or `None` when it cannot be read.
pub(crate) fn read_check(conn: &Connection, parts: &[i64], i: usize) -> Option<u64> {
    let row = *parts.get(i / PART_RECORDS)?;
    let blob = conn
        .blob_open(MAIN_DB, "graph_index", "data", row, true)
        .ok()?;
    let mut b = [0u8; 8];
    blob.read_at_exact(&mut b, (i % PART_RECORDS) * 8).ok()?;
    Some(u64::from_le_bytes(b))
}

/// The edge records of `graph_index`, checked for whole records (their
/// node and kind numbers are checked by the caller, which knows them).
///
/// # Errors
/// [`QueryError::Corrupt`] on a damaged, missing or ragged part.
pub(crate) fn read_edges(conn: &Connection, path: &Path) -> Result<Vec<QEdge>, QueryError> {
    let mut edges: Vec<QEdge> = Vec::new();
    let mut ragged = false;
    read_array(conn, path, "edges", EDGE_LEN, |raw, total| {
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
    if ragged {
        return Err(corrupt(path, "graph_index: edges malformed"));
    }
    Ok(edges)
}

/// The arrays of `graph_index` other than the edge records and the row
/// checksums.
pub(crate) struct Rest {
    /// Each entity's type.
    pub(crate) types: Vec<EntityType>,
    /// The edge kinds' names.
    pub(crate) kinds: Vec<String>,
    /// Where each entity's incident edges start in `adj`.
    pub(crate) adj_start: Vec<u32>,
    /// The undirected adjacency.
    pub(crate) adj: Vec<Adj>,
    /// The folded-name index.
    pub(crate) keys: KeyIndex,
    /// Each entity's PageRank.
    pub(crate) pagerank: Vec<f64>,
}

/// Reads [`Rest`], checking every part and everything that does not
/// depend on the edge records (the caller checks the adjacency's edge
/// numbers).
///
/// # Errors
/// [`QueryError::Corrupt`] on a damaged, missing or malformed array.
pub(crate) fn read_rest(conn: &Connection, path: &Path) -> Result<Rest, QueryError> {
    let bad = |what: &str| corrupt(path, format!("graph_index: {what}"));
    let mut raw = Vec::new();
    read_array(conn, path, "types", 1, |b, _| raw.extend_from_slice(b))?;
    let types: Vec<EntityType> = raw
        .iter()
        .map(|&b| type_from(b))
        .collect::<Option<_>>()
        .ok_or_else(|| bad("bad entity type"))?;
    let n = types.len();
    raw.clear();
    read_array(conn, path, "kinds", usize::MAX, |b, _| {
        raw.extend_from_slice(b)
    })?;
    let mut kinds = Vec::new();
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
    let mut adj_start: Vec<u32> = Vec::with_capacity(n + 1);
    read_array(conn, path, "adjacency_start", 4, |b, _| {
        adj_start.extend(b.chunks_exact(4).map(|b| le32(b, 0)))
    })?;
    let total = adj_start.last().map_or(0, |&l| l as usize);
    let mut adj: Vec<Adj> = Vec::new();
    read_array(conn, path, "adjacency", 8, |b, all| {
        if adj.capacity() == 0 {
            adj.reserve_exact(total.min(all / 8));
        }
        adj.extend(b.chunks_exact(8).map(|b| Adj {
            node: le32(b, 0),
            edge: le32(b, 4),
        }))
    })?;
    let csr_ok = adj_start.len() == n + 1
        && adj_start.first() == Some(&0)
        && total == adj.len()
        && adj_start.windows(2).all(|w| w[0] <= w[1])
        && adj.iter().all(|a| (a.node as usize) < n);
    if !csr_ok {
        return Err(bad("adjacency malformed"));
    }
    let mut blob = Vec::new();
    read_array(conn, path, "name_keys", 1, |b, total| {
        if blob.capacity() == 0 {
            blob.reserve_exact(total);
        }
        blob.extend_from_slice(b)
    })?;
    let mut entries: Vec<KeyEntry> = Vec::new();
    read_array(conn, path, "name_entries", 13, |b, total| {
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
        return Err(bad("name index malformed"));
    }
    let pagerank = read_words(conn, path, "pagerank", n)?
        .into_iter()
        .map(f64::from_bits)
        .collect();
    Ok(Rest {
        types,
        kinds,
        adj_start,
        adj,
        keys: KeyIndex { blob, entries },
        pagerank,
    })
}
