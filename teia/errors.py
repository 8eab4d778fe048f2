"""Errors that teia reports to its users.

Every error a user can cause (bad input, a missing model, malformed SPARQL...) is a
:class:`TeiaError`. The CLI catches this one base class, prints its message on one line and
exits with :attr:`TeiaError.exit_code`; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "read_text",
    "TeiaError",
    "InputError",
    "ModelError",
    "QueryError",
    "ExportError",
    "OutputError",
    "ValidationError",
    "WorkerError",
]


class TeiaError(Exception):
    """Base class of every error teia reports to a user."""

    exit_code: int = 2


class InputError(TeiaError):
    """A document, corpus path or data file cannot be read or is not what it should be."""


class ModelError(TeiaError):
    """A spaCy pipeline cannot be found or loaded."""


class QueryError(TeiaError):
    """A SPARQL query is malformed or cannot be run."""


class ExportError(TeiaError):
    """A graph cannot be exported in the requested format."""


class OutputError(TeiaError):
    """An output file or directory cannot be written."""


class WorkerError(TeiaError):
    """A worker process died or stopped before giving back its result."""


class ValidationError(TeiaError):
    """A graph does not conform to the SHACL shapes."""

    exit_code = 1


def read_text(path: str | os.PathLike[str], what: str) -> str:
    """The UTF-8 text of a file the user gave; a missing, unreadable or undecodable file is
    one :class:`InputError` naming it and ``what`` it is (``"relation mapping"``)."""
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{p}: no such {what}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read the {what} ({exc})") from None
