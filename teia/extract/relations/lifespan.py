"""Birth and death places in the brackets after a person's name, as encyclopedias write them
(issue 20): ``Fernando Pessoa (Lisboa, 13 de junho de 1888 — Lisboa, 30 de novembro de 1935)``,
``Carlos Drummond de Andrade (Itabira, 1902 — Rio de Janeiro, 1987)``, ``Chico Buarque (Rio de
Janeiro, 19 de junho de 1944)``.

The bracket is read off the text whatever the parse: one or two parts separated by a dash, each
a place (the first name of the part, the larger places after it left: ``Los Angeles,
Califórnia, 8 de julho de 1992``) and a date ending in a year, or a date alone. The first part gives
``bornIn``, the second ``diedIn``. :func:`lifespan_bracket` tells
:func:`~teia.extract.relations.nesting.surface_nesting` that such a bracket is no nesting (the
person is not of the nationality of the place where they died) and :func:`in_lifespan` tells the
apposition rule the same (nor is the birthplace part of the place of death).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from teia.extract.labels import LOC, PER
from teia.extract.relations.context import Context
from teia.extract.relations.found import ASSERTED, Arg, Found, make_found

__all__ = ["edition_bracket", "in_lifespan", "lifespan", "lifespan_bracket"]

# "(Lisboa, 13 de junho de 1888 — Lisboa, 30 de novembro de 1935)": group 1 the bracket's text
_BRACKET = re.compile(r"\s*\(([^()]{4,160})\)")
# a date ending in a year: "1888", "c. 1265", "13 de junho de 1888", "15 de fevereiro, 1984"
_DAY_MONTH = r"\d{1,2}º?\s+de\s+[^\W\d_]+\s*(?:de|,)\s*"
_DATE = rf"(?:c\.\s*)?(?:{_DAY_MONTH})?\d{{3,4}}"
# one part: a place (group 1), at most two larger places after it ("Los Angeles, Califórnia"),
# a comma, a date; or a date alone (a death whose place is not given)
_PART = re.compile(rf"\s*([^,;:()\d]{{2,60}}?)(?:\s*,\s*[^,;:()\d]{{2,40}}?){{0,2}}\s*,\s*{_DATE}\s*")
_DATE_ONLY = re.compile(rf"\s*{_DATE}\s*")
_FULL_DATE = re.compile(rf"{_DAY_MONTH}\d{{3,4}}")
_DASH = re.compile(r"\s*[—–]\s*|\s+-\s+")


def _parts(inner: str) -> list[tuple[int, int] | None] | None:
    """The spans (in ``inner``) of the place of each part (None for a part that is a date alone),
    or None when it is no lifespan."""
    pieces = _DASH.split(inner)
    if not 1 <= len(pieces) <= 2:
        return None
    out: list[tuple[int, int] | None] = []
    pos = 0
    for k, piece in enumerate(pieces):
        start = inner.index(piece, pos)
        hit = _PART.fullmatch(piece)
        if hit is not None:
            out.append((start + hit.start(1), start + hit.end(1)))
        elif _DATE_ONLY.fullmatch(piece):
            out.append(None)
        else:
            return None
        pos = start + len(piece)
    return out if any(out) else None


# the words before an author's name after a work's title: '" Roughing It ", de', 'Cultura e tradução, de'
_AUTHOR_AFTER_TITLE = re.compile(r",\s*de\s+$")
# a bracket of one place and a bare year
_BARE_YEAR = re.compile(r"[^,;:()\d]{2,60}?\s*,\s*\d{4}\s*")


def edition_bracket(text: str, start: int, inner: str) -> bool:
    """Whether the bracket ``inner`` after the person named at ``start`` is a book's edition (a
    publisher and a year) rather than a lifespan: one place-like name and a bare year, and the
    name an author's after a title and ``, de`` (``" Roughing It ", de Mark Twain (Signet,
    1987)``, ``A Prova do Estrangeiro, de Antoine Berman (Gallimard, 1984)``: no birthplace)."""
    return _BARE_YEAR.fullmatch(inner) is not None and _AUTHOR_AFTER_TITLE.search(text, max(0, start - 8), start) is not None


def lifespan_bracket(text: str, end: int, *, dated: bool = False) -> bool:
    """Whether the text after ``end`` (the end of a name) is a lifespan bracket; with ``dated``,
    one with a day and a month (``(Monte Alegre, 11 de agosto de 1983)``: a person's, whatever
    the NER typed the name, where ``(São Paulo, 1987)`` may be a company's or a book's)."""
    hit = _BRACKET.match(text, end)
    if hit is None or _parts(hit.group(1)) is None:
        return False
    return not dated or _FULL_DATE.search(hit.group(1)) is not None


def in_lifespan(arg: Arg, ctx: Context) -> bool:
    """Whether ``arg`` is a person followed by a lifespan bracket, or a name inside one (after a
    name of another category, a bracket with a day and a month: :func:`lifespan_bracket`)."""
    if lifespan_bracket(ctx.text, arg.end, dated=ctx.category.get(arg.entity) != PER):
        return True
    k = ctx.text.rfind("(", 0, arg.start)
    if k < 0 or ")" in ctx.text[k : arg.start]:
        return False
    before = ctx.mention(k - 1, k) if k > 0 else None
    if before is None and k > 1:
        before = ctx.mention(k - 2, k - 1)  # "Pessoa (Lisboa": a space before the bracket
    return before is not None and lifespan_bracket(ctx.text, before[1], dated=ctx.category.get(before[2]) != PER)


def lifespan(tok: Token, ctx: Context) -> list[Found]:
    """``Fernando Pessoa (Lisboa, 13 de junho de 1888 — Lisboa, 1935)`` → bornIn, diedIn."""
    first = ctx.mention(tok.idx, tok.idx + len(tok.text))
    if first is None or first[0] != tok.idx or ctx.category.get(first[2]) != PER:
        return []
    hit = _BRACKET.match(ctx.text, first[1])
    if hit is None:
        return []
    parts = _parts(hit.group(1))
    if parts is None or edition_bracket(ctx.text, first[0], hit.group(1)):
        return []
    sent = tok.sent
    person = Arg(first[2], first[0], first[1], tok)
    out = []
    for span, predicate in zip(parts, ("bornIn", "diedIn")):
        if span is None:
            continue  # "(Juiz de Fora, 1937 — 24 de novembro de 2010)": no place of death
        start, end = hit.start(1) + span[0], hit.start(1) + span[1]
        place = next((m for m in ctx.mentions_in(start, end + 1) if m[0] == start), None)
        if place is None or ctx.category.get(place[2]) != LOC or place[2] == first[2]:
            continue
        trigger = ctx.offsets.token_in(sent, start)
        out.append(make_found(person, predicate, Arg(place[2], place[0], place[1], trigger), trigger, "lifespan", None, True, ASSERTED, None))
    return out
