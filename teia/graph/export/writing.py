"""What every export writer shares: option checking, all-or-nothing files and XML escaping."""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from teia.errors import ExportError, OutputError
from teia.graph.export.projection import PROJECTION_OPTIONS

__all__ = ["split_options", "atomic_files", "xml_attr", "xml_text"]


def split_options(
    options: dict[str, Any], writer_keys: Iterable[str], fmt: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split ``options`` into (projection options, writer options); reject unknown ones."""
    writer_keys = set(writer_keys)
    proj = {k: v for k, v in options.items() if k in PROJECTION_OPTIONS}
    own = {k: v for k, v in options.items() if k in writer_keys}
    unknown = sorted(set(options) - set(proj) - set(own))
    if unknown:
        known = ", ".join(sorted(PROJECTION_OPTIONS | writer_keys))
        raise ExportError(
            f"unknown option(s) for {fmt} export: {', '.join(unknown)} (known: {known})"
        )
    return proj, own


@contextmanager
def atomic_files(*paths: str | os.PathLike[str], newline: str | None = "\n") -> Iterator[list[TextIO]]:
    """Open temporary UTF-8 text files next to ``paths``; on success move them all into
    place with :func:`os.replace`, on failure delete them, so that no partial file is left."""
    targets = [Path(p) for p in paths]
    temps: list[Path] = []
    handles: list[TextIO] = []
    try:
        current = targets[0]
        for target in targets:
            current = target
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                       dir=target.parent)
            temps.append(Path(tmp))
            handles.append(open(fd, "w", encoding="utf-8", newline=newline))
    except OSError as exc:
        for h in handles:
            h.close()
        for t in temps:
            t.unlink(missing_ok=True)
        raise OutputError(f"cannot write {current}: {exc.strerror or exc}") from exc
    try:
        yield handles
        for h in handles:
            h.close()
        for tmp, target in zip(temps, targets):
            os.chmod(tmp, 0o644 & ~_umask())
            os.replace(tmp, target)
    except BaseException as exc:
        for h in handles:
            h.close()
        for t in temps:
            t.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {targets[0]}: {exc.strerror or exc}") from exc
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_XML_ATTR_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
     "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
)


def xml_attr(value: str) -> str:
    """``value`` escaped for a double-quoted XML attribute (characters XML forbids are
    dropped; newlines and tabs kept as character references)."""
    if _XML_INVALID.search(value):
        value = _XML_INVALID.sub("", value)
    return value.translate(_XML_ATTR_ESCAPES)


def xml_text(value: str) -> str:
    if _XML_INVALID.search(value):
        value = _XML_INVALID.sub("", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
