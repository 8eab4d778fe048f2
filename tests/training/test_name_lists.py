"""training/name_lists.py: the given-name list leaves out the knowledge base's surnames (issue 17)."""

from __future__ import annotations

import gzip

import spacy
from spacy.tokens import Doc, DocBin, Span

from teia.extract.gazetteer import given_names


def _corpus(tmp_path):
    nlp = spacy.blank("pt")
    bin_ = DocBin()
    for words in (["Ferreira", "Gullar", "disse"], ["Ferreira", "Netto", "veio"], ["Maria", "Lopes", "veio"], ["Maria", "Alves", "saiu"]):
        doc = Doc(nlp.vocab, words=words)
        doc.ents = [Span(doc, 0, 2, label="PER")]
        bin_.add(doc)
    path = tmp_path / "ner.spacy"
    bin_.to_disk(path)
    return path


def _kb(tmp_path, ferreiras: int):
    rows = [f"{first} Ferreira\tPER\t1\n" for first in ("Ana", "Rui", "Luís", "Paulo", "Marta", "João")[:ferreiras]]
    rows += ["Maria Lopes\tPER\t1\n", "Maria Alves\tPER\t1\n", "Ferreira Gullar\tPER\t1\n", "Vila Ferreira\tLOC\t1\n"]
    kb = tmp_path / "kb.tsv.gz"
    with gzip.open(kb, "wt", encoding="utf-8") as f:
        f.write("# teia-kb 2\n# title\ttype\tuses\n" + "".join(rows))
    return kb


def test_a_word_people_s_titles_end_with_far_more_often_than_they_start_with_is_no_given_name(tmp_path, training_module) -> None:
    name_lists = training_module("name_lists")
    corpus = _corpus(tmp_path)
    given, _ = name_lists.derive([corpus])
    assert given == ["Ferreira", "Maria"]  # the NER corpora alone: it starts people's names
    # the knowledge base: 6 people's titles end with it, 1 starts with it
    given, _ = name_lists.derive([corpus], _kb(tmp_path, 6))
    assert given == ["Maria"]
    assert name_lists.surnames_of_people(_kb(tmp_path, 6)) == {"Ferreira"}
    # 4 ends: too few to tell
    assert name_lists.derive([corpus], _kb(tmp_path, 4))[0] == ["Ferreira", "Maria"]


def test_the_shipped_given_names_hold_no_frequent_surname() -> None:
    names = given_names()
    assert {"Ferreira", "Almeida", "Moreira", "Monteiro"}.isdisjoint(names)
    assert {"Maria", "João", "Paulo"} <= names
