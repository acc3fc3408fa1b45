"""Start-up sequence of the window: application, database, first-run setup or sign-in."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog

from workbench.config import config_path, resolve_db_url
from workbench.core.errors import WorkbenchError
from workbench.gui import settings
from workbench.gui.app import create_application, warn_missing_cjk_font
from workbench.gui.context import AppContext
from workbench.gui.errors import install_excepthook, show_error
from workbench.gui.login_dialog import LoginDialog
from workbench.gui.main_window import MainWindow
from workbench.gui.setup_dialog import SetupDialog
from workbench.services import users
from workbench.services.workspace import Workspace

log = logging.getLogger("workbench.gui")


def first_run(workspace: Workspace | None) -> bool:
    """No configuration and no account yet: ask the setup questions."""
    if workspace is None:
        return not config_path().exists()
    return users.needs_first_admin(workspace)


def launch(db_url: str | None = None, language: str | None = None) -> int:
    app = create_application()
    if language:
        from workbench.gui.app import configure

        configure(app, language)
    install_excepthook()
    ctx = AppContext(None)
    workspace: Workspace | None = None
    if db_url or config_path().exists():
        try:
            workspace = Workspace.open(resolve_db_url(db_url))
        except WorkbenchError as exc:
            show_error(exc)
            log.warning("could not open the configured database: %s", exc)
    else:
        # A first run with the embedded database: open it (empty) to see whether accounts
        # exist; someone may have set it up from the command line.
        workspace = Workspace.open(resolve_db_url(None))
    demo = False
    if workspace is None or first_run(workspace):
        if workspace is not None:
            workspace.close()
        setup = SetupDialog(ctx)
        if setup.exec() != QDialog.DialogCode.Accepted:
            ctx.close()
            return 0
        demo = setup.demo_created
    else:
        ctx.workspace = workspace
        login = LoginDialog(ctx, demo_hint=_has_demo_accounts(ctx))
        if login.exec() != QDialog.DialogCode.Accepted:
            ctx.close()
            return 0
    window = MainWindow(ctx, demo=demo or _has_demo_accounts(ctx))
    window.show()
    window.start()
    warn_missing_cjk_font(window)
    code = app.exec()
    ctx.close()
    return code


def _has_demo_accounts(ctx: AppContext) -> bool:
    """Whether this PC created a demo workspace in the open database (banner and hint only).

    Read from the window settings, not by trying the demo password: a probe would leave
    failed sign-ins in the audit trail.
    """
    if ctx.workspace is None:
        return False
    return bool(settings.get("demo/db")) and settings.get("demo/db") == \
        ctx.workspace.info().display
