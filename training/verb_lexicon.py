"""The verb lexicon of the relation rules: Portuguese infinitives (``teia/extract/data/verbs.json``).

An open relation's predicate is its verb's lemma, and the shipped lemmatizer breaks some verbs
into infinitive-shaped words that are none (``atiram`` -> ``atir``, ``exibe`` -> ``exiber``,
``inclua`` -> ``incluar``). :meth:`teia.extract.relations.context.Context.lemma` repairs such a
lemma towards a verb of this lexicon. A word is taken as an infinitive when

* it is the lemma of a ``VERB`` or ``AUX`` token of Bosque ``train`` (gold lemmas), unless it
  is seen once, not as the infinitive itself nor in the raw text nor by a source below, and
  another verb's regular endings give its form (a slip of the annotation: ``vendidos`` ->
  ``vendir``, vender's participle), or
* MAC-MORPHO tags it as a verb (``V``, ``VAUX``) and it has an infinitive's shape, or
* two of its forms that only a verb of its conjugation has, or the infinitive and one of them,
  occur in MAC-MORPHO, in the Wikipedia sentences of DBpedia-PT or in Machado de Assis' works,
  from a stem of three letters at least (``militar`` and ``militou``; ``amordaçou`` and
  ``amordaçando``: ``amordaçar``; ``-eu``, ``-endo``, ``-esse`` of a verb in ``-er``; ``-iu``,
  ``-indo``, ``-isse`` of one in ``-ir``; words written in lower case only; not ``lugar``, ``dólar``, ``pomar``
  with ``pomada``, ``consular`` with ``consulado``: ``-ado`` is also a noun's ending).

``irregular_forms``: Bosque train's verb forms the regular endings do not lead to their lemma
(``faz`` -> ``fazer``, ``ido`` -> ``ir``, ``propôs`` -> ``propor``), the form's most frequent
lemma, seen twice at least.

Not taken: a word Bosque ``train`` lemmatizes as another verb (``fizer``, ``tiver``,
``puder``: future subjunctives shaped like infinitives) and the same forms of compound verbs
(``obtiver``, ``dispuser``, ``sobrevier``). MAC-MORPHO and Wikipedia sentences sharing an
8-gram with a held-out text (Bosque dev/test, the HAREM I test documents, Paramopama test,
HAREM II dev) are skipped first (``raw_corpus.Filter``), and so are Machado's; nothing is read
from a test split.

    python verb_lexicon.py --data ../../shared/data [--out ../teia/extract/data/verbs.json]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import raw_corpus  # noqa: E402  (MAC-MORPHO's surface text and the held-out filter)
import verb_paradigms  # noqa: E402  (the irregular verbs' full paradigms)

from teia.extract.relations.mapping import is_infinitive  # noqa: E402

_PARADIGMS = verb_paradigms.paradigms()
_IRREGULAR = frozenset().union(*_PARADIGMS.values()) - set(_PARADIGMS)
"""The irregular verbs' forms that are none of their infinitives: no infinitive of the lexicon
(``tiver``, ``puser``, ``der``, ``for``, ``previr``: future subjunctives shaped like
infinitives), no evidence of another verb (``previu``, ``previsse`` are not ``previr``'s)."""
# a consonant the old spelling wrote and no longer pronounced ("actuar" -> "atuar")
_MUTE = re.compile(r"(?<=[aeiou])[cp](?=[tcç])")
# forms only a verb of that conjugation has ("-ado" is also a noun's ending: "estado", "mercado";
# "-eram", "-iram" also a present of a verb in "-erar", "-irar": "superam", "admiram")
_OWN_FORMS = {
    "ar": ("ou", "aram", "ava", "avam", "ando", "asse"),
    "er": ("eu", "endo", "esse"),
    "ir": ("iu", "indo", "isse"),
}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def bosque_verbs(data: Path) -> tuple[Counter, set[str], set[str], dict[str, Counter]]:
    """The gold lemmas of Bosque train's verbs, its verb forms of infinitive shape whose
    lemma is another word (``fizer`` -> ``fazer``), the lemmas seen as a form (the
    infinitive itself), and the lemmas of each form."""
    lemmas: Counter = Counter()
    by_form: dict[str, Counter] = {}
    others: set[str] = set()
    own: set[str] = set()
    with (data / "ud-bosque" / "train.conllu").open(encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 10 or not cols[0].isdigit() or cols[3] not in ("VERB", "AUX"):
                continue
            form, lemma = cols[1].lower(), cols[2].lower()
            lemmas[lemma] += 1
            by_form.setdefault(form, Counter())[lemma] += 1
            if form != lemma and is_infinitive(form):
                others.add(form)
            elif form == lemma:
                own.add(form)
    return lemmas, others - own, own, by_form


def mac_morpho_sentences(data: Path) -> Iterator[tuple[list[str], list[tuple[str, str]]]]:
    """Each MAC-MORPHO sentence as its lines and its (lower-case word, tag) pairs."""
    with zipfile.ZipFile(data / "raw-pt" / "mac_morpho.zip") as z:
        for name in sorted(z.namelist()):
            if not name.endswith(".txt"):
                continue
            with z.open(name) as raw:
                lines: list[str] = []
                tagged: list[tuple[str, str]] = []
                for line in io.TextIOWrapper(raw, encoding="iso-8859-1"):
                    line = line.strip()
                    if not line:
                        continue
                    word, _, tag = line.rpartition("_")
                    lines.append(line)
                    tagged.append((word.lower(), tag))
                    if tag == "." and word in (".", "!", "?", "...", "…"):
                        yield lines, tagged
                        lines, tagged = [], []
                if lines:
                    yield lines, tagged


def own_forms(words: Counter) -> set[str]:
    """The verbs two of whose own forms (:data:`_OWN_FORMS`), or the infinitive and one of them,
    are among ``words``; an irregular verb's form is no evidence (``previu`` and ``previsse``
    are ``prever``'s, not a ``previr``'s)."""
    seen: dict[str, set[str]] = {}
    for word in words:
        if not _WORD.fullmatch(word) or word in _IRREGULAR:
            continue
        for conj, endings in _OWN_FORMS.items():
            for e in endings:
                if word.endswith(e) and len(word) - len(e) >= 3:
                    seen.setdefault(word[: -len(e)] + conj, set()).add(e)
    return {verb for verb, endings in seen.items() if len(endings) + (verb in words) >= 2}


def irregular_forms(by_form: dict[str, Counter], verbs: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Bosque train's verb forms whose lemma (the most frequent, seen twice at least, in
    ``verbs``) the regular endings do not give (``faz`` -> ``fazer``, ``ido`` -> ``ir``,
    ``propôs`` -> ``propor``); a form with a hyphen or a space, or that is its lemma, is left.
    Then the forms of the irregular paradigms (:mod:`verb_paradigms`: ``puderam`` -> ``poder``,
    ``virão`` -> ``vir``) Bosque's do not hold, that the regular endings of no verb of ``verbs``
    give (``viram``: ``virar``'s too), of one paradigm only (not ``vimos``, ``ver``'s and
    ``vir``'s) and no infinitive (``vir``). Also the forms left out as ambiguous with their
    two readings (for ``verb_lexicon.py`` to print)."""
    from teia.extract.relations.conjugation import infinitive_of

    out = {}
    for form, lemmas in by_form.items():
        (lemma, count), = lemmas.most_common(1)
        if count < 2 or lemma not in verbs or form == lemma or not form.isalpha():
            continue
        if infinitive_of(form, lemma, {lemma}.__contains__) is None:
            out[form] = lemma
    readings: dict[str, set[str]] = {}
    for verb, forms in _PARADIGMS.items():
        for form in forms:
            readings.setdefault(form, set()).add(verb)
    ambiguous = {}
    for form, owners in sorted(readings.items()):
        if form in out or form in verbs:
            continue
        regular = infinitive_of(form, "", verbs.__contains__)
        if len(owners) == 1 and regular is None:
            out[form] = next(iter(owners))
        elif regular not in owners:
            ambiguous[form] = " ".join(sorted(owners | ({regular} if regular else set())))
    return out, ambiguous


def old_spellings(verbs: set[str], brazilian: Counter) -> dict[str, str]:
    """Infinitives of the spelling before the 1990 agreement to their present one, both in
    ``verbs``: a consonant no longer written before ``t``, ``c`` or ``ç`` (``actuar`` ->
    ``atuar``, ``baptizar`` -> ``batizar``, ``seleccionar`` -> ``selecionar``), when the
    Brazilian text (``brazilian``: MAC-MORPHO's words), whose spelling dropped such consonants
    long before, writes the forms of the old verb ten times less often at most than those of
    the new one: ``captar`` is no spelling of ``catar``."""
    from teia.extract.relations.conjugation import infinitive_of

    pairs = {}
    for verb in verbs:
        for m in _MUTE.finditer(verb):
            new = verb[: m.start()] + verb[m.end() :]
            if new in verbs:
                pairs[verb] = new
    if not pairs:
        return {}
    counts: Counter = Counter()
    candidates = set(pairs) | set(pairs.values())
    for word, n in brazilian.items():
        verb = infinitive_of(word, "", candidates.__contains__) if word[:2] in {v[:2] for v in candidates} else None
        if verb is not None:
            counts[verb] += n
    return {old: new for old, new in sorted(pairs.items()) if counts[new] > 0 and 10 * counts[old] <= counts[new]}


def build(data: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str], dict[str, int]]:
    """Each infinitive found with the source that gave it first, the irregular forms, the old
    spellings, the paradigms' forms left out as ambiguous, and counts."""
    import spacy

    blank = spacy.blank("pt")

    def tokenize(text: str) -> list[str]:
        return [t.text for t in blank.make_doc(text)]

    flt = raw_corpus.Filter(tokenize, raw_corpus.held_out_texts(data))
    bosque, others, bosque_infinitives, bosque_forms = bosque_verbs(data)
    tagged_verbs: Counter = Counter()
    words: Counter = Counter()
    brazilian: Counter = Counter()
    stats = Counter()
    def kept(source: str, tokens: list[str]) -> bool:
        """Whether a sentence is kept (no held-out 8-gram, no repeat); its lower-case words counted."""
        if flt.check(tokens) != "kept":
            stats[f"{source} dropped"] += 1
            return False
        stats[f"{source} kept"] += 1
        words.update(t for t in tokens if t.islower())
        return True

    for lines, tagged in mac_morpho_sentences(data):
        text = " ".join(raw_corpus.join_words(w) for w in raw_corpus.mac_morpho_words(lines))
        tokens = tokenize(text)
        if kept("mac-morpho", tokens):
            brazilian.update(t for t in tokens if t.islower())
            for word, tag in tagged:
                if tag.rstrip("|+") in ("V", "VAUX") and is_infinitive(word):
                    tagged_verbs[word] += 1
    for source, sentences in (("wikipedia", raw_corpus.wikipedia(data)), ("machado", raw_corpus.machado(data))):
        for sentence in sentences:
            kept(source, tokenize(sentence))

    def excluded(word: str) -> bool:
        return word in others or word in _IRREGULAR

    from teia.extract.relations.conjugation import infinitive_of

    by_forms = own_forms(words)
    found: dict[str, str] = {}
    single: list[str] = []
    for word, count in bosque.items():
        if not is_infinitive(word) or excluded(word):
            continue
        if count >= 2 or word in bosque_infinitives or word in words or word in tagged_verbs or word in by_forms:
            found[word] = "bosque"
        else:
            single.append(word)
    known = set(found) | {w for w in tagged_verbs if not excluded(w)} | {w for w in by_forms if not excluded(w)}
    for word in single:
        # a lemma seen once and nowhere else is a slip of the annotation when another verb's
        # regular endings give its form ("vendidos" -> "vendir": vender's participle)
        forms = [f for f, lemmas in bosque_forms.items() if word in lemmas]
        if any(infinitive_of(f, word, known.__contains__) for f in forms):
            stats["bosque slips"] += 1
        else:
            found[word] = "bosque"
    for word in tagged_verbs:
        if not excluded(word):
            found.setdefault(word, "mac-morpho tag")
    for verb in sorted(by_forms):
        if not excluded(verb) and verb not in found:
            found[verb] = "forms"
    for verb in _PARADIGMS:
        found.setdefault(verb, "paradigm")
    stats.update(Counter(found.values()))
    irregular, ambiguous = irregular_forms(bosque_forms, set(found))
    stats["irregular forms"] = len(irregular)
    spellings = old_spellings(set(found), brazilian)
    stats["old spellings"] = len(spellings)
    return found, irregular, spellings, ambiguous, dict(stats)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=HERE.parent / "teia" / "extract" / "data" / "verbs.json")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        sys.exit(f"verb_lexicon.py: error: data folder {args.data} not found")
    verbs, irregular, spellings, ambiguous, stats = build(args.data)
    out = {
        "version": 1,
        "comment": "Portuguese infinitives the relation rules repair verb lemmas towards; built by "
        "training/verb_lexicon.py from Bosque train's verb lemmas, MAC-MORPHO's verb tags and the forms seen "
        "in MAC-MORPHO, DBpedia-PT's Wikipedia sentences and Machado de Assis' works (held-out texts filtered); "
        "irregular_forms: Bosque train's verb forms the regular endings do not lead to their lemma, and "
        "the forms of the full paradigms of the common irregular verbs and their compounds (training/verb_paradigms.py); "
        "spellings: infinitives of the spelling before the 1990 agreement to their present one (actuar -> atuar). "
        "Extend them with \"infinitives\", \"irregular_forms\" and \"spellings\" in a --relations-map file.",
        "infinitives": sorted(verbs),
        "irregular_forms": dict(sorted(irregular.items())),
        "spellings": spellings,
    }
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    for form, readings in ambiguous.items():
        print(f"paradigm form left out, ambiguous: {form} ({readings})")
    for old, new in spellings.items():
        print(f"old spelling: {old} -> {new}")
    for k, v in sorted(stats.items()):
        print(f"{k}: {v}")
    print(f"{len(verbs)} infinitives -> {args.out}")


if __name__ == "__main__":
    main()
