//! `build`: a Python iterable of documents through the CLI's build (the
//! same `Building`, the same rule for repeated ids), into a [`Graph`] held
//! in a temporary folder until saved.

use crate::errors::{to_py, warn_all, GazegraphError};
use crate::gazetteer::{lock, Gazetteer};
use crate::graph::Graph;
use crate::source::python_source;
use gazegraph::base::types::Window;
use gazegraph::cmd::build::{default_threads, Building, FoldSettings};
use gazegraph::cmd::winners::spool_source;
use gazegraph::graph::spool::SpooledDocs;
use gazegraph::graph::KnowledgeGraph;
use gazegraph::ingest::input::InputWarning;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};
use std::sync::Mutex;

/// Warnings shown one by one; the rest are counted.
const MAX_WARNINGS: usize = 100;

/// build(docs, gazetteer=None, *, window="sentence", threads=None, max_evidence=25, demonyms=False, strict=False) -> Graph
///
/// Builds the graph of ``docs`` with the CLI's ordered parallel pipeline
/// (the same graph.json as ``gazegraph build`` over the same documents).
/// ``docs`` is any iterable, read one item at a time (a generator over a
/// corpus larger than memory streams): ``str`` items are texts (ids
/// ``docs:1``, ``docs:2``, ...), dicts are records ``{text, id, title,
/// date, url}`` checked as JSON Lines records are, ``os.PathLike`` items
/// (``pathlib.Path``) are files or folders read as the CLI reads them. A
/// single ``os.PathLike`` may stand for ``[path]``. ``gazetteer`` defaults
/// to the built-in one; ``window`` is ``"sentence"``, ``"paragraph"`` or
/// ``"document"``; ``threads`` defaults to all cores. Input problems are
/// ``GazegraphWarning``s (``file:line: ...``); ``strict=True`` makes them
/// errors. The GIL is released while documents are analysed. Of the
/// copies of a repeated id, the one ``gazegraph build`` counts counts (the
/// latest ``date``, then a hash of title, URL and text; a warning names
/// the others), whatever their order: ``docs`` is read once, into a
/// scratch file beside the graph, and replayed.
#[pyfunction]
#[pyo3(signature = (docs, gazetteer=None, *, window="sentence", threads=None, max_evidence=25, demonyms=false, strict=false))]
#[allow(clippy::too_many_arguments)]
pub fn build(
    py: Python<'_>,
    docs: &Bound<'_, PyAny>,
    gazetteer: Option<Py<Gazetteer>>,
    window: &str,
    threads: Option<usize>,
    max_evidence: usize,
    demonyms: bool,
    strict: bool,
) -> PyResult<Graph> {
    let window = match window {
        "sentence" => Window::Sentence,
        "paragraph" => Window::Paragraph,
        "document" => Window::Document,
        w => {
            return Err(PyValueError::new_err(format!(
                "unknown window {w:?}: expected sentence, paragraph or document"
            )))
        }
    };
    if docs.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "docs is a str: pass [text] for one text, or pathlib.Path(...) for a file or folder",
        ));
    }
    let os = py.import("os")?;
    let iter = if docs.is_instance(&os.getattr("PathLike")?)? {
        PyTuple::new(py, [docs])?.try_iter()?
    } else {
        docs.try_iter()?
    };
    let gazetteer = match gazetteer {
        Some(g) => g,
        None => Py::new(py, Gazetteer::default_builtin(py)?)?,
    };
    let gaz = gazetteer.get();
    let temp = tempfile::Builder::new()
        .prefix("gazegraph-")
        .tempdir()
        .map_err(|e| GazegraphError::new_err(format!("creating a temporary folder: {e}")))?;
    let dir = temp.path().to_path_buf();
    let threads = threads.unwrap_or_else(default_threads).max(1);
    let settings = FoldSettings {
        window,
        demonyms,
        strict,
        threads,
        progress: false,
        total_bytes: None,
    };
    let raised: Mutex<Option<PyErr>> = Mutex::new(None);
    let warnings: Mutex<(Vec<InputWarning>, u64)> = Mutex::new((Vec::new(), 0));
    let warn = |w: &InputWarning| {
        let mut all = lock(&warnings);
        if all.0.len() < MAX_WARNINGS {
            all.0.push(w.clone());
        } else {
            all.1 += 1;
        }
    };
    let iter = iter.unbind();
    let result = py.detach(|| -> anyhow::Result<(KnowledgeGraph, SpooledDocs)> {
        // Which copy of a repeated id counts is decided before any is
        // counted (the CLI's rule, free of input order), so the iterable,
        // read once, is spooled to a scratch file and replayed, as the CLI
        // does with standard input.
        let (spooled, winners) = spool_source(python_source(iter, &raised), &dir)?;
        let loaded = gaz.loaded();
        let mut building =
            Building::new(&loaded.gaz, window, max_evidence, &dir, &dir)?.with_winners(winners);
        building.fold(gaz.tagger(), &settings, spooled.source(), &warn)?;
        let built = building.finish()?;
        let (graph, docs, _, _) = built.write(&dir, Some(&[]), threads)?;
        Ok((graph, docs))
    });
    if let Some(e) = lock(&raised).take() {
        return Err(e);
    }
    let (list, more) = std::mem::take(&mut *lock(&warnings));
    warn_all(py, &list, more)?;
    let (kg, docs) = result.map_err(to_py)?;
    let json = dir.join(gazegraph::base::outputs::GRAPH_JSON);
    Ok(Graph::built(json, temp, kg, docs))
}
