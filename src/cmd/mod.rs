//! One module per subcommand, each with `run(config) -> Result<ExitCode>`.

use crate::ingest::input::InputSpec;
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

pub mod build;
mod build_report;
pub mod check_gazetteer;
pub mod evidence;
pub mod export;
pub mod gazetteer_stats;
pub mod ids;
pub mod import_spacy;
pub mod import_wikidata;
pub mod merge;
pub mod neighbors;
pub mod notice;
pub mod outputs;
pub mod path;
pub mod progress;
pub mod relations;
pub mod show;
pub mod suggest;
pub mod tag;
pub mod top;
pub mod winners;

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: the query found nothing.
pub const EXIT_NO_RESULT: u8 = 1;
/// Exit code: an error stopped the run.
pub const EXIT_ERROR: u8 = 2;

/// Inputs and gazetteers of any command that reads a corpus.
#[derive(Clone, Debug, Default)]
pub struct CorpusConfig {
    /// Files, folders or stdin.
    pub inputs: Vec<InputSpec>,
    /// Gazetteer paths, added to the built-in gazetteer and lexicon.
    pub gazetteers: Vec<PathBuf>,
    /// Start from an empty gazetteer and lexicon (`--no-builtin`): only the
    /// `gazetteers` paths count.
    pub no_builtin: bool,
    /// Turn warnings into errors.
    pub strict: bool,
    /// Count demonyms as country mentions.
    pub demonyms: bool,
    /// Worker threads; `None` means all cores.
    pub threads: Option<usize>,
    /// No progress or summary output.
    pub quiet: bool,
}

/// The inputs named on the command line (`-` is stdin) in reading order.
/// Listing the inputs in another order must give the same outputs
/// (including which copy of a repeated document id counts): they are read
/// in path order, stdin last, each once.
pub fn input_specs(args: Vec<String>) -> Vec<InputSpec> {
    let mut inputs: Vec<InputSpec> = args
        .into_iter()
        .map(|s| {
            if s == "-" {
                InputSpec::Stdin
            } else {
                InputSpec::Path(PathBuf::from(s))
            }
        })
        .collect();
    inputs.sort_by(|a, b| match (a, b) {
        (InputSpec::Path(a), InputSpec::Path(b)) => a.cmp(b),
        (InputSpec::Path(_), _) => std::cmp::Ordering::Less,
        (_, InputSpec::Path(_)) => std::cmp::Ordering::Greater,
        _ => std::cmp::Ordering::Equal,
    });
    inputs.dedup();
    inputs
}

/// Names standard input (`--source NAME`, `--first-line N`): its documents
/// get the ids `NAME` (one text document) or `NAME:LINE` (JSON Lines
/// records without an id), lines counted from `first_line`.
pub fn name_stdin(inputs: &mut [InputSpec], name: Option<&str>, first_line: u64) {
    if name.is_none() && first_line == 1 {
        return;
    }
    for spec in inputs {
        if *spec == InputSpec::Stdin {
            *spec = InputSpec::Stream {
                file: None,
                name: name.unwrap_or("-").to_string(),
                first_line,
            };
        }
    }
}

/// Turns a command's result into the process exit code, printing the error
/// chain to stderr. A broken pipe (output piped into `head`) is not an error.
/// With `--quiet`, the number of warnings silenced is given in one line.
pub fn finish(result: anyhow::Result<ExitCode>) -> ExitCode {
    if let Some(line) = notice::quiet_summary() {
        notice::line(&line);
    }
    match result {
        Ok(code) => code,
        Err(err) => {
            let broken_pipe = err.chain().any(|c| {
                c.downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::from(EXIT_OK);
            }
            notice::line(&format!("gazegraph: error: {err}"));
            for cause in err.chain().skip(1) {
                notice::line(&format!("  caused by: {cause}"));
            }
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Loads the gazetteer: the built-in one (unless `--no-builtin`) plus the
/// `-g` paths, reporting warnings.
///
/// # Errors
/// Fails on a fatal gazetteer error, or on any warning with `--strict`.
pub fn load_gazetteer(config: &CorpusConfig) -> anyhow::Result<crate::gazetteer::Gazetteer> {
    use anyhow::Context;
    let loaded = crate::gazetteer::Gazetteer::load_with(&config.gazetteers, !config.no_builtin);
    // The errors go into the error message; the warnings found along the way
    // are shown too, so nothing is hidden behind the first fix.
    if let Err(crate::gazetteer::GazetteerError::Invalid { warnings, .. }) = &loaded {
        for w in warnings {
            notice::warn(&w.location, &w.message);
        }
    }
    let (gaz, warnings) = loaded.context("loading the gazetteer")?;
    for w in &warnings {
        notice::warn(&w.location, &w.message);
    }
    if config.strict && !warnings.is_empty() {
        anyhow::bail!(
            "{} gazetteer warning(s) and --strict is set",
            warnings.len()
        );
    }
    Ok(gaz)
}

/// Collects input warnings: reports each as it comes ([`notice::warn`]:
/// shown unless `--quiet`, counted for the summary) and counts them for
/// `--strict`.
#[derive(Debug, Default)]
pub struct WarningSink {
    /// Warnings seen.
    pub count: u64,
}

impl WarningSink {
    /// Prints and counts one warning.
    pub fn warn(&mut self, w: crate::ingest::input::InputWarning) {
        self.count += 1;
        notice::warn(&w.location, &w.message);
    }
}

/// The relation lexicon: the built-in one (unless `--no-builtin`, which
/// starts from an empty lexicon) extended by the lexicon files
/// (`relations*.jsonl`, `offices.jsonl`) found among the `-g` paths (files,
/// or directly inside folders). A file identical to a built-in one is not
/// read twice.
///
/// # Errors
/// Fails on an unreadable or malformed lexicon file.
pub fn load_lexicon(config: &CorpusConfig) -> anyhow::Result<crate::relations::Lexicon> {
    use crate::relations::Lexicon;
    use anyhow::Context;
    let is_lexicon = |p: &std::path::Path| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        name.ends_with(".jsonl") && (name.starts_with("relations") || name == "offices.jsonl")
    };
    let mut files = Vec::new();
    for path in &config.gazetteers {
        if path.is_dir() {
            let entries =
                std::fs::read_dir(path).with_context(|| format!("reading {}", path.display()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| is_lexicon(p))
                .collect();
            found.sort();
            files.extend(found);
        } else if is_lexicon(path) {
            files.push(path.clone());
        }
    }
    let mut lex = if config.no_builtin {
        Lexicon::from_reader(io::empty(), "none")?
    } else {
        Lexicon::builtin()
    };
    for f in &files {
        let bytes = std::fs::read(f).with_context(|| format!("reading {}", f.display()))?;
        if !config.no_builtin
            && Lexicon::builtin_texts()
                .iter()
                .any(|t| t.as_bytes() == bytes)
        {
            continue;
        }
        lex.extend_from_reader(bytes.as_slice(), &f.display().to_string())
            .with_context(|| format!("loading the lexicon {}", f.display()))?;
    }
    Ok(lex)
}

/// Runs the per-document pipeline over the corpus of `config` and lets
/// `emit` write each analysed document's lines to a locked, buffered stdout.
/// `emit` returns how many lines it wrote; the exit code is 1 when no line
/// was written at all. Used by `tag` and `relations`.
///
/// # Errors
/// Fails on gazetteer or lexicon errors, write errors (a broken pipe
/// included, which `finish` treats as success), and with `--strict` when
/// an input warning was reported.
pub fn emit_per_document(
    config: &CorpusConfig,
    mut emit: impl FnMut(
        &crate::gazetteer::Gazetteer,
        &crate::ingest::document::Document,
        &crate::analyse::pipeline::Scratch,
        &mut dyn io::Write,
    ) -> io::Result<u64>,
) -> anyhow::Result<ExitCode> {
    use anyhow::Context;
    use io::Write;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let lines = analyse_each(config, |gaz, doc, scratch| {
        emit(gaz, doc, scratch, &mut out)
    })?;
    out.flush().context("writing to stdout")?;
    Ok(exit_for(lines))
}

/// Exit code 0 when something was found, 1 when nothing was.
pub fn exit_for(found: u64) -> ExitCode {
    ExitCode::from(if found > 0 { EXIT_OK } else { EXIT_NO_RESULT })
}

/// Runs the per-document pipeline over the corpus of `config`, in input
/// order on one thread, and hands each analysed document to `each`, which
/// returns how many items it found; returns their sum.
///
/// # Errors
/// Fails on gazetteer or lexicon errors, on an error `each` returns, and
/// with `--strict` when an input warning was reported.
pub fn analyse_each(
    config: &CorpusConfig,
    mut each: impl FnMut(
        &crate::gazetteer::Gazetteer,
        &crate::ingest::document::Document,
        &crate::analyse::pipeline::Scratch,
    ) -> io::Result<u64>,
) -> anyhow::Result<u64> {
    use anyhow::Context;
    notice::set_quiet(config.quiet);
    let gaz = load_gazetteer(config)?;
    let matcher = crate::tag::matcher::Matcher::new(&gaz).context("building the matcher")?;
    let lexicon = load_lexicon(config)?;
    let tagger = crate::analyse::pipeline::Tagger::new(&gaz, &matcher, &lexicon);
    let mut scratch = crate::analyse::pipeline::Scratch::new();
    let mut sink = WarningSink::default();
    let mut write_err: Option<io::Error> = None;
    let mut found = 0u64;
    crate::ingest::input::read_inputs(
        &config.inputs,
        |doc| {
            tagger.analyse(&doc, &mut scratch);
            match each(&gaz, &doc, &scratch) {
                Ok(n) => {
                    found += n;
                    Ok(())
                }
                Err(e) => {
                    let msg = e.to_string();
                    write_err = Some(e);
                    Err(msg)
                }
            }
        },
        |w| sink.warn(w),
    )
    .map_err(|e| match write_err.take() {
        Some(io) => anyhow::Error::from(io),
        None => anyhow::Error::from(e),
    })?;
    if config.strict && sink.count > 0 {
        anyhow::bail!("{} input warning(s) and --strict is set", sink.count);
    }
    Ok(found)
}

/// Reads a saved graph.json.
///
/// # Errors
/// Fails when the file is missing ("run `gazegraph build` first"), cannot
/// be opened, or is not a gazegraph graph.
pub fn read_graph(path: &std::path::Path) -> anyhow::Result<crate::graph::GraphData> {
    use anyhow::Context;
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            anyhow::bail!("{} not found: run `gazegraph build` first", path.display())
        }
        Err(e) => return Err(e).with_context(|| format!("cannot open {}", path.display())),
    };
    let data: crate::graph::GraphData = serde_json::from_reader(io::BufReader::new(file))
        .with_context(|| format!("{} is not a gazegraph graph.json", path.display()))?;
    // An edge to a node that is not there is dropped: say which.
    crate::query::open::name_dangling(path, &data.dangling_edges());
    Ok(data)
}

/// Runs a query command's `answer` on the saved graph, writing its output
/// to stdout only once it has succeeded (see [`answer_loaded`]).
///
/// # Errors
/// Fails when the graph cannot be loaded, `answer` fails, or stdout cannot
/// be written.
pub(crate) fn answer_query(
    graph: &std::path::Path,
    answer: impl Fn(&crate::query::QueryGraph, &mut Vec<u8>) -> anyhow::Result<ExitCode>,
) -> anyhow::Result<ExitCode> {
    use std::io::Write;
    crate::base::memory::small_pages();
    crate::base::manifest::verify(graph, &[], false)?;
    let g = crate::query::load(graph)?;
    let (code, out, _) = answer_loaded(graph, &g, answer)?;
    let mut stdout = io::stdout().lock();
    stdout.write_all(&out)?;
    stdout.flush()?;
    Ok(code)
}

/// Runs a query command's `answer` on `g`, loaded from the graph.json
/// `graph`, and returns what it returned with the output it wrote. When
/// graph.db turns out to be damaged half-way (a record that fails its
/// checksum), the answer is computed again from graph.json, which also
/// rewrites graph.db: a damaged store never gives a wrong answer. The
/// graph then loaded is returned too, for a caller that keeps its graph
/// open (the Python package). The query commands answer through it.
///
/// # Errors
/// Fails when `answer` fails, or graph.json cannot be loaded again.
pub fn answer_loaded<T>(
    graph: &std::path::Path,
    g: &crate::query::QueryGraph,
    answer: impl Fn(&crate::query::QueryGraph, &mut Vec<u8>) -> anyhow::Result<T>,
) -> anyhow::Result<(T, Vec<u8>, Option<crate::query::QueryGraph>)> {
    let mut out = Vec::new();
    match answer(g, &mut out) {
        Err(e) if is_damaged_store(&e) => {
            let fresh = crate::query::load_fresh(graph)?;
            out.clear();
            let value = answer(&fresh, &mut out)?;
            Ok((value, out, Some(fresh)))
        }
        r => Ok((r?, out, None)),
    }
}

/// Whether an error comes from a damaged graph.db.
fn is_damaged_store(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<crate::query::QueryError>(),
            Some(crate::query::QueryError::Corrupt { .. })
        )
    })
}
