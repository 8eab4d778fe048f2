"""Pieces of a sentence that are no running text: headings, list items and title fragments
(issue 20).

The sentence splitter keeps lines of their own together with the text around them (``Programa:
- Lula e a Petrobras - Visita de Fernando Henrique Cardoso a Portugal``, a web page's headings
over its first paragraph) and leaves a news headline glued before the sentence it tops
(``Marcação cerrada A Receita e os bancos oficiais estarão na linha de frente``). The names of
such pieces are no arguments of the clause the parser hangs them on. :func:`fragments` finds,
in one sentence and reading only its tokens:

* a **list item**: a line that opens with a bullet (``-``, ``•``, ``*``, ``1.``, ``a)``) and
  has no finite verb;
* a **heading**: a line (or the whole sentence) with no finite verb that does not end with
  ``.``, ``!`` or ``?`` nor is followed by words in lower case, and whose words are mostly
  capitalized (the small words of
  :data:`TITLE_SMALL_WORDS` aside: ``Museu Nacional de Belas Artes``, ``Notícias do Brasil``);
* a **glued title**: the words at the start of a line, with no finite verb among them, that
  end where a capitalized article, preposition or pronoun starts the sentence again right after
  a word (``Oscar e Mike De um oficial da PM``, ``Marcação cerrada A Receita``): such a word
  in capitals comes after a sentence break, never inside one, unless it opens a name
  (``o jornal O Globo``, which the NER marks).

A line of running text has a finite verb or ends as a sentence does, and stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from teia.extract.docindex import morph_values

__all__ = ["BULLETS", "ITEM_NUMBER", "TITLE_SMALL_WORDS", "fragment_of", "fragments", "in_fragment", "mostly_capitalized", "title_words"]

# words a title leaves in lower case (Portuguese, and a few of the languages titles are quoted in)
TITLE_SMALL_WORDS = frozenset(
    "a o as os à às ao aos um uma uns umas de da do das dos em na no nas nos e ou por pelo pela pelos pelas "
    "para com sem sobre entre que se the of and in on to la le les el los del di der die das und du des et".split()
)

# what opens a list item: a bullet, or a number or letter with a dot or bracket ("1.", "2)", "a)")
BULLETS = frozenset({"-", "–", "—", "*", "•", "·", "▪", "►", "‣", "○", "◦", "#", "##", "###"})
ITEM_NUMBER = re.compile(r"(?:\d{1,2}|[a-z])[.)]")
# what ends a sentence (closing quotes and brackets after it aside)
_SENTENCE_END = frozenset({".", "!", "?", "…", "...", "!?", "?!"})
_CLOSING = frozenset({'"', "'", "»", "”", "’", ")", "]"})
# the parts of speech of a word that starts a sentence again when written in capitals
_RESTART_POS = frozenset({"DET", "ADP", "PRON", "SCONJ"})
# what a word before such a capital must not be: "A Sociedade da Corte e O Processo Civilizador"
# (a list of titles), "de O Globo"
_JOINING_POS = frozenset({"CCONJ", "ADP", "DET"})
_VERBAL = frozenset({"VERB", "AUX"})


def fragments(sent: Span) -> tuple[tuple[int, int], ...]:
    """The token ranges ``[start, end)`` (indices in the Doc) of ``sent`` that are list items,
    headings or glued titles (module docstring), in text order. Reads the tokens of ``sent``
    only."""
    out: list[tuple[int, int]] = []
    for start, end, whole in _lines(sent):
        words = [t for t in sent.doc[start:end] if not t.is_space]
        if not words:
            continue
        finite = [t.i for t in words if _finite(t)]
        if finite:
            glued = _glued_title(words, finite[0])
            if glued is not None:
                out.append((start, glued))
            continue
        if _bullet(words) or (whole and _heading(words)):
            out.append((start, end))
            continue
        glued = _glued_title(words, end)
        if glued is not None:
            out.append((start, glued))
    return tuple(out)


def fragment_of(tok: Token, pieces: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The one of ``pieces`` (:func:`fragments` of its sentence) ``tok`` lies in, if any."""
    return next(((start, end) for start, end in pieces if start <= tok.i < end), None)


def in_fragment(tok: Token, pieces: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``tok`` lies in one of ``pieces`` (:func:`fragments` of its sentence)."""
    return fragment_of(tok, pieces) is not None


def _lines(sent: Span) -> list[tuple[int, int, bool]]:
    """The lines of ``sent`` as ``(start, end, whole)``: token ranges between line breaks (a
    space token holding a newline), the sentence's last line ending where it ends. ``whole``
    unless the text after the line goes on in lower case: a hard-wrapped paragraph (``com o
    ministro Celso Amorim e o`` / ``senador José Sarney.``) or a sentence the splitter cut."""
    doc = sent.doc
    bounds = []
    start = sent.start
    for tok in sent:
        if _break(tok):
            if tok.i > start:
                bounds.append((start, tok.i))
            start = tok.i + 1
    if start < sent.end:
        bounds.append((start, sent.end))
    lines = []
    for start, end in bounds:
        nxt = end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        lines.append((start, end, nxt == len(doc) or not doc[nxt].text[:1].islower()))
    return lines


def _break(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text


def _finite(tok: Token) -> bool:
    """A verb in a finite form, or one whose form the tagger left unsaid (read as a clause)."""
    if tok.pos_ not in _VERBAL:
        return False
    forms = morph_values(tok, "VerbForm")
    return not forms or "Fin" in forms


def _bullet(words: list[Token]) -> bool:
    first = words[0].text
    if first in BULLETS:
        return True
    if ITEM_NUMBER.fullmatch(first):
        return True
    return len(words) > 1 and (first.isdigit() and len(first) <= 2) and words[1].text in (".", ")")


def _heading(words: list[Token]) -> bool:
    """Whether a whole line without finite verb reads as a heading: it opens with no lower-case
    letter, ends with no sentence end, comma or small word (a wrapped line does) and is mostly
    capitalized."""
    last = words[-1]
    return (
        not words[0].text[:1].islower()
        and not _ends_sentence(words)
        and last.text not in (",", ";")
        and last.lower_ not in TITLE_SMALL_WORDS
        and mostly_capitalized(t.text for t in words)
    )


def _ends_sentence(words: list[Token]) -> bool:
    for tok in reversed(words):
        if tok.text in _CLOSING:
            continue
        return tok.text in _SENTENCE_END or tok.text.endswith(("!", "?", "..."))
    return False


def title_words(words: Iterable[str]) -> list[str]:
    """The alphabetic words of ``words`` that a title capitalizes: all but the small ones of
    :data:`TITLE_SMALL_WORDS` (``de``, ``e``, ``o``)."""
    return [w for w in words if w.isalpha() and w.lower() not in TITLE_SMALL_WORDS]


def mostly_capitalized(words: Iterable[str]) -> bool:
    """Whether at least half of the :func:`title_words` of ``words`` start with a capital
    letter (and one at least does)."""
    big = title_words(words)
    if not big:
        return False
    capitals = sum(1 for w in big if w[0].isupper())
    return capitals > 0 and 2 * capitals >= len(big)


def _glued_title(words: list[Token], before: int) -> int | None:
    """Where a glued title at the start of ``words`` ends (the index of the token that starts
    the sentence again), looking before token index ``before`` only; ``None`` when there is
    none. The title has two words at least and its first one in capitals."""
    first = words[0]
    if not first.text[:1].isupper():
        return None
    seen = 1 if first.is_alpha else 0
    for prev, tok in zip(words, words[1:]):
        if tok.i >= before:
            return None
        if (
            seen >= 2
            and tok.pos_ in _RESTART_POS
            and tok.is_title
            and not tok.ent_type_
            and prev.is_alpha
            and prev.pos_ not in _JOINING_POS
        ):
            return tok.i
        if tok.is_alpha:
            seen += 1
    return None
