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
A unit noun alone, with nothing after it (``o presidente da empresa``, ``membro da comissão``,
``chefe do governo``), may point back at a body the text named before: it is a mention of the
last organization before it whose name opens with that noun (``o Partido Verde elegeu Ana Reis,
presidente do partido``). When no such organization was named, the noun is the unit's name, as
issue 20 asks (``o presidente do conselho, Y`` → ``Y led «conselho»``: a node named by the
phrase, not a dropped fact).

News names the units of roles with capitals the NER does not tag: ``o ministro da Fazenda, Pedro
Malan``, ``o secretário da Saúde, X``, ``X, ministro das Relações Exteriores``. A capitalized
complement headed by a unit noun keeps its words (``Câmara``, ``Conselho Monetário Nacional``);
a capitalized complement of a portfolio role (``ministro``, ``secretário``: ``portfolio_bodies``
of the lexicon) names a portfolio, and the unit is its body, ``Ministério da Fazenda``,
``Secretaria da Saúde``: that is the name the text gives the organization itself (``o Ministério
da Fazenda divulgou``), the portfolio word alone is a common word (``fazenda``, ``saúde``), and
the ministry and a state's secretariat of one portfolio stay two nodes. The mention is the
complement as written; the entity's label is the body's name, which the corpus resolution uses
for it (:func:`teia.records.mention_name`). One unit named twice in a document is one entity,
the NER's own when it tagged the name elsewhere in the document.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.attrs import POS
from spacy.symbols import IDS
from spacy.tokens import Doc, Token

from teia.errors import InputError
from teia.extract.articles import NAME_PARTICLES
from teia.extract.docindex import doc_text
from teia.extract.entities import ENTITIES, MENTIONS, EntityIndex, doc_id_of
from teia.extract.labels import AMOD, APPOS, CASE, CC, CONJ, DET, FLAT, FLAT_NAME, NMOD, ORG, PER
from teia.extract.lexicons import read_json
from teia.extract.resolve.names import name_key
from teia.records import MILITARY_UNIT_SOURCE, PORTFOLIO_UNIT_SOURCE, UNIT_SOURCE, Entity, Mention
from teia.extract.relations.mapping import RelationMapping
from teia.extract.relations.syntax import case_of, held_role, lemma_of

_NOUN = IDS["NOUN"]
_NOMINAL = frozenset({"NOUN", "PROPN"})

__all__ = ["MILITARY_SOURCE", "UNIT_SOURCE", "UnitLexicon", "add_unit_entities", "load_units", "role_nouns", "unit_entities"]

MILITARY_SOURCE = MILITARY_UNIT_SOURCE
"""``Mention.source`` of a military unit named by a common-noun phrase."""

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "units.json"
QUALIFIER_KINDS = frozenset({"elect", "honorary", "acting", "former"})
"""What a qualifier after a role noun says of its holder: chosen and not yet in office
(``o governador eleito do Ceará``), holding an honour and not the post (``o presidente
honorário do clube``, ``presidente de honra``), or in office for another (``o presidente em
exercício da Febec``); ``former``, a word before the role noun: out of office (``o antigo
ministro``), as a former holder's ``ex-`` says."""
ROLE_PREDICATES = frozenset({"commanded", "led", "keyPersonOf", "memberOf", "affiliatedWith", "founded"})
"""The predicates of a role noun (``comandante``, ``prefeito``, ``membro``...)."""
_MAX_TOKENS = 6
_INSIDE = frozenset({AMOD, NMOD, FLAT, FLAT_NAME, CASE, DET})
_MAX_NAMED_TOKENS = 8
_NAMED_BY = frozenset({APPOS, FLAT, FLAT_NAME})
"""Lowercase words a capitalized unit's name may hold (``Minas e Energia``, ``Tribunal de Contas``)."""


@dataclass(frozen=True)
class UnitLexicon:
    units: frozenset[str]
    military: frozenset[str]
    portfolio_bodies: tuple[tuple[str, str], ...] = ()
    """``(role lemma, body noun)``: ``("ministro", "Ministério")``."""
    not_portfolios: frozenset[str] = frozenset()
    area_adjectives: frozenset[str] = frozenset()
    """Adjectives of an area a role is held in (``financeiro``, ``regional``): ``o diretor
    financeiro da X`` is one of its officers, not its head (issue 20, P60m)."""
    role_qualifiers: tuple[tuple[str, str], ...] = ()
    """``(word, kind)``: a word after a role noun that changes who holds the role, of the kinds
    :data:`QUALIFIER_KINDS` (``("eleito", "elect")``, ``("honorário", "honorary")``,
    ``("exercício", "acting")``; issue 20, P61e), or, for ``former``, a word before it that says the
    holder left it (``("antigo", "former")``: ``o antigo ministro``, ``O ANTIGO chefe de Estado``,
    read whatever its case; issue 20, P67a)."""

    def body_of(self, role: str) -> str | None:
        return dict(self.portfolio_bodies).get(role)

    @functools.cached_property
    def qualifier_kinds(self) -> dict[str, str]:
        """:attr:`role_qualifiers` as a dict, word to kind."""
        return dict(self.role_qualifiers)


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
    bodies = data.get("portfolio_bodies", {})
    if not isinstance(bodies, dict) or not all(isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip() for k, v in bodies.items()):
        raise InputError(f"{where}: 'portfolio_bodies' must map role words to the words naming their bodies")
    nots = data.get("not_portfolios", [])
    if not isinstance(nots, list) or not all(isinstance(w, str) and w.strip() for w in nots):
        raise InputError(f"{where}: 'not_portfolios' must be a list of words")
    areas = data.get("area_adjectives", [])
    if not isinstance(areas, list) or not all(isinstance(w, str) and w.strip() for w in areas):
        raise InputError(f"{where}: 'area_adjectives' must be a list of words")
    qualifiers = data.get("role_qualifiers", {})
    if not isinstance(qualifiers, dict) or not all(
        isinstance(k, str) and k.strip() and v in QUALIFIER_KINDS for k, v in qualifiers.items()
    ):
        kinds = ", ".join(sorted(QUALIFIER_KINDS))
        raise InputError(f"{where}: 'role_qualifiers' must map words to one of {kinds}")
    return UnitLexicon(
        lists["units"],
        lists["military"],
        tuple(sorted((k.strip().lower(), v.strip()) for k, v in bodies.items())),
        frozenset(w.strip().lower() for w in nots),
        frozenset(w.strip().lower() for w in areas),
        tuple(sorted((k.strip().lower(), v) for k, v in qualifiers.items())),
    )


_ROLE_NOUNS: dict[int, tuple[RelationMapping, frozenset[str]]] = {}
""":func:`role_nouns` by the mapping's identity (the mapping kept, so that its id is not reused)."""


def role_nouns(mapping: RelationMapping) -> frozenset[str]:
    """The nouns whose ``de`` complement is a role's organization (a frame of :data:`ROLE_PREDICATES`;
    the role lexicon of the role rules and of :mod:`~teia.extract.relations.bare_titles`), once per
    mapping (not per document)."""
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


def _capitalized(tok: Token) -> bool:
    return _capitalized_text(tok.text)


def _capitalized_text(text: str) -> bool:
    return text[:1].isupper()


def _named_phrase(head: Token, index: EntityIndex) -> tuple[int, int] | None:
    """Token range of a capitalized unit name headed by ``head`` (``Fazenda``, ``Relações
    Exteriores``, ``Minas e Energia``): capitalized words and the particles between them, up to
    the first other word, comma or word of a tagged entity."""
    end = head.i + 1
    for t in head.doc[head.i + 1 : head.right_edge.i + 1]:
        if t.is_punct or index.at(t.idx, t.idx + len(t)) is not None:
            break
        if t.dep_ not in _INSIDE and t.dep_ not in (CONJ, CC):
            break
        if not _capitalized(t) and t.text.lower() not in NAME_PARTICLES:
            break
        end = t.i + 1
    while end - 1 > head.i and not _capitalized(head.doc[end - 1]):
        end -= 1
    if end - head.i > _MAX_NAMED_TOKENS:
        return None
    return head.i, end


def _unit_name(
    role: Token, c: Token, lexicon: UnitLexicon, index: EntityIndex, people: Collection[str] = ()
) -> tuple[tuple[int, int], str] | None:
    """The token range of the unit ``c`` (a ``de`` complement of the role noun ``role``) and
    the body's name ("" for the phrase as written), or None when ``c`` names no unit. A name
    right after ``c`` is the unit, unless ``c`` is capitalized and that name a person's (entity
    ids ``people``): the holder after the portfolio (``o ex-ministro do Planejamento João Paulo
    dos Reis Velloso``)."""
    lemma = lemma_of(c)
    for ch in c.children:
        named = index.at(ch.idx, ch.idx + len(ch)) if ch.i == c.i + 1 and ch.dep_ in _NAMED_BY else None
        if named is not None and not (_capitalized(c) and named in people):
            return None  # "presidente da empresa Varig": the name right after the noun is the unit
    if c.pos_ == "NOUN" and not _capitalized(c):
        span = _phrase(c) if lemma in lexicon.units else None
        return (span, "") if span else None
    if c.pos_ not in _NOMINAL or not _capitalized(c):
        return None
    span = _named_phrase(c, index)
    if span is None:
        return None
    words = [t.text.lower() for t in c.doc[span[0] : span[1]]]
    if any(w in lexicon.units for w in words):
        return span, ""  # a named body: Banco Central, Câmara dos Deputados
    body = lexicon.body_of(held_role(lemma_of(role)))  # "o ex-ministro do Planejamento": a former holder's portfolio
    if body is None or " ".join(words) in lexicon.not_portfolios:
        return None
    case = case_of(c)
    return span, f"{body} {case.text.lower()} " if case is not None else ""


def _first_words(known: Collection[Entity]) -> dict[str, list[tuple[int, Entity]]]:
    """The organizations of ``known`` by the first word of each of their mentions, in lower case
    (``partido`` → ``Partido Verde``), each list in text order."""
    out: dict[str, list[tuple[int, Entity]]] = {}
    for ent in known:
        if ent.type != ORG:
            continue
        for m in ent.mentions:
            words = m.text.split(maxsplit=1)
            if words:
                out.setdefault(words[0].lower(), []).append((m.start, ent))
    for found in out.values():
        found.sort(key=lambda pair: pair[0])
    return out


def _named_before(firsts: dict[str, list[tuple[int, Entity]]], noun: str, start: int) -> Entity | None:
    """The organization a unit noun alone at ``start`` points back at: the last one named before
    it whose name opens with that noun (``o Partido Verde ... o presidente do partido``), or None."""
    before = [ent for at, ent in firsts.get(noun, ()) if at < start]
    return before[-1] if before else None


def unit_entities(doc: Doc, mapping: RelationMapping, lexicon: UnitLexicon) -> list[Entity]:
    """New ``ORG`` entities for the unit phrases of the doc's role nouns, one per name (its
    mentions in text order)."""
    roles = role_nouns(mapping)
    known = (doc._.get(ENTITIES) or ()) if doc.has_extension(ENTITIES) else ()
    index = EntityIndex(known)
    people = {e.id for e in known if e.type == PER}
    doc_id = doc_id_of(doc)
    found: dict[str, list[Mention]] = {}
    labels: dict[str, str] = {}
    taken: set[int] = set()
    firsts: dict[str, list[tuple[int, Entity]]] | None = None  # built at the first unit noun alone
    text = doc_text(doc)
    nouns = doc.to_array(POS).tolist() if len(doc) else []  # no Token built for the other words
    for tok in (doc[i] for i, pos in enumerate(nouns) if pos == _NOUN):
        if held_role(lemma_of(tok)) not in roles:
            continue
        for c in tok.children:
            case = case_of(c)
            if c.dep_ != NMOD or case is None or mapping.preposition(case.lemma_ or case.text) != "de" or c.i in taken:
                continue
            named = _unit_name(tok, c, lexicon, index, people)
            if named is None:
                continue
            span, body = named
            start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            if index.at(start, end) is not None:
                continue
            label = body + text[start:end] if body else text[start:end]
            if span[1] - span[0] == 1 and not _capitalized(c):
                if firsts is None:
                    firsts = _first_words(known)
                before = _named_before(firsts, c.text.lower(), start)
                if before is not None:
                    label = before.label  # "o Partido Verde elegeu Ana Reis, presidente do partido"
                # with none named before, the noun names the unit (issue 20: "o presidente do
                # conselho, Y" relates Y to a node «conselho», not a dropped fact)
            taken.update(range(*span))
            source = PORTFOLIO_UNIT_SOURCE if body else MILITARY_SOURCE if lemma_of(c) in lexicon.military else UNIT_SOURCE
            key = name_key(label)
            labels.setdefault(key, label)
            found.setdefault(key, []).append(Mention(doc_id, start, end, text[start:end], ORG, source=source))
    return [
        Entity(id=f"unit{k}", label=labels[key], type=ORG, mentions=tuple(found[key]))
        for k, key in enumerate(found)
    ]


def add_unit_entities(doc: Doc, mapping: RelationMapping, lexicon: UnitLexicon) -> None:
    """Add :func:`unit_entities` to ``doc._.teia_entities`` and ``doc._.teia_mentions``: a unit
    whose name an organization of the document already has joins that organization."""
    if not doc.has_annotation("DEP") or not doc.has_extension(ENTITIES):
        return
    found = unit_entities(doc, mapping, lexicon)
    if not found:
        return
    entities = list(doc._.get(ENTITIES) or ())
    named: dict[str, int] = {}
    for k, ent in enumerate(entities):
        if ent.type == ORG:
            for name in (ent.label, *(m.text for m in ent.mentions)):
                named.setdefault(name_key(name), k)
    used = {e.id for e in entities}
    for k, ent in enumerate(found):
        at = named.get(name_key(ent.label))
        if at is not None:
            known = entities[at]
            mentions = tuple(sorted((*known.mentions, *ent.mentions), key=lambda m: (m.start, m.end)))
            # a common noun that points back at the name is no other name of it ("partido")
            aliases = tuple(sorted({*known.aliases, *(m.text for m in ent.mentions if _capitalized_text(m.text))} - {known.label}))
            entities[at] = replace(known, mentions=mentions, aliases=aliases)
            continue
        new_id = ent.id
        while new_id in used:
            new_id = f"{new_id}_{k}"
        used.add(new_id)
        entities.append(replace(ent, id=new_id))
    doc._.set(ENTITIES, tuple(entities))
    if doc.has_extension(MENTIONS):
        mentions = tuple(doc._.get(MENTIONS) or ())
        doc._.set(MENTIONS, tuple(sorted(mentions + tuple(m for e in found for m in e.mentions), key=lambda m: (m.start, m.end))))
