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



def _voted(text: str, lemmas: str, pos: str, ents, subject: int) -> list[tuple[str, str]]:
    """The refined mentions of ``text`` (one sentence after each ``.``), the NER's ``ents`` with the
    mention at token ``subject`` the subject of the verb after it."""
    words = text.split()
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    doc = doc_of(toks(text, pos, lemmas), ents, starts)
    _subject(doc, subject, subject + 1)
    return [(t, c) for t, c, _ in refined(doc)]


def test_a_name_acting_once_and_never_where_a_place_stands_is_a_person_in_every_mention():
    # A HAREM I dev tale: "o velho Quipangala", "Quipangala tinha bebido em excesso", the NER's
    # places; one mention a person's verb's subject outvotes the other two when no occurrence of
    # the name stands where a place stands (after "em", "para", a place's noun and "de")
    assert _voted(
        "elogiou o velho Quipangala . Quipangala bebeu em excesso . viu Quipangala",
        "elogiar o velho = . = beber em excesso . ver =",
        "VERB DET ADJ PROPN PUNCT PROPN VERB ADP NOUN PUNCT VERB PROPN",
        [(3, 4, "LOC"), (5, 6, "LOC"), (11, 12, "LOC")], 5,
    ) == [("Quipangala", PER)] * 3
    # must not: a name that also stands where a place stands ("em Tarrafal") is left to the vote,
    # two places against one person's verb
    assert _voted(
        "elogiou o velho Tarrafal . Tarrafal bebeu em excesso . viveu em Tarrafal",
        "elogiar o velho = . = beber em excesso . viver em =",
        "VERB DET ADJ PROPN PUNCT PROPN VERB ADP NOUN PUNCT VERB ADP PROPN",
        [(3, 4, "LOC"), (5, 6, "LOC"), (12, 13, "LOC")], 5,
    ) == [("Tarrafal", LOC)] * 3
    # must not: a name after an article in most of its occurrences, a gazette ("diz a Cruz", "a Cruz
    # acrescenta", Machado de Assis' chronicles), is left to the vote as well
    assert _voted(
        "leu a Cruz . a Cruz disse tudo . a Cruz . e a Cruz",
        "ler o = . o = dizer tudo . o = . e o =",
        "VERB DET PROPN PUNCT DET PROPN VERB PRON PUNCT DET PROPN PUNCT CCONJ DET PROPN",
        [(2, 3, "ORG"), (5, 6, "LOC"), (10, 11, "ORG"), (14, 15, "LOC")], 5,
    ) == [("Cruz", ORG)] * 4
