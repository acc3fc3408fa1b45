"""Rules added after the fifth blind corpus, each with sentences written for this test.

Most of them read a fact by the paper it sits in: a figure in a bank-risk paper, a measure in a
security plan, a detail in a case-progress report. The same fact in a published paper is left
alone.
"""

from __future__ import annotations

import pytest

from tests.helpers.scanning import flagged as _flagged

RISK_PAPER = ("某农商行风险处置方案（内部掌握，不得外传）\n截至9月末，该行不良贷款率升到9.3%，"
              "当月存款净流出2.6亿元。")
BULLETIN = "全市金融运行平稳，9月末各项存款余额增长7.1%，银行业不良贷款率1.2%。"


def test_each_figure_of_a_risk_paper_is_economic_security() -> None:
    found = _flagged(RISK_PAPER, "economic_security")
    assert any("9.3%" in t for t in found) and any("2.6亿元" in t for t in found)


def test_a_published_financial_bulletin_is_not_a_risk_paper() -> None:
    assert _flagged(BULLETIN, "economic_security") == []


def test_preliminary_accounts_before_release_are_economic_security() -> None:
    text = "（仅供领导参阅，不得外传）\n前三季度全县地区生产总值初步核算为76.4亿元，居全市第9位。"
    assert len(_flagged(text, "economic_security")) >= 2


def test_facts_of_an_open_case_are_investigation() -> None:
    text = ("关于一起职务侵占案件的侦办进展\n经初步认定，涉案金额约120万元，"
            "嫌疑人近期有转移财产迹象。")
    found = _flagged(text, "investigation")
    assert any("涉案金额" in t for t in found) and any("转移财产" in t for t in found)


def test_a_typical_case_notice_is_published() -> None:
    text = "典型案例通报：经查明，涉案金额12万元，法院已依法判决，违法所得予以追缴。"
    assert _flagged(text, "investigation") == []


@pytest.mark.parametrize(("text", "category"), [
    ("据悉，54321部队将于下月进驻该区域。", "national_security"),
    ("来访代表团中一名成员具有军方背景，参观路线应避开园区研发楼。", "national_security"),
    ("两村纠纷有演变为民族对立的风险，须妥善处置。", "national_security"),
    ("对3名牵头人实行包保，包保干部每日掌握其行踪。", "social_stability"),
])
def test_security_and_stability_facts_written_plainly(text: str, category: str) -> None:
    assert _flagged(text, category)


def test_a_security_plan_s_measures_are_public_safety() -> None:
    text = "马拉松赛事安保方案\n便衣警力40名分布于终点区，北侧商场楼顶设制高点1处。"
    assert _flagged(text, "public_safety")


def test_a_traffic_notice_for_the_same_event_is_published() -> None:
    text = "马拉松比赛交通管制公告：比赛当日，请市民绕行，由南门入口进出的车辆请提前安排。"
    assert _flagged(text, "public_safety") == []


def test_a_conviction_in_a_correction_paper_is_law_prohibited() -> None:
    text = "社区矫正对象情况：黄某，因诈骗罪被区人民法院判处有期徒刑一年，缓刑二年。"
    assert _flagged(text, "law_prohibited")


def test_a_named_company_s_output_in_a_statistics_paper_is_law_prohibited() -> None:
    text = "（联网直报数据）规上工业方面，兴达化工有限公司上半年产值3.1亿元，同比下降12%。"
    assert _flagged(text, "law_prohibited", "statistics")


@pytest.mark.parametrize("text", [
    "投标人报价中，服务器采购成本18,200元/台，明显低于市场价。",
    "尽职调查显示，标的公司2023年营业收入4.2亿元，资产负债率81%。",
    "该企业负极材料的粘结剂配比为丁苯橡胶2.5%、羧甲基纤维素1.5%。",
])
def test_a_company_s_costs_results_and_formula_are_trade_secrets(text: str) -> None:
    assert _flagged(text, "trade_secret")


def test_aggregate_results_of_state_enterprises_are_published() -> None:
    text = "全市国有企业实现营业收入312亿元，同比增长6.5%。"
    assert _flagged(text, "trade_secret") == []


def test_votes_of_named_candidates_are_internal_affairs() -> None:
    text = "会议推荐中，王立新得22票，陈红得9票，赵明得3票。"
    assert _flagged(text, "internal_affairs")


def test_a_paper_for_one_meeting_only_is_process_information() -> None:
    assert _flagged("【仅供局党组会议研究，请勿外传】", "process_info")


@pytest.mark.parametrize("text", [
    "秘 密★1年",
    "机  密★5年",
])
def test_a_spaced_classification_mark_is_a_mark(text: str) -> None:
    assert _flagged(text + "\n关于做好有关工作的通知", "state_secret")


def test_an_id_after_a_count_cell_is_still_an_id() -> None:
    text = "序号\t户主\t人数\t身份证号\n1\t曾某某\t3\t430521196203154218"
    assert _flagged(text, "personal_privacy", "id_card") == ["430521196203154218"]


def test_a_caller_s_own_landline_in_brackets_is_private() -> None:
    text = "（二）何某某(联系电话0736-5127789)反映物业公司拖欠工资，区人社局已受理。"
    assert _flagged(text, "personal_privacy", "landline") == ["0736-5127789"]


def test_an_office_landline_in_brackets_is_not_private() -> None:
    text = "请到区民政局（电话0736-5127700）办理。"
    assert _flagged(text, "personal_privacy", "landline") == []
