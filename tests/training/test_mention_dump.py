"""``training/mention_dump.py``: a dump read back and drawn from, and a dump it cannot read named
in one line (no dependency on /work/shared/data)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def dump(training_module):
    return training_module("mention_dump")


def test_a_dump_is_read_back_without_its_header(dump, tmp_path):
    path = tmp_path / "dump.tsv"
    path.write_text(dump.HEADER + "3\t0\t6\tLOC\tRecife\tRecife ferve.\n\n", encoding="utf-8")
    assert dump.read_rows(path) == [("3", "0", "6", "LOC", "Recife", "Recife ferve.")]


def test_a_dump_it_cannot_read_is_one_line(dump, tmp_path):
    with pytest.raises(SystemExit, match="missing.tsv: cannot read it"):
        dump.read_rows(tmp_path / "missing.tsv")
    binary = tmp_path / "binary.tsv"
    binary.write_bytes(b"\x00\xff\xfe")
    with pytest.raises(SystemExit, match="binary.tsv: not UTF-8 text"):
        dump.read_rows(binary)
