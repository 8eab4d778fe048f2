"""teia.graph.stream: sorted N-Quads and N-Triples written graph by graph are byte-identical to
the serialization of the whole Dataset, however the lines are cut into run files."""

from __future__ import annotations

import random

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

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


# --- N-Triples written from the sorted N-Quads -------------------------------------------

_CHARS = ["a", "b", " ", '"', "\\", "\n", "\r", "\t", "é", "ã", "\x00", "\x01", "\x0b", "\x1c", "\x85",
          "\u2028", "\U0001f600", ">", "<", "@", "^", ".", "'"]
_LANGS = [None, None, "pt", "en", "pt-BR"]
_TYPES = [None, *(URIRef(f"http://www.w3.org/2001/XMLSchema#{t}") for t in ("string", "integer", "dateTime"))]


def _random_graphs(rng: random.Random, n_graphs: int, n_triples: int) -> list:
    """Named graphs of random triples over a few subjects and predicates, with literals of the
    characters N-Triples escapes or not (quotes, backslashes, line breaks, tabs, control and
    non-ASCII characters), language tags and datatypes; some triples in several graphs."""
    subjects = [URIRef(f"http://x.org/s/{c}") for c in ("a", "a_b", "ã", "a.b", "ab")]
    predicates = [URIRef(f"http://x.org/p/{c}") for c in ("p", "p2", "q")]
    pool = []
    for _ in range(n_triples):
        text = "".join(rng.choice(_CHARS) for _ in range(rng.randint(0, 6)))
        lang = rng.choice(_LANGS)
        obj = (
            rng.choice(subjects)
            if rng.random() < 0.2
            else Literal(text, lang=lang) if lang else Literal(text, datatype=rng.choice(_TYPES))
        )
        pool.append((rng.choice(subjects), rng.choice(predicates), obj))
    # a literal and the same text with more after a space or a quote: lines one a prefix of another
    s, p = subjects[0], predicates[0]
    pool += [(s, p, Literal("a")), (s, p, Literal("a b")), (s, p, Literal('a" b')), (s, p, Literal("a", lang="pt")),
             (s, p, Literal("a\\")), (s, p, Literal("a\\ b")), (s, p, URIRef("http://x.org/o")), (s, p, URIRef("http://x.org/o/b"))]
    names = [URIRef(f"http://x.org/g/{i}") for i in range(n_graphs)]
    return [(name, set(rng.sample(pool, rng.randint(0, len(pool))))) for name in names]


def _rdflib_lines(graphs: list, fmt: str) -> str:
    """What rdflib's own serializer writes for the graphs, every line once, sorted."""
    ds, union = Dataset(), Graph()
    for name, triples in graphs:
        g = ds.graph(name)
        for t in triples:
            g.add(t)
            union.add(t)
    text = (ds if fmt == "nquads" else union).serialize(format=fmt, encoding="utf-8").decode("utf-8")
    return "".join(f"{line}\n" for line in sorted(set(text.split("\n"))) if line)


@pytest.mark.parametrize("seed", range(40))
def test_triples_from_the_quads_equal_rdflib(tmp_path, seed):
    rng = random.Random(seed)
    graphs = _random_graphs(rng, rng.randint(1, 4), rng.randint(1, 30))
    run_lines = rng.choice([500_000, 7, 1])
    nq, nt = tmp_path / "both" / "graph.nq", tmp_path / "both" / "graph.nt"
    counts = write_sorted_lines(graphs, [(nq, "nquads"), (nt, "nt")], run_lines=run_lines)
    alone_nt = tmp_path / "nt" / "graph.nt"
    write_sorted_lines(graphs, [(alone_nt, "nt")], run_lines=run_lines)
    expected_nt = _rdflib_lines(graphs, "nt")
    assert nt.read_bytes() == alone_nt.read_bytes() == expected_nt.encode("utf-8")
    assert nq.read_bytes() == _rdflib_lines(graphs, "nquads").encode("utf-8")
    assert counts == {nq: nq.read_bytes().count(b"\n"), nt: expected_nt.count("\n")}


@pytest.mark.parametrize("where", ["subject", "object", "graph"])
def test_a_lone_surrogate_in_any_term_of_one_triple_is_replaced_as_rdflib_does(tmp_path, where):
    # graph_lines checks each term once for what UTF-8 cannot encode: the term with the
    # surrogate may be an IRI, a literal or the graph's name, among triples without one
    bad = "http://x.org/\udc80"
    name = URIRef(bad if where == "graph" else "http://x.org/g")
    triples = {
        (URIRef("http://x.org/ação"), URIRef("http://x.org/p"), Literal("Lênin", lang="pt")),
        (URIRef(bad if where == "subject" else "http://x.org/s"), URIRef("http://x.org/p"), Literal("a\ud800b" if where == "object" else "ab")),
        (URIRef("http://x.org/s"), URIRef("http://x.org/q"), Literal(3)),
    }
    nq = tmp_path / "graph.nq"
    write_sorted_lines([(name, triples)], [(nq, "nquads")])
    assert nq.read_bytes() == _rdflib_lines([(name, triples)], "nquads").encode("utf-8")
    assert b"?" in nq.read_bytes() and "Lênin".encode("utf-8") in nq.read_bytes()
    with pytest.raises(UnicodeEncodeError):
        write_sorted_lines([(name, triples)], [(tmp_path / "b" / "graph.nq", "nquads"), (tmp_path / "b" / "graph.nt", "nt")])


def test_a_lone_surrogate_is_replaced_in_nquads_and_refused_with_ntriples(tmp_path):
    graph = (URIRef("http://x.org/g"), {(URIRef("http://x.org/s"), URIRef("http://x.org/p"), Literal("a\ud800b", lang="pt"))})
    nq = tmp_path / "graph.nq"
    write_sorted_lines([graph], [(nq, "nquads")])
    assert nq.read_bytes() == b'<http://x.org/s> <http://x.org/p> "a?b"@pt <http://x.org/g> .\n'  # as rdflib writes it
    for targets in ([(tmp_path / "t" / "graph.nt", "nt")], [(tmp_path / "b" / "graph.nq", "nquads"), (tmp_path / "b" / "graph.nt", "nt")]):
        with pytest.raises(UnicodeEncodeError):
            write_sorted_lines([graph], targets)
        assert not any(p.exists() for p, _ in targets)
