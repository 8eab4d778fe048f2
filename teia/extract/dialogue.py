"""The people of a novel's dialogue: the speaker a dialogue tag names and the one a line addresses.

A line of direct speech opens with a dash (``— Não cai, acudiu o Rubião.``). After the words
spoken, a verb put before its subject and the name (``acudiu o Rubião``, ``— Sim — respondeu
Sikes.``, ``disse-me Virgília``; an adverb in ``-mente`` between them, ``disse secamente
Estácio``; a gerund after the name, ``disse Santos apertando-lhe a mão``) name the speaker; a
name alone between a comma and the end of a clause of the words spoken (``— Tem razão, Capitu,
concordou...``, ``— Escobar é muito meu amigo, Capitu!``) is the one spoken to. Both are people, whatever the NER read (Machado de Assis'
``Capitu``, ``Rubião``, ``Fidélia`` are places to it more often than not). Not a name after another
name's comma (``— Fui a Paris, Londres, Roma.``: a list), nor on a line that opens with no dash.

News quote the words spoken between quotation marks, or end them with a dash inside a line, and
name the speaker in the same tag (:func:`quoted_speaker`): ``"Não vou sair", ironizou ontem
Cerdeira.``, ``«...», diz Lima à Folha``, ``A proposta é inaceitável — disse Almada.``; a time
expression or an adverb may stand between the verb and the name, an article may not (``",
anunciou o Pentágono``: a body speaks through an article as often as not).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from teia.extract.docindex import doc_text, start_of_line
from teia.extract.quotes import QUOTE_PAIRS
from teia.extract.timex import find_times

__all__ = ["SPEECH_DASHES", "closes_speech", "dialogue_person", "quoted_speaker", "speech_line"]

SPEECH_DASHES = frozenset({"—", "–"})
# what closes the words spoken before a dialogue tag ("— Não cai, acudiu", "— Sim — respondeu")
_BEFORE_TAG = frozenset({",", "—", "–", "?", "!", "...", "…", "?!", "!?"})
# what may follow the speaker's name in a tag, or the addressee's name
_AFTER_NAME = frozenset({",", ".", ";", "!", "?", "—", "–", "...", "…", ":", "?!", "!?"})
_TAG_ARTICLES = frozenset({"o", "a"})
_CLOSING_QUOTES = frozenset(QUOTE_PAIRS.values())
# what ends the words spoken right before a closing quotation mark with no comma ('"Quem?" perguntou')
_QUOTE_ENDINGS = frozenset({"?", "!", "...", "…", "?!", "!?"})
_MAX_TAG_GAP = 5  # words between a news tag's verb and the name ("ironizou ontem à noite")


def speech_line(doc: Doc, a: int) -> bool:
    """The line holding token ``a`` opens with a dash (before ``a``): a line of direct speech.
    The line's start is found among the line breaks read once per Doc
    (:func:`teia.extract.docindex.start_of_line`), not by a walk over its tokens nor a scan of its
    text: a document with no line break is one line."""
    text = doc_text(doc)
    end = doc[a].idx
    start = start_of_line(doc, end)
    while start < end and text[start].isspace():
        start += 1
    return start < end and text[start] in SPEECH_DASHES


def closes_speech(text: str) -> bool:
    """Whether a token's ``text`` may close the words spoken before a dialogue tag (a comma, a
    dash, ``?``, ``!``, an ellipsis)."""
    return text in _BEFORE_TAG


def _verb(word: str, pos: str, is_verb: Callable[[str], bool]) -> bool:
    """A lowercase verb form, an enclitic pronoun hyphened to it or not (``disse-me``), not an
    infinitive (``— Sim, ir a Santa-Pia``: the words spoken go on)."""
    if not word[:1].islower() or word.split("-")[0].endswith(("ar", "er", "ir", "or")):
        return False
    return pos in ("VERB", "AUX") or is_verb(word.split("-")[0])


def _manner(word: str) -> bool:
    """An adverb of manner in ``-mente``, in lower case (``secamente``, ``resolutamente``)."""
    return word[:1].islower() and word.isalpha() and len(word) > 6 and word.endswith("mente")


def _gerund(word: str) -> bool:
    """A gerund in lower case, its clitic pronoun hyphened to it or not (``sorrindo``,
    ``apertando-lhe``): what the speaker did while speaking, after the name in a dialogue tag."""
    head = word.split("-")[0]
    return head[:1].islower() and head.isalpha() and len(head) > 4 and head.endswith(("ando", "endo", "indo", "ondo"))


def dialogue_person(doc: Doc, a: int, b: int, is_verb: Callable[[str], bool]) -> bool:
    """Whether the name at tokens ``a`` to ``b`` of ``doc`` is the speaker a dialogue tag names or
    the one a line of direct speech addresses (see the module's doc); ``is_verb`` tells a verb
    form (lower case) the tagger did not read as one (``disse-me`` tagged a proper noun)."""
    if b - a > 3 or not speech_line(doc, a):
        return False
    after = doc[b].text if b < len(doc) else "."
    k = a - 1
    if k >= 0 and doc[k].lower_ in _TAG_ARTICLES:
        k -= 1
    if k >= 1 and _manner(doc[k].text):
        k -= 1  # "— Queira falar, disse secamente Estácio.", "atalhou fogosamente o Palha"
    tag = k >= 1 and _verb(doc[k].text, doc[k].pos_, is_verb) and closes_speech(doc[k - 1].text)
    if tag and (after in _AFTER_NAME or _gerund(after)):
        return True  # "— Não cai, acudiu o Rubião.", "— Sim — respondeu Sikes.", "disse Santos apertando-lhe a mão"
    if after not in _AFTER_NAME:
        return False
    if a >= 2 and doc[a - 1].text == ",":
        before = doc[a - 2]
        # "— Tem razão, Capitu, concordou", "— Obrigado, Capitu": the one spoken to; not "— Fui a
        # Paris, Londres, Roma", a list
        opening = before.i > 0 and doc[before.i - 1].text in SPEECH_DASHES and before.pos_ != "PROPN"
        return before.text[:1].islower() or opening
    return False


def quoted_speaker(doc: Doc, a: int, b: int, is_verb: Callable[[str], bool]) -> bool:
    """Whether the name at tokens ``a`` to ``b`` of ``doc`` is the speaker a news quotation's tag
    names (see the module's doc): a verb in lower case (not an infinitive; ``is_verb`` as for
    :func:`dialogue_person`) right after a closing quotation mark and its comma (``"...", diz
    Lima``, ``«...», afirmou Cerdeira``; a question or an exclamation before the mark needs no
    comma, ``"Quem?" perguntou Lima``) or after a dash inside a line (``... — disse Almada``; a
    line a dash opens is :func:`dialogue_person`'s), then at most a few words that are adverbs or
    a time expression (``ironizou ontem Cerdeira``, ``afirmou ontem à noite Cerdeira``, ``disse,
    ontem, Lima``), then the name with no article, which ends the tag or goes on with a comma, a
    full stop, a preposition or a gerund (``diz Lima à Folha``, ``sublinhou Guimarães, dirigente
    do partido``)."""
    if b - a > 4 or (b < len(doc) and not (doc[b].text in _AFTER_NAME or doc[b].pos_ == "ADP" or _gerund(doc[b].text))):
        return False
    k = a - 1
    gap: list[int] = []
    while k >= 2 and len(gap) < _MAX_TAG_GAP and not _verb(doc[k].text, doc[k].pos_, is_verb):
        t = doc[k]
        if t.text != "," and not (t.text[:1].islower() and t.is_alpha):
            return False
        gap.append(k)
        k -= 1
    if k < 2 or not _verb(doc[k].text, doc[k].pos_, is_verb) or not _tag_opening(doc, k):
        return False
    return not gap or _time_or_adverbs(doc, k + 1, a)


def _tag_opening(doc: Doc, k: int) -> bool:
    """The verb at token ``k`` opens a news tag: after a closing quotation mark and a comma, a
    closing mark after a question or an exclamation, or a dash that is not the first word of its
    line."""
    before, mark = doc[k - 1], doc[k - 2]
    if before.text == ",":
        return mark.text in _CLOSING_QUOTES
    if before.text in _CLOSING_QUOTES:
        return mark.text in _QUOTE_ENDINGS
    return before.text in SPEECH_DASHES and bool(doc_text(doc)[start_of_line(doc, before.idx) : before.idx].strip())


def _time_or_adverbs(doc: Doc, i: int, j: int) -> bool:
    """The words ``i`` to ``j`` between a tag's verb and the name are commas, adverbs (``ontem``,
    ``também``, ``secamente``) and words of a time expression (``ontem à noite``, ``na
    sexta-feira``: :func:`teia.extract.timex.find_times` on those words alone), nothing else."""
    start = doc[i].idx
    times = find_times(doc_text(doc)[start : doc[j - 1].idx + len(doc[j - 1].text)])
    inside = [(t.start_char + start, t.end_char + start) for t in times]
    for t in doc[i:j]:
        if t.text == "," or t.pos_ == "ADV" or _manner(t.text):
            continue
        if not any(s <= t.idx and t.idx + len(t.text) <= e for s, e in inside):
            return False
    return True
