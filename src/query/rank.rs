//! Entity rankings: degree, weighted degree, PageRank and betweenness.

use super::filter::EdgeFilter;
use super::QueryGraph;

pub use crate::graph::metrics::{DAMPING, MAX_ITERATIONS, TOLERANCE};
/// Betweenness is exact while nodes x adjacency entries (the work of one
/// breadth-first search per node) stays within this; sampled above.
pub const BETWEENNESS_BUDGET: usize = 50_000_000;
/// Fewest source nodes sampled for estimated betweenness.
pub const MIN_BETWEENNESS_SAMPLES: usize = 16;

/// A ranking measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Distinct neighbours.
    Degree,
    /// Sum of edge weights.
    Weight,
    /// Weighted PageRank.
    Pagerank,
    /// Betweenness centrality.
    Betweenness,
    /// Louvain communities on co-occurrence ([`communities`]); its scores
    /// are the co-occurrence weighted degrees that order the members.
    Community,
}

impl Measure {
    /// The lowercase name used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Degree => "degree",
            Measure::Weight => "weight",
            Measure::Pagerank => "pagerank",
            Measure::Betweenness => "betweenness",
            Measure::Community => "community",
        }
    }

    /// Scores every node; the flag is false when the scores are estimates
    /// (sampled betweenness on a large graph).
    pub fn scores(self, g: &QueryGraph, ef: &EdgeFilter) -> (Vec<f64>, bool) {
        match self {
            Measure::Degree => (degree(g, ef), true),
            Measure::Weight => (weight(g, ef), true),
            // `build` stored PageRank over all edges; any edge filter
            // changes it.
            Measure::Pagerank => match &g.pagerank {
                Some(p) if ef.is_open() && p.len() == g.node_count() => (p.clone(), true),
                _ => (pagerank(g, ef), true),
            },
            Measure::Betweenness => betweenness(g, ef),
            Measure::Community => (cooccurrence_weight(g, ef), true),
        }
    }
}

/// The simple undirected view of the passing edges as a flat adjacency:
/// each node's distinct neighbours in id order (no self-loops).
fn simple_csr(g: &QueryGraph, ef: &EdgeFilter) -> (Vec<u32>, Vec<u32>) {
    let n = g.node_count();
    let mut start = Vec::with_capacity(n + 1);
    let mut adj = Vec::new();
    start.push(0u32);
    for v in 0..n as u32 {
        let first = adj.len();
        for a in g.incident(v) {
            if a.node != v && adj.len() > first && adj.last() == Some(&a.node) {
                continue;
            }
            if a.node != v && ef.edge_ok(a.edge) {
                adj.push(a.node);
            }
        }
        start.push(adj.len() as u32);
    }
    (start, adj)
}

/// Number of distinct neighbours of each node over passing edges.
pub fn degree(g: &QueryGraph, ef: &EdgeFilter) -> Vec<f64> {
    (0..g.node_count() as u32)
        .map(|v| {
            let mut last = None;
            let mut d = 0usize;
            for a in g.incident(v) {
                if a.node != v && last != Some(a.node) && ef.edge_ok(a.edge) {
                    d += 1;
                    last = Some(a.node);
                }
            }
            d as f64
        })
        .collect()
}

/// Sum of the weights of each node's passing edges.
pub fn weight(g: &QueryGraph, ef: &EdgeFilter) -> Vec<f64> {
    let mut w = vec![0.0; g.node_count()];
    for (i, e) in g.edges.iter().enumerate() {
        if ef.edge_ok(i as u32) {
            w[e.source as usize] += e.weight as f64;
            if e.target != e.source {
                w[e.target as usize] += e.weight as f64;
            }
        }
    }
    w
}

/// Weighted PageRank ([`crate::graph::metrics::pagerank`]): undirected
/// edges count in both directions, directed ones from source to target.
pub fn pagerank(g: &QueryGraph, ef: &EdgeFilter) -> Vec<f64> {
    let n = g.node_count();
    if n == 0 {
        return Vec::new();
    }
    let mut arcs: Vec<(u32, u32, f64)> = Vec::new();
    for (i, e) in g.edges.iter().enumerate() {
        if e.source == e.target || e.weight == 0 || !ef.edge_ok(i as u32) {
            continue;
        }
        let w = e.weight as f64;
        arcs.push((e.source, e.target, w));
        if !e.directed {
            arcs.push((e.target, e.source, w));
        }
    }
    crate::graph::metrics::pagerank(n, &arcs)
}

/// The passing co-occurrence edges as `(source, target, weight)`, in edge
/// order (the order [`crate::graph::metrics::annotate`] sees them in).
fn cooccurrence(g: &QueryGraph, ef: &EdgeFilter) -> Vec<(u32, u32, f64)> {
    g.edges
        .iter()
        .enumerate()
        .filter(|&(i, e)| {
            e.source != e.target
                && e.weight > 0
                && g.kind_name(e) == crate::graph::COOCCURRENCE
                && ef.edge_ok(i as u32)
        })
        .map(|(_, e)| (e.source, e.target, e.weight as f64))
        .collect()
}

/// Louvain communities of the passing co-occurrence edges
/// ([`crate::graph::metrics::louvain`]): with no filter, the `community`
/// graph.json holds. Community 0 is the largest.
pub fn communities(g: &QueryGraph, ef: &EdgeFilter) -> Vec<u32> {
    crate::graph::metrics::louvain(g.node_count(), &cooccurrence(g, ef))
}

/// Sum of the weights of each node's passing co-occurrence edges.
pub fn cooccurrence_weight(g: &QueryGraph, ef: &EdgeFilter) -> Vec<f64> {
    let mut w = vec![0.0; g.node_count()];
    for (s, t, x) in cooccurrence(g, ef) {
        w[s as usize] += x;
        w[t as usize] += x;
    }
    w
}

/// Betweenness centrality (Brandes) over the simple undirected view,
/// unweighted, each unordered pair counted once. Exact while
/// nodes x adjacency entries stays within [`BETWEENNESS_BUDGET`]; above
/// that it is estimated from evenly spaced source nodes (as many as the
/// budget allows, at least [`MIN_BETWEENNESS_SAMPLES`]) and scaled up. The
/// flag says whether the result is exact.
pub fn betweenness(g: &QueryGraph, ef: &EdgeFilter) -> (Vec<f64>, bool) {
    let n = g.node_count();
    let (start, adj) = simple_csr(g, ef);
    let work = adj.len().max(1);
    let exact = n.saturating_mul(work) <= BETWEENNESS_BUDGET;
    let k = if exact {
        n
    } else {
        (BETWEENNESS_BUDGET / work).clamp(MIN_BETWEENNESS_SAMPLES, n)
    };
    let mut cb = vec![0.0; n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![u32::MAX; n];
    let mut delta = vec![0.0f64; n];
    let mut order: Vec<u32> = Vec::with_capacity(n);
    let around = |v: u32| &adj[start[v as usize] as usize..start[v as usize + 1] as usize];
    for i in 0..k {
        let s = if exact { i } else { i * n / k };
        for &v in &order {
            sigma[v as usize] = 0.0;
            dist[v as usize] = u32::MAX;
            delta[v as usize] = 0.0;
        }
        order.clear();
        sigma[s] = 1.0;
        dist[s] = 0;
        order.push(s as u32);
        // BFS; `order` doubles as the queue and, read backwards, the stack.
        let mut head = 0;
        while let Some(&v) = order.get(head) {
            head += 1;
            let dv = dist[v as usize];
            for &w in around(v) {
                let wi = w as usize;
                if dist[wi] == u32::MAX {
                    dist[wi] = dv + 1;
                    order.push(w);
                }
                if dist[wi] == dv + 1 {
                    sigma[wi] += sigma[v as usize];
                }
            }
        }
        // Predecessors of w are its neighbours one step closer to s.
        for &w in order.iter().rev() {
            let wi = w as usize;
            let dw = dist[wi];
            let coeff = (1.0 + delta[wi]) / sigma[wi];
            for &v in around(w) {
                let vi = v as usize;
                if dist[vi] != u32::MAX && dist[vi] + 1 == dw {
                    delta[vi] += sigma[vi] * coeff;
                }
            }
            if wi != s {
                cb[wi] += delta[wi];
            }
        }
    }
    // Each unordered pair was counted from both ends; sampling covers k of
    // n sources.
    let scale = 0.5 * n as f64 / k.max(1) as f64;
    cb.iter_mut().for_each(|x| *x *= scale);
    (cb, exact)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::{graph_of, tiny};
    use crate::query::Filter;

    fn cooc() -> Filter {
        Filter {
            kinds: vec!["cooccurrence".into()],
            ..Filter::default()
        }
    }

    #[test]
    fn betweenness_on_a_path_graph() {
        let g = tiny();
        let f = cooc();
        let (b, exact) = betweenness(&g, &f.for_graph(&g));
        assert!(exact);
        assert_eq!(b, vec![0.0, 3.0, 4.0, 3.0, 0.0]);
        // With the a-c shortcut, b lies on no shortest path between others.
        let all = Filter::default();
        let (b, _) = betweenness(&g, &all.for_graph(&g));
        assert_eq!(b, vec![0.0, 0.0, 4.0, 3.0, 0.0]);
    }

    #[test]
    fn pagerank_known_values() {
        // Path x-y-z: y = 0.05 + 0.85 (x + z), x = z = 0.05 + 0.425 y,
        // so y = 0.135 / 0.2775 and x = 0.05 + 0.425 y. A bipartite graph
        // oscillates (eigenvalue -0.85), so 100 iterations get ~1e-7 close.
        let g = graph_of(&[
            ("x", "y", "cooccurrence", 2, "2023-01-01"),
            ("y", "z", "cooccurrence", 2, "2023-01-01"),
        ]);
        let f = Filter::default();
        let pr = pagerank(&g, &f.for_graph(&g));
        let y = 0.135 / 0.2775;
        let x = 0.05 + 0.425 * y;
        for (got, want) in pr.iter().zip([x, y, x]) {
            assert!((got - want).abs() < 1e-6, "{pr:?}");
        }
        // Weights steer the flow: the heavier neighbour of the hub ranks higher.
        let g = graph_of(&[
            ("hub", "heavy", "cooccurrence", 9, "2023-01-01"),
            ("hub", "light", "cooccurrence", 1, "2023-01-01"),
        ]);
        let pr = pagerank(&g, &f.for_graph(&g));
        assert!((pr.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(pr[0] > pr[2], "{pr:?}");
        // A directed edge only passes rank forward.
        let g = graph_of(&[("p", "q", "visits", 1, "2023-01-01")]);
        let pr = pagerank(&g, &f.for_graph(&g));
        assert!(pr[1] > pr[0], "{pr:?}");
    }

    #[test]
    fn degree_and_weight_merge_parallel_edges() {
        let g = tiny();
        let f = Filter::default();
        let ef = f.for_graph(&g);
        assert_eq!(degree(&g, &ef), vec![2.0, 2.0, 3.0, 2.0, 1.0]);
        assert_eq!(weight(&g, &ef), vec![2.0, 3.0, 6.0, 7.0, 4.0]);
    }
}
