"""A place of birth, death or home named through a common noun of a place inside it (issue 20,
P44e): ``nasceu numa aldeia de Zamość``, ``nascida em uma fazenda em Pinheiros``, ``numa casa na
zona rural de Rafard``; not a place only near the named one, a person's house, nor the place of
another verb's noun."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _born(noun_rows: str, verb: str = "nasceu nascer") -> str:
    """``Pedro Lima <verb> <noun_rows> .``: the person the subject of the verb (token 2), the
    noun phrase's rows (heads 0-based in the doc, from token 3) hung on it by the caller."""
    return f"""
Pedro Pedro PROPN nsubj 2
Lima Lima PROPN flat:name 0
{verb} VERB ROOT 2
{noun_rows.strip()}
"""


def test_a_village_of_a_place_is_in_the_place(nlp) -> None:
    # "Pedro Lima nasceu numa aldeia de Zamość."
    table = _born("""
numa em_um ADP case 4
aldeia aldeia NOUN obl 2
de de ADP case 6
Zamość Zamość PROPN nmod 4
. . PUNCT punct 2
""")
    found = table_facts(nlp, table, [("PER", 0, 2), ("LOC", 6, 7)])
    assert ("Pedro Lima", "bornIn", "Zamość", "container-place") in found


def test_a_participle_of_a_person_and_a_farm_in_a_place(nlp) -> None:
    # "Elisa Lopes, nascida em uma fazenda em Pinheiros, chegou."
    table = """
Elisa Elisa PROPN nsubj 10
Lopes Lopes PROPN flat:name 0
, , PUNCT punct 3
nascida nascer VERB acl 0 Gender=Fem|Number=Sing|VerbForm=Part
em em ADP case 6
uma um DET det 6
fazenda fazenda NOUN obl 3
em em ADP case 8
Pinheiros Pinheiros PROPN nmod 6
, , PUNCT punct 3
chegou chegar VERB ROOT 10
. . PUNCT punct 10
"""
    found = table_facts(nlp, table, [("PER", 0, 2), ("LOC", 8, 9)])
    assert ("Elisa Lopes", "bornIn", "Pinheiros", "container-place") in found


def test_a_house_in_an_area_of_a_town(nlp) -> None:
    # "Pedro Lima nasceu numa casa na zona rural de Rafard."
    table = _born("""
numa em_um ADP case 4
casa casa NOUN obl 2
na em_o ADP case 6
zona zona NOUN nmod 4
rural rural ADJ amod 6
de de ADP case 9
Rafard Rafard PROPN nmod 6
. . PUNCT punct 2
""")
    found = table_facts(nlp, table, [("PER", 0, 2), ("LOC", 9, 10)])
    assert ("Pedro Lima", "bornIn", "Rafard", "container-place") in found


def test_a_death_in_a_hospital_of_a_town(nlp) -> None:
    # "Pedro Lima morreu num hospital de Lisboa."
    table = _born("""
num em_um ADP case 4
hospital hospital NOUN obl 2
de de ADP case 6
Lisboa Lisboa PROPN nmod 4
. . PUNCT punct 2
""", verb="morreu morrer")
    found = table_facts(nlp, table, [("PER", 0, 2), ("LOC", 6, 7)])
    assert ("Pedro Lima", "diedIn", "Lisboa", "container-place") in found


# sentences that state no place through the noun: "Pedro Lima nasceu na cidade vizinha de
# Sumaré" (near, not in), "Pedro Lima vive numa quinta perto de Évora" (near), "Pedro Lima nasceu
# na casa de Maria Silva" (a person's house), "Pedro Lima pintou numa casa de Braga" (no birth,
# death nor home); each: the verb, the noun phrase's rows, its second entity's span and label
NO_PLACE = [
    ("nasceu nascer", "na em_o ADP case 4|cidade cidade NOUN obl 2|vizinha vizinho ADJ amod 4|de de ADP case 7|Sumaré Sumaré PROPN nmod 4", ("LOC", 7, 8)),
    ("vive viver", "numa em_um ADP case 4|quinta quinta NOUN obl 2|perto perto ADV advmod 7|de de ADP case 7|Évora Évora PROPN nmod 4", ("LOC", 7, 8)),
    ("nasceu nascer", "na em_o ADP case 4|casa casa NOUN obl 2|de de ADP case 6|Maria Maria PROPN nmod 4|Silva Silva PROPN flat:name 6", ("PER", 6, 8)),
    ("pintou pintar", "numa em_um ADP case 4|casa casa NOUN obl 2|de de ADP case 6|Braga Braga PROPN nmod 4", ("LOC", 6, 7)),
]


@pytest.mark.parametrize(("verb", "rows", "other"), NO_PLACE)
def test_no_place_near_of_a_person_or_of_another_verb(nlp, verb, rows, other) -> None:
    table = _born(rows.replace("|", "\n") + "\n. . PUNCT punct 2", verb=verb)
    found = table_facts(nlp, table, [("PER", 0, 2), other])
    assert not any(r == "container-place" or (o != "Pedro Lima" and p in ("bornIn", "residedIn")) for _, p, o, r in found)
