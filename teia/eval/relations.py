"""Evaluation of the relation extractor (issue 6).

Two gold sets:

* **ReRelEM** (Second HAREM, ``harem2-rerelem-dev.xml``): relations between entity mentions,
  ``<EM ID=... COREL="id1 id2" TIPOREL="rel1 rel2">`` with parallel, space-separated lists
  (a ``TIPOREL`` item may also be ``CATEG**type**ID**CATEG``). :func:`evaluate_relations` runs
  the pipeline on each document's reconstructed text and scores relation types.
* **The corpus gold** (``corpus/gold/gold.jsonl``): :func:`evaluate_gold_relations` scores
  ``(subject entity, predicate, object entity, polarity)`` per document.

ReRelEM scoring
---------------
* Text: every run of XML whitespace becomes one space, a ``<P>`` starts a new line; of an
  ``<ALT>`` the alternative with the most ``<EM>`` tags is kept (the finest segmentation,
  where the relations are annotated). Mentions inside ``<OMITIDO>`` are not gold.
* Mentions of one entity (``ident`` chains) form a *cluster*; a relation is a triple
  ``(type, cluster, cluster)``, unique per document, so the same fact stated through two
  mentions of the same entities counts once.
* ReRelEM types are folded onto canonical types (:data:`GOLD_TYPES`: ``inclui`` onto
  ``incluido``, ``obra_de``/``produtor_de`` onto ``autor_de``, ``local_nascimento_de`` onto
  ``natural_de``, ``ter_participacao_de`` onto ``participante_em``); our predicates are mapped
  onto the same types (:data:`PREDICATE_TYPES`, ``locatedIn`` depending on the subject's
  category). ``ocorre_em`` is scored together with ``sede_de``: ReRelEM uses both for where an
  event takes place (``Conferência realizada em Paris`` is ``sede_de``), and an ``ocorre_em``
  whose end is a date cannot match anyway (dates are not entities for us).
* Pairs are compared **unordered** within a type: the gold direction is not consistent
  (``Goethe fundou a Sociedade`` is ``Sociedade vinculo_inst Goethe``, ``Hans-Gert Pöttering``
  is ``vinculo_inst Parlamento Europeu``). The spans of a relation's evidence (subject and
  object) are mapped onto gold mentions by character overlap.
* P/R/F per canonical type; the **headline** is the micro average over the canonical types
  we map (``incluido``, ``vinculo_inst``, ``sede_de``, ``natural_de``, ``participante_em``,
  ``autor_de``, ``relacao_familiar``, ``residencia_de``). Recall over
  *all* non-ident gold relations (``data_de``, ``outrarel``, ``praticante_de``... included) is
  reported too, as is the *untyped* recall (any relation of ours between the two clusters,
  open relations included), which is what textacy's SVO triples are compared with.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from teia.errors import InputError, read_text
from teia.eval.harem_xml import read_harem, relation_type
from teia.records import Document, Extraction

__all__ = [
    "GOLD_TYPES",
    "PREDICATE_TYPES",
    "RelDoc",
    "evaluate_gold_relations",
    "evaluate_relations",
    "format_gold_relations_report",
    "format_relations_report",
    "parse_rerelem",
]

# ReRelEM type -> (canonical type, swap): "A t B" becomes canonical (A, B), or (B, A) if swap.
GOLD_TYPES: dict[str, tuple[str, bool]] = {
    "incluido": ("incluido", False),  # A is part of / located in B
    "inclui": ("incluido", True),
    "vinculo_inst": ("vinculo_inst", False),  # A (person, org) is tied to institution B
    "sede_de": ("sede_de", False),  # A (place) is the seat of B (an organization or an event)
    "ocorre_em": ("sede_de", False),  # A (event) happens in B (place or time): see the note
    "natural_de": ("natural_de", False),  # A (person) comes from B (place)
    "local_nascimento_de": ("natural_de", True),  # A (place) is where B was born
    "participante_em": ("participante_em", False),  # A takes part in B
    "ter_participacao_de": ("participante_em", True),
    "autor_de": ("autor_de", False),  # A wrote / made B
    "obra_de": ("autor_de", True),  # A is a work of B
    "produtor_de": ("autor_de", False),
    "produzido_por": ("autor_de", True),
    "relacao_familiar": ("relacao_familiar", False),  # symmetric
    "residencia_de": ("residencia_de", True),  # A (place) is where B lives -> (B, A)
}
UNORDERED = True
"""Pairs are compared unordered within a type: ReRelEM's direction is not consistent (both
``person vinculo_inst institution`` and ``institution vinculo_inst person`` occur)."""
IDENT = frozenset({"ident", "nome_de_ident"})

# Our predicate -> (canonical type, swap); a dict value is keyed by the subject's category.
PREDICATE_TYPES: dict[str, Any] = {
    "partOf": ("incluido", False),
    "hasPart": ("incluido", True),
    "locatedIn": {"EVENT": ("sede_de", True), "": ("incluido", False)},
    "memberOf": ("vinculo_inst", False),
    "affiliatedWith": ("vinculo_inst", False),
    "led": ("vinculo_inst", False),
    "commanded": ("vinculo_inst", False),
    "founded": ("vinculo_inst", False),
    "headquarteredIn": ("sede_de", True),
    "bornIn": ("natural_de", False),
    "nationality": ("natural_de", False),
    "participantIn": ("participante_em", False),
    "hasParticipant": ("participante_em", True),
    "authorOf": ("autor_de", False),
    "createdBy": ("autor_de", True),
    "relativeOf": ("relacao_familiar", False),
    "parentOf": ("relacao_familiar", False),
    "spouseOf": ("relacao_familiar", False),
    "keyPersonOf": ("vinculo_inst", False),
    "residedIn": ("residencia_de", False),
}
MAPPED_TYPES = tuple(sorted({v for v, _ in GOLD_TYPES.values()}))


# --------------------------------------------------------------------------------------
# Reading ReRelEM
# --------------------------------------------------------------------------------------


@dataclass
class GoldEM:
    id: str
    start: int
    end: int
    text: str
    categ: str
    omitted: bool = False


@dataclass
class RelDoc:
    id: str
    text: str
    mentions: dict[str, GoldEM] = field(default_factory=dict)
    relations: list[tuple[str, str, str]] = field(default_factory=list)  # (src id, type, dst id)


def parse_rerelem(path: str | Path) -> list[RelDoc]:
    """Read a ReRelEM collection into documents with mentions and typed mention relations.

    :func:`teia.eval.harem_xml.read_harem` with the ALT alternative of most mentions and the
    space before closing punctuation dropped; mentions without an ``ID`` are skipped.
    """
    docs = []
    for hd in read_harem(path, alternatives="most_mentions", attach_closing_punctuation=True):
        doc = RelDoc(hd.id, hd.text)
        for m in hd.mentions:
            if not m.has_id:
                continue
            doc.mentions[m.id] = GoldEM(m.id, m.start, m.end, m.text, m.categ, m.omitted)
            for target, rtype in zip(m.corel, m.tiporel):
                doc.relations.append((m.id, relation_type(rtype), target))
        docs.append(doc)
    return docs


# --------------------------------------------------------------------------------------
# Clusters and scoring
# --------------------------------------------------------------------------------------


def _clusters(doc: RelDoc) -> dict[str, str]:
    """Mention id -> cluster id (the smallest id of its ``ident`` chain)."""
    parent = {mid: mid for mid in doc.mentions}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for src, rtype, dst in doc.relations:
        if rtype in IDENT:
            a, b = find(src), find(dst)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {mid: find(mid) for mid in parent}


def gold_triples(doc: RelDoc) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """(mapped canonical triples, all non-ident triples) of a document, on clusters."""
    cl = _clusters(doc)
    mapped, every = set(), set()
    for src, rtype, dst in doc.relations:
        if rtype in IDENT or src not in doc.mentions or dst not in doc.mentions:
            continue
        if doc.mentions[src].omitted or doc.mentions[dst].omitted:
            continue
        a, b = cl[src], cl[dst]
        if a == b:
            continue
        every.add((rtype, *sorted((a, b))))
        if rtype in GOLD_TYPES:
            ctype, swap = GOLD_TYPES[rtype]
            x, y = (b, a) if swap else (a, b)
            if UNORDERED:
                x, y = sorted((x, y))
            mapped.add((ctype, x, y))
    return mapped, every


class _MentionMap:
    def __init__(self, doc: RelDoc) -> None:
        self.spans = sorted((m.start, m.end, m.id) for m in doc.mentions.values() if not m.omitted)
        self.cluster = _clusters(doc)

    def at(self, start: int, end: int) -> str | None:
        best, overlap = None, 0
        for s, e, mid in self.spans:
            if s >= end:
                break
            o = min(e, end) - max(s, start)
            if o > overlap:
                best, overlap = mid, o
        return self.cluster.get(best) if best is not None else None


def _our_type(predicate: str, subject_category: str) -> tuple[str, bool] | None:
    t = PREDICATE_TYPES.get(predicate)
    if isinstance(t, dict):
        t = t.get(subject_category, t.get(""))
    return t


def system_triples(ex: Extraction, mm: _MentionMap) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    """(canonical typed triples, untyped cluster pairs) of our relations."""
    cats = {e.id: e.type for e in ex.entities}
    typed, untyped = set(), set()
    for r in ex.relations:
        ev = r.evidence
        a = mm.at(ev.subject_start, ev.subject_end)
        b = mm.at(ev.object_start, ev.object_end)
        if a is None or b is None or a == b:
            continue
        untyped.add(tuple(sorted((a, b))))
        if not r.asserted:
            continue
        t = _our_type(r.predicate, cats.get(r.subject, ""))
        if t is None:
            continue
        ctype, swap = t
        x, y = (b, a) if swap else (a, b)
        if UNORDERED:
            x, y = sorted((x, y))
        typed.add((ctype, x, y))
    return typed, untyped


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "system": n_sys, "gold": n_gold, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _textacy_pairs(doc, mm: _MentionMap) -> set[tuple[str, str]] | None:
    try:
        from textacy.extract import subject_verb_object_triples
    except ImportError:  # pragma: no cover - optional
        return None
    pairs = set()
    for triple in subject_verb_object_triples(doc):
        subj = [mm.at(t.idx, t.idx + len(t.text)) for t in triple.subject]
        obj = [mm.at(t.idx, t.idx + len(t.text)) for t in triple.object]
        for a in {x for x in subj if x}:
            for b in {x for x in obj if x}:
                if a != b:
                    pairs.add(tuple(sorted((a, b))))
    return pairs


def _spans_as_ents(doc, spans: list[tuple[int, int, str]]) -> list:
    """Character spans ``(start, end, category)`` as ``doc.ents`` (categories mapped onto ours)."""
    from spacy.util import filter_spans

    from teia.extract.labels import normalize_category

    out = []
    for start, end, categ in spans:
        label = normalize_category(categ.split("|")[0] or "OUTRO")
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return filter_spans(out)


def _run(nlp, document: Document, oracle: list[tuple[int, int, str]] | None):
    """Run the pipeline; with ``oracle`` spans, they replace the NER and the gazetteer.

    The oracle spans become the mentions as they are: the refinements ``teia_entities`` applies
    to NER output (dropped common-noun spans, split or trimmed names, category repairs) are
    skipped, and the mentions are only grouped into entities (``group_mentions``).
    """
    from teia.extract.entities import ENTITIES, MENTIONS, doc_id_of, spans_to_mentions
    from teia.extract.pipeline import doc_to_extraction, make_doc
    from teia.extract.resolve import group_mentions

    doc = make_doc(nlp, document)
    for name, proc in nlp.pipeline:
        if oracle is not None and name in ("ner", "teia_gazetteer"):
            continue
        if oracle is not None and name == "teia_entities":
            doc.ents = _spans_as_ents(doc, oracle)
            mentions = spans_to_mentions(doc.ents, doc_id_of(doc))
            doc._.set(MENTIONS, tuple(mentions))
            doc._.set(ENTITIES, group_mentions(mentions, proc.kb, config=proc.config, overrides=proc.overrides))
            continue
        doc = proc(doc)
    return doc, doc_to_extraction(doc, document)


def _process(nlp, rd: RelDoc, oracle: bool):
    spans = [(m.start, m.end, m.categ) for m in rd.mentions.values() if not m.omitted] if oracle else None
    return _run(nlp, Document(id=rd.id, text=rd.text), spans)


def evaluate_relations(
    path: str | Path, nlp, *, textacy: bool = True, limit: int | None = None, oracle_mentions: bool = False
) -> dict[str, Any]:
    """Score the relations ``nlp`` (a full teia pipeline) finds on a ReRelEM collection.

    With ``oracle_mentions`` the gold mentions stand in for the NER and the gazetteer, which
    measures the relation rules (and the parser) alone.
    """
    docs = parse_rerelem(path)[:limit]
    tp, n_sys, n_gold = Counter(), Counter(), Counter()
    all_gold = untyped_hit = textacy_hit = textacy_sys = untyped_sys = 0
    textacy_ok = textacy
    by_rule: Counter = Counter()
    t0 = time.perf_counter()
    for rd in docs:
        doc, ex = _process(nlp, rd, oracle_mentions)
        mm = _MentionMap(rd)
        gold, every = gold_triples(rd)
        sys_typed, sys_untyped = system_triples(ex, mm)
        for r in ex.relations:
            by_rule[r.rule] += 1
        for t in MAPPED_TYPES:
            g = {x for x in gold if x[0] == t}
            s = {x for x in sys_typed if x[0] == t}
            tp[t] += len(g & s)
            n_sys[t] += len(s)
            n_gold[t] += len(g)
        all_gold += len(every)
        untyped_hit += sum(1 for x in every if tuple(sorted(x[1:])) in sys_untyped)
        untyped_sys += len(sys_untyped)
        if textacy_ok:
            pairs = _textacy_pairs(doc, mm)
            if pairs is None:
                textacy_ok = False
            else:
                textacy_sys += len(pairs)
                textacy_hit += sum(1 for x in every if tuple(sorted(x[1:])) in pairs)
    per_type = {t: _prf(tp[t], n_sys[t], n_gold[t]) for t in MAPPED_TYPES}
    micro = _prf(sum(tp.values()), sum(n_sys.values()), sum(n_gold.values()))
    report: dict[str, Any] = {
        "file": str(path),
        "documents": len(docs),
        "mentions": "gold (oracle)" if oracle_mentions else "system",
        "per_type": per_type,
        "micro": micro,
        "all_types_recall": round(sum(tp.values()) / all_gold, 4) if all_gold else 0.0,
        "all_gold": all_gold,
        "untyped": {"recall": round(untyped_hit / all_gold, 4) if all_gold else 0.0, "system_pairs": untyped_sys},
        "rules": dict(sorted(by_rule.items())),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if textacy_ok:
        report["textacy"] = {"recall": round(textacy_hit / all_gold, 4) if all_gold else 0.0, "system_pairs": textacy_sys}
    else:
        report["textacy"] = None
    return report


def format_relations_report(report: dict[str, Any]) -> str:
    lines = [
        f"ReRelEM relations: {report['file']} ({report['documents']} documents, {report.get('mentions', 'system')} mentions,"
        f" {report['seconds']} s)",
        f"{'type':<18} {'P':>6} {'R':>6} {'F':>6} {'tp':>5} {'sys':>5} {'gold':>5}",
    ]
    for t, s in report["per_type"].items():
        lines.append(
            f"{t:<18} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['tp']:>5} {s['system']:>5} {s['gold']:>5}"
        )
    m = report["micro"]
    lines.append(
        f"{'micro (mapped)':<18} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} {m['tp']:>5} {m['system']:>5} {m['gold']:>5}"
    )
    lines.append(f"recall over all {report['all_gold']} non-ident gold relations (typed): {report['all_types_recall']:.3f}")
    lines.append(
        f"untyped recall (any relation of ours between the two entities): {report['untyped']['recall']:.3f}"
        f" ({report['untyped']['system_pairs']} pairs)"
    )
    tx = report.get("textacy")
    if tx is None:
        lines.append("textacy SVO triples: not installed")
    else:
        lines.append(f"textacy SVO triples, untyped recall: {tx['recall']:.3f} ({tx['system_pairs']} pairs)")
    lines.append("relations by rule: " + ", ".join(f"{k}={v}" for k, v in report["rules"].items()))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------
# The corpus gold
# --------------------------------------------------------------------------------------


INVERSE = {"authorOf": "createdBy", "hasPart": "partOf", "hasParticipant": "participantIn", "foundedBy": "founded", "hasMember": "memberOf"}
SYMMETRIC_PROPERTIES = frozenset({"allyOf", "foughtAgainst", "relativeOf", "spouseOf"})


def _key(s: str, p: str, o: str, polarity: bool) -> tuple[str, str, str, bool]:
    """One spelling per fact: inverse properties turned around, symmetric ones sorted."""
    if p in INVERSE:
        s, p, o = o, INVERSE[p], s
    if p in SYMMETRIC_PROPERTIES:
        s, o = sorted((s, o))
    return s, p, o, polarity


def _read_gold(path: Path) -> list[dict[str, Any]]:
    lines = read_text(path, "gold file").splitlines()
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not valid JSON: {exc.msg}") from None
    return out


def evaluate_gold_relations(
    path: str | Path, nlp, *, corpus: str | Path | None = None, oracle_mentions: bool = False
) -> dict[str, Any]:
    """P/R/F of (subject, predicate, object, polarity) against ``corpus/gold/gold.jsonl``.

    Our entities are mapped onto gold entity ids through the offsets of the mentions the
    relation's evidence names; inverse properties (``authorOf``/``createdBy``) are one fact and
    symmetric ones (``allyOf``) are unordered. Open relations (``rel:...``) are not scored; quotations are
    scored against the gold ``stated`` relations by author. With ``oracle_mentions`` the gold
    mentions replace the NER and the gazetteer.
    """
    from teia.extract.reader import SourceFile, read_document

    gold_path = Path(path)
    root = Path(corpus) if corpus is not None else gold_path.parent.parent
    tp = n_sys = n_gold = 0
    q_tp = q_sys = q_gold = 0
    per_doc = {}
    misses: list[str] = []
    extras: list[str] = []
    for g in _read_gold(gold_path):
        doc_path = root / g["doc"]
        if not doc_path.is_file():
            raise InputError(f"{doc_path}: gold document not found")
        document = read_document(SourceFile(doc_path, g["doc"]))
        oracle = None
        if oracle_mentions:
            oracle = [(m["start"], m["end"], m["category"]) for m in g["mentions"] if m.get("entity")]
        _, ex = _run(nlp, document, oracle)
        spans = sorted((m["start"], m["end"], m["entity"]) for m in g["mentions"] if m.get("entity"))

        def gold_entity(start: int, end: int) -> str | None:
            best, overlap = None, 0
            for s, e, eid in spans:
                o = min(e, end) - max(s, start)
                if o > overlap:
                    best, overlap = eid, o
            return best

        gold = {
            _key(r["subject"], r["predicate"], r["object"], r.get("polarity", True))
            for r in g["relations"]
            if r["predicate"] != "stated" and r.get("object")
        }
        system = set()
        for r in ex.relations:
            if r.predicate.startswith("rel:"):
                continue
            s = gold_entity(r.evidence.subject_start, r.evidence.subject_end)
            o = gold_entity(r.evidence.object_start, r.evidence.object_end)
            if s and o and s != o:
                system.add(_key(s, r.predicate, o, r.polarity))
        hit = gold & system
        tp, n_sys, n_gold = tp + len(hit), n_sys + len(system), n_gold + len(gold)
        misses += [f"{g['doc']}: {' '.join(map(str, x))}" for x in sorted(gold - system, key=str)]
        extras += [f"{g['doc']}: {' '.join(map(str, x))}" for x in sorted(system - gold, key=str)]
        gq = {r["subject"] for r in g["relations"] if r["predicate"] == "stated"}
        sq = {gold_entity(q.evidence.subject_start, q.evidence.subject_end) for q in ex.quotations} - {None}
        q_tp, q_sys, q_gold = q_tp + len(gq & sq), q_sys + len(sq), q_gold + len(gq)
        per_doc[g["doc"]] = _prf(len(hit), len(system), len(gold))
    return {
        "file": str(gold_path),
        "mentions": "gold (oracle)" if oracle_mentions else "system",
        "micro": _prf(tp, n_sys, n_gold),
        "quotations": _prf(q_tp, q_sys, q_gold),
        "per_doc": per_doc,
        "missed": misses,
        "spurious": extras,
    }


def format_gold_relations_report(report: dict[str, Any], *, details: bool = True) -> str:
    m, q = report["micro"], report["quotations"]
    lines = [
        f"corpus gold relations: {report['file']} ({report.get('mentions', 'system')} mentions)",
        f"{'document':<34} {'P':>6} {'R':>6} {'F':>6} {'tp':>4} {'sys':>4} {'gold':>4}",
    ]
    for d, s in report["per_doc"].items():
        lines.append(f"{d:<34} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['tp']:>4} {s['system']:>4} {s['gold']:>4}")
    lines.append(f"{'micro':<34} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} {m['tp']:>4} {m['system']:>4} {m['gold']:>4}")
    lines.append(f"{'quotations (by author)':<34} {q['precision']:>6.3f} {q['recall']:>6.3f} {q['f1']:>6.3f} {q['tp']:>4} {q['system']:>4} {q['gold']:>4}")
    if details:
        lines += ["missed:"] + [f"  {x}" for x in report["missed"]]
        lines += ["spurious:"] + [f"  {x}" for x in report["spurious"]]
    return "\n".join(lines)
