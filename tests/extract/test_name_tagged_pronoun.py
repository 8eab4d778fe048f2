"""A known name the tagger took for a pronoun names its entity (issue 20, P52f).

Wikipedia's leads open with a town's one-word name that the tagger often reads as a pronoun
(``Odon é uma cidade localizada em Indiana``: ``Odon`` PRON, lemma ``Odon``). The mention is
kept when the knowledge base knows the name (``entities.spans_to_mentions``), but the relation
rules took no pronoun for a name, so the lead stated nothing. A pronoun's lemma is lower case
(``Ela`` -> ``ela``): such a token still names nothing.

The sentences are written for this test and parsed by hand (``text lemma POS dep head``).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc
from spacy.tokens import Span

from teia.extract.entities import ENTITIES


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


TOWN = """
Odon Odon PRON nsubj 3
é ser AUX cop 3
uma um DET det 3
cidade cidade NOUN ROOT 3
localizada localizar VERB acl 3
em em ADP case 6
Indiana Indiana PROPN obl 4
. . PUNCT punct 3
"""


def facts(nlp, table: str) -> set[tuple[str, str, str]]:
    doc = table_doc(nlp, table, [], "wiki.txt", run=False)
    # the first name a knowledge-base hit, as the gazetteer marks it: kept although tagged PRON
    doc.ents = [Span(doc, 0, 1, label="LOC", kb_id="Q1"), Span(doc, 6, 7, label="LOC")]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    return {(label[r.subject], r.predicate, label[r.object]) for r in doc._.teia_relations}


def test_a_name_tagged_a_pronoun_is_the_subject(nlp) -> None:
    assert ("Odon", "locatedIn", "Indiana") in facts(nlp, TOWN)


def test_a_pronoun_names_nothing(nlp) -> None:
    """Control: a real pronoun (lower-case lemma) under the same mention names no entity."""
    found = facts(nlp, TOWN.replace("Odon Odon PRON", "Ela ela PRON"))
    assert not any(s == "Ela" for s, _, _ in found)
