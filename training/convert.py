"""Turn the public Portuguese corpora into spaCy ``DocBin`` files.

Pure Python on top of spaCy; run ``python convert.py --help``. The readers are plain
functions of a text so that the tests can feed them tiny inline samples.

Design choices (explained at length in ``training/README.md``):

* **Surface tokens.** The pipeline sees raw text cut by spaCy's ``pt`` tokenizer, which
  keeps contractions such as ``no``/``da``/``pelo`` whole. A CoNLL-U multiword token
  therefore becomes ONE token carrying the surface form; its head, relation and POS come
  from the part that is highest in the tree (the first such part on a tie, so ``do`` =
  ``de`` + ``o`` is an ``ADP``/``case``); its features are that part's features plus any
  feature only the other parts have; its lemma is the parts' lemmas joined by a space
  (``do`` -> ``de o``), the convention of spaCy's own Portuguese pipelines.
* **Missing, not O.** Where a corpus cannot know whether a token belongs to one of our
  categories, the token is left *missing* (no loss either way) instead of ``O``.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from teia.categories import HAREM_OF

sys.path.insert(0, str(Path(__file__).resolve().parent))
import raw_corpus  # noqa: E402  (LeNER-Br's reader; it imports this module's readers back)

LABELS = tuple(HAREM_OF)
"""The NER's labels: our categories that HAREM annotates (all but MISC)."""

HAREM_LABELS: dict[str, str | None] = {
    **{harem: label for label, harem in HAREM_OF.items()},
    # No counterpart in our scheme: the tokens are unknown to us, not "outside".
    "COISA": None,
    "OUTRO": None,
    "VARIADO": None,  # HAREM I's older name of OUTRO
}

PARAMOPAMA_LABELS = {"PESSOA": "PER", "LOCAL": "LOC", "ORGANIZACAO": "ORG", "TEMPO": "DATE"}
WIKIANN_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
# LeNER-Br (legal text): its TEMPO spans are dates cut as HAREM cuts them ("em [22/02/2016]",
# "de [5 de julho de 2002]": no leading preposition), so DATE; laws and court decisions have no
# category of ours that fits them whole: their tokens are missing (None), not O.
LENER_LABELS: dict[str, str | None] = {
    "PESSOA": "PER", "ORGANIZACAO": "ORG", "LOCAL": "LOC", "TEMPO": "DATE",
    "LEGISLACAO": None, "JURISPRUDENCIA": None,
}

MONTHS = {
    "janeiro", "fevereiro", "março", "marco", "abril", "maio", "junho", "julho",
    "agosto", "setembro", "outubro", "novembro", "dezembro",
}
WEEKDAYS = {
    "domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
    "sexta-feira", "sábado", "segunda", "terça", "quarta", "quinta", "sexta",
}
# Lower-case words that may sit inside a name ("Universidade de Lisboa") or a date
# ("agosto de 1920"); between two missing tokens they become missing too.
CONNECTORS = {"de", "da", "do", "das", "dos", "e", "d'", "del", "di", "von", "van", "la", "y"}
# Leading words Paramopama keeps inside TEMPO spans ("em 1947", "após 1991") but HAREM
# (and our scheme) leaves outside the date.
DATE_LEADERS = {
    "em", "no", "na", "nos", "nas", "num", "numa", "após", "apos", "desde", "até", "ate",
    "entre", "durante", "antes", "depois", "a", "à", "ao", "partir", "de", "do", "da",
    "dos", "das", "por", "pelo", "pela", "para", "cerca", "por volta", "volta",
}


def blank_vocab() -> Vocab:
    return spacy.blank("pt").vocab


# --------------------------------------------------------------------------- CoNLL-U
@dataclass
class Word:
    id: int
    form: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    space_after: bool = True


@dataclass
class Sentence:
    words: list[Word]
    mwts: list[tuple[int, int, str, bool]]  # (first id, last id, surface, space_after)
    newdoc: bool = False


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def read_conllu(text: str) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U text (empty nodes ``3.1`` are skipped)."""
    words: list[Word] = []
    mwts: list[tuple[int, int, str, bool]] = []
    newdoc = False
    for line in text.splitlines() + [""]:
        line = line.rstrip("\r\n")
        if not line.strip():
            if words:
                yield Sentence(words, mwts, newdoc)
            words, mwts, newdoc = [], [], False
            continue
        if line.startswith("#"):
            if line.startswith("# newdoc"):
                newdoc = True
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"CoNLL-U line without 10 columns: {line!r}")
        tid, form, lemma, upos, _xpos, feats, head, deprel, _deps, misc = cols
        if "." in tid:
            continue
        if "-" in tid:
            first, last = (int(x) for x in tid.split("-"))
            mwts.append((first, last, form, _space_after(misc)))
            continue
        words.append(
            Word(int(tid), form, lemma, upos, feats, int(head), deprel, _space_after(misc))
        )


def _merge_feats(main: str, others: Iterable[str]) -> str:
    feats: dict[str, str] = {}
    for part in [main, *others]:
        if part in ("", "_"):
            continue
        for feat in part.split("|"):
            key, _, value = feat.partition("=")
            feats.setdefault(key, value)
    return "|".join(f"{k}={feats[k]}" for k in sorted(feats, key=str.lower))


def _depth(word_id: int, heads: dict[int, int]) -> int:
    depth = 0
    while word_id != 0 and depth <= len(heads):
        word_id = heads[word_id]
        depth += 1
    return depth


def merge_multiword_tokens(sent: Sentence) -> list[dict]:
    """Collapse every multiword token of ``sent`` into one surface token.

    Returns one dict per surface token with keys ``form, lemma, pos, morph, head, dep,
    space`` where ``head`` is a 0-based index into the returned list (itself for the root).
    """
    heads = {w.id: w.head for w in sent.words}
    by_id = {w.id: w for w in sent.words}
    group_of: dict[int, int] = {}  # word id -> surface index
    surfaces: list[tuple[list[Word], str | None, bool | None]] = []
    mwt_at = {first: (first, last, form, sa) for first, last, form, sa in sent.mwts}
    i = 0
    ids = [w.id for w in sent.words]
    while i < len(ids):
        wid = ids[i]
        if wid in mwt_at:
            first, last, form, sa = mwt_at[wid]
            parts = [by_id[j] for j in range(first, last + 1)]
            surfaces.append((parts, form, sa))
            i += len(parts)
        else:
            surfaces.append(([by_id[wid]], None, None))
            i += 1
        for w in surfaces[-1][0]:
            group_of[w.id] = len(surfaces) - 1
    tokens = []
    for idx, (parts, form, sa) in enumerate(surfaces):
        part_ids = {w.id for w in parts}
        outside = [w for w in parts if w.head not in part_ids]
        root = min(outside or parts, key=lambda w: (_depth(w.id, heads), w.id))
        others = [w for w in parts if w is not root]
        head = idx if root.head == 0 else group_of[root.head]
        tokens.append(
            {
                "form": form if form is not None else root.form,
                "lemma": " ".join(w.lemma for w in parts),
                "pos": root.upos,
                "morph": _merge_feats(root.feats, (w.feats for w in others)),
                "head": head,
                "dep": "ROOT" if root.head == 0 else root.deprel,
                "space": sa if sa is not None else parts[-1].space_after,
            }
        )
    return tokens


def conllu_to_docs(text: str, vocab: Vocab, n_sents: int = 10) -> list[Doc]:
    """Group the sentences of a CoNLL-U text into docs of at most ``n_sents``
    sentences (a new doc also starts at every ``# newdoc``)."""
    docs: list[Doc] = []
    batch: list[list[dict]] = []

    def flush() -> None:
        if not batch:
            return
        words, spaces, lemmas, pos, morphs, heads, deps, starts = [], [], [], [], [], [], [], []
        for toks in batch:
            offset = len(words)
            for j, t in enumerate(toks):
                words.append(t["form"])
                spaces.append(t["space"])
                lemmas.append(t["lemma"])
                pos.append(t["pos"])
                morphs.append(t["morph"])
                heads.append(offset + t["head"])
                deps.append(t["dep"])
                starts.append(j == 0)
            spaces[-1] = True  # sentences are joined by a space inside a doc
        spaces[-1] = False
        docs.append(
            Doc(vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, morphs=morphs,
                heads=heads, deps=deps, sent_starts=starts)
        )
        batch.clear()

    for sent in read_conllu(text):
        if sent.newdoc or len(batch) >= n_sents:
            flush()
        batch.append(merge_multiword_tokens(sent))
    flush()
    return docs


# --------------------------------------------------------------- token/tag NER files
def read_columns(text: str, strip_prefix: str = "") -> Iterator[tuple[list[str], list[str]]]:
    """Yield (tokens, tags) per blank-line separated sentence of a ``token<TAB>tag`` file."""
    toks: list[str] = []
    tags: list[str] = []
    for line in text.splitlines() + [""]:
        line = line.rstrip("\r\n")
        if not line.strip():
            if toks:
                yield toks, tags
            toks, tags = [], []
            continue
        parts = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
        if len(parts) != 2:
            raise ValueError(f"expected token<TAB>tag, got {line!r}")
        tok, tag = parts
        if strip_prefix and tok.startswith(strip_prefix):
            tok = tok[len(strip_prefix):]
        toks.append(tok)
        tags.append(tag.strip())
    return


def _maybe_hidden(tok: str, months_too: bool) -> bool:
    """Could a token tagged O hide a category the corpus does not annotate?"""
    if any(ch.isupper() for ch in tok[:1]) or any(ch.isdigit() for ch in tok):
        return True
    return months_too and tok.lower() in MONTHS | WEEKDAYS


def _ner_doc(vocab: Vocab, toks: list[str], spans: list[tuple[int, int, str | None]],
             months_too: bool) -> Doc:
    """Build a doc with the given entity spans (label None: the span's tokens are missing);
    O tokens that could hide an unannotated category are set missing, connectors between
    missing tokens too."""
    doc = Doc(vocab, words=toks)
    inside = [False] * len(toks)
    unknown = [False] * len(toks)
    for s, e, lab in spans:
        for k in range(s, e):
            inside[k] = True
            unknown[k] = lab is None
    missing = [unknown[k] or (not inside[k] and _maybe_hidden(t, months_too))
               for k, t in enumerate(toks)]
    # a connector between two unknown-or-entity stretches is unknown as well
    for k, t in enumerate(toks):
        if inside[k] or missing[k] or t.lower() not in CONNECTORS:
            continue
        left = k > 0 and (missing[k - 1] or inside[k - 1])
        right = k + 1 < len(toks) and (missing[k + 1] or inside[k + 1])
        if left and right:
            missing[k] = True
    ents = [Span(doc, s, e, label=lab) for s, e, lab in spans if lab is not None]
    outside = [Span(doc, k, k + 1) for k in range(len(toks)) if not inside[k] and not missing[k]]
    doc.set_ents(ents, outside=outside, default="missing")
    return doc


def _io_spans(tags: list[str], mapping: dict[str, str]) -> list[tuple[int, int, str]]:
    """IO tags (no B-): a run of the same tag is one entity."""
    spans = []
    k = 0
    while k < len(tags):
        tag = tags[k]
        if tag == "O" or tag not in mapping:
            k += 1
            continue
        e = k
        while e < len(tags) and tags[e] == tag:
            e += 1
        spans.append((k, e, mapping[tag]))
        k = e
    return spans


def _trim_date(toks: list[str], s: int, e: int) -> int:
    while s < e - 1 and toks[s].lower() in DATE_LEADERS:
        s += 1
    return s


def paramopama_sentences(text: str) -> list[tuple[list[str], list[tuple[int, int, str]]]]:
    out = []
    for toks, tags in read_columns(text):
        unknown = set(tags) - set(PARAMOPAMA_LABELS) - {"O"}
        if unknown:
            raise ValueError(f"unknown Paramopama tag(s) {sorted(unknown)}")
        spans = []
        for s, e, lab in _io_spans(tags, PARAMOPAMA_LABELS):
            if lab == "DATE":
                s = _trim_date(toks, s, e)
            spans.append((s, e, lab))
        out.append((toks, spans))
    return out


def paramopama_to_docs(text: str, vocab: Vocab) -> list[Doc]:
    return [_ner_doc(vocab, t, s, months_too=False) for t, s in paramopama_sentences(text)]


def _iob2_spans(tags: list[str], mapping: dict[str, str | None]) -> list[tuple[int, int, str | None]]:
    spans = []
    start, label = None, None
    for k, tag in enumerate(tags + ["O"]):
        prefix, _, lab = tag.partition("-")
        if start is not None and not (prefix == "I" and lab == label):
            spans.append((start, k, mapping[label]))
            start, label = None, None
        if prefix == "B" or (prefix == "I" and start is None and lab):
            if lab not in mapping:
                raise ValueError(f"unknown IOB2 label {lab!r}")
            start, label = k, lab
    return spans


def wikiann_to_docs(text: str, vocab: Vocab) -> list[Doc]:
    """WikiANN has no DATE: digits, month and weekday names are left missing too."""
    return [
        _ner_doc(vocab, toks, _iob2_spans(tags, WIKIANN_LABELS), months_too=True)
        for toks, tags in read_columns(text, strip_prefix="pt:")
    ]


def written_in_capitals(words: Iterable[str]) -> bool:
    """Whether a sentence is written mostly in capitals: at least half of its alphabetic words
    (the tokens made of letters only) are all in capitals and longer than one letter (LeNER-Br's
    headings and the parties' names of a case, 'APELAÇÃO CÍVEL', 'JOSÉ DA SILVA E OUTROS')."""
    alphabetic = [w for w in words if w.isalpha()]
    capitals = sum(1 for w in alphabetic if len(w) > 1 and w.isupper())
    return capitals > 0 and 2 * capitals >= len(alphabetic)


def lener_to_docs(sentences: Iterable[list[tuple[str, str]]], vocab: Vocab) -> list[Doc]:
    """LeNER-Br sentences as ``(word, IOB2 tag)`` pairs (``raw_corpus.lener_sentences``) -> NER
    docs: persons, organizations, places and dates kept, laws and decisions missing
    (``LENER_LABELS``); LeNER annotates dates, so an O month or number stays O."""
    docs = []
    for sent in sentences:
        toks = [word for word, _ in sent]
        spans = [(s, e, lab) if lab != "DATE" else (_trim_date(toks, s, e), e, lab)
                 for s, e, lab in _iob2_spans([tag for _, tag in sent], LENER_LABELS)]
        docs.append(_ner_doc(vocab, toks, spans, months_too=False))
    return docs


def lener_train_docs(data: Path, vocab: Vocab, limit: int, no_capitals: bool = False) -> list[Doc]:
    """The first ``limit`` sentences of LeNER-Br's train split as NER docs, in file order; with
    ``no_capitals`` those :func:`written_in_capitals` are left out first."""
    sentences = raw_corpus.lener_sentences(data, "train")
    if no_capitals:
        sentences = (sent for sent in sentences if not written_in_capitals(w for w, _ in sent))
    return lener_to_docs(sentences, vocab)[:limit]


# ------------------------------------------------------------------------- HAREM I
@dataclass
class HaremDoc:
    docid: str
    text: str
    # (start char, end char, label); label None = missing (COISA/OUTRO/OMITIDO)
    spans: list[tuple[int, int, str | None]] = field(default_factory=list)


_TAG = re.compile(r"<(/?)([A-Z|]+)((?:\s+[A-Z]+=\"[^\"]*\")*)\s*>")
_ATTR = re.compile(r"([A-Z]+)=\"([^\"]*)\"")


def _first_alternative(body: str) -> str:
    """The first ``|``-separated alternative of an ``<ALT>`` body, ignoring ``|`` inside
    tags (category and TIPO values use ``|`` too)."""
    depth = 0
    for k, ch in enumerate(body):
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        elif ch == "|" and depth == 0:
            return body[:k]
    return body


def _resolve_alts(text: str) -> str:
    out = []
    pos = 0
    while True:
        s = text.find("<ALT>", pos)
        if s < 0:
            out.append(text[pos:])
            return "".join(out)
        e = text.find("</ALT>", s)
        if e < 0:
            raise ValueError("unterminated <ALT>")
        out.append(text[pos:s])
        out.append(_first_alternative(text[s + 5 : e]))
        pos = e + 6


def parse_harem_text(marked: str) -> tuple[str, list[tuple[int, int, str | None]]]:
    """Strip the inline markup of one HAREM ``<TEXTO>`` body.

    Returns the plain text and the mention spans as character offsets.
    """
    marked = _resolve_alts(marked)
    plain: list[str] = []
    length = 0
    stack: list[tuple[str, int, str | None]] = []
    spans: list[tuple[int, int, str | None]] = []
    pos = 0
    for m in _TAG.finditer(marked):
        chunk = marked[pos : m.start()]
        plain.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if not closing:
            if name == "OMITIDO":
                label = None
            else:
                categ = name.split("|")[0]
                if categ not in HAREM_LABELS:
                    raise ValueError(f"unknown HAREM category {name!r}")
                label = HAREM_LABELS[categ]
            stack.append((name, length, label))
        else:
            if not stack or stack[-1][0] != name:
                raise ValueError(f"unbalanced HAREM tag </{name}> near {marked[m.start()-60:m.end()]!r}")
            _, start, label = stack.pop()
            if name == "OMITIDO" or start < length:
                spans.append((start, length, label))
    plain.append(marked[pos:])
    if stack:
        raise ValueError(f"unclosed HAREM tag <{stack[-1][0]}>")
    return "".join(plain), spans


def read_harem(text: str) -> list[HaremDoc]:
    docs = []
    for m in re.finditer(r"<DOC>(.*?)</DOC>", text, flags=re.S):
        body = m.group(1)
        docid = re.search(r"<DOCID>(.*?)</DOCID>", body).group(1).strip()
        t = re.search(r"<TEXTO>(.*?)</TEXTO>", body, flags=re.S)
        plain, spans = parse_harem_text(t.group(1).strip("\n"))
        docs.append(HaremDoc(docid, plain, spans))
    return docs


def harem_doc_to_docs(hdoc: HaremDoc, nlp, min_tokens: int = 40) -> list[Doc]:
    """Tokenize one HAREM document with the runtime tokenizer and cut it into chunks at
    line breaks that no mention crosses."""
    doc = nlp.make_doc(hdoc.text)
    ents, missing = [], []
    for s, e, label in hdoc.spans:
        # mentions inside OMITIDO, or overlapping ones: the outer one wins below
        span = doc.char_span(s, e, alignment_mode="strict")
        if span is None:
            span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        # spaCy's NER cannot start, end or continue an entity on a whitespace token:
        # trim it at the edges; a mention crossing a line break becomes missing.
        while len(span) and span[0].is_space:
            span = span[1:]
        while len(span) and span[-1].is_space:
            span = span[:-1]
        if len(span) == 0:
            continue
        if any(t.is_space for t in span):
            label = None
        (ents if label else missing).append((span, label))
    # nested or overlapping mentions: keep missing first, then longest entities
    taken = [False] * len(doc)
    final_ents = []
    for span, _ in missing:
        for k in range(span.start, span.end):
            taken[k] = True
    for span, label in sorted(ents, key=lambda x: -(x[0].end - x[0].start)):
        if any(taken[k] for k in range(span.start, span.end)):
            continue
        final_ents.append(Span(doc, span.start, span.end, label=label))
        for k in range(span.start, span.end):
            taken[k] = True
    outside = [Span(doc, k, k + 1) for k in range(len(doc)) if not taken[k]]
    doc.set_ents(final_ents, outside=outside, default="missing")
    # cut at line breaks outside mentions once a chunk has min_tokens tokens
    chunks = []
    start = 0
    for tok in doc:
        if "\n" in tok.text_with_ws and not taken[tok.i] and tok.i + 1 - start >= min_tokens:
            chunks.append((start, tok.i + 1))
            start = tok.i + 1
    if start < len(doc):
        chunks.append((start, len(doc)))
    return [doc[s:e].as_doc() for s, e in chunks if any(not t.is_space for t in doc[s:e])]


def harem_split(docids: list[str]) -> dict[str, str]:
    """Fixed split by document: sort the DOCIDs; position % 5 == 4 -> test,
    == 3 -> dev, else train."""
    split = {}
    for k, d in enumerate(sorted(docids)):
        split[d] = "test" if k % 5 == 4 else "dev" if k % 5 == 3 else "train"
    return split


def paramopama_split(n: int) -> tuple[range, range, range]:
    """First 85 % of the sentences train, next 5 % dev, last 10 % test."""
    a, b = int(n * 0.85), int(n * 0.90)
    return range(0, a), range(a, b), range(b, n)


# ---------------------------------------------------------------------------- CLI
def _save(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    ntok = sum(len(d) for d in docs)
    ents = sum(len(d.ents) for d in docs)
    print(f"{path}: {len(docs)} docs, {ntok} tokens, {ents} entities", file=sys.stderr)


def input_files(data: Path, lener: bool = False) -> list[Path]:
    """The corpus files under ``data`` that :func:`main` reads (LeNER-Br's train split only when
    ``lener``), so that a missing one is named before any conversion runs."""
    files = [data / "ud-bosque" / f"{part}.conllu" for part in ("train", "dev", "test")]
    files += [data / "harem" / "harem1-golden.txt", data / "ner" / "paramopama.conll"]
    files += [data / "ner" / "wikiann-pt" / f"{part}.iob2" for part in ("train", "dev")]
    if lener:
        files.append(data / "raw-pt" / "lener-br" / "train.conll.gz")
    return files


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "corpus")
    ap.add_argument("--harem-upsample", type=int, default=3,
                    help="repeat the HAREM training docs this many times in ner-train")
    ap.add_argument("--wikiann-max", type=int, default=20000,
                    help="use at most this many WikiANN training sentences")
    ap.add_argument("--lener-max", type=int, default=0,
                    help="add the first N LeNER-Br train sentences to ner-train (0: none, the "
                         "shipped recipe); LeNER dev and test never enter training")
    ap.add_argument("--lener-no-capitals", action="store_true",
                    help="leave out the LeNER-Br sentences written mostly in capitals "
                         "(written_in_capitals) before taking the first --lener-max")
    ap.add_argument("--ner-train", default="ner-train.spacy",
                    help="file name of the NER training set in --out")
    args = ap.parse_args(argv)
    data, out = args.data, args.out
    if not data.is_dir():
        sys.exit(f"corpus folder {data} not found")
    if args.lener_max < 0:
        sys.exit(f"--lener-max {args.lener_max}: a number of sentences, 0 or more")
    missing = [path for path in input_files(data, lener=args.lener_max > 0) if not path.is_file()]
    if missing:
        sys.exit(f"{missing[0]}: corpus file not found ({len(missing)} of the inputs missing)")
    nlp = spacy.blank("pt")
    vocab = nlp.vocab

    for part in ("train", "dev", "test"):
        text = (data / "ud-bosque" / f"{part}.conllu").read_text(encoding="utf-8")
        _save(conllu_to_docs(text, vocab), out / f"bosque-{part}.spacy")

    harem = read_harem((data / "harem" / "harem1-golden.txt").read_text(encoding="utf-8"))
    split = harem_split([d.docid for d in harem])
    h = {"train": [], "dev": [], "test": []}
    for hd in harem:
        h[split[hd.docid]].extend(harem_doc_to_docs(hd, nlp))
    for part, docs in h.items():
        _save(docs, out / f"harem-{part}.spacy")

    para = paramopama_to_docs((data / "ner" / "paramopama.conll").read_text(encoding="utf-8"), vocab)
    tr, dv, te = paramopama_split(len(para))
    p = {"train": [para[k] for k in tr], "dev": [para[k] for k in dv], "test": [para[k] for k in te]}
    for part, docs in p.items():
        _save(docs, out / f"paramopama-{part}.spacy")

    wiki = {
        part: wikiann_to_docs((data / "ner" / "wikiann-pt" / f"{part}.iob2").read_text(encoding="utf-8"), vocab)
        for part in ("train", "dev")
    }
    _save(wiki["train"][: args.wikiann_max], out / "wikiann-train.spacy")
    _save(wiki["dev"][:1000], out / "wikiann-dev.spacy")

    lener = []
    if args.lener_max:
        lener = lener_train_docs(data, vocab, args.lener_max, no_capitals=args.lener_no_capitals)
        _save(lener, out / "lener-train.spacy")
    _save(h["train"] * args.harem_upsample + p["train"] + wiki["train"][: args.wikiann_max] + lener,
          out / args.ner_train)
    _save(h["dev"] + p["dev"] + wiki["dev"][:1000], out / "ner-dev.spacy")


if __name__ == "__main__":
    main()
