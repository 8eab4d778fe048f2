"""A bare title the NER took for a name is no argument (issue 20): ``o Governador do Estado de São
Paulo, Luiz Antônio Fleury Filho, promulgou a Lei 7.664``, ``o Rei autoriza o Governador, João da
Maia Gama, a criação do Julgado``, ``collor é eleito Presidente``.

HAREM tags a post written with capitals as a person, and the NER, trained on it, makes a mention
of the title alone (``Governador``, ``Governadora Civil``, ``Secretário-Geral``): the rules then
relate that node, which names nobody (``Governador rel:promulgar Lei 7.664``, ``Governador
headquarteredIn Capitania de São Paulo``). :func:`settle_bare_titles` reads the statements of all
the rules once they are made: an argument whose entity's label is a bare title
(:func:`bare_title`: a role noun of the role rules' lexicon,
:func:`~teia.extract.relations.units.role_nouns` without the mapping's ``event_nouns`` as
:mod:`~teia.extract.relations.roles` reads it, alone or with its office adjectives, no name;
not ``Comando Militar``, an organization)

* when the sentence names the title's holder as ``titled-mention`` reads it (an apposition or a
  copula, :func:`~teia.extract.relations.titled_mentions.title_holders`), the holder stands for
  the title, if a person may fill that slot of the predicate; but a statement between the title
  and its own body (``Governador headquarteredIn Capitania de São Paulo``) goes, since
  ``titled-mention`` states the holder's post, and so does one the rules already made of the
  holder;
* when another sentence names the one holder of the same title's words (``a Governadora Civil do
  Distrito de Lisboa, Teresa Caeiro, ...`` then ``recebeu a Governadora Civil``), that holder
  stands for it, the same way (not in a statement with a title's body);
* otherwise the statement goes.

Only a person's or an organization's entity is read, as HAREM tags a title and ``titled-mention``
reads it: not a place (``Professor Jamil``, ``Presidente Prudente``: towns named after a holder).
The title's node stays in the graph (its type is the mention layer's).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from teia.extract.entities import ENTITIES
from teia.extract.gazetteer import given_names, surnames
from teia.extract.labels import ORG, PER
from teia.extract.relations.gates import takes_a_person
from teia.extract.relations.mapping import RelationMapping
from teia.extract.relations.syntax import held_role
from teia.extract.relations.titled_mentions import OFFICE_QUALIFIER, Holder, title_holders, whole_titles
from teia.extract.relations.units import role_nouns
from teia.extract.resolve.names import name_key
from teia.records import Relation

__all__ = ["bare_title", "settle_bare_titles"]


def bare_title(label: str, roles: frozenset[str]) -> bool:
    """Whether ``label`` is a capitalized role noun of ``roles`` (its lemma as the mapping has it,
    a former one, ``Ex-Presidente``, or a compound with a part of them, ``Secretário-Geral``,
    ``Vice-Presidente``), followed by nothing but office adjectives (``Civil``, ``Executivo``:
    :data:`~teia.extract.relations.titled_mentions.OFFICE_QUALIFIER`, not a given name or a surname
    of the name lists, ``Presidente Amaral``)."""
    words = label.split()
    if not words or not words[0][:1].isupper():
        return False
    head = held_role(words[0].lower())
    if head not in roles and not any(part in roles for part in head.split("-")):
        return False
    return all(OFFICE_QUALIFIER.fullmatch(w) is not None and w not in _names() for w in words[1:])


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """The given names and surnames of the name lists, which no office adjective is."""
    return given_names() | surnames()


def settle_bare_titles(doc: Doc, relations: Sequence[Relation], mapping: RelationMapping) -> tuple[Relation, ...]:
    """``relations`` with each argument that is a bare title (module docstring) replaced by the
    holder the sentence or the document names, or the statement dropped."""
    entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
    if not entities:
        return tuple(relations)
    # the role rules' nouns of a post, not a noun of an act ("Comando Militar", "Fundação")
    roles = role_nouns(mapping) - mapping.event_nouns
    # a person or an organization, as HAREM tags a title and titled-mention reads it: a place is the
    # place's, whatever its name ("Professor Jamil", a town)
    titles = {e.id: name_key(e.label) for e in entities if e.type in (PER, ORG) and bare_title(e.label, roles)}
    if relations:
        # a whole title with its body ("a Governadora Civil do Distrito de Lisboa") names a post
        # as a bare one does; no later mention of its words alone stands for its holder
        titles.update((eid, "") for eid, lemma in whole_titles(doc, mapping).items() if lemma in roles and eid not in titles)
    if not titles or not any(r.subject in titles or r.object in titles for r in relations):
        return tuple(relations)
    holders = title_holders(doc, mapping)
    people: dict[str, set[str]] = {}
    bodies: set[str] = set()
    for held in holders.values():
        people.setdefault(held.words, set()).add(held.person[0])
        if held.body_id is not None:
            bodies.add(held.body_id)
    said = {(r.subject, r.predicate, r.object) for r in relations if r.subject not in titles and r.object not in titles}
    out: list[Relation] = []
    for r in relations:
        if r.subject not in titles and r.object not in titles:
            out.append(r)
            continue
        settled = _held(r, titles, holders, people, bodies)
        if settled is None or settled.subject == settled.object:
            continue
        key = (settled.subject, settled.predicate, settled.object)
        if key not in said:
            said.add(key)
            out.append(settled)
    return tuple(out)


def _held(r: Relation, titles: dict[str, str], holders: dict[int, Holder], people: dict[str, set[str]], bodies: set[str]) -> Relation | None:
    """``r`` with its bare titles replaced by their holders, or None when one has none, when the
    other argument is the title's own body or when no person may fill the title's slot. The
    holder is the one the sentence names beside the title, else the one person the document
    names beside the same title's words (``a Governadora Civil do Distrito de Lisboa, Teresa
    Caeiro`` for a later ``a Governadora Civil``), not related to a title's body."""
    ev = r.evidence
    for subject in (True, False):
        entity, start = (r.subject, ev.subject_start) if subject else (r.object, ev.object_start)
        if entity not in titles:
            continue
        if not takes_a_person(r.predicate, subject=subject):
            return None
        held = holders.get(start)
        if held is None:
            named = people.get(titles[entity], set())
            if len(named) != 1 or (r.object if subject else r.subject) in bodies:
                return None
            # the title's mention here stands for the one holder the document names
            r = replace(r, subject=next(iter(named))) if subject else replace(r, object=next(iter(named)))
            continue
        (person, pstart, pend), (bstart, bend), body = held.person, held.body, held.body_id
        other, ostart = (r.object, ev.object_start) if subject else (r.subject, ev.subject_start)
        if other == body or bstart <= ostart < bend:
            return None  # "Governador headquarteredIn Capitania de São Paulo": titled-mention says it
        if subject:
            r = replace(r, subject=person, evidence=replace(ev, subject_start=pstart, subject_end=pend))
        else:
            r = replace(r, object=person, evidence=replace(ev, object_start=pstart, object_end=pend))
        ev = r.evidence
    return r
