//! `gazegraph export`: read a saved graph (graph.db when it is current and
//! sound, else graph.json), select a subgraph and write it in one format
//! to a file (atomically) or stdout.

use crate::export::html::Cut;
use crate::export::{self, Format, Options};
use crate::graph::filter::{self, FilterSpec};
use crate::graph::KnowledgeGraph;
use anyhow::{bail, Context, Result};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Plain configuration of an export.
#[derive(Clone, Debug)]
pub struct Config {
    /// The saved graph (graph.json).
    pub graph: PathBuf,
    /// Output format.
    pub format: Format,
    /// Output file; `None` writes to stdout.
    pub output: Option<PathBuf>,
    /// Subgraph selection; `ego` may be an entity id, name or alias.
    pub filter: FilterSpec,
    /// Format options (GEXF dynamic mode).
    pub options: Options,
}

/// Reads a graph.json file.
///
/// # Errors
/// Fails when the file is missing ("run `gazegraph build` first") or is not
/// a gazegraph graph.
pub fn load_graph(path: &Path) -> Result<KnowledgeGraph> {
    let data = super::read_graph(path)?;
    Ok(assemble(path, data, |n| n))
}

/// The graph of `path` for export: from graph.db beside it when that is
/// current and sound (the queries' checks, [`crate::query::open::open_store`],
/// and every record checked as it is read), else from graph.json, with a
/// note saying why (none when `GAZEGRAPH_NO_CACHE` asks for graph.json).
/// Either way the graph is the same, and so are the exported bytes.
///
/// # Errors
/// As [`load_graph`].
pub fn load_for_export(path: &Path) -> Result<KnowledgeGraph> {
    use crate::query::open::{open_store, StoreMiss};
    let miss = match open_store(path) {
        Ok(Ok(g)) => match crate::query::whole::graph_data(&g) {
            Ok(Some((data, dropped))) => return Ok(assemble(path, data, |_| dropped)),
            Ok(None) => StoreMiss::Missing,
            Err(e) => StoreMiss::Damaged(e),
        },
        Ok(Err(miss)) => miss,
        // graph.json missing or unreadable: read_graph says so.
        Err(_) => return load_graph(path),
    };
    if !matches!(miss, StoreMiss::Disabled) {
        let db = crate::query::store::store_path(path);
        super::notice::note(&format!(
            "{}: {miss}; exporting from {}",
            db.display(),
            path.display()
        ));
    }
    load_graph(path)
}

/// The graph of `data`, read from `path`, warning of the edges `dropped`
/// says were skipped (from graph.json: counted by
/// [`KnowledgeGraph::from_data`]; from graph.db: recorded when it was made).
fn assemble(
    path: &Path,
    data: crate::graph::GraphData,
    dropped: impl FnOnce(usize) -> usize,
) -> KnowledgeGraph {
    let (graph, skipped) = KnowledgeGraph::from_data(data);
    let dropped = dropped(skipped);
    if dropped > 0 {
        super::notice::warn(
            &path.display().to_string(),
            &format!("{dropped} edge(s) name unknown entities and were skipped"),
        );
    }
    graph
}

/// Runs the export.
///
/// # Errors
/// Fails on a missing or malformed graph, an unknown ego entity, a bad
/// filter, a write error, or missing Graphviz for SVG/PNG.
pub fn run(config: Config) -> Result<ExitCode> {
    crate::base::manifest::verify(&config.graph, &[], true)?;
    let (format, mut options) = (config.format, config.options);
    if options.dynamic && format != Format::Gexf {
        bail!("--dynamic only applies to --format gexf");
    }
    if config.filter.top == Some(0) {
        bail!("--top must be at least 1");
    }
    if options.layout.is_some() && !matches!(format, Format::Svg | Format::Png) {
        bail!("--layout only applies to --format svg or png (a DOT file leaves it to you)");
    }
    if options.all
        && !matches!(
            format,
            Format::Dot | Format::Svg | Format::Png | Format::Html
        )
    {
        bail!("--all only applies to --format dot, svg, png or html");
    }
    // An explicit --top is the user's cut: no default cut on top of it.
    options.all |= config.filter.top.is_some();
    let graph = load_for_export(&config.graph)?;
    let mut spec = config.filter;
    if let Some(ego) = spec.ego.take() {
        // The same lookup as the query commands: any name, alias or form
        // seen, with "did you mean" for unknown and ambiguous names.
        let qg = crate::query::QueryGraph::from_knowledge(&graph);
        let Some(n) = crate::query::report::resolve(&qg, &ego, false, &mut io::sink())? else {
            return Ok(ExitCode::from(super::EXIT_NO_RESULT));
        };
        spec.ego = Some(qg.node(n)?.id.clone());
    }
    if format == Format::Html {
        // The page states its cut, so it makes the --top cut itself (the
        // last filter step either way): by default the 2,000 most connected.
        if let Some(n) = spec.top.take() {
            options.html_cut = Cut::Top(n);
        }
    }
    let graph = filter::apply(&graph, &spec)?;
    match &config.output {
        Some(path) => crate::base::atomic::write_file_atomic(path, |w| {
            export::write_with(&graph, format, &options, w)
        })
        .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let stdout = io::stdout();
            let mut w = BufWriter::new(stdout.lock());
            export::write_with(&graph, format, &options, &mut w)
                .context("cannot write to stdout")?;
            w.flush().context("cannot write to stdout")?;
        }
    }
    Ok(ExitCode::from(super::EXIT_OK))
}
