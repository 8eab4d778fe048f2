"""No rule walks the whole Doc per token, per mention or per sentence (issue 19).

The extraction of one long document is profiled at two lengths (the sample corpus repeated to
about 1,000 and 4,000 words) and the walks over spaCy ``Doc`` objects are counted, not timed:
``Doc.__iter__`` steps (one per token visited), ``Token`` objects built, ``Doc.text`` joins and
``Doc.has_annotation`` scans. Per token of the document these counts must not grow with its
length: a rule that walks the Doc once per token makes them grow four times for four times the
words (the 4,000-word document built 16 times more tokens than the 1,000-word one before the fix).
"""

from __future__ import annotations

import cProfile
import pstats
from pathlib import Path

import pytest

from teia.extract.pipeline import PipelineConfig, create_pipeline, extract
from teia.records import Document

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

# spaCy's Cython functions as cProfile names them: (file name, function name)
WALKS = {
    "doc steps": ("doc.pyx", "__iter__"),
    "tokens built": ("token.pxd", "cinit"),
    "text joins": ("doc.pyx", "text"),
    "annotation scans": ("doc.pyx", "has_annotation"),
}


def _long_document(words: int) -> Document:
    """The sample corpus, paragraph after paragraph, repeated until ``words`` words."""
    paragraphs = [p for f in sorted(CORPUS.glob("*.txt")) for p in f.read_text("utf-8", "replace").split("\n\n") if p.strip()]
    out: list[str] = []
    n = 0
    while n < words:
        p = paragraphs[len(out) % len(paragraphs)]
        out.append(p)
        n += len(p.split())
    return Document(f"long-{words}", "\n\n".join(out), title="long")


def _walks(nlp, document: Document) -> tuple[dict[str, int], int]:
    """The counts of :data:`WALKS` while extracting ``document``, and its number of tokens."""
    profile = cProfile.Profile()
    profile.enable()
    extraction = extract(document, nlp)
    profile.disable()
    stats = pstats.Stats(profile).stats  # (file, line, name) -> (primitive calls, calls, ...)
    counts = dict.fromkeys(WALKS, 0)
    for (file, _line, name), row in stats.items():
        for what, (suffix, func) in WALKS.items():
            if file.endswith(suffix) and name == func:
                counts[what] += row[1]
    if counts["tokens built"] == 0:
        pytest.skip("this spaCy build reports no calls of its Cython functions to cProfile")
    tokens = len(nlp.make_doc(document.text))
    assert extraction.sentences and extraction.mentions  # the document was really processed
    return counts, tokens


@pytest.mark.parametrize("model", ["blank", None], ids=["blank", "shipped"])
def test_no_rule_walks_the_doc_per_token(model):
    if model is None:
        from teia.extract.model import shipped_model_path

        if not (shipped_model_path() / "config.cfg").is_file():
            pytest.skip("the shipped model is not installed")
    nlp = create_pipeline(PipelineConfig(model=model))
    extract(Document("warm", "Lenin nasceu em Simbirsk em 1870."), nlp)  # lazy tables
    short, short_tokens = _walks(nlp, _long_document(1_000))
    long, long_tokens = _walks(nlp, _long_document(4_000))
    assert long_tokens > 3.5 * short_tokens
    for what in WALKS:
        per_token_short = short[what] / short_tokens
        per_token_long = long[what] / long_tokens
        # linear work gives the same figure per token at both lengths; a walk of the Doc per
        # token or per sentence makes it about four times larger for the long document
        assert per_token_long <= 1.5 * per_token_short + 0.01, (
            f"{what}: {short[what]:,} for {short_tokens:,} tokens but {long[what]:,} for {long_tokens:,}"
        )
