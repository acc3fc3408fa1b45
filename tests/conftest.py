"""Suite-wide fixtures: an isolated user folder, and a database on each engine."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import postgres

# Tests never open windows on a real screen, however pytest was started.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REQUIRE_POSTGRES = os.environ.get("WORKBENCH_REQUIRE_POSTGRES") == "1"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never read or write the real user's data folder or configuration."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    monkeypatch.delenv("WORKBENCH_DB_URL", raising=False)
    monkeypatch.delenv("WORKBENCH_DEPARTMENT", raising=False)
    return home


def _postgres_or_skip() -> None:
    if postgres.server_url() is None:
        if REQUIRE_POSTGRES:
            pytest.fail(postgres.unavailable_reason() + " (WORKBENCH_REQUIRE_POSTGRES=1)")
        pytest.skip(postgres.unavailable_reason())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, then a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'workbench.db'}"
        return
    _postgres_or_skip()
    with postgres.fresh_schema() as url:
        yield url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL schema only (for tests that are about the server)."""
    _postgres_or_skip()
    with postgres.fresh_schema() as url:
        yield url
