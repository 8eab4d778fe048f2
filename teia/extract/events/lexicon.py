"""Word lists of the event rules: trigger nouns and verbs with their event class and roles,
the verbs and nouns that restrict them, and the function words the phrase readers stop at.

The trigger words and the words that restrict them are data, ``teia/extract/data/events.json``
(format in ``docs/events-lexicon.md``), checked when read (:data:`SCHEMA`) and extensible by the
user (``teia build --lexicon FILE``). The rules read the tables below, which hold the lexicon
of the pipeline that runs: :func:`install` fills them from a :class:`~teia.extract.lexicons.Lexicon`
(the ``teia_events`` component installs its own before each document; the shipped one is
installed at import). The function words, closed classes of the grammar, stay constants here.
The sets are only tested for membership and the lists and dicts keep their file order, so
matching is deterministic."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from teia.extract.articles import IN_FORMS, OF_FORMS
from teia.extract.lexicons import Lexicon, Table, load_lexicon

AGENT, DEFEATED, PATIENT, PARTICIPANT = "agent", "defeated", "patient", "participant"
ROLES = (AGENT, DEFEATED, PATIENT, PARTICIPANT)
EVENT_CLASSES = ("Event", "MilitaryConflict", "Battle", "Revolution", "Treaty", "Founding")
"""The event classes of the ontology a trigger may make (``teia.ttl``)."""

DATA_PATH = Path(str(files("teia") / "extract" / "data" / "events.json"))

_WORDS, _PAIRS = Table("words"), Table("pairs")
SCHEMA: dict[str, Table] = {
    "type_words": Table("map", EVENT_CLASSES),
    "noun_triggers": Table("triggers", ROLES, EVENT_CLASSES),
    "verb_triggers": Table("triggers", ROLES, EVENT_CLASSES),
    "plurals": Table("map"),
    "bare_triggers": _WORDS,
    "contra_roles": Table("map", ROLES),
    "movement_nouns": _WORDS,
    "policy_verbs": _WORDS,
    "advocacy_verbs": _WORDS,
    "policy_nouns": _WORDS,
    "place_object_verbs": _WORDS,
    "intransitive_verbs": _WORDS,
    "movement_verbs": _WORDS,
    "object_nouns": Table("nested", ROLES),
    "needs_time": _WORDS,
    "irregular_forms": Table("map"),
    "verb_stems": _PAIRS,
    "verb_endings": _WORDS,
    "irrealis_verbs": _WORDS,
    "irrealis_nouns": _WORDS,
    "oppose_verbs": _WORDS,
    "assemblies": _WORDS,
    "outcomes": _WORDS,
    "gentilic_words": _WORDS,
    "not_gentilic": _WORDS,
    "governor_roles": Table("map", ROLES),
    "prepositional_governors": _WORDS,
}
"""The tables of ``events.json`` and their shapes."""


def event_lexicon(*user_files: str) -> Lexicon:
    """The shipped event lexicon extended by ``user_files`` (read each time they are given)."""
    return load_lexicon("events", SCHEMA, DATA_PATH, user_files) if user_files else _shipped()


@lru_cache(maxsize=1)
def _shipped() -> Lexicon:
    return load_lexicon("events", SCHEMA, DATA_PATH)


# --- the tables the rules read (filled by install) -------------------------------------------

_TYPE_BY_WORD: dict[str, str] = {}
"""Event class by the head word of an event name or a trigger noun (folded, singular)."""
NOUN_TRIGGERS: dict[str, tuple[str, str]] = {}
"""Trigger nouns (folded lemma) → (event class, role of the ``de`` complement)."""
_PLURALS: dict[str, str] = {}
_CONTRA_ROLE: dict[str, str] = {}
"""Triggers whose ``contra`` complement is the target (``complô contra o czar``), not a side."""
_MOVEMENT_NOUNS: set[str] = set()
"""Triggers whose ``a`` complement is the destination (``chegada de X a Varsóvia``)."""
BARE_TRIGGERS: set[str] = set()
"""Trigger nouns that make an event without any argument when their sentence is dated
(``em outubro foi assinado um armistício``); others (``a guerra``) refer back to a named event."""
VERB_TRIGGERS: dict[str, tuple[str, str]] = {}
"""Trigger verbs (lemma) → (event class, role of the object); the subject is the agent."""
_POLICY_VERBS: set[str] = set()
"""Verbs that make an event (the adoption of a policy) only with a concept as object (``adotou
o comunismo de guerra``); :data:`_ADVOCACY_VERBS` only with a policy, named by
:data:`_POLICY_NOUNS` (``defendeu a Nova Política Econômica``, not ``defendeu o marxismo``)."""
_ADVOCACY_VERBS: set[str] = set()
_POLICY_NOUNS: set[str] = set()
_PLACE_OBJECT_VERBS: set[str] = set()
"""Verbs that make an event only when their object is a place (``tomou Vilna``, not ``tomou o poder``)."""
_INTRANSITIVE: set[str] = set()
"""Verbs whose subject is the patient."""
MOVEMENT_VERBS: set[str] = set()
"""Verbs whose subject is the agent and whose object or ``a``/``em``/``por`` complement is a place,
never a participant; ``chegar``/``voltar``... make an event only with a place (``voltou a
Petrogrado``, not ``voltou ao poder``)."""
_OBJECT_NOUNS: dict[str, dict[str, str]] = {}
"""Verbs that make an event only with one of these object nouns (``recebeu o comando``,
``rompeu a frente``; not ``recebeu uma carta``), with the role of the subject."""
_ALL_OBJECT_NOUNS: set[str] = set()
_NEEDS_TIME: set[str] = set()
"""Frequent verbs that make an event only when a calendar expression of the sentence dates them
(with the policy verbs)."""
_IRREGULAR: dict[str, str] = {}
"""Irregular participles and forms recognized without a lemmatizer."""
_VERB_STEMS: list[tuple[str, str]] = []
"""Inflected forms recognized without a lemmatizer (blank pipeline): stem → lemma."""
_VERB_ENDINGS: list[str] = []
_IRREALIS_VERBS: set[str] = set()
_IRREALIS_NOUNS: set[str] = set()
"""Words under which an event is expected, feared or planned, not told (``esperavam que a queda
da cidade abrisse caminho para a revolução na Alemanha``, ``o sonho de levar a revolução``)."""
_OPPOSE_VERBS: set[str] = set()
"""Verbs whose subject is a conflict and whose complements are its sides (``a guerra opôs a
Polônia à Rússia``)."""
_ASSEMBLIES: set[str] = set()
"""Meetings: ``congresso de fundação`` is one founding event, told by the assembly."""
_OUTCOMES: set[str] = set()
"""Triggers whose side may be told by a gentilic adjective (``a derrota alemã``)."""
_GENTILIC_WORDS: set[str] = set()
_NOT_GENTILIC: set[str] = set()
_GOVERNOR_ROLES: dict[str, str] = {}
"""Verbs whose object is an event and whose subject takes part in it with this role (``X
lançou a ofensiva``, ``X participou de um complô``, ``X perdeu a batalha``)."""
_PREPOSITIONAL: set[str] = set()
"""Verbs of :data:`_GOVERNOR_ROLES` whose event is a ``de``/``em`` complement."""

_TABLE_OF = {
    "type_words": _TYPE_BY_WORD, "noun_triggers": NOUN_TRIGGERS, "verb_triggers": VERB_TRIGGERS,
    "plurals": _PLURALS, "bare_triggers": BARE_TRIGGERS, "contra_roles": _CONTRA_ROLE,
    "movement_nouns": _MOVEMENT_NOUNS, "policy_verbs": _POLICY_VERBS, "advocacy_verbs": _ADVOCACY_VERBS,
    "policy_nouns": _POLICY_NOUNS, "place_object_verbs": _PLACE_OBJECT_VERBS,
    "intransitive_verbs": _INTRANSITIVE, "movement_verbs": MOVEMENT_VERBS, "object_nouns": _OBJECT_NOUNS,
    "irregular_forms": _IRREGULAR, "verb_stems": _VERB_STEMS, "verb_endings": _VERB_ENDINGS,
    "irrealis_verbs": _IRREALIS_VERBS, "irrealis_nouns": _IRREALIS_NOUNS, "oppose_verbs": _OPPOSE_VERBS,
    "assemblies": _ASSEMBLIES, "outcomes": _OUTCOMES, "gentilic_words": _GENTILIC_WORDS,
    "not_gentilic": _NOT_GENTILIC, "governor_roles": _GOVERNOR_ROLES, "prepositional_governors": _PREPOSITIONAL,
}
_installed: list[Lexicon] = []


def install(lexicon: Lexicon) -> None:
    """Make ``lexicon`` the one the rules read (nothing to do when it already is)."""
    if _installed and _installed[0] is lexicon:
        return
    for name, table in _TABLE_OF.items():
        table.clear()
        value = lexicon[name]
        if isinstance(table, list):
            table.extend(value)
        else:
            table.update(value)
    _ALL_OBJECT_NOUNS.clear()
    _ALL_OBJECT_NOUNS.update(n for nouns in _OBJECT_NOUNS.values() for n in nouns)
    _NEEDS_TIME.clear()
    _NEEDS_TIME.update(lexicon["needs_time"], _POLICY_VERBS)
    _installed[:] = [lexicon]


install(event_lexicon())

# --- function words ----------------------------------------------------------------------------

_DETERMINERS = frozenset("a o as os da do das dos na no nas nos à ao às aos uma um sua seu suas seus pela pelo esta este essa esse".split())
_DE = OF_FORMS
_PLACE_PREPS = IN_FORMS | {"junto", "perto", "diante", "sobre"}
_POR = frozenset({"por", "pelo", "pela", "pelos", "pelas"})
_STOP = frozenset({".", ";", ":", "!", "?", "(", ")", "«", "»", "—"})
_CLAUSE_WORDS = frozenset({"que", "quando", "onde", "porque", "enquanto", "mas", "porém", "embora", "se"})


# without POS tags: frequent verb forms that end a noun phrase
_VERB_WORDS = frozenset(
    "é foi foram era eram será seria são fora tinha tinham tem têm teve tiveram há houve havia está estava "
    "estavam ficou ficaram pôs deu fez durou começou terminou acabou".split()
)


_SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";"})


_BOUNDARY_WORDS = frozenset({"que", "onde", "quando", "enquanto", "porque", "embora", "mas"})


_COPULA = frozenset({"foi", "é", "era", "fora", "seria", "será"})
_ARTICLE = frozenset({"a", "o", "uma", "um"})


_POSSESSIVES = frozenset({"sua", "seu", "suas", "seus"})


_MEANS = (("por", "meio", "de"), ("através", "de"), ("atraves", "de"), ("mediante",))


_GENTILIC = re.compile(r"(?:ês|esa|eses|esas|ão|ã|ães|ãs|ano|ana|anos|anas|ense|enses|eu|eia|eus|eias)$")
_PERFECT_AUX = frozenset({"ter", "haver"})


_REL_PRONOUNS = frozenset({"que", "quem", "qual", "quais"})


_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


_BEFORE_AN_AUDIENCE = frozenset({"perante", "ante"})


_FUNCTION_WORDS = _DETERMINERS | _DE | {"em", "e", "a", "ao", "à", "por", "para", "com", "depois", "antes", "então",
                                        "porém", "contudo", "ainda", "já", "não", "se", "também", "mais"}


_DEMONSTRATIVES = frozenset("esse essa esses essas este esta estes estas aquele aquela aqueles aquelas tal".split())


_LOCATORS = frozenset({"perto", "junto", "próximo", "proximo", "longe", "diante"})


_TRAILING = _DETERMINERS | _DE | {"em", "a", "ao", "à", "e", "com", "por", "para", "contra", "sobre", "entre", ",", "que"}
