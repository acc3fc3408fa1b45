"""A PDF page as an image with the hits' boxes drawn on it (rendered off the GUI thread)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from workbench.extraction.model import CharBox
from workbench.gui import labels, ops
from workbench.gui.context import AppContext
from workbench.services.results import HitView

log = logging.getLogger("workbench.gui.pdf")

SCALE = 1.5  # 108 dpi: readable on an office monitor, light enough to render quickly


@dataclass(frozen=True)
class RenderedPage:
    page: int  # 1-based
    width: int
    height: int
    stride: int
    pixels: bytes  # BGRA


def render_page(data: bytes, page_number: int) -> RenderedPage:
    """Worker side: render one page to pixels (the boxes come from the stored offsets)."""
    import pypdfium2 as pdfium

    from workbench.extraction.pdfium_doc import PDFIUM_LOCK

    # PDFium is not thread-safe: box look-ups and redaction may run in this process too.
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            # BGRx: four bytes a pixel, what QImage.Format_RGB32 reads on every platform.
            bitmap = pdf[page_number - 1].render(scale=SCALE, prefer_bgrx=True)
            return RenderedPage(page_number, bitmap.width, bitmap.height, bitmap.stride,
                                bytes(bitmap.buffer))
        finally:
            pdf.close()


def boxes_on_page(boxes_by_hit: Mapping[int, Sequence[CharBox]], categories: Mapping[int, str],
                  page: int) -> list[tuple[int, str, float, float, float, float]]:
    """(hit id, category, x0, y0, x1, y1) in image pixels: one rectangle per hit and line.

    Character boxes of one line are merged, so a hit reads as one marked stretch of text
    rather than a row of boxed characters.
    """
    rects: list[tuple[int, str, float, float, float, float]] = []
    for hit_id, boxes in boxes_by_hit.items():
        run: list[float] | None = None
        for b in (b for b in boxes if b.page == page):
            same_line = run is not None and b.top < run[3] and b.bottom > run[1]
            if run is not None and same_line:
                run = [min(run[0], b.x0), min(run[1], b.top), max(run[2], b.x1),
                       max(run[3], b.bottom)]
                continue
            if run is not None:
                rects.append((hit_id, categories.get(hit_id, ""), *(v * SCALE for v in run)))
            run = [b.x0, b.top, b.x1, b.bottom]
        if run is not None:
            rects.append((hit_id, categories.get(hit_id, ""), *(v * SCALE for v in run)))
    return rects


class PdfPageView(QWidget):
    """Shows the page of the current hit; boxes in the category colours."""

    def __init__(self, ctx: AppContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPage")
        self._ctx = ctx
        self._document_id = document_id
        self._data: bytes | None = None
        self._hits: list[HitView] = []
        self._boxes: dict[int, list[CharBox]] = {}
        self._page = 0
        self._current: int | None = None
        self.rendered: RenderedPage | None = None
        self.image = QLabel(self.tr("Loading the page…"))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_hits(self, hits: list[HitView]) -> None:
        self._hits = list(hits)
        ops.hit_boxes(ctx=self._ctx, parent=self, document_id=self._document_id
                      ).success(self._got_boxes).run_in_background()
        if self._data is None:
            ops.original_bytes(ctx=self._ctx, parent=self, document_id=self._document_id
                               ).success(self._got_bytes).run_in_background()

    def _got_boxes(self, boxes: dict[int, list[CharBox]]) -> None:
        self._boxes = boxes
        if self.rendered is not None:
            self._paint()

    def _got_bytes(self, named: tuple[str, bytes]) -> None:
        self._data = named[1]
        self._render(self._page or 1)

    def show_hit(self, hit: HitView) -> None:
        self._current = hit.hit_id
        page = int(hit.location.get("page") or 1)
        if self._data is not None and page != self._page:
            self._render(page)
        elif self.rendered is not None:
            self._paint()

    def _render(self, page: int) -> None:
        self._page = page
        data = self._data
        assert data is not None
        self._ctx.runner.run_task(lambda: render_page(data, page), self._rendered,
                                  self._failed, db=False)

    def _rendered(self, rendered: RenderedPage) -> None:
        if rendered.page != self._page:
            return
        self.rendered = rendered
        self._paint()

    def _failed(self, exc: BaseException) -> None:
        log.warning("page %s could not be rendered: %s", self._page, exc)
        self.image.setText(self.tr("The page could not be shown."))

    def _paint(self) -> None:
        r = self.rendered
        assert r is not None
        image = QImage(r.pixels, r.width, r.height, r.stride, QImage.Format.Format_RGB32).copy()
        pixmap = QPixmap.fromImage(image)
        painter = QPainter(pixmap)
        categories = {h.hit_id: h.category for h in self._hits}
        for hit_id, category, x0, y0, x1, y1 in boxes_on_page(self._boxes, categories, r.page):
            colour = labels.category_colour(category)
            fill = QColor(colour)
            fill.setAlpha(90)
            painter.fillRect(int(x0), int(y0), int(x1 - x0) + 1, int(y1 - y0) + 1, fill)
            pen = QPen(colour.darker(160 if hit_id == self._current else 120))
            pen.setWidth(2 if hit_id == self._current else 1)
            painter.setPen(pen)
            painter.drawRect(int(x0), int(y0), int(x1 - x0), int(y1 - y0))
        painter.end()
        self.image.setPixmap(pixmap)
