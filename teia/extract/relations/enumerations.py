"""Names that are items of one enumeration (issue 20): ``autores como Shakespeare, Byron e
Shelley``, ``palestras de Ana Souza (USP), Rui Lima (Unicamp) e Paulo Reis (UFRJ)``, ``o Brasil,
a Argentina e o Chile``. Two items of one list are named side by side, not related to each other:
whatever rule read a statement between them (a comma taken for an apposition, ``Shakespeare,
Byron`` → ``Byron partOf Shakespeare``; a bracket's name hung on the next item), it is no fact.

The list is read off the text of a sentence and its entity mentions, not off the parse (which
hangs the items of a long list on whatever comes near): an *item* is a mention, with the
mentions of a bracket right after it (``Ana Souza (USP)``: a statement inside one item, ``Ana
Souza`` and ``USP``, is kept); two items follow each other when only a comma, ``e``/``ou`` (after
a comma or not), an article (maybe with a gentilic after it: ``o liberiano George Weah (1995), o
brasileiro Romário (1994) ... e o alemão Lothar Matthaus``) and quotation marks stand between
them. A run of such items is an enumeration when ``e`` or ``ou`` joins two of them, or when
``etc`` or ``e outros`` closes it (``de Bazin, Metz, Deleuze, Arnheim, Bordwell e outros``,
``ilustrações de Debret, Rugendas etc``; P58c) (:func:`enumeration_items`). A run of names
joined by commas alone is no list but an address or an apposition (``Campinas, São Paulo,
Brasil``; ``o técnico do Flamengo, Carlinhos``), and a name after ``e`` that the parser made the
subject of a verb opens a new clause rather than going on with the list (``morou em Lisboa,
Portugal, e Pedro ficou``).

Only :func:`~teia.extract.relations.gates.plausible` asks (for every rule but ``reciprocal``,
which relates coordinated names on purpose: ``Audrey Hepburn e Mel Ferrer casaram``). On the
issue-20 slices at offset 9,000 (MAC-MORPHO 2,500 sentences, Wikipedia 1,200) it dropped 7
statements, all wrong (``Mickie Most, que produziu The Animals, Jeff Beck, Lulu e Donovan`` →
``Jeff Beck authorOf The Animals``; ``As cidades de Hamar, Gjøvik, e Lillehammer`` → ``Hamar
partOf Gjøvik``). The gentilic and the closing ``etc``/``e outros`` (issue 20, P58c) dropped 9
statements of HAREM I train and MAC-MORPHO source order 30,000–48,000, all wrong (``Romário
rel:figurar George Weah``, ``Ozu partOf Mizoguchi``, ``Monet partOf Gauguin``).
"""

from __future__ import annotations

import re

from teia.extract.demonyms import load_demonyms
from teia.extract.labels import NSUBJ, NSUBJ_PASS
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg

__all__ = ["enumeration_items", "same_enumeration"]

# what may stand between two items: a comma, "e"/"ou" (after a comma or not), then an article,
# maybe with a word after it that must be a gentilic ("o liberiano George Weah (1995), o
# brasileiro Romário (1994) ... e o alemão Lothar Matthaus": :func:`_gap`)
_GAP = re.compile(
    r"\s*[\"”»]?\s*(?:,\s*(?:(?:e|ou)\s+)?|(?:e|ou)\s+)(?:(?:o|a|os|as)\s+(?:(?P<adj>[^\W\d_]+(?:-[^\W\d_]+)*)\s+)?)?[\"“«]?\s*"
)
# what closes a list of names joined by commas alone: "de Bazin, Metz, Deleuze, Arnheim, Bordwell
# e outros", "ilustrações de Debret, Rugendas etc", "entre outros"
_CLOSER = re.compile(r"\s*,?\s*(?:etc\b|e\s+outr[oa]s\b|entre\s+outr[oa]s\b)")
_JOINED = re.compile(r"\b(?:e|ou)\s")
# a bracket right after an item's name: its names belong to the item
_BRACKET = re.compile(r"\s*\(([^()]*)\)")


def enumeration_items(start: int, end: int, ctx: Context) -> dict[int, tuple[int, int]]:
    """For the text ``[start, end)`` (a sentence), the start of each mention that is in an
    enumeration → (the enumeration's number, the item's number in it). Items are chained from
    left to right; a run breaks at a gap that is no list gap, and at an ``e``/``ou`` before an
    item whose name the parser made a subject (:func:`_opens_a_clause`). A run is an
    enumeration when ``e``/``ou`` joined two of its items or ``etc``/``e outros`` follows its
    last (:data:`_CLOSER`)."""
    text = ctx.text
    mentions = ctx.mentions_in(start, end)
    items: list[tuple[list[int], int]] = []  # (mention starts, end of the item)
    k = 0
    while k < len(mentions):
        m_start, m_end, _ = mentions[k]
        starts = [m_start]
        item_end = m_end
        k += 1
        bracket = _BRACKET.match(text, m_end, end)
        if bracket is not None:
            while k < len(mentions) and mentions[k][1] <= bracket.end():
                starts.append(mentions[k][0])
                k += 1
            item_end = bracket.end()
        items.append((starts, item_end))
    ends = {m[0]: m[1] for m in mentions}
    out: dict[int, tuple[int, int]] = {}
    run: list[list[int]] = [items[0][0]] if items else []
    joined = False
    number = 0

    def close() -> None:
        nonlocal number
        if joined and len(run) >= 2:
            for i, starts in enumerate(run):
                for s in starts:
                    out[s] = (number, i)
            number += 1

    for (before, before_end), (starts, _) in zip(items, items[1:]):
        gap = _gap(text, before_end, starts[0])
        with_and = gap is not None and _JOINED.search(gap) is not None
        if gap is None or (with_and and _opens_a_clause(starts[0], ends[starts[0]], ctx)):
            joined = joined or _CLOSER.match(text, before_end, end) is not None
            close()
            run, joined = [starts], False
            continue
        run.append(starts)
        joined = joined or with_and
    if items:
        joined = joined or _CLOSER.match(text, items[-1][1], end) is not None
    close()
    return out


def _gap(text: str, start: int, end: int) -> str | None:
    """The text ``[start, end)`` between two items when it is a list's gap (:data:`_GAP`): a
    word after the article must be a gentilic (``, o brasileiro Romário``), not any noun (``Pedro
    e o irmão João``: a kinsman named, no list of two)."""
    gap = _GAP.fullmatch(text, start, end)
    if gap is None or (gap.group("adj") and not load_demonyms().gentilic(gap.group("adj"))):
        return None
    return gap.group()


def _opens_a_clause(start: int, end: int, ctx: Context) -> bool:
    """Whether the name at ``[start, end)`` is parsed as the subject of a verb (``morou em Lisboa,
    Portugal, e Pedro ficou``), not as a conjunct of the list (``Hamar, Gjøvik, e Lillehammer
    situam-se``: ``Lillehammer`` a conjunct of ``Hamar``, the list's subject)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in (NSUBJ, NSUBJ_PASS)


def same_enumeration(a: Arg, b: Arg, ctx: Context) -> bool:
    """Whether ``a`` and ``b`` are names of two items of one enumeration of their sentence
    (:func:`enumeration_items`)."""
    if a.token.doc is not b.token.doc:
        return False
    sent = ctx.sentence(a.token)
    if not sent.start_char <= b.start < sent.end_char:
        return False
    items = enumeration_items(sent.start_char, sent.end_char, ctx)
    x, y = items.get(a.start), items.get(b.start)
    return x is not None and y is not None and x[0] == y[0] and x[1] != y[1]
