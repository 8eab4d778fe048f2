"""The ``teia_time`` spaCy component: temporal expressions on ``doc._.teia_times``.

A thin shell over :func:`teia.extract.timex.find_times` (the pure, spaCy-free recognizer and
normalizer). The component stores a list of
:class:`~teia.records.TimeExpression` on ``doc._.teia_times`` and leaves ``doc.ents``
untouched. Sentence boundaries are passed to the recognizer when the doc has them (so that no
expression crosses a sentence), and relative expressions are anchored in document order.
When ``teia_entities`` ran before it, the event names it found (``doc._.teia_mentions``) are
passed on too: a day without a year that opens one (``o 25 de Abril``) is the event's name,
no time expression.

    nlp = spacy.blank("pt")
    nlp.add_pipe("teia_time")
    nlp("Em 1917 ... no ano seguinte")._.teia_times
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from teia.extract.docindex import doc_text
from teia.extract.entities import MENTIONS
from teia.extract.labels import EVENT
from teia.records import TimeExpression
from teia.extract.timex import find_times, prepare_rules, xsd_type

__all__ = ["TimeTagger", "find_times", "xsd_type", "EXTENSION"]

EXTENSION = "teia_times"

Doc.set_extension(EXTENSION, default=None, force=True)


def _sentences(doc: Doc) -> list[tuple[int, int]] | None:
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return None
    return [(s.start_char, s.end_char) for s in doc.sents]


class TimeTagger:
    """Finds the temporal expressions of a doc (see :mod:`teia.extract.timex`)."""

    def __init__(self, nlp: Language | None = None, name: str = "teia_time", use_sentences: bool = True):
        self.name = name
        self.use_sentences = use_sentences
        prepare_rules()  # the rules' needs compiled here, not in the first documents' time

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc.user_data.get("teia_doc_id", "") if isinstance(doc.user_data, dict) else ""
        sentences = _sentences(doc) if self.use_sentences else None
        # None in a pipeline without teia_entities (the extension is set when it is imported)
        events = [(m.start, m.end) for m in doc._.get(MENTIONS) or () if m.category == EVENT]
        times: list[TimeExpression] = find_times(doc_text(doc), doc_id, sentences=sentences, event_names=events)
        doc._.set(EXTENSION, times)
        return doc


@Language.factory(
    "teia_time",
    default_config={"use_sentences": True},
    assigns=[f"doc._.{EXTENSION}"],
)
def make_time_tagger(nlp: Language, name: str, use_sentences: bool) -> TimeTagger:
    return TimeTagger(nlp, name, use_sentences)
