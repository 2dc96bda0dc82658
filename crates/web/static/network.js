// The network map: draws /c/{slug}/network.json with Cytoscape.js (vendored) at the positions
// the server computed (each cluster an island, people without ties in a corner), coloured by
// cluster or organization with the key's colours and shapes, sized by a chosen metric. Choosing
// a person or group, on the map or in the list, opens the side panel with their figures and
// what they mean. Groups stand for five or more people not shown by name. Its words come in the
// page's language from data-words ({n} and {c} stand for a number and a cluster), and numbers
// are written as that language writes them.
(function () {
  "use strict";
  var el = document.getElementById("network-map");
  if (!el || !window.cytoscape) return;
  var style = JSON.parse(el.dataset.style || "{}");
  var words = JSON.parse(el.dataset.words || "{}");
  var lang = document.documentElement.lang || "en";
  var plural = new Intl.PluralRules(lang);
  var colorBy = document.getElementById("color-by");
  var sizeBy = document.getElementById("size-by");
  var panel = document.getElementById("map-panel");
  var TIES_PER_NODE = 4;
  var LABELS = 15;

  fetch(el.dataset.src, { credentials: "same-origin" })
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(draw)
    .catch(function () { el.textContent = words.failed; });

  function keyStyle(k) {
    return { color: style.palette[k % style.palette.length],
      shape: style.shapes[Math.floor(k / style.palette.length) % style.shapes.length] };
  }

  function meaning(id) {
    var dd = document.getElementById(id);
    return dd ? dd.textContent.trim() : "";
  }

  function num(v, places) {
    return new Intl.NumberFormat(lang, { minimumFractionDigits: places, maximumFractionDigits: places }).format(v);
  }

  function fill(template, n, c) {
    return template.replace("{n}", n).replace("{c}", c);
  }

  // The same rounding as the server's words for time together.
  function hours(minutes) {
    var h = minutes / 60, forms = words.hoursOf, v, places = 0;
    if (h < 1) { forms = words.minutes; v = Math.round(Math.max(minutes, 0)); }
    else if (h < 10) { v = Math.round(h * 10) / 10; places = 1; }
    else v = Math.round(h);
    return fill(plural.select(v) === "one" ? forms.one : forms.other, num(v, places));
  }

  function groupLabel(n) {
    return n.cluster > 0 ? fill(words.groupLabelIn, num(n.size, 0), n.cluster) : fill(words.groupLabelSmaller, num(n.size, 0));
  }

  function text(tag, content, cls) {
    var e = document.createElement(tag);
    e.textContent = content;
    if (cls) e.className = cls;
    return e;
  }

  function draw(map) {
    var byId = {};
    map.nodes.forEach(function (n) { byId[n.id] = n; });
    // Draw each node's strongest ties only (the backbone); the downloads keep every tie.
    var incident = {};
    map.edges.forEach(function (e, i) {
      [e.source, e.target].forEach(function (n) { (incident[n] = incident[n] || []).push(i); });
    });
    var keep = {};
    Object.keys(incident).forEach(function (n) {
      incident[n].slice().sort(function (a, b) { return map.edges[b].weight - map.edges[a].weight; })
        .slice(0, TIES_PER_NODE).forEach(function (i) { keep[i] = true; });
    });
    var edges = map.edges.filter(function (e, i) { return keep[i]; });
    var maxWeight = edges.reduce(function (m, e) { return Math.max(m, e.weight); }, 1);
    // Islands as boxes named after their cluster; people without ties in their own box.
    var parents = {};
    map.nodes.forEach(function (n) {
      if (!incident[n.id]) parents[n.id] = "alone";
      else if (n.cluster > 0) parents[n.id] = "c" + n.cluster;
    });
    var boxes = {};
    Object.keys(parents).forEach(function (id) { boxes[parents[id]] = (boxes[parents[id]] || 0) + 1; });
    var elements = Object.keys(boxes).filter(function (b) { return boxes[b] > 1 || b === "alone"; })
      .map(function (b) {
        return { data: { id: "box-" + b, kind: "box", cluster: b === "alone" ? 0 : Number(b.slice(1)),
          label: b === "alone" ? words.alone : fill(words.cluster, "", b.slice(1)), color: "#999" } };
      });
    var boxed = {};
    elements.forEach(function (b) { boxed[b.data.id] = true; });
    elements = elements.concat(map.nodes.map(function (n) {
      var m = n.metrics || {};
      var parent = parents[n.id] && boxed["box-" + parents[n.id]] ? "box-" + parents[n.id] : undefined;
      return { group: "nodes", position: { x: n.x, y: n.y }, data: { id: n.id, parent: parent,
        label: n.kind === "group" ? groupLabel(n) : n.label, kind: n.kind, cluster: n.cluster, org: n.organization || "", size: n.size,
        strength: m.strength || 0, betweenness: m.betweenness || 0, ties: m.ties || 0, led: m.led || 0,
        color: style.grey, shape: "ellipse", px: 20, shown: "" } };
    })).concat(edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target, w: 0.5 + 4 * e.weight / maxWeight } };
    }));
    var cy = window.cytoscape({
      container: el,
      elements: elements,
      layout: { name: "preset", fit: true, padding: 16 },
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: true,
      style: [
        { selector: "node[kind != 'box']", style: { "background-color": "data(color)", shape: "data(shape)",
          width: "data(px)", height: "data(px)", label: "data(shown)", "font-size": 10, color: "#222",
          "text-valign": "bottom", "text-margin-y": 2, "text-background-color": "#fff",
          "text-background-opacity": 0.8, "text-background-padding": 1, "min-zoomed-font-size": 6 } },
        { selector: "node[kind = 'group']", style: { "background-opacity": 0.45, "border-width": 2,
          "border-color": "data(color)", "font-style": "italic" } },
        { selector: "node[kind = 'box']", style: { "background-color": "#f6f6f2", "background-opacity": 0.7,
          "border-width": 1, "border-style": "dashed", "border-color": "#c8c8c0", shape: "round-rectangle",
          label: "data(label)", "text-valign": "top", "text-halign": "center", "font-size": 12,
          color: "#555", padding: 10, "text-background-opacity": 0 } },
        { selector: "node:selected", style: { "border-width": 4, "border-color": "#111" } },
        { selector: "edge", style: { width: "data(w)", "line-color": "#9aa", opacity: 0.5, "curve-style": "haystack" } }
      ]
    });
    function restyle() {
      var by = sizeBy.value;
      var max = 0;
      cy.nodes("[kind = 'person']").forEach(function (n) { max = Math.max(max, n.data(by)); });
      var byOrg = colorBy.value === "organization";
      var ranked = cy.nodes("[kind = 'person']").sort(function (a, b) { return b.data(by) - a.data(by); });
      var named = {};
      ranked.slice(0, LABELS).forEach(function (n) { named[n.id()] = true; });
      cy.batch(function () {
        cy.nodes("[kind != 'box']").forEach(function (n) {
          var group = n.data("kind") === "group";
          var k = byOrg ? style.organizations.indexOf(n.data("org")) : n.data("cluster") - 1;
          var alone = !group && n.data("cluster") === 0;
          var s = k < 0 ? { color: style.grey, shape: alone ? "round-rectangle" : "ellipse" } : keyStyle(k);
          n.data("color", s.color);
          n.data("shape", s.shape);
          // The same sizes the server's layout leaves room for.
          n.data("px", group ? 20 + 8 * Math.sqrt(n.data("size")) : 10 + 14 * (max > 0 ? n.data(by) / max : 0));
          n.data("shown", group || named[n.id()] || n.selected() ? n.data("label") : "");
        });
      });
      document.querySelectorAll("#map-key [data-key]").forEach(function (k) {
        k.hidden = k.dataset.key !== (byOrg ? "organization" : "cluster");
      });
    }

    function show(id) {
      var n = byId[id];
      if (!n) return;
      cy.nodes().unselect();
      var node = cy.getElementById(id);
      node.select();
      var label = node.data("label");
      node.data("shown", label);
      panel.replaceChildren();
      panel.appendChild(text("h2", label)).id = "map-panel-heading";
      var dl = document.createElement("dl");
      dl.className = "facts";
      function row(name, value, meaningId) {
        dl.appendChild(text("dt", name));
        var dd = text("dd", value);
        if (meaningId) dd.appendChild(text("small", " " + meaning(meaningId), "meaning"));
        dl.appendChild(dd);
      }
      var tied = 0, weight = 0;
      map.edges.forEach(function (e) {
        if (e.source === id || e.target === id) { tied += e.ties; weight += e.weight; }
      });
      if (n.metrics) {
        var m = n.metrics;
        if (n.organization) row(words.organization, n.organization);
        row(words.clusterName, n.cluster > 0 ? fill(words.cluster, "", n.cluster) : words.clusterNone, "meaning-cluster");
        row(words.ties, num(m.ties, 0), "meaning-ties");
        row(words.hours, hours(m.strength), "meaning-hours");
        row(words.betweenness, num(m.betweenness, 3), "meaning-betweenness");
        row(words.constraint, isFinite(m.constraint) && m.constraint !== null ? num(m.constraint, 2) : "–", "meaning-constraint");
        row(words.led, num(m.led, 0), "meaning-led");
      } else {
        panel.appendChild(text("p", fill(n.cluster > 0 ? words.groupIn : words.groupSmaller, num(n.size, 0), n.cluster)));
        row(words.groupTies, num(tied, 0));
        row(words.groupHours, hours(weight), "meaning-hours");
      }
      panel.appendChild(dl);
      if (window.matchMedia("(max-width: 40rem)").matches) panel.scrollIntoView({ block: "start" });
      panel.focus({ preventScroll: true });
      panel.dataset.node = id;
    }

    cy.on("tap", "node[kind != 'box']", function (e) { show(e.target.id()); });
    cy.on("mouseover", "node[kind != 'box']", function (e) { e.target.data("shown", e.target.data("label")); });
    document.querySelectorAll("#map-list button[data-node]").forEach(function (b) {
      b.addEventListener("click", function () { show(b.dataset.node); });
    });
    colorBy.addEventListener("change", restyle);
    sizeBy.addEventListener("change", restyle);
    restyle();
    cy.fit(undefined, 16);
    var focus = new URLSearchParams(window.location.search).get("focus");
    if (focus) {
      var hit = map.nodes.filter(function (n) { return n.label === focus; })[0];
      if (hit) show(hit.id);
    }
    // For the browser test: where each node is on the screen, relative to the map element.
    el.dataset.nodes = String(cy.nodes("[kind != 'box']").length);
    el.dataset.edges = String(cy.edges().length);
    el.positions = function (id) { var p = cy.getElementById(id).renderedPosition(); return [p.x, p.y]; };
    el.dataset.ready = "true";
  }
})();
