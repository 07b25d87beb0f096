//! The `edges`, `sentences` and `evidence_items` rows of graph.db, with
//! each edge's evidence checksum.

use super::digest::evidence_digest;
use super::store::{day, Fail, Parts};
use super::store_batch::{int, shared, shared_or_null, text_or_null, Cell, Inserter};
use rusqlite::{params, Transaction};
use std::sync::Arc;

/// A stored sentence's text and its `sentences.id`.
type SentenceId = (Arc<str>, i64);

/// Writes every edge with its evidence, in edge order; returns the
/// edges' evidence checksums (8 bytes each, little-endian) for
/// `graph_index`.
///
/// # Errors
/// SQLite's, or an evidence list that cannot be read.
pub(super) fn write_edges(tx: &Transaction<'_>, p: &Parts<'_>) -> Result<Vec<u8>, Fail> {
    let mut edge_checks = Vec::with_capacity(8 * p.edges.len());
    {
        let mut edge = tx.prepare("INSERT INTO edges VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
        let mut ev = Inserter::new(tx, "evidence_items", 6);
        let mut sent = Inserter::new(tx, "sentences", 4);
        // A sentence naming k entities is the evidence of up to k(k-1)/2
        // edges: stored once (about 4 evidence rows a sentence on news),
        // numbered in first-use order so the file depends on the graph alone.
        // Keyed by (document, sentence index), whose text is almost always
        // one: the text is compared only on a hit (and not at all when the
        // graph shares it), rather than hashed for every evidence row.
        let mut ids: foldhash::HashMap<(Arc<str>, u32), Vec<SentenceId>> = Default::default();
        let mut next = 0i64;
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
            edge_checks.extend_from_slice(&evidence_digest(&items).to_le_bytes());
            for (k, x) in items.iter().enumerate() {
                let texts = ids.entry((x.doc.clone(), x.sentence)).or_default();
                let known = texts
                    .iter()
                    .find(|(t, _)| Arc::ptr_eq(t, &x.text) || **t == *x.text);
                let id = match known {
                    Some(&(_, id)) => id,
                    None => {
                        let id = next;
                        next += 1;
                        texts.push((x.text.clone(), id));
                        sent.row([int(id), shared(&x.doc), int(x.sentence), shared(&x.text)])?;
                        id
                    }
                };
                ev.row([
                    int(i),
                    int(k),
                    int(id),
                    shared_or_null(x.date.as_ref()),
                    text_or_null(x.trigger.as_deref()),
                    x.modality.map_or(Cell::Null, |m| Cell::Static(m.as_str())),
                ])?;
            }
        }
        ev.finish()?;
        sent.finish()?;
    }
    Ok(edge_checks)
}
