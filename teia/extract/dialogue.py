"""The people of a novel's dialogue: the speaker a dialogue tag names and the one a line addresses.

A line of direct speech opens with a dash (``— Não cai, acudiu o Rubião.``). After the words
spoken, a verb put before its subject and the name (``acudiu o Rubião``, ``— Sim — respondeu
Sikes.``, ``disse-me Virgília``; an adverb in ``-mente`` between them, ``disse secamente
Estácio``; a gerund after the name, ``disse Santos apertando-lhe a mão``) name the speaker; a
name alone between a comma and the end of a clause of the words spoken (``— Tem razão, Capitu,
concordou...``, ``— Escobar é muito meu amigo, Capitu!``) is the one spoken to. Both are people, whatever the NER read (Machado de Assis'
``Capitu``, ``Rubião``, ``Fidélia`` are places to it more often than not). Not a name after another
name's comma (``— Fui a Paris, Londres, Roma.``: a list), nor on a line that opens with no dash.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from teia.extract.docindex import doc_text, start_of_line

__all__ = ["SPEECH_DASHES", "closes_speech", "dialogue_person", "speech_line"]

SPEECH_DASHES = frozenset({"—", "–"})
# what closes the words spoken before a dialogue tag ("— Não cai, acudiu", "— Sim — respondeu")
_BEFORE_TAG = frozenset({",", "—", "–", "?", "!", "...", "…", "?!", "!?"})
# what may follow the speaker's name in a tag, or the addressee's name
_AFTER_NAME = frozenset({",", ".", ";", "!", "?", "—", "–", "...", "…", ":", "?!", "!?"})
_TAG_ARTICLES = frozenset({"o", "a"})


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
