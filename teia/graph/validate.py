"""Check a teia graph against the SHACL shapes of the ontology (``teia validate``).

:func:`validate` runs pyshacl with the shipped shapes (``teia/ontology/shapes.ttl``) and the
ontology as the ontology graph, so that ``sh:targetClass`` also reaches instances of
sub-classes. No RDFS inference is run: on a graph of 27,000 triples it took validation from
about 20 s to about 90 s, and the shapes are written for the asserted types (an inferred
``teia:Agent`` next to ``teia:Person`` would read as a second kind).

A :class:`~rdflib.Dataset` (one named graph per document plus the shared entity graph) is
validated as the union of its graphs: an entity's type and name live in the entity graph while
the statements about it live in the document graphs.

:func:`format_report` turns the result into a short text for people: one line per kind of
problem, with how many times it occurs and a few of the nodes concerned.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, NamespaceManager
from rdflib.term import BNode, Node

from teia.ontology.namespace import bind_prefixes, load_ontology, load_shapes

__all__ = ["Violation", "ValidationResult", "validate", "format_report", "MAX_EXAMPLES"]

MAX_EXAMPLES = 5
"""How many focus nodes :func:`format_report` lists for each kind of problem."""

_LANGUAGES = ("en", "pt")


class Violation(NamedTuple):
    """One SHACL result: the node at fault, the property path, the message and its severity.

    ``path`` is written with prefixes (``rdfs:label``, ``teia:place | teia:time``); it is
    empty for constraints on the node itself. ``severity`` is ``"Violation"``, ``"Warning"`` or
    ``"Info"``.
    """

    focus: Node
    path: str
    message: str
    severity: str


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """What :func:`validate` found."""

    conforms: bool
    violations: tuple[Violation, ...]
    text: str
    """pyshacl's own text report (complete but verbose)."""

    def __bool__(self) -> bool:  # a result is truthy when the graph conforms
        return self.conforms


def validate(
    graph: Graph | Dataset | str | os.PathLike[str],
    *,
    lang: str = "en",
) -> ValidationResult:
    """Validate ``graph`` against the teia shapes.

    ``graph`` is an rdflib graph or dataset, or the path of a graph file or of a
    ``teia build`` output folder (read with :func:`teia.graph.io.load_graph`). ``lang``
    chooses the language of the messages (``"en"`` or ``"pt"``).
    """
    # pyshacl is imported here: it is slow to import and only this command needs it.
    from pyshacl import validate as shacl_validate

    if lang not in _LANGUAGES:
        raise ValueError(f"lang must be one of {_LANGUAGES}, not {lang!r}")
    data = _union(_as_graph(graph))
    conforms, report, text = shacl_validate(
        data,
        shacl_graph=load_shapes(),
        ont_graph=load_ontology(),
        inference="none",
        allow_warnings=True,
    )
    if not isinstance(report, Graph):  # pyshacl could not run the shapes: a bug of ours
        raise RuntimeError(f"SHACL validation could not run: {text}")
    namespaces = bind_prefixes(Graph()).namespace_manager
    for prefix, namespace in data.namespaces():
        if prefix and prefix not in dict(namespaces.namespaces()):
            namespaces.bind(prefix, namespace, override=False)
    violations = tuple(
        sorted(
            (_violation(report, result, namespaces, lang) for result in _results(report)),
            key=lambda v: (v.severity, v.message, str(v.focus), v.path),
        )
    )
    return ValidationResult(conforms=bool(conforms), violations=violations, text=str(text))


def format_report(result: ValidationResult, *, max_examples: int = MAX_EXAMPLES) -> str:
    """A readable summary of ``result``: problems grouped by message, most frequent first."""
    if result.conforms and not result.violations:
        return "The graph conforms to the teia shapes: no problems found."
    groups: dict[tuple[str, str], list[Violation]] = defaultdict(list)
    for violation in result.violations:
        groups[(violation.severity, violation.message)].append(violation)
    focus_count = len({v.focus for v in result.violations})
    verdict, noun = ("conforms to", "remark") if result.conforms else ("does NOT conform to", "problem")
    lines = [
        f"The graph {verdict} the teia shapes: {len(result.violations)} "
        f"{_plural(len(result.violations), noun)} on {focus_count} "
        f"{_plural(focus_count, 'node')}, of {len(groups)} {_plural(len(groups), 'kind')}.",
    ]
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    for (severity, message), items in ordered:
        lines.append("")
        lines.append(f"[{severity}] {message} ({len(items)}×)")
        first_by_focus: dict[object, Violation] = {}
        for violation in items:
            first_by_focus.setdefault(violation.focus, violation)
        seen = list(first_by_focus.values())
        for violation in seen[:max_examples]:
            where = f"  ({violation.path})" if violation.path else ""
            lines.append(f"  - {_show(violation.focus)}{where}")
        if len(seen) > max_examples:
            lines.append(f"  … and {len(seen) - max_examples} more")
    return "\n".join(lines)


# --- helpers -----------------------------------------------------------------------------


def _as_graph(graph: Graph | Dataset | str | os.PathLike[str]) -> Graph:
    if isinstance(graph, Graph):
        return graph
    from teia.graph.io import load_graph  # the one reader of graph files and build folders

    return load_graph(graph)


def _union(graph: Graph) -> Graph:
    """The triples of every graph of a dataset, as one graph (a plain graph is returned as is)."""
    if not isinstance(graph, Dataset) and type(graph).__name__ != "ConjunctiveGraph":
        return graph
    union = Graph()
    for prefix, namespace in graph.namespaces():
        union.bind(prefix, namespace, override=False)
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _results(report: Graph) -> list[Node]:
    return list(report.subjects(RDF.type, SH.ValidationResult))


def _violation(report: Graph, result: Node, namespaces: NamespaceManager, lang: str) -> Violation:
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    severity = report.value(result, SH.resultSeverity)
    return Violation(
        focus=focus if focus is not None else BNode(),
        path=_path(report, path, namespaces) if path is not None else "",
        message=_message(report, result, lang),
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
    )


def _message(report: Graph, result: Node, lang: str) -> str:
    messages = [m for m in report.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    for wanted in (lang, None, "en"):
        for message in messages:
            if message.language == wanted:
                return str(message)
    if messages:
        return str(messages[0])
    component = report.value(result, SH.sourceConstraintComponent)
    return f"constraint {component} not satisfied"


def _path(report: Graph, path: Node, namespaces: NamespaceManager) -> str:
    """Write a SHACL property path compactly (predicates, alternatives, sequences, inverses)."""
    if isinstance(path, URIRef):
        return path.n3(namespaces)
    alternatives = report.value(path, SH.alternativePath)
    if alternatives is not None:
        return " | ".join(_path(report, p, namespaces) for p in Collection(report, alternatives))
    inverse = report.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path(report, inverse, namespaces)
    for keyword, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = report.value(path, keyword)
        if inner is not None:
            return _path(report, inner, namespaces) + suffix
    if report.value(path, RDF.first) is not None:
        return "/".join(_path(report, p, namespaces) for p in Collection(report, path))
    return str(path)


def _show(node: Node) -> str:
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        return node.n3()
    return f"_:{node}"


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"
