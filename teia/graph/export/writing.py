"""What every export writer shares: option checking, all-or-nothing files
(:func:`teia.graph.io.atomic_files`, re-exported) and XML escaping."""

from __future__ import annotations

import re
from typing import Any, Iterable

from teia.errors import ExportError
from teia.graph.export.projection import PROJECTION_OPTIONS
from teia.graph.io import atomic_files

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
