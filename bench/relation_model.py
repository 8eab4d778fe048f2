"""What the relation classifier (``teia_relation_model``) costs the extraction.

    python bench/relation_model.py [--words 20000] [--rounds 2] [--model NAME_OR_PATH]

The same documents as ``bench/extraction.py`` (UD Bosque sentences in documents of ~400
words) go through ``extract_all`` with the full pipeline twice per round, once without the
component (``PipelineConfig(relation_model=False)``) and once with it, alternating which
runs first; the figure is the ratio of the CPU seconds (process time), which a busy machine
stretches much less than the wall clock. The pipelines are built and warmed up on one
document before timing. A second, steadier figure: the docs parsed once without the
component, then the component's own work (``model_relations`` and ``merge_relations``) timed
alone on them, as a share of the pipeline's CPU time. Prints Markdown; no thresholds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

from extraction import make_documents, resolve_model  # noqa: E402


def _run(nlp, docs) -> tuple[float, float, int]:
    from teia.extract.pipeline import extract_all

    w0, c0 = time.perf_counter(), time.process_time()
    n = sum(len(ex.relations) for ex in extract_all(docs, nlp))
    return time.perf_counter() - w0, time.process_time() - c0, n


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)

    from teia.extract.pipeline import PipelineConfig, create_pipeline

    model = resolve_model(args.model)
    docs, words, source = make_documents(args.words)
    print(f"# {source}: {len(docs)} documents, {words:,} words; model {model}", flush=True)
    # create_pipeline reuses one loaded spaCy model: build each pipeline right before its run
    arg = None if model == "pt_teia" else model  # the shipped pipeline is None to teia
    configs = {"without": PipelineConfig(model=arg, relation_model=False), "with": PipelineConfig(model=arg, relation_model=True)}
    cpu = {k: 0.0 for k in configs}
    wall = {k: 0.0 for k in configs}
    relations = {}
    for r in range(args.rounds):
        order = ["without", "with"] if r % 2 == 0 else ["with", "without"]
        for name in order:
            nlp = create_pipeline(configs[name])
            _run(nlp, docs[:1])  # warm-up (and the relation model's lazy load)
            w, c, n = _run(nlp, docs)
            wall[name] += w
            cpu[name] += c
            relations[name] = n
            print(f"  round {r + 1} {name}: {w:.1f} s wall, {c:.1f} CPU s, {n} relations", flush=True)
    print()
    print("| pipeline | CPU s | wall s | words/CPU s | relations |")
    print("|---|---:|---:|---:|---:|")
    for name in configs:
        print(f"| {name} teia_relation_model | {cpu[name]:.1f} | {wall[name]:.1f} | {words * args.rounds / cpu[name]:,.0f} | {relations[name]} |")
    print(f"\nCPU time with / without the component: {cpu['with'] / cpu['without']:.3f}")

    from teia.extract.pipeline import make_doc

    nlp = create_pipeline(configs["without"])
    c0 = time.process_time()
    parsed = [nlp(make_doc(nlp, d)) for d in docs]
    pipeline_cpu = time.process_time() - c0
    component = create_pipeline(configs["with"]).get_pipe("teia_relation_model")
    component(parsed[0])  # the model's lazy load
    c0 = time.process_time()
    for doc in parsed:
        component(doc)
    own = time.process_time() - c0
    print(f"the component alone: {own:.2f} CPU s for {pipeline_cpu:.1f} CPU s of pipeline without it ({own / pipeline_cpu:.3f})")


if __name__ == "__main__":
    main()
