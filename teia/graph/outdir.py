"""The output folder of a build, written all or nothing and by one build at a time.

:class:`OutputFolder` wraps the folder a build writes into (``teia build -o OUT``):

* on entry it creates the folder if needed, proves it writable and takes an exclusive lock
  (``OUT/.teia-build.lock``): a second build into the same folder fails at once with one line,
  before any extraction;
* writers write into :attr:`OutputFolder.staging`, a hidden folder inside ``OUT`` (same file
  system, so moving a file out of it is a rename);
* :meth:`OutputFolder.commit` moves every staged file into ``OUT`` in one pass of renames with
  Ctrl-C, SIGTERM and SIGHUP held off, so an interrupted build leaves the previous set of
  files untouched and a finished one leaves the whole new set; files of the previous build
  that the new one did not write are removed in the same pass;
* leaving the block without a commit (an error, Ctrl-C) deletes the staging folder.

Each file appears by ``rename(2)``, so a reader opening one file sees it whole, old or new.
A reader opening several files in the microseconds of the switch could still pair an old one
with a new one; a power cut in that instant could too.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from teia.errors import OutputError

__all__ = ["LOCK_NAME", "OutputFolder"]

LOCK_NAME = ".teia-build.lock"
_STAGING_PREFIX = ".teia-staging-"
_HELD_SIGNALS = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))


class OutputFolder:
    """Context manager: lock ``path``, stage the outputs, switch them in with :meth:`commit`.

    ``outputs`` names the files a build owns in the folder (``graph.ttl``...); those of a
    previous build that the new one does not write are removed at the switch. Other files in
    the folder are left alone.
    """

    def __init__(self, path: str | os.PathLike[str], outputs: Iterable[str] = ()) -> None:
        self.path = Path(path)
        self.outputs = frozenset(outputs)
        self.staging = self.path
        self.committed: list[Path] = []
        self._lock_fd: int | None = None
        self._created = False

    # --- entry: folder, lock, staging -------------------------------------------------------
    def __enter__(self) -> "OutputFolder":
        self._created = not self.path.exists()
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(f"{self.path}: output path exists and is not a folder")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot create output folder ({exc.strerror})") from None
        self._lock()
        self._trap_termination()
        try:
            for old in self.path.glob(_STAGING_PREFIX + "*"):  # left by a killed build
                shutil.rmtree(old, ignore_errors=True)
            try:
                self.staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=self.path))
            except OSError as exc:
                raise OutputError(f"{self.path}: output folder is not writable ({exc.strerror})") from None
        except BaseException:
            self._restore_signals()
            self._unlock()
            raise
        return self

    def _trap_termination(self) -> None:
        """SIGTERM and SIGHUP (``kill``, a closed terminal) end the build like Ctrl-C, so the
        staging folder and the lock are cleaned up on the way out (main thread only)."""
        global _OWNER_PID
        self._previous: dict[int, Any] = {}
        if threading.current_thread() is not threading.main_thread():
            return
        _OWNER_PID = os.getpid()
        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signum = getattr(signal, name)
                self._previous[signum] = signal.signal(signum, _interrupt)

    def _restore_signals(self) -> None:
        for signum, handler in getattr(self, "_previous", {}).items():
            signal.signal(signum, handler)
        self._previous = {}

    def _lock(self) -> None:
        import fcntl

        lock_path = self.path / LOCK_NAME
        for _attempt in range(5):
            try:
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise OutputError(f"{self.path}: output folder is not writable ({exc.strerror})") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = os.read(fd, 32).decode("ascii", "replace").strip()
                os.close(fd)
                who = f" (process {holder})" if holder.isdigit() else ""
                raise OutputError(
                    f"{self.path}: another teia build is writing into this folder{who}; "
                    "wait for it or choose another --out"
                ) from None
            try:  # the file may have been removed by the holder that just released it
                same = os.path.samestat(os.fstat(fd), os.stat(lock_path))
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.write(fd, str(os.getpid()).encode("ascii"))
                self._lock_fd = fd
                return
            os.close(fd)
        raise OutputError(f"{self.path}: cannot lock the output folder")

    def _unlock(self) -> None:
        if self._lock_fd is None:
            return
        try:
            os.unlink(self.path / LOCK_NAME)  # still held: no one else can have it now
        except OSError:
            pass
        os.close(self._lock_fd)
        self._lock_fd = None

    # --- the switch -------------------------------------------------------------------------
    def commit(self) -> list[Path]:
        """Move the staged files into the folder; return their final paths, sorted."""
        if self.staging == self.path:
            raise RuntimeError("OutputFolder.commit() outside its with-block")
        staged = sorted(p for p in self.staging.iterdir())
        names = {p.name for p in staged}
        with _signals_held():
            try:
                for src in staged:
                    target = self.path / src.name
                    if target.is_dir() and not src.is_dir():
                        raise OutputError(f"{target}: a folder is in the way of an output file")
                    os.replace(src, target)
                for name in sorted(self.outputs - names):  # stale outputs of the previous build
                    try:
                        (self.path / name).unlink()
                    except (FileNotFoundError, IsADirectoryError):
                        pass
                _fsync_dir(self.path)
            except OSError as exc:
                raise OutputError(f"{self.path}: cannot write the outputs ({exc.strerror})") from None
        self.committed = [self.path / p.name for p in staged]
        return self.committed

    def __exit__(self, *exc: object) -> None:
        if self.staging != self.path:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = self.path
        self._unlock()
        self._restore_signals()
        if self._created and not self.committed:
            try:  # a failed first build leaves no empty folder behind
                self.path.rmdir()
            except OSError:
                pass


_OWNER_PID = os.getpid()


def _interrupt(signum: int, frame: Any) -> None:
    if os.getpid() != _OWNER_PID:  # a forked extraction worker: end as the signal says
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    raise KeyboardInterrupt(signal.Signals(signum).name)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Delay Ctrl-C, SIGTERM and SIGHUP until the block is over (main thread only), then
    deliver the first one that came."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {s: signal.signal(s, lambda signum, frame: caught.append(signum)) for s in _HELD_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if caught:
            signal.raise_signal(caught[0])


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
