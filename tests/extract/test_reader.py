from __future__ import annotations

import logging

import pytest

from teia.errors import InputError
from teia.extract.reader import decode_bytes, find_sources, read_documents


def write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_folder_reads_txt_and_md_but_not_readme(tmp_path):
    write(tmp_path / "a.txt", "Lenin chegou a Petrogrado.".encode())
    write(tmp_path / "sub" / "b.md", "# Título\n\nO Komintern.".encode())
    write(tmp_path / "README.md", b"about the corpus")
    write(tmp_path / "notes.csv", b"x,y")
    docs = list(read_documents([tmp_path]))
    assert [d.id for d in docs] == ["a.txt", "sub/b.md"]
    assert docs[1].title == "Título"
    assert docs[0].text == "Lenin chegou a Petrogrado."


def test_glob_and_duplicates_are_read_once(tmp_path):
    a = write(tmp_path / "a.txt", "Trotsky.".encode())
    write(tmp_path / "b.txt", "Stalin.".encode())
    sources = find_sources([str(tmp_path / "*.txt"), a])
    assert [s.doc_id for s in sources] == ["a.txt", "b.txt"]


def test_latin1_is_read_with_a_warning(tmp_path, caplog):
    write(tmp_path / "riga.txt", "O Tratado de Riga foi assinado em março de 1921.".encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="teia"):
        (doc,) = read_documents([tmp_path / "riga.txt"])
    assert doc.encoding == "latin-1"
    assert "março" in doc.text
    assert "read as Latin-1" in caplog.text


def test_crlf_is_normalized(tmp_path):
    write(tmp_path / "a.txt", b"linha um\r\nlinha dois\r\n")
    (doc,) = read_documents([tmp_path])
    assert doc.text == "linha um\nlinha dois\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "file is empty"),
        (b"  \n\t ", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks binary"),
        ("texto".encode("utf-8") + b"\x81\x82\x90 mais", "undecodable bytes"),
    ],
)
def test_bad_files_are_refused_with_their_name(tmp_path, data, message):
    path = write(tmp_path / "bad.txt", data)
    with pytest.raises(InputError) as err:
        list(read_documents([path]))
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_missing_path_empty_folder_and_unmatched_glob(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        find_sources([tmp_path / "nope.txt"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no documents"):
        find_sources([tmp_path / "empty"])
    with pytest.raises(InputError, match="matches no files"):
        find_sources([str(tmp_path / "*.txt")])


def test_same_id_from_two_places_is_an_error(tmp_path):
    a = write(tmp_path / "x" / "doc.txt", b"um")
    b = write(tmp_path / "y" / "doc.txt", b"dois")
    with pytest.raises(InputError, match="also used by"):
        find_sources([a, b])


def test_decode_prefers_utf8():
    text, enc = decode_bytes("Piłsudski".encode(), "x")
    assert (text, enc) == ("Piłsudski", "utf-8")
