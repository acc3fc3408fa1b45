"""Medical conditions written about a person: illnesses, injuries, history, disability grades.

Offices write a diagnosis the way a doctor's note does, not from a fixed list: 慢性肾功能衰竭,
左侧胫腓骨骨折, 脑梗死后遗症, 高血压病史, 乳腺癌术后, 肢体残疾二级, CD4细胞计数120个/μl.
The recogniser reads the *form* of such terms: one Aho–Corasick pass finds the morphemes that
end a disease or an injury (炎, 症, 病, 瘤, 癌, 综合征, 衰竭, 梗死, 出血, 骨折, 损伤, 瘫痪 …),
the cue words (病史, 术后, 住院治疗, 伤残等级 …) and a compact lexicon of conditions that do
not follow the pattern (高血压, 哮喘, 痛风 …); each is extended backwards over the organ or
body-part words before it and forwards over a stage (晚期, 三期) or sequela (后遗症, 术后).

Whether a found condition belongs to an identifiable person is not decided here: the engine
reads the rule's context words, the person's line and the row's personal numbers, and the
policy words (病种, 可申请, 报销, …例) that lower it (see ``Scanner``).
"""

from __future__ import annotations

import ahocorasick_rs
import regex

from workbench.scanning.found import Found

#: Morphemes that end a disease name; a term needs at least one character before them.
_DISEASE_ENDS = ("炎", "症", "病", "瘤", "癌", "综合征", "衰竭", "梗死", "梗塞", "出血", "结石",
                 "囊肿", "息肉", "硬化", "狭窄", "畸形", "积液", "积水", "穿孔", "坏死", "溃疡",
                 "增生", "突出", "脱垂", "萎缩", "栓塞", "血栓", "血肿", "水肿", "动脉瘤", "感染",
                 "功能不全", "功能障碍", "功能异常", "功能损伤", "功能损害")
#: Injury words: a body part or an organ usually stands before them.
_INJURY_ENDS = ("骨折", "挫伤", "损伤", "裂伤", "撕裂", "脱位", "烧伤", "烫伤", "擦伤", "砸伤",
                "扭伤", "外伤", "刺伤", "咬伤", "挤压伤", "离断", "截肢", "灼伤",
                # an organ removed or to be removed (拟行脾切除, 胆囊切除术后)
                "切除")
#: A part of the body lost (右手食指、中指缺失, 三指截断): an injury only after a body part,
#: since files and data go missing too (资料缺失).
_BODY_LOSS = ("缺失", "缺损", "截断")
_BODY_PARTS = frozenset("指手足趾肢臂腿耳眼牙齿鼻掌腕膝踝肘")
#: What protrudes in a body (腰椎间盘突出): elsewhere 突出 praises (业务能力突出) or warns
#: (矛盾突出).
_PROTRUDING = frozenset("椎盘腰颈")
#: Fluid gathers in a body (脑积水, 胸腔积液, 膝关节积液, 肾盂积水) only after a part or a
#: cavity; elsewhere it stands in a yard or a road (家中积水).
_FLUID = frozenset({"积水", "积液"})
_BODY_CAVITIES = frozenset("脑颅胸腹盆腔肾盂膜囊节膝肺心眼耳鞘宫")
#: Conditions that are complete on their own (no organ word needed before them).
_STANDALONE = ("骨折", "偏瘫", "瘫痪", "截瘫", "截肢", "失明", "失聪", "植物人", "脑震荡",
               "白血病", "尿毒症", "脑梗死", "脑梗塞",
               # A poisoning said of a person (误食…致中毒); counts of 食物中毒事件 are
               # statistics, which the context words lower.
               "中毒",
               "糖尿病", "高血压", "冠心病", "脑梗", "心梗", "中风", "哮喘",
               "痛风", "贫血", "癫痫", "脑瘫", "痴呆", "抑郁", "自闭", "帕金森", "红斑狼疮",
               "甲亢", "甲减", "肺结核", "结核", "肝硬化", "肾衰", "心衰", "透析", "骨质疏松",
               "白内障", "青光眼", "乙肝", "丙肝", "肝腹水", "智力低下", "发育迟缓", "脑萎缩",
               "精神分裂", "住院治疗", "手术治疗", "化疗", "放疗", "病史", "术后", "后遗症",
               "椎间盘突出", "肿瘤", "恶性肿瘤",
               # Conditions whose names end in no disease morpheme: weakness, transplants, the
               # occupational lung diseases, congenital defects.
               "肌无力", "唇腭裂", "聋哑", "失语", "尘肺", "矽肺", "硅肺", "阿尔茨海默", "器官移植",
               "肾移植", "肝移植", "骨髓移植", "造血干细胞移植", "血液透析", "腹膜透析",
               # A care home's assessment of one resident: bedsores, loss of self-care.
               "压疮", "褥疮", "重度失能", "中度失能", "完全失能", "部分失能",
               # A pupil's allergy and a carer's disability, as incident notes write them.
               "严重过敏", "过敏性休克", "喉头水肿", "智力障碍",
               # The mental disorders a psychiatrist's diagnosis names (诊断为急性应激障碍).
               "应激障碍", "焦虑障碍", "情感障碍", "人格障碍", "进食障碍", "睡眠障碍",
               "适应障碍", "抽动障碍", "认知障碍", "创伤后应激障碍", "多动障碍",
               # Hearing lost to work or illness (职业性噪声聋, 感音神经性听力损失).
               "耳聋", "噪声聋", "听力损失",
               # Obstetric emergencies a complaint reply about a delivery writes (重度子痫前期).
               "子痫", "先兆子痫", "妊娠高血压", "前置胎盘", "胎盘早剥", "羊水栓塞",
               # Notifiable infections whose names end in no disease morpheme (皮肤炭疽, 霍乱).
               "炭疽", "鼠疫", "霍乱",
               # and the imported tropical ones of a border county (确诊为恶性疟, 登革热)
               "疟疾", "恶性疟", "间日疟", "三日疟", "卵形疟", "登革热",
               # What a welfare visit or a case report finds one person in (因低血糖晕倒,
               # 有轻生念头, 割腕自伤): an episode of ill health or self-harm.
               "低血糖", "轻生", "自杀倾向", "自伤", "自残", "割腕")
#: Lab values that are health data when a number with a unit follows.
_LAB_WORDS = ("cd4", "t淋巴细胞", "淋巴细胞", "血糖", "肌酐", "血红蛋白", "血小板", "白细胞",
              "病毒载量", "转氨酶", "尿蛋白", "糖化血红蛋白", "射血分数",
              # A check-up's reading (体检复检血压偏高, 血压160/100mmHg): a candidate's health.
              "血压", "血脂", "尿酸", "胆固醇",
              # A food handler's check-up (乙肝表面抗原阳性): 表面抗原 read as positive.
              "表面抗原",
              # A tuberculosis case's tests (痰涂片阳性, 痰培养阳性), read as positive.
              "痰涂片", "痰培养", "涂片", "血培养")
_GRADE_WORDS = ("残疾", "伤残")
#: The kinds of disability a disability card names; with a grade right after (肢体一级,
#: 精神三级) they are a person's disability as a list's 残疾类别等级 column writes it.
_DISABILITY_KINDS = ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")
_KIND_GRADE = regex.compile(r"[一二三四1-4]级")
#: A forensic injury grade (轻伤二级, 重伤一级): a person's injury, read only with its grade.
_FORENSIC_WORDS = ("轻伤", "重伤")

#: Characters that end the backward extension: grammar words, verbs of diagnosing, people.
_STOP = set("如的了和及与或因患为是有于在等被经致使以其该人名例种个位岁时从所将把对向给让由效"
            "诊断确查出检得罹身者属并且但而又也都已曾仍还就才要会能可需应即这那此每各共计"
            "约近达无伴合既往现今年月日号户住院某您他她本成")
_MAX_BACK = 8
#: The side a body part is on (右股骨, 双下肢): it opens the part, and an injury report writes
#: it right after the name of the injured.
SIDE_WORDS = frozenset("左右双")
#: Words the backward extension stops after: the person a condition belongs to (其母亲中风
#:偏瘫), who stays context for the engine instead of part of the term, and the words of a
#: list of checks (体检项目包括乙肝…), which names no one's condition.
_STOP_WORDS = frozenset({"母亲", "父亲", "妻子", "丈夫", "儿子", "女儿", "孙子", "孙女",
                         "本人", "配偶", "老人", "亲属", "包括", "项目", "显示",
                         # prevention is of a disease, not of anybody (预防硅肺, 防治结核病)
                         "预防", "防治", "防控",
                         # and clearing is of water and rubbish (清除积水, 排除积液隐患)
                         "清除", "清理", "排除", "消除",
                         # ways and rooms narrow too (消防通道狭窄, 楼道狭窄)
                         "通道", "道路", "巷道", "楼道", "街巷", "空间", "场地"})
#: Terms ending in a disease morpheme that are not a diagnosis.
_NOT_TERMS = frozenset({
    "疾病", "毛病", "弊病", "通病", "看病", "生病", "发病", "患病", "大病", "疫病", "病症",
    "对症", "适应症", "禁忌症", "重症", "急症", "病病", "慢病", "慢性病", "传染病", "职业病",
    "地方病", "常见病", "多发病", "重大疾病", "特殊病", "慢特病", "门诊慢特病", "特病",
    "消炎", "发炎", "炎炎", "流行病", "新发病", "罕见病", "重病", "急病", "老病", "心病",
    "血病", "感染", "交叉感染", "院内感染", "突出", "增生", "狭窄", "畸形", "坏死", "萎缩",
    "硬化", "出血", "栓塞", "穿孔", "溃疡", "积水", "积液", "撕裂", "离断", "损伤", "外伤",
    "重特大疾病", "特大疾病", "严重疾病", "慢性疾病", "相关疾病", "各类疾病", "其他疾病",
    "常见疾病", "特殊疾病", "传染性疾病", "恶性疾病", "重大病", "特殊病种", "大重病",
})
#: Words an injury morpheme sits inside, one character in: 意外伤害 is an accident (人身意外
#: 伤害保险), not a wound.
_NOT_INJURY = ("意外伤害",)
#: An incident named by what it did (硫化氢中毒事故, 食物中毒事件): no one person's condition.
_INCIDENT = ("事故", "事件")
#: A disease as it spreads among people (疟疾流行区, 登革热通过伊蚊叮咬传播, 结核病防治): an
#: epidemic's, not one person's.
_IN_A_POPULATION = ("流行", "传播", "疫区", "疫情", "媒介", "防控", "防治", "通过", "是一种")
#: After a single-character morpheme, these characters make it another word (病种, 症状, 炎热).
_NOT_AFTER = {
    # 病残: the 老幼病残孕 of a priority lane, a group of people, not a diagnosis
    "病": set("种例房区床人毒因理虫害假历号情员患友源灶变残休退"),
    "症": set("状"),
    "炎": set("热夏黄凉帝"),
    "瘤": set("子"),
    "癌": set("变"),
}
_TAIL = regex.compile(r"(?:[(（][^)）\n]{1,10}[)）])?"
                      r"(?:(?:早|中|晚|中晚|终末|末)期|[0-9一二三四ⅰⅱⅲⅳ]{1,2}[期级度]"
                      r"|术后|后遗症|病史|症|合并[\p{Han}]{1,8}|急性发作|复发)*")
_GRADE = regex.compile(r"(?:等级|鉴定)?(?:为|是|评定为|鉴定为)?[一二三四五六七八九十0-9]{1,2}级"
                       r"|[(（]?[一二三四五六七八九十0-9]{1,2}级")
_GRADE_BEFORE = regex.compile(r"(?:[一二三四五六七八九十0-9]{1,2}级|重度|极重度|中度|轻度|"
                              r"肢体|视力|听力|言语|智力|精神|多重)$")
_LAB_VALUE = regex.compile(r"[^。；;\n]{0,10}?[0-9]+(?:\.[0-9]+)?\s*(?:个|细胞|mmol|μmol|umol|"
                           r"g/|mg|iu|u/|%|copies|拷贝|×|x10|/[0-9]{2,3}\s*mmhg)"
                           # or its reading without the figure (体检复查项目为转氨酶偏高)
                           r"|(?:细胞)?(?:计数|水平|指标|数值)?(?:明显|轻度|持续)?"
                           r"(?:偏高|偏低|升高|增高|降低|下降|减少|超标|异常|阳性)")

_WORDS = tuple(dict.fromkeys(_DISEASE_ENDS + _INJURY_ENDS + _BODY_LOSS + _STANDALONE + _LAB_WORDS
                             + _GRADE_WORDS + _FORENSIC_WORDS + _DISABILITY_KINDS))
_KIND = {w: ("lab" if w in _LAB_WORDS else "grade" if w in _GRADE_WORDS
             else "forensic" if w in _FORENSIC_WORDS
             else "disability" if w in _DISABILITY_KINDS else "term")
         for w in _WORDS}
_AUTOMATON = ahocorasick_rs.AhoCorasick(list(_WORDS),
                                        matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)
_HAN = regex.compile(r"\p{Han}")
#: The copula before 残疾人 that says a named person is one (某某系残疾人).
_SAID_TO_BE = frozenset("系为属是")
_FORENSIC_GRADE = regex.compile(r"(?:为|是)?[一二12]级")
#: A disease that names a place of care (结核病定点医院, 精神病院, 传染病科): an institution,
#: not somebody's condition.
_INSTITUTION_AFTER = regex.compile(
    r"病?(?:定点|专科|医院|院|防治所|防治院|防治站|门诊|科室|科|中心|病区)"
    # or a place (沉陷积水区, 积水点, 积水路段): ground and roads, not a body
    r"|(?<=积水)(?:区|点|坑|塘|路段)")


def _back(text: str, start: int) -> int:
    """Start of the organ / body-part / qualifier words right before ``start``."""
    i = start
    while i > 0 and start - i < _MAX_BACK:
        ch = text[i - 1]
        if ch in _STOP or not _HAN.match(ch) or (ch == "系" and text[i:i + 1] != "统") \
                or text[i - 2:i] in _STOP_WORDS:
            break
        i -= 1
        if ch in SIDE_WORDS:  # 左/右/双 opens a body part (某某右股骨骨折): the name stays out
            break
    return i


#: A clause that opens with these gives examples of a kind of people (慢性病患者（如高血压、
#: 糖尿病患者）), not one person's conditions.
_EXAMPLE_OPENERS = ("如", "例如", "比如", "诸如", "譬如")
_CLAUSE_MARKS = "，,。；;：:（(\n"
_EXAMPLE_REACH = 30


def in_example_list(text: str, start: int) -> bool:
    """Whether the condition at ``start`` stands in a list of examples (…（如高血压、糖尿病…)."""
    lo = max(0, start - _EXAMPLE_REACH)
    opened = max(text.rfind(c, lo, start) for c in _CLAUSE_MARKS) + 1
    return text.startswith(_EXAMPLE_OPENERS, max(opened, lo))


def condition_words(text: str) -> list[tuple[int, int, int]]:
    """Where the words conditions end in stand in ``text`` (what ``find_conditions`` reads;
    the automaton lets go of the interpreter lock, so a scan may run it on another core)."""
    return _AUTOMATON.find_matches_as_indexes(text)


def find_conditions(text: str, words: list[tuple[int, int, int]] | None = None) -> list[Found]:
    """Medical conditions in ``text`` (folded view), by form; context is the engine's job.
    ``words``: ``condition_words(text)``, when already found."""
    out: list[Found] = []
    last_end = -1
    for wid, s, e in condition_words(text) if words is None else words:
        word = _WORDS[wid]
        kind = _KIND[word]
        if s < last_end:
            continue
        if kind == "lab":
            m = _LAB_VALUE.match(text, e)
            if m is None:
                continue
            f = Found("medical_condition", s, m.end(), 0.0,
                      f"lab value “{text[s:m.end()]}”")
        elif kind == "forensic":
            m = _FORENSIC_GRADE.match(text, e)
            if m is None:
                continue
            f = Found("medical_condition", s, m.end(), 0.05, f"injury grade “{text[s:m.end()]}”")
        elif kind == "disability":
            m = _KIND_GRADE.match(text, e)
            if m is None:
                continue  # 精神文明, 肢体残疾 (the 残疾 grade word reads that)
            f = Found("medical_condition", s, m.end(), 0.05,
                      f"disability kind and grade “{text[s:m.end()]}”")
        elif kind == "grade":
            m = _GRADE.match(text, e)
            b = _GRADE_BEFORE.search(text, max(0, s - 4), s)
            if m is None and b is None:
                if word == "残疾" and text.startswith("人", e) and text[s - 1:s] in _SAID_TO_BE:
                    # 申请人某某系残疾人（持证）: the person's disability, though no grade is given
                    out.append(Found("medical_condition", s, e + 1, 0.0,
                                     f"disability said of a person “{text[s - 1:e + 1]}”"))
                    last_end = e + 1
                continue
            s0 = b.start() if b is not None else s
            e0 = m.end() if m is not None else e
            f = Found("medical_condition", s0, e0, 0.05, f"disability grade “{text[s0:e0]}”")
        else:
            nxt = text[e:e + 1]
            if len(word) == 1 and nxt in _NOT_AFTER.get(word, ()):
                continue
            s0 = _back(text, s)
            term = text[s0:e]
            if word not in _STANDALONE and s0 == s:
                continue  # 炎, 病, 损伤 … alone name no condition
            if word in _BODY_LOSS and _BODY_PARTS.isdisjoint(term):
                continue  # 资料缺失, 数据缺损: no body part lost
            if word == "突出" and _PROTRUDING.isdisjoint(term):
                continue
            if word in _FLUID and _BODY_CAVITIES.isdisjoint(term):
                continue  # 家中积水, 房前屋后积水: water on the ground, not in a body
            if term in _NOT_TERMS or _INSTITUTION_AFTER.match(text, e) \
                    or text.startswith(_NOT_INJURY, s - 1) \
                    or text.startswith(_INCIDENT + _IN_A_POPULATION, e):
                continue
            tail = _TAIL.match(text, e)
            e0 = tail.end() if tail is not None else e
            f = Found("medical_condition", s0, e0, 0.0, f"medical condition “{text[s0:e0]}”")
        out.append(f)
        last_end = f.end
    return out
