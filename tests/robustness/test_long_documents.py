"""Documents longer than spaCy's limit are processed in pieces with exact offsets (issue 22,
failure 4)."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from teia.extract import pieces
from teia.extract.pieces import split_text
from teia.extract.pipeline import PipelineConfig, create_pipeline, extract, extract_all
from teia.records import Document

PARAGRAPHS = [
    "Lenine fundou o Komintern em Moscovo em março de 1919.",
    "Trotsky comandou o Exército Vermelho durante a Guerra Civil Russa. Em 1920 a Polónia venceu.",
    "O Tratado de Riga foi assinado em 18 de março de 1921 por Józef Piłsudski e Lenine.",
]


def test_split_text_keeps_every_character() -> None:
    text = "\n\n".join(PARAGRAPHS * 20) + "\nfim"
    for limit in (40, 97, 500):
        parts = split_text(text, limit)
        assert "".join(parts) == text
        assert all(0 < len(p) <= limit for p in parts)
    # cut after a paragraph break when there is one
    assert all(p.endswith("\n\n") for p in split_text(text, 500)[:-1])
    # no break at all: cut at the limit
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


@pytest.fixture(scope="module")
def blank_nlp():
    return create_pipeline(PipelineConfig(model="blank"))


def _spans(extraction) -> list[tuple]:
    return sorted((m.start, m.end, m.text) for m in extraction.mentions) + sorted(
        (t.start_char, t.end_char, t.text) for t in extraction.times
    )


def test_pieces_give_the_same_records_with_exact_offsets(blank_nlp, monkeypatch) -> None:
    text = "\n\n".join(PARAGRAPHS * 3) + "\n"
    doc = Document(id="long.txt", text=text)
    whole = extract(doc, blank_nlp)
    monkeypatch.setattr(pieces, "PIECE_CHARS", 120)
    assert len(split_text(text)) > 3
    cut = extract(doc, blank_nlp)
    assert _spans(cut) and _spans(cut) == _spans(whole)
    for start, end, span_text in _spans(cut):
        assert text[start:end] == span_text
    # extract_all takes the same path for a long document between short ones
    short = Document(id="short.txt", text=PARAGRAPHS[0])
    results = list(extract_all([short, doc, short], blank_nlp))
    assert [r.document.id for r in results] == ["short.txt", "long.txt", "short.txt"]
    assert _spans(results[1]) == _spans(whole)


def test_pieces_join_without_warnings(blank_nlp, monkeypatch) -> None:
    # each piece's kept answers (its words, its text) were skipped by Doc.from_docs with a W102
    # warning that printed them whole: megabytes on stderr for one long document
    text = "\n\n".join(PARAGRAPHS * 3) + "\n"
    monkeypatch.setattr(pieces, "PIECE_CHARS", 120)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        extraction = extract(Document(id="long.txt", text=text), blank_nlp)
    assert extraction.mentions
    assert [str(w.message)[:60] for w in caught] == []


def test_over_spacy_max_length(blank_nlp, monkeypatch) -> None:
    # spaCy refuses a text over nlp.max_length (E088); a lowered limit stands in for 1,000,000
    text = "\n\n".join(PARAGRAPHS * 40)
    monkeypatch.setattr(blank_nlp, "max_length", 2000)
    monkeypatch.setattr(pieces, "PIECE_CHARS", 1500)
    extraction = extract(Document(id="big.txt", text=text), blank_nlp)
    assert extraction.sentences[-1].end == len(text.rstrip()) or extraction.sentences[-1].end == len(text)
    assert max(m.end for m in extraction.mentions) > 2000


@pytest.mark.slow
def test_five_megabyte_file_builds(tmp_path: Path) -> None:
    text = ("\n\n".join(PARAGRAPHS) + "\n\n") * (5_100_000 // (len("\n\n".join(PARAGRAPHS)) + 2) + 1)
    big = tmp_path / "big.txt"
    big.write_text(text, encoding="utf-8")
    assert big.stat().st_size > 5_000_000
    result = subprocess.run([sys.executable, "-m", "teia.cli", "build", str(big), "-o", str(tmp_path / "out"),
                             "--model", "blank", "-q"], capture_output=True, text=True, env=dict(os.environ), timeout=3600)
    assert result.returncode == 0, result.stderr
    assert "built" in result.stderr and (tmp_path / "out" / "graph.nq").stat().st_size > 0
