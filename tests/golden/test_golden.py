"""The graph of two sample documents against a reviewed golden file, by graph isomorphism."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from rdflib import Dataset
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("regenerate_golden", HERE / "regenerate.py")
regenerate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(regenerate)


def graphs(ds: Dataset) -> dict[str, object]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def test_two_documents_match_the_golden_graph():
    built = regenerate.build().dataset
    golden = Dataset()
    golden.parse(regenerate.GOLDEN, format="trig")
    got, want = graphs(built), graphs(golden)
    assert sorted(got) == sorted(want), "named graphs differ"
    for name in want:
        if not isomorphic(got[name], want[name]):
            _, only_got, only_want = graph_diff(to_isomorphic(got[name]), to_isomorphic(want[name]))
            extra = sorted(t.n3() if hasattr(t, "n3") else str(t) for t in list(only_got)[:5])
            missing = sorted(str(t) for t in list(only_want)[:5])
            raise AssertionError(
                f"graph {name} differs from the golden file (regenerate with "
                f"`python tests/golden/regenerate.py` if the change is intended)\n"
                f"unexpected: {extra}\nmissing: {missing}"
            )
