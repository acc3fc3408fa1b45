"""Builds the extraction fixtures in code: docx, PDF and text files, good and bad.

All text is written for these tests (government-style, invented people and numbers).
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass, field

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)

# ------------------------------------------------------------------ fixture text

TITLE = "关于开展2024年度政务公开工作考核的通知"
BODY = [
    "各县（市、区）人民政府，市政府各部门：",
    "为进一步做好政务公开工作，经研究，决定对各单位年度公开情况开展考核。",
    "联系人：王晓明，联系电话：13912345678。",
]
SPLIT_RUNS = ["请各单位于", "12月20日", "前报送自查报告。"]
TABLE = [["姓名", "身份证号码", "住址"],
         ["李建国", "110105194912310028", "朝阳区幸福路8号"]]
NESTED = [["嵌套甲", "嵌套乙"]]
INSERTED = "补充说明：考核结果将在门户网站公示。"
DELETED = "原联系人张卫东身份证号330106198001011234"
KEPT_BEFORE, KEPT_AFTER = "考核分为", "两个阶段。"
DELETED_MIDDLE = "三"
INSERTED_MIDDLE = "自查和抽查"
TEXTBOX_DML = "内部资料 注意保存"
TEXTBOX_VML_FALLBACK = "内部资料 注意保存"  # same text, as Word writes it: must appear once
TEXTBOX_VML_ONLY = "秘密★1年"
HEADER_DEFAULT = "市政务公开办公室"
HEADER_FIRST = "机密★5年"
HEADER_EVEN = "偶数页页眉：政务公开考核"
FOOTER_DEFAULT = "第一节页脚"
SECTION2_HEADER = "第二节页眉：附件"
SECTION2_BODY = "附件：考核评分细则（内部讨论稿）"
FOOTNOTE = "脚注：本通知所称单位包括各开发区管委会。"
ENDNOTE = "尾注：考核细则由市政务公开办公室负责解释。"
COMMENT = "批注：此处联系人电话请核实后再发布。"
COMMENT_AUTHOR = "赵审核"
AUTHOR, LAST_MODIFIED_BY, COMPANY, MANAGER = "陈起草", "刘修改", "某市人民政府办公室", "周主任"
CUSTOM_PROP = ("密级", "内部")


@dataclass
class Expected:
    """What a full docx fixture must yield: (part, text) pairs, each as one segment text."""

    pieces: list[tuple[str, str]] = field(default_factory=list)


def _p(xml: str):
    return parse_xml(xml.replace("<w:p>", f"<w:p {_NSDECL}>", 1))


def _tracked_changes_paragraph():
    return _p(
        "<w:p>"
        f"<w:r><w:t>{KEPT_BEFORE}</w:t></w:r>"
        f'<w:del w:id="11" w:author="刘修改" w:date="2024-01-02T00:00:00Z">'
        f"<w:r><w:delText>{DELETED_MIDDLE}</w:delText></w:r></w:del>"
        f'<w:ins w:id="12" w:author="刘修改" w:date="2024-01-02T00:00:00Z">'
        f"<w:r><w:t>{INSERTED_MIDDLE}</w:t></w:r></w:ins>"
        f"<w:r><w:t>{KEPT_AFTER}</w:t></w:r>"
        "</w:p>")


def _whole_paragraph_changes():
    return [
        _p(f'<w:p><w:ins w:id="13" w:author="刘修改"><w:r><w:t>{INSERTED}</w:t></w:r></w:ins>'
           "</w:p>"),
        _p(f'<w:p><w:del w:id="14" w:author="刘修改"><w:r><w:delText>{DELETED}</w:delText>'
           "</w:r></w:del></w:p>"),
    ]


def _textbox_paragraphs():
    dml = (
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" "
        "relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
        "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"page\"><wp:posOffset>0"
        "</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"page\"><wp:posOffset>0"
        "</wp:posOffset></wp:positionV><wp:extent cx=\"1828800\" cy=\"457200\"/>"
        "<wp:wrapNone/><wp:docPr id=\"5\" name=\"Text Box 5\"/>"
        "<a:graphic><a:graphicData "
        "uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        "<wps:wsp><wps:spPr/><wps:txbx><w:txbxContent>"
        f"<w:p><w:r><w:t>{TEXTBOX_DML}</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        "<v:shape id=\"tb5\" style=\"width:144pt;height:36pt\"><v:textbox><w:txbxContent>"
        f"<w:p><w:r><w:t>{TEXTBOX_VML_FALLBACK}</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>")
    vml = (
        "<w:p><w:r><w:pict><v:shape id=\"tb6\" style=\"width:100pt;height:30pt\">"
        f"<v:textbox><w:txbxContent><w:p><w:r><w:t>{TEXTBOX_VML_ONLY}</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    return [_p(dml), _p(vml)]


def _notes_xml(kind: str, text: str) -> bytes:
    tag = kind[:-1]  # footnotes -> footnote
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} xmlns:w="{W_NS}">'
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        f"</w:r></w:p></w:{tag}>"
        f'<w:{tag} w:id="1"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        f"</w:{tag}></w:{kind}>").encode()


_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
    '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    f"<Application>WPS Office</Application><Company>{COMPANY}</Company>"
    f"<Manager>{MANAGER}</Manager></Properties>").encode()
_CUSTOM_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
    '"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt='
    '"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
    f'name="{CUSTOM_PROP[0]}"><vt:lpwstr>{CUSTOM_PROP[1]}</vt:lpwstr></property>'
    "</Properties>").encode()


def rewrite_zip(data: bytes, replace: dict[str, bytes],
                edit: dict[str, callable] | None = None) -> bytes:
    """Copy a zip, replacing or adding members and editing others (name -> fn(bytes))."""
    edit = edit or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in replace:
                continue
            body = src.read(info.filename)
            if info.filename in edit:
                body = edit[info.filename](body)
            dst.writestr(info.filename, body)
        for name, body in replace.items():
            dst.writestr(name, body)
    return out.getvalue()


def _add_notes(data: bytes) -> bytes:
    def rels(body: bytes) -> bytes:
        extra = (
            '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/footnotes" Target="footnotes.xml"/>'
            '<Relationship Id="rIdEn" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/endnotes" Target="endnotes.xml"/>')
        return body.replace(b"</Relationships>", extra.encode() + b"</Relationships>")

    def types(body: bytes) -> bytes:
        extra = (
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxml'
            'formats-officedocument.wordprocessingml.footnotes+xml"/>'
            '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxml'
            'formats-officedocument.wordprocessingml.endnotes+xml"/>'
            '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxml'
            'formats-officedocument.custom-properties+xml"/>')
        return body.replace(b"</Types>", extra.encode() + b"</Types>")

    return rewrite_zip(
        data,
        {"word/footnotes.xml": _notes_xml("footnotes", FOOTNOTE),
         "word/endnotes.xml": _notes_xml("endnotes", ENDNOTE),
         "docProps/app.xml": _APP_XML, "docProps/custom.xml": _CUSTOM_XML},
        {"word/_rels/document.xml.rels": rels, "[Content_Types].xml": types},
    )


def docx_full() -> bytes:
    """A .docx with every part the reader must not miss (see the constants above)."""
    d = docx.Document()
    props = d.core_properties
    props.title, props.author, props.last_modified_by = TITLE, AUTHOR, LAST_MODIFIED_BY
    props.subject, props.keywords = "政务公开", "考核"

    d.add_paragraph(TITLE)
    for line in BODY:
        d.add_paragraph(line)
    p = d.add_paragraph()
    for chunk in SPLIT_RUNS:
        p.add_run(chunk)
    ref = d.add_paragraph("详见脚注")
    ref._p.append(parse_xml(f'<w:r {_NSDECL}><w:footnoteReference w:id="1"/></w:r>'))
    ref._p.append(parse_xml(f'<w:r {_NSDECL}><w:endnoteReference w:id="1"/></w:r>'))

    table = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    inner = table.cell(1, 2).add_table(rows=1, cols=2)
    for c, value in enumerate(NESTED[0]):
        inner.cell(0, c).text = value

    body = d.element.body
    sect = body[-1]  # the final w:sectPr must stay last
    for el in [_tracked_changes_paragraph(), *_whole_paragraph_changes(), *_textbox_paragraphs()]:
        sect.addprevious(el)

    commented = d.add_paragraph("请各单位认真落实。")
    d.add_comment(commented.runs, text=COMMENT, author=COMMENT_AUTHOR, initials="赵")

    s1 = d.sections[0]
    s1.different_first_page_header_footer = True
    d.settings.odd_and_even_pages_header_footer = True
    s1.header.paragraphs[0].text = HEADER_DEFAULT
    s1.first_page_header.paragraphs[0].text = HEADER_FIRST
    s1.even_page_header.paragraphs[0].text = HEADER_EVEN
    s1.footer.paragraphs[0].text = FOOTER_DEFAULT

    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.header.is_linked_to_previous = False
    s2.header.paragraphs[0].text = SECTION2_HEADER
    d.add_paragraph(SECTION2_BODY)

    out = io.BytesIO()
    d.save(out)
    return _add_notes(out.getvalue())


def docx_from_paragraphs(paragraphs: list[str]) -> bytes:
    """A plain .docx with one paragraph per string (benchmarks, simple tests)."""
    d = docx.Document()
    for line in paragraphs:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ PDFs

PDF_PAGES = [
    ["关于印发《2024年政府信息公开工作要点》的通知", "各区人民政府，市政府各委、办、局：",
     "现将工作要点印发给你们，请结合实际认真贯彻落实。", "联系人：孙丽华 电话：13700001111"],
    ["一、加强政策解读", "重要政策文件与解读材料同步起草、同步审签、同步发布。",
     "二、做好依申请公开", "依法依规答复申请人，答复期限为20个工作日。"],
]


def _cjk_canvas():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    return out, canvas.Canvas(out, pageCompression=1, invariant=1)


def pdf_text(pages: list[list[str]] | None = None, *, author: str | None = None,
             embed_font: str | None = None) -> bytes:
    """A PDF with a text layer: one line of 12 pt text per string.

    The font is reportlab's STSong-Light (a CID font the PDF only names, as many generated
    PDFs do) unless ``embed_font`` gives a TrueType/TTC file to embed as a subset (as Word and
    WPS do when exporting 公文).
    """
    out, c = _cjk_canvas()
    font = "STSong-Light"
    if embed_font:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        font = "Embedded-" + embed_font.rsplit("/", 1)[-1]
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font, embed_font, subfontIndex=0))
    if author:
        c.setAuthor(author)
    for lines in pages or PDF_PAGES:
        c.setFont(font, 12)
        y = 800
        for line in lines:
            c.drawString(56, y, line)
            y -= 20
        c.showPage()
    c.save()
    return out.getvalue()


def pdf_scan(*, stray_text: str | None = None) -> bytes:
    """Page 1 has text; page 2 is only a page-sized image (a scan), optionally with a stamp."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    out, c = _cjk_canvas()
    c.setFont("STSong-Light", 12)
    c.drawString(56, 800, "第一页有文字层。")
    c.showPage()
    img = Image.new("L", (200, 280), 255)
    for x in range(20, 180):
        img.putpixel((x, 40), 0)
    c.drawImage(ImageReader(img), 0, 0, width=595, height=842)
    if stray_text:
        c.setFont("STSong-Light", 9)
        c.drawString(20, 20, stray_text)
    c.showPage()
    c.save()
    return out.getvalue()


def raw_pdf(objects: list[bytes]) -> bytes:
    """Assemble numbered objects (1 = catalog) into a PDF with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


UNMAPPED_VISIBLE = "Hello"  # drawn in Helvetica beside the unmapped title


def pdf_unmapped() -> bytes:
    """A 公文-style title in a CID font with Identity-H and no ToUnicode (no way to Unicode)."""
    content = (b"BT /F1 22 Tf 72 720 Td <0101020203030404050506060707> Tj ET "
               b"BT /F2 12 Tf 72 690 Td (" + UNMAPPED_VISIBLE.encode() + b") Tj ET")
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
        b"/F1 5 0 R /F2 7 0 R >> >> /Contents 4 0 R >>"),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        (b"<< /Type /Font /Subtype /Type0 /BaseFont /FZXBSJW--GB1-0 /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] >>"),
        (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FZXBSJW--GB1-0 /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R "
        b"/DW 1000 >>"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        (b"<< /Type /FontDescriptor /FontName /FZXBSJW--GB1-0 /Flags 4 /FontBBox [0 -120 1000 "
        b"880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"),
    ])


def pdf_encrypted(*, user: str = "secret", owner: str = "owner") -> bytes:
    """The text PDF encrypted with pikepdf (user="" gives an owner-password-only file)."""
    import pikepdf

    src = pikepdf.open(io.BytesIO(pdf_text()))
    out = io.BytesIO()
    src.save(out, encryption=pikepdf.Encryption(owner=owner, user=user, R=6))
    return out.getvalue()


# ------------------------------------------------------------------ text and bad input

TEXT_SHORT = ["你", "你好", "通知", "你好，世界", "关于", "政务公开", "请示", "会议纪要"]
TEXT_LONG = ("关于做好2024年度政府信息公开工作的通知\n各有关单位：\n"
             "为贯彻落实条例要求，现就有关事项通知如下。一、提高认识，加强领导。"
             "二、突出重点，注重实效。联系电话：0771-5551234。\n")
TEXT_TRADITIONAL = ["政府資訊公開", "關於辦理", "中華民國", "會議紀錄", "臺灣"]
TEXT_LONG_TRADITIONAL = ("關於辦理一一三年度政府資訊公開業務之通知\n各機關：\n"
                         "為落實資訊公開制度，請各單位於期限內完成自我檢查，並將結果函報本府。\n")


def ole_compound_file(stream_names: list[str], *, stream_size: int = 4096) -> bytes:
    """A small but well-formed OLE compound file (CFB v3) holding the named streams.

    Encrypted OOXML (a password-protected .docx) is such a file with the streams
    EncryptionInfo and EncryptedPackage; a Word 97-2003 .doc has a WordDocument stream.
    """
    sector = 512
    free, end, fat_sect = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    per_stream = -(-stream_size // sector)
    fat = [fat_sect, end]  # sector 0: the FAT, sector 1: the directory
    starts = []
    for _ in stream_names:
        first = len(fat)
        starts.append(first)
        fat += [first + i + 1 for i in range(per_stream - 1)] + [end]
    fat += [free] * (sector // 4 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, child: int = free,
              right: int = free) -> bytes:
        raw = (name + "\0").encode("utf-16-le")
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<III", free, right, child) + bytes(16) + bytes(4) + bytes(16)
                + struct.pack("<IIQ", start, size, 0)[:12] + bytes(4))[:128]

    entries = [entry("Root Entry", 5, end, 0, child=1)]
    for i, (name, start) in enumerate(zip(stream_names, starts, strict=True)):
        right = i + 2 if i + 1 < len(stream_names) else free
        entries.append(entry(name, 2, start, stream_size, right=right))
    directory = b"".join(entries).ljust(sector, b"\0")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3,
              0xFFFE, 9, 6) + bytes(6) + struct.pack("<IIIIIIII", 0, 1, 1, 0, 4096, end, 0, end)
              + struct.pack("<I", 0) + struct.pack("<I", 0) + struct.pack("<108I", *[free] * 108))
    body = b"".join(bytes([65 + i % 26]) * (per_stream * sector) for i in range(len(starts)))
    return header.ljust(sector, b"\0") + struct.pack(f"<{sector // 4}I", *fat) + directory + body


def zip_bomb(*, inflated: int = 64 * 1024 * 1024) -> bytes:
    """A .docx-shaped zip whose document.xml inflates ~1000:1 (zeros compress extremely well)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(inflated // len(chunk)):
                fh.write(chunk)
    return out.getvalue()


def zip_many_members(count: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr("word/document.xml", "<w:document/>")
        for i in range(count):
            z.writestr(f"word/media/{i}.bin", b"")
    return out.getvalue()
