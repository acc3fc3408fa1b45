"""The .pdf writer: pages with redactions become images with the boxes burnt in (their text is
gone from the file, not covered); other pages stay as they were; metadata and annotations go.

Why rasterise rather than edit content streams: removing glyphs from a content stream depends on
every font encoding, inline image and form XObject being understood, and one mistake leaves the
text in the file. An image of the page cannot carry text. The cost is that the redacted pages
lose their text layer (search, copy); untouched pages keep it.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections import defaultdict
from contextlib import ExitStack

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pikepdf import Dictionary, Name

from workbench.core.errors import WorkbenchError
from workbench.extraction import ExtractedText
from workbench.extraction.pdf import PDFIUM_LOCK
from workbench.reporting.redaction.masking import MaskPlan
from workbench.reporting.redaction.model import Stamp
from workbench.reporting.redaction.pdf_stamp import stamp_pages

log = logging.getLogger(__name__)

DPI = 150  # 公文 body text (16 pt 仿宋) stays sharp; an A4 page is ~0.2-0.5 MB
_PAD = 0.6  # points around each character box: anti-aliased glyph edges must not show
#: Catalog entries that can carry text or data nobody reviewed, or point at removed content.
_ROOT_DROP = ("/Metadata", "/Outlines", "/AcroForm", "/Names", "/OpenAction", "/AA",
              "/PieceInfo", "/SpiderInfo", "/Threads", "/Perms", "/Legal")
_PAGE_DROP = ("/Annots", "/Thumb", "/PieceInfo", "/Metadata", "/AA", "/B")

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (points, top-left origin)


def _boxes(extracted: ExtractedText, plan: MaskPlan) -> dict[int, list[Box]]:
    """The character boxes to burn out, by 1-based page (looked up in the file in one go)."""
    pages: dict[int, list[Box]] = defaultdict(list)
    located = extracted.boxes_at([(group.start, group.end) for group in plan.groups])
    for group, boxes in zip(plan.groups, located, strict=True):
        for i, offset in enumerate(range(group.start, group.end)):
            if not group.hidden[i]:
                continue
            loc = extracted.location_at(offset)
            if loc is not None and loc.part == "metadata":
                continue  # the document information is removed whole
            box = boxes[i] if i < len(boxes) else None
            if box is None:
                raise WorkbenchError(
                    "A redacted character has no position on its page, so it cannot be "
                    "removed from the picture of the page: mark the area by hand.",
                    code="redaction_unlocated", offset=offset)
            pages[box.page].append((box.x0, box.top, box.x1, box.bottom))
    return pages


def _render(data: bytes, pages: dict[int, list[Box]]) -> dict[int, tuple[bytes, int, int,
                                                                          float, float]]:
    """Each affected page drawn with opaque boxes, as (RGB bytes, px w, px h, pt w, pt h)."""
    out = {}
    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(data)
        try:
            for number, boxes in pages.items():
                page = doc[number - 1]
                try:
                    left, _, _, top = page.get_mediabox()
                    for x0, y0, x1, y1 in boxes:
                        # Boxes go into the page itself before rendering, so rotation and
                        # crop boxes are handled by PDFium exactly as for the glyphs.
                        rect = pdfium_c.FPDFPageObj_CreateNewRect(
                            left + x0 - _PAD, top - y1 - _PAD, x1 - x0 + 2 * _PAD,
                            y1 - y0 + 2 * _PAD)
                        pdfium_c.FPDFPageObj_SetFillColor(rect, 0, 0, 0, 255)
                        pdfium_c.FPDFPath_SetDrawMode(rect, pdfium_c.FPDF_FILLMODE_WINDING, 0)
                        pdfium_c.FPDFPage_InsertObject(page.raw, rect)
                    pdfium_c.FPDFPage_GenerateContent(page.raw)
                    width, height = page.get_size()
                    bitmap = page.render(scale=DPI / 72, draw_annots=False,
                                         may_draw_forms=False)
                    image = bitmap.to_pil().convert("RGB")
                    out[number] = (image.tobytes(), image.width, image.height, width, height)
                finally:
                    page.close()
        finally:
            doc.close()
    return out


def _replace_page(pdf: pikepdf.Pdf, page: pikepdf.Page,
                  image: tuple[bytes, int, int, float, float]) -> None:
    """Turn the page into one image; the page object stays (links and bookmarks to it too)."""
    raw, px_w, px_h, width, height = image
    xobject = pikepdf.Stream(pdf, zlib.compress(raw, 6))
    xobject.Type, xobject.Subtype = Name.XObject, Name.Image
    xobject.Width, xobject.Height, xobject.BitsPerComponent = px_w, px_h, 8
    xobject.ColorSpace, xobject.Filter = Name.DeviceRGB, Name.FlateDecode
    obj = page.obj
    for key in list(obj.keys()):
        if key not in ("/Type", "/Parent"):
            del obj[key]
    # Explicit values: a page inherits MediaBox, Rotate and Resources from its parents.
    box = [0, 0, width, height]
    obj.MediaBox, obj.CropBox, obj.Rotate = box, box, 0
    obj.Resources = Dictionary(XObject=Dictionary(Redacted=xobject))
    obj.Contents = pdf.make_stream(f"q {width:.4f} 0 0 {height:.4f} 0 0 cm /Redacted Do Q"
                                   .encode())


def write_pdf(data: bytes, extracted: ExtractedText, plan: MaskPlan,
              stamp: Stamp | None) -> tuple[bytes, list[str], tuple[int, ...], list[str]]:
    """Returns (bytes, cleaned, rasterised pages, warnings)."""
    pages = _boxes(extracted, plan)
    images = _render(data, pages) if pages else {}
    cleaned = {"metadata"}
    warnings: list[str] = []
    with ExitStack() as stack:
        pdf = stack.enter_context(pikepdf.open(io.BytesIO(data)))
        for number, image in sorted(images.items()):
            _replace_page(pdf, pdf.pages[number - 1], image)
        for page in pdf.pages:
            for key in _PAGE_DROP:
                if key in page.obj:
                    del page.obj[key]
                    cleaned.add("annotations" if key == "/Annots" else "page_extras")
        for key in _ROOT_DROP:
            if key in pdf.Root:
                del pdf.Root[key]
                cleaned.add(key.strip("/").lower())
        if images and "/StructTreeRoot" in pdf.Root:
            # The tags point into content that no longer exists and may quote it (ActualText).
            del pdf.Root["/StructTreeRoot"]
            if "/MarkInfo" in pdf.Root:
                del pdf.Root["/MarkInfo"]
            cleaned.add("structure")
        if "/Info" in pdf.trailer:
            del pdf.trailer["/Info"]
        if stamp is not None:
            warnings += stamp_pages(pdf, stamp, stack)
        out = io.BytesIO()
        # A full rewrite: earlier incremental revisions (with the old text) are not kept.
        pdf.save(out, fix_metadata_version=False, deterministic_id=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue(), sorted(cleaned), tuple(sorted(images)), warnings
