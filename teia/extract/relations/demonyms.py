"""Nationality from a gentilic adjective before a person's name (issue 20): ``o tenista italiano
Diego Nargiso``, ``o português Mário Crespo``, ``a espanhola Manuela Robon Pujol``, ``os
espanhóis Carlos Costa e Tomás Carbonell`` → ``nationality(person, country)``; before an
organization's name, its seat: ``a montadora alemã BMW`` → ``headquarteredIn(BMW, Alemanha)``.

News text often names a person's country this way rather than with a verb or a ``de``
complement, and the parse of such a phrase varies (the adjective an ``amod`` of a title noun, or a
noun with the name in apposition), so the phrase is read off the tokens: an article (or a
preposition fused with one), at most three lower-case nouns or adjectives, one of them a demonym
of ``teia/extract/data/demonyms.json``, and right after them a person's (or an organization's)
name. A plural demonym takes every name of the same category in the list that follows (names
separated only by a comma, ``e`` or ``/``).

The relation points to the document's own node of the country when it names it (any place
named with one of the country's names in that file); otherwise to a new place entity labelled
with the country's name and without mentions (the adjective is no name of the country: no
mention is made of it, so the NER's figures and the name resolution never see it, and the
corpus resolution joins the node to the other documents' nodes of that name). The evidence
shows the adjective. The statements are made after the rules' (:func:`demonym_relations`, run
by the ``teia_relations`` component), and one the rules already found in that sentence is not
repeated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from teia.extract.articles import DEFINITE_ARTICLES, FUSED_DEFINITE, FUSED_INDEFINITE, INDEFINITE_ARTICLES
from teia.extract.demonyms import DEMONYM_FORM, DemonymLexicon, load_demonyms, names_a_country
from teia.extract.docindex import doc_text, has_annotation
from teia.extract.entities import ENTITIES, doc_id_of
from teia.extract.labels import LOC, ORG, PER
from teia.extract.newspaper import SHOUTED
from teia.extract.relations.found import fresh_id, text_relation
from teia.extract.relations.gates import byline_name
from teia.folding import fold
from teia.records import Entity, Relation

__all__ = ["DEMONYM_RULE", "CountryNodes", "demonym_relations", "town_for_nationality"]

DEMONYM_RULE = "demonym"
PREDICATES = {PER: "nationality", ORG: "headquarteredIn"}
"""The property a demonym gives a person and an organization (``a montadora alemã BMW``)."""
CONFIDENCE = 0.85

#: what may open the phrase: an article, or a preposition fused with one (``do``, ``pelo``...)
_OPENERS = DEFINITE_ARTICLES | FUSED_DEFINITE | INDEFINITE_ARTICLES | FUSED_INDEFINITE
_MAX_WORDS = 3
_LIST_GAP = re.compile(r"\s*(?:,|e|/)\s*")


def town_for_nationality(predicate: str, place: str) -> bool:
    """Whether an apposition's or a genitive's rule would give a person the nationality of a
    place that names no country: ``Tostão II (Santos, 6 de novembro 1957)``, ``Cristiane Dias
    (Porto Alegre, 9 de outubro de 1980 [...])``, a town in a person's bracket, is where she was
    born (a lifespan the lifespan rule could not read) or lives, not her nationality; ``Johan
    Cruyff, do Barcelona da Espanha``, ``Marcelo Miranda, do Mato Grosso``, his club or the state
    he governs; ``Sharon Phelps (Estados Unidos)`` keeps it."""
    return predicate == PREDICATES[PER] and not names_a_country(place)


def _plural(form: str) -> bool:
    # ``franceses``, ``italianos``, ``belgas``; not ``francês``, ``inglês``
    return form.endswith("s") and not form.endswith("ês")


def _demonym_before(doc: Doc, start: int, sent: Span, lexicon: DemonymLexicon) -> int | None:
    """The token index of the demonym of the phrase right before the token ``start`` (module
    docstring), or None."""
    found = None
    j = start - 1
    words = 0
    while j >= sent.start and words < _MAX_WORDS:
        tok = doc[j]
        if tok.pos_ not in ("NOUN", "ADJ") or not DEMONYM_FORM.fullmatch(tok.text):
            break
        if tok.text in lexicon.countries:
            if found is not None:
                return None  # two demonyms: ``o luso-brasileiro``... not read
            found = j
        words += 1
        j -= 1
    if found is None or j < sent.start or doc[j].lower_ not in _OPENERS:
        return None
    return found


# a preposition fused with the masculine singular article: how a language is named after a cue
_LANGUAGE_OPENERS = frozenset({"do", "no", "pelo"})


def _a_language(doc: Doc, d: int, sent: Span, lexicon: DemonymLexicon) -> bool:
    """Whether the demonym at token ``d`` names a language, not a person: a singular demonym right
    after ``do``/``no``/``pelo``, with a word of the lexicon's ``language_cues`` (an opening
    bracket, ``traduzida``, ``derivado``, ``sigla``, ``termo``...) right before them:
    ``traduzida do inglês Table Mountain``, ``PC (do inglês Personal Computer)``. A person is
    named with no such word before (``o filme do francês Luc Besson``)."""
    if d - 2 < sent.start or doc[d - 1].lower_ not in _LANGUAGE_OPENERS or _plural(doc[d].lower_):
        return False
    cue = doc[d - 2]
    return cue.lower_ in lexicon.language_cues or cue.lemma_.lower() in lexicon.language_cues


def _named_spans(doc: Doc, entities) -> list[tuple[int, int, str, int, int]]:
    """``(token start, token end, entity id, char start, char end)`` of each mention of a person
    or an organization written as a name, in text order."""
    out = []
    for ent in entities:
        if ent.type not in PREDICATES:
            continue
        for m in ent.mentions:
            if not m.text[:1].isupper():
                continue  # ``paulista Dener``: the NER took the adjective in
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.append((span.start, span.end, ent.id, m.start, m.end))
    out.sort()
    return out


class CountryNodes:
    """The node of each country for one document: the document's own place named with one of
    the country's names, or a new place entity labelled with the country's name and without
    mentions (worked out at the first country asked for)."""

    def __init__(self, entities: Sequence[Entity], lexicon: DemonymLexicon) -> None:
        self._entities = entities
        self._lexicon = lexicon
        self._named: dict[str, str] | None = None
        self._used = {e.id for e in entities}
        self.new: list[Entity] = []

    def node(self, country: str) -> str:
        """The entity id of ``country``'s node (made when the document has none)."""
        if self._named is None:
            self._named = {}
            for ent in self._entities:
                if ent.type != LOC:
                    continue
                for name in (ent.label, *(m.text for m in ent.mentions)):
                    known = self._lexicon.names.get(fold(name))
                    if known is not None:
                        self._named.setdefault(known, ent.id)
        found = self._named.get(country)
        if found is None:
            found = fresh_id(f"country{len(self.new)}", self._used)
            self.new.append(Entity(id=found, label=country, type=LOC))
            self._named[country] = found
        return found

    def used_by(self, relations: Sequence[Relation]) -> tuple[Entity, ...]:
        """The new nodes some of ``relations`` point to."""
        objects = {r.object for r in relations}
        return tuple(e for e in self.new if e.id in objects)


def demonym_relations(
    doc: Doc, known: Sequence[Relation], lexicon: DemonymLexicon | None = None
) -> tuple[tuple[Relation, ...], tuple[Entity, ...]]:
    """The ``nationality`` statements of the doc's demonym phrases (module docstring), in text
    order, without those ``known`` already holds for the same sentence; and the new country
    entities they point to."""
    entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
    if not entities or not has_annotation(doc, "DEP"):
        return (), ()
    lexicon = lexicon or load_demonyms()
    people = _named_spans(doc, entities)
    kind = {e.id: e.type for e in entities}
    if not people:
        return (), ()
    countries = CountryNodes(entities, lexicon)
    text = doc_text(doc)  # ``Doc.text`` joins every token at each read
    seen = {(r.evidence.sentence_start, r.subject, r.predicate, r.object) for r in known}
    out: list[Relation] = []
    doc_id = doc_id_of(doc)
    for k, (ts, te, pid, cs, ce) in enumerate(people):
        # the cheap tests first: most names follow no noun or adjective, and no demonym
        if ts == 0 or doc[ts - 1].pos_ not in ("NOUN", "ADJ"):
            continue
        if not any(doc[j].text in lexicon.countries for j in range(max(0, ts - _MAX_WORDS), ts)):
            continue
        sent = doc[ts].sent
        d = _demonym_before(doc, ts, sent, lexicon)
        if d is None or _a_language(doc, d, sent, lexicon):
            continue
        if byline_name(text, cs, ce) or (kind[pid] == PER and SHOUTED.search(text, cs, ce)):
            # ``do filósofo alemão BARBARA FREITAG Especial para a Folha``, ``a política
            # brasileira CLÓVIS ROSSI``: the writer of a byline under a headline
            continue
        demonym = doc[d].text
        country_id = countries.node(lexicon.countries[demonym])
        targets = [(pid, cs, ce)]
        if _plural(demonym):
            end = ce
            for ts2, te2, pid2, cs2, ce2 in people[k + 1 :]:
                if ts2 >= sent.end or kind[pid2] != kind[pid] or not _LIST_GAP.fullmatch(text[end:cs2]):
                    break
                targets.append((pid2, cs2, ce2))
                end = ce2
        ds, de = doc[d].idx, doc[d].idx + len(demonym)
        for person, ps, pe in targets:
            predicate = PREDICATES[kind[person]]
            key = (sent.start_char, person, predicate, country_id)
            if key in seen or person == country_id:
                continue
            seen.add(key)
            out.append(text_relation(doc_id, sent, (ds, de), (person, ps, pe), (country_id, ds, de), predicate, DEMONYM_RULE, CONFIDENCE))
    return tuple(out), countries.used_by(out)
