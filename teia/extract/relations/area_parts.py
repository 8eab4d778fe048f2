"""A place named through a part of it, in a locative phrase (issue 20): ``localizado no norte do
estado do Rio Grande do Sul``, ``se localiza no centro do estado de Minas Gerais``, ``situado no
interior do estado de São Paulo``, ``nasceu no litoral da Bahia``.

Wikipedia's place stubs say where a town is through the part of the state it lies in; the
clause's argument is then the part's noun, whose entity nothing found, and the statement was
lost. A noun of a part of a place (an area noun of ``regions.json``'s ``areas`` that is no
division: ``norte``, ``centro-oeste``, ``interior``, ``litoral``, ``periferia``; a
division, ``no estado de``, is :mod:`.divisions`') after ``em`` and a definite article (``no``,
``na``: a part inside the place) names, for the clause, the place of its ``de`` complement
(:meth:`~.context.Context.entity`): what lies in a part of a place lies in the place. Not after
``a`` (``ao norte de Lisboa`` is outside it), nor without a preposition (``o norte do Brasil
sofre``: the part, not the country, is the subject), nor with an adjective (``no extremo norte``
is read as it was), nor ``costa``: a shore lies beside what it names (``na costa do Golfo
Pérsico``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from teia.extract.entities import place_noun
from teia.extract.labels import AMOD
from teia.extract.regions import load_regions
from teia.extract.relations.syntax import case_of, de_complement, definite_noun, lemma_of

__all__ = ["part_place"]

# a part of a place that lies beside it: "Dubai está situada na costa do Golfo Pérsico"
_BESIDE = frozenset({"costa"})


def part_place(tok: Token, preposition: Callable[[str], str]) -> Token | None:
    """The head of the ``de`` complement of the part-of-a-place noun ``tok`` in a locative phrase
    (``estado`` of ``no norte do estado do Paraná``), its first after it; ``None`` when ``tok`` is
    no such noun or has no such complement. ``preposition`` maps a case word to its preposition
    (``no`` -> ``em``)."""
    if tok.pos_ != "NOUN":
        return None
    lemma = lemma_of(tok)
    if lemma not in load_regions().areas or lemma in _BESIDE or place_noun(lemma):
        return None
    case = case_of(tok)
    if case is None or preposition(case.lemma_ or case.text) != "em":
        return None  # "ao norte de Lisboa": beside it
    if not definite_noun(tok):
        return None  # "em uma região de Goiás"
    if any(c.dep_ == AMOD for c in tok.children):
        return None
    return de_complement(tok, preposition)
