"""A word of a flat name climbs to the name's first word (``relations.syntax.flat_head``), the one
reading of the contest's party, the fronted subject of the nesting rule and the club after a
cue's conjunct. The sentence is written for the test and parsed by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from teia.extract.relations.contests import contest_verb_of
from teia.extract.relations.mapping import default_mapping
from teia.extract.relations.syntax import flat_head


def _doc() -> Doc:
    # "O Bayer Leverkusen venceu o Kispest"
    return Doc(
        spacy.blank("pt").vocab,
        words=["O", "Bayer", "Leverkusen", "venceu", "o", "Kispest"],
        heads=[1, 3, 1, 3, 5, 3],
        deps=["det", "nsubj", "flat:name", "ROOT", "det", "obj"],
        pos=["DET", "PROPN", "PROPN", "VERB", "DET", "PROPN"],
        lemmas=["o", "Bayer", "Leverkusen", "vencer", "o", "Kispest"],
    )


def test_a_later_word_of_a_flat_name_climbs_to_its_first() -> None:
    doc = _doc()
    assert flat_head(doc[2]).i == 1
    assert flat_head(doc[1]).i == 1  # the first word itself
    assert flat_head(doc[3]).i == 3  # no word of a name


def test_the_contest_verb_is_found_from_any_word_of_the_party() -> None:
    doc = _doc()
    assert contest_verb_of(doc[2], default_mapping()).i == 3
    assert contest_verb_of(doc[5], default_mapping()).i == 3
