use clap::Parser;
use gazegraph::cli::{Cli, Command};
use gazegraph::cmd;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => args.into_config().and_then(cmd::build::run),
        Command::Merge(args) => args.into_config().and_then(cmd::merge::run),
        Command::Tag(args) => args.corpus.into_config().and_then(cmd::tag::run),
        Command::Relations(args) => args.corpus.into_config().and_then(cmd::relations::run),
        Command::Export(args) => args.into_config().and_then(cmd::export::run),
        Command::CheckGazetteer(args) => cmd::check_gazetteer::run(args.into_config()),
        Command::Neighbors(args) => args.into_config().and_then(cmd::neighbors::run),
        Command::Path(args) => args.into_config().and_then(cmd::path::run),
        Command::Show(args) => args.into_config().and_then(cmd::show::run),
        Command::Evidence(args) => args.into_config().and_then(cmd::evidence::run),
        Command::Top(args) => args.into_config().and_then(cmd::top::run),
    };
    cmd::finish(result)
}
