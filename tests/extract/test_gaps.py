"""The shared punctuation gaps of the surface relation rules (teia.extract.relations.gaps), and the
other patterns and word sets two or three modules had each (a byline's word in capitals, a party
adjective's shape, a name's particles, a verb's parts of speech)."""

from __future__ import annotations

from teia.extract import characters, entities, headings, newspaper, predicate_types, regions
from teia.extract.articles import NAME_PARTICLES, OF_FORMS
from teia.extract.labels import NAME_PARTS
from teia.extract.relations import areas, bracket_parts, couples, demonyms, kin_conjunct, nesting, party_adjectives, place_chains, roles, units
from teia.extract.relations.gaps import AND_GAP, BRACKET_CLOSES, BRACKET_OPENS, COMMA_AHEAD, COMMA_GAP, COMMA_OR_AND_GAP
from teia.extract.relations.syntax import VERBAL


def _between(text: str, first: str, second: str) -> tuple[int, int]:
    start = text.index(first) + len(first)
    return start, text.index(second, start)


def test_a_comma_between_two_names_with_any_spaces():
    text = "Denver , Colorado,Estados Unidos"
    assert COMMA_GAP.fullmatch(text, *_between(text, "Denver", "Colorado"))
    assert COMMA_GAP.fullmatch(text, *_between(text, "Colorado", "Estados"))
    text = "Denver e Colorado"
    assert COMMA_GAP.fullmatch(text, *_between(text, "Denver", "Colorado")) is None
    text = "Lisboa, no Chiado"
    assert COMMA_GAP.fullmatch(text, *_between(text, "Lisboa", "Chiado")) is None


def test_a_comma_ahead_closes_a_name_matched_from_its_end():
    text = "o senador Amir Lando , disse"
    assert COMMA_AHEAD.match(text, text.index(" ,")) is not None
    assert COMMA_AHEAD.match("Amir Lando disse", len("Amir Lando")) is None


def test_a_bracket_opening_and_closing_around_names():
    text = "Madison ( EUA )"
    assert BRACKET_OPENS.fullmatch(text, *_between(text, "Madison", "EUA"))
    assert BRACKET_CLOSES.match(text, text.index("EUA") + 3) is not None
    assert BRACKET_OPENS.fullmatch("Madison, (EUA") is None
    assert BRACKET_CLOSES.match("EUA, 1990)", 3) is None


def test_and_wants_spaces_and_no_comma():
    assert AND_GAP.fullmatch(" e ")
    assert AND_GAP.fullmatch(", e ") is None
    assert AND_GAP.split("Juazeiro do Norte e Fortaleza") == ["Juazeiro do Norte", "Fortaleza"]
    assert AND_GAP.split("Herzegovina") == ["Herzegovina"]


def test_a_list_gap_is_a_comma_or_a_whole_e():
    assert COMMA_OR_AND_GAP.fullmatch(", ")
    assert COMMA_OR_AND_GAP.fullmatch(" e ")
    assert COMMA_OR_AND_GAP.fullmatch(",")
    assert COMMA_OR_AND_GAP.fullmatch(" ou ") is None
    assert COMMA_OR_AND_GAP.fullmatch(" de ") is None


def test_the_rules_read_the_one_definition():
    # no rule module keeps a twin of these gaps under a name of its own
    assert bracket_parts.BRACKET_OPENS is BRACKET_OPENS and bracket_parts.COMMA_GAP is COMMA_GAP
    assert place_chains.COMMA_GAP is COMMA_GAP and roles.COMMA_GAP is COMMA_GAP
    assert nesting._NESTING_GAP["comma"] is COMMA_GAP and nesting._NESTING_GAP["bracket"] is BRACKET_OPENS
    assert areas.BRACKET_CLOSES is BRACKET_CLOSES and areas.COMMA_AHEAD is COMMA_AHEAD
    assert couples.AND_GAP is AND_GAP and nesting.AND_GAP is AND_GAP
    assert kin_conjunct.COMMA_OR_AND_GAP is COMMA_OR_AND_GAP and party_adjectives.COMMA_OR_AND_GAP is COMMA_OR_AND_GAP


def test_a_byline_s_word_in_capitals_and_a_party_adjective_s_shape_are_defined_once():
    assert newspaper.SHOUTED.search("a política brasileira CLÓVIS ROSSI")
    assert not newspaper.SHOUTED.search("o PT e Clóvis Rossi")
    assert demonyms.SHOUTED is newspaper.SHOUTED
    assert regions.LOWER_WORD.fullmatch("petista") and regions.LOWER_WORD.fullmatch("peemedebista")
    assert not regions.LOWER_WORD.fullmatch("Petista") and not regions.LOWER_WORD.fullmatch("PT")
    assert party_adjectives.LOWER_WORD is regions.LOWER_WORD


def test_a_name_s_particles_and_a_verb_s_parts_of_speech_are_defined_once():
    assert NAME_PARTICLES == OF_FORMS | {"e"} == {"de", "do", "da", "dos", "das", "e"}
    assert entities.NAME_PARTICLES is NAME_PARTICLES and units.NAME_PARTICLES is NAME_PARTICLES
    assert predicate_types.NAME_PARTICLES is NAME_PARTICLES and predicate_types._OPENING_PARTICLES == OF_FORMS  # "De Soto"
    assert characters.VERBAL is VERBAL and headings.VERBAL is VERBAL and VERBAL == {"VERB", "AUX"}
    assert characters.NAME_PARTS is NAME_PARTS
