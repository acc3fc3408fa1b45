"""Plain text: every encoding an office meets, short samples too, and line mapping."""

from __future__ import annotations

import codecs
import itertools

import pytest

from tests.helpers import docs
from workbench.core.errors import InputFileError
from workbench.extraction import extract
from workbench.extraction.encoding import decode
from workbench.extraction.text import read_text

ALL_SIMPLIFIED = [*docs.TEXT_SHORT, docs.TEXT_LONG]


@pytest.mark.parametrize("sample", ALL_SIMPLIFIED)
@pytest.mark.parametrize("codec", ["gbk", "gb18030", "utf-8"])
def test_simplified_chinese_in_every_encoding_without_bom(sample, codec):
    text, _ = decode(sample.encode(codec))
    assert text == sample


@pytest.mark.parametrize("sample", [docs.TEXT_LONG, "政务公开 2024", "通知：", "会议纪要（第3期）"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(sample, codec):
    text, found = decode(sample.encode(codec))
    assert (text, found) == (sample, codec)


def test_short_ambiguous_bytes_prefer_gbk():
    """Two bytes of all-Chinese BOM-less UTF-16, or two Big5 characters that are also two
    common GBK ones, cannot be told apart; the mainland default (GB18030) wins such a tie."""
    assert decode("端渡".encode("gbk")) == ("端渡", "gb18030")
    assert decode("傷傾".encode("big5")) == ("端渡", "gb18030")


@pytest.mark.parametrize("sample", [*docs.TEXT_TRADITIONAL, docs.TEXT_LONG_TRADITIONAL])
def test_big5_traditional_chinese(sample):
    text, codec = decode(sample.encode("big5"))
    assert text == sample
    assert codec in ("cp950", "big5hkscs")


@pytest.mark.parametrize(("bom", "codec"), [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le"),
])
def test_byte_order_marks(bom, codec):
    result = read_text(bom + docs.TEXT_LONG.encode(codec))
    assert result.text == docs.TEXT_LONG
    assert not result.text.startswith("\ufeff")


def test_every_common_two_character_word_in_gbk_decodes_exactly():
    """Short GBK text is where statistical detectors produce mojibake."""
    from workbench.extraction._common_hanzi import SIMPLIFIED

    wrong = [a + b for a, b in itertools.pairwise(SIMPLIFIED)
             if decode((a + b).encode("gbk"))[0] != a + b]
    assert wrong == []


def test_every_four_character_run_of_real_traditional_text_in_big5_decodes_exactly():
    """Windows of real sentences (not sorted character lists, whose Big5 codes happen to run
    parallel to common GBK codes and are ambiguous by construction)."""
    import opencc

    source = docs.TEXT_LONG_TRADITIONAL + opencc.OpenCC("s2t").convert(docs.TEXT_LONG)
    source = "".join(c for c in source if c.encode("big5", "ignore"))
    words = [source[i:i + 4] for i in range(len(source) - 3)]
    wrong = [w for w in words if decode(w.encode("big5"))[0] != w]
    assert wrong == []


def test_gbk_long_document_with_crlf():
    raw = docs.TEXT_LONG.replace("\n", "\r\n") * 50
    result = extract(raw.encode("gbk"), "通知.txt")
    assert result.encoding == "gb18030"
    assert result.text == docs.TEXT_LONG * 50
    assert "\r" not in result.text


def test_lines_map_back_to_the_source_lines():
    source = "第一行\r\n\r\n第三行：身份证号110105194912310028\n第四行\r最后一行"
    result = read_text(source.encode("gb18030"))
    source_lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for seg in result.segments:
        assert seg.location.part == "text"
        assert result.text[seg.start:seg.end] == source_lines[seg.location.line - 1]
    assert [s.location.line for s in result.segments] == [1, 3, 4, 5]
    hit = result.text.index("110105")
    assert result.location_at(hit).line == 3


def test_western_text_is_not_taken_for_chinese():
    assert decode("Café crème, déjà vu".encode("cp1252"))[0] == "Café crème, déjà vu"
    assert decode("Привет, как дела".encode("cp1251"))[0] == "Привет, как дела"


@pytest.mark.parametrize("junk", [
    bytes(range(256)) * 4,
    b"\x89PNG\r\n\x1a\n" + bytes(64),
    b"\x00\x01\x02\x03binary\xff\xfe\xfd" * 30,
    b"MZ\x90\x00\x03" + bytes(200),
])
def test_binary_junk_named_txt_is_rejected(junk):
    with pytest.raises(InputFileError) as err:
        extract(junk, "notes.txt")
    assert err.value.code == "binary_junk"
