"""The thin spaCy component: the ``teia_events`` factory stores :func:`find_events` on
``doc._.teia_events``, with the rules reading the component's lexicon (the shipped one extended
by the ``lexicon_paths`` files, see :mod:`teia.extract.lexicons`)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from teia.extract.events.find import find_events
from teia.extract.events.lexicon import event_lexicon, install
from teia.extract.lexicons import Lexicon
from teia.records import Event

EXTENSION = "teia_events"
Doc.set_extension(EXTENSION, default=None, force=True)


class EventFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        install(self.lexicon)
        doc._.set(EXTENSION, tuple(find_events(doc)))
        return doc


@Language.factory("teia_events", assigns=[f"doc._.{EXTENSION}"], default_config={"lexicon_paths": []})
def make_event_finder(nlp: Language, name: str, lexicon_paths: Sequence[str]) -> EventFinder:
    return EventFinder(event_lexicon(*lexicon_paths))


def events_in(docs: Sequence[Doc]) -> list[Event]:
    return [ev for d in docs for ev in (getattr(d._, EXTENSION) or ())]
