"""Silver NER data: the Wikipedia sentences annotated with the typed Wikipedia titles.

``dbpedia-pt/{persons,locations,organizations}.txt.gz`` list the Portuguese Wikipedia
articles DBpedia types as Person, Location and Organization. Each title is a name of that
type, and so is its form without the ``(…)`` disambiguation (``Itambé (Bahia)`` ->
``Itambé``); the two entities of each sentence of ``relations.jsonl.gz`` are names of their
given type as well. A name that gets more than one type (``Paris`` the city and a person)
is *ambiguous*.

Each sentence is cut by spaCy's ``pt`` tokenizer and searched left to right for the
longest token sequence that is a name (case-sensitive):

* a name with one type becomes an entity (PER, LOC, ORG);
* an ambiguous name, and a single word that is mostly written in lower case in the
  sentences (``Como`` the Italian city at the start of a sentence), is left *missing*;
* every other token follows ``convert.py``'s rule for corpora that annotate only some
  categories: a capitalized word or one with a digit, a month or weekday name (no DATE
  here) and a connector between such words are *missing* (they may be names the titles do
  not cover, or dates, works, events); lower-case words are ``O``.

Sentences sharing an 8-gram with a held-out text are dropped (``raw_corpus.Filter``), so
the Paramopama test split (WikiNER, from Wikipedia too) never leaks into training.

    python silver.py --data ../../shared/data --out corpus/silver-train.spacy [--limit N]
    python silver.py --combine corpus/ner-train.spacy --silver-docs 20000 \
        --out corpus/ner-train-silver.spacy     # the NER training file plus N silver docs
                                                # (--silver-skip K: docs K+1..K+N instead)

The share of silver sentences is the weight to choose on the NER dev scores
(``make -C training train-ner-silver SILVER_DOCS=N``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import unquote

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

sys.path.insert(0, str(Path(__file__).resolve().parent))
import convert  # noqa: E402
import raw_corpus  # noqa: E402

TITLE_FILES = {"persons": "PER", "locations": "LOC", "organizations": "ORG"}
RELATION_TYPES = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
AMBIGUOUS = ""  # the label of a name seen with several types
_DISAMBIGUATION = re.compile(r"\s*\([^()]*\)\s*$")


def title_forms(url_or_title: str) -> list[str]:
    """``http://pt.wikipedia.org/wiki/Itamb%C3%A9_(Bahia)`` -> ``["Itambé (Bahia)", "Itambé"]``."""
    title = unquote(url_or_title.rsplit("/wiki/", 1)[-1]).replace("_", " ").strip()
    forms = [title] if title else []
    bare = _DISAMBIGUATION.sub("", title)
    if bare and bare != title:
        forms.append(bare)
    return forms


class Gazetteer:
    """Token sequences -> label (``AMBIGUOUS`` when several types were given)."""

    def __init__(self, tokenize: Callable[[str], list[str]]):
        self.tokenize = tokenize
        self._types: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.max_len = 0

    def add(self, name: str, label: str) -> None:
        toks = tuple(t for t in self.tokenize(name) if not t.isspace())
        if not toks or not any(ch.isupper() for ch in toks[0][:1]):
            return  # a name must start with a capital letter
        self._types[toks].add(label)
        self.max_len = max(self.max_len, len(toks))

    def label(self, toks: tuple[str, ...]) -> str | None:
        types = self._types.get(toks)
        if not types:
            return None
        return next(iter(types)) if len(types) == 1 else AMBIGUOUS

    def __len__(self) -> int:
        return len(self._types)

    def longest_matches(self, words: list[str]) -> Iterator[tuple[int, int, str]]:
        """Left to right, the longest name starting at each position (non-overlapping)."""
        k = 0
        while k < len(words):
            for n in range(min(self.max_len, len(words) - k), 0, -1):
                lab = self.label(tuple(words[k : k + n]))
                if lab is not None:
                    yield k, k + n, lab
                    k += n
                    break
            else:
                k += 1


def lowercase_words(sentences: Iterable[list[str]]) -> set[str]:
    """Words written in lower case at least as often as capitalized, not counting the
    first word of a sentence."""
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for words in sentences:
        for w in words[1:]:
            if w[:1].islower():
                low[w] += 1
            elif w[:1].isupper():
                cap[w.lower()] += 1
    return {w for w, n in low.items() if n >= cap[w]}


def annotate(vocab: Vocab, words: list[str], gazetteer: Gazetteer, common: set[str]) -> Doc:
    """One silver doc: single-type names are entities, ambiguous or common-word matches
    missing, other tokens as ``convert._ner_doc`` treats a corpus without DATE."""
    spans, unknown = [], []
    for s, e, lab in gazetteer.longest_matches(words):
        if lab == AMBIGUOUS or (e - s == 1 and words[s].lower() in common):
            unknown.append((s, e))
        else:
            spans.append((s, e, lab))
    doc = convert._ner_doc(vocab, words, spans, months_too=True)
    if unknown:
        ents = list(doc.ents)
        missing = {k for s, e in unknown for k in range(s, e)}
        tags = [t.ent_iob_ for t in doc]
        outside = [doc[k : k + 1] for k in range(len(doc)) if tags[k] == "O" and k not in missing]
        doc.set_ents(ents, outside=outside, default="missing")
    return doc


def read_titles(data: Path, gazetteer: Gazetteer) -> None:
    for stem, label in TITLE_FILES.items():
        with gzip.open(data / "dbpedia-pt" / f"{stem}.txt.gz", "rt", encoding="utf-8") as f:
            for line in f:
                for form in title_forms(line.strip()):
                    gazetteer.add(form, label)


def wikipedia_records(data: Path) -> Iterator[dict]:
    with gzip.open(data / "dbpedia-pt" / "relations.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def combine(base: Path, silver: Path, n_docs: int, out: Path, skip: int = 0) -> tuple[int, int]:
    """Write ``base``'s docs followed by ``n_docs`` docs of ``silver`` to ``out``: the first
    ``n_docs`` after its first ``skip`` (a second stage's sentences the first one never saw)."""
    vocab = spacy.blank("pt").vocab
    docs = list(DocBin().from_disk(base).get_docs(vocab))
    n_base = len(docs)
    for k, doc in enumerate(DocBin().from_disk(silver).get_docs(vocab)):
        if k >= skip + n_docs:
            break
        if k >= skip:
            docs.append(doc)
    DocBin(docs=docs, store_user_data=False).to_disk(out)
    return n_base, len(docs) - n_base


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--out", type=Path, default=Path("corpus/silver-train.spacy"))
    ap.add_argument("--limit", type=int, default=0, help="keep at most this many sentences (0: all)")
    ap.add_argument("--combine", type=Path, default=None,
                    help="instead: write this DocBin plus --silver-docs docs of --silver to --out")
    ap.add_argument("--silver", type=Path, default=Path("corpus/silver-train.spacy"))
    ap.add_argument("--silver-docs", type=int, default=20000)
    ap.add_argument("--silver-skip", type=int, default=0, help="with --combine: skip the first N docs of --silver")
    args = ap.parse_args(argv)
    if args.combine is not None:
        n_base, n_silver = combine(args.combine, args.silver, args.silver_docs, args.out, args.silver_skip)
        print(f"{n_base} docs of {args.combine} + {n_silver} silver docs -> {args.out}")
        return
    if not args.data.is_dir():
        sys.exit(f"corpus folder {args.data} not found")
    nlp = spacy.blank("pt")

    def tokenize(text: str) -> list[str]:
        return [t.text for t in nlp.make_doc(text)]

    gazetteer = Gazetteer(tokenize)
    read_titles(args.data, gazetteer)
    flt = raw_corpus.Filter(tokenize, raw_corpus.held_out_texts(args.data))
    sentences: dict[str, None] = {}
    for rec in wikipedia_records(args.data):
        for key in ("1", "2"):
            label = RELATION_TYPES.get(rec.get(f"type{key}", ""))
            if label:
                gazetteer.add(rec[f"entity{key}"], label)
        sentences.setdefault(rec["sentence"], None)
    kept: list[list[str]] = []
    verdicts: Counter[str] = Counter()
    for sent in sentences:
        words = [w for w in tokenize(sent) if not w.isspace()]
        verdict = flt.check(words) if words else "empty"
        verdicts[verdict] += 1
        if verdict == "kept":
            kept.append(words)
        if args.limit and len(kept) >= args.limit:
            break
    common = lowercase_words(kept)
    docs = [annotate(nlp.vocab, words, gazetteer, common) for words in kept]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(args.out)
    labels = Counter(e.label_ for d in docs for e in d.ents)
    print(f"{len(gazetteer)} names; sentences {dict(verdicts)}; {len(docs)} docs, "
          f"{sum(labels.values())} entities {dict(sorted(labels.items()))} -> {args.out}")


if __name__ == "__main__":
    main()
