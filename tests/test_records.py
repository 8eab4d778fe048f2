"""The helpers beside the records that give a mention another category or another span."""

from __future__ import annotations

from teia.records import Mention, as_category, with_span


def test_as_category_keeps_span_source_and_key() -> None:
    m = Mention("d", 4, 10, "Lisboa", "LOC", "gazetteer", "Q597")
    typed = as_category(m, "ORG")
    assert typed == Mention("d", 4, 10, "Lisboa", "ORG", "gazetteer", "Q597")
    assert m.category == "LOC"  # the record itself is left as it was


def test_as_category_can_drop_the_key() -> None:
    m = Mention("d", 0, 6, "Santos", "LOC", "ner", "Q1")
    assert as_category(m, "ORG", kb_id="") == Mention("d", 0, 6, "Santos", "ORG", "ner", "")


def test_with_span_keeps_category_source_and_key() -> None:
    text = "o Ginásio Estadual Anhanguera"
    m = Mention("d", 2, 18, text[2:18], "ORG", "ner", "Q2")
    grown = with_span(m, 2, len(text), text[2:])
    assert grown == Mention("d", 2, len(text), "Ginásio Estadual Anhanguera", "ORG", "ner", "Q2")
