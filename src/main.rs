use clap::Parser;
use gazegraph::cli::{Cli, Command};
use gazegraph::cmd;
use std::process::ExitCode;

// The pipeline allocates many small, short-lived strings per document and
// frees the matcher's build temporaries in bulk; mimalloc handles both
// faster than the system allocator (which also stalls consolidating the
// freed build memory).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap's own `exit` ignores write errors: help sent to a full
            // stdout must fail (exit 2); a closed pipe stays quiet.
            let code = match e.print() {
                Err(io) if !e.use_stderr() && io.kind() != std::io::ErrorKind::BrokenPipe => {
                    cmd::EXIT_ERROR
                }
                _ => u8::try_from(e.exit_code()).unwrap_or(cmd::EXIT_ERROR),
            };
            return ExitCode::from(code);
        }
    };
    gazegraph::query::table::set_color(cli.color.into());
    let result = match cli.command {
        Command::Build(args) => args.into_config().and_then(cmd::build::run),
        Command::Merge(args) => args.into_config().and_then(cmd::merge::run),
        Command::Tag(args) => args.into_config().and_then(cmd::tag::run),
        Command::Relations(args) => args.into_config().and_then(cmd::relations::run),
        Command::Export(args) => args.into_config().and_then(cmd::export::run),
        Command::CheckGazetteer(args) => cmd::check_gazetteer::run(args.into_config()),
        Command::Neighbors(args) => args.into_config().and_then(cmd::neighbors::run),
        Command::Path(args) => args.into_config().and_then(cmd::path::run),
        Command::Show(args) => args.into_config().and_then(cmd::show::run),
        Command::Evidence(args) => args.into_config().and_then(cmd::evidence::run),
        Command::Top(args) => args.into_config().and_then(cmd::top::run),
        Command::Completions(args) => {
            gazegraph::cli::write_completions(args.shell, &mut std::io::stdout())
                .map(|()| ExitCode::SUCCESS)
                .map_err(anyhow::Error::from)
        }
        Command::Man => gazegraph::cli::write_man(&mut std::io::stdout())
            .map(|()| ExitCode::SUCCESS)
            .map_err(anyhow::Error::from),
    };
    cmd::finish(result)
}
