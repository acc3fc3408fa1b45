"""The negative-list dialog: categories from the services, term files both ways, versions and
their difference; the document table's hits-by-category column."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from workbench.gui import errors, negative_list_view
from workbench.gui.document_model import CATEGORY_COUNTS_ROLE, column_of
from workbench.gui.main_window import MainWindow
from workbench.gui.negative_list_view import NegativeListDialog
from workbench.services import documents, scans

pytestmark = pytest.mark.gui


def _dialog(qtbot, ctx, user) -> NegativeListDialog:
    ctx.set_user(user)
    dialog = NegativeListDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.categories.count() == 12)
    return dialog


def test_categories_come_from_the_service(qtbot, qtmodeltester, ctx, people):
    dialog = _dialog(qtbot, ctx, people["reviewer"])
    qtmodeltester.check(dialog.categories.model())
    qtmodeltester.check(dialog.table.model())
    dialog.categories.setCurrentRow(10)  # process information: discretionary
    assert "May be withheld" in dialog.info.text() and "rules" in dialog.info.text()
    assert dialog.version.text().startswith("List version: ")
    assert not dialog.import_button.isEnabled() and dialog.export_button.isEnabled()


def test_import_export_and_diff(qtbot, qtmodeltester, ctx, people, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, ctx, people["admin"])
    source = tmp_path / "terms.csv"
    source.write_text("类别,类型,词条,备注\n内部事务信息,词条,青松计划,项目代号\n"
                      "全部,例外,12345,办公电话\n", encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    monkeypatch.setattr(negative_list_view, "ask_import_mode", lambda _parent: "add")
    with qtbot.waitSignal(dialog.versions.diff_shown, timeout=5000) as shown:
        dialog.import_button.click()
    qtbot.waitUntil(lambda: len(dialog.terms) == 2)
    assert "2 added" in dialog.last_import_message
    dialog.import_done.done(0)
    # The versions tab compares the version before the import with the new one.
    qtmodeltester.check(dialog.versions.table.model())
    assert dialog.versions.table.rowCount() >= 2
    diff = shown.args[0]
    assert {c.category for c in diff.categories} == {"internal_affairs", "*"}
    assert "青松计划" in dialog.versions.diff.toPlainText()

    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: getattr(dialog, "last_export_message", None) is not None)
    assert target.exists()
    dialog.last_export_message.done(0)


def test_a_bad_row_is_named_in_the_error(qtbot, ctx, people, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, ctx, people["admin"])
    source = tmp_path / "bad.csv"
    source.write_text("类别,类型,词条\ninternal_affairs,term,好\nnowhere,term,坏\n",
                      encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    monkeypatch.setattr(negative_list_view, "ask_import_mode", lambda _parent: "replace")
    with qtbot.waitSignal(errors.reporter().shown) as shown:
        dialog.import_button.click()
    assert shown.args == ["terms_row_invalid"]
    text = errors.reporter().last_dialog.text()
    assert "Row 3" in text and "Unknown negative-list category" in text
    errors.reporter().last_dialog.done(0)
    assert dialog.terms == ()


def test_table_shows_hits_by_category(qtbot, qtmodeltester, ctx, people):
    ws, rev = ctx.workspace, people["reviewer"]
    text = "讨论稿\n联系人王某，手机13912345678，身份证110101199003074514。\n"
    result = documents.import_document(ws, rev, text.encode("utf-8"), "a.txt")
    scans.scan_document(ws, rev, result.document_id, result.change.version)
    ctx.set_user(rev)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtmodeltester.check(window.model)
    index = window.model.index(0, column_of("categories"))
    pairs = index.data(CATEGORY_COUNTS_ROLE)
    assert pairs[0][0] == "personal_privacy" and pairs[0][1] >= 2
    assert index.data().startswith("Privacy")
    assert "Personal privacy" in index.data(3)  # tooltip with the full names
    # The chips delegate paints without warnings (Qt warnings fail the test).
    window.table.viewport().grab()


def test_status_bar_shows_the_current_version(qtbot, ctx, people):
    from workbench.services import negative_list

    ctx.set_user(people["reviewer"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    version = negative_list.current_version(ctx.workspace, people["reviewer"])
    qtbot.waitUntil(lambda: version[:12] in window.list_label.text())
    assert window.list_label.toolTip() == version


def test_export_menu_offers_the_publishable_copy(qtbot, ctx, people, monkeypatch):
    ctx.set_user(people["reviewer"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda _p, _t, text: shown.append(text))
    window.export_copy_action.trigger()
    assert shown and "signed-off" in shown[0]


def test_demo_flag_reaches_the_users_dialog(qtbot, ctx, people):
    from workbench.gui.admin import UsersDialog
    from workbench.services import users

    users.add_user(ctx.workspace, people["admin"], "demo_x", ["reviewer"], "correct-horse-1",
                   demo=True)
    ctx.set_user(people["admin"])
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4)
    names = [dialog.table.item(r, 0).text() for r in range(4)]
    assert "demo_x  [DEMO]" in names and "li" in names

