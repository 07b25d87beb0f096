"""Graph queries answer what the CLI's --json answers."""

import json
import shutil
import sqlite3
from contextlib import closing

import pytest

import gazegraph as gg
from conftest import run_cli


@pytest.fixture(scope="module")
def built(cli, tmp_path_factory):
    out = tmp_path_factory.mktemp("q")
    run_cli(cli, "build", "corpus/seeds", "-o", str(out), "--quiet")
    return out


def cli_json(cli, built, *args):
    out = run_cli(cli, *args, "--graph", str(built / "graph.json"), "--json").stdout
    return json.loads(out)


def test_queries_equal_the_cli_json(cli, built):
    g = gg.load(built)
    assert g.neighbors("Lavrov", limit=6) == cli_json(cli, built, "neighbors", "Lavrov", "--limit", "6")["neighbors"]
    assert g.neighbors("Lavrov", depth=2) == cli_json(cli, built, "neighbors", "Lavrov", "--depth", "2")["neighbors"]
    assert g.path("Choe Son Hui", "Putin") == cli_json(cli, built, "path", "Choe Son Hui", "Putin")
    assert g.evidence("Putin", "Kim") == cli_json(cli, built, "evidence", "Putin", "Kim")["edges"]
    for by in ("degree", "weight", "pagerank", "betweenness"):
        assert g.top(by=by, limit=5) == cli_json(cli, built, "top", "--by", by, "--limit", "5")["entities"]
    assert g.show("Korut") == cli_json(cli, built, "show", "Korut")


def test_filters_equal_the_cli_flags(cli, built):
    g = gg.load(built)
    got = g.neighbors("Kim Jong Un", kinds="meets", types=["person"])
    want = cli_json(cli, built, "neighbors", "Kim Jong Un", "--kind", "meets", "--type", "person")
    assert got == want["neighbors"]
    got = g.top(by="weight", limit=3, since="2024-01-01")
    assert got == cli_json(cli, built, "top", "--by", "weight", "--limit", "3", "--since", "2024-01-01")["entities"]


def test_unknown_names_raise_lookup_error_with_suggestions(built):
    g = gg.load(built)
    with pytest.raises(LookupError, match=r"unknown entity 'Lavrof'; did you mean: Sergei Lavrov \(sergei-lavrov\)"):
        g.neighbors("Lavrof")
    with pytest.raises(LookupError):
        g.path("Putin", "Nobody Atall")
    with pytest.raises(ValueError, match="unknown measure"):
        g.top(by="fame")
    with pytest.raises(ValueError, match="invalid date"):
        g.top(since="June")


def test_community_ranking_equals_the_cli(cli, built):
    g = gg.load(built)
    want = cli_json(cli, built, "top", "--by", "community", "--limit", "3")["communities"]
    assert g.top(by="community", limit=3) == want


def test_load_reads_graph_db_and_a_damaged_one_answers_as_graph_json(cli, built, tmp_path):
    folder = tmp_path / "out"
    shutil.copytree(built, folder)
    assert (folder / "graph.db").is_file()
    want = cli_json(cli, built, "evidence", "Lavrov", "Kim Jong Un")["edges"]
    g = gg.load(folder)
    assert g.number_of_nodes() > 0  # open, on graph.db
    # Forged rows fail their checksums when read: the query falls back to
    # graph.json (rewriting graph.db), as the CLI's does.
    with closing(sqlite3.connect(folder / "graph.db")) as con:
        con.execute("UPDATE sentences SET text = 'forged'")
        con.commit()
    assert g.evidence("Lavrov", "Kim Jong Un") == want
    with closing(sqlite3.connect(folder / "graph.db")) as con:
        forged = con.execute("SELECT count(*) FROM evidence WHERE sentence = 'forged'")
        assert forged.fetchone() == (0,)  # rewritten from graph.json
    assert gg.load(folder).evidence("Lavrov", "Kim Jong Un") == want
    assert g.show("Korut") == cli_json(cli, built, "show", "Korut")


def test_load_checks_the_manifest_as_the_cli_does(cli, built, tmp_path):
    folder = tmp_path / "out"
    shutil.copytree(built, folder)
    with open(folder / "graph.json", "ab") as f:
        f.write(b" ")
    cli_err = run_cli(cli, "top", "--graph", str(folder / "graph.json"), check=False)
    assert cli_err.returncode == 2
    message = cli_err.stderr.splitlines()[0].removeprefix("gazegraph: error: ")
    with pytest.raises(gg.GazegraphError) as e:
        gg.load(folder)
    assert str(e.value).startswith(message)
