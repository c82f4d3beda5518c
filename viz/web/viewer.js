/*
 * The metoo-diffusion web viewer: draws a diffusion graph from /api/views/graph with sigma.js
 * (WebGL) over a graphology graph. Positions come precomputed from the server (x: time order,
 * y: tidy tree), so 50,000 nodes draw without a layout running in the browser. A time slider and
 * a play button replay the spread (nodes appear at the time they were posted); the search box
 * shows an account's influence path from the root (/api/views/path); the side panel lists the
 * cascade's metrics and top accounts and links to the PNG/SVG renders and the exports.
 */
(function () {
  "use strict";

  var PAGE = 25000;
  var PLAY_MS = 10000;
  // One style with the server's pictures: viz/web/style.json (palette and edge kinds), fetched at start.
  var STYLE = { groups: {}, groupLabels: {}, edges: {} };
  function colourOf(group) { return STYLE.groups[group] || "#999999"; }
  function edgeColourOf(kind) { return (STYLE.edges[kind] ? STYLE.edges[kind].colour : "#999999") + "66"; }

  // Retweet fans collapse into their post (counted) until the camera zooms in past this ratio.
  var RETWEETS_SHOWN_BELOW_RATIO = 0.35;
  var MINUTE = 60;
  // The pictures' axis: ln(1 + t/1 min) over the cascade's span (view.render.ElapsedAxis).
  var TICKS = [[0, "0"], [60, "1 min"], [600, "10 min"], [3600, "1 h"], [21600, "6 h"], [86400, "1 day"],
    [604800, "1 week"], [2592000, "1 month"], [15724800, "6 months"], [31536000, "1 year"],
    [157680000, "5 years"], [315360000, "10 years"]];

  var $ = function (id) { return document.getElementById(id); };
  var state = { graph: null, sigma: null, view: null, times: new Float64Array(0), roots: 0, cutoff: Infinity,
    path: null, playing: null, query: null };
  window.viewer = state;

  function params() {
    return {
      root: $("root").value.trim() || "milano",
      reconstruction: $("reconstruction").value,
      measure: $("measure").value,
      colour: $("colour").value,
      cap: $("cap").value || "50000"
    };
  }

  function query(p, extra) {
    var all = Object.assign({}, p, extra || {});
    return Object.keys(all).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(all[k]);
    }).join("&");
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          var error = new Error(body.detail || body.title || ("HTTP " + response.status));
          error.status = response.status;
          throw error;
        }
        return body;
      });
    });
  }

  function setStatus(text, isError) {
    $("status").textContent = text;
    $("status").className = isError ? "error" : "";
  }

  /** Loads every page of the view, then draws it. */
  function load() {
    stop();
    var p = params();
    state.query = p;
    document.body.dataset.state = "loading";
    setStatus("Loading " + p.root + "...");
    var graph = new graphology.Graph({ type: "directed", multi: false, allowSelfLoops: false });
    var first = null;
    function page(offset) {
      return fetchJson("/api/views/graph?" + query(p, { offset: offset, limit: PAGE })).then(function (view) {
        first = first || view;
        addPage(graph, view);
        setStatus("Loading " + p.root + ": " + graph.order.toLocaleString() + " of " +
          view.shownNodes.toLocaleString() + " nodes...");
        return view.hasMore ? page(offset + view.graph.nodes.length) : first;
      });
    }
    return page(0).then(function (view) {
      draw(graph, view);
      setStatus("Loaded " + graph.order.toLocaleString() + " nodes and " + graph.size.toLocaleString() +
        " edges of " + view.rootLabel + " (" + view.totalNodes.toLocaleString() + " in the cascade).");
      document.body.dataset.state = "ready";
    }).catch(function (error) {
      setStatus(error.message, true);
      document.body.dataset.state = "error";
    });
  }

  function addPage(graph, view) {
    var big = view.shownNodes > 5000;
    view.graph.nodes.forEach(function (n) {
      graph.addNode(n.id, {
        x: n.x, y: -n.y, order: n.x, size: (big ? 0.6 : 2) + n.size * (big ? 0.5 : 1.2), label: n.label,
        color: colourOf(n.group), time: Date.parse(n.time), account: n.account,
        accountId: n.accountId, group: n.group, score: n.score, depth: n.depth, kind: n.kind, retweets: 0
      });
    });
    view.graph.edges.forEach(function (e) {
      if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) {
        graph.addEdge(e.source, e.target, { kind: e.kind, color: edgeColourOf(e.kind), size: 0.6,
          time: Date.parse(e.time) });
        if (graph.getNodeAttribute(e.target, "kind") === "RETWEET") {
          graph.updateNodeAttribute(e.source, "retweets", function (n) { return n + 1; });
        }
      }
    });
  }

  function draw(graph, view) {
    if (state.sigma) {
      state.sigma.kill();
      state.sigma = null;
    }
    state.graph = graph;
    state.view = view;
    state.path = null;
    var times = [];
    graph.forEachNode(function (id, a) { if (a.depth > 0) { times.push(a.time); } });
    state.times = Float64Array.from(times).sort();
    state.roots = graph.order - times.length;
    elapsedPositions(graph);
    applyAxis();
    state.cutoff = Infinity;
    $("time").value = 1000;
    state.sigma = new Sigma(graph, $("graph"), {
      defaultEdgeType: "arrow",
      stagePadding: 80,
      renderEdgeLabels: false,
      hideEdgesOnMove: graph.order > 20000,
      labelRenderedSizeThreshold: graph.order > 5000 ? 9 : 4,
      zIndex: true,
      nodeReducer: reduceNode,
      edgeReducer: reduceEdge
    });
    state.sigma.on("clickNode", function (event) {
      var a = graph.getNodeAttributes(event.node);
      if (a.accountId) {
        $("account").value = a.account ? "@" + a.account : a.accountId;
        showPath();
      }
    });
    state.collapsed = collapsed();
    state.sigma.refresh();
    state.sigma.getCamera().on("updated", function () {
      if (collapsed() !== state.collapsed) {
        state.collapsed = collapsed();
        state.sigma.refresh();
      }
      drawAxis();
    });
    panel(view);
    updateTime();
    drawAxis();
  }

  function collapsed() {
    return state.sigma.getCamera().ratio > RETWEETS_SHOWN_BELOW_RATIO;
  }

  /** Each node's x on the pictures' axis: time since the root, logarithmic, 0..1000. */
  function elapsedPositions(graph) {
    var start = Infinity;
    var end = -Infinity;
    graph.forEachNode(function (id, a) {
      if (a.depth === 0) { start = Math.min(start, a.time); }
      end = Math.max(end, a.time);
    });
    if (!isFinite(start)) { start = end; }
    state.start = start;
    state.span = Math.log1p(Math.max(MINUTE, (end - start) / 1000) / MINUTE);
    graph.forEachNode(function (id, a) {
      graph.setNodeAttribute(id, "elapsedX", elapsedX(a.time));
    });
  }

  function elapsedX(time) {
    return 1000 * Math.log1p(Math.max(0, (time - state.start) / 1000) / MINUTE) / state.span;
  }

  function applyAxis() {
    var elapsed = $("xaxis").value === "elapsed";
    state.graph.forEachNode(function (id, a) {
      state.graph.setNodeAttribute(id, "x", elapsed ? a.elapsedX : a.order);
    });
    if (state.sigma) {
      state.sigma.refresh();
      drawAxis();
    }
  }

  /** Tick labels under the graph where the ticks fall at the current zoom (elapsed axis only). */
  function drawAxis() {
    var axis = $("axis");
    axis.innerHTML = "";
    if ($("xaxis").value !== "elapsed" || !state.sigma) {
      return;
    }
    var width = axis.clientWidth;
    var last = -Infinity;
    TICKS.forEach(function (tick) {
      var x = elapsedX(state.start + tick[0] * 1000);
      if (tick[0] > 0 && x > 1000.5) { return; }
      var px = state.sigma.graphToViewport({ x: x, y: 0 }).x;
      if (px < 0 || px > width || px - last < 50) { return; }
      last = px;
      var span = document.createElement("span");
      span.style.left = px + "px";
      span.textContent = tick[1];
      axis.appendChild(span);
    });
  }

  function reduceNode(node, data) {
    var res = Object.assign({}, data);
    if (data.depth > 0 && data.time > state.cutoff || hiddenRetweet(node, data)) {
      res.hidden = true;
      return res;
    }
    if (state.collapsed && data.retweets > 0) {
      res.size = data.size + Math.log2(1 + data.retweets);
      res.label = (data.label || "") + " (+" + data.retweets + " RT)";
    }
    if (state.path) {
      if (state.path.has(node)) {
        res.forceLabel = true;
        res.zIndex = 2;
        res.size = data.size + 3;
        res.highlighted = true;
      } else {
        res.color = "#e2e2e2";
        res.label = "";
        res.zIndex = 0;
      }
    }
    return res;
  }

  /** A retweet is folded into its post (counted there) while zoomed out, unless it is on the path shown. */
  function hiddenRetweet(node, data) {
    return state.collapsed && data.kind === "RETWEET" && !(state.path && state.path.has(node));
  }

  function reduceEdge(edge, data) {
    var res = Object.assign({}, data);
    var graph = state.graph;
    var target = graph.getNodeAttributes(graph.target(edge));
    if (target.time > state.cutoff || hiddenRetweet(graph.target(edge), target)) {
      res.hidden = true;
      return res;
    }
    if (state.path) {
      if (state.path.has(graph.source(edge)) && state.path.has(graph.target(edge))) {
        res.size = 3;
        res.color = "#222222";
        res.zIndex = 2;
      } else {
        res.color = "#eeeeee";
      }
    }
    return res;
  }

  /**
   * The slider (0..1000) walks through the posts in time order, as the x axis does: at 0 only the
   * root shows, at 500 the first half of the posts, at 1000 all of them. The label gives the time.
   */
  function updateTime() {
    var value = Number($("time").value);
    var times = state.times;
    var n = times.length;
    var shown = n;
    if (value >= 1000 || n === 0) {
      state.cutoff = Infinity;
    } else if (value <= 0) {
      state.cutoff = -Infinity;
      shown = 0;
    } else {
      shown = Math.max(1, Math.round(n * value / 1000));
      state.cutoff = times[shown - 1];
      while (shown < n && times[shown] <= state.cutoff) {
        shown++;
      }
    }
    var at = n === 0 ? NaN : state.cutoff === Infinity ? times[n - 1] : state.cutoff === -Infinity ? times[0] : state.cutoff;
    $("time-label").textContent = isFinite(at) ? new Date(at).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC")
      : "";
    var visible = shown + state.roots;
    $("visible-count").textContent = visible.toLocaleString() + " of " + state.graph.order.toLocaleString() + " nodes";
    $("visible-count").dataset.visible = visible;
    state.sigma.refresh();
  }

  function play() {
    if (state.playing) {
      stop();
      return;
    }
    var start = performance.now();
    var from = Number($("time").value) >= 1000 ? 0 : Number($("time").value);
    $("play").textContent = "\u275A\u275A Pause";
    function step(now) {
      var value = Math.min(1000, from + (now - start) / PLAY_MS * 1000);
      $("time").value = value;
      updateTime();
      if (value < 1000 && state.playing) {
        state.playing = requestAnimationFrame(step);
      } else {
        stop();
      }
    }
    state.playing = requestAnimationFrame(step);
  }

  function stop() {
    if (state.playing) {
      cancelAnimationFrame(state.playing);
    }
    state.playing = null;
    $("play").textContent = "\u25B6 Play";
  }

  function showPath() {
    var account = $("account").value.trim();
    if (!account || !state.query) {
      return;
    }
    $("path").innerHTML = "";
    $("path-note").textContent = "Tracing " + account + "...";
    $("path-note").className = "";
    var p = state.query;
    fetchJson("/api/views/path?" + query({ root: p.root, reconstruction: p.reconstruction, account: account,
      measure: p.measure, colour: p.colour })).then(function (view) {
      var ids = new Set(view.graph.nodes.map(function (n) { return n.id; }));
      state.path = ids;
      view.graph.nodes.forEach(function (n) {
        var li = document.createElement("li");
        li.dataset.id = n.id;
        li.textContent = n.label + " ";
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = (n.kind === "ROOT" ? "root" : n.kind.toLowerCase()) +
          (n.kind === "ROOT" ? "" : ", " + elapsedText(Date.parse(n.time) - Date.parse(view.graph.nodes[0].time)));
        kind.title = n.time.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");
        li.appendChild(kind);
        $("path").appendChild(li);
      });
      var missing = view.graph.nodes.filter(function (n) { return !state.graph.hasNode(n.id); }).length;
      $("path-note").textContent = (view.path.length - 1) + " hop(s) from " + view.rootLabel +
        (missing ? "; " + missing + " of its nodes fall outside the capped graph" : "") + ".";
      links();
      state.sigma.refresh();
    }).catch(function (error) {
      state.path = null;
      $("path-note").textContent = error.message;
      $("path-note").className = "error";
      state.sigma.refresh();
    });
  }

  function clearPath() {
    state.path = null;
    $("path").innerHTML = "";
    $("path-note").textContent = "";
    $("account").value = "";
    links();
    state.sigma.refresh();
  }

  function panel(view) {
    var m = view.metrics;
    var rows = [
      ["root", view.rootLabel], ["retweets", view.method], ["posts", m.posts], ["accounts", m.accounts],
      ["depth", m.depth], ["max breadth", m.maxBreadth],
      ["structural virality", m.structuralVirality.toFixed(3)],
      ["duration", duration(m.durationSeconds)],
      ["unconnected", m.unconnectedPosts], ["shown", view.shownNodes + " of " + view.totalNodes + " nodes"]
    ];
    var dl = $("metrics");
    dl.innerHTML = "";
    rows.forEach(function (row) {
      var dt = document.createElement("dt");
      dt.textContent = row[0];
      var dd = document.createElement("dd");
      dd.textContent = typeof row[1] === "number" ? row[1].toLocaleString() : row[1];
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    $("cap-rule").textContent = view.capRule || "";
    var top = $("top");
    top.innerHTML = "";
    view.topAccounts.forEach(function (a) {
      var li = document.createElement("li");
      li.textContent = (a.username ? "@" + a.username : a.accountId) + " - " + view.measure + " " +
        Math.round(a.score * 1000) / 1000 + ", " + a.posts + " post(s)";
      li.addEventListener("click", function () {
        $("account").value = a.username ? "@" + a.username : a.accountId;
        showPath();
      });
      top.appendChild(li);
    });
    var accounts = $("accounts");
    accounts.innerHTML = "";
    var seen = new Set();
    state.graph.forEachNode(function (id, a) {
      if (a.account && seen.size < 2000 && !seen.has(a.account)) {
        seen.add(a.account);
        var option = document.createElement("option");
        option.value = "@" + a.account;
        accounts.appendChild(option);
      }
    });
    var legend = $("legend");
    legend.innerHTML = "";
    var groups = new Set();
    state.graph.forEachNode(function (id, a) { groups.add(a.group); });
    Object.keys(STYLE.groups).filter(function (g) { return groups.has(g); }).forEach(function (g) {
      legend.appendChild(legendItem(colourOf(g), STYLE.groupLabels[g] || g.toLowerCase().replace("-", " ")));
    });
    var kinds = new Set();
    state.graph.forEachEdge(function (id, a) { kinds.add(a.kind); });
    Object.keys(STYLE.edges).filter(function (k) { return kinds.has(k); }).forEach(function (k) {
      legend.appendChild(legendItem(STYLE.edges[k].colour, STYLE.edges[k].label, "edge"));
    });
    var size = document.createElement("li");
    size.textContent = "size: " + view.measure + "; x: " + ($("xaxis").value === "elapsed"
      ? "time since the root (log)" : "order of the posts") + "; retweets folded into their post (+N RT) until zoomed in";
    legend.appendChild(size);
    links();
  }

  /** "+2 h 38 min", "+3 days 4 h": a hop's delay since the root, as the pictures write it. */
  function elapsedText(ms) {
    var s = Math.max(0, Math.round(ms / 1000));
    if (s < 60) { return "+" + s + " s"; }
    if (s < 3600) { return "+" + Math.floor(s / 60) + " min"; }
    if (s < 86400) {
      var m = Math.floor(s % 3600 / 60);
      return "+" + Math.floor(s / 3600) + " h" + (m ? " " + m + " min" : "");
    }
    if (s < 31536000) {
      var d = Math.floor(s / 86400);
      var h = Math.floor(s % 86400 / 3600);
      return "+" + d + (d === 1 ? " day" : " days") + (h ? " " + h + " h" : "");
    }
    var y = Math.floor(s / 31536000);
    return "+" + y + (y === 1 ? " year" : " years");
  }

  function legendItem(colour, text, shape) {
    var li = document.createElement("li");
    var swatch = document.createElement("span");
    swatch.className = shape === "edge" ? "swatch edge" : "swatch";
    swatch.style.background = colour;
    li.appendChild(swatch);
    li.appendChild(document.createTextNode(text));
    return li;
  }

  function duration(seconds) {
    if (seconds == null) {
      return "unknown";
    }
    return seconds < 2 * 86400 ? (seconds / 3600).toFixed(1) + " h" : (seconds / 86400).toFixed(1) + " days";
  }

  /** A post has one cascade, not a distribution of them: its size chart is the hashtag's. */
  function sizesRoot(root) {
    return /^(milano|post:|\d)/i.test(root.trim()) ? "#metoo" : root;
  }

  /** A chart in the side panel: a small PNG linking to the full-size one, and its SVG. */
  function chart(id, path, params, caption) {
    var figure = $(id);
    figure.querySelector("img").src = path + ".png?" + query(params, { width: 600, height: 450 });
    figure.querySelector("a").href = path + ".png?" + query(params);
    var text = figure.querySelector("figcaption");
    text.textContent = caption + " ";
    var svg = document.createElement("a");
    svg.href = path + ".svg?" + query(params);
    svg.textContent = "SVG";
    text.appendChild(svg);
  }

  function charts() {
    var p = state.query;
    chart("adoption-chart", "/api/views/adoption", { root: p.root, reconstruction: p.reconstruction, scale: "log" },
      "Adoption over time, " + p.root + " (log scale; click for full size):");
    var sizes = sizesRoot(p.root);
    chart("sizes-chart", "/api/views/cascade-sizes", { root: sizes },
      "Cascade size distribution, " + sizes + " (CCDF, log-log):");
  }

  function links() {
    if (!state.query) {
      return;
    }
    charts();
    var p = state.query;
    var base = { root: p.root, reconstruction: p.reconstruction, measure: p.measure, colour: p.colour };
    var account = state.path ? $("account").value.trim() : "";
    var withAccount = account ? Object.assign({ account: account }, base) : base;
    var items = [
      ["PNG render", "/api/views/render.png?" + query(withAccount)],
      ["SVG render", "/api/views/render.svg?" + query(withAccount)],
      ["GEXF (Gephi, dynamic)", "/api/views/export/gexf?" + query(withAccount, { cap: p.cap })],
      ["GraphML", "/api/views/export/graphml?" + query(withAccount, { cap: p.cap })],
      ["DOT (Graphviz)", "/api/views/export/dot?" + query(withAccount, { cap: p.cap })],
      ["Gephi nodes CSV", "/api/views/export/nodes.csv?" + query(withAccount, { cap: p.cap })],
      ["Gephi edges CSV", "/api/views/export/edges.csv?" + query(withAccount, { cap: p.cap })],
      ["JSON (this view)", "/api/views/graph?" + query(base, { cap: p.cap })]
    ];
    var ul = $("links");
    ul.innerHTML = "";
    items.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item[1];
      a.textContent = item[0] + (account && item[0].indexOf("JSON") < 0 ? " (path)" : "");
      li.appendChild(a);
      ul.appendChild(li);
    });
  }

  function init() {
    var search = new URLSearchParams(window.location.search);
    ["root", "reconstruction", "measure", "colour", "cap"].forEach(function (k) {
      if (search.has(k)) {
        $(k).value = search.get(k);
      }
    });
    $("controls").addEventListener("submit", function (e) { e.preventDefault(); load(); });
    $("xaxis").addEventListener("change", applyAxis);
    $("search").addEventListener("submit", function (e) { e.preventDefault(); showPath(); });
    $("clear-path").addEventListener("click", clearPath);
    $("time").addEventListener("input", function () { stop(); updateTime(); });
    $("play").addEventListener("click", play);
    fetch("style.json").then(function (response) { return response.json(); }).then(function (style) {
      STYLE = style;
      return load();
    }).then(function () {
      if (search.has("account")) {
        $("account").value = search.get("account");
        showPath();
      }
    });
  }

  init();
})();
