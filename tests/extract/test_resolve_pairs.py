"""The candidate pairs of resolution: every pair of items sharing a block of at most
``_MAX_BLOCK`` items (on the same side, or a short side and a long side), once, in increasing
order, made item by item (issue 19: the set of all pairs of a million-word corpus held ~700 MB
at once); the blocks hold every pair a name rule joins, so that blocking changes no merge."""

from __future__ import annotations

import random
from itertools import combinations, product
from types import GeneratorType

import pytest

from teia.extract.labels import LOC, MISC, ORG, PER
from teia.extract.resolve import clusters
from teia.extract.resolve.clusters import _MAX_BLOCK, _blocks, _candidate_pairs, _cluster, _Item
from teia.extract.resolve.names import DEFAULT_CONFIG, ResolutionConfig, match_names

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
    (shorts, longs, sames), _ = _blocks(items, DEFAULT_CONFIG)
    pairs: set[tuple[int, int]] = set()
    for key in set(shorts) | set(longs) | set(sames):
        short, long, same = shorts.get(key, []), longs.get(key, []), sames.get(key, [])
        if len(short) + len(long) + len(same) <= _MAX_BLOCK:
            pairs.update(combinations(same, 2))
            pairs.update((min(i, j), max(i, j)) for i, j in product(short, long) if i != j)
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
    (_, longs, _), _ = _blocks(items, DEFAULT_CONFIG)
    assert len(longs["p:silva silva"]) > _MAX_BLOCK
    got = list(_candidate_pairs(items, DEFAULT_CONFIG))
    assert got == _reference(items)
    assert (len(items) - 2, len(items) - 1) in got
    assert (0, 1) not in got  # only the degenerate surname block joins the Silvas


def test_pairs_are_made_lazily() -> None:
    assert isinstance(_candidate_pairs(_items(10, 0), DEFAULT_CONFIG), GeneratorType)


# names that the rules join in every way: spellings of one transliterated name, acronyms with
# and without dots or an article, names with and without a title, a particle, a given name,
# words of under five letters and numbers (which must be equal), and hyphens
GENERATED_GIVEN = ["Ana", "João", "Vladimir", "Wladimir", "Leon", "Lev", "Józef", "Jozef", "Nikolai", "Nicolau", "Rosa"]
GENERATED_FAMILY = ["Trotsky", "Trotski", "Trótski", "Tukhachevsky", "Tukhatchevski", "Silva", "da Silva", "Pereira-Souza", "Souza"]
GENERATED_TITLES = ["", "General ", "Presidente ", "o ", "Dom "]
GENERATED_PLACES = ["Moscou", "Moskou", "Moscovo", "Kiev", "Kyiv", "Kiiv", "Rio Volga", "o rio Volga", "Volga", "Rio 2", "Rio 3", "Kharkov", "Harkov"]
GENERATED_ORGS = [
    "União das Repúblicas Socialistas Soviéticas", "URSS", "U.R.S.S.", "a URSS", "Partido dos Trabalhadores", "PT",
    "P.T.", "Polícia Técnica", "Exército Vermelho", "EV", "Partido Comunista Português", "PCP", "Sporting-Clube de Portugal", "SCP", "SP",
]


def _generated(n: int, seed: int) -> list[_Item]:
    rnd = random.Random(seed)
    items = []
    for _ in range(n):
        category = rnd.choice((PER, PER, PER, LOC, ORG, MISC))
        if category == PER:
            full = f"{rnd.choice(GENERATED_TITLES)}{rnd.choice(GENERATED_GIVEN)} {rnd.choice(GENERATED_FAMILY)}"
            names = {full}
            for _ in range(rnd.randrange(3)):
                names.add(rnd.choice([rnd.choice(GENERATED_FAMILY), f"{rnd.choice(GENERATED_GIVEN)} {rnd.choice(GENERATED_GIVEN)} {rnd.choice(GENERATED_FAMILY)}"]))
        else:
            pool = GENERATED_PLACES if category == LOC else GENERATED_ORGS
            names = {rnd.choice(pool) for _ in range(1 + rnd.randrange(2))}
        items.append(_Item(names=tuple(sorted(names)), category=category))
    return items


def _every_pair(items, config):
    return combinations(range(len(items)), 2)


@pytest.mark.parametrize(
    "config",
    [
        DEFAULT_CONFIG,
        ResolutionConfig(min_fuzzy_length=3, similarity=0.7, fuzzy_categories=frozenset({PER, LOC, ORG})),
        ResolutionConfig(similarity=0.95),
        ResolutionConfig(similarity=1.0),
        ResolutionConfig(similarity=0.0, min_fuzzy_length=2),
    ],
)
def test_every_pair_a_name_rule_joins_is_a_candidate(config: ResolutionConfig) -> None:
    for seed in range(4):
        items = _generated(120, seed)
        got = set(_candidate_pairs(items, config))
        joined = {
            (i, j)
            for i, j in combinations(range(len(items)), 2)
            if any(match_names(a, items[i].category, b, items[j].category, config) for a in items[i].names for b in items[j].names)
        }
        assert joined  # the generated names do meet, by every rule
        assert joined <= got
        assert len(got) < len(items) * (len(items) - 1) // 2  # and blocking leaves pairs out


@pytest.mark.parametrize("similarity", [0.6, 0.8, 0.88, 0.95])
def test_every_pair_of_similar_words_is_a_candidate(similarity: float) -> None:
    # words a few letters apart from transliterated place names (letters added, dropped,
    # changed), as one-word places and as the first of two words
    rnd = random.Random(int(similarity * 100))
    seeds = ["moskva", "moscou", "kharkov", "petrogrado", "tukhachevsky", "varsovia", "simbirsk"]
    words = set(seeds)
    while len(words) < 200:
        w = list(rnd.choice(seeds))
        for _ in range(rnd.randrange(4)):
            p = rnd.randrange(1, len(w))
            op = rnd.randrange(3)
            if op == 0:
                w.insert(p, rnd.choice("aeiouvk"))
            elif op == 1 and len(w) > 5:
                del w[p]
            else:
                w[p] = rnd.choice("aeiouvk")
        words.add("".join(w))
    names = sorted(w.capitalize() for w in words) + sorted(f"{w.capitalize()} Grande" for w in words)
    items = [_Item(names=(n,), category=LOC) for n in names]
    config = ResolutionConfig(similarity=similarity)
    got = set(_candidate_pairs(items, config))
    joined = {(i, j) for i, j in combinations(range(len(items)), 2) if match_names(names[i], LOC, names[j], LOC, config)}
    assert len(joined) >= 20  # pairs of different words that the rule joins
    assert joined <= got
    assert len(got) < len(items) * (len(items) - 1) // 2


def test_blocked_and_unblocked_candidates_make_the_same_merges(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = set()
    for seed, n in product(range(4), (30, 150)):
        items = _generated(n, seed)
        links = [(0, 1, "named as one")]
        blocked = _cluster(list(items), links)
        with monkeypatch.context() as m:
            m.setattr(clusters, "_candidate_pairs", _every_pair)
            unblocked = _cluster(list(items), links)
        rules |= {e.rule for e in blocked.edges}
        assert blocked.groups() == unblocked.groups()
        assert [(e.i, e.j, e.rule, e.evidence) for e in blocked.edges] == [(e.i, e.j, e.rule, e.evidence) for e in unblocked.edges]
    assert {"exact", "acronym", "transliteration", "partial-name", "alias"} <= rules
