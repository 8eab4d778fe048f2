"""Shared pytest fixtures for the whole suite."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"
SHARED_SCHEMAS = SHARED / "schemas"
TRAINING = ROOT / "training"


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
def training_module() -> Callable[[str], ModuleType]:
    """``training_module("convert")`` imports ``training/convert.py`` (scripts, not a
    package: loaded by path, once per session)."""

    def load(name: str) -> ModuleType:
        key = f"teia_training_{name}"
        if key not in sys.modules:
            spec = importlib.util.spec_from_file_location(key, TRAINING / f"{name}.py")
            module = importlib.util.module_from_spec(spec)
            sys.modules[key] = module
            spec.loader.exec_module(module)
        return sys.modules[key]

    return load


@pytest.fixture(scope="session", autouse=True)
def _teia_cache_dir(tmp_path_factory):
    """Teia's caches (the link knowledge-base lookup cache) go to a folder of this session, not
    to the user's cache folder; child processes inherit it."""
    saved = os.environ.get("TEIA_CACHE_DIR")
    os.environ["TEIA_CACHE_DIR"] = str(tmp_path_factory.mktemp("teia-cache"))
    yield
    if saved is None:
        os.environ.pop("TEIA_CACHE_DIR", None)
    else:
        os.environ["TEIA_CACHE_DIR"] = saved


@pytest.fixture(scope="session")
def shared_schemas() -> Path:
    if not SHARED_SCHEMAS.is_dir():
        pytest.skip("../shared/schemas is absent")
    return SHARED_SCHEMAS


@pytest.fixture(scope="session")
def blank_corpus_graph(tmp_path_factory):
    """The sample corpus built with rules only (no trained model): fast and model-independent;
    every graph file written (``formats="all"``)."""
    import teia

    out = tmp_path_factory.mktemp("blank-build")
    return teia.build(CORPUS, out=out, model="blank", formats="all"), out


@pytest.fixture(scope="session")
def corpus_graph(tmp_path_factory):
    """The sample corpus built with the default pipeline (the shipped model when present); every
    graph file written (``formats="all"``)."""
    import teia

    out = tmp_path_factory.mktemp("build")
    return teia.build(CORPUS, out=out, formats="all"), out


@pytest.fixture(scope="session")
def parsed_corpus():
    """The sample corpus's texts parsed by the shipped pipeline (skips without the model)."""
    from teia.extract.model import shipped_model_path
    from teia.extract.pipeline import PipelineConfig, create_pipeline

    if not (shipped_model_path() / "config.cfg").is_file():
        pytest.skip("the shipped model is not installed")
    nlp = create_pipeline(PipelineConfig())
    docs = [nlp(p.read_text("utf-8", "replace")) for p in sorted(CORPUS.glob("*.txt"))]
    assert sum(len(d) for d in docs) > 1000
    return docs


@pytest.fixture()
def link_kb(tmp_path):
    """``link_kb(rows)``: a linking knowledge base (``teia.extract.linking.LinkKB``) read from a
    file written here, one ``(title, type, uses, aliases, kb ids)`` row a line."""
    from teia.extract.linking import read_link_kb

    def make(rows):
        path = tmp_path / "link-kb.tsv"
        path.write_text("# teia-kb 1\n" + "".join("\t".join(map(str, r)) + "\n" for r in rows), encoding="utf-8")
        return read_link_kb(path)

    return make
