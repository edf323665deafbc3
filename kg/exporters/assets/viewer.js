/* newskg viewer: draws the graph from the inert JSON block #kg-data with vis-network.
 * Every piece of data reaches the page through textContent or vis-network's text tooltips, never
 * through innerHTML; links get an href only when they are http(s). */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var NODE_COLORS = {
    Organization: "#4e79a7", NewsOutlet: "#f28e2b", Person: "#59a14f", Product: "#b07aa1",
    AnonymousSource: "#9c755f", Unknown: "#bab0ac"
  };
  var TYPE_NAMES = {
    Organization: "Organization 组织", NewsOutlet: "News outlet 媒体", Person: "Person 人物",
    Product: "Product 产品", AnonymousSource: "Anonymous 匿名", Unknown: "Other 其他"
  };
  var REL_COLORS = { partner: "#2da44e", evaluated: "#0969da", rejected: "#cf222e" };
  var REL_NAMES = { partner: "partner 合作", evaluated: "evaluated 评估", rejected: "rejected 拒绝" };
  var DENIED_COLOR = "#9a9a9a";
  var STATUSES = ["Reported", "Confirmed", "Rumored", "Denied"];
  var BIG = 2000, STEP = 1000;

  var nodeById = {}, edgeById = {}, edgesOfNode = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; edgesOfNode[n.id] = []; });
  data.edges.forEach(function (e) {
    edgeById[e.id] = e;
    if (edgesOfNode[e.from]) edgesOfNode[e.from].push(e);
    if (e.to !== e.from && edgesOfNode[e.to]) edgesOfNode[e.to].push(e);
  });
  var rank = data.nodes.slice().sort(function (a, b) { return b.degree - a.degree || (a.id < b.id ? -1 : 1); });
  rank.forEach(function (n, i) { n.rank = i; });

  var state = {
    relations: { partner: true, evaluated: true, rejected: true },
    statuses: { Reported: true, Confirmed: true, Rumored: true, Denied: true },
    outlet: "", from: "", to: "", lang: "auto",
    limit: data.nodes.length > BIG ? STEP : Infinity,
    pinned: {}
  };
  var visibleNodes = {}, visibleEdges = {};

  // ---- small DOM helpers: text only ---------------------------------------------------------
  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function safeUrl(url) {
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return null;
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (err) { return null; }
  }
  function fmt(n) { return Number(n).toLocaleString("en-US"); }

  // ---- search folding: NFKC, lower-case, Traditional → Simplified ---------------------------
  function fold(s) {
    s = String(s).normalize("NFKC").toLowerCase();
    var out = "";
    for (var i = 0; i < s.length; i++) { var c = s[i]; out += data.fold[c] || c; }
    return out;
  }

  function displayLabel(n) {
    if (state.lang !== "auto" && n.names && n.names[state.lang]) return n.names[state.lang];
    return n.label;
  }
  function sourceLabel(iri) { var s = data.sources[iri]; return s ? s.label : iri; }

  // ---- claim / edge filters -----------------------------------------------------------------
  function claimPasses(c) {
    if (!state.statuses[c.status]) return false;
    if (state.outlet) {
      var art = data.articles[c.article] || {};
      if (c.sources.indexOf(state.outlet) < 0 && art.publisher !== state.outlet) return false;
    }
    if (state.from || state.to) {
      var d = c.date ? c.date.slice(0, 10) : "";
      if (!d) return false;
      if (state.from && d < state.from) return false;
      if (state.to && d > state.to) return false;
    }
    return true;
  }
  function claimFilterActive() {
    return !!(state.outlet || state.from || state.to) || STATUSES.some(function (s) { return !state.statuses[s]; });
  }
  function inScope(id) { var n = nodeById[id]; return !!n && (n.rank < state.limit || state.pinned[id]); }
  function edgePasses(e) {
    if (!state.relations[e.relation]) return false;
    if (!inScope(e.from) || !inScope(e.to)) return false;
    if (!e.claims.length) return !claimFilterActive();
    for (var i = 0; i < e.claims.length; i++) if (claimPasses(data.claims[e.claims[i]])) return true;
    return false;
  }

  // ---- vis items ----------------------------------------------------------------------------
  function nodeTooltip(n) {
    var lines = [displayLabel(n), TYPE_NAMES[n.type] || n.type];
    var others = n.labels.filter(function (l) { return l !== displayLabel(n); });
    if (others.length) lines.push("Also: " + others.slice(0, 8).join(" · "));
    lines.push(n.degree + " relation" + (n.degree === 1 ? "" : "s"));
    return lines.join("\n");
  }
  function edgeTooltip(e) {
    var lines = [displayLabel(nodeById[e.from]) + " — " + e.relation + " → " + displayLabel(nodeById[e.to])];
    lines.push("Reported by " + e.outlets + " independent outlet" + (e.outlets === 1 ? "" : "s") +
      (e.conflict ? "  ⚠ conflict: " + e.conflictReasons.join(", ") : ""));
    e.claims.slice(0, 3).forEach(function (i) {
      var c = data.claims[i];
      var ev = c.evidence.length ? c.evidence[0].text : "";
      if (ev.length > 160) ev = ev.slice(0, 157) + "…";
      lines.push("[" + c.status + "] “" + ev + "”");
      if (c.sources.length) lines.push("   — " + c.sources.map(sourceLabel).join(", "));
    });
    if (e.claims.length > 3) lines.push("… " + (e.claims.length - 3) + " more claims (click)");
    return lines.join("\n");
  }
  function nodeItem(n) {
    var color = NODE_COLORS[n.type] || NODE_COLORS.Unknown;
    var item = {
      id: n.id, label: displayLabel(n), title: nodeTooltip(n), shape: "dot",
      size: 8 + Math.min(22, 3 * Math.sqrt(n.degree)),
      color: { background: color, border: color, highlight: { background: "#ffd33d", border: color } }
    };
    if (typeof n.x === "number") { item.x = n.x; item.y = n.y; }
    return item;
  }
  var pairCount = {};
  function edgeItem(e) {
    var key = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
    var k = pairCount[key] = (pairCount[key] || 0) + 1;
    var color = e.deniedOnly ? DENIED_COLOR : REL_COLORS[e.relation];
    var item = {
      id: e.id, from: e.from, to: e.to, title: edgeTooltip(e),
      color: { color: color, highlight: color, hover: color, opacity: e.deniedOnly ? 0.7 : 0.9 },
      dashes: e.deniedOnly ? [6, 6] : false,
      width: 1 + Math.min(5, Math.log2(1 + e.outlets)),
      arrows: e.relation === "partner" ? "" : { to: { enabled: true, scaleFactor: 0.6 } }
    };
    if (e.conflict) { item.label = "⚠"; item.font = { color: "#cf222e", size: 13, strokeWidth: 0, background: "#ffffff" }; }
    if (k > 1 || (pairHasMany[key])) item.smooth = { enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.12 * Math.ceil(k / 2) + 0.08 };
    return item;
  }
  var pairHasMany = {}, seen = {};
  data.edges.forEach(function (e) {
    var key = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
    if (seen[key]) pairHasMany[key] = true; else seen[key] = true;
  });

  var laidOut = data.nodes.every(function (n) { return typeof n.x === "number"; });
  var nodesDS = new vis.DataSet(data.nodes.map(nodeItem));
  var edgesDS = new vis.DataSet(data.edges.map(edgeItem));
  var nodesView = new vis.DataView(nodesDS, { filter: function (item) { return !!visibleNodes[item.id]; } });
  var edgesView = new vis.DataView(edgesDS, { filter: function (item) { return !!visibleEdges[item.id]; } });

  function computeVisibility() {
    visibleNodes = {}; visibleEdges = {};
    var ne = 0, nn = 0;
    data.edges.forEach(function (e) {
      if (edgePasses(e)) {
        visibleEdges[e.id] = true; ne++;
        if (!visibleNodes[e.from]) { visibleNodes[e.from] = true; nn++; }
        if (!visibleNodes[e.to]) { visibleNodes[e.to] = true; nn++; }
      }
    });
    Object.keys(state.pinned).forEach(function (id) {
      if (!visibleNodes[id] && nodeById[id]) { visibleNodes[id] = true; nn++; }
    });
    state.nVisibleNodes = nn; state.nVisibleEdges = ne;
  }

  function refresh() {
    computeVisibility();
    nodesView.refresh(); edgesView.refresh();
    $("kg-counts").textContent = fmt(state.nVisibleNodes) + " / " + fmt(data.nodes.length) + " nodes · " +
      fmt(state.nVisibleEdges) + " / " + fmt(data.edges.length) + " edges";
    var notice = $("kg-notice");
    if (state.limit < data.nodes.length) {
      notice.hidden = false;
      $("kg-notice-text").textContent = "Large graph: showing the " + fmt(state.limit) + " best-connected of " +
        fmt(data.nodes.length) + " nodes (by degree). Search still finds every node.";
    } else {
      notice.hidden = true;
    }
  }

  computeVisibility();
  var container = $("kg-network");
  var big = data.nodes.length > BIG;
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, {
    autoResize: true,
    physics: { enabled: !laidOut, stabilization: { iterations: 150, updateInterval: 50 },
               barnesHut: { gravitationalConstant: -3000, springLength: 90 } },
    layout: { improvedLayout: false, randomSeed: 7 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false },
    nodes: { font: { face: FONT, size: 14, strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1 },
    edges: { smooth: false, selectionWidth: 2, hoverWidth: 1, font: { face: FONT, align: "middle" } }
  });
  network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: { enabled: false } }); });
  network.fit({ animation: false, maxZoomLevel: 1.5 });

  // ---- side panel ---------------------------------------------------------------------------
  function relationLine(c) {
    return displayLabel(nodeById[c.subject] || { label: c.subject }) + " — " + c.relation + " → " +
      displayLabel(nodeById[c.object] || { label: c.object });
  }
  function claimCard(c) {
    var card = el("div", null, "kg-card");
    card.appendChild(el("h4", relationLine(c)));
    var meta = el("div", null, "kg-meta");
    meta.appendChild(el("span", c.status, "kg-badge kg-" + c.status));
    if (c.confidence !== null && c.confidence !== undefined) meta.appendChild(el("span", "confidence " + c.confidence.toFixed(2), "kg-badge"));
    card.appendChild(meta);
    c.evidence.forEach(function (ev) {
      var q = el("blockquote", ev.text, "kg-ev");
      if (ev.lang) q.lang = ev.lang;
      card.appendChild(q);
    });
    var src = c.sources.length ? c.sources.map(function (s) {
      var info = data.sources[s] || {};
      return (info.label || s) + (info.type ? " (" + info.type + ")" : "");
    }).join(", ") : "the article itself";
    card.appendChild(el("div", "Sources: " + src, "kg-meta"));
    var art = data.articles[c.article];
    if (art) {
      var line = el("div", null, "kg-meta");
      var href = safeUrl(art.url);
      var title = art.title || art.id || "(untitled article)";
      if (href) {
        var a = el("a", title);
        a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
        line.appendChild(a);
      } else {
        line.appendChild(el("span", title));
        if (art.rawUrl) line.appendChild(el("span", " (link not shown: " + art.rawUrl + ")"));
      }
      var bits = [];
      if (art.date) bits.push(art.date.slice(0, 10));
      if (art.publisher) bits.push(sourceLabel(art.publisher));
      if (bits.length) line.appendChild(el("span", " · " + bits.join(" · ")));
      card.appendChild(line);
    }
    return card;
  }
  function edgeSummary(e, parent) {
    var box = el("div", null, "kg-card");
    box.appendChild(el("div", displayLabel(nodeById[e.from]) + " — " + e.relation + " → " + displayLabel(nodeById[e.to]), "kg-title"));
    box.appendChild(el("div", "Reported by " + e.outlets + " independent outlet" + (e.outlets === 1 ? "" : "s") +
      " · " + e.claims.length + " claim" + (e.claims.length === 1 ? "" : "s"), "kg-meta"));
    if (e.deniedOnly) box.appendChild(el("div", "Every claim of this edge is denied.", "kg-meta"));
    if (e.conflict) box.appendChild(el("div", "⚠ Conflicting reports: " + e.conflictReasons.join(", "), "kg-conflict"));
    parent.appendChild(box);
    e.claims.forEach(function (i) { parent.appendChild(claimCard(data.claims[i])); });
  }
  function reveal(panel) {
    var side = $("kg-side");
    side.scrollTop = Math.max(0, panel.offsetTop - side.offsetTop - 8);
  }
  function showEdge(id) {
    var e = edgeById[id], panel = $("kg-panel");
    panel.textContent = "";
    if (!e) return false;
    edgeSummary(e, panel);
    reveal(panel);
    return true;
  }
  function showNode(id) {
    var n = nodeById[id], panel = $("kg-panel");
    panel.textContent = "";
    if (!n) return false;
    panel.appendChild(el("div", displayLabel(n), "kg-title"));
    panel.appendChild(el("div", (TYPE_NAMES[n.type] || n.type) + " · " + n.degree + " relations", "kg-meta"));
    if (n.labels.length > 1) panel.appendChild(el("div", "Names: " + n.labels.join(" · "), "kg-meta"));
    var m = data.metrics && data.metrics[n.id];
    if (m) {
      panel.appendChild(el("div", Object.keys(m).sort().map(function (k) {
        var v = m[k]; return k + " " + (typeof v === "number" && v % 1 ? v.toFixed(4) : v);
      }).join(" · "), "kg-meta"));
    }
    var edges = edgesOfNode[id].filter(function (e) { return visibleEdges[e.id]; });
    var hidden = edgesOfNode[id].length - edges.length;
    if (hidden) panel.appendChild(el("div", hidden + " relation(s) hidden by the filters.", "kg-meta"));
    edges.forEach(function (e) { edgeSummary(e, panel); });
    reveal(panel);
    return true;
  }

  function ensureVisible(id) {
    if (visibleNodes[id]) return;
    state.pinned[id] = true;
    (edgesOfNode[id] || []).forEach(function (e) { state.pinned[e.from] = true; state.pinned[e.to] = true; });
    refresh();
  }
  function focusNode(id) {
    if (!nodeById[id]) return false;
    ensureVisible(id);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showNode(id);
    return true;
  }
  function select(id) {
    if (edgeById[id]) {
      var e = edgeById[id];
      if (!visibleEdges[id]) { state.pinned[e.from] = true; state.pinned[e.to] = true; refresh(); }
      if (visibleEdges[id]) network.selectEdges([id]);
      return showEdge(id);
    }
    return focusNode(id);
  }
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  // ---- search -------------------------------------------------------------------------------
  function search(q) {
    var key = fold(q).trim();
    if (!key) return [];
    var exact = [], prefix = [], sub = [];
    rank.forEach(function (n) {
      var best = 0;
      for (var i = 0; i < n.keys.length; i++) {
        var k = n.keys[i];
        if (k === key) { best = 3; break; }
        if (k.indexOf(key) === 0) best = Math.max(best, 2);
        else if (k.indexOf(key) > 0) best = Math.max(best, 1);
      }
      if (best === 3) exact.push(n.id); else if (best === 2) prefix.push(n.id); else if (best === 1) sub.push(n.id);
    });
    return exact.concat(prefix, sub);
  }
  var results = $("kg-results"), input = $("kg-search"), active = 0;
  function showResults() {
    var ids = search(input.value).slice(0, 12);
    results.textContent = "";
    active = 0;
    ids.forEach(function (id, i) {
      var n = nodeById[id], li = el("li", displayLabel(n));
      li.setAttribute("role", "option");
      li.dataset.id = id;
      if (i === 0) li.className = "kg-active";
      var other = n.labels.filter(function (l) { return l !== displayLabel(n); }).slice(0, 3).join(" · ");
      if (other) li.appendChild(el("span", other, "kg-sub"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(id); });
      results.appendChild(li);
    });
    if (!ids.length && input.value.trim()) results.appendChild(el("li", "No match", "kg-sub"));
    results.hidden = !input.value.trim();
  }
  function pick(id) { results.hidden = true; focusNode(id); }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", function (ev) {
    var items = results.querySelectorAll("li[data-id]");
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!items.length) return;
      items[active].className = "";
      active = (active + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      items[active].className = "kg-active";
      ev.preventDefault();
    } else if (ev.key === "Enter") {
      if (items.length) pick(items[active].dataset.id);
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });
  input.addEventListener("blur", function () { results.hidden = true; });

  // ---- filter controls ----------------------------------------------------------------------
  function checkbox(parent, name, label, color, onChange) {
    var lab = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = name; box.name = name;
    box.addEventListener("change", function () { onChange(name, box.checked); });
    lab.appendChild(box);
    if (color) { var sw = el("span", null, "kg-line"); sw.style.borderTopColor = color; lab.appendChild(sw); }
    lab.appendChild(document.createTextNode(label));
    parent.appendChild(lab);
    return box;
  }
  Object.keys(REL_COLORS).forEach(function (r) {
    checkbox($("kg-f-relation"), r, REL_NAMES[r], REL_COLORS[r], function (name, on) { state.relations[name] = on; refresh(); });
  });
  STATUSES.forEach(function (s) {
    checkbox($("kg-f-status"), s, s, null, function (name, on) { state.statuses[name] = on; refresh(); });
  });
  var outletSel = $("kg-f-outlet");
  Object.keys(data.sources).map(function (iri) { return [iri, data.sources[iri]]; })
    .sort(function (a, b) { return a[1].label.localeCompare(b[1].label); })
    .forEach(function (pair) {
      var o = el("option", pair[1].label + (pair[1].type && pair[1].type !== "NewsOutlet" ? " (" + pair[1].type + ")" : ""));
      o.value = pair[0];
      outletSel.appendChild(o);
    });
  outletSel.addEventListener("change", function () { state.outlet = outletSel.value; refresh(); });
  var dates = data.claims.map(function (c) { return c.date ? c.date.slice(0, 10) : ""; }).filter(Boolean).sort();
  if (dates.length) {
    ["kg-f-from", "kg-f-to"].forEach(function (id) { $(id).min = dates[0]; $(id).max = dates[dates.length - 1]; });
    $("kg-f-from").placeholder = dates[0]; $("kg-f-to").placeholder = dates[dates.length - 1];
  }
  $("kg-f-from").addEventListener("change", function () { state.from = $("kg-f-from").value; refresh(); });
  $("kg-f-to").addEventListener("change", function () { state.to = $("kg-f-to").value; refresh(); });
  $("kg-f-lang").addEventListener("change", function () {
    state.lang = $("kg-f-lang").value;
    nodesDS.update(data.nodes.map(function (n) { return { id: n.id, label: displayLabel(n), title: nodeTooltip(n) }; }));
  });
  $("kg-reset").addEventListener("click", function () {
    Array.prototype.forEach.call(document.querySelectorAll("#kg-filters input[type=checkbox]"), function (b) { b.checked = true; });
    Object.keys(state.relations).forEach(function (k) { state.relations[k] = true; });
    STATUSES.forEach(function (s) { state.statuses[s] = true; });
    state.outlet = state.from = state.to = "";
    outletSel.value = ""; $("kg-f-from").value = ""; $("kg-f-to").value = "";
    refresh();
  });
  $("kg-more").addEventListener("click", function () { state.limit = Math.min(state.limit + STEP, data.nodes.length); refresh(); });
  $("kg-all").addEventListener("click", function () { state.limit = Infinity; refresh(); });
  $("kg-toggle-panel").addEventListener("click", function () { document.body.classList.toggle("kg-side-hidden"); });

  // ---- legend and metrics -------------------------------------------------------------------
  var legend = $("kg-legend"), typesPresent = {};
  data.nodes.forEach(function (n) { typesPresent[n.type] = true; });
  Object.keys(NODE_COLORS).filter(function (t) { return typesPresent[t]; }).forEach(function (t) {
    var li = el("li"), sw = el("span", null, "kg-swatch");
    sw.style.background = NODE_COLORS[t];
    li.appendChild(sw); li.appendChild(document.createTextNode(TYPE_NAMES[t]));
    legend.appendChild(li);
  });
  Object.keys(REL_COLORS).forEach(function (r) {
    var li = el("li"), sw = el("span", null, "kg-line");
    sw.style.borderTopColor = REL_COLORS[r];
    li.appendChild(sw); li.appendChild(document.createTextNode(REL_NAMES[r]));
    legend.appendChild(li);
  });
  var li = el("li"), sw = el("span", null, "kg-line kg-dashed");
  sw.style.borderTopColor = DENIED_COLOR;
  li.appendChild(sw); li.appendChild(document.createTextNode("denied only 仅否认"));
  legend.appendChild(li);
  legend.appendChild(el("li", "⚠ conflicting reports 矛盾"));
  legend.appendChild(el("li", "edge width: independent outlets"));

  if (data.metrics && Object.keys(data.metrics).length) {
    $("kg-metrics-box").hidden = false;
    var box = $("kg-metrics");
    var orgs = Object.keys(data.metrics).filter(function (id) {
      return nodeById[id] && (nodeById[id].type === "Organization" || nodeById[id].type === "NewsOutlet");
    });
    ["degree", "betweenness"].forEach(function (metric) {
      var ranked = orgs.filter(function (id) { return typeof data.metrics[id][metric] === "number"; })
        .sort(function (a, b) { return data.metrics[b][metric] - data.metrics[a][metric]; }).slice(0, 10);
      if (!ranked.length) return;
      box.appendChild(el("h5", "Top organizations by " + metric));
      var ol = el("ol");
      ranked.forEach(function (id) {
        var item = el("li"), b = el("button", displayLabel(nodeById[id]));
        b.type = "button";
        b.addEventListener("click", function () { focusNode(id); });
        var v = data.metrics[id][metric], c = data.metrics[id].community;
        item.appendChild(b);
        item.appendChild(el("span", " " + (v % 1 ? v.toFixed(4) : v) + (c !== undefined && c !== null ? " · community " + c : ""), "kg-meta"));
        ol.appendChild(item);
      });
      box.appendChild(ol);
    });
  }

  refresh();

  // ---- public handle (tests, the server, the console) ---------------------------------------
  var api = {
    ready: false,
    network: network, nodes: nodesDS, edges: edgesDS, data: data, state: state,
    visibleEdgeCount: function () { return state.nVisibleEdges; },
    visibleNodeCount: function () { return state.nVisibleNodes; },
    isEdgeVisible: function (id) { return !!visibleEdges[id]; },
    isNodeVisible: function (id) { return !!visibleNodes[id]; },
    search: search, focus: focusNode, select: select,
    setRelation: function (r, on) {
      state.relations[r] = !!on;
      var box = document.querySelector('#kg-f-relation input[value="' + r + '"]');
      if (box) box.checked = !!on;
      refresh(); return state.nVisibleEdges;
    },
    panelText: function () { return $("kg-panel").textContent; },
    refresh: refresh
  };
  window.kgViewer = api;
  network.once("afterDrawing", function () {
    api.ready = true;
    document.documentElement.setAttribute("data-kg-ready", "true");
  });
})();
