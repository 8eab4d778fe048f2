"""A capitalized title the NER took for a name, beside a person (issue 20): ``a Governadora Civil
do Distrito de Lisboa, Teresa Caeiro, esteve...``, ``José Vitorino, Presidente da Câmara
Municipal de Faro, abriu...``, ``o Director do Museu de Faro, Carlos Lopes``, ``Evando Mirra é o
novo Presidente do CNPq``.

Portuguese web pages, parliamentary text and European news write a post with capitals, and the
NER, trained on HAREM (which tags such a post as a person), takes the title for a name of its
own: ``Presidente da Câmara Municipal de Faro`` is one mention, so the role rules, which need a
common noun with a name after its ``de``, read nothing, and the person beside it holds no post.
Read off the mentions after the rules (:func:`titled_mention_relations`): a mention whose first
word is a capitalized role noun with a ``de`` frame of a role in the mapping (``presidente``,
``governadora``, ``director``...), at most one capitalized adjective of an office after it
(``Civil``, ``Geral``, ``Executivo``, ``Adjunto``: by its ending; not ``Presidente Campeão da
Copa``), then ``de``/``do``/``da``/``dos``/``das`` and its body, inside the mention or as
the next mention (an organization or a place). The title is

* in apposition to a person's name, either way: the name, a comma and the title closed by a
  comma, a full stop or the sentence's end; or the title (and up to one lower-case adjective
  after it, ``do Parlamento grego``), a comma, an optional article and courtesy word (``o
  senhor``) and the name, closed the same way;
* or the predicate of a copula whose subject is the person's name (``X é o novo Presidente do
  CNPq``), not negated.

The person takes the role noun's ``de`` frame for the body's category (``presidente`` → ``led``,
``governadora`` → ``keyPersonOf``). The body is the next mention, or the document's organization
or place labelled with it, or else a new node without mentions labelled with it when it is a name
by itself: two words or more, an acronym, or a country's one word as ``demonyms.json`` spells it
(``Primeiro-Ministro da Eslováquia``); a single common word (``da Câmara``, ``da Comissão``) names
nothing alone. The new node is a place for a country or a body opening with a division noun of
``regions.json`` (ranked or not: ``Distrito de Lisboa``), an organization otherwise. A date the NER
ran into the title ends its body (``da Eslováquia de 4 de julho de 2006``); a portfolio role's
body is named as :mod:`~teia.extract.relations.portfolios` names it (``portfolio_bodies`` of
``units.json``: ``Ministro das Finanças do Japão`` → ``Ministério das Finanças do Japão``), and a
portfolio role of a country names no body (``Ministro de Portugal``: which ministry?). Not ``de
Estado`` (``Secretário de Estado da Cultura``: a compound title), nor a name that is itself such a
title, nor a title read by a ``respectivamente`` list. A statement the rules already made between
the two in the sentence is not repeated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Span

from teia.extract.articles import OF_FORMS
from teia.extract.demonyms import spells_a_country
from teia.extract.docindex import doc_text, has_annotation
from teia.extract.entities import ENTITIES, doc_id_of
from teia.extract.labels import COP, LOC, NSUBJ, ORG, PER
from teia.extract.regions import load_regions
from teia.extract.relations.found import fresh_id, text_relation
from teia.extract.relations.gaps import COMMA_GAP
from teia.extract.relations.mapping import RelationMapping
from teia.extract.relations.syntax import lemma_of
from teia.extract.relations.units import UnitLexicon, load_units, role_nouns
from teia.extract.resolve.names import name_key
from teia.records import Entity, Relation

__all__ = ["OFFICE_QUALIFIER", "TITLED_RULE", "Holder", "title_holders", "titled_mention_relations", "whole_titles"]

TITLED_RULE = "titled-mention"
CONFIDENCE = 0.8
# a date the NER ran into a title: "da Eslováquia de 4 de julho de 2006"
_DATE = re.compile(r"\s+(?:de|em)\s+\d")
# a capitalized adjective of an office after the role noun: "Civil", "Geral", "Executivo", "Adjunto"
# (not a noun: "Presidente Campeão da Copa" is no president of the cup)
OFFICE_QUALIFIER = re.compile(r"[A-ZÀ-Ý]\w*(?:al|il|ivo|iva|ar|unto|unta)")
# between the title and the name after it: a comma, an article and a courtesy word
_BEFORE_NAME = re.compile(r"\s*,\s*(?:(?:o|a)\s+)?(?:(?:senhora?|sra?\.|dra?\.|prof\.|professora?|eng\.?)\s+)?", re.IGNORECASE)
# what closes an apposition: a comma, a full stop, a colon or a semicolon, or the sentence's end
_CLOSED = re.compile(r"\s*(?:[,.;:)]|$)")


class _Title:
    """A mention read as a title: its role noun's lemma, its body's span and the node it names."""

    __slots__ = ("lemma", "role", "end", "prep", "body", "node")

    def __init__(self, lemma: str, role: tuple[int, int], end: int, prep: str, body: tuple[int, int], node: tuple[str, str] | None) -> None:
        self.lemma, self.role, self.end, self.prep, self.body = lemma, role, end, prep, body
        self.node = node
        """``(entity id, category)`` of a body that is a mention of its own, else None"""


def _role_noun(tok, mapping: RelationMapping) -> str | None:
    """The lemma of a capitalized role noun with a ``de`` frame of a role of its own
    (:func:`~teia.extract.relations.units.role_nouns`), or None: not a division's noun whose ``de``
    frame is a place's (``Estado do Uruguai`` of ``o chefe de Estado do Uruguai, Julio
    Sanguinetti``, ``Estado de São Paulo`` after ``secretário de Segurança Pública do``: no person
    is part of a state)."""
    if not tok.text[:1].isupper():
        return None
    roles = role_nouns(mapping)
    for lemma in (tok.lower_, lemma_of(tok)):
        if lemma in roles:
            return lemma
    return None


def _read_title(doc: Doc, span: Span, mapping: RelationMapping, after: dict[int, tuple[int, str, str]]) -> _Title | None:
    """The title of a mention's span (module docstring), or None."""
    lemma = _role_noun(span[0], mapping)
    if lemma is None:
        return None
    i = span.start + 1
    if i < span.end and OFFICE_QUALIFIER.fullmatch(doc[i].text):
        i += 1  # "Governadora Civil", "Secretário Executivo"
    if i < span.end:
        prep = doc[i]
        if prep.lower_ not in OF_FORMS or i + 1 >= span.end:
            return None
        body = doc[i + 1 : span.end]
        if prep.lower_ == "de" and body[0].text == "Estado":
            return None  # "Secretário de Estado da Cultura": the title goes on
        # a date the NER ran into the title ends its body: "da Eslováquia de 4 de julho de 2006"
        cut = _DATE.search(body.text)
        end = body.start_char + cut.start() if cut else body.end_char
        return _Title(lemma, (span[0].idx, span[0].idx + len(span[0])), span.end_char, prep.lower_, (body.start_char, end), None)
    # the title ends at the role: its body the mention after "do", "da"
    if i >= len(doc) or doc[i].lower_ not in OF_FORMS or doc[i].idx != span.end_char + 1:
        return None
    nxt = after.get(doc[i].idx + len(doc[i]) + 1)
    if nxt is None or nxt[2] not in (ORG, LOC):
        return None
    end, body_id, kind = nxt
    return _Title(lemma, (span[0].idx, span[0].idx + len(span[0])), end, doc[i].lower_, (doc[i].idx + len(doc[i]) + 1, end), (body_id, kind))


def _body_name(body: str) -> bool:
    """Whether a title's body names something by itself: two words or more, or an acronym (a
    country's one word, :func:`_country`, is read apart)."""
    words = body.split()
    return len(words) > 1 or sum(ch.isupper() for ch in body) > 1


def _country(body: str) -> bool:
    """Whether a title's body is a country's name as the lexicon spells it (``Eslováquia``)."""
    return spells_a_country(body)


def _adjective_after(doc: Doc, end: int, text: str) -> int:
    """The end of a lower-case adjective right after ``end`` (``do Parlamento grego``), or ``end``."""
    at = end + len(text[end : end + 2]) - len(text[end : end + 2].lstrip(" "))
    span = doc.char_span(at, at + 1, alignment_mode="expand") if at < len(text) else None
    if span is not None and len(span) == 1 and span[0].idx == at and span[0].pos_ == "ADJ" and span[0].text[:1].islower():
        return at + len(span[0])
    return end


def titled_mention_relations(
    doc: Doc, known: Sequence[Relation], mapping: RelationMapping
) -> tuple[tuple[Relation, ...], tuple[Entity, ...]]:
    """The statements of people beside a title the NER took for a name (module docstring), in
    text order, without those ``known`` holds between the two in the sentence; and the new bodies."""
    held = _held_titles(doc, mapping)
    if not held:
        return (), ()
    entities = doc._.get(ENTITIES)
    text = doc_text(doc)
    labels = {name_key(e.label): (e.id, e.type) for e in entities if e.type in (ORG, LOC)}
    regions = load_regions()
    levels = set(regions.levels) | regions.unranked
    units = load_units()
    used = {e.id for e in entities}
    new: dict[str, Entity] = {}
    seen = {(r.evidence.sentence_start, frozenset((r.subject, r.object))) for r in known}
    out: list[Relation] = []
    doc_id = doc_id_of(doc)
    for title, sent, person in held.values():
        node, kind, (bs, be) = _body_node(text, title, labels, levels, used, new, units)
        if node is None:
            continue
        frame = mapping.noun(title.lemma, "de", subject=PER, obj=kind)
        if frame is None or frame.inverse or frame.kind:
            continue
        key = (sent.start_char, frozenset((person[0], node)))
        if key in seen:
            continue
        seen.add(key)
        out.append(text_relation(doc_id, sent, title.role, person, (node, bs, be), frame.predicate, TITLED_RULE, CONFIDENCE))
    objects = {r.object for r in out}
    return tuple(out), tuple(e for e in new.values() if e.id in objects)


class Holder(NamedTuple):
    """The person a title is said of (:func:`title_holders`)."""

    person: tuple[str, int, int]
    """``(entity id, start, end)`` of the person's mention"""
    body: tuple[int, int]
    """the character span of the title's body"""
    body_id: str | None
    """the body's entity id when it is a mention of its own, else None"""
    words: str
    """the title's words before its body, as :func:`~teia.extract.resolve.names.name_key` keys
    them (``governadora civil``)"""


def title_holders(doc: Doc, mapping: RelationMapping) -> dict[int, Holder]:
    """The titles the NER took for a name whose holder the sentence names (module docstring), by
    the title mention's first character."""
    text = doc_text(doc)
    return {
        start: Holder(person, title.body, title.node[0] if title.node else None, name_key(text[start : title.body[0]].rsplit(None, 1)[0]))
        for start, (title, _, person) in _held_titles(doc, mapping).items()
    }


def _held_titles(doc: Doc, mapping: RelationMapping) -> dict[int, tuple[_Title, Span, tuple[str, int, int]]]:
    """The titles of the document's mentions (module docstring) with their sentence and the
    person they are said of, by the title mention's first character."""
    entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
    if not entities or not has_annotation(doc, "DEP"):
        return {}
    mentions = sorted((m.start, m.end, e.id, e.type) for e in entities for m in e.mentions)
    text = doc_text(doc)
    titles = _titles(doc, mentions, mapping)
    if not titles:
        return {}
    people = {start: (end, eid) for start, end, eid, kind in mentions if kind == PER and start not in titles}
    ends = {end: (start, eid) for start, (end, eid) in people.items()}
    held = {}
    for start, title in titles.items():
        tok = doc.char_span(start, start + 1, alignment_mode="expand")
        if tok is None:
            continue
        sent = tok.sent
        person = _person_beside(doc, text, start, title, people, ends, sent, mapping.negators)
        if person is not None:
            held[start] = (title, sent, person)
    return held


def _titles(doc: Doc, mentions: list[tuple[int, int, str, str]], mapping: RelationMapping) -> dict[int, _Title]:
    """The person's or organization's mentions of ``mentions`` (``(start, end, entity id,
    category)`` in text order) read as a title (module docstring), by their first character."""
    after = {start: (end, eid, kind) for start, end, eid, kind in mentions}
    text = doc_text(doc)
    titles: dict[int, _Title] = {}
    for start, end, _, kind in mentions:
        if kind in (PER, ORG) and text[start : start + 1].isupper():
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and (title := _read_title(doc, span, mapping, after)) is not None:
                titles[start] = title
    return titles


def whole_titles(doc: Doc, mapping: RelationMapping) -> dict[str, str]:
    """The entities (a person's or an organization's) one of whose mentions is a whole title with
    its body inside it, as the NER took it for a name (``a Governadora Civil do Distrito de
    Lisboa``, ``o Presidente da Câmara de Beja``: module docstring), by id, each with its role
    noun's lemma, when its body names something by itself as a new body node must
    (:func:`_body_name`, :func:`_country`): not a shop's ``Rei do Armarinho``. Such a mention names
    a post, nobody in particular (issue 20, P69h)."""
    entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
    if not entities or not has_annotation(doc, "DEP"):
        return {}
    mentions = sorted((m.start, m.end, e.id, e.type) for e in entities for m in e.mentions)
    by_start = {start: eid for start, _, eid, _ in mentions}
    text = doc_text(doc)
    return {
        by_start[start]: title.lemma
        for start, title in _titles(doc, mentions, mapping).items()
        if title.node is None and (_body_name(body := text[title.body[0] : title.body[1]]) or _country(body))
    }


def _person_beside(
    doc: Doc, text: str, start: int, title: _Title, people: dict, ends: dict, sent: Span, negators: frozenset[str]
) -> tuple[str, int, int] | None:
    """``(entity id, start, end)`` of the person the title is said of, or None (a copula with a
    word of the mapping's ``negators`` states no post)."""
    if "respectivamente" in text[sent.start_char : start].lower():
        return None
    # the name, a comma, the title closed
    before = COMMA_GAP.fullmatch(text, _last_name_end(text, start, ends), start) if start > sent.start_char else None
    if before is not None and _closed(text, title.end, sent):
        pstart, pid = ends[before.start()]
        return pid, pstart, before.start()
    # the title, a comma, the name closed
    gap = _BEFORE_NAME.match(text, _adjective_after(doc, title.end, text))
    if gap is not None and gap.end() in people:
        pend, pid = people[gap.end()]
        if pend <= sent.end_char and _closed(text, pend, sent):
            return pid, gap.end(), pend
    # the copula: "X é o novo Presidente do CNPq"
    span = doc.char_span(start, title.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    kids = list(root.children)
    if not any(k.dep_ == COP for k in kids) or any(k.lower_ in negators for k in kids):
        return None
    subject = next((k for k in kids if k.dep_ == NSUBJ), None)
    if subject is None:
        return None
    for pstart, (pend, pid) in people.items():
        if pstart <= subject.idx < pend and pend <= start:
            return pid, pstart, pend
    return None


def _last_name_end(text: str, start: int, ends: dict) -> int:
    """The end of the person's mention right before ``start`` with only a comma between, or
    ``start`` when there is none."""
    at = start
    while at > 0 and text[at - 1] in " ,":
        at -= 1
    return at if at in ends and text[at:start].strip() == "," else start


def _closed(text: str, end: int, sent: Span) -> bool:
    """Whether a comma, a full stop, a colon, a semicolon or the sentence's end follows ``end``."""
    return end >= sent.end_char or _CLOSED.match(text, end, sent.end_char) is not None


def _body_node(text: str, title: _Title, labels: dict, levels: set[str], used: set, new: dict, units: UnitLexicon) -> tuple[str | None, str, tuple[int, int]]:
    """``(entity id, category, span)`` of the node the title's body names (module docstring);
    no id when it names none."""
    if title.node is not None:
        return title.node[0], title.node[1], title.body
    body = " ".join(text[title.body[0] : title.body[1]].split())
    office = units.body_of(title.lemma)
    country = _country(body)
    if office is not None and country:
        return None, "", title.body  # "Ministro de Portugal": which ministry, the title does not say
    if office is not None and not body.startswith(office):
        body = f"{office} {title.prep} {body}"  # "Ministro das Finanças do Japão": the ministry
    known = labels.get(name_key(body))
    if known is not None:
        return known[0], known[1], title.body
    if not country and not _body_name(body):
        return None, "", title.body
    if body not in new:
        kind = LOC if country or body.split()[0].lower() in levels else ORG
        new[body] = Entity(id=fresh_id(f"titlebody{len(new)}", used), label=body, type=kind)
    return new[body].id, new[body].type, title.body
