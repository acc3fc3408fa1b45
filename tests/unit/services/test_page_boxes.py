"""Hit boxes of a stored PDF, on SQLite and PostgreSQL: looked up in the stored file."""

from __future__ import annotations

import json
import zlib

import pytest

from tests.helpers import docs
from tests.unit.services.conftest import Team, import_text
from workbench.core.errors import NotFoundError
from workbench.extraction.pdf import read_pdf
from workbench.services import documents, page_boxes, review
from workbench.services.queues import document_detail
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo

NAME, PHONE = "孙丽华", "13700001111"


def _marked_pdf(ws: Workspace, team: Team) -> tuple[int, dict[str, int]]:
    """The fixture PDF imported with the real reader, its name and phone marked by hand."""
    doc = documents.import_document(ws, team.rev, docs.pdf_text(), "notice.pdf").document_id
    text = document_detail(ws, team.rev, doc).text
    ids = {}
    for needle in (NAME, PHONE):
        start = text.index(needle)
        version = document_detail(ws, team.rev, doc).row.version
        change = review.add_manual_mark(ws, team.rev, doc, version, category="personal_privacy",
                                        start=start, end=start + len(needle))
        ids[needle] = change.detail("hit_ids")[0]
    return doc, ids


def test_hit_boxes_are_the_readers_boxes(ws: Workspace, team: Team) -> None:
    doc, ids = _marked_pdf(ws, team)
    fresh = read_pdf(docs.pdf_text())
    boxes = page_boxes.hit_boxes(ws, team.rev, doc)
    assert set(boxes) == set(ids.values())
    for needle, hit_id in ids.items():
        start = fresh.text.index(needle)
        assert boxes[hit_id] == fresh.boxes_for(start, start + len(needle))
        assert len(boxes[hit_id]) == len(needle) and {b.page for b in boxes[hit_id]} == {1}
    only = page_boxes.hit_boxes(ws, team.sup, doc, [ids[PHONE]])
    assert list(only) == [ids[PHONE]] and only[ids[PHONE]] == boxes[ids[PHONE]]
    start = fresh.text.index(PHONE)
    assert page_boxes.range_boxes(ws, team.rev, doc, [(start, start + 3)]) == [
        boxes[ids[PHONE]][:3]]


def test_the_database_holds_an_index_not_every_box(ws: Workspace, team: Team) -> None:
    doc, _ = _marked_pdf(ws, team)
    with ws.db.session(write=False) as session:
        blob = repo.document_text(session, doc).char_boxes
    assert json.loads(zlib.decompress(blob))["format"] == "pdf-lines/1"
    assert len(blob) < 200


@pytest.mark.parametrize("stored", ["every_box", "nothing"])
def test_rows_from_earlier_versions_still_give_boxes(ws: Workspace, team: Team,
                                                     stored: str) -> None:
    doc, ids = _marked_pdf(ws, team)
    expected = page_boxes.hit_boxes(ws, team.rev, doc)
    assert set(expected) == set(ids.values()) and all(expected.values())
    fresh = read_pdf(docs.pdf_text())
    blob = None
    if stored == "every_box":
        blob = zlib.compress(json.dumps(
            [None if b is None else [b.page, b.x0, b.top, b.x1, b.bottom]
             for b in fresh.char_boxes]).encode())
    with ws.db.session() as session:
        repo.document_text(session, doc).char_boxes = blob
    assert page_boxes.hit_boxes(ws, team.rev, doc) == expected


def test_text_documents_have_no_boxes_and_unknown_documents_are_refused(
        ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.rev)
    assert page_boxes.range_boxes(ws, team.rev, doc, [(0, 5)]) == [[]]
    with pytest.raises(NotFoundError):
        page_boxes.hit_boxes(ws, team.rev, 999)
