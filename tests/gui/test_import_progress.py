"""The import dialog follows each file's phases (reading, extracting, scanning, saving) and
Cancel stops at the current file's next safe point, storing nothing half-done."""

from __future__ import annotations

import pytest

from workbench.gui.main_window import MainWindow
from workbench.gui.progress import TaskProgressDialog
from workbench.services.queues import list_documents

pytestmark = pytest.mark.gui


def _files(tmp_path):
    paths = []
    for i in range(3):
        path = tmp_path / f"通知{i}.txt"
        path.write_text(f"第{i}号通知（讨论稿）\n联系电话13912345678。\n", encoding="utf-8")
        paths.append(path)
    return paths


def _window(qtbot, ctx, user) -> MainWindow:
    ctx.set_user(user)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    return window


def test_each_files_phases_are_shown(qtbot, ctx, people, tmp_path, monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(TaskProgressDialog, "report",
                        lambda self, done, total, message="": seen.append(message))
    window = _window(qtbot, ctx, people["reviewer"])
    with qtbot.waitSignal(window.imported) as imported:
        window.import_paths(_files(tmp_path))
    assert len(imported.args[0]) == 3
    window.last_import_dialog.done(0)
    assert any("File 2 of 3: 通知1.txt" in m and "Extracting" in m for m in seen)
    assert any("Saving" in m for m in seen)


def test_cancel_stops_inside_the_current_file(qtbot, ctx, people, tmp_path, monkeypatch):
    def report(self, done, total, message=""):
        if "File 2 of 3" in message and "Extracting" in message:
            self.token.cancel()  # the person presses Cancel while file 2 is being read

    monkeypatch.setattr(TaskProgressDialog, "report", report)
    window = _window(qtbot, ctx, people["reviewer"])
    with qtbot.assertNotEmitted(window.imported):
        window.import_paths(_files(tmp_path))
    titles = {r.title for r in list_documents(ctx.workspace, people["reviewer"]).rows}
    assert titles == {"通知0"}  # file 2 was not half-stored, file 3 never started
