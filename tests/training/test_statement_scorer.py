"""``training/statement_scorer.py``: a statement's features on a hand-built parse, the readings
file's header, folds by document and the table of cuts (no dependency on /work/shared/data)."""

from __future__ import annotations

import numpy as np
import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc

from teia.extract import entities as _entities  # noqa: F401  (registers teia_entities)
from teia.records import Entity, Evidence, Mention, Relation


@pytest.fixture(scope="module")
def scorer(training_module):
    return training_module("statement_scorer")


def _found(scorer, object_label="Recife", object_source="ner"):
    # "Ana Reis, da Fiesp, visitou o recife ." with the object's name as given
    words = ["Ana", "Reis", ",", "da", "Fiesp", ",", "visitou", "o", "recife", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("pt").vocab, words=words, pos=pos, sent_starts=[True] + [False] * 9)
    text = doc.text
    start = text.index("recife")
    ana = Entity("e0", "Ana Reis", "PER", mentions=(Mention("d", 0, 8, "Ana Reis", "PER"),))
    place = Entity("e1", object_label, "LOC", mentions=(Mention("d", start, start + 6, "recife", "LOC", source=object_source),))
    doc._.teia_entities = (ana, place)
    ev = Evidence("d", 0, len(text), text, subject_start=0, subject_end=8, object_start=start, object_end=start + 6)
    r = Relation("e0", "rel:visitar", "e1", ev, rule="open:svo-active", confidence=0.4)
    return scorer.Found("harem1-train", "HAREM-1", doc, r, {"e0": "Ana Reis", "e1": object_label})


def test_features_read_the_records_and_the_tokens_between(scorer):
    feats = set(scorer.features(_found(scorer, object_label="recife", object_source="gazetteer"), lambda lemma: lemma == "visitar"))
    assert {"rule=svo-active", "open", "open-prep=none", "open-verb=known", "pair=PER-LOC"} <= feats
    assert {"obj:lower", "obj:source=gazetteer", "subj:source=ner", "subject-first", "between-verb"} <= feats
    assert "between-commas=>1" in feats  # the two commas of the apposed `da Fiesp`
    assert "between-tokens=6" in feats  # `, da Fiesp , visitou o`: 6 tokens, the bucket up to 6
    assert "sentence-no-verb" not in feats and "argument-outside" not in feats
    # a capitalized name the NER found has neither mark, and an unknown verb says so
    plain = set(scorer.features(_found(scorer), lambda lemma: False))
    assert "obj:lower" not in plain and "obj:source=ner" in plain and "open-verb=unknown" in plain


def test_the_key_names_the_statement_by_its_sentence_offset(scorer):
    assert _found(scorer).key == ("harem1-train", "HAREM-1", "0", "open:svo-active", "rel:visitar", "Ana Reis", "Recife")


def test_a_readings_file_needs_the_agreed_header(scorer, tmp_path):
    good = tmp_path / "good.tsv"
    good.write_text("\t".join(scorer.COLUMNS) + "\nharem1-train\tH-1\t0\tgenitive\tpartOf\tA\tB\tyes\t0.5\twrong\tname\n", encoding="utf-8")
    (rec,) = scorer.read_readings(good)
    assert rec["label"] == "wrong" and rec["cause"] == "name"
    bad = tmp_path / "bad.tsv"
    bad.write_text("source\tdoc\tsentence\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="header"):
        scorer.read_readings(bad)
    unlabelled = tmp_path / "unlabelled.tsv"
    unlabelled.write_text("\t".join(scorer.COLUMNS) + "\nharem1-train\tH-1\t0\tgenitive\tpartOf\tA\tB\tyes\t0.5\tmaybe\t\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="row 2"):
        scorer.read_readings(unlabelled)
    # a missing file and bytes that are no UTF-8 text: one line each, no traceback
    with pytest.raises(SystemExit, match="missing.tsv: cannot read it"):
        scorer.read_readings(tmp_path / "missing.tsv")
    binary = tmp_path / "binary.tsv"
    binary.write_bytes(b"\x00\xff\xfe")
    with pytest.raises(SystemExit, match="binary.tsv: not UTF-8 text"):
        scorer.read_readings(binary)


def test_folds_keep_a_document_whole(scorer):
    insts = [{"doc": ("s", f"d{k % 7}")} for k in range(40)]
    fold = scorer.folds_of(insts)
    by_doc = {}
    for inst, f in zip(insts, fold):
        by_doc.setdefault(inst["doc"], set()).add(int(f))
    assert all(len(fs) == 1 for fs in by_doc.values())
    assert set(fold) == set(range(scorer.FOLDS))


def test_cuts_count_wrong_caught_right_lost_and_the_precision_left(scorer):
    labels = ["wrong", "wrong", "right", "right", "right"]
    insts = [{"label": lab, "reading": {"asserted": "yes"}} for lab in labels]
    p = np.array([0.9, 0.2, 0.6, 0.1, 0.1])
    rows = scorer.cut_table(insts, p, thresholds=(0.5,))
    assert rows[0]["precision"] == pytest.approx(3 / 5)
    assert (rows[1]["wrong caught"], rows[1]["right lost"], rows[1]["kept"]) == (1, 1, 3)
    assert rows[1]["precision"] == pytest.approx(2 / 3)
    assert scorer.auc(insts, p) == pytest.approx(5 / 6)  # of the 6 wrong-right pairs, only 0.2 against 0.6 is out of order
