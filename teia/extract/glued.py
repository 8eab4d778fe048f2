"""Brackets the source text glues to the word before them, cut off as the tokenizer's infixes.

Typed without a space, an opening bracket stays inside the word before it: spaCy's Portuguese
tokenizer cuts brackets off a token's two ends only, so ``Kunal Nayyar(Londres, 30 de abril de
1981)`` gives the token ``Nayyar(Londres`` and ``Raças de Cães Boiadeiros(Exceto os Suíços)`` the
token ``Boiadeiros(Exceto``: the NER's name then runs into the bracket (``Kunal Nayyar(Londres``,
``Fone(UFMG``, ``Assessoria de Comunicacao Social do CNPq)(retirado``), and the bracket's place,
date or acronym is no word of its own. :func:`split_glued_brackets` adds to a pipeline's
tokenizer the infixes :data:`GLUED_BRACKET` that cut such a bracket off:

- ``(`` after three letters and before a capital, a digit or four letters (``Nayyar(Londres``,
  ``Foundation(FSF)``, ``turnê(2008``, ``o bairro do Boqueirão(entrada da cidade)``); not before
  one to three small letters, a word's optional ending (``aluno(a)``, ``professor(es)``,
  ``filho(s)``), nor after fewer letters, a chemical formula's (``Ca(OH)2``);
- ``)`` and ``"`` between a letter and ``(``, and that ``(`` (``CNPq)(retirado``,
  ``Brasil"(risos``);
- ``)`` between a letter and the next word, with the stop glued after it (``ano(Economia).Pratico``,
  ``humano(IDH)em``): the next word is no word of the bracket's.

A comma typed without a space after it stays in the word too where a digit stands on either side
of it: spaCy's own infix cuts it between two letters only (``Lisboa,Portugal``, ``A,B``), so
``Rio de Janeiro,1907`` gave the place ``Rio de Janeiro,1907`` and ``VH1,junto`` the body
``VH1,junto``. :data:`GLUED_COMMA` cuts it between a letter and a digit and between a digit and a
letter, never between two digits, a decimal's (``1,5``, ``3,14``) or a list's of numbers.

:func:`teia.extract.pipeline.create_pipeline` calls it when it builds the pipeline.
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported lazily
    from spacy.language import Language

__all__ = ["GLUED_BRACKET", "GLUED_COMMA", "split_glued_brackets"]

GLUED_BRACKET = (
    r"(?<=[^\W\d_]{3})\((?=[A-ZÀ-ÖØ-Þ0-9]|[^\W\d_]{4})"  # Nayyar(Londres, Foundation(FSF), turnê(2008, Boqueirão(entrada
    r"|(?<=[^\W\d_])[)\"](?=\()"  # CNPq)(retirado, Brasil"(risos: the closer...
    r"|(?<=[)\"])\((?=\w)"  # ... and the bracket after it
    r"|(?<=[^\W\d_])\)(?=[.,;:]?[^\W\d_])"  # (Economia).Pratico, (IDH)em: a closer glued to the next word...
    r"|(?<=\))[.,;:](?=[^\W\d_])"  # ... and its stop
)
"""The infixes of a bracket glued to the word before it (see the module's doc)."""

GLUED_COMMA = r"(?<=[^\W\d_]),(?=\d)|(?<=\d),(?=[^\W\d_])"  # Janeiro,1907; VH1,junto, 1990,mas
"""A comma glued to the next word where a digit stands on one side of it and a letter on the
other (two letters: spaCy's own infix; two digits: a decimal, left whole)."""

_BASE_INFIXES: weakref.WeakKeyDictionary[Language, object] = weakref.WeakKeyDictionary()
"""The infix search each pipeline's tokenizer had before teia's, so that a pipeline built again
(pipelines are cached per process) is not given the infixes twice."""


def split_glued_brackets(nlp: Language) -> None:
    """Cut a bracket glued to the word before it off that word (:data:`GLUED_BRACKET`) and a comma
    glued between a letter and a digit (:data:`GLUED_COMMA`), before the tokenizer's own infixes."""
    tokenizer = nlp.tokenizer
    base = _BASE_INFIXES.get(nlp)
    if base is None:
        base = getattr(tokenizer, "infix_finditer", None)
        _BASE_INFIXES[nlp] = base
    pattern = getattr(getattr(base, "__self__", None), "pattern", None)
    if base is not None and not isinstance(pattern, str):
        return  # an infix search that is no compiled regex's: left as it is
    tokenizer.infix_finditer = re.compile(GLUED_BRACKET + "|" + GLUED_COMMA + ("|" + pattern if pattern else "")).finditer
