"""A ``com`` phrase set before the verb and its subject is the circumstance a clause is told
in, not a partner in its act (``Com Marques Mendes, o PSD esboçou uma ruptura``), and ``ao lado
de`` seldom makes one (``Houaiss lecionou Latim, ao lado da Língua Portuguesa``): the open
relations of the first are no statement (:func:`teia.extract.relations.found.fronted_company_open`;
``probable`` from issue 20, P23b, until P52e), those of the second only ``probable``
(:func:`teia.extract.relations.found.beside_open`). A ``com`` phrase after the
verb keeps its relation (``negocia com a Tyrrell``). Written sentences parsed by hand (``text
lemma POS dep head``, ``head`` 0-based)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, by="modality")


# "Com Mendes, o PSD esboçou uma ruptura."
FRONTED = """
Com com ADP case 1
Mendes Mendes PROPN obl 5
, , PUNCT punct 1
o o DET det 4
PSD PSD PROPN nsubj 5
esboçou esboçar VERB ROOT 5
uma um DET det 7
ruptura ruptura NOUN obj 5
. . PUNCT punct 5
"""


def test_a_fronted_com_phrase_is_no_partner(nlp) -> None:
    facts = statements(nlp, FRONTED, [("PER", 1, 2), ("ORG", 4, 5)])
    assert not any(f[1] == "rel:esboçar_com" for f in facts)


def test_a_com_phrase_after_the_verb_stays(nlp) -> None:
    # "O PSD esboçou uma ruptura com Mendes."
    table = """
O o DET det 1
PSD PSD PROPN nsubj 2
esboçou esboçar VERB ROOT 2
uma um DET det 4
ruptura ruptura NOUN obj 2
com com ADP case 6
Mendes Mendes PROPN obl 2
. . PUNCT punct 2
"""
    assert ("PSD", "rel:esboçar_com", "Mendes", "asserted") in statements(nlp, table, [("ORG", 1, 2), ("PER", 6, 7)])


def test_a_name_inside_a_fronted_com_phrase_is_no_partner(nlp) -> None:
    # "Com o pseudónimo Urban Dreams, Santos torna-se produtor."
    table = """
Com com ADP case 2
o o DET det 2
pseudónimo pseudónimo NOUN obl 7
Urban Urban PROPN appos 2
Dreams Dreams PROPN flat:name 3
, , PUNCT punct 2
Santos Santos PROPN nsubj 7
torna-se tornar VERB ROOT 7
produtor produtor NOUN obj 7
. . PUNCT punct 7
"""
    facts = statements(nlp, table, [("ORG", 3, 5), ("PER", 6, 7)])
    assert not any(f[1] == "rel:tornar_com" for f in facts)


def test_ao_lado_de_is_probable(nlp) -> None:
    # "Houaiss lecionou Latim ao lado de Portugal."
    table = """
Houaiss Houaiss PROPN nsubj 1
lecionou lecionar VERB ROOT 1
Latim Latim PROPN obj 1
ao a_o ADP case 4
lado lado NOUN obl 1
de de ADP case 6
Portugal Portugal PROPN nmod 4
. . PUNCT punct 1
"""
    facts = statements(nlp, table, [("PER", 0, 1), ("ORG", 2, 3), ("LOC", 6, 7)])
    assert ("Houaiss", "rel:lecionar_a_lado_de", "Portugal", "probable") in facts
    assert ("Houaiss", "rel:lecionar", "Latim", "asserted") in facts


# "Com direção de Oliveira, a Bandeirantes prepara um documentário."
FRONTED_NOUN = """
Com com ADP case 1
direção direção NOUN obl 7
de de ADP case 3
Oliveira Oliveira PROPN nmod 1
, , PUNCT punct 1
a o DET det 6
Bandeirantes Bandeirantes PROPN nsubj 7
prepara preparar VERB ROOT 7
um um DET det 9
documentário documentário NOUN obj 7
. . PUNCT punct 7
"""


def test_a_name_under_a_noun_of_a_fronted_com_phrase_is_no_partner(nlp) -> None:
    facts = statements(nlp, FRONTED_NOUN, [("PER", 3, 4), ("ORG", 6, 7)])
    assert not any(f[1] == "rel:preparar_com_direção_de" for f in facts)


def test_a_noun_com_phrase_after_the_verb_stays(nlp) -> None:
    # "A Bandeirantes prepara um documentário com direção de Oliveira."
    table = """
A o DET det 1
Bandeirantes Bandeirantes PROPN nsubj 2
prepara preparar VERB ROOT 2
um um DET det 4
documentário documentário NOUN obj 2
com com ADP case 6
direção direção NOUN obl 2
de de ADP case 8
Oliveira Oliveira PROPN nmod 6
. . PUNCT punct 2
"""
    facts = statements(nlp, table, [("ORG", 1, 2), ("PER", 8, 9)])
    assert ("Bandeirantes", "rel:preparar_com_direção_de", "Oliveira", "asserted") in facts
