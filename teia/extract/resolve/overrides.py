"""The user's override file: accepted and rejected merges (``--merges``, see ``docs/entities.md``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from teia.errors import InputError
from teia.extract.jsonl import iter_jsonl
from teia.extract.labels import NODE_CATEGORIES
from teia.extract.linking import LinkOverride
from teia.records import Entity
from teia.extract.resolve.names import name_key


ACCEPTED = "accepted"
REJECTED = "rejected"



@dataclass(frozen=True, slots=True)
class MergeOverride:
    """One line of the override file: two sides (a name, or an entity id like ``kb:lenin``)."""

    a: str
    b: str
    status: str
    source: str = ""

    @property
    def reason(self) -> str:
        """Why a merge was refused, for the merge log: ``rejected by merges.jsonl:3``."""
        return f"rejected by {self.source}" if self.source else "rejected by the override file"


def _side_matches(side: str, keys: frozenset[str]) -> bool:
    if ":" in side and side.split(":", 1)[0] in ("kb", *NODE_CATEGORIES):
        return side.split(":", 1)[0] + ":" + side.split(":", 1)[1] in keys
    return f"name:{name_key(side)}" in keys


@dataclass(frozen=True)
class Overrides:
    """Accepted and rejected merges given by the user (see ``docs/entities.md``)."""

    rules: tuple[MergeOverride, ...] = ()
    links: tuple[LinkOverride, ...] = ()
    """Lines forcing or refusing an entity's Wikipedia article (see :mod:`teia.extract.linking`)."""

    @property
    def rejected(self) -> tuple[MergeOverride, ...]:
        return tuple(r for r in self.rules if r.status == REJECTED)

    @property
    def accepted(self) -> tuple[MergeOverride, ...]:
        return tuple(r for r in self.rules if r.status == ACCEPTED)

    def rejection(self, keys_a: frozenset[str], keys_b: frozenset[str]) -> MergeOverride | None:
        for r in self.rejected:
            if (_side_matches(r.a, keys_a) and _side_matches(r.b, keys_b)) or (
                _side_matches(r.b, keys_a) and _side_matches(r.a, keys_b)
            ):
                return r
        return None

    def keeps_apart(self, a: Entity, b: Entity) -> str | None:
        """Why two corpus-wide entities must stay apart (a rejection naming both), or None."""
        r = self.rejection(_entity_keys(a), _entity_keys(b))
        return r.reason if r is not None else None

    def rejected_names(self, name: str) -> list[str]:
        """The other sides of the rejections that name ``name``."""
        k = name_key(name)
        out = []
        for r in self.rejected:
            if not _is_id(r.a) and name_key(r.a) == k:
                out.append(r.b)
            if not _is_id(r.b) and name_key(r.b) == k:
                out.append(r.a)
        return out

    def __bool__(self) -> bool:
        return bool(self.rules or self.links)


def _entity_keys(ent: Entity) -> frozenset[str]:
    """The keys an override side is matched against (as the clustering's items have them)."""
    names = (ent.label, *ent.aliases)
    keys = {f"name:{name_key(n)}" for n in names} | {f"{ent.type}:{name_key(n)}" for n in names}
    if ent.kb_id:
        keys.add(f"kb:{ent.kb_id}")
    return frozenset(keys)


def _is_id(side: str) -> bool:
    return ":" in side and side.split(":", 1)[0] in ("kb", *NODE_CATEGORIES)


def load_overrides(path: str | os.PathLike[str]) -> Overrides:
    """Read an override file (JSON Lines). Lines are either

    ``{"a": "Lenin", "b": "Leningrado", "status": "rejected"}`` (two names, or entity ids), or a
    line of ``merge-log.jsonl`` with its ``status`` edited: ``{"entity": "kb:lenin", "merged":
    "Lenin", "status": "rejected"}``, or a link line (an entity id or name and a Wikipedia
    article title: ``{"entity": "China", "article": "China (Texas)", "status": "rejected"}``,
    a line of ``link-log.jsonl`` with its status edited). Blank lines and lines starting with
    ``//`` are skipped.
    """
    rules = []
    links = []
    p = Path(path)
    for lineno, obj in iter_jsonl(p, "merge override file"):
        where = f"{p.name}:{lineno}"  # the file name only: it ends up in the merge log
        if not isinstance(obj, dict):
            raise InputError(f"{where}: expected a JSON object")
        status = str(obj.get("status", "")).lower()
        if status not in (ACCEPTED, REJECTED):
            raise InputError(f"{where}: 'status' must be 'accepted' or 'rejected'")
        if "article" in obj:
            entity, article = str(obj.get("entity", "")).strip(), str(obj["article"] or "").strip()
            if not entity or (status == ACCEPTED and not article):
                raise InputError(f"{where}: a link line needs 'entity' and, to accept a link, 'article'")
            links.append(LinkOverride(entity, article, status, where))
            continue
        if "a" in obj and "b" in obj:
            a, b = str(obj["a"]), str(obj["b"])
        elif "entity" in obj and "merged" in obj:
            a, b = str(obj["entity"]), str(obj["merged"])
        else:
            raise InputError(f"{where}: give 'a' and 'b', or 'entity' and 'merged'")
        if not a.strip() or not b.strip():
            raise InputError(f"{where}: empty name")
        rules.append(MergeOverride(a, b, status, where))
    return Overrides(tuple(rules), tuple(links))
