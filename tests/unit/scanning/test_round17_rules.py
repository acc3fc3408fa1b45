"""Round 17: private persons named by what they were doing (旅客, 邻居, 家长, 售粮农民 …),
mental disorders and organ damage as diagnoses, and a flat named by estate, building, unit and
room without its road; 受援人, 户名, list points (二是…), elders and bracketed diagnoses;
pseudonyms; every pairing of a home word and a line word as a private landline label."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(h.subtype, h.text) for h in SCANNER.scan_text(text)]


@pytest.mark.parametrize("text, name", [
    ("候车室内，旅客贾春华突然晕倒，车站工作人员将其送往医院。", "贾春华"),
    ("申请人称，同单元邻居吕德旺长期占用楼道堆放杂物。", "吕德旺"),
    ("家长卢晓峰于3月2日来电，反映学校食堂饭菜质量问题。", "卢晓峰"),
    ("售粮农民尤桂芳称，收购点以水分超标为由压低收购价格。", "尤桂芳"),
    ("放学途中，您的孩子常佳怡被高年级学生推倒在地。", "常佳怡"),
    # by a label, a list point, an elder's word or a bracketed diagnosis
    ("受伤害职工：滕德明", "滕德明"),
    ("受援人郑海霞，女，1979年生，因工资被拖欠申请法律援助。", "郑海霞"),
    ("补助金改为打入其父亲的账户，户名孔繁勇，账号另行告知。", "孔繁勇"),
    ("一是部分护栏缺损，二是乔宇轩（男，12岁，实验小学学生）在河堤玩耍时落水。", "乔宇轩"),
    ("东山社区房秀兰老人（东山社区6栋1单元201室）患阿尔茨海默病，曾两次走失。", "房秀兰"),
    ("当晚，河口社区倪国强（精神分裂症，已停药两周）在街头滋扰行人。", "倪国强"),
])
def test_a_private_person_named_by_role(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


@pytest.mark.parametrize("text", [
    "今年以来开展农民丰收节、非遗展演等活动32场次。",
    "旅客服务中心设在一楼东侧，为老幼病残孕旅客提供帮扶。",
])
def test_role_words_in_ordinary_prose_name_no_one(text: str) -> None:
    assert not [f for f in _found(text) if f[0] in ("person_name", "health")]


@pytest.mark.parametrize("text, condition", [
    ("旅客贾春华在站台突发急性心肌梗死，经抢救脱离危险。", "急性心肌梗死"),
    ("其子经市精神卫生中心诊断为创伤后应激障碍，仍在治疗。", "创伤后应激障碍"),
    ("学生甘雨桐因急性肾功能损伤住院治疗12天。", "急性肾功能损伤"),
])
def test_a_named_persons_diagnosis(text: str, condition: str) -> None:
    found = _found(text)
    assert any(subtype == "health" and condition in span for subtype, span in found), found


def test_a_flat_named_by_estate_building_unit_and_room() -> None:
    found = _found("来电人反映，其居住的城东区翠湖名苑12号楼3单元801室长期噪音扰民。")
    assert ("address", "城东区翠湖名苑12号楼3单元801室") in found


def test_an_estate_building_without_a_room_is_no_home() -> None:
    assert not [f for f in _found("改造范围为翠湖名苑12号楼至15号楼。") if f[0] == "address"]


def test_a_pseudonym_is_not_a_name_to_mask() -> None:
    found = _found("受援人白丽娟（化名）系外地来务工人员。")
    assert not [f for f in found if f[0] == "person_name"]


@pytest.mark.parametrize("label", ["家中固定电话", "家里座机", "个人固话", "住宅电话"])
def test_every_pairing_of_a_home_and_a_line_labels_a_private_landline(label: str) -> None:
    assert ("landline", "0517-2275146") in _found(f"老人{label}0517-2275146，由网格员代为联系。")
