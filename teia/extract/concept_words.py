"""Words that make a name a concept: fields of study and languages.

The words are data, ``teia/extract/data/concept-words.json`` (two word lists, ``fields`` and
``languages``, folded: lower case, no accents), checked when read; not extensible by a user file
yet. :func:`teia.extract.entities.refine_mentions` reads them: a NER person, organization or
place whose name opens with a field of study is a concept (``licenciatura em Economia``,
``Ciências Políticas`` tagged an organization), and so is a one-word name that is a language
after ``em`` (``toda a correspondência em Inglês``, tagged a place).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from teia.errors import InputError
from teia.extract.lexicons import Lexicon, Table, load_lexicon
from teia.folding import fold

__all__ = ["DATA_PATH", "SCHEMA", "concept_words"]

DATA_PATH = Path(str(files("teia") / "extract" / "data" / "concept-words.json"))

SCHEMA: dict[str, Table] = {"fields": Table("words"), "languages": Table("words")}
"""The tables of ``concept-words.json``: fields of study and language names."""


def _checked(lexicon: Lexicon) -> Lexicon:
    for table in SCHEMA:
        for word in lexicon[table]:
            if fold(word) != word or " " in word:
                raise InputError(
                    f"{', '.join(lexicon.sources)}: table {table!r}: {word!r} is not one folded word "
                    "(lower case, no accents, no space)"
                )
    return lexicon


@lru_cache(maxsize=4)
def concept_words(path: str | Path = DATA_PATH) -> tuple[frozenset[str], frozenset[str]]:
    """The folded fields of study and language names of ``path`` (the shipped file by default)."""
    lexicon = _checked(load_lexicon("concepts", SCHEMA, path))
    return frozenset(lexicon["fields"]), frozenset(lexicon["languages"])
