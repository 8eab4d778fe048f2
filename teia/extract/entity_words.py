"""The word lists of the entity rules: titles, trades, classifier nouns, street nouns, fields of study...

The words are data, ``teia/extract/data/entities.json``: one word list a table, checked when
read (lower case; the *folded* tables also without accents, as :func:`teia.folding.fold` writes
them), and extended by the ``entities`` section of a lexicon file (``teia build --lexicon FILE``,
:mod:`teia.extract.lexicons`): a historian's file ``{"entities": {"person_roles":
["desembargador"]}}`` makes ``o desembargador Silva`` a person. The grammar words of the rules
(articles, prepositions, particles) stay in :mod:`teia.extract.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files
from pathlib import Path

from teia.errors import InputError
from teia.extract.lexicons import Lexicon, Table, load_lexicon
from teia.extract.regions import load_regions
from teia.extract.relations.mapping import is_infinitive
from teia.folding import fold

__all__ = ["DATA_PATH", "SCHEMA", "EntityWords", "entity_words", "singular_forms"]

DATA_PATH = Path(str(files("teia") / "extract" / "data" / "entities.json"))

_LOWER = (
    "person_titles", "person_roles", "name_titles", "human_verbs", "work_classifiers", "thing_classifiers", "place_classifiers",
    "railway_nouns", "org_classifiers", "news_org_classifiers", "portfolio_titles", "title_nouns", "common_acronyms",
    "notion_acronyms", "account_units", "currency_words", "measure_units", "area_roles", "feminine_titles", "spot_nouns",
    "ensemble_nouns", "state_verbs", "state_act_nouns", "product_nouns", "act_acronyms", "vehicle_models", "sentence_openers",
    "role_acronyms",
)
_FOLDED = (
    "street_nouns", "numbered_places", "document_words", "numbered_acts", "non_person_words", "body_heads", "institution_heads", "company_suffixes", "fields",
    "languages", "event_heads", "lowercase_event_heads", "opening_event_heads", "act_event_heads", "year_event_heads", "multiword_event_heads",
    "place_event_heads", "organization_heads", "concept_heads", "match_words", "unit_heads",
    "section_headings", "genres", "deity_names", "lone_institution_words", "venue_heads", "club_people", "club_cues", "football_words",
    "phone_words", "disease_heads", "study_cues", "opinion_nouns", "complement_nouns", "imprint_words",
)
_MAPS = {"predicate_nouns": Table("map", values=("LOC", "ORG", "PER")), "premises_heads": Table("map", values=("LOC", "ORG"))}
"""The tables of a word → a type: ``predicate_nouns`` (lower case), the nouns of a copula's
predicate that type its subject (:mod:`teia.extract.predicate_types`); ``premises_heads`` (folded),
the first words of buildings' and businesses' names that type a name the NER called a person's
(:mod:`teia.extract.entities`)."""
_FOLDED_MAPS = ("premises_heads",)
SCHEMA: dict[str, Table] = {**{name: Table("words") for name in (*_LOWER, *_FOLDED)}, **_MAPS}
"""The tables of ``entities.json`` (``comment`` in the file says what each holds)."""


@dataclass(frozen=True)
class EntityWords:
    """The word lists of the entity rules, as sets (the table names of ``entities.json``)."""

    person_titles: frozenset[str]
    person_roles: frozenset[str]
    name_titles: frozenset[str]
    human_verbs: frozenset[str]
    work_classifiers: frozenset[str]
    thing_classifiers: frozenset[str]
    product_nouns: frozenset[str]
    vehicle_models: frozenset[str]
    place_classifiers: frozenset[str]
    railway_nouns: frozenset[str]
    org_classifiers: frozenset[str]
    news_org_classifiers: frozenset[str]
    portfolio_titles: frozenset[str]
    street_nouns: frozenset[str]
    numbered_places: frozenset[str]
    document_words: frozenset[str]
    numbered_acts: frozenset[str]
    non_person_words: frozenset[str]
    body_heads: frozenset[str]
    institution_heads: frozenset[str]
    company_suffixes: frozenset[str]
    organization_heads: frozenset[str]
    fields: frozenset[str]
    languages: frozenset[str]
    event_heads: frozenset[str]
    lowercase_event_heads: frozenset[str]
    opening_event_heads: frozenset[str]
    act_event_heads: frozenset[str]
    year_event_heads: frozenset[str]
    multiword_event_heads: frozenset[str]
    place_event_heads: frozenset[str]
    title_nouns: frozenset[str]
    concept_heads: frozenset[str]
    common_acronyms: frozenset[str]
    notion_acronyms: frozenset[str]
    act_acronyms: frozenset[str]
    role_acronyms: frozenset[str]
    account_units: frozenset[str]
    currency_words: frozenset[str]
    measure_units: frozenset[str]
    match_words: frozenset[str]
    area_roles: frozenset[str]
    unit_heads: frozenset[str]
    section_headings: frozenset[str]
    genres: frozenset[str]
    deity_names: frozenset[str]
    lone_institution_words: frozenset[str]
    venue_heads: frozenset[str]
    feminine_titles: frozenset[str]
    spot_nouns: frozenset[str]
    ensemble_nouns: frozenset[str]
    club_people: frozenset[str]
    club_cues: frozenset[str]
    football_words: frozenset[str]
    phone_words: frozenset[str]
    disease_heads: frozenset[str]
    study_cues: frozenset[str]
    opinion_nouns: frozenset[str]
    complement_nouns: frozenset[str]
    imprint_words: frozenset[str]
    state_verbs: frozenset[str]
    state_act_nouns: frozenset[str]
    sentence_openers: frozenset[str]
    predicate_nouns: dict[str, str]
    premises_heads: dict[str, str]

    @cached_property
    def trades(self) -> frozenset[str]:
        """The trades and offices, folded: ``person_roles``, ``area_roles`` and the
        ``person_titles`` that are no ``name_titles`` (those with their ``de`` make a name: ``o
        Barão do Rio Branco``); the word before ``do``/``da`` and a body's name (``o gerente da
        Elgin``, ``teia.extract.entities``)."""
        return frozenset(fold(t) for t in self.person_roles | self.area_roles | (self.person_titles - self.name_titles))

    @cached_property
    def company_heads(self) -> frozenset[str]:
        """The ``news_org_classifiers``, folded: capitalized, the first word of a name of two words
        or more that the NER typed a place, the name is the body's (``da Corretora Convenção``,
        ``a Bolsa de Nova York``, ``a Tecelagem Pahyba``; ``teia.extract.entities``)."""
        return frozenset(fold(t) for t in self.news_org_classifiers)

    @cached_property
    def name_heads(self) -> frozenset[str]:
        """The common nouns that open the name of an institution, a body, a unit, a building, a
        place or a text, folded: ``organization_heads``, ``body_heads``, ``institution_heads``,
        ``unit_heads``, ``lone_institution_words``, ``non_person_words``, ``venue_heads``,
        ``premises_heads``, ``document_words``, ``org_classifiers`` and ``place_classifiers``
        (``Museu``, ``Igreja``, ``Governo``, ``Comarca``, ``Lei``). One of them capitalized alone
        right before ``de`` and a capitalized word is a name the NER cut there (``a Igreja`` of
        ``a Igreja da Inglaterra``; :mod:`teia.extract.relations.gates`)."""
        return (
            self.organization_heads
            | self.body_heads
            | self.institution_heads
            | self.unit_heads
            | self.lone_institution_words
            | self.non_person_words
            | self.venue_heads
            | frozenset(self.premises_heads)
            | self.document_words
            | frozenset(fold(word) for word in self.org_classifiers | self.place_classifiers)
        )

    @cached_property
    def place_nouns(self) -> frozenset[str]:
        """The nouns of places and streets (``place_classifiers``, ``street_nouns``), folded: the
        noun before ``de`` and a place's name (``a cidade de Santos``, ``a rua do Catete``)."""
        return frozenset(fold(word) for word in self.place_classifiers | self.street_nouns)

    def street_noun(self, word: str) -> bool:
        """Whether ``word``, as the text writes it, is one of the ``street_nouns`` (``rua``, ``Av.``,
        ``r.``): a one-letter abbreviation only in lower case (``na r. Argentina``; the ``R.`` of
        ``R. W. Fassbinder`` is an initial)."""
        return fold(word) in self.street_nouns and not (len(word) == 2 and word[1] == "." and word[0].isupper())


def _checked(lexicon: Lexicon) -> Lexicon:
    for table in SCHEMA:
        folded = table in _FOLDED or table in _FOLDED_MAPS
        for word in lexicon[table]:
            if (fold(word) if folded else word.lower()) != word:
                want = "folded (lower case, no accents)" if folded else "in lower case"
                raise InputError(f"{', '.join(lexicon.sources)}: table {table!r}: {word!r} is not {want}")
    for head in lexicon["multiword_event_heads"]:
        if len(head.split()) < 2 or " ".join(head.split()) != head:
            raise InputError(
                f"{', '.join(lexicon.sources)}: table 'multiword_event_heads': {head!r} is not two or more words "
                "with one space between (a one-word head belongs in 'event_heads')"
            )
    for word in lexicon["act_event_heads"]:
        if word in lexicon["event_heads"] or word in lexicon["opening_event_heads"]:
            raise InputError(
                f"{', '.join(lexicon.sources)}: table 'act_event_heads': {word!r} is also an event head of "
                "'event_heads' or 'opening_event_heads' (an act's noun opens an event's name only before de/do/da)"
            )
    for word in lexicon["year_event_heads"]:
        if word in lexicon["event_heads"] or word in lexicon["opening_event_heads"] or word in lexicon["act_event_heads"]:
            raise InputError(
                f"{', '.join(lexicon.sources)}: table 'year_event_heads': {word!r} is also an event head of 'event_heads', "
                "'opening_event_heads' or 'act_event_heads' (a year's head names an event only right before its year)"
            )
    titles = set(lexicon["person_titles"]) | set(lexicon["name_titles"])
    for title in lexicon["feminine_titles"]:
        if title not in titles:
            raise InputError(
                f"{', '.join(lexicon.sources)}: table 'feminine_titles': {title!r} is in neither 'person_titles' nor 'name_titles'"
            )
    places = {noun for noun, kind in lexicon["predicate_nouns"].items() if kind == "LOC"}
    places |= set(lexicon["place_classifiers"]) | set(load_regions().levels)
    for noun in lexicon["spot_nouns"]:
        if not any(form in places for form in singular_forms(noun)):
            raise InputError(
                f"{', '.join(lexicon.sources)}: table 'spot_nouns': {noun!r} is, neither as written nor in the singular, "
                "a place noun of 'predicate_nouns' (LOC), 'place_classifiers' or the area levels of regions.json"
            )
    for noun in lexicon["ensemble_nouns"]:
        if lexicon["predicate_nouns"].get(noun, "ORG") != "ORG":
            raise InputError(
                f"{', '.join(lexicon.sources)}: table 'ensemble_nouns': {noun!r} is a {lexicon['predicate_nouns'][noun]} noun of 'predicate_nouns'"
            )
    typing = set(lexicon["org_classifiers"]) | set(lexicon["news_org_classifiers"]) | set(lexicon["place_classifiers"])
    typing |= {noun for noun, kind in lexicon["predicate_nouns"].items() if kind in ("LOC", "ORG")}
    for noun in lexicon["product_nouns"]:
        if noun in typing:
            raise InputError(
                f"{', '.join(lexicon.sources)}: table 'product_nouns': {noun!r} also types the name after it a place or an "
                "organization (org_classifiers, news_org_classifiers, place_classifiers or predicate_nouns)"
            )
    for verb in lexicon["state_verbs"]:
        if not is_infinitive(verb):
            raise InputError(f"{', '.join(lexicon.sources)}: table 'state_verbs': {verb!r} is no verb's infinitive (a lemma: 'assinar', 'decidir')")
    for noun in lexicon["state_act_nouns"]:
        if len(noun.split()) != 1 or noun.strip() != noun:
            raise InputError(f"{', '.join(lexicon.sources)}: table 'state_act_nouns': {noun!r} is not one word (a noun's lemma: 'ameaça', 'acordo')")
    for model in lexicon["vehicle_models"]:
        if not 1 <= len(model.split()) <= 2 or " ".join(model.split()) != model:
            raise InputError(
                f"{', '.join(lexicon.sources)}: table 'vehicle_models': {model!r} is not one or two words with one space between"
            )
    for word in lexicon["role_acronyms"]:
        if not word.isalpha() or word.endswith("s"):
            raise InputError(
                f"{', '.join(lexicon.sources)}: table 'role_acronyms': {word!r} is not one word of letters in the singular "
                "(the plural is the acronym and an 's': 'pm' reads 'PMs' too)"
            )
    for word in lexicon["sentence_openers"]:
        if not word.isalpha():
            raise InputError(
                f"{', '.join(lexicon.sources)}: table 'sentence_openers': {word!r} is not one word of letters "
                "(an adverb, a conjunction or an interjection opening a sentence)"
            )
    return lexicon


def singular_forms(word: str) -> tuple[str, ...]:
    """The forms ``word`` (lower case) may have in the singular: itself and, for a plural, the
    regular singulars (``municípios``, ``cidades``, ``jogadores``, ``atrizes``, ``capitães``)."""
    if not word.endswith("s") or len(word) < 4:
        return (word,)
    forms = [word, word[:-1]]
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("ães") or word.endswith("ões"):
        forms.append(word[:-3] + "ão")
    if word.endswith("ais"):
        forms.append(word[:-2] + "l")
    return tuple(forms)


def entity_words(*user_files: str) -> EntityWords:
    """The shipped word lists, extended by the ``entities`` section of each user file, in order;
    a broken entry is one :class:`~teia.errors.InputError` naming the file, the table and the word.
    Read once per pipeline (:func:`teia.extract.entities.make_entity_grouper`). Without a user
    file, the shipped lists, read and checked once per process and the same object at every call:
    rules that ask for them per name (:func:`teia.extract.relations.contests.contest_verb_of`)
    read no file."""
    if not user_files:
        return _shipped()
    return _read(user_files)


@cache
def _shipped() -> EntityWords:
    return _read(())


def _read(user_files: tuple[str, ...]) -> EntityWords:
    lexicon = _checked(load_lexicon("entities", SCHEMA, DATA_PATH, user_files))
    return EntityWords(**{name: dict(lexicon[name]) if name in _MAPS else frozenset(lexicon[name]) for name in SCHEMA})
