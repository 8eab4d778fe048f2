"""Reading a verb's clause: its agents, patients and prepositional arguments.

The subject is the verb's own, or inherited (the noun a relative or participial clause
modifies, the subject of a controlling or coordinated verb), or the discourse topic when it was
dropped; objects are ``obj`` (and the antecedent of an object relative pronoun); prepositional
arguments are ``obl`` dependents with the preposition of their ``case`` (multiword and
adverb-led prepositions included). The repairs of misattached arguments live in
:mod:`~teia.extract.relations.repairs`.

Terminology: a clause's *agents* are its semantic subjects (the subject of an active verb,
the ``obl:agent`` of a passive), its *patients* its direct objects (the object of an active
verb, the subject of a passive).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from teia.extract.docindex import dependents, has_dependent, morph_values
from teia.extract.labels import (
    ACL,
    ACL_RELCL,
    ADVCL,
    ADVMOD,
    AUX_PASS,
    CASE,
    CC,
    CCOMP,
    CONJ,
    COP,
    FIXED,
    IOBJ,
    MARK,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    OBL_AGENT,
    PARATAXIS,
    PER,
    PUNCT,
    XCOMP,
)
from teia.extract.relations.apposed_participle import apposed_name
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg
from teia.extract.relations.repairs import (
    agreeing_noun,
    apposition_of_another_gender,
    aspect_infinitive,
    complement_of_object_noun,
    complex_preposition,
    container_owner,
    detached_subject_before,
    disagreeing_complement_owner,
    disagreeing_subject,
    inside_date,
    kind_complement_head,
    lendable_oblique,
    lent_obliques,
    located_antecedent,
    misparsed_antecedent,
    misparsed_relative,
    misplaced_apposition,
    name_opens_clause,
    object_parsed_as_subject,
    oblique_parsed_as_subject,
    origin_relative_owner,
    participle_on_verb,
    place_after_place,
    predicate_conjunct_owner,
    relative_parsed_as_object,
    restrictive_participle_owner,
    restrictive_relative_owner,
    second_subject,
    speaker_parsed_as_object,
    stranded_subject,
    subject_after_oblique_noun,
    subject_parsed_as_head,
    swallowed_complement,
    swallowed_complements,
)
from teia.extract.relations.syntax import (
    IMPERSONAL_VERBS,
    NOMINAL,
    PREP_ADVERBS,
    RELATIVE_WORDS,
    VERBAL,
    WHERE_WORDS,
    asked,
    case_of,
    case_right_after,
    controlled,
    finite_third_singular,
    has_own_subject,
    is_relative,
    lemma_of,
)

__all__ = [
    "Clause",
    "analyse_clause",
    "is_passive",
    "oblique",
    "prodrop_ok",
    "subject_args",
]


@dataclass
class Clause:
    """A verb and its arguments: agents, patients, ``(preposition, entity)`` obliques."""

    verb: Token
    rule: str
    agents: list[Arg] = field(default_factory=list)
    patients: list[Arg] = field(default_factory=list)
    obliques: list[tuple[str, Arg]] = field(default_factory=list)
    passive: bool = False
    prodrop: bool = False


def is_passive(verb: Token) -> bool:
    """Whether ``verb`` is passive (a passive auxiliary or subject; an agent of a participle; a
    participle modifying a noun). An ``obl:agent`` the parser gives a finite or infinitive verb
    with neither is a ``por`` phrase of an active one (``um futebolista do México, que atualmente
    joga pelo UAG``: he plays for the UAG, which does not play him), read as its oblique
    (:func:`_agent_phrase`)."""
    if has_dependent(verb, (AUX_PASS, NSUBJ_PASS)):
        return True
    participle = "Part" in morph_values(verb, "VerbForm")
    if participle and has_dependent(verb, (OBL_AGENT,)):
        return True
    return verb.dep_ == ACL and participle and (verb.head.pos_ in NOMINAL or participle_on_verb(verb) is not None)


_AGENT_CASES = frozenset({"por", "de"})
"""Prepositions of a passive's agent (``comandada por X``, the older ``amado de todos``)."""


def _agent_phrase(c: Token, passive: bool, ctx: Context) -> bool:
    """Whether ``c`` is the agent of its verb: an ``obl:agent`` of a passive one (:func:`is_passive`)
    whose preposition, if any, is one of an agent's. The parser also labels so another
    preposition's phrase after a participle (``um político brasileiro filiado ao Partido dos
    Trabalhadores``: the party filiates nobody), which is then the verb's oblique."""
    if not passive or c.dep_ != OBL_AGENT:
        return False
    case = case_of(c)
    return case is None or ctx.mapping.preposition(case.lemma_ or case.text) in _AGENT_CASES


def _subject_tokens(verb: Token, ctx: Context, depth: int = 0, skip: int = -1) -> tuple[list[Token], str]:
    """The tokens naming the subject of ``verb`` and how they were found (a rule id part);
    ``skip``: a subject dependent that is not one (:func:`object_parsed_as_subject`; also that of
    the verb a conjunct shares its subject with: ``chegou a Varsóvia e recebeu o comando``)."""
    own = [
        c
        for c in dependents(verb, (NSUBJ, NSUBJ_PASS))
        if c.i != skip
        and lemma_of(c) not in WHERE_WORDS
        and misplaced_apposition(c) is None
        and not subject_after_oblique_noun(c)
    ]
    if len(own) == 2 and (second := second_subject(verb, ctx)) is not None:
        own.remove(second)  # "o time derrotou o Atlético": the object, also for a controlled verb
    carrier = _prepositional_relative_of(verb)
    if carrier is not None:
        own = [c for c in own if c.i != carrier.i]  # "para a qual trabalha": not the subject
    if own:
        return own, ""
    if (bare := oblique_parsed_as_subject(verb, lambda c: ctx.entity(c) is not None)) is not None:
        return [bare], ""  # "O Segundo Congresso abriu-se em Petrogrado", "Congresso" an obl
    if (inverted := inverted_relative_subject(verb, ctx)) is not None:
        return [inverted], "relcl"
    if (head := subject_parsed_as_head(verb)) is not None:
        return [head], ""  # "Paghman é uma cidade": the name tagged a verb, the predicate its subject
    if depth > 4 or verb.head.i == verb.i:
        return [], ""
    # "perto de Moscou, onde morreu" with the clause hung on "perto" itself (issue 17, P64n)
    on_adverb = verb.head.lower_ in PREP_ADVERBS
    if verb.dep_ == ACL_RELCL and (verb.head.pos_ in NOMINAL or on_adverb):
        if (pronoun := relative_parsed_as_object(verb)) is not None:
            return [pronoun], "relcl"  # "a organização que ... coordenou os partidos", que an obj
        if any(is_relative(c) or _prepositional_relative(c) for c in verb.children):
            # "Lenin viveu em Gorki, onde morreu": the pronoun is not the subject; the subject
            # of the clause the noun belongs to is the best guess
            outer = verb.head.head
            if outer.lower_ in PREP_ADVERBS and outer.head.i != outer.i:
                outer = outer.head  # "viver em Gorki, perto de Moscou, onde morreu"
            if outer.i != verb.head.i and outer.pos_ in VERBAL:
                toks, _ = _subject_tokens(outer, ctx, depth + 1)
                # not the antecedent, the outer clause's subject: the pronoun is not this one's
                return [t for t in toks if t.i != verb.head.i], "relcl"
            return [], ""
        return ([], "") if on_adverb else ([verb.head], "relcl")
    if (noun := participle_on_verb(verb)) is not None:
        return [noun], "acl-participle"  # "elegeram o Conselho, presidido por Lenin", hung on the verb
    if verb.dep_ == ACL and verb.head.pos_ in NOMINAL:
        # "um clube de futebol sediado em X": the club's, not football's
        owner = (
            kind_complement_head(verb)
            or disagreeing_complement_owner(verb)
            or container_owner(verb, ctx)
            or restrictive_participle_owner(verb, ctx)  # "o libreto de Arrigo Boito baseado em": the libretto's
        )
        return [owner or predicate_conjunct_owner(verb) or verb.head], "acl-participle"
    if controlled(verb):
        controller = object_controller(verb)
        if controller is not None:
            return [controller], "xcomp-control"
        toks, _ = _subject_tokens(verb.head, ctx, depth + 1)
        return toks, "xcomp-control"
    if misparsed_relative(verb):
        # "apresentou as Teses, nas quais rejeitava...": the subject of the clause the
        # antecedent belongs to
        toks, _ = _subject_tokens(verb.head, ctx, depth + 1)
        return toks, "relcl"
    if verb.dep_ == CONJ and verb.head.pos_ in VERBAL:
        moved = object_parsed_as_subject(verb.head, ctx)
        toks, _ = _subject_tokens(verb.head, ctx, depth + 1, moved.i if moved is not None else -1)
        return toks, "conj-shared"
    return [], ""


def _prepositional_relative(c: Token) -> bool:
    """Whether ``c`` is a relative word with a preposition of its own, also one the tagger did
    not call a relative pronoun (``a Junta de Conciliação de que trata o Decreto``: ``que`` a
    conjunction, ``de`` its ``case``, the ``Decreto`` the parser's object): the antecedent fills
    the preposition's place in the clause, not its subject's."""
    return _carried_preposition(c) is not None


def _carried_preposition(c: Token) -> Token | None:
    """The preposition a relative word ``c`` carries: its ``case`` (``de que``, ``pela qual``;
    not a bare ``a``/``o``, the article taken for one), or the preposition right before it or
    its article that the parser hung on the clause's verb (``a empresa para a qual trabalha
    Pedro Silva``: ``para`` a ``mark`` of ``trabalha``, ``qual`` its ``nsubj``)."""
    if lemma_of(c) not in RELATIVE_WORDS:
        return None
    case = next((k for k in dependents(c, (CASE,)) if k.lower_ not in _ARTICLES), None)
    if case is not None:
        return case
    k = c.i - 1
    while k >= 0 and c.doc[k].head.i == c.i and c.doc[k].pos_ == "DET":
        k -= 1  # "para a qual", "com os quais": the article
    before = c.doc[k] if k >= 0 else None
    if before is None or before.pos_ != "ADP" or before.head.i not in (c.i, c.head.i) or before.lower_ in _ARTICLE_LIKE:
        return None
    return before


def _prepositional_relative_of(verb: Token) -> Token | None:
    """The relative word before a relative clause's ``verb`` that carries a preposition
    (:func:`_carried_preposition`), or ``None``."""
    if verb.dep_ != ACL_RELCL:
        return None
    return next((c for c in verb.children if c.i < verb.i and _carried_preposition(c) is not None), None)


def inverted_relative_subject(verb: Token, ctx: Context) -> Token | None:
    """The subject after the verb of a relative clause whose relative word carries a
    preposition, which the parser made the verb's object (``a empresa para a qual trabalha
    Pedro Silva``: Pedro Silva works, for the company; the pronoun, the parser's ``nsubj``, is
    no subject): a name right after the verb, when the parser made the relative word the
    clause's only subject. ``None`` otherwise: a subject of its own (``a empresa com a qual a
    Vale assinou o contrato``), or a relative word the parser read as an oblique or object,
    whose name after the verb is more often the object of a dropped subject (``canções ..., com
    que ganhou o Óscar``)."""
    relative = _prepositional_relative_of(verb)
    if relative is None or relative.dep_ not in (NSUBJ, NSUBJ_PASS):
        return None  # "com que ganhou o Óscar": a name the parser made the object stays one
    if any(c.i != relative.i for c in dependents(verb, (NSUBJ, NSUBJ_PASS))):
        return None
    after = next((c for c in dependents(verb, (OBJ,)) if c.i > verb.i), None)
    if after is None or after.pos_ != "PROPN" or ctx.entity(after) is None:
        return None
    if any(t.pos_ not in ("DET", "ADP") for t in verb.doc[verb.i + 1 : after.left_edge.i]):
        return None  # something between: not the inverted subject's place
    return after


def object_controller(verb: Token) -> Token | None:
    """The object of the verb that ``verb``, an infinitive complement, depends on, when it comes
    before ``verb``: the subject of the infinitive (``Serginho orientou Ranielli a jogar``,
    ``convenceu o PT a apoiar``, ``levou a Polônia a atacar``), not the head verb's subject. The
    complement is an ``xcomp``, or an ``advcl`` marked by ``a`` (the parser's other reading of
    it). ``None`` for a complement without such an object (``decidiu atacar Varsóvia``), for an
    adverbial clause of another kind, a marker other than ``a`` (``derrotou o Exército antes de
    tomar Minsk``, ``o fez pouco antes de fugir``: the subject's), for a relative pronoun the
    parser hung on the head verb (``o desafio que Crane tentou enfrentar``) and for a participle,
    whose object is its patient (``encontrou o carro abandonado``)."""
    if "Inf" not in morph_values(verb, "VerbForm") or verb.dep_ not in (XCOMP, ADVCL):
        return None
    marks = [m.lower_ for m in dependents(verb, (MARK, CASE))]
    if any(m != "a" for m in marks) or (verb.dep_ == ADVCL and not marks):
        return None  # "o fez pouco antes de fugir da URSS", parsed as an xcomp: an adverbial
    obj = next((c for c in dependents(verb.head, (OBJ,)) if c.i < verb.i), None)
    if obj is None or is_relative(obj):
        return None  # "o desafio que Crane tentou enfrentar": the relative is the infinitive's object
    return obj


def subject_args(verb: Token, ctx: Context) -> tuple[list[Arg], str, bool]:
    """Entities of the subject of ``verb``, the rule part that found them, and whether the
    clause has a subject at all (an explicit or inherited one, entity or not)."""
    return _subject_args(verb, ctx, object_parsed_as_subject(verb, ctx), inverted_speaker(verb, ctx))


def _subject_args(verb: Token, ctx: Context, moved: Token | None, speaker: Token | None) -> tuple[list[Arg], str, bool]:
    """:func:`subject_args` given the verb's :func:`object_parsed_as_subject` and
    :func:`inverted_speaker` (which :func:`_analyse_clause` reads too)."""
    toks, how = _subject_tokens(verb, ctx, skip=moved.i if moved is not None else -1)
    if not toks:
        toks = [speaker] if speaker is not None else toks
    args: list[Arg] = []
    for t in toks:
        if not how and disagreeing_subject(verb, t):
            continue  # the parser's subject, not the verb's: the clause has one, unnamed
        if is_relative(t) and t.head.dep_ == ACL_RELCL and t.head.head.i != t.head.i:
            # "as Legiões, que combateram": the pronoun's noun; "um rio de Minas Gerais que
            # deságua": the river's, not the state's
            # the river's, not the state's; "o pesquisador X, de Cruz Alta, que participou": X's
            owner = restrictive_relative_owner(t.head, ctx) or origin_relative_owner(t.head, ctx)
            arg = ctx.entity(owner or t.head.head)
            if arg is not None:
                args.append(arg)
                how = how or "relcl"
        else:
            # "os pesquisadores A, B e C receberam": every name of the list, not the first only
            own = ctx.entity(t)
            args.extend(a for a in ctx.entities(t) + ctx.listed_names(t) if a not in args and (a == own or not _past_participle(a, t, verb, how)))
    if how == "conj-shared" or verb.dep_ in (ADVCL, PARATAXIS):
        # "Rui venceu a corrida e Ana morreu em Lisboa", "morreu" hung as a conj or (misparsed)
        # as an advcl or a parataxis: the name before the verb is its subject
        stranded = stranded_subject(verb, ctx)
        if stranded is not None:
            return [stranded], "", True
    if how == "acl-participle" and toks == [verb.head] and apposition_of_another_gender(verb, ctx):
        # "do movimento Ética na Política na CEI (...), criada pelo presidente Itamar Franco":
        # the commission's, not the movement's name's
        args = []
    if not args and how == "acl-participle":
        # "a paz de Brest-Litovsk, assinada com a Alemanha": a named complement of the noun;
        # "A Resistência Islâmica, ala armada do Hizbollah, apoiada pelo Irão": the name the noun
        # is in apposition to
        repaired = agreeing_noun(verb, ctx) or apposed_name(verb, ctx)
        if repaired is not None:
            args.append(repaired)
    return args, how, bool(toks)


def _past_participle(arg: Arg, noun: Token, verb: Token, how: str) -> bool:
    """Whether ``arg``, a name of the noun a participle ``verb`` modifies (``how``
    ``acl-participle``) or of a noun coordinated with it, comes after the participle: a conjunct
    the parser hung on the noun that belongs to the participle's own phrase, not a second thing
    it tells of (``uma banda ... formada em 1983 em Los Angeles pelo vocalista Graham Bonnet, o
    tecladista Jimmy Waldo e baixista Gary Shea``: Jimmy Waldo is one of the band's founders,
    parsed as a conjunct of ``banda``, and neither formed by Graham Bonnet nor formed in Los
    Angeles). The names a participle tells of come before it (``A e B, formados em Lisboa``), or
    are the noun's own, in apposition to it (``O circuito localizado em São Paulo, Autódromo José
    Carlos Pace, organiza``: kept by the caller)."""
    return how == "acl-participle" and noun.i < verb.i < arg.token.i


def inverted_speaker(verb: Token, ctx: Context) -> Token | None:
    """``«...», declarou Lenin``: the person after a speech verb without a subject of its own is
    its speaker, also when the parser made the name the verb's object."""
    if ctx.lemma(verb) not in ctx.mapping.speech:
        return None
    return speaker_parsed_as_object(verb, lambda c: (a := ctx.entity(c)) is not None and ctx.category.get(a.entity) == PER)


def prodrop_ok(tok: Token, ctx: Context) -> bool:
    """Whether a clause without subject may take the discourse topic: a declarative clause
    (not in a question: ``Viveu em Paris?``) whose verb is finite, third person singular and
    not imperative (:func:`~teia.extract.relations.syntax.finite_third_singular`)."""
    if asked(ctx.text, (tok.idx + len(tok.text),), ctx.sentence(tok).end_char) or detached_subject_before(tok) or name_opens_clause(tok):
        return False
    v = tok
    while (v.dep_ == CONJ or controlled(v)) and v.head.i != v.i:
        v = v.head
    if v.dep_ in (ACL, ADVCL, CCOMP) and v.dep_ != ACL_RELCL and not misparsed_relative(v):
        return False
    if ctx.lemma(v) in IMPERSONAL_VERBS:
        return False  # "Com Maluf, houve aumento": no subject to recover
    if v.head.i == v.i and "Sub" in morph_values(v, "Mood") and "Pres" in morph_values(v, "Tense"):
        return False  # a main verb in the present subjunctive is an order: "Leia mais sobre X"
    if ctx.lemma(v) in ctx.mapping.speech and any(
        c.i > v.i and (a := ctx.entity(c)) is not None and ctx.category.get(a.entity) == PER for c in v.children
    ):
        return False  # "..., disse à Folha Roger Abdelmassih": a person after a speech verb is its speaker
    copulas = dependents(v, (COP,))
    if copulas:
        return any(finite_third_singular(c) for c in copulas)
    return finite_third_singular(v)


def oblique(c: Token, ctx: Context) -> tuple[str, Token] | None:
    """The preposition of an oblique dependent (multiword and adverb-led ones joined with ``_``) and the dependent; ``None`` without a ``case``, for an attribution (``segundo X``) and for a phrase the mapping's ``aside_markers`` set aside (``tal como X``, ``sem X``)."""
    case = case_of(c)
    if case is None:
        return None
    prep = ctx.mapping.preposition(case.lemma_ or case.text)
    # multiword prepositions ("ao lado de", "em direção a"): the fixed parts
    fixed = [f for f in case.children if f.dep_ == FIXED]
    if fixed:
        prep = "_".join([prep, *(ctx.mapping.preposition(f.lemma_ or f.text) for f in fixed)])
        # "a partir de Moscou" with "de" a second ``case`` of the noun, not a fixed part: the
        # marker right after the fixed parts ends the same preposition (issue 17, P64n)
        last = case_right_after(c, fixed[-1])
        if last is not None:
            prep = f"{prep}_{ctx.mapping.preposition(last.lemma_ or last.text)}"
    # "perto de Moscou": an adverb before the preposition makes one complex preposition
    adverb = next((a for a in c.children if a.dep_ == ADVMOD and a.i < case.i and a.lower_ in PREP_ADVERBS), None)
    if adverb is not None:
        prep = f"{adverb.lower_}_{prep}"
    if prep in ctx.mapping.attribution or ctx.mapping.sets_aside(prep):
        return None  # "tão diversos quanto MF Doom", "sem o atacante Muller": no argument
    if prep == _LIKE and (any(p.dep_ == CASE and p.i > case.i for p in c.children) or _set_off(case, c)):
        # "como na ONU, Portugal manteve uma política de força", "Portugal manteve, como a ONU,
        # uma política": a comparison (P64e, P67a)
        return None
    return prep, c


def _where_preposition(where: Token, ctx: Context) -> str:
    """The preposition a relative ``onde`` stands for: ``em`` (``Gorki, onde morreu``), or its own
    preposition when it has one (``o hospital, de onde saiu ontem``: ``rel:sair_de``; ``para
    onde foi``; issue 20, P68u)."""
    case = case_of(where)
    return ctx.mapping.preposition(case.lemma_ or case.text) if case is not None else "em"


def _set_off(case: Token, c: Token) -> bool:
    """Whether the phrase ``case`` opens, ``c`` its head, stands between commas (or opens the
    sentence before one): ``Portugal manteve, como a ONU, uma política``, ``Como a ONU,
    Portugal ...``; the phrase's own words end before its conjuncts (the parser hangs ``uma
    política`` on ``ONU``). An argument's ``como`` has no comma before it (``reconhecido como
    Câmara do Comércio``)."""
    doc = c.doc
    if case.i > c.sent.start and doc[case.i - 1].text != ",":
        return False
    end = max((d.right_edge.i for d in c.children if d.i > c.i and d.dep_ not in (CONJ, CC, PUNCT)), default=c.i)
    return end + 1 < len(doc) and doc[end + 1].text == ","


def prepositional_object(c: Token, ctx: Context) -> tuple[str, Token] | None:
    """The preposition and the phrase of an ``obj`` the parser gave a preposition of its own
    (``Jair Pereira chega hoje ao Corinthians``, ``Cindy Reich vem do Colorado``, ``pediu ao
    desembargador Raul Quental a saída``): a prepositional argument, read as an oblique, so its
    relation keeps the preposition (``rel:vir_de``, not ``rel:vir``, which would say that Cindy
    comes the Colorado). ``None`` for a plain object, and for a bare ``a`` or ``as``, which is
    the article the tagger took for the preposition as often (``A Artur Berberian está vendendo
    a InfoBox``)."""
    case = case_of(c)
    if case is None or case.lower_ in _ARTICLE_LIKE:
        return None
    return oblique(c, ctx)


# "como" before the phrase's own preposition ("como na ONU") or set off by commas (", como a ONU,")
# compares; alone it is one ("eleito como deputado")
_LIKE = "como"
# a "case" marker of an object that is as likely the article: "vendendo a InfoBox"
_ARTICLE_LIKE = frozenset({"a", "as"})
# a relative word's "case" that is its article ("a qual"), not its preposition
_ARTICLES = _ARTICLE_LIKE | {"o", "os"}


def analyse_clause(verb: Token, ctx: Context) -> Clause | None:
    """Agents, patients and prepositional arguments of a verb (with inherited subjects).

    Several rules ask for the same verb's clause: it is worked out once per verb and discourse
    topic (``ctx.clauses``) and each caller gets its own copy, free to change."""
    topic = ctx.topic
    key = (verb.i, topic, topic.token.i if topic is not None else -1)
    if key not in ctx.clauses:
        ctx.clauses[key] = _analyse_clause(verb, ctx)
    clause = ctx.clauses[key]
    if clause is None:
        return None
    assert isinstance(clause, Clause)
    # a shallow copy of every field (``dataclasses.replace`` runs the whole __init__: about
    # twice as slow), then the argument lists the caller may change
    mine = object.__new__(Clause)
    mine.__dict__.update(clause.__dict__)
    mine.agents, mine.patients, mine.obliques = list(clause.agents), list(clause.patients), list(clause.obliques)
    return mine


def _analyse_clause(verb: Token, ctx: Context) -> Clause | None:
    if verb.pos_ not in VERBAL or has_dependent(verb, (COP,)):
        return None
    passive = is_passive(verb)
    moved = object_parsed_as_subject(verb, ctx)
    speaker = inverted_speaker(verb, ctx)
    subjects, how, has_subject = _subject_args(verb, ctx, moved, speaker)
    clause = Clause(verb, how, passive=passive)
    relative = None
    head_arg = None
    pronoun_subject = relative_parsed_as_object(verb)  # read as the subject (_subject_tokens)
    if verb.dep_ == ACL_RELCL and pronoun_subject is None:
        relative = next((c for c in verb.children if is_relative(c)), None)
    if verb.dep_ in (ACL_RELCL, ACL) and verb.head.i != verb.i:
        head_arg = ctx.entity(verb.head)
    if relative is not None and lemma_of(relative) in WHERE_WORDS:
        head_arg = located_antecedent(verb.head, ctx) or head_arg
    elif relative is None and (misparsed := misparsed_antecedent(verb)) is not None:
        # "viver em Gorki, perto de Moscou, onde morreu" with the clause hung on "viver"
        relative, noun = misparsed
        head_arg = located_antecedent(noun, ctx) or ctx.entity(noun)
    carried = _carried_preposition(relative) if relative is not None and relative.i < verb.i else None
    inverted = inverted_relative_subject(verb, ctx) if carried is not None else None
    if carried is not None and head_arg is not None and relative is not None and relative.dep_ in (NSUBJ, NSUBJ_PASS):
        # "a empresa para a qual trabalha Pedro Silva", "qual" the parser's subject: the
        # antecedent in the preposition's place
        clause.obliques.append((ctx.mapping.preposition(carried.lemma_ or carried.text), head_arg))
        clause.rule = "relcl"
    lent = lent_obliques(verb, ctx)
    carrier = verb.head
    if relative is None and lent and carrier.dep_ == ACL_RELCL and carrier.head.i != carrier.i:
        # "foi viver para Lisboa, onde viria a falecer": the aspectual verb's "onde" is its infinitive's
        relative = next((c for c in carrier.children if is_relative(c) and lemma_of(c) in WHERE_WORDS), None)
        if relative is not None:
            head_arg = located_antecedent(carrier.head, ctx) or ctx.entity(carrier.head)
    (clause.patients if passive else clause.agents).extend(subjects)
    if moved is not None:
        clause.patients.extend(ctx.entities(moved))  # "defendeu a Nova Política Econômica"

    # "Em África, Pessoa viria a demonstrar": the aspectual verb's obliques are its infinitive's
    lends = aspect_infinitive(verb, ctx) is not None
    for c in (*verb.children, *lent):
        if lends and lendable_oblique(c):
            continue
        if c.dep_ == OBJ:
            if pronoun_subject is not None and c.i == pronoun_subject.i:
                continue
            if inverted is not None and c.i == inverted.i:
                continue  # "para a qual trabalha Pedro Silva": the subject
            if speaker is not None and c.i == speaker.i and ctx.entity(c) in subjects:
                continue  # "«...», declarou Lenin": the speaker, not the object
            if relative is not None and c.i == relative.i and head_arg is not None:
                if carried is not None:  # "a Petrobras, pela qual trabalha": rel:trabalhar_por
                    clause.obliques.append((ctx.mapping.preposition(carried.lemma_ or carried.text), head_arg))
                else:
                    clause.patients.append(head_arg)  # "a facção que Lenin liderou"
                clause.rule = "relcl"
            elif (marked := prepositional_object(c, ctx)) is not None:
                clause.obliques.extend((marked[0], arg) for arg in ctx.entities(marked[1]))
            else:
                clause.patients.extend(ctx.entities(c))
        elif _agent_phrase(c, passive, ctx):
            clause.agents.extend(ctx.entities(c) + ctx.listed_names(c))  # "pelos empresários A e B"
        elif c.dep_ in (OBL, IOBJ) or c.dep_.startswith(OBL + ":"):
            if relative is not None and c.i == relative.i and lemma_of(c) in WHERE_WORDS and head_arg is not None:
                clause.obliques.append((_where_preposition(c, ctx), head_arg))  # "a Frente Sudoeste, onde Stalin servia"
                clause.rule = "relcl"
                continue
            if complement_of_object_noun(c, ctx) is not None:
                continue  # "jurar fidelidade às Potências Centrais": the noun's, not the verb's
            found = oblique(c, ctx)
            if found is None:
                continue
            prep, tok = found
            if swallowed_complement(tok, ctx):
                continue  # "que acabava de recuperar a independência, à Rússia": the main verb's
            if relative is not None and tok.i == relative.i and head_arg is not None:
                clause.obliques.append((prep, head_arg))
                clause.rule = "relcl"
                continue
            if lemma_of(tok) in ctx.mapping.complex_prepositions and ctx.entity(tok) is None:
                clause.obliques.extend(complex_preposition(prep, tok, ctx))
                continue
            for arg in ctx.entities(tok):
                clause.obliques.append((prep, arg))
            clause.obliques.extend((prep, arg) for arg in place_after_place(tok, prep, ctx))
            clause.obliques.extend(inside_date(tok, ctx))
        elif relative is not None and c.i == relative.i and lemma_of(c) in WHERE_WORDS and head_arg is not None:
            clause.obliques.append((_where_preposition(c, ctx), head_arg))  # "Gorki, onde morreu"
            clause.rule = "relcl"
        elif c.dep_ == ADVCL and ctx.lemma(c) in ctx.mapping.inclusion_verbs and not has_own_subject(c):
            # "apoiou a criação de partidos..., incluindo o Partido Comunista do Brasil"
            for o in c.children:
                if o.dep_ == OBJ:
                    clause.patients.extend(a for a in ctx.entities(o) if a not in clause.patients)
    if not passive and clause.patients:
        clause.obliques.extend(swallowed_complements(verb, clause, ctx))
    if not has_subject and ctx.topic is not None and prodrop_ok(verb, ctx):
        (clause.patients if passive else clause.agents).append(ctx.topic)
        clause.prodrop = True
    if not clause.rule:
        if passive:
            clause.rule = "passive-agent" if has_dependent(verb, (OBL_AGENT,)) else "passive"
        else:
            clause.rule = "svo-active"
    return clause
