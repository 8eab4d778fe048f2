"""The ``teia_events`` component: events with their type, participants, place and time.

:func:`find_events` is a pure function of a processed ``Doc`` (it reads ``doc.ents``, the local
entities of ``doc._.teia_entities`` and the time expressions of ``doc._.teia_times``) and
returns :class:`~teia.records.Event` records; the component stores them on
``doc._.teia_events``. Three kinds of events:

* **named events**: mentions of category ``EVENT`` (``a Batalha de Varsóvia``); the event's
  ``entity`` is the mention's local entity and its type comes from the name's head word;
* **nominal events**: a noun trigger (``derrota``, ``batalha``, ``tratado``, ``fundação``...)
  with its complements read left to right up to the end of the phrase: ``de`` + entity gives
  the trigger's main role (``derrota do Exército Vermelho`` → defeated; ``vitória de X`` →
  agent; ``fundação de X`` → patient), place prepositions (``em``, ``diante de``, ``às portas
  de``, ``junto a``, ``perto de``) + place give the place, ``contra``/``sobre`` + entity the
  opposite side, ``por``/``pelo`` + entity the agent, ``entre X e Y`` the participants;
* **verbal events**: a verb trigger (``derrotar``, ``vencer``, ``invadir``, ``fundar``,
  ``assinar``, ``prender``, ``chegar``, ``voltar``, ``assumir o comando``...) with subject and
  object from the dependency parse when there is one, else from the nearest entities on each
  side in the clause; passive voice (``foi derrotada pelo X``) swaps the roles. A verb without
  a subject takes the named subject of a previous sentence (:func:`~teia.extract.events.subjects._previous_subject`);
  frequent verbs (:data:`~teia.extract.events.lexicon._NEEDS_TIME`) make an event only when dated.

Participants are also read from the verb governing an event (``X lançou a ofensiva``,
:func:`~teia.extract.events.participants._governor_roles`); events that are only expected or planned (``esperavam que ...``)
are skipped. The time of an event is the calendar expression of the same sentence nearest to
the trigger and not separated from it by another clause (within :data:`MAX_TIME_DISTANCE`
tokens for named events, which are often mentioned in passing); of two nested times the finer
wins. Rules work on token text and, when the model provides them, lemmas, POS, morphology and
dependencies. ``docs/entities.md`` (section *Events*) describes every rule with examples.

The package, one responsibility a module (imports go down this list, never up):

* ``lexicon``: trigger nouns and verbs, their event classes and roles, and the word lists;
* ``tokens``: token-level helpers (verb-likeness, sentences, lemmas, passive, prepositions, labels);
* ``context``: the per-document state, candidate events, evidence and participant records;
* ``subjects``: implicit subjects and coreference (previous sentence, relative and demonstrative
  subjects, apposition, the organization a passage is about);
* ``participants``: complements of a trigger phrase and the roles read from governing verbs;
* ``attach``: dating events with the time expressions of their sentence, and places from names
  and ``onde``;
* ``named``, ``nominal``, ``verbal``: the three kinds of events;
* ``find``: :func:`find_events`, the pure ``Doc`` → records entry point;
* ``component``: the ``teia_events`` spaCy factory (registered when that module is imported,
  as :mod:`teia.extract.pipeline` does).

The package itself imports nothing: the relation repairs read the lexicon's verbs of movement
(:data:`~teia.extract.events.lexicon.MOVEMENT_VERBS`) while the event rules import the repairs.
"""
