"""Reading the JSON Lines files users write (knowledge bases, merge overrides).

Blank lines and lines starting with ``//`` are skipped; every error names the file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from teia.errors import InputError, read_text

__all__ = ["iter_jsonl"]


def iter_jsonl(path: Path, what: str) -> Iterator[tuple[int, object]]:
    """Yield ``(line number, value)`` for each JSON line of ``path``.

    ``what`` names the kind of file in error messages (``"knowledge-base file"``).
    """
    lines = read_text(path, what).splitlines()
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{lineno}: invalid JSON ({exc.msg})") from None
        yield lineno, value
