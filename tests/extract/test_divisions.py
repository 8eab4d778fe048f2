"""A division noun names the place of its ``de`` complement (issue 20, ``divisions.py``): ``nasceu
na cidade de Miradouro``, ``localizada no estado norte-americano do Texas``.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


BORN = """
Rui Rui PROPN nsubj 2
Amaral Amaral PROPN flat:name 0
nasceu nascer VERB ROOT 2
na em_a ADP case 4
cidade cidade NOUN obl 2
de de ADP case 6
Miradouro Miradouro PROPN nmod 4
. . PUNCT punct 2
"""

STUB = """
Sonora Sonora PROPN nsubj 3
é ser AUX cop 3
uma um DET det 3
cidade cidade NOUN ROOT 3
localizada localizar VERB acl 3
no em_o ADP case 6
estado estado NOUN obl 4
norte-americano norte-americano ADJ amod 6
do de_o ADP case 9
Texas Texas PROPN nmod 6
. . PUNCT punct 3
"""

PLURAL = """
A o DET det 1
Sonae Sonae PROPN nsubj 2
abriu abrir VERB ROOT 2
lojas loja NOUN obj 2
nos em_os ADP case 5
estados estado NOUN obl 2
de de ADP case 7
Goiás Goiás PROPN nmod 5
e e CCONJ cc 9
Sergipe Sergipe PROPN conj 7
. . PUNCT punct 2
"""


def test_a_division_noun_stands_for_the_place_its_de_complement_names(nlp) -> None:
    assert ("Rui Amaral", "bornIn", "Miradouro", "svo-active") in table_facts(nlp, BORN, [("PER", 0, 2), ("LOC", 6, 7)])
    found = table_facts(nlp, STUB, [("LOC", 0, 1), ("LOC", 9, 10)])
    assert ("Sonora", "locatedIn", "Texas", "acl-participle") in found


def test_a_place_noun_that_is_no_division_level_stands_for_its_de_complement(nlp) -> None:
    # "no distrito de Gänserndorf": the entity rules leave "distrito" (a place_classifiers noun,
    # no area level: its rank differs between countries) out of the name; the noun still names it
    stub = STUB.replace("estado estado", "distrito distrito").replace("do de_o ADP", "de de ADP").replace("Texas Texas", "Gänserndorf Gänserndorf")
    found = table_facts(nlp, stub, [("LOC", 0, 1), ("LOC", 9, 10)])
    assert ("Sonora", "locatedIn", "Gänserndorf", "acl-participle") in found


def test_a_plural_division_noun_stands_for_each_place(nlp) -> None:
    found = table_facts(nlp, PLURAL, [("ORG", 1, 2), ("LOC", 7, 8), ("LOC", 9, 10)])
    assert {(s, o) for s, _, o, _ in found} >= {("Sonae", "Goiás"), ("Sonae", "Sergipe")}


def test_no_place_without_a_division_noun_or_a_place_after_it(nlp) -> None:
    # "capital" is no division (the capital of Poland is not Poland); a person after "cidade de"
    # is no place the noun names
    capital = BORN.replace("cidade cidade", "capital capital").replace("de de ADP", "da de_a ADP").replace("Miradouro Miradouro", "Polônia Polônia")
    assert not {f for f in table_facts(nlp, capital, [("PER", 0, 2), ("LOC", 6, 7)]) if f[2] == "Polônia"}
    assert not {f for f in table_facts(nlp, BORN, [("PER", 0, 2), ("PER", 6, 7)]) if f[2] == "Miradouro"}


CENTRAL = """
Rui Rui PROPN nsubj 2
Amaral Amaral PROPN flat:name 0
nasceu nascer VERB ROOT 2
na em_a ADP case 4
região região NOUN obl 2
central central ADJ amod 4
de de ADP case 7
Miradouro Miradouro PROPN nmod 4
. . PUNCT punct 2
"""


def test_an_indefinite_division_or_one_with_an_adjective_names_another_place(nlp) -> None:
    # "numa cidade de X": a city of X, not X; "na região central de X": a part of X (a
    # demonym, "no estado norte-americano do Texas", is no such adjective: see above). The noun
    # names no place; a birth in a place inside X is one in X, which ``container-place`` states
    # (tests/extract/test_container_places.py), not the division's naming
    indefinite = BORN.replace("na em_a ADP case 4", "numa em_um ADP case 4")
    for table, ents in ((indefinite, [("PER", 0, 2), ("LOC", 6, 7)]), (CENTRAL, [("PER", 0, 2), ("LOC", 7, 8)])):
        found = table_facts(nlp, table, ents)
        assert not {f for f in found if f[2] == "Miradouro" and f[3] != "container-place"}
        assert ("Rui Amaral", "bornIn", "Miradouro", "container-place") in found



def test_a_continents_gentilic_on_a_division_noun_still_names_its_place(nlp) -> None:
    # Wikipedia's US stub "Mojave é uma região censo-designada localizada no estado americano da
    # Califórnia, no Condado de Kern": "americano" (a continent's gentilic, no country's demonym)
    # is no adjective that makes the state another place; it lost "Mojave locatedIn Califórnia"
    # (Wikipedia 6500-8000: 199 of 337 such stubs wrote the county but not the state)
    stub = STUB.replace("norte-americano norte-americano", "americano americano").replace("do de_o ADP", "da de_a ADP").replace("Texas Texas", "Califórnia Califórnia")
    found = table_facts(nlp, stub, [("LOC", 0, 1), ("LOC", 9, 10)])
    assert ("Sonora", "locatedIn", "Califórnia", "acl-participle") in found
    # a descriptive adjective still names a part of the place, not it
    central = STUB.replace("norte-americano norte-americano", "central central")
    assert not {f for f in table_facts(nlp, central, [("LOC", 0, 1), ("LOC", 9, 10)]) if f[2] == "Texas"}


DISTRICT = """
Martinsberg Martinsberg PROPN nsubj 3
é ser AUX cop 3
um um DET det 3
município município NOUN ROOT 3
da de_a ADP case 5
Áustria Áustria PROPN nmod 3
localizado localizar VERB acl 3
no em_o ADP case 8
distrito distrito NOUN obl 6
de de ADP case 10
Zwettl Zwettl PROPN nmod 8
. . PUNCT punct 3
"""


def test_a_division_of_no_level_names_its_place_too(nlp) -> None:
    # "distrito" ranks differently in Portugal and Brazil (no level of area_levels), but "no
    # distrito de Zwettl" names Zwettl all the same (regions.json's unranked_divisions)
    found = table_facts(nlp, DISTRICT, [("LOC", 0, 1), ("LOC", 5, 6), ("LOC", 10, 11)])
    assert ("Martinsberg", "locatedIn", "Zwettl", "acl-participle") in found
    unknown = DISTRICT.replace("distrito distrito", "setor setor")
    assert not {f for f in table_facts(nlp, unknown, [("LOC", 0, 1), ("LOC", 5, 6), ("LOC", 10, 11)]) if f[2] == "Zwettl"}


NESTED = """
Rui Rui PROPN nsubj 1
mora morar VERB ROOT 1
na em_a ADP case 3
cidade cidade NOUN obl 1
de de ADP case 5
Barretos Barretos PROPN nmod 3
, , PUNCT punct 8
no em_o ADP case 8
estado estado NOUN nmod 3
de de ADP case 10
Sergipe Sergipe PROPN nmod 8
. . PUNCT punct 1
"""


def test_a_place_noun_between_two_places_nests_the_first_in_the_second(nlp) -> None:
    # "na cidade de Barretos, no estado de Sergipe": the name is Sergipe (the noun is left out of
    # it), and the text between the two names still nests the town in the state
    found = table_facts(nlp, NESTED, [("PER", 0, 1), ("LOC", 5, 6), ("LOC", 10, 11)])
    assert ("Barretos", "locatedIn", "Sergipe", "surface-nesting") in found
    # must not: a noun that is no place's ("Barretos, no time de Sergipe")
    other = NESTED.replace("estado estado", "time time")
    assert not {f for f in table_facts(nlp, other, [("PER", 0, 1), ("LOC", 5, 6), ("LOC", 10, 11)]) if f[0] == "Barretos"}


MICROREGION = """
Lavrinhas Lavrinhas PROPN nsubj 3
é ser AUX cop 3
um um DET det 3
município município NOUN ROOT 3
de de ADP case 5
São_Paulo São_Paulo PROPN nmod 3
localizado localizar VERB acl 3
na em_a ADP case 8
microrregião microrregião NOUN obl 6
de de ADP case 10
Guaratinguetá Guaratinguetá PROPN nmod 8
. . PUNCT punct 3
"""


def test_a_region_named_after_a_town_is_not_that_town(nlp) -> None:
    # "localizado na microrregião de Guaratinguetá": the microregion bears the town's name but is
    # another place, which holds Lavrinhas; the town Guaratinguetá does not
    spans = [("LOC", 0, 1), ("LOC", 5, 6), ("LOC", 10, 11)]
    assert not {f for f in table_facts(nlp, MICROREGION, spans) if f[2] == "Guaratinguetá"}
    # with an article the complement is the region's own name, no town's ("na microrregião do Vale")
    own = MICROREGION.replace("de de ADP case 10\nGuaratinguetá Guaratinguetá", "do de_o ADP case 10\nVale Vale")
    assert ("Lavrinhas", "locatedIn", "Vale", "acl-participle") in table_facts(nlp, own, spans)
    # a division whose complement is its own name still names it ("no distrito de Guaratinguetá")
    district = MICROREGION.replace("microrregião microrregião", "distrito distrito")
    assert ("Lavrinhas", "locatedIn", "Guaratinguetá", "acl-participle") in table_facts(nlp, district, spans)


# "Lavrinhas é um município de São Paulo, na microrregião de Guaratinguetá": the region on the noun
COPULA_REGION = MICROREGION.replace("localizado localizar VERB acl 3", ", , PUNCT punct 8").replace("NOUN obl 6", "NOUN nmod 3")


def test_a_copulas_noun_reads_no_town_through_a_region_named_after_it(nlp) -> None:
    # "Lavrinhas é um município ..., na microrregião de Guaratinguetá": the noun's complement is
    # the region, which the town's name names, so no statement puts Lavrinhas in the town
    spans = [("LOC", 0, 1), ("LOC", 5, 6), ("LOC", 10, 11)]
    assert not {f for f in table_facts(nlp, COPULA_REGION, spans) if f[0] == "Lavrinhas" and f[2] == "Guaratinguetá"}
    # a common noun of no such region is still read through ("na cidade de Guaratinguetá")
    town = COPULA_REGION.replace("microrregião microrregião", "cidade cidade")
    assert {f for f in table_facts(nlp, town, spans) if f[0] == "Lavrinhas" and f[2] == "Guaratinguetá"}
