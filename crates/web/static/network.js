// The network map: draws /c/{slug}/network.json with Cytoscape.js (vendored), coloured by
// cluster or organization and sized by a chosen metric. Groups stand for five or more people.
(function () {
  "use strict";
  var el = document.getElementById("network-map");
  if (!el || !window.cytoscape) return;
  var palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
    "#a6761d", "#1f78b4", "#b2df8a", "#fb9a99", "#cab2d6", "#ff7f00"];
  var colorBy = document.getElementById("color-by");
  var sizeBy = document.getElementById("size-by");
  var legend = document.getElementById("map-legend");
  var TIES_PER_NODE = 4;
  var LABELS = 20;

  fetch(el.dataset.src, { credentials: "same-origin" })
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(draw)
    .catch(function () { el.textContent = "The map could not be loaded; the table below has the same data."; });

  function draw(map) {
    var orgs = [];
    map.nodes.forEach(function (n) {
      if (n.organization && orgs.indexOf(n.organization) < 0) orgs.push(n.organization);
    });
    // Draw each node's strongest ties only (the backbone), so dense sessions do not become a
    // hairball; the table and the downloads keep every tie.
    var best = {};
    map.edges.forEach(function (e, i) {
      [e.source, e.target].forEach(function (n) { (best[n] = best[n] || []).push(i); });
    });
    var keep = {};
    Object.keys(best).forEach(function (n) {
      best[n].sort(function (a, b) { return map.edges[b].weight - map.edges[a].weight; })
        .slice(0, TIES_PER_NODE).forEach(function (i) { keep[i] = true; });
    });
    var edges = map.edges.filter(function (e, i) { return keep[i]; });
    var maxWeight = edges.reduce(function (m, e) { return Math.max(m, e.weight); }, 1);
    var elements = map.nodes.map(function (n) {
      var m = n.metrics || {};
      return { data: { id: n.id, label: n.label, kind: n.kind, cluster: n.cluster,
        org: n.organization || "", size: n.size, strength: m.strength || 0,
        betweenness: m.betweenness || 0, ties: m.ties || 0, led: m.led || 0,
        color: "#888", px: 10, shown: "" } };
    }).concat(edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target,
        w: 0.5 + 5 * e.weight / maxWeight } };
    }));
    var cy = window.cytoscape({
      container: el,
      elements: elements,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        { selector: "node", style: { "background-color": "data(color)", width: "data(px)",
          height: "data(px)", label: "data(shown)", "font-size": 9, color: "#222",
          "text-valign": "bottom", "text-margin-y": 2 } },
        { selector: "node[kind = 'group']", style: { "background-opacity": 0.35,
          "border-width": 2, "border-color": "data(color)", "font-style": "italic" } },
        { selector: "edge", style: { width: "data(w)", "line-color": "#9aa", opacity: 0.6,
          "curve-style": "haystack" } }
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000,
        idealEdgeLength: 60 }
    });
    function restyle() {
      var by = sizeBy.value;
      var max = 0;
      cy.nodes("[kind = 'person']").forEach(function (n) { max = Math.max(max, n.data(by)); });
      var byOrg = colorBy.value === "organization";
      // Names on the groups and on the people largest by the chosen metric; all on hover.
      var ranked = cy.nodes("[kind = 'person']").sort(function (a, b) { return b.data(by) - a.data(by); });
      var named = {};
      ranked.slice(0, LABELS).forEach(function (n) { named[n.id()] = true; });
      cy.batch(function () {
        cy.nodes().forEach(function (n) {
          var group = n.data("kind") === "group";
          var key = byOrg ? orgs.indexOf(n.data("org")) : n.data("cluster") - 1;
          n.data("color", key < 0 ? "#888" : palette[key % palette.length]);
          n.data("px", group ? 14 + 4 * Math.sqrt(n.data("size"))
            : 8 + 22 * (max > 0 ? n.data(by) / max : 0));
          n.data("shown", group || named[n.id()] ? n.data("label") : "");
        });
      });
      legend.textContent = byOrg
        ? "Colours: " + orgs.map(function (o, i) { return o + " (" + ["green", "orange", "purple", "pink", "light green", "yellow", "brown", "blue"][i % 8] + ")"; }).join(", ") + "; groups mixing organizations are grey."
        : "Colours: one per cluster (groups of people who worked together most).";
    }
    cy.on("mouseover tap", "node", function (e) { e.target.data("shown", e.target.data("label")); });
    colorBy.addEventListener("change", restyle);
    sizeBy.addEventListener("change", restyle);
    restyle();
    cy.fit(undefined, 20);
    el.dataset.nodes = String(cy.nodes().length);
    el.dataset.edges = String(cy.edges().length);
    el.dataset.ready = "true";
  }
})();
