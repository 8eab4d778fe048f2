"""The ``teia_entities`` component: NER and gazetteer spans → mentions → document-local entities.

It runs after the NER and the gazetteer and before the event and relation components, which
refer to entities through :func:`entity_index`. Besides the entity spans, it reads the aliases
the text states (:func:`find_alias_links`): a name in parentheses after another (``a
Internacional Comunista (Komintern)``), an appositive naming (``a Terceira Internacional,
também chamada Komintern``; ``Ulianov, que ficou conhecido pelo pseudônimo de Lenin``) and an
acronym in apposition (``a Nova Política Econômica, a NEP``); a state code in brackets
(``Goiânia (GO)``, :mod:`teia.extract.regions`) is no alias but a place of its own. A
parenthesized or appositive name that the NER missed becomes a mention of the same category
(source ``"rule"``), and one the NER typed otherwise takes the category of the name it is
given for (``O Estádio Francisco Leite, apelidado de Chico Leite``). The pure work is
:func:`teia.extract.resolve.group_mentions`.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from functools import lru_cache
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from spacy.lang.pt.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from teia.extract.abbreviations import abbreviation_lexicon
from teia.extract.articles import (
    DEFINITE_ARTICLES,
    FEMININE_PLURAL_ARTICLES,
    FEMININE_SINGULAR_ARTICLES,
    FUSED_DEFINITE,
    FUSED_INDEFINITE,
    FUSED_OF,
    IN_FORMS,
    INDEFINITE_ARTICLES,
    MASCULINE_PLURAL_ARTICLES,
    MASCULINE_SINGULAR_ARTICLES,
    NAME_PARTICLES,
    OF_FORMS,
    POSSESSIVES,
    SINGULAR_OF_FORMS,
    elided_article,
)
from teia.extract.entity_words import EntityWords, entity_words
from teia.extract.characters import MASCULINE_ORDINAL_SIGNS, ORDINAL_SIGNS, capitalized_token, capitalized_word, name_roles
from teia.extract.dialogue import dialogue_person, quoted_speaker
from teia.extract.deity import deity_mentions
from teia.extract.demonyms import load_demonyms, names_a_country
from teia.extract.docindex import SpanIndex, TokenOffsets, dependents, doc_text, doc_words, end_of_line, has_annotation, has_dependent, head_past_space, morph_values, start_of_line
from teia.extract.gazetteer import KnowledgeBase, fold, given_names, known_place_or_organization, name_types, surnames
from teia.extract.headings import doc_tail, use_section_headings
from teia.extract.labels import APPOS, CASE, CONCEPT, CONJ, COP, DATE, EVENT, LOC, MISC, NMOD, NODE_CATEGORIES, NSUBJ, NSUBJ_PASS, OBJ, OBL, OBL_AGENT, ORG, PER, VALUE, WORK, XCOMP, normalize_category
from teia.extract.lifespans import LINK_WORD, lifespan_bracket, lifespan_places, part_places
from teia.extract.linking import title_types
from teia.extract.mention_types import load_type_model, retype_mentions
from teia.extract.naming import APPOSITIVE, OR_SIMPLY, TITLING_PARTICIPLE, named_by_someone
from teia.extract.newspaper import NEWSROOM_TITLE, off_the_furniture
from teia.extract.quotes import QUOTE_PAIRS
from teia.extract.predicate_types import LEAD_ARTICLES, LEAD_COPULAS, noun_type, predicate_noun_types, predicate_typed, singular_forms
from teia.extract.relations.conjugation import infinitive_of
from teia.extract.relations.contests import contest_verb_of
from teia.extract.relations.mapping import default_mapping
from teia.extract.relations.syntax import PREP_ADVERBS, case_of, flat_head, held_role, lemma_of
from teia.extract.regions import Regions, load_regions, party_bracket_after, party_mention, qualifies, state, wider_than_countries
from teia.extract.timex.lexicon import FIXED_FEASTS, MONTHS, MOVABLE_FEASTS, SEASONS, STREET_ARTICLES, WEEKDAY, WEEKDAY_WORD, YEAR, word_key
from teia.records import CLUB_SOURCE, Entity, Mention, as_category, with_span
from teia.extract.resolve import DEFAULT_CONFIG, Overrides, ResolutionConfig, acronym_of, group_mentions, is_acronym, repair_categories

__all__ = [
    "EntityIndex",
    "ABBREVIATED_TITLES",
    "PERSON_TITLES",
    "doc_id_of",
    "kb_place",
    "kb_places",
    "entity_index",
    "name_kind",
    "find_alias_links",
    "find_event_names",
    "institution_opening",
    "place_noun",
    "refine_mentions",
    "spans_to_mentions",
]

MENTIONS = "teia_mentions"
ENTITIES = "teia_entities"
Doc.set_extension(MENTIONS, default=None, force=True)
Doc.set_extension(ENTITIES, default=None, force=True)

DOC_ID_KEY = "teia_doc_id"
"""``doc.user_data`` key holding the document id (set by the pipeline before processing)."""


def doc_id_of(doc: Doc) -> str:
    return str(doc.user_data.get(DOC_ID_KEY, "")) if isinstance(doc.user_data, dict) else ""


_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "INTJ"})


def _says_what_it_is(ent: Span) -> bool:
    """The one-word span opens its sentence, right before a singular copula and an article: the
    sentence says what the name is (``Paliseul é um município da Bélgica``, ``Fightstar é uma banda``,
    ``Estocolmo é a capital``), whatever the tagger took the word for (issue 17, P63m)."""
    doc, k = ent.doc, ent.end
    return (
        ent[0].is_sent_start is True
        and k + 1 < len(doc)
        and doc[k].lower_ in LEAD_COPULAS
        and doc[k + 1].lower_ in LEAD_ARTICLES
    )


def spans_to_mentions(spans: Sequence[Span], doc_id: str) -> list[Mention]:
    """Entity spans → mentions (dates and values are left to the time component)."""
    out = []
    for ent in spans:
        category = normalize_category(ent.label_)
        if category in (DATE, VALUE):
            continue
        kb_id = ent.kb_id_
        if len(ent) == 1 and not kb_id and ent[0].pos_ in _NOT_NAME_POS and has_annotation(ent.doc, "POS"):
            # the tagger reads an address as an adverb or a preposition at random
            if not _ADDRESS.fullmatch(ent.text) and not _says_what_it_is(ent):
                continue  # a capitalized verb or adverb at the start of a sentence ("Recebe", "Ali")
        source = "gazetteer" if kb_id else "ner"
        start, end = ent.start_char, ent.end_char
        # ``ent.text`` joins the span's tokens (a ``Token`` each): the same slice of the Doc's text
        out.append(Mention(doc_id, start, end, doc_text(ent.doc)[start:end], category, source, kb_id))
    return out


# --------------------------------------------------------------------------------------
# Refining the NER's spans: boundaries, noise, categories, repeated names
# --------------------------------------------------------------------------------------

_FUNCTION_WORDS = frozenset(
    "o a os as um uma uns umas da do das dos na no nas nos em de e ou nem mas como para por pelo pela pelos "
    "pelas com ao à aos às se que quando onde segundo sobre entre até após desde contra sem este esta estes "
    "estas esse essa esses essas aquele aquela isto isso seu sua seus suas também já não exceto excepto".split()
)
_INNER_PARTICLES = frozenset("de da do das dos e del della di du van von der den la le y".split())
_INNER_BREAKS = frozenset("na no nas nos em à ao aos às com pelo pela pelos pelas".split())
"""Lowercase words that end a name inside a NER span (``Parque Nacional de Karoo na África do Sul``)."""
_COMPLEMENT_BREAKS = frozenset("em à ao às aos com".split())
"""...but not inside a name when they follow a capitalized action noun and head its complement
(:func:`_complement_inside`: ``Campanha Nacional de Prevenção ao Câncer``)."""
_ACTION_ENDINGS = ("cao", "coes", "sao", "soes", "mento", "mentos", "encia", "encias", "ancia", "ancias")
_PERSON_BREAKS = frozenset("e ou nem a".split())
"""...and, inside a person's span, the words joining two people (``Houaiss e Celso``)."""
_BREAK_PUNCT = frozenset('( ) [ ] { } , ; : « » " “ ” — – · | ! ? …'.split())
_NUMBER_PAIR = re.compile(r"\d{1,3}[-–]\d{1,3}")
"""Two numbers joined by a hyphen in one token: a score (``venceu por 99-86``), a page of a
newspaper's section (``PÁGINA: 4-1 Palmeiras``), a record of wins and losses (``Knicks 4-6``). The NER
tags one alone a person or a place, or takes it into the name beside it; no name holds one, and it
cuts a NER span (not a date, ``24-12-2007``, nor a phone number, ``2222-3333``, ``001-415 345-9278``)."""


def _number_pair(tok: Token) -> bool:
    """``tok`` is two numbers joined by a hyphen (:data:`_NUMBER_PAIR`) with no number beside it."""
    doc = tok.doc
    beside = [doc[k] for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(doc)]
    return _NUMBER_PAIR.fullmatch(tok.text) is not None and not any(t.text[:1].isdigit() for t in beside)


_DECIMAL = re.compile(r"\d+[.,]\d+")
"""A number with one decimal or thousands separator (``27,04``, ``0.0532``, ``1.500``); a phone number
(``236 200 810``, ``3499-5235``) or a bank account's (``00.33.0000.50131901229.05``) is not one."""


_COUNT = re.compile(r"\d+(?:[.,]\d+)*")
"""A number in digits, with its separators (``294``, ``1.500``, ``27,04``)."""


_AMOUNT_SCALES = frozenset("mil milhão milhões bilhão bilhões trilhão trilhões mi bi".split())
"""The words that scale a number in digits (``8,5 milhões de Ufir``, ``18 mil Ufirs``; a
headline's ``US$ 80 mi``)."""


def _amount_start(tok: Token, w: EntityWords) -> int | None:
    """Where the amount starts (its number in digits, maybe scaled and with its ``de``: ``600 URVs``,
    ``200 Ufir``, ``8,5 milhões de Ufir``) when ``tok`` is one of the ``account_units`` after one:
    the unit of an amount, no name; else None."""
    if tok.text.lower() not in w.account_units:
        return None
    k = tok.i - 1
    doc = tok.doc
    if k >= 1 and doc[k].lower_ == "de" and doc[k - 1].lower_ in _AMOUNT_SCALES:
        k -= 1
    if k >= 1 and doc[k].lower_ in _AMOUNT_SCALES:
        k -= 1
    return k if k >= 0 and _COUNT.fullmatch(doc[k].text) is not None else None


def _measure(span: Span) -> bool:
    """The NER span holds no capitalized word and a number of :data:`_DECIMAL`, or follows one, or
    opens on a number (:data:`_COUNT`) that words in lower case follow: a measure or a count, no
    name (``de área 27,04/LOC km²``, ``densidade populacional de 45,45 hab./km²/LOC``, ``767,64
    hab/km²``: the NER's places and people in Wikipedia's pages of Spanish municipalities; ``294
    págs.``/ORG, a book's data sheet in news, where running text gives the number a value). A name
    in lower case (``os mencheviques``) and a phone number (HAREM's place) hold no such number."""
    if any(capitalized_token(t) for t in span):
        return False
    before = span.doc[span.start - 1].text if span.start > 0 else ""
    if any(_DECIMAL.fullmatch(t.text) for t in span) or _DECIMAL.fullmatch(before) is not None:
        return True
    return len(span) > 1 and _COUNT.fullmatch(span[0].text) is not None and all(any(ch.isalpha() for ch in t.text) for t in span[1:])


_YEAR = re.compile(rf"^{YEAR}$")
"""A year in digits (``1941``)."""
_YEARS = re.compile(rf"{YEAR}\s*[-–/]\s*{YEAR}")
"""A range of two years (``1876-1916``, ``1930 - 1964``): eight digits, and no phone number."""
_DAY_IN_DIGITS = re.compile(rf"{YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:{YEAR}|\d{{2}})")
"""A day written in digits (``1917-11-07``, ``24-12-2007``, ``09/01/2003``): a date, and no phone number."""
_POSTAL_CODE_WORDS = frozenset({"cep", "c.e.p."})
"""The word of a Brazilian postal code (``Cep 22461-090``, ``CEP 06460-020``)."""
_PHONE_DIGITS = 7
"""The fewest digits of a phone number (``3499-5235``, ``021 585-2000``, ``(048) 281-9505``)."""


def _numbers(span: Span, category: str) -> str:
    """What a NER span of ``category`` that holds no letter is (``""`` when it holds one: a name):
    ``"place"``, a place as HAREM has it, which teia keeps: a phone number (seven digits or more,
    not a range of two years: ``021 585-2000``, ``(048) 281-9505``, ``0800 770 8552``, a bank
    account's number), whatever the NER's label (``tel. 051 221-0732``/WORK), and another number the
    NER typed a place (``Extensão interna: 4293``, ``um prédio 959``: HAREM's virtual and extended
    places); ``"none"``, no name: a year, a range of years or a day in digits (``London
    (1876-1916)``/LOC, ``De Getúlio a Castelo (1930 - 1964)``/ORG, ``no formato 1917-11-07``/ORG), another number the NER typed a person, an organization or a work,
    and a postal code with its word (``Cep 22461-090``/LOC, ``Cep 2011-040``/PER: a piece of an
    address, which HAREM marks whole). An ordinal (``44º``) and a measure (:func:`_measure`) are not
    read here."""
    words = [t.text for t in span]
    if len(words) > 1 and words[0].lower() in _POSTAL_CODE_WORDS:
        words = words[1:]
        if not any(ch.isalpha() for w in words for ch in w):
            return "none"
    text = " ".join(words)
    if any(ch.isalpha() for ch in text):
        return ""
    if _YEARS.fullmatch(text) or _YEAR.match(text) or _DAY_IN_DIGITS.fullmatch(text):
        return "none"
    return "place" if category == LOC or sum(ch.isdigit() for ch in text) >= _PHONE_DIGITS else "none"


_MONEY_SIGN = re.compile(r"(?:[A-Z][A-Za-z]{0,3})?\$[A-Z]?|[€£¥]")
"""A currency's sign (``US$``, ``R$``, ``CR$``, ``Cr$``, ``NCz$``, ``U$``, ``$``, ``€``): the NER tags
one with its amount a place, a person or an organization (``fechou a Cr$ 326,095``, ``custa R$
23,72``, ``Os US$ utilizados``); an amount of money is no name, and the sign cuts a NER span."""

_WORDS = entity_words()
"""The shipped word lists of the rules (``data/entities.json``); a user's lexicon file extends
them for one pipeline (:class:`EntityGrouper`)."""
ABBREVIATED_TITLES = frozenset(form.lower() for form in abbreviation_lexicon()["titles"])
"""The abbreviated titles and ranks of ``data/abbreviations.json`` (``prof.``, ``cmdt.``, ``eng.``), lowercased."""
PERSON_TITLES = ABBREVIATED_TITLES | _WORDS.person_titles
"""Words that put a person's name after them (``o almirante Kolchak``, ``o general francês Maxime Weygand``)."""
_OPEN_QUOTES = frozenset('" « “ \''.split())
_CLOSE_QUOTES = frozenset('" » ” \''.split())
PERSON_ROLES = _WORDS.person_roles
"""Professions and roles that put a person's name after them (``o fotojornalista Sebastião Salgado``);
unlike :data:`PERSON_TITLES`, HAREM leaves them out of the name."""
NAME_TITLES = _WORDS.name_titles
"""Titles of nobility, monarchs and the Church that with ``de`` and a place make one name (``o Barão
de Mauá``, ``o Duque de Caxias``)."""
_NOT_STREET_HEADS = frozenset({"ponte"})
"""The street nouns that, opening a person's or an organization's name, do not make it a place
(the others do: ``Avenida da Liberdade`` tagged an organization): ``Ponte`` opens clubs' names
(``Ponte Preta``) and is a surname."""
_ANY_INDEFINITE = INDEFINITE_ARTICLES | FUSED_INDEFINITE
"""The indefinite article, alone and fused with a preposition (``um``, ``numa``, ``duns``)."""


_NOT_A_STREET_BEFORE = _ANY_INDEFINITE | frozenset(
    "ao aos de em et principal maior mesma mesmo outra outro cada qualquer".split()
)
"""Words before a street noun that make it no street's name: an indefinite or a determiner
(``uma rua do Cairo``, a street of Cairo; ``a principal rodovia da Paraíba``), ``ao`` (``ao largo
da Islândia``, off Iceland's coast), a bare ``de`` or ``em`` (``o carnaval de rua do Rio Grande
do Sul``, ``crianças de rua``), ``et`` (``Silva et al.``)."""


def _line_start(tok) -> bool:
    """The token starts a sentence, a line or a Markdown heading."""
    if tok.i == 0 or tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1]
    return "\n" in prev.whitespace_ or prev.text in ("#", "##", "###", "-", "*", "•") or prev.is_space


def _compound_surname(toks: Sequence[Token], i: int, names: frozenset[str]) -> bool:
    """Whether the ``e`` at ``toks[i]`` of a person's span joins a compound surname after a
    particle (``Evando Mirra de Paula e Silva``, ``Carlos da Costa e Silva``): ``de``/``da``/``do``
    and a capitalized word before it, one capitalized word that is no given name after it, ending
    the span (``Houaiss e Celso``, ``de Sousa e Maria`` are two people)."""
    return (
        toks[i].text == "e"
        and i >= 2
        and i + 2 == len(toks)
        and toks[i - 2].text in ("de", "da", "do", "das", "dos")
        and capitalized_token(toks[i - 1])
        and capitalized_token(toks[i + 1])
        and toks[i + 1].text not in names
    )


def _complement_inside(toks: Sequence[Token], i: int, w: EntityWords = _WORDS) -> bool:
    """Whether the lowercase ``em``/``à``/``ao``/``com`` at ``toks[i]`` of a NER span heads the
    complement of the capitalized action noun before it (``-ção``, ``-são``, ``-mento``, ``-ência``,
    ``-ância``, or one of the ``complement_nouns`` of ``data/entities.json``: ``Apoio``, ``Amparo``,
    ``Preços``) and so is part of the name: ``Programa de Pós-Graduação em Ciência da Informação``,
    ``Delegacia de Proteção à Criança``, ``Fundo de Investimento à Cultura``, ``Batalhão de Ações
    com Cães``, ``Serviço Brasileiro de Apoio às Micro e Pequenas Empresas``, ``Índice de Preços ao
    Consumidor``; the complement's first word may be in lower case when a ``de`` and a capitalized word
    follow it inside the span (``Pós-Graduação em ciência da Informação e Biblioteconomia``, the
    NER's whole name). Not before the name of a place or an organization the corpora know (``a
    Fundação em São Paulo``, ``o Ministério da Educação em Brasília``: where the body is)."""
    if not (0 < i < len(toks) - 1 and toks[i].text in _COMPLEMENT_BREAKS and capitalized_token(toks[i - 1])):
        return False
    noun = fold(toks[i - 1].text)
    if not (noun.endswith(_ACTION_ENDINGS) or noun in w.complement_nouns):
        return False
    k = i + 1  # the complement's first capitalized word
    if not capitalized_token(toks[k]):
        if not (toks[k].is_alpha and k + 2 < len(toks) and toks[k + 1].lower_ in OF_FORMS and capitalized_token(toks[k + 2])):
            return False
        k += 2  # "em ciência da Informação": the capitalized words after the de
    j = k + 1
    while j < len(toks) and (capitalized_token(toks[j]) or toks[j].text in _INNER_PARTICLES):
        j += 1
    while j > k + 1 and toks[j - 1].text in _INNER_PARTICLES:
        j -= 1
    run = toks[k].doc[toks[k].i : toks[j - 1].i + 1].text
    return not (known_place_or_organization(run) or known_place_or_organization(toks[k].text))


def _unit_in_body(toks: Sequence[Token], i: int, w: EntityWords = _WORDS) -> bool:
    """Whether the ``na``/``no`` at ``toks[i]`` of a NER span joins a unit's word alone, the span's
    first, to the body it is in: ``chefe de Divisão na Coordenação Geral do INSS`` (HAREM's one
    organization, the NER's whole span), a unit's word of ``unit_heads`` before it and an institution's
    or a unit's word opening what follows (:func:`institution_opening`). The unit's word alone is no
    name of its own; a place after it is where the unit is (``o Departamento no Porto``)."""
    return (
        i == 1
        and toks[i].lower_ in ("na", "no")
        and capitalized_token(toks[0])
        and fold(toks[0].text) in w.unit_heads
        and i + 1 < len(toks)
        and capitalized_token(toks[i + 1])
        and institution_opening(toks[i + 1 : i + 2], w)
    )


def _pieces(
    doc: Doc, start: int, end: int, category: str, names: frozenset[str] = frozenset(), w: EntityWords = _WORDS
) -> list[tuple[int, int]]:
    """Token ranges of the names inside one NER span: split at punctuation, a currency's sign, an
    amount in a unit of account with its number (``600 URVs``: :func:`_amount_start`) and a number
    pair (``4-1``), at a verb, at a lowercase word that cannot sit inside a name, then trimmed of
    leading function words and trailing particles, lowercase words and punctuation, and a place's or
    a person's name of a trailing number that is not its own (``Lisboa 1998``; ``Sala 4004`` keeps
    it: :func:`_own_number`)."""
    toks = [doc[k] for k in range(start, end)]  # each Token built once (``doc[k]`` makes a new one)

    def at(k: int) -> Token:
        return toks[k - start]

    if not any(capitalized_token(t) for t in toks) and not any(_MONEY_SIGN.fullmatch(t.text) or _number_pair(t) for t in toks):
        return [(start, end)]  # a name in lower case ("os mencheviques") is the NER's, as it is
    has_pos = has_annotation(doc, "POS")
    cuts, cur = [], start
    money = False  # inside an amount of money: its sign and the numbers after it ("R$ 14,50 Trakl")
    for k in range(start, end):
        t = at(k)
        low = t.text.lower()
        money = _MONEY_SIGN.fullmatch(t.text) is not None or (money and not any(ch.isalpha() for ch in t.text))
        brk = t.text in _BREAK_PUNCT or money or _number_pair(t)  # "CR$ 4.300,00", "4-1": no name
        amount = _amount_start(t, w)  # "acertou pagar 600 URVs", "Rocco 21,98 URVs Jovem": an amount, no name
        brk = brk or amount is not None
        brk = brk or t.text.startswith(LINK_WORD)  # "[URLTOKEN Mamadou Sakho]": a link's address, no name
        if not brk and k > start and t.text[:1].islower() and not elided_article(t.text):
            brk = (
                (low in _INNER_BREAKS and not (category != PER and (_complement_inside(toks, k - start, w) or _unit_in_body(toks, k - start, w))))
                or (category == PER and low in _PERSON_BREAKS and not _compound_surname(toks, k - start, names))
                or (has_pos and t.pos_ in ("VERB", "AUX") and low not in _INNER_PARTICLES)
            )
        if not brk and category == PER and t.text == "&":
            brk = True
        if brk and t.text == "," and category != PER and _comma_inside_name(toks, k - start, w):
            brk = False
        if not brk and "\n" in t.text and t.is_space:
            brk = True  # a line break the tokenizer made a token of its own: no name goes over it
        if brk:
            cuts.append((cur, k if amount is None else max(cur, amount)))  # the amount's number goes with its unit
            cur = k + 1
        elif k > start and "\n" in at(k - 1).whitespace_:
            cuts.append((cur, k))  # "Organização da Informação\nCoordenador": the line ends the name
            cur = k
    cuts.append((cur, end))
    out = []
    for a, b in cuts:
        while a < b and (at(a).is_punct or at(a).text.lower() in _FUNCTION_WORDS) and (
            at(a).text[:1].islower() or at(a).is_punct or (b - a > 1 and capitalized_token(at(a + 1)))
        ):
            a += 1
        a = _after_classifier(toks, a - start, b - start, w) + start  # "no estado norte-americano de Pensilvânia"
        a = _after_modifiers(toks, a - start, b - start, w) + start  # "a linda Marcela", "o cubano Orestes Lorenzo"
        while b > a and (
            at(b - 1).is_punct and at(b - 1).text not in (".",) or at(b - 1).text.lower() in _INNER_PARTICLES
            or (at(b - 1).text[:1].islower() and not elided_article(at(b - 1).text))
            or (category in (PER, LOC) and at(b - 1).text.isdigit() and b - a > 1 and not _own_number(toks, a - start, b - start, w))
            or _closing_weekday(toks, a - start, b - start, category, w)
        ):
            b -= 1
        if b > a and at(b - 1).text == "." and b - a > 1 and at(b - 2).whitespace_:
            b -= 1  # a sentence's full stop swallowed by the span ("Mills .")
        if b > a and any(capitalized_token(at(k)) for k in range(a, b)):
            out.append((a, b))
    return out


_WEEKDAY_WORD = re.compile(WEEKDAY_WORD, re.I)
_WEEKDAY = re.compile(WEEKDAY, re.I)


def _closing_weekday(toks: Sequence[Token], a: int, b: int, category: str, w: EntityWords = _WORDS) -> bool:
    """Whether the name ``toks[a:b]`` ends in a capitalized day of the week the NER ran it into
    from a listing (``Auditório Cláudio Santoro Terça``, ``Teatro Municipal Sexta-Feira``), after
    a capitalized word. Not a weekday of the name's own, which opens it or has words after it
    (``Quinta da Regaleira``, ``Domingo de Ramos``, ``Sexta-Feira Santa``), nor in a name the
    lists know (``Santo Domingo``); a person's names are left alone (``Plácido Domingo``), unless
    a place's, a venue's or a premises' noun opens it (the NER's person ``Auditório Cláudio Santoro
    Terça``). ``Segunda`` to ``Sexta`` without ``-feira`` are ordinals too (``Cláusula Sexta``):
    cut only after two words or more."""
    if category == PER and not (_place_headed(toks[a], w) or fold(toks[a].text) in w.premises_heads):
        return False
    last = toks[b - 1].text
    if b - a < 2 or not capitalized_token(toks[b - 1]) or not _WEEKDAY_WORD.fullmatch(last) or not capitalized_token(toks[b - 2]):
        return False
    if b - a < 3 and not _WEEKDAY.fullmatch(last):
        return False
    return not known_place_or_organization(toks[a].doc[toks[a].i : toks[b - 1].i + 1].text)


def _own_number(toks: Sequence[Token], a: int, b: int, w: EntityWords = _WORDS) -> bool:
    """Whether the number ending the name ``toks[a:b]`` is the name's own: right after a noun of
    ``numbered_places`` opening it, a code in capitals maybe between (``Sala 4004``, ``Terminal
    1``, ``Rodovia SP 330``, ``Hangar 110``), or right after a street noun (``Rua 7``), however the NER
    typed the name. Any other number ending a place's or a person's name is none of it (``Lisboa
    1998``: a year; ``Brasil 2``: a score)."""
    if w.street_noun(toks[a].text) and b - a == 2:
        return True
    if fold(toks[a].text) not in w.numbered_places:
        return False
    between = [t.text for t in toks[a + 1 : b - 1]]
    return not between or (len(between) == 1 and between[0].isalpha() and between[0].isupper() and len(between[0]) <= 3)


_ADJECTIVE_ENDINGS = (
    "al", "ar", "ico", "ica", "ivo", "iva", "ário", "ária", "oso", "osa", "ense", "ista", "il", "vel", "ório", "ória",
    "ado", "ada", "ano", "ana", "eiro", "eira", "ês", "esa",
)
"""Endings of Portuguese adjectives (``Cultural``, ``Tecnológica``, ``Recreativa``, ``Desportiva``);
the tagger reads them as proper nouns inside a name."""


def _after_classifier(toks: Sequence[Token], a: int, b: int, w: EntityWords = _WORDS) -> int:
    """Where the name starts in ``toks[a:b]`` when it opens with a place noun in lower case
    (:func:`place_noun`: ``estado``, ``distrito``, ``ilha``), up to two lowercase words after it
    (``norte-americano``) and its ``de``/``do``/``da``: the capitalized words after them
    (``distrito de Gänserndorf``, ``estado norte-americano de Pensilvânia``: HAREM's names, which
    leave the noun out; the relations read the place through the noun,
    :func:`teia.extract.relations.divisions.division_name`); else ``a``. Not a noun right before
    a name (``rio Tietê``, ``cidade São Luís``), nor a street's (``rua do Ouvidor``: the street,
    :func:`_street_start`)."""
    if b - a < 3 or not toks[a].text[:1].islower() or not place_noun(toks[a].text.lower(), w):
        return a
    j = a + 1
    while j < b and j - a <= 2 and toks[j].text[:1].islower() and toks[j].text.lower() not in OF_FORMS and toks[j].text.replace("-", "").isalpha():
        j += 1
    if j + 1 < b and toks[j].text.lower() in OF_FORMS and capitalized_token(toks[j + 1]):
        return j + 1
    return a


_MODIFIER_POS = frozenset({"ADJ", "NUM", "DET", "VERB", "AUX", "ADV", "PRON"})
"""The tags of the lowercase words that, opening a NER span, are no part of the name after them."""


def _after_modifiers(toks: Sequence[Token], a: int, b: int, w: EntityWords = _WORDS) -> int:
    """Where the name starts in ``toks[a:b]`` when it opens with words in lower case the tagger
    calls adjectives, numerals, determiners, verbs or adverbs (:data:`_MODIFIER_POS`): the first
    capitalized word after them (``a linda Marcela``, ``o cubano Orestes Lorenzo``, ``trinta
    Zumbaias``, ``puxa este Santo Inácio``: HAREM's names, and the graph's, have no such word),
    or a gentilic in lower case however tagged, a region's too (``o cubano Orestes Lorenzo``, where
    the tagger reads ``cubano`` as a noun; ``o gaúcho``); else ``a``. A title or a trade stays (``senhor``, ``professor``:
    HAREM keeps them in the person's mention), and so do classifier, street and place nouns."""
    j = a
    while j < b - 1 and toks[j].text[:1].islower() and (toks[j].pos_ in _MODIFIER_POS or load_demonyms().gentilic(toks[j].text, regional=True)):
        low = toks[j].text.lower()
        if low in PERSON_TITLES or low in PERSON_ROLES or low in NAME_TITLES or low in _classifiers(w) or fold(low) in w.street_nouns:
            return a
        j += 1
    return j if j > a and capitalized_token(toks[j]) else a


def _comma_inside_name(toks: Sequence[Token], i: int, w: EntityWords = _WORDS) -> bool:
    """Whether the comma ``toks[i]`` of a NER span is part of the name: before a company suffix
    (``company_suffixes``) that ends the span (``..., Lda``), in an event's name listing what it is
    about, or in an institution's listing what it deals with (:func:`institution_opening`), the
    list whole in the span (``Feira da Ciência, Tecnologia e Inovação``, ``Ministério da Indústria,
    Comércio e Turismo``, :func:`_listed_items`; each item with its own ``de`` and article, ``Comissão
    da Política Regional, dos Transportes e do Turismo``, :func:`_listed_portfolios`), or, in a name
    opening with a word of ``non_person_words`` (an
    institution's), between
    capitalized adjectives coordinated by ``e`` (``Escola Tecnológica, Artística e Profissional
    de Pombal``, ``Associação Cultural, Recreativa e Desportiva da Marquiteira``; a list of names,
    ``Lisboa, Porto e Coimbra``, is no name)."""
    if i == 0 or i + 1 >= len(toks):
        return False
    doc = toks[0].doc
    if has_annotation(doc, "SENT_START") and _listed_lead(doc, toks[0].sent.start) == (toks[0].i, toks[-1].i + 1):
        return True  # "Saus, Camallera i Llampaies é um município": one name (_across_listed_lead)
    if i + 2 == len(toks) and toks[i + 1].text.lower().rstrip(".") in w.company_suffixes:
        return True
    if _event_opening(toks[:i], w) or institution_opening(toks[:i], w):
        listed = _listed_items(toks[i].doc, toks[i].i, w)
        if listed is not None and listed[1] <= toks[-1].i + 1:
            return True
    if institution_opening(toks[:i], w):
        listed = _listed_portfolios(toks[i].doc, toks[i].i, w)
        if listed is not None and toks[0].i < listed[0] and listed[1] <= toks[-1].i + 1:
            return True
    head = next((t for t in toks[:i] if capitalized_token(t)), None)
    if head is None or fold(head.text) not in w.non_person_words:
        return False

    def adjective(k: int) -> bool:
        t = toks[k] if k < len(toks) else None
        return t is not None and capitalized_token(t) and (t.pos_ == "ADJ" or t.text.lower().endswith(_ADJECTIVE_ENDINGS))

    if not (adjective(i - 1) and adjective(i + 1)):
        return False
    k = i + 2
    while k + 1 < len(toks) and toks[k].text == "," and adjective(k + 1):
        k += 2
    return k + 1 < len(toks) and toks[k].text.lower() == "e" and adjective(k + 1)


def _owner_split(
    doc: Doc, pieces: list[tuple[int, int]], category: str, names: frozenset[str], w: EntityWords = _WORDS
) -> list[tuple[int, int]]:
    """An organization or place name ending with ``de`` + a person's name (a known given name and
    more capitalized words) is two names: ``Primeiro Exército de Cavalaria de Semion Budionni``; not
    a division or a place noun alone before it (``place_classifiers``, the ``area_levels`` of
    ``regions.json``), which a person's name names: ``Condado de Jo Daviess``, ``Condado de Jim Wells``."""
    if category not in (ORG, LOC):
        return pieces
    out = []
    for a, b in pieces:
        cut = None
        for k in range(a + 1, b - 2):
            if doc[k].text in SINGULAR_OF_FORMS and doc[k + 1].text in names and all(capitalized_token(t) for t in doc[k + 1 : b]):
                if k == a + 1 and place_noun(doc[a].text.lower(), w):
                    break
                cut = k
                break
        out.extend([(a, cut), (cut + 1, b)] if cut is not None else [(a, b)])
    return out


_FEATURE_NOUNS = frozenset({"baía", "ferrovia", "golfo", "lago", "monte", "rio", "serra"})
"""Place nouns of a natural feature or a line whose ``de`` complement is often another place, the
one it belongs to or runs by (``o golfo da Finlândia``, ``a baía de São Francisco``): no place of
:func:`place_noun`, whose complement is its name."""


def place_noun(word: str, w: EntityWords = _WORDS) -> bool:
    """``word`` (lower case) is a place noun whose ``de`` complement is the place's own name: one of
    the ``place_classifiers`` or a division of ``regions.json``'s ``area_levels`` or
    ``unranked_divisions`` (``cidade``, ``distrito``, ``condado``, ``ilha``: ``a cidade de Faro`` is
    Faro), not a natural feature's
    (:data:`_FEATURE_NOUNS`: ``o golfo da Finlândia`` is not Finland)."""
    regions = load_regions()
    return (word in w.place_classifiers or word in regions.levels or word in regions.unranked) and word not in _FEATURE_NOUNS


def _role_word(tok: Token, w: EntityWords = _WORDS) -> str:
    """The title or trade (``person_titles``, ``person_roles``) that the capitalized word ``tok``
    is, in the singular (``Presidentes`` → ``presidente``, ``Ator`` → ``ator``), else ``""``; not a
    word in capitals nor an abbreviation."""
    if not capitalized_token(tok) or tok.text.isupper() or not tok.is_alpha:
        return ""
    return _role_form(tok.text.lower(), w)


def _role_form(word: str, w: EntityWords = _WORDS) -> str:
    """The title or trade (``person_titles``, ``person_roles``) that ``word`` (lower case) is, in
    the singular (``médicos`` → ``médico``), else ``""``."""
    return next((f for f in singular_forms(word) if f in w.person_titles or f in w.person_roles), "")


def _office_body(doc: Doc, a: int, b: int, w: EntityWords = _WORDS) -> int | None:
    """Where the body starts in the name ``doc[a:b]`` that opens with a title or trade and its
    ``de``/``do``/``da`` when the office is no one's name: capitalized in the plural (``Os
    Presidentes do Parlamento Europeu``, ``Os Ministros da Agricultura``: its holders), in the
    singular as a sentence's first word, capitalized only for being first (``Candidato do PSDB
    passa...``, ``Diretor da Fiesp diz...``, ``Reitor da Escola de Minas, ...``: a headline's or a
    lead's description, the body its only name, as HAREM has it, ``Professor titular da Escola de
    Engenharia da UFMG``), or in lower case (``secretário executivo do MCT`` inside the NER's span).
    None for any other name: a singular office after its article or inside a sentence stays one
    person's mention (``o Presidente da República disse``, ``a Professora da Faculdade de
    Direito``, ``o Secretario Executivo do MCT``), as HAREM and the NER have it, and so does a
    singular portfolio's (``Ministro da Fazenda diz...``: :func:`_portfolio`, no body's name), an
    office of a kind's noun (``predicate_nouns``: ``Presidente da República viaja``) and the
    titles of ``name_titles``, which with their ``de`` and a place make a name (``Barões de
    Mauá``)."""
    if b - a < 3:
        return None
    first = doc[a]
    if doc[a + 1].lower_ not in OF_FORMS:
        if b - a < 4 or doc[a + 1].pos_ != "ADJ" or not doc[a + 1].text[:1].islower() or doc[a + 2].lower_ not in OF_FORMS:
            return None  # "secretário executivo do MCT", "Professor titular da Escola...": one adjective
        j = a + 3
    else:
        j = a + 2
    if not capitalized_token(doc[j]):
        return None
    kind = b - j == 1 and doc[j].lower_ in w.predicate_nouns  # "da República": a kind's noun, no body's name
    if first.text[:1].islower():
        role = _role_form(first.lower_, w) if first.is_alpha else ""
        return j if role and role not in w.name_titles and not kind else None  # "ministro da Fazenda": the ministry, as the units have it
    role = _role_word(first, w)
    if not role or role in w.name_titles:
        return None
    if role != first.lower_:
        return j  # a plural: the holders of an office
    if role in w.portfolio_titles or not _line_start(first) or kind:
        return None  # "o Presidente da República disse", "Presidente da República viaja": one person, as HAREM has it
    return j


def _singular_office(doc: Doc, span: Span, w: EntityWords = _WORDS) -> bool:
    """Whether ``span`` is a singular office capitalized inside a sentence, its ``de`` and a
    capitalized word (``com o Presidente do Conselho e``): one person's mention, as
    :func:`_office_body` keeps it, whatever the tagger made of its words (a syntax encoder taught
    MAC-MORPHO's tags makes ``Presidente`` a common noun; issue 17, P64n). Not a title of
    ``name_titles`` (``Barão de Mauá``: a name of its own, read elsewhere)."""
    if len(span) < 3 or _line_start(span[0]) or span[1].lower_ not in OF_FORMS or not capitalized_token(span[2]):
        return False
    role = _role_word(span[0], w)
    return bool(role) and role == span[0].lower_ and role not in w.name_titles


def _area_body(doc: Doc, a: int, b: int, category: str, known: dict[str, str], w: EntityWords = _WORDS) -> int | None:
    """Where the body starts in the name ``doc[a:b]`` that follows a role of ``area_roles`` in lower
    case and a bare ``de`` and opens with an area of the body's work, the area and the body joined
    by ``do``/``da``/``dos``/``das``: ``o diretor de Assuntos Internacionais do Banco Central``,
    ``o diretor de Administração do BC``, ``o coordenador de Garantia da Qualidade da Encol
    Engenharia``. The area is no name of its own, the role's body is (the person is the bank's
    director); None for any other name: after ``do``/``da`` (``o coordenador do Grupo Permanente
    de Política Industrial da Fiesp``, ``o chefe do Comando Sul da Otan``: a named unit) and for a
    unit heading the name (``unit_heads`` and the institutions' words: ``o diretor de Departamento
    de História da USP``). The body is the first after a ``do``/``da`` that is a known organization, an
    acronym or opens with an institution's or a unit's word, else the last when the NER called the
    whole an organization and it is no known place or person."""
    if a < 2 or b - a < 3 or doc[a - 1].lower_ != "de" or doc[a - 2].lower_ not in w.area_roles:
        return None
    heads = w.unit_heads | w.organization_heads | w.institution_heads | w.body_heads | w.non_person_words
    if not doc[a - 2].text[:1].islower() or fold(doc[a].text) in heads:
        return None
    last = None
    for k in range(a + 1, b - 1):
        if doc[k].lower_ in FUSED_OF and capitalized_token(doc[k + 1]):
            body, first = doc[k + 1 : b].text, doc[k + 1].text
            if known.get(body) == ORG or is_acronym(first) or fold(first) in heads:
                return k + 1
            last = k + 1
        elif not (capitalized_token(doc[k]) or doc[k].lower_ in _INNER_PARTICLES):
            return None
    if last is not None and category == ORG and known.get(doc[last:b].text) not in (LOC, PER):
        return last
    return None


def _heading_word(doc: Doc, a: int, b: int, category: str, names: frozenset[str], w: EntityWords = _WORDS) -> bool:
    """The first word of the name ``doc[a:b]`` that opens a sentence or a line is a Wikipedia
    section's heading (``section_headings``) that a text without its line breaks glues to the
    section's first sentence, and the rest is a name: a person's, a known given name first
    (``Biografia Ivan Moré estreou``, ``Vida Wendy Williams nasceu``) or, when the NER called it a
    person, proper nouns ending in a known surname (``Biografia Thalita Oliveira nasceu``,
    ``Biografia Susana Félix nasceu``: the given name unknown, the surname shaped like an
    adjective); a place or an organization the annotated corpora almost always give as such,
    alone after the heading, whatever the NER's category (``Economia Bogotá é``); or proper nouns that are no
    adjective the NER called a place or a person (``Geografia Rio Bonito pertence``, ``História
    Palmópolis, distrito criado em 1953``), or two proper nouns or more, of any type, after the
    heading and its adjective (:func:`_heading_adjective`: ``Discografia Leona Lewis lançou``,
    ``Vida Pessoal Carolina Kostner nasceu``); or the rest opens with another heading (``Biografia
    Vida pessoal Jason Brooks``) or with the sentence's verb or adverb (``História Nasceu em
    Pirmasens``, ``História Pouco depois``), no name. Not before a particle (``História do
    Brasil``) nor an adjective (``História Natural``, ``Economia Política``), nor a name of one word
    the NER called an organization or a concept (``Vida Nova``)."""
    if b - a < 2 or fold(doc[a].text) not in w.section_headings:
        return False
    if not (_line_start(doc[a]) or fold(doc[a - 1].text) in w.section_headings and _line_start(doc[a - 1])):
        return False
    nxt = doc[a + 1]
    if not capitalized_token(nxt) or nxt.lower_ in _INNER_PARTICLES or "\n" in doc[a].whitespace_:
        return False
    if fold(nxt.text) in w.section_headings or nxt.pos_ in _SENTENCE_OPENING_TAGS:
        return True
    if nxt.text in names and b - a >= 3:
        return True
    if category == PER and b - a >= 3 and doc[b - 1].text in surnames() and all(
        t.pos_ == "PROPN" and capitalized_token(t) for t in doc[a + 1 : b]
    ):
        return True  # "Biografia Thalita Oliveira nasceu": a person's name ending in a known surname
    if b - a == 2 and known_place_or_organization(nxt.text):
        return True  # "Economia Bogotá é o principal centro": a known place alone after the heading
    rest = a + 1 + _heading_adjective(doc, a + 1, b, names)
    if b - rest >= 2 and _proper_name_opening(doc[rest]) and all(
        t.pos_ == "PROPN" and not t.text.lower().endswith(_ADJECTIVE_ENDINGS) for t in doc[rest:b]
    ):
        return True
    return category in (LOC, PER) and all(
        t.pos_ == "PROPN" and not t.text.lower().endswith(_ADJECTIVE_ENDINGS) for t in doc[a + 1 : b] if capitalized_token(t)
    )


_INFLECTED_VERB = re.compile(r"(?:ou|aram|eram|iram|riam)$")
"""Endings that make a verb form of the verb lexicon a finite verb and hardly a name's word: the
third person of the past (``Colaborou``, ``Perguntou``, ``Colaboraram``) and the conditional
plural (``Teriam``). Not the present's endings, which surnames and nouns share (``Costa``,
``Faria``, ``Vale``, ``Casa``, ``Mancha``), nor the gerund's, which given names share (``Rolando``,
``Armando``, ``Orlando``)."""


def _sentence_opener(doc: Doc, a: int, b: int, known: Mapping[str, str], names: frozenset[str], w: EntityWords = _WORDS) -> bool:
    """The first word of the name ``doc[a:b]`` opens a sentence or a line and is the sentence's
    adverb, conjunction or interjection (``sentence_openers``: ``Ontem Branco não treinou``,
    ``Agora Courier disputa``, ``Tanto Anne Klein quanto``, ``Pois Parreira cultiva``, ``Ô
    Gilberto``) or its verb, a past or conditional form of the verb lexicon
    (:data:`_INFLECTED_VERB`: ``Colaborou Mário Simas``, ``Perguntou Covas``, ``Teriam
    Barrichello``), that the NER took into the capitalized name after it: the name is the rest. Not
    a given name, a name the lists know (whole or its first word) nor a word in capitals, and
    only before a capitalized word that is no particle nor a function word (``Passeando Pela
    História De São Paulo``, a course's title, stays as the NER has it)."""
    if b - a < 2 or not _line_start(doc[a]):
        return False
    first, nxt = doc[a], doc[a + 1]
    if not capitalized_token(nxt) or nxt.lower_ in _INNER_PARTICLES or nxt.lower_ in _FUNCTION_WORDS or "\n" in first.whitespace_:
        return False
    if first.text in names or first.text in known or doc[a:b].text in known or first.text.isupper():
        return False
    low = first.text.lower()
    if low in w.sentence_openers:
        return True
    return first.is_alpha and len(low) > 3 and _INFLECTED_VERB.search(low) is not None and _verb_form(low)


def _opening_noun_of(doc: Doc, a: int, b: int, known: Mapping[str, str], w: EntityWords = _WORDS) -> bool:
    """The first word of the name ``doc[a:b]`` opens a sentence or a line, a common noun (the
    tagger's ``NOUN``) that only the sentence's capital writes capitalized, and ``de``/``do``/``da``
    after it joins it to a name the lists know or an acronym, the rest of the span: a news
    headline's subject the NER took whole (``Pesquisa do Datafolha em 12 estabelecimentos``,
    ``Lojas de SP começam``, ``Supermercados de São Paulo promovem``); the name is the rest. Not a
    word heading an institution's, a body's or a unit's name nor a place noun (``Secretaria da
    Fazenda reduziu``, ``Estado de São Paulo``, the tagger's ``NOUN`` or not), nor a title or a
    role (``Barão de Limeira``, a street's name; ``Candidato do PSDB passa``, an office whose body
    :func:`_office_body` keeps), nor a span the lists or the Wikipedia places know whole (``Castelo
    de Vide``), nor a singular noun before a place's name, a town's name as often (``Ponte de
    Lima``; ``Lojas de SP``, a plural, names none)."""
    if b - a < 3 or not _line_start(doc[a]) or doc[a].pos_ != "NOUN" or doc[a + 1].lower_ not in OF_FORMS:
        return False
    first, rest = doc[a], doc[a + 2 : b]
    if not (capitalized_word(first.text) and not first.text.isupper()) or doc[a:b].text in known or "\n" in first.whitespace_:
        return False
    low = first.lower_
    if institution_opening(doc[a : a + 1], w) or place_noun(low, w) or first.text in known:
        return False
    if low in PERSON_TITLES or low in w.name_titles or _role_form(low, w):
        return False  # "Barão de Limeira", a street; "Candidato do PSDB passa": an office and its body (:func:`_office_body`)
    if not (rest.text in known or (len(rest) == 1 and is_acronym(rest.text))):
        return False
    if known.get(rest.text) == LOC and not low.endswith("s"):
        return False  # "Ponte de Lima", "Vila de Rei": a singular noun and a place's name may be a town's name
    return not kb_place(doc[a:b].text)  # "Caldas da Rainha", "Castelo de Vide": a town's whole name


def _mention_tokens(doc: Doc, mentions: Iterable[Mention]) -> set[int]:
    """The indexes of the tokens any of ``mentions`` covers, in one pass over them."""
    out: set[int] = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _cut_start(doc: Doc, a: int, category: str, taken: Collection[int], names: frozenset[str], w: EntityWords = _WORDS) -> bool:
    """The capitalized word right before the NER's name opening at token ``a`` is the name's first
    word, which the NER left out: inside a sentence, after a lowercase word and one space, in no
    other mention (token indexes ``taken``), and no function word, particle, sentence opener,
    title, trade, month, season or weekday (``a Média do Júri Folha``, ``no Madison Square
    Garden``, ``do Produto Interno Bruto``, ``o trabalho do pivô LeRon Ellis``, the NER's
    ``Folha``, ``Square Garden``, ``Interno Bruto``, ``Ellis``). Not opening a sentence or a line,
    where a capital tells nothing (``Ontem Branco``: :func:`_sentence_opener`), nor a title's or a
    trade's word (``o Presidente Lula``, ``o Técnico Parreira``), a Roman numeral (``do século XVII
    Pierre de Fermat``) or a word a hyphen glues to another (``o Espanha- Dinamarca``). Before a
    person, not after ``de``/``do``/``da`` (``o ministro das Finanças Theo Waigel``: the portfolio)
    nor before a given name, which opens the person's name itself (``Secções Sophia de Mello
    Breyner Andresen``: a page's menu glued to it). A given name in capitals (:func:`_given_in_capitals`)
    before a person's initial or capitalized surname is the person's first word wherever it stands
    (``EDWARD J. Amadeo, 37, doutor em economia``: a byline's or a headline's capitals)."""
    if a < 1 or (a - 1) in taken:
        return False
    if category == PER and _given_in_capitals(doc, a, names):
        return True
    if a < 2:
        return False
    word, before = doc[a - 1], doc[a - 2]
    if word.whitespace_ != " " or "\n" in before.whitespace_ or _line_start(word) or not capitalized_token(word):
        return False
    if not (before.is_alpha and before.text[:1].islower()) or not word.text.replace("-", "").isalpha():
        return False
    if word.text.startswith("-") or word.text.endswith("-") or _ROMAN_NUMERAL.fullmatch(word.text):
        return False
    if category == PER and (before.lower_ in _INNER_PARTICLES or doc[a].text in names):
        return False
    low = word.text.lower()
    if low in _FUNCTION_WORDS or low in _INNER_PARTICLES or low in STOP_WORDS or low in w.sentence_openers:
        return False
    if low in PERSON_TITLES or low in w.name_titles or _role_form(low, w):
        return False
    key = word_key(word.text)
    return not (key in MONTHS or key in SEASONS or _WEEKDAY_WORD.fullmatch(word.text))


_INITIAL = re.compile(r"[A-ZÀ-Ý]\.")
"""One capital and its period (``J.``): a person's initial."""


def _capital_given_name(word: str, names: frozenset[str]) -> bool:
    """``word`` is a known given name (``names``) written in capitals (``EDWARD``, ``DAVID``), as
    bylines and headlines print them."""
    return len(word) >= 2 and word.isalpha() and word.isupper() and word.title() in names


def _given_in_capitals(doc: Doc, a: int, names: frozenset[str]) -> bool:
    """The word right before token ``a``, one space before it, is a given name in capitals
    (:func:`_capital_given_name`) and ``doc[a]`` a person's initial (``J.``) or a capitalized
    known surname, not in capitals (``EDWARD J. Amadeo``): the name's first word, which the NER
    left out."""
    word, first = doc[a - 1], doc[a]
    if word.whitespace_ != " " or not _capital_given_name(word.text, names):
        return False
    return bool(_INITIAL.fullmatch(first.text)) or (
        capitalized_token(first) and not first.text.isupper() and first.text in surnames()
    )


_SENTENCE_OPENING_TAGS = frozenset({"VERB", "AUX", "ADV"})
"""Tags of a capitalized word after a glued heading that opens the section's sentence and is no
name (``História Nasceu em``, ``Biografia Nascida em``, ``História Pouco depois``)."""


def _proper_name_opening(tok: Token) -> bool:
    """The word may open a proper name after a heading: no stop word (``Nova``, ``Grande``) and
    no word the corpus writes mostly in lower case (:func:`_mostly_lower_case`: ``Cinema``), which
    would make one name with the heading (``Vida Nova Esperança``)."""
    low = tok.text.lower()
    return low not in STOP_WORDS and not _mostly_lower_case(low, tok.vocab)


def _heading_adjective(doc: Doc, k: int, b: int, names: frozenset[str]) -> int:
    """1 when ``doc[k]``, right after a section's heading, is a capitalized adjective (by its
    ending) that makes one heading with it, a name of two words or more after it in ``doc[k:b]``
    (``Vida Pessoal Carolina Kostner``, ``Carreira Musical Ivete Sangalo``), else 0; a given name
    is none (``Carreira Mariana Silva Costa``)."""
    t = doc[k]
    if b - k < 3 or t.text in names or not (capitalized_token(t) and t.text.lower().endswith(_ADJECTIVE_ENDINGS)):
        return 0
    return int(all(capitalized_token(x) for x in doc[k + 1 : b]))


def _lone_role(doc: Doc, a: int, w: EntityWords = _WORDS) -> bool:
    """The one-word name ``doc[a]`` is a capitalized title or trade and no person's name: a
    plural (``Os Presidentes ... assinaram``), a trade (``é um Ator britânico``) or any title
    after ``um``/``uma`` (``possui um Mestre``). Any other title in the singular stays, one person
    named by the office, as HAREM has it (``o Papa``, ``o Presidente disse``, ``a senhora
    Presidente``)."""
    role = _role_word(doc[a], w)
    if not role:
        return False
    if role != doc[a].lower_ or (a > 0 and doc[a - 1].lower_ in INDEFINITE_ARTICLES):
        return True  # a plural, or "um Ator"
    return role in w.person_roles and role not in w.person_titles


def _title_before(doc: Doc, start: int, w: EntityWords = _WORDS) -> str:
    """The person title right before token ``start`` (one adjective may sit between), else ``""``.
    A trade that is also an adjective, tagged one right after a common noun in lower case, is
    that noun's (``no colégio técnico Agrícola``; ``o técnico Tata``, ``o diretor técnico
    Fulano``, the title before it, stay a person's)."""
    for back in (1, 2):
        k = start - back
        if k < 0:
            return ""
        t = doc[k]
        low = t.text.lower()
        if (low in ABBREVIATED_TITLES or low in w.person_titles or low in w.person_roles) and not (back == 1 and _noun_adjective(doc, k)):
            return low
        if back == 1 and not (t.text[:1].islower() and t.pos_ == "ADJ"):
            return ""
    return ""


def _noun_adjective(doc: Doc, k: int) -> bool:
    """The word ``doc[k]`` in lower case is tagged an adjective right after a common noun in lower
    case (``colégio técnico``, ``ensino técnico``): the noun's adjective, no trade of its own."""
    t = doc[k]
    return k > 0 and t.pos_ == "ADJ" and t.text[:1].islower() and doc[k - 1].pos_ == "NOUN" and doc[k - 1].text[:1].islower()


_TITLE_ARTICLES = frozenset(("O", "A", "Os", "As"))
_BACKTICK, _TWO_APOSTROPHES = "`", "''"
"""A quotation opened with two backticks (the tokenizer makes each a token) and closed with two
apostrophes (one token), a typewriter's and LaTeX's quotes: the musical O Beijo da Mulher Aranha
between them."""
_BEFORE_A_TITLE = frozenset("de do da dos das em e ou com como para por pelo pela sobre entre contra sem".split())


def _title_article(doc: Doc, start: int, end: int, w: EntityWords = _WORDS) -> bool:
    """The capitalized article right before token ``start`` opens the name, a title's, as HAREM
    marks it: in the middle of a sentence, after a preposition or a conjunction (``como O Estado de
    S. Paulo``, ``de A Voz da Profecia``), a comma (``A Floresta, A Menina do Mar``), an opening
    quote closed right after the name (token ``end``: ``«O Olhar de Ulisses»``, two backticks and two
    apostrophes too; ``«A Câmara de Santo Tirso tem apoiado`` opens a quoted sentence), a noun of a
    title (``o jornal O Globo``, ``a banda O Rappa``, ``o filme O Mandarim``: the ``title_nouns``,
    ``work_classifiers``, ``news_org_classifiers`` and ``org_classifiers`` of
    ``data/entities.json``) or a participle of naming (``uma espelunca chamada O Farol``, ``um texto
    intitulado A Pátria``: :data:`teia.extract.naming.TITLING_PARTICIPLE`), on one line. Not
    after any other word, a full stop or a colon (``História A Recife FM foi fundada``, ``O museu O
    Museu Municipal``: a Wikipedia heading glued to its first sentence; ``foram: O Barateiro``),
    whatever the parser says of the article (it often takes ``O`` for a sentence's start: ``o
    jornal O Globo``)."""
    k = start - 1
    if k < 1 or doc[k].text not in _TITLE_ARTICLES or doc[k].whitespace_ != " ":
        return False
    prev = doc[k - 1]
    if "\n" in prev.whitespace_:
        return False
    if prev.text == ",":
        return True
    if prev.text in _OPEN_QUOTES or prev.text == _BACKTICK:
        return end < len(doc) and (doc[end].text in _CLOSE_QUOTES or doc[end].text == _TWO_APOSTROPHES)
    low = prev.text.lower()
    if not prev.text[:1].islower():
        return False
    return (
        low in _BEFORE_A_TITLE or low in w.title_nouns or low in w.work_classifiers or low in w.news_org_classifiers
        or low in w.org_classifiers or TITLING_PARTICIPLE.fullmatch(prev.text) is not None
    )


_ORDINAL_NUMBER = re.compile(rf"^\d+\.?[{ORDINAL_SIGNS}]$")


def _classified_by(nouns: frozenset[str], prev: str, prev2: str, prev3: str = "", w: EntityWords = _WORDS) -> bool:
    """Whether one of ``nouns`` stands right before a name (``prev``, lowercased) or before its
    ``de``/``do``/``da`` (``prev2``): ``o regimento Semionovski``, ``a cidade de Tambov``; for
    the place nouns, ``ferro`` of a railway too (``prev3`` one of the ``railway_nouns``: ``a estrada
    de ferro Madeira-Mamoré``; ``ferro`` alone does not classify, ``o minério de ferro da Vale``)."""
    if prev in nouns or (prev in SINGULAR_OF_FORMS and prev2 in nouns):
        return True
    return nouns is w.place_classifiers and prev == "ferro" and prev2 == "de" and prev3 in w.railway_nouns


def _street_start(doc: Doc, a: int, b: int, w: EntityWords = _WORDS) -> int | None:
    """The index of the street noun (the ``street_nouns`` of ``data/entities.json``) whose name is
    the words ``a`` to ``b`` of ``doc``, else None: right before it (``a rua Bolívia``, ``na Rua Sampaio Pina``, ``na r.
    Argentina``) or before an abbreviated title right before it (``av. Prof. Luciano Gualberto``), or
    before its ``do``/``da``/``dos``/``das`` (``o largo do Paço``, ``na rua da Quitanda``) or, the
    noun capitalized, its ``de`` (``a Rua de Santa Catarina``; ``a rua de Paris`` is a street of
    Paris), on the same line. Not after the words of :data:`_NOT_A_STREET_BEFORE` (``uma rua do
    Cairo``, ``ao largo da Islândia``, ``crianças de rua``), nor before a dash and another name (``a
    estrada Três Pontas - Nepomuceno`` joins two towns the text names)."""
    words = doc_words(doc)
    k = a - 1
    if k >= 1 and words[k].lower() in ABBREVIATED_TITLES and w.street_noun(words[k - 1]):
        k -= 1  # "av. Prof. Luciano Gualberto", "r. Dr. Arnaldo": a street named after a titled person
    elif k >= 1 and words[k] in OF_FORMS:
        k -= 1
        if words[k + 1] == "de" and not words[k][:1].isupper():
            return None
    if k < 0 or not w.street_noun(words[k]) or any("\n" in doc[j].whitespace_ for j in range(k, a)):
        return None
    if k > 0 and words[k - 1].lower() in _NOT_A_STREET_BEFORE:
        return None
    if b + 1 < len(words) and words[b] in ("-", "–", "—") and capitalized_token(doc[b + 1]):
        return None
    return k


def _field_name(doc: Doc, a: int, b: int, w: EntityWords = _WORDS) -> bool:
    """Whether the words ``a`` to ``b``, opening with a field of study, are the field's name:
    capitalized words only (``Ciências Políticas``, ``Informática Pedagógica``; ``Economia da
    Fiesp`` is a department), not after ``de``/``da``/``do`` and a capitalized word
    (``Secretaria de Ciência e Tecnologia``), nor after a comma in an institution's name the NER
    cut there (``Instituto Federal de Educação, Ciência e Tecnologia``; ``Economia em Bilbau,
    Ciências Políticas em Levanda`` are fields)."""
    if not all(capitalized_token(doc[k]) for k in range(a, b)):
        return False
    if a >= 2 and doc[a - 1].text in ("de", "da", "do") and capitalized_token(doc[a - 2]):
        return False
    if a >= 2 and doc[a - 1].text == ",":
        return not any(capitalized_token(t) and fold(t.text) in w.institution_heads for t in doc[max(0, a - 8) : a - 1])
    return True


def _studied_field(doc: Doc, a: int, b: int, w: EntityWords = _WORDS) -> bool:
    """Whether the name at tokens ``a`` to ``b`` is a field of study after a word of studying or
    teaching and ``de``/``em`` (``study_cues`` of ``entities.json``: ``professor de Direito
    Tributário``, ``licenciado em Línguas Neolatinas``, ``curso de Teologia``): its words
    capitalized (its particles aside) and its first one a word the corpus writes mostly in lower
    case (:func:`_mostly_lower_case`), not a town's or a person's name (``doutorado em Paris``,
    ``professor de Coimbra``), nor a name the typed Wikipedia titles give a type
    (:func:`teia.extract.linking.title_types`: ``estudantes de Bom Jardim``, a town), nor one
    holding an institution's word (``institution_heads``: ``professor de Higiene da Universidade de
    Coimbra``, the NER's span over the field and its institution, left as it is). A fused
    article names an institution (``professor da Universidade Federal de Viçosa``), which no
    ``de``/``em`` alone does."""
    if a < 2 or doc[a - 1].text.lower() not in ("de", "em") or fold(doc[a - 2].text) not in w.study_cues:
        return False
    if not capitalized_token(doc[a]) or not all(capitalized_token(t) or t.text.lower() in _INNER_PARTICLES for t in doc[a:b]):
        return False
    if any(fold(t.text) in w.institution_heads for t in doc[a + 1 : b]):
        return False  # "professor de Higiene da Universidade de Coimbra": the NER's span holds the institution
    name = doc[a:b].text
    return _mostly_lower_case(doc[a].text.lower(), doc.vocab) and title_types([name]).get(name) is None


def _disease_head(doc: Doc, a: int, b: int, names: frozenset[str], person_words: dict[str, set[str]], w: EntityWords = _WORDS) -> int | None:
    """The token of the disease noun that, in lower case and with ``de``, the one-word name at
    tokens ``a`` to ``b`` completes (``a doença de Crohn``, ``o mal de Alzheimer``, ``a síndrome de
    Down``: ``disease_heads`` of ``entities.json``), or opens the NER's span with (``mal de
    Alzheimer`` tagged a place); None when there is none, or when the name is a given name or a
    word of a person's name the document holds (``a doença de Rafael``: the boy's illness)."""
    if b - a == 3 and doc[a + 1].text.lower() == "de" and doc[a].text.islower() and fold(doc[a].text) in w.disease_heads:
        head, a = a, a + 2
    elif a >= 2 and doc[a - 1].text.lower() == "de" and doc[a - 2].text.islower() and fold(doc[a - 2].text) in w.disease_heads:
        head = a - 2
    else:
        return None
    name = doc[a:b]
    if len(name.text.split()) != 1 or not capitalized_token(name[0]) or (b < len(doc) and capitalized_token(doc[b])):
        return None  # one word, hyphens allowed ("Tay-Sachs"); not "a doença de João Silva", nor one the NER cut ("Umaru Yar'Adua")
    if name[0].text in names or person_words.get(name.text, set()) - {name.text}:
        return None
    return head


def _not_a_name(span: Span) -> bool:
    """No proper noun, and a common noun or adjective with a lowercase lemma or written in lowercase.
    Not a span whose words are capitalized, one of them inside the line a word the static vectors
    rank first capitalized (:func:`_names_word`: ``pela Assembléia Nacional``, ``nacional``
    written mostly ``Nacional``): whether the tagger calls such words proper nouns, and the
    lemmatizer keeps their capital, changes from one syntax model to another (issue 17, P64n)."""
    if any(t.pos_ == "PROPN" for t in span):
        return False
    words = [t for t in span if t.is_alpha and not (t.pos_ in ("ADP", "DET", "CCONJ") and t.text.islower())]
    if words and all(capitalized_token(t) and not t.text.isupper() for t in words) and any(
        _names_word(t) for t in words if not _line_start(t)
    ):
        return False
    content = [t for t in span if t.is_alpha and t.pos_ in ("NOUN", "ADJ", "VERB")]
    return bool(content) and all(_common_lemma(t) or not t.is_alpha for t in span if t.pos_ != "ADP") or any(
        t.text[:1].islower() for t in content
    )


def _common_lemma(tok: Token) -> bool:
    """The lemma of ``tok`` is a common word's: in lower case, or, for a word tagged a noun or an
    adjective, capitalized and in lower case a word the static vectors rank first in lower case
    (:func:`_mostly_lower_case`): ``Telefone``, lemma ``Telefone`` with the lemmatizer of a syntax
    encoder taught MAC-MORPHO's tags, ``telefone`` with the shipped one (issue 17, P68n)."""
    lemma = tok.lemma_
    if lemma[:1].islower():
        return True
    return tok.pos_ in ("NOUN", "ADJ") and lemma[:1].isupper() and _mostly_lower_case(lemma.lower(), tok.doc.vocab)


def _opener_and_number(span: Span) -> bool:
    """The NER name is its sentence's first word, a verb, a preposition, an article (a tag of
    :data:`_NOT_NAME_POS`), and a number after it in digits, nothing else: ``Serão 103 amarelinhos``,
    ``Entre 150 e 200 pessoas``, ``Participaram 33.200 alunos``, ``Os 42 países``, no name (not
    ``Boeing 747``, a proper noun's)."""
    rest = span[1:]
    return (
        len(span) >= 2
        and _line_start(span[0])
        and span[0].pos_ in _NOT_NAME_POS
        and not any(ch.isalpha() for t in rest for ch in t.text)
        and any(ch.isdigit() for t in rest for ch in t.text)
    )


_SCORE = re.compile(r"\(\d{1,3}-\d{1,3}\)|\bpor \d{1,3}(?:-| a )\d{1,3}\b|\b\d{1,3}-\d{1,3}\b")
_TEAM_ARTICLES = DEFINITE_ARTICLES | {w for w in FUSED_DEFINITE if w.startswith(("d", "pel"))}
"""The article before a team's name, alone or fused with ``de`` or ``por`` (``o Norwich``, ``a
vitória do Marselha``, ``derrotado pelo Farense``); not with ``em`` (``no Bonfim``: where it was played)."""
_TEAM_OPPOSED = frozenset({("frente", "ao"), ("frente", "à"), ("perante", "o"), ("perante", "a"), ("contra", "o"), ("contra", "a")})


def _team_in_a_match(doc: Doc, a: int, name: str, w: EntityWords = _WORDS) -> bool:
    """The name ``name`` starting at token ``a`` is a team's in a match's report: after an article (``o
    Norwich bateu o Southampton``, ``a vitória do Marselha``, ``derrotado pelo Farense``) or
    ``frente ao``/``perante o``/``contra o``, in a sentence holding a score (``por 1-0``,
    ``(2-0)``, ``por 2 a 0``) and a word of a match (a word opening with one of ``match_words``
    of ``entities.json``: ``venceu``, ``derrotado``, ``bateu``, ``vitória``, ``jornada``). Sports
    news names a club by its town (``o Leixões``, ``o Nantes``), which the NER takes for a place;
    ``em Matosinhos``, ``no Bonfim`` (where it was played) have no such article. A country stays
    a place (``a Argentina venceu a Nigéria``: its team, which the graph does not tell from it)."""
    if not _after_team_article(doc, a) or names_a_country(name):
        return False
    sent = doc[a].sent if has_annotation(doc, "SENT_START") else doc[:]
    if _SCORE.search(sent.text) is None:
        return False
    stems = tuple(w.match_words)
    return any(fold(t.text).startswith(stems) for t in sent)


def _after_team_article(doc: Doc, a: int) -> bool:
    """The capitalized word at token ``a`` follows a team's article (``_TEAM_ARTICLES``: ``o
    Norwich``, ``do Marselha``, ``pelo Farense``) or ``frente ao``/``perante o``/``contra o``; not
    the preposition ``a`` the parser tags as one (``na deslocação a Estugarda``: a destination, a
    place)."""
    if a == 0 or not capitalized_token(doc[a]):
        return False
    if doc[a - 1].lower_ == "a" and doc[a - 1].pos_ == "ADP":
        return False
    prev = doc[a - 1].text.lower()
    before = doc[a - 2].text.lower() if a > 1 else ""
    return prev in _TEAM_ARTICLES or (before, prev) in _TEAM_OPPOSED


def _contest_team(doc: Doc, a: int, b: int, name: str, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text), after a team's article
    (:func:`_after_team_article`), is a party of a contest in a sports report, a known town too:
    the subject or the object of a contest's verb (:func:`teia.extract.relations.contests.contest_verb_of`:
    ``O Bayer Leverkusen enfrenta o Kispest``, ``o Braga venceu o Benfica``, ``perdeu para o
    Santos``) or the complement of a match's noun (one opening with a ``match_words`` stem: ``a
    vitória do São Paulo sobre o Santos``, ``a derrota do Porto``), in a sentence holding a
    football word, a score, or the contest's other party named after such an article. Sports news
    names a club by its town (``o Guimarães empatou``), which the NER takes for a place, without
    the score :func:`_team_in_a_match` asks. Not a country nor a continent (a national team the
    graph does not tell from its country: ``o Brasil venceu a Itália``), nor a name opening with a
    place's, a street's or a venue's noun; where it was played has no such article (``venceu em
    Bochum``, ``derrotou na Córsega o Montpellier``)."""
    if not _after_team_article(doc, a) or names_a_country(name) or wider_than_countries(name) or _place_headed(doc[a], w):
        return False
    root = doc[a:b].root
    trigger = contest_verb_of(root, default_mapping())
    stems = tuple(w.match_words)
    if trigger is None:
        trigger = root.head
        if root.dep_ != NMOD or trigger.pos_ != "NOUN" or not fold(trigger.lemma_).startswith(stems):
            return False
    if _match_report(doc, root.i, w):
        return True
    return any(
        t.dep_ in _PARTY_DEPS and t.pos_ == "PROPN" and not a <= t.i < b and _after_team_article(doc, t.i)
        for t in trigger.children
    )


_PARTY_DEPS = frozenset({NSUBJ, OBJ, OBL, NMOD})
"""The dependencies of a contest's party on its verb or its noun (:func:`_contest_team`)."""


def _place_headed(first: Token, w: EntityWords = _WORDS) -> bool:
    """The name's first word is a place's, a street's or a venue's noun (``Região Metropolitana
    de Natal``, ``Rua Augusta``, ``Estádio Municipal``): no club's name."""
    return first.lower_ in w.place_classifiers or fold(first.text) in w.venue_heads or w.street_noun(first.text)


_CLUB_PREPOSITIONS = frozenset({"do", "da", "no", "na", "pelo", "pela", "ao", "à"})
_OF_THE = FUSED_OF & SINGULAR_OF_FORMS
"""The prepositions (``do``, ``da``) after a word of a club's people (``club_people``: ``técnico do``, ``torcida da``)."""


def _players_club(doc: Doc, a: int, name: str, prev: str, prev2: str, w: EntityWords = _WORDS) -> bool:
    """The name starting at token ``a`` (``name``, its text; ``prev`` and ``prev2`` the two words
    before it, lowercased) is a club a player plays for or a coach trains: one of the
    ``club_cues`` of ``entities.json`` and ``do``/``no``/``pelo``/``ao``... right before it
    (``atua no Liverpool``, ``jogou no Farense``, ``treinador do Barcelona``, ``emprestado ao
    Cesena``, ``ex-goleiro da Ponte Preta``) in a sentence holding one of its ``football_words``
    (``é um futebolista uruguaio que atua no Liverpool``, ``ex-futebolista``). A town names its
    club there, known place or not (``o Porto``, ``o Barcelona``); not a country (``jogou no
    Brasil``, ``optou jogar pela Turquia``: its team, which the graph does not tell from it), nor
    a continent (``jogou na Europa``), nor a name opening with a place's, a street's or a venue's
    noun (``atua na Região Metropolitana de Natal``, ``joga no Estádio Municipal``). An adverb
    may stand between the cue and its preposition (``joga atualmente pelo Feyenoord``, ``atuou
    depois no Marítimo``), and a club coordinated with such a club is one too (``jogou no
    Internacional e no Osasuna``: the conjunct's own preposition before it). A word of the
    club's own people (``club_people``: its coach, officials, fans) before ``do``/``da`` needs no
    football word (``os dirigentes do San Antonio``, ``torcedor do Botafogo``, ``Romário,
    centroavante do Barcelona``), and leaves a Brazilian state after ``da`` a place
    (``o presidente da Bahia``; ``do Bahia`` is the club)."""
    cue = prev2
    if a > 2 and doc[a - 2].pos_ == "ADV" and doc[a - 2].lower_ == prev2:
        cue = doc[a - 3].text.lower()  # "joga atualmente pelo Feyenoord da Holanda"
    if prev not in _CLUB_PREPOSITIONS or names_a_country(name) or wider_than_countries(name):
        return False
    people = prev in _OF_THE and _word_of(cue, w.club_people)
    if not people and not _word_of(cue, w.club_cues) and not _cued_conjunct(doc[a], w):
        return False
    if _place_headed(doc[a], w):
        return False
    if people:
        # "os dirigentes do São Paulo", no football word needed, the club named by its state too
        # ("o Bahia", "o Paraná"); "a torcida da Bahia", the state's
        return prev == "do" or not state(name)
    sent = doc[a].sent if has_annotation(doc, "SENT_START") else doc[:]
    return any(_word_of(t.text, w.football_words) for t in sent)


def _cued_conjunct(tok: Token, w: EntityWords = _WORDS) -> bool:
    """The name ``tok`` opens is a conjunct of a name after a club's cue and its preposition
    (``jogou no Feyenoord da Holanda e no Ajax``: ``Ajax``; :func:`_players_club`)."""
    tok = flat_head(tok)
    if tok.dep_ != CONJ or tok.head.i >= tok.i:
        return False
    first = tok.head.i
    if first < 2 or tok.doc[first - 1].lower_ not in _CLUB_PREPOSITIONS:
        return False
    k = first - 2
    if tok.doc[k].pos_ == "ADV" and k > 0:
        k -= 1  # "joga atualmente no X e no Y"
    return _word_of(tok.doc[k].text, w.club_cues)


def _club_and_country(doc: Doc, pieces: list[tuple[int, int]], w: EntityWords = _WORDS) -> tuple[list[tuple[int, int]], set[int]]:
    """A club's name ending with ``de``/``do``/``da`` and a country is two names, the club and
    the country it plays in (``jogou no Feyenoord da Holanda``, ``atuou pelo CA Osasuna da
    Espanha``, ``treinador do Real Madrid da Espanha``, ``joga atualmente pelo Bylis Ballsh da
    Albânia`` that the NER typed a person): a player's or a coach's club
    (:func:`_players_club`) or a contest's party (:func:`_contest_team`). Not a name holding a
    football word or an institution's (``Sporting Clube de Portugal``, ``Associação Portuguesa de
    Futebol``: the country is the name's), nor a kind's noun and a country (``jogou na Seleção da
    Espanha``: one of the ``predicate_nouns``); a town after it stays in the name (``Atlético de
    Madrid``). The country's pieces are returned too, by their first token, to type them a place."""
    out: list[tuple[int, int]] = []
    countries: set[int] = set()
    for a, b in pieces:
        k = next((k for k in range(b - 2, a, -1) if doc[k].text in SINGULAR_OF_FORMS), None)
        if (
            k is None
            or not all(capitalized_token(t) for t in doc[k + 1 : b])
            or not names_a_country(doc[k + 1 : b].text)
            or any(fold(t.text) in w.football_words or fold(t.text) in w.organization_heads for t in doc[a:k])
            or (k == a + 1 and doc[a].text.lower() in w.predicate_nouns)
        ):
            out.append((a, b))
            continue
        name = doc[a:k].text
        prev = doc[a - 1].text.lower() if a > 0 else ""
        prev2 = doc[a - 2].text.lower() if a > 1 else ""
        if _players_club(doc, a, name, prev, prev2, w) or _contest_team(doc, a, k, name, w):
            out.extend([(a, k), (k + 1, b)])
            countries.add(k + 1)
        else:
            out.append((a, b))
    return out, countries


def _word_of(word: str, table: frozenset[str]) -> bool:
    """The word, folded, or what follows its last hyphen is one of ``table``: ``ex-futebolista``,
    ``meia-atacante``, ``guarda-redes`` (:func:`_players_club`)."""
    folded = fold(word)
    return folded in table or folded.rsplit("-", 1)[-1] in table


def _whole_heading(span: Span, text: str) -> bool:
    """The span is all there is on a Markdown heading line (``## Fundação``) of the document
    ``text``: a section title."""
    start = start_of_line(span.doc, span.start_char)
    if not text.startswith("#", start):
        return False  # no heading: the line (a whole document without line breaks) is not copied
    return text[start : end_of_line(span.doc, span.end_char)].lstrip("#").strip() == span.text


def _glued_heading(span: Span, w: EntityWords = _WORDS) -> bool:
    """The one-word span is a Wikipedia section's heading (``section_headings``) opening a sentence
    or a line, glued to the section's first sentence, which opens with a capitalized word
    (``Hidrografia O município de Iraí de Minas``, ``Histórico A Gianlorenzo Schettino Livraria``):
    the heading, no name (:func:`_heading_word` cuts one the NER joined to the name after it)."""
    doc = span.doc
    return fold(span[0].text) in w.section_headings and _line_start(span[0]) and span.end < len(doc) and capitalized_token(doc[span.end])


def _genre(doc: Doc, a: int, b: int, w: EntityWords = _WORDS) -> bool:
    """The name ``doc[a:b]`` is a genre of music or film (``genres``) after a lowercase word that is
    no definite article alone, not opening a sentence: ``uma banda de Forró``, ``nomes fortes do Hip
    Hop``, ``filmes de Drama``; not ``Funk é uma vila`` (a town), ``o Jazz venceu`` (a team)."""
    if a == 0 or _line_start(doc[a]):
        return False
    prev = doc[a - 1].text
    return prev[:1].islower() and prev.lower() not in DEFINITE_ARTICLES and fold(doc[a:b].text) in w.genres


def _portfolio(span: Span, w: EntityWords = _WORDS) -> bool:
    """A government portfolio after its holder's title: ``comissário do povo para as
    Nacionalidades``, ``ministro dos Negócios Estrangeiros``, a former holder's too (``o
    ex-ministro do Planejamento``: :func:`teia.extract.relations.syntax.held_role`); not an entity
    of its own."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].text.lower() in ("para", "a", "as", "o", "os", "de", "da", "das", "do", "dos"):
        k -= 1
    if k == span.start - 1 or k < 0:
        return False
    if doc[k].text.lower() == "povo" and k >= 2 and doc[k - 1].text.lower() in ("do", "de"):
        k -= 2
    return held_role(doc[k].text.lower()) in w.portfolio_titles


_PARALLEL_PREPOSITIONS = frozenset("por pelo pela de do da com a ao à para entre".split())


def _affiliation_after(doc: Doc, a: int, people: _People) -> bool:
    """The one-token piece ``doc[a]`` is an acronym in brackets right after a person's name that
    is not the person's initials: the person's institution (``Liz-Rejane Legey (IBICT)``), where
    ``Fernando Henrique Cardoso (FHC)`` is another name of the person."""
    if a < 2 or a + 1 >= len(doc) or doc[a - 1].text != "(" or doc[a + 1].text != ")" or not is_acronym(doc[a].text):
        return False
    person = people.ending_at(doc[a - 2].idx + len(doc[a - 2].text))
    return person is not None and not _initials_of(doc[a].text, person.text)


def _initials_of(acronym: str, name: str) -> bool:
    letters = acronym.replace(".", "").upper()
    return letters in (acronym_of(name), acronym_of(name, split_hyphens=False))


class _People:
    """The person mentions of a document, found by offset without a scan of them all."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        people = [m for m in mentions if m.category == PER]
        self._by_start = sorted((m.start, m.end) for m in people)
        self._starts = [s for s, _ in self._by_start]
        self._longest = max((e - s for s, e in self._by_start), default=0)
        self._by_end: dict[int, Mention] = {}
        for m in people:
            self._by_end.setdefault(m.end, m)  # the first in the list, as a scan would find
        self._bracket_places: list[tuple[int, int]] | None = None

    def holding(self, char: int) -> bool:
        """Whether a person mention holds the character ``char``."""
        lo = bisect_right(self._starts, char - self._longest)
        return any(char < e for _, e in self._by_start[lo : bisect_right(self._starts, char)])

    def ending_at(self, char: int) -> Mention | None:
        return self._by_end.get(char)

    def in_lifespan_bracket(self, text: str, start: int, end: int) -> bool:
        """Whether ``start``–``end`` of ``text`` lies in a place of the lifespan bracket after a
        person's name (:func:`~teia.extract.lifespans.part_places`: ``Ilderlei Cordeiro (Cruzeiro
        do Sul, Acre, 28 de junho de 1977)``), the brackets read once per document."""
        if self._bracket_places is None:
            self._bracket_places = [p for s, e in self._by_start for part in part_places(text, s, e) or () for p in part]
        return any(s <= start and end <= e for s, e in self._bracket_places)


def _joined_to_person(piece: Span, people: _People) -> bool:
    """The name is coordinated with a person's name, by the parse or by the same preposition
    repeated before both (``por Stalin e por Sergo Ordjonikidze``). Not a conjunct with a
    preposition of its own hung on a word without one (``os Presidentes da Knesset e do Conselho
    Legislativo`` with ``Conselho`` a conjunct of ``Presidentes``, as a syntax encoder taught
    MAC-MORPHO's tags parses it, where another parse makes it one of ``Knesset``: the
    preposition's phrase is coordinated with ``da Knesset``; issue 17, P64n)."""
    doc = piece.doc
    root = piece.root
    stray = has_dependent(root, (CASE,)) and not has_dependent(root.head, (CASE,))
    if root.dep_ == CONJ and people.holding(root.head.idx) and not stray:
        return True
    a = piece.start
    if a < 3 or doc[a - 1].lower_ not in _PARALLEL_PREPOSITIONS or doc[a - 2].lower_ not in ("e", "ou"):
        return False
    before = people.ending_at(doc[a - 3].idx + len(doc[a - 3].text))
    if before is None:
        return False
    first = doc.char_span(before.start, before.end, alignment_mode="expand")
    return first is not None and first.start > 0 and doc[first.start - 1].lower_ == doc[a - 1].lower_


_WORK_APPOSITION_REACH = 5
"""How many words at most between a work's noun and the comma before its title in apposition
(``o nono álbum do Mötley Crüe, Saints of Los Angeles``: four, the comma included)."""


def _apposed_to_a_work(piece: Span, w: EntityWords = _WORDS) -> bool:
    """The parse sets ``piece`` after a comma in apposition to a work's noun before it, in lower
    case (``work_classifiers``): ``O primeiro álbum, Nevermore, sai``, ``o nono álbum do Mötley
    Crüe, Saints of Los Angeles``, ``suas duas últimas obras, Dois Irmãos e Cinzas do Norte``: the
    work's title, whatever the NER made of it; the noun at most :data:`_WORK_APPOSITION_REACH` words
    before the comma (not ``tornou-se peça principal para o sucesso do grupo X, e também da esposa
    de Eazy-E, Tomica Woods Wright``: a person the parse hangs on a far ``peça``), and the title
    closed by a punctuation mark or the text's end (not ``com o lançamento do álbum, Tenacious D
    embarcou em sua turnê``: the band, the subject of the verb after it)."""
    doc = piece.doc
    if not has_annotation(doc, "DEP"):
        return False
    root = piece.root
    head = root.head
    return (
        root.dep_ == APPOS and head.i < piece.start and piece.start - 1 - head.i <= _WORK_APPOSITION_REACH
        and head.text in w.work_classifiers and (piece.end == len(doc) or doc[piece.end].is_punct)
    )


def _product_name(name: str, known: Mapping[str, str]) -> bool:
    """``name``, right after a noun of ``product_nouns`` (``o processador Pentium``), names the
    product, not its maker: neither the name lists nor the Wikipedia titles give it as an
    organization (``o micro IBM PS/2``, ``a câmera Nikon``: the company)."""
    return known.get(name) != ORG and title_types([name]).get(name) != ORG


def _verb_lemma(verb: Token) -> str:
    """:func:`lemma_of` the verb ``verb``, or the infinitive of the verb lexicon its form gives
    when the lemmatizer's lemma is no verb the lexicon knows (``renunciasse``, lemma
    ``renunciasse``, the lemmatizer of a syntax encoder taught MAC-MORPHO's tags: ``renunciar``;
    :meth:`~teia.extract.relations.mapping.RelationMapping.form_infinitive`), so that the verb
    lists of ``data/entities.json`` read the verb whatever the lemmatizer (issue 17, P68n)."""
    lemma = lemma_of(verb)
    mapping = default_mapping()
    if mapping.is_verb(lemma):
        return lemma
    return mapping.form_infinitive(verb.lower_.split("-")[0], lemma) or lemma


def _human_subject(piece: Span, w: EntityWords = _WORDS) -> bool:
    """The name is the subject of a verb whose subject is a person (the ``human_verbs`` of
    ``data/entities.json``: ``diz Mills``, ``Hergé falou da obra``, ``Gramm planeia a sua campanha``,
    ``Fidélia percebeu``; the verb's lemma with its clitic pronoun or without it, ``despediu-se``). A
    subject after its verb with punctuation between them is the parser's mistake, a name in a clause
    of its own (``Junqueira planejou o parcelamento ..., denominados Santa Mariana``), and so is a
    name with a preposition or a copula of its own (``Que nosso juiz fosse de San Francisco, onde
    mora ..., tampouco explica``: the predicate of the subject clause, the subject of a parser taught
    MAC-MORPHO's tags). A name the parser hung on a line break is the subject of the verb the line
    break hangs on (:func:`~teia.extract.docindex.head_past_space`; both issue 17, P68n)."""
    root = piece.root
    verb = piece.doc[head_past_space(piece.doc, root.i)]  # "\nFidélia percebeu", the name hung on the line break
    if not (root.dep_ in (NSUBJ, NSUBJ_PASS) and verb.pos_ in ("VERB", "AUX")):
        return False
    if has_dependent(root, (CASE, COP)):
        return False  # "Que nosso juiz fosse de San Francisco, ..., tampouco explica": a clause's predicate, no subject
    if verb.lemma_ not in w.human_verbs and _verb_lemma(verb) not in w.human_verbs:
        return False
    return verb.i > piece.start or not any(t.is_punct for t in piece.doc[verb.i + 1 : piece.start])


def _state_acting(doc: Doc, a: int, b: int, name: str, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text) is a country whose state acts: the
    subject of one of the ``state_verbs`` of ``data/entities.json`` or of a speech verb of the
    relations' mapping (``a Rússia aceita o ataque``, ``Portugal diz``, ``o México prende o
    assessor``, ``Portugal assinou o tratado``, ``o Brasil importava``), or of a modal or an
    aspectual verb carrying one (:func:`_carried_infinitive`: ``os EUA devem enviar tropas``), the
    agent of one in the passive (``apoiada pelo Irão``), the maker a ``state_act_nouns`` noun's
    complement names (:func:`_state_act_noun`: ``a ameaça da Espanha``), or a conjunct of such a
    subject, agent or complement (``pelo Irão e pela Síria``). HAREM types
    that mention an organization, the country's other mentions keep theirs (it casts no vote), and
    the graph's node stays the country's place (a country's organization is its place:
    :func:`teia.extract.resolve.document.repair_corpus_categories`). Not a sentence about football,
    one holding a score or a ``football_words`` word, where a country names its team (``o Brasil
    aceitou o empate``); not a subject after its verb (``", comentou Montenegro.``: the tag of a
    news quotation names a person, :func:`_news_speaker`)."""
    if not names_a_country(name):
        return False
    root = flat_head(doc[a:b].root)
    while root.dep_ == CONJ and root.head.i < root.i:
        root = root.head  # "apoiada pelo Irão e pela Síria": the first conjunct says the role
    verb = root.head
    if root.dep_ == NMOD:
        return _state_act_noun(root, w) and not _match_report(doc, root.i, w)
    if root.dep_ not in (NSUBJ, OBL_AGENT) or verb.pos_ not in ("VERB", "AUX"):
        return False
    speech = default_mapping().speech
    lemma = _verb_lemma(verb)
    if lemma not in w.state_verbs and lemma not in speech:
        carried = _carried_infinitive(verb) if root.dep_ == NSUBJ else None
        if carried is None or (_verb_lemma(carried) not in w.state_verbs and _verb_lemma(carried) not in speech):
            return False
    if root.dep_ == NSUBJ and verb.i < root.i:
        return False  # '", comentou Montenegro.': a news quotation's tag names a person
    return not _match_report(doc, root.i, w)


def _carried_infinitive(verb: Token) -> Token | None:
    """The infinitive that ``verb``, a modal, an aspectual verb or a verb of intent of the
    relations' mapping (``modals``, ``aspect_verbs``, ``complement_modals``: ``dever``, ``vir``,
    ``pretender``), carries as its ``xcomp`` (``os EUA devem enviar tropas``, ``Portugal tem vindo a
    investir``): the act its subject does; ``None`` for any other verb or one with no infinitive
    (:func:`_state_acting`). :func:`teia.extract.relations.repairs.aspect_infinitive` reads the
    aspectual verbs' alone, for the relations' context."""
    mapping = default_mapping()
    lemma = _verb_lemma(verb)
    if lemma not in mapping.modals and lemma not in mapping.aspect_verbs and lemma not in mapping.complement_modals:
        return None
    for c in dependents(verb, (XCOMP,)):
        if c.pos_ == "VERB" and "Inf" in morph_values(c, "VerbForm"):
            return c
    return None


def _state_act_noun(root: Token, w: EntityWords = _WORDS) -> bool:
    """``root``, a country's name (its first conjunct), is the ``de`` or ``entre`` complement of
    one of the ``state_act_nouns`` of ``data/entities.json``, the noun of an act or a stance whose
    complement names who takes it (``a ameaça da Espanha``, ``as pressões da França``, ``um acordo
    entre o PAIGC e Portugal``): the state, HAREM's organization (:func:`_state_acting`). Not
    ``a``, ``contra`` or ``com`` (``as sanções contra o Japão``, ``acordos com a Polônia``: who
    the act is aimed at, or a party the text sets beside its maker)."""
    noun = root.head
    if noun.pos_ != "NOUN" or lemma_of(noun) not in w.state_act_nouns:
        return False
    case = case_of(root)
    return case is not None and (case.lower_ in OF_FORMS or case.lower_ == "entre")


def _premises_name(name: str, sure: set[str], known: Mapping[str, str]) -> bool:
    """The name, which the NER typed a person's and which opens with a word of the
    ``premises_heads`` (``Teatro Sérgio Cardoso``, ``Livraria Francisco Alves``), is the
    building's or the business's: no title or trade before it made it a
    person (``sure``), and neither the name lists nor a Wikipedia title give the whole name as a
    person's (``Café Filho``, a president; ``Jardim Gonçalves``)."""
    return name not in sure and known.get(name) != PER and title_types([name]).get(name) != PER


def _spelled_notion(doc: Doc, a: int, b: int, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` spells out an acronym of the ``notion_acronyms`` that
    brackets join to it: the name in brackets right after the acronym (``a URV (Unidade Real de
    Valor)``, ``a Ufir (Unidade Fiscal de Referência)``) or the acronym in brackets right after the
    name (``o Produto Interno Bruto (PIB)``). A tax, an index or a unit of account, as the acronym
    alone is; the initials are not asked (``Ufir``), the brackets are: the initials alone also
    spell people's and churches' names (``Pedro I do Brasil``, ``Igreja Presbiteriana
    Independente``). An acronym of two letters in brackets after the name must be its initials
    (``a Taxa Referencial (TR)``): ``Avigliano Umbro (TR)`` is a town and its province's code
    (:func:`_place_code`)."""
    words = doc_words(doc)
    if a >= 2 and words[a - 1] == "(" and words[a - 2].lower() in w.notion_acronyms:
        return True
    return b + 2 < len(words) and words[b] == "(" and words[b + 1].lower() in w.notion_acronyms and words[b + 2] == ")" and not _place_code(doc, b + 1)


def _place_code(doc: Doc, i: int) -> bool:
    """``doc[i]``, an acronym of two letters, is in brackets right after a capitalized word and the
    words before the bracket do not spell it: a place's code (``Orvieto (TR)``, ``Avigliano Umbro
    (TR)``: the Italian province of Terni's), not the notion the letters also name (``a Taxa
    Referencial (TR)``, ``juros nominais (TR)``)."""
    if len(doc[i].text) != 2 or i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "(" or doc[i + 1].text != ")" or not capitalized_token(doc[i - 2]):
        return False
    return not _initials_of(doc[i].text, doc[max(0, i - 3) : i - 1].text)


def _act_acronym(doc: Doc, a: int, prev: str, prev2: str, w: EntityWords = _WORDS) -> bool:
    """``doc[a]`` is one of the ``act_acronyms`` (``MP``, ``MPs``: medida provisória), in capitals
    but for the plural's ``s``, and names the legal act: after a feminine article (``prev``, the
    word before it, in lower case; or ``prev2`` with an adjective between: ``a MP``, ``da MP``,
    ``uma nova MP``), before its number (``a MP 434``, ``MP 396``) or, the plural, after no
    masculine article (``editar MPs``). ``o MP`` is the Ministério Público, a body."""
    tok = doc[a]
    if tok.text.lower() not in w.act_acronyms or not tok.text.rstrip("s").isupper():
        return False
    feminine = FEMININE_SINGULAR_ARTICLES | FEMININE_PLURAL_ARTICLES | {"na", "numa"}
    masculine = MASCULINE_SINGULAR_ARTICLES | MASCULINE_PLURAL_ARTICLES
    if prev in feminine or (prev2 in feminine and prev.isalpha() and prev.islower() and prev not in _PARALLEL_PREPOSITIONS | masculine):
        return True
    if a + 1 < len(doc) and doc[a + 1].text[:1].isdigit():
        return True
    return tok.text.endswith("s") and prev not in masculine


def _role_acronym(doc: Doc, a: int, w: EntityWords = _WORDS) -> str:
    """What the one-word name ``doc[a]``, one of the ``role_acronyms`` in capitals (``PM``: the
    Polícia Militar, a military policeman, Portugal's primeiro-ministro), names when it is one of
    the body's people: ``"person"`` right after a masculine singular article, alone or fused (``o
    PM disse``, ``contra o PM``, ``do PM``), one person named by the office as ``o Presidente`` is;
    ``"none"`` for its plural, the acronym and an ``s`` (``os PMs``, ``dois PMs``, ``PMs
    prendem``), no one's name, as ``Os Presidentes``; else ``""`` (``a PM deteve``: the police;
    ``extinguem-se as PMs``: the police forces, after a feminine article)."""
    word = doc[a].text
    if word.endswith("s") and word[:-1].isupper() and word[:-1].lower() in w.role_acronyms:
        return "" if a > 0 and doc[a - 1].lower_ in FEMININE_PLURAL_ARTICLES else "none"
    if word.isupper() and word.lower() in w.role_acronyms and a > 0 and doc[a - 1].lower_ in MASCULINE_SINGULAR_ARTICLES:
        return "person"
    return ""


def _kin_of(doc: Doc, a: int, b: int, name: str, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text) is whose kin a kinship noun names:
    the noun (its ``de`` frame ``relativeOf`` in the relation mapping, singular or plural) and
    ``de``/``do``/``da`` right before it (``o pai de Fidélia``, ``a mulher do Vilela``, ``as primas
    de Sapucaia``; not a name :func:`_no_persons_name` tells), or whose kinship a comma and such a
    noun with its ``de`` give right after it (an apposition: ``o Vitorino, filho do segeiro``; a
    town's Wikipedia title too, ``Vitorino`` of Paraná: a place is no one's son, where ``filho do
    Maranhão`` is a man born there; not a name holding a word of the ``non_person_words`` or the
    ``street_nouns``); not a name of more than three words."""
    words = doc_words(doc)
    if b - a > 3:
        return False
    kin = default_mapping().kin_noun
    if b + 2 < len(words) and words[b] == "," and words[b + 2] in SINGULAR_OF_FORMS and kin(words[b + 1].lower()):
        return not _holds_place_word(doc, a, b, w)
    if a < 2 or words[a - 1] not in SINGULAR_OF_FORMS or not kin(words[a - 2].lower()):
        return False
    return not _no_persons_name(doc, a, b, name, w)


def _trade_employer(doc: Doc, a: int, b: int, name: str, names: frozenset[str], person_words: Mapping[str, set[str]], w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text), which the NER typed a person, is
    the body a trade or an office works for: the trade (``EntityWords.trades``, singular or plural,
    written with its accents or without them, ``Secretario``; the first part of a compound,
    ``secretário-executivo``), one adjective maybe, and ``do``/``da``/``dos``/``das`` right before
    it (``o gerente da Elgin``, ``o pesquisador do Inpa``, ``os funcionários da Sabesp``, ``o
    Secretario Executivo do MCT``): an organization. The article says a body: news text names a
    person after a bare ``de`` (``o advogado de Maluf``). Not a name of more than three words, nor
    one holding a known given name (``o advogado do João``, as European Portuguese writes a person
    after an article; ``o ex-governador do Pará Jáder Barbalho``, the NER's one span), nor a word
    another person mention of the document holds (``Jáder Barbalho ... o assessor do
    Barbalho``)."""
    if b - a > 3 or a < 2 or doc[a - 1].lower_ not in FUSED_OF:
        return False
    if any(t.text in names or bool(person_words.get(t.text, set()) - {name}) for t in doc[a:b]):
        return False
    return _after_trade(doc, a, w)


def _surnamed(doc: Doc, k: int, b: int) -> bool:
    """The words ``doc[k:b]`` may be a person's name of their own: two or more, the first
    capitalized and no particle, the last a known surname (``data/surnames.txt``: ``Moisés da Silva
    Santos``, ``Goffredo da Silva Telles``)."""
    return b - k >= 2 and capitalized_token(doc[k]) and doc[k].text not in _INNER_PARTICLES and doc[b - 1].text in surnames()


def _after_trade(doc: Doc, a: int, w: EntityWords = _WORDS) -> bool:
    """A trade or an office (``EntityWords.trades``, singular or plural, with its accents or
    without them; the first part of a compound, ``secretário-executivo``), one adjective maybe, and
    ``do``/``da``/``dos``/``das`` stand right before token ``a``: ``o gerente da Elgin``, ``o
    Secretario Executivo do MCT``, ``o pesquisador do Inpa``, ``o ex-ministro do Planejamento``;
    what follows is the body it works for."""
    if a < 2 or doc[a - 1].lower_ not in FUSED_OF:
        return False
    trades = w.trades
    k = a - 2
    if k > 0 and doc[k].pos_ == "ADJ" and (not capitalized_token(doc[k - 1]) or fold(doc[k - 1].text.lower()) in trades):
        k -= 1  # "o diretor executivo da Elgin", "o Secretario Executivo do MCT"
    word = held_role(fold(doc[k].text.lower()))  # "o ex-ministro do Planejamento": a former holder's trade
    forms = singular_forms(word) + singular_forms(word.split("-")[0])
    return any(f in trades for f in forms)


_BEFORE_A_BODY = OF_FORMS | IN_FORMS | FUSED_DEFINITE | frozenset({"por", "para", "pra", "com", "sobre", "entre", "até", "desde"})
"""The prepositions, bare or fused with the definite article, a body and the person after it in
one NER name follow (:func:`_body_and_person`): ``do Inpa``, ``na TV``, ``pela CPI``, ``para
Folha``; or an article after one of them, ``para a Folha``."""


_BEFORE_A_PLACE = IN_FORMS | {"de"}
"""The prepositions before a place a Wikipedia title names that a person's name follows in one NER
name (:func:`_body_and_person`: ``de Itaparica Jorge Amado``, ``em Weimar Lúcia Nagib``)."""


def kb_place(name: str) -> bool:
    """``name`` is the whole title of a Wikipedia place and the title of places only
    (:func:`teia.extract.linking.title_types`: ``Itaparica``, ``Weimar``; not ``Jardim``, a common
    noun that only towns' titles with their ``(…)`` hold: ``no Jardim Maria Estela``, a
    neighbourhood), and no word of it a known surname (``data/surnames.txt``: ``Castro``,
    ``Machado``, ``Santos`` are towns too, and open a person's surnames after ``de``)."""
    return name in kb_places((name,))


def kb_places(names: Iterable[str]) -> set[str]:
    """The names among ``names`` that are :func:`kb_place`, the knowledge base asked once for them
    all (:func:`~teia.extract.linking.title_types` answers each name alone, whatever the others
    asked with it): a rule asking of every person of a document asks one lookup, not one each."""
    words = surnames()
    asked = sorted({name for name in names if not any(word in words for word in name.split())})
    if not asked:
        return set()
    types = title_types(asked, whole=True)
    return {name for name in asked if types.get(name) == LOC}


def _after_preposition(doc: Doc, a: int) -> bool:
    """A preposition of :data:`_BEFORE_A_BODY` stands right before token ``a``, or a bare definite
    article after one (``Especial para a Folha``); not an article alone (``o PM João Carlos
    Gonçalves``: the policeman)."""
    if a < 1:
        return False
    prev = doc[a - 1].lower_
    if prev in DEFINITE_ARTICLES:
        return a > 1 and doc[a - 2].lower_ in _BEFORE_A_BODY and doc[a - 2].lower_ not in FUSED_DEFINITE
    return prev in _BEFORE_A_BODY


def _writer_and_title(doc: Doc, a: int, b: int, text: str, names: frozenset[str], known: Mapping[str, str]) -> list[tuple[int, int, str | None]]:
    """The NER name at tokens ``a`` to ``b``, cut at a writer's newsroom title right after the
    writer's name (:data:`teia.extract.newspaper.NEWSROOM_TITLE`: ``Paulo Coelho Colunista da
    Folha Claudia Martins``, ``Igor Gielow GIELOW Editor da Folha Norte``, ``Carlos Eduardo Alves
    Enviado especial a Brasília Luiz Inácio Lula``: a byline run into a headline's or the text's
    names) when a person's name stands before it: two capitalized words or more from a known given
    name on (the words before that given name, a headline's, stay the NER's name: ``Gaza DAVID
    COHEN Editor-adjunto``), or, with no given name, holding a word in capitals, as bylines print a
    writer (``a Mesa Diretora da Câmara``, ``Editora da Unicamp`` stay whole). The writer is a
    person; the title and its preposition are no name. After ``da``/``do``, ``a``, ``em``,
    ``para``, the words are the paper, the desk or the town, an organization after ``da``/``do``
    and a place after the others (the lists' type when they know the name), and
    :func:`_body_and_person` may still cut a person from their end (``Folha`` and ``Claudia
    Martins``); after a bare ``de`` the next word is the writer's section (``Editor de Turismo``,
    ``Secretário de Redação``), no name, and the words after it the text's, a person's when a
    known given name opens them, else no name (``Editora-adjunta de Economia Otimismo e
    pessimismo...``), as the words after a desk are (:func:`teia.extract.newspaper.off_the_furniture`).
    The parts are returned in order, each with its type, None for the name's own (no title in it:
    the whole name, its type None)."""
    out: list[tuple[int, int, str | None]] = []
    kind: str | None = None
    while b - a >= 3:
        title = NEWSROOM_TITLE.search(text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
        span = doc.char_span(title.start(), title.end()) if title is not None else None
        if span is None or span.end >= b:
            break
        k, j = span.start, span.end
        opener = next((t.i for t in doc[a:k] if t.text in names or _capital_given_name(t.text, names)), None)
        if opener is not None and sum(capitalized_token(t) for t in doc[opener:k]) >= 2:
            start = opener  # "Gaza DAVID COHEN Editor-adjunto de Exterior": the headline's Gaza, then the writer
        elif sum(capitalized_token(t) for t in doc[a:k]) >= 2 and any(t.is_alpha and len(t.text) >= 3 and t.text.isupper() for t in doc[a:k]):
            start = a  # "CONTARDO CALLIGARIS": a byline's writer in capitals
        else:
            break  # "a Mesa Diretora da Câmara": an institution's word, no writer's title
        if start > a:
            out.append((a, start, kind))
        out.append((start, k, PER))
        if doc[j - 1].lower_ == "de":
            if j + 1 < b and doc[j + 1].text in names:
                out.append((j + 1, b, PER))  # "Editor de Economia Gustavo Franco": the text's first name
            return out  # "Editora-adjunta de Economia Otimismo": the section, and the text's first word
        rest = text[doc[j].idx : doc[b - 1].idx + len(doc[b - 1].text)]
        a, kind = j, known.get(rest, ORG if doc[j - 1].lower_ in OF_FORMS else LOC)
    out.append((a, b, kind))
    return out


def _body_and_person(
    doc: Doc,
    pieces: list[tuple[int, int]],
    names: frozenset[str],
    known: Mapping[str, str],
    w: EntityWords = _WORDS,
    after_title: Collection[int] = (),
) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """A NER name after a preposition (:func:`_after_preposition`: ``de``/``do``/``da``,
    ``no``/``na``, ``pelo``/``pela``, ``para a``...) of a body and the person after it is two
    names (``o pesquisador do Inpa Carlos Nobre``, ``o ex-governador de São Paulo Orestes
    Quércia``, ``do PT Luiz Inácio Lula da Silva``, ``é lançado no Brasil Renato Janine Ribeiro``
    and ``Especial para a Folha Michelle Perrot``, a dateline or a byline run into the text, ``na
    TV Carlos Eduardo Alves``): the body a name the name lists give an
    organization or a place (``São Paulo``), an acronym in capitals, or one capitalized word after
    a trade and its ``do``/``da`` (:func:`_after_trade`: ``do Inpa``), no given name in it; the
    person a known given name and one or more capitalized words (particles between), up to the
    name's end, or, after an acronym or a name the lists know, two capitalized words or more ending
    in a known surname (:func:`_surnamed`: ``o estudante de filosofia da USP Moisés da Silva
    Santos``). A place a Wikipedia title of one type names (:func:`teia.extract.linking.title_types`)
    is a body too after ``de``, ``em``, ``no``, ``na`` (``o povo de Itaparica Jorge Amado``;
:func:`kb_place`). A
    name right after a newsroom title's preposition (``after_title``, :func:`_writer_and_title`:
    ``Colunista da Folha Claudia Martins``) is read as one after a preposition. The pieces are
    returned with each new piece's type by its first token: the body's
    the lists' (an organization when they do not know it), the person's a person. Not a name the
    lists or the Wikipedia titles know whole, nor a name without a preposition before it (``o PM
    João Carlos Gonçalves``, the policeman; ``ANTONIO Carlos SEIDL``, a byline), nor one opening
    with an institution's word alone (``do Hospital Albert Einstein``, ``na Fundação Getúlio
    Vargas``, ``na Rádio Roquette Pinto``: ``organization_heads``, ``non_person_words``)."""
    out: list[tuple[int, int]] = []
    types: dict[int, str] = {}
    for a, b in pieces:
        cut, kind = None, None
        if (
            b - a >= 3
            and (_after_preposition(doc, a) or a in after_title)
            and doc[a:b].text not in known
            and doc[a].text not in names
            and doc[a].text.title() not in names
            and capitalized_token(doc[b - 1])
        ):
            for k in range(a + 1, b - 1):
                given = doc[k].text in names and capitalized_token(doc[k + 1])
                if not (given or _surnamed(doc, k, b)):
                    continue
                if not all(capitalized_token(t) or t.text in _INNER_PARTICLES for t in doc[k + 1 : b]):
                    break
                body = doc[a:k].text
                kind = known.get(body)
                if kind is None and doc[a - 1].lower_ in _BEFORE_A_PLACE and kb_place(body):
                    kind = LOC  # "o povo de Itaparica Jorge Amado": a town the Wikipedia titles know
                if k == a + 1 and (fold(body) in w.organization_heads or fold(body) in w.non_person_words):
                    break  # "do Hospital Albert Einstein": an institution named after a person
                if kind in (ORG, LOC) or (k == a + 1 and (is_acronym(body) or (given and kind is None and _after_trade(doc, a, w)))):
                    cut = k  # "São Paulo Orestes Quércia": the first given name that ends a body
                    break
        if cut is None or title_types([doc[a:b].text]).get(doc[a:b].text):
            out.append((a, b))  # "Fundação Getúlio Vargas": a Wikipedia title, the whole its name
            continue
        out.extend([(a, cut), (cut, b)])
        types[a], types[cut] = kind if kind in (ORG, LOC) else ORG, PER
    return out, types


def _titled_name(doc: Doc, a: int, b: int, name: str, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text) opens with a person's title,
    capitalized, and goes on with capitalized words (``Padre Cabral``, ``Major Vilela``, ``Mestre
    Bates``, the NER's places) after a masculine article (``o``, ``do``, ``no``, ``ao``, ``pelo``,
    ``um``: a town or a street named after a titled man takes none or a feminine one, ``em
    Engenheiro Passos``, ``na Coronel Xavier de Toledo``, and so does a company, ``a General
    Magic``; a woman's title, the ``feminine_titles``, after a feminine article but ``na``/``numa``:
    ``a Dona Glória``, ``da Rainha D. Maria``), and so does a title of nobility, a monarch's or the
    Church's with its ``de`` (the ``name_titles``: ``o Barão de Santa-Pia``, ``pelo Marquês de Olinda``); not a name in
    capitals, nor another title and its ``de`` (``o Presidente da República``, an office:
    :func:`_office_body`), nor a name :func:`_no_persons_name` tells (``Coronel
    Fabriciano``, ``Governador Valadares``: towns; ``General Motors``)."""
    first = doc[a]
    title = first.text.lower()
    if b - a < 2 or not first.text[:1].isupper() or not (title in w.person_titles or title in w.name_titles) or name.isupper():
        return False  # not a heading in capitals: "A SENHORA SAIU", "UM CAPITÃO DE VOLUNTÁRIOS"
    article = doc[a - 1].lower_ if a > 0 else ""
    if article not in MASCULINE_SINGULAR_ARTICLES and not (article in FEMININE_SINGULAR_ARTICLES and title in w.feminine_titles):
        return False  # a town or a street named after one: "em Engenheiro Passos", "na Coronel Xavier de Toledo"
    noble = title in w.name_titles and doc[a + 1].lower_ in SINGULAR_OF_FORMS and b - a >= 3
    if not all(capitalized_token(t) or t.text.lower() in _INNER_PARTICLES for t in doc[a + 1 : b]) or not (capitalized_token(doc[a + 1]) or noble):
        return False  # "o Barão de Santa-Pia", "pelo Marquês de Olinda": a title of nobility and its place
    return not _no_persons_name(doc, a, b, name, w)


def _office_holder(doc: Doc, a: int, b: int, name: str, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text) is an office written as a name: a
    title or trade in the singular, capitalized, then ``de``/``do``/``da``/``dos``/``das`` and a
    capitalized word (``o Governador do Maranhão``, ``o Arcebispo de Turim``, ``ao posto de
    Presidente do Brasil``, ``o Juiz da Comarca``). Its holder is a person, as HAREM marks a
    capitalized office (``Presidente do Parlamento``) and as a singular office inside a sentence
    stays one (:func:`_office_body`); the place after the ``de`` is part of the office's name.
    Not a title of the ``name_titles`` (``Barão de Cocais``, ``Duque de Caxias``, ``Senhor do
    Bonfim``: towns as often as their nobles), nor a name in capitals, nor a name
    :func:`_no_persons_name` tells (``Juiz de Fora``, ``Capitão de Campos``: towns the Wikipedia
    titles know; ``Juiz da Rua Nova``, a street's word)."""
    if b - a < 3 or name.isupper() or doc[a + 1].lower_ not in OF_FORMS or not capitalized_token(doc[a + 2]):
        return False
    role = _role_word(doc[a], w)
    if not role or role != doc[a].lower_ or role in w.name_titles:
        return False  # no title, a plural (its holders: _office_body), or a title of nobility
    return not _no_persons_name(doc, a, b, name, w)


_DEFINITE_MASCULINE = MASCULINE_SINGULAR_ARTICLES - INDEFINITE_ARTICLES - FUSED_INDEFINITE
"""The masculine singular definite article, alone or fused with its preposition (``o``, ``do``,
``no``, ``ao``, ``pelo``)."""


def _national_before(doc: Doc, a: int, b: int, name: str, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text), two or three capitalized words, comes
    right after a masculine definite article (:data:`_DEFINITE_MASCULINE`) and a country's, a
    continent's or a region's gentilic in lower case (``data/demonyms.json``): news text's way of
    naming a foreign man or one from elsewhere in the country (``o alemão Hansi Krauss``, ``pelo
    norte-americano Edmund Jensen``, ``o gaúcho Paulo Brossard``), a person. Not
    after a feminine article (``a francesa UAP``, ``a espanhola Santana Motor``: a company, its
    noun left out), nor a name of one word (``o holandês Richemont``, ``o brasileiro Flamengo``: a
    group, a club), nor one in capitals, nor one :func:`_no_persons_name` tells (a Wikipedia title
    typed an organization), nor one in a sentence holding a score or a football word (``o paraguaio
    Cerro Porteño venceu por 2-1``: a club)."""
    if not 2 <= b - a <= 3 or a < 2 or name.isupper():
        return False
    if doc[a - 2].lower_ not in _DEFINITE_MASCULINE or not doc[a - 1].text[:1].islower() or not load_demonyms().gentilic(doc[a - 1].text, regional=True):
        return False
    if not all(capitalized_token(t) for t in doc[a:b]) or _no_persons_name(doc, a, b, name, w):
        return False
    return not _match_report(doc, a, w)


def _match_report(doc: Doc, i: int, w: EntityWords = _WORDS) -> bool:
    """The sentence of token ``i`` holds a score or one of the ``football_words`` (``o paraguaio
    Cerro Porteño venceu por 2-1``): a name in it after an article may be a club's."""
    sent = doc[i].sent if has_annotation(doc, "SENT_START") else doc[:]
    return _SCORE.search(sent.text) is not None or any(_word_of(t.text, w.football_words) for t in sent)


_ARTICLES_OF_A_MAN = _DEFINITE_MASCULINE - IN_FORMS
"""The masculine singular definite article, alone or fused with ``de``, ``a`` or ``por`` (``o``,
``do``, ``ao``, ``pelo``); not with ``em`` (``no Porto``: where a place stands)."""


def _surnames_after_article(doc: Doc, a: int, b: int, name: str, names: frozenset[str], w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text), two to four words, comes right after a
    masculine singular definite article (:data:`_ARTICLES_OF_A_MAN`) and its capitalized words are all
    given names (``names``) or surnames (:func:`teia.extract.gazetteer.surnames`), the last a surname
    or a given name: European Portuguese names people so (``o Veiga Simão``, ``com o Santos
    Simões``), a person. Not a name of one word (``o Nobel``, a prize; ``O Cobra``, a movement of
    painters: surnames too), nor after a feminine article (``a Nielsen``, ``pela Reuter``: a
    company, an agency; a woman's name opens with her given name, read by the given-name rule), nor after
    an adverb of place and its preposition (``junto ao``, ``perto do``: :data:`PREP_ADVERBS`), nor a name in capitals, nor one :func:`_no_persons_name` tells (a place's
    word, a Wikipedia title typed a place or an organization: ``o Simões``, a town), nor a country's,
    nor one whose first word stands where a place stands somewhere in the document (after ``em``,
    ``para``...: :class:`teia.extract.characters.NameRoles`), nor one in a match report
    (:func:`_match_report`: ``o Gil Vicente venceu por 2-0``, a club)."""
    if a < 1 or doc[a - 1].lower_ not in _ARTICLES_OF_A_MAN:
        return False
    if a > 1 and doc[a - 2].lower_ in PREP_ADVERBS:
        return False
    return _surnames_of_a_man(doc, a, b, name, names, w)


_ANY_ARTICLE = DEFINITE_ARTICLES | FUSED_DEFINITE | INDEFINITE_ARTICLES | FUSED_INDEFINITE
"""An article of any gender and number, alone or fused with its preposition."""


def _opinion_holder(doc: Doc, a: int, b: int, name: str, prev: str, prev2: str, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text; ``prev`` and ``prev2`` the two words
    before it, in lower case) follows a noun of what a person says or thinks and a bare ``de``
    (the ``opinion_nouns`` of ``data/entities.json``: ``na opinião de Pertence``, ``segundo
    declarações de Sigmaringa Seixas``, ``nas palavras de Covas``): its holder, a person. Not after
    ``do``/``da`` (``a avaliação do Itamaraty``: a body, a place), nor an acronym, a country's or a
    wider region's name, nor one :func:`_no_persons_name` tells (a place's word, a Wikipedia title
    typed a place or an organization)."""
    if prev != "de" or fold(prev2) not in w.opinion_nouns or is_acronym(name):
        return False
    return _may_name_a_person(doc, a, b, name, w)


def _may_name_a_person(doc: Doc, a: int, b: int, name: str, w: EntityWords = _WORDS) -> bool:
    """Whether the name at tokens ``a`` to ``b`` (``name``, its text), which a cue before or after
    it reads as a person's (:func:`_opinion_holder`, :func:`_politician_before`), may be one: no
    country's or wider region's name, and none :func:`_no_persons_name` tells (a place's word, a
    Wikipedia title typed a place or an organization)."""
    return not (names_a_country(name) or wider_than_countries(name) or _no_persons_name(doc, a, b, name, w))


def _person_everywhere(doc: Doc, a: int, b: int, name: str, w: EntityWords = _WORDS) -> tuple[str, ...]:
    """The names to make a person in every mention of the document once a rule has read the name
    at tokens ``a`` to ``b`` (``name``, its text) as a person's: the name, and for a name of two
    words or more its last, capitalized, the surname news names him by after (``Sigmaringa Seixas
    (PSDB)`` and then ``Seixas``), unless :func:`_no_persons_name` tells that word a place's or a
    body's (a Wikipedia title typed a place or an organization). :func:`_one_category_per_name`
    leaves to the vote the mentions of a name the lists type a place or an organization."""
    if b - a < 2 or not capitalized_token(doc[b - 1]) or is_acronym(doc[b - 1].text) or _no_persons_name(doc, b - 1, b, doc[b - 1].text, w):
        return (name,)
    return name, doc[b - 1].text


def _politician_before(
    doc: Doc, a: int, b: int, name: str, bracket: str, party_names: set[str], regions: Regions, w: EntityWords = _WORDS
) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text), before a party's bracket
    (``bracket``, what :func:`teia.extract.regions.party_bracket_after` read in it), is a
    politician's: never the party's own name (the ``party_names``, folded). A party with its state
    code says so alone (``Jarbas Passarinho (PPR- PA)``); a party's acronym alone
    (``Sigmaringa Seixas (PSDB)``) also follows a body's name it spells (``Partido Verde (PV)``),
    or a town its party governs (``Diadema (PT)``), so then not a name opening with ``Partido``
    nor one the acronym spells, nor a country's or a wider region's name, nor one
    :func:`_no_persons_name` tells (a place's word, a Wikipedia title typed a place or an
    organization)."""
    if fold(name) in party_names:
        return False
    if bracket not in regions.parties:
        return True
    if _initials_of(bracket, name) or fold(doc[a].text) == "partido":
        return False
    return _may_name_a_person(doc, a, b, name, w)


def _bare_surnames(doc: Doc, a: int, b: int, name: str, names: frozenset[str], w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text) is two to four words of surnames with
    no article before them, the first a surname and no given name: European Portuguese news names a
    man by two of his surnames (``na opinião de Pais Antunes``, ``abordado por Cunha Rodrigues``,
    ``Botelho da Costa garantiu``, ``o Governador de Minas Gerais, Magalhães Pinto``), a person, as
    :func:`_surnames_after_article` reads them after ``o``. Not after any article (``a Soares da
    Costa``, a company; ``da Oliveira Martins``, a street: after a feminine one; after a masculine
    one the other rule reads them), nor a name opening with a given name (the given-name rule's), and
    not what :func:`_surnames_of_a_man` refuses (a town the Wikipedia titles know, ``de Pereira
    Barreto``; a word where a place stands in the document, ``em Cunha Porã``)."""
    if a > 0 and doc[a - 1].lower_ in _ANY_ARTICLE:
        return False
    first = doc[a].text
    return first in surnames() and first not in names and _surnames_of_a_man(doc, a, b, name, names, w) and not _in_address(doc, a, b, w)


_HOUSE_NUMBER = re.compile(r"\d{3,}|\d{1,3}(?:\.\d{3})+")
"""A house number standing after a comma with no sign before it: three digits or more (``Rocha
Azevedo, 539``, ``Faria Lima, 1.500``); fewer is as often a man's age in news (``Cunha Rodrigues, 52,
disse``), and a year is none (:data:`teia.extract.timex.lexicon.YEAR`)."""


_LIST_GOES_ON = frozenset({",", "e", ".", ";", ")"})
"""What follows a name inside a list of streets: the list's comma or ``e``, or its end."""


def _in_address(doc: Doc, a: int, b: int, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` stands where a street's name does in an address, so that
    the surnames are a street's named after a man: a house number right after it, after a comma
    (:data:`_HOUSE_NUMBER`: ``Min. Rocha Azevedo, 539``) or after a number's sign (``Lima Duarte nº
    12``: the signs of :data:`_ACT_NUMBER_SIGNS`); ``esquina com`` right after or right before it
    (``Peixoto Gomide esquina com Oscar Freire``); or a street noun before it
    (:meth:`EntityWords.street_noun`, any case), right before it, an abbreviated title maybe between
    (``rua Peixoto Gomide``, ``AVENIDA Faria Lima``, ``av. Min. Rocha Azevedo``), or opening a
    list of streets, with the list's capitalized names, commas and ``e`` between (``nas ruas
    Engenheiro Monlevade, Peixoto Gomide e alameda Itu``, ``pelo Ceagesp, praça Panamericana, Faria
    Lima, Luís Carlos Berrini e``), the list going on or ending after the name
    (:data:`_LIST_GOES_ON`: ``Na avenida Paulista, Cunha Rodrigues disse``, ``nas ruas de Lisboa,
    Veiga Simão viu`` name men). Not after a word that makes the noun no street's
    (:data:`_NOT_A_STREET_BEFORE`)."""
    n = len(doc)
    if b + 1 < n:
        sign, number = doc[b], doc[b + 1].text
        if sign.text == "," and _HOUSE_NUMBER.fullmatch(number) and not re.fullmatch(YEAR, number):
            return True
        if sign.lower_ in _ACT_NUMBER_SIGNS and number[:1].isdigit():
            return True
        if sign.lower_ == "esquina" and doc[b + 1].lower_ == "com":
            return True
    if a >= 2 and doc[a - 2].lower_ == "esquina" and doc[a - 1].lower_ == "com":
        return True
    listed = False
    for k in range(a - 1, max(-1, a - 16), -1):
        word = doc[k].text
        if w.street_noun(word) or (len(word) > 3 and fold(word).endswith("s") and w.street_noun(word[:-1])):
            if listed and b < n and doc[b].text not in _LIST_GOES_ON:
                return False
            return not (k > 0 and doc[k - 1].lower_ in _NOT_A_STREET_BEFORE)
        if word == "," or doc[k].lower_ == "e":
            listed = True
        elif not (capitalized_token(doc[k]) or doc[k].lower_ in _INNER_PARTICLES or doc[k].lower_ in ABBREVIATED_TITLES):
            return False
    return False


_ROLE_APPOSITION_REACH = 6
"""How many words at most between a role's noun and the comma before the name set after it (``o
secretário de Estado americano, Warren Christopher``: four)."""


def _role_apposition(doc: Doc, a: int, b: int, name: str, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text) is set after a comma beside a title or
    a trade in lower case (``person_titles``, ``person_roles``) after its definite article, with at
    most :data:`_ROLE_APPOSITION_REACH` words between, none a punctuation mark, a verb or a common
    noun (the office's ``de`` complement, a gentilic: ``o premiê da Estônia, Mart Laar,``, ``o
    ministro da Reforma Econômica, Asdrubal Baptista,``, ``ao presidente da Síria, Hafez al
    Assad,``), and the name closed by a punctuation mark or the text's end: the office's holder,
    news text's way of naming him, a person. Read on the words, not the parse, which often hangs
    the name elsewhere (``Hafez al Assad`` as the verb's object). Not a name in capitals, a
    country, a state or a wider region (``a capital da Coréia do Sul, Seul``: no role; ``o
    presidente do clube, Santos``), nor one :func:`_no_persons_name` tells (a Wikipedia title typed
    a place or an organization)."""
    if a < 3 or b - a > 4 or doc[a - 1].text != "," or name.isupper() or not capitalized_token(doc[a]):
        return False
    if b < len(doc) and doc[b].text not in (",", ".", ";", ")", ":"):
        return False
    for k in range(a - 2, max(0, a - 2 - _ROLE_APPOSITION_REACH) - 1, -1):
        tok = doc[k]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.text.islower() and _apposed_role(tok.text, w):
            if k == 0 or doc[k - 1].lower_ not in DEFINITE_ARTICLES | FUSED_DEFINITE | POSSESSIVES:
                return False
            break
        if tok.text.islower() and tok.pos_ not in ("ADP", "DET", "ADJ") and not _role_complement(doc, k, w):
            return False  # "o antecessor de Rostenkowski no cargo, Wilbur Mills": a noun between
    else:
        return False
    if names_a_country(name) or wider_than_countries(name) or state(name):
        return False
    return not _no_persons_name(doc, a, b, name, w)


_GLOSS_REACH = 12
"""How many words at most a bracket glossing a name as a body holds (:func:`_bracketed_body`)."""


def _bracketed_body(doc: Doc, a: int, b: int, name: str, before: Mention | None, kinds: dict[str, str], w: EntityWords = _WORDS) -> bool:
    """Whether the one-word name at tokens ``a`` to ``b`` (``name``, its text), which the NER typed a
    place, is a body's, as a bracket beside it says: a bracket right after it whose first word, an
    article maybe before, heads a body's name or is a body's noun in lower case, another word after
    it (``a Pesagro (Empresa Estadual de Pesquisa Agropecuária)``, ``o Cenargen (Centro Nacional de
    Pesquisa...)``, ``a Sealbrent (empresa intermediária na importação)``, ``a Contec (a
    confederação dos bancários)``: :func:`institution_opening`, the ``news_org_classifiers``,
    :func:`_body_noun`); or the name alone in brackets right after an organization's mention
    (``before``: ``o Sindicato das Agências Marítimas do Estado de São Paulo (Sindamar)``), whose
    other name it is where its letters are no initials of it (those :func:`_spelled_body` reads).
    Not a name a Wikipedia place's title is (``a Unesp (Presidente Prudente)``, where the body is),
    a country, a state or a wider region, nor a state's code (``Trindade (GO)``)."""
    if b - a != 1 or len(name) < 3:
        return False
    if a > 0 and doc[a - 1].text == "(" and b < len(doc) and doc[b].text == ")":
        glossed = before is not None and before.category == ORG and not doc.text[before.end : doc[a - 1].idx].strip()
    elif b + 2 < len(doc) and doc[b].text == "(":
        k = b + 1 + (doc[b + 1].lower_ in DEFINITE_ARTICLES | INDEFINITE_ARTICLES)
        close = next((i for i in range(k, min(len(doc), k + _GLOSS_REACH)) if doc[i].text == ")"), None)
        head = doc[k] if k < len(doc) else None
        glossed = (
            close is not None
            and close > k + 1
            and head is not None
            and (
                (capitalized_token(head) and (institution_opening([head], w) or fold(head.text) in w.company_heads))
                or _body_noun(head.text, kinds, w)
            )
        )
    else:
        return False
    if not glossed or names_a_country(name) or wider_than_countries(name) or state(name):
        return False
    return not kb_place(name)


def _apposed_role(word: str, w: EntityWords = _WORDS) -> bool:
    """Whether ``word`` (lower case), set before a comma and a name, makes the name its holder or
    its kin (:func:`_role_apposition`): a title or a trade (``person_titles``, ``person_roles``),
    a former or a vice holder's (``ex-ministro``, ``vice-presidente``), or a kinship noun of the
    relation mapping (``mulher``, ``filho``)."""
    role = held_role(word).removeprefix("vice-")
    return bool(_role_form(role, w)) or default_mapping().kin_noun(word)


def _role_complement(doc: Doc, k: int, w: EntityWords = _WORDS) -> bool:
    """Whether the common noun at token ``k`` is the body or the kin of the role or kinship noun
    right before its ``do``/``da``/``de`` (``o vice-presidente do grupo, Togo Meirelles,``), which
    :func:`_role_apposition` reads between the noun and the comma as it reads a capitalized
    complement."""
    return k > 1 and doc[k - 1].lower_ in SINGULAR_OF_FORMS and doc[k - 2].text.islower() and _apposed_role(doc[k - 2].text, w)


def _named_vessel(words_of: Sequence[str], pa: int, category: str, ner_category: str, name: str, known: Mapping[str, str]) -> bool:
    """A name the NER typed a place, right after a noun of ``thing_classifiers`` written in lower
    case (``a balsa Estonia``, ``O navio Suunta``, ``a vaca Holandesa``), is the vessel's or the
    animal's name, a thing, as a person's name there is; not a name the name lists know as a place
    (``o navio Brasil`` stays as the NER says: the ship or the country's). The NER's other
    mentions of the name in the document take the thing's type (``destroços da Estonia``)."""
    return category == LOC == ner_category and pa > 0 and words_of[pa - 1].islower() and known.get(name) != LOC


def _unknown_subject(doc: Doc, a: int, b: int, name: str, known: Mapping[str, str], w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text), one capitalized word the NER typed a
    place, is a person's surname news names him by: the subject of a finite verb after it, with no
    article nor preposition before it and no punctuation but a bracket between the two (``Dallari
    propôs a negociação``, ``Marchezelli também deu um ultimato``, ``Lívido, Aparecido arrastou
    Marcelo``, ``Palmeira (foto) recostou-se``), that neither the name lists nor the
    Wikipedia titles know as anything but a person's (a town they know is as often a subject,
    ``Guaíra e Orlândia plantam grãos``, ``Petrópolis tem o mal``: the document's vote,
    :meth:`~teia.extract.characters.NameRoles.acts_as_person`, reads those). Not a country, a
    state or a wider region, an acronym, a word the corpus writes mostly in lower case (``Gado bom,
    seja ...``), one standing where a place stands in the document or after an article in most
    of its occurrences (:meth:`~teia.extract.characters.NameRoles.named_as_people_are`), nor one in
    a match report (a club: ``Palmeiras venceu por 2 a 0``), nor one a restrictive ``que`` follows
    (``Dádivas que carregam ...``, a common noun)."""
    if b - a != 1 or not name.isalpha() or name.isupper() or name in known or not capitalized_token(doc[a]):
        return False
    if a > 0 and (doc[a - 1].lower_ in _ANY_ARTICLE or doc[a - 1].pos_ in ("ADP", "DET")):
        return False
    tok = doc[a]
    verb = doc[head_past_space(doc, a)]  # "\nDallari propôs", the name hung on the line break
    if tok.dep_ != NSUBJ or verb.i <= a or verb.pos_ not in ("VERB", "AUX") or "Fin" not in morph_values(verb, "VerbForm"):
        return False
    if any(t.is_punct and t.text not in "()" for t in doc[b : verb.i]):
        return False  # '" Amyntas ", de André Gide (Ecco Press) - Gide levou': a title, the verb another clause's
    if doc[b].lower_ == "que":
        return False  # "Dádivas que carregam a imagem do líder": a restrictive clause, a common noun's
    if names_a_country(name) or wider_than_countries(name) or state(name) or _mostly_lower_case(name.lower(), doc.vocab):
        return False
    if title_types([name]).get(name) not in (None, PER):
        return False
    return name_roles(doc, w.place_nouns).named_as_people_are(name) and not _match_report(doc, a, w)


def _surnames_of_a_man(doc: Doc, a: int, b: int, name: str, names: frozenset[str], w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text), two to four words, is a man's names
    whatever comes before it: its capitalized words all given names (``names``) or surnames
    (:func:`teia.extract.gazetteer.surnames`), the last a surname or a given name; not a name in
    capitals, nor a country's, nor one :func:`_no_persons_name` tells (a place's word, a Wikipedia
    title typed a place or an organization), nor one whose first word stands where a place stands
    somewhere in the document (after ``em``, ``para``...: :class:`teia.extract.characters.NameRoles`),
    nor one in a match report (:func:`_match_report`: ``o Gil Vicente venceu por 2-0``, a club)."""
    if not 2 <= b - a <= 4 or name.isupper():
        return False
    toks = doc[a:b]
    family = surnames()
    if not (capitalized_token(toks[0]) and (toks[-1].text in family or toks[-1].text in names)):
        return False
    if not all(t.text in names or t.text in family if capitalized_token(t) else t.lower_ in _INNER_PARTICLES for t in toks):
        return False
    if names_a_country(name) or _no_persons_name(doc, a, b, name, w):
        return False
    if has_annotation(doc, "DEP") and name_roles(doc, w.place_nouns).places[toks[0].text]:
        return False
    return not _match_report(doc, a, w)


def _no_persons_name(doc: Doc, a: int, b: int, name: str, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` holds a word of the ``non_person_words`` or the
    ``street_nouns`` (``filha da Rua do Bac``) or is a Wikipedia title typed a place or an
    organization (``filho do Maranhão``, :func:`teia.extract.linking.title_types`)."""
    return _holds_place_word(doc, a, b, w) or title_types([name]).get(name) in (LOC, ORG)


def _holds_place_word(doc: Doc, a: int, b: int, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` holds a word of the ``non_person_words`` or a street's
    noun (``Rua do Bac``, ``Casa Branca``)."""
    return any(fold(t.text) in w.non_person_words or w.street_noun(t.text) for t in doc[a:b])


def _is_common_word(tok, lowercase_words: set[str]) -> bool:
    """A capitalized common word: a Portuguese stop word (``Posso``), a word of a heading in
    capitals, or a word starting a sentence or a line that the tagger reads as a noun, adjective
    or verb, the lemmatizer as a lowercase word, or that occurs in lower case elsewhere in the
    document. A capitalized noun inside a sentence is a name (``o Estado``, ``o Parlamento``)."""
    lemma = tok.lemma_ if has_annotation(tok.doc, "LEMMA") else ""
    low = tok.text.lower()
    if low in STOP_WORDS and low != "segundo":
        return True  # "Posso", "Ali"
    if tok.text.isupper() and len(tok.text) >= 4 and tok.is_alpha:
        # a word of a heading in capitals ("6 - PUBLICAÇÕES DO IBAP"), not an acronym: another word
        # in capitals beside it, or none but it on its line; an acronym in running text is a name
        # even when the text also writes it in lower case ("à ordem de unicef": "a UNICEF")
        around = [t for t in tok.doc[max(0, tok.i - 3) : tok.i + 4] if t.is_alpha]
        capitals = sum(t.text.isupper() for t in around)
        alone = _line_start(tok) and (tok.i + 1 == len(tok.doc) or "\n" in tok.whitespace_ or "\n" in tok.doc[tok.i + 1].text)
        return low in lowercase_words and (capitals >= 2 or alone) or capitals >= 3 and any(ch in low for ch in "áéíóúâêôãõç")
    if _line_start(tok) or _quotation_opening(tok):
        if _DOTTED_INITIALS.fullmatch(tok.text):
            return False  # "Os palmeirenses  M.F.B., 16": initials, whatever the tagger made of them
        return (
            tok.text.lower() in lowercase_words
            or (bool(lemma) and lemma[:1].islower() and lemma != lemma.upper() and not _unknown_proper_noun(tok))
            or (has_annotation(tok.doc, "POS") and tok.pos_ in ("NOUN", "ADJ", "VERB"))
        )
    return False


def _unknown_proper_noun(tok: Token) -> bool:
    """A word the tagger calls a proper noun that the static vectors do not hold in lower case
    (:func:`_case_rows`): a lower-case lemma the lemmatizer gave it says nothing of a common word
    (``Edusp``, lemma ``edusp`` with a syntax encoder taught MAC-MORPHO's tags, ``Edusp`` with
    the shipped one; issue 17, P64n). A pipeline without static vectors tells nothing here."""
    vocab = tok.doc.vocab
    return tok.pos_ == "PROPN" and len(vocab.vectors) > 0 and _case_rows(tok.text.lower(), vocab)[0] is None


_DOTTED_INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.){2,}")
"""Capitals each with its period (``M.F.B.``, ``J.K.``): a person's or a body's initials, no common
word (issue 17, P64n: a syntax encoder taught MAC-MORPHO's tags tags them a noun)."""

_LONE_INITIAL = re.compile(r"[A-ZÀ-Ý]\.")
"""One capital and its period, alone: an initial the NER took for a whole name (``da espécie L.
chrysomelas``, a genus abbreviated; ``C.`` on a line of its own), no name without the rest of it
(issue 17, P69s)."""

_LETTER_RUNS = re.compile(r"[^\W\d_]+")  # the words of a line, letters only: all in capitals for a heading


def _case_rows(word: str, vocab) -> tuple[int | None, int | None]:
    """The rows of ``word`` (lower case) and of its capitalized form in the pipeline's static
    vectors, a table of the most frequent words of a large corpus as written, in order of
    frequency (``pt_teia``'s 50,000); None for a form the table lacks (every form for a pipeline
    without vectors)."""
    rows = vocab.vectors.key2row
    title = word[:1].upper() + word[1:]
    low, high = (rows.get(vocab.strings[form]) if form in vocab.strings else None for form in (word, title))
    return low, high


def _mostly_lower_case(word: str, vocab) -> bool:
    """The static vectors (:func:`_case_rows`) hold ``word`` (lower case) and rank it before its
    capitalized form, or hold no such form: a word the corpus writes mostly in lower case
    (``organização``, ``mundo``, ``técnica``), where a word of names ranks first capitalized
    (``Brasil``, ``Ministério``, ``Tribunal``)."""
    low, high = _case_rows(word, vocab)
    return low is not None and (high is None or low < high)


def _names_word(tok: Token) -> bool:
    """The static vectors (:func:`_case_rows`) hold the capitalized form of ``tok`` and rank it
    before its lower-case form, or hold no lower-case form: a word the corpus writes mostly in
    names (``Nacional``, ``Ministério``), not a common word capitalized (``Negócios``)."""
    low, high = _case_rows(tok.text.lower(), tok.doc.vocab)
    return high is not None and (low is None or high < low)


def _heading_in_capitals(piece: Span, lowercase_words: set[str]) -> bool:
    """A name of two or more words in capitals on a line with no letter in lower case, each word
    a stop word, a word the document also writes in lower case, or one the corpus writes mostly in
    lower case (:func:`_mostly_lower_case`): a heading in capitals (``ORGANIZAÇÃO ESTRUTURAL DA
    MEMBRANA`` over ``A membrana celular é...``), where the capitals tell nothing. A name with a
    word of names stays (``MINISTÉRIO DA EDUCAÇÃO``, ``PCP DE BRAGA``), and so does one in
    running text (``o SUPREMO TRIBUNAL decidiu``)."""
    written = [t.text for t in piece if t.text.isalpha()]
    if len(written) < 2 or not all(word.isupper() for word in written):
        return False
    words = [word.lower() for word in written]
    vocab = piece.doc.vocab
    if not all(word in STOP_WORDS or word in lowercase_words or _mostly_lower_case(word, vocab) for word in words):
        return False
    doc = piece.doc
    line = doc_text(doc)[start_of_line(doc, piece.start_char) : end_of_line(doc, piece.end_char)]
    return all(word.isupper() for word in _LETTER_RUNS.findall(line))


def _bracket_opening(tok: Token) -> bool:
    """The token opens a round bracket: ``(Pausa)``, ``(Suspira)``, ``(Risos)``, a place where a
    capital tells no more of a name than at a sentence's start."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "("


def _quotation_opening(tok: Token) -> bool:
    """The token opens a quotation or a title in quotation marks that goes on in lower case
    (``o "Pai do vôo planado"``, ``Bobbio (" Il futuro della-democracia ")``, ``" Sirvo melhor o
    Brasil daqui "``): its capital is the quotation's, as a sentence's is, and tells no more of a
    name (issue 17, P69s). The mark before it opens: ``«`` or ``“``, or a ``"`` after an even
    number of ``"`` on its line (the words back to the line's start read, for this token only)."""
    doc, i = tok.doc, tok.i
    if i == 0 or i + 1 >= len(doc) or doc[i - 1].text not in QUOTE_PAIRS:
        return False
    nxt = doc[i + 1]
    if not (nxt.is_alpha and nxt.text.islower()):
        return False  # a quoted name alone or a title in capitals: " Brasil ", " Casa de Pensão "
    mark = doc[i - 1].text
    if mark != QUOTE_PAIRS[mark]:
        return True  # « or “: an opening mark
    before = 0
    for k in range(i - 2, -1, -1):
        if "\n" in doc[k].whitespace_ or doc[k].is_space:
            break
        before += doc[k].text == mark
        if doc[k].is_sent_start:
            break
    return before % 2 == 0


def _common_word_opening(tok: Token, known: Mapping[str, str], names: frozenset[str]) -> bool:
    """A one-word name opening a sentence, a line or a bracket, before no capitalized word, that
    the pipeline's static vectors know in lower case only (:func:`_lower_case_only`): a common
    word the tagger took for a proper noun (``Furioso, despachou``, ``Deles, apenas um``,
    ``Isoladamente, brancos``, ``Coordenador: Liz-Rejane Legey``), or a stage direction, an
    aside or a reaction in brackets (``(Suspira)``, ``(Constrangido)``, ``(Retira muletas``,
    ``(Risos)``). Kept: a name of ``known``, a given name, and a word before a capitalized one
    (a heading in title case or a name the NER cut: ``Abraço Página Principal``)."""
    if not (_line_start(tok) or _bracket_opening(tok) or _quotation_opening(tok)) or tok.text in known or tok.text in names:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and capitalized_token(nxt):
        return False
    return _lower_case_only(tok)


def _lower_case_only(tok: Token) -> bool:
    """The static vectors (:func:`_case_rows`) hold the capitalized word in lower case and not as
    it is written: a common word, where a name the corpus writes often enough has a row of its own
    (``Silva``, ``Costa``, ``Porto``, ``Santos``). False for a pipeline without vectors and for a
    word not written with a capital and then lower case letters only."""
    text = tok.text
    if not len(tok.vocab.vectors) or not (text[:1].isupper() and text[1:].islower() and text.isalpha()):
        return False
    low, written = _case_rows(text.lower(), tok.vocab)  # the capitalized form is the word as written
    return low is not None and written is None


@lru_cache(maxsize=1 << 14)
def _verb_form(word: str) -> bool:
    """Whether ``word`` (lower case) is a form of a verb of the verb lexicon (``data/verbs.json``):
    by the regular endings (:func:`teia.extract.relations.conjugation.infinitive_of`) or as one of
    its irregular forms. Each word worked out once per process (the shipped mapping is read once
    too): the dialogue and news tags ask it of the word before each name, the same verbs again
    and again."""
    mapping = default_mapping()
    return word in mapping.irregular_forms or infinitive_of(word, "", mapping.is_verb) is not None


def _time_word(tok: Token, known: dict[str, str], w: EntityWords = _WORDS) -> bool:
    """A one-word name that is a month, a season or a feast that moves with Easter (the
    ``time-words.json`` of the time expressions), between lowercase words (``trinta e um de
    Janeiro``, ``pela Páscoa, no Verão``): a time, which the NER takes for a place when
    capitalized. Not beside another capitalized word, a comma or an ``e`` between at most (``as
    ilhas de Santiago, Maio, Brava``, ``Sal, Maio e Boavista``: the island), not a name of
    ``name_types.tsv``, nor an event's head word (``depois do Carnaval``: an event,
    :func:`_event_word`). A feast on a fixed day only after a definite article, alone or fused
    (``até o Natal``, ``No Réveillon,``: the time expressions read the day); without one it is as
    often a city (``disse em Natal``, ``de Natal``), which takes none."""
    key = word_key(tok.text)
    fixed = key in FIXED_FEASTS and " " not in key
    if not (key in MONTHS or key in SEASONS or key in MOVABLE_FEASTS or fixed) or tok.text in known or _event_word(tok.text, w):
        return False
    doc = tok.doc
    if fixed:
        return tok.i > 0 and doc[tok.i - 1].lower_ in DEFINITE_ARTICLES | FUSED_DEFINITE
    for step in (-1, 1):
        k = tok.i + step
        while 0 <= k < len(doc) and doc[k].text in (",", "e"):
            k += step  # a list of names: "Santiago, Maio, Brava e Fogo"
        if 0 <= k < len(doc) and capitalized_token(doc[k]):
            return False
    return True


_COPULAS = frozenset("ser é era foi são eram foram seja sendo sido torna tornou tornar torna-se tornou-se fica ficou".split())


def _predicative_adjective(tok: Token, known: dict[str, str], names: frozenset[str]) -> bool:
    """A one-word name right after a copula that is an adjective by its ending (``ser Monárquico``,
    ``se torna Monárquica``, ``que era Episcopal``): the predicate, capitalized, no name. A name
    of ``name_types.tsv`` (``é Portugal``) or a given name is kept."""
    if tok.i == 0 or tok.text in known or tok.text in names or tok.text.isupper():
        return False
    return tok.doc[tok.i - 1].lower_ in _COPULAS and tok.text.lower().endswith(_ADJECTIVE_ENDINGS)


def _one_of_a_make(doc: Doc, a: int, b: int, name: str, known: Mapping[str, str], w: EntityWords = _WORDS) -> bool:
    """The one-word name at tokens ``a`` to ``b`` (``name``, its text) right after the indefinite
    article, alone or fused (``um``, ``uma``, ``num``...), is one thing of a make or a model, no
    place nor company, where no table knows the name: ``um Opala azul``, ``uma Saveiro preta``,
    ``um PowerBook pesa 3,17 kg``, ``uma Leica``, ``um Prozac``, which the NER types places and
    organizations. Kept: a name of ``known`` (``um Brasil melhor``, ``uma Europa unificada``), a
    Wikipedia place's title (:func:`kb_place`), a given name, an acronym (a kind's is dropped:
    :func:`_acronym_of_a_kind`), an institution's or an event's word (``um Conselho``, ``uma
    Copa``), and a name of two words or more (``uma Assembleia Nacional Popular``, ``uma
    Instituição Particular de Solidariedade Social``: a body of a kind HAREM marks)."""
    if b - a != 1 or a == 0 or doc[a - 1].text.lower() not in _ANY_INDEFINITE or name in known:
        return False
    toks = doc[a:b]
    if toks[0].text in given_names() or is_acronym(name) or institution_opening(toks, w) or _event_opening(toks, w):
        return False
    return not kb_place(name)


def _vehicle_model(doc: Doc, a: int, b: int, name: str, w: EntityWords = _WORDS) -> bool:
    """The name at tokens ``a`` to ``b`` (``name``, its text) is a car's model of the
    ``vehicle_models`` of ``data/entities.json``, alone or with its version after it (``Gol``,
    ``Uno Mille``, ``Tempra Ouro``, ``Range Rover``), right after a masculine singular article,
    alone or fused, maybe with ``novo`` between: ``o Gol 1000``, ``um novo Gol``, ``à exceção do
    Fusca``, ``O Fusca pode ser comprado``. A thing, which the NER types an organization or a place.
    Not after a feminine article (``a Gol`` is an airline, ``a Land Rover`` the maker), nor after a
    capitalized article inside a line, a title's own (``Site O Gol - acessado em``), nor before a
    bracket, which may hold its maker (``o Fiesta (Sadia)``, the poultry's brand: the bracket's name
    takes the category of the name before it)."""
    k = a - 1
    if k > 0 and doc[k].lower_ == "novo":
        k -= 1
    if k < 0 or doc[k].lower_ not in MASCULINE_SINGULAR_ARTICLES or (b < len(doc) and doc[b].text == "("):
        return False
    if not doc[k].text.islower() and not (k == 0 or doc[k - 1].text in (".", "!", "?") or "\n" in doc[k - 1].whitespace_):
        return False
    low = " ".join(name.lower().split())
    return len(low.split()) <= 3 and any(low == model or low.startswith(model + " ") for model in w.vehicle_models)


def _acronym_of_a_kind(doc: Doc, a: int) -> bool:
    """The one-word name ``doc[a]`` is an acronym in capitals (two to five letters) right after
    the indefinite article, alone or fused (``um``, ``uma``, ``num``, ``duma``...): one of a kind,
    a common noun's acronym and no name (``é um DJ``, ``uma VJ``, ``um MC brasileiro``, ``conectar
    a um BBS``, ``em um PC``, ``um LP``, ``um EP``, ``uma ONG chamada Fundação Cafu``). The
    ``common_acronyms`` of ``data/entities.json`` are dropped wherever they stand (``o DVD``);
    another acronym only here (``o MST``, ``a ONU`` stay)."""
    text = doc[a].text
    return a > 0 and doc[a - 1].lower_ in _ANY_INDEFINITE and 2 <= len(text) <= 5 and text.isalpha() and text.isupper()


def _plural_division(doc: Doc, i: int, regions: Regions) -> bool:
    """The word at token ``i``, a one-word name, is the noun of a country's division in the plural
    (the ``area_levels`` and ``unranked_divisions`` of ``data/regions.json``), capitalized as news
    writes it (``em vários Estados``, ``governadores de outros Estados``, ``a Estados e
    municípios``, ``nas Regiões``): the divisions in general, no place; HAREM marks none (``em 16
    Estados``). Not before another capitalized word (a longer name the NER cut: ``Estados
    Unidos``)."""
    low = doc[i].text.lower()
    if not low.endswith("s") or (i + 1 < len(doc) and capitalized_token(doc[i + 1])):
        return False
    return any(form in regions.levels or form in regions.unranked for form in singular_forms(low)[1:])


def _gentilic_adjective(tok: Token, known: dict[str, str]) -> bool:
    """A one-word name that is a gentilic adjective (``data/demonyms.json``: a country's demonym
    or a continent's) right after the lowercase noun or adjective it qualifies: capitalized, it is
    still an adjective and no name (``um rapper Americano``, ``de nacionalidade Britânica``, ``a
    emissora de televisão Moçambicana``, ``o federalismo Europeu``). Kept: a word that also names
    a country or a known place (``a seleção Argentina`` keeps ``Argentina``), one after an article or a preposition (``o Português``, ``em
    Inglês``: a person, a language) and one before another capitalized word (a longer name the
    NER cut)."""
    doc = tok.doc
    if tok.i == 0 or tok.text in known or not load_demonyms().gentilic(tok.text) or names_a_country(tok.text):
        return False
    prev = doc[tok.i - 1]
    if not (prev.text[:1].islower() and prev.is_alpha and prev.pos_ in ("NOUN", "ADJ")):
        return False
    return tok.i + 1 == len(doc) or not capitalized_token(doc[tok.i + 1])


_AFTER_A_VERB = frozenset({"DET", "ADP", "SCONJ"})
"""Tags of a word that follows a verb opening a sentence (``Imagine que``, ``Nascia a Intelbras``,
``Consumo de gás``) and not a name opening it as its subject (``Silva disse``, ``Pinto não veio``)."""


def _verb_at_start(tok: Token, known: dict[str, str], names: frozenset[str]) -> bool:
    """A one-word name opening a sentence or a line that is a verb form (:func:`_verb_form`)
    followed by ``que``, ``se``, a determiner, a preposition, a subordinating conjunction, an
    infinitive or a currency's sign: the sentence's verb, capitalized (``Imagine que``, ``Vale
    notar``, ``Nascia a Intelbras``, ``Ganha US$ 3,25 por hora``). Many surnames are verb forms too (``Silva``, ``Costa``, ``Pinto``, ``Soares``):
    followed by a verb, an adverb, a comma or nothing, the word is a name opening the sentence as
    its subject (``Silva disse``); a name known as a person, place or organization (``Lima``), a
    given name and a word in capitals are kept."""
    if not _line_start(tok) or tok.text in known or tok.text in names or tok.text.isupper() or not tok.is_alpha:
        return False
    if tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    infinitive = nxt.pos_ == "VERB" and nxt.text.endswith(("ar", "er", "ir"))
    if not (nxt.lower_ in ("que", "se") or nxt.pos_ in _AFTER_A_VERB or infinitive or _MONEY_SIGN.fullmatch(nxt.text)):
        return False
    return _verb_form(tok.text.lower())


_COPYRIGHT = re.compile(r"copyright|copyrigth|©|\(c\)|direitos\s+reservados", re.IGNORECASE)
_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+")
_HOLDER_GAP = re.compile(r"[\s\d\-–—,.:;©®]*")


_LINE_REACH = 200
"""How far (characters) the line rules below look from a name along its line: a document
without line breaks is one line, and reading all of it for each name would cost the square of
its length."""


def _line_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of the line of ``text[start:end]`` that the line rules read: from the line's
    start, or :data:`_LINE_REACH` characters before ``start``, to its end, or as far after
    ``end``."""
    lo = max(0, start - _LINE_REACH)
    hi = min(len(text), end + _LINE_REACH)
    before = text.rfind("\n", lo, start)
    after = text.find("\n", end, hi)
    return (lo if before < 0 else before + 1), (hi if after < 0 else after)


def _copyright_holder(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is the holder a copyright line names: on its line, next to
    ``Copyright``, ``©`` or ``direitos reservados`` with nothing between but years, punctuation and
    an e-mail or web address (``by - Netpage - Copyright © 2002``, ``Copyrigth 2000, Cadê
    Médico``, ``AEP Exponor - info@exponor.pt Copyright® 2001``), within :data:`_LINE_REACH`
    characters."""
    line_start, line_end = _line_window(text, start, end)
    for hit in _COPYRIGHT.finditer(text, line_start, line_end):
        if hit.end() <= start:
            gap = text[hit.end() : start]
        elif hit.start() >= end:
            gap = text[end : hit.start()]
        else:
            continue
        if _HOLDER_GAP.fullmatch(_ADDRESS.sub(" ", gap)):
            return True
    return False


def _company_name(text: str, end: int, w: EntityWords = _WORDS) -> bool:
    """The name ending at ``end`` is a company's: a company suffix (``company_suffixes``) right
    after it, a comma between at most (``Link Consulting S.A.``, ``Intelbras S/A - Indústria...``,
    ``Isotexsa, Lda``), or its line goes on with a dash and a description ending with one (the
    heading of a company's page: ``Isotexsa - Impermeabilização para a Construção Civil, Lda``),
    within :data:`_LINE_REACH` characters."""
    _, line_end = _line_window(text, end, end)
    rest = text[end:line_end]
    first = re.match(r"\s*,?\s*([\w./]+)", rest)
    if first is not None and fold(first.group(1).rstrip(".")) in w.company_suffixes:
        return True
    if line_end < len(text) and text[line_end] != "\n":
        return False  # the line goes on beyond the reach: no heading of a company's page
    heading = re.fullmatch(r"\s*[-–—]\s.*,\s*([\w./]+)", rest.rstrip(" \t:.·|"))
    return heading is not None and fold(heading.group(1).rstrip(".")) in w.company_suffixes


_PHONE = re.compile(
    r"(?<![\w/.,$-])(?:\+\d{1,3}\s?)?(?:\(\s?[\dx]{2,5}\s?\)\s?)?\d{2,5}(?:[ .]\d{2,5}){0,3}(?:-\d{2,5})?(?![\w/$%-]|[.,]\d)"
)
"""Digits as a phone number writes them: groups joined by a space or a dot, the last maybe by a
dash, an area code in brackets and a country's ``+`` maybe first (``(048) 281-9505``, ``0800 770
8552``, ``236 200 810``, ``011 818-4541``, ``(0xx11) 7947-1143``); a dash ends the number (``011
818-4541 818-4853`` are two). :func:`virtual_places` reads which are phone numbers."""
_PHONE_CODE = re.compile(r"(?:\+\d{1,3}\s?)?\(\s?[\dx]{2,5}\s?\)|0[358]00\b")
"""What makes digits a phone number without a word before them: an area code in brackets
(``(19) 3232-0366``) or a toll-free prefix (``0800 770 8552``)."""
_PHONE_LABEL_GAP = re.compile(r"[ \t]*\.?[ \t]*(?:[:\-–][ \t]*)?(?:\n[ \t]*:?[ \t]*)?")
"""Between a phone word and its number: spaces, the word's period, a colon or a dash (``Tel.:``,
``Fone -``, ``Tel.⏎:``)."""
_PHONE_LABEL = re.compile(r"([A-Za-zÀ-ÿ]+)" + _PHONE_LABEL_GAP.pattern + r"$")
"""A word right before a number, with the gap of :data:`_PHONE_LABEL_GAP`; a phone word of
``phone_words`` labels the number."""
_PHONE_LIST_GAP = re.compile(r"[ \t]*(?:[/,;]|e|ou)?[ \t]*")
"""Between two numbers of one phone word: ``/``, a comma, ``e``, ``ou`` or a space alone."""


def _email_or_web_address(word: str) -> bool:
    """``word`` is an e-mail address with a dot after its ``@`` or a web address (:data:`_ADDRESS`)."""
    if _ADDRESS.fullmatch(word) is None:
        return False
    return "@" not in word or "." in word.split("@", 1)[1].strip(".")


def virtual_places(doc: Doc, mentions: Sequence[Mention], doc_id: str, w: EntityWords = _WORDS) -> list[Mention]:
    """``mentions`` with the e-mail and web addresses and the phone numbers no mention touches, each
    a place (source ``"rule"``), the (virtual) place HAREM makes of them and teia keeps when the NER
    found them (:func:`refine_mentions`). An address is one token (``www.rnp.br/ti-rj/gt5.html``,
    ``enviarcremonezi@ieg.com.br``; the NER finds some only). A phone number is digits of
    :data:`_PHONE` (seven or more, no day nor range of years) after one of ``phone_words`` on its line
    (``Telefone 236 200 810``, ``Tel.: 3499-5235 / 3499-5225``) or with an area code in brackets or a
    toll-free prefix (``Comercial: (048) 281-9600``, ``0800 770 8552``), where the NER gives a date
    or nothing."""
    text = doc_text(doc)
    taken = SpanIndex((m.start, m.end) for m in mentions)  # the given mentions only, not the places added

    def free(start: int, end: int) -> bool:
        return not taken.overlaps(start, end)

    out = list(mentions)
    for i, word in enumerate(doc_words(doc)):
        if "@" in word or word[:4].lower() in ("www.", "http"):
            word = word.rstrip(".,;:)»\"'")
            start = doc[i].idx
            if _email_or_web_address(word) and free(start, start + len(word)):
                out.append(Mention(doc_id, start, start + len(word), word, LOC, "rule"))
    listed_to = -1  # the end of the last phone number a phone word or a list gave
    for hit in _PHONE.finditer(text):
        number = hit.group()
        start, end = hit.span()
        if sum(ch.isdigit() for ch in number) < _PHONE_DIGITS or _YEARS.fullmatch(number) or _DAY_IN_DIGITS.fullmatch(number):
            continue
        before = text[max(0, start - 40) : start]
        label = _PHONE_LABEL.search(before)
        labelled = label is not None and fold(label.group(1)) in w.phone_words
        listed = listed_to >= 0 and _PHONE_LIST_GAP.fullmatch(text[listed_to:start]) is not None
        if not (labelled or listed or _PHONE_CODE.match(number)):
            continue
        listed_to = end
        if free(start, end):
            out.append(Mention(doc_id, start, end, number, LOC, "rule"))
    return sorted(out, key=lambda m: (m.start, m.end))


def refine_mentions(
    doc: Doc, mentions: Sequence[Mention], doc_id: str = "", words: EntityWords | None = None
) -> list[Mention]:
    """Repair the NER's mentions (gazetteer and rule mentions are kept as they are):

    * **boundaries**: one NER span may hold several names or trailing words (``Exército Polonês
      tomou Vilna``, ``Hussitas na``, ``Ilha Terceira ( Açores``, ``Houaiss e Celso`` for people);
      it becomes the names it holds, each trimmed of leading function words (``Como Houaiss``) and
      of trailing particles, lowercase words and punctuation (a comma stays before a company
      suffix, ``..., Lda``, and between coordinated adjectives of an institution's name,
      ``Escola Tecnológica, Artística e Profissional de Pombal``; an ``e`` stays inside a compound
      surname, ``de Paula e Silva``); two NER organizations joined by ``para a`` are one body's
      name when the first opens with a body's word (``Comité Português para a UNICEF``); a name
      the NER stops at a double space goes on over it (``Grã  Bretanha``);
    * **noise**: a one-word name that is an acronym of a common noun (``um CD``, ``o DVD``: the
      ``common_acronyms``) or a capitalized common word (``Preso`` starting a sentence,
      ``Estado`` tagged as a noun, ``## Fundação`` when ``fundação`` occurs in the text) and a name
      with no proper noun at all (``Negócios Estrangeiros``) are dropped, unless the word is also a
      word of another name of the document (``Denikin`` after ``Anton Denikin``); so is a one-word
      name opening a sentence that is a verb form followed by what follows a verb (``Imagine
      que``, ``Nascia a Intelbras``; :func:`_verb_at_start`), a capitalized adjective after a
      copula (``ser Monárquico``: :func:`_predicative_adjective`), a month or season between
      lowercase words or a fixed feast after an article (``trinta e um de Janeiro``, ``até o
      Natal``: :func:`_time_word`), a division's noun in the plural (``em vários Estados``:
      :func:`_plural_division`) and a capitalized title or
      trade alone that names no one (``Os Presidentes ... assinaram``, ``é um Ator britânico``:
      :func:`_lone_role`); a name opening with a title or trade and its ``de`` is an office and
      its body, and only the body stays when the title is a plural (``Os Presidentes do Parlamento
      Europeu``; none for a portfolio, ``Os Ministros da Agricultura``; a singular office stays a
      person, ``o Presidente da República``: :func:`_office_body`);
    * **categories**: a name after a person title is a person (``o almirante Kolchak``), and so is
      the speaker a news quotation's tag names (``"Não vou sair", ironizou ontem Cerdeira``,
      ``", diz Lima``: :func:`_news_speaker`), the holder of a singular office the NER typed a
      place (``o Governador do Maranhão``: :func:`_office_holder`) and a man named by two of his
      surnames, the NER's place (``na opinião de Pais Antunes``: :func:`_bare_surnames`), or by
      one surname no list knows as a finite verb's subject (``Dallari propôs``:
      :func:`_unknown_subject`), and the holder of an opinion or of words, a name after a noun of
      the ``opinion_nouns`` and a bare ``de``, with the document's other mentions of it
      (``na opinião de Pertence``: :func:`_opinion_holder`); a name
      starting with a known given name is a person (``Sergo Ordjonikidze``, ``Maxime Weygand``)
      unless one of its words names a place or an institution (``Escola Amaro Cavalcanti``); a
      name of two or more words opening with an institution's word (the ``organization_heads``)
      that the NER typed a place or a person is an organization (``o Museu da Lourinhã``), and so
      is a name a company suffix follows, with the page's other mentions of it (``Isotexsa -
      Impermeabilização para a Construção Civil, Lda``: :func:`_company_name`) and the holder a
      copyright line names (``by - Netpage - Copyright © 2002``: :func:`_copyright_holder`);
      a name after a vessel's or an animal's noun is a thing (``o cruzador Aurora``, ``o cavalo
      Money Maker``: MISC, the ``thing_classifiers``), and so is an
      organization of the NER's after a product's noun in lower case unless the name lists or the
      Wikipedia titles know it as an organization (``o processador Pentium``, ``o padrão PCMCIA``:
      the ``product_nouns``, :func:`_product_name`); a name after a work's noun, or set after a
      comma in apposition to one, is a work (``o livro X``, ``O primeiro álbum, Nevermore, sai``:
      :func:`_apposed_to_a_work`); a name after a place noun a
      place (``a cidade de Tambov``), after a place's or an organization's noun of the copula's
      table a place or an organization (``o bairro Dom Lustosa``, ``o time Chievo Verona``:
      :func:`_kind_before`), after a body's noun with its ``de`` and a complement or with a
      gentilic (a country's or a region's) an organization (``a companhia de cosméticos Elizabeth Arden``, ``a
      empresa italiana Illycaffè``: :func:`_body_before`; not the owner after a bare ``de``, ``a
      empresa de João Silva``), and a division of a known place is a place where the NER
      said organization (``no Estado do Rio de Janeiro``: :func:`_division_of_a_place`); a name after a street noun is the street, a place holding
      the noun (``a rua Bolívia``, :func:`_street_start`); a name opening with a field of study
      is a concept (``Ciências Políticas``, :func:`_field_name`), and so is a language after
      ``em`` (``em Inglês``; the ``fields`` and ``languages`` of ``data/entities.json``), and
      then every NER mention of that language's name in the document (``o conteúdo éem Inglês``
      on a page that also says ``ser em Inglês``), and a name of capitalized common words after a
      word of studying or teaching and ``de``/``em`` (``licenciado em Línguas Neolatinas``:
      :func:`_studied_field`), and a one-word name after a disease's noun and ``de``, the noun
      joining it (``a doença de Crohn``: :func:`_disease_head`), and a
      name opening with a scientific notion's word (``Equação de Nernst``, ``Teoria da
      Relatividade``: its ``concept_heads``), and a one-word name the NER typed a place or an
      organization after such a word and ``de`` (``a equação de Nernst``), and an acronym of a tax, an index or a unit of
      account or of a disease (``a URV``, ``o ICMS``, ``a Aids``: its ``notion_acronyms``); a name no rule typed takes the type of the Wikipedia titles
      it is, from a place to an organization or a person, from an organization to a person
      (:func:`_title_categories`: ``Intelbras`` tagged as a place);
    * a name opening a sentence before ``é``/``foi``/``era`` and an article takes the type of
      the predicate's noun, added when the NER missed it (``Pedreiras é um município``: a place,
      ``Guaraní foi um clube``: an organization, with the page's other mentions of it;
      :mod:`teia.extract.predicate_types`);
    * a name between quotation marks that is not a person is a title, a work (``"Sopa"``), and
      so are names the NER cut inside a title in quotation marks (``" Navalha na Carne "``:
      :func:`_quoted_titles`);
    * **party brackets** (:mod:`teia.extract.regions`): a name the NER made of a party and a
      state code (``PT-SP``, ``PPR- PA``) is the party's, an organization; a name before such a
      bracket or a party's acronym alone in brackets is a person's (``Jarbas Passarinho (PPR-
      PA)``, ``Sigmaringa Seixas (PSDB)``, tagged places: :func:`_politician_before`), and so are
      the document's other mentions of it and of its surname (:func:`_person_everywhere`), and :func:`find_alias_links` reads the bracket as the party (a mention of it when the NER
      missed it), never as another name of the person;
    * **repeated names**: a later occurrence of a name the NER found elsewhere in the document
      (or of the surname of a person named in full) that the NER missed becomes a mention of
      the same category (source ``"rule"``).

    The words the rules read (titles, trades, verbs of people, classifier, street and document
    nouns, institution words, company suffixes, fields, languages) are the tables of
    ``data/entities.json`` (:mod:`teia.extract.entity_words`); ``words`` holds them extended by a
    user's lexicon files, the shipped ones when None.
    """
    w = _WORDS if words is None else words
    names = given_names()
    known = name_types()
    fields, languages = w.fields, w.languages
    has_pos = has_annotation(doc, "POS")
    has_dep = has_annotation(doc, "DEP")
    text = doc_text(doc)
    mentions = _across_listed_words(doc, _across_double_spaces(doc, mentions, text), text, w)
    mentions = _across_a_person_cut(doc, mentions, text)
    mentions = _across_listed_lead(doc, _across_cut_of(doc, mentions, text), text)
    words_of = doc_words(doc)
    people = _People(mentions)
    taken = _mention_tokens(doc, mentions)  # the tokens of every mention, read by :func:`_cut_start`
    lowercase_words = {w for w in set(words_of) if w[:1].islower() and w.isalpha()}
    other_words: dict[str, set[str]] = {}  # word -> the texts of the mentions holding it
    person_words: dict[str, set[str]] = {}  # word -> the texts of the person mentions holding it
    for m in mentions:
        for word in m.text.split():
            other_words.setdefault(word, set()).add(m.text)
            if m.category == PER:
                person_words.setdefault(word, set()).add(m.text)

    regions = load_regions()
    party_names = {fold(name) for name in regions.parties.values()}
    kinds = predicate_noun_types(w)
    out: list[Mention] = []
    sure: set[str] = set()  # names typed a person by a title or a role before them
    acting: set[str] = set()  # names a mention of which is a person's verb's subject (:func:`_human_subject`)
    placeless: set[str] = set()  # of those, the names never where a place stands nor mostly after an article
    characters: set[str] = set()  # names acting as people across the document (:mod:`teia.extract.characters`)
    companies: set[str] = set()  # names a company suffix follows (:func:`_company_name`)
    unvoted: set[int] = set()  # starts of the mentions their own sentence typed, out of the vote: a copyright line's holder, a state acting
    retype: list[int] = []  # indexes in ``out`` of names typed by the NER alone
    spoken: set[str] = set()  # language names read as languages ("em Inglês")
    notions: set[str] = set()  # names a rule typed a concept against the NER ("a equação de Nernst")
    vessels: set[str] = set()  # names a vessel's or an animal's noun typed a thing against the NER's place ("a balsa Estonia")
    common_things: set[int] = set()  # starts of the common words after an indefinite article ("um Físico", :func:`_one_of_a_make`)
    for idx, m in enumerate(mentions):
        if m.source != "ner" or m.kb_id:
            out.append(_as_street(doc, m, text, w))
            continue
        party = party_mention(m.text, regions)
        if party is not None:
            # "Hélio Bicudo (PT-SP)": the party, not a name of its own glued to the state's code
            start = m.start + (len(m.text) - len(m.text.lstrip()))
            out.append(as_category(with_span(m, start, start + len(party), party), ORG))
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            out.append(m)
            continue
        if _measure(span):
            continue  # "de área 27,04 km²", "densidade populacional de 45,45 hab./km²": a measure
        numbers = _numbers(span, m.category) if m.category in NODE_CATEGORIES else ""
        if numbers == "none":
            continue  # "London (1876-1916)", "Cep 22461-090": a year, a postal code; no name
        if len(span) == 1 and _ADDRESS.fullmatch(span.text):
            out.append(as_category(m, LOC))
            continue  # "E-mail: csj@csasp.g12.br": an e-mail or web address, a (virtual) place as HAREM has it
        if numbers == "place" and m.category != LOC:
            out.append(as_category(m, LOC))
            continue  # "tel. 021 585-2000"/PER: a phone number is a (virtual) place, as HAREM has it
        if has_pos and len(span) > 1 and _not_a_name(span) and not _day_street(doc, span) and not _singular_office(doc, span, w):
            continue  # no proper noun: "Negócios Estrangeiros", "Repúblicas soviéticas na"
        if has_pos and m.category not in (DATE, VALUE) and _opener_and_number(span):
            continue  # "Serão 103 amarelinhos", "Entre 150 e 200 pessoas": a sentence's verb or preposition and a number
        if len(span) == 1 and (_whole_heading(span, text) or _glued_heading(span, w)):
            continue
        pieces: list[tuple[int, int]] = []
        titled: dict[int, str] = {}  # first tokens of a byline's writer and what follows a newsroom title ("Paulo Coelho Colunista da Folha"), their types
        for pa, pb, kind in _writer_and_title(doc, span.start, span.end, text, names, known):
            part = _owner_split(doc, _pieces(doc, pa, pb, m.category, names, w), m.category, names, w)
            pieces.extend(part)
            titled.update({a: kind for a, _ in part if kind is not None})
        countries: set[int] = set()  # first tokens of the countries cut from a club's name ("Feyenoord da Holanda")
        split: dict[int, str] = {}  # first tokens of a body and a person cut apart ("Inpa Carlos Nobre"), their types
        if m.category in (ORG, LOC, PER):
            pieces, countries = _club_and_country(doc, pieces, w)
            after_title = {start for start, kind in titled.items() if kind != PER}
            pieces, split = _body_and_person(doc, pieces, names, known, w, after_title)
        split = {**titled, **split}
        portfolio = _portfolio(span, w)
        for a, b in pieces:
            if portfolio and split.get(a) != PER and doc[a].text not in names and not (a > span.start and _surnamed(doc, a, b)):
                continue  # "o ex-ministro do Planejamento João Paulo dos Reis Velloso": the portfolio no name, the person cut after it one
            headed = False
            while has_pos and _heading_word(doc, a, b, m.category, names, w):
                a, headed = a + 1, True  # "Biografia Ivan Moré estreou": a heading glued to the section's first sentence
                a += _heading_adjective(doc, a, b, names)  # "Vida Pessoal Carolina Kostner"
            if headed and b - a == 1 and (fold(doc[a].text) in w.section_headings or doc[a].pos_ in _SENTENCE_OPENING_TAGS):
                continue  # "Geografia Localização O município...", "História Nasceu em": headings and a verb, no name
            if _sentence_opener(doc, a, b, known, names, w):
                a += 1  # "Ontem Branco não treinou", "Colaborou Mário Simas": the sentence's adverb or verb, no name's word
            elif has_pos and _opening_noun_of(doc, a, b, known, w):
                a += 2  # "Pesquisa do Datafolha em ...", "Lojas de SP começam": a headline's noun and its de, no name's words
            cut = a == span.start and m.category not in (DATE, VALUE) and _cut_start(doc, a, m.category, taken, names, w)
            if cut:
                a -= 1  # "a Média do Júri Folha", "no Madison Square Garden": the name's first word, which the NER left out
            piece = doc[a:b]
            category = LOC if a in countries else split.get(a, m.category)
            acronym_role = _role_acronym(doc, a, w) if len(piece) == 1 else ""
            if acronym_role == "none":
                continue  # "os PMs", "dois PMs": the police's men, no one's name
            if text[piece.start_char : piece.end_char] not in known:
                if len(piece) == 1 and _lone_role(doc, a, w):
                    continue  # "Os Presidentes ... assinaram", "é um Ator britânico": a title, no name
                body = _office_body(doc, a, b, w)
                if body is not None:
                    # "Os Presidentes do Parlamento Europeu", "Candidato do PSDB passa...": the holders
                    # of a plural office and an office opening a sentence are no name, its body is (a
                    # singular office inside a sentence stays a person: _office_body)
                    if _role_word(doc[a], w) in w.portfolio_titles:
                        continue  # "Ministro da Saúde", "Os Ministros da Agricultura": a portfolio (:func:`_portfolio`)
                    plural = _role_word(doc[a], w) not in ("", doc[a].lower_)
                    a, piece = body, doc[body:b]
                    if category == PER or not plural:
                        body_text = text[piece.start_char : piece.end_char]
                        acronym = len(piece) == 1 and is_acronym(body_text)
                        category = known.get(body_text, category if category in (ORG, LOC) and not acronym else ORG)
                body = _area_body(doc, a, b, category, known, w)
                if body is not None:
                    # "o diretor de Assuntos Internacionais do Banco Central": the bank, the area is no name
                    a, piece = body, doc[body:b]
                    category = known.get(text[piece.start_char : piece.end_char], ORG)
            if len(piece) == 1:
                tok = piece[0]
                if tok.text.lower() in ABBREVIATED_TITLES:
                    continue  # "A Profa. Maria Silva" where the NER took the title alone for a name
                if tok.text.lower() in w.common_acronyms:
                    continue  # "lançou um CD", "o DVD ao vivo": a thing, no name (``common_acronyms``)
                if _acronym_of_a_kind(doc, a):
                    continue  # "é um DJ", "conectar a um BBS", "uma ONG chamada Fundação Cafu": a kind, no name
                if has_pos and _gentilic_adjective(tok, known):
                    continue  # "um rapper Americano", "a emissora de televisão Moçambicana": an adjective
                if (len(tok.text) == 1 or "[" in tok.text or "]" in tok.text or _LONE_INITIAL.fullmatch(tok.text)) and _street_start(doc, a, b, w) is None:
                    continue  # a letter, an initial or a symbol of a formula: "o estado de equilíbrio (B)", "[ X]e", "L. chrysomelas"; not "travessa J"
                protected = (
                    bool(other_words.get(tok.text, set()) - {tok.text, m.text})
                    or (m.text != tok.text and tok.text in other_words.get(tok.text, set()))
                    or (a > 0 and _ORDINAL_NUMBER.match(words_of[a - 1]) is not None)
                )
                if not protected and _is_common_word(tok, lowercase_words):
                    continue
                if not protected and category in (PER, ORG, LOC) and _common_word_opening(tok, known, names):
                    continue  # "Furioso, despachou", "Coordenador: Ana": a common word, capitalized (a concept stays: "Judo")
                if not protected and _verb_at_start(tok, known, names):
                    continue  # "Imagine que...", "Vale notar que...", "Nascia a Intelbras."
                if not protected and _line_start(tok) and tok.text.lower() in w.sentence_openers and tok.text not in known:
                    continue  # "Olha, Maria", "Aliás, Souza": the sentence's adverb or interjection (``sentence_openers``)
                if not protected and _predicative_adjective(tok, known, names):
                    continue  # "a vontade de ser Monárquico", "a família se torna Monárquica"
                if category == LOC and _plural_division(doc, a, regions):
                    # "em vários Estados", "a Estados e municípios": a division's noun, no place in
                    # particular, whatever other name holds the word ("os Estados Unidos")
                    continue
                if not protected and category != ORG and _time_word(tok, known, w):
                    continue  # "trinta e um de Janeiro", "pela Páscoa, no Verão": a time, no place
                if not protected and has_pos and tok.pos_ in _NOT_NAME_POS:
                    continue
            elif (has_pos and _not_a_name(piece) and not _day_street(doc, piece) and not _singular_office(doc, piece, w)) or (category in (PER, ORG, LOC) and _heading_in_capitals(piece, lowercase_words)):
                continue  # a common phrase; a heading in capitals ("ORGANIZAÇÃO ESTRUTURAL DA MEMBRANA"; a notion stays: "ÁREA: INFORMAÇÃO E SOCIEDADE")
            if _genre(doc, a, b, w):
                continue  # "uma banda de Forró", "nomes fortes do Hip Hop": a genre, no name
            if a > 0 and _ORDINAL_NUMBER.match(words_of[a - 1]) and category in (ORG, EVENT):
                a -= 1  # "o 7.º Exército"
                piece = doc[a:b]
            street = _street_start(doc, a, b, w)
            if street is not None or (len(piece) >= 2 and category in (PER, ORG) and w.street_noun(piece[0].text) and fold(piece[0].text) not in _NOT_STREET_HEADS):
                # "a rua Bolívia", "na rua General Glicério": the street, not the country or the general
                a = a if street is None else street
                out.append(Mention(m.doc_id, doc[a].idx, piece.end_char, text[doc[a].idx : piece.end_char], LOC, m.source))
                continue
            club = False  # a club a contest names or a player plays for (:func:`_contest_team`, :func:`_players_club`)
            state = False  # a country whose state acts (:func:`_state_acting`), the NER's organization too
            team = False  # a club a match's report names by its town (:func:`_team_in_a_match`)
            article = _title_article(doc, a, b, w)  # "como O Estado de S. Paulo": the article is the name's
            pa = a - 1 if article else a
            prev = words_of[pa - 1].lower() if pa > 0 else ""
            prev2 = words_of[pa - 2].lower() if pa > 1 else ""
            prev3 = words_of[pa - 3].lower() if pa > 2 else ""
            piece_text = text[piece.start_char : piece.end_char]  # ``piece.text`` joins its tokens at each read
            words = [fold(t.text) for t in piece]
            if split.get(a) == PER:
                sure.add(piece_text)  # "do Rio Antônio José Campos Moreira": a person by his given name, no "rio" before him
            if (has_pos and _title_before(doc, a, w)) or (len(piece) >= 2 and piece[0].text.lower() in ABBREVIATED_TITLES):
                category = PER  # "o general Brusilov", "a Profa. Ana" (the NER's span holding the title)
                sure.add(piece_text)
            elif (
                category != PER
                and not cut  # "no Madison Square Garden": the NER's place, whatever the first word it left out
                and len(piece) >= 2
                and piece[0].text in names
                and all(capitalized_token(t) or t.text.lower() in _INNER_PARTICLES for t in piece)
                and not any(word in w.non_person_words for word in words)
            ):
                category = PER
            speaker = category in (PER, LOC, ORG) and _news_speaker(doc, a, b, piece_text, known)
            cited = None if speaker or category not in (PER, LOC, ORG) else _cited_source(words_of, a, b, piece_text, category, known, names, w)
            if speaker or cited == PER:
                # '"Não vou sair", ironizou ontem Cerdeira.', '", diz Lima.': the speaker a news
                # quotation's tag names, a surname that is also a town's included (the NER's
                # person too: the name lists' town does not undo it); "Segundo Guimarães, ...":
                # whom a report cites
                category = PER
                sure.add(piece_text)
            elif cited == ORG:
                category = ORG  # "Segundo a Abiove, ...", ", segundo o Inmet.": the body a report cites
            elif category in (LOC, ORG) and known.get(piece_text) not in (LOC, ORG) and _opinion_holder(doc, a, b, piece_text, prev, prev2, w):
                # "na opinião de Pertence", "segundo declarações de Sigmaringa Seixas": whose words
                # or mind, a person in every mention of the name (and of his surname) the lists do not type otherwise
                category = PER
                sure.update(_person_everywhere(doc, a, b, piece_text, w))
            elif category in (LOC, ORG) and known.get(piece_text) not in (LOC, ORG) and (
                dialogue_person(doc, a, b, _verb_form)
                or _kin_of(doc, a, b, piece_text, w)
                or _titled_name(doc, a, b, piece_text, w)
                or _national_before(doc, a, b, piece_text, w)
                or _surnames_after_article(doc, a, b, piece_text, names, w)
            ):
                # "— Não cai, acudiu o Rubião.", "— Tem razão, Capitu, concordou...": people of a
                # dialogue; "o pai de Fidélia", "a mulher do Vilela": a person's kin; "o Padre Cabral";
                # "o alemão Hansi Krauss": a foreign man as news names him; "o Veiga Simão": European
                # Portuguese's article before a person's surnames
                category = PER
                sure.add(piece_text)
            elif category == LOC and not article and known.get(piece_text) not in (LOC, ORG) and _office_holder(doc, a, b, piece_text, w):
                # "o Governador do Maranhão", "o Arcebispo de Turim": an office's holder, not its
                # place (not a title its capitalized article opens: "filmes como O Alfaiate do Panamá")
                category = PER
                sure.add(piece_text)
            elif category == LOC and known.get(piece_text) not in (LOC, ORG) and _bare_surnames(doc, a, b, piece_text, names, w):
                # "na opinião de Pais Antunes", "abordado por Cunha Rodrigues": a man's two surnames;
                # no title says so, so a kind noun before still types it ("um partido Costa Mattos")
                category = PER
            elif category == LOC and known.get(piece_text) not in (LOC, ORG) and _role_apposition(doc, a, b, piece_text, w):
                # "o premiê da Estônia, Mart Laar, resumiu", "ao presidente da Síria, Hafez al Assad, o
                # plano": the holder of the office the noun before the comma names
                category = PER
                sure.add(piece_text)
            elif category == LOC and known.get(piece_text) not in (LOC, PER) and _bracketed_body(doc, a, b, piece_text, out[-1] if out else None, kinds, w):
                # "a Pesagro (Empresa Estadual de Pesquisa Agropecuária)", "a Sealbrent (empresa
                # intermediária na importação)", "o Sindicato das Agências Marítimas (Sindamar)": a
                # body its bracket's gloss or the body before the bracket says it is
                category = ORG
            elif category == LOC and has_pos and known.get(piece_text) != LOC and _human_subject(piece, w):
                # "diz Mills", "Hergé falou da obra", "Fidélia percebeu": a person's vote in the
                # document's vote, which wins a tie (a company says and believes: "Intelbras acredita")
                category = PER
                acting.add(piece_text)
                if has_dep and name_roles(doc, w.place_nouns).named_as_people_are(piece[0].text):
                    placeless.add(piece_text)  # "Quipangala tinha bebido", never "em Quipangala" nor "a Quipangala"
            elif category == LOC and has_dep and _unknown_subject(doc, a, b, piece_text, known, w):
                # "Dallari propôs a negociação", "Lívido, Aparecido arrastou Marcelo": a surname news
                # names a man by, no list's place; a person's vote, as a person's verb gives
                category = PER
                acting.add(piece_text)
                placeless.add(piece_text)
            elif category == LOC and len(piece) == 1 and has_dep and name_roles(doc, w.place_nouns).acts_as_person(piece_text):
                # "Santos arranjou-lhe depressa um lugar", "Santos sentiu mais que ela" and many
                # more in the work, never "em Santos": a character, in every mention of the name
                category = PER
                characters.add(piece_text)
            elif category == LOC and piece_text not in known and not _classified_by(w.venue_heads, fold(prev), fold(prev2)) and _team_in_a_match(doc, a, piece_text, w):
                category, team = ORG, True  # "o Norwich bateu o Southampton por 1-0": clubs, not their towns
            elif category in (LOC, ORG) and piece_text not in sure and not _classified_by(w.venue_heads, fold(prev), fold(prev2)) and _contest_team(doc, a, b, piece_text, w):
                # "a vitória do São Paulo sobre o Santos", "o Leverkusen enfrenta o Kispest": clubs,
                # known towns too (the NER's organization kept from the name lists' place)
                category, club = ORG, True
            elif (
                (category in (LOC, PER) or (category == ORG and known.get(piece_text) == LOC))
                and piece_text not in sure
                and known.get(piece_text) != PER
                and _players_club(doc, a, piece_text, prev, prev2, w)
            ) or (category == ORG and piece_text not in sure and _players_club(doc, a, piece_text, prev, prev2, w) and title_types([piece_text]).get(piece_text) == PER):
                # "é um futebolista uruguaio que atua no Liverpool": the club, not the town; the
                # NER's club stays one against the name lists' town ("os jogadores do Santos")
                # and a Wikipedia title's person ("os jogadores do Botafogo"); a name the lists
                # give a person's stays his ("o time do Maradona")
                category, club = ORG, True
            elif category in (LOC, ORG) and has_dep and _state_acting(doc, a, b, piece_text, w):
                # "a Rússia aceita o ataque", "o México prende o assessor": the state, HAREM's
                # organization; the country's other mentions keep their own category (no vote)
                category, state = ORG, True
                unvoted.add(piece.start_char)
            if (
                category in (LOC, ORG, MISC)
                and known.get(piece_text) not in (LOC, ORG)
                and party_mention(piece_text, regions) is None
                and piece_text not in regions.parties
                and (bracket := party_bracket_after(text, piece.end_char, regions)) is not None
                and _politician_before(doc, a, b, piece_text, bracket, party_names, regions, w)
            ):
                # "Jarbas Passarinho (PPR- PA)", "Sigmaringa Seixas (PSDB)": a politician and his
                # party, in every mention of the name (and of his surname) the lists do not type otherwise
                category = PER
                sure.update(_person_everywhere(doc, a, b, piece_text, w))
            if category in (ORG, LOC, MISC, CONCEPT) and words[0] in w.document_words:
                category = WORK  # a text: "as Teses de Abril", "o Protocolo de Quioto", "a Constituição"
            elif category in (ORG, LOC, MISC, CONCEPT) and len(piece) == 1 and _act_acronym(doc, a, prev, prev2, w):
                category = WORK  # "a MP 434", "editar MPs": a medida provisória's text, not "o MP", the Ministério Público
            elif category in (ORG, LOC, MISC, CONCEPT) and acronym_role == "person":
                category = PER  # "o PM disse", "contra o PM": a policeman, not "a PM", the police
                unvoted.add(piece.start_char)
            if category in (LOC, PER) and len(piece) >= 2 and words[0] in w.organization_heads and piece_text not in sure:
                category = ORG  # an institution, not its building: "o Museu da Lourinhã", "o Hospital de São João"
            elif category == LOC == m.category and len(piece) >= 2 and words[0] in w.company_heads and capitalized_token(piece[0]) and known.get(piece_text) != LOC:
                category = ORG  # "da Corretora Convenção", "na Bolsa de Nova York": the NER's place, a business's name
            if (
                category in (ORG, PER, EVENT)
                and (len(piece) >= 2 or prev in IN_FORMS)
                and words[0] in w.venue_heads
                and capitalized_token(piece[0])
                and piece_text not in sure
                and known.get(piece_text) not in (ORG, PER)
            ):
                category = LOC  # a building, no body: "o Estádio do Morumbi", "a Ponte de Almansor", "no Cemitério da Saudade", "no Sambódromo"
            elif category == PER and len(piece) >= 2 and words[0] in w.premises_heads and capitalized_token(piece[0]) and _premises_name(piece_text, sure, known):
                category = w.premises_heads[words[0]]  # "o Teatro Sérgio Cardoso", "a Livraria Francisco Alves": a building or a business a person's name names
            if category in (LOC, PER, ORG) and piece_text not in sure and _company_name(text, piece.end_char, w):
                category = ORG  # "Isotexsa - Impermeabilização para a Construção Civil, Lda": every "Isotexsa" of the page
                companies.add(piece_text)
            if category in (LOC, ORG) and _copyright_holder(text, piece.start_char, piece.end_char):
                category = ORG  # "by - Netpage - Copyright © 2002": a place holds no copyright
                unvoted.add(piece.start_char)
            evidence = category != m.category or club or speaker or state
            if not evidence and known.get(piece_text, category) != category and known[piece_text] in (PER, ORG, LOC):
                category = known[piece_text]
            if category in (PER, ORG, LOC) and (
                (words[0] in fields and _field_name(doc, a, b, w))
                or (len(piece) == 1 and words[0] in languages and prev == "em")
            ):
                category = CONCEPT  # "licenciatura em Economia", "Ciências Políticas", "em Inglês"
                if len(piece) == 1 and words[0] in languages:
                    spoken.add(piece_text)  # every "Inglês" of the page: "todo o conteúdo éem Inglês"
            elif category in (PER, ORG, LOC) and known.get(piece_text) not in (PER, ORG, LOC) and _studied_field(doc, a, b, w):
                category = CONCEPT  # "licenciado em Línguas Neolatinas", "professor de Direito Tributário": a field of study
            elif category in (PER, ORG, LOC, CONCEPT) and (head := _disease_head(doc, a, b, names, person_words, w)) is not None:
                category, pa = CONCEPT, head  # "a doença de Crohn", "o mal de Alzheimer": the disease, its noun in the name
            elif category in (PER, ORG, LOC) and len(piece) >= 2 and words[0] in w.concept_heads and capitalized_token(piece[0]):
                category = CONCEPT  # "dado pela Equação de Nernst", "o Coeficiente de Permeabilidade"
            elif category in (LOC, ORG) and len(piece) == 1 and prev == "de" and fold(prev2) in w.concept_heads:
                category = CONCEPT  # "a equação de Nernst", "o teorema de Fermat": the notion's name, no place
            elif category in (PER, ORG, LOC) and len(piece) >= 2 and _spelled_notion(doc, a, b, w):
                category = CONCEPT  # "a URV (Unidade Real de Valor)", "o Produto Interno Bruto (PIB)": the acronym's words
            elif (
                category in (PER, ORG, LOC)
                and len(piece) == 1
                and piece_text.lower() in w.notion_acronyms
                and (piece_text.isupper() or len(piece_text) > 3)
                and not _place_code(doc, a)
            ):
                category = CONCEPT  # "a URV", "o ICMS", "o IGP-M", "a Ufir", "a Aids", "os CDBs", "a TR": a tax, an index, a unit of account, a security, a rate, a disease (in capitals but for a word of 4 letters or more: not "Iva", a woman; not "Orvieto (TR)", a province's code)
            if category == CONCEPT and m.category != CONCEPT:
                notions.add(piece_text)  # "a equação de Nernst": the rules' notion, which the name's other mentions follow
            nxt = words_of[b] if b < len(doc) else ""
            quoted = prev in _OPEN_QUOTES and nxt in _CLOSE_QUOTES
            # 'o bairro "Três Barras"', 'o clube "Os Belenenses"': a kind noun before the quotes types the quoted name
            kind = _kind_before_quote(doc, words_of, pa - 1, piece_text, kinds, w) if quoted else None
            if quoted and category != PER and _quoted_name_of(out, text, doc[pa - 1]):
                # 'Ginásio Estadual "Anhanguera"': the school's name, the quoted words included
                last = out[-1]
                close = doc[b].idx + len(doc[b].text)
                out[-1] = with_span(last, last.start, close, text[last.start : close])
                continue
            if (
                category in (LOC, ORG, MISC, CONCEPT)
                and quoted
                and kind is None
                and not (category == ORG and len(piece) >= 2 and institution_opening(piece, w))
            ):
                # a quoted title: «Morte em Veneza», "Sopa"; not a quoted institution, "Instituto de
                # Pesquisas Tecnológicas", "Centre International de l'Enfance"
                category = WORK
            if category in (LOC, ORG, MISC, CONCEPT) and (
                prev in w.work_classifiers or (prev in _OPEN_QUOTES and prev2 in w.work_classifiers) or (prev == "," and _apposed_to_a_work(piece, w))
            ):
                category = WORK  # o livro X, o filme «X», "o primeiro álbum, Nevermore, sai"
            if category == PER and len(piece) == 1 and _affiliation_after(doc, a, people):
                category = ORG  # "Liz-Rejane Legey (IBICT)": her institution
            elif category == PER and m.category == PER and piece_text not in sure and known.get(piece_text) != PER and _trade_employer(doc, a, b, piece_text, names, person_words, w):
                category = ORG  # "o gerente da Elgin", "o pesquisador do Inpa": the body the trade works for
            if kind == ORG and category in (WORK, MISC):
                # 'pela gravadora "Equal Vision Records"': the NER's title, the noun's body; a NER title
                # after a place's noun stays one ('Chegam ao país "Return to Zork"')
                category = ORG
            kind = kind or (None if _adjective_after_noun(doc, pa - 1) else _kind_before(words_of, pa, piece_text, kinds, w))
            bodied = False  # the name of a body a kind noun, its complement or its gentilic give (:func:`_body_before`)
            if category in (LOC, PER) and _classified_by(w.org_classifiers, prev, prev2, w=w) and not (prev == "de" and m.category == PER):
                category = ORG  # o regimento Semionovski da Guarda Imperial; not "a empresa de João Silva", its owner
            elif category in (LOC, PER) and (prev in w.news_org_classifiers or (kind == ORG and piece_text not in sure)):
                category = ORG  # a consultoria Macrométrica, o time Chievo Verona, a clínica Erasto Gaertner
            elif (
                category in (LOC, PER)
                and piece_text not in sure
                and known.get(piece_text) != PER
                and len(piece) <= _BODY_NAME_WORDS
                and _body_before(
                    doc,
                    words_of,
                    pa,
                    piece_text,
                    kinds,
                    lambda: _holders_name(piece_text, m.category == PER, names, known),
                    lambda: _place_or_byline(piece_text, known),
                    w,
                )
            ):
                category, bodied = ORG, True  # "a companhia de cosméticos Elizabeth Arden", "a empresa italiana Illycaffè"
            if (
                category in (LOC, ORG)
                and has_pos
                and known.get(piece_text) != LOC
                and _joined_to_person(piece, people)
                and not people.in_lifespan_bracket(text, piece.start_char, piece.end_char)
            ):
                category = PER  # "por Stalin e por Sergo Ordjonikidze"; not "Fulano (Cruzeiro do Sul, Acre, 1977)": his places
            if prev in w.thing_classifiers and category == PER:
                category = MISC  # "o cavalo Money Maker": a thing, no person
            elif prev in w.thing_classifiers and _named_vessel(words_of, pa, category, m.category, piece_text, known):
                category = MISC  # "a balsa Estonia", "o navio Suunta": a thing, no place, in all its mentions
                vessels.add(piece_text)
            elif category == ORG == m.category and prev in w.product_nouns and words_of[pa - 1].islower() and _product_name(piece_text, known):
                category = MISC  # "o processador Pentium", "o padrão PCMCIA", "notebooks ThinkPad": a product, no company
            elif category in (ORG, LOC) and category == m.category and _vehicle_model(doc, pa, b, piece_text, w):
                category = MISC  # "o Gol 1000", "um novo Gol", "o Uno ELX", "o Range Rover": a car's model, no company
            elif category in (PER, ORG) and split.get(a) != PER and (_classified_by(w.place_classifiers, prev, prev2, prev3, w) or (kind == LOC and piece_text not in sure)):
                category = LOC  # a cidade de Tambov, o bairro Dom Lustosa, o estado do Acre
            elif category == ORG and prev != "de" and _division_of_a_place(piece_text, regions, known):
                category = LOC  # "no Estado do Rio de Janeiro", "do Estado de Sergipe": the state, a place
            if category == m.category and category in (LOC, ORG) and not club and not bodied and _one_of_a_make(doc, pa, b, piece_text, known, w):
                if _mostly_lower_case(piece_text.lower(), doc.vocab):
                    # "é um Físico estadunidense", "é uma Organização não governamental": a common word, no
                    # name, dropped below unless a quoted title takes it in ('" A Vida É uma Ópera "')
                    common_things.add(doc[pa].idx)
                category = MISC  # "um Opala azul", "uma Leica", "um PowerBook pesa 3,17 kg": a thing, no place nor company
            if (
                category == m.category
                and category in (LOC, ORG)
                and not club
                and not bodied
                and piece_text not in known
                and not _classified_by(_classifiers(w), prev, prev2, w=w)
                and prev not in w.news_org_classifiers
            ):
                retype.append(len(out))  # no evidence but the NER's: the typed titles may say otherwise
            if (club or team) and category == ORG and m.source == "ner":
                m = replace(m, source=CLUB_SOURCE)  # the club keeps its identity: no vote, its own node (not its town's)
            if (a, b) == (span.start, span.end) and category == m.category and pa == a:  # no article nor disease noun joined
                out.append(m)
            else:
                start = doc[pa].idx
                out.append(as_category(with_span(m, start, piece.end_char, text[start : piece.end_char]), category))
    _title_categories(out, retype, w, text)
    out = _act_numbers(doc, out, text, w)
    out = _place_numbers(doc, out, text, w)
    out = _quoted_titles(doc, out, text, w, kinds)
    out = _bracketed_titles(out, text, w)
    out = [m for m in out if not (m.category == MISC and m.start in common_things)]
    out, typed = predicate_typed(doc, _bodies_for(out, text, w), doc_id, w)
    typed = {**dict.fromkeys(spoken, CONCEPT), **dict.fromkeys(vessels, MISC), **typed}
    return _repeated_names(doc, _one_category_per_name(out, sure, companies, unvoted, typed, acting, characters, placeless, notions, doc.vocab), doc_id, w)


_ACT_NUMBER_SIGNS = frozenset({"nº", "n.º", "n°", "n.°", "nº.", "n.", "nr.", "número", "numero"})
"""The words of a legal act's number before it (``a Lei nº 8.666``, ``o Decreto-Lei n.º 74/99``);
``n`` and ``º`` apart (``Regulamento n º 1408``) and ``no`` (``a Lei Provincial no 12``) are read
too."""
_ACT_NUMBER = re.compile(rf"(?:n\.?[{MASCULINE_ORDINAL_SIGNS}]\.?)?\d[\d.]*(?:[/-]\d+)*(?:-[A-Z])?")
"""A legal act's number: ``8.666``, ``74/99``, ``9.610/98``, ``2.166-67``, glued to its sign (``nº74/99``)."""
_BARE_ACT_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:[/-]\d+)*|\d+/\d{2,4}|\d{3}(?:-\d+)?")
"""A number a legal act's name takes without its sign: thousands, a year after a slash or three
digits (``a Lei 9.610/98``, ``a Medida Provisória 434``); not a year nor a count (``o Regulamento 12
vezes``)."""


def _act_number_end(doc: Doc, k: int) -> int | None:
    """The index after the number of a legal act whose name ends before ``doc[k]``: its sign and
    number (``nº 8.884/94``), in brackets too (``(nº 8.884/94)``), or a bare number
    (:data:`_BARE_ACT_NUMBER`); None when no number follows."""

    def at(i: int) -> str:
        return doc[i].text if i < len(doc) else ""

    def joined(i: int) -> bool:  # on the name's line: no line break before doc[i]
        return i < len(doc) and "\n" not in doc[i - 1].whitespace_ and not doc[i - 1].is_space

    bracket = at(k) == "(" and joined(k)
    i = k + bracket
    sign = False
    if joined(i) and at(i).lower() in _ACT_NUMBER_SIGNS:
        i, sign = i + 1, True
    elif joined(i) and at(i).lower() == "n" and at(i + 1) == "º":
        i, sign = i + 2, True
    elif joined(i) and at(i) == "no" and not bracket:
        i, sign = i + 1, True
        if at(i + 1).lower() == "de":  # "no 13 de maio": a day, no number
            return None
    if not joined(i) or not _ACT_NUMBER.fullmatch(at(i)):
        return None
    if not sign and not at(i).lower().startswith("n") and not _BARE_ACT_NUMBER.fullmatch(at(i)):
        return None
    i += 1
    if bracket:
        if at(i) != ")":
            return None
        i += 1
    return i


def _act_numbers(doc: Doc, mentions: list[Mention], text: str, w: EntityWords = _WORDS) -> list[Mention]:
    """A legal act's name (its first word one of ``numbered_acts``: ``Lei``, ``Decreto-Lei``,
    ``Portaria``, ``Medida Provisória``) goes on over the number written right after it, which
    names the act (:func:`_act_number_end`): ``a Lei 9.610/98``, ``o Decreto-Lei n.º 74/99``, ``a Lei
    Provincial no 12``, ``a Lei Antitruste (nº 8.884/94)`` (the NER's ``Lei``, ``Decreto-Lei``, or
    its whole name cut at ``no`` and at the bracket); the name is a work's, a text, as HAREM has it.
    Not over another mention, nor a person's name."""
    if not any(ch.isdigit() for ch in text):
        return mentions
    out = list(mentions)
    taken = SpanIndex((m.start, m.end) for m in mentions)
    for idx, m in enumerate(mentions):
        if m.category == PER or fold(m.text.split()[0]) not in w.numbered_acts:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        end = _act_number_end(doc, span.end)
        if end is None:
            continue
        stop = doc[end - 1].idx + len(doc[end - 1].text)
        if taken.overlaps(m.end, stop):  # a mention between the name's end and the number's (not the name: it ends at m.end)
            continue
        out[idx] = as_category(with_span(m, m.start, stop, text[m.start : stop]), WORK)
    return out


def _place_numbers(doc: Doc, mentions: list[Mention], text: str, w: EntityWords = _WORDS) -> list[Mention]:
    """A place's name the NER ended before its own number goes on over it (:func:`_own_number`:
    its first word one of ``numbered_places``, a code in capitals maybe between, or a street noun
    alone): ``o Terminal 1``, ``o Pavilhão 3``, ``a Rodovia SP 330`` (the NER's ``Terminal``,
    ``Pavilhão``, ``Rodovia SP``). A date or a number the NER or the rules made of the number alone
    goes; not over another mention, nor a person's name."""
    if not any(ch.isdigit() for ch in text):
        return mentions
    out, swallowed = list(mentions), set()
    taken = SpanIndex((m.start, m.end) for m in mentions)
    for idx, m in enumerate(mentions):
        if m.category == PER:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) > 2 or span.end >= len(doc) or not span[-1].whitespace_:
            continue
        number = doc[span.end]
        if not number.text.isdigit() or not _own_number([*span, number], 0, len(span) + 1, w):
            continue
        stop = number.idx + len(number.text)
        touching = taken.overlapping(m.end, stop)  # the mentions past the name's end (not the name itself) and before the number's
        if any(not (mentions[k].category in (DATE, VALUE) and m.end <= mentions[k].start and mentions[k].end <= stop) for k in touching):
            continue
        swallowed.update(touching)
        out[idx] = with_span(m, m.start, stop, text[m.start : stop])
    return [o for k, o in enumerate(out) if k not in swallowed]


def _news_speaker(doc: Doc, a: int, b: int, name: str, known: Mapping[str, str]) -> bool:
    """The name at tokens ``a`` to ``b`` is the speaker a news quotation's tag names
    (:func:`teia.extract.dialogue.quoted_speaker`: ``"...", diz Lima``, ``ironizou ontem
    Cerdeira``), a person though the name lists know it as a town's (``Lima``, ``Santos``,
    ``Guimarães`` are surnames as often); not a country's name (``", anunciou Israel``), a name
    the lists know as an organization's nor an acronym (``", informou IBGE``), which speak for a
    body."""
    if known.get(name) == ORG or names_a_country(name) or is_acronym(name):
        return False
    return quoted_speaker(doc, a, b, _verb_form)


_SOURCE_CUES = (("segundo",), ("conforme",), ("de", "acordo", "com"))
"""The words before the source a report cites (:func:`_cited_source`), lower case."""
_BEFORE_SOURCE_CUE = frozenset(", ( — – . ! ? … ; :".split()) | _OPEN_QUOTES
"""The words before a source's cue that opens a clause: a comma, a bracket, a dash, an opening
quote or the end of the sentence before (:func:`_cited_source`)."""
_AFTER_SOURCE = frozenset(", . ; : ( ) ! ?".split())


_SENTENCE_ENDS = frozenset(". ! ? … ;".split())
"""The words that end a sentence, before a cue that must open one (:func:`_opinion_opening`)."""


def _opinion_opening(words_of: Sequence[str], end: int, name: str, known: Mapping[str, str]) -> bool:
    """Whether ``Para`` opening a sentence stands right before token ``end`` (the name cited or its
    article), whose view the sentence then gives, as :func:`_cited_source` reads ``segundo``: ``Para
    Singer, antes de vir o real...``, ``Para a Fiesp, ...``. Not inside a sentence, where ``para`` is
    more often where to or what for (``viajou, para Brasília,``), nor before a name the lists or a
    Wikipedia place's title give a place (``Para São Paulo, a medida...``, ``Para Itajaí, ...``)."""
    c = end - 1
    if c < 0 or words_of[c] != "Para" or not (c == 0 or words_of[c - 1] in _SENTENCE_ENDS or words_of[c - 1].isspace()):
        return False
    return known.get(name) != LOC and not kb_place(name)


def _cited_source(
    words_of: Sequence[str], a: int, b: int, name: str, category: str, known: Mapping[str, str], names: frozenset[str], w: EntityWords = _WORDS
) -> str | None:
    """The type of the name at tokens ``a`` to ``b`` (``name``, the NER's ``category``) when a
    news report cites it as its source: ``segundo``, ``conforme`` or ``de acordo com``, opening the
    sentence or after a comma or a bracket, right before the name or its article, and a comma, a
    bracket or the sentence's end right after the name (``Segundo Guimarães, as vendas...``, ``...,
    segundo Martins.``, ``Segundo a Abiove, 80% da safra...``, ``segundo o Inmet (Instituto
    Nacional de Meteorologia)``; not the ordinal, ``o segundo Governo Vargas``), or whose view it
    gives, ``Para`` opening it (:func:`_opinion_opening`: ``Para Singer, ...``).

    Without an article, a person, a surname that is also a town's included (``Segundo Santos,``;
    the NER's place and organization, ``Segundo Lula,``); but a name the lists or a Wikipedia title
    give as an organization's, or an acronym, is an organization when the NER said a place
    (``segundo IBGE,``) and keeps the NER's person (``Segundo Bertone,``), and a name holding ``e``
    or a word of the ``non_person_words`` is left alone (``de acordo com Cadastro Geral de
    Empregados e Desempregados``, a record). With an article, an organization (the NER's place, and
    its person of one word that is no surname, ``segundo a Andima,``), but a person for a name the
    lists give as a person's or opening with a given name (``segundo o Lula``, European
    Portuguese). None for a country's or a wider region's name (the graph's place, also when it
    acts as a state: ``segundo o Brasil``) and for a name that keeps the NER's type."""
    if b < len(words_of) and words_of[b] not in _AFTER_SOURCE:
        return None
    article = a > 0 and words_of[a - 1].lower() in DEFINITE_ARTICLES
    end = a - 1 if article else a
    for cue in _SOURCE_CUES:
        c = end - len(cue)
        if c >= 0 and tuple(word.lower() for word in words_of[c:end]) == cue and (c == 0 or words_of[c - 1] in _BEFORE_SOURCE_CUE or words_of[c - 1].isspace()):
            break
    else:
        if not _opinion_opening(words_of, end, name, known):
            return None
    if names_a_country(name) or wider_than_countries(name):
        return None
    if not article:
        if known.get(name) == ORG or is_acronym(name) or title_types([name]).get(name) == ORG:
            return ORG if category == LOC else None  # "Segundo Bertone,": the NER's person stays one
        if any(word in ("e", "y") or fold(word) in w.non_person_words for word in name.split()):
            return None  # "de acordo com Cadastro Geral de Empregados e Desempregados": a body's or a record's name
        return None if category == PER else PER
    if known.get(name) == PER or name.split()[0] in names:
        return None if category == PER else PER
    if category == PER and (" " in name or name in surnames()):
        return None
    return None if category == ORG else ORG


def _kind_before(words_of: Sequence[str], a: int, name: str, kinds: dict[str, str], w: EntityWords = _WORDS) -> str | None:
    """The type, an organization's or a place's, that a kind noun right before the name at token
    ``a`` gives it: a noun of the copula's table (:func:`teia.extract.predicate_types.predicate_noun_types`,
    ``kinds``) in lower case, singular or plural (``o time Chievo Verona``, ``a clínica Erasto
    Gaertner``, ``o bairro Dom Lustosa``, ``dos bairros Giovannini``), or a place noun before the
    name's ``de`` (:func:`place_noun`: ``o estado do Acre``, ``o município de Itu``). None for a
    person's noun (the titles' rules read those), a noun after a bare ``de`` (``seu companheiro de
    equipe Gianni Morbidelli``: the noun qualifies someone else) or after a person's title or trade
    and its ``do``/``da`` (``o médico da equipe Joaquim Grava``: the name is the doctor's) or a
    noun of a title and its ``do``/``da`` (``o jornal da cidade "O Porvir"``: the paper's), nor a
    capitalized word (a name's own); a country or a continent (``name``) stays a place after an
    organization's noun (``a seleção Argentina``: its team, which the graph does not tell from it)."""
    if a < 2:
        return None
    prev, prev2 = words_of[a - 1], words_of[a - 2]
    if prev in SINGULAR_OF_FORMS:
        return LOC if prev2[:1].islower() and place_noun(prev2.lower(), w) else None
    if not prev[:1].islower() or prev2.lower() == "de":
        return None
    if a > 3 and prev2 in SINGULAR_OF_FORMS and _title_holder(words_of[a - 3].lower(), w):
        return None  # "o médico da equipe Joaquim Grava": the doctor's name; 'o jornal da cidade "O Porvir"': the paper's
    kind = noun_type(prev.lower(), kinds)
    if kind == ORG and (names_a_country(name) or wider_than_countries(name)):
        return None
    return kind if kind in (ORG, LOC) else None


def name_kind(doc: Doc, w: EntityWords = _WORDS) -> Callable[[int, str], str]:
    """:func:`_kind_before` over ``doc``: the type (``ORG``, ``LOC``, or ``""``) a kind noun
    before the name at a token gives it; the type model's ``kind`` (:mod:`teia.extract.mention_types`)."""
    words, kinds = doc_words(doc), predicate_noun_types(w)
    return lambda a, name: _kind_before(words, a, name, kinds, w) or ""


def _kind_before_quote(doc: Doc, words_of: Sequence[str], q: int, name: str, kinds: dict[str, str], w: EntityWords = _WORDS) -> str | None:
    """The type a kind noun gives the name in the quotes opening at token ``q``
    (:func:`_kind_before`): the noun right before them (``no restaurante "Porto Fino"``, ``no local
    "Três Barras"``) or, when an adjective of a noun stands between (:func:`_adjective_after_noun`),
    the noun before it (``a banda britânica "Midtown"``, ``o estádio municipal "Prefeito Adherbal
    Correa"``); the adjective is no kind noun there (``o jornal local "Diário do Povo"``: the paper's
    name, no place's), nor before a name without quotes (``no seu clube local FC Spartak Trnava``)."""
    if _adjective_after_noun(doc, q - 1):
        return _kind_before(words_of, q - 1, name, kinds, w)
    return _kind_before(words_of, q, name, kinds, w)


def _adjective_after_noun(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a lower-case word the tagger calls an adjective right after a
    lower-case common noun (``clube local``, ``banda britânica``); not a kind noun alone after its
    article that the tagger reads as an adjective (``a estatal``, ``o militar``)."""
    return i >= 1 and doc[i].pos_ == "ADJ" and doc[i].text.islower() and doc[i - 1].pos_ == "NOUN" and doc[i - 1].text.islower()


def _title_holder(word: str, w: EntityWords = _WORDS) -> bool:
    """Whether ``word`` (lower case), before ``do``/``da`` and a kind noun, is the noun the name
    after them belongs to: a person's title or trade (:func:`_role_form`) or a noun of a work's or a
    paper's title (the ``title_nouns`` and ``work_classifiers`` of ``data/entities.json``)."""
    return bool(_role_form(word, w)) or word in w.title_nouns or word in w.work_classifiers


_BODY_NAME_WORDS = 4
"""The longest name :func:`_body_before` types: a longer run of capitalized words after a kind
noun is more likely a title or a list than a body's name."""


def _body_noun(word: str, kinds: dict[str, str], w: EntityWords = _WORDS) -> bool:
    """Whether ``word`` (as written) is a noun of a kind of body in lower case, singular or plural:
    an organization's noun of the copula's table (``kinds``: ``companhia``, ``banco``,
    ``fabricante``) or a classifier of the news (``org_classifiers``, ``news_org_classifiers``:
    ``rede``, ``grupo``, ``empreiteira``)."""
    if not word[:1].islower():
        return False
    if noun_type(word, kinds) == ORG:
        return True
    return any(form in w.org_classifiers or form in w.news_org_classifiers for form in singular_forms(word))


def _holders_name(name: str, ner_person: bool, names: frozenset[str], known: dict[str, str]) -> bool:
    """Whether ``name``, after a title or a trade, its ``do``/``da`` and a body's noun, may be the
    holder's rather than the body's (:func:`_body_before`'s ``personal``): a known given name
    (``names``) opens it, or the knowledge base's titles have it a person and the lists do not
    have it an organization (``o líder do partido nacionalista Ollanta Humala``); or the NER
    typed it a person and it is no body's name by its looks: more than two words, or a word of it
    a known given name or surname (:func:`teia.extract.gazetteer.surnames`: ``o presidente da
    companhia de seguros Silva``), and the lists and the knowledge base do not have it an
    organization. Not ``o vocalista da banda de rock Matanza``: a short name of no known person's
    word, the band's."""
    words = name.split()
    if words[0] in names:
        return True
    typed = title_types([name]).get(name)
    if typed == PER and known.get(name) != ORG:
        return True  # "o líder do partido nacionalista Ollanta Humala": the knowledge base's person
    if not ner_person or known.get(name) == ORG or typed == ORG:
        return False
    family = surnames()
    return len(words) > 2 or any(word in names or word in family for word in words)


def _place_or_byline(name: str, known: dict[str, str]) -> bool:
    """Whether ``name``, after a body noun and an adjective of no gentilic or a two-word complement
    (:func:`_body_before`'s ``stranger``), reads as no body's name: the lists have it a place
    (``name_types.tsv``: ``uma banda de improviso instrumental Lisboa, Portugal``, a ``de`` missing
    in the text), or it is two words or more all in capitals, an author's byline run into the text
    (``com um grupo de acompanhantes terapêuticos SUELY ROLNIK é psicanalista``); unless the lists or
    the knowledge base's titles have it an organization (``da banda brasileira de power metal
    Angra``: the lists' place, the titles' band)."""
    words = name.split()
    placed = known.get(name) == LOC
    byline = len(words) >= 2 and all(word.isupper() for word in words)
    if not (placed or byline):
        return False
    return known.get(name) != ORG and title_types([name]).get(name) != ORG


def _body_before(
    doc: Doc,
    words_of: Sequence[str],
    a: int,
    name: str,
    kinds: dict[str, str],
    personal: Callable[[], bool],
    stranger: Callable[[], bool],
    w: EntityWords = _WORDS,
) -> bool:
    """Whether a noun of a kind of body (:func:`_body_noun`) with its ``de`` and a complement, a
    gentilic (a country's, a continent's or a region's) or both stands right before the name at
    token ``a``: ``a companhia de cosméticos Elizabeth Arden``, ``o banco de investimentos Goldman
    Sachs``, ``a rede de lojas Mesbla``, ``a empresa italiana Illycaffè``, ``a empresa gaúcha
    Turiscol``, ``a agência de notícias russa Itar-Tass``, ``a empresa brasileira de aviação
    Embraer``; the name is that body's (the bare noun is :func:`_kind_before`'s). The noun may
    also have an adjective of no gentilic the tagger calls one, or a complement of two words (a
    noun and a noun or an adjective), before the name or before its ``de`` (``o partido
    separatista Sinn Fein``, ``a banda de hardcore punk Matanza``, ``a banda britânica de new wave
    Duran Duran``); a person's name follows those as well (``a equipe técnica Carlos Alberto
    Parreira``), so there, with a title or a trade before the noun or not, the name is the body's
    only when ``personal()`` says it is no holder's. Not after a person's title or trade and its ``do``/``da`` when the
    name may be the holder's (``personal()``, :func:`_holders_name`: a known given name opens it, or
    the NER typed it a person and a word of it is a known given name or surname; ``o presidente da
    companhia de seguros João Silva``: his name; not ``o vocalista da banda de rock Matanza``); a name the NER gave no
    person and no given name opens is the noun's, the head of the trade's complement (``o diretor
    da empresa de ônibus Viação São José Ltda.``: the company). Nor after a complement that is a
    trade (``da equipe de articulistas Francisco Maturana``: one of its people) or a word the tagger
    does not call a noun (``a companhia de outro Modigliani``), nor a country's or a continent's name
    (``a seleção de futebol Argentina``: its team, which the graph does not tell from it). Nor, after
    an adjective of no gentilic or a two-word complement, a name ``stranger()`` reads as no body's
    (:func:`_place_or_byline`: a place the lists know, a byline in capitals)."""
    if a < 2:
        return False
    tagged = has_annotation(doc, "POS")
    head = a - 1
    described = False  # an adjective of no gentilic or a complement of two words: a person's name may follow them too
    if words_of[head][:1].islower() and load_demonyms().gentilic(words_of[head], regional=True):
        head -= 1  # "a montadora japonesa Toyota", "a agência de notícias russa Itar-Tass"
    elif tagged and head > 2 and words_of[head - 2] == "de" and _complement_word(words_of[head - 1], w) and _complement_word(words_of[head], w):
        if not _complement_tags(doc[head - 1].pos_, doc[head].pos_):
            return False  # "a banda de rock tocou Fulano"
        head, described = head - 3, True  # "a banda de hardcore punk Matanza", "a empresa de projetos aeronáuticos Grumman"
    elif tagged and _complement_word(words_of[head], w) and doc[head].pos_ == "ADJ":
        head, described = head - 1, True  # "o partido separatista Sinn Fein", "a banda neo-romântica Duran Duran"
    word = words_of[head]
    if head > 1 and words_of[head - 1] == "de" and word[:1].islower() and word.replace("-", "").isalpha() and len(word) > 2:
        if _role_form(word.lower(), w) or (tagged and doc[head].pos_ != "NOUN"):
            return False  # "da equipe de articulistas Francisco Maturana": its people; "a companhia de outro Modigliani"
        head -= 2  # "a fabricante de automóveis Ford", "a banda de post-grunge Seether"
    if head == a - 1:
        return False  # the bare noun: :func:`_kind_before`
    if head < a - 2 and head > 1 and words_of[head + 1] == "de" and _complement_word(words_of[head], w) and not _body_noun(words_of[head], kinds, w):
        if load_demonyms().gentilic(words_of[head], regional=True):
            head -= 1  # "a empresa brasileira de aviação Embraer"
        elif tagged and doc[head].pos_ == "ADJ":
            head, described = head - 1, True  # "a banda britânica de new wave Duran Duran"
    if not _body_noun(words_of[head], kinds, w):
        return False
    role = head > 1 and words_of[head - 1] in SINGULAR_OF_FORMS and _role_form(words_of[head - 2].lower(), w)
    if (role or described) and personal():
        return False  # "o presidente da companhia de seguros João Silva", "a equipe técnica Carlos Alberto Parreira"; not "o diretor da empresa de ônibus Viação São José"
    if described and stranger():
        return False  # "uma banda de improviso instrumental Lisboa, Portugal", "um grupo de acompanhantes terapêuticos SUELY ROLNIK é psicanalista"
    return not (names_a_country(name) or wider_than_countries(name))


def _complement_word(word: str, w: EntityWords = _WORDS) -> bool:
    """Whether ``word`` (as written) may be a word of a body noun's complement or its adjective in
    :func:`_body_before`: in lower case, three letters or more (a hyphen inside: ``de
    post-grunge``, ``neo-romântica``), no person's title or trade (``a equipe de articulistas``:
    its people)."""
    return word[:1].islower() and word.replace("-", "").isalpha() and len(word) > 2 and not _role_form(word.lower(), w)


def _complement_tags(first: str, second: str) -> bool:
    """Whether the tagger's parts of speech of a two-word complement of a body noun read as one:
    a noun and an adjective or two nouns (``de hardcore punk``, ``de new wave``, ``de projetos
    aeronáuticos``); not a verb, a determiner nor an adverb (``a banda de rock tocou Fulano``)."""
    return first == "NOUN" and second in ("NOUN", "ADJ")


def _division_of_a_place(name: str, regions, known: dict[str, str]) -> bool:
    """The name is a division noun of ``regions.json`` (its ``area_levels``: ``Estado``,
    ``Província``, ``Município``, ``Concelho``...), ``de``/``do``/``da`` and a place's name:
    ``name_types.tsv``'s, a Brazilian state of the ``codes``, or a Wikipedia title typed a place
    (``Estado do Rio de Janeiro``, ``Estado de Sergipe``, ``Estado de Oklahoma``). The NER types
    such a state an organization where it acts (``pelo Estado de São Paulo``), as it does a
    country, which the graph keeps a place; not the newspaper (``O Estado de S. Paulo``: no
    place's name), nor ``Região de Turismo do Algarve`` (a board)."""
    words = name.split()
    if len(words) < 3 or words[0].lower() not in regions.levels or words[1] not in OF_FORMS:
        return False
    rest = " ".join(words[2:])
    if known.get(rest) == LOC or rest in regions.codes.values():
        return True
    return known.get(rest) is None and title_types([rest]).get(rest) == LOC


def _as_street(doc: Doc, m: Mention, text: str, w: EntityWords = _WORDS) -> Mention:
    """A gazetteer or rule mention that names a street (:func:`_street_start`: ``a avenida
    Lenin``) becomes the street's mention, a place with no knowledge-base entry (source ``"rule"``);
    any other is returned as it is."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    k = None if span is None else _street_start(doc, span.start, span.end, w)
    if k is None:
        return m
    start = doc[k].idx
    return Mention(m.doc_id, start, m.end, text[start : m.end], LOC, "rule")


_FOR_WHAT = re.compile(r"\s+para\s+(?:o|a|os|as)\s+")


def _bodies_for(mentions: list[Mention], text: str, w: EntityWords = _WORDS) -> list[Mention]:
    """A NER organization whose name opens (after an adjective at most) with a body's word
    (the ``body_heads`` of ``data/entities.json``) followed by ``para o/a/os/as`` and another NER
    organization is one name with it: the NER's ``Comité Português`` and ``UNICEF`` in ``o Comité Português para a
    UNICEF``."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        words = [fold(w) for w in m.text.split()[:2]]
        if (
            nxt is not None
            and m.category == ORG == nxt.category
            and m.source == "ner" == nxt.source
            and not m.kb_id
            and any(word in w.body_heads for word in words)
            and _FOR_WHAT.fullmatch(text, m.end, nxt.start)
        ):
            out.append(Mention(m.doc_id, m.start, nxt.end, text[m.start : nxt.end], ORG, m.source))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


_LEAD_JOINS = frozenset(("e", "i", "y"))
"""The words joining a list's last item (``e``; the Catalan ``i`` and the Spanish ``y`` of a place's name)."""
_LEAD_PARTICLES = _INNER_PARTICLES - _LEAD_JOINS


def _listed_lead(doc: Doc, start: int) -> tuple[int, int] | None:
    """The subject opening a sentence at token ``start`` (an article before it at most) that lists
    names, ``A, B e C`` (a comma at least; ``i``, ``y`` too), right before a singular copula and an
    article: one name (``Saus, Camallera i Llampaies é um município``, a town named after its
    villages; ``Cruïlles, Monells i Sant Sadurní de l'Heura é um município``), where a list of things
    would take ``são``. The range of its tokens (the article aside), or None."""

    def named(k: int) -> bool:
        t = doc[k]
        return capitalized_token(t) or elided_article(t.text)

    def linking(k: int) -> bool:  # a particle inside an item: "Sant Sadurní de l'Heura"
        return doc[k].lower_ in _LEAD_PARTICLES and k + 1 < len(doc) and named(k + 1)

    def opening(k: int) -> bool:  # an item's first word: "Em Saus, ..." is no name
        return k < len(doc) and named(k) and doc[k].lower_ not in _FUNCTION_WORDS

    k = start + (start < len(doc) and doc[start].lower_ in DEFINITE_ARTICLES)
    first, commas = k, 0
    while True:
        if not opening(k):
            return None
        k += 1
        while k < len(doc) and (named(k) or linking(k)):
            k += 1
        if k >= len(doc):
            return None
        if doc[k].text == ",":
            commas += 1
        elif doc[k].lower_ in _LEAD_JOINS and commas:
            k += 1
            break
        else:
            return None
        k += 1
    if not opening(k):
        return None
    k += 1
    while k < len(doc) and (named(k) or linking(k)):
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in LEAD_COPULAS or doc[k + 1].lower_ not in LEAD_ARTICLES:
        return None
    return first, k


def _across_listed_lead(doc: Doc, mentions: Sequence[Mention], text: str) -> list[Mention]:
    """The NER's places and organizations inside a sentence's subject that lists names before a
    singular copula (:func:`_listed_lead`: ``Saus, Camallera i Llampaies é um município``) become
    one name, the whole list: the NER cut it at its commas and conjunction (``Saus``, ``Camallera``
    apart). A person among them, a name the annotated corpora know (``data/name_types.tsv``:
    ``Flamengo, Vasco e Botafogo é o ...`` lists clubs), a mention of the gazetteer or of a rule,
    or one running past the list, leaves the NER's names as they are."""
    if not has_annotation(doc, "SENT_START") or "," not in text:
        return list(mentions)
    known = name_types()
    out = list(mentions)
    for sent in doc.sents:
        lead = _listed_lead(doc, sent.start)
        if lead is None:
            continue
        start, end = doc[lead[0]].idx, doc[lead[1] - 1].idx + len(doc[lead[1] - 1].text)
        inside = [m for m in out if start <= m.start and m.end <= end]
        across = any(m.start < end and start < m.end for m in out if m not in inside)
        if not inside or across or any(m.source != "ner" or m.kb_id or m.category == PER or m.text in known for m in inside):
            continue
        merged = with_span(inside[0], start, end, text[start:end])
        at = out.index(inside[0])
        out = [m for m in out[:at] if m not in inside] + [merged] + [m for m in out[at:] if m not in inside]
    return out


def _across_double_spaces(doc: Doc, mentions: Sequence[Mention], text: str) -> list[Mention]:
    """A NER name that a double space cuts (the tokenizer makes the second space a token of its
    own, where the NER stops): the name goes on over it and over the capitalized words after it,
    and takes in the NER's next name when that starts there (``Grã  Bretanha``, ``Wagner
    Bittencourt`` written with two spaces, ``Estados  Membros``). A line break or more spaces
    (a table's columns) still end it."""
    if "  " not in text:
        return list(mentions)
    out: list[Mention] = []
    by_start = {m.start: m for m in mentions if m.source == "ner" and not m.kb_id}
    skip: set[int] = set()
    offsets = TokenOffsets(doc)
    for m in mentions:
        if id(m) in skip:
            continue
        end = m.end
        if m.source == "ner" and not m.kb_id:
            while text[end : end + 2] == "  " and text[end + 2 : end + 3].strip():
                k = offsets.token_from(end + 2)
                if k is None or not capitalized_token(doc[k]):
                    break
                nxt = by_start.get(end + 2)
                if nxt is not None:
                    skip.add(id(nxt))
                    end = nxt.end
                    continue
                j = k
                while j < len(doc) and capitalized_token(doc[j]):
                    j += 1
                    if doc[j - 1].whitespace_ != " ":
                        break  # the text, or the name, ends there (punctuation, another double space)
                end = doc[j - 1].idx + len(doc[j - 1].text)
        out.append(m if end == m.end else with_span(m, m.start, end, text[m.start : end]))
    return out


def _across_a_person_cut(doc: Doc, mentions: Sequence[Mention], text: str) -> list[Mention]:
    """A person's long name, a capitalized word first and a particle inside (``Sophia de Mello
    Breyner``, ``Sónia Maria de Moraes``), that the NER ended one space before more of it: its
    next person's name starting there (``Sónia Maria de Moraes`` + ``Angel Jones``), or a
    capitalized proper noun in no mention where the segmenter, with no punctuation, started a
    sentence (``Sophia de Mello Breyner`` + ``Andresen nasceu no Porto``): the name goes on over
    it. Not a name of one word or with a digit (a line of results: ``1964 Carel`` + ``Godin De
    Beaufort``), nor a name without a particle (a byline's town glued to a name: ``Do enviado a
    Hockenheim Michael Schumacher``)."""
    ner = [m for m in mentions if m.source == "ner" and not m.kb_id]
    by_start = {m.start: m for m in ner if m.category == PER}
    covered = {m.start for m in mentions}
    offsets = TokenOffsets(doc)
    skip: set[int] = set()
    out: list[Mention] = []
    for m in mentions:
        if id(m) in skip:
            continue
        words = m.text.split()
        if not (
            m.source == "ner" and not m.kb_id and m.category == PER and len(words) >= 2 and capitalized_word(words[0])
            and any(word in _INNER_PARTICLES for word in words[1:-1]) and not any(ch.isdigit() for ch in m.text)
            and text[m.end : m.end + 1] == " "
        ):
            out.append(m)
            continue
        nxt = by_start.get(m.end + 1)
        end = m.end
        if nxt is not None and not any(ch.isdigit() for ch in nxt.text) and all(capitalized_word(word) for word in nxt.text.split()):
            skip.add(id(nxt))
            end = nxt.end
        else:
            k = offsets.token_from(m.end + 1)
            if k is not None and k < len(doc) and doc[k].idx == m.end + 1 and m.end + 1 not in covered and doc[k].is_sent_start and doc[k].is_alpha and capitalized_token(doc[k]) and doc[k].pos_ == "PROPN":
                after = doc[k + 1] if k + 1 < len(doc) else None
                if after is None or not capitalized_token(after):
                    end = doc[k].idx + len(doc[k].text)
        out.append(m if end == m.end else with_span(m, m.start, end, text[m.start : end]))
    return out


def _across_a_double_space(doc: Doc, i: int, j: int) -> bool:
    """The words ``doc[i:j]`` go on over one double space (the tokenizer's token of the second
    space, no line break in it) into a capitalized word, or a capitalized word runs into them over
    one: the NER's name of :func:`_across_double_spaces`, which a text that lost its hyphens writes
    that way (``Estado  Membro``, ``Estado  Maior do Exército``). When the rules dropped that name
    (two capitalized common nouns, no proper noun: :func:`_not_a_name`), its first word alone is no
    name of its own either."""

    def gap(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].is_space and "\n" not in doc[k].text

    return (gap(j) and j + 1 < len(doc) and capitalized_token(doc[j + 1])) or (gap(i - 1) and i >= 2 and capitalized_token(doc[i - 2]))


def _across_cut_of(doc: Doc, mentions: Sequence[Mention], text: str) -> list[Mention]:
    """A NER place or organization of lowercase words ending on ``de``/``do``/``da``/``dos``/``das``
    right before capitalized words no mention covers: the NER cut the name off and kept the noun
    before it (``do estado de São Paulo`` tagged ``estado de``, ``no nordeste de São Paulo``
    tagged ``nordeste de``), which no name is left of once trimmed. The mention is the capitalized
    words after the ``de`` instead (a ``de`` between two of them too: ``Ilha de São Luís``), on
    one line, as HAREM leaves the noun out of the name. A span holding a capitalized word is left
    as it is (``Além de Pedron``, ``Dados da FAO``: a sentence's first word, no name's)."""
    starts = {m.start for m in mentions}
    offsets: TokenOffsets | None = None
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        if m.source != "ner" or m.kb_id or m.category not in (LOC, ORG) or len(words) < 2 or words[-1] not in OF_FORMS or any(w[:1].isupper() for w in words):
            out.append(m)
            continue
        offsets = offsets or TokenOffsets(doc)
        k = offsets.first_from(m.end) - 1  # the mention's last token, the de
        j = k + 1
        while (
            j < len(doc)
            and j - k <= 6
            and doc[j - 1].whitespace_ == " "
            and doc[j].idx not in starts
            and (capitalized_token(doc[j]) or (j > k + 1 and doc[j].text in OF_FORMS and j + 1 < len(doc) and capitalized_token(doc[j + 1])))
        ):
            j += 1
        while j > k + 1 and doc[j - 1].text in OF_FORMS:
            j -= 1
        if j == k + 1 or doc[k].text not in OF_FORMS:
            out.append(m)
            continue
        start, end = doc[k + 1].idx, doc[j - 1].idx + len(doc[j - 1].text)
        out.append(with_span(m, start, end, text[start:end]))
    return out


def institution_opening(toks: Sequence[Token], w: EntityWords) -> bool:
    """The first capitalized word of ``toks`` heads an institution's or a unit's name (the
    ``organization_heads``, ``institution_heads``, ``body_heads`` and ``unit_heads``: ``Ministério``,
    ``Sindicato``, ``Associação``, ``Centro``), whose name may list what it deals with (``o
    Sindicato dos Hotéis, Restaurantes, Bares e Similares``)."""
    head = next((t for t in toks if capitalized_token(t)), None)
    if head is None:
        return False
    key = fold(head.text)
    return key in w.organization_heads or key in w.institution_heads or key in w.body_heads or key in w.unit_heads


def _across_listed_words(doc: Doc, mentions: Sequence[Mention], text: str, w: EntityWords) -> list[Mention]:
    """A NER organization opening with an institution's word (:func:`institution_opening`) that
    stops at the comma of the list of what it deals with, ``de A, B e C`` (:func:`_listed_items`:
    no known place or person, no acronym among the items), goes on to the list's end and takes in
    the NER's names inside it: ``Associação de Músicos, Arranjadores e Regentes`` (the NER's
    ``Associação de Músicos``, ``Arranjadores``, ``Regentes``), ``Instituto de Pesquisas Econômicas,
    Administrativas e Contábeis``; a NER name that starts at the last item and goes on past it ends
    the whole name (``... Bares e Similares de São Paulo``). So does one that stops at the ``e`` of
    two things with no comma, ``de A e B`` (:func:`_two_items`: ``Comissão Técnica da Moeda e do
    Crédito``, the NER's ``Crédito`` a place), unless the NER read the second an organization, a
    body of its own (``do Banco do Brasil e da Caixa``). A list holding a mention of the
    gazetteer or of a rule is no such name."""
    ner = [m for m in mentions if m.source == "ner" and not m.kb_id]
    ner_spans = SpanIndex((m.start, m.end) for m in ner)
    spans = SpanIndex((m.start, m.end) for m in mentions)
    grown: dict[int, int] = {}
    swallowed: set[int] = set()
    for m in ner:
        if m.category != ORG or id(m) in swallowed:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end >= len(doc) or doc[span.end].lower_ not in (",", "e") or not institution_opening(span, w):
            continue
        listed = _listed_items(doc, span.end, w) if doc[span.end].text == "," else _two_items(doc, span.end, w)
        if listed is None or not span.start <= listed[0] < span.end:
            continue
        end = doc[listed[1] - 1].idx + len(doc[listed[1] - 1].text)
        end = max([end] + [ner[k].end for k in ner_spans.overlapping(end, end) if m.start < ner[k].start])  # a NER name going on past the list
        # the mentions inside the name, among those the index gives for it one character wider (an
        # empty one at a bound too)
        near = (mentions[k] for k in spans.overlapping(m.start - 1, end + 1))
        inside = [o for o in near if o is not m and m.start <= o.start and o.end <= end]
        if any(o.source != "ner" or o.kb_id or (doc[span.end].text == "e" and o.category == ORG) for o in inside):
            continue  # after a bare "e", a word the NER read as an organization is another body ("do Banco do Brasil e da Caixa")
        grown[id(m)] = end
        swallowed.update(id(o) for o in inside)
    if not grown:
        return list(mentions)
    out = []
    for m in mentions:
        if id(m) in swallowed:
            continue
        end = grown.get(id(m), m.end)
        out.append(m if end == m.end else with_span(m, m.start, end, text[m.start : end]))
    return out


def _quoted_name_of(out: Sequence[Mention], text: str, quote: Token) -> bool:
    """The last mention found so far is a NER organization (or place) that ends right before
    the opening quote ``quote``: the quoted words are its name's last part (``Ginásio Estadual
    "Anhanguera"``, ``Escola Estadual "Pereira Barreto"``), not a title of a work."""
    if not out:
        return False
    last = out[-1]
    return (
        last.source == "ner" and not last.kb_id and last.category in (ORG, LOC)
        and last.end <= quote.idx and not text[last.end : quote.idx].strip()
        and last.text.split()[0][:1].isupper() and len(last.text.split()) >= 2
    )


_TITLE_JOINERS = frozenset(
    "de da do das dos d' na no nas nos em e o a os as ao à aos às com sem para por pelo pela pelos pelas um uma".split()
)
"""Lowercase words a title in quotation marks may hold between its capitalized words."""
_TITLE_CLAUSE_WORDS = frozenset(("é", "que"))
"""Lowercase words of a clause a title in quotation marks may hold too (``" A Liberdade é Azul "``,
``" Antes que Anochezca "``, ``" Meu Nome é Tonho "``), when no name of a person of two words or
more is inside (``" Amigo é o Oscar Niemeyer e o Pixinguinha "``: a sentence quoted)."""
_QUOTED_REACH = 12
"""How many words a title in quotation marks may have, at most."""


class _LiveMentions:
    """A list of mentions some of which are dropped and some added as a rule reads a document in
    its order, with the questions :func:`_quoted_titles` asked of the whole list per quotation
    answered without a walk over it: the given mentions are indexed once (:class:`SpanIndex`), the
    added ones come with growing starts (the furthest end up to each says how far back to look),
    and the last one ending by a character is asked of characters that only grow (a heap of the
    given mentions ended by then). The list stands for the given mentions still there, in their
    order, then the added ones still there, in theirs (``items``)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.given = list(mentions)
        self.added: list[Mention] = []
        self.live = [True] * len(self.given)  # the given ones, then the added ones
        self._index = SpanIndex((m.start, m.end) for m in self.given)
        self._added_reach: list[int] = []
        self._by_end = sorted(range(len(self.given)), key=lambda k: self.given[k].end)
        self._ended: list[int] = []  # a heap of -k of the given mentions ending by the last ask
        self._pushed = 0

    def _at(self, k: int) -> Mention:
        n = len(self.given)
        return self.given[k] if k < n else self.added[k - n]

    def near(self, start: int, end: int) -> list[tuple[int, Mention]]:
        """The mentions still there that overlap ``[start - 1, end + 1)`` (every one inside ``[start,
        end)`` or overlapping it, an empty one at a bound too), as ``(position, mention)`` in the
        list's order."""
        n = len(self.given)
        found = [(k, self.given[k]) for k in self._index.overlapping(start - 1, end + 1) if self.live[k]]
        reach, added = self._added_reach, self.added
        k = len(added) - 1
        later = []
        while k >= 0 and reach[k] > start - 1:
            if self.live[n + k] and added[k].start < end + 1 and added[k].end > start - 1:
                later.append((n + k, added[k]))
            k -= 1
        return found + later[::-1]

    def last_ending_by(self, char: int) -> Mention | None:
        """The last mention still there (in the list's order) that ends at or before ``char``;
        ``char`` may not be less than at the last ask."""
        n = len(self.given)
        for k in range(len(self.added) - 1, -1, -1):
            if self.live[n + k] and self.added[k].end <= char:
                return self.added[k]
        by_end, given = self._by_end, self.given
        while self._pushed < len(by_end) and given[by_end[self._pushed]].end <= char:
            heapq.heappush(self._ended, -by_end[self._pushed])
            self._pushed += 1
        while self._ended and not self.live[-self._ended[0]]:
            heapq.heappop(self._ended)
        return given[-self._ended[0]] if self._ended else None

    def drop(self, k: int) -> None:
        self.live[k] = False

    def add(self, m: Mention) -> None:
        """Add ``m`` after the others; it starts at or after every mention added before it."""
        self.added.append(m)
        self.live.append(True)
        self._added_reach.append(max(self._added_reach[-1], m.end) if self._added_reach else m.end)

    def items(self) -> list[Mention]:
        return [self._at(k) for k in range(len(self.live)) if self.live[k]]


def _quoted_titles(doc: Doc, mentions: list[Mention], text: str, w: EntityWords = _WORDS, kinds: dict[str, str] | None = None) -> list[Mention]:
    """A title in quotation marks that the NER cut at a word of it (``" Navalha na Carne "``,
    ``" Viagem ao Centro da Terra "``: two names each) is one work's name: its capitalized words
    and the lowercase words between them (:data:`_TITLE_JOINERS`), every capitalized word inside a
    NER mention, two mentions or more and none reaching out of the quotes; and so is one of two
    words or more with a capitalized word no mention holds, the NER's one name or more a part of
    it (``" Traídos pelo Desejo "``, ``" Sem Mistério "``, ``" Meu Nome É Pablo Neruda "``: a
    film, a column, a play, no organization, place or person). Not the last words of
    a name before the quotes (``Ginásio Estadual "Anhanguera"``: :func:`_quoted_name_of`). One opening
    with an institution's word (:func:`institution_opening`) is one organization's name
    (``«Comissão de Afectados pela Barragem do Lindoso»``), not a work's; one after a kind noun of
    ``kinds`` (:func:`_kind_before`) takes the noun's type (``o bairro "Jardim das Flores"``)."""
    words_of = doc_words(doc)
    marks = [i for i, word in enumerate(words_of) if word in QUOTE_PAIRS]  # the words read once, no Token each
    if not marks:
        return mentions
    out = _LiveMentions(mentions)
    straight = [i for i in marks if words_of[i] == '"']
    pairs = dict(zip(straight[::2], straight[1::2]))  # '"Aly" Michalka e Amanda Joy "AJ"': two pairs, not one
    for i in marks:
        close = QUOTE_PAIRS[words_of[i]]
        if words_of[i] == '"':
            if i not in pairs:
                continue
            j = pairs[i] if pairs[i] - i <= _QUOTED_REACH + 1 else None
        else:
            j = next((k for k in range(i + 1, min(len(doc), i + _QUOTED_REACH + 2)) if words_of[k] == close), None)
        if j is None or j - i < 3:
            continue  # no closing quote near, or one word: a single name, read in the loop
        tok = doc[i]
        inner = doc[i + 1 : j]
        if not (capitalized_token(inner[0]) and capitalized_token(inner[-1])) or not all(
            capitalized_token(t) or t.lower_ in _TITLE_JOINERS or t.text in _TITLE_CLAUSE_WORDS for t in inner
        ):
            continue
        start, end = inner.start_char, inner.end_char
        near = out.near(start, end)
        held = [(k, m) for k, m in near if start <= m.start and m.end <= end]
        inside = [m for _, m in held]
        if not inside or any(m.source != "ner" or m.kb_id for m in inside):
            continue
        if any(t.text in _TITLE_CLAUSE_WORDS for t in inner) and any(m.category == PER and " " in m.text for m in inside):
            continue  # " Amigo é o Oscar Niemeyer e o Pixinguinha ": a quoted sentence about people
        held_at = {k for k, _ in held}
        if any(m.start < end and start < m.end for k, m in near if k not in held_at):
            continue  # a mention reaching out of the quotes
        cut = any(capitalized_token(t) and not any(m.start <= t.idx < m.end for m in inside) for t in inner)
        if not cut and (len(inside) < 2 or j - i < 4):
            continue  # one name filling the quotes, read in the loop
        last = out.last_ending_by(tok.idx)
        if _quoted_name_of([] if last is None else [last], text, tok):
            continue
        for k, _ in held:
            out.drop(k)
        kind = _kind_before_quote(doc, words_of, tok.i, text[start:end], kinds, w) if kinds is not None else None
        kind = kind or (ORG if institution_opening(inner, w) else WORK)  # «Comissão de Afectados pela Barragem do Lindoso»
        out.add(Mention(inside[0].doc_id, start, end, text[start:end], kind, "ner"))
    return sorted(out.items(), key=lambda m: (m.start, m.end))


_TITLE_BEFORE_BRACKET = re.compile(r"([\"»”])[ \t]*\([ \t]*(?:(O|A|Os|As|The|Le|La|Les|Il|El|Lo|Der|Die|Das)[ \t]+)?$")
"""A closing quotation mark, an opening bracket and maybe a capitalized article right before a
name: ``" Duas Vidas " (Love Affair``, ``" La Bouteille " (A Garrafa``."""
_BRACKET_CLOSE = re.compile(r"[ \t]*(?:,[ \t]*(?:1[89]\d\d|20\d\d)[ \t]*)?\)")
"""The end of a bracket right after a name, maybe with a year before it: ``)``, ``, 1938)``."""
_OPENING_QUOTE_OF = {"»": "«", "”": "“", '"': '"'}
_TRANSLATION_SPREAD = 2
"""How many words a title and its translation in brackets may differ by, at most (``" A Caminho do
Rio " (Road to Rio)``; not ``" As Viagens de Sir John de Mandeville " (Penguin Classics)``)."""


def _quoted_title_before(text: str, close: int) -> int:
    """The number of words of the title the quotation mark at ``close`` closes on its line, its
    words opening with a capital letter and at most :data:`_QUOTED_REACH` (``" Tarde Demais Para
    Esquecer "``: 4); 0 when it closes no such title (``" vítimas da ditadura "``)."""
    opening = _OPENING_QUOTE_OF[text[close]]
    line = text.rfind("\n", 0, close) + 1
    start = text.rfind(opening, line, close)
    if start < 0:
        return 0
    words = [word for word in text[start + 1 : close].split() if any(c.isalnum() for c in word)]
    return len(words) if words and words[0][0].isupper() and len(words) <= _QUOTED_REACH else 0


def _bracketed_titles(mentions: list[Mention], text: str, w: EntityWords = _WORDS) -> list[Mention]:
    """A name in brackets right after a title in quotation marks is the title in another language,
    a work (``" Duas Vidas " (Love Affair, 1938)``, ``" Calouros na Broadway " (Babes on Broadway)``,
    ``" La Bouteille " (A Garrafa)``, its capitalized article inside the name), which the NER took
    for an organization or a place: the name fills the bracket, or a year alone follows it, and its
    words are about as many as the title's (:data:`_TRANSLATION_SPREAD`). Not one word with no
    article (``(Rocco)``, ``(Imago, 1993)``: a publisher), an acronym (``(SBT)``), a name in lower
    case (``(ed. Jorge Zahar)``), one holding an institution's or a publisher's word (``(Companhia
    das Letras)``, ``(Global Editora, 1992)``: ``imprint_words``), a band's ``&`` or a genre of
    ``genres`` (a song's performer: ``(Rita Lee & Tutti Frutti)``, ``(Tigres do Forró)``) or one the
    Wikipedia titles type (``(São Paulo)``); nor the NER's person (``" A Tempestade " (William Shakespeare)``: the author)."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.category not in (ORG, LOC) or m.source != "ner" or m.kb_id or not m.text[:1].isupper() or m.text.isupper():
            continue
        before = _TITLE_BEFORE_BRACKET.search(text, max(0, m.start - 16), m.start)
        if before is None or _BRACKET_CLOSE.match(text, m.end) is None:
            continue
        words = m.text.split()
        article = before.group(2)
        title_words = _quoted_title_before(text, before.start(1))
        if not title_words or abs(title_words - len(words) - bool(article)) > _TRANSLATION_SPREAD or (len(words) == 1 and article is None):
            continue
        keys = [fold(word).rstrip(".") for word in words]
        if "&" in words or any(
            key in w.imprint_words or key in w.organization_heads or key in w.institution_heads or key in w.body_heads
            or key in w.unit_heads or key in w.company_heads or key in w.genres
            for key in keys
        ):
            continue  # a publisher, a body, a band ("Rita Lee & Tutti Frutti", "Tigres do Forró": a song's performer)
        if title_types([m.text]).get(m.text) is not None:
            continue
        start = before.start(2) if article else m.start
        out[k] = as_category(with_span(m, start, m.end, text[start : m.end]), WORK)
    return out


_TITLE_REPAIRS = frozenset({(LOC, ORG), (LOC, PER), (ORG, PER)})
"""(NER category, title type) pairs in which the type of a Wikipedia title overrides the NER's
category. The other directions lost on the HAREM I training documents: places named after people
(``Martim``, ``Wagner``), clubs HAREM types as people by their city (``Bremen``), countries and
cities for their teams (``Inglaterra`` as an organization)."""
_SHIPPED_CLASSIFIERS = _WORDS.place_classifiers | _WORDS.org_classifiers | _WORDS.thing_classifiers | _WORDS.work_classifiers


def _classifiers(w: EntityWords) -> frozenset[str]:
    """The classifier nouns of ``w``: its ``place_classifiers``, ``org_classifiers``,
    ``thing_classifiers`` and ``work_classifiers`` (the union made once for the shipped words)."""
    return _SHIPPED_CLASSIFIERS if w is _WORDS else w.place_classifiers | w.org_classifiers | w.thing_classifiers | w.work_classifiers


def _title_categories(mentions: list[Mention], which: Sequence[int], w: EntityWords = _WORDS, text: str = "") -> None:
    """A NER name with no evidence but the NER's takes the type of the Wikipedia titles it is
    (:func:`teia.extract.linking.title_types`: one type across the titles and their forms without
    the ``(…)``) when the pair is one of :data:`_TITLE_REPAIRS`: ``Intelbras`` tagged as a place is
    an organization. A name after a classifier noun is not asked (:func:`_classifiers`, and the
    ``news_org_classifiers`` of ``data/entities.json`` right before it: ``a editora José Olympio`` is the
    publisher, not the person its title names). A name holding an institution or place word is never retyped a person
    (DBpedia-PT types a few laureate institutions and governments as people). A place that is an
    event head word alone and no place's title is an event (``depois do Carnaval``, ``a Bienal``;
    ``na Batalha``, a town's title, stays a place), and so is such an organization after an
    article in the document's ``text`` (``ganhar a Copa``, ``na última Olimpíada``; not an
    institution's word, ``o Congresso``, ``a Fundação``, nor a headline's first word, ``Acordo com
    credores``). ``mentions`` is changed in place, at the indexes ``which``."""
    if not which:
        return
    types = title_types(sorted({mentions[i].text for i in which}))
    for i in which:
        m = mentions[i]
        kind = types.get(m.text)
        if kind == PER and any(fold(word) in w.non_person_words for word in m.text.split()):
            continue  # DBpedia-PT types "Fundação Nobel" a person (a laureate)
        if kind is None and m.category == LOC and _event_word(m.text, w, text, m.end):
            kind = EVENT  # "depois do Carnaval", "a Bienal recebeu 179 mil visitantes"
        elif (
            kind is None
            and m.category == ORG
            and _event_word(m.text, w, text, m.end)
            and fold(m.text) not in w.non_person_words
            and _ARTICLE_BEFORE.search(text, max(0, m.start - 12), m.start)
        ):
            kind = EVENT  # "ganhar a Copa", "a agenda da Cúpula"
        if kind is not None and ((m.category, kind) in _TITLE_REPAIRS or kind == EVENT):
            mentions[i] = as_category(m, kind)


_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:[oa]s?|d[oa]s?|n[oa]s?|pel[oa]s?|ao|à)\s+(?:última\s+|último\s+|próxima\s+|próximo\s+)?$", re.I)


_OF_AFTER = re.compile(r"\s+d(?:e|o|a|os|as)\s")


def _event_word(name: str, w: EntityWords, text: str = "", end: int = 0) -> bool:
    """The name is one event head word alone (``Carnaval``, ``Bienal``, ``Reforma``). One that
    alone also names a place (the ``place_event_heads``) only before ``de``/``do``/``da``... in the
    document's ``text`` after ``end`` (``o Levante dos boxers``; ``chegou ao Levante``, the region)."""
    key = fold(name)
    if " " in name or not (key in w.event_heads or key in w.opening_event_heads):
        return False
    return key not in w.place_event_heads or _OF_AFTER.match(text, end) is not None


def _one_category_per_name(
    mentions: list[Mention], people: set[str] = frozenset(), companies: set[str] = frozenset(),
    unvoted: set[int] = frozenset(), typed: dict[str, str] | None = None, acting: set[str] = frozenset(),
    characters: set[str] = frozenset(), placeless: set[str] = frozenset(), notions: set[str] = frozenset(),
    vocab: Vocab | None = None,
) -> list[Mention]:
    """The NER's mentions of one name in one document take the category most of them have
    (the first mention's on a tie), a person when a title or a role named one of them as a
    person (``people``), an organization when a company suffix followed one (``companies``, but
    for a name known as a place); gazetteer and rule mentions keep theirs, and so do the mentions
    their own sentence typed (``unvoted``, their starts), which cast no vote either: the name a
    copyright line gives as its holder (``Exponor`` of ``AEP Exponor - Copyright® 2001`` is the
    company where the page's other ``Exponor`` are the venue), a country whose state acts
    (:func:`_state_acting`: ``a Rússia aceita`` beside ``na Rússia``). A
    person's mention of a name in ``people`` stays a person, and the others of a name known as a
    place or an organization
    (:func:`teia.extract.gazetteer.known_place_or_organization`) are left to the vote: ``o
    professor Brasil`` is a person, ``chegou ao Brasil`` in the same text the country. A name
    its copula predicate typed (``typed``: ``Pedreiras é um município``,
    :mod:`teia.extract.predicate_types`) takes that type in all the NER's mentions of it. On a tie
    a person wins for a name one of whose mentions is a person's verb's subject (``acting``: ``o
    Matreiro experimentasse ...; o Matreiro revelou``, the NER's places), the first mention's
    category otherwise; where no occurrence of such a name stands where a place stands and at most
    half of them follow an article (``placeless``: never after ``em``, ``para``, a place's noun and
    ``de``...; not ``a Cruz``, a gazette that says things:
    :meth:`teia.extract.characters.NameRoles.named_as_people_are`), its places are votes for a
    person (``Quipangala tinha bebido em excesso`` beside ``o velho Quipangala`` and ``como gostava
    de repetir Quipangala``, the NER's places: a place does not drink). A name acting as a person across the document (``characters``,
    :mod:`teia.extract.characters`: ``Santos`` the subject of many verbs and never after ``em``) is
    a person in all the NER's mentions of it, a name known as a place too. A name the NER typed a
    concept and a person or a place (:func:`_named_as_a_word`: ``se chama Pierre`` and ``o segundo,
    Pierre``) keeps its concepts, which cast no vote: the others vote among themselves; not a name
    a rule typed a concept in one mention (``notions``: ``a equação de Nernst``), whose concept
    votes as before."""
    votes: dict[str, Counter] = {}
    first: dict[str, str] = {}
    firsts: dict[str, str] = {}  # the first mention's category that is not a concept's
    for m in mentions:
        if m.source == "ner" and not m.kb_id and m.start not in unvoted:
            votes.setdefault(m.text, Counter())[m.category] += 1
            first.setdefault(m.text, m.category)
            if m.category != CONCEPT:
                firsts.setdefault(m.text, m.category)
    out = []
    for m in mentions:
        c = votes.get(m.text) if m.source == "ner" and not m.kb_id and m.start not in unvoted else None
        if c and typed and m.text in typed:
            if m.category != typed[m.text]:
                m = as_category(m, typed[m.text])
        elif c and m.text in characters:
            if m.category != PER:
                m = as_category(m, PER)
        elif c and m.text in people and m.category == PER:
            pass  # typed a person by its title or role, or by the NER beside one
        elif c and m.text in people and not known_place_or_organization(m.text):
            m = as_category(m, PER)
        elif c and m.text in companies and name_types().get(m.text) != LOC:
            if m.category != ORG:
                m = as_category(m, ORG)
        elif c and m.text in placeless and LOC in c:
            c = Counter({k: n for k, n in c.items() if k != LOC}) + Counter({PER: c[LOC]})
            best = sorted(c, key=lambda k: (-c[k], k != PER))[0]
            if best != m.category:
                m = as_category(m, best)
        elif c and len(c) > 1 and not (m.category == CONCEPT and m.text not in notions and _named_as_a_word(c, m.text, vocab)):
            lead = PER if m.text in acting and PER in c else first[m.text]
            if m.text not in notions and _named_as_a_word(c, m.text, vocab):
                c = Counter({k: n for k, n in c.items() if k != CONCEPT})
                lead = lead if lead in c else firsts[m.text]
            best = sorted(c, key=lambda k: (-c[k], k != lead))[0]
            if best != m.category:
                m = as_category(m, best)
        out.append(m)
    return out


def _named_as_a_word(votes: Counter, name: str, vocab: Vocab | None) -> bool:
    """The NER typed one name a concept in some mentions and a person or a place in others: the
    concepts are the name spoken of as a word (``o do meio se chama Pierre``, ``uma cidade pequena
    chamada Itaporanga``, HAREM's ``ABSTRACCAO``), the others the man or the town (``o segundo,
    Pierre, ...``, ``quando eu fui para Itaporanga``). Neither side is the other's vote. Not a name
    with a Roman numeral or a capitalized word the corpus writes mostly in lower case
    (:func:`_mostly_lower_case`): a common word of a heading (``Projeto``, ``Juiz``, ``Réu``,
    ``IV``), no one's name, whichever type the vote gives it; without ``vocab`` only the numerals
    are so told."""
    if CONCEPT not in votes or not (PER in votes or LOC in votes):
        return False
    return not any(
        _ROMAN_NUMERAL.match(word) or (vocab is not None and _mostly_lower_case(word.lower(), vocab))
        for word in name.split()
        if word[:1].isupper()
    )


def _acronym_in_capitals(word: str, vocab) -> bool:
    """An acronym (:func:`is_acronym`) that is neither a Roman numeral (``III``) nor a word the
    corpus writes mostly in lower case (``AGRAVO``, ``RELATOR``, ``MILITAR``:
    :func:`_mostly_lower_case`): the capitals of a heading, not of an acronym."""
    return is_acronym(word) and not _ROMAN_NUMERAL.match(word) and not _mostly_lower_case(word.lower(), vocab)


def _repeated_names(doc: Doc, mentions: list[Mention], doc_id: str, w: EntityWords = _WORDS) -> list[Mention]:
    """Add the occurrences the NER missed of names it found elsewhere in the document (not where
    it read a date or a value: ``em Maio de 1460`` on a page naming the island ``Maio``; nor a
    title before its office's body, ``Presidente do Parlamento`` on a page naming ``a Senhora
    Presidente``: :func:`_office_body`). A name glued to more capitalized words is not found there
    (``Alexandre Ulianov`` is not ``Ulianov``), unless it is an acronym found alone elsewhere
    (``DO IBAP VIA``, :func:`_acronym_in_capitals`): a person's surname in capitals, a Roman numeral
    or a common word in capitals is none (``MIN. MARCO AURÉLIO``, ``AGRAVO REGIMENTAL``); nor is a name
    a double space glues to capitalized words (:func:`_across_a_double_space`)."""
    wanted: dict[tuple[str, ...], str] = {}
    whole: set[tuple[str, ...]] = set()  # the names found as such, not only as a person's surname
    for m in mentions:
        if m.source == "gazetteer" or m.category not in (PER, ORG, LOC, EVENT, WORK, MISC):
            continue
        words = tuple(m.text.split())
        if len(words) >= 2 or (len(m.text) >= 3 and m.text[:1].isupper()):
            wanted.setdefault(words, m.category)
            whole.add(words)
        if m.category == PER and len(words) >= 2:
            surname = words[-1]
            if surname[:1].isupper() and len(surname) >= 3 and surname.lower() not in _INNER_PARTICLES:
                wanted.setdefault((surname,), PER)
    if not wanted:
        return mentions
    covered = [False] * len(doc)
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for k in range(span.start, span.end):
                covered[k] = True
    for ent in doc.ents:
        if normalize_category(ent.label_) in (DATE, VALUE):
            for k in range(ent.start, ent.end):
                covered[k] = True  # the NER read a date there ("em Maio de 1460"), not the island Maio
    # the lengths of the wanted names opening with each word, longest first: a word is compared
    # with the names of each length at once (a dict lookup), not with each name opening with it
    # (a page listing thousands of phone numbers "236 ..." wants thousands opening with "236")
    lengths_of: dict[str, list[int]] = {}
    for words in wanted:
        lengths_of.setdefault(words[0], []).append(len(words))
    for first, lengths in lengths_of.items():
        lengths_of[first] = sorted(set(lengths), reverse=True)
    added = []
    texts = doc_words(doc)
    n = len(texts)
    i = 0
    while i < n:
        lengths = lengths_of.get(texts[i])
        if lengths is None:  # no wanted name starts with this word
            i += 1
            continue
        tok = doc[i]
        hit = None
        for length in lengths:
            j = i + length
            words = tuple(texts[i:j])
            if j <= n and words in wanted and not any(covered[i:j]):
                # a whole name: not glued to more capitalized words ("Alexandre Ulianov" is not "Ulianov")
                glued = (i > 0 and capitalized_token(doc[i - 1]) and not _line_start(tok)) or (j < len(doc) and capitalized_token(doc[j]))
                glued = glued or _across_a_double_space(doc, i, j)  # "Estado  Membro": a name the rules dropped
                # "DO IBAP VIA" is the IBAP found alone; a surname in capitals is no acronym
                # ("MIN. MARCO AURÉLIO" after "SENHOR MINISTRO MARCO AURÉLIO" is not "AURÉLIO" alone)
                if glued and not (len(words) == 1 and words in whole and _acronym_in_capitals(words[0], doc.vocab)):
                    continue
                hit = words
                break
        if hit is None or (len(hit) == 1 and i + 2 < n and texts[i + 1] in OF_FORMS and _office_body(doc, i, i + 3, w) is not None):
            i += 1  # "Presidente do Parlamento" on a page naming "a Senhora Presidente": an office (:func:`_office_body`)
            continue
        street = _street_start(doc, i, i + len(hit), w)
        span = doc[i if street is None else street : i + len(hit)]
        category = wanted[hit] if street is None else LOC  # "na rua Bolívar" after "Simón Bolívar"
        added.append(Mention(doc_id, span.start_char, span.end_char, span.text, category, "rule"))
        for k in range(span.start, span.end):
            covered[k] = True
        i += len(hit)
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


class EntityIndex:
    """Finds the local entity a character span refers to: the mentions of ``entities`` as
    ``(start, end, entity id)`` sorted (``spans``), their starts (``starts``) and the furthest end
    of any mention up to each one (``reach``)."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        index = SpanIndex((s, e) for s, e, _ in self.spans)  # in the same order: already sorted
        self.starts = index.starts
        self.reach = index.reach

    def overlapping(
        self, start: int, end: int, *, lookback: int = 8, starting_by: int | None = None
    ) -> tuple[int, int, str] | None:
        """The mention overlapping ``[start, end)`` most, among the ``lookback`` last ones starting
        at or before ``starting_by`` (``end`` unless given; ties: the later start), None when none
        does."""
        best, best_overlap = None, 0
        i = bisect_right(self.starts, end if starting_by is None else starting_by)
        reach, spans = self.reach, self.spans
        if not i or reach[i - 1] <= start:
            return None  # every mention starting before ``end`` ends before ``start`` (most words)
        for k in range(i - 1, max(0, i - lookback) - 1, -1):
            if reach[k] <= start:
                break  # neither this mention nor one before it reaches ``start``
            s, e, _ = spans[k]
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = spans[k], overlap
        return best

    def at(self, start: int, end: int) -> str | None:
        """The entity whose mention overlaps ``[start, end)`` most (None when none does)."""
        hit = self.overlapping(start, end)
        return hit[2] if hit is not None else None

    def span(self, span: Span) -> str | None:
        return self.at(span.start_char, span.end_char)


def entity_index(doc: Doc) -> EntityIndex:
    return EntityIndex(getattr(doc._, ENTITIES) or ())


_ACRONYM_APPOS = re.compile(r"\s*,\s*(?:o|a|os|as)\s+")


def _name_run(doc: Doc, i: int, limit: int = 6) -> Span | None:
    """Capitalized tokens from token ``i`` (particles allowed inside): a name the NER missed."""
    j = i
    while j < len(doc) and j - i < limit:
        t = doc[j].text
        if t[:1].isupper() and any(ch.isalpha() for ch in t):
            j += 1
        elif t.lower() in NAME_PARTICLES and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and j > i:
            j += 1
        else:
            break
    while j > i and doc[j - 1].text.lower() in NAME_PARTICLES:
        j -= 1
    return doc[i:j] if j > i else None


def _inside_phrase(doc: Doc, offsets: TokenOffsets, m: Mention) -> bool:
    """The name is the complement of a common noun (``o sul do Brasil``, ``a capital da
    Polônia``): a parenthesis after it glosses the whole phrase, not the name."""
    start = offsets.token_from(m.start)
    if start is None:
        return False
    i = start - 1
    if i >= 0 and doc[i].text.lower() in DEFINITE_ARTICLES:
        i -= 1  # "de o Brasil" when the contraction is split
    if i < 1 or doc[i].text.lower() not in OF_FORMS:
        return False
    head = doc[i - 1].text
    return head.isalpha() and head.islower()


def _bracket_names_another(name: Mention, bracket: Mention) -> bool:
    """The name in brackets after ``name`` is another thing, not another name of it.

    * a country or a state after a name that is none (``Viseu (Portugal)``, ``Dallas, Texas
      (EUA)``, ``Science et Genie des Materiaux (França)``): the place it is in; ``Birmânia
      (Myanmar)`` stays an alias;
    * a place after a name of another category (``a Universidade do Minho (Braga)``: its
      town), a name of another category after a person's (``Isaac Kerstenetzky (PUC-Rio)``:
      where he works), unless the bracket reads as another name whatever the NER typed it: an
      acronym (``(ONU)``), a short form that starts as the name does (``Universidade Estadual
      de Montes Claros (Unimontes)``), a given name first (``Princesa Carlota (Maria Isabel
      Carlota)``) or a name in another script (``Oxana Malaya (Оксана Малая)``);
    * a part and its actor after a person's name (:func:`_cast_bracket`)."""
    def larger_place(text: str) -> bool:
        return names_a_country(text) or state(text)

    if larger_place(bracket.text):
        return not larger_place(name.text)
    if bracket.category == name.category == PER:
        return _cast_bracket(name.text, bracket.text)
    if bracket.category == name.category or not (LOC in (bracket.category, name.category) or name.category == PER):
        return False
    first = bracket.text.split()[0]
    return not (
        is_acronym(bracket.text)
        or fold(first[:3]) == fold(name.text[:3])
        or first in given_names()
        or not all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in bracket.text if c.isalpha())
    )


def _spelled_body(name: Mention, bracket: Mention) -> Mention | None:
    """Of a name and the other name of it in brackets right after it, the one that is a single
    word the NER typed a place and whose letters are the initials of the other, an organization
    (:func:`_initials_of`): ``o Instituto Brasileiro de Executivos Financeiros (Ibef)``, ``o Ipea
    (Instituto de Pesquisa Econômica Aplicada)``; an acronym of a body is the body's, as its
    spelled-out name is. None otherwise: a place in brackets after a body (``a Unesp (Presidente
    Prudente)``, no initials of it) stays one."""
    for short, full in ((bracket, name), (name, bracket)):
        if short.category == LOC and full.category == ORG and " " not in short.text and _initials_of(short.text, full.text):
            return short
    return None


def _cast_bracket(name: str, bracket: str) -> bool:
    """A person's name in brackets after a person's that is no other name of theirs: a film's or
    a play's cast names the part after the actor, or the actor after the part (``Othon Bastos
    (Júlio)``, ``Butch Haynes (Kevin Costner)``, ``o locutor Rogério (Marco Nanini)``): a name
    opened by a given name, with no word of the first, no longer than it or after a lone given
    name. A nickname (``Edson Arantes do Nascimento (Pelé)``, ``Xuxa (Maria da Graça
    Meneghel)``), a name sharing a word (``Princesa Carlota da Prússia (Vitória Isabel Augusta
    Carlota)``) or a longer birth name (``Marilyn Monroe (Norma Jeane Mortenson)``) stays an
    alias."""
    words, inner = name.split(), bracket.split()
    if not inner or set(words) & set(inner) or inner[0] not in given_names():
        return False
    # "Rogério (Marco Nanini)": a part known by a given name alone, its actor's full name after it
    return len(inner) <= len(words) or (len(words) == 1 and words[0] in given_names())


def _disambiguated_titles(doc: Doc, mentions: Sequence[Mention], offsets: TokenOffsets) -> set[tuple[int, int]]:
    """The names followed by a bracket that together spell the title of a Wikipedia article
    (:func:`teia.extract.linking.title_types`), as ``(start of the name, end of the bracket's
    text)``: ``Berndorf (Baixa Áustria)``, ``Lago Obersee (Glarus)``, ``Eschweiler (Renânia)``.
    The bracket is the title's disambiguation, the place (or the kind) that tells the article
    from another of that name, never another name of it (``Berndorf (Renânia-Palatinado)`` is
    another town). One lookup for the document's brackets. A place of a person's lifespan
    bracket written so is one too, a title or not (``Wilmette (Illinois)``)."""
    spelled: dict[str, tuple[int, int]] = {}
    held: set[tuple[int, int]] = set()
    for m in mentions:
        if m.category == PER:
            # "(Le Roy (Michigan), 29 de abril de 1872 — Wilmette (Illinois), ...)": a place of a
            # lifespan and the larger place its bracket names (:func:`~.lifespans.part_places`)
            for part in part_places(offsets.text, m.start, m.end) or ():
                held.update((part[0][0], larger[1]) for larger in part[1:] if offsets.text[part[0][1] : larger[0]].strip() == "(")
        end_tok = offsets.token_from(m.end)
        if end_tok is None or end_tok >= len(doc) or doc[end_tok].text != "(":
            continue
        close = next((k for k in range(end_tok + 1, min(len(doc), end_tok + 9)) if doc[k].text == ")"), None)
        if close is None or close == end_tok + 1:
            continue
        inner = doc[end_tok + 1 : close]
        spelled[f"{m.text} ({inner.text})"] = (m.start, inner.end_char)
    types = title_types(sorted(spelled)) if spelled else {}
    return held | {where for title, where in spelled.items() if title in types}


def _enumerates(inner: Span) -> bool:
    """A parenthesis listing several things: a comma, ``e``, ``ou`` or ``;`` between names."""
    return any(t.text in (",", ";") or t.text.lower() in ("e", "ou") for t in inner[1:-1])


def find_alias_links(
    doc: Doc, mentions: Sequence[Mention], doc_id: str = ""
) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Aliases stated by the text: ``(new mentions, [(mention, alias mention), ...])``.

    A name an appositive naming gives (``O Estádio Francisco Leite, apelidado de Chico Leite``;
    ``o Santa Maria Futebol Clube (também conhecido como Santa Maria)``; ``..., ou simplesmente
    X``) names the thing the mention names: a mention the NER typed otherwise (the nickname a
    person, the club's short name a place) takes the category of the name it is given for,
    its knowledge-base match dropped (the text says what it names), and comes back among the new
    mentions, in place of the mention on its span. A person's lifespan bracket after the other
    name (``Tamandani Wazayo Phillip, mais conhecido como Tam Nsaliwa (Lilongwe, 28 de Janeiro de
    1982)``, :func:`teia.extract.lifespans.lifespan_bracket`) makes both names a person's
    instead."""
    by_start = {m.start: m for m in mentions}
    new: list[Mention] = []
    links: list[tuple[Mention, Mention]] = []
    covered = [(m.start, m.end) for m in mentions]
    offsets = TokenOffsets(doc)
    regions = load_regions()

    def at(start_char: int, span: Span | None, category: str) -> Mention | None:
        if start_char in by_start:
            return by_start[start_char]
        if span is None or any(s < span.end_char and span.start_char < e for s, e in covered):
            return None
        m = Mention(doc_id, span.start_char, span.end_char, span.text, category, "rule")
        by_start[m.start] = m
        covered.append((m.start, m.end))
        new.append(m)
        return m

    titled = _disambiguated_titles(doc, mentions, offsets)
    for m in sorted(mentions, key=lambda m: m.start):
        end_tok = offsets.token_from(m.end)
        if end_tok is None:
            continue
        # a name in parentheses: "a Internacional Comunista (Komintern)"; not a list of names
        # ("o Brasil (Paraná e Santa Catarina)"), and a gloss of a phrase the name is part of
        # ("o sul do Brasil (Paraná)") is a name of its own, not an alias
        if end_tok < len(doc) and doc[end_tok].text == "(":
            close = next((k for k in range(end_tok + 1, min(len(doc), end_tok + 9)) if doc[k].text == ")"), None)
            inner = doc[end_tok + 1 : close] if close is not None else None
            party = party_mention(inner.text, regions) or inner.text if inner is not None and m.category == PER else None
            if party is not None and party in regions.parties:
                # "Hélio Bicudo (PT-SP)", "Ricardo Fiuza (PFL- PE)": the politician's party, no
                # other name of his; the NER may have missed it
                start, end = inner.start_char, inner.start_char + len(party)
                if not any(s < end and start < e for s, e in covered):
                    new.append(Mention(doc_id, start, end, party, ORG, "rule"))
                    covered.append((start, end))
                continue
            if (
                m.category == PER and close == end_tok + 2 and is_acronym(inner.text)
                and not _initials_of(inner.text, m.text)
            ):
                # "Liz-Rejane Legey (IBICT)": her institution, no other name of hers ("(FHC)" is one)
                if not any(s < inner.end_char and inner.start_char < e for s, e in covered):
                    new.append(Mention(doc_id, inner.start_char, inner.end_char, inner.text, ORG, "rule"))
                    covered.append((inner.start_char, inner.end_char))
                continue
            if close is not None and close > end_tok + 1 and not _enumerates(doc[end_tok + 1 : close]):
                run = _name_run(doc, end_tok + 1, limit=close - end_tok - 1)
                if run is not None and run.end == close:
                    # "Goiânia (GO)": a state code qualifies the name, it is a place of its own
                    qualifier = qualifies(m.text, inner.text, regions)
                    other = at(inner.start_char, inner, LOC if qualifier else m.category)
                    if other is not None and other.end == inner.end_char:
                        # an acronym spelling the name glosses the name, even a noun's complement
                        spelled = None if qualifier else _spelled_body(m, other)
                        if (m.start, inner.end_char) not in titled and (
                            spelled is not None
                            or (not qualifier and not _inside_phrase(doc, offsets, m) and not _bracket_names_another(m, other))
                        ):
                            if spelled is other and other not in new:
                                # "do Instituto Brasileiro de Executivos Financeiros (Ibef)": the NER's place
                                other = as_category(other, ORG, kb_id="")
                                by_start[other.start] = other
                                new.append(other)
                            elif spelled is m:
                                # "o Ipea (Instituto de Pesquisa Econômica Aplicada)": the NER's place
                                m = as_category(m, ORG, kb_id="")
                                by_start[m.start] = m
                                new.append(m)
                            links.append((m, other))
                        continue
        tail = offsets.text[m.end : m.end + 80]
        # an appositive naming: "a Terceira Internacional, também chamada Komintern"
        hit = APPOSITIVE.match(tail)
        if hit and m.category == PER and named_by_someone(hit):
            hit = None  # "Maria, chamada por João": who called her, no other name of hers
        hit = hit or OR_SIMPLY.match(tail)
        if hit:
            start = m.end + hit.end()
            tok = offsets.token_from(start)
            if tok is not None and tok < len(doc):
                run = _name_run(doc, tok)
                other = at(start, run, m.category)
                if other is not None:
                    if other.category != m.category and m.category in NODE_CATEGORIES and other not in new:
                        if other.category == PER and not m.kb_id and lifespan_bracket(offsets.text, other.end, dated=True):
                            # "Tamandani Wazayo Phillip, mais conhecido como Tam Nsaliwa (Lilongwe,
                            # 28 de Janeiro de 1982)": a person's lifespan; the name before is his
                            m = as_category(m, PER)
                            by_start[m.start] = m
                            new.append(m)
                        else:
                            other = as_category(other, m.category, kb_id="")
                            by_start[other.start] = other
                            new.append(other)
                    links.append((m, other))
                    continue
        # an acronym in apposition: "a Nova Política Econômica, a NEP"
        hit = _ACRONYM_APPOS.match(tail)
        if hit and len(m.text.split()) >= 2:
            start = m.end + hit.end()
            tok = offsets.token_from(start)
            if tok is not None and tok < len(doc) and is_acronym(doc[tok].text):
                other = at(start, doc[tok : tok + 1], m.category)
                if other is not None and other.end == doc[tok].idx + len(doc[tok].text):
                    links.append((m, other))
    return new, links


ORDINALS = frozenset(
    "primeiro primeira segundo segunda terceiro terceira quarto quarta quinto quinta sexto sexta setimo setima "
    "oitavo oitava nono nona decimo decima".split()
)
"""Folded ordinals that open event names (``Primeiro Congresso dos Sovietes``)."""

_ROMAN_NUMERAL = re.compile(r"^[IVXLC]+\.?$")
_NOT_NAME_START = frozenset("o a os as um uma na no nas nos em da do das dos de e à ao às aos".split())


def _event_opening(toks: Sequence[Token], w: EntityWords) -> bool:
    """The first capitalized word of ``toks`` that is no article, ordinal or Roman numeral is an
    event's head word, or opens a head of several words (``a Feira da Ciência``, ``o V Congresso
    de Ciência``, ``o Dia Mundial da Saúde``)."""
    for n, t in enumerate(toks):
        if not capitalized_token(t) or t.lower_ in _NOT_NAME_START or fold(t.text) in ORDINALS or _ROMAN_NUMERAL.match(t.text):
            continue
        key = fold(t.text)
        if key in w.event_heads or key in w.opening_event_heads:
            return True
        return any(
            " ".join(fold(x.text) for x in toks[n : n + len(head.split())]) == head for head in w.multiword_event_heads
        )
    return False


def _multiword_head_ends(doc: Doc, words: Sequence[str], w: EntityWords) -> set[int]:
    """The indexes of the last words of the event heads of several words (the
    ``multiword_event_heads``) that ``doc`` holds with every word capitalized (``o Grande Prêmio
    da Hungria``: ``Prêmio``; not ``o grande prêmio``)."""
    ends: set[int] = set()
    by_last: dict[str, list[list[str]]] = {}
    for head in w.multiword_event_heads:
        parts = head.split()
        by_last.setdefault(parts[-1], []).append(parts)
    for i, word in enumerate(words):  # one walk over the words for all the heads
        heads = by_last.get(fold(word))
        for parts in heads or ():
            a = i - len(parts) + 1
            if a >= 0 and [fold(word) for word in words[a : i + 1]] == parts and all(capitalized_token(doc[k]) for k in range(a, i + 1)):
                ends.add(i)
    return ends


def _list_word(doc: Doc, k: int) -> bool:
    """``doc[k]`` may be an item of a list a name holds (:func:`_listed_items`, :func:`_two_items`):
    a capitalized word of letters, on the line of the word before it, no acronym."""
    if k <= 0 or k >= len(doc):
        return False
    t = doc[k]
    return t.is_alpha and t.text[:1].isupper() and "\n" not in doc[k - 1].whitespace_ and not is_acronym(t.text)


def _listed_items(doc: Doc, comma: int, w: EntityWords, taken: Callable[[int, int], bool] | None = None) -> tuple[int, int] | None:
    """The list of capitalized words after ``de`` that the comma ``doc[comma]`` is part of, ``de A,
    B, ... e Z`` (``da Ciência, Tecnologia e Inovação``; the first item may be two words, ``de
    Rochas Ornamentais, Cerâmicas e Vidro``), as the index of ``A`` and the index after ``Z``; None when the comma is no such list's. A list of separate names is none: an item that is
    an acronym, an event head (``a Copa do Mundo, Eurocopa e Copa América``), a name the annotated
    corpora almost always give as a place or a person (``a Feira de Frankfurt, Paris e Londres``),
    or a word that ``taken`` says a place, a person, an event or a name of the gazetteer holds (it is
    asked the word's character offsets, ``taken(start, end)``)."""
    known = name_types()

    def item(k: int) -> bool:
        if not _list_word(doc, k):
            return False
        t = doc[k]
        if fold(t.text) in w.event_heads or known.get(t.text) in (LOC, PER):
            return False
        return taken is None or not taken(t.idx, t.idx + len(t.text))

    if comma < 2 or doc[comma].text != "," or not item(comma - 1):
        return None
    first = comma - 1
    while first >= 2 and doc[first - 1].text == "," and item(first - 2):
        first -= 2
    if doc[first - 1].lower_ not in OF_FORMS:
        # the first item two words long: "de Rochas Ornamentais, Cerâmicas e Vidro"
        if first < 3 or first < comma - 1 or not item(first - 1) or doc[first - 2].lower_ not in OF_FORMS:
            return None
        first -= 1
    k = comma  # a comma, then an item
    while k + 2 < len(doc) and doc[k].text == "," and item(k + 1):
        k += 2
    if k == comma or k + 1 >= len(doc) or doc[k].lower_ != "e" or not item(k + 1):
        return None
    return first, k + 2


_PORTFOLIO_WORDS = 3
"""The capitalized words of one item of :func:`_listed_portfolios` at most (``Desenvolvimento
Rural``, ``Política Regional``, ``Meio Ambiente``), besides a ``de`` and its complement inside a
middle item."""


def _two_items(doc: Doc, conj: int, w: EntityWords = _WORDS) -> tuple[int, int] | None:
    """The two things a name lists after its ``de`` with no comma, ``de A e B`` or ``da A e do B``,
    around the ``e`` ``doc[conj]``: ``A`` capitalized words (three at most) after a ``de``, ``B``
    one capitalized word, its own ``de`` before it or none, where the name ends (no capitalized
    word after it): ``a Comissão Técnica da Moeda e do Crédito``, ``Federação Nacional das Empresas
    de Seguros Privados e de Capitalização``, as the index of ``A`` and the index after ``B``; None
    when the ``e`` is no such list's. Neither item may be an acronym or a name the annotated corpora
    give a type (``do Banco do Brasil e de Portugal``, ``da Prefeitura de Diadema e de Mauá``:
    :func:`name_types`) or head an institution's name (``do Tribunal de Justiça e da Assembléia``:
    :func:`institution_opening`). The caller reads the name (an institution's, the NER's) and its
    mentions."""
    known = name_types()

    def item(k: int) -> bool:
        return _list_word(doc, k) and known.get(doc[k].text) is None and not institution_opening(doc[k : k + 1], w)

    if conj < 2 or doc[conj].lower_ != "e" or not item(conj - 1):
        return None
    first = conj - 1
    while first > 1 and conj - first < _PORTFOLIO_WORDS and item(first - 1):
        first -= 1
    if doc[first - 1].lower_ not in OF_FORMS:
        return None
    k = conj + 2 if conj + 2 < len(doc) and doc[conj + 1].lower_ in OF_FORMS else conj + 1
    if not item(k) or (k + 1 < len(doc) and capitalized_token(doc[k + 1]) and "\n" not in doc[k].whitespace_):
        return None
    return first, k + 1


def _listed_portfolios(doc: Doc, comma: int, w: EntityWords) -> tuple[int, int] | None:
    """The list of what a body deals with, each item with its own ``de`` and article, that the comma
    ``doc[comma]`` is part of: ``da Política Regional, dos Transportes e do Turismo`` (``a Comissão
    da Política Regional, dos Transportes e do Turismo``, ``o Ministério da Agricultura, do
    Desenvolvimento Rural e das Pescas``), as the index of the first item's first word and the index
    after the last item's last word; None when the comma is no such list's. An item is one to
    :data:`_PORTFOLIO_WORDS` capitalized words after its ``de``; a middle one may hold a ``de`` and
    its complement (``do Ordenamento do Território``); the last one ends at its capitalized words,
    the name's ``de`` after it being the caller's (``... e do Turismo do Parlamento Europeu``). A list
    of separate names is none: an item that is an acronym, opens with an institution's word
    (:func:`institution_opening`: ``do Ministério da Fazenda, do Banco Central e do Tesouro``) or
    another word of names that are no person's (``non_person_words``: ``do Cinema Central e da Rua
    Halfeld``) or that the annotated corpora give a type (``da Câmara de Lisboa, do Porto e de Coimbra``,
    ``do Senado``: :func:`name_types`). :func:`_listed_items` reads the lists whose items after the
    first have no ``de`` (``da Ciência, Tecnologia e Inovação``)."""
    known = name_types()

    def words_from(k: int) -> int:
        """The index after the capitalized words from ``doc[k]``, on one line, at most :data:`_PORTFOLIO_WORDS`."""
        j = k
        while j < len(doc) and j - k < _PORTFOLIO_WORDS and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
            if "\n" in doc[j - 1].whitespace_:
                break
        return j

    def valid(a: int, b: int) -> bool:
        if b <= a or is_acronym(doc[a].text) or institution_opening(doc[a:b], w) or fold(doc[a].text) in w.non_person_words:
            return False
        return known.get(doc[a].text) is None and known.get(doc[a:b].text) is None

    def item(k: int, last: bool) -> int | None:
        """The index after the item whose ``de`` is ``doc[k]``; None when none starts there."""
        if k + 1 >= len(doc) or doc[k].lower_ not in OF_FORMS or "\n" in doc[k].whitespace_:
            return None
        b = words_from(k + 1)
        if not valid(k + 1, b):
            return None
        while not last and b + 1 < len(doc) and doc[b].lower_ in OF_FORMS and "\n" not in doc[b - 1].whitespace_:
            after = words_from(b + 1)
            if after == b + 1:
                break
            b = after  # "do Ordenamento do Território": the item's own complement
        return b

    if comma < 2 or doc[comma].text != "," or comma + 1 >= len(doc) or doc[comma + 1].lower_ not in OF_FORMS:
        return None
    first = comma
    while first > 0 and comma - first < _PORTFOLIO_WORDS and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper():
        first -= 1
    if first == comma or first < 1 or doc[first - 1].lower_ not in OF_FORMS or not valid(first, comma):
        return None
    k = comma  # a comma, then an item with its de
    while k < len(doc) and doc[k].text == ",":
        end = item(k + 1, last=False)
        if end is None:
            return None
        k = end
    if k + 1 >= len(doc) or doc[k].lower_ != "e":
        return None
    end = item(k + 1, last=True)
    return None if end is None else (first, end)

_RANGE_WORDS = frozenset(("a", "e", "até", "-", "–", "/"))


def _year_after(doc: Doc, end: int) -> int:
    """Where an event's name that the capitalized run ``doc[..end]`` holds ends with the year
    after it, alone or after ``de`` (``o Golpe Militar de 1964``, ``a Copa do Mundo 2010``, ``as
    Eleições Municipais de 2012``: the NER's names, HAREM's ``Revolução de 1930``); ``end`` when
    no year follows, or when it opens a range (``a Guerra do Paraguai de 1864 a 1870``)."""
    k = end + 1 if end < len(doc) and doc[end].lower_ == "de" else end
    if k >= len(doc) or not _YEAR.match(doc[k].text) or any("\n" in doc[j].whitespace_ for j in range(end - 1, k)):
        return end
    if k + 2 < len(doc) and doc[k + 1].lower_ in _RANGE_WORDS and doc[k + 2].text[:1].isdigit():
        return end
    return k + 1


def _event_past_its_e(doc: Doc, start: int, end: int, crossing: Sequence[Mention], w: EntityWords) -> int | None:
    """Where an event's name whose capitalized run ``doc[start:end]`` stops at an ``e`` ends when
    the NER's one organization or place over it, opening where the run opens (or at its article),
    goes on over that
    ``e`` and capitalized words (``a 34ª Exposição Agropecuária e Industrial``, ``a 45ª Feira de
    Ciência e Engenharia``, ``a Conferência Internacional Sobre Ecologia e Meio Ambiente``: the
    NER's organizations and places): the index after the NER name's last word; None otherwise.
    What the ``e`` adds is no second event nor another name: no article, ordinal, Roman numeral or
    event head after it (``a Guerra de Independência e a Revolta da Páscoa``, ``o Torneio
    Relâmpago e Torneio Municipal``, ``a 13ª Exposição Nacional e 3ª Mostra Funcional``), no line
    break, and the name ends on a word's end."""
    if len(crossing) != 1 or end + 1 >= len(doc) or doc[end].lower_ != "e":
        return None
    m = crossing[0]
    opens = m.start == doc[start].idx or (start > 0 and m.start == doc[start - 1].idx and doc[start - 1].lower_ in DEFINITE_ARTICLES)
    if m.kb_id or m.category not in (ORG, LOC) or not opens or m.end <= doc[end + 1].idx:
        return None
    last = end + 1
    while last < len(doc) and doc[last].idx + len(doc[last].text) < m.end:
        last += 1
    if last >= len(doc) or doc[last].idx + len(doc[last].text) != m.end:
        return None
    if not capitalized_token(doc[end + 1]) or doc[end + 1].lower_ in _NOT_NAME_START:
        return None
    if any("\n" in doc[j].whitespace_ or doc[j].is_space for j in range(end - 1, last + 1)):
        return None
    for t in doc[end + 1 : last + 1]:
        key = fold(t.text)
        if (
            _ORDINAL_NUMBER.match(t.text)
            or _ROMAN_NUMERAL.match(t.text)
            or key in w.event_heads
            or key in w.opening_event_heads
            or key in w.act_event_heads
        ):
            return None
    return last + 1


def _article_opening(doc: Doc, k: int) -> bool:
    """``doc[k]`` is a capitalized article before a word (``O carnaval``, ``A TV Cultura``): it
    opens a sentence, no word of a name (``Série A de 2010`` is)."""
    return (
        doc[k].text in ("O", "A", "Os", "As")
        and k + 1 < len(doc)
        and doc[k + 1].is_alpha
        and doc[k + 1].lower_ not in OF_FORMS
    )


def _ordinal_before(doc: Doc, start: int) -> int:
    """The start of an event's name with the ordinal number written before its capitalized words
    (``a 60ª Exposição Nacional de Gado Zebu``, ``o 16.º Congresso``: the NER's names, HAREM's
    ``1ª. Guerra Mundial``), else ``start``."""
    if start > 0 and _ORDINAL_NUMBER.match(doc[start - 1].text) and "\n" not in doc[start - 1].whitespace_:
        return start - 1
    return start


_MASCULINE_ARTICLES = frozenset("o no do ao pelo".split())
_DAY = re.compile(rf"^(?:3[01]|[12]\d|0?[1-9])(?:\.?[{MASCULINE_ORDINAL_SIGNS}])?$")


def _day_street(doc: Doc, span: Span) -> bool:
    """Whether ``span`` is a day and a capitalized month right after a feminine article fused
    with a preposition (``na``, ``da``, ``pela``: :data:`~teia.extract.timex.lexicon.STREET_ARTICLES`),
    the name of a street whose noun the text leaves out (``a região da 25 de Março``), which the
    time rules write no date for: a name, whether the tagger made the day a proper noun or a
    numeral (a syntax encoder taught MAC-MORPHO's tags tags it a numeral; issue 17, P64n)."""
    if len(span) != 3 or span.start == 0 or not _DAY.match(span[0].text) or span[1].lower_ != "de":
        return False
    month = span[2]
    return month.text[:1].isupper() and word_key(month.text) in MONTHS and doc[span.start - 1].lower_ in STREET_ARTICLES


def _day_names(doc: Doc) -> list[tuple[int, int]]:
    """The days that name what happened on them (HAREM's ``EFEMERIDE``), as token ranges: a day and
    a capitalized month after a masculine article, with no ``dia`` between (``que o 25 de Abril
    valeu a pena``, ``deposto no 25 de Abril de 1974``, ``antes do 11 de Setembro``; ``do dia 25 de
    Abril`` and ``em 25 de Abril`` are dates), a year after ``de`` part of it. Not a month in lower
    case (``Era o 19 de outubro``, ``nasceu no 25 de dezembro de 1980``, dates in translated
    text), nor a day before a bare year (``nascida o 25 de Novembro 1957``) or before more
    capitalized words (``o 1º de Maio Esporte Clube``, a club)."""
    out = []
    words = doc_words(doc)  # no Token for each word
    for k in range(1, len(doc) - 2):
        if not _DAY.match(words[k]) or words[k - 1].lower() not in _MASCULINE_ARTICLES or words[k + 1].lower() != "de":
            continue
        month = doc[k + 2]
        if not (month.text[:1].isupper() and word_key(month.text) in MONTHS):
            continue
        if any("\n" in doc[j].whitespace_ for j in range(k - 1, k + 2)):
            continue
        end = k + 3
        if end + 1 < len(doc) and doc[end].lower_ == "de" and _YEAR.match(doc[end + 1].text):
            end += 2
        nxt = doc[end] if end < len(doc) and "\n" not in doc[end - 1].whitespace_ else None
        if nxt is not None and (nxt.text[:1].isdigit() or capitalized_token(nxt)):
            continue
        out.append((k, end))
    return out


def find_event_names(
    doc: Doc, mentions: Sequence[Mention], doc_id: str = "", w: EntityWords = _WORDS
) -> tuple[list[Mention], set[Mention]]:
    """Event names the NER missed: a capitalized run of two or more words holding an event head
    word (``o Segundo Congresso``, ``a Guerra Civil Russa``, ``o Oitavo Congresso dos Sovietes``,
    ``o Tratado de Brest-Litovsk``; a noun of a historical act only opening the run right before
    ``de``/``do``/``da``..., ``a Independência do Brasil``, and not after another name's ``de``; a tournament's
    abbreviation only alone before its year, ``o Euro 2004``; a name opened by its head goes on over a comma list of what the
    event is about, :func:`_listed_items`: ``a Feira da Ciência, Tecnologia e Inovação``). Returns new ``EVENT`` mentions (source ``"rule"``) and the NER
    mentions they swallow (the longest name wins: no separate place inside an event name)."""
    new: list[Mention] = []
    dropped: set[Mention] = set()
    done = -1
    taken = SpanIndex((m.start, m.end) for m in mentions)

    def inside_and_crossing(start: int, end: int) -> tuple[list[Mention], list[Mention]]:
        # the mentions inside [start, end) and those crossing its bounds, in order, among the ones
        # touching it (an empty mention at a bound too: the index is asked one character wider)
        near = [mentions[k] for k in taken.overlapping(start - 1, end + 1)]
        inside = [m for m in near if start <= m.start and m.end <= end]
        return inside, [m for m in near if m.start < end and start < m.end and m not in inside]

    words = doc_words(doc)
    heads = {word for word in set(words) if fold(word) in w.event_heads}  # each word folded once
    opening = {word for word in set(words) if fold(word) in w.opening_event_heads} - heads
    acts = {word for word in set(words) if fold(word) in w.act_event_heads} - heads - opening
    opening |= acts
    years = {word for word in set(words) if fold(word) in w.year_event_heads} - heads - opening
    heads |= opening | years
    multiword = _multiword_head_ends(doc, words, w) if w.multiword_event_heads else set()
    for i in (i for i, word in enumerate(words) if word in heads or i in multiword):
        if i < done:
            continue
        tok = doc[i]
        if not tok.text[:1].isupper():
            # "a paz de Brest-Litovsk", "a batalha do rio Niemen", "a ofensiva de Kiev"
            if fold(tok.text) not in w.lowercase_event_heads:
                continue
            j = tok.i + 1
            if j + 1 >= len(doc) or doc[j].lower_ not in ("de", "da", "do", "das", "dos"):
                continue
            k = j + 1
            if doc[k].lower_ in ("rio", "lago", "monte", "cabo") and k + 1 < len(doc):
                k += 1
            if not capitalized_token(doc[k]) or "\n" in doc[k - 1].whitespace_:
                continue
            end = k + 1
            while end < len(doc) and capitalized_token(doc[end]) and "\n" not in doc[end - 1].whitespace_:
                end += 1
            done = end
            span = doc[tok.i:end]
            inside, crossing = inside_and_crossing(span.start_char, span.end_char)
            # the name after the head is a place ("a batalha do rio Niemen") or, when the NER
            # already took it for the event, an event ("a paz de Brest-Litovsk" with
            # Brest-Litovsk EVENT): either way the event's name is the whole phrase
            if crossing or any(m.kb_id or m.category not in (LOC, EVENT) for m in inside):
                continue
            dropped.update(inside)
            new.append(Mention(doc_id, span.start_char, span.end_char, span.text, EVENT, "rule"))
            continue
        if tok.text in acts and (
            not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in OF_FORMS)
            or (tok.i > 1 and doc[tok.i - 1].lower_ in OF_FORMS and capitalized_token(doc[tok.i - 2]))
        ):
            # "a Independência do Brasil"; not "o Independência Shopping", nor the tail of
            # another name, "a Declaração de Independência do Kosovo"
            continue
        start = tok.i
        while start > 0 and capitalized_token(doc[start - 1]) and doc[start - 1].lower_ not in _NOT_NAME_START:
            if doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_:
                break
            start -= 1
        end = tok.i + 1
        while end < len(doc):
            t = doc[end]
            if "\n" in doc[end - 1].whitespace_ or t.is_space:
                break
            if _article_opening(doc, end) or t.text == "É":
                # "Carnaval O carnaval de Iguape...", "Círio de Nossa Senhora de Nazaré É realizado
                # anualmente": a heading glued to its first sentence
                break
            if capitalized_token(t):
                end += 1
            elif t.lower_ in ("de", "da", "do", "das", "dos") and end + 1 < len(doc) and capitalized_token(doc[end + 1]):
                end += 2
            else:
                break
        listed = None
        if end < len(doc) and _event_opening(doc[start:end], w):
            # "a Feira da Ciência, Tecnologia e Inovação", "o Festival de Música, Teatro e Dança de
            # Lisboa": the list goes on the name, even past an event the NER cut at the comma
            def taken_word(a: int, b: int, at: int = tok.idx) -> bool:
                # a place, a person, an event or a name of the gazetteer over the word, other than
                # the mentions holding the head word
                return any(
                    not m.start <= at < m.end and (m.kb_id or m.category in (LOC, PER, EVENT))
                    for m in (mentions[k] for k in taken.overlapping(a, b))
                )

            listed = _listed_items(doc, end, w, taken_word)
            if listed is not None and listed[0] <= tok.i:
                listed = None
            if listed is not None:
                end = listed[1]
                while end + 1 < len(doc) and doc[end].lower_ in OF_FORMS and capitalized_token(doc[end + 1]) and "\n" not in doc[end].whitespace_:
                    end += 2
                    while end < len(doc) and capitalized_token(doc[end]) and "\n" not in doc[end - 1].whitespace_:
                        end += 1
        run_end, end = end, _year_after(doc, end)
        done = end
        if tok.text in years and (start != tok.i or run_end != tok.i + 1 or end == run_end):
            continue  # "o Euro 2004"; not "o Euro" (the currency), nor "UEFA Euro 2004" nor "Euro Disney"
        if end - start < 2 or (tok.text in opening and start != tok.i and i not in multiword):
            # "a Semana do Teatro", not "Desce Semana" (a headline) or "FÁBIO SORMANI Semana";
            # the last word of a head of two words may open names alone ("o Dia Mundial do Teatro")
            continue
        start = _ordinal_before(doc, start)
        span = doc[start:end]
        inside, crossing = inside_and_crossing(span.start_char, span.end_char)
        past = _event_past_its_e(doc, start, end, crossing, w) if crossing and listed is None else None
        if past is not None:
            # "a 34ª Exposição Agropecuária e Industrial": the NER's name over the "e" is the event's
            # (its article left out)
            done = end = past
            span = doc[start:end]
            inside, crossing = inside_and_crossing(span.start_char, span.end_char)
            inside += [m for m in crossing if m.start < span.start_char]
            crossing = [m for m in crossing if m.start >= span.start_char]
        if crossing or (listed is None and any(m.category == EVENT for m in inside)):
            continue
        kb_inside = [m for m in inside if m.kb_id]
        if kb_inside:
            # "o Décimo Congresso do Partido Comunista da Rússia": the name stops before the
            # knowledge-base name it holds
            cut = min(m.start for m in kb_inside)
            end_tok = start
            while end_tok < tok.i + 1 or (end_tok < len(doc) and doc[end_tok].idx + len(doc[end_tok].text) <= cut):
                end_tok += 1
            while end_tok > tok.i + 1 and doc[end_tok - 1].lower_ in ("de", "da", "do", "das", "dos"):
                end_tok -= 1
            if end_tok - start < 2 or doc[end_tok - 1].idx + len(doc[end_tok - 1].text) > cut:
                continue
            span = doc[start:end_tok]
            inside = [m for m in inside if m.end <= span.end_char]
            if taken.overlaps(span.end_char, span.end_char):  # a mention holding the name's end
                continue
        if (
            inside and all(m.category in (PER,) for m in inside) and len(inside) == 1
            and inside[0].start == span.start_char and fold(doc[start].text) not in ORDINALS
            and tok.text not in years  # "no Euro 2004", the NER's "Euro" a person
        ):
            continue
        dropped.update(inside)
        new.append(Mention(doc_id, span.start_char, span.end_char, span.text, EVENT, "rule"))
    # the mentions and the names found so far that a day overlaps, each found by an index: the
    # given mentions', the event names' above, and the days' added below (they come in the text's
    # order: the furthest end of those up to each one says how far back to look)
    named = SpanIndex((m.start, m.end) for m in new)
    days_from, day_reach = len(new), []
    for a, b in _day_names(doc):
        span = doc[a:b]
        start, end = span.start_char, span.end_char
        near = [mentions[k] for k in taken.overlapping(start, end)] + [new[k] for k in named.overlapping(start, end)]
        k = len(day_reach) - 1
        while k >= 0 and day_reach[k] > start:
            if new[days_from + k].start < end and start < new[days_from + k].end:
                near.append(new[days_from + k])
            k -= 1
        if any(m.category == EVENT or m.kb_id or not (start <= m.start and m.end <= end) for m in near):
            continue  # the NER's event, or a longer name holding the day ("a Ponte 25 de Abril")
        dropped.update(near)
        new.append(Mention(doc_id, start, end, span.text, EVENT, "rule"))
        day_reach.append(max(day_reach[-1], end) if day_reach else end)
    return new, dropped


def _short_of_the_tail(doc: Doc, mentions: Sequence[Mention], tail: int | None) -> list[Mention]:
    """``mentions`` without the names of the document's glued tail (token ``tail`` on:
    :func:`teia.extract.headings.doc_tail`), the categories a Wikipedia text glues after its last
    sentence (``... atua pelo Peñarol Futebolistas do Uruguai``): a name inside the tail is
    dropped, one reaching into it cut where it starts (``Coronel Pilar Municípios do Rio Grande
    do Sul`` is ``Coronel Pilar``)."""
    if tail is None:
        return list(mentions)
    before = doc[tail - 1]
    while before.i > 0 and before.is_space:
        before = doc[before.i - 1]
    cut, end = before.idx + len(before.text), doc[tail].idx
    text = doc_text(doc)
    out = []
    for m in mentions:
        if m.end <= end:
            out.append(m)
        elif m.start < cut:
            out.append(with_span(m, m.start, cut, text[m.start : cut]))
    return out


class EntityGrouper:
    """Mentions and local entities of a Doc (``overrides`` and ``config`` steer the merges)."""

    def __init__(
        self,
        kb: KnowledgeBase | None,
        overrides: Overrides | None = None,
        config: ResolutionConfig = DEFAULT_CONFIG,
        event_names: bool = True,
        words: EntityWords | None = None,
        type_model: bool = False,
        type_model_path: str = "",
    ) -> None:
        self.kb = kb
        self.overrides = overrides
        self.config = config
        self.event_names = event_names
        self.words = words
        self.type_model = type_model
        """Whether the type model (:mod:`teia.extract.mention_types`) may retype the rules' mentions."""
        self.type_model_path = type_model_path

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc_id_of(doc)
        words = self.words or _WORDS
        use_section_headings(doc, words.section_headings)  # the tail and the relation rules' headings: this lexicon's
        tail = doc_tail(doc)
        mentions = refine_mentions(doc, _short_of_the_tail(doc, spans_to_mentions(doc.ents, doc_id), tail), doc_id, self.words)
        if self.event_names:
            named, swallowed = find_event_names(doc, mentions, doc_id, words)
            mentions = sorted([m for m in mentions if m not in swallowed] + named, key=lambda m: (m.start, m.end))
        mentions = deity_mentions(doc, mentions, doc_id, words.deity_names)
        mentions = virtual_places(doc, mentions, doc_id, words)  # "Tel.: (048) 281-9505", "www.rnp.br/ti-rj/gt5.html": places no mention touches
        mentions = lifespan_places(doc_text(doc), mentions, doc_id)  # after the event names: "(Feira de Santana, 1980)"
        mentions = off_the_furniture(doc_text(doc), mentions)  # "Confete Editoria: Mais PáGINA: 6-2", "Da Reportagem Local"
        mentions = _short_of_the_tail(doc, mentions, tail)  # the rules' names too ("Joinville" repeated in the list)
        extra, links = find_alias_links(doc, mentions, doc_id)
        retyped = {(m.start, m.end) for m in extra}  # a stated alias's category, on its span
        kept = [m for m in mentions if (m.start, m.end) not in retyped]
        mentions = repair_categories(sorted([*kept, *extra], key=lambda m: (m.start, m.end)))
        fixed = {(m.start, m.end): m for m in mentions}
        links = [(fixed.get((a.start, a.end), a), fixed.get((b.start, b.end), b)) for a, b in links]
        entities = group_mentions(mentions, self.kb, links, config=self.config, overrides=self.overrides)
        if self.type_model:
            model = load_type_model(self.type_model_path or None)
            retyped = retype_mentions(doc, mentions, model, lambda _: entities, name_kind(doc, words))
            if retyped != mentions:
                mentions = retyped
                entities = group_mentions(mentions, self.kb, links, config=self.config, overrides=self.overrides)
        doc._.set(MENTIONS, tuple(mentions))
        doc._.set(ENTITIES, entities)
        return doc


@Language.factory(
    "teia_entities",
    assigns=[f"doc._.{MENTIONS}", f"doc._.{ENTITIES}"],
    default_config={"lexicon_paths": [], "type_model": False, "type_model_path": ""},
)
def make_entity_grouper(nlp: Language, name: str, lexicon_paths: Sequence[str], type_model: bool, type_model_path: str) -> EntityGrouper:
    """The component; ``lexicon_paths``: lexicon files whose ``entities`` section extends the word
    lists of the rules (``data/entities.json``); ``type_model``: whether the type model
    (:mod:`teia.extract.mention_types`, the file ``type_model_path`` or the shipped one, read on
    the first doc) retypes the mentions it is confident the rules typed wrongly."""
    kb = nlp.get_pipe("teia_gazetteer").kb if "teia_gazetteer" in nlp.pipe_names else None
    words = entity_words(*lexicon_paths) if lexicon_paths else None
    return EntityGrouper(kb, words=words, type_model=type_model, type_model_path=type_model_path)
