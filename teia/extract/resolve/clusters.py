"""The clustering engine shared by both steps: a union-find joined rule by rule, strongest first,
refusing a union that would put incompatible things together, and explaining every union."""

from __future__ import annotations

from collections import defaultdict
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from teia.extract.gazetteer import fold
from teia.extract.labels import PER
from teia.extract.resolve.names import _ARTICLES, DEFAULT_CONFIG, ResolutionConfig, _compatible, _name_words, acronym_of, given_name_conflict, is_acronym, match_names, name_key, translit_key
from teia.extract.resolve.overrides import ACCEPTED, Overrides, REJECTED, _side_matches


@dataclass
class _Item:
    names: tuple[str, ...]
    category: str
    kb_id: str = ""
    kb_label: str = ""
    doc: str = ""
    keys: frozenset[str] = frozenset()
    dates: tuple[tuple[str, str], ...] = ()  # intervals dating a named event
    article: str = ""  # the Wikipedia article the document's entity was linked to
    refused: frozenset[str] = frozenset()  # articles its document does not support
    club: bool = False  # a club named by its town (CLUB_SOURCE): its type its own, no vote in the corpus

    def __post_init__(self) -> None:
        keys = {f"name:{name_key(n)}" for n in self.names} | {f"{self.category}:{name_key(n)}" for n in self.names}
        if self.kb_id:
            keys.add(f"kb:{self.kb_id}")
        self.keys = frozenset(keys)


@dataclass
class _Edge:
    i: int
    j: int
    rule: str
    evidence: str
    status: str = ACCEPTED


@dataclass
class _Summary:
    """What :meth:`_Clusters.conflict` reads of a cluster, merged as clusters are joined: the
    distinct values of its members instead of the members, so that joining an item to a cluster
    named in hundreds of documents costs the number of its distinct names, not of its members."""

    kbs: set[str]
    articles: set[str]
    refused: set[str]
    dates: set[tuple[str, str]]
    person_names: set[str]

    @classmethod
    def of(cls, item: _Item) -> _Summary:
        return cls(
            {item.kb_id} - {""},
            {item.article} - {""},
            set(item.refused),
            set(item.dates),
            set(item.names) if item.category == PER else set(),
        )

    def absorb(self, other: _Summary) -> None:
        self.kbs |= other.kbs
        self.articles |= other.articles
        self.refused |= other.refused
        self.dates |= other.dates
        self.person_names |= other.person_names


@dataclass
class _Clusters:
    items: list[_Item]
    parent: list[int] = field(default_factory=list)
    members: dict[int, list[int]] = field(default_factory=dict)
    edges: list[_Edge] = field(default_factory=list)
    refused: list[_Edge] = field(default_factory=list)
    summaries: dict[int, _Summary] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.parent = list(range(len(self.items)))
        self.members = {i: [i] for i in range(len(self.items))}
        self.summaries = {i: _Summary.of(it) for i, it in enumerate(self.items)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def keys(self, root: int) -> frozenset[str]:
        return frozenset().union(*(self.items[m].keys for m in self.members[root]))

    def conflict(
        self, ri: int, rj: int, overrides: Overrides | None, forced: bool = False, stated: bool = False
    ) -> str | None:
        """Why the clusters ``ri`` and ``rj`` may not be one, or None: an override, a forced edge
        skips the rest; a name the text itself gives as another's (``stated``: ``José Luís
        Barbosa, conhecido como Zequinha Barbosa``) is not refused for its other given name."""
        if overrides:
            r = overrides.rejection(self.keys(ri), self.keys(rj))
            if r is not None:
                return r.reason
        if forced:
            return None
        a, b = self.summaries[ri], self.summaries[rj]
        if a.kbs and b.kbs:
            return None if a.kbs & b.kbs else "different knowledge-base entries"
        if a.articles and b.articles and not a.articles & b.articles:
            return f"linked to different articles: {sorted(a.articles)[0]!r} and {sorted(b.articles)[0]!r}"
        unsupported = (a.articles & b.refused) | (b.articles & a.refused)
        if unsupported:
            return f"linked to {sorted(unsupported)[0]!r}, which the other document does not support"
        if a.dates and b.dates and not any(p[0] <= q[1] and q[0] <= p[1] for p in a.dates for q in b.dates):
            return "events dated apart"
        if stated:
            return None
        for n1 in sorted(a.person_names):
            for n2 in sorted(b.person_names):
                if given_name_conflict(n1, n2):
                    return f"different people: {n1!r} and {n2!r}"
        return None

    def union(self, edge: _Edge, overrides: Overrides | None, forced: bool = False, stated: bool = False) -> bool:
        ri, rj = self.find(edge.i), self.find(edge.j)
        if ri == rj:
            return False
        why = self.conflict(ri, rj, overrides, forced, stated)
        if why is not None:
            if why.startswith("rejected"):
                self.refused.append(_Edge(edge.i, edge.j, edge.rule, f"{edge.evidence}; {why}", REJECTED))
            return False
        if len(self.members[ri]) < len(self.members[rj]) or (len(self.members[ri]) == len(self.members[rj]) and rj < ri):
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.members[ri].extend(self.members.pop(rj))
        self.summaries[ri].absorb(self.summaries.pop(rj))
        self.edges.append(edge)
        return True

    def groups(self) -> list[list[int]]:
        return sorted((sorted(m) for m in self.members.values()), key=lambda g: g[0])


# a block of more items than this is degenerate (the same name in hundreds of documents): its
# members meet through their other keys only
_MAX_BLOCK = 400


def _candidate_pairs(items: Sequence[_Item], config: ResolutionConfig) -> Iterator[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, worth testing, in increasing order: two items that share a
    block of :func:`_blocks`, made so that every pair of names a rule of ``match_names`` joins
    shares one (issue 19: the pairs grow with the names that may be one, not with the square of
    the names of a long document). Made item by item, never held all at once: a corpus of a
    million words has millions of pairs, whose set took ~700 MB at the peak of a build."""
    sides, keys_of = _blocks(items, config)
    short, long, same = sides
    meets = (long, short, same)  # the side each side meets: short and long, same and same
    for i, keys in enumerate(keys_of):
        later: set[int] = set()
        for side, b in keys:
            members = meets[side].get(b)
            if members and members[-1] > i and len(short.get(b, ())) + len(long.get(b, ())) + len(same.get(b, ())) <= _MAX_BLOCK:
                later.update(members[bisect_right(members, i) :])
        for j in sorted(later):
            yield i, j


_SAME, _SHORT, _LONG = 2, 0, 1  # a block's sides: every member meets every other; short meets long


@lru_cache(maxsize=1 << 16)  # the corpus resolution meets the same names in document after document
def _name_blocks(n: str, category: str, config: ResolutionConfig) -> tuple[tuple[int, str], ...]:
    return tuple(_each_name_block(n, category, config))


def _each_name_block(n: str, category: str, config: ResolutionConfig) -> Iterator[tuple[int, str]]:
    """``(side, key)`` of a name: two names a rule of ``match_names`` joins share a key, on the
    same side for ``_SAME`` keys, on opposite sides for the others:

    - ``exact``: the name key;
    - ``acronym``: the letters of the acronym (short side) and the initials of a name of two
      words or more (long side);
    - ``transliteration``: the category and, word by word, the word itself when it must be equal
      (shorter than ``min_fuzzy_length``, a digit) or its first letter when it may be similar;
      for the first such word, its pieces (short side) and its substrings of the lengths of the
      pieces of a similar word as long or longer (long side);
    - ``partial-name``: a person's first and last name words (short side), and each of a
      person's name words with the last one (long side).
    """
    yield _SAME, f"k:{name_key(n)}"
    if config.acronyms:
        short = _ARTICLES.sub("", n.strip())
        if is_acronym(short, config):
            yield _SHORT, f"a:{fold(short.replace('.', '')).upper()}"
        if len(n.split()) >= 2:
            yield _LONG, f"a:{acronym_of(n)}"
            yield _LONG, f"a:{acronym_of(n, split_hyphens=False)}"
    if category in config.fuzzy_categories:
        words = translit_key(n).split()
        fuzzy = [len(w) >= config.min_fuzzy_length and not any(ch.isdigit() for ch in w) for w in words]
        shape = [f"{w[0]}*" if f else w for w, f in zip(words, fuzzy)]
        if True in fuzzy and 0.0 < config.similarity:
            # the first word that may be merely similar: a piece of the longer of two such
            # words (short side) is a substring of the other (long side), the rest of the shape
            # equal
            k = fuzzy.index(True)
            w = words[k]
            head = f"t:{category}:{' '.join(shape[:k])}|{shape[k]}|{' '.join(shape[k + 1 :])}|"
            similarity = min(config.similarity, 1.0)  # equal words meet at any threshold
            for piece in _pieces(w, similarity):
                yield _SHORT, head + piece
            for q in _partner_piece_lengths(len(w), similarity, config.min_fuzzy_length):
                for i in range(len(w) - q + 1):
                    yield _LONG, head + w[i : i + q]
        elif words:
            yield _SAME, f"t:{category}:{' '.join(shape)}"
    if config.partial_names and category == PER:
        words = _name_words(n)
        if words:
            yield _SHORT, f"p:{words[0]} {words[-1]}"
            for w in set(words):
                yield _LONG, f"p:{w} {words[-1]}"


# Two words whose difflib ratio 2 M / (la + lb) reaches s (M: the characters of their matching
# blocks) leave k = la + lb - 2 M <= (1 - s) (la + lb) characters unmatched. Cut a word into k + 1
# pieces: an unmatched character of its own spoils one piece, and so does a border between two
# of its matching blocks that no character of its own separates (the other word has one there:
# difflib joins blocks that touch in both, so there are no more such borders than unmatched
# characters of the other word); one piece lies whole in a matching block, a substring of the
# other word (the argument of the pigeonhole filters of approximate string matching).


def _compatible_lengths(length: int, similarity: float, shortest: int = 1) -> range:
    """The lengths of the words (from ``shortest``) a word of ``length`` characters may reach
    ``similarity`` with: the ratio is at most 2 min / (la + lb)."""
    return range(shortest, int(length * (2.0 - similarity) / similarity) + 2)


@lru_cache(maxsize=None)
def _unmatched(length: int, similarity: float) -> int:
    """The most characters a word of ``length`` and a similar word leave unmatched together."""
    return max(
        (int((1.0 - similarity) * (length + lb) + 1e-9) for lb in _compatible_lengths(length, similarity)
         if 2.0 * min(length, lb) / (length + lb) >= similarity - 1e-12),
        default=0,
    )


def _pieces(word: str, similarity: float) -> set[str]:
    """The word cut into one piece more than it and a similar word leave unmatched."""
    n = _unmatched(len(word), similarity) + 1
    cuts = [len(word) * i // n for i in range(n + 1)]
    return {word[cuts[i] : cuts[i + 1]] for i in range(n)}


@lru_cache(maxsize=None)
def _partner_piece_lengths(length: int, similarity: float, shortest: int) -> frozenset[int]:
    """The lengths of the pieces of the words, as long as a word of ``length`` or longer, that
    it may be similar to: of two words, the pieces of the longer one are enough (longer pieces,
    fewer substrings to meet them)."""
    out: set[int] = set()
    for la in _compatible_lengths(length, similarity, max(shortest, length)):
        if 2.0 * min(la, length) / (la + length) >= similarity - 1e-12:
            n = _unmatched(la, similarity) + 1
            out |= {la // n, -(-la // n)}
    return frozenset(out)


def _blocks(
    items: Sequence[_Item], config: ResolutionConfig
) -> tuple[tuple[dict[str, list[int]], dict[str, list[int]], dict[str, list[int]]], list[set[tuple[int, str]]]]:
    """The items of each block key on each side (short, long, same), in increasing order, and
    the ``(side, key)`` of each item."""
    sides: tuple[dict[str, list[int]], ...] = ({}, {}, {})
    keys_of: list[set[tuple[int, str]]] = []
    for i, it in enumerate(items):
        seen: set[tuple[int, str]] = set()
        for n in it.names:
            for side_key in _name_blocks(n, it.category, config):
                if side_key not in seen:
                    seen.add(side_key)
                    sides[side_key[0]].setdefault(side_key[1], []).append(i)
        keys_of.append(seen)
    return sides, keys_of


_RULE_ORDER = ("exact", "acronym", "transliteration", "partial-name")


def _union_same(cl: _Clusters, overrides: Overrides | None, key_of: dict[int, str], rule: str, evidence: str) -> None:
    """Union the items that share a non-empty key (a knowledge-base entry, an article)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, key in key_of.items():
        if key:
            groups[key].append(i)
    for key, members in sorted(groups.items()):
        for j in members[1:]:
            cl.union(_Edge(members[0], j, rule, evidence.format(key)), overrides)


def _cluster(
    items: list[_Item],
    links: Iterable[tuple[int, int, str]] = (),
    config: ResolutionConfig = DEFAULT_CONFIG,
    overrides: Overrides | None = None,
) -> _Clusters:
    cl = _Clusters(items)
    # 1. the user's accepted merges
    if overrides:
        for r in overrides.accepted:
            side_a = [i for i, it in enumerate(items) if _side_matches(r.a, it.keys)]
            side_b = [i for i, it in enumerate(items) if _side_matches(r.b, it.keys)]
            for i in side_a:
                for j in side_b:
                    if i != j:
                        cl.union(_Edge(i, j, "override", f"accepted by {r.source}"), overrides, forced=True)
    # 2. knowledge base
    _union_same(cl, overrides, {i: it.kb_id for i, it in enumerate(items)}, "kb", "knowledge-base entry {!r}")
    # 3.-7. name rules, by strength; textual aliases right after exact names
    pairs = _candidate_pairs(items, config)
    found: dict[str, list[_Edge]] = defaultdict(list)
    # the same names meet again and again across a corpus (an entity named in many documents):
    # the best rule of two name sets is worked out once
    best_of: dict[tuple[tuple[str, ...], str, tuple[str, ...], str], tuple[str, str] | None] = {}
    for i, j in pairs:
        x, y = items[i], items[j]
        key = (x.names, x.category, y.names, y.category)
        if key not in best_of:
            best_of[key] = _best_rule(x, y, config)
        best = best_of[key]
        if best is not None:
            found[best[0]].append(_Edge(i, j, *best))
    for e in found["exact"]:
        cl.union(e, overrides)
    # the same Wikipedia article (entities linked in their documents); after the exact names,
    # so that the log names the plainer rule when both apply
    _union_same(cl, overrides, {i: it.article for i, it in enumerate(items)}, "link", "both linked to the article {!r}")
    for i, j, evidence in links:
        if _compatible(items[i].category, items[j].category, "alias", config):
            cl.union(_Edge(i, j, "alias", evidence), overrides, stated=True)
    for e in found["acronym"]:
        cl.union(e, overrides)
    for e in found["transliteration"]:
        cl.union(e, overrides)
    # partial names: only when exactly one cluster claims the short name
    claims: dict[int, list[_Edge]] = defaultdict(list)
    for e in found["partial-name"]:
        short_side = e.i if _is_short_side(items[e.i], items[e.j]) else e.j
        claims[short_side].append(e)
    for short_side, edges in sorted(claims.items()):
        targets = {cl.find(e.j if e.i == short_side else e.i) for e in edges}
        targets.discard(cl.find(short_side))
        if len(targets) == 1:
            for e in edges:
                cl.union(e, overrides)
    return cl


def _best_rule(x: _Item, y: _Item, config: ResolutionConfig) -> tuple[str, str] | None:
    """The strongest name rule between any name of ``x`` and any name of ``y`` (the first pair
    of names, in order, for a rule found several times)."""
    best = None
    for a in x.names:
        for b in y.names:
            m = match_names(a, x.category, b, y.category, config)
            if m is not None and (best is None or _RULE_ORDER.index(m[0]) < _RULE_ORDER.index(best[0])):
                best = m
    return best


def _is_short_side(a: _Item, b: _Item) -> bool:
    return max(len(_name_words(n)) for n in a.names) < max(len(_name_words(n)) for n in b.names)
