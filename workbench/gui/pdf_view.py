"""A PDF page as an image with the hits' boxes drawn on it (rendered off the GUI thread)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

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
    #: (hit id, category, x0, y0, x1, y1) in image pixels
    boxes: tuple[tuple[int, str, float, float, float, float], ...]


def render_page(data: bytes, page_number: int, hits: list[HitView]) -> RenderedPage:
    """Worker side: render one page and locate each hit's text on it (PDFium text search)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[page_number - 1]
        height_pt = page.get_height()
        bitmap = page.render(scale=SCALE)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        pixels = bytes(bitmap.buffer)
        text_page = page.get_textpage()
        boxes = []
        for hit in hits:
            if hit.location.get("page") != page_number or not hit.text.strip():
                continue
            searcher = text_page.search(hit.text, match_case=True)
            found = searcher.get_next()
            if found is None:
                continue
            index, count = found
            for i in range(index, index + count):
                left, bottom, right, top = text_page.get_charbox(i)
                boxes.append((hit.hit_id, hit.category, left * SCALE,
                              (height_pt - top) * SCALE, right * SCALE,
                              (height_pt - bottom) * SCALE))
        return RenderedPage(page_number, width, height, stride, pixels, tuple(boxes))
    finally:
        pdf.close()


class PdfPageView(QWidget):
    """Shows the page of the current hit; boxes in the category colours."""

    def __init__(self, ctx: AppContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPage")
        self._ctx = ctx
        self._document_id = document_id
        self._data: bytes | None = None
        self._hits: list[HitView] = []
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
        if self._data is None:
            ops.original_bytes(ctx=self._ctx, parent=self, document_id=self._document_id
                               ).success(self._got_bytes).run_in_background()
        elif self._page:
            self._render(self._page)

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
        data, hits = self._data, list(self._hits)
        assert data is not None
        self._ctx.runner.run_task(lambda: render_page(data, page, hits), self._rendered,
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
        for hit_id, category, x0, y0, x1, y1 in r.boxes:
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
