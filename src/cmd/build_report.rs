//! What a finished build reports: the `--stats` JSON file and the
//! closing summary on stderr.

use super::build::Folded;
use crate::base::atomic::write_file_atomic;
use crate::cmd::notice;
use crate::graph::{KnowledgeGraph, COOCCURRENCE};
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Run statistics (`--stats`), in the peer benchmark's vocabulary.
#[derive(Debug, serde::Serialize)]
struct Stats {
    tool: &'static str,
    bytes: u64,
    docs: u64,
    mentions: u64,
    /// Documents written without capitals, where the capitalisation rules
    /// were lifted.
    lowercase_docs: u64,
    entities: usize,
    edges: usize,
    relations: usize,
    threads: usize,
    load_s: f64,
    process_s: f64,
    total_s: f64,
    stages: StageSeconds,
}

/// Where `process_s` goes, in seconds. The per-document stages are summed
/// over the workers (CPU time, not wall time, with several threads);
/// `fold_s` and `write_s` run on one thread; reading and parsing the input
/// is the rest.
#[derive(Debug, serde::Serialize)]
struct StageSeconds {
    prepare_s: f64,
    tag_s: f64,
    titles_s: f64,
    relations_s: f64,
    condense_s: f64,
    fold_s: f64,
    write_s: f64,
    /// Writing graph.db, a part of `write_s`.
    store_s: f64,
}

/// What a finished build reports, in `--stats` and on stderr.
pub(super) struct Report<'a> {
    pub(super) graph: &'a KnowledgeGraph,
    pub(super) folded: &'a Folded,
    pub(super) threads: usize,
    pub(super) ready: f64,
    pub(super) write: f64,
    pub(super) store: f64,
    pub(super) total: f64,
}

impl Report<'_> {
    /// Relation edges (the rest are co-occurrence).
    fn relations(&self) -> usize {
        self.graph
            .graph
            .edge_weights()
            .filter(|e| e.kind != COOCCURRENCE)
            .count()
    }
}

/// Writes the `--stats` JSON file.
pub(super) fn write_stats(path: &Path, r: &Report) -> Result<()> {
    let relations = r.relations();
    let (f, times) = (r.folded, &r.folded.times);
    let stats = Stats {
        tool: "gazegraph",
        bytes: f.summary.bytes,
        docs: f.summary.documents,
        mentions: f.mentions,
        lowercase_docs: f.lowercase,
        entities: r.graph.node_count(),
        edges: r.graph.edge_count() - relations,
        relations,
        threads: r.threads,
        load_s: r.ready,
        process_s: r.total - r.ready,
        total_s: r.total,
        stages: StageSeconds {
            prepare_s: times.prepare.as_secs_f64(),
            tag_s: times.tag.as_secs_f64(),
            titles_s: times.titles.as_secs_f64(),
            relations_s: times.relations.as_secs_f64(),
            condense_s: times.condense.as_secs_f64(),
            fold_s: f.fold.as_secs_f64(),
            write_s: r.write,
            store_s: r.store,
        },
    };
    write_file_atomic(path, |w| {
        serde_json::to_writer(&mut *w, &stats)?;
        w.write_all(b"\n")
    })
    .with_context(|| format!("writing {}", path.display()))
}

/// Prints the closing summary and the files written.
pub(super) fn print_summary(r: &Report, written: &[PathBuf]) {
    let relations = r.relations();
    let f = r.folded;
    notice::note(&format!(
        "{} documents ({:.1} MB), {} mentions, {} entities, {} co-occurrence and {} relation edges; matcher ready in {:.2}s, total {:.2}s",
        f.summary.documents,
        f.summary.bytes as f64 / 1048576.0,
        f.mentions,
        r.graph.node_count(),
        r.graph.edge_count() - relations,
        relations,
        r.ready,
        r.total,
    ));
    // Every warning reported (gazetteer, inputs, duplicates), not only the
    // input warnings of the fold.
    let warnings = notice::warnings();
    if f.summary.skipped + f.summary.repaired + warnings + f.duplicates > 0 {
        notice::note(&format!(
            "{} input(s) skipped, {} repaired, {} warning(s), {} duplicate document(s)",
            f.summary.skipped, f.summary.repaired, warnings, f.duplicates
        ));
    }
    if f.lowercase > 0 {
        notice::note(&format!(
            "{} document(s) written without capitals: capitalisation rules lifted for them",
            f.lowercase
        ));
    }
    for p in written {
        notice::note(&format!("wrote {}", p.display()));
    }
}
