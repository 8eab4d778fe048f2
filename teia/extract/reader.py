"""Reading documents from files, folders and globs.

Texts are decoded as UTF-8, then as Latin-1 (with a warning) when UTF-8 fails. A file that
looks binary (NUL bytes, or mostly control characters) is refused, and so is an empty one.
Markdown files are read as text; their markup stays in the text so that offsets point at the
file as the user sees it.
"""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from teia.errors import InputError
from teia.records import Document

__all__ = ["DOCUMENT_SUFFIXES", "SourceFile", "find_sources", "read_document", "read_documents"]

log = logging.getLogger(__name__)

DOCUMENT_SUFFIXES = (".txt", ".md")
"""File suffixes read as documents when a folder is given."""

SKIPPED_NAMES = frozenset({"readme.md", "readme.txt", "license.txt", "license.md"})
"""Files inside a corpus folder that describe the corpus rather than belong to it."""


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file to read, with the id it gets (its path relative to the root it was found under)."""

    path: Path
    doc_id: str


def _is_glob(pattern: str) -> bool:
    return any(ch in pattern for ch in "*?[")


def _folder_sources(folder: Path) -> list[SourceFile]:
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in DOCUMENT_SUFFIXES:
            continue
        if path.name.lower() in SKIPPED_NAMES:
            continue
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        found.append(SourceFile(path, rel.as_posix()))
    if not found:
        raise InputError(f"{folder}: folder holds no documents (*.txt or *.md)")
    return found


def find_sources(inputs: Iterable[str | os.PathLike[str]]) -> list[SourceFile]:
    """Expand files, folders and glob patterns into the files to read, without duplicates.

    Raises :class:`InputError` for a path that does not exist, a glob that matches nothing and
    a folder with no documents.
    """
    seen: dict[Path, SourceFile] = {}
    for item in inputs:
        text = os.fspath(item)
        if _is_glob(text) and not Path(text).exists():
            matches = sorted(glob.glob(text, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                raise InputError(f"{text}: pattern matches no files")
            sources = [SourceFile(p, p.name) for p in files]
        else:
            path = Path(text)
            if not path.exists():
                raise InputError(f"{text}: no such file or folder")
            if path.is_dir():
                sources = _folder_sources(path)
            else:
                sources = [SourceFile(path, path.name)]
        for src in sources:
            seen.setdefault(src.path.resolve(), src)
    ids: dict[str, Path] = {}
    result = []
    for src in seen.values():
        if src.doc_id in ids:
            raise InputError(
                f"{src.path}: document id {src.doc_id!r} is also used by {ids[src.doc_id]}; "
                "pass the folder that holds both instead"
            )
        ids[src.doc_id] = src.path
        result.append(src)
    return sorted(result, key=lambda s: s.doc_id)


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode a document's bytes: UTF-8 (BOM allowed), else Latin-1 with a warning."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    if _looks_binary(data):
        raise InputError(f"{name}: file looks binary, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("latin-1")
        except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
            raise InputError(f"{name}: cannot decode as UTF-8 ({exc.reason})") from None
        # Latin-1 maps every byte; C1 control characters show the text was something else.
        if any(0x80 <= ord(ch) <= 0x9F for ch in text):
            raise InputError(
                f"{name}: undecodable bytes (not UTF-8: {exc.reason} at byte {exc.start}; "
                "not Latin-1 text either)"
            ) from None
        log.warning("%s: not valid UTF-8, read as Latin-1", name)
        return text, "latin-1"


def read_document(src: SourceFile) -> Document:
    """Read and decode one file into a :class:`Document`."""
    try:
        data = src.path.read_bytes()
    except OSError as exc:
        raise InputError(f"{src.path}: cannot read ({exc.strerror})") from None
    text, encoding = decode_bytes(data, str(src.path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(id=src.doc_id, text=text, encoding=encoding, title=_title(text, src.path))


def _title(text: str, path: Path) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return path.stem


def read_documents(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Document]:
    """Read every document named by ``inputs`` (files, folders, globs), in id order."""
    for src in find_sources(inputs):
        yield read_document(src)
