"""One deduplicated raw Portuguese corpus for static vectors (``make -C training raw``).

Sources, in this order (all read from ``--data``, nothing is copied into the repository):

* ``raw-pt/machado.jsonl.gz``: Machado de Assis' complete works;
* ``raw-pt/mac_morpho.zip``: MAC-MORPHO news, rebuilt to surface text (``em_PREP|+`` +
  ``a_ART`` -> ``na``, ``tornou_V|+`` + ``se_PROPESS`` -> ``tornou-se``);
* ``raw-pt/lener-br/*.conll.gz``: LeNER-Br legal text, its tokens joined back to text;
* ``dbpedia-pt/relations.jsonl.gz``: the Wikipedia sentences;
* the training splits the pipeline already uses (``corpus/*-train.spacy``, see
  ``raw_text.py``).

Every sentence is cut by spaCy's ``pt`` tokenizer (the one the pipeline runs on) and written
as one line of space-separated tokens, the input ``floret`` expects. A sentence is dropped
when it repeats one already written (same lower-cased tokens) or when it shares an 8-gram
of lower-cased tokens with a held-out text: Bosque ``dev``/``test``, the HAREM I test
documents, the Paramopama test split (the split functions of ``convert.py``) or
``harem2-rerelem-dev.xml``. What was kept and removed is printed per source.

    python raw_corpus.py --data ../../shared/data --corpus corpus --out corpus/raw-pt.txt
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import convert  # noqa: E402  (split functions and readers, shared with the converter)
import raw_text  # noqa: E402  (the training splits' text)

NGRAM = 8

# --------------------------------------------------------------------- MAC-MORPHO
# preposition + following word -> contraction, for the words MAC-MORPHO splits
_A_CONTRACTIONS = {"o": "ao", "os": "aos", "a": "à", "as": "às"}
_POR_CONTRACTIONS = {"o": "pelo", "os": "pelos", "a": "pela", "as": "pelas"}


def _contract(prep: str, word: str) -> str | None:
    """``em`` + ``a`` -> ``na``, ``De`` + ``este`` -> ``Deste``; None if not a contraction
    this function knows (the two words are then written apart)."""
    p, w = prep.lower(), word.lower()
    out = None
    vowel = w[:1] != "" and w[:1] in "aeiou"
    if p == "de" and vowel:
        out = "d" + w
    elif p == "em" and vowel:  # "a" -> "na", "um" -> "num", "este" -> "neste"
        out = "n" + w
    elif p == "a":
        if w in _A_CONTRACTIONS:
            out = _A_CONTRACTIONS[w]
        elif w.startswith("aquel") or w == "aquilo":
            out = "à" + w[1:]
    elif p == "por" and w in _POR_CONTRACTIONS:
        out = _POR_CONTRACTIONS[w]
    if out is None:
        return None
    return out[:1].upper() + out[1:] if prep[:1].isupper() else out


def mac_morpho_tagged(lines: Iterable[str]) -> Iterator[list[tuple[str, str]]]:
    """Yield the sentences of one MAC-MORPHO file (``word_TAG`` a line) as surface words with
    their tags, ``(word, tag)`` pairs.

    A word whose tag ends in ``|+`` was split from the next one: a preposition is contracted
    with the following article or pronoun (``de`` + ``o`` -> ``do``), or is the first word of a
    compound preposition (``a partir_PREP|+`` ``de``: no change); a verb takes the next word
    as an enclitic pronoun (``tornou`` + ``se`` -> ``tornou-se``). A joined word's tag is its
    parts' tags joined by ``+`` (``do`` ``PREP+ART``, ``tornou-se`` ``V+PROPESS``). A tag keeps
    its part before ``|``: the marks MAC-MORPHO adds there (``N|EST`` a foreign word, ``N|AP``
    an apposition, ``KC|[`` the start of a multiword conjunction) are dropped. A sentence ends
    after a ``.``, ``!`` or ``?`` tagged as punctuation.
    """
    sent: list[tuple[str, str]] = []
    pending: tuple[str, str] | None = None  # (word, tag) waiting for the next word
    for line in lines:
        line = line.strip()
        if not line:
            continue
        word, _, tag = line.rpartition("_")
        if not word:
            word, tag = line, ""
        base = tag.partition("|")[0]
        if pending is not None:
            pword, ptag = pending
            pending = None
            joined = None
            last = ptag.rpartition("+")[2]  # the tag of the word that asked to be joined
            if last.startswith(("V", "VAUX")):
                joined = f"{pword}-{word}"
            elif last.startswith("PREP") and not tag.startswith("PREP"):
                joined = _contract(pword, word)
            if joined is None:
                sent.append((pword, ptag))
            else:
                word, base = joined, f"{ptag}+{base}"
                if tag.endswith("|+"):
                    # a contraction that glues on again (rare): keep the pair pending
                    pending = (word, base)
                    continue
                sent.append((word, base))
                continue
        if tag.endswith("|+"):
            pending = (word, base)
            continue
        sent.append((word, base))
        if tag == "." and word in (".", "!", "?", "...", "…"):
            yield sent
            sent = []
    if pending is not None:
        sent.append(pending)
    if sent:
        yield sent


def mac_morpho_words(lines: Iterable[str]) -> Iterator[list[str]]:
    """The sentences of :func:`mac_morpho_tagged` as surface words only."""
    for sent in mac_morpho_tagged(lines):
        yield [word for word, _ in sent]


_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "...", "…", "%", "»"}
_NO_SPACE_AFTER = {"(", "[", "{", "«", "$"}


def join_words_at(words: list[str]) -> tuple[str, list[int]]:
    """Words back to text, and where each word starts in it: no space before closing punctuation
    or after an opening one."""
    out: list[str] = []
    starts: list[int] = []
    at = 0
    for k, w in enumerate(words):
        if k and w not in _NO_SPACE_BEFORE and words[k - 1] not in _NO_SPACE_AFTER:
            out.append(" ")
            at += 1
        starts.append(at)
        out.append(w)
        at += len(w)
    return "".join(out), starts


def join_words(words: list[str]) -> str:
    """Words back to text (:func:`join_words_at`)."""
    return join_words_at(words)[0]


# ----------------------------------------------------------------------- sentences
_SENT_END = re.compile(r"[.!?…][\"»”')]*\s+(?=[\"«“'(—–-]*[A-ZÀ-Ý0-9])")


def split_sentences(text: str) -> Iterator[str]:
    """Cut running text at line breaks and after ``.``/``!``/``?`` (and any closing quote)
    followed by a capital or a digit."""
    for line in text.splitlines():
        start = 0
        for m in _SENT_END.finditer(line):
            sent = line[start : m.end()].strip()
            start = m.end()
            if sent:
                yield sent
        sent = line[start:].strip()
        if sent:
            yield sent


_LINE_END = re.compile(r"[.!?…:;][\"»”')]*$")
_SPEECH_OPENING = ("—", "–", "-")


def unwrap_lines(text: str) -> str:
    """A hard-wrapped text's paragraphs on one line each: a line break inside a sentence becomes a
    space (``Não assentara no ponto de`` / ``refúgio, porque``). A break stays after a line that
    ends a sentence or a clause (``.``, ``!``, ``?``, ``…``, ``:``, ``;``, a closing quote after
    them), after a blank line, after a heading in capitals (``CAPÍTULO PRIMEIRO``) and before a
    line of dialogue (opened by a dash)."""
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        prev = out[-1] if out else ""
        if (
            stripped
            and prev.strip()
            and not _LINE_END.search(prev.rstrip())
            and not stripped.startswith(_SPEECH_OPENING)
            and not (prev.isupper() or stripped.isupper())
        ):
            out[-1] = prev.rstrip() + " " + stripped
        else:
            out.append(line)
    return "\n".join(out)


def machado(data: Path) -> Iterator[str]:
    """Machado de Assis' works, sentence by sentence; the texts are wrapped at about 80 characters,
    so the lines are joined back into paragraphs first (:func:`unwrap_lines`)."""
    with gzip.open(data / "raw-pt" / "machado.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield from split_sentences(unwrap_lines(json.loads(line)["text"]))


def mac_morpho(data: Path, section: str = "") -> Iterator[str]:
    """MAC-MORPHO's sentences as surface text, its files in name order; ``section``: only the
    files whose name starts with it (``br``, ``co``...)."""
    with zipfile.ZipFile(data / "raw-pt" / "mac_morpho.zip") as z:
        for name in sorted(z.namelist()):
            if not name.endswith(".txt") or not name.rsplit("/", 1)[-1].startswith(section):
                continue
            with z.open(name) as raw:
                lines = io.TextIOWrapper(raw, encoding="iso-8859-1")
                for words in mac_morpho_words(lines):
                    yield join_words(words)


LENER_PARTS = ("train", "dev", "test")


def lener_sentences(data: Path, part: str) -> Iterator[list[tuple[str, str]]]:
    """The sentences of one LeNER-Br split (``raw-pt/lener-br/{part}.conll.gz``) in file order, as
    ``(word, IOB tag)`` pairs; a blank line ends a sentence."""
    with gzip.open(data / "raw-pt" / "lener-br" / f"{part}.conll.gz", "rt", encoding="utf-8") as f:
        sent: list[tuple[str, str]] = []
        for line in f:
            line = line.strip()
            if line:
                word, _, tag = line.rpartition(" ")
                sent.append((word, tag))
            elif sent:
                yield sent
                sent = []
        if sent:
            yield sent


def lener(data: Path, parts: tuple[str, ...] = LENER_PARTS) -> Iterator[str]:
    """LeNER-Br's sentences as surface text; ``parts``: which of its splits."""
    for part in parts:
        for sent in lener_sentences(data, part):
            yield join_words([word for word, _ in sent])


def wikipedia(data: Path) -> Iterator[str]:
    with gzip.open(data / "dbpedia-pt" / "relations.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["sentence"]


def bosque_train(data: Path) -> Iterator[str]:
    """The text of Bosque's training sentences (Público and Folha news) as written (the
    ``# text =`` line); never its dev or test split."""
    with (data / "ud-bosque" / "train.conllu").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("# text = "):
                yield line.removeprefix("# text = ").strip()


def training_splits(corpus: Path) -> Iterator[str]:
    for text in raw_text.raw_texts(corpus):
        yield from split_sentences(text)


# ------------------------------------------------------------------------ held out
def held_out_texts(data: Path) -> Iterator[str]:
    """The text of every split the pipeline is scored on."""
    for part in ("dev", "test"):
        text = (data / "ud-bosque" / f"{part}.conllu").read_text(encoding="utf-8")
        for sent in convert.read_conllu(text):
            yield " ".join(t["form"] for t in convert.merge_multiword_tokens(sent))
    yield from harem_texts(data, "test")
    yield from paramopama_texts(data, "test")
    from teia.eval.harem_xml import read_harem as read_harem_xml

    for doc in read_harem_xml(data / "harem" / "harem2-rerelem-dev.xml"):
        yield doc.text


def harem_texts(data: Path, part: str) -> Iterator[str]:
    """The HAREM I documents of one split (``convert.harem_split``)."""
    harem = convert.read_harem((data / "harem" / "harem1-golden.txt").read_text(encoding="utf-8"))
    split = convert.harem_split([d.docid for d in harem])
    for hd in harem:
        if split[hd.docid] == part:
            yield hd.text


def paramopama_texts(data: Path, part: str) -> Iterator[str]:
    """The Paramopama sentences of one split (``convert.paramopama_split``), tokens joined by spaces."""
    para = convert.paramopama_sentences((data / "ner" / "paramopama.conll").read_text(encoding="utf-8"))
    for k in convert.paramopama_split(len(para))[("train", "dev", "test").index(part)]:
        yield " ".join(para[k][0])


def tokenizer(nlp) -> Callable[[str], list[str]]:
    """A text's tokens as strings, cut by ``nlp``'s tokenizer (a blank ``pt`` one: the runtime's)."""

    def tokenize(text: str) -> list[str]:
        return [t.text for t in nlp.make_doc(text)]

    return tokenize


def ngrams(tokens: list[str], n: int = NGRAM) -> Iterator[tuple[str, ...]]:
    return (tuple(tokens[k : k + n]) for k in range(len(tokens) - n + 1))


class Filter:
    """Drops repeated sentences and sentences sharing an n-gram with the held-out texts."""

    def __init__(self, tokenize: Callable[[str], list[str]], held_out: Iterable[str], n: int = NGRAM):
        self.tokenize = tokenize
        self.n = n
        self.blocked: set[int] = set()
        for text in held_out:
            words = [w.lower() for w in tokenize(text) if not w.isspace()]
            self.blocked.update(hash(g) for g in ngrams(words, n))
        self.seen: set[int] = set()

    def check(self, tokens: list[str]) -> str:
        """``"kept"``, ``"duplicate"`` or ``"held-out"`` (the sentence is then recorded as seen)."""
        low = [t.lower() for t in tokens]
        if any(hash(g) in self.blocked for g in ngrams(low, self.n)):
            return "held-out"
        key = hash(tuple(low))
        if key in self.seen:
            return "duplicate"
        self.seen.add(key)
        return "kept"


def build(sources: dict[str, Iterable[str]], flt: Filter, out, nlp) -> dict[str, dict[str, int]]:
    """Write the kept sentences of each source to ``out``; return counts per source."""
    stats: dict[str, dict[str, int]] = {}
    for name, sents in sources.items():
        counts = {"kept": 0, "duplicate": 0, "held-out": 0, "words": 0}
        for doc in nlp.tokenizer.pipe(s for s in sents if s.strip()):
            tokens = [t.text for t in doc if not t.is_space]
            if not tokens:
                continue
            verdict = flt.check(tokens)
            counts[verdict] += 1
            if verdict == "kept":
                counts["words"] += len(tokens)
                out.write(" ".join(tokens) + "\n")
        stats[name] = counts
    return stats


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--corpus", type=Path, default=Path("corpus"), help="the converted training splits")
    ap.add_argument("--out", type=Path, default=Path("corpus/raw-pt.txt"))
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        sys.exit(f"corpus folder {args.data} not found")
    nlp = spacy.blank("pt")
    tokenize = tokenizer(nlp)
    flt = Filter(tokenize, held_out_texts(args.data))
    sources = {
        "machado": machado(args.data),
        "mac-morpho": mac_morpho(args.data),
        "lener-br": lener(args.data),
        "wikipedia": wikipedia(args.data),
        "training splits": training_splits(args.corpus),
    }
    tmp = args.out.with_name(args.out.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        stats = build(sources, flt, out, nlp)
    os.replace(tmp, args.out)
    print(f"{'source':<16} {'kept':>9} {'duplicate':>9} {'held-out':>9} {'words kept':>11}")
    for name, c in stats.items():
        print(f"{name:<16} {c['kept']:>9} {c['duplicate']:>9} {c['held-out']:>9} {c['words']:>11}")
    total = sum(c["words"] for c in stats.values())
    print(f"{sum(c['kept'] for c in stats.values())} sentences, {total} words -> {args.out}")


if __name__ == "__main__":
    main()
