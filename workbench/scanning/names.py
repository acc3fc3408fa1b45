"""Person names in privacy contexts: after a context word (患者, 救助对象, 居民 …), in a table
row with personal numbers, or in a personal profile (韦某某，女，68岁).

A name is a known surname plus one or two given-name characters, cut at characters that rarely
end a name and often follow one. A candidate that is a common word (应当, 陈述) or that ends
inside one (居民都很满意) is rejected with jieba's word list (``lexicon``), read only when a
candidate exists; jieba's tokenizer and its one-second model load are never used.
"""

from __future__ import annotations

import functools
import re

import regex

from workbench.scanning import lexicon
from workbench.scanning.found import Found
from workbench.scanning.health import SIDE_WORDS
from workbench.scanning.normalize import WHITE_SPACE_CHARS
from workbench.scanning.sentences import head_lines, sentence_start
from workbench.scanning.tables import column_cells, heading_rows

SINGLE_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左"
    "柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
    "解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬"
    "边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原"
    "栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战"
    "慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    # Common in the south-east and the north (洪 is among the hundred most common).
    "洪阎丘凤钮郦逄荀庹竺汝鄂赖"
    # Dai names in the south-west: 刀 is a surname (刀永福), 岩 opens every man's name (岩罕龙,
    # 岩扁) as 玉 opens a woman's.
    "刀岩"
)
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "申屠", "轩辕", "澹台", "万俟", "闻人",
})

#: Characters that end a name candidate: function words, verbs and nouns that follow names
#: ("李明因病住院", "王芳家", "张伟等3人"). Given names rarely use them.
_STOP = frozenset(
    "的了在是和与及或等因于从向被把将对为以也都就而且但并所其之这那有无不某个名人员户者同"
    "女男岁年月日系经现自已曾到来去说称诉患确住入出病死伤家中后前时均又再该此每各共计约私"
    "一二三四五六七八九十百千万零〇第号组村镇乡县区市省路街社栋室单元楼层元分"
    # goods, money and dealing (游客高价购买, 游客车辆请停放): no given name uses them
    "价辆购款货票售税账租罚"
)
#: A name-shaped token that ends like this is a place, unit or role, not a person.
_NOT_NAME_ENDINGS = ("村", "镇", "乡", "县", "区", "市", "街", "路", "组", "局", "委", "院", "校",
                     "所", "厂", "司", "队", "站", "办", "部", "科", "处", "馆", "会", "行", "社",
                     # a field label (公示期：…, 有效期：…) opening a contact line
                     "期", "中心", "公司", "合计", "小计", "总计")
_PLACE_NEXT = frozenset("市省县区镇乡村街路州旗")
#: Stop characters that often open a given name (韦家明, 李家豪, 陈月娥, 黎向东, and the birth-order
#: numerals of rural names: 朱四喜, 王二妹): they end a name only when they are not its first
#: given character followed by a name character (王芳家 ends at 家, 张三人 is no name; 于月底
#: is rejected as a word by ``plausible_name``).
_GIVEN_OPENERS = frozenset("家月向二三四五六七八九")  # see _BIRTH_ORDER


def _opens_given_name(text: str, pos: int, given_at: int) -> bool:
    nxt = text[pos + 1:pos + 2]
    return (pos == given_at and text[pos] in _GIVEN_OPENERS and bool(nxt)
            and _HAN.match(nxt) is not None and nxt not in _STOP)
_MASK_CHARS = frozenset("某*×xX○〇□＊")
#: Courtesy titles written after a bare surname (谢先生, 王女士): no given name follows.
_FORMS_OF_ADDRESS = ("先生", "女士", "小姐", "师傅", "阿姨", "大爷", "大妈", "老师")
#: A name the paper marks as invented for the person's protection (何秀兰（化名）).
_PSEUDONYM = ("（化名", "(化名")
_HAN = regex.compile(r"\p{Han}")
#: A cell of a row: a maximal run of characters other than whitespace and cell separators.
_ROW_CELL = re.compile(f"[^{WHITE_SPACE_CHARS}" + r",，、|;；:：()（）\[\]【】/]+")
_LEAD_PUNCT = ":：,，、(（ "
#: What 工 at a context word's end runs on into (维修工程, 操作工作, 包装工艺).
_AFTER_WORK = frozenset("程作厂会资人具业地期艺种序位")
#: The copula between a context word and its name (养殖户为某某，…).
_SAYS_WHO = frozenset("为是")
#: A count of the people a context word names, then one of them (对象9人，其中…).
_COUNT_THEN_ONE = regex.compile(
    r"(?:[0-9]{1,4}|[一二两三四五六七八九十]{1,3})(?:人|名|户)[,，]其中")
#: Links that say a person's name comes next (患者名为…, 来电人名叫…, 死者姓名为…).
_NAMED_AS = ("名为", "名叫", "叫做", "姓名为")


def _link_to_name(text: str, pos: int) -> int:
    """Length of the word at ``pos`` that links a context word to the name after it."""
    for link in _NAMED_AS:
        if text.startswith(link, pos):
            return len(link)
    return 1 if text[pos:pos + 1] in _SAYS_WHO else 0


#: Surnames that are also conjunctions, prepositions or modal verbs (和, 向, 于, 应): right after
#: a context word they join or govern the next noun or verb (患者和家属, 申请人向…, 学生应居家
#: 休息), they do not start a name.
_CONJUNCTION_SURNAMES = frozenset("和向于及应")
#: What follows a person's name where a conjunction would go on with a noun: a bracket with
#: the person's details, or the end of the clause.
_ENDS_A_NAMED_MENTION = regex.compile(r"[(（,，、]")
#: …and a name after a link (家属为某某）, 患者名为某某。) may close its clause too.
_ENDS_A_LINKED_NAME = regex.compile(r"[(（,，、)）。；;]")


#: A name transliterated from Uyghur, Kazakh or another language, its parts joined by a middle
#: dot (热依拉·艾买提, 艾山·买买提): no surname list applies.
_DOT = frozenset("·・•‧")
_DOTTED_PART = (2, 6)  # characters of the part before the dot (阿卜杜热依木·买买提)
_DOTTED_REST = 6  # at most after it


def _dotted_name_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a dotted name starting at ``pos`` (热依拉·艾买提), or None."""
    lo, hi = _DOTTED_PART
    if _DOT.isdisjoint(text[pos + lo:pos + hi + 1]):
        return None  # the common case, read without a loop
    for k in range(lo, hi + 1):
        dot = pos + k
        if dot >= len(text) or not _HAN.match(text[dot - 1]) or text[dot - 1] in _STOP:
            return None
        if text[dot] in _DOT:
            break
    else:
        return None
    end = dot + 1
    while end < len(text) and end - dot - 1 < _DOTTED_REST and _HAN.match(text[end]) \
            and text[end] not in _STOP:
        end += 1
    return (pos, end) if end - dot - 1 >= 2 else None


#: The two-character parts Tibetan names are built from (才让, 扎西, 多杰, 卓玛 …): no surname,
#: two parts (尼玛扎西, 才让多杰) or a part and a closing syllable (仁青措, 旦正加).
_TIBETAN_PARTS = frozenset({
    "才让", "扎西", "多杰", "多吉", "尼玛", "次仁", "次旦", "旦正", "仁青", "久美", "卓玛", "拉毛",
    "格桑", "索南", "德吉", "达瓦", "普布", "顿珠", "平措", "旺堆", "白玛", "洛桑", "丹增", "更登",
    "贡保", "公保", "央金", "桑杰", "才旦", "扎巴", "措毛", "卓嘎", "边巴", "强巴", "罗布", "巴桑",
    "拉姆", "益西", "嘉措", "加措", "尕藏", "华旦", "更却", "完玛", "三木", "南加", "切吉", "吉太",
    "仁增", "群培", "曲珍", "加央", "贡布", "才仁", "周措", "东智", "官却", "角巴", "昂秀", "万玛",
})
#: Syllables that close a Tibetan name after one part (仁青措, 旦正加, 才让吉).
_TIBETAN_ENDINGS = frozenset("措加吉杰毛草卓太本才")


def _tibetan_name_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a Tibetan name starting at ``pos`` (尼玛扎西, 仁青措), or None."""
    if text[pos:pos + 2] not in _TIBETAN_PARTS:
        return None
    if text[pos + 2:pos + 4] in _TIBETAN_PARTS:
        return pos, pos + 4
    if text[pos + 2:pos + 3] in _TIBETAN_ENDINGS:
        return pos, pos + 3
    return None


def name_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a full, unmasked name starting at ``pos`` (or None)."""
    dotted = _dotted_name_at(text, pos)
    if dotted is not None:
        return dotted
    tibetan = _tibetan_name_at(text, pos)
    if tibetan is not None:
        return tibetan
    if text[pos:pos + 2] in COMPOUND_SURNAMES:
        given_at = pos + 2
    elif pos < len(text) and text[pos] in SINGLE_SURNAMES:
        given_at = pos + 1
    else:
        return None
    if text.startswith(_FORMS_OF_ADDRESS, given_at):
        return None  # 谢先生, 王女士: a surname and a courtesy title name nobody alone
    end = given_at
    while end < len(text) and end - given_at < 2:
        ch = text[end]
        if ch in _MASK_CHARS:
            return None  # 张某, 李** : already anonymised
        if not _HAN.match(ch) or (ch in _STOP and not _opens_given_name(text, end, given_at)):
            break
        end += 1
    if end == given_at:
        return None
    if end < len(text) and (text[end] in _MASK_CHARS or text[end] in _PLACE_NEXT):
        return None  # 南宁市…, 黄某某: a place name or a masked name, not a person
    if text.startswith(_PSEUDONYM, end):
        return None  # 何某兰（化名）: the paper already hides who it is
    return pos, end


#: plausible_name(text, pos) reads no further than text[pos + 5] (a compound surname, two
#: given-name characters, the character after them and crosses_word's two): the answer for
#: text[pos:pos + _NAME_REACH] is the answer for text at pos, shifted.
_NAME_REACH = 7


def plausible_name(text: str, pos: int) -> tuple[int, int] | None:
    """``name_at`` checked against common words: 应当 and 陈述 are words, not names.

    A three-character candidate that ends inside a word (王明天天 …) falls back to two
    characters; a candidate that is itself a common word, or runs into one, is rejected.
    """
    if pos < 0:
        return _plausible_name(text, pos)
    dotted = _dotted_name_at(text, pos)  # may run past the head read below
    if dotted is not None:
        return dotted
    span = _tibetan_name_at(text, pos)
    if span is not None and not lexicon.is_common_word(text[span[0]:span[1]]):
        return span
    span = _plausible_head(text[pos:pos + _NAME_REACH])
    return None if span is None else (pos + span[0], pos + span[1])


@functools.lru_cache(maxsize=1 << 16)
def _plausible_head(head: str) -> tuple[int, int] | None:
    """``plausible_name`` of a text's head at 0, cached: the same names and words recur."""
    return _plausible_name(head, 0)


def _plausible_name(text: str, pos: int) -> tuple[int, int] | None:
    span = name_at(text, pos)
    if span is None:
        return None
    start, end = span
    if any(c in _DOT for c in text[start:end]):
        return span  # a dotted name is no word of the word list
    while end - start >= 2:
        token = text[start:end]
        if lexicon.is_common_word(token):
            return None
        if len(token) == 3 and (lexicon.frequency(token) > 0
                                or lexicon.frequency(token[:2]) >= lexicon.VERY_COMMON_FREQ
                                or (lexicon.frequency(token[1:]) >= lexicon.GIVEN_WORD_FREQ
                                    and text[end:end + 1] not in _CLOSES_A_NAME)):
            # 满意度 is a word, 明确了 starts with a very common one, 方代表 ends with one (业主方
            # 代表); given names that are words (建国, 卫国, 胜利) are far less frequent.
            return None
        if not lexicon.crosses_word(text, end) and text[end - 1:end + 1] not in _THIS_TIME:
            # A birth-order numeral opens a given name, it does not make one (周五, 高三).
            return None if text[end - 1] in _BIRTH_ORDER else (start, end)
        end -= 1
    return None


_BIRTH_ORDER = frozenset("二三四五六七八九")
#: Marks that close a name: a given name that is also a word (黎向东（…）, 刘建国，…) ends
#: there, it does not run on into another word as 业主方代表 does.
_CLOSES_A_NAME = frozenset("（(，,、")
#: 本 + a time after a name (赵某本周按时报到, 王某本月…): rarer in the word list than its weight
#: as a word that follows a name.
_THIS_TIME = frozenset({"本周", "本月", "本年", "本次", "本季", "本日", "本期", "本学"})


#: Words of procedure that follow a context word (救助对象公示, 申请人须知) and start with a
#: surname character (公, 申, 范 …); they are never a name.
_PROCEDURE_WORDS = frozenset({"公示", "公告", "公开", "公约", "申报", "申请", "范围", "名单",
                              "审核", "审批", "管理", "信息", "须知", "代表", "资格", "认定",
                              "明细", "管控", "管教", "来电", "来访", "来信", "来函",
                              # kinds of children in a list of groups (留守儿童、单亲家庭儿童)
                              "单亲", "留守", "困境", "散居",
                              # the care a group gets (独居老人关爱走访, 困难职工关怀), what an
                              # applicant does (申请人查阅), a pupil's class, a signer's seal
                              "关爱", "关怀", "查阅", "查询", "查看", "班级", "盖章", "智力"})


def names_after_triggers(text: str, trigger_ends: list[tuple[int, str]]) -> list[Found]:
    """Names right after a privacy context word (``trigger_ends``: end offset and the word)."""
    out: list[Found] = []
    for end, word in trigger_ends:
        pos = end
        while pos < len(text) and pos - end < 2 and text[pos] in _LEAD_PUNCT:
            pos += 1
        if text.startswith("之一", pos):
            pos += 2  # 投诉人之一某某: one of several, named
        elif word in _GRIEVANCE_PARTIES and text.startswith("代表", pos) \
                and plausible_name(text, pos + 2) is not None:
            # 投诉人代表某某: the one who speaks for the complainants, named (a 学生代表 who
            # speaks at a ceremony holds a public role)
            pos += 2
        elif (counted := _COUNT_THEN_ONE.match(text, pos)) is not None:
            pos = counted.end()  # 社区矫正对象9人，其中某某（…）: one of those counted, named
        elif pos == end and (link := _link_to_name(text, pos)):
            # 发病养殖户为某某，住…, 患者名为某某，…: the name after 为 closes its clause
            span = plausible_name(text, pos + link)
            if span is not None and _ENDS_A_LINKED_NAME.match(text, span[1]):
                pos += link
        if word.endswith("工") and text[end:end + 1] in _AFTER_WORK:
            continue  # 维修工程款, 操作工作: the context word runs on into 工程, 工作
        if text[pos:pos + 2] in _PROCEDURE_WORDS:
            continue  # 救助对象公示, 居民公约: a procedure or document, not a person
        span = plausible_name(text, pos)
        if span is None:
            continue
        start = end - len(word)
        if pos == end and (lexicon.frequency(word + text[end]) > 0 or (
                word.startswith("其") and lexicon.is_common_word(word[1:] + text[end]))):
            continue  # 居民区, 其父母: the context word runs on into a longer word
        if start > 0 and lexicon.is_common_word(text[start - 1] + word[0]) \
                and not lexicon.is_common_word(text[max(0, start - 2):start]):
            # 妇女儿童: the context word 女儿 sits inside other words; but in 认为主刀医生 the
            # 为 belongs to 认为, not to 为主
            continue
        if text[pos - 1] == "、" and pos > end and not _ENDS_A_NAMED_MENTION.match(text, span[1]):
            continue  # 环卫工人、公交司机: a list of kinds of people, not a name
        if text[pos] in _CONJUNCTION_SURNAMES and not _ENDS_A_NAMED_MENTION.match(text, span[1]):
            # 低保对象和返贫监测对象: right after a context word 和 joins two nouns; but a
            # bracket or a comma right after three characters closes a name (患者向建军（…）).
            continue
        out.append(Found("person_name", span[0], span[1], 0.0,
                         f"name of a private person after {word}"))
        out.extend(Found("person_name", s, e, 0.0, f"name listed with another after {word}")
                   for s, e in listed_names(text, span[1]))
    return out


#: The parties of a grievance whose spokesman (投诉人代表某某) is as private as they are.
_GRIEVANCE_PARTIES = frozenset({"投诉人", "举报人", "信访人", "来访人", "上访人", "申请人",
                                "诉求人", "当事人", "业主", "家属", "维权人"})


#: How many more names an enumeration after a context word may list (低保户甲、乙、丙).
_LISTED_NAMES = 5


def listed_names(text: str, end: int) -> list[tuple[int, int]]:
    """The names that follow a name ending at ``end``, each after an enumeration comma
    (犯罪嫌疑人卢兵、覃志飞涉嫌…), also past a bracket after a name (牵头人为某某（手机…）、
    某某): one context word covers the whole list."""
    out: list[tuple[int, int]] = []
    while len(out) < _LISTED_NAMES:
        bracket = _BRACKET_AFTER_NAME.match(text, end)
        if bracket is not None:
            end = bracket.end()
        if not text.startswith("、", end):
            break
        span = plausible_name(text, end + 1)
        if span is None or not _ENDS_A_LISTED_NAME.match(text, span[1]):
            break
        out.append(span)
        end = span[1]
    return out


_BRACKET_AFTER_NAME = re.compile(r"[(（][^)）\n]{1,40}[)）]")
#: What may follow a listed name: the next comma, a bracket, a clause mark, or a verb that
#: starts the rest of the sentence (涉嫌, 等, 在, 已, 系, 为).
_ENDS_A_LISTED_NAME = regex.compile(
    r"[、(（,，。；;：:\s]|的|涉嫌|等|在|已|系|为|因|被|于|均|经|分别|两人|二人|三人")


@functools.lru_cache(maxsize=1 << 16)
def is_name_token(token: str) -> bool:
    """A whole table cell that looks like a person's name (a pure function of the token:
    cached, as table rows repeat their cells)."""
    longest = 4 if _DOT.isdisjoint(token) else _DOTTED_PART[1] + 1 + _DOTTED_REST
    if not 2 <= len(token) <= longest or token.endswith(_NOT_NAME_ENDINGS):
        return False
    span = name_at(token, 0)
    return span is not None and span[1] == len(token)


#: The label of an ID number right after its holder's name in prose (…人员马某某，身份证号…).
_ID_LABEL_BEFORE = regex.compile(
    r"[，,（(]?[ \t]*(?:公民身份号码|身份证号码|身份证号|身份证)[:：]?[ \t]*$")
_ID_LABEL_REACH = 14


def name_before_id_label(text: str, number_start: int) -> Found | None:
    """The name right before an ID number's label in a sentence (社区康复人员马某某，身份证号
    6231…): the person whose number it is, however long the line is."""
    return _name_before_label(text, number_start, _ID_LABEL_BEFORE, _ID_LABEL_REACH,
                              "name right before its ID number")


def _name_before_label(text: str, number_start: int, label: regex.Pattern[str], reach: int,
                       evidence: str) -> Found | None:
    """The name ending where ``label`` (anchored at the number) starts, within ``reach``."""
    m = label.search(text, max(0, number_start - reach), number_start)
    if m is None:
        return None
    span = name_ending_at(text, m.start())
    if span is None:
        return None
    return Found("person_name", span[0], span[1], 0.05, evidence)


def name_in_row(text: str, number_start: int, kind: str) -> Found | None:
    """The leftmost name-shaped cell on the same line before a personal number, if any."""
    line_start = text.rfind("\n", 0, number_start) + 1
    segment = text[line_start:number_start]
    if len(segment) > 80:
        return None
    cell = _name_cell(segment)
    if cell is None:
        return None
    return Found("person_name", line_start + cell[0], line_start + cell[1], 0.05,
                 f"name in the same row as a {_what(kind)}")


#: The number of a list point glued to the name it opens (1.邹某某，男，…; 2．汤某某).
_LIST_POINT = re.compile(r"[0-9]{1,3}[.．]")


def _past_list_point(idx: int, token: str) -> tuple[int, str]:
    m = _LIST_POINT.match(token)
    return (idx + m.end(), token[m.end():]) if m and m.end() < len(token) else (idx, token)


@functools.lru_cache(maxsize=1 << 16)
def _name_cell(segment: str) -> tuple[int, int] | None:
    """Span of the leftmost name-shaped cell of a row's start (cached: a table's rows and a
    record's fields repeat the same heads, 序号 姓名 …, 低保户王某，身份证号)."""
    cells = [_past_list_point(m.start(), m.group()) for m in _ROW_CELL.finditer(segment)]
    for i, (idx, token) in enumerate(cells):
        end = idx + len(token)
        # Two-character names are often padded to align a column: "王  芳".
        if len(token) == 1 and i + 1 < len(cells) and len(cells[i + 1][1]) == 1 \
                and cells[i + 1][0] - end <= 3:
            token = token + cells[i + 1][1]
            end = cells[i + 1][0] + 1
        if is_name_token(token):
            return idx, end
    return None


#: Column headings that make a table a list of private persons when it also has a 姓名 column:
#: their health, home, identity or contact (姓名 性别 年龄 现住址 诊断 监护人电话).
_PRIVATE_COLUMNS = ("身份证", "住址", "家庭地址", "居住地", "诊断", "病种", "病情", "疾病",
                    "残疾", "联系电话", "电话", "手机", "监护人", "银行卡", "账号", "病史")
#: Title words of a list published for its names (低保新增对象公示, 受助学生名单).
_PUBLISHED_LIST = regex.compile(r"公示|名单|公开|公布|公告")
_TITLE_LINES = 3


def names_in_name_column(text: str) -> list[Found]:
    """The cells under a 姓名 heading of a table that lists private persons' health, home,
    identity or contact (姓名 性别 年龄 现住址 诊断 …): each row names the person it is about,
    whatever the row's other cells hold. A list published for its names (…对象公示, …名单,
    …情况公开) names its people on purpose: its title decides."""
    out: list[Found] = []
    if _PUBLISHED_LIST.search(head_lines(text, _TITLE_LINES)):
        return out
    for heads, end in heading_rows(text, "姓名"):
        column = next((k for k, h in enumerate(heads) if "姓名" in h and len(h) <= 6), None)
        if column is None or not any(w in h for h in heads for w in _PRIVATE_COLUMNS):
            continue
        for s0, s1 in column_cells(text, end, column, len(heads)):
            token = text[s0:s1]
            if is_name_token(token) and plausible_name(token, 0) == (0, len(token)):
                out.append(Found("person_name", s0, s1, 0.05,
                                 "name in the 姓名 column of a list of private persons"))
    return out


# A personal profile: a name, then sex and age (韦某某，女，68岁 / 王某（男，41岁）). Cadre
# biographies give sex, ethnicity and year of birth (男，壮族，1979年8月生) and are published on
# purpose; an age in years is what relief lists, patient lists and case files write.
# Incident reports name a child or a resident by role and give the age alone in brackets
# (学生韩某某（14岁）), which is as singling as sex and age.
_PROFILE = regex.compile(
    r"(?:^|(?<=[\s:：,，;；。、(（]|[0-9一二三四五六七八九十]+[.．、)）]"
    r"|学生|儿童|幼儿|患儿|少年|男孩|女孩|村民|居民|老人|伤者|死者|未成年人|孩子"
    # or named by a role first (遇难船员为郭某某（男，43岁）), or as a point of a list of
    # cases (一是…，二是邱某某（男，13岁…）)
    r"|为|[一二三四五六七八九十]是"
    # or right after the place the person lives in (鲎湾镇陈某某，男，12岁)
    r"|[镇乡村组]|社区|街道"
    # or after the trade a worker is named by (掘进工刘某某，男，67岁; 炉顶工…)
    r"|工))"
    r"(\p{Han}{2,4}?|\p{Han}{2,4}[·・•‧]\p{Han}{2,5}?)"
    r"(?:[,，(（]\s*[男女][,，、]\s*|[(（]\s*)[0-9]{1,3}(?:周)?岁", regex.MULTILINE)


#: The same profile with a month of birth instead of an age (林某某，男，2007年3月出生): how a
#: paper on minors in a case writes them. Elsewhere it is also how a published appointment
#: notice writes an official, so it is read only where the caller says so.
_BIRTH_PROFILE = regex.compile(
    r"(?:^|(?<=[\s:：,，;；。、(（]|[0-9一二三四五六七八九十]+[.．、)）]))"
    r"(\p{Han}{2,4}?)[,，]\s*[男女][,，、]\s*(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?出?生",
    regex.MULTILINE)


#: The profile with the day of birth (申请人：林某某，男，1958年12月25日出生): how a review
#: decision, a judgment or a case file writes a private party. An appointment notice gives
#: an official's year and month only (男，汉族，1975年3月生), so this is read everywhere.
_BIRTH_DAY_PROFILE = regex.compile(
    r"(?:^|(?<=[\s:：,，;；。、(（]|[0-9一二三四五六七八九十]+[.．、)）]))"
    r"(\p{Han}{2,4}?)[,，]\s*[男女][,，、]\s*(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日出?生",
    regex.MULTILINE)


def names_in_profiles(text: str, lo: int = 0, hi: int | None = None, *,
                      births: bool = False) -> list[Found]:
    """Names followed by sex and age (or, with ``births``, a month of birth; the day of birth
    always), at the start of a line, list item or clause."""
    out: list[Found] = []
    hi = len(text) if hi is None else hi
    matches = [*_PROFILE.finditer(text, lo, hi),
               *(_BIRTH_PROFILE.finditer(text, lo, hi) if births
                 else _BIRTH_DAY_PROFILE.finditer(text, lo, hi))]
    for m in matches:
        span = plausible_name(text, m.start(1))
        if span is None or not is_name_token(text[span[0]:span[1]]):
            continue
        if span[1] == m.end(1) - 1 and span[1] - span[0] == 2 and text[span[1]] in _BIRTH_ORDER:
            span = (span[0], span[1] + 1)  # 岩罕三，男，41岁: a birth-order numeral closes it
        if span[1] != m.end(1):
            continue
        told = ("age" if m.re is _PROFILE else
                "day of birth" if m.re is _BIRTH_DAY_PROFILE or "日" in m.group() else
                "month of birth")
        out.append(Found("person_name", span[0], span[1], 0.05,
                         f"name followed by sex and {told} (a personal profile)"))
    return out


#: A private person written by their home: a house or flat number right before the name
#: (老街36号蔡某某、老街58号郭某某等3人; 5栋0801室严某某提出…), with the street before the
#: number, or the name as a household (系何某某户自建房). Petition replies, renovation votes
#: and meeting minutes on a dispute write residents this way; a published compensation list
#: puts the number and the name in separate cells, which this does not read.
_HOUSE_THEN_NAME = regex.compile(
    r"[0-9]{1,5}(?:号|室)(\p{Han}{2,4}?)(?=[、，,（(]|等|提出|反映|多次|一家|家中|户|称|系)")
_HOUSEHOLD = regex.compile(r"户(?=自建|房屋|住房|住宅|宅基地|承包|家中|加盖|违建)")
#: What stands right before a household's name (系何某某户, 对何某某户).
_BEFORE_HOUSEHOLD = frozenset("系为与对是将")
_STREET_ENDS = frozenset("街路巷弄里村")
#: Characters a street name before its suffix does not hold (其中老街…, 在海晏路…).
_NOT_IN_STREET = frozenset("中的在于和与及是为其住系")
_STREET_REACH = 4
#: A numbered list of people, each opened by the name and the village or group the person
#: lives in (1.某某某，南坪村一组，曾组织…; 2.某某，后澳村养殖户，…): how a stability or relief
#: paper lists the people it watches or helps. An official's list point gives a post instead
#: (1.某某，县委副书记; 2.某某，某某村党支部书记).
#: One ``re`` pattern led by the line break (the stdlib engine skips to each one): a third of
#: the time of finding the points and matching the rest at each.
_LISTED_WITH_VILLAGE = re.compile(
    r"\n[ \t]*[0-9一二三四五六七八九十]{1,2}[.．、][ \t]*([\u4e00-\u9fff]{2,4}?)[，,][ \t]*"
    r"[\u4e00-\u9fff]{1,10}?(?:村|社区|小区)(?:[一二三四五六七八九十0-9]{1,2}组)?"
    r"(?:村民|居民|养殖户|种植户|农户|渔民)?[，,]")


def names_by_home(text: str) -> list[Found]:
    """Names written with their house number or as a household, and those house numbers
    (``address`` findings for the number with its street)."""
    out: list[Found] = []
    for m in _HOUSE_THEN_NAME.finditer(text):
        span = plausible_name(text, m.start(1))
        if span is None or span[1] != m.end(1) or not is_name_token(m.group(1)):
            continue
        out.append(Found("person_name", *span, 0.0, "name right after a house or flat number"))
        street = m.start()
        if street > 0 and text[street - 1] in _STREET_ENDS:
            street -= 1
            while (m.start() - street <= _STREET_REACH and street > 0
                   and _HAN.match(text[street - 1]) and text[street - 1] not in _NOT_IN_STREET):
                street -= 1
            # The resident's name right after it is what a home label would say (0.45 + 0.3).
            out.append(Found("address", street, m.start(1), 0.3,
                             "the house number written right before a resident's name"))
    for m in _LISTED_WITH_VILLAGE.finditer(text):
        span = plausible_name(text, m.start(1))
        if span is not None and span[1] == m.end(1) and is_name_token(m.group(1)):
            out.append(Found("person_name", *span, 0.0,
                             "name opening a list point, with the village the person lives in"))
    for m in _HOUSEHOLD.finditer(text):
        for start in (m.start() - 3, m.start() - 2):
            if start < 1 or text[start - 1] not in _BEFORE_HOUSEHOLD:
                continue
            span = plausible_name(text, start)
            if span is not None and span[1] == m.start() and is_name_token(text[start:m.start()]):
                out.append(Found("person_name", *span, 0.0, "name of a household (某某户)"))
                break
    return out


# A name with the person's own phone in brackets right after it (何某某(联系电话0736-…)反映…):
# how reports of hotline tickets and complaints write the citizen who called.
_PHONE_LABEL = r"(?:联系电话|联系方式|电话|手机号|手机|联系手机)"
_CONTACT_AFTER = regex.compile(
    rf"(\p{{Han}}{{2,4}}?)[(（][ \t]*(?:家庭|住宅|家中|个人)?{_PHONE_LABEL}[:：]?[ \t]*[0-9]")
#: The same bracket read back from the number it holds (the label may be left out).
_BRACKET_BEFORE = regex.compile(rf"(\p{{Han}}{{2,4}})[(（][ \t]*{_PHONE_LABEL}?[:：]?[ \t]*$")
#: A name already masked in the draft (何某某): still a private person.
_MASKED_NAME = regex.compile(r"\p{Han}某{1,2}$")


#: A draft that masks a name and then gives it in brackets anyway (产妇赵某某（赵金凤）): the
#: bracket undoes the mask; the same surname says it is the same person.
_MASK_THEN_BRACKET = regex.compile(r"(\p{Han})某{1,2}[(（]")


def names_behind_masks(text: str) -> list[Found]:
    """Full names given in brackets right after the same person's masked name."""
    out: list[Found] = []
    for m in _MASK_THEN_BRACKET.finditer(text):
        span = plausible_name(text, m.end())
        if span is not None and text[span[0]] == m.group(1) \
                and text[span[1]:span[1] + 1] in _BRACKET_CLOSE:
            out.append(Found("person_name", span[0], span[1], 0.05,
                             f"full name in brackets after the masked {m.group()[:-1]}"))
    return out


def names_before_contact(text: str, lo: int = 0, hi: int | None = None) -> list[Found]:
    """Names followed by their own phone number in brackets."""
    out: list[Found] = []
    for m in _CONTACT_AFTER.finditer(text, lo, len(text) if hi is None else hi):
        span = name_ending_at(text, m.end(1))
        if span is not None:
            out.append(Found("person_name", span[0], span[1], 0.05,
                             "name followed by the person's phone number in brackets"))
    return out


#: The same bracket listing several of the person's numbers (罗某某（手机135…，办公电话
#: (0694)…）): each entry a label and a number, the one read last its own label.
_CONTACTS_BEFORE = regex.compile(
    rf"(\p{{Han}}{{2,4}})[(（][ \t]*{_PHONE_LABEL}[:：]?[ \t]*\+?[0-9][0-9 \-]{{5,16}}[0-9]"
    r"[，,、；;][ \t]*(?:办公|单位|工作|家庭|住宅)?(?:电话|座机|固话|手机)[:：]?[ \t]*$")
_CONTACTS_REACH = 40


def contact_owner(text: str, number_start: int) -> str | None:
    """The person (named or already masked) whose bracket holds the number at
    ``number_start``, as in 何某某(联系电话0736-…) or 罗某某(手机135…，办公电话0694-…); None
    when no name opens the bracket."""
    m = (_BRACKET_BEFORE.search(text, max(0, number_start - 14), number_start)
         or _CONTACTS_BEFORE.search(text, max(0, number_start - _CONTACTS_REACH), number_start))
    if m is None:
        return None
    if _MASKED_NAME.search(m.group(1)) or name_ending_at(text, m.end(1)) is not None:
        return m.group(1)
    return None


# A person introduced with a bracketed profile that holds the number (罗某某(女,38岁,身份证号
# 4305…), 李某某(身份证号…)): prose of case reports, correction files and epidemic reports. The
# bracket is the person's, so the name that opens it owns the number.
_BRACKET_OPEN = "(（"
_BRACKET_CLOSE = ")）"
_BRACKET_REACH = 40


def name_owning_bracket(text: str, number_start: int, kind: str) -> Found | None:
    """The name right before the open bracket that holds the number at ``number_start``."""
    lo = max(0, number_start - _BRACKET_REACH)
    inside = max(text.rfind(c, lo, number_start) for c in _BRACKET_OPEN)
    if inside < 0 or any(c in text[inside:number_start] for c in _BRACKET_CLOSE + "\n。；;"):
        return None
    span = name_ending_at(text, inside)
    if span is None:
        return None
    return Found("person_name", span[0], span[1], 0.05,
                 f"name whose bracketed profile holds a {_what(kind)}")


# Prose that says whose account or phone a number is (经营者某某的个人银行卡6217…, 某某名下
# 银行卡…, 某某的手机号码为…, 某某使用的手机号码为…): an audit finding or a case report, where
# the line is too long for a row and no bracket opens.
_OWNED_NUMBER_BEFORE = regex.compile(
    r"(?:(?:使用|持有|实际使用|登记|绑定)?的|名下的?)(?:个人)?"
    r"(?:银行卡|银行账户|储蓄卡|借记卡|账户|社保卡|手机|手机号码?|联系电话)"
    r"(?:号码?|账号|卡号)?(?:为|是|[：:])?$")
_OWNED_REACH = 18


def name_owning_number(text: str, number_start: int, kind: str) -> Found | None:
    """The name right before 的/名下 and the word for an account or a phone that the number at
    ``number_start`` completes."""
    return _name_before_label(text, number_start, _OWNED_NUMBER_BEFORE, _OWNED_REACH,
                              f"name whose own {_what(kind)} follows (…的/名下…)")


def _what(kind: str) -> str:
    """A recogniser's find, as evidence says it (a mobile number, a personal mailbox)."""
    return "personal mailbox" if kind == "email" else f"{kind.replace('_', ' ')} number"


# A story about one person's illness names them by role (学生刘某某讲述自己因抑郁症休学…,
# 村民赵某某确诊后…): the role word, then the name, then the condition in the same sentence.
_ROLE_BEFORE_NAME = regex.compile(
    r"(?:学生|同学|职工|员工|工作人员|村民|居民|教师|老师|患儿|孩子|幼儿|儿童|老人|农民|工人|司机"
    r"|保洁员|保安|护工|厨师|店主|业主|新兵|应征青年|考生|学员|战士|参保人|参保职工|首发病例|病例"
    r"|班主任|辅导员|驾驶员|船员|矿工|渔民|牧民|护士"
    r"|其子|其女|其妻|其夫|其父|其母|儿子|女儿|妻子|丈夫|父亲|母亲|孙子|孙女"
    r"|旅客|乘客|游客|邻居|家长|产妇|孕妇|顾客|消费者|住户|租户"
    r"|罪犯|服刑人员|在押人员|戒毒人员|吸毒人员)(?=\p{Han})")
#: A name with the word a list or a school puts after it (李某某同学因患…, 张某同志因病…), or
#: the verb of a diagnosis right after it (邹某某实际诊断为…, 冯某患…).
_WORD_AFTER_NAME = regex.compile(r"(?:同学|同志|小朋友)(?=[因患经在于被])"
                                 # an elder a community report names (黄某某老人（…）患…)
                                 r"|老人(?=[因患经在于被(（])"
                                 r"|(?:实际|经|已)?(?:被诊断为|诊断为|确诊为|患有|因患|患)"
                                 # …经进一步检查诊断为…, 经市医院确诊为…
                                 r"|经[^，,。；;\n]{1,10}?(?:诊断|确诊)为")
_SENTENCE_BACK = 40
#: The word that joins a name to the condition right after it (林某某因肝癌…, 王某某因公致右下肢
#: 截肢, 朱某某系精神残疾二级, 杨某某（患2型糖尿病…）, 罪犯某某，患…, 邬某某体检复查项目为转氨酶
#: 偏高, 产妇某某孕34周因…), with the digits a diagnosis may open with.
_LINK_TO_CONDITION = regex.compile(
    r"(?:[(（,，]?(?:长期|一直|自幼|常年|多年)?(?:患有|因患|患|有)|(?:孕[0-9]{1,2}周)?因(?:公|工|病)?致?|系|经诊断为"
    r"|体检(?:复查)?(?:项目)?为)[0-9]{0,2}$")
#: The comma between a bracketed name and its condition (（冶某某，尿毒症…）).
_BRACKETED_NAME_THEN = regex.compile(r"[，,]$")
#: What stands before a name that opens a clause.
_CLAUSE_OPEN = frozenset("。，,；;：:、\n")
#: How far back a bracket after the name (its ID number, its age) may open.
_BRACKET_BACK = 40


def name_before_condition(text: str, condition_start: int) -> Found | None:
    """The person a condition is told of: a role word and a name earlier in its sentence."""
    lo = sentence_start(text, condition_start, _SENTENCE_BACK)
    found: list[tuple[int, int]] = []
    for m in _ROLE_BEFORE_NAME.finditer(text, lo, condition_start):
        span = plausible_name(text, m.end())
        if span is not None and span[1] <= condition_start \
                and is_name_token(text[span[0]:span[1]]):
            found.append(span)
    for m in _WORD_AFTER_NAME.finditer(text, lo, condition_start):
        span = name_ending_at(text, m.start())
        if span is not None and span[0] >= lo:
            found.append(span)
    if condition_start > lo and text[condition_start - 1] in _BRACKET_OPEN:
        # 晋某某（精神分裂症，…）: the bracket after the name opens with the diagnosis
        span = name_ending_at(text, condition_start - 1)
        if span is not None and span[0] >= lo:
            found.append(span)
    comma = _BRACKETED_NAME_THEN.search(text, lo, condition_start)
    if comma is not None:
        span = name_ending_at(text, comma.start())
        if span is not None and text[span[0] - 1:span[0]] in _BRACKET_OPEN:
            found.append(span)  # 1人（冶某某，尿毒症，…）: the bracket names the person first
    if text[condition_start:condition_start + 1] in SIDE_WORDS:
        # 吴某某右股骨粉碎性骨折: an injury report puts the body part right after the name
        span = name_ending_at(text, condition_start)
        if span is not None and span[0] >= lo and text[span[0] - 1:span[0]] in _CLAUSE_OPEN:
            found.append(span)
    link = _LINK_TO_CONDITION.search(text, lo, condition_start)
    if link is not None:
        end = link.start()
        if end > lo and text[end - 1] in _BRACKET_CLOSE:
            # 田某某（身份证号…）患…: the name stands before its bracket
            opened = max(text.rfind(c, max(lo, end - _BRACKET_BACK), end) for c in _BRACKET_OPEN)
            end = opened if opened >= 0 else end
        span = name_ending_at(text, end)
        if span is not None and span[0] >= lo:
            found.append(span)
    if not found:
        return None
    start, end = max(found)  # the person nearest the condition
    return Found("person_name", start, end, 0.05,
                 "name of the person whose illness the sentence tells")


#: The verb of a report made under one's own name (罗某某实名举报, 吕某某实名反映).
_REPORTED_BY_NAME = regex.compile(r"实名(?:举报|反映|投诉|检举|控告|来信)")


#: A private person named as the source of a report (根据群众冶某某举报, 村民罗某某的检举).
_REPORTED_BY_ROLE = regex.compile(
    r"(?:群众|村民|居民|市民|网民|职工|员工|知情人)(?=\p{Han}{2,4}?(?:的)?(?:举报|检举|控告))")
_REPORT_AFTER_NAME = regex.compile(r"(?:的)?(?:举报|检举|控告)")
#: An informant named by a label (举报人姓名：郑某某, 举报人：罗某某).
_INFORMANT_LABEL = regex.compile(r"举报人(?:姓名)?[:：]")


def names_of_informants(text: str) -> list[Found]:
    """Names right before 实名举报 and its kin (罗某某实名举报, 罗某某的实名举报), or after an
    informant's label: who reported a case."""
    out: list[Found] = []
    for m in _INFORMANT_LABEL.finditer(text):
        span = plausible_name(text, m.end())
        if span is not None and is_name_token(text[span[0]:span[1]]):
            out.append(Found("informant_name", span[0], span[1], 0.0,
                             "name after the informant's label"))
    for m in _REPORTED_BY_ROLE.finditer(text):
        span = plausible_name(text, m.end())
        if span is not None and _REPORT_AFTER_NAME.match(text, span[1]):
            out.append(Found("informant_name", span[0], span[1], 0.0,
                             f"name of the {m.group()} whose report started the case"))
    for m in _REPORTED_BY_NAME.finditer(text):
        end = m.start() - 1 if text[m.start() - 1:m.start()] == "的" else m.start()
        span = name_ending_at(text, end)
        if span is not None:
            out.append(Found("informant_name", span[0], span[1], 0.0,
                             "name of a person who reported under their own name"))
    return out


#: Who an open case is against, by role (犯罪嫌疑人卢某某, 被举报人…); the names may be listed.
_SUSPECT_ROLE = regex.compile(r"(?:犯罪嫌疑人|违法嫌疑人|嫌疑人|被举报人|被调查人|涉案人员|同案人)")
#: What an open case does to a named person right after the name (符某某已被县公安局以涉嫌…,
#: 罗某某因涉嫌…被刑事拘留, 周某某涉嫌…).
_CASE_AGAINST = regex.compile(
    r"(?:已|已经|现已)?(?:被[^，,。；;\n]{0,12}?(?:刑事拘留|逮捕|留置|立案|取保候审|监视居住|"
    r"采取强制措施|以涉嫌)|因涉嫌|涉嫌)")
#: A paper that names no suspect has none of these (the recogniser is skipped).
SUSPECT_WORDS = ("涉嫌", "嫌疑人", "被举报人", "被调查人", "涉案人员", "同案人")


def names_of_suspects(text: str) -> list[Found]:
    """Names of the people an open case is against: after a suspect's role word (with the
    names listed after the first), or right before what the case does to them."""
    out: list[Found] = []
    for m in _SUSPECT_ROLE.finditer(text):
        span = plausible_name(text, m.end())
        if span is None:
            continue
        out.append(Found("suspect_name", span[0], span[1], 0.0,
                         f"name after {m.group()}"))
        out.extend(Found("suspect_name", s, e, 0.0, f"name listed after {m.group()}")
                   for s, e in listed_names(text, span[1]))
    for m in _CASE_AGAINST.finditer(text):
        span = name_ending_at(text, m.start())
        if span is not None and not in_book_title(text, *span):
            out.append(Found("suspect_name", span[0], span[1], 0.0,
                             f"name of the person who {m.group()}"))
    return out


def _inside_word(text: str, start: int) -> bool:
    """Whether a name found by its end starts inside a word (机关移送涉嫌…: 关 ends 机关;
    工程师邝明: 师 ends 工程师)."""
    return start > 0 and (lexicon.is_common_word(text[start - 1:start + 1])
                          or (start > 1 and lexicon.is_common_word(text[start - 2:start + 1])))


def stands_as_name(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` stands there as the name, not inside a longer name
    or a word (王伟 in 王伟东, 张明 in 主张明确)."""
    if plausible_name(text, start) == (start, end):
        return True
    # A three-character name is rarely a piece of something else; it may run into a word
    # that plausible_name reads as its end (郭某某家住).
    return end - start >= 3 and (end == len(text) or not _HAN.match(text[end])
                                 or text[end] in _AFTER_NAME)


#: Characters that follow a name and begin no given name.
_AFTER_NAME = frozenset("的了在是和与及或等因于向被把将对为以也都就而且但并所其之这那有无不同系经现"
                        "自已曾到说称患住家")


def in_book_title(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` sits inside 《…》 (within 60 characters either side): a law's
    or a document's name."""
    left = text.rfind("《", max(0, s - 60), s)
    if left < 0 or text.find("》", left, s) >= 0:
        return False
    right = text.find("》", e, e + 60)
    return right >= 0 and text.find("《", e, right) < 0


def name_ending_at(text: str, end: int) -> tuple[int, int] | None:
    """A plausible name of two to four characters that ends at ``end`` (longest first), or a
    dotted name (its first part taken as three characters when it may be more)."""
    dot = max(text.rfind(c, max(0, end - _DOTTED_REST - 1), end) for c in _DOT)
    if dot > 0:
        for size in (3, 2, 4):
            span = _dotted_name_at(text, dot - size) if dot - size >= 0 else None
            if span is not None and span[1] == end:
                return span
    for size in (3, 2, 4):
        start = end - size
        if start < 0:
            continue
        if _inside_word(text, start):
            continue  # 工程师邝明: 师 ends 工程师, the name is two characters
        span = plausible_name(text, start)
        if span is not None and span[1] == end and is_name_token(text[start:end]):
            return span
        if size == 3 and span == (start, end - 1) and text[end - 1] in _FINAL_GIVEN \
                and not lexicon.is_common_word(text[start + 1:end]):
            return start, end  # 王春来（…）: where the name ends is known, 来 ends it
    return None


#: Stop characters that often end a given name (春来, 建中, 永年, 德和): read as its last
#: character where the caller knows the name ends there (before its bracket, its label).
_FINAL_GIVEN = frozenset("来中年和元同全")


# The salutation of a reply letter (信访事项处理意见书, 答复意见书, 告知书): a line holding only the
# addressee's name and a colon (黄某某：). 信访工作条例第三十六条 forbids disclosing the
# petitioner's identity; a reply to an office (某某局：) ends in a unit word and is skipped.
# The addressee's own numbers may follow in brackets (陈某某（身份证号：…，联系电话：…）：).
_SALUTATION = regex.compile(r"^[ \t\u3000]*(\p{Han}{2,4}?)(?:同志|先生|女士)?"
                            r"([(（][^)）\n]{0,80}[)）])?[:：][ \t\u3000]*$", regex.MULTILINE)
_TITLE_ENDINGS = ("长", "主任", "书记", "同志", "委员", "领导", "各位", "单位", "部门", "老师")
_SALUTATION_LINES = 12


def names_in_salutation(text: str) -> list[Found]:
    """The addressee of a reply letter: a name alone on a line near the top, with a colon."""
    out: list[Found] = []
    head_end = 0
    for _ in range(_SALUTATION_LINES):
        nxt = text.find("\n", head_end + 1)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt
    for m in _SALUTATION.finditer(text, 0, head_end):
        token = m.group(1)
        if token.endswith(_TITLE_ENDINGS) or not is_name_token(token):
            continue
        span = plausible_name(text, m.start(1))
        if span is None or span[1] != m.end(1):
            continue
        # Their own numbers in brackets confirm a private person (and outrank the reading
        # of the same name as a bracket's owner, so the letter is read as a reply).
        numbered = m.group(2) is not None and any(c.isdigit() for c in m.group(2))
        out.append(Found("person_name", span[0], span[1], 0.1 if numbered else 0.0,
                         "the addressee of a reply letter (a private petitioner)"))
    return out
