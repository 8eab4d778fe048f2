"""A role's apposition opened by a nationality or a rank that the parser made a second conjunct
of the role noun (issue 20, P37c; ``repairs.apposition_parsed_as_conjunct``): ``um fotógrafo
da agência Reuter, o anglo-americano Dan Eldon``, ``o comandante do posto da PSP, subchefe
Amadeu Eiras``.

The sentences are written for this test and parsed by hand (``text lemma POS dep head``,
``head`` 0-based) as the shipped parser analysed such sentences: the nationality (or the rank)
a ``conj`` of the role noun, the name an ``appos`` of that word.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc, table_facts

from teia.extract.relations.repairs import apposition_parsed_as_conjunct


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "Foi ferido um fotógrafo da agência Lusa, o ..." (the role and its unit, then the comma and the
# article of the word after it, token 9)
PHOTOGRAPHER = """
Foi ser AUX aux:pass 1
ferido ferir VERB ROOT 1
um um DET det 3
fotógrafo fotógrafo NOUN nsubj:pass 1
da de_o ADP case 5
agência agência PROPN nmod 3
Lusa Lusa PROPN flat:name 5
, , PUNCT punct 9
o o DET det 9
"""

# "Foi ferido um fotógrafo da agência Lusa, o francês Jean Dupont, de 30 anos."
NATIONALITY = (
    PHOTOGRAPHER
    + """francês francês ADJ conj 3
Jean Jean PROPN appos 9
Dupont Dupont PROPN flat:name 10
, , PUNCT punct 15
de de ADP case 15
30 30 NUM nummod 15
anos ano NOUN nmod 3
. . PUNCT punct 1
"""
)

NATIONALITY_ENTS = [("ORG", 6, 7), ("PER", 10, 12)]


def test_a_nationality_parsed_as_a_conjunct_opens_the_role_s_apposition(nlp) -> None:
    found = table_facts(nlp, NATIONALITY, NATIONALITY_ENTS)
    assert ("Jean Dupont", "affiliatedWith", "Lusa", "appos-title") in found


def test_the_repair_gives_the_role_noun(nlp) -> None:
    doc = table_doc(nlp, NATIONALITY, NATIONALITY_ENTS, "news.txt", run=False)
    role = apposition_parsed_as_conjunct(doc[9])
    assert role is not None and role.text == "fotógrafo"


# "O juiz ouviu o comandante da esquadra da PSP, subchefe Rui Costa{tail}."
RANK = """
O o DET det 1
juiz juiz NOUN nsubj 2
ouviu ouvir VERB ROOT 2
o o DET det 4
comandante comandante NOUN obj 2
da de_o ADP case 6
esquadra esquadra NOUN nmod 4
da de_o ADP case 8
PSP PSP PROPN nmod 6
, , PUNCT punct 10
subchefe subchefe NOUN conj 4
Rui Rui PROPN appos 10
Costa Costa PROPN flat:name 11
"""

# "... subchefe Rui Costa e o guarda Nuno Reis."
RANK_AND_ANOTHER = (
    RANK
    + """e e CCONJ cc 16
o o DET det 16
guarda guarda NOUN conj 4
Nuno Nuno PROPN appos 16
Reis Reis PROPN flat:name 17
. . PUNCT punct 2
"""
)


def test_a_rank_parsed_as_a_conjunct_opens_the_role_s_apposition(nlp) -> None:
    found = table_facts(nlp, RANK + ". . PUNCT punct 2\n", [("ORG", 8, 9), ("PER", 11, 13)])
    assert ("Rui Costa", "affiliatedWith", "PSP", "appos-title") in found


def test_a_conjunct_after_e_is_another_person(nlp) -> None:
    found = table_facts(nlp, RANK_AND_ANOTHER, [("ORG", 8, 9), ("PER", 11, 13), ("PER", 17, 19)])
    assert ("Rui Costa", "affiliatedWith", "PSP", "appos-title") in found
    assert not any(s == "Nuno Reis" and o == "PSP" for s, _, o, _ in found)


# "O ministro recebeu o director do Teatro Rivoli, Rui Costa, o actor Nuno Reis."
NAMED_ROLE = """
O o DET det 1
ministro ministro NOUN nsubj 2
recebeu receber VERB ROOT 2
o o DET det 4
director director NOUN obj 2
do de_o ADP case 6
Teatro Teatro PROPN nmod 4
Rivoli Rivoli PROPN flat:name 6
, , PUNCT punct 9
Rui Rui PROPN appos 4
Costa Costa PROPN flat:name 9
, , PUNCT punct 13
o o DET det 13
actor actor NOUN conj 4
Nuno Nuno PROPN appos 13
Reis Reis PROPN flat:name 14
. . PUNCT punct 2
"""


def test_a_role_with_its_own_name_lends_it_to_no_later_conjunct(nlp) -> None:
    found = table_facts(nlp, NAMED_ROLE, [("ORG", 6, 8), ("PER", 9, 11), ("PER", 14, 16)])
    assert ("Rui Costa", "led", "Teatro Rivoli", "appos-title") in found
    assert not any(s == "Nuno Reis" and o == "Teatro Rivoli" for s, _, o, _ in found)


# "Foi ferido um fotógrafo da agência Lusa, o crítico literário Jean Dupont."
MODIFIED = (
    PHOTOGRAPHER
    + """crítico crítico NOUN conj 3
literário literário ADJ amod 9
Jean Jean PROPN appos 9
Dupont Dupont PROPN flat:name 11
. . PUNCT punct 1
"""
)


def test_a_conjunct_with_a_modifier_of_its_own_is_another_noun_phrase(nlp) -> None:
    # "as figuras ..., o crítico literário Roberto Schwarz": a list of people, each with a trade
    found = table_facts(nlp, MODIFIED, [("ORG", 6, 7), ("PER", 11, 13)])
    assert not any(s == "Jean Dupont" and o == "Lusa" for s, _, o, _ in found)
