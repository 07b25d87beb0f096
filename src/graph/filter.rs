//! Subgraph selection for `export` and the query commands: pure functions
//! from a [`KnowledgeGraph`] and a [`FilterSpec`] to a new graph with the same
//! sorting invariants (it is rebuilt through [`KnowledgeGraph::from_data`]).
//!
//! The steps run in this order:
//! 1. **Dates** (`since`/`until`, inclusive, compared as `YYYY-MM-DD`
//!    strings): an edge's weight becomes its weight on the dates inside the
//!    range, from its exact per-date counts ([`Edge::weight_by_date`]), so
//!    the evidence cap never changes it; undated weight is dropped (it
//!    cannot be shown to be in range), and an edge with no weight left is
//!    dropped. The per-date counts and the evidence keep only the dates in
//!    range. (A graph.json written before the counts falls back to the
//!    evidence: the weight becomes the number of dated sentences kept.)
//!    Negated relations outside the range are dropped too.
//! 2. **Kinds**: keep edges whose kind is listed (`cooccurrence`, `meets`, ...).
//! 3. **Min weight**: keep edges whose (possibly recomputed) weight is at
//!    least `min_weight`.
//! 4. **Types**: keep nodes of the listed types, and edges between them.
//! 5. When any edge filter of steps 1–3 is set, nodes left without an edge
//!    are dropped (the filtered view is about connections).
//! 6. **Ego**: keep nodes within `depth` hops of the ego entity, following
//!    edges in either direction; an ego entity removed by earlier steps is an
//!    error.
//! 7. **Top N**: keep the N nodes of highest weighted degree (sum of the
//!    weights of their remaining edges), ties broken by entity id.
//!
//! Node statistics (mentions, documents, dates) are kept as they are.

use crate::base::types::EntityType;
use crate::graph::{Edge, EdgeRecord, GraphData, KnowledgeGraph, Node};
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use thiserror::Error;

/// What to keep of a graph. `Default` keeps everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilterSpec {
    /// Keep edges of at least this weight.
    pub min_weight: Option<f64>,
    /// Keep edges of these kinds (empty: all).
    pub kinds: Vec<String>,
    /// Keep entities of these types (empty: all).
    pub types: Vec<EntityType>,
    /// Keep evidence dated on or after this day (`YYYY-MM-DD`).
    pub since: Option<String>,
    /// Keep evidence dated on or before this day (`YYYY-MM-DD`).
    pub until: Option<String>,
    /// Keep only the N most connected entities.
    pub top: Option<usize>,
    /// Keep only the neighbourhood of this entity id.
    pub ego: Option<String>,
    /// Hops of the ego neighbourhood.
    pub depth: usize,
}

/// Why a filter cannot be applied.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum FilterError {
    /// A `since`/`until` value that is not `YYYY-MM-DD`.
    #[error("{flag} {value:?}: expected a date as YYYY-MM-DD")]
    BadDate {
        /// `--since` or `--until`.
        flag: &'static str,
        /// The value given.
        value: String,
    },
    /// The ego entity is not in the (filtered) graph.
    #[error("entity {0:?} is not in the graph (or was removed by the other filters)")]
    UnknownEntity(String),
}

impl FilterSpec {
    /// True if the spec keeps everything.
    pub fn is_empty(&self) -> bool {
        *self
            == FilterSpec {
                depth: self.depth,
                ..FilterSpec::default()
            }
    }

    fn edge_filters(&self) -> bool {
        self.min_weight.is_some()
            || !self.kinds.is_empty()
            || self.since.is_some()
            || self.until.is_some()
    }
}

fn check_date(flag: &'static str, value: &Option<String>) -> Result<(), FilterError> {
    match value {
        Some(v) if !crate::base::escape::is_xsd_date(v) => Err(FilterError::BadDate {
            flag,
            value: v.clone(),
        }),
        _ => Ok(()),
    }
}

fn in_range(date: Option<&str>, since: Option<&str>, until: Option<&str>) -> bool {
    match date {
        None => since.is_none() && until.is_none(),
        Some(d) => since.is_none_or(|s| d >= s) && until.is_none_or(|u| d <= u),
    }
}

/// Restricts an edge to the dates in `since..=until`: its weight becomes
/// the weight counted on those dates ([`Edge::weight_by_date`], exact
/// whatever the evidence cap), its counts and evidence keep only those
/// dates. Returns false when no weight is left. A graph written before
/// the counts falls back to its evidence: the weight becomes the number of
/// distinct dated sentences kept (a lower bound when evidence was capped).
fn date_window(edge: &mut Edge, since: Option<&str>, until: Option<&str>) -> bool {
    let legacy = edge.weight_by_date.is_empty();
    let before = edge.evidence.len();
    edge.evidence
        .retain(|ev| in_range(ev.date.as_deref(), since, until));
    if legacy {
        if edge.evidence.len() == before {
            return before > 0;
        }
        let distinct: BTreeSet<(&str, u32)> = edge
            .evidence
            .iter()
            .map(|ev| (&*ev.doc, ev.sentence))
            .collect();
        edge.weight = distinct.len() as u64;
        return edge.weight > 0;
    }
    edge.weight_by_date
        .retain(|d, _| in_range(Some(d), since, until));
    edge.weight = edge
        .weight_by_date
        .values()
        .fold(0u64, |a, &b| a.saturating_add(b));
    edge.weight > 0
}

/// Applies `spec` to `graph`, returning the selected subgraph.
///
/// # Errors
/// Fails on a malformed `since`/`until` date, or when the ego entity is not
/// in the graph after the other filters.
pub fn apply(graph: &KnowledgeGraph, spec: &FilterSpec) -> Result<KnowledgeGraph, FilterError> {
    check_date("--since", &spec.since)?;
    check_date("--until", &spec.until)?;
    if spec.is_empty() {
        return Ok(graph.clone());
    }
    let data = graph.to_data();
    let (since, until) = (spec.since.as_deref(), spec.until.as_deref());
    let dated = since.is_some() || until.is_some();

    let types: HashSet<EntityType> = spec.types.iter().copied().collect();
    let mut nodes: Vec<Node> = data
        .nodes
        .into_iter()
        .filter(|n| types.is_empty() || types.contains(&n.etype))
        .collect();
    let mut keep: HashSet<String> = nodes.iter().map(|n| n.id.clone()).collect();

    let mut edges: Vec<EdgeRecord> = Vec::with_capacity(data.edges.len());
    for mut rec in data.edges {
        if !keep.contains(&rec.source) || !keep.contains(&rec.target) {
            continue;
        }
        if !spec.kinds.is_empty() && !spec.kinds.contains(&rec.edge.kind) {
            continue;
        }
        if dated && !date_window(&mut rec.edge, since, until) {
            continue;
        }
        if spec
            .min_weight
            .is_some_and(|m| (rec.edge.weight as f64) < m)
        {
            continue;
        }
        edges.push(rec);
    }

    if spec.edge_filters() {
        let linked: HashSet<&str> = edges
            .iter()
            .flat_map(|e| [e.source.as_str(), e.target.as_str()])
            .collect();
        keep.retain(|id| linked.contains(id.as_str()));
    }

    if let Some(ego) = &spec.ego {
        if !keep.contains(ego) {
            return Err(FilterError::UnknownEntity(ego.clone()));
        }
        keep = neighbourhood(ego, spec.depth, &edges, &keep);
    }

    if let Some(n) = spec.top {
        let mut degree: HashMap<&str, u64> = keep.iter().map(|id| (id.as_str(), 0)).collect();
        for e in &edges {
            if keep.contains(&e.source) && keep.contains(&e.target) {
                for id in [&e.source, &e.target] {
                    if let Some(d) = degree.get_mut(id.as_str()) {
                        *d = d.saturating_add(e.edge.weight);
                    }
                }
            }
        }
        let mut ranked: Vec<(&str, u64)> = degree.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        keep = ranked
            .into_iter()
            .take(n)
            .map(|(id, _)| id.to_string())
            .collect();
    }

    nodes.retain(|n| keep.contains(&n.id));
    edges.retain(|e| keep.contains(&e.source) && keep.contains(&e.target));
    let negated = data
        .negated
        .into_iter()
        .filter(|r| keep.contains(&r.source) && keep.contains(&r.target))
        .filter(|r| !dated || in_range(r.evidence.date.as_deref(), since, until))
        .collect();
    let out = GraphData {
        nodes,
        edges,
        negated,
        ..data
    };
    Ok(KnowledgeGraph::from_data(out).0)
}

/// Ids within `depth` hops of `ego` over `edges` (either direction),
/// restricted to `allowed`.
fn neighbourhood(
    ego: &str,
    depth: usize,
    edges: &[EdgeRecord],
    allowed: &HashSet<String>,
) -> HashSet<String> {
    let mut adj: HashMap<&str, Vec<&str>> = HashMap::new();
    for e in edges {
        if allowed.contains(&e.source) && allowed.contains(&e.target) {
            adj.entry(&e.source).or_default().push(&e.target);
            adj.entry(&e.target).or_default().push(&e.source);
        }
    }
    let mut seen: HashSet<String> = HashSet::from([ego.to_string()]);
    let mut queue = VecDeque::from([(ego, 0usize)]);
    while let Some((id, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for &next in adj.get(id).map(Vec::as_slice).unwrap_or(&[]) {
            if seen.insert(next.to_string()) {
                queue.push_back((next, d + 1));
            }
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::types::Window;
    use crate::graph::{Edge, Evidence, COOCCURRENCE, FORMAT};

    fn n(id: &str, t: EntityType) -> Node {
        Node {
            aliases: vec![format!("alias of {id}")],
            mentions: 1,
            documents: 1,
            ..Node::new(id.into(), id.to_uppercase(), t)
        }
    }

    fn e(s: &str, t: &str, kind: &str, weight: u64, dates: &[Option<&str>]) -> EdgeRecord {
        let evidence = dates
            .iter()
            .enumerate()
            .map(|(i, d)| Evidence {
                date: d.map(Into::into),
                doc: "d".into(),
                sentence: i as u32,
                text: "t".into(),
                trigger: None,
                modality: None,
            })
            .collect();
        EdgeRecord {
            source: s.into(),
            target: t.into(),
            edge: Edge {
                kind: kind.into(),
                directed: kind != COOCCURRENCE,
                weight,
                weight_by_date: Default::default(),
                evidence,
            },
        }
    }

    /// a—b—c—d chain of co-occurrence, plus a→e visits, f isolated.
    fn g() -> KnowledgeGraph {
        use EntityType::*;
        let data = GraphData {
            format: FORMAT.into(),
            window: Window::Sentence,
            evidence_limit: 0,
            document_count: 0,
            documents: vec![],
            nodes: vec![
                n("a", Person),
                n("b", Person),
                n("c", Organisation),
                n("d", Place),
                n("e", Place),
                n("f", Person),
            ],
            edges: vec![
                e(
                    "a",
                    "b",
                    COOCCURRENCE,
                    5,
                    &[Some("2024-01-01"), Some("2024-03-01"), None],
                ),
                e("b", "c", COOCCURRENCE, 2, &[Some("2024-02-01")]),
                e("c", "d", COOCCURRENCE, 1, &[Some("2024-05-01")]),
                e("a", "e", "visits", 3, &[Some("2024-03-15")]),
            ],
            negated: vec![],
        };
        KnowledgeGraph::from_data(data).0
    }

    fn ids(kg: &KnowledgeGraph) -> Vec<String> {
        kg.graph.node_weights().map(|n| n.id.clone()).collect()
    }

    fn run(spec: FilterSpec) -> KnowledgeGraph {
        apply(&g(), &spec).unwrap()
    }

    #[test]
    fn empty_spec_keeps_everything() {
        let kg = run(FilterSpec::default());
        assert_eq!((kg.node_count(), kg.edge_count()), (6, 4));
    }

    #[test]
    fn table_of_filters() {
        let cases: Vec<(FilterSpec, &[&str], usize)> = vec![
            (
                FilterSpec {
                    min_weight: Some(2.5),
                    ..Default::default()
                },
                &["a", "b", "e"],
                2,
            ),
            (
                FilterSpec {
                    kinds: vec!["visits".into()],
                    ..Default::default()
                },
                &["a", "e"],
                1,
            ),
            (
                FilterSpec {
                    types: vec![EntityType::Person],
                    ..Default::default()
                },
                &["a", "b", "f"],
                1,
            ),
            (
                FilterSpec {
                    ego: Some("b".into()),
                    depth: 1,
                    ..Default::default()
                },
                &["a", "b", "c"],
                2,
            ),
            (
                FilterSpec {
                    ego: Some("b".into()),
                    depth: 2,
                    ..Default::default()
                },
                &["a", "b", "c", "d", "e"],
                4,
            ),
            (
                FilterSpec {
                    ego: Some("e".into()),
                    depth: 0,
                    ..Default::default()
                },
                &["e"],
                0,
            ),
            (
                FilterSpec {
                    top: Some(2),
                    ..Default::default()
                },
                &["a", "b"],
                1,
            ),
            (
                FilterSpec {
                    top: Some(3),
                    ..Default::default()
                },
                &["a", "b", "c"],
                2,
            ),
            (
                FilterSpec {
                    since: Some("2024-02-01".into()),
                    until: Some("2024-03-31".into()),
                    ..Default::default()
                },
                &["a", "b", "c", "e"],
                3,
            ),
        ];
        for (spec, want_nodes, want_edges) in cases {
            let kg = apply(&g(), &spec).unwrap();
            assert_eq!(ids(&kg), want_nodes, "{spec:?}");
            assert_eq!(kg.edge_count(), want_edges, "{spec:?}");
        }
    }

    #[test]
    fn dates_recompute_weight_and_drop_empty_edges() {
        let kg = run(FilterSpec {
            since: Some("2024-02-15".into()),
            ..Default::default()
        });
        let ab = kg.graph.edge_weights().find(|e| {
            e.kind == COOCCURRENCE
                && e.weight == 1
                && e.evidence[0].date.as_deref() == Some("2024-03-01")
        });
        assert!(ab.is_some(), "a—b keeps one dated evidence, weight 1");
        assert!(!ids(&kg).contains(&"f".to_string()));
        // b—c (2024-02-01) is gone; c—d (2024-05-01) stays.
        assert_eq!(kg.edge_count(), 3);
    }

    #[test]
    fn errors_and_lookup() {
        let bad = apply(
            &g(),
            &FilterSpec {
                since: Some("March".into()),
                ..Default::default()
            },
        );
        assert!(matches!(bad, Err(FilterError::BadDate { .. })));
        let gone = apply(
            &g(),
            &FilterSpec {
                kinds: vec!["visits".into()],
                ego: Some("c".into()),
                ..Default::default()
            },
        );
        assert_eq!(gone.unwrap_err(), FilterError::UnknownEntity("c".into()));
    }

    #[test]
    fn output_keeps_sort_invariants() {
        let kg = run(FilterSpec {
            top: Some(4),
            ..Default::default()
        });
        let data = kg.to_data();
        let mut sorted = data.edges.clone();
        sorted.sort_by(|x, y| {
            (&x.edge.kind, &x.source, &x.target).cmp(&(&y.edge.kind, &y.source, &y.target))
        });
        assert_eq!(data.edges, sorted);
        assert!(data.nodes.windows(2).all(|w| w[0].id < w[1].id));
    }
}
