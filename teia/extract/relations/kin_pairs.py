"""Both names after a kinship noun's ``de`` (issue 20): ``filho de James Taylor e Agnes Taylor``,
``filha de Luís XII de França e Ana da Bretanha``, ``filho de Celso Quintana e de Virgínia de
Miranda``, ``filho do casal Lijake Miyamoto e Hinako Aruha``, ``irmão de Pedro e Paulo``.

The rules often give the child the first parent only: the second name hangs from the first as a
conjunct the noun's frame does not reach, or the parser hangs it elsewhere. So
:func:`kin_pair_relations`, run after the rules, takes each ``relativeOf`` statement whose
trigger is a kinship noun of the mapping followed by ``de`` (``do``, ``da``...; or ``do casal``,
a noun of ``couple_nouns``) and then its object, and reads the text after that object: an
optional comma, ``e``, an optional ``de`` and another person's name in the same sentence. The
subject, a person, is ``relativeOf`` that person too. Not for a spouse's noun (``spouse_nouns``:
``a mulher de Pedro e Ana chegaram`` names two people, not two husbands), nor when anything else
stands between the names (``filha de Tomás Bolena, Conde de Wiltshire e de Isabel Howard``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from teia.extract.docindex import doc_text
from teia.extract.entities import doc_id_of
from teia.extract.relations.found import text_relation
from teia.extract.relations.kin_conjunct import claim_pair, kin_known, named_people
from teia.extract.relations.mapping import RelationMapping
from teia.records import Entity, Relation

__all__ = ["KIN_PAIR_RULE", "kin_pair_relations"]

KIN_PAIR_RULE = "kin-pair"
PREDICATE = "relativeOf"
CONFIDENCE = 0.7
# from the kinship noun to its object: "de", "do", "da"..., an optional couple noun (group 1)
# with an optional "de" and a word ("do casal de atores")
_TO_OBJECT = re.compile(r"\s+d(?:e|o|a|os|as)\s+(?:([^\W\d_]+)\s+(?:de\s+[^\W\d_]+\s+)?)?", re.IGNORECASE)
# from the object to the second name: an optional comma, "e", an optional "de"/"da"/"do"
_AND = re.compile(r"\s*,?\s*e\s+(?:d(?:e|o|a)\s+)?", re.IGNORECASE)


def kin_pair_relations(
    doc: Doc, known: Sequence[Relation], mapping: RelationMapping
) -> tuple[tuple[Relation, ...], tuple[Entity, ...]]:
    """The ``relativeOf`` statements of the second name of ``filho de X e Y`` (module docstring),
    in the order of ``known``, without those ``known`` holds for the sentence either way; no new
    node."""
    people = named_people(doc)
    if not people:
        return (), ()
    persons = {person for _, _, person in people}
    starts = {start: (end, person) for start, end, person in people}
    text = doc_text(doc)
    seen = kin_known(known)
    out: list[Relation] = []
    doc_id = doc_id_of(doc)
    for r in known:
        ev = r.evidence
        if r.predicate != PREDICATE or r.subject not in persons or min(ev.trigger_start, ev.object_start) < 0:
            continue
        noun = text[ev.trigger_start : ev.trigger_end].lower()
        single = noun[:-1] if noun.endswith("s") else noun
        if not mapping.kin_noun(noun) or noun in mapping.spouse_nouns or single in mapping.spouse_nouns:
            continue
        to_object = _TO_OBJECT.fullmatch(text, ev.trigger_end, ev.object_start)
        if to_object is None or (to_object.group(1) and to_object.group(1).lower() not in mapping.couple_nouns):
            continue
        second = _AND.match(text, ev.object_end)
        if second is None or second.end() not in starts:
            continue
        ye, other = starts[second.end()]
        if other in (r.subject, r.object) or ye > ev.sentence_end:
            continue
        if not claim_pair(seen, ev.sentence_start, r.subject, other):
            continue
        sent = doc.char_span(ev.sentence_start, ev.sentence_end, alignment_mode="expand")
        if sent is None:
            continue
        out.append(text_relation(doc_id, sent, (ev.trigger_start, ev.trigger_end), (r.subject, ev.subject_start, ev.subject_end), (other, second.end(), ye), PREDICATE, KIN_PAIR_RULE, CONFIDENCE))
    return tuple(out), ()
