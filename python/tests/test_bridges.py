"""networkx, pandas and notebook views carry the exports' data."""

import html
import json
from pathlib import Path

import networkx as nx
import pytest

import gazegraph as gg
from conftest import run_cli


@pytest.fixture(scope="module")
def built(cli, tmp_path_factory):
    out = tmp_path_factory.mktemp("b")
    run_cli(cli, "build", "corpus/seeds", "-o", str(out), "--quiet")
    return out


@pytest.fixture(scope="module")
def graph():
    return gg.build(Path("corpus/seeds"))


# GraphML attributes that are JSON text (networkx holds the parsed values).
JSON_ATTRS = {"aliases", "surface", "evidence", "weight_by_date"}
# GraphML-only attributes: its own ids and the drawing size, the label of
# an edge (its kind again), and the direction (networkx has it as u -> v).
GRAPHML_ONLY = {"eid", "size", "label", "source_eid", "target_eid"}
GRAPHML_EVIDENCE = 10


def same(mine, theirs, key):
    if key == "evidence":
        # GraphML carries the first 10 sentences; networkx all those kept.
        return mine[:GRAPHML_EVIDENCE] == json.loads(theirs)
    if key in JSON_ATTRS:
        return mine == json.loads(theirs)
    if isinstance(theirs, float):
        return mine == pytest.approx(theirs, rel=1e-9, abs=1e-12)
    return mine == theirs


def test_to_networkx_has_the_counts_and_attributes_of_graph_graphml(graph, built):
    G = graph.to_networkx()
    H = nx.read_graphml(built / "graph.graphml")
    data = json.loads((built / "graph.json").read_text())
    assert G.number_of_nodes() == H.number_of_nodes() == len(data["nodes"])
    assert G.number_of_edges() == H.number_of_edges() == len(data["edges"])
    eid = {n: d["eid"] for n, d in H.nodes(data=True)}
    for n, d in H.nodes(data=True):
        mine = G.nodes[d["eid"]]
        keys = set(d) - GRAPHML_ONLY
        assert keys <= set(mine), keys - set(mine)
        for k in keys:
            assert same(mine[k], d[k], k), (d["eid"], k, mine[k], d[k])
    # Edges by (subject, object, kind): GraphML's direction is
    # source_eid -> target_eid; an undirected edge is written once.
    theirs = {}
    for u, v, d in H.edges(data=True):
        key = (d["source_eid"], d["target_eid"], d["kind"])
        assert {eid[u], eid[v]} == {key[0], key[1]}
        theirs[key] = d
    assert len(theirs) == H.number_of_edges()
    for u, v, d in G.edges(data=True):
        t = theirs.pop((u, v, d["kind"]))
        keys = set(t) - GRAPHML_ONLY
        assert keys <= set(d), keys - set(d)
        for k in keys:
            assert same(d[k], t[k], k), (u, v, k, d[k], t[k])
    assert not theirs
    assert all(not d["directed"] for _, _, d in G.edges(data=True) if d["kind"] == "cooccurrence")
    assert any(d["directed"] for _, _, d in G.edges(data=True))


def test_to_networkx_keeps_the_kinds_asked_for(graph):
    co = graph.to_networkx("cooccurrence")
    assert {d["kind"] for _, _, d in co.edges(data=True)} == {"cooccurrence"}
    assert co.to_undirected().number_of_edges() == graph.summary()["cooccurrence_edges"]


def test_dataframes(graph, built):
    data = json.loads((built / "graph.json").read_text())
    nodes, edges, evidence = graph.nodes_df(), graph.edges_df(), graph.evidence_df()
    assert len(nodes) == len(data["nodes"]) and list(nodes["id"]) == [n["id"] for n in data["nodes"]]
    assert len(edges) == len(data["edges"])
    assert len(evidence) == sum(len(e["evidence"]) for e in data["edges"])
    assert edges["evidence_kept"].sum() == len(evidence)
    assert set(evidence["kind"]) >= {"cooccurrence", "meets"}


def test_notebook_display_and_repr(graph):
    html = graph._repr_html_()
    assert "<table>" in html and "documents" in html and "Kim Jong Un" in html
    n = graph.number_of_nodes()
    assert repr(graph).startswith(f"<gazegraph.Graph: 5 documents, {n} entities")


def test_view_embeds_the_interactive_viewer(graph):
    page = graph.export("html")
    shown = graph.view(height=500)._repr_html_()
    assert shown.startswith('<iframe srcdoc="') and "height:500px" in shown
    assert html.unescape(shown.split('srcdoc="', 1)[1].split('" style=', 1)[0]) == page.decode()
    assert "g.view()" in graph._repr_html_()
