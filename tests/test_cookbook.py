"""The SPARQL cookbook (``examples/queries/*.rq``).

Three layers of checks:

* every query is documented (a one-line ``#`` comment first), parses, and gives the same
  answers on rdflib (in memory) and on Oxigraph;
* on a small hand-made dataset (records → :func:`build_dataset`, no spaCy), each query gives
  exactly the answers its comment promises, whatever the extraction currently finds;
* on the sample corpus, the queries find facts of ``corpus/gold/gold.jsonl``. The
  gazetteer/time facts use ``blank_corpus_graph``; facts that need the parser (events,
  relations, quotations) use ``corpus_graph``. Facts the pipeline does not find yet are marked
  ``xfail`` (not strict) with the reason, never weakened.

Parameters are always bound through ``bindings``, never pasted into the query text.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, XSD, Literal, URIRef

from teia.records import (
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Mention,
    MergeDecision,
    Participant,
    Quotation,
    Relation,
    Resolution,
    TimeExpression,
)
from teia.graph.builder import BuildInfo, build_dataset
from teia.graph.io import sorted_nquads
from teia.errors import QueryError
from teia.graph.query import check_query, run_query
from teia.ontology.namespace import REL, TEIA

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "examples" / "queries"
CORPUS = ROOT / "corpus"
ALL_QUERIES = sorted(p.name for p in QUERIES.glob("*.rq"))
BACKENDS = ("rdflib", "oxigraph")
NUMBERS = {XSD.decimal, XSD.integer, XSD.nonNegativeInteger, XSD.double, XSD.float}

# Gold facts the default pipeline (the trained pt_teia model) does not produce yet, checked on
# 2026-11-27: the tests stay as they are and are expected to start passing.
PENDING_RELATIONS = "relation extraction (teia_relations with the trained parser) does not find this gold fact yet"
PENDING_EVENTS = "event extraction does not find this gold event, role or date yet"


# --------------------------------------------------------------------------------------
# helpers


def text_of(name: str) -> str:
    return (QUERIES / name).read_text(encoding="utf-8")


def ask(source, query: str, /, **bindings) -> list[dict[str, str | None]]:
    """Run a cookbook query; rows as dicts of plain strings (None for unbound)."""
    res = run_query(source, text_of(query), bindings=bindings or None, name=query)
    return [{v: (None if t is None else str(t)) for v, t in zip(res.vars, row)} for row in res.rows]


def to_store(dataset) -> ox.Store:
    store = ox.Store()
    store.load(sorted_nquads(dataset).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


def _normal(term) -> str | None:
    """A backend-neutral form of a result term.

    GROUP_CONCAT order is unspecified, and Oxigraph gives numbers in canonical form
    (``0.5`` for the ``0.500`` rdflib keeps).
    """
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype in NUMBERS:
        return format(Decimal(str(term)).normalize(), "f")
    text = str(term)
    return " | ".join(sorted(text.split(" | "))) if " | " in text else text


def same_answers(a, b, name: str) -> None:
    ra = run_query(a, text_of(name), name=name)
    rb = run_query(b, text_of(name), name=name)
    assert ra.vars == rb.vars
    rows_a = sorted((tuple(map(_normal, r)) for r in ra.rows), key=repr)
    rows_b = sorted((tuple(map(_normal, r)) for r in rb.rows), key=repr)
    assert rows_a == rows_b, f"{name}: rdflib and Oxigraph disagree"


def entity_iri(dataset, label: str) -> URIRef:
    found = {s for s in dataset.subjects(RDFS.label, Literal(label, lang="pt")) if (s, RDF.type, TEIA.Document) not in dataset}
    assert len(found) == 1, f"{label!r}: {found}"
    return found.pop()


def folded(text: str | None) -> str:
    return (text or "").casefold()


# --------------------------------------------------------------------------------------
# the cookbook itself


def test_the_cookbook_has_at_least_twelve_queries():
    assert len(ALL_QUERIES) >= 12
    assert "people.rq" in ALL_QUERIES


@pytest.mark.parametrize("name", ALL_QUERIES)
def test_query_starts_with_a_one_line_comment_and_parses(name):
    text = text_of(name)
    first = text.splitlines()[0]
    assert first.startswith("# ") and len(first) > 10, f"{name}: first line must say what it answers"
    for backend in BACKENDS:
        check_query(text, backend=backend, name=name)


# --------------------------------------------------------------------------------------
# a hand-made dataset: every query on known records

MINI = (
    "Trotsky entrou no Partido Bolchevique em 1917. "
    "Lenin liderou o Partido Bolchevique. "
    "Trotsky foi exilado em Moscou. "
    "Lenin não apoiou o Governo Provisório. "
    "O Exército Vermelho lutou contra a Polônia. "
    "«Todo o poder aos sovietes», disse Lenin em 1920. "
    "A Batalha de Varsóvia, em agosto de 1920, foi vencida pela Polônia contra o Exército Vermelho."
)
MINI_DOC = Document("mini.txt", MINI, title="Mini")


def _span(text: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = MINI.index(text, start + 1)
    return start, start + len(text)


def _sentence(fragment: str) -> Evidence:
    start = MINI.index(fragment)
    end = MINI.index(".", start + len(fragment) - 1) + 1
    return Evidence(MINI_DOC.id, start, end, MINI[start:end])


def _time(text: str, value: str, granularity: str) -> TimeExpression:
    start, end = _span(text)
    return TimeExpression(MINI_DOC.id, start, end, text, value=value, granularity=granularity, start=value, end=value)


def _mini_dataset():
    specs = {  # id: (label, type, aliases, mention texts)
        "lenin": ("Vladimir Lenin", "PER", ("Lenin",), [("Lenin", 0), ("Lenin", 1), ("Lenin", 2)]),
        "trotsky": ("Leon Trotsky", "PER", ("Trotsky",), [("Trotsky", 0), ("Trotsky", 1)]),
        "bolch": ("Partido Bolchevique", "ORG", (), [("Partido Bolchevique", 0), ("Partido Bolchevique", 1)]),
        "gp": ("Governo Provisório", "ORG", (), [("Governo Provisório", 0)]),
        "moscou": ("Moscou", "LOC", (), [("Moscou", 0)]),
        "rkka": ("Exército Vermelho", "ORG", (), [("Exército Vermelho", 0), ("Exército Vermelho", 1)]),
        "pol": ("Polônia", "LOC", (), [("Polônia", 0), ("Polônia", 1)]),
        "battle": ("Batalha de Varsóvia", "EVENT", (), [("Batalha de Varsóvia", 0)]),
        "vars": ("Varsóvia", "LOC", (), [("Varsóvia", 0)]),
    }
    linked = {"lenin": ("dbpedia:Lenin",), "vars": ("dbpedia:Varsóvia",)}  # as the linker writes them
    entities = []
    for eid, (label, cat, aliases, spans) in specs.items():
        mentions = tuple(Mention(MINI_DOC.id, *_span(t, n), t, cat, "gazetteer") for t, n in spans)
        entities.append(Entity(eid, label, cat, aliases=aliases, mentions=mentions, external_ids=linked.get(eid, ())))
    y1917 = _time("1917", "1917", "year")
    y1920 = _time("1920", "1920", "year")
    aug1920 = _time("agosto de 1920", "1920-08", "month")
    relations = (
        Relation("trotsky", "memberOf", "bolch", _sentence("Trotsky entrou"), "svo", 0.9, time=y1917),
        Relation("lenin", "led", "bolch", _sentence("Lenin liderou"), "svo", 0.55),
        Relation("trotsky", "rel:exilar_em", "moscou", _sentence("Trotsky foi exilado"), "open:passive", 0.5),
        Relation("lenin", "supported", "gp", _sentence("Lenin não apoiou"), "svo", 0.8, polarity=False),
        Relation("rkka", "foughtAgainst", "pol", _sentence("O Exército Vermelho lutou"), "svo", 0.7),
    )
    quotation = Quotation("q0", "lenin", "Todo o poder aos sovietes", _sentence("«Todo o poder"), time=y1920, rule="quote")
    battle = Event(
        "v0",
        "Battle",
        "Batalha de Varsóvia",
        _sentence("A Batalha de Varsóvia"),
        entity="battle",
        participants=(Participant("pol", "agent"), Participant("rkka", "defeated")),
        place="vars",
        time=aug1920,
        rule="named-event",
    )
    ex = Extraction(
        document=MINI_DOC,
        entities=tuple(entities),
        times=(y1917, y1920, aug1920),
        events=(battle,),
        relations=relations,
        quotations=(quotation,),
    )
    resolution = Resolution(
        entities=tuple(entities),
        mapping=tuple((MINI_DOC.id, e.id, e.id) for e in entities),
        merges=(MergeDecision("lenin", "Vladimir Lenin", "Lenin", "kb", "'Lenin' in mini.txt: knowledge-base entry"),),
    )
    return build_dataset([ex], resolution, info=BuildInfo("0", "test", "mini"))


@pytest.fixture(scope="module")
def mini():
    ds = _mini_dataset()
    return {"rdflib": ds, "oxigraph": to_store(ds)}


@pytest.fixture(params=BACKENDS)
def mini_source(request, mini):
    return mini[request.param]


@pytest.mark.parametrize("name", ALL_QUERIES)
def test_both_backends_agree_on_the_hand_made_dataset(mini, name):
    same_answers(mini["rdflib"], mini["oxigraph"], name)


def test_mini_people(mini_source):
    rows = ask(mini_source, "people.rq")
    lenin = next(r for r in rows if r["name"] == "Vladimir Lenin")
    assert lenin["documents"] == "1" and lenin["aliases"] == "Lenin"


def test_mini_person_roles(mini_source):
    rows = {(r["name"], r["kind"], r["role"], r["what"]) for r in ask(mini_source, "person-roles.rq")}
    assert ("Vladimir Lenin", "relation", "led", "Partido Bolchevique") in rows
    assert ("Vladimir Lenin", "quotation", "author", "Todo o poder aos sovietes") in rows
    assert ("Leon Trotsky", "relation", "memberOf", "Partido Bolchevique") in rows
    assert ("Leon Trotsky", "relation", "rel:exilar_em", "Moscou") in rows
    assert not any(role == "supported" for _, _, role, _ in rows), "a negated relation is not a role"


def test_mini_events_of_1920(mini_source):
    rows = ask(mini_source, "events-1920.rq")
    assert [(r["label"], r["start"], r["end"], r["places"]) for r in rows] == [
        ("Batalha de Varsóvia", "1920-08", "1920-08", "Varsóvia")
    ]
    assert rows[0]["type"] == str(TEIA.Battle)


def test_mini_who_fought_whom(mini_source):
    rows = {(r["side"], r["relation"], r["opponent"], r["conflict"]) for r in ask(mini_source, "who-fought-whom.rq")}
    assert rows == {
        ("Exército Vermelho", "foughtAgainst", "Polônia", None),
        ("Polônia", "defeated", "Exército Vermelho", "Batalha de Varsóvia"),
    }


def test_mini_organization_members(mini_source):
    rows = [(r["organization"], r["member"], r["documents"]) for r in ask(mini_source, "organization-members.rq")]
    assert rows == [("Partido Bolchevique", "Leon Trotsky", "1")]


def test_mini_about_entity_by_alias_in_any_case(mini_source):
    rows = ask(mini_source, "about-entity.rq", name=Literal("lenin"))
    assert {r["entity"] for r in rows} == {"https://w3id.org/teia/id/person/vladimir-lenin"}
    facts = {(r["direction"], r["property"], r["valueLabel"] or r["value"]) for r in rows}
    assert ("out", str(RDFS.label), "Vladimir Lenin") in facts
    assert ("out", str(TEIA.led), "Partido Bolchevique") in facts
    assert ("out", str(TEIA.mentionedIn), "mini.txt") in facts
    assert ("in", str(TEIA.author), None) not in facts
    assert all(r["name"] == "lenin" for r in rows)


def test_mini_about_entity_default_is_komintern(mini_source):
    assert ask(mini_source, "about-entity.rq") == [], "no Komintern in the hand-made dataset"


def test_mini_triple_evidence_of_a_negated_relation(mini, mini_source):
    ds = mini["rdflib"]
    rows = ask(mini_source, "triple-evidence.rq", subject=entity_iri(ds, "Vladimir Lenin"), predicate=TEIA.supported)
    assert len(rows) == 1
    row = rows[0]
    assert row["sentence"] == "Lenin não apoiou o Governo Provisório."
    assert row["document"] == "mini.txt"
    assert row["objectLabel"] == "Governo Provisório"
    assert row["polarity"] == "false" and row["modality"] == "asserted"
    assert ask(mini_source, "triple-evidence.rq", predicate=TEIA.defeated) == []


def test_mini_merges(mini_source):
    rows = ask(mini_source, "merges.rq")
    assert [(r["label"], r["merged"], r["rule"], r["status"]) for r in rows] == [("Vladimir Lenin", "Lenin", "kb", "accepted")]


def test_mini_links(mini_source):
    rows = ask(mini_source, "links.rq")
    assert [(r["label"], r["class"], r["dbpedia"], r["wikipedia"]) for r in rows] == [
        ("Varsóvia", str(TEIA.Place), "http://pt.dbpedia.org/resource/Varsóvia", "http://pt.wikipedia.org/wiki/Varsóvia"),
        ("Vladimir Lenin", str(TEIA.Person), "http://pt.dbpedia.org/resource/Lenin", "http://pt.wikipedia.org/wiki/Lenin"),
    ]


def test_federated_join_with_dbpedia_is_refused_without_allow_federation():
    text = (ROOT / "examples" / "federated" / "dbpedia-abstracts.rq").read_text(encoding="utf-8")
    for backend in BACKENDS:
        with pytest.raises(QueryError, match="(?i)federat|SERVICE"):
            check_query(text, backend=backend, name="dbpedia-abstracts.rq")
        check_query(text, backend=backend, allow_federation=True, name="dbpedia-abstracts.rq")


def test_mini_low_confidence(mini_source):
    rows = ask(mini_source, "low-confidence.rq")
    assert [(r["predicate"], Decimal(r["confidence"])) for r in rows] == [
        (str(REL.exilar_em), Decimal("0.5")),
        (str(TEIA.led), Decimal("0.55")),
    ]
    rows = ask(mini_source, "low-confidence.rq", threshold=Literal(Decimal("0.52")))
    assert [r["predicate"] for r in rows] == [str(REL.exilar_em)]
    assert len(ask(mini_source, "low-confidence.rq", threshold=Literal(1.0))) == 5


def test_mini_open_relations(mini_source):
    rows = ask(mini_source, "open-relations.rq")
    assert [(r["predicate"], r["statements"], r["documents"], r["example"]) for r in rows] == [
        (str(REL.exilar_em), "1", "1", "Trotsky foi exilado em Moscou.")
    ]


def test_mini_person_timeline(mini_source):
    rows = ask(mini_source, "person-timeline.rq", name=Literal("Trotsky", lang="pt"))
    assert [(r["start"], r["kind"], r["what"], r["document"]) for r in rows] == [
        ("1917", "statement", "Leon Trotsky memberOf Partido Bolchevique", "mini.txt")
    ]
    default = ask(mini_source, "person-timeline.rq")  # Lenin
    assert [(r["start"], r["kind"], r["role"], r["what"]) for r in default] == [
        ("1920", "quotation", "author", "Todo o poder aos sovietes")
    ]
    polonia = ask(mini_source, "person-timeline.rq", name=Literal("Polônia", lang="pt"))
    assert polonia == [], "only people have a timeline"


def test_mini_places_events(mini_source):
    rows = [(r["place"], r["start"], r["event"]) for r in ask(mini_source, "places-events.rq")]
    assert rows == [("Varsóvia", "1920-08", "Batalha de Varsóvia")]


def test_mini_quotations(mini_source):
    rows = ask(mini_source, "quotations.rq")
    assert [(r["author"], r["quote"], r["date"], r["document"]) for r in rows] == [
        ("Vladimir Lenin", "Todo o poder aos sovietes", "1920", "mini.txt")
    ]


# --------------------------------------------------------------------------------------
# the sample corpus: gazetteer and time output (rules only)


@pytest.fixture(scope="module")
def blank(blank_corpus_graph):
    kg, _ = blank_corpus_graph
    return {"rdflib": kg.dataset, "oxigraph": to_store(kg.dataset)}


@pytest.fixture(params=BACKENDS)
def blank_source(request, blank):
    return blank[request.param]


@pytest.mark.parametrize("name", ALL_QUERIES)
def test_both_backends_agree_on_the_corpus(blank, name):
    same_answers(blank["rdflib"], blank["oxigraph"], name)


def test_people_shows_lenin_with_his_aliases(blank_source):
    rows = ask(blank_source, "people.rq")
    assert list(rows[0]) == ["name", "documents", "aliases"]
    lenin = next(r for r in rows if r["name"] == "Vladimir Lenin")
    assert "Lênin" in lenin["aliases"].split(" | ")
    assert int(lenin["documents"]) >= 5  # 02, 04, 06, 08, 11, 12 at least
    names = [r["name"] for r in rows]
    assert "Józef Piłsudski" in names and "Mikhail Tukhachevsky" in names
    counts = [int(r["documents"]) for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_links_of_the_corpus(blank_source):
    rows = ask(blank_source, "links.rq")
    linked = {r["label"]: r["dbpedia"] for r in rows}
    # gold links (corpus/gold/links.jsonl) the gazetteer's entries give even without a parser
    assert linked["Vladimir Lenin"] == "http://pt.dbpedia.org/resource/Lenin"
    assert linked["Varsóvia"] == "http://pt.dbpedia.org/resource/Varsóvia"
    assert linked["Moscou"] == "http://pt.dbpedia.org/resource/Moscovo"
    assert all(r["wikipedia"].startswith("http://pt.wikipedia.org/wiki/") for r in rows)


def test_everything_about_komintern(blank_source):
    rows = ask(blank_source, "about-entity.rq", name=Literal("Komintern", lang="pt"))
    assert len({r["entity"] for r in rows}) == 1
    names = {r["value"] for r in rows if r["property"] in (str(RDFS.label), "http://www.w3.org/2004/02/skos/core#altLabel")}
    assert {"Terceira Internacional", "Internacional Comunista", "Komintern"} <= names
    documents = {r["valueLabel"] for r in rows if r["property"] == str(TEIA.mentionedIn)}
    assert "04_komintern.md" in documents
    types = {r["value"] for r in rows if r["property"] == str(RDF.type)}
    assert types & {str(TEIA.Organization), str(TEIA.PoliticalParty)}


def test_everything_about_defaults_to_komintern_and_finds_any_alias(blank_source):
    by_name = ask(blank_source, "about-entity.rq", name=Literal("Komintern", lang="pt"))
    by_default = ask(blank_source, "about-entity.rq")
    by_alias = ask(blank_source, "about-entity.rq", name=Literal("terceira internacional"))
    strip = lambda rows: sorted(tuple(v for k, v in r.items() if k != "name") for r in rows)  # noqa: E731
    assert strip(by_default) == strip(by_name) == strip(by_alias)


def test_everything_about_lenin_by_an_alias(blank_source):
    rows = ask(blank_source, "about-entity.rq", name=Literal("Lênin", lang="pt"))
    assert {r["entity"] for r in rows} == {"https://w3id.org/teia/id/person/vladimir-lenin"}
    assert any(r["property"] == str(RDFS.label) and r["value"] == "Vladimir Lenin" for r in rows)


def test_merges_explain_lenin(blank_source):
    rows = [r for r in ask(blank_source, "merges.rq") if r["label"] == "Vladimir Lenin"]
    kb = [r for r in rows if r["rule"] == "kb"]
    assert kb, rows
    assert all(r["status"] == "accepted" and r["evidence"] for r in kb)
    assert {"Lenin", "Lênin", "Ulianov", "Vladimir Ilitch Ulianov"} & {r["merged"] for r in kb}


# --------------------------------------------------------------------------------------
# the sample corpus: events, relations and quotations (the default pipeline)


@pytest.fixture(scope="module")
def full(corpus_graph):
    kg, _ = corpus_graph
    return {"rdflib": kg.dataset, "oxigraph": to_store(kg.dataset)}


@pytest.fixture(params=BACKENDS)
def source(request, full):
    return full[request.param]


@pytest.mark.parametrize("name", ALL_QUERIES)
def test_both_backends_agree_on_the_default_build(full, name):
    same_answers(full["rdflib"], full["oxigraph"], name)


@pytest.fixture(scope="module")
def statements(full):
    """All relation statements of the corpus graph (for the gold-fact look-ups)."""
    return ask(full["oxigraph"], "triple-evidence.rq")


def test_events_of_1920_are_in_date_order_and_touch_1920(source):
    rows = ask(source, "events-1920.rq")
    starts = [r["start"] for r in rows]
    assert starts == sorted(starts)
    for r in rows:
        assert r["start"][:4] <= "1920" <= r["end"][:4], r


def test_events_of_1920_include_the_battle_of_warsaw_once(source):
    rows = ask(source, "events-1920.rq")
    battle = [r for r in rows if r["label"] == "Batalha de Varsóvia"]
    assert len(battle) == 1
    assert battle[0]["start"].startswith("1920") and battle[0]["type"] == str(TEIA.Battle)
    assert "Varsóvia" in (battle[0]["places"] or "").split(" | ")
    # gold (06): the Soviet-Polish war, 1919-1921, spans 1920
    assert any(folded(r["label"]) == "guerra soviético-polonesa" for r in rows)


def test_the_battle_of_warsaw_is_dated_as_in_the_gold(source):
    battle = next(r for r in ask(source, "events-1920.rq") if r["label"] == "Batalha de Varsóvia")
    # gold 06 ev1: "entre 13 e 25 de agosto de 1920"; other documents date it to August 1920
    assert (battle["start"], battle["end"]) == ("1920-08-13", "1920-08-25")


def test_events_of_1920_include_the_congresses(source):
    labels = [folded(r["label"]) for r in ask(source, "events-1920.rq")]
    # gold 04 ev2 (Segundo Congresso da IC, July 1920) and 02 ev6 (Oitavo Congresso dos Sovietes, December 1920)
    assert any("segundo congresso" in label and "sovietes" not in label for label in labels)
    assert any("oitavo congresso" in label for label in labels)


def test_who_fought_whom_at_warsaw(source):
    rows = ask(source, "who-fought-whom.rq")
    assert any(
        r["relation"] == "defeated" and r["opponent"] == "Exército Vermelho" and r["conflict"] == "Batalha de Varsóvia"
        for r in rows
    ), "gold 06 ev1: the Red Army is the defeated party of the Battle of Warsaw"


def test_who_fought_whom_names_the_polish_side(source):
    rows = ask(source, "who-fought-whom.rq")
    polish_wins = [r for r in rows if r["relation"] == "defeated" and ("polon" in folded(r["side"]) or "polôn" in folded(r["side"]))]
    # gold 06: exercito_polones defeated frente_ocidental; agent of the Battle of Warsaw
    assert any(r["opponent"] in ("Exército Vermelho", "Frente Ocidental") for r in polish_wins)


def test_who_fought_whom_polonia_against_soviet_russia(source):
    # gold 05: polonia foughtAgainst russia_sovietica; 08: pilsudski foughtAgainst russia_sovietica
    rows = ask(source, "who-fought-whom.rq")
    assert any(
        r["relation"] == "foughtAgainst" and folded(r["side"]) in ("polônia", "józef piłsudski") and "rússia" in folded(r["opponent"])
        for r in rows
    )


@pytest.mark.xfail(strict=False, reason=f"{PENDING_RELATIONS}: weygand memberOf missao_militar_aliada (gold 08)")
def test_organization_members(source):
    # gold 06: stalin memberOf frente_sudoeste; gold 08: weygand memberOf missao_militar_aliada
    rows = ask(source, "organization-members.rq")
    assert any("stalin" in folded(r["member"]) and "frente sudoeste" in folded(r["organization"]) for r in rows)
    assert any("weygand" in folded(r["member"]) and "missão militar aliada" in folded(r["organization"]) for r in rows)
    assert all(int(r["documents"]) >= 1 for r in rows)


def test_komintern_headquarters(source):
    # gold 04: komintern headquarteredIn moscou
    rows = ask(source, "about-entity.rq", name=Literal("Komintern", lang="pt"))
    assert any(r["property"] == str(TEIA.headquarteredIn) and r["valueLabel"] == "Moscou" for r in rows)


def test_person_roles_pilsudski(source):
    rows = ask(source, "person-roles.rq")
    mine = {(r["kind"], r["role"], r["what"]) for r in rows if r["name"] == "Józef Piłsudski"}
    # gold 05 and 08: pilsudski led polonia ("chefe de Estado da Polônia")
    assert ("relation", "led", "Polônia") in mine


def test_person_roles_in_events(source):
    rows = ask(source, "person-roles.rq")
    roles = {(r["name"], r["role"]) for r in rows if r["kind"] == "event"}
    # gold 08 ev3/ev4/ev6: Piłsudski is the agent (arrival in Warsaw, command, May coup);
    # gold 02 ev2/ev3: Lenin is the agent (1903 congress, return to Petrograd)
    assert ("Józef Piłsudski", "agent") in roles
    assert ("Vladimir Lenin", "agent") in roles


def test_triple_evidence_sentences_come_from_their_documents(statements):
    for r in statements:
        path = CORPUS / r["document"]
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        assert r["sentence"].strip() in text, r


def test_triple_evidence_for_pilsudski_led_polonia(source, full):
    ds = full["rdflib"]
    rows = ask(source, "triple-evidence.rq", subject=entity_iri(ds, "Józef Piłsudski"), predicate=TEIA.led, object=entity_iri(ds, "Polônia"))
    assert rows
    assert {r["document"] for r in rows} <= {"05_guerra_sovietico_polonesa.txt", "08_pilsudski.txt"}
    assert any("chefe de Estado da Polônia" in r["sentence"] for r in rows)


def test_low_confidence_threshold(source, statements):
    default = ask(source, "low-confidence.rq")
    assert all(Decimal(r["confidence"]) < Decimal("0.6") for r in default)
    confidences = [Decimal(r["confidence"]) for r in default]
    assert confidences == sorted(confidences)
    everything = ask(source, "low-confidence.rq", threshold=Literal(Decimal("1.01")))
    assert len(everything) == len(statements)
    nothing = ask(source, "low-confidence.rq", threshold=Literal(Decimal("0")))
    assert nothing == []


def test_open_relations_by_frequency(source):
    rows = ask(source, "open-relations.rq")
    assert all(r["predicate"].startswith(str(REL)) for r in rows)
    counts = [int(r["statements"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    # the verbs of the gold relations are mapped to ontology properties, never left open
    for verb in ("liderar", "comandar", "nascer", "morrer", "derrotar", "fundar"):
        assert not any(r["predicate"].startswith(str(REL[verb])) for r in rows), verb


def test_the_corpus_has_open_relations(source):
    # verb frames outside the mapping: "foi deportado para a Sibéria", "voltou a Petrogrado"...
    assert ask(source, "open-relations.rq")


@pytest.mark.parametrize("name", [None, Literal("Pilsudski"), Literal("Josef Stalin", lang="pt")])
def test_timelines_are_in_date_order(source, name):
    rows = ask(source, "person-timeline.rq", **({"name": name} if name is not None else {}))
    keys = [(r["start"], r["end"]) for r in rows]
    assert keys == sorted(keys)
    assert all(r["document"] and r["kind"] in ("event", "statement", "quotation") for r in rows)


def test_lenin_timeline(source):
    starts = [r["start"] for r in ask(source, "person-timeline.rq")]  # Lenin unless bound
    # gold 02: return to Petrograd (1917-04), the 1920 quotation, death in Gorki (1924-01-21)
    assert any(s.startswith("1917-04") for s in starts)
    assert any(s.startswith("1924-01-21") for s in starts)


def test_pilsudski_timeline_by_alias(source):
    rows = ask(source, "person-timeline.rq", name=Literal("Pilsudski"))
    # gold 08 ev3/ev4: arrival in Warsaw on 10 November 1918, command on the 11th
    november = [r for r in rows if r["start"].startswith("1918-11")]
    assert november
    assert all(r["document"] == "08_pilsudski.txt" for r in november)


def test_places_and_their_events(source):
    rows = ask(source, "places-events.rq")
    warsaw = [r for r in rows if r["place"] == "Varsóvia" and r["event"] == "Batalha de Varsóvia"]  # gold 06 ev1
    assert len(warsaw) == 1 and warsaw[0]["start"].startswith("1920")
    places = [r["place"] for r in rows]
    assert places == sorted(places)


def test_places_moscow_founding_of_the_komintern(source):
    rows = ask(source, "places-events.rq")
    # gold 04 ev1: the Komintern was founded in Moscow, 2-6 March 1919
    assert any(r["place"] == "Moscou" and (r["start"] or "").startswith("1919-03") for r in rows)


def test_quotations_by_author(source):
    rows = ask(source, "quotations.rq")
    lenin = [r for r in rows if r["author"] == "Vladimir Lenin"]
    # gold 02: «O comunismo é o poder soviético mais a eletrificação de todo o país», December 1920
    quote = next(r for r in lenin if "eletrificação" in r["quote"])
    assert quote["quote"] == "O comunismo é o poder soviético mais a eletrificação de todo o país"
    assert quote["date"] == "1920-12" and quote["document"] == "02_lenin.txt"
