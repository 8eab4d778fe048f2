"""CPU of teia's extraction on a page made of many laws' numbers and phone numbers, and on an
ordinary long document, in this checkout and in another one, side by side.

    python bench/mentionscans.py --base CHECKOUT [--lines 500,2000] [--words 32000] [--rounds 3]

A rule that tests each of its matches against every mention of the document costs the product of
the two: a page listing thousands of laws (``A Lei n.º 1.234/98 ...``) or phone numbers (``Tel.:
(011) 3000-1000``, ``Fax 236 200 100``) makes thousands of both. The documents:

- the page: ``--lines`` lines (one page per count), each a law with its number, a ministry and two
  phone numbers (every number different): a rule that tests each number against every mention
  costs, per line, in proportion to the lines, so two counts show it as a growth per line;
- the ordinary document: the first ``--words`` words of ``bench/doclength.py``'s corpus (UD Bosque
  sentences in file order, a paragraph every eight sentences).

Each round runs, for each document, one child process per checkout, one after the other: the
checkout's own interpreter (``CHECKOUT/.venv/bin/python``, which imports that checkout's ``teia``)
loads the pipeline, warms it up on a short text, then extracts the document (``extract_all``, as
``teia build`` does) inside ``gc_settled()``. It reports the CPU seconds of the extraction
(``time.process_time``) and of teia's own components alone (``teia_gazetteer``, ``teia_entities``,
``teia_time``, ``teia_events``, ``teia_relations``: each wrapped to time its calls), and the
mentions found. Prints each round and the medians, with this checkout's CPU over the base's; no
thresholds. Run it beside no other heavy work (``OMP_NUM_THREADS=1 nice -n 5``): each child
measures its own process, minutes apart from the other's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache" / "mentionscans"


def page_text(lines: int) -> str:
    """``lines`` lines of a law with its number and two phone numbers each, all different."""
    out = []
    for i in range(lines):
        law = f"{1 + i % 9}.{100 + i % 900}/{90 + i % 10}"
        phone = f"(011) {3000 + i % 6000}-{1000 + (i * 7) % 9000}"
        fax = f"236 {200 + i % 700} {100 + i % 800}"
        out.append(f"A Lei n.º {law} foi publicada pelo Ministério da Justiça. Tel.: {phone}. Fax {fax}.")
    return "\n".join(out) + "\n"


def documents(lines: Sequence[int], words: int) -> list[tuple[str, Path, int]]:
    """``(label, path, words)`` of the documents (a page per count of ``lines``, then the ordinary
    one), written under ``bench/.cache``."""
    sys.path.insert(0, str(HERE))
    from doclength import document_text  # this checkout's corpus, read by the parent only

    pages = [(f"page of {n:,} laws' lines", text, len(text.split())) for n, text in ((n, page_text(n)) for n in lines)]
    ordinary, n, _ = document_text(words)
    out = []
    for label, text, count in (*pages, (f"{n:,}-word document", ordinary, n)):
        path = CACHE / (label.split()[0] + f"-{count}.txt")
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        out.append((label, path, count))
    return out


class _Timed:
    """A pipeline component that adds the CPU of each call to ``spent[name]``."""

    def __init__(self, name: str, proc, spent: dict[str, float]) -> None:
        self.name, self.proc, self.spent = name, proc, spent

    def __call__(self, doc, **kwargs):
        t0 = time.process_time()
        try:
            return self.proc(doc, **kwargs)
        finally:
            self.spent[self.name] = self.spent.get(self.name, 0.0) + time.process_time() - t0


def child(path: Path) -> dict:
    """Extract one document in this process with the ``teia`` this interpreter imports."""
    from teia.build.steps import BuildOptions, gc_settled, make_pipeline, pipeline_config
    from teia.extract.pipeline import TEIA_COMPONENTS, extract_all
    from teia.records import Document

    nlp = make_pipeline(pipeline_config(BuildOptions()))
    spent: dict[str, float] = {}
    # teia's components are called one Doc at a time (Language.__call__ and pieces.process_long)
    nlp._components = [(n, _Timed(n, p, spent) if n in TEIA_COMPONENTS else p) for n, p in nlp._components]
    list(extract_all([Document("warm", "O Lenin nasceu em Simbirsk em 1870 e morreu em Moscovo.")], nlp))
    spent.clear()
    text = path.read_text(encoding="utf-8")
    t0 = time.process_time()
    with gc_settled():
        (extraction,) = extract_all([Document(path.stem, text)], nlp)
    cpu = time.process_time() - t0
    import teia

    return {"cpu": cpu, "teia": sum(spent.values()), "mentions": len(extraction.mentions), "code": str(Path(teia.__file__).parent.parent)}


def measure(checkout: Path, path: Path) -> dict:
    """One child process with ``checkout``'s interpreter, in ``checkout``."""
    python = checkout / ".venv" / "bin" / "python"
    env = {**os.environ, **{v: "1" for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")}}
    env.pop("PYTHONPATH", None)
    with tempfile.NamedTemporaryFile("r", suffix=".json") as report:
        done = subprocess.run(
            [str(python), str(Path(__file__).resolve()), "--child", str(path), report.name],
            cwd=checkout, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        text = Path(report.name).read_text()
    if done.returncode or not text.strip():
        raise SystemExit(f"{checkout}: the child failed\n{done.stderr[-2000:]}")
    row = json.loads(text)
    if Path(row["code"]).resolve() != checkout.resolve():
        raise SystemExit(f"{checkout}: its interpreter imported teia from {row['code']}")
    return row


def run(base: Path, lines: Sequence[int], words: int, rounds: int) -> None:
    docs = documents(lines, words)
    print(f"# this checkout {ROOT} against {base}; {rounds} rounds, one BLAS thread", flush=True)
    results: dict[str, dict[str, list[dict]]] = {label: {"base": [], "this": []} for label, _, _ in docs}
    for r in range(rounds):
        for label, path, _ in docs:
            for side, checkout in (("base", base), ("this", ROOT)) if r % 2 == 0 else (("this", ROOT), ("base", base)):
                row = measure(checkout, path)
                results[label][side].append(row)
            b, t = results[label]["base"][-1], results[label]["this"][-1]
            print(f"# round {r + 1}, {label}: extraction {b['cpu']:.2f} -> {t['cpu']:.2f} CPU s, teia's components "
                  f"{b['teia']:.2f} -> {t['teia']:.2f} ({t['teia'] / b['teia']:.2f}x), mentions {b['mentions']} / {t['mentions']}", flush=True)
    print("\n| document | words | extraction, base / this, CPU s | teia's components, base / this, CPU s | the same per 1,000 words | this / base (teia's components), per round |")
    print("| --- | ---: | --- | --- | --- | --- |")
    for label, _, count in docs:
        b, t = results[label]["base"], results[label]["this"]
        med = lambda rows, key: statistics.median(row[key] for row in rows)  # noqa: E731
        ratios = [x["teia"] / y["teia"] for x, y in zip(t, b)]
        print(f"| {label} | {count:,} | {med(b, 'cpu'):.2f} / {med(t, 'cpu'):.2f} | {med(b, 'teia'):.2f} / {med(t, 'teia'):.2f} | "
              f"{med(b, 'teia') / count * 1000:.3f} / {med(t, 'teia') / count * 1000:.3f} | "
              f"**{statistics.median(ratios):.2f}x** ({', '.join(f'{x:.2f}' for x in ratios)}) |")


def main(argv: list[str] | None = None) -> None:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child":
        Path(sys.argv[3]).write_text(json.dumps(child(Path(sys.argv[2]))))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, required=True, help="another checkout with its .venv (main's, say)")
    ap.add_argument("--lines", default="500,2000", help="lines of the pages of laws and phone numbers, comma-separated")
    ap.add_argument("--words", type=int, default=32_000, help="words of the ordinary document")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    try:
        lines = [int(n) for n in args.lines.split(",")]
    except ValueError:
        ap.error(f"--lines {args.lines!r}: give numbers of lines separated by commas (500,2000)")
    if not (args.base / ".venv" / "bin" / "python").is_file():
        ap.error(f"--base {args.base}: no checkout with a .venv there (its .venv/bin/python is missing)")
    run(args.base, lines, args.words, args.rounds)


if __name__ == "__main__":
    main()
