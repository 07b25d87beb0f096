//! The query filters (`--kind`, `--type`, `--min-weight`, `--since`,
//! `--until`) as predicates over a [`QueryGraph`]. Kind, weight and date
//! filters remove edges; the type filter restricts the entities a query
//! lists or passes through (the entities the user named are exempt).

use super::{date_key, QEdge, QueryError, QueryGraph};
use crate::base::types::EntityType;
use crate::graph::Evidence;

/// Filters shared by the query commands. The default keeps everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Keep only edges of these kinds (empty: all).
    pub kinds: Vec<String>,
    /// Keep only entities of these types (empty: all).
    pub types: Vec<EntityType>,
    /// Keep only edges of at least this weight.
    pub min_weight: Option<f64>,
    /// Keep evidence dated on or after this day, as YYYYMMDD.
    pub since: Option<u32>,
    /// Keep evidence dated on or before this day, as YYYYMMDD.
    pub until: Option<u32>,
}

/// An edge filter resolved against one graph: kind names turned into kind
/// indices once, so the per-edge test is cheap.
#[derive(Clone, Debug)]
pub struct EdgeFilter<'g> {
    graph: &'g QueryGraph,
    filter: &'g Filter,
    kinds: Option<Vec<bool>>,
    /// No edge filter at all: every edge passes without being looked at.
    open: bool,
}

impl Filter {
    /// Parses a `--since`/`--until` date (YYYY-MM-DD) into YYYYMMDD.
    ///
    /// # Errors
    /// [`QueryError::BadDate`] when the text is not a valid date.
    pub fn parse_date(s: &str) -> Result<u32, QueryError> {
        if s.len() != 10 {
            return Err(QueryError::BadDate(s.to_string()));
        }
        date_key(s).ok_or_else(|| QueryError::BadDate(s.to_string()))
    }

    /// Whether any date bound is set.
    pub fn has_dates(&self) -> bool {
        self.since.is_some() || self.until.is_some()
    }

    /// Whether an entity of this type may be listed or passed through.
    pub fn type_ok(&self, t: EntityType) -> bool {
        self.types.is_empty() || self.types.contains(&t)
    }

    /// Whether a dated evidence sentence falls inside the date bounds
    /// (undated evidence fails any date bound).
    pub fn evidence_ok(&self, e: &Evidence) -> bool {
        if !self.has_dates() {
            return true;
        }
        e.date
            .as_deref()
            .and_then(date_key)
            .is_some_and(|d| self.date_in(d))
    }

    fn date_in(&self, d: u32) -> bool {
        self.since.is_none_or(|s| d >= s) && self.until.is_none_or(|u| d <= u)
    }

    /// Resolves the filter against a graph.
    pub fn for_graph<'g>(&'g self, graph: &'g QueryGraph) -> EdgeFilter<'g> {
        let kinds = (!self.kinds.is_empty()).then(|| {
            graph
                .kinds
                .iter()
                .map(|k| self.kinds.iter().any(|want| kind_matches(want, k)))
                .collect()
        });
        EdgeFilter {
            graph,
            filter: self,
            kinds,
            open: self.kinds.is_empty() && self.min_weight.is_none() && !self.has_dates(),
        }
    }
}

/// Whether a `--kind` value names edge kind `kind`: any letter case, and
/// `co` (the tables' short name) for co-occurrence.
fn kind_matches(want: &str, kind: &str) -> bool {
    want.eq_ignore_ascii_case(kind)
        || (want.eq_ignore_ascii_case("co") && kind == crate::graph::COOCCURRENCE)
}

impl EdgeFilter<'_> {
    /// Whether edge `i` passes the kind, weight and date filters. An edge
    /// passes the date filter when at least one evidence sentence is in
    /// range; edges whose date span straddles a bound have their evidence
    /// read to decide.
    pub fn edge_ok(&self, i: u32) -> bool {
        if self.open {
            return (i as usize) < self.graph.edges.len();
        }
        let Some(e) = self.graph.edges.get(i as usize) else {
            return false;
        };
        self.static_ok(e) && self.dates_ok(i, e)
    }

    fn static_ok(&self, e: &QEdge) -> bool {
        let kind_ok = self
            .kinds
            .as_ref()
            .is_none_or(|k| k.get(e.kind as usize).copied().unwrap_or(false));
        kind_ok && self.filter.min_weight.is_none_or(|w| e.weight as f64 >= w)
    }

    fn dates_ok(&self, i: u32, e: &QEdge) -> bool {
        let f = self.filter;
        if !f.has_dates() {
            return true;
        }
        if e.first_date == 0 {
            return false;
        }
        if f.date_in(e.first_date) && f.date_in(e.last_date) {
            return true;
        }
        if f.since.is_some_and(|s| e.last_date < s) || f.until.is_some_and(|u| e.first_date > u) {
            return false;
        }
        self.graph
            .any_evidence_date(i, |d| d.and_then(date_key).is_some_and(|d| f.date_in(d)))
            .unwrap_or(false)
    }

    /// Whether node `n` may be listed or passed through.
    pub fn node_ok(&self, n: u32) -> bool {
        self.graph.etype(n).is_some_and(|t| self.filter.type_ok(t))
    }

    /// Whether every edge passes (no kind, weight or date filter).
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The filter itself.
    pub fn filter(&self) -> &Filter {
        self.filter
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::tiny;

    fn passing(g: &QueryGraph, f: &Filter) -> Vec<String> {
        let ef = f.for_graph(g);
        (0..g.edges.len() as u32)
            .filter(|&i| ef.edge_ok(i))
            .map(|i| {
                let e = &g.edges[i as usize];
                format!(
                    "{}-{}",
                    g.node(e.source).unwrap().id,
                    g.node(e.target).unwrap().id
                )
            })
            .collect()
    }

    #[test]
    fn edge_filters() {
        let g = tiny();
        let all = passing(&g, &Filter::default());
        assert_eq!(all.len(), 5);
        let cases = [
            (
                Filter {
                    kinds: vec!["MEETS".into()],
                    ..Filter::default()
                },
                vec!["a-c"],
            ),
            (
                Filter {
                    min_weight: Some(3.0),
                    ..Filter::default()
                },
                vec!["c-d", "d-e"],
            ),
            (
                Filter {
                    since: Some(20230201),
                    until: Some(20230301),
                    ..Filter::default()
                },
                vec!["b-c", "c-d"],
            ),
        ];
        let co = Filter {
            kinds: vec!["co".into()],
            ..Filter::default()
        };
        assert_eq!(passing(&g, &co).len(), 4);
        for (f, want) in cases {
            assert_eq!(passing(&g, &f), want, "{f:?}");
        }
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(Filter::parse_date("2023-09-25").unwrap(), 20230925);
        for bad in ["2023-9-25", "2023-09-25T00", "yesterday", "2023-02-30x"] {
            assert!(Filter::parse_date(bad).is_err(), "{bad}");
        }
    }
}
