"""A sentence in which no token can name an entity (``Context.may_name``) is not run through the
relation rules: these tests run every rule there anyway and check that none finds anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from teia.extract.pipeline import PipelineConfig, create_pipeline, make_doc
from teia.extract.reader import find_sources, read_document
from teia.extract.relations import rules as relation_rules
from teia.extract.relations.context import Context
from teia.extract.relations.dispatch import TokenFeatures
from teia.extract.relations.units import add_unit_entities, load_units
from teia.records import Document

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

# a person named, then sentences naming nobody: dropped subjects take the discourse topic
_TEXT = (
    "Lenin nasceu em Simbirsk em 1870. Estudou direito e foi preso várias vezes. "
    "Depois viveu no exílio durante muitos anos. Ele escreveu livros e artigos sobre a revolução. "
    "A greve começou de manhã e terminou à noite, disse ele. "
    "Em 1917 voltou e liderou a revolução com Trotsky."
)


@pytest.fixture(scope="module")
def nlp():
    from teia.extract.model import shipped_model_path

    if not (shipped_model_path() / "config.cfg").is_file():
        pytest.skip("the shipped model is not installed")
    return create_pipeline(PipelineConfig())


def _documents() -> list[Document]:
    docs = [Document("made-up.txt", _TEXT)]
    docs += [read_document(s) for s in find_sources([CORPUS])]
    return docs


def test_a_sentence_naming_nothing_relates_nothing(nlp):
    relations = nlp.get_pipe("teia_relations")
    pipes = [p for name, p in nlp.pipeline if name not in ("teia_relations", "teia_relation_model")]
    skipped = 0
    for document in _documents():
        doc = make_doc(nlp, document)
        for pipe in pipes:
            doc = pipe(doc)
        add_unit_entities(doc, relations.mapping, load_units())
        ctx = Context(doc, relations.mapping)
        features = TokenFeatures(doc, ctx.mention_starts)
        for sent in relation_rules._sentences(doc):
            if ctx.may_name(sent, features.pos):
                relation_rules.sentence_relations(sent, ctx, features)  # as the extraction does
            else:
                skipped += 1
                assert relation_rules.sentence_relations(sent, ctx, features) == []
                everything = [f for i in range(sent.start, sent.end) for rule in features.rules(i) for f in rule(doc[i], ctx)]
                assert everything == [], (document.id, sent.text, everything)
            relation_rules._update_topic(sent, ctx, features.dep)
    assert skipped >= 10  # the check saw such sentences, topic and pronouns among them


def test_the_sentences_that_name_something_still_relate(nlp):
    doc = nlp(make_doc(nlp, Document("made-up.txt", _TEXT)))
    relations = {(r.subject, r.predicate, r.object) for r in doc._.teia_relations}
    assert relations, "no relation found in the made-up text"
