"""The floors of the package and what each room may import (``docs/architecture.md``).

Read from the source with :mod:`ast`, every ``import`` counted, including those inside
functions: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "teia"

GROUND = ("teia.errors", "teia.records", "teia.timevalues", "teia.categories", "teia.folding")

#: room -> module prefixes it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    # the ground floor: the standard library and each other only
    **{m: ("teia.ontology", "teia.extract", "teia.graph", "teia.build", "teia.api", "teia.cli",
           "teia.eval", "rdflib", "spacy", "thinc", "networkx", "pyoxigraph", "dask", "distributed")
       for m in GROUND},
    "teia.ontology": ("teia.extract", "teia.graph", "teia.build", "teia.api", "teia.cli", "teia.eval", "spacy"),
    "teia.extract": ("rdflib", "teia.ontology", "teia.graph", "teia.build", "teia.api", "teia.cli", "teia.eval",
                     "pyoxigraph", "networkx", "dask", "distributed"),
    "teia.graph": ("spacy", "thinc", "teia.extract", "teia.build", "teia.api", "teia.cli", "teia.eval",
                   "dask", "distributed"),
    "teia.build": ("teia.api", "teia.cli", "teia.eval"),
    "teia.eval": ("teia.api", "teia.cli"),
    "teia.api": ("teia.cli", "teia.eval"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_in(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module the source of ``module`` imports (absolute names; relative ones resolved)."""
    here = module.split(".") if is_package else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(here[: len(here) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names if base.startswith("teia"))
    return found


def violations(module: str, source: str, is_package: bool = False) -> list[str]:
    """The imports of ``module`` its room forbids."""
    room = room_of(module)
    if room is None:
        return []
    return sorted(
        name for name in imports_in(source, module, is_package) for banned in FORBIDDEN[room]
        if within(name, banned) and not within(name, room)
    )


def room_of(module: str) -> str | None:
    for room in sorted(FORBIDDEN, key=len, reverse=True):
        if module == room or module.startswith(room + "."):
            return room
    return None


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_the_package_is_read():
    rooms = {room_of(module_name(p)) for p in SOURCES}
    assert set(FORBIDDEN) <= rooms  # every room has files: a renamed room fails here, not silently


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_import_direction(path):
    bad = violations(module_name(path), path.read_text(encoding="utf-8"), path.name == "__init__.py")
    assert not bad, f"{path.relative_to(PACKAGE.parent)} must not import {', '.join(bad)}"


def test_the_checker_sees_lazy_and_relative_imports():
    source = "def f():\n    from ..extract import records\n    import spacy.tokens\n"
    assert violations("teia.graph.probe", source) == ["spacy.tokens", "teia.extract", "teia.extract.records"]
    assert violations("teia.extract.probe", "import rdflib\nfrom teia.ontology import TEIA\n") == [
        "rdflib", "teia.ontology", "teia.ontology.TEIA",
    ]
    assert violations("teia.build.steps", "from teia.graph import io\nfrom teia.extract import records\n") == []


#: rooms whose modules import at the top only: an import hidden in a function to dodge a cycle
#: (``entities`` reading the relation mapping while the relation rules read ``entities``) is a
#: cycle kept, not broken; the package ``__init__`` importing nothing is what breaks it
TOP_IMPORTS_ONLY = ("teia.extract.entities", "teia.extract.events", "teia.extract.relations", "teia.extract.timex")



def imports_in_functions(source: str) -> set[str]:
    """The modules ``source`` imports inside a function (absolute names only)."""
    found: set[str] = set()
    for fn in ast.walk(ast.parse(source)):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(fn):
                if isinstance(node, ast.Import):
                    found.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom):
                    found.add(node.module or "")
    return found


@pytest.mark.parametrize(
    "path",
    [p for p in SOURCES if any(within(module_name(p), room) for room in TOP_IMPORTS_ONLY)],
    ids=lambda p: str(p.relative_to(PACKAGE.parent)),
)
def test_imports_at_the_top(path):
    lazy = imports_in_functions(path.read_text(encoding="utf-8"))
    assert not lazy, f"{path.relative_to(PACKAGE.parent)} imports {', '.join(sorted(lazy))} inside a function"


def test_the_top_import_check_sees_a_lazy_import():
    source = "import re\n\ndef f():\n    from teia.extract.relations.mapping import default_mapping\n    return default_mapping()\n"
    assert imports_in_functions(source) == {"teia.extract.relations.mapping"}
    assert imports_in_functions("from teia.extract.relations.mapping import default_mapping\n") == set()


def literal_dependency_labels(source: str) -> list[str]:
    """String literals ``source`` compares a token's ``dep_`` with, or asks ``dependents`` and
    ``has_dependent`` for: the labels belong to :mod:`teia.extract.labels`, named once."""
    found: list[str] = []

    def strings(node: ast.AST) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            return [s for elt in node.elts for s in strings(elt)]
        return []

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare) and any(
            isinstance(side, ast.Attribute) and side.attr == "dep_" for side in (node.left, *node.comparators)
        ):
            found += [s for side in (node.left, *node.comparators) for s in strings(side)]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("dependents", "has_dependent"):
            found += [s for arg in node.args[1:] for s in strings(arg)]
    return found


@pytest.mark.parametrize(
    "path",
    [p for p in SOURCES if within(module_name(p), "teia.extract") and module_name(p) != "teia.extract.labels"],
    ids=lambda p: str(p.relative_to(PACKAGE.parent)),
)
def test_dependency_labels_are_named(path):
    literals = literal_dependency_labels(path.read_text(encoding="utf-8"))
    assert not literals, f"{path.relative_to(PACKAGE.parent)} spells {', '.join(sorted(set(literals)))}: use teia.extract.labels"


def test_the_label_check_sees_a_literal():
    source = 'def f(t):\n    return t.dep_ in (OBL, "advcl") or has_dependent(t, ("cc",)) or t.pos_ == "VERB"\n'
    assert literal_dependency_labels(source) == ["advcl", "cc"]
    assert literal_dependency_labels("def f(t):\n    return t.dep_ == ADVCL\n") == []
