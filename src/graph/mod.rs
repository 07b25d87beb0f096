//! The knowledge graph: entities as nodes, co-occurrence and typed relation
//! edges with their evidence, held in a petgraph `Graph` and saved as
//! `graph.json` (the format every later command reads).

pub use crate::base::types::{DocInfo, Evidence};
use crate::base::types::{EntityType, Window};
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

pub mod builder;
pub mod filter;
pub mod idset;
mod json_out;
pub mod ledger;
pub mod ledger_parts;
pub mod mentions;
pub mod merge;
pub mod metrics;
pub mod spool;
pub mod versions;

/// The edge kind of co-occurrence edges; relation edges carry their
/// relation kind (`meets`, `visits`, ...).
pub const COOCCURRENCE: &str = "cooccurrence";

/// Format tag written into graph.json.
pub const FORMAT: &str = "gazegraph/1";

/// Document metadata as the writers read it: one document at a time, in
/// id order. A graph's own `documents` list is one; a build's spool is
/// another, so that the metadata of every listed document is never in
/// memory at once.
pub trait DocList: Sync {
    /// Number of documents.
    fn len(&self) -> usize;

    /// True when there are none.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Calls `f` with each document, in id order, until it fails.
    ///
    /// # Errors
    /// Returns the first error of `f`, or of reading the documents.
    fn try_for_each(
        &self,
        f: &mut dyn FnMut(&DocInfo) -> std::io::Result<()>,
    ) -> std::io::Result<()>;
}

impl DocList for Vec<DocInfo> {
    fn len(&self) -> usize {
        Vec::len(self)
    }

    fn try_for_each(
        &self,
        f: &mut dyn FnMut(&DocInfo) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        self.iter().try_for_each(f)
    }
}

/// An entity seen in the corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Gazetteer id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// Wikidata id, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qid: Option<String>,
    /// Gazetteer aliases.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Number of mentions.
    pub mentions: u64,
    /// Number of distinct documents mentioning it.
    pub documents: u64,
    /// Surface forms seen, with counts.
    #[serde(default)]
    pub surface: BTreeMap<String, u64>,
    /// Ids of documents mentioning it, sorted by id: all of them, or the
    /// 200 earliest by publication date when there are more (undated
    /// last; see [`crate::graph::builder::NodeDocKey`]); `documents` counts them
    /// all. Shared with the evidence: a large graph holds hundreds of
    /// thousands of them.
    #[serde(default)]
    pub docs: Vec<Arc<str>>,
    /// Earliest document date seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    /// Latest document date seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// Distinct co-occurrence neighbours. This and the next three are
    /// computed on the co-occurrence graph whenever a graph is assembled
    /// ([`metrics::annotate`]); values read from a file are replaced.
    #[serde(default)]
    pub degree: u64,
    /// Sum of the weights of the co-occurrence edges.
    #[serde(default)]
    pub weighted_degree: u64,
    /// Weighted PageRank on the co-occurrence graph (ranks sum to 1).
    #[serde(default)]
    pub pagerank: metrics::Score,
    /// Louvain community on the co-occurrence graph: 0 is the largest.
    #[serde(default)]
    pub community: u32,
}

impl Node {
    /// An entity with its id, name and type and nothing counted yet: no
    /// aliases, mentions, documents, dates or centrality. Callers set what
    /// they know with struct update syntax (`Node { mentions, ..Node::new(..) }`).
    pub fn new(id: String, name: String, etype: EntityType) -> Node {
        Node {
            id,
            name,
            etype,
            qid: None,
            aliases: Vec::new(),
            mentions: 0,
            documents: 0,
            surface: BTreeMap::new(),
            docs: Vec::new(),
            first_seen: None,
            last_seen: None,
            degree: 0,
            weighted_degree: 0,
            pagerank: Default::default(),
            community: 0,
        }
    }
}

/// An edge: co-occurrence (undirected, stored with source id < target id)
/// or a typed relation (directed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// [`COOCCURRENCE`] or a relation kind.
    pub kind: String,
    /// False for co-occurrence and symmetric relations (`meets`).
    pub directed: bool,
    /// Distinct windows (co-occurrence) or evidence sentences (relations).
    pub weight: u64,
    /// The weight by publication date (`YYYY-MM-DD` → count), exact
    /// whatever the evidence cap: the weight from undated documents is
    /// `weight` minus the sum. Dates, date filters and dynamic exports are
    /// computed from it, never from the capped evidence. Empty in graphs
    /// written before this field (readers then fall back to the evidence).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub weight_by_date: BTreeMap<String, u64>,
    /// Supporting sentences, sorted, capped at the build's evidence limit.
    pub evidence: Vec<Evidence>,
}

impl Edge {
    /// Earliest and latest date the edge was seen on: from
    /// [`Edge::weight_by_date`], or from the evidence when a graph has no
    /// counts (written before them).
    pub fn date_range(&self) -> (Option<&str>, Option<&str>) {
        if !self.weight_by_date.is_empty() {
            let first = self.weight_by_date.keys().next().map(String::as_str);
            let last = self.weight_by_date.keys().next_back().map(String::as_str);
            return (first, last);
        }
        let mut dates = self.evidence.iter().filter_map(|ev| ev.date.as_deref());
        let first = dates.next();
        dates.fold((first, first), |(lo, hi), d| {
            (lo.min(Some(d)), hi.max(Some(d)))
        })
    }

    /// The weight from undated documents (`weight` minus the dated counts).
    pub fn undated_weight(&self) -> u64 {
        let dated = self
            .weight_by_date
            .values()
            .fold(0u64, |a, &b| a.saturating_add(b));
        self.weight.saturating_sub(dated)
    }
}

/// A serialised edge: endpoints by id plus the edge data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EdgeRecord {
    /// Source entity id.
    pub source: String,
    /// Target entity id.
    pub target: String,
    /// The edge data.
    #[serde(flatten)]
    pub edge: Edge,
}

/// A negated relation instance: kept for the record, never an edge.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NegatedRelation {
    /// Relation kind.
    pub kind: String,
    /// Source entity id.
    pub source: String,
    /// Target entity id.
    pub target: String,
    /// The sentence that denies it.
    pub evidence: Evidence,
}

/// The on-disk form of a graph (graph.json).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GraphData {
    /// Always [`FORMAT`].
    pub format: String,
    /// Co-occurrence window used by the build.
    pub window: Window,
    /// Evidence items kept per edge (0 = all).
    #[serde(default)]
    pub evidence_limit: u64,
    /// Number of distinct documents processed (0 in graphs written before
    /// this field: then `documents` lists them all).
    #[serde(default)]
    pub document_count: u64,
    /// Metadata of the documents that kept evidence or node document lists
    /// refer to, sorted by id (not every processed document: that would
    /// grow with the corpus).
    pub documents: Vec<DocInfo>,
    /// Entities, sorted by id.
    pub nodes: Vec<Node>,
    /// Edges, sorted by (kind, source, target).
    pub edges: Vec<EdgeRecord>,
    /// Negated relation instances, sorted.
    #[serde(default)]
    pub negated: Vec<NegatedRelation>,
}

/// A graph in memory: petgraph plus an id index and document metadata.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeGraph {
    /// Co-occurrence window used by the build.
    pub window: Window,
    /// Evidence items kept per edge (0 = all).
    pub evidence_limit: u64,
    /// Number of distinct documents processed.
    pub document_count: u64,
    /// Metadata of the documents referenced by evidence and node document
    /// lists, sorted by id.
    pub documents: Vec<DocInfo>,
    /// Nodes in id order, edges in (kind, source, target) order.
    pub graph: DiGraph<Node, Edge>,
    /// Entity id to node.
    pub index: HashMap<String, NodeIndex>,
    /// Negated relation instances.
    pub negated: Vec<NegatedRelation>,
}

impl GraphData {
    /// The edges whose source or target is not among the nodes (a damaged
    /// or hand-edited graph.json), as `kind source -> target (missing:
    /// id)`, in file order. [`KnowledgeGraph::from_data`] drops them.
    pub fn dangling_edges(&self) -> Vec<String> {
        let ids: std::collections::HashSet<&str> =
            self.nodes.iter().map(|n| n.id.as_str()).collect();
        self.edges
            .iter()
            .filter_map(|e| {
                let missing: Vec<&str> = [e.source.as_str(), e.target.as_str()]
                    .into_iter()
                    .filter(|id| !ids.contains(id))
                    .collect();
                (!missing.is_empty()).then(|| {
                    format!(
                        "{} {:?} -> {:?} (no node {})",
                        e.edge.kind,
                        e.source,
                        e.target,
                        missing
                            .iter()
                            .map(|m| format!("{m:?}"))
                            .collect::<Vec<_>>()
                            .join(" or ")
                    )
                })
            })
            .collect()
    }
}

impl KnowledgeGraph {
    /// Builds the in-memory graph from its serialised form, sorting nodes
    /// and edges so that every output is deterministic, and computes each
    /// node's centrality and community ([`metrics::annotate`]). Edges whose
    /// endpoints are unknown are dropped and counted in the result.
    pub fn from_data(data: GraphData) -> (KnowledgeGraph, usize) {
        let mut nodes = data.nodes;
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        nodes.dedup_by(|a, b| a.id == b.id);
        let mut g = DiGraph::with_capacity(nodes.len(), data.edges.len());
        let mut index = HashMap::with_capacity(nodes.len());
        for n in nodes {
            let id = n.id.clone();
            let ix = g.add_node(n);
            index.insert(id, ix);
        }
        let mut edges = data.edges;
        edges.sort_by(|a, b| {
            (&a.edge.kind, &a.source, &a.target).cmp(&(&b.edge.kind, &b.source, &b.target))
        });
        let mut dropped = 0;
        for e in edges {
            match (index.get(&e.source), index.get(&e.target)) {
                (Some(&s), Some(&t)) => {
                    g.add_edge(s, t, e.edge);
                }
                _ => dropped += 1,
            }
        }
        let mut documents = data.documents;
        documents.sort();
        let mut negated = data.negated;
        negated.sort();
        let document_count = data.document_count.max(documents.len() as u64);
        let mut kg = KnowledgeGraph {
            window: data.window,
            evidence_limit: data.evidence_limit,
            document_count,
            documents,
            graph: g,
            index,
            negated,
        };
        metrics::annotate(&mut kg);
        (kg, dropped)
    }

    /// The serialised form, in deterministic order.
    pub fn to_data(&self) -> GraphData {
        let nodes = self.graph.node_weights().cloned().collect();
        let edges = self
            .graph
            .edge_indices()
            .filter_map(|e| self.edge_record(e))
            .collect();
        GraphData {
            format: FORMAT.to_string(),
            window: self.window,
            evidence_limit: self.evidence_limit,
            document_count: self.document_count,
            documents: self.documents.clone(),
            nodes,
            edges,
            negated: self.negated.clone(),
        }
    }

    /// Writes the serialised form ([`GraphData`], byte for byte what
    /// serialising [`KnowledgeGraph::to_data`] gives) without copying the
    /// graph.
    ///
    /// # Errors
    /// Returns serialisation and write errors.
    pub fn write_json(&self, w: impl std::io::Write) -> serde_json::Result<()> {
        self.write_json_with(&self.documents, w)
    }

    /// Writes the serialised form as [`KnowledgeGraph::write_json`] does,
    /// with `docs` as the document list instead of the graph's own.
    ///
    /// # Errors
    /// Returns serialisation and write errors, and errors reading `docs`.
    pub fn write_json_with(
        &self,
        docs: &dyn DocList,
        mut w: impl std::io::Write,
    ) -> serde_json::Result<()> {
        // The object's fields in `GraphData`'s order, as serde_json's
        // compact writer joins them; the edges by hand (`json_out`).
        let w = &mut w;
        /// Writes `key` (the JSON text before the value) and `v`.
        fn field<T: Serialize + ?Sized>(
            w: &mut impl std::io::Write,
            key: &[u8],
            v: &T,
        ) -> serde_json::Result<()> {
            w.write_all(key).map_err(serde_json::Error::io)?;
            serde_json::to_writer(w, v)
        }
        field(w, b"{\"format\":", FORMAT)?;
        field(w, b",\"window\":", &self.window)?;
        field(w, b",\"evidence_limit\":", &self.evidence_limit)?;
        field(w, b",\"document_count\":", &self.document_count)?;
        field(w, b",\"documents\":", &DocsRef(docs))?;
        field(w, b",\"nodes\":", &NodesRef(&self.graph))?;
        w.write_all(b",\"edges\":").map_err(serde_json::Error::io)?;
        json_out::write_edges(&self.graph, w).map_err(serde_json::Error::io)?;
        field(w, b",\"negated\":", &self.negated)?;
        w.write_all(b"}").map_err(serde_json::Error::io)
    }

    /// An edge with its endpoint ids.
    pub fn edge_record(&self, e: EdgeIndex) -> Option<EdgeRecord> {
        let (s, t) = self.graph.edge_endpoints(e)?;
        Some(EdgeRecord {
            source: self.graph[s].id.clone(),
            target: self.graph[t].id.clone(),
            edge: self.graph[e].clone(),
        })
    }

    /// The node with this entity id.
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges (co-occurrence and relations).
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }
}

/// A [`DocList`] serialised as a sequence.
struct DocsRef<'a>(&'a dyn DocList);

impl Serialize for DocsRef<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let mut seq = ser.serialize_seq(Some(self.0.len()))?;
        // The closure speaks io::Error; a serialiser error is kept aside
        // and returned as itself.
        let mut failed: Option<S::Error> = None;
        let read = self.0.try_for_each(&mut |d| {
            seq.serialize_element(d).map_err(|e| {
                failed = Some(e);
                std::io::Error::other("serialising a document")
            })
        });
        if let Some(e) = failed {
            return Err(e);
        }
        read.map_err(|e| S::Error::custom(format!("reading document metadata: {e}")))?;
        seq.end()
    }
}

/// The nodes of a graph serialised as a sequence.
struct NodesRef<'a>(&'a DiGraph<Node, Edge>);

impl Serialize for NodesRef<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.collect_seq(self.0.node_weights())
    }
}
