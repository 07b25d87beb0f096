"""gg.build writes the graph.json `gazegraph build` writes; inputs stream."""

import json
import pickle
from pathlib import Path

import pytest

import gazegraph as gg
from conftest import SEEDS, read_text, run_cli, seed_files


@pytest.fixture(scope="module")
def gaz():
    return gg.Gazetteer()


@pytest.fixture(scope="module")
def cli_graph(cli, tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    run_cli(cli, "build", "corpus/seeds", "-o", str(out), "--quiet")
    return out


def test_build_over_the_sample_corpus_is_byte_identical_to_the_cli(gaz, cli_graph, tmp_path):
    g = gg.build([Path("corpus/seeds")], gazetteer=gaz)
    written = g.save(tmp_path / "py")
    assert (tmp_path / "py" / "graph.json").read_bytes() == (cli_graph / "graph.json").read_bytes()
    for name in ("graph.graphml", "graph.gexf", "graph.dot", "graph.docs.jsonl"):
        assert (tmp_path / "py" / name).read_bytes() == (cli_graph / name).read_bytes(), name
    assert str(tmp_path / "py" / "graph.json") in written


def test_a_single_path_and_any_thread_count_give_the_same_graph(gaz, cli_graph):
    want = (cli_graph / "graph.json").read_bytes()
    for threads in (1, 2, 3):
        g = gg.build(Path("corpus/seeds"), gazetteer=gaz, threads=threads)
        assert g.export("json") == want, threads


def test_records_from_a_generator_equal_the_same_records_as_json_lines(gaz, cli, tmp_path):
    records = [
        {"id": p.name, "text": read_text(p), "title": f"t{i}", "url": f"https://x/{i}"}
        for i, p in enumerate(seed_files())
    ]
    jsonl = tmp_path / "seeds.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "cli"
    run_cli(cli, "build", str(jsonl), "-o", str(out), "--quiet", "--window", "paragraph")
    g = gg.build((r for r in records), gazetteer=gaz, window="paragraph")
    assert g.export("json") == (out / "graph.json").read_bytes()


def repeated_id_records():
    """The seed articles plus three copies of one id (different texts, two
    dates and an undated one) and two same-day copies of another (the
    version hash decides between them)."""
    records = [{"id": p.name, "text": read_text(p)} for p in seed_files()]
    records += [
        {"id": "berita-1", "date": "2019-04-25", "text": "Putin bertemu Kim Jong Un di Vladivostok."},
        {"id": "berita-1", "date": "2019-06-01", "text": "Lavrov tiba di Pyongyang dan bertemu Kim Jong Un."},
        {"id": "berita-1", "text": "Jokowi menerima Shinzo Abe di Jakarta."},
        {"id": "berita-2", "date": "2020-01-02", "title": "a", "text": "Prabowo bertemu Xi Jinping."},
        {"id": "berita-2", "date": "2020-01-02", "title": "b", "text": "Prabowo bertemu Joe Biden."},
    ]
    return records


def test_gg_build_keeps_the_winning_copy_of_a_repeated_id_not_the_first(gaz, cli, tmp_path):
    # Regression: gg.build counted the first copy of a repeated id in input
    # order, where `gazegraph build` counts the latest version whatever the
    # order (graph/versions.rs). Byte parity with the CLI for every order.
    import random

    records = repeated_id_records()
    jsonl = tmp_path / "repeated.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    out = tmp_path / "cli"
    run_cli(cli, "build", str(jsonl), "-o", str(out), "--quiet")
    want = (out / "graph.json").read_bytes()
    orders = [records, records[::-1]]
    for seed in range(3):
        shuffled = list(records)
        random.Random(seed).shuffle(shuffled)
        orders.append(shuffled)
    for i, order in enumerate(orders):
        with pytest.warns(gg.GazegraphWarning, match="duplicate document id"):
            g = gg.build((r for r in order), gazetteer=gaz, threads=1 + i % 2)
        assert g.export("json") == want, f"order {i}"
    # The dated copy of 2019-06-01 counts: Lavrov's documents list
    # berita-1, Putin's and Jokowi's do not.
    docs = {n["id"]: set(n.get("docs", [])) for n in json.loads(want)["nodes"]}
    lavrov = next(k for k in docs if "lavrov" in k.lower())
    assert "berita-1" in docs[lavrov]
    assert not any("berita-1" in ids for k, ids in docs.items() if "putin" in k.lower() or "jokowi" in k.lower())


def test_texts_get_positional_ids(gaz):
    g = gg.build(["Putin bertemu Kim Jong Un.", "Lavrov tiba di Pyongyang."], gazetteer=gaz)
    docs = {d["id"] for d in g.show("Putin")["docs"]}
    assert docs == {"docs:1"}
    assert g.summary()["documents"] == 2


def test_the_iterable_is_pulled_one_item_at_a_time(gaz):
    pulled = []

    def docs():
        for i in range(300):
            pulled.append(i)
            yield {"id": f"d{i}", "text": f"Putin bertemu Kim Jong Un ({i})."}

    g = gg.build(docs(), gazetteer=gaz, threads=2)
    assert pulled == list(range(300))
    assert g.summary()["documents"] == 300


def test_bad_records_are_warnings_with_their_location_and_strict_makes_them_errors(gaz):
    docs = [{"text": "Putin di Moskow."}, {"title": "no text"}, {"text": 5}, {"text": "Kim.", "date": "soon"}]
    with pytest.warns(gg.GazegraphWarning) as seen:
        g = gg.build(docs, gazetteer=gaz)
    messages = [str(w.message) for w in seen]
    assert "docs:2: no `text` field; line skipped" in messages
    assert "docs:3: `text` is a number, not a string; line skipped" in messages
    assert 'docs:4: `date` "soon" is not a date; ignored' in messages
    assert g.summary()["documents"] == 2
    with pytest.raises(gg.GazegraphError, match="--strict"), pytest.warns(gg.GazegraphWarning):
        gg.build(docs, gazetteer=gaz, strict=True)


def test_duplicate_ids_warn_as_the_cli_does(gaz):
    with pytest.warns(gg.GazegraphWarning, match='docs:2: duplicate document id "a"; counted once'):
        gg.build([{"id": "a", "text": "Putin."}, {"id": "a", "text": "Putin."}], gazetteer=gaz)


def test_errors_raised_by_the_iterable_propagate(gaz):
    def docs():
        yield "Putin bertemu Kim."
        raise KeyError("broken source")

    with pytest.raises(KeyError, match="broken source"):
        gg.build(docs(), gazetteer=gaz)
    with pytest.raises(TypeError, match="docs item 2 is a int"):
        gg.build(["Putin.", 7], gazetteer=gaz)
    with pytest.raises(TypeError, match="docs is a str"):
        gg.build("corpus/seeds", gazetteer=gaz)
    with pytest.raises(gg.GazegraphError, match="no document could be read"):
        gg.build([], gazetteer=gaz)
    with pytest.raises(ValueError, match="unknown window"):
        gg.build(["Putin."], gazetteer=gaz, window="page")


def test_load_reads_a_build_folder_and_a_missing_one_says_so(cli_graph, tmp_path):
    g = gg.load(cli_graph)
    data = json.loads((cli_graph / "graph.json").read_text())
    assert g.number_of_nodes() == len(data["nodes"]) > 30
    assert gg.load(cli_graph / "graph.json").number_of_edges() == g.number_of_edges()
    with pytest.raises(FileNotFoundError, match="run `gazegraph build` first"):
        gg.load(tmp_path / "nothing")


def test_graph_survives_pickle(gaz, cli_graph):
    g = gg.build(Path("corpus/seeds"), gazetteer=gaz)
    back = pickle.loads(pickle.dumps(g))
    assert back.export("json") == (cli_graph / "graph.json").read_bytes()
    assert back.top(limit=3) == g.top(limit=3)
