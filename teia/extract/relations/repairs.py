"""Repairs of attachments the parser gets wrong, each recovering an argument a rule needs.

* a subject stranded as a conjunct of the previous clause's object (:func:`stranded_subject`);
* a prepositional or ``onde`` relative clause hung on the main verb (:func:`misparsed_relative`,
  its antecedent :func:`misparsed_antecedent`);
* a participle hung on a common noun instead of the complement it agrees with
  (:func:`agreeing_noun`), also when the noun names a name in apposition of another gender
  (:func:`apposition_of_another_gender`);
* a participle set off by a comma hung on the place that contains an earlier noun, not on that
  noun (:func:`container_owner`);
* a participle hung on the last of a copula's coordinated predicate nouns, not on the first,
  which holds the copula (:func:`predicate_conjunct_owner`);
* a relative clause without a comma hung on the place that completes an earlier noun, not on
  that noun (:func:`restrictive_relative_owner`), and one set off by a comma hung on a place
  that completes an earlier noun with ``de`` (:func:`origin_relative_owner`);
* a participle without a comma hung on a name that completes an earlier noun with ``de``, not
  on that noun (:func:`restrictive_participle_owner`);
* a complex preposition parsed as an oblique noun, ``ao lado de`` (:func:`complex_preposition`);
* a place hung under a date (:func:`inside_date`);
* a verb's second complement swallowed by its object's relative clause
  (:func:`swallowed_complements`, and :func:`swallowed_complement` for the inner verb);
* the place a ``X, perto de Y, onde ...`` clause is about (:func:`located_antecedent`);
* an apposition after a comma parsed as a second subject of the verb
  (:func:`misplaced_apposition`), or the nationality or rank that opens it parsed as a second
  conjunct of the role noun (:func:`apposition_parsed_as_conjunct`), or the role after a
  ``na época`` or ``então`` that opens it parsed as that time noun's modifier or hung on another
  noun (:func:`role_after_then_phrase`);
* a name in apposition to a noun of a prepositional phrase parsed as the verb's subject
  (:func:`subject_after_oblique_noun`);
* a verb's object after it parsed as its subject (:func:`object_parsed_as_subject`, on
  :func:`sole_subject_after`; of two subjects, the one after the verb: :func:`second_subject`);
* the speaker after a speech verb parsed as its object (:func:`speaker_parsed_as_object`);
* a subject right before its verb hung on the previous clause (:func:`detached_subject_before`);
* a participle hung on the verb whose object it modifies (:func:`participle_on_verb`);
* a subject or an object parsed as an oblique without a preposition
  (:func:`oblique_parsed_as_subject`, :func:`oblique_parsed_as_object` on :func:`bare_oblique`);
* a singular noun parsed as the subject of a plural verb (:func:`disagreeing_subject`);
* a subject coordinated with a prepositional phrase before its verb
  (:func:`subject_coordinated_with_oblique`);
* a relative pronoun parsed as the object of a verb that has an object of its own
  (:func:`relative_parsed_as_object`);
* a relational noun's complement parsed as an oblique of the verb whose object the noun is
  (:func:`complement_of_object_noun`);
* an oblique of the infinitive hung on the aspectual verb that carries it, ``Em África, Pessoa
  viria a demonstrar`` (:func:`aspect_infinitive`, :func:`lent_obliques`);
* an adjective's complement hung beside it on the noun the adjective modifies, ``um ator
  brasileiro natural de Belo Horizonte`` (:func:`complement_of_adjective`), and a noun's
  complement hung on the adjective after it, ``o confronto decisivo da guerra``
  (:func:`complement_of_modified_noun`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from teia.extract.articles import DEFINITE_ARTICLES, IN_FORMS, INDEFINITE_ARTICLES, OF_FORMS
from teia.extract.docindex import dependents, has_dependent, morph_values
from teia.extract.events.lexicon import MOVEMENT_VERBS
from teia.extract.labels import (
    ACL,
    APPOS,
    ACL_RELCL,
    ADVCL,
    ADVMOD,
    AMOD,
    AUX,
    AUX_PASS,
    CASE,
    CC,
    CCOMP,
    CONCEPT,
    CONJ,
    COP,
    DET,
    EVENT,
    EXPL,
    EXPL_PASS,
    EXPL_PV,
    FLAT,
    IOBJ,
    FLAT_NAME,
    LOC,
    MARK,
    MISC,
    NAME_PARTS,
    NMOD,
    NUMMOD,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    OBL_AGENT,
    ORG,
    PARATAXIS,
    PER,
    PUNCT,
    WORK,
    XCOMP,
)
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg
from teia.extract.relations.syntax import (
    NOMINAL,
    PREP_ADVERBS,
    VERBAL,
    WHERE_WORDS,
    case_of,
    conjuncts,
    coordinated_verb,
    finite_third_singular,
    has_own_subject,
    is_relative,
    lemma_of,
    set_off,
)

if TYPE_CHECKING:
    from teia.extract.relations.clauses import Clause

__all__ = [
    "agreeing_noun",
    "apposition_of_another_gender",
    "aspect_infinitive",
    "agrees",
    "complement_of_adjective",
    "complement_of_modified_noun",
    "complement_of_object_noun",
    "completed_noun",
    "complex_preposition",
    "container_owner",
    "detached_subject_before",
    "disagreeing_complement_owner",
    "disagreeing_subject",
    "bare_oblique",
    "inside_date",
    "oblique_parsed_as_object",
    "participle_on_verb",
    "oblique_parsed_as_subject",
    "lendable_oblique",
    "lent_obliques",
    "located_antecedent",
    "misparsed_antecedent",
    "misplaced_apposition",
    "misparsed_relative",
    "named_by_the_copula",
    "NON_AGENTS",
    "role_after_then_phrase",
    "predicate_conjunct_owner",
    "object_parsed_as_subject",
    "origin_relative_owner",
    "relative_parsed_as_object",
    "restrictive_participle_owner",
    "restrictive_relative_owner",
    "second_subject",
    "sole_subject_after",
    "speaker_parsed_as_object",
    "stranded_conjuncts",
    "stranded_subject",
    "subject_after_oblique_noun",
    "subject_coordinated_with_oblique",
    "swallowed_complement",
    "swallowed_complements",
]


def stranded_subject(verb: Token, ctx: Context) -> Arg | None:
    """``Lenin abriu os trabalhos, e Grigori Zinoviev foi eleito...``: the name right before a
    coordinated verb (and its auxiliaries), which the parser coordinated with the previous
    clause's object or with its verb, is the verb's own subject; so is it when the parser hung
    the verb as an ``advcl`` or a ``parataxis`` (:func:`~.syntax.coordinated_verb`: ``Senna
    conquistou a pole e Prost ficou em segundo``)."""
    if verb.dep_ not in (CONJ, ADVCL, PARATAXIS):
        return None
    first = min([verb.i, *(c.i for c in dependents(verb, (AUX, AUX_PASS, COP)) if c.i < verb.i)])
    if first <= ctx.sentence(verb).start:
        return None
    prev = ctx.doc[first - 1]
    name = prev.head if prev.dep_ in NAME_PARTS else prev
    if name.dep_ != CONJ or name.head.i >= name.i or name.head.pos_ not in NOMINAL | VERBAL or name.i > verb.i:
        return None
    if not coordinated_verb(verb, name):
        return None
    if name.head.head.i == verb.i or not has_dependent(name, (CC,)):
        return None
    arg = ctx.direct(name)
    if arg is None or ctx.category.get(arg.entity) not in (PER, ORG):
        return None
    return arg


def misparsed_relative(verb: Token) -> bool:
    """A relative clause with a prepositional relative pronoun (``nas quais``, ``no qual``,
    ``em que``) or ``onde`` after a noun that the parser hung on the verb of the main clause
    (``ccomp``, ``advcl``)."""
    if verb.dep_ not in (CCOMP, ADVCL) or verb.head.i == verb.i or verb.head.pos_ not in VERBAL:
        return False
    return any(c.i < verb.i and ((is_relative(c) and case_of(c) is not None) or _where_after_noun(c)) for c in verb.children)


def _where_after_noun(tok: Token) -> bool:
    """``Moscou, onde``: ``onde`` right after a noun (or a comma after one), a relative pronoun
    (``perguntou onde`` is a question word)."""
    return lemma_of(tok) in WHERE_WORDS and tok.i > 0 and _before_relative(tok).pos_ in NOMINAL


def _before_relative(rel: Token) -> Token:
    """The word a relative pronoun follows, past one comma, taken to its name's head."""
    doc = rel.doc
    j = rel.i - 1
    if j > 0 and doc[j].text == ",":
        j -= 1
    word = doc[j]
    while word.dep_ in NAME_PARTS and word.head.i < word.i:
        word = word.head
    return word


def misparsed_antecedent(verb: Token) -> tuple[Token, Token] | None:
    """``viver em Gorki, perto de Moscou, onde morreu`` with ``morreu`` hung on ``viver``: the
    ``onde`` of a misparsed relative clause (:func:`misparsed_relative`) and the noun it follows,
    which an ``acl:relcl`` would have hung on."""
    if not misparsed_relative(verb):
        return None
    rel = next((c for c in verb.children if c.i < verb.i and _where_after_noun(c)), None)
    return (rel, _before_relative(rel)) if rel is not None else None


def complex_preposition(prep: str, tok: Token, ctx: Context) -> list[tuple[str, Arg]]:
    """``ao lado da Áustria-Hungria contra a Rússia``, parsed with ``lado`` as the oblique:
    ``(a_lado_de, Áustria-Hungria)``, and ``(contra, Rússia)`` hung under ``lado`` or, not a
    ``de`` complement, under the name itself (a name takes no ``contra``)."""
    out = []
    for c in tok.children:
        if c.dep_ != NMOD or (case := case_of(c)) is None:
            continue
        inner = ctx.mapping.preposition(case.lemma_ or case.text)
        name = f"{prep}_{lemma_of(tok)}_{inner}" if inner == "de" else inner
        out.extend((name, a) for a in ctx.entities(c))
        if inner == "de" and (named := ctx.entity(c)) is not None:
            for g in c.children:
                if g.dep_ == NMOD and (gcase := case_of(g)) is not None:
                    other = ctx.mapping.preposition(gcase.lemma_ or gcase.text)
                    if other != "de":
                        out.extend((other, a) for a in ctx.entities(g) if a.entity != named.entity)
    return out


def inside_date(tok: Token, ctx: Context) -> list[tuple[str, Arg]]:
    """``nasceu em 5 de dezembro de 1867 em Zułów``: a place the parser hung under a date."""
    if ctx.entity(tok) is not None or ctx.time_in([tok]) is None:
        return []
    out = []
    for t in tok.subtree:
        if t.i == tok.i or t.dep_ != NMOD or ctx.time_in([t]) is not None:
            continue
        case = case_of(t)
        if case is None:
            continue
        prep = ctx.mapping.preposition(case.lemma_ or case.text)
        if prep != "de":
            out.extend((prep, a) for a in ctx.entities(t))
    return out


def swallowed_complements(verb: Token, clause: Clause, ctx: Context) -> list[tuple[str, Arg]]:
    """``opôs a Polônia, que acabava de recuperar a independência, à Rússia``: the second
    complement of a verb linking its object and an oblique, which the parser hung at the end of
    the object's relative clause (as a noun's ``nmod`` or a verb's ``obl``)."""
    preps = ctx.mapping.object_preps(ctx.lemma(verb))
    if not preps or any(p in preps for p, _ in clause.obliques):
        return []
    out: list[tuple[str, Arg]] = []
    for obj in dependents(verb, (OBJ,)):
        for rel in dependents(obj, (ACL_RELCL,)):
            for prep, t in _swallowed(rel, preps, ctx):
                out.extend((prep, a) for a in ctx.entities(t))
    return out


def _swallowed(rel: Token, preps: frozenset[str], ctx: Context) -> list[tuple[str, Token]]:
    """The complements with one of ``preps`` that end the relative clause ``rel``."""
    words = [t for t in rel.subtree if not t.is_punct]
    out = []
    for t in words:
        case = case_of(t)
        if t.dep_ not in (NMOD, OBL) or case is None or case.i <= rel.i or t.right_edge.i < words[-1].i:
            continue
        prep = _prep_of(t, ctx)
        if prep in preps:
            out.append((prep, t))
    return out


def swallowed_complement(tok: Token, ctx: Context) -> bool:
    """Whether the oblique ``tok`` of a verb in an object's relative clause is the second
    complement of the main verb (:func:`swallowed_complements`), not the inner verb's own
    (``que acabava de recuperar a independência, à Rússia``, parsed with ``Rússia`` as an
    ``obl`` of ``recuperar``)."""
    rel = tok.head
    while rel.dep_ != ACL_RELCL and rel.head.i != rel.i:
        rel = rel.head
    if rel.dep_ != ACL_RELCL or rel.head.dep_ != OBJ:
        return False
    verb = rel.head.head
    preps = ctx.mapping.object_preps(ctx.lemma(verb))
    if not preps:
        return False
    own = (_prep_of(c, ctx) for c in dependents(verb, (OBL,)))
    if any(p in preps for p in own):
        return False  # the main verb has that complement already
    return any(t.i == tok.i for _, t in _swallowed(rel, preps, ctx))


def _prep_of(tok: Token, ctx: Context) -> str:
    """The preposition of ``tok``'s ``case`` marker, as the mapping names it (``""`` without one)."""
    case = case_of(tok)
    return ctx.mapping.preposition(case.lemma_ or case.text) if case is not None else ""


def located_antecedent(noun: Token, ctx: Context) -> Arg | None:
    """``Gorki, perto de Moscou, onde morreu``: a relative clause after a ``perto de X`` phrase,
    hung on X by the parser, is about the place the phrase locates (the name before the comma);
    so is one hung on the adverb itself (``noun`` is ``perto``: a syntax encoder taught
    MAC-MORPHO's tags, issue 17, P64n)."""
    adverb = noun if noun.lower_ in PREP_ADVERBS else None
    adverb = adverb or (noun.head if noun.head.lower_ in PREP_ADVERBS and noun.head.i < noun.i else None)
    adverb = adverb or next((c for c in dependents(noun, (ADVMOD,)) if c.lower_ in PREP_ADVERBS and c.i < noun.i), None)
    if adverb is None:
        return None
    j = adverb.i - 1
    if j <= ctx.sentence(noun).start or ctx.doc[j].text != ",":
        return None
    arg = ctx.direct(ctx.doc[j - 1])
    if arg is None or ctx.category.get(arg.entity) != LOC:
        return None
    return arg


def _feature(tok: Token, feat: str) -> list[str]:
    """A nominal's gender or number, from the word, else its article (``do Exército``)."""
    for t in (tok, *dependents(tok, (DET, CASE))):
        value = morph_values(t, feat)
        if value:
            return value
    return []


def agrees(noun: Token, participle: Token) -> bool:
    """The participle's gender and number are the noun's (both known for the gender)."""
    gender = morph_values(participle, "Gender")
    if not gender or _feature(noun, "Gender") != gender:
        return False
    number = morph_values(participle, "Number")
    return not number or _feature(noun, "Number") in ([], number)


def _on_a_complement(participle: Token) -> tuple[Token, Token, Token] | None:
    """Where the parser hung a participle on a noun that completes an earlier noun with ``de``
    (or ``de`` fused with an article): the complement, the earlier noun and the ``case`` word
    (``um clube de futebol holandês sediado em Deventer``: ``futebol``, ``clube``, ``de``);
    ``None`` when the participle hangs elsewhere. Whose the participle is, the caller tells
    (:func:`kind_complement_head`, :func:`disagreeing_complement_owner`)."""
    head = participle.head
    if participle.dep_ != ACL or head.pos_ != "NOUN" or head.dep_ != NMOD:
        return None
    outer = head.head
    case = case_of(head)
    if outer.pos_ != "NOUN" or outer.i > head.i or case is None or case.lower_ not in OF_FORMS:
        return None
    return head, outer, case


def kind_complement_head(participle: Token) -> Token | None:
    """``um clube de futebol holandês sediado em Deventer``, ``uma emissora de rádio sediada em
    Belém``: a participle the parser hung on a bare noun that completes another noun with ``de``
    (no article nor number: a kind, not a thing) is that other noun's, when it agrees with it in
    gender and number; ``None`` otherwise (``a exportação de café produzido no Brasil``: the
    coffee was produced; ``o jogador do clube fundado em 1900``: a club named with its article)."""
    hung = _on_a_complement(participle)
    if hung is None or hung[2].lower_ != "de":
        return None  # "do clube fundado": a fused article, a thing
    head, outer, _ = hung
    if any(c.dep_ not in (CASE, AMOD) for c in head.children if c.i < participle.i):
        return None  # "de um time", "de dois clubes": a thing, not a kind
    return outer if agrees(outer, participle) else None


def disagreeing_complement_owner(participle: Token) -> Token | None:
    """``um município brasileiro da região Centro-Oeste, situado no estado de Mato Grosso do
    Sul``: a participle the parser hung on a ``de`` complement of an earlier noun, when it
    disagrees with that complement in gender or number (``região``, feminine; ``situado``,
    masculine) and agrees with the earlier noun, tells of the earlier noun (the town is in the
    state, not the region); ``None`` otherwise (``a região Nordeste, situada no ...``)."""
    hung = _on_a_complement(participle)
    if hung is None:
        return None
    head, outer, _ = hung
    if not _disagrees(head, participle):
        return None
    return outer if agrees(outer, participle) else None


def container_owner(participle: Token, ctx: Context) -> Token | None:
    """``Andradas é um município brasileiro do estado de Minas Gerais, situado na microrregião de
    Poços de Caldas``, ``um bairro da cidade de São Paulo, situado no distrito da Vila Medeiros``,
    ``município no estado da Paraíba (Brasil), localizado na microrregião de ...``: a participle
    set off by a comma that the parser hung on a place completing an earlier common noun (with
    ``de`` or ``em``, directly or through a noun the place names: ``do estado de``, ``da cidade
    de``) tells of that earlier noun when it agrees with it: the place is where the noun is, not
    what the participle says (the state is not in the microregion); when that noun is set
    beside a name before it (``Brejo dos Santos, município no estado da Paraíba``), of the
    name. ``None`` when the participle
    is not set off, hangs on no place, or the earlier noun does not agree (``um bairro da região
    Norte, situada ...``: the region's), or is no noun (``ao distrito de Porto Urucu, localizado
    em Coari``: the district is Porto Urucu)."""
    head = participle.head
    if participle.dep_ != ACL or "Part" not in morph_values(participle, "VerbForm") or head.i > participle.i:
        return None
    if participle.i < 1 or participle.doc[participle.i - 1].text != ",":
        return None
    places = ctx.entities(head)
    if not places or any(ctx.category.get(a.entity) != LOC for a in places):
        return None
    inner = head
    if head.pos_ == "PROPN" and head.dep_ == NMOD and head.head.pos_ == "NOUN" and head.head.i < head.i:
        inner = head.head  # "da cidade de São Paulo": the noun the place names
        if not _completes(head, inner):
            return None
    if inner.dep_ != NMOD or inner.head.pos_ != "NOUN" or inner.head.i > inner.i or not _completes(inner, inner.head):
        return None
    owner = inner.head
    if not agrees(owner, participle):
        return None
    if owner.dep_ == APPOS and owner.head.i < owner.i and owner.head.pos_ == "PROPN" and ctx.entity(owner.head) is not None:
        return owner.head  # "Brejo dos Santos, município no estado da Paraíba, localizado ...": the town the noun is set beside
    return owner


def restrictive_relative_owner(verb: Token, ctx: Context) -> Token | None:
    """``O rio Itinga é um rio de Minas Gerais que deságua no Rio Jequitinhonha``, ``um
    futebolista da Costa do Marfim que atualmente joga pelo VfB Stuttgart``: a relative clause
    whose pronoun is its subject, not set off by a comma, that the parser hung on a place
    completing an earlier common noun with ``de`` or ``em`` tells of that noun (the river flows
    into the other river, not the state): a place's name needs no restrictive clause to say
    which place it is. ``None`` when the clause is set off (``nasceu em Minas Gerais, que
    tem ...``: the place's), hangs on no place, the noun is a division the place names (``a
    cidade de São Paulo que ...``: the same place), or is in another number than the verb."""
    pronoun = _relative_on_a_place(verb, ctx)
    if pronoun is None or verb.doc[pronoun.i - 1].text == ",":
        return None
    head = verb.head
    noun = head.head
    if head.dep_ != NMOD or noun.pos_ != "NOUN" or noun.i > head.i or not _completes(head, noun):
        return None
    return noun if _may_tell_of(verb, noun, ctx) else None


def _relative_on_a_place(verb: Token, ctx: Context) -> Token | None:
    """The relative pronoun that is the subject of ``verb``, a relative clause the parser hung on
    the name of a place before it (every entity of that name a place); ``None`` otherwise."""
    head = verb.head
    if verb.dep_ != ACL_RELCL or head.i > verb.i or head.pos_ != "PROPN":
        return None
    pronoun = next((c for c in dependents(verb, (NSUBJ, NSUBJ_PASS)) if is_relative(c)), None)
    if pronoun is None or pronoun.i < 1:
        return None
    places = ctx.entities(head)
    if not places or any(ctx.category.get(a.entity) != LOC for a in places):
        return None
    return pronoun


def _may_tell_of(verb: Token, noun: Token, ctx: Context) -> bool:
    """Whether a relative clause of ``verb`` hung on a place after ``noun`` may be ``noun``'s: the
    noun is no division the place names (``a cidade de São Paulo que``: the noun is the place)
    and the clause's finite verb is not of another number."""
    if ctx.division(noun) is not None:
        return False
    finite = [verb, *dependents(verb, (AUX, AUX_PASS, COP))]
    number = next((morph_values(t, "Number") for t in finite if morph_values(t, "Number")), [])
    return not number or _feature(noun, "Number") in ([], number)


def completed_noun(name: Token, ctx: Context) -> Token | None:
    """The common noun before ``name`` that ``name`` (or the name it is an acronym or an
    apposition of) completes with ``de`` (``a proposta da ERSE``: ``proposta``), if any."""
    while name.dep_ == APPOS and name.head.pos_ == "PROPN" and name.head.i < name.i:
        name = name.head  # "da Entidade Reguladora dos Serviços Energéticos (ERSE)": the acronym's name
    noun = name.head
    if not (name.dep_ == NMOD or name.dep_.startswith(NMOD + ":")) or noun.pos_ != "NOUN" or noun.i > name.i:
        return None
    case = case_of(name)
    if case is None or ctx.mapping.preposition(case.lemma_ or case.text) != "de":
        return None
    return noun


def restrictive_participle_owner(participle: Token, ctx: Context) -> Token | None:
    """``o libreto de Arrigo Boito baseado em Shakespeare``, ``o centro de Sangatte aberto pelo
    Governo francês``, ``os 57 álbuns de Zappa lançados nos EUA``: a participle not set off by a
    comma that the parser hung on a name completing an earlier common noun with ``de`` tells of
    that noun when it agrees with it in gender and number: a name needs no restrictive participle
    to say which one it is (the libretto is based on Shakespeare, not Boito). ``None`` when the
    participle is set off (:func:`~.verbal.borrowed_participle` reads it), the noun does not
    agree (``os arquitetos da Bauhaus instituto criado em 1919``), is a division the name names
    (``a cidade de São Paulo fundada em 1554``: the same place), or a later conjunct of the name
    stands between them (``a trajetória de Louise e da Madame Bovary criada por Flaubert``: the
    nearer name's) (issue 20, P58b). A role noun with its name in apposition before the participle
    is such a name too (``o leilão do empresário Mathias Machline (Sharp) realizado em São
    Paulo``: the auction was held there, not the man) (issue 20, P60k)."""
    head = participle.head
    if participle.dep_ != ACL or "Part" not in morph_values(participle, "VerbForm") or head.i > participle.i:
        return None
    if not (head.pos_ == "PROPN" or _named_between(head, participle, ctx)) or ctx.entity(head) is None or set_off(participle):
        return None
    if any(head.i < c.i < participle.i for c in conjuncts(head)):
        return None
    noun = completed_noun(head, ctx)
    if noun is None or ctx.division(noun) is not None or not agrees(noun, participle):
        return None
    return noun


def _named_between(noun: Token, participle: Token, ctx: Context) -> bool:
    """Whether the common noun ``noun`` has a name in apposition to it before ``participle``
    (``o empresário paulista Mathias Machline (Sharp) realizado``)."""
    return noun.pos_ == "NOUN" and any(
        c.pos_ == "PROPN" and noun.i < c.i < participle.i and ctx.entity(c) is not None for c in dependents(noun, (APPOS,))
    )


def origin_relative_owner(verb: Token, ctx: Context) -> Token | None:
    """``o pesquisador Nelson Neto, de Cruz Alta, que participou do Fórum Nacional da Soja``, ``o
    campo de Recife, que desagradou ao técnico``: a relative clause set off by a comma whose
    pronoun is its subject, hung on a place that completes an earlier common noun with ``de``,
    tells of that noun: the place says where the noun is or comes from, and the clause goes on
    about the noun (the researcher took part, not the town). ``None`` when the clause is not set
    off (:func:`restrictive_relative_owner`), hangs on no place, the noun is a division the place
    names (``a cidade de São Paulo, que ...``: the same place), is a work's (``uma carta de Campos
    Salles, que presidiu o Brasil``: the writer, whom the NER may take for a place), or is in
    another number than the verb. A name that is no place keeps the clause (``a recuperação de
    Giovane, que errou muitos passes``, ``a tese de McCarthy, que estudou com Habermas``)
    (issue 20, P58b)."""
    pronoun = _relative_on_a_place(verb, ctx)
    if pronoun is None or verb.doc[pronoun.i - 1].text != ",":
        return None
    noun = completed_noun(verb.head, ctx)
    if noun is None or lemma_of(noun) in ctx.mapping.work_nouns:
        return None  # "uma carta de Campos Salles, que presidiu o Brasil": a work's author, not its origin
    return noun if _may_tell_of(verb, noun, ctx) else None


def predicate_conjunct_owner(participle: Token) -> Token | None:
    """``Vincent Furnier é um cantor, compositor e ator americano nascido na cidade de Detroit``:
    the parser hangs the participle on the last noun of the copula's coordinated predicate
    (``ator``), a conjunct of the first (``cantor``), which holds the copula and so names its
    subject; the participle tells of that same person. The first noun, when ``participle``
    modifies a common noun coordinated (without a preposition of its own) with an earlier
    common noun that holds a copula; ``None`` otherwise (``é filho de um médico e de uma
    professora nascida em Braga``: the mother's birth, the conjunct a complement)."""
    head = participle.head
    if participle.dep_ != ACL or "Part" not in morph_values(participle, "VerbForm") or head.i > participle.i:
        return None
    if head.dep_ != CONJ or head.pos_ != "NOUN" or not head.text[:1].islower() or has_dependent(head, (CASE,)):
        return None
    first = head.head
    if first.pos_ != "NOUN" or first.i > head.i or not has_dependent(first, (COP,)):
        return None
    return first


def named_by_the_copula(name: Token, ctx: Context) -> Arg | None:
    """The place a copula says is the common noun that ``name`` completes with ``de`` or ``em``,
    through other common nouns (``Sheberghan é uma cidade do Afeganistão``, ``é uma cidade no
    norte do Peru``, ``é um município de Angola``, ``é uma vila e município de Angola``: the town); ``None`` when ``name`` completes no
    common noun, no copula holds the noun, or the noun's subject is no place."""
    noun = name
    while noun.dep_ == NMOD and noun.head.pos_ == "NOUN" and noun.head.i < noun.i and _completes(noun, noun.head):
        noun = noun.head
    if noun is not name and noun.dep_ == CONJ and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
        noun = noun.head  # "é uma cidade e município da Colômbia": the first noun holds the copula
    if noun is name or not has_dependent(noun, (COP,)):
        return None
    subject = next(iter(dependents(noun, (NSUBJ,))), None)
    owner = ctx.entity(subject) if subject is not None else None
    return owner if owner is not None and ctx.category.get(owner.entity) == LOC else None


def _completes(complement: Token, noun: Token) -> bool:
    """``complement`` completes ``noun`` with ``de`` or ``em`` (or either fused with an article)."""
    case = case_of(complement)
    return complement.head.i == noun.i and case is not None and (case.lower_ in OF_FORMS or case.lower_ in IN_FORMS)


def _disagrees(noun: Token, participle: Token) -> bool:
    """The noun's gender or number is known and is not the participle's."""
    for feat in ("Gender", "Number"):
        own, other = _feature(noun, feat), morph_values(participle, feat)
        if own and other and own != other:
            return True
    return False


def place_after_place(tok: Token, prep: str, ctx: Context) -> list[Arg]:
    """``localizado no estado norte-americano de Pensilvânia, no Condado de Susquehanna``: a place
    with its own ``em``, set off by a comma, that the parser hung inside the clause's ``em`` place
    ``tok`` is where the clause is too (the places of that nmod; none when ``tok`` names no place)."""
    if prep != "em" or not (own := ctx.entities(tok)) or any(ctx.category.get(a.entity) != LOC for a in own):
        return []
    doc = tok.doc
    out: list[Arg] = []
    for c in tok.children:
        case = case_of(c)
        if c.dep_ != NMOD or c.i < tok.i or case is None or ctx.mapping.preposition(case.lemma_ or case.text) != "em":
            continue
        if case.i < 1 or doc[case.i - 1].text != ",":
            continue  # "no estado de Pensilvânia no condado": not set off
        out.extend(a for a in ctx.entities(c) if ctx.category.get(a.entity) == LOC and a not in own and a not in out)
    return out


def agreeing_noun(participle: Token, ctx: Context) -> Arg | None:
    """``a aceitação da paz de Brest-Litovsk, assinada com a Alemanha``: a participle the parser
    hung on a common noun is about the nearest named complement of that noun it agrees with.
    ``None`` when the noun completes an earlier common noun with ``de`` that agrees with the
    participle and is of another gender or number than the noun: the right noun may lie outside
    the phrase (``no universo restrito da seleção de Skidmore enfraquecido pelas ausências``:
    the universe is weakened, not Skidmore) (issue 20, P60k)."""
    head = participle.head
    if head.pos_ != "NOUN":
        return None
    outer = completed_noun(head, ctx)
    if outer is not None and _disagrees(head, participle) and agrees(outer, participle):
        return None
    best = None
    doc = participle.doc
    for i in ctx.subtree(head.i):  # ``head.subtree``, a Token made only for the words before the participle
        if i >= participle.i or i == head.i:
            continue
        t = doc[i]
        if t.dep_ != NMOD or not agrees(t, participle):
            continue
        arg = ctx.entity(t)
        if arg is not None and (best is None or t.i > best.token.i):
            best = arg
    return best


def apposition_of_another_gender(participle: Token, ctx: Context) -> bool:
    """Whether ``participle`` hangs on a common noun that names its entity through a name in
    apposition before the participle, and is surely of another gender than the noun and than
    that name: the participle is neither's, but of a complement it agrees with
    (:func:`agreeing_noun`; ``do movimento Ética na Política na CEI (...), criada pelo presidente
    Itamar Franco``: the commission was created, not the movement) (issue 20, P60k)."""
    head = participle.head
    if participle.dep_ != ACL or head.pos_ != "NOUN" or not head.text[:1].islower() or head.i > participle.i:
        return False
    if ctx.direct(head) is not None:
        return False
    names = [c for c in dependents(head, (APPOS,)) if c.i < participle.i and ctx.entity(c) is not None]
    gender = morph_values(participle, "Gender")
    own = _feature(head, "Gender")
    return bool(names and gender and own and own != gender and all(_feature(n, "Gender") != gender for n in names))


def misplaced_apposition(tok: Token) -> Token | None:
    """``preparado por Piłsudski e pelo chefe do Estado-Maior, o general Rozwadowski`` with
    ``general`` parsed as a second subject of ``preparado``: a subject after its verb and a
    comma, when the verb has a subject before it, is in apposition to the noun phrase the comma
    closes; that phrase's head (within its conjunct), or ``None``."""
    if tok.dep_ not in (NSUBJ, NSUBJ_PASS) or tok.pos_ not in NOMINAL:
        return None
    verb, doc = tok.head, tok.doc
    if tok.i < verb.i or not any(c.i < verb.i for c in dependents(verb, (NSUBJ, NSUBJ_PASS))):
        return None
    comma = tok.left_edge.i - 1
    if comma - 1 <= verb.i or doc[comma].text != ",":
        return None
    word = doc[comma - 1]
    while word.dep_ != CONJ and word.head.i > verb.i and word.head.right_edge.i == comma - 1 and word.head.pos_ in NOMINAL:
        word = word.head
    return word if word.pos_ in NOMINAL and word.i > verb.i else None


# nouns of "at that time" that open an apposition with a preposition: "na época", "à época",
# "na altura" (European Portuguese)
_THEN_NOUNS = frozenset({"época", "altura"})
_THEN_CASES = frozenset({"na", "à"})


def role_after_then_phrase(tok: Token) -> Token | None:
    """A post the person held then, set after the name by a time adverb the parser misreads:
    ``João Silva, na época governador de Minas Gerais, assinou`` with ``governador`` a modifier of
    ``época`` (``na época``, ``à época``, ``na altura``), or ``investigação ordenada por Ruiz,
    então governador de Guerrero`` / ``Aníbal Toledo, até então presidente do estado`` with the
    role after ``então`` hung on another noun or on the name without an apposition. A lower-case
    common noun so opened after a comma and a proper name is in apposition to that name: the
    name's head token, or ``None``."""
    if tok.pos_ != "NOUN" or not tok.text[:1].islower() or tok.i < 3:
        return None
    doc = tok.doc
    before = doc[tok.i - 1]
    if tok.dep_ == AMOD and before.i == tok.head.i and before.lower_ in _THEN_NOUNS:
        case = doc[before.i - 1]
        if case.dep_ != CASE or case.head.i != before.i or case.lower_ not in _THEN_CASES:
            return None
        comma = case.i - 1
    elif tok.dep_ in (APPOS, NMOD) and before.lower_ == "então" and before.head.i == tok.i:
        comma = before.i - 1
        if doc[comma].lower_ == "até" and doc[comma].head.i == tok.i:
            comma -= 1
    else:
        return None
    if comma < 1 or doc[comma].text != ",":
        return None
    word = doc[comma - 1]
    while word.dep_ in (FLAT_NAME, FLAT) and word.head.i < word.i:
        word = word.head
    if tok.dep_ == APPOS and word.head.i == tok.head.i:
        return None  # "a mulher de Rui Melo, então ministra": the noun the name completes is the role's
    return word if word.pos_ == "PROPN" else None


def apposition_parsed_as_conjunct(word: Token) -> Token | None:
    """``um fotógrafo da agência Reuter, o anglo-americano Dan Eldon``, ``o comandante do posto
    da PSP, subchefe Amadeu Eiras`` with the nationality or the rank parsed as a second conjunct
    of the role noun and the name in apposition to that word: a lower-case conjunct right after a
    comma (an article between), with nothing of its own but the name right after it (no ``e`` or
    ``ou``, no complement, no modifier), opens the role's apposition. The role noun (a lower-case
    common noun before it, with a complement before the comma and no name in apposition of its
    own), or ``None``: ``o presidente da Fiesp, o ministro da Fazenda, Ciro Gomes`` (a complement
    of its own), ``o comandante ..., subchefe X e o guarda Y`` (``guarda`` after ``e``) and ``o
    director do Teatro, Ricardo Pais, a responsável ..., Isabel`` (the first role named) are
    other people."""
    if word.dep_ != CONJ or word.pos_ not in ("NOUN", "ADJ") or not word.text[:1].islower():
        return None
    role, doc = word.head, word.doc
    if role.i > word.i or role.pos_ != "NOUN" or not role.text[:1].islower():
        return None
    first = word.i
    if first > 0 and doc[first - 1].dep_ == DET and doc[first - 1].head.i == word.i:
        first -= 1
    if first == 0 or doc[first - 1].text != ",":
        return None
    if word.i + 1 >= len(doc) or doc[word.i + 1].head.i != word.i or doc[word.i + 1].dep_ != APPOS or doc[word.i + 1].pos_ != "PROPN":
        return None
    if any(c.dep_ not in (DET, PUNCT, APPOS) or (c.dep_ == APPOS and c.i != word.i + 1) for c in word.children):
        return None
    if any(c.dep_ == APPOS and c.i < word.i for c in role.children):
        return None
    return role if any(c.dep_ == NMOD and c.i < word.i for c in role.children) else None


def subject_after_oblique_noun(tok: Token) -> bool:
    """``Deixou estas palavras aos jovens professores Almir Câmara, Antônio Houaiss e Celso
    Cunha`` with ``Almir Câmara`` (and its conjuncts) parsed as the verb's subject: a name after
    its verb that follows a common noun opened by a preposition (``aos jovens professores``,
    ``para os alunos``; adjectives and one article allowed between) is that noun's apposition,
    not the subject. Not a noun without a preposition (``Venceu no domingo o piloto Ayrton
    Senna``: the subject is the pilot, named)."""
    verb = tok.head
    if tok.dep_ not in (NSUBJ, NSUBJ_PASS) or tok.pos_ != "PROPN" or tok.i < verb.i:
        return False
    doc = tok.doc
    i = tok.left_edge.i - 1
    nouns = 0
    while i > verb.i and doc[i].pos_ in ("NOUN", "ADJ"):
        nouns += doc[i].pos_ == "NOUN"
        i -= 1
    if nouns == 0 or i <= verb.i:
        return False
    if doc[i].pos_ == "DET":
        i -= 1
    return i > verb.i and doc[i].pos_ == "ADP"


def relative_parsed_as_object(verb: Token) -> Token | None:
    """``a organização que, a partir de Moscou, coordenou os partidos`` with ``que`` parsed as
    the object of ``coordenou``: the relative pronoun of a relative clause without a subject,
    made the object of a verb that has another object after it, is the clause's subject; that
    pronoun, or ``None``."""
    if verb.dep_ != ACL_RELCL or has_dependent(verb, (NSUBJ, NSUBJ_PASS)) or _with_se_or_passive(verb):
        return None
    objects = dependents(verb, (OBJ,))
    if len(objects) != 2:
        return None
    first, second = objects
    if not is_relative(first) or first.i > verb.i or second.i < verb.i or is_relative(second):
        return None
    return first


def complement_of_object_noun(tok: Token, ctx: Context) -> Token | None:
    """``recusou-se a jurar fidelidade às Potências Centrais`` with ``Potências`` an ``obl`` of
    ``jurar`` (or its ``iobj``, as a parser taught MAC-MORPHO's tags gives it): an oblique right after the verb's object noun, with a preposition that noun's
    frames take (``fidelidade a``) and the verb's do not, is the noun's complement; that noun,
    or ``None``."""
    if tok.dep_ not in (OBL, IOBJ) or tok.head.i == tok.i:
        return None
    case = case_of(tok)
    if case is None:
        return None
    verb = tok.head
    prep = ctx.mapping.preposition(case.lemma_ or case.text)
    if (ctx.lemma(verb), prep) in ctx.mapping.verbs or ("*", prep) in ctx.mapping.verbs:
        return None
    for noun in dependents(verb, (OBJ,)):
        if noun.pos_ == "NOUN" and noun.right_edge.i + 1 == tok.left_edge.i and (lemma_of(noun), prep) in ctx.mapping.nouns:
            return noun
    return None


NON_AGENTS = frozenset({CONCEPT, EVENT, WORK, MISC})
"""Categories that cannot act: a subject of theirs after a verb that takes an agent is its object
(:func:`object_parsed_as_subject`; the event rules read it too)."""


def sole_subject_after(verb: Token) -> Token | None:
    """The only subject of an active verb without an object, when it comes after the verb: where
    the parser may have made a subject of the verb's object (``defendeu a Nova Política
    Econômica``, ``chegou a Varsóvia``). Not for a verb with a ``se`` (``criou-se a Liga``: a
    passive, whose subject is the patient anyway) or a passive auxiliary."""
    subjects = dependents(verb, (NSUBJ, NSUBJ_PASS))
    if len(subjects) != 1 or subjects[0].dep_ != NSUBJ or subjects[0].i < verb.i:
        return None
    if has_dependent(verb, (OBJ,)) or _with_se_or_passive(verb):
        return None
    return subjects[0]


def _prepositional_subject_after(verb: Token) -> Token | None:
    """The only subject of a verb without an object, after the verb, introduced by a preposition
    (``aliou-se a Simon Petliura``): no subject takes one, it is the verb's complement."""
    subjects = dependents(verb, (NSUBJ,))
    if len(subjects) != 1 or subjects[0].i < verb.i or has_dependent(verb, (OBJ, NSUBJ_PASS)):
        return None
    subject = subjects[0]
    case = case_of(subject)
    return subject if case is not None and case.pos_ == "ADP" and case.i < subject.i else None


def _with_se_or_passive(verb: Token) -> bool:
    """Whether ``verb`` has a ``se`` (``criou-se a Liga``) or a passive auxiliary."""
    return has_dependent(verb, (AUX_PASS, EXPL, EXPL_PV, EXPL_PASS)) or "se" in verb.lemma_.split(" ") or "-se" in verb.lower_


def object_parsed_as_subject(verb: Token, ctx: Context) -> Token | None:
    """``Em 1921, defendeu a Nova Política Econômica`` with the policy parsed as the subject:
    the :func:`sole_subject_after` the verb naming a concept, event, work or thing
    (:data:`NON_AGENTS`), when the verb's object frames (``defender`` → ``supported``) take no
    such subject, is the verb's object; the clause has no subject of its own. So is a place after
    a verb of movement (the event lexicon's ``movement_verbs``: ``chegou a Varsóvia``), the
    second of two subjects, after the verb (:func:`second_subject`), and a subject after the verb
    introduced by a preposition (``aliou-se a Simon Petliura``)."""
    second = second_subject(verb, ctx)
    if second is not None:
        return second
    prepositional = _prepositional_subject_after(verb)
    if prepositional is not None and ctx.entity(prepositional) is not None:
        return prepositional  # "aliou-se a Simon Petliura", "a Simon Petliura" parsed as the subject
    subject = sole_subject_after(verb)
    arg = ctx.entity(subject) if subject is not None else None
    if subject is None or arg is None:
        return None
    category = ctx.category.get(arg.entity, "")
    if category == LOC and ctx.lemma(verb) in MOVEMENT_VERBS:  # the event lexicon's verbs of movement
        return subject  # "chegou a Varsóvia" ("a" tagged an article): the destination
    frames = ctx.mapping.verbs.get((ctx.lemma(verb), ""), ())
    if not frames:
        return None
    if category not in NON_AGENTS or any(f.subject == category for f in frames):
        return None
    return subject


def speaker_parsed_as_object(verb: Token, is_person: Callable[[Token], bool]) -> Token | None:
    """``«...», declarou Lenin`` with ``Lenin`` parsed as the object of a speech verb (the
    caller knows the verb is one): the first object after the verb naming a person
    (``is_person``), when the verb has no subject of its own, is its speaker."""
    if has_own_subject(verb):
        return None
    return next((c for c in dependents(verb, (OBJ,)) if c.i > verb.i and is_person(c)), None)


def subject_coordinated_with_oblique(verb: Token) -> Token | None:
    """``Durante a guerra contra a Rússia, o marechal Piłsudski, que recebera esse título,
    comandou o contra-ataque`` with ``marechal`` coordinated with ``guerra``: a noun phrase with
    an article and neither preposition nor conjunction, coordinated with a prepositional phrase
    of a verb without a subject and ending (with its own clauses) right before the verb or a
    comma before it, is the verb's subject."""
    if has_own_subject(verb):
        return None
    doc = verb.doc
    first = min([verb.i, *(c.i for c in dependents(verb, (AUX, AUX_PASS, COP)) if c.i < verb.i)])
    ends = {first - 1, first - 2} if first > 0 and doc[first - 1].text == "," else {first - 1}
    for obl in dependents(verb, (OBL,)):
        if obl.i > verb.i or case_of(obl) is None:
            continue
        for c in dependents(obl, (CONJ,)):
            if (
                obl.i < c.i < first
                and c.pos_ in NOMINAL
                and c.right_edge.i in ends
                and has_dependent(c, (DET,))
                and not has_dependent(c, (CC, CASE))
            ):
                return c
    return None


def second_subject(verb: Token, ctx: Context) -> Token | None:
    """``o time derrotou o Atlético MG`` with both noun phrases parsed as subjects: of the two
    ``nsubj`` of an active verb that the mapping knows with a direct object (``derrotar`` →
    ``defeated``), one before it and one after, with no object, the one after is the object (the
    clause's subject is the one before); of two after a plural verb, the singular one before a
    plural one or a list (:func:`_object_before_subject`). Not for other verbs, whose subject may
    follow them (``chega a São Paulo a mostra``), nor when a word opening a subordinate clause comes between
    the first and the verb (``a assassina Europa como lhe chama o escritor Amos Oz``: the noun
    before is outside the clause, the one after its subject)."""
    subjects = dependents(verb, (NSUBJ,))
    if len(subjects) != 2 or subjects[1].i < verb.i:
        return None
    if has_dependent(verb, (NSUBJ_PASS, OBJ)) or _with_se_or_passive(verb):
        return None
    if subjects[0].i > verb.i:
        return _object_before_subject(verb, subjects[0], subjects[1], ctx)
    if not ctx.mapping.verbs.get((ctx.lemma(verb), "")):
        return None
    between = (c for c in verb.children if subjects[0].i < c.i < verb.i)
    if any(c.dep_ == MARK or is_relative(c) or lemma_of(c) in _CLAUSE_OPENERS for c in between):
        return None
    return subjects[1]


def _object_before_subject(verb: Token, first: Token, second: Token, ctx: Context) -> Token | None:
    """Of two ``nsubj`` after a plural verb (``Deixaram o PMDB os deputados José Genoíno e
    Aloizio Mercadante``: object, then subject), the first when it alone cannot be the verb's
    subject (a singular noun or name without a conjunct, :func:`disagreeing_subject`, and no
    preposition of its own) and the second can (a plural noun or a list), right after it (no
    comma nor ``e`` between: items of one list); any verb, the number telling them apart. Not a place, as often where the subject goes with the preposition taken
    for an article (``Chegam a Brasília os ministros``); ``None`` otherwise."""
    if case_of(first) is not None or not disagreeing_subject(verb, first) or disagreeing_subject(verb, second):
        return None
    between = verb.doc[first.right_edge.i + 1 : second.i]
    if second.left_edge.i != first.right_edge.i + 1 or any(t.pos_ in ("PUNCT", "CCONJ") for t in between):
        return None  # "estão a fragmentadora, a mesa formatadora e a guilhotina": items of one list
    arg = ctx.entity(first)
    if arg is not None and ctx.category.get(arg.entity) == LOC:
        return None
    if "Plur" not in morph_values(second, "Number") and not has_dependent(second, (CONJ,)):
        return None
    return first


# adverbs that open a subordinate clause (``como lhe chama X``, ``quando chegou X``)
_CLAUSE_OPENERS = frozenset({"como", "quando", "onde", "enquanto"})


# the relations inside a noun phrase, climbed from its last word to its head
_PHRASE_INTERNAL = frozenset({NMOD, NUMMOD, AMOD, FLAT, FLAT_NAME, DET})


def detached_subject_before(verb: Token) -> bool:
    """``..., e o dia 15 de agosto tornou-se feriado`` with ``dia`` hung on a word of the
    previous clause: a noun phrase with an article and no preposition that ends right before the
    verb (and its auxiliaries), hung outside the verb's clause, is the verb's subject; the verb
    takes no discourse topic."""
    first = min([verb.i, *(c.i for c in dependents(verb, (AUX, AUX_PASS, COP)) if c.i < verb.i)])
    if first == 0:
        return False
    t = verb.doc[first - 1]
    while t.dep_ in _PHRASE_INTERNAL and t.head.i < first and t.head.i != t.i:
        t = t.head
    if t.pos_ not in ("NOUN", "PROPN") or t.head.i == verb.i or case_of(t) is not None:
        return False
    return has_dependent(t, (DET,)) and not is_relative(t)


def subject_parsed_as_head(predicate: Token) -> Token | None:
    """``Paghman é uma cidade do Afeganistão`` with the unknown name tagged a verb and made the
    root, the predicate noun ``cidade`` (with its copula) parsed as its subject: the capitalized
    word that opens the sentence, right before the copula (its flat parts between), is the
    predicate's subject (issue 20, P62l). ``None`` for any other shape."""
    copula = next((c for c in dependents(predicate, (COP,)) if c.i < predicate.i), None)
    head = predicate.head
    if copula is None or predicate.dep_ != NSUBJ or head.i == predicate.i or not head.is_sent_start:
        return None
    if not head.text[:1].isupper() or head.pos_ not in ("VERB", "PROPN", "NOUN") or case_of(head) is not None:
        return None
    parts = {c.i for c in head.children if c.dep_ in NAME_PARTS}
    if any(i not in parts for i in range(head.i + 1, copula.i)):
        return None  # "Apresentou-se como ...": words of the head's own clause before the copula
    return head


def name_opens_clause(verb: Token) -> bool:
    """``Asadabad ou Asad Abad é uma cidade do Afeganistão`` with the names parsed outside the
    predicate's clause: the words from the sentence's start to the verb (or its first copula or
    auxiliary) are capitalized words, the first no function word (``Depois``, ``Em``), joined only
    by ``ou`` or ``e``; the clause has a subject of its own, named or not, and takes no discourse
    topic from the sentence before (issue 20, P62l)."""
    first = min([verb.i, *(c.i for c in dependents(verb, (AUX, AUX_PASS, COP)) if c.i < verb.i)])
    start = verb.sent.start
    if first == start or verb.doc[start].pos_ not in ("VERB", "PROPN", "NOUN", "X"):
        return False
    words = verb.doc[start:first]
    return all(t.text[:1].isupper() or (t.lower_ in _NAME_JOINERS and 0 < t.i - start) for t in words) and words[-1].text[:1].isupper()


# the conjunctions that join a name and its alias before a copula
_NAME_JOINERS = frozenset({"ou", "e"})


def disagreeing_subject(verb: Token, subject: Token) -> bool:
    """``Tarso Genro (PT), em Porto Alegre, e Antonio Cambraia (PMDB), em Fortaleza, seguem
    Vasconcelos`` with ``Vasconcelos`` parsed as the subject: a verb whose finite form (its own or
    its auxiliary's) is plural cannot have one singular noun or name for its subject (no
    conjunct, no plural article: ``os Beatles`` may be tagged singular); the verb's subject is
    elsewhere, and that noun is its object or no argument of it. A form with an enclitic pronoun
    is plural by its ending, not by the tagger's features (``o Segundo Congresso reunia-se``,
    tagged plural by a syntax encoder taught MAC-MORPHO's tags; issue 17, P64n)."""
    finite = [t for t in (verb, *dependents(verb, (AUX, AUX_PASS, COP))) if "Fin" in morph_values(t, "VerbForm")]
    if not finite or "Plur" not in morph_values(finite[0], "Number") or finite_third_singular(finite[0]):
        return False  # "reunia-se" tagged plural: a form with an enclitic is read from its ending
    if subject.pos_ not in ("NOUN", "PROPN") or "Sing" not in morph_values(subject, "Number") or has_dependent(subject, (CONJ,)):
        return False
    return not any("Plur" in morph_values(d, "Number") for d in dependents(subject, (DET,)))


def stranded_conjuncts(noun: Token, comp: Token, args: list[Arg], ctx: Context) -> list[Arg]:
    """Names coordinated with the complement ``comp`` of ``noun`` that the parser hung on the noun
    itself: ``O disco Tropicália, de Caetano Veloso e Gilberto Gil,`` parsed with ``Gilberto Gil``
    a conjunct of ``disco`` gives Gil too. Only for a complement set off by a comma (an aside
    naming its authors or owners: without one, ``o filho de Caetano e Gil`` may be two people),
    one name in it, and a conjunct with ``e`` right after it, with no preposition of its own,
    naming an entity of the same category."""
    case = case_of(comp)
    if len(args) != 1 or case is None or case.i == 0 or comp.doc[case.i - 1].text != ",":
        return []
    category = ctx.category.get(args[0].entity)
    end = comp.right_edge.i
    out = []
    for g in noun.children:
        if g.dep_ != CONJ or g.i <= end or case_of(g) is not None:
            continue
        ccs = [t for t in g.children if t.dep_ == CC]
        if len(ccs) != 1 or ccs[0].lower_ != "e" or ccs[0].i != end + 1 or g.left_edge.i != ccs[0].i:
            continue
        arg = ctx.entity(g)
        if arg is not None and arg not in args and ctx.category.get(arg.entity) == category:
            out.append(arg)
    return out


# the markers of an aspectual verb's infinitive: "veio a demonstrar", "acabou por ceder",
# "acaba de lançar"
_ASPECT_MARKS = frozenset({"a", "de", "por"})


def aspect_infinitive(verb: Token, ctx: Context) -> Token | None:
    """The infinitive an aspectual verb of the mapping's ``aspect_verbs`` carries (``viria a
    demonstrar``, ``passou a lecionar``, ``voltou a jogar``, ``acabou por ceder``): an ``xcomp``
    infinitive marked ``a``, ``de`` or ``por``. Such a verb says when or whether the act
    happens, the infinitive what it is: the names of the clause are the infinitive's, also an
    oblique the parser hung on the aspectual verb (``Em África, Pessoa viria a demonstrar`` gave
    ``rel:vir_em África``). ``None`` for any other verb, or one without such an infinitive
    (``veio para o Brasil``)."""
    if verb.pos_ not in VERBAL or ctx.lemma(verb) not in ctx.mapping.aspect_verbs:
        return None
    for c in dependents(verb, (XCOMP,)):
        # "viria a falecer"; "viria a ser autor": the infinitive a copula of the noun
        infinitive = any("Inf" in morph_values(v, "VerbForm") for v in (c, *dependents(c, (COP,))))
        if infinitive and any(lemma_of(m) in _ASPECT_MARKS for m in dependents(c, (MARK, CASE))):
            return c
    return None


def lent_obliques(verb: Token, ctx: Context) -> list[Token]:
    """The obliques of the aspectual verb that carries ``verb`` as its infinitive
    (:func:`aspect_infinitive`), which are ``verb``'s: ``Em África`` of ``Em África, Pessoa
    viria a demonstrar``; none for any other verb."""
    head = verb.head
    if verb.dep_ != XCOMP or head.i == verb.i:
        return []
    carried = aspect_infinitive(head, ctx)
    if carried is None or carried.i != verb.i:
        return []
    return [c for c in head.children if lendable_oblique(c)]


def lendable_oblique(tok: Token) -> bool:
    """Whether ``tok`` is an oblique an aspectual verb lends to its infinitive (:func:`lent_obliques`):
    an ``obl`` or one of its subtypes, not the passive's agent."""
    return tok.dep_ == OBL or (tok.dep_.startswith(OBL + ":") and tok.dep_ != OBL_AGENT)


_KIND_DEPTH = 3
"""How far up its ``de`` phrases a noun is looked at for a frame that says what its subject is."""


def complement_of_adjective(tok: Token, ctx: Context) -> Token | None:
    """The adjective whose complement the parser hung beside it on the noun it modifies: in ``um
    ator brasileiro natural de Belo Horizonte`` (and ``um jogador de futebol brasileiro, natural
    de São José``), ``natural`` and the place are both the noun's dependents, and the place reads
    as the noun's (``rel:ator_de``, a player's team). ``tok`` is a complement whose preposition
    comes right after an adjective of ``origin_adjectives`` (``relations.json``) modifying the
    same noun, with a frame of the mapping for that preposition (``natural de`` → bornIn): the
    adjective, else ``None``. Not another adjective with a frame (``um dos membros fundadores da
    Academia``: the member's and the founder's), nor when the noun, or one its ``de`` phrase
    completes, has a frame for that preposition that says what its subject is (``uma banda de
    hardcore punk natural de Nova Jérsey``: where the band is, ``headquarteredIn``)."""
    if tok.dep_ != NMOD:
        return None
    case = case_of(tok)
    if case is None or case.i == 0:
        return None
    adjective = tok.doc[case.i - 1]
    if adjective.pos_ != "ADJ" or adjective.dep_ != AMOD or adjective.head.i != tok.head.i:
        return None
    if lemma_of(adjective) not in ctx.mapping.origin_adjectives:
        return None  # "um dos membros fundadores da Academia": a founder and a member both
    prep = ctx.mapping.preposition(case.lemma_ or case.text)
    if not ctx.mapping.nouns.get((lemma_of(adjective), prep)):
        return None
    noun = tok.head
    for _ in range(_KIND_DEPTH):
        if any(frame.kind for frame in ctx.mapping.nouns.get((lemma_of(noun), prep), ())):
            return None  # "uma banda de hardcore punk natural de Nova Jérsey": the band's place
        if noun.dep_ != NMOD or noun.head.i == noun.i:
            break
        noun = noun.head
    return adjective


def complement_of_modified_noun(tok: Token, ctx: Context) -> Token | None:
    """The noun whose complement the parser hung on the adjective right after it: ``foi o
    confronto decisivo da guerra soviético-polonesa`` with ``guerra`` an ``obl`` of ``decisivo``
    (a parser taught MAC-MORPHO's tags), where another parse makes it an ``nmod`` of
    ``confronto``, whose ``de`` frame reads it (``partOf``). ``tok`` is a complement of an
    adjective modifying the noun before it, its preposition right after the adjective; the noun
    has a frame of the mapping for that preposition and the adjective none (nor is it one of
    ``origin_adjectives``, whose complements are theirs: :func:`complement_of_adjective`). The
    noun, else ``None`` (issue 17, P64n)."""
    if tok.dep_ not in (OBL, NMOD) or tok.i < tok.head.i:
        return None
    adjective = tok.head
    case = case_of(tok)
    if case is None or case.i != adjective.i + 1 or adjective.pos_ != "ADJ" or adjective.dep_ != AMOD:
        return None
    noun = adjective.head
    if noun.i != adjective.i - 1 or noun.pos_ != "NOUN" or lemma_of(adjective) in ctx.mapping.origin_adjectives:
        return None
    prep = ctx.mapping.preposition(case.lemma_ or case.text)
    if ctx.mapping.nouns.get((lemma_of(adjective), prep)) or not ctx.mapping.nouns.get((lemma_of(noun), prep)):
        return None
    return noun


_ARTICLE_WORDS = DEFINITE_ARTICLES | INDEFINITE_ARTICLES


def bare_oblique(tok: Token) -> bool:
    """Whether ``tok`` is an ``obl`` noun phrase with no preposition (no ``case``, no ``mark``)
    that an article opens: what a parser taught MAC-MORPHO's tags gives a subject or an object
    now and then (``O Segundo Congresso abriu-se em Petrogrado``, ``o Primeiro Exército de
    Cavalaria rompeu a frente``), where another parse has ``nsubj`` or ``obj``; an oblique proper
    has its preposition (issue 17, P64n). The article may be attached as its ``case``, tagged an
    article all the same (``rompeu a frente`` with ``a`` a ``case`` of ``frente``, either parse;
    issue 17, P68n): a marker the tagger calls an article opens no prepositional phrase."""
    if tok.dep_ != OBL or tok.pos_ not in ("NOUN", "PROPN") or has_dependent(tok, (MARK,)):
        return False
    first = tok.left_edge
    if not (first.i < tok.i and first.pos_ == "DET" and first.lower_ in _ARTICLE_WORDS):
        return False
    return all(c.i == first.i for c in dependents(tok, (CASE,)))


def oblique_parsed_as_subject(verb: Token, names: Callable[[Token], bool]) -> Token | None:
    """The subject of a verb without one that the parser made its oblique: a
    :func:`bare_oblique` ending right before the verb (or its auxiliary) for which ``names`` holds
    (the caller's test that the phrase names an entity; a bare noun phrase of time, ``o ano
    passado``, names none). ``None`` for a verb with a subject of its own."""
    if has_dependent(verb, (NSUBJ, NSUBJ_PASS)):
        return None
    first = min([verb.i, *(c.i for c in dependents(verb, (AUX, AUX_PASS, COP)) if c.i < verb.i)])
    for c in dependents(verb, (OBL,)):
        if c.i < first and c.right_edge.i + 1 == first and bare_oblique(c) and names(c):
            return c
    return None


def oblique_parsed_as_object(verb: Token) -> Token | None:
    """The object of a verb without one that the parser made its oblique: the first
    :func:`bare_oblique` after the verb (``rompeu a frente`` with ``a`` tagged an article and
    ``frente`` an ``obl``), else ``None``."""
    if has_dependent(verb, (OBJ,)):
        return None
    return next((c for c in dependents(verb, (OBL,)) if c.i > verb.i and bare_oblique(c)), None)


def participle_on_verb(verb: Token) -> Token | None:
    """The noun a participle modifies when the parser hung it on the verb whose object that noun
    is: ``elegeram o Conselho dos Comissários do Povo, presidido por Vladimir Lenin`` with
    ``presidido`` an ``acl`` of ``elegeram`` (a syntax encoder taught MAC-MORPHO's tags), where
    another parse hangs it on ``Conselho``. ``verb`` is a participle ``acl`` of a verb whose
    object's phrase ends right before it or before a comma before it: that object, else ``None``
    (issue 17, P64n)."""
    head = verb.head
    if verb.dep_ != ACL or head.i == verb.i or head.pos_ not in VERBAL or "Part" not in morph_values(verb, "VerbForm"):
        return None
    end = verb.i - 1 if verb.i > 0 and verb.doc[verb.i - 1].text == "," else verb.i
    return next((o for o in dependents(head, (OBJ,)) if o.i < verb.i and o.right_edge.i + 1 == end and o.pos_ in NOMINAL), None)
