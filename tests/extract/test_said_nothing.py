"""Open relations that say nothing of the names they relate (issue 20, eighteenth pass): a
speech verb's listener, paper or place (``Parreira disse à Folha que...``) is no statement
(:func:`teia.extract.relations.found.speech_open`; ``probable`` until P52e), and a name after an infinitive is no object
of the verb above it (``decidiu empregar ... Júlio da Silva``; ``gates._past_its_infinitive``);
the place where a verb did something to a common noun (``abre hoje em Uberlândia uma reunião``)
is only ``probable`` (:func:`teia.extract.relations.found.act_place_open`, P20b).
Written sentences parsed by hand (``text lemma POS dep head``, ``head`` 0-based)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    """(subject label, predicate, object label, modality) of every relation of the hand-parsed sentence."""
    return table_facts(nlp, table, ents, by="modality")


# "Parreira disse à Folha que a seleção viaja."
SAID = """
Parreira Parreira PROPN nsubj 1
disse dizer VERB ROOT 1
à a ADP case 3
Folha Folha PROPN obl 1
que que SCONJ mark 7
a o DET det 6
seleção seleção NOUN nsubj 7
viaja viajar VERB ccomp 1
. . PUNCT punct 1
"""


def test_a_speech_verb_that_reports_a_clause_relates_nothing(nlp) -> None:
    ents = [("PER", 0, 1), ("ORG", 3, 4)]
    assert not any(f[1] == "rel:dizer_a" for f in statements(nlp, SAID, ents))
    # "Parreira levou à Folha a seleção": no clause reported, the verb's relation stays asserted
    carried = """
Parreira Parreira PROPN nsubj 1
levou levar VERB ROOT 1
à a ADP case 3
Folha Folha PROPN obl 1
a o DET det 5
seleção seleção NOUN obj 1
. . PUNCT punct 1
"""
    assert ("Parreira", "rel:levar_a", "Folha", "asserted") in statements(nlp, carried, ents)
    # "Em Moscou, Ieltsin disse estar ótimo": an infinitive reported
    infinitive = """
Em em ADP case 1
Moscou Moscou PROPN obl 4
, , PUNCT punct 1
Ieltsin Ieltsin PROPN nsubj 4
disse dizer VERB ROOT 4
estar estar VERB xcomp 4
ótimo ótimo ADJ xcomp 5
. . PUNCT punct 4
"""
    assert not any(f[1] == "rel:dizer_em" for f in statements(nlp, infinitive, [("LOC", 1, 2), ("PER", 3, 4)]))


# "Laurindo decidiu empregar em Cascavel Júlio da Silva."
DECIDED = """
Laurindo Laurindo PROPN nsubj 1
decidiu decidir VERB ROOT 1
empregar empregar VERB xcomp 1
em em ADP case 4
Cascavel Cascavel PROPN obl 2
Júlio Júlio PROPN obj 1
da de_o ADP case 7
Silva Silva PROPN flat:name 5
. . PUNCT punct 1
"""


def test_a_name_after_an_infinitive_is_no_object_of_the_verb_above(nlp) -> None:
    ents = [("PER", 0, 1), ("LOC", 4, 5), ("PER", 5, 8)]
    found = {s[:3] for s in statements(nlp, DECIDED, ents)}
    assert ("Laurindo", "rel:decidir", "Júlio da Silva") not in found
    assert ("Laurindo", "rel:empregar_em", "Cascavel") in found
    # "Laurindo decidiu Júlio da Silva empregar": the name before the infinitive stays the verb's
    before = DECIDED.replace("empregar empregar VERB xcomp 1\nem em ADP case 4\nCascavel Cascavel PROPN obl 2\n", "")
    before = "\n".join(before.strip().splitlines()[:2] + ["Júlio Júlio PROPN obj 1", "da de_o ADP case 4", "Silva Silva PROPN flat:name 2", "empregar empregar VERB xcomp 1", ". . PUNCT punct 1"])
    assert ("Laurindo", "rel:decidir", "Júlio da Silva") in {s[:3] for s in statements(nlp, before, [("PER", 0, 1), ("PER", 2, 5)])}


# "Rocha abre hoje em Uberlândia uma reunião."
OPENS = """
Rocha Rocha PROPN nsubj 1
abre abrir VERB ROOT 1
hoje hoje ADV advmod 1
em em ADP case 4
Uberlândia Uberlândia PROPN obl 1
uma um DET det 6
reunião reunião NOUN obj 1
. . PUNCT punct 1
"""


def test_the_place_of_an_act_on_a_common_noun_is_only_probable(nlp) -> None:
    ents = [("PER", 0, 1), ("LOC", 4, 5)]
    assert ("Rocha", "rel:abrir_em", "Uberlândia", "probable") in statements(nlp, OPENS, ents)
    # "Rocha trabalhou em Uberlândia": no object, the verb's place stays asserted
    worked = """
Rocha Rocha PROPN nsubj 1
trabalhou trabalhar VERB ROOT 1
em em ADP case 3
Uberlândia Uberlândia PROPN obl 1
. . PUNCT punct 1
"""
    found = statements(nlp, worked, ents[:1] + [("LOC", 3, 4)])
    assert not any(m == "probable" for _, _, o, m in found if o == "Uberlândia")
    assert any(o == "Uberlândia" and m == "asserted" for _, _, o, m in found)
