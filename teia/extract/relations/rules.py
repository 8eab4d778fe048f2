"""Dependency rules that read relations and quotations off Portuguese UD parses.

Every construction is one function taking a :class:`Context` (the doc, its entities and times,
the mapping) and a token, and returning :class:`Found` relations. :func:`extract_relations`
runs them all over a parsed ``Doc`` and returns plain records
(:class:`~teia.extract.records.Relation`, :class:`~teia.extract.records.Quotation`).

The rules only need heads, dependency labels (:mod:`teia.extract.labels`), lemmas, POS and
morphology, plus the local entities of ``doc._.teia_entities``; they never look at raw words
except through the declarative mapping (:mod:`teia.extract.relations.mapping`).

Terminology: a clause's *agents* are its semantic subjects (the subject of an active verb,
the ``obl:agent`` of a passive), its *patients* its direct objects (the object of an active
verb, the subject of a passive).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from teia.extract.entities import ENTITIES, EntityIndex, doc_id_of
from teia.extract.labels import (
    ACL,
    ACL_RELCL,
    ADVMOD,
    AMOD,
    APPOS,
    AUX,
    AUX_PASS,
    CASE,
    CCOMP,
    CONJ,
    COP,
    FLAT,
    FLAT_NAME,
    IOBJ,
    LOC,
    MISC,
    NAME_PARTS,
    NMOD,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    OBL_AGENT,
    ORG,
    PARATAXIS,
    PER,
    WORK,
    XCOMP,
)
from teia.extract.records import Evidence, Quotation, Relation, TimeExpression
from teia.extract.relations.mapping import RelationMapping

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

ASSERTED = "asserted"
HYPOTHETICAL = "hypothetical"
REPORTED = "reported"

OPEN_PREFIX = "open:"
"""Rule ids of relations whose frame the mapping does not cover start with this."""

# Confidence of a mapped relation by rule; open relations get OPEN_FACTOR times that.
CONFIDENCE = {
    "svo-active": 0.8,
    "passive-agent": 0.8,
    "passive": 0.7,
    "relcl": 0.7,
    "acl-participle": 0.75,
    "xcomp-control": 0.7,
    "conj-shared": 0.7,
    "copula-noun": 0.75,
    "xcomp-noun": 0.7,
    "como-noun": 0.65,
    "noun-object": 0.6,
    "adj-participle": 0.65,
    "relcl-chain": 0.55,
    "appos-title": 0.75,
    "appos-entity": 0.5,
    "genitive": 0.6,
    "surface-nesting": 0.5,
    "possessive-kin": 0.6,
    "reciprocal": 0.7,
}
SYMMETRIC = frozenset({"relativeOf", "allyOf", "foughtAgainst"})
ROOT_DEP = "ROOT"
OPEN_FACTOR = 0.5
PRODROP_FACTOR = 0.7
"""Relations whose subject was dropped and recovered from the discourse topic."""

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "X", "NUM"})
VERBAL = frozenset({"VERB", "AUX"})
RELATIVE_WORDS = frozenset({"que", "quem", "qual", "quais", "cujo", "cuja", "cujos", "cujas"})
WHERE_WORDS = frozenset({"onde"})
# dependents that open another clause: their words are not part of this one
CLAUSAL = frozenset({CCOMP, "advcl", ACL_RELCL, ACL, PARATAXIS, "csubj", "csubj:pass", "discourse"})
QUOTE = re.compile(r"«([^«»]+)»|“([^“”]+)”|\"([^\"]+)\"")


# --------------------------------------------------------------------------------------
# Context: entities and times of the doc
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Arg:
    """An entity argument: local entity id, the char span that names it, its head token."""

    entity: str
    start: int
    end: int
    token: Token = field(compare=False, hash=False, repr=False)


@dataclass(frozen=True, slots=True)
class Found:
    """A relation found by a rule, before records are made."""

    subject: Arg
    predicate: str
    object: Arg
    trigger: Token
    rule: str
    confidence: float
    polarity: bool = True
    modality: str = ASSERTED
    time: TimeExpression | None = None
    place: str = ""


class Context:
    """The doc, the lookups every rule needs, and the discourse topic (for dropped subjects)."""

    def __init__(self, doc: Doc, mapping: RelationMapping) -> None:
        self.doc = doc
        self.mapping = mapping
        self.doc_id = doc_id_of(doc)
        entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
        spans = sorted((m.start, m.end, e.id) for e in entities or () for m in e.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        self.index = EntityIndex(entities or ())
        self.category = {e.id: _category(e, mapping) for e in entities or ()}
        times = doc._.get("teia_times") if doc.has_extension("teia_times") else None
        self.times = tuple(t for t in times or () if t.kind == "date")
        self.topic: Arg | None = None
        names: dict[str, str | None] = {}
        for e in entities or ():
            for m in e.mentions:
                if m.text[:1].isupper():
                    names[m.text] = e.id if names.get(m.text, e.id) == e.id else None
        self._names = {k: v for k, v in names.items() if v is not None}
        self._known = sorted(
            {lemma for lemma, _ in mapping.verbs}
            | mapping.speech
            | mapping.belief
            | mapping.negating_verbs
            | mapping.predicative_verbs
            | set(mapping.modals),
            key=lambda w: (-len(w), w),
        )
        self._known_set = frozenset(self._known)

    def lemma(self, tok: Token) -> str:
        """:func:`_lemma`, repaired when a statistical lemmatizer gets a verb wrong (clitic forms
        like ``tornou-se``, a form returned as is): the known verb whose stem starts the form."""
        lemma = _lemma(tok)
        if tok.pos_ not in VERBAL:
            return lemma
        if lemma.endswith(("ar", "er", "ir")) and lemma not in self._known_set:
            # a lemmatizer confusing conjugations ("servia" -> "server"): a known verb one vowel away
            for vowel in "aei":
                other = lemma[:-2] + vowel + "r"
                if other in self._known_set:
                    return other
        if lemma.endswith(("ar", "er", "ir", "or")):
            return lemma
        # the lemmatizer returned the form ("nasceu") or a broken clitic form ("tornour se")
        form = tok.lower_.split("-")[0]
        for known in self._known:
            stem = known[:-2]
            if len(stem) >= 3 and form.startswith(stem) and known.endswith(("ar", "er", "ir")):
                return known
        return lemma

    # --- entities -----------------------------------------------------------------------
    def mention(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The entity mention overlapping ``[start, end)`` most."""
        best, best_overlap = None, 0
        i = bisect_right(self._starts, end - 1)
        for s, e, eid in reversed(self._spans[max(0, i - 12) : i]):
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = (s, e, eid), overlap
        return best

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The entity mentions inside ``[start, end)``, in order."""
        i = bisect_right(self._starts, start - 1)
        out = []
        for m in self._spans[i:]:
            if m[0] >= end:
                break
            if m[1] <= end:
                out.append(m)
        return out

    def direct(self, tok: Token) -> Arg | None:
        """The entity the token itself (or a flat name part of it) belongs to."""
        if tok.pos_ == "PRON":
            return None
        for t in (tok, *(c for c in tok.children if c.dep_ in NAME_PARTS and c.i <= _name_end(tok))):
            start, end = t.idx, t.idx + len(t.text)
            eid = self.index.at(start, end)  # the local entity id, as every component finds it
            if eid is not None:
                m = self.mention(start, end)  # and the span of the mention, for the evidence
                s, e = (m[0], m[1]) if m is not None and m[2] == eid else (start, end)
                return Arg(eid, s, e, tok)
        return self.echo(tok)

    def entity(self, tok: Token, depth: int = 2) -> Arg | None:
        """The entity a noun phrase headed by ``tok`` names.

        The head itself, its flat name parts, then (for a common-noun head like ``o marechal
        Piłsudski`` or ``o chefe ..., o general X``) a name in apposition to it.
        """
        arg = self.direct(tok)
        if arg is not None or depth == 0 or tok.pos_ not in ("NOUN", "X", "ADJ"):
            return arg
        if any(c.dep_ == COP for c in tok.children):
            # "o Komintern foi a organização que...": the predicate noun is its subject
            for c in tok.children:
                if c.dep_ == NSUBJ:
                    found = self.entity(c, depth - 1)
                    if found is not None:
                        return found
        for c in tok.children:
            if c.dep_ == APPOS or (c.dep_ == NMOD and not _case(c)):
                found = self.entity(c, depth - 1)
                if found is not None:
                    return found
        return None

    def entities(self, tok: Token) -> list[Arg]:
        """Entities of ``tok`` and of the nominals coordinated with it (``X e Y``).

        A proxy noun (``os exércitos brancos de Kolchak e Denikin``) stands for the entities of
        its ``de`` complement."""
        out = []
        for t in conjuncts(tok):
            arg = self.entity(t)
            if arg is None and t.pos_ == "NOUN" and _lemma(t) in self.mapping.proxy_nouns:
                for c in t.children:
                    case = _case(c)
                    if c.dep_ != NMOD or case is None or self.mapping.preposition(case.lemma_ or case.text) != "de":
                        continue
                    out.extend(a for a in self.entities(c) if a not in out and self.category.get(a.entity) in (PER, ORG, LOC))
                continue
            if arg is not None and arg not in out:
                out.append(arg)
        return out

    def echo(self, tok: Token) -> Arg | None:
        """A name the NER missed here but found elsewhere in the document (``a Frente Ocidental``
        tagged in a later sentence only): the proper noun and its contiguous flat parts, spelled
        exactly as a mention of one entity."""
        if tok.pos_ != "PROPN":
            return None
        end = _name_end(tok) + 1
        if end - tok.i < 2:
            return None  # one word is too weak a clue
        last = self.doc[end - 1]
        eid = self._names.get(self.doc.text[tok.idx : last.idx + len(last.text)])
        if eid is None:
            return None
        return Arg(eid, tok.idx, last.idx + len(last.text), tok)

    # --- time and place ------------------------------------------------------------------
    def time_in(self, tokens: Iterable[Token]) -> TimeExpression | None:
        """The first date expression overlapping these tokens."""
        spans = sorted((t.idx, t.idx + len(t.text)) for t in tokens)
        for te in self.times:
            if any(s < te.end_char and te.start_char < e for s, e in spans):
                return te
        return None


def _name_end(tok: Token) -> int:
    """Index of the last of the flat name parts that follow ``tok`` without a gap (``Frente
    Ocidental`` in ``a Frente Ocidental de Mikhail Tukhachevsky``, with ``Tukhachevsky``
    wrongly parsed as a part of ``Frente``)."""
    parts = {c.i for c in tok.children if c.dep_ in NAME_PARTS}
    end = tok.i
    while end + 1 in parts:
        end += 1
    return end


def _category(entity, mapping: RelationMapping) -> str:
    """The entity's category, except that a name opening with a work noun (``as Teses de
    Abril``, ``o Manifesto Comunista``) the NER took for an organization is a work."""
    first = entity.label.split()[0].lower() if entity.label.split() else ""
    if entity.type in (ORG, MISC) and first in mapping.work_nouns | {w + "s" for w in mapping.work_nouns}:
        return WORK
    return entity.type


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the nominal conjuncts hanging from it (recursively), in order."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == CONJ and c.pos_ in NOMINAL and not _has_subject(c) and not _subject_of_next_clause(c):
            out.extend(conjuncts(c))
    return out


def _subject_of_next_clause(noun: Token) -> bool:
    """``abriu a sessão, e Kamenev foi eleito``: a coordinated name followed by a coordinated
    verb (or its auxiliary) is that verb's subject, not a conjunct (see ``_stranded_subject``)."""
    nxt = noun.right_edge.i + 1
    if nxt >= len(noun.doc):
        return False
    verb = noun.doc[nxt]
    if verb.dep_ in (AUX, AUX_PASS, COP):
        verb = verb.head
    preverbal = any(c.dep_ in (NSUBJ, NSUBJ_PASS) and c.i < verb.i for c in verb.children)
    return verb.pos_ in VERBAL and verb.dep_ == CONJ and verb.i > noun.i and not preverbal


def _case(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == CASE:
            return c
    return None


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in (NSUBJ, NSUBJ_PASS) for c in tok.children)


CLITICS = frozenset({"se", "lhe", "lhes", "o", "a", "os", "as", "me", "te", "nos", "vos", "lo", "la", "los", "las"})
PREP_ADVERBS = frozenset({"perto", "longe", "além", "antes", "depois", "dentro", "fora", "junto", "através", "acima", "abaixo", "diante", "atrás", "ao_lado"})


def _lemma(tok: Token) -> str:
    """The lowercase lemma, without the clitic pronouns a verb may carry (``aliar-se``, ``aliar se``)."""
    lemma = (tok.lemma_ or tok.text).lower()
    if tok.pos_ in VERBAL:
        words = lemma.split(" ")
        lemma = words[0] if len(words) > 1 and all(w in CLITICS for w in words[1:]) else lemma
        if "-" in lemma:
            head, _, tail = lemma.rpartition("-")
            if tail in CLITICS and head:
                lemma = head
    return lemma


def _is_relative(tok: Token) -> bool:
    return "Rel" in tok.morph.get("PronType") or (tok.pos_ == "PRON" and _lemma(tok) in RELATIVE_WORDS)


def clause_tokens(verb: Token) -> list[Token]:
    """The verb and its dependents, without embedded clauses and verb conjuncts."""
    out, stack = [], [verb]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in CLAUSAL or (c.dep_ == CONJ and c.pos_ in VERBAL) or c.dep_ == APPOS:
                continue
            stack.append(c)
    return out


# --------------------------------------------------------------------------------------
# Polarity and modality
# --------------------------------------------------------------------------------------


def _negated(tok: Token, ctx: Context) -> bool:
    mapping = ctx.mapping
    if any(c.dep_ == ADVMOD and c.lower_ in mapping.negators for c in tok.children):
        return True
    # "recusou-se a jurar": a complement of a negating verb
    if tok.dep_ in (XCOMP, CCOMP) and ctx.lemma(tok.head) in mapping.negating_verbs:
        return True
    if tok.dep_ == XCOMP and tok.head.i != tok.i:
        return any(c.dep_ == ADVMOD and c.lower_ in mapping.negators for c in tok.head.children)
    return False


def _conditional(tok: Token) -> bool:
    return "Cnd" in tok.morph.get("Mood")


def _modality(tok: Token, ctx: Context) -> str:
    """``asserted``, or why the clause of ``tok`` is not a plain fact."""
    mapping = ctx.mapping
    auxes = [c for c in tok.children if c.dep_ in (AUX, AUX_PASS, COP)]
    # "segundo X, ...": the clause is X's claim
    if attribution_arg(tok, ctx) is not None or attribution_arg(tok.sent.root, ctx) is not None:
        return REPORTED
    # "teria vencido": conditional perfect, the journalistic "allegedly"
    if any(_lemma(a) == "ter" and _conditional(a) for a in auxes) and "Part" in tok.morph.get("VerbForm"):
        return REPORTED
    for a in auxes:
        if ctx.lemma(a) in mapping.modals:
            return mapping.modals[ctx.lemma(a)]
    if tok.dep_ == XCOMP and ctx.lemma(tok.head) in mapping.modals:
        return mapping.modals[ctx.lemma(tok.head)]
    if _conditional(tok) or any(_conditional(a) for a in auxes):
        return HYPOTHETICAL
    if tok.dep_ == XCOMP and _conditional(tok.head):
        return HYPOTHETICAL
    if tok.dep_ == CCOMP:
        if ctx.lemma(tok.head) in mapping.speech:
            return REPORTED
        if ctx.lemma(tok.head) in mapping.belief:
            return HYPOTHETICAL
    return ASSERTED


def attribution_arg(tok: Token, ctx: Context) -> Arg | None:
    """The source of a ``segundo X`` / ``conforme X`` dependent of ``tok``."""
    for c in tok.children:
        if c.dep_ in (OBL, NMOD, "advcl") or c.dep_.startswith(OBL):
            case = _case(c)
            if case is not None and _lemma(case) in ctx.mapping.attribution:
                arg = ctx.entity(c)
                if arg is not None:
                    return arg
    return None


# --------------------------------------------------------------------------------------
# Clauses
# --------------------------------------------------------------------------------------


@dataclass
class Clause:
    verb: Token
    rule: str
    agents: list[Arg] = field(default_factory=list)
    patients: list[Arg] = field(default_factory=list)
    obliques: list[tuple[str, Arg]] = field(default_factory=list)
    passive: bool = False
    prodrop: bool = False


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in (AUX_PASS, NSUBJ_PASS, OBL_AGENT) for c in verb.children):
        return True
    return verb.dep_ == ACL and "Part" in verb.morph.get("VerbForm") and verb.head.pos_ in NOMINAL


def _subject_tokens(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """The tokens naming the subject of ``verb`` and how they were found (a rule id part)."""
    own = [c for c in verb.children if c.dep_ in (NSUBJ, NSUBJ_PASS) and _lemma(c) not in WHERE_WORDS]
    if own:
        return own, ""
    if depth > 4 or verb.head.i == verb.i:
        return [], ""
    if verb.dep_ == ACL_RELCL and verb.head.pos_ in NOMINAL:
        if any(_is_relative(c) for c in verb.children):
            # "Lenin viveu em Gorki, onde morreu": the pronoun is not the subject; the subject
            # of the clause the noun belongs to is the best guess
            outer = verb.head.head
            if outer.lower_ in PREP_ADVERBS and outer.head.i != outer.i:
                outer = outer.head  # "viver em Gorki, perto de Moscou, onde morreu"
            if outer.i != verb.head.i and outer.pos_ in VERBAL:
                toks, _ = _subject_tokens(outer, depth + 1)
                return toks, "relcl"
            return [], ""
        return [verb.head], "relcl"
    if verb.dep_ == ACL and verb.head.pos_ in NOMINAL:
        return [verb.head], "acl-participle"
    if verb.dep_ == XCOMP:
        toks, _ = _subject_tokens(verb.head, depth + 1)
        return toks, "xcomp-control"
    if _misparsed_relative(verb):
        # "apresentou as Teses, nas quais rejeitava...": the subject of the clause the
        # antecedent belongs to
        toks, _ = _subject_tokens(verb.head, depth + 1)
        return toks, "relcl"
    if verb.dep_ == CONJ and verb.head.pos_ in VERBAL:
        toks, _ = _subject_tokens(verb.head, depth + 1)
        return toks, "conj-shared"
    return [], ""


def _stranded_subject(verb: Token, ctx: Context) -> Arg | None:
    """``Lenin abriu os trabalhos, e Grigori Zinoviev foi eleito...``: the name right before a
    coordinated verb (and its auxiliaries), which the parser coordinated with the previous
    clause's object, is the verb's own subject."""
    if verb.dep_ != CONJ:
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in (AUX, AUX_PASS, COP) and c.i < verb.i)])
    if first <= verb.sent.start:
        return None
    prev = ctx.doc[first - 1]
    name = prev.head if prev.dep_ in NAME_PARTS else prev
    if name.dep_ != CONJ or name.head.i >= name.i or name.head.pos_ not in NOMINAL or name.i > verb.i:
        return None
    if name.head.head.i == verb.i or not any(c.dep_ == "cc" for c in name.children):
        return None
    arg = ctx.direct(name)
    if arg is None or ctx.category.get(arg.entity) not in (PER, ORG):
        return None
    return arg


def _misparsed_relative(verb: Token) -> bool:
    """A relative clause with a prepositional relative pronoun (``nas quais``, ``no qual``,
    ``em que``) that the parser hung on the verb of the main clause (``ccomp``, ``advcl``)."""
    if verb.dep_ not in (CCOMP, "advcl") or verb.head.i == verb.i or verb.head.pos_ not in VERBAL:
        return False
    return any(_is_relative(c) and c.i < verb.i and _case(c) is not None for c in verb.children)


def subject_args(verb: Token, ctx: Context) -> tuple[list[Arg], str, bool]:
    """Entities of the subject of ``verb``, the rule part that found them, and whether the
    clause has a subject at all (an explicit or inherited one, entity or not)."""
    toks, how = _subject_tokens(verb)
    args: list[Arg] = []
    for t in toks:
        if _is_relative(t) and t.head.dep_ == ACL_RELCL and t.head.head.i != t.head.i:
            arg = ctx.entity(t.head.head)  # "as Legiões, que combateram": the pronoun's noun
            if arg is not None:
                args.append(arg)
                how = how or "relcl"
        else:
            args.extend(a for a in ctx.entities(t) if a not in args)
    if how == "conj-shared":
        stranded = _stranded_subject(verb, ctx)
        if stranded is not None:
            return [stranded], "", True
    if not args and how == "acl-participle":
        repaired = _agreeing_noun(verb, ctx)
        if repaired is not None:
            args.append(repaired)
    return args, how, bool(toks)


def _prodrop_ok(tok: Token) -> bool:
    """Whether a clause without subject may take the discourse topic (finite, 3rd singular)."""
    v = tok
    while v.dep_ in (XCOMP, CONJ) and v.head.i != v.i:
        v = v.head
    if v.dep_ in (ACL, "advcl", CCOMP) and v.dep_ != ACL_RELCL:
        return False
    if any(c.dep_ == COP for c in v.children):
        return any(_finite_third_singular(c) for c in v.children if c.dep_ == COP)
    return _finite_third_singular(v)


def _oblique(c: Token, ctx: Context) -> tuple[str, Token] | None:
    case = _case(c)
    if case is None:
        return None
    prep = ctx.mapping.preposition(case.lemma_ or case.text)
    # multiword prepositions ("ao lado de", "em direção a"): the fixed parts
    fixed = [f for f in case.children if f.dep_ == "fixed"]
    if fixed:
        prep = "_".join([prep, *(ctx.mapping.preposition(f.lemma_ or f.text) for f in fixed)])
    # "perto de Moscou": an adverb before the preposition makes one complex preposition
    adverb = next((a for a in c.children if a.dep_ == ADVMOD and a.i < case.i and a.lower_ in PREP_ADVERBS), None)
    if adverb is not None:
        prep = f"{adverb.lower_}_{prep}"
    if prep in ctx.mapping.attribution:
        return None
    return prep, c


def _complex_preposition(prep: str, tok: Token, ctx: Context) -> list[tuple[str, Arg]]:
    """``ao lado da Áustria-Hungria contra a Rússia``, parsed with ``lado`` as the oblique:
    ``(a_lado_de, Áustria-Hungria)``, and ``(contra, Rússia)`` hung under ``lado``."""
    out = []
    for c in tok.children:
        if c.dep_ != NMOD or (case := _case(c)) is None:
            continue
        inner = ctx.mapping.preposition(case.lemma_ or case.text)
        name = f"{prep}_{_lemma(tok)}_{inner}" if inner == "de" else inner
        out.extend((name, a) for a in ctx.entities(c))
    return out


def _inside_date(tok: Token, ctx: Context) -> list[tuple[str, Arg]]:
    """``nasceu em 5 de dezembro de 1867 em Zułów``: a place the parser hung under a date."""
    if ctx.entity(tok) is not None or ctx.time_in([tok]) is None:
        return []
    out = []
    for t in tok.subtree:
        if t.i == tok.i or t.dep_ != NMOD or ctx.time_in([t]) is not None:
            continue
        case = _case(t)
        if case is None:
            continue
        prep = ctx.mapping.preposition(case.lemma_ or case.text)
        if prep != "de":
            out.extend((prep, a) for a in ctx.entities(t))
    return out


def analyse_clause(verb: Token, ctx: Context) -> Clause | None:
    """Agents, patients and prepositional arguments of a verb (with inherited subjects)."""
    if verb.pos_ not in VERBAL or any(c.dep_ == COP for c in verb.children):
        return None
    passive = is_passive(verb)
    subjects, how, has_subject = subject_args(verb, ctx)
    clause = Clause(verb, how, passive=passive)
    relative = None
    if verb.dep_ == ACL_RELCL:
        relative = next((c for c in verb.children if _is_relative(c)), None)
    head_arg = ctx.entity(verb.head) if verb.dep_ in (ACL_RELCL, ACL) and verb.head.i != verb.i else None
    if relative is not None and _lemma(relative) in WHERE_WORDS:
        head_arg = _located_antecedent(verb.head, ctx) or head_arg
    (clause.patients if passive else clause.agents).extend(subjects)

    for c in verb.children:
        if c.dep_ == OBJ:
            if relative is not None and c.i == relative.i and head_arg is not None:
                clause.patients.append(head_arg)  # "a facção que Lenin liderou"
                clause.rule = "relcl"
            else:
                clause.patients.extend(ctx.entities(c))
        elif c.dep_ == OBL_AGENT:
            clause.agents.extend(ctx.entities(c))
        elif c.dep_ in (OBL, IOBJ) or (c.dep_.startswith(OBL + ":") and c.dep_ != OBL_AGENT):
            if relative is not None and c.i == relative.i and _lemma(c) in WHERE_WORDS and head_arg is not None:
                clause.obliques.append(("em", head_arg))  # "a Frente Sudoeste, onde Stalin servia"
                clause.rule = "relcl"
                continue
            found = _oblique(c, ctx)
            if found is None:
                continue
            prep, tok = found
            if relative is not None and tok.i == relative.i and head_arg is not None:
                clause.obliques.append((prep, head_arg))
                clause.rule = "relcl"
                continue
            if _lemma(tok) in ctx.mapping.complex_prepositions and ctx.entity(tok) is None:
                clause.obliques.extend(_complex_preposition(prep, tok, ctx))
                continue
            for arg in ctx.entities(tok):
                clause.obliques.append((prep, arg))
            clause.obliques.extend(_inside_date(tok, ctx))
        elif relative is not None and c.i == relative.i and _lemma(c) in WHERE_WORDS and head_arg is not None:
            clause.obliques.append(("em", head_arg))  # "Gorki, onde morreu"
            clause.rule = "relcl"
        elif c.dep_ == "advcl" and ctx.lemma(c) in ctx.mapping.inclusion_verbs and not _has_subject(c):
            # "apoiou a criação de partidos..., incluindo o Partido Comunista do Brasil"
            for o in c.children:
                if o.dep_ == OBJ:
                    clause.patients.extend(a for a in ctx.entities(o) if a not in clause.patients)
    if not passive and clause.patients:
        clause.obliques.extend(_swallowed_complements(verb, clause, ctx))
    if not has_subject and ctx.topic is not None and _prodrop_ok(verb):
        (clause.patients if passive else clause.agents).append(ctx.topic)
        clause.prodrop = True
    if not clause.rule:
        if passive:
            clause.rule = "passive-agent" if any(c.dep_ == OBL_AGENT for c in verb.children) else "passive"
        else:
            clause.rule = "svo-active"
    return clause


# third person singular endings of the past tenses, for a verb with an enclitic pronoun
CLITIC_FORM = re.compile(r"^\w{2,}(?:ou|eu|iu|ava|ia)-(?:se|lhe|lhes|o|a|os|as)$")


def _swallowed_complements(verb: Token, clause: Clause, ctx: Context) -> list[tuple[str, Arg]]:
    """``opôs a Polônia, que acabava de recuperar a independência, à Rússia``: the second
    complement of a verb linking its object and an oblique, which the parser hung at the end of
    the object's relative clause."""
    preps = ctx.mapping.object_preps(ctx.lemma(verb))
    if not preps or any(p in preps for p, _ in clause.obliques):
        return []
    out: list[tuple[str, Arg]] = []
    for obj in (c for c in verb.children if c.dep_ == OBJ):
        for rel in (c for c in obj.children if c.dep_ == ACL_RELCL):
            words = [t for t in rel.subtree if not t.is_punct]
            for t in words:
                case = _case(t)
                if t.dep_ != NMOD or case is None or case.i <= rel.i or t.right_edge.i < words[-1].i:
                    continue
                prep = ctx.mapping.preposition(case.lemma_ or case.text)
                if prep in preps:
                    out.extend((prep, a) for a in ctx.entities(t))
    return out


def _located_antecedent(noun: Token, ctx: Context) -> Arg | None:
    """``Gorki, perto de Moscou, onde morreu``: a relative clause after a ``perto de X`` phrase,
    hung on X by the parser, is about the place the phrase locates (the name before the comma)."""
    adverb = noun.head if noun.head.lower_ in PREP_ADVERBS and noun.head.i < noun.i else None
    adverb = adverb or next((c for c in noun.children if c.dep_ == ADVMOD and c.lower_ in PREP_ADVERBS and c.i < noun.i), None)
    if adverb is None:
        return None
    j = adverb.i - 1
    if j <= noun.sent.start or ctx.doc[j].text != ",":
        return None
    arg = ctx.direct(ctx.doc[j - 1])
    if arg is None or ctx.category.get(arg.entity) != LOC:
        return None
    return arg


def _feature(tok: Token, feat: str) -> list[str]:
    """A nominal's gender or number, from the word, else its article (``do Exército``)."""
    for t in (tok, *(c for c in tok.children if c.dep_ in ("det", CASE))):
        value = t.morph.get(feat)
        if value:
            return value
    return []


def _agrees(noun: Token, participle: Token) -> bool:
    """The participle's gender and number are the noun's (both known for the gender)."""
    gender = participle.morph.get("Gender")
    if not gender or _feature(noun, "Gender") != gender:
        return False
    number = participle.morph.get("Number")
    return not number or _feature(noun, "Number") in ([], number)


def _agreeing_noun(participle: Token, ctx: Context) -> Arg | None:
    """``a aceitação da paz de Brest-Litovsk, assinada com a Alemanha``: a participle the parser
    hung on a common noun is about the nearest named complement of that noun it agrees with."""
    head = participle.head
    if head.pos_ != "NOUN":
        return None
    best = None
    for t in head.subtree:
        if t.i >= participle.i or t.i == head.i or t.dep_ != NMOD or not _agrees(t, participle):
            continue
        arg = ctx.entity(t)
        if arg is not None and (best is None or t.i > best.token.i):
            best = arg
    return best


def _finite_third_singular(verb: Token) -> bool:
    m = verb.morph
    form = m.get("VerbForm")
    finite = "Fin" in form or (not form and bool(m.get("Mood")))
    if not finite and CLITIC_FORM.match(verb.lower_):
        # "aliou-se", "tornou-se": one token whose morphology the tagger got wrong
        return True
    return finite and m.get("Person") in ([], ["3"]) and m.get("Number") in ([], ["Sing"])


def _open(lemma: str, prep: str = "") -> str:
    clean = re.sub(r"[^\w]+", "_", lemma.lower()).strip("_") or "x"
    return f"rel:{clean}_{prep}" if prep else f"rel:{clean}"


def _clause_relations(clause: Clause, ctx: Context) -> list[Found]:
    verb, mapping = clause.verb, ctx.mapping
    lemma = ctx.lemma(verb)
    polarity = not _negated(verb, ctx)
    modality = _modality(verb, ctx)
    toks = clause_tokens(verb)
    time = ctx.time_in(toks)
    if time is None and verb.dep_ in (XCOMP, CONJ):
        time = ctx.time_in(clause_tokens(verb.head)) if verb.dep_ == XCOMP else None
    base = clause.rule
    subjects = (clause.patients or clause.agents) if clause.passive else clause.agents
    pairs: list[tuple[Arg, Arg, str]] = []
    if clause.agents:
        pairs += [(a, p, "") for a in clause.agents for p in clause.patients]
    pairs += [(s, o, prep) for s in subjects for prep, o in clause.obliques]
    found: list[Found] = []
    # frames between the object and an oblique: "a guerra opôs a Polônia à Rússia"
    for p in clause.patients if not clause.passive else []:
        for prep, o in clause.obliques:
            frame = mapping.verb(
                lemma, prep, passive=False, subject=ctx.category.get(p.entity, ""), obj=ctx.category.get(o.entity, ""), between="object"
            )
            if frame is not None and p.entity != o.entity:
                s_, o_ = (o, p) if frame.inverse else (p, o)
                found.append(_found(s_, frame.predicate, o_, verb, base, clause, polarity, modality, time))
    places: list[Arg] = []
    opens: list[tuple[Arg, Arg, str]] = []
    for subj, obj, prep in pairs:
        if subj.entity == obj.entity:
            continue
        frame = mapping.verb(
            lemma, prep, passive=clause.passive, subject=ctx.category.get(subj.entity, ""), obj=ctx.category.get(obj.entity, "")
        )
        if frame is None:
            if prep == "em" and ctx.category.get(obj.entity) == "LOC":
                places.append(obj)
            opens.append((subj, obj, prep))
            continue
        s, o = (obj, subj) if frame.inverse else (subj, obj)
        found.append(_found(s, frame.predicate, o, verb, base, clause, polarity, modality, time))
    place = places[0].entity if places else ""
    mapped = bool(found)
    for subj, obj, prep in opens:
        if mapped and obj in places:
            continue  # a place of mapped relations, not a relation of its own
        found.append(
            _found(subj, _open(lemma, prep), obj, verb, OPEN_PREFIX + base, clause, polarity, modality, time)
        )
    return [replace(f, place=place) if place and f.object.entity != place else f for f in found]


def _found(s, predicate, o, trigger, rule, clause, polarity, modality, time) -> Found:
    base = rule.removeprefix(OPEN_PREFIX)
    conf = CONFIDENCE.get(base, 0.6) * (OPEN_FACTOR if rule.startswith(OPEN_PREFIX) else 1.0)
    if clause is not None and clause.prodrop:
        conf *= PRODROP_FACTOR
        rule += "+prodrop"
    return Found(s, predicate, o, trigger, rule, round(conf, 3), polarity, modality, time)


# --- one function per verbal construction ----------------------------------------------
# Each selects the clauses of its construction and returns their relations; a clause is
# handled by exactly one of them (see extract_relations).


def svo_active(tok: Token, ctx: Context) -> list[Found]:
    """``Piłsudski organizou as Legiões`` / ``nasceu em Simbirsk``: subject, verb, object/obl."""
    if tok.dep_ in (ACL, ACL_RELCL):
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None or clause.passive or clause.rule not in ("svo-active",):
        return []
    return _clause_relations(clause, ctx)


def passive_agent(tok: Token, ctx: Context) -> list[Found]:
    """``a Frente Ocidental foi derrotada pelo Exército Polonês``: agent ↔ subject swap."""
    if tok.dep_ in (ACL, ACL_RELCL):
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None or not clause.passive or clause.rule not in ("passive-agent", "passive"):
        return []
    return _clause_relations(clause, ctx)


def relative_clause(tok: Token, ctx: Context) -> list[Found]:
    """``as Legiões, que combateram contra a Rússia``: the modified noun fills the pronoun's role."""
    if tok.dep_ != ACL_RELCL and not _misparsed_relative(tok):
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None:
        return []
    clause.rule = "relcl"
    found = _clause_relations(clause, ctx)
    return found + _relative_chain(tok, clause, ctx)


def _relative_chain(verb: Token, clause: Clause, ctx: Context) -> list[Found]:
    """``Piłsudski comandou o contra-ataque que decidiu a Batalha de Varsóvia``: when the
    antecedent is an unnamed object (an action, a unit) and the relative clause makes it take
    part in an event, the main clause's agent takes part in the event too."""
    noun = verb.head
    if verb.dep_ != ACL_RELCL or clause.agents or clause.passive or noun.dep_ != OBJ or ctx.entity(noun) is not None:
        return []
    if not any(_is_relative(c) and c.dep_ == NSUBJ for c in verb.children):
        return []
    outer = analyse_clause(noun.head, ctx)
    if outer is None or outer.passive or not outer.agents:
        return []
    chained = replace(clause, agents=list(outer.agents), obliques=[], rule="relcl-chain", prodrop=outer.prodrop)
    return [f for f in _clause_relations(chained, ctx) if f.predicate == "participantIn"]


def participial_clause(tok: Token, ctx: Context) -> list[Found]:
    """``a Frente Ocidental, comandada por Tukhachevsky``: the noun is the participle's patient."""
    if tok.dep_ != ACL:
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None:
        return []
    clause.rule = "acl-participle"
    return _clause_relations(clause, ctx)


def control_xcomp(tok: Token, ctx: Context) -> list[Found]:
    """``Lenin decidiu atacar Varsóvia``: the complement's subject is the controller's."""
    if tok.dep_ != XCOMP or tok.pos_ not in VERBAL:
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None:
        return []
    if clause.rule in ("svo-active", "passive", "passive-agent"):
        return []  # it has a subject of its own: an ordinary clause
    clause.rule = "xcomp-control"
    return _clause_relations(clause, ctx)


def coordinated_verb(tok: Token, ctx: Context) -> list[Found]:
    """``Lenin voltou a Petrogrado e apresentou as Teses``: conjoined verbs share the subject."""
    if tok.dep_ != CONJ or tok.pos_ not in VERBAL:
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None or clause.rule != "conj-shared":
        return []
    return _clause_relations(clause, ctx)


def adjectival_participle(tok: Token, ctx: Context) -> list[Found]:
    """``o Exército Vermelho estava ocupado com os exércitos de Kolchak``: a participle used as
    an adjective after a copula reads as the passive of its verb (mapped frames only)."""
    if tok.pos_ not in ("ADJ", "VERB") or not any(c.dep_ == COP for c in tok.children):
        return []
    lemma = _lemma(tok)
    if not lemma.endswith(("ar", "er", "ir")) or not any(lm == lemma for lm, _ in ctx.mapping.verbs):
        return []
    subjects, _, _ = subject_args(tok, ctx)
    clause = Clause(tok, "adj-participle", patients=subjects, passive=True)
    for c in tok.children:
        if c.dep_ == OBL or (c.dep_.startswith(OBL + ":") and c.dep_ != OBL_AGENT):
            found = _oblique(c, ctx)
            if found is not None:
                clause.obliques.extend((found[0], a) for a in ctx.entities(found[1]))
        elif c.dep_ == OBL_AGENT:
            clause.agents.extend(ctx.entities(c))
    return [f for f in _clause_relations(clause, ctx) if not f.rule.startswith(OPEN_PREFIX)]


# --------------------------------------------------------------------------------------
# Relational nouns: copulas, predicatives, appositions, titles, genitives
# --------------------------------------------------------------------------------------


def noun_objects(noun: Token, ctx: Context) -> list[tuple[str, Arg]]:
    """The entities a relational noun relates to: ``chefe [de Estado] da Polônia`` → (de, Polônia)."""
    out: list[tuple[str, Arg]] = []
    for c in noun.children:
        if c.dep_ == NMOD:
            case = _case(c)
            if case is None:
                continue
            prep = ctx.mapping.preposition(case.lemma_ or case.text)
            args = ctx.entities(c)
            if c.pos_ == "NOUN":  # "chefe de Estado da Polônia" (even when the NER took "Estado")
                for g in c.children:
                    gcase = _case(g)
                    if g.dep_ == NMOD and gcase is not None and ctx.mapping.preposition(gcase.lemma_ or gcase.text) == "de":
                        deeper = ctx.entities(g)
                        if deeper:
                            args = deeper
                            break
            out.extend((prep, a) for a in args)
        elif c.dep_ == AMOD:  # "o líder bolchevique Lenin"
            arg = ctx.direct(c)
            if arg is not None:
                out.append(("de", arg))
    return out


def _noun_relations(subject: Arg, noun: Token, ctx: Context, rule: str, *, clause_head: Token | None = None) -> list[Found]:
    found = []
    head = clause_head if clause_head is not None else noun
    polarity = not _negated(head, ctx) and not _negated(noun, ctx)
    modality = _modality(head, ctx) if clause_head is not None or any(c.dep_ == COP for c in noun.children) else ASSERTED
    time = ctx.time_in(list(noun.subtree)) or (ctx.time_in(clause_tokens(clause_head)) if clause_head is not None else None)
    lemma = _lemma(noun)
    for prep, obj in noun_objects(noun, ctx):
        if obj.entity == subject.entity:
            continue
        frame = ctx.mapping.noun(lemma, prep, subject=ctx.category.get(subject.entity, ""), obj=ctx.category.get(obj.entity, ""))
        if frame is None:
            found.append(_found(subject, _open(lemma, prep), obj, noun, OPEN_PREFIX + rule, None, polarity, modality, time))
            continue
        s, o = (obj, subject) if frame.inverse else (subject, obj)
        found.append(_found(s, frame.predicate, o, noun, rule, None, polarity, modality, time))
    return found


def copula_noun(tok: Token, ctx: Context) -> list[Found]:
    """``X foi o líder de Y`` → led(X, Y): a noun predicate with a copula."""
    if not any(c.dep_ == COP for c in tok.children) or ctx.direct(tok) is not None:
        return []
    subjects, _, has_subject = subject_args(tok, ctx)
    prodrop = False
    if not has_subject and ctx.topic is not None and _prodrop_ok(tok):
        subjects, prodrop = [ctx.topic], True
    out = []
    for noun in conjuncts(tok):
        if noun.pos_ not in ("NOUN", "ADJ"):
            continue
        if noun.pos_ == "ADJ" and any(lm == _lemma(noun) for lm, _ in ctx.mapping.verbs):
            continue  # "estava ocupado com": adjectival_participle
        for s in subjects:
            out += _noun_relations(s, noun, ctx, "copula-noun", clause_head=tok)
    return [_prodrop(f) for f in out] if prodrop else out


def _prodrop(f: Found) -> Found:
    return replace(f, rule=f.rule + "+prodrop", confidence=round(f.confidence * PRODROP_FACTOR, 3))


def xcomp_noun(tok: Token, ctx: Context) -> list[Found]:
    """``Zinoviev foi eleito presidente do Comitê``, ``tornou-se chefe de Y``: a predicative noun."""
    noun = _partitive(tok)
    if noun.pos_ != "NOUN" or tok.head.i == tok.i:
        return []
    predicative = ctx.lemma(tok.head) in ctx.mapping.predicative_verbs and ctx.direct(tok) is None
    if tok.dep_ == XCOMP or (tok.dep_ in (OBJ, NSUBJ, NSUBJ_PASS) and predicative):
        rule = "xcomp-noun"  # "tornou-se presidente do Conselho" (also when parsed as an object)
    elif tok.dep_ == OBL and (case := _case(tok)) is not None and _lemma(case) == "como":
        rule = "como-noun"  # "como chefe do novo Estado, Lênin impôs..."
    else:
        return []
    verb = tok.head
    clause = analyse_clause(verb, ctx)
    if clause is None:
        return []
    subjects = clause.patients if clause.passive else clause.agents
    prodrop = clause.prodrop
    if tok.dep_ in (NSUBJ, NSUBJ_PASS):  # "tornou-se um dos dirigentes": the predicate parsed as the subject
        others = [c for c in verb.children if c.dep_ in (NSUBJ, NSUBJ_PASS) and c.i != tok.i]
        subjects = [a for c in others for a in ctx.entities(c)]
        prodrop = False
        stranded = _stranded_subject(verb, ctx) if not others else None
        if stranded is not None:
            subjects = [stranded]
        elif not others and ctx.topic is not None and _prodrop_ok(verb):
            subjects, prodrop = [ctx.topic], True
    out = []
    for s in subjects:
        out += _noun_relations(s, noun, ctx, rule, clause_head=verb)
    return [_prodrop(f) for f in out] if prodrop else out


def _partitive(tok: Token) -> Token:
    """``um dos dirigentes do partido`` → ``dirigentes``."""
    if tok.pos_ in ("NUM", "PRON", "DET") and tok.lower_ in ("um", "uma"):
        for c in tok.children:
            if c.dep_ == NMOD and c.pos_ == "NOUN" and (case := _case(c)) is not None and _lemma(case).startswith("de"):
                return c
    return tok


def noun_object(tok: Token, ctx: Context) -> list[Found]:
    """``rejeitava qualquer apoio ao Governo Provisório``: an event noun as the verb's object.

    The verb's subject is the noun's agent; only mapped nouns count (no open relations), and a
    negating verb (``rejeitar``, ``recusar``) makes the relation negative.
    """
    if tok.dep_ not in (OBJ, OBL) or tok.pos_ != "NOUN" or ctx.direct(tok) is not None or tok.head.i == tok.i:
        return []
    if tok.dep_ == OBL:  # "durante a guerra contra a Rússia, Piłsudski comandou..."
        case = _case(tok)
        if case is None or _lemma(case) in ("como", *ctx.mapping.attribution):
            return []
    if ctx.lemma(tok.head) in ctx.mapping.predicative_verbs:
        return []
    clause = analyse_clause(tok.head, ctx)
    if clause is None or clause.passive:
        return []
    out = []
    for subject in clause.agents:
        for f in _noun_relations(subject, tok, ctx, "noun-object", clause_head=tok.head):
            if f.predicate.startswith("rel:") or _lemma(tok) not in ctx.mapping.event_nouns:
                continue
            if ctx.lemma(tok.head) in ctx.mapping.negating_verbs:
                f = replace(f, polarity=False)
            out.append(_prodrop(f) if clause.prodrop else f)
    return out


def appos_title(tok: Token, ctx: Context) -> list[Found]:
    """``Piłsudski, chefe de Estado da Polônia`` / ``o comandante do Exército Vermelho, Trotsky``."""
    if tok.dep_ == APPOS:
        head = tok.head
    elif tok.dep_ in (FLAT_NAME, FLAT, NMOD, "dep") and not _case(tok):
        head = tok.head  # "o líder bolchevique Lenin" parsed with the name as a flat part
    else:
        return []
    head_entity, app_entity = ctx.direct(head), ctx.direct(tok)
    if head_entity is not None and app_entity is not None:
        # "Madison (EUA)" is an apposition, or a caseless nmod in a weaker parse
        if tok.dep_ == APPOS or (tok.dep_ in (NMOD, "dep") and _bracketed_or_after_comma(tok)):
            return _entity_apposition(head_entity, app_entity, tok, ctx)
        return []
    if head.pos_ != "NOUN" and tok.dep_ != APPOS:
        return []
    if head_entity is not None and tok.pos_ in ("NOUN", "ADJ") and tok.dep_ == APPOS:
        return _noun_relations(head_entity, tok, ctx, "appos-title")
    if head_entity is None and head.pos_ in ("NOUN", "ADJ"):
        subject = ctx.entity(tok)
        if subject is not None:
            return _noun_relations(subject, head, ctx, "appos-title")
    return []


def _bracketed_or_after_comma(tok: Token) -> bool:
    first = tok.left_edge
    if first.i == 0:
        return False
    before = tok.doc[first.i - 1]
    return before.text in ("(", ",", "-", "–")


def _entity_apposition(head: Arg, app: Arg, tok: Token, ctx: Context) -> list[Found]:
    """``Madison (EUA)``, ``Márcio Cammarosano (Procuradoria)``: two names side by side."""
    if head.entity == app.entity:
        return []
    rule = ctx.mapping.apposition_rule(ctx.category.get(head.entity, ""), ctx.category.get(app.entity, ""))
    if rule is None:
        return []
    s, o = (app, head) if rule.inverse else (head, app)
    return [_found(s, rule.predicate, o, tok, "appos-entity", None, True, ASSERTED, ctx.time_in(list(tok.subtree)))]


def genitive(tok: Token, ctx: Context) -> list[Found]:
    """``a Frente Ocidental do Exército Vermelho`` → partOf; ``o 5.º Exército de Sikorski`` → commanded."""
    if tok.dep_ != NMOD or tok.head.i == tok.i:
        return []
    case = _case(tok)
    if case is None:
        return []
    head = tok.head
    head_arg = ctx.direct(head)
    if head_arg is None:
        return []
    if head.pos_ == "NOUN" and head_arg.end - head_arg.start == len(head.text):
        return []  # a lone common noun the NER took for a name ("chefe de Estado da Polônia")
    prep = ctx.mapping.preposition(case.lemma_ or case.text)
    if prep != "de" and any(c.dep_ == CONJ for c in tok.children):
        return []  # "na França, na Itália, na China e em outros países": a list, not a nesting
    out = []
    for dep_arg in ctx.entities(tok):
        if dep_arg.entity == head_arg.entity:
            continue  # "Batalha de Varsóvia": one name
        rule = ctx.mapping.genitive_rule(
            ctx.category.get(head_arg.entity, ""), _lemma(head), ctx.category.get(dep_arg.entity, ""), prep
        )
        if rule is None:
            continue
        s, o = (dep_arg, head_arg) if rule.inverse else (head_arg, dep_arg)
        time = ctx.time_in(list(head.subtree))
        out.append(_found(s, rule.predicate, o, case, "genitive", None, True, ASSERTED, time))
    return out


POSSESSIVES = frozenset({"seu", "sua", "seus", "suas"})
WHOSE = frozenset({"cujo", "cuja", "cujos", "cujas"})


def possessive_kin(tok: Token, ctx: Context) -> list[Found]:
    """``Sissi recorre aos conselhos de sua tia, Martina``; ``Reinaldo, cujo pai, José, ...``:
    a kinship noun with a possessive and a name in apposition relates the name to the possessor
    (the subject of the clause for ``seu``/``sua``, the antecedent for ``cujo``)."""
    if tok.pos_ != "NOUN":
        return []
    frames = [f for (lm, _), fs in ctx.mapping.nouns.items() if lm == _lemma(tok) for f in fs]
    if not frames or frames[0].predicate != "relativeOf":
        return []
    det = next((c for c in tok.children if c.dep_ in ("det", "nmod:poss") and c.lower_ in POSSESSIVES | WHOSE), None)
    if det is None:
        return []
    kin = ctx.entity(tok)
    if kin is None:
        return []
    clause = tok.head
    while clause.pos_ not in VERBAL and clause.head.i != clause.i and clause.dep_ not in (ACL_RELCL, ROOT_DEP):
        clause = clause.head
    possessors: list[Arg] = []
    if det.lower_ in WHOSE:
        relcl = next((a for a in tok.ancestors if a.dep_ == ACL_RELCL), None)
        antecedent = ctx.entity(relcl.head) if relcl is not None else None
        if antecedent is None and det.i > det.sent.start + 1:
            # "Reinaldo Machado, cujo pai...": the name right before the comma
            before = ctx.doc[det.i - 2] if ctx.doc[det.i - 1].text == "," else ctx.doc[det.i - 1]
            antecedent = ctx.direct(before)
        possessors = [antecedent] if antecedent is not None else []
        rule_head = relcl if relcl is not None else clause
    else:
        rule_head = clause
        if clause.pos_ in VERBAL:
            possessors, _, has_subject = subject_args(clause, ctx)
            if not possessors and not has_subject and ctx.topic is not None:
                possessors = [ctx.topic]
    out = []
    polarity = not _negated(rule_head, ctx)
    modality = _modality(rule_head, ctx) if rule_head.pos_ in VERBAL else ASSERTED
    for p in possessors:
        if p.entity != kin.entity and ctx.category.get(p.entity) == PER and ctx.category.get(kin.entity) == PER:
            out.append(_found(p, "relativeOf", kin, tok, "possessive-kin", None, polarity, modality, None))
    return out


def reciprocal(tok: Token, ctx: Context) -> list[Found]:
    """``Audrey Hepburn e Mel Ferrer casaram-se``: coordinated subjects of a verb whose ``com``
    frame is symmetric (``casar com``, ``aliar com``) are related to each other."""
    if tok.pos_ not in VERBAL:
        return []
    frame = ctx.mapping.verb(ctx.lemma(tok), "com")
    if frame is None or frame.predicate not in SYMMETRIC:
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None or len(clause.agents) < 2 or any(p == "com" for p, _ in clause.obliques):
        return []
    polarity, modality = not _negated(tok, ctx), _modality(tok, ctx)
    a = clause.agents
    return [
        _found(a[i], frame.predicate, a[j], tok, "reciprocal", clause, polarity, modality, None)
        for i in range(len(a))
        for j in range(i + 1, len(a))
        if a[i].entity != a[j].entity
    ]


# the text between two names that nests the first in the second
_NESTING_GAP = {
    "bracket": re.compile(r"\s*\(\s*"),
    "comma": re.compile(r"\s*,\s*"),
    "em": re.compile(r"\s*,?\s*(?:em|no|na|nos|nas)\s+"),
}
_LIST_GO_ON = re.compile(r"\s*(?:,|e|ou)\s+(?:em|no|na|nos|nas)\b")


def _token_at(sent: Span, char: int) -> Token:
    """The first token of the sentence starting at or after ``char`` (the last one otherwise)."""
    return next((t for t in sent if t.idx >= char), sent[-1])


# the text between two members of a list
_LIST_GAP = re.compile(r"\s*(?:,|e|ou)\s*(?:(?:em|no|na|nos|nas|de|do|da|dos|das|o|a|os|as)\s+)?")


def surface_nesting(tok: Token, ctx: Context) -> list[Found]:
    """``Luanda, Angola``; ``a Igreja dos Mártires, no Chiado``; ``Recepção ao Caloiro (Covilhã)``;
    ``Martin Schulz (PSE, DE)``: a name followed by a place (or an organization, in brackets),
    read off the text between the two mentions, whatever the parse. The categories choose the
    property through the ``apposition`` rules (and the ``em`` genitive rules after ``em``);
    members of a list (``na França, na Itália, na China e...``) are not nested."""
    first = ctx.mention(tok.idx, tok.idx + len(tok.text))
    if first is None or first[0] != tok.idx:
        return []
    sent = tok.sent
    mentions = ctx.mentions_in(sent.start_char, sent.end_char)
    if first not in mentions:
        return []  # a mention running over the end of the sentence
    k = mentions.index(first)
    text = ctx.doc.text
    out: list[Found] = []

    def gap(a: tuple[int, int, str], b: tuple[int, int, str]) -> str:
        return text[a[1] : b[0]]

    def listed(i: int, j: int) -> bool:
        """Whether mention ``i`` is coordinated with its neighbour ``j`` (same category)."""
        if not (0 <= j < len(mentions)) or ctx.category.get(mentions[j][2]) != ctx.category.get(mentions[i][2]):
            return False
        a, b = sorted((mentions[i], mentions[j]))
        return _LIST_GAP.fullmatch(gap(a, b)) is not None

    head_cat = ctx.category.get(first[2], "")
    head = Arg(first[2], first[0], first[1], tok)
    after = mentions[k + 1 :]
    if not after:
        return []
    nxt = after[0]
    between = gap(first, nxt)
    targets: list[tuple[tuple[int, int, str], str]] = []
    if _NESTING_GAP["bracket"].fullmatch(between):
        # every name inside the brackets: "(PSE, DE)"
        close = text.find(")", first[1])
        targets = [(m, "") for m in after if close >= 0 and m[1] <= close]
    elif _NESTING_GAP["comma"].fullmatch(between):
        if head_cat == LOC and ctx.category.get(nxt[2]) == LOC and not listed(k, k - 1) and not listed(k + 1, k + 2):
            targets = [(nxt, "")]
    elif (
        _NESTING_GAP["em"].fullmatch(between)
        and not listed(k, k - 1)
        and not listed(k + 1, k + 2)
        # "na Hungria, na Baviera e em outras regiões": the list goes on after the second name
        and not _LIST_GO_ON.match(text, nxt[1])
        and not any(c.dep_ == CONJ for c in _token_at(sent, nxt[0]).children)
    ):
        targets = [(nxt, "em")]
    trigger = _token_at(sent, first[1])
    for m, prep in targets:
        if m[2] == first[2]:
            continue
        dep_cat = ctx.category.get(m[2], "")
        rule = ctx.mapping.genitive_rule(head_cat, "", dep_cat, "em") if prep else ctx.mapping.apposition_rule(head_cat, dep_cat)
        if rule is None:
            continue
        dep_tok = _token_at(sent, m[0])
        dep = Arg(m[2], m[0], m[1], dep_tok)
        s_, o_ = (dep, head) if rule.inverse else (head, dep)
        out.append(_found(s_, rule.predicate, o_, trigger, "surface-nesting", None, True, ASSERTED, None))
    return out


VERB_RULES = (svo_active, passive_agent, relative_clause, participial_clause, control_xcomp, coordinated_verb, adjectival_participle)
NOUN_RULES = (copula_noun, xcomp_noun, noun_object, appos_title, genitive, surface_nesting, possessive_kin, reciprocal)


# --------------------------------------------------------------------------------------
# Quotations
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FoundQuote:
    author: Arg
    text: str
    trigger: Token
    rule: str
    confidence: float
    time: TimeExpression | None = None
    start: int = -1
    end: int = -1
    sentence_start: int = -1  # when the quotation spans two sentences (the quote was split off)


def _quote_spans(sent: Span) -> list[tuple[int, int]]:
    out = []
    for m in QUOTE.finditer(sent.text):
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


CLOSING_QUOTES = ("»", "”", '"')


def quotations(sent: Span, ctx: Context, prev: Span | None = None) -> list[FoundQuote]:
    """``«...», declarou Lenin em dezembro de 1920`` and ``Lenin afirmou que ...``.

    When the sentence splitter cut the quotation off (``«...»`` | ``, declarou Lenin``), the
    quotation ending the previous sentence is attributed to a speech verb opening this one.
    """
    out: list[FoundQuote] = []
    spans = _quote_spans(sent)
    joined = -1
    if not spans and prev is not None and prev.text.rstrip().endswith(CLOSING_QUOTES):
        first = [t for t in sent if not t.is_space][:4]
        if first and (first[0].is_punct or any(ctx.lemma(t) in ctx.mapping.speech for t in first)):
            spans = _quote_spans(prev)
            joined = prev.start_char if spans else -1

    def inside(t: Token) -> bool:
        return any(s <= t.idx < e for s, e in spans)

    for verb in sent:
        if verb.pos_ != "VERB" or ctx.lemma(verb) not in ctx.mapping.speech or inside(verb):
            continue
        author = _speaker(verb, ctx)
        if author is None:
            continue
        outside = [t for t in clause_tokens(verb) if not inside(t)]
        time = ctx.time_in(outside)
        if spans:
            for s, e in spans:
                text = ctx.doc.text[s:e].strip()
                out.append(FoundQuote(author, text, verb, "quote-attribution", 0.85, time, s, e, joined))
            continue
        for c in verb.children:
            if c.dep_ == CCOMP:
                words = [t for t in c.subtree if not (t.dep_ == "mark" and t.head.i == c.i)]
                if not words:
                    continue
                s, e = words[0].idx, words[-1].idx + len(words[-1].text)
                text = ctx.doc.text[s:e].strip().rstrip(".")
                out.append(FoundQuote(author, text, verb, "reported-speech", 0.7, time, s, e))
    return out


def attribution_quotations(sent: Span, ctx: Context) -> list[FoundQuote]:
    """``segundo Lenin, a revolução ...``: the rest of the sentence is Lenin's claim."""
    out = []
    for tok in sent:
        if tok.dep_ not in (OBL, NMOD) and not tok.dep_.startswith(OBL):
            continue
        case = _case(tok)
        if case is None or _lemma(case) not in ctx.mapping.attribution:
            continue
        author = ctx.entity(tok)
        if author is None or ctx.category.get(author.entity) not in (PER, ORG):
            continue
        phrase = list(tok.subtree)
        lo, hi = phrase[0].i, phrase[-1].i + 1
        rest = [t for t in sent if not (lo <= t.i < hi) and not (t.dep_ == "punct" and t.i in (lo - 1, hi))]
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


# --------------------------------------------------------------------------------------
# The driver
# --------------------------------------------------------------------------------------


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
        sentence=ctx.doc.text[start:end] if (start, end) != (sent.start_char, sent.end_char) else sent.text,
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
        subject_start=subject.start if subject else -1,
        subject_end=subject.end if subject else -1,
        object_start=obj.start if obj else -1,
        object_end=obj.end if obj else -1,
    )


def _update_topic(sent: Span, ctx: Context) -> None:
    """The discourse topic for dropped subjects: the last person named as a main-clause subject."""
    root = sent.root
    candidates = [c for c in root.children if c.dep_ in (NSUBJ, NSUBJ_PASS)]
    # a title line glued to the first sentence, or a subject under a predicative: any subject
    candidates += [t for t in sent if t.dep_ in (NSUBJ, NSUBJ_PASS) and t.head.dep_ not in (ACL_RELCL, ACL, CCOMP, "advcl")]
    for c in candidates:
        arg = ctx.entity(c)
        if arg is not None and ctx.category.get(arg.entity) == PER:
            ctx.topic = arg
            return


def _sentences(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return list(doc.sents)
    return [doc[:]]


def sentence_relations(sent: Span, ctx: Context) -> list[Found]:
    """Every rule over one sentence, duplicates removed."""
    found: list[Found] = []
    for tok in sent:
        for rule in VERB_RULES + NOUN_RULES:
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
    for sent in _sentences(doc):
        for f in sentence_relations(sent, ctx):
            ev = _evidence(ctx, sent, f.trigger, f.subject, f.object)
            rel = Relation(
                subject=f.subject.entity,
                predicate=f.predicate,
                object=f.object.entity,
                evidence=ev,
                rule=f.rule,
                confidence=f.confidence,
                polarity=f.polarity,
                modality=f.modality,
                time=f.time,
                place=f.place,
            )
            key = (ev.sentence_start, rel.subject, rel.predicate, rel.object, rel.polarity, rel.modality)
            old = relations.get(key)
            if old is None or (rel.confidence, -ev.trigger_start) > (old.confidence, -old.evidence.trigger_start):
                relations[key] = rel
        seen = set()
        for q in quotations(sent, ctx, prev) + attribution_quotations(sent, ctx):
            if (q.author.entity, q.start) in seen:
                continue
            seen.add((q.author.entity, q.start))
            ev = _evidence(ctx, sent, q.trigger, q.author, None)
            ev = replace(ev, object_start=q.start, object_end=q.end)
            if q.sentence_start >= 0:
                ev = replace(ev, sentence_start=q.sentence_start, sentence=ctx.doc.text[q.sentence_start : ev.sentence_end])
            quotes.append(((ev.sentence_start, q.start, q.author.entity), Quotation("", q.author.entity, q.text, ev, q.time, q.rule, q.confidence)))
        _update_topic(sent, ctx)
        prev = sent
    ordered = sorted(
        relations.values(),
        key=lambda r: (
            r.evidence.sentence_start,
            r.evidence.trigger_start,
            r.evidence.subject_start,
            r.evidence.object_start,
            r.predicate,
            r.rule,
        ),
    )
    quotes.sort(key=lambda kq: kq[0])
    qs = tuple(replace(q, id=f"q{i}") for i, (_, q) in enumerate(quotes))
    return tuple(ordered), qs
