"""The attribute line on every PDF page: a small overlay at the foot (or head) of the page."""

from __future__ import annotations

import io
from contextlib import ExitStack

import pikepdf
from reportlab.pdfgen import canvas

from workbench.reporting.pdf_fonts import cjk_font
from workbench.reporting.redaction.model import Stamp

FONT_SIZE = 10.5  # 五号
_MARGIN = 28  # points from the page edge (about 1 cm)


def _overlay(stamp: Stamp, box: tuple[float, float, float, float]) -> pikepdf.Pdf:
    x0, y0, x1, y1 = box
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(x1 - x0, y1 - y0), invariant=1)
    c.setFont(cjk_font().name, FONT_SIZE)
    y = _MARGIN if stamp.position == "footer" else (y1 - y0) - _MARGIN - FONT_SIZE
    c.drawCentredString((x1 - x0) / 2, y, stamp.text)
    c.showPage()
    c.save()
    return pikepdf.open(io.BytesIO(buffer.getvalue()))


def _visible_box(page: pikepdf.Page) -> tuple[float, float, float, float]:
    box = page.cropbox if "/CropBox" in page.obj else page.mediabox
    return tuple(float(v) for v in box)  # type: ignore[return-value]


def stamp_pages(pdf: pikepdf.Pdf, stamp: Stamp, stack: ExitStack) -> list[str]:
    """Overlay the line on every page; returns warnings (rotated pages are left unstamped).

    The overlay documents are registered on ``stack``: qpdf copies their streams lazily, so
    they stay open until the stamped file has been saved.
    """
    warnings: list[str] = []
    overlays: dict[tuple[float, float, float, float], pikepdf.Pdf] = {}
    for number, page in enumerate(pdf.pages, 1):
        if int(page.obj.get("/Rotate", 0)) % 360:
            warnings.append(f"stamp_skipped_rotated_page:{number}")
            continue
        box = _visible_box(page)
        if box not in overlays:
            overlays[box] = stack.enter_context(_overlay(stamp, box))
        page.add_overlay(overlays[box].pages[0], pikepdf.Rectangle(*box))
    return warnings
