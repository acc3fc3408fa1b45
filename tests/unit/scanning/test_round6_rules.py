"""Rules added after the fifth blind corpus's second reading, each with sentences written for
this test: the owner of a bracketed profile, works-compound homes, candidates' own mailboxes,
and facts read by the kind of paper they sit in (``negative_list/_paper_kinds.toml``).
"""

from __future__ import annotations

import pytest

from tests.helpers.scanning import flagged as _flagged

ID_A = "320102199001011232"  # synthetic, valid check digit
ID_B = "320102201205061215"


def test_every_person_of_a_line_owns_the_id_in_their_own_bracket() -> None:
    text = (f"二、沙河镇新桥村 许明轩(男,2012年5月出生,身份证号{ID_B})、"
            f"许嘉怡(女,1990年1月出生,身份证号{ID_A}),兄妹二人")
    names = _flagged(text, "personal_privacy", "person_name")
    assert "许明轩" in names and "许嘉怡" in names


def test_a_profile_bracket_after_a_role_word_names_its_owner() -> None:
    text = f"经排查，首例为该厂食堂帮厨人员汤丽萍(女,36岁,身份证号{ID_A},住城关镇)。"
    assert _flagged(text, "personal_privacy", "person_name") == ["汤丽萍"]


def test_a_closed_bracket_does_not_lend_its_owner_to_a_later_number() -> None:
    text = f"经办人王建华(科员)核对后，录入证件号码{ID_A}。"
    assert "王建华" not in _flagged(text, "personal_privacy", "person_name")


def test_a_home_in_a_works_compound_is_an_address() -> None:
    text = "当事人住址：城南区建设街道机械厂宿舍3栋205室，联系电话见附件。"
    assert _flagged(text, "personal_privacy", "address")


def test_a_meeting_room_in_the_offices_compound_is_not_a_home() -> None:
    text = "会议定于周五下午在区委大院2号楼3楼会议室召开。"
    assert _flagged(text, "personal_privacy", "address") == []


def test_a_candidate_s_registered_mailbox_is_private_despite_the_office_reply_box() -> None:
    text = "请将回执发送至报名回执邮箱。考生钱思远注册邮箱qsy_2001@163.com有误，请本人更正。"
    assert _flagged(text, "personal_privacy", "email")


def test_the_office_reply_box_of_the_same_notice_stays_public() -> None:
    text = "报名材料扫描件请发送至回执邮箱jyjrsk@163.com，咨询电话见附件。"
    assert _flagged(text, "personal_privacy", "email") == []


@pytest.mark.parametrize("word", ["内部掌握", "不得外传", "控制知悉范围"])
def test_a_paper_that_keeps_itself_inside_makes_its_risk_figures_sensitive(word: str) -> None:
    text = f"（{word}）\n某村镇银行截至6月末不良贷款率升至8.7%，当月存款净流出1.9亿元。"
    assert _flagged(text, "economic_security")


def test_a_named_student_s_illness_in_a_news_story_is_private() -> None:
    text = "分享会上，初二学生韩雨桐讲述了自己因焦虑症住院治疗两个月的经历。"
    assert _flagged(text, "personal_privacy", "person_name") == ["韩雨桐"]
    assert _flagged(text, "personal_privacy", "health")


def test_a_student_speaker_in_a_health_campaign_story_is_not_a_patient() -> None:
    text = "学生代表韩雨桐发言，介绍了学校心理健康课程，焦虑症防治知识知晓率达到92%。"
    assert _flagged(text, "personal_privacy", "person_name") == []


@pytest.mark.parametrize(("text", "category", "piece"), [
    ("城区应急物资储备库布局报告\n二号分库设在红星路15号，三号分库设在粮站西侧原棉麻公司仓库。",
     "public_safety", "红星路15号"),
    ("城区应急物资储备库布局报告\n二号分库设在红星路15号，三号分库设在粮站西侧原棉麻公司仓库。",
     "public_safety", "原棉麻公司仓库"),
    ("第三水厂安全隐患排查情况\n加氯间现存液氯钢瓶9只，备用柴油发电机油箱存柴油2吨。",
     "public_safety", "液氯钢瓶9只"),
    ("民兵应急分队集结方案\n集结地域位于北纬25°41′20″、东经110°05′12″，调用半自动步枪24支。",
     "national_security", "北纬25°41′20″"),
    ("民兵应急分队集结方案\n集结地域位于北纬25°41′20″、东经110°05′12″，调用半自动步枪24支。",
     "national_security", "半自动步枪24支"),
    (("关于一季度机关作风督查情况的通报\n暗访发现，综合窗口工作人员李某某上班时间玩游戏，"
      "另有1辆公务车辆周末停放在小区，疑公车私用。"), "internal_affairs", "玩游戏"),
    ("局党组会议纪要\n会议酝酿副科级干部人选。王某同志妻子在辖区施工企业任职，需考虑任职回避。",
     "internal_affairs", "任职回避"),
    ("机关后勤服务中心工作要点\n自下月起午餐补助调整为每人每餐12元。", "internal_affairs", "12元"),
    ("评标报告\n投标人甲报价3,280元/台，投标人乙报价3,050元/台。", "trade_secret", "3,050元/台"),
    ("评标报告\n评委周某对投标人乙商务部分打分为58分，明显偏低。", "law_prohibited", "58分"),
    ("艾滋病随访管理情况\n感染者黄桂兰目前拒绝服药，其子女尚不知情。", "law_prohibited", "黄桂兰"),
    ("化债工作方案（内部掌握）\n如该笔贷款展期失败，可能触发平台公司交叉违约。",
     "economic_security", "交叉违约"),
    ("征地纠纷化解方案\n对重点人员实行包保稳控。补偿上限按每亩1500元掌握，调处结果公布前对外保密。",
     "social_stability", "1500元"),
    ("产业规划（讨论稿）\n第三章增速目标建议与政府工作报告一致，改为7%。", "process_info",
     "改为7%"),
    ("项目验收情况（技术尚未公开）\n该工艺采用碱液活化，活化温度650℃，微波功率800W。",
     "intellectual_property", "800W"),
])
def test_a_fact_is_sensitive_in_its_kind_of_paper(text: str, category: str, piece: str) -> None:
    assert any(piece in t for t in _flagged(text, category)), _flagged(text, category)


@pytest.mark.parametrize(("text", "category"), [
    ("市民服务中心搬迁公告\n新址位于红星路15号，原址西侧原棉麻公司仓库不再受理业务。",
     "public_safety"),
    ("危化品安全宣传周\n液氯钢瓶9只以上的单位须设置泄漏报警装置。", "public_safety"),
    ("旅游景区简介\n景区位于北纬25°41′、东经110°05′，年接待游客50万人次。", "national_security"),
    ("公安局通报\n今年共收缴非法枪支12支，其中自动步枪2支。", "national_security"),
    ("作风建设典型问题曝光\n某局工作人员李某某上班时间玩游戏，受到通报批评。", "internal_affairs"),
    ("关于调整中小学生营养改善计划补助标准的通知\n午餐补助标准为每生每天5元。", "internal_affairs"),
    ("中标公告\n中标人：某科技有限公司，中标单价3,050元/台。", "trade_secret"),
    ("艾滋病防治宣传\n感染者人数连续三年下降，病例管理随访率达95%。", "law_prohibited"),
    ("全市金融运行情况\n各项贷款余额增长8%，未发生区域性金融风险。", "economic_security"),
    ("产业规划意见采纳情况说明\n有意见建议将增速目标改为7%，已采纳。", "process_info"),
])
def test_the_same_fact_in_a_published_paper_is_left_alone(text: str, category: str) -> None:
    assert _flagged(text, category) == []


@pytest.mark.parametrize("head", ["行政处罚决定书", "事故调查报告"])
def test_a_closed_case_s_published_paper_tells_its_history(head: str) -> None:
    text = f"{head}\n经群众举报，我局于3月2日对该店予以立案调查，调查组通过调查取证查明了事实。"
    assert _flagged(text, "investigation") == []


def test_the_same_words_in_a_case_progress_report_are_investigation() -> None:
    text = "关于某案件的办理情况\n目前仍在调查取证，尚未结案。"
    assert _flagged(text, "investigation")


def test_news_about_a_leak_names_internal_papers_without_bearing_a_mark() -> None:
    text = "培训通报了在新闻配图中拍入内部文件、误将内部文件夹带上网等问题。"
    assert _flagged(text, "state_secret") == []


def test_a_household_s_own_landline_is_private() -> None:
    text = "其中徐桂芳因腿脚不便由社区代办，其家庭固定电话0771-5823316已登记。"
    assert _flagged(text, "personal_privacy", "landline") == ["0771-5823316"]


def test_the_office_line_before_a_citizen_s_mobile_in_the_next_sentence_stays_public() -> None:
    text = "本机关经办人电话：0771-5610023。你提供的联系电话13977112345已登记，进展将及时告知。"
    assert _flagged(text, "personal_privacy", "landline") == []
    assert _flagged(text, "personal_privacy", "mobile") == ["13977112345"]


def test_a_party_label_a_sentence_earlier_still_owns_the_entry_s_landline() -> None:
    text = "1.户主覃秀兰，新村屯，保障人口3人。联系电话：0771-5823316。"
    assert _flagged(text, "personal_privacy", "landline") == ["0771-5823316"]


@pytest.mark.parametrize(("text", "name"), [
    ("同宿舍学生邓俊杰胸片异常，确诊为活动性肺结核，已休学治疗。", "邓俊杰"),
    ("新风社区居民黎家明因抑郁症长期服药，近期情绪不稳。", "黎家明"),
])
def test_the_person_an_illness_is_told_of_is_named_privately(text: str, name: str) -> None:
    assert name in _flagged(text, "personal_privacy", "person_name")
    assert _flagged(text, "personal_privacy", "health")


def test_a_hospital_named_after_a_disease_is_no_one_s_condition() -> None:
    text = "学生邓俊杰已转至市结核病定点医院。"
    assert _flagged(text, "personal_privacy", "health") == []


def test_a_name_still_ends_before_a_household_word() -> None:
    assert _flagged("低保户黎秀芳家中有3口人。", "personal_privacy", "person_name") == ["黎秀芳"]
