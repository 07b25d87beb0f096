"""The Spark job (spark/gazegraph_spark.py) in local mode against one
`gazegraph build` / `tag` / `relations` of the same fixture.

Run by scripts/test.sh after `cargo build` (GAZEGRAPH_BIN names the binary;
default target/debug/gazegraph). One SparkSession serves every case.
"""

import json
import os
import random
import re
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "spark"))
import gazegraph_spark  # noqa: E402

BIN = os.environ.get("GAZEGRAPH_BIN", os.path.join(ROOT, "target", "debug", "gazegraph"))
FIXTURE = "tests/fixtures/spark/indosum_slice.jsonl"
GAZ = "tests/fixtures/spark/extra_gazetteer.jsonl"


def gg(*args, stdin=None):
    r = subprocess.run([BIN, *args], cwd=ROOT, capture_output=True, input=stdin)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession
    s = (SparkSession.builder.master("local[2]").appName("gazegraph-test")
         .config("spark.ui.enabled", "false")
         .config("spark.ui.showConsoleProgress", "false")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
    yield s
    s.stop()


@pytest.fixture(scope="module")
def one(tmp_path_factory):
    out = tmp_path_factory.mktemp("one") / "graph"
    gg("build", FIXTURE, "-g", GAZ, "-o", str(out), "--quiet")
    return out


def job(spark, *argv):
    cwd = os.getcwd()
    os.chdir(ROOT)  # INPUT paths as the CLI was given them
    try:
        gazegraph_spark.run_job(spark, gazegraph_spark.parse_args(
            [*argv, "--gazegraph", BIN, "-g", GAZ]))
    finally:
        os.chdir(cwd)


def read(p):
    with open(p, "rb") as f:
        return f.read()


def ledger_lines(folder):
    """Every ledger line of a graph folder, sorted: the single file of a
    build, or a merge's parts (graph.docs.<16 hex>.jsonl)."""
    lines = []
    for name in sorted(os.listdir(folder)):
        if name == "graph.docs.jsonl" or re.fullmatch(r"graph\.docs\.[0-9a-f]{16}\.jsonl", name):
            lines += read(folder / name).splitlines()
    return sorted(lines)


def test_fixture_has_what_the_issue_asks_for():
    recs = [json.loads(line) for line in open(os.path.join(ROOT, FIXTURE), encoding="utf-8")]
    ids = [r.get("id") for r in recs]
    assert sum(1 for i in ids if not i) >= 2, "records without an id"
    rep = [i for i in set(ids) if i and ids.count(i) > 1]
    assert rep, "an id repeated"
    first, last = [n for n, i in enumerate(ids) if i == rep[0]][:2]
    assert last - first > 50 and recs[first]["text"] != recs[last]["text"]


@pytest.mark.parametrize("partitions,fan_in", [(1, 2), (2, 2), (4, 2), (4, 4)])
def test_build_equals_one_build(spark, one, tmp_path, partitions, fan_in):
    out = tmp_path / "spark"
    job(spark, "build", FIXTURE, "-o", str(out), "--partitions", str(partitions),
        "--fan-in", str(fan_in))
    assert read(out / "graph.json") == read(one / "graph.json")
    # The same ledger lines (a merged ledger is in parts, one build's is
    # one file).
    assert ledger_lines(out) == ledger_lines(one)
    assert not (out / "graph.docs.jsonl").exists()
    for export in ("graph.dot", "graph.graphml", "graph.gexf", "graph.db"):
        assert (out / export).exists(), export


def test_empty_partitions_do_not_fail(spark, tmp_path):
    tiny = tmp_path / "tiny.jsonl"
    tiny.write_text('{"id": "a", "text": "Vladimir Putin bertemu Kim Jong Un."}\n', encoding="utf-8")
    out = tmp_path / "spark"
    one = tmp_path / "one"
    gg("build", str(tiny), "-g", GAZ, "-o", str(one), "--quiet")
    job(spark, "build", str(tiny), "-o", str(out), "--partitions", "4", "--fan-in", "2")
    assert read(out / "graph.json") == read(one / "graph.json")


def split_and_merge(tmp_path, parts):
    """Builds each part with the CLI and merges them in a tree."""
    graphs = []
    for n, lines in enumerate(parts):
        p = tmp_path / ("part%d.jsonl" % n)
        p.write_text("".join(lines), encoding="utf-8")
        out = tmp_path / ("g%d" % n)
        gg("build", str(p), "-g", GAZ, "-o", str(out), "--quiet", "--format", "json")
        graphs.append(str(out / "graph.json"))
    # ((g0, g1), g2, ...): an intermediate --partial step, then the root.
    mid = tmp_path / "mid"
    gg("merge", *graphs[:2], "-o", str(mid), "--partial")
    root = tmp_path / "root"
    gg("merge", str(mid / "graph.json"), *graphs[2:], "-o", str(root))
    return root


def with_explicit_ids(lines):
    """The records with the ids one build of the fixture gives them (ids
    made up from the line would change with the split)."""
    out = gg("ids", FIXTURE)
    given = {}
    for row in out.decode().splitlines():
        r = json.loads(row)
        n = int(r["source"].rsplit(":", 1)[1])
        given[n] = r
    fixed = []
    for n, line in enumerate(lines, 1):
        r = given[n]
        if not r["given"]:
            rec = json.loads(line)
            rec["id"] = r["id"]
            line = json.dumps(rec, ensure_ascii=False) + "\n"
        fixed.append(line)
    return fixed


def test_contiguous_and_shuffled_splits_merged_with_the_cli(one, tmp_path):
    lines = with_explicit_ids(open(os.path.join(ROOT, FIXTURE), encoding="utf-8").readlines())
    third = len(lines) // 3
    contiguous = [lines[:third], lines[third:2 * third], lines[2 * third:]]
    (tmp_path / "c").mkdir()
    root = split_and_merge(tmp_path / "c", contiguous)
    assert read(root / "graph.json") == read(one / "graph.json")
    assert ledger_lines(root) == ledger_lines(one)
    shuffled = lines[:]
    random.Random(20).shuffle(shuffled)
    parts = [shuffled[0::3], shuffled[1::3], shuffled[2::3]]
    (tmp_path / "s").mkdir()
    root = split_and_merge(tmp_path / "s", parts)
    assert read(root / "graph.json") == read(one / "graph.json")
    assert ledger_lines(root) == ledger_lines(one)


def rows_of(out, fields):
    names = [n for n, _ in fields]
    return sorted(tuple(json.loads(line).get(n) for n in names) for line in out.decode().splitlines())


def test_tag_parquet_equals_the_cli(spark, tmp_path):
    out = tmp_path / "mentions"
    job(spark, "tag", FIXTURE, "-o", str(out), "--partitions", "3")
    df = spark.read.parquet(str(out))
    assert [(f.name, f.dataType.typeName()) for f in df.schema.fields] == gazegraph_spark.TAG_FIELDS
    got = sorted(tuple(r) for r in df.collect())
    want = rows_of(gg("tag", FIXTURE, "-g", GAZ, "--quiet"), gazegraph_spark.TAG_FIELDS)
    assert len(want) > 100
    assert got == want


def test_relations_parquet_equals_the_cli(spark, tmp_path):
    out = tmp_path / "relations"
    job(spark, "relations", FIXTURE, "-o", str(out), "--partitions", "3")
    df = spark.read.parquet(str(out))
    got = sorted(tuple(r) for r in df.collect())
    want = rows_of(gg("relations", FIXTURE, "-g", GAZ, "--quiet"), gazegraph_spark.RELATION_FIELDS)
    assert want
    assert got == want
