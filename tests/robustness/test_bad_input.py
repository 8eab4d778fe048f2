"""Bad and unusual input: one clear line each, or a build that goes on (issue 22, failures 4,
5, 6 and 8)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from teia.errors import InputError
from teia.extract import reader
from teia.extract.reader import SourceFile, decode_bytes, read_document

PT = "Ação “Komintern” — 1920: 5 € … fim.\n"


def teia(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "teia.cli", *args], capture_output=True, text=True, timeout=600, **kw)


def one_line_error(result: subprocess.CompletedProcess, *needles: str) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# --- encodings --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data,encoding",
    [
        (PT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + PT.encode("utf-8"), "utf-8"),
        (PT.encode("utf-16"), "utf-16"),  # with a BOM, in the machine's byte order
        (b"\xfe\xff" + PT.encode("utf-16-be"), "utf-16"),
        (b"\xff\xfe" + PT.encode("utf-16-le"), "utf-16"),
        (PT.encode("utf-32"), "utf-32"),
        (b"\x00\x00\xfe\xff" + PT.encode("utf-32-be"), "utf-32"),
        (PT.encode("cp1252"), "windows-1252"),
    ],
)
def test_encodings(data: bytes, encoding: str, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="teia"):
        text, found = decode_bytes(data, "doc.txt")
    assert text == PT
    assert found == encoding
    if encoding != "utf-8":
        assert any(f"read as {encoding.upper() if encoding.startswith('utf') else 'Windows-1252'}" in r.getMessage()
                   for r in caplog.records), [r.getMessage() for r in caplog.records]


def test_latin1_without_windows_characters(caplog) -> None:
    data = "Ação em São Paulo.\n".encode("latin-1")
    with caplog.at_level(logging.WARNING, logger="teia"):
        text, found = decode_bytes(data, "doc.txt")
    assert text == "Ação em São Paulo.\n" and found == "latin-1"
    assert any("Latin-1" in r.getMessage() for r in caplog.records)


def test_undecodable_and_binary_still_refused() -> None:
    with pytest.raises(InputError, match="undecodable"):
        decode_bytes(b"abc \x81\x8d\x8f\x90\x9d def", "doc.txt")  # bytes Windows-1252 leaves undefined
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x00\x01\x02abc" * 100, "doc.bin")


# --- size bound -------------------------------------------------------------------------
def test_device_is_one_line(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    line = one_line_error(teia("build", "/dev/zero", "-o", str(tmp_path / "out"), "--model", "blank", "-q"), "/dev/zero")
    assert "not a regular file" in line


def test_file_over_the_size_bound(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(reader, "MAX_DOCUMENT_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("palavra " * 500, encoding="utf-8")
    with pytest.raises(InputError, match=r"big.txt: larger than 1,000 bytes"):
        read_document(SourceFile(big, "big.txt"))


# --- folder builds ----------------------------------------------------------------------
def test_bad_file_in_a_folder_is_skipped(tmp_path: Path) -> None:
    src = tmp_path / "docs"
    src.mkdir()
    (src / "a.txt").write_text("Lenine fundou o Komintern em 1919.\n", encoding="utf-8")
    (src / "b.txt").write_text("", encoding="utf-8")
    (src / "c.txt").write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "out"
    result = teia("build", str(src), "-o", str(out), "--model", "blank", "-q")
    assert result.returncode == 0, result.stderr
    assert "b.txt: file is empty" in result.stderr and "c.txt: file looks binary" in result.stderr
    summary = [ln for ln in result.stderr.splitlines() if ln.startswith("built ")]
    assert summary and "1 documents" in summary[0] and "2 skipped (1 empty, 1 binary)" in summary[0]
    assert (out / "graph.nq").exists()

    strict = teia("build", str(src), "-o", str(tmp_path / "out2"), "--model", "blank", "-q", "--strict")
    one_line_error(strict, "b.txt: file is empty")
    assert not (tmp_path / "out2" / "graph.nq").exists()


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    src = tmp_path / "docs"
    src.mkdir()
    (src / "b.txt").write_text("", encoding="utf-8")
    (src / "c.txt").write_text("  \n", encoding="utf-8")
    result = teia("build", str(src), "-o", str(tmp_path / "out"), "--model", "blank", "-q")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"teia: error: no readable document: {src / 'b.txt'}: file is empty (and 1 more)"
    )
    assert not (tmp_path / "out").exists()  # no empty output folder left behind


def test_a_bad_file_named_alone_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    one_line_error(teia("build", str(tmp_path / "b.txt"), "-o", str(tmp_path / "out"), "--model", "blank", "-q"), "file is empty")


# --- numeric options --------------------------------------------------------------------
@pytest.mark.parametrize(
    "args,needle",
    [
        (("query", "{graph}", "SELECT * {{ ?s ?p ?o }}", "--timeout", "nan"), "--timeout"),
        (("query", "{graph}", "SELECT * {{ ?s ?p ?o }}", "--timeout", "inf"), "--timeout"),
        (("query", "{graph}", "SELECT * {{ ?s ?p ?o }}", "--timeout", "1e9"), "--timeout"),
        (("query", "{graph}", "SELECT * {{ ?s ?p ?o }}", "--timeout", "-1"), "--timeout"),
        (("serve", "{graph}", "--timeout", "nan"), "timeout"),
        (("serve", "{graph}", "--port", "-5"), "port"),
        (("serve", "{graph}", "--port", "70000"), "port"),
        (("export", "{graph}", "-f", "gexf", "-o", "{tmp}/x.gexf", "--min-confidence", "nan"), "--min-confidence"),
        (("build", "{graph}", "-o", "{tmp}/o", "-j", "100000"), "--processes"),
        (("build", "{graph}", "-o", "{tmp}/o", "-j", "0"), "--processes"),
        (("build", "{graph}", "-o", "{tmp}/o", "--workers", "100000"), "--workers"),
        (("push", "{graph}", "--endpoint", "http://127.0.0.1:1/store", "--parallel", "100000"), "--parallel"),
        (("push", "{graph}", "--endpoint", "http://127.0.0.1:1/store", "--retries", "-1"), "--retries"),
        (("query", "{graph}", "SELECT * {{ ?s ?p ?o }}", "--limit", "-1"), "--limit"),
    ],
)
def test_numeric_options_one_line(tmp_path: Path, args: tuple[str, ...], needle: str) -> None:
    graph = tmp_path / "g.nt"
    graph.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", encoding="utf-8")
    argv = [a.format(graph=graph, tmp=tmp_path) for a in args]
    one_line_error(teia(*argv), needle)


@pytest.mark.parametrize("seconds", [float("nan"), float("inf"), 1e9, 0, -1])
def test_library_timeouts_are_checked(seconds: float) -> None:
    from rdflib import Graph

    from teia.errors import QueryError
    from teia.graph.query import run_query
    from teia.graph.serve import ServerError, start_server

    with pytest.raises(QueryError, match="timeout must be"):
        run_query(Graph(), "SELECT * WHERE { ?s ?p ?o }", timeout=seconds)
    with pytest.raises(ServerError, match="timeout must be"):
        start_server("unused", port=0, timeout_s=seconds)
