"""The ``teia_events`` component: events with their type, participants, place and time.

:func:`find_events` is a pure function of a processed ``Doc`` (it reads ``doc.ents``, the local
entities of ``doc._.teia_entities`` and the time expressions of ``doc._.teia_times``) and
returns :class:`~teia.extract.records.Event` records; the component stores them on
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
  a subject takes the named subject of a previous sentence (:func:`_previous_subject`);
  frequent verbs (:data:`_NEEDS_TIME`) make an event only when dated.

Participants are also read from the verb governing an event (``X lançou a ofensiva``,
:func:`_governor_roles`); events that are only expected or planned (``esperavam que ...``)
are skipped. The time of an event is the calendar expression of the same sentence nearest to
the trigger and not separated from it by another clause (within :data:`MAX_TIME_DISTANCE`
tokens for named events, which are often mentioned in passing); of two nested times the finer
wins. Rules work on token text and, when the model provides them, lemmas, POS, morphology and
dependencies. ``docs/entities.md`` (section *Events*) describes every rule with examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from teia.extract.entities import ENTITIES, EntityIndex, doc_id_of, entity_index
from teia.extract.gazetteer import fold
from teia.extract.labels import (
    ACL,
    ACL_RELCL,
    APPOS,
    AUX_PASS,
    CONCEPT,
    CONJ,
    EVENT,
    FLAT_NAME,
    LOC,
    NMOD,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    OBL_AGENT,
    ORG,
    PER,
    XCOMP,
    normalize_category,
)
from teia.extract.records import Event, Evidence, Participant, TimeExpression

__all__ = ["find_events", "event_type_of_name", "EXTENSION", "NOUN_TRIGGERS", "VERB_TRIGGERS"]

EXTENSION = "teia_events"
Doc.set_extension(EXTENSION, default=None, force=True)

MAX_TIME_DISTANCE = 12
"""Tokens after a named event within which a time expression may date it."""
MAX_TIME_BEFORE = 5
"""Tokens before a named event within which a time expression may date it."""

AGENT, DEFEATED, PATIENT, PARTICIPANT = "agent", "defeated", "patient", "participant"

# Event class by the head word of an event name or a trigger noun (folded, singular).
_TYPE_BY_WORD = {
    "batalha": "Battle",
    "combate": "Battle",
    "ofensiva": "Battle",
    "contraofensiva": "Battle",
    "contra-ofensiva": "Battle",
    "cerco": "Battle",
    "derrota": "Battle",
    "vitoria": "Battle",
    "milagre": "Battle",
    "guerra": "MilitaryConflict",
    "conflito": "MilitaryConflict",
    "invasao": "MilitaryConflict",
    "intervencao": "MilitaryConflict",
    "revolucao": "Revolution",
    "insurreicao": "Revolution",
    "levante": "Revolution",
    "revolta": "Revolution",
    "tomada": "Revolution",
    "tratado": "Treaty",
    "paz": "Treaty",
    "armisticio": "Treaty",
    "acordo": "Treaty",
    "assinatura": "Treaty",
    "fundacao": "Founding",
    "criacao": "Founding",
    "golpe": "Event",
    "congresso": "Event",
    "conferencia": "Event",
    "conspiracao": "Event",
    "complo": "Event",
}

NOUN_TRIGGERS: dict[str, tuple[str, str]] = {
    # noun: (event type, role of the first "de" complement)
    "batalha": ("Battle", PARTICIPANT),
    "combate": ("Battle", PARTICIPANT),
    "ofensiva": ("Battle", AGENT),
    "contraofensiva": ("Battle", AGENT),
    "cerco": ("Battle", PATIENT),
    "derrota": ("Battle", DEFEATED),
    "vitoria": ("Battle", AGENT),
    "guerra": ("MilitaryConflict", PARTICIPANT),
    "invasao": ("MilitaryConflict", PATIENT),
    "revolucao": ("Revolution", PARTICIPANT),
    "insurreicao": ("Revolution", PARTICIPANT),
    "golpe": ("Event", PARTICIPANT),
    "tratado": ("Treaty", PARTICIPANT),
    "armisticio": ("Treaty", PARTICIPANT),
    "assinatura": ("Treaty", PATIENT),
    "fundacao": ("Founding", PATIENT),
    "criacao": ("Founding", PATIENT),
    "tomada": ("Revolution", PATIENT),
    "avanco": ("Battle", AGENT),
    "contra-ataque": ("Battle", AGENT),
    "contra-ofensiva": ("Battle", AGENT),
    "morte": ("Event", PATIENT),
    "prisao": ("Event", PATIENT),
    "detencao": ("Event", PATIENT),
    "execucao": ("Event", PATIENT),
    "assassinato": ("Event", PATIENT),
    "eleicao": ("Event", PATIENT),
    "congresso": ("Event", PARTICIPANT),
    "conferencia": ("Event", PARTICIPANT),
    "conspiracao": ("Event", PARTICIPANT),
    "complo": ("Event", PARTICIPANT),
    "atentado": ("Event", PARTICIPANT),
    "chegada": ("Event", AGENT),
    "regresso": ("Event", AGENT),
    "retorno": ("Event", AGENT),
}
"""Trigger nouns (folded lemma) → (event class, role of the ``de`` complement)."""

_PLURALS = {"congressos": "congresso", "conspiracoes": "conspiracao", "eleicoes": "eleicao", "prisoes": "prisao",
            "batalhas": "batalha", "guerras": "guerra", "derrotas": "derrota", "vitorias": "vitoria",
            "ofensivas": "ofensiva", "revolucoes": "revolucao", "cercos": "cerco",
            "combates": "combate", "golpes": "golpe", "invasoes": "invasao", "armisticios": "armisticio",
            "contraataque": "contra-ataque", "avancos": "avanco"}

_CONTRA_ROLE = {"conspiracao": PATIENT, "complo": PATIENT, "atentado": PATIENT, "golpe": PATIENT}
"""Triggers whose ``contra`` complement is the target (``complô contra o czar``), not a side."""
_MOVEMENT_NOUNS = frozenset({"chegada", "regresso", "retorno"})
"""Triggers whose ``a`` complement is the destination (``chegada de X a Varsóvia``)."""

BARE_TRIGGERS = frozenset({"armisticio", "golpe", "insurreicao", "tratado"})
"""Trigger nouns that make an event without any argument when their sentence is dated
(``em outubro foi assinado um armistício``); others (``a guerra``) refer back to a named event."""

VERB_TRIGGERS: dict[str, tuple[str, str]] = {
    # lemma: (event type, role of the object)
    "derrotar": ("Battle", DEFEATED),
    "vencer": ("Battle", DEFEATED),
    "invadir": ("MilitaryConflict", PATIENT),
    "fundar": ("Founding", PATIENT),
    "assinar": ("Treaty", PATIENT),
    "tomar": ("Battle", PATIENT),
    "ocupar": ("Battle", PATIENT),
    "atacar": ("Battle", PATIENT),
    "avancar": ("Battle", PATIENT),
    "romper": ("Battle", PATIENT),
    "morrer": ("Event", PATIENT),
    "falecer": ("Event", PATIENT),
    "prender": ("Event", PATIENT),
    "executar": ("Event", PATIENT),
    "assassinar": ("Event", PATIENT),
    "chegar": ("Event", PATIENT),
    "voltar": ("Event", PATIENT),
    "regressar": ("Event", PATIENT),
    "retornar": ("Event", PATIENT),
    "receber": ("Event", PATIENT),
    "assumir": ("Event", PATIENT),
    "adotar": ("Event", PATIENT),
    "introduzir": ("Event", PATIENT),
    "instituir": ("Event", PATIENT),
    "implantar": ("Event", PATIENT),
    "implementar": ("Event", PATIENT),
    "decretar": ("Event", PATIENT),
    "defender": ("Event", PATIENT),
    "propor": ("Event", PATIENT),
}
"""Trigger verbs (lemma) → (event class, role of the object); the subject is the agent."""
_POLICY_VERBS = frozenset({"adotar", "introduzir", "instituir", "implantar", "implementar", "decretar", "defender", "propor"})
"""Verbs that make an event (the adoption of a policy) only with a concept as object (``adotou
o comunismo de guerra``); :data:`_ADVOCACY_VERBS` only with a policy, named by
:data:`_POLICY_NOUNS` (``defendeu a Nova Política Econômica``, not ``defendeu o marxismo``)."""
_ADVOCACY_VERBS = frozenset({"defender", "propor"})
_POLICY_NOUNS = frozenset({"politica", "plano", "programa", "reforma", "lei", "decreto", "constituicao", "codigo"})
_PLACE_OBJECT_VERBS = frozenset({"tomar", "ocupar"})
"""Verbs that make an event only when their object is a place (``tomou Vilna``, not ``tomou o poder``)."""
_INTRANSITIVE = frozenset({"morrer", "falecer"})
"""Verbs whose subject is the patient."""
_MOVEMENT_VERBS = frozenset({"chegar", "voltar", "regressar", "retornar", "avancar"})
"""Verbs whose subject is the agent and whose object or ``a``/``em``/``por`` complement is a place,
never a participant; ``chegar``/``voltar``... make an event only with a place (``voltou a
Petrogrado``, not ``voltou ao poder``)."""
_OBJECT_NOUNS: dict[str, dict[str, str]] = {
    "receber": {"comando": AGENT, "chefia": AGENT, "titulo": PATIENT, "poder": AGENT, "presidencia": AGENT},
    "assumir": {"comando": AGENT, "chefia": AGENT, "poder": AGENT, "presidencia": AGENT, "direcao": AGENT,
                "lideranca": AGENT, "governo": AGENT},
    "romper": {"frente": AGENT, "linha": AGENT, "cerco": AGENT, "defesa": AGENT},
}
"""Verbs that make an event only with one of these object nouns (``recebeu o comando``,
``rompeu a frente``; not ``recebeu uma carta``), with the role of the subject."""
_ALL_OBJECT_NOUNS = frozenset(n for nouns in _OBJECT_NOUNS.values() for n in nouns)
_NEEDS_TIME = frozenset({"chegar", "voltar", "regressar", "retornar", "avancar", "atacar", "receber", "assumir", "romper"}) | _POLICY_VERBS
"""Frequent verbs that make an event only when a calendar expression of the sentence dates them."""

_IRREGULAR = {"preso": "prender", "presa": "prender", "presos": "prender", "presas": "prender",
              "prendeu": "prender", "prenderam": "prender"}
"""Irregular participles and forms recognized without a lemmatizer."""
# inflected forms recognized without a lemmatizer (blank pipeline)
_VERB_STEMS = (("derrot", "derrotar"), ("venc", "vencer"), ("invad", "invadir"), ("fund", "fundar"), ("assin", "assinar"),
               ("tom", "tomar"), ("ocup", "ocupar"), ("morr", "morrer"), ("falec", "falecer"), ("cheg", "chegar"),
               ("volt", "voltar"), ("regress", "regressar"), ("retorn", "retornar"), ("avanc", "avancar"),
               ("atac", "atacar"), ("romp", "romper"), ("receb", "receber"), ("assum", "assumir"),
               ("execut", "executar"), ("assassin", "assassinar"), ("adot", "adotar"), ("defend", "defender"),
               ("implant", "implantar"), ("decret", "decretar"))
_VERB_ENDINGS = ("ou", "aram", "ado", "ada", "ados", "adas", "a", "am", "ava", "avam", "eu", "eram", "ido", "ida",
                 "idos", "idas", "iu", "iram", "ou-se", "aram-se", "ara", "era", "ira", "ia", "iam")

_DETERMINERS = frozenset("a o as os da do das dos na no nas nos à ao às aos uma um sua seu suas seus pela pelo esta este essa esse".split())
_DE = frozenset({"de", "do", "da", "dos", "das"})
_PLACE_PREPS = frozenset({"em", "no", "na", "nos", "nas", "junto", "perto", "diante", "sobre"})
_POR = frozenset({"por", "pelo", "pela", "pelos", "pelas"})
_STOP = frozenset({".", ";", ":", "!", "?", "(", ")", "«", "»", "—"})
_CLAUSE_WORDS = frozenset({"que", "quando", "onde", "porque", "enquanto", "mas", "porém", "embora", "se"})
_MAX_SPAN = 14
_MAX_FREE = 2
"""Tokens that are neither a preposition nor an entity allowed in a row inside a trigger phrase
(``a contraofensiva polonesa junto a Varsóvia``)."""

# without POS tags: frequent verb forms that end a noun phrase
_VERB_WORDS = frozenset(
    "é foi foram era eram será seria são fora tinha tinham tem têm teve tiveram há houve havia está estava "
    "estavam ficou ficaram pôs deu fez durou começou terminou acabou".split()
)


def _verb_like(tok: Token) -> bool:
    """A verb (POS when present; else a few forms and endings: ``-ou``, ``-aram``, ``-se``)."""
    if tok.pos_:  # a tagged token (Doc.has_annotation would scan the doc for every token)
        return tok.pos_ in ("VERB", "AUX")
    low = tok.lower_
    if low in _VERB_WORDS or low.endswith(("-se", "-no", "-na", "-nos", "-nas", "-lhe")):
        return True
    return tok.text.islower() and len(low) > 4 and low.endswith(("ou", "aram", "eram", "iram", "ava", "avam"))


def _line_wrap(tok: Token) -> bool:
    """A single line break inside a sentence (hard-wrapped text), not a paragraph break."""
    return tok.is_space and tok.text.count("\n") == 1 and tok.i > 0 and not _ends_sentence(tok.doc[tok.i - 1])


def _stop(tok: Token) -> bool:
    if _line_wrap(tok):
        return False
    return tok.text in _STOP or tok.is_space or "\n" in tok.text or tok.lower_ in _CLAUSE_WORDS


def event_type_of_name(name: str) -> str:
    """The event class suggested by an event name's head word (``Batalha de Varsóvia`` → Battle,
    ``Primeira Guerra Mundial`` → MilitaryConflict); ``Event`` when no word tells."""
    for w in fold(name).replace("-", " ").split()[:4]:
        w = _PLURALS.get(w, w)
        if w in _TYPE_BY_WORD:
            return _TYPE_BY_WORD[w]
        if w in _DE:
            break
    return "Event"


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_ or tok.text
    word = fold(lemma)
    return _PLURALS.get(word, word)


def _verb_lemma(tok: Token) -> str:
    if tok.lemma_:
        lemma = fold(tok.lemma_)
        if tok.pos_ and tok.pos_ not in ("VERB", "AUX", "ADJ"):
            return ""
        if lemma in VERB_TRIGGERS:
            return lemma
        if tok.pos_ != "VERB":
            return ""
        # a verb the lemmatizer got wrong ("recebera" → "receberar"): read the inflected form
    word = fold(tok.text)
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in _DETERMINERS:
        return ""  # "a derrota", "da fundação": a noun
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for stem, lemma in _VERB_STEMS:
        if word.startswith(stem) and word[len(stem):] in _VERB_ENDINGS:
            if word in ("funda", "fundo", "fundos", "volta", "voltas", "tomo", "tomos"):
                return ""  # nouns: "o fundo", "em volta de", "o primeiro tomo"
            return lemma
    return ""


@dataclass
class _Ctx:
    doc: Doc
    index: EntityIndex
    ents: list[Span]
    times: list[TimeExpression]
    doc_id: str

    def ent_at(self, i: int) -> Span | None:
        for e in self.ents:
            if e.start <= i < e.end:
                return e
        return None

    def ent_starting(self, i: int) -> Span | None:
        for e in self.ents:
            if e.start == i:
                return e
        return None


def _category(span: Span) -> str:
    return normalize_category(span.label_)


_SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";"})


def _ends_sentence(tok: Token) -> bool:
    return tok.text in _SENTENCE_END or "\n" in tok.text or "\n" in tok.whitespace_


def _sentence(doc: Doc, tok: Token) -> Span:
    """The sentence of a token; parser sentences that do not end with punctuation or a line break
    are joined to the next one (a sentence split inside ``aprovada em 1924 pelo Segundo
    Congresso``)."""
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return doc[:]
    sent = tok.sent
    start, end = sent.start, sent.end
    while start > 0 and not _ends_sentence(doc[start - 1]):
        start = doc[start - 1].sent.start
    while end < len(doc) and not _ends_sentence(doc[end - 1]):
        end = doc[end].sent.end
    return doc[start:end]


def _token_distance(ctx: _Ctx, t: TimeExpression, anchor: Span) -> tuple[int, bool]:
    """Tokens between a time expression and an anchor span, and whether the time comes after it."""
    if t.start_char >= anchor.end_char:
        gap = ctx.doc.char_span(anchor.end_char, t.start_char, alignment_mode="expand")
        return (len(gap) if gap is not None else 0), True
    if t.end_char <= anchor.start_char:
        gap = ctx.doc.char_span(t.end_char, anchor.start_char, alignment_mode="expand")
        return (len(gap) if gap is not None else 0), False
    return 0, True


_BOUNDARY_WORDS = frozenset({"que", "onde", "quando", "enquanto", "porque", "embora", "mas"})


def _clause_between(ctx: _Ctx, t: TimeExpression, anchor: Span) -> bool:
    """A relative or adverbial clause (or a ``;``) separates the time from the event."""
    lo, hi = (anchor.end_char, t.start_char) if t.start_char >= anchor.end_char else (t.end_char, anchor.start_char)
    if ctx.doc.has_annotation("DEP"):
        tspan = ctx.doc.char_span(t.start_char, t.end_char, alignment_mode="expand")
        tv = _governing_verb(tspan) if tspan is not None else None
        if (
            tv is not None
            and tv.dep_ in (ACL, ACL_RELCL)
            and tv != _governing_verb(anchor)
            and not anchor.start <= tv.head.i < anchor.end  # "a Batalha de Varsóvia, travada em agosto"
            and not (tv.i == anchor.end + 1 and ctx.doc[anchor.end].text == ",")
            and not any(tv.left_edge.i <= k <= tv.right_edge.i for k in (anchor.start, anchor.end - 1))
        ):
            return True  # "o general, que recebera esse título em 1920, venceu": the time of the relative clause
        if tv is not None and tv.dep_ == ACL_RELCL and anchor.start <= tv.head.i < anchor.end and _relative_subject(tv):
            return False  # "a insurreição que, em outubro, deu o poder...": the event's own relative clause
    gap = ctx.doc.char_span(lo, hi, alignment_mode="contract") if hi > lo else None
    if gap is None:
        return False
    for k, tok in enumerate(gap):
        if tok.lower_ in _BOUNDARY_WORDS or tok.text == ";":
            return True
        subjects = [c.i for c in tok.children if c.dep_ in (NSUBJ, NSUBJ_PASS)] if tok.pos_ == "VERB" else []
        if (
            subjects
            and "Fin" in tok.morph.get("VerbForm")
            and not any(anchor.start <= i < anchor.end for i in subjects)
            and _governing_verb(anchor) != tok
        ):
            return True  # "a Hungria, derrotada na guerra, o governo entregou o poder em março": another clause
        if tok.text == "," and k + 1 < len(gap) and gap[k + 1].lower_ in ("e", "mas", "porém"):
            if gap[k + 1].lower_ == "porém" and k + 2 < len(gap) and gap[k + 2].text == ",":
                continue  # "Em agosto, porém, a contraofensiva...": a parenthetical conjunction
            return True  # ", e em outubro foi assinado um armistício": a new clause
    return False


_IRREALIS_VERBS = frozenset({"esperar", "acreditar", "crer", "temer", "sonhar", "desejar", "querer", "planejar",
                             "pretender", "prever", "recear", "imaginar"})
_IRREALIS_NOUNS = frozenset({"sonho", "esperanca", "projeto", "plano", "ameaca", "medo", "receio", "possibilidade"})
"""Words under which an event is expected, feared or planned, not told (``esperavam que a queda
da cidade abrisse caminho para a revolução na Alemanha``, ``o sonho de levar a revolução``)."""


def _irrealis(tok: Token) -> bool:
    """The trigger depends on a verb or noun of expectation, fear or planning (needs a parse)."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return False
        t = t.head
        lemma = fold(t.lemma_ or t.text)
        if (t.pos_ == "VERB" and lemma in _IRREALIS_VERBS) or (t.pos_ == "NOUN" and lemma in _IRREALIS_NOUNS):
            return True
    return False


_NOMINAL_DEPS = frozenset({OBJ, OBL, NSUBJ, NSUBJ_PASS, NMOD, APPOS, "iobj", OBL_AGENT})


def _relative_subject(verb: Token) -> bool:
    """The verb of a relative clause whose subject is the relative pronoun (the antecedent acts)."""
    return any(c.dep_ in (NSUBJ, NSUBJ_PASS) and c.lower_ in _REL_PRONOUNS for c in verb.children)


def _relative_clause_parties(ctx: _Ctx, tok: Token) -> list[tuple[Span, str]]:
    """People and organizations a relative clause about the event names as its objects (``a
    insurreição que, em outubro, deu o poder aos bolcheviques`` → bolcheviques participant)."""
    if not ctx.doc.has_annotation("DEP"):
        return []
    out = []
    for rel in tok.children:
        if rel.dep_ != ACL_RELCL or not _relative_subject(rel):
            continue
        for c in rel.children:
            if c.dep_ in (OBJ, "iobj", OBL):
                e = _entity_of_head(ctx, c)
                if e is not None and _category(e) in (PER, ORG):
                    out.append((e, PARTICIPANT))
    return out


def _governing_verb(span: Span) -> Token | None:
    """The verb a trigger is (or belongs to): ``golpe`` in ``voltou ao poder por meio de um golpe`` → ``voltou``."""
    t = span.root
    for _ in range(8):
        if t.pos_ == "VERB" and t.dep_ not in _NOMINAL_DEPS:  # "participou de um complô" (complô tagged VERB)
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


@dataclass
class _Candidate:
    pos: int
    event: Event
    anchor: Span
    sent: Span
    max_before: int | None = None
    max_after: int | None = None
    bare: bool = False  # an argument-less trigger: an event only when a time dates it


def _assign_times(ctx: _Ctx, cands: list[_Candidate]) -> list[Event]:
    """Each calendar expression dates the nearest event of its sentence (within its limits)."""
    best: dict[int, tuple[float, TimeExpression]] = {}
    for t in ctx.times:
        if t.kind != "date" or not (t.normalized and t.value):
            continue  # a vague "poucos dias depois" dates nothing
        scored = []
        for n, c in enumerate(cands):
            if not (c.sent.start_char <= t.start_char and t.end_char <= c.sent.end_char):
                continue
            d, after = _token_distance(ctx, t, c.anchor)
            limit = c.max_after if after else c.max_before
            if limit is not None and d > limit and not _dated_through_verb(ctx, t, c.anchor):
                continue
            if _clause_between(ctx, t, c.anchor):
                continue
            scored.append((d + (0 if after else 0.5), n))
        if not scored:
            continue
        d, n = min(scored)
        if n not in best or d < best[n][0] or _finer(t, best[n][1]):
            if n in best and _finer(best[n][1], t):
                continue
            best[n] = (d, t)
    return [replace(c.event, time=best[n][1]) if n in best else c.event for n, c in enumerate(cands)]


def _dated_through_verb(ctx: _Ctx, t: TimeExpression, anchor: Span) -> bool:
    """The time modifies the verb whose object the event is, a verb of taking part in it
    (:data:`_GOVERNOR_ROLES`): ``Nas semanas seguintes, os poloneses venceram também a batalha
    do rio Niemen`` dates the battle however far the name is from the time."""
    if not ctx.doc.has_annotation("DEP"):
        return False
    tspan = ctx.doc.char_span(t.start_char, t.end_char, alignment_mode="expand")
    if tspan is None:
        return False
    verb = anchor.root.head
    if anchor.root.dep_ != OBJ or verb.pos_ != "VERB" or fold(verb.lemma_) not in _GOVERNOR_ROLES:
        return False
    return tspan.root.head.i == verb.i and tspan.root.dep_ in (OBL, "advmod", NMOD)


def _bounds(t: TimeExpression) -> tuple[str, str]:
    lo, hi = t.start or t.value, t.end or t.value
    return lo + "0000-01-01"[len(lo):], hi + "9999-12-31"[len(hi):]


def _finer(a: TimeExpression, b: TimeExpression) -> bool:
    """``a`` lies strictly inside ``b`` (``no dia 10`` inside ``em novembro de 1918``): of two
    expressions dating the same event, the finer one wins."""
    if a.value.startswith("-") or b.value.startswith("-"):
        return False
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    return blo <= alo and ahi <= bhi and (alo, ahi) != (blo, bhi)
def _evidence(ctx: _Ctx, sent: Span, trigger: Span, subject: Span | None = None, obj: Span | None = None) -> Evidence:
    return Evidence(
        doc_id=ctx.doc_id,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        sentence=sent.text,
        trigger_start=trigger.start_char,
        trigger_end=trigger.end_char,
        subject_start=subject.start_char if subject is not None else -1,
        subject_end=subject.end_char if subject is not None else -1,
        object_start=obj.start_char if obj is not None else -1,
        object_end=obj.end_char if obj is not None else -1,
    )


@dataclass
class _Args:
    participants: list[tuple[Span, str]]
    place: Span | None
    end: int  # token index after the last complement read


def _complements(
    ctx: _Ctx,
    start: int,
    sent_end: int,
    de_role: str,
    type_: str,
    use_de: bool = True,
    contra_role: str | None = None,
    destination: bool = False,
) -> _Args:
    """Read the complements of a trigger phrase from token ``start`` (see the module docstring).

    ``contra_role`` is the role of a ``contra`` complement when it is not the opposite side
    (``complô contra o czar``: patient); with ``destination``, ``a``/``ao``/``à`` + place is the
    place (``chegada de Lenin a Petrogrado``)."""
    doc = ctx.doc
    parts: list[tuple[Span, str]] = []
    place: Span | None = None
    end = start
    i = start
    first_de = True
    free = 0
    while i < min(sent_end, start + _MAX_SPAN):
        tok = doc[i]
        if _line_wrap(tok):
            i += 1
            continue
        if _stop(tok):
            break
        if _verb_like(tok) and ctx.ent_at(i) is None:
            break
        prep, j = _preposition(doc, i, sent_end)
        if prep is None and destination and tok.lower_ in ("a", "ao", "à"):
            nxt = ctx.ent_starting(i + 1)
            if nxt is not None and _category(nxt) == LOC:
                prep, j = "place", i + 1
        if prep is None:
            if tok.text == "," and i + 1 < sent_end and _preposition(doc, i + 1, sent_end)[0] in ("place",):
                i += 1
                continue
            if tok.text == ",":
                break
            free += 1
            if free > _MAX_FREE:
                break
            i += 1
            continue
        if prep == "de" and not use_de:
            break
        # skip determiners / a common noun before the entity ("do rio Wkra", "da capital")
        k = j
        while (
            k < min(sent_end, j + 3)
            and ctx.ent_starting(k) is None
            and not _stop(doc[k])
            and doc[k].text != ","
            and not _verb_like(doc[k])
            and _preposition(doc, k, sent_end)[0] is None
        ):
            if ctx.ent_at(k) is not None:
                break
            k += 1
        ent = ctx.ent_starting(k)
        if ent is None or ctx.index.span(ent) is None:
            i = j
            continue
        cat = _category(ent)
        if cat == EVENT:
            i = ent.end
            continue
        if prep == "de":
            if cat == LOC and type_ not in ("Founding", "Treaty") and (
                not first_de or de_role == PARTICIPANT or (type_ in ("Battle", "Revolution") and de_role != DEFEATED)
            ):
                place = place or ent
            else:
                parts.append((ent, de_role if first_de else PARTICIPANT))
            first_de = False
        elif prep == "place":
            if cat == LOC:
                place = place or ent
            elif type_ == "Battle":
                parts.append((ent, DEFEATED if de_role == AGENT else PARTICIPANT))
        elif prep == "contra":
            parts.append((ent, contra_role or (DEFEATED if de_role == AGENT else PARTICIPANT)))
        elif prep == "com":
            if type_ in ("Treaty", "MilitaryConflict", "Battle", "Event") and cat in (PER, ORG, LOC):
                parts.append((ent, PARTICIPANT))  # "assinada com a Alemanha", "a guerra com a Polônia"
        elif prep == "por":
            if cat == LOC:
                place = place or ent  # "avançou pela Bielorrússia"
            else:
                parts.append((ent, AGENT))
        elif prep == "entre":
            parts.append((ent, PARTICIPANT))
            n = ent.end
            if n + 1 < sent_end and doc[n].lower_ == "e":
                other = ctx.ent_starting(n + 1) or (ctx.ent_starting(n + 2) if n + 2 < sent_end else None)
                if other is not None and ctx.index.span(other) is not None:
                    parts.append((other, PARTICIPANT))
                    ent = other
                else:  # "entre a Polônia e os Estados soviéticos": the label keeps the second side
                    end = i = _noun_phrase_end(doc, n + 1, sent_end, limit=4)
                    break
        end = ent.end
        i = ent.end
        free = 0
        while i < sent_end and doc[i].lower_ == "e" and i + 1 < sent_end:
            nxt = ctx.ent_starting(i + 1) or (ctx.ent_starting(i + 2) if i + 2 < sent_end and doc[i + 1].lower_ in ("o", "a", "os", "as") else None)
            if nxt is None or ctx.index.span(nxt) is None or _category(nxt) != cat:
                break
            if parts and parts[-1][0] == ent:
                parts.append((nxt, parts[-1][1]))
            end = i = nxt.end
            ent = nxt
    return _Args(parts, place, end)


def _preposition(doc: Doc, i: int, sent_end: int) -> tuple[str | None, int]:
    """The preposition starting at token ``i`` (its kind) and the index after it."""
    low = doc[i].lower_
    nxt = doc[i + 1].lower_ if i + 1 < sent_end else ""
    if low in _DE:
        return "de", i + 1
    if low in ("em", "no", "na", "nos", "nas"):
        return "place", i + 1
    if low in ("diante", "perto", "junto", "próximo", "proximo", "dentro", "fora") and nxt in _DE | {"a", "ao", "à", "aos", "às"}:
        return "place", i + 2
    if low in ("às", "as", "à", "a") and nxt == "portas" and i + 2 < sent_end and doc[i + 2].lower_ in _DE:
        return "place", i + 3
    if low == "sobre":
        return "contra", i + 1
    if low == "contra":
        return "contra", i + 1
    if low in _POR:
        return "por", i + 1
    if low == "com":
        return "com", i + 1
    if low == "entre":
        return "entre", i + 1
    return None, i


def _named_events(ctx: _Ctx) -> list[_Candidate]:
    out = []
    for ent in ctx.ents:
        if _category(ent) != EVENT:
            continue
        local = ctx.index.span(ent)
        if local is None:
            continue
        sent = _sentence(ctx.doc, ent[0])
        type_ = event_type_of_name(ent.text)
        start = ent.end
        # "o Congresso reuniu-se em Moscou", "a batalha foi travada em ...": read past the verb
        while start < min(sent.end, ent.end + 2) and _verb_like(ctx.doc[start]) and ctx.doc[start].lower_ not in _COPULA:
            start += 1
        if start < sent.end and start > ent.end and ctx.doc[start - 1].lower_ in _COPULA:
            start = ent.end
        if start == ent.end and start + 1 < sent.end and ctx.doc[start].text == "," and _is_participle(ctx.doc[start + 1]):
            start += 2  # "a paz de Brest-Litovsk, assinada com a Alemanha em março de 1918"
        args = _complements(ctx, start, sent.end, PARTICIPANT, type_, use_de=False)
        found = list(args.participants) + _opposed_sides(ctx, ent) + _governor_roles(ctx, ent.root)
        parts = _participants(ctx, found)
        words = fold(ent.text).split()
        if type_ == "Event" and not (set(words) & _DE) and set(words) & _ASSEMBLIES:
            # "o Segundo Congresso" in a text about an organization: its congress
            topic = _topic_organization(ctx, ent.start_char)
            if topic and topic not in {p.entity for p in parts}:
                parts = (*parts, Participant(topic, AGENT))
        place = (ctx.index.span(args.place) or "") if args.place is not None else ""
        if not place:
            place = _place_in_name(ctx, ent.text)
        event = Event(
            id="",
            type=type_,
            label=ent.text,
            evidence=_evidence(ctx, sent, ent),
            trigger=ent.text,
            entity=local,
            participants=parts,
            place=place,
            rule="named-event",
            confidence=0.9,
        )
        out.append(_Candidate(ent.start, event, ent, sent, MAX_TIME_BEFORE, MAX_TIME_DISTANCE))
    return out


_OPPOSE_VERBS = frozenset({"opor", "envolver", "confrontar"})
"""Verbs whose subject is a conflict and whose complements are its sides (``a guerra opôs a
Polônia à Rússia``)."""


def _opposed_sides(ctx: _Ctx, ent: Span) -> list[tuple[Span, str]]:
    """The sides of a named conflict that is the subject of ``opor``/``envolver``."""
    if not ctx.doc.has_annotation("DEP"):
        return []
    root = ent.root
    verb = root.head
    if root.dep_ != NSUBJ or fold(verb.lemma_) not in _OPPOSE_VERBS:
        return []
    out = []
    for c in verb.children:
        if c.dep_ not in (OBJ, OBL, "iobj"):
            continue
        for t in (c, *(x for x in c.children if x.dep_ == CONJ)):
            e = _entity_of_head(ctx, t)
            if e is not None and _category(e) in (PER, ORG, LOC):
                out.append((e, PARTICIPANT))
    if fold(verb.lemma_) == "opor":  # "opôs X, que ..., à Rússia": the second side, however parsed
        sent = _sentence(ctx.doc, verb)
        for k in range(verb.i + 1, sent.end - 1):
            if ctx.doc[k].lower_ in ("à", "ao", "às", "aos"):
                e = ctx.ent_starting(k + 1)
                if e is not None and _category(e) in (PER, ORG, LOC) and all(e != x for x, _ in out):
                    out.append((e, PARTICIPANT))
                    break
    return out


def _place_in_name(ctx: _Ctx, name: str) -> str:
    """A place of the document named inside an event name after ``de`` (``ofensiva de Kiev``)."""
    words = fold(name).split()
    for k, w in enumerate(words):
        if w not in _DE:
            continue
        rest = " ".join(words[k + 1 :])
        if rest.startswith(("rio ", "lago ", "monte ")):
            rest = rest.split(" ", 1)[1]
        for ent in getattr(ctx.doc._, ENTITIES) or ():
            if ent.type == LOC and any(fold(n) == rest for n in (ent.label, *ent.aliases)):
                return ent.id
    return ""


def _dedupe_named(events: list[Event]) -> list[Event]:
    """One record per named-event mention carrying information, and at least one per entity."""
    out, seen, keys = [], set(), set()
    for ev in events:
        if ev.rule != "named-event":
            out.append(ev)
            continue
        informative = bool(ev.participants or ev.place or ev.time)
        key = (ev.entity, ev.participants, ev.place, ev.time)
        if key in keys or (ev.entity in seen and not informative):
            continue
        seen.add(ev.entity)
        keys.add(key)
        out.append(ev)
    return out


def _participants(ctx: _Ctx, found: Iterable[tuple[Span, str]]) -> tuple[Participant, ...]:
    out: list[Participant] = []
    seen: set[str] = set()
    for span, role in found:
        eid = ctx.index.span(span)
        if eid is None or eid in seen:
            continue
        seen.add(eid)
        out.append(Participant(eid, role))
    return tuple(out)


_COPULA = frozenset({"foi", "é", "era", "fora", "seria", "será"})
_ARTICLE = frozenset({"a", "o", "uma", "um"})


def _copular_name(ctx: _Ctx, tok: Token) -> str:
    """``A Revolução de Outubro foi a tomada do poder...``: the named event the trigger describes."""
    i = tok.i
    if i < 3 or ctx.doc[i - 1].lower_ not in _ARTICLE or ctx.doc[i - 2].lower_ not in _COPULA:
        return ""
    ent = ctx.ent_at(i - 3)
    if ent is None or _category(ent) != EVENT:
        return ""
    return ctx.index.span(ent) or ""


_ASSEMBLIES = frozenset({"congresso", "conferencia", "assembleia", "reuniao"})
"""Meetings: ``congresso de fundação`` is one founding event, told by the assembly."""
_POSSESSIVES = frozenset({"sua", "seu", "suas", "seus"})


def _topic_organization(ctx: _Ctx, before: int) -> str:
    """The organization a passage is about: the organization (local entity) mentioned most often
    before character ``before``, when it is mentioned at least twice and more than any other."""
    counts = []
    for ent in getattr(ctx.doc._, ENTITIES) or ():
        if ent.type != ORG:
            continue
        n = sum(1 for m in ent.mentions if m.end <= before)
        if n:
            counts.append((n, ent.id))
    counts.sort(reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return ""
    return counts[0][1]


_MEANS = (("por", "meio", "de"), ("através", "de"), ("atraves", "de"), ("mediante",))


def _means_agent(ctx: _Ctx, tok: Token, sent: Span) -> Span | None:
    """``voltou ao poder por meio de um golpe``: the subject of the verb is the agent of the event."""
    doc = ctx.doc
    if not doc.has_annotation("DEP"):
        return None
    k = tok.i - 1
    while k >= sent.start and doc[k].lower_ in _DETERMINERS:
        k -= 1
    words = tuple(fold(doc[j].text) for j in range(max(sent.start, k - 2), k + 1))
    if not any(words[-len(m):] == tuple(fold(w) for w in m) for m in _MEANS):
        return None
    verb = tok.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        return None
    subj, explicit = _subject_of(ctx, verb)
    if subj is None and not explicit:
        subj = _previous_subject(ctx, _sentence(doc, verb))
    return subj if subj is not None and _category(subj) in (PER, ORG) else None


def _common_noun(tok: Token) -> bool:
    return tok.is_alpha and tok.pos_ in ("NOUN", "") and not tok.text[:1].isupper()


_OUTCOMES = frozenset({"derrota", "vitoria"})
"""Triggers whose side may be told by a gentilic adjective (``a derrota alemã``)."""
_GENTILIC = re.compile(r"(?:ês|esa|eses|esas|ão|ã|ães|ãs|ano|ana|anos|anas|ense|enses|eu|eia|eus|eias)$")
_GENTILIC_WORDS = frozenset({"russa", "russo", "russas", "russos", "turca", "turco", "grega", "grego", "sovietica",
                             "sovietico", "britanica", "britanico", "sueca", "sueco", "checa", "checo", "tcheca",
                             "tcheco", "belga", "suica", "suico", "servia", "servio", "persa"})
_NOT_GENTILIC = frozenset({"então", "cristã", "cristão", "pagã", "pagão", "sã", "vã", "vão", "mundana", "humana", "urbana",
                           "soberana", "cotidiana", "quotidiana", "plebeia", "europeia", "europeu"})


def _side_adjective(doc: Doc, tok: Token) -> Token | None:
    """A gentilic adjective right after an outcome trigger, naming its side (``a derrota alemã``,
    ``a vitória polonesa``); a lowercase adjective with a gentilic ending or a listed gentilic."""
    if tok.i + 1 >= len(doc):
        return None
    adj = doc[tok.i + 1]
    if not adj.is_alpha or not adj.text.islower() or (adj.pos_ and adj.pos_ not in ("ADJ", "NOUN")):
        return None
    low = adj.lower_
    if low in _NOT_GENTILIC:
        return None
    if fold(low) in _GENTILIC_WORDS or low in _GENTILIC_WORDS or _GENTILIC.search(low):
        return adj
    return None


def _category_of(ctx: _Ctx, eid: str) -> str:
    for ent in getattr(ctx.doc._, ENTITIES) or ():
        if ent.id == eid:
            return ent.type
    return ""


def _nominal_events(ctx: _Ctx) -> list[_Candidate]:
    doc = ctx.doc
    out = []
    consumed: set[int] = set()
    for tok in doc:
        word = _lemma(tok)
        if word not in NOUN_TRIGGERS or tok.i in consumed or ctx.ent_at(tok.i) is not None:
            continue
        after_article = tok.i > 0 and doc[tok.i - 1].lower_ in _DETERMINERS
        if tok.pos_ and tok.pos_ not in ("NOUN", "PROPN") and not (after_article and tok.pos_ in ("VERB", "ADJ")):
            continue  # "um complô" is a noun even when the tagger says VERB
        if word == "tomada" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _DE):
            continue
        if word == "golpe" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "de" and doc[tok.i + 2].lower_ == "estado":
            pass  # "golpe de Estado": a fixed phrase, Estado is no participant (handled below)
        sent = _sentence(doc, tok)
        if tok.text[:1].isupper():
            prev = doc[tok.i - 1] if tok.i > sent.start else None
            at_start = prev is None or prev.is_space or "\n" in prev.text or prev.lower_ in _ARTICLE and prev.i == sent.start
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if not at_start or (nxt is not None and nxt.text[:1].isupper() and ctx.ent_at(nxt.i) is None):
                continue  # part of a name ("Guerra Civil Russa", "Comissário da Guerra")
        if doc.has_annotation("DEP") and _irrealis(tok):
            continue
        if tok.i >= 2 and doc[tok.i - 1].lower_ == "de" and _common_noun(doc[tok.i - 2]):
            continue  # "prisioneiro de guerra", "campo de batalha": a kind of thing, not an event
        type_, de_role = NOUN_TRIGGERS[word]
        first = tok.i + 1
        if word == "golpe" and first + 1 < len(doc) and doc[first].lower_ == "de" and doc[first + 1].lower_ == "estado":
            first += 2
        if word in _ASSEMBLIES and first + 1 < sent.end and doc[first].lower_ in _DE:
            inner = _lemma(doc[first + 1])
            if inner in NOUN_TRIGGERS and NOUN_TRIGGERS[inner][0] == "Founding":
                type_, de_role = NOUN_TRIGGERS[inner]  # "o congresso de fundação": a founding
                consumed.add(first + 1)
                first += 2
        head_end = first
        # "os primeiros combates ocorreram em fevereiro de 1919, na Bielorrússia": past the verb
        if first < sent.end and _verb_like(doc[first]) and doc[first].lower_ not in _COPULA:
            nxt = first
            while nxt < min(sent.end, first + 2) and _verb_like(doc[nxt]):
                nxt += 1
            first = nxt
        args = _complements(
            ctx, first, sent.end, de_role, type_, contra_role=_CONTRA_ROLE.get(word), destination=word in _MOVEMENT_NOUNS
        )
        named = _copular_name(ctx, tok)
        parts = _participants(ctx, list(args.participants) + _governor_roles(ctx, tok) + _relative_clause_parties(ctx, tok))
        if not any(p.role == AGENT for p in parts):
            by = _means_agent(ctx, tok, sent)
            if by is not None and ctx.index.span(by) not in {p.entity for p in parts}:
                parts = (*parts, Participant(ctx.index.span(by), AGENT))
        if type_ == "Founding" and not any(p.role == PATIENT for p in parts) and not (
            head_end < sent.end and doc[head_end].lower_ in _DE
        ):
            # "o congresso de fundação", "a sua fundação": the organization the passage is about
            topic = _topic_organization(ctx, tok.idx)
            if topic and topic not in {p.entity for p in parts}:
                parts = (*parts, Participant(topic, PATIENT))
        place = ctx.index.span(args.place) if args.place is not None else None
        side = _side_adjective(doc, tok) if word in _OUTCOMES else None
        if side is not None and head_end == side.i:
            head_end = side.i + 1  # the label keeps it: "derrota alemã"
        if word in _OUTCOMES and place is None and (side is not None or parts) and all(
            _category_of(ctx, p.entity) == LOC for p in parts
        ):
            type_ = "Event"  # a nation's defeat or victory, told without a battlefield: the outcome of a war
        bare = not parts and place is None and not named and side is None
        if bare and (word not in BARE_TRIGGERS or tok.text[:1].isupper()):
            continue  # a bare "a guerra", "a batalha": anaphoric, left to the named events
        trigger = doc[tok.i : tok.i + 1]
        if first > head_end:  # complements read past a verb: the label is the noun phrase
            phrase = doc[tok.i : head_end]
        else:
            phrase = doc[tok.i : max(args.end if args.end > first else head_end, head_end)]
        subject = args.participants[0][0] if args.participants else None
        event = Event(
            id="",
            type=type_,
            label=_clean_label(phrase),
            evidence=_evidence(ctx, sent, trigger, subject, args.place),
            trigger=tok.text,
            entity=named,
            participants=parts,
            place=place or "",
            rule=f"noun:{word}",
            confidence=0.5 if bare else 0.7,
        )
        out.append(_Candidate(tok.i, event, phrase, sent, bare=bare))
    return out


_PERFECT_AUX = frozenset({"ter", "haver"})


def _passive(tok: Token) -> bool:
    doc = tok.doc
    if doc.has_annotation("DEP"):
        if any(c.dep_ == AUX_PASS or c.dep_ == NSUBJ_PASS for c in tok.children):
            return True
        if "Part" in tok.morph.get("VerbForm") and not any(
            c.dep_ == "aux" and fold(c.lemma_) in _PERFECT_AUX for c in tok.children
        ):
            return True  # "acabou assassinado", "a Hungria, derrotada na guerra": a participle is passive
    prev = [doc[k].lower_ for k in range(max(0, tok.i - 2), tok.i)]
    return _is_participle(tok) and any(w in ("foi", "foram", "era", "eram", "fora", "seria", "sido", "ser") for w in prev)


def _nearest_entity(ctx: _Ctx, sent: Span, start: int, step: int, limit: int = 8) -> Span | None:
    i = start
    n = 0
    while sent.start <= i < sent.end and n < limit:
        tok = ctx.doc[i]
        if tok.text in _STOP or (step < 0 and tok.text == ","):
            return None
        e = ctx.ent_at(i)
        if e is not None and ctx.index.span(e) is not None:
            return e
        if step > 0 and tok.pos_ == "VERB":
            return None
        if step > 0 and _preposition(ctx.doc, i, sent.end)[0] is not None:
            return None  # "morreu em Varsóvia": a complement, not the object
        i += step
        n += 1
    return None


_REL_PRONOUNS = frozenset({"que", "quem", "qual", "quais"})
_SUBJECT_LOOKBACK = 3
"""Sentences looked back for the subject of a verb without one (``Chegou a Varsóvia no dia 10``)."""
_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


def _is_participle(tok: Token) -> bool:
    forms = tok.morph.get("VerbForm")
    if forms:
        return "Part" in forms
    if tok.pos_ and tok.pos_ not in ("VERB", "AUX", "ADJ"):
        return False  # "a entrada", "a década": nouns
    return fold(tok.text).endswith(_PARTICIPLE_ENDINGS) or fold(tok.text) in ("preso", "presa", "presos", "presas")


def _subject_of(ctx: _Ctx, tok: Token) -> tuple[Span | None, bool]:
    """The entity that is the subject of a verb, climbing ``conj``/``xcomp`` to the verb whose
    subject it shares, and through a relative pronoun to its antecedent (``Piłsudski, que
    recebera...``); and whether the clause has an explicit subject at all (an entity or not)."""
    t = tok
    for _ in range(4):
        for c in t.children:
            if c.dep_ not in (NSUBJ, NSUBJ_PASS) or c.is_space or c.is_punct:
                continue  # a blank line the parser attached as a subject is none
            if c.lower_ in _REL_PRONOUNS and t.dep_.startswith(ACL) and t.head.i != t.i:
                # the antecedent, or the name in apposition to it ("o marechal Piłsudski, que ...")
                head = t.head
                e = _entity_of_head(ctx, head)
                if e is None:
                    e = next((x for x in (_entity_of_head(ctx, a) for a in head.children if a.dep_ in (APPOS, FLAT_NAME))
                              if x is not None), None)
                return e, True
            e = _entity_of_head(ctx, c)
            if e is None:  # "seu irmão, Alexandre Ulianov, foi ...": the name in apposition
                e = next((x for x in (_entity_of_head(ctx, a) for a in c.children if a.dep_ == APPOS) if x is not None), None)
            return e, True
        if t.head.i != t.i and (t.dep_ in (CONJ, XCOMP) or (t.dep_ == "advcl" and "Inf" in t.morph.get("VerbForm"))):
            t = t.head  # "X recusou-se ... e foi preso", "X aproximava-se depois de avançar"
            continue
        if t.dep_ == ACL_RELCL and t.head.i != t.i:
            # "X viveu em Gorki, onde morreu": a relative clause without a subject shares the
            # subject of the clause its antecedent belongs to
            v = t.head
            while v.pos_ != "VERB" and v.head.i != v.i:
                v = v.head
            if v.pos_ == "VERB" and v.i != t.i:
                t = v
                continue
        break
    return None, False


_GOVERNOR_ROLES = {
    "participar": PARTICIPANT, "envolver": PARTICIPANT, "assinar": PARTICIPANT,
    "lancar": AGENT, "iniciar": AGENT, "desencadear": AGENT, "vencer": AGENT, "ganhar": AGENT,
    "comandar": AGENT, "dirigir": AGENT, "liderar": AGENT, "organizar": AGENT, "convocar": AGENT,
    "presidir": AGENT, "perder": DEFEATED,
}
"""Verbs whose object is an event and whose subject takes part in it with this role (``X
lançou a ofensiva``, ``X participou de um complô``, ``X perdeu a batalha``)."""
_PREPOSITIONAL = frozenset({"participar", "envolver"})
"""Verbs of :data:`_GOVERNOR_ROLES` whose event is a ``de``/``em`` complement."""
_BEFORE_AN_AUDIENCE = frozenset({"perante", "ante"})


def _governor_roles(ctx: _Ctx, root: Token) -> list[tuple[Span, str]]:
    """Participants read from the verb an event noun or name depends on: the subject of
    ``lançar``/``participar de``... (:data:`_GOVERNOR_ROLES`), and the speaker of a verb said
    ``perante`` an assembly (``declarou Lenin perante o Oitavo Congresso``)."""
    if not ctx.doc.has_annotation("DEP"):
        return []
    head = root.head
    if head.i == root.i or head.pos_ != "VERB":
        return []
    role = None
    lemma = fold(head.lemma_)
    cases = {fold(c.text) for c in root.children if c.dep_ == "case"}
    if lemma in _GOVERNOR_ROLES and not _passive(head) and (
        root.dep_ == OBJ or (root.dep_ == OBL and lemma in _PREPOSITIONAL and cases & {"de", "em", "do", "da", "no", "na"})
    ):  # not "após a morte de Lenin, Trotsky perdeu a luta": a time adverbial
        role = _GOVERNOR_ROLES[lemma]
    elif root.dep_ == OBL and any(c.dep_ == "case" and c.lower_ in _BEFORE_AN_AUDIENCE for c in root.children):
        role = AGENT
    if role is None:
        return []
    subj, _ = _subject_of(ctx, head)
    if subj is None or _category(subj) not in (PER, ORG, LOC):
        return []
    return [(subj, role)]


def _previous_subject(ctx: _Ctx, sent: Span) -> Span | None:
    """The person or organization a clause without a subject is about: the entity subject of the
    main verb of one of the previous sentences (sentences whose subject is no entity, or that have
    none, are passed over; one whose subject is a place or an event ends the search)."""
    doc = ctx.doc
    if not doc.has_annotation("DEP"):
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


_FUNCTION_WORDS = _DETERMINERS | _DE | {"em", "e", "a", "ao", "à", "por", "para", "com", "depois", "antes", "então",
                                        "porém", "contudo", "ainda", "já", "não", "se", "também", "mais"}


def _subject_slot_empty(ctx: _Ctx, sent: Span, tok: Token) -> bool:
    """Without a parse: nothing before the verb in its sentence can be its subject (only
    function words, times, punctuation, verbs and participles: ``Em 1917, foi preso``)."""
    in_time = [(t.start_char, t.end_char) for t in ctx.times]
    for k in range(sent.start, tok.i):
        t = ctx.doc[k]
        if ctx.ent_at(k) is not None:
            return False
        if t.is_punct or t.is_space or t.like_num or t.lower_ in _FUNCTION_WORDS or _verb_like(t) or _is_participle(t):
            continue
        if any(a <= t.idx < b for a, b in in_time):
            continue
        return False  # a noun: "esse grupo atacou"
    return True


def _previous_subject_without_parse(ctx: _Ctx, sent: Span) -> Span | None:
    """:func:`_previous_subject` for a pipeline with sentences but no parse: the person or
    organization named before the first verb of one of the previous sentences."""
    doc = ctx.doc
    if not doc.has_annotation("SENT_START") or sent.start == 0:
        return None
    k, seen = sent.start - 1, 0
    while k >= 0 and seen < _SUBJECT_LOOKBACK:
        prev = doc[k].sent
        k = prev.start - 1
        verbs = [t.i for t in prev if _verb_like(t) and ctx.ent_at(t.i) is None]
        if not verbs:
            continue
        seen += 1
        for e in ctx.ents:
            if prev.start <= e.start and e.end <= verbs[0] and ctx.index.span(e) is not None:
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


def _object_noun(tok: Token) -> str:
    """The folded lemma of a verb's common-noun object (``recebeu o comando`` → ``comando``)."""
    doc = tok.doc
    if doc.has_annotation("DEP"):
        for c in tok.children:
            if c.dep_ in (OBJ, NSUBJ_PASS) and c.pos_ in ("NOUN", ""):
                return fold(c.lemma_ or c.text)
        return ""
    for k in range(tok.i + 1, min(len(doc), tok.i + 4)):
        low = doc[k].lower_
        if low in _DETERMINERS or low in ("esse", "este", "aquele", "essa", "esta", "aquela"):
            continue
        word = fold(low)
        return word[:-1] if word.endswith("s") and word[:-1] in _ALL_OBJECT_NOUNS else word  # "as linhas"
    return ""


def _verbal_events(ctx: _Ctx) -> list[_Candidate]:
    doc = ctx.doc
    out = []
    for tok in doc:
        lemma = _verb_lemma(tok)
        if not lemma or ctx.ent_at(tok.i) is not None:
            continue
        if doc.has_annotation("DEP") and _irrealis(tok):
            continue  # "queria tomar Kiev": planned, not told
        type_, obj_role = VERB_TRIGGERS[lemma]
        subj_role = AGENT
        if lemma in _OBJECT_NOUNS:
            noun = _object_noun(tok)
            if noun not in _OBJECT_NOUNS[lemma]:
                continue  # "recebeu uma carta", "rompeu o silêncio"
            subj_role = _OBJECT_NOUNS[lemma][noun]
        sent = _sentence(doc, tok)
        subj = obj = agent_by = place = None
        demo: Token | None = None  # a demonstrative subject ("esse grupo") resolved elsewhere
        passive = _passive(tok)
        has_subject = False
        if doc.has_annotation("DEP"):
            for c in tok.children:
                e = _entity_of_head(ctx, c)
                if e is None:
                    continue
                if c.dep_ == OBJ:
                    obj = obj or e
                elif c.dep_ == OBL_AGENT:
                    agent_by = agent_by or e
                elif c.dep_ == OBL and _category(e) == LOC:
                    place = place or e
            s, has_subject = _subject_of(ctx, tok)
            if s is None and has_subject and not passive:
                # "esse grupo atacou": the group a previous sentence named or introduced
                s, where = _demonstrative_subject(ctx, tok)
                place = place or where
                if s is not None:
                    demo = next(c for c in tok.children if c.dep_ == NSUBJ and not c.is_space)
            if s is not None:
                if passive:
                    obj = obj or s
                else:
                    subj = s
        apposed = _apposed_entity(ctx, tok) if not has_subject else None
        if apposed is not None:
            if _category(apposed) == EVENT:
                continue  # "a paz de Brest-Litovsk, assinada com a Alemanha": the named event reads it
            if passive or _is_participle(tok):
                obj, passive, has_subject = apposed, True, True
        no_parse_slot = not doc.has_annotation("DEP") and _subject_slot_empty(ctx, sent, tok)
        if not has_subject and (doc.has_annotation("DEP") or no_parse_slot) and (obj is None if passive else subj is None):
            implicit = _previous_subject(ctx, sent)
            if implicit is not None and implicit not in (obj, agent_by):
                if passive:
                    obj = implicit
                else:
                    subj = implicit
        if subj is None and obj is None and agent_by is None:
            before = _nearest_entity(ctx, sent, tok.i - 1, -1)
            after_i = tok.i + 1
            if after_i < sent.end and doc[after_i].lower_ in _POR and passive:
                agent_by = _nearest_entity(ctx, sent, after_i + 1, 1, 3)
                after = None
            else:
                after = _nearest_entity(ctx, sent, after_i, 1, 4)
            if passive:
                obj = before
                if agent_by is None:
                    args = _complements(ctx, tok.i + 1, sent.end, AGENT, type_)
                    agent_by = next((s for s, r in args.participants if r == AGENT), None)
                    place = place or args.place
            else:
                subj, obj = before, after
        agent = agent_by if passive else subj
        if lemma in _INTRANSITIVE:
            agent, obj = None, (obj or subj)
        if lemma in _MOVEMENT_VERBS:
            if obj is not None and _category(obj) == LOC:
                place = place or obj
            obj = None
            if place is None:
                args = _complements(ctx, tok.i + 1, sent.end, PARTICIPANT, type_, destination=True)
                place = args.place or next((s for s, _ in args.participants if _category(s) == LOC), None)
            if place is None and lemma != "avancar":
                continue  # "voltou ao poder": no journey
        if place is None:
            place = _where_antecedent(ctx, tok, sent)
        if lemma in _OBJECT_NOUNS:
            obj = None  # the object is the command or the title, not a participant
        if agent is not None and _category(agent) not in ((PER, ORG) if lemma in _MOVEMENT_VERBS else (PER, ORG, LOC)):
            agent = None
        if lemma in _PLACE_OBJECT_VERBS and (obj is None or not _place_like(ctx, obj)):
            continue
        if lemma in _POLICY_VERBS and (obj is None or not _a_policy(obj, lemma)):
            continue  # "defendiam as posições", "defendeu o marxismo": no adoption
        if obj is not None and _category(obj) == EVENT:
            continue  # "venceram a batalha do rio Niemen": the named event carries it
        if agent is None and obj is None:
            continue
        if place is None:
            args = _complements(ctx, (obj.end if obj is not None and obj.end > tok.i else tok.i + 1), sent.end, PARTICIPANT, type_)
            place = args.place
        if agent is not None and subj_role != AGENT and lemma in _OBJECT_NOUNS:
            found = [(agent, subj_role)]
        else:
            found = [(s, r) for s, r in ((agent, AGENT), (obj, obj_role)) if s is not None]
        trigger = doc[tok.i : tok.i + 1]
        inside = [s for s, _ in found if sent.start <= s.start and s.end <= sent.end and _same_clause(doc, s, tok)]
        if place is not None and sent.start <= place.start and place.end <= sent.end and (lemma in _MOVEMENT_VERBS):
            inside.append(place)
        span_start = min([tok.i] + [s.start for s in inside])
        span_end = max([tok.i + 1] + [s.end for s in inside])
        if lemma in _OBJECT_NOUNS:
            span_end = max(span_end, _noun_phrase_end(doc, tok.i + 1, sent.end))
        if demo is not None:  # "esse grupo atacou o flanco soviético (Józef Piłsudski)"
            span_start = min(span_start, demo.left_edge.i)
            span_end = max(span_end, _noun_phrase_end(doc, tok.i + 1, sent.end))
        label = _clean_label(doc[span_start:span_end])
        if apposed is not None:
            label = f"{apposed.text} {label}"  # "Partido Comunista do Brasil fundado em 1922"
        else:
            unseen = [s for s, _ in found if s not in inside]
            if unseen:  # a subject from another clause or sentence: "morreu (Lenin)"
                label = f"{label} ({', '.join(_entity_label(ctx, s) for s in unseen)})"
        agent_in, obj_in = (
            s if s is not None and sent.start <= s.start and s.end <= sent.end else None for s in (agent, obj)
        )
        event = Event(
            id="",
            type=type_,
            label=" ".join(label.split()),
            evidence=_evidence(ctx, sent, trigger, agent_in, obj_in),
            trigger=tok.text,
            participants=_participants(ctx, found),
            place=(ctx.index.span(place) or "") if place is not None else "",
            rule=f"verb:{lemma}",
            confidence=0.7 if not [s for s, _ in found if s not in inside] else 0.6,
        )
        out.append(_Candidate(tok.i, event, trigger, sent, bare=lemma in _NEEDS_TIME))
    return out


_DEMONSTRATIVES = frozenset("esse essa esses essas este esta estes estas aquele aquela aqueles aquelas tal".split())


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
        c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in subj.children
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
    for e in reversed(ctx.ents):
        if first <= e.start and e.end <= subj.i and _category(e) in (PER, ORG) and noun in fold(e.text).split():
            return (e if ctx.index.span(e) is not None else None), None
    return None, None


def _a_policy(obj: Span, lemma: str) -> bool:
    """A concept that can be adopted (``o comunismo de guerra``); after ``defender``/``propor``,
    one named as a policy (``a Nova Política Econômica``, ``o Plano Marshall``)."""
    if _category(obj) != CONCEPT:
        return False
    if lemma not in _ADVOCACY_VERBS:
        return True
    words = fold(obj.text).split()
    return bool(set(words[:3]) & _POLICY_NOUNS)


def _place_like(ctx: _Ctx, obj: Span) -> bool:
    """A place, or a name coordinated with a place (``tomou Vilna e Minsk``: what is taken
    together with a city is a place, whatever category the name was given)."""
    if _category(obj) == LOC:
        return True
    if not ctx.doc.has_annotation("DEP"):
        return False
    for c in obj.root.children:
        if c.dep_ == CONJ:
            e = _entity_of_head(ctx, c)
            if e is not None and _category(e) == LOC:
                return True
    return False


def _entity_label(ctx: _Ctx, span: Span) -> str:
    """The label of the local entity a mention belongs to (``Lênin`` → ``Lenin``)."""
    eid = ctx.index.span(span)
    for ent in getattr(ctx.doc._, ENTITIES) or ():
        if ent.id == eid:
            return ent.label
    return span.text


def _same_clause(doc: Doc, span: Span, tok: Token) -> bool:
    """No comma or relative pronoun between a participant and the trigger (for labels)."""
    lo, hi = (span.end, tok.i) if span.end <= tok.i else (tok.i + 1, span.start)
    return not any(doc[k].text == "," or doc[k].lower_ in _REL_PRONOUNS for k in range(lo, hi))


_LOCATORS = frozenset({"perto", "junto", "próximo", "proximo", "longe", "diante"})


def _where_antecedent(ctx: _Ctx, tok: Token, sent: Span) -> Span | None:
    """The place a relative ``onde`` before the verb refers to: the nearest place named before
    it, passing over one introduced by a locator (``em Gorki, perto de Moscou, onde morreu``)."""
    doc = ctx.doc
    k = tok.i - 1
    while k >= sent.start and k >= tok.i - 3 and doc[k].lower_ != "onde":
        k -= 1
    if k < sent.start or doc[k].lower_ != "onde":
        return None
    i = k - 1
    while i >= max(sent.start, k - 12):
        e = ctx.ent_at(i)
        if e is not None:
            if _category(e) == LOC and ctx.index.span(e) is not None:
                before = [doc[j].lower_ for j in range(max(sent.start, e.start - 3), e.start)]
                if not any(w in _LOCATORS for w in before):
                    return e
            i = e.start - 1
            continue
        if doc[i].text in _STOP:
            break
        i -= 1
    return None


def _noun_phrase_end(doc: Doc, start: int, sent_end: int, limit: int = 6) -> int:
    """The end of a short noun phrase (determiner, noun, ``de`` + words) from ``start``."""
    i = start
    while i < min(sent_end, start + limit):
        tok = doc[i]
        if _stop(tok) or tok.text == "," or (_verb_like(tok) and tok.pos_ != "ADJ"):
            break
        if tok.lower_ in ("em", "no", "na", "nos", "nas", "por", "pelo", "pela", "a", "ao", "à", "e") and i > start + 1:
            break
        i += 1
    return i


_TRAILING = _DETERMINERS | _DE | {"em", "a", "ao", "à", "e", "com", "por", "para", "contra", "sobre", "entre", ",", "que"}


def _clean_label(span: Span) -> str:
    """A one-line label without dangling prepositions, articles or commas at either end."""
    toks = list(span)
    while toks and (toks[-1].lower_ in _TRAILING or toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    if not toks:
        return " ".join(span.text.split())
    text = span.doc[toks[0].i : toks[-1].i + 1].text
    return " ".join(text.split())


def _entity_of_head(ctx: _Ctx, tok: Token) -> Span | None:
    e = ctx.ent_at(tok.i)
    if e is not None and ctx.index.span(e) is not None:
        return e
    return None


def find_events(doc: Doc) -> list[Event]:
    """The events of a processed Doc, in text order, with ids ``ev0, ev1, ...``."""
    # the entity spans are the mentions of the local entities (teia_entities may have added
    # aliases and event names the NER missed, and dropped places swallowed by event names)
    ents = []
    for ent in getattr(doc._, ENTITIES) or ():
        for m in ent.mentions:
            sp = doc.char_span(m.start, m.end, label=m.category, alignment_mode="expand")
            if sp is not None:
                ents.append(sp)
    if not ents and not Doc.has_extension(ENTITIES):  # pragma: no cover - teia_entities always runs first
        ents = [e for e in doc.ents if ctx_ok(e)]
    ents = sorted({(s.start, s.end): s for s in ents}.values(), key=lambda s: (s.start, -s.end))
    ctx = _Ctx(doc, entity_index(doc), ents, [t for t in (getattr(doc._, "teia_times", None) or ())], doc_id_of(doc))
    cands = _named_events(ctx) + _nominal_events(ctx) + _verbal_events(ctx)
    cands.sort(key=lambda c: (c.pos, c.event.rule))
    dated = _assign_times(ctx, cands)
    events = _dedupe_named([ev for ev, c in zip(dated, cands) if not (c.bare and ev.time is None)])
    return [replace(ev, id=f"ev{i}") for i, ev in enumerate(events)]


def ctx_ok(span: Span) -> bool:
    return normalize_category(span.label_) not in ("DATE", "VALUE")


class EventFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EXTENSION, tuple(find_events(doc)))
        return doc


@Language.factory("teia_events", assigns=[f"doc._.{EXTENSION}"])
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder()


def events_in(docs: Sequence[Doc]) -> list[Event]:
    return [ev for d in docs for ev in (getattr(d._, EXTENSION) or ())]
