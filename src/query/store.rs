//! Writing `graph.db`, the SQLite store beside graph.json (schema in
//! docs/store.md and [`SCHEMA`]).
//!
//! The plain tables (`entities`, `names`, `edges`, `sentences`,
//! `documents`, `meta`) and the views over them (`entity_documents` and
//! `evidence_items`, which read the JSON lists packed on the entity's and
//! the edge's row, and `evidence`) are for any SQL tool and for the
//! queries' point reads. The graph algorithms need the whole adjacency at
//! once, which no SQL scan reads fast enough, so the table `graph_index`
//! holds derived arrays (edge records, the undirected adjacency, the
//! folded-name index, PageRank) as little-endian blobs, each with an XXH3
//! checksum, plus the checksums of every entity's and every edge's rows
//! (verified when those rows are read: SQLite does not checksum its pages).
//! `graph_index` is a rowid table so that the reader can stream each blob
//! through SQLite's incremental blob I/O into one small buffer, instead of
//! having SQLite copy every multi-megabyte part into memory of its own.
//!
//! The file is written into a temporary file in the same folder and
//! renamed into place; rows go in a fixed order, so `sqlite3 graph.db
//! .dump` depends on the graph alone.

use super::convert::{build_adjacency, layout, DateWeights, Layout};
use super::digest::node_digest;
use super::lookup::KeyIndex;
use super::rank;
use super::store_batch::{int, json_ints, text, Cell, Inserter};
use super::store_docs::DocNumbers;
use super::{Adj, EvidenceStore, NodeStore, QEdge, QueryError, QueryGraph};
use crate::base::types::EntityType;
use crate::graph::mentions::MentionList;
use crate::graph::{DocList, Evidence, KnowledgeGraph, NegatedRelation, Node};
use rusqlite::{params, Connection};
use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::Xxh3;

/// `PRAGMA user_version` of the schema this code writes and reads; a file
/// of another version is rebuilt from graph.json.
pub const SCHEMA_VERSION: i32 = 7;

/// The store path of a graph.json: the same name with extension `.db`.
pub fn store_path(json: &Path) -> PathBuf {
    json.with_extension("db")
}

/// The tables, created before the rows go in; indexes come after.
pub const SCHEMA: &str = "
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents(
  ix INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT, date TEXT, url TEXT,
  listed INTEGER NOT NULL);
CREATE TABLE entities(
  ix INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
  qid TEXT, mentions INTEGER NOT NULL, documents INTEGER NOT NULL,
  first_date TEXT, last_date TEXT,
  degree INTEGER NOT NULL, weighted_degree INTEGER NOT NULL, pagerank REAL NOT NULL,
  cooccurrence_degree INTEGER NOT NULL, cooccurrence_weighted_degree INTEGER NOT NULL,
  cooccurrence_pagerank REAL NOT NULL, community INTEGER NOT NULL,
  document_list TEXT NOT NULL);
CREATE TABLE names(
  entity INTEGER NOT NULL, kind TEXT NOT NULL, position INTEGER NOT NULL,
  name TEXT NOT NULL, count INTEGER,
  PRIMARY KEY(entity, kind, position)) WITHOUT ROWID;
CREATE TABLE edges(
  ix INTEGER PRIMARY KEY, source INTEGER NOT NULL, target INTEGER NOT NULL,
  kind TEXT NOT NULL, directed INTEGER NOT NULL, weight INTEGER NOT NULL,
  first_date TEXT, last_date TEXT, evidence TEXT NOT NULL);
CREATE TABLE sentences(
  id INTEGER PRIMARY KEY, document INTEGER NOT NULL, sentence_index INTEGER NOT NULL,
  date TEXT, text TEXT NOT NULL);
CREATE TABLE graph_index(
  name TEXT NOT NULL, part INTEGER NOT NULL, parts INTEGER NOT NULL,
  checksum TEXT NOT NULL, data BLOB NOT NULL,
  UNIQUE(name, part));
";

/// Indexes (made after the rows, which is faster) and views.
const INDEXES: &str = "
CREATE UNIQUE INDEX documents_id ON documents(id);
CREATE UNIQUE INDEX entities_id ON entities(id);
CREATE INDEX entities_pagerank ON entities(pagerank DESC);
CREATE INDEX names_name ON names(name COLLATE NOCASE);
CREATE INDEX edges_source ON edges(source, target);
CREATE INDEX edges_target ON edges(target, source);
CREATE VIEW entity_documents AS
  SELECT x.ix AS entity, j.key AS position, j.value AS document
  FROM entities x, json_each(x.document_list) j;
CREATE VIEW evidence_items AS
  SELECT e.ix AS edge, j.key AS position, json_extract(j.value, '$[0]') AS sentence_id,
         json_extract(j.value, '$[1]') AS trigger, json_extract(j.value, '$[2]') AS modality
  FROM edges e, json_each(e.evidence) j;
CREATE VIEW evidence AS
  SELECT e.ix AS edge, j.key AS position, d.id AS document, s.sentence_index,
         s.text AS sentence, s.date, json_extract(j.value, '$[1]') AS trigger,
         json_extract(j.value, '$[2]') AS modality
  FROM edges e, json_each(e.evidence) j JOIN sentences s ON s.id = json_extract(j.value, '$[0]')
  JOIN documents d ON d.ix = s.document;
CREATE VIEW edge_names AS
  SELECT e.ix AS edge, s.id AS source_id, s.name AS source_name,
         t.id AS target_id, t.name AS target_name, e.kind, e.directed,
         e.weight, e.first_date, e.last_date
  FROM edges e JOIN entities s ON s.ix = e.source JOIN entities t ON t.ix = e.target;
CREATE VIEW evidence_names AS
  SELECT n.source_id, n.source_name, n.target_id, n.target_name, n.kind,
         v.date, v.document, v.sentence_index, v.sentence, v.trigger, v.modality
  FROM evidence v JOIN edge_names n ON n.edge = v.edge;
CREATE VIEW neighbours AS
  SELECT source AS entity, target AS neighbour, ix AS edge, kind, weight FROM edges
  UNION ALL
  SELECT target, source, ix, kind, weight FROM edges WHERE target <> source;
";

/// Everything the store holds, borrowed where it can be: from a query
/// view, or straight from a built graph (whose nodes and evidence are
/// then never copied: only the small index structures are made).
pub(crate) struct Parts<'a> {
    /// Sorted by id.
    pub(super) documents: &'a dyn DocList,
    pub(super) types: Cow<'a, [EntityType]>,
    pub(super) kinds: Cow<'a, [String]>,
    pub(super) edges: Cow<'a, [QEdge]>,
    pub(super) keys: Cow<'a, KeyIndex>,
    pub(super) adj_start: Cow<'a, [u32]>,
    pub(super) adj: Cow<'a, [Adj]>,
    /// Entity record `i`, in id order.
    pub(super) node: Getter<'a, Node>,
    /// Evidence of edge `i`, in edge order.
    pub(super) evidence: Getter<'a, [Evidence]>,
    /// Weight by date of edge `i`.
    pub(super) edge_dates: Getter<'a, DateWeights>,
    /// Negated relations, sorted.
    pub(super) negated: Cow<'a, [NegatedRelation]>,
}

/// Item `i` of a [`Parts`] list, borrowed or read.
type Getter<'a, T> = Box<dyn Fn(usize) -> Result<Cow<'a, T>, QueryError> + 'a>;

impl<'a> Parts<'a> {
    /// The parts of a query view, with what the view does not keep (see
    /// [`QueryGraph::from_data_full`]).
    pub(crate) fn of_query(
        g: &'a QueryGraph,
        dates: &'a [DateWeights],
        negated: &'a [NegatedRelation],
    ) -> Parts<'a> {
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
            edge_dates: Box::new(move |i| {
                Ok(dates
                    .get(i)
                    .map_or(Cow::Owned(DateWeights::new()), Cow::Borrowed))
            }),
            negated: Cow::Borrowed(negated),
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
                    aliases: n.aliases.clone(),
                    surface: n.surface.clone(),
                    ..Node::new(n.id.clone(), n.name.clone(), n.etype)
                }
            })
            .collect();
        let keys = KeyIndex::build(&light);
        drop(light);
        let (adj_start, adj) = build_adjacency(order.len(), &edges);
        let types = order.iter().map(|&ix| g[ix].etype).collect();
        let edge_ix = std::rc::Rc::new(edge_ix);
        let dates_ix = edge_ix.clone();
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
                None => Err(QueryError::Corrupt {
                    path: PathBuf::from("graph"),
                    what: format!("no entity record {i}"),
                }),
            }),
            evidence: Box::new(move |i| {
                Ok(Cow::Borrowed(
                    edge_ix.get(i).map_or(&[][..], |&e| &g[e].evidence[..]),
                ))
            }),
            edge_dates: Box::new(move |i| {
                Ok(match dates_ix.get(i) {
                    Some(&e) => Cow::Borrowed(&g[e].weight_by_date),
                    None => Cow::Owned(DateWeights::new()),
                })
            }),
            negated: Cow::Borrowed(&kg.negated),
        }
    }
}

/// Writes `graph.db` beside an already written `graph.json` (call it right
/// after saving graph.json), returning its path; `docs` is the document
/// list graph.json was written with, `mentions` the rows of the
/// `mentions` table (`build --mentions`; no table when `None`).
///
/// # Errors
/// Fails when graph.json cannot be read or the store cannot be written.
pub fn write_store(
    graph: &KnowledgeGraph,
    docs: &dyn DocList,
    mentions: Option<&MentionList>,
    json: &Path,
) -> Result<PathBuf, QueryError> {
    write_store_beside(graph, docs, mentions, json, &|| Ok(None))
}

/// [`write_store`] while graph.json is still being written on another
/// thread: the rows go in at once, and `json_done` is called (and must
/// block until graph.json is in place) only for the last row, which
/// records graph.json's size and hashes. `json_done` may return
/// graph.json's size and XXH3-64, hashed while it was written: the build
/// id is then taken from there instead of reading the file again.
///
/// # Errors
/// As [`write_store`]; `json_done`'s error when graph.json failed.
pub fn write_store_beside(
    graph: &KnowledgeGraph,
    docs: &dyn DocList,
    mentions: Option<&MentionList>,
    json: &Path,
    json_done: &dyn Fn() -> Result<Option<(u64, u64)>, QueryError>,
) -> Result<PathBuf, QueryError> {
    let stamp = || {
        let known = json_done()?;
        let io = |source| QueryError::Io {
            path: json.to_path_buf(),
            source,
        };
        // A hash of another size is not this file's: read it then.
        Stamp::hashed(json, known).map_err(io)
    };
    let meta = Meta {
        window: graph.window.as_str().to_string(),
        evidence_limit: graph.evidence_limit,
        document_count: graph.document_count,
        dangling: Vec::new(),
    };
    let parts = Parts::of_knowledge(graph, docs);
    write_parts(&parts, mentions, json, &stamp, &meta)
}

/// Graph-wide facts recorded in `meta`.
pub(crate) struct Meta {
    pub(crate) window: String,
    pub(crate) evidence_limit: u64,
    pub(crate) document_count: u64,
    /// The edges of graph.json that name a missing node (dropped, see
    /// [`crate::graph::GraphData::dangling_edges`]), named again on every
    /// load from the store.
    pub(crate) dangling: Vec<String>,
}

/// Identity of a graph.json: its size, an XXH3 hash of its first and last
/// 64 KiB (checked on every load), and a hash of all its bytes (the build
/// id, computed when the store is written).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub(crate) size: u64,
    pub(crate) probe: u64,
    pub(crate) full: Option<u64>,
}

/// Bytes hashed at each end of graph.json to detect a rewrite.
pub(crate) const PROBE: u64 = 64 * 1024;

impl Stamp {
    /// The stamp of `json` without the hash of all its bytes.
    pub(crate) fn of(json: &Path) -> std::io::Result<Stamp> {
        use std::io::{Seek, SeekFrom};
        let mut f = std::fs::File::open(json)?;
        let size = f.metadata()?.len();
        let mut buf = Vec::with_capacity(2 * PROBE as usize);
        (&mut f).take(PROBE).read_to_end(&mut buf)?;
        if let Some(t) = probe_tail(size) {
            f.seek(SeekFrom::Start(t))?;
            (&mut f).take(PROBE).read_to_end(&mut buf)?;
        }
        Ok(Stamp {
            size,
            probe: xxhash_rust::xxh3::xxh3_64(&buf),
            full: None,
        })
    }

    /// The stamp of `json` with the hash of all its bytes (`full`): `known`
    /// (size, hash) when its size is the file's, else hashed in the one
    /// pass over the file that also collects the probe's two ends.
    pub(crate) fn hashed(json: &Path, known: Option<(u64, u64)>) -> std::io::Result<Stamp> {
        if let Some((size, hash)) = known {
            let s = Stamp::of(json)?;
            if s.size == size {
                return Ok(Stamp {
                    full: Some(hash),
                    ..s
                });
            }
        }
        let mut f = std::fs::File::open(json)?;
        let size = f.metadata()?.len();
        let tail = probe_tail(size);
        let mut buf = Vec::with_capacity(2 * PROBE as usize);
        let mut back = Vec::with_capacity(PROBE as usize);
        let (_, hash) = crate::base::manifest::hash_read(&mut f, |at, bytes| {
            // What of `bytes` (at offset `at`) lies from offset `from` on,
            // up to PROBE bytes in `to` in all.
            let keep = |from: u64, to: &mut Vec<u8>| {
                let start = from.saturating_sub(at).min(bytes.len() as u64) as usize;
                let part = &bytes[start..];
                to.extend_from_slice(&part[..part.len().min(PROBE as usize - to.len())]);
            };
            keep(0, &mut buf);
            if let Some(t) = tail {
                keep(t, &mut back);
            }
        })?;
        buf.extend_from_slice(&back);
        Ok(Stamp {
            size,
            probe: xxhash_rust::xxh3::xxh3_64(&buf),
            full: Some(hash),
        })
    }
}

/// Where the probe's second part starts in a file of `size` bytes: up to
/// PROBE bytes from the last PROBE, or from the end of the first part in
/// a file shorter than two; none in a file of PROBE bytes or fewer.
fn probe_tail(size: u64) -> Option<u64> {
    (size > PROBE).then(|| size.saturating_sub(PROBE).max(PROBE))
}

/// A store-wide error naming the store file.
fn db_err(path: &Path) -> impl Fn(rusqlite::Error) -> QueryError + '_ {
    move |e| QueryError::Corrupt {
        path: path.to_path_buf(),
        what: e.to_string(),
    }
}

/// Writes the store of `p` beside `json`; `stamp` gives graph.json's
/// stamp when the rows are in.
pub(crate) fn write_parts(
    p: &Parts<'_>,
    mentions: Option<&MentionList>,
    json: &Path,
    stamp: &dyn Fn() -> Result<Stamp, QueryError>,
    meta: &Meta,
) -> Result<PathBuf, QueryError> {
    let db = store_path(json);
    let io = |source| QueryError::Io {
        path: db.clone(),
        source,
    };
    // A temporary file in the same folder, renamed into place at the end
    // (named like every temporary file gazegraph writes). Not synced
    // before the rename, as the cache it replaced was not: graph.db is
    // derived from graph.json, and a file torn by a power loss fails its
    // checksums and is rebuilt. Syncing 150 MB cost a build seconds.
    let dir = db.parent().filter(|p| !p.as_os_str().is_empty());
    let file = crate::base::atomic::temp_builder()
        .tempfile_in(dir.unwrap_or(Path::new(".")))
        .map_err(io)?;
    let tmp = file.path().to_path_buf();
    {
        let mut conn = Connection::open(&tmp).map_err(db_err(&db))?;
        fill(&mut conn, p, mentions, stamp, meta).map_err(|e| match e {
            Fail::Sql(e) => db_err(&db)(e),
            Fail::Query(q) => q,
        })?;
        conn.close().map_err(|(_, e)| db_err(&db)(e))?;
    }
    // Whoever may read the graph may read its store.
    if let Ok(m) = std::fs::metadata(json) {
        let _ = std::fs::set_permissions(&tmp, m.permissions());
    }
    // ... but never wider than the store it replaces.
    crate::base::atomic::narrow_mode(&tmp, &db).map_err(io)?;
    file.persist(&db).map_err(|e| io(e.error))?;
    Ok(db)
}

/// Why filling the store failed.
pub(super) enum Fail {
    /// SQLite's error.
    Sql(rusqlite::Error),
    /// A part of the graph could not be read.
    Query(QueryError),
}

impl From<rusqlite::Error> for Fail {
    fn from(e: rusqlite::Error) -> Fail {
        Fail::Sql(e)
    }
}

impl From<QueryError> for Fail {
    fn from(e: QueryError) -> Fail {
        Fail::Query(e)
    }
}

/// `YYYYMMDD` as `YYYY-MM-DD` (None for 0).
pub(super) fn day(d: u32) -> Option<String> {
    (d != 0).then(|| crate::base::dates::ymd_text(d))
}

/// Creates the schema and writes every row, in a fixed order.
fn fill(
    conn: &mut Connection,
    p: &Parts<'_>,
    mentions: Option<&MentionList>,
    stamp: &dyn Fn() -> Result<Stamp, QueryError>,
    meta: &Meta,
) -> Result<(), Fail> {
    // A temporary file renamed at the end: no journal, no syncs until the
    // rename (AtomicFile syncs the file then).
    conn.execute_batch(
        "PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
         PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -16384;",
    )?;
    conn.execute_batch(SCHEMA)?;
    conn.execute_batch(super::store_rows::SCHEMA_MORE)?;
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    let tx = conn.transaction()?;
    let mut doc_digest = Xxh3::new();
    let mut doc_ix = DocNumbers::write_listed(&tx, p.documents, &mut doc_digest)?;
    // The precomputed rankings, from the same code `top` runs.
    let view = QueryGraph {
        documents: Vec::new(),
        nodes: NodeStore::Inline(Vec::new()),
        types: p.types.to_vec(),
        kinds: p.kinds.to_vec(),
        edges: p.edges.to_vec(),
        adj_start: p.adj_start.to_vec(),
        adj: p.adj.to_vec(),
        keys: KeyIndex::default(),
        evidence: EvidenceStore::Inline(Vec::new()),
        pagerank: None,
    };
    let open = super::Filter::default();
    let ef = open.for_graph(&view);
    let degree = rank::degree(&view, &ef);
    let weighted = rank::weight(&view, &ef);
    let pagerank = rank::pagerank(&view, &ef);
    drop(view);
    let n = p.types.len();
    let mut node_checks = Vec::with_capacity(8 * n);
    {
        let mut ent = tx.prepare(
            "INSERT INTO entities VALUES
             (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        )?;
        let mut name = Inserter::new(&tx, "names", 5);
        let mut list = String::new();
        for i in 0..n {
            let node = (p.node)(i)?;
            let node = &*node;
            node_checks.extend_from_slice(&node_digest(node).to_le_bytes());
            list.clear();
            json_ints(&mut list, node.docs.iter().map(|d| doc_ix.get(d)));
            ent.execute(params![
                i as i64,
                node.id,
                node.name,
                node.etype.as_str(),
                node.qid,
                node.mentions as i64,
                node.documents as i64,
                node.first_seen,
                node.last_seen,
                degree.get(i).copied().unwrap_or(0.0) as i64,
                weighted.get(i).copied().unwrap_or(0.0) as i64,
                pagerank.get(i).copied().unwrap_or(0.0),
                // What the exports carry (computed on the co-occurrence
                // graph when the graph was assembled).
                node.degree as i64,
                node.weighted_degree as i64,
                node.pagerank.0,
                node.community as i64,
                list,
            ])?;
            let none = || Cell::Null;
            name.row([
                int(i),
                Cell::Static("canonical"),
                int(0),
                text(&node.name),
                none(),
            ])?;
            for (k, a) in node.aliases.iter().enumerate() {
                name.row([int(i), Cell::Static("alias"), int(k), text(a), none()])?;
            }
            for (k, (s, c)) in node.surface.iter().enumerate() {
                name.row([int(i), Cell::Static("surface"), int(k), text(s), int(*c)])?;
            }
        }
        name.finish()?;
    }
    let edge_checks = super::store_edges::write_edges(&tx, p, &mut doc_ix)?;
    doc_ix.write_unlisted(&tx)?;
    {
        let mut blob = tx.prepare("INSERT INTO graph_index VALUES (?1, ?2, ?3, ?4, ?5)")?;
        let mut put = |name: &str, rec: usize, data: Vec<u8>| -> rusqlite::Result<()> {
            // Parts of whole records, so a reader decodes each part alone
            // and never holds more than one part's bytes twice.
            let size = rec * super::arrays::PART_RECORDS;
            let parts = data.len().div_ceil(size).max(1);
            for k in 0..parts {
                let part = data
                    .get(k * size..((k + 1) * size).min(data.len()))
                    .unwrap_or(&[]);
                let sum = super::arrays::part_checksum(part, k, parts);
                blob.execute(params![name, k as i64, parts as i64, sum, part])?;
            }
            Ok(())
        };
        for (name, rec, data) in super::arrays::pack(p, &pagerank) {
            put(name, rec, data)?;
        }
        put("node_checks", 8, node_checks)?;
        put("edge_checks", 8, edge_checks)?;
    }
    let sums = super::store_rows::write_rows(&tx, p, mentions)?;
    let stamp = stamp().map_err(Fail::Query)?;
    {
        let mut m = tx.prepare("INSERT INTO meta VALUES (?1, ?2)")?;
        let mut pairs: Vec<(&str, String)> = vec![
            ("schema_version", SCHEMA_VERSION.to_string()),
            ("format", crate::graph::FORMAT.to_string()),
            ("window", meta.window.clone()),
            ("evidence_limit", meta.evidence_limit.to_string()),
            ("document_count", meta.document_count.to_string()),
            ("dangling_edges", meta.dangling.join("\n")),
            (
                "documents_checksum",
                format!("{:016x}", doc_digest.digest()),
            ),
            ("json_size", stamp.size.to_string()),
            ("json_probe", format!("{:016x}", stamp.probe)),
            (
                "build_id",
                stamp.full.map_or(String::new(), |h| format!("{h:016x}")),
            ),
            (
                "summary",
                format!(
                    "{} entities, {} edges, {} listed documents",
                    n,
                    p.edges.len(),
                    p.documents.len()
                ),
            ),
            ("edge_dates_checksum", format!("{:016x}", sums.dates)),
            ("negated_checksum", format!("{:016x}", sums.negated)),
        ];
        if let Some((rows, sum)) = sums.mentions {
            pairs.push(("mentions", rows.to_string()));
            pairs.push(("mentions_checksum", format!("{sum:016x}")));
        }
        for (k, v) in pairs {
            m.execute(params![k, v])?;
        }
    }
    tx.execute_batch(INDEXES)?;
    tx.commit()?;
    Ok(())
}
