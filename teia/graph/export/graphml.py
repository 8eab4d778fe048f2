"""GraphML export for Gephi, Cytoscape, yEd and any GraphML reader.

Every data key is declared with its ``attr.type`` (``string``, ``int`` or ``double``) so
that readers keep numbers as numbers. Nodes carry ``label``, ``type``, ``aliases``,
``degree``, ``community``, ``first_date``/``last_date`` when known and, for Gephi, ``r``,
``g``, ``b`` (colour by type, the GEXF palette) and ``size``; edges carry ``label``,
``property``, ``weight``, ``confidence`` and ``start``/``end`` when known.
The file is streamed and deterministic.
"""

from __future__ import annotations

import os
from typing import Any, TextIO

from teia.graph.export.projection import Projection, as_projection
from teia.graph.export.writing import atomic_files, split_options, xml_attr
from teia.graph.palette import rgb_of, size_of

__all__ = ["write_graphml", "NODE_KEYS", "EDGE_KEYS"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

#: (key id, attr.name, attr.type) of node data.
NODE_KEYS = (
    ("label", "label", "string"),
    ("type", "type", "string"),
    ("aliases", "aliases", "string"),
    ("degree", "degree", "int"),
    ("community", "community", "int"),
    ("first_date", "first_date", "string"),
    ("last_date", "last_date", "string"),
    ("dbpedia", "dbpedia", "string"),
    ("r", "r", "int"),
    ("g", "g", "int"),
    ("b", "b", "int"),
    ("size", "size", "double"),
)
#: (key id, attr.name, attr.type) of edge data.
EDGE_KEYS = (
    ("e_label", "label", "string"),
    ("property", "property", "string"),
    ("weight", "weight", "double"),
    ("confidence", "confidence", "double"),
    ("start", "start", "string"),
    ("end", "end", "string"),
)
#: declared only when the export carries co-occurrence edges
COOCCURRENCE_KEYS = (
    ("first_sentence", "first_sentence", "string"),
    ("last_sentence", "last_sentence", "string"),
)

_WRITER_OPTIONS = ("viz",)
UNDIRECTED = ' directed="false"'
"""Co-occurrence edges are undirected in a directed graph."""


def _num(x: float) -> str:
    text = repr(float(x))
    return text[:-2] if text.endswith(".0") else text


def write_graphml(graph: Any, path: str | os.PathLike[str], **options: Any) -> list[str]:
    """Write ``graph`` (an rdflib Graph/Dataset or a :class:`Projection`) as GraphML.

    Options: the projection's, and ``viz`` (default True: the ``r``/``g``/``b``/``size``
    keys). Returns the path written.
    """
    proj_opts, own = split_options(options, _WRITER_OPTIONS, "graphml")
    proj = as_projection(graph, **proj_opts)
    with atomic_files(path) as (fh,):
        _write(proj, fh, **own)
    return [os.fspath(path)]


def _write(proj: Projection, fh: TextIO, *, viz: bool = True) -> None:
    w = fh.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w(
        f'<graphml xmlns="{GRAPHML_NS}" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{GRAPHML_NS} {_SCHEMA}">\n'
    )
    node_keys = NODE_KEYS if viz else NODE_KEYS[:8]
    for kid, name, atype in node_keys:
        w(f'  <key id="{kid}" for="node" attr.name="{name}" attr.type="{atype}"/>\n')
    edge_keys = EDGE_KEYS + (COOCCURRENCE_KEYS if any(e.first_sentence for e in proj.edges) else ())
    for kid, name, atype in edge_keys:
        w(f'  <key id="{kid}" for="edge" attr.name="{name}" attr.type="{atype}"/>\n')
    w('  <graph id="teia" edgedefault="directed">\n')
    buf: list[str] = []
    for n in proj.nodes:
        buf.append(
            f'    <node id="{xml_attr(n.id)}">'
            f'<data key="label">{xml_attr(n.label)}</data>'
            f'<data key="type">{xml_attr(n.type)}</data>'
            f'<data key="aliases">{xml_attr(n.aliases)}</data>'
            f'<data key="degree">{n.degree}</data>'
            f'<data key="community">{n.community}</data>'
        )
        if n.first_date:
            buf.append(f'<data key="first_date">{n.first_date}</data>')
        if n.last_date:
            buf.append(f'<data key="last_date">{n.last_date}</data>')
        if n.dbpedia:
            buf.append(f'<data key="dbpedia">{xml_attr(n.dbpedia)}</data>')
        if viz:
            r, g, b = rgb_of(n.type)
            buf.append(
                f'<data key="r">{r}</data><data key="g">{g}</data><data key="b">{b}</data>'
                f'<data key="size">{_num(size_of(n.degree))}</data>'
            )
        buf.append("</node>\n")
        if len(buf) > 4096:
            w("".join(buf))
            buf.clear()
    for i, e in enumerate(proj.edges):
        buf.append(
            f'    <edge id="e{i}" source="{xml_attr(e.source)}" target="{xml_attr(e.target)}"'
            f"{UNDIRECTED if e.first_sentence else ''}>"
            f'<data key="e_label">{xml_attr(e.label)}</data>'
            f'<data key="property">{xml_attr(e.property)}</data>'
            f'<data key="weight">{_num(e.weight)}</data>'
            f'<data key="confidence">{_num(e.confidence)}</data>'
        )
        if e.start:
            buf.append(f'<data key="start">{e.start}</data>')
        if e.end:
            buf.append(f'<data key="end">{e.end}</data>')
        if e.first_sentence:
            buf.append(f'<data key="first_sentence">{xml_attr(e.first_sentence)}</data>')
            buf.append(f'<data key="last_sentence">{xml_attr(e.last_sentence)}</data>')
        buf.append("</edge>\n")
        if len(buf) > 4096:
            w("".join(buf))
            buf.clear()
    w("".join(buf))
    w("  </graph>\n</graphml>\n")
