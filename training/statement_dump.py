"""Every relation statement of the rules on a slice of news or Wikipedia text, to read by hand,
and how many open relations have a verb lemma the verb lexicon does not know (issue 20).

The slice: MAC-MORPHO's Folha de São Paulo sentences (``raw-pt/mac_morpho.zip``) or the
Wikipedia sentences of DBpedia-PT (``dbpedia-pt/relations.jsonl.gz``; ``--source wikipedia``)
or the news of Bosque's training split (``ud-bosque/train.conllu``; ``--source bosque``: the
shipped parser was trained on it, so its parses are better than on unseen news), or Machado de
Assis' works (``raw-pt/machado.jsonl.gz``; ``--source machado``: nineteenth-century prose, the
kind of text a historian reads) or the legal text of LeNER-Br's training split
(``raw-pt/lener-br/train.conll.gz``; ``--source lener``),
with two capitalized words after the first, a sentence sharing an 8-gram with a held-out text
dropped (as in ``raw_corpus.py``), in a fixed order (the SHA-1 of the text) read from its end:
``--offset`` sentences skipped, ``--limit`` parsed (``relation_news.py`` reads the same order
from its start). ``--source harem1-train`` or ``harem1-dev`` reads instead whole documents of
HAREM I's train or dev split (web pages, news, encyclopedia text of the HAREM collection;
``teia_ner_eval.harem1_documents``: the test split is refused), ``--offset`` and ``--limit``
counting documents in DOCID order; each statement's row then names its document and quotes its
sentence. The NER was trained on the train documents, so its mentions are better there than
on unseen text. The pipeline is the shipped one without the relation classifier, the current
checkout's rules. Each statement is written to ``--out`` (git-ignored ``logs/``: it quotes the
text) with its rule, modality, polarity (``+``, or ``-`` for a negated one) and, for an open
relation of a verb (a rule not in :data:`NOUN_RULES`), the verb lemma its predicate starts with and whether ``--verbs``
(default: the shipped ``verbs.json``, so that two checkouts are counted against one lexicon)
or the mapping holds it:
``known``, ``unknown`` (shaped like an infinitive, but none the lexicon has: ``atir``,
``exiber``) or ``no infinitive`` (``sofr``, ``fizessem``). It also counts the verb tokens
(``VERB``, ``AUX``) of the slice whose lemma, as the rules repair it
(:meth:`~teia.extract.relations.context.Context.lemma`), the lexicon lacks, and names the most
frequent of their forms (``--top``), whether or not a statement came of them.

    python statement_dump.py --data ../../shared/data --limit 1500 [--source wikipedia|bosque|machado|lener] [--verbs FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import raw_corpus  # noqa: E402  (the sentences and the held-out filter)
import relation_news  # noqa: E402  (may_hold_a_pair)
import teia_ner_eval  # noqa: E402  (HAREM I's train and dev documents)


HAREM1 = {"harem1-train": "train", "harem1-dev": "dev"}
"""Sources of whole HAREM I documents, and the split each reads."""
SOURCES = ("mac-morpho", "wikipedia", "bosque", "machado", "lener", *HAREM1)

NOUN_RULES = frozenset({"appos-title", "copula-noun", "role-name", "xcomp-noun", "como-noun"})
"""Rules whose open predicate is a noun's (``rel:gerente_de``), not a verb's."""


def slice_sentences(data: Path, source: str, offset: int, limit: int) -> list[str]:
    import spacy

    blank = spacy.blank("pt")
    flt = raw_corpus.Filter(lambda text: [t.text for t in blank.make_doc(text)], raw_corpus.held_out_texts(data))
    sources = {
        "mac-morpho": raw_corpus.mac_morpho,
        "wikipedia": raw_corpus.wikipedia,
        "bosque": raw_corpus.bosque_train,
        "machado": raw_corpus.machado,
        "lener": lambda path: raw_corpus.lener(path, parts=("train",)),
    }
    texts = sources[source](data)
    kept = [s for s in texts if relation_news.may_hold_a_pair(s) and flt.check([t.text for t in blank.make_doc(s)]) == "kept"]
    kept.sort(key=lambda s: hashlib.sha1(s.encode("utf-8")).hexdigest(), reverse=True)
    return kept[offset : offset + limit]


def slice_texts(data: Path, source: str, offset: int, limit: int) -> list[tuple[str, str]]:
    """``(id, text)`` of the slice: sentences of a sentence source (see :func:`slice_sentences`)
    or whole documents of a HAREM I split (``harem1-train``, ``harem1-dev``), ``offset`` skipped
    and ``limit`` kept."""
    if source in HAREM1:
        docs = teia_ner_eval.harem1_documents(data, HAREM1[source])[offset : offset + limit]
        return [(d.docid, d.text) for d in docs]
    return [(f"{source}-{offset + k}", s) for k, s in enumerate(slice_sentences(data, source, offset, limit))]


def parsed_docs(texts: list[tuple[str, str]]):
    """``(id, doc)`` of each text through the shipped pipeline without the relation classifier
    (the statements to read are the rules'), in the order of ``texts``."""
    from teia.extract.pipeline import PipelineConfig, create_pipeline, make_doc
    from teia.records import Document

    nlp = create_pipeline(PipelineConfig(relation_model=False))
    docs = (make_doc(nlp, Document(doc_id, text)) for doc_id, text in texts)
    for (doc_id, _), doc in zip(texts, nlp.pipe(docs, batch_size=64)):
        yield doc_id, doc


def lemma_status(predicate: str, is_verb) -> tuple[str, str]:
    """The lemma an open predicate starts with and its status (see the module's doc)."""
    from teia.extract.relations.mapping import is_infinitive

    lemma = predicate.removeprefix("rel:").split("_")[0]
    if is_verb(lemma):
        return lemma, "known"
    return lemma, "unknown" if is_infinitive(lemma) else "no infinitive"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--source", choices=SOURCES, default="mac-morpho")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--verbs", type=Path, default=HERE.parent / "teia" / "extract" / "data" / "verbs.json")
    ap.add_argument("--out", type=Path, default=HERE / "logs" / "statement-dump.tsv")
    ap.add_argument("--top", type=int, default=20, help="verb forms of an unknown lemma to name")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        sys.exit(f"statement_dump.py: error: data folder {args.data} not found")

    from teia.extract.relations.component import RELATIONS
    from teia.extract.relations.context import Context
    from teia.extract.relations.mapping import default_mapping

    lexicon = set(json.loads(args.verbs.read_text(encoding="utf-8"))["infinitives"]) | set(default_mapping().known_verbs)
    texts = slice_texts(args.data, args.source, args.offset, args.limit)

    t0 = time.perf_counter()
    words = 0
    counts: Counter = Counter()
    unknown_forms: Counter = Counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        out.write("sentence\tsubject\tpredicate\tobject\trule\tmodality\tpolarity\tlemma\tstatus\ttext\n")
        for k, (_, doc) in enumerate(parsed_docs(texts)):
            words += len(doc)
            ctx = Context(doc, default_mapping())
            for tok in doc:
                if tok.pos_ in ("VERB", "AUX"):
                    counts["verb tokens"] += 1
                    if ctx.lemma(tok) not in lexicon:
                        counts["verb tokens, lemma unknown"] += 1
                        unknown_forms[f"{tok.lower_} -> {ctx.lemma(tok)}"] += 1
            labels = {e.id: e.label for e in doc._.teia_entities}
            for r in doc._.get(RELATIONS) or ():
                counts["statements"] += 1
                counts["asserted"] += r.asserted
                lemma = status = ""
                base = r.rule.removeprefix("open:").split("+")[0]
                if r.predicate.startswith("rel:"):
                    counts["open"] += 1
                if r.predicate.startswith("rel:") and base not in NOUN_RULES:
                    counts["open of a verb"] += 1
                    lemma, status = lemma_status(r.predicate, lexicon.__contains__)
                    counts[f"open of a verb, {status}"] += 1
                    counts[f"open of a verb asserted, {status}"] += r.asserted
                where, text = (texts[k][0], r.evidence.sentence) if args.source in HAREM1 else (args.offset + k, doc.text)
                row = (where, labels[r.subject], r.predicate, labels[r.object], r.rule, r.modality, "+" if r.polarity else "-", lemma, status, text)
                out.write("\t".join(" ".join(str(x).split("\n")).replace("\t", " ") for x in row) + "\n")
    print(f"{len(texts)} {'documents' if args.source in HAREM1 else 'sentences'}, {words} words, {time.perf_counter() - t0:.0f} s -> {args.out}")
    for key, n in sorted(counts.items()):
        print(f"{key}: {n}")
    if args.top:
        print("most frequent verb forms of an unknown lemma:", ", ".join(f"{f} ({n})" for f, n in unknown_forms.most_common(args.top)))


if __name__ == "__main__":
    main()
