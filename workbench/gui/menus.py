"""The main window's menu bar; items follow the signed-in person's roles."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox

from workbench import APP_NAME, APP_NAME_ZH, __version__
from workbench.core.roles import Role
from workbench.logs import log_file

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow

from workbench.gui.i18n import tx

log = logging.getLogger("workbench.gui")


def role_name(role: Role | str) -> str:
    names = {
        "reviewer": tx("Menus", "Reviewer"),
        "supervisor": tx("Menus", "Supervisor"),
        "admin": tx("Menus", "Administrator"),
    }
    return names.get(str(role), str(role))


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(tx("Menus", "&File"))
    file_menu.addAction(window.import_action)
    file_menu.addAction(window.import_folder_action)
    file_menu.addSeparator()
    export_menu = file_menu.addMenu(tx("Menus", "&Export"))
    window.export_form_action = export_menu.addAction(tx("Menus", "Review form of this document…"))
    window.export_form_action.triggered.connect(lambda: _exports().export_review_form(window))
    window.export_copy_action = export_menu.addAction(
        tx("Menus", "Publishable copy of this document…"))
    window.export_copy_action.setObjectName("exportCopyAction")
    window.export_copy_action.triggered.connect(
        lambda: _exports().export_copy_of_current(window))
    export_menu.addSeparator()
    window.export_audit_action = export_menu.addAction(tx("Menus", "Audit trail…"))
    window.export_audit_action.triggered.connect(lambda: _exports().export_audit(window))
    window.export_stats_action = export_menu.addAction(tx("Menus", "Annual statistics…"))
    window.export_stats_action.triggered.connect(lambda: _exports().export_statistics(window))
    file_menu.addSeparator()
    quit_action = file_menu.addAction(tx("Menus", "&Quit"))
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)

    view_menu = bar.addMenu(tx("Menus", "&View"))
    view_menu.addAction(window.refresh_action)

    list_menu = bar.addMenu(tx("Menus", "&Negative list"))
    window.negative_list_action = list_menu.addAction(tx("Menus", "Browse and edit…"))
    window.negative_list_action.triggered.connect(lambda: open_negative_list(window))

    admin_menu = bar.addMenu(tx("Menus", "&Administration"))
    window.users_action = admin_menu.addAction(tx("Menus", "Users and roles…"))
    window.users_action.triggered.connect(lambda: _admin().open_users(window))
    window.dept_action = admin_menu.addAction(tx("Menus", "Department settings…"))
    window.dept_action.triggered.connect(lambda: _admin().open_settings(window))
    window.admin_menu = admin_menu

    help_menu = bar.addMenu(tx("Menus", "&Help"))
    logs = help_menu.addAction(tx("Menus", "Open the log folder"))
    logs.triggered.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))
    )
    about = help_menu.addAction(tx("Menus", "About"))
    about.triggered.connect(
        lambda: QMessageBox.about(
            window, tx("Menus", "About"), f"<b>{APP_NAME_ZH}</b><br>{APP_NAME} {__version__}"
        )
    )


def update_menus(window: MainWindow) -> None:
    user = window.ctx.user
    is_admin = bool(user and user.has(Role.ADMIN))
    window.users_action.setEnabled(is_admin)
    window.dept_action.setEnabled(is_admin)
    window.admin_menu.menuAction().setVisible(is_admin)


def open_negative_list(window: MainWindow) -> QAction | None:
    from workbench.gui.negative_list_view import NegativeListDialog

    dialog = NegativeListDialog(window.ctx, window)
    dialog.open()
    window.negative_list_dialog = dialog
    return None


def _exports():
    from workbench.gui import exports

    return exports


def _admin():
    from workbench.gui import admin

    return admin
