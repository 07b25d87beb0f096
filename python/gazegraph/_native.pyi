"""Type stubs of gazegraph's Rust extension (gazegraph._native)."""

import datetime
import os
import pathlib
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import networkx
import pandas

__version__: str

_Date = Union[str, datetime.date, None]
_Names = Union[str, Sequence[str], None]
_Doc = Union[str, Mapping[str, Any], "os.PathLike[str]"]

class GazegraphError(Exception):
    """An error that stops gazegraph (bad gazetteer with file:line:col,
    no readable document, unwritable output, strict with warnings); the
    message is the CLI's."""

class GazegraphWarning(UserWarning):
    """A problem gazegraph worked around, as ``file:line: message``."""

class Mention:
    """One mention, as a line of ``gazegraph tag``."""

    start: int
    """Start offset in the text, in characters (Python str indices)."""
    end: int
    """End offset (exclusive): ``text[start:end] == mention.text``."""
    text: str
    """The text as written."""
    entity: str
    """Entity id, e.g. ``kim-jong-un``."""
    name: str
    """Canonical name, e.g. ``Kim Jong Un``."""
    type: str
    """``person``, ``place`` or ``organisation``."""
    via: str
    """``exact``, ``variant``, ``partial``, ``title``, ``demonym`` (or
    ``nested`` with ``tag(all=True)``)."""
    sentence: int
    """Index of the sentence in the text."""
    def to_dict(self) -> Dict[str, Any]:
        """The fields as a dict (a ``gazegraph tag`` line without ``doc``)."""

class Relation:
    """One typed relation instance, as a line of ``gazegraph relations``."""

    kind: str
    """``meets``, ``visits``, ``invites``, ``holds_office``, ..."""
    source: str
    """Source entity id."""
    source_name: str
    """Source canonical name."""
    target: str
    """Target entity id."""
    target_name: str
    """Target canonical name."""
    trigger: str
    """The trigger word as written."""
    modality: str
    """``asserted``, ``planned`` or ``negated``."""
    sentence: str
    """The sentence, whitespace collapsed, at most 300 characters."""
    sentence_index: int
    """Index of the sentence in the text."""
    date: Optional[str]
    """The date used, ``YYYY-MM-DD`` (given, or stated in the text)."""
    coref: List[Tuple[str, str, int]]
    """Arguments that came by coreference: (``source`` or ``target``, the
    pronoun or description as written, the antecedent's sentence index)."""
    def to_dict(self) -> Dict[str, Any]:
        """The fields as a dict (a ``gazegraph relations`` line without ``doc``;
        ``coref`` only when some argument came by coreference)."""

class Gazetteer:
    """A gazetteer ready to tag: built-in, built-in plus ``paths``, or
    only ``paths`` with ``builtin=False``. Pickles by its paths."""

    def __init__(
        self,
        paths: Optional[Sequence[Union[str, "os.PathLike[str]"]]] = None,
        builtin: bool = True,
        strict: bool = False,
    ) -> None:
        """Loads the gazetteer; problems are ``GazegraphWarning``s naming
        ``file:line:col`` (errors with ``strict=True``); a bad gazetteer
        raises ``GazegraphError`` listing every error."""
    @property
    def paths(self) -> List[pathlib.Path]:
        """The extra paths (absolute)."""
    @property
    def builtin(self) -> bool:
        """Whether the built-in gazetteer is included."""
    def tag(
        self, text: str, date: _Date = None, demonyms: bool = False, all: bool = False
    ) -> List[Mention]:
        """The mentions in ``text`` in text order, as ``gazegraph tag``
        finds them; ``date`` picks the holders of office titles;
        ``all=True`` (``tag --all``) adds the names dropped inside longer
        names (``via="nested"``). Releases the GIL."""
    def relations(self, text: str, date: _Date = None) -> List[Relation]:
        """The typed relation instances in ``text``, as ``gazegraph
        relations`` finds them (negated ones included)."""
    def __len__(self) -> int:
        """The number of entities."""

class Graph:
    """An entity graph: built by ``build`` or read by ``load``. Queries
    answer as the CLI's ``--json``; pickles as graph.json."""

    @property
    def json_path(self) -> str:
        """The graph.json it is read from (temporary until saved)."""
    def neighbors(
        self,
        name: str,
        depth: int = 1,
        limit: Optional[int] = None,
        *,
        kinds: _Names = None,
        types: _Names = None,
        min_weight: Optional[float] = None,
        since: Optional[str] = None,
        until: Optional[str] = None,
    ) -> List[Dict[str, Any]]:
        """The ranked neighbourhood of an entity (rows of ``neighbors
        --json``); ``LookupError`` with "did you mean" for unknown names."""
    def path(
        self,
        a: str,
        b: str,
        *,
        kinds: _Names = None,
        types: _Names = None,
        min_weight: Optional[float] = None,
        since: Optional[str] = None,
        until: Optional[str] = None,
    ) -> Dict[str, Any]:
        """Shortest and strongest paths with evidence (``path --json``)."""
    def evidence(
        self,
        a: str,
        b: str,
        *,
        kinds: _Names = None,
        since: Optional[str] = None,
        until: Optional[str] = None,
    ) -> List[Dict[str, Any]]:
        """Every edge between two entities with its evidence (``edges`` of
        ``evidence --json``)."""
    def top(
        self,
        by: str = "pagerank",
        limit: int = 10,
        *,
        kinds: _Names = None,
        types: _Names = None,
        min_weight: Optional[float] = None,
        since: Optional[str] = None,
        until: Optional[str] = None,
    ) -> List[Dict[str, Any]]:
        """Entities ranked by ``degree``, ``weight``, ``pagerank`` or
        ``betweenness`` (``entities`` of ``top --json``); ``by="community"``
        gives the communities with their biggest members (``communities``
        of ``top --by community --json``)."""
    def show(self, name: str, limit: int = 10) -> Dict[str, Any]:
        """One entity with its forms, documents and top neighbours
        (``show --json``)."""
    def save(
        self, path: Union[str, "os.PathLike[str]"], formats: _Names = None
    ) -> List[str]:
        """Writes graph.json (as ``gazegraph build`` writes it), graph.db,
        the ledger and each format into the folder ``path``; returns the
        paths written."""
    def export(self, format: str) -> bytes:
        """The graph in one export format (``json`` is graph.json)."""
    def summary(self) -> Dict[str, Any]:
        """Counts of documents, entities, edges by kind and types."""
    def number_of_nodes(self) -> int:
        """The number of entities."""
    def number_of_edges(self) -> int:
        """The number of edges (co-occurrence and relations)."""
    def to_networkx(self, kinds: _Names = None) -> "networkx.MultiDiGraph":
        """A MultiDiGraph with the export attributes; undirected edges
        stored once with ``directed=False``."""
    def nodes_df(self) -> "pandas.DataFrame":
        """One row per entity."""
    def edges_df(self) -> "pandas.DataFrame":
        """One row per edge."""
    def evidence_df(self) -> "pandas.DataFrame":
        """One row per evidence sentence kept."""
    def view(self, height: int = 640) -> Any:
        """The interactive HTML viewer (``gazegraph build -f html``) in a
        notebook cell: an object whose ``_repr_html_`` is an iframe."""
    def _repr_html_(self) -> str:
        """The summary table Jupyter shows."""

def build(
    docs: Union[Iterable[_Doc], "os.PathLike[str]"],
    gazetteer: Optional[Gazetteer] = None,
    *,
    window: str = "sentence",
    threads: Optional[int] = None,
    max_evidence: int = 25,
    demonyms: bool = False,
    strict: bool = False,
) -> Graph:
    """Builds the graph of ``docs`` (texts, record dicts or paths, read
    one at a time) with the CLI's parallel pipeline; releases the GIL.
    Of the copies of a repeated id, the latest version counts (the CLI's
    rule: latest date, then a hash), whatever their order: ``docs`` is
    read once into a scratch file and replayed."""

def load(path: Union[str, "os.PathLike[str]"]) -> Graph:
    """A saved graph: a build folder or a graph.json file."""

def graph_from_json(data: bytes) -> Graph:
    """The graph whose graph.json is ``data`` (used by pickle)."""
