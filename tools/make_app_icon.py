"""Draw the application icon (resources/icons/workbench.png and .ico): a page with a seal."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int = 256) -> Image.Image:
    s = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([8 * s, 8 * s, 248 * s, 248 * s], radius=40 * s, fill="#1F4E79")
    # The page, with a folded corner and lines of text.
    d.polygon([(62 * s, 36 * s), (160 * s, 36 * s), (196 * s, 72 * s), (196 * s, 220 * s),
               (62 * s, 220 * s)], fill="#FFFFFF")
    d.polygon([(160 * s, 36 * s), (160 * s, 72 * s), (196 * s, 72 * s)], fill="#C9D6E3")
    for i, width in enumerate((100, 112, 84, 112, 60)):
        y = (88 + i * 22) * s
        d.rounded_rectangle([80 * s, y, (80 + width) * s, y + 8 * s], radius=4 * s,
                            fill="#9DB3C8")
    # The review seal (审): a red ring with a check mark.
    d.ellipse([120 * s, 132 * s, 236 * s, 248 * s], fill="#FFFFFF")
    d.ellipse([126 * s, 138 * s, 230 * s, 242 * s], outline="#C00000", width=int(10 * s))
    d.line([(152 * s, 192 * s), (172 * s, 214 * s), (206 * s, 166 * s)], fill="#C00000",
           width=int(14 * s), joint="curve")
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw(256)
    icon.save(OUT / "workbench.png")
    icon.save(OUT / "workbench.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64),
                                            (128, 128), (256, 256)])
    print(f"wrote {OUT / 'workbench.png'} and .ico")


if __name__ == "__main__":
    main()
