"""The public API: content-first detection, limits, bad input, conversion."""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest

from tests.helpers import docs
from workbench.core.errors import InputFileError
from workbench.extraction import Limits, detect_format, extract, extract_path
from workbench.extraction import convert as convert_module


def _code(data: bytes, name: str, **kw) -> str:
    with pytest.raises(InputFileError) as err:
        extract(data, name, **kw)
    assert err.value.message and "\n" not in err.value.message
    return err.value.code


def test_content_decides_before_the_extension(full_docx, text_pdf):
    assert detect_format(text_pdf, "really-a-pdf.txt") == "pdf"
    assert extract(text_pdf, "really-a-pdf.txt").format == "pdf"
    assert extract(full_docx, "no-extension").format == "docx"
    assert detect_format("纯文本".encode(), "a.md") == "txt"
    assert detect_format(b"{\\rtf1\\ansi hello}", "a.txt") == "convert"
    assert detect_format(docs.ole_compound_file(["WordDocument"]), "a.wps") == "convert"


@pytest.mark.parametrize(("data", "name", "code"), [
    (b"", "a.docx", "empty_file"),
    (b"", "a.txt", "empty_file"),
    (b"this is not a zip", "a.docx", "not_a_docx"),
    (b"PK\x03\x04 truncated zip", "a.docx", "corrupt_file"),
    (b"just text", "a.pdf", "corrupt_file"),
    (b"%PDF-1.7\n1 0 obj", "a.pdf", "corrupt_file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(64), "a.png", "unsupported_format"),
    (b"\x89PNG\r\n\x1a\n" + bytes(64), "a.txt", "binary_junk"),
])
def test_bad_input_gets_a_typed_error(data, name, code):
    assert _code(data, name) == code


def test_truncated_docx_is_corrupt(full_docx):
    assert _code(full_docx[: len(full_docx) // 2], "a.docx") == "corrupt_file"


def test_zip_bomb_by_ratio_and_by_member_count():
    assert _code(docs.zip_bomb(), "a.docx") == "zip_bomb"
    assert _code(docs.zip_many_members(50), "a.docx", limits=Limits(max_zip_members=20)) \
        == "zip_bomb"


def test_zip_bomb_by_total_size_even_when_sizes_look_plausible(full_docx):
    assert _code(full_docx, "a.docx", limits=Limits(max_zip_uncompressed_bytes=10_000)) \
        == "zip_bomb"


def test_encrypted_ooxml_is_reported_as_encrypted():
    data = docs.ole_compound_file(["EncryptionInfo", "EncryptedPackage"])
    assert _code(data, "保密.docx") == "encrypted"


def test_size_limit_is_checked_before_parsing(tmp_path):
    assert _code(b"x" * 2048, "a.txt", limits=Limits(max_file_bytes=1024)) == "too_large"
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(InputFileError) as err:
        extract_path(path, limits=Limits(max_file_bytes=1024))
    assert err.value.code == "too_large"
    assert Limits().max_file_bytes == 200 * 1024 * 1024


def test_extract_path_reads_and_reports_missing_files(tmp_path):
    path = tmp_path / "通知.txt"
    path.write_bytes(docs.TEXT_LONG.encode("gbk"))
    assert extract_path(path).text == docs.TEXT_LONG
    with pytest.raises(InputFileError) as err:
        extract_path(tmp_path / "missing.txt")
    assert err.value.code == "unreadable_file"


def test_ofd_and_other_zips_are_unsupported():
    for member in ("OFD.xml", "notes.txt"):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            z.writestr(member, "x")
        assert _code(out.getvalue(), "a.ofd") == "unsupported_format"


@pytest.mark.parametrize("name", ["a.doc", "a.wps", "a.rtf", "a.odt"])
def test_conversion_unavailable_without_libreoffice(monkeypatch, name):
    monkeypatch.setattr(convert_module, "find_soffice", lambda: None)
    data = {".rtf": b"{\\rtf1 hello}"}.get(name[-4:], docs.ole_compound_file(["WordDocument"]))
    with pytest.raises(InputFileError) as err:
        extract(data, name)
    assert err.value.code == "conversion_unavailable"
    assert "LibreOffice" in err.value.message and ".docx" in err.value.message


def test_unexpected_reader_failure_becomes_an_input_error(monkeypatch, full_docx):
    from workbench.extraction import registry

    def broken(*args):
        raise ZeroDivisionError("bug")

    monkeypatch.setitem(registry.READERS, "docx", registry.Reader("docx", (), broken))
    assert _code(full_docx, "a.docx") == "corrupt_file"


@pytest.mark.skipif(convert_module.find_soffice() is None,
                    reason="LibreOffice (soffice) is not installed on this machine")
def test_real_conversion_of_rtf(tmp_path):  # pragma: no cover - needs LibreOffice
    rtf = b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}} \\f0 Conversion check 2024.\\par}"
    result = extract(rtf, "a.rtf")
    assert "Conversion check 2024." in result.text
    assert result.format == "rtf" and result.text_complete
    assert shutil.which("soffice") or shutil.which("libreoffice")
