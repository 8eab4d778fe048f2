"""Errors that teia reports to its users.

Every error a user can cause (bad input, a missing model, malformed SPARQL...) is a
:class:`TeiaError`. The CLI catches this one base class, prints its message on one line and
exits with :attr:`TeiaError.exit_code`; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

__all__ = [
    "TeiaError",
    "InputError",
    "ModelError",
    "QueryError",
    "ExportError",
    "OutputError",
    "ValidationError",
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


class ValidationError(TeiaError):
    """A graph does not conform to the SHACL shapes."""

    exit_code = 1
