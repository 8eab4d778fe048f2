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
* a **glued tail**: the end of the document's last line, with no finite verb nor sentence end,
  that opens with a capitalized plural word right after a name or a bracket and before a word in
  lower case (``... que atua pelo Peñarol Futebolistas do Uruguai Futebolistas do Club Atlético
  Peñarol``, ``Coronel Pilar Municípios do Rio Grande do Sul``): the categories or navigation
  boxes a Wikipedia text that lost its line breaks glues after the article's last sentence
  (:func:`glued_tail`, issue 17); a section's heading right before it (``Referências``,
  ``Ligações externas``, ``Carreira``), or one ending the document, opens it. The headings are
  the ``section_headings`` of the entities lexicon, a user's lexicon files included, that the
  entities component records on the Doc (:func:`use_section_headings`).

A line of running text has a finite verb or ends as a sentence does, and stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from teia.extract.docindex import has_annotation, morph_values
from teia.extract.entity_words import entity_words
from teia.extract.gazetteer import given_names
from teia.extract.relations.syntax import VERBAL
from teia.folding import fold

__all__ = [
    "BULLETS", "ITEM_NUMBER", "TITLE_SMALL_WORDS", "doc_tail", "fragment_of", "fragments", "glued_tail", "in_fragment",
    "mostly_capitalized", "title_words", "use_section_headings",
]

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
    tail = glued_tail(sent)
    if tail is not None and not any(start <= tail < end for start, end in out):
        out.append((tail, sent.end))
    return tuple(out)


def glued_tail(sent: Span) -> int | None:
    """Where the glued tail of ``sent`` (module docstring) starts, as a token index of the Doc;
    ``None`` when it has none. Only a sentence that ends the document (space aside), or one the
    next sentence's tail (all of it) follows on the same line, has one, on its last line, where no
    word after the tail's first is a finite verb, no bracket ``[`` or ``]`` stands (a reference's
    title, ``[URLTOKEN Matéria sobre Cláudia Telles sobre a morte ...]``), a word after the first
    is capitalized and the words are mostly capitalized (:func:`mostly_capitalized`), and the line
    does not end as a sentence does. The tail's first word is capitalized, ends with ``s`` as a
    Portuguese plural does and is no given name; the word before it is a closing bracket or a word
    not in lower case (``a série Confissões de Adolescente``, ``a revista Forbes de 2012`` are
    names) that is no plural (``Ciências Sociais``, ``Estados Unidos``, ``Belas Artes`` are names)
    nor a given name (``Hélio Neves da Silva``); the word after it is in lower case and no article
    (a preposition, an adjective: ``Deputados federais de``, ``Bandas formadas em``), never a
    capitalized one going on with the name (``Santos Dumont``); the word itself is no determiner
    (``... Forúm Todos os direitos reservados, Copyright 2000, Cadê Médico``, a page's footer).
    The section headings right before the tail open it, and a word before its first word that is
    one of them needs not be a singular (``Referências Empresas da China``); headings ending
    the line open a tail too (:func:`_headings_before`)."""
    doc = sent.doc
    lines = _lines(sent)
    if not lines:
        return None
    start, end, _ = lines[-1]
    words = [t for t in doc[start:end] if not t.is_space]
    if len(words) < 2 or _ends_sentence(words):
        return None
    finite = [k for k, t in enumerate(words) if _finite(t)]
    before = doc[start - 1] if start == sent.start and start > 0 else None  # the sentence before, on the same line
    first = finite[-1] + 1 if finite else (0 if before is not None and not before.is_space else 1)
    for k in range(first, len(words) - 1):
        prev = words[k - 1] if k else before
        rest = words[k:]
        if (
            _tail_opening(prev, words[k], words[k + 1])
            and not any(t.text in ("[", "]") for t in rest)
            and any(t.text[:1].isupper() for t in rest[1:])
            and mostly_capitalized(t.text for t in rest)
        ):
            k = _headings_before(words, k, first, before)
            return words[k].i if _ends_the_text(words[-1]) else None
    k = _headings_before(words, len(words), first, before)  # "... Manuel Gomes de Barros Referências"
    if k < len(words):
        return words[k].i if _ends_the_text(words[-1]) else None
    return None


_HEADINGS_KEY = "teia.section_headings"
"""Key in ``Doc.user_data`` of the folded section headings the rules read in that Doc
(:func:`use_section_headings`)."""


def use_section_headings(doc: Doc, headings: frozenset[str]) -> None:
    """Make the rules of this module read ``headings`` (folded ``section_headings``, as
    :class:`~teia.extract.entity_words.EntityWords` holds them) in ``doc``: the entities component
    records its own, the shipped lists extended by a user's lexicon files, so the glued tail it
    cuts and the fragments the relation rules skip read the same words. A Doc no component
    recorded any in reads the shipped ones."""
    doc.user_data[_HEADINGS_KEY] = headings


@lru_cache(maxsize=8)
def _heading_phrases(headings: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """``headings`` as tuples of words, longest first (once per lexicon)."""
    return tuple(sorted((tuple(h.split()) for h in headings), key=len, reverse=True))


def _section_headings(doc: Doc) -> tuple[tuple[str, ...], ...]:
    """The section headings the rules read in ``doc`` (:func:`use_section_headings`), as tuples of
    folded words, longest first."""
    recorded = doc.user_data.get(_HEADINGS_KEY)
    return _heading_phrases(entity_words().section_headings if recorded is None else recorded)  # entity_words() is cached


def _heading_before(words: list[Token], k: int, first: int) -> int:
    """How many words a section heading (``section_headings``, its first word capitalized) ending
    right before ``words[k]`` and starting at ``first`` or later has; 0 if none does."""
    for heading in _section_headings(words[0].doc):
        n = len(heading)
        if k - n >= first and words[k - n].text[:1].isupper() and tuple(fold(t.text) for t in words[k - n : k]) == heading:
            return n
    return 0


def _headings_before(words: list[Token], k: int, first: int, before: Token | None) -> int:
    """Where the section headings right before ``words[k]`` (the start of a glued tail, or the
    line's end) start, a ``URLTOKEN`` after one of them included (``Referências URLTOKEN
    Governadores de Alagoas``); ``k`` when none does, or when the word before them is a given name,
    an article, a preposition or a conjunction (``as Notas``, ``de Vida``), or a capitalized word
    before a heading of one word that is no plural (``Tony Carreira``, ``Mickael Carreira``): the
    heading is then a name's word."""
    j, last = k, 0
    while True:
        n = _heading_before(words, j, first)
        if not n and j - 1 >= first and words[j - 1].text == "URLTOKEN":
            n = _heading_before(words, j - 1, first) and 1
        if not n:
            break
        j, last = j - n, n
    if j == k:
        return k
    prev = words[j - 1] if j else before
    if prev is None or prev.is_space:
        return j
    if prev.text in given_names() or prev.lower_ in TITLE_SMALL_WORDS or prev.pos_ in _JOINING_POS:
        return k
    if prev.is_alpha and prev.text[:1].isupper() and not prev.text.isupper() and last == 1 and not words[j].lower_.endswith("s"):
        return k  # "Mickael Carreira Naturais do departamento de Essonne": a surname
    return j


def _ends_the_text(last: Token) -> bool:
    """Whether only space follows ``last`` to the end of its Doc, or, on the same line, a
    sentence that is a glued tail from its first word on (:func:`glued_tail`)."""
    doc = last.doc
    after = last.i + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after == len(doc):
        return True
    between = doc[last.i : after]
    if "\n" in between.text_with_ws[len(last.text) :]:
        return False
    return glued_tail(doc[after].sent) == after


def doc_tail(doc: Doc) -> int | None:
    """The start of the glued tail (:func:`glued_tail`) that ends the document, if any, over the
    sentences it spans; ``None`` for a Doc without sentence boundaries."""
    last = len(doc) - 1
    while last >= 0 and doc[last].is_space:
        last -= 1
    if last < 0 or not has_annotation(doc, "SENT_START"):
        return None
    sent = doc[last].sent
    tail = glued_tail(sent)
    while tail is not None and sent.start > 0:
        first = next((t.i for t in sent if not t.is_space), None)
        if tail != first:
            break
        earlier = glued_tail(doc[sent.start - 1].sent)
        if earlier is None:
            break
        sent, tail = doc[sent.start - 1].sent, earlier
    return tail


def _tail_opening(prev: Token, tok: Token, nxt: Token) -> bool:
    """Whether ``tok`` may open a glued tail (:func:`glued_tail`) between ``prev`` and ``nxt``."""
    text = tok.text
    if len(text) < 4 or not text[:1].isupper() or not text.endswith("s") or not text.replace("-", "").isalpha():
        return False
    if not text[1:].replace("-", "").islower() or text in given_names():
        return False
    if tok.pos_ == "DET" or not nxt.text[:1].islower() or not nxt.is_alpha or nxt.pos_ == "DET":
        return False  # "Todos os direitos reservados": a determiner, and one before an article, open no category
    if prev.text in ("]", ")") or (prev.text[:1].isupper() and (fold(prev.text),) in _section_headings(tok.doc)):
        return True  # "Referências Empresas da China": a heading, plural or not
    return (
        any(ch.isalnum() for ch in prev.text)
        and not prev.text[:1].islower()
        and not prev.lower_.endswith("s")
        and prev.lower_ not in TITLE_SMALL_WORDS
        and prev.pos_ not in _JOINING_POS
        and prev.text not in given_names()
    )


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
    if tok.pos_ not in VERBAL:
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
