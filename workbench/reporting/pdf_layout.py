"""Shared PDF pieces: paragraph styles in the CJK font, a bold heading, "第 n 页 共 m 页" pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from workbench.reporting.pdf_fonts import MONO_FONT, cjk_font


def style(size: float, *, leading: float | None = None, align: int = 0,
          mono: bool = False) -> ParagraphStyle:
    """A paragraph style; ``wordWrap='CJK'`` lets Chinese (and long hashes) break anywhere."""
    return ParagraphStyle(
        name=f"s{size}{align}{mono}", fontName=MONO_FONT if mono else cjk_font().name,
        fontSize=size, leading=leading or size * 1.35, alignment=align, wordWrap="CJK",
    )


def para(text: str | None, para_style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names and payloads may contain ``<`` or ``&``)."""
    # Runs of spaces separate a printed name from its date: keep them (HTML would collapse them).
    markup = escape(text or "").replace("  ", "&nbsp;&nbsp;").replace("\n", "<br/>")
    return Paragraph(markup, para_style)


class BoldHeading(Flowable):
    """A centred heading drawn filled *and* stroked: a bold look in a font without a bold face.

    Neither STSong-Light nor the usual system CJK fonts have a bold variant; official forms
    use 方正小标宋 for headings, which this approximates without changing the extracted text.
    """

    def __init__(self, text: str, size: float, *, space_after: float = 4) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.spaceAfter = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.size * 1.3

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(cjk_font().name, self.size)
        canvas.setLineWidth(self.size / 28)
        text = canvas.beginText()
        text.setTextRenderMode(2)  # fill + stroke
        text.setFont(cjk_font().name, self.size)
        width = canvas.stringWidth(self.text, cjk_font().name, self.size)
        text.setTextOrigin((self.width - width) / 2, self.size * 0.25)
        text.textOut(self.text)
        canvas.drawText(text)
        canvas.restoreState()


PageDecorator = Callable[[Canvas, int, int], None]


def numbered_canvas(decorate: PageDecorator) -> type[Canvas]:
    """A canvas class that knows the page count when each page is finished.

    reportlab lays pages out one at a time; to print "共 m 页" every page is kept until the
    document is complete, then ``decorate(canvas, page, pages)`` draws headers and footers.
    """

    class _NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name, overridden
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas
