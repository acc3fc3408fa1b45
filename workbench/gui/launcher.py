"""Start-up sequence of the window: application, database, first-run setup or sign-in."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog

from workbench.gui import settings
from workbench.gui.app import create_application, warn_missing_cjk_font
from workbench.gui.context import AppContext
from workbench.gui.errors import install_excepthook
from workbench.gui.login_dialog import LoginDialog
from workbench.gui.main_window import MainWindow
from workbench.gui.open_database import OpenDatabaseDialog
from workbench.gui.setup_dialog import SetupDialog
from workbench.heap import freeze_long_lived

log = logging.getLogger("workbench.gui")


def launch(db_url: str | None = None, language: str | None = None) -> int:
    app = create_application()
    if language:
        from workbench.gui.app import configure

        configure(app, language)
    install_excepthook()
    ctx = AppContext(None)
    # A first run without configuration opens the embedded database too: someone may have
    # set it up from the command line, and then the sign-in follows instead of the setup.
    opener = OpenDatabaseDialog(ctx, db_url)
    opener.start()
    if opener.exec() != QDialog.DialogCode.Accepted or opener.opened is None:
        ctx.close()
        return 0
    workspace, needs_admin = opener.opened.workspace, opener.opened.needs_first_admin
    demo = False
    if needs_admin:
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
    # The window's own widgets and models live as long as it does: keep them out of full
    # collections too, which would otherwise stall it during imports (workbench.heap).
    freeze_long_lived()
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
    return bool(settings.get("demo/db")) and settings.get("demo/db") == ctx.workspace.display
