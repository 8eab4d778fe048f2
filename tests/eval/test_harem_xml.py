"""The shared HAREM XML reader (teia.eval.harem_xml) on tiny inline collections."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from teia.errors import InputError
from teia.eval.harem_xml import HaremDocument, HaremMention, read_harem, relation_type

XML = """<?xml version="1.0" encoding="UTF-8"?>
<colHAREM>
<DOC DOCID="d1">
<P>
   O   <EM ID="d1-1" CATEG="PESSOA" TIPO="INDIVIDUAL">  Lenin
     </EM>   chegou
   a <EM ID="d1-2" CATEG="LOCAL|ORGANIZACAO" TIPO="HUMANO|ADMINISTRACAO" COREL="d1-1 d1-9"
   TIPOREL="ident PESSOA**vinculo_inst**d1-9**ORG">Moscou</EM> ,
   em <EM ID="d1-3" CATEG="TEMPO" TIPO="TEMPO_CALEND" SUBTIPO="DATA" TEMPO_REF="ABSOLUTO"
   VAL_NORM="+1919----T--------">1919</EM> .
</P>
<P>A <ALT><EM ID="d1-4" CATEG="ORGANIZACAO">Igreja de Roma</EM> | Igreja de <EM ID="d1-5" CATEG="LOCAL">Roma</EM></ALT> e
<OMITIDO> a <EM ID="d1-6" CATEG="ABSTRACCAO">Fé</EM></OMITIDO> &amp; mais.</P>
</DOC>
<DOC DOCID="d2"><P>Só <EM CATEG="VALOR">3</EM> coisas</P></DOC>
</colHAREM>
"""


@pytest.fixture()
def xml_file(tmp_path: Path) -> Path:
    p = tmp_path / "c.xml"
    p.write_text(XML, encoding="utf-8")
    return p


def test_text_offsets_and_attributes(xml_file):
    d1, d2 = read_harem(xml_file)
    assert isinstance(d1, HaremDocument) and d1.id == "d1" and d2.id == "d2"
    # whitespace both before and inside an <EM> gives two spaces (as the evaluators always had it)
    assert d1.text == "O  Lenin chegou a Moscou , em 1919 .\nA Igreja de Roma e a Fé & mais.\n"
    for m in d1.mentions + d2.mentions:
        assert d1.text[m.start : m.end] == m.text or d2.text[m.start : m.end] == m.text
    by_id = {m.id: m for m in d1.mentions}
    lenin = by_id["d1-1"]
    assert (lenin.start, lenin.end, lenin.text) == (3, 8, "Lenin")
    moscou = by_id["d1-2"]
    assert moscou.categ == "LOCAL|ORGANIZACAO" and moscou.categories == ("LOCAL", "ORGANIZACAO")
    assert moscou.tipo == "HUMANO|ADMINISTRACAO"
    assert moscou.corel == ("d1-1", "d1-9")
    assert moscou.tiporel == ("ident", "PESSOA**vinculo_inst**d1-9**ORG")
    assert [relation_type(t) for t in moscou.tiporel] == ["ident", "vinculo_inst"]
    date = by_id["d1-3"]
    assert (date.tipo, date.subtipo, date.tempo_ref, date.val_norm) == ("TEMPO_CALEND", "DATA", "ABSOLUTO", "+1919----T--------")
    assert d2.text == "Só 3 coisas\n"
    (three,) = d2.mentions
    assert three.id == "" and not three.has_id and three.categ == "VALOR" and (three.start, three.end) == (3, 4)
    with pytest.raises(FrozenInstanceError):
        lenin.start = 0  # type: ignore[misc]


def test_alt_first_keeps_all_alternatives_placed_in_the_first_text(xml_file):
    d1, _ = read_harem(xml_file)
    assert d1.alternatives == (2,)
    by_id = {m.id: m for m in d1.mentions}
    igreja, roma = by_id["d1-4"], by_id["d1-5"]
    assert igreja.alt == (0, 0) and roma.alt == (0, 1)
    assert d1.text[igreja.start : igreja.end] == "Igreja de Roma"
    assert d1.text[roma.start : roma.end] == "Roma" and roma.end == igreja.end
    assert by_id["d1-1"].alt is None


def test_alt_most_mentions_and_closing_punctuation(xml_file):
    d1, _ = read_harem(xml_file, alternatives="most_mentions", attach_closing_punctuation=True)
    assert d1.text == "O  Lenin chegou a Moscou, em 1919.\nA Igreja de Roma e a Fé & mais.\n"
    assert d1.alternatives == ()
    ids = {m.id: m for m in d1.mentions}
    assert "d1-5" not in ids and ids["d1-4"].alt is None  # one EM in each alternative: the first
    assert d1.text[ids["d1-4"].start : ids["d1-4"].end] == "Igreja de Roma"
    assert d1.text[ids["d1-3"].start : ids["d1-3"].end] == "1919"


def test_alt_most_mentions_picks_the_finest_segmentation(tmp_path):
    p = tmp_path / "a.xml"
    p.write_text(
        '<colHAREM><DOC DOCID="x"><P>Em <ALT><EM ID="1" CATEG="LOCAL">Rio Grande</EM>|'
        '<EM ID="2" CATEG="LOCAL">Rio</EM> <EM ID="3" CATEG="LOCAL">Grande</EM></ALT> !</P></DOC></colHAREM>',
        encoding="utf-8",
    )
    (doc,) = read_harem(p, alternatives="most_mentions", attach_closing_punctuation=True)
    assert doc.text == "Em Rio Grande!\n"
    assert [(m.id, m.start, m.end, m.alt) for m in doc.mentions] == [("2", 3, 6, None), ("3", 7, 13, None)]
    (first,) = read_harem(p)
    assert first.text == "Em Rio Grande !\n" and first.alternatives == (2,)
    assert [(m.id, m.start, m.end, m.alt) for m in first.mentions] == [("1", 3, 13, (0, 0)), ("2", 3, 6, (0, 1)), ("3", 7, 13, (0, 1))]


def test_omitido_spans_and_flags(xml_file):
    d1, _ = read_harem(xml_file)
    fe = next(m for m in d1.mentions if m.id == "d1-6")
    assert fe.omitted and not any(m.omitted for m in d1.mentions if m.id != "d1-6")
    ((s, e),) = d1.omitted
    assert d1.text[s:e] == " a Fé"  # starts at the tag: the pending space is inside
    (d1b, _) = read_harem(xml_file, omitted_start="after_space")
    ((s2, e2),) = d1b.omitted
    assert (s2, e2) == (s + 1, e) and d1b.text[s2:e2] == "a Fé"


def test_nested_whitespace_and_paragraphs(tmp_path):
    p = tmp_path / "w.xml"
    p.write_text(
        '<colHAREM><DOC DOCID="x">\n\n<P>\n\t<EM ID="a" CATEG="LOCAL"> <EM ID="b" CATEG="LOCAL">Rio</EM>\n de  Janeiro </EM>\n</P>\n'
        "<P></P><P>  fim  </P></DOC></colHAREM>",
        encoding="utf-8",
    )
    (doc,) = read_harem(p)
    assert doc.text == "Rio de Janeiro\nfim\n"
    a, b = sorted(doc.mentions, key=lambda m: m.id)
    assert (a.start, a.end, a.text) == (0, 14, "Rio de Janeiro")
    assert (b.start, b.end, b.text) == (0, 3, "Rio")


def test_errors_name_the_file(tmp_path):
    with pytest.raises(InputError, match="missing.xml"):
        read_harem(tmp_path / "missing.xml")
    bad = tmp_path / "bad.xml"
    bad.write_text("<colHAREM><DOC DOCID='x'><P>oops</DOC>", encoding="utf-8")
    with pytest.raises(InputError, match="bad.xml"):
        read_harem(bad)
    empty = tmp_path / "empty.xml"
    empty.write_text("<colHAREM></colHAREM>", encoding="utf-8")
    with pytest.raises(InputError, match="empty.xml"):
        read_harem(empty)
    with pytest.raises(ValueError):
        read_harem(empty, alternatives="best")  # type: ignore[arg-type]


def test_mention_defaults():
    m = HaremMention("i", 0, 1, "x")
    assert m.categories == () and m.alt is None and not m.omitted and m.corel == ()
