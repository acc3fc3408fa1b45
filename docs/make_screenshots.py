"""Render the main screens to docs/screenshots/*.png (offscreen, Simplified Chinese, demo data).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py``
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"


class SyncPool:
    """Runs tasks at once, so each screen is complete when it is grabbed."""

    def start(self, runnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:
        return True

    def activeThreadCount(self) -> int:
        return 0


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="workbench-shots-")
    os.environ["WORKBENCH_HOME"] = home
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    from PySide6.QtWidgets import QApplication

    from workbench.gui import demo
    from workbench.gui.app import configure
    from workbench.gui.context import AppContext
    from workbench.gui.main_window import MainWindow
    from workbench.gui.negative_list_view import NegativeListDialog
    from workbench.gui.tasks import TaskRunner
    from workbench.services import negative_list, queues, review, signoff, users
    from workbench.services.workspace import Workspace

    app = QApplication(sys.argv[:1])
    configure(app, "zh_CN")
    OUT.mkdir(parents=True, exist_ok=True)
    ws = Workspace.open(f"sqlite:///{Path(home) / 'demo.db'}")
    users.create_first_admin(ws, "admin", "admin-password", "系统管理员")
    admin = users.login(ws, "admin", "admin-password")
    demo.create_demo_workspace(ws, admin)
    negative_list.add_department_term(ws, admin, category="personal_privacy", kind="exception",
                                      value="12345", note="政务服务便民热线，公开号码")
    negative_list.add_department_term(ws, admin, category="internal_affairs", kind="term",
                                      value="考核评分", note="本单位内部考核材料")
    reviewer = users.login(ws, "demo_reviewer", demo.DEMO_PASSWORD)
    supervisor = users.login(ws, "demo_supervisor", demo.DEMO_PASSWORD)

    runner = TaskRunner(None, db_pool=SyncPool(), cpu_pool=SyncPool())
    ctx = AppContext(ws, runner=runner)
    ctx.set_user(reviewer)
    window = MainWindow(ctx, demo=True)
    window.resize(1360, 820)
    window.show()
    window.start()
    app.processEvents()
    window.grab().save(str(OUT / "main_window.png"))

    page = queues.list_documents(ws, reviewer)
    relief = next(r for r in page.rows if "临时救助" in r.title)
    view = window.open_document(relief.document_id)
    # Half-way through a review: a few hits decided, the cursor on the next one.
    for hit in [h for h in view.hit_model.hits() if h.category == "personal_privacy"][:3]:
        view.select_hit(hit.hit_id)
        view.decide("redact")
    app.processEvents()
    window.grab().save(str(OUT / "review.png"))

    # Finish the review with the services, then let the supervisor open it.
    detail = queues.document_detail(ws, reviewer, relief.document_id)
    version = detail.row.version
    for hit in detail.hits:
        if hit.verdict is None:
            verdict = "redact" if hit.category == "personal_privacy" else "dismiss"
            version = review.decide_hit(ws, reviewer, relief.document_id, hit.hit_id, verdict,
                                        version, reason="公示稿定稿时删除").version
    version = review.propose_attribute(
        ws, reviewer, relief.document_id, version, "proactive",
        reason="救助结果依法应当公示，删除个人隐私信息后主动公开").version
    signoff.submit_review(ws, reviewer, relief.document_id, version)
    window.close_tab(window.tabs.indexOf(view))
    ctx.set_user(supervisor)
    window.queues.select("awaiting_my_signoff")
    view = window.open_document(relief.document_id)
    app.processEvents()
    window.grab().save(str(OUT / "signoff.png"))

    # Signed off: the reviewer sees the publication panel (publishable copy, mark published).
    signoff.approve_step(ws, supervisor, relief.document_id, view.detail.row.version,
                         comment="同意，按区分处理意见公开")
    window.close_tab(window.tabs.indexOf(view))
    ctx.set_user(reviewer)
    window.queues.select("signed_off")
    view = window.open_document(relief.document_id)
    app.processEvents()
    window.grab().save(str(OUT / "publication.png"))

    ctx.set_user(admin)
    dialog = NegativeListDialog(ctx, window)
    dialog.categories.setCurrentRow(7)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "negative_list.png"))
    dialog.tabs.setCurrentWidget(dialog.versions)
    app.processEvents()
    dialog.grab().save(str(OUT / "negative_list_versions.png"))
    dialog.close()
    window.close()
    ctx.close()
    for png in sorted(OUT.glob("*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
