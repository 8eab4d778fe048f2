"""Silver NER data from teia's own mentions: the NER taught by the rules on top of it (issue 17).

teia's extraction (the shipped ``pt_teia`` plus the entity rules, time expressions...) runs over
raw Portuguese sentences no held-out text shares an 8-gram with, and the mentions it writes, in
HAREM I's convention (``teia_ner_eval.mentions_of``: titles, the calendar core of time
expressions, names only) and mapped onto the NER's labels, become silver NER docs, one per
sentence, in a fixed order:

* MAC-MORPHO news and the Wikipedia sentences alternately (``--chunk`` consecutive news
  sentences, run through teia as one document so its document-wide rules see their article,
  then as many Wikipedia sentences, each its own document), then LeNER-Br, then Machado (whose
  dialogue is least like HAREM's texts);
* a sentence is skipped when it repeats one already taken or shares an 8-gram of lower-cased
  tokens with a held-out text (``raw_corpus.held_out_texts``) or with a text the NER is selected
  on (HAREM I dev documents, Paramopama dev, the WikiANN dev sentences ``convert.py`` keeps), so
  that choosing the number of silver docs on dev stays fair.

Which words are ``O``: teia's output is trusted to be complete where the rules decided.

* a word inside a mention carries its label (of overlapping mentions the longest);
* a word the NER tagged as a name (PER, ORG, LOC, EVENT, WORK, CONCEPT, or a gazetteer name in
  ``doc.ents``) that no mention of teia touches was rejected by the rules: ``O``;
* any other word follows ``convert._ner_doc`` for a corpus that annotates only some categories: a
  capitalized word, a word with a digit, a month or weekday name and a connector between such
  words are *missing* (the rules may have missed a name or a value there); lower-case words are
  ``O``; a word a mention covers only in part is missing.

    python teia_silver.py --data ../../shared/data --limit 12000 --out corpus/teia-silver.spacy [--model M]
    python teia_silver.py ... --skip 3000 --limit 3000 --out corpus/teia-silver-b.spacy   # the next 3,000
    python silver.py --combine corpus/ner-train.spacy --silver corpus/teia-silver.spacy \\
        --silver-docs 4000 --out corpus/ner-train-teia-silver-4000.spacy

The docs of the output are in the order above, so ``--silver-docs N`` takes the first N.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

sys.path.insert(0, str(Path(__file__).resolve().parent))
import convert  # noqa: E402  (HAREM reader and splits, the missing-word rule)
import raw_corpus  # noqa: E402  (the raw sources and the held-out filter)
import teia_ner_eval  # noqa: E402  (teia's mentions in HAREM I's convention, our labels)

from teia.build.steps import BuildOptions, make_pipeline, pipeline_config  # noqa: E402
from teia.extract.pipeline import process  # noqa: E402
from teia.records import Document  # noqa: E402

NAME_LABELS = frozenset({"PER", "ORG", "LOC", "EVENT", "WORK", "CONCEPT", "MISC"})
"""NER labels whose entity, when no mention of teia touches it, the rules rejected (a DATE or a
VALUE the rules leave out may be a time expression in another convention: not trusted)."""


def dev_texts(data: Path) -> Iterator[str]:
    """The texts the NER candidates are chosen on (``corpus/ner-dev.spacy``'s sources)."""
    yield from raw_corpus.harem_texts(data, "dev")
    yield from raw_corpus.paramopama_texts(data, "dev")
    text = (data / "ner" / "wikiann-pt" / "dev.iob2").read_text(encoding="utf-8")
    for toks, _ in islice(convert.read_columns(text), 1000):
        yield " ".join(toks)


def documents(data: Path, flt: raw_corpus.Filter, tokenize, chunk: int) -> Iterator[tuple[str, list[str]]]:
    """``(source, sentences)`` documents in the fixed order of the module docstring; each
    sentence passed ``flt``."""

    def kept(sents: Iterable[str]) -> Iterator[str]:
        for sent in sents:
            words = [w for w in tokenize(sent) if not w.isspace()]
            if words and flt.check(words) == "kept":
                yield sent

    news = kept(raw_corpus.mac_morpho(data))
    wiki = kept(raw_corpus.wikipedia(data))
    while True:
        a = list(islice(news, chunk))
        if a:
            yield "mac-morpho", a
        b = list(islice(wiki, chunk))
        for sent in b:
            yield "wikipedia", [sent]
        if not a and not b:
            break
    for sents, name, size in ((raw_corpus.lener(data), "lener-br", chunk), (raw_corpus.machado(data), "machado", chunk)):
        it = kept(sents)
        while group := list(islice(it, size)):
            yield name, group


def _tokens_within(sdoc: Doc, start: int, end: int) -> list:
    return [t for t in sdoc if start <= t.idx and t.idx + len(t) <= end]


def silver_doc(vocab: Vocab, sdoc: Doc, start: int, end: int,
               mentions: list[tuple[int, int, str]]) -> tuple[Doc, int]:
    """The silver doc of the sentence ``sdoc.text[start:end]`` and how many words the rules'
    rejections made ``O``."""
    toks = _tokens_within(sdoc, start, end)
    words = [t.text for t in toks]
    by_char = {t.idx: k for k, t in enumerate(toks)}
    ends = {t.idx + len(t): k + 1 for k, t in enumerate(toks)}
    spans: list[tuple[int, int, str]] = []
    partial: set[int] = set()
    taken = [False] * len(toks)
    inside = [(s, e, lab) for s, e, lab in mentions if start <= s and e <= end]
    for s, e, lab in sorted(inside, key=lambda m: (-(m[1] - m[0]), m[0])):
        a, b = by_char.get(s), ends.get(e)
        covered = [k for k, t in enumerate(toks) if t.idx < e and s < t.idx + len(t)]
        if a is None or b is None or any(taken[k] for k in range(a, b)):
            partial.update(k for k in covered if not taken[k])
            continue
        spans.append((a, b, lab))
        for k in range(a, b):
            taken[k] = True
    rejected: set[int] = set()
    for ent in sdoc.ents:
        if ent.label_ not in NAME_LABELS or ent.start_char < start or ent.end_char > end:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e, _ in mentions):
            continue
        rejected.update(k for k, t in enumerate(toks) if ent.start_char <= t.idx < ent.end_char)
    spans.sort()
    doc = convert._ner_doc(vocab, words, spans, months_too=True)
    tags = [t.ent_iob_ for t in doc]
    outside = [k for k in range(len(doc)) if (tags[k] == "O" or k in rejected) and not taken[k] and k not in partial]
    doc.set_ents(list(doc.ents), outside=[Span(doc, k, k + 1) for k in outside], default="missing")
    made_o = sum(1 for k in rejected if tags[k] != "O" and not taken[k] and k not in partial)
    return doc, made_o


def annotate(nlp, vocab: Vocab, doc_id: str, sentences: list[str]) -> tuple[list[Doc], int]:
    """Run teia over the sentences joined by a space and cut its output back into one silver doc
    per sentence."""
    text = " ".join(sentences)
    sdoc = process(nlp, Document(doc_id, text))
    mentions = teia_ner_eval.mentions_of(sdoc)
    out, made_o, at = [], 0, 0
    for sent in sentences:
        doc, n = silver_doc(vocab, sdoc, at, at + len(sent), mentions)
        if len(doc):
            out.append(doc)
        made_o += n
        at += len(sent) + 1
    return out, made_o


def save(docs: list[Doc], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    DocBin(docs=docs, store_user_data=False).to_disk(tmp)
    tmp.replace(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--out", type=Path, default=Path("corpus/teia-silver.spacy"))
    ap.add_argument("--limit", type=int, default=12000, help="silver docs (sentences) to write")
    ap.add_argument("--chunk", type=int, default=5, help="consecutive news sentences run as one document")
    ap.add_argument("--model", default=None, help="spaCy pipeline under teia (default: the shipped one)")
    ap.add_argument("--skip", type=int, default=0,
                    help="leave out the first documents of the stream up to this many sentences (a second "
                         "process writes the next part; a multiple of 2 x --chunk keeps the documents whole)")
    ap.add_argument("--save-every", type=int, default=1000,
                    help="write the docs so far every this many docs (0: only at the end)")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        sys.exit(f"corpus folder {args.data} not found")
    blank = spacy.blank("pt")
    tokenize = raw_corpus.tokenizer(blank)
    held = [*raw_corpus.held_out_texts(args.data), *dev_texts(args.data)]
    flt = raw_corpus.Filter(tokenize, held)
    nlp = make_pipeline(pipeline_config(BuildOptions(model=args.model)))
    docs: list[Doc] = []
    per_source: dict[str, Counter] = {}
    began = time.monotonic()
    skipped = 0
    for k, (source, sentences) in enumerate(documents(args.data, flt, tokenize, args.chunk)):
        if skipped < args.skip:
            skipped += len(sentences)  # read (and filtered) all the same, so what follows is unchanged
            continue
        made, made_o = annotate(nlp, blank.vocab, f"{source}-{k}", sentences)
        made = made[: args.limit - len(docs)]
        stats = per_source.setdefault(source, Counter())
        stats["docs"] += len(made)
        stats["words"] += sum(1 for d in made for t in d if not t.is_space)
        stats["rejected words made O"] += made_o
        stats["missing words"] += sum(1 for d in made for t in d if t.ent_iob == 0)
        stats.update(e.label_ for d in made for e in d.ents)
        docs.extend(made)
        if args.save_every and len(docs) % args.save_every < len(made) and len(docs) < args.limit:
            save(docs, args.out)  # the docs so far: a prefix of the final file
            print(f"{len(docs)} docs, {time.monotonic() - began:.0f} s", flush=True)
            report(per_source)
        if len(docs) >= args.limit:
            break
    save(docs, args.out)
    report(per_source)
    print(f"{len(docs)} silver docs -> {args.out}")


def report(per_source: dict[str, Counter]) -> None:
    for source, stats in per_source.items():
        labels = {lab: stats[lab] for lab in convert.LABELS if stats[lab]}
        print(f"  {source}: {stats['docs']} docs, {stats['words']} words, {stats['missing words']} missing, "
              f"{stats['rejected words made O']} words of rejected NER names made O; entities {labels}", flush=True)


if __name__ == "__main__":
    main()
