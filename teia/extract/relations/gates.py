"""Checks every relation a rule found must pass before it becomes a statement (issue 20).

Two checks, the same for every construction:

* both arguments are written with words somewhere: an entity whose label and mentions have no
  word starting with two letters (``7/5``, ``5ª``, ``6/2``: a score or an ordinal the NER took
  for a name) or only words with a currency sign (``US$ 149 nos EUA`` → ``US$ headquarteredIn
  EUA``: 7 statements of four MAC-MORPHO slices, all wrong) or a unit's power (``hab./km²``), or only a form of address (``o Sr.`` of an interview), is no argument of a fact. Lower-case
  names stay (``os bolcheviques``, a unit named by a common-noun phrase, :mod:`.units`). Nor is
  an entity named only by one capitalized common noun of an institution (the
  ``organization_heads``, ``body_heads``, ``org_classifiers`` and ``lone_institution_words`` of
  ``data/entities.json``: ``entrou para a Congregação``, ``a Ordem expulsou``, ``trabalhou no
  Museu``), which says no institution in particular, unless the document names one opening with
  that word in full (``o Museu da Lourinhã ... o Museu``); the one-of-a-kind bodies of a country
  (``o Congresso``, ``o Exército``, ``a Câmara``) are in none of them. Nor is such a word in the
  plural (``trabalhos em Universidades na Franca``), whatever the document names. The
  ``lone_institution_words`` hold a country's divisions below its states too (``o Município``,
  ``a Comarca``). Nor is an argument whose mention here is one capitalized common noun that opens
  a name, a one-of-a-kind body's included, while the name goes on after it with ``de`` and a
  capitalized word or with a gentilic (:func:`cut_from_its_name`: ``a Igreja da Inglaterra``,
  ``a Igreja inglesa`` tagged ``Igreja``): the NER cut the name and kept its common noun;
* the entity categories fit the property's declared domain and range in ``teia.ttl``
  (:func:`~teia.extract.relations.mapping.property_classes`): a ``Person`` slot takes a person,
  and a person never fills a ``Place``, ``Organization``, ``Work`` or ``Event`` slot
  (``jogadores Sousa, do Rio Branco, e Pinga``: no ``memberOf`` to the person ``Pinga``). Open
  relations (``rel:…``) declare nothing and are only checked as names. Places are allowed in
  ``Agent`` and ``Organization`` slots (``o Brasil derrotou os EUA``, a country member of a
  bloc), and the categories other than the person are not told apart: the NER types clubs and
  companies as places often enough that such a check would drop right facts. Where a kind noun
  says what the subject is (``Dream Evil é uma banda``, a frame with a ``kind``), its word is
  read instead of the NER's category; where none does, a subject whose name says a place or an
  organization (:func:`named_as_place`: ``o rio Kwanza``, ``Amazonas``) fills no ``Person`` slot,
  whatever the NER typed it (``O rio Kwanza nasce em Mumbué`` is no ``bornIn``);
* the two arguments are not items of one coordination (:func:`coordinated`: ``onde trabalharam
  Niemeyer, Lúcio Costa e Le Corbusier`` gives no ``Lúcio Costa rel:trabalhar Niemeyer``),
  except in the rules that read lists off the text themselves or relate coordinated names on
  purpose (``reciprocal``);
* nor names of two items of one enumeration read off the text (:mod:`.enumerations`:
  ``autores como Shakespeare, Byron e Shelley``, ``Ana (USP), Rui (Unicamp) e Paulo (UFRJ)``),
  whatever rule made the statement, ``reciprocal`` but one: the list checks above see only two
  names side by side or conjuncts the parser joined, and the rules that read lists themselves
  missed some (7 statements of the slices at offset 9,000, all wrong);
* an open relation of ``xcomp-noun`` (a predicative noun the mapping does not cover) whose
  subject is the discourse topic or no person is no statement: none of the six open ones read
  on MAC-MORPHO news was right (four of them of that kind);
* an open relation of a clause through a ``de`` complement set off by a comma, a dash or a
  bracket (:func:`set_off_de`) is no statement: such a complement is a noun's, which the parser
  hung on the verb (``defendeu a resolução 1.401, do próprio CFM``; ``estrelam "Don Juan", de
  Otavio Frias Filho``), or a byline (``- Da Sucursal de Brasília - A PF está investigando``);
  on MAC-MORPHO news all 8 such open relations read were wrong;
* a ``nationality`` goes to a name the shipped name lists know as a place
  (:func:`known_place`; ``data/name_types.tsv``, or a country of ``data/demonyms.json``): ``Paulo
  Braga, do Cetem``, ``os ministros ...
  Beni Veras (Planejamento)``, ``Acary Souza Bulle Oliveira, do Hospital São Paulo`` are no
  nationalities (on MAC-MORPHO news 6 of the 7 such statements to other names were wrong, all 5
  to known places right);
* an open relation of a modal verb of the mapping (``modals``: ``dever``, ``poder``, ``querer``…)
  that governs an infinitive is no statement: the content is the infinitive's (read by
  ``xcomp-control``), and the modal's own "object" a misattachment (``A Microsoft deve lançar a
  planilha "Excel", o programa "PowerPoint"`` → ``rel:dever PowerPoint``; ``devem ser enviadas
  para ... a al. Barão de Limeira``): on MAC-MORPHO news all 13 such statements were wrong; a
  modal with no infinitive keeps its own objects (``deve US$ 1 bilhão ao FMI``);
* nor is an open relation of any verb whose object comes after an infinitive the verb governs
  (:func:`_past_its_infinitive`: ``decidiu empregar em frente de trabalho Júlio da Silva`` →
  ``rel:decidir Júlio da Silva``): the name is the infinitive's;
* a name of a news byline is no argument (:func:`in_byline`): the paper after ``Especial
  para a`` (``Free-lance``, ``Colaboração``) and the writer right before it (``SHEILA SCHVARZMAN
  Especial para a Folha``), which the sentence splitter leaves glued to a headline or the first
  sentence (``... paixão pessoal SHEILA SCHVARZMAN Especial para a Folha`` → ``Ocidente
  rel:entender_para Folha``): on MAC-MORPHO news all 26 such statements of four slices were wrong;
  so are a newsroom desk (``Da Reportagem Local``, ``Da Redação``, ``Da Sucursal do Rio``, ``Da
  Agência Folha``), a name in it and the writer right before it (``retoma literatura JOSÉ
  GERALDO Couto Da Reportagem Local`` → ``Vargas Llosa rel:retomar`` the writer): on a fresh
  MAC-MORPHO slice of issue 20 (20p) all 5 such open statements were wrong;
* an open relation of a verb with a direct object cut off from it by a semicolon or a lone comma
  (:func:`stray_object`: ``Mendonça pensava em Margarida; Andrade ...`` gave ``Mendonça
  rel:pensar Andrade``) is no statement: the name begins the next clause;
* an open relation of a clause through an oblique that comes after the verb's object and after
  a complement of that object (:func:`past_object_complement`: ``aproveitou a passagem de Sarney
  por São Paulo``, ``comentou ... reportagem da Folha sobre prostituição no Congresso``) is no
  statement: the parser hangs such a phrase on the verb, but it is mostly the complement's
  (where Sarney passed, where the prostitution is). A mapped frame (``opôs a Polônia de
  Piłsudski à Rússia``) vouches for the verb's preposition and keeps its relation;
* an open relation with a name of a special envoy's byline (:func:`envoy_byline`: ``NOELLY
  Russo Enviada especial a Dallas``, ``Do enviado a Los Gatos``) is no statement: on the
  MAC-MORPHO slices of issue 20 all 10 such open statements were wrong, while the byline's
  place stays a place for the typed rules (``Enviado especial a Una (BA)``: ``Una partOf BA``);
* a name that is part of a longer title in quotation marks (:func:`in_a_title`: ``lança " A
  Criança no Discurso do Outro - um Exercício de Psicanálise "``, the NER's ``Criança`` and
  ``Discurso do Outro``) is no argument: it names a piece of the title, not an entity;
* a name that comes only from a heading, a list item or a headline glued before a sentence
  (:mod:`teia.extract.headings`: ``Projeto Memória`` over ``Sobre o Projeto ... eu agradeço``,
  a book list ``Arte & Manhas Da Sedução Marion Vianna Penteado Saraiva Cr$ 3.020 ...``) is no
  argument, except in the rules that read lists themselves, a typed relation of two names of one
  such piece, a name the sentence's text names again and a subject taken from the discourse
  topic (:func:`_from_a_fragment`): on HAREM I (its training split) and two MAC-MORPHO
  slices 18 of the 19 such statements were wrong.
* in a line of dialogue opened by a dash, the name spoken to (``— Leandrinho, anda ao Jardim
  Botânico``) is no argument, nor is a name of the speech an argument of the narrator's tag after
  it (``— Justo, mas não vás cair no extremo oposto, acudiu Sofia``; :mod:`.dialogue`).

* a statement whose words (its trigger and both names, and what lies between them) overlap a
  newspaper page's furniture (:func:`on_furniture`: ``Editoria: Esporte PáGINA: 4-3``, a
  pointer ``PÁG.``), which the sentence splitter of an archive leaves glued between a headline
  and the text, is no statement: the furniture's words become names (``Fleury Editoria``,
  ``4-3 Charlotte``, ``Ibirapuera Pág``) or objects (``Luxemburgo descarta 5 no ataque
  Editoria: Esporte`` → ``rel:descartar_em Editoria``), and a headline before it is joined to
  the text after it. On the MAC-MORPHO slice at offset 15,000 (issue 20, eighteenth pass) the
  rules made 99 statements in sentences with furniture; those that overlap it were all wrong,
  while a headline's own statement before it (``Covas ataca Quércia``) and the report's after
  it (``O presidente da Venezuela, Rafael Caldera, defendeu``) stay.

And one check that keeps a statement but does not assert it (:func:`~.syntax.asked`, applied by
:mod:`.rules` and the component): a statement all of whose words (its trigger and both names)
come before a ``?`` of its sentence is read from a question, and states nothing. A yes-or-no question (``O Brasil venceu a Suécia?``) already
makes a clause hypothetical (:mod:`.modality`); a question with a question word (``Em que ano
nasceu Christian von Holst em Gdansk?``, ``Desde quando é que a Suíça é membro da UNESCO?``,
``Rudy Giuliani era o presidente da câmara de que cidade americana?``) takes a fact for granted
and asks about something else, but the fact is the asker's belief, not the text's claim (a quiz
or an interviewer's question, ``Por que o senhor deixou o PT?``, may rest on a false one): such
a statement is ``probable``, kept for a user who lowers the bar. The sixteenth pass's sample of
HAREM II dev counted 6 of 100 statements wrong for coming from a question.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from teia.extract.articles import DEFINITE_ARTICLES, OF_FORMS
from teia.extract.demonyms import load_demonyms, names_a_country, spells_a_country
from teia.extract.docindex import dependents, has_dependent
from teia.extract.entity_words import entity_words, singular_forms
from teia.extract.entities import kb_places
from teia.extract.gazetteer import known_place_or_organization, name_types
from teia.extract.headings import TITLE_SMALL_WORDS
from teia.extract.newspaper import BYLINE_WORDS, DESK, ENVOY, FURNITURE
from teia.extract.regions import load_regions, state_code
from teia.extract.quotes import QUOTE_PAIRS
from teia.extract.labels import ACL, ACL_RELCL, APPOS, CC, CONJ, LOC, NMOD, NSUBJ, NSUBJ_PASS, OBJ, OBL, PER, XCOMP
from teia.extract.relations.context import Context
from teia.extract.relations.dialogue import misread_dialogue
from teia.extract.relations.enumerations import same_enumeration
from teia.extract.relations.found import OPEN_PREFIX, TOPIC_SUFFIXES, Arg, Found
from teia.extract.relations.gaps import COMMA_GAP
from teia.extract.relations.lifespan import inside_lifespan
from teia.extract.relations.mapping import RelationMapping, property_classes
from teia.extract.relations.syntax import SET_OFF, VERBAL, case_of, first_or_second_person, set_off
from teia.folding import fold
from teia.records import Entity

__all__ = [
    "coordinated",
    "on_furniture",
    "envoy_byline",
    "in_a_title",
    "in_byline",
    "known_place",
    "known_place_name",
    "known_place_names",
    "named_entities",
    "past_object_complement",
    "plausible",
    "run_into_its_state",
    "set_off_de",
    "takes_a_person",
    "written_as_name",
]

# rules that read lists themselves (off the text) or relate coordinated names on purpose
_OWN_LIST_CHECKS = frozenset({"surface-nesting", "area-nesting", "dash-nesting", "place-chain", "bracket-parts", "lifespan", "lifespan-aside", "appos-entity", "role-name", "reciprocal"})

# rules that relate the items of one list on purpose (``Brasil e Argentina assinaram``)
_RELATES_ITEMS = frozenset({"reciprocal"})

# open relations of these rules are dropped when their subject was recovered from the topic or
# is no person: on MAC-MORPHO news none of the 6 open ones read was right, 4 of that kind
# (``"... deve ser uma opção do Telê Santana"`` given to the topic; titles of works as
# subjects), while a person's predicative
# stays (``Kolchak proclamou-se governante supremo da Rússia``), and so do mapped relations
_UNREAD_OPEN = tuple(OPEN_PREFIX + rule for rule in ("xcomp-noun",))

# ontology classes a person never belongs to
_NOT_PERSON = frozenset({"Place", "Organization", "Work", "Event"})


# currency signs: "US$ 149", "R$ 10" (the NER takes "US$" for a name)
_CURRENCY = re.compile(r"[$€£¥]")
# a unit's power: "20,42 hab./km²" of a Wikipedia place stub, which the NER takes for a name
# (11 statements of a Wikipedia slice at offset 18,000, all wrong)
_POWER = re.compile(r"[²³]")
# a Roman numeral alone: the number of a law's item (``art. 381, III, do CPC``, ``inciso IV``)
# or of a chapter, which the NER takes for a name (on LeNER-Br's training split, offset 1,800,
# 10 statements of such a name, all wrong); a king's or a pope's number follows a name of its own
# (``Luiz XIV``, ``Pio IX``), and the name stays
_ROMAN = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")


def written_as_name(text: str) -> bool:
    """Whether ``text`` has a word starting with two letters, no currency sign nor power of a
    unit, that is no Roman numeral (``Lula``, ``PT``, ``bolcheviques``, ``Luiz XIV``; not ``7/5``,
    ``5ª``, ``6/2``, ``US$``, ``hab./km²``, ``III``)."""
    return any(
        w[:2].isalpha() and len(w) >= 2 and not _CURRENCY.search(w) and not _POWER.search(w) and not _ROMAN.fullmatch(w)
        for w in text.split()
    )


def _fits(category: str, cls: str) -> bool:
    if cls == "Person":
        return category == PER
    return not (category == PER and cls in _NOT_PERSON)


def takes_a_person(predicate: str, *, subject: bool) -> bool:
    """Whether a person may fill the subject (``subject``) or the object of ``predicate``: an open
    relation's, or a typed property's whose class there is a person or one a person fits
    (:func:`_fits`)."""
    classes = property_classes().get(predicate)
    return classes is None or _fits(PER, classes[0 if subject else 1])


def named_entities(entities: Iterable[Entity], mapping: RelationMapping) -> frozenset[str]:
    """The ids of the entities with a label or mention written as a name (:func:`written_as_name`)
    that is more than a form of address (``o Sr.`` of an interview: the mapping's
    ``address_titles``), nor one institution's word alone (:func:`_lone_institution`)."""

    def a_name(text: str) -> bool:
        return written_as_name(text) and not all(w.lower() in mapping.address_titles for w in text.split())

    entities = tuple(entities)
    openings = {fold(e.label.split()[0]) for e in entities if len(e.label.split()) > 1}
    return frozenset(
        e.id
        for e in entities
        if (a_name(e.label) or any(a_name(m.text) for m in e.mentions)) and not _lone_institution(e, openings)
    )


@functools.cache
def _lone_institution_words() -> frozenset[str]:
    """The folded words that, one alone, name no institution in particular: the shipped
    ``organization_heads``, ``body_heads`` and ``org_classifiers`` of ``data/entities.json`` and its
    ``lone_institution_words``, the words none of those holds (``ordem``, ``congregacao``)."""
    w = entity_words()
    return w.organization_heads | w.body_heads | frozenset(fold(c) for c in w.org_classifiers) | w.lone_institution_words


def _lone_institution(entity: Entity, openings: set[str]) -> bool:
    """Whether ``entity`` is named only by one capitalized common noun of an institution
    (:func:`_lone_institution_words`: ``o Museu``, ``a Ordem``, ``a Congregação``), which says
    no institution in particular, while the document names none in
    full opening with that word (``openings``, the first words of its names of two or more
    words: ``o Museu da Lourinhã ... o Museu`` is that museum); or by such a word in the plural
    in every mention (``trabalhos em Universidades na Franca``), which names none whatever the
    document names (P55e)."""
    words = _lone_institution_words()
    plural = True
    for text in (entity.label, *(m.text for m in entity.mentions)):
        folded = fold(text.strip())
        if " " in text.strip() or not text[:1].isupper():
            return False
        if folded not in words:
            if not any(fold(f) in words for f in singular_forms(text.strip().lower())[1:]):
                return False
        else:
            plural = False
    return plural or fold(entity.label) not in openings


@functools.cache
def _division_nouns() -> frozenset[str]:
    """The folded one-word nouns of a country's divisions of the shipped ``regions.json``
    (``município``, ``estado``, ``mesorregião``, ``concelho``, ``distrito``)."""
    regions = load_regions()
    return frozenset(fold(noun) for noun in (*regions.levels, *regions.unranked) if " " not in noun)


def cut_from_its_name(arg: Arg, ctx: Context) -> bool:
    """Whether ``arg`` is named here by one capitalized common noun that opens a name
    (:attr:`~teia.extract.entity_words.EntityWords.name_heads`, or a country's division:
    ``Igreja``, ``Museu``, ``Governo``, ``Comarca``, ``Município``) while the name goes on right
    after it: ``de``/``do``/``da``/``dos``/``das`` (MAC-MORPHO's ``de a`` too) and a capitalized
    word (``a Igreja da Inglaterra``, ``a Comarca de Sabará``, ``a Inspetoria do IBGE``), or a
    gentilic adjective in lower case (``a Igreja inglesa``, ``o Governo francês``). The NER cut the
    name there and kept its common noun, which names no institution or place in particular: in
    the graph every ``Igreja`` of the corpus would be one node. The noun alone, with nothing of a
    name after it, is left to :func:`named_entities` (``a Igreja``, ``o Governo``, ``a Câmara``:
    a country's one-of-a-kind bodies stay)."""
    words = ctx.text[arg.start : arg.end].split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    head = fold(words[0])
    if head not in entity_words().name_heads and head not in _division_nouns():
        return False
    doc = ctx.doc
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    end = ctx.sentence(arg.token).end
    k = span.end if span is not None else end
    if k >= end:
        return False
    after = doc[k]
    if after.text[:1].islower() and load_demonyms().gentilic(after.text, regional=True):
        return True
    if after.lower_ not in OF_FORMS:
        return False
    k += 1
    if after.lower_ == "de" and k < end and doc[k].lower_ in DEFINITE_ARTICLES:
        k += 1  # MAC-MORPHO's "no Parque de a Água Funda"
    return k < end and doc[k].text[:1].isupper() and any(ch.isalpha() for ch in doc[k].text)


def plausible(found: Found, ctx: Context, named: frozenset[str]) -> bool:
    """Whether ``found`` relates two entities written as names (``named``, see
    :func:`named_entities`) whose categories fit its property (module docstring)."""
    if found.subject.entity not in named or found.object.entity not in named:
        return False
    if cut_from_its_name(found.subject, ctx) or cut_from_its_name(found.object, ctx):
        return False
    if found.rule.startswith(_UNREAD_OPEN) and (found.rule.endswith(TOPIC_SUFFIXES) or _category(found.subject, ctx) != PER):
        return False
    own_lists = found.rule.removeprefix(OPEN_PREFIX).split("+")[0] in _OWN_LIST_CHECKS
    if not own_lists and coordinated(found.subject, found.object, ctx, stray=not _own_apposition(found)):
        return False
    if found.rule not in _RELATES_ITEMS and same_enumeration(found.subject, found.object, ctx):
        return False
    if not own_lists and _from_a_fragment(found, ctx):
        return False
    if found.rule.startswith(OPEN_PREFIX) and found.trigger.pos_ in VERBAL:
        if set_off_de(found.object.token, ctx) or past_object_complement(found.object.token, found.trigger, ctx):
            return False
        if stray_object(found.object.token, found.trigger):
            return False
    if in_a_title(found.subject, ctx) or in_a_title(found.object, ctx):
        return False
    if run_into_its_state(ctx.text[found.subject.start : found.subject.end]) or run_into_its_state(ctx.text[found.object.start : found.object.end]):
        return False
    if _publisher_bracket(found, ctx):
        return False
    if found.rule.startswith(OPEN_PREFIX) and (_bracket_place(found.subject, ctx) or _bracket_place(found.object, ctx)):
        return False
    if _speaker_verb(found):
        return False
    if in_byline(found.subject, ctx) or in_byline(found.object, ctx):
        return False
    if found.rule.startswith(OPEN_PREFIX) and (_modal_of_an_infinitive(found.trigger, ctx) or _past_its_infinitive(found)):
        return False
    if found.rule.startswith(OPEN_PREFIX) and (envoy_byline(ctx.text, found.subject) or envoy_byline(ctx.text, found.object)):
        return False
    if on_furniture(ctx.text, _words_of(found), ctx.sentence(found.trigger)):
        return False
    if misread_dialogue(found, ctx.sentence(found.trigger)):
        return False
    if found.predicate in _PLACE_KNOWN and not known_place(found.object, ctx):
        return False
    if found.predicate == _KIN and any(known_place_name(ctx.labels.get(a.entity, "")) for a in (found.subject, found.object)):
        return False
    classes = property_classes().get(found.predicate)
    if classes is None:
        return True  # an open relation
    domain, range_ = classes
    if domain == "Person" and not found.subject_category and named_as_place(found.subject, ctx):
        return False
    subject = found.subject_category or _category(found.subject, ctx)  # a kind noun's word first
    return _fits(subject, domain) and _fits(_category(found.object, ctx), range_)


# a dash between spaces in an address line: "Recife - PE - CEP 52.011.260"
_LINE_DASH = re.compile(r"\s[-–]\s")


def run_into_its_state(text: str) -> bool:
    """Whether the mention ``text`` runs a place into the rest of its address line, a dash and a
    state's code (:func:`~teia.extract.regions.state_code`, its dots dropped) after the first
    part: ``Recife - PE - CEP 52.011.260``, ``Angra dos Reis - R.J.``, which the NER took for one
    name. Such a mention is no name, and the statement goes (issue 20, P69h: both such statements
    of HAREM I train were wrong); when the NER ends the place before its dash, ``dash-nesting``
    (:mod:`.dash_places`) reads the line."""
    parts = _LINE_DASH.split(text, maxsplit=2)
    return len(parts) > 1 and state_code(parts[1].replace(".", ""))


def named_as_place(arg: Arg, ctx: Context) -> bool:
    """Whether the name of ``arg`` says a place or an organization whatever the NER typed it:
    its entity's label is a name the shipped name lists almost always give as one
    (:func:`~teia.extract.gazetteer.known_place_or_organization`: ``Amazonas``, ``Petrobras``),
    or its mention or label opens with a noun of a place (``place_classifiers`` of
    ``data/entities.json``: ``o rio Itapemirim``, ``a Serra do Mar``). Such a subject takes no
    person's property (``O rio Itapemirim nasce na Serra do Caparaó`` is no ``bornIn``). The
    lists are asked about the label only: a person's shorter mention may be a place's name
    (``Ricardo França ou simplesmente França (Cariacica, 1969)``)."""
    classifiers = entity_words().place_classifiers
    label = ctx.labels.get(arg.entity, "")
    if known_place_or_organization(label):
        return True
    for name in (ctx.text[arg.start : arg.end], label):
        words = name.split()
        if len(words) > 1 and words[0].lower() in classifiers:
            return True
    return False


# rules whose subject is the agent of the verb that triggers them
_AGENT_RULES = frozenset({"svo-active", "conj-shared", "relcl"})
# the pronouns of the first and second persons, which a name may be coordinated with ("Pedro e eu fomos")
_SPEAKER_PRONOUNS = frozenset({"eu", "nós", "tu", "vós"})


def _speaker_verb(found: Found) -> bool:
    """Whether ``found`` makes a name the subject of a verb in the first or second person
    (:func:`~.syntax.first_or_second_person`): the subject is the speaker, and the name the
    parser or a coordinated clause gave it is someone else (``Fidélia consentiu em ir ..., não sei
    se com Tristão`` → ``Fidélia rel:saber_com Tristão``; ``João não digo, nem Santo Antônio``).
    A name coordinated with ``eu`` or ``nós`` keeps it (``Pedro e eu fomos a Lisboa``)."""
    verb = found.trigger
    if found.rule.removeprefix(OPEN_PREFIX).split("+")[0] not in _AGENT_RULES or verb.pos_ not in VERBAL:
        return False
    if not first_or_second_person(verb):
        return False
    near = [*verb.children, *found.subject.token.children]
    return not any(t.pos_ == "PRON" and t.lower_ in _SPEAKER_PRONOUNS for t in near)


# a bracket opened right after a name, up to a name inside it
_INTO_BRACKET = re.compile(r"\s*\([^()]*")
# the end of a quoted title and its "de"/"por" right before an author's name
_TITLE_BY = re.compile(rf"[{''.join(sorted(set(QUOTE_PAIRS.values())))}]\s*,\s*(?:de|por)\s+\Z")


def _after_a_title(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` is written as a quoted title's author (``"
    Cultura da Reclamação ", de Robert Hughes``; the ``title-author`` rule's shape,
    :mod:`~.titles`)."""
    return _TITLE_BY.search(text, max(0, start - 12), start) is not None


def _publisher_bracket(found: Found, ctx: Context) -> bool:
    """Whether ``found`` relates a person written as a quoted title's author
    (:func:`_after_a_title`) to a name in the bracket right after the person's name:
    the bracket names the work's publisher, its year or its price (``" Cultura da Reclamação ",
    de Robert Hughes (Companhia das Letras)``; ``" O Rei-Máquina ", de Jean-Marie Apostolidès
    (Editora José Olympio/Edunb, 13,47 URVs)``), not the author's body: no ``memberOf`` (issue
    20, P58c; the 4 such statements of MAC-MORPHO source order 30,000–48,000 were wrong, the
    translator of ``" Oku no hosomichi ", de Matsuo Bashô (versão inglesa de Nobuyuki Yuasa,
    ...)`` among them)."""
    for person, other in ((found.subject, found.object), (found.object, found.subject)):
        if (
            ctx.category.get(person.entity) == PER
            and person.end <= other.start
            and _INTO_BRACKET.fullmatch(ctx.text, person.end, other.start)
            and _after_a_title(ctx.text, person.start)
        ):
            return True
    return False


def _bracket_place(arg: Arg, ctx: Context) -> bool:
    """Whether ``arg`` is a place in the lifespan bracket after a name (``Heike Drechsler (...;
    Gera, 16 de dezembro de 1964) é uma ex-atleta da Alemanha``: Gera): the bracket says where
    the person was born or died (the ``lifespan`` rule reads it), and the open relations the
    parse hangs on such a place relate it to the sentence's words for the person (``Gera
    rel:ex_atleta_de Alemanha``, ``Arocena rel:conhecer_como Beto Acosta``)."""
    return ctx.category.get(arg.entity) == LOC and inside_lifespan(arg, ctx)


# how far past a sentence's ends the furniture is looked for (its own length, about)
_FURNITURE_REACH = 60


def _words_of(found: Found) -> tuple[int, int]:
    """The stretch of text from the first to the last of ``found``'s trigger and names."""
    t = found.trigger
    return (
        min(t.idx, found.subject.start, found.object.start),
        max(t.idx + len(t.text), found.subject.end, found.object.end),
    )


def on_furniture(text: str, words: tuple[int, int], sentence: Span | tuple[int, int]) -> bool:
    """Whether the stretch ``words`` of ``text`` (clipped to ``sentence``, a span or its
    character offsets) overlaps a page's furniture (:data:`teia.extract.newspaper.FURNITURE`), which may run over the
    sentence's end (the splitter may cut ``... ao time Editoria: | Esporte PáGINA: 4-4 ...``)."""
    start, end = (sentence.start_char, sentence.end_char) if isinstance(sentence, Span) else sentence
    lo, hi = max(words[0], start), min(words[1], end)
    window = (max(0, start - _FURNITURE_REACH), min(len(text), end + _FURNITURE_REACH))
    if lo >= hi or "P" not in text[window[0] : window[1]]:
        return False
    return any(m.start() < hi and lo < m.end() for m in FURNITURE.finditer(text, *window))


def _from_a_fragment(found: Found, ctx: Context) -> bool:
    """Whether an argument of ``found`` comes from a heading, a list item or a glued title
    (:func:`teia.extract.headings.fragments`) and only from there. Not: a typed relation of two
    names of one such piece (``Centro Cultural Três Rios da Secretaria da Cultura``: one noun
    phrase, read as one); a name the sentence's text names again (the heading ``Lenin`` over
    ``Vladimir Ilitch Ulianov, que ficou conhecido pelo pseudônimo de Lenin, nasceu em
    Simbirsk``); a subject recovered from the discourse topic, which a page's heading names as
    well as its text (``Józef Piłsudski`` over ``Nasceu em 5 de dezembro de 1867 em Zułów``)."""
    subject = None if found.rule.endswith(TOPIC_SUFFIXES) else _only_in_a_fragment(found.subject, ctx)
    object_ = _only_in_a_fragment(found.object, ctx)
    if subject is None and object_ is None:
        return False
    return found.rule.startswith(OPEN_PREFIX) or subject != object_


def _only_in_a_fragment(arg: Arg, ctx: Context) -> tuple[int, int] | None:
    """The fragment (token range) ``arg`` lies in, unless its sentence names its entity outside
    that fragment too."""
    piece = ctx.fragment(arg.token)
    if piece is None:
        return None
    doc = ctx.doc
    start, end = doc[piece[0]].idx, doc[piece[1] - 1].idx + len(doc[piece[1] - 1])
    sent = ctx.sentence(arg.token)
    for m_start, _, entity in ctx.mentions_in(sent.start_char, sent.end_char):
        if entity == arg.entity and not start <= m_start < end:
            return None
    return piece


def _own_apposition(found: Found) -> bool:
    """Whether ``found`` is a typed relation read off a role noun in apposition to one of its two
    names (``..., e Mário Amato, presidente da CNI``): a name that opens with ``e`` is then the
    second of two people each with a role, not a lost conjunct of the other name. An open one
    keeps the check (on MAC-MORPHO the one such open relation it let through was wrong)."""
    trigger = found.trigger
    if found.rule.startswith(OPEN_PREFIX):
        return False  # "a CINAP (e Apoio Policial), órgão subordinado ao gabinete do secretário X"
    return trigger.dep_ == APPOS and trigger.head.i in (found.subject.token.i, found.object.token.i)


def coordinated(a: Arg, b: Arg, ctx: Context, *, stray: bool = True) -> bool:
    """Whether ``a`` and ``b`` are two items of one coordination rather than two arguments: their
    head tokens are conjuncts (one the ``conj`` of the other, or both of a third); or only ``e``
    or ``ou`` stands between their names, or a comma between names of one category with the list
    going on after the second (``onde trabalharam Niemeyer, Lúcio Costa e Le Corbusier``, parsed
    as object and subject; a comma alone is an apposition, ``o presidente do partido, Jorge
    Bornhausen``, and a place before a list of people is none of it, ``Na Europa, Truffaut,
    Resnais e Fellini teorizam``); or one of them
    opens with ``e``/``ou`` without being a conjunct (``Passarinho ligou e Marcílio ...
    indagou``: ``Marcílio`` parsed as the object of ``ligou``), unless ``stray`` is false."""
    x, y = a.token, b.token
    if x.doc is not y.doc or x.i == y.i:
        return False
    if (x.dep_ == CONJ and x.head.i == y.i) or (y.dep_ == CONJ and y.head.i == x.i) or (x.dep_ == y.dep_ == CONJ and x.head.i == y.head.i):
        return True
    first, second = sorted((a, b), key=lambda arg: arg.start)
    if first.end <= second.start and not ctx.mentions_in(first.end, second.start):
        text = ctx.text
        if _AND_GAP.fullmatch(text, first.end, second.start):
            return True
        if COMMA_GAP.fullmatch(text, first.end, second.start) and ctx.category.get(a.entity) == ctx.category.get(b.entity):
            more = _LIST_ON.match(text, second.end)
            nxt = ctx.mention(more.end(), more.end() + 1) if more is not None else None
            if nxt is not None and nxt[0] == more.end():
                return True
    return stray and any(_stray_conjunct(t) for t in (x, y))


# properties whose object must be a name the name lists know as a place (a country, a state, a
# town: the NER types organizations and teams as places often enough to fill them wrongly)
_PLACE_KNOWN = frozenset({"nationality"})
# the property of kin, whose two people are no known places (:func:`known_place_name`)
_KIN = "relativeOf"


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(name for name, category in name_types().items() if category == LOC)


def known_place(arg: Arg, ctx: Context) -> bool:
    """Whether the name of ``arg`` (its mention, or its entity's label) is a place of the shipped
    name lists (``Bahamas``, ``Paraguai``, ``Santos``; not ``Cetem``, ``Planejamento``) or a
    country of the demonym lexicon (``Suíça``, which the name lists lack)."""
    places = _place_names()
    names = (ctx.text[arg.start : arg.end], ctx.labels.get(arg.entity, ""))
    return any(n in places or names_a_country(n) for n in names)


@functools.lru_cache(maxsize=4096)
def known_place_name(name: str) -> bool:
    """Whether ``name`` is a country of the demonym lexicon as written
    (:func:`~teia.extract.demonyms.spells_a_country`: ``Inglaterra``), or, folding to no country's
    name (``Argelia``, a given name, folds to ``Argélia``), a place of the shipped name lists
    (``Paris``) or the whole title of Wikipedia places only (:func:`~teia.extract.entities.kb_place`:
    ``Calcutá``, ``Saskatoon``). Asked of an entity's label, it refuses a kin statement
    (``relativeOf``) one of whose people is such a name the NER typed a person (``nasceu em
    Londres, Inglaterra, filho de James Taylor``): a person's label is the longest name the text
    gives them, seldom a place's."""
    return name in known_place_names((name,))


def known_place_names(names: Iterable[str]) -> set[str]:
    """The names among ``names`` that are :func:`known_place_name`, the knowledge base asked once
    for those the lists leave open (:func:`~teia.extract.entities.kb_places`): the labels of a
    document's people (:func:`~teia.extract.relations.kin_conjunct.named_people`) cost one lookup,
    not one per person."""
    spelled, open_ = set(), set()
    for name in set(names):
        if spells_a_country(name):
            spelled.add(name)
        elif not names_a_country(name):
            open_.add(name)
    places = _place_names()
    listed = {name for name in open_ if name in places}
    return spelled | listed | kb_places(open_ - listed)


def set_off_de(tok: Token, ctx: Context) -> bool:
    """Whether ``tok`` is a ``de`` complement (``de``, ``do``, ``da``...) right after a comma, a
    dash or an opening bracket: ``a resolução 1.401, do próprio CFM``, ``- Da Sucursal de
    Brasília -``. A verb's own ``de`` complement follows it without one (``saiu do PT``)."""
    case = case_of(tok)
    if case is None or case.i == 0 or ctx.mapping.preposition(case.lemma_ or case.text) != "de":
        return False
    return ctx.doc[case.i - 1].text in SET_OFF


# what makes an object noun phrase go on: a noun's complement, a participle, a relative clause
_OBJECT_COMPLEMENTS = (NMOD, ACL, ACL_RELCL)


def past_object_complement(tok: Token, verb: Token, ctx: Context) -> bool:
    """Whether ``tok`` lies in an oblique of ``verb`` that comes after the verb's object and after
    a complement of that object (a ``de`` noun, a participle, a relative clause): ``aproveitou a
    passagem de Sarney por São Paulo``. An oblique right after the object noun is left alone
    (``autuaram três farmácias em João Pessoa``), and so is one before it or set off by a comma
    (``promovem seminário sobre parcerias, dias 5 e 6, em São Paulo``); the words of the
    object's own name are no complement (``trocar Dante de Oliveira por Dante Alighieri``), nor is
    a clause set off by a comma (``opôs a Polônia, que acabava de ..., à Rússia``)."""
    phrase = tok
    while phrase.head.i != verb.i:
        if phrase.head.i == phrase.i:
            return False  # not under the verb
        phrase = phrase.head
    if not (phrase.dep_ == OBL or phrase.dep_.startswith(OBL + ":")):
        return False
    if set_off(phrase):
        return False  # "promovem seminário sobre parcerias, dias 5 e 6, em São Paulo": the verb's
    for obj in dependents(verb, (OBJ,)):
        if obj.i > phrase.i:
            continue
        name = ctx.entity(obj)
        for c in dependents(obj, _OBJECT_COMPLEMENTS):
            if not obj.i < c.i < phrase.i or (name is not None and name.start <= c.idx < name.end):
                continue
            if set_off(c):
                continue  # "opôs a Polônia, que acabava de recuperar a independência, à Rússia"
            return True
    return False


def stray_object(tok: Token, verb: Token) -> bool:
    """Whether ``tok``, a direct object of ``verb`` after it, is cut off from the verb by a
    semicolon or by a comma no second comma pairs (``Mendonça pensava em Margarida; Andrade ...``,
    ``Quando Pádua ... entrou na sala de visitas, Capitu, em pé, ...``): a bare object follows its
    verb, or phrases set off by commas, the first right after the verb (``comprou, em 1990, a
    Embraer``; ``promove, de 25 a 27 de novembro, em São Paulo, a 3ª Feira``); a name past a lone
    comma or a semicolon begins the next clause, whose verb the parser did not reach (on Machado
    de Assis' works, P24b). A name after another object of the verb is that object's apposition
    (``ter estendido o mesmo mandamento, a Lei n° 8.719/2008``) and stays."""
    if tok.dep_ != OBJ or tok.head.i != verb.i or tok.i <= verb.i:
        return False
    between = verb.doc[verb.i + 1 : tok.i]
    if any(t.dep_ == OBJ and t.head.i == verb.i for t in between):
        return False
    words = [t.text for t in between]
    if ";" in words:
        return True
    # a comma right after the verb opens phrases set off before its object, however many
    # ("promove, de 25 a 27 de novembro, em São Paulo, a 3ª Feira da Oportunidade")
    return bool(words) and words[0] != "," and words.count(",") % 2 == 1


def _past_its_infinitive(found: Found) -> bool:
    """Whether the object of ``found`` comes after an infinitive its verb governs (an ``xcomp``):
    ``Hélio Laurindo decidiu empregar em frente de trabalho Júlio da Silva`` → ``rel:decidir Júlio
    da Silva``; ``A Brasoft recomenda usar micro 386, ... e monitor padrão VGA`` →
    ``rel:recomendar VGA``. Such a name is the infinitive's, whose own relation ``xcomp-control``
    reads (``rel:empregar``); the verb above it, a modal or not, relates it to nothing."""
    verb = found.trigger
    if verb.pos_ not in VERBAL:
        return False
    return any(c.pos_ in VERBAL and c.i < found.object.token.i for c in dependents(verb, (XCOMP,)))


def _modal_of_an_infinitive(verb: Token, ctx: Context) -> bool:
    """Whether ``verb`` is a modal of the mapping governing an infinitive (``deve lançar``)."""
    return verb.pos_ in VERBAL and ctx.lemma(verb) in ctx.mapping.modals and has_dependent(verb, (XCOMP,))


# a byline: "Especial para a Folha", "Free-lance para o Público"
_BYLINE_BEFORE = re.compile(rf"{BYLINE_WORDS}\s+para\s+(?:a\s+|o\s+)?$", re.IGNORECASE)
_BYLINE_AFTER = re.compile(rf"\s*{BYLINE_WORDS}\s+para\b", re.IGNORECASE)
_BYLINE_WORD = re.compile(BYLINE_WORDS, re.IGNORECASE)
_BYLINE_REACH = 40


def in_byline(arg: Arg, ctx: Context) -> bool:
    """Whether the name of ``arg`` belongs to a news byline (:func:`byline_name`)."""
    return byline_name(ctx.text, arg.start, arg.end)


def byline_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` belongs to a news byline: the paper after
    ``Especial para a`` (or ``Free-lance``, ``Colaboração``), or the writer right before it (the
    NER may have taken the ``Especial`` into the name: ``JOSÉ Reis Especial para a Folha``)."""
    if _BYLINE_BEFORE.search(text[max(0, start - _BYLINE_REACH) : start]):
        return True
    if _BYLINE_AFTER.match(text, end):
        return True
    if _desk_name(text, start, end):
        return True
    name = text[start:end]
    last = name.rsplit(None, 1)[-1] if name.split() else ""
    return _BYLINE_WORD.fullmatch(last) is not None and re.match(r"\s+para\b", text[end : end + 10]) is not None


def _desk_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` belongs to a byline's newsroom desk
    (:data:`teia.extract.newspaper.DESK`), which the sentence splitter leaves glued to a headline or the first sentence:
    the desk itself or a name in it (``Da Redação No Mais!`` → ``Redação No Mais``; ``Da Sucursal
    de Brasília``), or the writer right before it, with the desk taken into the name or (when
    the name opens with a word in capitals, as a byline prints it) not (``retoma literatura JOSÉ
    GERALDO Couto Da Reportagem Local Depois de ...``). A name after the desk is the report's
    (``Da Redação Desde que ganhou o Leão de Ouro em Veneza``), and so is a headline's last name
    before it (``Escritora Dacia Maraini chega hoje ao Brasil Da Reportagem Local``)."""
    for m in DESK.finditer(text, max(0, start - _BYLINE_REACH), min(len(text), end + _BYLINE_REACH)):
        if m.start() < start < m.end() or start <= m.start() < end:
            return True
        if m.start() >= end and not text[end : m.start()].strip() and _SHOUTED_NAME.match(text, start, end):
            return True
    return False


# a writer's name as bylines print it: two words or more, the first in capitals ("JOSÉ GERALDO Couto")
_SHOUTED_NAME = re.compile(r"[A-ZÀ-Ý]{3,}\s+\S")


# a special envoy's byline: "MAURICIO STYCER Enviado especial a Los Gatos", "Do enviado a Dallas"
_ENVOY_BEFORE = re.compile(
    rf"(?:{ENVOY}|\bd[oa]s?\s+enviad[oa]s?(?:\s+especia(?:l|is))?)\s+(?:a|ao|à|aos|às|para)\s+$",
    re.IGNORECASE,
)
_ENVOY_AFTER = re.compile(rf"\s*{ENVOY}\b", re.IGNORECASE)


def envoy_byline(text: str, arg: Arg) -> bool:
    """Whether the name of ``arg`` belongs to a special envoy's byline, which the sentence
    splitter leaves glued to a headline or the first sentence: the writer right before
    ``Enviado especial``, the place after ``Enviado especial a`` or ``Do enviado a``
    (``... Argentina corta jogador e Fifa anuncia suspensão NOELLY Russo Enviada especial a
    Dallas`` → no ``rel:cortar Russo``, no ``rel:cortar_o Dallas``). Open relations only: the
    place of a byline is still a place (``Enviado especial a Una (BA)``: ``Una partOf BA``)."""
    if _ENVOY_BEFORE.search(text[max(0, arg.start - _BYLINE_REACH) : arg.start]):
        return True
    return _ENVOY_AFTER.match(text, arg.end) is not None


_OPENING_QUOTE = re.compile("|".join(re.escape(q) for q in QUOTE_PAIRS))
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def in_a_title(arg: Arg, ctx: Context) -> bool:
    """Whether the name ``arg`` lies inside quotation marks around a title it is only a part of:
    the quoted words are in title case (every word but the small ones of
    :data:`~teia.extract.headings.TITLE_SMALL_WORDS` capitalized, two at least) and one of them lies outside the name
    (``" A Criança no Discurso do Outro "``: ``Criança``). A quotation of speech has words in
    lower case (``" Lula vai ganhar "``), and a title the name covers is the name (``" Quanto
    Pesa o Vale "``, ``" A Vergonha "``)."""
    sent = ctx.sentence(arg.token)
    text = ctx.text
    opening = _OPENING_QUOTE.search(text, sent.start_char, sent.end_char)
    while opening is not None:
        i = opening.start()
        close = text.find(QUOTE_PAIRS[opening.group()], i + 1, sent.end_char)
        if close < 0:
            return False
        if i < arg.start and arg.end <= close:
            words = [(i + 1 + m.start(), m.group()) for m in _WORD.finditer(text[i + 1 : close])]
            big = [(at, w) for at, w in words if w.lower() not in TITLE_SMALL_WORDS]
            return (
                len(big) >= 2
                and all(w[0].isupper() for _, w in big)
                and any(not (arg.start <= at < arg.end) for at, _ in big)
            )
        opening = _OPENING_QUOTE.search(text, close + 1, sent.end_char)
    return False


# the text between two items of a list: "e"/"ou", after a comma or not (a comma alone: gaps.COMMA_GAP)
_AND_GAP = re.compile(r"\s*,?\s*\b(?:e|ou)\s+")
# a list going on after a name
_LIST_ON = re.compile(r"\s*(?:,\s*|\b(?:e|ou)\s+)")


def _stray_conjunct(tok: Token) -> bool:
    """A token that is no conjunct but has an ``e``/``ou`` before it as its ``cc``: the parser
    lost the coordination it opens. Not the subject of a coordinated verb without a ``cc`` of
    its own (``Lenin abriu os trabalhos, e Grigori Zinoviev foi eleito``, the ``e`` hung on
    ``Grigori``): the ``e`` joins the clauses."""
    if tok.dep_ == CONJ or not any(c.i < tok.i and c.lower_ in ("e", "ou") for c in dependents(tok, (CC,))):
        return False
    verb = tok.head
    return not (tok.dep_ in (NSUBJ, NSUBJ_PASS) and verb.dep_ == CONJ and tok.i < verb.i and not has_dependent(verb, (CC,)))


def _category(arg: Arg, ctx: Context) -> str:
    return ctx.category.get(arg.entity, "")
