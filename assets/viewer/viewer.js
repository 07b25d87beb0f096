/* gazegraph HTML viewer.
 *
 * `gazegraph export --format html` inlines this file, the vendored libraries
 * (sigma, graphology, graphology-layout-forceatlas2) and the graph data into
 * one offline page. The data is the JSON text of
 * <script type="application/json" id="gazegraph-data">, escaped by the
 * exporter (<, >, &, U+2028, U+2029 as \u003c ...) so no name or sentence can
 * end the element. This script builds the DOM with createElement/textContent
 * only: data never reaches innerHTML, so a hostile name runs nothing.
 *
 * Data schema (close to graph.json; fields marked ? may be absent):
 * {
 *   "format": "gazegraph-view/1",
 *   "meta": {"title": string,
 *            "cut": null | {"kept_nodes": int, "total_nodes": int, "limit": int}},
 *   "documents"?: [{"id", "title"?, "date"?}],        // titles for doc ids
 *   "nodes": [{"id", "name", "type",                   // person|place|organisation|...
 *              "aliases": [string], "surface": {text: count},
 *              "mentions": int, "documents": int, "docs": [doc id],
 *              "first_seen"?: "YYYY-MM-DD", "last_seen"?: "YYYY-MM-DD",
 *              "qid"?: string, "community"?: int, "pagerank"?: float,
 *              "degree": int}],
 *   "edges": [{"source", "target", "kind",             // "cooccurrence" or a relation
 *              "directed": bool, "weight": int,
 *              "evidence": [{"date"?, "doc", "sentence": int,
 *                            "text": int | string,  // index into texts (or the text)
 *                            "trigger"?, "modality"?}],
 *              "weight_by_date"?: {"YYYY-MM-DD": int}}], // exact weight per date
 *   "texts"?: [string],         // evidence sentences, each once: a sentence is
 *                               // evidence for every pair of entities in it
 *   "lookup": [[key, node id]]  // key: the words of gazegraph's normaliser
 *                               // joined by one space ("korut", "kim jong un")
 * }
 *
 * Time window: with since/until set, an edge's weight is the sum of
 * weight_by_date inside the window; without weight_by_date it is the number
 * of distinct evidence sentences (doc, sentence) dated inside the window, or
 * the full weight when none was left out (what `export --since/--until`
 * does). Undated evidence
 * is outside every window; an edge of weight 0 is hidden.
 *
 * Test hooks (window.gazegraphView):
 *   ready              Promise, resolved once the layout is drawn
 *   counts()           {nodes, edges} shown now
 *   search(q)          selects the best match, returns its id or null
 *   evidence(a, b)     [{doc, date, sentence, text, kind, trigger, modality}]
 *                      of every edge between a and b, either direction,
 *                      whatever the filters (sentence is the index, as in
 *                      graph.json; text is the sentence)
 *   setTime(s, u)      sets the window ("YYYY-MM-DD" or null = open end),
 *                      returns counts()
 *   weights()          {"source|target|kind": weight in the window} of shown edges
 *   positions()        [[id, x, y]] from the layout
 *   camera()           sigma's camera state {x, y, ratio, angle}
 */
(function () {
  'use strict';

  var COOC = 'cooccurrence';
  var TYPE_COLOURS = { person: '#4E79A7', place: '#59A14F', organisation: '#F28E2B' };
  var KIND_PALETTE = ['#E15759', '#76B7B2', '#B07AA1', '#EDC948', '#9C755F', '#FF9DA7'];
  var KIND_FIXED = { meets: 0, visits: 1, invites: 2, holds_office: 3, located_in: 4, supplies: 5 };
  var COMMUNITY_PALETTE = ['#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948',
    '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC', '#1F77B4', '#FF7F0E', '#2CA02C', '#D62728',
    '#9467BD', '#8C564B', '#E377C2', '#7F7F7F', '#BCBD22', '#17BECF'];
  var OTHER_COLOUR = '#A0A7B0';
  var FADED_NODE = '#E4E7EB';
  var FADED_EDGE = '#EEF0F2';
  var LABEL_MAX = 60;

  // ---------- helpers ----------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function $(id) { return document.getElementById(id); }
  function short(s, n) {
    var cps = Array.from(String(s));
    return cps.length > n ? cps.slice(0, n - 1).join('') + '\u2026' : String(s);
  }
  function fmt(n) { return Number(n).toLocaleString('en-US'); }
  function utf8Sum(s) {
    var b = new TextEncoder().encode(s), t = 0;
    for (var i = 0; i < b.length; i++) t += b[i];
    return t;
  }
  function typeColour(t) { return TYPE_COLOURS[t] || OTHER_COLOUR; }
  function kindColour(k) {
    if (k === COOC) return '#9E9E9E';
    if (Object.prototype.hasOwnProperty.call(KIND_FIXED, k)) return KIND_PALETTE[KIND_FIXED[k]];
    return KIND_PALETTE[utf8Sum(k) % KIND_PALETTE.length];
  }
  function kindLabel(k) { return k === COOC ? 'co-occurrence' : k.replace(/_/g, ' '); }
  function communityColour(c) {
    if (c === undefined || c === null) return OTHER_COLOUR;
    var i = Number(c);
    return Number.isInteger(i) && i >= 0 ? COMMUNITY_PALETTE[i % COMMUNITY_PALETTE.length] : OTHER_COLOUR;
  }
  /** The search normaliser: the words of gazegraph's normaliser, one space apart. */
  function normalise(s) {
    return String(s).toLowerCase().replace(/\u00df/g, 'ss').normalize('NFKD')
      .replace(/\p{M}+/gu, '').toLowerCase()
      .replace(/[^\p{L}\p{N}_]+/gu, ' ').trim();
  }
  function mulberry32(a) {
    return function () {
      a |= 0; a = (a + 0x6D2B79F5) | 0;
      var t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  function showError(msg) {
    var e = $('gg-error');
    e.textContent = msg;
    e.hidden = false;
  }

  // ---------- data ----------
  var data;
  try {
    data = JSON.parse($('gazegraph-data').textContent);
  } catch (err) {
    showError('The graph data in this file could not be read: ' + err.message);
    throw err;
  }
  var meta = data.meta || {};
  var nodes = Array.isArray(data.nodes) ? data.nodes : [];
  var edges = Array.isArray(data.edges) ? data.edges : [];
  var byId = new Map();
  nodes = nodes.filter(function (n) {
    if (!n || typeof n !== 'object' || byId.has(String(n.id))) return false;
    byId.set(String(n.id), n);
    return true;
  });
  // Graph keys are generated ("n0", "n1", ...): ids such as "__proto__" or
  // "constructor" would break code that keys plain objects by node.
  nodes.forEach(function (n, i) { n._k = 'n' + i; });
  function keyOf(id) { var n = byId.get(String(id)); return n ? n._k : null; }
  function idOf(key) { return String(nodes[Number(String(key).slice(1))].id); }
  edges = edges.filter(function (e) { return byId.has(String(e.source)) && byId.has(String(e.target)); });
  var texts = Array.isArray(data.texts) ? data.texts : [];
  edges.forEach(function (e, i) {
    e._key = 'e' + i;
    e.source = String(e.source);
    e.target = String(e.target);
    e.evidence = Array.isArray(e.evidence) ? e.evidence : [];
    e.evidence.forEach(function (ev) {
      if (ev && typeof ev.text === 'number') ev.text = String(texts[ev.text] === undefined ? '' : texts[ev.text]);
    });
    e.weight = Number(e.weight) || 0;
    e._w = e.weight;
  });
  var docTitles = new Map();
  (data.documents || []).forEach(function (d) { docTitles.set(d.id, d); });
  var lookup = new Map();
  (data.lookup || []).forEach(function (pair) {
    if (!Array.isArray(pair) || pair.length < 2 || !byId.has(String(pair[1]))) return;
    var k = normalise(pair[0]);
    var list = lookup.get(k);
    if (!list) { list = []; lookup.set(k, list); }
    if (list.indexOf(String(pair[1])) < 0) list.push(String(pair[1]));
  });
  nodes.forEach(function (n) { // names and ids always findable, even without lookup
    [n.id, n.name].forEach(function (s) {
      var k = normalise(s);
      if (!k) return;
      var list = lookup.get(k);
      if (!list) { list = []; lookup.set(k, list); }
      if (list.indexOf(String(n.id)) < 0) list.push(String(n.id));
    });
  });
  var lookupKeys = Array.from(lookup.keys()).sort();

  var hasCommunity = nodes.some(function (n) { return n.community !== undefined && n.community !== null; });
  var hasPagerank = nodes.some(function (n) { return typeof n.pagerank === 'number'; });
  var types = [];
  nodes.forEach(function (n) { if (types.indexOf(n.type) < 0) types.push(n.type); });
  types.sort(function (a, b) {
    var order = ['person', 'place', 'organisation'];
    var ia = order.indexOf(a), ib = order.indexOf(b);
    return (ia < 0 ? 9 : ia) - (ib < 0 ? 9 : ib) || String(a).localeCompare(String(b));
  });
  var kinds = [];
  edges.forEach(function (e) { if (kinds.indexOf(e.kind) < 0) kinds.push(e.kind); });
  kinds.sort(function (a, b) { return (a === COOC ? -1 : 0) - (b === COOC ? -1 : 0) || a.localeCompare(b); });
  var dateSet = new Set();
  edges.forEach(function (e) {
    e.evidence.forEach(function (ev) { if (ev && ev.date) dateSet.add(String(ev.date)); });
    if (e.weight_by_date) Object.keys(e.weight_by_date).forEach(function (d) { dateSet.add(d); });
  });
  var dates = Array.from(dateSet).sort();
  var maxWeight = edges.reduce(function (m, e) { return Math.max(m, e.weight); }, 1);
  var maxMentions = nodes.reduce(function (m, n) { return Math.max(m, Number(n.mentions) || 0); }, 1);
  var maxPagerank = nodes.reduce(function (m, n) { return Math.max(m, Number(n.pagerank) || 0); }, 0) || 1;

  // ---------- state and filters ----------
  var state = {
    colourBy: 'type', sizeBy: 'mentions',
    hiddenTypes: new Set(), hiddenKinds: new Set(),
    minWeight: 1, since: null, until: null,
    selected: null,            // {node: id} or {edge: key} or {pair: [a, b]}
    highlight: null            // Set of node ids, or null
  };
  var nodeVisible = new Map();
  var edgeVisible = new Map();
  var shown = { nodes: 0, edges: 0 };

  function inWindow(d) {
    if (!d) return false;
    if (state.since && d < state.since) return false;
    if (state.until && d > state.until) return false;
    return true;
  }
  function windowWeight(e) {
    if (!state.since && !state.until) return e.weight;
    if (e.weight_by_date && typeof e.weight_by_date === 'object') {
      var s = 0;
      Object.keys(e.weight_by_date).forEach(function (d) { if (inWindow(d)) s += Number(e.weight_by_date[d]) || 0; });
      return s;
    }
    var kept = 0, sentences = new Set();
    e.evidence.forEach(function (ev) {
      if (ev && inWindow(ev.date)) { kept++; sentences.add(ev.doc + '\u0000' + ev.sentence); }
    });
    return kept === e.evidence.length ? e.weight : sentences.size;
  }
  function recompute() {
    var edgeFilter = state.hiddenKinds.size > 0 || state.minWeight > 1 || state.since || state.until;
    var touched = new Set();
    shown.edges = 0;
    edges.forEach(function (e) {
      e._w = windowWeight(e);
      var ok = e._w > 0 && e._w >= state.minWeight && !state.hiddenKinds.has(e.kind) &&
        !state.hiddenTypes.has(byId.get(e.source).type) && !state.hiddenTypes.has(byId.get(e.target).type);
      edgeVisible.set(e._key, ok);
      if (ok) { shown.edges++; touched.add(e.source); touched.add(e.target); }
    });
    shown.nodes = 0;
    nodes.forEach(function (n) {
      var ok = !state.hiddenTypes.has(n.type) && (!edgeFilter || touched.has(String(n.id)));
      nodeVisible.set(String(n.id), ok);
      if (ok) shown.nodes++;
    });
    if (state.selected && state.selected.node) state.highlight = neighbourhood(state.selected.node);
    $('gg-summary').textContent = fmt(shown.nodes) + ' of ' + fmt(nodes.length) + ' entities, ' +
      fmt(shown.edges) + ' of ' + fmt(edges.length) + ' edges shown';
    updateCountsInControls();
    if (renderer) renderer.refresh({ skipIndexation: false });
  }
  function neighbourhood(id) {
    var set = new Set([id]);
    var k = keyOf(id);
    if (!k) return set;
    graph.forEachEdge(k, function (key) {
      if (edgeVisible.get(key)) { var e = edges[Number(key.slice(1))]; set.add(e.source); set.add(e.target); }
    });
    return set;
  }

  // ---------- graph and layout ----------
  var graph = new graphology.MultiGraph({ type: 'mixed', allowSelfLoops: true });
  var rand = mulberry32(0x9e3779b9);
  nodes.forEach(function (n) {
    var id = String(n.id);
    graph.addNode(n._k, {
      x: (rand() - 0.5) * 100, y: (rand() - 0.5) * 100,
      label: short(n.name === undefined ? id : n.name, LABEL_MAX)
    });
  });
  edges.forEach(function (e) {
    var attrs = { kind: e.kind, layoutWeight: 1 + Math.log(Math.max(1, e.weight)) };
    if (e.directed) graph.addDirectedEdgeWithKey(e._key, keyOf(e.source), keyOf(e.target), attrs);
    else graph.addUndirectedEdgeWithKey(e._key, keyOf(e.source), keyOf(e.target), attrs);
  });
  if (graph.order > 0 && graph.size > 0) {
    var fa2 = window.graphologyLayoutForceAtlas2;
    var settings = fa2.inferSettings(graph);
    // Strong gravity keeps small components and lone entities near the rest.
    settings.gravity = 1;
    settings.strongGravityMode = true;
    settings.scalingRatio = 10;
    settings.barnesHutOptimize = graph.order > 400;
    settings.adjustSizes = false;
    var iterations = graph.order > 1000 ? 120 : graph.order > 300 ? 200 : 400;
    fa2.assign(graph, { iterations: iterations, settings: settings, getEdgeWeight: 'layoutWeight' });
  }

  // ---------- rendering ----------
  var renderer = null;
  // Sizes are in pixels at the initial zoom: smaller when there are many nodes.
  var sizeRange = nodes.length <= 100 ? 15 : nodes.length <= 500 ? 10 : 5;
  var sizeMin = nodes.length <= 500 ? 3 : 1.5;
  function nodeSize(n) {
    if (state.sizeBy === 'pagerank' && hasPagerank) {
      return sizeMin + sizeRange * Math.sqrt((Number(n.pagerank) || 0) / maxPagerank);
    }
    return sizeMin + sizeRange * Math.sqrt((Number(n.mentions) || 0) / maxMentions);
  }
  function nodeColour(n) {
    return state.colourBy === 'community' && hasCommunity ? communityColour(n.community) : typeColour(n.type);
  }
  function nodeReducer(key, attrs) {
    var id = idOf(key);
    var n = byId.get(id);
    var r = Object.assign({}, attrs);
    if (!nodeVisible.get(id)) { r.hidden = true; return r; }
    r.size = nodeSize(n);
    r.color = nodeColour(n);
    if (state.highlight) {
      if (!state.highlight.has(id)) {
        r.color = FADED_NODE; r.label = ''; r.zIndex = 0;
      } else {
        r.zIndex = 2; r.forceLabel = true;
        if (state.selected && state.selected.node === id) r.highlighted = true;
      }
    }
    if (state.selected && state.selected.pair && state.selected.pair.indexOf(id) >= 0) {
      r.highlighted = true; r.forceLabel = true;
    }
    return r;
  }
  function edgeReducer(key, attrs) {
    var r = Object.assign({}, attrs);
    if (!edgeVisible.get(key)) { r.hidden = true; return r; }
    var e = edges[Number(key.slice(1))];
    var cooc = e.kind === COOC;
    r.size = Math.min(8, (cooc ? 0.6 : 1.6) + 0.9 * Math.log(Math.max(1, e._w)));
    r.color = kindColour(e.kind);
    r.type = e.directed ? 'arrow' : 'line';
    r.label = cooc ? '' : kindLabel(e.kind);
    r.zIndex = cooc ? 0 : 1;
    if (state.highlight) {
      var sel = state.selected && state.selected.node;
      if (!(e.source === sel || e.target === sel)) { r.color = FADED_EDGE; r.label = ''; r.zIndex = 0; }
      else { r.zIndex = 2; r.forceLabel = !cooc; }
    }
    if (state.selected && (state.selected.edge === key ||
        (state.selected.pair && samePair(e, state.selected.pair[0], state.selected.pair[1])))) {
      r.size = r.size + 2; r.zIndex = 3; r.color = cooc ? '#57606A' : r.color; r.forceLabel = true;
    }
    return r;
  }
  function samePair(e, a, b) {
    return (e.source === a && e.target === b) || (e.source === b && e.target === a);
  }

  function webglAvailable() {
    try {
      var c = document.createElement('canvas');
      return !!(c.getContext('webgl2') || c.getContext('webgl'));
    } catch (err) { return false; }
  }

  // ---------- controls ----------
  var typeCountEls = new Map(), kindCountEls = new Map();
  function checkbox(container, value, labelText, colour, isLine, hiddenSet, counts) {
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', function () {
      if (box.checked) hiddenSet.delete(value); else hiddenSet.add(value);
      recompute();
      rerenderDetails();
    });
    var sw = el('span', 'gg-swatch' + (isLine ? ' gg-line' : ''));
    sw.style.background = colour;
    sw.setAttribute('aria-hidden', 'true');
    var count = el('span', 'gg-count');
    counts.set(value, count);
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(el('span', null, labelText));
    label.appendChild(count);
    container.appendChild(label);
  }
  function updateCountsInControls() {
    var tc = new Map(), kc = new Map();
    nodes.forEach(function (n) { if (nodeVisible.get(String(n.id))) tc.set(n.type, (tc.get(n.type) || 0) + 1); });
    edges.forEach(function (e) { if (edgeVisible.get(e._key)) kc.set(e.kind, (kc.get(e.kind) || 0) + 1); });
    typeCountEls.forEach(function (span, t) { span.textContent = fmt(tc.get(t) || 0); });
    kindCountEls.forEach(function (span, k) { span.textContent = fmt(kc.get(k) || 0); });
  }
  function buildLegend() {
    var box = $('gg-legend');
    clear(box);
    function item(colour, text, line) {
      var row = el('div', 'gg-legend-item');
      var sw = el('span', 'gg-swatch' + (line ? ' gg-line' : ''));
      sw.style.background = colour;
      sw.setAttribute('aria-hidden', 'true');
      row.appendChild(sw);
      row.appendChild(el('span', null, text));
      box.appendChild(row);
    }
    if (state.colourBy === 'community' && hasCommunity) {
      var sizes = new Map();
      nodes.forEach(function (n) {
        var c = n.community === undefined || n.community === null ? null : n.community;
        sizes.set(c, (sizes.get(c) || 0) + 1);
      });
      var list = Array.from(sizes.keys()).sort(function (a, b) {
        return sizes.get(b) - sizes.get(a) || String(a).localeCompare(String(b));
      });
      list.slice(0, 12).forEach(function (c) {
        var biggest = nodes.filter(function (n) { return n.community === c; })
          .sort(function (a, b) { return (b.mentions || 0) - (a.mentions || 0); })[0];
        item(communityColour(c), (c === null ? 'no community' : 'community ' + c) + ' (' + sizes.get(c) + ')' +
          (biggest ? ': ' + short(biggest.name, 30) : ''));
      });
      if (list.length > 12) box.appendChild(el('p', 'gg-note', (list.length - 12) + ' more communities'));
    } else {
      types.forEach(function (t) { item(typeColour(t), t); });
    }
    item(kindColour(COOC), 'co-occurrence (no arrow)', true);
    box.appendChild(el('p', 'gg-note', 'Relations are coloured, labelled arrows. Size: ' +
      (state.sizeBy === 'pagerank' && hasPagerank ? 'PageRank' : 'mentions') + '; edge width: weight.'));
  }

  function setTimeInputs() {
    $('gg-since').value = state.since || '';
    $('gg-until').value = state.until || '';
    if (dates.length) {
      var from = 0, to = dates.length - 1;
      if (state.since) { from = dates.findIndex(function (d) { return d >= state.since; }); if (from < 0) from = dates.length - 1; }
      if (state.until) {
        to = -1;
        for (var i = dates.length - 1; i >= 0; i--) if (dates[i] <= state.until) { to = i; break; }
        if (to < 0) to = 0;
      }
      $('gg-time-from').value = String(from);
      $('gg-time-to').value = String(to);
    }
    $('gg-time-label').textContent = state.since || state.until ?
      (state.since || 'start') + ' to ' + (state.until || 'end') : 'all dates';
  }
  function setTime(since, until) {
    state.since = since ? String(since) : null;
    state.until = until ? String(until) : null;
    setTimeInputs();
    recompute();
    rerenderDetails();
    return counts();
  }

  function initControls() {
    var title = meta.title ? String(meta.title) : 'gazegraph';
    $('gg-title').textContent = short(title, 120);
    document.title = short(title, 120) + ' \u2013 gazegraph';
    if (meta.cut) {
      var c = meta.cut, p = $('gg-cut');
      p.textContent = 'This page shows the ' + fmt(c.kept_nodes) + ' most connected of ' + fmt(c.total_nodes) +
        ' entities (largest weighted degree; limit ' + fmt(c.limit) +
        '). Export with --top N or --all to change the cut, or --ego ENTITY --depth N for one neighbourhood.';
      p.hidden = false;
    }
    types.forEach(function (t) {
      checkbox($('gg-types'), t, t, typeColour(t), false, state.hiddenTypes, typeCountEls);
    });
    kinds.forEach(function (k) {
      checkbox($('gg-kinds'), k, kindLabel(k) + (k !== COOC ? ' \u2192' : ''), kindColour(k), true, state.hiddenKinds, kindCountEls);
    });
    var colourSel = $('gg-colour'), sizeSel = $('gg-size');
    if (!hasCommunity) { colourSel.options[1].disabled = true; colourSel.options[1].textContent = 'community (not in data)'; }
    if (!hasPagerank) { sizeSel.options[1].disabled = true; sizeSel.options[1].textContent = 'PageRank (not in data)'; }
    colourSel.addEventListener('change', function () { state.colourBy = colourSel.value; buildLegend(); recompute(); });
    sizeSel.addEventListener('change', function () { state.sizeBy = sizeSel.value; buildLegend(); recompute(); });
    buildLegend();

    var mwr = $('gg-minweight-range'), mwn = $('gg-minweight');
    mwr.max = String(Math.max(1, Math.min(maxWeight, 100)));
    mwn.max = String(maxWeight);
    function setMin(v) {
      v = Math.max(1, Math.floor(Number(v) || 1));
      state.minWeight = v;
      mwn.value = String(v);
      mwr.value = String(Math.min(v, Number(mwr.max)));
      recompute();
      rerenderDetails();
    }
    mwr.addEventListener('input', function () { setMin(mwr.value); });
    mwn.addEventListener('change', function () { setMin(mwn.value); });

    var from = $('gg-time-from'), to = $('gg-time-to');
    if (dates.length === 0) {
      $('gg-time-group').appendChild(el('p', 'gg-note', 'No dated evidence in this graph.'));
      [from, to, $('gg-since'), $('gg-until'), $('gg-time-reset')].forEach(function (x) { x.disabled = true; });
    } else {
      from.max = to.max = String(dates.length - 1);
      to.value = String(dates.length - 1);
      $('gg-since').min = $('gg-until').min = dates[0];
      $('gg-since').max = $('gg-until').max = dates[dates.length - 1];
    }
    function fromSliders(changed) {
      var a = Number(from.value), b = Number(to.value);
      if (a > b) { if (changed === from) to.value = String(a); else from.value = String(b); a = Number(from.value); b = Number(to.value); }
      var full = a === 0 && b === dates.length - 1;
      setTime(full ? null : dates[a], full ? null : dates[b]);
    }
    from.addEventListener('input', function () { fromSliders(from); });
    to.addEventListener('input', function () { fromSliders(to); });
    $('gg-since').addEventListener('change', function () { setTime($('gg-since').value || null, state.until); });
    $('gg-until').addEventListener('change', function () { setTime(state.since, $('gg-until').value || null); });
    $('gg-time-reset').addEventListener('click', function () { setTime(null, null); });
    setTimeInputs();

    $('gg-search-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      search($('gg-search').value);
    });
    $('gg-zoom-in').addEventListener('click', function () { if (renderer) renderer.getCamera().animatedZoom({ duration: 200 }); });
    $('gg-zoom-out').addEventListener('click', function () { if (renderer) renderer.getCamera().animatedUnzoom({ duration: 200 }); });
    $('gg-zoom-reset').addEventListener('click', function () { if (renderer) renderer.getCamera().animatedReset({ duration: 200 }); });
    $('gg-graph').addEventListener('keydown', function (ev) {
      if (!renderer) return;
      var cam = renderer.getCamera(), s = cam.getState(), step = 0.1 * s.ratio, handled = true;
      if (ev.key === 'ArrowLeft') cam.setState({ x: s.x - step });
      else if (ev.key === 'ArrowRight') cam.setState({ x: s.x + step });
      else if (ev.key === 'ArrowUp') cam.setState({ y: s.y + step });
      else if (ev.key === 'ArrowDown') cam.setState({ y: s.y - step });
      else if (ev.key === '+' || ev.key === '=') cam.animatedZoom({ duration: 150 });
      else if (ev.key === '-' || ev.key === '_') cam.animatedUnzoom({ duration: 150 });
      else if (ev.key === '0') cam.animatedReset({ duration: 150 });
      else handled = false;
      if (handled) ev.preventDefault();
    });
    document.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape') { select(null); }
      else if (ev.key === '/' && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) {
        ev.preventDefault(); $('gg-search').focus();
      }
    });
  }

  // ---------- selection and details ----------
  function select(sel) {
    state.selected = sel;
    state.highlight = sel && sel.node ? neighbourhood(sel.node) : null;
    rerenderDetails();
    if (renderer) renderer.refresh({ skipIndexation: true });
  }
  function focusOn(id) {
    if (!renderer || !keyOf(id)) return;
    var d = renderer.getNodeDisplayData(keyOf(id));
    if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 300 });
  }
  function rerenderDetails() {
    var box = $('gg-details');
    clear(box);
    var s = state.selected;
    if (!s) {
      box.appendChild(el('p', 'gg-note', 'Click an entity or an edge, or find one by name, to see its names, documents, neighbours and evidence.'));
      renderOverview(box);
      return;
    }
    if (s.node) renderNode(box, byId.get(s.node));
    else if (s.edge) renderEdges(box, [edges[Number(s.edge.slice(1))]]);
    else if (s.pair) renderEdges(box, edges.filter(function (e) { return samePair(e, s.pair[0], s.pair[1]); }));
  }
  // The most connected entities shown, as buttons: a keyboard way into the graph.
  function renderOverview(box) {
    var wdeg = new Map();
    edges.forEach(function (e) {
      if (!edgeVisible.get(e._key)) return;
      wdeg.set(e.source, (wdeg.get(e.source) || 0) + e._w);
      wdeg.set(e.target, (wdeg.get(e.target) || 0) + e._w);
    });
    var ids = Array.from(wdeg.keys()).sort(function (a, b) { return wdeg.get(b) - wdeg.get(a) || a.localeCompare(b); });
    if (!ids.length) return;
    box.appendChild(el('h3', null, 'Most connected'));
    var ul = el('ul');
    ids.slice(0, 12).forEach(function (id) {
      var li = el('li', 'gg-nb');
      var b = nodeButton(id);
      b.classList.add('gg-nb-name');
      li.appendChild(b);
      li.appendChild(el('span', null, String(wdeg.get(id))));
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }
  function nodeButton(id) {
    var n = byId.get(id);
    var b = el('button', 'gg-link', n ? n.name : id);
    b.type = 'button';
    b.addEventListener('click', function () { select({ node: id }); focusOn(id); });
    return b;
  }
  function facts(box, rows) {
    var dl = el('dl', 'gg-facts');
    rows.forEach(function (r) {
      if (r[1] === undefined || r[1] === null || r[1] === '') return;
      dl.appendChild(el('dt', null, r[0]));
      dl.appendChild(el('dd', null, r[1]));
    });
    box.appendChild(dl);
  }
  function docLabel(id) {
    var d = docTitles.get(id);
    return d && d.title ? d.title : id;
  }
  function renderNode(box, n) {
    var id = String(n.id);
    box.appendChild(el('h2', null, n.name));
    var badge = el('span', 'gg-badge');
    var sw = el('span', 'gg-swatch');
    sw.style.background = typeColour(n.type);
    badge.appendChild(sw);
    badge.appendChild(el('span', null, n.type));
    box.appendChild(badge);
    if (!nodeVisible.get(id)) box.appendChild(el('p', 'gg-note', 'Hidden by the current filters.'));
    facts(box, [
      ['id', id], ['Wikidata', n.qid], ['mentions', n.mentions], ['documents', n.documents],
      ['first seen', n.first_seen], ['last seen', n.last_seen], ['degree', n.degree],
      ['community', n.community], ['PageRank', typeof n.pagerank === 'number' ? n.pagerank.toPrecision(3) : undefined]
    ]);
    var aliases = Array.isArray(n.aliases) ? n.aliases : [];
    if (aliases.length) {
      box.appendChild(el('h3', null, 'Aliases'));
      var ul = el('ul');
      aliases.forEach(function (a) { ul.appendChild(el('li', null, a)); });
      box.appendChild(ul);
    }
    var surface = n.surface && typeof n.surface === 'object' ? Object.keys(n.surface) : [];
    if (surface.length) {
      box.appendChild(el('h3', null, 'Written in the texts as'));
      var su = el('ul');
      surface.sort(function (a, b) { return n.surface[b] - n.surface[a] || a.localeCompare(b); })
        .forEach(function (s) { su.appendChild(el('li', null, s + ' \u00d7' + n.surface[s])); });
      box.appendChild(su);
    }
    // Top neighbours by weight in the current view.
    var agg = new Map();
    edges.forEach(function (e) {
      if (!edgeVisible.get(e._key) || (e.source !== id && e.target !== id)) return;
      var other = e.source === id ? e.target : e.source;
      var a = agg.get(other) || { w: 0, kinds: [] };
      a.w += e._w;
      if (a.kinds.indexOf(e.kind) < 0) a.kinds.push(e.kind);
      agg.set(other, a);
    });
    var nbs = Array.from(agg.keys()).sort(function (a, b) { return agg.get(b).w - agg.get(a).w || a.localeCompare(b); });
    box.appendChild(el('h3', null, 'Top neighbours (' + nbs.length + ')'));
    if (!nbs.length) box.appendChild(el('p', 'gg-note', 'None shown.'));
    var nl = el('ul');
    nbs.slice(0, 15).forEach(function (o) {
      var li = el('li', 'gg-nb');
      var name = nodeButton(o);
      name.classList.add('gg-nb-name');
      li.appendChild(name);
      var ev = el('button', 'gg-link', 'evidence');
      ev.type = 'button';
      ev.setAttribute('aria-label', 'Evidence between ' + n.name + ' and ' + (byId.get(o) || {}).name);
      ev.addEventListener('click', function () { select({ pair: [id, o] }); });
      li.appendChild(ev);
      li.appendChild(el('span', 'gg-count', agg.get(o).kinds.map(kindLabel).join(', ') + ' \u00b7 ' + agg.get(o).w));
      nl.appendChild(li);
    });
    box.appendChild(nl);
    var docs = Array.isArray(n.docs) ? n.docs : [];
    if (docs.length) {
      box.appendChild(el('h3', null, 'Documents (' + docs.length + ')'));
      var dl = el('ul');
      docs.slice(0, 50).forEach(function (d) {
        var li = el('li', null, docLabel(d));
        var info = docTitles.get(d);
        li.title = d;
        if (info && info.date) li.appendChild(el('span', 'gg-note', ' ' + info.date));
        dl.appendChild(li);
      });
      box.appendChild(dl);
      if (docs.length > 50) box.appendChild(el('p', 'gg-note', (docs.length - 50) + ' more'));
    }
  }
  function renderEdges(box, list) {
    if (!list.length) return;
    var a = byId.get(list[0].source), b = byId.get(list[0].target);
    var h = el('h2');
    h.appendChild(nodeButton(String(a.id)));
    h.appendChild(document.createTextNode(list.length === 1 && list[0].directed ? ' \u2192 ' : ' \u2014 '));
    h.appendChild(nodeButton(String(b.id)));
    box.appendChild(h);
    list.forEach(function (e) {
      var src = byId.get(e.source), tgt = byId.get(e.target);
      box.appendChild(el('h3', null, kindLabel(e.kind) + (e.directed ? ': ' + short(src.name, 40) + ' \u2192 ' + short(tgt.name, 40) : '')));
      var windowed = state.since || state.until;
      facts(box, [
        ['weight', windowed ? e._w + ' in the window (' + e.weight + ' in all)' : e.weight],
        ['evidence', e.evidence.length + (e.evidence.length < e.weight ? ' sentences kept of ' + e.weight : ' sentences')],
        ['shown', edgeVisible.get(e._key) ? 'yes' : 'no, hidden by the filters']
      ]);
      var ul = el('ul', 'gg-ev');
      e.evidence.forEach(function (ev) {
        if (!ev) return;
        var li = el('li');
        if (windowed && !inWindow(ev.date)) li.className = 'gg-out';
        var m = el('div', 'gg-meta');
        m.appendChild(el('span', null, (ev.date || 'undated') + ' \u00b7 ' + short(docLabel(ev.doc), 80)));
        if (ev.trigger) m.appendChild(el('span', null, ' \u00b7 trigger \u201c' + ev.trigger + '\u201d'));
        if (ev.modality) m.appendChild(el('span', 'gg-mod-' + String(ev.modality).replace(/[^a-z]/g, ''), ' \u00b7 ' + ev.modality));
        if (windowed && !inWindow(ev.date)) m.appendChild(el('span', null, ' \u00b7 outside the window'));
        li.title = String(ev.doc) + ', sentence ' + ev.sentence;
        li.appendChild(m);
        var q = el('blockquote');
        appendHighlighted(q, String(ev.text || ''), [src, tgt], ev.trigger);
        li.appendChild(q);
        ul.appendChild(li);
      });
      box.appendChild(ul);
    });
  }
  // Marks the trigger word in a sentence, with text nodes only.
  function appendHighlighted(parent, text, ents, trigger) {
    var t = trigger ? String(trigger) : '';
    var i = t ? text.indexOf(t) : -1;
    if (i < 0) { parent.appendChild(document.createTextNode(text)); return; }
    parent.appendChild(document.createTextNode(text.slice(0, i)));
    parent.appendChild(el('mark', null, t));
    parent.appendChild(document.createTextNode(text.slice(i + t.length)));
  }

  // ---------- search ----------
  function bestOf(ids) {
    return ids.slice().sort(function (a, b) {
      var na = byId.get(a), nb = byId.get(b);
      return (nodeVisible.get(b) ? 1 : 0) - (nodeVisible.get(a) ? 1 : 0) ||
        (Number(nb.mentions) || 0) - (Number(na.mentions) || 0) || a.localeCompare(b);
    })[0];
  }
  function search(q) {
    var key = normalise(q === undefined || q === null ? '' : q);
    var status = $('gg-search-status');
    if (!key) { select(null); status.textContent = ''; return null; }
    var found = null;
    if (lookup.has(key)) found = bestOf(lookup.get(key));
    else {
      // Prefix: the shortest matching key, then the most mentioned entity.
      var lo = 0, hi = lookupKeys.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (lookupKeys[mid] < key) lo = mid + 1; else hi = mid; }
      var cands = [];
      for (var i = lo; i < lookupKeys.length && lookupKeys[i].slice(0, key.length) === key; i++) cands.push(lookupKeys[i]);
      if (cands.length) {
        var shortest = cands.reduce(function (m, k) { return Math.min(m, k.length); }, Infinity);
        var ids = [];
        cands.forEach(function (k) { if (k.length === shortest) ids = ids.concat(lookup.get(k)); });
        found = bestOf(ids);
      }
    }
    if (!found) { status.textContent = 'No entity matches \u201c' + short(q, 60) + '\u201d.'; select(null); return null; }
    var n = byId.get(found);
    status.textContent = 'Found ' + short(n.name, 80) + (nodeVisible.get(found) ? '' : ' (hidden by the filters)') + '.';
    if ($('gg-search').value !== q) $('gg-search').value = q;
    select({ node: found });
    focusOn(found);
    return found;
  }

  function counts() { return { nodes: shown.nodes, edges: shown.edges }; }
  function evidence(a, b) {
    a = String(a); b = String(b);
    var out = [];
    edges.forEach(function (e) {
      if (!samePair(e, a, b)) return;
      e.evidence.forEach(function (ev) {
        out.push({ doc: ev.doc, date: ev.date === undefined ? null : ev.date, sentence: ev.sentence, text: ev.text,
          kind: e.kind, trigger: ev.trigger === undefined ? null : ev.trigger,
          modality: ev.modality === undefined ? null : ev.modality });
      });
    });
    return out;
  }
  function positions() {
    var p = [];
    graph.forEachNode(function (key, a) { p.push([idOf(key), a.x, a.y]); });
    return p;
  }
  function weights() {
    var w = {};
    edges.forEach(function (e) { if (edgeVisible.get(e._key)) w[e.source + '|' + e.target + '|' + e.kind] = e._w; });
    return w;
  }

  // ---------- start ----------
  var resolveReady, rejectReady;
  var ready = new Promise(function (res, rej) { resolveReady = res; rejectReady = rej; });
  window.gazegraphView = {
    ready: ready, counts: counts, search: search, evidence: evidence, setTime: setTime,
    weights: weights, positions: positions, normalise: normalise,
    camera: function () { return renderer ? renderer.getCamera().getState() : null; }
  };
  initControls();
  recompute();
  rerenderDetails();
  try {
    if (!webglAvailable()) throw new Error('this browser has no WebGL, which the graph drawing needs. The filters, search and details still work.');
    renderer = new Sigma(graph, $('gg-graph'), {
      nodeReducer: nodeReducer,
      edgeReducer: edgeReducer,
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      defaultEdgeType: 'line',
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1F2328' },
      edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#3D4350' },
      labelDensity: 0.9,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: graph.order <= 60 ? 0 : 7,
      minCameraRatio: 0.02,
      maxCameraRatio: 20
    });
    renderer.on('clickNode', function (ev) { select({ node: idOf(ev.node) }); });
    renderer.on('clickEdge', function (ev) { select({ edge: ev.edge }); });
    renderer.on('clickStage', function () { select(null); });
    renderer.on('enterNode', function () { $('gg-graph').style.cursor = 'pointer'; });
    renderer.on('leaveNode', function () { $('gg-graph').style.cursor = ''; });
    renderer.on('enterEdge', function () { $('gg-graph').style.cursor = 'pointer'; });
    renderer.on('leaveEdge', function () { $('gg-graph').style.cursor = ''; });
    requestAnimationFrame(function () { resolveReady({ nodes: shown.nodes, edges: shown.edges }); });
  } catch (err) {
    showError('The graph cannot be drawn: ' + err.message);
    rejectReady(err);
  }
})();
