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


def test_a_name_acting_once_and_never_where_a_place_stands_is_a_person_in_every_mention():
    # A HAREM I dev tale: "o velho Quipangala", "Quipangala tinha bebido em excesso", the NER's
    # places; one mention a person's verb's subject outvotes the other two when no occurrence of
    # the name stands where a place stands (after "em", "para", a place's noun and "de")
    text = "elogiou o velho Quipangala . Quipangala bebeu em excesso . viu Quipangala"
    pos = "VERB DET ADJ PROPN PUNCT PROPN VERB ADP NOUN PUNCT VERB PROPN"
    lemmas = "elogiar o velho = . = beber em excesso . ver ="
    starts = [i in (0, 5, 10) for i in range(12)]
    doc = doc_of(toks(text, pos, lemmas), [(3, 4, "LOC"), (5, 6, "LOC"), (11, 12, "LOC")], starts)
    _subject(doc, 5, 6)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Quipangala", PER)] * 3
    # must not: a name that also stands where a place stands ("em Tarrafal") is left to the vote,
    # two places against one person's verb
    text = "elogiou o velho Tarrafal . Tarrafal bebeu em excesso . viveu em Tarrafal"
    pos = "VERB DET ADJ PROPN PUNCT PROPN VERB ADP NOUN PUNCT VERB ADP PROPN"
    lemmas = "elogiar o velho = . = beber em excesso . viver em ="
    starts = [i in (0, 5, 10) for i in range(13)]
    doc = doc_of(toks(text, pos, lemmas), [(3, 4, "LOC"), (5, 6, "LOC"), (12, 13, "LOC")], starts)
    _subject(doc, 5, 6)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Tarrafal", LOC)] * 3
    # must not: a name after an article in most of its occurrences, a gazette ("diz a Cruz", "a Cruz
    # acrescenta", Machado de Assis' chronicles), is left to the vote as well
    text = "leu a Cruz . a Cruz disse tudo . a Cruz . e a Cruz"
    pos = "VERB DET PROPN PUNCT DET PROPN VERB PRON PUNCT DET PROPN PUNCT CCONJ DET PROPN"
    lemmas = "ler o = . o = dizer tudo . o = . e o ="
    starts = [i in (0, 4, 9, 12) for i in range(15)]
    doc = doc_of(toks(text, pos, lemmas), [(2, 3, "ORG"), (5, 6, "LOC"), (10, 11, "ORG"), (14, 15, "LOC")], starts)
    _subject(doc, 5, 6)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Cruz", ORG)] * 4
