"""Token-level reading of Portuguese UD parses, shared by every rule.

Lemmas without clitic pronouns, ``case`` markers, relative pronouns, the words of one clause,
nominal conjuncts, finite third-person-singular verbs. Nothing here knows about entities or the
relation mapping (see :mod:`~teia.extract.relations.context`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy
from spacy.attrs import MORPH
from spacy.tokens import Doc, Token

from teia.extract.articles import DEFINITE_ARTICLES, FUSED_DEFINITE
from teia.extract.docindex import dependents, has_dependent, morph_values, tree
from teia.extract.quotes import QUOTE_PAIRS

from teia.extract.labels import (
    ACL,
    ACL_RELCL,
    ADVCL,
    APPOS,
    AUX,
    AUX_PASS,
    CASE,
    CC,
    CCOMP,
    CONJ,
    COP,
    CSUBJ,
    CSUBJ_PASS,
    DET,
    DISCOURSE,
    FLAT,
    FLAT_NAME,
    MARK,
    NMOD,
    NSUBJ,
    NSUBJ_PASS,
    PARATAXIS,
    XCOMP,
)

__all__ = [
    "SET_OFF",
    "set_off",
    "first_or_second_person",
    "CLAUSAL",
    "CLITICS",
    "CLITIC_FORM",
    "DEFINITE_ARTICLES",
    "FUSED_DEFINITE",
    "IMPERSONAL_VERBS",
    "NOMINAL",
    "PREP_ADVERBS",
    "PURPOSE_MARKS",
    "RELATIVE_WORDS",
    "VERBAL",
    "WHERE_WORDS",
    "asked",
    "case_of",
    "case_right_after",
    "clause_tokens",
    "controlled",
    "conjuncts",
    "coordinated_verb",
    "de_complement",
    "definite_noun",
    "finite_third_singular",
    "flat_head",
    "has_own_subject",
    "is_relative",
    "lemma_of",
    "not_third_singular_form",
]

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "X", "NUM"})
VERBAL = frozenset({"VERB", "AUX"})
RELATIVE_WORDS = frozenset({"que", "quem", "qual", "quais", "cujo", "cuja", "cujos", "cujas"})
WHERE_WORDS = frozenset({"onde"})
# the marks of a purpose clause ("para ocupar o cargo"), whose subject is not always the head's
PURPOSE_MARKS = frozenset({"para", "pra"})
# dependents that open another clause: their words are not part of this one
CLAUSAL = frozenset({CCOMP, ADVCL, ACL_RELCL, ACL, PARATAXIS, CSUBJ, CSUBJ_PASS, DISCOURSE})


def flat_head(tok: Token) -> Token:
    """The first word of the name ``tok`` is a word of, where the name's other words hang on it as
    ``flat:name`` or ``flat`` (``Leverkusen`` of ``Bayer Leverkusen`` → ``Bayer``): the word
    whose dependency says what the name is in its clause; ``tok`` itself when it is no such
    later word."""
    while tok.dep_ in (FLAT_NAME, FLAT) and tok.head.i < tok.i:
        tok = tok.head
    return tok


SET_OFF = frozenset({",", "-", "–", "—", "("})
"""Marks that set a phrase off from the words before it."""


def set_off(phrase: Token) -> bool:
    """Whether the words of ``phrase`` open with (or follow) a comma, a dash or a bracket."""
    first = phrase.left_edge.i
    doc = phrase.doc
    return doc[first].text in SET_OFF or (first > 0 and doc[first - 1].text in SET_OFF)


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the nominal conjuncts hanging from it (recursively), in order; not a conjunct
    inside a bracket that ``tok`` is outside of (:func:`_bracketed_away`)."""
    out = [tok]
    for c in dependents(tok, (CONJ,)):
        if c.pos_ in NOMINAL and not has_own_subject(c) and not _subject_of_next_clause(c) and not _bracketed_away(tok, c):
            out.extend(conjuncts(c))
    return out


def _bracketed_away(tok: Token, conjunct: Token) -> bool:
    """Whether ``conjunct``, after ``tok``, lies inside a bracket with a year or a date in it,
    opened after ``tok`` and not closed before the conjunct: such a bracket tells when and where
    of the name before it (a lifespan, a period), and the parser's coordination across it joins
    no second name to ``tok`` (``Eurípedes Malavolta (Araraquara, 13 de Agosto de 1926 —
    Piracicaba, 19 de Janeiro de 2008) foi professor da USP``: Piracicaba, the place of his
    death, parsed as a conjunct of the subject, taught at no university). A bracket without a
    number may give another name of the same thing (``O Império Vijayanagara (Vijayānagara
    Sāmrājya ou ...) ou Reino de Bisnaga foi uma monarquia``), which keeps it."""
    if conjunct.i < tok.i:
        return False
    doc = tok.doc
    opened: list[int] = []
    for i in range(tok.i + 1, conjunct.i):
        if doc[i].text == "(":
            opened.append(i)
        elif doc[i].text == ")" and opened:
            opened.pop()
    if not opened:
        return False
    for i in range(opened[-1] + 1, min(len(doc), opened[-1] + 1 + _BRACKET_REACH)):
        if doc[i].text == ")":
            return False
        if any(ch.isdigit() for ch in doc[i].text):
            return True
    return False


# how many tokens of a bracket are read for a year or a date (a lifespan bracket's length at most)
_BRACKET_REACH = 40


def _subject_of_next_clause(noun: Token) -> bool:
    """``abriu a sessão, e Kamenev foi eleito``: a coordinated name followed by a coordinated
    verb (or its auxiliary) is that verb's subject, not a conjunct (see ``stranded_subject``)."""
    nxt = noun.right_edge.i + 1
    if nxt >= len(noun.doc):
        return False
    verb = noun.doc[nxt]
    if verb.dep_ in (AUX, AUX_PASS, COP):
        verb = verb.head
    preverbal = any(c.i < verb.i for c in dependents(verb, (NSUBJ, NSUBJ_PASS)))
    return verb.pos_ in VERBAL and coordinated_verb(verb, noun) and verb.i > noun.i and not preverbal


def coordinated_verb(verb: Token, name: Token) -> bool:
    """Whether ``verb``, right after the coordinated ``name``, opens a clause coordinated with
    the one before: a ``conj``, or a finite verb with no subject and no mark of its own that the
    parser hung as an ``advcl`` or a ``parataxis`` after a name joined by ``e``
    (``conquistou a pole e Prost ficou em segundo``, ``renegou o aborto e Quércia voltou a
    chamar``)."""
    if verb.dep_ == CONJ:
        return True
    return (
        verb.dep_ in (ADVCL, PARATAXIS)
        and "Fin" in morph_values(verb, "VerbForm")
        and not has_dependent(verb, (NSUBJ, NSUBJ_PASS, MARK))
        and has_dependent(name, (CC,))
    )


def controlled(verb: Token) -> bool:
    """Whether the subject of ``verb`` is its head verb's: an ``xcomp``, or an infinitive
    adverbial clause with no subject and no person of its own (``dominou a política até morrer``,
    ``avançou depois de tomar Minsk``), which one parser makes an ``xcomp`` and another an
    ``advcl`` of the same verb; not a purpose clause (:data:`PURPOSE_MARKS`)."""
    if verb.head.i == verb.i:
        return False
    if verb.dep_ == XCOMP:
        return True
    if verb.dep_ != ADVCL or verb.head.pos_ not in VERBAL or has_own_subject(verb):
        return False
    if "Inf" not in morph_values(verb, "VerbForm") or morph_values(verb, "Person"):
        return False
    # "defendeu o nome de X para ocupar o cargo": a purpose clause's subject may be the object
    return not any(lemma_of(m) in PURPOSE_MARKS for m in dependents(verb, (MARK, CASE)))


def case_of(tok: Token) -> Token | None:
    """The ``case`` marker (preposition) of ``tok``, if any."""
    t = tree(tok.doc)
    deps = t.deps
    for c in t.children[tok.i]:
        if deps[c] == CASE:
            return tok.doc[c]
    return None


def case_right_after(tok: Token, word: Token) -> Token | None:
    """A second ``case`` marker of ``tok`` right after ``word``, the last part of its first
    preposition: ``a partir de Moscou`` parsed with ``partir`` a ``fixed`` part of ``a`` and
    ``de`` a ``case`` of ``Moscou`` of its own, where another parse makes ``de`` a ``fixed``
    part too. ``None`` when no such marker follows."""
    nxt = word.i + 1
    if nxt >= tok.i:
        return None
    follower = tok.doc[nxt]
    return follower if follower.dep_ == CASE and follower.head.i == tok.i else None


def definite_noun(tok: Token) -> bool:
    """Whether the noun ``tok`` is definite: a definite article of its own, or none and a
    preposition fused with one (``a cidade de``, ``no estado de``, ``do norte de``; not ``uma
    cidade de``, ``cidades de``)."""
    dets = [c.lower_ for c in tok.children if c.dep_ == DET]
    if any(d in DEFINITE_ARTICLES for d in dets):
        return True
    case = case_of(tok)
    return not dets and case is not None and case.lower_ in FUSED_DEFINITE


def de_complement(tok: Token, preposition: Callable[[str], str]) -> Token | None:
    """The head of the first complement of ``tok`` after it (an ``nmod``) when that complement is
    a ``de`` one (``Miradouro`` of ``cidade de Miradouro``), None otherwise (no complement, or
    another first: ``o estado, em 1990, de``). ``preposition`` maps a case word to its
    preposition (``do`` -> ``de``)."""
    for c in tok.children:
        if c.dep_ != NMOD or c.i < tok.i:
            continue
        marker = case_of(c)
        return c if marker is not None and preposition(marker.lemma_ or marker.text) == "de" else None
    return None


def has_own_subject(tok: Token) -> bool:
    """Whether ``tok`` has a subject dependent of its own."""
    return has_dependent(tok, (NSUBJ, NSUBJ_PASS))


# verbs used without a subject ("houve aumento"): a clause of theirs takes no discourse topic
IMPERSONAL_VERBS = frozenset({"haver"})
CLITICS = frozenset({"se", "lhe", "lhes", "o", "a", "os", "as", "me", "te", "nos", "vos", "lo", "la", "los", "las"})
PREP_ADVERBS = frozenset({
    "perto", "longe", "além", "antes", "depois", "dentro", "fora", "junto", "através", "acima", "abaixo", "diante", "atrás", "ao_lado",
    "embaixo", "debaixo", "defronte", "frente", "redor", "cima",
})
"""The adverbs of place (and the nouns that stand for them: ``em frente a``, ``ao redor de``, ``em
cima de``) that with the preposition after them make one complex preposition of place (``perto de
Moscou``, ``em frente ao Banana Banana``): the relation rules join them to the preposition, and
the entity rules read no person's surnames after them. Not ``em torno de`` nor ``ao lado de``,
whose object is a person as often (``em torno de Sarney``, ``ao lado de Roberto Freire``)."""


def lemma_of(tok: Token) -> str:
    """The lowercase lemma, without the clitic pronouns a verb may carry (``aliar-se``, ``aliar se``)."""
    lemma = (tok.lemma_ or tok.text).lower()
    if tok.pos_ in VERBAL:
        words = lemma.split(" ")
        lemma = words[0] if len(words) > 1 and all(w in CLITICS for w in words[1:]) else lemma
        if "-" in lemma:
            head, _, tail = lemma.rpartition("-")
            if tail in CLITICS and head:
                lemma = head
    return lemma


def held_role(word: str) -> str:
    """The role a former holder's word names, lower case, without its ``ex-``: ``ex-ministro`` →
    ``ministro`` (a word with no ``ex-`` as it is). The role rules, the units and the portfolio
    after a role read a former holder's role as the role (issue 17, P67c)."""
    return word.removeprefix("ex-")


def name_tagged_pronoun(tok: Token) -> bool:
    """Whether ``tok``, tagged a pronoun, is a capitalized word the lemmatizer kept as written
    (``Odon``, lemma ``Odon``): a name; a pronoun's lemma is lower case (``Ele`` -> ``ele``)."""
    return tok.pos_ == "PRON" and tok.text[:1].isupper() and (tok.lemma_ or tok.text)[:1].isupper()


def is_relative(tok: Token) -> bool:
    """Whether ``tok`` is a relative pronoun."""
    return tok.i in _pron_type_rel(tok.doc) or (tok.pos_ == "PRON" and lemma_of(tok) in RELATIVE_WORDS)


_RELATIVES = "teia.relatives"
"""Key in ``Doc.user_data`` of the :func:`_pron_type_rel` answer (with the number of tokens)."""


def _pron_type_rel(doc: Doc) -> frozenset[int]:
    """The tokens whose morphology has ``PronType=Rel``, read once per Doc from the ``MORPH``
    array (``tok.morph.get`` parses the features of a token at each call; rules ask it of every
    dependent they look at); each distinct analysis is parsed once (:func:`_relative_morph`)."""
    known = doc.user_data.get(_RELATIVES)
    if known is None or known[0] != len(doc):  # a Doc made from another one's user data
        found: list[int] = []
        if len(doc):
            morphs = doc.to_array(MORPH)
            strings = doc.vocab.strings
            relative = [h for h in numpy.unique(morphs).tolist() if h and _relative_morph(strings[h])]
            if relative:
                found = numpy.flatnonzero(numpy.isin(morphs, numpy.array(relative, dtype=numpy.uint64))).tolist()
        known = doc.user_data[_RELATIVES] = (len(doc), frozenset(found))
    return known[1]


@lru_cache(maxsize=4096)
def _relative_morph(features: str) -> bool:
    """Whether a morphological analysis (``Gender=Masc|PronType=Rel``) has ``PronType=Rel``."""
    return any(
        name == "PronType" and "Rel" in values.split(",")
        for name, _, values in (feat.partition("=") for feat in features.split("|"))
    )


def clause_tokens(verb: Token) -> list[Token]:
    """The verb and its dependents, without embedded clauses and verb conjuncts."""
    out, stack = [], [verb]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in CLAUSAL or (c.dep_ == CONJ and c.pos_ in VERBAL) or c.dep_ == APPOS:
                continue
            stack.append(c)
    return out


# third person singular endings of the past tenses, for a verb with an enclitic pronoun
CLITIC_FORM = re.compile(r"^\w{2,}(?:ou|eu|iu|ava|ia)-(?:se|lhe|lhes|o|a|os|as)$")
# the present's ("chama-se", "mantém-se"; not "-e": "Visite-o" is addressed to the reader)
_PRESENT_CLITIC_FORM = re.compile(r"^\w{2,}(?:a|á|ém)-(?:se|lhe|lhes|o|a|os|as)$")
# a verb and an enclitic pronoun written as one token ("mudou-se", "refiro-me")
_WITH_CLITIC = re.compile(r"^\w+-(?:" + "|".join(sorted(CLITICS)) + r")$")
# endings no third-person-singular form has: the preterites "fundei", "vivi" (a consonant before
# the -i: "vai", "possui", "foi" are third person), the presents "refiro", "estão" (not "-ou"),
# the plurals "fundamos", "fundaram" (the preterite "veio", "interveio" is third person); the
# first persons in -ou are listed
_NOT_THIRD_SINGULAR = re.compile(r"(?:ei|[^\Waeiouáéíóúâêôãõ]i|(?<!ve)[^u]o|(?<!v)eio|mos|am)$")
_FIRST_PERSON_OU = frozenset({"sou", "estou", "dou", "vou"})


def not_third_singular_form(word: str) -> bool:
    """Whether the verb ``word`` (an enclitic pronoun after ``-`` is ignored) has an ending no
    third-person-singular form has (``Fundei``, ``Refiro-me``, ``estou``)."""
    verb = word.lower().split("-", 1)[0]
    return verb in _FIRST_PERSON_OU or bool(_NOT_THIRD_SINGULAR.search(verb))


# the third person plural's endings among those (never a speaker's: "estão", "são", "fundaram")
_THIRD_PLURAL = ("am", "ão")


def first_or_second_person(verb: Token) -> bool:
    """Whether ``verb`` is a finite form whose ending only the first person has (``falei``,
    ``vivi``, ``digo``, ``estou``, ``fomos``; :func:`not_third_singular_form` without the third
    person plural's ``-am``, ``-ão``): its subject is the speaker, never a name the parser hung on
    it (``não sei se com Tristão``, ``João não digo``). Participles and gerunds (``falado``,
    ``falando``) are none."""
    word = verb.lower_.split("-", 1)[0]
    if "Fin" not in morph_values(verb, "VerbForm") or word.endswith(_THIRD_PLURAL) or word.endswith("do"):
        return False
    return not_third_singular_form(word)


def finite_third_singular(verb: Token) -> bool:
    """Whether ``verb`` is finite, third person singular (or unmarked for person and number),
    and not imperative.

    The tagger's features are not trusted where they are often wrong: a verb with an enclitic
    pronoun in one token (``Refiro-me`` gets the pronoun's ``Person=3``, ``Mudou-se``
    ``Number=Plur``) is read from its ending alone, and a form whose ending is never third
    person singular (``Fundei``, tagged ``Person=3`` when the lemmatizer does not know it) is
    not one."""
    word = verb.lower_
    if _WITH_CLITIC.match(word):
        return bool(CLITIC_FORM.match(word) or _PRESENT_CLITIC_FORM.match(word))
    if not_third_singular_form(word):
        return False
    form = morph_values(verb, "VerbForm")
    finite = "Fin" in form or (not form and bool(morph_values(verb, "Mood")))
    if "Imp" in morph_values(verb, "Mood"):
        return False  # "Visite o museu": addressed to the reader
    return finite and morph_values(verb, "Person") in ([], ["3"]) and morph_values(verb, "Number") in ([], ["Sing"])


def asked(text: str, ends: Iterable[int], sentence_end: int) -> bool:
    """Whether a ``?`` of ``text`` comes after all of ``ends`` (the ends of a statement's trigger
    and names) and before ``sentence_end``: the statement is read from a question (``Quem matou
    Odete Roitman?``, ``" Quem matou Odete Roitman? ", perguntou X``). A ``?`` inside quotation
    marks or brackets opened after those words is the quotation's or the bracket's, not their
    clause's (``o chileno Victor Farias, em " O que é a Metafísica? "``); a ``?`` that is a word
    of its own before a comma, a dash or a closing bracket stands for a value not known
    (``Arthur Machado (Niterói, 1 de janeiro de 1909 — ?, 20 de fevereiro de 1997)``); and a
    ``?`` before them is another clause's (``" Por quê? ", perguntou Lula em Brasília``)."""
    after = max(ends)
    at = text.find("?", after, sentence_end)
    while at >= 0:
        if not _quoted_since(text, after, at) and not _PLACEHOLDER.match(text, at - 1):
            return True
        at = text.find("?", at + 1, sentence_end)
    return False


# a "?" that stands for a value not known, a word of its own before a comma or a closing bracket
# ("(Niterói, 1909 — ?, 1997)", "(? - 1640)")
_PLACEHOLDER = re.compile(r"[\s(\[—–-]\?\s*[,;)\]—–-]")

# what encloses a "?" that is not the clause's: quotation marks, and brackets ("(Niterói, 1909 —
# ?, 1997)": a place not known)
_ENCLOSING = (*QUOTE_PAIRS.items(), ("(", ")"), ("[", "]"))


def _quoted_since(text: str, start: int, at: int) -> bool:
    """Whether quotation marks or brackets opened between ``start`` and ``at`` are still open at
    ``at``."""
    piece = text[start:at]
    return any(
        piece.count(opening) % 2 == 1 if opening == closing else piece.rfind(opening) > piece.rfind(closing)
        for opening, closing in _ENCLOSING
    )
