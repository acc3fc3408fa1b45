"""The people an allegation is about, named by their post in plain narrative (副局长某某违规收受…,
反映某某在…, 拟对某某采取留置措施), read under the case; whoever runs the check, and a closed
case a bulletin publishes, are left alone."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER
from workbench.scanning.accused import names_accused


def _accused(text: str) -> list[str]:
    return [text[f.start:f.end] for f in names_accused(text)]


def _people(text: str) -> list[tuple[str, str | None, str]]:
    return [(str(h.category), h.subtype, h.text) for h in SCANNER.scan_text(text)
            if h.subtype in ("person_name", "suspect", "informant")]


@pytest.mark.parametrize(("text", "names"), [
    ("二、县交通运输局副局长祁卫东违规收受施工企业购物卡问题。", ["祁卫东"]),
    ("群众来信反映骆海鹰在农房改造验收中索要好处费。", ["骆海鹰"]),
    ("经研究，拟对包志诚采取留置措施，报市监委批准后实施。", ["包志诚"]),
    ("以石湾村村民苗大壮、居民岑永福为首的团伙多次盗挖河砂。", ["苗大壮", "岑永福"]),
    ("该站站长阙文涛授意会计汪小琴虚构采购事项套取资金。", ["阙文涛", "汪小琴"]),
    ("关于移送闵光荣问题线索的函", ["闵光荣"]),
])
def test_the_person_an_allegation_is_about(text: str, names: list[str]) -> None:
    assert sorted(_accused(text)) == sorted(names)


@pytest.mark.parametrize("text", [
    # The person making the check acts in their role.
    "县纪委副书记欧成刚带队对相关问题线索开展初核。",
    "由县审计局局长蔡文华牵头，对挪用资金问题开展专项审计。",
    # Sentences about conduct in general, or a law's name, name nobody.
    "严禁违规收受礼品礼金，严禁利用职务便利谋取私利。",
    "依照《关于严肃查处侵占挪用扶贫资金问题的通知》开展整治。",
])
def test_the_checker_and_general_rules_name_nobody(text: str) -> None:
    assert _accused(text) == []


def test_a_case_already_decided_is_a_bulletin_s_to_publish() -> None:
    text = ("1.县水务局原副局长谢金山违规收受礼金问题。2022年至2024年，谢金山多次收受"
            "管理服务对象所送礼金。谢金山受到党内严重警告、政务撤职处分。")
    assert _accused(text) == []


def test_a_pending_sanction_keeps_the_case_open() -> None:
    text = "该局副局长符海明违规收受礼金2万元，拟给予其党内警告处分，待县纪委常委会研究。"
    assert _accused(text) == ["符海明"]


def test_an_accused_name_is_one_hit_under_the_case() -> None:
    text = ("关于县林业站站长伍振东问题线索初步核实情况的报告\n"
            "经初核，该站站长伍振东在护林员选聘中收受好处费1.2万元。")
    found = _people(text)
    assert ("investigation", "suspect", "伍振东") in found
    assert ("personal_privacy", "person_name", "伍振东") not in found


def test_a_typical_problems_bulletin_is_not_sure_of_its_names() -> None:
    text = ("县纪委监委通报三起典型问题\n"
            "一、县粮食局原局长侯德林违规收受礼金问题。侯德林多次收受购物卡。")
    suspects = [h for h in SCANNER.scan_text(text) if h.subtype == "suspect"]
    assert {h.text for h in suspects} == {"侯德林"}
    # A bulletin of closed cases publishes its names: the hit is lowered to a question.
    assert all(h.score < 0.8 for h in suspects)
