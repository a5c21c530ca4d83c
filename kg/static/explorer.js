// kg explorer: draws the graph kg.html embedded (positions already computed), with search,
// filters and a side panel that shows the facts behind a node or an edge, with evidence.
// Everything is built with textContent, never innerHTML: article text cannot inject markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var KIND_WORDS = { role: "holds a post at", investment: "invests in",
                     partnership: "works with", claim: "states" };
  var big = data.nodes.length > 600;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "style") node.style.cssText = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }
  function colour(type) { return data.palette[type] || "#cccccc"; }
  function short(text, n) { return text.length > n ? text.slice(0, n - 1) + "…" : text; }

  // --- the graph -----------------------------------------------------------------------------
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ group: "nodes", position: { x: n.x, y: n.y },
      data: { id: n.id, label: short(n.label, 40), type: n.type, colour: colour(n.type),
              size: 10 + 4 * Math.sqrt(n.degree) } });
  });
  data.edges.forEach(function (e) {
    elements.push({ group: "edges",
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind, fact: e.fact,
              label: short(e.label || e.kind, 40), colour: data.kinds[e.kind] || "#999",
              width: 1 + Math.min(4, Math.log2(e.support)) } });
  });
  var cy = cytoscape({
    container: document.getElementById("graph"),
    elements: elements,
    layout: { name: "preset", fit: true, padding: 30 },
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    motionBlur: false,
    minZoom: 0.02,
    maxZoom: 6,
    style: [
      { selector: "node", style: {
          "background-color": "data(colour)", width: "data(size)", height: "data(size)",
          label: "data(label)", "font-size": 9, "min-zoomed-font-size": 7,
          "text-valign": "bottom", "text-margin-y": 2, color: "#333",
          "border-width": 1, "border-color": "#fff" } },
      { selector: "edge", style: {
          width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle", "arrow-scale": 0.7,
          // straight-line "haystack" edges draw several times faster, but without arrows
          "curve-style": big ? "haystack" : "bezier",
          opacity: 0.75 } },
      { selector: "edge[kind = 'partnership']", style: { "target-arrow-shape": "none" } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0 } },
      { selector: "node.focus", style: { "border-width": 3, "border-color": "#222",
          "font-size": 12, "font-weight": "bold", "min-zoomed-font-size": 0, "z-index": 10 } },
      { selector: "edge.focus", style: { opacity: 1, label: "data(label)", "font-size": 9,
          "text-rotation": "autorotate", "text-background-color": "#fff",
          "text-background-opacity": 0.85, "z-index": 10 } },
      { selector: "edge.focus.picked", style: { width: 5 } }
    ]
  });
  if (data.centre) cy.getElementById(data.centre).addClass("focus");

  // --- the side panel ------------------------------------------------------------------------
  var panel = document.getElementById("panel");
  function factCard(index) {
    var fact = data.facts[index];
    var names = fact.parties.map(function (p) { return p.label; });
    var title = fact.kind === "claim" ? names.join(", ") + " " + KIND_WORDS.claim
      : names[0] + " " + (KIND_WORDS[fact.kind] || fact.kind) + " " + names.slice(1).join(", ");
    var card = el("section", { class: "fact" }, [
      el("h4", {}, [el("span", { class: "kind", text: fact.kind,
                                 style: "background:" + (data.kinds[fact.kind] || "#999") }),
                    document.createTextNode(title)]),
      fact.values.length ? el("div", { class: "value", text: fact.values.join(" / ") }) : null,
      el("div", { class: "support", text: "supported by " + fact.support + " article" +
        (fact.support === 1 ? "" : "s") + (fact.first ? ", first seen " + fact.first : "") +
        (fact.last && fact.last !== fact.first ? ", last seen " + fact.last : "") })
    ]);
    fact.statements.forEach(function (s) {
      var source = [s.file, s.date, s.publisher].filter(Boolean).join(" · ");
      if (s.speaker) source += " · said by " + s.speaker;
      if (s.stated) source += " · stated: " + s.stated + (s.period ? " (" + s.period + ")" : "");
      card.appendChild(el("div", { class: "statement" }, [
        el("blockquote", { text: s.evidence }), el("div", { class: "source", text: source })]));
    });
    return card;
  }
  function show(header, factIndexes) {
    panel.replaceChildren.apply(panel, header);
    var seen = {};
    factIndexes.filter(function (i) { return !seen[i] && (seen[i] = true); })
      .sort(function (a, b) { return data.facts[b].support - data.facts[a].support || a - b; })
      .forEach(function (i) { panel.appendChild(factCard(i)); });
    panel.scrollTop = 0;
  }
  function focus(collection) {
    cy.batch(function () {
      cy.elements().removeClass("focus picked").addClass("faded");
      collection.removeClass("faded").addClass("focus");
    });
  }
  function clear() {
    cy.elements().removeClass("faded focus picked");
    panel.replaceChildren(el("p", { class: "hint", text: "Click a node or an edge to see its facts." }));
  }
  function selectNode(node) {
    var n = data.nodes[+node.id().slice(1)];
    focus(node.closedNeighborhood());
    var meta = [n.type, n.aliases ? "also " + n.aliases : "", n.wikidata ? "Wikidata " + n.wikidata : ""];
    show([el("h3", { text: n.label }),
          el("p", { class: "meta", text: meta.filter(Boolean).join(" · ") }),
          el("p", { class: "meta", text: n.iri })],
         node.connectedEdges().map(function (e) { return e.data("fact"); }));
  }
  function selectEdge(edge) {
    focus(edge.union(edge.connectedNodes()));
    edge.addClass("picked");
    var fact = data.facts[edge.data("fact")];
    show([el("h3", { text: KIND_WORDS[fact.kind] ? fact.kind : "fact" }),
          el("p", { class: "meta", text: fact.iri })], [edge.data("fact")]);
  }
  cy.on("tap", "node", function (evt) { selectNode(evt.target); });
  cy.on("tap", "edge", function (evt) { selectEdge(evt.target); });
  cy.on("tap", function (evt) { if (evt.target === cy) clear(); });

  // --- search --------------------------------------------------------------------------------
  var names = data.nodes.map(function (n) {
    return [fold(n.label)].concat((n.aliases || "").split("; ").map(fold).filter(Boolean));
  });
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  function matches(query) {
    var q = fold(query), found = [];
    if (!q) return found;
    data.nodes.forEach(function (n, i) {
      var rank = 9;
      names[i].forEach(function (name) {
        if (name === q) rank = Math.min(rank, 0);
        else if (name.indexOf(q) === 0) rank = Math.min(rank, 1);
        else if (name.indexOf(" " + q) >= 0) rank = Math.min(rank, 2);
        else if (name.indexOf(q) > 0) rank = Math.min(rank, 3);
      });
      if (rank < 9 && !cy.getElementById(n.id).hasClass("hidden")) found.push([rank, n.label.length, i]);
    });
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return found.slice(0, 12).map(function (f) { return f[2]; });
  }
  function pick(index) {
    var node = cy.getElementById(data.nodes[index].id);
    results.hidden = true;
    search.value = data.nodes[index].label;
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
    selectNode(node);
  }
  search.addEventListener("input", function () {
    var found = matches(search.value);
    results.replaceChildren.apply(results, found.map(function (i, k) {
      var item = el("li", { class: k === 0 ? "active" : "" },
        [document.createTextNode(data.nodes[i].label + " "), el("small", { text: data.nodes[i].type })]);
      item.addEventListener("mousedown", function (evt) { evt.preventDefault(); pick(i); });
      return item;
    }));
    results.hidden = found.length === 0;
  });
  search.addEventListener("keydown", function (evt) {
    if (evt.key === "Enter") { var found = matches(search.value); if (found.length) pick(found[0]); }
    if (evt.key === "Escape") { results.hidden = true; }
  });
  search.addEventListener("blur", function () { results.hidden = true; });

  // --- filters -------------------------------------------------------------------------------
  function tally(items, key) {
    var out = {};
    items.forEach(function (item) { out[item[key]] = (out[item[key]] || 0) + 1; });
    return out;
  }
  var shownTypes = {}, shownKinds = {};
  function applyFilters() {
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass("hidden", !shownTypes[n.data("type")]); });
      cy.edges().forEach(function (e) { e.toggleClass("hidden", !shownKinds[e.data("kind")]); });
    });
    updateCounts();
  }
  function filterBox(container, counts, shown, swatchClass, swatchColour, name) {
    Object.keys(counts).sort().forEach(function (value) {
      shown[value] = true;
      var box = el("input", { type: "checkbox", checked: "", "data-filter": name, value: value });
      box.addEventListener("change", function () { shown[value] = box.checked; applyFilters(); });
      container.appendChild(el("label", {}, [box,
        el("span", { class: "swatch " + swatchClass, style: "background:" + swatchColour(value) }),
        el("span", { class: "name", text: value, title: value }),
        el("span", { class: "count", text: String(counts[value]) })]));
    });
  }
  filterBox(document.getElementById("type-filters"), tally(data.nodes, "type"), shownTypes, "",
            colour, "type");
  filterBox(document.getElementById("kind-filters"), tally(data.edges, "kind"), shownKinds,
            "kind-swatch", function (k) { return data.kinds[k] || "#999"; }, "kind");
  function updateCounts() {
    var shown = {}, all = {};
    cy.edges(":visible").forEach(function (e) { shown[e.data("fact")] = true; });
    data.edges.forEach(function (e) { all[e.fact] = true; });
    function n(x) { return x.toLocaleString("en"); }
    document.getElementById("counts").textContent =
      n(cy.nodes(":visible").length) + " of " + n(data.nodes.length) + " nodes, " +
      n(Object.keys(shown).length) + " of " + n(Object.keys(all).length) + " facts shown";
  }
  updateCounts();
  document.getElementById("fit").addEventListener("click", function () { cy.fit(undefined, 30); });
  if (data.notice) {
    var notice = document.getElementById("notice");
    notice.textContent = data.notice;
    notice.hidden = false;
    cy.resize();
  }

  // For tests and notebooks: the Cytoscape instance, and a flag set once the first frame is drawn.
  window.kg = { cy: cy, data: data, selectNode: selectNode, selectEdge: selectEdge };
  cy.one("render", function () {
    requestAnimationFrame(function () { window.kgReady = true; });
  });
  cy.forceRender();
})();
