"""Which relation rules can fire on a token, decided once from the token's dependency label,
part of speech, whether it heads a copula and whether an entity mention starts at it.

Every rule of :mod:`~teia.extract.relations.rules` begins with a cheap test that refuses most
tokens (``svo_active`` needs a verb, ``genitive`` an ``nmod``, ``surface_nesting`` the first
token of a mention...). :data:`GATES` states, for each rule, a condition that the rule's own
first test implies, so a rule skipped by its gate would have returned nothing. The driver reads
the four features of a sentence's tokens from arrays (:class:`TokenFeatures`, one pass over the
doc) and calls on a token only the rules its features admit, in their usual order: the
relations found are the same, without fifteen calls per token.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.attrs import IDX, POS
from spacy.tokens import Doc

from teia.extract.docindex import tree
from teia.extract.labels import (
    ACL,
    ACL_RELCL,
    ADVCL,
    AMOD,
    APPOS,
    CCOMP,
    CONJ,
    COP,
    DEP,
    FLAT,
    FLAT_NAME,
    NMOD,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    XCOMP,
)
from teia.extract.relations.aged_roles import role_after_age
from teia.extract.relations.areas import area_nesting
from teia.extract.relations.aside_lifespans import aside_lifespan
from teia.extract.relations.bracket_parts import bracket_parts
from teia.extract.relations.conjoined_roles import conjoined_role
from teia.extract.relations.container_places import container_place
from teia.extract.relations.dash_places import dash_nesting
from teia.extract.relations.genitive import genitive, possessive_kin
from teia.extract.relations.lifespan import lifespan
from teia.extract.relations.nesting import surface_nesting
from teia.extract.relations.part_phrase import part_phrase
from teia.extract.relations.place_chains import place_chain
from teia.extract.relations.predicate_apposition import predicate_apposition
from teia.extract.relations.posts import post_role
from teia.extract.relations.pronouns import pronoun_subject
from teia.extract.relations.origin_adjectives import adjective_complement
from teia.extract.relations.nominal import apposed_adjective, appos_title, copula_noun, noun_object, xcomp_noun
from teia.extract.relations.roles import role_before_name
from teia.extract.relations.seats import seat_with
from teia.extract.relations.syntax import VERBAL
from teia.extract.relations.verbal import (
    adjectival_participle,
    control_xcomp,
    coordinated_verb,
    participial_clause,
    passive_agent,
    reciprocal,
    relative_clause,
    svo_active,
)

__all__ = ["GATES", "NOUN_GATES", "VERB_GATES", "TokenFeatures", "rules_for"]

#: (dependency label, POS, heads a copula, a mention starts at the token) -> may the rule fire
Gate = Callable[[str, str, bool, bool], bool]


def _clause_verb(dep: str, pos: str, cop: bool, start: bool) -> bool:
    # ``analyse_clause`` answers None for a non-verb or a verb with a copula
    return pos in VERBAL and not cop


#: The verb rules with their gates, in the order they run (first).
VERB_GATES: tuple[tuple[Callable, Gate], ...] = (
    (svo_active, lambda d, p, c, s: d not in (ACL, ACL_RELCL) and _clause_verb(d, p, c, s)),
    (passive_agent, lambda d, p, c, s: d not in (ACL, ACL_RELCL) and _clause_verb(d, p, c, s)),
    # an acl:relcl, or a relative misparsed as ccomp/advcl (``misparsed_relative``)
    (relative_clause, lambda d, p, c, s: d in (ACL_RELCL, CCOMP, ADVCL) and _clause_verb(d, p, c, s)),
    (participial_clause, lambda d, p, c, s: d == ACL and _clause_verb(d, p, c, s)),
    # an xcomp, or an infinitive advcl (``controlled``)
    (control_xcomp, lambda d, p, c, s: d in (XCOMP, ADVCL) and _clause_verb(d, p, c, s)),
    (coordinated_verb, lambda d, p, c, s: d == CONJ and _clause_verb(d, p, c, s)),
    (adjectival_participle, lambda d, p, c, s: p in ("ADJ", "VERB") and c),
    (pronoun_subject, lambda d, p, c, s: d not in (ACL, ACL_RELCL) and _clause_verb(d, p, c, s)),
    # "nascida em uma fazenda em Pinheiros": a place of birth, death or home through a noun inside it
    (container_place, lambda d, p, c, s: _clause_verb(d, p, c, s)),
)

#: The noun rules with their gates, in the order they run (after the verb rules).
NOUN_GATES: tuple[tuple[Callable, Gate], ...] = (
    (copula_noun, lambda d, p, c, s: c),
    # ``um dos dirigentes``: a numeral or pronoun standing for its partitive noun
    # (a predicative, a predicate parsed as an object or subject, ``como`` + noun)
    (xcomp_noun, lambda d, p, c, s: p in ("NOUN", "NUM", "PRON", "DET") and d in (XCOMP, OBJ, NSUBJ, NSUBJ_PASS, OBL)),
    (noun_object, lambda d, p, c, s: d in (OBJ, OBL) and p == "NOUN"),
    # "X faz parte de Y": a bare object noun of a verb of part_verbs, through the noun's frames
    (part_phrase, lambda d, p, c, s: d == OBJ and p == "NOUN"),
    # "X ocupa o cargo de presidente do Y": the role noun under the post noun of a verb's object
    (post_role, lambda d, p, c, s: d == NMOD and p == "NOUN"),
    # an apposition, a name part, a subject that is one (``misplaced_apposition``) or a role
    # after "na época" parsed as that noun's modifier (``role_after_then_phrase``)
    (appos_title, lambda d, p, c, s: d in (APPOS, FLAT_NAME, FLAT, NMOD, DEP, NSUBJ, NSUBJ_PASS, AMOD)),
    # "X é um político finlandês, líder do Partido Y": a role apposed to a predicate noun
    (predicate_apposition, lambda d, p, c, s: d in (APPOS, NMOD) and p == "NOUN"),
    (role_before_name, lambda d, p, c, s: p == "NOUN"),
    # "Segundo X, 43, gerente da Y, ...": a role after the person's age
    (role_after_age, lambda d, p, c, s: p == "NOUN"),
    # "Jorge Amado, natural de Itabuna": an adjective after a name and a comma
    (apposed_adjective, lambda d, p, c, s: p == "ADJ" and d in (AMOD, ACL, APPOS)),
    (adjective_complement, lambda d, p, c, s: p == "ADJ" and d == AMOD),
    # "X, diretor da Y e presidente da Z": the second of two roles of one person
    (conjoined_role, lambda d, p, c, s: d == CONJ and p in ("NOUN", "ADJ")),
    (genitive, lambda d, p, c, s: d == NMOD),
    (surface_nesting, lambda d, p, c, s: s),
    (area_nesting, lambda d, p, c, s: s),
    # "Lagoa Santa - MG": a place, a dash and its state's code or its country
    (dash_nesting, lambda d, p, c, s: s),
    # "Denver, Colorado, Estados Unidos": a town, its region and its country, commas between
    (place_chain, lambda d, p, c, s: s),
    # "Iugoslávia (Sérvia e Montenegro)": the places a bracket lists after a place are its parts
    (bracket_parts, lambda d, p, c, s: s),
    (lifespan, lambda d, p, c, s: s),
    # "Joseph Kosma (em húngaro Kozma József), (Budapeste, 1905 – ...)": an aside before the bracket
    (aside_lifespan, lambda d, p, c, s: s),
    (possessive_kin, lambda d, p, c, s: p == "NOUN"),
    # "X, com sede em Y", "X é uma emissora com sede em Y", "X tem sede em Y"
    (seat_with, lambda d, p, c, s: p == "NOUN" and d in (NMOD, OBL, OBJ)),
    (reciprocal, lambda d, p, c, s: p in VERBAL),
)

#: Every rule with its gate, in the order the rules run. This is the one list of the rules: a
#: new construction is added here with the gate its own first test implies.
GATES = VERB_GATES + NOUN_GATES

_ADMITTED: dict[tuple[str, str, bool, bool], tuple[Callable, ...]] = {}


def rules_for(dep: str, pos: str, cop: bool, start: bool) -> tuple[Callable, ...]:
    """The rules a token with these features may fire, in order (memoized: few combinations)."""
    key = (dep, pos, cop, start)
    rules = _ADMITTED.get(key)
    if rules is None:
        rules = _ADMITTED[key] = tuple(rule for rule, gate in GATES if gate(dep, pos, cop, start))
    return rules


class TokenFeatures:
    """The gate features of every token of a doc, read from arrays in one pass."""

    def __init__(self, doc: Doc, mention_starts: Sequence[int]) -> None:
        strings = doc.vocab.strings
        names: dict[int, str] = {}

        def name(h: int) -> str:
            s = names.get(h)
            if s is None:
                s = names[h] = strings[h] if h else ""
            return s

        parse = tree(doc)
        rows = doc.to_array([POS, IDX]).tolist() if len(doc) else []
        self.dep = parse.deps
        self.pos = [name(r[0]) for r in rows]
        self.cop_head = [False] * len(rows)
        for i in [i for i, dep in enumerate(parse.deps) if dep == COP]:
            if parse.heads[i] != i:  # a root is no child of its own
                self.cop_head[parse.heads[i]] = True
        starts = set(mention_starts)
        self.start = [r[1] in starts for r in rows]
        self.admitted: list[tuple[Callable, ...]] = []
        """The rules each token may fire (most tokens: none)."""
        known = _ADMITTED  # few combinations: looked up here, :func:`rules_for` for a new one
        for features in zip(self.dep, self.pos, self.cop_head, self.start):
            rules = known.get(features)
            self.admitted.append(rules if rules is not None else rules_for(*features))

    def rules(self, i: int) -> tuple[Callable, ...]:
        """The rules token ``i`` may fire."""
        return self.admitted[i]
