"""Interface language: English source strings, Simplified Chinese by default (Qt translators).

The catalogue is ``resources/i18n/workbench_zh_CN.ts``; the ``.qm`` beside it is compiled with
``pyside6-lrelease`` (see :func:`compile_catalogue`). Qt's own strings (dialog buttons) come from
the qtbase catalogue shipped with PySide6.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from workbench.paths import resource

log = logging.getLogger("workbench.gui.i18n")

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
CATALOGUE = "workbench_zh_CN"

_installed: list[QTranslator] = []


def ts_path() -> Path:
    return resource("i18n", f"{CATALOGUE}.ts")


def qm_path() -> Path:
    return resource("i18n", f"{CATALOGUE}.qm")


def compile_catalogue(force: bool = False) -> Path:
    """Compile the .ts to .qm when the .qm is missing or older (source checkouts, tests)."""
    ts, qm = ts_path(), qm_path()
    if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent
                                                       / "pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def install_language(language: str) -> str:
    """Install the translators for ``language`` (``zh_CN`` or ``en``); returns what applies."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    if language == "en":
        QLocale.setDefault(QLocale("en_US"))
        return language
    QLocale.setDefault(QLocale("zh_CN"))
    qtbase = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qtbase.load("qtbase_zh_CN", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    else:
        log.warning("Qt's own zh_CN catalogue was not found in %s", qt_dir)
    ours = QTranslator(app)
    qm = qm_path()
    if not qm.exists() and ts_path().exists():
        try:
            compile_catalogue()
        except (OSError, subprocess.CalledProcessError):
            log.exception("could not compile %s", ts_path())
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("the interface catalogue %s could not be loaded", qm)
    return language


#: Families that carry Simplified Chinese glyphs on Windows, UOS/Kylin and Debian.
CJK_FAMILIES = ("Microsoft YaHei", "微软雅黑", "SimSun", "宋体", "Noto Sans CJK SC",
                "Noto Serif CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
                "WenQuanYi Micro Hei", "Droid Sans Fallback", "AR PL UMing CN")


def cjk_font_family() -> str | None:
    """A font family that can draw Simplified Chinese, or None."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for preferred in CJK_FAMILIES:
        if preferred in families:
            return preferred
    return families[0] if families else None


def tx(context: str, text: str) -> str:
    """``QCoreApplication.translate`` under a short name (lupdate: ``-tr-function-alias
    translate+=tx``), for module-level strings outside a QObject."""
    return QCoreApplication.translate(context, text)
