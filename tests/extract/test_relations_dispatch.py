"""The relation driver calls on a token only the rules its features admit (issue 19): each
gate must hold wherever its rule finds something, or relations would be lost."""

from __future__ import annotations

import pytest

from teia.extract.relations.context import Context
from teia.extract.relations.dispatch import GATES, TokenFeatures
from teia.extract.relations.mapping import default_mapping
from teia.extract.relations.quotations import attribution_heads, attribution_quotations
from teia.extract.relations.rules import NOUN_RULES, VERB_RULES, sentence_relations
from teia.extract.relations.syntax import case_of, lemma_of

from tests.extract.test_relations import CASES, MODALITY_CASES, nlp, parse  # noqa: F401  (nlp: the fixture)

TABLES = [(c[0], c[1], c[2]) for c in CASES + MODALITY_CASES]


def test_gates_follow_the_rule_order():
    assert tuple(rule for rule, _ in GATES) == VERB_RULES + NOUN_RULES


@pytest.mark.parametrize("name,table,ents", TABLES, ids=[t[0] for t in TABLES])
def test_a_skipped_rule_finds_nothing(nlp, name, table, ents):  # noqa: F811
    doc = parse(nlp, table, ents)
    mapping = default_mapping()
    features = TokenFeatures(doc, Context(doc, mapping).mention_starts)
    every, gated = [], []
    for sent in doc.sents:
        ctx = Context(doc, mapping)
        for tok in sent:
            admitted = features.rules(tok.i)
            assert features.dep[tok.i] == tok.dep_ and features.pos[tok.i] == tok.pos_
            for rule, _ in GATES:
                found = rule(tok, ctx)
                every.extend(found)
                if rule not in admitted:
                    assert found == [], f"{rule.__name__} skipped on {tok.text!r} but finds {found}"
        gated.extend(sentence_relations(sent, Context(doc, mapping), features))
    assert gated == every


SEGUNDO = """
Segundo segundo ADP case 1
Lenin Lenin PROPN obl 4
, , PUNCT punct 1
a o DET det 4
revolução revolução NOUN nsubj 5
chegaria chegar VERB ROOT 5 CND
a a ADP case 7
Berlim Berlim PROPN obl 5
. . PUNCT punct 5

Conforme conforme SCONJ case 1
Trotsky Trotsky PROPN obl 3
, , PUNCT punct 1
venceria vencer VERB ROOT 3 CND
em em ADP case 5
Varsóvia Varsóvia PROPN obl 3
. . PUNCT punct 3
"""


@pytest.mark.parametrize(
    "name,table,ents",
    TABLES + [("segundo-conforme", SEGUNDO, ["Lenin:PER", "Berlim:LOC", "Trotsky:PER", "Varsóvia:LOC"])],
    ids=[t[0] for t in TABLES] + ["segundo-conforme"],
)
def test_attribution_heads_hold_every_token_an_attributed_claim_can_start_at(nlp, name, table, ents):  # noqa: F811
    doc = parse(nlp, table, ents)
    mapping = default_mapping()
    heads = attribution_heads(doc, mapping.attribution)
    opening = {t.i for t in doc if (case := case_of(t)) is not None and lemma_of(case) in mapping.attribution}
    assert opening <= heads
    assert all(any(c.dep_ == "case" for c in doc[i].children) for i in heads)
    features = TokenFeatures(doc, Context(doc, mapping).mention_starts)
    for sent in doc.sents:
        every = attribution_quotations(sent, Context(doc, mapping), features.dep)
        assert attribution_quotations(sent, Context(doc, mapping), features.dep, heads) == every
    if name == "segundo-conforme":
        assert opening == {1, 10}
        assert len([q for s in doc.sents for q in attribution_quotations(s, Context(doc, mapping), features.dep, heads)]) == 2
