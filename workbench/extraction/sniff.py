"""detect_format: what a file is, from its content first and its name second."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from workbench.core.errors import InputFileError

PDF, DOCX, TXT, CONVERT = "pdf", "docx", "txt", "convert"

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_DOCX_EXT = {".docx", ".docm", ".dotx", ".dotm"}
_CONVERT_EXT = {".doc", ".dot", ".wps", ".wpt", ".rtf", ".odt", ".ott", ".fodt"}
_TEXT_EXT = {".txt", ".text", ".csv", ".md", ".log", ".htm", ".html", ".xml", ".json", ""}
_ODT_MIME = b"application/vnd.oasis.opendocument.text"
# Signatures of binary formats people may rename to .txt by mistake.
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b",
                 b"MZ", b"\x7fELF", b"II*\x00", b"MM\x00*", b"BM")


def _utf16_name(name: str) -> bytes:
    return name.encode("utf-16-le")


def _ole_kind(data: bytes) -> str:
    """Tell an encrypted OOXML package from a Word 97-2003 / WPS file by its stream names.

    Stream names sit in the compound file's directory as UTF-16; looking for them directly is
    enough to route the file (LibreOffice does the real parsing).
    """
    if _utf16_name("EncryptionInfo") in data or _utf16_name("EncryptedPackage") in data:
        return "encrypted"
    if _utf16_name("WordDocument") in data:
        return "word97"
    return "other"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "word/document.xml" in names or any(
                    n.startswith("word/") and n.endswith(".xml") for n in names):
                return "docx"
            if "mimetype" in names and z.getinfo("mimetype").file_size < 200 and \
                    z.read("mimetype").strip().startswith(_ODT_MIME):
                return "odt"
            if "OFD.xml" in names:
                return "ofd"
            return "zip"
    except Exception:  # any damage: the caller decides by the extension
        return "bad_zip"


def detect_format(data: bytes, filename: str) -> str:
    """The reader for these bytes: ``pdf``, ``docx``, ``txt`` or ``convert`` (LibreOffice).

    Content decides first (a .txt that is really a PDF is read as a PDF); the extension only
    breaks ties and picks the message when the content is not what the name says.

    Raises:
        InputFileError: empty_file, encrypted, not_a_docx, corrupt_file, unsupported_format,
            binary_junk.
    """
    if not data:
        raise InputFileError("The file is empty (0 bytes): ask the author for the complete file.",
                             code="empty_file")
    ext = PurePath(filename).suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if data.startswith(_ZIP):
        kind = _zip_kind(data)
        if kind == "docx":
            return DOCX
        if kind == "odt":
            return CONVERT
        if kind == "ofd":
            raise InputFileError(
                "OFD files cannot be read yet: export the document to PDF in the OFD reader "
                "and import the PDF.", code="unsupported_format")
        if kind == "bad_zip" or ext in _DOCX_EXT:
            return DOCX  # the docx reader reports the damage precisely
        raise InputFileError(
            "The file is a zip archive, not a document: unpack it and import the documents "
            "inside.", code="unsupported_format")
    if data.startswith(_OLE):
        kind = _ole_kind(data)
        if kind == "encrypted":
            raise InputFileError(
                "The document is password-protected: remove the password in Word/WPS (File > "
                "Info > Protect Document), or ask the author for an unprotected copy.",
                code="encrypted")
        if kind == "word97" or ext in _CONVERT_EXT:
            return CONVERT
        raise InputFileError(
            "The file is an Office file of a kind that cannot be read (not a Word document): "
            "save it as .docx or .pdf.", code="unsupported_format")
    if data.lstrip()[:5] == b"{\\rtf":
        return CONVERT
    if ext in _DOCX_EXT:
        raise InputFileError(
            f"The file is named {ext} but is not a Word document: check that it is the right "
            "file, or open it in Word/WPS and save it as .docx again.", code="not_a_docx")
    if ext == ".pdf":
        raise InputFileError(
            "The file is named .pdf but is not a PDF (no PDF header): ask the author for the "
            "real PDF.", code="corrupt_file")
    if ext in _CONVERT_EXT:
        return CONVERT  # HTML or XML saved as .doc: LibreOffice reads those too
    if data.startswith(_BINARY_MAGIC):
        if ext in _TEXT_EXT:
            raise InputFileError(
                "The file is not text (binary content with a text name): check that it is the "
                "right file.", code="binary_junk")
        raise InputFileError(
            f"Files of this kind ({ext or 'no extension'}) cannot be read: save the document as "
            ".docx, .pdf or .txt.", code="unsupported_format")
    return TXT  # the text reader refuses binary junk after trying the encodings
