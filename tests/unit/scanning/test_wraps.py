"""Line breaks of a printed layout inside sentences are read as if they were not there."""

from __future__ import annotations

import tomllib
from pathlib import Path

from benchmarks.scan_wrapped import measure, wrap
from tests.helpers.scanning import SCANNER
from workbench.scanning.normalize import NormalizedText
from workbench.scanning.wraps import soft_breaks, unwrapped

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

PARAGRAPH = ("为进一步做好城乡困难群众基本生活保障工作，根据上级有关文件精神，结合本地实际，"
             "现就做好二〇二五年度城乡低保对象动态管理工作有关事项通知如下，请各乡镇、各有关"
             "单位认真抓好落实，确保各项政策措施落地见效，切实兜住兜准兜牢民生底线。")


def _laid_out(text: str, width: int = 28) -> str:
    return wrap(text, width)[0]


def test_the_breaks_of_full_lines_inside_a_paragraph_are_soft() -> None:
    text = _laid_out("关于做好低保动态管理工作的通知\n" + PARAGRAPH + "\n" + PARAGRAPH)
    breaks = soft_breaks(text)
    assert breaks and all(text[k] == "\n" for k in breaks)
    # The title's break and each paragraph's last break (after 。) stay.
    assert text.index("\n") not in breaks
    ends = [k for k, ch in enumerate(text) if ch == "\n" and text[k - 1] == "。"]
    assert ends and not set(ends) & set(breaks)
    assert NormalizedText.of(text).folded.count(NormalizedText.of(PARAGRAPH).folded) == 2


def test_a_text_with_one_paragraph_a_line_is_left_as_it_is() -> None:
    text = "\n".join([PARAGRAPH[:60] + "。", PARAGRAPH[60:], "联系人：王某", "2025年3月1日"] * 3)
    assert soft_breaks(text) == []
    assert unwrapped(text) is text


def test_windows_line_ends_do_not_hide_a_paragraph_s_end() -> None:
    text = _laid_out("关于做好低保动态管理工作的通知\n" + PARAGRAPH + "\n" + PARAGRAPH)
    with_returns = text.replace("\n", "\r\n")
    ends = [k for k, ch in enumerate(with_returns) if ch == "\n" and with_returns[k - 2] == "。"]
    assert soft_breaks(with_returns) and not set(ends) & set(soft_breaks(with_returns))


def test_items_fields_dates_and_indented_paragraphs_start_anew() -> None:
    full = "全市各级各部门要切实提高政治站位，把思想和行动统一到决策部署上来并狠抓落实"
    starts = ["一、工作目标", "（二）主要任务", "3.保障措施", "第五条 附则",
              "联系电话：0771-1234567", "2025年3月1日", "\u3000\u3000另外，各单位要做好总结"]
    text = "\n".join(line for start in starts for line in (full, start))
    assert soft_breaks(text) == []


def test_a_page_number_between_two_halves_of_a_sentence_is_dropped() -> None:
    line = "全市各级各部门要切实提高政治站位把思想和行动统一到决策部署上来并狠"
    text = "\n".join([line] * 5 + ["— 2 —", "抓落实，确保各项工作取得实效。"])
    folded = NormalizedText.of(text).folded
    assert "— 2 —" not in folded and "并狠抓落实" in folded


def test_table_rows_are_not_joined() -> None:
    rows = ["序号\t姓名\t身份证号\t家庭住址\t保障人数\t月保障金（元）"] + [
        f"{i}\t王某某\t450103197001010017\t某区某街道某路{i}号\t3\t1680" for i in range(1, 9)]
    assert soft_breaks("\n".join(rows)) == []
    spaced = [f"{i} 黄某某 男 2023061008 82.35 社区工作者岗位" for i in range(1, 9)]
    assert soft_breaks("\n".join(spaced)) == []


def test_a_name_and_an_id_number_cut_by_lines_are_found_and_mapped_back() -> None:
    record = ("经入户调查和民主评议，拟将以下申请人纳入最低生活保障范围予以公示\n"
              "，因病致困的申请人韦春燕经核对其户籍信息真实有效，身份证号4501031988\n"
              "07150021，现住某区民主路12号，患尿毒症需长期透析，符合条件。")
    text = _laid_out(PARAGRAPH) + "\n" + record.replace("韦春燕", "韦春\n燕", 1) + "\n" + \
        _laid_out(PARAGRAPH)
    hits = SCANNER.scan_text(text)
    assert [h.text for h in hits if h.subtype == "id_card"] == ["4501031988\n07150021"]
    assert "韦春\n燕" in [h.text for h in hits if h.subtype == "person_name"]
    assert all(text[h.start:h.end] == h.text for h in hits)


def test_a_wrapped_mailbox_is_read_whole() -> None:
    text = _laid_out(PARAGRAPH + "\n信访人反映的问题已转交有关部门办理，信访人个人邮箱为"
                     "zhangsan1986@qq.com，请勿外传。\n" + PARAGRAPH)
    assert "zhangsan1986@qq.com" not in text
    assert "zhangsan1986@qq.com" in NormalizedText.of(text).folded


def test_a_corpus_laid_out_as_a_pdf_keeps_nearly_all_its_items() -> None:
    # Holdout 2's drafts, read line by line as a PDF gives them, lost 8 of 156 items before
    # the layout's breaks were dropped; now 2 (a cell of a bar table, a cut clause).
    corpus = FIXTURES / "holdout2"
    found, items, flagged, _, right, drafts = measure(corpus, SCANNER, 28)
    assert items == sum(len(tomllib.loads(p.read_text(encoding="utf-8")).get("must_find", []))
                        for p in corpus.glob("*.toml"))
    assert found >= items - 3 and flagged <= 1 and right == drafts
