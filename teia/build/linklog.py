"""The link log (``link-log.jsonl``): the Wikipedia/DBpedia decision of every entity of a build,
one JSON object a line (``docs/linking.md``).

The one place that writes and reads it: the build writes it next to the merge log and
:func:`teia.load` reads it back; a line with its ``status`` edited is a link override
(``--merges``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from teia.errors import InputError
from teia.extract.jsonl import iter_jsonl
from teia.graph.io import atomic_write
from teia.records import LinkDecision

__all__ = ["LINK_LOG", "link_to_json", "write_link_log", "read_link_log"]

LINK_LOG = "link-log.jsonl"
"""File name of the link log written next to the graph."""

_TEXTS = ("entity", "label", "article", "status", "rule", "evidence")


def link_to_json(d: LinkDecision) -> dict[str, Any]:
    """The JSON object of one decision (candidates as ``[title, score]`` pairs)."""
    out: dict[str, Any] = {name: getattr(d, name) for name in _TEXTS}
    out["score"] = d.score
    out["candidates"] = [[title, score] for title, score in d.candidates]
    return out


def write_link_log(links: Iterable[LinkDecision], folder: str | os.PathLike[str]) -> Path:
    """Write ``folder/link-log.jsonl`` atomically (one decision a line, in order); returns its path."""
    path = Path(folder) / LINK_LOG
    with atomic_write(path) as handle:
        for d in links:
            handle.write(json.dumps(link_to_json(d), ensure_ascii=False, sort_keys=True) + "\n")
    return path


def read_link_log(path: str | os.PathLike[str]) -> tuple[LinkDecision, ...]:
    """The decisions of a ``link-log.jsonl`` file, in its order (one clear error for a bad line)."""
    p = Path(path)
    decisions = []
    for lineno, obj in iter_jsonl(p, "link log"):
        try:
            if not isinstance(obj, dict) or not all(isinstance(obj.get(k), str) for k in _TEXTS):
                raise ValueError
            candidates = tuple((str(t), float(s)) for t, s in obj.get("candidates", []))
            decisions.append(LinkDecision(*(obj[k] for k in _TEXTS[:5]), float(obj.get("score", 0.0)), candidates, obj["evidence"]))
        except (ValueError, TypeError):
            raise InputError(f"{p}:{lineno}: a link-log entry needs the texts {', '.join(_TEXTS)}, a score and candidates") from None
    return tuple(decisions)
