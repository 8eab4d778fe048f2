"""The ``teia_entities`` component: NER and gazetteer spans → mentions → document-local entities.

It runs after the NER and the gazetteer and before the event and relation components, which
refer to entities through :func:`entity_index`. Besides the entity spans, it reads the aliases
the text states (:func:`find_alias_links`): a name in parentheses after another (``a
Internacional Comunista (Komintern)``), an appositive naming (``a Terceira Internacional,
também chamada Komintern``; ``Ulianov, que ficou conhecido pelo pseudônimo de Lenin``) and an
acronym in apposition (``a Nova Política Econômica, a NEP``). A parenthesized or appositive
name that the NER missed becomes a mention of the same category (source ``"rule"``). The pure
work is :func:`teia.extract.resolve.group_mentions`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from teia.extract.gazetteer import KnowledgeBase
from teia.extract.labels import DATE, EVENT, LOC, PER, VALUE, normalize_category
from teia.extract.records import Entity, Mention
from teia.extract.resolve import DEFAULT_CONFIG, Overrides, ResolutionConfig, group_mentions, is_acronym, repair_categories

__all__ = ["EntityIndex", "doc_id_of", "entity_index", "find_alias_links", "find_event_names", "spans_to_mentions"]

MENTIONS = "teia_mentions"
ENTITIES = "teia_entities"
Doc.set_extension(MENTIONS, default=None, force=True)
Doc.set_extension(ENTITIES, default=None, force=True)

DOC_ID_KEY = "teia_doc_id"
"""``doc.user_data`` key holding the document id (set by the pipeline before processing)."""


def doc_id_of(doc: Doc) -> str:
    return str(doc.user_data.get(DOC_ID_KEY, "")) if isinstance(doc.user_data, dict) else ""


_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "INTJ"})


def spans_to_mentions(spans: Sequence[Span], doc_id: str) -> list[Mention]:
    """Entity spans → mentions (dates and values are left to the time component)."""
    out = []
    for ent in spans:
        category = normalize_category(ent.label_)
        if category in (DATE, VALUE):
            continue
        if len(ent) == 1 and not ent.kb_id_ and ent[0].pos_ in _NOT_NAME_POS and ent.doc.has_annotation("POS"):
            continue  # a capitalized verb or adverb at the start of a sentence ("Recebe", "Ali")
        source = "gazetteer" if ent.kb_id_ else "ner"
        out.append(Mention(doc_id, ent.start_char, ent.end_char, ent.text, category, source, ent.kb_id_))
    return out


class EntityIndex:
    """Finds the local entity a character span refers to."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans

    def at(self, start: int, end: int) -> str | None:
        """The entity whose mention overlaps ``[start, end)`` most (None when none does)."""
        best, best_overlap = None, 0
        i = bisect_right(self._starts, end)
        for s, e, eid in reversed(self._spans[max(0, i - 8) : i]):
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = eid, overlap
        return best

    def span(self, span: Span) -> str | None:
        return self.at(span.start_char, span.end_char)


def entity_index(doc: Doc) -> EntityIndex:
    return EntityIndex(getattr(doc._, ENTITIES) or ())


# "também chamada", "que ficou conhecido pelo pseudônimo de", "conhecida como", "dito"...
_APPOSITIVE = re.compile(
    r"\s*,?\s*(?:que\s+(?:ficou|era|é|foi|seria|passou\s+a\s+ser)\s+)?"
    r"(?:(?:também|mais\s+tarde|depois|hoje|ainda)\s+)?"
    r"(?:chamad|conhecid|designad|denominad|apelidad|alcunhad|rebatizad)[oa]s?\s+"
    r"(?:(?:como|de|por|pel[oa]s?)\s+)?(?:(?:pseud[oô]nimo|nome|alcunha|sigla)\s+(?:de\s+)?)?[«\"“]?",
    re.IGNORECASE,
)
_ACRONYM_APPOS = re.compile(r"\s*,\s*(?:o|a|os|as)\s+")
_NAME_PARTICLES = frozenset({"de", "da", "do", "das", "dos", "e"})


def _name_run(doc: Doc, i: int, limit: int = 6) -> Span | None:
    """Capitalized tokens from token ``i`` (particles allowed inside): a name the NER missed."""
    j = i
    while j < len(doc) and j - i < limit:
        t = doc[j].text
        if t[:1].isupper() and any(ch.isalpha() for ch in t):
            j += 1
        elif t.lower() in _NAME_PARTICLES and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and j > i:
            j += 1
        else:
            break
    while j > i and doc[j - 1].text.lower() in _NAME_PARTICLES:
        j -= 1
    return doc[i:j] if j > i else None


def find_alias_links(
    doc: Doc, mentions: Sequence[Mention], doc_id: str = ""
) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Aliases stated by the text: ``(new mentions, [(mention, alias mention), ...])``."""
    by_start = {m.start: m for m in mentions}
    new: list[Mention] = []
    links: list[tuple[Mention, Mention]] = []
    covered = [(m.start, m.end) for m in mentions]

    def at(start_char: int, span: Span | None, category: str) -> Mention | None:
        if start_char in by_start:
            return by_start[start_char]
        if span is None or any(s < span.end_char and span.start_char < e for s, e in covered):
            return None
        m = Mention(doc_id, span.start_char, span.end_char, span.text, category, "rule")
        by_start[m.start] = m
        covered.append((m.start, m.end))
        new.append(m)
        return m

    for m in sorted(mentions, key=lambda m: m.start):
        end_tok = _token_at(doc, m.end)
        if end_tok is None:
            continue
        # a name in parentheses: "a Internacional Comunista (Komintern)"
        if end_tok < len(doc) and doc[end_tok].text == "(":
            close = next((k for k in range(end_tok + 1, min(len(doc), end_tok + 9)) if doc[k].text == ")"), None)
            if close is not None and close > end_tok + 1:
                inner = doc[end_tok + 1 : close]
                run = _name_run(doc, end_tok + 1, limit=close - end_tok - 1)
                if run is not None and run.end == close:
                    other = at(inner.start_char, inner, m.category)
                    if other is not None and other.end == inner.end_char:
                        links.append((m, other))
                        continue
        tail = doc.text[m.end : m.end + 80]
        # an appositive naming: "a Terceira Internacional, também chamada Komintern"
        hit = _APPOSITIVE.match(tail)
        if hit:
            start = m.end + hit.end()
            tok = _token_at(doc, start)
            if tok is not None and tok < len(doc):
                run = _name_run(doc, tok)
                other = at(start, run, m.category)
                if other is not None:
                    links.append((m, other))
                    continue
        # an acronym in apposition: "a Nova Política Econômica, a NEP"
        hit = _ACRONYM_APPOS.match(tail)
        if hit and len(m.text.split()) >= 2:
            start = m.end + hit.end()
            tok = _token_at(doc, start)
            if tok is not None and tok < len(doc) and is_acronym(doc[tok].text):
                other = at(start, doc[tok : tok + 1], m.category)
                if other is not None and other.end == doc[tok].idx + len(doc[tok].text):
                    links.append((m, other))
    return new, links


EVENT_NAME_HEADS = frozenset(
    "batalha combate ofensiva contraofensiva cerco guerra guerras conflito invasao intervencao revolucao "
    "insurreicao levante revolta rebeliao tratado paz armisticio acordo pacto fundacao golpe congresso "
    "conferencia concilio cisma reforma crise campanha cruzada massacre cimeira cupula eleicoes jogos "
    "campeonato taca copa festival exposicao expedicao".split()
)
"""Head words (folded) of event names: ``Segundo Congresso``, ``Guerra Civil Russa``."""
LOWERCASE_EVENT_HEADS = frozenset("batalha cerco ofensiva paz tratado".split())
"""Heads that name an event in lower case before ``de`` + a place: ``a batalha do rio Niemen``."""

_ROMAN_NUMERAL = re.compile(r"^[IVXLC]+\.?$")
_NOT_NAME_START = frozenset("o a os as um uma na no nas nos em da do das dos de e à ao às aos".split())


def _cap(tok) -> bool:
    t = tok.text
    return (t[:1].isupper() and t[:1].isalpha()) or bool(_ROMAN_NUMERAL.match(t))


def find_event_names(doc: Doc, mentions: Sequence[Mention], doc_id: str = "") -> tuple[list[Mention], set[Mention]]:
    """Event names the NER missed: a capitalized run of two or more words holding an event head
    word (``o Segundo Congresso``, ``a Guerra Civil Russa``, ``o Oitavo Congresso dos Sovietes``,
    ``o Tratado de Brest-Litovsk``). Returns new ``EVENT`` mentions (source ``"rule"``) and the NER
    mentions they swallow (the longest name wins: no separate place inside an event name)."""
    from teia.extract.gazetteer import fold

    new: list[Mention] = []
    dropped: set[Mention] = set()
    done = -1
    for tok in doc:
        if tok.i < done or fold(tok.text) not in EVENT_NAME_HEADS:
            continue
        if not tok.text[:1].isupper():
            # "a paz de Brest-Litovsk", "a batalha do rio Niemen", "a ofensiva de Kiev"
            if fold(tok.text) not in LOWERCASE_EVENT_HEADS:
                continue
            j = tok.i + 1
            if j + 1 >= len(doc) or doc[j].lower_ not in ("de", "da", "do", "das", "dos"):
                continue
            k = j + 1
            if doc[k].lower_ in ("rio", "lago", "monte", "cabo") and k + 1 < len(doc):
                k += 1
            if not _cap(doc[k]) or "\n" in doc[k - 1].whitespace_:
                continue
            end = k + 1
            while end < len(doc) and _cap(doc[end]) and "\n" not in doc[end - 1].whitespace_:
                end += 1
            done = end
            span = doc[tok.i:end]
            inside = [m for m in mentions if span.start_char <= m.start and m.end <= span.end_char]
            crossing = [m for m in mentions if m.start < span.end_char and span.start_char < m.end and m not in inside]
            if crossing or any(m.kb_id or m.category != LOC for m in inside):
                continue
            dropped.update(inside)
            new.append(Mention(doc_id, span.start_char, span.end_char, span.text, EVENT, "rule"))
            continue
        start = tok.i
        while start > 0 and _cap(doc[start - 1]) and doc[start - 1].lower_ not in _NOT_NAME_START:
            if doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_:
                break
            start -= 1
        end = tok.i + 1
        while end < len(doc):
            t = doc[end]
            if "\n" in doc[end - 1].whitespace_ or t.is_space:
                break
            if _cap(t):
                end += 1
            elif t.lower_ in ("de", "da", "do", "das", "dos") and end + 1 < len(doc) and _cap(doc[end + 1]):
                end += 2
            else:
                break
        done = end
        if end - start < 2:
            continue
        span = doc[start:end]
        inside = [m for m in mentions if span.start_char <= m.start and m.end <= span.end_char]
        crossing = [
            m for m in mentions if m.start < span.end_char and span.start_char < m.end and m not in inside
        ]
        if crossing or any(m.kb_id or m.category == EVENT for m in inside):
            continue
        if inside and all(m.category in (PER,) for m in inside) and len(inside) == 1 and inside[0].start == span.start_char:
            continue
        dropped.update(inside)
        new.append(Mention(doc_id, span.start_char, span.end_char, span.text, EVENT, "rule"))
    return new, dropped


def _token_at(doc: Doc, char: int) -> int | None:
    """Index of the token starting at ``char`` (or the first token after it), None past the end."""
    for t in doc:
        if t.idx >= char:
            return t.i
    return len(doc) if char >= len(doc.text.rstrip()) else None


class EntityGrouper:
    """Mentions and local entities of a Doc (``overrides`` and ``config`` steer the merges)."""

    def __init__(
        self,
        kb: KnowledgeBase | None,
        overrides: Overrides | None = None,
        config: ResolutionConfig = DEFAULT_CONFIG,
        event_names: bool = True,
    ) -> None:
        self.kb = kb
        self.overrides = overrides
        self.config = config
        self.event_names = event_names

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc_id_of(doc)
        mentions = spans_to_mentions(doc.ents, doc_id)
        if self.event_names:
            named, swallowed = find_event_names(doc, mentions, doc_id)
            mentions = sorted([m for m in mentions if m not in swallowed] + named, key=lambda m: (m.start, m.end))
        extra, links = find_alias_links(doc, mentions, doc_id)
        mentions = repair_categories(sorted([*mentions, *extra], key=lambda m: (m.start, m.end)))
        fixed = {(m.start, m.end): m for m in mentions}
        links = [(fixed.get((a.start, a.end), a), fixed.get((b.start, b.end), b)) for a, b in links]
        doc._.set(MENTIONS, tuple(mentions))
        doc._.set(
            ENTITIES,
            group_mentions(mentions, self.kb, links, config=self.config, overrides=self.overrides),
        )
        return doc


@Language.factory("teia_entities", assigns=[f"doc._.{MENTIONS}", f"doc._.{ENTITIES}"])
def make_entity_grouper(nlp: Language, name: str) -> EntityGrouper:
    kb = nlp.get_pipe("teia_gazetteer").kb if "teia_gazetteer" in nlp.pipe_names else None
    return EntityGrouper(kb)
