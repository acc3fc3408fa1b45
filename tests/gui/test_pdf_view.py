"""The PDF page view: the page image with each hit's exact boxes (by offset, not by search)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from workbench.gui.context import AppContext
from workbench.gui.pdf_view import SCALE, PdfPageView, boxes_on_page
from workbench.services import documents, queues, scans

MOBILE = "13912345678"


def _pdf_with_the_same_number_twice() -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    page.setFont("STSong-Light", 12)
    page.drawString(60, 780, "关于发放临时救助金的公示")
    page.drawString(60, 740, f"申请人张某芳，联系电话{MOBILE}，住址略。")
    page.drawString(60, 600, f"如有异议，请联系申请人本人（电话{MOBILE}）。")
    page.showPage()
    page.save()
    return out.getvalue()


def test_each_hit_is_boxed_where_it_is_even_when_its_text_repeats(qtbot, ctx: AppContext,
                                                                    people) -> None:
    reviewer = people["reviewer"]
    ctx.set_user(reviewer)
    imported = documents.import_document(ctx.workspace, reviewer,
                                         _pdf_with_the_same_number_twice(), "公示.pdf")
    scans.scan_document(ctx.workspace, reviewer, imported.document_id,
                        imported.change.version)
    detail = queues.document_detail(ctx.workspace, reviewer, imported.document_id)
    phones = [h for h in detail.hits if h.text == MOBILE]
    assert len(phones) == 2

    view = PdfPageView(ctx, imported.document_id)
    qtbot.addWidget(view)
    view.set_hits(list(detail.hits))
    qtbot.waitUntil(lambda: view.rendered is not None)
    categories = {h.hit_id: h.category for h in detail.hits}
    drawn = boxes_on_page(view._boxes, categories, 1)
    tops = {hit.hit_id: {round(y0) for hid, _, _, y0, _, _ in drawn if hid == hit.hit_id}
            for hit in phones}
    first, second = (tops[h.hit_id] for h in phones)
    assert len(first) == 1 and len(second) == 1  # one rectangle per hit on its line
    assert first != second  # two lines, not the first occurrence drawn twice
    assert len(drawn) == len({hid for hid, *_ in drawn})
    # Each box lies on the rendered page image.
    for _, _, x0, y0, x1, y1 in drawn:
        assert 0 <= x0 < x1 <= view.rendered.width
        assert 0 <= y0 < y1 <= view.rendered.height
    assert view.image.pixmap() is not None and not view.image.pixmap().isNull()
    assert round((842 - 740) * SCALE) - 30 < min(min(first), min(second)) < round(
        (842 - 600) * SCALE) + 30
