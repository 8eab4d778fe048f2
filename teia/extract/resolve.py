"""Entity resolution: mentions → entities within a document, entities → one per thing across documents.

Both steps are pure functions over records and share one engine (:func:`_cluster`): items
(groups of same-named mentions inside a document, or documents' local entities across the
corpus) are joined by a union-find, rule by rule, strongest first. A union is refused when the
two clusters would then hold incompatible things (see *cannot-link* below), so a weak rule can
never glue two strong clusters together. Every union is explained in the merge log.

Rules, in order (``docs/entities.md`` has the details):

1. ``override``: the user's accept file says two names are one thing;
2. ``kb``: both items matched the same knowledge-base entry;
3. ``exact``: same category and the same folded name (case, accents, leading article ignored);
4. ``alias``: the text itself says the names are one thing: ``a Internacional Comunista
   (Komintern)``, ``a Terceira Internacional, também chamada Komintern`` (found on the Doc by
   :mod:`teia.extract.entities`, within a document only);
5. ``acronym``: one name is the initials of the other's content words (``URSS``);
6. ``transliteration``: same category (people and places by default), same number of words and
   every word equal under a transliteration key for Slavic names (``Tukhatchevski`` =
   ``Tukhachevsky``) or similar above :attr:`ResolutionConfig.similarity`;
7. ``partial-name``: a person's name whose words are a subsequence of a longer name of the same
   person ending on the same surname (``Lenin`` → ``Vladimir Ilitch Lenin``), when exactly one
   cluster claims it.

Cannot-link: different knowledge-base entries; two people whose full names share the surname
but not the given name (``Józef Piłsudski`` / ``Bronisław Piłsudski``); named events whose dates
do not overlap (``Segundo Congresso`` of 1917 and of 1920); a pair the user rejected.
Categories must agree (a person is never merged with a place); only ``alias`` and ``acronym``
may join an organization with a place (NER often confuses the two for states).
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path

from teia.errors import InputError
from teia.extract.jsonl import iter_jsonl
from teia.extract.gazetteer import KnowledgeBase, fold
from teia.extract.labels import EVENT, LOC, MISC, NODE_CATEGORIES, ORG, PER
from teia.extract.records import Entity, Event, Extraction, MergeDecision, Mention, Resolution

__all__ = [
    "ResolutionConfig",
    "MergeOverride",
    "Overrides",
    "load_overrides",
    "name_key",
    "translit_key",
    "acronym_of",
    "is_acronym",
    "match_names",
    "group_mentions",
    "resolve_corpus",
    "resolve_events",
]

ACCEPTED = "accepted"
REJECTED = "rejected"


@dataclass(frozen=True)
class ResolutionConfig:
    """Thresholds and switches of the resolution rules (the defaults are the shipped behaviour)."""

    similarity: float = 0.88
    """Minimum ``difflib`` ratio between two words' transliteration keys for ``transliteration``."""
    min_fuzzy_length: int = 5
    """Words shorter than this (as keys) must be equal, never merely similar."""
    fuzzy_categories: frozenset[str] = frozenset({PER, LOC})
    """Categories the ``transliteration`` rule applies to."""
    acronyms: bool = True
    min_acronym_length: int = 2
    partial_names: bool = True
    bridge_categories: frozenset[str] = frozenset({ORG, LOC, MISC})
    """Categories that ``alias``, ``acronym`` and ``override`` may join to one another."""


DEFAULT_CONFIG = ResolutionConfig()

# --------------------------------------------------------------------------------------
# Name keys
# --------------------------------------------------------------------------------------

_ARTICLES = re.compile(r"^(o|a|os|as|um|uma|the)\s+", re.IGNORECASE)
_STOPWORDS = frozenset("de da do das dos e o a os as em para por of the and".split())
_TITLES = frozenset(
    "general marechal almirante coronel comandante czar tsar presidente camarada sr sra dom "
    "papa rei rainha principe princesa conde duque".split()
)


def name_key(text: str) -> str:
    """The folded form of a name without a leading article."""
    return _ARTICLES.sub("", fold(text)).strip(" .,;:\"'«»()")


# ordered rewrites towards one spelling of Slavic names transcribed in pt/en/fr/de styles
_TRANSLIT = (
    ("shch", "sh"),
    ("tsch", "ch"),
    ("tch", "ch"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("ks", "x"),
    ("w", "v"),
    ("y", "i"),
    ("ou", "u"),
)
_C_HARD = re.compile(r"c(?![eihy])")


_ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m*(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$")


def _word_key(word: str) -> str:
    w = re.sub(r"[^0-9a-z]", "", word)
    if _ROMAN.match(w):  # regnal numbers stay as written: Alexandre II is not Alexandre III
        return w
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    w = _C_HARD.sub("k", w)
    w = re.sub(r"(.)\1+", r"\1", w)  # double letters, "ii" from "iy"
    return w


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", name_key(name)) if w]


def translit_key(text: str) -> str:
    """A spelling-insensitive key of a (Slavic) name: ``Tukhatchevski`` and ``Tukhachevsky`` → ``tuhachevski``."""
    return " ".join(k for k in (_word_key(w) for w in _words(text)) if k)


def _name_words(name: str) -> list[str]:
    """Transliteration keys of a person name's words, without titles and particles."""
    out = []
    for w in _words(name):
        if w in _STOPWORDS or w.rstrip(".") in _TITLES:
            continue
        k = _word_key(w)
        if k:
            out.append(k)
    return out


def acronym_of(name: str, *, split_hyphens: bool = True) -> str:
    """Initials of the content words of a name (``União das Repúblicas Socialistas Soviéticas`` → ``URSS``)."""
    pattern = r"[\s\-]+" if split_hyphens else r"\s+"
    words = [w for w in re.split(pattern, fold(name)) if w and w not in _STOPWORDS]
    return "".join(w[0] for w in words if w[0].isalnum()).upper()


def is_acronym(text: str, config: ResolutionConfig = DEFAULT_CONFIG) -> bool:
    """A short all-capitals token (dots allowed): ``URSS``, ``U.R.S.S.``, ``NEP``."""
    t = text.strip().replace(".", "")
    return config.min_acronym_length <= len(t) <= 8 and t.isalpha() and t.isupper()


def _acronym_match(short: str, long: str, config: ResolutionConfig) -> bool:
    short = _ARTICLES.sub("", short.strip())
    if not is_acronym(short, config) or len(long.split()) < 2:
        return False
    a = fold(short.replace(".", "")).upper()
    return a in (acronym_of(long), acronym_of(long, split_hyphens=False))


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def _words_similar(a: list[str], b: list[str], config: ResolutionConfig) -> float | None:
    """The lowest word similarity when all words correspond (1.0 = same keys), else None."""
    if len(a) != len(b) or not a:
        return None
    low = 1.0
    for x, y in zip(a, b):
        if x == y:
            continue
        if any(ch.isdigit() for ch in x + y) or min(len(x), len(y)) < config.min_fuzzy_length or x[0] != y[0]:
            return None
        r = _ratio(x, y)
        if r < config.similarity:
            return None
        low = min(low, r)
    return low


def _compatible(c1: str, c2: str, rule: str, config: ResolutionConfig) -> bool:
    if c1 == c2:
        return True
    return rule in ("alias", "acronym", "override") and c1 in config.bridge_categories and c2 in config.bridge_categories


def match_names(a: str, cat_a: str, b: str, cat_b: str, config: ResolutionConfig = DEFAULT_CONFIG) -> tuple[str, str] | None:
    """The name rule linking two names, as ``(rule, evidence)``, or None.

    Rules tried: ``exact``, ``acronym``, ``transliteration``, ``partial-name`` (knowledge-base and
    textual aliases are not name rules: they need the items).
    """
    ka, kb_ = name_key(a), name_key(b)
    if not ka or not kb_:
        return None
    if ka == kb_ and cat_a == cat_b:
        return "exact", f"{a!r} = {b!r} ignoring case, accents and article"
    if config.acronyms and _compatible(cat_a, cat_b, "acronym", config):
        for s, lg in ((a, b), (b, a)):
            if _acronym_match(s, lg, config):
                return "acronym", f"{s!r} is the initials of {lg!r}"
    if cat_a != cat_b:
        return None
    if cat_a in config.fuzzy_categories:
        ta, tb = translit_key(a), translit_key(b)
        sim = _words_similar(ta.split(), tb.split(), config)
        if sim is not None:
            if sim == 1.0:
                return "transliteration", f"{a!r} and {b!r} share the transliteration key {ta!r}"
            return "transliteration", f"{a!r} ~ {b!r}: word similarity {sim:.2f} >= {config.similarity:.2f}"
    if config.partial_names and cat_a == PER:
        for s, lg in ((a, b), (b, a)):
            if _partial(s, lg):
                return "partial-name", f"{s!r} is part of the full name {lg!r}"
    return None


def _partial(short: str, long: str) -> bool:
    """``short``'s words form a proper subsequence of ``long``'s and end on the same surname."""
    s, lg = _name_words(short), _name_words(long)
    if not s or len(s) >= len(lg) or s[-1] != lg[-1]:
        return False
    it = iter(lg)
    return all(any(w == x for x in it) for w in s)


def given_name_conflict(a: str, b: str) -> bool:
    """Two full person names with the same surname and different given names."""
    wa, wb = _name_words(a), _name_words(b)
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    fa, fb = wa[0], wb[0]
    if fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb)):
        return False
    return _words_similar([fa], [fb], DEFAULT_CONFIG) is None


# --------------------------------------------------------------------------------------
# Overrides (the user's accept/reject file)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MergeOverride:
    """One line of the override file: two sides (a name, or an entity id like ``kb:lenin``)."""

    a: str
    b: str
    status: str
    source: str = ""


def _side_matches(side: str, keys: frozenset[str]) -> bool:
    if ":" in side and side.split(":", 1)[0] in ("kb", *NODE_CATEGORIES):
        return side.split(":", 1)[0] + ":" + side.split(":", 1)[1] in keys
    return f"name:{name_key(side)}" in keys


@dataclass(frozen=True)
class Overrides:
    """Accepted and rejected merges given by the user (see ``docs/entities.md``)."""

    rules: tuple[MergeOverride, ...] = ()

    @property
    def rejected(self) -> tuple[MergeOverride, ...]:
        return tuple(r for r in self.rules if r.status == REJECTED)

    @property
    def accepted(self) -> tuple[MergeOverride, ...]:
        return tuple(r for r in self.rules if r.status == ACCEPTED)

    def rejection(self, keys_a: frozenset[str], keys_b: frozenset[str]) -> MergeOverride | None:
        for r in self.rejected:
            if (_side_matches(r.a, keys_a) and _side_matches(r.b, keys_b)) or (
                _side_matches(r.b, keys_a) and _side_matches(r.a, keys_b)
            ):
                return r
        return None

    def rejected_names(self, name: str) -> list[str]:
        """The other sides of the rejections that name ``name``."""
        k = name_key(name)
        out = []
        for r in self.rejected:
            if not _is_id(r.a) and name_key(r.a) == k:
                out.append(r.b)
            if not _is_id(r.b) and name_key(r.b) == k:
                out.append(r.a)
        return out

    def __bool__(self) -> bool:
        return bool(self.rules)


def _is_id(side: str) -> bool:
    return ":" in side and side.split(":", 1)[0] in ("kb", *NODE_CATEGORIES)


def load_overrides(path: str | os.PathLike[str]) -> Overrides:
    """Read an override file (JSON Lines). Lines are either

    ``{"a": "Lenin", "b": "Leningrado", "status": "rejected"}`` (two names, or entity ids), or a
    line of ``merge-log.jsonl`` with its ``status`` edited: ``{"entity": "kb:lenin", "merged":
    "Lenin", "status": "rejected"}``. Blank lines and lines starting with ``//`` are skipped.
    """
    rules = []
    p = Path(path)
    for lineno, obj in iter_jsonl(p, "merge override file"):
        where = f"{p.name}:{lineno}"  # the file name only: it ends up in the merge log
        if not isinstance(obj, dict):
            raise InputError(f"{where}: expected a JSON object")
        status = str(obj.get("status", "")).lower()
        if status not in (ACCEPTED, REJECTED):
            raise InputError(f"{where}: 'status' must be 'accepted' or 'rejected'")
        if "a" in obj and "b" in obj:
            a, b = str(obj["a"]), str(obj["b"])
        elif "entity" in obj and "merged" in obj:
            a, b = str(obj["entity"]), str(obj["merged"])
        else:
            raise InputError(f"{where}: give 'a' and 'b', or 'entity' and 'merged'")
        if not a.strip() or not b.strip():
            raise InputError(f"{where}: empty name")
        rules.append(MergeOverride(a, b, status, where))
    return Overrides(tuple(rules))


# --------------------------------------------------------------------------------------
# The clustering engine
# --------------------------------------------------------------------------------------


@dataclass
class _Item:
    names: tuple[str, ...]
    category: str
    kb_id: str = ""
    kb_label: str = ""
    doc: str = ""
    keys: frozenset[str] = frozenset()
    dates: tuple[tuple[str, str], ...] = ()  # intervals dating a named event

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
class _Clusters:
    items: list[_Item]
    parent: list[int] = field(default_factory=list)
    members: dict[int, list[int]] = field(default_factory=dict)
    edges: list[_Edge] = field(default_factory=list)
    refused: list[_Edge] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.parent = list(range(len(self.items)))
        self.members = {i: [i] for i in range(len(self.items))}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def keys(self, root: int) -> frozenset[str]:
        return frozenset().union(*(self.items[m].keys for m in self.members[root]))

    def conflict(self, ri: int, rj: int, overrides: Overrides | None, forced: bool = False) -> str | None:
        if overrides:
            r = overrides.rejection(self.keys(ri), self.keys(rj))
            if r is not None:
                return f"rejected by {r.source}" if r.source else "rejected by the override file"
        if forced:
            return None
        a, b = [self.items[m] for m in self.members[ri]], [self.items[m] for m in self.members[rj]]
        kbs = {x.kb_id for x in a if x.kb_id}, {x.kb_id for x in b if x.kb_id}
        if kbs[0] and kbs[1]:
            return None if kbs[0] & kbs[1] else "different knowledge-base entries"
        da = [d for x in a for d in x.dates]
        db = [d for y in b for d in y.dates]
        if da and db and not any(p[0] <= q[1] and q[0] <= p[1] for p in da for q in db):
            return "events dated apart"
        for x in a:
            if x.category != PER:
                continue
            for y in b:
                if y.category != PER:
                    continue
                for n1 in x.names:
                    for n2 in y.names:
                        if given_name_conflict(n1, n2):
                            return f"different people: {n1!r} and {n2!r}"
        return None

    def union(self, edge: _Edge, overrides: Overrides | None, forced: bool = False) -> bool:
        ri, rj = self.find(edge.i), self.find(edge.j)
        if ri == rj:
            return False
        why = self.conflict(ri, rj, overrides, forced)
        if why is not None:
            if why.startswith("rejected"):
                self.refused.append(_Edge(edge.i, edge.j, edge.rule, f"{edge.evidence}; {why}", REJECTED))
            return False
        if len(self.members[ri]) < len(self.members[rj]) or (len(self.members[ri]) == len(self.members[rj]) and rj < ri):
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.members[ri].extend(self.members.pop(rj))
        self.edges.append(edge)
        return True

    def groups(self) -> list[list[int]]:
        return sorted((sorted(m) for m in self.members.values()), key=lambda g: g[0])


def _candidate_pairs(items: Sequence[_Item], config: ResolutionConfig) -> list[tuple[int, int]]:
    """Pairs worth testing (blocking by keys, so large corpora stay tractable)."""
    blocks: dict[str, list[int]] = defaultdict(list)
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
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > 400:  # a degenerate block: keep exact keys only
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return sorted(pairs)


_RULE_ORDER = ("exact", "acronym", "transliteration", "partial-name")


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
    by_kb: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        if it.kb_id:
            by_kb[it.kb_id].append(i)
    for kb_id, members in sorted(by_kb.items()):
        for j in members[1:]:
            cl.union(_Edge(members[0], j, "kb", f"knowledge-base entry {kb_id!r}"), overrides)
    # 3.-7. name rules, by strength; textual aliases right after exact names
    pairs = _candidate_pairs(items, config)
    found: dict[str, list[_Edge]] = defaultdict(list)
    for i, j in pairs:
        best = None
        for a in items[i].names:
            for b in items[j].names:
                m = match_names(a, items[i].category, b, items[j].category, config)
                if m is not None and (best is None or _RULE_ORDER.index(m[0]) < _RULE_ORDER.index(best[0])):
                    best = m
        if best is not None:
            found[best[0]].append(_Edge(i, j, *best))
    for e in found["exact"]:
        cl.union(e, overrides)
    for i, j, evidence in links:
        if _compatible(items[i].category, items[j].category, "alias", config):
            cl.union(_Edge(i, j, "alias", evidence), overrides)
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


def _is_short_side(a: _Item, b: _Item) -> bool:
    return max(len(_name_words(n)) for n in a.names) < max(len(_name_words(n)) for n in b.names)


# --------------------------------------------------------------------------------------
# Within a document
# --------------------------------------------------------------------------------------


def _pick_label(names: Iterable[str]) -> str:
    """The most informative name: longest by words, then most frequent, then alphabetical."""
    counts: Counter[str] = Counter(names)
    return sorted(counts, key=lambda n: (is_acronym(n), -len(n.split()), -counts[n], n))[0]


def _entity(eid: str, mentions: Sequence[Mention], kb: KnowledgeBase | None, extra_aliases: Iterable[str] = ()) -> Entity:
    kb_ids = Counter(m.kb_id for m in mentions if m.kb_id)
    entry = kb.get(sorted(kb_ids, key=lambda k: (-kb_ids[k], k))[0]) if kb is not None and kb_ids else None
    names = [m.text for m in mentions]
    label = entry.label if entry else _pick_label(names)
    if entry:
        category = entry.type
    else:
        cats = Counter(m.category for m in mentions)
        category = sorted(cats, key=lambda c: (-cats[c], NODE_CATEGORIES.index(c) if c in NODE_CATEGORIES else 99))[0]
    aliases = tuple(sorted({n for n in (*names, *extra_aliases) if n != label}))
    return Entity(
        id=eid,
        label=label,
        type=category,
        aliases=aliases,
        mentions=tuple(mentions),
        kb_id=entry.id if entry else "",
        external_ids=entry.external_ids if entry else (),
    )


def _detach_rejected_kb(m: Mention, kb: KnowledgeBase | None, overrides: Overrides | None) -> Mention:
    """Drop a mention's knowledge-base link when the user rejected its name for that entry."""
    if not overrides or not m.kb_id:
        return m
    entry = kb.get(m.kb_id) if kb is not None else None
    kb_names = {name_key(n) for n in entry.names} if entry else set()
    for other in overrides.rejected_names(m.text):
        if other == f"kb:{m.kb_id}" or (name_key(other) in kb_names and name_key(other) != name_key(m.text)):
            return replace(m, kb_id="")
    return m


def repair_categories(mentions: Sequence[Mention]) -> list[Mention]:
    """Fix a category the NER got wrong for a person's surname used alone.

    A one-word mention tagged as a place, an organization or misc. whose word is the surname of
    a full person name of the same document (``George W. Bush`` ... ``Bush``) is a person: the
    NER often tags bare foreign surnames as places. Knowledge-base matches are left alone.
    """
    surnames: set[str] = set()
    for m in mentions:
        if m.category == PER:
            words = _name_words(m.text)
            if len(words) >= 2:
                surnames.add(words[-1])
    if not surnames:
        return list(mentions)
    out = []
    for m in mentions:
        if m.category in (LOC, ORG, MISC) and not m.kb_id and len(m.text.split()) == 1:
            words = _name_words(m.text)
            if len(words) == 1 and words[0] in surnames:
                m = replace(m, category=PER)
        out.append(m)
    return out


def repair_corpus_categories(items: list[_Item]) -> list[_Item]:
    """Categories of documents' local entities, made consistent across the corpus (no
    knowledge-base entry involved):

    * a one-word place, organization or misc. name that is the surname of a person named in
      full in another document is that person's surname (``Denikin`` tagged as a place in one
      text, ``Anton Denikin`` in another);
    * a name tagged both as a place and as an organization (or misc.) in different documents
      takes the category most documents give it, a place on a tie (``Tambov``).
    """
    surnames = {
        _name_words(n)[-1] for it in items if it.category == PER for n in it.names if len(_name_words(n)) >= 2
    }
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    for it in items:
        if not it.kb_id and it.category in (LOC, ORG, MISC):
            by_key[name_key(max(it.names, key=len))][it.category] += 1
    out = []
    for it in items:
        if it.kb_id or it.category not in (LOC, ORG, MISC):
            out.append(it)
            continue
        words = [_name_words(n) for n in it.names]
        if all(len(w) == 1 and w[0] in surnames for w in words):
            out.append(replace(it, category=PER))
            continue
        cats = by_key[name_key(max(it.names, key=len))]
        best = sorted(cats, key=lambda c: (-cats[c], (LOC, ORG, MISC).index(c)))[0]
        out.append(it if best == it.category else replace(it, category=best))
    return out


def group_mentions(
    mentions: Sequence[Mention],
    kb: KnowledgeBase | None = None,
    links: Iterable[tuple[Mention, Mention]] = (),
    *,
    config: ResolutionConfig = DEFAULT_CONFIG,
    overrides: Overrides | None = None,
) -> tuple[Entity, ...]:
    """Group a document's mentions into local entities ``e0, e1, ...`` in order of first mention.

    ``links`` are pairs of mentions the text states to be the same thing (parenthetical and
    appositive aliases); their names become aliases of one entity.
    """
    kept = [_detach_rejected_kb(m, kb, overrides) for m in sorted(mentions, key=lambda m: (m.start, m.end)) if m.category in NODE_CATEGORIES]
    kept = repair_categories(kept)
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in kept:
        key = ("kb", m.kb_id) if m.kb_id else (m.category, name_key(m.text))
        groups.setdefault(key, []).append(m)
    keys = list(groups)
    items = [
        _Item(tuple(sorted({m.text for m in groups[k]})), groups[k][0].category, groups[k][0].kb_id, doc=groups[k][0].doc_id)
        for k in keys
    ]
    where = {}
    for idx, k in enumerate(keys):
        for m in groups[k]:
            where[(m.start, m.end)] = idx
    item_links = []
    for a, b in links:
        i, j = where.get((a.start, a.end)), where.get((b.start, b.end))
        if i is not None and j is not None and i != j:
            item_links.append((i, j, f"{a.text!r} and {b.text!r} named as one"))
    cl = _cluster(items, item_links, config, overrides)
    clusters = [sorted((m for idx in g for m in groups[keys[idx]]), key=lambda m: (m.start, m.end)) for g in cl.groups()]
    clusters.sort(key=lambda ms: (ms[0].start, ms[0].end))
    return tuple(_entity(f"e{i}", ms, kb) for i, ms in enumerate(clusters))


# --------------------------------------------------------------------------------------
# Across documents
# --------------------------------------------------------------------------------------


def _global_id(category: str, label: str, kb_id: str, taken: set[str]) -> str:
    base = f"kb:{kb_id}" if kb_id else f"{category}:{name_key(label)}"
    gid, n = base, 2
    while gid in taken:
        gid, n = f"{base}~{n}", n + 1
    taken.add(gid)
    return gid


def _quote(ex: Extraction, a: str, b: str, mentions: Sequence[Mention]) -> str:
    """The shortest stretch of text joining a mention named ``a`` and one named ``b``."""
    ka, kb_ = name_key(a), name_key(b)
    best = None
    for x in mentions:
        if name_key(x.text) != ka:
            continue
        for y in mentions:
            if name_key(y.text) != kb_:
                continue
            s, e = min(x.start, y.start), max(x.end, y.end)
            if best is None or e - s < best[1] - best[0]:
                best = (s, e)
    if best is None or best[1] - best[0] > 120:
        return f"{b!r} and {a!r} named as one in {ex.document.id}"
    s, e = best
    return f"{ex.document.text[s:e]!r} ({ex.document.id}, characters {s}-{e})"


def _explain_local(ex: Extraction, ent: Entity, kb: KnowledgeBase | None, config: ResolutionConfig) -> list[tuple[str, str, str]]:
    """Why a document's local entity holds several names: ``(name, rule, evidence)``."""
    names = sorted({m.text for m in ent.mentions}, key=lambda n: (n != ent.label, n))
    distinct: dict[str, str] = {}
    for n in names:
        distinct.setdefault(name_key(n), n)
    if len(distinct) < 2 and not (ent.kb_id and name_key(ent.label) not in distinct):
        return []  # one name (a knowledge-base name other than the entry's label is logged)
    anchor = ent.label if name_key(ent.label) in distinct or ent.kb_id else next(iter(distinct.values()))
    out = []
    for k, n in sorted(distinct.items()):
        if k == name_key(anchor):
            continue
        kb_ids = {m.kb_id for m in ent.mentions if name_key(m.text) == k and m.kb_id}
        if ent.kb_id and ent.kb_id in kb_ids:
            out.append((n, "kb", f"{n!r} in {ex.document.id}: knowledge-base entry {ent.kb_id!r}"))
            continue
        m = None
        for other in distinct.values():
            if other != n:
                m = match_names(n, ent.type, other, ent.type, config)
                if m is not None:
                    break
        if m is not None:
            out.append((n, m[0], f"in {ex.document.id}: {m[1]}"))
        else:
            out.append((n, "alias", _quote(ex, anchor, n, ent.mentions)))
    return out


def resolve_corpus(
    extractions: Iterable[Extraction],
    kb: KnowledgeBase | None = None,
    *,
    overrides: Overrides | None = None,
    config: ResolutionConfig = DEFAULT_CONFIG,
) -> Resolution:
    """Merge the documents' local entities into corpus-wide entities, logging every merge."""
    extractions = list(extractions)
    refs: list[tuple[Extraction, Entity]] = []
    items: list[_Item] = []
    for ex in extractions:
        for ent in ex.entities:
            entry = kb.get(ent.kb_id) if kb is not None and ent.kb_id else None
            kb_id = ent.kb_id
            names = {m.text for m in ent.mentions} or {ent.label}
            if overrides and kb_id and names and all(
                _detach_rejected_kb(m, kb, overrides).kb_id == "" for m in ent.mentions
            ):
                kb_id = ""
            if kb_id and entry:
                names.add(entry.label)
            refs.append((ex, ent))
            dates = event_dates(ex, ent)
            items.append(_Item(tuple(sorted(names)), ent.type, kb_id, doc=ex.document.id, dates=dates))
    items = repair_corpus_categories(items)
    cl = _cluster(items, (), config, overrides)
    groups = cl.groups()
    # order clusters by their future id for a stable output
    taken: set[str] = set()
    gid_of: dict[int, str] = {}
    labels: dict[int, str] = {}
    summaries = []
    for g in groups:
        kb_ids = Counter(items[i].kb_id for i in g if items[i].kb_id)
        kb_id = sorted(kb_ids, key=lambda k: (-kb_ids[k], k))[0] if kb_ids else ""
        entry = kb.get(kb_id) if kb is not None and kb_id else None
        mention_names = [m.text for i in g for m in refs[i][1].mentions] or [refs[i][1].label for i in g]
        label = entry.label if entry else _pick_label(mention_names)
        cats = Counter(items[i].category for i in g)
        etype = entry.type if entry else sorted(cats, key=lambda c: (-cats[c], NODE_CATEGORIES.index(c) if c in NODE_CATEGORIES else 99))[0]
        summaries.append((f"kb:{kb_id}" if kb_id else f"{etype}:{name_key(label)}", g, kb_id, entry, label, etype, mention_names))
    summaries.sort(key=lambda s: (s[0], s[1][0]))
    entities: list[Entity] = []
    mapping: list[tuple[str, str, str]] = []
    for _, g, kb_id, entry, label, etype, mention_names in summaries:
        gid = _global_id(etype, label, kb_id, taken)
        for i in g:
            gid_of[i] = gid
            labels[i] = label
        members = sorted(g, key=lambda i: (refs[i][0].document.id, refs[i][1].id))
        aliases = {n for n in mention_names if n != label}
        for i in members:
            aliases |= {a for a in refs[i][1].aliases if a != label}
        entities.append(
            Entity(
                id=gid,
                label=label,
                type=etype,
                aliases=tuple(sorted(aliases)),
                mentions=tuple(m for i in members for m in refs[i][1].mentions),
                kb_id=entry.id if entry else "",
                external_ids=entry.external_ids if entry else (),
            )
        )
        for i in members:
            mapping.append((refs[i][0].document.id, refs[i][1].id, gid))
    merges: list[MergeDecision] = []
    # within documents
    for i, (ex, ent) in enumerate(refs):
        for name, rule, evidence in _explain_local(ex, ent, kb, config):
            merges.append(MergeDecision(gid_of[i], labels[i], name, rule, evidence))
    # across documents
    for e in cl.edges:
        a, b = refs[e.i], refs[e.j]
        evidence = f"{a[1].label!r} ({a[0].document.id}) ~ {b[1].label!r} ({b[0].document.id}): {e.evidence}"
        # the name the merge brought in: the side whose label is not the entity's label
        merged = a[1].label if name_key(b[1].label) == name_key(labels[e.i]) else b[1].label
        merges.append(MergeDecision(gid_of[e.i], labels[e.i], merged, e.rule, evidence))
    for e in cl.refused:
        a, b = refs[e.i], refs[e.j]
        evidence = f"{a[1].label!r} ({a[0].document.id}) ~ {b[1].label!r} ({b[0].document.id}): {e.evidence}"
        merges.append(MergeDecision(gid_of[e.i], labels[e.i], b[1].label, e.rule, evidence, REJECTED))
    if overrides and kb is not None:
        label_of = {e.id: e.label for e in entities}
        refs_in = [(ex, ent, gid_of[i]) for i, (ex, ent) in enumerate(refs)]
        merges.extend(_rejected_kb_links(refs_in, kb, overrides, label_of))
    merges = _dedupe(merges)
    return Resolution(tuple(entities), tuple(sorted(mapping)), tuple(merges))


def _rejected_kb_links(
    refs: Sequence[tuple[Extraction, Entity, str]], kb: KnowledgeBase, overrides: Overrides, label_of: dict[str, str]
) -> list[MergeDecision]:
    """The knowledge-base links the override file refused, as ``rejected`` ``kb`` decisions.

    A rejection pairing an entry (``kb:<id>``, or one of its names) with another name of that
    entry detaches the mentions of that name from the entry (:func:`_detach_rejected_kb`), so no
    rule proposes the merge and nothing else would log the refusal: each document's local
    entity (``refs``: extraction, local entity, global id) that names it and is not the entry's
    entity gets a ``rejected`` line naming the entry and the override's file and line (the
    entry's entity and the name; the name's entity and the entry's label when no mention kept
    the link, so that the line names an entity of the resolution).
    """
    out = []
    for r in overrides.rejected:
        for side, other in ((r.a, r.b), (r.b, r.a)):
            if _is_id(other):
                continue
            if _is_id(side):
                entry = kb.get(side[3:]) if side.startswith("kb:") else None
                entries = [entry] if entry is not None else []
            else:
                entries = [e for e in kb.entries if name_key(side) in {name_key(n) for n in e.names}]
            for entry in entries:
                if name_key(other) not in {name_key(n) for n in entry.names} or name_key(other) == name_key(side):
                    continue
                gid = f"kb:{entry.id}"
                why = f"rejected by {r.source}" if r.source else "rejected by the override file"
                for ex, ent, ent_gid in refs:
                    if ent_gid == gid:
                        continue
                    for text in sorted({m.text for m in ent.mentions if name_key(m.text) == name_key(other)}):
                        evidence = f"{text!r} in {ex.document.id}: knowledge-base entry {entry.id!r}; {why}"
                        if gid in label_of:
                            out.append(MergeDecision(gid, label_of[gid], text, "kb", evidence, REJECTED))
                        else:  # no mention kept the link: the entry is kept apart from the name's entity
                            out.append(MergeDecision(ent_gid, label_of[ent_gid], entry.label, "kb", evidence, REJECTED))
    return out


def _dedupe(merges: Sequence[MergeDecision]) -> list[MergeDecision]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for m in sorted(merges, key=lambda m: (m.entity, m.status, m.merged, m.rule, m.evidence)):
        k = (m.entity, m.merged, m.rule, m.evidence, m.status)
        if k in seen:
            continue
        seen.add(k)
        out.append(m)
    return out


# --------------------------------------------------------------------------------------
# Event coreference across the corpus
# --------------------------------------------------------------------------------------

_LOW_PAD = "0000-01-01"
_HIGH_PAD = "9999-12-31"


def _interval(t) -> tuple[str, str] | None:
    if t is None or not t.normalized or t.kind != "date":
        return None
    start = t.start or t.value
    end = t.end or t.value
    if not start or not end or start.startswith("-") or end.startswith("-"):
        return None
    return start + _LOW_PAD[len(start):], end + _HIGH_PAD[len(end):]


CONTEXT_YEARS = 2
"""Years either side of the date context that dates an undated mention of a recurring meeting."""
_MEETING_WORDS = frozenset({"congresso", "conferencia", "assembleia", "reuniao", "sessao", "plenario", "concilio", "cupula"})
"""Head words of event names that recur (the Second Congress of this and of that)."""


def event_dates(ex: Extraction, ent: Entity) -> tuple[tuple[str, str], ...]:
    """The intervals that date a named event of a document, for the date cannot-link of the
    clustering: the times of its events; for an undated meeting (a congress, conference,
    assembly...: ``o Segundo Congresso dos Sovietes``, names that recur),
    the document's date context around its first mention (the nearest absolute date before it,
    else after it), widened by :data:`CONTEXT_YEARS` years, so that a congress mentioned amid
    the events of 1917 does not join the congress of the same name dated 1924 elsewhere."""
    own = tuple(sorted({d for ev in ex.events if ev.entity == ent.id for d in [_interval(ev.time)] if d}))
    if own or ent.type != EVENT or not ent.mentions or not (set(name_key(ent.label).split()) & _MEETING_WORDS):
        return own
    first = min(m.start for m in ent.mentions)
    dated = [(t.start_char, d) for t in ex.times if not t.relative for d in [_interval(t)] if d]
    before = [x for x in dated if x[0] < first]
    after = [x for x in dated if x[0] >= first]
    if not (before or after):
        return ()
    lo, hi = (max(before) if before else min(after))[1]
    return ((f"{int(lo[:4]) - CONTEXT_YEARS:04d}{lo[4:]}", f"{int(hi[:4]) + CONTEXT_YEARS:04d}{hi[4:]}"),)


def _contains(outer, inner) -> bool:
    io, ii = _interval(outer), _interval(inner)
    return io is not None and ii is not None and io[0] <= ii[0] and ii[1] <= io[1]


def _overlap(a, b) -> bool:
    ia, ib = _interval(a), _interval(b)
    return ia is not None and ib is not None and ia[0] <= ib[1] and ib[0] <= ia[1]


def _event_join(
    overrides: Overrides | None, gid: str, label: str, ev: Event, evidence: str
) -> MergeDecision:
    """The merge-log decision of joining the event record ``ev`` to the event entity ``gid``
    (labelled ``label``): ``rejected`` when the override file rejects the pair, one side naming
    the entity (its id or label) and the other the record's label (the sides of the merge-log
    line, ``entity``/``label`` and ``merged``), with the file and line in the evidence; else
    ``accepted``. The caller joins the record only when it is accepted."""
    if overrides:
        r = overrides.rejection(frozenset({gid, f"name:{name_key(label)}"}), frozenset({f"name:{name_key(ev.label)}"}))
        if r is not None:
            why = f"rejected by {r.source}" if r.source else "rejected by the override file"
            return MergeDecision(gid, label, ev.label, "event-coreference", f"{evidence}; {why}", REJECTED)
    return MergeDecision(gid, label, ev.label, "event-coreference", evidence)


def resolve_events(
    extractions: Sequence[Extraction], resolution: Resolution, overrides: Overrides | None = None
) -> tuple[tuple[Extraction, ...], Resolution]:
    """Give unnamed events the entity of the named event they describe.

    An unnamed event (``Event.entity == ""``) is the named event ``N`` when they have the same
    type, the same place (the unnamed event's place is ``N``'s place, or is named inside ``N``'s
    name: ``diante de Varsóvia`` / ``Batalha de Varsóvia``) and overlapping times, and exactly
    one named event qualifies. An undated event (or one whose named candidate is undated) may
    only join a named event of its own document. When ``N`` is named only in another document, the document gets
    a reference ``("doc", "~<global id>")`` in the mapping and the event's ``entity`` is that
    reference, so the graph gives both one IRI. An unnamed event with participants but no place
    and no time joins the event the document's title line names, when it is the only one of its
    type there (a text titled ``A Batalha de Varsóvia`` telling how ``a Frente Ocidental foi
    derrotada``). Unnamed events that remain and tell the same thing are joined into a new event
    entity (:func:`_join_unnamed`). A join the ``overrides`` reject (the merge-log line of the
    join with its status edited, or a pair of names) is not made and is logged as ``rejected``.
    Returns new extractions and resolution.
    """
    index = resolution.index()
    by_gid = {e.id: e for e in resolution.entities}
    named: dict[str, dict[str, set]] = defaultdict(lambda: {"types": set(), "places": set(), "times": []})
    for ex in extractions:
        for ev in ex.events:
            if not ev.entity:
                continue
            gid = index.get((ex.document.id, ev.entity))
            if gid is None:
                continue
            info = named[gid]
            info["types"].add(ev.type)
            if ev.place and (ex.document.id, ev.place) in index:
                info["places"].add(index[(ex.document.id, ev.place)])
            if ev.time is not None:
                info["times"].append(ev.time)
    new_exs = []
    extra_mapping: set[tuple[str, str, str]] = set()
    merges = list(resolution.merges)
    for ex in extractions:
        local_of = {g: local for (d, local), g in index.items() if d == ex.document.id}
        events = []
        changed = False
        named_here = {index[(ex.document.id, e.entity)] for e in ex.events if e.entity and (ex.document.id, e.entity) in index}
        titled = _title_events(ex)
        for ev in ex.events:
            if (
                not ev.entity
                and not ev.place
                and ev.time is None
                and ev.participants
                and ev.rule.startswith("verb:")
                and ev.type in titled
            ):
                # "a Frente Ocidental foi derrotada pelo Exército Polonês" in a text titled "A Batalha de Varsóvia"
                local, label = titled[ev.type]
                gid = index.get((ex.document.id, local), local)
                decision = _event_join(
                    overrides, gid, by_gid[gid].label if gid in by_gid else label, ev,
                    f"{ev.label!r} ({ex.document.id}): same type {ev.type}, undated and unplaced, "
                    f"in a document titled {label!r}",
                )
                merges.append(decision)
                if decision.status == REJECTED:
                    events.append(ev)
                    continue
                events.append(replace(ev, entity=local))
                changed = True
                continue
            if ev.entity or not ev.place:
                events.append(ev)
                continue
            place = index.get((ex.document.id, ev.place))
            place_ent = by_gid.get(place) if place else None
            candidates = []
            for gid, info in named.items():
                specific = {t for t in info["types"] if t != "Event"}
                if ev.type not in specific:
                    continue
                ent = by_gid.get(gid)
                in_name = place_ent is not None and ent is not None and _named_inside(place_ent, ent)
                if place not in info["places"] and not in_name:
                    continue
                if ev.time is None or not info["times"]:
                    # undated: only a named event of the same document, with no dated rival
                    if gid not in named_here:
                        continue
                elif not any(_overlap(ev.time, t) for t in info["times"]):
                    continue
                candidates.append(gid)
            if len(candidates) != 1:
                events.append(ev)
                continue
            gid = candidates[0]
            target = by_gid.get(gid)
            decision = _event_join(
                overrides, gid, target.label if target else gid, ev,
                f"{ev.label!r} ({ex.document.id}): same type {ev.type}, same place, "
                + (f"time {ev.time.value} overlaps" if ev.time is not None else "named in the same document"),
            )
            merges.append(decision)
            if decision.status == REJECTED:
                events.append(ev)
                continue
            local = local_of.get(gid)
            if local is None:
                local = f"~{gid}"
                extra_mapping.add((ex.document.id, local, gid))
            time = ev.time
            finer = [t for t in named[gid]["times"] if _contains(time, t) and _interval(t) != _interval(time)]
            if finer:
                time = None  # the named event is dated more precisely elsewhere: keep one date
            events.append(replace(ev, entity=local, time=time))
            changed = True
        new_exs.append(replace(ex, events=tuple(events)) if changed else ex)
    new_exs, day_mapping = _join_same_day(new_exs, index, by_gid, merges, overrides)
    extra_mapping |= day_mapping
    new_exs, side_mapping = _join_by_sides(new_exs, index, by_gid, merges, overrides)
    extra_mapping |= side_mapping
    new_exs, joined, join_mapping, join_merges = _join_unnamed(
        new_exs, index, {e.id for e in resolution.entities}, overrides
    )
    mapping = tuple(sorted(set(resolution.mapping) | extra_mapping | join_mapping))
    entities = tuple(resolution.entities) + joined
    return tuple(new_exs), Resolution(entities, mapping, tuple(_dedupe(merges + join_merges)))


def _day(t) -> bool:
    return t is not None and len(t.start or t.value) == 10 and len(t.end or t.value) == 10


def _days_of(t, limit: int = 62) -> list[str]:
    """The days of a day-granular time (at most ``limit``; a longer interval gives none)."""
    try:
        lo = _dt.date.fromisoformat(t.start or t.value)
        hi = _dt.date.fromisoformat(t.end or t.value)
    except ValueError:
        return []
    n = (hi - lo).days
    if n < 0 or n >= limit:
        return []
    return [(lo + _dt.timedelta(days=k)).isoformat() for k in range(n + 1)]


def _join_same_day(
    extractions: Sequence[Extraction], index: dict[tuple[str, str], str], by_gid: dict[str, Entity],
    merges: list[MergeDecision], overrides: Overrides | None = None,
) -> tuple[list[Extraction], set[tuple[str, str, str]]]:
    """An unnamed event without a place, dated to the day, joins the only named event of its
    specific type dated to an overlapping day (named events dated by the events joined to them
    just before included): ``a insurreição`` and ``a tomada do poder pelos bolcheviques`` of
    7 November 1917 in a text that never names it, and ``a Revolução de Outubro``, dated 7
    November 1917 by ``a tomada do poder ... em Petrogrado`` of another text."""
    days: dict[str, set[str]] = defaultdict(set)
    times: dict[str, list] = defaultdict(list)
    for ex in extractions:
        for ev in ex.events:
            if not ev.entity:
                continue
            gid = ev.entity[1:] if ev.entity.startswith("~") else index.get((ex.document.id, ev.entity))
            if gid is None or gid not in by_gid or by_gid[gid].type != EVENT:
                continue
            days[gid].add(ev.type)
            if _day(ev.time):
                times[gid].append(ev.time)
    by_day: dict[str, set[str]] = defaultdict(set)
    for g, ts in times.items():
        for t in ts:
            for d in _days_of(t):
                by_day[d].add(g)
    def pick(ex: Extraction, ev: Event) -> tuple[str, str] | None:
        if ev.entity or ev.place or not _day(ev.time) or ev.type not in _SPECIFIC_TYPES:
            return None
        near = {g for d in _days_of(ev.time) for g in by_day.get(d, ())}
        cands = sorted(g for g in near if ev.type in days[g] and any(_overlap(ev.time, t) for t in times[g]))
        if len(cands) != 1:
            return None
        return cands[0], f"{ev.label!r} ({ex.document.id}): same type {ev.type}, the same day {ev.time.value}"

    return _join_each(extractions, index, by_gid, merges, overrides, pick)


def _join_by_sides(
    extractions: Sequence[Extraction], index: dict[tuple[str, str], str], by_gid: dict[str, Entity],
    merges: list[MergeDecision], overrides: Overrides | None = None,
) -> tuple[list[Extraction], set[tuple[str, str, str]]]:
    """An undated, unplaced, unnamed war whose sides are all sides of exactly one named war
    is that war (``a guerra contra a Rússia soviética`` in a life of Piłsudski, ``a guerra entre
    a Polônia e os Estados soviéticos``: the Soviet-Polish war, whose sides are Poland and
    Soviet Russia)."""
    sides: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for ev in ex.events:
            if not ev.entity or ev.type != "MilitaryConflict":
                continue
            gid = ev.entity[1:] if ev.entity.startswith("~") else index.get((ex.document.id, ev.entity))
            if gid is None or gid not in by_gid:
                continue
            sides[gid] |= {index[(ex.document.id, p.entity)] for p in ev.participants if (ex.document.id, p.entity) in index}
    def pick(ex: Extraction, ev: Event) -> tuple[str, str] | None:
        mine = {index.get((ex.document.id, p.entity)) for p in ev.participants}
        if ev.entity or ev.place or ev.time is not None or ev.type != "MilitaryConflict" or not mine or None in mine:
            return None
        cands = [g for g, known in sides.items() if mine <= known]
        if len(cands) != 1:
            return None
        return cands[0], f"{ev.label!r} ({ex.document.id}): a war between sides of {by_gid[cands[0]].label!r} only"

    return _join_each(extractions, index, by_gid, merges, overrides, pick)


def _join_each(
    extractions: Sequence[Extraction], index: dict[tuple[str, str], str], by_gid: dict[str, Entity],
    merges: list[MergeDecision], overrides: Overrides | None,
    pick: Callable[[Extraction, Event], tuple[str, str] | None],
) -> tuple[list[Extraction], set[tuple[str, str, str]]]:
    """Join each event record for which ``pick`` names an event entity (and the evidence) to
    that entity, unless the overrides reject it; every decision goes to ``merges``. Returns the
    new extractions and the references to entities a document does not name itself."""
    out, mapping = [], set()
    for ex in extractions:
        local_of = {g: local for (d, local), g in index.items() if d == ex.document.id}
        events, changed = [], False
        for ev in ex.events:
            picked = pick(ex, ev)
            if picked is None:
                events.append(ev)
                continue
            gid, evidence = picked
            decision = _event_join(overrides, gid, by_gid[gid].label, ev, evidence)
            merges.append(decision)
            if decision.status == REJECTED:
                events.append(ev)
                continue
            local = local_of.get(gid)
            if local is None:
                local = f"~{gid}"
                mapping.add((ex.document.id, local, gid))
            events.append(replace(ev, entity=local))
            changed = True
        out.append(replace(ex, events=tuple(events)) if changed else ex)
    return out, mapping


def _granular(t) -> bool:
    """A time at month precision or finer (``1920-10``, ``1920-10-12``)."""
    return t is not None and len(t.start or t.value) >= 7 and len(t.end or t.value) >= 7


_FAMILIES = {
    "noun:morte": "death", "verb:morrer": "death", "verb:falecer": "death",
    "noun:assassinato": "killing", "verb:assassinar": "killing", "noun:execucao": "killing", "verb:executar": "killing",
    "noun:prisao": "arrest", "noun:detencao": "arrest", "verb:prender": "arrest",
    "noun:chegada": "arrival", "verb:chegar": "arrival",
    "noun:regresso": "return", "noun:retorno": "return", "verb:voltar": "return", "verb:regressar": "return",
    "verb:retornar": "return",
    "noun:complo": "conspiracy", "noun:conspiracao": "conspiracy",
    **{f"verb:{v}": "adoption" for v in ("adotar", "introduzir", "instituir", "implantar", "implementar", "decretar",
                                         "defender", "propor")},
}
"""Trigger rules that tell the same kind of event (``morte de Lenin`` / ``Lenin morreu``)."""
_ONCE = frozenset({"death", "killing"})
"""Events that happen once to their patient: the same patient is the same event, dated or not."""


def _family(ev: Event) -> str:
    return "founding" if ev.type == "Founding" else _FAMILIES.get(ev.rule, ev.rule)


def _join_unnamed(
    extractions: Sequence[Extraction], index: dict[tuple[str, str], str], taken: set[str],
    overrides: Overrides | None = None,
) -> tuple[list[Extraction], tuple[Entity, ...], set[tuple[str, str, str]], list[MergeDecision]]:
    """One event for the unnamed events that tell the same thing. Two records join when they
    have the same type and the same kind of trigger (:data:`_FAMILIES`) and either

    * happen once to their patient (a death, a killing, a founding: :data:`_ONCE`) and share
      that patient, dated or not (``morte de Lenin`` / ``morreu em 21 de janeiro de 1924``); or
    * are both dated with overlapping times, have compatible places, and share a participant,
      or have no participant on one side and are both dated to the month or finer (the
      armistice of October 1920 told by three documents).

    Each group becomes an event entity that every record refers to (label: a label naming a
    participant, else the most frequent); each record keeps the time its own document states."""
    recs = [(k, n, ev) for k, ex in enumerate(extractions) for n, ev in enumerate(ex.events) if not ev.entity]
    def gid_of(k: int, local: str) -> str:
        return index.get((extractions[k].document.id, local), "") if local else ""

    parent = list(range(len(recs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # blocking, so that a large corpus is not compared pair by pair: records that can join
    # share a key (type, kind of trigger, and the patient or a year of the time)
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (k, _, ev) in enumerate(recs):
        fam = _family(ev)
        if fam in _ONCE or fam == "founding":
            for p in ev.participants:
                if p.role == "patient" and gid_of(k, p.entity):
                    blocks[(ev.type, fam, "patient", gid_of(k, p.entity))].append(i)
        elif _interval(ev.time) is not None:
            lo, hi = _interval(ev.time)
            years = range(int(lo[:4]), int(hi[:4]) + 1)
            if len(years) <= 10:
                for y in years:
                    blocks[(ev.type, fam, "year", str(y))].append(i)
    pairs = sorted({(a, b) for members in blocks.values() for x, a in enumerate(members) for b in members[x + 1 :]})
    for a, b in pairs:
        ka, _, ea = recs[a]
        kb, _, eb = recs[b]
        if ea.type != eb.type or _family(ea) != _family(eb):
            continue
        if _family(ea) in _ONCE or _family(ea) == "founding":
            pat_a = {gid_of(ka, p.entity) for p in ea.participants if p.role == "patient"} - {""}
            pat_b = {gid_of(kb, p.entity) for p in eb.participants if p.role == "patient"} - {""}
            if pat_a and pat_a == pat_b and (ea.time is None or eb.time is None or _overlap(ea.time, eb.time)):
                parent[find(a)] = find(b)
            continue
        if not _overlap(ea.time, eb.time):
            continue
        pa, pb = gid_of(ka, ea.place), gid_of(kb, eb.place)
        if pa and pb and pa != pb:
            continue
        sa = {gid_of(ka, p.entity) for p in ea.participants} - {""}
        sb = {gid_of(kb, p.entity) for p in eb.participants} - {""}
        if sa and sb:
            if not sa & sb:
                continue
        elif not (_granular(ea.time) and _granular(eb.time)):
            continue
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(recs)):
        groups[find(i)].append(i)
    new_events = [list(ex.events) for ex in extractions]
    entities: list[Entity] = []
    mapping: set[tuple[str, str, str]] = set()
    merges: list[MergeDecision] = []
    def label_of(members: list[int]) -> str:
        labels = Counter(recs[i][2].label for i in members)
        names = {
            name_key(n)
            for i in members
            for p in recs[i][2].participants
            for e in extractions[recs[i][0]].entities
            if e.id == p.entity
            for n in (e.label, *e.aliases)
        }
        nominal = {recs[i][2].label for i in members if recs[i][2].rule.startswith("noun:")}
        named = {lab for lab in labels if any(f" {n} " in f" {name_key(lab)} " for n in names if n)}
        # a label naming a participant, told by a noun ("morte de Lenin" rather than "Lenin morreu")
        return min(labels, key=lambda lab: (lab not in named, lab not in nominal, -labels[lab], len(lab), lab))

    for members in sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0]):
        first_k, _, first = recs[members[0]]
        evidence = {}
        for i in members[1:]:
            k, _, ev = recs[i]
            evidence[i] = (
                f"{ev.label!r} ({extractions[k].document.id}) ~ {first.label!r} ({extractions[first_k].document.id}): "
                f"same type {ev.type} and kind of trigger, "
                + (
                    f"times {ev.time.value} and {first.time.value} overlap"
                    if ev.time is not None and first.time is not None
                    else "the same patient"
                )
            )
        # the user's rejections name the entity the whole group would make (the merge-log line);
        # a rejected record stays apart and the others are joined without it
        label = label_of(members)
        gid = _global_id(EVENT, label, "", set(taken))
        kept, refused = [members[0]], []
        for i in members[1:]:
            decision = _event_join(overrides, gid, label, recs[i][2], evidence[i])
            if decision.status == REJECTED:
                refused.append(decision)
            else:
                kept.append(i)
        label = label_of(kept)
        gid = _global_id(EVENT, label, "", taken)
        # the refusals name the entity made (of the first record alone when all others were refused)
        merges.extend(replace(d, entity=gid, label=label) for d in refused)
        entities.append(Entity(gid, label, EVENT, tuple(sorted({recs[i][2].label for i in kept} - {label}))))
        for i in kept:
            k, n, ev = recs[i]
            mapping.add((extractions[k].document.id, f"~{gid}", gid))
            new_events[k][n] = replace(ev, entity=f"~{gid}")
            if i != kept[0]:
                merges.append(MergeDecision(gid, label, ev.label, "event-coreference", evidence[i]))
    out = [replace(ex, events=tuple(evs)) if tuple(evs) != ex.events else ex for ex, evs in zip(extractions, new_events)]
    return out, tuple(entities), mapping, merges


_SPECIFIC_TYPES = frozenset({"Battle", "MilitaryConflict", "Revolution", "Treaty", "Founding"})


def _title_events(ex: Extraction) -> dict[str, tuple[str, str]]:
    """The named event a document's title line names, by its type (``A Batalha de Varsóvia`` →
    ``{"Battle": (local id, label)}``), when it is the only one of its type in the title."""
    title_end = ex.document.text.find("\n")
    if title_end <= 0:
        return {}
    in_title = {e.id: e for e in ex.entities if e.type == EVENT and any(m.end <= title_end for m in e.mentions)}
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ev in ex.events:
        if ev.entity in in_title and ev.type in _SPECIFIC_TYPES and (ev.entity, in_title[ev.entity].label) not in found[ev.type]:
            found[ev.type].append((ev.entity, in_title[ev.entity].label))
    dated = {ev.entity for ev in ex.events if ev.entity and ev.time is not None}
    return {t: v[0] for t, v in found.items() if len(v) == 1 and v[0][0] in dated}


def _named_inside(place: Entity, event: Entity) -> bool:
    """The place's name occurs as words inside the event's name or aliases."""
    event_names = [f" {name_key(n)} " for n in (event.label, *event.aliases)]
    for p in {name_key(n) for n in (place.label, *place.aliases)}:
        if p and any(f" {p} " in en for en in event_names):
            return True
    return False


def events_of(extractions: Sequence[Extraction]) -> list[tuple[str, Event]]:
    """All events of a corpus with their document ids (convenience for reports)."""
    return [(ex.document.id, ev) for ex in extractions for ev in ex.events]
