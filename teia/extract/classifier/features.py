"""Features of a pair of entity mentions in one parsed sentence, for the relation classifier.

One pure function, :func:`pair_features`, used both by the training script
(``training/relations.py``) and by the ``teia_relation_model`` component, so training and
prediction read a pair in exactly the same way. It needs a spaCy ``Doc`` with lemmas, POS and
a dependency parse, the two mentions as token ranges (``left`` before ``right``) and their
categories; it returns a list of feature strings (a bag: order carries no meaning).

The features: the two categories; the words between the mentions (lemmas, lowercased, as a
bag, their first and last, and the whole sequence when short); the word before the first
mention and the one after the second; the number of tokens and of other mentions between;
the dependency path between the two mentions' heads (labels, and labels with the lemma of
the word where the paths meet). The work is proportional to the tokens between the mentions
and the depth of the parse, never to the document.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

__all__ = ["MAX_GAP", "pair_features", "span_head"]

MAX_GAP = 30
"""Pairs further apart than this many tokens are not scored (nor trained on)."""

_SHORT = 4
"""A sequence of at most this many tokens between the mentions is also a feature as a whole."""

_MAX_PATH = 6
"""Dependency paths longer than this are cut (the feature says so)."""


def _word(tok: Token) -> str:
    if tok.like_num:
        return "<num>"
    lemma = tok.lemma_ or tok.text
    return lemma.lower()


def span_head(doc: Doc, start: int, end: int) -> Token:
    """The token of ``doc[start:end]`` whose head lies outside it (the first such, or the first)."""
    for i in range(start, end):
        head = doc[i].head.i
        if head < start or head >= end or head == i:
            return doc[i]
    return doc[start]


def _bucket(n: int) -> str:
    if n <= 2:
        return str(n)
    if n <= 5:
        return "3-5"
    if n <= 10:
        return "6-10"
    return "11+"


def _ancestors(tok: Token, limit: int) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) <= limit:
        chain.append(chain[-1].head)
    return chain


def _path(a: Token, b: Token) -> tuple[str, str]:
    """The labels from ``a`` up to the meeting point and down to ``b``, with and without the
    lemma of the meeting word; ``"far"`` when they do not meet within the limit."""
    up = _ancestors(a, _MAX_PATH)
    down = _ancestors(b, _MAX_PATH)
    where = {t.i: k for k, t in enumerate(down)}
    for k, t in enumerate(up):
        if t.i in where:
            j = where[t.i]
            left = "<".join(x.dep_ for x in up[:k])
            right = ">".join(x.dep_ for x in reversed(down[:j]))
            if k == 0 or j == 0:
                meet = ""
            else:
                meet = _word(t)
            labels = f"{left}^{right}"
            return labels, f"{left}^{meet}^{right}"
    return "far", "far"


def pair_features(
    doc: Doc,
    left: tuple[int, int],
    right: tuple[int, int],
    left_category: str,
    right_category: str,
    others: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """The features of the mentions ``doc[left[0]:left[1]]`` and ``doc[right[0]:right[1]]``
    (``left`` ends at or before ``right`` starts); ``others`` are the token ranges of the
    sentence's other mentions."""
    (ls, le), (rs, re) = left, right
    types = f"{left_category}_{right_category}"
    feats = [f"T={types}"]
    between = [doc[i] for i in range(le, rs)]
    words = [_word(t) for t in between]
    n = len(words)
    feats.append(f"D={_bucket(n)}")
    feats.append(f"TD={types}|{_bucket(n)}")
    # each word once, in the order of the text (a set's order changes with the hash seed, and
    # with it the cached feature files and the order in which training sums the weights)
    for w in dict.fromkeys(words):
        feats.append(f"B={w}")
    if words:
        feats.append(f"BF={words[0]}")
        feats.append(f"BL={words[-1]}")
        feats.append(f"TBF={types}|{words[0]}")
        for w1, w2 in zip(words, words[1:]):
            feats.append(f"BB={w1}_{w2}")
    if n <= _SHORT:
        seq = "_".join(words)
        feats.append(f"BS={seq}")
        feats.append(f"TBS={types}|{seq}")
    inside = sum(1 for s, e in others if s >= le and e <= rs)
    feats.append(f"M={min(inside, 3)}")
    feats.append(f"PRE={_word(doc[ls - 1]) if ls > 0 else '<s>'}")
    feats.append(f"POST={_word(doc[re]) if re < len(doc) else '</s>'}")
    if doc.has_annotation("DEP"):
        labels, lexical = _path(span_head(doc, ls, le), span_head(doc, rs, re))
        feats.append(f"P={labels}")
        feats.append(f"PL={lexical}")
        feats.append(f"TP={types}|{labels}")
    return feats
