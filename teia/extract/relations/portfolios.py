"""A minister's portfolio in brackets after the name (issue 20): ``o ministro Beni Veras
(Planejamento)``, ``os ministros Ciro Gomes (Fazenda) e Marcelo Pimentel (Trabalho)``,
``o secretário Pedro Lima (Saúde)``.

Brazilian news names the cabinet this way, and the NER seldom tags the portfolio (``Planejamento``
untagged, ``Trabalho`` a place); the ``surface-nesting`` rule relates a name in brackets only
when the NER tagged it as an organization, and then to a node named ``Fazenda``. Read off the
text after the rules (:func:`portfolio_relations`): a role noun of the ``portfolio_bodies`` of
``teia/extract/data/units.json`` (``ministro``, ``secretário``...) right before a person's
name, then a bracket holding one to five capitalized words (with ``de``, ``da``, ``do``... and
``e`` between them: ``Minas e Energia``, ``Relações Exteriores``), neither a state (``Ciro
Gomes (CE)``, ``(Pará)``), a party of ``regions.json`` (``(PT)``) nor a word of
``not_portfolios``. After a plural role (``os ministros``) the names that follow with their own
brackets, separated by a comma or ``e``, are ministers too.

The person takes the role noun's ``de`` frame of the mapping for an organization (``ministro``
→ ``memberOf``, ``secretário`` → ``keyPersonOf``) to the portfolio's body, as
:mod:`~teia.extract.relations.units` names it (``Ministério do Planejamento``): the document's
organization labelled with that name (with any of ``de``, ``do``, ``da``, ``dos``, ``das``), or a new one
without mentions, its article chosen by the portfolio's first word (``da`` for a feminine
ending, ``-a``, ``-ção``, ``-dade``, ``-ude``...; ``das``/``dos`` for a plural one; ``do``
otherwise). A bracket the NER tagged as an organization is left to ``surface-nesting``; a
statement the rules already made in the sentence is not repeated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from teia.extract.docindex import doc_text, has_annotation
from teia.extract.entities import ENTITIES, doc_id_of
from teia.extract.labels import ORG, PER
from teia.extract.regions import load_regions, state
from teia.extract.relations.found import fresh_id, text_relation
from teia.extract.relations.mapping import RelationMapping
from teia.extract.relations.syntax import lemma_of
from teia.extract.relations.units import UnitLexicon, load_units
from teia.extract.resolve.names import name_key
from teia.folding import fold
from teia.records import Entity, Relation

__all__ = ["PORTFOLIO_RULE", "portfolio_relations"]

PORTFOLIO_RULE = "portfolio-bracket"
CONFIDENCE = 0.8
_WORD = r"[A-ZÀ-Ý][\w-]*"
_BRACKET = re.compile(rf"\s*\(\s*({_WORD}(?:\s+(?:(?:d[aeo]s?|e)\s+)?{_WORD}){{0,4}})\s*\)")
_NEXT = re.compile(r"\s*(?:,\s*(?:e\s+)?|e\s+)")
_ARTICLES = ("do", "da", "dos", "das", "de")
_FEMININE = ("a", "cao", "sao", "dade", "ude", "gem", "encia", "ancia")


def _article(portfolio: str) -> str:
    """``da`` Fazenda, ``do`` Planejamento, ``das`` Comunicações, ``dos`` Transportes."""
    first = fold(portfolio.split()[0])
    if first.endswith("oes") or (first.endswith("s") and first[:-1].endswith(_FEMININE)):
        return "das"
    if first.endswith("s"):
        return "dos"
    return "da" if first.endswith(_FEMININE) else "do"


def _no_portfolio(words: str, lexicon: UnitLexicon) -> bool:
    return state(words) or words in load_regions().parties or words.lower() in lexicon.not_portfolios


def portfolio_relations(
    doc: Doc, known: Sequence[Relation], mapping: RelationMapping, lexicon: UnitLexicon | None = None
) -> tuple[tuple[Relation, ...], tuple[Entity, ...]]:
    """The statements of the doc's ministers with a portfolio in brackets (module docstring),
    in text order, without those ``known`` holds for the same sentence; and the new bodies."""
    entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
    if not entities or not has_annotation(doc, "DEP"):
        return (), ()
    text = doc_text(doc)
    if "(" not in text:
        return (), ()  # the cheap test first: most documents have no bracket
    lexicon = lexicon or load_units()
    roles = {role for role, _ in lexicon.portfolio_bodies}
    people: dict[int, tuple[int, str]] = {}
    org_spans: set[tuple[int, int]] = set()
    orgs: dict[str, str] = {}
    for ent in entities:
        for m in ent.mentions:
            if ent.type == PER:
                people.setdefault(m.start, (m.end, ent.id))
            elif ent.type == ORG:
                org_spans.add((m.start, m.end))
        if ent.type == ORG:
            # by its label: a mention merged into another organization names that one
            orgs.setdefault(name_key(ent.label), ent.id)
    used = {e.id for e in entities}
    new: dict[str, Entity] = {}
    seen = {(r.evidence.sentence_start, r.subject, r.predicate, r.object) for r in known}
    out: list[Relation] = []
    doc_id = doc_id_of(doc)
    for start in sorted(people):
        span = doc.char_span(start, people[start][0], alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        role = doc[span.start - 1]
        lemma = lemma_of(role)
        if role.pos_ != "NOUN" or lemma not in roles:
            continue
        frame = mapping.noun(lemma, "de", subject=PER, obj=ORG)
        if frame is None or frame.inverse:
            continue
        body = lexicon.body_of(lemma)
        plural = role.morph.get("Number") == ["Plur"] or role.text.lower().endswith("s")
        sent = span.sent
        at = start
        while at in people:
            end, person = people[at]
            bracket = _BRACKET.match(text, end)
            if bracket is None or bracket.end() > sent.end_char:
                break
            words = " ".join(bracket.group(1).split())
            bs, be = bracket.start(1), bracket.end(1)
            if not _no_portfolio(words, lexicon) and (bs, be) not in org_spans:
                node = next((orgs[k] for a in _ARTICLES if (k := name_key(f"{body} {a} {words}")) in orgs), None)
                if node is None:
                    label = f"{body} {_article(words)} {words}"
                    if label not in new:
                        new[label] = Entity(id=fresh_id(f"portfolio{len(new)}", used), label=label, type=ORG)
                    node = new[label].id
                key = (sent.start_char, person, frame.predicate, node)
                if key not in seen:
                    seen.add(key)
                    out.append(text_relation(doc_id, sent, (role.idx, role.idx + len(role)), (person, at, end), (node, bs, be), frame.predicate, PORTFOLIO_RULE, CONFIDENCE))
            gap = _NEXT.match(text, bracket.end())
            if not plural or gap is None:
                break
            at = gap.end()
    objects = {r.object for r in out}
    return tuple(out), tuple(e for e in new.values() if e.id in objects)
