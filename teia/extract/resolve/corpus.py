"""Across documents: the documents' entities joined into one entity per thing, with global ids and
the merge log (:func:`resolve_corpus`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from teia.extract.gazetteer import KnowledgeBase
from teia.extract.labels import NODE_CATEGORIES
from teia.records import CLUB_SOURCE, Entity, Extraction, Mention, MergeDecision, Resolution, mention_name
from teia.extract.resolve.clusters import _Item, _cluster
from teia.extract.resolve.dates import event_dates
from teia.extract.resolve.document import _detach_rejected_kb, _pick_label, repair_corpus_categories
from teia.extract.resolve.names import DEFAULT_CONFIG, ResolutionConfig, match_names, name_key
from teia.extract.resolve.overrides import Overrides, REJECTED, _is_id


def global_id(category: str, label: str, kb_id: str, taken: set[str]) -> str:
    base = f"kb:{kb_id}" if kb_id else f"{category}:{name_key(label)}"
    gid, n = base, 2
    while gid in taken:
        gid, n = f"{base}~{n}", n + 1
    taken.add(gid)
    return gid


def _quote(ex: Extraction, a: str, b: str, mentions: Sequence[Mention]) -> str:
    """The shortest stretch of text joining a mention named ``a`` and one named ``b``."""
    ka, kb_ = name_key(a), name_key(b)
    best = None
    for x in mentions:
        if name_key(x.text) != ka:
            continue
        for y in mentions:
            if name_key(y.text) != kb_:
                continue
            s, e = min(x.start, y.start), max(x.end, y.end)
            if best is None or e - s < best[1] - best[0]:
                best = (s, e)
    if best is None or best[1] - best[0] > 120:
        return f"{b!r} and {a!r} named as one in {ex.document.id}"
    s, e = best
    return f"{ex.document.text[s:e]!r} ({ex.document.id}, characters {s}-{e})"


def _explain_local(ex: Extraction, ent: Entity, kb: KnowledgeBase | None, config: ResolutionConfig) -> list[tuple[str, str, str]]:
    """Why a document's local entity holds several names: ``(name, rule, evidence)``."""
    names = sorted({m.text for m in ent.mentions}, key=lambda n: (n != ent.label, n))
    distinct: dict[str, str] = {}
    for n in names:
        distinct.setdefault(name_key(n), n)
    if len(distinct) < 2 and not (ent.kb_id and name_key(ent.label) not in distinct):
        return []  # one name (a knowledge-base name other than the entry's label is logged)
    anchor = ent.label if name_key(ent.label) in distinct or ent.kb_id else next(iter(distinct.values()))
    out = []
    for k, n in sorted(distinct.items()):
        if k == name_key(anchor):
            continue
        kb_ids = {m.kb_id for m in ent.mentions if name_key(m.text) == k and m.kb_id}
        if ent.kb_id and ent.kb_id in kb_ids:
            out.append((n, "kb", f"{n!r} in {ex.document.id}: knowledge-base entry {ent.kb_id!r}"))
            continue
        m = None
        for other in distinct.values():
            if other != n:
                m = match_names(n, ent.type, other, ent.type, config)
                if m is not None:
                    break
        if m is not None:
            out.append((n, m[0], f"in {ex.document.id}: {m[1]}"))
        else:
            out.append((n, "alias", _quote(ex, anchor, n, ent.mentions)))
    return out


def resolve_corpus(
    extractions: Iterable[Extraction],
    kb: KnowledgeBase | None = None,
    *,
    overrides: Overrides | None = None,
    config: ResolutionConfig = DEFAULT_CONFIG,
    links: Mapping[tuple[str, str], tuple[str, frozenset[str]]] | None = None,
) -> Resolution:
    """Merge the documents' local entities into corpus-wide entities, logging every merge.

    ``links`` maps ``(doc_id, local_id)`` to the article the entity was linked to in its
    document and the articles its document does not support (see
    :func:`teia.extract.linking.link_documents`): the same article joins (rule ``link``), two
    different articles, or an article and a document that does not support it, never join."""
    extractions = list(extractions)
    refs: list[tuple[Extraction, Entity]] = []
    items: list[_Item] = []
    for ex in extractions:
        for ent in ex.entities:
            entry = kb.get(ent.kb_id) if kb is not None and ent.kb_id else None
            kb_id = ent.kb_id
            names = {mention_name(ent, m) for m in ent.mentions} or {ent.label}
            if overrides and kb_id and names and all(
                _detach_rejected_kb(m, kb, overrides).kb_id == "" for m in ent.mentions
            ):
                kb_id = ""
            if kb_id and entry:
                names.add(entry.label)
            refs.append((ex, ent))
            dates = event_dates(ex, ent)
            article, refused = (links or {}).get((ex.document.id, ent.id), ("", frozenset()))
            items.append(
                _Item(
                    tuple(sorted(names)), ent.type, kb_id, doc=ex.document.id, dates=dates, article=article, refused=refused,
                    club=any(m.source == CLUB_SOURCE for m in ent.mentions),
                )
            )
    items = repair_corpus_categories(items)
    cl = _cluster(items, (), config, overrides)
    groups = cl.groups()
    # order clusters by their future id for a stable output
    taken: set[str] = set()
    gid_of: dict[int, str] = {}
    labels: dict[int, str] = {}
    summaries = []
    for g in groups:
        kb_ids = Counter(items[i].kb_id for i in g if items[i].kb_id)
        kb_id = sorted(kb_ids, key=lambda k: (-kb_ids[k], k))[0] if kb_ids else ""
        entry = kb.get(kb_id) if kb is not None and kb_id else None
        mention_names = [mention_name(refs[i][1], m) for i in g for m in refs[i][1].mentions] or [refs[i][1].label for i in g]
        label = entry.label if entry else _pick_label(mention_names)
        cats = Counter(items[i].category for i in g)
        etype = entry.type if entry else sorted(cats, key=lambda c: (-cats[c], NODE_CATEGORIES.index(c) if c in NODE_CATEGORIES else 99))[0]
        summaries.append((f"kb:{kb_id}" if kb_id else f"{etype}:{name_key(label)}", g, kb_id, entry, label, etype, mention_names))
    summaries.sort(key=lambda s: (s[0], s[1][0]))
    entities: list[Entity] = []
    mapping: list[tuple[str, str, str]] = []
    for _, g, kb_id, entry, label, etype, mention_names in summaries:
        gid = global_id(etype, label, kb_id, taken)
        for i in g:
            gid_of[i] = gid
            labels[i] = label
        members = sorted(g, key=lambda i: (refs[i][0].document.id, refs[i][1].id))
        aliases = {n for n in mention_names if n != label}
        for i in members:
            aliases |= {a for a in refs[i][1].aliases if a != label}
        entities.append(
            Entity(
                id=gid,
                label=label,
                type=etype,
                aliases=tuple(sorted(aliases)),
                mentions=tuple(m for i in members for m in refs[i][1].mentions),
                kb_id=entry.id if entry else "",
                external_ids=entry.external_ids if entry else (),
            )
        )
        for i in members:
            mapping.append((refs[i][0].document.id, refs[i][1].id, gid))
    merges: list[MergeDecision] = []
    # within documents
    for i, (ex, ent) in enumerate(refs):
        for name, rule, evidence in _explain_local(ex, ent, kb, config):
            merges.append(MergeDecision(gid_of[i], labels[i], name, rule, evidence))
    # across documents
    for e in cl.edges:
        a, b = refs[e.i], refs[e.j]
        evidence = f"{a[1].label!r} ({a[0].document.id}) ~ {b[1].label!r} ({b[0].document.id}): {e.evidence}"
        # the name the merge brought in: the side whose label is not the entity's label
        merged = a[1].label if name_key(b[1].label) == name_key(labels[e.i]) else b[1].label
        merges.append(MergeDecision(gid_of[e.i], labels[e.i], merged, e.rule, evidence))
    for e in cl.refused:
        a, b = refs[e.i], refs[e.j]
        evidence = f"{a[1].label!r} ({a[0].document.id}) ~ {b[1].label!r} ({b[0].document.id}): {e.evidence}"
        merges.append(MergeDecision(gid_of[e.i], labels[e.i], b[1].label, e.rule, evidence, REJECTED))
    if overrides and kb is not None:
        label_of = {e.id: e.label for e in entities}
        refs_in = [(ex, ent, gid_of[i]) for i, (ex, ent) in enumerate(refs)]
        merges.extend(_rejected_kb_links(refs_in, kb, overrides, label_of))
    merges = dedupe_merges(merges)
    return Resolution(tuple(entities), tuple(sorted(mapping)), tuple(merges))


def _rejected_kb_links(
    refs: Sequence[tuple[Extraction, Entity, str]], kb: KnowledgeBase, overrides: Overrides, label_of: dict[str, str]
) -> list[MergeDecision]:
    """The knowledge-base links the override file refused, as ``rejected`` ``kb`` decisions.

    A rejection pairing an entry (``kb:<id>``, or one of its names) with another name of that
    entry detaches the mentions of that name from the entry (:func:`_detach_rejected_kb`), so no
    rule proposes the merge and nothing else would log the refusal: each document's local
    entity (``refs``: extraction, local entity, global id) that names it and is not the entry's
    entity gets a ``rejected`` line naming the entry and the override's file and line (the
    entry's entity and the name; the name's entity and the entry's label when no mention kept
    the link, so that the line names an entity of the resolution).
    """
    out = []
    for r in overrides.rejected:
        for side, other in ((r.a, r.b), (r.b, r.a)):
            if _is_id(other):
                continue
            if _is_id(side):
                entry = kb.get(side[3:]) if side.startswith("kb:") else None
                entries = [entry] if entry is not None else []
            else:
                entries = [e for e in kb.entries if name_key(side) in {name_key(n) for n in e.names}]
            for entry in entries:
                if name_key(other) not in {name_key(n) for n in entry.names} or name_key(other) == name_key(side):
                    continue
                gid = f"kb:{entry.id}"
                for ex, ent, ent_gid in refs:
                    if ent_gid == gid:
                        continue
                    for text in sorted({m.text for m in ent.mentions if name_key(m.text) == name_key(other)}):
                        evidence = f"{text!r} in {ex.document.id}: knowledge-base entry {entry.id!r}; {r.reason}"
                        if gid in label_of:
                            out.append(MergeDecision(gid, label_of[gid], text, "kb", evidence, REJECTED))
                        else:  # no mention kept the link: the entry is kept apart from the name's entity
                            out.append(MergeDecision(ent_gid, label_of[ent_gid], entry.label, "kb", evidence, REJECTED))
    return out


def dedupe_merges(merges: Sequence[MergeDecision]) -> list[MergeDecision]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for m in sorted(merges, key=lambda m: (m.entity, m.status, m.merged, m.rule, m.evidence)):
        k = (m.entity, m.merged, m.rule, m.evidence, m.status)
        if k in seen:
            continue
        seen.add(k)
        out.append(m)
    return out
