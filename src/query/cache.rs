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
//! 3. evidence offsets, one u64 per edge plus one (the last is the length
//!    of the evidence records), read per edge on demand.
//! 4. cold section, read per edge on demand:
//!    - the evidence records of each edge: a u32 count, then per item a
//!      flags byte (modality; whether a trigger follows), a u32 document
//!      reference, the u32 sentence index, the text as a u64 offset and
//!      u32 length in the pool, and the trigger if any. A reference below
//!      the length of the hot section's document list is a position in it
//!      (the item's date is that document's); from there on it names a
//!      spelled-out document (one missing from the list, as graph.json of
//!      older builds or merges may have, or dated otherwise).
//!    - the text pool: a u64 length, then each distinct evidence text
//!      once, in order of first use, unprefixed. One sentence is evidence
//!      for every pair of entities in it, so texts repeat across edges.
//!    - the spelled-out documents: a u64 count, count + 1 u64 offsets
//!      (the last their length), then each as an optional date and an id.
//!
//!    Records have a size known from the trigger alone, so writing needs no
//!    lookup to size them; reading an edge reads its records, then its
//!    texts (nearby ones together) with positioned reads: nothing but the
//!    hot section is ever loaded.

use super::codec::{
    dec_doc, dec_record, doc_len, enc_doc, enc_node, enc_record, le32, le64, node_len, record_len,
    type_byte, type_from, Dec, Enc, EvidenceRecord, TextRef,
};
use super::convert::{build_adjacency, layout, Layout};
use super::lookup::{KeyEntry, KeyIndex};
use super::{Adj, EvidenceStore, NodeStore, QEdge, QueryError, QueryGraph};
use crate::base::types::EntityType;
use crate::graph::{DocInfo, DocList, Evidence, GraphData, KnowledgeGraph, Node};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// First bytes of a cache file.
const MAGIC: &[u8; 8] = b"GGRAPHB\0";
/// Version of the cache layout; bump on any change.
pub const CACHE_VERSION: u32 = 5;
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
/// `graph.json` (call it right after saving graph.json), returning its path;
/// `docs` is the document list graph.json was written with.
///
/// # Errors
/// Fails when graph.json cannot be read or the cache cannot be written.
pub fn write_cache(
    graph: &KnowledgeGraph,
    docs: &dyn DocList,
    json: &Path,
) -> Result<PathBuf, QueryError> {
    let stamp = Stamp::of(json).map_err(|source| QueryError::Io {
        path: json.to_path_buf(),
        source,
    })?;
    write_parts(&Parts::of_knowledge(graph, docs), json, &stamp)
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
    write_parts(&Parts::of_query(g), json, stamp)
}

/// Everything the cache holds, borrowed where it can be: from a query
/// view, or straight from a built graph (whose nodes and evidence are
/// then never copied: only the small index structures are made).
struct Parts<'a> {
    /// Sorted by id.
    documents: &'a dyn DocList,
    types: Cow<'a, [EntityType]>,
    kinds: Cow<'a, [String]>,
    edges: Cow<'a, [QEdge]>,
    keys: Cow<'a, KeyIndex>,
    adj_start: Cow<'a, [u32]>,
    adj: Cow<'a, [Adj]>,
    /// Entity record `i`, in id order.
    node: Getter<'a, Node>,
    /// Evidence of edge `i`, in edge order.
    evidence: Getter<'a, [Evidence]>,
}

/// Item `i` of a [`Parts`] list, borrowed or decoded.
type Getter<'a, T> = Box<dyn Fn(usize) -> Result<Cow<'a, T>, QueryError> + 'a>;

impl<'a> Parts<'a> {
    fn of_query(g: &'a QueryGraph) -> Parts<'a> {
        Parts {
            documents: &g.documents,
            types: Cow::Borrowed(&g.types),
            kinds: Cow::Borrowed(&g.kinds),
            edges: Cow::Borrowed(&g.edges),
            keys: Cow::Borrowed(&g.keys),
            adj_start: Cow::Borrowed(&g.adj_start),
            adj: Cow::Borrowed(&g.adj),
            node: Box::new(move |i| g.node(i as u32)),
            evidence: Box::new(move |i| g.evidence(i as u32).map(Cow::Owned)),
        }
    }

    /// The same parts [`QueryGraph::from_knowledge`] gives, without its
    /// copies of every node and evidence list.
    fn of_knowledge(kg: &'a KnowledgeGraph, documents: &'a dyn DocList) -> Parts<'a> {
        let g = &kg.graph;
        let Layout {
            order,
            kinds,
            edges,
            edge_ix,
        } = layout(kg);
        // The key index reads ids, names, aliases and surface forms only:
        // copies without the document lists are enough.
        let light: Vec<Node> = order
            .iter()
            .map(|&ix| {
                let n = &g[ix];
                Node {
                    id: n.id.clone(),
                    name: n.name.clone(),
                    etype: n.etype,
                    qid: None,
                    aliases: n.aliases.clone(),
                    mentions: 0,
                    documents: 0,
                    surface: n.surface.clone(),
                    docs: Vec::new(),
                    first_seen: None,
                    last_seen: None,
                }
            })
            .collect();
        let keys = KeyIndex::build(&light);
        drop(light);
        let (adj_start, adj) = build_adjacency(order.len(), &edges);
        let types = order.iter().map(|&ix| g[ix].etype).collect();
        Parts {
            documents,
            types: Cow::Owned(types),
            kinds: Cow::Owned(kinds),
            edges: Cow::Owned(edges),
            keys: Cow::Owned(keys),
            adj_start: Cow::Owned(adj_start),
            adj: Cow::Owned(adj),
            node: Box::new(move |i| match order.get(i) {
                Some(&ix) => Ok(Cow::Borrowed(&g[ix])),
                None => Err(QueryError::Cache {
                    path: PathBuf::from("graph"),
                    offset: i,
                    what: "no such entity record",
                }),
            }),
            evidence: Box::new(move |i| {
                Ok(Cow::Borrowed(
                    edge_ix.get(i).map_or(&[][..], |&e| &g[e].evidence[..]),
                ))
            }),
        }
    }
}

/// A writer that counts the bytes written through it.
struct Counting<W> {
    w: W,
    n: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let k = self.w.write(buf)?;
        self.n += k as u64;
        Ok(k)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.w.flush()
    }
}

/// Scratch buffers are handed to the file when they reach this size.
const CHUNK: usize = 1 << 16;

/// Writes the cache file of `p` beside `json`, streaming: sizes are
/// computed ahead ([`node_len`], [`record_len`]), items encoded one at a
/// time, and the header (which holds the hot section's length) written
/// last, so no section is ever whole in memory.
fn write_parts(p: &Parts<'_>, json: &Path, stamp: &Stamp) -> Result<PathBuf, QueryError> {
    let bin = cache_path(json);
    let io = |source| QueryError::Io {
        path: bin.clone(),
        source,
    };
    let dir = bin.parent().filter(|p| !p.as_os_str().is_empty());
    // Named like every temporary file gazegraph writes, with the process
    // id, so one left by a killed run is recognised and removed.
    let mut tmp = crate::base::atomic::temp_builder()
        .tempfile_in(dir.unwrap_or(Path::new(".")))
        .map_err(io)?;
    write_sections(p, tmp.as_file_mut(), stamp).map_err(|e| match e {
        Fail::Io(source) => io(source),
        Fail::Query(q) => q,
    })?;
    // A temp file is private (0600); give the cache graph.json's permissions
    // so whoever may read the graph may read its cache.
    if let Ok(meta) = std::fs::metadata(json) {
        let _ = tmp.as_file().set_permissions(meta.permissions());
    }
    // ... but never wider than the cache it replaces.
    crate::base::atomic::narrow_mode(tmp.path(), &bin).map_err(io)?;
    tmp.persist(&bin).map_err(|e| io(e.error))?;
    Ok(bin)
}

/// Why writing the sections failed.
enum Fail {
    Io(std::io::Error),
    Query(QueryError),
}

impl From<std::io::Error> for Fail {
    fn from(e: std::io::Error) -> Fail {
        Fail::Io(e)
    }
}

impl From<QueryError> for Fail {
    fn from(e: QueryError) -> Fail {
        Fail::Query(e)
    }
}

/// Writes header and sections of the cache to `f`.
fn write_sections(p: &Parts<'_>, f: &mut File, stamp: &Stamp) -> Result<(), Fail> {
    let mut w = Counting {
        w: BufWriter::with_capacity(1 << 20, &mut *f),
        n: 0,
    };
    let mut e = Enc(Vec::with_capacity(2 * CHUNK));
    // Hands the scratch buffer to the file once it is large enough.
    let spill = |e: &mut Enc, w: &mut Counting<_>, force: bool| -> Result<(), Fail> {
        if force || e.0.len() >= CHUNK {
            w.write_all(&e.0)?;
            e.0.clear();
        }
        Ok(())
    };
    e.0.resize(HEADER_LEN, 0);
    e.u32(p.documents.len() as u32);
    // The evidence records refer to these documents by position: index
    // them on this one pass over the list (a build's list is read from
    // disk).
    let mut docs = DocIndex::with_capacity(p.documents.len());
    p.documents.try_for_each(&mut |d| {
        docs.list(d)?;
        e.str(&d.id);
        e.opt(&d.title);
        e.opt(&d.date);
        e.opt(&d.url);
        if e.0.len() >= CHUNK {
            w.write_all(&e.0)?;
            e.0.clear();
        }
        Ok(())
    })?;
    // Entity types decoded eagerly; full records behind an offsets table.
    let n = p.types.len();
    e.u32(n as u32);
    e.0.extend(p.types.iter().map(|&t| type_byte(t)));
    e.u32(n as u32 + 1);
    let mut total = 0u64;
    for i in 0..n {
        e.u64(total);
        total += node_len(&*(p.node)(i)?) as u64;
        spill(&mut e, &mut w, false)?;
    }
    e.u64(total);
    e.u32(total as u32);
    for i in 0..n {
        enc_node(&mut e, &*(p.node)(i)?);
        spill(&mut e, &mut w, false)?;
    }
    e.strs(&p.kinds);
    e.u32(p.edges.len() as u32);
    for x in p.edges.iter() {
        e.u32(x.source);
        e.u32(x.target);
        e.0.extend_from_slice(&x.kind.to_le_bytes());
        e.0.push(u8::from(x.directed));
        e.u64(x.weight);
        e.u32(x.first_date);
        e.u32(x.last_date);
        spill(&mut e, &mut w, false)?;
    }
    e.u32(p.keys.blob.len() as u32);
    spill(&mut e, &mut w, true)?;
    w.write_all(&p.keys.blob)?;
    e.u32(p.keys.entries.len() as u32);
    for k in &p.keys.entries {
        e.u32(k.start);
        e.u32(k.len);
        e.u32(k.node);
        e.0.push(k.tier);
        spill(&mut e, &mut w, false)?;
    }
    // The adjacency index, so loading skips building and sorting it.
    e.u32(p.adj_start.len() as u32);
    for &x in p.adj_start.iter() {
        e.u32(x);
        spill(&mut e, &mut w, false)?;
    }
    e.u32(p.adj.len() as u32);
    for a in p.adj.iter() {
        e.u32(a.node);
        e.u32(a.edge);
        spill(&mut e, &mut w, false)?;
    }
    spill(&mut e, &mut w, true)?;
    let hot_len = w.n - HEADER_LEN as u64;
    // Evidence offsets (relative to the records) sit between the hot and
    // cold sections and are read per query, not loaded.
    // A record's size depends on its trigger only: sizing needs no lookup.
    let mut records_len = 0u64;
    for i in 0..p.edges.len() {
        e.u64(records_len);
        let ev = (p.evidence)(i)?;
        records_len += 4 + ev.iter().map(|x| record_len(x) as u64).sum::<u64>();
        spill(&mut e, &mut w, false)?;
    }
    e.u64(records_len);
    // Cold section: the evidence records of each edge, the text pool, the
    // spelled-out documents. Texts and documents get their places as the
    // records are written, in order of first use.
    let mut pool = TextPool::default();
    for i in 0..p.edges.len() {
        let ev = (p.evidence)(i)?;
        e.u32(ev.len() as u32);
        for x in ev.iter() {
            let doc = docs.reference(x).ok_or_else(|| {
                Fail::Io(std::io::Error::other("too many documents for the cache"))
            })?;
            enc_record(&mut e, x, doc, pool.place(&x.text));
        }
        spill(&mut e, &mut w, false)?;
    }
    e.u64(pool.len);
    for t in &pool.texts {
        e.0.extend_from_slice(t.as_bytes());
        spill(&mut e, &mut w, false)?;
    }
    e.u64(docs.extra.len() as u64);
    let mut extra_len = 0u64;
    for (date, doc) in &docs.extra {
        e.u64(extra_len);
        extra_len += doc_len(date.as_deref(), doc) as u64;
    }
    e.u64(extra_len);
    for (date, doc) in &docs.extra {
        enc_doc(&mut e, date.as_deref(), doc);
        spill(&mut e, &mut w, false)?;
    }
    spill(&mut e, &mut w, true)?;
    let f = w.w.into_inner().map_err(|e| e.into_error())?;
    let mut head = Enc(Vec::with_capacity(HEADER_LEN));
    head.0.extend_from_slice(MAGIC);
    head.u32(CACHE_VERSION);
    head.u64(stamp.size);
    head.u64(stamp.mtime);
    head.u64(stamp.probe);
    head.u64(hot_len);
    f.seek(SeekFrom::Start(0))?;
    f.write_all(&head.0)?;
    Ok(())
}

/// A map with a fixed-seed fast hasher (never iterated into output).
type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// The address of a shared string, identifying it while it is alive.
fn addr(s: &Arc<str>) -> usize {
    Arc::as_ptr(s).cast::<u8>() as usize
}

/// The evidence text pool being laid out: each distinct text gets its
/// place at first use, in edge order, so the pool (and the file) depends
/// on the graph alone.
#[derive(Default)]
struct TextPool {
    /// Places by the address of a shared text: a built graph shares one
    /// string per sentence, so most lookups hash a pointer, not a sentence.
    /// The value keeps the string alive, so an address is never reused.
    by_addr: FastMap<usize, (Arc<str>, TextRef)>,
    /// Places by content, for texts equal but not shared.
    by_text: FastMap<Arc<str>, TextRef>,
    /// Distinct texts in pool order.
    texts: Vec<Arc<str>>,
    /// Bytes of the pool so far.
    len: u64,
}

impl TextPool {
    /// The place of `text` in the pool, given one if it has none yet.
    fn place(&mut self, text: &Arc<str>) -> TextRef {
        if let Some((_, r)) = self.by_addr.get(&addr(text)) {
            return *r;
        }
        let r = match self.by_text.get(text) {
            Some(r) => *r,
            None => {
                let r = TextRef {
                    offset: self.len,
                    len: text.len() as u32,
                };
                self.len += text.len() as u64;
                self.texts.push(text.clone());
                self.by_text.insert(text.clone(), r);
                r
            }
        };
        self.by_addr.insert(addr(text), (text.clone(), r));
        r
    }
}

/// Gives each evidence item its document reference: the document's
/// position in the (sorted) document list when it is listed with the
/// item's date, else the list's length plus the position of (date, id)
/// among the documents spelled out after the pool, in order of first use.
struct DocIndex {
    /// Number of listed documents.
    listed: u32,
    /// The first list position and the date of each listed id (the list
    /// may be a build's spool, read one document at a time).
    by_id: FastMap<Box<str>, (u32, Option<Box<str>>)>,
    /// Answers by the address of the document id: (address of the date
    /// string, 0 for none; reference), valid for evidence with that date
    /// string. A built graph shares one id and one date string per
    /// document, so most lookups touch neither the list nor a string;
    /// small entries keep the table cache-friendly.
    by_addr: FastMap<usize, (usize, u32)>,
    /// The strings whose addresses are keys, kept alive so that an address
    /// is never reused for another string.
    keep: Vec<Arc<str>>,
    /// Documents to spell out: (date, id), in order of first use.
    extra: Vec<(Option<Arc<str>>, Arc<str>)>,
    /// Positions in `extra`.
    extra_at: FastMap<(Option<Arc<str>>, Arc<str>), u32>,
}

impl DocIndex {
    /// An empty index, with room for `n` listed documents.
    fn with_capacity(n: usize) -> DocIndex {
        let mut by_id = FastMap::default();
        by_id.reserve(n);
        DocIndex {
            listed: 0,
            by_id,
            by_addr: FastMap::default(),
            keep: Vec::new(),
            extra: Vec::new(),
            extra_at: FastMap::default(),
        }
    }

    /// Adds the next document of the list (documents are listed in the
    /// order the hot section holds them).
    ///
    /// # Errors
    /// Fails at four billion documents.
    fn list(&mut self, d: &DocInfo) -> std::io::Result<()> {
        let i = self.listed;
        self.by_id
            .entry(Box::from(d.id.as_str()))
            .or_insert_with(|| (i, d.date.as_deref().map(Box::from)));
        self.listed = i
            .checked_add(1)
            .ok_or_else(|| std::io::Error::other("too many documents for the cache"))?;
        Ok(())
    }

    /// The document reference of `ev`; `None` when references would pass
    /// u32 (four billion documents).
    fn reference(&mut self, ev: &Evidence) -> Option<u32> {
        let key = addr(&ev.doc);
        let date = ev.date.as_ref().map_or(0, addr);
        if let Some(&(d, r)) = self.by_addr.get(&key) {
            if d == date {
                return Some(r);
            }
        }
        let listed = self
            .by_id
            .get(&*ev.doc)
            .filter(|(_, date)| date.as_deref() == ev.date.as_deref())
            .map(|&(i, _)| i);
        let r = match listed {
            Some(i) => i,
            None => {
                let pair = (ev.date.clone(), ev.doc.clone());
                let k = match self.extra_at.get(&pair) {
                    Some(&k) => k,
                    None => {
                        let k = u32::try_from(self.extra.len()).ok()?;
                        self.extra.push(pair.clone());
                        self.extra_at.insert(pair, k);
                        k
                    }
                };
                self.listed.checked_add(k)?
            }
        };
        self.by_addr.insert(key, (date, r));
        self.keep.push(ev.doc.clone());
        self.keep.extend(ev.date.clone());
        Some(r)
    }
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
    // The last evidence offset is the records' length; the pool and the
    // spelled-out documents follow, each after its length, and end the
    // file: a truncated cache is caught here, not at the first evidence read.
    drop(d);
    let mut f = &file;
    let mut at = |pos: u64| -> Result<u64, QueryError> {
        let mut b = [0u8; 8];
        f.seek(SeekFrom::Start(pos))
            .and_then(|_| f.read_exact(&mut b))
            .map_err(|source| QueryError::Io {
                path: bin.to_path_buf(),
                source,
            })?;
        Ok(u64::from_le_bytes(b))
    };
    let records_len = at(base - 8)?;
    // `start + len`, when a u64 still fits in the file after it.
    let section_end = |start: u64, len: u64| {
        start
            .checked_add(len)
            .filter(|&p| p.checked_add(8).is_some_and(|e| e <= total as u64))
    };
    let Some(pool_at) = section_end(base, records_len) else {
        return Ok(None);
    };
    let pool_len = at(pool_at)?;
    let pool = pool_at + 8;
    // After the pool: the count of spelled-out documents, their offsets
    // (count + 1, the last their length) and the documents, ending the file.
    let Some(count_at) = section_end(pool, pool_len) else {
        return Ok(None);
    };
    let extra_count = at(count_at)?;
    let extra_table = count_at + 8;
    let Some(extra) = extra_count
        .checked_add(1)
        .and_then(|n| n.checked_mul(8))
        .and_then(|n| extra_table.checked_add(n))
        .filter(|&p| p <= total as u64)
    else {
        return Ok(None);
    };
    let extra_len = at(extra - 8)?;
    if extra.checked_add(extra_len) != Some(total as u64) {
        return Ok(None);
    }
    let documents_len = u32::try_from(documents.len()).unwrap_or(u32::MAX);
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
            records_len,
            pool,
            pool_len,
            listed: documents_len,
            extra_count,
            extra_table,
            extra,
            extra_len,
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
    /// File position of the evidence records.
    base: u64,
    /// Bytes of the evidence records.
    records_len: u64,
    /// File position of the text pool.
    pool: u64,
    /// Bytes of the text pool.
    pool_len: u64,
    /// Length of the document list: references from here on are to the
    /// spelled-out documents.
    listed: u32,
    /// Number of spelled-out documents.
    extra_count: u64,
    /// File position of their offsets (count + 1 u64s).
    extra_table: u64,
    /// File position of the spelled-out documents.
    extra: u64,
    /// Their bytes.
    extra_len: u64,
    edges: u32,
}

/// Texts of one edge at most this far apart in the pool are read together.
const TEXT_GAP: u64 = 4096;
/// The most bytes read at once for texts.
const TEXT_RUN: u64 = 1 << 20;

impl LazyEvidence {
    fn io(&self, source: std::io::Error) -> QueryError {
        QueryError::Io {
            path: self.path.clone(),
            source,
        }
    }

    fn bad(&self, offset: u64, what: &'static str) -> QueryError {
        QueryError::Cache {
            path: self.path.clone(),
            offset: usize::try_from(offset).unwrap_or(usize::MAX),
            what,
        }
    }

    /// The file, locked. A poisoned lock only means another reader
    /// panicked; the file is fine.
    fn file(&self) -> std::sync::MutexGuard<'_, File> {
        self.file.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The evidence records of one edge, each with its file position.
    fn records(&self, f: &mut File, edge: u32) -> Result<Vec<(u64, EvidenceRecord)>, QueryError> {
        if edge >= self.edges {
            return Ok(Vec::new());
        }
        let mut pair = [0u8; 16];
        let at = self.table + 8 * u64::from(edge);
        read_at(f, at, &mut pair).map_err(|e| self.io(e))?;
        let (a, b) = (le64(&pair, 0), le64(&pair, 8));
        // Offsets come from the file: they must lie inside the records, so a
        // corrupt one can neither overflow nor ask for a huge buffer.
        if a > b || b > self.records_len {
            return Err(self.bad(at, "evidence offsets out of order"));
        }
        let start = self.base + a;
        let len =
            usize::try_from(b - a).map_err(|_| self.bad(at, "evidence offsets out of order"))?;
        let mut buf = vec![0u8; len];
        read_at(f, start, &mut buf).map_err(|e| self.io(e))?;
        let pos = usize::try_from(start).unwrap_or(usize::MAX);
        let mut d = Dec::new(&buf[..], &self.path, pos.saturating_add(len));
        // Errors then name positions in the file.
        d.pos = pos;
        let n = d.u32()?;
        let mut out = Vec::with_capacity((n as usize).min(len));
        for _ in 0..n {
            let at = d.pos as u64;
            out.push((at, dec_record(&mut d)?));
        }
        Ok(out)
    }

    /// Reads the evidence of one edge; `documents` is the graph's document
    /// list, which records refer to by position.
    pub(crate) fn read(
        &self,
        edge: u32,
        documents: &[DocInfo],
    ) -> Result<Vec<Evidence>, QueryError> {
        let mut f = self.file();
        let records = self.records(&mut f, edge)?;
        for (at, r) in &records {
            let end = r.text.offset.checked_add(u64::from(r.text.len));
            if end.is_none_or(|e| e > self.pool_len) {
                return Err(self.bad(*at, "text reference out of range"));
            }
        }
        let texts = self.texts(&mut f, records.iter().map(|(_, r)| r.text).collect())?;
        let mut seen = FastMap::default();
        let mut out = Vec::with_capacity(records.len());
        for (at, r) in records {
            let (date, doc) = self.doc(&mut f, at, r.doc, documents, &mut seen)?;
            let Some(text) = texts.get(&r.text) else {
                return Err(self.bad(at, "text reference out of range"));
            };
            out.push(Evidence {
                date,
                doc,
                sentence: r.sentence,
                text: text.clone(),
                trigger: r.trigger,
                modality: r.modality,
            });
        }
        Ok(out)
    }

    /// The (date, id) of document reference `r` of the record at `at`: from
    /// the document list, or read from the spelled-out documents (once per
    /// call, through `seen`).
    fn doc(
        &self,
        f: &mut File,
        at: u64,
        r: u32,
        documents: &[DocInfo],
        seen: &mut FastMap<u32, (Option<Arc<str>>, Arc<str>)>,
    ) -> Result<(Option<Arc<str>>, Arc<str>), QueryError> {
        let out_of_range = || self.bad(at, "document reference out of range");
        if r < self.listed {
            let d = documents.get(r as usize).ok_or_else(out_of_range)?;
            return Ok((d.date.as_deref().map(Arc::from), Arc::from(d.id.as_str())));
        }
        if let Some(x) = seen.get(&r) {
            return Ok(x.clone());
        }
        let k = u64::from(r - self.listed);
        if k >= self.extra_count {
            return Err(out_of_range());
        }
        let mut pair = [0u8; 16];
        let pos = self.extra_table + 8 * k;
        read_at(f, pos, &mut pair).map_err(|e| self.io(e))?;
        let (a, b) = (le64(&pair, 0), le64(&pair, 8));
        if a > b || b > self.extra_len {
            return Err(self.bad(pos, "document offsets out of order"));
        }
        let len =
            usize::try_from(b - a).map_err(|_| self.bad(pos, "document offsets out of order"))?;
        let mut buf = vec![0u8; len];
        let start = self.extra + a;
        read_at(f, start, &mut buf).map_err(|e| self.io(e))?;
        let p = usize::try_from(start).unwrap_or(usize::MAX);
        let mut d = Dec::new(&buf[..], &self.path, p.saturating_add(len));
        d.pos = p;
        let (date, doc) = dec_doc(&mut d)?;
        let x: (Option<Arc<str>>, Arc<str>) = (date.map(Arc::from), Arc::from(doc));
        seen.insert(r, x.clone());
        Ok(x)
    }

    /// Reads the texts `refs` (each inside the pool), once each: texts
    /// near one another in the pool (an edge's texts often were first used
    /// by that edge, so sit together) with one read.
    ///
    /// # Errors
    /// I/O errors, and [`QueryError::Cache`] for a text that is not UTF-8.
    fn texts(
        &self,
        f: &mut File,
        mut refs: Vec<TextRef>,
    ) -> Result<FastMap<TextRef, Arc<str>>, QueryError> {
        refs.sort_unstable_by_key(|r| (r.offset, r.len));
        refs.dedup();
        let end_of = |r: &TextRef| r.offset + u64::from(r.len);
        let mut out = FastMap::default();
        let mut buf = Vec::new();
        let mut rest = &refs[..];
        while let Some(first) = rest.first() {
            let start = first.offset;
            let mut end = end_of(first);
            let mut k = 1;
            for r in &rest[1..] {
                let joined = end.max(end_of(r));
                if r.offset > end + TEXT_GAP || joined - start > TEXT_RUN {
                    break;
                }
                end = joined;
                k += 1;
            }
            let (run, next) = rest.split_at(k);
            buf.resize(usize::try_from(end - start).unwrap_or(usize::MAX), 0);
            read_at(f, self.pool + start, &mut buf).map_err(|e| self.io(e))?;
            for r in run {
                let from = (r.offset - start) as usize;
                let text = buf
                    .get(from..from + r.len as usize)
                    .and_then(|b| std::str::from_utf8(b).ok())
                    .ok_or_else(|| self.bad(self.pool + r.offset, "invalid UTF-8"))?;
                out.insert(*r, Arc::from(text));
            }
            rest = next;
        }
        Ok(out)
    }

    /// Whether `keep` holds for the date of any evidence item of an edge;
    /// reads the records only, no text.
    pub(crate) fn any_date(
        &self,
        edge: u32,
        documents: &[DocInfo],
        mut keep: impl FnMut(Option<&str>) -> bool,
    ) -> Result<bool, QueryError> {
        let mut f = self.file();
        let records = self.records(&mut f, edge)?;
        let mut seen = FastMap::default();
        for (at, r) in &records {
            let hit = match documents
                .get(r.doc as usize)
                .filter(|_| r.doc < self.listed)
            {
                Some(d) => keep(d.date.as_deref()),
                None => {
                    let (date, _) = self.doc(&mut f, *at, r.doc, documents, &mut seen)?;
                    keep(date.as_deref())
                }
            };
            if hit {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// Reads `buf.len()` bytes at `pos` (one positioned read where the
/// platform has it).
fn read_at(f: &mut File, pos: u64, buf: &mut [u8]) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(&*f, buf, pos)
    }
    #[cfg(not(unix))]
    {
        f.seek(SeekFrom::Start(pos))?;
        f.read_exact(buf)
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
    fn cache_of_a_built_graph_matches_the_cache_of_its_query_view() {
        let dir = tempfile::tempdir().unwrap();
        let json = dir.path().join("graph.json");
        let mut data = tiny_data();
        // Shuffled input order: both paths must sort the same way.
        data.nodes.reverse();
        data.edges.reverse();
        std::fs::write(&json, serde_json::to_vec(&data).unwrap()).unwrap();
        let kg = KnowledgeGraph::from_data(data).0;
        let stamp = Stamp::of(&json).unwrap();
        write_cache(&kg, &kg.documents, &json).unwrap();
        let direct = std::fs::read(cache_path(&json)).unwrap();
        write_query_cache(&QueryGraph::from_knowledge(&kg), &json, &stamp).unwrap();
        let via_view = std::fs::read(cache_path(&json)).unwrap();
        assert_eq!(direct, via_view);
        assert!(matches!(
            load(&json).unwrap().evidence,
            EvidenceStore::Lazy(_)
        ));
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

    /// [`tiny_data`] with a document list: `d1` dated like edge a-b's
    /// evidence (listed), the other edges' `d1` evidence dated otherwise
    /// (spelled out), an extra item from a document missing from the list
    /// that repeats edge a-b's text (pooled once), and on the relation a-c
    /// triggers and a second item, from `d2` (listed).
    fn documented_data() -> GraphData {
        let mut data = tiny_data();
        data.documents = vec![
            DocInfo {
                id: "d0".into(),
                title: Some("unused".into()),
                date: None,
                url: None,
            },
            DocInfo {
                id: "d1".into(),
                title: None,
                date: Some("2023-01-01".into()),
                url: Some("https://example.org/d1".into()),
            },
            DocInfo {
                id: "d2".into(),
                title: None,
                date: Some("2023-06-15".into()),
                url: None,
            },
        ];
        for r in &mut data.edges {
            if (r.source.as_str(), r.target.as_str()) == ("c", "d") {
                r.edge.evidence.push(Evidence {
                    date: None,
                    doc: "elsewhere".into(),
                    sentence: 9,
                    text: "a and b".into(),
                    trigger: None,
                    modality: None,
                });
            }
            if r.edge.kind == "meets" {
                let ev = &mut r.edge.evidence[0];
                ev.trigger = Some("bertemu".into());
                ev.modality = Some(crate::base::types::Modality::Planned);
                // A second, listed item: the edge's dates span two months.
                r.edge.evidence.push(Evidence {
                    date: Some("2023-06-15".into()),
                    doc: "d2".into(),
                    sentence: 1,
                    text: "a met c".into(),
                    trigger: Some("met".into()),
                    modality: Some(crate::base::types::Modality::Asserted),
                });
            }
        }
        data
    }

    /// The lazy evidence store of a graph loaded from its cache.
    fn lazy(g: &QueryGraph) -> &LazyEvidence {
        match &g.evidence {
            EvidenceStore::Lazy(l) => l,
            EvidenceStore::Inline(_) => panic!("evidence not read from the cache"),
        }
    }

    /// Writes `data` as graph.json in `dir` with its cache; returns the
    /// graph.json path and the graph loaded back from the cache.
    fn cached(dir: &Path, data: &GraphData) -> (PathBuf, QueryGraph) {
        let json = dir.join("graph.json");
        std::fs::write(&json, serde_json::to_vec(data).unwrap()).unwrap();
        let kg = KnowledgeGraph::from_data(data.clone()).0;
        write_cache(&kg, &kg.documents, &json).unwrap();
        let g = load(&json).unwrap();
        lazy(&g);
        (json, g)
    }

    #[test]
    fn evidence_refers_to_listed_documents_and_pooled_texts() {
        let dir = tempfile::tempdir().unwrap();
        let data = documented_data();
        let (json, g) = cached(dir.path(), &data);
        let inline = QueryGraph::from_data(data);
        let mut items = 0;
        for e in 0..g.edges.len() as u32 {
            let want = inline.evidence(e).unwrap();
            items += want.len();
            assert_eq!(g.evidence(e).unwrap(), want, "edge {e}");
        }
        assert_eq!(items, 7);
        // Decode the records: only a-b's item (d1, second in the list) and
        // a-c's second item (d2) name their document by position; the
        // others spell it out.
        let l = lazy(&g);
        let bytes = std::fs::read(cache_path(&json)).unwrap();
        let records = &bytes[l.base as usize..(l.base + l.records_len) as usize];
        let mut d = Dec::new(records, &json, records.len());
        let mut docs = Vec::new();
        for _ in 0..g.edges.len() {
            docs.extend(d.list(dec_record).unwrap().into_iter().map(|r| r.doc));
        }
        assert_eq!(d.pos, records.len());
        let listed: Vec<u32> = docs.iter().copied().filter(|&r| r < 3).collect();
        assert_eq!(listed, vec![1, 2]);
        // Spelled out once each, past the three listed: d1 with four other
        // dates, and "elsewhere".
        let mut spelled: Vec<u32> = docs.iter().copied().filter(|&r| r >= 3).collect();
        spelled.sort();
        spelled.dedup();
        assert_eq!(spelled, vec![3, 4, 5, 6, 7]);
        assert_eq!(l.extra_count, 5);
        let mut seen = FastMap::default();
        let mut file = l.file();
        let names: Vec<(Option<Arc<str>>, Arc<str>)> = spelled
            .iter()
            .map(|&r| l.doc(&mut file, 0, r, &g.documents, &mut seen).unwrap())
            .collect();
        drop(file);
        assert!(names.contains(&(None, "elsewhere".into())));
        assert!(names.contains(&(Some("2023-02-01".into()), "d1".into())));
        // Six distinct texts, "a and b" once although used twice.
        let distinct = [
            "a and b", "b and c", "c and d", "d and e", "a and c", "a met c",
        ];
        assert_eq!(
            l.pool_len,
            distinct.iter().map(|t| t.len() as u64).sum::<u64>()
        );
        assert_eq!(l.extra + l.extra_len, bytes.len() as u64);
    }

    #[test]
    fn date_filters_read_cached_evidence_dates() {
        let dir = tempfile::tempdir().unwrap();
        let data = documented_data();
        let (_, g) = cached(dir.path(), &data);
        let inline = QueryGraph::from_data(data);
        let date = |s| Some(crate::query::Filter::parse_date(s).unwrap());
        // a-c spans 2023-05-01 .. 2023-06-15, so these bounds straddle it
        // and its evidence dates are read (d2's from the document list).
        for (since, until, want) in [
            (date("2023-06-01"), None, vec!["a-c"]),
            (
                None,
                date("2023-05-31"),
                vec!["a-b", "a-c", "b-c", "c-d", "d-e"],
            ),
            (date("2023-05-10"), date("2023-06-10"), vec![]),
            (
                date("2023-03-01"),
                date("2023-05-01"),
                vec!["a-c", "c-d", "d-e"],
            ),
        ] {
            let f = crate::query::Filter {
                since,
                until,
                ..Default::default()
            };
            let passing = |g: &QueryGraph| {
                let ef = f.for_graph(g);
                let mut v: Vec<String> = (0..g.edges.len() as u32)
                    .filter(|&i| ef.edge_ok(i))
                    .map(|i| {
                        let e = &g.edges[i as usize];
                        let id = |n| g.node(n).unwrap().id.clone();
                        format!("{}-{}", id(e.source), id(e.target))
                    })
                    .collect();
                v.sort();
                v
            };
            assert_eq!(passing(&g), want, "{since:?}..{until:?}");
            assert_eq!(passing(&inline), want, "{since:?}..{until:?}");
        }
    }

    #[test]
    fn corrupt_evidence_references_are_clean_errors() {
        let dir = tempfile::tempdir().unwrap();
        let (json, g) = cached(dir.path(), &documented_data());
        let bin = cache_path(&json);
        let stamp = Stamp::of(&json).unwrap();
        let good = std::fs::read(&bin).unwrap();
        let (base, pool) = (lazy(&g).base as usize, lazy(&g).pool as usize);
        let extra_table = lazy(&g).extra_table as usize;
        drop(g);
        // Edge 0 (a-b) holds one listed record: count, flags, document
        // index, sentence, text offset and length. Edge 1 (b-c) holds one
        // record naming the first spelled-out document, whose end offset
        // the last case damages.
        let cases: [(usize, &[u8], u32, &str); 6] = [
            (
                base + 5,
                &[9, 0, 0, 0],
                0,
                "document reference out of range",
            ),
            (base + 13, &[0xff; 8], 0, "text reference out of range"),
            (
                base + 21,
                &[0xff, 0xff, 0, 0],
                0,
                "text reference out of range",
            ),
            (base + 4, &[0x40], 0, "bad evidence flags"),
            (pool, &[0xff], 0, "invalid UTF-8"),
            (
                extra_table + 8,
                &[0xff; 8],
                1,
                "document offsets out of order",
            ),
        ];
        for (at, patch, edge, want) in cases {
            let mut bytes = good.clone();
            bytes[at..at + patch.len()].copy_from_slice(patch);
            std::fs::write(&bin, &bytes).unwrap();
            let g = read_cache(&bin, &stamp).unwrap().unwrap();
            match g.evidence(edge) {
                Err(QueryError::Cache { what, .. }) => assert_eq!(what, want, "byte {at}"),
                other => panic!("byte {at}: {other:?}"),
            }
            // The date filter reads records and documents, not texts.
            let texts_only = want.contains("text") || want.contains("UTF-8");
            let dates = g.any_evidence_date(edge, |_| false);
            assert_eq!(dates.is_err(), !texts_only, "byte {at}");
            // Other edges still read.
            assert_eq!(g.evidence(3).unwrap().len(), 1);
        }
        // Any single damaged byte past the hot section: an error or other
        // evidence, never a panic.
        let table = lazy(&read_cache(&bin, &stamp).unwrap().unwrap()).table as usize;
        for at in table..good.len() {
            for flip in [0x01u8, 0x80, 0xff] {
                let mut bytes = good.clone();
                bytes[at] ^= flip;
                std::fs::write(&bin, &bytes).unwrap();
                if let Ok(Some(g)) = read_cache(&bin, &stamp) {
                    for e in 0..g.edges.len() as u32 + 1 {
                        let _ = g.evidence(e);
                    }
                }
            }
        }
    }

    #[test]
    fn truncated_or_extended_pool_falls_back_to_json() {
        let dir = tempfile::tempdir().unwrap();
        let (json, _) = cached(dir.path(), &documented_data());
        let bin = cache_path(&json);
        let stamp = Stamp::of(&json).unwrap();
        let good = std::fs::read(&bin).unwrap();
        for bytes in [&good[..good.len() - 1], &[&good[..], b"x"].concat()[..]] {
            std::fs::write(&bin, bytes).unwrap();
            assert!(read_cache(&bin, &stamp).unwrap().is_none());
        }
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
