//! Writing a built graph's outputs: graph.json, graph.db beside it, and
//! the export formats asked for (or the default set for the graph's size),
//! each file atomically into the staging folder, on up to `threads`
//! threads. Shared by `build`, `merge` and the Python package.

use crate::base::atomic::{write_file_atomic, write_file_atomic_hashed};
use crate::base::manifest::Entry;
use crate::cmd::notice;
use crate::export::{self, Format};
use crate::graph::mentions::MentionList;
use crate::graph::{DocList, KnowledgeGraph};
use crate::query::QueryError;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The formats to write besides graph.json: those asked for, or without
/// `--format` the default set for the graph's size
/// ([`export::default_formats`]), with a note when that leaves the
/// exchange formats out.
pub fn resolve_formats(graph: &KnowledgeGraph, asked: Option<&[Format]>) -> Vec<Format> {
    if let Some(asked) = asked {
        return asked.to_vec();
    }
    let rows: usize = graph.graph.edge_weights().map(|e| e.evidence.len()).sum();
    let chosen = export::default_formats(rows);
    if chosen.is_empty() {
        notice::note(&format!(
            "{rows} evidence rows: DOT, GraphML and GEXF are not written by default above {} \
             (ask with --format dot,graphml,gexf, or run `gazegraph export` on the output later)",
            export::EXCHANGE_MAX_EVIDENCE
        ));
    }
    chosen.to_vec()
}

/// Writes graph.json plus every requested format into `dir`, each file
/// atomically, on up to `threads` threads (the files are independent
/// views of one graph). Returns the paths written, in format order.
///
/// # Errors
/// Fails on the first output (in that order) that cannot be written;
/// files already written stay complete.
pub fn write_outputs(
    graph: &KnowledgeGraph,
    docs: &dyn DocList,
    dir: &Path,
    formats: &[Format],
    threads: usize,
) -> Result<Vec<PathBuf>> {
    Ok(write_outputs_with(graph, docs, None, dir, formats, threads)?.0)
}

/// [`write_outputs`], with the rows of graph.db's `mentions` table (no
/// table when `None`); also returns the time spent writing graph.db
/// (`--stats`: `store_s`, part of `write_s`).
///
/// # Errors
/// As [`write_outputs`].
pub fn write_outputs_with(
    graph: &KnowledgeGraph,
    docs: &dyn DocList,
    mentions: Option<&MentionList>,
    dir: &Path,
    formats: &[Format],
    threads: usize,
) -> Result<(Vec<PathBuf>, Duration)> {
    let (written, store, _) = write_outputs_known(graph, docs, mentions, dir, formats, threads)?;
    Ok((written, store))
}

/// [`write_outputs_with`], also returning graph.json's manifest entry (its
/// size and hash, taken while it was written) for
/// [`crate::base::outdir::OutputFolder::commit_known`]: the commit then
/// does not read graph.json back, and neither does graph.db's build id.
///
/// # Errors
/// As [`write_outputs`].
pub fn write_outputs_known(
    graph: &KnowledgeGraph,
    docs: &dyn DocList,
    mentions: Option<&MentionList>,
    dir: &Path,
    formats: &[Format],
    threads: usize,
) -> Result<(Vec<PathBuf>, Duration, Entry)> {
    let mut all = vec![Format::Json];
    all.extend(formats.iter().copied().filter(|f| *f != Format::Json));
    let json = dir.join(format!("graph.{}", Format::Json.extension()));
    // graph.json's size and hash, once written (hashed on the way).
    let json_id: OnceLock<(u64, u64)> = OnceLock::new();
    let write_one = |f: Format| -> Result<PathBuf> {
        let path = dir.join(format!("graph.{}", f.extension()));
        let written = match f {
            Format::Json => write_file_atomic_hashed(&path, |w| {
                export::json::write_graph_json_with(graph, docs, w)
            })
            .map(|id| {
                let _ = json_id.set(id);
            }),
            _ => write_file_atomic(&path, |w| match f {
                Format::Html => export::html::write_html_with(graph, docs, Default::default(), w),
                _ => export::write(graph, f, w),
            }),
        };
        written.with_context(|| format!("writing {}", path.display()))?;
        Ok(path)
    };
    // graph.db beside graph.json: the store the queries read. Its rows do
    // not need graph.json, only its last row (graph.json's hashes) does.
    let write_store = |json_done: &dyn Fn() -> Result<Option<(u64, u64)>, QueryError>| {
        let started = Instant::now();
        let db = crate::query::store::write_store_beside(graph, docs, mentions, &json, json_done)
            .with_context(|| format!("writing the store for {}", json.display()));
        (db, started.elapsed())
    };
    let (store, results): ((Result<PathBuf>, Duration), Vec<Result<PathBuf>>) = if threads <= 1 {
        let mut results: Vec<Result<PathBuf>> = Vec::with_capacity(all.len());
        results.push(write_one(Format::Json));
        let store = match &results[0] {
            Ok(_) => write_store(&|| Ok(json_id.get().copied())),
            Err(_) => (
                Err(anyhow::anyhow!("graph.json was not written")),
                Duration::ZERO,
            ),
        };
        results.extend(all[1..].iter().map(|&f| write_one(f)));
        (store, results)
    } else {
        // The store on this thread, graph.json (first) and the other
        // formats on the others, consecutive formats per thread so that
        // joining in order keeps the results in format order.
        let per_thread = all.len().div_ceil(threads - 1);
        let (done_tx, done_rx) = std::sync::mpsc::channel::<bool>();
        std::thread::scope(|scope| {
            let handles: Vec<_> = all
                .chunks(per_thread)
                .enumerate()
                .map(|(k, chunk)| {
                    let (write_one, done_tx) = (&write_one, done_tx.clone());
                    scope.spawn(move || {
                        let mut out = Vec::with_capacity(chunk.len());
                        for (i, &f) in chunk.iter().enumerate() {
                            out.push(write_one(f));
                            if k == 0 && i == 0 {
                                let _ = done_tx.send(out[0].is_ok());
                            }
                        }
                        out
                    })
                })
                .collect();
            drop(done_tx);
            let store = write_store(&|| match done_rx.recv() {
                Ok(true) => Ok(json_id.get().copied()),
                _ => Err(QueryError::Io {
                    path: json.clone(),
                    source: std::io::Error::other("graph.json was not written"),
                }),
            });
            let mut results = Vec::with_capacity(all.len());
            for h in handles {
                match h.join() {
                    Ok(done) => results.extend(done),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            (store, results)
        })
    };
    // Errors in format order, graph.json's first.
    let mut results = results.into_iter();
    let first = results
        .next()
        .ok_or_else(|| anyhow::anyhow!("graph.json was not written"))??;
    let (db, store_time) = store;
    let mut written = vec![db?, first];
    for r in results {
        written.push(r?);
    }
    let id = json_id
        .get()
        .copied()
        .ok_or_else(|| anyhow::anyhow!("graph.json was not written"))?;
    let entry = Entry::of_digest(crate::base::outputs::GRAPH_JSON, id);
    Ok((written, store_time, entry))
}
