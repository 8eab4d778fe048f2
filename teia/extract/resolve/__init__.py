"""Entity resolution: mentions → entities within a document, entities → one per thing across documents.

Both steps are pure functions over records and share one engine (:func:`_cluster`): items
(groups of same-named mentions inside a document, or documents' local entities across the
corpus) are joined by a union-find, rule by rule, strongest first. A union is refused when the
two clusters would then hold incompatible things (see *cannot-link* below), so a weak rule can
never glue two strong clusters together. Every union is explained in the merge log.

Rules, in order (``docs/entities.md`` has the details):

1. ``override``: the user's accept file says two names are one thing;
2. ``kb``: both items matched the same knowledge-base entry;
3. ``exact``: same category and the same folded name (case, accents, leading article ignored);
   then ``link``: both were linked to the same Wikipedia article in their documents
   (:mod:`teia.extract.linking`);
4. ``alias``: the text itself says the names are one thing: ``a Internacional Comunista
   (Komintern)``, ``a Terceira Internacional, também chamada Komintern`` (found on the Doc by
   :mod:`teia.extract.entities`, within a document only);
5. ``acronym``: one name is the initials of the other's content words (``URSS``);
6. ``transliteration``: same category (people and places by default), same number of words and
   every word equal under a transliteration key for Slavic names (``Tukhatchevski`` =
   ``Tukhachevsky``) or similar above :attr:`ResolutionConfig.similarity`;
7. ``partial-name``: a person's name whose words are a subsequence of a longer name of the same
   person ending on the same surname (``Lenin`` → ``Vladimir Ilitch Lenin``), when exactly one
   cluster claims it.

Cannot-link: different knowledge-base entries; different Wikipedia articles, or an article and
an entity whose document does not support it (``Estado Novo`` next to Brazil and the
``Estado Novo (Portugal)``); two people whose full names share the surname
but not the given name (``Józef Piłsudski`` / ``Bronisław Piłsudski``); named events whose dates
do not overlap (``Segundo Congresso`` of 1917 and of 1920); a pair the user rejected.

Unnamed events are joined to the events they tell afterwards, by
:func:`teia.extract.event_coref.resolve_events`.
Categories must agree (a person is never merged with a place); only ``alias`` and ``acronym``
may join an organization with a place (NER often confuses the two for states).

The package is split by those jobs: :mod:`.names` (name keys and the matching rules),
:mod:`.overrides` (the user's file), :mod:`.clusters` (the engine), :mod:`.document` (within a
document), :mod:`.corpus` (across documents) and :mod:`.dates` (event dates).
"""

from __future__ import annotations

from teia.extract.resolve.corpus import dedupe_merges, global_id, resolve_corpus
from teia.extract.resolve.dates import event_dates, time_interval
from teia.extract.resolve.document import group_mentions, repair_categories
from teia.extract.resolve.names import (
    DEFAULT_CONFIG,
    ResolutionConfig,
    acronym_of,
    given_name_conflict,
    is_acronym,
    match_names,
    name_key,
    translit_key,
)
from teia.extract.resolve.overrides import ACCEPTED, REJECTED, MergeOverride, Overrides, load_overrides

__all__ = [
    "ACCEPTED",
    "REJECTED",
    "DEFAULT_CONFIG",
    "ResolutionConfig",
    "MergeOverride",
    "Overrides",
    "load_overrides",
    "name_key",
    "translit_key",
    "acronym_of",
    "is_acronym",
    "given_name_conflict",
    "match_names",
    "group_mentions",
    "repair_categories",
    "resolve_corpus",
    "event_dates",
    "time_interval",
    "global_id",
    "dedupe_merges",
]
