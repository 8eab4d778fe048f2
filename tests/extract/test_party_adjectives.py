"""A party's adjective before a politician's name (issue 20, ``party_adjectives.py``): ``o
deputado petista Jaques Wagner``, ``os peemedebistas Quércia e Barros Munhoz``.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import json

import pytest
from handparse import relations_pipeline, table_doc, table_facts

from teia.errors import InputError
from teia.extract.entities import ENTITIES
from teia.extract.regions import load_regions


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, "parties.txt")


DEPUTY = """
Ele ele PRON nsubj:pass 2
foi ser AUX aux:pass 2
procurado procurar VERB ROOT 2
pelo por_o ADP case 4
deputado deputado NOUN obl:agent 2
petista petista ADJ amod 4
Jaques Jaques PROPN appos 4
Wagner Wagner PROPN flat:name 6
. . PUNCT punct 2
"""

LIST = """
Faziam fazer VERB ROOT 0
campanha campanha NOUN obj 0
os o DET det 3
peemedebistas peemedebista NOUN nsubj 0
Quércia Quércia PROPN appos 3
e e CCONJ cc 6
Barros Barros PROPN conj 4
Munhoz Munhoz PROPN flat:name 6
. . PUNCT punct 0
"""


def test_a_party_adjective_makes_the_name_after_it_a_member_of_the_party(nlp) -> None:
    found = facts(nlp, DEPUTY, [("PER", 6, 8)])
    assert ("Jaques Wagner", "memberOf", "PT", "party-adjective") in found
    doc = table_doc(nlp, DEPUTY, [("PER", 6, 8)], "parties.txt")
    assert [(e.label, e.type, e.mentions) for e in doc._.get(ENTITIES) if e.label == "PT"] == [("PT", "ORG", ())]


def test_a_plural_party_adjective_takes_every_name_of_the_list(nlp) -> None:
    found = facts(nlp, LIST, [("PER", 4, 5), ("PER", 6, 8)])
    assert {("Quércia", "memberOf", "PMDB", "party-adjective"), ("Barros Munhoz", "memberOf", "PMDB", "party-adjective")} <= found


def test_no_statement_without_a_name_right_after_the_adjective(nlp) -> None:
    table = DEPUTY.replace("Jaques Jaques PROPN appos 4", "ontem ontem ADV advmod 2")
    assert not facts(nlp, table, [("PER", 7, 8)])


def test_a_party_adjective_must_be_a_word_with_an_acronym(tmp_path) -> None:
    data = {"codes": {"SP": "São Paulo"}, "areas": ["interior"], "party_adjectives": {"Tucano": "PSDB"}}
    path = tmp_path / "regions.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match="regions.json: 'party_adjectives'"):
        load_regions(str(path))
    path.write_text(json.dumps({**data, "party_adjectives": {"tucano": "PSDB-SP"}}), encoding="utf-8")
    with pytest.raises(InputError, match="'party_adjectives'"):
        load_regions(str(path))
    path.write_text(json.dumps({**data, "party_adjectives": {"tucano": "PSDB"}}), encoding="utf-8")
    assert load_regions(str(path)).party_adjectives == {"tucano": "PSDB"}
