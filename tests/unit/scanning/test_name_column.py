"""The 姓名 column of a table of private persons (their health, home or contact) names each
row's person; a list published for its names (…公示, …名单) does not."""

from __future__ import annotations

from tests.helpers.scanning import SCANNER
from workbench.scanning.names import names_in_name_column

_SUMMARY = (
    "临江县2025年居家精神障碍患者随访工作小结\n"
    "一、基本情况\n"
    "现将需重点随访的患者列表如下：\n"
    "姓名\t性别\t年龄\t现住址\t诊断\t监护人\n"
    "蒋立新\t男\t52\t江口镇渡头村四组\t精神分裂症\t其妻\n"
    "邬翠萍\t女\t38\t城关街道望江社区\t双相情感障碍\t（无）\n"
    "\n"
    "二、下一步工作\n")


def _names(text: str) -> list[str]:
    return [text[f.start:f.end] for f in names_in_name_column(text)]


def test_each_row_of_a_private_list_names_its_person() -> None:
    assert _names(_SUMMARY) == ["蒋立新", "邬翠萍"]
    found = {h.text for h in SCANNER.scan_text(_SUMMARY) if h.subtype == "person_name"}
    assert {"蒋立新", "邬翠萍"} <= found


def test_cells_divided_by_blanks_are_read_too() -> None:
    text = ("医疗救助个案台账（内部）\n说明\n"
            "序号  姓名  性别  病种  联系电话\n"
            "1  钱德胜  男  尿毒症  未留\n")
    assert _names(text) == ["钱德胜"]


def test_a_list_published_for_its_names_is_left_alone() -> None:
    text = ("江口镇2025年第三季度临时救助对象公示\n\n"
            "姓名\t性别\t家庭住址\t救助金额\n"
            "蒋立新\t男\t渡头村四组\t2000\n")
    assert _names(text) == []


def test_a_table_without_private_columns_or_a_paragraph_names_nobody() -> None:
    assert _names("工作组成员表\n说明\n\n姓名\t单位\t职务\n周建明\t县民政局\t局长\n") == []
    # The rows end where the table ends: a paragraph below is not a row.
    text = _SUMMARY + "蒋立新同志负责随访。\n"
    assert _names(text) == ["蒋立新", "邬翠萍"]
