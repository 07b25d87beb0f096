//! A Python iterable of documents as a [`DocumentSource`]: items are
//! pulled one at a time (holding the GIL only for that), so a generator
//! over a corpus larger than memory streams through the build.
//!
//! - a `str` is one document's text, its id `docs:N` (N counts items
//!   from 1, as JSON Lines records without an id are `file:N`);
//! - a dict (any mapping) is a JSON Lines record: `text` required, `id`,
//!   `title`, `date` (a string or a `datetime.date`), `url` optional,
//!   checked by the same rules (`record_document`);
//! - an `os.PathLike` (e.g. `pathlib.Path`) is a file or folder, read as
//!   the CLI reads its inputs.

use gazegraph::analyse::parallel::DocumentSource;
use gazegraph::ingest::document::Document;
use gazegraph::ingest::input::{
    read_inputs, record_document, too_large, InputError, InputSpec, InputSummary, InputWarning,
    Record, MAX_DOCUMENT_BYTES,
};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyIterator, PyList, PyString, PyTuple};
use serde_json::value::RawValue;
use serde_json::Value;
use std::path::PathBuf;
use std::sync::Mutex;

/// One item of the iterable, converted while holding the GIL.
enum Item {
    Doc(Document),
    Path(PathBuf),
    Record(Fields, String),
}

/// A dict's record fields as the JSON values a JSON Lines line would hold
/// (the id as its JSON text).
#[derive(Default)]
struct Fields {
    text: Option<Value>,
    id: Option<Box<RawValue>>,
    title: Option<Value>,
    date: Option<Value>,
    url: Option<Value>,
}

impl Fields {
    /// The record [`record_document`] reads.
    fn record(&self) -> Record<'_> {
        Record {
            text: self.text.clone(),
            id: self.id.as_deref(),
            title: self.title.clone(),
            date: self.date.clone(),
            url: self.url.clone(),
        }
    }
}

/// The message that stops reading when Python raised (the exception
/// itself is kept in the source's slot and re-raised).
const PY_RAISED: &str = "a Python exception stopped reading";

/// The documents of `iter` as a source; a Python exception raised while
/// iterating (or a bad item) is stored in `raised` and stops the build.
pub fn python_source<'a>(
    iter: Py<PyIterator>,
    raised: &'a Mutex<Option<PyErr>>,
) -> impl DocumentSource + 'a {
    move |on_doc: &mut dyn FnMut(Document) -> Result<(), String>,
          on_warn: &mut dyn FnMut(InputWarning)| {
        let mut summary = InputSummary::default();
        let mut n = 0u64;
        loop {
            n += 1;
            let item = Python::attach(|py| -> PyResult<Option<Item>> {
                py.check_signals()?;
                match iter.bind(py).clone().next() {
                    None => Ok(None),
                    Some(Err(e)) => Err(e),
                    Some(Ok(obj)) => convert(&obj, n).map(Some),
                }
            });
            let item = match item {
                Ok(Some(item)) => item,
                Ok(None) => return Ok(summary),
                Err(e) => {
                    *crate::gazetteer::lock(raised) = Some(e);
                    return Err(InputError::Callback(PY_RAISED.to_string()));
                }
            };
            let doc = match item {
                Item::Doc(doc) => doc,
                Item::Record(fields, loc) => {
                    match record_document(fields.record(), &loc, |m| {
                        on_warn(InputWarning {
                            location: loc.clone(),
                            message: m,
                        })
                    }) {
                        Ok(doc) => doc,
                        Err(why) => {
                            summary.skipped += 1;
                            on_warn(InputWarning {
                                location: loc,
                                message: why,
                            });
                            continue;
                        }
                    }
                }
                Item::Path(path) => {
                    let s = read_inputs(&[InputSpec::Path(path)], &mut *on_doc, &mut *on_warn)?;
                    summary.documents += s.documents;
                    summary.bytes += s.bytes;
                    summary.skipped += s.skipped;
                    summary.repaired += s.repaired;
                    continue;
                }
            };
            if doc.text.len() > MAX_DOCUMENT_BYTES {
                summary.skipped += 1;
                on_warn(InputWarning {
                    location: doc.source.clone(),
                    message: too_large(doc.text.len() as u64),
                });
                continue;
            }
            summary.documents += 1;
            summary.bytes += doc.text.len() as u64;
            on_doc(doc).map_err(InputError::Callback)?;
        }
    }
}

/// Converts item `n` (from 1) of the iterable.
fn convert(obj: &Bound<'_, PyAny>, n: u64) -> PyResult<Item> {
    let loc = format!("docs:{n}");
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Item::Doc(Document {
            id: loc.clone(),
            source: loc,
            text: s.to_str()?.to_owned(),
            ..Document::default()
        }));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        return Ok(Item::Record(record(d)?, loc));
    }
    if obj.hasattr("keys")? && obj.hasattr("get")? {
        // Any other mapping.
        let d = PyDict::new(obj.py());
        for key in ["text", "id", "title", "date", "url"] {
            let v = obj.call_method1("get", (key,))?;
            if !v.is_none() {
                d.set_item(key, v)?;
            }
        }
        return Ok(Item::Record(record(&d)?, loc));
    }
    let os = obj.py().import("os")?;
    if obj.is_instance(&os.getattr("PathLike")?)? {
        let path: PathBuf = obj.extract()?;
        return Ok(Item::Path(path));
    }
    Err(PyTypeError::new_err(format!(
        "docs item {n} is a {}: expected a str (a text), a dict (a record with `text`) or an os.PathLike (a file or folder)",
        obj.get_type().name()?
    )))
}

/// A dict's record fields as JSON values (what a JSON Lines line holds).
fn record(d: &Bound<'_, PyDict>) -> PyResult<Fields> {
    let field = |key: &str| -> PyResult<Option<Value>> {
        match d.get_item(key)? {
            None => Ok(None),
            Some(v) => value(&v, key == "date").map(Some),
        }
    };
    let id = match field("id")? {
        None => None,
        Some(v) => Some(
            serde_json::value::to_raw_value(&v)
                .map_err(|e| PyTypeError::new_err(format!("`id`: {e}")))?,
        ),
    };
    Ok(Fields {
        text: field("text")?,
        id,
        title: field("title")?,
        date: field("date")?,
        url: field("url")?,
    })
}

/// A Python value as the JSON value that stands for it; only the kind
/// matters for anything but strings and numbers. A `datetime.date` is its
/// ISO form when `date_ok`.
fn value(v: &Bound<'_, PyAny>, date_ok: bool) -> PyResult<Value> {
    if v.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(s) = v.cast::<PyString>() {
        return Ok(Value::String(s.to_str()?.to_owned()));
    }
    if v.is_instance_of::<PyBool>() {
        return Ok(Value::Bool(v.extract()?));
    }
    if v.is_instance_of::<PyInt>() {
        if let Ok(i) = v.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = v.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Ok(Value::String(v.str()?.to_str()?.to_owned()));
    }
    if v.is_instance_of::<PyFloat>() {
        let f: f64 = v.extract()?;
        return Ok(serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number));
    }
    if v.is_instance_of::<PyList>() || v.is_instance_of::<PyTuple>() {
        return Ok(Value::Array(Vec::new()));
    }
    if v.is_instance_of::<PyDict>() {
        return Ok(Value::Object(serde_json::Map::new()));
    }
    if date_ok && v.hasattr("isoformat")? {
        let iso: String = v.call_method0("isoformat")?.extract()?;
        return Ok(Value::String(iso));
    }
    Ok(Value::String(v.str()?.to_str()?.to_owned()))
}
