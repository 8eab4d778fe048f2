"""Lookups on one ``Doc`` that cost no walk of the whole Doc.

spaCy's ``Doc.text`` joins every token each time it is read, ``Doc.has_annotation`` loops over the
tokens until one is annotated (over all of them when none is: ``DEP`` without a parser), and a
loop over the ``Doc`` builds a ``Token`` object per token. A rule doing any of these per token or
per mention is quadratic in the length of a document (a 32,000-word text took 16 times longer than
an 8,000-word one). :class:`TokenOffsets` reads the text and the token starts once, then finds
tokens by character offset in ``O(log n)``; :func:`has_annotation` answers once per Doc;
:func:`start_of_line` and :func:`end_of_line` find a line's bounds among the line breaks read once.
A rule that asks, for each of its matches, whether a mention of the Doc overlaps it reads the
mentions once into a :class:`SpanIndex` rather than testing the match against every mention (a
page of thousands of phone numbers or laws' numbers costs their product otherwise).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable
from itertools import accumulate

import numpy
from spacy.attrs import DEP, HEAD, IDX, MORPH, ORTH, SPACY
from spacy.tokens import Doc, Span, Token

__all__ = [
    "SpanIndex",
    "Tree",
    "TokenOffsets",
    "dependents",
    "doc_text",
    "doc_words",
    "end_of_line",
    "forget_answers",
    "has_annotation",
    "has_dependent",
    "head_past_space",
    "morph_values",
    "start_of_line",
    "tree",
]

_ANNOTATED = "teia.annotated"
"""Key in ``Doc.user_data`` of the :func:`has_annotation` answers."""

_TEXT = "teia.text"
"""Key in ``Doc.user_data`` of the :func:`doc_text` answer (with the number of tokens)."""


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: teia's components only read it (a merge of tokens
    keeps every character), and each read of ``Doc.text`` joins all the tokens again."""
    known = doc.user_data.get(_TEXT)
    if known is None or known[0] != len(doc):  # a Doc made from another one's user data
        # what ``Doc.text`` joins (each token's ``text_with_ws``: its text and a space when its
        # ``SPACY`` flag says so), from the arrays instead of a ``Token`` object per token
        spaces = doc.to_array(SPACY).tolist() if len(doc) else []
        text = "".join([w + " " if sp else w for w, sp in zip(doc_words(doc), spaces)])
        known = doc.user_data[_TEXT] = (len(doc), text)
    return known[1]


_BREAKS = "teia.breaks"
"""Key in ``Doc.user_data`` of the offsets of the line breaks of :func:`doc_text` (with the number
of tokens)."""


def _breaks(doc: Doc) -> list[int]:
    known = doc.user_data.get(_BREAKS)
    if known is None or known[0] != len(doc):  # a Doc made from another one's user data
        text = doc_text(doc)
        breaks, at = [], text.find("\n")
        while at >= 0:
            breaks.append(at)
            at = text.find("\n", at + 1)
        known = doc.user_data[_BREAKS] = (len(doc), breaks)
    return known[1]


def start_of_line(doc: Doc, char: int) -> int:
    """Where the line holding character ``char`` of the Doc's text starts: after the last line
    break before ``char`` (``text.rfind("\\n", 0, char) + 1``), found among the breaks read once
    per Doc: a document with no line break is one line, and a scan back per name is quadratic."""
    breaks = _breaks(doc)
    k = bisect_left(breaks, char)
    return breaks[k - 1] + 1 if k else 0


def end_of_line(doc: Doc, char: int) -> int:
    """The first line break at or after character ``char`` of the Doc's text (``text.find("\\n",
    char)``), the text's length when none follows."""
    breaks = _breaks(doc)
    k = bisect_left(breaks, char)
    return breaks[k] if k < len(breaks) else len(doc_text(doc))


_WORDS = "teia.words"
"""Key in ``Doc.user_data`` of the :func:`doc_words` answer."""


def doc_words(doc: Doc) -> list[str]:
    """The text of every token (``[t.text for t in doc]``), read once per Doc from the ``ORTH``
    array, without a ``Token`` object per token; callers only read it."""
    known = doc.user_data.get(_WORDS)
    if known is None or len(known) != len(doc):  # a Doc made from another one's user data
        strings = doc.vocab.strings
        known = doc.user_data[_WORDS] = [strings[h] for h in doc.to_array(ORTH).tolist()] if len(doc) else []
    return known


class TokenOffsets:
    """The text of a ``Doc`` and the character offset where each of its tokens starts."""

    __slots__ = ("doc", "text", "starts", "_text_end")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.starts = doc.to_array(IDX).tolist() if len(doc) else []  # no Token objects built
        self._text_end = len(self.text.rstrip())

    def first_from(self, char: int, lo: int = 0, hi: int | None = None) -> int:
        """Index of the first token in ``[lo, hi)`` starting at or after ``char`` (``hi`` if none)."""
        return bisect_left(self.starts, char, lo, len(self.starts) if hi is None else hi)

    def token_from(self, char: int) -> int | None:
        """Index of the token starting at ``char`` (or the first token after it); ``len(doc)``
        when only trailing whitespace follows ``char``, None when ``char`` falls inside the last
        token."""
        i = self.first_from(char)
        if i < len(self.starts):
            return i
        return len(self.starts) if char >= self._text_end else None

    def token_in(self, sent: Span, char: int) -> Token:
        """The first token of ``sent`` starting at or after ``char`` (its last token otherwise)."""
        i = self.first_from(char, sent.start, sent.end)
        return self.doc[i] if i < sent.end else sent[-1]


class SpanIndex:
    """Character spans (``(start, end)`` pairs, a rule's mentions) sorted by start once, with the
    furthest end reached up to each of them, so that which spans overlap a range is found by a
    binary search and a walk back over the spans that reach it, not a test of every span.

    An answer is the one of the scan it replaces over the spans as given (``any(s < end and start
    < e for s, e in spans)``; the indices in the order given). The walk back is short when spans
    seldom hold one another, as mentions do; one very long span makes it walk every span after
    it that starts before the range (a span that ends before ``start`` stops it only once no span
    before it reaches further)."""

    __slots__ = ("starts", "ends", "reach", "order")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        given = list(spans)
        self.order: list[int] = sorted(range(len(given)), key=lambda k: given[k])
        """The index in ``spans`` of each span, the spans sorted by start (then end)."""
        self.starts: list[int] = [given[k][0] for k in self.order]
        self.ends: list[int] = [given[k][1] for k in self.order]
        self.reach: list[int] = list(accumulate(self.ends, max))
        """The furthest end of the spans up to each one, in sorted order."""

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span starts before ``end`` and ends after ``start`` (it overlaps ``[start,
        end)``; with ``start == end`` it holds character ``start`` past its first one)."""
        i = bisect_left(self.starts, end)  # the spans starting before ``end``
        return bool(i) and self.reach[i - 1] > start

    def overlapping(self, start: int, end: int) -> list[int]:
        """The indices (in ``spans``, in their order) of the spans that start before ``end`` and
        end after ``start``."""
        reach, ends, order = self.reach, self.ends, self.order
        found = []
        k = bisect_left(self.starts, end) - 1
        while k >= 0 and reach[k] > start:
            if ends[k] > start:
                found.append(order[k])
            k -= 1
        found.sort()
        return found


def has_annotation(doc: Doc, attr: str) -> bool:
    """``doc.has_annotation(attr)``, worked out once per Doc and attribute.

    teia's components run after the components that annotate (tagger, parser, sentencizer), so
    the answer does not change while they read the Doc."""
    known = doc.user_data.setdefault(_ANNOTATED, {})
    if attr not in known:
        known[attr] = doc.has_annotation(attr)
    return known[attr]


_TREE = "teia.tree"
"""Key in ``Doc.user_data`` of the :func:`tree` answer."""


class Tree:
    """The dependency labels and children of every token of a parsed ``Doc``, read once from
    its arrays: ``Token.children`` walks the tokens between the token's left and right edges
    and builds a ``Token`` object for each child at each call, and rules ask for the children
    of the same tokens again and again, mostly to test their labels."""

    __slots__ = ("deps", "heads", "children")

    def __init__(self, doc: Doc) -> None:
        # the heads from the relative offsets, which the array holds as unsigned integers (a
        # negative offset wrapped round: read as signed)
        offsets = doc.to_array(HEAD).view(numpy.int64) if len(doc) else numpy.zeros(0, dtype=numpy.int64)
        heads = numpy.arange(len(offsets), dtype=numpy.int64) + offsets
        strings = doc.vocab.strings
        names: dict[int, str] = {}
        self.deps: list[str] = []
        """The dependency label of each token (``Token.dep_``)."""
        self.heads: list[int] = heads.tolist()
        """The index of each token's head (``Token.head.i``; a root is its own)."""
        self.children: list[list[int]] = [[] for _ in range(len(offsets))]
        """The indices of each token's children, in order (``Token.children``)."""
        for dep in doc.to_array(DEP).tolist() if len(doc) else []:
            name = names.get(dep)
            if name is None:
                name = names[dep] = strings[dep] if dep else ""
            self.deps.append(name)
        attached = numpy.flatnonzero(offsets)  # a root is its own head
        for i, head in zip(attached.tolist(), heads[attached].tolist()):
            self.children[head].append(i)


def tree(doc: Doc) -> Tree:
    """The :class:`Tree` of ``doc``, read once per Doc (teia's components read the parse and
    never change it)."""
    known = doc.user_data.get(_TREE)
    if known is None or len(known.deps) != len(doc):  # a Doc made from another one's user data
        known = doc.user_data[_TREE] = Tree(doc)
    return known


def dependents(tok: Token, labels: Collection[str]) -> list[Token]:
    """The children of ``tok`` whose dependency label is one of ``labels`` (a tuple or a set
    of labels, not one string), in order: ``[c for c in tok.children if c.dep_ in labels]``
    without a ``Token`` for the other children."""
    doc = tok.doc
    t = tree(doc)
    deps = t.deps
    return [doc[c] for c in t.children[tok.i] if deps[c] in labels]


def has_dependent(tok: Token, labels: Collection[str]) -> bool:
    """Whether a child of ``tok`` has one of ``labels`` (a tuple or a set of labels, not one
    string): ``any(c.dep_ in labels for c in tok.children)`` without a ``Token`` per child."""
    t = tree(tok.doc)
    deps = t.deps
    return any(deps[c] in labels for c in t.children[tok.i])


def head_past_space(doc: Doc, i: int) -> int:
    """The index of the head of token ``i``, a whitespace token there passed over to the word it
    hangs on: a parser hangs words on line breaks (``\\nVirgília enxugou os olhos`` with the line
    break the subject of ``enxugou`` and ``Virgília`` hung on it, the parser of a syntax encoder
    taught MAC-MORPHO's tags; the shipped one makes the line break a ``mark`` and ``Virgília``
    the subject), and a line break is no word (issue 17, P68n). A whitespace token that is its
    sentence's root stays the head."""
    t = tree(doc)
    words = doc_words(doc)
    head = t.heads[i]
    while head != i and words[head].isspace() and t.heads[head] != head:
        head = t.heads[head]
    return head


_MORPHS = "teia.morphs"
"""Key in ``Doc.user_data`` of every token's morphological analysis (its ``MORPH`` hash)."""

_FEATURE_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}
""":func:`morph_values` of an analysis (by its hash: the same in every ``Vocab``) and a field."""
_MAX_FEATURE_VALUES = 1 << 16
"""Entries :data:`_FEATURE_VALUES` holds at most (emptied when a new one would go beyond)."""


def morph_values(tok: Token, field: str) -> list[str]:
    """``tok.morph.get(field)``: the values of one feature of the token's morphology (``[]``
    when it has none). ``Token.morph`` makes an analysis object and ``get`` reads the field out
    of it at each call; here the analyses of a Doc are read once from its ``MORPH`` array and
    each distinct analysis and field asked of spaCy once."""
    doc = tok.doc
    morphs = doc.user_data.get(_MORPHS)
    if morphs is None or len(morphs) != len(doc):  # a Doc made from another one's user data
        morphs = doc.user_data[_MORPHS] = doc.to_array(MORPH).tolist() if len(doc) else []
    key = (morphs[tok.i], field)
    values = _FEATURE_VALUES.get(key)
    if values is None:
        if len(_FEATURE_VALUES) >= _MAX_FEATURE_VALUES:
            _FEATURE_VALUES.clear()
        values = _FEATURE_VALUES[key] = tuple(tok.morph.get(field))
    return list(values)


_ANSWER_KEYS = (_ANNOTATED, _TEXT, _BREAKS, _WORDS, _TREE, _MORPHS)
"""Every key of ``Doc.user_data`` under which this module keeps an answer."""


def forget_answers(doc: Doc) -> None:
    """Drop the answers this module kept in ``doc.user_data``: a Doc that is only a piece of another
    one (:func:`teia.extract.pieces.process_long`) needs none, and ``Doc.from_docs`` cannot merge them
    (it warns, W102, printing each whole text and word list it skips)."""
    for key in _ANSWER_KEYS:
        doc.user_data.pop(key, None)
