//! The `edges` rows of graph.db with their packed evidence items, and the
//! `sentences` rows, with each edge's evidence checksum.

use super::digest::{evidence_digest_by, text_digest};
use super::store::{day, Fail, Parts};
use super::store_batch::{int, shared, shared_or_null, Cell, Inserter};
use super::store_docs::{key, DocNumbers};
use crate::base::types::Modality;
use rusqlite::Transaction;
use std::collections::hash_map::Entry;
use std::sync::Arc;

/// A stored sentence: its text and date, its [`text_digest`], and the
/// next stored sentence of the same (document, sentence index) key
/// ([`NONE`] at the end of the chain). Its `sentences.id` is its place in
/// the list.
struct Stored {
    text: Arc<str>,
    date: Option<Arc<str>>,
    digest: u64,
    next: u32,
}

/// The end of a chain of [`Stored`] sentences.
const NONE: u32 = u32::MAX;

/// Writes every edge with its evidence, in edge order; returns the
/// edges' evidence checksums (8 bytes each, little-endian) for
/// `graph_index`.
///
/// # Errors
/// SQLite's, or an evidence list that cannot be read.
pub(super) fn write_edges(
    tx: &Transaction<'_>,
    p: &Parts<'_>,
    docs: &mut DocNumbers,
) -> Result<Vec<u8>, Fail> {
    let mut edge_checks = Vec::with_capacity(8 * p.edges.len());
    {
        let mut edge = Inserter::new(tx, "edges", 9);
        let mut sent = Inserter::new(tx, "sentences", 5);
        // A sentence naming k entities is the evidence of up to k(k-1)/2
        // edges: stored once (about 4 evidence items a sentence on news),
        // numbered in first-use order so the file depends on the graph alone.
        // Keyed by (document key, sentence index), whose text and date
        // are almost always one: they are compared only on a hit (and not
        // at all when the graph shares them), and the text is hashed for
        // the edge checksums once. The document's number is looked up
        // only for a new sentence.
        // The map holds the first sentence of each key (32-byte buckets,
        // no allocation a sentence); another text under the same key, which
        // is rare, is chained from it.
        let mut ids: foldhash::HashMap<(u64, u64, u32), u32> = Default::default();
        let mut stored: Vec<Stored> = Vec::new();
        let mut digests = Vec::new();
        // Each row shares its kind's text (not a copy an edge).
        let kinds: Vec<Arc<str>> = p.kinds.iter().map(|k| Arc::from(k.as_str())).collect();
        for (i, e) in p.edges.iter().enumerate() {
            let kind = kinds.get(e.kind as usize).map_or(Cell::Static("?"), shared);
            let items = (p.evidence)(i)?;
            digests.clear();
            // The edge's evidence items packed in one JSON text (see
            // `item_json`): a row per item was most of the store's rows.
            let mut packed = String::with_capacity(8 * items.len() + 2);
            packed.push('[');
            for (k, x) in items.iter().enumerate() {
                let doc_key = key(&x.doc);
                let new = stored.len() as u32;
                // The last sentence of the key's chain, when the key is known.
                let mut tail = None;
                let mut found = None;
                match ids.entry(((doc_key >> 64) as u64, doc_key as u64, x.sentence)) {
                    Entry::Occupied(o) => {
                        let mut at = *o.get();
                        while let Some(s) = stored.get(at as usize) {
                            if same(&s.text, &x.text) && same_opt(&s.date, &x.date) {
                                found = Some((at, s.digest));
                                break;
                            }
                            tail = Some(at);
                            at = s.next;
                        }
                    }
                    Entry::Vacant(v) => {
                        v.insert(new);
                    }
                }
                let (id, digest) = match found {
                    Some(f) => f,
                    None => {
                        let digest = text_digest(&x.text);
                        if let Some(t) = tail.and_then(|t| stored.get_mut(t as usize)) {
                            t.next = new;
                        }
                        stored.push(Stored {
                            text: x.text.clone(),
                            date: x.date.clone(),
                            digest,
                            next: NONE,
                        });
                        sent.row([
                            int(new),
                            int(docs.get_keyed(doc_key, &x.doc)),
                            int(x.sentence),
                            shared_or_null(x.date.as_ref()),
                            shared(&x.text),
                        ])?;
                        (new, digest)
                    }
                };
                let id = i64::from(id);
                digests.push(digest);
                if k > 0 {
                    packed.push(',');
                }
                item_json(
                    &mut packed,
                    id,
                    x.trigger.as_deref(),
                    x.modality.map(|m| m.as_str()),
                );
            }
            packed.push(']');
            edge.row([
                int(i),
                int(e.source),
                int(e.target),
                kind,
                int(i64::from(e.directed)),
                int(e.weight),
                day(e.first_date).map_or(Cell::Null, Cell::Text),
                day(e.last_date).map_or(Cell::Null, Cell::Text),
                Cell::Text(packed),
            ])?;
            let sum = evidence_digest_by(&items, |k, _| digests.get(k).copied().unwrap_or(0));
            edge_checks.extend_from_slice(&sum.to_le_bytes());
        }
        edge.finish()?;
        sent.finish()?;
    }
    Ok(edge_checks)
}

/// Appends one evidence item of `edges.evidence`: `[sentence_id]`,
/// `[sentence_id,"trigger"]` or `[sentence_id,trigger,"modality"]`
/// (trigger `null` when absent), so that `$[0]`, `$[1]` and `$[2]` read
/// the `evidence_items` columns and a co-occurrence item stays short.
fn item_json(out: &mut String, sentence: i64, trigger: Option<&str>, modality: Option<&str>) {
    out.push('[');
    out.push_str(itoa::Buffer::new().format(sentence));
    let quoted = |s: &str| serde_json::Value::from(s).to_string();
    match (trigger, modality) {
        (None, None) => {}
        (Some(t), None) => {
            out.push(',');
            out.push_str(&quoted(t));
        }
        (t, Some(m)) => {
            out.push(',');
            out.push_str(&t.map_or_else(|| "null".to_string(), quoted));
            out.push(',');
            out.push_str(&quoted(m));
        }
    }
    out.push(']');
}

/// One evidence item as `edges.evidence` packs it (see [`item_json`]).
#[derive(Debug, PartialEq)]
pub(super) struct Item {
    /// `sentences.id`.
    pub(super) sentence: i64,
    /// The relation's trigger, if any.
    pub(super) trigger: Option<String>,
    /// The relation's modality, if any.
    pub(super) modality: Option<Modality>,
}

/// The items of one `edges.evidence` text; `None` when it is not what
/// [`write_edges`] writes (a damaged or edited file).
pub(super) fn read_items(packed: &str) -> Option<Vec<Item>> {
    let rows: Vec<Vec<serde_json::Value>> = serde_json::from_str(packed).ok()?;
    let text = |v: Option<&serde_json::Value>| match v {
        None | Some(serde_json::Value::Null) => Some(None),
        Some(serde_json::Value::String(s)) => Some(Some(s.clone())),
        Some(_) => None,
    };
    rows.into_iter()
        .map(|r| {
            if r.len() > 3 {
                return None;
            }
            let modality = match text(r.get(2))? {
                None => None,
                Some(m) => Some(super::whole::parse_modality(&m)?),
            };
            Some(Item {
                sentence: r.first()?.as_i64()?,
                trigger: text(r.get(1))?,
                modality,
            })
        })
        .collect()
}

/// The integers of a packed JSON list (`entities.document_list`); `None`
/// when it is not one.
pub(super) fn read_ints(packed: &str) -> Option<Vec<i64>> {
    serde_json::from_str(packed).ok()
}

/// Two shared texts are the same: the same allocation, or equal.
fn same(a: &Arc<str>, b: &Arc<str>) -> bool {
    Arc::ptr_eq(a, b) || **a == **b
}

/// [`same`] for optional texts (absent equals absent only).
fn same_opt(a: &Option<Arc<str>>, b: &Option<Arc<str>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same(a, b),
        (None, None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_items_read_back_as_written() {
        let items = [
            (0, None, None),
            (7, Some("bertemu"), None),
            (9, None, Some(Modality::Planned)),
            (12, Some("say \"no\""), Some(Modality::Negated)),
        ];
        let mut out = String::from("[");
        for (k, (id, t, m)) in items.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            item_json(&mut out, *id, *t, m.map(|m| m.as_str()));
        }
        out.push(']');
        assert_eq!(
            out,
            r#"[[0],[7,"bertemu"],[9,null,"planned"],[12,"say \"no\"","negated"]]"#
        );
        let back = read_items(&out).unwrap();
        let want: Vec<Item> = items
            .iter()
            .map(|&(sentence, t, modality)| Item {
                sentence,
                trigger: t.map(str::to_string),
                modality,
            })
            .collect();
        assert_eq!(back, want);
    }

    #[test]
    fn damaged_packed_items_are_refused() {
        for bad in [
            "",
            "[",
            "[[]]",
            "[[\"x\"]]",
            "[[1,2]]",
            "[[1,null,\"maybe\"]]",
            "[[1,null,null,null]]",
            "{}",
        ] {
            assert_eq!(read_items(bad), None, "{bad}");
        }
        assert_eq!(read_ints("[3,1]"), Some(vec![3, 1]));
        assert_eq!(read_ints("[3,\"a\"]"), None);
    }
}
