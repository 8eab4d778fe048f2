"""A sentence that opens with an unknown name the tagger took for a verb (issue 20, P62l):
``Paghman é uma cidade do Afeganistão`` parsed with the name the root and the predicate noun its
subject; the name is the copula's subject, and a clause that opens with capitalized words of its
own takes no dropped subject from the sentence before."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc

from teia.extract.entities import ENTITIES, MENTIONS
from teia.extract.resolve import group_mentions
from teia.records import Mention


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def table_facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    """The relations of ``table``'s Doc, each entity span a mention as the entity rules make one:
    the plain entities drop a one-word span tagged a verb, as ``spans_to_mentions`` drops the NER's,
    while the pipeline's rules keep ``Paghman`` a place."""
    doc = table_doc(nlp, table, ents, "wiki.txt", run=False)
    mentions = [Mention("wiki.txt", e.start_char, e.end_char, e.text, e.label_, "rule", "") for e in doc.ents]
    doc._.set(MENTIONS, tuple(mentions))
    doc._.set(ENTITIES, group_mentions(mentions))
    doc = nlp.get_pipe("teia_relations")(doc)
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    return {(label[r.subject], r.predicate, label[r.object], r.rule) for r in doc._.teia_relations}


IS = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
WAS = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"

# "Gerry Mulligan foi um saxofonista ." (tokens 0-5): the discourse topic of what follows
BEFORE = f"""
Gerry Gerry PROPN nsubj 4
Mulligan Mulligan PROPN flat:name 0
foi ser AUX cop 4 {WAS}
um um DET det 4
saxofonista saxofonista NOUN ROOT 4
. . PUNCT punct 4
"""


def _town(first: int) -> str:
    """``X é uma cidade do Afeganistão .`` from token ``first``, ``X`` tagged a verb and the root."""
    f = first
    return f"""
Paghman Paghman VERB ROOT {f}
é ser AUX cop {f + 3} {IS}
uma um DET det {f + 3}
cidade cidade NOUN nsubj {f}
do de ADP case {f + 5}
Afeganistão Afeganistão PROPN nmod {f + 3}
. . PUNCT punct {f}
"""


def test_the_name_tagged_a_verb_is_the_copula_s_subject(nlp) -> None:
    found = table_facts(nlp, _town(0), [("LOC", 0, 1), ("LOC", 5, 6)])
    assert ("Paghman", "partOf", "Afeganistão", "copula-noun") in found


def test_after_another_sentence_the_name_is_the_subject_not_the_topic(nlp) -> None:
    found = table_facts(nlp, BEFORE.strip() + _town(6), [("PER", 0, 2), ("LOC", 6, 7), ("LOC", 11, 12)])
    assert ("Paghman", "partOf", "Afeganistão", "copula-noun") in found
    assert not any(s == "Gerry Mulligan" for s, _, _, _ in found)


def test_a_name_that_is_no_mention_leaves_no_subject_to_the_topic(nlp) -> None:
    # "Aqchan é uma cidade do Afeganistão", the NER finding no name in "Aqchan"
    found = table_facts(nlp, BEFORE.strip() + _town(6), [("PER", 0, 2), ("LOC", 11, 12)])
    assert not any(s == "Gerry Mulligan" for s, _, _, _ in found)


def test_a_name_and_its_alias_parsed_outside_the_clause_leave_it_no_topic(nlp) -> None:
    # "Asadabad ou Asad Abad é uma cidade do Afeganistão ." with "cidade" a parataxis of "Asadabad"
    town = f"""
Asadabad asadabad NOUN ROOT 6
ou ou CCONJ cc 8
Asad Asad PROPN conj 6
Abad Abad PROPN flat:name 8
é ser AUX cop 12 {IS}
uma um DET det 12
cidade cidade NOUN parataxis 6
do de ADP case 14
Afeganistão Afeganistão PROPN nmod 12
. . PUNCT punct 6
"""
    found = table_facts(nlp, BEFORE.strip() + town, [("PER", 0, 2), ("LOC", 8, 10), ("LOC", 14, 15)])
    assert not any(s == "Gerry Mulligan" for s, _, _, _ in found)


@pytest.mark.parametrize("opener", [[], ["Depois depois ADV advmod 9"]])
def test_a_clause_without_a_name_of_its_own_still_takes_the_topic(nlp, opener: list[str]) -> None:
    # "Foi uma cidade do Afeganistão .", "Depois foi ...": the same clause with no name before
    # its copula takes the dropped subject as before (a wrong one here, but the rule's own reading)
    n = len(opener)
    rows = [
        *opener,
        f"{'foi' if n else 'Foi'} ser AUX cop {8 + n} {WAS}",
        f"uma um DET det {8 + n}",
        f"cidade cidade NOUN ROOT {8 + n}",
        f"do de ADP case {10 + n}",
        f"Afeganistão Afeganistão PROPN nmod {8 + n}",
        f". . PUNCT punct {8 + n}",
    ]
    found = table_facts(nlp, BEFORE.strip() + "\n" + "\n".join(rows), [("PER", 0, 2), ("LOC", 10 + n, 11 + n)])
    assert ("Gerry Mulligan", "partOf", "Afeganistão", "copula-noun+prodrop") in found
