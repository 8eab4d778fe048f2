"""Links used on a resolution (merge by article, retyping, overrides) and the link log."""

from __future__ import annotations

import json

import pytest

from teia.api import KnowledgeGraph, read_link_log
from teia.errors import InputError
from teia.extract.linking import LINKED, NIL, REJECTED, link_resolution
from teia.records import Entity, Mention, MergeDecision, Resolution
from teia.extract.resolve import load_overrides

KB_ROWS = [
    ("Moscovo", "LOC", 12, "Moscou", "moscou"),
    ("Getúlio Vargas", "PER", 40, "", ""),
    ("Estado Novo (Portugal)", "LOC", 3, "", ""),
    ("Portugal", "LOC", 500, "", ""),
    ("Salazar (Lisboa)", "LOC", 0, "", ""),
]


@pytest.fixture()
def kb(link_kb):
    return link_kb(KB_ROWS)


def ent(eid, label, typ, doc, *names, kb_id=""):
    mentions = tuple(Mention(doc, i * 10, i * 10 + len(n), n, typ) for i, n in enumerate((label, *names)))
    return Entity(eid, label, typ, tuple(n for n in names if n != label), mentions, kb_id)


def test_two_entities_linked_to_one_article_become_one(kb):
    res = Resolution(
        (ent("LOC:moscou", "Moscou", "LOC", "a.txt"), ent("ORG:moscovo", "Moscovo", "ORG", "b.txt")),
        (("a.txt", "e0", "LOC:moscou"), ("b.txt", "e3", "ORG:moscovo")),
        (MergeDecision("ORG:moscovo", "Moscovo", "moscovo", "exact", "x"),),
    )
    out = link_resolution(res, kb=kb)
    assert [e.id for e in out.entities] == ["LOC:moscou"]
    moscou = out.entities[0]
    assert "Moscovo" in moscou.aliases and "dbpedia:Moscovo" in moscou.external_ids
    assert len(moscou.mentions) == 2
    assert set(out.mapping) == {("a.txt", "e0", "LOC:moscou"), ("b.txt", "e3", "LOC:moscou")}
    link_merge = [m for m in out.merges if m.rule == "link"]
    assert len(link_merge) == 1 and link_merge[0].merged == "Moscovo" and "'Moscovo'" in link_merge[0].evidence
    assert all(m.entity == "LOC:moscou" for m in out.merges)  # the old decision follows its entity
    assert {d.entity for d in out.links} == {"LOC:moscou"}


def test_person_article_retypes_and_context_links(kb):
    res = Resolution(
        (
            ent("LOC:getulio vargas", "Getúlio Vargas", "LOC", "a.txt"),
            ent("MISC:estado novo", "Estado Novo", "LOC", "b.txt"),
            ent("LOC:portugal", "Portugal", "LOC", "b.txt"),
            ent("LOC:brasil", "Brasil", "LOC", "a.txt"),
        ),
    )
    out = link_resolution(res, kb=kb)
    by_id = {e.id: e for e in out.entities}
    assert by_id["LOC:getulio vargas"].type == "PER"
    decision = {d.entity: d for d in out.links}
    assert "retyped LOC -> PER" in decision["LOC:getulio vargas"].evidence
    assert decision["MISC:estado novo"].article == "Estado Novo (Portugal)"
    assert decision["MISC:estado novo"].rule == "context"
    assert decision["LOC:brasil"].status == NIL and decision["LOC:brasil"].rule == "no-candidate"


def test_override_file_forces_and_rejects_links(kb, tmp_path):
    path = tmp_path / "merges.jsonl"
    path.write_text(
        json.dumps({"entity": "Moscou", "article": "Moscovo", "status": "rejected"})
        + "\n"
        + json.dumps({"entity": "LOC:brasil", "article": "Portugal", "status": "accepted"})
        + "\n",
        encoding="utf-8",
    )
    overrides = load_overrides(path)
    assert overrides and not overrides.rules and len(overrides.links) == 2
    res = Resolution((ent("LOC:moscou", "Moscou", "LOC", "a.txt"), ent("LOC:brasil", "Brasil", "LOC", "a.txt")))
    out = link_resolution(res, kb=kb, overrides=overrides.links)
    d = {x.entity: x for x in out.links}
    assert d["LOC:moscou"].status == REJECTED and "merges.jsonl:1" in d["LOC:moscou"].evidence
    assert not out.entities[0].external_ids
    assert (d["LOC:brasil"].status, d["LOC:brasil"].article, d["LOC:brasil"].rule) == (LINKED, "Portugal", "override")


def test_bad_link_override_line(tmp_path):
    path = tmp_path / "merges.jsonl"
    path.write_text(json.dumps({"entity": "Moscou", "article": "", "status": "accepted"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="merges.jsonl:1: a link line needs"):
        load_overrides(path)


def test_link_log_round_trip(kb, tmp_path):
    res = link_resolution(Resolution((ent("LOC:moscou", "Moscou", "LOC", "a.txt"),)), kb=kb)
    from rdflib import Dataset

    kg = KnowledgeGraph(Dataset(), resolution=res)
    written = kg.save(tmp_path / "out")
    assert tmp_path / "out" / "link-log.jsonl" in written
    assert read_link_log(tmp_path / "out" / "link-log.jsonl") == res.links
    assert kg.link_log("moscovo")[0].entity == "LOC:moscou"
    (tmp_path / "bad.jsonl").write_text('{"entity": 3}\n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        read_link_log(tmp_path / "bad.jsonl")


def test_a_rejected_merge_is_not_made_again_by_a_link(kb, tmp_path):
    path = tmp_path / "merges.jsonl"
    path.write_text(json.dumps({"a": "Moscou", "b": "Moscovo", "status": "rejected"}) + "\n", encoding="utf-8")
    overrides = load_overrides(path)
    res = Resolution(
        (ent("LOC:moscou", "Moscou", "LOC", "a.txt"), ent("LOC:moscovo", "Moscovo", "LOC", "b.txt")),
        (("a.txt", "e0", "LOC:moscou"), ("b.txt", "e0", "LOC:moscovo")),
    )
    out = link_resolution(res, kb=kb, keep_apart=overrides.keeps_apart)
    assert {e.id for e in out.entities} == {"LOC:moscou", "LOC:moscovo"}
    d = {x.entity: x for x in out.links}
    linked = [x for x in d.values() if x.status == LINKED]
    assert len(linked) == 1  # one article, one entity: the other is not linked
    (other,) = [x for x in d.values() if x.status == NIL]
    assert other.rule == "kept-apart" and "merges.jsonl:1" in other.evidence
    (refused,) = [m for m in out.merges if m.rule == "link"]
    assert refused.status == "rejected"
    # the same when the resolution itself kept them apart although both were linked in their documents
    local = {("a.txt", "e0"): ("Moscovo", frozenset()), ("b.txt", "e0"): ("Moscovo", frozenset())}
    out = link_resolution(res, kb=kb, local=local)
    assert len(out.entities) == 2 and [x.rule for x in out.links if x.status == NIL] == ["kept-apart"]
