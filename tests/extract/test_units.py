"""Roles with their units (issue 20): a role noun's unit named by a common-noun phrase becomes an
organization (a military unit for military heads) that the role rules relate the person to.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import json

import pytest
from handparse import relations_pipeline, table_doc
from spacy.tokens import Doc

import teia
from teia.errors import InputError
from teia.extract.entities import ENTITIES
from teia.extract.relations.mapping import default_mapping
from teia.extract.relations.units import MILITARY_SOURCE, UNIT_SOURCE, load_units, unit_entities


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def parse(nlp, table: str, ents: list[tuple[str, int, int]]) -> Doc:
    return table_doc(nlp, table, ents, "units.txt")


def facts(doc: Doc) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    return {(label[r.subject], r.predicate, label[r.object]) for r in doc._.teia_relations}


def sources(doc: Doc) -> dict[str, str]:
    return {e.label: e.mentions[0].source for e in doc._.get(ENTITIES)}


APPOSITION = """
Trotsky Trotsky PROPN nsubj 9
, , PUNCT punct 2
comandante comandante NOUN appos 0
do de_o ADP case 4
exército exército NOUN nmod 2
do de_o ADP case 6
sul sul NOUN nmod 4
, , PUNCT punct 2
já já ADV advmod 9
chegou chegar VERB ROOT 9
. . PUNCT punct 9
"""


def test_apposition_role_to_a_military_unit_named_by_the_phrase(nlp) -> None:
    doc = parse(nlp, APPOSITION, [("PER", 0, 1)])
    assert ("Trotsky", "commanded", "exército do sul") in facts(doc)
    assert sources(doc)["exército do sul"] == MILITARY_SOURCE


TITLE_FIRST = """
o o DET det 1
presidente presidente NOUN nsubj 8
do de_o ADP case 3
conselho conselho NOUN nmod 1
, , PUNCT punct 5
Afonso Afonso PROPN appos 1
Costa Costa PROPN flat:name 5
, , PUNCT punct 5
demitiu demitir VERB ROOT 8
. . PUNCT punct 8
"""


def test_title_before_the_name_gives_a_role_in_an_organization(nlp) -> None:
    doc = parse(nlp, TITLE_FIRST, [("PER", 5, 7)])
    assert ("Afonso Costa", "led", "conselho") in facts(doc)
    assert sources(doc)["conselho"] == UNIT_SOURCE  # an organization, not a military unit


PREDICATIVE = """
Tukhachevsky Tukhachevsky PROPN nsubj:pass 2
foi ser AUX aux:pass 2
nomeado nomear VERB ROOT 2
chefe chefe NOUN xcomp 2
da de_o ADP case 5
frente frente NOUN nmod 3
norte norte ADJ amod 5
, , PUNCT punct 10
que que PRON nsubj 10
depois depois ADV advmod 10
perdeu perder VERB acl:relcl 5
. . PUNCT punct 2
"""


def test_predicative_role_stops_the_phrase_before_a_clause(nlp) -> None:
    doc = parse(nlp, PREDICATIVE, [("PER", 0, 1)])
    assert ("Tukhachevsky", "led", "frente norte") in facts(doc)


NAMED = """
Trotsky Trotsky PROPN nsubj 6
, , PUNCT punct 2
comandante comandante NOUN appos 0
do de_o ADP case 4
Exército Exército PROPN nmod 2
Vermelho Vermelho PROPN flat:name 4
chegou chegar VERB ROOT 6
. . PUNCT punct 6
"""

NOT_A_ROLE = """
a o DET det 1
casa casa NOUN nsubj 5
do de_o ADP case 3
conselho conselho NOUN nmod 1
foi ser AUX cop 5
vendida vender VERB ROOT 5
. . PUNCT punct 5
"""


def test_named_units_and_other_nouns_make_no_new_entity(nlp) -> None:
    named = parse(nlp, NAMED, [("PER", 0, 1), ("ORG", 4, 6)])
    assert ("Trotsky", "commanded", "Exército Vermelho") in facts(named)
    assert unit_entities(named, default_mapping(), load_units()) == []
    plain = parse(nlp, NOT_A_ROLE, [])
    assert unit_entities(plain, default_mapping(), load_units()) == []


def test_the_lexicon_is_checked(tmp_path) -> None:
    bad = tmp_path / "units.json"
    bad.write_text(json.dumps({"units": ["conselho"], "military": ["exército"]}), encoding="utf-8")
    with pytest.raises(InputError, match="military"):
        load_units(str(bad))
    bad.write_text(json.dumps({"units": "conselho", "military": []}), encoding="utf-8")
    with pytest.raises(InputError, match="'units' must be a list"):
        load_units(str(bad))
    bad.write_text('{"units": [', encoding="utf-8")
    with pytest.raises(InputError, match="units.json:1: the unit lexicon is not valid JSON"):
        load_units(str(bad))
    bad.write_bytes('{"units": ["exército"]}'.encode("latin-1"))
    with pytest.raises(InputError, match="units.json: cannot read the unit lexicon"):
        load_units(str(bad))


def test_a_military_unit_is_typed_in_the_graph(tmp_path) -> None:
    """End to end with the shipped parser: the unit node is a teia:MilitaryUnit named by the phrase."""
    from teia.extract.model import shipped_model_path
    from teia.ontology.namespace import TEIA

    if not (shipped_model_path() / "config.cfg").exists():
        pytest.skip("the shipped model is not installed")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("Trotsky, comandante do exército do sul, chegou a Kiev.\n", encoding="utf-8")
    kg = teia.build(tmp_path / "d")
    rows = list(kg.dataset.query(
        "SELECT ?u ?l WHERE { ?u a teia:MilitaryUnit ; rdfs:label ?l }", initNs={"teia": TEIA}
    ))
    assert [str(r[1]) for r in rows] == ["exército do sul"]


def test_role_nouns_worked_out_once_per_mapping_and_again_for_another():
    from dataclasses import replace

    from teia.extract.relations.units import _role_nouns

    mapping = default_mapping()
    roles = _role_nouns(mapping)
    assert "comandante" in roles or "chefe" in roles
    assert _role_nouns(mapping) is roles  # not worked out again for each document
    fewer = replace(mapping, nouns={k: v for k, v in mapping.nouns.items() if k[0] not in roles})
    assert _role_nouns(fewer) == frozenset()
    assert _role_nouns(mapping) is roles
