"""Medical conditions in genres where the person is singled out without a name line: reply
letters (您/你), case reports (病例N，男，52岁), relief tables (序号 姓名 … 病种), injury notices
and HIV line lists. Aggregate and policy wording around them stays silent."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import health_texts as _health
from workbench.scanning import Scanner

POSITIVES = [
    # reply letters to a petitioner
    "经核实，您本人患有慢性肾炎，已按规定享受低保待遇。",
    "您反映您父亲患脑梗死后遗症，长期卧床，现答复如下。",
    "关于您来信反映的问题，经查，你于2023年3月因腰椎骨折住院，相关费用已按规定报销。",
    "经核实您系尿毒症患者，每周需透析三次，符合医疗救助条件。",
    "信访人刘某反映，其患有乳腺癌，请求给予救助。",
    "来信人反映其丈夫患肝癌晚期，家庭生活困难。",
    "关于你反映的问题答复如下：你的孩子患有先天性心脏病，可按规定申请救助。",
    # case reports and epidemic notices
    "病例1，男，52岁，农民，既往有高血压病史，5月3日出现发热。",
    "病例2，女，67岁，有糖尿病史，现于市人民医院隔离治疗，疫情处置有序。",
    "病例3为病例1的密切接触者，男，30岁，有慢性支气管炎病史。",
    "密切接触者张某，女，45岁，既往有哮喘病史。",
    "本市第3例确诊病例既往患有慢性阻塞性肺疾病，按规定纳入医保支付。",
    "该病例CD4计数86个/μl，已启动抗病毒治疗。",
    "病例编号05，男，34岁，HIV抗体确证阳性，CD4计数210个/μl。",
    "病例4，女，29岁，确诊艾滋病，合并肺部感染。",
    # relief and medical-aid tables
    "序号\t姓名\t性别\t年龄\t病种\t金额\n1\t王某某\t男\t56\t肺癌\t12000\n2\t李某\t女\t40\t白血病\t30000",
    "序号  姓名  性别  年龄  诊断  救助金额\n1  王建国  男  61  尿毒症  15000",
    "3  王建国  男  61  尿毒症  15000",
    "4\t覃丽华\t女\t72\t脑梗死\t6000",
    "编号\t性别\t年龄\t感染途径\t诊断\n07\t男\t41\t性传播\t艾滋病期",
    # injury notices
    "王某在事故中致头部挫伤、左臂骨折，经抢救脱离危险。",
    "受伤学生李某某经诊断为左前臂尺桡骨骨折。",
    "伤者周某经医院诊断为颅脑外伤、多发肋骨骨折。",
    "职工陈某某于2024年5月2日在车间作业时右手被机器挤压，经诊断为右手中指离断伤。",
    "该学生在体育课上摔倒，致左踝关节扭伤。",
    "事故造成1人受伤，伤者杨某某右小腿开放性骨折。",
    "黄某某，女，9岁，在课间活动中致右肘关节脱位。",
    "该职工经诊断为腰椎压缩性骨折，按规定享受工伤保险待遇。",
    # a name joined to its condition by 因, 系, 患 or a bracket, with no context word
    "3.城投公司副总经理柏永康因胃癌于今年3月起病休，未参加述职。",
    "受助人向林峰系肢体残疾三级，已纳入重度残疾人护理补贴。",
    "被冒用凭证的参保人邝国庆（患慢性肾病4期）未发现异常结算。",
    "第2号谷长明因公致左手离断，伤残等级调整为五级。",
    "第5号阮秀芝（身份证号已核验）患慢性阻塞性肺疾病，已纳入保障。",
    "1.滕雅琪体检复查项目为血糖偏高，复查后合格。",
    # a check-up's blood pressure, by its reading or its figure, next to the person's ID
    "021\t某某大学\t身份证号350921198804120313，体检复检血压偏高，复检合格",
    "林秀兰，女，67岁，血压160/100mmHg，长期服药。",
]

NEGATIVES = [
    "全市共报告艾滋病病例120例，其中男性占80%。",
    "门诊慢特病病种范围包括恶性肿瘤、尿毒症等。",
    "加强密切接触者管理，落实各项防控措施。",
    "普及艾滋病防治知识，开展预防宣传活动。",
    "今年全省共发生校园伤害事件12起，骨折8例。",
    "新增HIV感染者较去年下降10%，疫情总体平稳。",
    "请您关注高血压、糖尿病等慢性病的预防。",
    "如您患有高血压等慢性病，可到定点医院申请门诊慢特病待遇。",
    "你市报送的尿毒症透析费用报销政策已收悉。",
    "序号\t病种\t限额\n1\t肺癌\t50000\n2\t白血病\t80000",
    "年龄组\t性别\t病例数\t构成比\n60岁以上\t男\t12\t30%",
    "工伤认定标准包括骨折、烧伤等情形。",
    "全县累计救治脑梗死患者300余人，救治率稳步提升。",
    "病例定义：出现发热、咳嗽等症状并伴肺炎影像学特征者。",
    "做好结核病患者密切接触者筛查工作。",
    "开展学生近视、脊柱侧弯等常见病筛查。",
    "对患有重大疾病的困难群众按规定给予医疗救助。",
    "因病致贫、因残致贫仍是主要致贫原因。",
    "全县因工致残人员均已纳入工伤保险。",
    "全县高血压患者血压控制率达到65%。",
    "开展血压、血糖免费测量活动。",
]




@pytest.mark.parametrize("text", POSITIVES)
def test_condition_of_a_singled_out_person(scanner: Scanner, text: str) -> None:
    assert _health(scanner, text), text


@pytest.mark.parametrize("text", NEGATIVES)
def test_aggregate_and_policy_wording(scanner: Scanner, text: str) -> None:
    assert not _health(scanner, text), text


def test_the_evidence_names_the_person(scanner: Scanner) -> None:
    hits = [h for h in scanner.scan_text("病例2，女，67岁，有糖尿病史，疫情处置有序。")
            if h.subtype == "health"]
    assert hits and "病例2" in hits[0].explanation


def test_table_row_keeps_the_full_term(scanner: Scanner) -> None:
    assert "脑梗死" in _health(scanner, "4\t覃丽华\t女\t72\t脑梗死\t6000")
