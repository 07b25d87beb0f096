//! Loading a saved graph for queries, and the binary cache `graph.bin`.
//!
//! graph.json of a large corpus takes seconds to parse, so queries read a
//! compact binary copy written beside it. Layout (little-endian; strings
//! are a u32 length plus UTF-8 bytes; lists a u32 count plus items):
//!
//! 1. header: magic `GGRAPHB\0`, [`CACHE_VERSION`], and the size,
//!    modification time (ns) and FNV-1a hash of the first and last 64 KiB
//!    of the graph.json it was made from, then the hot section's length.
//!    A cache whose header does not match its graph.json is ignored (and
//!    rewritten by the next load).
//! 2. hot section, read at load: documents; one type byte per entity; the
//!    entity records' offsets and bytes (decoded only when an entity is
//!    shown); edge kinds; fixed-size edge records (endpoints, kind,
//!    direction, weight, first and last evidence date); the folded-name
//!    lookup index; the undirected adjacency index.
//! 3. evidence offsets, one u64 per edge plus one, read per edge on demand.
//! 4. cold section: the evidence sentences of each edge.

use super::codec::{
    dec_evidence, enc_evidence, enc_node, le32, le64, type_byte, type_from, Dec, Enc,
};
use super::lookup::{KeyEntry, KeyIndex};
use super::{Adj, EvidenceStore, NodeStore, QEdge, QueryError, QueryGraph};
use crate::graph::{DocInfo, Evidence, GraphData, KnowledgeGraph};
use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// First bytes of a cache file.
const MAGIC: &[u8; 8] = b"GGRAPHB\0";
/// Version of the cache layout; bump on any change.
pub const CACHE_VERSION: u32 = 4;
/// Header: magic, version, json size, json mtime, json probe hash, hot length.
const HEADER_LEN: usize = 8 + 4 + 8 + 8 + 8 + 8;
/// Bytes hashed at each end of graph.json to detect a same-size rewrite.
const PROBE: u64 = 64 * 1024;
/// Set this environment variable (to a non-empty value) to skip reading
/// and writing the cache.
pub const NO_CACHE_ENV: &str = "GAZEGRAPH_NO_CACHE";

/// The cache path of a graph.json: the same name with extension `.bin`.
pub fn cache_path(json: &Path) -> PathBuf {
    json.with_extension("bin")
}

/// Loads a saved graph for querying, from its cache when the cache matches
/// graph.json, else from graph.json (then writing the cache beside it,
/// silently skipped when that fails, e.g. in a read-only folder).
///
/// # Errors
/// [`QueryError::Missing`] when graph.json does not exist; I/O and JSON
/// errors naming the file otherwise.
pub fn load(json: &Path) -> Result<QueryGraph, QueryError> {
    let io = |source| QueryError::Io {
        path: json.to_path_buf(),
        source,
    };
    let stamp = match Stamp::of(json) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(QueryError::Missing(json.to_path_buf()))
        }
        Err(e) => return Err(io(e)),
    };
    let use_cache = std::env::var_os(NO_CACHE_ENV).is_none_or(|v| v.is_empty());
    let bin = cache_path(json);
    if use_cache {
        // A stale or corrupt cache is not an error: graph.json is the truth.
        if let Ok(Some(g)) = read_cache(&bin, &stamp) {
            return Ok(g);
        }
    }
    let bytes = std::fs::read(json).map_err(io)?;
    let data: GraphData = serde_json::from_slice(&bytes).map_err(|source| QueryError::Json {
        path: json.to_path_buf(),
        source,
    })?;
    drop(bytes);
    let g = QueryGraph::from_data(data);
    if use_cache {
        let _ = write_query_cache(&g, json, &stamp);
    }
    Ok(g)
}

/// Writes the binary cache `graph.bin` beside an already written
/// `graph.json` (call it right after saving graph.json), returning its path.
///
/// # Errors
/// Fails when graph.json cannot be read or the cache cannot be written.
pub fn write_cache(graph: &KnowledgeGraph, json: &Path) -> Result<PathBuf, QueryError> {
    let stamp = Stamp::of(json).map_err(|source| QueryError::Io {
        path: json.to_path_buf(),
        source,
    })?;
    write_query_cache(&QueryGraph::from_knowledge(graph), json, &stamp)
}

/// Identity of a graph.json: size, modification time, head/tail hash.
#[derive(Debug, PartialEq, Eq)]
struct Stamp {
    size: u64,
    mtime: u64,
    probe: u64,
}

impl Stamp {
    fn of(json: &Path) -> std::io::Result<Stamp> {
        let meta = std::fs::metadata(json)?;
        let mtime = meta
            .modified()?
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let size = meta.len();
        let mut f = File::open(json)?;
        let mut buf = Vec::with_capacity(2 * PROBE as usize);
        (&mut f).take(PROBE).read_to_end(&mut buf)?;
        if size > PROBE {
            f.seek(SeekFrom::Start(size.saturating_sub(PROBE).max(PROBE)))?;
            f.take(PROBE).read_to_end(&mut buf)?;
        }
        Ok(Stamp {
            size,
            mtime,
            probe: fnv1a(&buf),
        })
    }
}

/// FNV-1a, 64 bit.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn write_query_cache(g: &QueryGraph, json: &Path, stamp: &Stamp) -> Result<PathBuf, QueryError> {
    let bin = cache_path(json);
    let io = |source| QueryError::Io {
        path: bin.clone(),
        source,
    };
    let mut hot = Enc(Vec::new());
    let mut cold = Enc(Vec::new());
    hot.u32(g.documents.len() as u32);
    for d in &g.documents {
        hot.str(&d.id);
        hot.opt(&d.title);
        hot.opt(&d.date);
        hot.opt(&d.url);
    }
    // Entity types decoded eagerly; full records behind an offsets table.
    hot.u32(g.types.len() as u32);
    hot.0.extend(g.types.iter().map(|&t| type_byte(t)));
    let mut records = Enc(Vec::new());
    let mut node_offsets = Vec::with_capacity(g.node_count() + 1);
    for i in 0..g.node_count() {
        node_offsets.push(records.0.len() as u64);
        enc_node(&mut records, &*g.node(i as u32)?);
    }
    node_offsets.push(records.0.len() as u64);
    hot.u32(node_offsets.len() as u32);
    for o in node_offsets {
        hot.u64(o);
    }
    hot.u32(records.0.len() as u32);
    hot.0.extend_from_slice(&records.0);
    hot.strs(&g.kinds);
    hot.u32(g.edges.len() as u32);
    for e in &g.edges {
        hot.u32(e.source);
        hot.u32(e.target);
        hot.0.extend_from_slice(&e.kind.to_le_bytes());
        hot.0.push(u8::from(e.directed));
        hot.u64(e.weight);
        hot.u32(e.first_date);
        hot.u32(e.last_date);
    }
    hot.u32(g.keys.blob.len() as u32);
    hot.0.extend_from_slice(&g.keys.blob);
    hot.u32(g.keys.entries.len() as u32);
    for k in &g.keys.entries {
        hot.u32(k.start);
        hot.u32(k.len);
        hot.u32(k.node);
        hot.0.push(k.tier);
    }
    // Evidence offsets (relative to the cold section) sit between the hot
    // and cold sections and are read per query, not loaded.
    // The cold section can be larger than the graph's own evidence: measure
    // it here, encode it again edge by edge while writing (never whole in
    // memory).
    let encode_edge = |i: usize, cold: &mut Enc| -> Result<(), QueryError> {
        cold.0.clear();
        let ev = g.evidence(i as u32)?;
        cold.u32(ev.len() as u32);
        for e in &ev {
            enc_evidence(cold, e);
        }
        Ok(())
    };
    let mut offsets = Enc(Vec::with_capacity(8 * (g.edges.len() + 1)));
    let mut cold_len = 0u64;
    for i in 0..g.edges.len() {
        offsets.u64(cold_len);
        encode_edge(i, &mut cold)?;
        cold_len += cold.0.len() as u64;
    }
    offsets.u64(cold_len);
    // The adjacency index, so loading skips building and sorting it.
    hot.u32(g.adj_start.len() as u32);
    for &x in &g.adj_start {
        hot.u32(x);
    }
    hot.u32(g.adj.len() as u32);
    for a in &g.adj {
        hot.u32(a.node);
        hot.u32(a.edge);
    }

    let dir = bin.parent().filter(|p| !p.as_os_str().is_empty());
    // Named like every temporary file gazegraph writes, so one left by a
    // killed run is recognisable (`.gazegraph-*.tmp`, safe to delete).
    let mut tmp = tempfile::Builder::new()
        .prefix(".gazegraph-")
        .suffix(".tmp")
        .tempfile_in(dir.unwrap_or(Path::new(".")))
        .map_err(io)?;
    let mut head = Enc(Vec::with_capacity(HEADER_LEN));
    head.0.extend_from_slice(MAGIC);
    head.u32(CACHE_VERSION);
    head.u64(stamp.size);
    head.u64(stamp.mtime);
    head.u64(stamp.probe);
    head.u64(hot.0.len() as u64);
    let f = tmp.as_file_mut();
    f.write_all(&head.0).map_err(io)?;
    f.write_all(&hot.0).map_err(io)?;
    f.write_all(&offsets.0).map_err(io)?;
    {
        let mut w = std::io::BufWriter::new(&mut *f);
        for i in 0..g.edges.len() {
            encode_edge(i, &mut cold)?;
            w.write_all(&cold.0).map_err(io)?;
        }
        w.flush().map_err(io)?;
    }
    // A temp file is private (0600); give the cache graph.json's permissions
    // so whoever may read the graph may read its cache.
    if let Ok(meta) = std::fs::metadata(json) {
        let _ = f.set_permissions(meta.permissions());
    }
    tmp.persist(&bin).map_err(|e| io(e.error))?;
    Ok(bin)
}

/// Reads the cache if it exists and matches `stamp`.
fn read_cache(bin: &Path, stamp: &Stamp) -> Result<Option<QueryGraph>, QueryError> {
    let Ok(file) = File::open(bin) else {
        return Ok(None);
    };
    let total = file.metadata().map_or(0, |m| m.len()) as usize;
    // Decode straight from a buffered reader: a whole-section buffer would
    // double the memory touched, and page faults dominate load time.
    let mut d = Dec::new(BufReader::with_capacity(1 << 20, &file), bin, total);
    let mut magic = [0u8; 8];
    if d.fill(&mut magic).is_err()
        || &magic != MAGIC
        || d.u32()? != CACHE_VERSION
        || d.u64()? != stamp.size
        || d.u64()? != stamp.mtime
        || d.u64()? != stamp.probe
    {
        return Ok(None);
    }
    let hot_len = d.u64()? as usize;
    let documents = d.list(|d| {
        Ok(DocInfo {
            id: d.string()?,
            title: d.opt()?,
            date: d.opt()?,
            url: d.opt()?,
        })
    })?;
    let types = d.fixed(|b: &[u8; 1]| type_from(b[0]))?;
    let node_offsets = d.fixed(|b: &[u8; 8]| Some(le64(b, 0)))?;
    let node_bytes = d.bytes()?;
    let nodes_ok = node_offsets.len() == types.len() + 1
        && node_offsets.first() == Some(&0)
        && node_offsets.last() == Some(&(node_bytes.len() as u64))
        && node_offsets.windows(2).all(|w| w[0] <= w[1]);
    if !nodes_ok {
        return Err(d.err("entity records malformed"));
    }
    let kinds = d.list(Dec::string)?;
    let n = types.len() as u32;
    let edges = d.fixed(|b: &[u8; 27]| {
        let e = QEdge {
            source: le32(b, 0),
            target: le32(b, 4),
            kind: u16::from_le_bytes([b[8], b[9]]),
            directed: b[10] != 0,
            weight: le64(b, 11),
            first_date: le32(b, 19),
            last_date: le32(b, 23),
        };
        (e.source < n && e.target < n).then_some(e)
    })?;
    let blob = d.bytes()?;
    let entries = d.fixed(|b: &[u8; 13]| {
        let k = KeyEntry {
            start: le32(b, 0),
            len: le32(b, 4),
            node: le32(b, 8),
            tier: b[12],
        };
        (k.node < n && (k.start as usize + k.len as usize) <= blob.len()).then_some(k)
    })?;
    let adj_start = d.fixed(|b: &[u8; 4]| Some(le32(b, 0)))?;
    let ne = edges.len() as u32;
    let adj = d.fixed(|b: &[u8; 8]| {
        let a = Adj {
            node: le32(b, 0),
            edge: le32(b, 4),
        };
        (a.node < n && a.edge < ne).then_some(a)
    })?;
    let csr_ok = adj_start.len() == types.len() + 1
        && adj_start.first() == Some(&0)
        && adj_start.last().is_some_and(|&l| l as usize == adj.len())
        && adj_start.windows(2).all(|w| w[0] <= w[1]);
    // `hot_len` comes from the file: a corrupt value must not overflow.
    if !csr_ok || Some(d.pos) != HEADER_LEN.checked_add(hot_len) {
        return Err(d.err("hot section malformed"));
    }
    let table = (HEADER_LEN + hot_len) as u64;
    let base = table + 8 * (edges.len() as u64 + 1);
    if base > total as u64 {
        return Err(d.err("evidence section missing"));
    }
    // The last evidence offset is the cold section's length, which ends the
    // file: a truncated cache is caught here, not at the first evidence read.
    drop(d);
    let mut end = [0u8; 8];
    let mut f = &file;
    f.seek(SeekFrom::Start(base - 8))
        .and_then(|_| f.read_exact(&mut end))
        .map_err(|source| QueryError::Io {
            path: bin.to_path_buf(),
            source,
        })?;
    if base.checked_add(u64::from_le_bytes(end)) != Some(total as u64) {
        return Ok(None);
    }
    Ok(Some(QueryGraph {
        documents,
        types,
        nodes: NodeStore::Lazy {
            path: bin.to_path_buf(),
            bytes: node_bytes,
            offsets: node_offsets,
        },
        kinds,
        edges,
        adj_start,
        adj,
        keys: KeyIndex { blob, entries },
        evidence: EvidenceStore::Lazy(LazyEvidence {
            path: bin.to_path_buf(),
            file: Mutex::new(file),
            table,
            base,
            edges: ne,
        }),
    }))
}

/// Evidence sentences left in the cache file until asked for.
#[derive(Debug)]
pub(crate) struct LazyEvidence {
    path: PathBuf,
    file: Mutex<File>,
    /// File position of the offsets table (edges + 1 u64s).
    table: u64,
    /// File position of the cold section.
    base: u64,
    edges: u32,
}

impl LazyEvidence {
    /// Reads the evidence of one edge.
    pub(crate) fn read(&self, edge: u32) -> Result<Vec<Evidence>, QueryError> {
        if edge >= self.edges {
            return Ok(Vec::new());
        }
        let io = |source| QueryError::Io {
            path: self.path.clone(),
            source,
        };
        // A poisoned lock only means another reader panicked; the file is fine.
        let mut f = self.file.lock().unwrap_or_else(|p| p.into_inner());
        let mut pair = [0u8; 16];
        f.seek(SeekFrom::Start(self.table + 8 * u64::from(edge)))
            .map_err(io)?;
        f.read_exact(&mut pair).map_err(io)?;
        let mut d = Dec::new(&pair[..], &self.path, 16);
        let (a, b) = (d.u64()?, d.u64()?);
        // Offsets come from the file: they must lie inside it, so a corrupt
        // one can neither overflow nor ask for a huge buffer.
        let file_len = f.metadata().map_err(io)?.len();
        let (start, len) = match (self.base.checked_add(a), self.base.checked_add(b)) {
            (Some(s), Some(e)) if s <= e && e <= file_len => (s, e - s),
            _ => return Err(d.err("evidence offsets out of order")),
        };
        let len = usize::try_from(len).map_err(|_| d.err("evidence offsets out of order"))?;
        let mut buf = vec![0u8; len];
        f.seek(SeekFrom::Start(start)).map_err(io)?;
        f.read_exact(&mut buf).map_err(io)?;
        Dec::new(&buf[..], &self.path, buf.len()).list(dec_evidence)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_round_trips_and_detects_staleness() {
        let dir = tempfile::tempdir().unwrap();
        let json = dir.path().join("graph.json");
        let g = crate::query::tests::tiny();
        let kg_data = tiny_data();
        std::fs::write(&json, serde_json::to_vec(&kg_data).unwrap()).unwrap();
        let first = load(&json).unwrap();
        assert!(matches!(first.evidence, EvidenceStore::Inline(_)));
        assert!(cache_path(&json).exists());
        let second = load(&json).unwrap();
        assert!(matches!(second.evidence, EvidenceStore::Lazy(_)));
        assert!(matches!(second.nodes, NodeStore::Lazy { .. }));
        assert_eq!(second.types, g.types);
        for i in 0..g.node_count() as u32 {
            assert_eq!(second.node(i).unwrap(), g.node(i).unwrap());
        }
        assert!(second.node(99).is_err());
        assert_eq!(second.edges, g.edges);
        assert_eq!(second.kinds, g.kinds);
        assert_eq!(second.adj, g.adj);
        for e in 0..g.edges.len() as u32 {
            assert_eq!(second.evidence(e).unwrap(), g.evidence(e).unwrap());
        }
        // A rewritten graph.json (different size) invalidates the cache.
        let mut data = kg_data;
        data.nodes.truncate(2);
        data.edges.truncate(1);
        std::fs::write(&json, serde_json::to_vec(&data).unwrap()).unwrap();
        assert_eq!(load(&json).unwrap().node_count(), 2);
    }

    #[test]
    fn missing_graph_says_to_build() {
        let err = load(Path::new("/nonexistent/graph.json")).unwrap_err();
        assert!(
            err.to_string().contains("run `gazegraph build` first"),
            "{err}"
        );
    }

    #[test]
    fn corrupt_cache_falls_back_to_json() {
        let dir = tempfile::tempdir().unwrap();
        let json = dir.path().join("graph.json");
        std::fs::write(&json, serde_json::to_vec(&tiny_data()).unwrap()).unwrap();
        load(&json).unwrap();
        let bin = cache_path(&json);
        let mut bytes = std::fs::read(&bin).unwrap();
        bytes.truncate(HEADER_LEN + 10);
        std::fs::write(&bin, bytes).unwrap();
        assert_eq!(load(&json).unwrap().node_count(), 5);
    }

    fn tiny_data() -> GraphData {
        let g = crate::query::tests::tiny();
        let mut kg = KnowledgeGraph::default();
        for i in 0..g.node_count() as u32 {
            let n = g.node(i).unwrap().into_owned();
            let id = n.id.clone();
            let ix = kg.graph.add_node(n);
            kg.index.insert(id, ix);
        }
        for (i, e) in g.edges.iter().enumerate() {
            kg.graph.add_edge(
                petgraph::graph::NodeIndex::new(e.source as usize),
                petgraph::graph::NodeIndex::new(e.target as usize),
                crate::graph::Edge {
                    kind: g.kind_name(e).to_string(),
                    directed: e.directed,
                    weight: e.weight,
                    evidence: g.evidence(i as u32).unwrap(),
                },
            );
        }
        kg.to_data()
    }
}
