//! `gazegraph ids`: its clap type and conversion.

use super::values;
use crate::cmd;
use crate::ingest::input::InputSpec;
use anyhow::{bail, Result};
use clap::Args;

/// `gazegraph ids`.
#[derive(Debug, Args)]
pub struct IdsArgs {
    /// Files, folders, or `-` for standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Name standard input (its ids become NAME:LINE), as `build --source`.
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,
    /// The line number of standard input's first line, as `build
    /// --first-line`.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub first_line: u64,
}

impl IdsArgs {
    /// The plain config.
    ///
    /// # Errors
    /// Fails on an empty input list on a terminal, an empty name or line 0.
    pub fn into_config(self) -> Result<cmd::ids::Config> {
        let inputs = inputs(self.inputs, self.source.as_deref(), self.first_line)?;
        Ok(cmd::ids::Config { inputs })
    }
}

/// The inputs named (none: standard input when it is not a terminal), with
/// `--source NAME` and `--first-line N` applied to standard input.
///
/// # Errors
/// Fails on no input on a terminal, an empty name or line 0.
pub(super) fn inputs(
    args: Vec<String>,
    source: Option<&str>,
    first_line: u64,
) -> Result<Vec<InputSpec>> {
    if source.is_some_and(|s| s.trim().is_empty()) {
        bail!("--source needs a name");
    }
    if first_line == 0 {
        bail!("--first-line counts from 1");
    }
    let mut inputs = values::no_input_means_stdin(&args)?;
    inputs.extend(cmd::input_specs(args));
    cmd::name_stdin(&mut inputs, source, first_line);
    Ok(inputs)
}
