"""The ``teia_values`` spaCy component: amounts, percentages, measures and ordinal places as
``VALUE`` entities of ``doc.ents``.

The NER tags values (HAREM's ``VALOR``) well on the texts it was trained on and misses or cuts
them on others: a percentage after a verb (``cresce 99,73%``), an amount whose currency's sign it
typed a place (``por Cr$ 208,2 milhões``), a measure without its unit (``21`` of ``21 graus``),
an ordinal place (``o 3º leilão``), ``15 por cento`` read as a date. :func:`value_spans` reads
these shapes in the tokens, as HAREM writes them:

* a percentage: a number and ``%`` or ``por cento`` (``99,73%``, ``15 por cento``);
* an amount of money: a currency's sign and a number, maybe scaled (``Cr$ 208,2 milhões``, ``US$
  15 mil``, ``R$ 1,50``), or a number, maybe scaled, and a currency's word or a unit of account
  after it (``500 euros``, ``35 milhões de dólares``, ``120 mil contos``, ``7.635 URVs``);
* a measure: a number, maybe scaled, and a unit (``21 graus``, ``70 hectares``, ``230 mil metros
  quadrados``, ``1,35 milhão de toneladas``, ``18 anos``), or the two glued (``70kg``);
* a scaled number alone, the thing it counts left out (``6 milhões`` of ``6 milhões de judeus``);
* an ordinal place in digits (``3º``, ``31ª``, ``2.º``; not ``19º49'01``, a coordinate, nor a
  monarch's number right after a mention of his name, ``D. Pedro 2º``).

Each becomes a ``VALUE`` entity unless a time expression (``doc._.teia_times``) or one of
teia's mentions (``doc._.teia_mentions``: a name, a phone number) holds one of its characters:
the time component's durations (``durante 20 anos``) and the mention rules' names stay theirs.
A ``VALUE`` entity of the NER inside the shape grows to it (``21`` → ``21 graus``); one that
opens with it and goes on with words in lower case only drops them (``4,5 milhões de``, ``US$ 150
milhões até``, ``45 mil tratores``: HAREM leaves the thing counted out), a half kept (``99 anos e
meio``); any other that overlaps it stays as the NER has it. An entity of another label that overlaps the shape
holds no mention there (the mention rules cut amounts out of names): it gives way, and the
pieces of it around the value that hold a mention stay (``R$ 14,50 Trakl``/PER → ``R$
14,50``/VALUE and ``Trakl``/PER). The currencies' words and the units are data, the
``currency_words`` and ``measure_units`` tables of ``data/entities.json``
(:mod:`teia.extract.entity_words`); the currency's signs, the scales and the units of account are
those the mention rules read (:mod:`teia.extract.entities`).

The graph writes no value; the entities are the values a spaCy user reads in ``doc.ents`` and
those the HAREM scorers count (:func:`teia.eval.harem.system_mentions`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from teia.extract.characters import ORDINAL_INDICATORS
from teia.extract.docindex import SpanIndex
from teia.extract.entities import _AMOUNT_SCALES, _COUNT, _MONEY_SIGN, MENTIONS
from teia.extract.entity_words import EntityWords, entity_words
from teia.extract.labels import VALUE, normalize_category
from teia.extract.temporal import EXTENSION as TIMES

__all__ = ["ValueTagger", "value_spans"]

_PERCENT = re.compile(r"\d+(?:[.,]\d+)*%")
"""A percentage the tokenizer kept in one token (``40%``)."""
_ORDINAL = re.compile(rf"\d+\.?[{ORDINAL_INDICATORS}]")
"""An ordinal in digits, one token (``3º``, ``31ª``, ``2.º``)."""
_ORDINAL_MARKS = frozenset({*ORDINAL_INDICATORS, *(f".{sign}" for sign in ORDINAL_INDICATORS)})
"""The mark of an ordinal the tokenizer split from its number (``3 º``)."""
_GLUED_UNIT = re.compile(r"(\d+(?:[.,]\d+)*)([^\W\d_]+)")
"""A number and a unit written together (``70kg``, ``999Km``, ``9horas``)."""
_SIGNS_AFTER = frozenset("€£¥")
"""The currency's signs written after an amount as well as before it (``500 €``)."""
_UNIT_QUALIFIERS = frozenset(
    "quadrado quadrados quadrada quadradas cúbico cúbicos cúbica cúbicas centígrados celsius percentual percentuais náutica náuticas".split()
)
"""The words after a unit that make it another (``metros quadrados``, ``polegadas quadradas``,
``21 graus centígrados``, ``2 pontos percentuais``, ``3,2 milhas náuticas``)."""
_ARTICLE_WORDS = frozenset({"artigo", "artigos", "art.", "arts.", "n", "n.", "nº", "n.º"})
"""Words before an ordinal in digits that make it a law's article or a number, no place: HAREM
I's ``artigo 42 º`` is a work, ``Regulamento n º 1408`` one name."""
_LIST_JOINERS = frozenset({",", "e", "ou", "a"})
"""The words between the ordinals of a list (``artigos 42 º e 137 º``)."""
_LIST_REACH = 12
"""The most tokens read back over such a list."""
_COORDINATE_NEXT = frozenset({"'", "’", '"', "”", "′", "″"})
"""Marks after an ordinal-looking number that make it a coordinate's degrees (``19º 49'``)."""


def _money_unit(word: str, w: EntityWords) -> bool:
    """Whether ``word`` after a number makes it an amount: a currency's word, a unit of account or
    a sign written after the amount (``500 €``; not ``$``, which opens the next amount: ``Editora 34
    R$ 10,50``)."""
    low = word.lower()
    return low in w.currency_words or low in w.account_units or word in _SIGNS_AFTER


def _unit_end(doc: Doc, k: int, w: EntityWords) -> int | None:
    """The end of the currency's word or the unit at token ``k`` (``dólares``, ``metros
    quadrados``, ``€``), else None."""
    if k >= len(doc):
        return None
    word = doc[k].text
    if _money_unit(word, w):
        return k + 1
    if word.lower() in w.measure_units:
        return k + 2 if k + 1 < len(doc) and doc[k + 1].lower_ in _UNIT_QUALIFIERS else k + 1
    return None


def _after_number(doc: Doc, k: int, w: EntityWords) -> int:
    """The end of a value whose number ends right before token ``k``: its ``%``, ``por cento``,
    scale, currency or unit (``k`` itself when none follows)."""
    n = len(doc)
    if k < n and doc[k].text == "%":
        return k + 1
    if k + 1 < n and doc[k].lower_ == "por" and doc[k + 1].lower_ == "cento":
        return k + 2
    end = k
    if k < n and doc[k].lower_ in _AMOUNT_SCALES:
        end = k + 1
        if end + 1 < n and doc[end].lower_ == "de" and (unit := _unit_end(doc, end + 1, w)) is not None:
            return unit  # "35 milhões de dólares", "1,35 milhão de toneladas"
    unit = _unit_end(doc, end, w)
    return unit if unit is not None else end


def _ordinal_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the ordinal in digits of tokens ``[start, end)`` is a place or a rank (``o 3º
    leilão``, ``o 12º ano``): not a coordinate's degrees (``19º 49'``), the first word of a name
    (``o 5.º Exército``, ``a 31ª Exposição``), a floor after a street's number (``r. Rodrigo Silva,
    26, 5.º andar``: an address, which HAREM marks whole) nor a law's article, alone or in a list
    (``artigo 42 º``, ``artigos 42 º e 137 º``)."""
    if end < len(doc) and (doc[end].text in _COORDINATE_NEXT or doc[end].text[:1].isupper()):
        return False
    before = start - 2 if start >= 2 and doc[start - 1].text == "," else start - 1
    if before >= 0 and _COUNT.fullmatch(doc[before].text):
        return False
    k = start - 1
    while k >= max(0, start - _LIST_REACH) and (
        doc[k].lower_ in _LIST_JOINERS or doc[k].text in _ORDINAL_MARKS or _COUNT.fullmatch(doc[k].text) or _ORDINAL.fullmatch(doc[k].text)
    ):
        k -= 1  # back over the ordinals listed before this one
    return k < 0 or doc[k].lower_ not in _ARTICLE_WORDS


def value_spans(doc: Doc, w: EntityWords) -> list[tuple[int, int]]:
    """The token ranges ``(start, end)`` of the values :mod:`this module <teia.extract.values>`
    reads, in text order, none overlapping another (see the module's doc)."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    i = 0
    while i < n:
        text = doc[i].text
        span = None
        if _MONEY_SIGN.fullmatch(text) and i + 1 < n and _COUNT.fullmatch(doc[i + 1].text):
            end = i + 2
            if end < n and doc[end].lower_ in _AMOUNT_SCALES:
                end += 1
            span = (i, end)  # "Cr$ 208,2 milhões", "US$ 15 mil"
        elif _COUNT.fullmatch(text):
            nxt = doc[i + 1].text if i + 1 < n else ""
            if nxt in _ORDINAL_MARKS:
                if _ordinal_place(doc, i, i + 2):
                    span = (i, i + 2)  # "3 º"
            else:
                end = _after_number(doc, i + 1, w)
                if end > i + 1:
                    span = (i, end)
        elif _PERCENT.fullmatch(text):
            span = (i, i + 1)
        elif _ORDINAL.fullmatch(text):
            if _ordinal_place(doc, i, i + 1):
                span = (i, i + 1)
        elif (glued := _GLUED_UNIT.fullmatch(text)) and glued.group(2).lower() in w.measure_units:
            span = (i, i + 1)
        if span is None:
            i += 1
            continue
        out.append(span)
        i = span[1]
    return out


_HALF = frozenset({"meio", "meia"})
"""The word of a half after ``e`` that a value keeps (``99 anos e meio``)."""


def _loose_tail(ent: Span, start: int, end: int) -> bool:
    """Whether the NER's value ``ent`` is the value ``[start, end)`` with words in lower case after
    it that are none of it (``4,5 milhões de``, ``US$ 150 milhões até``, ``5% sobre``, ``45 mil
    tratores``: the thing counted, as HAREM leaves it out), which the value drops; not a half
    (``99 anos e meio``) nor a tail holding a number or a capital."""
    if ent.start != start or ent.end <= end:
        return False
    tail = ent.doc[end : ent.end]
    if len(tail) == 2 and tail[0].lower_ == "e" and tail[1].lower_ in _HALF:
        return False
    return all(t.is_alpha and t.is_lower for t in tail)


class _Taken:
    """The character ranges no value may touch: the time expressions and teia's mentions."""

    def __init__(self, doc: Doc) -> None:
        times = [(t.start_char, t.end_char) for t in doc._.get(TIMES) or ()]
        names = [(m.start, m.end) for m in doc._.get(MENTIONS) or ()]
        self.index = SpanIndex(times + names)
        self.name_ends = {b for _, b in names}

    def touches(self, start: int, end: int) -> bool:
        """Whether a range shares a character with ``[start, end)``."""
        return self.index.overlaps(start, end)


def mend_values(doc: Doc, w: EntityWords) -> None:
    """Set the values of :func:`value_spans` as ``VALUE`` entities of ``doc`` (see the module's doc)."""
    found = value_spans(doc, w)
    if not found:
        return
    taken = _Taken(doc)
    ents = list(doc.ents)
    ent_starts = [e.start for e in ents]
    ent_ends = [e.end for e in ents]  # the entities overlap none another: their ends are in order too
    values: list[tuple[int, int]] = []
    for start, end in found:
        span = doc[start:end]
        if taken.touches(span.start_char, span.end_char):
            continue  # a time expression's or a name's
        if span[-1].text[-1] in ORDINAL_INDICATORS and start > 0 and span.start_char - len(doc[start - 1].whitespace_) in taken.name_ends:
            continue  # a monarch's number after his name ("D. Pedro 2º", "Fernando 2º")
        near = ents[bisect_right(ent_ends, start) : bisect_left(ent_starts, end)]
        over = [e for e in near if normalize_category(e.label_) == VALUE]
        if any(not (start <= e.start and e.end <= end or _loose_tail(e, start, end)) or (e.start, e.end) == (start, end) for e in over):
            continue  # the NER has it, or a wider or crossing value of its own that stays
        values.append((start, end))
    if not values:
        return
    value_starts = [a for a, _ in values]
    value_ends = [b for _, b in values]
    out = [Span(doc, a, b, label=VALUE) for a, b in values]
    for ent in ents:
        inside = values[bisect_right(value_ends, ent.start) : bisect_left(value_starts, ent.end)]
        if not inside:
            out.append(ent)
        elif normalize_category(ent.label_) != VALUE:
            # an entity of another label gives way; its pieces around the values that hold a mention stay
            cuts = [ent.start] + [x for v in inside for x in v] + [ent.end]
            for a, b in zip(cuts[::2], cuts[1::2]):
                if a < b and taken.touches(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])):
                    out.append(Span(doc, a, b, label=ent.label_, kb_id=ent.kb_id_))
    doc.ents = sorted(out, key=lambda s: s.start)


class ValueTagger:
    """Mends the ``VALUE`` entities of a doc (see :mod:`teia.extract.values`)."""

    def __init__(self, words: EntityWords | None = None) -> None:
        self.words = words or entity_words()

    def __call__(self, doc: Doc) -> Doc:
        mend_values(doc, self.words)
        return doc


@Language.factory("teia_values", assigns=["doc.ents"], default_config={"lexicon_paths": []})
def make_value_tagger(nlp: Language, name: str, lexicon_paths: Iterable[str]) -> ValueTagger:
    """The component; ``lexicon_paths``: lexicon files whose ``entities`` section extends
    ``currency_words`` and ``measure_units`` (``data/entities.json``)."""
    paths = list(lexicon_paths)
    return ValueTagger(entity_words(*paths) if paths else None)
