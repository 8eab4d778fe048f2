"""Relation evaluation (issue 6): ReRelEM reading and scoring, the corpus gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from teia.errors import InputError
from teia.eval.relations import (
    _MentionMap,
    evaluate_gold_relations,
    evaluate_relations,
    format_gold_relations_report,
    format_relations_report,
    gold_triples,
    parse_rerelem,
    system_triples,
)
from teia.records import Document, Entity, Evidence, Extraction, Mention, Relation

ROOT = Path(__file__).resolve().parents[2]
RERELEM = Path("/work/shared/data/harem/harem2-rerelem-dev.xml")

XML = """<?xml version="1.0" encoding="UTF-8"?>
<colHAREM versao="teste">
  <DOC DOCID="D1">
    <P>Título</P>
    <P>
      A imprensa, inventada na
      <EM ID="D1-1" CATEG="LOCAL" TIPO="HUMANO" COREL="D1-2" TIPOREL="incluido">Alemanha</EM>
      por
      <EM ID="D1-3" CATEG="PESSOA" TIPO="INDIVIDUAL" COREL="D1-1" TIPOREL="natural_de">John Gutenberg</EM>
      , mudou a
      <EM ID="D1-2" CATEG="LOCAL" TIPO="HUMANO">Europa</EM>
      . As <ALT> <EM ID="D1-4aa" CATEG="OBRA">95 Teses de Lutero</EM> |
      <EM ID="D1-4" CATEG="OBRA">95 Teses</EM>
      de
      <EM ID="D1-5" CATEG="PESSOA" COREL="D1-4 D1-1 D1-6" TIPOREL="autor_de natural_de PESSOA**participante_em**D1-6**ACONTECIMENTO">Lutero</EM></ALT>
      e a <EM ID="D1-6" CATEG="ACONTECIMENTO">Reforma</EM> &quot;mudaram&quot; tudo;
      <EM ID="D1-7" CATEG="PESSOA" COREL="D1-5" TIPOREL="ident">Martinho Lutero</EM> viveu na
      <EM ID="D1-8" CATEG="LOCAL" COREL="D1-9" TIPOREL="inclui">Saxónia</EM>
<OMITIDO> <EM ID="D1-9" CATEG="LOCAL">Wittenberg</EM></OMITIDO>
      .
    </P>
  </DOC>
</colHAREM>
"""


@pytest.fixture()
def xml_file(tmp_path):
    path = tmp_path / "rerelem.xml"
    path.write_text(XML, encoding="utf-8")
    return path


def test_parse_text_mentions_and_relations(xml_file):
    (doc,) = parse_rerelem(xml_file)
    assert doc.id == "D1"
    assert doc.text.startswith("Título\nA imprensa, inventada na Alemanha por John Gutenberg, mudou a Europa.")
    assert '"mudaram" tudo;' in doc.text
    for m in doc.mentions.values():
        assert doc.text[m.start : m.end] == m.text
    # the finer ALT alternative is kept
    assert "D1-4" in doc.mentions and "D1-4aa" not in doc.mentions
    assert doc.mentions["D1-9"].omitted
    assert ("D1-5", "participante_em", "D1-6") in doc.relations  # the ** form
    assert ("D1-5", "autor_de", "D1-4") in doc.relations  # parallel COREL / TIPOREL


def test_gold_triples_fold_types_and_clusters(xml_file):
    (doc,) = parse_rerelem(xml_file)
    mapped, every = gold_triples(doc)
    types = sorted(t for t, _, _ in mapped)
    # inclui with an omitted mention is dropped; ident is not a relation
    assert types == ["autor_de", "incluido", "natural_de", "natural_de", "participante_em"]
    assert len(every) == 5


def _extraction(doc, rels):
    """An extraction whose entities sit on the gold mentions named in ``rels``."""
    ids = {}
    entities = []
    relations = []
    for subj, pred, obj, cat in rels:
        for mid, c in ((subj, cat), (obj, "LOC")):
            if mid not in ids:
                m = doc.mentions[mid]
                ids[mid] = f"e{len(ids)}"
                entities.append(Entity(ids[mid], m.text, c, mentions=(Mention("D1", m.start, m.end, m.text, c),)))
        s, o = doc.mentions[subj], doc.mentions[obj]
        ev = Evidence("D1", 0, len(doc.text), doc.text, subject_start=s.start, subject_end=s.end, object_start=o.start, object_end=o.end)
        relations.append(Relation(ids[subj], pred, ids[obj], ev, "test"))
    return Extraction(Document("D1", doc.text), entities=tuple(entities), relations=tuple(relations))


def test_system_triples_match_gold(xml_file):
    (doc,) = parse_rerelem(xml_file)
    gold, _ = gold_triples(doc)
    ex = _extraction(
        doc,
        [
            ("D1-3", "bornIn", "D1-1", "PER"),  # natural_de: hit
            ("D1-2", "partOf", "D1-1", "LOC"),  # incluido, reversed direction: hit (unordered)
            ("D1-7", "createdBy", "D1-4", "PER"),  # autor_de through the ident chain (D1-7 = D1-5): hit
            ("D1-3", "led", "D1-2", "PER"),  # vinculo_inst: not gold
            ("D1-3", "rel:visitar", "D1-2", "PER"),  # open: untyped only
        ],
    )
    typed, untyped = system_triples(ex, _MentionMap(doc))
    assert len(typed & gold) == 3
    assert len(typed) == 4
    assert len(untyped) == 4


def test_evaluate_relations_without_parser(xml_file):
    import spacy

    from teia.extract.pipeline import PipelineConfig, create_pipeline

    nlp = create_pipeline(PipelineConfig(model="blank"))
    report = evaluate_relations(xml_file, nlp, textacy=False)
    assert report["documents"] == 1
    assert report["micro"]["gold"] == 5 and report["micro"]["system"] == 0
    text = format_relations_report(report)
    assert "micro (mapped)" in text and "textacy SVO triples: not installed" in text
    oracle = evaluate_relations(xml_file, nlp, textacy=False, oracle_mentions=True)
    assert oracle["mentions"] == "gold (oracle)"
    del spacy


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(InputError):
        parse_rerelem(tmp_path / "nope.xml")
    empty = tmp_path / "empty.xml"
    empty.write_text("<colHAREM></colHAREM>", encoding="utf-8")
    with pytest.raises(InputError):
        parse_rerelem(empty)


def test_gold_relations_on_the_corpus_gold():
    from teia.extract.pipeline import PipelineConfig, create_pipeline

    nlp = create_pipeline(PipelineConfig(model="blank"))
    report = evaluate_gold_relations(ROOT / "corpus" / "gold" / "gold.jsonl", nlp)
    assert report["micro"]["gold"] == 50
    assert report["quotations"]["gold"] == 1
    assert set(report["per_doc"]) == {
        "06_batalha_de_varsovia.txt",
        "02_lenin.txt",
        "04_komintern.md",
        "05_guerra_sovietico_polonesa.txt",
        "08_pilsudski.txt",
    }
    assert "micro" in format_gold_relations_report(report)


@pytest.mark.slow
@pytest.mark.skipif(not RERELEM.exists(), reason="shared HAREM data not available")
def test_real_rerelem_file():
    docs = parse_rerelem(RERELEM)
    assert len(docs) == 56
    n_mapped = 0
    for d in docs:
        for m in d.mentions.values():
            assert d.text[m.start : m.end] == m.text
        n_mapped += len(gold_triples(d)[0])
    assert n_mapped > 700


def test_cli_eval_relations_on_the_gold():
    from typer.testing import CliRunner

    from teia.cli import app

    gold = ROOT / "corpus" / "gold" / "gold.jsonl"
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--relations", "--model", "blank"])
    assert result.exit_code == 0, result.output
    assert "corpus gold relations" in result.output and "micro" in result.output


def test_cli_eval_relation_model_needs_documents_and_runs_the_classifier(monkeypatch):
    from typer.testing import CliRunner

    from teia.cli import app
    from teia.eval import relations as rel_eval

    result = CliRunner().invoke(app, ["eval", "--tempo", "x.xml", "--relation-model"])
    assert result.exit_code != 0 and "--relation-model runs the classifier on the --gold or --harem" in result.output
    seen = []
    monkeypatch.setattr(rel_eval, "evaluate_gold_relations", lambda gold, nlp: seen.append(nlp.pipe_names) or {})
    monkeypatch.setattr(rel_eval, "format_gold_relations_report", lambda report: "scored")
    gold = ROOT / "corpus" / "gold" / "gold.jsonl"
    for flag in ([], ["--relation-model"]):
        result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--relations", *flag])
        assert result.exit_code == 0, result.output
    assert ["teia_relation_model" in names for names in seen] == [False, True]


def test_oracle_mentions_are_the_gold_spans_as_they_are():
    # the refinements teia_entities applies to NER spans (dropping lowercase common-noun spans,
    # trimming titles) must not touch gold spans: the oracle measures the relation rules alone
    from teia.eval.relations import _run
    from teia.extract.pipeline import PipelineConfig, create_pipeline

    nlp = create_pipeline(PipelineConfig())  # the shipped model: its POS drives the refinements
    text = "A guerra civil opôs o general Wrangel aos bolcheviques em Sebastopol."
    spans = [(2, 14, "EVENT"), (22, 37, "PESSOA"), (42, 54, "ORGANIZACAO"), (58, 68, "LOCAL")]
    _, ex = _run(nlp, Document(id="o.txt", text=text), spans)
    got = sorted((m.start, m.end, m.category) for e in ex.entities for m in e.mentions)
    assert got == [(2, 14, "EVENT"), (22, 37, "PER"), (42, 54, "ORG"), (58, 68, "LOC")]
