//! Python exceptions and warnings, with the CLI's messages.

use gazegraph::ingest::input::InputWarning;
use pyo3::exceptions::{PyException, PyUserWarning};
use pyo3::prelude::*;
use pyo3::types::PyString;

pyo3::create_exception!(
    _native,
    GazegraphError,
    PyException,
    "An error that stops gazegraph: a bad gazetteer (file:line:col), no readable document, an unwritable output, `strict` with warnings. The message is the CLI's."
);

pyo3::create_exception!(
    _native,
    GazegraphWarning,
    PyUserWarning,
    "A problem gazegraph worked around (a skipped record, a repaired file, a duplicate id), as `file:line: message`: the CLI's warning."
);

/// An anyhow error chain as one message, the CLI's `error: ... caused by:`
/// lines joined by ": ".
pub fn message(err: &anyhow::Error) -> String {
    format!("{err:#}")
}

/// A library error as a Python exception.
pub fn to_py(err: anyhow::Error) -> PyErr {
    // A missing file is FileNotFoundError, so `except OSError` works.
    if let Some(q) = err.downcast_ref::<gazegraph::query::QueryError>() {
        if matches!(q, gazegraph::query::QueryError::Missing(_)) {
            return pyo3::exceptions::PyFileNotFoundError::new_err(message(&err));
        }
    }
    GazegraphError::new_err(message(&err))
}

/// Issues one Python warning per problem (category [`GazegraphWarning`]),
/// worded as the CLI's `file:line: message`.
pub fn warn_all(py: Python<'_>, warnings: &[InputWarning], more: u64) -> PyResult<()> {
    let warn = py.import("warnings")?.getattr("warn")?;
    let category = py.get_type::<GazegraphWarning>();
    for w in warnings {
        let text = if w.location.is_empty() {
            w.message.clone()
        } else {
            format!("{}: {}", w.location, w.message)
        };
        warn.call1((PyString::new(py, &text), &category, 2))?;
    }
    if more > 0 {
        let text = format!("{more} more warning(s) not shown");
        warn.call1((PyString::new(py, &text), &category, 2))?;
    }
    Ok(())
}
