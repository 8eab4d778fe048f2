"""A noun that says what its subject is relates it to the place of its complement (issue 20,
20x): ``X é um município da Espanha na província de Burgos`` → ``locatedIn`` Burgos, ``X é uma
comuna italiana da região da Puglia`` → ``partOf``, ``X é uma banda de power metal da Suécia`` →
``headquarteredIn``, instead of the open ``rel:município_em``, ``rel:comuna_de``, ``rel:banda_de``;
the noun's word, not the NER's category, says a band is an organization.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.errors import InputError
from teia.extract.relations.mapping import load_mapping


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


TOWN = """
Vilar Vilar PROPN nsubj 3
é ser AUX cop 3
um um DET det 3
município município NOUN ROOT 3
da de_a ADP case 5
Espanha Espanha PROPN nmod 3
na em_a ADP case 7
província província NOUN nmod 3
de de ADP case 9
Burgos Burgos PROPN nmod 7
. . PUNCT punct 3
"""

COMMUNE = """
Lucera Lucera PROPN nsubj 3
é ser AUX cop 3
uma um DET det 3
comuna comuna NOUN ROOT 3
italiana italiano ADJ amod 3
da de_a ADP case 6
Puglia Puglia PROPN nmod 3
. . PUNCT punct 3
"""

BAND = """
Dream Dream PROPN nsubj 4
Evil Evil PROPN flat:name 0
é ser AUX cop 4
uma um DET det 4
banda banda NOUN ROOT 4
de de ADP case 6
rock rock NOUN nmod 4
da de_a ADP case 8
Suécia Suécia PROPN nmod 4
. . PUNCT punct 4
"""


def test_a_settlement_noun_places_its_subject_in_the_place_of_its_complement(nlp) -> None:
    town = table_facts(nlp, TOWN, [("LOC", 0, 1), ("LOC", 5, 6), ("LOC", 9, 10)])
    assert ("Vilar", "locatedIn", "Burgos", "copula-noun") in town
    assert not [f for f in town if f[1].startswith("rel:")]
    # the NER's person: the noun says it is a place
    commune = table_facts(nlp, COMMUNE, [("PER", 0, 1), ("LOC", 6, 7)])
    assert ("Lucera", "partOf", "Puglia", "copula-noun") in commune


def test_a_band_noun_makes_an_organization_of_a_name_the_ner_typed_a_person(nlp) -> None:
    assert ("Dream Evil", "headquarteredIn", "Suécia", "copula-noun") in table_facts(nlp, BAND, [("PER", 0, 2), ("LOC", 8, 9)])


def test_no_kind_relation_to_a_person(nlp) -> None:
    found = table_facts(nlp, BAND, [("ORG", 0, 2), ("PER", 8, 9)])
    assert not [f for f in found if f[1] == "headquarteredIn"]


def test_only_a_noun_frame_has_a_kind(tmp_path) -> None:
    noun = tmp_path / "n.json"
    noun.write_text('{"nouns": [{"lemma": "orquestra", "prep": "de", "predicate": "headquarteredIn", "kind": "ORG"}]}', encoding="utf-8")
    assert load_mapping(noun).noun("orquestra", "de").kind == "ORG"
    path = tmp_path / "m.json"
    path.write_text('{"verbs": [{"lemma": "fundar", "prep": "em", "predicate": "locatedIn", "kind": "ORG"}]}', encoding="utf-8")
    with pytest.raises(InputError, match="kind"):
        load_mapping(path)


LISTED = """
Chimaira Chimaira PROPN nsubj 3
é ser AUX cop 3
uma um DET det 3
banda banda NOUN ROOT 3
de de ADP case 5
Cleveland Cleveland PROPN nmod 3
, , PUNCT punct 7
Ohio Ohio PROPN appos 5
, , PUNCT punct 9
Estados Estados PROPN appos 3
Unidos Unidos PROPN flat:name 9
. . PUNCT punct 3
"""


def test_a_kind_says_what_the_name_before_it_is_not_one_after_its_complement(nlp) -> None:
    found = table_facts(nlp, LISTED, [("PER", 0, 1), ("LOC", 5, 6), ("LOC", 7, 8), ("LOC", 9, 11)])
    assert ("Chimaira", "headquarteredIn", "Cleveland", "copula-noun") in found
    assert not [f for f in found if f[0] == "Estados Unidos"]


def test_a_unit_power_is_no_name() -> None:
    from teia.extract.relations.gates import written_as_name

    assert not written_as_name("20,42 hab./km²")
    assert written_as_name("Cleveland")


@pytest.mark.parametrize(
    ("noun", "category", "predicate"),
    [("instituição", "ORG", "headquarteredIn"), ("estádio", "LOC", "locatedIn")],
)
def test_an_institution_and_a_stadium_of_a_place(nlp, noun, category, predicate) -> None:
    """``X é uma instituição ... no estado do Espírito Santo``, ``X é um estádio em Pittsburgh``
    (issue 20, P52f): kinds with their place, no open ``rel:estádio_de``; the NER's person is the
    kind the noun says."""
    table = BAND.replace("banda banda", f"{noun} {noun}")
    found = table_facts(nlp, table, [("PER", 0, 2), ("LOC", 8, 9)])
    assert ("Dream Evil", predicate, "Suécia", "copula-noun") in found
    assert not [f for f in found if f[1].startswith("rel:")]
    # a stadium of a club relates to no organization by these frames
    owned = table_facts(nlp, table, [(category, 0, 2), ("ORG", 8, 9)])
    assert not [f for f in owned if f[1] == predicate]


def test_a_group_of_a_place_stays_open(nlp) -> None:
    """``grupo`` is no kind: news writes a tournament's group (``no mesmo grupo do Brasil``)."""
    found = table_facts(nlp, BAND.replace("banda banda", "grupo grupo"), [("ORG", 0, 2), ("LOC", 8, 9)])
    assert not [f for f in found if f[1] == "headquarteredIn"]
