"""Negative-list editor, exports and administration dialogs, driven like a person would."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from workbench.gui import menus
from workbench.gui.admin import UsersDialog
from workbench.gui.main_window import MainWindow
from workbench.gui.negative_list_view import NegativeListDialog

pytestmark = pytest.mark.gui


def test_admin_adds_a_department_term(qtbot, ctx, people, answer):
    ctx.set_user(people["admin"])
    dialog = NegativeListDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.categories.setCurrentRow(7)  # personal privacy
    assert "第十五条" in dialog.info.text() and "个人信息保护法" in dialog.info.text()
    answer.append("青禾花园")
    dialog.add_term.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 1).text() == "青禾花园"


def test_audit_export_offers_the_folder(qtbot, ctx, people, tmp_path, monkeypatch):
    ctx.set_user(people["supervisor"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_audit_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "last_export_message", None) is not None)
    assert target.exists() and target.stat().st_size > 0
    assert str(target) in window.last_export_message.text()
    window.last_export_message.done(0)


def test_users_dialog_lists_accounts(qtbot, ctx, people):
    ctx.set_user(people["admin"])
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    names = {dialog.table.item(r, 0).text() for r in range(3)}
    assert names == {"admin", "li", "wang"}
    assert menus.role_name("supervisor") in dialog.table.item(
        next(r for r in range(3) if dialog.table.item(r, 0).text() == "wang"), 2).text()


def test_menus_follow_roles(qtbot, ctx, people):
    ctx.set_user(people["reviewer"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    assert not window.users_action.isEnabled()
    assert window.import_action.isEnabled()
    ctx.set_user(people["supervisor"])
    assert not window.import_action.isEnabled()
