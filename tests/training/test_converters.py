"""Round trips of the corpus converters in ``training/convert.py`` on tiny inline samples
(no dependency on /work/shared/data)."""

from __future__ import annotations

import gzip

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import DocBin


@pytest.fixture(scope="module")
def convert(training_module):
    return training_module("convert")


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("pt")


def _roundtrip(docs, vocab):
    """Serialize through a DocBin, as the converter's output files do."""
    data = DocBin(docs=docs).to_bytes()
    return list(DocBin().from_bytes(data).get_docs(vocab))


def _iob(doc):
    return [t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") if t.ent_iob_ else "?" for t in doc]


# Two sentences of invented Bosque-style CoNLL-U: a contraction of preposition and article
# ("no" = "em" + "o"), a verb with an enclitic ("fundou-o"), SpaceAfter=No.
CONLLU = """\
# newdoc id = T1
# sent_id = T1-1
# text = Lenin vive no palácio.
1	Lenin	Lenin	PROPN	_	Gender=Masc|Number=Sing	2	nsubj	_	_
2	vive	viver	VERB	_	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	_
3-4	no	_	_	_	_	_	_	_	_
3	em	em	ADP	_	_	5	case	_	_
4	o	o	DET	_	Definite=Def|Gender=Masc|Number=Sing|PronType=Art	5	det	_	_
5	palácio	palácio	NOUN	_	Gender=Masc|Number=Sing	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	_	_	2	punct	_	_

# sent_id = T1-2
# text = Ele fundou-o.
1	Ele	ele	PRON	_	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
2-3	fundou-o	_	_	_	_	_	_	_	SpaceAfter=No
2	fundou	fundar	VERB	_	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
3	o	o	PRON	_	Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs	2	obj	_	_
4	.	.	PUNCT	_	_	2	punct	_	_

"""


def test_conllu_merges_multiword_tokens(convert, nlp):
    (doc,) = _roundtrip(convert.conllu_to_docs(CONLLU, nlp.vocab), nlp.vocab)
    assert [t.text for t in doc] == ["Lenin", "vive", "no", "palácio", ".", "Ele", "fundou-o", "."]
    assert doc.text == "Lenin vive no palácio. Ele fundou-o."
    no = doc[2]
    assert (no.pos_, no.dep_, no.head.text, no.lemma_) == ("ADP", "case", "palácio", "em o")
    # the article's features survive on the merged token
    assert no.morph.get("Gender") == ["Masc"] and no.morph.get("Definite") == ["Def"]
    fundou = doc[6]
    assert (fundou.pos_, fundou.dep_, fundou.lemma_) == ("VERB", "ROOT", "fundar o")
    # the verb's own features win over the clitic's (Case comes from the clitic only)
    assert fundou.morph.get("VerbForm") == ["Fin"] and fundou.morph.get("Case") == ["Acc"]
    assert doc[0].head.text == "vive" and doc[0].dep_ == "nsubj"
    assert doc[3].dep_ == "obl" and doc[3].head.i == 1
    assert [s.text for s in doc.sents] == ["Lenin vive no palácio.", "Ele fundou-o."]


def test_conllu_groups_sentences(convert, nlp):
    docs = convert.conllu_to_docs(CONLLU, nlp.vocab, n_sents=1)
    assert [d.text for d in docs] == ["Lenin vive no palácio.", "Ele fundou-o."]


PARAMOPAMA = """\
Em\tTEMPO
1920\tTEMPO
,\tO
Vladimir\tPESSOA
Lenin\tPESSOA
visitou\tO
Varsóvia\tLOCAL
e\tO
o\tO
Pravda\tO
.\tO

A\tO
Cruz\tORGANIZACAO
Vermelha\tORGANIZACAO
chegou\tO
"""


def test_paramopama_io_and_missing(convert, nlp):
    d1, d2 = _roundtrip(convert.paramopama_to_docs(PARAMOPAMA, nlp.vocab), nlp.vocab)
    assert [(e.text, e.label_) for e in d1.ents] == [
        ("1920", "DATE"),  # the leading "Em" is trimmed off the date
        ("Vladimir Lenin", "PER"),
        ("Varsóvia", "LOC"),
    ]
    # "Em" (trimmed, capitalized) and "Pravda" (capitalized O) are unknown, not O;
    # lowercase O tokens stay O.
    assert _iob(d1) == ["?", "B-DATE", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "?", "O"]
    assert [(e.text, e.label_) for e in d2.ents] == [("Cruz Vermelha", "ORG")]
    assert _iob(d2)[0] == "?"


def test_paramopama_rejects_unknown_tags(convert, nlp):
    with pytest.raises(ValueError):
        convert.paramopama_to_docs("Lenin\tPERSON\n", nlp.vocab)


WIKIANN = """\
pt:Lenin\tB-PER
pt:nasceu\tO
pt:em\tO
pt:abril\tO
pt:de\tO
pt:1870\tO
pt:em\tO
pt:Simbirsk\tB-LOC
pt:Partido\tB-ORG
pt:Bolchevique\tI-ORG

pt:Rio\tB-LOC
pt:de\tI-LOC
pt:Janeiro\tI-LOC
"""


def test_wikiann_iob2_prefix_and_missing(convert, nlp):
    d1, d2 = _roundtrip(convert.wikiann_to_docs(WIKIANN, nlp.vocab), nlp.vocab)
    assert d1[0].text == "Lenin"  # "pt:" prefix removed
    assert [(e.text, e.label_) for e in d1.ents] == [
        ("Lenin", "PER"),
        ("Simbirsk", "LOC"),
        ("Partido Bolchevique", "ORG"),
    ]
    # WikiANN has no DATE: month, the connector inside the date, and the year are unknown
    assert _iob(d1) == ["B-PER", "O", "O", "?", "?", "?", "O", "B-LOC", "B-ORG", "I-ORG"]
    assert [(e.text, e.label_) for e in d2.ents] == [("Rio de Janeiro", "LOC")]


HAREM = """\
<DOC>
<DOCID>HAREM-000-00002</DOCID>
<GENERO>Jornalistico</GENERO>
<ORIGEM>PT</ORIGEM>
<TEXTO>
Em <ALT><TEMPO TIPO="DATA">agosto de 1920</TEMPO>|<TEMPO TIPO="DATA">agosto</TEMPO> de 1920</ALT>, <PESSOA|ORGANIZACAO TIPO="INDIVIDUAL|INSTITUICAO" MORF="M,S">Lenin</PESSOA|ORGANIZACAO> leu <OBRA TIPO="PUBLICACAO">O Capital</OBRA> em <LOCAL TIPO="HUMANO">Varsóvia</LOCAL>.
Custou <VALOR TIPO="MOEDA">dez rublos</VALOR> | um <COISA TIPO="OBJECTO">Lada</COISA> e o <OMITIDO><LOCAL TIPO="HUMANO">Kremlin</LOCAL></OMITIDO>.
</TEXTO>
</DOC>
<DOC>
<DOCID>HAREM-000-00001</DOCID>
<GENERO>Web</GENERO>
<ORIGEM>BR</ORIGEM>
<TEXTO>
A <ABSTRACCAO TIPO="IDEIA">Revolução</ABSTRACCAO> e a <ACONTECIMENTO TIPO="EVENTO">Guerra Civil</ACONTECIMENTO>.
</TEXTO>
</DOC>
"""


def test_harem_markup(convert):
    docs = convert.read_harem(HAREM)
    assert [d.docid for d in docs] == ["HAREM-000-00002", "HAREM-000-00001"]
    first = docs[0]
    assert first.text.startswith("Em agosto de 1920, Lenin leu O Capital em Varsóvia.\n")
    got = [(first.text[s:e], lab) for s, e, lab in first.spans]
    assert ("agosto de 1920", "DATE") in got  # first <ALT> alternative
    assert ("agosto", "DATE") not in got
    assert ("Lenin", "PER") in got  # first of several categories
    assert ("O Capital", "WORK") in got and ("dez rublos", "VALUE") in got
    assert ("Lada", None) in got and ("Kremlin", None) in got  # COISA, OMITIDO: missing
    assert "|" in first.text  # a literal bar outside <ALT> is text


def test_harem_docs_and_missing(convert, nlp):
    hdoc = convert.read_harem(HAREM)[0]
    docs = _roundtrip(convert.harem_doc_to_docs(hdoc, nlp, min_tokens=1), nlp.vocab)
    assert len(docs) == 2  # cut at the line break
    ents = [(e.text, e.label_) for d in docs for e in d.ents]
    assert ents == [
        ("agosto de 1920", "DATE"),
        ("Lenin", "PER"),
        ("O Capital", "WORK"),
        ("Varsóvia", "LOC"),
        ("dez rublos", "VALUE"),
    ]
    second = docs[1]
    iob = dict(zip([t.text for t in second], _iob(second)))
    assert iob["Lada"] == "?" and iob["Kremlin"] == "?"
    assert iob["Custou"] == "O" and iob["um"] == "O"


def test_harem_categories(convert, nlp):
    hdoc = convert.read_harem(HAREM)[1]
    (doc,) = convert.harem_doc_to_docs(hdoc, nlp)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Revolução", "CONCEPT"),
        ("Guerra Civil", "EVENT"),
    ]


def test_harem_split_is_by_document(convert):
    ids = [f"D{k:03d}" for k in range(10)]
    split = convert.harem_split(list(reversed(ids)))
    assert [split[i] for i in ids] == ["train", "train", "train", "dev", "test"] * 2


def test_paramopama_split(convert):
    train, dev, test = convert.paramopama_split(100)
    assert (len(train), len(dev), len(test)) == (85, 5, 10)
    assert test[-1] == 99


# Two invented LeNER-Br sentences in its file format (word, space, IOB2 tag): a law (LEGISLACAO)
# and a decision (JURISPRUDENCIA) beside a person, a court, a place and two dates.
LENER = """\
Nos O
termos O
da O
Lei B-LEGISLACAO
nº I-LEGISLACAO
8.078/90 I-LEGISLACAO
, O
o O
Ministro O
Herman B-PESSOA
Benjamin I-PESSOA
, O
do O
Superior B-ORGANIZACAO
Tribunal I-ORGANIZACAO
de I-ORGANIZACAO
Justiça I-ORGANIZACAO
, O
julgou O
em O
22/02/2016 B-TEMPO
o O
REsp B-JURISPRUDENCIA
1.061.852/PR I-JURISPRUDENCIA
. O

O O
marco O
de O
Brasília B-LOCAL
foi O
cravado O
em O
5 B-TEMPO
de I-TEMPO
março I-TEMPO
de I-TEMPO
2009 I-TEMPO
, O
em O
março O
. O
"""


@pytest.fixture
def lener_data(tmp_path):
    """A data folder whose LeNER-Br train split is the sample above."""
    folder = tmp_path / "raw-pt" / "lener-br"
    folder.mkdir(parents=True)
    with gzip.open(folder / "train.conll.gz", "wt", encoding="utf-8") as f:
        f.write(LENER)
    return tmp_path


def test_lener_labels_and_missing(convert, training_module, nlp, lener_data):
    raw_corpus = training_module("raw_corpus")
    sents = list(raw_corpus.lener_sentences(lener_data, "train"))
    d1, d2 = _roundtrip(convert.lener_to_docs(sents, nlp.vocab), nlp.vocab)
    assert [(e.text, e.label_) for e in d1.ents] == [
        ("Herman Benjamin", "PER"),
        ("Superior Tribunal de Justiça", "ORG"),
        ("22/02/2016", "DATE"),
    ]
    iob = _iob(d1)
    # the law's and the decision's tokens are missing, not O, lower-case "nº" too
    assert iob[3:6] == ["?", "?", "?"] and iob[22:24] == ["?", "?"]
    # capitalized O words may hide a category LeNER does not annotate: missing; others O
    assert iob[0] == "?" and iob[8] == "?"
    assert iob[1:3] == ["O", "O"] and iob[18:20] == ["O", "O"]
    assert [(e.text, e.label_) for e in d2.ents] == [("Brasília", "LOC"), ("5 de março de 2009", "DATE")]
    # LeNER annotates dates: a month outside a TEMPO span stays O (WikiANN's are missing)
    assert _iob(d2)[-2] == "O"


def test_lener_rejects_unknown_tags(convert, nlp):
    with pytest.raises(ValueError):
        convert.lener_to_docs([[("Lenin", "B-PERSON")]], nlp.vocab)


def test_a_missing_corpus_file_is_named_before_any_conversion(convert, tmp_path):
    data, out = tmp_path / "data", tmp_path / "out"
    for path in convert.input_files(data):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("", encoding="utf-8")
    # every file but LeNER-Br's: refused only when the run asks for LeNER-Br
    with pytest.raises(SystemExit) as stop:
        convert.main(["--data", str(data), "--out", str(out), "--lener-max", "10"])
    assert "lener-br/train.conll.gz: corpus file not found" in str(stop.value)
    assert not out.exists()
    (data / "ner" / "paramopama.conll").unlink()
    with pytest.raises(SystemExit) as stop:
        convert.main(["--data", str(data), "--out", str(out)])
    assert str(stop.value).startswith(f"{data / 'ner' / 'paramopama.conll'}: corpus file not found")


def test_a_negative_lener_count_is_refused(convert, tmp_path):
    with pytest.raises(SystemExit) as stop:
        convert.main(["--data", str(tmp_path), "--out", str(tmp_path / "out"), "--lener-max", "-1"])
    assert "--lener-max -1" in str(stop.value)


@pytest.mark.parametrize("words, capitals", [
    # a heading and the parties of a case: all their words in capitals
    ("APELAÇÃO CÍVEL N º 1.234", True),
    ("JOSÉ DA SILVA E OUTROS", True),
    # half of the alphabetic words in capitals is enough; one-letter words never count as capitals
    ("RECURSO ESPECIAL do autor", True),
    ("RECURSO ESPECIAL do autor julgado", False),
    ("E A O", False),
    # a sentence of running text with an acronym or two stays
    ("O STJ e o TST julgaram o recurso do INSS .", False),
    ("Lenin vive no palácio .", False),
    # no alphabetic word at all: numbers and punctuation only
    ("1.234 / 2016 .", False),
])
def test_written_in_capitals(convert, words, capitals):
    assert convert.written_in_capitals(words.split()) is capitals


def test_lener_train_docs_leave_out_sentences_in_capitals(convert, nlp, tmp_path):
    folder = tmp_path / "raw-pt" / "lener-br"
    folder.mkdir(parents=True)
    sample = (
        "ACÓRDÃO O\n\n"
        "JOÃO B-PESSOA\nDA I-PESSOA\nSILVA I-PESSOA\nE O\nOUTROS O\n\n"
        + LENER
        + "\nO O\nTCU B-ORGANIZACAO\njulgou O\n. O\n"
    )
    with gzip.open(folder / "train.conll.gz", "wt", encoding="utf-8") as f:
        f.write(sample)
    every = convert.lener_train_docs(tmp_path, nlp.vocab, 10)
    assert [d[0].text for d in every] == ["ACÓRDÃO", "JOÃO", "Nos", "O", "O"]
    kept = convert.lener_train_docs(tmp_path, nlp.vocab, 10, no_capitals=True)
    assert [d[0].text for d in kept] == ["Nos", "O", "O"]
    assert [e.text for e in kept[-1].ents] == ["TCU"]
    # the count is taken after the filter: the first two sentences not in capitals
    assert len(convert.lener_train_docs(tmp_path, nlp.vocab, 2, no_capitals=True)) == 2
    assert [d[0].text for d in convert.lener_train_docs(tmp_path, nlp.vocab, 2)] == ["ACÓRDÃO", "JOÃO"]
