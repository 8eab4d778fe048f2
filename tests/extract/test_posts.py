"""A role named as the post its holder holds (issue 20, P29f, ``teia/extract/relations/posts.py``):
``Pedro Malan ocupa o cargo de presidente do Banco Central``.

The sentences are written for this test and parsed by hand (``text lemma POS dep head``), as the
shipped parser analysed them.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def post(verb: str, lemma: str, role: str = "presidente", det: bool = False) -> str:
    """``Rui Lopes <verb> o cargo de [o] <role> do Banco Norte .``"""
    article = "o o DET det 7\n" if det else ""
    shift = 1 if det else 0
    return f"""
Rui Rui PROPN nsubj 2
Lopes Lopes PROPN flat:name 0
{verb} {lemma} VERB ROOT 2
o o DET det 4
cargo cargo NOUN obj 2
de de ADP case {6 + shift}
{article}{role} {role} NOUN nmod 4
do de_o ADP case {8 + shift}
Banco Banco PROPN nmod {6 + shift}
Norte Norte PROPN flat:name {8 + shift}
. . PUNCT punct 2
"""


def ents(det: bool = False) -> list[tuple[str, int, int]]:
    shift = 1 if det else 0
    return [("PER", 0, 2), ("ORG", 8 + shift, 10 + shift)]


def test_the_holder_of_a_post_holds_its_role(nlp) -> None:
    assert ("Rui Lopes", "led", "Banco Norte", "post-role") in table_facts(nlp, post("ocupa", "ocupar"), ents())
    assert ("Rui Lopes", "led", "Banco Norte", "post-role") in table_facts(nlp, post("assumiu", "assumir"), ents())


def test_the_role_s_own_frame_gives_the_relation(nlp) -> None:
    found = table_facts(nlp, post("exerceu", "exercer", role="diretor"), ents())
    assert ("Rui Lopes", "led", "Banco Norte", "post-role") in found
    found = table_facts(nlp, post("exerceu", "exercer", role="secretário"), ents())
    assert ("Rui Lopes", "keyPersonOf", "Banco Norte", "post-role") in found


def test_a_post_sought_or_a_role_with_an_article_relates_nothing(nlp) -> None:
    assert not table_facts(nlp, post("disputa", "disputar"), ents())  # sought, not held
    assert not table_facts(nlp, post("ocupa", "ocupar", det=True), ents(det=True))  # "o cargo do presidente": his post
