"""Roles with their units (issue 20): a role noun's unit named by a common-noun phrase becomes an
organization (a military unit for military heads) that the role rules relate the person to.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import json

import pytest
from handparse import relations_pipeline, table_doc
from spacy.tokens import Doc

import teia
from teia.errors import InputError
from teia.extract.entities import ENTITIES
from teia.extract.relations.mapping import default_mapping
from teia.extract.relations.units import MILITARY_SOURCE, UNIT_SOURCE, load_units, unit_entities
from teia.records import PORTFOLIO_UNIT_SOURCE


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def parse(nlp, table: str, ents: list[tuple[str, int, int]]) -> Doc:
    return table_doc(nlp, table, ents, "units.txt")


def facts(doc: Doc) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    return {(label[r.subject], r.predicate, label[r.object]) for r in doc._.teia_relations}


def sources(doc: Doc) -> dict[str, str]:
    return {e.label: e.mentions[0].source for e in doc._.get(ENTITIES)}


APPOSITION = """
Trotsky Trotsky PROPN nsubj 9
, , PUNCT punct 2
comandante comandante NOUN appos 0
do de_o ADP case 4
exército exército NOUN nmod 2
do de_o ADP case 6
sul sul NOUN nmod 4
, , PUNCT punct 2
já já ADV advmod 9
chegou chegar VERB ROOT 9
. . PUNCT punct 9
"""


def test_apposition_role_to_a_military_unit_named_by_the_phrase(nlp) -> None:
    doc = parse(nlp, APPOSITION, [("PER", 0, 1)])
    assert ("Trotsky", "commanded", "exército do sul") in facts(doc)
    assert sources(doc)["exército do sul"] == MILITARY_SOURCE


TITLE_FIRST = """
o o DET det 1
presidente presidente NOUN nsubj 8
do de_o ADP case 3
conselho conselho NOUN nmod 1
, , PUNCT punct 5
Afonso Afonso PROPN appos 1
Costa Costa PROPN flat:name 5
, , PUNCT punct 5
demitiu demitir VERB ROOT 8
. . PUNCT punct 8
"""


# "o presidente do conselho supremo, Afonso Costa, demitiu": the unit phrase with its adjective
TITLE_FIRST_QUALIFIED = """
o o DET det 1
presidente presidente NOUN nsubj 9
do de_o ADP case 3
conselho conselho NOUN nmod 1
supremo supremo ADJ amod 3
, , PUNCT punct 6
Afonso Afonso PROPN appos 1
Costa Costa PROPN flat:name 6
, , PUNCT punct 6
demitiu demitir VERB ROOT 9
. . PUNCT punct 9
"""


def test_title_before_the_name_gives_a_role_in_an_organization(nlp) -> None:
    # issue 20's own example: "o presidente do conselho, Y" relates Y to a node «conselho»
    doc = parse(nlp, TITLE_FIRST, [("PER", 5, 7)])
    assert ("Afonso Costa", "led", "conselho") in facts(doc)
    assert sources(doc)["conselho"] == UNIT_SOURCE  # an organization, not a military unit
    doc = parse(nlp, TITLE_FIRST_QUALIFIED, [("PER", 6, 8)])
    assert ("Afonso Costa", "led", "conselho supremo") in facts(doc)
    assert sources(doc)["conselho supremo"] == UNIT_SOURCE


def test_a_unit_noun_alone_with_no_body_named_before_names_the_unit(nlp) -> None:
    # "o presidente da empresa, Afonso Costa, demitiu": no company named before, so the noun is the node
    for noun in ("empresa", "comissão"):
        text = TITLE_FIRST.replace("do de_o ADP case 3\nconselho conselho", f"da de_a ADP case 3\n{noun} {noun}")
        alone = parse(nlp, text, [("PER", 5, 7)])
        assert ("Afonso Costa", "led", noun) in facts(alone)
        assert sources(alone)[noun] == UNIT_SOURCE


ELECTED = """
o o DET det 1
Partido Partido PROPN nsubj 3
Verde Verde PROPN flat:name 1
elegeu eleger VERB ROOT 3
Ana Ana PROPN obj 3
Reis Reis PROPN flat:name 4
, , PUNCT punct 7
presidente presidente NOUN appos 4
do de_o ADP case 9
partido partido NOUN nmod 7
. . PUNCT punct 3
"""


def test_a_unit_noun_alone_is_the_body_named_before_with_that_noun(nlp) -> None:
    """``o Partido Verde elegeu Ana Reis, presidente do partido``: the party named before."""
    doc = parse(nlp, ELECTED, [("ORG", 1, 3), ("PER", 4, 6)])
    assert ("Ana Reis", "led", "Partido Verde") in facts(doc)
    orgs = [e for e in doc._.get(ENTITIES) if e.type == "ORG"]
    assert [(e.label, [m.text for m in e.mentions], e.aliases) for e in orgs] == [("Partido Verde", ["Partido Verde", "partido"], ())]
    # a body named before with another first word is not the one meant: the noun names the unit
    later = ELECTED.replace("o o DET det 1\nPartido", "o o DET det 1\nGrupo")
    doc = parse(nlp, later, [("ORG", 1, 3), ("PER", 4, 6)])
    assert ("Ana Reis", "led", "partido") in facts(doc)
    assert sources(doc)["partido"] == UNIT_SOURCE
    assert ("Ana Reis", "led", "Grupo Verde") not in facts(doc)


PREDICATIVE = """
Tukhachevsky Tukhachevsky PROPN nsubj:pass 2
foi ser AUX aux:pass 2
nomeado nomear VERB ROOT 2
chefe chefe NOUN xcomp 2
da de_o ADP case 5
frente frente NOUN nmod 3
norte norte ADJ amod 5
, , PUNCT punct 10
que que PRON nsubj 10
depois depois ADV advmod 10
perdeu perder VERB acl:relcl 5
. . PUNCT punct 2
"""


def test_predicative_role_stops_the_phrase_before_a_clause(nlp) -> None:
    doc = parse(nlp, PREDICATIVE, [("PER", 0, 1)])
    assert ("Tukhachevsky", "led", "frente norte") in facts(doc)


NAMED = """
Trotsky Trotsky PROPN nsubj 6
, , PUNCT punct 2
comandante comandante NOUN appos 0
do de_o ADP case 4
Exército Exército PROPN nmod 2
Vermelho Vermelho PROPN flat:name 4
chegou chegar VERB ROOT 6
. . PUNCT punct 6
"""

NOT_A_ROLE = """
a o DET det 1
casa casa NOUN nsubj 5
do de_o ADP case 3
conselho conselho NOUN nmod 1
foi ser AUX cop 5
vendida vender VERB ROOT 5
. . PUNCT punct 5
"""


def test_named_units_and_other_nouns_make_no_new_entity(nlp) -> None:
    named = parse(nlp, NAMED, [("PER", 0, 1), ("ORG", 4, 6)])
    assert ("Trotsky", "commanded", "Exército Vermelho") in facts(named)
    assert unit_entities(named, default_mapping(), load_units()) == []
    plain = parse(nlp, NOT_A_ROLE, [])
    assert unit_entities(plain, default_mapping(), load_units()) == []


def test_the_lexicon_is_checked(tmp_path) -> None:
    bad = tmp_path / "units.json"
    bad.write_text(json.dumps({"units": ["conselho"], "military": ["exército"]}), encoding="utf-8")
    with pytest.raises(InputError, match="military"):
        load_units(str(bad))
    bad.write_text(json.dumps({"units": "conselho", "military": []}), encoding="utf-8")
    with pytest.raises(InputError, match="'units' must be a list"):
        load_units(str(bad))
    bad.write_text('{"units": [', encoding="utf-8")
    with pytest.raises(InputError, match="units.json:1: the unit lexicon is not valid JSON"):
        load_units(str(bad))
    bad.write_bytes('{"units": ["exército"]}'.encode("latin-1"))
    with pytest.raises(InputError, match="units.json: cannot read the unit lexicon"):
        load_units(str(bad))


def test_a_military_unit_is_typed_in_the_graph(tmp_path) -> None:
    """End to end with the shipped parser: the unit node is a teia:MilitaryUnit named by the phrase."""
    from teia.extract.model import shipped_model_path
    from teia.ontology.namespace import TEIA

    if not (shipped_model_path() / "config.cfg").exists():
        pytest.skip("the shipped model is not installed")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("Trotsky, comandante do exército do sul, chegou a Kiev.\n", encoding="utf-8")
    kg = teia.build(tmp_path / "d")
    rows = list(kg.dataset.query(
        "SELECT ?u ?l WHERE { ?u a teia:MilitaryUnit ; rdfs:label ?l }", initNs={"teia": TEIA}
    ))
    assert [str(r[1]) for r in rows] == ["exército do sul"]


def test_role_nouns_worked_out_once_per_mapping_and_again_for_another():
    from dataclasses import replace

    from teia.extract.relations.units import role_nouns

    mapping = default_mapping()
    roles = role_nouns(mapping)
    assert "comandante" in roles or "chefe" in roles
    assert role_nouns(mapping) is roles  # not worked out again for each document
    fewer = replace(mapping, nouns={k: v for k, v in mapping.nouns.items() if k[0] not in roles})
    assert role_nouns(fewer) == frozenset()
    assert role_nouns(mapping) is roles


# News names the unit of a role with capitals the NER does not tag (issue 20, eleventh pass).

PORTFOLIO_FIRST = """
o o DET det 1
ministro ministro NOUN nsubj 8
da de_a ADP case 3
Fazenda Fazenda NOUN nmod 1
, , PUNCT punct 5
Pedro Pedro PROPN appos 1
Malan Malan PROPN flat:name 5
, , PUNCT punct 5
viajou viajar VERB ROOT 8
. . PUNCT punct 8
"""

PORTFOLIO_AFTER = """
Luiz Luiz PROPN nsubj 8
Lampreia Lampreia PROPN flat:name 0
, , PUNCT punct 3
ministro ministro NOUN appos 0
das de_as ADP case 5
Relações Relações PROPN nmod 3
Exteriores Exteriores PROPN flat:name 5
, , PUNCT punct 3
chegou chegar VERB ROOT 8
. . PUNCT punct 8
"""

PORTFOLIO_PREDICATIVE = """
Pedro Pedro PROPN nsubj 3
Malan Malan PROPN flat:name 0
é ser AUX cop 3
ministro ministro NOUN ROOT 3
de de ADP case 5
Minas Minas PROPN nmod 3
e e CCONJ cc 7
Energia Energia PROPN conj 5
desde desde ADP case 9
1995 1995 NUM obl 3
. . PUNCT punct 3
"""


def units(doc: Doc) -> dict[str, list[str]]:
    return {
        e.label: [m.text for m in e.mentions]
        for e in doc._.get(ENTITIES)
        if any(m.source in (UNIT_SOURCE, PORTFOLIO_UNIT_SOURCE) for m in e.mentions)
    }


def test_a_portfolio_names_its_ministry_before_and_after_the_person(nlp) -> None:
    first = parse(nlp, PORTFOLIO_FIRST, [("PER", 5, 7)])
    assert ("Pedro Malan", "memberOf", "Ministério da Fazenda") in facts(first)
    assert units(first) == {"Ministério da Fazenda": ["Fazenda"]}  # the mention is the text as written
    after = parse(nlp, PORTFOLIO_AFTER, [("PER", 0, 2)])
    assert ("Luiz Lampreia", "memberOf", "Ministério das Relações Exteriores") in facts(after)


def test_a_predicative_portfolio_keeps_its_coordinated_words(nlp) -> None:
    doc = parse(nlp, PORTFOLIO_PREDICATIVE, [("PER", 0, 2)])
    assert ("Pedro Malan", "memberOf", "Ministério de Minas e Energia") in facts(doc)
    assert units(doc) == {"Ministério de Minas e Energia": ["Minas e Energia"]}  # not the year after it


SECRETARY = """
o o DET det 1
secretário secretário NOUN nsubj 8
da de_a ADP case 3
Saúde Saúde PROPN nmod 1
, , PUNCT punct 5
João João PROPN appos 1
Fontes Fontes PROPN flat:name 5
, , PUNCT punct 5
falou falar VERB ROOT 8
. . PUNCT punct 8
"""

NO_PORTFOLIO = """
o o DET det 1
secretário secretário NOUN nsubj 8
de de ADP case 3
Estado Estado PROPN nmod 1
, , PUNCT punct 5
Warren Warren PROPN appos 1
Christopher Christopher PROPN flat:name 5
, , PUNCT punct 5
chegou chegar VERB ROOT 8
. . PUNCT punct 8
"""

NAMED_BODY = """
o o DET det 1
presidente presidente NOUN nsubj 8
da de_a ADP case 3
Câmara Câmara PROPN nmod 1
, , PUNCT punct 5
Inocêncio Inocêncio PROPN appos 1
Oliveira Oliveira PROPN flat:name 5
, , PUNCT punct 5
falou falar VERB ROOT 8
. . PUNCT punct 8
"""

NOT_A_BODY = """
o o DET det 1
governador governador NOUN nsubj 8
do de_o ADP case 3
Ceará Ceará PROPN nmod 1
, , PUNCT punct 5
Ciro Ciro PROPN appos 1
Gomes Gomes PROPN flat:name 5
, , PUNCT punct 5
falou falar VERB ROOT 8
. . PUNCT punct 8
"""


def test_secretariats_named_bodies_and_what_is_no_unit(nlp) -> None:
    secretary = parse(nlp, SECRETARY, [("PER", 5, 7)])
    assert ("João Fontes", "keyPersonOf", "Secretaria da Saúde") in facts(secretary)
    body = parse(nlp, NAMED_BODY, [("PER", 5, 7)])
    assert ("Inocêncio Oliveira", "led", "Câmara") in facts(body)  # a unit noun: the words as written
    assert units(parse(nlp, NO_PORTFOLIO, [("PER", 5, 7)])) == {}  # 'secretário de Estado'
    assert units(parse(nlp, NOT_A_BODY, [("PER", 5, 7)])) == {}  # an untagged place is no organization


def test_a_portfolio_unit_has_its_own_source_and_a_named_body_the_units(nlp) -> None:
    """``Saúde`` of ``o secretário da Saúde`` names a portfolio, the unit the body of that portfolio
    (HAREM scores the word an abstraction, :func:`teia.eval.harem.system_mentions`); ``Câmara`` of
    ``o presidente da Câmara`` is the body's own name (issue 17, P64a)."""
    assert sources(parse(nlp, SECRETARY, [("PER", 5, 7)]))["Secretaria da Saúde"] == PORTFOLIO_UNIT_SOURCE
    assert sources(parse(nlp, NAMED_BODY, [("PER", 5, 7)]))["Câmara"] == UNIT_SOURCE


FORMER_HOLDER = """
o o DET det 1
ex-ministro ex-ministro NOUN nsubj 7
do de_o ADP case 3
Planejamento Planejamento NOUN nmod 1
João João PROPN appos 3
Paulo Paulo PROPN flat:name 4
Velloso Velloso PROPN flat:name 4
falou falar VERB ROOT 7
. . PUNCT punct 7
"""


def test_a_former_holders_portfolio_is_a_portfolio_unit_and_the_person_after_it_no_unit(nlp) -> None:
    """``o ex-ministro do Planejamento`` names the portfolio as ``o ministro do Planejamento`` does
    (the role without its ``ex-``), and the person the parser hangs on the portfolio right after
    it is its holder, not the unit's name as ``a empresa Varig`` is (issue 17, P67c)."""
    for table in (FORMER_HOLDER, FORMER_HOLDER.replace("ex-ministro ex-ministro", "ministro ministro")):
        doc = parse(nlp, table, [("PER", 4, 7)])
        assert units(doc) == {"Ministério do Planejamento": ["Planejamento"]}
        assert sources(doc)["Ministério do Planejamento"] == PORTFOLIO_UNIT_SOURCE
        assert sources(doc)["João Paulo Velloso"] == "ner"


TWICE = PORTFOLIO_FIRST.strip() + "\n" + "\n".join(
    " ".join([*row.split()[:4], str(int(row.split()[4]) + 10)]) for row in PORTFOLIO_FIRST.strip().splitlines()
)
NAMED_LATER = PORTFOLIO_FIRST.strip() + """
o o DET det 12
Ministério Ministério PROPN nsubj 14
da de_a ADP case 13
Fazenda Fazenda PROPN nmod 11
confirmou confirmar VERB ROOT 14
. . PUNCT punct 14
"""


def test_one_unit_named_twice_in_a_document_is_one_node(nlp) -> None:
    doc = parse(nlp, TWICE, [("PER", 5, 7), ("PER", 15, 17)])
    assert units(doc) == {"Ministério da Fazenda": ["Fazenda", "Fazenda"]}
    later = parse(nlp, NAMED_LATER, [("PER", 5, 7), ("ORG", 11, 14)])
    orgs = [e for e in later._.get(ENTITIES) if e.type == "ORG"]
    assert [(e.label, [m.text for m in e.mentions]) for e in orgs] == [("Ministério da Fazenda", ["Fazenda", "Ministério da Fazenda"])]
    assert ("Pedro Malan", "memberOf", "Ministério da Fazenda") in facts(later)


def test_across_documents_a_unit_is_named_by_its_body(nlp) -> None:
    """The corpus resolution joins the documents' units by the body's name, not the portfolio word:
    the ministry of two documents is one node, a secretariat of the same portfolio another."""
    from teia.extract.resolve import resolve_corpus
    from teia.records import Document, Extraction

    def extraction(doc_id: str, table: str) -> Extraction:
        doc = table_doc(nlp, table, [("PER", 5, 7)], doc_id)
        return Extraction(Document(doc_id, doc.text), entities=tuple(doc._.get(ENTITIES)))

    secretary = SECRETARY.replace("Saúde Saúde", "Fazenda Fazenda")
    res = resolve_corpus([extraction("a.txt", PORTFOLIO_FIRST), extraction("b.txt", PORTFOLIO_FIRST), extraction("c.txt", secretary)])
    orgs = sorted((e.label, len(e.mentions)) for e in res.entities if e.type == "ORG")
    assert orgs == [("Ministério da Fazenda", 2), ("Secretaria da Fazenda", 1)]
    assert all("Fazenda" not in e.aliases for e in res.entities)


def test_portfolio_bodies_are_checked(tmp_path) -> None:
    bad = tmp_path / "units.json"
    bad.write_text(json.dumps({"units": ["conselho"], "military": [], "portfolio_bodies": ["ministro"]}), encoding="utf-8")
    with pytest.raises(InputError, match="'portfolio_bodies' must map"):
        load_units(str(bad))
    bad.write_text(json.dumps({"units": ["conselho"], "military": [], "not_portfolios": "estado"}), encoding="utf-8")
    with pytest.raises(InputError, match="'not_portfolios' must be a list"):
        load_units(str(bad))
    assert load_units().body_of("ministro") == "Ministério"


PORTFOLIO_OF_A_STATE = """
o o DET det 1
secretário secretário NOUN nsubj 10
da de_a ADP case 3
Fazenda Fazenda NOUN nmod 1
de de ADP case 5
Goiás Goiás PROPN nmod 3
, , PUNCT punct 7
Ana Ana PROPN appos 1
Reis Reis PROPN flat:name 7
, , PUNCT punct 7
falou falar VERB ROOT 10
. . PUNCT punct 10
"""


def test_a_state_secretariat_is_the_unit_not_the_state(nlp) -> None:
    doc = parse(nlp, PORTFOLIO_OF_A_STATE, [("LOC", 5, 6), ("PER", 7, 9)])
    assert units(doc) == {"Secretaria da Fazenda": ["Fazenda"]}  # the phrase stops at the tagged state
    assert facts(doc) & {("Ana Reis", "keyPersonOf", "Secretaria da Fazenda"), ("Ana Reis", "keyPersonOf", "Goiás")} == {
        ("Ana Reis", "keyPersonOf", "Secretaria da Fazenda")
    }
