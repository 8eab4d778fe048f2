"""Folding text for comparison: one primitive and one function per purpose.

* :func:`strip_accents`: the primitive, accents and stroked letters off (``Łódź`` → ``Lodz``);
* :func:`fold`: the key names and words are compared by in the extraction (case, accents and
  spacing ignored: ``"Lênin"`` → ``"lenin"``);
* :func:`word_key`: the words of a text for whole-word search (the timeline's ``about=``);
* :func:`slug`: the ASCII slug of a label in a minted IRI.

Ground floor: the standard library only.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

__all__ = ["strip_accents", "fold", "word_key", "slug"]

_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}
)
"""Letters without a decomposition into a base letter and an accent."""


def strip_accents(text: str) -> str:
    """``text`` without accents (NFKD, combining marks dropped) and with the stroked and
    ligature letters of :data:`_LETTERS` spelled in ASCII."""
    if text.isascii():
        return text  # NFKD keeps ASCII as it is, and no ASCII letter is in _LETTERS or combining
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive key of a name or word (``"Lênin"`` → ``"lenin"``)."""
    return _SPACES.sub(" ", strip_accents(text)).strip().casefold()


def word_key(text: str) -> str:
    """The words of ``text``, lower case, no accents, separated and padded by single spaces, so
    that ``" lenin "`` in ``word_key(text)`` is a whole-word search."""
    return " " + " ".join(re.findall(r"\w+", strip_accents(text.casefold()))) + " "


def slug(text: str, *, max_length: int = 80) -> str:
    """A URL-safe ASCII slug of a label (``"Józef Piłsudski"`` → ``"jozef-pilsudski"``); never
    empty (a label with no ASCII letter gets a hash)."""
    value = re.sub(r"[^0-9A-Za-z]+", "-", strip_accents(text)).strip("-").lower()[:max_length].strip("-")
    return value or "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
