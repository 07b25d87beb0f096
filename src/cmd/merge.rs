//! `gazegraph merge`: combine shard graphs into what one build gives.

use crate::export::Format;
use crate::graph::ledger::{LedgerDoc, LEDGER_FILE};
use crate::graph::ledger_parts::{self, CopyAt, InputLedger, Layout};
use crate::graph::mentions::{MentionList, MentionRecord, MentionSpool};
use crate::graph::merge::{retract, Merger};
use crate::graph::KnowledgeGraph;
use anyhow::{bail, Context, Result};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Plain configuration of a merge.
#[derive(Clone, Debug)]
pub struct Config {
    /// graph.json files.
    pub graphs: Vec<PathBuf>,
    /// Output folder.
    pub output: PathBuf,
    /// Export formats besides graph.json; `None`: the default set for the
    /// graph's size ([`super::build::resolve_formats`]).
    pub formats: Option<Vec<Format>>,
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
    /// Every copy that does not count: left out of the merged ledger.
    dropped: HashSet<CopyAt>,
    /// The same copies as (input index, document id): their mentions are
    /// left out of the merged `mentions` table.
    dropped_ids: HashSet<(usize, String)>,
}

impl Repeats {
    /// Reads the recurring ids' ledger lines (found from the indexes) and
    /// sorts the copies out.
    ///
    /// # Errors
    /// Fails on an unreadable ledger, or when a recurring id was made up
    /// from an unnamed standard input (two streams' `-:1` are different
    /// documents).
    fn find(
        graphs: &[PathBuf],
        ledgers: &[InputLedger],
        groups: &[Vec<CopyAt>],
    ) -> Result<Repeats> {
        let mut r = Repeats::default();
        for group in groups {
            // One hash, and (but for a 128-bit collision) one id.
            let mut by_id: BTreeMap<String, Vec<(CopyAt, LedgerDoc)>> = BTreeMap::new();
            for &at in group {
                let d = ledger_parts::read_copy(ledgers, at)?;
                by_id.entry(d.info.id.clone()).or_default().push((at, d));
            }
            for (id, mut cs) in by_id {
                if cs.len() < 2 {
                    continue;
                }
                if let Some((at, _)) = cs.iter().find(|(_, d)| d.stdin) {
                    let i = at.input;
                    let other = cs.iter().map(|c| c.0.input).find(|j| *j != i).unwrap_or(i);
                    let (a, b) = (
                        graphs[i.min(other)].display(),
                        graphs[i.max(other)].display(),
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
                let mut same = same.into_iter();
                if let Some((_, d)) = same.next() {
                    if n > 1 {
                        r.extra.push((d, n - 1));
                    }
                }
                for (at, _) in same {
                    r.dropped.insert(at);
                    r.dropped_ids.insert((at.input, id.clone()));
                }
                for (at, d) in older {
                    r.dropped.insert(at);
                    r.dropped_ids.insert((at.input, id.clone()));
                    r.losers.push((at.input, d));
                }
            }
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
    let mut ledgers = Vec::with_capacity(config.graphs.len());
    let mut without_ledger = Vec::new();
    for path in &config.graphs {
        let m = crate::base::manifest::verify(path, &[LEDGER_FILE], true)?;
        manifests.push(std::fs::read(manifest_of(path)).ok());
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let layout = ledger_parts::locate(&dir, m.as_ref())
            .with_context(|| format!("listing {}", dir.display()))?;
        if let Layout::Parts { hexes, .. } = &layout {
            // Parts by size (they are not read: their hash is their
            // name, checked when they were written), indexes in full.
            let parts: Vec<String> = hexes.iter().map(|h| ledger_parts::part_name(h)).collect();
            let idx: Vec<String> = hexes.iter().map(|h| ledger_parts::index_name(h)).collect();
            let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
            let idx: Vec<&str> = idx.iter().map(String::as_str).collect();
            crate::base::manifest::verify(path, &parts, false)?;
            crate::base::manifest::verify(path, &idx, true)?;
        }
        if layout == Layout::None {
            without_ledger.push(ledger_of(path));
        }
        ledgers.push(InputLedger::open(&layout)?);
    }
    let folder = crate::base::outdir::OutputFolder::open(&config.output)?;
    if !without_ledger.is_empty() && config.graphs.len() > 1 {
        super::notice::warn_plain(&format!(
            "{} input(s) without a ledger ({LEDGER_FILE} or its parts), e.g. {}: a document they share with another input would be counted twice",
            without_ledger.len(),
            without_ledger[0].display()
        ));
    }
    // Which document ids recur across inputs: only the ledgers list every
    // document (graph.json lists the ones its kept lists refer to), and
    // their indexes say it without reading them.
    let groups = ledger_parts::recurring(&ledgers)?;
    let repeats = Repeats::find(&config.graphs, &ledgers, &groups)?;
    let shared = groups.len();
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
        let mentions = merge_mentions(&config.graphs, &repeats, &config.output)?;
        let threads = super::build::default_threads();
        let formats = super::build::resolve_formats(&graph, config.formats.as_deref());
        super::build::write_outputs_with(
            &graph,
            &graph.documents,
            mentions.as_ref(),
            folder.staging(),
            &formats,
            threads,
        )?;
    }
    let known = ledger_parts::write_merged(&ledgers, &repeats.dropped, folder.staging())
        .context("writing the merged ledger")?;
    for (path, before) in config.graphs.iter().zip(&manifests) {
        if std::fs::read(manifest_of(path)).ok() != *before {
            anyhow::bail!(
                "{} changed while it was being merged (a build committed into its folder); run the merge again",
                path.display()
            );
        }
    }
    let cache = crate::query::store::store_path(Path::new(crate::base::outputs::GRAPH_JSON));
    let written = folder.commit_known(&[cache.to_str().unwrap_or_default()], &known)?;
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
/// mentions of the copy that counts (the copy the merged ledger keeps),
/// read from the inputs' graph.db. `None`, with a one-line notice when
/// some input has the table, unless every input's graph.db has a sound
/// `mentions` table.
///
/// # Errors
/// Fails when the spool cannot be written in `scratch`.
fn merge_mentions(
    graphs: &[PathBuf],
    repeats: &Repeats,
    scratch: &Path,
) -> Result<Option<MentionList>> {
    let leave_out = |why: String| {
        super::notice::note(&format!("{why}: the merged graph.db has no mentions table"));
        Ok(None)
    };
    let mut spool = MentionSpool::new(scratch)
        .with_context(|| format!("creating a temporary file in {}", scratch.display()))?;
    let mut without = Vec::new();
    for (i, path) in graphs.iter().enumerate() {
        let (mut doc, mut keep) = (String::new(), false);
        let mut write = |m: &MentionRecord| -> std::io::Result<()> {
            if m.document != doc {
                doc.clone_from(&m.document);
                keep = !repeats.dropped_ids.contains(&(i, doc.clone()));
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
