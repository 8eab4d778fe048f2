"""Sanity checks for the sample corpus and its gold annotations."""

import json
import pathlib

import pytest

CORPUS = pathlib.Path(__file__).resolve().parents[1] / "corpus"
GOLD = CORPUS / "gold" / "gold.jsonl"
LATIN1_DOCS = {"09_tratado_de_riga.txt"}
CATEGORIES = {"PER", "ORG", "LOC", "DATE", "EVENT", "WORK", "CONCEPT", "VALUE"}
ENTITY_TYPES = CATEGORIES - {"DATE", "VALUE"}
EVENT_TYPES = {"Battle", "MilitaryConflict", "Revolution", "Treaty", "Founding", "Event"}
PREDICATES = {
    "led", "commanded", "founded", "defeated", "supported", "attacked", "signed",
    "united", "memberOf", "bornIn", "diedIn", "headquarteredIn", "stated", "partOf",
    "participantIn", "locatedIn", "succeeded", "allyOf", "foughtAgainst",
    "holdsPosition", "affiliatedWith", "createdBy",
}


def corpus_docs():
    docs = sorted(CORPUS.glob("*.txt")) + sorted(
        p for p in CORPUS.glob("*.md") if p.name.lower() != "readme.md"
    )
    return docs


def read_doc(path):
    data = path.read_bytes()
    if path.name in LATIN1_DOCS:
        return data.decode("latin-1")
    return data.decode("utf-8")


def load_gold():
    records = []
    with GOLD.open(encoding="utf-8") as fh:
        for line in fh:
            assert line.strip(), "blank line in gold.jsonl"
            records.append(json.loads(line))
    return records


def test_corpus_size_and_formats():
    docs = corpus_docs()
    assert len(docs) >= 12
    assert any(p.suffix == ".md" for p in docs)
    assert (CORPUS / "README.md").is_file()
    for name in LATIN1_DOCS:
        assert (CORPUS / name) in docs


@pytest.mark.parametrize("path", corpus_docs(), ids=lambda p: p.name)
def test_document_decodes_and_length(path):
    data = path.read_bytes()
    if path.name in LATIN1_DOCS:
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        text = data.decode("latin-1")
        text.encode("latin-1")
    else:
        text = data.decode("utf-8")
    assert "\ufffd" not in text
    words = len(text.split())
    assert 200 <= words <= 500, f"{path.name}: {words} words"


def test_gold_parses_and_covers_required_docs():
    records = load_gold()
    names = [r["doc"] for r in records]
    assert len(names) == len(set(names))
    assert len(records) >= 5
    assert "06_batalha_de_varsovia.txt" in names
    for r in records:
        assert set(r) >= {"doc", "mentions", "entities", "times", "events", "relations"}
        assert (CORPUS / r["doc"]).is_file()


@pytest.mark.parametrize("record", load_gold(), ids=lambda r: r["doc"])
def test_gold_record(record):
    text = read_doc(CORPUS / record["doc"])
    entities = {e["id"]: e for e in record["entities"]}
    assert len(entities) == len(record["entities"])
    for e in record["entities"]:
        assert e["type"] in ENTITY_TYPES
        assert e["label"]

    ids = set()
    spans = []
    for m in record["mentions"]:
        assert m["id"] not in ids
        ids.add(m["id"])
        assert m["category"] in CATEGORIES
        assert 0 <= m["start"] < m["end"] <= len(text)
        assert text[m["start"]:m["end"]] == m["text"], m
        if m["category"] in {"DATE", "VALUE"}:
            assert m["entity"] is None or m["entity"] in entities
        else:
            assert m["entity"] in entities, m
            assert entities[m["entity"]]["type"] == m["category"], m
        spans.append((m["start"], m["end"]))
    spans.sort()
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2, "overlapping mentions"

    date_spans = {(m["start"], m["end"]) for m in record["mentions"] if m["category"] == "DATE"}
    for t in record["times"]:
        assert text[t["start"]:t["end"]] == t["text"], t
        assert (t["start"], t["end"]) in date_spans
        assert isinstance(t["value"], str) and t["value"]
        assert t.get("qualifier", "early") in {"early", "mid", "late"}

    event_ids = set()
    for ev in record["events"]:
        assert ev["id"] not in event_ids
        event_ids.add(ev["id"])
        assert ev["type"] in EVENT_TYPES
        assert ev["entity"] is None or ev["entity"] in entities
        if ev["entity"] is None:
            assert ev.get("label")
        for p in ev["participants"]:
            assert p["entity"] in entities and p["role"]
        assert ev["place"] is None or ev["place"] in entities
        assert ev["time"] is None or isinstance(ev["time"], str)
        for d in ev.get("descriptions", []):
            assert text[d["start"]:d["end"]] == d["text"]
    for ev in record["events"]:
        assert ev.get("partOf") is None or ev["partOf"] in event_ids

    for r in record["relations"]:
        assert r["predicate"] in PREDICATES, r
        assert r["subject"] in entities, r
        if r["object"] is None:
            assert r.get("object_literal"), r
        else:
            assert r["object"] in entities, r
        assert r["sentence"] and r["sentence"] in text, r
        assert r.get("polarity", True) in (True, False)
        assert r.get("modality", "hypothetical") == "hypothetical"


def test_entity_ids_consistent_across_documents():
    seen = {}
    for record in load_gold():
        for e in record["entities"]:
            prev = seen.setdefault(e["id"], (e["label"], e["type"]))
            assert prev == (e["label"], e["type"]), e
