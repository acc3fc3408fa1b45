"""The engine: classification grammar, decoys, names, addresses, hits and suggestions."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER
from tests.helpers.scanning import hits as _hits
from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import Category
from workbench.core.errors import CancelledError
from workbench.core.progress import CancelToken
from workbench.extraction.model import ExtractedText, ExtractionWarning, Location, Segment


@pytest.mark.parametrize("mark", ["秘密★1年", "机密★5年", "绝密★长期", "秘密 ★ 十年", "機密★１０年",
                                  "机密★"])
def test_classification_marks_are_found(mark: str) -> None:
    assert ("state_secret", "classification_mark", mark) in _hits(f"{mark}\n关于某事项的通知\n")


@pytest.mark.parametrize("phrase", [
    "做好保密审查工作", "本文件不涉密", "科技是发展的秘密武器", "揭秘人工智能", "加强保密工作",
    "标注“秘密★1年”的文件不得上网", "不得将内部资料上传互联网", "侵犯商业秘密案件",
])
def test_phrases_that_are_not_marks_are_not_flagged(phrase: str) -> None:
    assert [h for h in _hits(f"各单位：\n    {phrase}。\n") if h[0] == "state_secret"] == []


def test_internal_marks_are_found() -> None:
    assert ("state_secret", "internal_mark", "此件不公开") in _hits("（此件不公开）\n")
    assert any(h[2].startswith("内部资料") for h in _hits("内部资料　注意保存\n汇编第3期"))


def test_names_in_privacy_contexts_and_masked_names() -> None:
    hits = _hits("患者李明因病住院；救助对象：王建国；犯罪嫌疑人张某；当事人：南宁市某公司。")
    names = [h[2] for h in hits if h[1] == "person_name"]
    assert names == ["李明", "王建国"]


def test_names_in_table_rows_next_to_ids() -> None:
    text = "序号 姓名 身份证号\n1 王  芳 11010519491231002X\n2 石门村 110105195109140601\n"
    names = [h[2] for h in _hits(text) if h[1] == "person_name"]
    assert names == ["王  芳"]


def test_home_addresses_and_office_addresses() -> None:
    hits = _hits("家住南宁市青秀区民族大道118号\n幸福小区3栋2单元501室。")
    address = "南宁市青秀区民族大道118号\n幸福小区3栋2单元501室"
    assert ("personal_privacy", "address", address) in hits
    assert _hits("办公地址：南宁市青秀区民族大道118号，邮编530022。") == []


def test_published_contacts_are_not_private() -> None:
    text = ("公开征求意见。联系人：李科长，联系电话：0771-5508632，传真：0771-5508630，"
            "邮箱 fzk@nanning.gov.cn，便民热线12345，投诉电话400-810-1234。")
    assert _hits(text) == []


def test_a_private_email_is_found() -> None:
    assert ("personal_privacy", "email", "ganlihua@163.com") in _hits("投诉人邮箱ganlihua@163.com")


def test_an_office_mailbox_listed_with_its_landline_is_not_flagged() -> None:
    text = ("二、咨询渠道\n1. 电话：0736-5287302（工作日）；\n2. 电子邮箱：lxsjj_zx@163.com；\n"
            "3. 来信：岚涧县城关镇人民路8号。")
    assert [h for h in _hits(text) if h[1] == "email"] == []


@pytest.mark.parametrize("text", [
    # A mobile, an ID number or a card closer to the mailbox than the office landline.
    "经办人电话：0736-5287302。你提供的联系电话13907361234、电子邮箱wangli_86@163.com。",
    ("办公室电话0736-5287302。\n附：考生信息 王丽 身份证号430726199603120021，"
     "电子邮箱wangli_86@163.com"),
])
def test_a_person_mailbox_after_an_office_landline_is_still_found(text: str) -> None:
    assert ("personal_privacy", "email", "wangli_86@163.com") in _hits(text)


def test_process_markers_and_published_drafts() -> None:
    assert ("process_info", "draft", "讨论稿") in _hits("某某办法（讨论稿）\n第一条")
    notice = "关于公开征求《某某办法（征求意见稿）》意见的通知\n附件：某某办法（征求意见稿）"
    assert _hits(notice) == []
    request = "关于追加经费的请示"
    assert ("process_info", "request", request) in _hits(f"{request}\n市政府：")


def test_cited_titles_are_not_content() -> None:
    assert _hits("认真落实《市政府第40次常务会议纪要》精神。") == []


def test_hit_fields_and_offsets_are_in_the_original_text() -> None:
    text = "秘密★１年\n身份證號：１１０１０５１９４９１２３１００２Ｘ"
    hits = SCANNER.scan_text(text)
    for h in hits:
        assert text[h.start:h.end] == h.text
        assert h.negative_list_version == SCANNER.version
        assert h.legal_ground.startswith("《中华人民共和国政府信息公开条例》（2019年修订）")
        assert h.explanation and 0 <= h.score <= 1
    id_hit = next(h for h in hits if h.subtype == "id_card")
    assert "valid check digit" in id_hit.explanation and "身份证" in id_hit.explanation
    d = id_hit.to_dict()
    assert set(d) >= {"category", "subtype", "rule", "text", "start", "end", "score",
                      "legal_ground", "location"}
    assert d["category"] == "personal_privacy" and d["rule"] == "personal_privacy.id_card"


def _doc(text: str, warnings: list[ExtractionWarning] | None = None) -> ExtractedText:
    return ExtractedText(text=text, format="txt",
                         segments=[Segment(0, len(text), Location("body", paragraph=3))],
                         warnings=warnings or [])


@pytest.mark.parametrize(("text", "attribute", "redaction"), [
    ("秘密★1年\n关于某工作的通知", DisclosureAttribute.WITHHELD, False),
    ("关于做好防汛工作的通知\n各单位要加强值守。", DisclosureAttribute.PROACTIVE, False),
    ("低保户王建国，身份证号11010519491231002X。", DisclosureAttribute.PROACTIVE, True),
    ("区政府常务会议纪要\n会议讨论了两个方案。", DisclosureAttribute.WITHHELD, False),
    ("（内部执行）\n局机关公务用车管理规定", DisclosureAttribute.ON_REQUEST, False),
])
def test_suggested_attribute(text: str, attribute: DisclosureAttribute, redaction: bool) -> None:
    result = SCANNER.scan(_doc(text))
    assert result.suggestion.attribute is attribute
    assert result.suggestion.needs_redaction is redaction
    assert result.suggestion.reason
    assert result.negative_list_version == SCANNER.version
    assert all(h.location == Location("body", paragraph=3) for h in result.hits)


def test_incomplete_text_is_never_suggested_proactive() -> None:
    warning = ExtractionWarning("no_text_layer", "Page 2 is a scanned image.", page=2)
    result = SCANNER.scan(_doc("关于做好防汛工作的通知", [warning]))
    assert result.text_complete is False
    assert result.suggestion.attribute is DisclosureAttribute.ON_REQUEST
    assert result.suggestion.manual_review is True
    assert result.warnings == ("Page 2 is a scanned image.",)


def test_a_scan_can_be_cancelled() -> None:
    token = CancelToken()
    token.cancel()

    class Sink:
        def update(self, done: int, total: int | None, message: str = "") -> None:
            return None

        def cancelled(self) -> bool:
            return token.cancelled()

    with pytest.raises(CancelledError):
        SCANNER.scan(_doc("秘密★1年"), Sink())


def test_every_category_has_at_least_one_reachable_rule() -> None:
    samples = {
        Category.STATE_SECRET: "绝密★长期",
        Category.LAW_PROHIBITED: "涉案未成年人的姓名和就读学校",
        Category.NATIONAL_SECURITY: "部队驻地和兵力部署",
        Category.PUBLIC_SAFETY: "警力部署和巡逻路线",
        Category.ECONOMIC_SECURITY: "金融风险处置方案",
        Category.SOCIAL_STABILITY: "重点上访人员稳控方案",
        Category.INVESTIGATION: "犯罪嫌疑人在逃",
        Category.PERSONAL_PRIVACY: "手机13812345678",
        Category.TRADE_SECRET: "该部分涉及商业秘密",
        Category.INTELLECTUAL_PROPERTY: "专利申请技术交底书",
        Category.PROCESS_INFO: "送审稿",
        Category.INTERNAL_AFFAIRS: "拟任人选考察材料",
    }
    for category, text in samples.items():
        assert category in {h.category for h in SCANNER.scan_text(text)}, category


def test_jieba_is_not_loaded_by_a_scan() -> None:
    import sys

    SCANNER.scan_text("患者李明因病住院，家住幸福路3号。")
    assert "jieba" not in sys.modules
