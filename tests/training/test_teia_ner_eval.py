"""training/teia_ner_eval.py: the HAREM I split it reads (test for figures only), the gold it keeps and how it
counts teia's mentions, on a tiny collection written here (no dependency on /work/shared/data)."""

from __future__ import annotations

import argparse

import pytest

pytest.importorskip("spacy")


def _collection(n: int) -> str:
    docs = []
    for k in range(n):
        docs.append(
            f"<DOC>\n<DOCID>D{k:02d}</DOCID>\n<TEXTO>\n<PESSOA TIPO=\"INDIVIDUAL\">Ana Lima</PESSOA> vive em "
            f"<LOCAL TIPO=\"ADMINISTRATIVO\">Braga</LOCAL> e lê o <COISA>Kindle</COISA> na "
            f"<ORGANIZACAO TIPO=\"INSTITUICAO\">Universidade do Minho</ORGANIZACAO> ({k}).\n</TEXTO>\n</DOC>"
        )
    return "\n".join(docs)


@pytest.fixture(scope="module")
def tne(training_module):
    return training_module("teia_ner_eval")


def test_split_is_the_converters_and_test_is_refused(tne, training_module):
    convert = training_module("convert")
    text = _collection(10)
    which = convert.harem_split([f"D{k:02d}" for k in range(10)])
    dev = tne.split_documents(text, "dev")
    train = tne.split_documents(text, "train")
    assert [d.docid for d in dev] == sorted(d for d, s in which.items() if s == "dev") == ["D03", "D08"]
    assert len(train) == 6 and not {d.docid for d in train} & {"D04", "D09", "D03", "D08"}
    with pytest.raises(ValueError, match="refused"):
        tne.split_documents(text, "test")
    assert [d.docid for d in tne.split_documents(text, "test", held_out=True)] == ["D04", "D09"]
    with pytest.raises(ValueError, match="refused"):
        tne.split_documents(text, "other", held_out=True)


@pytest.mark.parametrize(
    "args",
    [["--split", "other"], ["--split", "test", "--errors", "3"], ["--split", "test", "--spans", "5"], ["--split", "test", "--json", "x.json"]],
)
def test_main_refuses_an_unknown_split_and_mentions_of_the_test_split_in_one_line(tne, capsys, tmp_path, args):
    assert tne.main([*args, "--data", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "refused" in err
    assert not (tmp_path / "x.json").exists()


def test_the_test_split_gives_figures_and_no_mention(tne, capsys, tmp_path):
    (tmp_path / "harem").mkdir()
    (tmp_path / "harem" / "harem1-golden.txt").write_text(_collection(10), encoding="utf-8")
    assert tne.main(["--split", "test", "--data", str(tmp_path), "--model", "blank"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("HAREM I test (2 documents)")
    assert "micro_PER_ORG_LOC " in out and "micro_all" in out
    assert "wrong label" not in out and "errors by kind" not in out
    assert "Braga" not in out and "Ana Lima" not in out
    assert tne.main(["--split", "dev", "--data", str(tmp_path), "--model", "blank"]) == 0
    assert "errors by kind" in capsys.readouterr().out


def test_gold_keeps_labelled_mentions_and_marks_coisa_missing(tne):
    doc = tne.split_documents(_collection(5), "dev")[0]
    gold = tne.gold_of(doc)
    texts = sorted((doc.text[s:e], label) for s, e, label in gold.mentions)
    assert texts == [("Ana Lima", "PER"), ("Braga", "LOC"), ("Universidade do Minho", "ORG")]
    assert [doc.text[s:e] for s, e in gold.missing] == ["Kindle"]


def test_counts_exact_spans_skip_missing_and_record_confusions(tne):
    doc = tne.split_documents(_collection(5), "dev")[0]
    gold = tne.gold_of(doc)
    text = doc.text

    def at(sub: str, label: str) -> tuple[int, int, str]:
        s = text.index(sub)
        return (s, s + len(sub), label)

    system = [
        at("Ana Lima", "PER"),  # right
        at("Braga", "ORG"),  # right span, wrong label
        at("Kindle", "ORG"),  # on a COISA: not counted
        at("Minho", "LOC"),  # inside the gold organization: other label, other boundaries
        at("vive", "PER"),  # no gold there
    ]
    counts = tne.score_document(text, gold, system, "D03")
    assert counts.tp == {"PER": 1}
    assert counts.fp == {"ORG": 1, "LOC": 1, "PER": 1}
    assert counts.fn == {"LOC": 1, "ORG": 1}
    assert counts.confusion == {("LOC", "ORG"): 1}
    assert counts.kinds["right span, other label"] == 1
    assert counts.kinds["other label, other boundaries"] == 1
    assert counts.kinds["no gold mention there"] == 1
    result = tne.summary(counts)
    assert result["per_label"]["PER"]["tp"] == 1 and result["per_label"]["PER"]["p"] == 0.5
    assert result["micro_PER_ORG_LOC"]["tp"] == 1 and result["micro_PER_ORG_LOC"]["fp"] == 3
    assert result["micro_PER_ORG_LOC"]["fn"] == 2
    assert result["confusion"] == {"LOC->ORG": 1}


def test_the_blank_pipeline_runs_through_teia(tne):
    from teia.build.steps import BuildOptions, make_pipeline, pipeline_config

    nlp = make_pipeline(pipeline_config(BuildOptions(model="blank")))
    docs = tne.split_documents(_collection(5), "dev")
    counts = tne.evaluate(docs, nlp)
    # the gazetteer and rules alone: whatever they find is scored against the three gold names
    assert sum(counts.tp.values()) + sum(counts.fn.values()) == 3


def test_span_errors_by_kind_labels_aside(tne):
    text = "O Comité Português para a UNICEF e a Escola Tecnológica, Artística e Profissional de Pombal ficam em Braga e Vila Real."
    gold = tne.Gold()

    def at(sub: str, label: str) -> tuple[int, int, str]:
        s = text.index(sub)
        return (s, s + len(sub), label)

    gold.mentions = {
        at("Comité Português para a UNICEF", "ORG"),
        at("Escola Tecnológica, Artística e Profissional de Pombal", "ORG"),
        at("Braga", "LOC"),
        at("Vila Real", "LOC"),
    }
    system = [
        at("Comité Português", "ORG"),  # narrower: the gold has "para a UNICEF" more after
        at("Escola Tecnológica", "ORG"),  # the gold cut in two at the comma
        at("Artística e Profissional de Pombal", "ORG"),
        at("Braga e Vila Real", "PER"),  # two gold mentions joined
        at("ficam", "LOC"),  # spurious
    ]
    errors = tne.span_errors(text, gold, system, "D")
    kinds = {(e.kind, e.detail) for e in errors}
    assert kinds == {
        (tne.NARROWER, "> para a unicef"),
        (tne.CUT, ","),
        (tne.JOINED, "e"),
        (tne.SPURIOUS, "LOC ficam"),
    }
    joined = next(e for e in errors if e.kind == tne.JOINED)
    assert joined.gold == "Braga/LOC | Vila Real/LOC" and joined.ours == "Braga e Vila Real/PER"
    # a mention on the right span is no span error, whatever its label; a gold one untouched is missed
    assert tne.span_errors(text, gold, [at("Braga", "PER")], "D")[0].kind == tne.MISSED
    assert not any(e.gold == "Braga/LOC" for e in tne.span_errors(text, gold, [at("Braga", "PER")], "D"))
    summary = tne.span_summary(errors)
    assert list(summary) == sorted(summary, key=lambda k: (-summary[k]["n"], k)) and sum(v["n"] for v in summary.values()) == 4
    assert tne.span_summary(errors, ["PER"]) == {tne.JOINED: {"n": 1, "details": {"e": 1}}}
    assert "> para a unicef" in tne.format_spans(summary, 3, errors)
    # score_document keeps them with the counts, for the report
    assert {(e.kind, e.detail) for e in tne.score_document(text, gold, system, "D").spans} == kinds


def test_the_headline_set_is_harem_ii_s_in_our_labels_and_has_its_micro(tne):
    assert tne.headline_labels() == ("PER", "ORG", "LOC", "DATE", "EVENT")
    counts = tne.Counts()
    counts.tp.update({"PER": 2, "DATE": 1, "EVENT": 1, "VALUE": 5})
    counts.fp.update({"DATE": 1, "CONCEPT": 3})
    counts.fn.update({"EVENT": 1})
    result = tne.summary(counts)
    head = result["micro_headline_PER_ORG_LOC_DATE_EVENT"]
    assert (head["tp"], head["fp"], head["fn"]) == (4, 1, 1)
    assert "micro_headline_PER_ORG_LOC_DATE_EVENT" in tne.format_report("dev", 1, result)


def test_time_expressions_are_scored_in_the_first_harem_s_convention(tne):
    from teia.build.steps import BuildOptions, make_pipeline, pipeline_config

    text = (
        "<DOC>\n<DOCID>D00</DOCID>\n<TEXTO>\nA escola abriu em <TEMPO TIPO=\"DATA\">1960</TEMPO> e fechou "
        "hoje, de <TEMPO TIPO=\"DATA\">21 de janeiro</TEMPO> a <TEMPO TIPO=\"DATA\">21 de fevereiro de 2003</TEMPO>.\n</TEXTO>\n</DOC>"
    )
    doc = tne.convert.read_harem(text)[0]
    nlp = make_pipeline(pipeline_config(BuildOptions(model="blank")))
    # teia's expressions are 'em 1960', 'hoje' and the interval: in HAREM I's convention, its three dates
    assert sorted(doc.text[s:e] for s, e, lab in tne.system_of(nlp, doc) if lab == "DATE") == [
        "1960", "21 de fevereiro de 2003", "21 de janeiro"
    ]
    counts = tne.score_document(doc.text, tne.gold_of(doc), tne.system_of(nlp, doc), "D00")
    assert counts.tp == {"DATE": 3} and not counts.fp and not counts.fn


def test_harem1_documents_reads_train_and_dev_whole_and_refuses_test(tne, training_module, tmp_path):
    (tmp_path / "harem").mkdir()
    (tmp_path / "harem" / "harem1-golden.txt").write_text(_collection(10), encoding="utf-8")
    dev = tne.harem1_documents(tmp_path, "dev")
    assert [d.docid for d in dev] == ["D03", "D08"]
    assert dev[0].text.startswith("Ana Lima vive em Braga") and "(3)" in dev[0].text
    # the relation tools read documents through it: whole documents by DOCID, never the test split
    dump, gaps = training_module("statement_dump"), training_module("relation_gaps")
    assert dump.slice_texts(tmp_path, "harem1-train", 1, 2) == [(d.docid, d.text) for d in tne.harem1_documents(tmp_path, "train")[1:3]]
    assert [i for i, _ in gaps.harem1_texts(tmp_path, "h1dev", 0, 5)] == ["D03", "D08"]
    assert gaps.parse_slice("h1train:0-60") == ("h1train", 0, 60)
    for split in ("test", "other"):
        with pytest.raises(ValueError, match="refused"):
            tne.harem1_documents(tmp_path, split)
    with pytest.raises(SystemExit):
        dump.main(["--data", str(tmp_path), "--source", "harem1-test"])
    with pytest.raises(argparse.ArgumentTypeError):
        gaps.parse_slice("h1test:0-10")


_LENER = [
    # (word, tag) sentences as LeNER-Br's CoNLL gives them
    [("O", "O"), ("Ministro", "O"), ("Luiz", "B-PESSOA"), ("Fux", "I-PESSOA"), ("(", "O"), ("STF", "B-ORGANIZACAO"),
     (")", "O"), ("julgou", "O"), ("em", "O"), ("Brasília", "B-LOCAL"), (",", "O"), ("em", "O"),
     ("12", "B-TEMPO"), ("de", "I-TEMPO"), ("maio", "I-TEMPO"), (".", "O")],
    [("Ver", "O"), ("Lei", "B-LEGISLACAO"), ("nº", "I-LEGISLACAO"), ("8.078", "I-LEGISLACAO"), ("e", "O"),
     ("TJDFT", "B-ORGANIZACAO"), ("Goiás", "I-LOCAL"), ("Ana", "B-PESSOA"), ("Maria", "B-PESSOA"), (".", "O")],
    [("Recurso", "O"), ("provido", "O"), (".", "O")],
]


def _write_lener(folder, part: str, sents) -> None:
    import gzip

    (folder / "raw-pt" / "lener-br").mkdir(parents=True, exist_ok=True)
    body = "\n\n".join("\n".join(f"{w} {t}" for w, t in sent) for sent in sents) + "\n\n"
    with gzip.open(folder / "raw-pt" / "lener-br" / f"{part}.conll.gz", "wt", encoding="utf-8") as f:
        f.write(body)


def test_lener_documents_rebuild_the_text_and_keep_three_categories(tne, tmp_path):
    _write_lener(tmp_path, "dev", _LENER)
    docs = tne.lener_documents(tmp_path, "dev", per_doc=2)
    assert [d.docid for d in docs] == ["lener-dev-0000", "lener-dev-0001"]
    doc = docs[0]
    assert doc.text == "O Ministro Luiz Fux (STF) julgou em Brasília, em 12 de maio.\nVer Lei nº 8.078 e TJDFT Goiás Ana Maria."
    assert docs[1].text == "Recurso provido." and docs[1].spans == []
    spans = [(doc.text[s:e], label) for s, e, label in doc.spans]
    # the title stays out of the name; an I- of another category opens a mention, a B- after one too
    assert spans == [
        ("Luiz Fux", "PER"), ("STF", "ORG"), ("Brasília", "LOC"), ("12 de maio", None),
        ("Lei nº 8.078", None), ("TJDFT", "ORG"), ("Goiás", "LOC"), ("Ana", "PER"), ("Maria", "PER"),
    ]
    gold = tne.gold_of(doc)
    assert sorted(doc.text[s:e] for s, e in gold.missing) == ["12 de maio", "Lei nº 8.078"]
    # a mention touching the law or the date is neither right nor wrong; the three labels are scored
    at = {doc.text[s:e]: (s, e) for s, e, _ in doc.spans}
    system = [(*at["Luiz Fux"], "PER"), (*at["STF"], "LOC"), (at["Lei nº 8.078"][0] + 4, at["Lei nº 8.078"][1], "ORG"),
              (at["12 de maio"][0], at["12 de maio"][0] + 2, "DATE")]
    counts = tne.score_document(doc.text, gold, system, doc.docid)
    assert counts.tp == {"PER": 1} and counts.fp == {"LOC": 1} and counts.confusion == {("ORG", "LOC"): 1}
    assert counts.fn == {"ORG": 2, "LOC": 2, "PER": 2}
    with pytest.raises(ValueError, match="refused"):
        tne.lener_documents(tmp_path, "test")
    with pytest.raises(ValueError, match="refused"):
        tne.lener_documents(tmp_path, "other", held_out=True)


def test_lener_test_split_gives_figures_only_and_mentions_are_teias_own(tne, capsys, tmp_path):
    _write_lener(tmp_path, "test", _LENER)
    _write_lener(tmp_path, "train", _LENER)
    assert tne.main(["--source", "lener", "--split", "test", "--data", str(tmp_path), "--errors", "3"]) == 2
    assert "refused" in capsys.readouterr().err
    assert tne.main(["--source", "lener", "--split", "test", "--data", str(tmp_path), "--model", "blank"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("LeNER-Br test (1 documents), teia mentions") and "micro_PER_ORG_LOC " in out
    assert "Fux" not in out and "errors by kind" not in out
    assert tne.main(["--source", "lener", "--split", "train", "--data", str(tmp_path), "--model", "blank"]) == 0
    assert "errors by kind" in capsys.readouterr().out
    # without HAREM's title convention a person is scored as teia names it
    from teia.build.steps import BuildOptions, make_pipeline, pipeline_config

    nlp = make_pipeline(pipeline_config(BuildOptions(model="blank")))
    doc = tne.convert.HaremDoc("D", "O ministro Luiz Fux julgou.")
    ruler = nlp.add_pipe("entity_ruler", name="ner", after="teia_lines")
    ruler.add_patterns([{"label": "PER", "pattern": "Luiz Fux"}, {"label": "ORG", "pattern": "julgou"}])
    assert ("Luiz Fux", "PER") in [(doc.text[s:e], lab) for s, e, lab in tne.system_of(nlp, doc, titles=False)]
    assert ("ministro Luiz Fux", "PER") in [(doc.text[s:e], lab) for s, e, lab in tne.system_of(nlp, doc)]
    # the NER alone: its entities as it gives them, no rule after it
    assert tne.system_of(nlp, doc, ner_only=True) == [(11, 19, "PER"), (20, 26, "ORG")]
