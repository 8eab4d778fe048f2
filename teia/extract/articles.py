"""The Portuguese definite article, alone and fused with a preposition.

One definition for every module that asks whether a word is an article: the relation
rules (``teia.extract.relations.syntax`` re-exports both sets), the entity spans and the
predicate typing of names. This module imports nothing from ``teia.extract`` so any of
them can use it without an import cycle.
"""

from __future__ import annotations

DEFINITE_ARTICLES = frozenset({"o", "a", "os", "as"})
"""The definite article in its four forms (``o Porto``, ``as Beiras``)."""

FUSED_DEFINITE = frozenset("no na nos nas do da dos das pelo pela pelos pelas ao à aos às".split())
"""A preposition fused with the definite article (``na cidade``, ``do estado``, ``pelo PT``)."""

INDEFINITE_ARTICLES = frozenset({"um", "uma", "uns", "umas"})
"""The indefinite article in its four forms (``um Ator britânico``: no name after it)."""

FUSED_INDEFINITE = frozenset("num numa nuns numas dum duma duns dumas".split())
"""A preposition fused with the indefinite article (``num CD``, ``duma ONG``)."""

MASCULINE_SINGULAR_ARTICLES = frozenset({"o", "do", "no", "ao", "pelo", "um", "dum", "num"})
"""The articles, alone and fused, of a masculine singular noun (``o Padre Cabral``, ``do Major
Vilela``, ``um Padre Mendes``)."""

FEMININE_SINGULAR_ARTICLES = frozenset({"a", "da", "à", "pela", "uma", "duma"})
"""The articles, alone and fused, of a feminine singular noun, but for the fusions with ``em``
(``na``, ``numa``: ``na Princesa Isabel`` is as often the avenue as the woman): ``a Dona
Glória``, ``da Rainha D. Maria``, ``pela Condessa de Torby``."""

FEMININE_PLURAL_ARTICLES = frozenset({"as", "das", "nas", "pelas", "às", "umas", "dumas", "numas"})
"""The articles, alone and fused, of a feminine plural noun (``as MPs``, ``das Beiras``)."""

MASCULINE_PLURAL_ARTICLES = frozenset({"os", "dos", "nos", "pelos", "aos", "uns", "duns", "nuns"})
"""The articles, alone and fused, of a masculine plural noun (``os CDBs``, ``dos Açores``)."""

FUSED_OF = frozenset(w for w in FUSED_DEFINITE if w.startswith("d"))
"""``de`` fused with the definite article (``do``, ``da``, ``dos``, ``das``): ``o diretor de
Administração do BC``."""

IN_FORMS = frozenset({"em"}) | frozenset(w for w in FUSED_DEFINITE if w.startswith("n"))
"""``em`` alone and fused with the definite article (``em``, ``no``, ``na``, ``nos``, ``nas``):
``Itatiba, no interior de São Paulo``, ``nasceu em Lisboa``."""

POSSESSIVES = frozenset({"seu", "sua", "seus", "suas"})
"""The third person's possessives, which stand where a definite article does before a noun (``sua
mulher``, ``seu irmão``)."""
SINGULAR_OF_FORMS = frozenset({"de", "do", "da"})
"""``de`` alone and fused with the singular definite article (``a cidade de Tambov``, ``a mulher
do Vilela``, ``o Barão da Vitória``)."""

OF_FORMS = frozenset({"de"}) | FUSED_OF
"""``de`` alone and fused with the definite article (``de``, ``do``, ``da``, ``dos``, ``das``): the
word that joins a name's parts (``Barão de Mauá``, ``João de Deus``, ``interior do estado``)."""

NAME_PARTICLES = OF_FORMS | {"e"}
"""The lower-case words that stand between the capitalized words of one name: :data:`OF_FORMS` and
``e`` (``Universidade de São Paulo``, ``Trinidad e Tobago``, ``Faculdade de Filosofia, Ciências e
Letras``)."""


_APOSTROPHES = "'’"


def elided_article(word: str) -> bool:
    """Whether ``word`` opens with a word elided before a capitalized one and written with it as one
    token: ``de`` (``d'Arc`` of ``Joana d'Arc``, ``d’Ávila``, ``Santa Bárbara d'Oeste``) or the
    Catalan, French and Italian article ``l'`` (``l'Heura`` of ``Sant Sadurní de l'Heura``, ``Ponte
    de l’Alma``): a part of a name, though it opens in lower case."""
    return len(word) > 2 and word[0].lower() in "dl" and word[1] in _APOSTROPHES and word[2].isupper()
