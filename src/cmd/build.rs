//! `gazegraph build`: corpus in, graph.json and exports out.

use super::{load_gazetteer, CorpusConfig, WarningSink};
use crate::atomic::{write_file_atomic, AtomicFile};
use crate::builder::GraphBuilder;
use crate::export::{self, Format};
use crate::graph::{DocList, KnowledgeGraph, COOCCURRENCE};
use crate::ledger;
use crate::matcher::Matcher;
use crate::parallel::analyse_corpus;
use crate::pipeline::{Options, StageTimes, Tagger};
use crate::progress::{self, Progress};
use crate::types::Window;
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Plain configuration of a build.
#[derive(Clone, Debug)]
pub struct Config {
    /// Inputs and gazetteers.
    pub corpus: CorpusConfig,
    /// Output folder.
    pub output: PathBuf,
    /// Co-occurrence window.
    pub window: Window,
    /// Export formats to write (graph.json is always written).
    pub formats: Vec<Format>,
    /// Evidence sentences kept per edge (0 = all).
    pub max_evidence: usize,
    /// Where to write run statistics as JSON.
    pub stats: Option<PathBuf>,
}

/// Run statistics (`--stats`), in the peer benchmark's vocabulary.
#[derive(Debug, serde::Serialize)]
struct Stats {
    tool: &'static str,
    bytes: u64,
    docs: u64,
    mentions: u64,
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
}

/// Duplicate document ids reported one by one; the rest are counted.
const MAX_DUPLICATE_WARNINGS: u64 = 10;

/// Runs the build.
///
/// # Errors
/// Fails when the output folder is unwritable (checked before any work),
/// the gazetteer is unusable, no document could be read, with `--strict`
/// when an input warning was reported, or when an output cannot be written.
pub fn run(config: Config) -> Result<ExitCode> {
    let started = Instant::now();
    check_writable(&config.output)?;
    if let Some(stats) = &config.stats {
        let dir = match stats.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        probe(dir).with_context(|| format!("cannot write the --stats file {}", stats.display()))?;
    }
    crate::memory::eager_release(true);
    let gaz = load_gazetteer(&config.corpus)?;
    let matcher = Matcher::new(&gaz).context("building the matcher")?;
    let ready = started.elapsed();
    // The matcher's build temporaries are freed: give their pages back,
    // then let the hot loop reuse freed pages.
    crate::memory::release_freed();
    crate::memory::eager_release(false);
    let lexicon = super::load_lexicon(&config.corpus)?;
    let tagger = Tagger::new(&gaz, &matcher, &lexicon);
    let opts = Options {
        window: config.window,
        demonyms: config.corpus.demonyms,
    };
    let mut builder = GraphBuilder::new(&gaz, config.window, config.max_evidence);
    // The ledger streams to a temporary file, renamed into place at the end.
    let ledger_path = config.output.join(ledger::LEDGER_FILE);
    let mut ledger = AtomicFile::create(&ledger_path)
        .with_context(|| format!("creating a temporary file in {}", config.output.display()))?;
    let mut ledger_w = std::io::BufWriter::with_capacity(1 << 16, ledger.file());
    // Document metadata goes to a scratch file as well, from which the
    // writers read the documents graph.json lists (memory stays flat).
    let mut spool = crate::spool::MetaSpool::new(&config.output)
        .with_context(|| format!("creating a temporary file in {}", config.output.display()))?;
    let mut sink = WarningSink::default();
    let (mut mentions, mut duplicates) = (0u64, 0u64);
    let (mut times, mut fold) = (StageTimes::default(), Duration::ZERO);
    let threads = config.corpus.threads.unwrap_or_else(default_threads);
    let mut progress = Progress::new(
        !config.corpus.quiet,
        progress::input_bytes(&config.corpus.inputs),
    );
    let summary = analyse_corpus(
        &config.corpus.inputs,
        &tagger,
        opts,
        threads,
        |doc, out| {
            progress.tick(doc.text.len() as u64);
            times.add(&out.times);
            let folding = Instant::now();
            let added = builder.add(&out);
            fold += folding.elapsed();
            if let Some(line) = added {
                mentions += out.entities.values().map(|c| c.mentions).sum::<u64>();
                ledger_w
                    .write_all(line)
                    .and_then(|()| spool.push(&out.info))
                    .map_err(|e| format!("writing the ledger: {e}"))?;
            } else {
                duplicates += 1;
                // A repeated corpus can hold millions: show the first few.
                if duplicates <= MAX_DUPLICATE_WARNINGS {
                    // Clear the progress line first; the next tick redraws it.
                    progress.finish();
                    eprintln!(
                        "gazegraph: warning: {}: duplicate document id {:?}; counted once",
                        doc.source, doc.id
                    );
                }
            }
            Ok(())
        },
        |w| sink.warn(w),
    );
    progress.finish();
    let summary = summary?;
    if config.corpus.strict && (sink.count > 0 || duplicates > 0) {
        bail!(
            "{} input warning(s) and --strict is set; nothing written",
            sink.count + duplicates
        );
    }
    if duplicates > MAX_DUPLICATE_WARNINGS {
        eprintln!(
            "gazegraph: warning: {} more duplicate document ids; each counted once",
            duplicates - MAX_DUPLICATE_WARNINGS
        );
    }
    if builder.documents() == 0 {
        bail!("no document could be read from the inputs; nothing written");
    }
    // The automaton is the largest structure: free it before the graph is
    // materialised and written.
    drop(tagger);
    drop(matcher);
    crate::memory::release_freed();
    ledger_w.flush().context("writing the ledger")?;
    drop(ledger_w);
    // Document metadata lives on disk only: index the spool records of
    // the documents graph.json lists; the writers read them one by one.
    let writing = Instant::now();
    let (graph, docs) = builder
        .finish_with(|keep| spool.index(keep))
        .context("reading back the document metadata")?;
    // The graph holds copies of what it needs from the gazetteer.
    drop(gaz);
    crate::memory::release_freed();
    let mut written = write_outputs(&graph, &docs, &config.output, &config.formats, threads)?;
    let write = writing.elapsed();
    ledger
        .commit()
        .with_context(|| format!("writing {}", ledger_path.display()))?;
    written.push(ledger_path);
    let secs = started.elapsed().as_secs_f64();
    let relations = graph
        .graph
        .edge_weights()
        .filter(|e| e.kind != COOCCURRENCE)
        .count();
    if let Some(path) = &config.stats {
        let stats = Stats {
            tool: "gazegraph",
            bytes: summary.bytes,
            docs: summary.documents,
            mentions,
            entities: graph.node_count(),
            edges: graph.edge_count() - relations,
            relations,
            threads,
            load_s: ready.as_secs_f64(),
            process_s: secs - ready.as_secs_f64(),
            total_s: secs,
            stages: StageSeconds {
                prepare_s: times.prepare.as_secs_f64(),
                tag_s: times.tag.as_secs_f64(),
                titles_s: times.titles.as_secs_f64(),
                relations_s: times.relations.as_secs_f64(),
                condense_s: times.condense.as_secs_f64(),
                fold_s: fold.as_secs_f64(),
                write_s: write.as_secs_f64(),
            },
        };
        write_file_atomic(path, |w| {
            serde_json::to_writer(&mut *w, &stats)?;
            w.write_all(b"\n")
        })
        .with_context(|| format!("writing {}", path.display()))?;
    }
    if !config.corpus.quiet {
        eprintln!(
            "gazegraph: {} documents ({:.1} MB), {} mentions, {} entities, {} co-occurrence and {} relation edges; matcher ready in {:.2}s, total {:.2}s",
            summary.documents,
            summary.bytes as f64 / 1048576.0,
            mentions,
            graph.node_count(),
            graph.edge_count() - relations,
            relations,
            ready.as_secs_f64(),
            secs,
        );
        if summary.skipped + summary.repaired + sink.count + duplicates > 0 {
            eprintln!(
                "gazegraph: {} input(s) skipped, {} repaired, {} warning(s), {} duplicate document(s)",
                summary.skipped, summary.repaired, sink.count, duplicates
            );
        }
        for p in written {
            eprintln!("gazegraph: wrote {}", p.display());
        }
    }
    Ok(ExitCode::from(super::EXIT_OK))
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
    let mut all = vec![Format::Json];
    all.extend(formats.iter().copied().filter(|f| *f != Format::Json));
    let write_one = |f: Format| -> Result<Vec<PathBuf>> {
        let path = dir.join(format!("graph.{}", f.extension()));
        write_file_atomic(&path, |w| match f {
            Format::Json => export::json::write_graph_json_with(graph, docs, w),
            _ => export::write(graph, f, w),
        })
        .with_context(|| format!("writing {}", path.display()))?;
        let mut written = Vec::new();
        if f == Format::Json {
            // The compact cache beside graph.json makes the first query fast.
            written.push(
                crate::query::write_cache(graph, docs, &path)
                    .with_context(|| format!("writing the query cache for {}", path.display()))?,
            );
        }
        written.push(path);
        Ok(written)
    };
    let results: Vec<Result<Vec<PathBuf>>> = if threads <= 1 || all.len() == 1 {
        all.iter().map(|&f| write_one(f)).collect()
    } else {
        // Consecutive formats per thread; joining in order keeps the
        // results in format order.
        let per_thread = all.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let handles: Vec<_> = all
                .chunks(per_thread)
                .map(|chunk| {
                    let write_one = &write_one;
                    scope.spawn(move || chunk.iter().map(|&f| write_one(f)).collect::<Vec<_>>())
                })
                .collect();
            let mut results = Vec::with_capacity(all.len());
            for h in handles {
                match h.join() {
                    Ok(done) => results.extend(done),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            results
        })
    };
    let mut written = Vec::new();
    for r in results {
        written.extend(r?);
    }
    Ok(written)
}

/// All available cores.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Creates `dir` if needed and proves it writable, before any work starts.
fn check_writable(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create output folder {}", dir.display()))?;
    probe(dir).with_context(|| format!("output folder {} is not writable", dir.display()))?;
    Ok(())
}

/// Creates and removes a temporary file in `dir`, named like every other
/// temporary file gazegraph writes (so a kill at that moment leaves only
/// the documented `.gazegraph-*.tmp` names behind).
fn probe(dir: &Path) -> std::io::Result<()> {
    tempfile::Builder::new()
        .prefix(".gazegraph-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map(drop)
}
