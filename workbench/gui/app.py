"""QApplication set-up: names, language, stylesheet, font and icon (one place, used by all)."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workbench import APP_ID, APP_NAME, __version__
from workbench.gui import settings
from workbench.gui.i18n import cjk_font_family, install_language, tx
from workbench.paths import resource

log = logging.getLogger("workbench.gui")

ORGANIZATION = "workbench"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The application object (reused when one exists, e.g. under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    configure(app)
    return app


def configure(app: QApplication, language: str | None = None) -> str:
    """Names, language, stylesheet and font; returns the language in use."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    icon = resource("icons", "app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    chosen = install_language(language or settings.get("language"))
    style = resource("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    family = cjk_font_family()
    if family:
        font = QFont(app.font())
        # Put the CJK family first so Chinese never falls back to a bitmap font.
        font.setFamilies([family, *font.families()])
        app.setFont(font)
    return chosen


def warn_missing_cjk_font(parent: QWidget | None, *, force: bool = False) -> bool:
    """Tell the user once (per PC) that no Chinese font is installed; True when warned."""
    if cjk_font_family() is not None:
        return False
    if settings.get("font_warning_shown") and not force:
        return False
    settings.put("font_warning_shown", True)
    log.warning("no CJK font found")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tx("App", "No Chinese font"),
        tx(
            "App",
            "No font with Chinese characters was found on this computer, so "
            "Chinese text may show as boxes. Ask IT to install a Chinese font "
            "(for example Noto Sans CJK SC or Microsoft YaHei).",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("fontWarning")
    box.open()
    return True


def keep_alive(obj: QObject) -> QObject:
    """Parent ``obj`` to the application so Python's GC does not close it early."""
    obj.setParent(QApplication.instance())
    return obj
