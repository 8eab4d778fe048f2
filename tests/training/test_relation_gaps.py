"""``training/relation_gaps.py``: the gaps between names of a sentence, on a hand-built parse
(no dependency on /work/shared/data)."""

from __future__ import annotations

import argparse

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc

from teia.records import Entity, Evidence, Mention, Relation


@pytest.fixture(scope="module")
def gaps(training_module):
    return training_module("relation_gaps")


def _doc():
    # "Ana Reis, da Fiesp, e Rui Melo visitaram Recife ."
    words = ["Ana", "Reis", ",", "da", "Fiesp", ",", "e", "Rui", "Melo", "visitaram", "Recife", "."]
    heads = [9, 0, 4, 4, 0, 7, 7, 0, 7, 9, 9, 9]
    deps = ["nsubj", "flat:name", "punct", "case", "nmod", "punct", "cc", "conj", "flat:name", "ROOT", "obj", "punct"]
    lemmas = [w.lower() for w in words]
    lemmas[9] = "visitar"
    doc = Doc(spacy.blank("pt").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, sent_starts=[True] + [False] * 11)
    return doc


def _entity(eid, label, typ, doc, start, end):
    span = doc[start:end]
    return Entity(eid, label, typ, mentions=(Mention("d", span.start_char, span.end_char, label, typ),))


def test_slices_are_section_and_sentence_range(gaps) -> None:
    assert gaps.parse_slice("br:2200-3400") == ("br", 2200, 3400)
    with pytest.raises(argparse.ArgumentTypeError):
        gaps.parse_slice("br:3400-2200")


def test_neighbouring_names_no_statement_relates_are_gaps(gaps) -> None:
    doc = _doc()
    ents = [
        _entity("e0", "Ana Reis", "PER", doc, 0, 2),
        _entity("e1", "Fiesp", "ORG", doc, 4, 5),
        _entity("e2", "Rui Melo", "PER", doc, 7, 9),
        _entity("e3", "Recife", "LOC", doc, 10, 11),
    ]
    ev = Evidence("d", 0, len(doc.text), doc.text, 0, 0, 0, 8, 13, 18)
    related = [Relation("e0", "memberOf", "e1", ev, "genitive", 0.8)]
    found = {(ls.text, rs.text): (pair, between, path, rel) for _, ls, rs, pair, between, _, path, rel in gaps.sentence_gaps(doc, ents, related)}
    assert found[("Ana Reis", "Fiesp")][3] is True  # a statement relates them: counted as covered
    assert found[("Ana Reis", "Fiesp")][1] == ", da"
    assert found[("Fiesp", "Rui Melo")][:2] == ("ORG PER", ", e")
    # one mention between them: its category stands in its place
    assert found[("Ana Reis", "Rui Melo")][1] == ", da [ORG] , e"
    assert found[("Ana Reis", "Rui Melo")][2] == "conjv"
    assert found[("Rui Melo", "Recife")][2] == "conj^ nsubj^ visitar objv"
    assert ("Ana Reis", "Recife") not in found  # two mentions between them


def test_constructions_are_coarse_classes(gaps) -> None:
    assert gaps.construction("LOC LOC", ", e", "conjv", "na Austrália, EUA e Reino Unido").startswith("a list of names")
    assert gaps.construction("ORG ORG", "(", "apposv", "a Unicamp (Universidade Estadual de Campinas)").startswith("acronym")
    assert gaps.construction("PER LOC", "(", "apposv", "Ney Lopes (RN)").startswith("a politician's state")
    assert gaps.construction("LOC LOC", "( 0 km de", "apposv nmodv", "Taguatinga (22 km de Brasília)").startswith("a distance")
    assert gaps.construction("ORG PER", ",", "apposv", "o gerente financeiro da Telesp, Marivaldo Andriolo").startswith("names side by side")


def test_a_wikipedia_slice_reads_dbpedia_sentences(gaps, tmp_path) -> None:
    import gzip
    import json

    (tmp_path / "dbpedia-pt").mkdir()
    lines = [{"sentence": f"Frase {k} sobre Lisboa."} for k in range(5)]
    with gzip.open(tmp_path / "dbpedia-pt" / "relations.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("".join(json.dumps(line) + "\n" for line in lines))
    assert gaps.slice_sentences(tmp_path, "wp", 1, 3) == ["Frase 1 sobre Lisboa.", "Frase 2 sobre Lisboa."]
    # the file a wp slice needs is missing: one error line naming it
    with pytest.raises(SystemExit, match=r"relations\.jsonl\.gz not found"):
        gaps.main(["--data", str(tmp_path / "nothing"), "--slice", "wp:0-10"])


def test_line_breaks_between_names_are_no_word(gaps) -> None:
    # "Ana Reis \n\n Recife": a web page's line break between two names
    words = ["Ana", "Reis", "\n\n", "Recife"]
    doc = Doc(spacy.blank("pt").vocab, words=words, spaces=[True, True, True, False], heads=[0, 0, 0, 0], deps=["ROOT", "flat:name", "dep", "appos"], sent_starts=[True, False, False, False])
    ents = [_entity("e0", "Ana Reis", "PER", doc, 0, 2), _entity("e1", "Recife", "LOC", doc, 3, 4)]
    found = [(pair, between, gaps.construction(pair, between, path, doc.text)) for _, _, _, pair, between, _, path, _ in gaps.sentence_gaps(doc, ents, [])]
    assert found == [("PER LOC", "(none)", "two names inside one noun phrase or fragment")]
