"""Two people named as a couple and both names after a kinship noun's ``de`` (issue 20,
``couples.py``, ``kin_pairs.py``): ``o casal Rui Lobo e Ana Reis``, ``filha de Rui Lobo e de Ana
Reis``.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), with the shipped parser's kind of parse (the second name a
conjunct of the first), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def kin(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, o, rule) for s, p, o, rule in found if p == "relativeOf"}


COUPLE = """
O o DET det 1
casal casal NOUN nsubj 7
Rui Rui PROPN appos 1
Lobo Lobo PROPN flat:name 2
e e CCONJ cc 5
Ana Ana PROPN conj 2
Reis Reis PROPN flat:name 5
chegou chegar VERB ROOT 7
a a ADP case 9
Lisboa Lisboa PROPN obl 7
. . PUNCT punct 7
"""
COUPLE_ENTS = [("PER", 2, 4), ("PER", 5, 7), ("LOC", 9, 10)]


def test_the_two_names_after_casal_are_each_other_s_kin(nlp) -> None:
    assert kin(table_facts(nlp, COUPLE, COUPLE_ENTS)) == {("Rui Lobo", "Ana Reis", "couple")}


def test_no_couple_without_a_couple_noun(nlp) -> None:
    table = COUPLE.replace("casal casal", "grupo grupo")
    assert not kin(table_facts(nlp, table, COUPLE_ENTS))


def test_no_couple_when_more_than_e_stands_between_the_names(nlp) -> None:
    # "o casal Rui Lobo e o amigo Ana Reis": the second name is not the first's partner
    table = COUPLE.replace("e e CCONJ cc 5\n", "e e CCONJ cc 6\no o DET det 6\namigo amigo NOUN conj 2\n")
    table = "\n".join(_shift(line, 5, 2) for line in table.strip().splitlines())
    assert not {k for k in kin(table_facts(nlp, table, [("PER", 2, 4), ("PER", 7, 9), ("LOC", 11, 12)])) if k[2] == "couple"}


def _shift(line: str, after: int, by: int) -> str:
    """``line`` with its head moved by ``by`` when it points past token ``after`` (two tokens inserted)."""
    parts = line.split()
    if parts[0] in ("o", "amigo"):
        return line
    head = int(parts[4])
    parts[4] = str(head + by if head > after else head)
    return " ".join(parts)


DAUGHTER = """
Marta Marta PROPN nsubj 3
Lobo Lobo PROPN flat:name 0
é ser AUX cop 3
filha filha NOUN ROOT 3
de de ADP case 5
Rui Rui PROPN nmod 3
Lobo Lobo PROPN flat:name 5
e e CCONJ cc 9
de de ADP case 9
Ana Ana PROPN conj 5
Reis Reis PROPN flat:name 9
. . PUNCT punct 3
"""
DAUGHTER_ENTS = [("PER", 0, 2), ("PER", 5, 7), ("PER", 9, 11)]


def _daughter(nlp, table: str = DAUGHTER, ents=None) -> set[tuple[str, str, str]]:
    rows = table.strip().splitlines()
    # the second parent an oblique of the copula's clause, where no frame reaches it
    rows[9] = rows[9].replace("conj 5", "obl 3")
    return kin(table_facts(nlp, "\n".join(rows), ents or DAUGHTER_ENTS))


def test_the_second_name_after_filha_de_x_e_de_is_a_parent_too(nlp) -> None:
    found = _daughter(nlp)
    assert ("Marta Lobo", "Rui Lobo") in {k[:2] for k in found}
    assert ("Marta Lobo", "Ana Reis", "kin-pair") in found


SON = """
Caio Caio PROPN nsubj 8
, , PUNCT punct 2
filho filho NOUN appos 0
de de ADP case 4
Rui Rui PROPN nmod 2
e e CCONJ cc 6
Ana Ana PROPN obl 8
, , PUNCT punct 2
nasceu nascer VERB ROOT 8
. . PUNCT punct 8
"""


def test_the_second_parent_without_de(nlp) -> None:
    found = kin(table_facts(nlp, SON, [("PER", 0, 1), ("PER", 4, 5), ("PER", 6, 7)]))
    assert ("Caio", "Ana", "kin-pair") in found


def test_a_spouse_noun_is_not_shared_by_the_two_names(nlp) -> None:
    table = DAUGHTER.replace("filha filha", "esposa esposa")
    assert not {k for k in _daughter(nlp, table) if k[2] == "kin-pair"}


def test_no_second_parent_after_a_word_that_is_not_e(nlp) -> None:
    table = DAUGHTER.replace("e e CCONJ cc 9", "com com ADP case 9")
    assert not {k for k in _daughter(nlp, table) if k[2] == "kin-pair"}


def test_no_second_parent_that_is_not_a_person(nlp) -> None:
    found = _daughter(nlp, DAUGHTER, [("PER", 0, 2), ("PER", 5, 7), ("LOC", 9, 11)])
    assert not {k for k in found if k[2] == "kin-pair"}


# "Rui Lobo nasceu em Londres, Inglaterra, filho de Ana Reis e Rui Reis.": the country the NER
# typed a person hangs the kinship noun as its apposition (gates.known_place_name)
BORN_IN = """
Rui Rui PROPN nsubj 2
Lobo Lobo PROPN flat:name 0
nasceu nascer VERB ROOT 2
em em ADP case 4
Londres Londres PROPN obl 2
, , PUNCT punct 6
Inglaterra Inglaterra PROPN appos 4
, , PUNCT punct 8
filho filho NOUN appos 6
de de ADP case 10
Ana Ana PROPN nmod 8
Reis Reis PROPN flat:name 10
e e CCONJ cc 13
Rui Rui PROPN obl 2
Reis Reis PROPN flat:name 13
. . PUNCT punct 2
"""
BORN_IN_ENTS = [("PER", 0, 2), ("LOC", 4, 5), ("PER", 6, 7), ("PER", 10, 12), ("PER", 13, 15)]


def test_a_known_country_typed_a_person_is_nobody_s_child(nlp) -> None:
    assert not kin(table_facts(nlp, BORN_IN, BORN_IN_ENTS))


def test_a_town_of_wikipedia_typed_a_person_is_nobody_s_child(nlp) -> None:
    # a whole title of Wikipedia places only, in no name list
    assert not kin(table_facts(nlp, BORN_IN.replace("Inglaterra Inglaterra", "Saskatoon Saskatoon"), BORN_IN_ENTS))


def test_the_same_apposition_of_a_person_is_kin(nlp) -> None:
    # the control: a person's name where the country stood gives both parents
    found = {k[:2] for k in kin(table_facts(nlp, BORN_IN.replace("Inglaterra Inglaterra", "Teodoro Teodoro"), BORN_IN_ENTS))}
    assert {("Teodoro", "Ana Reis"), ("Teodoro", "Rui Reis")} <= found


def test_a_given_name_a_country_s_name_folds_to_stays_a_parent(nlp) -> None:
    # "Argelia" (a given name) is no "Argélia" as written
    table = BORN_IN.replace("Ana Ana", "Argelia Argelia").replace("Reis Reis PROPN flat:name 10\n", "Lima Lima PROPN flat:name 10\n")
    found = {k[:2] for k in kin(table_facts(nlp, table.replace("Inglaterra Inglaterra", "Teodoro Teodoro"), BORN_IN_ENTS))}
    assert ("Teodoro", "Argelia Lima") in found


def test_no_couple_with_a_known_country_typed_a_person(nlp) -> None:
    table = COUPLE.replace("Ana Ana", "Costa Costa").replace("Reis Reis", "Rica Rica")
    assert not kin(table_facts(nlp, table, COUPLE_ENTS))
