"""Name matching: the settings of the rules, name keys (folded, transliterated), acronyms, and
:func:`match_names`, which says by which rule two names may be one thing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from difflib import SequenceMatcher

from teia.extract.gazetteer import fold
from teia.extract.labels import LOC, MISC, ORG, PER


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


_ARTICLES = re.compile(r"^(o|a|os|as|um|uma|the)\s+", re.IGNORECASE)
_STOPWORDS = frozenset("de da do das dos e o a os as em para por of the and".split())
_TITLES = frozenset(
    "general marechal almirante coronel comandante czar tsar presidente camarada sr sra dom "
    "papa rei rainha principe princesa conde duque".split()
)


_GEO_CLASSIFIER = re.compile(r"^(?:(?:o|a)\s+)?(?:rio|lago|monte)\s+(?=[A-ZÁÉÍÓÚÂÊÔÃÕÇ])")
"""A lower-case geographic noun before a capitalized name: ``rio Volga`` is the ``Volga``."""


@lru_cache(maxsize=1 << 16)  # the corpus resolution asks again for the same names, pair after pair
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


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    w = re.sub(r"[^0-9a-z]", "", word)
    if _ROMAN.match(w):  # regnal numbers stay as written: Alexandre II is not Alexandre III
        return w
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    w = _C_HARD.sub("k", w)
    w = re.sub(r"(.)\1+", r"\1", w)  # double letters, "ii" from "iy"
    return w


# The functions of a name below are pure and memoized: the corpus resolution compares the same
# names again and again (every candidate pair of a block), as name_key and _word_key are.


@lru_cache(maxsize=1 << 16)
def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s\-]+", name_key(name)) if w)


@lru_cache(maxsize=1 << 16)
def translit_key(text: str) -> str:
    """A spelling-insensitive key of a (Slavic) name: ``Tukhatchevski`` and ``Tukhachevsky`` → ``tuhachevski``."""
    return " ".join(k for k in (_word_key(w) for w in _words(text)) if k)


@lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple[str, ...]:
    """Transliteration keys of a person name's words, without titles and particles."""
    out = []
    for w in _words(name):
        if w in _STOPWORDS or w.rstrip(".") in _TITLES:
            continue
        k = _word_key(w)
        if k:
            out.append(k)
    return tuple(out)


@lru_cache(maxsize=1 << 16)
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


@lru_cache(maxsize=1 << 16)
def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def _ratio_below(a: str, b: str, threshold: float) -> bool:
    """True when ``_ratio(a, b) < threshold`` is certain without working it out: the ratio is
    2 M / (len(a) + len(b)) and M, the matched characters, is at most the characters the two
    words have in common, counted with repeats (``SequenceMatcher.quick_ratio``)."""
    if 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < threshold:
        return True
    common = sum(min(a.count(ch), b.count(ch)) for ch in set(a))
    return 2.0 * common / (len(a) + len(b)) < threshold


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
        if _ratio_below(x, y, config.similarity):
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
