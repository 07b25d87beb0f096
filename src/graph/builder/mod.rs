//! Folds analysed documents into a [`KnowledgeGraph`].
//!
//! Counts are exact; evidence lists and per-node document lists are capped,
//! keeping the smallest items in a fixed order (evidence by date, document,
//! sentence; node documents by [`NodeDocKey`]: earliest first), so the
//! result does not depend on the order documents arrive in.

use crate::analyse::pipeline::{DocOutput, RelationEdge};
use crate::base::types::{Modality, Window};
use crate::gazetteer::Gazetteer;
use crate::graph::idset::IdSet;
use crate::graph::ledger::id_hash;
use crate::graph::COOCCURRENCE;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

/// Interned texts are pruned when their number doubles, from this many.
const PRUNE_MIN: usize = 4096;

/// Index of [`COOCCURRENCE`] in [`GraphBuilder::kinds`].
const COOC_KIND: u32 = 0;

/// Accumulates documents into a graph.
///
/// Memory does not grow with the corpus beyond a 128-bit hash of each
/// document id (for the duplicate check): evidence and node document
/// lists are kept capped at all times, and document metadata is not kept
/// at all: the caller streams it to a spool and walks it again in
/// [`GraphBuilder::finish_with`].
#[derive(Debug)]
pub struct GraphBuilder<'g> {
    gaz: &'g Gazetteer,
    window: Window,
    max_evidence: usize,
    seen: IdSet,
    texts_prune_at: usize,
    /// Interned evidence sentences: one copy per distinct text.
    texts: HashSet<Arc<str>, Fixed>,
    /// Slot in `nodes` of each entity index (`u32::MAX`: none yet): a
    /// direct lookup, 4 bytes per gazetteer entity.
    slot: Vec<u32>,
    nodes: Vec<NodeAcc>,
    /// Edge kinds met so far; [`COOCCURRENCE`] first.
    kinds: Vec<String>,
    /// Rank of each kind in string order (ledger lines sort by it).
    kind_rank: Vec<u32>,
    /// Edges by (kind index, source, target).
    edges: HashMap<(u32, u32, u32), EdgeAcc, Fixed>,
    negated: Vec<RelationEdge>,
    /// Scratch for one document's ledger line: entity indexes, edge
    /// shares (kind index, source, target) and the line itself.
    line_entities: Vec<u32>,
    line_edges: Vec<(u32, u32, u32)>,
    line_local: Vec<u32>,
    line_rank: Vec<(u32, u32)>,
    line_keyed: Vec<EdgeKey>,
    line: Vec<u8>,
}

impl<'g> GraphBuilder<'g> {
    /// An empty builder over entities of `gaz`; `max_evidence` 0 keeps all
    /// evidence.
    pub fn new(gaz: &'g Gazetteer, window: Window, max_evidence: usize) -> GraphBuilder<'g> {
        GraphBuilder {
            gaz,
            window,
            max_evidence: if max_evidence == 0 {
                usize::MAX
            } else {
                max_evidence
            },
            seen: IdSet::default(),
            texts_prune_at: PRUNE_MIN,
            texts: HashSet::default(),
            slot: vec![u32::MAX; gaz.entities.len()],
            nodes: Vec::new(),
            kinds: vec![COOCCURRENCE.to_string()],
            kind_rank: vec![0],
            edges: HashMap::default(),
            negated: Vec::new(),
            line_entities: Vec::new(),
            line_edges: Vec::new(),
            line_local: Vec::new(),
            line_rank: Vec::new(),
            line_keyed: Vec::new(),
            line: Vec::new(),
        }
    }

    /// Number of documents folded in so far.
    pub fn documents(&self) -> usize {
        self.seen.len()
    }

    /// Folds one document in, with its relation instances, and returns
    /// what it contributed: its ledger line (see [`crate::graph::ledger`]), with
    /// the trailing newline. Returns `None`, and changes nothing, when a
    /// document with the same id was already added: a document is
    /// counted once.
    pub fn add(&mut self, doc: &DocOutput) -> Option<&[u8]> {
        let id_hash = id_hash(&doc.info.id);
        if !self.seen.insert(id_hash) {
            return None;
        }
        // The shared document half of this document's evidence, made on
        // first use.
        let mut key: Option<Arc<DocKey>> = None;
        self.line_entities.clear();
        self.line_edges.clear();
        let mut referenced = self.fold_entities(doc, id_hash);
        referenced |= self.fold_pairs(doc, &mut key);
        referenced |= self.fold_relations(doc, &mut key);
        if referenced && self.texts.len() >= self.texts_prune_at {
            self.prune();
        }
        self.write_line(&doc.info, doc);
        Some(&self.line)
    }

    /// Adds one document's entity counts to their nodes. Returns whether a
    /// node's document list now refers to the document.
    fn fold_entities(&mut self, doc: &DocOutput, id_hash: u128) -> bool {
        let date = doc.date.as_ref();
        let node_key = NodeDocKey::hashed(id_hash, date.map(|d| &**d));
        let mut referenced = false;
        for (&e, count) in &doc.entities {
            let n = match self.slot.get(e as usize) {
                Some(&i) if i != u32::MAX => self.nodes.get_mut(i as usize),
                Some(_) => {
                    let i = self.nodes.len() as u32;
                    if let Some(s) = self.slot.get_mut(e as usize) {
                        *s = i;
                    }
                    self.nodes.push(NodeAcc {
                        entity: e,
                        mentions: 0,
                        documents: 0,
                        surface: BTreeMap::new(),
                        docs: Capped::default(),
                        first_seen: None,
                        last_seen: None,
                    });
                    self.nodes.last_mut()
                }
                // Not a gazetteer entity: nothing to attach it to.
                None => None,
            };
            let Some(n) = n else {
                continue;
            };
            n.mentions += count.mentions;
            n.documents += 1;
            for (s, c) in &count.surface {
                match n.surface.get_mut(s) {
                    Some(v) => *v += c,
                    None => {
                        n.surface.insert(s.clone(), *c);
                    }
                }
            }
            // A document equal to the bound is already listed.
            referenced |= n.docs.offer(
                MAX_NODE_DOCS,
                NODE_DOCS_SLACK,
                |b| *b <= node_key,
                || node_key,
            );
            self.line_entities.push(e);
            if let Some(d) = date {
                if n.first_seen.as_ref().is_none_or(|f| d < f) {
                    n.first_seen = Some(d.clone());
                }
                if n.last_seen.as_ref().is_none_or(|l| d > l) {
                    n.last_seen = Some(d.clone());
                }
            }
        }
        referenced
    }

    /// Adds one document's co-occurring pairs to their edges. Returns
    /// whether some kept evidence now refers to the document.
    fn fold_pairs(&mut self, doc: &DocOutput, key: &mut Option<Arc<DocKey>>) -> bool {
        let mut referenced = false;
        let day = doc.date.as_deref().and_then(pack_date);
        // The last sentence whose text was interned, and that text: most
        // pairs of a document come in runs of one sentence.
        let mut last: Option<(u32, Arc<str>)> = None;
        for p in &doc.pairs {
            let Some((a, b)) = self.oriented(false, p.a, p.b) else {
                continue;
            };
            let acc = self.edges.entry((COOC_KIND, a, b)).or_default();
            acc.weight += 1;
            count_day(&mut acc.by_date, day);
            let texts = &mut self.texts;
            // Texts are interned only when kept: one shared copy each.
            referenced |= push_evidence(
                &mut acc.evidence,
                self.max_evidence,
                doc,
                p.sentence,
                || {
                    let text = match &last {
                        Some((i, t)) if *i == p.sentence => t.clone(),
                        _ => {
                            let t = match doc.sentences.get(&p.sentence) {
                                Some(t) => intern(texts, t),
                                None => intern_str(texts, ""),
                            };
                            last = Some((p.sentence, t.clone()));
                            t
                        }
                    };
                    Ev {
                        doc: doc_key(key, doc).clone(),
                        sentence: p.sentence,
                        text,
                        rel: None,
                    }
                },
            );
            self.line_edges.push((COOC_KIND, a, b));
        }
        referenced
    }

    /// Adds one document's relation instances to their edges, one count
    /// per (kind, pair, sentence); negated ones are set aside. Returns
    /// whether something kept now refers to the document.
    fn fold_relations(&mut self, doc: &DocOutput, key: &mut Option<Arc<DocKey>>) -> bool {
        let id: &Arc<str> = &doc.id;
        let date = doc.date.as_ref();
        let mut referenced = false;
        let mut rels: Vec<&RelationEdge> = doc.relations.iter().collect();
        rels.sort();
        // One evidence sentence counts once per edge, whatever its triggers.
        rels.dedup_by(|a, b| {
            (
                &a.kind,
                a.source,
                a.target,
                a.evidence.sentence,
                a.evidence.modality == Some(Modality::Negated),
            ) == (
                &b.kind,
                b.source,
                b.target,
                b.evidence.sentence,
                b.evidence.modality == Some(Modality::Negated),
            )
        });
        for r in rels {
            if r.evidence.modality == Some(Modality::Negated) {
                self.negated.push(r.clone());
                referenced = true;
                continue;
            }
            let Some((a, b)) = self.oriented(r.directed, r.source, r.target) else {
                continue;
            };
            let kind = self.kind_index(&r.kind);
            let acc = self.edges.entry((kind, a, b)).or_default();
            acc.directed = r.directed;
            acc.weight += 1;
            count_day(
                &mut acc.by_date,
                r.evidence.date.as_deref().and_then(pack_date),
            );
            let texts = &mut self.texts;
            referenced |= push_evidence(
                &mut acc.evidence,
                self.max_evidence,
                doc,
                r.evidence.sentence,
                || {
                    let ev = &r.evidence;
                    // Relation evidence names its own document: share the
                    // document's key when it is the same (it always is
                    // for a DocOutput built by the pipeline).
                    let same = *ev.doc == **id && ev.date.as_deref() == date.map(|d| &**d);
                    let dk = if same {
                        doc_key(key, doc).clone()
                    } else {
                        Arc::new(DocKey {
                            date: ev.date.clone(),
                            id: ev.doc.clone(),
                        })
                    };
                    Ev {
                        doc: dk,
                        sentence: ev.sentence,
                        text: intern(texts, &ev.text),
                        rel: (ev.trigger.is_some() || ev.modality.is_some()).then(|| {
                            Box::new(RelInfo {
                                trigger: ev.trigger.clone(),
                                modality: ev.modality,
                            })
                        }),
                    }
                },
            );
            self.line_edges.push((kind, a, b));
        }
        referenced
    }

    /// The index of edge kind `kind`, added (and the kinds re-ranked in
    /// string order) when new.
    fn kind_index(&mut self, kind: &str) -> u32 {
        match self.kinds.iter().position(|k| k == kind) {
            Some(k) => k as u32,
            None => {
                self.kinds.push(kind.to_string());
                let kinds = &self.kinds;
                let mut order: Vec<usize> = (0..kinds.len()).collect();
                order.sort_by(|&x, &y| kinds.get(x).cmp(&kinds.get(y)));
                self.kind_rank = vec![0; order.len()];
                for (rank, &k) in order.iter().enumerate() {
                    if let Some(r) = self.kind_rank.get_mut(k) {
                        *r = rank as u32;
                    }
                }
                (self.kinds.len() - 1) as u32
            }
        }
    }

    /// Endpoints in stored order (smaller id first when undirected), or
    /// `None` for an unknown entity.
    fn oriented(&self, directed: bool, a: u32, b: u32) -> Option<(u32, u32)> {
        let ia = &self.gaz.entities.get(a as usize)?.id;
        let ib = &self.gaz.entities.get(b as usize)?.id;
        Some(if directed || ia <= ib { (a, b) } else { (b, a) })
    }

    /// Drops interned texts that no kept evidence refers to any more (a
    /// capped list never takes an evicted item back).
    fn prune(&mut self) {
        self.texts.retain(|t| Arc::strong_count(t) > 1);
        self.texts_prune_at = (2 * self.texts.len()).max(PRUNE_MIN);
    }
}

mod acc;

use acc::*;
pub use acc::{cap, NodeDocKey, MAX_NODE_DOCS};
mod finish;
mod ledger_line;

#[cfg(test)]
mod tests;
