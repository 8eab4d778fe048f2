"""Token-level helpers of the event rules, with or without a parse: verb-likeness, clause
stops, sentences, trigger lemmas, participles and passive voice, prepositions, noun-phrase ends and
labels, and :func:`event_type_of_name`."""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

import numpy

from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.symbols import IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from teia.extract.articles import IN_FORMS
from teia.extract.docindex import has_annotation, morph_values
from teia.extract.events.lexicon import (
    _CLAUSE_WORDS,
    _DE,
    _DETERMINERS,
    _IRREALIS_NOUNS,
    _IRREALIS_VERBS,
    _IRREGULAR,
    _PARTICIPLE_ENDINGS,
    _PERFECT_AUX,
    _PLURALS,
    _POR,
    _REL_PRONOUNS,
    _SENTENCE_END,
    _STOP,
    _TRAILING,
    _TYPE_BY_WORD,
    _VERB_ENDINGS,
    _VERB_STEMS,
    _VERB_WORDS,
    VERB_TRIGGERS,
)
from teia.extract.gazetteer import fold
from teia.extract.labels import (
    APPOS,
    AUX,
    AUX_PASS,
    IOBJ,
    NMOD,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    OBL_AGENT,
)


def _verb_like(tok: Token) -> bool:
    """A verb (POS when present; else a few forms and endings: ``-ou``, ``-aram``, ``-se``)."""
    if tok.pos_:  # a tagged token (Doc.has_annotation would scan the doc for every token)
        return tok.pos_ in ("VERB", "AUX")
    low = tok.lower_
    if low in _VERB_WORDS or low.endswith(("-se", "-no", "-na", "-nos", "-nas", "-lhe")):
        return True
    return tok.text.islower() and len(low) > 4 and low.endswith(("ou", "aram", "eram", "iram", "ava", "avam"))


def _line_wrap(tok: Token) -> bool:
    """A single line break inside a sentence (hard-wrapped text), not a paragraph break."""
    return tok.is_space and tok.text.count("\n") == 1 and tok.i > 0 and not _ends_sentence(tok.doc[tok.i - 1])


def _stop(tok: Token) -> bool:
    if _line_wrap(tok):
        return False
    return tok.text in _STOP or tok.is_space or "\n" in tok.text or tok.lower_ in _CLAUSE_WORDS


def event_type_of_name(name: str) -> str:
    """The event class suggested by an event name's head word (``Batalha de Varsóvia`` → Battle,
    ``Primeira Guerra Mundial`` → MilitaryConflict); ``Event`` when no word tells."""
    for w in fold(name).replace("-", " ").split()[:4]:
        w = _PLURALS.get(w, w)
        if w in _TYPE_BY_WORD:
            return _TYPE_BY_WORD[w]
        if w in _DE:
            break
    return "Event"


def _lemma(tok: Token) -> str:
    return _lemma_word(tok.lemma_ or tok.text)


def _lemma_word(lemma: str) -> str:
    word = fold(lemma)
    return _PLURALS.get(word, word)


def _trigger_word(tok: Token, triggers: Collection[str]) -> str:
    """The trigger a noun is: its :func:`_lemma`, or its own form when the lemmatizer made
    something else of a trigger (``contraofensiva`` → ``contraofensivo``)."""
    word = _lemma(tok)
    if word in triggers:
        return word
    form = _lemma_word(tok.lower_)
    return form if form in triggers else word


def _maybe_noun_triggers(doc: Doc, triggers: Collection[str]) -> list[Token]:
    """The tokens whose :func:`_trigger_word` is one of ``triggers``, in order (read from arrays,
    each distinct lemma and form folded once in the process: :data:`_HASH_WORDS`)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    if len(_HASH_WORDS) > _MAX_HASH_WORDS:
        _HASH_WORDS.clear()
    words = _HASH_WORDS
    # each token's lemma hash (0 without one) and lower-case form's: ``tok.lemma_ or tok.lower_``
    # and ``tok.lower_``, looked up by hash (a token of a document has mostly words seen before)
    hits = []
    for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
        form = words.get(lower)
        if form is None:
            form = _hash_word(lower, strings)
        if form in triggers:
            hits.append(i)
            continue
        if lemma and lemma != lower:
            word = words.get(lemma)
            if word is None:
                word = _hash_word(lemma, strings)
            if word in triggers:
                hits.append(i)
    return [doc[i] for i in hits]


_HASH_WORDS: dict[int, str] = {}
""":func:`_lemma_word` of a string by its hash in the string store (a string's hash is the same
in every ``Vocab``): the words of a corpus recur from document to document, and each document
has hundreds of distinct lemmas and forms to test."""
_MAX_HASH_WORDS = 1 << 18
"""Entries :data:`_HASH_WORDS` holds at most (emptied when a document starts beyond it)."""


def _hash_word(key: int, strings: StringStore) -> str:
    word = _HASH_WORDS.get(key)
    if word is None:
        word = _HASH_WORDS[key] = _lemma_word(strings[key])
    return word


_VERBISH = ("VERB", "AUX", "ADJ")
_VERBISH_IDS = numpy.array([IDS[p] for p in _VERBISH], dtype=numpy.uint64)


def _verb_lemma(tok: Token) -> str:
    early, form = _verb_lemma_parts(tok.lemma_, tok.pos_, tok.text)
    return _chosen_lemma(tok.doc, tok.i, early, form)


def _chosen_lemma(doc: Doc, i: int, early: str | None, form: str) -> str:
    """:func:`_verb_lemma` of token ``i`` given its :func:`_verb_lemma_parts`."""
    if early is not None:
        return early
    if i > 0 and doc[i - 1].lower_ in _DETERMINERS:
        return ""  # "a derrota", "da fundação": a noun
    return form


_PARTS_BY_HASH: dict[tuple[int, int, int], tuple[str | None, str]] = {}
""":func:`_verb_lemma_parts` by the hashes of the lemma, POS and form (the same in every ``Vocab``)."""


def _verb_trigger_lemmas(doc: Doc) -> list[tuple[int, str]]:
    """The index and :func:`_verb_lemma` of each token it gives a lemma, in order. Read from the
    arrays, without a ``Token`` (most tokens are no trigger): only the tokens without a lemma or
    a POS, or tagged a verb, an auxiliary or an adjective, may have one, and each distinct lemma,
    POS and form is worked out once in the process."""
    if not len(doc):
        return []
    rows = doc.to_array([LEMMA, POS, ORTH])
    lemma, pos = rows[:, 0], rows[:, 1]
    maybe = numpy.flatnonzero((lemma == 0) | (pos == 0) | numpy.isin(pos, _VERBISH_IDS)).tolist()
    strings = doc.vocab.strings
    known = _PARTS_BY_HASH
    if len(known) > _MAX_HASH_WORDS:
        known.clear()
    out = []
    for i, key in zip(maybe, map(tuple, rows[maybe].tolist())):
        parts = known.get(key)
        if parts is None:  # ``tok.lemma_``, ``tok.pos_`` ("" for none) and ``tok.text``
            parts = known[key] = _verb_lemma_parts(*(strings[h] if h else "" for h in key))
        word = _chosen_lemma(doc, i, *parts)
        if word:
            out.append((i, word))
    return out


@lru_cache(maxsize=1 << 16)
def _verb_lemma_parts(lemma_: str, pos: str, text: str) -> tuple[str | None, str]:
    """What :func:`_verb_lemma` reads from a token's lemma, POS and form alone, worked out once
    per such triple (the same verbs recur, and an unknown form is tried against every stem):
    the answer when the lemma gives it (None otherwise), and the lemma the inflected form gives
    (read when no determiner comes before the token)."""
    if lemma_:
        lemma = fold(lemma_)
        if pos and pos not in _VERBISH:
            return "", ""
        if lemma in VERB_TRIGGERS:
            return lemma, ""
        if pos != "VERB":
            return "", ""
        # a verb the lemmatizer got wrong ("recebera" → "receberar"): read the inflected form
    word = fold(text)
    if word in _IRREGULAR:
        return None, _IRREGULAR[word]
    for stem, lemma in _VERB_STEMS:
        if word.startswith(stem) and word[len(stem):] in _VERB_ENDINGS:
            if word in ("funda", "fundo", "fundos", "volta", "voltas", "tomo", "tomos"):
                return None, ""  # nouns: "o fundo", "em volta de", "o primeiro tomo"
            return None, lemma
    return None, ""


def _ends_sentence(tok: Token) -> bool:
    return tok.text in _SENTENCE_END or "\n" in tok.text or "\n" in tok.whitespace_


def _sentence(doc: Doc, tok: Token) -> Span:
    """The sentence of a token; parser sentences that do not end with punctuation or a line break
    are joined to the next one (a sentence split inside ``aprovada em 1924 pelo Segundo
    Congresso``)."""
    if not (has_annotation(doc, "SENT_START") or has_annotation(doc, "DEP")):
        return doc[:]
    sent = tok.sent
    start, end = sent.start, sent.end
    while start > 0 and not _ends_sentence(doc[start - 1]):
        start = doc[start - 1].sent.start
    while end < len(doc) and not _ends_sentence(doc[end - 1]):
        end = doc[end].sent.end
    return doc[start:end]


def _irrealis(tok: Token) -> bool:
    """The trigger depends on a verb or noun of expectation, fear or planning (needs a parse)."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return False
        t = t.head
        lemma = fold(t.lemma_ or t.text)
        if (t.pos_ == "VERB" and lemma in _IRREALIS_VERBS) or (t.pos_ == "NOUN" and lemma in _IRREALIS_NOUNS):
            return True
    return False


# words a short noun phrase stops before, as it does before the forms of ``em`` (``a queda do muro em``,
# ``o ataque pela``)
_PHRASE_BREAKS = frozenset({"por", "pelo", "pela", "a", "ao", "à", "e"})
_NOMINAL_DEPS = frozenset({OBJ, OBL, NSUBJ, NSUBJ_PASS, NMOD, APPOS, IOBJ, OBL_AGENT})


def _relative_subject(verb: Token) -> bool:
    """The verb of a relative clause whose subject is the relative pronoun (the antecedent acts)."""
    return any(c.dep_ in (NSUBJ, NSUBJ_PASS) and c.lower_ in _REL_PRONOUNS for c in verb.children)


def _governing_verb(span: Span) -> Token | None:
    """The verb a trigger is (or belongs to): ``golpe`` in ``voltou ao poder por meio de um golpe`` → ``voltou``."""
    t = span.root
    for _ in range(8):
        if t.pos_ == "VERB" and t.dep_ not in _NOMINAL_DEPS:  # "participou de um complô" (complô tagged VERB)
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _preposition(doc: Doc, i: int, sent_end: int) -> tuple[str | None, int]:
    """The preposition starting at token ``i`` (its kind) and the index after it."""
    low = doc[i].lower_
    nxt = doc[i + 1].lower_ if i + 1 < sent_end else ""
    if low in _DE:
        return "de", i + 1
    if low in IN_FORMS:
        return "place", i + 1
    if low in ("diante", "perto", "junto", "próximo", "proximo", "dentro", "fora") and nxt in _DE | {"a", "ao", "à", "aos", "às"}:
        return "place", i + 2
    if low in ("às", "as", "à", "a") and nxt == "portas" and i + 2 < sent_end and doc[i + 2].lower_ in _DE:
        return "place", i + 3
    if low == "sobre":
        return "contra", i + 1
    if low == "contra":
        return "contra", i + 1
    if low in _POR:
        return "por", i + 1
    if low == "com":
        return "com", i + 1
    if low == "entre":
        return "entre", i + 1
    return None, i


def _common_noun(tok: Token) -> bool:
    return tok.is_alpha and tok.pos_ in ("NOUN", "") and not tok.text[:1].isupper()


def _passive(tok: Token) -> bool:
    doc = tok.doc
    if has_annotation(doc, "DEP"):
        if any(c.dep_ == AUX_PASS or c.dep_ == NSUBJ_PASS for c in tok.children):
            return True
        if "Part" in morph_values(tok, "VerbForm") and not any(
            c.dep_ == AUX and fold(c.lemma_) in _PERFECT_AUX for c in tok.children
        ):
            return True  # "acabou assassinado", "a Hungria, derrotada na guerra": a participle is passive
    prev = [doc[k].lower_ for k in range(max(0, tok.i - 2), tok.i)]
    return _is_participle(tok) and any(w in ("foi", "foram", "era", "eram", "fora", "seria", "sido", "ser") for w in prev)


def _is_participle(tok: Token) -> bool:
    forms = morph_values(tok, "VerbForm")
    if forms:
        return "Part" in forms
    if tok.pos_ and tok.pos_ not in ("VERB", "AUX", "ADJ"):
        return False  # "a entrada", "a década": nouns
    return fold(tok.text).endswith(_PARTICIPLE_ENDINGS) or fold(tok.text) in ("preso", "presa", "presos", "presas")


def _same_clause(doc: Doc, span: Span, tok: Token) -> bool:
    """No comma or relative pronoun between a participant and the trigger (for labels)."""
    lo, hi = (span.end, tok.i) if span.end <= tok.i else (tok.i + 1, span.start)
    return not any(doc[k].text == "," or doc[k].lower_ in _REL_PRONOUNS for k in range(lo, hi))


def _noun_phrase_end(doc: Doc, start: int, sent_end: int, limit: int = 6) -> int:
    """The end of a short noun phrase (determiner, noun, ``de`` + words) from ``start``."""
    i = start
    while i < min(sent_end, start + limit):
        tok = doc[i]
        if _stop(tok) or tok.text == "," or (_verb_like(tok) and tok.pos_ != "ADJ"):
            break
        if (tok.lower_ in IN_FORMS or tok.lower_ in _PHRASE_BREAKS) and i > start + 1:
            break
        i += 1
    return i


def _clean_label(span: Span) -> str:
    """A one-line label without dangling prepositions, articles or commas at either end."""
    toks = list(span)
    while toks and (toks[-1].lower_ in _TRAILING or toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    if not toks:
        return " ".join(span.text.split())
    text = span.doc[toks[0].i : toks[-1].i + 1].text
    return " ".join(text.split())
