//! `gazegraph gazetteer check|stats|import` and `gazegraph suggest`: their
//! clap types and conversion into the plain configs of `cmd::*`.

use super::{CorpusArgs, TypeArg};
use crate::base::types::EntityType;
use crate::cmd;
use anyhow::{bail, Result};
use clap::{Args, Subcommand};
use std::path::PathBuf;

/// Examples of `gazegraph gazetteer`.
pub(super) const EX_GAZETTEER: &str = "Examples:
  gazegraph gazetteer check extra.jsonl
  gazegraph gazetteer stats -g wikidata.jsonl
  gazegraph gazetteer import wikidata latest-all.json.bz2 --min-sitelinks 20 -o wikidata.jsonl
  gazegraph gazetteer import spacy patterns.jsonl --label NORP=skip -o spacy.jsonl";

/// Examples of `gazegraph suggest`.
pub(super) const EX_SUGGEST: &str = "Examples:
  gazegraph suggest corpus/ --top 30
  gazegraph suggest corpus/ --json > extra.jsonl    # edit, then:
  gazegraph build corpus/ -g extra.jsonl -o output";

/// `gazegraph gazetteer`.
#[derive(Debug, Args)]
pub struct GazetteerArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: GazetteerCommand,
}

/// `gazegraph gazetteer` subcommands.
#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Check gazetteer files and report every problem (= check-gazetteer).
    Check(CheckArgs),
    /// Count entities by type, language and source.
    Stats(StatsArgs),
    /// Make gazetteer records from Wikidata or spaCy patterns.
    #[command(subcommand)]
    Import(ImportCommand),
}

/// `gazegraph gazetteer stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Gazetteer files or folders, counted with the built-in gazetteer.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Count the paths alone, without the built-in gazetteer.
    #[arg(long)]
    pub no_builtin: bool,
    /// Print JSON instead of tables.
    #[arg(long)]
    pub json: bool,
}

/// `gazegraph gazetteer import` sources.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Wikidata JSON dump (.json, .json.gz, .json.bz2, -) or Query Service
    /// JSON results.
    Wikidata(WikidataArgs),
    /// spaCy EntityRuler patterns (JSON Lines).
    Spacy(SpacyArgs),
}

/// `gazegraph gazetteer import wikidata`.
#[derive(Debug, Args)]
pub struct WikidataArgs {
    /// Dump files or query results; - for standard input.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,
    /// Output file (default: standard output).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Languages of the names kept, comma-separated, or `all`.
    #[arg(long, value_name = "LANGS", default_value = "id,en")]
    pub lang: String,
    /// Keep only these types (comma-separated or repeated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "TYPE")]
    pub types: Vec<TypeArg>,
    /// Keep only items with at least N sitelinks (Wikipedia articles...).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_sitelinks: usize,
    /// More class mappings (Q-id<TAB>type lines), added to the built-in one.
    #[arg(long, value_name = "FILE")]
    pub classes: Vec<PathBuf>,
    /// Type of items with no mapped class (instead of skipping them).
    #[arg(long, value_enum, value_name = "TYPE")]
    pub default_type: Option<TypeArg>,
    /// Keep items the built-in gazetteer has already (same qid).
    #[arg(long)]
    pub keep_known: bool,
    /// No summary or warnings (their count is given in one line).
    #[arg(short, long)]
    pub quiet: bool,
}

/// `gazegraph gazetteer import spacy`.
#[derive(Debug, Args)]
pub struct SpacyArgs {
    /// EntityRuler pattern files (JSON Lines); - for standard input.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,
    /// Output file (default: standard output).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Map a label to a type (person, place, organisation, skip); repeatable.
    #[arg(long = "label", value_name = "LABEL=TYPE")]
    pub labels: Vec<String>,
    /// No summary or warnings (their count is given in one line).
    #[arg(short, long)]
    pub quiet: bool,
}

/// `gazegraph suggest`.
#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// Inputs and gazetteers.
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// At most this many suggestions.
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub top: usize,
    /// Only names found in at least N documents.
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub min_docs: usize,
    /// Write gazetteer records (JSON Lines) with their evidence.
    #[arg(long)]
    pub json: bool,
}

fn types(list: Option<TypeArg>) -> Option<EntityType> {
    list.map(EntityType::from)
}

impl StatsArgs {
    /// The plain `gazetteer stats` config.
    pub fn into_config(self) -> cmd::gazetteer_stats::Config {
        cmd::gazetteer_stats::Config {
            paths: self.paths,
            no_builtin: self.no_builtin,
            json: self.json,
        }
    }
}

impl WikidataArgs {
    /// The plain `gazetteer import wikidata` config.
    pub fn into_config(self) -> cmd::import_wikidata::Config {
        cmd::import_wikidata::Config {
            files: self.files,
            output: self.output,
            lang: self.lang,
            types: self.types.into_iter().map(EntityType::from).collect(),
            min_sitelinks: self.min_sitelinks,
            classes: self.classes,
            default_type: types(self.default_type),
            keep_known: self.keep_known,
            quiet: self.quiet,
        }
    }
}

impl SpacyArgs {
    /// The plain `gazetteer import spacy` config.
    pub fn into_config(self) -> cmd::import_spacy::Config {
        cmd::import_spacy::Config {
            files: self.files,
            output: self.output,
            labels: self.labels,
            quiet: self.quiet,
        }
    }
}

impl SuggestArgs {
    /// The plain `suggest` config.
    ///
    /// # Errors
    /// Fails on invalid corpus options or `--top 0`.
    pub fn into_config(self) -> Result<cmd::suggest::Config> {
        if self.top == 0 {
            bail!("--top must be at least 1");
        }
        Ok(cmd::suggest::Config {
            corpus: self.corpus.into_config()?,
            top: self.top,
            min_docs: self.min_docs.max(1),
            json: self.json,
        })
    }
}

impl GazetteerArgs {
    /// Runs the subcommand.
    ///
    /// # Errors
    /// As the subcommand's `run`.
    pub fn run(self) -> Result<std::process::ExitCode> {
        match self.command {
            GazetteerCommand::Check(args) => cmd::check_gazetteer::run(args.into_config()),
            GazetteerCommand::Stats(args) => cmd::gazetteer_stats::run(args.into_config()),
            GazetteerCommand::Import(ImportCommand::Wikidata(args)) => {
                cmd::import_wikidata::run(args.into_config())
            }
            GazetteerCommand::Import(ImportCommand::Spacy(args)) => {
                cmd::import_spacy::run(args.into_config())
            }
        }
    }
}

/// `gazegraph check-gazetteer`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Gazetteer files or folders, checked together with the built-in
    /// gazetteer (default: the built-in gazetteer alone).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Check the paths alone, without the built-in gazetteer.
    #[arg(long)]
    pub no_builtin: bool,
}

impl CheckArgs {
    /// The plain check-gazetteer config.
    pub fn into_config(self) -> cmd::check_gazetteer::Config {
        cmd::check_gazetteer::Config {
            paths: self.paths,
            no_builtin: self.no_builtin,
        }
    }
}
