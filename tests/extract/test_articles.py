"""The definite article is defined once, in ``teia.extract.articles``.

Three modules used to hold their own copy of ``{"o", "a", "os", "as"}``; this reads the
source of ``teia.extract`` and fails when a literal of that set (or of the fused forms)
appears anywhere else again.
"""

from __future__ import annotations

import ast
from pathlib import Path

from teia.extract import articles
from teia.extract.relations import syntax

EXTRACT = Path(articles.__file__).resolve().parent


def _string_collections(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and node.elts:
            if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
                yield node.lineno, frozenset(e.value for e in node.elts)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            yield node.lineno, frozenset(node.func.value.value.split())


def test_no_module_defines_the_articles_again():
    copies = []
    for path in sorted(EXTRACT.rglob("*.py")):
        if path == Path(articles.__file__).resolve():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, words in _string_collections(tree):
            if words in (articles.DEFINITE_ARTICLES, articles.FUSED_DEFINITE):
                copies.append(f"{path.relative_to(EXTRACT)}:{line}")
    assert not copies, "the definite article is teia.extract.articles's: " + ", ".join(copies)


def test_the_checker_finds_a_copy():
    tree = ast.parse('A = frozenset({"os", "o", "as", "a"})\nB = "do da dos das no na nos nas pelo pela pelos pelas ao à aos às".split()\n')
    found = [words for _, words in _string_collections(tree)]
    assert articles.DEFINITE_ARTICLES in found and articles.FUSED_DEFINITE in found


def test_the_relation_rules_see_the_same_sets():
    assert syntax.DEFINITE_ARTICLES is articles.DEFINITE_ARTICLES
    assert syntax.FUSED_DEFINITE is articles.FUSED_DEFINITE
    assert "o" in articles.DEFINITE_ARTICLES and "um" not in articles.DEFINITE_ARTICLES
    assert "pelas" in articles.FUSED_DEFINITE and "de" not in articles.FUSED_DEFINITE


def test_the_module_stands_alone():
    tree = ast.parse(Path(articles.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    }
    assert imported <= {"__future__"}
