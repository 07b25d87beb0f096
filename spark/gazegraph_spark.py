"""gazegraph on Apache Spark: one build, distributed.

    spark-submit spark/gazegraph_spark.py build INPUT... -o OUT [-g PATH]...
        [--partitions N] [--fan-in K] [--gazegraph BIN]
    spark-submit spark/gazegraph_spark.py tag INPUT... -o OUT [-g PATH]...
    spark-submit spark/gazegraph_spark.py relations INPUT... -o OUT [-g PATH]...

Spark does the distribution, retries and storage; gazegraph does every
rule. The job ships the gazegraph binary and the gazetteer paths to the
executors (SparkContext.addFile) and calls it there:

1. Each INPUT (a JSON Lines file, any path Spark reads) is read as lines
   with their line numbers. `gazegraph ids --source INPUT --first-line N`
   tells, for each record, the id one `gazegraph build INPUT` gives it
   (records without an id get INPUT:LINE, written into the record) and the
   hash of that id.
2. Records are partitioned by that hash (every copy of an id lands in the
   same partition) and each partition runs `gazegraph build` (or `tag`,
   `relations`). An empty partition gives nothing and is skipped.
3. build: the partition graphs (graph.json + ledger, carried as Spark
   records) are merged in a tree of fan-in K, each merge a Spark task
   (`gazegraph merge --partial`); the root merge writes the exports, and the
   driver writes the final folder to OUT (a local path on the driver).
   tag, relations: the JSON lines become Parquet rows with typed columns.

The merged graph.json is byte-identical to one `gazegraph build` over the
same inputs (docs/scale.md, "Running on a cluster").
"""

import argparse
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile

# Parquet schemas: one row per line of `gazegraph tag` / `relations`.
TAG_FIELDS = [
    ("doc", "string"), ("start", "long"), ("end", "long"), ("text", "string"),
    ("entity", "string"), ("name", "string"), ("type", "string"),
    ("via", "string"), ("sentence", "long"),
]
RELATION_FIELDS = [
    ("doc", "string"), ("kind", "string"), ("source", "string"),
    ("source_name", "string"), ("target", "string"), ("target_name", "string"),
    ("trigger", "string"), ("modality", "string"), ("sentence", "string"),
    ("sentence_index", "long"), ("date", "string"),
]


def parse_args(argv):
    p = argparse.ArgumentParser(prog="gazegraph_spark.py", description=__doc__.split("\n")[0])
    p.add_argument("command", choices=["build", "tag", "relations"])
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("-g", "--gazetteer", action="append", default=[], metavar="PATH",
                   help="gazetteer file or folder, shipped to the executors")
    p.add_argument("--partitions", type=int, default=None, metavar="N",
                   help="partitions to build (default: Spark's default parallelism)")
    p.add_argument("--fan-in", type=int, default=8, metavar="K",
                   help="graphs merged per merge task (default 8)")
    p.add_argument("--gazegraph", default=os.environ.get("GAZEGRAPH_BIN") or shutil.which("gazegraph"),
                   metavar="BIN", help="the gazegraph binary to ship (default: $GAZEGRAPH_BIN, "
                   "else gazegraph on PATH); with --binary-on-nodes, its path on every node")
    p.add_argument("--binary-on-nodes", action="store_true",
                   help="do not ship anything: --gazegraph and -g paths exist on every node")
    p.add_argument("--build-arg", action="append", default=[], metavar="ARG",
                   help="extra argument for every `gazegraph build` (e.g. --build-arg=--window=paragraph)")
    a = p.parse_args(argv)
    if not a.gazegraph:
        p.error("no gazegraph binary: pass --gazegraph BIN or set GAZEGRAPH_BIN")
    if a.fan_in < 2:
        p.error("--fan-in must be at least 2")
    if a.partitions is not None and a.partitions < 1:
        p.error("--partitions must be at least 1")
    return a


class Tool:
    """The gazegraph binary and gazetteers, as an executor finds them."""

    def __init__(self, binary, gazetteers, shipped):
        self.binary = binary
        self.gazetteers = gazetteers
        self.shipped = shipped

    def _path(self, p):
        if not self.shipped:
            return p
        from pyspark import SparkFiles
        return SparkFiles.get(os.path.basename(p.rstrip("/")))

    def bin(self):
        b = self._path(self.binary)
        if not os.access(b, os.X_OK):
            os.chmod(b, os.stat(b).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return b

    def gaz_args(self):
        out = []
        for g in self.gazetteers:
            out += ["-g", self._path(g)]
        return out

    def run(self, args, stdin=None, cwd=None):
        r = subprocess.run([self.bin()] + args, input=stdin, capture_output=True, cwd=cwd)
        if r.returncode != 0:
            raise RuntimeError("gazegraph %s failed (exit %d): %s" % (
                args[0], r.returncode, r.stderr.decode("utf-8", "replace")))
        return r.stdout


def with_ids(tool, name):
    """mapPartitions over (line_number, line) in file order: the records,
    each with the id one build gives it, keyed by the id's hash."""

    def run(rows):
        rows = list(rows)
        if not rows:
            return
        first = rows[0][0]
        lines = []
        for n, line in rows:
            # A line that is not a JSON object is skipped by a build; blank
            # it so the stream is read as JSON Lines and keeps its numbering.
            lines.append(line if line.lstrip().lstrip("\ufeff").lstrip().startswith("{") else "")
        out = tool.run(["ids", "--source", name, "--first-line", str(first), "-"],
                       stdin=("\n".join(lines) + "\n").encode("utf-8"))
        for row in out.decode("utf-8").splitlines():
            r = json.loads(row)
            number = int(r["source"].rsplit(":", 1)[1])
            line = lines[number - first]
            if not r["given"]:
                rec = json.loads(line)
                rec["id"] = r["id"]
                line = json.dumps(rec, ensure_ascii=False)
            yield int(r["hash"][:16], 16), line

    return run


def records(sc, tool, inputs, partitions):
    """All input records, partitioned by a hash of their id."""
    rdds = []
    for path in inputs:
        lines = sc.textFile(path).zipWithIndex().map(lambda x: (x[1] + 1, x[0]))
        rdds.append(lines.mapPartitions(with_ids(tool, path)))
    rdd = rdds[0] if len(rdds) == 1 else sc.union(rdds)
    return rdd.partitionBy(partitions, lambda h: h % partitions).values()


def tar_folder(folder):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for name in sorted(os.listdir(folder)):
            t.add(os.path.join(folder, name), arcname=name)
    return buf.getvalue()


def untar(blob, folder):
    os.makedirs(folder, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r") as t:
        try:
            t.extractall(folder, filter="data")
        except TypeError:  # Python without extraction filters
            t.extractall(folder)


def write_part(lines, folder):
    path = os.path.join(folder, "part.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line)
            f.write("\n")
    return path


def build_partition(tool, extra):
    def run(index, lines):
        lines = list(lines)
        if not lines:
            return  # an empty partition builds nothing
        with tempfile.TemporaryDirectory(prefix="gazegraph-part-") as d:
            part = write_part(lines, d)
            out = os.path.join(d, "graph")
            tool.run(["build", part, "-o", out, "--format", "json", "--quiet", "--threads", "1"]
                     + tool.gaz_args() + extra)
            os.remove(os.path.join(out, "graph.db"))  # the next merge reads graph.json
            yield index, tar_folder(out)

    return run


def merge_group(tool, final):
    def run(item):
        group, blobs = item
        blobs = sorted(blobs)
        with tempfile.TemporaryDirectory(prefix="gazegraph-merge-") as d:
            graphs = []
            for i, blob in blobs:
                folder = os.path.join(d, "in%06d" % i)
                untar(blob, folder)
                graphs.append(os.path.join(folder, "graph.json"))
            out = os.path.join(d, "out")
            tool.run(["merge"] + graphs + ["-o", out] + ([] if final else ["--partial"]))
            return group, tar_folder(out)

    return run


def tree_merge(tool, graphs, fan_in):
    """Merges (index, blob) records in a tree of fan-in K, each merge a
    Spark task; returns the root's blob (with the exports)."""
    n = graphs.count()
    if n == 0:
        raise SystemExit("gazegraph_spark: no document could be read from the inputs")
    # Number the graphs densely (empty partitions left none).
    level = graphs.sortByKey().zipWithIndex().map(lambda x: (x[1], x[0][1]))
    while True:
        groups = (n + fan_in - 1) // fan_in
        final = groups == 1
        level = (level.map(lambda x: (x[0] // fan_in, x))
                 .groupByKey(numPartitions=groups)
                 .map(merge_group(tool, final)))
        if final:
            return level.collect()[0][1]
        # Renumber densely: the next level groups consecutive graphs.
        level = level.sortByKey().zipWithIndex().map(lambda x: (x[1], x[0][1]))
        n = groups


def to_parquet(spark, tool, rdd, command, fields, output):
    from pyspark.sql.types import LongType, StringType, StructField, StructType
    types = {"string": StringType(), "long": LongType()}
    schema = StructType([StructField(n, types[t], True) for n, t in fields])
    names = [n for n, _ in fields]

    def run(lines):
        lines = list(lines)
        if not lines:
            return
        with tempfile.TemporaryDirectory(prefix="gazegraph-part-") as d:
            part = write_part(lines, d)
            out = tool.run([command, part, "--quiet", "--threads", "1"] + tool.gaz_args())
        for row in out.decode("utf-8").splitlines():
            r = json.loads(row)
            yield tuple(r.get(n) for n in names)

    spark.createDataFrame(rdd.mapPartitions(run), schema).write.mode("overwrite").parquet(output)


def main(argv=None):
    a = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession
    spark = SparkSession.builder.appName("gazegraph " + a.command).getOrCreate()
    run_job(spark, a)


def run_job(spark, a):
    """Runs one command on an existing session (the tests reuse one)."""
    sc = spark.sparkContext
    # The Python workers import this module to run its functions.
    sc.addPyFile(os.path.abspath(__file__))
    if not a.binary_on_nodes:
        sc.addFile(os.path.abspath(a.gazegraph))
        for g in a.gazetteer:
            sc.addFile(os.path.abspath(g), recursive=os.path.isdir(g))
    tool = Tool(a.gazegraph, a.gazetteer, not a.binary_on_nodes)
    partitions = a.partitions or sc.defaultParallelism
    rdd = records(sc, tool, a.inputs, partitions)
    if a.command == "build":
        graphs = rdd.mapPartitionsWithIndex(build_partition(tool, a.build_arg))
        blob = tree_merge(tool, graphs, a.fan_in)
        if os.path.exists(a.output):
            shutil.rmtree(a.output)
        untar(blob, a.output)
    elif a.command == "tag":
        to_parquet(spark, tool, rdd, "tag", TAG_FIELDS, a.output)
    else:
        to_parquet(spark, tool, rdd, "relations", RELATION_FIELDS, a.output)


if __name__ == "__main__":
    main()
