"""The verb of a contest a name is a party of (``o Braga venceu o Benfica``).

Read by the genitive rule (a place after a party is where the parties met) and by the entity
rules (a town's name as a party of a contest is a club's), so it imports neither.
"""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.entity_words import entity_words
from teia.extract.labels import NSUBJ, OBJ, OBL
from teia.extract.relations.mapping import RelationMapping
from teia.extract.relations.syntax import flat_head, lemma_of
from teia.folding import fold

__all__ = ["contest_verb_of"]


def contest_verb_of(tok: Token, mapping: RelationMapping) -> Token | None:
    """The verb of a contest (a frame of the mapping's ``CONTESTS``, ``enfrentar``, ``vencer``, or
    a verb opening with a word of a match's report, ``empatar``, ``golear``, ``bater``:
    ``match_words``) whose subject or object (``obl`` too: ``perdeu para o Santos``) is the name
    ``tok`` heads (a word of a flat name climbs to its head), None when there is none."""
    name = flat_head(tok)
    verb = name.head
    if name.dep_ not in (NSUBJ, OBJ, OBL) or verb.i == name.i or verb.pos_ != "VERB":
        return None
    lemma = lemma_of(verb).lower()
    if mapping.contest_verb(lemma) or fold(lemma).startswith(tuple(entity_words().match_words)):
        return verb
    return None
