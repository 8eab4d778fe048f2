"""The link scorer (``teia eval --gold ... --links``) and the merge check of ``--harem ... --links``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from teia.cli import app
from teia.errors import InputError
from teia.eval.links import conflicting_merges, read_gold_links, score_links
from teia.records import Entity, MergeDecision, Resolution

ROOT = Path(__file__).resolve().parents[2]


def test_scores_precision_recall_and_nil_accuracy():
    gold = {"lenin": "Lenin", "moscou": "Moscovo", "kiev": "Kiev", "china": "", "gorki": ""}
    system = {"lenin": "Lenin", "moscou": "Moscou (Idaho)", "china": "", "gorki": "Máximo Gorki"}  # kiev not found
    r = score_links(gold, system)
    assert (r["correct"], r["linked"], r["gold_with_article"]) == (1, 3, 3)
    assert r["precision"] == pytest.approx(1 / 3) and r["recall"] == pytest.approx(1 / 3)
    assert r["nil_accuracy"] == 0.5
    assert [e["entity"] for e in r["errors"]] == ["gorki", "kiev", "moscou"]


def test_the_shipped_gold_links_cover_the_gold_entities():
    links = read_gold_links(ROOT / "corpus" / "gold" / "links.jsonl")
    ids = {e["id"] for line in (ROOT / "corpus" / "gold" / "gold.jsonl").read_text(encoding="utf-8").splitlines() for e in json.loads(line)["entities"]}
    assert set(links) == ids
    assert links["moscou"] == "Moscovo" and links["china"] == ""


def test_bad_gold_links_are_one_clear_error(tmp_path):
    path = tmp_path / "links.jsonl"
    path.write_text('{"entity": "a", "article": "A"}\n{"entity": "a", "article": "B"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="links.jsonl:2: entity 'a' is listed twice"):
        read_gold_links(path)
    with pytest.raises(InputError, match="gold links not found"):
        read_gold_links(tmp_path / "none.jsonl")


def test_conflicting_merges_names_the_merge_of_two_articles(link_kb):
    kb = link_kb([("Paraná", "LOC", 9, "", ""), ("Santa Catarina (Lisboa)", "LOC", 0, "", ""), ("Brasil", "LOC", 99, "", "")])
    res = Resolution(
        (Entity("LOC:brasil", "Brasil", "LOC"),),
        merges=(
            MergeDecision("LOC:brasil", "Brasil", "Paraná", "alias", "x"),
            MergeDecision("LOC:brasil", "Brasil", "Santa Catarina", "alias", "x"),  # NIL alone: no conflict
            MergeDecision("LOC:brasil", "Brasil", "Paraná", "exact", "y", "rejected"),
        ),
    )
    found = conflicting_merges(res, kb)
    assert found == [{"entity": "LOC:brasil", "label": "Brasil", "merged": "Paraná", "rule": "alias", "articles": "Brasil / Paraná"}]


def test_links_flag_needs_a_gold_or_harem_file():
    result = CliRunner().invoke(app, ["eval", "--tempo", "x.xml", "--links"])
    assert result.exit_code != 0
    assert "--links scores the links of the --gold or --harem documents" in result.output


@pytest.mark.slow
def test_sample_corpus_links_meet_the_targets():
    from teia.eval.links import evaluate_gold_links

    r = evaluate_gold_links(ROOT / "corpus" / "gold" / "gold.jsonl")
    assert r["precision"] >= 0.95 and r["recall"] >= 0.85
    assert r["nil_accuracy"] == 1.0  # NIL entities are not linked
