"""Score teia's mentions, the whole extraction and not the bare NER, on the HAREM I training
or dev documents (a development harness for the entity rules), and on the test documents their
figures only.

Each document of ``harem1-golden.txt`` of the chosen split (``convert.harem_split``: the split
the NER was trained and selected with) goes through the pipeline ``teia eval`` and ``teia build``
make (NER, gazetteer, mention refinement, time expressions...). Its mentions, in HAREM's
convention for titles (``teia.eval.harem.with_titles``), HAREM's names only (a role's unit named by a
common noun in lower case, ``o presidente do partido``, left out: ``system_mentions(names_only=True)``)
and the first HAREM's for time
expressions (``teia.eval.harem1``: the calendar core only, ``1960`` of ``em 1960``; no deictic
expressions, durations or frequencies), are matched to the gold mentions by
exact span and label, counted as ``training/evaluate.py`` counts the NER: a mention touching a
COISA/OUTRO/OMITIDO span is neither right nor wrong. The report gives P/R/F per label, the
micro-F over PER/ORG/LOC, over the five labels of ``evaluate.py`` (PER/ORG/LOC/DATE/VALUE),
over HAREM II's headline set (``teia.eval.harem.HEADLINE`` in our labels: PER/ORG/LOC/DATE/EVENT,
DATE holding teia's time expressions only) and over all, and the confusion of the wrong mentions: right span with another label (gold → ours),
and the rest by kind. ``--spans N`` adds the span errors (:func:`span_errors`; ``--span-labels``, PER,ORG,LOC by default):
each gold mention matched to the mentions of ours on the same words (ours wider or narrower,
by the words it has more or less before and after; a gold mention cut into several of ours;
several gold mentions joined in one of ours; shifted), missed and spurious mentions, grouped by
kind and by the words that differ, with the N most frequent of each kind (``--span-labels
DATE,EVENT`` for the time expressions and events).

    python teia_ner_eval.py --split dev [--data ../../shared/data] [--model M] [--json out.json] [--errors N] [--spans N]

``--split test`` is refused with any of the options that show mentions (``--errors``, ``--spans``,
``--json``): on the held-out test documents the harness gives the figures and nothing else (P/R/F per
label and the micro-F; no mention, no confusion, no span error), so that the graph's mentions can be
reported on documents no rule was written from, without reading them.

    python teia_ner_eval.py --split test --data ../../shared/data

``--source lener`` scores the same way on LeNER-Br (``raw-pt/lener-br/{train,dev}.conll.gz``, legal
text no NER of ours was trained on; its ``test`` split figures only, as HAREM I's): the file gives
sentences (a blank line after each) and no document boundary, so each run of ``--doc-sentences``
sentences in file order, joined by line breaks, is one document (:func:`lener_documents`). Its
PESSOA, ORGANIZACAO and LOCAL are scored as PER, ORG and LOC; its TEMPO, LEGISLACAO and
JURISPRUDENCIA are another convention (a date with its day of the week, a law's number, a ruling's
citation) and are missing spans: a mention of ours touching one is not scored, neither right nor
wrong. LeNER-Br leaves a person's title out of the name (``Ministro`` / ``Luiz Fux``), as teia does,
so its mentions are scored as teia makes them, without HAREM's title convention.

    python teia_ner_eval.py --source lener --split train --data ../../shared/data [--spans 50]

``--ner-only`` scores the NER's own entities (the pipeline up to ``ner``, no gazetteer or rule),
with either source.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import convert  # noqa: E402  (the HAREM reader and split shared with the converter)
import raw_corpus  # noqa: E402  (the LeNER-Br reader shared with the raw corpus)
from evaluate import MICRO_LABELS as FIVE, prf  # noqa: E402  (the NER scores: the five labels, P/R/F)

HERE = Path(__file__).resolve().parent
SPLITS = ("train", "dev")
HELD_OUT = "test"
SHOWS_MENTIONS = ("errors", "spans", "json")
THREE = ("PER", "ORG", "LOC")
SOURCES = {"harem": "HAREM I", "lener": "LeNER-Br"}
DOC_SENTENCES = 50
LENER_SCORED = ("PESSOA", "ORGANIZACAO", "LOCAL")  # HAREM's categories, which LeNER-Br shares


def split_documents(text: str, split: str, *, held_out: bool = False) -> list[convert.HaremDoc]:
    """The documents of one split of a HAREM I collection, in DOCID order. Raises ValueError for
    any split but ``train`` and ``dev``, or ``test`` as well when ``held_out`` says the caller shows
    figures only."""
    if split not in SPLITS and not (held_out and split == HELD_OUT):
        raise ValueError(f"split {split!r} refused: only {' and '.join(SPLITS)} (the test documents are held out)")
    docs = convert.read_harem(text)
    which = convert.harem_split([d.docid for d in docs])
    return sorted((d for d in docs if which[d.docid] == split), key=lambda d: d.docid)


def harem1_documents(data: Path, split: str) -> list[convert.HaremDoc]:
    """The whole documents of HAREM I's ``train`` or ``dev`` split (``harem/harem1-golden.txt``
    under the shared data folder ``data``), in DOCID order, for the tools that show their text
    (``statement_dump.py``, ``relation_gaps.py``). Any other split, ``test`` included, raises
    ValueError before the file is read."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r} refused: only {' and '.join(SPLITS)} (the test documents are held out)")
    return split_documents((data / "harem" / "harem1-golden.txt").read_text(encoding="utf-8"), split)


def lener_documents(data: Path, split: str, *, held_out: bool = False, per_doc: int = DOC_SENTENCES) -> list[convert.HaremDoc]:
    """LeNER-Br's ``train`` or ``dev`` split (``test`` as well when ``held_out`` says the caller
    shows figures only; any other split raises ValueError before the file is read) as documents of
    ``per_doc`` consecutive sentences, their words joined as :func:`raw_corpus.join_words_at` joins
    them, a line break between sentences. The gold spans: PESSOA, ORGANIZACAO and LOCAL in our
    labels, every other category (TEMPO, LEGISLACAO, JURISPRUDENCIA) a missing span (label None).
    An ``I-`` tag continues the mention before it when it has the same category, and opens one
    otherwise."""
    if split not in SPLITS and not (held_out and split == HELD_OUT):
        raise ValueError(f"split {split!r} refused: only {' and '.join(SPLITS)} (the test documents are held out)")
    if per_doc < 1:
        raise ValueError(f"per_doc must be at least 1, not {per_doc}")
    ours = _our_labels()
    docs: list[convert.HaremDoc] = []
    sents = list(raw_corpus.lener_sentences(data, split))
    for k in range(0, len(sents), per_doc):
        doc = convert.HaremDoc(f"lener-{split}-{k // per_doc:04d}", "")
        text: list[str] = []
        offset = 0
        for sent in sents[k : k + per_doc]:
            line, starts = raw_corpus.join_words_at([w for w, _ in sent])
            found: list[list] = []  # [start, end, category] of each mention
            current: list | None = None  # the mention an I- tag continues
            for (word, tag), at in zip(sent, starts):
                kind, _, cat = tag.partition("-")
                start, end = offset + at, offset + at + len(word)
                if kind == "I" and current is not None and current[2] == cat:
                    current[1] = end
                elif kind in ("B", "I"):
                    current = [start, end, cat]
                    found.append(current)
                else:
                    current = None
            doc.spans.extend((s, e, ours[c] if c in LENER_SCORED else None) for s, e, c in found)
            text.append(line)
            offset += len(line) + 1
        doc.text = "\n".join(text)
        docs.append(doc)
    return docs


@dataclass
class Gold:
    """The scored gold mentions of one document and the spans that count as missing."""

    mentions: set[tuple[int, int, str]] = field(default_factory=set)
    missing: list[tuple[int, int]] = field(default_factory=list)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def gold_of(doc: convert.HaremDoc) -> Gold:
    """As the converter does: COISA/OUTRO/OMITIDO spans (label None) and mentions crossing a line
    break are missing; of overlapping mentions the longest wins, and one touching a missing span
    is dropped."""
    gold = Gold()
    labelled = []
    for s, e, label in doc.spans:
        s, e = _trim(doc.text, s, e)
        if s >= e:
            continue
        if label is None or "\n" in doc.text[s:e]:
            gold.missing.append((s, e))
        else:
            labelled.append((s, e, label))
    taken: list[tuple[int, int]] = list(gold.missing)
    for s, e, label in sorted(labelled, key=lambda x: (-(x[1] - x[0]), x[0])):
        if any(s < b and a < e for a, b in taken):
            continue
        gold.mentions.add((s, e, label))
        taken.append((s, e))
    return gold


@dataclass
class Counts:
    """tp/fp/fn per label, and the wrong mentions by kind."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold label, our label) on the same span
    kinds: Counter = field(default_factory=Counter)
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, text, ours, gold
    spans: list[SpanError] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in ("tp", "fp", "fn", "confusion", "kinds"):
            getattr(self, name).update(getattr(other, name))
        self.errors.extend(other.errors)
        self.spans.extend(other.spans)


@dataclass(frozen=True)
class SpanError:
    """One span error: its kind, the words that differ (``detail``, lowercased: what ours has more
    or less, the words between the pieces or the names joined, a missed or spurious mention's
    label and words), and the gold and our mentions as ``text/LABEL`` joined by `` | ``."""

    kind: str
    detail: str
    gold: str
    ours: str
    doc_id: str = ""
    labels: frozenset[str] = frozenset()  # the labels of the gold and our mentions involved


WIDER, NARROWER, SHIFTED = "ours wider", "ours narrower", "shifted"
CUT, JOINED, MISSED, SPURIOUS = "gold cut into several of ours", "several gold joined in one of ours", "missed", "spurious"


def _words(text: str) -> str:
    return " ".join(text.split()).lower()


def span_errors(
    text: str, gold: Gold, system: Iterable[tuple[int, int, str]], doc_id: str = ""
) -> list[SpanError]:
    """The span errors of one document, labels aside: a gold mention that no mention of ours has
    with the same boundaries, and a mention of ours with no gold mention on its words. A mention of
    ours touching a missing (COISA/OUTRO/OMITIDO) span is not counted, as in :func:`score_document`."""
    ours = sorted({(s, e, lab) for s, e, lab in system if not any(s < b and a < e for a, b in gold.missing)})
    golds = sorted(gold.mentions)
    exact = {(s, e) for s, e, _ in ours} & {(s, e) for s, e, _ in golds}

    def shown(items) -> str:
        return " | ".join(f"{text[s:e]}/{lab}" for s, e, lab in items)

    out: list[SpanError] = []
    for g in golds:
        if (g[0], g[1]) in exact:
            continue
        over = [o for o in ours if o[0] < g[1] and g[0] < o[1]]
        if not over:
            out.append(SpanError(MISSED, f"{g[2]} {_words(text[g[0] : g[1]])}", shown([g]), "", doc_id, frozenset([g[2]])))
        elif len(over) > 1:
            between = " ... ".join(_words(text[a[1] : b[0]]) or "·" for a, b in zip(over, over[1:]))
            out.append(SpanError(CUT, between, shown([g]), shown(over), doc_id, frozenset(x[2] for x in [g, *over])))
        else:
            o = over[0]
            if any(h[0] < o[1] and o[0] < h[1] for h in golds if h != g):
                continue  # ours spans several gold mentions: counted once, below
            (gs, ge), (os_, oe) = g[:2], o[:2]
            if os_ <= gs and ge <= oe:
                kind, before, after = WIDER, text[os_:gs], text[ge:oe]
            elif gs <= os_ and oe <= ge:
                kind, before, after = NARROWER, text[gs:os_], text[oe:ge]
            else:
                kind, before, after = SHIFTED, text[min(gs, os_) : max(gs, os_)], text[min(ge, oe) : max(ge, oe)]
            detail = " + ".join(p for p in (_words(before) and f"{_words(before)} <", _words(after) and f"> {_words(after)}") if p)
            out.append(SpanError(kind, detail, shown([g]), shown([o]), doc_id, frozenset([g[2], o[2]])))
    for o in ours:
        if (o[0], o[1]) in exact:
            continue
        over = [g for g in golds if g[0] < o[1] and o[0] < g[1]]
        if not over:
            out.append(SpanError(SPURIOUS, f"{o[2]} {_words(text[o[0] : o[1]])}", "", shown([o]), doc_id, frozenset([o[2]])))
        elif len(over) > 1:
            between = " ... ".join(_words(text[a[1] : b[0]]) or "·" for a, b in zip(over, over[1:]))
            out.append(SpanError(JOINED, between, shown(over), shown([o]), doc_id, frozenset(x[2] for x in [o, *over])))
    return out


def span_summary(errors: Sequence[SpanError], labels: Iterable[str] | None = None) -> dict:
    """``{kind: {"n": count, "details": {detail: count}}}``, kinds and details most frequent first;
    with ``labels``, only the errors involving a mention (gold or ours) of one of them."""
    wanted = None if labels is None else frozenset(labels)
    by_kind: dict[str, Counter] = {}
    for err in errors:
        if wanted is not None and not err.labels & wanted:
            continue
        by_kind.setdefault(err.kind, Counter())[err.detail] += 1
    return {
        kind: {"n": sum(c.values()), "details": dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))}
        for kind, c in sorted(by_kind.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    }


def score_document(text: str, gold: Gold, system: Iterable[tuple[int, int, str]], doc_id: str = "") -> Counts:
    """Exact-match counts of one document's mentions ``(start, end, label)`` against its gold."""
    counts = Counts()
    left = set(gold.mentions)
    by_span = {(s, e): label for s, e, label in gold.mentions}
    scored = []
    for s, e, label in sorted(set(system)):
        if any(s < b and a < e for a, b in gold.missing):
            continue
        scored.append((s, e, label))
    for s, e, label in scored:
        if (s, e, label) in left:
            counts.tp[label] += 1
            left.discard((s, e, label))
            continue
        counts.fp[label] += 1
        other = by_span.get((s, e))
        over = sorted(g for g in gold.mentions if g[0] < e and s < g[1])
        if other is not None:
            counts.confusion[(other, label)] += 1
            kind = "right span, other label"
            shown = other
        elif not over:
            kind = "no gold mention there"
            shown = "-"
        elif any(g[2] == label for g in over):
            kind = "same label, other boundaries"
            shown = ", ".join(f"{text[g[0]:g[1]]}/{g[2]}" for g in over)
        else:
            kind = "other label, other boundaries"
            shown = ", ".join(f"{text[g[0]:g[1]]}/{g[2]}" for g in over)
        counts.kinds[kind] += 1
        counts.errors.append((doc_id, text[s:e], label, shown))
    for s, e, label in left:
        counts.fn[label] += 1
        if not any(s < b and a < e for a, b, _ in scored):
            counts.kinds["gold mention with no mention touching it"] += 1
    counts.spans = span_errors(text, gold, scored, doc_id)
    return counts


def _micro_groups(labels: Sequence[str] = ()) -> list[tuple[str, Sequence[str]]]:
    head = headline_labels()
    groups = [("micro_PER_ORG_LOC", THREE), ("micro_" + "_".join(FIVE), FIVE), ("micro_headline_" + "_".join(head), head)]
    return groups + [("micro_all", labels)]


def summary(counts: Counts) -> dict:
    labels = sorted(set(counts.tp) | set(counts.fp) | set(counts.fn))
    out: dict = {"per_label": {lab: prf(counts.tp[lab], counts.fp[lab], counts.fn[lab]) for lab in labels}}
    for name, group in _micro_groups(labels):
        out[name] = prf(*(sum(c[lab] for lab in group) for c in (counts.tp, counts.fp, counts.fn)))
    out["confusion"] = {f"{g}->{o}": n for (g, o), n in sorted(counts.confusion.items(), key=lambda kv: (-kv[1], kv[0]))}
    out["kinds"] = dict(sorted(counts.kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    return out


def _our_labels() -> dict[str, str]:
    """HAREM category → our label (``teia.categories.HAREM_OF`` read the other way)."""
    from teia.categories import HAREM_OF

    return {harem: label for label, harem in HAREM_OF.items()}


def headline_labels() -> tuple[str, ...]:
    """The labels of HAREM II's headline micro-F (``teia.eval.harem.HEADLINE``) in ours:
    PER, ORG, LOC, DATE (teia's time expressions, the graph's time nodes) and EVENT."""
    from teia.eval.harem import HEADLINE

    ours = _our_labels()
    return tuple(ours[c] for c in HEADLINE)


def mentions_of(sdoc, *, titles: bool = True) -> list[tuple[int, int, str]]:
    """The mentions of a Doc teia processed, ``(start char, end char, label)`` in our labels, as
    HAREM I annotates them (titles, the calendar core of time expressions, names only); with
    ``titles`` false, without HAREM's title convention (:func:`teia.eval.harem.with_titles`)."""
    from teia.eval.harem import system_mentions, with_titles
    from teia.eval.harem1 import with_harem1_times

    ours = _our_labels()
    mentions = with_harem1_times(sdoc.text, system_mentions(sdoc, names_only=True), sdoc._.teia_times or ())
    if titles:
        mentions = with_titles(sdoc.text, mentions)
    return [(m.start, m.end, ours[m.category]) for m in mentions if m.category in ours]


def system_of(nlp, doc: convert.HaremDoc, *, titles: bool = True, ner_only: bool = False) -> list[tuple[int, int, str]]:
    """teia's mentions of one document, in our labels, with HAREM's title convention unless
    ``titles`` is false; with ``ner_only``, the NER's own entities instead (the pipeline's
    components after ``ner`` not run)."""
    from teia.extract.pipeline import make_doc
    from teia.records import Document

    if ner_only:
        after = nlp.pipe_names[nlp.pipe_names.index("ner") + 1 :]
        with nlp.select_pipes(disable=after):
            sdoc = nlp(make_doc(nlp, Document(doc.docid, doc.text)))
        return [(e.start_char, e.end_char, e.label_) for e in sdoc.ents]
    return mentions_of(nlp(make_doc(nlp, Document(doc.docid, doc.text))), titles=titles)


def evaluate(docs: Sequence[convert.HaremDoc], nlp, *, titles: bool = True, ner_only: bool = False) -> Counts:
    total = Counts()
    for doc in docs:
        system = system_of(nlp, doc, titles=titles, ner_only=ner_only)
        total.add(score_document(doc.text, gold_of(doc), system, doc.docid))
    return total


def format_report(
    split: str, n_docs: int, result: dict, *, figures_only: bool = False, source: str = "harem", ner_only: bool = False
) -> str:
    whose = "the NER's entities" if ner_only else "teia mentions"
    lines = [f"{SOURCES[source]} {split} ({n_docs} documents), {whose}, exact spans", "label      P      R      F   (tp/fp/fn)"]
    for lab, v in result["per_label"].items():
        lines.append(f"  {lab:8} {v['p']:.3f}  {v['r']:.3f}  {v['f']:.3f}  ({v['tp']}/{v['fp']}/{v['fn']})")
    for key, _ in _micro_groups():
        v = result[key]
        lines.append(f"  {key:36} P={v['p']:.3f} R={v['r']:.3f} F={v['f']:.3f} ({v['tp']}/{v['fp']}/{v['fn']})")
    if figures_only:
        return "\n".join(lines)
    lines.append("wrong label on the right span (gold->ours): " + ", ".join(f"{k} {n}" for k, n in result["confusion"].items()))
    lines.append("errors by kind: " + ", ".join(f"{k} {n}" for k, n in result["kinds"].items()))
    return "\n".join(lines)


def format_spans(summary_: dict, top: int, examples: Sequence[SpanError] = ()) -> str:
    """The span errors by kind, the ``top`` most frequent details of each, with one example each."""
    first: dict[tuple[str, str], SpanError] = {}
    for err in examples:
        first.setdefault((err.kind, err.detail), err)
    lines = ["span errors, by kind and the words that differ:"]
    for kind, v in summary_.items():
        lines.append(f"  {kind} {v['n']}")
        for detail, n in list(v["details"].items())[:top]:
            ex = first.get((kind, detail))
            where = f"   gold: {ex.gold or '-'}  ours: {ex.ours or '-'}" if ex is not None else ""
            lines.append(f"    {n:4}  {detail!r}{where}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", required=True, help="train or dev; test gives the figures only")
    ap.add_argument("--source", choices=tuple(SOURCES), default="harem", help="HAREM I (default) or LeNER-Br")
    ap.add_argument("--doc-sentences", type=int, default=DOC_SENTENCES, help="LeNER-Br: sentences a document")
    ap.add_argument("--ner-only", action="store_true", help="score the NER's own entities, no rule")
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the shipped one; 'blank': rules only)")
    ap.add_argument("--limit", type=int, default=None, help="score the first N documents of the split")
    ap.add_argument("--json", type=Path, default=None, help="write the scores (and the wrong mentions) here")
    ap.add_argument("--errors", type=int, default=0, help="print the first N wrong mentions")
    ap.add_argument("--spans", type=int, default=0, help="print the span errors by kind, N details a kind")
    ap.add_argument("--span-labels", default="PER,ORG,LOC", help="span errors involving these labels ('all': every label)")
    ap.add_argument(
        "--type-model", default=None, metavar="on|off|FILE",
        help="the type model of teia_entities (teia.extract.mention_types): on (the shipped file), off, or this file",
    )
    args = ap.parse_args(argv)
    held_out = args.split == HELD_OUT
    if args.split not in SPLITS and not held_out:
        print(f"error: split {args.split!r} refused: only train, dev and test", file=sys.stderr)
        return 2
    shown = [f"--{name}" for name in SHOWS_MENTIONS if getattr(args, name)]
    if held_out and shown:
        print(f"error: {' and '.join(shown)} refused with --split test (the test documents are held out: figures only)", file=sys.stderr)
        return 2
    if args.source == "lener":
        path = args.data / "raw-pt" / "lener-br" / f"{args.split}.conll.gz"
    else:
        path = args.data / "harem" / "harem1-golden.txt"
    if not path.is_file():
        print(f"error: {path} not found (pass --data)", file=sys.stderr)
        return 2
    if args.source == "lener":
        docs = lener_documents(args.data, args.split, held_out=held_out, per_doc=args.doc_sentences)[: args.limit]
    else:
        docs = split_documents(path.read_text(encoding="utf-8"), args.split, held_out=held_out)[: args.limit]

    from teia.build.steps import BuildOptions, make_pipeline, pipeline_config

    nlp = make_pipeline(pipeline_config(BuildOptions(model=args.model)))
    if args.type_model is not None:
        grouper = nlp.get_pipe("teia_entities")
        grouper.type_model = args.type_model != "off"
        grouper.type_model_path = "" if args.type_model in ("on", "off") else args.type_model
    counts = evaluate(docs, nlp, titles=args.source == "harem", ner_only=args.ner_only)
    result = summary(counts)
    span_labels = None if args.span_labels == "all" else args.span_labels.split(",")
    result["spans"] = span_summary(counts.spans, span_labels)
    print(format_report(args.split, len(docs), result, figures_only=held_out, source=args.source, ner_only=args.ner_only))
    if args.spans:
        print(format_spans(result["spans"], args.spans, counts.spans))
    for doc_id, text, ours, gold in counts.errors[: args.errors]:
        print(f"  {doc_id}\t{text!r}\t{ours}\tgold: {gold}")
    if args.json is not None:
        result["errors"] = [list(e) for e in counts.errors]
        result["span_errors"] = [[e.doc_id, e.kind, e.detail, e.gold, e.ours] for e in counts.spans]
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
