//! The `edges`, `sentences` and `evidence_items` rows of graph.db, with
//! each edge's evidence checksum.

use super::digest::{evidence_digest_by, text_digest};
use super::store::{day, Fail, Parts};
use super::store_batch::{int, shared, shared_or_null, text_or_null, Cell, Inserter};
use super::store_docs::{key, DocNumbers};
use rusqlite::{params, Transaction};
use std::sync::Arc;

/// A stored sentence's text and date, its `sentences.id` and its
/// [`text_digest`].
type SentenceId = (Arc<str>, Option<Arc<str>>, i64, u64);

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
        let mut edge = tx.prepare("INSERT INTO edges VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
        let mut ev = Inserter::new(tx, "evidence_items", 5);
        let mut sent = Inserter::new(tx, "sentences", 5);
        // A sentence naming k entities is the evidence of up to k(k-1)/2
        // edges: stored once (about 4 evidence rows a sentence on news),
        // numbered in first-use order so the file depends on the graph alone.
        // Keyed by (document key, sentence index), whose text and date
        // are almost always one: they are compared only on a hit (and not
        // at all when the graph shares them), and the text is hashed for
        // the edge checksums once. The document's number is looked up
        // only for a new sentence.
        let mut ids: foldhash::HashMap<(u128, u32), Vec<SentenceId>> = Default::default();
        let mut next = 0i64;
        let mut digests = Vec::new();
        for (i, e) in p.edges.iter().enumerate() {
            let kind = p.kinds.get(e.kind as usize).map_or("?", |s| s.as_str());
            edge.execute(params![
                i as i64,
                e.source,
                e.target,
                kind,
                e.directed,
                e.weight as i64,
                day(e.first_date),
                day(e.last_date),
            ])?;
            let items = (p.evidence)(i)?;
            digests.clear();
            for (k, x) in items.iter().enumerate() {
                let doc_key = key(&x.doc);
                let texts = ids.entry((doc_key, x.sentence)).or_default();
                let known = texts
                    .iter()
                    .find(|(t, d, ..)| same(t, &x.text) && same_opt(d, &x.date));
                let (id, digest) = match known {
                    Some(&(.., id, digest)) => (id, digest),
                    None => {
                        let (id, digest) = (next, text_digest(&x.text));
                        next += 1;
                        texts.push((x.text.clone(), x.date.clone(), id, digest));
                        sent.row([
                            int(id),
                            int(docs.get_keyed(doc_key, &x.doc)),
                            int(x.sentence),
                            shared_or_null(x.date.as_ref()),
                            shared(&x.text),
                        ])?;
                        (id, digest)
                    }
                };
                digests.push(digest);
                ev.row([
                    int(i),
                    int(k),
                    int(id),
                    text_or_null(x.trigger.as_deref()),
                    x.modality.map_or(Cell::Null, |m| Cell::Static(m.as_str())),
                ])?;
            }
            let sum = evidence_digest_by(&items, |k, _| digests.get(k).copied().unwrap_or(0));
            edge_checks.extend_from_slice(&sum.to_le_bytes());
        }
        ev.finish()?;
        sent.finish()?;
    }
    Ok(edge_checks)
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
