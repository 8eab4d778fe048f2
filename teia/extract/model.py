"""Find and load the spaCy pipeline that ``teia.extract`` runs.

Nothing is loaded at import time: :func:`load_pipeline` loads on first use and keeps one
pipeline per resolved name or path for the life of the process.
"""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING

from teia.errors import ModelError

if TYPE_CHECKING:  # spaCy is imported lazily: it is slow to import
    import spacy

__all__ = ["DEFAULT_MODEL", "load_pipeline", "shipped_model_path"]

DEFAULT_MODEL = "pt_teia"
"""Name of the pipeline shipped inside the package (``teia/models/pt_teia``)."""


def shipped_model_path() -> Path:
    """Directory of the pipeline shipped with teia (it may not exist before training)."""
    try:
        res = importlib.resources.files("teia") / "models" / DEFAULT_MODEL
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - unusual installs
        res = None
    if isinstance(res, Path):
        return res
    # a namespace package or zip import: fall back to this file's location
    return Path(__file__).resolve().parents[1] / "models" / DEFAULT_MODEL

def load_pipeline(name_or_path: str | Path | None = None) -> "spacy.Language":
    """Load a spaCy pipeline, once per process.

    ``None`` means the shipped ``pt_teia`` pipeline; a string naming an existing path is
    loaded from disk; any other string is taken as an installed pipeline package such as
    ``pt_core_news_lg``. Raises :class:`~teia.errors.ModelError` when the pipeline is
    missing or cannot be loaded.
    """
    if name_or_path is None:
        path = shipped_model_path()
        if not (path / "config.cfg").is_file():
            raise ModelError(
                f"the shipped pipeline {DEFAULT_MODEL} is not at {path}; "
                "train and package it with `make model` from the repository root"
            )
        return _load(str(path.resolve()))
    path = Path(name_or_path).expanduser()
    if path.exists():
        return _load(str(path.resolve()))
    name = str(name_or_path)
    if any(sep in name for sep in ("/", "\\")) or name.startswith("."):
        raise ModelError(f"spaCy pipeline directory {name} does not exist")
    return _load(name)


@functools.lru_cache(maxsize=None)
def _load(resolved: str) -> "spacy.Language":
    import spacy
    from thinc.api import use_ops

    try:
        # Thinc's CPU ops multiply matrices with BLIS by default; on the CPUs we measured
        # (bench/model_speed.py) NumPy's own BLAS is faster for the CNN's matrix shapes.
        # Each layer keeps the ops it was created with, so this only affects this pipeline.
        with use_ops("numpy", use_blis=False):
            return spacy.load(resolved)
    except OSError as exc:
        # spaCy's E050: neither a package nor a pipeline directory
        if Path(resolved).exists():
            raise ModelError(f"cannot load spaCy pipeline at {resolved}: {exc}") from exc
        raise ModelError(
            f"spaCy pipeline {resolved!r} is neither a directory nor an installed package"
        ) from exc
    except Exception as exc:  # corrupt config, missing weights, version mismatch...
        raise ModelError(f"cannot load spaCy pipeline {resolved}: {exc}") from exc
