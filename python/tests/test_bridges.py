"""networkx, pandas and notebook views carry the exports' data."""

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


def test_to_networkx_has_the_counts_and_attributes_of_graph_graphml(graph, built):
    G = graph.to_networkx()
    H = nx.read_graphml(built / "graph.graphml")
    data = json.loads((built / "graph.json").read_text())
    assert G.number_of_nodes() == H.number_of_nodes() == len(data["nodes"])
    assert G.number_of_edges() == H.number_of_edges() == len(data["edges"])
    eid = {n: d["eid"] for n, d in H.nodes(data=True)}
    for n, d in H.nodes(data=True):
        mine = G.nodes[d["eid"]]
        assert mine["label"] == d["label"] and mine["type"] == d["type"]
        assert mine["mentions"] == d["mentions"] and mine["documents"] == d["documents"]
        assert mine["aliases"] == json.loads(d["aliases"])
        assert mine["surface"] == json.loads(d["surface"])
        assert mine.get("qid") == d.get("qid")
        assert (mine.get("first_seen"), mine.get("last_seen")) == (d.get("first_seen"), d.get("last_seen"))
        assert mine["color"] == d["color"]
    theirs = set()
    for u, v, d in H.edges(data=True):
        theirs.add((eid[u], eid[v], d["kind"], d["directed"], d["weight"], d.get("first_date"), d.get("last_date"), d["color"]))
    mine = {
        (u, v, d["kind"], d["directed"], float(d["weight"]), d.get("first_date"), d.get("last_date"), d["color"])
        for u, v, d in G.edges(data=True)
    }
    assert mine == theirs
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
    assert repr(graph).startswith("<gazegraph.Graph: 5 documents, 35 entities")
