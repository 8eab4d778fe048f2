"""Build the linking knowledge base shipped as ``teia/extract/data/dbpedia-pt.tsv.gz``.

Input (``--data``, default ``../../shared/data``):

* ``dbpedia-pt/{persons,locations,organizations}.txt.gz``: the Portuguese Wikipedia articles
  DBpedia 3.8 types as Person, Location or Organization, one article URL a line;
* ``dbpedia-pt/relations.jsonl.gz``: Wikipedia sentences naming two of them, used here only to
  count how often a name is used for an article (the prior);
* ``teia/extract/data/kb.jsonl``: the hand-written knowledge base, whose aliases are added to
  the article an entry names (and whose ids are kept, so a gazetteer match links directly).

Output: gzipped UTF-8 TSV, ``#`` header lines first (format version, sources, license), then
one article a line, sorted by title::

    title <TAB> type <TAB> uses <TAB> aliases (|-separated) <TAB> kb ids (|-separated) <TAB> keys (|-separated)

``type`` is PER, LOC or ORG; ``uses`` the number of entity slots of the sentences whose name is
the article's title, or its title without the ``(…)`` disambiguation when exactly one article of
that type has that bare title; ``aliases`` are names besides the title that lead to the article:
a person's surname when no other article can be reached by it, and the names of the
``kb.jsonl`` entry that names it; ``keys`` the folded names that reach the article (title,
title without its ``(…)`` suffix, aliases), folded by ``teia.extract.linking.article_keys`` so
that a build reading the file compares them instead of folding 260 k names. The file depends on
that folding: rebuild it when it changes (``tests/extract/test_linking.py`` checks the shipped
file's keys).

The gzip stream has no time stamp, so the same inputs give a byte-identical file.

    python kb.py --data ../../shared/data --out ../teia/extract/data/dbpedia-pt.tsv.gz
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from teia.extract.linking import FORMAT, article_keys  # noqa: E402

TYPES = (("persons", "PER"), ("locations", "LOC"), ("organizations", "ORG"))
RELATION_TYPES = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "ORGANISATION": "ORG"}
_QUALIFIER = re.compile(r"\s*\([^()]*\)$")
_PARTICLES = frozenset("de da do das dos e d' di von van der den du la le y i ii iii iv jr júnior filho neto".split())


def fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive key (the same folding as ``teia.extract.gazetteer.fold``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("ł", "l").replace("Ł", "L")
    return re.sub(r"\s+", " ", stripped).strip().casefold()


def bare_title(title: str) -> str:
    """The title without a trailing ``(…)`` disambiguation: ``Paraná (futebolista)`` → ``Paraná``."""
    return _QUALIFIER.sub("", title).strip()


def read_articles(folder: Path) -> dict[str, str]:
    """Article title → type, from the three URL lists (a title listed twice keeps its first type)."""
    articles: dict[str, str] = {}
    for stem, typ in TYPES:
        path = folder / f"{stem}.txt.gz"
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                url = line.strip()
                if not url:
                    continue
                if "/wiki/" not in url:
                    sys.exit(f"{path}:{lineno}: not a Wikipedia article URL: {url[:80]!r}")
                title = unquote(url.rsplit("/wiki/", 1)[1]).replace("_", " ").strip()
                if title and "\t" not in title and "|" not in title:
                    articles.setdefault(title, typ)
    return articles


def count_uses(path: Path, articles: dict[str, str]) -> Counter[str]:
    """How often the sentences name each article: by its title, or by its bare title when that
    names one article of the slot's type only."""
    by_bare: dict[tuple[str, str], list[str]] = defaultdict(list)
    for title, typ in articles.items():
        by_bare[(bare_title(title), typ)].append(title)
    uses: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                sys.exit(f"{path}:{lineno}: not JSON")
            for name_field, type_field in (("entity1", "type1"), ("entity2", "type2")):
                name = str(obj.get(name_field, "")).strip()
                typ = RELATION_TYPES.get(str(obj.get(type_field, "")).upper(), "")
                if name in articles:
                    uses[name] += 1
                elif typ and len(by_bare.get((name, typ), ())) == 1:
                    uses[by_bare[(name, typ)][0]] += 1
    return uses


def surname_aliases(articles: dict[str, str]) -> dict[str, set[str]]:
    """A person's surname, when it reaches no other article (as a title, bare title or surname)."""
    reach: dict[str, set[str]] = defaultdict(set)
    for title in articles:
        reach[fold(title)].add(title)
        reach[fold(bare_title(title))].add(title)
    surnames: dict[str, str] = {}
    for title, typ in articles.items():
        words = bare_title(title).split()
        if typ != "PER" or len(words) < 2 or "," in title:
            continue
        last = words[-1]
        if fold(last) in _PARTICLES or len(last) < 3 or not last[0].isupper() or last.rstrip(".").isupper():
            continue
        reach[fold(last)].add(title)
        surnames[title] = last
    out: dict[str, set[str]] = defaultdict(set)
    for title, last in surnames.items():
        if reach[fold(last)] == {title}:
            out[title].add(last)
    return out


def kb_aliases(path: Path, articles: dict[str, str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The hand-written entries that name exactly one article of their type: that article's
    extra aliases and kb ids."""
    by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
    for title, typ in articles.items():
        by_key[(fold(title), typ)].add(title)
        by_key[(fold(bare_title(title)), typ)].add(title)
    aliases: dict[str, set[str]] = defaultdict(set)
    ids: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            entry = json.loads(line)
            names = [entry["label"], *entry.get("aliases", [])]
            found = set()
            for name in names:
                found |= by_key.get((fold(name), entry["type"]), set())
            exact = {t for t in found if fold(t) in {fold(n) for n in names}}
            target = exact if exact else found
            if len(target) != 1:
                continue
            (title,) = target
            aliases[title] |= {n for n in names if n != title and "|" not in n and "\t" not in n}
            ids[title].add(entry["id"])
    return aliases, ids


def build(data: Path, kb_jsonl: Path) -> bytes:
    folder = data / "dbpedia-pt"
    articles = read_articles(folder)
    uses = count_uses(folder / "relations.jsonl.gz", articles)
    surnames = surname_aliases(articles)
    extra, ids = kb_aliases(kb_jsonl, articles)
    text = io.StringIO()
    text.write(f"# {FORMAT}\n")
    text.write("# Built by training/kb.py from DBpediaEntities-PT 0.1 and DBpediaRelations-PT 0.2\n")
    text.write("# (Batista et al., REACTION project) and teia/extract/data/kb.jsonl.\n")
    text.write("# Data from Wikipedia and DBpedia, CC BY-SA 3.0: see DBPEDIA-LICENSE.md.\n")
    text.write("# title\ttype\tuses\taliases\tkb_ids\tkeys\n")
    for title in sorted(articles):
        names = sorted(surnames.get(title, set()) | extra.get(title, set()))
        keys = sorted(article_keys(title, names))
        if any("|" in k or "\t" in k for k in keys):
            sys.exit(f"{title}: a name holds '|' or a tab, which the file uses as separators")
        text.write(
            f"{title}\t{articles[title]}\t{uses[title]}\t{'|'.join(names)}\t{'|'.join(sorted(ids.get(title, ())))}"
            f"\t{'|'.join(keys)}\n"
        )
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9, filename="") as gz:
        gz.write(text.getvalue().encode("utf-8"))
    return raw.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../../shared/data"))
    parser.add_argument("--kb", type=Path, default=Path("../teia/extract/data/kb.jsonl"))
    parser.add_argument("--out", type=Path, default=Path("../teia/extract/data/dbpedia-pt.tsv.gz"))
    args = parser.parse_args(argv)
    for needed in (args.data / "dbpedia-pt" / "relations.jsonl.gz", args.kb):
        if not needed.exists():
            sys.exit(f"{needed}: not found")
    blob = build(args.data, args.kb)
    args.out.write_bytes(blob)
    print(f"{args.out}: {len(blob) / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
