"""Word lists as data (``teia/extract/data/events.json``) and the user's ``--lexicon`` files."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import teia
from teia.cli import app
from teia.errors import InputError
from teia.extract.events import lexicon
from teia.extract.events.lexicon import DATA_PATH, SCHEMA, event_lexicon

TEXT = "Em agosto de 1920, a batalha de Varsóvia mudou a guerra.\n\nEm agosto de 1920, o motim de Varsóvia mudou a guerra.\n"
MUTINY = {"version": 1, "events": {"noun_triggers": {"motim": ["Revolution", "participant"]}}}


def write(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "motim.txt").write_text(TEXT, encoding="utf-8")
    return folder


def triggers(kg):
    return sorted((e.trigger, e.type) for ex in kg.extractions for e in ex.events)


def test_the_shipped_file_has_every_table_and_the_rules_read_it():
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    assert set(data) - {"version", "comment"} == set(SCHEMA)
    shipped = event_lexicon()
    assert shipped["noun_triggers"]["batalha"] == ("Battle", "participant")
    assert dict(lexicon.VERB_TRIGGERS) == dict(shipped["verb_triggers"])
    assert ("derrot", "derrotar") in lexicon._VERB_STEMS


def test_a_user_file_adds_a_trigger(corpus, tmp_path):
    extra = write(tmp_path / "motim.json", MUTINY)
    assert triggers(teia.build(corpus, model="blank")) == [("batalha de Varsóvia", "Battle")]
    with_file = teia.build(corpus, model="blank", lexicons=[extra])
    assert ("motim", "Revolution") in triggers(with_file)
    # the file belongs to that build's pipeline only: the next build without it is as before
    assert triggers(teia.build(corpus, model="blank")) == [("batalha de Varsóvia", "Battle")]
    # and it is part of the build's provenance
    assert with_file.info.config_hash != teia.build(corpus, model="blank").info.config_hash


def test_the_command_line_takes_lexicon_files(corpus, tmp_path):
    extra = write(tmp_path / "motim.json", MUTINY)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(out), "-m", "blank", "-q", "--lexicon", str(extra)])
    assert result.exit_code == 0, result.output
    assert "motim" in (out / "graph.nt").read_text(encoding="utf-8")


def test_user_lists_and_maps_extend_the_shipped_ones(tmp_path):
    extra = write(tmp_path / "x.json", {"events": {
        "bare_triggers": ["motim", "golpe"],
        "verb_stems": [["amotin", "amotinar"]],
        "object_nouns": {"assumir": {"trono": "agent"}},
    }})
    lex = event_lexicon(str(extra))
    shipped = event_lexicon()
    assert lex["bare_triggers"] == shipped["bare_triggers"] + ("motim",)  # no duplicate golpe
    assert lex["verb_stems"][-1] == ("amotin", "amotinar")
    assert lex["object_nouns"]["assumir"] == {**shipped["object_nouns"]["assumir"], "trono": "agent"}


@pytest.mark.parametrize(
    "data, needle",
    [
        ({"events": {"noun_triggers": {"motim": ["Mutiny", "participant"]}}}, "table 'noun_triggers': 'motim'"),
        ({"events": {"noun_triggers": {"motim": ["Revolution", "leader"]}}}, "a role among agent"),
        ({"events": {"bare_triggers": "motim"}}, "table 'bare_triggers': must be a list"),
        ({"events": {"triggers": {}}}, "unknown table(s) triggers"),
        ({"eventos": {}}, "unknown lexicon(s) eventos"),
        (["motim"], "must be a JSON object"),
    ],
)
def test_a_bad_user_file_is_one_clear_error(tmp_path, data, needle):
    bad = write(tmp_path / "bad.json", data)
    with pytest.raises(InputError) as err:
        event_lexicon(str(bad))
    assert str(bad) in str(err.value) and needle in str(err.value)


def test_a_bad_lexicon_fails_the_build_in_one_line(corpus, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path / "o"), "-m", "blank", "-q", "--lexicon", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:1: the lexicon file is not valid JSON" in result.output
    assert "Traceback" not in result.output


def test_the_time_words_are_checked_data(tmp_path):
    from teia.extract.lexicons import load_lexicon
    from teia.extract.timex import lexicon as time_words

    data = json.loads(time_words.DATA_PATH.read_text(encoding="utf-8"))
    assert time_words.MONTHS == data["months"] and time_words.SEASONS["inverno"] == (12, 2)
    data["seasons"]["inverno"] = [12]
    broken = write(tmp_path / "time-words.json", data)
    with pytest.raises(InputError, match=r"table 'seasons': 'inverno': \[12\] is not a pair"):
        load_lexicon("time", time_words.SCHEMA, broken)
    # not extensible by a user file yet: said, not ignored
    user = write(tmp_path / "mine.json", {"time": {"months": {"jan": 1}}})
    with pytest.raises(InputError, match="unknown lexicon"):
        event_lexicon(str(user))


def test_a_lexicon_pickles_with_its_pipeline(tmp_path):
    """spaCy's multiprocessing (spawn) and Dask pickle the pipeline, and with it its lexicon."""
    import pickle

    lex = event_lexicon(str(write(tmp_path / "motim.json", MUTINY)))
    again = pickle.loads(pickle.dumps(lex))
    assert again == lex and again["noun_triggers"]["motim"] == ("Revolution", "participant")


def test_an_alternation_tries_longer_words_first_and_is_the_same_on_every_run() -> None:
    import re

    from teia.extract.articles import IN_FORMS
    from teia.extract.lexicons import alternation

    pattern = alternation(IN_FORMS)
    assert pattern == "nas|nos|em|na|no"
    assert re.match(rf"(?:{pattern})", "nos").group() == "nos"  # not cut to "no"
    assert alternation(["a.b", "a"]) == r"a\.b|a"  # escaped
