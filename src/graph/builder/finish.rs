//! The builder's final phase: capped lists sorted and cut, document
//! metadata walked once more from the caller's spool, the graph assembled.

use super::acc::*;
use super::GraphBuilder;
use crate::graph::idset::IdSet;
use crate::graph::ledger::id_hash;
use crate::graph::{DocInfo, Edge, EdgeRecord, GraphData, KnowledgeGraph, Node, FORMAT};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

impl GraphBuilder<'_> {
    /// Cuts every list to its cap, for good.
    fn compact_all(&mut self) {
        for n in &mut self.nodes {
            n.docs.compact(MAX_NODE_DOCS);
        }
        let max = self.max_evidence;
        for e in self.edges.values_mut() {
            e.evidence.compact(max);
        }
    }

    /// The finished graph, with entity data from `gaz` and `documents`:
    /// the metadata of every document added (the graph keeps those its
    /// lists refer to).
    pub fn finish(self, documents: Vec<DocInfo>) -> KnowledgeGraph {
        let done: Result<_, std::convert::Infallible> = self.finish_with(|keep| {
            Ok(documents
                .into_iter()
                .filter(|d| keep(&d.id).is_some())
                .collect::<Vec<_>>())
        });
        match done {
            Ok((mut g, docs)) => {
                g.documents = docs;
                g.documents.sort();
                g
            }
            Err(e) => match e {},
        }
    }

    /// The finished graph, with entity data from `gaz` but no document
    /// metadata, and what `index` makes of it. `index` walks the metadata
    /// of every document added (a build's spool, see
    /// [`crate::graph::spool::MetaSpool::index`]) and asks `keep` about each id:
    /// `keep` names the documents graph.json lists (those the evidence and
    /// node document lists refer to), returning the id string the graph
    /// shares, or `None` for the others.
    ///
    /// # Errors
    /// Returns the error of `index`.
    pub fn finish_with<D, E>(
        mut self,
        index: impl FnOnce(&mut dyn FnMut(&str) -> Option<Arc<str>>) -> Result<D, E>,
    ) -> Result<(KnowledgeGraph, D), E> {
        self.compact_all();
        // The duplicate check (20 bytes a document) and the text interner
        // are done with: free them before the graph is built, where a
        // large build peaks.
        let document_count = self.seen.len() as u64;
        self.seen = IdSet::default();
        self.texts = HashSet::default();
        // Evidence names its documents; node lists hold keys, named by
        // the ids `index` walks past.
        let mut evidence_ids: HashSet<Arc<str>, Fixed> = HashSet::default();
        let mut last: Option<&Arc<DocKey>> = None;
        for e in self.edges.values() {
            for ev in e.evidence.iter() {
                // Neighbouring items often share their document.
                if last.is_some_and(|l| Arc::ptr_eq(l, &ev.doc)) {
                    continue;
                }
                last = Some(&ev.doc);
                evidence_ids.insert(ev.doc.id.clone());
            }
        }
        evidence_ids.extend(self.negated.iter().map(|r| r.evidence.doc.clone()));
        let mut named: HashMap<(u64, u32), Option<Arc<str>>, Fixed> = HashMap::default();
        for n in &self.nodes {
            named.extend(n.docs.iter().map(|k| (k.doc(), None)));
        }
        let docs = index(&mut |id: &str| {
            let shared = evidence_ids.get(id).cloned();
            let h = id_hash(id);
            let k = NodeDocKey::hashed(h, None).doc();
            match named.get_mut(&k) {
                Some(slot) => {
                    let id = slot
                        .get_or_insert_with(|| shared.unwrap_or_else(|| Arc::from(id)))
                        .clone();
                    Some(id)
                }
                None => shared,
            }
        })?;
        drop(evidence_ids);
        let gaz = self.gaz;
        let id_of = |e: u32| gaz.entities.get(e as usize).map(|x| x.id.clone());
        // Nodes and edges are made in the order `KnowledgeGraph::from_data`
        // sorts them to (ids, and kind, source and target as strings; ids
        // are unique): its stable sort then finds one sorted run, where it
        // compared strings n log n times in the serial tail of a build. The
        // order comes from integers: each entity's rank by id, found once.
        let rank = self.id_ranks();
        let rank_of = |e: u32| rank.get(e as usize).copied().unwrap_or(u32::MAX);
        self.nodes.sort_unstable_by_key(|n| rank_of(n.entity));
        let mut nodes = Vec::with_capacity(self.nodes.len());
        for acc in self.nodes {
            let Some(ent) = gaz.entities.get(acc.entity as usize) else {
                continue;
            };
            nodes.push(Node {
                id: ent.id.clone(),
                name: ent.name.clone(),
                etype: ent.etype,
                qid: ent.qid.clone(),
                aliases: ent.full_names().to_vec(),
                mentions: acc.mentions,
                documents: acc.documents,
                surface: acc.surface,
                docs: {
                    let mut ids: Vec<Arc<str>> = acc
                        .docs
                        .into_vec(MAX_NODE_DOCS)
                        .into_iter()
                        .filter_map(|k| named.get(&k.doc()).cloned().flatten())
                        .collect();
                    ids.sort_unstable();
                    ids
                },
                first_seen: acc.first_seen.map(|d| d.to_string()),
                last_seen: acc.last_seen.map(|d| d.to_string()),
                degree: 0,
                weighted_degree: 0,
                pagerank: Default::default(),
                community: 0,
            });
        }
        let krank = |k: u32| self.kind_rank.get(k as usize).copied().unwrap_or(u32::MAX);
        let mut sorted: Vec<_> = self
            .edges
            .into_iter()
            .map(|((k, a, b), acc)| ((krank(k), rank_of(a), rank_of(b)), (k, a, b), acc))
            .collect();
        sorted.sort_unstable_by_key(|x| x.0);
        drop(rank);
        let mut edges = Vec::with_capacity(sorted.len());
        for (_, (k, a, b), acc) in sorted {
            let (Some(source), Some(target), Some(kind)) =
                (id_of(a), id_of(b), self.kinds.get(k as usize))
            else {
                continue;
            };
            edges.push(EdgeRecord {
                source,
                target,
                edge: Edge {
                    kind: kind.clone(),
                    directed: acc.directed,
                    weight: acc.weight,
                    weight_by_date: acc
                        .by_date
                        .into_iter()
                        .map(|(d, n)| (unpack_date(d), n))
                        .collect(),
                    evidence: acc
                        .evidence
                        .into_vec(self.max_evidence)
                        .into_iter()
                        .map(Ev::into_evidence)
                        .collect(),
                },
            });
        }
        let negated: Vec<_> = self
            .negated
            .into_iter()
            .filter_map(|r| {
                Some(crate::graph::NegatedRelation {
                    kind: r.kind,
                    source: id_of(r.source)?,
                    target: id_of(r.target)?,
                    evidence: r.evidence,
                })
            })
            .collect();
        let data = GraphData {
            format: FORMAT.to_string(),
            window: self.window,
            evidence_limit: if self.max_evidence == usize::MAX {
                0
            } else {
                self.max_evidence as u64
            },
            document_count,
            documents: Vec::new(),
            nodes,
            edges,
            negated,
        };
        Ok((KnowledgeGraph::from_data(data).0, docs))
    }

    /// The rank by id of every entity that is a node or an edge's
    /// endpoint, by entity index (`u32::MAX` for the others).
    fn id_ranks(&self) -> Vec<u32> {
        let mut ents: Vec<u32> = self.nodes.iter().map(|n| n.entity).collect();
        ents.extend(self.edges.keys().flat_map(|&(_, a, b)| [a, b]));
        ents.sort_unstable();
        ents.dedup();
        ents.sort_unstable_by(|&x, &y| self.eid(x).cmp(self.eid(y)));
        let mut rank = vec![u32::MAX; self.gaz.entities.len()];
        for (r, &e) in ents.iter().enumerate() {
            if let Some(x) = rank.get_mut(e as usize) {
                *x = r as u32;
            }
        }
        rank
    }
}
