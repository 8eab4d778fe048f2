"""Evaluation of :func:`teia.extract.timex.find_times` on the HAREM TEMPO track.

The gold file is a HAREM collection (``<colHAREM>``) of ``<DOC DOCID=...>`` documents whose
paragraphs (``<P>``) contain ``<EM CATEG="TEMPO" TIPO=... VAL_NORM=...>`` mentions.

* **Plain text.** Each document is rebuilt as plain text: every run of XML whitespace becomes
  one space, paragraphs are separated by a newline, entities (``&quot;``...) are decoded. Gold
  offsets are taken in that text.
* ``<ALT>a | b</ALT>``: the text of the first alternative is used; the scorer keeps, for each
  ALT, the alternative that agrees best with the system (as in HAREM's own scoring).
* ``<OMITIDO>``: mentions inside are not gold, and system expressions overlapping an omitted
  region are ignored.

Scores (``TEMPO_CALEND`` against system ``kind == "date"``; ``DURACAO``/``FREQUENCIA`` against
``"duration"``/``"frequency"``) are given for exact span match (case-insensitive) and for
overlap match (one-to-one, largest overlap first). The **headline is overlap match**: HAREM's
boundaries around prepositions are not uniform (``"de 2008"`` but ``"2008"``, ``"a partir do dia
1 de Janeiro"``), and an overlapping expression carries the same date.

Normalization accuracy is measured on gold ``TEMPO_CALEND`` / ``ABSOLUTO`` mentions with a
non-empty ``VAL_NORM`` that is a date, among those matched (overlap) by a system expression.
``VAL_NORM`` is ``±YYYYMMDDThhmmE..L..X``: eight date characters where ``-`` marks an unknown
part, a time part, and trailing flags (``P`` "from", ``A`` "until") that we ignore. It is
converted to our values: ``+1997----`` -> ``1997``, ``+200401--`` -> ``2004-01``,
``+20071123`` -> ``2007-11-23``, ``+----0102`` -> ``--01-02``, ``+----12--`` -> ``--12``; a
value with only a time of day is not a date and is skipped. A gold value without a year is
compared with the month (and day) of ours, because we complete the year from the document.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from teia.errors import InputError
from teia.eval.harem_xml import HaremMention, read_harem
from teia.eval.matching import one_to_one
from teia.extract.timex import find_times

__all__ = ["evaluate_tempo", "format_report", "parse_harem", "val_norm_to_iso", "GoldDoc", "GoldMention"]


@dataclass
class GoldMention:
    start: int
    end: int
    text: str
    tipo: str
    subtipo: str = ""
    ref: str = ""
    val_norm: str = ""


@dataclass
class GoldDoc:
    id: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)
    alts: list[list[list[GoldMention]]] = field(default_factory=list)
    omitted: list[tuple[int, int]] = field(default_factory=list)


# --------------------------------------------------------------------------------------
# VAL_NORM
# --------------------------------------------------------------------------------------

_VAL = re.compile(r"^[+-]?(?P<y>\d{4}|-{4})(?P<m>\d{2}|--)(?P<d>\d{2}|--)T")


def val_norm_to_iso(val: str) -> str:
    """Convert a HAREM ``VAL_NORM`` to our value format; ``""`` when it is not a date."""
    m = _VAL.match(val or "")
    if not m:
        return ""
    y, mo, d = m["y"], m["m"], m["d"]
    if "-" in y:
        if "-" in mo:
            return ""
        return f"--{mo}-{d}" if "-" not in d else f"--{mo}"
    if "-" in mo:
        return y
    if "-" in d:
        return f"{y}-{mo}"
    return f"{y}-{mo}-{d}"


# --------------------------------------------------------------------------------------
# Reading the XML
# --------------------------------------------------------------------------------------

def _tempo_attrs(m: HaremMention) -> tuple[str, str, str, str] | None:
    categs = m.categ.split("|")
    if "TEMPO" not in categs:
        return None
    i = categs.index("TEMPO")

    def pick(value: str) -> str:
        vals = value.split("|")
        return vals[i] if i < len(vals) else vals[0]

    return pick(m.tipo), pick(m.subtipo), pick(m.tempo_ref), m.val_norm


def parse_harem(path: str | Path) -> list[GoldDoc]:
    """Read a HAREM XML file (:func:`teia.eval.harem_xml.read_harem`) into documents with their
    gold TEMPO mentions; omitted regions start after the space pending at ``<OMITIDO>``."""
    docs = []
    for hd in read_harem(path, omitted_start="after_space"):
        doc = GoldDoc(id=hd.id, text=hd.text.rstrip(), omitted=list(hd.omitted))
        by_alt: dict[tuple[int, int], list[GoldMention]] = {}
        for m in hd.mentions:
            info = _tempo_attrs(m)
            if info is None or m.omitted:
                continue
            gm = GoldMention(m.start, m.end, m.text, *info)
            if m.alt is None:
                doc.mentions.append(gm)
            else:
                by_alt.setdefault(m.alt, []).append(gm)
        for g, n in enumerate(hd.alternatives):
            groups = [by_alt.get((g, k), []) for k in range(n)]
            if any(groups):
                doc.alts.append(groups)
        docs.append(doc)
    return docs


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(gold: list[tuple[int, int]], system: list[tuple[int, int]], exact: bool) -> list[tuple[int, int]]:
    """One-to-one matching; returns (gold index, system index) pairs."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if exact:
                if g == s:
                    pairs.append((g[1] - g[0], gi, si))
            else:
                ov = _overlap(g, s)
                if ov:
                    pairs.append((ov, gi, si))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return one_to_one(pairs)


def _prf(tp: int, n_sys: int, n_gold: int) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "system": n_sys, "gold": n_gold, "precision": p, "recall": r, "f1": f}


_TYPES = (("calendar", "TEMPO_CALEND", "date"), ("duration", "DURACAO", "duration"), ("frequency", "FREQUENCIA", "frequency"))


def _choose_alts(doc: GoldDoc, spans: list[tuple[int, int]]) -> list[GoldMention]:
    chosen: list[GoldMention] = []
    for groups in doc.alts:
        def score(ms: list[GoldMention]) -> tuple[int, int]:
            hit = sum(1 for g in ms if any(_overlap((g.start, g.end), s) for s in spans))
            return (2 * hit - len(ms), -len(ms))

        chosen.extend(max(groups, key=score))
    return chosen


def _same_value(got: str, want: str) -> bool:
    """Our value against a converted gold value; a gold value without a year compares the
    month (and day) only, since we complete the year from the document context."""
    if got == want:
        return True
    return want.startswith("--") and re.match(r"^\d{4}-", got) is not None and "--" + got[5:] == want


def evaluate_tempo(path: str | Path) -> dict:
    """Score :func:`find_times` on a HAREM TEMPO XML file; see the module docstring."""
    docs = parse_harem(path)
    counts = {name: {"exact": [0, 0, 0], "overlap": [0, 0, 0]} for name, _t, _k in _TYPES}
    norm_total = norm_ok = norm_gold = 0
    errors: list[dict] = []
    n_gold_tempo = 0
    for doc in docs:
        found = find_times(doc.text, doc.id)
        found = [t for t in found if not any(_overlap((t.start_char, t.end_char), o) for o in doc.omitted)]
        spans = [(t.start_char, t.end_char) for t in found]
        gold_all = doc.mentions + _choose_alts(doc, spans)
        n_gold_tempo += len(gold_all)
        for name, tipo, kind in _TYPES:
            gold = [g for g in gold_all if g.tipo == tipo]
            system = [t for t in found if t.kind == kind]
            gspans = [(g.start, g.end) for g in gold]
            sspans = [(t.start_char, t.end_char) for t in system]
            for mode in ("exact", "overlap"):
                tp = len(_match(gspans, sspans, mode == "exact"))
                c = counts[name][mode]
                c[0] += tp
                c[1] += len(system)
                c[2] += len(gold)
            if name == "calendar":
                matched = dict(_match(gspans, sspans, False))
                for gi, g in enumerate(gold):
                    want = val_norm_to_iso(g.val_norm) if g.ref == "ABSOLUTO" else ""
                    if want:
                        norm_gold += 1
                    if gi not in matched:
                        errors.append({"doc": doc.id, "type": "missed", "gold": g.text})
                        continue
                    t = system[matched[gi]]
                    if want:
                        norm_total += 1
                        if _same_value(t.value, want):
                            norm_ok += 1
                        else:
                            errors.append({"doc": doc.id, "type": "value", "gold": g.text, "want": want,
                                           "system": t.text, "got": t.value})
                hit = set(matched.values())
                for si, t in enumerate(system):
                    if si not in hit:
                        errors.append({"doc": doc.id, "type": "spurious", "system": t.text})
    result: dict = {"file": str(path), "documents": len(docs), "gold_tempo": n_gold_tempo, "headline": "overlap"}
    for name, _tipo, _kind in _TYPES:
        result[name] = {mode: _prf(*counts[name][mode]) for mode in ("exact", "overlap")}
    result["normalization"] = {
        "gold_with_value": norm_gold,
        "matched": norm_total,
        "correct": norm_ok,
        "accuracy": norm_ok / norm_total if norm_total else 0.0,
    }
    result["errors"] = errors
    return result


def format_report(result: dict) -> str:
    """A plain-text report of :func:`evaluate_tempo` for the CLI."""
    lines = [
        f"HAREM TEMPO evaluation: {result['file']}",
        f"documents: {result['documents']}  gold TEMPO mentions: {result['gold_tempo']}  "
        f"(headline: {result['headline']} match)",
        f"{'':<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'sys':>6}{'gold':>6}",
    ]
    labels = {"calendar": "TEMPO_CALEND", "duration": "DURACAO", "frequency": "FREQUENCIA"}
    for name, label in labels.items():
        for mode in ("overlap", "exact"):
            s = result[name][mode]
            lines.append(
                f"{label + ' ' + mode:<22}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
                f"{s['tp']:>6}{s['system']:>6}{s['gold']:>6}"
            )
    n = result["normalization"]
    lines.append(
        f"normalization accuracy (ABSOLUTO with VAL_NORM, matched): {n['accuracy']:.3f} "
        f"({n['correct']}/{n['matched']}; {n['gold_with_value']} gold with a value)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m teia.eval.tempo HAREM_TEMPO.xml [--errors]", file=sys.stderr)
        return 2
    try:
        result = evaluate_tempo(args[0])
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(format_report(result))
    if "--errors" in args:
        for e in result["errors"]:
            print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
