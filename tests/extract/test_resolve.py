"""Entity resolution rules (issue 5): within documents, across documents, and the override file."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import spacy
from spacy.tokens import Doc

from teia.errors import InputError
from teia.extract.entities import DOC_ID_KEY, ENTITIES, MENTIONS, find_alias_links
from teia.extract.event_coref import resolve_events
from teia.extract.gazetteer import KBEntry, KnowledgeBase
from teia.extract.labels import EVENT, LOC, ORG, PER
from teia.records import (
    CLUB_SOURCE,
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Mention,
    Participant,
    TimeExpression,
)
from teia.extract.resolve import (
    MergeOverride,
    Overrides,
    ResolutionConfig,
    acronym_of,
    group_mentions,
    load_overrides,
    match_names,
    resolve_corpus,
    translit_key,
)
from teia.graph.builder import build_dataset


def mention(text: str, category: str, start: int = 0, doc: str = "d.txt", kb_id: str = "") -> Mention:
    return Mention(doc, start, start + len(text), text, category, "ner", kb_id)


def mentions(*pairs: tuple[str, str], doc: str = "d.txt") -> list[Mention]:
    out, pos = [], 0
    for text, cat in pairs:
        out.append(mention(text, cat, pos, doc))
        pos += len(text) + 10
    return out


def labels(entities) -> set[frozenset[str]]:
    return {frozenset(m.text for m in e.mentions) for e in entities}


def extraction(doc_id: str, *pairs: tuple[str, str]) -> Extraction:
    ms = mentions(*pairs, doc=doc_id)
    text = "".join(m.text + " " * 10 for m in ms)
    return Extraction(Document(doc_id, text), mentions=tuple(ms), entities=group_mentions(ms))


# --- name keys --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Tukhatchevski", "Tukhachevsky"),
        ("Tukhatchevsky", "Tukhachevsky"),
        ("Trotski", "Trotsky"),
        ("Lênin", "Lenin"),
        ("Zinoviev", "Zinovyev"),
        ("Ordjonikidze", "Ordzhonikidze"),
    ],
)
def test_transliteration_keys_agree(a, b):
    assert translit_key(a) == translit_key(b)


def test_acronym_of_content_words():
    assert acronym_of("União das Repúblicas Socialistas Soviéticas") == "URSS"
    assert acronym_of("Partido Operário Social-Democrata Russo") == "POSDR"


def test_match_names_rules():
    assert match_names("a URSS", LOC, "União das Repúblicas Socialistas Soviéticas", LOC)[0] == "acronym"
    assert match_names("Tukhatchevski", PER, "Tukhachevsky", PER)[0] == "transliteration"
    assert match_names("Lenin", PER, "Vladimir Ilitch Lenin", PER)[0] == "partial-name"
    assert match_names("o Exército Vermelho", ORG, "exército vermelho", ORG)[0] == "exact"


@pytest.mark.parametrize(
    "a, ca, b, cb",
    [
        ("Lenin", PER, "Leningrado", LOC),  # person vs place
        ("Lenin", PER, "Lenin", LOC),  # same name, different types
        ("Józef Piłsudski", PER, "Bronisław Piłsudski", PER),  # two people, one surname
        ("Alexandre II", PER, "Alexandre III", PER),
        ("Frente Ocidental", ORG, "Frente Oriental", ORG),
        ("Segundo Congresso", EVENT, "Primeiro Congresso", EVENT),
    ],
)
def test_match_names_refuses(a, ca, b, cb):
    assert match_names(a, ca, b, cb) is None


def test_similarity_threshold_is_configurable():
    strict = ResolutionConfig(similarity=0.99)
    loose = ResolutionConfig(similarity=0.8)
    assert match_names("Kolchak", PER, "Koltchaq", PER, strict) is None
    assert match_names("Kolchak", PER, "Koltchaq", PER, loose) is not None
    assert match_names("Trotski", PER, "Trotsky", PER, ResolutionConfig(fuzzy_categories=frozenset())) is None


# --- within a document ------------------------------------------------------------------


def test_group_name_variants_and_partial_names():
    ms = mentions(
        ("Vladimir Ilitch Lenin", PER), ("Lenin", PER), ("Lênin", PER), ("Leningrado", LOC), ("lenin", PER)
    )
    ents = group_mentions(ms)
    assert labels(ents) == {frozenset({"Leningrado"}), frozenset({"Vladimir Ilitch Lenin", "Lenin", "Lênin", "lenin"})}
    person = next(e for e in ents if e.type == PER)
    assert person.label == "Vladimir Ilitch Lenin"
    assert set(person.aliases) == {"Lenin", "Lênin", "lenin"}


def test_group_transliteration_variants():
    ms = mentions(("Mikhail Tukhachevsky", PER), ("Tukhatchevski", PER), ("Tukhatchevsky", PER))
    assert len(group_mentions(ms)) == 1


def test_person_and_place_with_the_same_name_stay_apart():
    ms = mentions(("Kiev", PER), ("Kiev", LOC))
    assert len(group_mentions(ms)) == 2


def test_two_people_sharing_a_surname_stay_apart():
    ms = mentions(("Józef Piłsudski", PER), ("Bronisław Piłsudski", PER), ("Piłsudski", PER))
    ents = group_mentions(ms)
    # the bare surname is ambiguous: it joins neither
    assert labels(ents) == {frozenset({"Bronisław Piłsudski"}), frozenset({"Józef Piłsudski"}), frozenset({"Piłsudski"})}


def test_surname_joins_the_only_full_name():
    ms = mentions(("Józef Piłsudski", PER), ("Piłsudski", PER), ("Pilsudski", PER))
    assert len(group_mentions(ms)) == 1


def test_acronym_within_document_may_bridge_org_and_place():
    ms = mentions(("União das Repúblicas Socialistas Soviéticas", LOC), ("URSS", ORG), ("Ucrânia", LOC))
    ents = group_mentions(ms)
    assert labels(ents) == {frozenset({"União das Repúblicas Socialistas Soviéticas", "URSS"}), frozenset({"Ucrânia"})}
    assert ents[0].label == "União das Repúblicas Socialistas Soviéticas"


def test_kb_links_group_mentions():
    kb = KnowledgeBase((KBEntry("komintern", "Internacional Comunista", ORG, ("Komintern",)),))
    ms = [mention("Internacional Comunista", ORG, 0, kb_id="komintern"), mention("Komintern", ORG, 40, kb_id="komintern")]
    (ent,) = group_mentions(ms, kb)
    assert ent.kb_id == "komintern" and ent.label == "Internacional Comunista"


# --- aliases stated by the text (hand-built Docs) ----------------------------------------


def make_doc(words, ents, spaces=None):
    nlp = spacy.blank("pt")
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc.ents = [doc.char_span(*doc_span(doc, s, e), label=lab) for s, e, lab in ents]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    return doc


def doc_span(doc, start_tok, end_tok):
    return doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text)


def run_grouper(doc):
    from teia.extract.entities import EntityGrouper

    EntityGrouper(None)(doc)
    return getattr(doc._, MENTIONS), getattr(doc._, ENTITIES)


def test_parenthetical_alias():
    words = ["A", "Internacional", "Comunista", "(", "Komintern", ")", "nasceu", "em", "Moscou", "."]
    spaces = [True, True, True, False, False, True, True, True, False, False]
    doc = make_doc(words, [(1, 3, "ORG"), (8, 9, "LOC")], spaces)
    ms, ents = run_grouper(doc)
    assert [m.text for m in ms] == ["Internacional Comunista", "Komintern", "Moscou"]
    assert ms[1].source == "rule" and ms[1].category == ORG
    org = next(e for e in ents if e.type == ORG)
    assert org.label == "Internacional Comunista" and org.aliases == ("Komintern",)


def test_appositive_alias():
    words = ["A", "Terceira", "Internacional", ",", "também", "chamada", "Komintern", ",", "nasceu", "."]
    spaces = [True, True, False, True, True, True, False, True, False, False]
    doc = make_doc(words, [(1, 3, "ORG"), (6, 7, "ORG")], spaces)
    _, ents = run_grouper(doc)
    assert labels(ents) == {frozenset({"Terceira Internacional", "Komintern"})}


def test_pseudonym_alias():
    words = ["Vladimir", "Ilitch", "Ulianov", ",", "que", "ficou", "conhecido", "pelo", "pseudônimo", "de", "Lenin", ",", "nasceu"]
    spaces = [True, True, False, True, True, True, True, True, True, True, False, True, False]
    doc = make_doc(words, [(0, 3, "PER"), (10, 11, "PER")], spaces)
    _, ents = run_grouper(doc)
    assert len(ents) == 1 and ents[0].label == "Vladimir Ilitch Ulianov"


def test_a_stated_nickname_joins_a_person_of_other_given_names():
    # Wikipedia's openings: the name the text gives as another's is the same person, although
    # its given name is another ("Samuel" / "Sam", "José Luís" / "Zequinha")
    words = ["José", "Luís", "Barbosa", ",", "mais", "conhecido", "como", "Zequinha", "Barbosa", ",", "correu", "."]
    spaces = [True, True, False, True, True, True, True, True, False, True, False, False]
    doc = make_doc(words, [(0, 3, "PER"), (7, 9, "PER")], spaces)
    _, ents = run_grouper(doc)
    assert labels(ents) == {frozenset({"José Luís Barbosa", "Zequinha Barbosa"})}
    # two people of other given names the text does not join stay two
    words = ["José", "Luís", "Barbosa", "e", "Zequinha", "Barbosa", "correram", "."]
    spaces = [True, True, True, True, True, True, False, False]
    doc = make_doc(words, [(0, 3, "PER"), (4, 6, "PER")], spaces)
    _, ents = run_grouper(doc)
    assert len(ents) == 2


def test_the_shorter_name_after_ou_simplesmente_and_an_artistic_name_are_aliases():
    words = ["Óscar", "Pérez", "Rojas", ",", "ou", "simplesmente", "Óscar", "Pérez", ",", "jogou", "."]
    spaces = [True, True, False, True, True, True, True, False, True, False, False]
    doc = make_doc(words, [(0, 3, "PER"), (6, 8, "PER")], spaces)
    _, ents = run_grouper(doc)
    assert labels(ents) == {frozenset({"Óscar Pérez Rojas", "Óscar Pérez"})}
    words = ["José", "Tiago", "Pereira", ",", "conhecido", "pelo", "nome", "artístico", "Projota", ",", "cantou", "."]
    spaces = [True, True, False, True, True, True, True, True, False, True, False, False]
    doc = make_doc(words, [(0, 3, "PER"), (8, 9, "PER")], spaces)
    _, ents = run_grouper(doc)
    assert labels(ents) == {frozenset({"José Tiago Pereira", "Projota"})}
    # "ou apenas em": no name follows
    words = ["Vendeu", "no", "Brasil", ",", "ou", "apenas", "em", "Portugal", "."]
    spaces = [True, True, False, True, True, True, True, False, False]
    doc = make_doc(words, [(2, 3, "LOC"), (7, 8, "LOC")], spaces)
    ms, ents = run_grouper(doc)
    assert find_alias_links(doc, ms)[1] == [] and len(ents) == 2


def test_the_agent_of_a_naming_participle_is_no_alias():
    words = ["Maria", "Silva", ",", "chamada", "por", "João", "Santos", "para", "o", "cargo", ",", "aceitou", "."]
    spaces = [True, False, True, True, True, True, True, True, True, False, True, False, False]
    doc = make_doc(words, [(0, 2, "PER"), (5, 7, "PER")], spaces)
    ms, ents = run_grouper(doc)
    assert find_alias_links(doc, ms)[1] == [] and len(ents) == 2
    # "conhecido por" gives the name
    words = ["Edson", "Arantes", "do", "Nascimento", ",", "conhecido", "por", "Pelé", ",", "jogou", "."]
    spaces = [True, True, True, False, True, True, True, False, True, False, False]
    doc = make_doc(words, [(0, 4, "PER"), (7, 8, "PER")], spaces)
    _, ents = run_grouper(doc)
    assert labels(ents) == {frozenset({"Edson Arantes do Nascimento", "Pelé"})}


def test_enumeration_is_not_an_alias():
    words = ["Lenin", ",", "Trotsky", "e", "Stalin", "falaram", "."]
    spaces = [False, True, True, True, True, False, False]
    doc = make_doc(words, [(0, 1, "PER"), (2, 3, "PER"), (4, 5, "PER")], spaces)
    ms, _ = run_grouper(doc)
    assert find_alias_links(doc, ms)[1] == []


# --- across documents ---------------------------------------------------------------------


def test_resolve_corpus_merges_variants_and_logs_rules():
    exs = [
        extraction("a.txt", ("Mikhail Tukhachevsky", PER), ("Varsóvia", LOC)),
        extraction("b.txt", ("Tukhatchevski", PER), ("Leningrado", LOC)),
        extraction("c.txt", ("Lenin", PER), ("Vladimir Ilitch Lenin", PER)),
        extraction("d.txt", ("Tukhatchevsky", PER)),
    ]
    res = resolve_corpus(exs)
    by_label = {e.label: e for e in res.entities}
    assert set(by_label) == {"Mikhail Tukhachevsky", "Varsóvia", "Leningrado", "Vladimir Ilitch Lenin"}
    idx = res.index()
    assert idx[("a.txt", "e0")] == idx[("b.txt", "e0")]
    assert idx[("c.txt", "e0")] != idx[("b.txt", "e1")]  # Lenin is not Leningrad
    rules = {(m.merged, m.rule) for m in res.merges}
    assert ("Tukhatchevski", "partial-name") in rules  # surname of "Mikhail Tukhachevsky"
    assert ("Tukhatchevsky", "transliteration") in rules
    assert idx[("d.txt", "e0")] == idx[("a.txt", "e0")]
    assert ("Lenin", "partial-name") in rules
    assert all(m.evidence for m in res.merges)


def test_resolve_corpus_partial_name_across_documents():
    exs = [extraction("a.txt", ("Leon Trotsky", PER)), extraction("b.txt", ("Trotski", PER))]
    res = resolve_corpus(exs)
    assert len(res.entities) == 1
    assert res.entities[0].label == "Leon Trotsky"


def test_resolve_corpus_keeps_people_with_one_surname_apart():
    exs = [
        extraction("a.txt", ("Józef Piłsudski", PER), ("Piłsudski", PER)),
        extraction("b.txt", ("Bronisław Piłsudski", PER), ("Piłsudski", PER)),
    ]
    res = resolve_corpus(exs)
    assert sorted(e.label for e in res.entities) == ["Bronisław Piłsudski", "Józef Piłsudski"]


def test_resolve_corpus_is_deterministic_and_ids_unique():
    exs = [extraction(f"{i}.txt", ("Lenin", PER), ("Moscou", LOC)) for i in range(3)]
    r1, r2 = resolve_corpus(exs), resolve_corpus(list(reversed(exs)))
    assert [e.id for e in r1.entities] == [e.id for e in r2.entities]
    assert len({e.id for e in r1.entities}) == len(r1.entities)


# --- the override file --------------------------------------------------------------------


def test_rejected_pair_keeps_names_apart_and_is_logged():
    exs = [extraction("a.txt", ("Leon Trotsky", PER)), extraction("b.txt", ("Trotski", PER))]
    ov = Overrides((MergeOverride("Leon Trotsky", "Trotski", "rejected", "merges.jsonl:1"),))
    res = resolve_corpus(exs, overrides=ov)
    assert len(res.entities) == 2
    rejected = [m for m in res.merges if m.status == "rejected"]
    assert rejected and "merges.jsonl:1" in rejected[0].evidence


def test_rejected_log_line_by_entity_id():
    exs = [extraction("a.txt", ("Leon Trotsky", PER)), extraction("b.txt", ("Trotski", PER))]
    res = resolve_corpus(exs)
    (line,) = [m for m in res.merges if m.merged == "Trotski"]
    ov = Overrides((MergeOverride(line.entity, line.merged, "rejected"),))
    assert len(resolve_corpus(exs, overrides=ov).entities) == 2


def test_rejection_within_a_document():
    ms = mentions(("Vladimir Ilitch Lenin", PER), ("Lenin", PER))
    ov = Overrides((MergeOverride("Lenin", "Vladimir Ilitch Lenin", "rejected"),))
    assert len(group_mentions(ms, overrides=ov)) == 2


def test_rejection_detaches_a_kb_link():
    kb = KnowledgeBase((KBEntry("lenin", "Vladimir Lenin", PER, ("Lenin",)),))
    ms = [mention("Vladimir Lenin", PER, 0, kb_id="lenin"), mention("Lenin", PER, 30, kb_id="lenin")]
    ov = Overrides((MergeOverride("kb:lenin", "Lenin", "rejected"),))
    ents = group_mentions(ms, kb, overrides=ov)
    assert len(ents) == 2


def test_accepted_pair_forces_a_merge():
    exs = [extraction("a.txt", ("Koba", PER)), extraction("b.txt", ("Josef Stalin", PER))]
    assert len(resolve_corpus(exs).entities) == 2
    ov = Overrides((MergeOverride("Koba", "Josef Stalin", "accepted", "m:1"),))
    res = resolve_corpus(exs, overrides=ov)
    assert len(res.entities) == 1
    assert any(m.rule == "override" for m in res.merges)


def test_load_overrides(tmp_path):
    p = tmp_path / "merges.jsonl"
    lines = [
        {"a": "Lenin", "b": "Leningrado", "status": "rejected"},
        {"entity": "kb:trotsky", "merged": "Trotski", "rule": "kb", "status": "accepted"},
    ]
    p.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n// a comment\n", encoding="utf-8")
    ov = load_overrides(p)
    assert [(r.a, r.b, r.status) for r in ov.rules] == [
        ("Lenin", "Leningrado", "rejected"),
        ("kb:trotsky", "Trotski", "accepted"),
    ]
    assert ov.rules[0].source == "merges.jsonl:1"


@pytest.mark.parametrize(
    "line",
    ['{"a": "x", "b": "y"}', '{"a": "x", "status": "rejected"}', "not json", '["a"]', '{"a": "", "b": "y", "status": "accepted"}'],
)
def test_load_overrides_errors(tmp_path, line):
    p = tmp_path / "m.jsonl"
    p.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_overrides(p)


def test_load_overrides_missing(tmp_path):
    with pytest.raises(InputError):
        load_overrides(tmp_path / "nope.jsonl")


def test_local_entity_summary_has_no_type_mixing():
    exs = [extraction("a.txt", ("Lenin", PER)), extraction("b.txt", ("Lenin", LOC))]
    res = resolve_corpus(exs)
    assert sorted(e.type for e in res.entities) == [LOC, PER]
    assert isinstance(res.entities[0], Entity)


def test_bare_surname_tagged_as_place_is_repaired():
    from teia.extract.resolve import repair_categories

    ms = mentions(("George W. Bush", PER), ("Bush", LOC), ("Texas", LOC))
    fixed = repair_categories(ms)
    assert [m.category for m in fixed] == [PER, PER, LOC]
    assert len(group_mentions(ms)) == 2  # Bush joins George W. Bush; Texas stays a place


def test_a_known_place_named_like_a_person_of_the_document_stays_a_place():
    from teia.extract.gazetteer import name_types
    from teia.extract.resolve import repair_categories

    assert name_types()["Braga"] == LOC and "Quipangala" not in name_types()
    # "o professor Lloyd Braga formou a comissão ... a universidade em Braga": the city is the NER's place
    ms = mentions(("Lloyd Braga", PER), ("Braga", LOC), ("Ana Quipangala", PER), ("Quipangala", LOC))
    assert [m.category for m in repair_categories(ms)] == [PER, LOC, PER, PER]
    exs = [extraction("a.txt", ("Lloyd Braga", PER)), extraction("b.txt", ("Braga", LOC), ("Paulo Guimarães", PER))]
    by_label = {e.label: e for e in resolve_corpus(exs).entities}
    assert by_label["Braga"].type == LOC and by_label["Lloyd Braga"].type == PER


def test_build_with_override_file(tmp_path):
    import teia.api

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Koba organizou o Exército Vermelho.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Iosif Djugachvili discursou em Moscou.\n", encoding="utf-8")
    kb = tmp_path / "kb.jsonl"
    kb.write_text(
        json.dumps({"id": "koba", "label": "Koba", "type": "PER", "aliases": []}) + "\n"
        + json.dumps({"id": "dj", "label": "Iosif Djugachvili", "type": "PER", "aliases": []}) + "\n",
        encoding="utf-8",
    )
    merged = teia.api.build(corpus, model="blank", kb=[kb], out=tmp_path / "out1")
    assert len({e.id for e in merged.resolution.entities if e.type == PER}) == 2  # two kb entries: kept apart
    merges = tmp_path / "merges.jsonl"
    merges.write_text(json.dumps({"a": "Koba", "b": "Iosif Djugachvili", "status": "accepted"}) + "\n", encoding="utf-8")
    kg = teia.api.build(corpus, model="blank", kb=[kb], merges=merges, out=tmp_path / "out2")
    people = [e for e in kg.resolution.entities if e.type == PER]
    assert len(people) == 1
    log = [json.loads(line) for line in (tmp_path / "out2" / "merge-log.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(line["rule"] == "override" and line["status"] == "accepted" for line in log)
    merges.write_text(json.dumps({"a": "Moscou", "b": "Exército Vermelho", "status": "rejected"}) + "\n", encoding="utf-8")
    kg = teia.api.build(corpus, model="blank", kb=[kb], merges=merges)
    assert len(kg.resolution.entities) == len(merged.resolution.entities)


def test_cli_build_merges_option(tmp_path):
    from typer.testing import CliRunner

    from teia.cli import app

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Lenin chegou a Petrogrado.\n", encoding="utf-8")
    merges = tmp_path / "m.jsonl"
    merges.write_text('{"entity": "kb:lenin", "merged": "Lenin", "status": "rejected"}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(out), "--model", "blank", "-q", "--merges", str(merges)])
    assert result.exit_code == 0, result.output
    assert (out / "merge-log.jsonl").exists()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(out), "--model", "blank", "-q", "--merges", str(bad)])
    assert result.exit_code == 2


def unexplained_names(resolution) -> list[tuple[str, str]]:
    """(entity id, name) pairs of names an entity holds that no merge-log line explains."""
    from teia.extract.resolve import name_key

    explained: dict[str, set[str]] = {}
    for m in resolution.merges:
        if m.status == "accepted":
            explained.setdefault(m.entity, set()).add(name_key(m.merged))
    missing = []
    for ent in resolution.entities:
        names = {name_key(m.text): m.text for m in ent.mentions}
        for key, name in sorted(names.items()):
            if key != name_key(ent.label) and key not in explained.get(ent.id, set()):
                missing.append((ent.id, name))
        docs = {m.doc_id for m in ent.mentions}
        if len(docs) > 1 and not explained.get(ent.id):
            missing.append((ent.id, f"<{len(docs)} documents>"))
    return missing


def test_every_merge_of_the_sample_corpus_is_in_the_merge_log(tmp_path):
    import pathlib

    import teia.api

    corpus = pathlib.Path(__file__).resolve().parents[2] / "corpus"
    kg = teia.api.build(corpus, model="blank", out=tmp_path)
    assert unexplained_names(kg.resolution) == []
    logged = [json.loads(line) for line in (tmp_path / "merge-log.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(logged) == len(kg.merges) and all(line["rule"] and line["evidence"] for line in logged)
    lenin = next(e for e in kg.resolution.entities if e.id == "kb:lenin")
    assert {"Lenin", "Lênin"} <= set(lenin.aliases) and len({m.doc_id for m in lenin.mentions}) > 1


def test_merge_log_check_finds_an_unexplained_name():
    from teia.records import MergeDecision, Resolution

    ent = Entity("PER:a", "Ana Lima", PER, ("Lima",), (mention("Ana Lima", PER), mention("Lima", PER, start=20)))
    assert unexplained_names(Resolution((ent,), (), ())) == [("PER:a", "Lima")]
    log = (MergeDecision("PER:a", "Ana Lima", "Lima", "partial-name", "'Lima' is part of 'Ana Lima'"),)
    assert unexplained_names(Resolution((ent,), (), log)) == []


def test_corpus_repairs_a_surname_tagged_as_a_place_and_a_city_tagged_both_ways():
    exs = [
        extraction("a.txt", ("Anton Denikin", PER), ("Tambov", ORG)),
        extraction("b.txt", ("Denikin", LOC), ("Tambov", LOC)),
        extraction("c.txt", ("Kolchak", LOC), ("Riga", ORG)),
    ]
    res = resolve_corpus(exs)
    by_label = {e.label: e for e in res.entities}
    assert by_label["Anton Denikin"].type == PER and "Denikin" in by_label["Anton Denikin"].aliases
    assert by_label["Tambov"].type == LOC and len({m.doc_id for m in by_label["Tambov"].mentions}) == 2
    # must not: a one-word place with no full person name stays a place; one document's ORG stays
    assert by_label["Kolchak"].type == LOC and by_label["Riga"].type == ORG
    assert len([e for e in res.entities if e.label == "Tambov"]) == 1



def test_a_countrys_state_keeps_the_countrys_place_node():
    # "a Grécia assinou o tratado": the state's mention is HAREM's organization, the graph's node
    # the country's, in the document that names it nowhere else and beside a document's place
    exs = [
        extraction("a.txt", ("Grécia", ORG)),
        extraction("b.txt", ("Rússia", ORG), ("Rússia", LOC)),
        extraction("c.txt", ("Rússia", ORG)),
    ]
    res = resolve_corpus(exs)
    assert sorted((e.label, e.type) for e in res.entities) == [("Grécia", LOC), ("Rússia", LOC)]
    # must not: a name that is no country's keeps the organization one document gives it
    res = resolve_corpus([extraction("a.txt", ("Riga", ORG))])
    assert [(e.label, e.type) for e in res.entities] == [("Riga", ORG)]

def test_a_club_named_by_its_town_and_the_town_are_two_nodes():
    # "O Porto venceu o Benfica por 2-1. ... vive no Porto.": the club's mention (CLUB_SOURCE, a
    # sports rule's) and the town's; with another document's town and another's club, the corpus
    # has the club and the town, where the vote made one organization of the three documents
    def club(doc_id: str, *pairs: tuple[str, str, bool]) -> Extraction:
        ms = [replace(mention(t, c, 20 * k, doc_id), source=CLUB_SOURCE if own else "ner") for k, (t, c, own) in enumerate(pairs)]
        return Extraction(Document(doc_id, " " * 20 * len(ms)), mentions=tuple(ms), entities=group_mentions(ms))

    a = club("a.txt", ("Porto", ORG, True), ("Porto", LOC, False))
    b = club("b.txt", ("Porto", LOC, False))
    c = club("c.txt", ("Porto", ORG, True), ("Benfica", ORG, True))
    assert sorted((e.label, e.type) for e in resolve_corpus([a, b, c]).entities) == [("Benfica", ORG), ("Porto", LOC), ("Porto", ORG)]
    # only the club, or only the town: one node, of its own type, whatever the other documents say
    assert sorted((e.label, e.type) for e in resolve_corpus([c]).entities) == [("Benfica", ORG), ("Porto", ORG)]
    assert [(e.label, e.type) for e in resolve_corpus([b]).entities] == [("Porto", LOC)]
    assert sorted((e.label, e.type) for e in resolve_corpus([c, c, b, b, b]).entities) == [("Benfica", ORG), ("Porto", LOC), ("Porto", ORG)]
    # must not: the NER's organization of a town, no club rule's, still follows the corpus's place
    assert [(e.label, e.type) for e in resolve_corpus([b, b, club("d.txt", ("Porto", ORG, False))]).entities] == [("Porto", LOC)]


# --- rejecting event joins (resolve_events with the override file) -------------------------


def told(doc_id: str, text: str, *names: tuple[str, str]) -> Extraction:
    """A document whose names (text, category) are found in its text in order."""
    ms, pos = [], 0
    for name, cat in names:
        start = text.index(name, pos)
        ms.append(mention(name, cat, start, doc_id))
        pos = start + len(name)
    return Extraction(Document(doc_id, text), mentions=tuple(ms), entities=group_mentions(ms))


def local(ex: Extraction, label: str) -> str:
    return next(e.id for e in ex.entities if e.label == label)


def when(doc_id: str, value: str) -> TimeExpression:
    return TimeExpression(doc_id, 0, len(value), value, value=value, start=value, end=value)


def happening(ex: Extraction, label: str, etype: str, rule: str, *, named: str = "", place: str = "",
              time: str = "", sides: tuple[tuple[str, str], ...] = ()) -> Extraction:
    """``ex`` with one more event record; ``named``, ``place`` and the sides are entity labels."""
    doc_id, text = ex.document.id, ex.document.text
    ev = Event(
        id=f"{doc_id}#ev{len(ex.events)}",
        type=etype,
        label=label,
        evidence=Evidence(doc_id, 0, len(text), text),
        entity=local(ex, named) if named else "",
        participants=tuple(Participant(local(ex, name), role) for name, role in sides),
        place=local(ex, place) if place else "",
        time=when(doc_id, time) if time else None,
        rule=rule,
    )
    return replace(ex, events=(*ex.events, ev))


def warsaw_defeat() -> tuple[list[Extraction], str, str]:
    """Place and time rule: an unnamed defeat before Warsaw in August 1920 is the battle."""
    a = told("a.txt", "A Batalha de Varsóvia terminou em agosto de 1920 em Varsóvia.",
             ("Batalha de Varsóvia", EVENT), ("Varsóvia", LOC))
    a = happening(a, "Batalha de Varsóvia", "Battle", "named-event", named="Batalha de Varsóvia",
                  place="Varsóvia", time="1920-08")
    b = told("b.txt", "Em agosto de 1920, a derrota diante de Varsóvia mudou tudo.", ("Varsóvia", LOC))
    label = "derrota diante de Varsóvia"
    b = happening(b, label, "Battle", "noun:derrota", place="Varsóvia", time="1920-08")
    return [a, b], "b.txt", label


def titled_battle() -> tuple[list[Extraction], str, str]:
    """Title rule: a verb with sides, undated and unplaced, in a text titled by the battle."""
    text = "A Batalha do Niemen\nEm setembro de 1920 foi travada a batalha. O Exército Polonês venceu a Frente Ocidental."
    a = told("a.txt", text, ("Batalha do Niemen", EVENT), ("Exército Polonês", ORG), ("Frente Ocidental", ORG))
    a = happening(a, "Batalha do Niemen", "Battle", "named-event", named="Batalha do Niemen", time="1920-09")
    label = "venceu a Frente Ocidental"
    a = happening(a, label, "Battle", "verb:vencer",
                  sides=(("Exército Polonês", "agent"), ("Frente Ocidental", "defeated")))
    return [a], "a.txt", label


def same_day_uprising() -> tuple[list[Extraction], str, str]:
    """Same-day rule: an unplaced uprising of 7 November 1917 is the revolution of that day."""
    a = told("a.txt", "A Revolução de Outubro triunfou no dia 7 de novembro de 1917.", ("Revolução de Outubro", EVENT))
    a = happening(a, "Revolução de Outubro", "Revolution", "named-event", named="Revolução de Outubro", time="1917-11-07")
    b = told("b.txt", "A insurreição armada começou em 7 de novembro de 1917.")
    label = "insurreição armada"
    b = happening(b, label, "Revolution", "noun:insurreicao", time="1917-11-07")
    return [a, b], "b.txt", label


def war_of_the_same_sides() -> tuple[list[Extraction], str, str]:
    """Sides rule: an undated, unplaced war between the two sides of one named war."""
    a = told("a.txt", "A Guerra Polaco-Soviética opôs a Polônia à Rússia soviética.",
             ("Guerra Polaco-Soviética", EVENT), ("Polônia", LOC), ("Rússia", LOC))
    a = happening(a, "Guerra Polaco-Soviética", "MilitaryConflict", "named-event", named="Guerra Polaco-Soviética",
                  sides=(("Polônia", "participant"), ("Rússia", "participant")))
    b = told("b.txt", "Falou-se então da guerra entre a Polônia e a Rússia.", ("Polônia", LOC), ("Rússia", LOC))
    label = "guerra entre a Polônia e a Rússia"
    b = happening(b, label, "MilitaryConflict", "noun:guerra", sides=(("Polônia", "participant"), ("Rússia", "participant")))
    return [a, b], "b.txt", label


def one_death_told_thrice() -> tuple[list[Extraction], str, str]:
    """Unnamed events joined together: one death told by three documents (the second is rejected)."""
    exs = []
    for doc_id, text, label, rule in (
        ("a.txt", "A morte de Lenin abalou o partido.", "morte de Lenin", "noun:morte"),
        ("b.txt", "Lenin morreu em Gorki, num inverno frio.", "Lenin morreu", "verb:morrer"),
        ("c.txt", "Lenin faleceu depois de longa doença.", "Lenin faleceu", "verb:falecer"),
    ):
        ex = told(doc_id, text, ("Lenin", PER))
        exs.append(happening(ex, label, "Event", rule, sides=(("Lenin", "patient"),)))
    return exs, "b.txt", "Lenin morreu"


EVENT_JOINS = [warsaw_defeat, titled_battle, same_day_uprising, war_of_the_same_sides, one_death_told_thrice]


def record(exs, doc_id: str, label: str) -> Event:
    return next(ev for ex in exs if ex.document.id == doc_id for ev in ex.events if ev.label == label)


@pytest.mark.parametrize("corpus", EVENT_JOINS, ids=lambda f: f.__name__)
def test_event_join_is_made_and_logged_without_overrides(corpus):
    exs, doc_id, label = corpus()
    joined, res = resolve_events(exs, resolve_corpus(exs))
    assert record(joined, doc_id, label).entity
    (line,) = [m for m in res.merges if m.rule == "event-coreference" and m.merged == label]
    assert line.status == "accepted"
    # the same result with an empty override file
    assert resolve_events(exs, resolve_corpus(exs), Overrides()) == (joined, res)


@pytest.mark.parametrize("corpus", EVENT_JOINS, ids=lambda f: f.__name__)
def test_event_join_rejected_from_its_merge_log_line(corpus, tmp_path):
    from teia.api import reject_merge

    exs, doc_id, label = corpus()
    _, res = resolve_events(exs, resolve_corpus(exs))
    (line,) = [m for m in res.merges if m.rule == "event-coreference" and m.merged == label]
    ov = load_overrides(reject_merge(line, tmp_path / "merges.jsonl"))
    apart, res2 = resolve_events(exs, resolve_corpus(exs, overrides=ov), ov)
    assert record(apart, doc_id, label).entity == ""
    assert not any(m.rule == "event-coreference" and m.merged == label and m.status == "accepted" for m in res2.merges)
    (refused,) = [m for m in res2.merges if m.status == "rejected"]
    assert (refused.entity, refused.label, refused.merged, refused.rule) == (line.entity, line.label, label, line.rule)
    assert refused.evidence == f"{line.evidence}; rejected by merges.jsonl:1"
    # every line names an entity of the resolution, so the graph can be built
    assert {m.entity for m in res2.merges} <= {e.id for e in res2.entities}
    build_dataset(apart, res2)


def test_rejecting_one_record_keeps_the_others_of_an_unnamed_event_together(tmp_path):
    exs, _, _ = one_death_told_thrice()
    ov = Overrides((MergeOverride("EVENT:morte de lenin", "Lenin morreu", "rejected", "m.jsonl:2"),))
    apart, res = resolve_events(exs, resolve_corpus(exs), ov)
    death = record(apart, "a.txt", "morte de Lenin").entity
    assert death == "~EVENT:morte de lenin" == record(apart, "c.txt", "Lenin faleceu").entity
    assert record(apart, "b.txt", "Lenin morreu").entity == ""
    (ent,) = [e for e in res.entities if e.type == EVENT]
    assert ent.aliases == ("Lenin faleceu",)


def test_rejecting_the_only_other_record_of_an_unnamed_event(tmp_path):
    exs, _, _ = one_death_told_thrice()
    exs = exs[:2]
    ov = Overrides((MergeOverride("EVENT:morte de lenin", "Lenin morreu", "rejected", "m.jsonl:1"),))
    apart, res = resolve_events(exs, resolve_corpus(exs), ov)
    assert record(apart, "b.txt", "Lenin morreu").entity == ""
    (refused,) = [m for m in res.merges if m.status == "rejected"]
    assert refused.entity in {e.id for e in res.entities}  # the first record's event, alone
    build_dataset(apart, res)


def test_event_join_rejected_by_a_pair_of_names():
    exs, doc_id, label = warsaw_defeat()
    ov = Overrides((MergeOverride("Batalha de Varsóvia", "a derrota diante de Varsóvia", "rejected", "m.jsonl:1"),))
    apart, res = resolve_events(exs, resolve_corpus(exs, overrides=ov), ov)
    assert record(apart, doc_id, label).entity == ""
    assert [m.merged for m in res.merges if m.status == "rejected"] == [label]
    # a rejection about other names changes nothing
    other = Overrides((MergeOverride("Batalha de Varsóvia", "derrota diante de Riga", "rejected", "m.jsonl:1"),))
    assert resolve_events(exs, resolve_corpus(exs, overrides=other), other) == resolve_events(exs, resolve_corpus(exs))


def test_rejected_kb_link_is_in_the_merge_log():
    kb = KnowledgeBase((KBEntry("stalin", "Josef Stalin", PER, ("Estaline", "Stalin")),))
    a = Extraction(Document("a.txt", "Josef Stalin governou."), entities=group_mentions([mention("Josef Stalin", PER, 0, "a.txt", "stalin")], kb))
    est = [mention("Estaline", PER, 0, "b.txt", "stalin")]
    b = Extraction(Document("b.txt", "Estaline morreu."), entities=group_mentions(est, kb))
    res = resolve_corpus([a, b], kb)
    (line,) = [m for m in res.merges if m.merged == "Estaline"]
    assert (line.entity, line.rule, line.status) == ("kb:stalin", "kb", "accepted")
    ov = Overrides((MergeOverride(line.entity, line.merged, "rejected", "merges.jsonl:1"),))
    b2 = Extraction(b.document, entities=group_mentions(est, kb, overrides=ov))  # as the pipeline reads it
    res2 = resolve_corpus([a, b2], kb, overrides=ov)
    assert len(res2.entities) == 2
    (refused,) = [m for m in res2.merges if m.status == "rejected"]
    assert (refused.entity, refused.merged, refused.rule) == ("kb:stalin", "Estaline", "kb")
    assert "merges.jsonl:1" in refused.evidence
    # when no mention keeps the entry, the line names the entity that holds the name
    res3 = resolve_corpus([b2], kb, overrides=ov)
    (refused,) = [m for m in res3.merges if m.status == "rejected"]
    assert (refused.entity, refused.merged) == (res3.entities[0].id, "Josef Stalin")


def test_build_with_a_rejected_event_join_keeps_two_event_nodes(tmp_path):
    from rdflib import RDF

    import teia.api
    from teia.ontology.namespace import TEIA

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("A Batalha de Varsóvia decidiu o destino da Polônia em agosto de 1920.\n", encoding="utf-8")
    (corpus / "b.txt").write_text(
        "A derrota do Exército Vermelho diante de Varsóvia, em agosto de 1920, surpreendeu a Europa.\n", encoding="utf-8"
    )
    kg = teia.api.build(corpus, model="blank")
    (line,) = [m for m in kg.merges if m.rule == "event-coreference"]
    assert len(set(kg.dataset.subjects(RDF.type, TEIA.Battle))) == 1
    merges = teia.api.reject_merge(line, tmp_path / "merges.jsonl", note="a derrota não é a batalha")
    kg2 = teia.api.build(corpus, model="blank", merges=merges, out=tmp_path / "out")
    assert len(set(kg2.dataset.subjects(RDF.type, TEIA.Battle))) == 2
    logged = [json.loads(x) for x in (tmp_path / "out" / "merge-log.jsonl").read_text(encoding="utf-8").splitlines()]
    (refused,) = [x for x in logged if x["rule"] == "event-coreference"]
    assert refused["status"] == "rejected" and refused["merged"] == line.merged and "merges.jsonl:2" in refused["evidence"]


def test_river_named_with_and_without_its_classifier_is_one_place():
    """``o rio Volga`` and ``o Volga`` name one river (a lower-case ``rio``/``lago``/``monte``
    before a capitalized name); ``Rio de Janeiro`` keeps its ``Rio``, and a person named like
    the river stays apart."""
    exs = [
        extraction("a.txt", ("rio Volga", LOC), ("Rio de Janeiro", LOC)),
        extraction("b.txt", ("Volga", LOC), ("Volga", PER), ("Janeiro", LOC)),
    ]
    res = resolve_corpus(exs)
    places = sorted(sorted({m.text for m in e.mentions}) for e in res.entities if e.type == LOC)
    assert places == [["Janeiro"], ["Rio de Janeiro"], ["Volga", "rio Volga"]]
    assert any(e.type == PER and e.label == "Volga" for e in res.entities)


def test_ratio_bound_never_refuses_a_similar_pair():
    """``_ratio_below`` may skip ``SequenceMatcher`` only when the ratio is surely under the
    threshold: checked on every pair of words of transliteration variants and near misses."""
    from teia.extract.resolve.names import _ratio, _ratio_below

    words = [
        "tukhachevsky", "tukhatchevski", "tuchatschewski", "trotsky", "trotski", "trotzki", "lenin",
        "lenine", "leninegrado", "stalin", "estaline", "estalin", "pilsudski", "pilsudsky", "pilsudskii",
        "varsovia", "varsavia", "warszawa", "moscovo", "moscou", "moskva", "kolchak", "koltchak",
        "aaab", "abbb", "abab", "baba", "silva", "silveira", "sousa", "souza", "mississippi", "missouri",
    ]
    checked = skipped = 0
    for a in words:
        for b in words:
            for threshold in (0.5, 0.7, 0.8, 0.85, 0.9):
                checked += 1
                if _ratio_below(a, b, threshold):
                    skipped += 1
                    assert _ratio(a, b) < threshold, (a, b, threshold)
    assert 0 < skipped < checked


def test_a_stated_alias_takes_the_category_of_the_name_it_is_given_for():
    # Wikipedia's stadium leads: the NER types the nickname a person, so the stadium's second name
    # was a person of its own (an alias link joins no person to a place)
    words = ["O", "Estádio", "Francisco", "Leite", ",", "apelidado", "de", "Chico", "Leite", ",", "fica", "em", "Riachuelo", "."]
    spaces = [True, True, True, False, True, True, True, True, False, True, True, True, False, False]
    doc = make_doc(words, [(1, 4, "LOC"), (7, 9, "PER"), (12, 13, "LOC")], spaces)
    ms, ents = run_grouper(doc)
    assert [(m.text, m.category) for m in ms] == [("Estádio Francisco Leite", "LOC"), ("Chico Leite", "LOC"), ("Riachuelo", "LOC")]
    assert labels(ents) == {frozenset({"Estádio Francisco Leite", "Chico Leite"}), frozenset({"Riachuelo"})}
    assert {e.label: e.type for e in ents} == {"Estádio Francisco Leite": "LOC", "Riachuelo": "LOC"}
    # in brackets: a club's short name the NER read as the town it is named after
    words = ["O", "Santa", "Maria", "Futebol", "Clube", "(", "também", "conhecido", "como", "Santa", "Maria", ")", "venceu", "."]
    spaces = [True, True, True, True, True, False, True, True, True, True, False, True, False, False]
    doc = make_doc(words, [(1, 5, "ORG"), (9, 11, "LOC")], spaces)
    ms, ents = run_grouper(doc)
    assert [(m.text, m.category) for m in ms] == [("Santa Maria Futebol Clube", "ORG"), ("Santa Maria", "ORG")]
    assert len(ents) == 1 and ents[0].type == "ORG" and ents[0].aliases == ("Santa Maria",)
    # a person's lifespan after the other name: both names are a person's, whatever the NER
    # typed the first ("Tamandani Wazayo Phillip, mais conhecido como Tam Nsaliwa (Lilongwe, ...)")
    words = ["Tamandani", "Phillip", ",", "mais", "conhecido", "como", "Tam", "Nsaliwa", "(", "Lilongwe", ",",
             "28", "de", "Janeiro", "de", "1982", ")", "é", "futebolista", "."]
    spaces = [True, False, True, True, True, True, True, True, False, False, True,
              True, True, True, True, False, True, True, False, False]
    doc = make_doc(words, [(0, 2, "ORG"), (6, 8, "PER"), (9, 10, "LOC")], spaces)
    ms, ents = run_grouper(doc)
    assert [(m.text, m.category) for m in ms][:2] == [("Tamandani Phillip", "PER"), ("Tam Nsaliwa", "PER")]
    person = next(e for e in ents if "Tam Nsaliwa" in {m.text for m in e.mentions})
    assert person.type == "PER" and {m.text for m in person.mentions} == {"Tamandani Phillip", "Tam Nsaliwa"}
    # a name in brackets with no naming word keeps its own category: "João Silva (Benfica)"
    words = ["João", "Silva", "(", "Benfica", ")", "marcou", "."]
    spaces = [True, True, False, False, True, False, False]
    doc = make_doc(words, [(0, 2, "PER"), (3, 4, "ORG")], spaces)
    ms, _ = run_grouper(doc)
    assert [(m.text, m.category) for m in ms] == [("João Silva", "PER"), ("Benfica", "ORG")]
