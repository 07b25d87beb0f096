//! gazegraph's Python bindings: the module `gazegraph._native`.
//!
//! Every rule lives in the gazegraph library; this crate only converts
//! between Python objects and the library's types, calls the same
//! functions as the CLI (the tagger of `analyse::pipeline`, `cmd::build`'s
//! `Building`, the query commands' `answer` through `cmd::answer_loaded`), and releases the
//! GIL while they run. The pure-Python parts (pandas, networkx, spaCy,
//! the notebook display) are in `python/gazegraph/`.
#![deny(missing_docs)]

use pyo3::prelude::*;

// The CLI's allocator. The per-document pipeline allocates many small
// buffers: in a profile of `Gazetteer.tag` over IndoSum (perf, dev build)
// glibc's malloc and free took about a fifth of the samples, where the
// CLI runs on mimalloc. Only Rust's allocations go through it; Python
// objects keep Python's allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod build;
mod errors;
mod gazetteer;
mod graph;
mod source;

/// The extension module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("GazegraphError", py.get_type::<errors::GazegraphError>())?;
    m.add(
        "GazegraphWarning",
        py.get_type::<errors::GazegraphWarning>(),
    )?;
    m.add_class::<gazetteer::Gazetteer>()?;
    m.add_class::<gazetteer::Mention>()?;
    m.add_class::<gazetteer::Relation>()?;
    m.add_class::<graph::Graph>()?;
    m.add_function(wrap_pyfunction!(build::build, m)?)?;
    m.add_function(wrap_pyfunction!(graph::load, m)?)?;
    m.add_function(wrap_pyfunction!(graph::graph_from_json, m)?)?;
    Ok(())
}
