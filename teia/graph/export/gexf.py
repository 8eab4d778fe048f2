"""GEXF 1.3 export, the format Gephi reads best.

The file is streamed line by line (no DOM, no networkx writer) so that large graphs export
quickly and in little memory. What it holds:

- node ``label``; node attributes ``type``, ``aliases``, ``degree``, ``community``,
  ``first_date``, ``last_date``; ``viz:color`` by type and ``viz:size`` by degree;
- directed edges with ``label`` (the property's short name), ``weight`` (the number of
  supporting statements) and attributes ``property`` (full IRI) and ``confidence``;
- ``mode="dynamic"`` with ``timeformat="date"`` and ``start``/``end`` on every node and edge
  with known dates, so that Gephi's timeline filters by time.

The output is deterministic: same graph and options, same bytes.
"""

from __future__ import annotations

import os
from typing import Any, TextIO

from teia.graph.export.projection import Projection, as_projection
from teia.graph.export.writing import atomic_files, split_options, xml_attr, xml_text
from teia.graph.palette import rgb_of, size_of

__all__ = ["write_gexf", "NODE_ATTRIBUTES", "EDGE_ATTRIBUTES"]

UNDIRECTED = ' type="undirected"'
GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"

#: (id, title, GEXF type) of the declared node attributes.
NODE_ATTRIBUTES = (
    ("type", "type", "string"),
    ("aliases", "aliases", "string"),
    ("degree", "degree", "integer"),
    ("community", "community", "integer"),
    ("first_date", "first_date", "string"),
    ("last_date", "last_date", "string"),
    ("dbpedia", "dbpedia", "string"),
)
#: (id, title, GEXF type) of the declared edge attributes.
EDGE_ATTRIBUTES = (
    ("property", "property", "string"),
    ("confidence", "confidence", "double"),
)
#: declared only when the export carries co-occurrence edges
COOCCURRENCE_ATTRIBUTES = (
    ("first_sentence", "first_sentence", "string"),
    ("last_sentence", "last_sentence", "string"),
)

_WRITER_OPTIONS = ("dynamic", "description", "creator", "lastmodified", "viz")


def _num(x: float) -> str:
    text = repr(float(x))
    return text[:-2] if text.endswith(".0") else text


def write_gexf(graph: Any, path: str | os.PathLike[str], **options: Any) -> list[str]:
    """Write ``graph`` (an rdflib Graph/Dataset or a :class:`Projection`) as GEXF 1.3.

    Options: the projection's (``node_classes``, ``include_statements``,
    ``include_documents``, ``min_confidence``, ``communities``) and
    ``dynamic`` (default True: dates on nodes/edges when any are known),
    ``viz`` (default True: colours and sizes), ``creator`` (default "teia"),
    ``description``, ``lastmodified`` (an ISO date for ``meta/@lastmodifieddate``; none by
    default, to keep the output reproducible). Returns the path written.
    """
    proj_opts, own = split_options(options, _WRITER_OPTIONS, "gexf")
    proj = as_projection(graph, **proj_opts)
    with atomic_files(path) as (fh,):
        _write(proj, fh, **own)
    return [os.fspath(path)]


def _write(
    proj: Projection,
    fh: TextIO,
    *,
    dynamic: bool = True,
    viz: bool = True,
    creator: str = "teia",
    description: str | None = None,
    lastmodified: str | None = None,
) -> None:
    has_dates = any(n.first_date or n.last_date for n in proj.nodes) or any(
        e.start or e.end for e in proj.edges
    )
    dynamic = bool(dynamic and has_dates)
    w = fh.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w(f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" version="1.3">\n')
    meta_attr = f' lastmodifieddate="{xml_attr(str(lastmodified))}"' if lastmodified else ""
    w(f"  <meta{meta_attr}>\n")
    w(f"    <creator>{xml_text(creator)}</creator>\n")
    if description:
        w(f"    <description>{xml_text(description)}</description>\n")
    w("  </meta>\n")
    mode = ' mode="dynamic" timeformat="date"' if dynamic else ' mode="static"'
    w(f'  <graph defaultedgetype="directed"{mode}>\n')
    edge_decl = EDGE_ATTRIBUTES + (COOCCURRENCE_ATTRIBUTES if any(e.first_sentence for e in proj.edges) else ())
    for cls, decl in (("node", NODE_ATTRIBUTES), ("edge", edge_decl)):
        w(f'    <attributes class="{cls}" mode="static">\n')
        for aid, title, atype in decl:
            w(f'      <attribute id="{aid}" title="{title}" type="{atype}"/>\n')
        w("    </attributes>\n")

    w(f'    <nodes count="{len(proj.nodes)}">\n')
    buf: list[str] = []
    for n in proj.nodes:
        times = ""
        if dynamic:
            if n.first_date:
                times += f' start="{n.first_date}"'
            if n.last_date:
                times += f' end="{n.last_date}"'
        buf.append(
            f'      <node id="{xml_attr(n.id)}" label="{xml_attr(n.label)}"{times}>\n'
            "        <attvalues>\n"
            f'          <attvalue for="type" value="{xml_attr(n.type)}"/>\n'
            f'          <attvalue for="aliases" value="{xml_attr(n.aliases)}"/>\n'
            f'          <attvalue for="degree" value="{n.degree}"/>\n'
            f'          <attvalue for="community" value="{n.community}"/>\n'
        )
        if n.first_date:
            buf.append(f'          <attvalue for="first_date" value="{n.first_date}"/>\n')
        if n.last_date:
            buf.append(f'          <attvalue for="last_date" value="{n.last_date}"/>\n')
        if n.dbpedia:
            buf.append(f'          <attvalue for="dbpedia" value="{xml_attr(n.dbpedia)}"/>\n')
        buf.append("        </attvalues>\n")
        if viz:
            r, g, b = rgb_of(n.type)
            buf.append(
                f'        <viz:color r="{r}" g="{g}" b="{b}"/>\n'
                f'        <viz:size value="{_num(size_of(n.degree))}"/>\n'
            )
        buf.append("      </node>\n")
        if len(buf) > 4096:
            w("".join(buf))
            buf.clear()
    w("".join(buf))
    buf.clear()
    w("    </nodes>\n")

    w(f'    <edges count="{len(proj.edges)}">\n')
    for i, e in enumerate(proj.edges):
        times = ""
        if dynamic:
            if e.start:
                times += f' start="{e.start}"'
            if e.end:
                times += f' end="{e.end}"'
        buf.append(
            f'      <edge id="{i}" source="{xml_attr(e.source)}" target="{xml_attr(e.target)}"'
            f' label="{xml_attr(e.label)}" weight="{_num(e.weight)}"{times}'
            f"{UNDIRECTED if e.first_sentence else ''}>\n"
            "        <attvalues>\n"
            f'          <attvalue for="property" value="{xml_attr(e.property)}"/>\n'
            f'          <attvalue for="confidence" value="{_num(e.confidence)}"/>\n'
            + (
                f'          <attvalue for="first_sentence" value="{xml_attr(e.first_sentence)}"/>\n'
                f'          <attvalue for="last_sentence" value="{xml_attr(e.last_sentence)}"/>\n'
                if e.first_sentence
                else ""
            )
            + "        </attvalues>\n"
            "      </edge>\n"
        )
        if len(buf) > 4096:
            w("".join(buf))
            buf.clear()
    w("".join(buf))
    w("    </edges>\n")
    w("  </graph>\n")
    w("</gexf>\n")
