"""Every mention teia writes on a range of raw sentences in source order, with its sentence, to
read by hand, and a sample of one category drawn by a fixed seed (issue 17).

The range: MAC-MORPHO's sentences (``raw_corpus.mac_morpho``, its files in name order: ``ag``
0–2,773, ``br`` 2,774–8,425, ``co`` 8,426–14,323, ``di`` 14,324–20,599, ``es`` 20,600–26,062,
``fc`` 26,063–26,186, ``if`` 26,187–30,697, ``il`` 30,698–36,117, ``ma`` 36,118–48,591, ``mu``
48,592–50,944), LeNER-Br's training sentences (``--source lener``) or the Wikipedia sentences of
the DBpedia-PT relations (``--source wikipedia``, ``raw_corpus.wikipedia``, 0–97,304), sentences ``--start`` to
``--end`` of the source order, a sentence sharing an 8-gram with a held-out text or repeating one
already kept dropped (``raw_corpus.Filter`` over ``raw_corpus.held_out_texts``, as
``statement_dump.py`` filters). Each kept sentence is its own document, through the pipeline
``teia_ner_eval.py`` scores (the shipped one, the current checkout's rules, no relation
classifier), its mentions in HAREM I's convention and our labels
(``teia_ner_eval.mentions_of``: titles, names only, the calendar core of time expressions).

``--out`` (a TSV under the git-ignored ``logs/``: it quotes the text) gets one row a mention:
the sentence's index in the source order, the mention's characters, its label, its text and the
sentence. ``--sample N`` then writes to ``--sample-out`` N mentions of ``--label`` shuffled with
``random.Random(--seed)``, the first N; ``--skip K`` takes the N after the first K of that order.
``--rows DUMP.tsv`` draws from a dump already written instead of running the pipeline again.

    python mention_dump.py --data ../../shared/data --start 8426 --end 11400 --out logs/org-dev.tsv \\
        --label ORG --sample 150 --seed 64 --sample-out logs/org-dev-sample.tsv

Two dumps of one range (two checkouts) compare row by row: the mentions of one and not the other
are the change (``--compare OLD.tsv``: those rows printed, ``-`` before the old, ``+`` before the
new).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import raw_corpus  # noqa: E402  (the sentences and the held-out filter)
import teia_ner_eval  # noqa: E402  (teia's mentions in HAREM I's convention)

SOURCES = ("mac-morpho", "lener", "wikipedia")
HEADER = "sentence\tstart\tend\tlabel\tmention\ttext\n"


def range_sentences(data: Path, source: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """``(index in the source order, sentence)`` of sentences ``start`` to ``end`` (excluded) that
    the held-out filter keeps."""
    import spacy

    blank = spacy.blank("pt")
    flt = raw_corpus.Filter(lambda text: [t.text for t in blank.make_doc(text)], raw_corpus.held_out_texts(data))
    texts = {
        "mac-morpho": lambda: raw_corpus.mac_morpho(data),
        "lener": lambda: raw_corpus.lener(data, parts=("train",)),
        "wikipedia": lambda: raw_corpus.wikipedia(data),
    }[source]()
    for k, sent in enumerate(islice(texts, start, end), start):
        words = [t.text for t in blank.make_doc(sent) if not t.is_space]
        if words and flt.check(words) == "kept":
            yield k, sent


def read_rows(path: Path) -> list[tuple[str, ...]]:
    """The rows of a dump this script wrote (its header dropped); a file it cannot read is one
    line naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
    except OSError as err:
        sys.exit(f"mention_dump.py: error: {path}: cannot read it ({err.strerror or err})")
    except UnicodeDecodeError as err:
        sys.exit(f"mention_dump.py: error: {path}: not UTF-8 text (byte {err.start})")
    return [tuple(line.split("\t")) for line in lines if line]


def sample(rows: list[tuple[str, ...]], label: str, n: int, seed: int, skip: int = 0) -> list[tuple[str, ...]]:
    """``n`` rows of ``label`` (or of any of several labels, comma-separated: ``PER,ORG,LOC``)
    after the first ``skip`` of their order shuffled by ``seed``."""
    labels = set(label.split(","))
    chosen = [row for row in rows if row[3] in labels]
    random.Random(seed).shuffle(chosen)
    return chosen[skip : skip + n]


def compare(old: list[tuple[str, ...]], new: list[tuple[str, ...]]) -> list[str]:
    """The rows of one dump and not the other, by sentence (``-`` old, ``+`` new)."""
    a, b = set(old), set(new)
    changed = sorted(a ^ b, key=lambda r: (int(r[0]), int(r[1]), r in b))
    return [("+" if r in b else "-") + "\t" + "\t".join(r) for r in changed]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--source", choices=SOURCES, default="mac-morpho")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--end", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=HERE / "logs" / "mention-dump.tsv")
    ap.add_argument("--label", default="ORG", help="the label --sample draws (several, comma-separated: PER,ORG,LOC)")
    ap.add_argument("--sample", type=int, default=0, help="mentions of --label to draw")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--skip", type=int, default=0, help="draw after the first K of the shuffled order")
    ap.add_argument("--sample-out", type=Path, default=None)
    ap.add_argument("--compare", type=Path, default=None, help="an older dump of the same range")
    ap.add_argument("--rows", type=Path, default=None, help="draw --sample from this dump, no pipeline run")
    args = ap.parse_args(argv)
    if args.rows is not None:
        drawn = sample(read_rows(args.rows), args.label, args.sample, args.seed, args.skip)
        out = args.sample_out or args.rows.with_suffix(".sample.tsv")
        out.write_text(HEADER + "".join("\t".join(r) + "\n" for r in drawn), encoding="utf-8")
        return 0
    if not args.data.is_dir():
        print(f"error: data folder {args.data} not found (pass --data)", file=sys.stderr)
        return 2

    from teia.build.steps import BuildOptions, make_pipeline, pipeline_config
    from teia.extract.pipeline import make_doc
    from teia.records import Document

    nlp = make_pipeline(pipeline_config(BuildOptions()))
    sents = list(range_sentences(args.data, args.source, args.start, args.end))
    rows: list[tuple[str, ...]] = []
    docs = (make_doc(nlp, Document(f"{args.source}-{k}", text)) for k, text in sents)
    for (k, text), sdoc in zip(sents, nlp.pipe(docs, batch_size=32)):
        flat = text.replace("\t", " ")
        for start, end, label in teia_ner_eval.mentions_of(sdoc):
            rows.append((str(k), str(start), str(end), label, text[start:end], flat))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(sents)} sentences kept of {args.start}–{args.end}; {len(rows)} mentions, "
          f"{sum(r[3] in args.label.split(',') for r in rows)} {args.label}", file=sys.stderr)
    if args.sample:
        out = args.sample_out or args.out.with_suffix(".sample.tsv")
        drawn = sample(rows, args.label, args.sample, args.seed, args.skip)
        out.write_text(HEADER + "".join("\t".join(r) + "\n" for r in drawn), encoding="utf-8")
    if args.compare is not None:
        for line in compare(read_rows(args.compare), rows):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
