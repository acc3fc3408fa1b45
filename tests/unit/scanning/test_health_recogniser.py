"""The medical-condition recogniser: illnesses, injuries, history and disability grades
written about one person are health data; policy and aggregate wording about them is not."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import health_texts as _health
from workbench.scanning import Scanner
from workbench.scanning.health import find_conditions

POSITIVES = [
    '张某某，男，62岁，患慢性肾功能衰竭，长期透析。',
    '申请人李某某之子于2023年确诊急性淋巴细胞白血病，住院治疗花费较大。',
    '救助对象王某，女，因脑梗死后遗症致左侧偏瘫，生活不能自理。',
    '您反映的问题中，您母亲患有高血压、糖尿病多年。',
    '3. 刘某某  肢体残疾二级  户主',
    '户主陈某某，本人系乳腺癌术后，需定期复查。',
    '赵某于5月3日在工地作业时受伤，经诊断为左腿胫腓骨骨折、头部软组织挫伤。',
    '该同志有高血压病史，近期因冠心病住院治疗。',
    '患者孙某某，CD4细胞计数120个/μl，正在接受抗病毒治疗。',
    '其妻身患肺癌晚期，其子患先天性心脏病。',
    '周某某，男，45岁，身份证号略，肝硬化失代偿期。',
    '经鉴定，吴某伤残等级为九级。',
    '郑某某因车祸致颅脑损伤，现处于昏迷状态。',
    '本人患类风湿性关节炎，丧失劳动能力。',
    '其父患阿尔茨海默病，需专人照护。',
    '申请人冯某某患系统性红斑狼疮，医疗费用自付部分较高。',
    '伤者黄某右手食指离断伤，已送医救治。',
    '何某某，女，38岁，宫颈癌三期，正在化疗。',
    '来信人反映其女患抑郁症，请求给予帮助。',
    '林某某  男  1958年  脑出血  低保户',
    '该户户主患慢性阻塞性肺疾病，常年吸氧。',
    '罗某，男，52岁，腰椎间盘突出症，无法从事重体力劳动。',
    '本人于2022年患胃溃疡出血，行胃大部切除术。',
    '其子患自闭症，需长期康复训练。',
    '救助对象高某某，因再生障碍性贫血多次输血。',
    '梁某某于工作中右眼挫伤致视力残疾三级。',
    '该生患有癫痫，在校期间曾多次发作。',
    '谢某某，女，70岁，骨质疏松伴腰椎压缩性骨折。',
    '申请人宋某某空腹血糖12.5mmol/l，糖尿病肾病。',
    '其夫唐某因尘肺病丧失劳动能力。',
    '许某某，重度残疾，一户一人。',
    '邓某某  多发性骨髓瘤  自付3.2万元',
]

NEGATIVES = [
    '患有恶性肿瘤、尿毒症、白血病等重大疾病的困难群众可申请医疗救助。',
    '门诊慢特病病种范围包括高血压、糖尿病、冠心病、慢性肾功能衰竭等。',
    '全市共报告肺结核病例326例，较上年下降5.2%。',
    '做好流感、手足口病等传染病防控工作。',
    '开展高血压、糖尿病健康教育和科普宣传活动。',
    '将阿尔茨海默病纳入门诊特殊病种保障范围。',
    '住院费用报销比例提高至75%，恶性肿瘤靶向药纳入医保目录。',
    '组织开展癌症早筛早诊早治专项行动。',
    '加强脑卒中、心肌梗死等急危重症救治能力建设。',
    '今年以来全省累计新增艾滋病感染者较去年下降。',
    '持证残疾人可按规定享受一级至四级残疾补贴。',
    '工伤职工经鉴定伤残等级为一至四级的，按月支付伤残津贴。',
    '加强骨折、烧伤等创伤救治中心建设。',
    '做好儿童近视、龋齿、肥胖症等常见病防治。',
    '夏季天气炎热，请注意防暑降温。',
    '加强病虫害统防统治，保障粮食安全。',
    '本办法所称重特大疾病，是指恶性肿瘤、白血病等病种。',
    '对罹患重大疾病的职工家庭给予帮扶。',
    '全县新生儿先天性心脏病筛查率达到95%。',
    '建立健全严重精神障碍患者服务管理制度。',
    '因病致贫返贫风险监测对象动态清零。',
    '各定点医疗机构对慢性病患者实行长处方管理。',
    '结核病防治知识进校园活动顺利开展。',
    '推进脑瘫儿童康复救助项目，符合条件的可以申请。',
    '开展糖尿病视网膜病变筛查，覆盖人群10万人。',
    '对尘肺病农民工开展专项救治。',
    '医疗救助对象年度救助限额为5万元。',
    '血液透析费用按规定纳入医保支付范围。',
    '组织卫生健康宣传周，普及肿瘤防治知识。',
    '2024年全区共救治急性心力衰竭患者1200人。',
]




@pytest.mark.parametrize("text", POSITIVES)
def test_condition_of_a_person_is_flagged(scanner: Scanner, text: str) -> None:
    assert _health(scanner, text), text


@pytest.mark.parametrize("text", NEGATIVES)
def test_policy_and_aggregate_wording_is_not(scanner: Scanner, text: str) -> None:
    assert not _health(scanner, text), text


def test_ground_is_article_15(scanner: Scanner) -> None:
    hits = [h for h in scanner.scan_text("其妻身患肺癌晚期，其子患先天性心脏病。")
            if h.rule.endswith("medical_condition")]
    assert hits and all("第十五条" in h.legal_ground for h in hits)
    assert all(h.category.value == "personal_privacy" for h in hits)


def test_form_not_list() -> None:
    text = "本人患类风湿性关节炎"
    found = [text[f.start:f.end] for f in find_conditions(text)]
    assert found == ["类风湿性关节炎"]
    text = "左腿胫腓骨骨折、头部软组织挫伤"
    found = [text[f.start:f.end] for f in find_conditions(text)]
    assert found == ["左腿胫腓骨骨折", "头部软组织挫伤"]


def test_words_that_only_look_like_conditions() -> None:
    for text in ("天气炎热", "病虫害防治", "病种目录", "因病致贫", "症状较轻", "重大疾病"):
        assert find_conditions(text) == [], text


def test_lab_value_needs_a_number() -> None:
    assert find_conditions("cd4细胞计数120个/μl")
    assert not find_conditions("检测血糖和血压")
