"""A politician's bracket in news text (issue 20): a party and a state code the NER read as one
name (``Hélio Bicudo (PT-SP)``, ``Jarbas Passarinho (PPR- PA)``) is the party, the person a
member of it, and the state no relation's; the party table of ``regions.json`` is checked when
read.

Docs are built by hand (words, tags, heads written here), so the test does not depend on the
trained NER or parser.
"""

from __future__ import annotations

import json

import pytest
import spacy
from handparse import relations_pipeline, table_doc
from spacy.tokens import Doc, Span

from teia.errors import InputError
from teia.extract.entities import DOC_ID_KEY, ENTITIES, find_alias_links, refine_mentions, spans_to_mentions
from teia.extract.labels import LOC, ORG, PER
from teia.extract.regions import DEFAULT_PATH, load_regions, party_bracket_after, party_mention

NLP = spacy.blank("pt")


def doc_of(words: list[str], pos: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    spaces = [i + 1 < len(words) and words[i + 1] not in (")", ",", ".") and words[i] != "(" for i in range(len(words))]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, pos=pos, lemmas=[w.lower() for w in words])
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    return doc


def refined(doc: Doc) -> list[tuple[str, str]]:
    return [(m.text, m.category) for m in refine_mentions(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt")]


@pytest.mark.parametrize(
    "text, party",
    [
        ("PT-SP", "PT"),
        ("PSDB- BA", "PSDB"),
        ("PMDB AP", "PMDB"),
        ("PPR-", "PPR"),  # the state code is the next token: "(PPR- PA)"
        ("PCdoB-RJ", "PCdoB"),
        ("PT", None),  # a party alone is a name of its own
        ("PM-SP", None),  # the military police: no party of the table
        ("PR-SP", None),  # no party: PR is Paraná's code
        ("PMDB-XY", None),  # no state code
    ],
)
def test_party_mention(text: str, party: str | None) -> None:
    assert party_mention(text, load_regions()) == party


def test_party_bracket_after() -> None:
    regions = load_regions()
    assert party_bracket_after("Jarbas Passarinho (PPR- PA) conta", len("Jarbas Passarinho"), regions)
    assert party_bracket_after("José Sarney (PMDB AP) votou", len("José Sarney"), regions)
    assert party_bracket_after("Jarbas Passarinho (PPR- PA) conta", len("Jarbas Passarinho"), regions) == "PPR- PA"
    # a party's acronym alone: the acronym (the name before it may be the party's own: the caller's)
    assert party_bracket_after("Sigmaringa Seixas (PSDB) votou", len("Sigmaringa Seixas"), regions) == "PSDB"
    assert party_bracket_after("Partido dos Trabalhadores (PT) venceu", len("Partido dos Trabalhadores"), regions) == "PT"
    # a city and its state; no party of the table; a party and no state code
    assert party_bracket_after("Goiânia (GO) cresceu", len("Goiânia"), regions) is None
    assert party_bracket_after("Vilaboim (PM) cresceu", len("Vilaboim"), regions) is None
    assert party_bracket_after("Vilaboim (PT-XY) cresceu", len("Vilaboim"), regions) is None


def test_a_party_glued_to_a_state_code_is_the_party() -> None:
    words = ["O", "deputado", "Hélio", "Bicudo", "(", "PT-SP", ")", "votou", "."]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = doc_of(words, pos, [(2, 4, "PER"), (5, 6, "LOC")])
    assert refined(doc) == [("Hélio Bicudo", PER), ("PT", ORG)]


def test_a_name_before_a_politicians_bracket_is_a_person() -> None:
    words = ["Jarbas", "Passarinho", "(", "PPR-", "PA", ")", "conta", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = doc_of(words, pos, [(0, 2, "LOC"), (3, 4, "LOC"), (4, 5, "LOC")])
    assert refined(doc) == [("Jarbas Passarinho", PER), ("PPR", ORG), ("PA", LOC)]
    # a party's own name before its acronym stays what it was
    words = ["O", "Partido", "dos", "Trabalhadores", "(", "PT-SP", ")", "venceu", "."]
    pos = ["DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = doc_of(words, pos, [(1, 4, "ORG")])
    assert refined(doc) == [("Partido dos Trabalhadores", ORG)]


def test_a_name_before_a_partys_acronym_alone_is_a_person_in_every_mention() -> None:
    # news writes "(PSDB)" with no state code as often: the name before it, the NER's place, is a
    # politician's, and so are its other mentions and his surname's in the document
    words = ["Sigmaringa", "Vilaboim", "(", "PSDB", ")", "votou", ".", "Depois", ",", "Vilaboim", "saiu", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT", "ADV", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = doc_of(words, pos, [(0, 2, "LOC"), (3, 4, "ORG"), (9, 10, "LOC")])
    assert refined(doc) == [("Sigmaringa Vilaboim", PER), ("PSDB", ORG), ("Vilaboim", PER)]
    # the same name in a bracket of no party of the table stays the NER's place
    words[3] = "PM"
    doc = doc_of(words, pos, [(0, 2, "LOC"), (3, 4, "ORG"), (9, 10, "LOC")])
    assert refined(doc)[0] == ("Sigmaringa Vilaboim", LOC)


def test_a_body_or_a_town_before_a_partys_acronym_alone_stays_what_it_was() -> None:
    # a party's name its acronym spells, one opening with "Partido", a town a Wikipedia title knows
    # (a town its party governs) and a country keep the NER's type
    for words, pos, ents, want in [
        (["O", "Partido", "Verde", "(", "PV", ")", "venceu", "."], ["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"],
         [(1, 3, "ORG")], ("Partido Verde", ORG)),
        (["O", "Partido", "Novo", "Rumo", "(", "PT", ")", "venceu", "."], ["DET", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"],
         [(1, 4, "LOC")], ("Partido Novo Rumo", LOC)),
        (["Em", "Diadema", "(", "PT", ")", "a", "greve", "segue", "."], ["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
         [(1, 2, "LOC")], ("Diadema", LOC)),
        (["No", "Brasil", "(", "PT", ")", "a", "greve", "segue", "."], ["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
         [(1, 2, "LOC")], ("Brasil", LOC)),
    ]:
        assert refined(doc_of(words, pos, ents))[0] == want


def test_a_party_bracket_is_no_other_name_of_the_person() -> None:
    """``Ricardo Fiuza (PFL- PE)``, the party missed by the NER: a mention of the party, no alias."""
    words = ["Ricardo", "Fiuza", "(", "PFL-", "PE", ")", "falou", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = doc_of(words, pos, [(0, 2, "PER")])
    new, links = find_alias_links(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt")
    assert links == []
    assert [(m.text, m.category, m.source) for m in new] == [("PFL", ORG, "rule")]
    # an organization's acronym in brackets is still its alias
    words = ["O", "Partido", "dos", "Trabalhadores", "(", "PT", ")", "venceu", "."]
    pos = ["DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = doc_of(words, pos, [(1, 4, "ORG")])
    _, links = find_alias_links(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt")
    assert [(a.text, b.text) for a, b in links] == [("Partido dos Trabalhadores", "PT")]


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    doc = table_doc(nlp, table, ents, "news.txt")
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    return {(label[r.subject], r.predicate, label[r.object]) for r in doc._.teia_relations}


SARNEY = """
José José PROPN nsubj 6
Sarney Sarney PROPN flat:name 0
( ( PUNCT punct 3
PMDB PMDB PROPN appos 0
AP AP PROPN flat:name 3
) ) PUNCT punct 3
votou votar VERB ROOT 6
. . PUNCT punct 6
"""


def test_a_state_code_the_ner_typed_an_organization_does_not_hide_the_party(nlp) -> None:
    """``José Sarney (PMDB AP)`` with ``AP`` typed an organization: the bracket holds one party,
    not two organizations of a list."""
    assert facts(nlp, SARNEY, [("PER", 0, 2), ("ORG", 3, 4), ("ORG", 4, 5)]) == {("José Sarney", "memberOf", "PMDB")}


CARVALHO = """
Augusto Augusto PROPN nsubj 7
Carvalho Carvalho PROPN flat:name 0
( ( PUNCT punct 3
PPS PPS PROPN appos 0
- - PUNCT punct 5
DF DF PROPN appos 3
) ) PUNCT punct 3
votou votar VERB ROOT 7
. . PUNCT punct 7
"""


def test_the_state_after_a_politicians_party_is_no_seat_of_the_party(nlp) -> None:
    found = facts(nlp, CARVALHO, [("PER", 0, 2), ("ORG", 3, 4), ("LOC", 5, 6)])
    assert ("Augusto Carvalho", "memberOf", "PPS") in found
    assert not any(o == "DF" for _, _, o in found)
    # another organization and a place side by side are still related
    bank = CARVALHO.replace("PPS PPS", "Banespa Banespa").replace("DF DF", "Santos Santos")
    assert ("Banespa", "headquarteredIn", "Santos") in facts(nlp, bank, [("PER", 0, 2), ("ORG", 3, 4), ("LOC", 5, 6)])


def test_party_table_errors_name_the_file(tmp_path) -> None:
    regions = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    bad = tmp_path / "regions.json"
    bad.write_text(json.dumps({**regions, "parties": {"PR": "Partido da República"}}), encoding="utf-8")
    with pytest.raises(InputError, match="regions.json: party acronyms that are state codes: PR"):
        load_regions(str(bad))
    bad.write_text(json.dumps({**regions, "parties": {"P-T": "Partido"}}), encoding="utf-8")
    with pytest.raises(InputError, match="'parties'"):
        load_regions(str(bad))
    bad.write_text(json.dumps({**regions, "parties": ["PT"]}), encoding="utf-8")
    with pytest.raises(InputError, match="'parties'"):
        load_regions(str(bad))
    # a user's file without parties is still read
    del regions["parties"]
    bad.write_text(json.dumps(regions), encoding="utf-8")
    assert load_regions(str(bad)).parties == {}
