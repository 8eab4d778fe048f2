"""teia.folding: the ASCII shortcut of strip_accents gives what the full path gives."""

from __future__ import annotations

import unicodedata

from teia.folding import fold, strip_accents


def _full_path(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(str.maketrans({"ł": "l", "ß": "ss", "æ": "ae"})))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_ascii_text_is_returned_as_the_full_path_returns_it():
    every_ascii = "".join(chr(c) for c in range(128))
    assert strip_accents(every_ascii) == _full_path(every_ascii) == every_ascii
    for word in ("Lenin", "O Komintern, 1919.", "a\tb\nc", ""):
        assert strip_accents(word) == _full_path(word)


def test_accented_and_stroked_letters_are_still_folded():
    assert strip_accents("Łódź e São Paulo, straße, æ") == "Lodz e Sao Paulo, strasse, ae"
    assert fold("  Lênin \n Ulianov ") == "lenin ulianov"
