"""Units and bodies a role belongs to, named by a common-noun phrase (issue 20).

``X, comandante do exército do sul``, ``o presidente do conselho, Y``, ``X foi nomeado chefe da
frente norte``: the role rules (:func:`~teia.extract.relations.nominal.appos_title`,
:func:`~teia.extract.relations.nominal.xcomp_noun`,
:func:`~teia.extract.relations.nominal.copula_noun`) relate a person to the entity a role
noun's ``de`` complement names, so a unit no NER or gazetteer calls a name was a dropped fact.
:func:`unit_entities` runs before them: the complement of a role noun of the mapping
(``comandante``, ``chefe``, ``presidente``, ``membro``... with ``de``) headed by a unit noun of
``teia/extract/data/units.json`` and covered by no entity becomes an ``ORG`` entity whose label
is the phrase (``exército do sul``); a military head (``exército``, ``frente``, ``divisão``)
marks its mention with :data:`MILITARY_SOURCE`, which the graph types ``teia:MilitaryUnit``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.attrs import POS
from spacy.symbols import IDS
from spacy.tokens import Doc, Token

from teia.errors import InputError
from teia.extract.docindex import doc_text
from teia.extract.entities import ENTITIES, MENTIONS, EntityIndex, doc_id_of
from teia.extract.labels import AMOD, CASE, DET, FLAT, FLAT_NAME, NMOD, ORG
from teia.extract.lexicons import read_json
from teia.records import MILITARY_UNIT_SOURCE, Entity, Mention
from teia.extract.relations.mapping import RelationMapping
from teia.extract.relations.syntax import case_of, lemma_of

_NOUN = IDS["NOUN"]

__all__ = ["MILITARY_SOURCE", "UNIT_SOURCE", "UnitLexicon", "add_unit_entities", "load_units", "unit_entities"]

UNIT_SOURCE = "unit"
"""``Mention.source`` of a unit named by a common-noun phrase."""
MILITARY_SOURCE = MILITARY_UNIT_SOURCE
"""``Mention.source`` of a military unit named by a common-noun phrase."""

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "units.json"
ROLE_PREDICATES = frozenset({"commanded", "led", "keyPersonOf", "memberOf", "affiliatedWith", "founded"})
"""The predicates of a role noun (``comandante``, ``prefeito``, ``membro``...)."""
_MAX_TOKENS = 6
_INSIDE = frozenset({AMOD, NMOD, FLAT, FLAT_NAME, CASE, DET})


@dataclass(frozen=True)
class UnitLexicon:
    units: frozenset[str]
    military: frozenset[str]


@functools.lru_cache(maxsize=4)
def load_units(path: str | None = None) -> UnitLexicon:
    """The unit nouns of ``path`` (default: the shipped ``units.json``), checked."""
    where = Path(path) if path else DEFAULT_PATH
    data = read_json(where, "unit lexicon")
    lists = {}
    for key in ("units", "military"):
        words = data.get(key) if isinstance(data, dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise InputError(f"{where}: {key!r} must be a list of words")
        lists[key] = frozenset(w.strip().lower() for w in words)
    if not lists["military"] <= lists["units"]:
        raise InputError(f"{where}: every 'military' word must also be a 'units' word")
    return UnitLexicon(lists["units"], lists["military"])


_ROLE_NOUNS: dict[int, tuple[RelationMapping, frozenset[str]]] = {}
""":func:`_role_nouns` by the mapping's identity (the mapping kept, so that its id is not reused)."""


def _role_nouns(mapping: RelationMapping) -> frozenset[str]:
    """The nouns whose ``de`` complement is a role's organization, once per mapping (not per document)."""
    known = _ROLE_NOUNS.get(id(mapping))
    if known is None or known[0] is not mapping:
        if len(_ROLE_NOUNS) >= 16:
            _ROLE_NOUNS.clear()
        nouns = frozenset(
            lemma
            for (lemma, prep), frames in mapping.nouns.items()
            if prep == "de" and lemma != "*" and any(f.predicate in ROLE_PREDICATES for f in frames)
        )
        known = _ROLE_NOUNS[id(mapping)] = (mapping, nouns)
    return known[1]


def _phrase(head: Token) -> tuple[int, int] | None:
    """Token range of the unit phrase headed by ``head``: the head and its modifiers to the
    right (``exército do sul``, ``frente norte``), without a relative clause, an apposition
    or anything after a comma."""
    end = head.i + 1
    for t in head.doc[head.i + 1 : head.right_edge.i + 1]:
        if t.is_punct or t.dep_ not in _INSIDE:
            break
        end = t.i + 1
    while end - 1 > head.i and head.doc[end - 1].dep_ in (CASE, DET):
        end -= 1
    if end - head.i > _MAX_TOKENS:
        return None
    return head.i, end


def unit_entities(doc: Doc, mapping: RelationMapping, lexicon: UnitLexicon) -> list[Entity]:
    """New ``ORG`` entities for the unit phrases of the doc's role nouns."""
    roles = _role_nouns(mapping)
    index = EntityIndex(doc._.get(ENTITIES) or ()) if doc.has_extension(ENTITIES) else EntityIndex(())
    doc_id = doc_id_of(doc)
    out: list[Entity] = []
    taken: set[int] = set()
    nouns = doc.to_array(POS).tolist() if len(doc) else []  # no Token built for the other words
    for tok in (doc[i] for i, pos in enumerate(nouns) if pos == _NOUN):
        if lemma_of(tok) not in roles:
            continue
        for c in tok.children:
            case = case_of(c)
            if c.dep_ != NMOD or c.pos_ != "NOUN" or case is None or mapping.preposition(case.lemma_ or case.text) != "de":
                continue
            lemma = lemma_of(c)
            if lemma not in lexicon.units or c.i in taken:
                continue
            span = _phrase(c)
            if span is None:
                continue
            start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            if index.at(start, end) is not None:
                continue
            taken.update(range(*span))
            source = MILITARY_SOURCE if lemma in lexicon.military else UNIT_SOURCE
            text = doc_text(doc)[start:end]
            mention = Mention(doc_id, start, end, text, ORG, source=source)
            out.append(Entity(id=f"unit{len(out)}", label=text, type=ORG, mentions=(mention,)))
    return out


def add_unit_entities(doc: Doc, mapping: RelationMapping, lexicon: UnitLexicon) -> None:
    """Add :func:`unit_entities` to ``doc._.teia_entities`` and ``doc._.teia_mentions``."""
    if not doc.has_annotation("DEP") or not doc.has_extension(ENTITIES):
        return
    found = unit_entities(doc, mapping, lexicon)
    if not found:
        return
    entities = tuple(doc._.get(ENTITIES) or ())
    used = {e.id for e in entities}
    renamed = []
    for k, ent in enumerate(found):
        new_id = ent.id
        while new_id in used:
            new_id = f"{new_id}_{k}"
        used.add(new_id)
        renamed.append(replace(ent, id=new_id))
    doc._.set(ENTITIES, entities + tuple(renamed))
    if doc.has_extension(MENTIONS):
        mentions = tuple(doc._.get(MENTIONS) or ())
        doc._.set(MENTIONS, tuple(sorted(mentions + tuple(m for e in renamed for m in e.mentions), key=lambda m: (m.start, m.end))))
