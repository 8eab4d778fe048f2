"""An infinitive governed by a verb of attempt, intention, threat or promise states no act
(``Khalil e Mustafa tentaram matar Mahfouz``: he was not killed), one governed by an accusation
states a charge (``Jonas Rúbio, acusado de matar Claudirene``): the mapping's
``complement_modals`` give such a clause ``hypothetical`` or ``reported``, as ``modals`` do for
``poder`` and ``dever``; the verb's own objects stay (``a FIDE acusou Kasparov``). A conjunct of
such an infinitive shares its modality (``quer aproveitar a viagem e conhecer X``), and
``escusar-se a`` negates its infinitive as ``recusar-se a`` does (issue 20, P23b).
Written sentences parsed by hand (``text lemma POS dep head``, ``head`` 0-based)."""

from __future__ import annotations

import json

import pytest
from handparse import relations_pipeline, table_facts, table_modality

from teia.errors import InputError
from teia.extract.relations.mapping import load_mapping


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, by="modality")


# "Khalil tentou matar Mahfouz no Cairo."
TRIED = """
Khalil Khalil PROPN nsubj 1
tentou tentar VERB ROOT 1
matar matar VERB xcomp 1
Mahfouz Mahfouz PROPN obj 2
no em_o ADP case 5
Cairo Cairo PROPN obl 2
. . PUNCT punct 1
"""


def test_an_attempted_act_is_hypothetical(nlp) -> None:
    ents = [("PER", 0, 1), ("PER", 3, 4), ("LOC", 5, 6)]
    assert table_modality(nlp, TRIED, ents, 2) == "hypothetical"
    # an open relation of a clause that states no fact is no statement (P52e)
    assert not any(f[1].startswith("rel:matar") for f in statements(nlp, TRIED, ents))
    # the same clause with a verb of no such meaning stays a fact: "Khalil voltou a matar"
    done = TRIED.replace("tentou tentar", "conseguiu conseguir")
    assert ("Khalil", "rel:matar", "Mahfouz", "asserted") in statements(nlp, done, ents)


def test_an_intended_act_of_a_mapped_frame_is_hypothetical(nlp) -> None:
    # "O Corinthians pretende contratar Marcelinho."
    table = """
O o DET det 1
Corinthians Corinthians PROPN nsubj 2
pretende pretender VERB ROOT 2
contratar contratar VERB xcomp 2
Marcelinho Marcelinho PROPN obj 3
. . PUNCT punct 2
"""
    ents = [("ORG", 1, 2), ("PER", 4, 5)]
    assert table_modality(nlp, table, ents, 3) == "hypothetical"
    assert not any(f[0] == "Corinthians" for f in statements(nlp, table, ents))  # open: no statement (P52e)


# "A polícia prendeu Rúbio, acusado de matar Claudirene."
ACCUSED = """
A o DET det 1
polícia polícia NOUN nsubj 2
prendeu prender VERB ROOT 2
Rúbio Rúbio PROPN obj 2
, , PUNCT punct 5
acusado acusar VERB acl 3
de de SCONJ mark 7
matar matar VERB xcomp 5
Claudirene Claudirene PROPN obj 7
. . PUNCT punct 2
"""


def test_an_accused_act_is_reported(nlp) -> None:
    facts = statements(nlp, ACCUSED, [("PER", 3, 4), ("PER", 8, 9)])
    assert ("Rúbio", "rel:matar", "Claudirene", "reported") in facts


def test_the_accuser_keeps_its_object(nlp) -> None:
    # "A FIDE acusou Kasparov de privilegiar os interesses."
    table = """
A o DET det 1
FIDE FIDE PROPN nsubj 2
acusou acusar VERB ROOT 2
Kasparov Kasparov PROPN obj 2
de de SCONJ mark 5
privilegiar privilegiar VERB xcomp 2
os o DET det 7
interesses interesse NOUN obj 5
. . PUNCT punct 2
"""
    assert ("FIDE", "rel:acusar", "Kasparov", "asserted") in statements(nlp, table, [("ORG", 1, 2), ("PER", 3, 4)])


def test_a_conjunct_of_a_wanted_infinitive_is_hypothetical(nlp) -> None:
    # "Steven quer aproveitar a viagem e conhecer Arnaldo."
    table = """
Steven Steven PROPN nsubj 1
quer querer VERB ROOT 1
aproveitar aproveitar VERB xcomp 1
a o DET det 4
viagem viagem NOUN obj 2
e e CCONJ cc 6
conhecer conhecer VERB conj 2
Arnaldo Arnaldo PROPN obj 6
. . PUNCT punct 1
"""
    ents = [("PER", 0, 1), ("PER", 7, 8)]
    assert table_modality(nlp, table, ents, 6) == "hypothetical"
    assert not any(f[1] == "rel:conhecer" for f in statements(nlp, table, ents))  # open: no statement (P52e)


def test_escusar_se_negates_its_infinitive(nlp) -> None:
    # "O Executivo sempre se escusou a concretizar o SIED."
    table = """
O o DET det 1
Executivo Executivo PROPN nsubj 4
sempre sempre ADV advmod 4
se se PRON expl 4
escusou escusar VERB ROOT 4
a a SCONJ mark 6
concretizar concretizar VERB xcomp 4
o o DET det 8
SIED SIED PROPN obj 6
. . PUNCT punct 4
"""
    facts = table_facts(nlp, table, [("ORG", 1, 2), ("ORG", 8, 9)], by="polarity")
    assert ("Executivo", "rel:concretizar", "SIED", False) in facts


def test_a_complement_modal_of_no_known_modality_is_refused(tmp_path) -> None:
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps({"complement_modals": {"tentar": "maybe"}}), encoding="utf-8")
    with pytest.raises(InputError, match="complement_modals"):
        load_mapping(bad)
