"""Verbal constructions: active and passive clauses, relative and participial clauses,
control, coordinated verbs, adjectival participles and reciprocal verbs.

Each rule selects the clauses of its construction (read by
:func:`~teia.extract.relations.clauses.analyse_clause`) and maps their agent, patient and
oblique pairs to properties through the mapping's verb frames, or to open relations.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from teia.extract.docindex import dependents, has_dependent, morph_values
from teia.extract.labels import (
    ACL,
    ACL_RELCL,
    AUX,
    AUX_PASS,
    CASE,
    CONJ,
    COP,
    DET,
    EXPL,
    EXPL_PV,
    IOBJ,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    OBL_AGENT,
    PER,
    WORK,
    XCOMP,
)
from teia.extract.relations.clauses import Clause, analyse_clause, oblique, subject_args
from teia.extract.relations.context import Context
from teia.extract.relations.found import (
    ASSERTED,
    OPEN_PREFIX,
    PROBABLE,
    Arg,
    Found,
    make_found,
    open_predicate,
)
from teia.extract.relations.modality import clause_modality, negated
from teia.extract.relations.repairs import agreeing_noun, agrees, completed_noun, misparsed_relative
from teia.extract.relations.syntax import VERBAL, clause_tokens, conjuncts, controlled, is_relative

__all__ = [
    "SYMMETRIC",
    "adjectival_participle",
    "borrowed_participle",
    "clause_relations",
    "control_xcomp",
    "coordinated_verb",
    "participial_clause",
    "passive_agent",
    "reciprocal",
    "relative_clause",
    "svo_active",
]

SYMMETRIC = frozenset({"relativeOf", "allyOf", "foughtAgainst"})


def _clause_relations(clause: Clause, ctx: Context) -> list[Found]:
    verb, mapping = clause.verb, ctx.mapping
    subjects = (clause.patients or clause.agents) if clause.passive else clause.agents
    pairs: list[tuple[Arg, Arg, str]] = []
    if clause.agents:
        pairs += [(a, p, "") for a in clause.agents for p in clause.patients]
    pairs += [(s, o, prep) for s in subjects for prep, o in clause.obliques]
    if not pairs and (clause.passive or not clause.patients or not clause.obliques):
        return []  # no two entities to relate (most clauses): polarity, modality, time unread
    lemma = ctx.lemma(verb)
    polarity = not negated(verb, ctx)
    modality = clause_modality(verb, ctx)
    toks = clause_tokens(verb)
    time = ctx.time_in(toks)
    if time is None and controlled(verb):
        time = ctx.time_in(clause_tokens(verb.head))
    base = clause.rule
    found: list[Found] = []
    # frames between the object and an oblique: "a guerra opôs a Polônia à Rússia"
    for p in clause.patients if not clause.passive else []:
        for prep, o in clause.obliques:
            frame = mapping.verb(
                lemma, prep, passive=False, subject=ctx.category.get(p.entity, ""), obj=ctx.category.get(o.entity, ""), between="object"
            )
            if frame is not None and p.entity != o.entity:
                s_, o_ = (o, p) if frame.inverse else (p, o)
                found.append(make_found(s_, frame.predicate, o_, verb, base, clause, polarity, modality, time))
    places: list[Arg] = []
    opens: list[tuple[Arg, Arg, str]] = []
    unplaced: set[int] = set()  # indices in found of frames whose relation takes no place (Frame.placed)
    predicative = predicative_participle(verb, ctx)
    for subj, obj, prep in pairs:
        if subj.entity == obj.entity:
            continue
        frame = mapping.verb(
            lemma, prep, passive=clause.passive, subject=ctx.category.get(subj.entity, ""), obj=ctx.category.get(obj.entity, "")
        )
        if frame is not None and prep and predicative is not None:
            # "a Plataforma deverá ficar representada nos concelhos de Soure...": the place is
            # where it is represented, not where it is; "ficou sediada em Lisboa" keeps a seat
            frame = mapping.verb(
                ctx.lemma(predicative), prep, passive=True, subject=ctx.category.get(subj.entity, ""), obj=ctx.category.get(obj.entity, "")
            )
            if frame is None:
                continue
        if frame is None:
            if prep == "em" and ctx.category.get(obj.entity) == "LOC":
                places.append(obj)
            opens.append((subj, obj, prep))
            continue
        s, o = (obj, subj) if frame.inverse else (subj, obj)
        if not frame.placed:
            unplaced.add(len(found))
        found.append(make_found(s, frame.predicate, o, verb, base, clause, polarity, modality, time))
    place = places[0].entity if places else ""
    mapped = len(found) > len(unplaced)
    naming = lemma in mapping.naming_verbs and (clause.passive or _names_its_own(verb))
    for subj, obj, prep in opens:
        if mapped and obj in places:
            continue  # a place of mapped relations, not a relation of its own
        if naming and prep in ("", "por"):
            continue  # "o Sistema de Posicionamento Global, conhecido por GPS": a name, no agent
        if (predicate := open_predicate(lemma, prep)) is not None:
            # "conhecido como Toni Negri", "chamado de Bob Weir Band": another name, an alias
            # rather than an edge; "conhecida na Rússia": where it is called so
            how = PROBABLE if naming and modality == ASSERTED else modality
            found.append(make_found(subj, predicate, obj, verb, OPEN_PREFIX + base, clause, polarity, how, time))
    return [replace(f, place=place) if place and f.object.entity != place and i not in unplaced else f for i, f in enumerate(found)]


# the clitics through which a naming verb in the active gives a name to its subject or to
# what the clause is about: "que se chamava Dalva Sentini", "lhe chamaram a Pérola do Oriente"
_NAMING_CLITICS = frozenset({"se", "lhe", "lhes"})


def _names_its_own(verb: Token) -> bool:
    """Whether ``verb`` (a naming verb of the mapping's ``naming_verbs`` in the active) takes a
    reflexive ``se`` or a dative ``lhe``/``lhes``: its object is then another name of the subject
    or of the thing the clause is about (``a miss Marília, que se chamava Dalva Sentini``, ``Goa,
    que lhe chamaram a Pérola do Oriente``), as a passive's is (``conhecido por GPS``), not a
    second entity (issue 20, P69h: on HAREM I train both such statements were wrong)."""
    return any(c.lower_ in _NAMING_CLITICS and c.dep_ in (EXPL, EXPL_PV, IOBJ, OBJ) for c in verb.children) or verb.lower_.endswith(
        ("-se", "-lhe", "-lhes")
    )


def predicative_participle(verb: Token, ctx: Context) -> Token | None:
    """The adjective or participle a verb of ``predicative_verbs`` says its subject is (``ficar
    representada``, ``ficou sediada``), whose own frames, not the verb's, read the verb's
    prepositional phrases; ``None`` for any other verb, or a verb without one."""
    if ctx.lemma(verb) not in ctx.mapping.predicative_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == XCOMP and c.pos_ in ("ADJ", "VERB") and c.i > verb.i), None)


clause_relations = _clause_relations
"""The relations of a clause (also read by :mod:`.pronouns`)."""


# --- one function per verbal construction ----------------------------------------------
# Each selects the clauses of its construction and returns their relations; a clause is
# handled by exactly one of them (see extract_relations).


def svo_active(tok: Token, ctx: Context) -> list[Found]:
    """``Piłsudski organizou as Legiões`` / ``nasceu em Simbirsk``: subject, verb, object/obl."""
    if tok.dep_ in (ACL, ACL_RELCL):
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None or clause.passive or clause.rule not in ("svo-active",):
        return []
    return _clause_relations(clause, ctx)


def passive_agent(tok: Token, ctx: Context) -> list[Found]:
    """``a Frente Ocidental foi derrotada pelo Exército Polonês``: agent ↔ subject swap."""
    if tok.dep_ in (ACL, ACL_RELCL):
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None or not clause.passive or clause.rule not in ("passive-agent", "passive"):
        return []
    return _clause_relations(clause, ctx)


def relative_clause(tok: Token, ctx: Context) -> list[Found]:
    """``as Legiões, que combateram contra a Rússia``: the modified noun fills the pronoun's role."""
    if tok.dep_ != ACL_RELCL and not misparsed_relative(tok):
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None:
        return []
    clause.rule = "relcl"
    found = _clause_relations(clause, ctx)
    if found and tok.dep_ == ACL_RELCL and borrowed_relative(tok, ctx):
        found = _unsure_of_head(found, tok, ctx)
    return found + _relative_chain(tok, clause, ctx)


def borrowed_relative(verb: Token, ctx: Context) -> bool:
    """Whether the relative clause of ``verb``, whose pronoun is its subject and which the parser
    hung on a name, may be another noun's: its predicate is a participle or an adjective of
    another gender than the name (``Luiz Antônio de Medeiros, presidente da Força Sindical, que
    também é filiada à CIOSL``: ``filiada`` is the union's, not Medeiros'), or its verb is in
    the plural after a singular name that completes a plural common noun with ``de`` (``os
    efeitos indiretos do IPMF, que atingem todas as aplicações``: the effects reach them). A
    plural verb after a name that completes a singular noun is left to the name (``o programa
    da Exposição e da Mostra, que começam``: two names)."""
    name = verb.head
    if name.pos_ != "PROPN" or not any(is_relative(c) for c in dependents(verb, (NSUBJ, NSUBJ_PASS))):
        return False
    perfect = any(ctx.lemma(a) in ("ter", "haver") for a in dependents(verb, (AUX,)))  # "que tinha vencido": no agreement
    if (verb.pos_ == "ADJ" or "Part" in verb.morph.get("VerbForm")) and not perfect and _disagree(verb, name, ("Gender",)):
        return True
    finite = [verb, *dependents(verb, (AUX, AUX_PASS, COP))]
    if not any(t.morph.get("Number") == ["Plur"] and "Fin" in t.morph.get("VerbForm") for t in finite):
        return False
    if name.morph.get("Number") != ["Sing"]:
        return False
    noun = completed_noun(name, ctx)
    return noun is not None and noun.morph.get("Number") == ["Plur"]


def _unsure_of_head(found: list[Found], clause_head: Token, ctx: Context) -> list[Found]:
    """``found`` with the asserted relations of the name ``clause_head`` hangs on made
    :data:`PROBABLE`."""
    name = ctx.entity(clause_head.head)
    return found if name is None else _unsure_of(found, name)


def _unsure_of(found: list[Found], name: Arg) -> list[Found]:
    """``found`` with the asserted relations of ``name`` made :data:`PROBABLE`."""
    return [
        replace(f, modality=PROBABLE) if f.modality == ASSERTED and name.entity in (f.subject.entity, f.object.entity) else f
        for f in found
    ]


def _relative_chain(verb: Token, clause: Clause, ctx: Context) -> list[Found]:
    """``Piłsudski comandou o contra-ataque que decidiu a Batalha de Varsóvia``: when the
    antecedent is an unnamed object (an action, a unit) and the relative clause makes it take
    part in an event, the main clause's agent takes part in the event too."""
    noun = verb.head
    if verb.dep_ != ACL_RELCL or clause.agents or clause.passive or noun.dep_ != OBJ or ctx.entity(noun) is not None:
        return []
    if not any(is_relative(c) for c in dependents(verb, (NSUBJ,))):
        return []
    outer = analyse_clause(noun.head, ctx)
    if outer is None or outer.passive or not outer.agents:
        return []
    chained = replace(clause, agents=list(outer.agents), obliques=[], rule="relcl-chain", prodrop=outer.prodrop)
    return [f for f in _clause_relations(chained, ctx) if f.predicate == "participantIn"]


def participial_clause(tok: Token, ctx: Context) -> list[Found]:
    """``a Frente Ocidental, comandada por Tukhachevsky``: the noun is the participle's patient.
    A participle the parser hung on a name that completes a common noun may be that noun's
    (:func:`borrowed_participle`), and one hung on the common noun may be the name's the repair
    gave it to: the open relations of that name are then dropped, its mapped ones
    :data:`PROBABLE` (:func:`_doubted_participle`), also when the name is surely of another
    gender than the participle (:func:`_of_another_gender`: ``com sede em São Paulo, controlada
    pelo grupo Ticket``); when only the name's gender, as the tagger gives it, differs from the
    participle's, all of them stay, :data:`PROBABLE`."""
    if tok.dep_ != ACL:
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None:
        return []
    clause.rule = "acl-participle"
    found = _clause_relations(clause, ctx)
    if not found:
        return found
    if borrowed_participle(tok, ctx):
        name = ctx.entity(tok.head)
        if name is None or (_disagree(tok, tok.head, ("Gender",)) and not _of_another_gender(tok, name, ctx)):
            # the tagger's gender of a name is often wrong ("Clarinha, cortejada por Sales",
            # a masculine name): the relations stay, not asserted
            return _unsure_of_head(found, tok, ctx)
        return _doubted_participle(found, name)
    repaired = _repaired_from_an_agreeing_noun(tok, ctx)
    return found if repaired is None else _doubted_participle(found, repaired)


def _of_another_gender(participle: Token, name: Arg, ctx: Context) -> bool:
    """Whether the place, organization or event ``name``, on whose head the parser hung
    ``participle``, is surely of another gender than the participle: by its article when it has
    one (``na Divisão Meio-Oeste, superado pelo Houston``; ``a Mãos Limpas``, feminine whatever
    the tagger says of ``Mãos``), else by its first word as the tagger gives it (``com sede em
    São Paulo, controlada pelo grupo Ticket``; ``Associação``). A person's gender, an acronym's
    and a work's (``o CD-ROM "Redshift", lançado nos EUA``: the kind's) are the tagger's
    guesses (issue 20, P56a)."""
    if ctx.category.get(name.entity) in (PER, WORK):
        return False
    head = participle.head
    article = next((t for t in dependents(head, (DET, CASE)) if morph_values(t, "Gender")), None)
    if article is not None:
        return _disagree(participle, article, ("Gender",))
    return head.text[1:2].islower() and _disagree(participle, head, ("Gender",))  # not "CDBs"


def _doubted_participle(found: list[Found], name: Arg) -> list[Found]:
    """``found`` of a participle that may be another noun's than ``name``: the open relations of
    ``name`` dropped, its mapped ones made :data:`PROBABLE` (:func:`_unsure_of`). An open
    predicate of a borrowed participle tells of the other noun, and is an edge of neither name
    (``recebeu foral de Fernando Magno, confirmado por D. Teresa`` → ``D. Teresa
    rel:confirmar Fernando Magno``; ``uma vida ... começada em uma cidadezinha da Bretanha,
    continuada em Paris`` → ``Bretanha rel:continuar_em Paris``); on HAREM I's training documents
    and Machado de Assis (issue 20, P50e) 1 such statement of 8 read was right."""
    kept = [f for f in found if not (f.rule.startswith(OPEN_PREFIX) and name.entity in (f.subject.entity, f.object.entity))]
    return _unsure_of(kept, name)


def borrowed_participle(participle: Token, ctx: Context) -> bool:
    """Whether ``participle``, which the parser hung on a name, may be another noun's: its gender
    differs from the name's (``um breve retrospecto sobre o ensino da Língua Portuguesa, redigido
    por Maximino Maciel``: ``redigido`` is no language's; ``as palavras de Wittgenstein, citadas
    por Cavell``; not its number, which a band's or a team's name takes in the plural), or it is set off by a comma after a name that completes
    a common noun with ``de`` and agrees with that noun (``a proposta da ERSE, aprovada pelo
    Conselho Tarifário``: the proposal was approved, not the ERSE; ``uma grande baía do Lago
    Huron, localizada em Ontário``), also when the participle follows the name's acronym or
    another name in apposition to it (``a proposta da Entidade Reguladora dos Serviços
    Energéticos (ERSE), aprovada pelo Conselho Tarifário``). A participle of another gender or number than the noun is
    left to the name (``a irmã de Pedro, nascido em Lisboa``)."""
    name = participle.head
    if name.pos_ != "PROPN" and not (name.text[:1].isupper() and ctx.direct(name) is not None):
        # a capitalized name's head the tagger took for a common noun is one ("da Entidade
        # Reguladora"); a name headed by a common noun is the participle's own noun ("a
        # aceitação da paz de Brest-Litovsk, assinada com a Alemanha")
        return False
    if _disagree(participle, name, ("Gender",)):
        return True  # not the number: "Symarip (também conhecidos como The Pyramids)", a band
    if _after_another_conjunct(participle, name):
        return True
    first = participle.left_edge
    comma = first if first.text == "," else (participle.doc[first.i - 1] if first.i > 0 else None)
    if comma is None or comma.text != ",":
        return False
    noun = completed_noun(name, ctx)
    return noun is not None and not _disagree(participle, noun)


def _after_another_conjunct(participle: Token, name: Token) -> bool:
    """Whether the singular ``participle``, hung on the first of coordinated nouns, follows a
    later one, whose it is (``A Inquisição e a censura exercida pela Igreja Católica``: the
    censorship was exercised by the Church, not the Inquisition); a plural one is all of them's."""
    if participle.morph.get("Number") != ["Sing"]:
        return False
    return any(name.i < c.i < participle.i for c in conjuncts(name))


def _repaired_from_an_agreeing_noun(participle: Token, ctx: Context) -> Arg | None:
    """The name a participle hung on a common noun was given to by
    :func:`~teia.extract.relations.repairs.agreeing_noun` when that noun agrees with the
    participle too, and so may be its own: ``a proposta da Agência Nacional (ANEEL), aprovada
    pelo Conselho Consultivo`` (the proposal was approved, and the parser said so); ``None``
    when the noun is of another gender or number (``o acordo de paz com a Alemanha, assinada``)
    or names an entity itself."""
    noun = participle.head
    if noun.pos_ != "NOUN" or ctx.entity(noun) is not None or ctx.entities(noun):
        return None
    if not agrees(noun, participle):
        return None
    return agreeing_noun(participle, ctx)


def _disagree(a: Token, b: Token, features: tuple[str, ...] = ("Gender", "Number")) -> bool:
    """Whether ``a`` and ``b`` differ in one of ``features`` (both given by the tagger)."""
    for feature in features:
        x, y = a.morph.get(feature), b.morph.get(feature)
        if x and y and x != y:
            return True
    return False


def control_xcomp(tok: Token, ctx: Context) -> list[Found]:
    """``Lenin decidiu atacar Varsóvia``: the complement's subject is the controller's (also of
    an infinitive adverbial clause, :func:`~teia.extract.relations.syntax.controlled`)."""
    if tok.pos_ not in VERBAL or not controlled(tok):
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None:
        return []
    if clause.rule in ("svo-active", "passive", "passive-agent"):
        return []  # it has a subject of its own: an ordinary clause
    clause.rule = "xcomp-control"
    return _clause_relations(clause, ctx)


def coordinated_verb(tok: Token, ctx: Context) -> list[Found]:
    """``Lenin voltou a Petrogrado e apresentou as Teses``: conjoined verbs share the subject."""
    if tok.dep_ != CONJ or tok.pos_ not in VERBAL:
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None or clause.rule != "conj-shared":
        return []
    return _clause_relations(clause, ctx)


def adjectival_participle(tok: Token, ctx: Context) -> list[Found]:
    """``o Exército Vermelho estava ocupado com os exércitos de Kolchak``: a participle used as
    an adjective after a copula reads as the passive of its verb (mapped frames only)."""
    if tok.pos_ not in ("ADJ", "VERB") or not has_dependent(tok, (COP,)):
        return []
    lemma = ctx.lemma(tok)  # "ocupar", also when the lemmatizer left the adjective "ocupado"
    if not lemma.endswith(("ar", "er", "ir")) or not any(lm == lemma for lm, _ in ctx.mapping.verbs):
        return []
    subjects, _, _ = subject_args(tok, ctx)
    clause = Clause(tok, "adj-participle", patients=subjects, passive=True)
    for c in tok.children:
        if c.dep_ == OBL or (c.dep_.startswith(OBL + ":") and c.dep_ != OBL_AGENT):
            found = oblique(c, ctx)
            if found is not None:
                clause.obliques.extend((found[0], a) for a in ctx.entities(found[1]))
        elif c.dep_ == OBL_AGENT:
            clause.agents.extend(ctx.entities(c))
    found = [f for f in _clause_relations(clause, ctx) if not f.rule.startswith(OPEN_PREFIX)]
    if found and tok.dep_ == ACL_RELCL and borrowed_relative(tok, ctx):
        found = _unsure_of_head(found, tok, ctx)  # "Medeiros, presidente da Força, que é filiada à CIOSL"
    return found


def reciprocal(tok: Token, ctx: Context) -> list[Found]:
    """``Audrey Hepburn e Mel Ferrer casaram-se``: coordinated subjects of a verb whose ``com``
    frame is symmetric (``casar com``, ``aliar com``) are related to each other. A verb with an
    object of its own (``Benfica e Porto ocupam os dois primeiros lugares``) says nothing of its
    subjects to each other; a clitic object (``casaram-se``) is the reciprocal pronoun itself."""
    if tok.pos_ not in VERBAL or any(c.dep_ == OBJ and c.pos_ != "PRON" for c in tok.children):
        return []
    frame = ctx.mapping.verb(ctx.lemma(tok), "com")
    if frame is None or frame.predicate not in SYMMETRIC:
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None or len(clause.agents) < 2 or any(p == "com" for p, _ in clause.obliques):
        return []
    polarity, modality = not negated(tok, ctx), clause_modality(tok, ctx)
    a = clause.agents
    return [
        make_found(a[i], frame.predicate, a[j], tok, "reciprocal", clause, polarity, modality, None)
        for i in range(len(a))
        for j in range(i + 1, len(a))
        if a[i].entity != a[j].entity
    ]
