"""Word lists as data: the shipped lexicon files of ``teia/extract/data/`` and the user's own.

A lexicon is a JSON object of named tables; its *schema* says what each table holds:

* ``words``: a list of words (``["armisticio", "golpe"]``);
* ``pairs``: a list of ``[text, text]`` pairs, in priority order (``[["derrot", "derrotar"]]``);
* ``map``: word → text, the text optionally one of a closed set (``{"batalha": "Battle"}``);
* ``triggers``: word → ``[event class, role]`` (``{"motim": ["Revolution", "participant"]}``);
* ``nested``: word → (word → role) (``{"assumir": {"comando": "agent"}}``);
* ``numbers``: word → whole number (``{"maio": 5}``);
* ``ranges``: word → ``[first, last]`` whole numbers (``{"inverno": [12, 2]}``).

The shipped file has the tables at its top level. A user file (``teia build --lexicon FILE``,
repeatable) groups its tables by kind, ``{"version": 1, "events": {"noun_triggers": {...}}}``,
so that one file may extend several lexicons; it *adds* to the shipped tables: its words are
appended to the lists, its entries added to (or replacing) the maps. Every file is checked
when it is read; a mistake is one :class:`~teia.errors.InputError` naming the file, the table
and the entry.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from teia.errors import InputError, read_text

__all__ = ["Table", "Lexicon", "alternation", "load_lexicon", "read_json"]

KINDS = ("events", "abbreviations", "entities")
"""The lexicon kinds a user file may extend."""


@dataclass(frozen=True)
class Table:
    """The shape of one table: ``words``, ``pairs``, ``map``, ``triggers``, ``nested``,
    ``numbers`` or ``ranges``;
    ``values`` the allowed values of a map (``None``: any text), ``classes`` and ``roles``
    those of a trigger table."""

    shape: str
    values: tuple[str, ...] | None = None
    classes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """The tables of one kind of lexicon, and the files they were read from. The tables are
    not to be changed (the lists are tuples; the maps plain dicts, so that a pipeline holding
    a lexicon pickles)."""

    kind: str
    tables: Mapping[str, Any]
    sources: tuple[str, ...]

    def __getitem__(self, name: str) -> Any:
        return self.tables[name]


def alternation(words: Iterable[str]) -> str:
    """``words`` as a regular-expression alternation (no group), the longest first so a word is
    never cut by a shorter one it starts with (``nos`` before ``no``), then in alphabetical order
    so the pattern is the same on every run."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def read_json(path: str | os.PathLike[str], what: str) -> Any:
    """The JSON value of a file; a missing, unreadable or malformed file is one InputError."""
    p = Path(path)
    text = read_text(p, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{p}:{exc.lineno}: the {what} is not valid JSON ({exc.msg})") from None


def _fail(source: str, table: str, message: str) -> InputError:
    return InputError(f"{source}: table {table!r}: {message}")


def _text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() == value and value != ""


def _check(source: str, name: str, table: Table, value: Any) -> Any:
    """``value`` in the table's shape (lists as tuples), or an InputError."""
    shape = table.shape
    if shape in ("words", "pairs"):
        if not isinstance(value, list):
            raise _fail(source, name, "must be a list")
        for item in value:
            ok = _text(item) if shape == "words" else (
                isinstance(item, list) and len(item) == 2 and all(_text(x) for x in item)
            )
            if not ok:
                want = "a word" if shape == "words" else "a pair [text, text]"
                raise _fail(source, name, f"{json.dumps(item, ensure_ascii=False)} is not {want}")
        return tuple(value) if shape == "words" else tuple(tuple(item) for item in value)
    if not isinstance(value, dict):
        raise _fail(source, name, "must be an object")
    for key, item in value.items():
        if not _text(key):
            raise _fail(source, name, f"{key!r} is not a word")
        if shape == "map":
            ok = _text(item) and (table.values is None or item in table.values)
        elif shape == "numbers":
            ok = type(item) is int
        elif shape == "ranges":
            ok = isinstance(item, list) and len(item) == 2 and all(type(x) is int for x in item)
        elif shape == "triggers":
            ok = isinstance(item, list) and len(item) == 2 and item[0] in table.classes and item[1] in (table.values or ())
        else:  # nested
            ok = isinstance(item, dict) and all(_text(k) and v in (table.values or ()) for k, v in item.items())
        if not ok:
            allowed = {
                "map": f"one of {', '.join(table.values)}" if table.values else "a text",
                "triggers": f"[class, role] with a class among {', '.join(table.classes)} "
                f"and a role among {', '.join(table.values or ())}",
                "nested": f"an object of word → role, the role among {', '.join(table.values or ())}",
                "numbers": "a whole number",
                "ranges": "a pair [first, last] of whole numbers",
            }[shape]
            raise _fail(source, name, f"{key!r}: {json.dumps(item, ensure_ascii=False)} is not {allowed}")
    if shape in ("triggers", "ranges"):
        return {k: tuple(v) for k, v in value.items()}
    return dict(value)


def _tables(source: str, data: Any, schema: Mapping[str, Table], *, complete: bool) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise InputError(f"{source}: a lexicon must be a JSON object")
    names = [k for k in data if k not in ("version", "comment")]
    unknown = sorted(set(names) - set(schema))
    if unknown:
        raise InputError(f"{source}: unknown table(s) {', '.join(unknown)} (known: {', '.join(sorted(schema))})")
    if complete:
        missing = sorted(set(schema) - set(names))
        if missing:
            raise InputError(f"{source}: missing table(s) {', '.join(missing)}")
    return {name: _check(source, name, schema[name], data[name]) for name in names}


def _extend(old: Any, new: Any) -> Any:
    if isinstance(old, tuple):
        return old + tuple(x for x in new if x not in old)
    merged = dict(old)
    for key, value in new.items():
        merged[key] = {**merged.get(key, {}), **value} if isinstance(value, dict) else value
    return merged


def load_lexicon(
    kind: str, schema: Mapping[str, Table], shipped: str | os.PathLike[str], user_files: Sequence[str | os.PathLike[str]] = ()
) -> Lexicon:
    """The ``kind`` lexicon: the shipped file, checked against ``schema`` and extended by the
    ``kind`` section of each user file, in order."""
    tables = _tables(str(shipped), read_json(shipped, f"{kind} lexicon"), schema, complete=True)
    for path in user_files:
        data = read_json(path, "lexicon file")
        if not isinstance(data, dict):
            raise InputError(f"{path}: a lexicon file must be a JSON object")
        kinds = sorted(k for k in data if k not in ("version", "comment"))
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise InputError(f"{path}: unknown lexicon(s) {', '.join(unknown)} (known: {', '.join(KINDS)})")
        if kind in data:
            for name, value in _tables(f"{path}: {kind}", data[kind], schema, complete=False).items():
                tables[name] = _extend(tables[name], value)
    return Lexicon(kind, tables, (os.fspath(shipped), *(os.fspath(p) for p in user_files)))
