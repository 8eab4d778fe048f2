"""Implicit subjects and coreference: the entity subject of a verb (through ``conj``,
``xcomp`` and relative pronouns), the subject a clause without one takes from a previous sentence
(with and without a parse), demonstrative subjects (``esse grupo``), an entity a participle stands
in apposition to, and the organization a passage is about."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from teia.extract.docindex import has_annotation, morph_values
from teia.extract.entities import ENTITIES
from teia.extract.events.context import _category, _Ctx, _entity_of_head
from teia.extract.events.lexicon import (
    _DEMONSTRATIVES,
    _FUNCTION_WORDS,
    _INTRANSITIVE,
    MOVEMENT_VERBS,
    _REL_PRONOUNS,
    VERB_TRIGGERS,
)
from teia.extract.events.tokens import _is_participle, _sentence, _verb_lemma, _verb_like
from teia.extract.gazetteer import fold
from teia.extract.relations.mapping import default_mapping
from teia.extract.relations.repairs import (
    NON_AGENTS,
    misparsed_relative,
    oblique_parsed_as_subject,
    sole_subject_after,
    speaker_parsed_as_object,
    subject_coordinated_with_oblique,
)
from teia.extract.relations.syntax import lemma_of
from teia.extract.labels import (
    ACL,
    ACL_RELCL,
    ADVCL,
    APPOS,
    CONJ,
    DET,
    FLAT_NAME,
    LOC,
    NMOD,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    ORG,
    PER,
    XCOMP,
)


def _topic_organization(ctx: _Ctx, before: int) -> str:
    """The organization a passage is about: the organization (local entity) mentioned most often
    before character ``before``, when it is mentioned at least twice and more than any other (read
    from :func:`_topic_leaders`, worked out once per Doc: a page of many events asks it per event)."""
    known = ctx.__dict__.get("_topic_leaders")
    if known is None:
        known = ctx.__dict__["_topic_leaders"] = _topic_leaders(ctx)
    ends, leaders = known
    k = bisect_right(ends, before)  # the mentions ending at or before ``before``
    return leaders[k - 1] if k else ""


def _topic_leaders(ctx: _Ctx) -> tuple[list[int], list[str]]:
    """The ends of the organizations' mentions, in order, and after each the organization mentioned
    most often up to it (``""`` when none is mentioned twice or two are mentioned as often): the
    counts grow one mention at a time, so the most often mentioned is kept as they grow."""
    orgs = [ent for ent in getattr(ctx.doc._, ENTITIES) or () if ent.type == ORG]
    ends_of = sorted((m.end, k) for k, ent in enumerate(orgs) for m in ent.mentions)
    counts = [0] * len(orgs)
    most, tied, top = 0, 0, -1  # the highest count, how many organizations have it, one of them
    ends, leaders = [], []
    for end, k in ends_of:
        counts[k] += 1
        if counts[k] > most:
            most, tied, top = counts[k], 1, k
        elif counts[k] == most:
            tied += 1
        ends.append(end)
        leaders.append(orgs[top].id if most >= 2 and tied == 1 else "")
    return ends, leaders


_SUBJECT_LOOKBACK = 3
"""Sentences looked back for the subject of a verb without one (``Chegou a Varsóvia no dia 10``)."""


def _object_parsed_as_subject(ctx: _Ctx, verb: Token) -> Token | None:
    """``Em 1921, defendeu a Nova Política Econômica``, ``chegou a Varsóvia`` with the object or
    the destination parsed as the subject: the only subject after a trigger verb that takes an
    object (:func:`~teia.extract.relations.repairs.sole_subject_after`), naming what cannot act
    (:data:`~teia.extract.relations.repairs.NON_AGENTS`) or, after a verb of movement, a place.
    The verb's object; its clause has no subject of its own."""
    lemma = _verb_lemma(verb)
    if lemma not in VERB_TRIGGERS or lemma in _INTRANSITIVE:
        return None
    subject = sole_subject_after(verb)
    e = _entity_of_head(ctx, subject) if subject is not None else None
    if e is None:
        return None
    category = _category(e)
    return subject if category in NON_AGENTS or (category == LOC and lemma in MOVEMENT_VERBS) else None


def _speaker(ctx: _Ctx, verb: Token) -> Span | None:
    """``«...», declarou Lenin``: the person after a speech verb (the relation mapping's) without
    a subject, also when the parser made the name its object
    (:func:`~teia.extract.relations.repairs.speaker_parsed_as_object`)."""
    if lemma_of(verb) not in default_mapping().speech:
        return None
    speaker = speaker_parsed_as_object(
        verb, lambda c: (e := _entity_of_head(ctx, c)) is not None and _category(e) == PER
    )
    return _entity_of_head(ctx, speaker) if speaker is not None else None


def _entity_or_apposed(ctx: _Ctx, tok: Token) -> Span | None:
    """The entity a subject names, or the name in apposition to it (``seu irmão, Alexandre
    Ulianov, foi ...``, ``o marechal Piłsudski``)."""
    e = _entity_of_head(ctx, tok)
    if e is None:
        e = next((x for x in (_entity_of_head(ctx, a) for a in tok.children if a.dep_ == APPOS) if x is not None), None)
    return e


def _subject_of(ctx: _Ctx, tok: Token) -> tuple[Span | None, bool]:
    """The entity that is the subject of a verb, climbing ``conj``/``xcomp`` to the verb whose
    subject it shares, and through a relative pronoun to its antecedent (``Piłsudski, que
    recebera...``); and whether the clause has an explicit subject at all (an entity or not).
    An object parsed as the subject is none (:func:`_object_parsed_as_subject`); the speaker of
    a speech verb parsed as its object is one (:func:`_speaker`), and so is a noun phrase the
    parser coordinated with a prepositional phrase before the verb
    (:func:`~teia.extract.relations.repairs.subject_coordinated_with_oblique`), and one it made
    an oblique without a preposition
    (:func:`~teia.extract.relations.repairs.oblique_parsed_as_subject`)."""
    t = tok
    for _ in range(4):
        misread = _object_parsed_as_subject(ctx, t)
        for c in t.children:
            if c.dep_ not in (NSUBJ, NSUBJ_PASS) or c.is_space or c.is_punct:
                continue  # a blank line the parser attached as a subject is none
            if misread is not None and c.i == misread.i:
                continue
            if c.lower_ in _REL_PRONOUNS and t.dep_.startswith(ACL) and t.head.i != t.i:
                # the antecedent, or the name in apposition to it ("o marechal Piłsudski, que ...")
                head = t.head
                e = _entity_of_head(ctx, head)
                if e is None:
                    e = next((x for x in (_entity_of_head(ctx, a) for a in head.children if a.dep_ in (APPOS, FLAT_NAME))
                              if x is not None), None)
                return e, True
            return _entity_or_apposed(ctx, c), True
        speaker = _speaker(ctx, t)
        if speaker is not None:
            return speaker, True
        coordinated = subject_coordinated_with_oblique(t)
        if coordinated is not None:  # "Durante a guerra ..., o marechal Piłsudski, que ..., comandou"
            return _entity_or_apposed(ctx, coordinated), True
        bare = oblique_parsed_as_subject(t, lambda c: _entity_of_head(ctx, c) is not None)
        if bare is not None:  # "O Segundo Congresso abriu-se", "Congresso" an obl
            return _entity_of_head(ctx, bare), True
        if t.head.i != t.i and (t.dep_ in (CONJ, XCOMP) or (t.dep_ == ADVCL and "Inf" in morph_values(t, "VerbForm"))):
            t = t.head  # "X recusou-se ... e foi preso", "X aproximava-se depois de avançar"
            continue
        if (t.dep_ == ACL_RELCL or misparsed_relative(t)) and t.head.i != t.i:
            # "X viveu em Gorki, onde morreu": a relative clause without a subject shares the
            # subject of the clause its antecedent belongs to (also when the parser hung it
            # on that clause's verb, relations.repairs.misparsed_relative)
            v = t.head
            while v.pos_ != "VERB" and v.head.i != v.i:
                v = v.head
            if v.pos_ == "VERB" and v.i != t.i:
                t = v
                continue
        break
    return None, False


def _previous_subject(ctx: _Ctx, sent: Span) -> Span | None:
    """The person or organization a clause without a subject is about: the entity subject of the
    main verb of one of the previous sentences (sentences whose subject is no entity, or that have
    none, are passed over; one whose subject is a place or an event ends the search)."""
    doc = ctx.doc
    if not has_annotation(doc, "DEP"):
        return _previous_subject_without_parse(ctx, sent)
    k, seen = sent.start - 1, 0
    while k >= 0 and seen < _SUBJECT_LOOKBACK:
        prev = doc[k].sent
        k = prev.start - 1
        if not any(t.pos_ in ("VERB", "AUX") for t in prev):
            continue  # a title or a blank line
        seen += 1
        e, _ = _subject_of(ctx, prev.root)
        if e is not None:
            return e if _category(e) in (PER, ORG) else None
    return None


def _subject_slot_empty(ctx: _Ctx, sent: Span, tok: Token) -> bool:
    """Without a parse: nothing before the verb in its sentence can be its subject (only
    function words, times, punctuation, verbs and participles: ``Em 1917, foi preso``)."""
    for k in range(sent.start, tok.i):
        t = ctx.doc[k]
        if ctx.ent_at(k) is not None:
            return False
        if t.is_punct or t.is_space or t.like_num or t.lower_ in _FUNCTION_WORDS or _verb_like(t) or _is_participle(t):
            continue
        if ctx.in_time(t.idx):
            continue
        return False  # a noun: "esse grupo atacou"
    return True


def _previous_subject_without_parse(ctx: _Ctx, sent: Span) -> Span | None:
    """:func:`_previous_subject` for a pipeline with sentences but no parse: the person or
    organization named before the first verb of one of the previous sentences."""
    doc = ctx.doc
    if not has_annotation(doc, "SENT_START") or sent.start == 0:
        return None
    k, seen = sent.start - 1, 0
    while k >= 0 and seen < _SUBJECT_LOOKBACK:
        prev = doc[k].sent
        k = prev.start - 1
        verbs = [t.i for t in prev if _verb_like(t) and ctx.ent_at(t.i) is None]
        if not verbs:
            continue
        seen += 1
        for e in ctx.ents_between(prev.start, verbs[0]):
            if e.end <= verbs[0] and ctx.index.span(e) is not None:
                return e if _category(e) in (PER, ORG) else None
    return None


def _apposed_entity(ctx: _Ctx, tok: Token) -> Span | None:
    """The entity a participle stands in apposition to: ``o Partido Comunista do Brasil, fundado em 1922``."""
    i = tok.i
    if i < 2 or ctx.doc[i - 1].text != "," or not _is_participle(tok):
        return None
    e = ctx.ent_at(i - 2)
    if e is None or e.end != i - 1 or ctx.index.span(e) is None:
        return None
    return e


def _demonstrative_subject(ctx: _Ctx, verb: Token) -> tuple[Span | None, Span | None]:
    """The referent of a demonstrative subject (``esse grupo``, ``este exército``): the last
    earlier occurrence of its noun in the sentence or the :data:`_SUBJECT_LOOKBACK` previous ones.
    Inside a name (``o 5.º Exército ... esse exército``), that person or organization. Introduced
    unnamed as the object of a verb (``o marechal Piłsudski reuniu um grupo de ataque ..., no rio
    Wieprz``), the group's owner, the person or organization subject of that verb, and the place
    given there. Without an earlier occurrence, the last person or organization whose name has
    the noun. Returns (entity, place)."""
    doc = ctx.doc
    subj = next((c for c in verb.children if c.dep_ == NSUBJ and not c.is_space), None)
    if subj is None or subj.pos_ not in ("NOUN", "") or not any(
        c.dep_ == DET and c.lower_ in _DEMONSTRATIVES for c in subj.children
    ):
        return None, None
    noun = fold(subj.lemma_ or subj.text)
    first = _sentence(doc, verb).start
    for _ in range(_SUBJECT_LOOKBACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for k in range(subj.i - 1, first - 1, -1):
        t = doc[k]
        if fold(t.lemma_ or t.text) != noun and fold(t.text) != noun:
            continue
        e = ctx.ent_at(k)
        if e is not None:
            return (e if _category(e) in (PER, ORG) and ctx.index.span(e) is not None else None), None
        head = t.head
        if t.dep_ != OBJ or head.pos_ != "VERB":
            return None, None
        owner, _ = _subject_of(ctx, head)
        where = None
        for c in (*head.children, *t.children):
            e = _entity_of_head(ctx, c)
            if c.dep_ in (OBL, NMOD) and e is not None and _category(e) == LOC:
                where = e
                break
        return (owner if owner is not None and _category(owner) in (PER, ORG) else None), where
    for e in reversed(ctx.ents_between(first, subj.i)):
        if e.end <= subj.i and _category(e) in (PER, ORG) and noun in fold(e.text).split():
            return (e if ctx.index.span(e) is not None else None), None
    return None, None
