"""The relation rules and the driver that runs them over a parsed ``Doc``.

Every construction is one function taking a token and a
:class:`~teia.extract.relations.context.Context` (the doc, its entities and times, the
mapping) and returning :class:`~teia.extract.relations.found.Found` relations;
:data:`VERB_RULES` and :data:`NOUN_RULES` list them in the order they run (read from the
gates of :mod:`~teia.extract.relations.dispatch`, where each rule is listed once).
:func:`extract_relations` runs them all over a parsed ``Doc`` (then the quotation rules) and
returns plain records (:class:`~teia.records.Relation`,
:class:`~teia.records.Quotation`).

The rules only need heads, dependency labels (:mod:`teia.extract.labels`), lemmas, POS and
morphology, plus the local entities of ``doc._.teia_entities``; they never look at raw words
except through the declarative mapping (:mod:`teia.extract.relations.mapping`). They live in
sibling modules (the construction functions, :class:`Arg`, :class:`Found` and :class:`Context`
are re-exported here):

* :mod:`~teia.extract.relations.syntax`: token-level reading (lemmas, ``case``, clause words);
* :mod:`~teia.extract.relations.found`: :class:`Arg`, :class:`Found`, confidences;
* :mod:`~teia.extract.relations.context`: :class:`Context`, which entity a token names;
* :mod:`~teia.extract.relations.modality`: polarity and modality;
* :mod:`~teia.extract.relations.clauses`: a verb's agents, patients and obliques;
* :mod:`~teia.extract.relations.repairs`: repairs of misattached arguments;
* :mod:`~teia.extract.relations.verbal`: active, passive, relative, participial, control,
  coordinated and reciprocal clauses;
* :mod:`~teia.extract.relations.nominal`: copulas, predicatives, appositions and titles;
* :mod:`~teia.extract.relations.genitive`: genitives and possessive kinship;
* :mod:`~teia.extract.relations.nesting`: surface nesting (``Luanda, Angola``);
* :mod:`~teia.extract.relations.quotations`: quotations and reported speech;
* :mod:`~teia.extract.relations.dispatch`: which rules a token's dependency label, POS,
  copula and mention start admit (the driver calls only those).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from teia.extract.docindex import dependents
from teia.extract.entities import ENTITIES
from teia.extract.entity_words import entity_words
from teia.extract.labels import ACL, ACL_RELCL, ADVCL, CCOMP, NSUBJ, NSUBJ_PASS, PER
from teia.records import Evidence, Quotation, Relation
from teia.extract.relations.context import Context
from teia.extract.relations.dispatch import NOUN_GATES, VERB_GATES, TokenFeatures
from teia.extract.relations.found import (
    ASSERTED,
    HYPOTHETICAL,
    OBLIGATION,
    OPEN_PREFIX,
    PROBABLE,
    TOPIC_SUFFIXES,
    Arg,
    Found,
    act_noun_open,
    act_place_open,
    beside_open,
    body_noun_open,
    broken_open,
    empty_noun_open,
    example_noun_open,
    fronted_company_open,
    guessed_copula_open,
    guessed_open,
    happening_open,
    kin_noun_open,
    light_open,
    person_in_open,
    speech_open,
    titled_open,
)
from teia.extract.relations.gates import named_entities, plausible
from teia.extract.relations.genitive import genitive, possessive_kin
from teia.extract.relations.mapping import RelationMapping
from teia.extract.relations.modality import negated_conjunct
from teia.extract.relations.nesting import surface_nesting
from teia.extract.relations.nominal import (
    appos_title,
    copula_noun,
    xcomp_noun,
)
from teia.extract.relations.quotations import attribution_heads, attribution_quotations, quotations
from teia.extract.relations.syntax import asked
from teia.extract.relations.verbal import (
    adjectival_participle,
    control_xcomp,
    participial_clause,
    passive_agent,
    reciprocal,
    relative_clause,
    svo_active,
)

__all__ = [
    "Arg",
    "Context",
    "Found",
    "adjectival_participle",
    "appos_title",
    "attribution_quotations",
    "control_xcomp",
    "copula_noun",
    "extract_relations",
    "genitive",
    "participial_clause",
    "passive_agent",
    "possessive_kin",
    "quotations",
    "reciprocal",
    "relative_clause",
    "surface_nesting",
    "svo_active",
    "xcomp_noun",
]

# the order and the gates of the rules are listed once, in :mod:`.dispatch`
VERB_RULES = tuple(rule for rule, _ in VERB_GATES)
NOUN_RULES = tuple(rule for rule, _ in NOUN_GATES)


def _evidence(ctx: Context, sent: Span, trigger: Token, subject: Arg | None, obj: Arg | None) -> Evidence:
    # a name the sentence splitter cut in two ("A Guerra Civil | Russa começou..."): the
    # evidence sentence is widened to hold it (a dropped subject, wholly before, is not)
    start, end = sent.start_char, sent.end_char
    for arg in (subject, obj):
        overlaps = arg is not None and arg.start < sent.end_char and arg.end > sent.start_char
        if overlaps and (arg.start < start or arg.end > end):
            span = ctx.doc.char_span(arg.start, arg.end, alignment_mode="expand")
            if span is not None:
                start, end = min(start, span[0].sent.start_char), max(end, span[-1].sent.end_char)
    return Evidence(
        doc_id=ctx.doc_id,
        sentence_start=start,
        sentence_end=end,
        sentence=ctx.text[start:end],  # ``Span.text`` joins the sentence's tokens at each read
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
        subject_start=subject.start if subject else -1,
        subject_end=subject.end if subject else -1,
        object_start=obj.start if obj else -1,
        object_end=obj.end if obj else -1,
    )


def _update_topic(sent: Span, ctx: Context, deps: list[str]) -> None:
    """The discourse topic for dropped subjects: the last person named as a main-clause subject
    (``deps``: the dependency label of every token of the doc)."""
    root = sent.root
    candidates = dependents(root, (NSUBJ, NSUBJ_PASS))
    # a title line glued to the first sentence, or a subject under a predicative: any subject
    subjects = (sent.doc[i] for i in range(sent.start, sent.end) if deps[i] in (NSUBJ, NSUBJ_PASS))
    candidates += [t for t in subjects if t.head.dep_ not in (ACL_RELCL, ACL, CCOMP, ADVCL)]
    for c in candidates:
        arg = ctx.entity(c)
        if arg is not None and ctx.category.get(arg.entity) == PER:
            ctx.topic = arg
            return


TOPIC_SPAN = 2
"""Sentences in a row that neither name the discourse topic nor use it for a dropped or pronoun
subject, after which the topic is *stale*: an open relation (``rel:…``) it would be the subject
of is dropped (a subjectless verb paragraphs after a person was named is seldom about that
person in news text: a caption, a heading, a first-person quote); mapped relations still take
it (``Viveu em Paris``, ``sua irmã, Lee``: biographies keep their topic longer)."""


def _stale_topic_guess(f: Found, idle: int) -> bool:
    """Whether ``f`` is an open relation whose recovered subject is a topic unused for
    :data:`TOPIC_SPAN` sentences (``idle`` before this one)."""
    return idle >= TOPIC_SPAN and f.rule.startswith(OPEN_PREFIX) and f.rule.endswith(TOPIC_SUFFIXES)


def _idle_topic(sent: Span, ctx: Context, kept: list[Found], idle: int) -> int:
    """Sentences in a row, this one included, that neither named the discourse topic nor used
    it (``kept``: the sentence's relations kept; ``idle``: the count before it)."""
    topic = ctx.topic
    if topic is None:
        return 0
    used = any(topic.entity in (f.subject.entity, f.object.entity) and f.rule.endswith(TOPIC_SUFFIXES) for f in kept)
    if used or any(m[2] == topic.entity for m in ctx.mentions_in(sent.start_char, sent.end_char)):
        return 0
    return idle + 1


def _sentences(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return list(doc.sents)
    return [doc[:]]


def sentence_relations(sent: Span, ctx: Context, features: TokenFeatures | None = None) -> list[Found]:
    """Every rule over one sentence (on each token, the rules its features admit, see
    :mod:`.dispatch`; ``features`` of the whole doc, made here when not given)."""
    doc = sent.doc
    if features is None:
        features = TokenFeatures(doc, ctx.mention_starts)
    if not ctx.may_name(sent, features.pos):
        return []  # no token of it can name an entity: no rule has two arguments here
    found: list[Found] = []
    admitted = features.admitted
    for i in range(sent.start, sent.end):
        rules = admitted[i]
        if rules:
            tok = doc[i]
            for rule in rules:
                found.extend(rule(tok, ctx))
    return found


def extract_relations(doc: Doc, mapping: RelationMapping) -> tuple[tuple[Relation, ...], tuple[Quotation, ...]]:
    """All relations and quotations of a parsed doc, in a deterministic order."""
    if not doc.has_annotation("DEP"):
        return (), ()
    ctx = Context(doc, mapping)
    relations: dict[tuple, Relation] = {}
    quotes: list[tuple[tuple, Quotation]] = []
    prev: Span | None = None
    features = TokenFeatures(doc, ctx.mention_starts)
    named = named_entities(doc._.get(ENTITIES) or () if doc.has_extension(ENTITIES) else (), mapping)
    idle = 0  # sentences in a row that neither named the discourse topic nor used it
    attributions = attribution_heads(doc, mapping.attribution)
    for sent in _sentences(doc):
        kept = [f for f in sentence_relations(sent, ctx, features) if plausible(f, ctx, named) and not _stale_topic_guess(f, idle)]
        used = kept  # a dropped guess still uses the topic (``_idle_topic``)
        kept = [f for f in kept if not guessed_copula_open(f) and not _says_nothing(f, ctx)]
        for f in kept:
            ev = _evidence(ctx, sent, f.trigger, f.subject, f.object)
            rel = Relation(
                subject=f.subject.entity,
                predicate=f.predicate,
                object=f.object.entity,
                evidence=ev,
                rule=f.rule,
                confidence=f.confidence,
                polarity=f.polarity and not (negated_conjunct(f.subject, f.object, ctx) or negated_conjunct(f.object, f.subject, ctx)),
                modality=PROBABLE if f.modality == ASSERTED and _unsure(f, ctx) else f.modality,
                time=f.time,
                place=f.place,
            )
            key = (ev.sentence_start, rel.subject, rel.predicate, rel.object, rel.polarity, rel.modality)
            old = relations.get(key)
            if old is None or (rel.confidence, -ev.trigger_start) > (old.confidence, -old.evidence.trigger_start):
                relations[key] = rel
        seen = set()
        for q in quotations(sent, ctx, prev, features.pos) + attribution_quotations(sent, ctx, features.dep, attributions):
            if (q.author.entity, q.start) in seen:
                continue
            seen.add((q.author.entity, q.start))
            ev = _evidence(ctx, sent, q.trigger, q.author, None)
            ev = replace(ev, object_start=q.start, object_end=q.end)
            if q.sentence_start >= 0:
                ev = replace(ev, sentence_start=q.sentence_start, sentence=ctx.text[q.sentence_start : ev.sentence_end])
            quotes.append(((ev.sentence_start, q.start, q.author.entity), Quotation("", q.author.entity, q.text, ev, q.time, q.rule, q.confidence)))
        _update_topic(sent, ctx, features.dep)
        idle = _idle_topic(sent, ctx, used, idle)
        prev = sent
    ordered = sorted(relations.values(), key=relation_order)
    quotes.sort(key=lambda kq: kq[0])
    qs = tuple(replace(q, id=f"q{i}") for i, (_, q) in enumerate(quotes))
    return tuple(ordered), qs


UNSTATED = (HYPOTHETICAL, OBLIGATION)
"""Modalities of a clause that states no fact: a condition's consequence, a purpose, a wish, a
threat, a question, what may or must be done."""


def _says_nothing(f: Found, ctx: Context) -> bool:
    """Whether ``f`` is an open relation (``rel:…``) that is no statement (issue 20, P52e): its
    clause states no fact (modality in :data:`UNSTATED`: ``Julian Lennon ameaça processar Yoko
    Ono``, ``Arafat deveria chegar ao Egito``, ``o plano seria levado a Damasco pelo secretário``),
    or the rules doubt it for a reason under which nearly none is right: a light verb
    (:func:`light_open`), a verb of what happens with no event for subject (:func:`happening_open`),
    a speech verb's listener, paper or place (:func:`speech_open`), an empty
    noun (:func:`empty_noun_open`), a ``com`` phrase set before the clause
    (:func:`fronted_company_open`), a kin noun's other preposition than ``de``
    (:func:`kin_noun_open`), a noun's ``como`` of examples (:func:`example_noun_open`; both P58c),
    a noun of a body with a person for subject (:func:`body_noun_open`), a noun's ``em`` to a
    person (:func:`person_in_open`; both P61e). Until P52e they were ``probable`` statements; on P52e's
    MAC-MORPHO and Wikipedia slices 3 of 74 such were right. A mapped relation keeps its
    modality (``Lenin poderia ter nascido em Simbirsk``), and the other doubts stay
    :func:`_unsure`."""
    if not f.rule.startswith(OPEN_PREFIX):
        return False
    if f.modality in UNSTATED:
        return True
    lemma = ctx.lemma(f.trigger)
    mapping = ctx.mapping
    return (
        light_open(f, lemma, mapping.light_verbs)
        or happening_open(f, lemma, mapping.happening_verbs, ctx.category.get(f.subject.entity, ""))
        or speech_open(f, lemma, mapping.speech)
        or empty_noun_open(f, mapping.empty_nouns)
        or fronted_company_open(f)
        or kin_noun_open(f, mapping.kin_noun)
        or example_noun_open(f)
        or body_noun_open(f, ctx.category.get(f.subject.entity, ""), entity_words().name_heads, ctx.text)
        or person_in_open(f, ctx.category.get(f.object.entity, ""))
    )


def _unsure(f: Found, ctx: Context) -> bool:
    """Whether ``f`` is kept only as a probable statement (:func:`guessed_open`,
    :func:`broken_open`, :func:`titled_open`, :func:`act_noun_open`, :func:`act_place_open`,
    :func:`beside_open`; read from a question, :func:`~.syntax.asked`). What
    :func:`_says_nothing` drops never gets here."""
    lemma = ctx.lemma(f.trigger)
    trigger = f.trigger
    return (
        asked(ctx.text, (trigger.idx + len(trigger.text), f.subject.end, f.object.end), ctx.sentence(trigger).end_char)
        or guessed_open(f)
        or broken_open(f, lemma, ctx.mapping.knows_verb)
        or titled_open(f)
        or act_noun_open(f, ctx.category.get(f.subject.entity, ""), ctx.mapping.act_noun_endings)
        or act_place_open(f, ctx.category.get(f.object.entity, ""))
        or beside_open(f)
    )


def relation_order(r: Relation) -> tuple:
    """The order of a document's relations: by sentence, trigger, subject and object position,
    then predicate and rule."""
    return (
        r.evidence.sentence_start,
        r.evidence.trigger_start,
        r.evidence.subject_start,
        r.evidence.object_start,
        r.predicate,
        r.rule,
    )
