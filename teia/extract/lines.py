"""A web page's lines of their own start sentences (issue 17).

The shipped pipeline's sentence splitter (``senter``) reads a web page's headings, menus and
list lines as the start of the sentence that follows them (``Menu\\nInício\\nContactos\\nA casa
foi vendida``), the rules then read across them, and the tagger calls the line breaks
themselves verbs. :func:`line_starts` says, from the text alone, where a line is a unit of its
own, so that the next line starts a sentence:

* after a **blank line**, the next line starts a sentence (unless it opens in lower case: a
  sentence broken by a stray blank line);
* after a **single line break**, the next line starts a sentence when it opens with a capital
  letter or a list marker (:data:`~teia.extract.headings.BULLETS`, ``1.``, ``a)``) and the line
  before it ends with no punctuation (no ``.``, ``,``, ``:``, hyphen..., and no small word of a
  title: a wrapped line ends so) and is **short** (shorter than :data:`SHORT_SHARE` of the
  document's wide lines, :func:`wide_line`) or **title-like** (mostly capitalized words,
  :func:`~teia.extract.headings.mostly_capitalized`), unless both lines are verse (a run of short
  lines with a comma or a semicolon at the end of one of them, :func:`_verse_lines`).

Hard-wrapped prose (a paragraph cut at 70–80 columns, as Machado's books and the sample corpus
are written) is not cut: its lines are as wide as the document's wide lines, and a line of it
that ends before a name (``a Miss\\nDollar``) is neither short nor mostly capitalized. A line
ending with a colon is not cut from what follows (``murmurou consigo:\\n— Adeus, França!``).

:class:`LineBreaks` is the thin spaCy component (``teia_lines``), placed after the sentence
splitter and before the parser, which respects the sentence starts it sets; a line the splitter
already starts is left as it is. It also tags the
whitespace tokens ``SPACE`` (the tagger made line breaks verbs, nouns and numbers).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy
from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from teia.extract.docindex import doc_text
from teia.extract.headings import BULLETS, ITEM_NUMBER, TITLE_SMALL_WORDS, mostly_capitalized, title_words

__all__ = ["SHORT_SHARE", "VERSE_RUN", "LineBreaks", "line_starts", "wide_line"]

SHORT_SHARE = 0.6
"""A line shorter than this share of the document's wide lines is short (a heading, a menu
entry), not a line of wrapped prose."""

VERSE_RUN = 3
"""Fewest short lines in a row, one of them ending with a comma or a semicolon, read as verse
(:func:`_verse_lines`): their line breaks start no sentence."""

WIDE_QUANTILE = 0.9
"""The document's wide lines: the line length this share of its non-blank lines does not exceed."""

# what a line of running text, or a wrapped one, ends with
_LINE_END_PUNCT = frozenset(".,;:!?…-–—/([{\"'«“")
_CLOSING = "\"'»”’)]"


def wide_line(lengths: list[int]) -> int:
    """The length of the document's wide lines: the :data:`WIDE_QUANTILE` quantile of
    ``lengths`` (the non-blank lines' lengths); 0 for none."""
    if not lengths:
        return 0
    ordered = sorted(lengths)
    return ordered[min(len(ordered) - 1, int(WIDE_QUANTILE * len(ordered)))]


def line_starts(text: str) -> list[int]:
    """The character offsets in ``text`` of the lines that start a sentence (module docstring),
    in text order: the first non-blank character of each such line."""
    lines: list[tuple[int, str, bool]] = []  # (offset of the first character, stripped line, blank line before)
    blank = False
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lines.append((offset + len(raw) - len(raw.lstrip()), stripped, blank))
            blank = False
        elif lines:
            blank = True
        offset += len(raw) + 1
    if len(lines) < 2:
        return []
    short = SHORT_SHARE * wide_line([len(line) for _, line, _ in lines])
    verse = _verse_lines([line for _, line, _ in lines], [blank for _, _, blank in lines], short)
    out = []
    for k, ((_, before, _), (start, line, after_blank)) in enumerate(zip(lines, lines[1:])):
        if line[0].islower():
            continue
        if after_blank or (not verse[k] and _opens_unit(line) and _own_line(before, short)):
            out.append(start)
    return out


def _verse_lines(lines: list[str], after_blank: list[bool], short: float) -> list[bool]:
    """Which of the non-blank ``lines`` are lines of verse: a run of :data:`VERSE_RUN` or more short
    lines that are no headings (:func:`_verse_like`), with no blank line between them, one of which (not the last) ends with a comma or a
    semicolon. A poem quoted in a book breaks its sentences at line ends and capitalizes every
    line (``Ora do fuste, ora da ogiva\nSair parece;``); a menu or a list of headings has no
    commas at its line ends, and stays cut."""
    flags = [False] * len(lines)
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and _verse_like(lines[end], short) and (end == k or not after_blank[end]):
            end += 1
        if end - k >= VERSE_RUN and any(line.rstrip(_CLOSING)[-1:] in ",;" for line in lines[k : end - 1]):
            flags[k:end] = [True] * (end - k)
        k = max(end, k + 1)
    return flags


def _verse_like(line: str, short: float) -> bool:
    """A short line that is no heading (``A CAROLINA``, ``Machado de Assis``: every word but the
    small ones of a title capitalized): what a line of verse looks like (``Sair parece;``)."""
    if len(line) >= short:
        return False
    big = title_words(re.findall(r"\w+", line))
    return not big or not all(w[0].isupper() for w in big)


def _opens_unit(line: str) -> bool:
    """Whether a line opens as a sentence or a list item does: a capital letter or a list marker."""
    first = line.split(maxsplit=1)[0]
    return line[0].isupper() or first in BULLETS or line[0] in BULLETS or bool(ITEM_NUMBER.fullmatch(first))


def _own_line(line: str, short: float) -> bool:
    """Whether ``line`` (stripped) is a unit of its own: it ends with no punctuation and no small
    word of a title, and is short or mostly capitalized."""
    end = line.rstrip(_CLOSING) or line
    if end[-1] in _LINE_END_PUNCT:
        return False
    words = re.findall(r"\w+", line)
    if words and words[-1].lower() in TITLE_SMALL_WORDS:
        return False
    return len(line) < short or mostly_capitalized(words)


class LineBreaks:
    """Sets the sentence starts of :func:`line_starts` on a Doc and tags its whitespace ``SPACE``."""

    def __init__(self, nlp: Language | None = None, name: str = "teia_lines"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # the flags and offsets read from the Doc's arrays, a Token made only for a space
        for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
            tok = doc[i]
            tok.pos_ = "SPACE"
            tok.set_morph(None)
        starts = line_starts(doc_text(doc))
        if not starts:
            return doc
        idx = doc.to_array(IDX).tolist()
        for offset in starts:
            i = bisect_left(idx, offset)
            if i >= len(doc) or idx[i] != offset:  # the line opens inside a token: leave it
                continue
            j = i
            while j > 0 and doc[j - 1].is_space:
                j -= 1
            # a line the splitter already starts (at the line break before it or at its first
            # word) is left as it is; else the line break stays with the sentence it ends
            if not any(tok.is_sent_start for tok in doc[j : i + 1]):
                doc[i].is_sent_start = True
        return doc


@Language.factory("teia_lines")
def make_line_breaks(nlp: Language, name: str) -> LineBreaks:
    return LineBreaks(nlp, name)
