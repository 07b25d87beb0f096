//! The checksums graph.db records (XXH3 over every field, each string
//! with its length so that field boundaries count): checked by the
//! readers, so that a damaged row is never read as truth.

use crate::graph::mentions::MentionRecord;
use crate::graph::{DocInfo, Evidence, NegatedRelation, Node};
use std::collections::BTreeMap;
use std::hash::Hasher;
use xxhash_rust::xxh3::Xxh3;

/// Feeds a string with its length, so that field boundaries count.
pub(crate) fn put_str(h: &mut Xxh3, s: &str) {
    h.write_u64(s.len() as u64);
    h.update(s.as_bytes());
}

/// Feeds an optional string (absent differs from empty).
pub(crate) fn put_opt(h: &mut Xxh3, s: Option<&str>) {
    match s {
        Some(s) => {
            h.write_u8(1);
            put_str(h, s);
        }
        None => h.write_u8(0),
    }
}

/// Feeds one document's metadata.
pub(crate) fn digest_doc(h: &mut Xxh3, d: &DocInfo) {
    put_str(h, &d.id);
    put_opt(h, d.title.as_deref());
    put_opt(h, d.date.as_deref());
    put_opt(h, d.url.as_deref());
}

/// The checksum of one entity record, over every field the store keeps.
pub(crate) fn node_digest(n: &Node) -> u64 {
    let mut h = Xxh3::new();
    put_str(&mut h, &n.id);
    put_str(&mut h, &n.name);
    put_str(&mut h, n.etype.as_str());
    put_opt(&mut h, n.qid.as_deref());
    h.write_u64(n.aliases.len() as u64);
    for a in &n.aliases {
        put_str(&mut h, a);
    }
    h.write_u64(n.mentions);
    h.write_u64(n.documents);
    h.write_u64(n.surface.len() as u64);
    for (s, c) in &n.surface {
        put_str(&mut h, s);
        h.write_u64(*c);
    }
    h.write_u64(n.docs.len() as u64);
    for d in &n.docs {
        put_str(&mut h, d);
    }
    put_opt(&mut h, n.first_seen.as_deref());
    put_opt(&mut h, n.last_seen.as_deref());
    h.digest()
}

/// The checksum of one edge's evidence list.
pub(crate) fn evidence_digest(items: &[Evidence]) -> u64 {
    evidence_digest_by(items, |_, x| text_digest(&x.text))
}

/// The hash a sentence's text enters [`evidence_digest`] by.
pub(crate) fn text_digest(text: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(text.as_bytes())
}

/// [`evidence_digest`] with each item's [`text_digest`] given by `text`
/// (item index, item): the store's writer hashes each stored sentence
/// once, where a sentence is the evidence of about four edges.
pub(crate) fn evidence_digest_by(
    items: &[Evidence],
    mut text: impl FnMut(usize, &Evidence) -> u64,
) -> u64 {
    let mut h = Xxh3::new();
    h.write_u64(items.len() as u64);
    for (k, x) in items.iter().enumerate() {
        put_opt(&mut h, x.date.as_deref());
        put_str(&mut h, &x.doc);
        h.write_u32(x.sentence);
        h.write_u64(text(k, x));
        put_opt(&mut h, x.trigger.as_deref());
        put_opt(&mut h, x.modality.map(|m| m.as_str()));
    }
    h.digest()
}

/// Feeds one edge's weight by date.
pub(crate) fn put_dates(h: &mut Xxh3, edge: usize, dates: &BTreeMap<String, u64>) {
    h.write_u64(edge as u64);
    h.write_u64(dates.len() as u64);
    for (d, w) in dates {
        put_str(h, d);
        h.write_u64(*w);
    }
}

/// Feeds one negated relation.
pub(crate) fn put_negated(h: &mut Xxh3, n: &NegatedRelation) {
    put_str(h, &n.kind);
    put_str(h, &n.source);
    put_str(h, &n.target);
    h.write_u64(evidence_digest(std::slice::from_ref(&n.evidence)));
}

/// The checksum of one row of the `mentions` table. The table's checksum
/// is the wrapping sum of its rows' (with their number): rows are written
/// in input order and read in key order, and the sum does not depend on
/// the order.
pub(crate) fn mention_digest(m: &MentionRecord) -> u64 {
    let mut h = Xxh3::new();
    put_str(&mut h, &m.document);
    h.write_u32(m.position);
    for v in [m.start_byte, m.end_byte, m.start_char, m.end_char] {
        h.write_u64(v);
    }
    put_str(&mut h, &m.surface);
    put_str(&mut h, &m.entity);
    put_str(&mut h, m.via.as_str());
    h.write_u32(m.sentence);
    h.digest()
}
