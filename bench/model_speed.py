"""Words per second of the shipped pipeline, against spaCy's bare Portuguese tokenizer.

    python bench/model_speed.py [--model PATH_OR_NAME] [--words N]

Runs in one process; set OMP_NUM_THREADS=1 to measure one core. The text comes from the
UD Bosque dev sentences when ../shared/data is present (never the held-out test split), else
from a paragraph below.
Prints a table (wall-clock and per-CPU-second rates); no thresholds. Two units: whitespace
words of the input, and spaCy tokens (punctuation and symbols count as tokens; the unit of
``spacy benchmark speed`` and of the words-per-second figures spaCy publishes for its
pipelines).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import bosque_sentences  # noqa: E402  (the Bosque sentences the benches read)

# Written for this benchmark: an ordinary encyclopaedic paragraph with names, dates,
# numbers and the contractions (no, da, pelo...) that the tokenizer keeps whole.
PARAGRAPH = (
    "Em agosto de 1920, o Exército Vermelho chegou às portas de Varsóvia, mas foi "
    "derrotado pelas tropas polacas comandadas por Józef Piłsudski. A batalha, que os "
    "jornais da época chamaram o Milagre do Vístula, pôs fim ao avanço soviético para "
    "oeste. Vladimir Lenin, fundador do partido bolchevique, tinha apostado numa revolução "
    "na Alemanha que nunca chegou. No ano seguinte, o Tratado de Riga fixou a fronteira "
    "entre os dois países e a Polónia recebeu cerca de 200 mil quilómetros quadrados. "
    "Os historiadores ainda discutem o papel de Tukhachevski e de Estaline na derrota."
)


def corpus_text() -> list[str]:
    return bosque_sentences(("dev.conllu",)) or [PARAGRAPH]


def build_texts(n_words: int) -> tuple[list[str], int]:
    """Texts of about 10 sentences each, cycling through the source, until n_words."""
    sentences = corpus_text()
    texts, words, k = [], 0, 0
    while words < n_words:
        chunk = sentences[k % len(sentences): k % len(sentences) + 10]
        k += len(chunk)
        text = " ".join(chunk)
        texts.append(text)
        words += len(text.split())
    return texts, words


def measure(nlp, texts: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of this process, tokens."""
    t0, c0 = time.perf_counter(), time.process_time()
    ntok = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    return time.perf_counter() - t0, time.process_time() - c0, ntok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="pipeline path or package (default: shipped pt_teia)")
    ap.add_argument("--words", type=int, default=50_000, help="about how many words to process")
    args = ap.parse_args()

    import spacy

    from teia.extract.model import load_pipeline

    nlp = load_pipeline(args.model)
    blank = spacy.blank("pt")
    texts, words = build_texts(args.words)
    list(nlp.pipe(texts[:5]))  # warm up

    rows = []
    full = f"{nlp.meta.get('name')} {nlp.pipe_names}"
    # The first pass over the text also builds the vocabulary (a lexeme per new word);
    # the second sees known words, as a long run mostly does and as `spacy benchmark
    # speed` measures after its warm-up passes.
    for name, pipe in (
        ("tokenizer only (spacy.blank('pt'))", blank),
        (full + ", 1st pass", nlp),
        (full + ", 2nd pass", nlp),
    ):
        secs, cpu, ntok = measure(pipe, texts)
        rows.append((name, ntok, secs, words / secs, words / cpu, ntok / cpu))

    threads = os.environ.get("OMP_NUM_THREADS", "unset")
    print(f"{len(texts)} texts, {words} whitespace words, OMP_NUM_THREADS={threads}")
    print(f"{'pipeline':80} {'tokens':>7} {'wall s':>7} {'words/s':>9} {'words/CPU-s':>11} {'tokens/CPU-s':>12}")
    for name, ntok, secs, wps, wpc, tpc in rows:
        print(f"{name:80} {ntok:7d} {secs:7.2f} {wps:9.0f} {wpc:11.0f} {tpc:12.0f}")
    print(f"tokenizer / full pipeline (1st pass): {rows[0][3] / rows[1][3]:.1f}x (wall), "
          f"{rows[0][4] / rows[1][4]:.1f}x (CPU)")
    print("words/CPU-s divides by this process's CPU time: it stays meaningful when other "
          "processes share the cores, wall-clock words/s does not.")


if __name__ == "__main__":
    main()
