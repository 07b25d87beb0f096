//! Terminal queries over a saved graph: a compact, read-only view of
//! graph.json ([`QueryGraph`]) with an undirected adjacency index, entity
//! lookup, neighbourhoods, paths, rankings and table output.
//!
//! Loading prefers the SQLite store `graph.db` beside graph.json (see
//! [`store`] and [`open`]); entity records and evidence sentences stay on
//! disk until a query asks for them.

mod arrays;
mod convert;
mod digest;
pub mod filter;
pub mod lookup;
pub mod open;
pub mod paths;
pub mod rank;
mod records;
pub mod report;
pub mod store;
mod store_batch;
mod store_docs;
mod store_edges;
mod store_rows;
#[cfg(test)]
mod store_tests;
pub mod table;
pub mod whole;

pub use filter::Filter;
pub use open::{load, load_fresh};
pub use store::write_store;
pub use store_rows::for_each_mention;

use crate::base::types::EntityType;
use crate::graph::{DocInfo, Evidence, Node};
use std::borrow::Cow;
use std::path::PathBuf;

/// Errors of loading or reading a saved graph.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// The graph file does not exist.
    #[error("{0} not found: run `gazegraph build` first")]
    Missing(PathBuf),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// graph.json is not valid JSON of the expected shape.
    #[error("{path}: invalid graph: {source}")]
    Json {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: serde_json::Error,
    },
    /// The store graph.db is damaged (a checksum or SQLite check failed).
    #[error("{path}: damaged store: {what}")]
    Corrupt {
        /// The store file.
        path: PathBuf,
        /// What was wrong.
        what: String,
    },
    /// A date option is not YYYY-MM-DD.
    #[error("invalid date '{0}': expected YYYY-MM-DD")]
    BadDate(String),
}

/// One edge of the compact graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QEdge {
    /// Source node (entity index, see [`QueryGraph::node`]).
    pub source: u32,
    /// Target node.
    pub target: u32,
    /// Edge kind (index into [`QueryGraph::kinds`]).
    pub kind: u16,
    /// Whether the edge is directed.
    pub directed: bool,
    /// Edge weight.
    pub weight: u64,
    /// Earliest evidence date as YYYYMMDD (0 = none).
    pub first_date: u32,
    /// Latest evidence date as YYYYMMDD (0 = none).
    pub last_date: u32,
}

/// One entry of the undirected adjacency: the node across and the edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Adj {
    /// The neighbouring node.
    pub node: u32,
    /// The edge (index into [`QueryGraph::edges`]).
    pub edge: u32,
}

/// Where evidence sentences live.
#[derive(Debug)]
pub(crate) enum EvidenceStore {
    /// In memory, one list per edge.
    Inline(Vec<Vec<Evidence>>),
    /// In graph.db, read on demand.
    Db(std::sync::Arc<records::Db>),
}

/// Where entity records live.
#[derive(Debug)]
pub(crate) enum NodeStore {
    /// Decoded, in id order.
    Inline(Vec<Node>),
    /// In graph.db, read on demand: reading 100,000 records with their
    /// strings would dominate a query's time.
    Db(std::sync::Arc<records::Db>),
}

/// A read-only graph for queries: nodes sorted by id, edges sorted by
/// (kind, source, target), an undirected adjacency index and a folded-name
/// lookup index.
#[derive(Debug)]
pub struct QueryGraph {
    /// Processed documents, sorted by id.
    pub documents: Vec<DocInfo>,
    /// Entities, in id order.
    pub(crate) nodes: NodeStore,
    /// The type of each entity (kept decoded for the type filter).
    pub(crate) types: Vec<EntityType>,
    /// Edge kinds, sorted.
    pub kinds: Vec<String>,
    /// Edges, sorted by (kind, source id, target id).
    pub edges: Vec<QEdge>,
    /// `adj[adj_start[n]..adj_start[n + 1]]` are node n's incident edges,
    /// sorted by (neighbour, edge).
    pub(crate) adj_start: Vec<u32>,
    pub(crate) adj: Vec<Adj>,
    pub(crate) keys: lookup::KeyIndex,
    pub(crate) evidence: EvidenceStore,
    /// PageRank over all edges, precomputed by `build` (None when loaded
    /// from graph.json).
    pub(crate) pagerank: Option<Vec<f64>>,
}

/// Parses the date part of an evidence or option date into YYYYMMDD.
pub fn date_key(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(y * 10_000 + m * 100 + d)
}

impl QueryGraph {
    /// The edges incident to `node` (either direction), sorted by neighbour.
    pub fn incident(&self, node: u32) -> &[Adj] {
        let i = node as usize;
        match (self.adj_start.get(i), self.adj_start.get(i + 1)) {
            (Some(&a), Some(&b)) => self.adj.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The kind name of an edge.
    pub fn kind_name(&self, edge: &QEdge) -> &str {
        self.kinds
            .get(edge.kind as usize)
            .map_or("?", |s| s.as_str())
    }

    /// The evidence sentences of an edge, sorted as saved.
    ///
    /// # Errors
    /// Fails when lazily stored evidence cannot be read from graph.db.
    pub fn evidence(&self, edge: u32) -> Result<Vec<Evidence>, QueryError> {
        match &self.evidence {
            EvidenceStore::Inline(v) => Ok(v.get(edge as usize).cloned().unwrap_or_default()),
            EvidenceStore::Db(db) => db.evidence(edge),
        }
    }

    /// Whether `keep` holds for the date of any evidence item of an edge
    /// (for the in-memory store; graph.db reads the whole list).
    ///
    /// # Errors
    /// Fails when lazily stored evidence cannot be read from graph.db.
    pub(crate) fn any_evidence_date(
        &self,
        edge: u32,
        mut keep: impl FnMut(Option<&str>) -> bool,
    ) -> Result<bool, QueryError> {
        match &self.evidence {
            EvidenceStore::Inline(v) => Ok(v
                .get(edge as usize)
                .is_some_and(|ev| ev.iter().any(|x| keep(x.date.as_deref())))),
            EvidenceStore::Db(db) => Ok(db.evidence(edge)?.iter().any(|x| keep(x.date.as_deref()))),
        }
    }

    /// Number of entities.
    pub fn node_count(&self) -> usize {
        self.types.len()
    }

    /// The type of entity `i`.
    pub fn etype(&self, i: u32) -> Option<EntityType> {
        self.types.get(i as usize).copied()
    }

    /// The record of entity `i` (read on demand from graph.db).
    ///
    /// # Errors
    /// [`QueryError::Corrupt`] when `i` is out of range or its record in
    /// the store is damaged.
    pub fn node(&self, i: u32) -> Result<Cow<'_, Node>, QueryError> {
        match &self.nodes {
            NodeStore::Inline(v) => {
                v.get(i as usize)
                    .map(Cow::Borrowed)
                    .ok_or_else(|| QueryError::Corrupt {
                        path: PathBuf::from("graph"),
                        what: format!("no entity record {i}"),
                    })
            }
            NodeStore::Db(db) => db.node(i).map(Cow::Owned),
        }
    }

    /// The document metadata of a document id.
    pub fn document(&self, id: &str) -> Option<&DocInfo> {
        self.documents
            .binary_search_by(|d| d.id.as_str().cmp(id))
            .ok()
            .and_then(|i| self.documents.get(i))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::base::types::{EntityType, Window};
    use crate::graph::{Edge, EdgeRecord, GraphData, KnowledgeGraph, FORMAT};

    /// A small graph: nodes a..=e on a path a-b-c-d-e (co-occurrence,
    /// weights 1,2,3,4, dated 2023-01-01 .. 2023-04-01) plus a relation
    /// a->c (meets, weight 1, dated 2023-05-01).
    pub(crate) fn tiny() -> QueryGraph {
        graph_of(&[
            ("a", "b", "cooccurrence", 1, "2023-01-01"),
            ("b", "c", "cooccurrence", 2, "2023-02-01"),
            ("c", "d", "cooccurrence", 3, "2023-03-01"),
            ("d", "e", "cooccurrence", 4, "2023-04-01"),
            ("a", "c", "meets", 1, "2023-05-01"),
        ])
    }

    /// A graph of people from (source, target, kind, weight, date) edges;
    /// node names are the uppercased ids.
    pub(crate) fn graph_of(edges: &[(&str, &str, &str, u64, &str)]) -> QueryGraph {
        let node = |id: &str| Node {
            mentions: 1,
            documents: 1,
            ..Node::new(id.into(), id.to_uppercase(), EntityType::Person)
        };
        let mut ids: Vec<&str> = edges.iter().flat_map(|e| [e.0, e.1]).collect();
        ids.sort();
        ids.dedup();
        let data = GraphData {
            format: FORMAT.into(),
            window: Window::Sentence,
            evidence_limit: 0,
            document_count: 0,
            documents: vec![],
            nodes: ids.into_iter().map(node).collect(),
            edges: edges
                .iter()
                .map(|&(s, t, kind, w, date)| EdgeRecord {
                    source: s.into(),
                    target: t.into(),
                    edge: Edge {
                        kind: kind.into(),
                        directed: kind != crate::graph::COOCCURRENCE,
                        weight: w,
                        weight_by_date: [(date.to_string(), w)].into(),
                        evidence: vec![Evidence {
                            date: Some(date.into()),
                            doc: "d1".into(),
                            sentence: 0,
                            text: format!("{s} and {t}").into(),
                            trigger: None,
                            modality: None,
                        }],
                    },
                })
                .collect(),
            negated: vec![],
        };
        QueryGraph::from_knowledge(&KnowledgeGraph::from_data(data).0)
    }

    #[test]
    fn from_data_matches_from_knowledge() {
        let g = tiny();
        let mut kg = KnowledgeGraph::default();
        for i in 0..g.node_count() as u32 {
            kg.graph.add_node(g.node(i).unwrap().into_owned());
        }
        for (i, e) in g.edges.iter().enumerate() {
            kg.graph.add_edge(
                petgraph::graph::NodeIndex::new(e.source as usize),
                petgraph::graph::NodeIndex::new(e.target as usize),
                Edge {
                    kind: g.kind_name(e).to_string(),
                    directed: e.directed,
                    weight: e.weight,
                    weight_by_date: Default::default(),
                    evidence: g.evidence(i as u32).unwrap(),
                },
            );
        }
        let mut data = kg.to_data();
        data.nodes.reverse();
        data.edges.reverse();
        let h = QueryGraph::from_data(data);
        assert_eq!(h.types, g.types);
        assert_eq!(h.edges, g.edges);
        assert_eq!(h.adj, g.adj);
        assert_eq!(h.keys, g.keys);
        for i in 0..g.edges.len() as u32 {
            assert_eq!(h.evidence(i).unwrap(), g.evidence(i).unwrap());
        }
    }

    #[test]
    fn adjacency_is_undirected_and_sorted() {
        let g = tiny();
        let around_c: Vec<u32> = g.incident(2).iter().map(|a| a.node).collect();
        assert_eq!(around_c, vec![0, 1, 3]);
        assert_eq!(g.incident(4).len(), 1);
        assert!(g.incident(99).is_empty());
    }

    #[test]
    fn date_keys() {
        for (s, want) in [
            ("2023-09-25", Some(20230925)),
            ("2023-09-25T10:00", Some(20230925)),
            ("2023-13-01", None),
            ("25/09/2023", None),
            ("", None),
        ] {
            assert_eq!(date_key(s), want, "{s}");
        }
    }

    #[test]
    fn edges_keep_date_span_and_kind() {
        let g = tiny();
        let meets = g.edges.iter().find(|e| g.kind_name(e) == "meets").unwrap();
        assert_eq!((meets.first_date, meets.last_date), (20230501, 20230501));
        assert!(meets.directed);
    }
}
