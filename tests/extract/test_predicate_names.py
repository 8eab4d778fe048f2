"""The property names the extraction code spells out are properties of the ontology.

Rules compare a found relation's predicate with names written in the code (``f.predicate ==
"participantIn"``, ``f.predicate in ROLE_PREDICATES``, the properties a gate checks). A misspelt
name would never match, and the rule or gate would silently do nothing, so every such name is
checked against ``teia.ttl``: the strings compared with a ``.predicate`` (directly, or through a
module-level set), and any lower camel-case string of the extraction code (how ``teia.ttl`` names
its properties), the DBpedia labels of the classifier's training data aside.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import teia.extract
from teia.extract.classifier.labels import RELATIONS
from teia.extract.relations.mapping import ontology_properties

EXTRACT = Path(teia.extract.__file__).parent
CAMEL = re.compile(r"[a-z]+(?:[A-Z][a-z]*)+")


def _strings(node: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _is_predicate(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "predicate"


def predicate_names(source: str) -> set[str]:
    """The strings a module compares with a ``.predicate``, and its camel-case strings."""
    tree = ast.parse(source)
    assigned: dict[str, ast.AST] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            assigned.update((t.id, node.value) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            assigned[node.target.id] = node.value
    found = {s for s in _strings(tree) if CAMEL.fullmatch(s)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        if not any(_is_predicate(s) for s in sides):
            continue
        for side in sides:
            if isinstance(side, ast.Name) and side.id in assigned:
                found |= _strings(assigned[side.id])
            elif not _is_predicate(side):
                found |= _strings(side)
    return found


def test_every_property_name_in_the_extraction_code_is_in_the_ontology():
    properties = ontology_properties()
    dbpedia = set(RELATIONS)  # the classifier's training labels, mapped onto teia's properties
    unknown = {
        (str(path.relative_to(EXTRACT)), name)
        for path in sorted(EXTRACT.rglob("*.py"))
        for name in predicate_names(path.read_text(encoding="utf-8"))
        if name not in properties and name not in dbpedia
    }
    assert not unknown, f"property names not declared in teia.ttl: {sorted(unknown)}"


def test_a_misspelt_name_is_found():
    source = (
        'ROLES = frozenset({"commanded", "lead"})\n'
        "def rule(found):\n"
        '    return [f for f in found if f.predicate in ROLES or f.predicate == "bornin"]\n'
        'NOTE = "keyPersonOff"\n'
    )
    names = predicate_names(source)
    assert {"commanded", "lead", "bornin", "keyPersonOff"} <= names
    assert {n for n in names if n not in ontology_properties()} == {"lead", "bornin", "keyPersonOff"}


def test_strings_not_compared_with_a_predicate_are_not_taken():
    source = 'LABELS = ("nsubj", "obj")\ndef f(tok):\n    return tok.dep_ in LABELS or tok.text == "de"\n'
    assert predicate_names(source) == set()
