"""A synthetic teia graph of any size, for the SPARQL, export and memory benchmarks.

    python bench/synthetic.py [--triples N] [--seed S] [--out FILE]

The graph has the shape :mod:`teia.graph.builder` gives a real corpus, with the same IRIs,
properties and literal datatypes:

- a shared named graph ``{base}graph/entities``: entities of a dozen classes (people,
  places, organizations, parties, battles, treaties...) with an ``rdfs:label`` and
  ``skos:altLabel`` in Portuguese, some ``owl:sameAs`` Wikidata links, links to Portuguese
  Wikipedia (``owl:sameAs`` a DBpedia resource and ``foaf:isPrimaryTopicOf``), merge
  decisions and the build activity;
- one named graph per document: the document node, ``teia:mentionedIn`` links, mentions
  with NIF offsets, normalized time intervals, ``teia:RelationStatement`` nodes with their
  provenance (sentence, offsets, rule, confidence, evidence mentions), the plain relation
  triples, and events with participants, place, time and date (``teia:firstDay`` and
  ``teia:lastDay`` on every time interval and dated event or quotation).

Entities are picked with a Zipf-like popularity so that some are mentioned in hundreds of
documents and most in a few, as in a real corpus. The output is a pure function of
``(triples, seed)``: it is written as N-Quads to ``bench/.cache/`` once and reused.
Documents are generated until the target number of quads is reached, so the file holds
``triples`` quads give or take one document (~2,000 quads); duplicates are never written.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CACHE = Path(__file__).resolve().parent / ".cache"
VERSION = 3  # bump when the shape changes, so cached files are regenerated

BASE = "https://w3id.org/teia/id/"
T = "https://w3id.org/teia/ontology#"
REL = "https://w3id.org/teia/rel/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
WD = "http://www.wikidata.org/entity/"
DBR = "http://pt.dbpedia.org/resource/"
WIKIPEDIA = "https://pt.wikipedia.org/wiki/"
FOAF = "http://xmlns.com/foaf/0.1/"

# class name -> share of the entities
CLASSES: tuple[tuple[str, float], ...] = (
    ("Person", 0.34),
    ("Place", 0.20),
    ("Organization", 0.09),
    ("PoliticalParty", 0.04),
    ("MilitaryUnit", 0.05),
    ("State", 0.05),
    ("Battle", 0.06),
    ("MilitaryConflict", 0.03),
    ("Treaty", 0.03),
    ("Revolution", 0.02),
    ("Founding", 0.02),
    ("Concept", 0.05),
    ("Work", 0.02),
)
EVENT_CLASSES = ("Battle", "MilitaryConflict", "Treaty", "Revolution", "Founding")
AGENTS = ("Person", "Organization", "PoliticalParty", "MilitaryUnit", "State")
PLACES = ("Place", "State")

# predicate, subject classes, object classes
PREDICATES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("led", ("Person",), ("Organization", "PoliticalParty", "State", "Revolution")),
    ("commanded", ("Person",), ("MilitaryUnit", "Battle", "MilitaryConflict")),
    ("founded", ("Person", "PoliticalParty"), ("Organization", "PoliticalParty", "State")),
    ("memberOf", ("Person",), ("Organization", "PoliticalParty", "MilitaryUnit")),
    ("bornIn", ("Person",), PLACES),
    ("diedIn", ("Person",), PLACES),
    ("residedIn", ("Person",), PLACES),
    ("allyOf", AGENTS, AGENTS),
    ("foughtAgainst", AGENTS, AGENTS),
    ("defeated", AGENTS, AGENTS),
    ("signed", AGENTS, ("Treaty",)),
    ("participantIn", AGENTS, EVENT_CLASSES),
    ("succeeded", ("Person",), ("Person",)),
    ("authorOf", ("Person",), ("Work",)),
    ("locatedIn", ("Place", "Organization", "Battle"), PLACES),
    ("partOf", ("Place", "State", "MilitaryUnit"), ("State", "Place", "MilitaryUnit")),
    ("relatedTo", (), ()),
)
ROLES = ("agent", "patient", "defeatedParty", "hasParticipant")

FIRST = (
    "Ana Boris Carlos Dmitri Elena Fiódor Grigori Helena Ivan Józef Karl Leon Maria Nikolai "
    "Olga Pavel Rosa Sergei Tatiana Vladimir Yakov Zinaida Mikhail Nadejda Alexandra Félix "
    "Lev Inês Joaquim Beatriz"
).split()
LAST = (
    "Lenin Trotsky Kamenev Zinoviev Bukharin Stalin Piłsudski Tukhachevsky Frunze Dzerjinski "
    "Krupskaia Kollontai Rykov Tomsky Radek Sverdlov Kalinin Budionni Vorochilov Weygand "
    "Haller Sikorski Smilga Kirov Ordjonikidze Lunatcharski Tchitcherin Joffe Makhno Kolchak"
).split()
TOWNS = (
    "Varsóvia Moscovo Petrogrado Kiev Minsk Riga Lviv Odessa Kharkiv Tsaritsyn Kronstadt "
    "Vilnius Brest Grodno Tbilisi Baku Samara Kazan Omsk Perm Vístula Niemen Dniepre Crimeia"
).split()
ORG_WORDS = ("Comité", "Conselho", "Comissariado", "Sindicato", "Congresso", "Soviete", "Liga")
ORG_OF = ("Operário", "dos Camponeses", "da Indústria", "do Povo", "Militar", "Central", "Regional")
OPEN_RELATIONS = ("visitar_em", "chegar_a", "regressar_de", "escrever_sobre", "falar_com", "partir_para")
QUOTES = (
    "Todo o poder aos sovietes",
    "Paz, pão e terra",
    "A revolução não se exporta",
    "Não daremos um passo atrás",
    "O Vístula será a nossa fronteira",
)
SENT_VERBS = ("comandou", "derrotou", "fundou", "assinou", "liderou", "apoiou", "atacou", "visitou")


def _esc(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )


def iri(x: str) -> str:
    return f"<{x}>"


def lit(text: str) -> str:
    return f'"{_esc(text)}"'


def lang(text: str) -> str:
    return f'"{_esc(text)}"@pt'


def typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def kind_of(class_name: str) -> str:
    out = []
    for i, ch in enumerate(class_name):
        if ch.isupper() and i:
            out.append("-")
        out.append(ch.lower())
    return "".join(out)


def _hash(text: str, n: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def _slug(text: str) -> str:
    from teia.graph.iris import slugify

    return slugify(text)


class _Entity:
    __slots__ = ("n", "cls", "label", "aliases", "iri")

    def __init__(self, n: int, cls: str, label: str, aliases: tuple[str, ...]) -> None:
        self.n = n
        self.cls = cls
        self.label = label
        self.aliases = aliases
        self.iri = iri(f"{BASE}{kind_of(cls)}/{_slug(label)}-{n}")


def _name(rng: random.Random, cls: str, n: int) -> tuple[str, tuple[str, ...]]:
    town = rng.choice(TOWNS)
    year = rng.randint(1900, 1930)
    if cls == "Person":
        first, last = rng.choice(FIRST), rng.choice(LAST)
        label = f"{first} {last} {n}"
        return label, (f"{last} {n}", f"{first[0]}. {last} {n}")[: rng.randint(0, 2)]
    if cls in ("Place", "State"):
        label = f"{town} {n}" if cls == "Place" else f"República de {town} {n}"
        return label, ((f"{town}-{n}",) if rng.random() < 0.3 else ())
    if cls in ("Organization", "MilitaryUnit", "PoliticalParty"):
        head = {"Organization": rng.choice(ORG_WORDS), "MilitaryUnit": f"{rng.randint(1, 20)}.º Exército",
                "PoliticalParty": "Partido"}[cls]
        label = f"{head} {rng.choice(ORG_OF)} de {town} {n}"
        return label, ((f"{head} {n}",) if rng.random() < 0.4 else ())
    if cls in EVENT_CLASSES:
        head = {"Battle": "Batalha de", "MilitaryConflict": "Guerra de", "Treaty": "Tratado de",
                "Revolution": "Revolução de", "Founding": "Fundação de"}[cls]
        label = f"{head} {town} de {year} {n}"
        return label, ((f"{head} {town} {n}",) if rng.random() < 0.3 else ())
    label = f"{rng.choice(('Nova Política', 'Comunismo de Guerra', 'Internacionalismo', 'Manifesto'))} {n}"
    return label, ()


def _time_value(rng: random.Random) -> tuple[str, str, str, str, str]:
    """(value, granularity, start literal, end literal, text)."""
    year = rng.randint(1890, 1935)
    r = rng.random()
    if r < 0.45:
        return str(year), "year", typed(year, "gYear"), typed(year, "gYear"), f"em {year}"
    month = rng.randint(1, 12)
    if r < 0.8:
        v = f"{year}-{month:02d}"
        return v, "month", typed(v, "gYearMonth"), typed(v, "gYearMonth"), f"{month} de {year}"
    v = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
    return v, "day", typed(v, "date"), typed(v, "date"), f"{v[-2:]} de {month} de {year}"


class _DocWriter:
    """The quads of one document graph, deduplicated like rdflib would."""

    def __init__(self, g: str, key: str) -> None:
        self.g = g
        self.key = key
        self.lines: list[str] = []
        self.seen: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        line = f"{s} {p} {o} {self.g} .\n"
        if line not in self.seen:
            self.seen.add(line)
            self.lines.append(line)

    def mention(self, doc: str, start: int, end: int, text: str) -> str:
        m = iri(f"{BASE}mention/{self.key}/{start}-{end}")
        self.add(m, iri(RDF + "type"), iri(T + "Mention"))
        self.add(m, iri(NIF + "beginIndex"), typed(start, "nonNegativeInteger"))
        self.add(m, iri(NIF + "endIndex"), typed(end, "nonNegativeInteger"))
        self.add(m, iri(NIF + "anchorOf"), lit(text))
        self.add(m, iri(T + "inDocument"), doc)
        return m


def generate(triples: int = 1_000_000, seed: int = 0) -> Iterator[str]:
    """Yield the N-Quads lines of the synthetic graph (deterministic for ``(triples, seed)``)."""
    from teia.timevalues import day_bounds

    rng = random.Random(seed)
    a = iri(RDF + "type")
    label_p, alt_p = iri(RDFS + "label"), iri(SKOS + "altLabel")
    ent_graph = iri(f"{BASE}graph/entities")
    build = iri(f"{BASE}build/{_hash(f'synthetic-{seed}')}")

    # --- entities -------------------------------------------------------------------------
    n_entities = max(60, triples // 50)
    classes = [c for c, _ in CLASSES]
    cum = list(itertools.accumulate(w for _, w in CLASSES))
    entities: list[_Entity] = []
    for n in range(n_entities):
        cls = rng.choices(classes, cum_weights=cum)[0]
        label, aliases = _name(rng, cls, n)
        entities.append(_Entity(n, cls, label, aliases))
    by_class: dict[str, list[_Entity]] = {c: [] for c in classes}
    for e in entities:
        by_class[e.cls].append(e)
    # popularity: half Zipf-like, half uniform
    zipf_cum = list(itertools.accumulate(1.0 / (i + 1) ** 0.9 for i in range(n_entities)))
    order = list(range(n_entities))
    rng.shuffle(order)
    # the most popular person and organization answer to the cookbook's default names
    # (person-timeline.rq: "Lenin", about-entity.rq: "Komintern")
    for cls, alias in (("Person", "Lenin"), ("Organization", "Komintern")):
        top = next((entities[i] for i in order if entities[i].cls == cls), None)
        if top is not None:
            top.aliases = (*top.aliases, alias)

    count = 0

    def eg(s: str, p: str, o: str) -> str:
        return f"{s} {p} {o} {ent_graph} .\n"

    for e in entities:
        yield eg(e.iri, a, iri(T + e.cls))
        yield eg(e.iri, label_p, lang(e.label))
        count += 2
        for alias in e.aliases:
            yield eg(e.iri, alt_p, lang(alias))
            count += 1
        if rng.random() < 0.15:
            yield eg(e.iri, iri(OWL + "sameAs"), iri(f"{WD}Q{100000 + e.n}"))
            count += 1
        if rng.random() < 0.25:  # linked to a Portuguese Wikipedia article (teia build --link)
            article = e.label.replace(" ", "_")
            yield eg(e.iri, iri(OWL + "sameAs"), iri(DBR + article))
            yield eg(e.iri, iri(FOAF + "isPrimaryTopicOf"), iri(WIKIPEDIA + article))
            count += 2
        if e.aliases and rng.random() < 0.3:
            node = iri(f"{BASE}merge/{_hash(f'{e.n}|{e.aliases[0]}')}")
            for p, o in (
                (a, iri(T + "MergeDecision")),
                (iri(T + "mergedInto"), e.iri),
                (iri(T + "mergedLabel"), lang(e.aliases[0])),
                (iri(T + "mergeRule"), lit("surname")),
                (iri(T + "mergeEvidence"), lit(f"{e.aliases[0]} ⊂ {e.label}")),
                (iri(T + "mergeStatus"), lit("auto")),
            ):
                yield eg(node, p, o)
                count += 1
    for p, o in (
        (a, iri(T + "Build")),
        (iri(T + "softwareVersion"), lit("bench")),
        (iri(T + "modelName"), lit("synthetic")),
        (iri(T + "configHash"), lit(_hash(f"synthetic-{seed}"))),
    ):
        yield eg(build, p, o)
        count += 1

    def pick() -> _Entity:
        if rng.random() < 0.5:
            return entities[order[rng.choices(range(n_entities), cum_weights=zipf_cum)[0]]]
        return entities[rng.randrange(n_entities)]

    # --- documents ------------------------------------------------------------------------
    doc_no = 0
    while count < triples:
        doc_no += 1
        key = _hash(f"{seed}/{doc_no}")
        doc = iri(f"{BASE}doc/{key}")
        w = _DocWriter(doc, key)
        w.add(doc, a, iri(T + "Document"))
        w.add(doc, iri(T + "path"), lit(f"synthetic/doc-{doc_no:06d}.txt"))
        w.add(doc, iri(T + "sha256"), lit(_hash(f"text/{seed}/{doc_no}", 64)))
        w.add(doc, label_p, lang(f"Documento sintético {doc_no}"))
        pos = 0  # a running character offset in the (imaginary) text

        def advance(length: int) -> tuple[int, int]:
            nonlocal pos
            pos += rng.randint(5, 120)
            start = pos
            pos += length
            return start, pos

        present: dict[int, _Entity] = {}
        for _ in range(rng.randint(25, 55)):
            e = pick()
            present[e.n] = e
        local = list(present.values())
        for e in local:
            w.add(e.iri, iri(T + "mentionedIn"), doc)
            for _ in range(rng.randint(1, 5)):
                text = rng.choice((e.label, *e.aliases))
                start, end = advance(len(text))
                m = w.mention(doc, start, end, text)
                w.add(m, iri(T + "refersTo"), e.iri)
                w.add(e.iri, iri(T + "hasMention"), m)

        def days(node: str, value: str) -> None:
            first, last = day_bounds(value)
            w.add(node, iri(T + "firstDay"), typed(first, "date"))
            w.add(node, iri(T + "lastDay"), typed(last, "date"))

        def time_node() -> str:
            value, gran, start_l, end_l, text = _time_value(rng)
            t = iri(f"{BASE}time/{value}")
            w.add(t, a, iri(T + "TimeInterval"))
            w.add(t, iri(T + "normalized"), typed("true", "boolean"))
            w.add(t, iri(T + "kind"), lit("date"))
            w.add(t, label_p, lit(value))
            w.add(t, iri(T + "value"), lit(value))
            w.add(t, iri(T + "granularity"), lit(gran))
            w.add(t, iri(T + "start"), start_l)
            w.add(t, iri(T + "end"), end_l)
            days(t, value)
            w.add(t, iri(T + "text"), lit(text))
            start, end = advance(len(text))
            m = w.mention(doc, start, end, text)
            w.add(m, iri(T + "refersTo"), t)
            return t

        for _ in range(rng.randint(8, 20)):
            time_node()

        def evidence(node: str, s_label: str, o_label: str) -> None:
            verb = rng.choice(SENT_VERBS)
            sentence = f"{s_label} {verb} {o_label}."
            s0, s1 = advance(len(sentence))
            w.add(node, iri(PROV + "wasDerivedFrom"), doc)
            w.add(node, iri(PROV + "wasGeneratedBy"), build)
            w.add(node, iri(T + "inDocument"), doc)
            w.add(node, iri(T + "sentence"), lit(sentence))
            w.add(node, iri(NIF + "beginIndex"), typed(s0, "nonNegativeInteger"))
            w.add(node, iri(NIF + "endIndex"), typed(s1, "nonNegativeInteger"))
            spans = (
                (s0 + len(s_label) + 1, s0 + len(s_label) + 1 + len(verb), verb),
                (s0, s0 + len(s_label), s_label),
                (s1 - 1 - len(o_label), s1 - 1, o_label),
            )
            for start, end, text in spans:
                w.add(node, iri(T + "evidence"), w.mention(doc, start, end, text))

        def decimal() -> str:
            return typed(f"{rng.uniform(0.3, 0.99):.3f}", "decimal")

        # relations
        for _ in range(rng.randint(10, 30)):
            s = rng.choice(local)
            options = [p for p in PREDICATES if s.cls in p[1]]
            pred, objs = "relatedTo", [o for o in local if o is not s]
            if options:
                cand_pred = rng.choice(options)
                cand = [o for o in local if o.cls in cand_pred[2] and o is not s]
                if cand:
                    pred, objs = cand_pred[0], cand
            if not objs:
                continue
            o = rng.choice(objs)
            if rng.random() < 0.1:  # an open relation: a verb frame the mapping does not cover
                pred = "rel:" + rng.choice(OPEN_RELATIONS)
            p = iri(REL + pred[4:]) if pred.startswith("rel:") else iri(T + pred)
            st = iri(f"{BASE}statement/{_hash(f'{key}|{s.n}|{pred}|{o.n}|{pos}')}")
            polarity = rng.random() >= 0.05
            modality = "asserted" if rng.random() < 0.9 else rng.choice(("hypothetical", "reported"))
            if polarity and modality == "asserted":
                w.add(s.iri, p, o.iri)
            w.add(st, a, iri(T + "RelationStatement"))
            w.add(st, iri(RDF + "subject"), s.iri)
            w.add(st, iri(RDF + "predicate"), p)
            w.add(st, iri(RDF + "object"), o.iri)
            evidence(st, s.label, o.label)
            w.add(st, iri(T + "rule"), lit(f"dep:{pred}"))
            w.add(st, iri(T + "confidence"), decimal())
            w.add(st, iri(T + "polarity"), typed("true" if polarity else "false", "boolean"))
            w.add(st, iri(T + "modality"), lit(modality))
            if rng.random() < 0.4:
                w.add(st, iri(T + "statementTime"), time_node())
            if rng.random() < 0.2:
                places = [x for x in local if x.cls in PLACES]
                if places:
                    w.add(st, iri(T + "statementPlace"), rng.choice(places).iri)

        # events: named ones (entities of an event class) and anonymous ones
        agents = [x for x in local if x.cls in AGENTS]
        places = [x for x in local if x.cls in PLACES]
        named = [x for x in local if x.cls in EVENT_CLASSES]
        for _ in range(rng.randint(2, 8)):
            if named and rng.random() < 0.6:
                ev = rng.choice(named)
                node, ev_label = ev.iri, ev.label
            else:
                cls = rng.choice(EVENT_CLASSES)
                ev_label = f"{cls} em {rng.choice(TOWNS)}"
                node = iri(f"{BASE}{kind_of(cls)}/{key}-{_slug(ev_label)}-{pos}")
                w.add(node, a, iri(T + cls))
                w.add(node, label_p, lang(ev_label))
            for part in rng.sample(agents, min(len(agents), rng.randint(1, 3))):
                w.add(node, iri(T + rng.choice(ROLES)), part.iri)
            if places and rng.random() < 0.7:
                w.add(node, iri(T + "place"), rng.choice(places).iri)
            if rng.random() < 0.8:
                t = time_node()
                w.add(node, iri(T + "time"), t)
                value = t[len(f"<{BASE}time/"):-1]
                dt = {4: "gYear", 7: "gYearMonth"}.get(len(value), "date")
                w.add(node, iri(T + "date"), typed(value, dt))
                days(node, value)
            w.add(node, iri(T + "trigger"), lang(rng.choice(SENT_VERBS)))
            evidence(node, ev_label, rng.choice(local).label)
            w.add(node, iri(T + "rule"), lit("event"))
            w.add(node, iri(T + "confidence"), decimal())

        # quotations
        speakers = [x for x in local if x.cls in ("Person", "Organization", "PoliticalParty")]
        for _ in range(rng.randint(0, 3) if speakers else 0):
            who = rng.choice(speakers)
            quote = f"{rng.choice(QUOTES)} ({doc_no}/{pos})"
            node = iri(f"{BASE}quotation/{_hash(f'{key}|{pos}|{quote}')}")
            w.add(node, a, iri(T + "Quotation"))
            w.add(node, iri(T + "author"), who.iri)
            w.add(node, iri(T + "quotedText"), lang(quote))
            if rng.random() < 0.5:
                t = time_node()
                w.add(node, iri(T + "time"), t)
                value = t[len(f"<{BASE}time/"):-1]
                dt = {4: "gYear", 7: "gYearMonth"}.get(len(value), "date")
                w.add(node, iri(T + "date"), typed(value, dt))
                days(node, value)
            evidence(node, who.label, quote)
            w.add(node, iri(T + "rule"), lit("quotation"))
            w.add(node, iri(T + "confidence"), decimal())
        yield from w.lines
        count += len(w.lines)


def cache_path(triples: int, seed: int = 0) -> Path:
    return CACHE / f"synthetic-{triples}-s{seed}-v{VERSION}.nq"


def ensure(triples: int = 1_000_000, seed: int = 0, *, path: Path | None = None, quiet: bool = False) -> Path:
    """The N-Quads file of the synthetic graph, generated once and cached."""
    path = path or cache_path(triples, seed)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    n = 0
    with open(tmp, "w", encoding="utf-8") as handle:
        for line in generate(triples, seed):
            handle.write(line)
            n += 1
    os.replace(tmp, path)
    if not quiet:
        print(f"# synthetic graph: {n:,} quads → {path} ({time.perf_counter() - t0:.1f} s)", flush=True)
    return path


def count_quads(path: Path) -> int:
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)


def load_rdflib(path: Path):
    """The graph as teia loads it (``teia.load``): an rdflib ``Dataset`` with union default."""
    from teia.graph.io import load_graph

    return load_graph(path)


# --------------------------------------------------------------------------------------
# helpers shared by the benchmark scripts


def print_table(title: str, headers: list[str], rows: list[list[object]], note: str = "") -> str:
    """Print (and return) a Markdown table, so the output can be pasted into the docs."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def fmt(r: list[str]) -> str:
        return "| " + " | ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))) + " |"

    lines = [f"\n### {title}\n", fmt(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += [fmt(r) for r in cells[1:]]
    if note:
        lines.append(f"\n{note}")
    text = "\n".join(lines)
    print(text, flush=True)
    return text


def load_note() -> str:
    """The load average and whether a spaCy training runs next to the benchmark."""
    try:
        load = open("/proc/loadavg").read().split()[:3]
    except OSError:
        load = ["?"]
    training = 0
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ")
            except OSError:
                continue
            if b"spacy train" in cmd or b"spacy/__main__" in cmd and b"train" in cmd:
                training += 1
    return f"load average {' '.join(load)} on {os.cpu_count()} CPUs; spaCy training processes running: {training}"


class Clock:
    """Wall time and CPU time (this process plus its finished children) of a block::

        with Clock() as c:
            work()
        c.wall, c.cpu

    On a loaded machine the wall time stretches while the CPU time stays put, so ratios of
    CPU times are the steadier figure for single-process work.
    """

    def __enter__(self) -> "Clock":
        import resource

        self._w = time.perf_counter()
        self._c = time.process_time()
        self._k = _children_cpu(resource)
        return self

    def __exit__(self, *exc: object) -> None:
        import resource

        self.wall = time.perf_counter() - self._w
        self.self_cpu = time.process_time() - self._c
        self.cpu = self.self_cpu + _children_cpu(resource) - self._k


def _children_cpu(resource) -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def seconds(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:.2f}" if x < 100 else f"{x:.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="about how many quads (default 1M)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=None, help="write here instead of bench/.cache/")
    args = ap.parse_args()
    path = ensure(args.triples, args.seed, path=args.out)
    print(f"{path}  {count_quads(path):,} quads  {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
