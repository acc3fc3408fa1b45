"""Which characters of a PDF page carry no real Unicode, and whether a page is a scan."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.extraction.limits import Limits

REPLACEMENT = "\ufffd"


def is_unmapped_char(ch: str) -> bool:
    """A character that stands for a glyph we could not map (whatever font it came from).

    Private-use code points are what 方正/仿宋_GB2312 fonts map their glyphs to; U+F000-U+F0FF
    is left out because symbol fonts (Wingdings bullets, check boxes) land there legitimately.
    """
    cp = ord(ch)
    if cp == 0xFFFD or (cp < 0x20 and ch not in "\t\n\r"):
        return True
    if 0xE000 <= cp <= 0xF8FF:
        return not 0xF000 <= cp <= 0xF0FF
    return cp >= 0xF0000


@dataclass
class PageCheck:
    """What one page said about itself."""

    chars: int = 0  # non-space characters
    unmapped: int = 0
    images: int = 0
    image_area: float = 0.0  # share of the page covered by image boxes (can exceed 1)

    def unmapped_flag(self, limits: Limits) -> bool:
        if not self.unmapped:
            return False
        return (self.unmapped >= limits.unmapped_glyphs_per_page
                or self.unmapped / max(self.chars, 1) >= limits.unmapped_glyph_ratio)

    def scan_flag(self) -> bool:
        """No text layer: images but no text, or a page-sized image with a stray word on it."""
        if not self.images:
            return False
        return self.chars == 0 or (self.chars < 20 and self.image_area >= 0.5)
