"""The document view (`gazegraph tag --html`, issue 21 part 2) in a real
browser, made by the real binary and checked against `gazegraph tag` and
`gazegraph relations`."""
import json

import pytest

import inline
from conftest import Page, run, ROOT


def lines(*args):
    return [json.loads(x) for x in run(*args).stdout.split("\n") if x.strip()]


def page_data(path):
    """The data JSON embedded in a page (the browser reads the same text)."""
    html = path.read_text(encoding="utf-8")
    open_tag = '<script type="application/json" id="gazegraph-data">'
    at = html.index(open_tag) + len(open_tag)
    return json.loads(html[at:html.index("</script>", at)])


@pytest.fixture(scope="module")
def sample_docs(tmp_path_factory):
    path = tmp_path_factory.mktemp("docs") / "docs.html"
    run("tag", "--html", "corpus/seeds", "-o", path)
    return path


class DocsPage(Page):
    def __init__(self, driver, path):
        self.d = driver
        driver.get_log("browser")
        driver.get(path.resolve().as_uri())
        self.ready = driver.execute_async_script(
            "var done = arguments[0]; window.gazegraphDocs.ready.then(function () { done({ok: 1}); });")


MARKS = ("return Array.from(document.querySelectorAll('article.dv-doc')).map(function (a) {"
         " return Array.from(a.querySelectorAll('mark.dv-ent')).map(function (m) {"
         "  var c = m.firstChild.cloneNode(true);"
         "  c.querySelectorAll('.dv-type, .dv-flag').forEach(function (x) { x.remove(); });"
         "  return [m.dataset.entity, c.textContent, m.className]; }); })")


def test_every_mention_of_gazegraph_tag_is_highlighted(driver, sample_docs):
    page = DocsPage(driver, sample_docs)
    assert page.errors() == []
    tagged = lines("tag", "corpus/seeds")
    data = page_data(sample_docs)
    ids = [d["id"] for d in data["docs"]]
    assert ids == sorted(str(p.relative_to(ROOT)) for p in (ROOT / "corpus/seeds").iterdir())
    assert {m["doc"] for m in tagged} <= set(ids)
    counts = page.js("return window.gazegraphDocs.counts()")
    assert counts["docs"] == len(ids)
    assert counts["mentions"] == len(tagged) and counts["skipped"] == 0
    marks = page.js(MARKS)
    assert len(marks) == len(ids)
    for doc_id, shown in zip(ids, marks):
        want = sorted((m for m in tagged if m["doc"] == doc_id), key=lambda m: (m["start"], -m["end"]))
        # Mention for mention: entity, the text `tag` reports, its type's colour.
        assert [[e, t] for e, t, _ in shown] == [[m["entity"], m["text"]] for m in want], doc_id
        assert all("dv-" + m["type"] in cls and "dv-via-" + m["via"] in cls
                   for (_, _, cls), m in zip(shown, want)), doc_id
    # The text outside the marks is the document, unchanged.
    texts = page.js("return Array.from(document.querySelectorAll('.dv-text')).map(function (t) {"
                    " var c = t.cloneNode(true); c.querySelectorAll('.dv-type, .dv-flag').forEach(function (x) { x.remove(); });"
                    " return c.textContent; })")
    assert texts == [(ROOT / i).read_text(encoding="utf-8") for i in ids]


def test_focus_shows_entity_name_and_via(driver, sample_docs):
    page = DocsPage(driver, sample_docs)
    mark = driver.find_element("css selector", "mark.dv-ent[data-entity='vladimir-putin']")
    page.js("arguments[0].focus()", mark)
    tip = page.js("var t = document.getElementById('dv-tip'); return t.hidden ? null : t.textContent")
    assert tip and "Vladimir Putin" in tip and "vladimir-putin" in tip and "matched by" in tip


def test_negated_and_planned_sentences_are_flagged(driver, sample_docs):
    page = DocsPage(driver, sample_docs)
    flags = page.js("return Array.from(document.querySelectorAll('.dv-text .dv-flag')).map(function (f) { return f.textContent; })")
    want = [r for r in lines("relations", "corpus/seeds") if r["modality"] in ("negated", "planned")]
    assert {r["modality"] for r in want} == {"negated", "planned"}, "the sample has both"
    assert sorted(flags) == sorted(
        f"{r['modality']}: {r['source_name']} {r['kind'].replace('_', ' ')} {r['target_name']} (\u201c{r['trigger']}\u201d)"
        for r in want)
    # The flagged sentence is the one `relations` reports.
    marked = page.js("return Array.from(document.querySelectorAll('.dv-sent-negated, .dv-sent-planned'))"
                     ".map(function (s) { return s.textContent; }).join('')")
    squash = " ".join(marked.split())
    for r in want:
        assert " ".join(r["sentence"].split())[:40] in squash, r
    page.js("document.querySelector('.dv-text .dv-flag-negated').closest('article').scrollIntoView()")
    page.screenshot("docs.png")  # docs/docview.png in the README


def test_hostile_documents_run_nothing(driver, tmp_path):
    """Real binary, hostile ids, titles and text around real mentions."""
    from hostile import HOSTILE
    corpus = tmp_path / "hostile.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for i, h in enumerate(HOSTILE):
            f.write(json.dumps({"id": h, "title": HOSTILE[-1 - i], "date": "2024-06-19",
                                "text": f"{h} Vladimir Putin {h} tidak akan mengunjungi Korea Utara. {h}\n\n"
                                        f"Kim Jong Un {HOSTILE[(i + 1) % len(HOSTILE)]} bertemu Putin."},
                               ensure_ascii=False) + "\n")
    path = tmp_path / "hostile-docs.html"
    run("tag", "--html", corpus, "-o", path)
    page = DocsPage(driver, path)
    assert page.js("return typeof window.pwned") == "undefined"
    assert page.errors() == []
    tagged = lines("tag", corpus)
    assert tagged and page.js("return window.gazegraphDocs.counts()")["mentions"] == len(tagged)
    for m in driver.find_elements("css selector", "mark.dv-ent")[:6]:
        page.js("arguments[0].focus()", m)
    assert page.js("return document.querySelectorAll('script').length") == 2
    assert page.js("return document.querySelectorAll('img, svg, iframe, b:not(#dv-tip b), i').length") == 0
    assert page.js("return typeof window.pwned") == "undefined"


def test_hostile_entity_names_run_nothing(driver, tmp_path):
    """Names, types and via values no gazetteer gives: the page alone."""
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
    path = tmp_path / "hostile-names.html"
    path.write_text(inline.docs_html(data), encoding="utf-8")
    page = DocsPage(driver, path)
    assert page.js("return typeof window.pwned") == "undefined"
    assert page.errors() == []
    assert page.js("return window.gazegraphDocs.counts()")["mentions"] == len(HOSTILE)
    assert page.js("return window.gazegraphDocs.counts()")["skipped"] == 1
    for m in driver.find_elements("css selector", "mark.dv-ent")[:6]:
        page.js("arguments[0].focus()", m)
    assert page.js("return document.querySelectorAll('script').length") == 2
    assert page.js("return document.querySelectorAll('img, svg, iframe, b:not(#dv-tip b), i').length") == 0
    assert page.js("return typeof window.pwned") == "undefined"
