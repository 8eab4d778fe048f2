"""HAREM TEMPO evaluation: XML reading, VAL_NORM conversion, scoring and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from teia.errors import InputError
from teia.eval.tempo import evaluate_tempo, format_report, parse_harem, val_norm_to_iso

HAREM = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE colHAREM>
<colHAREM versao="teste">
<DOC DOCID="d1">
    <P>
      O vírus que,
      <EM ID="d1-1" CATEG="TEMPO" TIPO="TEMPO_CALEND" SUBTIPO="DATA" TEMPO_REF="ABSOLUTO" VAL_NORM="+1997----T----E--LM-">em 1997</EM>
      , matou
      <EM ID="d1-2" CATEG="VALOR" TIPO="QUANTIDADE">6</EM>
      pessoas em &quot;Hong Kong&quot;.
    </P>
    <P>A portaria <OMITIDO><EM ID="d1-3" CATEG="OBRA" TIPO="PLANO">n.º 1/2008</EM></OMITIDO>, <EM ID="d1-4" CATEG="TEMPO" TIPO="TEMPO_CALEND" SUBTIPO="DATA" TEMPO_REF="ABSOLUTO" VAL_NORM="+----0102T----E--LM-">de 2 de Janeiro</EM>, vigora
      <EM ID="d1-5" CATEG="TEMPO" TIPO="DURACAO" VAL_NORM="A12M0S0D0H0M0S0">durante doze anos</EM>.</P>
</DOC>
<DOC DOCID="d2">
    <P>
      Estava <ALT><EM ID="d2-1" CATEG="TEMPO" TIPO="TEMPO_CALEND" SUBTIPO="DATA" TEMPO_REF="ABSOLUTO" VAL_NORM="+19440606T----E--LM-">no Dia D</EM> | no <EM ID="d2-2" CATEG="ACONTECIMENTO" TIPO="EFEMERIDE">Dia D</EM></ALT> na Normandia e morreu
      <EM ID="d2-3" CATEG="TEMPO" TIPO="TEMPO_CALEND" SUBTIPO="DATA" TEMPO_REF="ABSOLUTO" VAL_NORM="+19540525T----E--LM-">a 25 de Maio de 1954</EM>.
      <EM ID="d2-4" CATEG="TEMPO" TIPO="FREQUENCIA">Diariamente</EM> chegavam cartas; <EM ID="d2-5" CATEG="TEMPO" TIPO="TEMPO_CALEND" SUBTIPO="DATA" TEMPO_REF="ABSOLUTO" VAL_NORM="+1950----T----E--LM-">em 1951</EM> tudo mudou.
    </P>
</DOC>
</colHAREM>
"""


@pytest.fixture
def harem_file(tmp_path: Path) -> Path:
    path = tmp_path / "tempo.xml"
    path.write_text(HAREM, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "val,iso",
    [
        ("+1997----T----E--LM-", "1997"),
        ("+200401--T----E--LM-", "2004-01"),
        ("+20071123T----E--LM-", "2007-11-23"),
        ("+----0102T----E--LM-", "--01-02"),
        ("+----12--T----E--LM-", "--12"),
        ("+1951----T----E--LMP", "1951"),
        ("+--------T1930E--LM-", ""),
        ("", ""),
        ("A0M6S0D0H0M0S0", ""),
    ],
)
def test_val_norm_to_iso(val, iso):
    assert val_norm_to_iso(val) == iso


def test_parse_rebuilds_text_and_offsets(harem_file):
    d1, d2 = parse_harem(harem_file)
    assert d1.id == "d1" and d2.id == "d2"
    assert d1.text.startswith("O vírus que, em 1997 , matou 6 pessoas em \"Hong Kong\".\nA portaria n.º 1/2008")
    for g in d1.mentions + [m for alt in d2.alts for group in alt for m in group] + d2.mentions:
        doc = d1 if g in d1.mentions else d2
        assert doc.text[g.start:g.end] == g.text
    assert [(g.text, g.tipo) for g in d1.mentions] == [
        ("em 1997", "TEMPO_CALEND"),
        ("de 2 de Janeiro", "TEMPO_CALEND"),
        ("durante doze anos", "DURACAO"),
    ]
    assert d1.omitted and d1.text[d1.omitted[0][0]:d1.omitted[0][1]] == "n.º 1/2008"
    assert len(d2.alts) == 1 and [len(g) for g in d2.alts[0]] == [1, 0]


def test_evaluate_small_file(harem_file):
    result = evaluate_tempo(harem_file)
    cal = result["calendar"]["overlap"]
    # gold: em 1997, de 2 de Janeiro, a 25 de Maio de 1954, em 1951 (the "Dia D" ALT falls back
    # to the alternative without a time expression, since we do not find it)
    assert cal["gold"] == 4
    assert cal["tp"] == 4 and cal["system"] == 4
    assert cal["f1"] == pytest.approx(1.0)
    assert result["calendar"]["exact"]["tp"] == 4
    assert result["duration"]["overlap"]["tp"] == 1
    assert result["frequency"]["overlap"]["tp"] == 1
    norm = result["normalization"]
    # "em 1951" is annotated 1950 on purpose: 3 of 4 values agree ("de 2 de Janeiro" is compared
    # on its month and day, since we complete the year from the document)
    assert (norm["matched"], norm["correct"]) == (4, 3)
    assert norm["accuracy"] == pytest.approx(0.75)
    report = format_report(result)
    assert "TEMPO_CALEND overlap" in report and "normalization accuracy" in report
    assert "0.750" in report


def test_missing_file_is_an_input_error(tmp_path):
    missing = tmp_path / "nope.xml"
    with pytest.raises(InputError, match="nope.xml"):
        evaluate_tempo(missing)


def test_malformed_file_is_an_input_error(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<colHAREM><DOC DOCID='x'><P>em 1997</DOC>", encoding="utf-8")
    with pytest.raises(InputError, match="bad.xml"):
        evaluate_tempo(bad)


def test_file_without_documents_is_an_input_error(tmp_path):
    empty = tmp_path / "empty.xml"
    empty.write_text("<colHAREM/>", encoding="utf-8")
    with pytest.raises(InputError, match="empty.xml"):
        evaluate_tempo(empty)


REAL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "harem" / "harem2-tempo-dev.xml"


@pytest.mark.slow
@pytest.mark.skipif(not REAL.exists(), reason="shared HAREM data not available")
def test_real_harem_tempo_dev():
    result = evaluate_tempo(REAL)
    assert result["documents"] == 14
    assert result["calendar"]["overlap"]["f1"] >= 0.85
    assert result["normalization"]["accuracy"] >= 0.85
