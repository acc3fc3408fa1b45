"""Guard against a Qt binding that leaks references to None (PySide6 6.12.0 on CPython 3.11).

With that release every void Qt call dropped a reference to ``None``; on CPython 3.11, where
``None`` is an ordinary counted object, the application then aborted ("none_dealloc"). The
pin in pyproject.toml avoids it; this test stops a future upgrade from bringing it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTextEdit


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot) -> None:
    button = QPushButton()
    text = QPlainTextEdit()
    extra = QTextEdit()
    model = QStringListModel(["甲", "乙"])
    for widget in (button, text, extra):
        qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(500):
        button.setEnabled(True)
        text.setExtraSelections([])
        extra.setExtraSelections([])
        model.beginResetModel()
        model.endResetModel()
    assert sys.getrefcount(None) - before > -50
