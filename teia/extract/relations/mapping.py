"""The declarative relation mapping: verb frames and relational nouns → ontology properties.

The mapping is data (``teia/extract/data/relations.json``, format in ``docs/relations.md``);
this module only reads and checks it. A user file given with ``--relations-map`` is read the
same way and *extends* the shipped one: its entries win over shipped entries with the same
key, its word lists are added to the shipped lists.

Nothing here imports spaCy: :class:`RelationMapping` is a plain, picklable value.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Mapping

from teia.errors import InputError
from teia.extract.labels import ENTITY_CATEGORIES
from teia.extract.lexicons import read_json
from teia.extract.relations.conjugation import infinitive_of

__all__ = [
    "Frame",
    "GenitiveRule",
    "RelationMapping",
    "DEFAULT_MAPPING_PATH",
    "DEFAULT_VERBS_PATH",
    "MODALITIES",
    "default_mapping",
    "is_infinitive",
    "load_mapping",
    "ontology_properties",
    "property_classes",
]

DEFAULT_MAPPING_PATH = Path(str(files("teia.extract") / "data" / "relations.json"))
DEFAULT_VERBS_PATH = Path(str(files("teia.extract") / "data" / "verbs.json"))
"""The shipped verb lexicon (``training/verb_lexicon.py``), read with the shipped mapping."""
ONTOLOGY_PATH = Path(str(files("teia") / "ontology" / "teia.ttl"))

MODALITIES = ("hypothetical", "obligation", "reported")
"""Modalities a modal verb may give a clause (``asserted`` is the absence of one)."""

_LIST_KEYS = (
    "speech",
    "attribution",
    "aside_markers",
    "belief",
    "negators",
    "bare_negators",
    "negating_marks",
    "negating_verbs",
    "predicative_verbs",
    "complex_prepositions",
    "proxy_nouns",
    "inclusion_verbs",
    "work_nouns",
    "event_nouns",
    "local_nouns",
    "site_heads",
    "inquiry_heads",
    "award_heads",
    "wing_heads",
    "subsidiary_heads",
    "board_nouns",
    "appointing_verbs",
    "container_nouns",
    "couple_nouns",
    "group_nouns",
    "spouse_nouns",
    "origin_adjectives",
    "nearby_words",
    "distance_nouns",
    "conditionals",
    "concessives",
    "alternatives",
    "light_verbs",
    "happening_verbs",
    "part_verbs",
    "post_nouns",
    "post_verbs",
    "aspect_verbs",
    "naming_verbs",
    "empty_nouns",
    "act_noun_endings",
    "question_words",
    "address_titles",
)
_ARTICLE_LEMMA = "o"
_A = "a"
_INFINITIVE = re.compile(r"(?:[^\W\d_]+-)*[^\W\d_]*(?:[aei]r|[oô]r)")


CONTESTS = frozenset({"defeated", "foughtAgainst"})
"""The predicates of a contest between two parties, a battle's, an election's or a match's."""


def is_infinitive(word: str) -> bool:
    """Whether ``word`` has the shape of a Portuguese infinitive (``-ar``, ``-er``, ``-ir``,
    ``pôr`` and its compounds in ``-or``): not what a broken lemmatizer gives (``sofr``,
    ``operr``, ``caír``, ``escazrr``) nor a form returned as is (``eleva``, ``previu``); a
    prefixed verb keeps its hyphen (``recém-contratar``)."""
    return _INFINITIVE.fullmatch(word) is not None


@dataclass(frozen=True, slots=True)
class Frame:
    """One mapped frame: ``predicate`` for (lemma, prep); ``inverse`` swaps subject and object.

    Optional constraints: ``voice`` (``"active"`` / ``"passive"``) and the entity categories
    of the ``subject`` and ``object`` (before ``inverse`` is applied). ``kind`` (nouns only): the
    category the noun itself says its subject is, which the checks of :mod:`.gates` read instead
    of the NER's (``Dream Evil é uma banda de power metal da Suécia``: an organization, whatever
    the NER typed the name). ``placed`` false (verbs only): the relation holds apart from the
    verb's act, so an ``em`` place of the clause is none of its and keeps its own relation
    (``formada em Seattle por Layne Staley``: ``memberOf`` without a place, and the band's open
    ``rel:formar_em Seattle``).
    """

    predicate: str
    inverse: bool = False
    voice: str = ""
    subject: str = ""
    object: str = ""
    between: str = "subject"
    kind: str = ""
    placed: bool = True

    def accepts(self, passive: bool | None, subject: str, obj: str) -> bool:
        if self.voice and passive is not None and (self.voice == "passive") != passive:
            return False
        if self.subject and self.subject != subject:
            return False
        return not (self.object and self.object != obj)


@dataclass(frozen=True, slots=True)
class GenitiveRule:
    """``<head entity> <prep> <dependent entity>`` with these categories → ``predicate``."""

    head: str
    dependent: str
    prep: str
    predicate: str
    inverse: bool = False
    head_lemmas: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RelationMapping:
    """Everything the relation rules look up, read from one or more mapping files."""

    verbs: Mapping[tuple[str, str], tuple[Frame, ...]] = field(default_factory=dict)
    nouns: Mapping[tuple[str, str], tuple[Frame, ...]] = field(default_factory=dict)
    genitive: tuple[GenitiveRule, ...] = ()
    apposition: tuple[GenitiveRule, ...] = ()
    bracket_parts: tuple[GenitiveRule, ...] = ()
    """Frames of a name followed by a bracket that lists only names (``a Iugoslávia (Sérvia e
    Montenegro)``): ``head`` the category of the name before the bracket, ``dependent`` that of
    every listed name (:mod:`~teia.extract.relations.bracket_parts`)."""
    speech: frozenset[str] = frozenset()
    attribution: frozenset[str] = frozenset()
    aside_markers: frozenset[str] = frozenset()
    """Words that make a phrase a standard of comparison, a topic, an exception, a concession or
    an absence (``tão diversos quanto X``, ``mais do que X``, ``tal como X``, ``quanto a X``,
    ``exceto X``, ``apesar de X``, ``em vez de X``, ``sem X``): a name in such a phrase takes no
    part in the act (:meth:`sets_aside`)."""
    belief: frozenset[str] = frozenset()
    negators: frozenset[str] = frozenset()
    bare_negators: frozenset[str] = frozenset()
    """Words that negate a clause on their own, without a ``negators`` word, when they stand
    before its verb outside a condition: the Brazilian ``sequer`` (``ele sequer visitou Lisboa``:
    he did not even visit it), which the parser also hangs on the verb as an oblique after ``nem``
    (``nem sequer``) or ``sem`` (``saiu sem sequer visitar X``: that one is the infinitive's, not
    the verb's it hangs on)."""
    negating_marks: frozenset[str] = frozenset()
    """Words that open a clause and say it did not happen: ``sem`` before an infinitive (``saiu
    sem pagar a conta``) or ``sem que`` before a subjunctive (``sem que o Senado votasse o
    projeto``); not before a noun (``sem o apoio do PT``: no clause)."""
    negating_verbs: frozenset[str] = frozenset()
    predicative_verbs: frozenset[str] = frozenset()
    appointing_verbs: frozenset[str] = frozenset()
    """Verbs of appointing, choosing or hiring (``nomear``, ``eleger``, ``escolher``,
    ``contratar``) whose predicate noun, in the active voice, tells of the object: ``Lula nomeou
    José Dirceu ministro da Casa Civil``, ``contratou Luxemburgo como técnico do Palmeiras``,
    ``escolheu X para presidente do CNPq``; read with a predicate parsed as a second object too
    (:func:`~teia.extract.relations.nominal.appointed_args`)."""
    complex_prepositions: frozenset[str] = frozenset()
    proxy_nouns: frozenset[str] = frozenset()
    inclusion_verbs: frozenset[str] = frozenset()
    work_nouns: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    local_nouns: frozenset[str] = frozenset()
    site_heads: frozenset[str] = frozenset()
    """First words of the names of organizations that are one place (``hospital``, ``colégio``):
    an ``em`` place after such a name is the organization's, even as a common noun's ``de``
    complement (:func:`~teia.extract.relations.genitive.placed_by_noun`)."""
    inquiry_heads: frozenset[str] = frozenset()
    """First words of the names of inquiries and surveys (``cpi``, ``pesquisa``, ``sondagem``):
    the organization of their ``de`` complement is what they look into or who ran them (``a CPI
    da CUT``, ``a Pesquisa Update, da Câmara Americana``), no whole they are part of
    (:func:`~teia.extract.relations.genitive.genitive`)."""
    wing_heads: frozenset[str] = frozenset()
    """First words of the names of a body's wings, caucuses and boards (``juventude``,
    ``bancada``, ``executiva``): set off by a comma from an organization's ``de`` complement, such
    a name is still its part (``a Juventude Socialista, do PS``), where a name opening with no
    body's word is a product and its maker (:func:`~teia.extract.relations.genitive.genitive`)."""
    subsidiary_heads: frozenset[str] = frozenset()
    """Head words of the names of a group's archives, libraries, radio stations and record labels
    (``arquivo``, ``rádio``, ``records``, ``music``), the first capitalized word of a Portuguese
    name or the last of an English one: set off by a comma from an organization's ``de``
    complement, such a name is still its part (``o Arquivo Público da Cidade, da Prefeitura de
    Aracaju``, ``a Interscope Records, da Universal Music Group``), as one of :attr:`wing_heads` is
    (:func:`~teia.extract.relations.genitive.genitive`)."""
    board_nouns: frozenset[str] = frozenset()
    """Common nouns of a body's boards and committees (``conselho``, ``comissão``, ``diretoria``)
    whose own field after a bare ``de`` stands between a role and the organization (``o
    presidente do conselho de administração da APSS``): the organization is the role's, held in a
    part of it (:func:`~teia.extract.relations.nominal.board_of_field`)."""
    award_heads: frozenset[str] = frozenset()
    """First words of the names of awards (``prémio``, ``troféu``, ``medalha``): one in brackets
    after a person is what the person won (``Sergi Belbel (Prémio Nacional da Literatura
    Catalã em 91, 92 e 93)``), no body the person belongs to
    (:func:`~teia.extract.relations.nesting.surface_nesting`)."""
    container_nouns: frozenset[str] = frozenset()
    """Common nouns of a place inside a named one where a person is born, dies or lives
    (``fazenda``, ``aldeia``, ``casa``, ``família``): the clause's place is the one their ``de``
    or ``em`` complement names (:mod:`~teia.extract.relations.container_places`)."""
    couple_nouns: frozenset[str] = frozenset()
    """Nouns naming two people as a couple before their names (``o casal Paulo Goulart e Nicete
    Bruno``): each is ``relativeOf`` the other (:mod:`~teia.extract.relations.couples`)."""
    group_nouns: frozenset[str] = frozenset()
    """Singular nouns of a group of people named by a list right after them (``a dupla Sérgio
    Miguez e Bel Berlinck abre a feira``): every name of the list is the subject, as after a
    plural noun (:meth:`~teia.extract.relations.context.Context.listed_names`); with
    ``couple_nouns``."""
    spouse_nouns: frozenset[str] = frozenset()
    """Kinship nouns of a spouse (``mulher``, ``marido``, ``viúva``): one person's, never shared by
    the two names of ``de X e Y`` as a child's parents are (:mod:`~teia.extract.relations.kin_pairs`)."""
    origin_adjectives: frozenset[str] = frozenset()
    """Adjectives whose mapped complement the parser hangs beside them on the noun they modify
    (``um ator brasileiro natural de Belo Horizonte``): the complement is the adjective's, not the
    noun's (:func:`~teia.extract.relations.repairs.complement_of_adjective`)."""
    nearby_words: frozenset[str] = frozenset()
    """Adjectives and adverbs that put a place near another, not in it (``vizinho``, ``perto``)."""
    distance_nouns: frozenset[str] = frozenset()
    conditionals: frozenset[str] = frozenset()
    concessives: frozenset[str] = frozenset()
    alternatives: frozenset[str] = frozenset()
    """Conjunctions that offer clauses as alternatives (``ou``): none of the clauses they join is
    stated (``estuda substituir Mauro Silva ou tirar Zinho``; :func:`~.modality.clause_modality`)."""
    light_verbs: frozenset[str] = frozenset()
    happening_verbs: frozenset[str] = frozenset()
    """Verbs whose subject is what happens (``ocorrer``, ``acontecer``, ``decorrer``): an open
    relation of one whose subject cannot happen (a person, a place, a second subject the parser
    gave it) is no statement (:func:`~.found.happening_open`)."""
    part_verbs: frozenset[str] = frozenset()
    """Verbs whose bare object noun is said of their subject through the noun's frames (``fazer``:
    ``faz parte do Mercosul``, :mod:`~teia.extract.relations.part_phrase`)."""
    post_nouns: frozenset[str] = frozenset()
    """Nouns of a post whose bare ``de`` complement names a role (``o cargo de presidente do
    BC``, :mod:`~teia.extract.relations.posts`)."""
    post_verbs: frozenset[str] = frozenset()
    """Verbs whose subject holds, took or left the post of their object (``ocupa o cargo de``,
    :mod:`~teia.extract.relations.posts`)."""
    aspect_verbs: frozenset[str] = frozenset()
    """Verbs that carry an infinitive and say when or whether its act happens (``vir a``,
    ``passar a``, ``voltar a``): the clause's obliques are the infinitive's
    (:func:`~.repairs.aspect_infinitive`)."""
    naming_verbs: frozenset[str] = frozenset()
    """Verbs whose passive gives a thing's name, not a relation (``conhecido por GPS``)."""
    empty_nouns: frozenset[str] = frozenset()
    """Nouns whose open relations are only ``probable`` (:func:`~.found.empty_noun_open`)."""
    act_noun_endings: frozenset[str] = frozenset()
    """Endings of nouns of an act or a state (``presença``, ``dependência``, ``revelação``): a
    noun's open relation with a person for subject is only ``probable``
    (:func:`~.found.act_noun_open`)."""
    question_words: frozenset[str] = frozenset()
    address_titles: frozenset[str] = frozenset()
    modals: Mapping[str, str] = field(default_factory=dict)
    complement_modals: Mapping[str, str] = field(default_factory=dict)
    """Verbs that are no modals but give the infinitive they govern a modality: an attempt, an
    intention, a threat or a promise (``tentaram matar X``: not done) ``hypothetical``, an
    accusation (``acusado de matar X``) ``reported``. Unlike a modal, such a verb keeps its own
    objects (``a FIDE acusou Kasparov de ...`` → ``rel:acusar Kasparov``)."""
    contractions: Mapping[str, str] = field(default_factory=dict)
    participles: Mapping[str, str] = field(default_factory=dict)
    infinitives: frozenset[str] = frozenset()
    """The verb lexicon: infinitives a broken lemma is repaired towards (``verbs.json``, and the
    ``infinitives`` of a user mapping file)."""
    irregular_forms: Mapping[str, str] = field(default_factory=dict)
    """Verb forms the regular endings do not lead to their infinitive (``faz`` -> ``fazer``)."""
    spellings: Mapping[str, str] = field(default_factory=dict)
    """Infinitives of an older spelling to their present one (``actuar`` -> ``atuar``)."""
    sources: tuple[str, ...] = ()

    def verb(
        self, lemma: str, prep: str, *, passive: bool | None = None, subject: str = "", obj: str = "", between: str = "subject"
    ) -> Frame | None:
        """The first frame of (lemma, prep) whose constraints accept the clause; then the
        wildcard frames (lemma ``"*"``), which must constrain a category."""
        for key in ((lemma.lower(), prep), ("*", prep)):
            for frame in self.verbs.get(key, ()):
                if frame.between == between and frame.accepts(passive, subject, obj):
                    return frame
        return None

    def participle_verb(self, form: str) -> str | None:
        """The verb of an irregular participle (``participles``, keyed by the masculine
        singular): ``escrita`` -> ``escrever``, ``eleitos`` -> ``eleger``, ``postas`` -> ``pôr``;
        ``None`` for any other word."""
        word = form.lower()
        if word.endswith("s"):
            word = word[:-1]
        if word.endswith("a"):
            word = word[:-1] + "o"
        return self.participles.get(word)

    def object_preps(self, lemma: str) -> frozenset[str]:
        """Prepositions of the frames of ``lemma`` that link its object and an oblique."""
        lemma = lemma.lower()
        return frozenset(p for (lm, p), frames in self.verbs.items() if lm == lemma and any(f.between == "object" for f in frames))

    @cached_property
    def known_verbs(self) -> tuple[str, ...]:
        """Every verb the mapping names (frames, speech, belief, negating, predicative and modal
        verbs), longest first: what :meth:`Context.lemma` repairs a lemma towards."""
        return tuple(
            sorted(
                {lemma for lemma, _ in self.verbs}
                | self.speech
                | self.belief
                | self.negating_verbs
                | self.predicative_verbs
                | set(self.modals),
                key=lambda w: (-len(w), w),
            )
        )

    @cached_property
    def _lexicon(self) -> frozenset[str]:
        return self.infinitives | frozenset(self.known_verbs)

    def is_verb(self, word: str) -> bool:
        """Whether ``word`` is an infinitive of the verb lexicon or a verb the mapping names."""
        return word in self._lexicon

    def form_infinitive(self, form: str, lemma: str) -> str | None:
        """The infinitive of the verb lexicon for the verb form ``form`` (lower case, without its
        clitics) when the lemmatizer's ``lemma`` is no verb it knows: the one the form's regular
        endings give (:func:`~.conjugation.infinitive_of`: ``atiram`` -> ``atirar``, ``renunciasse``
        -> ``renunciar``), else the lexicon's irregular form (``faz`` -> ``fazer``); ``None`` when
        neither gives one."""
        return infinitive_of(form, lemma, self.is_verb) or self.irregular_forms.get(form)

    def knows_verb(self, lemma: str) -> bool:
        """Whether an open relation's verb ``lemma`` is a verb: one of the verb lexicon
        (:meth:`is_verb`; a prefixed verb by its last part, ``recém-chegar``); with no lexicon
        loaded, any word shaped like an infinitive (:func:`is_infinitive`)."""
        if not self.infinitives:
            return is_infinitive(lemma)
        return self.is_verb(lemma) or self.is_verb(lemma.rpartition("-")[2])

    @cached_property
    def known_stems(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """The stems of the :attr:`known_verbs` in ``-ar``, ``-er`` or ``-ir`` (the verb without
        its ending, three letters at least) with their verb, by the stem's first three letters,
        in the order of :attr:`known_verbs`: the verbs whose stem may start a form."""
        stems: dict[str, list[tuple[str, str]]] = {}
        for known in self.known_verbs:
            stem = known[:-2]
            if len(stem) >= 3 and known.endswith(("ar", "er", "ir")):
                stems.setdefault(stem[:3], []).append((stem, known))
        return {k: tuple(v) for k, v in stems.items()}

    @cached_property
    def _noun_frames(self) -> dict[str, tuple[Frame, ...]]:
        by_lemma: dict[str, list[Frame]] = {}
        for (lm, _), frames in self.nouns.items():
            by_lemma.setdefault(lm, []).extend(frames)
        return {lm: tuple(frames) for lm, frames in by_lemma.items()}

    def noun_frames(self, lemma: str) -> tuple[Frame, ...]:
        """Every frame of the noun ``lemma`` (exactly as written), whatever the preposition, in
        the order of the mapping."""
        return self._noun_frames.get(lemma, ())

    @cached_property
    def _contest_verbs(self) -> frozenset[str]:
        return frozenset(lm for (lm, _), frames in self.verbs.items() if any(f.predicate in CONTESTS for f in frames))

    def contest_verb(self, lemma: str) -> bool:
        """Whether the verb ``lemma`` (lower case) has a frame of a contest (``CONTESTS``: who
        defeated or fought whom; ``vencer``, ``derrotar``, ``enfrentar``, ``combater``)."""
        return lemma in self._contest_verbs

    def kin_noun(self, word: str) -> bool:
        """Whether ``word`` (lower case) or its singular is a kinship noun: one whose first frame
        is ``relativeOf`` (``filho``, ``irmãs``, ``mulher``)."""
        for form in (word, word[:-1] if word.endswith("s") else None):
            if form is not None:
                frames = self.noun_frames(form)
                if frames and frames[0].predicate == "relativeOf":
                    return True
        return False

    def noun(self, lemma: str, prep: str, *, subject: str = "", obj: str = "") -> Frame | None:
        """The first frame of the noun accepting the categories; then the wildcard noun frames
        (``"*"``: any title or profession, ``jornalista do Expresso``), which constrain both; not
        for a noun of a contest (``CONTESTS``), whose frames the categories rejected: a victor is no
        trade (``vencedor do Grammy``, the prize typed an organization, is no affiliation)."""
        own = self.nouns.get((lemma.lower(), prep), ())
        for frame in own:
            if frame.accepts(None, subject, obj):
                return frame
        if any(f.predicate in CONTESTS for f in own):
            return None
        for frame in self.nouns.get(("*", prep), ()):
            if frame.accepts(None, subject, obj):
                return frame
        return None

    def genitive_rule(self, head_category: str, head_lemma: str, dependent_category: str, prep: str) -> GenitiveRule | None:
        """The first genitive rule matching (rules with a head-lemma list are tried first)."""
        fallback = None
        for rule in self.genitive:
            if (rule.head, rule.dependent, rule.prep) != (head_category, dependent_category, prep):
                continue
            if rule.head_lemmas:
                if head_lemma.lower() in rule.head_lemmas:
                    return rule
            elif fallback is None:
                fallback = rule
        return fallback

    def apposition_rule(self, head_category: str, dependent_category: str) -> GenitiveRule | None:
        """The rule for two entities in apposition (``Madison (EUA)``, ``Cabrela, Évora``)."""
        for rule in self.apposition:
            if (rule.head, rule.dependent) == (head_category, dependent_category):
                return rule
        return None

    def bracket_part_rule(self, head_category: str, dependent_category: str) -> GenitiveRule | None:
        """The rule for the names a bracket lists after a name (``Ceará (Juazeiro do Norte e
        Fortaleza)``), by the categories of that name and of the listed ones."""
        return next((r for r in self.bracket_parts if (r.head, r.dependent) == (head_category, dependent_category)), None)

    def sets_aside(self, prep: str) -> bool:
        """Whether a preposition as the rules join it (``quanto``, ``de_que``, ``tal_como``,
        ``em_vez_de``) holds a word of :attr:`aside_markers`: its phrase is no argument."""
        return any(part in self.aside_markers for part in prep.split("_"))

    def preposition(self, word: str) -> str:
        """A ``case`` token's preposition: contractions (``do``, ``pelo``) reduced to it; the
        article's lemma ``o``, which the lemmatizer gives a case marker ``a`` it took for the
        article (``foi ontem a Hollywood``), read as ``a``: no preposition is written ``o``."""
        w = word.lower().split(" ")[0] if word else ""
        if w == _ARTICLE_LEMMA:
            return _A
        return self.contractions.get(w, w)


@lru_cache(maxsize=1)
def ontology_properties() -> frozenset[str]:
    """Names of the object properties declared in ``teia.ttl`` (read as text: no rdflib here)."""
    text = ONTOLOGY_PATH.read_text(encoding="utf-8")
    found = re.findall(r"^teia:(\w+)\s*\n\s+a owl:ObjectProperty", text, flags=re.M)
    return frozenset(found)


@lru_cache(maxsize=1)
def property_classes() -> dict[str, tuple[str, str]]:
    """The declared ``rdfs:domain`` and ``rdfs:range`` class names (``""`` when undeclared) of
    each object property of ``teia.ttl`` (``memberOf`` -> ``("Agent", "Organization")``)."""
    text = ONTOLOGY_PATH.read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r"^teia:(\w+)\s*\n\s+a owl:ObjectProperty(.*?)(?=\n\S|\Z)", text, flags=re.M | re.S):
        domain = re.search(r"rdfs:domain teia:(\w+)", m.group(2))
        range_ = re.search(r"rdfs:range teia:(\w+)", m.group(2))
        out[m.group(1)] = (domain.group(1) if domain else "", range_.group(1) if range_ else "")
    return out


def _fail(source: str, where: str, message: str) -> InputError:
    return InputError(f"{source}: {where}: {message}")


def _text(value: Any, source: str, where: str, *, empty: bool = False) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise _fail(source, where, f"expected a {'string' if empty else 'non-empty string'}, got {value!r}")
    return value.strip().lower() if where.endswith(("lemma", "prep")) else value.strip()


def _predicate(value: Any, source: str, where: str) -> str:
    name = _text(value, source, where)
    if name.startswith("rel:"):
        if not re.fullmatch(r"rel:[\w-]+", name):
            raise _fail(source, where, f"open predicate {name!r} must be rel:<word>")
        return name
    if name not in ontology_properties():
        raise _fail(source, where, f"{name!r} is not an object property of the teia ontology")
    return name


def _category(value: Any, source: str, where: str) -> str:
    if value in (None, ""):
        return ""
    cat = _text(value, source, where).upper()
    if cat not in ENTITY_CATEGORIES:
        raise _fail(source, where, f"{cat!r} is not an entity category {ENTITY_CATEGORIES}")
    return cat


def _frames(entries: Any, source: str, key: str, into: dict[tuple[str, str], list[Frame]]) -> None:
    """Add the frames of one file; they go before the frames of earlier files (so they win)."""
    if not isinstance(entries, list):
        raise _fail(source, key, "expected a list of frames")
    new: dict[tuple[str, str], list[Frame]] = {}
    for i, entry in enumerate(entries):
        where = f"{key}[{i}]"
        if not isinstance(entry, dict):
            raise _fail(source, where, "expected an object")
        unknown = set(entry) - {"lemma", "prep", "predicate", "inverse", "voice", "subject", "object", "between", "kind", "placed", "comment"}
        if unknown:
            raise _fail(source, where, f"unknown keys {sorted(unknown)}")
        lemma = _text(entry.get("lemma"), source, f"{where}.lemma")
        prep = _text(entry.get("prep", ""), source, f"{where}.prep", empty=True)
        inverse = entry.get("inverse", False)
        if not isinstance(inverse, bool):
            raise _fail(source, f"{where}.inverse", "expected true or false")
        voice = entry.get("voice", "")
        if voice not in ("", "active", "passive"):
            raise _fail(source, f"{where}.voice", "expected \"active\" or \"passive\"")
        between = entry.get("between", "subject")
        if between not in ("subject", "object") or (between == "object" and key != "verbs"):
            raise _fail(source, f"{where}.between", "expected \"subject\" or (verbs only) \"object\"")
        if "kind" in entry and key != "nouns":
            raise _fail(source, f"{where}.kind", "only a noun frame says what its subject is")
        placed = entry.get("placed", True)
        if not isinstance(placed, bool) or (not placed and key != "verbs"):
            raise _fail(source, f"{where}.placed", "expected true or false (false: verbs only)")
        frame = Frame(
            _predicate(entry.get("predicate"), source, f"{where}.predicate"),
            inverse,
            voice,
            _category(entry.get("subject"), source, f"{where}.subject"),
            _category(entry.get("object"), source, f"{where}.object"),
            between,
            _category(entry.get("kind"), source, f"{where}.kind"),
            placed,
        )
        if lemma == "*" and not (frame.subject or frame.object):
            raise _fail(source, where, "a wildcard frame (lemma \"*\") must constrain the subject or object category")
        new.setdefault((lemma, prep), []).append(frame)
    for k, frames in new.items():
        into[k] = frames + [f for f in into.get(k, []) if f not in frames]


def _genitive(entries: Any, source: str, key: str = "genitive") -> list[GenitiveRule]:
    if not isinstance(entries, list):
        raise _fail(source, key, "expected a list of rules")
    out = []
    for i, entry in enumerate(entries):
        where = f"{key}[{i}]"
        if not isinstance(entry, dict):
            raise _fail(source, where, "expected an object")
        unknown = set(entry) - {"head", "dependent", "prep", "predicate", "inverse", "head_lemmas", "comment"}
        if unknown:
            raise _fail(source, where, f"unknown keys {sorted(unknown)}")
        cats = []
        for k in ("head", "dependent"):
            cat = _text(entry.get(k), source, f"{where}.{k}").upper()
            if cat not in ENTITY_CATEGORIES:
                raise _fail(source, f"{where}.{k}", f"{cat!r} is not an entity category {ENTITY_CATEGORIES}")
            cats.append(cat)
        lemmas = entry.get("head_lemmas", [])
        if not isinstance(lemmas, list) or not all(isinstance(x, str) for x in lemmas):
            raise _fail(source, f"{where}.head_lemmas", "expected a list of strings")
        inverse = entry.get("inverse", False)
        if not isinstance(inverse, bool):
            raise _fail(source, f"{where}.inverse", "expected true or false")
        out.append(
            GenitiveRule(
                cats[0],
                cats[1],
                _text(entry.get("prep", "de" if key == "genitive" else ""), source, f"{where}.prep", empty=True),
                _predicate(entry.get("predicate"), source, f"{where}.predicate"),
                inverse,
                frozenset(x.lower() for x in lemmas),
            )
        )
    return out


def _words(value: Any, source: str, key: str) -> set[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        raise _fail(source, key, "expected a list of words")
    return {x.strip().lower() for x in value}


def _str_map(value: Any, source: str, key: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise _fail(source, key, "expected an object of strings")
    return {k.lower(): v.lower() for k, v in value.items()}


def _participles(value: Any, source: str) -> dict[str, str]:
    """``participles``: irregular participles, masculine singular (``escrito``, ``entregue``),
    to their infinitive (``escrever``)."""
    table = _str_map(value, source, "participles")
    for form, verb in table.items():
        if not re.fullmatch(r"[^\W\d_]+[oe]", form):
            raise _fail(source, f"participles.{form}", "expected a participle in the masculine singular (escrito, entregue)")
        if not is_infinitive(verb):
            raise _fail(source, f"participles.{form}", f"{verb!r} is not an infinitive")
    return table


def _infinitives(value: Any, source: str, key: str) -> set[str]:
    """A list of infinitives in lower case (``atirar``, ``pôr``, ``recém-nomear``)."""
    if not isinstance(value, list):
        raise _fail(source, key, "expected a list of infinitives")
    for word in value:
        if not isinstance(word, str) or word != word.strip().lower() or not is_infinitive(word):
            raise _fail(source, key, f"{word!r} is not an infinitive in lower case (atirar, pôr)")
    return set(value)


def _irregular_forms(value: Any, source: str, key: str) -> dict[str, str]:
    """Verb forms (one word, lower case) to their infinitive (``faz`` -> ``fazer``)."""
    table = _str_map(value, source, key)
    for form, verb in table.items():
        if not form.isalpha() or not is_infinitive(verb):
            raise _fail(source, f"{key}.{form}", "expected a verb form (one word) and its infinitive")
    return table


def _spellings(value: Any, source: str, key: str) -> dict[str, str]:
    """Infinitives of an older spelling to another infinitive, their present one (``actuar`` ->
    ``atuar``)."""
    table = _str_map(value, source, key)
    for old, new in table.items():
        if not (is_infinitive(old) and is_infinitive(new)) or old == new:
            raise _fail(source, f"{key}.{old}", "expected an infinitive and another infinitive, its present spelling (actuar: atuar)")
    return table


def _verb_lexicon(path: Path) -> tuple[set[str], dict[str, str], dict[str, str]]:
    """The infinitives, irregular forms and old spellings of the shipped verb lexicon file
    (``{"version": 1, "infinitives": [...], "irregular_forms": {...}, "spellings": {...}}``)."""
    source = os.fspath(path)
    data = read_json(path, "verb lexicon")
    if not isinstance(data, dict) or set(data) - {"version", "comment", "infinitives", "irregular_forms", "spellings"} or data.get("version") != 1:
        raise InputError(
            f"{source}: a verb lexicon must be a JSON object with \"version\": 1, \"infinitives\", \"irregular_forms\" and \"spellings\""
        )
    return (
        _infinitives(data.get("infinitives"), source, "infinitives"),
        _irregular_forms(data.get("irregular_forms", {}), source, "irregular_forms"),
        _spellings(data.get("spellings", {}), source, "spellings"),
    )


def _read(path: Path) -> dict[str, Any]:
    source = os.fspath(path)
    data = read_json(path, "relation mapping file")
    if not isinstance(data, dict):
        raise InputError(f"{source}: the relation mapping must be a JSON object")
    known = {"version", "comment", "verbs", "nouns", "genitive", "apposition", "bracket_parts", "modals", "complement_modals", "contractions", "participles", "infinitives", "irregular_forms", "spellings", *_LIST_KEYS}
    unknown = set(data) - known
    if unknown:
        raise InputError(f"{source}: unknown keys {sorted(unknown)} (known: {sorted(known)})")
    if data.get("version", 1) != 1:
        raise InputError(f"{source}: unsupported mapping version {data.get('version')!r} (expected 1)")
    return data


def load_mapping(*paths: str | os.PathLike[str], include_default: bool = True) -> RelationMapping:
    """Read mapping files in order (later files override earlier ones); the shipped one first.

    The shipped verb lexicon (``verbs.json``) is read with the shipped mapping; a file's
    ``infinitives``, ``irregular_forms`` and ``spellings`` are added to it. Raises :class:`~teia.errors.InputError` for a missing,
    unreadable or malformed file, an unknown key or a predicate the ontology does not declare.
    """
    files_ = ([DEFAULT_MAPPING_PATH] if include_default else []) + [Path(p) for p in paths]
    verbs: dict[tuple[str, str], list[Frame]] = {}
    nouns: dict[tuple[str, str], list[Frame]] = {}
    genitive: list[GenitiveRule] = []
    apposition: list[GenitiveRule] = []
    bracket_parts: list[GenitiveRule] = []
    lists: dict[str, set[str]] = {k: set() for k in _LIST_KEYS}
    modals: dict[str, str] = {}
    complement_modals: dict[str, str] = {}
    contractions: dict[str, str] = {}
    participles: dict[str, str] = {}
    infinitives, irregular, spellings = _verb_lexicon(DEFAULT_VERBS_PATH) if include_default else (set(), {}, {})
    for path in files_:
        source = os.fspath(path)
        data = _read(path)
        _frames(data.get("verbs", []), source, "verbs", verbs)
        _frames(data.get("nouns", []), source, "nouns", nouns)
        # user genitive rules come first, so that they win
        genitive = _genitive(data.get("genitive", []), source) + genitive
        apposition = _genitive(data.get("apposition", []), source, "apposition") + apposition
        bracket_parts = _genitive(data.get("bracket_parts", []), source, "bracket_parts") + bracket_parts
        for k in _LIST_KEYS:
            if k in data:
                lists[k] |= _words(data[k], source, k)
        for key, into in (("modals", modals), ("complement_modals", complement_modals)):
            if key in data:
                m = _str_map(data[key], source, key)
                bad = {v for v in m.values() if v not in MODALITIES}
                if bad:
                    raise _fail(source, key, f"unknown modalities {sorted(bad)} (known: {MODALITIES})")
                into.update(m)
        if "contractions" in data:
            contractions.update(_str_map(data["contractions"], source, "contractions"))
        if "participles" in data:
            participles.update(_participles(data["participles"], source))
        if "infinitives" in data:
            infinitives |= _infinitives(data["infinitives"], source, "infinitives")
        if "irregular_forms" in data:
            irregular.update(_irregular_forms(data["irregular_forms"], source, "irregular_forms"))
        if "spellings" in data:
            spellings.update(_spellings(data["spellings"], source, "spellings"))
    return RelationMapping(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        genitive=tuple(genitive),
        apposition=tuple(apposition),
        bracket_parts=tuple(bracket_parts),
        modals=dict(modals),
        complement_modals=dict(complement_modals),
        contractions=dict(contractions),
        participles=dict(participles),
        infinitives=frozenset(infinitives),
        irregular_forms=dict(irregular),
        spellings=dict(spellings),
        sources=tuple(os.fspath(p) for p in files_),
        **{k: frozenset(v) for k, v in lists.items()},
    )


@lru_cache(maxsize=1)
def default_mapping() -> RelationMapping:
    """The shipped mapping (read once per process)."""
    return load_mapping()
