"""Reading documents from files, folders and globs.

Texts are decoded by their byte-order mark (UTF-8, UTF-16, UTF-32), else as UTF-8, else as
Windows-1252 (Latin-1 when no byte of 0x80-0x9F occurs, where the two agree), with a warning
naming the encoding for anything but UTF-8. A file that looks binary (NUL bytes, or mostly
control characters) is refused, and so is an empty one, anything that is not a regular file
(a device, a socket) and a file over :data:`MAX_DOCUMENT_BYTES` (read with that bound, so a
huge or endless input is never loaded). Markdown files are read as text; their markup stays
in the text so that offsets point at the file as the user sees it.
"""

from __future__ import annotations

import glob
import logging
import os
import stat
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from teia.errors import InputError
from teia.records import Document

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MAX_DOCUMENT_BYTES",
    "SkippedFile",
    "SourceFile",
    "find_sources",
    "read_document",
    "read_documents",
    "read_sources",
]

log = logging.getLogger(__name__)

DOCUMENT_SUFFIXES = (".txt", ".md")
"""File suffixes read as documents when a folder is given."""

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
"""Largest document file read (64 MiB); a larger one is refused with one line."""

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_ENCODING_NAMES = {"utf-16": "UTF-16", "utf-32": "UTF-32", "windows-1252": "Windows-1252", "latin-1": "Latin-1"}

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
    """Decode a document's bytes; returns the text and the encoding used (``utf-8``,
    ``utf-16``, ``utf-32``, ``windows-1252`` or ``latin-1``)."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: undecodable bytes (a {_ENCODING_NAMES.get(codec, 'UTF-8')} byte-order mark, "
                    f"then {exc.reason} at byte {exc.start})"
                ) from None
            if not text.strip():
                raise InputError(f"{name}: file is empty")
            if codec != "utf-8":
                log.warning("%s: read as %s (byte-order mark)", name, _ENCODING_NAMES[codec])
            return text, codec
    if _looks_binary(data):
        raise InputError(f"{name}: file looks binary, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        # Windows-1252 is Latin-1 with printable characters (“ ” € …) in place of the C1
        # controls 0x80-0x9F; without those bytes the two read the same.
        codec = "windows-1252" if any(0x80 <= b <= 0x9F for b in data) else "latin-1"
        try:
            text = data.decode("cp1252" if codec == "windows-1252" else "latin-1")
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: undecodable bytes (not UTF-8: {exc.reason} at byte {exc.start}; "
                "not Windows-1252 or Latin-1 text either)"
            ) from None
        log.warning("%s: not valid UTF-8, read as %s", name, _ENCODING_NAMES[codec])
        return text, codec


def _read_bounded(path: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_DOCUMENT_BYTES`."""
    limit = MAX_DOCUMENT_BYTES
    try:
        with path.open("rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise InputError(f"{path}: not a regular file (a device, pipe or socket); give a text file")
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > limit:
        raise InputError(f"{path}: larger than {limit:,} bytes; split it into several documents")
    return data


def read_document(src: SourceFile) -> Document:
    """Read and decode one file into a :class:`Document`."""
    data = _read_bounded(src.path)
    text, encoding = decode_bytes(data, str(src.path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(id=src.doc_id, text=text, encoding=encoding, title=_title(text, src.path))


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """A file a build left out, and why (the one-line message it would have failed with)."""

    path: Path
    reason: str

    @property
    def kind(self) -> str:
        """A short key for the summary: ``empty``, ``binary``, ``undecodable``, ``too large``..."""
        for key, needle in (("empty", "is empty"), ("binary", "binary"), ("undecodable", "undecodable"),
                            ("too large", "larger than"), ("not a file", "not a regular file"),
                            ("unreadable", "cannot read")):
            if needle in self.reason:
                return key
        return "bad"


def read_sources(sources: Iterable[SourceFile], *, strict: bool = False) -> tuple[list[Document], list[SkippedFile]]:
    """Read every source; a bad one is skipped with a warning, or fatal with ``strict``.

    Raises :class:`InputError` when nothing could be read.
    """
    documents: list[Document] = []
    skipped: list[SkippedFile] = []
    for src in sources:
        try:
            documents.append(read_document(src))
        except InputError as exc:
            if strict:
                raise
            log.warning("%s (skipped)", exc)
            skipped.append(SkippedFile(src.path, str(exc)))
    if not documents and skipped:
        raise InputError(f"no readable document: {skipped[0].reason}" + (f" (and {len(skipped) - 1} more)" if len(skipped) > 1 else ""))
    return documents, skipped


def skipped_summary(skipped: Sequence[SkippedFile]) -> str:
    """``2 skipped (1 empty, 1 binary)``, or ``""`` when nothing was skipped."""
    if not skipped:
        return ""
    kinds = Counter(s.kind for s in skipped)
    return f"{len(skipped)} skipped ({', '.join(f'{n} {k}' for k, n in kinds.items())})"


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
