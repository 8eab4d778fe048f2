"""Derive the name lists that ``teia.extract.entities.refine_mentions`` reads, and write them
into the package. From the converted NER corpora (run ``convert`` first):

* ``teia/extract/data/given_names.txt``: capitalized alphabetic words (hyphens allowed, at
  least two letters) that start person names of two or more words at least twice, and at least
  1.5 times as often as they start names of other categories; not a surname: a word that ends the
  titles of people of two or more words in the linking knowledge base (``dbpedia-pt.tsv.gz``) at
  least 5 times and at least 5 times as often as it starts them (``Ferreira``, ``Almeida``,
  ``Moreira``);
* ``teia/extract/data/name_types.tsv``: ``name<TAB>category`` for the names annotated at least
  three times, with one category (not DATE or VALUE) at least 85 % of the time.

Sources: the training splits only (HAREM I training documents, Paramopama ``train``, WikiANN
``train``; the splits of ``convert.py``), so that nothing shipped is derived from a text the
pipeline or its rules are scored on. Output is sorted, so the same corpora give the same files.

    python name_lists.py [--corpus corpus] [--kb ../teia/extract/data/dbpedia-pt.tsv.gz] [--dest ../teia/extract/data]

From the typed Wikipedia titles of the shipped linking knowledge base (``dbpedia-pt.tsv.gz``, built
by ``kb.py``; no annotated corpus), with ``--surnames``:

* ``teia/extract/data/surnames.txt``: capitalized alphabetic words (hyphens allowed, at least three
  letters, not all in capitals) that end the titles of people of two or more words (a title's
  ``(…)`` left out) at least twice, and at least 1.5 times as often as they end the titles of
  places and organizations (``Simões``, ``Guterres``, ``Veiga``; not ``Porto``, ``Alegre``), and
  end one of them at least with no ``de``/``da``/``do``... before them (not ``Iugoslávia``, the
  realm of ``Pedro II da Iugoslávia``).

    python name_lists.py --surnames [--kb ../teia/extract/data/dbpedia-pt.tsv.gz] [--dest ../teia/extract/data]
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator

import spacy
from spacy.tokens import DocBin

HERE = Path(__file__).resolve().parent
SOURCES = ("harem-train.spacy", "paramopama-train.spacy", "wikiann-train.spacy")
MIN_GIVEN = 2
GIVEN_RATIO = 1.5
MIN_NAME = 3
NAME_SHARE = 0.85
MIN_SURNAME = 2
SURNAME_RATIO = 1.5
MIN_LAST = 5
LAST_RATIO = 5
PARTICLES = frozenset({"de", "da", "do", "das", "dos", "d'"})
_DISAMBIGUATION = re.compile(r"\s*\([^()]*\)$")


def _is_word(w: str) -> bool:
    return len(w) > 1 and w[:1].isupper() and w.replace("-", "").isalpha()


def _kb_titles(kb: Path) -> Iterator[tuple[list[str], str]]:
    """The words of each title of the knowledge base ``kb`` (``title<TAB>type<TAB>...`` lines,
    ``#`` comments; a title's ``(…)`` left out) with its type."""
    with gzip.open(kb, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                yield _DISAMBIGUATION.sub("", cols[0]).split(), cols[1]


def surnames_of_people(kb: Path) -> frozenset[str]:
    """The words that end the titles of people of two or more words in ``kb`` at least
    ``MIN_LAST`` times and ``LAST_RATIO`` times as often as they start them (``Ferreira`` ends 96
    and starts 3): surnames, whatever the NER corpora start a name with."""
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    for words, kind in _kb_titles(kb):
        if kind == "PER" and len(words) >= 2:
            first[words[0]] += 1
            last[words[-1]] += 1
    return frozenset(w for w, n in last.items() if n >= MIN_LAST and n >= LAST_RATIO * first[w])


def derive(paths: list[Path], kb: Path | None = None) -> tuple[list[str], list[tuple[str, str]]]:
    """The given names and the typed names of the NER corpora ``paths`` (module docstring); with
    ``kb``, no given name is a surname of its people's titles (:func:`surnames_of_people`)."""
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
    family = surnames_of_people(kb) if kb is not None else frozenset()
    given = sorted(
        w
        for w, n in first_person.items()
        if n >= MIN_GIVEN and n >= GIVEN_RATIO * first_other[w] and _is_word(w) and w not in family
    )
    types = []
    for name, counts in labels.items():
        label, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        total = sum(counts.values())
        if label not in ("DATE", "VALUE") and total >= MIN_NAME and n / total >= NAME_SHARE:
            types.append((name, label))
    return given, sorted(types)


def derive_surnames(kb: Path) -> list[str]:
    """The words that end people's titles of two or more words (``MIN_SURNAME`` times or more,
    ``SURNAME_RATIO`` times as often as they end places' and organizations' titles) in the
    knowledge base ``kb`` (``title<TAB>type<TAB>...`` lines, ``#`` comments), once at least with no
    particle before them: not a realm of its princes' titles only (``Pedro II da Iugoslávia``)."""
    ends: dict[str, Counter[str]] = defaultdict(Counter)
    bare: Counter[str] = Counter()  # people's titles ending in the word with no particle before it
    for words, kind in _kb_titles(kb):
        if len(words) >= 2:
            ends[words[-1]][kind] += 1
            if kind == "PER" and words[-2].lower() not in PARTICLES:
                bare[words[-1]] += 1
    return sorted(
        w
        for w, n in ends.items()
        if len(w) > 2
        and _is_word(w)
        and not w.isupper()
        and n["PER"] >= MIN_SURNAME
        and n["PER"] >= SURNAME_RATIO * (n["LOC"] + n["ORG"])
        and bare[w]
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--dest", type=Path, default=HERE.parent / "teia" / "extract" / "data")
    ap.add_argument("--surnames", action="store_true", help="write surnames.txt from the knowledge base only")
    ap.add_argument("--kb", type=Path, default=HERE.parent / "teia" / "extract" / "data" / "dbpedia-pt.tsv.gz",
                    help="the linking knowledge base: the surnames (--surnames), and the surnames no given name may be")
    args = ap.parse_args()
    if args.surnames:
        surnames = derive_surnames(args.kb)
        (args.dest / "surnames.txt").write_text("".join(f"{w}\n" for w in surnames), encoding="utf-8")
        print(f"{len(surnames)} surnames -> {args.dest}")
        return
    given, types = derive([args.corpus / name for name in SOURCES], args.kb)
    (args.dest / "given_names.txt").write_text("".join(f"{w}\n" for w in given), encoding="utf-8")
    (args.dest / "name_types.tsv").write_text("".join(f"{n}\t{c}\n" for n, c in types), encoding="utf-8")
    print(f"{len(given)} given names, {len(types)} typed names -> {args.dest}")


if __name__ == "__main__":
    main()
