//! Reading inputs: files, folders, JSON Lines and stdin, streamed one
//! document at a time (STUB: interface only, to be implemented).

use crate::document::Document;
use std::path::PathBuf;

/// One input named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputSpec {
    /// A file or a folder (read recursively).
    Path(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

/// A problem with one input that does not stop the run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputWarning {
    /// `path` or `path:line`.
    pub location: String,
    /// What was wrong and what was done about it.
    pub message: String,
}

/// Counts for the end-of-run summary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InputSummary {
    /// Documents handed to the callback.
    pub documents: u64,
    /// Bytes of document text.
    pub bytes: u64,
    /// Inputs or records skipped.
    pub skipped: u64,
    /// Inputs repaired (lossy decoding, BOM).
    pub repaired: u64,
}

/// Errors that stop reading altogether.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The callback asked to stop.
    #[error("{0}")]
    Callback(String),
}

/// Streams every document of `specs` to `on_doc`, in a deterministic order
/// (folders sorted by path), reporting recoverable problems to `on_warn`.
///
/// # Errors
/// Stops at the first error returned by `on_doc`.
pub fn read_inputs(
    specs: &[InputSpec],
    mut on_doc: impl FnMut(Document) -> Result<(), String>,
    mut on_warn: impl FnMut(InputWarning),
) -> Result<InputSummary, InputError> {
    let _ = (specs, &mut on_doc, &mut on_warn);
    unimplemented!()
}
