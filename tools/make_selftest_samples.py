"""Write the built-in self-test samples (resources/selftest/sample.{txt,docx,pdf}).

Run once when the sample text changes; the outputs are committed so the frozen bundle carries
them. The text is written for the workbench and contains data the scanner must find.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent.parent / "resources" / "selftest"


def _id_with_check_digit(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[total % 11]


ID_NUMBER = _id_with_check_digit("11010519850312002")
MOBILE = "13912345678"

LINES = [
    "关于调整社区助餐服务补贴标准的通知（征求意见稿）",
    "各街道办事处：",
    "为进一步做好老年人助餐服务，经研究，拟对补贴标准作如下调整。",
    f"联系人：王建国，身份证号：{ID_NUMBER}，手机：{MOBILE}。",
    "本通知自印发之日起施行。",
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "sample.txt").write_text("\n".join(LINES) + "\n", encoding="utf-8")

    doc = Document()
    for line in LINES:
        doc.add_paragraph(line)
    doc.core_properties.author = "自检样本"
    doc.save(OUT / "sample.docx")

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(OUT / "sample.pdf"), pagesize=A4, invariant=True)
    pdf.setFont("STSong-Light", 12)
    y = 780
    for line in LINES:
        pdf.drawString(60, y, line)
        y -= 24
    pdf.showPage()
    pdf.save()
    print(f"wrote samples to {OUT} (ID {ID_NUMBER})")


if __name__ == "__main__":
    main()
