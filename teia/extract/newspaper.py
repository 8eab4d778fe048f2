"""A newspaper archive's page furniture and newsroom desks (issues 17 and 20).

MAC-MORPHO's Folha de São Paulo keeps, between one article and the next, the page's furniture
(``Editoria: Esporte PáGINA: 4-3``, ``Editoria: Mais! PáGINA: Especial A-1``) and a pointer to a
page (``PÁG. 5``), and after a headline the byline's newsroom desk (``Da Reportagem Local``,
``Da Redação``, ``Da Sucursal do Rio``, ``Da Agência Folha``). The sentence splitter leaves them
glued to the headline before and the text after them, so the NER takes their capitalized words
into names (``Confete Editoria``, ``RICARDO BONALUME Neto Da Reportagem Local``, ``Reportagem
Local Parece``) and the parser into clauses. A byline may also give the writer's newsroom title
after the name (``Paulo Coelho Colunista da Folha``, ``Clóvis Rossi Enviado especial a Brasília``,
:data:`NEWSROOM_TITLE`), and the NER runs the writer, the title and the text's first name into one
name. This module names these pieces once: the relation gates read no statement over them
(:mod:`teia.extract.relations.gates`) and the entity rules no name in them
(:func:`off_the_furniture`; :mod:`teia.extract.entities` cuts a name at a newsroom title).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from teia.extract.labels import LOC, PER
from teia.records import Mention, as_category, with_span

__all__ = [
    "BYLINE",
    "BYLINE_WORDS",
    "DESK",
    "ENVOY",
    "FURNITURE",
    "NEWSROOM_TITLE",
    "PAGE_HEADER",
    "PAGE_POINTER",
    "SHOUTED",
    "off_the_furniture",
]

PAGE_HEADER = re.compile(
    r"\bEditoria\s*:\s*\S+(?:\s+\S+){0,2}?\s+P[áÁ]GINA\s*:?\s*(?:Especial\s+)?(?:[A-Z]-)?\d+(?:-\d+)?",
    re.IGNORECASE,
)
"""A page's header: its section and number (``Editoria: Esporte PáGINA: 4-3``, ``Editoria: Mais!
PáGINA: 6-7``). The archive prints the article's headline right before it and again right after it
(``Confete Editoria: Mais PáGINA: 6-2 Confete O bonitão ...``)."""

PAGE_POINTER = re.compile(r"\bP(?:[ÁA]G|ág)\.(?:\s*\d+(?:-\d+)?)?", re.IGNORECASE)
"""A pointer to a page: ``PÁG. 5``, ``Pág. 4-2``."""

FURNITURE = re.compile(f"{PAGE_HEADER.pattern}|{PAGE_POINTER.pattern}", re.IGNORECASE)
"""A page's furniture: its header (:data:`PAGE_HEADER`) or a pointer to a page (:data:`PAGE_POINTER`)."""

DESK = re.compile(
    r"\bD[ao]\s+(?:Reportagem\s+Local|Redação|Sucursal\s+d[eoa]s?\s+(?P<branch>[^\W\d_]+)|(?P<agency>Agência\s+Folha))\b"
)
"""A byline's newsroom desk: ``Da Reportagem Local``, ``Da Redação``, ``Da Sucursal do Rio`` (the
branch's town, group ``branch``), ``Da Agência Folha`` (the agency, group ``agency``)."""


BYLINE_WORDS = r"(?:Especial|Free-lance|Freelance|Colaboração)"
"""The word of a byline before ``para`` and the paper (``JOSÉ Reis Especial para a Folha``, ``Free-lance
para o Público``)."""

BYLINE = re.compile(rf"\b{BYLINE_WORDS}(?=\s+para\b)")
"""A byline's word, as the paper prints it (capitalized), right before its ``para``."""

ENVOY = r"Enviad[oa]s?\s+especia(?:l|is)"
"""A special envoy's byline title (``Enviado especial a Dallas``, ``Enviada especial a São José dos
Campos``), any case."""

NEWSROOM_TITLE = re.compile(
    rf"\b(?:Colunista|Articulista|Repórter|Correspondente|{ENVOY}|(?:Sub)?[Ee]ditora?(?:-(?:adjunt[oa]|assistente|conjunt[oa]|executiv[oa]|chefe))?"
    r"|Diretora?|Coordenadora?|Secretári[oa])\s+(?:d[aoe]s?|em|n[oa]s?|a|ao|à|para)(?=\s+[A-ZÀ-Ý])"
)
"""A writer's newsroom title as a byline prints it after the name, capitalized, with the preposition of
its desk, paper or town before a capital: ``Colunista da Folha``, ``Editor da Folha Norte``,
``Diretor da Sucursal de Brasília``, ``Coordenadora de Economia da Sucursal``, ``Enviado especial a
Brasília``, ``Correspondente em Paris``. The title is also an institution's word (``Mesa Diretora da
Câmara``, ``Editora da Unicamp``): the entity rules cut a name at it only after a person's name."""

SHOUTED = re.compile(r"\b[A-ZÀ-Ý]{3,}\b")
"""A word in capitals, three letters or more: how a byline prints its writer's name (``CLÓVIS ROSSI``,
``BARBARA FREITAG Especial para a Folha``)."""
"""A word in capitals, as a byline prints its writer's name (``JOSÉ Reis``, ``Francis FUKUYAMA``)."""


def _cut(m: Mention, start: int, end: int) -> Mention | None:
    """``m`` cut to the characters ``start`` to ``end`` of the document, its spaces trimmed; None
    when nothing with a letter is left."""
    rel_start, rel_end = max(start, m.start) - m.start, min(end, m.end) - m.start
    if rel_end <= rel_start:
        return None
    piece = m.text[rel_start:rel_end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if not any(ch.isalpha() for ch in piece):
        return None
    if piece == m.text:
        return m
    at = m.start + rel_start + lead
    return with_span(m, at, at + len(piece), piece)


def off_the_furniture(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions of ``text`` with no word of a page's furniture or a desk (module docstring):

    * a mention that runs into a page's header (:data:`PAGE_HEADER`) from before it is dropped: the
      NER joined the headline's last words to the header's (``Confete Editoria``, ``Benjamin
      Editoria``), and the archive prints that headline again right after the header, where its
      names are found; a mention inside the header is dropped (``Editoria``, the section ``Mais``),
      and one running past its end keeps its words after it;
    * a pointer to a page (:data:`PAGE_POINTER`) is cut out of a mention, which keeps its words
      before and after it;
    * a mention overlapping a desk (:data:`DESK`) keeps its words before the desk, the writer
      (``RICARDO BONALUME Neto Da Reportagem Local`` → ``RICARDO BONALUME Neto``; ``Guerra do
      Paraguai Da Reportagem Local Comércio`` → ``Guerra do Paraguai``), and those of the desk's
      branch or agency (``Da Sucursal do Rio Turista`` → ``Rio``); the rest, the desk's words and
      those of the text after it, is no name (``Da Reportagem Local Parece piada`` → nothing);
    * a byline's word (:data:`BYLINE`) is cut from the writer's name before it, and a name so cut
      that holds a word in capitals, as bylines print a writer, is a person's (``CONTARDO CALLIGARIS
      Especial para a Folha``/ORG → ``CONTARDO CALLIGARIS``/PER); the word alone is no name.

    The text is read once, and each mention meets only the pieces it overlaps; a document with no
    furniture comes back as it is."""
    headers = [(h.start(), h.end(), _off_header, h) for h in PAGE_HEADER.finditer(text)] if "ditoria" in text.lower() else []
    pointers = [(p.start(), p.end(), _off_pointer, p) for p in PAGE_POINTER.finditer(text)]
    desks = [(d.start(), d.end(), _off_desk, d) for d in DESK.finditer(text)] if " D" in text else []
    bylines = [(b.start(), b.end(), _off_byline, b) for b in BYLINE.finditer(text)] if " para" in text else []
    pieces_of_page = sorted([*headers, *pointers, *desks, *bylines], key=lambda x: x[:2])
    if not pieces_of_page:
        return list(mentions)
    ends = list(accumulate((end for _, end, _, _ in pieces_of_page), max))  # a running maximum: searchable
    out: list[Mention] = []
    for m in mentions:
        first = bisect_right(ends, m.start)  # the first piece that may end after the mention starts
        pieces: list[Mention] = [m]
        for k in range(first, len(pieces_of_page)):  # no copy of the list's tail per mention
            start, end, off, match = pieces_of_page[k]
            if start >= m.end:
                break
            pieces = [p for q in pieces for p in off(q, match) if p is not None]
        out.extend(pieces)
    return out


def _off_header(m: Mention, header: re.Match) -> list[Mention | None]:
    start, end = header.span()
    if not (m.start < end and start < m.end):
        return [m]
    if m.start < start:
        return []  # the headline glued to the header: printed again after it
    return [_cut(m, end, m.end)] if m.end > end else []


def _off_pointer(m: Mention, pointer: re.Match) -> list[Mention | None]:
    start, end = pointer.span()
    if not (m.start < end and start < m.end):
        return [m]
    return [_cut(m, m.start, start), _cut(m, end, m.end)]


def _off_byline(m: Mention, byline: re.Match) -> list[Mention | None]:
    start, end = byline.span()
    if not (m.start < end and start < m.end):
        return [m]
    writer = _cut(m, m.start, start)
    if writer is None or writer.category == PER or not SHOUTED.search(writer.text):
        return [writer]
    return [as_category(writer, PER)]


def _off_desk(m: Mention, desk: re.Match) -> list[Mention | None]:
    if not (m.start < desk.end() and desk.start() < m.end):
        return [m]
    kept = [_cut(m, m.start, desk.start())]
    name = "branch" if desk.group("branch") else "agency" if desk.group("agency") else None
    if name is not None and m.start < desk.end(name) and desk.start(name) < m.end:
        piece = _cut(m, desk.start(name), desk.end(name))
        # "Da Sucursal de Brasília": the branch's town, a place, whatever the NER made of the desk
        kept.append(as_category(piece, LOC) if piece is not None and name == "branch" else piece)
    return kept
