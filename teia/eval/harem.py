"""Evaluation of mentions, entities and events (issue 5).

Two gold sources:

* :func:`evaluate_harem` reads a HAREM collection with relations (``harem2-rerelem-dev.xml``:
  ``<DOC DOCID>`` → ``<P>`` paragraphs with ``<EM ID CATEG TIPO COREL TIPOREL>`` mentions) and
  scores **mention detection** per HAREM category and **entity clustering** against the
  ``ident`` links between mentions;
* :func:`evaluate_gold` reads teia's own ``corpus/gold/gold.jsonl`` (``docs/gold-format.md``) and
  scores mentions, within- and cross-document entity clustering, and events.

HAREM reading (:mod:`teia.eval.harem_xml`, shared with the TEMPO and relation evaluators):

* **Plain text.** Every run of XML whitespace becomes one space, each ``<P>`` starts a new line,
  character entities are decoded. Gold offsets index that text.
* ``CATEG="A|B"``: the mention is vague between categories; a system mention of any of them is
  right. It counts in the gold total of the category the system gave it when matched, else of
  the first category.
* ``<ALT>x | y</ALT>``: the text of the first alternative is kept; when scoring, each ALT
  keeps the alternative whose mentions the system matches best (as HAREM's own scorer does).
* ``<OMITIDO>``: gold mentions inside are not scored and system mentions overlapping the
  region are ignored.
* ``ident`` links (``COREL``/``TIPOREL`` position by position; ``CAT**ident**ID**CAT`` forms
  included) define the gold entities: mentions joined by ``ident`` chains.

Our categories map to HAREM's: PER→PESSOA, ORG→ORGANIZACAO, LOC→LOCAL, EVENT→ACONTECIMENTO,
WORK→OBRA, CONCEPT→ABSTRACCAO. TEMPO mentions are the ``teia_time`` expressions, the ones the
graph writes as time nodes; a DATE span of the NER that no expression covers is not scored,
since the graph holds nothing for it. A role's unit named by a common noun in lower case
(``o presidente do partido``: a ``unit`` mention, an organization of the graph) is left out too:
HAREM marks names. VALOR mentions are the VALUE entities of ``doc.ents``, the NER's as
``teia_values`` mends them (:mod:`teia.extract.values`): the graph holds no values, so that row
(outside the headline) measures the NER and that component, not the graph. The headline is the micro-F over PESSOA, ORGANIZACAO, LOCAL,
TEMPO and ACONTECIMENTO; **exact** match needs the same span (case-insensitive), **partial**
match any overlap (one-to-one, largest overlap first); both need a compatible category.

Entity clustering compares, over the gold mentions of entity categories that a system mention
overlaps, the gold ``ident`` clusters with our within-document entities: pairwise precision,
recall, F and B-cubed F.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from teia.errors import InputError, read_text
from teia.eval.harem_xml import HaremMention as HaremXmlMention
from teia.eval.harem_xml import read_harem, relation_type
from teia.extract.entity_words import entity_words
from teia.extract.labels import (
    CONCEPT,
    DATE,
    EVENT,
    LOC,
    ORG,
    PER,
    VALUE,
    WORK,
    normalize_category,
)
from teia.categories import HAREM_OF
from teia.eval.matching import one_to_one
from teia.records import MILITARY_UNIT_SOURCE, PORTFOLIO_UNIT_SOURCE, UNIT_SOURCE, Document, Extraction

__all__ = [
    "HAREM_OF",
    "HEADLINE",
    "HaremDoc",
    "HaremMention",
    "parse_harem",
    "score_mentions",
    "cluster_scores",
    "evaluate_harem",
    "evaluate_gold",
    "format_harem_report",
    "format_gold_report",
]

HEADLINE = ("PESSOA", "ORGANIZACAO", "LOCAL", "TEMPO", "ACONTECIMENTO")
REPORTED = (*HEADLINE, "OBRA", "ABSTRACCAO", "VALOR")
ENTITY_CATEGORIES = ("PESSOA", "ORGANIZACAO", "LOCAL", "ACONTECIMENTO", "OBRA", "ABSTRACCAO")
"""HAREM categories whose mentions are clustered into entities (not TEMPO, VALOR)."""


# --------------------------------------------------------------------------------------
# Reading HAREM
# --------------------------------------------------------------------------------------


@dataclass
class HaremMention:
    id: str
    start: int
    end: int
    text: str
    categories: tuple[str, ...]
    links: tuple[tuple[str, str], ...] = ()  # (relation, target id)
    alt: tuple[int, int] | None = None  # (ALT group, alternative), None outside ALTs


@dataclass
class HaremDoc:
    id: str
    text: str
    mentions: list[HaremMention] = field(default_factory=list)
    omitted: list[tuple[int, int]] = field(default_factory=list)

    def ident_clusters(self) -> dict[str, str]:
        """Mention id → cluster representative, from the ``ident`` links."""
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            parent.setdefault(x, x)
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for m in self.mentions:
            find(m.id)
            for rel, target in m.links:
                if rel == "ident":
                    a, b = find(m.id), find(target)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
        return {m.id: find(m.id) for m in self.mentions}


def _links(m: HaremXmlMention) -> tuple[tuple[str, str], ...]:
    """``(relation, target id)`` pairs from the parallel ``COREL``/``TIPOREL`` lists."""
    return tuple((relation_type(m.tiporel[k]) if k < len(m.tiporel) else "", target) for k, target in enumerate(m.corel))


def parse_harem(path: str | Path) -> list[HaremDoc]:
    """Read a HAREM collection (:func:`teia.eval.harem_xml.read_harem`): documents with plain
    text, gold mentions (omitted ones dropped) and omitted regions."""
    docs = []
    for hd in read_harem(path):
        mentions = [
            HaremMention(m.id, m.start, m.end, m.text, m.categories, _links(m), m.alt) for m in hd.mentions if not m.omitted
        ]
        docs.append(HaremDoc(hd.id, hd.text.rstrip("\n"), mentions, list(hd.omitted)))
    return docs


# --------------------------------------------------------------------------------------
# System output
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SysMention:
    start: int
    end: int
    text: str
    category: str  # HAREM category
    entity: str = ""  # local entity id (entity categories only)


_TITLE_BEFORE = re.compile(r"(\S+)\s+$")

_ADDRESS_SEU = re.compile(r"(?:(\S+)\s+)?\b([Ss]eu)\s+$")
"""``seu`` right before a name and the word before it, if any."""

_SEU_POSSESSIVE = frozenset(("o", "do", "no", "ao", "pelo", "um", "dum", "num"))
"""The articles, alone or fused, that make ``seu`` after them a possessive (``o seu Director``)."""


def _address_seu(text: str, start: int) -> int | None:
    """The start of ``seu`` as a form of address right before character ``start`` (Brazil's spoken
    ``senhor``: ``seu Gilberto``, ``Seu Irineu``), which HAREM keeps in the person's mention as it
    keeps ``Dona Lázara``; None when there is none, or when an article before it makes it the
    possessive (``o seu Director``)."""
    hit = _ADDRESS_SEU.search(text, max(0, start - 40), start)
    if hit is None or hit.end() != start or (hit.group(1) or "").lower() in _SEU_POSSESSIVE:
        return None
    return hit.start(2)


def with_titles(text: str, systems: Sequence[SysMention]) -> list[SysMention]:
    """HAREM's convention for people: a title or role right before the name is part of the
    mention (``o presidente Sousa da Silveira``, ``o rei D. Sebastião``, ``sr. Eduardo Moreira``).
    teia's mentions hold the bare name; for scoring, a ``PESSOA`` mention is widened over the
    titles (:data:`teia.extract.entities.PERSON_TITLES`) right before it, or over ``seu`` as a form of
    address (:func:`_address_seu`: ``seu Gilberto``); a street's mention over its house number
    (:func:`_house_number_end`). The other way round,
    HAREM leaves out the lowercase words that open a place or an organization name in teia
    (``rio Mondego``, ``estado norte-americano de Idaho``): they are cut off for scoring. A person's
    name right after the words that give it as a word (``meu nome é Gilberto Afif Sarruf``, ``a
    professora se chama Regina``, ``chamava-se Helena``: :func:`teia.extract.naming.gives_the_name`)
    is HAREM's ``ABSTRACCAO``, the name spoken of; the graph keeps the person, who is the subject
    of what follows (``Chamava-se Pedro Luís Pereira de Sousa, e nasceu em Araruama``)."""
    from teia.extract.entities import PERSON_TITLES
    from teia.extract.naming import gives_the_name

    out = []
    for s in systems:
        start = s.start
        if s.category == "PESSOA" and gives_the_name(text, s.start):
            out.append(SysMention(s.start, s.end, s.text, "ABSTRACCAO", s.entity))
            continue
        if s.category == "PESSOA":
            while True:
                hit = _TITLE_BEFORE.search(text, max(0, start - 40), start)
                if hit is None or hit.end() != start or hit.group(1).lower() not in PERSON_TITLES:
                    break
                start = hit.start(1)
            seu = _address_seu(text, start) if start == s.start else None  # not before a title: "seu presidente João"
            start = start if seu is None else seu
        else:
            # a lowercase classifier word opening a place, an organization...: HAREM leaves it
            # out (``rio Mondego`` → ``Mondego``, ``rua Castilho`` → ``Castilho``)
            hit = _LOWER_HEAD.match(text, s.start, s.end)
            if hit and s.category not in ("TEMPO", "VALOR") and hit.end() < s.end:
                start = hit.end()
        end = _house_number_end(text, s) if s.category == "LOCAL" and start == s.start else s.end  # "Rua X, 590"; not "rua X 5"
        out.append(s if (start, end) == (s.start, s.end) else SysMention(start, end, text[start:end], s.category, s.entity))
    return out


_HOUSE_NUMBER = re.compile(r",? ?\d{1,5}[A-Za-z]?\b(?![.,/:-]?\d)")
"""A house number right after a street's name, with or without its comma (``, 590``, `` 48``); not
the first group of a longer number (``1.500``, ``12/3``)."""


def _house_number_end(text: str, s: SysMention) -> int:
    """Where a street's mention ends in HAREM's convention: an address keeps its house number
    (``Rua Costa Aguiar, 590``, ``Rua Barão de Macaúbas 48``, as HAREM I's gold has every such
    address), where teia's mention, the street the graph links, ends at the name. A place opening
    with a capitalized street noun (``data/entities.json``'s ``street_nouns``; a lowercase one HAREM
    leaves out, :func:`with_titles`) followed by one is widened over it, for scoring only."""
    hit = _HOUSE_NUMBER.match(text, s.end)
    first = s.text.split(maxsplit=1)[0] if s.text.strip() else ""
    if hit is None or not first or not entity_words().street_noun(first):
        return s.end
    return hit.end()


_LOWER_HEAD = re.compile(r"(?:[a-zà-ÿ][\w-]*\s+(?:(?:de|da|do|das|dos)\s+)?)+(?=[A-ZÀ-Ý0-9])")


_UNIT_SOURCES = frozenset({UNIT_SOURCE, MILITARY_UNIT_SOURCE, PORTFOLIO_UNIT_SOURCE})


def _common_noun_unit(m) -> bool:
    """The mention is a role's unit named by a common noun, in lower case (``o presidente do
    partido``, ``membro da comissão``, ``comandante do exército do sul``: the ``unit`` mentions of
    :mod:`teia.extract.relations.units`). The graph keeps it, an organization the role belongs
    to; HAREM marks names only, and none of these (HAREM I train and dev: 7 such
    organizations, none a gold mention). A capitalized one (``ministro da Fazenda``) is scored
    (:func:`_portfolio_unit`)."""
    return m.source in _UNIT_SOURCES and not m.text[:1].isupper()


def _portfolio_unit(m) -> bool:
    """The mention is a portfolio after its holder's role (``Fazenda`` in ``o ministro da
    Fazenda``, ``Justiça`` in ``o secretário da Justiça``: :data:`teia.records.PORTFOLIO_UNIT_SOURCE`).
    The graph's node is the body, the ``Ministério da Fazenda``; HAREM marks the word an abstraction
    (HAREM I train's gold: ``ministro das Finanças``, ``ministro da Defesa`` and ``as pastas da
    Economia e das Finanças``, all ``ABSTRACCAO``; no portfolio there is an organization)."""
    return m.source == PORTFOLIO_UNIT_SOURCE and m.text[:1].isupper()


def system_mentions(doc, *, names_only: bool = False) -> list[SysMention]:
    """Our mentions of a processed Doc, in HAREM categories (entities, values, time expressions).
    ``names_only`` (the HAREM collections, which mark names) leaves out the units of roles named
    by a common noun (:func:`_common_noun_unit`), and scores a role's portfolio an abstraction
    (:func:`_portfolio_unit`); teia's own gold marks the units organizations."""
    out: list[SysMention] = []
    owner: dict[tuple[int, int], str] = {}
    for ent in getattr(doc._, "teia_entities", None) or ():
        for m in ent.mentions:
            owner[(m.start, m.end)] = ent.id
    for m in getattr(doc._, "teia_mentions", None) or ():
        if names_only and _common_noun_unit(m):
            continue
        cat = "ABSTRACCAO" if names_only and _portfolio_unit(m) else HAREM_OF.get(m.category)
        if cat:
            out.append(SysMention(m.start, m.end, m.text, cat, owner.get((m.start, m.end), "")))
    for t in getattr(doc._, "teia_times", None) or ():
        out.append(SysMention(t.start_char, t.end_char, t.text, "TEMPO"))
    for ent in doc.ents:
        if normalize_category(ent.label_) == VALUE:
            out.append(SysMention(ent.start_char, ent.end_char, ent.text, "VALOR"))
    return sorted(set(out), key=lambda m: (m.start, m.end, m.category))


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "system": n_sys, "gold": n_gold, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return min(a_end, b_end) - max(a_start, b_start)


def _match(golds: Sequence, systems: Sequence, mode: str, cats_of, cat_of, any_category: bool = False) -> list[tuple[int, int]]:
    """One-to-one matches ``(gold index, system index)``; exact spans first, then largest overlap."""
    pairs = []
    for gi, g in enumerate(golds):
        for si, s in enumerate(systems):
            if not any_category and cat_of(s) not in cats_of(g):
                continue
            if mode == "exact":
                if s.start == g.start and s.end == g.end:
                    pairs.append((0, gi, si))
                elif s.text.strip().casefold() == g.text.strip().casefold() and _overlap(g.start, g.end, s.start, s.end) > 0:
                    pairs.append((0, gi, si))
            else:
                ov = _overlap(g.start, g.end, s.start, s.end)
                if ov > 0:
                    exact = s.start == g.start and s.end == g.end
                    pairs.append((0 if exact else -ov, gi, si))
    pairs.sort()
    return one_to_one(pairs)


def _choose_alternatives(doc: HaremDoc, systems: Sequence[SysMention]) -> list[HaremMention]:
    """Gold mentions outside ALTs plus, per ALT, the alternative the system matches best."""
    plain = [m for m in doc.mentions if m.alt is None]
    by_group: dict[int, dict[int, list[HaremMention]]] = defaultdict(lambda: defaultdict(list))
    for m in doc.mentions:
        if m.alt is not None:
            by_group[m.alt[0]][m.alt[1]].append(m)
    chosen = list(plain)
    for _, alts in sorted(by_group.items()):
        best_key, best = None, None
        for k, ms in sorted(alts.items()):
            exact = sum(1 for g in ms for s in systems if s.start == g.start and s.end == g.end and s.category in g.categories)
            part = sum(1 for g in ms for s in systems if _overlap(g.start, g.end, s.start, s.end) > 0)
            key = (exact, part, -k)
            if best_key is None or key > best_key:
                best_key, best = key, ms
        chosen.extend(best or ())
    return sorted(chosen, key=lambda m: (m.start, m.end))


def score_mentions(
    golds: Sequence[HaremMention], systems: Sequence[SysMention], categories: Sequence[str] = REPORTED
) -> dict[str, dict]:
    """Counts per category for exact and partial match: ``{mode: {category: (tp, sys, gold)}}``."""
    out: dict[str, dict] = {}
    for mode in ("exact", "partial"):
        matches = _match(golds, systems, mode, lambda g: g.categories, lambda s: s.category)
        counts: dict[str, list[int]] = {c: [0, 0, 0] for c in categories}
        matched_g = {}
        for gi, si in matches:
            cat = systems[si].category
            matched_g[gi] = cat
            if cat in counts:
                counts[cat][0] += 1
        for s in systems:
            if s.category in counts:
                counts[s.category][1] += 1
        for gi, g in enumerate(golds):
            cat = matched_g.get(gi) or next((c for c in g.categories if c in counts), None)
            if cat in counts:
                counts[cat][2] += 1
        # identification only (any category)
        ident = _match(golds, systems, mode, None, None, any_category=True)
        scored_g = [g for g in golds if any(c in categories for c in g.categories)]
        scored_s = [s for s in systems if s.category in categories]
        ident_tp = sum(1 for gi, si in ident if systems[si].category in categories and any(c in categories for c in golds[gi].categories))
        counts["*identification"] = [ident_tp, len(scored_s), len(scored_g)]
        out[mode] = counts
    return out


def cluster_scores(gold: dict[object, str], system: dict[object, str]) -> dict[str, float | int]:
    """Pairwise P/R/F and B-cubed P/R/F of two clusterings of the same items (item → cluster)."""
    items = sorted(set(gold) & set(system), key=repr)
    g_groups: dict[str, set] = defaultdict(set)
    s_groups: dict[str, set] = defaultdict(set)
    for x in items:
        g_groups[gold[x]].add(x)
        s_groups[system[x]].add(x)

    def pairs(groups: dict[str, set]) -> set[tuple]:
        out = set()
        for members in groups.values():
            ms = sorted(members, key=repr)
            for a in range(len(ms)):
                for b in range(a + 1, len(ms)):
                    out.add((ms[a], ms[b]))
        return out

    gp, sp = pairs(g_groups), pairs(s_groups)
    both = len(gp & sp)
    pw = _prf(both, len(sp), len(gp))
    bp = br = 0.0
    for x in items:
        g, s = g_groups[gold[x]], s_groups[system[x]]
        inter = len(g & s)
        bp += inter / len(s)
        br += inter / len(g)
    n = len(items)
    bp, br = (bp / n, br / n) if n else (0.0, 0.0)
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    return {
        "items": n,
        "pairwise_precision": pw["precision"],
        "pairwise_recall": pw["recall"],
        "pairwise_f1": pw["f1"],
        "gold_pairs": len(gp),
        "system_pairs": len(sp),
        "bcubed_precision": round(bp, 4),
        "bcubed_recall": round(br, 4),
        "bcubed_f1": round(bf, 4),
    }


def _summarize(counts: dict[str, dict[str, list[int]]], headline: Sequence[str]) -> dict:
    out: dict = {}
    for mode, by_cat in counts.items():
        rows = {c: _prf(*v) for c, v in by_cat.items()}
        tp = sum(by_cat[c][0] for c in headline if c in by_cat)
        ns = sum(by_cat[c][1] for c in headline if c in by_cat)
        ng = sum(by_cat[c][2] for c in headline if c in by_cat)
        rows["micro"] = _prf(tp, ns, ng)
        out[mode] = rows
    return out


def _add(total: dict[str, dict[str, list[int]]], part: dict[str, dict[str, list[int]]]) -> None:
    for mode, by_cat in part.items():
        for c, v in by_cat.items():
            acc = total.setdefault(mode, {}).setdefault(c, [0, 0, 0])
            for k in range(3):
                acc[k] += v[k]


def _run(nlp: Language, doc_id: str, text: str):
    from teia.extract.pipeline import make_doc

    return nlp(make_doc(nlp, Document(doc_id, text)))


def evaluate_harem(path: str | Path, nlp: Language, *, limit: int | None = None) -> dict:
    """Mention detection and ``ident`` clustering of the pipeline ``nlp`` on a HAREM collection."""
    docs = parse_harem(path)[:limit]
    totals: dict[str, dict[str, list[int]]] = {}
    gold_clusters: dict[tuple[str, str], str] = {}
    sys_clusters: dict[tuple[str, str], str] = {}
    for hd in docs:
        sdoc = _run(nlp, hd.id, hd.text)
        systems = [
            s for s in with_titles(hd.text, system_mentions(sdoc, names_only=True))
            if not any(_overlap(a, b, s.start, s.end) > 0 for a, b in hd.omitted)
        ]
        golds = _choose_alternatives(hd, systems)
        _add(totals, score_mentions(golds, systems))
        # clustering: gold entity mentions overlapped by a system entity mention
        idents = hd.ident_clusters()
        ent_golds = [g for g in golds if any(c in ENTITY_CATEGORIES for c in g.categories)]
        ent_sys = [s for s in systems if s.entity]
        for gi, si in _match(ent_golds, ent_sys, "partial", None, None, any_category=True):
            g = ent_golds[gi]
            key = (hd.id, g.id or f"{g.start}-{g.end}")
            gold_clusters[key] = f"{hd.id}|{idents.get(g.id, g.id)}"
            sys_clusters[key] = f"{hd.id}|{ent_sys[si].entity}"
    report = _summarize(totals, HEADLINE)
    report["clustering"] = cluster_scores(gold_clusters, sys_clusters)
    report["documents"] = len(docs)
    report["file"] = str(path)
    report["model"] = _model_name(nlp)
    return report


def _model_name(nlp: Language) -> str:
    from teia.extract.pipeline import model_name

    return model_name(nlp)


def _fmt_rows(rows: dict[str, dict], order: Sequence[str]) -> list[str]:
    lines = [f"  {'category':<16}{'P':>7}{'R':>7}{'F':>7}{'tp':>7}{'sys':>7}{'gold':>7}"]
    for c in order:
        if c not in rows:
            continue
        r = rows[c]
        lines.append(
            f"  {c:<16}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}{r['tp']:>7}{r['system']:>7}{r['gold']:>7}"
        )
    return lines


def format_harem_report(d: dict) -> str:
    """A plain-text table of :func:`evaluate_harem`'s result."""
    lines = [f"HAREM mentions and entities: {d.get('file', '')} ({d.get('documents', 0)} documents, model {d.get('model', '')})"]
    for mode in ("exact", "partial"):
        lines.append(f"mention detection, {mode} match:")
        lines += _fmt_rows(d[mode], (*REPORTED, "*identification", "micro"))
    c = d["clustering"]
    lines.append(
        f"entity clustering (ident links, {c['items']} matched mentions): pairwise P {c['pairwise_precision']:.3f} "
        f"R {c['pairwise_recall']:.3f} F {c['pairwise_f1']:.3f} (gold pairs {c['gold_pairs']}, system pairs "
        f"{c['system_pairs']}); B-cubed P {c['bcubed_precision']:.3f} R {c['bcubed_recall']:.3f} F {c['bcubed_f1']:.3f}"
    )
    lines.append("micro = over " + ", ".join(HEADLINE))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------
# teia's gold corpus
# --------------------------------------------------------------------------------------

GOLD_CATEGORIES = (PER, ORG, LOC, DATE, EVENT, WORK, CONCEPT, VALUE)
GOLD_HEADLINE = (PER, ORG, LOC, DATE, EVENT)


@dataclass(frozen=True)
class _GoldMention:
    start: int
    end: int
    text: str
    categories: tuple[str, ...]
    entity: str


_LEADING_PREP = re.compile(
    r"^(?:(?:em|no|na|nos|nas|desde|até|durante|após|antes\s+d[eoa]s?|depois\s+d[eoa]s?|a\s+partir\s+d[eoa]s?|"
    r"por\s+volta\s+d[eoa]s?|de|do|da|dos|das|o|a|os|as|ao|à|aos|às)\s+)+",
    re.IGNORECASE,
)


def _strip_date_preposition(m: SysMention) -> SysMention:
    """teia's time spans include the preposition (``em 1918``); the gold's do not (``1918``).

    Intervals keep theirs (``de 1919 a 1921``, ``entre 13 e 25 de agosto``), as in the gold.
    """
    if re.match(r"^(?:de|entre|desde)\s.*\s(?:a|e|até)\s", m.text, re.IGNORECASE):
        return m
    hit = _LEADING_PREP.match(m.text)
    if not hit or hit.end() >= len(m.text):
        return m
    return SysMention(m.start + hit.end(), m.end, m.text[hit.end():], m.category, m.entity)


def _gold_system_mentions(doc) -> list[SysMention]:
    back = {v: k for k, v in HAREM_OF.items()}
    out = []
    for s in system_mentions(doc):
        m = SysMention(s.start, s.end, s.text, back[s.category], s.entity)
        out.append(_strip_date_preposition(m) if m.category == DATE else m)
    return out


def _time_bounds(value: str) -> tuple[str, str] | None:
    if not value or value.startswith("X") or value.startswith("-"):
        return None
    a, _, b = value.partition("/")
    b = b or a
    return a + "0000-01-01"[len(a):], b + "9999-12-31"[len(b):]


def _times_overlap(v1: str, v2: str) -> bool:
    a, b = _time_bounds(v1), _time_bounds(v2)
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def read_gold_records(path: str | Path) -> list[dict]:
    """The records of a ``gold.jsonl`` file, one per document (one clear error when unreadable)."""
    p = Path(path)
    text = read_text(p, "gold file")
    try:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise InputError(f"{p}: the gold file is not JSON Lines ({exc})") from None


def evaluate_gold(path: str | Path, nlp: Language) -> dict:
    """Mentions, entities (within and across documents) and events against ``gold.jsonl``."""
    from teia.build.steps import pipeline_kb, resolve
    from teia.extract.pipeline import doc_to_extraction, make_doc, model_name
    from teia.extract.reader import decode_bytes

    p = Path(path)
    lines = read_gold_records(p)
    corpus = p.parent.parent
    totals: dict[str, dict[str, list[int]]] = {}
    within_gold: dict[tuple[str, int, int], str] = {}
    within_sys: dict[tuple[str, int, int], str] = {}
    extractions: list[Extraction] = []
    matched_spans: dict[tuple[str, int, int], tuple[int, int]] = {}
    ev_counts: Counter = Counter()
    part_counts: Counter = Counter()
    gold_maps: list[dict[str, str]] = []
    for rec in lines:
        doc_id = rec["doc"]
        source = corpus / doc_id
        try:
            text, _ = decode_bytes(source.read_bytes(), str(source))
        except OSError as exc:
            raise InputError(f"{source}: cannot read ({exc})") from None
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        document = Document(doc_id, text)
        sdoc = nlp(make_doc(nlp, document))
        extraction = doc_to_extraction(sdoc, document, model=model_name(nlp))
        extractions.append(extraction)
        golds = [
            _GoldMention(m["start"], m["end"], m["text"], (m["category"],), m.get("entity") or "")
            for m in rec["mentions"]
        ]
        systems = _gold_system_mentions(sdoc)
        _add(totals, score_mentions(golds, systems, GOLD_CATEGORIES))  # type: ignore[arg-type]
        ent_golds = [g for g in golds if g.entity]
        ent_sys = [s for s in systems if s.entity]
        local_to_gold: dict[str, Counter] = defaultdict(Counter)
        for gi, si in _match(ent_golds, ent_sys, "partial", None, None, any_category=True):
            g, s = ent_golds[gi], ent_sys[si]
            key = (doc_id, g.start, g.end)
            within_gold[key] = f"{doc_id}|{g.entity}"
            within_sys[key] = f"{doc_id}|{s.entity}"
            matched_spans[key] = (s.start, s.end)
            local_to_gold[s.entity][g.entity] += 1
        gold_maps.append({loc: c.most_common(1)[0][0] for loc, c in local_to_gold.items()})
    # across documents: the resolution's global ids against the gold ids (the build's step)
    resolved, resolution = resolve(extractions, pipeline_kb(nlp))
    nodes = _EventNodes(resolved, resolution, gold_maps)
    for rec, ex, gold_of_local in zip(lines, resolved, gold_maps):
        _score_events(rec, ex, gold_of_local, ev_counts, part_counts, nodes)
    index = resolution.index()
    owner: dict[tuple[str, int, int], str] = {}
    for ex in extractions:
        for ent in ex.entities:
            for m in ent.mentions:
                owner[(ex.document.id, m.start, m.end)] = index[(ex.document.id, ent.id)]
    across_gold = {k: v.split("|", 1)[1] for k, v in within_gold.items()}
    across_sys = {k: owner[(k[0], *matched_spans[k])] for k in within_gold if (k[0], *matched_spans[k]) in owner}
    report = _summarize(totals, GOLD_HEADLINE)
    report["clustering_within"] = cluster_scores(within_gold, within_sys)
    report["clustering_across"] = cluster_scores(across_gold, across_sys)
    report["events"] = {
        **_prf(ev_counts["matched"], ev_counts["system"], ev_counts["gold"]),
        "place_correct": ev_counts["place_ok"],
        "place_gold": ev_counts["place_gold"],
        "time_correct": ev_counts["time_ok"],
        "time_gold": ev_counts["time_gold"],
        "participants": _prf(part_counts["tp"], part_counts["system"], part_counts["gold"]),
    }
    report["documents"] = len(lines)
    report["file"] = str(path)
    report["model"] = model_name(nlp)
    return report


GOLD_ROLES = {
    "belligerent": "participant",
    "signatory": "participant",
    "speaker": "agent",
    "organizer": "agent",
    "supporter": "agent",
    "created": "patient",
    "target": "patient",
    "accused": "patient",
}
"""The gold's finer roles → teia's four (agent, defeated, patient, participant) for scoring."""

_LABEL_STOP = frozenset("de da do das dos e a o as os em na no nas nos com por pelo pela contra rio".split())


def _label_words(text: str) -> set[str]:
    from teia.extract.gazetteer import fold

    return {w for w in re.split(r"[\W_]+", fold(text)) if len(w) > 2 and w not in _LABEL_STOP}


def _one_per_entity(events) -> list:
    """System events as graph nodes: the records of one named event are merged (participants
    united, first place and first time kept), as the graph gives them one node."""
    from dataclasses import replace as _replace

    out: list = []
    by_entity: dict[str, int] = {}
    for ev in events:
        if not ev.entity:
            out.append(ev)
            continue
        if ev.entity not in by_entity:
            by_entity[ev.entity] = len(out)
            out.append(ev)
            continue
        k = by_entity[ev.entity]
        cur = out[k]
        parts = cur.participants + tuple(p for p in ev.participants if p not in cur.participants)
        out[k] = _replace(cur, participants=parts, place=cur.place or ev.place, time=cur.time or ev.time,
                          type=cur.type if cur.type != "Event" else ev.type)
    return out


class _EventNodes:
    """The graph's event nodes over the gold documents: an event record's node (its global
    entity, also through a ``~<global id>`` reference to an event named only in another
    document), the gold id of that node (from the mentions matched in any document), and the
    times every record of the node gives it (what the graph says of the node)."""

    def __init__(self, resolved: Sequence[Extraction], resolution, gold_maps: Sequence[dict[str, str]]):
        self.index = resolution.index()
        self.gold: dict[str, Counter] = defaultdict(Counter)
        for ex, gmap in zip(resolved, gold_maps):
            for local, gold in gmap.items():
                gid = self.index.get((ex.document.id, local))
                if gid is not None:
                    self.gold[gid][gold] += 1
        self.times: dict[str, list] = defaultdict(list)
        for ex in resolved:
            for ev in ex.events:
                gid = self.node(ex.document.id, ev.entity)
                if gid and ev.time is not None and ev.time.normalized:
                    self.times[gid].append(ev.time)

    def node(self, doc_id: str, local: str) -> str:
        if not local:
            return ""
        if local.startswith("~"):
            return local[1:]
        return self.index.get((doc_id, local), "")

    def gold_id(self, doc_id: str, local: str) -> str:
        c = self.gold.get(self.node(doc_id, local))
        return c.most_common(1)[0][0] if c else ""

    def time_values(self, doc_id: str, ev) -> list[str]:
        """The record's own time; without one, the times its node carries in the graph."""
        if ev.time is not None:
            return [ev.time.value]
        return [t.value for t in self.times.get(self.node(doc_id, ev.entity), ())]


def _score_events(
    rec: dict, ex: Extraction, gold_of_local: dict[str, str], counts: Counter, parts: Counter,
    nodes: _EventNodes | None = None,
) -> None:
    """Greedy one-to-one event matching (same type, then the strongest anchor):

    3. the system event's entity is the gold event's entity (also an event named only in
       another document, which the record refers to by ``~<global id>``: the graph's node);
    2. the system trigger lies in one of the gold event's ``descriptions``;
    1. overlapping times, and the same place, a shared participant, or a shared content word
       between the labels (``batalha do rio Niemen`` / ``batalha_do_niemen``).

    A record without a time of its own that belongs to an event node is scored with the times
    the node carries in the graph (``a contraofensiva polonesa junto a Varsóvia, em agosto``
    joins the Battle of Warsaw, whose record drops the coarser month for the node's days).
    """
    gold_events = rec.get("events", [])
    system = _one_per_entity(ex.events)
    doc_id = ex.document.id

    def gold_entity(se) -> str | None:
        g = gold_of_local.get(se.entity)
        if g is None and nodes is not None and se.entity.startswith("~"):
            g = nodes.gold_id(doc_id, se.entity) or None
        return g

    def times(se) -> list[str]:
        if nodes is not None:
            return nodes.time_values(doc_id, se)
        return [se.time.value] if se.time is not None else []
    counts["gold"] += len(gold_events)
    counts["system"] += len(system)
    candidates = []
    for gi, ge in enumerate(gold_events):
        g_words = _label_words(" ".join(filter(None, (ge.get("entity"), ge.get("label")))))
        for k, se in enumerate(system):
            if se.type != ge["type"]:
                continue
            score = 0
            if ge.get("entity") and se.entity and gold_entity(se) == ge["entity"]:
                score = 3
            elif any(
                d["start"] < se.evidence.trigger_end and se.evidence.trigger_start < d["end"] for d in ge.get("descriptions", [])
            ):
                score = 2
            elif se.time is not None and ge.get("time") and _times_overlap(se.time.value, ge["time"]):
                place_ok = bool(ge.get("place")) and gold_of_local.get(se.place) == ge["place"]
                part_ok = {gold_of_local.get(pp.entity) for pp in se.participants} & {gp["entity"] for gp in ge.get("participants", [])}
                words_ok = _label_words(se.label) & g_words
                score = 1 if (place_ok or part_ok or words_ok) else 0
            if score:
                candidates.append((-score, gi, k))
    used_g: set[int] = set()
    used_s: set[int] = set()
    for _, gi, k in sorted(candidates):
        if gi in used_g or k in used_s:
            continue
        used_g.add(gi)
        used_s.add(k)
        ge, se = gold_events[gi], system[k]
        counts["matched"] += 1
        if ge.get("place"):
            counts["place_gold"] += 1
            counts["place_ok"] += int(gold_of_local.get(se.place) == ge["place"])
        if ge.get("time"):
            counts["time_gold"] += 1
            counts["time_ok"] += int(any(_times_overlap(v, ge["time"]) for v in times(se)))
        gold_parts = {(gp["entity"], GOLD_ROLES.get(gp["role"], gp["role"])) for gp in ge.get("participants", [])}
        sys_parts = {(gold_of_local.get(pp.entity, "?" + pp.entity), pp.role) for pp in se.participants}
        parts["gold"] += len(gold_parts)
        parts["system"] += len(sys_parts)
        parts["tp"] += len(gold_parts & sys_parts)


def format_gold_report(d: dict) -> str:
    """A plain-text table of :func:`evaluate_gold`'s result."""
    lines = [f"teia gold: {d.get('file', '')} ({d.get('documents', 0)} documents, model {d.get('model', '')})"]
    for mode in ("exact", "partial"):
        lines.append(f"mentions, {mode} match:")
        lines += _fmt_rows(d[mode], (*GOLD_CATEGORIES, "*identification", "micro"))
    for name, title in (("clustering_within", "entities within documents"), ("clustering_across", "entities across documents")):
        c = d[name]
        lines.append(
            f"{title} ({c['items']} matched mentions): pairwise P {c['pairwise_precision']:.3f} R {c['pairwise_recall']:.3f} "
            f"F {c['pairwise_f1']:.3f}; B-cubed F {c['bcubed_f1']:.3f}"
        )
    e = d["events"]
    pp = e["participants"]
    lines.append(
        f"events: P {e['precision']:.3f} R {e['recall']:.3f} F {e['f1']:.3f} (matched {e['tp']}, system {e['system']}, "
        f"gold {e['gold']}); place {e['place_correct']}/{e['place_gold']}, time {e['time_correct']}/{e['time_gold']} "
        f"of matched; participants (entity, role) P {pp['precision']:.3f} R {pp['recall']:.3f} F {pp['f1']:.3f}"
    )
    lines.append("micro = over " + ", ".join(GOLD_HEADLINE))
    return "\n".join(lines)
