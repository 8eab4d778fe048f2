"""Abbreviations that end with a period (``Prof.``, ``Cmdt.``, ``Ltda.``, ``séc.``), kept as one token.

spaCy's Portuguese tokenizer keeps a few dozen of them whole (``Dr.``, ``Sr.``, ``Gen.``,
``Av.``). Any other one is cut into a word and a period, and the sentence segmenter of
``pt_teia`` takes that period for the end of a sentence: ``O Cmdt. | João Filhó chegou`` leaves
the NER only ``Cmdt.`` and the parser two fragments. Kept whole, an abbreviation is read as
Bosque taught the segmenter to read ``Dr.``: the name after it stays in its sentence and in its
mention. A sentence that really ends after one (``... da empresa X Ltda. O presidente ...``) is
still cut by the segmenter, which sees the capitalized word that follows; nothing here forces
or forbids a sentence start.

The forms are data, ``teia/extract/data/abbreviations.json``: three word lists (``titles``,
``names``, ``references``; the shipped ``titles`` are also the abbreviated person titles of
:data:`teia.extract.entities.PERSON_TITLES`), each form written as it
appears in text (``Prof.`` and ``prof.`` are two forms), checked when read. A lexicon file
extends them (``teia build --lexicon FILE`` with an ``abbreviations`` section, as
:mod:`teia.extract.lexicons` describes). :func:`add_abbreviations` turns them into special
cases of a pipeline's tokenizer when :func:`teia.extract.pipeline.create_pipeline` builds it.
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from teia.errors import InputError
from teia.extract.lexicons import Lexicon, Table, load_lexicon

if TYPE_CHECKING:  # spaCy is imported lazily
    from spacy.language import Language

__all__ = ["DATA_PATH", "SCHEMA", "abbreviation_lexicon", "abbreviation_forms", "add_abbreviations"]

DATA_PATH = Path(str(files("teia") / "extract" / "data" / "abbreviations.json"))

SCHEMA: dict[str, Table] = {"titles": Table("words"), "names": Table("words"), "references": Table("words")}
"""The tables of ``abbreviations.json``: forms of address and ranks written before a name
(``Profa.``, ``Cmdt.``), abbreviated words of names (``Sto.``, ``Ltda.``) and of references
(``séc.``, ``pág.``)."""

_FORM = re.compile(r"\S*[^\W\d_]\S*\.")
"""One abbreviation: no space, at least one letter, a final period."""


def _checked(lexicon: Lexicon) -> Lexicon:
    for table in SCHEMA:
        for form in lexicon[table]:
            if not _FORM.fullmatch(form):
                raise InputError(
                    f"{', '.join(lexicon.sources)}: table {table!r}: {form!r} is not an abbreviation "
                    "(one word with a letter, ending with a period)"
                )
    return lexicon


def abbreviation_lexicon(*user_files: str) -> Lexicon:
    """The shipped abbreviations extended by the ``abbreviations`` section of ``user_files``
    (read each time they are given); a malformed form is one InputError."""
    if user_files:
        return _checked(load_lexicon("abbreviations", SCHEMA, DATA_PATH, user_files))
    return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> Lexicon:
    return _checked(load_lexicon("abbreviations", SCHEMA, DATA_PATH))


def abbreviation_forms(lexicon: Lexicon) -> tuple[str, ...]:
    """Every form of the lexicon's tables, once each, in table and file order."""
    return tuple(dict.fromkeys(form for table in SCHEMA for form in lexicon[table]))


_BASE_RULES: weakref.WeakKeyDictionary[Language, dict] = weakref.WeakKeyDictionary()
"""The special cases each pipeline's tokenizer had before teia added its abbreviations, so that
a pipeline built again with other lexicon files (pipelines are cached per process) keeps no
form of the earlier ones."""


def add_abbreviations(nlp: Language, *user_files: str) -> None:
    """Make every abbreviation one token of ``nlp``'s tokenizer: its special cases become those
    it had before teia's first call plus the forms of :func:`abbreviation_lexicon` (a form the
    tokenizer already had keeps its own rule)."""
    from spacy.symbols import ORTH

    forms = abbreviation_forms(abbreviation_lexicon(*user_files))
    tokenizer = nlp.tokenizer
    base = _BASE_RULES.get(nlp)
    if base is None:
        base = dict(getattr(tokenizer, "rules", None) or {})
        _BASE_RULES[nlp] = base
    rules = dict(base)
    for form in forms:
        rules.setdefault(form, [{ORTH: form}])
    tokenizer.rules = rules
