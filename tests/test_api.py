"""The library API the notebook tour uses: tables from queries, the timeline, the palette, the
pictures and the merge log (``teia.api``, ``teia.graph.query``, ``teia.graph.timeline``,
``teia.graph.palette``, ``teia.graph.draw``).

Everything runs on a small hand-written dataset (TriG, one named graph per document plus a
graph of entities, as a build lays it out), so no spaCy model is involved.
"""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest
from rdflib import Dataset, Literal, URIRef

import teia
from teia.api import KnowledgeGraph, read_merge_log, reject_merge
from teia.errors import InputError, QueryError, TeiaError
from teia.records import MergeDecision, Resolution
from teia.extract.resolve import load_overrides
from teia.graph.palette import OTHER_COLOR, TYPE_COLORS, color_of, legend_entries, node_colors
from teia.graph.timeline import day_range, names_match, timeline

ID = "https://w3id.org/teia/id/"

TRIG = """
@prefix teia: <https://w3id.org/teia/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .

<urn:graph:entities> {
  <https://w3id.org/teia/id/person/lenin> a teia:Person ; rdfs:label "Vladimir Lenin"@pt ; skos:altLabel "Lenin"@pt, "Lênin"@pt ;
      teia:degree 3 .
  <https://w3id.org/teia/id/organization/komintern> a teia:Organization ; rdfs:label "Internacional Comunista"@pt ;
      skos:altLabel "Komintern"@pt .
  <https://w3id.org/teia/id/organization/rkka> a teia:Organization ; rdfs:label "Exército Vermelho"@pt .
  <https://w3id.org/teia/id/place/polonia> a teia:Place ; rdfs:label "Polônia"@pt .
  <https://w3id.org/teia/id/place/varsovia> a teia:Place ; rdfs:label "Varsóvia"@pt .
  <https://w3id.org/teia/id/place/leningrado> a teia:Place ; rdfs:label "Leningrado"@pt .
  <https://w3id.org/teia/id/battle/varsovia> a teia:Battle, teia:Event ; rdfs:label "Batalha de Varsóvia"@pt ;
      skos:altLabel "Milagre do Vístula"@pt .
  <https://w3id.org/teia/id/founding/ic> a teia:Founding ; rdfs:label "fundação da Internacional Comunista"@pt .
  <https://w3id.org/teia/id/event/congresso> a teia:Event ; rdfs:label "Oitavo Congresso dos Sovietes"@pt .
  <https://w3id.org/teia/id/event/japao> a teia:MilitaryConflict ; rdfs:label "guerra contra o Japão"@pt .
  <https://w3id.org/teia/id/event/undated> a teia:Event ; rdfs:label "golpe"@pt .
  <https://w3id.org/teia/id/treaty/riga> a teia:Treaty ; rdfs:label "Tratado de Riga"@pt .
  <https://w3id.org/teia/id/event/cerco> a teia:Battle ; rdfs:label "cerco de Leningrado"@pt .
}

<urn:graph:doc1> {
  <https://w3id.org/teia/id/battle/varsovia> teia:agent <https://w3id.org/teia/id/place/polonia> ; teia:defeatedParty <https://w3id.org/teia/id/organization/rkka> ;
      teia:place <https://w3id.org/teia/id/place/varsovia> ;
      teia:date "1920-08-13"^^xsd:date ; teia:endDate "1920-08-25"^^xsd:date .
  <https://w3id.org/teia/id/founding/ic> teia:date "1919-03"^^xsd:gYearMonth ; teia:place <https://w3id.org/teia/id/place/moscou> .
  <https://w3id.org/teia/id/person/lenin> teia:participantIn <https://w3id.org/teia/id/event/congresso> .
  <https://w3id.org/teia/id/event/congresso> teia:time <https://w3id.org/teia/id/time/1920-12> .
  <https://w3id.org/teia/id/time/1920-12> teia:start "1920-12"^^xsd:gYearMonth ; teia:end "1920-12"^^xsd:gYearMonth .
  <https://w3id.org/teia/id/event/japao> teia:date "1905"^^xsd:gYear .
  <https://w3id.org/teia/id/treaty/riga> teia:date "1921-03"^^xsd:gYearMonth .
  <https://w3id.org/teia/id/event/cerco> teia:date "1941"^^xsd:gYear ; teia:endDate "1944"^^xsd:gYear .
}

<urn:graph:doc2> {
  <https://w3id.org/teia/id/treaty/riga> teia:date "1921-03-18"^^xsd:date ; teia:place <https://w3id.org/teia/id/place/riga> .
  <https://w3id.org/teia/id/place/moscou> rdfs:label "Moscou"@pt .
}
"""


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    ds = Dataset(default_union=True)
    ds.parse(data=TRIG, format="trig")
    return KnowledgeGraph(ds)


# --------------------------------------------------------------------------------------
# QueryResult.to_dataframe

try:
    import pandas as pd
except ImportError:  # pandas is optional for teia; the tests of tables need it
    pd = None
needs_pandas = pytest.mark.skipif(pd is None, reason="pandas is not installed")

NAMES = """
PREFIX teia: <https://w3id.org/teia/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?entity ?label ?degree ?missing WHERE {
  ?entity a teia:Person ; rdfs:label ?label .
  OPTIONAL { ?entity teia:degree ?degree }
  OPTIONAL { ?entity teia:nothing ?missing }
}
"""


@needs_pandas
def test_to_dataframe_keeps_the_columns_and_gives_plain_values(kg):
    frame = kg.query(NAMES).to_dataframe()
    assert list(frame.columns) == ["entity", "label", "degree", "missing"]
    row = frame.iloc[0].to_dict()
    assert row["entity"] == "id:person/lenin"
    assert row["label"] == "Vladimir Lenin"  # the language tag is dropped
    assert row["degree"] == 3 and frame["degree"].dtype.kind == "i"  # numbers stay numbers
    assert row["missing"] is None


@needs_pandas
def test_to_dataframe_full_iris_and_dates_as_written(kg):
    frame = kg.query(NAMES).to_dataframe(short=False)
    assert frame["entity"].tolist() == [ID + "person/lenin"]
    dates = kg.query(
        "PREFIX teia: <https://w3id.org/teia/ontology#> SELECT ?d WHERE { ?e teia:date ?d } ORDER BY STR(?d)"
    ).to_dataframe()
    assert dates["d"].tolist() == ["1905", "1919-03", "1920-08-13", "1921-03", "1921-03-18", "1941"]


@needs_pandas
def test_to_dataframe_of_construct_and_ask(kg):
    construct = kg.query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l FILTER(STR(?l) = 'Polônia') }"
    ).to_dataframe()
    assert construct.values.tolist() == [["id:place/polonia", "rdfs:label", "Polônia"]]
    with pytest.raises(QueryError, match="ASK"):
        kg.query("ASK { ?s ?p ?o }").to_dataframe()


@needs_pandas
def test_to_dataframe_decimal_becomes_float(kg):
    frame = kg.query('SELECT ?x WHERE { BIND("0.750"^^<http://www.w3.org/2001/XMLSchema#decimal> AS ?x) }').to_dataframe()
    assert frame["x"].tolist() == [0.75] and isinstance(frame["x"].iloc[0], float)


@needs_pandas
def test_to_dataframe_is_the_same_on_oxigraph(kg):
    import pyoxigraph as ox

    from teia.graph.io import sorted_nquads
    from teia.graph.query import run_query

    store = ox.Store()
    store.load(sorted_nquads(kg.dataset).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    query = NAMES + " ORDER BY ?label"
    assert run_query(store, query).to_dataframe().equals(run_query(kg.dataset, query).to_dataframe())


def test_to_dataframe_without_pandas_says_how_to_install_it(kg, monkeypatch):
    result = kg.query(NAMES)
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(TeiaError, match="pip install pandas"):
        result.to_dataframe()


# --------------------------------------------------------------------------------------
# the timeline


def test_timeline_rows_sorted_with_places_and_participants(kg):
    rows = kg.timeline()
    assert [r.label for r in rows] == [
        "guerra contra o Japão",
        "fundação da Internacional Comunista",
        "Batalha de Varsóvia",
        "Oitavo Congresso dos Sovietes",
        "Tratado de Riga",
        "cerco de Leningrado",
    ]  # "golpe" has no date
    battle = rows[2]
    assert (battle.type, battle.start, battle.end) == ("Battle", "1920-08-13", "1920-08-25")  # Battle before Event
    assert (battle.first_day, battle.last_day) == (date(1920, 8, 13), date(1920, 8, 25))
    assert battle.place == "Varsóvia"
    assert battle.participants == "Exército Vermelho; Polônia"
    assert battle.event == ID + "battle/varsovia"
    congress = rows[3]
    assert congress.participants == "Vladimir Lenin"  # from teia:participantIn
    assert (congress.start, congress.first_day, congress.last_day) == ("1920-12", date(1920, 12, 1), date(1920, 12, 31))


def test_timeline_merges_the_dates_of_several_documents(kg):
    riga = next(r for r in kg.timeline() if r.label == "Tratado de Riga")
    # 1921-03 (one text) and 1921-03-18 (another): the month covers the day
    assert (riga.start, riga.end, riga.first_day, riga.last_day) == ("1921-03", "1921-03", date(1921, 3, 1), date(1921, 3, 31))
    assert riga.place == "riga"  # a place without a label shows its IRI's last part


def test_timeline_window_keeps_events_that_touch_it(kg):
    assert [r.label for r in kg.timeline(1917, 1925)] == [
        "fundação da Internacional Comunista",
        "Batalha de Varsóvia",
        "Oitavo Congresso dos Sovietes",
        "Tratado de Riga",
    ]
    assert [r.label for r in kg.timeline("1920-08-20", "1920-08-20")] == ["Batalha de Varsóvia"]
    assert [r.label for r in kg.timeline(1943)] == ["cerco de Leningrado"]  # 1941–1944 touches 1943
    assert [r.label for r in kg.timeline(end=1910)] == ["guerra contra o Japão"]


def test_timeline_window_must_be_a_date(kg):
    with pytest.raises(InputError, match="not a year or an ISO date"):
        kg.timeline("agosto")
    with pytest.raises(InputError, match="after"):
        kg.timeline(1925, 1917)


def test_timeline_about_an_entity_by_participant_or_by_name_in_the_label(kg):
    # the founding has no participant: its label names the Komintern
    assert [r.label for r in kg.timeline(about="Komintern")] == ["fundação da Internacional Comunista"]
    assert [r.label for r in kg.timeline(about="komintern")] == ["fundação da Internacional Comunista"]
    # a participant, found by an alias with another accent
    assert [r.label for r in kg.timeline(about="Lênin")] == ["Oitavo Congresso dos Sovietes"]
    # "Lenin" is not a word of "cerco de Leningrado"
    assert "cerco de Leningrado" not in [r.label for r in kg.timeline(about="Lenin")]
    # an event is about itself, by any of its names or its IRI
    assert [r.label for r in kg.timeline(about="Milagre do Vístula")] == ["Batalha de Varsóvia"]
    assert [r.label for r in kg.timeline(about=ID + "battle/varsovia")] == ["Batalha de Varsóvia"]
    assert [r.label for r in kg.timeline(about=["Polônia", "Komintern"])] == [
        "fundação da Internacional Comunista",
        "Batalha de Varsóvia",
    ]
    # a name no entity has still matches event labels
    assert [r.label for r in kg.timeline(about="Riga")] == ["Tratado de Riga"]
    assert kg.timeline(about="Trotsky") == []


@needs_pandas
def test_timeline_is_deterministic_and_a_table(kg):
    assert kg.timeline() == kg.timeline()
    frame = pd.DataFrame(kg.timeline(1920, 1920))
    assert frame.columns[:6].tolist() == ["label", "type", "start", "end", "place", "participants"]


def test_names_match_whole_words_without_case_or_accents():
    assert names_match("Internacional Comunista", "Fundação da internacional comunista")
    assert names_match("Lênin", "morte de Lenin")
    assert not names_match("Lenin", "Leningrado")
    assert not names_match("", "anything")


def test_day_range():
    assert day_range(1920) == (date(1920, 1, 1), date(1920, 12, 31))
    assert day_range("1920-02") == (date(1920, 2, 1), date(1920, 2, 29))
    with pytest.raises(InputError):
        day_range("-0044")


# --------------------------------------------------------------------------------------
# the palette and the pictures


def test_palette_is_the_exports_palette():
    assert color_of("Person") == TYPE_COLORS["Person"] == "#E15759"
    assert color_of("NoSuchType") == OTHER_COLOR
    assert legend_entries(["Place", "Person", "Place"]) == [("Person", "#E15759"), ("Place", TYPE_COLORS["Place"])]


def _network():
    import networkx as nx

    g = nx.MultiDiGraph()
    people = {"lenin": ("Vladimir Lenin", "Person", "Lenin; Lênin"), "ic": ("Internacional Comunista", "Organization", "Komintern")}
    for n, (label, kind, aliases) in people.items():
        g.add_node(n, label=label, type=kind, aliases=aliases, degree=1)
    for i in range(5):
        g.add_node(f"p{i}", label=f"Lugar {i}", type="Place", aliases="", degree=4 if i == 0 else 1)
        if i:
            g.add_edge("p0", f"p{i}", key="near")
    g.add_edge("lenin", "ic", key="led")  # a second, smaller group
    g.add_node("alone", label="Sozinho", type="Concept", aliases="", degree=0)
    return g


def test_node_colors_follow_the_type():
    g = _network()
    assert node_colors(g, ["lenin", "p0", "alone"]) == [TYPE_COLORS["Person"], TYPE_COLORS["Place"], TYPE_COLORS["Concept"]]


def test_network_view_keeps_the_largest_group_and_the_focus():
    from teia.graph.draw import network_view, nodes_named

    g = _network()
    assert nodes_named(g, ["komintern", "Lenin"]) == ["ic", "lenin"]  # by alias, any case; sorted by label
    assert set(network_view(g).nodes) == {f"p{i}" for i in range(5)}
    assert set(network_view(g, focus=["Komintern"]).nodes) == {f"p{i}" for i in range(5)} | {"ic"}


def test_draw_network_names_the_central_nodes_and_the_focus():
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from teia.graph.draw import draw_network, network_view

    g = _network()
    shown = network_view(g, focus=["Komintern"])
    ax = draw_network(shown, focus=["Komintern"], top=1)
    try:
        assert sorted(t.get_text() for t in ax.texts) == ["Internacional Comunista", "Lugar 0"]
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Organization", "Place"]
    finally:
        plt.close(ax.figure)


@needs_pandas
def test_draw_timeline_names_every_event_and_bolds_the_highlighted(kg):
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from teia.graph.draw import draw_timeline

    rows = kg.timeline(1917, 1925)
    ax = draw_timeline(rows, highlight=kg.timeline(about="Komintern"), start=1917, end=1925)
    try:
        names = {t.get_text(): t.get_fontweight() for t in ax.texts}
        assert names == {
            "fundação da Internacional Comunista  (1919-03)": "bold",
            "Batalha de Varsóvia  (1920-08-13 – 1920-08-25)": "normal",
            "Oitavo Congresso dos Sovietes  (1920-12)": "normal",
            "Tratado de Riga  (1921-03)": "normal",
        }
        assert len(ax.patches) == len(rows)
        # a DataFrame of the rows draws the same
        again = draw_timeline(pd.DataFrame(rows), start=1917, end=1925)
        assert sorted(t.get_text() for t in again.texts) == sorted(names)
    finally:
        plt.close("all")


def test_drawing_without_matplotlib_says_how_to_install_it(monkeypatch):
    from teia.graph.draw import draw_timeline

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(TeiaError, match="pip install matplotlib"):
        draw_timeline([])


# --------------------------------------------------------------------------------------
# the merge log

MERGES = (
    MergeDecision("kb:lenin", "Vladimir Lenin", "Lenin", "kb", "'Lenin' in a.txt: knowledge-base entry 'lenin'"),
    MergeDecision("kb:lenin", "Vladimir Lenin", "Ulianov", "kb", "'Ulianov' in a.txt: knowledge-base entry 'lenin'"),
    MergeDecision("kb:lenin", "Vladimir Lenin", "Lenin", "kb", "'Lenin' in a.txt: knowledge-base entry 'lenin'"),
    MergeDecision("PER:leon trotsky", "Leon Trotsky", "Trotski", "partial-name", "'Leon Trotsky' ~ 'Trotski'", "rejected"),
)


@pytest.fixture()
def logged(kg) -> KnowledgeGraph:
    return KnowledgeGraph(kg.dataset, resolution=Resolution(merges=MERGES))


def test_merge_log_by_entity_label_or_name(logged):
    assert logged.merge_log("vladimir lenin") == [MERGES[0], MERGES[1]]  # the repeated decision once
    assert logged.merge_log("kb:lenin") == [MERGES[0], MERGES[1]]
    assert logged.merge_log("Ulianov") == [MERGES[1]]
    assert logged.merge_log(status="rejected") == [MERGES[3]]
    assert logged.merge_log("Trotski", status="accepted") == []
    assert logged.merge_log() == [MERGES[0], MERGES[1], MERGES[3]]


def test_reject_merge_writes_an_override_the_build_reads(tmp_path):
    path = tmp_path / "merges.jsonl"
    assert reject_merge(MERGES[1], path, note="Alexandre Ulianov, the brother") == path
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "// Alexandre Ulianov, the brother"
    assert json.loads(lines[1]) == {
        "entity": "kb:lenin", "label": "Vladimir Lenin", "merged": "Ulianov", "rule": "kb",
        "evidence": "'Ulianov' in a.txt: knowledge-base entry 'lenin'", "status": "rejected",
    }
    overrides = load_overrides(path)
    assert [(r.a, r.b, r.status, r.source) for r in overrides.rules] == [("kb:lenin", "Ulianov", "rejected", "merges.jsonl:2")]


def test_reject_merge_appends_once_and_keeps_the_file(tmp_path):
    path = tmp_path / "merges.jsonl"
    path.write_text('{"a": "Koba", "b": "Josef Stalin", "status": "accepted"}', encoding="utf-8")  # no final newline
    reject_merge(MERGES[1], path)
    reject_merge(MERGES[1], path)  # already there: not written again
    teia.reject_merge(MERGES[0], path)
    rules = load_overrides(path).rules
    assert [(r.a, r.b, r.status) for r in rules] == [
        ("Koba", "Josef Stalin", "accepted"),
        ("kb:lenin", "Ulianov", "rejected"),
        ("kb:lenin", "Lenin", "rejected"),
    ]


def test_reject_merge_checks_the_whole_file(tmp_path):
    path = tmp_path / "merges.jsonl"
    path.write_text('{"a": "Koba", "b": "Josef Stalin", "status": "maybe"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="merges.jsonl:1"):
        reject_merge(MERGES[1], path)


def test_a_saved_merge_log_is_loaded_back(logged, tmp_path):
    logged.save(tmp_path / "out")
    assert read_merge_log(tmp_path / "out" / "merge-log.jsonl") == MERGES
    loaded = teia.load(tmp_path / "out")
    assert loaded.merges == MERGES
    assert loaded.merge_log("Ulianov") == [MERGES[1]]


def test_a_malformed_merge_log_names_its_line(tmp_path):
    path = tmp_path / "merge-log.jsonl"
    path.write_text('{"entity": "kb:lenin", "label": "Vladimir Lenin", "merged": "Lenin"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="merge-log.jsonl:1"):
        read_merge_log(path)


def test_build_iri_follows_file_contents_not_paths(tmp_path):
    """The configuration hash in the build IRI reads knowledge-base and merge files by
    content: the same file elsewhere gives the same graph, an edited one a new build IRI."""
    from teia.build.steps import BuildOptions, build_info

    entry = '{"id": "zeca", "label": "Zeca Pereira", "type": "PER", "aliases": ["Zeca"]}\n'
    first, second = tmp_path / "a" / "kb.jsonl", tmp_path / "b" / "outro.jsonl"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text(entry, encoding="utf-8")

    def build_hash(kb_path):
        return build_info("blank", BuildOptions(base="https://example.org/", kb=(str(kb_path),))).config_hash

    assert build_hash(first) == build_hash(second)
    second.write_text(entry.replace("Zeca Pereira", "José Pereira"), encoding="utf-8")
    assert build_hash(first) != build_hash(second)


def test_teia_build_is_the_function_and_the_room(tmp_path):
    """``teia.build`` is the package ``teia/build/`` (the build room) and calling it is
    :func:`teia.api.build`; the room's names load on first use."""
    import teia
    from teia.build import BuildOptions, run

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Lenin fundou o Komintern em 1919.\n", encoding="utf-8")
    kg = teia.build(corpus, model="blank")
    result = run(corpus, BuildOptions(model="blank"))
    assert isinstance(kg, KnowledgeGraph) and kg.shards is None
    assert len(kg.dataset) == len(result.dataset) and kg.info == result.info
