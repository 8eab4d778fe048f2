"""Entity linking against gold links: ``teia eval --gold corpus/gold/gold.jsonl --links``.

The gold links are ``links.jsonl`` next to the gold file: one line per gold entity id,
``{"entity": "lenin", "article": "Lenin"}`` or ``{"entity": "china", "article": null}`` (NIL: the
knowledge base has no article for it), with an optional ``note``. They were decided by reading
the documents and the article list, not from the system output (``docs/linking.md``).

The gold documents are built by the build sequence itself (:func:`teia.build.steps.run`: extraction,
resolution, linking), then each gold entity is paired with the system entity that holds most of
its mentions (a system mention overlapping a gold mention of the same document). Scores:

* precision: correct links / links the system made for gold entities;
* recall: correct links / gold entities with an article;
* NIL accuracy: gold NIL entities the system left unlinked / gold NIL entities.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from teia.errors import InputError

__all__ = [
    "conflicting_merges",
    "evaluate_gold_links",
    "evaluate_harem_links",
    "format_harem_links_report",
    "format_links_report",
    "read_gold_links",
    "score_links",
]

LINKS_FILE = "links.jsonl"


def read_gold_links(path: str | Path) -> dict[str, str]:
    """Gold entity id → article title (empty for NIL)."""
    from teia.extract.jsonl import iter_jsonl

    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: gold links not found (one {{'entity', 'article'}} object a line)")
    out: dict[str, str] = {}
    for lineno, obj in iter_jsonl(p, "gold links file"):
        if not isinstance(obj, dict) or not isinstance(obj.get("entity"), str) or not isinstance(obj.get("article", ""), (str, type(None))):
            raise InputError(f"{p}:{lineno}: expected {{'entity': id, 'article': title or null}}")
        if obj["entity"] in out:
            raise InputError(f"{p}:{lineno}: entity {obj['entity']!r} is listed twice")
        out[obj["entity"]] = obj.get("article") or ""
    return out


def score_links(gold: dict[str, str], system: dict[str, str]) -> dict[str, Any]:
    """``gold`` and ``system``: gold entity id → article ('' for NIL; an entity the system did
    not find is absent from ``system``, i.e. not linked)."""
    linked = {g: a for g, a in system.items() if a and g in gold}
    correct = sum(1 for g, a in linked.items() if gold[g] == a)
    with_article = [g for g, a in gold.items() if a]
    nil = [g for g, a in gold.items() if not a]
    nil_ok = sum(1 for g in nil if not system.get(g, ""))
    errors = [
        {"entity": g, "gold": gold[g] or None, "system": system.get(g) or None}
        for g in sorted(gold)
        if system.get(g, "") != gold[g]
    ]
    return {
        "precision": correct / len(linked) if linked else 0.0,
        "recall": correct / len(with_article) if with_article else 0.0,
        "nil_accuracy": nil_ok / len(nil) if nil else 0.0,
        "correct": correct,
        "linked": len(linked),
        "gold_with_article": len(with_article),
        "gold_nil": len(nil),
        "nil_correct": nil_ok,
        "errors": errors,
    }


def evaluate_gold_links(gold_path: str | Path, *, model: str | None = None, links_path: str | Path | None = None) -> dict[str, Any]:
    """Build the gold file's documents and score their links (see the module docstring)."""
    from teia.build.steps import BuildOptions, run
    from teia.eval.harem import read_gold_records

    p = Path(gold_path)
    records = read_gold_records(p)
    gold = read_gold_links(links_path or p.parent / LINKS_FILE)
    corpus = p.parent.parent
    kg = run([corpus / rec["doc"] for rec in records], BuildOptions(model=model))
    index = kg.resolution.index()
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for ex in kg.extractions:
        for ent in ex.entities:
            gid = index.get((ex.document.id, ent.id))
            for m in ent.mentions:
                if gid is not None:
                    spans[ex.document.id].append((m.start, m.end, gid))
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for rec in records:
        for m in rec["mentions"]:
            if not m.get("entity"):
                continue
            for start, end, gid in spans.get(rec["doc"], ()):
                if start < m["end"] and m["start"] < end:
                    votes[m["entity"]][gid] += 1
                    break
    article_of = {d.entity: d.article for d in kg.resolution.links if d.status == "linked"}
    system = {g: article_of.get(sorted(c, key=lambda k: (-c[k], k))[0], "") for g, c in votes.items()}
    unknown = sorted(set(votes) - set(gold))
    if unknown:
        raise InputError(f"{links_path or p.parent / LINKS_FILE}: no gold link for entities {', '.join(unknown[:5])}")
    report = score_links(gold, system)
    report["found"] = len(votes)
    report["file"] = str(p)
    return report


def format_links_report(r: dict[str, Any]) -> str:
    lines = [
        f"entity linking against {r['file']} (gold entities found by the system: {r['found']})",
        f"  precision     {r['precision']:.3f}  ({r['correct']}/{r['linked']} links correct)",
        f"  recall        {r['recall']:.3f}  ({r['correct']}/{r['gold_with_article']} gold entities with an article)",
        f"  NIL accuracy  {r['nil_accuracy']:.3f}  ({r['nil_correct']}/{r['gold_nil']} gold NIL entities left unlinked)",
    ]
    if r["errors"]:
        lines.append("  differences (entity: gold / system):")
        lines += [f"    {e['entity']}: {e['gold'] or 'NIL'} / {e['system'] or 'NIL'}" for e in r["errors"]]
    return "\n".join(lines)


def conflicting_merges(resolution, kb=None) -> list[dict[str, str]]:
    """Accepted merges that join two names linked to different articles.

    Each accepted decision's two names (the entity's label and the merged name) are linked
    alone, with the entity's category and no context; when both link, to different articles,
    the merge joined two things the knowledge base keeps apart.
    """
    from teia.extract.linking import LINKED, kb_for, link_names

    by_id = {e.id: e for e in resolution.entities}
    kb = kb if kb is not None else kb_for(resolution.entities)
    out = []
    for m in resolution.merges:
        ent = by_id.get(m.entity)
        if m.status != "accepted" or ent is None:
            continue
        a = link_names(m.entity, m.label, ent.type, [m.label], kb)
        b = link_names(m.entity, m.merged, ent.type, [m.merged], kb)
        if a.status == LINKED and b.status == LINKED and a.article != b.article:
            out.append({"entity": m.entity, "label": m.label, "merged": m.merged, "rule": m.rule, "articles": f"{a.article} / {b.article}"})
    return out


def evaluate_harem_links(path: str | Path, *, model: str | None = None) -> dict[str, Any]:
    """Build the documents of a HAREM collection with and without linking and say what linking
    changed: links made, merges by the ``link`` rule, merges refused by a cannot-link, entities
    retyped, and the accepted merges that join names linked to different articles (with and
    without linking)."""
    import tempfile

    from teia.build.steps import BuildOptions, run
    from teia.eval.harem import parse_harem

    docs = parse_harem(path)
    with tempfile.TemporaryDirectory() as tmp:
        for d in docs:
            name = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in d.id) + ".txt"
            (Path(tmp) / name).write_text(d.text, encoding="utf-8")
        plain = run(tmp, BuildOptions(model=model, link=False))
        linked = run(tmp, BuildOptions(model=model, link=True))
    links = linked.resolution.links
    refused = [m for m in linked.resolution.merges if m.status == "rejected" and "article" in m.evidence]
    report = {
        "file": str(path),
        "documents": len(docs),
        "entities": {"without linking": len(plain.resolution.entities), "with linking": len(linked.resolution.entities)},
        "linked": sum(1 for d in links if d.status == "linked"),
        "nil": sum(1 for d in links if d.status == "nil"),
        "retyped": sum(1 for d in links if "retyped" in d.evidence),
        "link_merges": sum(1 for m in linked.resolution.merges if m.rule == "link" and m.status == "accepted"),
        "refused_by_links": len(refused),
        "conflicting_merges": {
            "without linking": conflicting_merges(plain.resolution),
            "with linking": conflicting_merges(linked.resolution),
        },
    }
    return report


def format_harem_links_report(r: dict[str, Any]) -> str:
    lines = [
        f"linking on {r['file']} ({r['documents']} documents built with and without linking)",
        f"  entities            {r['entities']['without linking']} without linking, {r['entities']['with linking']} with",
        f"  linked / NIL        {r['linked']} / {r['nil']} (retyped as persons: {r['retyped']})",
        f"  merges by rule link {r['link_merges']}; merges refused by a cannot-link: {r['refused_by_links']}",
    ]
    for setting in ("without linking", "with linking"):
        found = r["conflicting_merges"][setting]
        lines.append(f"  accepted merges joining names linked to different articles, {setting}: {len(found)}")
        lines += [f"    {c['label']!r} <- {c['merged']!r} ({c['rule']}): {c['articles']}" for c in found[:20]]
    return "\n".join(lines)
