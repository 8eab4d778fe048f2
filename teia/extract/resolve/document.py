"""Within a document: same-named mentions grouped, categories repaired, mentions joined into the
document's entities (:func:`group_mentions`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from teia.extract.demonyms import names_a_country
from teia.extract.gazetteer import KnowledgeBase, known_place_or_organization
from teia.extract.labels import LOC, MISC, NODE_CATEGORIES, ORG, PER
from teia.records import Entity, Mention, as_category
from teia.extract.resolve.clusters import _Item, _cluster
from teia.extract.resolve.names import DEFAULT_CONFIG, ResolutionConfig, _name_words, is_acronym, name_key
from teia.extract.resolve.overrides import Overrides


def _pick_label(names: Iterable[str]) -> str:
    """The most informative name: longest by words, then most frequent, then alphabetical."""
    counts: Counter[str] = Counter(names)
    return sorted(counts, key=lambda n: (is_acronym(n), -len(n.split()), -counts[n], n))[0]


def _entity(eid: str, mentions: Sequence[Mention], kb: KnowledgeBase | None, extra_aliases: Iterable[str] = ()) -> Entity:
    kb_ids = Counter(m.kb_id for m in mentions if m.kb_id)
    entry = kb.get(sorted(kb_ids, key=lambda k: (-kb_ids[k], k))[0]) if kb is not None and kb_ids else None
    names = [m.text for m in mentions]
    label = entry.label if entry else _pick_label(names)
    if entry:
        category = entry.type
    else:
        cats = Counter(m.category for m in mentions)
        category = sorted(cats, key=lambda c: (-cats[c], NODE_CATEGORIES.index(c) if c in NODE_CATEGORIES else 99))[0]
    aliases = tuple(sorted({n for n in (*names, *extra_aliases) if n != label}))
    return Entity(
        id=eid,
        label=label,
        type=category,
        aliases=aliases,
        mentions=tuple(mentions),
        kb_id=entry.id if entry else "",
        external_ids=entry.external_ids if entry else (),
    )


def _detach_rejected_kb(m: Mention, kb: KnowledgeBase | None, overrides: Overrides | None) -> Mention:
    """Drop a mention's knowledge-base link when the user rejected its name for that entry."""
    if not overrides or not m.kb_id:
        return m
    entry = kb.get(m.kb_id) if kb is not None else None
    kb_names = {name_key(n) for n in entry.names} if entry else set()
    for other in overrides.rejected_names(m.text):
        if other == f"kb:{m.kb_id}" or (name_key(other) in kb_names and name_key(other) != name_key(m.text)):
            return replace(m, kb_id="")
    return m


def repair_categories(mentions: Sequence[Mention]) -> list[Mention]:
    """Fix a category the NER got wrong for a person's surname used alone.

    A one-word mention tagged as a place, an organization or misc. whose word is the surname of
    a full person name of the same document (``George W. Bush`` ... ``Bush``) is a person: the
    NER often tags bare foreign surnames as places. Knowledge-base matches are left alone, and
    so are the names known as places or organizations
    (:func:`teia.extract.gazetteer.known_place_or_organization`): ``Braga`` in a
    text naming the professor ``Lloyd Braga`` is the city the NER saw (a title or a person's
    verb before the name makes it a person earlier, in ``refine_mentions``).
    """
    surnames: set[str] = set()
    for m in mentions:
        if m.category == PER:
            words = _name_words(m.text)
            if len(words) >= 2:
                surnames.add(words[-1])
    if not surnames:
        return list(mentions)
    out = []
    for m in mentions:
        if m.category in (LOC, ORG, MISC) and not m.kb_id and len(m.text.split()) == 1:
            words = _name_words(m.text)
            if len(words) == 1 and words[0] in surnames and not known_place_or_organization(m.text):
                m = as_category(m, PER)
        out.append(m)
    return out


def repair_corpus_categories(items: list[_Item]) -> list[_Item]:
    """Categories of documents' local entities, made consistent across the corpus (no
    knowledge-base entry involved):

    * a one-word place, organization or misc. name that is the surname of a person named in
      full in another document is that person's surname (``Denikin`` tagged as a place in one
      text, ``Anton Denikin`` in another), unless the name is known as a place or an
      organization (``Braga``, :func:`teia.extract.gazetteer.known_place_or_organization`);
    * a name tagged both as a place and as an organization (or misc.) in different documents
      takes the category most documents give it, a place on a tie (``Tambov``);
    * a country's organization is its place: where the country's state acts (``a Grécia assinou o
      tratado``, :func:`teia.extract.entities._state_acting`) its mention is HAREM's organization,
      and the graph's node stays the country's, in a document naming it nowhere else too;
    * a club named by its town (``club``: a mention of :data:`teia.records.CLUB_SOURCE`, ``o Porto
      venceu o Benfica por 2-1``) keeps its organization and casts no vote, so that the town's
      places stay places and the club and the town are two nodes.
    """
    surnames = {
        _name_words(n)[-1] for it in items if it.category == PER for n in it.names if len(_name_words(n)) >= 2
    }
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    for it in items:
        if not it.kb_id and not it.club and it.category in (LOC, ORG, MISC):
            by_key[name_key(max(it.names, key=len))][it.category] += 1
    out = []
    for it in items:
        if it.kb_id or it.club or it.category not in (LOC, ORG, MISC):
            out.append(it)
            continue
        words = [_name_words(n) for n in it.names]
        if all(len(w) == 1 and w[0] in surnames for w in words) and not all(known_place_or_organization(n) for n in it.names):
            out.append(as_category(it, PER))
            continue
        cats = by_key[name_key(max(it.names, key=len))]
        best = sorted(cats, key=lambda c: (-cats[c], (LOC, ORG, MISC).index(c)))[0]
        if best == ORG and all(names_a_country(n) for n in it.names):
            best = LOC
        out.append(it if best == it.category else as_category(it, best))
    return out


def group_mentions(
    mentions: Sequence[Mention],
    kb: KnowledgeBase | None = None,
    links: Iterable[tuple[Mention, Mention]] = (),
    *,
    config: ResolutionConfig = DEFAULT_CONFIG,
    overrides: Overrides | None = None,
) -> tuple[Entity, ...]:
    """Group a document's mentions into local entities ``e0, e1, ...`` in order of first mention.

    ``links`` are pairs of mentions the text states to be the same thing (parenthetical and
    appositive aliases); their names become aliases of one entity.
    """
    kept = [_detach_rejected_kb(m, kb, overrides) for m in sorted(mentions, key=lambda m: (m.start, m.end)) if m.category in NODE_CATEGORIES]
    kept = repair_categories(kept)
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in kept:
        key = ("kb", m.kb_id) if m.kb_id else (m.category, name_key(m.text))
        groups.setdefault(key, []).append(m)
    keys = list(groups)
    items = [
        _Item(tuple(sorted({m.text for m in groups[k]})), groups[k][0].category, groups[k][0].kb_id, doc=groups[k][0].doc_id)
        for k in keys
    ]
    where = {}
    for idx, k in enumerate(keys):
        for m in groups[k]:
            where[(m.start, m.end)] = idx
    item_links = []
    for a, b in links:
        i, j = where.get((a.start, a.end)), where.get((b.start, b.end))
        if i is not None and j is not None and i != j:
            item_links.append((i, j, f"{a.text!r} and {b.text!r} named as one"))
    cl = _cluster(items, item_links, config, overrides)
    clusters = [sorted((m for idx in g for m in groups[keys[idx]]), key=lambda m: (m.start, m.end)) for g in cl.groups()]
    clusters.sort(key=lambda ms: (ms[0].start, ms[0].end))
    return tuple(_entity(f"e{i}", ms, kb) for i, ms in enumerate(clusters))
