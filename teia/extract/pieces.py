"""Long documents in pieces: no length limit from spaCy, offsets kept exact.

spaCy refuses a text longer than ``nlp.max_length`` (error E088, 1,000,000 characters by
default), and the statistical pipes need memory in proportion to the text. A document longer
than :data:`PIECE_CHARS` is therefore cut at paragraph breaks (else line breaks, else
sentence ends, else spaces, else anywhere) into pieces of at most that many characters. The
model's own pipes (tagger, parser, NER...) run on each piece; the pieces are joined back with
``Doc.from_docs`` into one ``Doc`` whose text is the document's text character for character,
so every offset is exact; teia's rule components then run once on the whole ``Doc``, so
entities and events are resolved across the pieces as in a short document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from teia.extract.docindex import doc_text, forget_answers

__all__ = ["PIECE_CHARS", "is_long", "split_text", "process_long"]

PIECE_CHARS = 100_000
"""Documents longer than this are processed in pieces of at most this many characters."""

# where a piece may end, best first: after a blank line, a line break, a sentence end, a space
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?…][\"'”»)]*\s+"), re.compile(r"\s+"))


def is_long(text: str, limit: int | None = None) -> bool:
    """Whether ``text`` is processed in pieces (longer than ``limit``, default :data:`PIECE_CHARS`)."""
    return len(text) > (PIECE_CHARS if limit is None else limit)


def split_text(text: str, limit: int | None = None) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters whose concatenation is ``text``.

    Each cut is made after the last break of the best kind found in the piece's second half
    (so pieces stay large); a piece with no break at all is cut at ``limit``.
    """
    limit = PIECE_CHARS if limit is None else limit
    if limit < 2:
        raise ValueError("limit must be at least 2")
    pieces = []
    start = 0
    n = len(text)
    while n - start > limit:
        window = text[start : start + limit]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window, limit // 2) if m.end() < len(window)]
            if ends:
                cut = ends[-1]
                break
        if cut == 0:
            cut = limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def process_long(nlp: Language, text: str, doc_id_key: str, doc_id: str, teia_pipes: Iterable[str]) -> Doc:
    """Run ``nlp`` over a long text piece by piece and return one ``Doc`` of the whole text.

    The pipes not named in ``teia_pipes`` run on each piece; those named run on the joined
    ``Doc`` afterwards, in pipeline order.
    """
    rules = set(teia_pipes)
    model_pipes = [name for name in nlp.pipe_names if name not in rules]
    with nlp.select_pipes(enable=model_pipes):
        docs = list(nlp.pipe(split_text(text)))
    for piece in docs:
        forget_answers(piece)  # the joined Doc reads its own; from_docs would warn of each (W102)
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc_text(doc) != text:  # pragma: no cover - from_docs keeps every character (read once, kept for the rules)
        raise AssertionError("joining the pieces changed the text")
    doc.user_data[doc_id_key] = doc_id
    for name, proc in nlp.pipeline:
        if name in rules:
            doc = proc(doc)
    return doc
