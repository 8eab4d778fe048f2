"""Word lists of the event rules: trigger nouns and verbs with their event class and roles,
the verbs and nouns that restrict them, and the function words the phrase readers stop at.

Plain Python constants, built at import (no file is read): the sets are only tested for
membership and the tuples and dicts keep their source order, so matching is deterministic."""

from __future__ import annotations

import re

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


# without POS tags: frequent verb forms that end a noun phrase
_VERB_WORDS = frozenset(
    "é foi foram era eram será seria são fora tinha tinham tem têm teve tiveram há houve havia está estava "
    "estavam ficou ficaram pôs deu fez durou começou terminou acabou".split()
)


_SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";"})


_BOUNDARY_WORDS = frozenset({"que", "onde", "quando", "enquanto", "porque", "embora", "mas"})


_IRREALIS_VERBS = frozenset({"esperar", "acreditar", "crer", "temer", "sonhar", "desejar", "querer", "planejar",
                             "pretender", "prever", "recear", "imaginar"})
_IRREALIS_NOUNS = frozenset({"sonho", "esperanca", "projeto", "plano", "ameaca", "medo", "receio", "possibilidade"})
"""Words under which an event is expected, feared or planned, not told (``esperavam que a queda
da cidade abrisse caminho para a revolução na Alemanha``, ``o sonho de levar a revolução``)."""


_OPPOSE_VERBS = frozenset({"opor", "envolver", "confrontar"})
"""Verbs whose subject is a conflict and whose complements are its sides (``a guerra opôs a
Polônia à Rússia``)."""


_COPULA = frozenset({"foi", "é", "era", "fora", "seria", "será"})
_ARTICLE = frozenset({"a", "o", "uma", "um"})


_ASSEMBLIES = frozenset({"congresso", "conferencia", "assembleia", "reuniao"})
"""Meetings: ``congresso de fundação`` is one founding event, told by the assembly."""
_POSSESSIVES = frozenset({"sua", "seu", "suas", "seus"})


_MEANS = (("por", "meio", "de"), ("através", "de"), ("atraves", "de"), ("mediante",))


_OUTCOMES = frozenset({"derrota", "vitoria"})
"""Triggers whose side may be told by a gentilic adjective (``a derrota alemã``)."""
_GENTILIC = re.compile(r"(?:ês|esa|eses|esas|ão|ã|ães|ãs|ano|ana|anos|anas|ense|enses|eu|eia|eus|eias)$")
_GENTILIC_WORDS = frozenset({"russa", "russo", "russas", "russos", "turca", "turco", "grega", "grego", "sovietica",
                             "sovietico", "britanica", "britanico", "sueca", "sueco", "checa", "checo", "tcheca",
                             "tcheco", "belga", "suica", "suico", "servia", "servio", "persa"})
_NOT_GENTILIC = frozenset({"então", "cristã", "cristão", "pagã", "pagão", "sã", "vã", "vão", "mundana", "humana", "urbana",
                           "soberana", "cotidiana", "quotidiana", "plebeia", "europeia", "europeu"})


_PERFECT_AUX = frozenset({"ter", "haver"})


_REL_PRONOUNS = frozenset({"que", "quem", "qual", "quais"})


_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


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


_FUNCTION_WORDS = _DETERMINERS | _DE | {"em", "e", "a", "ao", "à", "por", "para", "com", "depois", "antes", "então",
                                        "porém", "contudo", "ainda", "já", "não", "se", "também", "mais"}


_DEMONSTRATIVES = frozenset("esse essa esses essas este esta estes estas aquele aquela aqueles aquelas tal".split())


_LOCATORS = frozenset({"perto", "junto", "próximo", "proximo", "longe", "diante"})


_TRAILING = _DETERMINERS | _DE | {"em", "a", "ao", "à", "e", "com", "por", "para", "contra", "sobre", "entre", ",", "que"}
