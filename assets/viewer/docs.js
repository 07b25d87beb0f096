/* gazegraph document view (`gazegraph tag --html`): every mention highlighted
 * in its type's colour, in the manner of displaCy; hovering or focusing a
 * mention shows its entity, canonical name and how it was matched (via);
 * sentences holding a negated or planned relation are marked.
 *
 * The page is one offline file: this script and the data are inlined, the
 * data JSON escaped as in the graph view (\u003c for <, ...). The DOM is
 * built with createElement/textContent only, never innerHTML.
 *
 * Data schema (fields marked ? may be absent):
 * {
 *   "format": "gazegraph-docs/1",
 *   "meta"?: {"title": string},
 *   "docs": [{"id", "title"?, "date"?, "text",
 *             "mentions": [{"start", "end",        // Unicode code point offsets
 *                           "entity", "name",      // into text, as Python slices
 *                           "type", "via"}],       // exact|variant|partial|title
 *             "relations": [{"sentence_start", "sentence_end",  // code points
 *                            "kind", "modality",   // asserted|negated|planned
 *                            "source_name", "target_name", "trigger"?}]}]
 * }
 * Nested mentions are drawn nested; crossing or out-of-range ones are skipped
 * (and counted).
 *
 * Test hooks (window.gazegraphDocs): ready (Promise), counts() ->
 * {docs, mentions, skipped, marked_sentences}.
 */
(function () {
  'use strict';

  var TYPES = ['person', 'place', 'organisation'];
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function $(id) { return document.getElementById(id); }
  function typeClass(t) { return TYPES.indexOf(t) >= 0 ? 'dv-' + t : 'dv-other'; }
  function int(x) { var n = Number(x); return Number.isInteger(n) ? n : NaN; }

  var data = JSON.parse($('gazegraph-data').textContent);
  var docs = Array.isArray(data.docs) ? data.docs : [];
  var meta = data.meta || {};
  var total = { docs: docs.length, mentions: 0, skipped: 0, marked_sentences: 0 };
  var typeCounts = new Map(), viaCounts = new Map();
  var tip = $('dv-tip');

  function showTip(target, m) {
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    tip.appendChild(el('b', null, m.name));
    tip.appendChild(el('div', null, (m.type || 'entity') + ' \u00b7 ' + m.entity));
    tip.appendChild(el('div', null, 'matched by ' + (m.via || '?')));
    tip.hidden = false;
    var r = target.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8)) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
  }
  function hideTip() { tip.hidden = true; }

  function renderDoc(doc, index) {
    var section = el('article', 'dv-doc');
    section.id = 'doc-' + index;
    var h = el('h2', null, doc.title || doc.id);
    section.appendChild(h);
    section.appendChild(el('p', 'dv-muted', [doc.date || 'undated', doc.id].join(' \u00b7 ')));
    var cps = Array.from(String(doc.text || ''));
    // Valid mentions in order, outer before inner. Nested mentions (a title
    // "Menlu Rusia" holding the place "Rusia") are drawn nested; one that
    // crosses another's end is skipped.
    var ms = (Array.isArray(doc.mentions) ? doc.mentions : []).map(function (m) {
      return { m: m, s: int(m.start), e: int(m.end) };
    }).filter(function (x) {
      var ok = x.s >= 0 && x.e > x.s && x.e <= cps.length;
      if (!ok) total.skipped++;
      return ok;
    }).sort(function (a, b) { return a.s - b.s || b.e - a.e; });
    var kept = [], open = [];
    ms.forEach(function (x) {
      while (open.length && open[open.length - 1].e <= x.s) open.pop();
      if (open.length && x.e > open[open.length - 1].e) { total.skipped++; return; }
      x.depth = open.length;
      kept.push(x);
      open.push(x);
    });
    // Sentences with negated or planned relations.
    var flags = (Array.isArray(doc.relations) ? doc.relations : []).filter(function (r) {
      return r && (r.modality === 'negated' || r.modality === 'planned');
    }).map(function (r) {
      return { r: r, s: Math.max(0, int(r.sentence_start) || 0), e: Math.min(cps.length, int(r.sentence_end) || 0) };
    }).filter(function (x) { return x.e > x.s; });
    var sentKeys = new Set();
    flags.forEach(function (x) { sentKeys.add(x.s + ':' + x.e); });
    total.marked_sentences += sentKeys.size;
    // Cut points: mention and sentence bounds.
    var cuts = new Set([0, cps.length]);
    kept.forEach(function (x) { cuts.add(x.s); cuts.add(x.e); });
    flags.forEach(function (x) { cuts.add(x.s); cuts.add(x.e); });
    var points = Array.from(cuts).sort(function (a, b) { return a - b; });
    var text = el('div', 'dv-text');
    var stack = [];           // open marks: {x, el, body, label}, outer first
    var flagged = new Set();
    function top() { return stack.length ? stack[stack.length - 1].body : text; }
    function openMark(x) {
      var m = x.m;
      var mark = el('mark', 'dv-ent ' + typeClass(m.type) + ' dv-via-' + String(m.via || '').replace(/[^a-z]/g, ''));
      mark.tabIndex = 0;
      mark.setAttribute('aria-label', cps.slice(x.s, x.e).join('') + ': ' + m.name + ', ' +
        (m.type || 'entity') + ', matched by ' + (m.via || '?'));
      mark.dataset.entity = String(m.entity);
      mark.addEventListener('mouseenter', function (ev) { ev.stopPropagation(); showTip(mark, m); });
      mark.addEventListener('focus', function (ev) { ev.stopPropagation(); showTip(mark, m); });
      mark.addEventListener('mouseleave', hideTip);
      mark.addEventListener('blur', hideTip);
      var body = el('span');
      mark.appendChild(body);
      var label = el('span', 'dv-type', m.type || 'entity');
      label.setAttribute('aria-hidden', 'true');
      top().appendChild(mark);
      stack.push({ x: x, el: mark, body: body, label: label });
      total.mentions++;
      typeCounts.set(m.type, (typeCounts.get(m.type) || 0) + 1);
      viaCounts.set(m.via, (viaCounts.get(m.via) || 0) + 1);
    }
    var next = 0;
    for (var p = 0; p < points.length - 1; p++) {
      var a = points[p], b = points[p + 1];
      while (stack.length && stack[stack.length - 1].x.e <= a) {
        var done = stack.pop();
        done.el.appendChild(done.label);
      }
      // Flags go at their sentence's first character.
      flags.forEach(function (x, i) {
        if (x.s === a && !flagged.has(i)) {
          flagged.add(i);
          top().appendChild(el('span', 'dv-flag dv-flag-' + x.r.modality,
            x.r.modality + ': ' + (x.r.source_name || '?') + ' ' + String(x.r.kind || '').replace(/_/g, ' ') +
            ' ' + (x.r.target_name || '?') + (x.r.trigger ? ' (\u201c' + x.r.trigger + '\u201d)' : '')));
        }
      });
      while (next < kept.length && kept[next].s === a) openMark(kept[next++]);
      var modality = null;
      flags.forEach(function (x) { if (x.s <= a && b <= x.e) modality = modality === 'negated' ? modality : x.r.modality; });
      var piece = cps.slice(a, b).join('');
      top().appendChild(modality ? el('span', 'dv-sent-' + modality, piece) : document.createTextNode(piece));
    }
    while (stack.length) { var last = stack.pop(); last.el.appendChild(last.label); }
    section.appendChild(text);
    return section;
  }

  var title = meta.title ? String(meta.title) : 'gazegraph documents';
  $('dv-title').textContent = title;
  document.title = title;
  var main = $('dv-docs'), toc = $('dv-toc');
  docs.forEach(function (d, i) {
    main.appendChild(renderDoc(d, i));
    var li = el('li');
    var a = el('a', null, (d.title || d.id) + (d.date ? ' (' + d.date + ')' : ''));
    a.href = '#doc-' + i;
    li.appendChild(a);
    toc.appendChild(li);
  });
  var legend = $('dv-legend');
  Array.from(typeCounts.keys()).sort().forEach(function (t) {
    var item = el('span');
    var sw = el('span', 'dv-swatch ' + typeClass(t));
    sw.setAttribute('aria-hidden', 'true');
    item.appendChild(sw);
    item.appendChild(document.createTextNode(String(t) + ' ' + typeCounts.get(t)));
    legend.appendChild(item);
  });
  legend.appendChild(el('span', 'dv-muted', 'matched by: ' + Array.from(viaCounts.keys()).sort().map(function (v) {
    return v + ' ' + viaCounts.get(v);
  }).join(', ') + ' (dashed underline: partial or title)'));
  legend.appendChild(el('span', 'dv-flag dv-flag-negated', 'negated relation'));
  legend.appendChild(el('span', 'dv-flag dv-flag-planned', 'planned relation'));
  $('dv-summary').textContent = total.docs + ' documents, ' + total.mentions + ' mentions' +
    (total.skipped ? ', ' + total.skipped + ' overlapping or out-of-range mentions not shown' : '') +
    '. Hover or focus a mention to see its entity.';

  window.gazegraphDocs = {
    ready: Promise.resolve(),
    counts: function () { return Object.assign({}, total); }
  };
})();
