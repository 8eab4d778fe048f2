"""Checks every relation a rule found must pass before it becomes a statement (issue 20).

Two checks, the same for every construction:

* both arguments are written with words somewhere: an entity whose label and mentions have no
  word starting with two letters (``7/5``, ``5ª``, ``6/2``: a score or an ordinal the NER took
  for a name) is no argument of a fact. Lower-case names stay (``os bolcheviques``, a unit
  named by a common-noun phrase, :mod:`.units`);
* the entity categories fit the property's declared domain and range in ``teia.ttl``
  (:func:`~teia.extract.relations.mapping.property_classes`): a ``Person`` slot takes a person,
  and a person never fills a ``Place``, ``Organization``, ``Work`` or ``Event`` slot
  (``jogadores Sousa, do Rio Branco, e Pinga``: no ``memberOf`` to the person ``Pinga``). Open
  relations (``rel:…``) declare nothing and are only checked as names. Places are allowed in
  ``Agent`` and ``Organization`` slots (``o Brasil derrotou os EUA``, a country member of a
  bloc), and the categories other than the person are not told apart: the NER types clubs and
  companies as places often enough that such a check would drop right facts.
"""

from __future__ import annotations

from collections.abc import Iterable

from teia.extract.labels import PER
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg, Found
from teia.extract.relations.mapping import property_classes
from teia.records import Entity

__all__ = ["named_entities", "plausible", "written_as_name"]

# ontology classes a person never belongs to
_NOT_PERSON = frozenset({"Place", "Organization", "Work", "Event"})


def written_as_name(text: str) -> bool:
    """Whether ``text`` has a word starting with two letters (``Lula``, ``PT``, ``bolcheviques``;
    not ``7/5``, ``5ª``, ``6/2``)."""
    return any(w[:2].isalpha() and len(w) >= 2 for w in text.split())


def _fits(category: str, cls: str) -> bool:
    if cls == "Person":
        return category == PER
    return not (category == PER and cls in _NOT_PERSON)


def named_entities(entities: Iterable[Entity]) -> frozenset[str]:
    """The ids of the entities with a label or mention written as a name (:func:`written_as_name`)."""
    return frozenset(e.id for e in entities if written_as_name(e.label) or any(written_as_name(m.text) for m in e.mentions))


def plausible(found: Found, ctx: Context, named: frozenset[str]) -> bool:
    """Whether ``found`` relates two entities written as names (``named``, see
    :func:`named_entities`) whose categories fit its property (module docstring)."""
    if found.subject.entity not in named or found.object.entity not in named:
        return False
    classes = property_classes().get(found.predicate)
    if classes is None:
        return True  # an open relation
    domain, range_ = classes
    return _fits(_category(found.subject, ctx), domain) and _fits(_category(found.object, ctx), range_)


def _category(arg: Arg, ctx: Context) -> str:
    return ctx.category.get(arg.entity, "")
