"""Lifespan brackets, read off the text: ``Fernando Pessoa (Lisboa, 13 de junho de 1888 — Lisboa,
30 de novembro de 1935)``, ``Carlos Drummond de Andrade (Itabira, 1902 — Rio de Janeiro, 1987)``,
``Willie Hall (Memphis, Tennessee, 8 de agosto de 1950)``.

One or two parts separated by a dash, each a place (the first name of the part, at most two
larger places after it: ``Los Angeles, Califórnia, 8 de julho de 1992``) and a date ending in a
year, or a full date and then the place (``27 de agosto de 1956, Paddington, Londres``, ``8 de
outubro de 1987 em Montfermeil``), or a date alone. No spaCy here: the relation rule
(:mod:`teia.extract.relations.lifespan`, ``bornIn``/``diedIn``) and the entity rules
(:func:`lifespan_places`, the places' type) both read the brackets from these functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from teia.extract.characters import MASCULINE_ORDINAL_SIGNS
from teia.extract.docindex import SpanIndex
from teia.extract.labels import CONCEPT, EVENT, LOC, MISC, ORG, PER
from teia.extract.timex.lexicon import MONTHS
from teia.records import Mention

__all__ = ["BRACKET", "LINK_WORD", "bracket_after", "edition_bracket", "lifespan_bracket", "lifespan_parts", "lifespan_places", "part_places", "post_nominal"]

# a place's disambiguation in brackets, as a Wikipedia title writes it and a lifespan copies it
# from the link: "Lexington (Kentucky)", "Norden (Baixa Saxônia)"
_TITLE_BRACKET = r"\([^,;:()\d]{2,40}\)"
BRACKET = re.compile(rf"\s*,?\s*\(((?:[^()]|{_TITLE_BRACKET}){{4,160}})\)")
"""A bracket right after a name, or after the comma that closes the name's apposition
(``Clarice Niskier, (Rio de Janeiro, 12 de setembro de 1959)``, ``Dennis Coles, mais conhecido
por Ghostface Killah, (Staten Island, ...)``); group 1 its text, which may hold the brackets of a
place's title (``Thomas Hunt Morgan (Lexington (Kentucky), 25 de Setembro de 1866 — Pasadena,
...)``)."""
# the letters of honours and degrees, a generation, written between a name and its bracket
# ("Rebecca Adlington, OBE (Mansfield, ...)", "Stanley Tucci, Jr. (Peekskill, ...)", "William
# Kingdon Clifford FRS (Exeter, ...)", "Sousa Franco GC C &bull; GC SE (Oeiras, ...)")
_POST_NOMINAL = r"(?:[A-Z]{1,5}\b\.?|Jr\.|&bull;)"
_POST_NOMINALS = re.compile(rf"(?:\s*,?\s*{_POST_NOMINAL})+(?=\s*,?\s*\()")
_POST_NOMINAL_NAME = re.compile(rf"{_POST_NOMINAL}(?:\s*,?\s*{_POST_NOMINAL})*")
# a date ending in a year: "1888", "c. 1265", "13 de junho de 1888", "15 de fevereiro, 1984",
# a month and a year ("janeiro de 1977": a month of time-words.json, any case)
# (also "1° de abril", and "23 de dezembro 1896" without the "de" before the year)
_DAY_MONTH = rf"\d{{1,2}}[{MASCULINE_ORDINAL_SIGNS}]?\s+de\s+[^\W\d_]+\s*(?:de|,)?\s*"
_MONTH_YEAR = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+de\s+"
_DATE = rf"(?:c\.\s*)?(?:{_DAY_MONTH}|{_MONTH_YEAR})?\d{{3,4}}"
# one part: a place (group 1), at most two larger places after it ("Los Angeles, Califórnia";
# group 2 ends where they end), each place perhaps with its title's bracket ("Lexington
# (Kentucky)"), a comma or a semicolon ("Paris; 21 de dezembro de 1969") or,
# before a day and a month, a space alone ("Rio de Janeiro 10 de novembro de 1935"), then maybe
# "em" or "dia" ("São Paulo, SP, em 11 de setembro de 1965", "Cidade do México dia 16 de
# dezembro de 1971"), a date (group 3); or a date alone (a death whose place is not given)
_ON = r"(?:(?i:em|no\s+dia|dia)\s+)?"
_PART = re.compile(
    rf"\s*([^,;:()\d]{{2,60}}?)((?:\s*{_TITLE_BRACKET})?(?:\s*,\s*[^,;:()\d]{{2,40}}?(?:\s*{_TITLE_BRACKET})?){{0,2}}?)"
    rf"(?:\s*[,;]\s*{_ON}|\s+{_ON}(?={_DAY_MONTH}\d))({_DATE})\s*"
)
# or the date first, then the place after a comma or "em" ("27 de agosto de 1956, Paddington,
# Londres", "8 de outubro de 1987 em Montfermeil", "nascido no dia 2 de maio de 1980 em
# Montreal"): a full date (a day, a month, a year), so that "(1987, Paris)" stays no lifespan
_BORN = r"(?:(?i:n\.|nascid[oa])\s+(?:(?i:no\s+dia|a|em)\s+)?)?"
_PART_DATE_FIRST = re.compile(
    rf"\s*{_BORN}{_DAY_MONTH}\d{{3,4}}\s*(?:,\s*(?:(?:em|n[oa]s?)\s+)?|\s(?:em|n[oa]s?)\s+)([^,;:()\d]{{2,60}}?)((?:\s*,\s*[^,;:()\d]{{2,40}}?){{0,2}})\s*"
)
_DATE_ONLY = re.compile(rf"\s*{_DATE}\s*")
# a place and at most two larger places, no date, and a full date alone: the two sides of a dash
# that stands where a comma would ("Dorohoi, Romênia - 14 de setembro de 1944")
_PLACES_ONLY = re.compile(r"\s*([^,;:()\d]{2,60}?)((?:\s*,\s*[^,;:()\d]{2,40}?){0,2})\s*")
_FULL_DATE_ONLY = re.compile(rf"\s*{_DAY_MONTH}\d{{3,4}}\s*")
_FULL_DATE = re.compile(rf"{_DAY_MONTH}\d{{3,4}}")
# a dash between birth and death, also as the HTML entity a scraped page may keep ("&mdash;")
# ("––" doubled), a hyphen between spaces, or one right after a year ("Mossoró,19 de março de
# 1929- Aracaju") or right before the "?" of an unknown death ("Lamego, 1864 -?")
_DASH = re.compile(r"\s*(?:[—–]+|&[mn]dash;)\s*|\s+-\s+|(?<=\d)-\s+|\s+-(?=\?)")
# what follows the dash when no death is given: a living person's, or an unknown one ("Xangai,
# 1934 - ", "Landau, 20 de agosto de 1876 - ?")
_OPEN_END = re.compile(r"\s*\??\s*")
LINK_WORD = "URLTOKEN"
"""The word the scraped Wikipedia text (DBpedia-PT's abstracts) writes for a link's address, alone
or before the link's title (``[URLTOKEN Biografia]``, ``URLTOKEN Francisco Gattorno se une...``)."""
# a link the scraped text keeps after a date ("15 de julho de 1932 [URLTOKEN Biografia] -"), read
# as blanks of its length so that the offsets stay the text's
_LINK = re.compile(r"\[" + LINK_WORD + r"[^\[\]]*\]")
# the words before an author's name after a work's title: '" Roughing It ", de', 'Cultura e tradução, de'
_AUTHOR_AFTER_TITLE = re.compile(r",\s*de\s+$")
# a bracket of one place and a bare year
_BARE_YEAR = re.compile(r"[^,;:()\d]{2,60}?\s*,\s*\d{4}\s*")
# a place's name: capitalized words, the particles of place names between them
# ("Rio das Pedras", "Frankfurt am Main", "Rionero in Vulture", "Cidade do México")
# a name in a part's piece between commas: the text around a title's bracket, and the bracket's
_NAME_IN_PIECE = re.compile(r"[^\s()](?:[^()]*[^\s()])?")
_PARTICLES = frozenset("de da do das dos del della di du des von van der am an in sur en le la los las e y".split())
_WORD = re.compile(r"\S+")


def _parts(inner: str, *, place_first: bool = False) -> list[tuple[int, int, int] | None] | None:
    """Per part of the bracket's text ``inner``: the span of its place and where the text of its
    places (the part's own, then the larger ones) ends (None for a part that is a date alone), or
    None when it is no lifespan. A part may give its date first (:data:`_PART_DATE_FIRST`)
    unless ``place_first``."""
    inner = _LINK.sub(lambda link: " " * len(link.group()), inner)
    pieces = _DASH.split(inner)
    if not 1 <= len(pieces) <= 2:
        return None
    if len(pieces) == 2 and (born := _PLACES_ONLY.fullmatch(pieces[0])) is not None and _FULL_DATE_ONLY.fullmatch(pieces[1]):
        # "(Dorohoi, Romênia - 14 de setembro de 1944)": a birthplace and its full date across a dash
        return [(born.start(1), born.end(1), born.end(2))]
    out: list[tuple[int, int, int] | None] = []
    pos = 0
    for k, piece in enumerate(pieces):
        start = inner.index(piece, pos)
        hit = _PART.fullmatch(piece)
        late = None if hit is not None or place_first else _PART_DATE_FIRST.fullmatch(piece)
        if hit is not None:
            out.append((start + hit.start(1), start + hit.end(1), start + hit.end(2)))
        elif k == 1 and _OPEN_END.fullmatch(piece):
            out.append(None)
        elif late is not None:
            out.append((start + late.start(1), start + late.end(1), start + late.end(2)))
        elif _DATE_ONLY.fullmatch(piece):
            out.append(None)
        else:
            return None
        pos = start + len(piece)
    return out if any(out) else None


def post_nominal(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` is honours' letters or a generation (``OBE``, ``GC
    SE``, ``Jr.``) after a comma or a capitalized word, the end of a person's name: a bracket after
    them dates that person (``Rebecca Adlington, OBE (Mansfield, ...)``), not them; not a nickname
    in capitals after ``como`` or ``ou`` (``mais conhecido como RZA, (Brownsville, ...)``)."""
    if _POST_NOMINAL_NAME.fullmatch(text, start, end) is None:
        return False
    before = text[:start].rstrip()
    return before.endswith(",") or before.rsplit(None, 1)[-1][:1].isupper() if before else False


def bracket_after(text: str, end: int) -> re.Match[str] | None:
    """The bracket (:data:`BRACKET`) right after ``end``, the end of a name, or after the honours'
    letters that follow the name (``Rebecca Adlington, OBE (Mansfield, ...)``)."""
    hit = BRACKET.match(text, end)
    if hit is None and (letters := _POST_NOMINALS.match(text, end)) is not None:
        hit = BRACKET.match(text, letters.end())
    return hit


def lifespan_parts(inner: str) -> list[tuple[int, int] | None] | None:
    """The parts of a lifespan, read off a bracket's text ``inner``: per part (birth, then death)
    the span (in ``inner``) of its own place, None for a part that is a date alone; None when
    ``inner`` is no lifespan. (The places a bracket lists after a place are another rule's,
    :mod:`teia.extract.relations.bracket_parts`.)"""
    parts = _parts(inner)
    return None if parts is None else [None if p is None else (p[0], p[1]) for p in parts]


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
    hit = bracket_after(text, end)
    if hit is None or _parts(hit.group(1), place_first=dated) is None:
        return False  # with ``dated``, the place first: "(3 de março de 2000, Lisboa)" may date a film
    return not dated or _FULL_DATE.search(hit.group(1)) is not None


def _place_shaped(name: str) -> bool:
    """Capitalized words, with the particles of place names between them (not ``morreu perto de
    Trieste``, not a name in a script without capitals)."""
    words = _WORD.findall(name)
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)
        and words[-1].lower() not in _PARTICLES
    )


def part_places(text: str, start: int, end: int) -> list[list[tuple[int, int]]] | None:
    """The places of a lifespan bracket right after the name at ``start``–``end``, as text offsets, per part (birth,
    then death): the part's own place first, the larger places after it (``Memphis, Tennessee``);
    a part whose places are not all shaped like names gives none. None when no lifespan bracket
    follows, or an edition's (:func:`edition_bracket`)."""
    hit = bracket_after(text, end)
    if hit is None:
        return None
    inner = hit.group(1)
    parts = _parts(inner)
    if parts is None or edition_bracket(text, start, inner):
        return None
    base = hit.start(1)
    out: list[list[tuple[int, int]]] = []
    for part in parts:
        places: list[tuple[int, int]] = []
        if part is not None:
            a, b, last = part
            pos = a
            for piece in inner[a:last].rstrip().rstrip(",").split(","):
                # "Lexington (Kentucky)": the place and the one its title's bracket names
                for name in _NAME_IN_PIECE.finditer(piece):
                    places.append((base + pos + name.start(), base + pos + name.end()))
                pos += len(piece) + 1
            if not all(_place_shaped(text[s:e]) for s, e in places):
                places = []
        out.append(places)
    return out


_OTHER_KINDS = frozenset({LOC, ORG, EVENT, MISC, CONCEPT})


def _person(text: str, m: Mention) -> Mention:
    """``m``, a person's mention when the NER typed it otherwise and a lifespan bracket with a
    day and a month follows it, its first part naming a place (``Jô (Rio de Janeiro, 16 de janeiro
    de 1938)``, ``Vitória do Reino Unido (Londres, 24 de maio de 1819 — East Cowes, ...)``, a
    nickname or a monarch's name typed a place); not a name before a comma and the bracket (the
    bracket may be the name's before it), not a name in capitals (``OBE (Bremen, ...``:
    an honour after the person's name), nor one the knowledge base linked."""
    if m.category not in _OTHER_KINDS or m.kb_id or m.text.isupper() or post_nominal(text, m.start, m.end) or not lifespan_bracket(text, m.end, dated=True):
        return m
    if "," in text[m.end : text.index("(", m.end)]:
        return m  # "X, segundo barão de Palmeiras, (Paty do Alferes, ...)": after a comma, the bracket may be another name's
    parts = part_places(text, m.start, m.end)
    if not parts or not parts[0]:
        return m
    return Mention(m.doc_id, m.start, m.end, m.text, PER, "rule")


def lifespan_places(text: str, mentions: Sequence[Mention], doc_id: str) -> list[Mention]:
    """``mentions`` with the places of the lifespan bracket after each person's name
    (:func:`part_places`) made places: a name there that the NER typed otherwise, cut or missed
    becomes a place mention of its own (source ``"rule"``, so no vote over the document's other
    mentions of the name takes it back): ``Olympia Dukakis (Lowell, 20 de junho de 1931)``,
    ``Otto Hahn (Frankfurt am Main, 8 de março de 1879 — Göttingen, 28 de julho de 1968)``,
    ``Walter Bruce Willis (Idar-Oberstein, 19 de março de 1955)``. A name the knowledge base
    linked keeps its mention. The name before a bracket with a day, a month and a place is a
    person's, whatever the NER typed it (:func:`_person`)."""
    mentions = [_person(text, m) for m in mentions]
    places: list[tuple[int, int]] = []
    for m in mentions:
        if m.category != PER or post_nominal(text, m.start, m.end):
            continue  # "Rebecca Adlington, OBE (Mansfield, ...)": the bracket is read after the name
        for part in part_places(text, m.start, m.end) or ():
            places.extend(part)
    if not places:
        return mentions
    drop: set[int] = set()
    added: list[Mention] = []
    taken = SpanIndex((m.start, m.end) for m in mentions)
    for s, e in places:
        over = taken.overlapping(s, e)  # the mentions touching the place (no walk over the document's)
        if any(mentions[k].kb_id or not (s <= mentions[k].start and mentions[k].end <= e) for k in over):
            continue  # a linked name, or one running past the place's (left as it is)
        if len(over) == 1 and (mentions[over[0]].start, mentions[over[0]].end) == (s, e) and mentions[over[0]].category == LOC:
            continue
        drop.update(over)
        added.append(Mention(doc_id, s, e, text[s:e], LOC, "rule"))
    out = [m for k, m in enumerate(mentions) if k not in drop] + added
    return sorted(out, key=lambda m: (m.start, m.end))
