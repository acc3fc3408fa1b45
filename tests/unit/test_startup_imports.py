"""Heavy libraries stay off the start-up path (checked by module, never by the clock)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("jieba", "pdfplumber", "pdfminer", "pypdfium2", "pikepdf", "lxml", "docx",
         "openpyxl", "reportlab", "opencc")


def _loaded_after(statement: str) -> list[str]:
    code = (f"import sys\n{statement}\n"
            f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    return [m for m in result.stdout.strip().split(",") if m]


def test_opening_the_window_loads_no_document_or_export_library() -> None:
    assert _loaded_after("import workbench.gui.launcher, workbench.gui.main_window") == []


def test_the_command_line_loads_nothing_heavy_before_a_command_needs_it() -> None:
    assert _loaded_after("import workbench.cli; workbench.cli.build_parser()") == []
