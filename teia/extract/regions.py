"""Places as news text writes them (issue 20), read from ``teia/extract/data/regions.json``.

* ``codes``: the abbreviations of Brazil's states written in brackets after a place, a person
  or a party (``Goiânia (GO)``, ``Pedro Simon (PMDB-RS)``). Such a bracket qualifies the name
  before it: :func:`qualifies` tells the alias rule of :mod:`teia.extract.entities` that
  ``GO`` is not another name of ``Goiânia`` (it is one of ``Goiás``);
* ``areas``: nouns of a part of a place (``interior``, ``norte``, ``região``...), read by
  :func:`teia.extract.relations.areas.area_nesting` (``Itatiba, no interior de São Paulo``).

Users extend the file by passing their own (same keys) to :func:`load_regions`.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from teia.errors import InputError, read_text
from teia.folding import fold

__all__ = ["DEFAULT_PATH", "Regions", "load_regions", "qualifies", "state", "state_code"]

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "regions.json"


@dataclass(frozen=True)
class Regions:
    codes: dict[str, str]
    """state code -> the state's name (``GO`` -> ``Goiás``)"""
    areas: frozenset[str]
    """lower-case nouns of a part of a place"""


@functools.lru_cache(maxsize=4)
def load_regions(path: str | None = None) -> Regions:
    """The codes and area nouns of ``path`` (default: the shipped ``regions.json``), checked."""
    where = Path(path) if path else DEFAULT_PATH
    text = read_text(where, "region lexicon")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: the region lexicon is not JSON ({exc})") from None
    codes, areas = (data.get("codes"), data.get("areas")) if isinstance(data, dict) else (None, None)

    def words(*items: object) -> bool:
        return all(isinstance(w, str) and w.strip() for w in items)

    if not isinstance(codes, dict) or not all(words(k, v) for k, v in codes.items()):
        raise InputError(f"{where}: 'codes' must map each code to a place name")
    if not isinstance(areas, list) or not words(*areas):
        raise InputError(f"{where}: 'areas' must be a list of words")
    return Regions({k.strip(): v.strip() for k, v in codes.items()}, frozenset(w.strip().lower() for w in areas))


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


@functools.lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    return frozenset(fold(name) for name in load_regions().codes.values())
