"""Shared pytest fixtures for the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"
SHARED_SCHEMAS = SHARED / "schemas"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared Portuguese corpora; tests that need them skip when they are absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent")
    return SHARED_DATA


@pytest.fixture(scope="session")
def shared_schemas() -> Path:
    if not SHARED_SCHEMAS.is_dir():
        pytest.skip("../shared/schemas is absent")
    return SHARED_SCHEMAS


@pytest.fixture(scope="session")
def blank_corpus_graph(tmp_path_factory):
    """The sample corpus built with rules only (no trained model): fast and model-independent."""
    import teia

    out = tmp_path_factory.mktemp("blank-build")
    return teia.build(CORPUS, out=out, model="blank"), out


@pytest.fixture(scope="session")
def corpus_graph(tmp_path_factory):
    """The sample corpus built with the default pipeline (the shipped model when present)."""
    import teia

    out = tmp_path_factory.mktemp("build")
    return teia.build(CORPUS, out=out), out
