"""The .pdf copy: redacted text gone from the file (not covered), other pages untouched."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from PIL import Image

from tests.helpers import docs
from tests.unit.reporting.conftest import pdftotext, squeeze
from tests.unit.reporting.redaction.conftest import find
from workbench.extraction import extract
from workbench.reporting import redaction
from workbench.reporting.redaction import RedactionLeakError, attribute_stamp, redact
from workbench.reporting.redaction.leakcheck import check_pdf_copy, needles

NAME, PHONE = "孙丽华", "13700001111"


def _with_annotation(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.docinfo["/Author"] = "陈起草"
        annot = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[50, 50, 80, 80],
            Contents=pikepdf.String("批注：电话请核实")))
        pdf.pages[1].obj.Annots = pikepdf.Array([annot])
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    data = _with_annotation(docs.pdf_text())
    ex = extract(data, "notice.pdf")
    redactions = [find(ex, NAME, subtype="person_name", hit_id=1),
                  find(ex, PHONE, subtype="mobile", style="asterisks", hit_id=2)]
    result = redact(data, ex, redactions, stamp=attribute_stamp("on_request", "footer"))
    path = tmp_path_factory.mktemp("pdf") / "copy.pdf"
    path.write_bytes(result.data)
    return result, path


def test_the_redacted_text_is_gone_from_the_file(copy) -> None:
    result, path = copy
    assert result.report.pages_rasterised == (1,)
    poppler = squeeze(pdftotext(path))
    assert NAME not in poppler and PHONE not in poppler
    with pdfplumber.open(path) as pdf:
        plumber = squeeze("".join(p.extract_text() or "" for p in pdf.pages))
    assert NAME not in plumber and PHONE not in plumber
    # Page 2 was not touched: its text layer is still there.
    assert squeeze(docs.PDF_PAGES[1][1]) in poppler and squeeze(docs.PDF_PAGES[1][1]) in plumber
    assert "（此件依申请公开）" in pdftotext(path)  # the stamp, on every page
    assert poppler.count("此件依申请公开") == 2


def test_metadata_and_annotations_are_cleared(copy) -> None:
    _, path = copy
    with pikepdf.open(path) as pdf:
        assert "/Author" not in pdf.docinfo and "/Metadata" not in pdf.Root
        assert all("/Annots" not in page.obj for page in pdf.pages)
    assert b"\xe6\x89\xb9\xe6\xb3\xa8" not in path.read_bytes()  # 批注, in any encoding qpdf left


def test_the_page_image_has_opaque_boxes_where_the_text_was(copy, tmp_path: Path) -> None:
    _result, path = copy
    binary = shutil.which("pdftoppm")
    if binary is None:
        pytest.skip("pdftoppm is not installed (apt-get install poppler-utils)")
    subprocess.run([binary, "-png", "-r", "60", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "page")], check=True, timeout=60)
    image = Image.open(tmp_path / "page-1.png").convert("L")
    ex = extract(docs.pdf_text(), "notice.pdf")
    start = ex.text.index(NAME)
    (box,) = ex.boxes_for(start + 1, start + 2)
    scale = 60 / 72
    centre = (int((box.x0 + box.x1) / 2 * scale), int((box.top + box.bottom) / 2 * scale))
    assert image.getpixel(centre) < 40  # black where 丽 was
    phone = ex.text.index(PHONE)
    (kept,) = ex.boxes_for(phone, phone + 1)  # "1" of 137, kept by the mobile norm
    assert image.getpixel((int(kept.x1 * scale) + 1, int(kept.bottom * scale) + 2)) > 200


def test_a_black_box_over_text_is_caught_as_a_leak() -> None:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, f"Tel {PHONE}")
    c.rect(95, 695, 90, 16, stroke=0, fill=1)  # looks redacted, is not
    c.showPage()
    c.save()
    data = out.getvalue()
    ex = extract(data, "covered.pdf")
    with pytest.raises(RedactionLeakError) as err:
        check_pdf_copy(data, needles([find(ex, PHONE, subtype="mobile", hit_id=9)]), "")
    assert err.value.params["hit_id"] == 9


def test_the_proof_catches_a_writer_that_only_covers(monkeypatch) -> None:
    data = docs.pdf_text()
    ex = extract(data, "notice.pdf")
    monkeypatch.setattr(redaction, "write_pdf",
                        lambda original, extracted, plan, stamp: (original, [], (), []))
    with pytest.raises(RedactionLeakError) as err:
        redact(data, ex, [find(ex, PHONE, subtype="mobile", hit_id=3)])
    assert err.value.params["found_by"] in ("workbench", "pdfplumber")


def test_placeholder_is_a_box_in_a_pdf_and_is_recorded_so() -> None:
    data = docs.pdf_text()
    ex = extract(data, "notice.pdf")
    result = redact(data, ex, [find(ex, NAME, style="placeholder")])
    assert [a.style for a in result.report.applied] == ["block"]


def test_a_character_without_a_box_is_refused_not_left_in_place() -> None:
    """Boxes are looked up in the file when the copy is written; one that cannot be found
    (here: the file changed under the index) stops the copy."""
    from workbench.core.errors import WorkbenchError
    from workbench.extraction.pdf_boxes import load_boxes

    data = docs.pdf_text()
    ex = extract(data, "notice.pdf")
    other = docs.pdf_text([["x" * 40] * 4, ["y" * 40] * 4])
    ex.box_source = load_boxes(ex.box_source.to_bytes(), other)
    with pytest.raises(WorkbenchError) as err:
        redact(data, ex, [find(ex, NAME, subtype="person_name", hit_id=1)])
    assert err.value.code == "redaction_unlocated"
    assert err.value.params["offset"] == ex.text.index(NAME)
