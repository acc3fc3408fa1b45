"""Which drafts are papers written to be published, and the share of sentences passages take."""

from __future__ import annotations

import pytest

from workbench.scanning.publication import Publication, sentence_share

_PUBLICATION = Publication(
    title=("公告", "通报", "年度报告", "的通知"),
    restricted=("内部资料", "讨论稿", "不对外发布"),
    withheld_subjects=("储备库", "侦办"),
    discretionary_subjects=("干部考察",),
)


@pytest.mark.parametrize(("text", "kind"), [
    ("檀川县水利局\n关于汛前检查情况的通报\n正文。", "通报"),
    ("关于汛前检查情况的\n通 报\n正文。", "通报"),  # a title broken over lines, spaced out
    ("\n\n檀川县统计局\n2025年政府信息公开工作年度报告\n依据有关的通知编制。", "年度报告"),
    ("檀川县水利局\n关于水库调度的说明\n现将通报如下。", None),  # 通报 in the body only
    ("内部资料\n关于汛前检查情况的通报\n正文。", None),
    ("关于汛前检查情况的通报\n正文。\n本通报不对外\n发布。", None),  # restricted anywhere
    ("关于应急物资储备库选址情况的通报\n正文。", None),
    ("关于白鹭湾案件侦办进展的通报\n正文。", None),
])
def test_published_kind(text: str, kind: str | None) -> None:
    assert _PUBLICATION.published_kind(text) == kind


def test_the_body_s_first_paragraph_is_no_title_line() -> None:
    # The second line is a sentence, not the title: its 干部考察 is the procedure it cites.
    text = ("临江县领导干部任前公示公告\n根据有关规定，经干部考察和县委常委会研究，现予以公示：\n"
            "正文。")
    assert _PUBLICATION.published_kind(text, discretionary=True) == "公告"
    text = "临江县委组织部\n关于干部考察情况的公告\n正文。"
    assert _PUBLICATION.published_kind(text, discretionary=True) is None


def test_the_discretionary_reading_has_its_own_subjects() -> None:
    text = "关于干部考察情况的通报\n正文。"
    assert _PUBLICATION.published_kind(text) == "通报"
    assert _PUBLICATION.published_kind(text, discretionary=True) is None
    text = "关于储备库的通报\n正文。"
    assert _PUBLICATION.published_kind(text, discretionary=True) == "通报"


def test_sentence_share_counts_the_sentences_spans_touch() -> None:
    text = ("标题\n第一句写的是总体情况。第二句写明了仓库地址。"
            "第三句写明了值守时间。第四句是工作要求。")
    first = text.index("第二句")
    third = text.index("值守")
    assert sentence_share(text, []) == 0.0
    assert sentence_share(text, [(first, first + 3)]) == 0.25
    # Overlapping and unsorted spans count each sentence once.
    spans = [(third, third + 2), (first, first + 5), (first + 1, first + 2)]
    assert sentence_share(text, spans) == 0.5
    # A span across a sentence end touches both sentences.
    assert sentence_share(text, [(first + 8, third)]) == 0.5


def test_a_paper_without_sentences_is_all_passage() -> None:
    assert sentence_share("标题\n短句。", [(0, 1)]) == 1.0
