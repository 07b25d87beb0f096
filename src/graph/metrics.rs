//! Centrality and communities of the co-occurrence graph: degree, weighted
//! degree, PageRank and Louvain communities, written into every node when
//! a graph is assembled ([`annotate`], called by
//! [`KnowledgeGraph::from_data`]), so a build, a merge and a filtered
//! export each describe the graph they write.
//!
//! Everything here is deterministic: nodes are visited in id order, edges
//! in (kind, source, target) order, there is no randomness and no hash map
//! on the way to a result, so the same graph gives bit-identical scores.

use crate::graph::{KnowledgeGraph, COOCCURRENCE};
use serde::{Deserialize, Serialize};

/// PageRank damping factor.
pub const DAMPING: f64 = 0.85;
/// PageRank stops when the L1 change of one iteration falls below this.
pub const TOLERANCE: f64 = 1e-9;
/// PageRank stops after this many iterations at most.
pub const MAX_ITERATIONS: usize = 100;
/// A Louvain move must raise modularity (times 2m) by more than this.
const MIN_GAIN: f64 = 1e-10;
/// Louvain passes over the nodes of one level at most.
const MAX_PASSES: usize = 64;

/// A floating-point score that compares by its bits, so that [`Node`]
/// (and the graph) can stay `Eq`; written to JSON as a plain number.
///
/// [`Node`]: crate::graph::Node
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Score(pub f64);

impl PartialEq for Score {
    fn eq(&self, o: &Score) -> bool {
        self.0.to_bits() == o.0.to_bits()
    }
}

impl Eq for Score {}

/// Weighted PageRank over `n` nodes: each arc `(u, v, w)` passes rank from
/// `u` to `v` in proportion to `w` among `u`'s arcs; nodes without arcs
/// spread theirs evenly. Iterates until the L1 change is below
/// [`TOLERANCE`] or [`MAX_ITERATIONS`]. Ranks sum to 1.
pub fn pagerank(n: usize, arcs: &[(u32, u32, f64)]) -> Vec<f64> {
    if n == 0 {
        return Vec::new();
    }
    let mut out_w = vec![0.0; n];
    for &(u, _, w) in arcs {
        out_w[u as usize] += w;
    }
    // The arcs grouped by target, in their own order within a target (a
    // stable counting sort): each node's new rank is then summed in a
    // register, adding the same terms in the same order as a pass over
    // the arcs in input order would, so every result is bit-identical to
    // that plain loop (a test keeps it as the reference).
    let mut start = vec![0u32; n + 1];
    for &(_, v, _) in arcs {
        start[v as usize + 1] += 1;
    }
    for v in 0..n {
        start[v + 1] += start[v];
    }
    let mut fill = start.clone();
    let mut by_target = vec![(0u32, 0.0f64); arcs.len()];
    for &(u, v, w) in arcs {
        let at = &mut fill[v as usize];
        by_target[*at as usize] = (u, w);
        *at += 1;
    }
    let dangling_nodes: Vec<usize> = (0..n).filter(|&v| out_w[v] == 0.0).collect();
    let nf = n as f64;
    let mut rank = vec![1.0 / nf; n];
    let mut next = vec![0.0; n];
    // DAMPING * rank[u], once a node and iteration: the first product of
    // each arc's term, evaluated as before.
    let mut damped = vec![0.0; n];
    for _ in 0..MAX_ITERATIONS {
        let dangling: f64 = dangling_nodes.iter().map(|&v| rank[v]).sum();
        let base = (1.0 - DAMPING) / nf + DAMPING * dangling / nf;
        for (d, r) in damped.iter_mut().zip(&rank) {
            *d = DAMPING * r;
        }
        for (v, x) in next.iter_mut().enumerate() {
            let mut sum = base;
            for &(u, w) in &by_target[start[v] as usize..start[v + 1] as usize] {
                sum += damped[u as usize] * w / out_w[u as usize];
            }
            *x = sum;
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < TOLERANCE {
            break;
        }
    }
    rank
}

/// Louvain communities (Blondel et al. 2008) of an undirected weighted
/// graph of `n` nodes given as edges `(u, v, w)` (self-loops allowed,
/// parallel edges add up). Deterministic: nodes are visited in index order
/// and a node moves only for a strictly better gain, candidate
/// communities tried in index order. Returns each node's community, numbered by size
/// (largest first), ties by smallest member; a node without edges is a
/// community of its own.
pub fn louvain(n: usize, edges: &[(u32, u32, f64)]) -> Vec<u32> {
    let mut member: Vec<u32> = (0..n as u32).collect();
    let mut level = Level::new(n, edges);
    loop {
        let (comm, moved) = level.one_level();
        if !moved {
            break;
        }
        // Renumber in order of first appearance, then fold nodes into
        // their communities.
        let mut renum = vec![u32::MAX; level.n];
        let mut k = 0u32;
        for &c in &comm {
            if renum[c as usize] == u32::MAX {
                renum[c as usize] = k;
                k += 1;
            }
        }
        let comm: Vec<u32> = comm.iter().map(|&c| renum[c as usize]).collect();
        for m in &mut member {
            *m = comm[*m as usize];
        }
        level = level.aggregate(&comm, k as usize);
    }
    number_by_size(&member)
}

/// Community ids renumbered by size (descending), ties by smallest member.
fn number_by_size(member: &[u32]) -> Vec<u32> {
    let k = member.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
    let mut size = vec![0usize; k];
    let mut first = vec![usize::MAX; k];
    for (i, &c) in member.iter().enumerate() {
        size[c as usize] += 1;
        first[c as usize] = first[c as usize].min(i);
    }
    let mut order: Vec<usize> = (0..k).filter(|&c| size[c] > 0).collect();
    order.sort_by(|&a, &b| size[b].cmp(&size[a]).then(first[a].cmp(&first[b])));
    let mut id = vec![0u32; k];
    for (rank, &c) in order.iter().enumerate() {
        id[c] = rank as u32;
    }
    member.iter().map(|&c| id[c as usize]).collect()
}

/// One level of the Louvain hierarchy: a weighted graph with self-loops.
struct Level {
    n: usize,
    /// Edges between distinct nodes, `u < v`, merged.
    edges: Vec<(u32, u32, f64)>,
    /// Self-loop weight of each node.
    loops: Vec<f64>,
}

impl Level {
    fn new(n: usize, raw: &[(u32, u32, f64)]) -> Level {
        let mut loops = vec![0.0; n];
        let mut edges = Vec::with_capacity(raw.len());
        for &(u, v, w) in raw {
            if (u as usize) >= n || (v as usize) >= n || w <= 0.0 {
                continue;
            }
            if u == v {
                loops[u as usize] += w;
            } else {
                edges.push((u.min(v), u.max(v), w));
            }
        }
        Level {
            n,
            edges: merge_parallel(edges),
            loops,
        }
    }

    /// Moves nodes between communities until no move gains; returns each
    /// node's community and whether any node moved.
    fn one_level(&self) -> (Vec<u32>, bool) {
        let n = self.n;
        // Adjacency (CSR), neighbours in index order.
        let mut deg = vec![0usize; n + 1];
        for &(u, v, _) in &self.edges {
            deg[u as usize + 1] += 1;
            deg[v as usize + 1] += 1;
        }
        for i in 0..n {
            deg[i + 1] += deg[i];
        }
        let start = deg;
        let mut fill = start.clone();
        let mut adj = vec![(0u32, 0.0f64); start[n]];
        for &(u, v, w) in &self.edges {
            adj[fill[u as usize]] = (v, w);
            fill[u as usize] += 1;
            adj[fill[v as usize]] = (u, w);
            fill[v as usize] += 1;
        }
        let k: Vec<f64> = (0..n)
            .map(|i| {
                adj[start[i]..start[i + 1]].iter().map(|a| a.1).sum::<f64>() + 2.0 * self.loops[i]
            })
            .collect();
        let m2: f64 = k.iter().sum();
        let mut comm: Vec<u32> = (0..n as u32).collect();
        if m2 <= 0.0 {
            return (comm, false);
        }
        let mut tot = k.clone();
        let mut w_to = vec![0.0f64; n];
        let mut touched: Vec<u32> = Vec::new();
        let mut moved_any = false;
        for _ in 0..MAX_PASSES {
            let mut moved = false;
            for i in 0..n {
                let old = comm[i];
                for &c in &touched {
                    w_to[c as usize] = 0.0;
                }
                touched.clear();
                touched.push(old);
                for &(j, w) in &adj[start[i]..start[i + 1]] {
                    let c = comm[j as usize];
                    if w_to[c as usize] == 0.0 && c != old {
                        touched.push(c);
                    }
                    w_to[c as usize] += w;
                }
                tot[old as usize] -= k[i];
                let gain = |c: u32| w_to[c as usize] - tot[c as usize] * k[i] / m2;
                let mut best = old;
                let mut best_gain = gain(old);
                touched.sort_unstable();
                for &c in &touched {
                    let g = gain(c);
                    if g > best_gain + MIN_GAIN {
                        best = c;
                        best_gain = g;
                    }
                }
                tot[best as usize] += k[i];
                if best != old {
                    comm[i] = best;
                    moved = true;
                    moved_any = true;
                }
            }
            if !moved {
                break;
            }
        }
        (comm, moved_any)
    }

    /// The graph of communities: one node per community, internal weight
    /// as self-loops.
    fn aggregate(&self, comm: &[u32], k: usize) -> Level {
        let mut loops = vec![0.0; k];
        for (i, &w) in self.loops.iter().enumerate() {
            loops[comm[i] as usize] += w;
        }
        let mut edges = Vec::with_capacity(self.edges.len());
        for &(u, v, w) in &self.edges {
            let (a, b) = (comm[u as usize], comm[v as usize]);
            if a == b {
                loops[a as usize] += w;
            } else {
                edges.push((a.min(b), a.max(b), w));
            }
        }
        Level {
            n: k,
            edges: merge_parallel(edges),
            loops,
        }
    }
}

/// Sorts edges by endpoints and adds up parallel ones.
fn merge_parallel(mut edges: Vec<(u32, u32, f64)>) -> Vec<(u32, u32, f64)> {
    edges.sort_by_key(|e| (e.0, e.1));
    let mut out: Vec<(u32, u32, f64)> = Vec::with_capacity(edges.len());
    for (u, v, w) in edges {
        match out.last_mut() {
            Some(last) if last.0 == u && last.1 == v => last.2 += w,
            _ => out.push((u, v, w)),
        }
    }
    out
}

/// Modularity of a partition of an undirected weighted graph (for tests
/// and reports): `Σ_c [in_c / 2m − (tot_c / 2m)²]`.
pub fn modularity(n: usize, edges: &[(u32, u32, f64)], comm: &[u32]) -> f64 {
    let k = comm.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
    let (mut inside, mut tot) = (vec![0.0; k], vec![0.0; k]);
    let mut m2 = 0.0;
    for &(u, v, w) in edges {
        if (u as usize) >= n || (v as usize) >= n {
            continue;
        }
        let (cu, cv) = (comm[u as usize] as usize, comm[v as usize] as usize);
        tot[cu] += w;
        tot[cv] += w;
        m2 += 2.0 * w;
        if cu == cv {
            inside[cu] += 2.0 * w;
        }
    }
    if m2 == 0.0 {
        return 0.0;
    }
    (0..k).map(|c| inside[c] / m2 - (tot[c] / m2).powi(2)).sum()
}

/// The co-occurrence edges of a graph as `(source, target, weight)` over
/// node indices (id order), in edge order; zero weights and self-loops
/// are kept out.
pub fn cooccurrence_edges(kg: &KnowledgeGraph) -> Vec<(u32, u32, u64)> {
    let g = &kg.graph;
    g.raw_edges()
        .iter()
        .filter(|e| e.weight.kind == COOCCURRENCE && e.weight.weight > 0)
        .filter(|e| e.source() != e.target())
        .map(|e| {
            (
                e.source().index() as u32,
                e.target().index() as u32,
                e.weight.weight,
            )
        })
        .collect()
}

/// Writes degree, weighted degree, PageRank (rounded to 12 decimals) and
/// community into every node,
/// all computed on the co-occurrence edges (undirected, weighted): what
/// `gazegraph top --by degree|weight|pagerank --kind cooccurrence` and
/// `top --by community` compute.
pub fn annotate(kg: &mut KnowledgeGraph) {
    let n = kg.graph.node_count();
    let edges = cooccurrence_edges(kg);
    let mut degree = vec![0u64; n];
    let mut weighted = vec![0u64; n];
    let mut arcs = Vec::with_capacity(2 * edges.len());
    // Co-occurrence edges join distinct pairs once: one per neighbour.
    for &(u, v, w) in &edges {
        degree[u as usize] += 1;
        degree[v as usize] += 1;
        weighted[u as usize] = weighted[u as usize].saturating_add(w);
        weighted[v as usize] = weighted[v as usize].saturating_add(w);
        arcs.push((u, v, w as f64));
        arcs.push((v, u, w as f64));
    }
    let pr = pagerank(n, &arcs);
    let undirected: Vec<(u32, u32, f64)> =
        edges.iter().map(|&(u, v, w)| (u, v, w as f64)).collect();
    let comm = louvain(n, &undirected);
    for (i, node) in kg.graph.node_weights_mut().enumerate() {
        node.degree = degree[i];
        node.weighted_degree = weighted[i];
        // Rounded to 12 decimals: m / 10^12 with m < 2^53 reads back from
        // JSON as exactly the same double (a longer form may not, which
        // would make a graph read from disk differ from the one written).
        let p = pr.get(i).copied().unwrap_or(0.0);
        node.pagerank = Score((p * 1e12).round() / 1e12);
        node.community = comm.get(i).copied().unwrap_or(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two 4-cliques joined by one light edge, plus an isolated node.
    fn two_cliques() -> (usize, Vec<(u32, u32, f64)>) {
        let mut e = Vec::new();
        for base in [0u32, 4] {
            for a in 0..4 {
                for b in a + 1..4 {
                    e.push((base + a, base + b, 3.0));
                }
            }
        }
        e.push((3, 4, 1.0));
        (9, e)
    }

    #[test]
    fn louvain_finds_two_cliques() {
        let (n, e) = two_cliques();
        let c = louvain(n, &e);
        assert_eq!(c, vec![0, 0, 0, 0, 1, 1, 1, 1, 2]);
        let q = modularity(n, &e, &c);
        assert!(q > 0.4, "{q}");
        // No single move raises modularity.
        for i in 0..8 {
            let mut moved = c.clone();
            moved[i] = 1 - c[i];
            assert!(modularity(n, &e, &moved) < q);
        }
    }

    #[test]
    fn louvain_is_deterministic_and_ignores_edge_order() {
        let (n, mut e) = two_cliques();
        let a = louvain(n, &e);
        e.reverse();
        assert_eq!(louvain(n, &e), a);
        // Ring of cliques: each clique its own community.
        let mut ring = Vec::new();
        for k in 0..6u32 {
            let b = 3 * k;
            ring.extend([(b, b + 1, 1.0), (b + 1, b + 2, 1.0), (b, b + 2, 1.0)]);
            ring.push((b + 2, (b + 3) % 18, 0.1));
        }
        let c = louvain(18, &ring);
        assert_eq!(c.iter().max(), Some(&5), "{c:?}");
        for k in 0..6 {
            assert_eq!(c[3 * k], c[3 * k + 1]);
            assert_eq!(c[3 * k], c[3 * k + 2]);
        }
    }

    #[test]
    fn louvain_edge_cases() {
        assert!(louvain(0, &[]).is_empty());
        assert_eq!(louvain(3, &[]), vec![0, 1, 2]);
        // Self-loops and out-of-range edges do not break it.
        assert_eq!(louvain(2, &[(0, 0, 1.0), (0, 5, 1.0)]), vec![0, 1]);
        assert_eq!(louvain(2, &[(0, 1, 1.0), (1, 0, 1.0)]), vec![0, 0]);
    }

    /// The plain loop [`pagerank`] must equal bit for bit.
    fn pagerank_reference(n: usize, arcs: &[(u32, u32, f64)]) -> Vec<f64> {
        if n == 0 {
            return Vec::new();
        }
        let mut out_w = vec![0.0; n];
        for &(u, _, w) in arcs {
            out_w[u as usize] += w;
        }
        let nf = n as f64;
        let mut rank = vec![1.0 / nf; n];
        let mut next = vec![0.0; n];
        for _ in 0..MAX_ITERATIONS {
            let dangling: f64 = (0..n).filter(|&v| out_w[v] == 0.0).map(|v| rank[v]).sum();
            let base = (1.0 - DAMPING) / nf + DAMPING * dangling / nf;
            next.iter_mut().for_each(|x| *x = base);
            for &(u, v, w) in arcs {
                next[v as usize] += DAMPING * rank[u as usize] * w / out_w[u as usize];
            }
            let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
            std::mem::swap(&mut rank, &mut next);
            if change < TOLERANCE {
                break;
            }
        }
        rank
    }

    #[test]
    fn pagerank_equals_the_plain_loop_bit_for_bit() {
        // A fixed pseudo-random graph: arcs in no order, repeated pairs,
        // self-loops, directed arcs, dangling and isolated nodes.
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for n in [1usize, 2, 7, 60, 300] {
            let arcs: Vec<(u32, u32, f64)> = (0..5 * n)
                .map(|_| {
                    let u = (next() % n as u64) as u32;
                    let v = (next() % n as u64) as u32;
                    (u, v, (1 + next() % 40) as f64)
                })
                .filter(|&(u, _, _)| u as usize % 5 != 1)
                .collect();
            let (a, b) = (pagerank(n, &arcs), pagerank_reference(n, &arcs));
            let bits = |r: &[f64]| r.iter().map(|f| f.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&a), bits(&b), "n = {n}");
        }
        let (n, e) = two_cliques();
        assert_eq!(pagerank(n, &e), pagerank_reference(n, &e));
    }

    #[test]
    fn pagerank_sums_to_one() {
        let pr = pagerank(3, &[(0, 1, 1.0), (1, 0, 1.0)]);
        assert!((pr.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(pr[0] > pr[2] && (pr[0] - pr[1]).abs() < 1e-12);
        assert!(pagerank(0, &[]).is_empty());
    }
}
