"""A name the NER typed a place or an organization that is the subject of a person's verb (the
``human_verbs`` of data/entities.json) is a person, and so are the document's other mentions of it
(teia.extract.entities._human_subject): Machado de Assis' characters acting in the narration."""

from __future__ import annotations

from teia.extract.labels import LOC, ORG, PER

from tests.extract.test_entities import doc_of, refined, toks


def _subject(doc, name: int, verb: int) -> None:
    doc[name].dep_, doc[name].head = "nsubj", doc[verb]


def test_a_place_perceiving_or_remembering_is_a_person():
    # Memorial de Aires: "Creio que Fidélia percebeu também", the NER's place
    doc = doc_of(toks("Creio que Fidélia percebeu também", "VERB SCONJ PROPN VERB ADV", "crer que = perceber também"), [(2, 3, "LOC")])
    _subject(doc, 2, 3)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Fidélia", PER)]
    # the verb's lemma with its clitic: "Gonçalves lembrava-se de uns autos"
    doc = doc_of(toks("Gonçalves lembrava-se de uns autos", "PROPN VERB ADP DET NOUN", "= lembrar-se de um auto"), [(0, 1, "LOC")])
    _subject(doc, 0, 1)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Gonçalves", PER)]


def test_a_body_saying_stays_a_body():
    # a body says, declares and believes ("a Fiesp afirmou", "Intelbras acredita", "FIESP disse")
    for text, pos, lemmas, name in (
        ("a Fiesp afirmou ontem", "DET PROPN VERB ADV", "o = afirmar ontem", 1),
        ("Intelbras acredita nisso", "PROPN VERB ADV", "= acreditar nisso", 0),
        ("FIESP disse ontem", "PROPN VERB ADV", "= dizer ontem", 0),
    ):
        doc = doc_of(toks(text, pos, lemmas), [(name, name + 1, "ORG")])
        _subject(doc, name, name + 1)
        assert [c for _, c, _ in refined(doc)] == [ORG], text
    # a place name_types knows stays a place: "Lisboa pediu"
    doc = doc_of(toks("Lisboa pediu fundos", "PROPN VERB NOUN", "= pedir fundo"), [(0, 1, "LOC")])
    _subject(doc, 0, 1)
    assert [c for _, c, _ in refined(doc)] == [LOC]


def test_the_documents_other_mentions_follow_the_subject():
    # Oliver Twist: "o Matreiro experimentasse ...; o Matreiro revelou ...": both the NER's places; the
    # second is a person's verb's subject, and the vote no longer gives the first mention's place back
    text = "o Matreiro experimentasse a liberdade ; o Matreiro revelou entusiasmo"
    pos = "DET PROPN VERB DET NOUN PUNCT DET PROPN VERB NOUN"
    doc = doc_of(toks(text, pos, "o = experimentar o liberdade ; o = revelar entusiasmo"), [(1, 2, "LOC"), (7, 8, "LOC")])
    _subject(doc, 1, 2)
    _subject(doc, 7, 8)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Matreiro", PER), ("Matreiro", PER)]
