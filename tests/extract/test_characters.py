"""A one-word name the NER typed a place that is the subject of a finite verb many times in the
document and never stands where a place stands is a person in all its mentions
(teia.extract.characters): Machado de Assis' ``Santos`` of *Esaú e Jacó*, a town's name too."""

from __future__ import annotations

from teia.extract.characters import MIN_SUBJECTS, name_roles
from teia.extract.entity_words import entity_words
from teia.extract.labels import LOC, ORG, PER

from tests.extract.test_entities import doc_of, refined, toks


def _acts(doc, name: int, verb: int, form: str = "Fin") -> None:
    """Token ``name`` is the subject of token ``verb``, a verb of the form ``form``."""
    doc[name].dep_, doc[name].head = "nsubj", doc[verb]
    doc[verb].set_morph(f"VerbForm={form}")


def _sentences(*parts: tuple[str, str]):
    """One Doc of several written sentences ``(text, pos)``, each opening with its subject and its
    verb right after; the subjects' token indices and the tokens."""
    tokens, subjects = [], []
    for text, pos in parts:
        subjects.append(len(tokens))
        tokens += toks(text, pos)
    return tokens, subjects


def _work(acting: list[tuple[str, str]], last: tuple[str, str, int] | None = None, label: str = LOC, form: str = "Fin"):
    """The categories of a document of ``acting`` sentences, each opening with a name the NER
    typed ``label`` and the subject of the verb right after (of the form ``form``), and of a
    ``last`` sentence ``(text, pos, the name's token)`` holding the name the NER typed ``label``."""
    tokens, subjects = _sentences(*acting, *([last[:2]] if last else []))
    ents = [(i, i + 1, label) for i in subjects[: len(acting)]]
    if last:
        ents.append((subjects[-1] + last[2], subjects[-1] + last[2] + 1, label))
    doc = doc_of(tokens, ents)
    for i in subjects[: len(acting)]:
        _acts(doc, i, i + 1, form)
    return [(t, c) for t, c, _ in refined(doc)]


_SANTOS = [
    ("Santos arranjou um lugar .", "PROPN VERB DET NOUN PUNCT"),
    ("Santos sentiu o prazer .", "PROPN VERB DET NOUN PUNCT"),
    ("Santos encolheu os ombros .", "PROPN VERB DET NOUN PUNCT"),
]
_PETROPOLIS = [
    ("Petrópolis tem o mal .", "PROPN VERB DET NOUN PUNCT"),
    ("Petrópolis ficou cheia .", "PROPN VERB ADJ PUNCT"),
    ("Petrópolis acordou cedo .", "PROPN VERB ADV PUNCT"),
]


def test_a_name_acting_across_the_work_is_a_person_in_every_mention():
    # Esaú e Jacó: "Santos arranjou-lhe depressa um lugar", "Santos sentiu mais que ela", "Santos
    # encolheu os ombros"; the NER's places, and name_types gives Santos a place (the town)
    last = ("A casa de Santos era magnífica .", "DET NOUN ADP PROPN AUX ADJ PUNCT", 3)
    assert _work(_SANTOS, last) == [("Santos", PER)] * 4


def test_a_place_of_the_work_stays_a_place():
    # a town is the subject of verbs too ("Petrópolis tem o mal"), and the work also goes to it
    # ("em Petrópolis"), or to "a cidade de Petrópolis", or "para Petrópolis"
    for last in (
        ("Moravam em Petrópolis .", "VERB ADP PROPN PUNCT", 2),
        ("A cidade de Petrópolis .", "DET NOUN ADP PROPN PUNCT", 3),
        ("Foram para Petrópolis .", "VERB ADP PROPN PUNCT", 2),
    ):
        assert _work(_PETROPOLIS, last) == [("Petrópolis", LOC)] * 4, last[0]


def _named(parts: list[tuple[str, str, int]], label: str = LOC) -> list[str]:
    """The categories of a document of ``parts`` sentences ``(text, pos, the name's token)``, the
    name typed ``label`` by the NER and the subject of the finite verb right after it."""
    tokens, names = [], []
    for text, pos, at in parts:
        names.append(len(tokens) + at)
        tokens += toks(text, pos)
    doc = doc_of(tokens, [(i, i + 1, label) for i in names])
    for i in names:
        _acts(doc, i, i + 1)
    return [c for t, c, _ in refined(doc)]


def test_a_company_the_ner_typed_a_place_stays():
    # a company's page (HAREM I dev: "Isotexsa" 6 times, 4 after "a"/"da"; "Intelbras" 11, 7):
    # "A Isotexsa fica com dois sócios", "a Isotexsa comercializa", "Isotexsa aplica", the NER's places
    parts = [
        ("A Isotexsa fica com sócios .", "DET PROPN VERB ADP NOUN PUNCT", 1),
        ("a Isotexsa comercializa os produtos .", "DET PROPN VERB DET NOUN PUNCT", 1),
        ("a Isotexsa conta com colaboradores .", "DET PROPN VERB ADP NOUN PUNCT", 1),
        ("Isotexsa aplica os produtos .", "PROPN VERB DET NOUN PUNCT", 0),
    ]
    assert _named(parts) == [LOC] * 4


def test_too_few_subjects_or_no_finite_verb_or_an_organization_stay():
    assert MIN_SUBJECTS == len(_SANTOS)
    assert _work(_SANTOS[:-1]) == [("Santos", LOC)] * (MIN_SUBJECTS - 1)  # one subject fewer
    # the subjects of infinitives ("ao Santos arranjar", the parser's subject)
    assert _work(_SANTOS, form="Inf") == [("Santos", LOC)] * MIN_SUBJECTS
    # an organization the NER typed so stays one ("Humanitas", Quincas Borba's philosophy)
    acting = [("Humanitas precisa comer .", "PROPN VERB VERB PUNCT")] * MIN_SUBJECTS
    assert _work(acting, label=ORG) == [("Humanitas", ORG)] * MIN_SUBJECTS


def test_the_evidence_is_read_once_and_skips_line_breaks():
    # a wrapped line: "para\nPetrópolis" is still a place's position; "Para Santos a questão era"
    # opens a sentence ("for Santos"), no place
    tokens = toks("foram para NL Petrópolis . Para Santos a questão era", "VERB ADP SPACE PROPN PUNCT ADP PROPN DET NOUN AUX")
    tokens[2] = ("\n", "SPACE", "\n", False)
    doc = doc_of(tokens)
    roles = name_roles(doc, entity_words().place_nouns)
    assert roles.places == {"Petrópolis": 1}
    assert name_roles(doc, entity_words().place_nouns) is roles  # cached in the Doc's user data


def test_a_club_named_with_its_article_stays():
    # a match report (MAC-MORPHO): "O Bahia começou pressionando o jogo", "o Bahia continuou
    # pressionando", "o Bahia conquistou sua segunda vitória": a club, named with its article in
    # most mentions, where a novel names its people bare
    parts = [
        ("O Bahia começou pressionando .", "DET PROPN VERB VERB PUNCT", 1),
        ("o Bahia continuou pressionando .", "DET PROPN VERB VERB PUNCT", 1),
        ("Bahia conquistou a vitória .", "PROPN VERB DET NOUN PUNCT", 0),
        ("o Bahia venceu ontem .", "DET PROPN VERB ADV PUNCT", 1),
    ]
    assert _named(parts) == [LOC] * 4  # three of four mentions after "o": a club
    bare = [(text.split(" ", 1)[1], pos.split(" ", 1)[1], 0) if at else (text, pos, at) for text, pos, at in parts]
    # one of four after an article ("o Gouveia" 2 of 7 in Esaú e Jacó; "Um vitória da Santos" 1
    # of 118): a character
    assert _named([parts[0], *bare[1:]]) == [PER] * 4
    assert _named([("da Bahia conquistou a vitória .", "ADP PROPN VERB DET NOUN PUNCT", 1), *bare[1:]]) == [PER] * 4


def test_a_country_acting_stays_a_place():
    # "Portugal venceu", "Portugal exigiu", "Portugal anunciou": a country acting is a place (the
    # graph's convention), however many verbs it is the subject of; where the verb is a state's
    # act (``state_verbs``: "exigir"; a speech verb: "anunciar") the mention is HAREM's
    # organization, the state's (:func:`teia.extract.entities._state_acting`, which reads the
    # verb's infinitive from its form, as the lemmas here are: issue 17, P68n), never a person
    acting = [
        ("Portugal venceu a Espanha .", "PROPN VERB DET PROPN PUNCT"),
        ("Portugal exigiu a revisão .", "PROPN VERB DET NOUN PUNCT"),
        ("Portugal anunciou a decisão .", "PROPN VERB DET NOUN PUNCT"),
    ]
    assert [c for t, c in _work(acting) if t == "Portugal"] == [LOC, ORG, ORG]


def test_a_subject_the_parser_hung_on_a_line_break_counts():
    # "Ele saiu.\nVirgília enxugou os olhos.": the parser of a syntax encoder taught MAC-MORPHO's
    # tags makes the line break the subject of "enxugou" and hangs "Virgília" on it; she is the
    # subject of the finite verb all the same (issue 17, P68n)
    import spacy
    from spacy.tokens import Doc

    words = ["Ele", "saiu", ".", "\n", "Virgília", "enxugou", "os", "olhos", "."]
    for space, name in ((("nsubj", 5), 3), (("mark", 5), 5)):
        doc = Doc(
            spacy.blank("pt").vocab, words=words, spaces=[True, False, False, False, True, True, True, False, False],
            pos=["PRON", "VERB", "PUNCT", "SPACE", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
            deps=["nsubj", "ROOT", "punct", space[0], "nsubj", "ROOT", "det", "obj", "punct"],
            heads=[1, 1, 1, space[1], name, 5, 7, 5, 5],
            morphs=["", "Mood=Ind|VerbForm=Fin", "", "", "", "Mood=Ind|VerbForm=Fin", "", "", ""],
        )
        assert name_roles(doc, entity_words().place_nouns).subjects["Virgília"] == 1, space
