"""Cost of entity linking: ``teia build`` of a corpus with ``--link`` and ``--no-link``, side by side.

    python bench/linking.py [--corpus corpus] [--rounds 3]

Each build runs in its own child process, started by a small wrapper that reports the child's
peak RSS and CPU seconds (``os.wait4``); the two settings alternate round after round so that
the load of a busy machine falls on both alike. The table gives the medians of wall time, CPU
time and peak memory and the ratios (with / without); on a shared machine read the CPU ratio,
the wall clock stretches with whatever else runs. No thresholds: ``docs/benchmarks.md`` records
the figures with the command.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEIA = Path(sys.executable).with_name("teia")

_WRAPPER = """
import os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = p.stderr.read()
_, status, usage = os.wait4(p.pid, 0)
sys.stderr.buffer.write(err)
print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status))
"""


def run(cmd: list[str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of a command run in a child process; exits on failure."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-S", "-c", _WRAPPER, *cmd], capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    try:
        rss, cpu, rc = proc.stdout.split()
    except ValueError:
        rss, cpu, rc = b"0", b"0", b"1"
    if int(rc):
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        sys.exit(f"{' '.join(cmd[:4])}...: exit {int(rc)}: {tail[0][:200]}")
    return wall, float(cpu), int(rss) / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(ROOT / "corpus"), help="documents to build (default: the sample corpus)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    exe = [str(TEIA)] if TEIA.exists() else [sys.executable, "-m", "teia.cli"]
    runs: dict[str, list[tuple[float, float, float]]] = {"no-link": [], "link": []}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            for setting in ("no-link", "link") if r % 2 == 0 else ("link", "no-link"):
                out = Path(tmp) / f"{setting}-{r}"
                wall, cpu, mb = run([*exe, "build", args.corpus, "-o", str(out), "-q", f"--{setting}"])
                runs[setting].append((wall, cpu, mb))
                print(f"round {r + 1}  --{setting:8s} wall {wall:7.2f} s  CPU {cpu:7.2f} s  peak {mb:7.1f} MB", flush=True)
    med = {k: tuple(statistics.median(x[i] for x in v) for i in range(3)) for k, v in runs.items()}
    print("\n| build | median wall s | median CPU s | median peak RSS MB |\n| --- | --- | --- | --- |")
    for k in ("no-link", "link"):
        print(f"| `--{k}` | {med[k][0]:.2f} | {med[k][1]:.2f} | {med[k][2]:.0f} |")
    a, b = med["link"], med["no-link"]
    print(
        f"\nlinking: wall x{a[0] / b[0]:.3f}, CPU x{a[1] / b[1]:.3f}, peak memory {a[2] - b[2]:+.0f} MB "
        f"({args.rounds} rounds, {args.corpus})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
