"""A driver's country code before his team in a results table's bracket (issue 20, P62i):
``Damon Hill (ING Williams) - 6`` gives ``memberOf(Damon Hill, Williams)``, never a membership of
the code ``ING`` the NER took for an organization (``results_teams.results_code``, read by
``surface-nesting`` and ``appos-entity``).

The sentences are written for this test and parsed by hand (``text lemma POS dep head``).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.extract.relations.results_teams import results_code


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# one parse the parser gives such a line: the code in apposition, the team its flat part
RESULT = """
Damon Damon PROPN ROOT 0
Hill Hill PROPN flat:name 0
( ( PUNCT punct 3
ING ING PROPN appos 0
Williams Williams PROPN flat:name 3
) ) PUNCT punct 3
- - PUNCT punct 7
6 6 NUM appos 0
"""

CODE_ALONE = """
Erik Erik PROPN ROOT 0
Comas Comas PROPN flat:name 0
( ( PUNCT punct 3
FRA FRA PROPN appos 0
Larrousse Larrousse PROPN flat:name 3
) ) PUNCT punct 3
"""


def test_the_team_after_the_code_is_the_drivers(nlp) -> None:
    found = table_facts(nlp, RESULT, [("PER", 0, 2), ("ORG", 3, 4), ("ORG", 4, 5)])
    assert ("Damon Hill", "memberOf", "Williams", "surface-nesting") in found
    assert not any(o == "ING" for _, _, o, _ in found)


def test_a_code_whose_team_the_ner_missed_gives_nothing(nlp) -> None:
    """``Erik Comas (FRA Larrousse)``, only ``FRA`` a name: no membership of the code."""
    found = table_facts(nlp, CODE_ALONE, [("PER", 0, 2), ("ORG", 3, 4)])
    assert not any(o == "FRA" for _, _, o, _ in found)


def test_a_party_or_a_lone_acronym_in_the_bracket_stays_an_organization(nlp) -> None:
    """Controls: ``Paulo Paim (PT Sindical)`` (a party's acronym) and ``Fulano (SPD)`` (no team
    after it) are the person's body, as before."""
    party = RESULT.replace("ING ING", "PT PT").replace("Damon Damon", "Paulo Paulo").replace("Hill Hill", "Paim Paim")
    assert ("Paulo Paim", "memberOf", "PT", "surface-nesting") in table_facts(nlp, party, [("PER", 0, 2), ("ORG", 3, 4)])
    text = "Jean Alesi (FRA Ferrari) - 4"
    assert results_code(text, 10, 12, 15)
    assert not results_code("Willy Brandt (SPD) - 4", 12, 14, 17)
    assert not results_code("Damon Hill, ING Williams", 10, 12, 15)
    # a politician's party and state, the party listed or not: "(PDT RJ)", "(PTR SP)"
    assert not results_code("José Silva (PTR SP) - 4", 10, 12, 15)
    assert not results_code("José Silva (PTR São Paulo) - 4", 10, 12, 15)
