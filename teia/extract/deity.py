"""The name of God (``Deus``) is a person's name, as HAREM gives it, wherever it stands.

The NER leaves it out (``E graças a Deus, hoje não tenho problema``, ``Que sonho horrível, meu
Deus!``) or takes the words before it into a name it calls an organization or a place (``Meu
Deus/ORG``, ``Só Deus/ORG``, ``Santo Deus/ORG``, ``Para agrado de Deus Nosso Senhor/ORG``). The
names are the ``deity_names`` of ``data/entities.json`` (folded). A name that holds it after
de/do/da and a capitalized word is another name and stays as it is (``João de Deus``, ``o Partido
de Deus``, ``a Cidade de Deus``, ``a Assembleia de Deus``), as does a work's, an event's or a
concept's (``o Pacto com Deus``, ``O Deus das Pequenas Coisas``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from teia.extract.articles import OF_FORMS
from teia.extract.docindex import SpanIndex, doc_text, doc_words
from teia.extract.labels import LOC, ORG, PER
from teia.folding import fold
from teia.records import Mention, as_category

__all__ = ["deity_mentions"]

_RETYPED = frozenset((PER, ORG, LOC))


def _named_after(doc: Doc, i: int, start: int) -> bool:
    """``doc[i]`` closes a name as its complement: de/do/da right before it and a capitalized word
    before that, at or after the token ``start`` (``João de Deus``, ``Partido de Deus``)."""
    return i - 2 >= start and doc[i - 1].lower_ in OF_FORMS and doc[i - 2].text[:1].isupper()


_NOT_EPITHET_POS = frozenset({"VERB", "AUX", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "PUNCT", "NUM"})


def _epithet_end(doc: Doc, i: int, taken: Callable[[int, int], bool]) -> int:
    """The last token of the name opening with ``doc[i]``: the capitalized words right after it
    that are no verb, pronoun or particle and no other name's are its epithet (``Deus Nosso
    Senhor``, ``Deus Pai``; not ``Deus Criou``, ``Deus Nos Ajude``)."""
    k = i
    while k + 1 < len(doc):
        nxt = doc[k + 1]
        if not (nxt.is_alpha and nxt.text[:1].isupper()) or nxt.pos_ in _NOT_EPITHET_POS or nxt.is_sent_start:
            break
        if "\n" in doc[k].whitespace_ or taken(nxt.idx, nxt.idx + len(nxt.text)):  # another name's word
            break
        k += 1
    return k


def deity_mentions(doc: Doc, mentions: Sequence[Mention], doc_id: str, names: frozenset[str]) -> list[Mention]:
    """``mentions`` with each capitalized word of ``names`` a person's name: a new mention (source
    ``"rule"``, with its epithet: :func:`_epithet_end`) where no mention holds it, the mention cut to start at it and typed a person where
    the words before it are no name's (``Meu Deus``, ``graças a Deus``), and a place or an
    organization opening with it typed a person (``Deus Nosso Senhor``)."""
    if not names:
        return list(mentions)
    out = list(mentions)
    text = doc_text(doc)
    # Which mentions of ``out`` overlap a word, without a walk over them per word: the given ones
    # by their spans as given (a mention cut below to start at a word keeps its end, and the words
    # asked after it come after that word, so it overlaps the same ones), then the one added last
    # (they come in the text's order and none holds another's words: only the last can reach a
    # word further on).
    given = SpanIndex((m.start, m.end) for m in mentions)
    added = -1  # the index in ``out`` of the last mention added

    def overlapping(start: int, end: int) -> list[int]:
        found = given.overlapping(start, end)
        if added >= 0 and out[added].start < end and start < out[added].end:
            found.append(added)
        return found

    for i, word in enumerate(doc_words(doc)):  # the words read once, no Token object per token
        if not (word[:1].isupper() and fold(word) in names):
            continue
        tok = doc[i]
        start, end = tok.idx, tok.idx + len(tok.text)
        near = overlapping(start, end)
        holder = next((k for k in near if out[k].start <= start and end <= out[k].end), None)
        if holder is None:
            if near or _named_after(doc, tok.i, 0):
                continue  # crossing another name, or a name the NER missed ("a Cidade de Deus")
            last = _epithet_end(doc, tok.i, lambda a, b: bool(overlapping(a, b)))
            end = doc[last].idx + len(doc[last].text)
            out.append(Mention(doc_id, start, end, text[start:end], PER, "rule"))
            added = len(out) - 1
            continue
        m = out[holder]
        if m.category not in _RETYPED:
            continue
        if m.start == start:
            if m.category != PER:
                out[holder] = as_category(m, PER)
            continue
        first = doc.char_span(m.start, m.end, alignment_mode="expand")
        if first is None or _named_after(doc, tok.i, first.start):
            continue
        out[holder] = Mention(doc_id, start, m.end, m.text[start - m.start :], PER, "rule")
    return sorted(out, key=lambda m: (m.start, m.end))
