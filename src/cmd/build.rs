//! `gazegraph build`: corpus in, graph.json and exports out.

use super::{load_gazetteer, CorpusConfig, WarningSink};
use crate::analyse::parallel::analyse_corpus;
use crate::analyse::pipeline::{Options, StageTimes, Tagger};
use crate::base::atomic::{write_file_atomic, AtomicFile};
use crate::base::outdir::OutputFolder;
use crate::base::types::Window;
use crate::cmd::notice;
use crate::cmd::progress::{self, Progress};
use crate::export::{self, Format};
use crate::graph::builder::GraphBuilder;
use crate::graph::ledger;
use crate::graph::spool::MetaSpool;
use crate::graph::versions::{Versions, Winners};
use crate::graph::{DocList, KnowledgeGraph, COOCCURRENCE};
use crate::ingest::input::{Exclude, InputSpec, InputSummary};
use crate::tag::matcher::Matcher;
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
}

/// Duplicate document ids reported one by one; the rest are counted.
const MAX_DUPLICATE_WARNINGS: u64 = 10;

/// Runs the build.
///
/// # Errors
/// Fails when the output folder is unwritable (checked before any work),
/// the gazetteer is unusable, no document could be read, with `--strict`
/// when an input warning was reported, or when an output cannot be written.
pub fn run(mut config: Config) -> Result<ExitCode> {
    let started = Instant::now();
    super::notice::set_quiet(config.corpus.quiet);
    let folder = check_outputs(&config)?;
    // Standard input is read twice (which copy of a repeated id counts is
    // decided first): keep a copy beside the outputs while the build runs.
    let _stdin_copy = spool_stdin(&mut config)?;
    let winners = find_winners(&config)?;
    crate::base::memory::eager_release(true);
    let gaz = load_gazetteer(&config.corpus)?;
    let matcher = Matcher::new(&gaz).context("building the matcher")?;
    let ready = started.elapsed();
    // The matcher's build temporaries are freed: give their pages back,
    // then let the hot loop reuse freed pages.
    crate::base::memory::release_freed();
    crate::base::memory::eager_release(false);
    let lexicon = super::load_lexicon(&config.corpus)?;
    let tagger = Tagger::new(&gaz, &matcher, &lexicon);
    let mut builder = GraphBuilder::new(&gaz, config.window, config.max_evidence);
    // Every output goes to the staging folder, committed as a set at the
    // end; the ledger streams there from the start.
    let ledger_path = folder.staging().join(ledger::LEDGER_FILE);
    let mut ledger = AtomicFile::create(&ledger_path)
        .with_context(|| format!("creating a temporary file in {}", config.output.display()))?;
    // Document metadata goes to a scratch file as well, from which the
    // writers read the documents graph.json lists (memory stays flat).
    let mut spool = MetaSpool::new(&config.output)
        .with_context(|| format!("creating a temporary file in {}", config.output.display()))?;
    let threads = config.corpus.threads.unwrap_or_else(default_threads);
    let folded = fold_corpus(
        &config,
        &winners,
        &tagger,
        threads,
        &mut builder,
        ledger.file(),
        &mut spool,
    )?;
    // The automaton is the largest structure: free it before the graph is
    // materialised and written.
    drop(tagger);
    drop(matcher);
    crate::base::memory::release_freed();
    // Document metadata lives on disk only: index the spool records of
    // the documents graph.json lists; the writers read them one by one.
    let writing = Instant::now();
    let (graph, docs) = builder
        .finish_with(|keep| spool.index(keep))
        .context("reading back the document metadata")?;
    // The graph holds copies of what it needs from the gazetteer.
    drop(gaz);
    crate::base::memory::release_freed();
    write_outputs(&graph, &docs, folder.staging(), &config.formats, threads)?;
    ledger
        .commit()
        .with_context(|| format!("writing {}", ledger_path.display()))?;
    let written = commit_outputs(folder)?;
    let write = writing.elapsed();
    let secs = started.elapsed().as_secs_f64();
    let report = Report {
        graph: &graph,
        folded: &folded,
        threads,
        ready: ready.as_secs_f64(),
        write: write.as_secs_f64(),
        total: secs,
    };
    if let Some(path) = &config.stats {
        write_stats(path, &report)?;
    }
    if !config.corpus.quiet {
        print_summary(&report, &written);
    }
    Ok(ExitCode::from(super::EXIT_OK))
}

/// Checks, before any work, that the output folder and the `--stats` file
/// can be written, and takes the output folder (its lock, its staging
/// folder).
fn check_outputs(config: &Config) -> Result<OutputFolder> {
    let folder = OutputFolder::open(&config.output)?;
    if let Some(stats) = &config.stats {
        let dir = match stats.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        probe(dir).with_context(|| format!("cannot write the --stats file {}", stats.display()))?;
    }
    Ok(folder)
}

/// Commits the staged outputs of `folder` (graph.json's query store, graph.db, marked
/// as a cache in the manifest); returns the files committed, the manifest
/// last.
///
/// # Errors
/// Fails when a file cannot be read back, renamed, or the manifest written.
pub fn commit_outputs(folder: OutputFolder) -> Result<Vec<PathBuf>> {
    let cache = crate::query::store::store_path(Path::new(crate::base::outputs::GRAPH_JSON));
    let cache = cache.to_str().unwrap_or_default();
    Ok(folder.commit(&[cache])?)
}

/// What reading and folding the corpus gave, besides the builder's state.
struct Folded {
    summary: InputSummary,
    mentions: u64,
    lowercase: u64,
    duplicates: u64,
    times: StageTimes,
    fold: Duration,
}

/// Reads and analyses the corpus in parallel and folds each document, in
/// input order, into `builder`, streaming its ledger line to `ledger` and
/// its metadata to `spool`.
///
/// # Errors
/// Fails when no document could be read, on a write error, or with
/// `--strict` when an input warning was reported.
fn fold_corpus(
    config: &Config,
    winners: &Winners,
    tagger: &Tagger,
    threads: usize,
    builder: &mut GraphBuilder,
    ledger: &std::fs::File,
    spool: &mut MetaSpool,
) -> Result<Folded> {
    let opts = Options {
        window: config.window,
        demonyms: config.corpus.demonyms,
    };
    let mut ledger_w = std::io::BufWriter::with_capacity(1 << 16, ledger);
    let mut sink = WarningSink::default();
    let (mut mentions, mut duplicates, mut lowercase) = (0u64, 0u64, 0u64);
    let (mut times, mut fold) = (StageTimes::default(), Duration::ZERO);
    let mut progress = Progress::new(
        !config.corpus.quiet,
        progress::input_bytes(&config.corpus.inputs),
    );
    // The outputs of this build (and of earlier ones into the same folder)
    // are never read back as articles.
    let mut exclude = Exclude::default();
    exclude.output_folder(&config.output);
    if let Some(stats) = &config.stats {
        exclude.file(stats);
    }
    let summary = analyse_corpus(
        &config.corpus.inputs,
        &exclude,
        tagger,
        opts,
        threads,
        |doc, out| {
            progress.tick(doc.text.len() as u64);
            times.add(&out.times);
            let folding = Instant::now();
            // An older copy of a repeated id is not counted at all.
            let added = if winners.counts(&out.info.id, &out.version) {
                builder.add(&out)
            } else {
                None
            };
            fold += folding.elapsed();
            if let Some(line) = added {
                mentions += out.entities.values().map(|c| c.mentions).sum::<u64>();
                lowercase += u64::from(out.lowercase);
                ledger_w
                    .write_all(line)
                    .and_then(|()| spool.push(&out.info))
                    .map_err(|e| format!("writing the ledger: {e}"))?;
            } else {
                duplicates += 1;
                // A repeated corpus can hold millions: show the first few.
                if duplicates <= MAX_DUPLICATE_WARNINGS {
                    notice::warn(
                        &doc.source,
                        &format!("duplicate document id {:?}; counted once", doc.id),
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
        notice::warn_plain(&format!(
            "{} more duplicate document ids; each counted once",
            duplicates - MAX_DUPLICATE_WARNINGS
        ));
    }
    if builder.documents() == 0 {
        bail!("no document could be read from the inputs; nothing written");
    }
    ledger_w.flush().context("writing the ledger")?;
    Ok(Folded {
        summary,
        mentions,
        lowercase,
        duplicates,
        times,
        fold,
    })
}

/// Copies standard input to a scratch file in the output folder (removed
/// when the returned handle drops) and reads that instead, under the same
/// name, so that it can be read twice.
fn spool_stdin(config: &mut Config) -> Result<Option<tempfile::NamedTempFile>> {
    let mut copy = None;
    for spec in &mut config.corpus.inputs {
        let (name, first_line) = match spec {
            InputSpec::Stdin => ("-".to_string(), 1),
            InputSpec::Stream {
                file: None,
                name,
                first_line,
            } => (name.clone(), *first_line),
            _ => continue,
        };
        let mut tmp = crate::base::atomic::temp_builder()
            .tempfile_in(&config.output)
            .with_context(|| format!("creating a temporary file in {}", config.output.display()))?;
        std::io::copy(&mut std::io::stdin().lock(), tmp.as_file_mut())
            .context("copying standard input")?;
        *spec = InputSpec::Stream {
            file: Some(tmp.path().to_path_buf()),
            name,
            first_line,
        };
        copy = Some(tmp);
    }
    Ok(copy)
}

/// The first pass: which copy of each repeated id counts
/// ([`crate::graph::versions`]). Reading is cheap next to analysis, and
/// warnings are left to the second pass.
fn find_winners(config: &Config) -> Result<Winners> {
    let mut exclude = Exclude::default();
    exclude.output_folder(&config.output);
    if let Some(stats) = &config.stats {
        exclude.file(stats);
    }
    let mut versions = Versions::default();
    crate::ingest::input::read_inputs_excluding(
        &config.corpus.inputs,
        &exclude,
        |doc| {
            versions.push(&doc.id, doc.version_key());
            Ok(())
        },
        |_| {},
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(versions.winners())
}

/// What a finished build reports, in `--stats` and on stderr.
struct Report<'a> {
    graph: &'a KnowledgeGraph,
    folded: &'a Folded,
    threads: usize,
    ready: f64,
    write: f64,
    total: f64,
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
fn write_stats(path: &Path, r: &Report) -> Result<()> {
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
        },
    };
    write_file_atomic(path, |w| {
        serde_json::to_writer(&mut *w, &stats)?;
        w.write_all(b"\n")
    })
    .with_context(|| format!("writing {}", path.display()))
}

/// Prints the closing summary and the files written.
fn print_summary(r: &Report, written: &[PathBuf]) {
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
    // input warnings of the sink.
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
            Format::Html => export::html::write_html_with(graph, docs, Default::default(), w),
            _ => export::write(graph, f, w),
        })
        .with_context(|| format!("writing {}", path.display()))?;
        let mut written = Vec::new();
        if f == Format::Json {
            // graph.db beside graph.json: the store the queries read.
            written.push(
                crate::query::write_store(graph, docs, &path)
                    .with_context(|| format!("writing the store for {}", path.display()))?,
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

/// Creates and removes a temporary file in `dir`, named like every other
/// temporary file gazegraph writes (so a kill at that moment leaves only
/// the documented `.gazegraph-*.tmp` names behind).
fn probe(dir: &Path) -> std::io::Result<()> {
    crate::base::atomic::temp_builder()
        .tempfile_in(dir)
        .map(drop)
}
