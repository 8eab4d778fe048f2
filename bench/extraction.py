"""Words per second of teia's extraction against the bare spaCy pipeline it runs on.

    python bench/extraction.py [--words N] [--model NAME_OR_PATH] [--processes 1,2] [--quick]

The corpus: documents of about 400 words made of UD Bosque sentences when
``/work/shared/data/ud-bosque`` (or ``../shared/data/ud-bosque``) exists, else the sample
corpus (``corpus/``) repeated; either way each pass over the source gets its own document
ids and sentence order, so no two documents are identical. ``--words`` (default 200,000).

For each number of processes:

- bare: the same ``Language`` object with teia's components disabled
  (``nlp.select_pipes``), i.e. the base model alone (``blank``: tokenizer + sentencizer),
  through ``nlp.pipe``;
- teia: ``teia.extract.pipeline.extract_all`` with the full pipeline (what ``teia build``
  runs, records included);
- build: cross-document resolution (``teia.build.steps.resolve``) and the RDF
  dataset (``build_dataset``), timed once (it runs in one process whatever ``-j`` is).

The model is the shipped ``pt_teia`` when it is installed, else ``blank`` (said in the
output); ``--model`` picks another. Prints a table; no thresholds.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

import synthetic  # noqa: E402

BOSQUE_DIRS = (Path("/work/shared/data/ud-bosque"), ROOT.parent / "shared" / "data" / "ud-bosque")
DOC_WORDS = 400


BOSQUE_FILES = ("dev.conllu", "train.conllu")
"""The Bosque files the benchmarks read, in this order; never ``test.conllu``: the test split is
held out, even as timing input (7 Dec)."""


def bosque_sentences(files: tuple[str, ...] = BOSQUE_FILES) -> list[str]:
    """The ``# text`` sentences of the Bosque ``files`` (default: dev, then train) of the first
    Bosque directory that has them, in file order, or none."""
    for d in BOSQUE_DIRS:
        sents = []
        for name in files:
            f = d / name
            if f.is_file():
                with open(f, encoding="utf-8") as handle:
                    sents += [ln[len("# text = "):].strip() for ln in handle if ln.startswith("# text = ")]
        if sents:
            return sents
    return []


def make_documents(n_words: int, seed: int = 0):
    """``(documents, words, source)``: teia ``Document`` records totalling about ``n_words``."""
    from teia.records import Document

    rng = random.Random(seed)
    sents = bosque_sentences()
    docs: list[Document] = []
    words = 0
    if sents:
        source = f"UD Bosque sentences ({len(sents):,}), documents of ~{DOC_WORDS} words"
        rnd = 0
        while words < n_words:
            order = list(range(len(sents)))
            if rnd:
                rng.shuffle(order)
            chunk: list[str] = []
            cw = 0
            for i in order:
                chunk.append(sents[i])
                cw += len(sents[i].split())
                if cw >= DOC_WORDS:
                    text = " ".join(chunk)
                    docs.append(Document(f"bosque/r{rnd}/doc-{len(docs):05d}.txt", text, title=chunk[0][:60]))
                    words += cw
                    chunk, cw = [], 0
                    if words >= n_words:
                        break
            rnd += 1
        return docs, words, source
    # the sample corpus, each pass with suffixed ids and its paragraphs shuffled
    from teia.extract.reader import find_sources, read_document

    originals = [read_document(s) for s in find_sources([ROOT / "corpus"])]
    source = f"sample corpus ({len(originals)} documents) repeated with suffixed ids"
    rnd = 0
    while words < n_words:
        for d in originals:
            paras = d.text.split("\n\n")
            if rnd:
                rng.shuffle(paras)
            text = "\n\n".join(paras)
            docs.append(Document(f"{d.id}~{rnd}", text, title=d.title))
            words += len(text.split())
            if words >= n_words:
                break
        rnd += 1
    return docs, words, source


def write_corpus(n_words: int, folder: Path, seed: int = 0) -> tuple[Path, int]:
    """Write the documents of :func:`make_documents` as ``.txt`` files (for ``teia build``)."""
    docs, words, _ = make_documents(n_words, seed)
    stamp = folder / ".complete"
    if stamp.exists():
        return folder, words
    folder.mkdir(parents=True, exist_ok=True)
    for i, d in enumerate(docs):
        (folder / f"doc-{i:05d}.txt").write_text(d.text + "\n", encoding="utf-8")
    stamp.write_text(str(words))
    return folder, words


_NLP = None


def _extract_one(document):
    from teia.extract.pipeline import extract

    return extract(document, _NLP)


def pool_extract(docs, nlp, n: int) -> tuple:
    """``extract`` on ``n`` forked workers (the pipeline is inherited, records come back pickled)."""
    import multiprocessing

    global _NLP
    _NLP = nlp
    with multiprocessing.get_context("fork").Pool(n) as pool:
        return tuple(pool.imap(_extract_one, docs, chunksize=4))


def resolve_model(model: str | None) -> str:
    from teia.extract.model import shipped_model_path

    if model:
        return model
    return "pt_teia" if (shipped_model_path() / "config.cfg").is_file() else "blank"


def run(n_words: int, model: str | None = None, processes: tuple[int, ...] = (1, 2), seed: int = 0) -> dict:
    from teia.build.steps import BuildOptions, make_pipeline, pipeline_config, pipeline_kb, resolve
    from teia.extract.pipeline import TEIA_COMPONENTS, extract_all
    from teia.graph.builder import build_dataset

    model = resolve_model(model)
    docs, words, source = make_documents(n_words, seed)
    nlp = make_pipeline(pipeline_config(BuildOptions(model=None if model == "pt_teia" else model)))
    teia_pipes = [p for p in nlp.pipe_names if p in TEIA_COMPONENTS]
    bare_pipes = [p for p in nlp.pipe_names if p not in TEIA_COMPONENTS]
    print(
        f"# model: {model} (pipes: {', '.join(bare_pipes)} + {', '.join(teia_pipes)}); "
        f"corpus: {len(docs):,} documents, {words:,} words, {source}; {synthetic.load_note()}",
        flush=True,
    )
    texts = [d.text for d in docs]

    # warm up both (lazy tables, first-call costs)
    list(extract_all(docs[:4], nlp))
    with nlp.select_pipes(disable=teia_pipes):
        list(nlp.pipe(texts[:4]))

    rows, out = [], {"model": model, "words": words, "runs": {}}
    build = None
    for n in processes:
        gc.collect()
        with nlp.select_pipes(disable=teia_pipes), synthetic.Clock() as bare:
            for _ in nlp.pipe(texts, n_process=n, batch_size=16):
                pass
        gc.collect()
        how = "extract_all"
        with synthetic.Clock() as full:
            try:
                extractions = tuple(extract_all(docs, nlp, n_process=n))
            except Exception as exc:  # noqa: BLE001 - reported, then measured the other way
                first = str(exc).strip().splitlines()[-1][:120]
                out["failed"] = first
                how = None
        if how is None:
            print(f"# extract_all(n_process={n}) FAILED: {first}", flush=True)
            print(f"# measuring extract() on a {n}-process multiprocessing.Pool instead", flush=True)
            how = "Pool(extract)*"
            with synthetic.Clock() as full:
                extractions = pool_extract(docs, nlp, n)
        if build is None:
            with synthetic.Clock() as build:
                extractions, resolution = resolve(extractions, pipeline_kb(nlp))
                ds = build_dataset(extractions, resolution)
            n_quads = sum(1 for _ in ds.quads((None, None, None, None)))
            del ds, resolution
        del extractions
        out["runs"][n] = (bare, full)
        out.setdefault("how", {})[n] = how
        print(f"# {n} process(es): bare {bare.wall:.1f} s ({bare.cpu:.1f} CPU s), "
              f"teia {full.wall:.1f} s ({full.cpu:.1f} CPU s)", flush=True)
    one_bare, one_full = out["runs"][processes[0]]
    for n in processes:
        bare, full = out["runs"][n]
        rows.append([
            f"{n} ({out['how'][n]})",
            f"{words / bare.wall:,.0f}",
            f"{words / full.wall:,.0f}",
            f"{bare.wall / full.wall:.2f}",
            f"{bare.cpu / full.cpu:.2f}",
            f"{one_full.wall / full.wall:.2f}x",
            f"{one_bare.wall / bare.wall:.2f}x",
            f"{words / (full.wall + build.wall):,.0f}",
        ])
    build_time = build.wall
    table = synthetic.print_table(
        f"Extraction, model {model}, {words:,} words in {len(docs):,} documents (words per second, wall clock)",
        ["processes", "bare spaCy", "teia extract", "teia / bare", "teia / bare (CPU)", "teia vs 1 proc",
         "bare vs 1 proc", "teia + build"],
        rows,
        note=(
            f"build (resolution + RDF dataset, one process): {synthetic.seconds(build.wall)} s "
            f"({synthetic.seconds(build.cpu)} CPU s) for {n_quads:,} quads ({words / build.wall:,.0f} words/s). "
            "'teia + build' = words / (extract time + build time). "
            "'(CPU)': the ratio of CPU seconds (all processes), steadier than wall time on a loaded machine."
            + (
                f" *extract_all(n_process>1) fails ({out['failed']}): the row measures "
                "teia.extract.pipeline.extract on a fork multiprocessing.Pool, records pickled back."
                if "failed" in out else ""
            )
        ),
    )
    out.update(table=table, build=build_time, quads=n_quads)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--model", default=None, help="pipeline name or path, or 'blank' (default: shipped or blank)")
    ap.add_argument("--processes", default="1,2", help="comma-separated n_process values")
    ap.add_argument("--quick", action="store_true", help="20,000 words")
    args = ap.parse_args()
    if args.quick:
        args.words = 20_000
    run(args.words, args.model, tuple(int(x) for x in args.processes.split(",")))


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
