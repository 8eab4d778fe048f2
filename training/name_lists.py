"""Derive the two name lists that ``teia.extract.entities.refine_mentions`` reads from the
converted NER corpora (run ``convert`` first), and write them into the package:

* ``teia/extract/data/given_names.txt``: capitalized alphabetic words (hyphens allowed, at
  least two letters) that start person names of two or more words at least twice, and at least
  1.5 times as often as they start names of other categories;
* ``teia/extract/data/name_types.tsv``: ``name<TAB>category`` for the names annotated at least
  three times, with one category (not DATE or VALUE) at least 85 % of the time.

Sources: the training splits only (HAREM I training documents, Paramopama ``train``, WikiANN
``train``; the splits of ``convert.py``), so that nothing shipped is derived from a text the
pipeline or its rules are scored on. Output is sorted, so the same corpora give the same files.

    python name_lists.py [--corpus corpus] [--dest ../teia/extract/data]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.tokens import DocBin

HERE = Path(__file__).resolve().parent
SOURCES = ("harem-train.spacy", "paramopama-train.spacy", "wikiann-train.spacy")
MIN_GIVEN = 2
GIVEN_RATIO = 1.5
MIN_NAME = 3
NAME_SHARE = 0.85


def _is_word(w: str) -> bool:
    return len(w) > 1 and w[:1].isupper() and w.replace("-", "").isalpha()


def derive(paths: list[Path]) -> tuple[list[str], list[tuple[str, str]]]:
    vocab = spacy.blank("pt").vocab
    first_person: Counter[str] = Counter()
    first_other: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for path in paths:
        for doc in DocBin().from_disk(path).get_docs(vocab):
            for ent in doc.ents:
                labels[ent.text][ent.label_] += 1
                if len(ent) >= 2:
                    (first_person if ent.label_ == "PER" else first_other)[ent[0].text] += 1
    given = sorted(
        w for w, n in first_person.items() if n >= MIN_GIVEN and n >= GIVEN_RATIO * first_other[w] and _is_word(w)
    )
    types = []
    for name, counts in labels.items():
        label, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        total = sum(counts.values())
        if label not in ("DATE", "VALUE") and total >= MIN_NAME and n / total >= NAME_SHARE:
            types.append((name, label))
    return given, sorted(types)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--dest", type=Path, default=HERE.parent / "teia" / "extract" / "data")
    args = ap.parse_args()
    given, types = derive([args.corpus / name for name in SOURCES])
    (args.dest / "given_names.txt").write_text("".join(f"{w}\n" for w in given), encoding="utf-8")
    (args.dest / "name_types.tsv").write_text("".join(f"{n}\t{c}\n" for n, c in types), encoding="utf-8")
    print(f"{len(given)} given names, {len(types)} typed names -> {args.dest}")


if __name__ == "__main__":
    main()
