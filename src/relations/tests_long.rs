//! Long sentences: a run of text with no sentence end costs work in
//! proportion to its length (issue 14: relation extraction was quadratic
//! in sentence length).

use super::sentence::WORK;
use super::tests::{find_mentions, gaz};
use super::*;
use crate::ingest::document::{prepare_into, Prepared};

/// Relation instances and the work meter's reading for `text`, prepared
/// as a build prepares it (real sentence splitting, with its bound).
fn extract_metered(text: &str) -> (usize, u64) {
    let g = gaz();
    let lex = Lexicon::builtin();
    let mut prep = Prepared::default();
    prepare_into(text, &mut prep);
    let mentions = find_mentions(text, &g, &prep);
    let mut out = Vec::new();
    WORK.with(|w| w.set(0));
    extract(text, &prep, &mentions, &g, &lex, &mut out);
    (out.len(), WORK.with(|w| w.get()))
}

#[test]
fn relation_extraction_is_linear_in_sentence_length() {
    let phrase = "Putin bertemu Kim Jong Un dan Lavrov ";
    let (rels_n, work_n) = extract_metered(&phrase.repeat(300));
    let (rels_4n, work_4n) = extract_metered(&phrase.repeat(1200));
    assert!(rels_n > 0, "no relation found in the long sentence");
    assert!(rels_4n >= rels_n);
    // Linear: four times the text, about four times the work (quadratic
    // work would grow sixteenfold).
    let ratio = work_4n as f64 / work_n as f64;
    assert!(
        (3.0..5.0).contains(&ratio),
        "work {work_n} for n, {work_4n} for 4n: ratio {ratio:.2}"
    );
}
