"""HAREM mention/entity evaluation and the gold-corpus evaluation (issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from teia.errors import InputError
from teia.eval.harem import (
    HaremMention,
    SysMention,
    cluster_scores,
    evaluate_gold,
    evaluate_harem,
    format_gold_report,
    format_harem_report,
    parse_harem,
    score_mentions,
    with_titles,
)

XML = """<?xml version="1.0" encoding="UTF-8"?>
<colHAREM versao="teste">
  <DOC DOCID="d1">
    <P>O congresso de
      <EM ID="d1-1" CATEG="PESSOA" TIPO="INDIVIDUAL">Lenin</EM>
      em <EM ID="d1-2" CATEG="LOCAL" TIPO="HUMANO">Moscou</EM>
      , <EM ID="d1-3" CATEG="TEMPO" TIPO="TEMPO_CALEND">em 1919</EM>.</P>
    <P><EM ID="d1-4" CATEG="PESSOA" TIPO="INDIVIDUAL" COREL="d1-1" TIPOREL="ident">Vladimir Lenin</EM> falou na
      <ALT><EM ID="d1-5" CATEG="ORGANIZACAO" TIPO="INSTITUICAO">Igreja de Roma</EM> | <EM ID="d1-5a" CATEG="ORGANIZACAO" TIPO="INSTITUICAO">Igreja</EM> de <EM ID="d1-6" CATEG="LOCAL|ORGANIZACAO" TIPO="HUMANO|ADMINISTRACAO">Roma</EM></ALT>
      e <OMITIDO><EM ID="d1-7" CATEG="ABSTRACCAO">Fé</EM></OMITIDO> &amp; <EM ID="d1-8" CATEG="PESSOA" COREL="d1-x d1-4" TIPOREL="outra PESSOA**ident**d1-4**PESSOA">ele mesmo</EM>.</P>
  </DOC>
</colHAREM>
"""


@pytest.fixture()
def harem_file(tmp_path: Path) -> Path:
    p = tmp_path / "h.xml"
    p.write_text(XML, encoding="utf-8")
    return p


def test_parse_text_offsets_alt_omitted(harem_file):
    (doc,) = parse_harem(harem_file)
    assert doc.text.split("\n")[0] == "O congresso de Lenin em Moscou , em 1919."
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
    by_id = {m.id: m for m in doc.mentions}
    assert "d1-7" not in by_id  # omitted
    assert by_id["d1-5"].alt == (0, 0) and by_id["d1-5a"].alt == (0, 1) and by_id["d1-6"].alt == (0, 1)
    assert by_id["d1-6"].categories == ("LOCAL", "ORGANIZACAO")
    assert by_id["d1-6"].text == "Roma" and by_id["d1-5"].text == "Igreja de Roma"
    assert doc.text[doc.omitted[0][0] : doc.omitted[0][1]].strip() == "Fé"
    assert "&" in doc.text
    clusters = doc.ident_clusters()
    assert clusters["d1-1"] == clusters["d1-4"] == clusters["d1-8"]
    assert clusters["d1-2"] != clusters["d1-1"]


def test_parse_errors(tmp_path):
    p = tmp_path / "x.xml"
    p.write_text("<foo/>", encoding="utf-8")
    with pytest.raises(InputError):
        parse_harem(p)
    with pytest.raises(InputError):
        parse_harem(tmp_path / "missing.xml")


def test_score_mentions_exact_partial_and_vague_categories():
    golds = [
        HaremMention("1", 0, 5, "Lenin", ("PESSOA",)),
        HaremMention("2", 10, 20, "em Moscou!", ("LOCAL", "ORGANIZACAO")),
        HaremMention("3", 30, 34, "1919", ("TEMPO",)),
    ]
    systems = [
        SysMention(0, 5, "Lenin", "PESSOA"),
        SysMention(13, 19, "Moscou", "ORGANIZACAO"),  # partial, second category
        SysMention(40, 45, "xxxxx", "LOCAL"),  # spurious
    ]
    counts = score_mentions(golds, systems)
    assert counts["exact"]["PESSOA"] == [1, 1, 1]
    assert counts["exact"]["ORGANIZACAO"] == [0, 1, 0]
    assert counts["exact"]["LOCAL"] == [0, 1, 1]
    assert counts["partial"]["ORGANIZACAO"] == [1, 1, 1]
    assert counts["partial"]["LOCAL"] == [0, 1, 0]
    assert counts["partial"]["TEMPO"] == [0, 0, 1]


def test_cluster_scores():
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    same = cluster_scores(gold, dict(gold))
    assert same["pairwise_f1"] == 1.0 and same["bcubed_f1"] == 1.0
    split = cluster_scores(gold, {"a": 1, "b": 2, "c": 3, "d": 3})
    assert split["pairwise_precision"] == 1.0 and split["pairwise_recall"] == 0.5
    lumped = cluster_scores(gold, {"a": 1, "b": 1, "c": 1, "d": 1})
    assert lumped["pairwise_recall"] == 1.0 and lumped["pairwise_precision"] == pytest.approx(2 / 6, abs=1e-3)


class _FakeNER:
    """Marks fixed names as entities (stands in for a trained NER)."""

    NAMES = {"Lenin": "PER", "Vladimir Lenin": "PER", "Moscou": "LOC", "Roma": "LOC"}

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for name, label in self.NAMES.items():
            start = 0
            while (i := doc.text.find(name, start)) >= 0:
                sp = doc.char_span(i, i + len(name), label=label)
                if sp is not None:
                    spans.append(sp)
                start = i + len(name)
        doc.ents = spacy.util.filter_spans(spans)
        return doc


@Language.factory("test_fake_ner_issue5")
def _fake_ner(nlp, name):
    return _FakeNER()


def fake_pipeline() -> Language:
    from teia.extract.pipeline import PipelineConfig, create_pipeline

    nlp = create_pipeline(PipelineConfig(model="blank", include_default_kb=False))
    nlp.add_pipe("test_fake_ner_issue5", before="teia_gazetteer")
    return nlp


def test_evaluate_harem_end_to_end(harem_file):
    report = evaluate_harem(harem_file, fake_pipeline())
    assert report["documents"] == 1
    assert report["exact"]["PESSOA"]["tp"] == 2
    assert report["exact"]["LOCAL"]["tp"] == 2  # Moscou, and Roma from the ALT's second alternative
    assert report["partial"]["TEMPO"]["tp"] == 1
    assert report["clustering"]["pairwise_f1"] == 1.0  # Lenin ~ Vladimir Lenin, found by partial-name
    text = format_harem_report(report)
    assert "PESSOA" in text and "micro" in text and "pairwise" in text


def test_evaluate_gold_on_a_tiny_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "gold").mkdir(parents=True)
    text = "Lenin chegou a Moscou em 1918. Vladimir Lenin morreu."
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    rec = {
        "doc": "a.txt",
        "mentions": [
            {"id": "m1", "start": 0, "end": 5, "text": "Lenin", "category": "PER", "entity": "lenin"},
            {"id": "m2", "start": 15, "end": 21, "text": "Moscou", "category": "LOC", "entity": "moscou"},
            {"id": "m3", "start": 25, "end": 29, "text": "1918", "category": "DATE", "entity": None},
            {"id": "m4", "start": 31, "end": 45, "text": "Vladimir Lenin", "category": "PER", "entity": "lenin"},
        ],
        "entities": [],
        "times": [],
        "events": [],
        "relations": [],
    }
    import json

    (corpus / "gold" / "gold.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    report = evaluate_gold(corpus / "gold" / "gold.jsonl", fake_pipeline())
    assert report["exact"]["PER"]["f1"] == 1.0
    assert report["exact"]["DATE"]["tp"] == 1  # "em 1918" scored without its preposition
    assert report["clustering_within"]["pairwise_f1"] == 1.0
    assert "events" in format_gold_report(report)


HAREM_DEV = Path("/work/shared/data/harem/harem2-rerelem-dev.xml")


@pytest.mark.slow
@pytest.mark.skipif(not HAREM_DEV.exists(), reason="HAREM data not available")
def test_real_harem_file_parses_and_scores():
    docs = parse_harem(HAREM_DEV)
    assert len(docs) > 10
    for d in docs:
        for m in d.mentions:
            assert d.text[m.start : m.end] == m.text
    from teia.extract.pipeline import PipelineConfig, create_pipeline

    report = evaluate_harem(HAREM_DEV, create_pipeline(PipelineConfig(model="blank")), limit=5)
    assert 0.0 <= report["partial"]["micro"]["f1"] <= 1.0


def test_harem_conventions_widen_people_over_titles_and_cut_place_classifiers():
    text = "o presidente Sousa da Silveira visitou o rio Mondego com o rei D. Sebastião"
    def at(name, cat):
        i = text.index(name)
        return SysMention(i, i + len(name), name, cat)
    out = with_titles(text, [at("Sousa da Silveira", "PESSOA"), at("rio Mondego", "LOCAL"), at("D. Sebastião", "PESSOA")])
    assert [s.text for s in out] == ["presidente Sousa da Silveira", "Mondego", "rei D. Sebastião"]
    # must not: a lowercase word that is not a title stays out; a whole-lowercase name is kept
    out = with_titles("visitou Lisboa e a guerra", [at2 for at2 in (SysMention(8, 14, "Lisboa", "PESSOA"), SysMention(17, 24, "a guerra", "ACONTECIMENTO"))])
    assert [s.text for s in out] == ["Lisboa", "a guerra"]


def test_gold_events_are_scored_on_the_graphs_event_nodes():
    """A record that refers to an event named in another document (``~<global id>``) is that
    event's node: it matches the gold event with that entity, and without a time of its own
    it is dated by the times the node carries (the other document's record)."""
    from collections import Counter

    from teia.eval.harem import _EventNodes, _score_events
    from teia.records import (
        Document,
        Event,
        Evidence,
        Extraction,
        Resolution,
        TimeExpression,
    )

    def ev(doc_id: str, entity: str, time: TimeExpression | None) -> Event:
        return Event("ev0", "Battle", "a batalha", Evidence(doc_id, 0, 10, "a batalha"), entity=entity, time=time)

    days = TimeExpression("a.txt", 0, 5, "entre 2 e 9 de julho de 1863", value="1863-07-02/1863-07-09",
                          granularity="day", start="1863-07-02", end="1863-07-09")
    a = Extraction(Document("a.txt", "x"), events=(ev("a.txt", "e0", days),))
    b = Extraction(Document("b.txt", "y"), events=(ev("b.txt", "~EVENT:gettysburg", None),))
    resolution = Resolution(mapping=(("a.txt", "e0", "EVENT:gettysburg"), ("b.txt", "~EVENT:gettysburg", "EVENT:gettysburg")))
    gold_maps = [{"e0": "batalha_de_gettysburg"}, {}]
    nodes = _EventNodes([a, b], resolution, gold_maps)
    gold = {"doc": "b.txt", "events": [{"id": "ev1", "type": "Battle", "entity": "batalha_de_gettysburg", "time": "1863-07"}]}
    counts, parts = Counter(), Counter()
    _score_events(gold, b, gold_maps[1], counts, parts, nodes)
    assert (counts["matched"], counts["time_gold"], counts["time_ok"]) == (1, 1, 1)
    # without the graph's nodes (the record alone) neither the entity nor the time is found
    counts = Counter()
    _score_events(gold, b, gold_maps[1], counts, Counter())
    assert counts["matched"] == 0
    # a node dated elsewhere at a time the gold does not give: matched, time wrong
    gold["events"][0]["time"] = "1864"
    counts = Counter()
    _score_events(gold, b, gold_maps[1], counts, Counter(), nodes)
    assert (counts["matched"], counts["time_ok"]) == (1, 0)


def test_time_mentions_are_the_graphs_time_expressions_not_the_ners_dates():
    """The scorer counts what ``teia build`` writes: a TEMPO mention is one of the time
    expressions of ``doc._.teia_times`` (each a time node), never a DATE span of the NER that
    the time rules did not take (a phone number, a page number), since the graph holds none."""
    import teia.extract.temporal  # noqa: F401  (registers doc._.teia_times)
    from teia.eval.harem import system_mentions
    from teia.extract.timex import find_times

    text = "Em 1960 ligou para 2245 e pagou 30 reais ."
    doc = Doc(spacy.blank("pt").vocab, words=text.split())
    doc.ents = [doc.char_span(19, 23, label="DATE"), doc.char_span(32, 40, label="VALUE")]
    doc._.teia_times = find_times(text)
    got = [(m.text, m.category) for m in system_mentions(doc)]
    assert got == [("Em 1960", "TEMPO"), ("30 reais", "VALOR")]


def test_a_roles_unit_in_lower_case_is_no_name_for_harem():
    """HAREM marks names: the unit of a role named by a common noun (``o presidente do
    partido``), an organization of the graph, is left out of the HAREM scores; a capitalized
    unit (``ministro da Fazenda``) and teia's own gold keep it."""
    from teia.eval.harem import system_mentions
    from teia.extract.entities import MENTIONS
    from teia.records import UNIT_SOURCE, Mention

    text = "o presidente do partido e o ministro da Fazenda , Ricupero"
    doc = Doc(spacy.blank("pt").vocab, words=text.split())
    doc._.set(MENTIONS, (
        Mention("d", 16, 23, "partido", "ORG", UNIT_SOURCE),
        Mention("d", 40, 47, "Fazenda", "ORG", UNIT_SOURCE),
        Mention("d", 50, 58, "Ricupero", "PER"),
    ))
    assert [m.text for m in system_mentions(doc)] == ["partido", "Fazenda", "Ricupero"]
    assert [m.text for m in system_mentions(doc, names_only=True)] == ["Fazenda", "Ricupero"]


def test_a_roles_portfolio_is_an_abstraction_for_harem():
    """HAREM I train's gold marks the portfolio after a minister's role an abstraction (``ministro
    das Finanças``, ``ministro da Defesa``): the unit mention of a portfolio (its own source; the
    graph's node is the ministry) is scored ``ABSTRACCAO`` in the HAREM collections, a named body
    after its role (``presidente da Câmara``) an organization, and teia's own gold keeps both
    organizations (issue 17, P64a)."""
    from teia.eval.harem import system_mentions
    from teia.extract.entities import MENTIONS
    from teia.records import PORTFOLIO_UNIT_SOURCE, UNIT_SOURCE, Mention

    text = "o ministro da Educação e o presidente da Câmara"
    doc = Doc(spacy.blank("pt").vocab, words=text.split())
    doc._.set(MENTIONS, (
        Mention("d", 14, 22, "Educação", "ORG", PORTFOLIO_UNIT_SOURCE),
        Mention("d", 41, 47, "Câmara", "ORG", UNIT_SOURCE),
    ))
    assert [(m.text, m.category) for m in system_mentions(doc, names_only=True)] == [("Educação", "ABSTRACCAO"), ("Câmara", "ORGANIZACAO")]
    assert [(m.text, m.category) for m in system_mentions(doc)] == [("Educação", "ORGANIZACAO"), ("Câmara", "ORGANIZACAO")]


def test_harem_convention_keeps_seu_as_a_form_of_address_in_the_name():
    def widened(text, name):
        i = text.index(name)
        return with_titles(text, [SysMention(i, i + len(name), name, "PESSOA")])[0].text

    assert widened("P - Quantos irmãos, seu Gilberto?", "Gilberto") == "seu Gilberto"
    assert widened("Seu Irineu, porque senão fica parecendo", "Irineu") == "Seu Irineu"
    # must not: the possessive after its article, seu before a title, seu before another kind of name
    assert widened("o Chefe do Estado-Maior e o seu Director, quando", "Director") == "Director"
    assert widened("falou com seu presidente Lula", "Lula") == "presidente Lula"
    i = "viu seu Brasil".index("Brasil")
    assert with_titles("viu seu Brasil", [SysMention(i, i + 6, "Brasil", "LOCAL")])[0].text == "Brasil"


def test_harem_convention_scores_a_person_s_name_given_as_a_word_as_an_abstraction():
    def scored(text, name, category="PESSOA"):
        i = text.index(name)
        return with_titles(text, [SysMention(i, i + len(name), name, category, "e1")])[0]

    # "meu nome é Gilberto Afif Sarruf": HAREM's ABSTRACCAO, the name spoken of; the entity is kept
    for text, name in (
        ("R - Bom, meu nome é Gilberto Afif Sarruf, sou nascido em São Paulo", "Gilberto Afif Sarruf"),
        ("a professora se chama Regina Epingauss, ela era moça", "Regina Epingauss"),
        ("Chamava-se Pedro Luís Pereira de Sousa, e nasceu em Araruama", "Pedro Luís Pereira de Sousa"),
        ("o nome dela era Dalva Sentini", "Dalva Sentini"),
        ("Eu chamo-me Oliver", "Oliver"),
    ):
        s = scored(text, name)
        assert (s.text, s.category, s.entity) == (name, "ABSTRACCAO", "e1"), text
    # must not: a person doing something, who called someone, a name after "o nome de", a place
    assert scored("o ministro chama Paulo Portas", "Paulo Portas").category == "PESSOA"
    assert scored("o nome de Paulo Portas surgiu", "Paulo Portas").category == "PESSOA"
    assert scored("Chamou Paulo Portas ao gabinete", "Paulo Portas").category == "PESSOA"
    assert scored("uma terra que se chama Deuston", "Deuston", "LOCAL").category == "LOCAL"


def test_a_name_given_as_a_word_stays_the_graph_s_person_with_its_facts():
    """The ABSTRACCAO above is the scorer's reading only: the built records keep the person node
    (a lone mention after ``se chama``, and one with another mention) and what the clause after
    the naming words says of her (``Chamava-se ... e nasceu em ...``: ``bornIn``)."""
    from teia.extract.model import shipped_model_path
    from teia.extract.pipeline import PipelineConfig, create_pipeline, extract
    from teia.eval.harem import _run, system_mentions
    from teia.records import Document

    if not (shipped_model_path() / "config.cfg").is_file():
        pytest.skip("the shipped model is not installed")
    nlp = create_pipeline(PipelineConfig())
    for text, name, mentions in (
        ("A professora se chama Regina Epingauss.", "Regina Epingauss", 1),
        ("Depoimento de Gilberto Afif Sarruf. Bom, meu nome é Gilberto Afif Sarruf e nasci em São Paulo.", "Gilberto Afif Sarruf", 2),
    ):
        people = {e.label: e for e in extract(Document("d", text), nlp).entities if e.type == "PER"}
        assert name in people and len(people[name].mentions) == mentions, text
        scored = with_titles(text, system_mentions(_run(nlp, "d", text), names_only=True))
        assert [s.category for s in scored if s.text == name][-1] == "ABSTRACCAO", text
    text = "Chamava-se Pedro Luís Pereira de Sousa, e nasceu no município de Araruama, Província do Rio de Janeiro."
    ex = extract(Document("d", text), nlp)
    label = {e.id: (e.label, e.type) for e in ex.entities}
    assert (("Pedro Luís Pereira de Sousa", "PER"), "bornIn", ("Araruama", "LOC")) in [
        (label[r.subject], r.predicate, label[r.object]) for r in ex.relations
    ]


def test_harem_convention_keeps_a_street_s_house_number_in_the_address():
    def widened(text, name, category="LOCAL"):
        i = text.index(name)
        return with_titles(text, [SysMention(i, i + len(name), name, category)])[0].text

    assert widened("fica na Rua Costa Aguiar, 590, no bairro do Ipiranga", "Rua Costa Aguiar") == "Rua Costa Aguiar, 590"
    assert widened("Rua Barão de Macaúbas 48\nveudanoiva@", "Rua Barão de Macaúbas") == "Rua Barão de Macaúbas 48"
    # must not: a number that is no house's, a place that is no street, a street in lower case
    assert widened("na Rua Augusta, 1.500 pessoas", "Rua Augusta") == "Rua Augusta"
    assert widened("em Lisboa, 590 pessoas", "Lisboa") == "Lisboa"
    assert widened("mora na rua Augusta 5", "rua Augusta") == "Augusta"
