"""A gazetteer fed by a user-extendable knowledge base.

The knowledge base is JSON Lines (see ``teia/extract/data/README.md``). The pure part,
:func:`load_kb` and :func:`find_kb_mentions`, needs no spaCy; the ``teia_gazetteer`` component
in :mod:`teia.extract.components` wraps it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from teia.errors import InputError
from teia.folding import fold
from teia.extract.jsonl import iter_jsonl
from teia.extract.labels import ENTITY_CATEGORIES

__all__ = ["KBEntry", "KnowledgeBase", "default_kb_path", "given_names", "load_kb", "name_types", "fold", "surnames"]


@dataclass(frozen=True, slots=True)
class KBEntry:
    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    external_ids: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass(frozen=True)
class KnowledgeBase:
    entries: tuple[KBEntry, ...] = ()
    _by_id: dict[str, KBEntry] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({e.id: e for e in self.entries})

    def get(self, kb_id: str) -> KBEntry | None:
        return self._by_id.get(kb_id)

    def __len__(self) -> int:
        return len(self.entries)


def default_kb_path() -> Path:
    return Path(str(files("teia") / "extract" / "data" / "kb.jsonl"))


def _entry(obj: object, where: str) -> KBEntry:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object")
    try:
        kb_id, label, typ = str(obj["id"]), str(obj["label"]), str(obj["type"]).upper()
    except KeyError as exc:
        raise InputError(f"{where}: missing field {exc.args[0]!r}") from None
    if typ not in ENTITY_CATEGORIES:
        raise InputError(f"{where}: unknown type {typ!r} (expected one of {', '.join(ENTITY_CATEGORIES)})")
    aliases = obj.get("aliases", [])
    ext = obj.get("external_ids", [])
    if not isinstance(aliases, list) or not isinstance(ext, list):
        raise InputError(f"{where}: 'aliases' and 'external_ids' must be lists")
    return KBEntry(kb_id, label, typ, tuple(str(a) for a in aliases), tuple(str(x) for x in ext))


def load_kb(paths: Sequence[str | os.PathLike[str]] | None = None, *, include_default: bool = True) -> KnowledgeBase:
    """Read knowledge-base files; later entries with the same id replace earlier ones."""
    sources: list[Path] = [default_kb_path()] if include_default else []
    sources += [Path(p) for p in paths or ()]
    entries: dict[str, KBEntry] = {}
    for path in sources:
        for lineno, obj in iter_jsonl(path, "knowledge-base file"):
            entry = _entry(obj, f"{path}:{lineno}")
            entries[entry.id] = entry
    return KnowledgeBase(tuple(entries.values()))


def alias_table(kb: KnowledgeBase) -> dict[str, KBEntry]:
    """Folded name → entry. A name claimed by two entries is dropped (ambiguous)."""
    table: dict[str, KBEntry] = {}
    ambiguous: set[str] = set()
    for entry in kb.entries:
        for name in entry.names:
            key = fold(name)
            if key in table and table[key].id != entry.id:
                ambiguous.add(key)
            table.setdefault(key, entry)
    for key in ambiguous:
        del table[key]
    return table


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names that start person names (``data/given_names.txt``, see ``data/README.md``)."""
    path = Path(str(files("teia") / "extract" / "data" / "given_names.txt"))
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Words that end people's names far more often than places' and organizations' names
    (``data/surnames.txt``, from the linking knowledge base's titles, see ``data/README.md``)."""
    path = Path(str(files("teia") / "extract" / "data" / "surnames.txt"))
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@lru_cache(maxsize=1)
def name_types() -> dict[str, str]:
    """Names with the category they almost always have (``data/name_types.tsv``, see ``data/README.md``)."""
    path = Path(str(files("teia") / "extract" / "data" / "name_types.tsv"))
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        name, _, category = line.partition("\t")
        if name and category:
            out[name] = category
    return out


def known_place_or_organization(name: str) -> bool:
    """A name the annotated corpora almost always give as a place or an organization
    (:func:`name_types`: ``Braga``, ``Brasil``, ``Marília``)."""
    return name_types().get(name) in ("LOC", "ORG")


def iter_names(kb: KnowledgeBase) -> Iterable[tuple[str, KBEntry]]:
    table = alias_table(kb)
    for entry in kb.entries:
        for name in entry.names:
            if fold(name) in table:
                yield name, entry
