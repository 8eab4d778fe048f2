"""CPU seconds per 1,000 words and peak RSS of teia on ONE document of growing length.

    python bench/doclength.py [--sizes 1000,4000,16000,64000] [--model NAME_OR_PATH] [--quick] [--one-line]

Each document is cut from the benchmark corpus of ``bench/extraction.py`` (UD Bosque sentences
in file order, a paragraph every eight sentences; the sample corpus repeated without Bosque), so
the longer documents hold the shorter ones; with ``--one-line`` the paragraphs are joined by a
space, a document without a line break (text pasted out of a PDF or a web page), so that a rule
that reads a name's whole line shows its cost. For each length two child processes run, one after
the other, each loading the pipeline and warming it up on a short text before the clock starts:

- bare: the same pipeline with teia's components disabled (``nlp.select_pipes``), ``nlp(text)``;
- teia: what ``teia build`` does with the document: extraction, corpus resolution and the graph
  files of a default build (sorted ``graph.nq`` and ``graph.nt``, written document graph by
  document graph), through the steps of ``teia.build.steps`` (``write_graph``).

CPU seconds are the child's own (``time.process_time``, all threads) around that work only, so
loading the model is left out; peak RSS is the child's ``ru_maxrss`` (``bench/memory.py``'s
wrapper), model included. The figure the issue asks for: CPU s per 1,000 words at the longest
document within 1.5x of that at the shortest. Prints a table; no thresholds.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

import synthetic  # noqa: E402
from extraction import bosque_sentences, resolve_model  # noqa: E402
from memory import peak_rss  # noqa: E402

SIZES = (1_000, 4_000, 16_000, 64_000)
CACHE = HERE / ".cache" / "doclength"
PARAGRAPH = 8  # sentences


def document_text(words: int, one_line: bool = False) -> tuple[str, int, str]:
    """``(text, words, source)``: the first ``words`` words of the benchmark corpus as one text
    (``one_line``: with no line break)."""
    sents = bosque_sentences()
    source = "UD Bosque sentences in file order"
    if not sents:
        from teia.extract.reader import find_sources, read_document

        texts = [read_document(s).text for s in find_sources([ROOT / "corpus"])]
        sents = [p for t in texts for p in t.split("\n\n") if p.strip()]
        source = "the sample corpus's paragraphs, repeated"
    picked: list[str] = []
    n = 0
    while n < words:
        s = sents[len(picked) % len(sents)]
        picked.append(s)
        n += len(s.split())
    paragraphs = [" ".join(picked[i : i + PARAGRAPH]) for i in range(0, len(picked), PARAGRAPH)]
    if one_line:
        return " ".join(paragraphs) + "\n", n, source + ", on one line"
    return "\n\n".join(paragraphs) + "\n", n, source


def write_document(words: int, one_line: bool = False) -> tuple[Path, int]:
    text, n, _ = document_text(words, one_line)
    path = CACHE / f"doc-{words}{'-one-line' if one_line else ''}.txt"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return path, n


def child(path: Path, mode: str, model: str) -> None:
    """Run one measurement on a document (or a folder of documents) in this process and print
    ``{"cpu": seconds, ...}`` as JSON."""
    from teia.build.steps import (
        BuildOptions,
        build_info,
        gc_settled,
        make_pipeline,
        model_name,
        pipeline_config,
        pipeline_kb,
        read_corpus,
        resolve,
        write_graph,
    )
    from teia.extract.pipeline import TEIA_COMPONENTS, extract_all

    options = BuildOptions(model=None if model == "pt_teia" else model)
    nlp = make_pipeline(pipeline_config(options))
    documents = read_corpus(path)  # one file or a folder of them
    warm = "O Lenin nasceu em Simbirsk em 1870 e morreu em Moscovo."
    teia_pipes = [p for p in nlp.pipe_names if p in TEIA_COMPONENTS]
    # the work in gc_settled() blocks as in teia build (teia.build.steps.run_serial and run),
    # the bare pipeline's too: the same conditions, only teia's components differ
    if mode == "bare":
        with nlp.select_pipes(disable=teia_pipes):
            nlp(warm)
            t0 = time.process_time()
            with gc_settled():
                for _ in nlp.pipe((d.text for d in documents), batch_size=16):
                    pass
            out = {"cpu": time.process_time() - t0}
    else:
        from teia.extract.linking import kb_for
        from teia.records import Document

        list(extract_all([Document("warm", warm)], nlp))
        # the link knowledge base's lookup cache, made now when absent (once per install and
        # cache folder, about 2 CPU s: docs/linking.md), so that the first run measures a build
        # as every later one does
        kb_for([])
        t0 = time.process_time()
        with gc_settled():
            extractions = tuple(extract_all(documents, nlp))
            t1 = time.process_time()
            extractions, resolution = resolve(extractions, pipeline_kb(nlp))
        with tempfile.TemporaryDirectory() as tmp, gc_settled():
            written = write_graph(extractions, resolution, build_info(model_name(nlp), options), options, tmp)
        t2 = time.process_time()
        out = {"cpu": t2 - t0, "extract": t1 - t0, "build": t2 - t1, "quads": written.lines["graph.nq"]}
    from threadpoolctl import threadpool_info

    # the threads of each BLAS/OpenMP library loaded in the child, as the work ran
    out["threads"] = sorted({f"{lib['internal_api']} {lib['num_threads']}" for lib in threadpool_info()})
    print(json.dumps(out))


# what the BLAS and OpenMP libraries of NumPy, thinc and blis read when they load
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def thread_env(threads: int | None) -> dict[str, str] | None:
    """The child's environment: this process's with every BLAS/OpenMP thread count set to
    ``threads`` (set before the child loads NumPy), or None (inherited as it is)."""
    if threads is None:
        return None
    return {**os.environ, **{name: str(threads) for name in THREAD_VARIABLES}}


def thread_note(threads: int | None, *rows: dict) -> str:
    """The thread setting of a run and the threads the children reported."""
    seen = sorted({t for row in rows for t in row.get("threads", ())})
    setting = "as inherited" if threads is None else f"{threads} ({'/'.join(THREAD_VARIABLES)})"
    return f"BLAS/OpenMP threads in the children: {setting} ({', '.join(seen) or 'not reported'})"


def measure(path: Path, mode: str, model: str, threads: int | None = None) -> dict:
    """One child process: its JSON report plus its peak RSS in MB (``threads``: every
    BLAS/OpenMP thread count of the child, inherited when None)."""
    with tempfile.NamedTemporaryFile("r", suffix=".json") as report:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(path), mode, model, report.name]
        rss, wall, rc = peak_rss(cmd, env=thread_env(threads))
        text = Path(report.name).read_text()
    if rc or not text.strip():
        return {"failed": True, "rss": rss}
    row = json.loads(text)
    row.update(rss=rss, wall=wall)
    return row


def run(sizes: tuple[int, ...] = SIZES, model: str | None = None, one_line: bool = False) -> dict:
    model = resolve_model(model)
    _, _, source = document_text(10, one_line)
    print(f"# model: {model}; documents: {source}, one per length; {synthetic.load_note()}", flush=True)
    rows, results = [], {}
    for size in sizes:
        path, words = write_document(size, one_line)
        bare = measure(path, "bare", model)
        full = measure(path, "teia", model)
        results[size] = (words, bare, full)
        if full.get("failed") or bare.get("failed"):
            rows.append([f"{words:,}", "failed" if bare.get("failed") else "", "failed" if full.get("failed") else "", "", "", "", ""])
            continue
        print(f"# {words:,} words: bare {bare['cpu']:.1f} CPU s, teia {full['cpu']:.1f} CPU s "
              f"(extract {full['extract']:.1f}, build + N-Quads {full['build']:.1f}), "
              f"RSS {bare['rss']:.0f} / {full['rss']:.0f} MB", flush=True)
        rows.append([
            f"{words:,}",
            f"{bare['cpu'] / words * 1000:.3f}",
            f"{full['extract'] / words * 1000:.3f}",
            f"{full['cpu'] / words * 1000:.3f}",
            f"{bare['cpu'] / full['cpu']:.2f}",
            f"{bare['rss']:.0f}",
            f"{full['rss']:.0f}",
        ])
    ok = [s for s in sizes if not results[s][2].get("failed")]
    note = ""
    if len(ok) >= 2:
        first, last = ok[0], ok[-1]
        per = {s: results[s][2]["cpu"] / results[s][0] for s in (first, last)}
        note = (f"teia CPU s per 1,000 words at {results[last][0]:,} words / at {results[first][0]:,} words: "
                f"{per[last] / per[first]:.2f}x. 'bare / teia' = words per CPU s of teia end to end relative "
                "to the bare pipeline (1.00 = no cost added).")
    table = synthetic.print_table(
        f"One document of growing length, model {model} (CPU seconds per 1,000 words; peak RSS in MB)",
        ["words", "bare spaCy", "teia extract", "teia end to end (+ N-Quads)", "bare / teia", "RSS bare", "RSS teia"],
        rows,
        note=note,
    )
    return {"model": model, "table": table, "results": results}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        import contextlib
        import io

        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            child(Path(sys.argv[2]), sys.argv[3], sys.argv[4])
        Path(sys.argv[5]).write_text(buf.getvalue().strip().splitlines()[-1])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(str(s) for s in SIZES), help="comma-separated words per document")
    ap.add_argument("--model", default=None, help="pipeline name or path, or 'blank' (default: shipped or blank)")
    ap.add_argument("--quick", action="store_true", help="1,000 and 16,000 words only")
    ap.add_argument("--one-line", action="store_true", help="documents without a line break")
    args = ap.parse_args()
    sizes = (1_000, 16_000) if args.quick else tuple(int(x) for x in args.sizes.split(","))
    run(sizes, args.model, args.one_line)


if __name__ == "__main__":
    main()
