//! Command-line syntax (clap derive types) and its conversion into the plain
//! config structs of `cmd::*`. Nothing outside this file and `main.rs`
//! depends on clap.

use crate::base::types::EntityType;
use crate::cmd;
use anyhow::{bail, Result};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

mod gazetteer;
pub use gazetteer::CheckArgs;
mod help;
mod ids;
mod values;
pub use gazetteer::{GazetteerArgs, SuggestArgs};
use help::*;
pub use help::{write_completions, write_man, ColorArg, CompletionsArgs};
pub use ids::IdsArgs;
use values::chosen_formats;
pub use values::{FormatArg, RankArg, TypeArg, WindowArg};

/// Turn news articles into an entity knowledge graph.
#[derive(Debug, Parser)]
#[command(name = "gazegraph", version, about, long_about = None, propagate_version = true)]
#[command(after_help = EX_MAIN)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
    /// Colour: auto (on a terminal, unless NO_COLOR is set to a non-empty
    /// value), always, or never.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the entity graph of a corpus and write graph.json plus exports.
    #[command(after_help = EX_BUILD)]
    Build(BuildArgs),
    /// Print one JSON line per entity mention (or an HTML page: --html).
    #[command(after_help = EX_TAG)]
    Tag(TagArgs),
    /// Print one JSON line per typed relation instance.
    #[command(after_help = EX_RELATIONS)]
    Relations(CorpusArgs),
    /// Check gazetteer files and report every problem (= gazetteer check).
    #[command(after_help = EX_CHECK)]
    CheckGazetteer(CheckArgs),
    /// Check, count and import gazetteers (Wikidata, spaCy patterns).
    #[command(after_help = gazetteer::EX_GAZETTEER)]
    Gazetteer(GazetteerArgs),
    /// List names no gazetteer entry covers, ranked by documents.
    #[command(after_help = gazetteer::EX_SUGGEST)]
    Suggest(SuggestArgs),
    /// Export a saved graph to DOT, GraphML, GEXF, JSON, SVG or PNG.
    #[command(after_help = EX_EXPORT)]
    Export(ExportArgs),
    /// Merge graphs built from separate shards.
    #[command(after_help = EX_MERGE)]
    Merge(MergeArgs),
    /// Print the id, version and id hash a build gives each input record.
    Ids(IdsArgs),
    /// List the neighbours of an entity, ranked.
    #[command(alias = "neighbours", after_help = EX_NEIGHBORS)]
    Neighbors(NeighborsArgs),
    /// Show the shortest path between two entities, with evidence.
    #[command(after_help = EX_PATH)]
    Path(PathArgs),
    /// Show one entity: names, variants seen, documents, top neighbours.
    #[command(after_help = EX_SHOW)]
    Show(ShowArgs),
    /// Print every sentence that links two entities.
    #[command(after_help = EX_EVIDENCE)]
    Evidence(EvidenceArgs),
    /// Rank entities by degree, weight, PageRank or betweenness.
    #[command(after_help = EX_TOP)]
    Top(TopArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(after_help = EX_COMPLETIONS)]
    Completions(CompletionsArgs),
    /// Print the manual page (roff) on stdout.
    #[command(after_help = EX_MAN)]
    Man,
}

/// Options shared by every command that reads a corpus.
#[derive(Debug, Args)]
pub struct CorpusArgs {
    /// Input files (.txt, .md, .jsonl), folders (recursive), or - for
    /// stdin. None: standard input when it is piped.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Gazetteer file or folder, repeatable; adds to the built-in
    /// gazetteer (entities, variants, offices and relation lexicon).
    #[arg(short = 'g', long = "gazetteer", value_name = "PATH")]
    pub gazetteers: Vec<PathBuf>,
    /// Start from nothing: no built-in gazetteer, variants, offices or
    /// relation lexicon; only the -g paths.
    #[arg(long)]
    pub no_builtin: bool,
    /// Treat every input warning as an error.
    #[arg(long)]
    pub strict: bool,
    /// Count demonyms ("Russian") as mentions of their country.
    #[arg(long)]
    pub demonyms: bool,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// No progress bar, summary or warnings (their count is given in one
    /// line).
    #[arg(short, long)]
    pub quiet: bool,
    /// Name standard input: records without an id get NAME:LINE, not -:LINE.
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,
    /// The number of standard input's first line.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub first_line: u64,
}

/// `gazegraph build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Inputs and gazetteers.
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Output folder.
    #[arg(short, long, value_name = "DIR", default_value = "output")]
    pub output: PathBuf,
    /// Co-occurrence window.
    #[arg(long, value_enum, default_value_t = WindowArg::Sentence)]
    pub window: WindowArg,
    /// Formats to write besides graph.json and graph.db (comma-separated
    /// or repeated) [default: dot, graphml and gexf for a graph of at most
    /// 20,000 evidence rows, none above]
    #[arg(long, value_enum, value_delimiter = ',')]
    pub format: Vec<FormatArg>,
    /// Evidence sentences kept per edge (0 = all).
    #[arg(long, value_name = "N", default_value_t = 25)]
    pub max_evidence: usize,
    /// Also write run statistics (sizes, counts, timings per stage) as JSON
    /// here.
    #[arg(long, value_name = "FILE")]
    pub stats: Option<PathBuf>,
    /// Also record every mention (document, offsets, surface form, entity,
    /// via, sentence) in graph.db's `mentions` table.
    #[arg(long)]
    pub mentions: bool,
}

/// `gazegraph tag`.
#[derive(Debug, Args)]
pub struct TagArgs {
    /// Inputs and gazetteers.
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Write the documents as one HTML page, every mention highlighted.
    #[arg(long)]
    pub html: bool,
    /// Output file of --html (default: stdout).
    #[arg(short, long, value_name = "FILE", requires = "html")]
    pub output: Option<PathBuf>,
    /// Also print names dropped inside longer names (`via: "nested"`).
    #[arg(long)]
    pub all: bool,
}

impl TagArgs {
    /// The plain `tag` config (fails on invalid corpus options).
    pub fn into_config(self) -> Result<cmd::tag::Config> {
        let (html, output, all) = (self.html, self.output, self.all);
        let corpus = self.corpus.into_config()?;
        Ok(cmd::tag::Config {
            corpus,
            html,
            output,
            all,
        })
    }
}

/// Filters shared by `export` and the query commands.
#[derive(Debug, Args, Clone, Default)]
pub struct FilterArgs {
    /// Keep edges of this kind (cooccurrence, meets, visits, ...); repeatable.
    #[arg(long = "kind", value_name = "K")]
    pub kinds: Vec<String>,
    /// Keep entities of this type; repeatable.
    #[arg(long = "type", value_name = "T", value_enum)]
    pub types: Vec<TypeArg>,
    /// Keep edges of at least this weight.
    #[arg(long, value_name = "W")]
    pub min_weight: Option<f64>,
    /// Keep evidence dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Keep evidence dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

/// `gazegraph export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The saved graph.
    #[arg(long, value_name = "FILE", default_value = "output/graph.json")]
    pub graph: PathBuf,
    /// Output format.
    #[arg(short, long, value_enum)]
    pub format: FormatArg,
    /// Output file (default: stdout).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Filters.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Keep only the N most connected entities.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Keep only the neighbourhood of this entity.
    #[arg(long, value_name = "ENTITY")]
    pub ego: Option<String>,
    /// Depth of the --ego neighbourhood.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub depth: usize,
    /// GEXF only: write a dynamic graph with spells from publication dates.
    #[arg(long)]
    pub dynamic: bool,
    /// DOT, SVG, PNG, HTML: every entity (default: the 300, HTML 2,000 most connected).
    #[arg(long, conflicts_with = "top")]
    pub all: bool,
    /// SVG, PNG: Graphviz layout engine (default: neato up to 300 entities, sfdp above).
    #[arg(long, value_name = "ENGINE", value_parser = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])]
    pub layout: Option<String>,
}

/// `gazegraph merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// graph.json files to merge.
    #[arg(value_name = "GRAPH", required = true)]
    pub graphs: Vec<PathBuf>,
    /// Output folder.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// Formats to write besides graph.json and graph.db [default: as
    /// `build`]
    #[arg(long, value_enum, value_delimiter = ',')]
    pub format: Vec<FormatArg>,
    /// An inner step of a tree merge: graph.json and the ledger only.
    #[arg(long)]
    pub partial: bool,
}

/// Options shared by the query commands.
#[derive(Debug, Args, Clone)]
pub struct QueryArgs {
    /// The saved graph.
    #[arg(long, value_name = "FILE", default_value = "output/graph.json")]
    pub graph: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// `gazegraph neighbors`.
#[derive(Debug, Args)]
pub struct NeighborsArgs {
    /// Entity name, alias or id.
    pub entity: String,
    /// Query options.
    #[command(flatten)]
    pub query: QueryArgs,
    /// Filters.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Hops from the entity.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub depth: usize,
    /// At most this many rows.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

/// `gazegraph path`.
#[derive(Debug, Args)]
pub struct PathArgs {
    /// From this entity.
    pub from: String,
    /// To this entity.
    pub to: String,
    /// Query options.
    #[command(flatten)]
    pub query: QueryArgs,
    /// Filters.
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// `gazegraph show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Entity name, alias or id.
    pub entity: String,
    /// Query options.
    #[command(flatten)]
    pub query: QueryArgs,
    /// Neighbours listed.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub limit: usize,
}

/// `gazegraph evidence`.
#[derive(Debug, Args)]
pub struct EvidenceArgs {
    /// One entity.
    pub a: String,
    /// The other entity.
    pub b: String,
    /// Query options.
    #[command(flatten)]
    pub query: QueryArgs,
    /// Filters.
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// `gazegraph top`.
#[derive(Debug, Args)]
pub struct TopArgs {
    /// Query options.
    #[command(flatten)]
    pub query: QueryArgs,
    /// Ranking measure.
    #[arg(long, value_enum, default_value_t = RankArg::Degree)]
    pub by: RankArg,
    /// Filters.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// At most this many rows.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
}

/// The largest `--threads` accepted.
pub const MAX_THREADS: usize = 1024;

impl CorpusArgs {
    /// The plain corpus config.
    ///
    /// # Errors
    /// Fails on an empty input list, or a thread count of zero or over
    /// [`MAX_THREADS`].
    pub fn into_config(self) -> Result<cmd::CorpusConfig> {
        if self.threads == Some(0) {
            bail!("--threads must be at least 1");
        }
        // Each worker is an OS thread; asking for more than any machine has
        // would only end in a failed spawn.
        if self.threads.is_some_and(|n| n > MAX_THREADS) {
            bail!("--threads must be at most {MAX_THREADS}");
        }
        let inputs = ids::inputs(self.inputs, self.source.as_deref(), self.first_line)?;
        Ok(cmd::CorpusConfig {
            inputs,
            gazetteers: self.gazetteers,
            no_builtin: self.no_builtin,
            strict: self.strict,
            demonyms: self.demonyms,
            threads: self.threads,
            quiet: self.quiet,
        })
    }
}

impl BuildArgs {
    /// The plain build config.
    ///
    /// # Errors
    /// Fails on invalid corpus options.
    pub fn into_config(self) -> Result<cmd::build::Config> {
        let formats = chosen_formats(&self.format);
        Ok(cmd::build::Config {
            corpus: self.corpus.into_config()?,
            output: self.output,
            window: self.window.into(),
            formats,
            max_evidence: self.max_evidence,
            stats: self.stats,
            mentions: self.mentions,
        })
    }
}

impl MergeArgs {
    /// The plain merge config.
    ///
    /// # Errors
    /// Never at present; kept fallible like every conversion.
    pub fn into_config(self) -> Result<cmd::merge::Config> {
        let formats = chosen_formats(&self.format);
        Ok(cmd::merge::Config {
            graphs: self.graphs,
            output: self.output,
            formats,
            quiet: false,
            partial: self.partial,
        })
    }
}

impl FilterArgs {
    /// The plain filter spec (no top/ego: those belong to `export`).
    ///
    /// # Errors
    /// Fails on a negative or non-finite `--min-weight`.
    pub fn into_spec(self) -> Result<crate::graph::filter::FilterSpec> {
        if let Some(w) = self.min_weight {
            if !w.is_finite() || w < 0.0 {
                bail!("--min-weight must be a non-negative number, got {w}");
            }
        }
        Ok(crate::graph::filter::FilterSpec {
            min_weight: self.min_weight,
            kinds: self.kinds,
            types: self.types.into_iter().map(EntityType::from).collect(),
            since: self.since,
            until: self.until,
            ..Default::default()
        })
    }
}

use crate::export::Engine;

impl ExportArgs {
    /// The plain export config (`cmd::export::run` checks the options).
    ///
    /// # Errors
    /// Fails on invalid filters.
    pub fn into_config(self) -> Result<cmd::export::Config> {
        let mut filter = self.filter.into_spec()?;
        filter.top = self.top;
        filter.ego = self.ego;
        filter.depth = self.depth;
        Ok(cmd::export::Config {
            graph: self.graph,
            format: self.format.format(),
            output: self.output,
            filter,
            options: crate::export::Options {
                layout: self.layout.as_deref().and_then(Engine::from_name),
                ..crate::export::Options::new(self.dynamic, self.all)
            },
        })
    }
}

impl FilterArgs {
    /// The query filter (dates checked as YYYY-MM-DD).
    ///
    /// # Errors
    /// Fails on a malformed date or a negative weight.
    pub fn into_query_filter(self) -> Result<crate::query::Filter> {
        use crate::query::Filter;
        if self.min_weight.is_some_and(|w| w.is_nan() || w < 0.0) {
            bail!("--min-weight must be a number >= 0");
        }
        let date = |d: Option<String>| d.as_deref().map(Filter::parse_date).transpose();
        Ok(Filter {
            kinds: self.kinds,
            types: self.types.into_iter().map(EntityType::from).collect(),
            min_weight: self.min_weight,
            since: date(self.since)?,
            until: date(self.until)?,
        })
    }
}

impl NeighborsArgs {
    /// The plain `neighbors` config.
    ///
    /// # Errors
    /// Fails on invalid filters or a zero depth.
    pub fn into_config(self) -> Result<cmd::neighbors::Config> {
        if self.depth == 0 {
            bail!("--depth must be at least 1");
        }
        Ok(cmd::neighbors::Config {
            graph: self.query.graph,
            json: self.query.json,
            entity: self.entity,
            filter: self.filter.into_query_filter()?,
            depth: self.depth,
            limit: self.limit,
        })
    }
}

impl PathArgs {
    /// The plain `path` config.
    ///
    /// # Errors
    /// Fails on invalid filters.
    pub fn into_config(self) -> Result<cmd::path::Config> {
        Ok(cmd::path::Config {
            graph: self.query.graph,
            json: self.query.json,
            from: self.from,
            to: self.to,
            filter: self.filter.into_query_filter()?,
        })
    }
}

impl ShowArgs {
    /// The plain `show` config.
    ///
    /// # Errors
    /// Never fails today; kept fallible like the other conversions.
    pub fn into_config(self) -> Result<cmd::show::Config> {
        Ok(cmd::show::Config {
            graph: self.query.graph,
            json: self.query.json,
            entity: self.entity,
            limit: self.limit,
        })
    }
}

impl EvidenceArgs {
    /// The plain `evidence` config.
    ///
    /// # Errors
    /// Fails on invalid filters.
    pub fn into_config(self) -> Result<cmd::evidence::Config> {
        Ok(cmd::evidence::Config {
            graph: self.query.graph,
            json: self.query.json,
            a: self.a,
            b: self.b,
            filter: self.filter.into_query_filter()?,
        })
    }
}

impl TopArgs {
    /// The plain `top` config.
    ///
    /// # Errors
    /// Fails on invalid filters.
    pub fn into_config(self) -> Result<cmd::top::Config> {
        use crate::query::rank::Measure;
        Ok(cmd::top::Config {
            graph: self.query.graph,
            json: self.query.json,
            by: match self.by {
                RankArg::Degree => Measure::Degree,
                RankArg::Weight => Measure::Weight,
                RankArg::Pagerank => Measure::Pagerank,
                RankArg::Betweenness => Measure::Betweenness,
                RankArg::Community => Measure::Community,
            },
            filter: self.filter.into_query_filter()?,
            limit: self.limit,
        })
    }
}
