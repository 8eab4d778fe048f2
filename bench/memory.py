"""Peak memory (RSS) of ``teia build`` on corpora of growing size, and of a GEXF export.

    python bench/memory.py [--sizes 50000,100000,200000] [--model NAME] [--triples N] [--quick]

Each measurement runs in its own child process (``teia build DIR -o OUT --model M``, one
process; then ``teia.load`` + ``export(ds, "gexf")`` of the synthetic graph); the peak
resident set size is the child's ``ru_maxrss`` as returned by ``os.wait4`` in a small
wrapper process (so that the benchmark's own memory does not leak into the figure). The corpora are
the documents of ``bench/extraction.py`` written as ``.txt`` files under ``bench/.cache/``.
A straight line fitted through the build sizes gives the extrapolation to 1M words, printed
as such; ``--sizes`` may include 1000000 to measure it. Prints a table; no thresholds.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

import synthetic  # noqa: E402
from extraction import resolve_model, write_corpus  # noqa: E402

TEIA = Path(sys.executable).with_name("teia")


# A small wrapper process starts the command and reports its peak RSS. Measured from the
# benchmark process itself, ru_maxrss would include the RSS of the (possibly large) parent at
# fork time: the kernel keeps the old memory's high-water mark across exec.
_WRAPPER = """
import os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = p.stderr.read()
_, status, usage = os.wait4(p.pid, 0)
sys.stderr.buffer.write(err)
print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def peak_rss(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """(peak RSS in MB, wall seconds, exit status) of a command run in a child process
    (``env``: its environment, this process's when None)."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-S", "-c", _WRAPPER, *cmd], capture_output=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - t0
    try:
        maxrss, rc = (int(x) for x in proc.stdout.split())
    except ValueError:
        maxrss, rc = 0, proc.returncode or 1
    if rc:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        print(f"# {' '.join(cmd[:3])}... exit {rc}: {tail[0][:200]}", flush=True)
    return maxrss / 1024, wall, rc


def build_cmd(corpus: Path, out: Path, model: str) -> list[str]:
    exe = [str(TEIA)] if TEIA.exists() else [sys.executable, "-m", "teia.cli"]
    # the shipped pipeline is the default (it is not an installed package name)
    return [*exe, "build", str(corpus), "-o", str(out), *([] if model == "pt_teia" else ["--model", model])]


EXPORT_CHILD = """
import sys
from teia.graph.io import load_graph
from teia.graph.export import export
ds = load_graph(sys.argv[1])
if sys.argv[3] == "export":
    export(ds, "gexf", sys.argv[2])
"""


def fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares line ``y = a + b x``."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 0.0
    return my - b * mx, b


def run(sizes: tuple[int, ...], model: str | None = None, triples: int = 1_000_000, load_row: bool = True) -> dict:
    model = resolve_model(model)
    print(f"# model: {model}; {synthetic.load_note()}", flush=True)
    rows, points = [], []
    # the interpreter with teia and spaCy imported, for reference
    base_mb, _, _ = peak_rss([sys.executable, "-c", "import teia.extract.pipeline, teia.graph.builder"])
    rows.append(["python + teia + spaCy imported", "-", f"{base_mb:,.0f}", "-", "-"])
    for n in sizes:
        corpus, words = write_corpus(n, synthetic.CACHE / f"corpus-{n}")
        out = Path(tempfile.mkdtemp(prefix="build-", dir=synthetic.CACHE))
        mb, wall, rc = peak_rss(build_cmd(corpus, out, model))
        shutil.rmtree(out, ignore_errors=True)
        if rc == 0:
            points.append((words, mb))
        rows.append([f"teia build, {words:,} words", f"{len(list(corpus.glob('*.txt'))):,} docs",
                     f"{mb:,.0f}" if rc == 0 else "failed", f"{synthetic.seconds(wall)}", f"{words / wall:,.0f}"])
    note = []
    if len(points) >= 2:
        a, b = fit([p[0] for p in points], [p[1] for p in points])
        est = a + b * 1_000_000
        note.append(
            f"Linear fit through the builds: {a:,.0f} MB + {b * 100_000:,.0f} MB per 100k words; "
            f"extrapolated to 1,000,000 words: ~{est:,.0f} MB"
            + (" (extrapolation, not a measurement)" if max(p[0] for p in points) < 900_000 else "")
            + "."
        )
    else:
        est = None
    if triples:
        path = synthetic.ensure(triples)
        quads = synthetic.count_quads(path)
        gexf = synthetic.CACHE / "memory-export.gexf"
        steps = (("load", "teia.load (rdflib Dataset)"), ("export", "teia.load + export gexf"))
        for what, label in steps if load_row else steps[1:]:
            mb, wall, rc = peak_rss([sys.executable, "-c", EXPORT_CHILD, str(path), str(gexf), what])
            rows.append([f"{label}, {quads:,} quads", "-", f"{mb:,.0f}" if rc == 0 else "failed",
                         synthetic.seconds(wall), "-"])
        if gexf.exists():
            gexf.unlink()
    table = synthetic.print_table(
        f"Peak RSS (MB), model {model}",
        ["run", "size", "peak RSS MB", "wall s", "words/s"],
        rows,
        note=" ".join(note) + " Each row is one child process; RSS from os.wait4 ru_maxrss.",
    )
    return {"table": table, "points": points, "estimate_1m": est}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50000,100000,200000", help="corpus sizes in words")
    ap.add_argument("--model", default=None)
    ap.add_argument("--triples", type=int, default=1_000_000, help="synthetic graph for the export row (0: skip)")
    ap.add_argument("--no-load-row", action="store_true", help="skip the load-only row (saves one graph load)")
    ap.add_argument("--quick", action="store_true", help="sizes 10k,20k,40k; export of 100k quads")
    args = ap.parse_args()
    if args.quick:
        args.sizes, args.triples = "10000,20000,40000", 100_000
    run(tuple(int(x) for x in args.sizes.split(",")), args.model, args.triples, load_row=not args.no_load_row)


if __name__ == "__main__":
    main()
