"""A quoted title followed by its author (issue 20): ``o livro " O Alquimista ", de Paulo Coelho``,
``«Os Lusíadas», de Luís de Camões``, ``" O Vôo do Búfalo ", de James A. Belasco e Ralph Stayer``
→ ``authorOf(author, work)``.

News text (culture pages, book and record lists) names a work with its author this way, and the
NER seldom finds the title whole (``Grécia Antiga`` of ``Homossexualidade na Grécia Antiga``,
``Subúrbio`` a place), so the construction is read off the text: a title in quotation marks
(``"…"``, ``«…»``, ``“…”``) that opens with a capital letter or a digit and has at most
:data:`_MAX_WORDS` words, right after it a comma and ``de`` (or ``por``), and right after that
a person's name; more names joined to it by ``e``, a comma or ``/`` are co-authors. A name of a
news byline (``de Diderot FRANKLIN De Matos Especial para a Folha``) is no author.

The work is the document's entity whose mention is the quoted title (or the title without its
article) when the NER called it a work; otherwise a new work entity labelled with the title, without mentions (the NER's
mention figures do not change; the corpus resolution joins it to the other documents' works of
that name). The statements are made after the rules' (:func:`title_relations`, run by the
``teia_relations`` component), and one the rules already found in that sentence is not repeated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from teia.extract.docindex import doc_text, has_annotation
from teia.extract.entities import ENTITIES, doc_id_of
from teia.extract.labels import PER, WORK
from teia.extract.quotes import QUOTE_PAIRS
from teia.extract.relations.found import fresh_id, text_relation
from teia.extract.relations.gates import byline_name
from teia.records import Entity, Relation

__all__ = ["TITLE_RULE", "title_relations"]

TITLE_RULE = "title-author"
PREDICATE = "authorOf"
CONFIDENCE = 0.8
_MAX_WORDS = 12
# a title in quotation marks: group 1, 2 or 3 its text without the spaces inside the marks
_QUOTED = re.compile("|".join(rf"{o}\s*([^{o}{c}\n]{{1,160}}?)\s*{c}" for o, c in QUOTE_PAIRS.items()))
_BY = re.compile(r"\s*,\s*(de|por)\s+")
_ARTICLE = re.compile(r"(?:(?:O|A|Os|As|Um|Uma)\s+)?")
_CO_AUTHOR = re.compile(r"\s*(?:,|\be\b|/)\s*")


def title_relations(doc: Doc, known: Sequence[Relation]) -> tuple[tuple[Relation, ...], tuple[Entity, ...]]:
    """The ``authorOf`` statements of the doc's quoted titles (module docstring), in text order,
    without those ``known`` already holds for the same sentence; and the new work entities."""
    entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
    if not entities or not has_annotation(doc, "DEP"):
        return (), ()
    text = doc_text(doc)  # ``Doc.text`` joins every token at each read
    if not any(mark in text for mark in QUOTE_PAIRS):
        return (), ()  # the cheap test first: most documents quote nothing
    people: dict[int, tuple[int, str]] = {}
    works: dict[int, list[tuple[int, str]]] = {}  # end -> (start, id) of the works' mentions
    for ent in entities:
        for m in ent.mentions:
            if ent.type == PER and m.text[:1].isupper():
                people.setdefault(m.start, (m.end, ent.id))
            elif ent.type == WORK:
                works.setdefault(m.end, []).append((m.start, ent.id))
    if not people:
        return (), ()
    used = {e.id for e in entities}
    new: dict[str, Entity] = {}
    # a pair the rules relate in a sentence, either way (``createdBy`` of an apposition)
    seen = {(r.evidence.sentence_start, frozenset((r.subject, r.object))) for r in known}
    out: list[Relation] = []
    doc_id = doc_id_of(doc)
    for hit in _QUOTED.finditer(text):
        group = next(g for g in (1, 2, 3) if hit.group(g) is not None)
        title, ts, te = hit.group(group), hit.start(group), hit.end(group)
        if not title[:1].isupper() and not title[:1].isdigit() or len(title.split()) > _MAX_WORDS:
            continue
        by = _BY.match(text, hit.end())
        if by is None or by.end() not in people:
            continue
        authors = []
        start = by.end()
        while start in people:
            end, pid = people[start]
            if byline_name(text, start, end):
                break
            authors.append((start, end, pid))
            gap = _CO_AUTHOR.match(text, end)
            if gap is None or gap.end() == end:
                break
            start = gap.end()
        if not authors:
            continue
        span = doc.char_span(authors[0][0], authors[0][1], alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        if ts < sent.start_char:
            continue  # the title is in another sentence: a quotation the splitter cut off
        label = " ".join(title.split())
        # the NER's work ending with the title and starting in it (``Alquimista`` of ``O Alquimista``)
        work = next((wid for ws, wid in sorted(works.get(te, ())) if ts <= ws and _ARTICLE.fullmatch(text[ts:ws])), None)
        if work is None:
            known_work = new.get(label)
            if known_work is None:
                wid = fresh_id(f"work{len(new)}", used)
                known_work = new[label] = Entity(id=wid, label=label, type=WORK)
            work = known_work.id
        for ps, pe, person in authors:
            key = (sent.start_char, frozenset((person, work)))
            if key in seen:
                continue
            seen.add(key)
            out.append(text_relation(doc_id, sent, (by.start(1), by.end(1)), (person, ps, pe), (work, ts, te), PREDICATE, TITLE_RULE, CONFIDENCE))
    objects = {r.object for r in out}
    return tuple(out), tuple(e for e in new.values() if e.id in objects)
