"""The document view (issue 21 part 2) in a real browser."""
import json

import pytest

import inline
from conftest import Page, gazegraph_bin, ROOT
from make_docs import docs_data


@pytest.fixture(scope="module")
def sample_docs(sample_graph):
    with open(sample_graph, encoding="utf-8") as f:
        graph = json.load(f)
    return docs_data(gazegraph_bin(), ["corpus/seeds"], ROOT, graph)


def docs_page(data, path):
    path.write_text(inline.docs_html(data), encoding="utf-8")
    return path


class DocsPage(Page):
    def __init__(self, driver, path):
        self.d = driver
        driver.get_log("browser")
        driver.get(path.resolve().as_uri())
        self.ready = driver.execute_async_script(
            "var done = arguments[0]; window.gazegraphDocs.ready.then(function () { done({ok: 1}); });")


def test_every_mention_is_highlighted_with_its_entity(driver, sample_docs, tmp_path):
    page = DocsPage(driver, docs_page(sample_docs, tmp_path / "docs.html"))
    assert page.errors() == []
    n = sum(len(d["mentions"]) for d in sample_docs["docs"])
    counts = page.js("return window.gazegraphDocs.counts()")
    assert counts["mentions"] == n and counts["skipped"] == 0
    marks = page.js("return Array.from(document.querySelectorAll('mark.dv-ent')).map(function (m) {"
                    " var c = m.firstChild.cloneNode(true);"
                    " c.querySelectorAll('.dv-type, .dv-flag').forEach(function (x) { x.remove(); });"
                    " return [m.dataset.entity, c.textContent, m.className]; })")
    assert len(marks) == n
    want = []
    for d in sample_docs["docs"]:
        cps = list(d["text"])
        for m in sorted(d["mentions"], key=lambda m: (m["start"], -m["end"])):
            want.append([m["entity"], "".join(cps[m["start"]:m["end"]]), m["type"]])
    assert [[e, t] for e, t, _ in marks] == [[e, t] for e, t, _ in want]
    assert all("dv-" + ty in cls for (_, _, cls), (_, _, ty) in zip(marks, want))
    # The text outside the marks is the document, unchanged.
    shown = page.js("return Array.from(document.querySelectorAll('.dv-text')).map(function (t) {"
                    " var c = t.cloneNode(true); c.querySelectorAll('.dv-type, .dv-flag').forEach(function (x) { x.remove(); });"
                    " return c.textContent; })")
    assert shown == [d["text"] for d in sample_docs["docs"]]


def test_focus_shows_entity_name_and_via(driver, sample_docs, tmp_path):
    page = DocsPage(driver, docs_page(sample_docs, tmp_path / "docs.html"))
    mark = driver.find_element("css selector", "mark.dv-ent[data-entity='vladimir-putin']")
    page.js("arguments[0].focus()", mark)
    tip = page.js("var t = document.getElementById('dv-tip'); return t.hidden ? null : t.textContent")
    assert tip and "Vladimir Putin" in tip and "vladimir-putin" in tip and "matched by" in tip


def test_negated_and_planned_sentences_are_marked(driver, sample_docs, tmp_path):
    page = DocsPage(driver, docs_page(sample_docs, tmp_path / "docs.html"))
    flags = page.js("return Array.from(document.querySelectorAll('.dv-text .dv-flag')).map(function (f) { return f.textContent; })")
    want = [r for d in sample_docs["docs"] for r in d["relations"] if r["modality"] in ("negated", "planned")]
    assert len(flags) == len(want)
    assert any(f.startswith("negated: ") and "supplies" in f for f in flags)
    assert page.js("return document.querySelectorAll('.dv-sent-negated').length") > 0
    page.screenshot("docs.png")


def test_hostile_documents_execute_nothing(driver, tmp_path):
    from hostile import HOSTILE
    text = " ".join(HOSTILE) + "\nKim bertemu Putin."
    cps = list(text)
    mentions, at = [], 0
    for i, h in enumerate(HOSTILE):
        mentions.append({"start": at, "end": at + len(h), "entity": h, "name": HOSTILE[-1 - i],
                         "type": ["person", "place", "organisation", "<script>x</script>"][i % 4], "via": h})
        at += len(h) + 1
    mentions.append({"start": len(cps) + 5, "end": len(cps) + 9, "entity": "x", "name": "x", "type": "person", "via": "exact"})
    data = {"meta": {"title": HOSTILE[0]}, "docs": [{"id": HOSTILE[1], "title": HOSTILE[0], "date": HOSTILE[2],
            "text": text, "mentions": mentions,
            "relations": [{"sentence_start": 0, "sentence_end": len(cps), "kind": HOSTILE[3], "modality": "negated",
                           "source_name": HOSTILE[0], "target_name": HOSTILE[1], "trigger": HOSTILE[4]}]}]}
    page = DocsPage(driver, docs_page(data, tmp_path / "hostile-docs.html"))
    assert page.js("return typeof window.pwned") == "undefined"
    assert page.errors() == []
    assert page.js("return window.gazegraphDocs.counts()")["mentions"] == len(HOSTILE)
    assert page.js("return window.gazegraphDocs.counts()")["skipped"] == 1
    for m in driver.find_elements("css selector", "mark.dv-ent")[:6]:
        page.js("arguments[0].focus()", m)
    assert page.js("return document.querySelectorAll('script').length") == 2
    assert page.js("return document.querySelectorAll('img, svg, iframe, b:not(#dv-tip b), i').length") == 0
    assert page.js("return typeof window.pwned") == "undefined"
