"""The characters of a work: one-word names that act as people across the whole document.

A novel names its people by a surname or a given name alone hundreds of times, and the NER types
many of them places (Machado de Assis' ``Santos`` of *Esaú e Jacó*, 111 mentions, and also a town).
One mention says little (``Santos tinha alguns em Maricá``: a town has too), the work says a lot: a
name that is the subject of a finite verb many times (``Santos arranjou-lhe depressa um lugar``,
``Santos sentiu mais que ela``, ``Santos encolheu os ombros``) and never stands where a place stands
(after ``em``/``no``/``na``, after ``para``, ``até``, ``desde``, after a place's noun and ``de``:
``em Petrópolis``, ``para Petrópolis``, ``a cidade de Santos``) is a person's, unless an article
stands before more than half of its mentions (a company's pages, ``a Intelbras alcançou a
liderança``, ``A Isotexsa fica com dois sócios``; a club of a match report, ``O Bahia começou
pressionando``, ``o Cruzeiro parecia satisfeito``: where a novel names its people bare, ``Gouveia``,
``Salvador``, ``Santos`` but for ``Um vitória da Santos``, the family's carriage) or it names a
country (``Portugal venceu``, ``Israel anunciou``: a country acting stays a place).

:func:`name_roles` reads the evidence in ONE pass over the Doc's tokens (cached in the Doc's user
data), never a walk per name: each capitalized word's count of finite verbs it is the subject of,
its count of places' positions and its count of articles before it.

The module also holds the tests of written characters that the rules share, so that each is spelled
once: :func:`capitalized_word` and :func:`capitalized_token`, and the signs written after a number to
make it an ordinal (:data:`ORDINAL_SIGNS` and the narrower sets beside it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from spacy.tokens import Doc, Token

from teia.extract.articles import FEMININE_SINGULAR_ARTICLES, IN_FORMS, MASCULINE_SINGULAR_ARTICLES, OF_FORMS
from teia.extract.demonyms import names_a_country
from teia.extract.docindex import doc_words, head_past_space, morph_values, tree
from teia.extract.labels import NAME_PARTS, NSUBJ, NSUBJ_PASS
from teia.extract.relations.syntax import VERBAL
from teia.folding import fold

__all__ = [
    "DEGREE_SIGN",
    "MASCULINE_ORDINAL_SIGNS",
    "MIN_SUBJECTS",
    "NameRoles",
    "ORDINAL_INDICATORS",
    "ORDINAL_SIGNS",
    "capitalized_token",
    "capitalized_word",
    "name_roles",
]

ORDINAL_INDICATORS = "ºª"
"""The masculine and the feminine ordinal indicators (``3º``, ``31ª``, ``2.º``): after a number they
make it an ordinal and nothing else. Read alone, without :data:`DEGREE_SIGN`, where a number with a
degree sign may be a temperature or an angle (``30°``, ``19° 49'``): a value's ordinal place
(:mod:`teia.extract.values`)."""

DEGREE_SIGN = "°"
"""The degree sign, which writers also type for ``º`` (``1° lugar``, ``1° de abril``, ``n°``)."""

ORDINAL_SIGNS = ORDINAL_INDICATORS + DEGREE_SIGN
"""Every sign written after a number to make it an ordinal: the two indicators and the degree
sign, read where a temperature cannot stand (a rank, ``24° ATP``; a number that these signs make no
year, ``em 93°``). Put in a regular expression's character class as it is (``[ºª°]``)."""

MASCULINE_ORDINAL_SIGNS = "º" + DEGREE_SIGN
"""The signs of a masculine ordinal only (``ª`` left out): a day of the month (``1º de maio``, ``1°
de abril``), a part of a year (``2° semestre``), the number sign ``nº``/``n°``."""

MIN_SUBJECTS = 3
"""How many times a name must be the subject of a finite verb in the document to act as a person
(with no mention where a place stands); fewer is what a town does too (``Petrópolis tem o mal``)."""

_PLACE_PREPOSITIONS = frozenset({"para", "pra", "até", "desde"})
"""Prepositions of where one goes or comes from, read in lower case only (``ir para Petrópolis``; not
``Para Santos a questão era``, a sentence's opening ``for Santos``); ``em`` and its fusions are
:data:`teia.extract.articles.IN_FORMS`."""

_SINGULAR_ARTICLES = FEMININE_SINGULAR_ARTICLES | MASCULINE_SINGULAR_ARTICLES
"""``a``, ``o``, ``da``, ``do``, ``um``...: before a company's or a club's name in most of its mentions."""

_SUBJECT_DEPS = frozenset({NSUBJ, NSUBJ_PASS})

_KEY = "teia.name_roles"
"""Key in ``Doc.user_data`` of the :func:`name_roles` answer."""


def capitalized_word(word: str) -> bool:
    """``word`` is letters only, the first a capital (``Santos``, ``Mello``, ``EUA``; not ``D.``,
    ``Sá-Carneiro``, ``1964``): a word that may stand alone as a name."""
    return word[:1].isupper() and word.isalpha()


def capitalized_token(tok: Token) -> bool:
    """The token's text opens with a capital and holds a letter (``Santos``, ``D.``, ``Sá-Carneiro``;
    not ``1964``, ``(``): a token that may be part of a name."""
    return tok.text[:1].isupper() and any(ch.isalpha() for ch in tok.text)


class NameRoles:
    """Per capitalized word of a Doc standing alone as a name (no name part joined to it by the
    parse): how many times it is the subject of a finite verb (``subjects``) and how many times it
    stands where a place stands (``places``) or after a singular article (``articled``: a company,
    ``a Intelbras``, a club, ``o Bahia``), any capitalized occurrence counted, and how many
    capitalized occurrences it has (``seen``)."""

    __slots__ = ("subjects", "places", "articled", "seen", "size")

    def __init__(self, doc: Doc, place_nouns: Collection[str]) -> None:
        words = doc_words(doc)
        t = tree(doc)
        self.size = len(doc)
        self.subjects: Counter[str] = Counter()
        self.places: Counter[str] = Counter()
        self.articled: Counter[str] = Counter()
        self.seen: Counter[str] = Counter()
        prev = prev2 = ""  # the two words before, line breaks and spaces skipped
        for i, word in enumerate(words):
            if word.isspace():
                continue
            if capitalized_word(word):
                self.seen[word] += 1
                if prev.lower() in _SINGULAR_ARTICLES:
                    self.articled[word] += 1
                if prev.lower() in IN_FORMS or prev in _PLACE_PREPOSITIONS or (prev.lower() in OF_FORMS and fold(prev2) in place_nouns):
                    self.places[word] += 1
                elif t.deps[i] in _SUBJECT_DEPS and not any(t.deps[c] in NAME_PARTS for c in t.children[i]):
                    head = head_past_space(doc, i)  # "\nVirgília enxugou", the name hung on the line break
                    if head != i and doc[head].pos_ in VERBAL and "Fin" in morph_values(doc[head], "VerbForm"):
                        self.subjects[word] += 1
            prev2, prev = prev, word

    def acts_as_person(self, name: str) -> bool:
        """The one-word ``name`` is the subject of a finite verb :data:`MIN_SUBJECTS` times or
        more in the document and is :meth:`named_as_people_are`."""
        return self.subjects[name] >= MIN_SUBJECTS and self.named_as_people_are(name)

    def named_as_people_are(self, name: str) -> bool:
        """The one-word ``name`` (or the first word of a longer one) never stands where a place
        stands, follows an article in at most half of its occurrences (not ``a Cruz``, a gazette
        that says and adds things) and names no country: one mention the subject of a person's verb
        is then enough to make it a person's (:func:`teia.extract.entities._one_category_per_name`)."""
        return not self.places[name] and 2 * self.articled[name] <= self.seen[name] and not names_a_country(name)


def name_roles(doc: Doc, place_nouns: Collection[str]) -> NameRoles:
    """The :class:`NameRoles` of ``doc``, read once per Doc (``place_nouns``: folded nouns of
    places and streets before ``de``, ``a cidade de Santos``, ``a rua do Catete``)."""
    known = doc.user_data.get(_KEY)
    if known is None or known.size != len(doc):  # a Doc made from another one's user data
        known = doc.user_data[_KEY] = NameRoles(doc, place_nouns)
    return known
