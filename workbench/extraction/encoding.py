"""Decoding plain text reliably: BOMs, UTF-8, BOM-less UTF-16, GB18030/GBK, Big5, then others.

charset-normalizer alone reads short Chinese text badly (``你好，世界`` in GBK comes back as
Korean cp949), so Chinese candidates are decided first, by how much of each decoding is made
of common Chinese characters; charset-normalizer decides only what is left (European codepages
and the like).
"""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

from workbench.core.errors import InputFileError
from workbench.extraction._common_hanzi import COMMON

_BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_CJK_CODECS = ("gb18030", "cp950", "big5hkscs")  # mainland first: it wins a tie
_SAMPLE = 256 * 1024  # characters scored; enough to decide, cheap on a 200 MB file
_UTF8_BIAS = 0.25  # valid UTF-8 is strong evidence on its own
_MIN_CJK_SCORE = 0.6
_MAX_JUNK = 0.02


def _plausible(ch: str) -> bool:
    cp = ord(ch)
    if cp < 0x80:
        return ch.isprintable() or ch in "\t\n\r\f"
    if ch in COMMON:
        return True
    # CJK and general punctuation, full-width forms, Latin letters with accents.
    return (0x3000 <= cp <= 0x303F or 0xFF01 <= cp <= 0xFF5E or 0x2010 <= cp <= 0x206F
            or 0x00A0 <= cp <= 0x024F or cp == 0x25CB or 0x2460 <= cp <= 0x24FF)


def score(text: str) -> float:
    """Share of non-ASCII characters that belong to ordinary Chinese (or Latin) text.

    ASCII is left out because it decodes the same in every candidate; UTF-16 read as a
    single-byte codec is caught by its control characters instead.
    """
    sample = text[:_SAMPLE]
    relevant = [c for c in sample if ord(c) >= 0x80 or (ord(c) < 0x20 and c not in "\t\n\r\f")]
    if not relevant:
        return 1.0
    return sum(1 for c in relevant if _plausible(c)) / len(relevant)


def junk_ratio(text: str) -> float:
    """Share of characters no text file contains: controls, U+FFFD, unassigned, private use."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    bad = 0
    for c in sample:
        if c in "\t\n\r\f":
            continue
        if c == "\ufffd" or unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs"):
            bad += 1
    return bad / len(sample)


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_candidates(data: bytes) -> list[tuple[str, str]]:
    if len(data) % 2 or len(data) < 2:
        return []
    out = []
    for codec in ("utf-16-le", "utf-16-be"):
        text = _try(data, codec)
        if text is not None and junk_ratio(text) == 0 and score(text) >= 0.9:
            out.append((codec, text))
    return out


def _junk() -> InputFileError:
    return InputFileError(
        "The file is not text (binary content with a text name): check that it is the right "
        "file, or open it in the program that made it and save it as .docx or .pdf.",
        code="binary_junk",
    )


def decode(data: bytes) -> tuple[str, str]:
    """Decode a text file; returns (text, codec name).

    Raises:
        InputFileError: binary_junk when no decoding gives plausible text.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom):], codec.replace("-sig", ""))
            if text is not None and junk_ratio(text) <= _MAX_JUNK:
                return text, codec
    utf16 = _utf16_candidates(data)
    if b"\x00" in data[:_SAMPLE]:
        # NUL never occurs in 8-bit or UTF-8 text; in UTF-16 it is the high byte of ASCII.
        if utf16:
            return max(utf16, key=lambda c: score(c[1]))[::-1]
        raise _junk()
    utf8 = _try(data, "utf-8")
    cjk = [(score(t), codec, t) for codec in _CJK_CODECS if (t := _try(data, codec)) is not None]
    # All-Chinese UTF-16 has no NUL bytes; it competes with the 8-bit codecs and loses ties
    # (a few bytes can be read both ways, and GBK files are far more common without a BOM).
    cjk += [(score(t), codec, t) for codec, t in utf16]
    best = max(cjk, key=lambda c: c[0], default=None)  # max keeps the first of equals
    if utf8 is not None and _utf8_wins(utf8, best):
        return _checked(utf8, "utf-8")
    if best is not None and best[0] >= _MIN_CJK_SCORE:
        return _checked(best[2], best[1])
    # Western European text from old Windows editors: charset-normalizer tends to guess an
    # exotic codepage for short samples of it.
    latin = _try(data, "cp1252")
    if latin is not None and _looks_western(latin):
        return latin, "cp1252"
    guess = charset_normalizer.from_bytes(data).best()
    if guess is not None and junk_ratio(str(guess)) <= _MAX_JUNK:
        return str(guess), guess.encoding
    if best is not None:
        return _checked(best[2], best[1])
    raise _junk()


def _utf8_wins(utf8: str, best: tuple[float, str, str] | None) -> bool:
    if best is None:
        return True
    if score(utf8) + _UTF8_BIAS < best[0]:
        return False
    # GBK bytes can also be valid two-byte UTF-8 (女权 = C5 AE C8 A8 reads as "ŮȨ"): accented
    # Latin letters without the plain letters of real Western text are Chinese read wrongly.
    latin_only = all(ord(c) < 0x250 for c in utf8[:_SAMPLE])
    return not (best[0] >= 0.9 and latin_only and not _looks_western(utf8))


def _looks_western(text: str) -> bool:
    """Mostly ASCII letters with a few accented ones (Cyrillic read as cp1252 is all accents)."""
    letters = [c for c in text[:_SAMPLE] if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) >= 0x80)
    return (bool(letters) and accented <= 0.3 * len(letters) and score(text) >= 0.9
            and junk_ratio(text) == 0)


def _checked(text: str, codec: str) -> tuple[str, str]:
    if junk_ratio(text) > _MAX_JUNK:
        raise _junk()
    return text, codec
