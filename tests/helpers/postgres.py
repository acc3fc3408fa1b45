"""Find a live PostgreSQL server for the tests, and give each test its own schema."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

import psycopg

CANDIDATE_URLS = (
    "postgresql://root@127.0.0.1:5432/test",
    "postgresql://postgres@127.0.0.1:5432/test",
)


@cache
def server_url() -> str | None:
    """A libpq URL of a reachable server, or None. ``WORKBENCH_TEST_PG_URL`` wins."""
    explicit = os.environ.get("WORKBENCH_TEST_PG_URL")
    candidates = (explicit,) if explicit else CANDIDATE_URLS
    for url in candidates:
        plain = url.replace("postgresql+psycopg://", "postgresql://")
        try:
            with psycopg.connect(plain, connect_timeout=3) as conn:
                conn.execute("select 1")
            return plain
        except psycopg.Error:
            continue
    return None


def unavailable_reason() -> str:
    explicit = os.environ.get("WORKBENCH_TEST_PG_URL")
    where = explicit or " or ".join(CANDIDATE_URLS)
    return f"no PostgreSQL server reachable at {where}"


@contextmanager
def fresh_schema() -> Iterator[str]:
    """Create an empty schema, yield a SQLAlchemy URL confined to it, drop it afterwards."""
    base = server_url()
    assert base is not None
    schema = f"wbtest_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'create schema "{schema}"')
    sep = "&" if "?" in base else "?"
    url = base.replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'drop schema "{schema}" cascade')
