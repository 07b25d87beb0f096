//! Fuzz target: the whole analysis of one document (preparation, tagging,
//! titles, relation extraction) on long inputs, where one "sentence" may
//! run for hundreds of kilobytes.
//!
//! The input's first byte picks how a long text is made from the rest:
//! the rest repeated to 4-256 KiB, with or without its sentence ends
//! (`.`, `!`, `?` replaced by spaces), optionally between seeded names.
//! Invariants (a violation panics; a run slower than libFuzzer's
//! `-timeout` is reported as a hang, which is what quadratic work gives):
//! - every sentence is non-empty, inside the text and at most
//!   `MAX_SENTENCE_BYTES` long;
//! - every mention lies inside the text on char boundaries, inside a
//!   sentence of the document;
//! - every relation joins two different known entities of a sentence that
//!   exists, and its trigger is text of that sentence (or empty).
#![no_main]

use gazegraph::analyse::pipeline::{Scratch, Tagger};
use gazegraph::gazetteer::Gazetteer;
use gazegraph::ingest::document::Document;
use gazegraph::ingest::sentences::MAX_SENTENCE_BYTES;
use gazegraph::relations::Lexicon;
use gazegraph::tag::matcher::Matcher;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn state() -> &'static (Gazetteer, Matcher, Lexicon) {
    static STATE: OnceLock<(Gazetteer, Matcher, Lexicon)> = OnceLock::new();
    STATE.get_or_init(|| {
        let gaz = Gazetteer::builtin().expect("the builtin gazetteer loads");
        let matcher = Matcher::new(&gaz).expect("the builtin gazetteer compiles");
        (gaz, matcher, Lexicon::builtin())
    })
}

/// Names and triggers mixed in when the mode asks for them.
const SEED: &str = "Putin bertemu Kim Jong Un dan Lavrov, Menlu Rusia, di Pyongyang ";

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut unit = String::from_utf8_lossy(rest).into_owned();
    if mode & 1 == 1 {
        unit = unit.replace(['.', '!', '?'], " ");
    }
    if mode & 2 == 2 {
        unit = format!("{SEED}{unit} ");
    }
    if unit.is_empty() {
        return;
    }
    let target = 4096usize << (mode >> 2 & 6).min(6);
    let mut text = String::with_capacity(target + unit.len());
    while text.len() < target {
        text.push_str(&unit);
    }
    check(&text);
});

fn check(text: &str) {
    let (gaz, matcher, lex) = state();
    let tagger = Tagger::new(gaz, matcher, lex);
    let doc = Document {
        id: "fuzz".into(),
        source: "fuzz".into(),
        text: text.to_string(),
        ..Document::default()
    };
    let mut s = Scratch::new();
    tagger.analyse(&doc, &mut s);
    let sentences = &s.prep.sentences;
    for (i, sent) in sentences.iter().enumerate() {
        let r = &sent.range;
        assert!(r.start < r.end && r.end <= text.len(), "sentence {i} {r:?}");
        assert!(
            r.len() <= MAX_SENTENCE_BYTES,
            "sentence {i} {r:?} is {} bytes, above the bound {MAX_SENTENCE_BYTES}",
            r.len()
        );
    }
    for m in &s.mentions {
        assert!(m.start < m.end && m.end <= text.len(), "mention {m:?}");
        assert!(
            text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
            "mention {m:?} not on char boundaries"
        );
        assert!((m.entity as usize) < gaz.entities.len(), "mention {m:?}");
    }
    for r in &s.relations {
        assert_ne!(r.source, r.target, "relation {r:?} joins an entity to itself");
        assert!((r.source as usize) < gaz.entities.len(), "relation {r:?}");
        assert!((r.target as usize) < gaz.entities.len(), "relation {r:?}");
        let sent = sentences
            .get(r.sentence as usize)
            .unwrap_or_else(|| panic!("relation {r:?}: no sentence {}", r.sentence));
        let body = &s.prep.clean[sent.range.clone()];
        assert!(
            body.contains(r.trigger.as_str()),
            "relation {r:?}: trigger not in its sentence"
        );
    }
}
