"""The signs written after a number to make it an ordinal, spelled once in teia.extract.characters
and read by the time rules, the mention rules, the values and the relation rules (issue 17, P68c).

A rank, a day or a number that can be no year reads all three signs (``º``, ``ª`` and the degree
sign ``°`` typed for ``º``); a value's ordinal place leaves the degree sign out (``30°`` may be a
temperature); a day of the month, a part of a year and the number sign ``nº`` read the masculine
signs only."""

from __future__ import annotations

import re

from teia.extract import characters, entities, lifespans, values
from teia.extract.characters import DEGREE_SIGN, MASCULINE_ORDINAL_SIGNS, ORDINAL_INDICATORS, ORDINAL_SIGNS
from teia.extract.relations import nesting, nominal
from teia.extract.timex import calendar_rules, lexicon


def test_the_sets_and_how_they_nest():
    assert ORDINAL_INDICATORS == "ºª"
    assert DEGREE_SIGN == "°"
    assert set(ORDINAL_SIGNS) == {"º", "ª", "°"}
    assert set(MASCULINE_ORDINAL_SIGNS) == set(ORDINAL_SIGNS) - {"ª"}
    assert set(characters.__all__) >= {"ORDINAL_INDICATORS", "DEGREE_SIGN", "ORDINAL_SIGNS", "MASCULINE_ORDINAL_SIGNS"}


def test_a_rank_and_an_ordinal_number_read_every_sign():
    for sign in ORDINAL_SIGNS:
        assert nesting._RANK_BEFORE.search(f"Jim Courier (24{sign} "), sign
        assert nominal._RANK.search(f"1{sign}) "), sign
        assert entities._ORDINAL_NUMBER.match(f"5.{sign}"), sign
    assert not entities._ORDINAL_NUMBER.match("5o")


def test_a_value_ordinal_place_leaves_the_degree_sign_out():
    for word in ("3º", "31ª", "2.º"):
        assert values._ORDINAL.fullmatch(word), word
    assert not values._ORDINAL.fullmatch("30°")
    assert values._ORDINAL_MARKS == {"º", "ª", ".º", ".ª"}


def test_a_day_a_year_part_and_a_number_sign_read_the_masculine_signs():
    for sign in MASCULINE_ORDINAL_SIGNS:
        assert entities._DAY.match(f"1{sign}")
        assert re.match(lifespans._DAY_MONTH, f"1{sign} de abril de ")
        assert re.fullmatch(calendar_rules._ORDINAL, f"2{sign}")
        assert entities._ACT_NUMBER.fullmatch(f"n{sign}8.666")
        assert lexicon._NOT_YEAR_BEFORE.search(f"a lei n{sign} ")
    assert not entities._DAY.match("1ª")
    assert not re.match(lifespans._DAY_MONTH, "1ª de abril de ")
    assert not re.fullmatch(calendar_rules._ORDINAL, "2ª")


def test_no_year_before_any_sign():
    for sign in ORDINAL_SIGNS:
        assert re.match(rf"93{lexicon._YEAR_END}", f"93{sign}") is None, sign
        assert re.match(calendar_rules._SHORT_YEAR, f"93{sign}") is None, sign
        assert re.fullmatch(rf"\d+{lexicon._ORD}", f"1{sign}"), sign
    assert re.match(calendar_rules._SHORT_YEAR, "93,")
