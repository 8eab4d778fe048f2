"""The clustering engine shared by both steps: a union-find joined rule by rule, strongest first,
refusing a union that would put incompatible things together, and explaining every union."""

from __future__ import annotations

from collections import defaultdict
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from teia.extract.gazetteer import fold
from teia.extract.labels import PER
from teia.extract.resolve.names import DEFAULT_CONFIG, ResolutionConfig, _compatible, _name_words, acronym_of, given_name_conflict, is_acronym, match_names, name_key, translit_key
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


# a block of more items than this is degenerate (a frequent surname, two letters and a length):
# its members meet through their other keys only
_MAX_BLOCK = 400


def _candidate_pairs(items: Sequence[_Item], config: ResolutionConfig) -> Iterator[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, worth testing, in increasing order: two items that share a
    block (a name key, a transliteration prefix with the number of words, a last word, an
    acronym), so that large corpora stay tractable. Made item by item, never held all at once: a
    corpus of a million words has millions of pairs, whose set took ~700 MB at the peak of a
    build (issue 19)."""
    blocks, keys_of = _blocks(items, config)
    for i, keys in enumerate(keys_of):
        later: set[int] = set()
        for b in keys:
            members = blocks[b]  # in increasing order: items were added in turn
            if len(members) <= _MAX_BLOCK:
                later.update(members[bisect_right(members, i) :])
        for j in sorted(later):
            yield i, j


def _blocks(items: Sequence[_Item], config: ResolutionConfig) -> tuple[dict[str, list[int]], list[set[str]]]:
    """The items of each block key, in increasing order, and the block keys of each item."""
    blocks: dict[str, list[int]] = defaultdict(list)
    keys_of: list[set[str]] = []
    for i, it in enumerate(items):
        seen: set[str] = set()
        for n in it.names:
            words = _name_words(n) if it.category == PER else translit_key(n).split()
            k = name_key(n)
            block_keys = {f"k:{k}", f"t:{translit_key(n)[:2]}:{len(words)}"}
            if words:
                block_keys.add(f"s:{words[-1]}")
            if is_acronym(n, config):
                block_keys.add(f"a:{fold(n.replace('.', '')).upper()}")
            elif len(n.split()) >= 2:
                block_keys.add(f"a:{acronym_of(n)}")
                block_keys.add(f"a:{acronym_of(n, split_hyphens=False)}")
            for b in block_keys - seen:
                blocks[b].append(i)
            seen |= block_keys
        keys_of.append(seen)
    return blocks, keys_of


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
