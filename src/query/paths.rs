//! Neighbourhoods and shortest paths over the undirected view of the graph
//! (every edge usable both ways), honouring a [`EdgeFilter`].

use super::filter::EdgeFilter;
use super::QueryGraph;
use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap};

/// Marks an unreached node.
const NONE: u32 = u32::MAX;

/// One entity of a neighbourhood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Neighbor {
    /// The entity.
    pub node: u32,
    /// Hops from the centre (1 = direct neighbour).
    pub hops: usize,
    /// Total weight of the edges linking it to the previous hop.
    pub weight: u64,
    /// Those edges, heaviest first.
    pub edges: Vec<u32>,
    /// For hops > 1: the previous-hop entity it is most strongly linked to.
    pub via: Option<u32>,
}

/// Per node of a layer: total weight, linking edges, weight per via node.
type LayerAcc = (u64, Vec<u32>, BTreeMap<u32, u64>);

/// The entities within `depth` hops of `center`, ranked by hops, then
/// weight (descending), then id. Entities failing the type filter are
/// neither listed nor passed through.
pub fn neighborhood(g: &QueryGraph, ef: &EdgeFilter, center: u32, depth: usize) -> Vec<Neighbor> {
    let mut seen = vec![false; g.node_count()];
    if let Some(s) = seen.get_mut(center as usize) {
        *s = true;
    }
    let mut frontier = vec![center];
    let mut out = Vec::new();
    for hops in 1..=depth {
        // node -> (weight, edges, per-via weights); a BTreeMap keeps the
        // layer's order deterministic.
        let mut layer: BTreeMap<u32, LayerAcc> = BTreeMap::new();
        for &f in &frontier {
            for a in g.incident(f) {
                if seen[a.node as usize] || !ef.node_ok(a.node) || !ef.edge_ok(a.edge) {
                    continue;
                }
                let w = g.edges[a.edge as usize].weight;
                let acc = layer.entry(a.node).or_default();
                acc.0 += w;
                acc.1.push(a.edge);
                *acc.2.entry(f).or_default() += w;
            }
        }
        if layer.is_empty() {
            break;
        }
        frontier = layer.keys().copied().collect();
        for (node, (weight, mut edges, vias)) in layer {
            seen[node as usize] = true;
            edges.sort_by_key(|&e| (Reverse(g.edges[e as usize].weight), e));
            edges.dedup();
            let via = (hops > 1)
                .then(|| vias.iter().max_by_key(|(n, w)| (**w, Reverse(**n))))
                .flatten()
                .map(|(n, _)| *n);
            out.push(Neighbor {
                node,
                hops,
                weight,
                edges,
                via,
            });
        }
    }
    // Nodes are in id order, so the index breaks ties by id.
    out.sort_by_key(|a| (a.hops, Reverse(a.weight), a.node));
    out
}

/// One step of a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hop {
    /// From this entity.
    pub from: u32,
    /// To this entity.
    pub to: u32,
    /// The heaviest passing edge between them.
    pub edge: u32,
}

/// The passing edges between `a` and `b` (either direction), in edge order.
pub fn edges_between(g: &QueryGraph, ef: &EdgeFilter, a: u32, b: u32) -> Vec<u32> {
    let inc = g.incident(a);
    let lo = inc.partition_point(|x| x.node < b);
    inc[lo..]
        .iter()
        .take_while(|x| x.node == b)
        .map(|x| x.edge)
        .filter(|&e| ef.edge_ok(e))
        .collect()
}

/// The heaviest passing edge between two nodes (lowest index on ties).
fn best_edge(g: &QueryGraph, ef: &EdgeFilter, a: u32, b: u32) -> Option<u32> {
    edges_between(g, ef, a, b)
        .into_iter()
        .max_by_key(|&e| (g.edges[e as usize].weight, Reverse(e)))
}

/// Turns a parent chain ending at `b` into hops from `a`.
fn unwind(g: &QueryGraph, ef: &EdgeFilter, parent: &[u32], a: u32, b: u32) -> Option<Vec<Hop>> {
    let mut nodes = vec![b];
    let mut v = b;
    while v != a {
        v = *parent.get(v as usize)?;
        if v == NONE {
            return None;
        }
        nodes.push(v);
    }
    nodes.reverse();
    nodes
        .windows(2)
        .map(|w| {
            Some(Hop {
                from: w[0],
                to: w[1],
                edge: best_edge(g, ef, w[0], w[1])?,
            })
        })
        .collect()
}

/// The shortest path from `a` to `b` by number of hops (BFS; neighbours
/// visited in id order, so ties resolve deterministically). `None` when
/// `b` cannot be reached; an empty path when `a == b`.
pub fn shortest_path(g: &QueryGraph, ef: &EdgeFilter, a: u32, b: u32) -> Option<Vec<Hop>> {
    let mut parent = vec![NONE; g.node_count()];
    *parent.get_mut(a as usize)? = a;
    let mut queue = std::collections::VecDeque::from([a]);
    while let Some(u) = queue.pop_front() {
        if u == b {
            return unwind(g, ef, &parent, a, b);
        }
        for x in g.incident(u) {
            if parent[x.node as usize] != NONE || !ef.edge_ok(x.edge) {
                continue;
            }
            if x.node != b && !ef.node_ok(x.node) {
                continue;
            }
            parent[x.node as usize] = u;
            queue.push_back(x.node);
        }
    }
    None
}

/// A Dijkstra queue entry, ordered by cost then node (min-heap via Reverse).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Entry(f64, u32);

impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0).then(self.1.cmp(&other.1))
    }
}

/// The cheapest path from `a` to `b` where an edge of weight w costs 1/w,
/// so strongly attested links are preferred. Returns the hops and the
/// total cost; `None` when `b` cannot be reached.
pub fn weighted_path(g: &QueryGraph, ef: &EdgeFilter, a: u32, b: u32) -> Option<(Vec<Hop>, f64)> {
    let n = g.node_count();
    let mut dist = vec![f64::INFINITY; n];
    let mut parent = vec![NONE; n];
    *dist.get_mut(a as usize)? = 0.0;
    parent[a as usize] = a;
    let mut heap = BinaryHeap::from([Reverse(Entry(0.0, a))]);
    while let Some(Reverse(Entry(d, u))) = heap.pop() {
        if d > dist[u as usize] {
            continue;
        }
        if u == b {
            return Some((unwind(g, ef, &parent, a, b)?, d));
        }
        for x in g.incident(u) {
            if x.node != b && !ef.node_ok(x.node) {
                continue;
            }
            let w = g.edges[x.edge as usize].weight;
            let cost = d + if w > 0 { 1.0 / w as f64 } else { 1.0 };
            if cost < dist[x.node as usize] && ef.edge_ok(x.edge) {
                dist[x.node as usize] = cost;
                parent[x.node as usize] = u;
                heap.push(Reverse(Entry(cost, x.node)));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::tiny;
    use crate::query::Filter;

    fn names(g: &QueryGraph, hops: &[Hop]) -> String {
        let id = |n: u32| g.node(n).unwrap().id.clone();
        let mut s: Vec<String> = hops.iter().map(|h| id(h.from)).collect();
        if let Some(h) = hops.last() {
            s.push(id(h.to));
        }
        s.join("-")
    }

    #[test]
    fn bfs_takes_fewest_hops_and_dijkstra_heaviest_links() {
        let g = tiny();
        let f = Filter::default();
        let ef = f.for_graph(&g);
        // a-c (meets, weight 1) is one hop; a-b-c costs 1/1 + 1/2 = 1.5 > 1.
        assert_eq!(names(&g, &shortest_path(&g, &ef, 0, 3).unwrap()), "a-c-d");
        let (hops, cost) = weighted_path(&g, &ef, 0, 4).unwrap();
        assert_eq!(names(&g, &hops), "a-c-d-e");
        assert!((cost - (1.0 + 1.0 / 3.0 + 0.25)).abs() < 1e-12);
        // Reversed direction works too (edges are used both ways).
        assert_eq!(names(&g, &shortest_path(&g, &ef, 4, 0).unwrap()), "e-d-c-a");
        assert_eq!(shortest_path(&g, &ef, 2, 2), Some(vec![]));
    }

    #[test]
    fn filters_cut_paths() {
        let g = tiny();
        let f = Filter {
            min_weight: Some(2.0),
            ..Filter::default()
        };
        let ef = f.for_graph(&g);
        assert_eq!(shortest_path(&g, &ef, 0, 4), None);
        assert_eq!(weighted_path(&g, &ef, 0, 4), None);
        assert!(shortest_path(&g, &ef, 1, 4).is_some());
    }

    #[test]
    fn neighborhood_ranks_by_hops_then_weight() {
        let g = tiny();
        let f = Filter::default();
        let ef = f.for_graph(&g);
        let n = neighborhood(&g, &ef, 2, 2);
        let id = |n: u32| g.node(n).unwrap().id.clone();
        let got: Vec<(String, usize, u64, Option<String>)> = n
            .iter()
            .map(|x| (id(x.node), x.hops, x.weight, x.via.map(id)))
            .collect();
        assert_eq!(
            got,
            vec![
                ("d".into(), 1, 3, None),
                ("b".into(), 1, 2, None),
                ("a".into(), 1, 1, None),
                ("e".into(), 2, 4, Some("d".into()))
            ]
        );
        assert_eq!(neighborhood(&g, &ef, 2, 1).len(), 3);
    }
}
