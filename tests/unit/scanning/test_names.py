"""Names in prose: the person before an ID number's label, a name opening a bracket with a
condition, an informant named by role before the report, and the roles that introduce a
private person (第三人, 社区矫正对象, 舍弟 …)."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER


def _people(text: str) -> list[tuple[str, str | None, str]]:
    return [(str(h.category), h.subtype, h.text) for h in SCANNER.scan_text(text)
            if h.subtype in ("person_name", "suspect", "informant")]


def test_the_name_right_before_an_id_number_s_label_in_a_long_line() -> None:
    text = ("（三）落实帮扶。各乡镇对辖区戒毒康复人员逐一建立台账，落实低保、临时救助和就业"
            "帮扶，全年累计帮扶46人次。例如，江口镇康复人员蓝志坚，身份证号"
            "350921198804120313，现已稳定就业。")
    assert ("personal_privacy", "person_name", "蓝志坚") in _people(text)


def test_a_name_opening_a_bracket_owns_the_condition_after_it() -> None:
    text = "对3名暂予监外执行对象定期复查，其中1人（雷光明，尿毒症，每周透析两次）仍符合条件。"
    found = [(h.subtype, h.text) for h in SCANNER.scan_text(text)]
    assert ("person_name", "雷光明") in found and ("health", "尿毒症") in found


def test_an_informant_named_by_role_before_the_report_is_shown_under_both_grounds() -> None:
    text = "违法事实：2025年3月，根据群众钟少华举报，我局执法人员在海堤外侧查获。"
    assert sorted(_people(text)) == [("investigation", "informant", "钟少华"),
                                     ("personal_privacy", "person_name", "钟少华")]


@pytest.mark.parametrize(("text", "name"), [
    ("第三人：邱美娟，女，住江口镇。", "邱美娟"),
    ("社区矫正对象钟国平因犯诈骗罪被判处有期徒刑一年、缓刑一年。", "钟国平"),
    ("舍弟兰德明仍住江口镇老街，家中事务可由其转达。", "兰德明"),
])
def test_roles_that_introduce_a_private_person(text: str, name: str) -> None:
    assert ("personal_privacy", "person_name", name) in _people(text)


def test_an_open_case_against_a_named_person() -> None:
    text = "县公安局已对雷振华立案调查，目前案件正在办理中。"
    assert ("investigation", "suspect", "雷振华") in _people(text)


@pytest.mark.parametrize("text", [
    "群众举报渠道畅通，全年受理举报线索32件。",
    "依法对举报人信息严格保密。",
])
def test_report_procedure_names_nobody(text: str) -> None:
    assert _people(text) == []
