"""A party's adjective before a politician's name (issue 20): ``o tucano Fernando Henrique``,
``o deputado petista Jaques Wagner``, ``os peemedebistas Quércia e Barros Munhoz``.

Brazilian news names a politician's party by its adjective (``petista`` of the PT, ``tucano``
of the PSDB, ``pefelista`` of the PFL), as it names a country by its demonym. The
``party_adjectives`` table of ``teia/extract/data/regions.json`` maps each adjective (masculine
singular) to the party's acronym; the feminine and plural forms are read through it
(``tucana``, ``tucanos``, ``petistas``). :func:`party_relations`, run after the rules, reads the
phrase off the tokens as :mod:`~teia.extract.relations.demonyms` does: an article (or a
preposition fused with one), at most three lower-case nouns or adjectives with one party
adjective among them, and a person's name right after; a plural adjective takes every name of
the list after it (names separated only by a comma or ``e``). The person is ``memberOf`` the
party: the document's organization labelled with its acronym or its name (``parties``), or a new organization
labelled with the acronym, without mentions.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from teia.extract.docindex import doc_text, has_annotation
from teia.extract.entities import ENTITIES, doc_id_of
from teia.extract.labels import ORG, PER
from teia.extract.regions import LOWER_WORD, Regions, load_regions
from teia.extract.relations.found import fresh_id, text_relation
from teia.extract.relations.gaps import COMMA_OR_AND_GAP
from teia.extract.relations.syntax import DEFINITE_ARTICLES, FUSED_DEFINITE
from teia.extract.resolve.names import name_key
from teia.records import Entity, Relation

__all__ = ["PARTY_RULE", "party_relations", "party_of"]

PARTY_RULE = "party-adjective"
PREDICATE = "memberOf"
CONFIDENCE = 0.8
_MAX_WORDS = 3
_OPENERS = DEFINITE_ARTICLES | FUSED_DEFINITE


def party_of(word: str, regions: Regions) -> tuple[str, bool] | None:
    """The party acronym of an adjective in any of its four forms, and whether the form is
    plural (``tucanas`` → ``("PSDB", True)``), or None."""
    adjectives = regions.party_adjectives
    plural = word.endswith("s")
    stem = word[:-1] if plural else word
    for form in (stem, stem[:-1] + "o" if stem.endswith("a") else None):
        if form is not None and form in adjectives:
            return adjectives[form], plural
    return None


def _adjective_before(doc: Doc, start: int, sent: Span, regions: Regions) -> tuple[int, str, bool] | None:
    """The party adjective of the phrase right before token ``start`` (module docstring):
    ``(token index, party acronym, plural)``, or None."""
    found = None
    j = start - 1
    while j >= sent.start and start - j <= _MAX_WORDS:
        tok = doc[j]
        if tok.pos_ not in ("NOUN", "ADJ") or not LOWER_WORD.fullmatch(tok.text):
            break
        party = party_of(tok.text, regions)
        if party is not None:
            if found is not None:
                return None  # two parties: not read
            found = (j, *party)
        j -= 1
    if found is None or j < sent.start or doc[j].lower_ not in _OPENERS:
        return None
    return found


def party_relations(
    doc: Doc, known: Sequence[Relation], regions: Regions | None = None
) -> tuple[tuple[Relation, ...], tuple[Entity, ...]]:
    """The ``memberOf`` statements of the doc's party adjectives (module docstring), in text
    order, without those ``known`` holds for the same sentence; and the new parties."""
    entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
    if not entities or not has_annotation(doc, "DEP"):
        return (), ()
    regions = regions or load_regions()
    if not regions.party_adjectives:
        return (), ()
    people: list[tuple[int, str, int, int]] = []  # token start, entity, char start, char end
    orgs: dict[str, str] = {}
    for ent in entities:
        if ent.type == ORG:
            # by its label: a mention merged into another organization names that one
            orgs.setdefault(name_key(ent.label), ent.id)
        elif ent.type == PER:
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and m.text[:1].isupper():
                    people.append((span.start, ent.id, m.start, m.end))
    people.sort()
    text = doc_text(doc)
    used = {e.id for e in entities}
    new: dict[str, Entity] = {}
    seen = {(r.evidence.sentence_start, r.subject, r.predicate, r.object) for r in known}
    out: list[Relation] = []
    doc_id = doc_id_of(doc)
    for k, (ts, pid, cs, ce) in enumerate(people):
        if ts == 0 or doc[ts - 1].pos_ not in ("NOUN", "ADJ"):
            continue
        sent = doc[ts].sent
        found = _adjective_before(doc, ts, sent, regions)
        if found is None:
            continue
        j, acronym, plural = found
        node = orgs.get(name_key(acronym)) or orgs.get(name_key(regions.parties.get(acronym, acronym)))
        if node is None:
            if acronym not in new:
                new[acronym] = Entity(id=fresh_id(f"party{len(new)}", used), label=acronym, type=ORG)
            node = new[acronym].id
        targets = [(pid, cs, ce)]
        if plural:
            end = ce
            for ts2, pid2, cs2, ce2 in people[k + 1 :]:
                if cs2 >= sent.end_char or not COMMA_OR_AND_GAP.fullmatch(text[end:cs2]):
                    break
                targets.append((pid2, cs2, ce2))
                end = ce2
        adj = (doc[j].idx, doc[j].idx + len(doc[j]))
        for person, ps, pe in targets:
            key = (sent.start_char, person, PREDICATE, node)
            if key in seen:
                continue
            seen.add(key)
            out.append(text_relation(doc_id, sent, adj, (person, ps, pe), (node, *adj), PREDICATE, PARTY_RULE, CONFIDENCE))
    objects = {r.object for r in out}
    return tuple(out), tuple(e for e in new.values() if e.id in objects)
