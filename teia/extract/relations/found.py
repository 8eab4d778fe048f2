"""What a rule returns, and how sure it is.

:class:`Arg` is an entity argument and :class:`Found` a relation found by a rule, before
:func:`~teia.extract.relations.rules.extract_relations` makes records of it; the modality
values; :func:`make_found` gives a relation the confidence of its rule (halved for open
relations, lowered for a subject recovered from the discourse topic).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from teia.extract.articles import IN_FORMS
from teia.extract.docindex import dependents, has_dependent
from teia.extract.labels import CASE, CCOMP, LOC, NSUBJ, OBJ, PARATAXIS, PER, XCOMP
from teia.extract.relations.mapping import is_infinitive
from teia.folding import fold
from teia.records import Evidence, Relation, TimeExpression

__all__ = [
    "ASSERTED",
    "Arg",
    "CONFIDENCE",
    "Found",
    "HYPOTHETICAL",
    "OBLIGATION",
    "OPEN_FACTOR",
    "OPEN_PREFIX",
    "act_noun_open",
    "act_place_open",
    "beside_open",
    "PROBABLE",
    "PRODROP_FACTOR",
    "TOPIC_SUFFIXES",
    "REPORTED",
    "fresh_id",
    "fronted_company_open",
    "guessed_copula_open",
    "example_noun_open",
    "guessed_open",
    "kin_noun_open",
    "light_open",
    "make_found",
    "open_predicate",
    "speech_open",
    "text_relation",
    "with_prodrop",
]

ASSERTED = "asserted"
HYPOTHETICAL = "hypothetical"
OBLIGATION = "obligation"
REPORTED = "reported"
PROBABLE = "probable"
"""A statement kept but not asserted as a plain triple: a classifier's below its threshold, an
open relation of a rule whose subject was a guess from the discourse topic (:func:`guessed_open`)
or whose verb is no verb the lexicon knows (:func:`broken_open`)."""

OPEN_PREFIX = "open:"
TOPIC_SUFFIXES = ("+prodrop", "+pronoun")
"""Rule ids of relations whose subject was recovered from the discourse topic end with one of these."""
"""Rule ids of relations whose frame the mapping does not cover start with this."""

# Confidence of a mapped relation by rule; open relations get OPEN_FACTOR times that.
CONFIDENCE = {
    "svo-active": 0.8,
    "passive-agent": 0.8,
    "passive": 0.7,
    "relcl": 0.7,
    "acl-participle": 0.75,
    "xcomp-control": 0.7,
    "conj-shared": 0.7,
    "copula-noun": 0.75,
    "copula-partitive": 0.7,
    "xcomp-noun": 0.7,
    "como-noun": 0.65,
    "noun-object": 0.6,
    "adj-participle": 0.65,
    "relcl-chain": 0.55,
    "appos-title": 0.75,
    "predicate-apposition": 0.7,
    "apposed-adjective": 0.75,
    "appos-entity": 0.5,
    "genitive": 0.6,
    "surface-nesting": 0.5,
    "area-nesting": 0.6,
    "dash-nesting": 0.5,
    "place-chain": 0.5,
    "bracket-parts": 0.5,
    "container-place": 0.6,
    "adjective-complement": 0.75,
    "role-name": 0.7,
    "role-age": 0.7,
    "post-role": 0.7,
    "lifespan": 0.75,
    "lifespan-aside": 0.7,
    "possessive-kin": 0.6,
    "seat-with": 0.7,
    "reciprocal": 0.7,
}
OPEN_FACTOR = 0.5
PRODROP_FACTOR = 0.7
"""Relations whose subject was dropped and recovered from the discourse topic."""


@dataclass(frozen=True, slots=True)
class Arg:
    """An entity argument: local entity id, the char span that names it, its head token."""

    entity: str
    start: int
    end: int
    token: Token = field(compare=False, hash=False, repr=False)


@dataclass(frozen=True, slots=True)
class Found:
    """A relation found by a rule, before records are made."""

    subject: Arg
    predicate: str
    object: Arg
    trigger: Token
    rule: str
    confidence: float
    polarity: bool = True
    modality: str = ASSERTED
    time: TimeExpression | None = None
    place: str = ""
    subject_category: str = ""
    """The category the rule's own words give the subject where they say what it is (a kind
    noun's frame, :attr:`~teia.extract.relations.mapping.Frame.kind`); ``""``: the NER's."""


_LETTER = re.compile(r"[^\W\d_]")


def open_predicate(lemma: str, prep: str = "") -> str | None:
    """The open relation of a frame the mapping does not cover: ``rel:<lemma>_<prep>``; ``None``
    when the lemma has no letter (a quote mark, a dash or a number the tagger took for a verb or
    a noun, as in ``" The Jungle Book ", de Kipling``): such a word states no relation."""
    if _LETTER.search(lemma) is None:
        return None
    clean = re.sub(r"[^\w]+", "_", lemma.lower()).strip("_")
    return f"rel:{clean}_{prep}" if prep else f"rel:{clean}"


def make_found(s, predicate, o, trigger, rule, clause, polarity, modality, time) -> Found:
    """A :class:`Found` with the confidence of its rule (a clause with a dropped subject, ``clause.prodrop``, lowers it)."""
    base = rule.removeprefix(OPEN_PREFIX)
    conf = CONFIDENCE.get(base, 0.6) * (OPEN_FACTOR if rule.startswith(OPEN_PREFIX) else 1.0)
    if clause is not None and clause.prodrop:
        conf *= PRODROP_FACTOR
        rule += "+prodrop"
    return Found(s, predicate, o, trigger, rule, round(conf, 3), polarity, modality, time)


def guessed_open(f: Found) -> bool:
    """Whether ``f`` is an open relation (``rel:…``) whose subject was dropped and recovered from
    the discourse topic (``+prodrop``): on MAC-MORPHO news 9 of 29 such statements read were right
    (a new subject the parser missed, ``rola o lançamento``, ``aguardava ... o mineiro X``; a team
    for its coach; a map for the historian who wrote of it), against 5 of 7 mapped ones and 4 of 4
    open ones with a pronoun subject. It stays a statement, with modality :data:`PROBABLE`."""
    return f.rule.startswith(OPEN_PREFIX) and f.rule.endswith("+prodrop")


def guessed_copula_open(f: Found) -> bool:
    """Whether ``f`` is a :func:`guessed_open` relation of a copula's predicate noun (``É um
    trabalho de Sísifo`` → the topic ``rel:trabalho_de`` Sísifo): such a clause without a subject
    says what a thing or a situation was, seldom the topic (none right of 15 read on HAREM I and
    Machado de Assis, P50e and P50k), so it is no statement. The guesses of a relative clause
    (``a efusão com que abraçou Estácio``) and of an active clause (``estudou em Odessa``) stay
    :data:`PROBABLE`: in a novel or a biography the topic is often their subject."""
    return guessed_open(f) and f.rule == OPEN_PREFIX + "copula-noun+prodrop"


# what may come right before a capitalized word that starts a sentence of its own
_OPENERS = frozenset({":", '"', "“", "«", "(", "—", "–", "-", "'", "‘", "...", "…"})


def titled_open(f: Found) -> bool:
    """Whether ``f`` is an open relation whose verb is written with a capital inside its sentence
    (not its first word, nor after a colon, a quote or a bracket): a word of a title or of a
    headline the sentence splitter glued to the text (``O BEABÁ Do Pensamento Cresce a aplicação
    do método Filosofia``, ``" O Sucesso Não Ocorre por Acaso "``), whose names are seldom its
    arguments. On the fifteenth pass's MAC-MORPHO and Wikipedia slices the 7 such asserted
    statements were all wrong; the broken lemmas of such verbs (``cresce``) had made some of them
    probable before the verb lexicon repaired them.
    It stays a statement, with modality :data:`PROBABLE`."""
    t = f.trigger
    if not f.rule.startswith(OPEN_PREFIX) or not t.text[:1].isupper() or t.i == t.sent.start:
        return False
    return t.doc[t.i - 1].text not in _OPENERS


def light_open(f: Found, lemma: str, light_verbs: frozenset[str]) -> bool:
    """Whether ``f`` is an open relation of a light or existential verb (``lemma``, one of the
    mapping's ``light_verbs``: ``ter``, ``haver``, ``existir``, ``fazer``, ``dar``): its object is
    mostly a thing had or a figure, and the names it relates a parse's accident (``Muller tinha um
    semblante abatido, no Morumbi`` → ``rel:ter_em``; ``O FSE terá US$ 1,1 bilhão ... com o novo
    ITR``), or the meaning is in the object noun (``faz duas apresentações em Maceió`` →
    ``rel:fazer_em``, ``dá aulas na Universidade da Califórnia`` → ``rel:dar_em``). On MAC-MORPHO
    news 10 of 45 such statements of ``ter``/``haver``/``existir`` read were right (``a TQS tem o
    " CAD Madeira "``, ``os Clintons tinham 50% das ações`` in Whitewater); of ``fazer`` and
    ``dar`` 9 of 82 (``Juscelino fazia a estrada Belo Horizonte-Rio``, ``O rei George 5 lhe deu a
    Ordem do Mérito``), 33 more a true fact under a predicate that says little, 40 wrong. On the
    slices of P52e (MAC-MORPHO and Wikipedia) 2 of 28 were right (``teve como seu comando mais
    importante o 5º Exército Panzer``, ``deu à luz Indiana August``), so such a relation is no
    statement (:func:`~.rules.extract_relations`)."""
    return f.rule.startswith(OPEN_PREFIX) and lemma in light_verbs


def happening_open(f: Found, lemma: str, happening_verbs: frozenset[str], subject_category: str) -> bool:
    """Whether ``f`` is an open relation of a verb whose subject is what happens (``lemma``, one of
    the mapping's ``happening_verbs``: ``ocorrer``, ``acontecer``, ``decorrer``) with a subject
    that cannot happen: a person or a place (``subject_category``), the name a participle was hung
    on instead of the act it agrees with (``o assassinato do secretário-geral do PRI, José
    Francisco Ruiz Massieu, 48, ocorrido quarta-feira na Cidade do México``), or a name the parser
    made the verb's second subject, after another (``O fogo ... ocorreu no restaurante "Porto
    Fino", na rua Padrão`` → ``Porto Fino rel:ocorrer_em rua Padrão``). On HAREM I's training
    documents both such statements were wrong (P55e). An organization alone as the subject keeps
    it: the NER types many events so (``o 5º Leilão Bandeirantes acontece no Palace``)."""
    if not f.rule.startswith(OPEN_PREFIX) or lemma not in happening_verbs:
        return False
    if subject_category in (PER, LOC):
        return True
    subject = f.subject.token
    return any(c.i != subject.i for c in dependents(f.trigger, (NSUBJ,))) and subject.dep_ == NSUBJ


def empty_noun_open(f: Found, nouns: frozenset[str]) -> bool:
    """Whether ``f`` is an open relation of a noun (not a verb) of the mapping's ``empty_nouns``
    (``vitória``, ``surpresa``, ``destaque``, ``referência``, ``caso``, ``índice``, ``lado``...):
    such a noun names an outcome, a figure, a judgement or a spot, not a role, a kind or a work
    the two names share, and the edge says nothing of them (``Campeonato Paulista (vitória do
    Palmeiras por 3 a 2)`` → ``rel:vitória_de``; ``a Arábia Saudita, outra surpresa da Copa``;
    ``Ao lado de Ray Brown, Paquito D' Rivera`` → ``Paquito rel:lado_de Ray Brown``). On the
    issue-20 slices at offset 9,000 (MAC-MORPHO and Wikipedia) none of the asserted ones read was
    a fact worth an edge, nor any of the 5 on P52e's slices, so such a relation is no statement
    (:func:`~.rules.extract_relations`)."""
    if not f.rule.startswith(OPEN_PREFIX) or f.trigger.pos_ in ("VERB", "AUX"):
        return False
    return f.predicate.partition(":")[2].split("_", 1)[0] in nouns  # "rel:vitória_de" -> "vitória"


def _noun_of(f: Found) -> str | None:
    """The noun an open relation of a noun (not a verb) is named after (``rel:tio_avô_para`` →
    ``tio``), or ``None`` for a verb's or a mapped relation."""
    if not f.rule.startswith(OPEN_PREFIX) or f.trigger.pos_ in ("VERB", "AUX"):
        return None
    return f.predicate.partition(":")[2].split("_", 1)[0]


def kin_noun_open(f: Found, is_kin: Callable[[str], bool]) -> bool:
    """Whether ``f`` is an open relation of a noun of kin (``is_kin``:
    :meth:`~.mapping.RelationMapping.kin_noun`, ``tio``, ``filha``, ``mulher``) through another preposition
    (``rel:tio_avô_para``, ``rel:filho_em``): kin is said with ``de`` (the mapped relation), and a
    kin noun's ``para``, ``em`` or ``a`` phrase is the clause's place or goal, the trip of ``seu
    tio-avô, que partiu para Durban`` or the town of ``o filho de Pedro em Braga``, an edge that
    says nothing of the two names (issue 20, P58c: the shape of a wrong statement of the seed-199
    reading of HAREM II dev; none came up on HAREM I train, MAC-MORPHO source order
    6,000–48,000 or Machado de Assis 0–20,000). Such a relation is no statement
    (:func:`~.rules.extract_relations`)."""
    noun = _noun_of(f)
    return noun is not None and not f.predicate.endswith("_de") and is_kin(noun)


def example_noun_open(f: Found) -> bool:
    """Whether ``f`` is an open relation of a noun through ``como`` (``rel:país_como``): the
    noun's ``como`` introduces examples of its kind (``antes do Brasil, países como França,
    Holanda e Itália ocuparam o pavilhão`` → ``Brasil rel:país_como França``), which the noun
    does not relate to any other name (issue 20, P58c: the 9 such statements of MAC-MORPHO
    source order 18,000–48,000 were wrong, ``peças como " Septeto "``, ``cantores como Nusrat
    Fateh Ali Khan``). A verb's ``como`` keeps its relation (``atuou como
    assessor``). Such a relation is no statement (:func:`~.rules.extract_relations`)."""
    return _noun_of(f) is not None and f.predicate.endswith("_como")


def body_noun_open(f: Found, subject_category: str, heads: frozenset[str], text: str) -> bool:
    """Whether ``f`` is an open relation of a noun that names a body, a place or a building
    (``heads``, folded: :attr:`~teia.extract.entity_words.EntityWords.name_heads`, ``governo``,
    ``sindicato``, ``assessoria``, ``casa``) with a person for subject (``subject_category``
    :data:`~teia.extract.labels.PER`) set off after the noun's phrase by a comma, or before the
    noun as the place the clause is in: a person is none of these, so the noun relates nothing
    of hers; the parser hung her name on the body inside a role's phrase (``O candidato ... ao
    governo de Minas Gerais, Hélio Costa`` → ``Hélio Costa rel:governo_de Minas Gerais``; ``os
    presidentes dos sindicatos dos bancários de Florianópolis, Samuel Pantoja``) or made a place
    her predicate (``Roriz esteve na casa do deputado João Alves`` → ``rel:casa_de``) (issue 20,
    P61e). A name right after the noun, or a copula's subject, is the body the NER took for a
    person and keeps its relation (``o parque temático Meiji Mura em Inuyama``, ``Sabiá FM é uma
    estação de rádio``). Such a relation is no statement (:func:`~.rules.extract_relations`)."""
    noun = _noun_of(f)
    if noun is None or subject_category != PER or fold(noun) not in heads:
        return False
    trigger = f.trigger
    if f.subject.start > trigger.idx:
        return "," in text[trigger.idx : f.subject.start]
    return any(c.dep_ == CASE and c.lower_ in IN_FORMS for c in trigger.children)


def person_in_open(f: Found, object_category: str) -> bool:
    """Whether ``f`` is an open relation of a noun through ``em`` whose object is a person
    (``object_category`` :data:`~teia.extract.labels.PER`): a noun's ``em`` says where, and a
    person is no place; news writes a time so, the government a person led (``Serrano foi
    diretor do BC no governo Figueiredo`` → ``Serrano rel:diretor_em Figueiredo``; ``comandante
    militar do Sudeste no final do governo Sarney``) (issue 20, P61e). Such a relation is no
    statement (:func:`~.rules.extract_relations`)."""
    return _noun_of(f) is not None and object_category == PER and f.predicate.endswith("_em")


def act_noun_open(f: Found, subject_category: str, endings: frozenset[str]) -> bool:
    """Whether ``f`` is an open relation of a noun (not a verb) that names an act or a state (its
    word ends in one of the mapping's ``act_noun_endings``: ``presença``, ``dependência``,
    ``revelação``) with a person for subject (``subject_category``
    :data:`~teia.extract.labels.PER`): a person is no act, so the apposition or the predicate
    that made the noun hers is a misparse (``A presença de Ahmed Qurie e de Avraham Burg,
    respectivamente Presidente do Conselho Legislativo ...`` → ``Presidente do Conselho
    Legislativo rel:presença_de Ahmed Qurie``; ``na dependência do Almirante ... e o seu Director,
    quando Oficial General`` → ``Oficial General rel:dependência_de Director``) or a judgement
    (``a revelação do Santos``), and the edge says nothing of the two names. A work or an
    organization may be one (``a canção Grândola Vila Morena de José Afonso`` → ``rel:canção_de``,
    ``uma das agências de viagens de Pernambuco``) and keeps its relation. On HAREM I's training
    documents (issue 20, P44d) the 4 such statements were wrong, of 80 open ones asserted. It
    stays a statement, with modality :data:`PROBABLE`."""
    if not f.rule.startswith(OPEN_PREFIX) or f.trigger.pos_ in ("VERB", "AUX") or subject_category != PER:
        return False
    return f.predicate.partition(":")[2].split("_", 1)[0].endswith(tuple(endings))  # "rel:presença_de" -> "presença"


# what a speech verb reports: a clause ("disse à Folha que..."), an infinitive ("Em Moscou,
# Ieltsin disse estar ótimo"), or a quotation after a colon or around the verb ("afirma:
# \" ... \"", "\" ... \", perguntava Gerald Thomas")
_REPORTED = (CCOMP, XCOMP, PARATAXIS)


def speech_open(f: Found, lemma: str, speech: frozenset[str]) -> bool:
    """Whether ``f`` is an open relation of a verb of the mapping's ``speech`` (``dizer``,
    ``afirmar``, ``anunciar``...) that reports a clause, an infinitive or a quotation (a
    ``ccomp``, ``xcomp`` or ``parataxis`` dependent): what was said is the clause's (read by the quotation rules), and the
    names the verb relates are the listener, the paper or the place of the saying (``Parreira
    disse à Folha que...`` → ``rel:dizer_a Folha``; ``Ronald Brown disse em Buenos Aires que...``;
    ``Na Ferrari, o piloto Jean Alesi afirmou que...``; ``após o empate com o Ceará, Luxemburgo
    afirmara que...`` → ``rel:afirmar_com Ceará``), an edge that says nothing of them. On the
    issue-20 MAC-MORPHO slice at offset 15,000 (eighteenth pass) none of the asserted ones read
    was a fact worth an edge; on P52e's slices 1 of 12 was (``Modesto Carone escreve sobre TRAKL``,
    a heading). A speech verb with no such complement keeps its relation (``a Matec anuncia o
    Md-110``, ``concluiu o mestrado na USP``). Such a relation is no statement
    (:func:`~.rules.extract_relations`)."""
    if not f.rule.startswith(OPEN_PREFIX) or lemma not in speech or f.trigger.pos_ not in ("VERB", "AUX"):
        return False
    return has_dependent(f.trigger, _REPORTED)


def act_place_open(f: Found, object_category: str) -> bool:
    """Whether ``f`` is an open ``em`` relation of a verb to a place (``object_category``
    :data:`~teia.extract.labels.LOC`) where the verb also has a common noun for its object: the
    place where something was done to that thing, an edge that says nothing of the subject and
    the place (``Aziz Ab' Saber abre hoje em Uberlândia uma reunião`` → ``rel:abrir_em``; ``o
    Itamaraty divulgou mensagem em Brasília``; ``Lula usou em Brasília uma caminhonete``;
    ``mandou transladar para o Mosteiro dos Jerónimos em Lisboa um corpo``). A verb without
    such an object keeps it (``trabalhou em Lisboa``, ``morreu em Paris``), and so does a mapped
    frame. On the issue-20 slices of P20b (MAC-MORPHO offset 12,500, Wikipedia offset 33,000) 2
    of the 17 such statements read were a fact worth an edge (``Poussin iniciou sua carreira
    artística em Paris``, ``frequentou a escola primária em Gütersloh``). It stays a statement, with modality
    :data:`PROBABLE`."""
    if not f.rule.startswith(OPEN_PREFIX) or f.trigger.pos_ not in ("VERB", "AUX") or not f.predicate.endswith("_em"):
        return False
    return object_category == LOC and any(c.pos_ == "NOUN" for c in dependents(f.trigger, (OBJ,)))


# the predicate of a name in a ``com`` phrase: the verb's ``com`` ("rel:esboçar_com") or a noun's
# ``de`` inside it ("Com direção de Roberto de Oliveira, a Bandeirantes prepara" ->
# "rel:preparar_com_direção_de")
_COMPANY = re.compile(r"_com(?:_[^\W\d_]+_de)?$")


def fronted_company_open(f: Found) -> bool:
    """Whether ``f`` is an open ``com`` relation whose name comes in a phrase set before both the
    verb and the subject: the circumstance the clause is told in, not a partner in its act
    (``Com Marques Mendes, o PSD esboçou uma ruptura`` → ``rel:esboçar_com``; ``Com a
    expansão da pecuária no Ceará, Aurora fixou-se``; ``Com Åkerfeldt na guitarra e David Isberg
    no vocal, o Opeth ainda estava precisando``), also when the name is the ``de`` complement of
    the phrase's noun (``Com direção de Roberto de Oliveira, a Bandeirantes prepara um
    documentário`` → ``rel:preparar_com_direção_de``). A ``com`` phrase after the verb keeps its
    relation (``negocia com a Tyrrell``). On the issue-20 dumps of earlier passes and P23b's
    Bosque slice 1 such statement of 10 read was a partner (``Com a Servaz, ... a Odebrecht
    acerta o pagamento``), none of the 2 of P52e's slices. Such a relation is no statement
    (:func:`~.rules.extract_relations`)."""
    if not f.rule.startswith(OPEN_PREFIX) or not _COMPANY.search(f.predicate):
        return False
    phrase = f.object.token  # up to the dependent of the verb that holds the name: "Com A e B",
    while phrase.head.i not in (f.trigger.i, phrase.i):  # B hangs on A; "com o pseudónimo X"
        phrase = phrase.head
    return phrase.head.i == f.trigger.i != phrase.i and phrase.i < f.trigger.i and phrase.i < f.subject.token.i


def beside_open(f: Found) -> bool:
    """Whether ``f`` is an open relation through ``ao lado de`` (``rel:<verb>_a_lado_de``): a
    place beside, or a company the verb does not make a partner of its act (``Houaiss lecionou
    Latim, ao lado da Língua Portuguesa``; ``o Mogi ocupa o 8º lugar ao lado do Rio Branco``;
    ``Ao lado da Fenit foi realizada a Fenatec``). On the issue-20 dumps of earlier passes and
    P23b's slices 2 of the 10 read were a partnership worth an edge (``Cafu atuava ... ao lado de
    Doriva``, ``Dodô formou ao lado do colombiano Aristizábal uma dupla``). It stays a statement,
    with modality :data:`PROBABLE`."""
    return f.rule.startswith(OPEN_PREFIX) and "lado" in f.predicate.split("_")[1:]  # after the verb: "rel:lecionar_a_lado_de"


def broken_open(f: Found, lemma: str, known: Callable[[str], bool] = is_infinitive) -> bool:
    """Whether ``f`` is an open relation of a verb whose ``lemma`` is still no verb ``known``
    holds after :meth:`Context.lemma`'s repairs (the rules pass
    :meth:`~.mapping.RelationMapping.knows_verb`: the verb lexicon's, ``rel:salsichar`` of a noun
    tagged as a verb; with no lexicon, no infinitive, :func:`~.mapping.is_infinitive`:
    ``rel:sofr_em`` for ``sofrem``, ``rel:une_a`` for ``une`` returned as is): the predicate is no verb a user can
    query, and the statement often a misparse (a title, a noun or an adjective taken for a verb:
    ``rel:serelepe``, ``rel:melody_em``). On MAC-MORPHO and Wikipedia sentences of earlier issue-20
    passes, of 67 such statements about 30 were a true fact (``Itamar Franco reúne-se com Ciro
    Gomes``, ``A ponte ... une Vila Franca de Xira a Porto Alto``), 37 wrong. It stays a statement,
    with modality :data:`PROBABLE`."""
    return f.rule.startswith(OPEN_PREFIX) and f.trigger.pos_ in ("VERB", "AUX") and not known(lemma)


def with_prodrop(f: Found) -> Found:
    """``f`` with a subject recovered from the discourse topic: rule suffixed, confidence lowered."""
    return replace(f, rule=f.rule + "+prodrop", confidence=round(f.confidence * PRODROP_FACTOR, 3))


def fresh_id(stem: str, used: set[str]) -> str:
    """An entity id for a node a rule adds (``country0``, ``work1``): ``stem``, with ``_`` added
    until no entity of the document has it; added to ``used``."""
    new = stem
    while new in used:
        new += "_"
    used.add(new)
    return new


def text_relation(
    doc_id: str,
    sent: Span,
    trigger: tuple[int, int],
    subject: tuple[str, int, int],
    obj: tuple[str, int, int],
    predicate: str,
    rule: str,
    confidence: float,
) -> Relation:
    """An asserted relation read off the text after the rules (``demonym``, ``title-author``...):
    ``subject`` and ``obj`` are ``(entity id, start, end)``, its evidence the sentence and the
    character spans of the trigger and the two arguments."""
    evidence = Evidence(
        doc_id=doc_id,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        sentence=sent.text,
        trigger_start=trigger[0],
        trigger_end=trigger[1],
        subject_start=subject[1],
        subject_end=subject[2],
        object_start=obj[1],
        object_end=obj[2],
    )
    return Relation(subject=subject[0], predicate=predicate, object=obj[0], evidence=evidence, rule=rule, confidence=confidence)
