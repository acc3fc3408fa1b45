"""The zh_CN catalogue is complete: every source string and every error code is translated,
and the visible strings of the real window are Chinese."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)

from workbench.gui import errors, i18n
from workbench.gui.app import configure
from workbench.gui.main_window import MainWindow
from workbench.gui.setup_dialog import SetupDialog

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name"), m.findtext("source"), m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


def test_catalogue_has_every_source_string(tmp_path):
    """lupdate over the sources finds nothing the committed catalogue lacks."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", "-tr-function-alias", "translate+=tx",
                    *map(str, sorted((ROOT / "workbench" / "gui").glob("*.py"))),
                    "-ts", str(fresh)], check=True)
    have = {(c, s) for c, s, _ in _messages(i18n.ts_path())}
    missing = [(c, s) for c, s, _ in _messages(fresh) if (c, s) not in have]
    assert not missing, f"run the lupdate command in resources/i18n/README.md: {missing[:5]}"


def test_every_entry_is_translated():
    untranslated = [(c, s) for c, s, t in _messages(i18n.ts_path())
                    if t is None or not (t.text or "").strip() or t.get("type") == "unfinished"]
    assert not untranslated, untranslated[:10]


def test_every_error_code_has_a_sentence():
    """Each ``code=`` a lower layer raises reaches people as a translated sentence."""
    pattern = re.compile(r'code="([a-z_]+)"')
    codes = set()
    for folder in ("core", "services", "storage", "extraction", "scanning"):
        for path in (ROOT / "workbench" / folder).rglob("*.py"):
            codes |= set(pattern.findall(path.read_text(encoding="utf-8")))
    missing = sorted(c for c in codes if errors.error_text(c) is None)
    assert not missing, missing


def _visible_strings(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QMenu):
            texts.append(child.title())
            texts.extend(a.text() for a in child.actions())
    return [t for t in texts if t]


def _english_only(texts: list[str]) -> list[str]:
    # Allowed Latin: file paths, user names, URLs, version numbers, format names.
    allowed = re.compile(r"^(\S+\.(db|xlsx|csv|pdf|docx)|postgresql://.*|.*\d+\.\d+\.\d+.*|"
                         r"English|PDF|CSV|OK)$")
    return [t for t in texts if re.search(r"[A-Za-z]{3,}", t) and not CJK.search(t)
            and not allowed.match(t.strip("&"))]


def test_window_shows_chinese(qtbot, ctx, people):
    app = QApplication.instance()
    configure(app, "zh_CN")
    try:
        ctx.set_user(people["admin"])
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.start()
        setup = SetupDialog(ctx)
        qtbot.addWidget(setup)
        shown = _visible_strings(window) + _visible_strings(setup)
        assert len(shown) > 40  # the check looks at the real widgets
        bad = _english_only(shown)
        header = window.table.model()
        bad += _english_only([str(header.headerData(i, __import__("PySide6.QtCore").QtCore.Qt
                                                    .Orientation.Horizontal))
                              for i in range(header.columnCount())])
        assert not bad, bad
    finally:
        configure(app, "en")
