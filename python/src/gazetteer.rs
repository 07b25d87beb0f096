//! `Gazetteer`: the gazetteer, its matcher and relation lexicon, built
//! once; `tag` and `relations` run the CLI's per-document pipeline on one
//! text. `Mention` and `Relation` are the CLI's `tag` and `relations` lines.

use crate::errors::{to_py, warn_all, GazegraphError};
use anyhow::Context;
use gazegraph::analyse::pipeline::{Scratch, Tagger};
use gazegraph::gazetteer::{Gazetteer as Gaz, GazetteerError};
use gazegraph::ingest::document::Document;
use gazegraph::ingest::input::InputWarning;
use gazegraph::relations::Lexicon;
use gazegraph::tag::matcher::Matcher;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use std::path::PathBuf;
use std::sync::Mutex;

/// What a `Gazetteer` owns: the tagger borrows it.
pub struct Loaded {
    /// The names.
    pub gaz: Gaz,
    /// Its compiled matcher.
    pub matcher: Matcher,
    /// The relation lexicon.
    pub lexicon: Lexicon,
}

self_cell::self_cell!(
    /// A loaded gazetteer with its tagger.
    pub struct Engine {
        owner: Loaded,
        #[covariant]
        dependent: Tagger,
    }
);

/// A gazetteer ready to tag: the built-in one, the built-in one plus
/// extra files, or only the given files.
#[pyclass(module = "gazegraph._native", frozen)]
pub struct Gazetteer {
    engine: Engine,
    /// Extra paths, absolute.
    paths: Vec<PathBuf>,
    builtin: bool,
    strict: bool,
    /// Reusable per-document buffers.
    scratch: Mutex<Vec<Scratch>>,
}

impl Gazetteer {
    /// The built-in gazetteer.
    pub fn default_builtin(py: Python<'_>) -> PyResult<Gazetteer> {
        Gazetteer::new(py, None, true, false)
    }

    /// The tagger.
    pub fn tagger(&self) -> &Tagger<'_> {
        self.engine.borrow_dependent()
    }

    /// The loaded data.
    pub fn loaded(&self) -> &Loaded {
        self.engine.borrow_owner()
    }

    /// Loads the gazetteer as the CLI's `-g` would (the built-in one first
    /// when `builtin`), returning its warnings.
    fn load(paths: &[PathBuf], builtin: bool) -> anyhow::Result<(Engine, Vec<InputWarning>)> {
        let loaded = Gaz::load_with(paths, builtin);
        let mut warnings = Vec::new();
        if let Err(GazetteerError::Invalid { warnings: w, .. }) = &loaded {
            warnings.extend(w.iter().map(|w| InputWarning {
                location: w.location.clone(),
                message: w.message.clone(),
            }));
        }
        let (gaz, w) = loaded.context("loading the gazetteer")?;
        warnings.extend(w.into_iter().map(|w| InputWarning {
            location: w.location,
            message: w.message,
        }));
        let matcher = Matcher::new(&gaz).context("building the matcher")?;
        let config = gazegraph::cmd::CorpusConfig {
            gazetteers: paths.to_vec(),
            no_builtin: !builtin,
            ..Default::default()
        };
        let lexicon = gazegraph::cmd::load_lexicon(&config)?;
        let engine = Engine::new(
            Loaded {
                gaz,
                matcher,
                lexicon,
            },
            |l| Tagger::new(&l.gaz, &l.matcher, &l.lexicon),
        );
        Ok((engine, warnings))
    }

    /// Runs the per-document pipeline over `text` with the GIL released
    /// and hands the analysed document to `f`.
    fn analyse<R: Send>(
        &self,
        py: Python<'_>,
        text: String,
        date: Option<String>,
        f: impl FnOnce(&Loaded, &Document, &Scratch) -> R + Send,
    ) -> R {
        py.detach(|| {
            let doc = Document {
                text,
                date,
                ..Document::default()
            };
            let mut scratch = lock(&self.scratch).pop().unwrap_or_default();
            self.tagger().analyse(&doc, &mut scratch);
            let out = f(self.loaded(), &doc, &scratch);
            lock(&self.scratch).push(scratch);
            out
        })
    }
}

/// Locks a mutex, recovering the data after a panic elsewhere.
pub fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A date given to `tag`, `relations` or in a document dict: None, a
/// `datetime.date`, or a string in any format the CLI reads.
pub fn date_arg(date: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    let Some(d) = date else { return Ok(None) };
    if d.is_none() {
        return Ok(None);
    }
    let text: String = if let Ok(s) = d.cast::<PyString>() {
        s.to_string()
    } else if d.hasattr("isoformat")? {
        d.call_method0("isoformat")?.extract()?
    } else {
        return Err(PyTypeError::new_err(format!(
            "date must be a str or a datetime.date, not {}",
            d.get_type().name()?
        )));
    };
    match gazegraph::base::dates::parse_date(&text) {
        Some(parsed) => Ok(Some(parsed)),
        None => Err(PyValueError::new_err(format!(
            "`date` {text:?} is not a date"
        ))),
    }
}

#[pymethods]
impl Gazetteer {
    /// Gazetteer(paths=None, builtin=True, strict=False)
    ///
    /// Loads a gazetteer. With no paths, the built-in one (521 curated
    /// records, variants, offices). ``paths`` (files or folders: entity
    /// records ``*.jsonl``, plain lists ``person.txt``..., variants
    /// ``variants*.tsv``, relation lexicons ``relations*.jsonl``) extend
    /// it, or replace it with ``builtin=False`` (the CLI's ``-g``).
    /// Problems are ``GazegraphWarning``s naming ``file:line:col``; with
    /// ``strict=True`` any warning is an error. A bad gazetteer raises
    /// ``GazegraphError`` listing every error with its ``file:line:col``.
    #[new]
    #[pyo3(signature = (paths=None, builtin=true, strict=false))]
    fn new(
        py: Python<'_>,
        paths: Option<Vec<PathBuf>>,
        builtin: bool,
        strict: bool,
    ) -> PyResult<Gazetteer> {
        let paths: Vec<PathBuf> = paths
            .unwrap_or_default()
            .into_iter()
            .map(|p| std::path::absolute(&p).unwrap_or(p))
            .collect();
        if !builtin && paths.is_empty() {
            return Err(PyValueError::new_err(
                "builtin=False needs at least one gazetteer path",
            ));
        }
        let (engine, warnings) = py
            .detach(|| Gazetteer::load(&paths, builtin))
            .map_err(to_py)?;
        if strict && !warnings.is_empty() {
            warn_all(py, &warnings, 0)?;
            return Err(GazegraphError::new_err(format!(
                "{} gazetteer warning(s) and strict is set",
                warnings.len()
            )));
        }
        warn_all(py, &warnings, 0)?;
        Ok(Gazetteer {
            engine,
            paths,
            builtin,
            strict,
            scratch: Mutex::new(Vec::new()),
        })
    }

    /// tag(text, date=None, demonyms=False, all=False) -> list[Mention]
    ///
    /// The mentions in ``text``, in text order, exactly as
    /// ``gazegraph tag`` finds them: ``start``/``end`` slice ``text``
    /// (``text[m.start:m.end] == m.text``). ``date`` (``"YYYY-MM-DD"``, a
    /// ``datetime.date``, or any date format the CLI reads; else the date
    /// stated in the text) picks the holder of an office title.
    /// Demonyms ("Russian") are mentions of their country only with
    /// ``demonyms=True``. With ``all=True`` (the CLI's ``tag --all``), the
    /// names dropped inside longer names are listed too, with
    /// ``via="nested"``. The GIL is released while tagging.
    #[pyo3(signature = (text, date=None, demonyms=false, all=false))]
    fn tag(
        &self,
        py: Python<'_>,
        text: String,
        date: Option<&Bound<'_, PyAny>>,
        demonyms: bool,
        all: bool,
    ) -> PyResult<Vec<Mention>> {
        let date = date_arg(date)?;
        Ok(self.analyse(py, text, date, |l, doc, scratch| {
            let mut merged = Vec::new();
            gazegraph::cmd::tag::lines(&l.gaz, doc, scratch, demonyms, all, &mut merged)
                .map(|line| Mention {
                    start: line.start,
                    end: line.end,
                    text: line.text.to_owned(),
                    entity: line.entity.to_owned(),
                    name: line.name.to_owned(),
                    etype: line.etype.to_owned(),
                    via: line.via.to_owned(),
                    sentence: line.sentence,
                })
                .collect()
        }))
    }

    /// relations(text, date=None) -> list[Relation]
    ///
    /// The typed relation instances in ``text`` (negated ones included),
    /// exactly as ``gazegraph relations`` finds them.
    #[pyo3(signature = (text, date=None))]
    fn relations(
        &self,
        py: Python<'_>,
        text: String,
        date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<Relation>> {
        let date = date_arg(date)?;
        Ok(self.analyse(py, text, date, |l, doc, scratch| {
            gazegraph::cmd::relations::lines(&l.gaz, doc, scratch)
                .map(|r| Relation {
                    kind: r.kind.to_owned(),
                    source: r.source.to_owned(),
                    source_name: r.source_name.to_owned(),
                    target: r.target.to_owned(),
                    target_name: r.target_name.to_owned(),
                    trigger: r.trigger.to_owned(),
                    modality: r.modality.to_owned(),
                    sentence: r.sentence,
                    sentence_index: r.sentence_index,
                    date: r.date.map(str::to_owned),
                    coref: r
                        .coref
                        .iter()
                        .map(|c| {
                            (
                                c.role.to_owned(),
                                c.mention.to_owned(),
                                c.antecedent_sentence,
                            )
                        })
                        .collect(),
                })
                .collect()
        }))
    }

    /// The number of entities.
    fn __len__(&self) -> usize {
        self.loaded().gaz.entities.len()
    }

    /// The paths given (absolute), without the built-in gazetteer.
    #[getter]
    fn paths(&self) -> Vec<PathBuf> {
        self.paths.clone()
    }

    /// Whether the built-in gazetteer is included.
    #[getter]
    fn builtin(&self) -> bool {
        self.builtin
    }

    fn __repr__(&self) -> String {
        let paths: Vec<String> = self
            .paths
            .iter()
            .map(|p| format!("{:?}", p.display().to_string()))
            .collect();
        format!(
            "Gazetteer(entities={}, builtin={}, paths=[{}])",
            self.loaded().gaz.entities.len(),
            if self.builtin { "True" } else { "False" },
            paths.join(", ")
        )
    }

    /// Pickling rebuilds the gazetteer from its paths (which must exist
    /// where it is unpickled).
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let me = slf.get();
        let args = (me.paths.clone(), me.builtin, me.strict);
        PyTuple::new(
            slf.py(),
            [
                slf.get_type().into_any(),
                args.into_pyobject(slf.py())?.into_any(),
            ],
        )
    }
}

/// One mention, as a line of ``gazegraph tag``.
#[pyclass(module = "gazegraph._native", frozen, eq, hash, get_all)]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Mention {
    /// Start offset in the text, in characters (Python str indices).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text as written: ``text[start:end]``.
    pub text: String,
    /// Entity id.
    pub entity: String,
    /// The entity's canonical name.
    pub name: String,
    /// Entity type: ``person``, ``place`` or ``organisation``.
    #[pyo3(name = "type")]
    pub etype: String,
    /// How it matched: ``exact``, ``variant``, ``partial``, ``title`` or
    /// ``demonym``.
    pub via: String,
    /// Index of its sentence in the text.
    pub sentence: u32,
}

#[pymethods]
impl Mention {
    fn __repr__(&self) -> String {
        format!(
            "Mention(start={}, end={}, text={:?}, entity={:?}, type={:?}, via={:?})",
            self.start, self.end, self.text, self.entity, self.etype, self.via
        )
    }

    /// The fields as a dict (the JSON line of ``gazegraph tag``, without
    /// ``doc``).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", &self.text)?;
        d.set_item("entity", &self.entity)?;
        d.set_item("name", &self.name)?;
        d.set_item("type", &self.etype)?;
        d.set_item("via", &self.via)?;
        d.set_item("sentence", self.sentence)?;
        Ok(d)
    }
}

/// One typed relation instance, as a line of ``gazegraph relations``.
#[pyclass(module = "gazegraph._native", frozen, eq, hash, get_all)]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Relation {
    /// ``meets``, ``visits``, ``invites``, ``holds_office``, ...
    pub kind: String,
    /// Source entity id.
    pub source: String,
    /// Source canonical name.
    pub source_name: String,
    /// Target entity id.
    pub target: String,
    /// Target canonical name.
    pub target_name: String,
    /// The trigger word as written.
    pub trigger: String,
    /// ``asserted``, ``planned`` or ``negated``.
    pub modality: String,
    /// The sentence, whitespace collapsed, at most 300 characters.
    pub sentence: String,
    /// Index of the sentence in the text.
    pub sentence_index: u32,
    /// The date used (given, or stated in the text), ``YYYY-MM-DD``.
    pub date: Option<String>,
    /// Arguments that came by coreference: (``source`` or ``target``, the
    /// pronoun or description as written, the antecedent's sentence index).
    pub coref: Vec<(String, String, u32)>,
}

#[pymethods]
impl Relation {
    fn __repr__(&self) -> String {
        format!(
            "Relation(kind={:?}, source={:?}, target={:?}, trigger={:?}, modality={:?})",
            self.kind, self.source, self.target, self.trigger, self.modality
        )
    }

    /// The fields as a dict (the JSON line of ``gazegraph relations``,
    /// without ``doc``).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("kind", &self.kind)?;
        d.set_item("source", &self.source)?;
        d.set_item("source_name", &self.source_name)?;
        d.set_item("target", &self.target)?;
        d.set_item("target_name", &self.target_name)?;
        d.set_item("trigger", &self.trigger)?;
        d.set_item("modality", &self.modality)?;
        d.set_item("sentence", &self.sentence)?;
        d.set_item("sentence_index", self.sentence_index)?;
        d.set_item("date", &self.date)?;
        // As in the CLI's line: present only when some argument came by
        // coreference.
        if !self.coref.is_empty() {
            let list = PyList::empty(py);
            for (role, mention, sentence) in &self.coref {
                let c = PyDict::new(py);
                c.set_item("role", role)?;
                c.set_item("mention", mention)?;
                c.set_item("antecedent_sentence", sentence)?;
                list.append(c)?;
            }
            d.set_item("coref", list)?;
        }
        Ok(d)
    }
}
