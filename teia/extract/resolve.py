"""Entity resolution: mentions → entities within a document, entities → one per thing across documents.

Both steps are pure functions over records. Within a document, :func:`group_mentions` turns
mentions into document-local entities. Across documents, :func:`resolve_corpus` works on
compact summaries (one :class:`~teia.extract.records.Entity` per local entity), so it can run
as the reduce step of a map-reduce over documents.

Rules, in order (each merge is logged with its rule and evidence):
- ``kb``: both names matched the same knowledge-base entry;
- ``exact``: same category and the same folded name (case, accents, articles ignored);
- ``partial-name``: a person's name is the last name(s) of a longer name of the same category
  in the same scope (``Lenin`` → ``Vladimir Ilitch Lenin``) and no other candidate claims it.
Type-incompatible names are never merged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from teia.extract.gazetteer import KnowledgeBase, fold
from teia.extract.labels import NODE_CATEGORIES, PER
from teia.extract.records import Entity, Extraction, MergeDecision, Mention, Resolution

__all__ = ["name_key", "group_mentions", "resolve_corpus"]

_ARTICLES = re.compile(r"^(o|a|os|as|um|uma|the)\s+", re.IGNORECASE)


def name_key(text: str) -> str:
    """The folded form of a name without a leading article."""
    return _ARTICLES.sub("", fold(text)).strip(" .,;:\"'«»()")


def _pick_label(names: Iterable[str]) -> str:
    """The most informative name: longest by words, then most frequent, then alphabetical."""
    counts: dict[str, int] = defaultdict(int)
    for n in names:
        counts[n] += 1
    return sorted(counts, key=lambda n: (-len(n.split()), -counts[n], n))[0]


def _entity(eid: str, mentions: Sequence[Mention], kb: KnowledgeBase | None) -> Entity:
    entry = kb.get(mentions[0].kb_id) if kb is not None and mentions[0].kb_id else None
    names = [m.text for m in mentions]
    label = entry.label if entry else _pick_label(names)
    category = entry.type if entry else mentions[0].category
    aliases = tuple(sorted({n for n in names if n != label}))
    return Entity(
        id=eid,
        label=label,
        type=category,
        aliases=aliases,
        mentions=tuple(mentions),
        kb_id=entry.id if entry else "",
        external_ids=entry.external_ids if entry else (),
    )


def group_mentions(mentions: Sequence[Mention], kb: KnowledgeBase | None = None) -> tuple[Entity, ...]:
    """Group a document's mentions into local entities ``e0, e1, ...`` in order of first mention."""
    groups: dict[str, list[Mention]] = {}
    order: list[str] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.category not in NODE_CATEGORIES:
            continue
        key = f"kb:{m.kb_id}" if m.kb_id else f"{m.category}:{name_key(m.text)}"
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(m)
    # partial names: a one- or two-word person name that ends a longer person name
    long_names = {k: name_key(g[0].text).split() for k, g in groups.items() if g[0].category == PER}
    for key in list(order):
        group = groups[key]
        if group[0].category != PER or group[0].kb_id:
            continue
        words = name_key(group[0].text).split()
        targets = [
            k
            for k, other in long_names.items()
            if k != key and len(other) > len(words) and other[-len(words):] == words
        ]
        if len(targets) == 1:
            groups[targets[0]].extend(group)
            del groups[key]
            order.remove(key)
    return tuple(
        _entity(f"e{i}", sorted(groups[k], key=lambda m: m.start), kb) for i, k in enumerate(order)
    )


def _summary_key(entity: Entity) -> str:
    if entity.kb_id:
        return f"kb:{entity.kb_id}"
    return f"{entity.type}:{name_key(entity.label)}"


def resolve_corpus(extractions: Iterable[Extraction], kb: KnowledgeBase | None = None) -> Resolution:
    """Merge the documents' local entities into corpus-wide entities."""
    buckets: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
    for ex in extractions:
        for ent in ex.entities:
            buckets[_summary_key(ent)].append((ex.document.id, ent))
    # partial person names across documents ("Lenin" alone in a document → "Vladimir Lenin")
    person_keys = {k: name_key(v[0][1].label).split() for k, v in buckets.items() if v[0][1].type == PER}
    merged_into: dict[str, str] = {}
    for key, words in person_keys.items():
        if buckets[key][0][1].kb_id:
            continue
        targets = [k for k, w in person_keys.items() if k != key and len(w) > len(words) and w[-len(words):] == words]
        if len(targets) == 1:
            merged_into[key] = targets[0]
    entities: list[Entity] = []
    mapping: list[tuple[str, str, str]] = []
    merges: list[MergeDecision] = []
    final: dict[str, list[tuple[str, Entity, str]]] = defaultdict(list)
    for key, members in buckets.items():
        target = merged_into.get(key, key)
        rule = "partial-name" if target != key else ("kb" if key.startswith("kb:") else "exact")
        for doc_id, ent in members:
            final[target].append((doc_id, ent, rule))
    for gid in sorted(final):
        members = sorted(final[gid], key=lambda t: (t[0], t[1].id))
        entry = kb.get(gid[3:]) if kb is not None and gid.startswith("kb:") else None
        names = [m.text for _, e, _ in members for m in e.mentions] or [e.label for _, e, _ in members]
        label = entry.label if entry else _pick_label([e.label for _, e, _ in members])
        etype = entry.type if entry else members[0][1].type
        aliases = tuple(sorted({n for n in names if n != label} | {a for _, e, _ in members for a in e.aliases if a != label}))
        mentions = tuple(m for _, e, _ in members for m in e.mentions)
        entities.append(
            Entity(
                id=gid,
                label=label,
                type=etype,
                aliases=aliases,
                mentions=mentions,
                kb_id=entry.id if entry else "",
                external_ids=entry.external_ids if entry else (),
            )
        )
        seen_names = {label}
        for doc_id, ent, rule in members:
            mapping.append((doc_id, ent.id, gid))
            for name in (ent.label, *ent.aliases):
                if name in seen_names:
                    continue
                seen_names.add(name)
                evidence = f"{name!r} in {doc_id}"
                if rule == "kb":
                    evidence += f"; knowledge-base entry {gid[3:]!r}"
                merges.append(MergeDecision(gid, label, name, rule, evidence))
    return Resolution(tuple(entities), tuple(sorted(mapping)), tuple(merges))
