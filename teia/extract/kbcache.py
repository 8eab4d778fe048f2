"""A lookup cache of a link knowledge-base file, so that a build does not read all its rows.

A build needs the few hundred articles its entities' names reach among the 200,000 rows of
``data/dbpedia-pt.tsv.gz``; reading and checking every row took about 0.25 CPU s a build. The
first read of a file (:func:`teia.extract.linking.read_link_kb` with names) checks every row as
before and stores the rows in an SQLite file, indexed by their keys and hand-written entry ids;
later reads of a file with the same bytes look the names up there.

* The cache file is named by the knowledge-base file's path, the SHA-256 of its bytes, teia's
  version, :data:`SCHEMA` and the code that checks and folds the rows (``linking.py`` and this
  module): an edited file (a user's own knowledge base, or a rebuilt one) or changed code is a
  new cache, built, and so checked, on its first read. Once the new cache is written, the older
  caches of the same path are deleted, so the folder holds one cache per knowledge-base file in
  use (about 13 MB for the shipped one); it can be deleted at any time.
* It lives in ``$TEIA_CACHE_DIR`` if set (an empty value turns the cache off), else
  ``$XDG_CACHE_HOME/teia`` or ``~/.cache/teia``.
* It is written to a temporary file in that folder and renamed into place (readers see a whole
  file or none; two builds writing it at once write the same rows).
* A folder that cannot be written, or a cache file that cannot be read, is one warning line and
  the file is read whole as without a cache: the articles are the same either way.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from teia import __version__

__all__ = ["SCHEMA", "KBCache", "cache_dir", "for_file"]

log = logging.getLogger(__name__)

SCHEMA = 1
"""The version of the cache's tables; a change makes new cache files."""

_CHUNK = 500  # bound parameters per query (SQLite's oldest limit is 999)
_TABLES = (
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE rows (line INTEGER PRIMARY KEY, title TEXT, type TEXT, uses TEXT, aliases TEXT, ids TEXT)",
    "CREATE TABLE keys (key TEXT, line INTEGER, PRIMARY KEY (key, line)) WITHOUT ROWID",
    "CREATE TABLE ids (id TEXT, line INTEGER, PRIMARY KEY (id, line)) WITHOUT ROWID",
)


def cache_dir() -> Path | None:
    """The folder of teia's caches (None when ``TEIA_CACHE_DIR`` is set empty or no home is known)."""
    env = os.environ.get("TEIA_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "teia"
    try:
        return Path.home() / ".cache" / "teia"
    except RuntimeError:  # no home directory to expand: no cache
        return None


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of the code that makes the cached rows (the row checks and the folding of
    ``teia-kb 1`` names): a change to it makes new cache files."""
    from teia.extract import linking

    code = hashlib.sha256()
    for module in (linking.__file__, __file__):
        code.update(Path(module).read_bytes())
    return code.hexdigest()[:12]


def _prefix(source: Path) -> str:
    """The start of the names of every cache of the file at ``source`` (whatever its bytes)."""
    where = hashlib.sha256(os.fsencode(source.resolve())).hexdigest()[:16]
    return f"link-kb-{where}-"


@dataclass(frozen=True)
class KBCache:
    """The lookup cache of one knowledge-base file as it is now: its ``path`` (None without a
    cache folder) is named by the file's place and by ``digest``, the SHA-256 of its bytes."""

    source: Path
    digest: str
    path: Path | None

    def lookup(self, wanted: set[str], wanted_ids: set[str]) -> list[list[str]] | None:
        """The columns (title, type, uses, aliases, kb ids) of the rows that one of the
        ``wanted`` keys or ``wanted_ids`` reaches, in the file's order; None when there is no
        usable cache."""
        return None if self.path is None or not self.path.is_file() else _lookup(self.path, self.digest, wanted, wanted_ids)

    def store(self, rows: Sequence[tuple[int, list[str], Sequence[str]]]) -> Path | None:
        """Write the cache of the checked ``rows`` (line number, columns, keys) and delete the
        older caches of the same file; returns the cache's path, or None when it cannot be
        written (after a warning)."""
        if self.path is None:
            return None
        if not _store(self.path, self.digest, self.source, rows):
            return None
        _remove_older(self.path, _prefix(self.source))
        return self.path


def for_file(source: Path, data: bytes) -> KBCache:
    """The cache of the knowledge-base file at ``source`` whose bytes are ``data``."""
    digest = hashlib.sha256(data).hexdigest()
    folder = cache_dir()
    if folder is None:
        return KBCache(source, digest, None)
    name = f"{_prefix(source)}{digest[:32]}-teia{__version__}-s{SCHEMA}-{_code_digest()}.sqlite"
    return KBCache(source, digest, folder / name)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _lines(con: sqlite3.Connection, table: str, column: str, values: set[str]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(sorted(values)):
        marks = ",".join("?" * len(chunk))
        found.update(line for (line,) in con.execute(f"SELECT line FROM {table} WHERE {column} IN ({marks})", chunk))
    return found


def _lookup(path: Path, digest: str, wanted: set[str], wanted_ids: set[str]) -> list[list[str]] | None:
    """:meth:`KBCache.lookup` in the cache file at ``path``, which must be made from ``digest``."""
    try:
        con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT name, value FROM meta"))
            if meta.get("sha256") != digest:
                raise sqlite3.DatabaseError("made from another file")
            lines = _lines(con, "keys", "key", wanted) | _lines(con, "ids", "id", wanted_ids)
            rows: list[tuple[int, str, str, str, str, str]] = []
            for chunk in _chunks([str(n) for n in sorted(lines)]):
                marks = ",".join("?" * len(chunk))
                rows.extend(con.execute(f"SELECT line, title, type, uses, aliases, ids FROM rows WHERE line IN ({marks})", chunk))
        finally:
            con.close()
    except sqlite3.Error as exc:
        log.warning("%s: cannot read the link knowledge-base cache (%s); reading the knowledge base whole", path, exc)
        return None
    rows.sort()
    return [list(r[1:]) for r in rows]


def _store(path: Path, digest: str, source: Path, rows: Sequence[tuple[int, list[str], Sequence[str]]]) -> bool:
    """Write ``rows`` to a new cache file at ``path``; False (after a warning) when it cannot."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=path.stem + ".", suffix=".tmp", dir=path.parent)
        os.close(fd)
        tmp = Path(name)
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            for table in _TABLES:
                con.execute(table)
            con.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [("sha256", digest), ("source", str(source)), ("teia", __version__)],
            )
            con.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?)", ((n, *cols[:5]) for n, cols, _ in rows))
            con.executemany("INSERT OR IGNORE INTO keys VALUES (?, ?)", ((k, n) for n, _, keys in rows for k in keys))
            con.executemany(
                "INSERT OR IGNORE INTO ids VALUES (?, ?)",
                ((i, n) for n, cols, _ in rows if cols[4] for i in cols[4].split("|")),
            )
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)
        tmp = None
    except (OSError, sqlite3.Error) as exc:
        log.warning("%s: cannot write the link knowledge-base cache (%s); reading the knowledge base whole", path.parent, exc)
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):  # the failure is reported above; a stray .tmp file is harmless
                tmp.unlink(missing_ok=True)
    return True


def _remove_older(current: Path, prefix: str) -> None:
    """Delete the caches named by ``prefix`` other than ``current``: made from earlier bytes of
    the same file or by another teia. A file that cannot be deleted is one warning line."""
    for old in sorted(current.parent.glob(f"{prefix}*.sqlite")):
        if old == current:
            continue
        try:
            old.unlink()
        except FileNotFoundError:  # deleted meanwhile by another build
            continue
        except OSError as exc:
            log.warning("%s: cannot delete an old link knowledge-base cache (%s)", old, exc)
