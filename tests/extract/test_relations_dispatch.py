"""The relation driver calls on a token only the rules its features admit (issue 19): each
gate must hold wherever its rule finds something, or relations would be lost."""

from __future__ import annotations

import pytest

from teia.extract.relations.context import Context
from teia.extract.relations.dispatch import GATES, TokenFeatures
from teia.extract.relations.mapping import default_mapping
from teia.extract.relations.rules import NOUN_RULES, VERB_RULES, sentence_relations

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
