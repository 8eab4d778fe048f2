"""Nationality from a demonym in the predicate of ``ser`` (issue 20): ``Marco Rossi (Seravezza,
1978) é um futebolista italiano``, ``Nataniel Costa foi um professor, escritor e diplomata
português``, ``Hugo Gross é brasileiro`` → ``nationality(person, country)``.

Encyclopedias open a biography this way, and the rules relate nothing there: the predicate
noun (``futebolista``) names no entity. Read from the parse: a person's name whose head token is
the subject (``nsubj``) of a predicate with a copula (``cop``); the predicate, the nouns
coordinated with it (``professor, escritor e diplomata``) and the adjectives on any of them
(``amod``) hold one demonym of ``teia/extract/data/demonyms.json`` (several countries, ``hispano
- argentina``, give nothing). A predicate that names a place, a group or a thing rather than a
person (``é um município brasileiro``, ``foi uma banda inglesa``: the ``not_person_nouns`` of
that file) gives nothing either, whatever the NER called its subject. The country's node is the
document's or a new one without mentions, as for :mod:`~teia.extract.relations.demonyms`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from teia.extract.docindex import doc_text, has_annotation
from teia.extract.entities import ENTITIES, doc_id_of
from teia.extract.labels import AMOD, APPOS, CONJ, COP, NSUBJ, PER
from teia.extract.demonyms import load_demonyms
from teia.extract.relations.demonyms import CountryNodes
from teia.extract.relations.found import text_relation
from teia.extract.relations.gates import byline_name
from teia.extract.relations.syntax import lemma_of
from teia.records import Entity, Relation

__all__ = ["COPULA_DEMONYM_RULE", "copula_demonym_relations"]

COPULA_DEMONYM_RULE = "copula-demonym"
PREDICATE = "nationality"
CONFIDENCE = 0.85
_LIST_DEPS = frozenset({CONJ, APPOS})


def _name_head(doc: Doc, start: int, end: int) -> Token:
    """The token of the name ``[start, end)`` whose head lies outside it."""
    tok = doc[start]
    while start <= tok.head.i < end and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _demonyms(pred: Token, countries: dict[str, str]) -> list[Token]:
    """The demonym tokens of a predicate: the predicate itself, the nouns coordinated with it or
    set beside it (``conj``, ``appos``: the parser's readings of ``professor, escritor e
    diplomata``, two levels down), and the adjectives on any of them."""
    heads = frontier = [pred]
    for _ in range(2):
        frontier = [c for h in frontier for c in h.children if c.dep_ in _LIST_DEPS]
        heads = heads + frontier
    found = []
    for h in heads:
        if h.text in countries:
            found.append(h)
        for c in h.children:
            if c.dep_ == AMOD and c.text in countries:
                # and the demonyms coordinated with it: ``turca e norte-americana``
                found += [c, *(d for d in c.children if d.dep_ == CONJ and d.text in countries)]
    return found


def copula_demonym_relations(doc: Doc, known: Sequence[Relation]) -> tuple[tuple[Relation, ...], tuple[Entity, ...]]:
    """The ``nationality`` statements of the doc's copula predicates with a demonym (module
    docstring), in text order, without those ``known`` already holds for the same sentence; and
    the new country entities they point to."""
    entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
    if not entities or not has_annotation(doc, "DEP"):
        return (), ()
    lexicon = load_demonyms()
    text = doc_text(doc)
    nodes = CountryNodes(entities, lexicon)
    seen = {(r.evidence.sentence_start, r.subject, r.predicate, r.object) for r in known}
    out: list[Relation] = []
    doc_id = doc_id_of(doc)
    mentions = sorted((m.start, m.end, e.id) for e in entities if e.type == PER for m in e.mentions if m.text[:1].isupper())
    for cs, ce, person in mentions:
        span = doc.char_span(cs, ce, alignment_mode="expand")
        if span is None:
            continue
        head = _name_head(doc, span.start, span.end)
        pred = head.head
        # the cheap tests first: a subject of a predicate with a copula
        if head.dep_ != NSUBJ or pred.i == head.i or not any(c.dep_ == COP for c in pred.children):
            continue
        if lemma_of(pred) in lexicon.not_person_nouns:
            continue
        found = _demonyms(pred, lexicon.countries)
        if not found or len({lexicon.countries[t.text] for t in found}) != 1:
            continue
        if byline_name(text, cs, ce):
            continue
        demonym = found[0]
        country_id = nodes.node(lexicon.countries[demonym.text])
        sent = pred.sent
        key = (sent.start_char, person, PREDICATE, country_id)
        if key in seen or person == country_id:
            continue
        seen.add(key)
        ds, de = demonym.idx, demonym.idx + len(demonym.text)
        out.append(text_relation(doc_id, sent, (ds, de), (person, cs, ce), (country_id, ds, de), PREDICATE, COPULA_DEMONYM_RULE, CONFIDENCE))
    return tuple(out), nodes.used_by(out)
