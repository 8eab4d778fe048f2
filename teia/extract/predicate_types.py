"""A name typed by the noun of its copula predicate (issue 17): ``Pedreiras é um município
brasileiro``, ``Cambé é uma cidade do estado do Paraná``, ``Guaraní foi um clube de futebol``,
``Marcelo é um jornalista português``.

Encyclopedias open an article with its subject's name and what it is. The NER misses or mistypes
that name when it opens the sentence (``Pedreiras`` read as a person, or dropped as a capitalized
common word: the plural of ``pedreira``), and the predicate says what it is: a name opening a
sentence (an article before it at most) and followed by ``é``, ``foi`` or ``era`` (a bracket
between at most: ``Lars Korvald (1916-2006) foi um político``; or another name of it the text
gives, :mod:`teia.extract.naming`: ``A Comunidade Habitacional dos Trabalhadores Comerciários
I, mais conhecida como Cohatrac I, é um bairro``; its name in two languages, both names typed:
``Arcentales (em castelhano) ou Artzentales (em basco) é um município``), an article
(``um``, ``uma``, ``o``, ``a``; an adverb between at most: ``é hoje uma vila``) and a noun, a few
adjectives or ``um dos``/``uma das`` before it (``é uma antiga freguesia``, ``é um dos 92
municípios``), takes the noun's type:

* a place: the nouns of a country's divisions (``area_levels`` of ``data/regions.json``:
  ``município``, ``freguesia``, ``estado``...), the place nouns of ``data/entities.json``
  (``place_classifiers``: ``cidade``, ``vila``, ``rio``, ``serra``...);
* an organization: the institution words of ``data/entities.json`` (``organization_heads``:
  ``empresa``, ``universidade``, ``sindicato``...);
* a person: the trades of ``data/entities.json`` (``person_roles``: ``futebolista``, ``jornalista``...);

and the nouns of its ``predicate_nouns`` table, each with its type (``concelho`` and ``aldeia``
are places, ``clube``, ``banda``, ``grupo`` and ``partido`` organizations, ``professor`` a person...),
and a band's, a choir's or an orchestra's noun (``ensemble_nouns``: ``dupla``, ``trio``,
``quarteto``) an organization (``Roxette é uma dupla de música pop``); the name's words may be
joined by ``&`` or an apostrophe (``Zezé Di Camargo & Luciano``, ``Leaves' Eyes``, ``Racionais MC's``).

The name is added when no mention covers it, retyped when the NER's mention of it (or the
mentions inside it) said otherwise; a gazetteer's mention (one with a knowledge-base entry) is
left as it is. Not a pronoun or another function word (``Este é um município``, ``Mas é uma
cidade``, ``Mas Pedro é um``), nor a name that goes on before the copula in lower case (``Pedro
e eu``); a stop word of spaCy's list opens a name of two words or more where the tagger does not
read it as a function word (``São José é um município``, ``Boa União é um bairro``, ``Grupo
Massa é uma empresa``).

A noun set beside a mention after a comma, bare or after ``um``/``uma``, types it too, a place or
an organization only (``Alice Springs, cidade no centro da Austrália``, ``a Inal, uma das
fabricantes nacionais``; :func:`_apposition_type` for what it leaves out); a band's noun types even
the NER's person there (``Mler Ife Dada, banda portuguesa``), no other organization's noun does
(``Ronaldo Goldoni, equipe esta que``: the coach). The types are
returned too, so that the document's other mentions of the name follow them. The same table
types a name a place's or an organization's noun stands right before (``o bairro Dom Lustosa``,
``o time Chievo Verona``: :func:`noun_type`, read by :mod:`teia.extract.entities`); not a band's
noun that table lacks (``formada pela dupla Tina Weymouth e Chris Frantz``: a member's name).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.lang.pt.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from teia.extract.articles import DEFINITE_ARTICLES, NAME_PARTICLES, OF_FORMS
from teia.extract.characters import capitalized_token
from teia.extract.docindex import SpanIndex, TokenOffsets, doc_text, doc_words, morph_values
from teia.extract.entity_words import EntityWords, singular_forms
from teia.extract.gazetteer import given_names, name_types
from teia.extract.naming import naming_words
from teia.extract.newspaper import DESK
from teia.extract.quotes import QUOTE_MARKS
from teia.extract.labels import LOC, ORG, PER
from teia.extract.regions import load_regions
from teia.folding import fold
from teia.records import Mention, as_category

__all__ = ["LEAD_ARTICLES", "LEAD_COPULAS", "noun_type", "predicate_noun_types", "predicate_typed", "singular_forms"]

# the copulas whose predicate types a lead's name (singular: "X é um município"; a list of things takes "são")
LEAD_COPULAS = frozenset({"é", "foi", "era"})
LEAD_ARTICLES = frozenset({"um", "uma", "o", "a"})
"""The articles opening the predicate after a lead's copula (``Paliseul é um município``, ``Estocolmo é
a capital``), read here and by :mod:`teia.extract.entities`."""
_INDEFINITE = frozenset({"um", "uma"})
_OF_THE = frozenset({"dos", "das"})
_POSSESSIVES = frozenset({"'s", "’s"})
_NAME_JOINERS = frozenset({"&", "'", "’"}) | _POSSESSIVES
"""The tokens inside a lead's name between its capitalized words, or after its last one, that are
no particles: an ampersand, an apostrophe and the possessive (``Zezé Di Camargo & Luciano``,
``Leaves' Eyes``, ``Destiny's Child``, ``Racionais MC's``; the tokenizer cuts them off)."""
_OPENING_PARTICLES = OF_FORMS
"""The particles that, capitalized before another capitalized word, open a lead's name (``De Motte``, ``Da Nang``)."""
_FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "AUX", "VERB"})
"""The parts of speech of a stop word that is no name's first word (``Mas``, ``Este``,
``Segundo``); a stop word tagged otherwise before another capitalized word opens one (``São``,
``Boa``, ``Nova``, ``Grupo``, ``Três``: spaCy's Portuguese stop words hold them)."""
_GAP_WORDS = 3
"""How many words (adjectives, ``dos``/``das``, a number) may stand between the article and the noun."""


def predicate_noun_types(w: EntityWords) -> dict[str, str]:
    """Predicate noun (lower case, as written; the institution words folded) → the type it gives
    the name (module docstring): the tables read, then ``predicate_nouns`` over them."""
    types: dict[str, str] = {}
    for noun in w.person_roles:
        types[noun] = PER
    for noun in w.organization_heads:
        types[noun] = ORG
    for noun in (*load_regions().levels, *w.place_classifiers):
        types[noun] = LOC
    types.update(w.predicate_nouns)
    return types


def noun_type(word: str, types: dict[str, str]) -> str | None:
    """The type ``types`` (:func:`predicate_noun_types`) gives the kind noun ``word`` (lower
    case), in the singular or the plural (``bairros``, ``clínicas``), or None."""
    for form in singular_forms(word):
        kind = types.get(form) or types.get(fold(form))
        if kind is not None:
            return kind
    return None


def _noun_from(doc: Doc, k: int, types: dict[str, str]) -> tuple[str, int] | None:
    """The type of the predicate noun at ``k`` or after a few adjectives, numbers or
    ``dos``/``das`` (``uma das maiores cidades``, ``um pequeno município``), and its index; None
    when another word comes first."""
    for _ in range(_GAP_WORDS + 1):
        if k >= len(doc):
            return None
        tok = doc[k]
        kind = noun_type(tok.lower_, types)
        if kind is not None:
            return kind, k
        if not (tok.pos_ in ("ADJ", "NUM") or tok.lower_ in _OF_THE or tok.like_num):
            return None
        k += 1
    return None


def _predicate_type(doc: Doc, cop: int, types: dict[str, str]) -> str | None:
    """The type the predicate after the copula at ``cop`` gives its subject, or None."""
    k = cop + 1
    if k < len(doc) and doc[k].pos_ == "ADV" and doc[k].lower_ not in LEAD_ARTICLES:
        k += 1  # "é hoje uma vila", "foi também um clube"
    if k >= len(doc) or doc[k].lower_ not in LEAD_ARTICLES:
        return None
    found = _noun_from(doc, k + 1, types)
    return None if found is None else found[0]


def _apposition_type(
    doc: Doc, comma: int, types: dict[str, str], person: bool = False, spots: frozenset[str] = frozenset()
) -> tuple[str, int] | None:
    """The type a noun set beside a name after the comma at ``comma`` gives it, and the noun's
    index, a place or an organization (``Alice Springs, cidade no centro da Austrália``, ``a Inal, uma das fabricantes
    nacionais``; the noun bare or after ``um``/``uma``), or None: not a person's noun (``em Maceió, filho do secretário``: another
    name's), nor a noun a name follows (``no Brasil, jornalista Angus Foster``, ``da Câmara,
    deputado Marcelino Romano``: the title of the name after it) or a verb follows (``em Bilbau,
    a universidade tem``: the subject of the next clause), nor ``local`` after a name the lists
    read as a person's (``person``, :func:`_named_person`: ``passam para Antônio de Brito, local
    onde este estabelece um engenho``, the place the clause before it speaks of; a town's noun
    still types a name that opens with a given name, ``em Nelson, cidade portuária``): the
    ``spots``, the ``spot_nouns`` of ``data/entities.json``."""
    k = comma + 1
    if k < len(doc) and doc[k].lower_ in _INDEFINITE:
        k += 1  # not a definite article: "Em Ovar, a equipa da casa esteve a perder" (a clause's subject)
    found = _noun_from(doc, k, types)
    if found is None or found[0] == PER or not doc[found[1]].text[:1].islower():
        return None
    if person and doc[found[1]].lower_ in spots:
        return None
    nxt = found[1] + 1
    if nxt < len(doc) and (capitalized_token(doc[nxt]) or (doc[nxt].pos_ in ("VERB", "AUX") and not _participle(doc[nxt]))):
        return None  # "em Bilbau, a universidade tem uma bela biblioteca": the next clause's subject
    return found


def _participle(tok) -> bool:
    """Whether ``tok`` is a participle the tagger calls a verb, which qualifies the noun before it
    (``pela Paubrasil, empresa acusada de financiar campanhas``, ``Alice Springs, cidade situada no
    centro``) and opens no clause of its own."""
    return "Part" in morph_values(tok, "VerbForm")


def _ensemble(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) is a band's, a choir's or an orchestra's noun (``nouns``, the
    ``ensemble_nouns`` of ``data/entities.json``), in the singular or the plural."""
    return any(form in nouns for form in singular_forms(word))


def _named_person(name: str) -> bool:
    """Whether ``name``, a person's by the mentions, reads as one's to the name lists too: it
    opens with a known given name (:func:`teia.extract.gazetteer.given_names`) or the lists have
    it a person (:func:`teia.extract.gazetteer.name_types`), and the lists do not have it a place."""
    typed = name_types().get(name)
    return typed != LOC and (typed == PER or name.split()[0] in given_names())


_ENDS = frozenset({".", "!", "?", "…", ";"})


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` opens the text, a line or a sentence (after its closing punctuation: the
    parser's own sentence starts cut names, ``Ouro`` | ``Preto foi a capital``)."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or prev.is_space or prev.text in _ENDS


def _subject(doc: Doc, cop: int, fields: frozenset[str]) -> tuple[int, int, int] | None:
    """The name ``[start, end)`` opening the sentence before the copula at ``cop``: capitalized
    words and the particles between them, an article before them at most; not a field of study
    opening them (``fields``: a section's heading run into its first sentence, ``História A Rádio
    Mantiqueira é uma emissora``, ``Geografia Goiânia é a capital``). Returned as ``(lead, start,
    end)``, ``lead`` the first of those heading words (``start`` without any)."""
    if cop == 0 or not (capitalized_token(doc[cop - 1]) or (cop > 1 and doc[cop - 1].lower_ in _POSSESSIVES and capitalized_token(doc[cop - 2]))):
        return None  # "Racionais MC's é um grupo" ends with its possessive
    a = cop - 1
    while (
        a > 0
        and not _opens_sentence(doc, a)
        and doc[a - 1].lower_ not in DEFINITE_ARTICLES
        and (capitalized_token(doc[a - 1]) or doc[a - 1].lower_ in NAME_PARTICLES or doc[a - 1].lower_ in _NAME_JOINERS)
    ):
        a -= 1
    lead = a
    if not _opens_sentence(doc, lead) and not (doc[lead - 1].lower_ in DEFINITE_ARTICLES and _opens_sentence(doc, lead - 1)):
        return None
    while a < cop - 1 and (doc[a].text in NAME_PARTICLES or doc[a].lower_ in _NAME_JOINERS or fold(doc[a].text) in fields):
        a += 1  # "e Lisboa é uma cidade" (not "De Gaulle"); "Geografia Goiânia é a capital": a heading run into the sentence
    if not _opens_a_name(doc[a], alone=a == cop - 1, particle=_particle_lead(doc, a, cop)):
        return None  # "Este é", "Mas Pedro é"; not "São José é", "Boa Vista é", "Grupo Massa é"
    return lead, a, cop


def _opens_a_name(first: Token, alone: bool, particle: bool = False) -> bool:
    """``first`` may open a lead's name (``alone``: the name's only word): capitalized, and no
    stop word but one the tagger does not read as a function word before another word; with
    ``particle`` (:func:`_particle_lead`), a capitalized particle before another word, however
    tagged (``De Soto é uma cidade``, ``Dos Hermanas é um município``)."""
    if not capitalized_token(first):
        return False
    if particle and not alone and first.lower_ in _OPENING_PARTICLES:
        return True
    return not (first.lower_ in STOP_WORDS and (alone or first.pos_ in _FUNCTION_POS))


def _particle_lead(doc: Doc, a: int, cop: int) -> bool:
    """Whether a capitalized particle at ``a`` may open the lead's name that ends at ``cop``: the
    copula right after the name and an indefinite article after the copula (``De Soto é uma
    cidade``: a ``de`` phrase is no subject of ``é um``; not ``De Espanha era o poeta ilustre
    filho``, a fronted complement), and no newsroom desk there (``Da Redação Walter Leal é um
    exemplo``: :data:`~teia.extract.newspaper.DESK`)."""
    return (
        cop + 1 < len(doc)
        and doc[cop].lower_ in LEAD_COPULAS
        and doc[cop + 1].lower_ in _INDEFINITE
        and DESK.match(doc_text(doc), doc[a].idx) is None
    )


_BRACKET_REACH = 30


def _before_bracket(doc: Doc, k: int) -> int:
    """``k``, or the opening of a bracket closing right before it (a comma after it at most): the
    name's end where a bracket stands between the name and the copula (``Lars Korvald
    (1916-2006) foi um político``, ``Alquézar (Alquezra em aragonês) é um município``)."""
    j = k - 1
    if j > 0 and doc[j].text == ",":
        j -= 1
    if j <= 0 or doc[j].text != ")":
        return k
    for i in range(j - 1, max(-1, j - _BRACKET_REACH), -1):
        if doc[i].text in _ENDS or doc[i].text == ")":
            return k
        if doc[i].text == "(":
            return i
    return k


_ALIAS_REACH = 12
"""How many tokens back from the copula a naming appositive may open."""


def _before_alias(doc: Doc, k: int, text: str) -> int:
    """``k``, or the comma opening a naming appositive that ends right before it (a comma after
    it): the name's end where another name of it stands between the name and the copula (``A
    Comunidade Habitacional dos Trabalhadores Comerciários I, mais conhecida como Cohatrac I, é
    um bairro``, ``O Högadals Idrottssällskap, ou simplesmente Högadals IS, é um clube``;
    :mod:`teia.extract.naming`)."""
    j = k - 1
    if j <= 1 or doc[j].text != ",":
        return k
    for i in range(j - 1, max(0, j - _ALIAS_REACH), -1):
        if doc[i].text in _ENDS or doc[i].text in "()":
            return k
        if doc[i].text != ",":
            continue
        hit = naming_words(text, doc[i - 1].idx + len(doc[i - 1].text))
        if hit is None:
            continue
        rest = [t for t in doc[i + 1 : j] if t.idx >= hit.end()]
        if rest and rest[0].idx == hit.end() and all(capitalized_token(t) or t.text in NAME_PARTICLES or t.text in QUOTE_MARKS for t in rest):
            return i
        return k
    return k


def _or_names(doc: Doc, k: int, fields: frozenset[str]) -> list[tuple[int, int, int]]:
    """The two names of a lead that gives its subject in two languages before the copula, each
    with its language in a bracket opening with ``em`` (emptied at times): ``Arcentales (em
    castelhano) ou Artzentales (em basco) é um município``, ``Figueres (em ) ou Figueras (em ) é``;
    ``k`` is the second name's end (its bracket skipped). The first name, opening the sentence, is
    read as :func:`_subject` reads it, the second runs from ``ou`` to ``k``; none without the
    bracket before ``ou`` or where the first is no lead name."""
    b = k
    while b > 0 and (capitalized_token(doc[b - 1]) or doc[b - 1].lower_ in NAME_PARTICLES):
        b -= 1
    if b == k or b < 3 or doc[b - 1].lower_ != "ou" or doc[b].text in NAME_PARTICLES:
        return []
    if not _opens_a_name(doc[b], alone=b == k - 1):
        return []
    gloss = _before_bracket(doc, b - 1)
    if gloss == b - 1 or doc[gloss + 1].lower_ != "em":
        return []  # "Pedro ou Paulo é um cantor": no gloss, no lead's two names
    first = _subject(doc, gloss, fields)
    return [] if first is None else [first, (b, b, k)]


def predicate_typed(
    doc: Doc, mentions: Sequence[Mention], doc_id: str, w: EntityWords
) -> tuple[list[Mention], dict[str, str]]:
    """``mentions`` with the names typed by their predicate (module docstring) added or retyped,
    in text order, and each such name's text → its type."""
    types = {**predicate_noun_types(w), **dict.fromkeys(w.ensemble_nouns, ORG)}  # a band's noun types the lead, not the name after it
    text = doc_text(doc)
    near = SpanIndex((m.start, m.end) for m in mentions)
    removed: set[int] = set()
    retyped: dict[int, str] = {}
    added: list[Mention] = []
    typed: dict[str, str] = {}
    words = doc_words(doc)  # the words read once, no Token for each
    for i, word in enumerate(words):
        if i == 0 or word.lower() not in LEAD_COPULAS:
            continue
        tok = doc[i]
        kind = _predicate_type(doc, tok.i, types)
        if kind is None:
            continue
        named = _before_alias(doc, _before_bracket(doc, tok.i), text)
        subject = _subject(doc, named, w.fields)
        subjects = [subject] if subject is not None else _or_names(doc, named, w.fields)
        for a, b, c in subjects:
            lead, start, end = doc[a].idx, doc[b].idx, doc[c - 1].idx + len(doc[c - 1].text)
            # the subjects of two copulas (or a lead's two names) never share a word, so each reads the mentions as they came
            touching = near.overlapping(lead, end)
            inside = [k for k in touching if lead <= mentions[k].start and mentions[k].end <= end]  # "Geografia Goiânia" tagged one name
            if any(mentions[k].start < end and start < mentions[k].end and k not in inside for k in touching) or any(
                mentions[k].kb_id for k in inside
            ):
                continue  # a name going on past the copula, or one the knowledge base types
            name = text[start:end]
            if len(inside) == 1 and (mentions[inside[0]].start, mentions[inside[0]].end) == (start, end):
                if mentions[inside[0]].category != kind:
                    retyped[inside[0]] = kind
            else:
                removed.update(inside)
                added.append(Mention(doc_id, start, end, name, kind, "rule"))
            typed[name] = kind
    out = [
        m if k not in retyped else as_category(m, retyped[k])
        for k, m in enumerate(mentions)
        if k not in removed
    ] + added
    ends = {start + len(word): i for i, (start, word) in enumerate(zip(TokenOffsets(doc).starts, words))}
    for idx, m in enumerate(out):
        j = ends.get(m.end)
        if m.kb_id or m.text in typed or j is None or j + 2 >= len(doc) or doc[j + 1].text != ",":
            continue
        found = _apposition_type(doc, j + 1, types, person=m.category == PER and _named_person(m.text), spots=w.spot_nouns)
        kind = None if found is None else found[0]
        if kind == LOC and m.category == ORG and any(w in NAME_PARTICLES for w in m.text.split()):
            continue  # "Sindicato Rural de Jundiaí, uma das principais regiões": Jundiaí's
        if kind == ORG and m.category == PER and not _ensemble(doc[found[1]].lower_, w.ensemble_nouns):
            continue  # "dirigida por Ronaldo Goldoni, equipe esta que...": the team, not the coach; "Mler Ife Dada, banda portuguesa": the band
        if kind is not None and m.category in (LOC, ORG, PER) and kind != m.category:
            out[idx] = as_category(m, kind)
            typed[m.text] = kind
    return sorted(out, key=lambda m: (m.start, m.end)), typed
