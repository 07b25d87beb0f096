//! The first pass of `build`: which copy of each repeated document id
//! counts ([`crate::graph::versions`]), and the copy of standard input that
//! lets the inputs be read twice.

use crate::graph::versions::{Versions, Winners};
use crate::ingest::input::{Exclude, InputSpec};
use anyhow::{Context, Result};
use std::path::Path;

/// Copies standard input to a scratch file in the output folder (removed
/// when the returned handle drops) and reads that instead, under the same
/// name, so that it can be read twice.
pub fn spool_stdin(
    inputs: &mut [InputSpec],
    output: &Path,
) -> Result<Option<tempfile::NamedTempFile>> {
    let mut copy = None;
    for spec in inputs.iter_mut() {
        let (name, first_line) = match spec {
            InputSpec::Stdin => ("-".to_string(), 1),
            InputSpec::Stream {
                file: None,
                name,
                first_line,
            } => (name.clone(), *first_line),
            _ => continue,
        };
        let mut tmp = crate::base::atomic::temp_builder()
            .tempfile_in(output)
            .with_context(|| format!("creating a temporary file in {}", output.display()))?;
        std::io::copy(&mut std::io::stdin().lock(), tmp.as_file_mut())
            .context("copying standard input")?;
        *spec = InputSpec::Stream {
            file: Some(tmp.path().to_path_buf()),
            name,
            first_line,
        };
        copy = Some(tmp);
    }
    Ok(copy)
}

/// The first pass: which copy of each repeated id counts
/// ([`crate::graph::versions`]). Reading is cheap next to analysis, and
/// warnings are left to the second pass.
pub fn find_winners(inputs: &[InputSpec], output: &Path, stats: Option<&Path>) -> Result<Winners> {
    let mut exclude = Exclude::default();
    exclude.output_folder(output);
    if let Some(stats) = stats {
        exclude.file(stats);
    }
    let mut versions = Versions::default();
    crate::ingest::input::read_inputs_excluding(
        inputs,
        &exclude,
        |doc| {
            versions.push(&doc.id, doc.version_key());
            Ok(())
        },
        |_| {},
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(versions.winners())
}
