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

Unnamed events are joined to the events they tell afterwards, by
:func:`teia.extract.event_coref.resolve_events`.
Categories must agree (a person is never merged with a place); only ``alias`` and ``acronym``
may join an organization with a place (NER often confuses the two for states).
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path

from teia.errors import InputError
from teia.extract.gazetteer import KnowledgeBase, fold
from teia.extract.jsonl import iter_jsonl
from teia.extract.labels import EVENT, LOC, MISC, NODE_CATEGORIES, ORG, PER
from teia.extract.records import (
    Entity,
    Extraction,
    Mention,
    MergeDecision,
    Resolution,
)

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
    "event_dates",
    "time_interval",
    "global_id",
    "dedupe_merges",
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


_GEO_CLASSIFIER = re.compile(r"^(?:(?:o|a)\s+)?(?:rio|lago|monte)\s+(?=[A-ZÁÉÍÓÚÂÊÔÃÕÇ])")
"""A lower-case geographic noun before a capitalized name: ``rio Volga`` is the ``Volga``."""


def name_key(text: str) -> str:
    """The folded form of a name without a leading article (nor a lower-case ``rio``,
    ``lago`` or ``monte`` before a capitalized name)."""
    return _ARTICLES.sub("", fold(_GEO_CLASSIFIER.sub("", text.strip()))).strip(" .,;:\"'«»()")


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
        ignoring = "case, accents and article"
        if _GEO_CLASSIFIER.match(a.strip()) or _GEO_CLASSIFIER.match(b.strip()):
            ignoring = "case, accents, article and the word rio/lago/monte"
        return "exact", f"{a!r} = {b!r} ignoring {ignoring}"
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

    @property
    def reason(self) -> str:
        """Why a merge was refused, for the merge log: ``rejected by merges.jsonl:3``."""
        return f"rejected by {self.source}" if self.source else "rejected by the override file"


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
                return r.reason
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


def global_id(category: str, label: str, kb_id: str, taken: set[str]) -> str:
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
        gid = global_id(etype, label, kb_id, taken)
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
    merges = dedupe_merges(merges)
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
                for ex, ent, ent_gid in refs:
                    if ent_gid == gid:
                        continue
                    for text in sorted({m.text for m in ent.mentions if name_key(m.text) == name_key(other)}):
                        evidence = f"{text!r} in {ex.document.id}: knowledge-base entry {entry.id!r}; {r.reason}"
                        if gid in label_of:
                            out.append(MergeDecision(gid, label_of[gid], text, "kb", evidence, REJECTED))
                        else:  # no mention kept the link: the entry is kept apart from the name's entity
                            out.append(MergeDecision(ent_gid, label_of[ent_gid], entry.label, "kb", evidence, REJECTED))
    return out


def dedupe_merges(merges: Sequence[MergeDecision]) -> list[MergeDecision]:
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


def time_interval(t) -> tuple[str, str] | None:
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
    own = tuple(sorted({d for ev in ex.events if ev.entity == ent.id for d in [time_interval(ev.time)] if d}))
    if own or ent.type != EVENT or not ent.mentions or not (set(name_key(ent.label).split()) & _MEETING_WORDS):
        return own
    first = min(m.start for m in ent.mentions)
    dated = [(t.start_char, d) for t in ex.times if not t.relative for d in [time_interval(t)] if d]
    before = [x for x in dated if x[0] < first]
    after = [x for x in dated if x[0] >= first]
    if not (before or after):
        return ()
    lo, hi = (max(before) if before else min(after))[1]
    return ((f"{int(lo[:4]) - CONTEXT_YEARS:04d}{lo[4:]}", f"{int(hi[:4]) + CONTEXT_YEARS:04d}{hi[4:]}"),)
