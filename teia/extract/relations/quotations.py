"""Quotations: quoted speech attributed by a speech verb (``«...», declarou Lenin``), reported
speech (``Lenin afirmou que ...``, the ``ccomp`` of a speech verb) and attributed claims
(``segundo Lenin, ...``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc, Span, Token

from teia.extract.docindex import tree
from teia.extract.labels import CASE, CCOMP, MARK, NMOD, OBL, ORG, PER, PUNCT
from teia.records import TimeExpression
from teia.extract.quotes import QUOTE_PAIRS
from teia.extract.relations.clauses import subject_args
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg
from teia.extract.relations.syntax import case_of, clause_tokens, lemma_of

__all__ = [
    "CLOSING_QUOTES",
    "FoundQuote",
    "QUOTE",
    "attribution_heads",
    "attribution_quotations",
    "quotations",
]

QUOTE = re.compile("|".join(f"{o}([^{o}{c}]+){c}" for o, c in QUOTE_PAIRS.items()))


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quotation found by a rule, before records are made."""

    author: Arg
    text: str
    trigger: Token
    rule: str
    confidence: float
    time: TimeExpression | None = None
    start: int = -1
    end: int = -1
    sentence_start: int = -1  # when the quotation spans two sentences (the quote was split off)


def _quote_spans(sent: Span, text: str) -> list[tuple[int, int]]:
    """The quotations of three words or more in ``sent`` (``text``: the doc's text, sliced
    rather than ``Span.text``, which joins the sentence's tokens at each read)."""
    out = []
    for m in QUOTE.finditer(text[sent.start_char : sent.end_char]):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        s, e = m.start(g), m.end(g)
        if len(m.group(g).split()) >= 3:
            out.append((sent.start_char + s, sent.start_char + e))
    return out


def _speaker(verb: Token, ctx: Context) -> Arg | None:
    args, _, _ = subject_args(verb, ctx)
    for arg in args:
        if ctx.category.get(arg.entity) in (PER, ORG):
            return arg
    return None


CLOSING_QUOTES = tuple(QUOTE_PAIRS.values())


def quotations(sent: Span, ctx: Context, prev: Span | None = None, pos: Sequence[str] | None = None) -> list[FoundQuote]:
    """``«...», declarou Lenin em dezembro de 1920`` and ``Lenin afirmou que ...``.

    When the sentence splitter cut the quotation off (``«...»`` | ``, declarou Lenin``), the
    quotation ending the previous sentence is attributed to a speech verb opening this one.
    ``pos``: the POS of every token of the doc, when the caller has read them already.
    """
    out: list[FoundQuote] = []
    spans = _quote_spans(sent, ctx.text)
    joined = -1
    if not spans and prev is not None and ctx.text[prev.start_char : prev.end_char].rstrip().endswith(CLOSING_QUOTES):
        first = [t for t in sent if not t.is_space][:4]
        if first and (first[0].is_punct or any(ctx.lemma(t) in ctx.mapping.speech for t in first)):
            spans = _quote_spans(prev, ctx.text)
            joined = prev.start_char if spans else -1

    def inside(t: Token) -> bool:
        return any(s <= t.idx < e for s, e in spans)

    doc = sent.doc
    verbs = (doc[i] for i in range(sent.start, sent.end) if pos[i] == "VERB") if pos is not None else sent
    for verb in verbs:
        if verb.pos_ != "VERB" or ctx.lemma(verb) not in ctx.mapping.speech or inside(verb):
            continue
        author = _speaker(verb, ctx)
        if author is None:
            continue
        outside = [t for t in clause_tokens(verb) if not inside(t)]
        time = ctx.time_in(outside)
        if spans:
            for s, e in spans:
                text = ctx.text[s:e].strip()
                out.append(FoundQuote(author, text, verb, "quote-attribution", 0.85, time, s, e, joined))
            continue
        for c in verb.children:
            if c.dep_ == CCOMP:
                words = [t for t in c.subtree if not (t.dep_ == MARK and t.head.i == c.i)]
                if not words:
                    continue
                s, e = words[0].idx, words[-1].idx + len(words[-1].text)
                text = ctx.text[s:e].strip().rstrip(".")
                out.append(FoundQuote(author, text, verb, "reported-speech", 0.7, time, s, e))
    return out


def attribution_heads(doc: Doc, words: Collection[str]) -> frozenset[int]:
    """The tokens with a ``case`` dependent whose lower-case lemma (or text, without one) holds
    one of ``words`` (the mapping's attribution prepositions), read from the doc's arrays: only
    such a token can open an attributed claim (:func:`lemma_of` of its ``case`` is one of them),
    so :func:`attribution_quotations` looks at no other (most ``obl`` and ``nmod`` have a plain
    ``de`` or ``em``)."""
    parse = tree(doc)
    cases = [i for i, dep in enumerate(parse.deps) if dep == CASE]
    if not cases:
        return frozenset()
    strings = doc.vocab.strings
    known: dict[tuple[int, int], bool] = {}
    heads = []
    for i, (lemma, orth) in zip(cases, doc.to_array([LEMMA, ORTH])[cases].tolist()):
        held = known.get((lemma, orth))
        if held is None:
            form = (strings[lemma] if lemma else "") or strings[orth]
            held = known[(lemma, orth)] = any(w in form.lower() for w in words)
        if held:
            heads.append(parse.heads[i])
    return frozenset(heads)


def attribution_quotations(
    sent: Span, ctx: Context, deps: Sequence[str] | None = None, heads: Collection[int] | None = None
) -> list[FoundQuote]:
    """``segundo Lenin, a revolução ...``: the rest of the sentence is Lenin's claim (``deps``:
    the dependency label of every token of the doc, when the caller has read them already;
    ``heads``: :func:`attribution_heads` of the doc, the only tokens that can open one)."""
    out = []
    doc = sent.doc
    if deps is not None:
        wanted = range(sent.start, sent.end) if heads is None else sorted(i for i in heads if sent.start <= i < sent.end)
        tokens = (doc[i] for i in wanted if deps[i] in (OBL, NMOD) or deps[i].startswith(OBL))
    else:
        tokens = (t for t in sent if heads is None or t.i in heads)
    for tok in tokens:
        if tok.dep_ not in (OBL, NMOD) and not tok.dep_.startswith(OBL):
            continue
        case = case_of(tok)
        if case is None or lemma_of(case) not in ctx.mapping.attribution:
            continue
        author = ctx.entity(tok)
        if author is None or ctx.category.get(author.entity) not in (PER, ORG):
            continue
        phrase = list(tok.subtree)
        lo, hi = phrase[0].i, phrase[-1].i + 1
        rest = [t for t in sent if not (lo <= t.i < hi) and not (t.dep_ == PUNCT and t.i in (lo - 1, hi))]
        while rest and rest[0].is_punct:
            rest.pop(0)
        while rest and rest[-1].is_punct:
            rest.pop()
        if not rest:
            continue
        text = "".join(t.text_with_ws for t in rest).strip()
        time = ctx.time_in([t for t in clause_tokens(tok.head) if not (lo <= t.i < hi)])
        out.append(FoundQuote(author, text, case, "quote-segundo", 0.7, time, rest[0].idx, rest[-1].idx + len(rest[-1].text)))
    return out
