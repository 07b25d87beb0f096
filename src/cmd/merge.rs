//! `gazegraph merge`: combine shard graphs into what one build gives.

use crate::base::atomic::AtomicFile;
use crate::export::Format;
use crate::graph::ledger::{self, LedgerDoc, LEDGER_FILE};
use crate::graph::mentions::{MentionList, MentionRecord, MentionSpool};
use crate::graph::merge::{retract, IdCounter, LedgerUnion, Merger};
use crate::graph::KnowledgeGraph;
use anyhow::{bail, Context, Result};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Plain configuration of a merge.
#[derive(Clone, Debug)]
pub struct Config {
    /// graph.json files.
    pub graphs: Vec<PathBuf>,
    /// Output folder.
    pub output: PathBuf,
    /// Export formats besides graph.json.
    pub formats: Vec<Format>,
    /// No summary output.
    pub quiet: bool,
    /// An intermediate step of a tree merge: graph.json and the ledger
    /// only (no exports, no query store).
    pub partial: bool,
}

/// The copies of ids that recur across the inputs, and what to do with
/// them ([`crate::graph::versions`]: the greatest version counts).
#[derive(Debug, Default)]
struct Repeats {
    /// Older copies (input index, ledger line): retracted entirely.
    losers: Vec<(usize, LedgerDoc)>,
    /// A winning copy present in several inputs, with the extra copies.
    extra: Vec<(LedgerDoc, u64)>,
    /// The winning version of every recurring id.
    winners: HashMap<String, String>,
}

impl Repeats {
    /// Reads the recurring ids' ledger lines and sorts the copies out.
    ///
    /// # Errors
    /// Fails on an unreadable ledger, or when a recurring id was made up
    /// from an unnamed standard input (two streams' `-:1` are different
    /// documents).
    fn find(graphs: &[PathBuf], ids: &IdCounter) -> Result<Repeats> {
        let mut copies: BTreeMap<String, Vec<(usize, LedgerDoc)>> = BTreeMap::new();
        for (i, path) in graphs.iter().enumerate() {
            let lp = ledger_of(path);
            let Ok(f) = File::open(&lp) else { continue };
            ledger::for_each(BufReader::new(f), &lp.display().to_string(), |d| {
                if ids.extra(&d.info.id) > 0 {
                    copies.entry(d.info.id.clone()).or_default().push((i, d));
                }
            })?;
        }
        let mut r = Repeats::default();
        for (id, mut cs) in copies {
            if let Some((i, _)) = cs.iter().find(|(_, d)| d.stdin) {
                let other = cs.iter().map(|c| c.0).find(|j| j != i).unwrap_or(*i);
                let (a, b) = (
                    graphs[(*i).min(other)].display(),
                    graphs[(*i).max(other)].display(),
                );
                bail!(
                    "{a} and {b} both hold a document with the id {id:?}, made up from the position in an unnamed standard input: they are different records of different streams, and merging would count them as one. Give each stream its own name (`gazegraph build --source NAME -` gives NAME:LINE ids), or give the records ids"
                );
            }
            cs.sort_by(|x, y| y.1.version.cmp(&x.1.version).then(x.0.cmp(&y.0)));
            let Some(win) = cs.first().map(|c| c.1.version.clone()) else {
                continue;
            };
            let (same, older): (Vec<_>, Vec<_>) =
                cs.into_iter().partition(|(_, d)| d.version == win);
            let n = same.len() as u64;
            if n > 1 {
                if let Some((_, d)) = same.into_iter().next() {
                    r.extra.push((d, n - 1));
                }
            }
            r.losers.extend(older);
            r.winners.insert(id, win);
        }
        Ok(r)
    }
}

fn ledger_of(graph: &Path) -> PathBuf {
    graph.with_file_name(LEDGER_FILE)
}

fn manifest_of(graph: &Path) -> PathBuf {
    graph.with_file_name(crate::base::outputs::MANIFEST_FILE)
}

/// Runs the merge.
///
/// # Errors
/// Fails on unreadable inputs or ledgers, graphs built with different
/// windows, or write errors.
pub fn run(mut config: Config) -> Result<ExitCode> {
    // Argument order must not change the result.
    config.graphs.sort();
    config.graphs.dedup();
    // Each input must be one whole build: graph.json and its ledger as its
    // manifest names them (the manifests are compared again at the end,
    // so a build committing into an input meanwhile is caught too).
    let mut manifests = Vec::with_capacity(config.graphs.len());
    for path in &config.graphs {
        crate::base::manifest::verify(path, &[LEDGER_FILE], true)?;
        manifests.push(std::fs::read(manifest_of(path)).ok());
    }
    let folder = crate::base::outdir::OutputFolder::open(&config.output)?;
    // Which document ids recur across inputs: only the ledgers list every
    // document (graph.json lists the ones its kept lists refer to).
    let mut ids = IdCounter::default();
    let mut without_ledger = Vec::new();
    for path in &config.graphs {
        let lp = ledger_of(path);
        let Ok(f) = File::open(&lp) else {
            without_ledger.push(lp);
            continue;
        };
        ledger::for_each(BufReader::new(f), &lp.display().to_string(), |d| {
            ids.add(&d.info.id)
        })?;
    }
    if !without_ledger.is_empty() && config.graphs.len() > 1 {
        super::notice::warn_plain(&format!(
            "{} input(s) without a ledger ({LEDGER_FILE}), e.g. {}: a document they share with another input would be counted twice",
            without_ledger.len(),
            without_ledger[0].display()
        ));
    }
    let shared = ids.recurring();
    let repeats = if shared > 0 {
        Repeats::find(&config.graphs, &ids)?
    } else {
        Repeats::default()
    };
    let mut merger = Merger::new();
    for (i, path) in config.graphs.iter().enumerate() {
        let mut g = super::read_graph(path)?;
        for d in repeats.losers.iter().filter(|(j, _)| *j == i) {
            retract(&mut g, &d.1).with_context(|| format!("merging {}", path.display()))?;
        }
        merger
            .add(g)
            .with_context(|| format!("merging {}", path.display()))?;
    }
    // Counts: every older copy's, and every extra copy of a winner's.
    for (_, d) in &repeats.losers {
        merger.subtract(d, 1);
    }
    for (d, copies) in &repeats.extra {
        merger.subtract(d, *copies);
    }
    let graph = KnowledgeGraph::from_data(merger.finish()?).0;
    if config.partial {
        // An intermediate step: graph.json and the ledger are all the
        // next merge reads.
        let path = folder.staging().join(crate::base::outputs::GRAPH_JSON);
        crate::base::atomic::write_file_atomic(&path, |w| {
            crate::export::json::write_graph_json_with(&graph, &graph.documents, w)
        })
        .with_context(|| format!("writing {}", path.display()))?;
    } else {
        let mentions = merge_mentions(&config.graphs, &ids, &repeats, &config.output)?;
        let threads = super::build::default_threads();
        super::build::write_outputs_with(
            &graph,
            &graph.documents,
            mentions.as_ref(),
            folder.staging(),
            &config.formats,
            threads,
        )?;
    }
    write_ledger(&config.graphs, &repeats.winners, folder.staging())?;
    for (path, before) in config.graphs.iter().zip(&manifests) {
        if std::fs::read(manifest_of(path)).ok() != *before {
            anyhow::bail!(
                "{} changed while it was being merged (a build committed into its folder); run the merge again",
                path.display()
            );
        }
    }
    let written = super::build::commit_outputs(folder)?;
    if !config.quiet {
        super::notice::note(&format!(
            "merged {} graphs: {} documents ({} shared), {} entities, {} edges",
            config.graphs.len(),
            graph.document_count,
            shared,
            graph.node_count(),
            graph.edge_count()
        ));
        for p in written {
            super::notice::note(&format!("wrote {}", p.display()));
        }
    }
    Ok(ExitCode::from(super::EXIT_OK))
}

/// The rows of the merged `mentions` table: of each document, the
/// mentions of the copy that counts (the winning version, from the first
/// input holding it), read from the inputs' graph.db. `None`, with a
/// one-line notice when some input has the table, unless every input's
/// graph.db has a sound `mentions` table.
///
/// # Errors
/// Fails when the spool cannot be written in `scratch`.
fn merge_mentions(
    graphs: &[PathBuf],
    ids: &IdCounter,
    repeats: &Repeats,
    scratch: &Path,
) -> Result<Option<MentionList>> {
    let leave_out = |why: String| {
        super::notice::note(&format!("{why}: the merged graph.db has no mentions table"));
        Ok(None)
    };
    let mut spool = MentionSpool::new(scratch)
        .with_context(|| format!("creating a temporary file in {}", scratch.display()))?;
    let losers: HashSet<(usize, &str)> = repeats
        .losers
        .iter()
        .map(|(i, d)| (*i, d.info.id.as_str()))
        .collect();
    // Recurring ids whose copy was taken from an earlier input.
    let mut taken: HashSet<String> = HashSet::new();
    let mut without = Vec::new();
    for (i, path) in graphs.iter().enumerate() {
        let (mut doc, mut keep) = (String::new(), false);
        let mut write = |m: &MentionRecord| -> std::io::Result<()> {
            if m.document != doc {
                doc.clone_from(&m.document);
                keep = !losers.contains(&(i, doc.as_str()))
                    && (ids.extra(&doc) == 0 || taken.insert(doc.clone()));
            }
            if keep {
                spool.push(m)?;
            }
            Ok(())
        };
        match crate::query::for_each_mention(path, &mut write) {
            Ok(true) => {}
            Ok(false) => without.push(path),
            Err(e) => return leave_out(format!("{e}")),
        }
    }
    if let Some(first) = without.first() {
        if without.len() == graphs.len() {
            return Ok(None);
        }
        return leave_out(format!(
            "{} of {} inputs have no mentions table in graph.db (built without --mentions, or graph.db missing or stale), e.g. {}",
            without.len(),
            graphs.len(),
            first.display()
        ));
    }
    Ok(Some(
        spool.finish().context("reading back the mention spool")?,
    ))
}

/// Writes the union of the inputs' ledgers, each document once: the
/// winning copy of a recurring id.
fn write_ledger(
    graphs: &[PathBuf],
    winners: &HashMap<String, String>,
    dir: &Path,
) -> Result<PathBuf> {
    let path = dir.join(LEDGER_FILE);
    let mut missing = Vec::new();
    let mut file = AtomicFile::create(&path)?;
    {
        let mut w = BufWriter::new(file.file());
        let mut union = LedgerUnion::default();
        for g in graphs {
            let lp = ledger_of(g);
            let Ok(f) = File::open(&lp) else {
                missing.push(lp);
                continue;
            };
            let mut err = None;
            ledger::for_each(BufReader::new(f), &lp.display().to_string(), |d| {
                let counts = winners.get(&d.info.id).is_none_or(|w| *w == d.version);
                if err.is_none() && counts && union.first(&d.info.id) {
                    err = ledger::write_line(&mut w, &d).err();
                }
            })?;
            if let Some(e) = err {
                return Err(e).context("writing the merged ledger");
            }
        }
        w.flush()?;
    }
    file.commit()
        .with_context(|| format!("writing {}", path.display()))?;
    for m in missing {
        super::notice::warn(
            &m.display().to_string(),
            "no ledger; the merged ledger lacks its documents",
        );
    }
    Ok(path)
}
