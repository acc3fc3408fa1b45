"""Errors become translated dialogs; bugs are logged with a traceback and a Copy button."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from workbench.core.errors import EnvironmentProblem, WorkflowError
from workbench.gui import errors

pytestmark = pytest.mark.gui


def _close(box: QMessageBox) -> None:
    box.done(0)


def test_known_code_gets_its_sentence(ui_app, qtbot):
    exc = WorkflowError("You took part", code="four_eyes")
    with qtbot.waitSignal(errors.reporter().shown, check_params_cb=lambda c: c == "four_eyes"):
        errors.show_error(exc)
    box = errors.reporter().last_dialog
    assert box is not None
    assert "four-eyes" in box.text()
    assert "You took part" in box.informativeText()
    _close(box)


def test_unknown_code_falls_back_to_its_family(ui_app):
    text, detail = errors.describe(EnvironmentProblem("server gone", code="pg_weird"))
    assert text == errors.error_text("environment")
    assert detail == "server gone"


def test_blockers_are_listed(ui_app):
    exc = WorkflowError("x", code="undecided_hits",
                        blockers=(("undecided_hits", "2 hits"), ("no_attribute", "none")))
    text, _ = errors.describe(exc)
    assert errors.error_text("undecided_hits") in text
    assert errors.error_text("no_attribute") in text


def test_bug_is_logged_and_copyable(ui_app, qtbot, caplog):
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        bug = exc
    with caplog.at_level(logging.ERROR, logger="workbench.gui.errors"), \
            qtbot.waitSignal(errors.reporter().shown, check_params_cb=lambda c: c == "bug"):
        errors.excepthook(type(bug), bug, bug.__traceback__)
    assert "unexpected error" in caplog.text
    assert caplog.records[-1].exc_info is not None
    box = errors.reporter().last_dialog
    assert "RuntimeError: boom" in box.detailedText()
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
    copy.click()
    assert "RuntimeError: boom" in QApplication.clipboard().text()
    assert box.isVisible()  # copying does not close the dialog
    _close(box)


def test_install_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    errors.install_excepthook()
    assert sys.excepthook is errors.excepthook
