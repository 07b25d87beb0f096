//! One module per subcommand, each with `run(config) -> Result<ExitCode>`.

use crate::ingest::input::InputSpec;
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

pub mod build;
pub mod check_gazetteer;
pub mod evidence;
pub mod export;
pub mod merge;
pub mod neighbors;
pub mod path;
pub mod progress;
pub mod relations;
pub mod show;
pub mod tag;
pub mod top;

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
    /// Gazetteer paths; empty means the built-in gazetteer.
    pub gazetteers: Vec<PathBuf>,
    /// Turn warnings into errors.
    pub strict: bool,
    /// Count demonyms as country mentions.
    pub demonyms: bool,
    /// Worker threads; `None` means all cores.
    pub threads: Option<usize>,
    /// No progress or summary output.
    pub quiet: bool,
}

/// Turns a command's result into the process exit code, printing the error
/// chain to stderr. A broken pipe (output piped into `head`) is not an error.
pub fn finish(result: anyhow::Result<ExitCode>) -> ExitCode {
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
            crate::base::diag::diag!("gazegraph: error: {err}");
            for cause in err.chain().skip(1) {
                crate::base::diag::diag!("  caused by: {cause}");
            }
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Loads the gazetteers named in `config` (the built-in one when none),
/// printing warnings to stderr.
///
/// # Errors
/// Fails on a fatal gazetteer error, or on any warning with `--strict`.
pub fn load_gazetteer(config: &CorpusConfig) -> anyhow::Result<crate::gazetteer::Gazetteer> {
    use anyhow::Context;
    let loaded = crate::gazetteer::Gazetteer::load_or_builtin(&config.gazetteers);
    // The errors go into the error message; the warnings found along the way
    // are shown too, so nothing is hidden behind the first fix.
    if let Err(crate::gazetteer::GazetteerError::Invalid { warnings, .. }) = &loaded {
        for w in warnings {
            crate::base::diag::diag!("gazegraph: warning: {}: {}", w.location, w.message);
        }
    }
    let (gaz, warnings) = loaded.context("loading the gazetteer")?;
    for w in &warnings {
        crate::base::diag::diag!("gazegraph: warning: {}: {}", w.location, w.message);
    }
    if config.strict && !warnings.is_empty() {
        anyhow::bail!(
            "{} gazetteer warning(s) and --strict is set",
            warnings.len()
        );
    }
    Ok(gaz)
}

/// Collects input warnings: prints each to stderr as it comes and counts
/// them for the summary and for `--strict`.
#[derive(Debug, Default)]
pub struct WarningSink {
    /// Warnings seen.
    pub count: u64,
}

impl WarningSink {
    /// Prints and counts one warning.
    pub fn warn(&mut self, w: crate::ingest::input::InputWarning) {
        self.count += 1;
        crate::base::diag::diag!("gazegraph: warning: {}: {}", w.location, w.message);
    }
}

/// The relation lexicon: lexicon files (`relations*.jsonl`,
/// `offices.jsonl`) found among the `-g` paths (files, or directly inside
/// folders) replace the built-in lexicon; without any, it is built in.
///
/// # Errors
/// Fails on an unreadable or malformed lexicon file.
pub fn load_lexicon(config: &CorpusConfig) -> anyhow::Result<crate::relations::Lexicon> {
    use anyhow::Context;
    let files = lexicon_files(&config.gazetteers)?;
    if files.is_empty() {
        return Ok(crate::relations::Lexicon::builtin());
    }
    let mut lex = crate::relations::Lexicon::from_path(&files[0])
        .with_context(|| format!("loading the lexicon {}", files[0].display()))?;
    extend_lexicon(&mut lex, &files[1..])?;
    Ok(lex)
}

/// Adds the lexicon files `files` to `lex`, in order.
///
/// # Errors
/// Fails on an unreadable or malformed lexicon file.
pub fn extend_lexicon(
    lex: &mut crate::relations::Lexicon,
    files: &[PathBuf],
) -> anyhow::Result<()> {
    use anyhow::Context;
    for f in files {
        let file = std::fs::File::open(f).with_context(|| format!("opening {}", f.display()))?;
        lex.extend_from_reader(io::BufReader::new(file), &f.display().to_string())
            .with_context(|| format!("loading the lexicon {}", f.display()))?;
    }
    Ok(())
}

/// The lexicon files (`relations*.jsonl`, `offices.jsonl`) among gazetteer
/// paths: files named so, and such files directly inside folders.
///
/// # Errors
/// Fails on an unreadable folder.
pub fn lexicon_files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    use anyhow::Context;
    let is_lexicon = |p: &std::path::Path| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        name.ends_with(".jsonl") && (name.starts_with("relations") || name == "offices.jsonl")
    };
    let mut files = Vec::new();
    for path in paths {
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
    Ok(files)
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
    let gaz = load_gazetteer(config)?;
    let matcher = crate::tag::matcher::Matcher::new(&gaz).context("building the matcher")?;
    let lexicon = load_lexicon(config)?;
    let tagger = crate::analyse::pipeline::Tagger::new(&gaz, &matcher, &lexicon);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut scratch = crate::analyse::pipeline::Scratch::new();
    let mut sink = WarningSink::default();
    let mut write_err: Option<io::Error> = None;
    let mut lines = 0u64;
    crate::ingest::input::read_inputs(
        &config.inputs,
        |doc| {
            tagger.analyse(&doc, &mut scratch);
            match emit(&gaz, &doc, &scratch, &mut out) {
                Ok(n) => {
                    lines += n;
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
    out.flush().context("writing to stdout")?;
    if config.strict && sink.count > 0 {
        anyhow::bail!("{} input warning(s) and --strict is set", sink.count);
    }
    Ok(ExitCode::from(if lines > 0 {
        EXIT_OK
    } else {
        EXIT_NO_RESULT
    }))
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
    serde_json::from_reader(io::BufReader::new(file))
        .with_context(|| format!("{} is not a gazegraph graph.json", path.display()))
}
