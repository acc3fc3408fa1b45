"""Where a draft's sentences are."""

from __future__ import annotations

import pytest

from workbench.scanning.sentences import sentences, sentences_holding


def test_sentences_skip_the_title_and_fragments() -> None:
    text = "关于某事项的报告\n一、概况\n物资库钥匙由值班员一人保管。应急闸门需两人操作。"
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == ["物资库钥匙由值班员一人保管", "应急闸门需两人操作"]


@pytest.mark.parametrize("text", [
    "关于某事项的报告\n一、仓库位于城东路18号，钥匙由张某保管。二、下周起每日巡查两次；\n"
    "   缩进的句子写明存放地点在三号库。\n短句。\n"
    + "很长的句子没有结束" * 40 + "。末句拟于月底完成",
    "没有换行的一整段文字拟于下月实施，存放在西侧库房。",
    "标题\n" + " " * 60 + "前面全是空白的句子写了存放地点与数量123。",
    "标题\n第一句写明了存放的位置。" + " " * 300 + "缩进很深的句子写明存放地点123。",
])
def test_sentences_holding_agree_with_splitting_the_whole_text(text: str) -> None:
    every = sentences(text)
    for step in (1, 3, 7):
        positions = list(range(0, len(text), step))
        expected = [(s, e) for s, e in every if any(s <= p < e for p in positions)]
        assert sentences_holding(text, positions) == expected
