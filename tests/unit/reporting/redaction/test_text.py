"""The .txt copy: masks in place, the original encoding, BOM and line endings kept."""

from __future__ import annotations

import codecs

import pytest

from tests.unit.reporting.redaction.conftest import find
from workbench.extraction import extract
from workbench.reporting import redaction
from workbench.reporting.redaction import RedactionLeakError, Stamp, attribute_stamp, redact

LINES = ["关于做好信息报送工作的通知", "联系人：钱多多，手机13812345678。",
         "身份证号450102199003071234，请保密。", "", "特此通知。"]
TRADITIONAL = ["關於做好資訊報送工作的通知", "聯絡人：錢多多，手機13812345678。",
               "身分證號450102199003071234，請保密。", "", "特此通知。"]


@pytest.mark.parametrize(("codec", "bom", "newline"), [
    ("utf-8", b"", "\n"),
    ("utf-8", codecs.BOM_UTF8, "\r\n"),
    ("gb18030", b"", "\r\n"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
    ("big5hkscs", b"", "\n"),
])
def test_masks_keep_encoding_bom_and_line_endings(codec: str, bom: bytes, newline: str) -> None:
    lines = TRADITIONAL if codec == "big5hkscs" else LINES
    data = bom + newline.join([*lines, ""]).encode(codec)
    ex = extract(data, "notice.txt")
    name = lines[1][4:7]
    copy = redact(data, ex, [find(ex, name, subtype="person_name", style="asterisks"),
                             find(ex, "13812345678", subtype="mobile"),
                             find(ex, "450102199003071234", subtype="id_card",
                                  style="asterisks")],
                  stamp=attribute_stamp("proactive", "footer"))
    assert copy.data.startswith(bom)
    text = copy.data[len(bom):].decode(codec)
    expected = list(lines)
    expected[1] = (lines[1].replace("多多", "**").replace("13812345678", "■" * 11))
    expected[2] = lines[2].replace("450102199003071234", "4501**********1234")
    stamp = "（此件公開發布）" if codec == "big5hkscs" else "（此件公开发布）"
    assert text == newline.join([*expected, stamp, ""])
    assert text.count("\r\n") == (len(lines) + 1 if newline == "\r\n" else 0)


def test_header_stamp_and_placeholder() -> None:
    data = "电话：13812345678\n无结尾换行".encode()
    ex = extract(data, "a.txt")
    copy = redact(data, ex, [find(ex, "13812345678", style="placeholder")],
                  stamp=Stamp("（此件依申请公开）", "header"))
    assert copy.data.decode() == "（此件依申请公开）\n电话：【已删除】\n无结尾换行"


def test_a_legacy_codepage_gets_ascii_masks() -> None:
    data = "Contact: M. Müller, café, phone 020 7946 0958.\r\n".encode("cp1252")
    ex = extract(data, "a.txt")
    assert ex.encoding == "cp1252"
    copy = redact(data, ex, [find(ex, "020 7946 0958", subtype="landline")],
                  stamp=attribute_stamp("proactive", "footer"))
    assert copy.data == "Contact: M. Müller, café, phone *** **** ****.\r\n".encode("cp1252")
    assert copy.report.warnings == ("stamp_unencodable:cp1252",)


def test_the_proof_catches_a_skipped_span(monkeypatch) -> None:
    data = "手机13812345678，备用13912345678。\n".encode()
    ex = extract(data, "a.txt")
    real = redaction.write_text
    monkeypatch.setattr(redaction, "write_text", lambda d, e, plan, s: real(
        d, e, type(plan)(plan.groups[:1], plan.applied), s))
    with pytest.raises(RedactionLeakError) as err:
        redact(data, ex, [find(ex, "13812345678", hit_id=1), find(ex, "13912345678", hit_id=2)])
    assert err.value.params["hit_id"] == 2
