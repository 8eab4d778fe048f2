"""training/verb_lexicon.py: which words of a text are taken as infinitives (no dependency on
/work/shared/data)."""

from __future__ import annotations

from collections import Counter

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def verb_lexicon(training_module):
    return training_module("verb_lexicon")


def test_own_forms_make_a_verb(verb_lexicon):
    words = Counter("militar militou amordaçou amordaçando lugar pomada pomadas consulado consulados superam vendeu".split())
    found = verb_lexicon.own_forms(words)
    assert {"militar", "amordaçar"} <= found
    # an infinitive's shape and "-ado"/"-ada" nouns are no evidence, nor "-eram" ("superam" is superar's)
    assert not found & {"lugar", "pomar", "consular", "super", "vender"}


def test_future_subjunctives_are_no_infinitives(verb_lexicon):
    # the irregular paradigms' forms shaped like infinitives, compounds too
    for word in ("fizer", "tiver", "obtiver", "dispuser", "sobrevier", "quiser", "for", "der", "previr", "quer"):
        assert word in verb_lexicon._IRREGULAR, word
    for word in ("fazer", "ter", "obter", "dispor", "vir", "querer", "dizer", "ceder", "viver", "ver", "ler"):
        assert word not in verb_lexicon._IRREGULAR, word


def test_an_irregular_form_is_no_evidence_of_a_verb(verb_lexicon):
    # "previu" and "previsse" are prever's, not the forms in -iu and -isse of a "previr"
    assert "previr" not in verb_lexicon.own_forms(Counter("previu previsse partiu partisse".split()))


@pytest.fixture(scope="module")
def verb_paradigms(training_module):
    return training_module("verb_paradigms")


def test_paradigms_from_the_principal_parts(verb_paradigms):
    forms = verb_paradigms.paradigms()
    assert {"puderam", "pudemos", "pudera", "pudéramos", "pudesse", "pudéssemos", "puder", "puderem", "possam", "poderão"} <= forms["poder"]
    assert {"virão", "viria", "vieram", "viéramos", "viesse", "vier", "venham", "vinham", "vínhamos"} <= forms["vir"]
    assert {"fôramos", "fôssemos", "seja", "éramos"} <= forms["ser"] and {"fôramos", "vá", "irão"} <= forms["ir"]
    assert {"lêramos", "lêssemos", "leia", "leem", "lêem"} <= forms["ler"]
    assert {"farão", "faria", "fizéssemos", "feitas"} <= forms["fazer"] and {"pondo", "porão", "púnhamos", "postas"} <= forms["pôr"]
    # compounds: the base's forms after the prefix, the accent of "tem", "vem" after it, "pôr" without one
    assert {"obtém", "obtêm", "obtiveram", "obtivesse", "mantinha"} <= forms["obter"] | forms["manter"]
    assert {"intervém", "interveio", "intervieram"} <= forms["intervir"]
    assert {"propor", "propôs", "propuseram", "propõem", "proposto"} <= forms["propor"] and "propôr" not in forms["propor"]
    assert {"previu", "previsse", "previsto", "prevê"} <= forms["prever"]


def test_irregular_forms_of_the_paradigms_only_when_unambiguous(verb_lexicon):
    bosque = {"faz": Counter({"fazer": 3})}
    verbs = {"fazer", "poder", "ver", "vir", "virar", "trazer", "tragar", "prever"}
    table, ambiguous = verb_lexicon.irregular_forms(bosque, verbs)
    assert table["faz"] == "fazer" and table["puderam"] == "poder" and table["virão"] == "vir"
    assert table["previu"] == "prever" and table["trouxessem"] == "trazer"
    # two paradigms ("vimos": ver's, vir's), a regular form of another verb ("viram": virar's,
    # "tragam": tragar's), an infinitive ("vir": ver's future subjunctive)
    assert not {"vimos", "viram", "tragam", "vir", "podemos"} & set(table)
    assert ambiguous["vimos"] == "ver vir" and ambiguous["tragam"] == "tragar trazer"


def test_old_spellings_where_brazilian_text_drops_the_consonant(verb_lexicon):
    verbs = {"actuar", "atuar", "captar", "catar", "baptizar", "batizar", "ouvir"}
    brazilian = Counter({"atua": 30, "atuou": 12, "actuou": 1, "captou": 9, "capta": 4, "catar": 2, "batizou": 5})
    assert verb_lexicon.old_spellings(verbs, brazilian) == {"actuar": "atuar", "baptizar": "batizar"}
