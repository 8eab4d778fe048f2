"""Relational nouns: copulas, predicatives, event nouns as objects, appositions and titles.

A relational noun (``líder``, ``chefe``, ``presidente``) relates its subject (the clause's,
the name in apposition) to the entities of its complements, through the mapping's noun frames:
``X foi o líder de Y``, ``X foi eleito presidente de Y``, ``X, chefe de Estado de Y``; two names
side by side (``Madison (EUA)``) go through the mapping's apposition rules.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.tokens import Token

from teia.extract.articles import OF_FORMS
from teia.extract.characters import ORDINAL_SIGNS
from teia.extract.demonyms import load_demonyms, names_a_country
from teia.extract.docindex import dependents, has_dependent
from teia.extract.lexicons import alternation
from teia.extract.entities import PERSON_ROLES, PERSON_TITLES
from teia.extract.entity_words import entity_words
from teia.extract.labels import (
    ACL,
    AMOD,
    APPOS,
    CASE,
    CC,
    CONJ,
    CONCEPT,
    COP,
    DEP,
    DET,
    FLAT,
    FLAT_NAME,
    IOBJ,
    LOC,
    NMOD,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    ORG,
    PER,
    XCOMP,
)
from teia.extract.relations.areas import area_level, country_in_a_division, division_order
from teia.extract.relations.clauses import analyse_clause, prodrop_ok, subject_args
from teia.extract.relations.context import Context
from teia.extract.relations.demonyms import town_for_nationality
from teia.extract.relations.gaps import BRACKET_OPENS, COMMA_GAP
from teia.extract.relations.units import ROLE_PREDICATES, load_units
from teia.extract.relations.divisions import named_after_a_town
from teia.extract.relations.found import (
    ASSERTED,
    OPEN_PREFIX,
    Arg,
    Found,
    make_found,
    open_predicate,
    with_prodrop,
)
from teia.extract.relations.gates import known_place, known_place_names
from teia.extract.relations.lifespan import in_lifespan
from teia.extract.relations.mapping import Frame
from teia.extract.relations.modality import clause_modality, negated
from teia.extract.relations.nesting import acronym_of, cut_abbreviation, gloss_bracket, joined_places, no_body
from teia.extract.relations.repairs import (
    apposition_parsed_as_conjunct,
    complement_of_adjective,
    complement_of_modified_noun,
    complement_of_object_noun,
    misplaced_apposition,
    named_by_the_copula,
    role_after_then_phrase,
    stranded_conjuncts,
    stranded_subject,
)
from teia.extract.relations.results_teams import results_code
from teia.extract.relations.syntax import CLITICS, case_of, clause_tokens, conjuncts, lemma_of
from teia.extract.predicate_types import noun_type, predicate_noun_types
from teia.extract.regions import load_regions, state
from teia.folding import fold

__all__ = [
    "name_top",
    "apposed_adjective",
    "appos_title",
    "copula_noun",
    "list_goes_on",
    "name_before_bare_role",
    "noun_object",
    "noun_objects",
    "noun_frame",
    "noun_relations",
    "open_of_de",
    "xcomp_noun",
]


def noun_objects(noun: Token, ctx: Context) -> list[tuple[str, Arg]]:
    """The entities a relational noun relates to: ``chefe [de Estado] da Polônia`` → (de, Polônia)."""
    out: list[tuple[str, Arg]] = []
    children = list(noun.children)
    # "o confronto decisivo da guerra" with "guerra" hung on the adjective: the noun's complement
    hung = [g for c in children if c.dep_ == AMOD for g in c.children if (owner := complement_of_modified_noun(g, ctx)) is not None and owner.i == noun.i]
    for c in sorted(children + hung, key=lambda t: t.i) if hung else children:
        if c.dep_ == NMOD or (c.dep_ == OBL and (noun.pos_ == "ADJ" or c.head.i != noun.i)):
            case = case_of(c)
            if case is None:
                continue
            prep = ctx.mapping.preposition(case.lemma_ or case.text)
            if c.dep_ == OBL and not ctx.mapping.nouns.get((lemma_of(noun), prep)):
                continue  # an adjective's complement ("é natural de Braga"): mapped frames only
            if prep in ctx.mapping.attribution:
                continue  # "Caracaraí é um município ..., segundo o IBGE": the source, no complement
            if ctx.mapping.sets_aside(prep):
                continue  # "uma organização sem fins lucrativos dos EUA", "um reino, apesar do seu Carducci"
            if complement_of_adjective(c, ctx) is not None:
                continue  # "um ator brasileiro natural de Belo Horizonte": the adjective's (natural-of)
            args = ctx.entities(c)
            if args and _a_field(c, case, args, ctx):
                # "professora de Matemática da Universidade de Coimbra": the body, not the field
                out.extend(("de", a) for a in _bodies_of(c, ctx))
                continue
            # "chefe de Estado da Polônia" (even when the NER took "Estado"); not past a role's
            # unit ("secretário da Fazenda de São Paulo": the Secretaria da Fazenda), nor past a
            # person's role after another preposition ("uma concentração eleitoral, com prefeito do
            # PSDB": the PSDB is the mayor's, not the noun's), nor past a region named after a town
            # ("um município ..., na microrregião de Guaratinguetá": not in the town)
            if c.pos_ == "NOUN" and not any(a.entity in ctx.units for a in args) and not _role_under(prep, c) and not named_after_a_town(c, ctx.mapping.preposition):
                second = _second_role(c, ctx)
                for g in c.children:
                    gcase = case_of(g)
                    if second is not None and g.i > second:
                        break  # "presidente do Ipea e pesquisadora da FGV": the FGV is the second role's
                    if g.dep_ == NMOD and gcase is not None and ctx.mapping.preposition(gcase.lemma_ or gcase.text) == "de":
                        if complement_of_adjective(g, ctx) is not None:
                            break  # "um jogador de futebol brasileiro, natural de São José": no team
                        deeper = ctx.entities(g)
                        if not deeper and board_of_field(g, ctx) is not None:
                            # "o presidente do conselho de administração da APSS": the
                            # organization of the board's field (P68g)
                            deeper = _bodies_of(g, ctx)
                        if deeper:
                            args = deeper
                            if (qualifier := role_qualifier(noun, ctx)) is not None and qualifier[1].i == c.i:
                                prep = "de"  # "presidente em exercício da Febec": the role's own complement
                            break
            out.extend((prep, a) for a in args + stranded_conjuncts(noun, c, args, ctx))
        elif c.dep_ == AMOD:  # "o líder bolchevique Lenin"
            arg = ctx.direct(c)
            if arg is not None and ((q := role_qualifier(noun, ctx)) is None or q[1].i != c.i):
                # not "O ANTIGO chefe de Estado": a former holder's word the NER took for a name (P67a)
                out.append(("de", arg))
    if noun.dep_ == OBJ:  # "jurar fidelidade às Potências", the complement parsed as the verb's
        for c in noun.head.children:
            if c.dep_ in (OBL, IOBJ) and c.i > noun.i and (owner := complement_of_object_noun(c, ctx)) is not None and owner.i == noun.i:
                case = case_of(c)
                out.extend((ctx.mapping.preposition(case.lemma_ or case.text), a) for a in ctx.entities(c))
    return out


def _role_under(prep: str, c: Token) -> bool:
    """Whether the complement ``c`` of a noun, under the preposition ``prep`` other than ``de``,
    is a person's role or title (``PERSON_ROLES``, ``PERSON_TITLES``; ``com prefeito do PSDB``,
    ``ataques ao líder do PSD``): the name in its own ``de`` complement is the role's unit, which
    the noun does not relate to. Under ``de`` the role's unit stays the noun's (``assessor do
    presidente da Câmara``)."""
    return prep != "de" and (lemma_of(c) in PERSON_ROLES or lemma_of(c) in PERSON_TITLES)


def _a_field(c: Token, case: Token, args: list[Arg], ctx: Context) -> bool:
    """Whether the complement ``c`` of a noun names a field of study or work, not a body: after a
    bare ``de``/``em`` (no article, as a field takes: ``professor de Física``, ``doutor em
    Economia``, against ``professor da USP``), either typed a concept by the NER or followed by a
    body of its own (``catedrático de Língua Portuguesa do Colégio Militar``, ``Língua
    Portuguesa`` typed an organization): a capitalized complement after ``do``/``da``."""
    if case.lower_ not in ("de", "em") or any(a.entity in ctx.units for a in args) or lemma_of(c) in _PASS_ON:
        return False  # "secretário de Política Econômica": the unit the role makes, a body; "chefe de Estado"
    if all(ctx.category.get(a.entity) == CONCEPT for a in args):
        return True
    return any(
        g.text[:1].isupper()
        and not any(a.start <= g.idx < a.end for a in args)  # not "São Lourenço do Douro"'s own "do"
        and (gcase := case_of(g)) is not None
        and gcase.lower_ != "de"
        and ctx.mapping.preposition(gcase.lemma_ or gcase.text) == "de"
        for g in dependents(c, (NMOD,))
    )


def _bodies_of(field: Token, ctx: Context) -> list[Arg]:
    """The organizations named in the ``de`` complements of the field ``field`` (``Matemática da
    Universidade de Coimbra``): where the role is held."""
    out: list[Arg] = []
    for g in dependents(field, (NMOD,)):
        gcase = case_of(g)
        if gcase is not None and ctx.mapping.preposition(gcase.lemma_ or gcase.text) == "de":
            out.extend(a for a in ctx.entities(g) if ctx.category.get(a.entity) == ORG and a not in out)
    return out


def board_of_field(field: Token, ctx: Context) -> Token | None:
    """The board noun ``field`` is the field of, or None: ``administração`` of ``o presidente do
    conselho de administração da APSS``, a lower-case common noun after a bare ``de`` (no
    article) that names no entity, the ``de`` complement of a noun of the mapping's
    ``board_nouns`` (``conselho``, ``comissão``, ``diretoria``) written with an article or none.
    The organization of the field's own ``de`` complement is then the board's: the parser hangs
    it on the field or on the board (issue 20, P68g)."""
    if field.dep_ != NMOD or field.pos_ != "NOUN" or not field.text.islower() or has_dependent(field, (DET,)):
        return None
    case, board = case_of(field), field.head
    if case is None or case.lower_ != "de" or ctx.direct(field) is not None:
        return None
    if board.dep_ != NMOD or board.pos_ != "NOUN" or not board.text.islower() or lemma_of(board) not in ctx.mapping.board_nouns:
        return None
    board_case = case_of(board)
    if board_case is None or ctx.mapping.preposition(board_case.lemma_ or board_case.text) != "de":
        return None
    return board


NATIONALITY = "nationality"
"""A noun frame's predicate that holds only with a country for object (:func:`noun_frame`)."""
#: the head-of predicates of a role noun: held in the organization itself, not in a part of it
_HEAD_OF = frozenset({"led", "keyPersonOf", "commanded", "founded"})
AFFILIATED = "affiliatedWith"
"""What the head of a part of an organization is to the organization."""
#: nouns between a role and its organization that pass the role on: ``chefe de Estado da Polônia``
_PASS_ON = frozenset({"estado", "governo"})


def _second_role(tok: Token, ctx: Context) -> int | None:
    """The position of a common noun coordinated with ``tok`` by ``e`` without an article of its
    own (``o presidente do Ipea e pesquisadora da FGV``: the parser hangs the second role on the
    first's complement, and the complements after it on either), or None."""
    for c in dependents(tok, (CONJ,)):
        if c.pos_ in ("NOUN", "ADJ") and c.text[:1].islower() and ctx.direct(c) is None and not dependents(c, (DET,)):
            if any(cc.lower_ == "e" for cc in dependents(c, (CC,))):
                return c.i
    return None


def name_top(a: Arg) -> Token:
    """The token of ``a``'s name that hangs outside it (``Comissão`` of ``Comissão Técnica de
    Pecuária Leiteira``, whose argument token may be ``Pecuária``)."""
    t = a.token
    while t.head.i != t.i and a.start <= t.head.idx < a.end:
        t = t.head
    return t


def _in_a_part(noun: Token, obj: Arg, ctx: Context) -> bool:
    """Whether ``obj`` is the owner of a part the role ``noun`` is held in: ``diretor de
    marketing do Bradesco``, ``chefe da inteligência militar de Israel`` (a common noun between
    them, not ``Estado``/``governo``, whose complement ``obj`` is). A part spelled with a capital
    that no mention covers is one too (``o diretor de Normas do Banco Central``; ``o diretor de
    Arrecadação Fiscal do INSS``, which the parser hangs beside the organization on the role):
    news names a department so, and its director leads that, not the bank (issue 20, P59i)."""
    top = name_top(obj)
    part, case = top.head, case_of(top)
    if case is None:
        return False  # "proprietária da tecelagem Parahyba": a name, not a part's owner
    if (board := board_of_field(part, ctx)) is not None:
        part = board  # "presidente do conselho de administração da APSS": the board is the part (P68g)
    if part.i == noun.i:
        # "diretor de Arrecadação Fiscal do INSS": the part a sibling of the owner before it
        return any(noun.i < c.i < top.i and _unnamed_part(c, ctx) for c in noun.children)
    if part.head.i != noun.i or part.pos_ != "NOUN" or lemma_of(part) in _PASS_ON:
        return False
    if (qualifier := role_qualifier(noun, ctx)) is not None and qualifier[1].i == part.i:
        return False  # "presidente em exercício da Febec": the role held for another, no part (P61e)
    return part.text[:1].islower() or _unnamed_part(part, ctx)


def _area_qualified(noun: Token) -> bool:
    """Whether the role ``noun`` is held in an area an adjective after it names (``o diretor
    financeiro da X``, ``o diretor regional do Y``; ``units.json``'s ``area_adjectives``): an
    officer of the body, not its head, as in a named department (issue 20, P60m)."""
    areas = load_units().area_adjectives
    return any(c.dep_ == AMOD and c.i > noun.i and c.text.islower() and c.lower_ in areas for c in noun.children)


#: the preposition a qualifier in a phrase of its own is written with: "presidente de honra",
#: "presidente em exercício"; an elect is an adjective or a bare participle ("governador eleito")
_QUALIFIER_PREPS = {"honorary": "de", "acting": "em"}
#: the word an open relation names a qualifier's kind with, whatever its form ("governadores
#: eleitos" → rel:governador_eleito_de, "presidente de honra" → rel:presidente_honorário_de)
_QUALIFIER_WORDS = {"elect": "eleito", "honorary": "honorário"}
# (a "former" holder's word is the "ex-" before the role: "o antigo ministro" → rel:ex_ministro_de)


def role_qualifier(noun: Token, ctx: Context) -> tuple[str, Token] | None:
    """The kind and the word of a qualifier right after the role ``noun`` that changes who holds
    the role (``units.json``'s ``role_qualifiers``): an adjective or a bare participle (``o
    governador eleito do Ceará``, ``o presidente honorário do clube``) or a bare noun after its
    preposition (``presidente de honra``, ``presidente em exercício da Febec``) (issue 20, P61e);
    ``None`` when there is none. A participle with words of its own is a clause about the holder
    (``o deputado eleito em 1990``), no qualifier. A ``former`` holder's word comes right before
    the role instead, read whatever its case (``o antigo ministro``, ``O ANTIGO chefe de
    Estado``; issue 20, P67a)."""
    kinds = load_units().qualifier_kinds
    doc = noun.doc
    if noun.i > 0:
        # "o antigo ministro", "O ANTIGO chefe de Estado do Uruguai": a former holder's word comes
        # before the role, in any case (a headline's capitals) (issue 20, P67a)
        before = doc[noun.i - 1]
        if kinds.get(before.lower_) == "former" and before.head.i == noun.i and before.dep_ == AMOD:
            return "former", before
    nxt = noun.i + 1
    if nxt >= len(doc):
        return None
    word = doc[nxt]
    kind = kinds.get(word.lower_)
    if kind == "former":
        return None  # "o presidente antigo": after the role, no former holder's word
    if kind is not None and word.head.i == noun.i and word.text.islower():
        if word.dep_ == AMOD and kind != "acting":
            return kind, word
        if word.dep_ == ACL and kind == "elect" and not any(True for _ in word.children):
            return kind, word
        return None
    if nxt + 1 >= len(doc) or word.dep_ != CASE:
        return None
    word = doc[nxt + 1]
    kind = kinds.get(word.lower_)
    if kind is None or word.head.i != noun.i or word.dep_ != NMOD or case_of(word) is None or case_of(word).i != nxt:
        return None
    if _QUALIFIER_PREPS.get(kind) != ctx.mapping.preposition(doc[nxt].lower_):
        return None
    return kind, word


def _unnamed_part(part: Token, ctx: Context) -> bool:
    """Whether ``part``, a ``de`` complement of a role spelled with a capital (a noun, or a word
    the parser took for a name), names a part of an organization: no mention covers it
    (``Normas``, ``Arrecadação Fiscal``), and it is not ``Estado``/``governo``, whose complement
    the role is of (``ministro de Estado das Relações Exteriores``)."""
    if part.pos_ not in ("NOUN", "PROPN") or part.dep_ != NMOD or not part.is_title or part.lower_ in _PASS_ON:
        return False
    case = case_of(part)
    if case is None or ctx.mapping.preposition(case.lemma_ or case.text) != "de":
        return False
    return ctx.mention(part.idx, part.idx + len(part.text)) is None


def _person_with_a_title(noun: Token, obj: Arg, ctx: Context) -> bool:
    """Whether ``obj`` is a person whose name hangs on a title word of its own, not on the role
    ``noun``: ``chefe de gabinete do ministro Rubens Ricupero``, ``do presidente alemão, Roman
    Herzog, do vice-presidente americano, Al Gore`` (one does not head a person; Bosque and
    MAC-MORPHO news, issue 20). An organization the NER took for a person keeps its role:
    ``presidente da Walt Disney``, ``secretário-geral da Aladi`` hang on the role itself."""
    if ctx.category.get(obj.entity) != PER:
        return False
    title = name_top(obj).head
    return title.i != noun.i and title.pos_ == "NOUN" and title.text[:1].islower()


def noun_relations(
    subject: Arg, noun: Token, ctx: Context, rule: str, *, clause_head: Token | None = None, typed_only: bool = False
) -> list[Found]:
    """The relations of a relational noun with its subject, through the noun's frames in the
    mapping (:func:`noun_frame`); a complement no frame covers gives an open relation
    (``rel:<lemma>_<prep>``, rule ``open:<rule>``) unless ``typed_only``: a rule that reads the
    noun where an open relation would say little keeps only the typed frames (``X faz parte de
    Y``, ``X é um político, líder do Partido Y``, ``Jorge Amado, natural de Itabuna``)."""
    found = []
    if lemma_of(noun) in ctx.mapping.distance_nouns:
        return found  # "Barretos (438 km a noroeste de São Paulo)": a distance, not a relation
    objects = [(prep, obj) for prep, obj in noun_objects(noun, ctx) if obj.entity != subject.entity]
    if not objects:
        return found  # nothing to relate the subject to: polarity, modality and time unread
    head = clause_head if clause_head is not None else noun
    polarity = not negated(head, ctx) and not negated(noun, ctx)
    modality = clause_modality(head, ctx) if clause_head is not None or has_dependent(noun, (COP,)) else ASSERTED
    time = ctx.time_in(list(noun.subtree)) or (ctx.time_in(clause_tokens(clause_head)) if clause_head is not None else None)
    lemma = lemma_of(noun)
    # "o belga Thierry Stump, em Itapevi", "o holandês " Belle ", da diretora Irma Achten": a
    # gentilic read as the noun says where the name is from (the demonym rule's), no relation
    gentilic = load_demonyms().gentilic(noun.text)
    # "o governador eleito do Ceará", "o presidente honorário do clube": the open relation keeps
    # the qualifier (rel:governador_eleito_de), as it keeps a former holder's "ex" (P61e)
    qualifier = role_qualifier(noun, ctx)
    kind = qualifier[0] if qualifier is not None else ""
    words = f"{lemma} {_QUALIFIER_WORDS[kind]}" if kind in _QUALIFIER_WORDS else lemma
    if kind == "former" and not lemma.startswith("ex-"):
        words = f"ex-{lemma}"  # "o antigo ministro da Fazenda": rel:ex_ministro_de, as "o ex-ministro" (P67a)
    for prep, obj in objects:
        frame = noun_frame(lemma, prep, ctx.category.get(subject.entity, ""), obj, ctx)
        if frame is not None and (lemma.startswith("ex-") or kind in ("elect", "former")) and frame.predicate in ROLE_PREDICATES:
            # "o ex-secretário da Receita Federal": a former holder holds nothing now; the open
            # relation keeps the "ex" (rel:ex_secretário_de), a typed one would say he does (P60m);
            # an elect holds nothing yet (rel:governador_eleito_de, P61e)
            frame = None
        if frame is None:
            if not typed_only and not gentilic and (predicate := open_predicate(words, prep)) is not None:
                found.append(make_found(subject, predicate, obj, noun, OPEN_PREFIX + rule, None, polarity, modality, time))
            continue
        if frame.kind and subject.start > obj.start:
            continue  # "uma banda de metal de Cleveland, Ohio, Estados Unidos": a kind says what the name before it is
        predicate = frame.predicate
        if predicate in _HEAD_OF and _person_with_a_title(noun, obj, ctx):
            continue  # "chefe de gabinete do ministro X": X holds an office of his own, led by no one here
        if predicate in _HEAD_OF and (_in_a_part(noun, obj, ctx) or _area_qualified(noun) or kind == "honorary"):
            # the director of a department works for the organization, he does not lead it;
            # a part of a place or of a person ("diretor da sucursal de Brasília") says nothing;
            # an honorary president holds an honour of the body, not its head (P61e)
            if ctx.category.get(obj.entity) != ORG:
                continue
            predicate = AFFILIATED
        s, o = (obj, subject) if frame.inverse else (subject, obj)
        f = make_found(s, predicate, o, noun, rule, None, polarity, modality, time)
        # "Dream Evil é uma banda de power metal da Suécia": the noun says what the subject is
        found.append(replace(f, subject_category=frame.kind) if frame.kind and not frame.inverse else f)
    return found


def noun_frame(lemma: str, prep: str, subject: str, obj: Arg, ctx: Context) -> Frame | None:
    """The mapping's frame of the noun ``lemma`` for a subject of the category ``subject`` and
    ``obj`` (:meth:`~.mapping.RelationMapping.noun`), but a ``nationality`` frame (a trade:
    ``Emil Welti foi um político da Suíça``) only when ``obj`` names a country of the demonym
    lexicon, by its mention or its entity's label (``um futebolista da cidade de São Paulo``: a
    trade of a town is no nationality, and stays an open relation)."""
    frame = ctx.mapping.noun(lemma, prep, subject=subject, obj=ctx.category.get(obj.entity, ""))
    if frame is not None and frame.predicate == NATIONALITY:
        if not (names_a_country(ctx.text[obj.start : obj.end]) or names_a_country(ctx.labels.get(obj.entity, ""))):
            return None
    return frame



def copula_noun(tok: Token, ctx: Context) -> list[Found]:
    """``X foi o líder de Y`` → led(X, Y): a noun predicate with a copula; ``X é um dos 70
    bairros da cidade de Y``, ``X foi um dos fundadores da Y``: the partitive's noun, rule
    ``copula-partitive`` (issue 20, P32g)."""
    if not has_dependent(tok, (COP,)) or ctx.direct(tok) is not None:
        return []
    subjects, _, has_subject = subject_args(tok, ctx)
    prodrop = False
    if not has_subject and ctx.topic is not None and prodrop_ok(tok, ctx):
        subjects, prodrop = [ctx.topic], True
    out = []
    for noun in conjuncts(tok):
        rule = "copula-noun"
        if noun.pos_ not in ("NOUN", "ADJ"):
            # "é um dos 70 bairros de Assunção": the parser makes the numeral the predicate
            # and hangs the noun on it; one of the nouns is what one of them is
            noun, rule = _partitive(noun), "copula-partitive"
            if noun.pos_ != "NOUN":
                continue
        if noun.pos_ == "ADJ" and any(lm == ctx.lemma(noun) for lm, _ in ctx.mapping.verbs):
            continue  # "estava ocupado com": adjectival_participle
        for s in subjects:
            out += noun_relations(s, noun, ctx, rule, clause_head=tok)
    return [with_prodrop(f) for f in out] if prodrop else out


def xcomp_noun(tok: Token, ctx: Context) -> list[Found]:
    """``Zinoviev foi eleito presidente do Comitê``, ``tornou-se chefe de Y``: a predicative noun."""
    noun = _partitive(tok)
    if noun.pos_ != "NOUN" or tok.head.i == tok.i:
        return []
    appointing = ctx.lemma(tok.head) in ctx.mapping.appointing_verbs
    predicative = ctx.lemma(tok.head) in ctx.mapping.predicative_verbs and ctx.direct(tok) is None
    case = case_of(tok)
    typed_only = False  # the appointing verbs' own readings (P68g) give typed frames only
    if tok.dep_ == XCOMP or (tok.dep_ in (OBJ, NSUBJ, NSUBJ_PASS) and predicative):
        rule = "xcomp-noun"  # "tornou-se presidente do Conselho" (also when parsed as an object)
    elif tok.dep_ == OBL and case is not None and lemma_of(case) == "como":
        rule = "como-noun"  # "como chefe do novo Estado, Lênin impôs..."
    elif appointing and ctx.direct(tok) is None and (_second_object(tok) or (tok.dep_ == OBL and _bare_para(tok, case))):
        # "contratou Luxemburgo técnico do Palmeiras" (two objects), "escolheu Evando Mirra para
        # presidente do CNPq" (P68g)
        rule, typed_only = "xcomp-noun", True
    else:
        return []
    verb = tok.head
    clause = analyse_clause(verb, ctx)
    if clause is None:
        return []
    subjects = clause.patients if clause.passive else clause.agents
    prodrop = clause.prodrop
    if appointing and not clause.passive and tok.dep_ not in (NSUBJ, NSUBJ_PASS):
        # "Lula nomeou José Dirceu ministro da Casa Civil": the one appointed holds the post
        appointed = appointed_args(verb, tok, ctx)
        if appointed is not None:
            subjects, prodrop = appointed, False
    if tok.dep_ in (NSUBJ, NSUBJ_PASS):  # "tornou-se um dos dirigentes": the predicate parsed as the subject
        if tok.i < verb.i:
            return []  # "O problema do PCP é que passou de moda": before its verb, the subject itself
        others = [c for c in dependents(verb, (NSUBJ, NSUBJ_PASS)) if c.i != tok.i]
        subjects = [a for c in others for a in ctx.entities(c)]
        prodrop = False
        stranded = stranded_subject(verb, ctx) if not others else None
        if stranded is not None:
            subjects = [stranded]
        elif not others and ctx.topic is not None and prodrop_ok(verb, ctx):
            subjects, prodrop = [ctx.topic], True
    out = []
    for s in subjects:
        out += noun_relations(s, noun, ctx, rule, clause_head=verb, typed_only=typed_only)
    return [with_prodrop(f) for f in out] if prodrop else out


def _second_object(tok: Token) -> bool:
    """Whether ``tok`` is an object of its verb beside another before it (``nomeou José Dirceu
    ministro``: the second is the first's predicate)."""
    return tok.dep_ == OBJ and any(c.i < tok.i for c in dependents(tok.head, (OBJ,)) if c.i != tok.i)


def _bare_para(tok: Token, case: Token | None) -> bool:
    """Whether ``tok`` is a noun after ``para`` with no article (``escolheu X para presidente do
    CNPq``: the post the object is chosen for, not a place or a purpose ``para o Brasil``)."""
    return case is not None and case.lower_ == "para" and tok.text.islower() and not has_dependent(tok, (DET,))


#: the noun whose ``de`` complement an appointing verb's object stands for: ``anunciou o nome de
#: Evando Mirra como o novo presidente do CNPq``
_NAME_NOUN = "nome"


def appointed_args(verb: Token, predicate: Token, ctx: Context) -> list[Arg] | None:
    """Who holds the predicate noun ``predicate`` of ``verb``, a verb of the mapping's
    ``appointing_verbs`` in the active voice (``nomear``, ``eleger``, ``escolher``, ``contratar``):
    the verb's object, not its subject (``Lula nomeou José Dirceu ministro da Casa Civil``, ``A
    Parmalat contratou Luxemburgo como técnico do Palmeiras``, ``anunciou o nome de Evando Mirra
    como o novo presidente do CNPq``), its entities or none (``nomeou o economista presidente do
    BC``, ``nomeou-o ministro``, ``indicou para presidente do Senado``: the holder unnamed). None
    when the verb's subject holds it: a reflexive pronoun (``Lula elegeu-se presidente do PT``),
    no object (a post after ``como`` or parsed as a predicative), or a ``como`` phrase before the
    object (``Como presidente do PT, Lula indicou X``) (issue 20, P68g)."""
    clitic = verb.lower_.rpartition("-")[2] if "-" in verb.text else ""
    pronouns = [c for c in verb.children if c.lower_ in CLITICS and c.pos_ == "PRON" and c.i > verb.i - 2]
    if clitic in _REFLEXIVE or any(c.lower_ in _REFLEXIVE for c in pronouns):
        return None  # "elegeu-se deputado", "se elegeu deputado": the subject is the one elected
    objects = [c for c in dependents(verb, (OBJ,)) if c.i != predicate.i and c.lower_ not in CLITICS]
    if clitic in CLITICS or any(c.dep_ == OBJ for c in pronouns):
        return []  # "nomeou-o ministro": the one appointed is a pronoun
    case = case_of(predicate)
    if not objects:
        # "O PMDB indicou para presidente do Senado ...": the one chosen for a post after a bare
        # "para" is not named; a "como" or predicative post of no object is the subject's
        return [] if _bare_para(predicate, case) else None
    if case is not None and lemma_of(case) == "como" and any(o.i > predicate.i for o in objects):
        return None
    out: list[Arg] = []
    for o in objects:
        args = ctx.entities(o)
        if not args and lemma_of(o) == _NAME_NOUN:
            args = [a for c in dependents(o, (NMOD,)) if (k := case_of(c)) is not None and ctx.mapping.preposition(k.lemma_ or k.text) == "de" for a in ctx.entities(c)]
        out.extend(a for a in args if ctx.category.get(a.entity) == PER and a not in out)
    return out


_REFLEXIVE = frozenset({"se", "me", "te", "nos", "vos"})


def _partitive(tok: Token) -> Token:
    """``um dos dirigentes do partido`` → ``dirigentes``."""
    if tok.pos_ in ("NUM", "PRON", "DET") and tok.lower_ in ("um", "uma"):
        for c in tok.children:
            if c.dep_ == NMOD and c.pos_ == "NOUN" and (case := case_of(c)) is not None and lemma_of(case).startswith("de"):
                return c
    return tok


#: the prepositions of an oblique whose event noun is another's act over the clause's subject:
#: ``Sob o comando de Kirmayr, Sabatini venceu``, ``Com direção de Roberto de Oliveira, a
#: Bandeirantes prepara``, ``Com a criação do Estado do Tocantins, Tupiratins começa a se recuperar``
_UNDER_ANOTHER = frozenset({"sob", "com"})


def noun_object(tok: Token, ctx: Context) -> list[Found]:
    """``rejeitava qualquer apoio ao Governo Provisório``: an event noun as the verb's object.

    The verb's subject is the noun's agent; only mapped nouns count (no open relations), and a
    negating verb (``rejeitar``, ``recusar``) makes the relation negative. Under ``sob`` or
    ``com`` (:data:`_UNDER_ANOTHER`) the noun's ``de`` complement is its agent, not its object:
    a frame that would make the subject the agent over that complement is dropped (``Sob o
    comando de Kirmayr, Sabatini venceu`` gave ``Sabatini commanded Kirmayr``), one whose agent
    is the complement stays (``Com o apoio da Renault, Prost venceu`` → ``Renault supported
    Prost``). On Bosque train, MAC-MORPHO 0–30,000 and Wikipedia 0–30,000 (source order) the 9
    such statements dropped were all wrong (7 of ``sob o comando``/``sob a direção``)."""
    if tok.dep_ not in (OBJ, OBL) or tok.pos_ != "NOUN" or ctx.direct(tok) is not None or tok.head.i == tok.i:
        return []
    if lemma_of(tok) not in ctx.mapping.event_nouns:
        return []  # only an event noun's relations are kept (below)
    under = False
    if tok.dep_ == OBL:  # "durante a guerra contra a Rússia, Piłsudski comandou..."
        case = case_of(tok)
        if case is None or lemma_of(case) in ("como", *ctx.mapping.attribution):
            return []
        under = lemma_of(case) in _UNDER_ANOTHER
    if ctx.lemma(tok.head) in ctx.mapping.predicative_verbs:
        return []
    clause = analyse_clause(tok.head, ctx)
    if clause is None or clause.passive:
        return []
    # "Sob o comando de Kirmayr, Sabatini venceu": the noun's de complement is its agent
    agents = {a.entity for prep, a in noun_objects(tok, ctx) if prep == "de"} if under else set()
    out = []
    for subject in clause.agents:
        for f in noun_relations(subject, tok, ctx, "noun-object", clause_head=tok.head, typed_only=True):
            if f.subject.entity == subject.entity and f.object.entity in agents:
                continue  # not "Sabatini commanded Kirmayr"; "Com o apoio da Renault, Prost" stays
            if ctx.lemma(tok.head) in ctx.mapping.negating_verbs:
                f = replace(f, polarity=False)
            out.append(with_prodrop(f) if clause.prodrop else f)
    return out


def apposed_adjective(tok: Token, ctx: Context) -> list[Found]:
    """``o escritor Jorge Amado, natural de Itabuna, morreu``, ``João Silva, casado com Maria
    Lopes``: an adjective set off by a comma right after a person's name says of them what its
    complement does, through the mapping's frames only (``natural de`` → bornIn, ``casado com`` →
    relativeOf; no open relation)."""
    if tok.pos_ != "ADJ" or tok.head.i > tok.i or tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return []
    subject = ctx.direct(tok.head)
    if subject is None or ctx.category.get(subject.entity) != PER or ctx.text[subject.end : tok.idx].strip() != ",":
        return []  # a person's: "A Rede Social, vencedora do Oscar" is no victory over the prize
    return noun_relations(subject, tok, ctx, "apposed-adjective", typed_only=True)


def appos_title(tok: Token, ctx: Context) -> list[Found]:
    """``Piłsudski, chefe de Estado da Polônia`` / ``o comandante do Exército Vermelho, Trotsky``."""
    appos = tok.dep_ == APPOS
    if (then := role_after_then_phrase(tok)) is not None:
        head, appos = then, True  # "X, na época governador de Y", "por X, então governador de Y"
    elif appos:
        head = tok.head
    elif (misplaced := misplaced_apposition(tok)) is not None:
        head, appos = misplaced, True  # "..., o general Rozwadowski" parsed as a second subject
    elif tok.dep_ in (FLAT_NAME, FLAT, NMOD, DEP) and not case_of(tok) and not _after_a_preposition(tok, ctx):
        head = tok.head  # "o líder bolchevique Lenin" parsed with the name as a flat part
    else:
        return []
    head_entity, app_entity = ctx.direct(head), ctx.direct(tok)
    if head_entity is not None and app_entity is not None:
        # "Madison (EUA)" is an apposition, or a caseless nmod in a weaker parse
        if appos or (tok.dep_ in (NMOD, DEP) and _bracketed_or_after_comma(tok)):
            return _entity_apposition(head_entity, app_entity, tok, ctx)
        return []
    if head.pos_ != "NOUN" and not appos:
        return []
    if head_entity is not None and tok.pos_ in ("NOUN", "ADJ") and appos:
        nearer = name_before_bare_role(tok, ctx)
        if nearer is None and "Plur" not in tok.morph.get("Number") and list_goes_on(head_entity, ctx):
            # "companhias como a Xerox, Kodak, QMS, Digital e Pennant, empresa da IBM": a noun in
            # the singular after a list's last item is that item's, not the first's
            nearer = _name_before_comma(tok, ctx)
        if nearer is not None and nearer.start > head_entity.end:
            head_entity = nearer  # "Guy Spitaels, ..., Guy Coeme, ministro da Defesa": Coeme's
        if _area_of_another(head_entity, tok, ctx):
            return []
        nested = _area_apposition(head_entity, tok, ctx)
        if nested:
            return nested
        found = [f for f in noun_relations(head_entity, tok, ctx, "appos-title") if _title_of(f, ctx) and open_of_de(f, ctx)]
        return _country_completing_a_noun(_by_division(found, head_entity, tok, ctx), head_entity, head, ctx)
    if head_entity is None and appos and head.pos_ == "NOUN" and tok.pos_ in ("NOUN", "ADJ"):
        named = _titled_name(head, tok, ctx)
        if named is not None:
            # "o escritor Jorge Amado, membro da Academia": the role hangs on the title word; an
            # open relation only through "de" and not to a place ("comandante ... ao fim do governo
            # Sarney", "sócio do escritório X, de Santa Barbara")
            found = [
                f
                for f in noun_relations(named, tok, ctx, "appos-title")
                if _title_of(f, ctx) and open_of_de(f, ctx) and (not f.rule.startswith(OPEN_PREFIX) or _open_ok(f.object, ctx))
            ]
            if _BRACKET_COMMA.fullmatch(ctx.text, named.end, tok.idx):
                # past a bracket, only the role's own complements ("o senador Guilherme Palmeira
                # (PFL-AL), vice do candidato do PSDB": not affiliated with the PSDB)
                found = [f for f in found if any(name_top(a).head.i == tok.i for a in (f.subject, f.object))]
            return found
    if head_entity is None and head.pos_ in ("NOUN", "ADJ"):
        subject = ctx.entity(tok)
        if (
            subject is not None
            and not list_goes_on(subject, ctx)
            and not _after_another_noun(subject, head, ctx)
            and not _place_of_a_place(subject, ctx)
            and _RANK.search(ctx.text, ctx.sentence(subject.token).start_char, subject.start) is None
        ):
            # "um fotógrafo da agência Reuter, o anglo-americano Dan Eldon": the nationality (or
            # the rank) parsed as the role's second conjunct; the role is the name's
            role = (apposition_parsed_as_conjunct(head) if appos else None) or head
            # "o grupo de Antígua, Harmonites..., o Friots Mandigues, ...": items of a list
            return [
                f
                for f in noun_relations(subject, role, ctx, "appos-title")
                if _title_of(f, ctx)
                and open_of_de(f, ctx)
                and not _origin_after_name(f, ctx)
                and not _past_its_name(f, ctx)
            ]
    return []


def _past_its_name(f: Found, ctx: Context) -> bool:
    """Whether ``f`` is an open relation of a noun written before its name (``a artista plástica
    Regina Silveira``) to a name after that one through another preposition than ``de``, which
    is then the verb's or the name's, not the noun's: after a person's role or title, but for an
    ``em`` to a place or an organization, where the role is held (``um depoimento da artista
    plástica Regina Silveira à Folha`` → no ``rel:artista_a``; ``com o ator Paulo Autran, 72, no
    papel de Próspero``; kept: ``o técnico Telê Santana no São Paulo``), and to a name that is no
    place after any other noun but one of a place or an organization (``com os direitos ...
    doados, Elifas Andreato autografa no Museu ... com aval do grupo Bamerindus``; ``Sob seu
    comando, ... no clube Dr. Smith``). A place after a noun of a place or a thing stays its
    place (``no estúdio Abbey Road em Londres``, ``no teatro Carlo Goldoni, em Veneza``), and a
    ``de`` phrase after the name may be the noun's (``o diretor Paulo Lima, do Ibope``). Issue
    20, P58c: a first version, after any noun, took 7 right statements of MAC-MORPHO source order
    30,000–42,000, a venue in its town (``a galeria Ruta-Correa, em Freiburg``), and a second,
    after a role noun whatever the preposition, 2 right ones of 18,000–30,000 (the coach's club,
    ``o piloto brasileiro Nélson Piquet, na Brabham``); the counts of this one are in
    ``docs/quality.md``."""
    if not f.rule.startswith(OPEN_PREFIX) or f.predicate.endswith("_de"):
        return False
    if not f.trigger.idx < f.subject.start or f.object.start < f.subject.end:
        return False
    noun, category = lemma_of(f.trigger), ctx.category.get(f.object.entity)
    if noun in PERSON_ROLES or noun in PERSON_TITLES:
        # "o técnico Telê Santana no São Paulo", "o piloto Nélson Piquet, na Brabham": the body
        # or the place the role is held in
        return not (f.predicate.endswith("_em") and category in (LOC, ORG))
    return category != LOC and not _kind_of_a_place(noun)


def _kind_of_a_place(noun: str) -> bool:
    """Whether ``noun`` names a kind of place or organization, whose name's ``em`` or ``com``
    says where it is or what it holds: a predicate noun of a place or an organization
    (:func:`~teia.extract.predicate_types.noun_type`: ``hotel``, ``escola``, ``clube``), or a
    venue's or premises' head (``teatro``, ``galeria``, ``livraria``)."""
    w = entity_words()
    return noun_type(noun, _kind_types()) in (LOC, ORG) or fold(noun) in w.venue_heads or fold(noun) in w.premises_heads


@functools.lru_cache(maxsize=1)
def _kind_types() -> dict[str, str]:
    return predicate_noun_types(entity_words())


def _after_a_preposition(tok: Token, ctx: Context) -> bool:
    """Whether the name of ``tok`` follows a preposition the parser hung on a word inside it, so
    that ``tok`` looks caseless: ``as agências do Banespa e da Nossa Caixa`` (``da`` on ``Nossa``)
    lists a second bank, it does not name the agencies (no ``Nossa Caixa rel:agência_de
    Banespa``)."""
    name = ctx.entity(tok)
    if name is None:
        return False
    first = ctx.offsets.token_in(ctx.sentence(name.token), name.start)
    return first.i > 0 and first.doc[first.i - 1].pos_ == "ADP"


# a place in a ranking before a name: "A classificação do GP de Michigan: 1º) Scott Goodyear
# (Lola/Ford), 2º) ...", the name is no apposition to the ranking's noun
_RANK = re.compile(rf"(?:^|[\s,;:])\d{{1,3}}\s*[{ORDINAL_SIGNS}]?\s*\)\s*\Z|\d{{1,3}}[{ORDINAL_SIGNS}]\s*[.\-–]?\s*\Z")


def _origin_after_name(f: Found, ctx: Context) -> bool:
    """Whether ``f`` relates a title's person to a place set off by a comma after the name (and
    the age): ``o criador Roberto Carvalho, de São Paulo``, ``o estudante Pedro Silva, 8, de
    Catanduva`` say where the person comes from, not what he founded or studies; a title that
    heads a place keeps it (``o prefeito Paulo Maluf, de São Paulo``: keyPersonOf)."""
    if f.predicate in _HEAD_OF - {"founded"} or ctx.category.get(f.object.entity) != LOC:
        return False
    if f.object.start < f.subject.end:
        return False
    return _ORIGIN_GAP.fullmatch(ctx.text, f.subject.end, f.object.start) is not None


# between a person's name and the place he comes from: a comma, an age, "de"
_ORIGIN_GAP = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?d[eoa]s?\s+")


def _after_another_noun(name: Arg, noun: Token, ctx: Context) -> bool:
    """Whether the word right before ``name`` is a common noun other than ``noun``, the one the
    parser put the name in apposition to: the name is that other noun's, an item of a list of
    kinds and names (``capacete CMS, botas Oxtar e equipamento Shift``; ``carros Fiat, motos
    Honda e camiões Volvo em Braga`` gave ``Volvo rel:carro_em Braga`` and, through ``motos``,
    ``Honda rel:carro_em Braga``)."""
    first = ctx.offsets.token_in(ctx.sentence(name.token), name.start)
    if first.i == 0:
        return False
    before = first.doc[first.i - 1]
    if before.pos_ != "NOUN" or not before.is_alpha or before.i == noun.i or ctx.direct(before) is not None:
        return False
    # a person's title or role names her: "e da sua esposa, a princesa Maria Frederica", "do
    # presidente do tribunal, ministro Carlos Velloso"
    return before.lower_ not in PERSON_TITLES and before.lower_ not in PERSON_ROLES


def _place_of_a_place(place: Arg, ctx: Context) -> bool:
    """Whether ``place`` follows another place or an address after a comma, and so is the place
    that holds it (which :mod:`.nesting` reads), not a name in apposition to the noun before
    them: ``na cidade de Mata, Rio Grande do Sul`` (no ``Rio Grande do Sul partOf Mata``),
    ``o presidente do clube de Braga, Portugal``, ``com sede na Rua de D. Vasco, 7, 7050
    Montemor-o-Novo`` (a house number and a postal code between)."""
    if ctx.category.get(place.entity) != LOC:
        return False
    sent = ctx.sentence(place.token)
    tail = _PLACE_TAIL.search(ctx.text, sent.start_char, place.start)
    if tail is None:
        return False
    if tail.group("number"):
        return True
    before = ctx.mentions_in(sent.start_char, tail.start())
    if not before or before[-1][1] != tail.start() or ctx.category.get(before[-1][2]) != LOC:
        return False
    # a place the name lists know: "o presidente do Afeganistão, Burhanuddin Rabbani", a person
    # the NER typed a place, stays the apposition; so does a part of a known place ("o bairro de
    # Jardim Carioca, na Ilha do Governador, Zona Norte do Rio de Janeiro": no "Zona Norte do Rio
    # de Janeiro partOf Jardim Carioca", issue 20, P62k)
    return known_place(place, ctx) or _part_of_a_known_place(ctx.text[place.start : place.end])


def _part_of_a_known_place(name: str) -> bool:
    """Whether ``name`` ends in a ``de`` phrase that names a known place (:func:`~.gates.known_place_names`):
    ``Zona Norte do Rio de Janeiro``, ``Região Metropolitana de São Paulo``."""
    tails = [hit.group(1) for hit in _OF_KNOWN.finditer(name)]
    return bool(tails) and bool(known_place_names(tails))


# what lies between a place (or a street) and the place after it that holds it: a comma, a house
# number and a postal code ("Rua de D. Vasco, 7, 7050 Montemor-o-Novo")
_PLACE_TAIL = re.compile(r"\s*(?P<number>,\s*\d+[A-Za-z]?(?:-[A-Za-z0-9]+)?)?\s*,\s*(?:\d{4}(?:-\d{3})?\s+)?\Z")

# every "de" phrase that runs to the end of a name, the name after it captured
_OF_KNOWN = re.compile(rf"(?<=\s)(?:{alternation(OF_FORMS)})\s+(?=([A-ZÀ-Ý].*)$)")

# properties of a place in another, turned round when the apposition's division holds the name
_NESTING = frozenset({"partOf", "locatedIn"})


def _by_division(found: list[Found], head: Arg, division: Token, ctx: Context) -> list[Found]:
    """The relations of ``division``, a noun of a country's division in apposition to the place
    ``head`` (``da região do Piemonte, província do Verbano``), with ``head`` put inside the other
    place only when the noun's level is above the one ``head`` is named as (``o distrito de Huy,
    província de Liège``); turned round when it is below (the province is in the region, not the
    region in the province), none when both are of one level (:func:`~.areas.area_level`)."""
    levels = load_regions().levels
    mine = area_level(ctx.text, head.start, head.end)
    theirs = levels.get(lemma_of(division))
    if mine is None or theirs is None or theirs < mine:
        return found
    if theirs == mine:
        return [f for f in found if f.predicate not in _NESTING or f.subject.entity != head.entity]
    return [
        replace(f, subject=f.object, object=f.subject) if f.predicate in _NESTING and f.subject.entity == head.entity else f
        for f in found
    ]


def _country_completing_a_noun(found: list[Found], head: Arg, name: Token, ctx: Context) -> list[Found]:
    """The relations of an apposition hung on a country that completes a common noun with ``de``
    or ``em`` (``Sheberghan é uma cidade do Afeganistão, capital da província de Jowzjan``; ``uma
    cidade no norte do Peru, capital da província de Chachapoyas``) that put the country in a place
    named as a division of a country below the region (``província``, ``estado``, ``departamento``,
    ``município``: :func:`~.areas.area_level`): a country is in no such place, so the apposition
    tells of the noun, and the place the copula says that noun is (``Sheberghan``) takes them;
    without one, they are dropped."""
    mine = [
        f
        for f in found
        if f.predicate in _NESTING
        and f.subject.entity == head.entity
        and country_in_a_division(ctx.text, (head.start, head.end), (f.object.start, f.object.end))
    ]
    if not mine:
        return found
    owner = named_by_the_copula(name, ctx)
    moved = [replace(f, subject=owner) for f in mine] if owner is not None and owner.entity != head.entity else []
    return [f for f in found if f not in mine] + [f for f in moved if f.object.entity != owner.entity]


def _area_of_another(head: Arg, area: Token, ctx: Context) -> bool:
    """Whether the area noun ``area`` the parser hung on the name ``head`` opens a bracket after
    another name, then that name's (``a agência do Banco do Brasil em Madureira (zona norte do
    Rio)``: Madureira's; :mod:`.areas` reads it from the text): the bank is then neither in Rio
    nor related to it by an open ``rel:zona_de``. A bracket after no other name stays the head's
    (``Vale de Estrela (1.000m) (concelho da Guarda)``)."""
    if lemma_of(area) not in load_regions().areas or case_of(area) is not None:
        return False
    opening = ctx.text.rfind("(", head.end, area.idx)
    if opening < 0 or ctx.text[opening + 1 : area.idx].strip():
        return False
    return bool(ctx.mentions_in(head.end, opening))


def _area_apposition(head: Arg, area: Token, ctx: Context) -> list[Found]:
    """``Campinho (zona oeste do Rio)``, ``Maglaj (norte da Bósnia)``, ``Hammersmith, oeste de
    Londres``: an area noun of ``regions.json`` (``zona``, ``norte``, ``centro``, ``interior``...)
    in apposition to a place or an organization, with a ``de`` place, nests the name in that
    place as :mod:`.areas` does for ``, no interior de`` (``locatedIn``, ``headquarteredIn``)
    instead of an open ``rel:zona_de``. Not an area with a preposition of its own (``a nordeste
    de Moscou``: a direction from the place, not a part of it), nor a person (``Shelley Wong,
    ..., na costa leste dos EUA``: the mapping has no ``em`` rule for one), nor a noun the
    mapping has a frame for (``município``, ``província``: ``partOf``)."""
    if lemma_of(area) not in load_regions().areas or case_of(area) is not None:
        return []
    out = []
    lemma = lemma_of(area)
    for prep, obj in noun_objects(area, ctx):
        if prep != "de" or obj.entity == head.entity:
            continue
        categories = ctx.category.get(head.entity, ""), ctx.category.get(obj.entity, "")
        if ctx.mapping.noun(lemma, prep, subject=categories[0], obj=categories[1]) is not None:
            continue  # a frame of the mapping reads it ("município do estado de X": partOf)
        rule = ctx.mapping.genitive_rule(categories[0], "", categories[1], "em")
        if rule is None:
            continue
        s, o = (obj, head) if rule.inverse else (head, obj)
        out.append(make_found(s, rule.predicate, o, area, "area-nesting", None, True, ASSERTED, None))
    return out


def _titled_name(title: Token, role: Token, ctx: Context) -> Arg | None:
    """The person named after the title word ``title`` (``o escritor Jorge Amado``) when the
    role noun ``role`` follows that name after a comma, or after a bracket and a comma (``o
    senador José Paulo Bisol (PT-RS), coordenador da CPI``): the parser hung both on the title."""
    for c in title.children:
        if c.i >= role.i or c.dep_ != APPOS:
            continue
        name = ctx.direct(c)
        if name is None or ctx.category.get(name.entity) != PER or name.start != c.idx:
            continue
        between = COMMA_GAP.fullmatch(ctx.text, name.end, role.idx) or _BRACKET_COMMA.fullmatch(ctx.text, name.end, role.idx)
        if between is not None:
            return name
    return None


#: a bracket between a titled name and the comma before its role: the party and the state, a
#: photo's mark ("o senador José Paulo Bisol (PT-RS), coordenador da CPI", "(foto)")
_BRACKET_COMMA = re.compile(r"\s*\([^()]{0,40}\)\s*,\s*")


def open_of_de(f: Found, ctx: Context) -> bool:
    """Whether ``f``, a relation of a noun in apposition to a name (or of a role before one), is
    typed or open through ``de`` or ``em``: an open relation of such a noun through another
    preposition says what the noun is about or what the clause does, not what the name is
    (``rel:esquina_com``, ``rel:eleva_a``, ``rel:assessor_para``, ``rel:computador_com``,
    ``rel:desafio_entre``, ``rel:tradução_até``). On HAREM I's training documents and MAC-MORPHO
    news 24 such were read, 22 wrong (issue 20, P59i). ``em`` stays: a role held in a body or a
    place and a place's town (``o técnico Telê Santana no São Paulo``, ``no teatro Carlo Goldoni
    em Veneza``: P58c, :func:`_past_its_name`)."""
    return not f.rule.startswith(OPEN_PREFIX) or f.predicate.endswith(("_de", "_em"))


def _open_ok(obj: Arg, ctx: Context) -> bool:
    """Whether an open relation of a role noun may reach ``obj``: a person or an organization
    through ``de`` (``sobrinho de Pereira``, ``mentor do Projeto Formoso``)."""
    case = case_of(name_top(obj))
    return (
        case is not None
        and ctx.mapping.preposition(case.lemma_ or case.text) == "de"
        and ctx.category.get(obj.entity) in (PER, ORG)
    )


def _title_of(f: Found, ctx: Context) -> bool:
    """Whether a title relation joins a name and its title, not an acronym and its expansion
    (``o diretor da Fiesp (Federação das Indústrias...)``: the bracket names the object) nor
    the items of a list of headings (``Tendência mantida; Prêmio Febraban; ...``)."""
    s, o = sorted((f.subject, f.object), key=lambda a: a.start)
    if BRACKET_OPENS.fullmatch(ctx.text[s.end : o.start]):
        return False
    lo, hi = sorted((f.subject.start, f.trigger.idx))
    return ";" not in ctx.text[lo:hi]


def _bracketed_or_after_comma(tok: Token) -> bool:
    first = tok.left_edge
    if first.i == 0:
        return False
    before = tok.doc[first.i - 1]
    return before.text in ("(", ",", "-", "–")


# the text between two names in apposition: "Madison (EUA)", "Cabrela, Évora", "Lisboa - Portugal"
_SIDE_BY_SIDE = re.compile(r"\s*[(,\-–]\s*")


# what follows the second of two names in apposition when they are items of a list ("Simeone,
# Redondo e Maradona"; a comma before the "e": "..., da Hungria, e o The Queen's Lancashire")
_LIST_NEXT = re.compile(r"\s*(,\s*(?:e|ou)(?=\s)|,|;|e|ou)\s+(?:(?:o|a|os|as)\s+)?")


def list_goes_on(app: Arg, ctx: Context) -> bool:
    """Whether another name follows ``app`` as the next item of a list: after ``e``/``ou``/``;``,
    or after a comma when it is of another category or the names go on to an ``e``/``ou``
    (``Launceston, Tasmânia, Austrália`` is a chain of places, each in the next; ``Colômbia,
    Peru, Bolívia e Equador`` a list). A place set off by a comma after an item says where it
    comes from and is passed over (``o Trilok Gurtu, da Índia, o Teka Percussion Ensemble, da
    Hungria, e o ...``)."""
    end, category = app.end, ctx.category.get(app.entity)
    while (m := _LIST_NEXT.match(ctx.text, _past_an_origin(end, ctx))) is not None:
        nxt = ctx.mention(m.end(), m.end() + 1)
        if nxt is None or nxt[0] != m.end():
            return False
        if m.group(1) != "," or ctx.category.get(nxt[2]) != category:
            return True
        end = nxt[1]
    return False


# the text between a person's name and a role noun set beside it: a comma, no article
_BARE_ROLE_GAP = re.compile(r"\s*,\s*\Z")


def name_before_bare_role(role: Token, ctx: Context) -> Arg | None:
    """The person's name a role noun without an article follows across a comma (lower-case
    adjectives before the noun aside), when that name is set beside the words before it and not a
    preposition's complement: news sets such a role after the name it is of (``Guy Spitaels,
    ministro-presidente da Valónia, Guy Coeme, ministro da Defesa, e Guy Mathot``: the parser hung
    both roles on Spitaels, and the first one's complement read as Coeme's role). A role with an
    article goes with the name after it (``o director do Teatro Nacional, Ricardo Pais, a
    responsável do Teatro Rivoli, Isabel Alves Costa``); a name after ``de`` is a complement of
    the noun before it (``a mulher de Rui Melo, ministra da Saúde``). None otherwise."""
    name = _name_before_comma(role, ctx)
    return name if name is not None and ctx.category.get(name.entity) == PER else None


def _name_before_comma(role: Token, ctx: Context) -> Arg | None:
    """The name, of any category, that a noun without an article follows across a comma (lower-case
    adjectives before the noun aside; :func:`name_before_bare_role`), when it is no preposition's
    complement; None otherwise."""
    sent = ctx.sentence(role)
    first = role
    while first.i > sent.start and first.doc[first.i - 1].pos_ == "ADJ" and first.doc[first.i - 1].text.islower():
        first = first.doc[first.i - 1]
    if first.i - 1 <= sent.start or first.doc[first.i - 1].pos_ == "DET":
        return None
    gap = _BARE_ROLE_GAP.search(ctx.text[sent.start_char : first.idx])
    if gap is None:
        return None
    comma = sent.start_char + gap.start()
    name = ctx.mention(comma - 1, comma)
    if name is None or name[1] != comma:
        return None
    start = ctx.offsets.token_in(sent, name[0])
    if start.i > sent.start and start.doc[start.i - 1].pos_ == "ADP":
        return None
    return Arg(name[2], name[0], name[1], start)


def _past_an_origin(end: int, ctx: Context) -> int:
    """Where the text after a name ending at ``end`` goes on past a place set off by a comma
    (``, de Mali``, ``, da Índia``: :data:`_ORIGIN_GAP`), or ``end`` when no such place follows."""
    gap = _ORIGIN_GAP.match(ctx.text, end)
    if gap is None:
        return end
    place = ctx.mention(gap.end(), gap.end() + 1)
    if place is None or place[0] != gap.end() or ctx.category.get(place[2]) != LOC:
        return end
    return place[1]


def _entity_apposition(head: Arg, app: Arg, tok: Token, ctx: Context) -> list[Found]:
    """``Madison (EUA)``, ``Márcio Cammarosano (Procuradoria)``: two names side by side."""
    if head.entity == app.entity or in_lifespan(head, ctx) or in_lifespan(app, ctx):
        return []  # "Fernando Pessoa (Lisboa, 1888 — ...)": the lifespan rule's
    if not _SIDE_BY_SIDE.fullmatch(ctx.text[head.end : app.start]):
        return []  # "Pedro Lamy, da Lotus, acidentado em Silverstone, Inglaterra": not side by side
    if ctx.category.get(head.entity) == PER and state(ctx.text[app.start : app.end]):
        return []  # "Jorge Bittar (RJ)", "Almir Gabriel (Pará)": the state a politician stands for
    if ctx.category.get(head.entity) == PER and results_code(ctx.text, head.end, app.start, app.end):
        return []  # "Damon Hill (ING Williams)": a results table's country code, not his body
    if ctx.category.get(head.entity) == PER and no_body(ctx.text, app.start, app.end, ctx):
        return []  # "Jim Courier (24º ATP)", "Luca Badoer (Reynard/Cosworth)": a rank, a car's makers (P65g)
    if state(ctx.text[app.start : app.end]) and ctx.text[head.start : head.end] in load_regions().parties:
        return []  # "Augusto Carvalho (PPS- DF)": the party's politician stands for the state
    if gloss_bracket(ctx.text, head.end):
        return []  # "do Kimbundo (MataKu = nádegas)": a word glossed, not a place of the name
    if acronym_of(ctx.text[app.start : app.end], ctx.text[head.start : head.end]):
        return []  # "Batalhão de Operações Policiais Especiais (BOPE)": one name and its acronym
    if acronym_of(ctx.text[head.start : head.end], ctx.text[app.start : app.end]):
        return []  # "a Casan (Companhia de Águas e Saneamento)": the acronym spelled out, no place
    if cut_abbreviation(ctx.text, app.start, app.end):
        return []  # "(AgRg no REsp 1199918/PR, Rel. Ministro ...)": the "Rel" of "Relator", no place
    if list_goes_on(app, ctx):
        return []  # "Simeone, Redondo e Maradona": a line-up, not a place and its country
    order = division_order(ctx.text, (head.start, head.end), (app.start, app.end))
    if order == 0:
        return []  # two divisions of one level: either may hold the other
    if order == -1:
        head, app = app, head  # "região da Sicília, província de Messina": the province is in the region
    if joined_places(ctx.text[app.start : app.end]):
        return []  # "o Ceará (Juazeiro do Norte e Fortaleza)": two towns the NER made one name (P62k)
    rule = ctx.mapping.apposition_rule(ctx.category.get(head.entity, ""), ctx.category.get(app.entity, ""))
    if rule is None:
        return []
    s, o = (app, head) if rule.inverse else (head, app)
    if town_for_nationality(rule.predicate, ctx.text[o.start : o.end]):
        return []
    return [make_found(s, rule.predicate, o, tok, "appos-entity", None, True, ASSERTED, ctx.time_in(list(tok.subtree)))]
