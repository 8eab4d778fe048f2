"""A legal act's name goes on over its number (issue 17, P50a): ``a Lei 9.610/98``, ``o
Decreto-Lei n.º 74/99``, ``a Lei Provincial no 12``, ``a Lei Antitruste (nº 8.884/94)``, where
the NER or the name's cut at ``no`` and at the bracket left ``Lei``, ``Decreto-Lei``, ``Lei
Provincial``, ``Lei Antitruste`` (``teia.extract.entities._act_numbers``; the act words are the
``numbered_acts`` table of ``data/entities.json``)."""

from __future__ import annotations

import pytest
import spacy

from teia.extract.entities import MENTIONS, _act_numbers
from teia.extract.labels import ORG, PER, WORK
from teia.extract.model import shipped_model_path
from teia.extract.pipeline import PipelineConfig, create_pipeline
from teia.records import Mention

needs_model = pytest.mark.skipif(
    not (shipped_model_path() / "config.cfg").is_file(), reason="shipped pipeline not built (run `make model`)"
)


def extended(text: str, name: str, category: str = ORG) -> tuple[str, str]:
    """The mention ``name`` of ``text`` (its first occurrence) after :func:`_act_numbers`."""
    doc = spacy.blank("pt")(text)
    start = text.index(name)
    (m,) = _act_numbers(doc, [Mention("d", start, start + len(name), name, category)], text)
    return m.text, m.category


@pytest.mark.parametrize(
    "text,name,expected",
    [
        ("A Lei 9.610/98 protege os autores.", "Lei", "Lei 9.610/98"),
        ("Segundo o Decreto-Lei n.º 74/99, a matéria é do ministro.", "Decreto-Lei", "Decreto-Lei n.º 74/99"),
        ("Foi aprovada a Lei Provincial no 12 em Luanda.", "Lei Provincial", "Lei Provincial no 12"),
        ("A Lei Antitruste (nº 8.884/94) foi aplicada.", "Lei Antitruste", "Lei Antitruste (nº 8.884/94)"),
        ("Com base no Regulamento n º 1408 decidiu.", "Regulamento", "Regulamento n º 1408"),
        ("O presidente assinou a Medida Provisória 434 ontem.", "Medida Provisória", "Medida Provisória 434"),
        ("Veja a Lei nº74/99 hoje.", "Lei", "Lei nº74/99"),
    ],
)
def test_a_legal_acts_name_goes_on_over_its_number(text, name, expected):
    assert extended(text, name) == (expected, WORK)


@pytest.mark.parametrize(
    "text,name,category",
    [
        ("A Lei Áurea no 13 de maio libertou os escravos.", "Lei Áurea", WORK),  # a day after "no"
        ("O Regulamento 12 vezes citado.", "Regulamento", ORG),  # a count, no number of the act
        ("A Lei 1993 é outra.", "Lei", ORG),  # a year alone
        ("A Lei Antitruste (8 artigos) foi lida.", "Lei Antitruste", ORG),  # the bracket goes on
        ("O Lei 9.610/98 chegou.", "Lei", PER),  # a person's name takes no number
        ("A Lei\n9.610/98 protege.", "Lei", ORG),  # the number on another line
    ],
)
def test_no_number_of_the_act(text, name, category):
    assert extended(text, name, category) == (name, category)


@needs_model
def test_shipped_pipeline_gives_the_acts_name_with_its_number():
    nlp = create_pipeline(PipelineConfig())
    text = "A Lei 9.610/98 protege os direitos autorais. Foi aprovada a Lei Provincial no 12 em Luanda."
    names = {(m.text, m.category) for m in getattr(nlp(text)._, MENTIONS)}
    assert {("Lei 9.610/98", WORK), ("Lei Provincial no 12", WORK)} <= names
    assert ("Lei", WORK) not in names and ("Lei Provincial", WORK) not in names
