"""Entity linking to Portuguese Wikipedia / DBpedia, offline.

The knowledge base is ``data/dbpedia-pt.tsv.gz`` (built by ``training/kb.py`` from the DBpedia-PT
article lists, CC BY-SA 3.0, see ``data/DBPEDIA-LICENSE.md``): one article a line with its
title, DBpedia type (PER, LOC, ORG), how often the Wikipedia sentences use it (the prior), and
the extra names leading to it. :func:`default_link_kb` reads it on first use, never at import.

Linking is a pure function over records (no spaCy, no rdflib). For each entity:

1. *candidates* are the articles one of its names (label, aliases, mention texts) reaches: by the
   title itself (``title``), by an extra name of the article (``alias``: a hand-written
   ``kb.jsonl`` name, or a person's surname that reaches no other article), by the surname of a
   person's full name (``surname``: ``Simon Petliura`` reaches ``Symon Petliura``, unless the given
   names differ), or by the title
   without its ``(…)`` disambiguation (``bare``: ``Paraná`` reaches ``Paraná (futebolista)``);
   an entity the gazetteer tied to a ``kb.jsonl`` entry reaches that entry's article (``kb``);
2. each candidate is scored: how the name reached it, whether its type agrees with the entity's
   category, whether the words of its ``(…)`` disambiguation are named in the same documents
   (``Varsóvia (Indiana)`` is only plausible next to Indiana), and its prior (its share of the
   candidates' uses in the Wikipedia sentences);
3. the best candidate is linked when its score reaches :attr:`LinkConfig.threshold` and beats the
   runner-up by :attr:`LinkConfig.margin`; otherwise the decision is NIL (a wrong link is worse
   than none).

Every decision, NIL included, is a :class:`~teia.records.LinkDecision` with its candidates,
score and rule; the build writes them to ``link-log.jsonl`` next to the merge log.
"""

from __future__ import annotations

import gzip
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import replace as _replace
from difflib import SequenceMatcher
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from teia.errors import InputError
from teia.extract.labels import LOC, MISC, ORG, PER
from teia.records import CLUB_SOURCE, DBPEDIA_ID_PREFIX, Entity, Extraction, LinkDecision, MergeDecision, Resolution

if TYPE_CHECKING:
    from teia.extract.kbcache import KBCache

__all__ = [
    "FORMAT",
    "LINKED",
    "NIL",
    "REJECTED",
    "Article",
    "LinkConfig",
    "LinkOverride",
    "LinkSplit",
    "apply_links",
    "article_keys",
    "external_id",
    "kb_for",
    "link_documents",
    "link_entities",
    "link_resolution",
    "log_splits",
    "LinkKB",
    "bare_title",
    "dbpedia_iri",
    "default_link_kb",
    "default_link_kb_path",
    "link_names",
    "read_link_kb",
    "split_by_links",
    "title_keys",
    "title_types",
    "wikipedia_iri",
]

FORMAT = "teia-kb 2"
"""The first header line of the link knowledge-base files ``training/kb.py`` writes: six columns,
the last one the folded keys of the row (:func:`article_keys`), so that a build reading the file
for a few names compares keys instead of folding every name of the file. Files of the first
format (``teia-kb 1``: five columns, no keys) are still read; their keys are folded when read."""
_COLUMNS = {"teia-kb 1": 5, FORMAT: 6}
DBPEDIA_RESOURCE = "http://pt.dbpedia.org/resource/"
WIKIPEDIA_PAGE = "http://pt.wikipedia.org/wiki/"
LINKED = "linked"
NIL = "nil"
REJECTED = "rejected"

_KB_TYPES = frozenset({PER, LOC, ORG})
_QUALIFIER = re.compile(r"\s*\(([^()]*)\)$")
_ARTICLE = re.compile(r"^(o|a|os|as)\s+")


def bare_title(title: str) -> str:
    """The title without a trailing ``(…)`` disambiguation: ``Paraná (futebolista)`` → ``Paraná``."""
    return _QUALIFIER.sub("", title).strip()


def qualifier(title: str) -> str:
    """The text of a title's ``(…)`` disambiguation (empty when it has none)."""
    m = _QUALIFIER.search(title)
    return m.group(1).strip() if m else ""


_IRI_UNSAFE = re.compile(r'[\x00-\x20"<>\\^`{|}%]')


def _iri_part(title: str) -> str:
    """The title as in its Wikipedia and DBpedia IRIs: ``_`` for spaces, characters an IRI
    may not hold percent-encoded."""
    return _IRI_UNSAFE.sub(lambda m: "%{:02X}".format(ord(m.group())), title.replace(" ", "_"))


def dbpedia_iri(title: str) -> str:
    """``http://pt.dbpedia.org/resource/Vladimir_Lenin`` for ``Vladimir Lenin``."""
    return DBPEDIA_RESOURCE + _iri_part(title)


def wikipedia_iri(title: str) -> str:
    """``http://pt.wikipedia.org/wiki/Vladimir_Lenin`` for ``Vladimir Lenin``."""
    return WIKIPEDIA_PAGE + _iri_part(title)


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive key (as :func:`teia.extract.gazetteer.fold`, uncached
    and with the combining marks removed by one regular expression: the knowledge base folds a
    quarter of a million names when it is read)."""
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).replace("ł", "l").replace("Ł", "L")
    return " ".join(text.split()).casefold()


def article_keys(title: str, aliases: Sequence[str]) -> set[str]:
    """The folded keys that reach an article: its title, its title without the ``(…)``
    disambiguation, its aliases (the keys of :class:`LinkKB`'s index, and of a file's last column)."""
    keys = {_fold(title)}
    if title.endswith(")"):
        keys.add(_fold(bare_title(title)))
    keys.update(_fold(a) for a in aliases)
    return keys


@lru_cache(maxsize=1 << 16)
def name_keys(name: str) -> tuple[str, ...]:
    """The keys a name is looked up by: folded, and without a leading article (worked out once
    per name: a build looks the same names up when it reads the knowledge base, links each
    document and links the corpus)."""
    key = _fold(name).strip(" .,;:\"'«»")
    bare = _ARTICLE.sub("", key)
    return (key,) if bare == key else (key, bare)


@dataclass(frozen=True, slots=True)
class Article:
    """One Wikipedia article of the knowledge base."""

    title: str
    type: str
    uses: int = 0
    aliases: tuple[str, ...] = ()
    kb_ids: tuple[str, ...] = ()


class LinkKB:
    """Articles and the index from folded names to them (``title``, ``alias``, ``bare``)."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self.articles: dict[str, Article] = {}
        self._index: dict[str, list[tuple[str, str]]] = {}
        self._kb: dict[str, str] = {}
        for a in articles:
            self.articles[a.title] = a
            self._add(_fold(a.title), a.title, "title")
            bare = bare_title(a.title)
            if bare != a.title:
                self._add(_fold(bare), a.title, "bare")
            for alias in a.aliases:
                self._add(_fold(alias), a.title, "alias")
            for kb_id in a.kb_ids:
                self._kb.setdefault(kb_id, a.title)

    def _add(self, key: str, title: str, how: str) -> None:
        entries = self._index.get(key)
        if entries is None:
            self._index[key] = [(title, how)]
        elif all(t != title for t, _ in entries):
            entries.append((title, how))

    def __len__(self) -> int:
        return len(self.articles)

    def get(self, title: str) -> Article | None:
        return self.articles.get(title)

    def by_kb_id(self, kb_id: str) -> Article | None:
        """The article a hand-written ``kb.jsonl`` entry names, if any."""
        title = self._kb.get(kb_id)
        return self.articles[title] if title else None

    def lookup(self, name: str) -> list[tuple[Article, str]]:
        """The articles ``name`` reaches and how (``title``, ``alias`` or ``bare``)."""
        out: dict[str, str] = {}
        for key in name_keys(name):
            for title, how in self._index.get(key, ()):
                if title not in out or _HOW_ORDER.index(how) < _HOW_ORDER.index(out[title]):
                    out[title] = how
        return [(self.articles[t], how) for t, how in out.items()]


_HOW_ORDER = ("kb", "title", "alias", "surname", "bare")


def default_link_kb_path() -> Path:
    return Path(str(files("teia") / "extract" / "data" / "dbpedia-pt.tsv.gz"))


def _rows(p: Path) -> Iterator[tuple[int, list[str], bool]]:
    """The rows of a link knowledge-base file, checked: (line number, columns, whether the file
    has the keys column). Raises :class:`~teia.errors.InputError` naming the file and line of a
    malformed row; comments and blank lines are skipped."""
    opener = gzip.open if p.suffix == ".gz" else open
    try:
        with opener(p, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
            first = handle.readline().rstrip("\n")
            ncols = _COLUMNS.get(first[2:]) if first.startswith("# ") else None
            if ncols is None:
                known = " or ".join(f"'# {f}'" for f in _COLUMNS)
                raise InputError(f"{p}: not a teia link knowledge base (first line must be {known})")
            expected = "title, type (PER, LOC or ORG), uses, aliases, kb ids" + (", keys" if ncols == 6 else "")
            keyed = ncols == 6
            for lineno, line in enumerate(handle, 2):
                cols = line.rstrip("\n").split("\t")
                if len(cols) != ncols or cols[1] not in _KB_TYPES or not cols[2].isdigit() or cols[0][:1] in ("", "#"):
                    # not a row: a comment or a blank line is skipped, anything else is an error
                    if line.startswith("#") or not line.strip():
                        continue
                    raise InputError(f"{p}:{lineno}: expected {expected}")
                yield lineno, cols, keyed
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise InputError(f"{p}: cannot read the link knowledge base ({exc})") from None


def _row_keys(cols: list[str], keyed: bool) -> list[str]:
    """The keys a row is reached by: its keys column as written, or its names folded."""
    return cols[5].split("|") if keyed else list(article_keys(cols[0], cols[3].split("|") if cols[3] else ()))


def _article(cols: Sequence[str]) -> Article:
    title, kind, uses, aliases, ids = cols[:5]
    return Article(
        title, kind, int(uses), tuple(a for a in aliases.split("|") if a), tuple(k for k in ids.split("|") if k)
    )


def _reached(keys: Iterable[str], ids: str, wanted: set[str], wanted_ids: set[str]) -> bool:
    return not wanted.isdisjoint(keys) or bool(ids and not wanted_ids.isdisjoint(ids.split("|")))


def read_link_kb(
    path: str | os.PathLike[str],
    names: Iterable[str] | None = None,
    kb_ids: Iterable[str] = (),
    *,
    cache: bool = True,
) -> LinkKB:
    """Read a link knowledge-base file (gzipped or plain TSV, see ``training/kb.py``).

    With ``names`` (and ``kb_ids``), only the articles those names or hand-written entries reach
    are kept: a build reads the file once for the names of its entities, in a fraction of the
    time and memory of the whole index. Such a read goes through a lookup cache of the file
    (:mod:`teia.extract.kbcache`, unless ``cache`` is False): the first read of a file checks
    every row and stores them by key; later reads of the same bytes look the names up there
    and give the same articles in the same order. Raises :class:`~teia.errors.InputError`
    naming the file and line of a malformed row.
    """
    p = Path(path)
    if names is None:
        return LinkKB(_article(cols) for _, cols, _ in _rows(p))
    wanted = {k for n in names for k in name_keys(n)}
    wanted_ids = set(kb_ids)
    if not cache:
        return LinkKB(
            _article(cols) for _, cols, keyed in _rows(p) if _reached(_row_keys(cols, keyed), cols[4], wanted, wanted_ids)
        )
    from teia.extract import kbcache

    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read the link knowledge base ({exc})") from None
    cached = kbcache.for_file(p, data)
    found = cached.lookup(wanted, wanted_ids)
    if found is not None:
        return LinkKB(_article(cols) for cols in found)
    rows = [(lineno, cols, _row_keys(cols, keyed)) for lineno, cols, keyed in _rows(p)]
    cached.store(rows)
    return LinkKB(_article(cols) for _, cols, keys in rows if _reached(keys, cols[4], wanted, wanted_ids))


@lru_cache(maxsize=1)
def default_link_kb() -> LinkKB:
    """The shipped knowledge base, read once on first use."""
    return read_link_kb(default_link_kb_path())


@lru_cache(maxsize=4)
def _lookup_cache(p: Path, size: int, mtime_ns: int) -> KBCache | None:
    """The lookup cache of the file at ``p`` as it is (``size`` and ``mtime_ns`` tell a changed file),
    made once per process; the cache file is built now if there is none yet. None when teia's
    caches are off or cannot be written."""
    from teia.extract import kbcache

    try:
        cached = kbcache.for_file(p, p.read_bytes())
    except OSError as exc:
        raise InputError(f"{p}: cannot read the link knowledge base ({exc})") from None
    if cached.lookup(set(), set()) is None:
        read_link_kb(p, ())  # checks every row and stores them (a warning line when it cannot)
    return cached if cached.lookup(set(), set()) is not None else None


@lru_cache(maxsize=4)
def _title_index(p: Path, size: int, mtime_ns: int) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Folded title, and folded title without its ``(…)``, → the types of the articles so named, and
    the folded whole titles: the whole file, indexed once per process when there is no lookup cache."""
    index: dict[str, set[str]] = {}
    whole: set[str] = set()
    for _, cols, _ in _rows(p):
        title = cols[0]
        whole.add(_fold(title))
        for key in title_keys(title):
            index.setdefault(key, set()).add(cols[1])
    return {k: frozenset(v) for k, v in index.items()}, frozenset(whole)


def title_keys(title: str) -> set[str]:
    """The folded keys of an article's own names: its title and its title without the ``(…)``
    disambiguation (not its aliases)."""
    return article_keys(title, ())


def title_types(names: Iterable[str], path: str | os.PathLike[str] | None = None, whole: bool = False) -> dict[str, str]:
    """The type (PER, LOC or ORG) of each of ``names`` that is, folded, the title of articles of one
    type only, counting each article by its title and by its title without the ``(…)``
    disambiguation, not by its aliases: ``Intelbras`` → ORG, ``Lisboa`` → LOC, not ``Paraná`` (a
    state, a river and a footballer) nor ``Bush`` (a place and a band). With ``whole``, only the
    names one of those articles has as its whole title: ``Itaparica``, not ``Jardim`` (only
    ``Jardim (Ceará)`` and other towns so named, a common noun). The knowledge base is the
    shipped ``dbpedia-pt.tsv.gz`` unless ``path`` is given; it is looked up through its lookup
    cache (:mod:`teia.extract.kbcache`), read whole once per process when there is none."""
    p = Path(path) if path is not None else default_link_kb_path()
    wanted = {name: _fold(name) for name in names}
    if not wanted:
        return {}
    try:
        stat = p.stat()
    except OSError as exc:
        raise InputError(f"{p}: cannot read the link knowledge base ({exc})") from None
    cached = _lookup_cache(p, stat.st_size, stat.st_mtime_ns)
    found = cached.lookup(set(wanted.values()), set()) if cached is not None else None
    if found is None:
        index, titles = _title_index(p, stat.st_size, stat.st_mtime_ns)
        kinds = {key: index.get(key, frozenset()) for key in set(wanted.values())}
    else:
        by_key: dict[str, set[str]] = {}
        titles = frozenset(_fold(cols[0]) for cols in found)
        for cols in found:  # the rows any key of theirs reaches, aliases included: keep their own names
            for key in title_keys(cols[0]):
                by_key.setdefault(key, set()).add(cols[1])
        kinds = {key: frozenset(by_key.get(key, ())) for key in set(wanted.values())}
    return {name: next(iter(kinds[key])) for name, key in wanted.items() if len(kinds[key]) == 1 and (not whole or key in titles)}


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkConfig:
    """Weights and thresholds of the linker (the defaults are the shipped behaviour)."""

    threshold: float = 0.6
    """Lowest score of a link."""
    margin: float = 0.1
    """How far the best candidate must be ahead of the runner-up."""
    match: Mapping[str, float] | None = None
    """Weight of how a name reached an article (``kb``, ``title``, ``alias``, ``bare``)."""
    folded_title: float = 0.9
    """Weight of a title reached only once case and accents are ignored (``Franca`` for ``França``)."""
    cross_type: float = 0.7
    """Type factor of an organization for a place article or the reverse (NER confuses states)."""
    misc_type: float = 0.6
    """Type factor of a misc. entity."""
    retype: float = 0.85
    """Type factor of a non-person entity for a person article, when a name of two words or more
    is the article's title or one of its names (the NER mistyped a full person name)."""
    unsupported_qualifier: float = 0.6
    """Factor of a ``bare`` match whose ``(…)`` words are named nowhere in the documents."""
    outranked_by_context: float = 0.85
    """Factor of a candidate without ``(…)`` when another candidate's ``(…)`` words are named in
    the documents (``Paris`` next to Texas is ``Paris (Texas)``). A supported candidate counts
    as a title match and its prior is not used: the documents say more than the counts."""

    def weight(self, how: str) -> float:
        return (self.match or _MATCH)[how]


_MATCH = {"kb": 1.0, "title": 1.0, "alias": 0.9, "surname": 0.8, "bare": 0.55}
DEFAULT_LINK_CONFIG = LinkConfig()
_LINKABLE = frozenset({PER, LOC, ORG, MISC})


def _type_factor(category: str, article: Article, how: str, names: Sequence[str], config: LinkConfig) -> float:
    if category == article.type:
        return 1.0
    if category not in _LINKABLE:
        return 0.0
    if article.type == PER or category == PER:
        full = how in ("kb", "title", "alias") and any(len(n.split()) >= 2 for n in names)
        return config.retype if article.type == PER and full else 0.0
    if category == MISC:
        return config.misc_type
    return config.cross_type


def _given_names_differ(names: Sequence[str], title: str) -> bool:
    """The entity's full person names (two words or more) all start with a given name unlike
    the article's (``Gustav`` / ``Rolf``; ``Alexandre`` and ``Aleksandr`` are alike)."""
    given = _fold(bare_title(title)).split()[0]
    firsts = [_fold(n).split()[0] for n in names if len(n.split()) >= 2 and n[:1].isupper()]
    if not firsts:
        return False
    return all(f != given and SequenceMatcher(None, f, given).ratio() < 0.7 for f in firsts)


@lru_cache(maxsize=1 << 14)
def _qualifier_words(title: str) -> frozenset[str]:
    """The words (three letters or more) of an article title's ``(…)``, folded; once per title
    (the same candidates come up for the entities of every document)."""
    return frozenset(w for w in re.split(r"[\s,\-]+", _fold(qualifier(title))) if len(w) >= 3)


def _covered(words: Iterable[str], context: Container[str]) -> bool:
    return all(w in context for w in words)


def _supported(title: str, context: Container[str]) -> bool:
    """Every word of the title's ``(…)`` is a word of the context (``Dacota do Sul`` needs both
    ``dacota`` and ``sul``)."""
    q = _qualifier_words(title)
    return bool(q) and _covered(q, context)


def link_names(
    entity: str,
    label: str,
    category: str,
    names: Iterable[str],
    kb: LinkKB,
    *,
    kb_ids: Iterable[str] = (),
    context: Container[str] = frozenset(),
    config: LinkConfig = DEFAULT_LINK_CONFIG,
) -> LinkDecision:
    """Decide the article of one entity.

    ``names`` are its label, aliases and mention texts; ``kb_ids`` the hand-written knowledge-base
    entries it was tied to; ``context`` the folded words of the names of the other entities of
    its documents (a set, or :class:`OtherWords`: the ``(…)`` of a candidate is looked for
    there).
    """
    names = sorted(set(names) | {label})
    reached: dict[str, tuple[Article, str, str]] = {}  # title -> article, how, name
    for kb_id in sorted(set(kb_ids)):
        a = kb.by_kb_id(kb_id)
        if a is not None:
            reached[a.title] = (a, "kb", kb_id)
    lookups = [(n, n, None) for n in names]
    if category == PER:  # 'Simon Petliura' reaches 'Symon Petliura' by the surname alone
        lookups += [(n.split()[-1], n.split()[-1], "surname") for n in names if len(n.split()) >= 2]
    for n, key, as_how in lookups:
        for a, how in kb.lookup(key):
            if as_how is not None:
                if how != "alias" or a.type != PER:
                    continue
                how = as_how
            old = reached.get(a.title)
            if old is None or _HOW_ORDER.index(how) < _HOW_ORDER.index(old[1]):
                reached[a.title] = (a, how, n)
    if not reached:
        return LinkDecision(entity, label, "", NIL, "no-candidate", 0.0, (), "no article is named " + _names(names))
    total = sum(a.uses + 1 for a, _, _ in reached.values())
    any_supported = any(_supported(t, context) for t in reached)
    scored = []
    for title, (a, how, name) in reached.items():
        w = config.weight(how)
        if how == "title" and name.casefold() != a.title.casefold() and _ARTICLE.sub("", name.casefold()) != a.title.casefold():
            w *= config.folded_title
        t = _type_factor(category, a, how, names, config)
        if a.type == PER and how != "kb" and len(name.split()) == 1 and _given_names_differ(names, a.title):
            t = 0.0  # 'Landauer' of 'Gustav Landauer' is not 'Rolf Landauer'
        q = _qualifier_words(title)
        prior = 0.75 + 0.25 * (a.uses + 1) / total
        if q and _covered(q, context):  # supported: ctx > 1 marks it
            w, prior, ctx = max(w, config.weight("title")), 1.0, 1.01
        elif q and how == "bare":
            ctx = config.unsupported_qualifier
        elif not q and any_supported:
            ctx = config.outranked_by_context
        else:
            ctx = 1.0
        score = min(1.0, w * t * min(ctx, 1.0) * prior)
        scored.append((round(score, 4), title, how, name, t, ctx))
    scored.sort(key=lambda s: (-s[0], s[1]))
    candidates = tuple((s[1], s[0]) for s in scored[:5])
    best = scored[0]
    score, title, how, name, t, ctx = best
    runner = scored[1][0] if len(scored) > 1 else 0.0
    if score < config.threshold:
        why = "its type disagrees" if t == 0.0 else "the evidence is too weak"
        return LinkDecision(entity, label, "", NIL, "weak", score, candidates, f"best candidate {title!r} ({how} {name!r}): {why}")
    if score - runner < config.margin:
        return LinkDecision(
            entity, label, "", NIL, "ambiguous", score, candidates, f"{title!r} and {scored[1][1]!r} score alike"
        )
    rule = "context" if ctx > 1.0 else how
    article = reached[title][0]
    evidence = f"{name!r} is {'the title' if how == 'title' else 'a name'} of {title!r} ({article.type})"
    if how == "kb":
        evidence = f"knowledge-base entry {name!r} names {title!r} ({article.type})"
    if ctx > 1.0:
        evidence += f"; {qualifier(title)!r} is named in the same documents"
    if t != 1.0:
        evidence += f"; the entity was typed {category}"
    return LinkDecision(entity, label, title, LINKED, rule, score, candidates, evidence)


def _names(names: Sequence[str]) -> str:
    return ", ".join(repr(n) for n in names[:4]) + (" ..." if len(names) > 4 else "")


def context_words(names: Iterable[str]) -> frozenset[str]:
    """The folded words (three letters or more) and whole folded names of ``names``."""
    out: set[str] = set()
    for n in names:
        key = _fold(n)
        out.add(key)
        out.update(w for w in re.split(r"[\s,\-]+", key) if len(w) >= 3)
    return frozenset(out)


class OtherWords:
    """The folded words of the names of an entity's fellow entities (the other entities of its
    documents), as a container: a word is in it when another entity of one of those documents
    has it. Answered from each document's count of the entities holding each word, without
    the union of the fellows' words (an entity of a 64,000-word document has thousands of
    fellows, and the union was built for every entity)."""

    __slots__ = ("_own", "_docs")

    def __init__(self, own: frozenset[str], docs: Sequence[Mapping[str, int]]) -> None:
        self._own, self._docs = own, docs

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        mine = 1 if word in self._own else 0
        return any(counts.get(word, 0) > mine for counts in self._docs)


def _word_counts(words: Iterable[frozenset[str]]) -> Counter[str]:
    """How many of the word sets hold each word."""
    return Counter(w for ws in words for w in ws)


def document_context(entities: Iterable[Entity]) -> dict[str, OtherWords]:
    """For each entity of one document, the words of the names of the document's other entities."""
    words = {e.id: context_words([e.label, *e.aliases]) for e in entities}
    counts = (_word_counts(words.values()),)
    return {eid: OtherWords(own, counts) for eid, own in words.items()}


# --------------------------------------------------------------------------------------
# Linking a corpus: documents' entities, then the corpus-wide ones
# --------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class LinkOverride:
    """One link line of the override file: force (``accepted``) or refuse (``rejected``) the
    article of an entity, named by its id (``LOC:varsovia``, ``kb:lenin``) or one of its names."""

    entity: str
    article: str
    status: str
    source: str = ""


def external_id(title: str) -> str:
    """The :attr:`Entity.external_ids` form of an article: ``dbpedia:Rio_Vístula``."""
    return DBPEDIA_ID_PREFIX + _iri_part(title)


def entity_names(ent: Entity) -> list[str]:
    """An entity's label, aliases and mention texts."""
    return sorted({ent.label, *ent.aliases, *(m.text for m in ent.mentions)})


def kb_for(entities: Iterable[Entity], path: str | os.PathLike[str] | None = None) -> LinkKB:
    """The part of the knowledge base (default: the shipped one) that ``entities`` can reach."""
    ents = list(entities)
    names = [n for e in ents for n in entity_names(e)]
    names += [n.split()[-1] for n in names if len(n.split()) >= 2]  # surnames
    return read_link_kb(path or default_link_kb_path(), names, [e.kb_id for e in ents if e.kb_id])


def _override_for(ent: Entity, overrides: Sequence[LinkOverride]) -> LinkOverride | None:
    keys = {_fold(n) for n in entity_names(ent)}
    found = None
    for o in overrides:
        if o.entity == ent.id or _fold(o.entity) in keys:
            found = o  # the last line about an entity wins
    return found


def link_entities(
    entities: Sequence[Entity],
    kb: LinkKB,
    *,
    context: Mapping[str, Container[str]] | None = None,
    overrides: Sequence[LinkOverride] = (),
    config: LinkConfig = DEFAULT_LINK_CONFIG,
) -> tuple[LinkDecision, ...]:
    """One decision per entity; ``context`` maps an entity id to the folded words of the names of
    the other entities of its documents. An override line about the entity forces its article
    (rule ``override``) or refuses one (the decision is then ``rejected`` when it was that
    article, and the entity is not linked)."""
    out = []
    for ent in entities:
        d = link_names(
            ent.id,
            ent.label,
            ent.type,
            entity_names(ent),
            kb,
            kb_ids=[ent.kb_id] if ent.kb_id else [],
            context=(context or {}).get(ent.id, frozenset()),
            config=config,
        )
        article = kb.get(d.article) if d.status == LINKED and d.rule != "kb" else None
        if article is not None and article.type == LOC and any(m.source == CLUB_SOURCE for m in ent.mentions):
            # "o Porto venceu o Benfica por 2-1": a club named by its town is not the town's article
            d = LinkDecision(ent.id, ent.label, "", NIL, "weak", d.score, d.candidates, f"{d.article!r} is a place, the entity a club named by its town")
        o = _override_for(ent, overrides)
        if o is not None and o.status == "accepted":
            d = LinkDecision(ent.id, ent.label, o.article, LINKED, "override", 1.0, d.candidates, f"accepted by {o.source}")
        elif o is not None and (not o.article or o.article == d.article):
            d = LinkDecision(ent.id, ent.label, "", REJECTED, "override", d.score, d.candidates, f"{d.article!r} rejected by {o.source}")
        out.append(d)
    return tuple(out)


def corpus_context(resolution: Resolution) -> dict[str, OtherWords]:
    """For each entity, the folded words of the names of the other entities of its documents."""
    by_doc: dict[str, set[str]] = {}
    docs_of: dict[str, set[str]] = {}
    for ent in resolution.entities:
        docs = {m.doc_id for m in ent.mentions}
        docs_of[ent.id] = docs
        for doc in docs:
            by_doc.setdefault(doc, set()).add(ent.id)
    words = {e.id: context_words([e.label, *e.aliases]) for e in resolution.entities}
    counts = {doc: _word_counts(words[o] for o in ids) for doc, ids in by_doc.items()}
    return {ent.id: OtherWords(words[ent.id], [counts[d] for d in sorted(docs_of[ent.id])]) for ent in resolution.entities}


KeepApart = Callable[[Entity, Entity], str | None]
"""Why two entities must stay apart (the user's override file), or None."""


def apply_links(
    resolution: Resolution,
    decisions: Sequence[LinkDecision],
    kb: LinkKB,
    *,
    keep_apart: KeepApart | None = None,
    resolved_apart: frozenset[str] = frozenset(),
) -> Resolution:
    """The resolution with the links used.

    * entities linked to the same article become one (the entity holding a knowledge-base
      entry, else the one with most mentions, keeps its id); the merge log records rule ``link``.
      Two of them stay apart when ``keep_apart`` (the user's rejections) says so, or when both
      are in ``resolved_apart`` (entities the resolution already linked in their documents and
      still kept apart: a cannot-link decided it); the one that does not keep its id is then
      not linked (status ``nil``, rule ``kept-apart``): one article, one entity;
    * each linked entity gets ``dbpedia:<title>`` among its external ids;
    * a link to a person article retypes an entity the NER called something else (the link log
      says so).
    """
    by_id = {e.id: e for e in resolution.entities}
    final = {d.entity: d for d in decisions}
    groups: dict[str, list[str]] = {}
    for d in decisions:
        if d.status == LINKED and d.entity in by_id:
            groups.setdefault(d.article, []).append(d.entity)
    into: dict[str, str] = {}
    merges = []
    for article, ids in sorted(groups.items()):
        if len(ids) < 2:
            continue
        ents = sorted((by_id[i] for i in ids), key=lambda e: (not e.kb_id, -len(e.mentions), e.id))
        keep = ents[0]
        for other in ents[1:]:
            why = keep_apart(keep, other) if keep_apart is not None else None
            if why is None and keep.id in resolved_apart and other.id in resolved_apart:
                why = "the resolution kept them apart"
            if why is not None:
                d = final[other.id]
                final[other.id] = LinkDecision(
                    d.entity, d.label, "", NIL, "kept-apart", d.score, d.candidates,
                    f"{d.article!r} is the article of {keep.label!r} ({keep.id}), kept apart: {why}",
                )
                merges.append(
                    MergeDecision(keep.id, keep.label, other.label, "link", f"{other.label!r} ({other.id}) and {keep.label!r} ({keep.id}) are both linked to {article!r}; {why}", REJECTED)
                )
                continue
            into[other.id] = keep.id
            merges.append(
                MergeDecision(keep.id, keep.label, other.label, "link", f"{other.label!r} ({other.id}) and {keep.label!r} ({keep.id}) are both linked to {article!r}")
            )
            keep = _replace(
                keep,
                aliases=tuple(sorted({*keep.aliases, *other.aliases, other.label} - {keep.label})),
                mentions=keep.mentions + other.mentions,
                external_ids=tuple(sorted({*keep.external_ids, *other.external_ids})),
            )
        by_id[keep.id] = keep
    for eid, d in list(final.items()):
        ent = by_id.get(eid)
        if ent is None or d.status != LINKED or eid in into:
            continue
        article = kb.get(d.article)
        changes: dict[str, object] = {"external_ids": tuple(sorted({*ent.external_ids, external_id(d.article)}))}
        if article is not None and article.type == PER and ent.type != PER:
            changes["type"] = PER
            final[eid] = LinkDecision(d.entity, d.label, d.article, d.status, d.rule, d.score, d.candidates, d.evidence + f"; retyped {ent.type} -> PER")
        by_id[eid] = _replace(ent, **changes)
    entities = tuple(by_id[e.id] for e in resolution.entities if e.id not in into)
    label_of = {e.id: e.label for e in entities}
    mapping = tuple(sorted({(doc, local, into.get(g, g)) for doc, local, g in resolution.mapping}))
    old = [
        m if m.entity not in into else MergeDecision(into[m.entity], label_of[into[m.entity]], m.merged, m.rule, m.evidence, m.status)
        for m in resolution.merges
    ]
    out = [
        d if d.entity not in into else LinkDecision(into[d.entity], label_of[into[d.entity]], d.article, d.status, d.rule, d.score, d.candidates, d.evidence)
        for d in final.values()
    ]
    out.sort(key=lambda d: (d.entity, d.label, d.status != LINKED, d.article))
    return Resolution(entities, mapping, tuple(old + merges), tuple(out))


def link_resolution(
    resolution: Resolution,
    *,
    kb: LinkKB | None = None,
    overrides: Sequence[LinkOverride] = (),
    keep_apart: KeepApart | None = None,
    local: Mapping[tuple[str, str], tuple[str, frozenset[str]]] | None = None,
    config: LinkConfig = DEFAULT_LINK_CONFIG,
) -> Resolution:
    """Link the corpus-wide entities of ``resolution`` and use the links (:func:`apply_links`);
    ``local`` are the documents' links the resolution was made with (:func:`link_documents`)."""
    kb = kb if kb is not None else kb_for(resolution.entities)
    decisions = link_entities(resolution.entities, kb, context=corpus_context(resolution), overrides=overrides, config=config)
    index = resolution.index()
    resolved_apart = frozenset(index[k] for k, (article, _) in (local or {}).items() if article and k in index)
    return apply_links(resolution, decisions, kb, keep_apart=keep_apart, resolved_apart=resolved_apart)


def link_documents(
    extractions: Sequence[Extraction],
    kb: LinkKB,
    *,
    overrides: Sequence[LinkOverride] = (),
    config: LinkConfig = DEFAULT_LINK_CONFIG,
) -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """Each document's entities linked in their document (context: the document's other
    entities), for the corpus resolution: ``(doc_id, local_id) -> (article, refused)``.

    ``article`` is empty for NIL; ``refused`` holds, for a NIL entity, the disambiguated
    articles (``Estado Novo (Portugal)``) it was a candidate for and that its document does not
    support: an entity linked to one of them elsewhere is another thing (a regime of the same
    name in another country), so the resolution keeps them apart.
    """
    out = {}
    for ex in extractions:
        context = document_context(ex.entities)
        for d in link_entities(ex.entities, kb, context=context, overrides=overrides, config=config):
            if d.status == LINKED:
                out[(ex.document.id, d.entity)] = (d.article, frozenset())
            else:
                refused = frozenset(t for t, _ in d.candidates if qualifier(t))
                if refused:
                    out[(ex.document.id, d.entity)] = ("", refused)
    return out


@dataclass(frozen=True, slots=True)
class LinkSplit:
    """A document's entity whose names linked to different articles, split in two: ``name``
    (and its mentions) left the entity ``local_id`` for the new entity ``new_id``."""

    doc_id: str
    local_id: str
    new_id: str
    label: str
    name: str
    article: str
    other: str


def split_by_links(
    extractions: Sequence[Extraction], kb: LinkKB, *, config: LinkConfig = DEFAULT_LINK_CONFIG
) -> tuple[tuple[Extraction, ...], tuple[LinkSplit, ...]]:
    """Split the documents' entities whose names, linked alone, reach different articles.

    A document's entity may hold names its rules took for one thing (``Durban (África do
    Sul)`` read as an alias); when the names link to two articles, they are two things: the
    mentions of each name linked elsewhere than the entity's label (or, when the label is not
    linked, than its most mentioned linked name) become an entity of their own, ``<id>~<n>``.
    Events and relations keep pointing at the original entity. Returns the new extractions and
    the splits (the resolution logs them as rejected merges).
    """
    out_ex: list[Extraction] = []
    splits: list[LinkSplit] = []
    for ex in extractions:
        contexts = document_context(ex.entities)
        entities: list[Entity] = []
        changed = False
        for ent in ex.entities:
            names = sorted({m.text for m in ent.mentions})
            if len(names) < 2:
                entities.append(ent)
                continue
            context = contexts[ent.id]
            article_of = {}
            for n in names:
                d = link_names(ent.id, n, ent.type, [n], kb, context=context, config=config)
                if d.status == LINKED:
                    article_of[n] = d.article
            if len(set(article_of.values())) < 2:
                entities.append(ent)
                continue
            counts: dict[str, int] = {}
            for m in ent.mentions:
                if m.text in article_of:
                    counts[article_of[m.text]] = counts.get(article_of[m.text], 0) + 1
            anchor = article_of.get(ent.label) or sorted(counts, key=lambda a: (-counts[a], a))[0]
            keep = [m for m in ent.mentions if article_of.get(m.text, anchor) == anchor]
            apart: dict[str, list] = {}
            for m in ent.mentions:
                a = article_of.get(m.text, anchor)
                if a != anchor:
                    apart.setdefault(a, []).append(m)
            label = ent.label if any(m.text == ent.label for m in keep) or ent.kb_id else keep[0].text
            entities.append(_replace(ent, label=label, mentions=tuple(keep), aliases=tuple(sorted({m.text for m in keep} - {label}))))
            for k, (article, ms) in enumerate(sorted(apart.items()), 2):
                new_id = f"{ent.id}~{k}"
                new_label = sorted({m.text for m in ms}, key=lambda t: (-sum(x.text == t for x in ms), t))[0]
                aliases = tuple(sorted({m.text for m in ms} - {new_label}))
                entities.append(Entity(new_id, new_label, ent.type, aliases, tuple(ms)))
                splits.append(LinkSplit(ex.document.id, ent.id, new_id, label, new_label, article, anchor))
            changed = True
        out_ex.append(_replace(ex, entities=tuple(entities)) if changed else ex)
    return tuple(out_ex), tuple(splits)


def log_splits(resolution: Resolution, splits: Sequence[LinkSplit]) -> Resolution:
    """The resolution with each split of :func:`split_by_links` in the merge log, as a
    ``rejected`` decision of rule ``link`` on the entity the name left."""
    if not splits:
        return resolution
    index = resolution.index()
    label_of = {e.id: e.label for e in resolution.entities}
    merges = list(resolution.merges)
    for s in splits:
        gid = index.get((s.doc_id, s.local_id))
        if gid is None:
            continue
        evidence = f"{s.name!r} and {s.label!r} in {s.doc_id}: linked to different articles ({s.article!r} and {s.other!r})"
        merges.append(MergeDecision(gid, label_of[gid], s.name, "link", evidence, REJECTED))
    return _replace(resolution, merges=tuple(merges))
