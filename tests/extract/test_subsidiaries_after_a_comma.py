"""A group's archive, station or label set off by a comma from the group is still its part
(issue 20, P68c).

P65g's rule drops the ``partOf`` of two organizations joined by ``de`` after a comma when the
first is named as no body (``o Twingo, da Renault``: a product and its maker). A name whose head is
a word of the mapping's ``subsidiary_heads`` (the first capitalized word of a Portuguese name,
``o Arquivo Histórico, da Prefeitura``; the last of an English one, ``a Nuvem Records, da
Sonora``) names a body of the group and keeps it; a name holding such a word elsewhere does not
(``a Video Music Gala, da Sonora``). Nor does a name that says in its own ``de`` whose it is, the
owner's first word right after it (``o Quadro Técnico da Armada, da Armada Real``), where a
product may bear its maker's name first (``o Fiat Uno, da Fiat``).

The sentences are written for the test and parsed by hand (see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_triples

from teia.extract.relations.mapping import default_mapping


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


OWNED = """
{article} o DET det 1
{first} {first} PROPN nsubj {verb}
{rest}
, , PUNCT punct {owner}
da de ADP case {owner}
Sonora Sonora PROPN nmod 1
, , PUNCT punct {owner}
lançou lançar VERB ROOT {verb}
o o DET det {disc}
disco disco NOUN obj {verb}
. . PUNCT punct {verb}
"""


def owned(article: str, words: list[str]) -> tuple[str, list[tuple[str, int, int]]]:
    """The table of ``{article} {words}, da Sonora, lançou o disco.`` and its two organizations."""
    rest = [f"{word} {word} PROPN flat:name 1" for word in words[1:]]
    n = len(rest)
    table = OWNED.format(article=article, first=words[0], rest="\n".join(rest), owner=4 + n, verb=6 + n, disc=8 + n)
    return table.replace("\n\n", "\n"), [("ORG", 1, 2 + n), ("ORG", 4 + n, 5 + n)]


def test_an_archive_after_a_comma_is_the_groups_part(nlp) -> None:
    table, ents = owned("O", ["Arquivo", "Histórico"])
    assert ("Arquivo Histórico", "partOf", "Sonora") in table_triples(nlp, table, ents)


def test_a_radio_station_after_a_comma_is_the_groups_part(nlp) -> None:
    table, ents = owned("A", ["Rádio", "Ipê"])
    assert ("Rádio Ipê", "partOf", "Sonora") in table_triples(nlp, table, ents)


def test_an_english_label_ending_in_its_head_is_the_groups_part(nlp) -> None:
    table, ents = owned("A", ["Nuvem", "Records"])
    assert ("Nuvem Records", "partOf", "Sonora") in table_triples(nlp, table, ents)


def test_a_product_and_a_head_word_inside_a_name_stay_no_part(nlp) -> None:
    table, ents = owned("O", ["Walkvox"])
    assert ("Walkvox", "partOf", "Sonora") not in table_triples(nlp, table, ents)
    table, ents = owned("A", ["Video", "Music", "Gala"])  # an award's ceremony: "Music" heads nothing
    assert ("Video Music Gala", "partOf", "Sonora") not in table_triples(nlp, table, ents)


OWN_DE = """
O o DET det 1
Quadro Quadro PROPN nsubj 9
Técnico Técnico PROPN flat:name 1
da de ADP case 4
Armada Armada PROPN nmod 1
, , PUNCT punct 7
da de ADP case 7
Armada Armada PROPN nmod 1
Real Real PROPN flat:name 7
reuniu reunir VERB ROOT 9
. . PUNCT punct 9
"""


def test_a_name_whose_own_de_names_its_owner_is_its_part(nlp) -> None:
    got = table_triples(nlp, OWN_DE, [("ORG", 1, 5), ("ORG", 7, 9)])
    assert ("Quadro Técnico da Armada", "partOf", "Armada Real") in got


def test_a_product_opening_with_its_makers_name_stays_no_part(nlp) -> None:
    table, ents = owned("O", ["Sonora", "Uno"])
    assert ("Sonora Uno", "partOf", "Sonora") not in table_triples(nlp, table, ents)


def test_the_shipped_heads() -> None:
    heads = default_mapping().subsidiary_heads
    assert {"arquivo", "rádio", "records", "music"} <= heads
    assert not heads & default_mapping().wing_heads
