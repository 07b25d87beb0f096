"""The HTML graph view (issue 21 part 1) in a real browser."""
import json
import time
from pathlib import Path

import pytest

from conftest import Page, export_json, run, viewer_page

pytestmark = pytest.mark.usefixtures("driver")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def sample(sample_graph, tmp_path_factory):
    return viewer_page(sample_graph, tmp_path_factory.mktemp("html") / "graph.html")


def weights_of(graph):
    return {f'{e["source"]}|{e["target"]}|{e["kind"]}': e["weight"] for e in graph["edges"]}


def test_page_loads_offline_without_console_errors(driver, sample, sample_graph):
    page = Page(driver, sample)
    assert page.errors() == []
    g = load(sample_graph)
    summary = page.js("return document.getElementById('gg-summary').textContent")
    assert f'{len(g["nodes"])} of {len(g["nodes"])} entities' in summary
    # sigma drew into WebGL canvases.
    assert page.js("return document.querySelectorAll('#gg-graph canvas').length") >= 2
    # Offline: nothing but the page itself was fetched.
    urls = page.js("return performance.getEntriesByType('resource').map(function (r) { return r.name; })")
    assert urls == []
    assert page.js("return document.getElementById('gg-cut').hidden") is True


def test_counts_equal_graph_json(driver, sample, sample_graph):
    page = Page(driver, sample)
    g = load(sample_graph)
    assert page.view("counts") == {"nodes": len(g["nodes"]), "edges": len(g["edges"])}


def test_search_uses_gazegraph_lookup_rules(driver, sample):
    page = Page(driver, sample)
    assert page.view("search", "korut") == "north-korea"
    assert page.js("return document.querySelector('#gg-details h2').textContent") == "North Korea"
    details = page.js("return document.getElementById('gg-details').textContent")
    assert "Korea Utara" in details and "Top neighbours" in details
    assert page.view("search", "KÓRUT") == "north-korea"             # case, diacritics
    assert page.view("search", "kim jong-un") == "kim-jong-un"        # hyphen = space
    assert page.view("search", "Kim Jong Un") == "kim-jong-un"
    assert page.view("search", "vladi") == "vladimir-putin"           # prefix
    assert page.view("search", "no such entity anywhere") is None
    assert page.view("search", "") is None
    assert page.errors() == []


def test_search_through_the_form_highlights_the_neighbourhood(driver, sample):
    page = Page(driver, sample)
    box = driver.find_element("id", "gg-search")
    box.clear()
    box.send_keys("Korut\n")
    assert "North Korea" in page.js("return document.getElementById('gg-search-status').textContent")
    assert page.js("return document.querySelector('#gg-details h2').textContent") == "North Korea"
    page.screenshot("viewer-selected.png")


def test_evidence_matches_graph_json(driver, sample, sample_graph):
    page = Page(driver, sample)
    g = load(sample_graph)
    pairs = {tuple(sorted((e["source"], e["target"]))) for e in g["edges"]}
    relation_pairs = sorted({tuple(sorted((e["source"], e["target"]))) for e in g["edges"] if e["kind"] != "cooccurrence"})
    for a, b in [("kim-jong-un", "vladimir-putin")] + relation_pairs[:5] + sorted(pairs)[:5]:
        want = sorted(
            (ev["doc"], ev.get("date"), ev["sentence"], ev["text"], e["kind"])
            for e in g["edges"] if {e["source"], e["target"]} == {a, b} for ev in e["evidence"])
        for x, y in ((a, b), (b, a)):
            got = page.view("evidence", x, y)
            assert sorted((r["doc"], r["date"], r["sentence"], r["text"], r["kind"]) for r in got) == want, (a, b)
    assert page.view("evidence", "kim-jong-un", "no-such-entity") == []


def test_edge_details_show_evidence_with_trigger_and_modality(driver, sample, sample_graph):
    page = Page(driver, sample)
    g = load(sample_graph)
    rel = next(e for e in g["edges"] if e["kind"] == "invites")
    page.view("search", rel["source"])
    # Open the pair's evidence from the neighbour list, by keyboard.
    buttons = driver.find_elements("css selector", "#gg-details .gg-nb button[aria-label]")
    target_name = next(n["name"] for n in g["nodes"] if n["id"] == rel["target"])
    button = next(b for b in buttons if b.get_attribute("aria-label").endswith(" and " + target_name))
    button.send_keys("\n")
    text = page.js("return document.getElementById('gg-details').textContent")
    assert "invites" in text
    assert rel["evidence"][0]["trigger"] in text and rel["evidence"][0]["modality"] in text
    assert rel["evidence"][0]["text"][:40] in text


def test_time_window_keeps_exact_weights(driver, sample, sample_graph):
    page = Page(driver, sample)
    g = load(sample_graph)
    dates = sorted({ev["date"] for e in g["edges"] for ev in e["evidence"] if ev.get("date")})
    assert len(dates) >= 3
    for since, until in [(dates[0], dates[0]), (dates[1], None), (None, dates[-2]), ("2024-01-01", "2024-12-31")]:
        counts = page.view("setTime", since, until)
        # The weights `export --since/--until` gives.
        flags = (["--since", since] if since else []) + (["--until", until] if until else [])
        want = export_json(sample_graph, *flags)
        assert page.view("weights") == weights_of(want), (since, until)
        assert counts == {"nodes": len(want["nodes"]), "edges": len(want["edges"])}
    assert page.view("setTime", None, None) == {"nodes": len(g["nodes"]), "edges": len(g["edges"])}
    assert page.errors() == []


def test_weight_by_date_is_used_when_present(driver, sample_graph, tmp_path):
    # The graph model has no per-date weights yet: feed the page directly.
    import inline
    import make_sample
    data = make_sample.convert(load(sample_graph), weight_by_date=True)
    # Pretend one edge had more sentences than its evidence list kept.
    e = next(e for e in data["edges"] if e["kind"] == "cooccurrence" and e["weight_by_date"])
    day = sorted(e["weight_by_date"])[0]
    e["weight_by_date"][day] += 5
    e["weight"] += 5
    path = tmp_path / "wbd.html"
    path.write_text(inline.viewer_html(data), encoding="utf-8")
    page = Page(driver, path)
    page.view("setTime", day, day)
    key = f'{e["source"]}|{e["target"]}|{e["kind"]}'
    assert page.view("weights")[key] == e["weight_by_date"][day]


def test_filters_by_type_kind_and_weight(driver, sample, sample_graph):
    page = Page(driver, sample)
    g = load(sample_graph)
    kinds = driver.find_elements("css selector", "#gg-kinds input")
    kinds[0].click()  # co-occurrence off: relations only
    rel = [e for e in g["edges"] if e["kind"] != "cooccurrence"]
    ends = {x for e in rel for x in (e["source"], e["target"])}
    assert page.view("counts") == {"nodes": len(ends), "edges": len(rel)}
    kinds[0].click()
    types = driver.find_elements("css selector", "#gg-types input")
    types[0].click()  # person off
    people = {n["id"] for n in g["nodes"] if n["type"] == "person"}
    kept = [e for e in g["edges"] if e["source"] not in people and e["target"] not in people]
    assert page.view("counts") == {"nodes": len(g["nodes"]) - len(people), "edges": len(kept)}
    types[0].click()
    page.js("var b = document.getElementById('gg-minweight'); b.value = '3';"
            "b.dispatchEvent(new Event('change'));")
    heavy = [e for e in g["edges"] if e["weight"] >= 3]
    ends = {x for e in heavy for x in (e["source"], e["target"])}
    assert page.view("counts") == {"nodes": len(ends), "edges": len(heavy)}


def test_keyboard_pans_zooms_and_selects(driver, sample):
    from selenium.webdriver.common.keys import Keys
    page = Page(driver, sample)
    graph = driver.find_element("id", "gg-graph")
    graph.send_keys(Keys.ARROW_RIGHT)
    after = page.view("camera")
    assert after["x"] > 0.5
    graph.send_keys(Keys.ARROW_DOWN)
    assert page.view("camera")["y"] < after["y"]
    # "Most connected" entities are buttons: Enter selects one.
    first = driver.find_element("css selector", "#gg-details .gg-nb button")
    name = first.text
    first.send_keys(Keys.ENTER)
    assert page.js("return document.querySelector('#gg-details h2').textContent") == name
    driver.find_element("tag name", "body").send_keys(Keys.ESCAPE)
    assert page.js("return document.querySelector('#gg-details h2')") is None


def test_layout_is_stable(driver, sample):
    first = Page(driver, sample).view("positions")
    second = Page(driver, sample).view("positions")
    assert first == second


def test_text_contrast_is_at_least_4_5(driver, sample):
    page = Page(driver, sample)
    page.view("search", "korut")
    page.view("setTime", "2023-09-14", "2023-09-30")
    bad = page.js(CONTRAST_JS)
    assert bad == [], bad


CONTRAST_JS = """
function rgb(s) { var m = s.match(/[\\d.]+/g).map(Number); return m.length > 3 ? m : m.concat([1]); }
function lum(c) {
  var a = c.slice(0, 3).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2];
}
function bg(e) {
  for (; e; e = e.parentElement) { var c = rgb(getComputedStyle(e).backgroundColor); if (c[3] > 0) return c; }
  return [255, 255, 255, 1];
}
var bad = [];
document.querySelectorAll('body *').forEach(function (e) {
  var own = Array.from(e.childNodes).some(function (n) { return n.nodeType === 3 && n.textContent.trim(); });
  if (!own || !e.getClientRects().length || e.closest('[hidden]')) return;
  var st = getComputedStyle(e);
  if (st.visibility === 'hidden' || e.disabled) return;
  var f = rgb(st.color), b = bg(e);
  var l1 = lum(f), l2 = lum(b), r = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  if (Number(st.opacity) < 1) r = 0;
  if (r < 4.5) bad.push([e.tagName, e.className, e.textContent.slice(0, 30), st.color, String(b), r.toFixed(2)]);
});
return bad;
"""


def test_screenshot_of_the_sample_corpus(driver, sample):
    page = Page(driver, sample)
    path = page.screenshot("viewer.png")
    assert path.stat().st_size > 20_000


def test_cut_is_stated_on_the_page(driver, sample_graph, tmp_path):
    g = load(sample_graph)
    page = Page(driver, viewer_page(sample_graph, tmp_path / "cut.html", "--top", "10"))
    assert page.view("counts") == {k: len(v) for k, v in export_json(sample_graph, "--top", "10").items()
                                   if k in ("nodes", "edges")}
    note = page.js("var p = document.getElementById('gg-cut'); return p.hidden ? null : p.textContent")
    assert note and "10 most connected of " + str(len(g["nodes"])) in note


def big_graph(n_nodes, n_edges, seed=7):
    """A synthetic graph.json of n_nodes entities."""
    import random
    rnd = random.Random(seed)
    types = ["person", "place", "organisation"]
    nodes = [{"id": f"n{i:05d}", "name": f"Entity {i}", "type": types[i % 3], "aliases": [f"Entity {i}"],
              "mentions": rnd.randint(1, 50), "documents": 1, "surface": {f"Entity {i}": 1}, "docs": ["d0"],
              "first_seen": "2024-01-01", "last_seen": "2024-12-31"} for i in range(n_nodes)]
    edges, seen = [], set()
    while len(edges) < n_edges:
        a = rnd.randrange(n_nodes)
        b = min(n_nodes - 1, max(0, a + int(rnd.gauss(0, 30))))
        if a == b or (min(a, b), max(a, b)) in seen:
            continue
        seen.add((min(a, b), max(a, b)))
        s, t = sorted((nodes[a]["id"], nodes[b]["id"]))
        edges.append({"source": s, "target": t, "kind": "cooccurrence", "directed": False, "weight": 1,
                      "evidence": [{"date": f"2024-{rnd.randint(1, 12):02d}-01", "doc": "d0", "sentence": 0,
                                    "text": "x"}]})
    return {"format": "gazegraph/1", "window": "sentence", "evidence_limit": 25, "document_count": 1,
            "documents": [{"id": "d0", "title": "d0", "date": "2024-01-01"}],
            "nodes": nodes, "edges": edges, "negated": []}


def test_two_thousand_nodes_are_ready_quickly_and_the_default_cut_is_stated(driver, tmp_path):
    graph = tmp_path / "big" / "graph.json"
    graph.parent.mkdir()
    graph.write_text(json.dumps(big_graph(2300, 7000)), encoding="utf-8")
    path = viewer_page(graph, tmp_path / "big.html")  # no --top: the default cut of 2,000
    want = export_json(graph, "--top", "2000")
    t = time.monotonic()
    page = Page(driver, path)
    elapsed = time.monotonic() - t
    assert page.view("counts") == {"nodes": 2000, "edges": len(want["edges"])}
    assert page.errors() == []
    note = page.js("var p = document.getElementById('gg-cut'); return p.hidden ? null : p.textContent")
    assert note and "2,000 most connected of 2,300 entities" in note
    page.screenshot("viewer-2000.png")
    # About 2 s on a laptop with a GPU; SwiftShader on a CI core is slower.
    print(f"2,000 nodes ready in {elapsed:.2f} s")
    assert elapsed < 15, elapsed


def test_hostile_names_execute_nothing_and_render(driver, sample_graph, tmp_path):
    from hostile import hostile_graph
    g = hostile_graph(load(sample_graph))
    graph = tmp_path / "<script>window.pwned=13<\\script>" / "graph.json"
    graph.parent.mkdir()
    graph.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    page = Page(driver, viewer_page(graph, tmp_path / "hostile.html"))
    assert page.js("return typeof window.pwned") == "undefined"
    assert page.errors() == []
    assert page.view("counts") == {"nodes": len(g["nodes"]), "edges": len(g["edges"])}
    # The names are shown as text, exactly.
    names = {n["id"]: n["name"] for n in g["nodes"]}
    for n in g["nodes"][:8]:
        found = page.view("search", n["id"])  # an id may also be another entity's name
        assert found in names
        assert page.js("return document.querySelector('#gg-details h2').textContent") == names[found]
        assert page.js("return window.gazegraphView.search(arguments[0])", n["name"]) in names
        e = next(e for e in g["edges"] if n["id"] in (e["source"], e["target"]))
        other = e["target"] if e["source"] == n["id"] else e["source"]
        got = page.view("evidence", n["id"], other)
        assert {r["text"] for r in got} >= {ev["text"] for ev in e["evidence"]}
    # Open every kind of panel: node details and pair evidence with hostile triggers.
    driver.find_element("css selector", "#gg-details .gg-nb button[aria-label]").click()
    assert page.js("return document.querySelectorAll('#gg-details .gg-ev li').length") > 0
    assert page.js("return document.querySelectorAll('script').length") == 3
    assert page.js("return document.querySelectorAll('img, svg, iframe, b, i').length") == 0
    page.screenshot("viewer-hostile.png")
    assert page.js("return typeof window.pwned") == "undefined"


def test_export_filters_apply_to_the_page(driver, sample_graph, tmp_path):
    flags = ["--ego", "Lavrov", "--depth", "1", "--kind", "cooccurrence", "--kind", "meets"]
    page = Page(driver, viewer_page(sample_graph, tmp_path / "ego.html", *flags))
    want = export_json(sample_graph, *flags)
    assert page.view("counts") == {"nodes": len(want["nodes"]), "edges": len(want["edges"])}
    assert page.js("return document.getElementById('gg-cut').hidden") is True


def test_build_writes_the_same_page_as_export(sample_graph, tmp_path):
    out = tmp_path / "b"
    run("build", "corpus/seeds", "-o", out, "--format", "json,html")
    assert (out / "graph.html").read_bytes() == viewer_page(out / "graph.json", tmp_path / "e.html").read_bytes()
