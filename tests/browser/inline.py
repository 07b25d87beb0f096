"""Builds a self-contained viewer page the way the Rust exporter does: the
template's @@GAZEGRAPH_...@@ markers are replaced in one pass (inserted text
is never scanned again), and the data JSON is escaped so that no name or
sentence can end the <script> element."""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VIEWER = ROOT / "assets" / "viewer"
VENDOR = ["graphology.umd.min.js", "sigma.min.js", "graphology-layout-forceatlas2.min.js"]


def escape_json(text):
    """What the exporter does to the data JSON before inlining it."""
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def fill(template, parts):
    def sub(m):
        return parts[m.group(1)]
    return re.sub(r"@@GAZEGRAPH_([A-Z]+)@@", sub, template)


def read(name):
    text = (VIEWER / name).read_text(encoding="utf-8")
    if not name.endswith(".html"):
        assert "</script" not in text.lower() and "<!--" not in text, name
    return text


def viewer_html(data):
    vendor = ";\n".join(read("vendor/" + f) for f in VENDOR)
    return fill(read("viewer.html"), {
        "CSS": read("viewer.css"),
        "VENDOR": vendor,
        "APP": read("viewer.js"),
        "DATA": escape_json(json.dumps(data, ensure_ascii=False)),
    })


def docs_html(data):
    return fill(read("docs.html"), {
        "CSS": read("docs.css"),
        "APP": read("docs.js"),
        "DATA": escape_json(json.dumps(data, ensure_ascii=False)),
    })
