"""A name after a noun of its kind, then a comma and its place (issue 20): ``o frigorífico
Aurora, de Santa Catarina``, ``na boate Fred's, no Rio``, ``a fazenda Santo Agostinho, de São José
dos Campos``, ``o haras Carandá, de São Paulo``.

News names a firm, a farm or a venue by a common noun of its kind and its name, and places it
with a comma and ``de``/``em`` after the name. Where the NER typed the name an organization,
``genitive`` reads the ``de`` place as its seat; the NER often types these names people or
places (``Aurora``, ``Fred's``, ``Santo Agostinho``), and then no rule relates them. The noun
says what the name is, as it does in ``X é uma empresa de Y``: its frame in the mapping with a
``kind`` (``docs/relations.md``, *Mapping file*: ``frigorífico`` → ``headquarteredIn``, an
organization; ``fazenda`` → ``locatedIn``, a place) gives the predicate, whatever the NER's
category.

:func:`kind_place_relations`, run after the rules, reads the tokens: a lower-case singular noun
with a ``kind`` frame for the preposition (after an article, a preposition fused with one, or
nothing) and the mention of a name right after it, or a name of more than one word, not typed
an organization, whose first word is such a noun (``a Agropecuária Schwanck, de Uruguaiana``,
the name typed a person); then a comma, ``de``/``do``/``da`` or ``em``/``no``/``na``, and a
place's mention that closes the phrase (a comma, a bracket, a colon, a semicolon, a full stop or
the text's end after it). A site (a ``kind`` of place: ``fazenda``,
``estádio``, ``boate``) is in its ``em`` place even where the parser hangs the place on the verb
(``fazer a coreografia na boate Fred's, no Rio``: the act and the venue are both there); a firm
(a ``kind`` of organization) only in its ``de`` place: its ``em`` place is as often where the act
was (``assinou com a empresa X, em Brasília, um contrato``) or a branch's (``gerente do Banco do
Brasil, em Assis``). Not when a statement of the sentence relates the two already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from teia.extract.articles import FUSED_INDEFINITE, INDEFINITE_ARTICLES
from teia.extract.docindex import doc_text, has_annotation
from teia.extract.entities import ENTITIES, doc_id_of
from teia.extract.labels import LOC, ORG, PER
from teia.extract.relations.found import text_relation
from teia.extract.relations.mapping import RelationMapping
from teia.extract.relations.syntax import DEFINITE_ARTICLES, FUSED_DEFINITE
from teia.records import Entity, Relation

__all__ = ["KIND_PLACE_RULE", "kind_place_relations"]

KIND_PLACE_RULE = "kind-place"
CONFIDENCE = 0.7
_NAMED = frozenset({PER, ORG, LOC})
# the articles, alone or fused, of a singular noun: definite of any number, indefinite singular
_OPENERS = DEFINITE_ARTICLES | FUSED_DEFINITE | frozenset(w for w in INDEFINITE_ARTICLES | FUSED_INDEFINITE if not w.endswith("s"))
# the text between the name and its place (group 1 the preposition)
_BETWEEN = re.compile(r"\s*,\s*(de|do|da|em|no|na)\s+")
# what may follow the place: the phrase closes
_CLOSES = re.compile(r"\s*(?:[,.;:()]|$)")
_EM = frozenset({"em", "no", "na"})


def kind_place_relations(
    doc: Doc, known: Sequence[Relation], mapping: RelationMapping
) -> tuple[tuple[Relation, ...], tuple[Entity, ...]]:
    """The statements of ``<kind noun> <name>, de|em <place>`` (module docstring), in text
    order, without the pairs ``known`` relates in the sentence either way; no new node."""
    entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
    if not entities or not has_annotation(doc, "DEP"):
        return (), ()
    mentions = sorted((m.start, m.end, e.id, e.type) for e in entities if e.type in _NAMED for m in e.mentions)
    if len(mentions) < 2:
        return (), ()
    text = doc_text(doc)
    related = {(r.evidence.sentence_start, frozenset((r.subject, r.object))) for r in known}
    out: list[Relation] = []
    doc_id = doc_id_of(doc)
    for (start, end, name, ntype), (pstart, pend, place, ptype) in zip(mentions, mentions[1:]):
        if ptype != LOC or name == place or not text[pstart:pstart + 1].isupper():
            continue
        between = _BETWEEN.fullmatch(text, end, pstart)
        if between is None or not _CLOSES.match(text, pend):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        pspan = doc.char_span(pstart, pend, alignment_mode="expand")
        if span is None or pspan is None or pspan.sent != span.sent:
            continue
        noun = _kind_word(doc, span, ntype)
        if noun is None:
            continue
        prep = "em" if between.group(1) in _EM else "de"
        frame = mapping.noun(noun.lemma_.lower() if noun.text.islower() else noun.lower_, prep, obj=LOC)
        if frame is None or not frame.kind or frame.inverse or (prep == "em" and frame.kind != LOC):
            continue  # a firm's "em" place is its branch's or the act's: "do Banco do Brasil, em Assis"
        sent = span.sent
        if (sent.start_char, frozenset((name, place))) in related:
            continue
        related.add((sent.start_char, frozenset((name, place))))
        trigger = (noun.idx, noun.idx + len(noun.text))
        out.append(text_relation(doc_id, sent, trigger, (name, start, end), (place, pstart, pend), frame.predicate, KIND_PLACE_RULE, CONFIDENCE))
    return tuple(out), ()


def _kind_word(doc: Doc, span: Span, category: str) -> Token | None:
    """The token that may say what the name ``span`` (of the NER's ``category``) is: the
    lower-case singular noun right before it, with nothing of its own before it but an article,
    a preposition, a conjunction or a punctuation mark (``o frigorífico Aurora``; not ``a cidade
    natal Aurora``); or else, for a name the NER did not type an organization (whose own words
    the other rules read already), the name's first word when it has more than one (``a
    Agropecuária Schwanck``)."""
    if span.start > 0:
        noun = doc[span.start - 1]
        if noun.pos_ == "NOUN" and noun.text.islower() and noun.morph.get("Number") != ["Plur"]:
            before = doc[span.start - 2] if span.start >= 2 else None
            if before is None or before.lower_ in _OPENERS or before.pos_ in {"ADP", "PUNCT", "CCONJ"}:
                return noun
            return None
    return span[0] if category != ORG and len(span) > 1 and span[0].text[:1].isupper() else None
