"""Candidate name pairs of the coreference of ONE long document, and their cost (issue 19).

    python bench/namepairs.py [--sizes 4000,16000,32000,128000,500000] [--model NAME_OR_PATH]

The document is ``bench/doclength.py``'s (UD Bosque sentences in file order, repeated past the
treebank's end). The pipeline reads it in pieces of about 4,000 words (a 500,000-word document
does not fit a spaCy ``Doc`` in memory here); their mentions, offsets shifted, are grouped as
one document's by ``group_mentions``, and the items it hands to the clustering engine are kept
in ``bench/.cache/namepairs/items-N.json``. Then, with the code of the running interpreter's
``teia`` (run it with another checkout's interpreter for a side-by-side baseline), for each
length: the items, the candidate pairs of ``resolve/clusters.py``, the pairs a name rule joins,
CPU seconds of the clustering (``_cluster``) and a digest of its groups and edges, which must be
the same from one version of the code to another when a change only narrows the candidates.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

import synthetic  # noqa: E402
from doclength import document_text  # noqa: E402
from extraction import resolve_model  # noqa: E402

SIZES = (4_000, 16_000, 32_000, 128_000, 500_000)
PIECE = 4_000  # words the pipeline reads at a time
CACHE = HERE / ".cache" / "namepairs"


def make_items(words: int, model: str) -> tuple[list[dict], int]:
    """The items ``group_mentions`` clusters for the ``words``-word document, and its words."""
    from teia.build.steps import BuildOptions, make_pipeline, pipeline_config, pipeline_kb
    from teia.extract.pipeline import extract_all
    from teia.extract.resolve import document
    from teia.records import Document

    text, n, _ = document_text(words)
    paragraphs = text.split("\n\n")
    pieces, cur, cur_words = [], [], 0
    for p in paragraphs:
        cur.append(p)
        cur_words += len(p.split())
        if cur_words >= PIECE:
            pieces.append("\n\n".join(cur))
            cur, cur_words = [], 0
    if cur:
        pieces.append("\n\n".join(cur))
    nlp = make_pipeline(pipeline_config(BuildOptions(model=None if model == "pt_teia" else model)))
    mentions, offset = [], 0
    for i, ext in enumerate(extract_all([Document(f"p{i}", t) for i, t in enumerate(pieces)], nlp)):
        mentions += [replace(m, doc_id="doc", start=m.start + offset, end=m.end + offset) for m in ext.mentions]
        offset += len(ext.document.text) + 2
    captured = []
    engine = document._cluster

    def capture(items, *args, **kwargs):
        captured.append(items)
        return engine(items, *args, **kwargs)

    document._cluster = capture
    try:
        document.group_mentions(mentions, pipeline_kb(nlp))
    finally:
        document._cluster = engine
    return [{"names": list(it.names), "category": it.category, "kb_id": it.kb_id} for it in captured[0]], n


def measure(items_json: list[dict]) -> dict:
    from teia.extract.resolve import clusters
    from teia.extract.resolve.clusters import _candidate_pairs, _cluster, _Item
    from teia.extract.resolve.names import DEFAULT_CONFIG

    def cold() -> None:  # the blocks of a name, memoized where the code does so
        getattr(getattr(clusters, "_name_blocks", None), "cache_clear", lambda: None)()

    items = [_Item(tuple(d["names"]), d["category"], d["kb_id"], doc="doc") for d in items_json]
    cold()
    t0 = time.process_time()
    pairs = sum(1 for _ in _candidate_pairs(items, DEFAULT_CONFIG))
    t1 = time.process_time()
    cold()
    cl = _cluster(list(items))
    t2 = time.process_time()
    digest = hashlib.sha1(
        json.dumps([cl.groups(), [(e.i, e.j, e.rule, e.evidence) for e in cl.edges]]).encode()
    ).hexdigest()[:12]
    return {"items": len(items), "pairs": pairs, "edges": len(cl.edges), "pairs_cpu": t1 - t0, "cluster_cpu": t2 - t1, "digest": digest}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(str(s) for s in SIZES), help="comma-separated words per document")
    ap.add_argument("--model", default=None, help="pipeline name or path, or 'blank' (default: shipped or blank)")
    args = ap.parse_args()
    model = resolve_model(args.model)
    import teia

    print(f"# model: {model}; teia from {Path(teia.__file__).parent}; {synthetic.load_note()}", flush=True)
    rows = []
    for size in (int(x) for x in args.sizes.split(",")):
        path = CACHE / f"items-{size}-{model}.json"
        if not path.exists():
            items, words = make_items(size, model)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"words": words, "items": items}, ensure_ascii=False), encoding="utf-8")
        data = json.loads(path.read_text(encoding="utf-8"))
        r = measure(data["items"])
        print(f"# {data['words']:,} words: {json.dumps(r)}", flush=True)
        rows.append([
            f"{data['words']:,}", f"{r['items']:,}", f"{r['pairs']:,}", f"{r['pairs'] / max(r['items'], 1):.1f}",
            f"{r['edges']:,}", f"{r['pairs_cpu']:.2f}", f"{r['cluster_cpu']:.2f}", r["digest"],
        ])
    synthetic.print_table(
        "Candidate name pairs of one document's coreference (CPU seconds)",
        ["words", "items", "candidate pairs", "pairs per item", "edges", "pairs CPU s", "_cluster CPU s", "groups+edges digest"],
        rows,
        note="the digest must not change between versions of the code that only narrow the candidates",
    )


if __name__ == "__main__":
    main()
