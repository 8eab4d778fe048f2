"""Genitive and possessive noun relations.

``a Frente Ocidental do Exército Vermelho`` (partOf), ``o 5.º Exército de Sikorski``
(commanded): two names joined by a preposition, through the mapping's genitive rules; ``sua
tia, Martina``, ``cujo pai, José``: a kinship noun with a possessive relates the name in
apposition to the possessor.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from teia.extract.articles import OF_FORMS, POSSESSIVES
from teia.extract.docindex import dependents, has_dependent
from teia.extract.entities import NAME_TITLES, institution_opening
from teia.extract.entity_words import entity_words
from teia.extract.gazetteer import name_types
from teia.extract.labels import ACL_RELCL, AMOD, CONJ, DET, LOC, NMOD, NMOD_POSS, NSUBJ, NSUBJ_PASS, ORG, PER, ROOT
from teia.extract.relations.clauses import subject_args
from teia.extract.relations.contests import contest_verb_of
from teia.extract.relations.context import Context
from teia.extract.relations.demonyms import town_for_nationality
from teia.extract.relations.found import ASSERTED, Arg, Found, make_found
from teia.extract.relations.gates import known_place_name
from teia.extract.relations.modality import clause_modality, negated
from teia.extract.relations.syntax import VERBAL, case_of, lemma_of
from teia.extract.resolve.names import is_acronym
from teia.folding import fold

__all__ = [
    "POSSESSIVES",
    "byline_desk",
    "contest_party",
    "owned_by_noun",
    "placed_by_noun",
    "WHOSE",
    "genitive",
    "possessive_kin",
]



def genitive(tok: Token, ctx: Context) -> list[Found]:
    """``a Frente Ocidental do Exército Vermelho`` → partOf; ``o 5.º Exército de Sikorski`` → commanded."""
    if tok.dep_ != NMOD or tok.head.i == tok.i:
        return []
    case = case_of(tok)
    if case is None:
        return []
    head = tok.head
    head_arg = ctx.direct(head)
    if head_arg is None:
        return []
    if head.pos_ == "NOUN" and head_arg.end - head_arg.start == len(head.text):
        return []  # a lone common noun the NER took for a name ("chefe de Estado da Polônia")
    if ctx.text[head_arg.start : head_arg.end].lower() in NAME_TITLES:
        return []  # "o Barão de Santa-Pia", "o Visconde de Bragelonne": a title and its place are one name
    if ctx.category.get(head_arg.entity) == LOC and _adjective_complement(head, head_arg, case):
        return []  # "um rio da Romênia afluente do Rio Bahluieţ": the tributary's river, no part of the country
    prep = ctx.mapping.preposition(case.lemma_ or case.text)
    if prep != "de" and has_dependent(tok, (CONJ,)):
        return []  # "na França, na Itália, na China e em outros países": a list, not a nesting
    if prep == "em" and ctx.category.get(head_arg.entity) == LOC and owned_by_noun(head, ctx):
        return []  # "a embaixada do Brasil em Pequim": the embassy is in Beijing, not Brazil
    if prep == "em" and placed_by_noun(head, ctx):
        return []  # "a agência do Banespa na Vila Guilherme": the branch is there
    if prep == "em" and byline_desk(head, ctx):
        return []  # "Da Agência Folha, em Recife": where the report was written
    if prep == "em" and ctx.category.get(head_arg.entity) == ORG and contest_party(head, ctx):
        return []  # "enfrenta o Paysandu no Canindé": where the match was, not the club's seat
    out = []
    for dep_arg in ctx.entities(tok):
        if dep_arg.entity == head_arg.entity:
            continue  # "Batalha de Varsóvia": one name
        if not _next_to(head_arg, dep_arg, ctx):
            continue
        if prep == "de" and _listed_complement(head, tok, head_arg, dep_arg, ctx):
            continue  # "eram da Lusa, do LNEC e da empresa ANA": three owners, no part of another
        if prep == "de" and _branch_place(head, head_arg, dep_arg, ctx):
            continue  # "a sucursal de Brasília da Folha": the Folha's branch, Brasília no part of it
        dep_category = ctx.category.get(dep_arg.entity, "")
        if dep_category == ORG and ctx.category.get(head_arg.entity) == ORG and _town_typed_organization(dep_arg, ctx):
            dep_category = LOC  # "o comandante da GNR do Cacém": the post's town, no body the GNR is part of
        rule = ctx.mapping.genitive_rule(ctx.category.get(head_arg.entity, ""), lemma_of(head), dep_category, prep)
        if rule is None:
            continue
        if rule.predicate == "partOf" and dep_category == ORG and ctx.category.get(head_arg.entity) == ORG and _no_part(head, head_arg, dep_arg, ctx):
            continue  # "o Twingo, da Renault", "a CPI da CUT": a maker's product, an inquiry into a body
        s, o = (dep_arg, head_arg) if rule.inverse else (head_arg, dep_arg)
        if town_for_nationality(rule.predicate, ctx.text[o.start : o.end]):
            continue  # "Johan Cruyff, do Barcelona": his club, or a town he is from, no nationality
        time = ctx.time_in(list(head.subtree))
        out.append(make_found(s, rule.predicate, o, case, "genitive", None, True, ASSERTED, time))
    return out


WHOSE = frozenset({"cujo", "cuja", "cujos", "cujas"})


def possessive_kin(tok: Token, ctx: Context) -> list[Found]:
    """``Sissi recorre aos conselhos de sua tia, Martina``; ``Reinaldo, cujo pai, José, ...``:
    a kinship noun with a possessive and a name in apposition relates the name to the possessor
    (the subject of the clause for ``seu``/``sua``, the antecedent for ``cujo``)."""
    if tok.pos_ != "NOUN":
        return []
    lemma = lemma_of(tok)
    if not ctx.mapping.kin_noun(lemma):
        return []
    det = next((c for c in dependents(tok, (DET, NMOD_POSS)) if c.lower_ in POSSESSIVES | WHOSE), None)
    if det is None:
        return []
    kin = ctx.entity(tok)
    if kin is None:
        return []
    clause = tok.head
    while clause.pos_ not in VERBAL and clause.head.i != clause.i and clause.dep_ not in (ACL_RELCL, ROOT):
        clause = clause.head
    possessors: list[Arg] = []
    if det.lower_ in WHOSE:
        relcl = next((a for a in tok.ancestors if a.dep_ == ACL_RELCL), None)
        antecedent = ctx.entity(relcl.head) if relcl is not None else None
        if antecedent is None and det.i > ctx.sentence(det).start + 1:
            # "Reinaldo Machado, cujo pai...": the name right before the comma
            before = ctx.doc[det.i - 2] if ctx.doc[det.i - 1].text == "," else ctx.doc[det.i - 1]
            antecedent = ctx.direct(before)
        possessors = [antecedent] if antecedent is not None else []
        rule_head = relcl if relcl is not None else clause
    else:
        rule_head = clause
        if clause.pos_ in VERBAL:
            possessors, _, has_subject = subject_args(clause, ctx)
            if not possessors and not has_subject and ctx.topic is not None:
                possessors = [ctx.topic]
            if _later_subject_conjunct(tok, clause):
                # "Fernando Collor, sua mulher Rosane e o secretário Luís Carlos Chaves jantaram":
                # the wife is Collor's, named before her, not the secretary's
                possessors = [p for p in possessors if p.start < tok.idx]
    out = []
    polarity = not negated(rule_head, ctx)
    modality = clause_modality(rule_head, ctx) if rule_head.pos_ in VERBAL else ASSERTED
    for p in possessors:
        if p.entity != kin.entity and ctx.category.get(p.entity) == PER and ctx.category.get(kin.entity) == PER:
            out.append(make_found(p, "relativeOf", kin, tok, "possessive-kin", None, polarity, modality, None))
    return out


_CONJUNCTION = re.compile(r"\b(?:e|ou)\b")


def _later_subject_conjunct(noun: Token, clause: Token) -> bool:
    """Whether ``noun`` is a later conjunct of a subject of ``clause`` (``Collor, sua mulher
    Rosane e Chaves jantaram``), whose possessive points back to a conjunct before it."""
    first = noun
    while first.dep_ == CONJ and first.head.i != first.i:
        first = first.head
    return first is not noun and first.dep_ in (NSUBJ, NSUBJ_PASS) and first.head.i == clause.i


def _listed_complement(head: Token, dep: Token, head_arg: Arg, dep_arg: Arg, ctx: Context) -> bool:
    """Whether the ``de`` complement ``dep``, set off from the name ``head`` by a comma, is an
    item of a list of ``de`` phrases whose later item the parser hung on ``head`` as its
    conjunct (``eram da Lusa, do LNEC e da empresa ANA``; ``as concelhias do PP, do PSD, do
    PS``): each phrase names another owner, none a part of the one before it."""
    if "," not in ctx.text[head_arg.end : dep_arg.start]:
        return False
    for c in head.children:
        if c.dep_ != CONJ or c.i <= dep.i:
            continue
        case = case_of(c)
        if case is not None and ctx.mapping.preposition(case.lemma_ or case.text) == "de":
            return True
    return False


def _adjective_complement(head: Token, head_arg: Arg, case: Token) -> bool:
    """Whether an adjective in lower case that the parser hung on the name ``head`` stands between
    the name and the preposition ``case`` of the complement: the complement is the adjective's
    (``um rio da Romênia afluente do Rio Bahluieţ``, ``uma vila de Portugal vizinha de Badajoz``),
    not the name's. Read on Wikipedia's Romanian river stubs, where the parser hangs the tributary
    on the country (``Romênia partOf Rio Bahluieţ``)."""
    return any(
        c.dep_ == AMOD and c.pos_ == "ADJ" and c.text[:1].islower() and c.idx >= head_arg.end and c.i < case.i
        for c in head.children
    )


def owned_by_noun(tok: Token, ctx: Context) -> bool:
    """Whether the name ``tok`` heads is the ``de`` complement of a common noun (``Brasil`` in
    ``a embaixada do Brasil em Pequim``), so that a place after it, when the name is a place
    too, more likely locates that noun than the name (for an organization's, see
    :func:`placed_by_noun`). The tagger calls some role nouns adjectives (``embaixador`` in ``hoje
    embaixador do Brasil em Portugal``)."""
    case = case_of(tok)
    if tok.dep_ != NMOD or tok.head.i == tok.i or tok.head.pos_ not in ("NOUN", "ADJ") or case is None:
        return False
    return ctx.mapping.preposition(case.lemma_ or case.text) == "de"


def placed_by_noun(tok: Token, ctx: Context) -> bool:
    """Whether the name ``tok`` heads is the ``de`` complement of a noun of ``local_nouns`` (a
    branch, a meeting, a game: ``a agência do Banespa na Vila Guilherme``, ``o encontro do PT,
    em Brasília``), whose ``em`` place is that noun's, whatever the name's category: no seat
    of the organization, no part of the place; or, when the name is an organization's, of any
    common noun but one whose own ``em`` frame says where its owner is (``sede``): what an
    organization owns, runs or employs is somewhere, its seat need not be (``as instalações da
    Dan&Cake, em Alverca``, ``a 15ª Esquadra da PSP, na Foz do Douro``, ``a entrada do Metro no
    Martim Moniz``, ``o master-franqueado da Arby's no México``); not when the name opens with a
    word of ``site_heads``, an organization that is one place (``os pacientes do Hospital São
    Pedro, em Porto Alegre``: the hospital is there). A ``local_nouns`` noun's
    complement of any other preposition but ``em`` leaves the place to the noun too (``no jogo
    contra o Cruzeiro, no Parque Antarctica``, ``em entrevista à Folha, em Moscou``)."""
    head, case = tok.head, case_of(tok)
    if tok.dep_ == NMOD and head.i != tok.i and head.pos_ == "NOUN" and case is not None:
        # not an "em" complement, itself where the noun is ("seu escritório no IIE, em
        # Washington": the institute is there too)
        if lemma_of(head) in ctx.mapping.local_nouns and ctx.mapping.preposition(case.lemma_ or case.text) != "em":
            return True
    if not owned_by_noun(tok, ctx):
        return False
    noun = lemma_of(tok.head)
    if noun in ctx.mapping.local_nouns:
        return True
    named = ctx.direct(tok)
    if named is not None and _one_site(ctx.text[named.start : named.end], ctx):
        return False  # "os pacientes do Hospital São Pedro, em Porto Alegre": the hospital is there
    return (
        named is not None
        and ctx.category.get(named.entity) == ORG
        and tok.head.pos_ == "NOUN"
        and not ctx.mapping.nouns.get((noun.lower(), "em"))
    )


def _one_site(name: str, ctx: Context) -> bool:
    """Whether the organization's ``name`` opens with a word of ``site_heads`` (``Hospital São
    Pedro``, ``Colégio Miguel de Cervantes``): an organization that is one place."""
    first = name.split(maxsplit=1)
    return bool(first) and first[0].lower() in ctx.mapping.site_heads


def _town_typed_organization(arg: Arg, ctx: Context) -> bool:
    """Whether the organization ``arg`` is a place the NER typed an organization: a name the
    knowledge base or the name lists know as a place (:func:`~teia.extract.relations.gates.known_place_name`:
    ``Cacém``, ``Moita``, ``Taboão da Serra``) that the annotated corpora do not give as a place
    almost always (:func:`~teia.extract.gazetteer.name_types`). A town the corpora know well and
    the NER still typed an organization is a club or a body named after it (``Porto``, ``Santos``,
    ``Braga``), and stays one."""
    name = ctx.text[arg.start : arg.end]
    return name_types().get(name) != LOC and known_place_name(name)


def _no_part(head: Token, head_arg: Arg, dep_arg: Arg, ctx: Context) -> bool:
    """Whether the organization ``head_arg`` is no part of the organization ``dep_arg`` of its
    ``de`` complement: an inquiry or a survey (a name opening with a word of ``inquiry_heads``:
    ``a CPI da CUT``, ``a Pesquisa Datafolha``), whose complement is what it looks into or who ran
    it; or a name set off from the complement by a comma that opens with no word of a body (the
    institutions' and units' words of :func:`~teia.extract.entities.institution_opening`, the
    ``org_classifiers`` and ``news_org_classifiers``, the mapping's ``wing_heads``: ``a Juventude
    Socialista, do PS``), whose first or last word is no head of a group's archive, station or
    label (the mapping's ``subsidiary_heads``: ``o Arquivo Público da Cidade, da Prefeitura de
    Aracaju``, ``a Interscope Records, da Universal Music Group``; issue 20, P68c), whose own ``de``
    does not name the owner (:func:`_names_its_owner`), no organization the name lists know
    (``name_types.tsv``) nor an acronym (``o DCE, da USP``): a product and its
    maker (``o Twingo, da Renault``, ``a Connection Machine, da Thinking Machines``, ``Um Boeing
    737, da China Southern Airlines``), or a person the NER typed an organization (``Brundle, da
    McLaren``), where a body's name is its owner's part (``o Hospital São Paulo, da Escola Paulista
    de Medicina``) (issue 20, P65g)."""
    name = ctx.text[head_arg.start : head_arg.end]
    words = name.split()
    if words and words[0].lower() in ctx.mapping.inquiry_heads:
        return True
    if "," not in ctx.text[head_arg.end : dep_arg.start]:
        return False
    if name_types().get(name) == ORG or is_acronym(name):
        return False  # "o Jornal Nacional, da Rede Globo", "o DCE, da USP": a body the lists know, an acronym's
    span = head.doc.char_span(head_arg.start, head_arg.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    w = entity_words()
    first = next((t for t in span if t.text[:1].isupper()), span[0]).text.lower()
    owned = ctx.mapping.subsidiary_heads  # a Portuguese name's head opens it, an English one's ends it
    return not (
        institution_opening(span, w) or first in w.org_classifiers or first in w.news_org_classifiers or first in ctx.mapping.wing_heads
        or first in owned or span[-1].text.lower() in owned or _names_its_owner(span, ctx.text[dep_arg.start : dep_arg.end])
    )


def _names_its_owner(span: Span, owner: str) -> bool:
    """Whether the name ``span`` says in its own ``de`` whose it is: the first word of the
    ``owner``'s name right after a ``do``/``da``/``de`` inside it (``a Estrutura Base do Exército,
    do Exército Português``), a body's part named after its whole (issue 20, P68c); not the owner's
    name opening it (``o Fiat Uno, da Fiat``: a product bearing its maker's name)."""
    words = owner.split()
    if not words:
        return False
    key = fold(words[0])
    return any(tok.lower_ in OF_FORMS and fold(nxt.text) == key for tok, nxt in zip(span, span[1:]))


def _branch_place(head: Token, head_arg: Arg, dep_arg: Arg, ctx: Context) -> bool:
    """Whether the place ``head_arg`` is where a ``local_nouns`` noun is (its ``de`` complement:
    ``a sucursal de Brasília``) and ``dep_arg``, no place, the owner of that noun the parser hung
    on the place (``da Folha``): the organization's branch, not a part of the organization. A
    place after the place still locates it (``a loja da rua Augusta, de São Paulo``)."""
    return (
        ctx.category.get(head_arg.entity) == LOC
        and ctx.category.get(dep_arg.entity) != LOC
        and placed_by_noun(head, ctx)
    )


def byline_desk(tok: Token, ctx: Context) -> bool:
    """Whether the name ``tok`` heads opens its sentence with ``Da``/``Do``/``De`` (after a dash at
    most): a news byline's desk (``Da Agência Folha, em Recife``; ``Da Sucursal do Rio``), whose
    ``em`` place is where the report was written, not the organization's seat (on MAC-MORPHO
    news, 5 such seats read, none right)."""
    case = case_of(tok)
    if case is None or ctx.mapping.preposition(case.lemma_ or case.text) != "de":
        return False
    sent = ctx.sentence(tok)
    first = next((t for t in sent if not t.is_punct), None)
    return first is not None and first.i == case.i


def contest_party(tok: Token, ctx: Context) -> bool:
    """Whether the name ``tok`` heads is the subject or the object of a verb of a contest
    (:func:`contest_verb_of`): a place after the name is where the parties met, not the seat of
    either (``a Portuguesa enfrenta o Paysandu no Canindé``, ``o Sport venceu o Palmeiras no
    Parque Antarctica``)."""
    return contest_verb_of(tok, ctx.mapping) is not None


def _next_to(head: Arg, dep: Arg, ctx: Context) -> bool:
    """Whether the dependent name is the head name's own complement: no other name between them
    (``Sousa, do Rio Branco, e Pinga, do Internacional``: ``do Internacional`` is Pinga's), and
    no comma between two places (``o Atlético de Madrid, da Espanha``: a club the NER took for
    a place is *from* Spain, not a part of it), between an organization and a person (``O
    Colapso da Modernização, de Robert Kurz``: a book by its author) nor between a place and an
    organization (``Euskadi, do Partido Nacionalista Basco``: a place is no part of a party; the
    complement is a person's or a body's the place stands for) (issue 20, P67b)."""
    if dep.start <= head.end:
        return True
    if ctx.mentions_in(head.end, dep.start) or _CONJUNCTION.search(ctx.text, head.end, dep.start):
        return False  # "a Secretaria do Verde e do Meio Ambiente": one name, not a part of the other
    if "," not in ctx.text[head.end : dep.start]:
        return True
    cats = (ctx.category.get(head.entity), ctx.category.get(dep.entity))
    # "o Atlético de Madrid, da Espanha"; "O Colapso da Modernização, de Robert Kurz": a book
    # the NER took for an organization is by its author, not led by him; "em Euskadi, do
    # Partido Nacionalista Basco": the party's people there, the place no part of the party
    return cats not in ((LOC, LOC), (ORG, PER), (LOC, ORG))
