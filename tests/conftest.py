"""Shared fixtures: temporary stores, the seed-like articles we wrote, a loaded spaCy model."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline import Storyline
from storyline.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("STORYLINE_DB", str(Path(config.rootpath) / ".pytest-default.db"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as s:
        yield s


@pytest.fixture
def sl(db_path: Path) -> Iterator[Storyline]:
    with Storyline(db_path) as s:
        yield s


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from storyline.nlp.model import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """Our own copies of the two seed articles, as bundled in examples/."""
    return REPO / "examples" / "seeds"
