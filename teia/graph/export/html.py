"""A single self-contained HTML page to explore the graph in a browser, offline.

The page inlines the vendored vis-network library (``static/vis-network.min.js``, version
:data:`VIS_NETWORK_VERSION`, MIT or Apache-2.0, licences next to it) and the graph itself as
JSON in a ``<script type="application/json">`` block, so it opens from disk with no network.
It offers a search box (label or alias, accents ignored), colours by type (the GEXF
palette, with a legend), and node tooltips with label, type, aliases, dates and up to three
evidence sentences. Node positions are computed here (:mod:`teia.graph.export.layout`), so the
drawing appears at once, with no physics to wait for; nodes without edges are gathered in
rows beneath it and can be hidden with a check box; the labels of the best connected nodes
(:data:`LABELLED_NODES`) are drawn large enough to read at the initial zoom. When the drawing
is done the page writes the number of drawn nodes on ``<body data-drawn-nodes="N">``, which
the tests read from a headless browser.
"""

from __future__ import annotations

import html
import json
import os
from functools import lru_cache
from importlib import resources
from typing import Any

from teia.graph.export.layout import layout
from teia.graph.export.projection import Projection, as_projection
from teia.graph.export.writing import atomic_files, split_options
from teia.graph.palette import TYPE_COLORS, color_of, size_of

__all__ = ["write_html", "VIS_NETWORK_VERSION", "page_data"]

VIS_NETWORK_VERSION = "10.1.5"
_WRITER_OPTIONS = ("title", "edge_labels", "max_nodes")

#: Browsers struggle to lay out more nodes than this; the page keeps the best connected.
DEFAULT_MAX_NODES = 3000

LABELLED_NODES = 15
"""How many of the best connected nodes have their labels drawn large."""


@lru_cache(maxsize=1)
def _vis_network_js() -> str:
    text = (resources.files("teia.graph.export") / "static" / "vis-network.min.js").read_text(
        encoding="utf-8"
    )
    lines = [ln for ln in text.splitlines() if not ln.startswith("//# sourceMappingURL=")]
    # nothing in an inline script may close it early
    return "\n".join(lines).replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _limit(proj: Projection, max_nodes: int | None) -> Projection:
    """The ``max_nodes`` nodes of highest degree (ties: smaller id) and the edges between them."""
    if max_nodes is None or len(proj.nodes) <= max_nodes:
        return proj
    kept = sorted(proj.nodes, key=lambda n: (-n.degree, n.id))[: max(0, int(max_nodes))]
    ids = {n.id for n in kept}
    return Projection(
        nodes=[n for n in proj.nodes if n.id in ids],
        edges=[e for e in proj.edges if e.source in ids and e.target in ids],
    )


def page_data(proj: Projection, *, total_nodes: int | None = None) -> dict[str, Any]:
    """The JSON document embedded in the page."""
    types = proj.types
    positions = layout([n.id for n in proj.nodes], [(e.source, e.target) for e in proj.edges])
    linked = {e.source for e in proj.edges} | {e.target for e in proj.edges}
    ranked = sorted((n for n in proj.nodes if n.id in linked), key=lambda n: (-n.degree, n.id))
    top = {n.id for n in ranked[:LABELLED_NODES]}
    return {
        "total_nodes": len(proj.nodes) if total_nodes is None else total_nodes,
        "types": {t: color_of(t) for t in types},
        "nodes": [
            {
                "id": n.id,
                "label": n.label,
                "type": n.type,
                "aliases": n.aliases,
                "degree": n.degree,
                "community": n.community,
                "size": size_of(n.degree),
                "first_date": n.first_date,
                "last_date": n.last_date,
                "evidence": n.evidence,
                "x": positions[n.id][0],
                "y": positions[n.id][1],
                "isolated": n.id not in linked,
                "top": n.id in top,
            }
            for n in proj.nodes
        ],
        "edges": [
            {
                "source": e.source,
                "target": e.target,
                "label": e.label,
                "property": e.property,
                "weight": e.weight,
                "confidence": e.confidence,
                "start": e.start,
                "end": e.end,
                **({"first_sentence": e.first_sentence, "last_sentence": e.last_sentence} if e.first_sentence else {}),
            }
            for e in proj.edges
        ],
    }


def _json_for_script(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # "<" never appears raw, so neither "</script" nor "<!--" can end the block early;
    # U+2028/U+2029 are escaped for old JavaScript parsers
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def write_html(graph: Any, path: str | os.PathLike[str], **options: Any) -> list[str]:
    """Write ``graph`` (an rdflib Graph/Dataset or a :class:`Projection`) as one HTML page.

    Options: the projection's (``max_evidence`` too, default 3), ``title`` (default
    "teia"), ``edge_labels`` (draw property names on edges; default: only up to 300 edges),
    ``max_nodes`` (default 3000: larger graphs keep their best connected nodes and say so
    on the page; ``None`` keeps all).
    Returns the path written.
    """
    proj_opts, own = split_options(options, _WRITER_OPTIONS, "html")
    proj = as_projection(graph, **proj_opts)
    title = str(own.get("title") or "teia")
    total = len(proj.nodes)
    proj = _limit(proj, own.get("max_nodes", DEFAULT_MAX_NODES))
    edge_labels = own.get("edge_labels")
    if edge_labels is None:
        edge_labels = len(proj.edges) <= 300
    page = _PAGE.format(
        title=html.escape(title),
        css=_CSS,
        vis=_vis_network_js(),
        data=_json_for_script(page_data(proj, total_nodes=total)),
        settings=_json_for_script({"edgeLabels": bool(edge_labels), "other": "#999999",
                                   "palette": TYPE_COLORS}),
        app=_APP_JS,
    )
    with atomic_files(path) as (fh,):
        fh.write(page)
    return [os.fspath(path)]


_CSS = """
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; font-size: 14px; }
body { display: flex; flex-direction: column; }
header { display: flex; gap: 12px; align-items: center; padding: 8px 12px;
         border-bottom: 1px solid #ddd; flex-wrap: wrap; }
header h1 { font-size: 16px; margin: 0; }
#search { width: 260px; padding: 4px 8px; }
#status { color: #555; }
#legend { display: flex; flex-wrap: wrap; gap: 8px; }
#legend span.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%;
         margin-right: 4px; vertical-align: middle; border: 1px solid #0003; }
#graph { flex: 1; min-height: 300px; }
.tip { max-width: 420px; white-space: normal; font-size: 13px; }
.tip .type { color: #555; }
.tip ul { margin: 4px 0 0 0; padding-left: 18px; }
.tip li { margin-bottom: 2px; font-style: italic; }
"""

_APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("teia-data").textContent);
  var settings = JSON.parse(document.getElementById("teia-settings").textContent);
  var colorOf = function (t) { return data.types[t] || settings.palette[t] || settings.other; };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function tooltip(n) {
    var box = el("div", "tip");
    box.appendChild(el("strong", "", n.label));
    box.appendChild(el("div", "type", n.type));
    if (n.aliases) box.appendChild(el("div", "", "Também: " + n.aliases));
    if (n.first_date || n.last_date)
      box.appendChild(el("div", "", (n.first_date || "?") + " – " + (n.last_date || "?")));
    if (n.evidence && n.evidence.length) {
      var ul = el("ul");
      n.evidence.slice(0, 3).forEach(function (s) { ul.appendChild(el("li", "", s)); });
      box.appendChild(ul);
    }
    return box;
  }
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var legend = document.getElementById("legend");
  Object.keys(data.types).sort().forEach(function (t) {
    var item = el("span");
    var sw = el("span", "swatch");
    sw.style.background = colorOf(t);
    item.appendChild(sw);
    item.appendChild(document.createTextNode(t));
    legend.appendChild(item);
  });

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, title: tooltip(n), size: n.size,
             color: colorOf(n.type), shape: "dot", x: n.x, y: n.y,
             font: n.top ? { size: 24, strokeWidth: 5, strokeColor: "#ffffff", color: "#111111" }
                         : { size: 11, color: "#444444" } };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return { id: i, from: e.source, to: e.target, arrows: "to",
             label: settings.edgeLabels ? e.label : undefined,
             title: e.label + " (peso " + e.weight + ", confiança " + e.confidence + ")",
             width: 1 + Math.log(e.weight), color: { color: "#bbbbbb", highlight: "#555555" } };
  }));
  // positions come with the data: no physics, the drawing is there at once
  var network = new vis.Network(document.getElementById("graph"),
    { nodes: nodes, edges: edges },
    { layout: { improvedLayout: false, randomSeed: 42 },
      physics: false,
      interaction: { hover: true, tooltipDelay: 150 },
      edges: { font: { size: 10, color: "#666666", strokeWidth: 2 }, smooth: false } });

  var isolated = data.nodes.filter(function (n) { return n.isolated; })
                           .map(function (n) { return n.id; });
  var toggle = document.getElementById("isolated");
  document.getElementById("isolated-count").textContent = String(isolated.length);
  if (!isolated.length) toggle.parentNode.style.display = "none";
  toggle.addEventListener("change", function () {
    nodes.update(isolated.map(function (id) { return { id: id, hidden: !toggle.checked }; }));
    network.fit();
  });
  var reported = false;
  network.on("afterDrawing", function () {
    if (reported) return;
    reported = true;
    document.body.setAttribute("data-drawn-nodes", String(network.body.nodeIndices.length));
  });

  var status = document.getElementById("status");
  var summary = data.nodes.length + " nós, " + data.edges.length + " arestas";
  if (data.total_nodes > data.nodes.length)
    summary = data.nodes.length + " de " + data.total_nodes + " nós (os mais ligados), " +
              data.edges.length + " arestas";
  status.textContent = summary;
  var index = data.nodes.map(function (n) {
    return { id: n.id, text: fold(n.label + " " + n.aliases) };
  });
  document.getElementById("search").addEventListener("input", function (ev) {
    var q = fold(ev.target.value.trim());
    if (!q) { network.unselectAll(); status.textContent = summary; return; }
    var hits = index.filter(function (x) { return x.text.indexOf(q) >= 0; })
                    .map(function (x) { return x.id; });
    network.selectNodes(hits);
    status.textContent = hits.length + " encontrados";
    if (hits.length) network.focus(hits[0], { scale: 1.2, animation: true });
  });
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="pt">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="teia (vis-network """ + VIS_NETWORK_VERSION + """)">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<input id="search" type="search" placeholder="Procurar entidade…" autocomplete="off">
<span id="status"></span>
<label><input id="isolated" type="checkbox" checked> nós sem ligações (<span id="isolated-count"></span>)</label>
<div id="legend"></div>
</header>
<div id="graph"></div>
<script type="application/json" id="teia-data">{data}</script>
<script type="application/json" id="teia-settings">{settings}</script>
<script>
{vis}
</script>
<script>{app}</script>
</body>
</html>
"""
