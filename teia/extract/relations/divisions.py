"""A division of a country named by its ``de`` complement (issue 20): ``a cidade de Miradouro``,
``o estado norte-americano do Texas``, ``o Condado de Allegheny`` written in lower case.

Wikipedia's place stubs and news text name a place through the noun of its kind:
``nasceu na cidade de Miradouro``, ``é uma cidade localizada no estado norte-americano do
Texas``, ``sediado na cidade de Santana do Livramento``. When the NER leaves the noun out of
the name, the clause's argument is the common noun, whose entity nothing found: the statement
was lost. A noun of a division of ``regions.json``'s ``area_levels`` (``região``, ``estado``,
``província``, ``condado``, ``município``, ``cidade``, ``bairro``...), or of its
``unranked_divisions`` (``distrito``, ``cantão``: ``localizado no distrito de Zwettl``), or a place
noun of ``entities.json``'s ``place_classifiers`` (``ilha``, ``reino``, ``paróquia``: the entity rules
leave such a noun in lower case out of the name, ``no distrito de Gänserndorf``,
:func:`teia.extract.entities.place_noun`), with a ``de`` complement names the place of that
complement (:meth:`~.context.Context.entity`); the complement must be
a place (checked by the caller), so ``o estado de saúde de Lula`` names nothing. ``capital``
is no division: ``a capital da Polônia`` is not Poland. The noun must be definite (an article,
or one fused with its preposition: ``na``, ``do``) and its adjectives gentilics, a country's
(``norte-americano``, ``brasileiro``) or a continent's (``americano``, Wikipedia's
``localizada no estado americano da Califórnia``): ``uma cidade da Bolívia``, ``cidades de Goiás``, ``a
região central da Etiópia`` and ``a cidade vizinha de Sumaré`` name a place of or near that
one, not it. Brazil's micro- and mesoregions are often named after a town of theirs
(:func:`named_after_a_town`): ``localizado na microrregião de Guaratinguetá`` is not in the town
Guaratinguetá, and the NER names the region and the town alike, so such a noun names no place here.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from teia.extract.demonyms import load_demonyms
from teia.extract.entities import place_noun
from teia.extract.labels import AMOD
from teia.extract.relations.syntax import case_of, de_complement, definite_noun, lemma_of

__all__ = ["NAMED_AFTER_A_TOWN", "division_name", "named_after_a_town"]

NAMED_AFTER_A_TOWN = frozenset({"mesorregião", "microrregião"})
"""Divisions (of ``regions.json``'s ``area_levels``) whose ``de`` complement may be a town's name,
the town the division is named after and holds among others (``a microrregião de Guaratinguetá``
holds Lavrinhas and Guaratinguetá): :func:`named_after_a_town`."""


def named_after_a_town(tok: Token, preposition: Callable[[str], str]) -> bool:
    """``tok`` is a noun of :data:`NAMED_AFTER_A_TOWN` whose ``de`` complement follows a bare
    ``de``, as a Brazilian town's name does (``na microrregião de Guaratinguetá``): reading the
    place through the noun would make the region and the town one node. With an article the
    complement is the region's own name (``na microrregião do Vale do Itajaí``, ``da Serra do
    Teixeira``), read as any division's. ``preposition`` as for :func:`division_name`."""
    if lemma_of(tok) not in NAMED_AFTER_A_TOWN:
        return False
    name = de_complement(tok, preposition)
    marker = case_of(name) if name is not None else None
    return marker is not None and marker.text.lower() == "de"


def division_name(tok: Token, preposition: Callable[[str], str]) -> Token | None:
    """The head of the ``de`` complement that names the division ``tok`` (``Miradouro`` of
    ``cidade de Miradouro``), its first after it; ``None`` when ``tok`` is no noun of a
    division or has no such complement. ``preposition`` maps a case word to its preposition
    (``do`` -> ``de``)."""
    if tok.pos_ != "NOUN" or not place_noun(lemma_of(tok)) or named_after_a_town(tok, preposition):
        return None
    if not definite_noun(tok):
        return None  # "uma cidade da Bolívia", "cidades de Goiás"
    gentilic = load_demonyms().gentilic  # a country's or a continent's: "no estado americano da Califórnia"
    if any(c.dep_ == AMOD and not gentilic(c.text) for c in tok.children):
        return None  # "a região central da Etiópia", "a cidade vizinha de Sumaré"
    return de_complement(tok, preposition)  # not another complement first ("o estado, em 1990, de...")
