"""A workspace on each engine with a department's accounts, and the fake extractor/scanner."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from argon2 import PasswordHasher

from tests.unit.services.fakes import FakeScanner, extract_text
from workbench.services import documents, passwords, scans, users
from workbench.services.actors import CurrentUser
from workbench.services.workspace import Workspace

PASSWORD = "s3cret-pass"


@pytest.fixture(autouse=True)
def _fast_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap hash parameters in tests; the product uses the library's memory-hard defaults."""
    cheap = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", lambda: cheap)


@pytest.fixture
def ws(db_url: str) -> Iterator[Workspace]:
    workspace = Workspace.open(db_url)
    yield workspace
    workspace.close()


@dataclass(frozen=True)
class Team:
    admin: CurrentUser
    rev: CurrentUser
    rev2: CurrentUser
    sup: CurrentUser
    sup2: CurrentUser
    sup3: CurrentUser
    both: CurrentUser  # reviewer and supervisor


@pytest.fixture
def team(ws: Workspace) -> Team:
    users.create_first_admin(ws, "admin", PASSWORD)
    admin = users.login(ws, "admin", PASSWORD)
    roles = {"rev": "reviewer", "rev2": "reviewer", "sup": "supervisor", "sup2": "supervisor",
             "sup3": "supervisor", "both": "reviewer,supervisor"}
    for name, role in roles.items():
        users.add_user(ws, admin, name, role, PASSWORD, display_name=name.upper())
    return Team(admin=admin, **{name: users.login(ws, name, PASSWORD) for name in roles})


@pytest.fixture
def scanner() -> FakeScanner:
    return FakeScanner()


TEXT = ("关于某项工作的通知（讨论稿）\n"
        "联系人：王某，电话13812345678。\n"
        "各单位请于月底前报送材料。\n"
        "咨询电话13812345678。\n")


def import_text(ws: Workspace, actor: CurrentUser, text: str = TEXT,
                name: str = "notice.txt", **kwargs) -> int:
    result = documents.import_document(ws, actor, text.encode("utf-8"), name,
                                       extractor=extract_text, **kwargs)
    return result.document_id


def scan(ws: Workspace, actor: CurrentUser, document_id: int, version: int,
         scanner: FakeScanner | None = None):
    return scans.scan_document(ws, actor, document_id, version,
                               scanner=scanner or FakeScanner())


def version_of(ws: Workspace, actor: CurrentUser, document_id: int) -> int:
    from workbench.services.queues import document_detail

    return document_detail(ws, actor, document_id).row.version


def events(ws: Workspace) -> list:
    """Every audit event (test-only peek below the services)."""
    from workbench.storage.audit import iter_events

    with ws.db.session(write=False) as session:
        return [(e.seq, e.action, e.outcome, e.actor_name, e.document_id, e.payload)
                for e in iter_events(session)]
