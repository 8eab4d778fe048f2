"""Polarity and modality of a clause.

A clause is negated by a negator (``não``; ``sequer`` before its verb, outside a condition), by
``sem`` opening it (``saiu sem pagar a conta``, ``sem que o Senado votasse``) or by a negating verb above it (``recusou-se a jurar``); it is *reported* when attributed (``segundo X``, ``teria vencido``, the complement of
a speech verb), *hypothetical* in the conditional, in a condition (``se``, ``caso``: the
``conditionals`` list) or in a clause one hangs on, in the subjunctive (but after ``embora``: the ``concessives`` list), in
a yes-or-no question or under a belief verb, and otherwise takes the modality the mapping gives
its modal auxiliary or controlling verb (``modals``), or the one a verb of attempt, intention or
accusation gives the infinitive it governs (``complement_modals``: ``tentaram matar X``).
"""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.docindex import dependents, doc_words, has_dependent, morph_values
from teia.extract.labels import ADVCL, ADVMOD, AUX, AUX_PASS, CASE, CC, CCOMP, CONJ, COP, FIXED, MARK, NMOD, OBL, XCOMP
from teia.extract.relations.context import Context
from teia.extract.relations.found import ASSERTED, HYPOTHETICAL, REPORTED, Arg
from teia.extract.relations.repairs import aspect_infinitive
from teia.extract.relations.syntax import VERBAL, asked, case_of, lemma_of

__all__ = [
    "attribution_arg",
    "clause_modality",
    "negated",
    "negated_conjunct",
]


def negated(tok: Token, ctx: Context) -> bool:
    """Whether the clause of ``tok`` is negated (a negator, or a negating verb above it)."""
    mapping = ctx.mapping
    if _negator_on(tok, ctx):
        return True
    # "recusou-se a jurar": a complement of a negating verb
    if tok.dep_ in (XCOMP, CCOMP) and ctx.lemma(tok.head) in mapping.negating_verbs:
        return True
    if tok.dep_ == XCOMP and tok.head.i != tok.i:
        return _negator_on(tok.head, ctx)
    return False


def _negator_on(verb: Token, ctx: Context) -> bool:
    """Whether ``verb`` has a negator of its own: a ``negators`` word as its ``advmod``, or a
    ``bare_negators`` word (``sequer``) before it, as its ``advmod`` or as the oblique the parser
    makes of ``nem sequer``: ``Lula sequer visitou Lisboa``. Not in a condition (``se sequer
    visitou Lisboa``: if he so much as visited it), nor with a preposition other than a negator
    (``saiu sem sequer visitar X``: the parser's ``sem sequer`` hangs on ``saiu``, and
    ``visitar``'s absence is not read here). A clause a ``negating_marks`` word opens (``saiu sem
    pagar a conta``, :func:`_without`) is negated, unless a negator stands before that word or on
    the verb it depends on (:func:`_twice_negated`)."""
    mapping = ctx.mapping
    without = _without(verb, ctx)
    if without is not None:
        return not _twice_negated(verb, without, ctx)
    if any(c.lower_ in mapping.negators and not _opened_by_without(c, ctx) for c in dependents(verb, (ADVMOD,))):
        return True
    if not mapping.bare_negators or _condition(verb, ctx):
        return False
    for c in dependents(verb, (ADVMOD, OBL)):
        if c.lower_ in mapping.bare_negators and c.i < verb.i:
            if all(p.lower_ in mapping.negators for p in dependents(c, (CASE,))):
                return True
    return False


def _without(verb: Token, ctx: Context) -> Token | None:
    """The ``negating_marks`` word (``sem``) that opens the clause of ``verb``, if one does: its
    ``mark`` (``sem pagar a conta``, ``sem que o Senado votasse``, ``sem ser candidato``: the
    predicate noun of a copula), its ``case`` if ``verb`` is an infinitive, or the ``case`` of an
    adverb before the infinitive (``sem antes consultar X``, ``sem sequer visitar X``). Not the
    preposition of a noun (``sem o apoio do PT``, ``sem dúvida``: no clause)."""
    marks = ctx.mapping.negating_marks
    if not marks:
        return None
    auxes = dependents(verb, (COP, AUX, AUX_PASS))
    verbal = verb.pos_ in ("VERB", "AUX")
    clause = verbal or bool(auxes)
    # "sem pagar", "sem ter sido julgado", "sem ser encarada": the clause's first verb an infinitive
    first = min((verb, *(a for a in auxes if a.i < verb.i)), key=lambda t: t.i)
    infinitive = "Inf" in morph_values(first, "VerbForm")
    # the parser may hang "sem" on a verb's auxiliary: "sem mesmo terem sido lançadas"
    for v in (verb, *auxes) if verbal else (verb,):
        for c in dependents(v, (MARK, CASE)):
            if c.lower_ in marks and (c.dep_ == MARK and clause or c.dep_ == CASE and verbal and infinitive):
                return c
    if not (verbal and infinitive) or first.i == 0:
        return None
    # "sem antes consultar X"; "saiu sem nunca visitar X", "sem sequer visitar X", "sem jamais ser
    # encarada": the parser hangs the adverb and its "sem" on the clause's verb or the one it depends on
    before = verb.doc[first.i - 1]
    if before.head.i not in (verb.i, verb.head.i) or not (before.pos_ == "ADV" or before.lower_ in ctx.mapping.bare_negators):
        return None
    return next((p for p in dependents(before, (CASE, MARK)) if p.lower_ in marks), None)


def _opened_by_without(word: Token, ctx: Context) -> bool:
    """Whether ``word`` has a ``negating_marks`` word as its preposition: the ``sem nunca`` of
    ``saiu sem nunca visitar X``, which the parser hangs on ``saiu`` and which does not negate it."""
    return any(p.lower_ in ctx.mapping.negating_marks for p in dependents(word, (CASE, MARK)))


def _twice_negated(verb: Token, without: Token, ctx: Context) -> bool:
    """Whether the ``sem`` clause of ``verb`` is negated twice, and so took place: a negator
    before ``sem`` on the verb or the adverb ``sem`` hangs on (``venceu, não sem antes enfrentar
    o PSDB``), or on the verb the clause depends on (not a conjunct of it) or the one that verb
    complements (``não saiu
    sem visitar São Paulo``, ``não ia conseguir discutir salário sem me lembrar do episódio``). A
    negator after ``sem`` only stresses it (``sem nunca visitar X``)."""
    negators = ctx.mapping.negators
    carriers = (verb, without.head) if without.head.i != verb.i else (verb,)
    if any(c.lower_ in negators and c.i < without.i for v in carriers for c in dependents(v, (ADVMOD,))):
        return True
    head = verb.head
    if head.i == verb.i or verb.dep_ == CONJ:
        return False  # "não deixando de considerar X, mas sem definir Y": coordinated, not under it
    return _negator_on(head, ctx) or (head.dep_ == XCOMP and head.head.i != head.i and _negator_on(head.head, ctx))


def negated_conjunct(arg: Arg, other: Arg, ctx: Context) -> bool:
    """Whether ``arg``, related to ``other``, is a name coordinated after another with a negator
    of its own: ``trabalhou na Petrobras e não na Vale``, ``ganhou ao Sporting mas não ao
    Porto``, ``visitou Lisboa, mas nunca Paris``. The verb is not negated, but what it says of this name is: a statement of it
    takes the negative polarity. The parser hangs such a name on the first one (``conj``) or, as
    a second oblique, on the verb with the conjunction as its own (``ganhou a Taça mas não ao
    Porto``). A relation inside the negated phrase, to ``other`` within it, is not the clause's
    and keeps its polarity (``e não o PSDB da Bahia``)."""
    tok = arg.token
    if tok.head.i == tok.i or (tok.dep_ != CONJ and not has_dependent(tok, (CC,))):
        return False
    if tok.left_edge.i <= other.token.i <= tok.right_edge.i:
        return False
    return any(c.lower_ in ctx.mapping.negators and c.i < tok.i for c in dependents(tok, (ADVMOD,)))


def _conditional(tok: Token) -> bool:
    return "Cnd" in morph_values(tok, "Mood")


def _future_in_the_past(tok: Token, ctx: Context) -> bool:
    """Whether ``tok`` is the infinitive of an aspectual verb in the conditional that tells what
    came later in a narrative (``o professor Edmar Bacha, que viria a ser autor dos Planos Real e
    Cruzado``; ``foi viver para Lisboa, onde viria a falecer``; ``Roma passaria a ser capital dos
    Estados Pontifícios até 1870``): a fact, not a hypothesis, unless a condition hangs on the
    verb (``Se optar pela segunda hipótese, Leonardo passaria a jogar no meio-campo``)."""
    head = tok.head
    carried = aspect_infinitive(head, ctx)
    if carried is None or carried.i != tok.i:
        return False
    return not any(c.dep_ == ADVCL and _condition(c, ctx) for c in head.children)


def _condition(tok: Token, ctx: Context) -> bool:
    """Whether the clause of ``tok`` (or the clause it complements or is coordinated with) is
    a condition: ``se derrotar hoje a Ponte Preta``, ``caso vença`` (a ``conditionals`` word as
    its ``mark``, or a verb in the future subjunctive, which only such clauses have). A ``sem``
    clause is in the condition of the verb it depends on (``se sair sem visitar São Paulo``)."""
    inherits = tok.dep_ in (XCOMP, CONJ) or _without(tok, ctx) is not None
    for v in (tok, tok.head) if inherits else (tok,):
        if "Sub" in morph_values(v, "Mood") and "Fut" in morph_values(v, "Tense"):
            return True  # the future subjunctive only follows "se", "quando", "caso"...
        if any(c.lower_ in ctx.mapping.conditionals and not _clitic(c) for c in dependents(v, (MARK,))):
            return True
    return False


def _conditioned(tok: Token, ctx: Context) -> bool:
    """Whether a condition hangs on the clause of ``tok`` (or on the clause it complements or is
    coordinated with): an adverbial clause opened by a ``conditionals`` word (``Se o time for
    para a final, Parreira só voltará ao Brasil depois da data final``: he returns only if it
    does). The clause is the condition's consequence, not a fact."""
    clauses = (tok, tok.head) if tok.dep_ in (XCOMP, CONJ) and tok.head.i != tok.i else (tok,)
    return any(c.dep_ == ADVCL and _opened_as_condition(c, ctx) for v in clauses for c in v.children)


def _opened_as_condition(verb: Token, ctx: Context) -> bool:
    """Whether the clause of ``verb`` is opened by ``se`` or ``caso`` as a conjunction and tells
    of what may come: every ``mark`` of it is such a word, no form of it is in the indicative,
    and a mark is tagged a conjunction or the verb (or an auxiliary of it) is finite. The tagger
    calls a regular future subjunctive an infinitive (``se o time perder``); a condition in the
    indicative sets a fact beside the clause, which holds whatever it is (``Se você já é
    universitário ..., a PUC informa pelo BBS Canal Vip todos os cursos``); a clitic ``se`` the
    parser took for a ``mark`` comes after another mark (``para se fortalecer``) or before a
    gerund (``..., se transferindo depois para o Real``)."""
    marks = dependents(verb, (MARK,))
    conditionals = ctx.mapping.conditionals
    if not marks or any(m.lower_ not in conditionals or _after_verb(m) for m in marks) or "Ger" in morph_values(verb, "VerbForm"):
        return False
    forms = (verb, *dependents(verb, (AUX, AUX_PASS, COP)))
    if any("Ind" in morph_values(v, "Mood") for v in forms):
        return False
    return any(m.pos_ == "SCONJ" for m in marks) or any("Fin" in morph_values(v, "VerbForm") for v in forms)


def _subjunctive(tok: Token, auxes: list[Token], ctx: Context) -> bool:
    """Whether the clause of ``tok`` is in the subjunctive: its verb or a finite auxiliary of it
    (or of the verb it complements) in that mood, not after a concessive conjunction (the
    ``concessives`` list, ``embora tenha vencido``: a fact granted). Such a clause is a purpose,
    a wish, an order or a doubt, not a fact: ``pedido para que o Senado autorize a União``, ``não
    vá deixar o Montoro trocar X por Y``; the tagger gives the conditional (``Lula não
    participaria de comício``) this mood too. The future subjunctive is :func:`_condition`'s."""
    verbs = [tok, *auxes]
    if tok.dep_ == XCOMP and tok.head.i != tok.i:
        verbs += [tok.head, *dependents(tok.head, (AUX, AUX_PASS, COP))]
    if not any(_in_subjunctive(v, ctx) for v in verbs):
        return False
    return not any(c.lower_ in ctx.mapping.concessives for v in verbs for c in dependents(v, (MARK,)))


def _in_subjunctive(verb: Token, ctx: Context) -> bool:
    """A finite verb tagged subjunctive whose lemma is a verb's (``-r``), unless it is tagged
    present and its form is its verb's present indicative, which the tagger also calls
    subjunctive where the lemmatizer failed (``Sarney embarca à Alemanha``, lemma ``embarca``,
    repaired to ``embarcar``: ``embarc-a``; the subjunctive is ``embarque``)."""
    if "Sub" not in morph_values(verb, "Mood") or "Fin" not in morph_values(verb, "VerbForm"):
        return False
    lemma = ctx.lemma(verb)
    if not lemma.endswith("r"):
        return False
    return "Pres" not in morph_values(verb, "Tense") or not _present_indicative(verb.lower_.split("-")[0], lemma)


# endings of the present indicative that no present subjunctive of the same conjugation has
_INDICATIVE = {"ar": ("a", "as", "am"), "er": ("e", "es", "em"), "ir": ("e", "es", "em")}


def _present_indicative(form: str, lemma: str) -> bool:
    """Whether ``form`` is the regular stem of ``lemma`` and an ending of its present indicative
    (``embarca`` of ``embarcar``; not ``esteja`` of ``estar``, ``vendam`` of ``vender``)."""
    stem = lemma[:-2]
    return any(form == stem + e for e in _INDICATIVE.get(lemma[-2:], ()))


def _after_verb(tok: Token) -> bool:
    """Whether ``tok`` follows a verb, as a clitic does (``Veio se juntar``: no condition)."""
    return tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("VERB", "AUX")


def _clitic(tok: Token) -> bool:
    """Whether ``tok`` (a ``se`` the parser made a ``mark``) is the clitic of an infinitive: it
    follows a verb (:func:`_after_verb`), or a preposition or another ``mark`` of its own verb
    (``o grupo The Sputniks passou a se chamar The Snakes``, ``para se fortalecer``), where no
    conditional ``se`` stands (issue 20, P52e: the renaming read as a condition). The ``que`` of
    an outer clause does not count (``disse que se o time perder volta``)."""
    if _after_verb(tok):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.head.i == tok.head.i and (prev.pos_ == "ADP" or prev.dep_ == MARK)


def _asked(tok: Token, ctx: Context) -> bool:
    """Whether ``tok`` is in a yes-or-no question: a ``?`` after it in its sentence, not inside
    a quotation or a bracket opened after it (:func:`~.syntax.asked`: ``A EMI editou "... Wouldn't
    you miss me?" no Reino Unido`` asks nothing), and no question word in the sentence (``O Sr.
    conhecia Gropius?``). A question with one takes its
    clause for granted and asks about something else (``Quando é que Goethe fundou a Sociedade
    das Sextas?``: he did found it; ``Rudy Giuliani era o presidente da câmara de que
    cidade?``); ``que`` is a question word when it opens the sentence (``Que contato o Sr. teve
    com X?``), follows a preposition (``Em que categorias...``), comes before a noun or a
    number (``de que cidade``, the parser's ``de`` a conjunction), is a determiner or is tagged
    interrogative, not as a conjunction or a relative pronoun."""
    sent = ctx.sentence(tok)
    words = doc_words(tok.doc)
    if not asked(ctx.text, (tok.idx + len(tok.text),), sent.end_char):
        return False  # no "?" after it, or only one in a quotation or a bracket opened after it
    question = ctx.mapping.question_words
    for i in range(sent.start, sent.end):
        w = words[i].lower()
        if w not in question:
            continue
        t = tok.doc[i]
        if w != "que" or i == sent.start or t.pos_ == "DET" or "Int" in morph_values(t, "PronType"):
            return False
        if i > sent.start and tok.doc[i - 1].pos_ == "ADP":
            return False
        if i + 1 < sent.end and tok.doc[i + 1].pos_ in ("NOUN", "NUM"):
            return False
    return True


def _governing_verb(tok: Token) -> Token | None:
    """The verb whose infinitive complement (``xcomp``) ``tok`` is, or is a conjunct of
    (``quer aproveitar a viagem e conhecer Arnaldo Baptista``: ``conhecer`` is as wanted as
    ``aproveitar``); ``None`` for any other clause."""
    if tok.dep_ == CONJ and tok.head.dep_ == XCOMP and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == XCOMP and tok.head.i != tok.i:
        return tok.head
    return None


def clause_modality(tok: Token, ctx: Context) -> str:
    """``asserted``, or why the clause of ``tok`` is not a plain fact."""
    mapping = ctx.mapping
    auxes = dependents(tok, (AUX, AUX_PASS, COP))
    # "segundo X, ...": the clause is X's claim
    if attribution_arg(tok, ctx) is not None or attribution_arg(ctx.sentence_root(tok), ctx) is not None:
        return REPORTED
    # "teria vencido": conditional perfect, the journalistic "allegedly"; with a condition hung
    # on it, what would have been (issue 20, P64e): "Se isto estivesse em vias de acontecer, José
    # Mindlin não teria se encontrado com Matthew Battles" (he did meet him)
    if any(lemma_of(a) == "ter" and _conditional(a) for a in auxes) and "Part" in morph_values(tok, "VerbForm"):
        return HYPOTHETICAL if _conditioned(tok, ctx) else REPORTED
    for a in auxes:
        if ctx.lemma(a) in mapping.modals:
            return mapping.modals[ctx.lemma(a)]
    governor = _governing_verb(tok)
    if governor is not None:
        lemma = ctx.lemma(governor)
        if lemma in mapping.modals:
            return mapping.modals[lemma]
        if lemma in mapping.complement_modals:
            return mapping.complement_modals[lemma]
    if _conditional(tok) or any(_conditional(a) for a in auxes):
        return HYPOTHETICAL
    if tok.dep_ == XCOMP and _conditional(tok.head) and not _future_in_the_past(tok, ctx):
        return HYPOTHETICAL
    if _condition(tok, ctx) or _conditioned(tok, ctx) or _asked(tok, ctx) or _subjunctive(tok, auxes, ctx):
        return HYPOTHETICAL
    if _alternative(tok, ctx):
        return HYPOTHETICAL
    clause = _clause_of_infinitive(tok)
    if clause.dep_ == CCOMP:
        if ctx.lemma(clause.head) in mapping.speech:
            return REPORTED
        if ctx.lemma(clause.head) in mapping.belief:
            return HYPOTHETICAL
    return ASSERTED


def _alternative(tok: Token, ctx: Context) -> bool:
    """Whether the clause of ``tok`` is one of clauses an ``alternatives`` conjunction joins
    (``Parreira estuda duas possibilidades: substituir o meia Mauro Silva pelo meia Mazinho ou
    tirar o meia Zinho``): the sentence offers them and states none (issue 20, P64e). The parser
    hangs the later clauses on the first (``conj``) and the conjunction on the last, so the
    conjunction is read on the clause itself, on its conjuncts and, for a conjunct, on the other
    conjuncts of the clause it hangs on (``A, B ou C``); not on that clause's head, which may be
    the verb the alternatives complement (``estuda duas saídas: escalar X ou chamar Y``, the
    parser's ``escalar`` a conjunct of ``estuda``). ``ou seja`` (a form of ``ser`` after it, as
    the conjunct or as a fixed part of the conjunction) explains, and offers nothing."""
    offered = [tok, *(c for c in dependents(tok, (CONJ,)) if _offerable(c))]
    if tok.dep_ == CONJ and tok.head.i != tok.i and tok.head.pos_ in VERBAL:
        offered += [c for c in dependents(tok.head, (CONJ,)) if _offerable(c) and c.i != tok.i]
    alternatives = ctx.mapping.alternatives
    return any(
        cc.lower_ in alternatives and lemma_of(c) != "ser" and not any(lemma_of(f) == "ser" for f in dependents(cc, (FIXED,)))
        for c in offered
        for cc in dependents(c, (CC,))
    )


def _offerable(verb: Token) -> bool:
    """Whether the conjunct ``verb`` may be a clause offered beside another: a verb, not a gerund,
    which the parser hangs on the clause it qualifies (``nasceu em Paris (ou, eventualmente, em
    Toulouse, dependendo das fontes)``: he was born in Paris)."""
    return verb.pos_ in VERBAL and "Ger" not in morph_values(verb, "VerbForm")


def _clause_of_infinitive(tok: Token) -> Token:
    """The verb whose clause ``tok`` belongs to through a chain of infinitive complements
    (``xcomp``): ``pensa que Baldwin está a dormir com ...``: ``dormir`` is in the clause of
    ``está``, the complement of the belief verb (Bosque news, issue 20); ``tok`` itself otherwise."""
    while tok.dep_ == XCOMP and tok.head.i != tok.i:
        tok = tok.head
    return tok


def attribution_arg(tok: Token, ctx: Context) -> Arg | None:
    """The source of a ``segundo X`` / ``conforme X`` dependent of ``tok``."""
    for c in tok.children:
        if c.dep_ in (OBL, NMOD, ADVCL) or c.dep_.startswith(OBL):
            case = case_of(c)
            if case is not None and lemma_of(case) in ctx.mapping.attribution:
                arg = ctx.entity(c)
                if arg is not None:
                    return arg
    return None
