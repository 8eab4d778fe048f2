"""Execute the notebooks top to bottom and save them with their outputs.

    python notebooks/regenerate.py            # every notebook in this folder
    python notebooks/regenerate.py tour.ipynb # one of them

Run it with the project's Python (``.venv/bin/python``) after a change to the pipeline, review
the diff, and commit the notebook with its outputs: ``tests/test_notebook.py`` re-executes it
and fails when the committed outputs of the cells tagged ``counts`` are stale.

The kernel is ``python3`` running *this* interpreter, so the notebook sees the same teia,
spaCy model and libraries as the test suite.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
KERNEL = "python3"
CELL_TIMEOUT = 600
"""Seconds one cell may take (a build of the sample corpus takes well under a minute)."""


@contextmanager
def _this_python_kernel():
    """Make the ``python3`` kernel spec run this interpreter.

    ipykernel's own spec says ``python``, which jupyter_client replaces by ``sys.executable``;
    a user-level ``python3`` spec pointing at another Python would otherwise win. When the spec
    does not resolve to this interpreter, a temporary one is put first on ``JUPYTER_PATH``.
    """
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        argv = KernelSpecManager().get_kernel_spec(KERNEL).argv
    except NoSuchKernel:
        argv = []
    if argv and argv[0] in ("python", "python3", sys.executable):
        yield
        return
    with tempfile.TemporaryDirectory(prefix="teia-kernel-") as tmp:
        spec_dir = Path(tmp) / "kernels" / KERNEL
        spec_dir.mkdir(parents=True)
        spec = {
            "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "Python 3 (teia)",
            "language": "python",
        }
        (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
        old = os.environ.get("JUPYTER_PATH")
        os.environ["JUPYTER_PATH"] = os.pathsep.join([tmp, *([old] if old else [])])
        try:
            yield
        finally:
            if old is None:
                os.environ.pop("JUPYTER_PATH", None)
            else:
                os.environ["JUPYTER_PATH"] = old


def execute(path: str | os.PathLike[str]):
    """Run the notebook at ``path`` in a fresh kernel (working directory: its folder) and
    return the executed ``NotebookNode``; the file itself is not changed."""
    import nbformat
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    with _this_python_kernel():
        NotebookClient(
            nb,
            kernel_name=KERNEL,
            timeout=CELL_TIMEOUT,
            resources={"metadata": {"path": str(path.parent)}},
        ).execute()
    return nb


def clean(nb) -> None:
    """Drop what changes on every run without telling anything: execution timestamps."""
    for cell in nb.cells:
        cell.metadata.pop("execution", None)


def main(argv: list[str]) -> int:
    import nbformat

    names = argv or sorted(p.name for p in HERE.glob("*.ipynb"))
    for name in names:
        path = Path(name) if Path(name).exists() else HERE / name
        nb = execute(path)
        clean(nb)
        nbformat.write(nb, path)
        print(f"{path}: executed and saved ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
