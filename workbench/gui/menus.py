"""The main window's menu bar; items follow the signed-in person's roles."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox

from workbench import APP_NAME, APP_NAME_ZH, __version__
from workbench.core.roles import Role
from workbench.logs import log_file

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow

log = logging.getLogger("workbench.gui")


def _t(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def role_name(role: Role | str) -> str:
    names = {"reviewer": _t("Reviewer"), "supervisor": _t("Supervisor"),
             "admin": _t("Administrator")}
    return names.get(str(role), str(role))


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(_t("&File"))
    file_menu.addAction(window.import_action)
    file_menu.addAction(window.import_folder_action)
    file_menu.addSeparator()
    export_menu = file_menu.addMenu(_t("&Export"))
    window.export_form_action = export_menu.addAction(_t("Review form of this document…"))
    window.export_form_action.triggered.connect(lambda: _exports().export_review_form(window))
    window.export_audit_action = export_menu.addAction(_t("Audit trail…"))
    window.export_audit_action.triggered.connect(lambda: _exports().export_audit(window))
    window.export_stats_action = export_menu.addAction(_t("Annual statistics…"))
    window.export_stats_action.triggered.connect(lambda: _exports().export_statistics(window))
    file_menu.addSeparator()
    quit_action = file_menu.addAction(_t("&Quit"))
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)

    view_menu = bar.addMenu(_t("&View"))
    view_menu.addAction(window.refresh_action)

    list_menu = bar.addMenu(_t("&Negative list"))
    window.negative_list_action = list_menu.addAction(_t("Browse and edit…"))
    window.negative_list_action.triggered.connect(lambda: open_negative_list(window))

    admin_menu = bar.addMenu(_t("&Administration"))
    window.users_action = admin_menu.addAction(_t("Users and roles…"))
    window.users_action.triggered.connect(lambda: _admin().open_users(window))
    window.dept_action = admin_menu.addAction(_t("Department settings…"))
    window.dept_action.triggered.connect(lambda: _admin().open_settings(window))
    window.admin_menu = admin_menu

    help_menu = bar.addMenu(_t("&Help"))
    logs = help_menu.addAction(_t("Open the log folder"))
    logs.triggered.connect(lambda: QDesktopServices.openUrl(
        QUrl.fromLocalFile(str(log_file().parent))))
    about = help_menu.addAction(_t("About"))
    about.triggered.connect(lambda: QMessageBox.about(
        window, _t("About"), f"<b>{APP_NAME_ZH}</b><br>{APP_NAME} {__version__}"))


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
