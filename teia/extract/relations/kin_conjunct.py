"""A person and a relative of theirs joined by ``e`` (issue 20): ``Castor e seu sobrinho César``,
``Lula e sua mulher, Marisa Letícia``, ``Diana e sua irmã Sarah``, ``Diogo Garcia e seus filhos
Joaquim e João``.

``possessive-kin`` (:func:`~teia.extract.relations.genitive.possessive_kin`) gives a kinship
noun with ``seu``/``sua`` to the subject of its clause; here the possessor is the name the
noun is coordinated with, whoever the subject (``trabalhou para Castor e seu sobrinho César``:
César is Castor's nephew, not the worker's), and the parser seldom hangs the names where that
rule looks for them (``César`` an oblique of the main verb, ``irmão`` the subject). So
:func:`kin_conjunct_relations`, run after the rules, reads the text between two people's names
of a sentence: ``e``, a possessive, a kinship noun of the mapping (a noun whose ``de`` frame is
``relativeOf``: ``irmão``, ``mulher``, ``sobrinho``...; a plural read through its singular) and an
optional comma. In a list of people the ``e`` may follow a comma or be missing, and the first
person's age may stand between commas (``mataram José Lima, 52, seu filho, Pedro Lima, 17, e``,
``a diretora Ana Prado, e seu marido, Rui Prado``). The first person is ``relativeOf`` the
second; after a plural (``seus filhos``) every name of the list that follows, joined by a comma
or ``e``. Not when the first person is named after a possessive and a noun too (``nomeou sua
esposa Manlia e sua filha Dídia``, ``com sua esposa Régine e seu irmão William``), nor, in a
list, after an article and a kinship noun (``deixa a mulher, Marta, seu filho, Pedro``): both
are then the subject's kin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from teia.extract.docindex import doc_text, has_annotation
from teia.extract.entities import ENTITIES, doc_id_of
from teia.extract.labels import PER
from teia.extract.relations.found import text_relation
from teia.extract.relations.gaps import COMMA_OR_AND_GAP
from teia.extract.relations.gates import known_place_names
from teia.extract.relations.mapping import RelationMapping
from teia.records import Entity, Relation

__all__ = ["KIN_RULE", "claim_pair", "kin_conjunct_relations", "kin_known", "named_people"]

KIN_RULE = "kin-conj"
PREDICATE = "relativeOf"
CONFIDENCE = 0.7
# the text between the two names: "e seu sobrinho", "e sua mulher,"; in a list of people, a comma
# before it, the first person's age between commas ("X, 54, sua mulher, Y", "X, 27, e seu marido,
# Y"); group 1 the comma (None when only "e"), group 2 the possessive, group 3 the kinship noun
_GAP = re.compile(r"(?:\s*(,)(?:\s*\d{1,3}\s*,)?\s*(?:e\s+)?|\s+e\s+)(seu|sua|seus|suas)\s+([^\W\d_]+)\s*,?\s*")
# a possessive and a noun right before the first name: "sua esposa Manlia e sua filha Dídia"
_POSSESSED = re.compile(r"\b(?:seu|sua|seus|suas)\s+[^\W\d_]+\s*,?\s*$", re.IGNORECASE)
# an article and a noun right before the first name (group 1 the noun): "deixa a mulher, Maria,
# seu filho, João" lists the subject's kin, when that noun is a kinship noun
_ARTICLE_NOUN = re.compile(r"\b(?:o|a|os|as)\s+([^\W\d_]+)\s*,?\s*$", re.IGNORECASE)
_BEFORE = 40


_PEOPLE = "teia.named_people"
"""Key in ``Doc.user_data`` of the :func:`named_people` answer, with the entities it was read from."""


def named_people(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, entity id)`` of each capitalized mention of a person in ``doc``, in text
    order; none without entities or a dependency parse (the text readers of kin need both). Not
    a person whose label is a known place (:func:`~.gates.known_place_names`, asked once for
    them all: ``Kyoto``). Read once per Doc and entity list (three rules ask; callers only read
    the answer)."""
    entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
    if not entities or not has_annotation(doc, "DEP"):
        return []
    known = doc.user_data.get(_PEOPLE)
    if known is not None and known[0] is entities:
        return known[1]
    people = [e for e in entities if e.type == PER]
    places = known_place_names(e.label for e in people)
    found = sorted((m.start, m.end, e.id) for e in people if e.label not in places for m in e.mentions if m.text[:1].isupper())
    doc.user_data[_PEOPLE] = (entities, found)
    return found


def kin_known(known: Sequence[Relation]) -> set[tuple[int, str, str]]:
    """``(sentence start, subject, object)`` of each ``relativeOf`` statement of ``known``."""
    return {(r.evidence.sentence_start, r.subject, r.object) for r in known if r.predicate == PREDICATE}


def claim_pair(seen: set[tuple[int, str, str]], sentence_start: int, a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are not yet kin in the sentence starting at ``sentence_start``,
    in either order, by ``seen`` (:func:`kin_known` and the statements added since); if so, the
    pair is recorded in ``seen`` as ``a`` to ``b``."""
    if (sentence_start, a, b) in seen or (sentence_start, b, a) in seen:
        return False
    seen.add((sentence_start, a, b))
    return True


def kin_conjunct_relations(
    doc: Doc, known: Sequence[Relation], mapping: RelationMapping
) -> tuple[tuple[Relation, ...], tuple[Entity, ...]]:
    """The ``relativeOf`` statements of ``X e seu <kin> Y`` (module docstring), in text order,
    without those ``known`` holds for the sentence either way; no new node."""
    people = named_people(doc)
    if not people:
        return (), ()
    text = doc_text(doc)
    seen = kin_known(known)
    out: list[Relation] = []
    doc_id = doc_id_of(doc)
    for k, (start, end, person) in enumerate(people[:-1]):
        nxt = people[k + 1]
        gap = _GAP.fullmatch(text, end, nxt[0])
        if gap is None or not mapping.kin_noun(gap.group(3).lower()):
            continue
        if _POSSESSED.search(text, max(0, start - _BEFORE), start):
            continue  # "sua esposa Manlia e sua filha Dídia": both the subject's
        if gap.group(1) and (kin_before := _ARTICLE_NOUN.search(text, max(0, start - _BEFORE), start)) and mapping.kin_noun(kin_before.group(1).lower()):
            continue  # "deixa a mulher, Maria, seu filho, João": both the subject's
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or doc.char_span(nxt[0], nxt[1], alignment_mode="expand") is None:
            continue
        sent = span.sent
        if nxt[1] > sent.end_char:
            continue
        kin = [nxt]
        if gap.group(2).endswith("s"):  # "seus filhos Joaquim, Antônio e João"
            last = nxt[1]
            for other in people[k + 2 :]:
                if other[0] >= sent.end_char or not COMMA_OR_AND_GAP.fullmatch(text, last, other[0]):
                    break
                kin.append(other)
                last = other[1]
        trigger = (gap.start(3), gap.end(3))
        for ks, ke, relative in kin:
            if relative == person or not claim_pair(seen, sent.start_char, person, relative):
                continue
            out.append(text_relation(doc_id, sent, trigger, (person, start, end), (relative, ks, ke), PREDICATE, KIN_RULE, CONFIDENCE))
    return tuple(out), ()
