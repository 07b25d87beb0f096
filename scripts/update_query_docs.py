#!/usr/bin/env python3
"""Re-run the examples in docs/query.md and paste in their real output.

    scripts/update_query_docs.py [--graph output/graph.json] [--bin target/debug/gazegraph]

Each fenced ```console block starting with `$ gazegraph ...` is run with
`--graph GRAPH` appended (COLUMNS=100, no colour) and its output replaced.
Prints the commands whose output changed.
"""
import argparse
import os
import re
import shlex
import subprocess

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--graph", default="output/graph.json")
ap.add_argument("--bin", default="target/debug/gazegraph")
ap.add_argument("--doc", default="docs/query.md")
a = ap.parse_args()
env = dict(os.environ, COLUMNS="100")
env.pop("NO_COLOR", None)
text = open(a.doc, encoding="utf-8").read()
out, pos = [], 0
for m in re.finditer(r"```console\n\$ gazegraph ([^\n]*)\n(.*?)```", text, re.S):
    args = shlex.split(m.group(1))
    r = subprocess.run([a.bin, *args, "--graph", a.graph], capture_output=True, text=True, env=env)
    new = r.stdout + r.stderr
    if new != m.group(2):
        print("changed:", m.group(1))
    out += [text[pos:m.start()], "```console\n$ gazegraph " + m.group(1) + "\n" + new + "```"]
    pos = m.end()
out.append(text[pos:])
open(a.doc, "w", encoding="utf-8").write("".join(out))
