"""networkx and pandas views of a Graph, and its notebook display.

The data comes from the Rust exports (node-link JSON for networkx, the
same attributes as GraphML and GEXF; graph.json for the tables), so every
attribute means what it means in the exported files.
"""

from __future__ import annotations

import html
import json
from typing import Any, Iterable, Optional, Union


def _kinds(kinds: Union[None, str, Iterable[str]]) -> Optional[set]:
    if kinds is None:
        return None
    if isinstance(kinds, str):
        return {kinds}
    return set(kinds)


def to_networkx(graph: Any, kinds: Union[None, str, Iterable[str]] = None) -> Any:
    """The graph as a networkx ``MultiDiGraph`` (see ``Graph.to_networkx``)."""
    try:
        import networkx as nx
    except ImportError as e:  # pragma: no cover - depends on the install
        raise ImportError(
            'Graph.to_networkx needs networkx: pip install "gazegraph[networkx]"'
        ) from e
    data = json.loads(graph.export("node-link"))
    keep = _kinds(kinds)
    G = nx.MultiDiGraph(**data.get("graph", {}))
    for node in data["nodes"]:
        attrs = dict(node)
        G.add_node(attrs.pop("id"), **attrs)
    for edge in data["edges"]:
        if keep is not None and edge["kind"] not in keep:
            continue
        attrs = dict(edge)
        source, target, key = attrs.pop("source"), attrs.pop("target"), attrs.pop("key")
        G.add_edge(source, target, key=key, **attrs)
    return G


def _pandas():
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the install
        raise ImportError('this needs pandas: pip install "gazegraph[pandas]"') from e
    return pd


def _graph_json(graph: Any) -> dict:
    return json.loads(graph.export("json"))


NODE_COLUMNS = [
    "id", "name", "type", "qid", "mentions", "documents",
    "first_seen", "last_seen", "aliases", "surface", "docs",
]
EDGE_COLUMNS = [
    "source", "target", "kind", "directed", "weight",
    "first_date", "last_date", "evidence_kept",
]
EVIDENCE_COLUMNS = [
    "source", "target", "kind", "date", "doc", "sentence", "text", "trigger", "modality",
]


def nodes_df(graph: Any) -> Any:
    """One row per entity (see ``Graph.nodes_df``)."""
    pd = _pandas()
    rows = [{c: n.get(c) for c in NODE_COLUMNS} for n in _graph_json(graph)["nodes"]]
    return pd.DataFrame(rows, columns=NODE_COLUMNS)


def edges_df(graph: Any) -> Any:
    """One row per edge (see ``Graph.edges_df``)."""
    pd = _pandas()
    rows = []
    for e in json.loads(graph.export("node-link"))["edges"]:
        row = {c: e.get(c) for c in EDGE_COLUMNS}
        row["evidence_kept"] = len(e.get("evidence", []))
        rows.append(row)
    df = pd.DataFrame(rows, columns=EDGE_COLUMNS)
    # Kept evidence may be capped in node-link; graph.json has it all.
    counts = {
        (e["source"], e["target"], e["kind"]): len(e.get("evidence", []))
        for e in _graph_json(graph)["edges"]
    }
    if len(df):
        df["evidence_kept"] = [
            counts.get((s, t, k), n)
            for s, t, k, n in zip(df["source"], df["target"], df["kind"], df["evidence_kept"])
        ]
    return df


def evidence_df(graph: Any) -> Any:
    """One row per evidence sentence kept (see ``Graph.evidence_df``)."""
    pd = _pandas()
    rows = []
    for e in _graph_json(graph)["edges"]:
        for ev in e.get("evidence", []):
            rows.append({
                "source": e["source"],
                "target": e["target"],
                "kind": e["kind"],
                "date": ev.get("date"),
                "doc": ev.get("doc"),
                "sentence": ev.get("sentence"),
                "text": ev.get("text"),
                "trigger": ev.get("trigger"),
                "modality": ev.get("modality"),
            })
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)


def repr_html(graph: Any) -> str:
    """A summary table for Jupyter (see ``Graph._repr_html_``)."""
    s = graph.summary()
    esc = html.escape
    rows = [
        ("documents", s["documents"]),
        ("entities", ", ".join(f"{n} {t}" for t, n in s["entity_types"].items()) or "0"),
        ("co-occurrence edges", f'{s["cooccurrence_edges"]} (window: {s["window"]})'),
        ("relation edges", ", ".join(f"{n} {k}" for k, n in s["relations"].items()) or "0"),
    ]
    top = graph.top(by="degree", limit=5) if s["entities"] else []
    if top:
        rows.append(("most connected", ", ".join(f'{t["name"]} ({int(t["score"])})' for t in top)))
    body = "".join(
        f'<tr><th style="text-align:left">{esc(str(k))}</th>'
        f'<td style="text-align:left">{esc(str(v))}</td></tr>'
        for k, v in rows
    )
    hint = "<p><code>g.view()</code> opens the interactive viewer.</p>"
    return f"<table><caption>gazegraph.Graph</caption>{body}</table>{hint}"


class Viewer:
    """The interactive viewer of a graph (the ``html`` export) for a
    notebook cell: displayed as an iframe holding the whole page, which
    needs no server and no network (see ``Graph.view``)."""

    def __init__(self, page: bytes, height: int = 640):
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        doc = html.escape(self.page.decode("utf-8"), quote=True)
        return (
            f'<iframe srcdoc="{doc}" style="width:100%;height:{int(self.height)}px;border:0" '
            'sandbox="allow-scripts"></iframe>'
        )


def view(graph: Any, height: int = 640) -> Viewer:
    """The interactive viewer (see ``Graph.view``)."""
    return Viewer(graph.export("html"), height)
