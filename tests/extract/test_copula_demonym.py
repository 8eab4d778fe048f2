"""Nationality from a demonym in the predicate of ``ser`` (issue 20,
``teia/extract/relations/copula_demonym.py``).

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc

from teia.extract.entities import ENTITIES


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def nationalities(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str]]:
    doc = table_doc(nlp, table, ents, "bio.txt")
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    return {(label[r.subject], label[r.object]) for r in doc._.teia_relations if r.rule == "copula-demonym" and r.predicate == "nationality"}


# "Marco Rossi é um futebolista italiano."
ROSSI = """
Marco Marco PROPN nsubj 4
Rossi Rossi PROPN flat:name 0
é ser AUX cop 4
um um DET det 4
futebolista futebolista NOUN ROOT 4
italiano italiano ADJ amod 4
. . PUNCT punct 4
"""


def test_a_demonym_on_the_predicate_noun_of_a_persons_copula(nlp) -> None:
    assert nationalities(nlp, ROSSI, [("PER", 0, 2)]) == {("Marco Rossi", "Itália")}


# "Nataniel Costa foi um professor, escritor e diplomata português." (the demonym on the second
# noun, which the parser set beside the first)
COSTA = """
Nataniel Nataniel PROPN nsubj 4
Costa Costa PROPN flat:name 0
foi ser AUX cop 4
um um DET det 4
professor professor NOUN ROOT 4
, , PUNCT punct 6
escritor escritor NOUN appos 4
e e CCONJ cc 8
diplomata diplomata NOUN conj 6
português português ADJ amod 6
. . PUNCT punct 4
"""


def test_a_demonym_on_a_noun_of_the_predicates_list(nlp) -> None:
    assert nationalities(nlp, COSTA, [("PER", 0, 2)]) == {("Nataniel Costa", "Portugal")}


# "Vitorino Freire é um município brasileiro.": the NER took a town for a person
MUNICIPIO = ROSSI.replace("Marco Marco", "Vitorino Vitorino").replace("Rossi Rossi", "Freire Freire").replace(
    "futebolista futebolista", "município município"
).replace("italiano italiano", "brasileiro brasileiro")


def test_a_predicate_that_names_no_person_gives_nothing(nlp) -> None:
    assert nationalities(nlp, MUNICIPIO, [("PER", 0, 2)]) == set()
    # the same words with a person's noun do
    person = MUNICIPIO.replace("município município", "cantor cantor")
    assert nationalities(nlp, person, [("PER", 0, 2)]) == {("Vitorino Freire", "Brasil")}


# "Ayda Field é uma atriz turca e norte-americana.": two countries, no single nationality
FIELD = """
Ayda Ayda PROPN nsubj 4
Field Field PROPN flat:name 0
é ser AUX cop 4
uma um DET det 4
atriz atriz NOUN ROOT 4
turca turco ADJ amod 4
e e CCONJ cc 7
norte-americana norte-americano ADJ conj 5
. . PUNCT punct 4
"""


def test_two_countries_give_nothing(nlp) -> None:
    assert nationalities(nlp, FIELD, [("PER", 0, 2)]) == set()


# "O prêmio foi dado a Marco Rossi.": no copula with the person as subject
NO_COPULA = """
O o DET det 1
prêmio prêmio NOUN nsubj:pass 3
foi ser AUX aux:pass 3
dado dar VERB ROOT 3
a a ADP case 5
Marco Marco PROPN obl 3
Rossi Rossi PROPN flat:name 5
. . PUNCT punct 3
"""


def test_no_copula_no_nationality(nlp) -> None:
    assert nationalities(nlp, NO_COPULA, [("PER", 5, 7)]) == set()


def test_the_nouns_that_name_no_person_are_checked_when_read(tmp_path) -> None:
    import json

    from teia.errors import InputError
    from teia.extract.demonyms import load_demonyms

    assert "município" in load_demonyms().not_person_nouns
    bad = tmp_path / "demonyms.json"
    bad.write_text(
        json.dumps({"countries": {"A": {"names": ["A"], "demonyms": ["x"]}}, "not_person_nouns": ["Banda"]}), encoding="utf-8"
    )
    with pytest.raises(InputError, match="not_person_nouns"):
        load_demonyms(str(bad))
