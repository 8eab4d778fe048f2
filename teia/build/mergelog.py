"""The merge log (``merge-log.jsonl``): every merge decision of a build, one JSON object a line.

The one place that writes and reads it: the build writes it next to the graph files,
:func:`teia.load` reads it back, and :func:`teia.api.reject_merge` turns one of its lines
into an override (``docs/entities.md``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from teia.errors import InputError
from teia.extract.jsonl import iter_jsonl
from teia.records import MergeDecision
from teia.graph.io import atomic_write

__all__ = ["MERGE_LOG", "FIELDS", "merge_to_json", "merge_line", "write_merge_log", "read_merge_log"]

MERGE_LOG = "merge-log.jsonl"
"""File name of the merge log written next to the graph."""

FIELDS = ("entity", "label", "merged", "rule", "evidence", "status")
"""The texts every merge-log line has."""


def merge_to_json(m: MergeDecision) -> dict[str, str]:
    """The JSON object of one decision."""
    return {name: getattr(m, name) for name in FIELDS}


def merge_line(m: MergeDecision, **changes: str) -> str:
    """One decision as a merge-log line (no newline), with ``changes`` applied to its fields."""
    return json.dumps(dict(merge_to_json(m), **changes), ensure_ascii=False, sort_keys=True)


def write_merge_log(merges: Iterable[MergeDecision], folder: str | os.PathLike[str]) -> Path:
    """Write ``folder/merge-log.jsonl`` atomically; returns its path."""
    path = Path(folder) / MERGE_LOG
    with atomic_write(path) as handle:
        for m in merges:
            handle.write(merge_line(m) + "\n")
    return path


def read_merge_log(path: str | os.PathLike[str]) -> tuple[MergeDecision, ...]:
    """The decisions of a ``merge-log.jsonl`` file, in its order.

    Raises :class:`~teia.errors.InputError` naming the file and line of a malformed entry.
    """
    p = Path(path)
    decisions = []
    for lineno, obj in iter_jsonl(p, "merge log"):
        if not isinstance(obj, dict) or not all(isinstance(obj.get(k), str) for k in FIELDS):
            raise InputError(f"{p}:{lineno}: a merge-log entry needs the texts {', '.join(FIELDS)}")
        decisions.append(MergeDecision(**{k: obj[k] for k in FIELDS}))
    return tuple(decisions)
