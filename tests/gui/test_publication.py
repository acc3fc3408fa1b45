"""After sign-off: four eyes from the services, mark as published, the publishable copy (and a
leak shown readably), reopen by a supervisor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from workbench.gui import errors, publish_panel
from workbench.gui.main_window import MainWindow
from workbench.services import documents, review, scans, signoff
from workbench.services.queues import document_detail

pytestmark = pytest.mark.gui

TEXT = "关于发放临时救助金的公示\n申请人张某，手机13912345678，住址略。\n"


def _approved(ctx, people, attribute: str = "proactive") -> int:
    """A document reviewed by 李审查 (all hits redacted) and signed off by 王审核."""
    ws, rev = ctx.workspace, people["reviewer"]
    result = documents.import_document(ws, rev, TEXT.encode("utf-8"), "公示.txt")
    version = scans.scan_document(ws, rev, result.document_id, result.change.version).change.version
    for hit in document_detail(ws, rev, result.document_id).hits:
        version = review.decide_hit(ws, rev, result.document_id, hit.hit_id, "redact",
                                    version).version
    version = review.propose_attribute(ws, rev, result.document_id, version, attribute,
                                       reason="依申请人申请", legal_ground="条例第二十七条"
                                       ).version
    version = signoff.submit_review(ws, rev, result.document_id, version).version
    signoff.approve_step(ws, people["supervisor"], result.document_id, version)
    return result.document_id


def _open(qtbot, ctx, user, document_id):
    ctx.set_user(user)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    view = window.open_document(document_id)
    qtbot.waitUntil(lambda: view.detail is not None)
    return window, view


def test_reviewer_marks_published_and_exports_the_copy(qtbot, ctx, people, tmp_path,
                                                        monkeypatch):
    document_id = _approved(ctx, people)
    window, view = _open(qtbot, ctx, people["reviewer"], document_id)
    panel = view.publication
    assert panel is not None and panel.publish is not None and panel.export_copy is not None
    assert panel.reopen is None  # reviewers do not reopen

    # Export from the File > Export menu: the suggested name is <title>-公开版.txt.
    suggested: list[str] = []

    def save_as(_parent, _title, where, _filters):
        suggested.append(Path(where).name)
        return str(tmp_path / Path(where).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.export_copy_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "last_export_message", None) is not None)
    assert suggested == ["公示-公开版.txt"]  # the title of a .txt is its file name
    copy = (tmp_path / suggested[0]).read_text(encoding="utf-8")
    assert "13912345678" not in copy and "■" in copy
    assert "SHA-256" in window.last_export_message.informativeText()
    window.last_export_message.done(0)

    monkeypatch.setattr(publish_panel, "ask_publication",
                        lambda _parent: (date(2026, 3, 2), "区政府门户网站"))
    panel.publish.click()
    qtbot.waitUntil(lambda: view.detail.row.state == "published")
    assert view.publication.publish is None
    assert "区政府门户网站" in view.publication.findChild(
        type(view.header), "publicationSummary").text()


def test_a_leak_is_shown_readably_and_nothing_is_saved(qtbot, ctx, people, tmp_path,
                                                       monkeypatch):
    from workbench.reporting.redaction import RedactionLeakError
    from workbench.services import publishing

    document_id = _approved(ctx, people)
    _window, view = _open(qtbot, ctx, people["reviewer"], document_id)

    def leaky(*_args, **_kwargs):
        raise RedactionLeakError("leak", hit_id=7, category="personal_privacy",
                                 subtype="mobile", preview="139…678", found_by="pdfplumber",
                                 also_unredacted=True)

    monkeypatch.setattr(publishing, "_make_copy", leaky)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "copy.txt"), ""))
    with qtbot.waitSignal(errors.reporter().shown) as shown:
        view.publication.export_copy.click()
    assert shown.args == ["redaction_leak"]
    box = errors.reporter().last_dialog
    text = box.text()
    assert "NOT saved" in text and "139…678" in text and "Mobile phone" in text
    assert "reopen the review" in text
    assert "Details" in box.informativeText()
    assert not (tmp_path / "copy.txt").exists()
    box.done(0)


def test_withheld_documents_offer_no_publication(qtbot, ctx, people):
    document_id = _approved(ctx, people, attribute="withheld")
    _window, view = _open(qtbot, ctx, people["reviewer"], document_id)
    assert view.publication is not None
    assert view.publication.publish is None and view.publication.export_copy is None


def test_supervisor_reopens_with_a_reason(qtbot, ctx, people, answer):
    document_id = _approved(ctx, people)
    _window, view = _open(qtbot, ctx, people["supervisor"], document_id)
    assert view.publication.reopen is not None and view.publication.publish is None
    answer.append("公开范围需要重新确认")
    view.publication.reopen.click()
    qtbot.waitUntil(lambda: view.detail.row.state == "returned"
                    or view.detail.row.state == "in_review")
    assert view.publication is None


def test_sign_off_buttons_follow_took_part(qtbot, ctx, people):
    from workbench.services import users

    ws = ctx.workspace
    users.add_user(ws, people["admin"], "both", ["reviewer", "supervisor"], "correct-horse-1",
                   "赵两岗")
    both = users.login(ws, "both", "correct-horse-1")
    result = documents.import_document(ws, both, "普通通知。\n".encode(), "n.txt")
    version = scans.scan_document(ws, both, result.document_id, result.change.version
                                  ).change.version
    version = review.propose_attribute(ws, both, result.document_id, version,
                                       "proactive").version
    signoff.submit_review(ws, both, result.document_id, version)
    _window, view = _open(qtbot, ctx, both, result.document_id)
    assert view.detail.took_part and view.signoff is not None and view.signoff.approve is None
    _window2, other = _open(qtbot, ctx, people["supervisor"], result.document_id)
    assert not other.detail.took_part and other.signoff.approve is not None
