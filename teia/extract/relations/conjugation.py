"""A verb form's infinitive from the regular Portuguese conjugations, checked against a lexicon.

The shipped lemmatizer breaks some verbs into words shaped like infinitives that are none
(``atiram`` -> ``atir``, ``exibe`` -> ``exiber``, ``inclua`` -> ``incluar``, ``apóia`` ->
``apóiar``). :func:`infinitive_of` reads the surface form instead: every regular ending of the
three conjugations the form ends with gives a stem and an infinitive (``atir-am`` ->
``atirar``, ``exib-e`` -> ``exiber`` or ``exibir``), each also with the stem's spelling changes
(an accent the infinitive has not, ``apói-a`` -> ``apoiar``, ``reún-e`` -> ``reunir``; ``qu``,
``gu``, ``c``, ``ç``, ``j`` and ``g`` before another vowel: ``fiqu-ei`` -> ``ficar``,
``conheç-o`` -> ``conhecer``, ``dirij-a`` -> ``dirigir``; the stem vowel of ``prefir-o`` ->
``preferir`` and ``sob-e`` -> ``subir``; an accent on the ending, ``caíram`` -> ``cair``), and
the first of those the lexicon holds is the answer. Nothing here imports spaCy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

__all__ = ["infinitive_of"]

_ENDINGS = {
    "ar": (
        "o", "as", "a", "amos", "ais", "am", "ei", "aste", "ou", "astes", "aram", "ava", "avas", "ávamos", "áveis",
        "avam", "ara", "aras", "áramos", "áreis", "arei", "arás", "ará", "aremos", "areis", "arão", "aria", "arias",
        "aríamos", "aríeis", "ariam", "e", "es", "emos", "eis", "em", "asse", "asses", "ássemos", "ásseis", "assem",
        "ar", "ares", "armos", "ardes", "arem", "ando", "ado", "ada", "ados", "adas", "ai",
    ),
    "er": (
        "o", "es", "e", "emos", "eis", "em", "i", "este", "eu", "estes", "eram", "ia", "ias", "íamos", "íeis", "iam",
        "era", "eras", "êramos", "êreis", "erei", "erás", "erá", "eremos", "ereis", "erão", "eria", "erias",
        "eríamos", "eríeis", "eriam", "a", "as", "amos", "ais", "am", "esse", "esses", "êssemos", "êsseis", "essem",
        "er", "eres", "ermos", "erdes", "erem", "endo", "ido", "ida", "idos", "idas",
    ),
    "ir": (
        "o", "es", "e", "imos", "is", "em", "i", "iste", "iu", "istes", "iram", "ia", "ias", "íamos", "íeis", "iam",
        "ira", "iras", "íramos", "íreis", "irei", "irás", "irá", "iremos", "ireis", "irão", "iria", "irias",
        "iríamos", "iríeis", "iriam", "a", "as", "amos", "ais", "am", "isse", "isses", "íssemos", "ísseis", "issem",
        "ir", "ires", "irmos", "irdes", "irem", "indo", "ido", "ida", "idos", "idas", "í",
    ),
}
_PLAIN = str.maketrans("áéíóúâêô", "aeiouaeo")
# a stem's last letters as written before the ending and as the infinitive writes them
_SPELLING = (("qu", "c"), ("gu", "g"), ("c", "ç"), ("ç", "c"), ("j", "g"), ("g", "gu"))
_VOWELS = (("i", "e"), ("o", "u"))  # the stem's last vowel: "prefiro" -> "preferir", "sobe" -> "subir"


def _stems(stem: str) -> Iterator[tuple[str, int]]:
    """``stem`` and its respellings, each with the number of changes made (0 for the stem)."""
    yield stem, 0
    plain = stem.translate(_PLAIN)
    if plain != stem:
        yield plain, 1
    for written, base in _SPELLING:
        if plain.endswith(written):
            yield plain[: -len(written)] + base, 1
    for k in range(len(plain) - 1, -1, -1):
        if plain[k] in "aeiou":
            for old, new in _VOWELS:
                if plain[k] == old:
                    yield plain[:k] + new + plain[k + 1 :], 1
            break


def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def infinitive_of(form: str, lemma: str, is_verb: Callable[[str], bool]) -> str | None:
    """The infinitive of the verb ``form`` (lower case, without clitics) that ``is_verb`` knows,
    read from the regular endings; ``None`` when none is known. Of several, the one closest to
    the lemmatizer's ``lemma`` (``vendem``, lemma ``vendir``: ``vender``), then the one with
    fewer spelling changes, then the longer ending (``partiram``: ``partir`` by ``-iram``, not
    ``partirar`` by ``-am``), then the first in alphabetical order."""
    best: tuple[int, int, int, str] | None = None
    plain = form.translate(_PLAIN)
    # the form as written, and without accents: an "i" after a vowel takes one ("caíram",
    # "distribuído", "incluía"), which the endings do not write
    for written, accents in ((form, 0), (plain, 1)) if plain != form else ((form, 0),):
        for conj, endings in _ENDINGS.items():
            for ending in endings:
                if not written.endswith(ending) or len(written) - len(ending) < 2:
                    continue
                for stem, changes in _stems(written[: -len(ending)]):
                    verb = stem + conj
                    if not is_verb(verb):
                        continue
                    key = (_distance(verb, lemma), changes + accents, -len(ending), verb)
                    if best is None or key < best:
                        best = key
    return None if best is None else best[3]
