"""The thin spaCy component: the ``teia_events`` factory stores :func:`find_events` on
``doc._.teia_events``."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from teia.extract.events.find import find_events
from teia.records import Event

EXTENSION = "teia_events"
Doc.set_extension(EXTENSION, default=None, force=True)


class EventFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EXTENSION, tuple(find_events(doc)))
        return doc


@Language.factory("teia_events", assigns=[f"doc._.{EXTENSION}"])
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder()


def events_in(docs: Sequence[Doc]) -> list[Event]:
    return [ev for d in docs for ev in (getattr(d._, EXTENSION) or ())]
