"""Pairs of names no relation statement joins, grouped by construction (issue 20).

Reads MAC-MORPHO's Folha de São Paulo text (``raw-pt/mac_morpho.zip``; no test set of the
project, and a sentence sharing an 8-gram with a held-out text is dropped, as in
``raw_corpus.py``), the sections and sentence ranges given by ``--slice`` (``br:2200-3400``:
sentences 2,200 to 3,399 of the ``br94*`` files, counted over the section's files in name
order; ``wp:60000-62000``: lines of DBpedia-PT's Wikipedia sentences, whose repeats the filter
drops; ``h1train:0-60``, ``h1dev:0-40``: whole documents of HAREM I's train or dev split in
DOCID order, web pages, news and encyclopedia text of the HAREM collection, read through
``teia_ner_eval.harem1_documents``, which refuses the test split), the sentences of the others grouped in documents of
``--doc-sentences`` sentences, and runs the shipped pipeline with the
rules and without the relation classifier. In every sentence, each two mentions of different
entities with at most one other mention between them that no statement of that sentence
relates, either way, is one *gap*; the gaps are grouped by

* ``between``: the categories of the two mentions and the words between them (at most
  ``--max-between`` tokens; a lower-case word as written, a capitalized one as ``Cap``, a
  number as ``0``, a mention between as its category in brackets): ``Vicente Matheus, do
  Corinthians`` is ``PER ORG | , do``;
* ``path``: the categories and the dependency path between the heads of the two mentions
  (labels up to their lowest common head, with its lemma when it is neither mention).

and, coarser, by the first construction of :data:`_CLASSES` the gap fits (a list of names, an
acronym and its expansion, a genitive...). It prints the coarse counts, the ``--top`` groups of each kind with their counts, how many pairs of that shape a
statement does relate (the construction's coverage), and writes every gap with its sentence to
``logs/relation-gaps.tsv`` (git-ignored: it quotes the corpus) to read by hand.

    python relation_gaps.py --data ../../shared/data --slice br:2200-3400 --slice di:3000-4000
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import raw_corpus  # noqa: E402  (MAC-MORPHO's sentences and the held-out filter)
import teia_ner_eval  # noqa: E402  (HAREM I's train and dev documents)

HAREM1 = {"h1train": "train", "h1dev": "dev"}
"""Slice sections of whole HAREM I documents, and the split each reads."""


def parse_slice(text: str) -> tuple[str, int, int]:
    """``br:2200-3400`` -> ``("br", 2200, 3400)``; ``h1train:0-60`` -> ``("h1train", 0, 60)``."""
    section, _, span = text.partition(":")
    lo, _, hi = span.partition("-")
    if (len(section) != 2 and section not in HAREM1) or not lo.isdigit() or not hi.isdigit() or int(lo) >= int(hi):
        raise argparse.ArgumentTypeError(f"a slice is section:first-last, like br:2200-3400 or h1train:0-60 (no HAREM I test), not {text!r}")
    return section, int(lo), int(hi)


def slice_sentences(data: Path, section: str, lo: int, hi: int) -> list[str]:
    """Sentences ``lo`` to ``hi - 1`` of one MAC-MORPHO section, as surface text; section
    ``wp``: lines ``lo`` to ``hi - 1`` of the Wikipedia sentences of DBpedia-PT
    (``dbpedia-pt/relations.jsonl.gz``, a sentence repeated for each of its pairs)."""
    sentences = raw_corpus.wikipedia(data) if section == "wp" else raw_corpus.mac_morpho(data, section)
    return list(itertools.islice(sentences, lo, hi))


def harem1_texts(data: Path, section: str, lo: int, hi: int) -> list[tuple[str, str]]:
    """``(DOCID, text)`` of documents ``lo`` to ``hi - 1`` of the HAREM I split ``section`` names."""
    return [(d.docid, d.text) for d in teia_ner_eval.harem1_documents(data, HAREM1[section])[lo:hi]]


def word_shape(tok) -> str:
    if tok.like_num or tok.text[:1].isdigit():
        return "0"
    if tok.text[:1].isupper():
        return "Cap"
    return tok.text.lower()


def dep_path(a, b) -> str:
    """The dependency labels from ``a`` up to the lowest common head of ``a`` and ``b``, then
    down to ``b`` (``nmod^ < appos`` style: ``^`` up, ``v`` down)."""
    up_a = [a] + list(a.ancestors)
    up_b = [b] + list(b.ancestors)
    ids_b = {t.i for t in up_b}
    top = next((t for t in up_a if t.i in ids_b), None)
    if top is None:
        return "(no path)"
    left = [t.dep_ + "^" for t in up_a[: [t.i for t in up_a].index(top.i)]]
    right = [t.dep_ + "v" for t in reversed(up_b[: [t.i for t in up_b].index(top.i)])]
    middle = [] if top.i in (a.i, b.i) else [top.lemma_.lower()]
    return " ".join(left + middle + right)


_LIST_WORDS = frozenset({",", "e", "ou", "o", "a", "os", "as", ";", "/", "-"})
_CLASSES = (
    ("page furniture (Editoria: / PáGINA: headers)", lambda p, b, path, s: "Editoria :" in s or "PáGINA" in s or ("Cap :" in b) or b == ":"),
    ("byline (Especial para a Folha, Da Reportagem Local)", lambda p, b, path, s: "para a" in b and "Especial" in s),
    ("acronym and its expansion, X (Y)", lambda p, b, path, s: b == "(" and p in ("ORG ORG", "LOC ORG", "ORG LOC")),
    ("a politician's state code, X (UF)", lambda p, b, path, s: p == "PER LOC" and b == "("),
    ("a distance, X (N km de Y)", lambda p, b, path, s: "km" in b),
    ("a list of names (only , e ou and names between)", lambda p, b, path, s: all(w in _LIST_WORDS or w.startswith("[") for w in b.split()) and (p.split()[0] == p.split()[1] or "[" in b or "conj" in path)),
    ("names side by side after a comma, other categories (X, Y)", lambda p, b, path, s: b == ","),
    ("a name in brackets after another, other categories", lambda p, b, path, s: b in ("(", ") ,", "( [ORG]", "( ) e", "( [LOC]")),
    ("genitive, X de Y", lambda p, b, path, s: b.split()[0] in ("de", "do", "da", "dos", "das")),
    ("X em Y (no, na, em)", lambda p, b, path, s: b.split()[0] in ("em", "no", "na", "nos", "nas")),
    ("X a Y / X para Y (candidato do PT à Presidência)", lambda p, b, path, s: b.split()[0] in ("à", "ao", "a", "para", "às", "aos")),
    ("subject and another argument of a clause", lambda p, b, path, s: "nsubj^" in path),
    ("two names inside one noun phrase or fragment", lambda p, b, path, s: b == "(none)"),
)


def construction(pair: str, between: str, path: str, sentence: str) -> str:
    """The coarse construction of a gap (the first of :data:`_CLASSES` that matches)."""
    for name, test in _CLASSES:
        if test(pair, between, path, sentence):
            return name
    return "other (longer or mixed)"


def sentence_gaps(doc, entities, relations):
    """``(sentence, left mention, right mention, category pair, between, length, path, related)``
    for each two mentions of different entities of each sentence of ``doc`` with at most one
    other mention between them."""
    related = {(r.evidence.sentence_start, frozenset((r.subject, r.object))) for r in relations}
    mentions = sorted((m.start, m.end, e.id, e.type) for e in entities for m in e.mentions)
    for sent in doc.sents:
        inside = [m for m in mentions if m[0] >= sent.start_char and m[1] <= sent.end_char]
        pairs = list(zip(inside, inside[1:], [None] * len(inside))) + list(zip(inside, inside[2:], inside[1:]))
        for left, right, middle in pairs:
            if left[2] == right[2] or right[0] < left[1] or (middle is not None and not left[1] <= middle[0] < middle[1] <= right[0]):
                continue
            ls = doc.char_span(left[0], left[1], alignment_mode="expand")
            rs = doc.char_span(right[0], right[1], alignment_mode="expand")
            if ls is None or rs is None or ls.end > rs.start:
                continue
            toks = doc[ls.end : rs.start]
            shapes = []
            for t in toks:
                if middle is not None and middle[0] <= t.idx < middle[1]:
                    if not shapes or shapes[-1] != f"[{middle[3]}]":
                        shapes.append(f"[{middle[3]}]")
                elif not t.is_space:  # line breaks of a web page's text are no word
                    shapes.append(word_shape(t))
            between = " ".join(shapes) if shapes else "(none)"
            yield (
                sent,
                ls,
                rs,
                f"{left[3]} {right[3]}",
                between,
                len(toks),
                dep_path(ls.root, rs.root),
                (sent.start_char, frozenset((left[2], right[2]))) in related,
            )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--slice", type=parse_slice, action="append", required=True, help="section:first-last, repeatable")
    ap.add_argument("--doc-sentences", type=int, default=20)
    ap.add_argument("--max-between", type=int, default=6)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--out", type=Path, default=HERE / "logs" / "relation-gaps.tsv")
    args = ap.parse_args(argv)
    for section in sorted({section for section, _, _ in args.slice}):
        needed = args.data / {"wp": "dbpedia-pt/relations.jsonl.gz", "h1train": "harem/harem1-golden.txt", "h1dev": "harem/harem1-golden.txt"}.get(section, "raw-pt/mac_morpho.zip")
        if not needed.is_file():
            sys.exit(f"relation_gaps.py: error: {needed} not found (--data is the shared data folder)")

    import spacy

    from teia.extract.entities import ENTITIES
    from teia.extract.pipeline import PipelineConfig, create_pipeline, make_doc
    from teia.extract.relations.component import RELATIONS
    from teia.records import Document

    blank = spacy.blank("pt")
    flt = raw_corpus.Filter(lambda text: [t.text for t in blank.make_doc(text)], raw_corpus.held_out_texts(args.data))
    texts: list[tuple[str, str]] = []
    dropped = 0
    for section, lo, hi in args.slice:
        if section in HAREM1:
            texts += harem1_texts(args.data, section, lo, hi)
            continue
        sents = slice_sentences(args.data, section, lo, hi)
        kept = [s for s in sents if flt.check([t.text for t in blank.make_doc(s)]) == "kept"]
        dropped += len(sents) - len(kept)
        texts += [(f"mac-morpho-{len(texts) + j}", " ".join(kept[k : k + args.doc_sentences])) for j, k in enumerate(range(0, len(kept), args.doc_sentences))]
    print(f"{len(texts)} documents; {dropped} sentences held out or repeated dropped", flush=True)

    nlp = create_pipeline(PipelineConfig(relation_model=False))

    def docs():
        for doc_id, text in texts:
            yield make_doc(nlp, Document(doc_id, text))

    t0 = time.perf_counter()
    words = 0
    by_between: Counter = Counter()
    by_path: Counter = Counter()
    covered_between: Counter = Counter()
    covered_path: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    by_class: Counter = Counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    gaps = statements = 0
    with args.out.open("w", encoding="utf-8") as out:
        out.write("pair\tbetween\tpath\tleft\tright\tsentence\n")
        for doc in nlp.pipe(docs(), batch_size=8):
            words += sum(1 for t in doc if not t.is_space and not t.is_punct)
            statements += len(doc._.get(RELATIONS) or ())
            for sent, ls, rs, pair, between, n, path, related in sentence_gaps(doc, doc._.get(ENTITIES) or (), doc._.get(RELATIONS) or ()):
                bkey = f"{pair} | {between}" if n <= args.max_between else None
                pkey = f"{pair} | {path}"
                if related:
                    if bkey:
                        covered_between[bkey] += 1
                    covered_path[pkey] += 1
                    continue
                gaps += 1
                by_class[construction(pair, between if n <= args.max_between else "(long)", path, sent.text)] += 1
                if bkey:
                    by_between[bkey] += 1
                    if len(examples[bkey]) < 3:
                        examples[bkey].append(f"{ls.text} … {rs.text} :: {sent.text.strip()[:220]}")
                by_path[pkey] += 1
                out.write(f"{pair}\t{between}\t{path}\t{ls.text}\t{rs.text}\t{' '.join(sent.text.split())}\n")
    print(f"{words} words, {statements} statements, {gaps} gaps in {time.perf_counter() - t0:.0f} s -> {args.out}")
    print("\n== by construction (coarse)")
    for key, n in by_class.most_common():
        print(f"{n:5d}  {key}")
    print("\n== by the words between (gaps / pairs of that shape a statement relates)")
    for key, n in by_between.most_common(args.top):
        print(f"{n:5d} / {covered_between[key]:4d}  {key}")
        for ex in examples[key]:
            print(f"              {ex}")
    print("\n== by the dependency path")
    for key, n in by_path.most_common(args.top):
        print(f"{n:5d} / {covered_path[key]:4d}  {key}")


if __name__ == "__main__":
    main()
