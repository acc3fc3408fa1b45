"""Render the main window offscreen for `workbench --self-test` (frozen or from source).

Uses a throwaway database in a temporary folder, so checking an installation never adds an
account or an audit event to the real one.
"""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from pathlib import Path

from workbench.services import users
from workbench.services.workspace import Workspace


def render_main_window(save_to: Path | None = None) -> tuple[int, int, float]:
    """Build the real main window, let it load, grab it; returns (width, height, seconds)."""
    # Before any QGuiApplication exists: a PC without a screen (a build server) must pass too.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from workbench.gui.app import create_application
    from workbench.gui.context import AppContext
    from workbench.gui.main_window import MainWindow

    start = time.perf_counter()
    app = QApplication.instance() or create_application(["workbench"])
    with tempfile.TemporaryDirectory(prefix="workbench-selftest-") as tmp:
        workspace = Workspace.open(str(Path(tmp) / "selftest.db"))
        password = secrets.token_urlsafe(16)
        users.create_first_admin(workspace, "selftest", password)
        ctx = AppContext(workspace)
        ctx.set_user(users.login(workspace, "selftest", password))
        window = MainWindow(ctx)
        try:
            window.resize(1280, 800)
            window.show()
            window.start()
            deadline = time.perf_counter() + 10
            while ctx.runner.running and time.perf_counter() < deadline:
                app.processEvents()
                ctx.runner.wait(50)
            app.processEvents()
            image = window.grab()
            if image.isNull() or image.width() == 0:
                raise RuntimeError("the main window rendered an empty image")
            if save_to is not None:
                image.save(str(save_to))
            size = (image.width(), image.height())
        finally:
            window.close()
            ctx.close()
    return size[0], size[1], time.perf_counter() - start
