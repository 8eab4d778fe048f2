"""A line of dialogue in a novel, opened by a dash (issue 20, P24b): ``— Justo, mas não vás
cair no extremo oposto, acudiu Sofia``; ``— Mess Lethierry, a pena de morte é ordenada por
Deus``; ``— Vá jantar logo comigo, em Santa Teresa, disse o Palha``.

Two of its words are no argument of a fact, and the parser, trained on news, reads both as one:

* the name right after the dash and before a comma is whom the speaker addresses (a vocative),
  not the subject of what follows (``— Leandrinho, anda ao Jardim Botânico`` is an order, not
  ``Leandrinho rel:andar_a Jardim Botânico``; ``Mess Lethierry`` above is no object of
  ``ordenar``);
* the verb after the speech and a comma, followed by the one who speaks (``acudiu Sofia``,
  ``disse o Palha``, ``repetiu Rubião``), is the narrator's tag: it relates the speaker to what
  was said, and a name inside the speech is no argument of it (``Justo rel:acudir Sofia``,
  ``Palha rel:dizer_em Santa Teresa``, ``Triste rel:concordar João das Mercês``).

On Machado de Assis' works (``statement_dump.py --source machado --offset 4000 --limit 2500``)
the five statements of these two shapes read were all wrong. What a line of speech is, and what
closes the words spoken before a tag, are :mod:`teia.extract.dialogue`'s (the people of a
novel's dialogue)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from teia.extract.dialogue import SPEECH_DASHES, closes_speech, speech_line
from teia.extract.relations.found import Arg, Found

# what may stand between the tag verb and the one who speaks ("disse o Palha")
_SPEAKER_DETERMINERS = frozenset({"DET"})
_SPEAKERS = frozenset({"PROPN", "NOUN", "PRON"})


def _first_token(arg: Arg, sent: Span) -> Token | None:
    """The token ``arg``'s name starts at, in ``sent``."""
    return next((t for t in sent if t.idx == arg.start), None)


def vocative(arg: Arg, sent: Span) -> bool:
    """Whether ``arg`` is the name right after the dash of a line of direct speech
    (:func:`teia.extract.dialogue.speech_line`), followed by a comma or an exclamation mark: the
    one spoken to. A name whose comma opens an apposition closed by a second comma before the
    name's verb is the subject (``— Matias, o leiloeiro que passava ontem pela Rua de São José,
    escorregou``)."""
    first = _first_token(arg, sent)
    if first is None or first.i == 0 or first.doc[first.i - 1].text not in SPEECH_DASHES or not speech_line(first.doc, first.i):
        return False
    after = next((t for t in sent if t.idx >= arg.end), None)
    if after is None or after.text not in (",", "!"):
        return False
    return not (after.text == "," and _apposition_closed(after, arg.token, sent))


def _apposition_closed(comma: Token, name: Token, sent: Span) -> bool:
    """Whether the words after ``comma`` open with a determiner and run to another comma, past
    which the verb ``name`` hangs on comes (an apposition set off by two commas)."""
    doc = sent.doc
    if comma.i + 1 >= sent.end or doc[comma.i + 1].pos_ != "DET":
        return False
    close = next((t for t in doc[comma.i + 2 : sent.end] if t.text == ","), None)
    return close is not None and name.head.i > close.i


def narrator_tag(trigger: Token, sent: Span) -> bool:
    """Whether ``trigger`` is the verb of the narrator's tag in a line of direct speech: right
    after what closes the words spoken (:func:`teia.extract.dialogue.closes_speech`: a comma,
    ``!``, ``?``, a dash), and right before the one who speaks (a name, a noun or a pronoun, after
    a determiner or not)."""
    doc = trigger.doc
    if trigger.i < 2 or trigger.i + 1 >= sent.end or not closes_speech(doc[trigger.i - 1].text):
        return False
    if not speech_line(doc, trigger.i):
        return False
    nxt = doc[trigger.i + 1]
    if nxt.pos_ in _SPEAKER_DETERMINERS and nxt.i + 1 < sent.end:
        nxt = doc[nxt.i + 1]
    return nxt.pos_ in _SPEAKERS


def misread_dialogue(found: Found, sent: Span) -> bool:
    """Whether ``found`` (a statement of the sentence ``sent``) takes the one a line of speech
    addresses for an argument, or relates through the narrator's tag a name said before it
    (module docstring)."""
    if vocative(found.subject, sent) or vocative(found.object, sent):
        return True
    tag = found.trigger
    return narrator_tag(tag, sent) and min(found.subject.start, found.object.start) < tag.idx
