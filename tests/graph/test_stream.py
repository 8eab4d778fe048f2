"""teia.graph.stream: sorted N-Quads and N-Triples written graph by graph are byte-identical to
the serialization of the whole Dataset, however the lines are cut into run files."""

from __future__ import annotations

import pytest

from teia.graph.builder import plan_graph
from teia.graph.io import serialize
from teia.graph.stream import stream_graphs, write_sorted_lines


@pytest.fixture(scope="module", params=["blank", "shipped"])
def built(request, blank_corpus_graph, corpus_graph):
    kg, out = blank_corpus_graph if request.param == "blank" else corpus_graph
    assert kg.extractions and kg.info is not None
    return kg


@pytest.mark.parametrize("run_lines", [500_000, 1_000, 1])
def test_streamed_lines_equal_the_whole_dataset(built, tmp_path, run_lines):
    plan = plan_graph(built.extractions, built.resolution, info=built.info)  # the build's default base
    nq, nt = tmp_path / "out" / "graph.nq", tmp_path / "out" / "graph.nt"
    write_sorted_lines(stream_graphs(plan, built.extractions), [(nq, "nquads"), (nt, "nt")], run_lines=run_lines)
    assert nq.read_text(encoding="utf-8") == serialize(built.dataset, "nquads")
    assert nt.read_text(encoding="utf-8") == serialize(built.dataset, "nt")
    assert sorted(p.name for p in nq.parent.iterdir()) == ["graph.nq", "graph.nt"]  # no run file left


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="not a line format: turtle"):
        write_sorted_lines([], [(tmp_path / "g.ttl", "turtle")])
