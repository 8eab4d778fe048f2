"""Two people named as a couple (issue 20): ``o casal Paulo Goulart e Nicete Bruno``, ``filho do
casal Jan Janszoon Post e Francyntie Peters``, ``o casal de atores X e Y``.

Nothing in the parse says that the two names after ``casal`` are married: the second is a
conjunct of the first, the first the noun's apposition or ``de`` complement. So
:func:`couple_relations`, run after the rules, reads the text: a noun of ``couple_nouns``
(``relations.json``), an optional ``de`` and one word (``casal de atores``), a person's name,
``e`` and another person's name in the same sentence. The first is ``relativeOf`` the second.
Not when anything else stands between the names (``o casal Alois Hitler e sua terceira e última
mulher Klara Pölzl``: ``kin-conj``'s or nobody's), nor a surname alone followed by another
person (``o casal Ricupero``: one name for both).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from teia.extract.docindex import doc_text
from teia.extract.entities import doc_id_of
from teia.extract.relations.found import text_relation
from teia.extract.relations.gaps import AND_GAP
from teia.extract.relations.kin_conjunct import claim_pair, kin_known, named_people
from teia.extract.relations.mapping import RelationMapping
from teia.records import Entity, Relation

__all__ = ["COUPLE_RULE", "couple_relations"]

COUPLE_RULE = "couple"
PREDICATE = "relativeOf"
CONFIDENCE = 0.7
# the words right before the first name: the couple noun (group 1), an optional "de" and a word
_BEFORE_NAME = re.compile(r"\b([^\W\d_]+)\s+(?:de\s+[^\W\d_]+\s+)?$", re.IGNORECASE)
_BEFORE = 30


def couple_relations(
    doc: Doc, known: Sequence[Relation], mapping: RelationMapping
) -> tuple[tuple[Relation, ...], tuple[Entity, ...]]:
    """The ``relativeOf`` statements of ``o casal X e Y`` (module docstring), in text order,
    without those ``known`` holds for the sentence either way; no new node."""
    people = named_people(doc) if mapping.couple_nouns else []
    if not people:
        return (), ()
    text = doc_text(doc)
    seen = kin_known(known)
    out: list[Relation] = []
    doc_id = doc_id_of(doc)
    for k, (start, end, person) in enumerate(people[:-1]):
        noun = _BEFORE_NAME.search(text, max(0, start - _BEFORE), start)
        if noun is None or noun.group(1).lower() not in mapping.couple_nouns:
            continue
        ys, ye, partner = people[k + 1]
        if partner == person or not AND_GAP.fullmatch(text, end, ys):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        if ye > sent.end_char or noun.start() < sent.start_char:
            continue
        if not claim_pair(seen, sent.start_char, person, partner):
            continue
        out.append(text_relation(doc_id, sent, noun.span(1), (person, start, end), (partner, ys, ye), PREDICATE, COUPLE_RULE, CONFIDENCE))
    return tuple(out), ()
