"""A hostile-names graph.json: the sample graph with its entity names,
aliases, surface forms, ids, kinds, document titles and evidence sentences
replaced by markup, script, quotes, bidi controls, emoji, line separators
and a 2,000-character name."""
import json


def long_name():
    s = "Agung"
    while len(s) < 2000:
        s += " Wiratama"
    return s


HOSTILE = [
    "</script><script>window.pwned=1</script>",
    "<img src=x onerror=\"window.pwned=2\">",
    "\"><svg onload=window.pwned=3>",
    "'; window.pwned=4; '",
    "<!-- <script>window.pwned=5</script>",
    "\u202eevil RTL override\u202c",
    "Rocket \U0001F680 Lab",
    "مركز الأهرام",
    "line\u2028sep\u2029para",
    "AT&T &amp; &lt;b&gt; ]]>",
    "Back\\Slash \\u003c/script\\u003e",
    "__proto__",
    "constructor",
    long_name(),
]

IDS = {0: "</script><script>window.pwned=6</script>", 1: "__proto__", 2: "constructor",
       3: "toString", 4: "<b>id</b>"}


def hostile_graph(graph):
    g = json.loads(json.dumps(graph))
    rename = {}
    for i, n in enumerate(g["nodes"]):
        bad = HOSTILE[i % len(HOSTILE)]
        if i in IDS:
            rename[n["id"]] = IDS[i]
            n["id"] = IDS[i]
        n["name"] = bad + ("" if i < len(HOSTILE) else f" {i}")
        n["aliases"] = [n["name"], "<script>window.pwned=7</script>"]
        n["surface"] = {bad: 2, "<i onmouseover=window.pwned=8>x</i>": 1}
    for j, e in enumerate(g["edges"]):
        e["source"] = rename.get(e["source"], e["source"])
        e["target"] = rename.get(e["target"], e["target"])
        if e["kind"] == "supplies":
            e["kind"] = "<img src=x onerror=window.pwned=9>"
        for ev in e["evidence"]:
            ev["text"] = HOSTILE[j % len(HOSTILE)] + " said: " + ev["text"]
            if ev.get("trigger"):
                ev["trigger"] = "<b onclick=window.pwned=10>" + ev["trigger"]
            ev["doc"] = "<script>window.pwned=11</script>" + ev["doc"]
    for d in g.get("documents", []):
        d["title"] = "</title><script>window.pwned=12</script>" + (d.get("title") or "")
        d["id"] = "<script>window.pwned=11</script>" + d["id"]
    for n in g["nodes"]:
        n["docs"] = ["<script>window.pwned=11</script>" + d for d in n.get("docs", [])]
    for x in g.get("negated", []):
        x["source"] = rename.get(x["source"], x["source"])
        x["target"] = rename.get(x["target"], x["target"])
    g["nodes"].sort(key=lambda n: n["id"])
    return g
