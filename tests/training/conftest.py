"""Shared fixtures of the tests of ``training/`` (scripts, not a package: loaded by path)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

TRAINING = Path(__file__).resolve().parents[2] / "training"


@pytest.fixture(scope="session")
def training_module() -> Callable[[str], ModuleType]:
    """``training_module("convert")`` imports ``training/convert.py`` (once per session)."""

    def load(name: str) -> ModuleType:
        key = f"teia_training_{name}"
        if key not in sys.modules:
            spec = importlib.util.spec_from_file_location(key, TRAINING / f"{name}.py")
            module = importlib.util.module_from_spec(spec)
            sys.modules[key] = module
            spec.loader.exec_module(module)
        return sys.modules[key]

    return load
