//! `gazegraph build`: corpus in, graph.json and exports out.

pub use super::outputs::{resolve_formats, write_outputs, write_outputs_known, write_outputs_with};
use super::{load_gazetteer, CorpusConfig};
use crate::analyse::parallel::{analyse_documents, DocumentSource};
use crate::analyse::pipeline::{DocOutput, Options, StageTimes, Tagger};
use crate::base::atomic::{AtomicFile, HashState, Hashing};
use crate::base::manifest::Entry;
use crate::base::outdir::OutputFolder;
use crate::base::types::Window;
use crate::cmd::notice;
use crate::cmd::progress::{self, Progress};
use crate::export::Format;
use crate::gazetteer::Gazetteer;
use crate::graph::builder::GraphBuilder;
use crate::graph::ledger;
use crate::graph::mentions::{MentionList, MentionRecord, MentionSpool};
use crate::graph::spool::{MetaSpool, SpooledDocs};
use crate::graph::versions::Winners;
use crate::graph::KnowledgeGraph;
use crate::ingest::input::{read_inputs_excluding, Exclude, InputSummary, InputWarning};
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
    /// Export formats to write (graph.json and graph.db are always
    /// written); `None`: the default set for the graph's size
    /// ([`resolve_formats`]).
    pub formats: Option<Vec<Format>>,
    /// Evidence sentences kept per edge (0 = all).
    pub max_evidence: usize,
    /// Where to write run statistics as JSON.
    pub stats: Option<PathBuf>,
    /// Record every mention in graph.db's `mentions` table.
    pub mentions: bool,
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
    // Small pages only: the peak is 13% lower (docs/scale.md, "Peak memory").
    crate::base::memory::no_huge_pages();
    super::notice::set_quiet(config.corpus.quiet);
    let folder = check_outputs(&config)?;
    // Standard input is read twice (which copy of a repeated id counts is
    // decided first): keep a copy beside the outputs while the build runs.
    let _stdin_copy = super::winners::spool_stdin(&mut config.corpus.inputs, &config.output)?;
    let winners = super::winners::find_winners(
        &config.corpus.inputs,
        &config.output,
        config.stats.as_deref(),
    )?;
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
    // Every output goes to the staging folder, committed as a set at the
    // end; the ledger streams there from the start.
    let mut building = Building::new(
        &gaz,
        config.window,
        config.max_evidence,
        folder.staging(),
        &config.output,
    )?
    .with_winners(winners);
    if config.mentions {
        building = building.with_mentions(&config.output)?;
    }
    let threads = config.corpus.threads.unwrap_or_else(default_threads);
    let settings = FoldSettings {
        window: config.window,
        demonyms: config.corpus.demonyms,
        strict: config.corpus.strict,
        threads,
        progress: !config.corpus.quiet,
        total_bytes: progress::input_bytes(&config.corpus.inputs),
    };
    // The outputs of this build (and of earlier ones into the same folder)
    // are never read back as articles.
    let mut exclude = Exclude::default();
    exclude.output_folder(&config.output);
    if let Some(stats) = &config.stats {
        exclude.file(stats);
    }
    let inputs = &config.corpus.inputs;
    let folded = building.fold(
        &tagger,
        &settings,
        |on_doc, on_warn| read_inputs_excluding(inputs, &exclude, on_doc, on_warn),
        &print_warning,
    )?;
    // The automaton is the largest structure: free it before the graph is
    // materialised and written.
    drop(tagger);
    drop(matcher);
    crate::base::memory::release_freed();
    // Document metadata lives on disk only: index the spool records of
    // the documents graph.json lists; the writers read them one by one.
    let writing = Instant::now();
    let built = building.finish()?;
    // The graph holds copies of what it needs from the gazetteer.
    drop(gaz);
    crate::base::memory::release_freed();
    let (graph, _docs, _, store, known) =
        built.write_known(folder.staging(), config.formats.as_deref(), threads)?;
    let written = commit_outputs_known(folder, &known)?;
    let write = writing.elapsed();
    let secs = started.elapsed().as_secs_f64();
    let report = super::build_report::Report {
        graph: &graph,
        folded: &folded,
        threads,
        ready: ready.as_secs_f64(),
        write: write.as_secs_f64(),
        store: store.as_secs_f64(),
        total: secs,
    };
    if let Some(path) = &config.stats {
        super::build_report::write_stats(path, &report)?;
    }
    if !config.corpus.quiet {
        super::build_report::print_summary(&report, &written);
    }
    Ok(ExitCode::from(super::EXIT_OK))
}

/// Reports a warning as every command does ([`notice`]: `gazegraph:
/// warning: file:line: message`, no location for warnings about the run
/// as a whole; counted, silenced by `--quiet`).
pub fn print_warning(w: &InputWarning) {
    if w.location.is_empty() {
        notice::warn_plain(&w.message);
    } else {
        notice::warn(&w.location, &w.message);
    }
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
    commit_outputs_known(folder, &[])
}

/// [`commit_outputs`], taking the size and hash of the files in `known`
/// from there (see [`OutputFolder::commit_known`]).
///
/// # Errors
/// As [`commit_outputs`].
pub fn commit_outputs_known(folder: OutputFolder, known: &[Entry]) -> Result<Vec<PathBuf>> {
    let cache = crate::query::store::store_path(Path::new(crate::base::outputs::GRAPH_JSON));
    let cache = cache.to_str().unwrap_or_default();
    Ok(folder.commit_known(&[cache], known)?)
}

/// How documents are analysed and folded: a build's settings besides its
/// inputs and outputs.
#[derive(Clone, Copy, Debug)]
pub struct FoldSettings {
    /// Co-occurrence window.
    pub window: Window,
    /// Count demonyms as country mentions.
    pub demonyms: bool,
    /// Fail, writing nothing, when any input warning was reported.
    pub strict: bool,
    /// Worker threads.
    pub threads: usize,
    /// Show a progress line on a terminal.
    pub progress: bool,
    /// Input bytes in all, when known (for the progress line's ETA).
    pub total_bytes: Option<u64>,
}

/// What reading and folding the corpus gave, besides the builder's state.
#[derive(Debug)]
pub struct Folded {
    /// Documents and bytes read, inputs skipped and repaired.
    pub summary: InputSummary,
    /// Mentions counted into the graph.
    pub mentions: u64,
    /// Documents whose id was already taken (counted once).
    pub duplicates: u64,
    /// Documents written without capitals (capitalisation rules lifted).
    pub lowercase: u64,
    /// Input warnings reported.
    pub warnings: u64,
    /// Time per stage, summed over the workers.
    pub times: StageTimes,
    /// Time spent folding documents into the graph.
    pub fold: Duration,
}

/// A build in progress: the graph builder, the ledger (streaming to the
/// staging folder) and the document metadata spool (a scratch file).
pub struct Building<'g> {
    builder: GraphBuilder<'g>,
    ledger: AtomicFile,
    ledger_path: PathBuf,
    /// The ledger's bytes hashed as they are written (for the manifest),
    /// `None` once a fold failed part way.
    ledger_hash: Option<HashState>,
    spool: MetaSpool,
    /// Every counted mention, when `build --mentions` asks for them.
    mentions: Option<MentionSpool>,
    /// Which copy of each repeated id counts, when the inputs could be
    /// read twice; without it the first copy in input order counts.
    winners: Option<Winners>,
}

impl<'g> Building<'g> {
    /// Starts a build over `gaz` whose ledger goes to `dir` and whose
    /// spool is a temporary file in `scratch`.
    ///
    /// # Errors
    /// Fails when no temporary file can be created in `dir` or `scratch`.
    pub fn new(
        gaz: &'g Gazetteer,
        window: Window,
        max_evidence: usize,
        dir: &Path,
        scratch: &Path,
    ) -> Result<Building<'g>> {
        let builder = GraphBuilder::new(gaz, window, max_evidence);
        // The ledger streams to a temporary file, renamed into place at the end.
        let ledger_path = dir.join(ledger::LEDGER_FILE);
        let ledger = AtomicFile::create(&ledger_path)
            .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
        // Document metadata goes to a scratch file as well, from which the
        // writers read the documents graph.json lists (memory stays flat).
        let spool = MetaSpool::new(scratch)
            .with_context(|| format!("creating a temporary file in {}", scratch.display()))?;
        Ok(Building {
            builder,
            ledger,
            ledger_path,
            ledger_hash: Some(HashState::default()),
            spool,
            mentions: None,
            winners: None,
        })
    }

    /// Records every counted mention too, in a spool in `scratch`, for
    /// graph.db's `mentions` table.
    ///
    /// # Errors
    /// Fails when no temporary file can be created in `scratch`.
    pub fn with_mentions(mut self, scratch: &Path) -> Result<Self> {
        let spool = MentionSpool::new(scratch)
            .with_context(|| format!("creating a temporary file in {}", scratch.display()))?;
        self.mentions = Some(spool);
        Ok(self)
    }

    /// Counts, of each repeated id, only the copy `winners` names (the
    /// order-free rule of [`crate::graph::versions`]).
    #[must_use]
    pub fn with_winners(mut self, winners: Winners) -> Self {
        self.winners = Some(winners);
        self
    }

    /// Analyses every document of `source` in parallel and folds each, in
    /// source order, into the graph, streaming its ledger line and its
    /// metadata to disk. Every warning (the source's and duplicate ids)
    /// goes to `warn`.
    ///
    /// # Errors
    /// Fails when no document could be read, on a write error, or with
    /// `strict` when an input warning was reported.
    pub fn fold(
        &mut self,
        tagger: &Tagger,
        settings: &FoldSettings,
        source: impl DocumentSource,
        warn: &(dyn Fn(&InputWarning) + Sync),
    ) -> Result<Folded> {
        let opts = Options {
            window: settings.window,
            demonyms: settings.demonyms,
            mentions: self.mentions.is_some(),
        };
        let mut mention_spool = self.mentions.as_mut();
        let entities = &tagger.gaz.entities;
        let builder = &mut self.builder;
        let spool = &mut self.spool;
        let winners = self.winners.as_ref();
        // Hashed on the way (the hasher under the buffer), so the commit
        // does not read the ledger back; a fold that fails part way leaves
        // the hash unknown (`None`), and the commit reads the file then.
        let hashed = self.ledger_hash.take();
        let known = hashed.is_some();
        let mut ledger_w = std::io::BufWriter::with_capacity(
            1 << 16,
            Hashing::resume(self.ledger.file(), hashed.unwrap_or_default()),
        );
        let mut warnings = 0u64;
        let (mut mentions, mut duplicates, mut lowercase) = (0u64, 0u64, 0u64);
        let (mut times, mut fold) = (StageTimes::default(), Duration::ZERO);
        let mut progress = Progress::new(settings.progress, settings.total_bytes);
        let summary = analyse_documents(
            source,
            tagger,
            opts,
            settings.threads,
            |doc, out| {
                progress.tick(doc.text.len() as u64);
                times.add(&out.times);
                let folding = Instant::now();
                // An older copy of a repeated id is not counted at all.
                let added = if winners.is_none_or(|w| w.counts(&out.info.id, &out.version)) {
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
                    if let Some(ms) = mention_spool.as_deref_mut() {
                        push_mentions(ms, &out, |e| {
                            entities.get(e as usize).map(|x| x.id.as_str())
                        })
                        .map_err(|e| format!("writing the mention spool: {e}"))?;
                    }
                } else {
                    duplicates += 1;
                    // A repeated corpus can hold millions: show the first few.
                    if duplicates <= MAX_DUPLICATE_WARNINGS {
                        warn(&InputWarning {
                            location: doc.source.clone(),
                            message: format!("duplicate document id {:?}; counted once", doc.id),
                        });
                    }
                }
                Ok(())
            },
            |w| {
                warnings += 1;
                warn(&w);
            },
        );
        progress.finish();
        let summary = summary?;
        if settings.strict && (warnings > 0 || duplicates > 0) {
            bail!(
                "{} input warning(s) and --strict is set; nothing written",
                warnings + duplicates
            );
        }
        if duplicates > MAX_DUPLICATE_WARNINGS {
            warn(&InputWarning {
                location: String::new(),
                message: format!(
                    "{} more duplicate document ids; each counted once",
                    duplicates - MAX_DUPLICATE_WARNINGS
                ),
            });
        }
        if builder.documents() == 0 {
            bail!("no document could be read from the inputs; nothing written");
        }
        ledger_w.flush().context("writing the ledger")?;
        let (hashing, _) = ledger_w.into_parts();
        if known {
            self.ledger_hash = Some(hashing.into_state());
        }
        Ok(Folded {
            summary,
            mentions,
            duplicates,
            lowercase,
            warnings,
            times,
            fold,
        })
    }

    /// The finished graph, its listed documents indexed in the spool.
    ///
    /// # Errors
    /// Fails when the spool cannot be read back.
    pub fn finish(self) -> Result<Built> {
        let spool = self.spool;
        let (graph, docs) = self
            .builder
            .finish_with(|keep| spool.index(keep))
            .context("reading back the document metadata")?;
        let mentions = self
            .mentions
            .map(MentionSpool::finish)
            .transpose()
            .context("reading back the mention spool")?;
        Ok(Built {
            graph,
            docs,
            mentions,
            ledger: self.ledger,
            ledger_path: self.ledger_path,
            ledger_id: self.ledger_hash.map(|h| h.digest()),
        })
    }
}

/// What [`Built::write_known`] returns: the graph, its documents, the
/// paths written (the ledger last), the time spent writing graph.db and
/// the manifest entries known without reading the files back.
pub type WrittenKnown = (
    KnowledgeGraph,
    SpooledDocs,
    Vec<PathBuf>,
    Duration,
    Vec<Entry>,
);

/// A finished build, not yet written.
pub struct Built {
    /// The graph.
    pub graph: KnowledgeGraph,
    /// The documents graph.json lists, read from the spool.
    pub docs: SpooledDocs,
    /// Every counted mention, with `build --mentions`.
    pub mentions: Option<MentionList>,
    ledger: AtomicFile,
    ledger_path: PathBuf,
    /// The ledger's size and XXH3-64, when hashed while it was written.
    ledger_id: Option<(u64, u64)>,
}

impl Built {
    /// Writes graph.json, its query cache and `formats` into `dir` (see
    /// [`write_outputs`]), then puts the ledger in place. Returns the graph,
    /// its documents, the paths written (the ledger last) and the time
    /// spent writing graph.db.
    ///
    /// # Errors
    /// Fails when an output cannot be written.
    pub fn write(
        self,
        dir: &Path,
        formats: Option<&[Format]>,
        threads: usize,
    ) -> Result<(KnowledgeGraph, SpooledDocs, Vec<PathBuf>, Duration)> {
        let (graph, docs, written, store, _) = self.write_known(dir, formats, threads)?;
        Ok((graph, docs, written, store))
    }

    /// [`Built::write`], also returning the manifest entries of graph.json
    /// and of the ledger, hashed while they were written (for
    /// [`commit_outputs_known`]; the ledger's only when every fold
    /// finished).
    ///
    /// # Errors
    /// As [`Built::write`].
    pub fn write_known(
        self,
        dir: &Path,
        formats: Option<&[Format]>,
        threads: usize,
    ) -> Result<WrittenKnown> {
        let formats = resolve_formats(&self.graph, formats);
        let (mut written, store, json) = write_outputs_known(
            &self.graph,
            &self.docs,
            self.mentions.as_ref(),
            dir,
            &formats,
            threads,
        )?;
        self.ledger
            .commit()
            .with_context(|| format!("writing {}", self.ledger_path.display()))?;
        written.push(self.ledger_path);
        let mut known = vec![json];
        known.extend(
            self.ledger_id
                .map(|id| Entry::of_digest(ledger::LEDGER_FILE, id)),
        );
        Ok((self.graph, self.docs, written, store, known))
    }
}

/// Appends the mentions of one counted document to the spool, numbered in
/// text order; `id` names an entity index (mentions of an index it does
/// not know are left out, as the graph leaves them out).
fn push_mentions<'a>(
    spool: &mut MentionSpool,
    out: &DocOutput,
    id: impl Fn(u32) -> Option<&'a str>,
) -> std::io::Result<()> {
    let mut rec = MentionRecord {
        document: out.info.id.clone(),
        ..MentionRecord::default()
    };
    for r in &out.mentions {
        let m = &r.mention;
        let Some(entity) = id(m.entity) else {
            continue;
        };
        rec.start_byte = m.start as u64;
        rec.end_byte = m.end as u64;
        rec.start_char = r.start_char as u64;
        rec.end_char = r.end_char as u64;
        rec.surface.clone_from(&r.surface);
        rec.entity.clear();
        rec.entity.push_str(entity);
        rec.via = m.via;
        rec.sentence = m.sentence;
        spool.push(&rec)?;
        rec.position += 1;
    }
    Ok(())
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
