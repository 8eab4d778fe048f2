"""Places as news text writes them (issue 20), read from ``teia/extract/data/regions.json``.

* ``codes``: the abbreviations of Brazil's states written in brackets after a place, a person
  or a party (``Goiânia (GO)``, ``Pedro Simon (PMDB-RS)``). Such a bracket qualifies the name
  before it: :func:`qualifies` tells the alias rule of :mod:`teia.extract.entities` that
  ``GO`` is not another name of ``Goiânia`` (it is one of ``Goiás``);
* ``areas``: nouns of a part of a place (``interior``, ``norte``, ``região``...), read by
  :func:`teia.extract.relations.areas.area_nesting` (``Itatiba, no interior de São Paulo``);
* ``area_modifiers``: adjectives that may follow an area noun (``na região metropolitana de``,
  ``(zona norte do Rio)``; optional in a user's file): :attr:`Regions.modifiers`;
* ``parties``: the acronyms of Brazil's political parties (optional in a user's file). Glued to
  a state code in a politician's bracket (``Hélio Bicudo (PT-SP)``, ``(PPR- PA)``), the NER takes
  the two for one name: :func:`party_mention` tells :mod:`teia.extract.entities` where the party's
  name ends, and :func:`party_bracket_after` that the name before such a bracket, or before a
  party's acronym alone in brackets (``Sigmaringa Seixas (PSDB)``), is a person's;
* ``party_adjectives``: a party's adjective (masculine singular, ``tucano``, ``petista``) and the
  party's acronym (optional in a user's file), read by
  :mod:`teia.extract.relations.party_adjectives` (``o tucano Fernando Henrique``);
* ``area_levels``: the nouns of a country's divisions, the largest first, a level per list
  (optional in a user's file): :attr:`Regions.levels`, read by
  :func:`teia.extract.relations.areas.area_level` (``no estado de Texas, no Condado de Smith``:
  the county is in the state, not the state in the county);
* ``unranked_divisions``: nouns of a division whose rank differs between countries
  (``distrito``, ``cantão``; optional in a user's file): :attr:`Regions.unranked`, read with the
  levels' nouns by :func:`teia.extract.relations.divisions.division_name` (``no distrito de
  Zwettl`` names Zwettl), but of no level;
* ``wider_than_countries``: continents, world regions, seas and oceans (optional in a user's
  file), read by :func:`wider_than_countries`: a country named before another place holds it
  (``na Espanha, em Granada``) unless the other is one of these (``em Portugal, na Europa``).

Users extend the file by passing their own (same keys) to :func:`load_regions`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from teia.errors import InputError
from teia.extract.lexicons import read_json
from teia.folding import fold

__all__ = [
    "DEFAULT_PATH",
    "LOWER_WORD",
    "Regions",
    "load_regions",
    "party_bracket_after",
    "party_mention",
    "qualifies",
    "state",
    "state_code",
    "wider_than_countries",
]

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "regions.json"


@dataclass(frozen=True)
class Regions:
    codes: dict[str, str]
    """state code -> the state's name (``GO`` -> ``Goiás``)"""
    areas: frozenset[str]
    """lower-case nouns of a part of a place"""
    parties: dict[str, str] = field(default_factory=dict)
    """party acronym -> the party's name (``PT`` -> ``Partido dos Trabalhadores``)"""
    party_adjectives: dict[str, str] = field(default_factory=dict)
    """a party's adjective, masculine singular -> its acronym (``tucano`` -> ``PSDB``)"""
    levels: dict[str, int] = field(default_factory=dict)
    """lower-case noun of a country's division -> its level, 0 the largest (``região`` -> 0, ``estado`` -> 1,
    ``condado`` -> 2)"""
    wider: frozenset[str] = frozenset()
    """folded names of continents, world regions, seas and oceans (``europa``, ``mar do norte``)"""
    unranked: frozenset[str] = frozenset()
    """lower-case nouns of a division of no level (``distrito``, ``cantão``): their rank differs between countries"""
    modifiers: frozenset[str] = frozenset()
    """lower-case adjectives that may follow an area noun (``metropolitana``, ``norte``)"""


@functools.lru_cache(maxsize=4)
def load_regions(path: str | None = None) -> Regions:
    """The codes and area nouns of ``path`` (default: the shipped ``regions.json``), checked."""
    where = Path(path) if path else DEFAULT_PATH
    data = read_json(where, "region lexicon")
    codes, areas = (data.get("codes"), data.get("areas")) if isinstance(data, dict) else (None, None)

    def words(*items: object) -> bool:
        return all(isinstance(w, str) and w.strip() for w in items)

    if not isinstance(codes, dict) or not all(words(k, v) for k, v in codes.items()):
        raise InputError(f"{where}: 'codes' must map each code to a place name")
    if not isinstance(areas, list) or not words(*areas):
        raise InputError(f"{where}: 'areas' must be a list of words")
    parties = data.get("parties", {})
    if not isinstance(parties, dict) or not all(words(k, v) and _ACRONYM.fullmatch(k.strip()) for k, v in parties.items()):
        raise InputError(f"{where}: 'parties' must map each party's acronym (letters only) to its name")
    clash = sorted(k.strip() for k in parties if k.strip() in {c.strip() for c in codes})
    if clash:
        raise InputError(f"{where}: party acronyms that are state codes: {', '.join(clash)}")
    adjectives = data.get("party_adjectives", {})
    if not isinstance(adjectives, dict) or not all(
        words(k, v) and LOWER_WORD.fullmatch(k.strip()) and _ACRONYM.fullmatch(v.strip()) for k, v in adjectives.items()
    ):
        raise InputError(f"{where}: 'party_adjectives' must map each lower-case adjective to a party's acronym (letters only)")
    ranks = data.get("area_levels", [])
    if not isinstance(ranks, list) or not all(isinstance(level, list) and level and words(*level) for level in ranks):
        raise InputError(f"{where}: 'area_levels' must be a list of lists of words, the largest division first")
    levels: dict[str, int] = {}
    for rank, level in enumerate(ranks):
        for noun in level:
            if levels.setdefault(noun.strip().lower(), rank) != rank:
                raise InputError(f"{where}: 'area_levels': {noun.strip()!r} is on two levels")
    unranked = data.get("unranked_divisions", [])
    if not isinstance(unranked, list) or not words(*unranked):
        raise InputError(f"{where}: 'unranked_divisions' must be a list of words")
    ranked = sorted(w.strip() for w in unranked if w.strip().lower() in levels)
    if ranked:
        raise InputError(f"{where}: 'unranked_divisions' that 'area_levels' ranks: {', '.join(ranked)}")
    modifiers = data.get("area_modifiers", [])
    if not isinstance(modifiers, list) or not words(*modifiers) or not all(LOWER_WORD.fullmatch(w.strip()) for w in modifiers):
        raise InputError(f"{where}: 'area_modifiers' must be a list of lower-case words")
    wider = data.get("wider_than_countries", [])
    if not isinstance(wider, list) or not words(*wider):
        raise InputError(f"{where}: 'wider_than_countries' must be a list of place names")
    return Regions(
        {k.strip(): v.strip() for k, v in codes.items()},
        frozenset(w.strip().lower() for w in areas),
        {k.strip(): v.strip() for k, v in parties.items()},
        {k.strip(): v.strip() for k, v in adjectives.items()},
        levels,
        frozenset(fold(name.strip()) for name in wider),
        frozenset(w.strip().lower() for w in unranked),
        frozenset(w.strip() for w in modifiers),
    )


_ACRONYM = re.compile(r"[A-Za-z]{2,8}")
LOWER_WORD = re.compile(r"[a-zà-ÿ-]+")
"""A word in lower case (letters, accented or not, and hyphens): the shape of a party adjective and of
an area modifier in ``regions.json`` (checked when read); a token of another shape is neither."""
# a party's acronym, then a state code after a dash or a space, or a dash alone (the code is the
# next token: "PPR- PA")
_PARTY_STATE = re.compile(r"(?P<party>[A-Za-z]{2,8})(?:\s*[-–]\s*(?P<state>[A-Z]{2})?|\s+(?P<code>[A-Z]{2}))")
_PARTY_BRACKET = re.compile(r"\s*\(\s*(?P<party>[A-Za-z]{2,8})(?:(?:\s*[-–]\s*|\s+)(?P<state>[A-Z]{2}))?\s*\)")


def party_mention(text: str, regions: Regions) -> str | None:
    """The party's acronym that starts a name the NER made of a party and a state code (``PT-SP``,
    ``PSDB- BA``, ``PT SP``, or ``PPR-`` when the code is the next token), None for any other name
    (``PT``, ``PM-SP``: no party of the table; ``PR-SP``: ``PR`` is a state code)."""
    m = _PARTY_STATE.fullmatch(text.strip())
    if m is None or m.group("party") not in regions.parties:
        return None
    code = m.group("state") or m.group("code")
    return m.group("party") if code is None or code in regions.codes else None


def party_bracket_after(text: str, end: int, regions: Regions) -> str | None:
    """What a politician's bracket right after ``text[:end]`` holds, stripped: a party of the
    table and a state code (``Jarbas Passarinho (PPR- PA)``, ``José Sarney (PMDB AP)``) or the
    party's acronym alone (``Sigmaringa Seixas (PSDB)``, the acronym returned is then a key of
    ``regions.parties``); None for any other bracket (``(PM-SP)``, ``(PT-XX)``). A party's own
    name before its acronym (``Partido dos Trabalhadores (PT)``) is the caller's to tell."""
    m = _PARTY_BRACKET.match(text, end)
    if m is None or m.group("party") not in regions.parties:
        return None
    state = m.group("state")
    if state is None:
        return m.group("party")
    return text[m.start("party") : m.end("state")] if state in regions.codes else None


def qualifies(name: str, inner: str, regions: Regions) -> bool:
    """Whether ``inner``, in brackets after ``name``, is a state code qualifying it (``Goiânia
    (GO)``) rather than another name of it (``Goiás (GO)``)."""
    state = regions.codes.get(inner.strip())
    return state is not None and fold(name) != fold(state)


def state_code(text: str) -> bool:
    """Whether ``text`` is one of the shipped state codes (``RS`` in ``Pedro Simon (RS)``): a
    person's bracket naming the state a politician stands for, neither a nationality nor a
    party (the relation rules skip it)."""
    return text.strip() in load_regions().codes


def state(text: str) -> bool:
    """Whether ``text`` is a state code or the name of that state (``Pará`` in ``Almir Gabriel
    (Pará)``, the state a candidate runs in: no nationality)."""
    return state_code(text) or fold(text.strip()) in _state_names()


def wider_than_countries(name: str) -> bool:
    """Whether ``name`` is one of the shipped continents, world regions, seas and oceans
    (``Europa``, ``Mar Mediterrâneo``), folded: a place no country holds."""
    return fold(name.strip()) in load_regions().wider


@functools.lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    return frozenset(fold(name) for name in load_regions().codes.values())
