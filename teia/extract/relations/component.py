"""The ``teia_relations`` spaCy component: relations and quotations on the Doc.

It runs last (after ``teia_entities`` and ``teia_time``, whose records it reads) and stores
``doc._.teia_relations`` (a tuple of :class:`~teia.records.Relation`) and
``doc._.teia_quotations`` (a tuple of :class:`~teia.records.Quotation`). Without a
dependency parse both are empty.

    nlp.add_pipe("teia_relations", config={"mapping_paths": ["my-relations.json"]})
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from teia.extract.docindex import doc_text
from teia.extract.entities import ENTITIES
from teia.extract.relations.bare_titles import settle_bare_titles
from teia.extract.relations.copula_demonym import copula_demonym_relations
from teia.extract.relations.couples import couple_relations
from teia.extract.relations.demonyms import demonym_relations
from teia.extract.relations.found import ASSERTED, PROBABLE
from teia.extract.relations.gates import on_furniture
from teia.extract.relations.kin_conjunct import kin_conjunct_relations
from teia.extract.relations.kin_pairs import kin_pair_relations
from teia.extract.relations.kind_places import kind_place_relations
from teia.extract.relations.mapping import RelationMapping, default_mapping, load_mapping
from teia.extract.relations.party_adjectives import party_relations
from teia.extract.relations.portfolios import portfolio_relations
from teia.extract.relations.rules import extract_relations
from teia.extract.relations.syntax import asked
from teia.extract.relations.titled_mentions import titled_mention_relations
from teia.extract.relations.titles import title_relations
from teia.extract.relations.units import add_unit_entities, load_units
from teia.records import Relation

__all__ = ["RelationExtractor", "RELATIONS", "QUOTATIONS"]

RELATIONS = "teia_relations"
QUOTATIONS = "teia_quotations"
Doc.set_extension(RELATIONS, default=None, force=True)
Doc.set_extension(QUOTATIONS, default=None, force=True)


class RelationExtractor:
    """Applies :func:`~teia.extract.relations.rules.extract_relations` to each doc."""

    def __init__(self, mapping: RelationMapping) -> None:
        self.mapping = mapping

    def __call__(self, doc: Doc) -> Doc:
        add_unit_entities(doc, self.mapping, load_units())
        relations, quotations = extract_relations(doc, self.mapping)
        text = doc_text(doc)
        # the constructions read off the text after the rules, with the nodes they may add
        for read in (demonym_relations, copula_demonym_relations, title_relations, self._portfolios, party_relations, self._kin, self._couples, self._kin_pairs, self._titled, self._kind_places):
            found, nodes = read(doc, relations)
            if nodes:
                doc._.set(ENTITIES, tuple(doc._.get(ENTITIES) or ()) + nodes)
            relations += tuple(_unasked(r, text) for r in found if not _on_furniture(r, text))
        # a bare title the NER took for a name is no argument: its holder stands for it, or the statement goes
        relations = settle_bare_titles(doc, relations, self.mapping)
        doc._.set(RELATIONS, relations)
        doc._.set(QUOTATIONS, quotations)
        return doc

    def _portfolios(self, doc: Doc, known: tuple) -> tuple:
        return portfolio_relations(doc, known, self.mapping)

    def _kin(self, doc: Doc, known: tuple) -> tuple:
        return kin_conjunct_relations(doc, known, self.mapping)

    def _couples(self, doc: Doc, known: tuple) -> tuple:
        return couple_relations(doc, known, self.mapping)

    def _kin_pairs(self, doc: Doc, known: tuple) -> tuple:
        return kin_pair_relations(doc, known, self.mapping)

    def _titled(self, doc: Doc, known: tuple) -> tuple:
        return titled_mention_relations(doc, known, self.mapping)

    def _kind_places(self, doc: Doc, known: tuple) -> tuple:
        return kind_place_relations(doc, known, self.mapping)


def _on_furniture(r: Relation, text: str) -> bool:
    """Whether the words of ``r`` overlap a page's furniture (:func:`~.gates.on_furniture`; the
    rules' own relations are checked in :func:`~.gates.plausible`)."""
    ev = r.evidence
    at = [p for p in (ev.trigger_start, ev.trigger_end, ev.subject_start, ev.subject_end, ev.object_start, ev.object_end) if p >= 0]
    return bool(at) and on_furniture(text, (min(at), max(at)), (ev.sentence_start, ev.sentence_end))


def _unasked(r: Relation, text: str) -> Relation:
    """``r``, ``probable`` when read from a question (:func:`~.syntax.asked`; the rules' own
    relations are checked in :func:`~.rules.extract_relations`)."""
    ev = r.evidence
    if r.modality != ASSERTED or not asked(text, (ev.trigger_end, ev.subject_end, ev.object_end), ev.sentence_end):
        return r
    return replace(r, modality=PROBABLE)


@Language.factory(
    "teia_relations",
    default_config={"mapping_paths": [], "include_default": True},
    assigns=[f"doc._.{RELATIONS}", f"doc._.{QUOTATIONS}"],
)
def make_relation_extractor(
    nlp: Language, name: str, mapping_paths: Sequence[str], include_default: bool
) -> RelationExtractor:
    if not mapping_paths and include_default:
        return RelationExtractor(default_mapping())
    return RelationExtractor(load_mapping(*mapping_paths, include_default=include_default))
