"""One reader for the Second HAREM XML collections (TEMPO track, ReRelEM).

A collection (``<colHAREM>``) holds ``<DOC DOCID=...>`` documents whose ``<P>`` paragraphs
contain ``<EM ID CATEG TIPO SUBTIPO COREL TIPOREL TEMPO_REF VAL_NORM>`` mentions.
:func:`read_harem` turns each document into plain text with the gold mentions as character
offsets in that text:

* **Text.** Every run of XML whitespace becomes one space, each ``<P>``/``</P>`` starts a new
  line (never two in a row, never at the start), character entities are decoded. The text is
  returned as built: it usually ends with the newline of the last ``</P>``.
* **Mentions** are stripped of surrounding whitespace; empty ones are dropped. Every attribute
  the evaluators use is kept as written (``CATEG="A|B"`` stays ``"A|B"``, see
  :attr:`HaremMention.categories`); ``COREL`` and ``TIPOREL`` are split on whitespace into
  parallel tuples.
* ``<OMITIDO>`` regions are returned as ``(start, end)`` spans; mentions inside are returned
  with ``omitted=True`` (callers decide whether to drop them).
* ``<ALT>a | b</ALT>`` (``|`` inside an ``<EM>`` tag's text does not split), two behaviours:

  - ``alternatives="first"`` (default): the text of the first alternative is kept; mentions of
    every alternative are returned with ``alt=(group, index)``, the ones of the other
    alternatives placed in the first one's text (same offsets when the alternative's text is
    the same, else by searching the mention's text; not found: dropped).
    :attr:`HaremDocument.alternatives` gives the number of alternatives of each group.
  - ``alternatives="most_mentions"``: the alternative with the most ``<EM>`` tags (the first
    on a tie) replaces the ALT, as if the others were not there; its mentions have
    ``alt=None``.

Two further documented options reproduce what the evaluators have always done:

* ``attach_closing_punctuation=True`` drops the space before a word starting with closing
  punctuation (``.,;:!?)]»``): ``"Reforma Protestante ."`` becomes ``"Reforma Protestante."``
  (relations, so that the parser sees ordinary text).
* ``omitted_start="after_space"`` starts an omitted span after the space pending at the
  ``<OMITIDO>`` tag (TEMPO); ``"at_tag"`` (default) starts it at the current end of the text.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from teia.errors import InputError, read_text

__all__ = ["HaremDocument", "HaremMention", "read_harem", "relation_type"]


@dataclass(frozen=True)
class HaremMention:
    """One gold ``<EM>``: offsets in :attr:`HaremDocument.text` and its attributes as written."""

    id: str
    start: int
    end: int
    text: str
    categ: str = ""
    tipo: str = ""
    subtipo: str = ""
    tempo_ref: str = ""
    val_norm: str = ""
    corel: tuple[str, ...] = ()
    tiporel: tuple[str, ...] = ()
    alt: tuple[int, int] | None = None  # (ALT group, alternative), None outside ALTs
    omitted: bool = False  # inside <OMITIDO>
    has_id: bool = False  # the tag has an ID attribute (possibly empty)

    @property
    def categories(self) -> tuple[str, ...]:
        """``CATEG`` split on ``|`` (vague mentions), empty items dropped."""
        return tuple(c for c in self.categ.split("|") if c)


@dataclass(frozen=True)
class HaremDocument:
    id: str
    text: str
    mentions: tuple[HaremMention, ...] = ()
    omitted: tuple[tuple[int, int], ...] = ()
    alternatives: tuple[int, ...] = ()  # number of alternatives of each ALT group ("first" mode)


def relation_type(tiporel: str) -> str:
    """A ``TIPOREL`` item: ``ident`` as is, ``CAT**ident**ID**CAT`` -> ``ident``."""
    if "**" in tiporel:
        parts = tiporel.split("**")
        return parts[1] if len(parts) > 1 else tiporel
    return tiporel


_TOKEN = re.compile(r"<[^>]*>|[^<]+")
_ATTR = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')
_TAG = re.compile(r"<\s*(/?)\s*([\w:-]+)")
_WS = re.compile(r"(\s+)")
_DOC = re.compile(r"<DOC\b([^>]*)>(.*?)</DOC>", re.S)
_CLOSING = frozenset(".,;:!?)]»")


class _Text:
    """Plain text with collapsed whitespace, built piece by piece."""

    def __init__(self, prefix: str = "", pending: bool = False, glue: bool = False) -> None:
        self.buf = [prefix] if prefix else []
        self.n = len(prefix)
        self.pending = pending
        self.glue = glue

    def add(self, text: str) -> None:
        for piece in _WS.split(text):
            if not piece:
                continue
            if piece.isspace():
                self.pending = True
                continue
            if self.glue and piece[0] in _CLOSING:
                self.pending = False
            self._space()
            self.buf.append(piece)
            self.n += len(piece)

    def _space(self) -> None:
        if self.pending and self.n and not self.buf[-1].endswith("\n"):
            self.buf.append(" ")
            self.n += 1
        self.pending = False

    def open_mention(self) -> int:
        self._space()
        return self.n

    def newline(self) -> None:
        if self.n and not self.buf[-1].endswith("\n"):
            self.buf.append("\n")
            self.n += 1
        self.pending = False

    def value(self) -> str:
        return "".join(self.buf)


def _tag(tok: str) -> tuple[bool, str] | None:
    """``(closing, TAG)`` of a tag token, None for text."""
    if not tok.startswith("<"):
        return None
    m = _TAG.match(tok)
    return (m.group(1) == "/", m.group(2).upper()) if m else (False, "")


def _mention(attrs: dict[str, str], start: int, text: str, alt, omitted: bool) -> HaremMention:
    return HaremMention(
        id=attrs.get("ID", ""),
        start=start,
        end=start + len(text),
        text=text,
        categ=attrs.get("CATEG", ""),
        tipo=attrs.get("TIPO", ""),
        subtipo=attrs.get("SUBTIPO", ""),
        tempo_ref=attrs.get("TEMPO_REF", ""),
        val_norm=attrs.get("VAL_NORM", ""),
        corel=tuple(attrs.get("COREL", "").split()),
        tiporel=tuple(attrs.get("TIPOREL", "").split()),
        alt=alt,
        omitted=omitted,
        has_id="ID" in attrs,
    )


class _Reader:
    def __init__(self, glue: bool, omitted_start: str) -> None:
        self.text = _Text(glue=glue)
        self.glue = glue
        self.skip_space = omitted_start == "after_space"
        self.mentions: list[HaremMention] = []
        self.omitted: list[tuple[int, int]] = []
        self.omit_starts: list[int] = []
        self.depth = 0
        self.groups: list[int] = []

    def walk(self, tokens: Sequence[str], text: _Text, alt, stack: list, omitido: bool = True) -> list[HaremMention]:
        out: list[HaremMention] = []
        for tok in tokens:
            tag = _tag(tok)
            if tag is None:
                text.add(html.unescape(tok))
                continue
            closing, name = tag
            if name == "P":
                text.newline()
            elif name == "OMITIDO" and omitido:
                if closing:
                    self.depth = max(0, self.depth - 1)
                    if self.omit_starts:
                        self.omitted.append((self.omit_starts.pop(), text.n))
                elif not tok.rstrip().endswith("/>"):
                    self.depth += 1
                    extra = 1 if self.skip_space and text.pending and text.n else 0
                    self.omit_starts.append(text.n + extra)
            elif name == "EM":
                if not closing:
                    stack.append((text.open_mention(), dict(_ATTR.findall(tok))))
                elif stack:
                    start, attrs = stack.pop()
                    span = text.value()[start:]
                    body = span.strip()
                    if body:
                        lead = len(span) - len(span.lstrip())
                        out.append(_mention(attrs, start + lead, body, alt, self.depth > 0))
        return out


def _split_alternatives(tokens: Sequence[str]) -> list[list[str]]:
    """The tokens of ``<ALT>...</ALT>`` split on ``|`` outside ``<EM>`` elements."""
    alts: list[list[str]] = [[]]
    depth = 0
    for tok in tokens:
        tag = _tag(tok)
        if tag is not None:
            if tag[1] == "EM":
                depth += -1 if tag[0] else 1
            alts[-1].append(tok)
            continue
        if depth or "|" not in tok:
            alts[-1].append(tok)
            continue
        for k, piece in enumerate(tok.split("|")):
            if k:
                alts.append([])
            if piece:
                alts[-1].append(piece)
    return alts


def _n_em(tokens: Sequence[str]) -> int:
    return sum(1 for t in tokens if re.match(r"<\s*EM\b", t, re.I))


def _read_doc(doc_id: str, body: str, alternatives: str, glue: bool, omitted_start: str) -> HaremDocument:
    r = _Reader(glue, omitted_start)
    text = r.text
    tokens = _TOKEN.findall(body)
    stack: list = []
    i = 0
    while i < len(tokens):
        tag = _tag(tokens[i])
        if tag != (False, "ALT"):
            r.mentions.extend(r.walk(tokens[i : i + 1], text, None, stack))
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _tag(tokens[j]) != (True, "ALT"):
            j += 1
        alts = _split_alternatives(tokens[i + 1 : j])
        i = j + 1
        if alternatives == "most_mentions":
            r.mentions.extend(r.walk(max(alts, key=_n_em), text, None, stack))
            continue
        group = len(r.groups)
        r.groups.append(len(alts))
        before, pending = text.value(), text.pending
        r.mentions.extend(r.walk(alts[0], text, (group, 0), [], omitido=False))
        first = text.value()
        for k, alt in enumerate(alts[1:], 1):
            sub = _Text(before, pending, glue)
            found = r.walk(alt, sub, (group, k), [], omitido=False)
            if sub.value().rstrip() == first.rstrip():
                r.mentions.extend(found)
                continue
            region = first[len(before) :]  # the alternative's text differs: place mentions by their text
            for m in found:
                pos = region.find(m.text)
                if pos >= 0:
                    s = len(before) + pos
                    r.mentions.append(replace(m, start=s, end=s + len(m.text)))
    return HaremDocument(doc_id, text.value(), tuple(r.mentions), tuple(r.omitted), tuple(r.groups))


def read_harem(
    path: str | Path,
    *,
    alternatives: Literal["first", "most_mentions"] = "first",
    attach_closing_punctuation: bool = False,
    omitted_start: Literal["at_tag", "after_space"] = "at_tag",
) -> list[HaremDocument]:
    """Read a HAREM XML collection; see the module docstring for the options.

    Raises :class:`teia.errors.InputError` naming the file when it is missing, unreadable, not
    well-formed XML or has no ``<DOC>``.
    """
    if alternatives not in ("first", "most_mentions"):
        raise ValueError(f"alternatives must be 'first' or 'most_mentions', not {alternatives!r}")
    if omitted_start not in ("at_tag", "after_space"):
        raise ValueError(f"omitted_start must be 'at_tag' or 'after_space', not {omitted_start!r}")
    p = Path(path)
    raw = read_text(p, "HAREM file")
    try:
        ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as exc:
        raise InputError(f"{p}: malformed HAREM XML ({exc})") from None
    docs = []
    for m in _DOC.finditer(raw):
        doc_id = dict(_ATTR.findall(m.group(1))).get("DOCID", f"doc{len(docs)}")
        docs.append(_read_doc(doc_id, m.group(2), alternatives, attach_closing_punctuation, omitted_start))
    if not docs:
        raise InputError(f"{p}: no <DOC> elements (not a HAREM collection?)")
    return docs
