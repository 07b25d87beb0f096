//! The parts of the command line that are about the command line itself:
//! the examples at the end of each `--help`, `--color`, and the generated
//! shell completions and man page.

use super::Cli;
use clap::{Args, ValueEnum};

// Examples shown at the end of each command's --help.
pub(super) const EX_MAIN: &str = "Examples:
  gazegraph build corpus/seeds -o output
  gazegraph top --by pagerank --limit 10
  gazegraph neighbors \"Kim Jong Un\"";
pub(super) const EX_BUILD: &str = "Examples:
  gazegraph build corpus/seeds -o output
  gazegraph build news.jsonl -g my-entities.jsonl -o out --format json,gexf
  zcat news.jsonl.gz | gazegraph build -o out --quiet";
pub(super) const EX_TAG: &str = "Examples:
  gazegraph tag corpus/seeds
  echo \"Putin bertemu Kim Jong Un di Vladivostok.\" | gazegraph tag
  gazegraph tag --no-builtin -g my-list/ article.txt";
pub(super) const EX_RELATIONS: &str = "Examples:
  gazegraph relations corpus/seeds
  echo \"Putin bertemu Kim Jong Un di Vladivostok.\" | gazegraph relations";
pub(super) const EX_CHECK: &str = "Examples:
  gazegraph check-gazetteer
  gazegraph check-gazetteer my-entities.jsonl
  gazegraph check-gazetteer --no-builtin my-list/";
pub(super) const EX_EXPORT: &str = "Examples:
  gazegraph export --format svg -o graph.svg --top 40
  gazegraph export --format gexf --dynamic -o graph.gexf
  gazegraph export --format graphml --since 2023-09-01 -o sept.graphml";
pub(super) const EX_MERGE: &str = "Examples:
  gazegraph merge part1/graph.json part2/graph.json -o all
  gazegraph merge shards/*/graph.json -o all --format json,gexf";
pub(super) const EX_NEIGHBORS: &str = "Examples:
  gazegraph neighbors \"Kim Jong Un\" --limit 6
  gazegraph neighbors Korut --depth 2 --type place
  gazegraph neighbors Putin --kind meets --json";
pub(super) const EX_PATH: &str = "Examples:
  gazegraph path \"Choe Son Hui\" Putin
  gazegraph path Lavrov Jakarta --json";
pub(super) const EX_SHOW: &str = "Examples:
  gazegraph show Korut --limit 5
  gazegraph show \"Vladimir Putin\" --json";
pub(super) const EX_EVIDENCE: &str = "Examples:
  gazegraph evidence Lavrov \"Choe Son Hui\"
  gazegraph evidence Putin \"Kim Jong Un\" --kind meets --since 2023-09-01";
pub(super) const EX_TOP: &str = "Examples:
  gazegraph top
  gazegraph top --by pagerank --type person --limit 10
  gazegraph top --by betweenness --json";
pub(super) const EX_COMPLETIONS: &str = "Examples:
  gazegraph completions bash > ~/.local/share/bash-completion/completions/gazegraph
  gazegraph completions zsh > ~/.zfunc/_gazegraph
  gazegraph completions fish > ~/.config/fish/completions/gazegraph.fish";
pub(super) const EX_MAN: &str = "Examples:
  gazegraph man > gazegraph.1 && man ./gazegraph.1
  gazegraph man > ~/.local/share/man/man1/gazegraph.1";

/// `gazegraph completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// On a terminal, unless NO_COLOR is set to a non-empty value.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl From<ColorArg> for crate::query::table::ColorChoice {
    fn from(c: ColorArg) -> Self {
        use crate::query::table::ColorChoice;
        match c {
            ColorArg::Auto => ColorChoice::Auto,
            ColorArg::Always => ColorChoice::Always,
            ColorArg::Never => ColorChoice::Never,
        }
    }
}

/// Writes the completion script for `shell` to `out`.
///
/// # Errors
/// Fails when writing fails (the script is generated in memory first:
/// clap_complete would panic on a closed pipe).
pub fn write_completions(
    shell: clap_complete::Shell,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use clap::CommandFactory;
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "gazegraph", &mut buf);
    out.write_all(&buf)
}

/// Writes the man page (roff) to `out`.
///
/// # Errors
/// Fails when writing fails.
pub fn write_man(out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use clap::CommandFactory;
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
    out.write_all(&buf)
}
