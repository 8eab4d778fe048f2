"""Countries, their names and the gentilic adjectives of their nationals (issues 17 and 20), read
from ``teia/extract/data/demonyms.json``: the lexicon the entity rules (a capitalized gentilic after
a lower-case noun is an adjective, no name; a country is no club) and the relation rules
(:mod:`teia.extract.relations.demonyms`: ``o tenista italiano Diego Nargiso`` →
``nationality``) share. Users extend it by passing their own file (same keys) to
:func:`load_demonyms`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from teia.errors import InputError
from teia.extract.lexicons import read_json
from teia.folding import fold

__all__ = ["DEFAULT_PATH", "DEMONYM_FORM", "DemonymLexicon", "load_demonyms", "names_a_country", "spells_a_country"]

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "demonyms.json"

DEMONYM_FORM = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*")
"""How the file writes a demonym: one lower-case word, hyphens allowed (``norte-americano``)."""


@dataclass(frozen=True)
class DemonymLexicon:
    countries: dict[str, str]
    """A demonym (as written, lower case) → its country."""
    names: dict[str, str]
    """A folded name of a country → the country."""
    not_person_nouns: frozenset[str] = frozenset()
    """Predicate nouns that name no person (``município``, ``banda``): ``é um município
    brasileiro`` gives no nationality (:mod:`~teia.extract.relations.copula_demonym`)."""
    language_cues: frozenset[str] = frozenset()
    """Words (forms or lemmas) that, right before ``do``/``no``/``pelo`` and a bare demonym, make
    the demonym a language (:func:`_a_language`)."""
    continental: frozenset[str] = frozenset()
    """Gentilic adjectives of a continent or a part of the world (``europeu``, ``americano``), or
    of a people more than one country holds (``coreano``, ``árabe``): no country's, so no
    nationality; :meth:`gentilic` reads them with the countries' demonyms."""
    regional: frozenset[str] = frozenset()
    """Gentilic adjectives of a region inside a country: Brazil's states and great regions
    (``paulista``, ``gaúcho``, ``nordestino``), Portugal's regions (``alentejano``, ``açoriano``),
    and the frequent ones of cities (``paulistano``, ``lisboeta``, ``nova-iorquino``), a city being
    a place inside a country too.
    A state is no nationality: only :meth:`gentilic` with ``regional`` reads them, for the entity
    rules that want a gentilic before a name (``a empresa gaúcha Turiscol``), never the
    nationality rules."""
    spellings: frozenset[str] = frozenset()
    """The names of the countries as written (``Argélia``; not ``Argelia``, a given name too):
    :func:`spells_a_country`."""

    def gentilic(self, word: str, *, regional: bool = False) -> bool:
        """Whether ``word`` (any case) is a gentilic adjective: a country's demonym or a
        continent's (``Britânica``, ``Americano``, ``europeus``); with ``regional``, a region's
        inside a country too (``gaúcha``, ``paulistas``: :attr:`regional`)."""
        low = word.lower()
        return low in self.countries or low in self.continental or (regional and low in self.regional)


@functools.lru_cache(maxsize=4)
def load_demonyms(path: str | None = None) -> DemonymLexicon:
    """The demonyms of ``path`` (default: the shipped ``demonyms.json``), checked."""
    where = Path(path) if path else DEFAULT_PATH
    data = read_json(where, "demonym lexicon")
    table = data.get("countries") if isinstance(data, dict) else None
    if not isinstance(table, dict) or not table:
        raise InputError(f"{where}: 'countries' must map each country to its names and demonyms")
    countries: dict[str, str] = {}
    names: dict[str, str] = {}
    spellings: set[str] = set()
    for country, entry in table.items():
        forms = entry.get("demonyms") if isinstance(entry, dict) else None
        spelled = entry.get("names") if isinstance(entry, dict) else None
        if not (isinstance(forms, list) and forms and isinstance(spelled, list) and spelled):
            raise InputError(f"{where}: {country!r} needs a list of 'names' and a list of 'demonyms'")
        for form in forms:
            if not isinstance(form, str) or not DEMONYM_FORM.fullmatch(form):
                raise InputError(f"{where}: demonym {form!r} of {country!r} is not one lower-case word")
            if countries.get(form, country) != country:
                raise InputError(f"{where}: demonym {form!r} belongs to both {countries[form]!r} and {country!r}")
            countries[form] = country
        for name in spelled:
            if not isinstance(name, str) or not name.strip():
                raise InputError(f"{where}: a name of {country!r} is empty")
            names[fold(name)] = country
            spellings.add(name)
    others = data.get("not_person_nouns", [])
    if not isinstance(others, list) or not all(isinstance(w, str) and DEMONYM_FORM.fullmatch(w) for w in others):
        raise InputError(f"{where}: 'not_person_nouns' must be a list of lower-case words")
    cues = data.get("language_cues", [])
    if not isinstance(cues, list) or not all(isinstance(w, str) and w and w == w.lower() and not w.isspace() for w in cues):
        raise InputError(f"{where}: 'language_cues' must be a list of lower-case words")
    continental = data.get("continental_demonyms", [])
    if not isinstance(continental, list) or not all(isinstance(w, str) and DEMONYM_FORM.fullmatch(w) for w in continental):
        raise InputError(f"{where}: 'continental_demonyms' must be a list of lower-case words")
    for form in continental:
        if form in countries:
            raise InputError(f"{where}: demonym {form!r} is both {countries[form]!r}'s and a continent's")
    regional = data.get("regional_demonyms", [])
    if not isinstance(regional, list) or not all(isinstance(w, str) and DEMONYM_FORM.fullmatch(w) for w in regional):
        raise InputError(f"{where}: 'regional_demonyms' must be a list of lower-case words")
    for form in regional:
        if form in countries or form in continental:
            raise InputError(f"{where}: demonym {form!r} is both a region's and {countries.get(form, 'a continent')!r}'s")
    return DemonymLexicon(countries, names, frozenset(others), frozenset(cues), frozenset(continental), frozenset(regional), frozenset(spellings))


def names_a_country(name: str, lexicon: DemonymLexicon | None = None) -> bool:
    """Whether ``name`` is one of the names the lexicon gives a country (``Suíça``, ``Estados
    Unidos``, ``República Checa``; not ``São Paulo``, ``Ceará``), folded."""
    return fold(name) in (lexicon or load_demonyms()).names


def spells_a_country(name: str, lexicon: DemonymLexicon | None = None) -> bool:
    """Whether ``name`` is written as one of the names the lexicon gives a country, accents and
    case included (``Inglaterra``, ``Argélia``; not ``Argelia``, which :func:`names_a_country`
    folds to it): a name that must not be a person's (``relativeOf``: :mod:`~teia.extract.relations.gates`)."""
    return name in (lexicon or load_demonyms()).spellings
