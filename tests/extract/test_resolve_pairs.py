"""The candidate pairs of corpus resolution: every pair of items sharing a block of at most
``_MAX_BLOCK`` items, once, in increasing order, made item by item (issue 19: the set of all
pairs of a million-word corpus held ~700 MB at once)."""

from __future__ import annotations

import random
from itertools import combinations
from types import GeneratorType

from teia.extract.labels import LOC, ORG, PER
from teia.extract.resolve.clusters import _MAX_BLOCK, _blocks, _candidate_pairs, _Item
from teia.extract.resolve.names import DEFAULT_CONFIG

GIVEN = ["Ana", "João", "Maria", "José", "Vladimir", "Leon", "Józef", "Rosa", "Karl", "Nikolai"]
FAMILY = ["Silva", "Lenin", "Trotsky", "Piłsudski", "Luxemburgo", "Kamenev", "Souza", "Pereira"]
PLACES = ["Rio de Janeiro", "Rio Grande do Sul", "Varsóvia", "Moscou", "Moscovo", "Petrogrado", "Kiev", "Kyiv"]
ORGS = ["Partido dos Trabalhadores", "PT", "Exército Vermelho", "Komintern", "Internacional Comunista", "P.T."]


def _items(n: int, seed: int) -> list[_Item]:
    rnd = random.Random(seed)
    items = []
    for _ in range(n):
        category = rnd.choice((PER, PER, LOC, ORG))
        if category == PER:
            names = tuple({f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)}", rnd.choice(FAMILY)})
        else:
            names = (rnd.choice(PLACES if category == LOC else ORGS),)
        items.append(_Item(names=tuple(sorted(names)), category=category))
    return items


def _reference(items: list[_Item]) -> list[tuple[int, int]]:
    """What the pairs were before they were made item by item: a set of every block's pairs."""
    blocks, _ = _blocks(items, DEFAULT_CONFIG)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) <= _MAX_BLOCK:
            pairs.update(combinations(members, 2))
    return sorted(pairs)


def test_pairs_are_every_shared_small_block_once_in_order() -> None:
    for seed in range(5):
        items = _items(300, seed)
        got = list(_candidate_pairs(items, DEFAULT_CONFIG))
        assert got == _reference(items)
        assert got  # the names repeat: many pairs


def test_a_degenerate_block_gives_no_pairs_of_its_own() -> None:
    # more items than a block may hold share the surname "Silva" (and its key and prefix
    # blocks), while two of them also share an exact name of their own
    items = [_Item(names=(f"Silva{i:03d} Silva",), category=PER) for i in range(_MAX_BLOCK + 1)]
    items += [_Item(names=("Rosa Luxemburgo",), category=PER), _Item(names=("Rosa Luxemburgo",), category=PER)]
    blocks, _ = _blocks(items, DEFAULT_CONFIG)
    assert len(blocks["s:silva"]) > _MAX_BLOCK
    got = list(_candidate_pairs(items, DEFAULT_CONFIG))
    assert got == _reference(items)
    assert (len(items) - 2, len(items) - 1) in got
    assert (0, 1) not in got  # only the degenerate surname block joins the Silvas


def test_pairs_are_made_lazily() -> None:
    assert isinstance(_candidate_pairs(_items(10, 0), DEFAULT_CONFIG), GeneratorType)
