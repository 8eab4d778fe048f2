"""Copy the assembled pipeline into the package (``teia/models/pt_teia``), with the
held-out scores of ``metrics/scores.json`` in its ``meta.json``.

    python package.py [--src output/pt_teia] [--dest ../teia/models/pt_teia]
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=HERE / "output" / "pt_teia")
    ap.add_argument("--dest", type=Path, default=HERE.parent / "teia" / "models" / "pt_teia")
    ap.add_argument("--scores", type=Path, default=HERE / "metrics" / "scores.json")
    args = ap.parse_args()
    if args.dest.exists():
        shutil.rmtree(args.dest)
    shutil.copytree(args.src, args.dest)
    meta_path = args.dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if args.scores.is_file():
        scores = json.loads(args.scores.read_text(encoding="utf-8"))
        perf = dict(scores.get("bosque_test", {}))
        perf.pop("words_per_second_eval", None)
        perf.pop("tokens", None)
        for part in ("harem_test", "paramopama_test"):
            if part in scores:
                perf[f"{part}_ents_per_type"] = scores[part]["per_label"]
                perf[f"{part}_micro"] = {k: v for k, v in scores[part].items() if k.startswith("micro")}
        meta["performance"] = perf
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    size = _du(args.dest) / 1e6
    print(f"packaged {args.src} -> {args.dest} ({size:.1f} MB)")
    if size > 50:
        print("warning: the packaged pipeline is larger than 50 MB (the limit of issue 17)")


if __name__ == "__main__":
    main()
