"""The demo workspace offered on first run: sample drafts and two clearly marked demo accounts.

Created only when the person setting up ticks the demo box; never otherwise.
"""

from __future__ import annotations

import logging
from pathlib import Path

from workbench.core.errors import WorkbenchError
from workbench.paths import resource
from workbench.services import documents, scans, users
from workbench.services import settings as dept_settings
from workbench.services.actors import CurrentUser
from workbench.services.workspace import Workspace

log = logging.getLogger("workbench.gui.demo")

DEMO_PASSWORD = "demo-password"
#: (user name, roles, display name): the names say "demo" wherever they appear.
DEMO_ACCOUNTS = (
    ("demo_reviewer", ["reviewer"], "演示审查人（DEMO）"),
    ("demo_supervisor", ["supervisor"], "演示审核人（DEMO）"),
)
DEPARTMENT_SETTING = "department_name"


def sample_files() -> list[Path]:
    folder = resource("samples")
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".txt", ".docx", ".pdf"))


def save_department_name(ws: Workspace, admin: CurrentUser, name: str) -> None:
    """Store the department's name as a department setting (shared by every PC)."""
    if name:
        dept_settings.update_setting(ws, admin, DEPARTMENT_SETTING, name)


def create_demo_workspace(ws: Workspace, admin: CurrentUser) -> None:
    """Two demo accounts, then the sample drafts imported and scanned by the demo reviewer."""
    for username, roles, display in DEMO_ACCOUNTS:
        users.add_user(ws, admin, username, roles, DEMO_PASSWORD, display, demo=True)
    reviewer = users.login(ws, DEMO_ACCOUNTS[0][0], DEMO_PASSWORD)
    for path in sample_files():
        try:
            result = documents.import_document(ws, reviewer, path.read_bytes(), path.name)
            scans.scan_document(ws, reviewer, result.document_id, result.change.version or 0)
        except WorkbenchError:
            log.exception("demo sample %s could not be imported", path.name)
