//! `Graph`, `build` and `load`: a built graph (in a temporary folder until
//! saved) or a saved one, queried through the CLI's query commands (their
//! `answer` functions, on graph.db, with graph.json as the fallback).

use crate::errors::{to_py, GazegraphError};
use crate::gazetteer::lock;
use anyhow::Context;
use gazegraph::base::types::EntityType;
use gazegraph::cmd::build::{commit_outputs, default_threads, write_outputs};
use gazegraph::cmd::{answer_loaded, evidence, neighbors, path as path_cmd, show, top};
use gazegraph::export::Format;
use gazegraph::graph::spool::SpooledDocs;
use gazegraph::graph::{DocList, KnowledgeGraph, COOCCURRENCE};
use gazegraph::query::rank::Measure;
use gazegraph::query::report::explain;
use gazegraph::query::{Filter, QueryGraph};
use pyo3::exceptions::{PyLookupError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString, PyTuple};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex, OnceLock};

/// A graph: the folder holding its graph.json, and the views loaded
/// from it when first needed.
#[pyclass(module = "gazegraph._native", frozen)]
pub struct Graph {
    /// The temporary folder of a graph not loaded from disk.
    _temp: Option<tempfile::TempDir>,
    /// Its graph.json.
    json: PathBuf,
    /// The in-memory graph (exports, tables).
    kg: OnceLock<KnowledgeGraph>,
    /// The documents graph.json lists, when built here.
    spooled: Option<SpooledDocs>,
    /// The query view (replaced when its graph.db turned out damaged).
    qg: Mutex<Option<Arc<QueryGraph>>>,
}

/// Opens a saved graph for queries as the query commands do: the build's
/// manifest checked, then graph.db when it is current and sound, else
/// graph.json (rewriting graph.db).
fn open_query(json: &Path) -> anyhow::Result<QueryGraph> {
    gazegraph::base::manifest::verify(json, &[], false)?;
    Ok(gazegraph::query::load(json)?)
}

impl Graph {
    /// A graph just built into the temporary folder `temp`, with its
    /// in-memory graph and spooled documents.
    pub fn built(
        json: PathBuf,
        temp: tempfile::TempDir,
        kg: KnowledgeGraph,
        docs: SpooledDocs,
    ) -> Graph {
        Graph {
            kg: OnceLock::from(kg),
            spooled: Some(docs),
            ..Graph::at(json, Some(temp))
        }
    }

    fn at(json: PathBuf, temp: Option<tempfile::TempDir>) -> Graph {
        Graph {
            _temp: temp,
            json,
            kg: OnceLock::new(),
            spooled: None,
            qg: Mutex::new(None),
        }
    }

    /// The query view, opened on first use (see [`open_query`]).
    fn qg(&self, py: Python<'_>) -> PyResult<Arc<QueryGraph>> {
        if let Some(g) = lock(&self.qg).clone() {
            return Ok(g);
        }
        let g = Arc::new(py.detach(|| open_query(&self.json)).map_err(to_py)?);
        *lock(&self.qg) = Some(Arc::clone(&g));
        Ok(g)
    }

    /// Runs a query command's `answer` (with `--json`) on the query view,
    /// as the CLI does ([`answer_loaded`]: a damaged graph.db is replaced
    /// by graph.json), after resolving `names` as the command will:
    /// `LookupError` with the CLI's message ("did you mean ...", or the
    /// candidates) when one names no single entity. Returns the JSON the
    /// command printed, as Python objects.
    fn answer<'py>(
        &self,
        py: Python<'py>,
        names: &[&str],
        answer: impl Fn(&QueryGraph, &mut Vec<u8>) -> anyhow::Result<ExitCode> + Send + Sync,
    ) -> PyResult<Bound<'py, PyAny>> {
        let g = self.qg(py)?;
        let (answered, out, fresh) = py
            .detach(|| {
                answer_loaded(&self.json, &g, |g, out| {
                    for name in names {
                        if let Err(u) = explain(g, name)? {
                            return Ok(Err(u.message));
                        }
                    }
                    answer(g, out).map(Ok)
                })
            })
            .map_err(to_py)?;
        if let Some(fresh) = fresh {
            *lock(&self.qg) = Some(Arc::new(fresh));
        }
        if let Err(message) = answered {
            return Err(PyLookupError::new_err(message));
        }
        let text = String::from_utf8(out).map_err(|e| GazegraphError::new_err(e.to_string()))?;
        py.import("json")?.call_method1("loads", (text,))
    }

    /// The in-memory graph, read from graph.json on first use.
    fn kg(&self, py: Python<'_>) -> PyResult<&KnowledgeGraph> {
        if let Some(g) = self.kg.get() {
            return Ok(g);
        }
        let g = py
            .detach(|| gazegraph::cmd::export::load_graph(&self.json))
            .map_err(to_py)?;
        Ok(self.kg.get_or_init(|| g))
    }
}

/// The query filters, from keyword arguments.
fn filter(
    kinds: Option<Vec<String>>,
    types: Option<Vec<String>>,
    min_weight: Option<f64>,
    since: Option<&str>,
    until: Option<&str>,
) -> PyResult<Filter> {
    let mut types_parsed = Vec::new();
    for t in types.unwrap_or_default() {
        match EntityType::parse(&t) {
            Some(e) => types_parsed.push(e),
            None => {
                return Err(PyValueError::new_err(format!(
                    "unknown entity type {t:?}: expected person, place or organisation"
                )))
            }
        }
    }
    let date = |d: Option<&str>| -> PyResult<Option<u32>> {
        d.map(Filter::parse_date)
            .transpose()
            .map_err(|e| PyValueError::new_err(e.to_string()))
    };
    Ok(Filter {
        kinds: kinds.unwrap_or_default(),
        types: types_parsed,
        min_weight,
        since: date(since)?,
        until: date(until)?,
    })
}

/// A list argument given as one string or a list of strings.
fn names(v: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Vec<String>>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.cast::<PyString>() {
            Ok(s) => Ok(Some(vec![s.to_str()?.to_owned()])),
            Err(_) => Ok(Some(v.extract()?)),
        },
    }
}

/// An export format by its CLI name.
fn format_named(name: &str) -> PyResult<Format> {
    let all = [
        ("json", Format::Json),
        ("dot", Format::Dot),
        ("graphml", Format::Graphml),
        ("gexf", Format::Gexf),
        ("node-link", Format::NodeLink),
        ("cytoscape", Format::Cytoscape),
        ("svg", Format::Svg),
        ("png", Format::Png),
        ("html", Format::Html),
    ];
    all.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
        .ok_or_else(|| {
            let known: Vec<&str> = all.iter().map(|(n, _)| *n).collect();
            PyValueError::new_err(format!(
                "unknown format {name:?}: expected one of {}",
                known.join(", ")
            ))
        })
}

#[pymethods]
impl Graph {
    /// neighbors(name, depth=1, limit=None, *, kinds=None, types=None, min_weight=None, since=None, until=None) -> list[dict]
    ///
    /// The ranked neighbourhood of an entity (any id, name, alias or form
    /// seen, in any case), as the rows of ``gazegraph neighbors --json``:
    /// ``rank``, ``id``, ``name``, ``type``, ``mentions``, ``hops``,
    /// ``weight``, ``kinds``, ``via``, ``evidence``. Raises
    /// ``LookupError`` ("did you mean ...") for an unknown or ambiguous name.
    #[pyo3(signature = (name, depth=1, limit=None, *, kinds=None, types=None, min_weight=None, since=None, until=None))]
    #[allow(clippy::too_many_arguments)]
    fn neighbors<'py>(
        &self,
        py: Python<'py>,
        name: &str,
        depth: usize,
        limit: Option<usize>,
        kinds: Option<&Bound<'py, PyAny>>,
        types: Option<&Bound<'py, PyAny>>,
        min_weight: Option<f64>,
        since: Option<&str>,
        until: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let config = neighbors::Config {
            graph: self.json.clone(),
            json: true,
            entity: name.to_owned(),
            filter: filter(names(kinds)?, names(types)?, min_weight, since, until)?,
            depth,
            limit,
        };
        self.answer(py, &[name], |g, out| neighbors::answer(&config, g, out))?
            .get_item("neighbors")
    }

    /// path(a, b, *, kinds=None, types=None, min_weight=None, since=None, until=None) -> dict
    ///
    /// How two entities are connected, as ``gazegraph path --json``:
    /// ``from``, ``to``, ``shortest`` (fewest hops) and ``weighted``
    /// (strongest links), each ``None`` or ``{hops, cost, steps}`` with the
    /// evidence of every step.
    #[pyo3(signature = (a, b, *, kinds=None, types=None, min_weight=None, since=None, until=None))]
    #[allow(clippy::too_many_arguments)]
    fn path<'py>(
        &self,
        py: Python<'py>,
        a: &str,
        b: &str,
        kinds: Option<&Bound<'py, PyAny>>,
        types: Option<&Bound<'py, PyAny>>,
        min_weight: Option<f64>,
        since: Option<&str>,
        until: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let config = path_cmd::Config {
            graph: self.json.clone(),
            json: true,
            from: a.to_owned(),
            to: b.to_owned(),
            filter: filter(names(kinds)?, names(types)?, min_weight, since, until)?,
        };
        self.answer(py, &[a, b], |g, out| path_cmd::answer(&config, g, out))
    }

    /// evidence(a, b, *, kinds=None, since=None, until=None) -> list[dict]
    ///
    /// Every edge between two entities with all its evidence sentences, as
    /// the ``edges`` of ``gazegraph evidence --json``: ``kind``,
    /// ``source``, ``target``, ``directed``, ``weight``, ``evidence``
    /// (``date``, ``doc``, ``sentence``, ``text``, ``trigger``,
    /// ``modality``).
    #[pyo3(signature = (a, b, *, kinds=None, since=None, until=None))]
    fn evidence<'py>(
        &self,
        py: Python<'py>,
        a: &str,
        b: &str,
        kinds: Option<&Bound<'py, PyAny>>,
        since: Option<&str>,
        until: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let config = evidence::Config {
            graph: self.json.clone(),
            json: true,
            a: a.to_owned(),
            b: b.to_owned(),
            filter: filter(names(kinds)?, None, None, since, until)?,
        };
        self.answer(py, &[a, b], |g, out| evidence::answer(&config, g, out))?
            .get_item("edges")
    }

    /// top(by="pagerank", limit=10, *, kinds=None, types=None, min_weight=None, since=None, until=None) -> list[dict]
    ///
    /// Entities ranked ``by`` ``"degree"``, ``"weight"``, ``"pagerank"``
    /// or ``"betweenness"``, as the ``entities`` of ``gazegraph top
    /// --json``: ``rank``, ``id``, ``name``, ``type``, ``mentions``,
    /// ``score``.
    #[pyo3(signature = (by="pagerank", limit=10, *, kinds=None, types=None, min_weight=None, since=None, until=None))]
    #[allow(clippy::too_many_arguments)]
    fn top<'py>(
        &self,
        py: Python<'py>,
        by: &str,
        limit: usize,
        kinds: Option<&Bound<'py, PyAny>>,
        types: Option<&Bound<'py, PyAny>>,
        min_weight: Option<f64>,
        since: Option<&str>,
        until: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let measures = [
            Measure::Degree,
            Measure::Weight,
            Measure::Pagerank,
            Measure::Betweenness,
            Measure::Community,
        ];
        let Some(measure) = measures.iter().copied().find(|m| m.as_str() == by) else {
            return Err(PyValueError::new_err(format!(
                "unknown measure {by:?}: expected degree, weight, pagerank, betweenness or community"
            )));
        };
        let config = top::Config {
            graph: self.json.clone(),
            json: true,
            by: measure,
            filter: filter(names(kinds)?, names(types)?, min_weight, since, until)?,
            limit,
        };
        let report = self.answer(py, &[], |g, out| top::answer(&config, g, out))?;
        report.get_item(if measure == Measure::Community {
            "communities"
        } else {
            "entities"
        })
    }

    /// show(name, limit=10) -> dict
    ///
    /// One entity as ``gazegraph show --json``: ``id``, ``name``, ``type``,
    /// ``qid``, ``aliases``, ``mentions``, ``documents``,
    /// ``surface_forms``, ``docs``, ``first_seen``, ``last_seen`` and its
    /// ``limit`` top ``neighbors``.
    #[pyo3(signature = (name, limit=10))]
    fn show<'py>(&self, py: Python<'py>, name: &str, limit: usize) -> PyResult<Bound<'py, PyAny>> {
        let config = show::Config {
            graph: self.json.clone(),
            json: true,
            entity: name.to_owned(),
            limit,
        };
        self.answer(py, &[name], |g, out| show::answer(&config, g, out))
    }

    /// save(path, formats=("json", "dot", "graphml", "gexf")) -> list[str]
    ///
    /// Writes the graph into the folder ``path`` (created if needed) as
    /// ``gazegraph build -o path`` does: graph.json (byte for byte what
    /// the CLI writes for the same corpus), its query store graph.db, one
    /// file per format (``json``, ``dot``, ``graphml``, ``gexf``,
    /// ``node-link``, ``cytoscape``, ``svg``, ``png``) and the ledger
    /// graph.docs.jsonl that ``gazegraph merge`` reads. Every file is
    /// written atomically. Returns the paths written.
    #[pyo3(signature = (path, formats=None))]
    fn save(
        &self,
        py: Python<'_>,
        path: PathBuf,
        formats: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<String>> {
        let formats: Vec<Format> = match names(formats)? {
            None => vec![Format::Json, Format::Dot, Format::Graphml, Format::Gexf],
            Some(list) => list
                .iter()
                .map(|n| format_named(n))
                .collect::<PyResult<_>>()?,
        };
        let kg = self.kg(py)?;
        let written = py
            .detach(|| -> anyhow::Result<Vec<PathBuf>> {
                // As `gazegraph build` does: staged, then committed as a set
                // with its manifest.
                let folder = gazegraph::base::outdir::OutputFolder::open(&path)?;
                let docs: &dyn DocList = match &self.spooled {
                    Some(s) => s,
                    None => &kg.documents,
                };
                write_outputs(kg, docs, folder.staging(), &formats, default_threads())?;
                // The ledger as it is: one file (a build's) or parts
                // with their indexes (a merge's).
                let dir = match self.json.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d,
                    _ => Path::new("."),
                };
                // A folder gone since the graph was loaded has no ledger to
                // copy (as before: the ledger is copied when it is there).
                let layout = gazegraph::graph::ledger_parts::locate(dir, None)
                    .unwrap_or(gazegraph::graph::ledger_parts::Layout::None);
                for name in layout.file_names() {
                    let target = folder.staging().join(&name);
                    std::fs::copy(dir.join(&name), &target)
                        .with_context(|| format!("writing {}", target.display()))?;
                }
                commit_outputs(folder)
            })
            .map_err(to_py)?;
        Ok(written.iter().map(|p| p.display().to_string()).collect())
    }

    /// The graph in one export format, as bytes (``"graphml"``,
    /// ``"node-link"``, ...; ``"json"`` is graph.json).
    fn export<'py>(&self, py: Python<'py>, format: &str) -> PyResult<Bound<'py, PyBytes>> {
        let format = format_named(format)?;
        if format == Format::Json {
            let bytes = std::fs::read(&self.json)
                .map_err(|e| GazegraphError::new_err(format!("{}: {e}", self.json.display())))?;
            return Ok(PyBytes::new(py, &bytes));
        }
        let kg = self.kg(py)?;
        let bytes = py
            .detach(|| {
                let mut out = Vec::new();
                gazegraph::export::write(kg, format, &mut out).map(|()| out)
            })
            .map_err(|e| GazegraphError::new_err(e.to_string()))?;
        Ok(PyBytes::new(py, &bytes))
    }

    /// summary() -> dict
    ///
    /// Counts: ``documents``, ``entities``, ``cooccurrence_edges``,
    /// ``relation_edges``, ``relations`` (edges per kind), ``window``,
    /// ``evidence_limit``, and ``entity_types`` (entities per type).
    fn summary<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let kg = self.kg(py)?;
        let d = PyDict::new(py);
        let mut kinds = std::collections::BTreeMap::<&str, usize>::new();
        for e in kg.graph.edge_weights() {
            *kinds.entry(e.kind.as_str()).or_default() += 1;
        }
        let mut types = std::collections::BTreeMap::<&str, usize>::new();
        for n in kg.graph.node_weights() {
            *types.entry(n.etype.as_str()).or_default() += 1;
        }
        let co = kinds.remove(COOCCURRENCE).unwrap_or(0);
        d.set_item("documents", kg.document_count)?;
        d.set_item("entities", kg.node_count())?;
        d.set_item("cooccurrence_edges", co)?;
        d.set_item("relation_edges", kg.edge_count() - co)?;
        let by_kind = PyDict::new(py);
        for (k, n) in kinds {
            by_kind.set_item(k, n)?;
        }
        d.set_item("relations", by_kind)?;
        let by_type = PyDict::new(py);
        for (t, n) in types {
            by_type.set_item(t, n)?;
        }
        d.set_item("entity_types", by_type)?;
        d.set_item("window", kg.window.as_str())?;
        d.set_item("evidence_limit", kg.evidence_limit)?;
        Ok(d)
    }

    /// to_networkx(kinds=None) -> networkx.MultiDiGraph
    ///
    /// The graph for networkx: nodes keyed by entity id, edges keyed by
    /// kind, with the attributes of the exports (node: ``label``,
    /// ``type``, ``qid``, ``aliases``, ``mentions``, ``documents``,
    /// ``surface``, ``first_seen``, ``last_seen``, ``color``; edge:
    /// ``kind``, ``directed``, ``weight``, ``evidence``, ``first_date``,
    /// ``last_date``, ``color``). Relation edges are directed; undirected
    /// ones (co-occurrence, ``meets``) are stored once with
    /// ``directed=False``, so the counts equal graph.json's and
    /// graph.graphml's; ``G.to_undirected()`` is the undirected view.
    /// ``kinds`` (a kind or a list) keeps only those edges, e.g.
    /// ``to_networkx("cooccurrence").to_undirected()``.
    #[pyo3(signature = (kinds=None))]
    fn to_networkx<'py>(
        slf: &Bound<'py, Self>,
        kinds: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        bridge(slf, "to_networkx", kinds)
    }

    /// nodes_df() -> pandas.DataFrame
    ///
    /// One row per entity: ``id``, ``name``, ``type``, ``qid``,
    /// ``mentions``, ``documents``, ``first_seen``, ``last_seen``,
    /// ``aliases``, ``surface`` (form -> count), ``docs`` (as graph.json).
    fn nodes_df<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        bridge(slf, "nodes_df", None)
    }

    /// edges_df() -> pandas.DataFrame
    ///
    /// One row per edge: ``source``, ``target``, ``kind``, ``directed``,
    /// ``weight``, ``first_date``, ``last_date``, ``evidence_kept``.
    fn edges_df<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        bridge(slf, "edges_df", None)
    }

    /// evidence_df() -> pandas.DataFrame
    ///
    /// One row per evidence sentence kept: ``source``, ``target``,
    /// ``kind``, ``date``, ``doc``, ``sentence``, ``text``, ``trigger``,
    /// ``modality``.
    fn evidence_df<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        bridge(slf, "evidence_df", None)
    }

    /// view(height=640) -> Viewer
    ///
    /// The interactive viewer (the ``html`` export: search, filters,
    /// evidence on click) for a notebook cell: its ``_repr_html_`` is an
    /// iframe holding the whole page (no server, no network).
    #[pyo3(signature = (height=640))]
    fn view<'py>(slf: &Bound<'py, Self>, height: u32) -> PyResult<Bound<'py, PyAny>> {
        let h = height.into_pyobject(slf.py())?.into_any();
        bridge(slf, "view", Some(&h))
    }

    /// The summary table Jupyter shows.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        bridge(slf, "repr_html", None)
    }

    /// The number of entities.
    fn number_of_nodes(&self, py: Python<'_>) -> PyResult<usize> {
        Ok(self.qg(py)?.node_count())
    }

    /// The number of edges (co-occurrence and relations).
    fn number_of_edges(&self, py: Python<'_>) -> PyResult<usize> {
        Ok(self.qg(py)?.edges.len())
    }

    /// The graph.json this graph is read from (a temporary folder for a
    /// graph built and not yet saved).
    #[getter]
    fn json_path(&self) -> String {
        self.json.display().to_string()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let kg = self.kg(py)?;
        let relations = kg
            .graph
            .edge_weights()
            .filter(|e| e.kind != COOCCURRENCE)
            .count();
        Ok(format!(
            "<gazegraph.Graph: {} documents, {} entities, {} co-occurrence and {} relation edges>",
            kg.document_count,
            kg.node_count(),
            kg.edge_count() - relations,
            relations
        ))
    }

    /// Pickling carries graph.json's bytes (not the ledger).
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let bytes = slf.get().export(py, "json")?;
        let f = py.import("gazegraph._native")?.getattr("graph_from_json")?;
        PyTuple::new(py, [f, PyTuple::new(py, [bytes])?.into_any()])
    }
}

/// Calls `gazegraph._bridges.NAME(graph[, arg])`.
fn bridge<'py>(
    slf: &Bound<'py, Graph>,
    name: &str,
    arg: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let module = slf.py().import("gazegraph._bridges")?;
    match arg {
        Some(a) => module.call_method1(name, (slf, a)),
        None => module.call_method1(name, (slf,)),
    }
}

/// load(path) -> Graph
///
/// A saved graph: a folder written by ``gazegraph build`` or
/// ``Graph.save`` (its graph.json), or a graph.json file. Raises
/// ``FileNotFoundError`` ("run `gazegraph build` first") when there is
/// none.
#[pyfunction]
pub fn load(py: Python<'_>, path: PathBuf) -> PyResult<Graph> {
    let json = if path.is_dir() {
        path.join(gazegraph::base::outputs::GRAPH_JSON)
    } else {
        path
    };
    let graph = Graph::at(json, None);
    graph.qg(py)?;
    Ok(graph)
}

/// The graph whose graph.json is `data` (unpickling).
#[pyfunction]
pub fn graph_from_json(py: Python<'_>, data: &[u8]) -> PyResult<Graph> {
    let temp = tempfile::Builder::new()
        .prefix("gazegraph-")
        .tempdir()
        .map_err(|e| GazegraphError::new_err(format!("creating a temporary folder: {e}")))?;
    let json = temp.path().join(gazegraph::base::outputs::GRAPH_JSON);
    std::fs::write(&json, data)
        .map_err(|e| GazegraphError::new_err(format!("{}: {e}", json.display())))?;
    let graph = Graph::at(json, Some(temp));
    graph.qg(py)?;
    Ok(graph)
}
