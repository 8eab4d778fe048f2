"""The words that give a name another name (issues 17 and 20): an appositive participle
(``a Terceira Internacional, também chamada Komintern``; ``Ulianov, que ficou conhecido pelo
pseudônimo de Lenin``; ``o Santa Maria Futebol Clube (também conhecido como Santa Maria)``) and
the shorter name after ``ou simplesmente`` (``Óscar Pérez Rojas, ou simplesmente Óscar Pérez``).

Read by the alias rule (:func:`teia.extract.entities.find_alias_links`: the name after the
words is another name of the one before them) and by the copula's subject
(:mod:`teia.extract.predicate_types`: ``A Comunidade Habitacional ..., mais conhecida como
Cohatrac I, é um bairro`` types the name before the words).
"""

from __future__ import annotations

import re

__all__ = ["APPOSITIVE", "OR_SIMPLY", "TITLING_PARTICIPLE", "gives_the_name", "named_by_someone", "naming_words"]

_NAMING_STEMS = "chamad|conhecid|designad|denominad|apelidad|alcunhad|rebatizad"
"""The participles that give a name another one (``também chamada``, ``conhecido como``)."""

TITLING_PARTICIPLE = re.compile(rf"(?:{_NAMING_STEMS}|batizad|intitulad)[oa]s?", re.IGNORECASE)
"""A participle of naming or titling right before a name (``uma espelunca chamada O Farol``, ``um
texto intitulado A Pátria``), without ``como``: the name given, a capitalized article included."""

# "eu me chamo", "ela se chamava", "chama-se", "o meu nome é", "o nome dela era": the words that give
# a person's name as a word, right before it; a participle ("chamada") is the appositive's, above
_GIVEN_NAME_CUE = re.compile(
    r"(?:\b(?:me|te|se|nos)\s+cham(?:o|as|a|amos|am|ava|avas|ávamos|avam|ei|ou|aram)"
    r"|\bcham(?:o|a|am|ava|avam|ou|aram)-(?:me|te|se|nos)"
    r"|\b(?:meu|teu|seu|nosso|vosso)\s+nome\s+(?:é|era|foi)"
    r"|\bnome\s+d(?:ele|ela|eles|elas)\s+(?:é|era|foi))\s+$",
    re.IGNORECASE,
)


def gives_the_name(text: str, start: int) -> bool:
    """The words right before character ``start`` of ``text`` give the name there as a word: a
    reflexive ``chamar`` (``eu me chamo Arlete``, ``a professora se chama Regina``, ``chamava-se
    Berta``) or ``o meu nome é`` / ``o nome dela era`` (``meu nome é Gilberto Afif Sarruf``): the
    name spoken of, HAREM's ``ABSTRACCAO`` (:func:`teia.eval.harem.with_titles`, for scoring: the
    graph keeps the person)."""
    return _GIVEN_NAME_CUE.search(text, max(0, start - 40), start) is not None


# "também chamada", "que ficou conhecido pelo pseudônimo de", "mais conhecida como", "conhecido
# apenas como", "conhecido pelo nome artístico"...; after a comma or in brackets ("o Santa Maria
# Futebol Clube (também conhecido como Santa Maria)")
APPOSITIVE = re.compile(
    r"\s*[,(]?\s*(?:que\s+(?:ficou|era|é|foi|seria|passou\s+a\s+ser)\s+)?"
    r"(?:(?:também|mais\s+tarde|mais|depois|hoje|ainda)\s+)?"
    rf"(?P<verb>{_NAMING_STEMS})[oa]s?\s+"
    r"(?:(?:simplesmente|apenas)\s+)?(?:(?P<prep>como|de|por|pel[oa]s?)\s+)?"
    r"(?:(?P<noun>pseud[oô]nimo|nome(?:\s+artístico|\s+de\s+guerra|\s+de\s+palco)?|alcunha|sigla)\s+(?:de\s+)?)?[«\"“]?",
    re.IGNORECASE,
)

# "Óscar Pérez Rojas, ou simplesmente Óscar Pérez": the shorter name the text uses
OR_SIMPLY = re.compile(r"\s*,\s*ou\s+(?:simplesmente|apenas)\s+[«\"“]?", re.IGNORECASE)


def named_by_someone(hit: re.Match) -> bool:
    """The appositive participle is followed by its agent, not by a name: ``chamada por João``,
    ``designado pelo presidente`` (where ``conhecido por Pelé`` and ``chamado pelo pseudônimo
    de`` give the name)."""
    return (
        hit.group("verb").lower() in ("chamad", "designad", "denominad", "apelidad")
        and (hit.group("prep") or "").lower().startswith(("por", "pel"))
        and hit.group("noun") is None
    )


def naming_words(text: str, end: int) -> re.Match | None:
    """The naming words right after a name ending at character ``end`` of ``text`` (the match
    ends where the other name starts), or None; a participle followed by its agent is none."""
    hit = APPOSITIVE.match(text, end)
    if hit is not None and named_by_someone(hit):
        return None
    return hit or OR_SIMPLY.match(text, end)
