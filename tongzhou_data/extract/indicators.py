"""Indicator names: what a quantity measures, in a few Chinese words read from its own clause.

The rules, for any report of the genre: the words around the number, without the number, its unit and
qualifier; verbs of reaching at the end dropped (森林覆盖率提升至 → 森林覆盖率); a rank names its scope
(居全市第一 → …全市排名); a growth rate says so (…增长 → …增长率); a count, a head count, an area or a
length says so by its unit (新开公办幼儿园5所 → 新开公办幼儿园数); a piece that is only a verb of change
(、增长5.4%) takes its subject from the words before the first number of its sentence
(全市地区生产总值5.2万亿元、增长5.4% → 地区生产总值增长率).
"""

from __future__ import annotations

import re

from .catalogue import START, entries
from .numbers import ALL_UNITS, STREAK_WORD, Quantity
from .text import ENUMERATOR_WORDS, MAX_QUOTE, after_last
from .vocabulary import (
    alternation,
    change_verbs,
    estimate_words,
    qualifiers,
    region_words,
    rows,
    status_phrases,
    words,
)

# Verbs of reaching that end a name and are not part of it (森林覆盖率提升至 → 森林覆盖率), and the words of a rank
# (…居全市第一 → …全市排名): `reaching_words.csv`, `rank_words.csv`.
REACHING = re.compile(  # not the 均 of 平均 (收入平均达40万元: an average, no adverb)
    rf"(?:(?<!平)(?:{alternation(words('reaching_words', 'word', role='lead'))}))?"
    rf"(?:{alternation(words('reaching_words', 'word', role='verb'))})$"
    rf"|(?:{alternation(words('reaching_words', 'word', role='alone'))})$"
)
# An aim's word (力争, 确保, 争取: `leading_words.csv` intent, no time) inside a name, before its verb of change or of
# achieving (比重力争提高, 产业力争实现营业收入): the sentence's aim, no word of what is measured
_AIMS = [w for w in words("leading_words", "word", role="intent") if "年" not in w]
AIM_BEFORE_VERB = re.compile(
    rf"(?<=.)要?(?:{alternation(_AIMS)})(?=(?:{alternation([*change_verbs(alone='yes'), '完成', '实现'])}))"
)
AIM_CHARACTERS = frozenset(w[0] for w in _AIMS)  # the first characters of the aims: a name holding none skips the regex
# The characters that end a verb of reaching: words ending in none of them hold no `REACHING` (most names).
REACHING_LAST = frozenset(w[-1] for role in ("verb", "alone") for w in words("reaching_words", "word", role=role))
# A level per so many people, said after its verb of reaching (重症床位数提高到每10万人12张以上): the per's words
# open the name (每10万人重症床位数); per a time or a volume (提高至每月150元, 下降至每立方米19微克), and per head and
# time (低保标准提高至每人每月1040元), the unit's
PER_REACHED = re.compile(
    rf"(?:{alternation(words('reaching_words', 'word', role='lead'))})?"
    rf"(?:{alternation(words('reaching_words', 'word', role='verb'))})"
    r"(?P<per>每[0-9０-９.]*[十百千万]*(?:名|个)?[^0-9０-９，、。；每的]{1,4}(?:每[月年日天])?)$"
)
PEOPLE = ("人", "人口", "户", "老人", "老年人")  # what a per counts heads of
PER_HEAD_TIME, MONEY, STANDARD = "每人每", "元", "标准"  # 每人每月…元: money set for each, a standard
PER_TIME_END = re.compile("(?:每[人户])?每[年月](?=数?$)")  # 每年, 每人每月 ending a name: how often, no word of it
RANK_SCOPE = re.compile(
    rf"(?:{alternation(words('rank_words', 'word', role='adverb'))})*"
    rf"(?:{alternation(words('rank_words', 'word', role='verb'))})"
    rf"((?:{alternation(words('rank_words', 'word', role='scope'))})[^，。、；：0-9]{{0,8}}?)$"
)
BARE_RATE = re.compile("增速|增幅|增量")  # .fullmatch: a rank of a growth or gain whose subject the clause before names
SCOPE_WORD = re.compile(alternation(words("rank_words", "word", role="scope")))  # where a rank's words start
BARE_SCOPE = re.compile(rf"((?:{alternation(words('rank_words', 'word', role='scope'))}))$")  # 增速全省第一
TOTALS = "总数|总量|总计|总规模|累计数|总里程|总面积|总容量"  # the words of a total
SHARE_WORDS = re.compile("^[^占，、]{2,}占[^占，、]{2,}的$")  # 民生支出占一般公共预算支出的: a share before its number
SHARE_END = re.compile("(?:的|比重|比例)$")
SHARE_NAMED = re.compile("(?:比重|比例|占比|率|份额|覆盖面|水平|指数|系数|强度|程度)$")  # says it is a share
BARE_TOTAL = re.compile(rf"(?:新增)?(?:{TOTALS}|累计$)")  # .fullmatch; 总数达446家: whose total?
COPULA = re.compile("(?:也|还|均)?(?:是|成为)")  # .match: a clause that says what its subject is, no subject of its own
RANKED_TOTAL = re.compile(r"(?:新增)?(?:总数|总量|数量|累计数)")  # .fullmatch: a total or a number of things
BARE_ADDED = re.compile("新增|净增")  # .fullmatch: 新增1家 after a count, of the same things
ADDED_END = re.compile("(?:新增|净增)$")  # .sub: a subject's verb of adding, before a total of all (…净增700家、总量…)
ADDED = re.compile("^(?:新增|净增)|(?:新增|净增)$")  # 西部百强县新增1个、达到8个: the things, not what was added
REMOVING = re.compile("撤销|撤并|关停|取消|淘汰|退出|减少")  # work that takes things away: 新增 adds no such
TOTAL_WORD_END = re.compile("(?:总数|总量|总计)$")
# A total's name, or its rank's: nothing new (新增…、总数达310家; 新增…、总数居全国第7位)
RUNNING_TOTAL = "累计"  # before 分别: each number of the list is a total to date, not what was added
TOTAL_END = re.compile(rf"(?:{TOTALS})(?:[^0-9，、]{{0,8}}排名)?$")
PARTITIVE = re.compile("(?:中|其中)?(?:已|共|仅|还)?(?<![现既拥具持所没少])有$")  # 项目中有31个…: how many are so
SHORT_SUBJECT = 16  # a subject carried from the sentence's start longer than this is no subject, but prose
FIVE_YEARS = "“?十[一二三四五]五”?(?:期间|时期)"  # “十二五”期间年均增长9.8%: a period, no name
NEW = re.compile(r"^(?:新增|新认定|新引进|新建成|新建改造|新建|新开工|新开通|新开|累计|全年)")
_LEADING_WORDS = [row["word"] for row in rows("leading_words") if row["role"] != "achieve"]
LEADING = re.compile(  # 力争年底前治理率超75%: an aim and its time, no name (`leading_words.csv`), a year, a dash, 一是
    rf"^(?:——|{ENUMERATOR_WORDS}|{alternation(_LEADING_WORDS)}|(?:到|至)?[0-9]{{4}}年(?:度|末|底|初)?|{FIVE_YEARS}|{estimate_words()})+"
)
# Adverbs ending the words before a bound (首次突破, 均超过, 累计突破): no part of a name (`reaching_words.csv`
# adverbs); not the 均 of 人均, 平均, 年均.
ADVERB_END = re.compile(rf"(?<![人平年])(?:{alternation(words('reaching_words', 'word', role='adverb'))})+$")
# A verb of achieving opening an amount's words (实现营收500亿元 → 营收); before a count it is the predicate the
# count counts (实现干线绿波118条 → 实现干线绿波数), and stays.
ACHIEVING = re.compile(rf"^(?:{alternation(words('leading_words', 'word', role='achieve'))})")
BASIS = f"同比|年均|可比口径|可比|分别|同口径|{estimate_words()}"  # words of basis or estimate before a bare change
COMPARED = r"(?:较|比)(?:去年|上年末?|[0-9]{4}年末?)"  # 较2015年末增长37.9%: a change since, still subjectless
# A piece that adds to its subject before a number (千亿级园区新增2个): whose level a bare 达到 after it is
ADDED_PIECE = re.compile(  # .fullmatch
    r"(?P<subject>[^，、：0-9０-９“”]{2,16}?)(?:年均|同比|累计|分别)*(?:新增|净增|增加|增长)[0-9０-９][^，、]*"
)
AMOUNT_ADDED = re.compile("新增|净增|增加|增产|减少|减产")  # .fullmatch: a bare change of the amount before it
# A verb of change with 了 (增长了52.7%); a group, not a lookbehind, which would fail at import once `change_verbs.csv`
# held verbs of two lengths
CHANGED_PERFECT = re.compile(rf"(?P<verb>{alternation(change_verbs(alone='yes'))})了$")
VERB_OF_CHANGE = re.compile(  # 较2017年增长了52.7%, 较2017年净增1万亿元: a verb of change alone, 了 or 净 no more
    rf"^(?:{COMPARED})?(?:{BASIS})?净?(?:{alternation(change_verbs(alone='yes'))})了?$"
)
# A comparison before a verb of change inside a name (城镇化率较去年提高, 地区生产总值比上年增长): with the year before,
# the basis of every yearly change, no word of the name; with a base year or time (比2013年下降, 较五年前提高), said
# after the name in brackets (PM2.5平均浓度下降率（较2013年）), as annotators write it.
SINCE_BASE = re.compile(
    rf"(?:较|比)(?:(?:去年|上年|上一年)(?:末|同期)?|同期|(?P<base>[0-9]{{4}}年末?|[一二三四五十]年前))"
    rf"(?=(?:{BASIS})?(?:{alternation([*change_verbs(), '跃升', '前移', '进位'])}))"
)
# A measure that names no subject opening a name (增加值年均增长, 营收, 总量居全国首位, 增速全省第一:
# `measure_words.csv` needs_owner; not 规模以上…): whose it is, the subject of the nearest piece before that names one.
OWNERLESS = re.compile(rf"^(?:{alternation(words('measure_words', 'word', role='needs_owner'))})(?!以|工业|企业)")
PER_HEAD = re.compile(alternation(words("measure_words", "word", role="per_head")))  # .fullmatch: 人均突破1万美元
SIZE_WORDS = re.compile(r"[0-9０-９十百千万亿超过破]")  # .search: a threshold (营收超千亿元企业): a kind, its own
BOUND_ONLY = re.compile(f"(?:{alternation(words('qualifiers', 'word', position='before'))})?")  # .fullmatch
EACH_OF = re.compile("(?<![人年平])均")  # .search: a measure of every subject before (增速均居…), not one's
ESTIMATED_END = re.compile(f"(?:{estimate_words()})$")  # 规上工业企业预计达到340户: no 预计
OWNER_SHARE = re.compile("占比$|占[^占]+(?:比重|比例)$")  # 数字经济占比达到45%、规模突破万亿元: 数字经济's 规模
# no owner: a share's or a gap's words, a rank's (位次前移1位), a rate
OWNER_NOT = re.compile("^(?:占|其中|对|比|较|高于|低于|快于|慢于|位次|排名|名次)|率$")
# A gap to the whole's figure (增长5.2%、高于全国0.8个百分点) has no subject of its own either.
_WHOLES = "全国|全省|全市|全区|预期目标"  # and the target set for the year
ABOVE_WHOLE = re.compile(
    rf"^(?:{BASIS})?(?:高于|低于|快于|慢于)(?:{_WHOLES}|规上工业|规模以上工业)(?:平均水平|平均)?$"
    rf"|^(?:{BASIS})?[比较](?:{_WHOLES})(?:平均水平|平均)?[高低快慢]$"  # 经济增速达6.6%、比全国高1.8个百分点
)  # or all industry's growth (高技术制造业增加值增长21.7%、高于规上工业14.7个百分点)
# Where a subject stands among others before a bound or its growth (存款余额在全省地级市率先突破5000亿元): no part of
# what is measured
PLACED_AMONG = re.compile(
    rf"在(?:全国|全省|全市|全区|省内|国内|全球)[^在，、]{{0,8}}?(?:率先|首次)?(?=(?:{alternation(change_verbs(rate='yes'))})?率?$)"
)
# 均 (each) before the verb of a growth of a list of subjects (…、旅游总花费均增长率), which the name lists already;
# alone (规上工业增加值均增长20%以上: of each city) it stays, and 人均, 年均, 平均 are words of their own
EACH_GROWTH = re.compile(rf"(?<![人年平])均(?=(?:{alternation(change_verbs(rate='yes'))})率$)")
LISTED = re.compile("[、和及与]")
# Another count of the sentence inside a name (搬迁4.58万户17.05万人, 546件提案办复率): no part of it; not
# a threshold (30户以上), a base (每10万人), a rank (前10名), a range (2-3个) or a label (3人制)
OTHER_COUNT = re.compile(
    r"(?<![每前第近超约“0-9０-９.至和及、\-—～~])[0-9０-９]+(?:\.[0-9０-９]+)?[万亿]?(?:个|家|户|所|名|项|件|人|宗)"
    r"(?!以上|以下|以内|左右|制|次|级|数|口|月|百分点|[-—～~0-9０-９])"
)
# An amount of the sentence left at the end of a name, or before its 数 or streak (开展水权交易2248宗5803.06万立方米,
# 为4户企业股权投资1.2亿元, 连续7年累计回升10.1米): no part of it; not a bar it names (超过400万吨, 突破7000亿元)
OTHER_AMOUNT = re.compile(
    r"(?<![每前第近超过于约达破到“0-9０-９.至和及、\-—～~])[0-9０-９]+(?:\.[0-9０-９]+)?[万亿]?"
    r"(?:平方米|立方米|千瓦|公里|亩|吨|米|美元|元)(?=数$|连续|$)"
)
# Money of the sentence inside a name, between a verb and what it pays for (帮助企业解决2000亿元融资需求, 投入35.1亿元
# 改善办学条件): no part of it; not a bar (超10亿元或1亿美元项目, 50亿元以上项目) or an attribute before 的
ARABIC_DIGIT = re.compile("[0-9０-９]")  # what opens each of OTHER_COUNT, OTHER_AMOUNT, OTHER_MONEY
OTHER_MONEY = re.compile(
    r"(?<![每前第近超过于约达破到从由或“0-9０-９.至和及、\-—～~])[0-9０-９]+(?:\.[0-9０-９]+)?[万亿]?(?:美元|元)"
    r"(?![的0-9０-９]|以上|以下|以内|左右|级|及以上|规模|大关|台阶|项目)"
)
# A growth that a rank or a gap to the whole's follows (…增长全省排名, …增长高于全国): its rate, 增速
RATE_COMPARED = re.compile(
    rf"(?<!分别)(?:同比)?增长(?=高于|低于|快于|慢于|(?:{alternation(words('rank_words', 'word', role='scope'))}))"
)
# A subject's change at the end of its words (地区生产总值增长): not the subject of a level after it
CHANGE_AT_END = re.compile(rf"(?:年均|分别|累计|大幅|同比)*(?:{alternation(change_verbs(alone='yes'))})$")
# A growth named by the noun of its verb (`change_verbs.csv` noun: 居民消费价格上涨1.7% → 居民消费价格涨幅), not by 率
RISE_NOUNS = {row["word"]: row["noun"] for row in rows("change_verbs") if row["noun"]}
RISE_END = re.compile(rf"(?:同比)?({alternation(list(RISE_NOUNS))})$")
# A growth's verb at the end of its words, after a basis that is no part of the name (同比, 可比增长)
GROWTH_TAIL = re.compile(rf"(?:同比|可比口径|可比|同口径)?({alternation(change_verbs(rate='yes'))})$")
COUNT_UNITS = frozenset(words("units", "unit", counts="yes"))  # a level in these is a count: …数
COUNTED = re.compile(rf"[0-9０-９][0-9.]*万?(?:{alternation(sorted(COUNT_UNITS, key=len, reverse=True))})")
COUNTED_END = re.compile(COUNTED.pattern + "(?:以上|左右|多)?$")  # a piece ending in its count: 入围…企业9家
UNIT_NOUNS = {row["unit"]: row["noun"] for row in rows("units") if row["noun"]}  # 人 → 人数, 亩 → 面积 …
RESPECTIVELY_WORD = "分别"  # each of several numbers: a word of the sentence, never of a name
MEASURED_ALREADY = re.compile("能力|负荷|容量|规模")  # .search: a name that says what of it an amount measures
# The building of a thing whose size an amount before it gives (加快480万千瓦火电项目建设 → 火电项目装机容量): the
# work (`list_words.csv` work tails of 建设) and the verbs that push it (leading verbs, adverbs) are no part of its size
_PUSHERS = [*words("list_words", "word", role="leading_verb"), *words("list_words", "word", role="adverb")]
PUSHING = f"(?:{alternation(_PUSHERS)})*"
_BUILDING = [word for word in words("list_words", "word", role="work_tail") if word.startswith("建设")]
BUILT_SIZE = re.compile(rf"^{PUSHING}(?P<thing>.{{2,}}?)(?:{alternation(_BUILDING)})$")
PUSHING_ONLY = re.compile(PUSHING)  # .fullmatch: the words before the amount, no part of the thing
# Adverbs of effort opening a name before the verb of the work counted (加快建设7个省级粮库 → 建设省级粮库数,
# 重点实施76个重大改革方案 → 实施重大改革方案数): how hard the work is pushed, no part of what is counted; not before a
# noun (重点项目, 高质量发展): `list_words.csv` adverbs and the verbs a list's pieces share or that chain on.
_WORK_VERBS = [*words("list_words", "word", role="shared_verb"), *words("list_words", "word", role="work_verb")]
EFFORT_OPENING = re.compile(
    rf"^(?:{alternation([*words('list_words', 'word', role='adverb'), '加快'])})+(?=(?:{alternation(_WORK_VERBS)}))"
)
# What a count in 户 counts by itself (新增企业54万户 → 新增企业数), where elsewhere 户 counts households
# (改造老旧小区38.2万户 → 改造老旧小区户数): `measure_words.csv` unit_owner,
# anywhere in the name, or unit_owner_end at its end (带动脱贫户1.2万户 → 带动脱贫户数)
UNIT_OWNERS = re.compile(
    rf"{alternation(words('measure_words', 'word', role='unit_owner'))}"
    rf"|(?:{alternation(words('measure_words', 'word', role='unit_owner_end'))})$"
)
# A count of gold medals (11金) is named by the games it was won at and 金牌数, without the verb of winning before it
# (`measure_words.csv` win) or the rest of the tally after it
MEDALS = "金牌数"
WINNING_END = re.compile(f"(?:{alternation(words('measure_words', 'word', role='win'))})$")
# The length of a road, railway or waterway is its 里程 (`measure_words.csv` routes), of anything else its 长度
ROUTE = re.compile(alternation(words("measure_words", "word", role="route")))
KILOMETRE, ROUTE_NOUN = "公里", "里程"
# A number (5G, PM2.5: digits joined to Latin letters are a name's, no number)
NUMBER = re.compile(
    r"(?<![A-Za-z0-9.])[0-9０-９](?![0-9.]*[A-Za-z])|[一二两三四五六七八九十百千万亿]+(?:个|家|所|项|条|座|处|万|亿)"
)
RATIO_RUN = re.compile(r"[0-9.]+(?:\s*[∶:：]\s*[0-9.]+)+")  # 4.1∶40.1∶55.8: a ratio of shares
RATIO_CHARACTERS = set("0123456789.∶:： ")
SENTENCE_BREAKS = "。；：！？\n"
CLAUSE_BREAKS = "，,"
CLAUSE_ENDS = SENTENCE_BREAKS + CLAUSE_BREAKS  # what ends a clause
PIECE_ENDS = CLAUSE_ENDS + "、"  # what ends a piece of a list
# 从A增加到B, 由A提高到B: A is the start of the change (X（期初）), B its end (X), X the words before 从.
_FROM = r"(?:从(?!业|一开始)|(?<![理自缘事经])由)(?:[0-9]{4}年)?"  # not 由 in 理由, 自由, 经由; not 从业, 从一开始
_TO_VERBS = alternation(  # 升至, 变为, 减至, 恢复到
    [*change_verbs(), *words("reaching_words", "word", role="lead"), "调整", "变", "减", "恢复"]
)
_TO_WORDS = alternation([w for w in words("reaching_words", "word", role="verb") if w.endswith("到") and w != "达到"])
_TO = rf"(?:(?:{_TO_VERBS})(?:到|至|为)|{_TO_WORDS})(?:[0-9]{{4}}年)?"
FROM_START = re.compile(rf"{_FROM}[^0-9，。；、]{{0,6}}$")
FROM_WORD = re.compile(_FROM)  # a clause holding it states a change from one figure to another
FROM_END = re.compile(rf"{_FROM}[^，。；]*?{_TO}[^0-9，。；、]{{0,4}}$")
# A rank that moves, 由全国第12位上升到第8位: the start (X全国排名（期初）) and the end (X全国排名) of one rank.
_RANK_SCOPE_WORDS = f"(?P<scope>(?:{alternation(words('rank_words', 'word', role='scope'))})[^0-9，。；、第]{{0,8}}?)?"
RANK_FROM = re.compile(rf"{_FROM}的?{_RANK_SCOPE_WORDS}$")
RANK_TO = re.compile(
    rf"{_FROM}的?{_RANK_SCOPE_WORDS}第[^，。；]*?(?:{alternation(change_verbs())}|跃升|升|前移|调整)(?:到|至|为)"
    rf"(?:[0-9]{{4}}年)?的?$"
)
SINCE_END = re.compile(rf"{_FROM}的?$")  # the start of a change's words (经济总量从2017年的…): no subject's
FROM_END_WORD = re.compile("[由从]$")  # the start of a change's words, cut off by the rank after it
TO_AFTER = re.compile(rf"\s*{_TO}")  # .match after a start: 调整为, 提高到
TO_WORD = re.compile(_TO)  # .search: the end of a change (分别从195元、261元提高到202元、270元: 202 and 270 its ends)
# A ratio to a base before 的 and the number of times (为2015年的2.1倍, 是三峡电站年发电量的1.3倍): its base.
RATIO_OF = re.compile(r"均?(?:相当于|约为|是|为|不低于)(?P<base>[^，。；、]+?)的$")
TIME_BASE = re.compile(rf"[0-9]{{4}}年(?:底|末)?|{FIVE_YEARS}|“?十[一二三四五]五”?时期|上年|去年")  # .fullmatch
# A rank in a named list (位列2019中国企业500强第311位) or in an evaluation (在平安广东建设考评中位居第一): the verbs
# of two characters or more of `rank_words.csv`, which no other word holds (not the 居 of 居民)
_LIST_VERBS = alternation(w for w in words("rank_words", "word", role="verb") if len(w) > 1)
_RANK_ADVERBS = alternation(words("rank_words", "word", role="adverb"))
LISTED_RANK = re.compile(
    rf"^(?P<subject>[^，、；“”]+?)(?:{_RANK_ADVERBS})*(?:{_LIST_VERBS}|跻身)(?:[0-9]{{4}}年?)?(?P<list>[^，、；。]+?)第?$"
)
# A 、-piece that is only the scope or list of a second rank of the subject before (城发集团居全国第19位、全省第1位,
# 实际利用外资保持全省第1、首登全国第3, 三钢集团位列…第311位、福建制造业百强企业第3位): no subject of its own
RANK_BEFORE = re.compile(
    f"(?:第[0-9０-９一二三四五六七八九十]+位?|{alternation(words('rank_words', 'word', role='first'))})、$"
)
SCOPE_PIECE = re.compile(
    rf"(?:首次|首|再次)?(?:{alternation(words('rank_words', 'word', role='verb'))}|登)?"
    rf"((?:{alternation(words('rank_words', 'word', role='scope'))})[^，。、；：0-9]{{0,8}}?)"
)  # .fullmatch
LIST_PIECE = re.compile(
    "[^，。、；：]+?(?:强|榜)[^，。、；：0-9]{0,6}"
)  # .fullmatch: 福建制造业百强企业, no verb in it
RANK_VERB = re.compile(alternation(words("rank_words", "word", role="verb")))  # .search: a verb of a subject's own
# An assessment or ranking named in a piece (全省县域经济综合考核第1, 工业强市综合评价第1, 百强城市排名第45位): a rank
# of its own, most often of the place, never a second scope of the measure before it
ASSESSMENT = re.compile("考核|考评|评价|测评|评估|评比|评选|指数|排名|排行")
IN_LIST = re.compile(rf"^(?P<subject>[^，、；]+?)在(?P<list>[^在，、；]+?)中(?:{_RANK_ADVERBS})*(?:{_LIST_VERBS}|居)$")
# A rank in a group with no subject of its own (在前十经济大省中并列第一, 在工业大省中增速第1): whose, from before.
IN_GROUP = re.compile(
    rf"^在(?P<list>[^在，、；]+?)中(?P<rate>增速|增幅)?(?:并列)?(?:{_RANK_ADVERBS})*(?:{_LIST_VERBS}|居)?$"
)
GROWTH_BEFORE = re.compile(r"增长[0-9.]+%[、，]$")  # 增长6%、在前十经济大省中并列第一: the rank of that growth
RANK_WORDS = re.compile(r"排名|排位|位次|名次")
RANK_NOUN = re.compile(f"(?:{RANK_WORDS.pattern})$")
# A move of the rank in the piece before (…第50位、较上年上升5位): how many places it rose, of that rank
RANK_MOVE = re.compile(r"(?:较上年|比上年|同比)?(?:上升|提升|前移|前进|进位)")  # .fullmatch
RANK_UNIT = "位"
RANKED_IN = re.compile(r"^(.+?)在((?:全国|全省|全市|全区|全球|国家|省内)[^在]*?)中?排名$")  # …在国家高新区综合排名
# The verb of a rank (居, 位居 …) ending the words before it, and what follows an ordinal (位, 名): no part of a name.
RANK_VERB_END = re.compile(rf"(?:{alternation(words('rank_words', 'word', role='verb'))})$")
# A level (国家级) whose noun follows the next level (3个国家级和4个自治区级区域医疗中心), and so a monitoring level
# (11个国控、9个省控地表水考核断面) or a size (12座大中型、826座小型病险水库): that noun is its own too.
_LEVEL = "(?:国家级|省级|市级|县级|区级|州级|自治区级|国控|省控|市控|大中型|中小型|大型|中型|小型)"
SHARED_LEVEL = re.compile(
    rf"(?P<level>{_LEVEL})(?:和|及|、)(?:[0-9０-９]+[个家所项座场条])?{_LEVEL}(?P<noun>[^0-9０-９，、。；和是]+)"
)
# Two counted nouns joined by 和 (78个中央预算内项目和58个省市列重点项目): the noun after each number is its own.
AND_NUMBER = re.compile(r"和(?=\s*[0-9０-９])")
PREVIOUS_MEMBER = re.compile(  # the number before this one in a list joined by 和 or 、 (45.3%和62.2%, 第6位和第3位)
    rf"(?:第?[0-9０-９][0-9.]*|第[一二三四五六七八九十]+)\s*[万亿]?(?:{alternation(ALL_UNITS)}|位)?(?:以内|左右|以上)?\s*[和、]$"
)
PAIR_BEFORE = re.compile(rf"[0-9０-９][0-9.]*[万亿]?(?:{alternation(ALL_UNITS)})[^0-9，。；、和]{{1,12}}和$")
BARE_MEASURE = re.compile(alternation(words("measure_words", "word", role="bare")))  # .fullmatch: 、产量820亿斤
SUBJECT_END = re.compile(alternation(words("measure_words", "word", role="subject_end")))  # 粮食|播种面积
# A port's or an airport's traffic named bare (年旅客吞吐量, 货运量: `measure_words.csv` facility): whose, the port or
# airport its sentence names last before it, by the two characters of its name (南郊机场通航城市由26个增加到42个，
# 年旅客吞吐量… → 南郊机场年旅客吞吐量); not 香港, 港澳, 港口, 港区
FACILITY_MEASURE = re.compile(rf"年?(?:{alternation(words('measure_words', 'word', role='facility'))})")  # .match
FACILITY = re.compile("(?<![香])(?P<name>[\u4e00-\u9fff]{2})(?:国际机场|机场|港)(?![澳口区珠湾台])")
FACILITY_NOT = re.compile("[机场港的和及与在是大]")  # .search: no two characters of a name
# A deputy's or a member's motion, suggestion or proposal counted bare after a piece that names whose (办理市人大代表
# 议案3件、建议283件 → 办理市人大代表建议数: `measure_words.csv` delegate_item): the words of that piece to its owner
_DELEGATE_ITEMS = alternation(words("measure_words", "word", role="delegate_item"))
BARE_DELEGATE_ITEM = re.compile(f"(?:办理|办复|办结)?(?P<item>{_DELEGATE_ITEMS})数")  # .fullmatch
DELEGATE_OWNER = re.compile(f"(?P<owner>[^、，]*?(?:代表|委员))(?:{_DELEGATE_ITEMS})")  # .match
# A bare amount of work done (完成投资) measures the projects or works a count before it in its sentence counts
# (实施重点建设项目549个，完成投资1068亿元 → 重点建设项目完成投资): `measure_words.csv` done and done_to.
DONE = re.compile(alternation(words("measure_words", "word", role="done")))  # .fullmatch, .match (完成投资增长…)
DONE_TO = re.compile(f"(?:{alternation(words('measure_words', 'word', role='done_to'))})”?$")  # 省市“双百大项目”
# A bare rate of handling (办结率, 满意率; `measure_words.csv` rate_of) is that of the things the clause or pieces
# before it name (办理人大代表建议673件、政协提案699件，办结率均为100% → 办理人大代表建议、政协提案办结率).
_DONE_RATES = words("measure_words", "word", role="done_rate")
RATE_OF = re.compile(alternation([*words("measure_words", "word", role="rate_of"), *_DONE_RATES]))  # .fullmatch
# A bare rate of investment done (完成率, 投资完成率; `measure_words.csv` done_rate) is that of the projects whose
# 完成投资 it follows (省市重点工程完成投资266.9亿元，完成率117.5% → 省市重点工程投资完成率).
DONE_RATE = re.compile(alternation(_DONE_RATES))  # .fullmatch
DONE_END = re.compile(f"(?:{DONE.pattern})$")
INVESTMENT = "投资"
_NOT_RATES = alternation([unit for unit in ALL_UNITS if unit != "%"])
QUANTITY_END = re.compile(rf"[0-9０-９][0-9.]*[万亿]?(?:{_NOT_RATES})(?:以上|左右|多)?$")  # .search: a piece's end
BENEFIT = re.compile(alternation(words("measure_words", "word", role="benefit")))  # .match: 惠及企业8万户, of what?
# What money spent or lent draws after it (发放消费券4.5亿元，拉动消费89.9亿元; 发行…专项债券2270亿元，带动2191个
# 重大项目建设: `measure_words.csv` driven): named after that money, when the piece before ends in 元; not after a
# count (吸引乐迷超70万人次，带动综合消费…: the events draw it, not the visitors)
DRIVEN = re.compile(alternation(words("measure_words", "word", role="driven")))  # .match
MONEY_END = re.compile("元(?:以上|左右|多)?$")  # .search
# An amount after a measure word, then 的 and a noun (总投资657.5亿元的229个水利项目), measures the noun (水利项目
# 总投资); the noun ends at its first head, else at a predicate or a project's status, adverbs dropped.
_ATTRIBUTES = alternation(words("measure_words", "word", role="attribute"))
ATTRIBUTE = re.compile(f"(?:{_ATTRIBUTES})$")
# An attribute, or a measure of the things a count before names (入园企业超2100家、营业收入超3000亿元), after it
_OF_THINGS = [*words("measure_words", "word", role="attribute"), *words("measure_words", "word", role="of_things")]
THINGS_MEASURE = re.compile(alternation(_OF_THINGS))  # .fullmatch
# An attribute's amount and 的 before a count (总投资657.5亿元的229个水利项目): the things', no word of the count's name
ATTRIBUTED_AMOUNT = re.compile(rf"(?:{_ATTRIBUTES})[0-9０-９][0-9.]*[万亿]?(?:{alternation(ALL_UNITS)})的$")
ATTRIBUTED = re.compile(  # .match: the noun after 的, a quoted name in it (巴公园区“造气岛”) its own
    r"的(?:[0-9０-９]+[个项家座条所处])?((?:[^0-9０-９，、“”和及]|“[^0-9０-９“”，、]+”)+)"
)
# A bound on a measure of money before a kind of things that a count or a verb of reaching after counts
# (营业收入超千亿元开发区达7家, 生产总值超过百亿的县达到30个, 营业收入超亿元的旅行社10家): the bound sets the
# kind, the amount measures the kind's things (开发区营业收入); `threshold_of` in `measure_words.csv`, and the money
# among the others.
_KINDS_MEASURES = _OF_THINGS + words("measure_words", "word", role="needs_owner")
_MONEY_MEASURES = [w for w in _KINDS_MEASURES if w.endswith(("值", "收入", "营收"))]
_THRESHOLD_OF = [*words("measure_words", "word", role="threshold_of"), *_MONEY_MEASURES]
THRESHOLD_OF = re.compile(f"(?:人均|户均|年)?(?:{alternation(_THRESHOLD_OF)})$")
# The topic a sentence's opening clause names (高铁方面，…; 围绕培育壮大新兴产业，…; 加强绿色电源项目建设，…;
# 农村雨污分流工作加快推进，…; 加大保障性租赁住房建设力度，…): the kind of the projects a bare count after it counts
# (开工建设441个项目 → 开工建设农村雨污分流项目数), as a heading's would be.
TOPIC = re.compile(
    r"(?:(?P<aspect>[^，、0-9０-９]{2,10})方面"
    r"|围绕(?:培育|壮大|做强|做优|做绿|做大|完善|发展|提升|加快|推进|巩固|扩大|优化|打造|构建|建设)*"
    r"(?P<around>[^，、0-9０-９]{2,12})"
    r"|(?:加强|加大|加快)(?:推进)?(?P<built>[^，、0-9０-９]{2,12}?)(?:项目)?建设(?:力度)?"
    r"|(?P<pushed>[^，、0-9０-９]{2,12}?)(?:项目)?(?:建设)?(?:工作)?(?:加快|稳步|有序|扎实|全面)推进)"
)  # .fullmatch of the opening clause; no verb or building of the projects in a topic (加快推进重大项目建设 → 重大)
# An opening clause that names the field the sentence works in (持续开展“交通大会战”, 着力构建“荆楚安澜”现代水网,
# 加快发展生物工程和生物产业): the field, what bare projects counted after it are of; not a campaign, a year or a batch
FIELD = re.compile(
    r"(?:持续|深入|着力|加快|大力|积极|全面|适度超前)*(?:开展|构建|发展|深化拓展|深化|拓展|布局)(?P<field>[^，、0-9０-９]{2,12})"
)  # .fullmatch
NOT_FIELD = re.compile("一批|活动|行动|工作|建设年|改革|试点")  # .search
BARE_PROJECTS = re.compile(
    "(?P<work>.*?)(?P<projects>(?:重大|重点)?项目(?:数|长度|里程))"
)  # .fullmatch: 开工建设项目数
# The aspect particle 了 after a verb (确定了, 夺得了, 提高了): a word of the sentence's telling, never of a name
ASPECT = re.compile("(?<![为除通])了(?![解结却])")  # 通了: a predicate word of its own (`predicate_words.csv`)
# A bare 完成投资 (推进重大工程建设，全年完成投资2400亿元) is the investment of the undertaking a clause before it in
# its sentence opens: a verb of work, then the undertaking (…行动, …工程, …示范区), perhaps its 建设
BARE_DONE = re.compile("(?:年内|全年|力争)?完成投资(?:增长率)?")  # .fullmatch of a name
UNDERTAKING = re.compile(
    r"(?:开展|实施|推进|加快推进|扎实推进|突出抓好|抓好|提速建设|加快建设|推动)(?:新一轮)?"
    r"(?P<undertaking>[^，、“”0-9０-９]{2,16}?(?:行动|工程|示范区|先导区|攻坚))(?:建设)?"
)  # .fullmatch of a clause
# A count of what settles in a place (入驻项目, 集聚相关企业, 累计落户港澳企业, 引进创新平台), or a bare
# measure of what goes on there (新增完工面积, 完成客运量), right after a clause that names the park, centre,
# base, business district or railway, perhaps with its verbs of work before and its progress after
# (加快宣城（上海）科创中心建成运营，入驻项目20个以上; 提升运河商务区活力，新增完工面积…; 青荣城际铁路
# 正式通车，去年完成客运量…): the things settled in, or done at, that place.
SETTLED = re.compile("(?:累计|新增|完成)?(?:入驻|集聚|落户|新引进|引进|完工面积|客运量)")  # .match of a name
SETTLED_PLACE = re.compile(
    r"(?:加快|推动|推进|建设|建成|打造|提标升级|提升)*"
    r"(?P<place>[^，、0-9０-９]{2,14}?(?:中心|城|产业园|园区|基地|商务区|城际铁路))"
    r"(?:(?:正式)?(?:建成运营|建成投用|投入运营|开园|挂牌|运营|通车)|建设[^，、0-9０-９]{0,8}|(?:精彩)?亮相|活力)?"
)  # .fullmatch of the clause before
# A bare 开行 (全年开行4639列, 增长20.8%) runs the trains its sentence named before: the last of them
BARE_RUN = re.compile("(?P<verb>开行)(?P<rest>数|增长率|量)?")  # .fullmatch of a name
TRAINS = re.compile(  # 中欧班列, 中欧班列长安号, “长安号”
    r"(?:中欧|中亚|中老|中越|国际货运|国际|西部陆海新通道|铁海联运|海铁联运)?(?:（[^）]*）)?班列(?:[\u4e00-\u9fff]{1,3}号)?"
    r"|“[^“”]{1,6}号”"
)
# A region's 生产总值 per head is 人均地区生产总值 (`indicators.csv` gdp-per-capita)
REGIONAL = {"生产总值": "地区生产总值"}
PER_HEAD_OF = re.compile("(?<!人均)(?:地区生产总值|生产总值|GDP)")  # .search: the output a bare 人均 is of
# A share of a whole's amount that a subject contributes or holds, the noun after the share (民营经济贡献了全省近70%的
# 地区生产总值; 以约占全国3%的人口、1.3%的土地; 创造了全国4.4%的经济总量): the subject's noun's share of the whole
CONTRIBUTED = re.compile(r"(?P<verb>贡献了?|创造了?|占)(?P<whole>全国|全省|全市|全区|全州|全县|全球)")  # .finditer
SHARED_NOUN = re.compile(r"(?:以上|左右)?的(?P<noun>[^，、。；和及与的0-9０-９]{1,12})")  # .match after the share
COUNT_OPENING = re.compile(
    r"^[0-9０-９]+[^\u4e00-\u9fff]*[个家户所项条]|^以约?"
)  # 13个重点园区: the things, not their count
AT_LEAST = "以上"  # 2000亿以上城市增至9个: a bound after its amount
WHOLE_WORDS = re.compile(f"^(?:{region_words('whole')})")  # 全省超百亿元…: the region's own, no measure named
_BOUNDS = [w for w, q in qualifiers("before") if q in ("over", "at_least")] + ["过"]
BOUND_START = re.compile(f"(?:{alternation(_BOUNDS)})")  # .match of the number's text or the words before it
BOUND_END = re.compile(f"(?:{alternation(_BOUNDS)})$")
COUNTED_KIND = re.compile(  # .match after the bound amount: the kind, then its count or a verb of reaching it
    r"(?:及?以上)?的?(?P<kind>[^，、。；：！？\n0-9０-９的]{1,12}?)"
    r"(?:达到|达|增至|增加到|增加至|升至|从|由|各?(?=[0-9０-９一二两三四五六七八九十]+(?:个|家|户|座|条|所)))"
)  # 各 before a count is no word of the kind (超500亿元开发区各1家)
PHASE = re.compile("[一二三四五六七八九十]+期")  # .match after a head: a phase of the project (项目二期)
QUOTED = re.compile("“[^“”]+”")  # .match after a head: a name of what it holds (巴公园区“造气岛”)
# The status phrases that close a clause, those after physical works only too (复航).
CLOSING_PHRASES = status_phrases("closes") + status_phrases("closes", "works")
STATUS_CLOSE = re.compile(alternation(phrase.replace("…", "") for phrase, _ in CLOSING_PHRASES))
ADVERBS_END = re.compile(f"(?:{alternation([*words('list_words', 'word', role='status_adverb'), '即将', '当年'])})+$")
BOUND_BEFORE = re.compile(  # 超过, 突破 …: a lower bound right before its clause's first number
    f"(?:{alternation(w for w, q in qualifiers('before') if q in ('over', 'at_least'))})$"
)
QUALIFIER_BEFORE = re.compile(f"(?:{alternation(words('qualifiers', 'word', position='before'))})$")  # 支出约
# A part of the year written with a number (前11个月, 2022年前11个月): a time, as a year is, no quantity of the report's
MONTHS_SO_FAR = re.compile(r"(?:(?<=年)|(?<![\u4e00-\u9fff]))前[0-9０-９]{1,2}个月")  # not 提前4个月完工
YEAR = re.compile(rf"[0-9]{{4}}年|{MONTHS_SO_FAR.pattern}")  # a year is no number before a subject
NO_SUBJECT = re.compile(rf"^(?:[0-9]{{4}}年|{estimate_words()}|同口径|可比|全年)*$")
# A streak of years (固定资产投资连续6年保持千亿规模) names what held, then how long: 固定资产投资保持千亿规模连续年数.
# (仅)用22天控制住疫情蔓延, 用3年时间(，)…: the time a thing took, named by what was done and 用时
USED, TIME_WORD, TIME_TAKEN = re.compile("用$"), re.compile("^(?:左右)?的?时间"), "用时"
CLAUSE_END = re.compile("[，,、。；！？\n]")
STREAK = STREAK_WORD  # 连续, the word that opens a streak (`numbers`)
STANDING = re.compile("第|首位|领先|前列|榜首")  # .search: a standing among others, held through a streak
STREAK_RUN = re.compile(r"并?连续第?[0-9０-９一二三四五六七八九十两]+个?(?:年度|年|届|月)")
# A streak counted in other periods than years (连续36个月, 连续3届, 连续100周): its period after the number,
# as the unit or the words after it; 年度 is a year.
STREAK_PERIOD = re.compile(r"个?(年度|季度|届|月|周|次)")  # .match of the unit and the words after the number


def _without_streak(words: str) -> str:
    """`words` without a streak (`STREAK_RUN`), one test in C for the many that hold no 连续."""
    return STREAK_RUN.sub("", words) if STREAK in words else words


# A streak written as a word after its length (实现“九连提”: `streak_words.csv`) reads as 连续 and what rose or fell
# in a row (城乡低保连续提高年数), without the verb of achieving and the quote opening it.
STREAK_READS = {row["word"]: row["reads"] for row in rows("streak_words")}
STREAK_WORD_RUN = re.compile(rf"[“\"]?({alternation(list(STREAK_READS))})")  # .match of the words after the length
ACHIEVED_RUN = re.compile(rf"(?:{alternation(words('leading_words', 'word', role='achieve'))})?[“\"]?$")
UNTIL_YEAR = re.compile(r"^(?:到|至)?[0-9]{4}年(?:底|末)?")  # 到2027年: a time, no part of a whole's name
# A share's whole named but not its 比重 (占全国, 占总装机; not 占比, 占有率, 占…比例, 占…份额, 占…的)
SHARE_OF = re.compile(r"占(?!有|比)(?:(?!比重|比例|份额)[^占的])+$")
# A share of a plan (为年计划的118.8%, 完成年度目标的126.1%): how much of it the clause before's subject has done
PLAN_SHARE = re.compile(r"(?:为|完成|达到|占)?(?P<plan>全?年度?(?:计划|目标|目标任务|任务))的?")  # .fullmatch
# 其中 opens a part of the whole the clause before names: its share (其中税收占比86.5%) or its growth (`_part_growth`)
PART, SHARE_OF_WHOLE = "其中", "占比"
DISPOSAL = ("将", "把")  # 将80%以上的可用财力投向…: the words that put a share's noun before its verb
COVERB = re.compile("[由向从]")  # .search: words of a verb before the predicate (调整由市县实施)
SHARE = "比例"  # what a share of things named after it measures (95%的镇实现集中供热 → 镇实现集中供热比例)
# Examples named before what a count counts (毗河供水一期、武引二期灌区等48个大中型工程): no part of its name, which
# keeps the verbs that open the words (`list_words.csv` adverbs and verbs, `status_phrases.csv` openers, the verbs
# of `predicate_words.csv`).
EXAMPLES_END = ("等", "等一批")
EXAMPLES_BEFORE = (*EXAMPLES_END, "的")  # words before a count that leave its noun after it (总投资…的70项省市重点工程)
# Two levels or two qualities joined by 、 before the noun they share (纳入国家、省重大项目用地保障, 全国首创性、突破性
# 开放创新举措; a prefecture's 州: 75个省、州重点项目): one name, not two pieces.
JOINED_MODIFIERS = re.compile(r"(?:国家|国|省|州|市|县)级?、(?:省|州|市|县|区)|性、[^、，]{1,3}性")
# Short words joined by 、 before the longer last one (低成本、优质、定制化厂房空间; 健康、美丽、文明、智慧、幸福县城):
# the qualities of one noun, which the last holds; not a verb among them (项目、推进建设), a coverb or 的
# (民生、基层倾斜 of 向民生、基层倾斜; 经济圈、以节点城市为中心的…经济圈), nor after a magnitude's 级 (千亿级起步)
_MODIFIER = "[^、，。；的以向对与为把将]"
SHORT_MODIFIERS = re.compile(rf"(?!级){_MODIFIER}{{1,3}}(?:、{_MODIFIER}{{1,3}})*、{_MODIFIER}{{4,16}}")  # .fullmatch
# Items of two characters listed before the noun they share, the last piece (10个健康、美丽、文明、智慧、幸福县城;
# 40个机关、企事业单位附属空间…): .match of the pieces to the end, every one before the last of two characters (not
# 延长1000万吨炼化、榆林煤制清洁燃料、…等项目: the first alone two)
TWO_CHARACTER_ITEMS = re.compile(r"[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{2})*、[\u4e00-\u9fff]{2}[^、]*$")
REACHED_OBJECT = re.compile("(?<=[^，、]{2})(?:达到|实现)$")  # .search of a counted noun: a verb whose object follows
LAST_PAIR = re.compile("[^和及与]{2,}[和及][^和及与]{2,}")  # .fullmatch: the last piece of A、B和C
FIRST_LEVEL_BREAK = re.compile(r"、(?![^（(]*[）)])")  # .split: at each 、 outside brackets (中医（肿瘤、…）)
FIRST_PIECE = re.compile(  # .match: to the first 、 outside brackets and quotes (事项“省内通办、湾区通办”)
    r"(?:（[^（）、]*(?:、[^（）、]*)*）|“[^“”，。；]*”|[^、])*"
)
# The first (or Nth) place to cross a mark (是全国首个突破13万亿元的省份): the mark is of the clause before's subject
FIRST_TO_CROSS = re.compile(r"(?:也|还)?(?:是|成为)(?:全国|国内|全省)?(?:首个|第[0-9一二三四五六七八九十]+个)")
# The same claim with the measure that crossed the mark said before it (成为全省第二个制造业投资破千亿的城市, 苏里格气田
# 成为全国首个日产破亿立方米整装气田): the subject before the claim, if any, and that measure, no words of the claim.
FIRST_MEASURE_TO_CROSS = re.compile(
    rf"(?P<subject>[^，、“”0-9]{{0,12}}?){FIRST_TO_CROSS.pattern}(?P<measure>[^0-9，、的“”个]{{2,8}})"
)  # .fullmatch
# An ordinal of size among a kind (绿色能源成为第一大支柱产业): 成为 and a scope after it (我国对东盟的), then the kind
BECAME_END = re.compile("成为(?=[^，、成为]{0,12}$)")  # .search
LARGEST_OF = re.compile("大(?P<kind>[^，、0-9０-９]{1,8})")  # .fullmatch after the ordinal (第一大支柱产业)
# A count of milestones crossed (连跨4个千亿台阶, 再上3个万亿元台阶): how many steps of a size its subject crossed
ADDING_START = re.compile("^(?:新增|净增|新建成|新建|建成|新认定|新培育|新引进)")  # a piece adding to a total
MILESTONE_STEP = "台阶"
CROSSING = re.compile("(?:连续)?(?:连跨|跨越|跨过|跨上|迈上|迈过|再上)$")
# The kind after examples that a count follows (东直游园等公园游园26个): what the count counts
KIND_OF_EXAMPLES = re.compile(r"(?<![高中初平同对均])等(?:一批)?(?P<kind>[^等、，“”0-9０-９]{2,})$")
# Three or more short names listed before a count (江油、宣汉、金堂3个全国百强县): the things counted, named in full.
# Examples before a count (…等48个大中型工程), or an item of its own joined to it by 和 or 及 (推进华南国家植物园和4个
# 万亩级红树林示范区建设), not the 及 of 惠及 or 涉及: no words of the count's name.
EXAMPLES_BEFORE_COUNT = re.compile(r"(?:等|等一批|[^0-9０-９、，和及]{2}(?:和|(?<![惠涉普波危顾])及))$")
NAMES_LISTED = re.compile(r"(?:[^、，“”0-9０-９]{2,4}、){2,}[^、，“”0-9０-９]{2,4}$")
_OPENERS = [w for role in ("leading_verb", "shared_verb", "chain_verb") for w in words("list_words", "word", role=role)]
_OPENERS += words("status_phrases", "phrase", opens="yes") + words("predicate_words", "word", role="verb")
# and the adverbs of how the work went (成功举办…等14场活动, 共同签署…等9项合作协议): no words of what is counted
_ADVERBS = alternation([*words("list_words", "word", role="adverb"), "成功", "共同", "先后", "相继", "陆续"])
OPENING_VERBS = re.compile(f"(?:{_ADVERBS})*(?:{alternation(_OPENERS)})*")
# A verb of work done to things, alone before its count after a piece that counts them (修改政府规章11件、废止4件):
# the things of that piece, found after its own verb (`object_verb` in `measure_words.csv`).
_OBJECT_VERBS = words("measure_words", "word", role="object_verb")
BARE_OBJECT_VERB = re.compile(f"(?:已|累计)?(?:{alternation(_OBJECT_VERBS)})")  # .fullmatch of a name
OBJECT_VERB_OPENINGS = frozenset([*(w[0] for w in _OBJECT_VERBS), "已", "累"])  # a name opening with none skips it
_DOING = [w for role in ("shared_verb", "chain_verb") for w in words("list_words", "word", role=role)]
WORK_VERB = re.compile(alternation([*_OBJECT_VERBS, *_DOING]))  # .finditer: the verbs of the piece before (not 保障)
BARE_PROJECTS_WORK = re.compile(f"{OPENING_VERBS.pattern}(?:重大|重点)?项目")  # .fullmatch: 实施项目, of no kind
OPENING_YEAR = re.compile("^[0-9]{4}年?")  # .sub: 2023粤港澳大湾区…: a year opening the things' words
# A bare magnitude before a noun is a threshold of size (1个千亿园区, 百亿规模基金, 保持千亿级规模): the noun's 规模.
THRESHOLD = re.compile(r"[十百千]*[万亿]+")  # .fullmatch of the number's text: 千亿, 万亿, 百万, 亿 (not 百年)
THRESHOLD_UNITS = ("元", "美元", "亩", "吨", "斤", "立方米", "千瓦", "平方米", "公顷", "标箱")  # sizes, not counts
_NUMERAL = "0-9０-９一二两三四五六七八九十百千万亿"
THRESHOLD_NOUN = re.compile(rf"(?:及?以上)?的?((?:[^0-9０-９“”\"、，和分]|和(?![{_NUMERAL}])|分(?!别))*)")  # .match
SIZED_NOUN = re.compile(r"的?([^0-9０-９“”\"、，]*)")  # .match
# The mark an amount crosses (突破50亿元大关, 迈上1万亿元新台阶): no part of what the amount measures
MARKS = ("台阶", "新台阶", "关口", "大关", "门槛")
MARK = re.compile(  # .match after the unit; a list's too (跨越3万亿元、4万亿元两个大台阶), 后 after it
    f"(?:(?:[、和][^，。；、]{{1,8}}?)*(?:[两二三四五六七八九十]个)?[大新]?)?(?:{'|'.join(MARKS)})后?(?=[，。；、！？\n]|$)"
)
MARK_BEFORE = re.compile("^[0-9.一二三四五六七八九十百千万亿]+元?[和及]$")  # 九千亿和万亿台阶: the mark before, no name
CROSSING_END = re.compile(  # …连续跨上, 五年跨过: the crossing of marks, no words of what crossed them
    r"(?:[0-9一二三四五六七八九十]+年)?(?:连续|先后|相继|接连)?(?:连跨|跨越|跨过|跨上|迈上|迈过|再上)$"
)
CROSSED_BY = re.compile("(?:连续|先后|相继|接连)$")  # 地区生产总值连续跨越…: how, no name
TIMED = re.compile(r"(?:继|在|于)?[0-9]{4}年(?:首次|再次|率先)?$")  # 在2023年首次突破3万亿元大关: when, no name
# A size its subject heads for (汉孝随襄十汽车产业走廊…加速迈向万亿级; …产业向千亿规模迈进; 营业收入向万亿元冲刺;
# 东胜区跻身千亿俱乐部): the subject's size, the words of moving no part of it
TOWARD = re.compile("(?:加速|加快|快速|稳步|全力|努力)*(?:迈向|跻身|迈入|进军|向)$")  # .search of the words before
TOWARD_MARK = re.compile("元?级?(?:规模|企业)?(?:迈进|冲刺|俱乐部|行列|大关|关口)?")  # .fullmatch of the words after
SIZE_MEASURES = ("产值", "营业收入", "收入", "营收", "总量", "规模", "总额", "增加值")  # a subject that is a size
MILESTONE = (*MARKS, "行列", "城市行列", "俱乐部", "迈进", "冲刺", "起步")  # no size
SIZE = "规模"
# A place among the first few (营商环境评价首次进入全国地级市前十, 茶园面积…稳居全国前十): a rank in that scope; not a
# share of the best (学科进入ESI全球前1%)
TOP_OF = re.compile(
    r"(?:首次|均|连续|稳定|持续)?(?:进入|位列|稳居|跻身|位居|居|列)(?:在)?"
    r"(?P<scope>(?:全国|全省|全市|全区|全球|国内|省内)[^前，、]{0,12}?)?前$"
)
ANY_VERB = re.compile(f"{alternation(_OPENERS)}|至|到|支援|设立")  # .search: things that do something, no plain noun
_COUNT_UNIT_WORDS = alternation(sorted(COUNT_UNITS, key=len, reverse=True))
# A count's things followed at once by a count of other things (7所高校32个学科入选…, 17个省份60个市, 116个国家（地区）
# 近4000名运动员参赛): the count is of the first things, which the rest says what of; not a threshold (30户以上)
COUNT_IN_COUNT = re.compile(
    rf"(?P<things>[^0-9０-９、，“”和及与的]{{2,8}}?)(?:近|超|约|逾)?[0-9０-９][0-9.]*万?(?:{_COUNT_UNIT_WORDS})"
    r"(?!以上|以下|左右|多|余|制|[0-9０-９])(?P<rest>[^0-9０-９]*)$"
)  # .match
# .match after a count: a short noun, 、, and the rest of the clause (个乡镇、街道实现…)
NOUNS_PREDICATE = re.compile(r"(?P<first>[^、，。；：0-9０-９“”]{1,6})、(?P<rest>[^，。；：！？\n]+)")
SHORT_CLASS = 2  # the longest noun after a threshold that names its class only with the magnitude (千亿园区)
# A list of size classes sharing the noun after its last member (亿元级、十亿元级、百亿元级的领军企业; 千亿元和五百亿元
# 园区; 5个以上百亿元级、10个以上三十亿元级重大工业项目): that noun is every member's, not the words before the list.
SIZE_CLASS = re.compile(r"[0-9０-９.一二两三四五六七八九十百千]*[万亿]+(?:元|美元)?级")  # .match: 百亿元级
SIZE_MEMBERS = re.compile(
    r"级?(?:[、和及](?:[0-9０-９]+[个家条座](?:以上|左右)?)?[0-9０-９.一二两三四五六七八九十百千]*[万亿]+(?:元|美元)?级?)+"
)  # .match after a member's number: the members after it
NOUN_END = re.compile(f"[{SENTENCE_BREAKS}{CLAUSE_BREAKS}]|$")  # .search: the clause's or the text's end
# A counted noun opening its clause, then its predicate (456个重大项目全面实施): the predicate names the count, before
# the noun (实施重大项目数), as a relative clause would; its adverbs of manner dropped (`predicate_words.csv`).
PREDICATE_ADVERBS = f"(?:{alternation(words('predicate_words', 'word', role='adverb'))})*"
PREDICATE_VERBS = alternation(words("predicate_words", "word", role="verb"))
# not 拟竣工项目, 新开工项目, 完成率
PREDICATE = re.compile(f"(?<![拟待新]){PREDICATE_ADVERBS}(?:{PREDICATE_VERBS})(?![率额量])")
PREDICATE_ADVERB = re.compile(PREDICATE_ADVERBS)
# What in the words before a counted noun makes them no place or owner of it: a list, words with 的, a digit, a
# word that governs the noun (对80个项目, 将, 我省有)
BARE_PREDICATE = re.compile(  # .fullmatch: 、建成投产3个; 、54个建成或部分建成
    f"(?:新|其中)?{PREDICATE_ADVERBS}(?:{PREDICATE_VERBS})+(?:或(?:部分)?{PREDICATE_ADVERBS}(?:{PREDICATE_VERBS})+)?"
)
# A piece of a list of bare predicates: the predicate, its count, and perhaps the noun of all (完成146个老旧小区改造)
PREDICATED_COUNT = re.compile(
    rf"(?:新|其中)?{PREDICATE_ADVERBS}(?:{PREDICATE_VERBS})+[0-9０-９][0-9.]*万?"
    rf"(?:{alternation(sorted(COUNT_UNITS, key=len, reverse=True))})"
    r"(?:以上|左右|多)?(?P<noun>[^0-9０-９，、；。]*)"
)  # .fullmatch
TOPIC_VERB = re.compile(  # .search: 参与老旧小区改造, before 开工127个、完工59个
    rf"(?:{alternation(words('list_words', 'word', role='topic_verb'))})(?P<work>[^0-9０-９，、；。]+)$"
)
LIST_JOINS = re.compile("[、和及]")  # .split: the pieces of a list of counts (6个乡镇和60个村…)
COUNT_AND_NOUN = re.compile(
    rf"[0-9０-９][0-9.]*万?(?:{alternation(sorted(COUNT_UNITS, key=len, reverse=True))})(?:以上|左右|多)?"
    r"(?P<noun>[^0-9０-９]+)"
)  # .fullmatch: 60个村入选…
COVERB_END = re.compile(f"(?:{alternation(words('list_words', 'word', role='coverb'))})$")  # .search: 对 before 284个
COVERB_VERB = re.compile(  # .search: 实行 of 对…实行…, with an adverb before it (全面落实)
    f"{PREDICATE_ADVERBS}(?:{alternation(words('list_words', 'word', role='coverb_verb'))})"
)
# 为 before a count (为3.87万名高校毕业生发放租房补贴) governs the people or firms served only when it opens its clause,
# after no words but these (免费为…, 继续为…) or the whole region's (为全省超1700家…); not 变为, 精简为, 分别为
SERVED, SERVED_ADVERBS = "为", re.compile("(?:继续|免费|累计)*")  # .fullmatch of the words before 为
SERVED_WHOLE = re.compile(f"为(?P<whole>{region_words('whole')})$")  # .search: 为全省 before the bound and count
SERVICE_MANNER = re.compile("(?:免费|统一)$")  # 为3500名特殊人群免费进行健康体检: how it is done, not whom for
MERE_VERB = "进行"  # 对248座农村危旧桥梁进行全面改造: a verb of doing, no word of the name before the work it does
FRAMED = re.compile("(?P<things>[^为]+)为(?:[^为]{1,4})")  # .fullmatch after 以 and a count: 重大工程为抓手
LATER_COUNT = re.compile("[、和及](?=[0-9０-９])")  # .split: the things of the first of several counts (集体和49名个人)
# A time adverbial inside a name (粮食产量时隔20年之后, 占比自2019年以来, 供电可靠率首次…排名): when the figure came,
# no word of what it measures; not a period opening it (“十四五”以来…, 首次开展…)
TIME_ADVERBIAL = re.compile(r"(?<=.)(?:时隔[0-9０-９一二三四五六七八九十]+年(?:之后|后)?|自[0-9]{4}年以来|首次(?=.))")
# Classifiers no unit is read for (轮, 款: no units, as 第二轮 is no rank), left after a count (16轮强降雨过程)
CLASSIFIER = re.compile("(?:轮次|轮|款)(?:以上|左右|多)?")  # .match
INDUSTRY_END = "业"  # an industry's name (装备制造业, 软件和信息技术服务业) names no measure of it
FIRMS = "企业"  # …，其中企业增长78%: firms, counted, no industry
PREDICATE_TAIL = re.compile(f"(?:新|其中)?{PREDICATE_ADVERBS}(?:{PREDICATE_VERBS})+$")  # 老旧小区综合整治新开工
# A number inside the basis of what follows (在新增减税降费41.69亿元基础上，…): the basis's words name it, no 在…基础上
BASIS_OPEN = re.compile(r"(?<![存现所实正])在(?!建)(?=[^在]*$)")  # .search: the last 在 before the number
BASIS_CLOSE = re.compile("的?基础上$")
OWNER_BREAK = re.compile(r"[、，的0-9０-９]|(?:对|把|将|与|和|及|在|为|从|等|有)$")
MEASURE_END = "量"  # a name ending in a measure takes no noun of its unit (`_unit_noun`)
# A predicate's words after its verb that are verbs too (完成更新改造, 建成投用: `status_phrases.csv` closing
# phrases, the verbs and works of `predicate_words.csv`, the own predicates of `list_words.csv`), no object
PREDICATE_VERB = re.compile(f"(?:{PREDICATE_VERBS})")
_VERBS_ONLY = [phrase for phrase, _ in CLOSING_PHRASES if "…" not in phrase]
_VERBS_ONLY += [*words("predicate_words", "word", role="verb"), *words("predicate_words", "word", role="work")]
VERBS_ONLY = re.compile(f"(?:{alternation([*_VERBS_ONLY, *words('list_words', 'word', role='own_predicate')])})+")
# A counted noun, then how its work goes (3个沿海公用航道项目加快推进): the count is of the noun alone, as annotators
# name it (沿海公用航道项目数); the pace says nothing of what is counted (`predicate_words.csv` progress).
PROGRESS_END = re.compile(rf"(?<=[^，、]{{2}})(?:{alternation(words('predicate_words', 'word', role='progress'))})$")
# A counted noun, then a quoted predicate (1053个事项“跨省通办”): the predicate names the things first.
QUOTED_PREDICATE = re.compile(r"(?P<noun>[^“”0-9０-９]{2,8})(?P<quote>“[^“”]+”)")  # .fullmatch
_ADVERB_WORDS = alternation(words("predicate_words", "word", role="adverb"))
# A 、-piece that is a clause of its own before the piece of the number (广交会全面恢复线下举办、出口成交额增长10%): a
# subject, adverbs and a verb of `list_words.csv` clause_verb, and its object; no item of a list of names.
_CLAUSE_VERBS = alternation(words("list_words", "word", role="clause_verb"))
CLAUSE_PIECE = re.compile(rf"(?P<subject>[^、“”]{{2,}}?)(?:{_ADVERB_WORDS}|基本|有效)*(?:{_CLAUSE_VERBS})[^、]+$")
PLACE_FIRST = re.compile("^在")  # .search: 在全国率先实现行政村千兆光纤、5G网络通达率: one clause, its object a list
SUBJECTS = re.compile("[和及与]")  # .search: 甲和乙获批、…: two subjects, neither the next piece's
PREDICATE_WORD = re.compile(f"{_ADVERB_WORDS}|{PREDICATE_VERBS}|位列|达到")  # a verb of the noun's own
# A verb, a count, then its noun and the work done on it (推进6个集租房项目建设): the work first (推进建设集租房项目数).
HEAD = re.compile(alternation(words("predicate_words", "word", role="head")))
_PLAIN = r"[^0-9０-９，、“”和及（）()]"  # no number, quote or second noun in the noun or the work
WORK_AFTER = re.compile(
    rf"(?P<noun>{_PLAIN}*(?:{alternation(words('predicate_words', 'word', role='head'))}))"
    rf"(?P<work>[^0-9０-９，、“”和及（）()市镇城院区村站园馆校厂]*?"  # no end of a longer noun (…中心城市建设)
    rf"(?:{alternation(words('predicate_words', 'word', role='work'))}))$"
)
WORK_END = re.compile(f"(?:{alternation(words('predicate_words', 'word', role='work'))})$")  # 红树林示范区建设
# Verbs that open a list and govern its pieces (`list_words.csv` shared verbs): a piece that is only such a verb
# (新建高标准农田2.4万亩、改造提升4.6万亩) does its work on the object of the verb opening its clause.
SHARED_VERBS = re.compile(f"(?:累计)?(?:{alternation(words('list_words', 'word', role='shared_verb'))})+")
SHARED_OPENING = re.compile(alternation(words("list_words", "word", role="shared_verb")))  # .match after 累计
QUANTITY = re.compile(rf"[0-9０-９][0-9.]*[万亿]?(?:{alternation(ALL_UNITS)})")  # 完成投资1490亿元: its own quantity
# A second measure of the same noun written right next to this one (搬迁4.58万户17.05万人, 改造小区9个990户): no part
# of this one's name; not a bar (80岁以上, 10万千瓦以上), a base (每10万人) or an ordinal
_MEASURES = alternation([u for u in ALL_UNITS if u in COUNT_UNITS or u in UNIT_NOUNS])
_BAR_AFTER = "以上|以下|以内|左右|级|的|多|余|次|[0-9０-９.]"
NEXT_QUANTITY = re.compile(rf"[0-9０-９][0-9.]*[万亿]?(?:{_MEASURES})(?!{_BAR_AFTER})")  # .match after this quantity
QUANTITY_BEFORE = re.compile(rf"(?<![每第前近超约0-9０-９.])[0-9０-９][0-9.]*[万亿]?(?:{_MEASURES})$")
# The quantity a counted noun's predicate holds (完成投资669亿元, 建成后实现产值91亿元, 建成51个): an amount of its
# own, not a bar the noun reaches (前10名, 前1‰, 前200位), a year (进入2020年…) or a quoted name (“…250家…”)
_OWN_BEFORE = alternation(words("qualifiers", "word", position="before"))
OWN_QUANTITY = re.compile(
    rf"[^0-9０-９，、“”前第]{{0,8}}?(?:{_OWN_BEFORE})?(?![0-9]{{4}}年){QUANTITY.pattern}(?![名位强‰%])"
)


# 各 right before the number (X、Y各1000个) gives so many to each thing named: no word of the name, which says it
# after the noun of its unit as the annotators write it (选育标杆农民合作社、家庭农场数（各）).
EACH = re.compile(rf"各(?=(?:{alternation(sorted({*UNIT_NOUNS.values(), '数'}))})?$)")
EACH_WORD, EACH_MARK = "各", "（各）"
NOTE_MARK = re.compile(r"[\[［〔][0-9０-９]+[\]］〕]")  # the mark of a note ([10]), as `targets` skips its number
EMPHASIS = re.compile(r"\*+")  # Markdown's marks of bold or italic text around a heading
# An item's number or enumerator opening the name (七是…, 3.组织培训…, 一、…方面), not a decimal (22.7万贫困人口)
ENUMERATED = re.compile(rf"^(?:{ENUMERATOR_WORDS}|[0-9]{{1,2}}[.．](?![0-9])|[一二三四五六七八九十]+、)")


def indicator_name(text: str, left: int, right: int, quantity: Quantity, measure: str) -> str:
    """The indicator of the quantity quoted by text[left:right] (`_name`), without a streak that is not its
    own (工业投资连续两年同比增长20%以上，2019年预计达26% → 工业投资同比增长); a growth that is ranked or set against
    the whole's (增长8.6%、高于全省0.5个百分点; 增长27.7%、居副省级城市首位) is named by its rate (增速); a bare
    完成投资's change or share is that of the projects counted before; never empty (a table's rule), the quote where
    every word was set aside; 各 before the number is said as （各） after the name."""
    name = _without_other_counts(_without_streak(_name(text, left, right, quantity, measure)))
    name = _unmarked(name)  # **地区生产总值…, 七是**免费送戏下乡: no words of the name
    if measure == "growth" or (measure == "level" and quantity.unit not in COUNT_UNITS):
        name = PLACED_AMONG.sub("", name)  # 存款余额在全省地级市率先突破5000亿元 → 存款余额
    if measure == "growth" and LISTED.search(name):
        name = EACH_GROWTH.sub("", name)  # 接待游客人次、旅游总花费均增长10%以上: both, named; 均 says nothing more
    done = DONE.match(name)  # 完成投资11.2亿元、占全年固定资产投资比重15%: the projects' 完成投资
    if done and len(name) > done.end() and (at := text.rfind(done.group(), max(0, left - MAX_QUOTE), left)) >= 0:
        name = _counted_before(text, at) + name
    each = EACH.search(name) if text.endswith(EACH_WORD, 0, quantity.start) else None
    if each:  # 选育标杆农民合作社、家庭农场各1000个: so many of each, not of both together
        name = name[: each.start()] + name[each.end() :] + EACH_MARK
    named = RATE_COMPARED.sub("增速", name) if measure in ("rank", "change_pp") else name
    named = _without_basis_of_change(named)
    named = _owned(text, left, quantity, named)  # …，增加值年均增长5.1% → 规上工业企业增加值年均增长率
    named = _running_total(text, left, quantity, named) if measure == "level" else named  # 累计…、利用外资…
    if "量" in named and FACILITY_MEASURE.match(named) and "机场" not in named and "港" not in named:
        named = _facility_before(text, quantity.start) + named  # 花湖机场…，货运量达到28万吨 → 花湖机场货运量
    item = BARE_DELEGATE_ITEM.fullmatch(named) if named.endswith("数") else None
    if item and (owner := _delegate_before(text, left)):
        named = owner + item["item"] + "数"  # 办理市人大代表议案3件、建议283件 → 办理市人大代表建议数
    named = _unclaused(EFFORT_OPENING.sub("", named)).replace(RESPECTIVELY_WORD, "")  # 分别 of a list not read as one
    named = NOTE_MARK.sub("", named).strip()  # “六水共治”[10]完成投资: the number of a note, no word of the name
    named = _without_per_time(named) if "每" in named else named  # 低保标准每人每年 → 低保标准
    if "时隔" in named or "以来" in named or "首次" in named:  # 粮食产量时隔20年之后 → 粮食产量: when, no word of it
        named = TIME_ADVERBIAL.sub("", named) or named
    named = ASPECT.sub("", named) if "了" in named else named  # 确定了10件民生实事 → 确定民生实事数
    if not AIM_CHARACTERS.isdisjoint(named):  # 县城人口占县域人口比重力争提高 → …比重提高
        named = AIM_BEFORE_VERB.sub("", named)
    if "投资" in named and BARE_DONE.fullmatch(named) and (undertaking := _undertaking(text, left)):
        named = undertaking + named  # 开展建设领域三大攻坚行动，…完成投资423.64亿元 → 建设领域三大攻坚行动完成投资
    if "开行" in named and (run := BARE_RUN.fullmatch(named)) and (trains := _trains_before(text, left)):
        named = trains + run.group("verb") + run.group("rest")  # 中欧班列长安号…，全年开行4639列 → 中欧班列长安号开行数
    bare = BARE_PROJECTS.fullmatch(named) if measure == "level" and "项目" in named else None
    if bare and _only_work(bare.group("work")):
        named = bare.group("work") + _topic(text, left) + bare.group("projects")  # 开工建设441个项目: of the topic
    if measure == "growth" and INDUSTRY_END in named and (part := _part_growth(text, left, named)):
        named = part  # 规上工业增加值增长5%，其中装备制造业增长12.5% → 装备制造业增加值增长率
    top = TOP_OF.search(named) if named.endswith("前") and quantity.unit != "%" else None
    if top and top.start() > 1:  # 进入全国地级市前十: a rank
        named = named[: top.start()].removesuffix("排名") + (top.group("scope") or "") + "排名"  # 排名均位列全国前十
    return named if named.strip() else text[left:right]  # words all set aside: the quote names it, as in `_name`


def _without_per_time(name: str) -> str:
    """A name without a per of time (and head) ending it (`PER_TIME_END`: 低保标准每人每年 → 低保标准, 城镇登记失业率
    每年 → 城镇登记失业率); as it is when another per or a bound's word comes before it (…生均拨款不低于每生每年) or
    nothing is left."""
    per = PER_TIME_END.search(name)
    if per is None or per.start() == 0 or "每" in name[max(0, per.start() - 2) : per.start()]:
        return name
    if QUALIFIER_BEFORE.search(name, 0, per.start()):
        return name
    return name[: per.start()] + name[per.end() :]


def _running_total(text: str, left: int, quantity: Quantity, name: str) -> str:
    """The name of a level in a 、-piece at `left` with a verb of its own, as a total to date when its clause opens
    with 累计 (累计到位省外资金4523亿元、利用外资58.9亿美元 → 累计利用外资); as it is when a verb the list shares
    follows 累计 (lent to the pieces without one, `targets`), the piece adds this year's (新增…), it is a rate, or its
    name says a total already (累计…, 总里程)."""
    if left < 1 or text[left - 1] != "、" or quantity.unit == "%" or RUNNING_TOTAL in name or is_total(name):
        return name
    start = _start_back(text, left, CLAUSE_ENDS, left - 1)
    opening = LEADING.sub("", _unmarked(text[start : left - 1]).strip())
    lent = opening.startswith(RUNNING_TOTAL) and not SHARED_OPENING.match(opening, len(RUNNING_TOTAL))
    return RUNNING_TOTAL + name if lent and not NEW.match(text[left : left + 5]) else name


def _part_growth(text: str, left: int, name: str) -> str:
    """The name of the growth of an industry that 其中 opens as a part of the clause before (规上营利性服务业营业收入
    增长5.9%，其中：软件和信息技术服务业增长14.4% → 软件和信息技术服务业营业收入增长率): the industry with the measure
    the whole's subject ends in (`SHARED_HEADS`); empty when the name is no industry's alone (not 企业) or the whole
    names no such measure."""
    opening = left
    while opening > 0 and text[opening - 1] == "、":  # …，其中装备制造业增长12.5%、高技术制造业增长10%: each a part
        opening = _start_back(text, opening, PIECE_ENDS, opening - 1)
    if opening > 3 and text[opening - 1] in "：:" and text.endswith("其中", 0, opening - 1):
        opening -= 3  # 其中：软件和信息技术服务业…: the colon a break of its own
    tail = GROWTH_TAIL.search(name.removesuffix("率"))
    industry = name[: tail.start()] if text.startswith(PART, opening) and tail else ""  # 其中(：)
    if (
        not industry.endswith(INDUSTRY_END)
        or industry.endswith(FIRMS)
        or opening < 2
        or text[opening - 1] not in CLAUSE_BREAKS
    ):
        return ""
    start = _start_back(text, opening - 1, CLAUSE_ENDS)
    whole = CHANGE_AT_END.sub("", clause_subject(text[start : opening - 1]))
    head = next((h for h in SHARED_HEADS if whole.endswith(h) and len(whole) > len(h)), "")
    return industry + head + name[tail.start() :] if head else ""  # type: ignore[union-attr]


def _years_masked(words: str) -> str:
    """The words with each year (and part of a year written with a number) masked as 年 of its length, the offsets
    kept: a time, no number before a subject (2023年全省地区生产总值…)."""
    return YEAR.sub(lambda year: "年" * len(year.group()), words)


def _facility_before(text: str, left: int) -> str:
    """The port or airport its sentence names last before `left`, its number (`FACILITY`), whose traffic a bare
    measure of it is; empty when none is named."""
    start = _sentence_start(text, left)
    found = [m for m in FACILITY.finditer(text, start, left) if not FACILITY_NOT.search(m["name"])]
    return found[-1].group() if found else ""


def _delegate_before(text: str, left: int) -> str:
    """Whose motions or suggestions the 、-piece right before `left` names (`DELEGATE_OWNER`: 办理市人大代表议案3件 →
    办理市人大代表); empty when that piece names no deputy or member."""
    if left < 1 or text[left - 1] != "、":
        return ""
    owner = DELEGATE_OWNER.match(text, after_last(text, _sentence_start(text, left), left - 1, CLAUSE_BREAKS + "、"))
    return LEADING.sub("", owner["owner"]) if owner and owner.end() < left else ""


def _start_back(text: str, left: int, breaks: str, end: int | None = None) -> int:
    """Where the words before `end` (`left` if not given) begin after the last of `breaks`, looking back from `left`
    no further than a quote's length (longer is no prose)."""
    return after_last(text, max(0, left - MAX_QUOTE), left if end is None else end, breaks)


def _sentence_start(text: str, left: int) -> int:
    """Where the sentence of text[left] begins, looking back no further than a quote's length (longer is no prose)."""
    return _start_back(text, left, SENTENCE_BREAKS)


def _unmarked(words: str) -> str:
    """Words without Markdown's emphasis marks and an item's opening number or enumerator (**七是**免费送戏下乡)."""
    return ENUMERATED.sub("", EMPHASIS.sub("", words) if "*" in words else words)


def _only_work(words: str) -> bool:
    """Whether words before a count's noun are only verbs of work (开工建设, 建成投产), no noun of what is worked on."""
    return bool(OPENING_VERBS.fullmatch(words))


def _undertaking(text: str, left: int) -> str:
    """The undertaking the nearest clause before text[left] in its sentence opens (`UNDERTAKING`), else none."""
    start = _sentence_start(text, left)
    clauses = re.split("[，,]", text[start:left])[:-1]  # the clauses before the number's own
    found = (UNDERTAKING.fullmatch(_unmarked(clause).strip()) for clause in reversed(clauses))
    return next((undertaking.group("undertaking") for undertaking in found if undertaking), "")


def _settled_in(text: str, left: int) -> str:
    """The park, centre or base the clause right before that of text[left] names (`SETTLED_PLACE`), where what a bare
    入驻 or 集聚 counts settles; empty when that clause names none."""
    sentence = _sentence_start(text, left)
    clause = after_last(text, sentence, left, CLAUSE_BREAKS)
    if clause <= sentence:
        return ""
    start = after_last(text, sentence, clause - 1, CLAUSE_BREAKS)
    found = SETTLED_PLACE.fullmatch(_unmarked(text[start : clause - 1]).strip())
    return found.group("place") if found else ""


def _trains_before(text: str, left: int) -> str:
    """The trains a bare 开行 at text[left] runs (`TRAINS`): the last its sentence names before it, else none."""
    return _last_in_sentence(TRAINS, text, left)


def _per_head_of(text: str, left: int) -> str:
    """The output a bare 人均 at text[left] is of (`PER_HEAD_OF`): the last its sentence names before it (a region's
    生产总值 as 地区生产总值), else none."""
    found = _last_in_sentence(PER_HEAD_OF, text, left)
    return REGIONAL.get(found, found)  # as the catalogue names it


def _last_in_sentence(pattern: re.Pattern[str], text: str, left: int) -> str:
    """The last match of `pattern` in the sentence of text[left] before it, else empty."""
    start = _sentence_start(text, left)
    found = list(pattern.finditer(text, start, left))
    return found[-1].group() if found else ""


def _topic(text: str, left: int) -> str:
    """The topic the opening clause of the sentence of text[left] names (`TOPIC`), when that clause is before it;
    empty when it names none."""
    start = _sentence_start(text, left)
    end = text.find("，", start, left)
    if end < 0:
        return ""
    opening = _unmarked(text[start:end]).strip()
    found = TOPIC.fullmatch(opening)
    if found is None and (field := FIELD.fullmatch(opening)) and not NOT_FIELD.search(field.group("field")):
        return field.group("field")  # 持续开展“交通大会战”，实施项目37个 → 实施“交通大会战”项目数
    return next((topic for topic in found.groups() if topic), "") if found else ""


def _unclaused(name: str) -> str:
    """A name without a clause of its own before its last 、 (`CLAUSE_PIECE`), whose subject it keeps when that is one
    short subject (生物多样性得到有效保护、丰富度全国排名 → 生物多样性丰富度全国排名; 县级三甲医院实现零的突破、数 →
    县级三甲医院数); the name as it is when no piece is such a clause or a quotation spans the 、."""
    if "、" not in name or name.count("“") != name.count("”"):
        return name
    head, _, rest = name.rpartition("、")
    if FIRST_LEVEL_BREAK.search(head) or not rest or LEADING.match(head):
        return name
    clause = CLAUSE_PIECE.fullmatch(head)
    if clause is None or _quoted(name, len(head)):
        return name
    subject = clause.group("subject")
    if PLACE_FIRST.search(subject):
        return name
    return rest if SUBJECTS.search(subject) or len(subject) > SHORT_SUBJECT else subject + rest


def _owned(text: str, left: int, quantity: Quantity, name: str) -> str:
    """A name opening with a measure that names no subject (`OWNERLESS`) with whose it is (`_owner_of_bare`); a bare
    人均 (`PER_HEAD`) per head of that owner, else of the output its sentence named last (`_per_head_of`), as the
    catalogue names it; as it is when a threshold follows the measure (营业收入超百亿元…集群: a kind of things, named
    in full), it ranks each of several subjects before it (增速均居…第一), or no piece before names an owner."""
    if PER_HEAD.fullmatch(name):  # 地区生产总值超2300亿元、增长9%左右，人均突破6万元 → 人均地区生产总值
        owner = _owner_of_bare(text, left)
        owner = owner if owner and not RANK_WORDS.search(owner) else _per_head_of(text, left)  # GDP…，排名…，人均…
        return _catalogued(name + owner) if owner else name
    bare = OWNERLESS.match(name)
    if bare is None:
        return name
    written = text.find(bare.group(), left, quantity.start)
    between = text[written + len(bare.group()) : quantity.start] if written >= 0 else ""  # none, or a qualifier
    sized = SIZE_WORDS.search(name) or (SIZE_WORDS.match(between) and not BOUND_ONLY.fullmatch(between))
    each = written > 0 and EACH_OF.search(text, written - 1, quantity.start) and not LISTED.search(name)
    return name if sized or each else _owner_of_bare(text, left) + name


def _catalogued(name: str) -> str:
    """A name put together from words of its sentence as the catalogue's name when it is one of the forms of an entry
    (人均 + 生产总值 → 人均地区生产总值); else as it is."""
    return next((entry.name_zh for entry in entries() if name in entry.forms), name)


def _owner_of_bare(text: str, left: int) -> str:
    """Whose a measure naming no subject is (`OWNERLESS`): the subject of the nearest piece before it in its sentence
    (to a 、 or ，) that names one before its number, or before a verb of progress ending it (战略性新兴产业加快发展，
    主营业务收入年均增长13% → 战略性新兴产业), without leading words, a verb of change or reaching, 新增 or a total's
    word (新增规上文化企业130家、总量达486家，实现营收500亿元 → 规上文化企业); empty when no piece names a short
    subject that is no verb's words, share or measure of its own."""
    start = _sentence_start(text, left)
    end = after_last(text, start, left, CLAUSE_BREAKS + "、")
    while end > start:
        begin = after_last(text, start, end - 1, CLAUSE_BREAKS + "、")
        words = text[begin : end - 1]
        first, last = _subject_span(_years_masked(words))
        subject = words[first:last] if last else words[: pace.start()] if (pace := PROGRESS_END.search(words)) else ""
        subject = ESTIMATED_END.sub("", REACHING.sub("", QUALIFIER_BEFORE.sub("", subject.strip())))
        subject = CROSSING.sub("", CHANGE_AT_END.sub("", ADVERB_END.sub("", LEADING.sub("", subject))))
        subject = OWNER_SHARE.sub("", re.sub(f"(?:{TOTALS})$", "", ADDED.sub("", NEW.sub("", subject))))
        subject = SINCE_END.sub("", subject)  # 地区生产总值从3.38万亿元增长到…: no 从
        verb = _verbs_end(subject) or COPULA.match(subject) or YEAR.search(subject)
        plain = not verb and not OWNERLESS.match(subject) and not OWNER_NOT.search(subject)
        if 1 < len(subject) <= SHORT_SUBJECT and plain and subject.count("“") == subject.count("”"):
            return subject
        end = begin
    return ""


def _without_basis_of_change(name: str) -> str:
    """A name without the comparison before its verb of change (`SINCE_BASE`), a base year said after it in
    brackets (注册资本较2015年末增长率 → 注册资本增长率（较2015年末））; the name as it is for any other."""
    since = SINCE_BASE.search(name) if "较" in name or "比" in name else None  # (most names compare nothing)
    if since is None or since.start() == 0:
        return name
    base = f"（较{since.group('base')}）" if since.group("base") else ""
    return name[: since.start()] + name[since.end() :] + base


def _name(text: str, left: int, right: int, quantity: Quantity, measure: str) -> str:
    """The indicator of the quantity quoted by text[left:right], as its words read."""
    before, after = _words(text, left, right, quantity, measure)
    if timed := _time_name(text, (left, right), (before, after), quantity, measure):
        return timed
    if measure == "share" and (part := _part_of_whole(text, left, quantity, after)):
        return part  # 民营经济贡献了全省近70%的地区生产总值、70.6%的税收 → 民营经济税收占全省比重
    if measure == "level" and "每" in before and (per := PER_REACHED.search(before)) and per.start() > 1:
        name = LEADING.sub("", before[: per.start()].strip("，、 "))  # 重症床位数提高到每10万人 → 每10万人重症床位数
        heads = per.group("per") if per.group("per").endswith(PEOPLE) else ""  # 每月, 每立方米: the unit's, no name's
        return heads + name + _per_head_noun(name, before, quantity.unit, measure)
    if measure == "level" and (kind := _bounded_kind(text, quantity, before or text[left : quantity.start])):
        return kind  # 营业收入超千亿元开发区达7家 → 开发区营业收入; 营业收入过千亿的产业 (words emptied by `_sized`)
    change = _change_from(before)  # 从A增加到B: X（期初） for A, X for B
    if change and measure != "rank" and (name := LEADING.sub("", before[: change.start()].strip("，、 "))):
        return name + _per_head_noun(name, before, quantity.unit, measure) + (START if change.re is FROM_START else "")
    if measure == "rank" and (ranked := _rank_name(text, left, before)):
        return RANKED_IN.sub(r"\1\2排名", ranked)  # 绵阳高新区在国家高新区综合排名 → 绵阳高新区国家高新区综合排名
    attribute = ATTRIBUTE.search(before) if measure == "level" else None  # not 成为…第二个制造业投资破千亿的城市:
    if attribute and (noun := ATTRIBUTED.match(after)) and not FIRST_MEASURE_TO_CROSS.fullmatch(before):  # `_claim`
        head = EXAMPLES_MARK.sub("", _head_noun(noun.group(1)), count=1)  # …高铁东站等项目: the last example's
        return head + attribute.group()  # 总投资657.5亿元的229个水利项目 → 水利项目总投资
    if claimed := _claim(text, left, (before, after), quantity, measure):
        return claimed
    name = _unled(ADVERB_END.sub("", _unstreaked(before)), quantity.unit not in COUNT_UNITS) + after
    if measure == "level" and SHARED_VERBS.fullmatch(before + after) and (done_to := _object_before(text, left)):
        name = before + done_to  # 新建高标准农田2.4万亩、改造提升4.6万亩 → 改造提升高标准农田面积
    elif not name and (bound := _bound_before(text, left)):  # 人均GDP首次超过7万元，达到7.3万元: one quantity
        name = bound
    elif not name and measure == "level" and _crosses_mark(text, quantity) and (owner := _owner_before(text, left)):
        name = owner  # 一般公共预算收入实现58.1亿元，首次突破50亿元大关: the nearest clause's subject
    elif not name and (measure == "level" or (before and measure != "growth")):  # 增长6.3%、达到2.36万亿元
        name = _reached(text, left, quantity.unit)
    elif VERB_OF_CHANGE.match(name) and (owned := _change_opening_clause(text, left, name)):
        name = owned  # 园区工业总产值实现200亿元，增长26.7%: the nearest clause's, not the sentence's first
    elif not name or VERB_OF_CHANGE.match(name) or ABOVE_WHOLE.match(name):
        name = _share_named(text, left, _subject(text, left)) + name
    elif name.startswith("占"):  # 研发经费支出4200亿元、占地区生产总值比重3.26%: whose share?
        name = _share_subject(text, left) + name
    elif (total := BARE_TOTAL.match(name)) and name.startswith("占", total.end()):  # …增长12.2%，总量占全省50.5%
        name = _share_subject(text, left) + name[total.end() :]
    elif THINGS_MEASURE.fullmatch(_unreached(before)) and not after and (things := _things_before(text, left)):
        name = things + name  # 签约项目28个、总投资71亿元 → 签约项目总投资
    elif quantity.unit == RANK_UNIT and (move := RANK_MOVE.fullmatch(name)) and (moved := _moved_rank(text, left)):
        name = moved + move.group() + "位次"  # …综合排名第50位、较上年上升5位 → …综合排名较上年上升位次
    else:
        name = _of_bare(text, left, right, name)
    return _finished(text, (left, right), (before, name), quantity, measure)


def _per_head_noun(name: str, before: str, unit: str, measure: str) -> str:
    """The noun a level's name ends in (`_unit_noun`), 标准 for money per head and time (集中供养孤儿从每人每月1949元
    提高到2017元 → 集中供养孤儿标准): a rate set for each, not an amount; nothing when the name says 标准 already."""
    if unit == MONEY and PER_HEAD_TIME in before and not name.endswith(STANDARD):
        return STANDARD
    return _unit_noun(name, unit, measure)


def _change_from(before: str) -> re.Match[str] | None:
    """A change from one figure to another ending the words before a number (从A增加到B: `FROM_START` before A,
    `FROM_END` before B), if any; both open with 从 or 由, so the many words with neither skip both searches."""
    if "从" not in before and "由" not in before:
        return None
    return FROM_START.search(before) or FROM_END.search(before)


def _bounded_kind(text: str, quantity: Quantity, before: str) -> str:
    """The measure a bound amount sets on a kind of things counted after it (`COUNTED_KIND`), as that kind's (营业收入
    超千亿元开发区达7家 → 开发区营业收入; 生产总值超过百亿的县达到30个 → 县生产总值); with no measure before it but
    规模 or the whole region's words, or none, the kind's size (全省超百亿元特色产业集群达到90个 → 特色产业集群规模;
    过500亿县达到19个 → 县规模); empty when no bound comes before the amount, other words do, no kind is counted after
    it, or the kind holds a predicate."""
    bounded = (
        BOUND_START.match(quantity.number_text)
        or quantity.number_text.endswith(AT_LEAST)
        or BOUND_END.search(text, max(0, quantity.start - 2), quantity.start)
    )
    found = COUNTED_KIND.match(text, max(quantity.end, quantity.unit_end)) if bounded else None
    if found is None or PREDICATE.search(kind := found.group("kind")):
        return ""
    words = BOUND_END.sub("", before.strip())
    if measured := THRESHOLD_OF.search(words):
        return kind + measured.group()
    sized = words.endswith(SIZE) or not WHOLE_WORDS.sub("", words)  # 规模过百亿元的县域产业集群; 2000亿以上城市增至9个
    return kind + SIZE if sized else ""  # 全省超百亿元特色产业集群达到90个


def _part_of_whole(text: str, left: int, quantity: Quantity, after: str) -> str:
    """The share a subject contributes of a whole (`CONTRIBUTED`) before the noun it is a share of, as that noun's
    share of the whole, the subject before the verb in its clause first when it is short (民营经济贡献了全省近70%的
    地区生产总值 → 民营经济地区生产总值占全省比重; …、70.6%的税收 → 民营经济税收占全省比重); empty otherwise."""
    start = _start_back(text, left, CLAUSE_ENDS)
    found = list(CONTRIBUTED.finditer(text, start, quantity.start))
    noun = SHARED_NOUN.match(text, max(quantity.end, quantity.unit_end))
    if not found or noun is None:
        return ""
    subject = COUNT_OPENING.sub("", text[start : found[-1].start()].strip())
    subject = subject if len(subject) <= SHORT_SUBJECT and not re.search("[、，“”《》]", subject) else ""
    return f"{subject}{noun.group('noun')}占{found[-1].group('whole')}比重"


def _reached(text: str, left: int, unit: str) -> str:
    """What a level reached after a change or an addition (新增上市企业21家、达到177家; 城镇化率提高4.6个百分点、达到
    64.5%) is of: the subject (`_subject`) without the verb of change or adding (上市企业, 城镇化率); with the verb
    when the piece before gives a rate and this is one too (增长6%左右，力争达到6%以上: the growth again), or nothing
    else is left."""
    subject = _subject(text, left)
    piece = text[_start_back(text, left, CLAUSE_ENDS, max(0, left - 1)) : left]
    if left > 0 and text[left - 1] == "、" and (added := ADDED_PIECE.fullmatch(piece.removesuffix("、"))):
        subject = LEADING.sub("", WHOLE_WORDS.sub("", added.group("subject")))  # …，千亿级园区新增2个、达到14个
    unchanged = subject if unit == "%" and "%" in piece else CHANGE_AT_END.sub("", subject)
    return ADDED.sub("", unchanged) or subject


def _finished(text: str, span: tuple[int, int], words: tuple[str, str], quantity: Quantity, measure: str) -> str:
    """A name read from the words (`words`: those before the number, and the name so far) finished by what it
    measures: a rank's scope, a share's whole or 比重, a growth's 率, a count's or an amount's noun of its unit."""
    (left, right), (before, name) = span, words
    if measure == "rank":
        name = RANKED_IN.sub(r"\1\2排名", name)
    part = measure == "share" and before.startswith(PART) and name.endswith(SHARE_OF_WHOLE)
    if part and (whole := _whole(text, left)):
        return name.removesuffix(SHARE_OF_WHOLE) + f"占{whole}比重"  # …收入2640.3亿元，其中税收占比86.5%
    if measure == "share" and name.endswith("的") and len(name) > 2:  # 民生支出占一般公共预算支出的84.4%
        return name[:-1] + ("比重" if "占" in name else SHARE)
    if measure == "share" and name.startswith("的"):  # 98%的政务服务事项实现了网上办: the share of the things
        return _predicate_first(name[1:]) + SHARE
    if measure == "share" and not before.strip() and not SHARE_NAMED.search(name):
        return name + SHARE  # 80%以上行政村成为“绿盈乡村”: the share of the things named after it, as with 的
    if measure == "share" and quantity.unit == "%" and SHARE_OF.search(name):
        return name + "比重"  # 跨境电商进出口总额占全国超1/3 → 跨境电商进出口总额占全国比重
    if measure == "growth" and quantity.unit == "%" and (rise := RISE_END.search(name)):
        return name[: rise.start()] + RISE_NOUNS[rise.group(1)]  # 居民消费价格上涨1.8% → 居民消费价格涨幅
    if measure == "growth" and quantity.unit == "%" and (tail := GROWTH_TAIL.search(name)):
        return name[: tail.start()].rstrip("、，") + tail.group(1) + "率"
    if not name:
        return text[left:right]
    noun = _unit_noun(name, quantity.unit, measure) or _classifier_noun(text, quantity, name, measure)
    built = BUILT_SIZE.match(name) if noun and quantity.unit not in COUNT_UNITS else None
    if built and PUSHING_ONLY.fullmatch(before.strip()):
        name = built.group("thing")  # the amount stands before the thing: its size
    return name + noun


def _classifier_noun(text: str, quantity: Quantity, name: str, measure: str) -> str:
    """轮数 or 数 for a count by a classifier read as no unit (`CLASSIFIER`: 成功应对16轮强降雨过程 → …轮数, 推出新车型
    10款 → …数); nothing for any other level, or a name ending in 数."""
    found = CLASSIFIER.match(text, quantity.end) if not quantity.unit and measure == "level" else None
    if found is None or name.endswith("数"):
        return ""
    return "轮数" if found.group().startswith("轮") else "数"


def _of_bare(text: str, left: int, right: int, name: str) -> str:
    """A bare rate, amount of work, measure or total with whose it is, from the words before it (满意率 → 热线受理诉求
    满意率, 完成投资 → 重点建设项目完成投资, 产量 → 粮食产量, 总数 → 国家高新技术企业总数); any other name as it is."""
    if DONE_RATE.fullmatch(name) and (projects := _done_rate_of(text, left)):
        return projects + (name if INVESTMENT in name else INVESTMENT + name)  # 省市重点工程投资完成率
    if RATE_OF.fullmatch(name) and (handled := _handled_before(text, left)):
        return handled + name  # 热线受理诉求222万件次，满意率99.2% → 热线受理诉求满意率
    if BARE_PREDICATE.fullmatch(name) and (things := _predicated_things(text, left, right)):
        return things + name  # 新开工亿元以上项目14个，建成投产3个 → 亿元以上项目建成投产
    if DRIVEN.match(name) and MONEY_END.search(text, 0, left - 1) and (done := _benefactor(text, left)):
        return done + name  # 发放消费券4.5亿元，拉动消费89.9亿元 → 发放消费券拉动消费
    if BENEFIT.match(name) and (done := _benefactor(text, left) or _undertaking(text, left)):
        return done + name  # 增值税留抵退税1059亿元，惠及企业8万多户 → 增值税留抵退税惠及企业; 实施…工程，受益人口…
    if SETTLED.match(name) and (place := _settled_in(text, left)):
        return place + name  # 加快宣城（上海）科创中心建成运营，入驻项目20个以上 → 宣城（上海）科创中心入驻项目
    if DONE.fullmatch(name) and (counted := _counted_before(text, left)):
        return counted + name  # 实施重点建设项目549个，完成投资1068亿元 → 重点建设项目完成投资
    if BARE_MEASURE.fullmatch(name):
        return _measured_subject(text, left) + name
    if BARE_TOTAL.fullmatch(name):
        return _total_of(_total_subject(text, left), name.removeprefix("新增"))
    if BARE_ADDED.fullmatch(name) and (added := _added_to(text, left)):
        return name + added  # 入围世界500强企业9家、新增1家 → 新增入围世界500强企业
    if AMOUNT_ADDED.fullmatch(name) and (amount := _amount_before(text, left)):
        return amount + name  # 粮食种植面积4237.2万亩、新增586.3万亩 → 粮食种植面积新增
    if name[:1] in OBJECT_VERB_OPENINGS and BARE_OBJECT_VERB.fullmatch(name) and (things := _worked_things(text, left)):
        return name + things  # 修改政府规章11件、废止4件 → 废止政府规章
    return name


def _worked_things(text: str, left: int) -> str:
    """The things the piece before a bare verb of work at `left` counts, when it ends in its count: its words after
    their last verb (修改政府规章11件 → 政府规章), or before that verb when it ends them (权力事项取消72项 → 权力事项);
    empty for no count, or a list or prose."""
    if left < 1 or text[left - 1] not in "、，":
        return ""
    start = _start_back(text, left, PIECE_ENDS, left - 1)
    count = COUNTED_END.search(text, start, left - 1)
    words = LEADING.sub("", QUALIFIER_BEFORE.sub("", text[start : count.start()])) if count else ""
    verbs = list(WORK_VERB.finditer(words))
    if verbs and verbs[-1].end() == len(words):  # the things before their verb
        words = words[verbs[-2].end() if len(verbs) > 1 else 0 : verbs[-1].start()]
    elif verbs:  # after the first run of verbs (清理退出白酒企业 → 白酒企业; not 保障 of 保障性住房)
        end = verbs[0].end()
        for verb in verbs[1:]:
            end = verb.end() if verb.start() == end else end
        words = words[end:]
    plain = 1 < len(words) <= SHORT_SUBJECT and not NUMBER.search(words) and not LISTED.search(words)
    return words if plain and words.count("“") == words.count("”") else ""


def _amount_before(text: str, left: int) -> str:
    """What the piece right before a bare change of an amount at `left` measures, when it ends in its own amount
    (粮食总产量1357.8亿斤，新增49亿斤 → 粮食总产量): its words before its number, without leading words or a verb of
    reaching; empty for a count, a rate, work that takes away, or prose."""
    if left < 1 or text[left - 1] not in "、，":
        return ""
    start = _start_back(text, left, PIECE_ENDS, left - 1)
    if not QUANTITY_END.search(text, start, left - 1) or COUNTED_END.search(text, start, left - 1):
        return ""
    first = NUMBER.search(text, start, left - 1)
    words = LEADING.sub("", REACHING.sub("", QUALIFIER_BEFORE.sub("", text[start : first.start()] if first else "")))
    plain = len(words) > 1 and not REMOVING.match(words) and not NUMBER.search(words) and len(words) <= SHORT_SUBJECT
    return words if plain and words.count("“") == words.count("”") else ""


def _added_to(text: str, left: int) -> str:
    """What a bare 新增 or 净增 right after a 、 or ， adds to: the things the piece before counts, without a verb of
    reaching or the total's word (市场主体总量达到825.8万户，净增300万户 → 市场主体); empty when that piece counts
    nothing or does other work to them (撤销本专科专业点461个、新增270个)."""
    if left < 1 or text[left - 1] not in "、，":
        return ""
    start = _start_back(text, left, PIECE_ENDS, left - 1)
    count = COUNTED_END.search(text, start, left - 1)
    words = LEADING.sub("", REACHING.sub("", text[start : count.start()] if count else ""))
    things = TOTAL_WORD_END.sub("", NEW.sub("", words))  # 新增…企业超1300家、连续三年新增超千家: 新增 once
    plain = things and not REMOVING.match(things) and len(things) <= SHORT_SUBJECT
    return things if plain and things.count("“") == things.count("”") else ""


def _time_name(text: str, span: tuple[int, int], words: tuple[str, str], quantity: Quantity, measure: str) -> str:
    """The name of a streak (`_streak_name`) or of the time a thing took (仅用22天控制住疫情蔓延 → 控制住疫情蔓延用时);
    empty for neither."""
    if streak := _streak_name(text, span[0], words, quantity, measure):
        return streak
    if measure == "duration" and USED.search(words[0]) and (done := _done_in(text, span[1], words[1])):
        return done + TIME_TAKEN
    return ""


def _streak_name(text: str, left: int, words: tuple[str, str], quantity: Quantity, measure: str) -> str:
    """The name of a streak (固定资产投资连续6年保持千亿规模 → 固定资产投资保持千亿规模连续年数; 城乡低保实现“九连提” →
    城乡低保连续提高年数), from the words before and after its length; empty for no streak."""
    before, after = words
    if measure == "duration" and before.endswith(STREAK):  # 技术合同成交总额…，连续6年全省领先: the clause before's
        return (_streak_subject(before) or _standing_owner(text, left, after)) + after + STREAK + quantity.unit + "数"
    if measure == "duration" and (run := STREAK_WORD_RUN.match(after)):  # no words before: 粮食产量…、实现“十九连丰”
        subject = _streak_subject(ACHIEVED_RUN.sub("", before)) or _subject(text, left)
        return subject + STREAK + STREAK_READS[run.group(1)] + quantity.unit + "数"
    if measure == "level" and before.endswith(STREAK) and (period := STREAK_PERIOD.match(quantity.unit + after)):
        rest = (quantity.unit + after)[period.end() :]  # 连续3个季度保持增长: a streak in no unit of streaks
        return _streak_subject(before) + rest + STREAK + period.group(1).replace("年度", "年") + "数"
    return ""


def _standing_owner(text: str, left: int, after: str) -> str:
    """Whose standing among others a streak with no words of its own before it holds (技术合同成交总额378.3亿元，连续6年
    全省领先 → 技术合同成交总额): the subject of the clause or piece before; empty for a streak of anything else (连续
    7年获评…城市: the place's own) or a subject that is a verb's words (占…, 实施…, 五年跨过, another streak)."""
    if not STANDING.search(after):
        return ""
    owner = NEW.sub("", _nearest_owner(text, left) or _piece_owner(text, left))  # 累计到位资金…: 到位资金
    verb = owner.startswith(("占", "其中")) or _verbs_end(owner) or CROSSING.search(owner)
    return "" if verb or STREAK in owner else owner


def _piece_owner(text: str, left: int) -> str:
    """The subject of the 、-piece before one at `left` that opens with no words of its own (贷款余额增长15.8%、连续13个
    月居全国首位 → 贷款余额), without its verb of change; empty when no 、 stands before `left`."""
    if left < 1 or text[left - 1] != "、":
        return ""
    start = _start_back(text, left, PIECE_ENDS, left - 1)
    subject = CHANGE_AT_END.sub("", _first_subject(text[start : left - 1]))
    return subject if len(subject) <= SHORT_SUBJECT else ""


def _done_in(text: str, right: int, after: str) -> str:
    """What a length of time opened by 用 was taken to do: the words after it (and its 时间), else those of the
    clause after its own (用3年时间，特色文旅规划体系…更加成熟定型); empty when none follow."""
    done = TIME_WORD.sub("", after).strip("，、 ")
    if not done and right < len(text) and text[right] in CLAUSE_BREAKS + "、":
        end = CLAUSE_END.search(text, right + 1, right + 1 + MAX_QUOTE)
        done = text[right + 1 : end.start() if end else right + 1]
    return LEADING.sub("", done.strip("，、 "))


def _streak_subject(before: str) -> str:
    """What held through a streak: the words before 连续, without leading words or a 并 joining the clause
    before (并连续5个年度稳居全省第2位 → 稳居全省第2位连续年数)."""
    return LEADING.sub("", before.removesuffix(STREAK).strip("，、 ").removeprefix("并"))


def _unstreaked(words: str) -> str:
    """Words before a number without a verb of reaching and a streak ending them (粮食产量连续3年稳定在 → 粮食产量):
    the streak is a quantity of its own."""
    words = _unreached(words)
    unstreaked = _without_streak(words).removesuffix(STREAK)
    return _unreached(unstreaked) if unstreaked != words else words


def _unreached(words: str) -> str:
    """`words` without the verb of reaching that ends them (`REACHING`), read for every number: the regex, which
    tries every position, only for words that end in a verb's last character (or a line break, which `$` skips)."""
    if words[-1:] not in REACHING_LAST and not words.endswith("\n"):
        return words
    return REACHING.sub("", words)


def _unled(words: str, amount: bool) -> str:
    """`words` without the leading words that open them and, for an amount, a verb of achieving (全年实现社会消费品
    零售总额 → 社会消费品零售总额)."""
    words = LEADING.sub("", words)
    return LEADING.sub("", ACHIEVING.sub("", words)) if amount else words


def is_total(name: str) -> bool:
    """Whether a name names a total (上市公司总数), which a list's verb of adding (新增…) does not govern."""
    return bool(TOTAL_END.search(name))


def is_size(name: str, number: str) -> bool:
    """Whether a name is the size a bare magnitude is a threshold of (培育…十亿企业 → 企业规模), which a list's verb
    (培育, 新增, 打造 …) does not govern: the size is the noun's, not the work's."""
    return bool(THRESHOLD.fullmatch(number)) and name.endswith(SIZE)


def _ratio_name(text: str, left: int, subject: str, base: str) -> str:
    """The name of a ratio to a base (服务业增加值为2015年的2.1倍 → 服务业增加值相对2015年倍数; 年外送电量是三峡电站年
    发电量的1.3倍 → 年外送电量与三峡电站年发电量之比), the subject that of the clause before when none opens it."""
    subject = LEADING.sub("", subject.strip("，、 ")) or CHANGE_AT_END.sub("", _subject(text, left))
    return subject + (f"相对{base}倍数" if TIME_BASE.fullmatch(base) else f"与{base}之比")


def sector_share(text: str, start: int) -> str | None:
    """第一产业增加值比重 for 4.1 in 三次产业比重调整为4.1∶40.1∶55.8: a member of the ratio of the three
    sectors, named by its place in it; None for any other number."""
    low = start
    while low > max(0, start - 40) and text[low - 1] in RATIO_CHARACTERS:
        low -= 1
    while low < start and text[low] == " ":
        low += 1
    run = RATIO_RUN.match(text, low)
    if run is None or not run.start() <= start < run.end() or "产业" not in text[max(0, low - 40) : low]:
        return None
    members = [low + m.start() for m in re.finditer(r"[0-9.]+", run.group())]
    if len(members) != 3 or start not in members:
        return None
    changed = FROM_END_WORD.search(text[max(0, low - 2) : low].rstrip()) and TO_AFTER.match(text, run.end())
    return f"第{'一二三'[members.index(start)]}产业增加值比重" + (START if changed else "")  # 由7.9：55.9：36.2调整为…


def _nouns_then_predicate(text: str, start: int) -> str:
    """The words after a count to its clause's end when they are nouns joined by 、 (short, no verb) and then a
    predicate that every one of them takes (个乡镇、街道实现“七有”“五有”目标, 个机关、企事业单位附属空间对外开放共享),
    with no number after the 、; empty for any other."""
    found = NOUNS_PREDICATE.match(text, start)
    if found is None or PREDICATE_WORD.search(found.group("first")) or NUMBER.search(found.group("rest")):
        return ""
    rest = found.group("rest")
    predicate = PREDICATE.search(rest) or STATUS_CLOSE.search(rest)
    if predicate is None or PREDICATE_WORD.search(rest[: predicate.start()]) or predicate.start() > SHORT_ITEM * 3:
        return ""
    return found.group("first") + "、" + rest


def _clause_end(text: str, start: int) -> int:
    """Where the clause of text[start] ends (its next break), looking no further than a quote's length."""
    window = min(len(text), start + MAX_QUOTE)
    return min((x for x in (text.find(c, start, window) for c in CLAUSE_ENDS) if x >= 0), default=window)


def _listed_predicate(text: str, quantity: Quantity, noun: str) -> str:
    """The noun a count counts (`noun`) with the predicate that ends the list of counts it opens, which every one of
    them takes (70家工厂、5个工业园区入选国家绿色制造名单 → 工厂入选国家绿色制造名单; 2个集体和2名个人荣获…): when
    each later piece is a count and its noun, and the last one's noun a predicate then; empty for any other."""
    start = max(quantity.end, quantity.unit_end)
    if not noun or not LIST_JOINS.match(text, start + len(noun)):  # 6个乡镇和…: a list goes on after the noun
        return ""
    end = _clause_end(text, start)
    pieces = LIST_JOINS.split(text[start:end])
    if len(pieces) < 2 or pieces[0] != noun or not 0 < len(noun) <= SHORT_ITEM * 2 or PREDICATE.search(noun):
        return ""
    if not all(
        (counted := COUNT_AND_NOUN.fullmatch(piece)) and not PREDICATE.search(counted["noun"]) for piece in pieces[1:-1]
    ):
        return ""
    last = COUNT_AND_NOUN.fullmatch(pieces[-1])
    found = PREDICATE.search(last["noun"], 1) if last else None
    if found is None or NUMBER.search(last["noun"]) or last["noun"].count("“") != last["noun"].count("”"):  # type: ignore[index]
        return ""
    predicate = last["noun"][found.start() :]  # type: ignore[index]
    return noun + predicate[PREDICATE_ADVERB.match(predicate).end() :]  # type: ignore[union-attr]  # 均已摘帽退出


def _predicate_first(words: str) -> str:
    """The words after a counted noun that opens its clause, the predicate first (重大项目全面实施 → 实施重大项目),
    joined by 的 when it holds an object (重点民生实事完成年度任务 → 完成年度任务的重点民生实事), as a relative
    clause: what the count counts is the things the predicate holds of; the noun alone when the predicate holds a
    quantity of its own (525个重点项目完成投资669亿元 → 重点项目: the amount is named apart); the words as they are
    when no predicate of `predicate_words.csv` follows a noun, or a quantity stands before it."""
    found = PREDICATE.search(words, 1)
    if found is None or PREDICATE.match(words) or QUANTITY.search(words, 0, found.start()):
        return words
    noun = words[: found.start()]
    if reached := REACHED_OBJECT.search(noun):  # 2个重点县达到摘帽条件: the predicate is 达到 and its object
        noun, found = noun[: reached.start()], reached
    if noun.endswith(("和", "及", "与", "、")):  # 220个省级重大项目和纳入…的102项重大工程: a second noun's predicate
        return words
    if OWN_QUANTITY.match(words, found.end()):
        return noun
    if words.count("“", 0, found.start()) != words.count("”", 0, found.start()):  # not inside a quoted name
        return words
    predicate = words[found.start() :]
    predicate = predicate[PREDICATE_ADVERB.match(predicate).end() :]  # type: ignore[union-attr]
    if predicate.endswith(noun):  # 入选…示范企业: the noun said once
        return predicate
    return predicate + ("的" if _has_object(predicate) else "") + noun


def _has_object(predicate: str) -> bool:
    """Whether a predicate holds an object after its verb (完成年度任务, 跻身全国百强县), which a relative clause
    joins to its noun by 的; not one of verbs alone (建成投用, 完成更新改造)."""
    verb = PREDICATE_VERB.match(predicate)
    rest = predicate[verb.end() :] if verb else ""
    return bool(rest) and not VERBS_ONLY.fullmatch(rest)


def _words(text: str, left: int, right: int, quantity: Quantity, measure: str) -> tuple[str, str]:
    """The words before the number in its quote and those after it (to the next 、 or 和 before a number), as
    a name reads them: a threshold's noun and 规模, a counted noun's predicate first, no other count's noun
    before (78个中央预算内项目和58个…), no ordinal's word after a rank (第50位)."""
    before, after = _disposed(
        *_without_basis(text[left : quantity.start].strip(), _after(text, quantity, right)), quantity.unit
    )
    if before.endswith("了"):  # 较2017年增长了52.7%: 了 no word of the name
        before = CHANGED_PERFECT.sub(r"\g<verb>", before)
    after = _first_of_two_counts(before, after) if quantity.unit in COUNT_UNITS else after
    if shared := SHARED_LEVEL.match(text, max(quantity.end, quantity.unit_end)):  # 3个国家级和4个省级中心
        after = shared.group("level") + shared.group("noun")
    after = AND_NUMBER.split(after, 1)[0]  # 13座城市公园和275个口袋公园: each number its own noun
    if quantity.unit in COUNT_UNITS and measure == "level" and (listed := _listed_predicate(text, quantity, after)):
        after = listed  # 6个乡镇和60个村入选全国乡村治理示范村镇 → 乡镇入选全国乡村治理示范村镇
    if quantity.unit in COUNT_UNITS and (pace := PROGRESS_END.search(after)):  # …项目加快推进 → …项目
        after = after[: pace.start()].removesuffix("等")  # 18个风电项目等加快建设: 等 ends the examples
    if quantity.unit in COUNT_UNITS or quantity.unit in UNIT_NOUNS:  # 4.58万户17.05万人: each its own measure
        after = after.removeprefix(next_to.group()) if (next_to := NEXT_QUANTITY.match(after)) else after
        before = before[: next_to.start()] if (next_to := QUANTITY_BEFORE.search(before)) else before
    if measure == "level":  # 1个千亿产业 → 千亿产业规模; 5个以上百亿元级、10个以上…重大工业项目: a class of sizes
        before, after = _sized(text, quantity, before, after)
    if pair := _previous_member(before):  # 分别提高6.3%和7.1%: not 6.3%和
        before = before[: pair.start()].rstrip()
    counted = quantity.unit in COUNT_UNITS or quantity.unit in UNIT_NOUNS
    if after and counted and _names_before(before, after, quantity):
        # 建成毗河供水一期、武引二期灌区等48个大中型工程: the examples are no name of a count (but 补贴等72.7亿元)
        before = before[: _verbs_end(before)]
    if not after and quantity.unit in COUNT_UNITS:
        before = _kind_of_examples(before)  # 新建改造东直游园等公园游园26个 → 新建改造公园游园
    if measure == "level" and quantity.unit in COUNT_UNITS and (quoted := _quoted_predicate(after)):
        after = quoted  # 1053个事项“跨省通办” → “跨省通办”事项
    elif (
        measure == "level"
        and not after.endswith(SIZE)
        and _leaves_predicate_first(owner := NEW.sub("", LEADING.sub("", before.strip("，、 "))), quantity.unit)
        and (first := _predicate_first(after)) != after
        and not (owner and first.endswith(MEASURE_END))  # 首批9个核证自愿减排量完成登记: no 数 would follow
    ):
        after = first  # 市区17条道路建成通车 → 市区建成通车道路
    elif (
        measure == "level"
        and quantity.unit in COUNT_UNITS
        and not before.endswith(("对", "把", "将", "及", "和", "与"))
        and (work := WORK_AFTER.match(after))
    ):
        after = work.group("work") + work.group("noun")  # 改善8所重点职业学校教学条件 → 改善教学条件重点职业学校
    if measure == "level" and quantity.unit in COUNT_UNITS and (governed := _governed(text, quantity, before)):
        before, after = governed  # 对284个企业投资项目实行“不见面审批” → 实行“不见面审批”的企业投资项目
    return _measure_words(text, left, quantity, measure, (before, after))


def _previous_member(before: str) -> re.Match[str] | None:
    """The number before this one in a list that the words before it end with (分别提高6.3%和7.1%: 6.3%和), if any;
    both patterns end in the list's joint, so words that end in neither 和 nor 、 (most) skip them (`$` also
    matches before a final line break, which the test strips)."""
    if not before.rstrip("\n").endswith(("和", "、")):
        return None
    return PAIR_BEFORE.search(before) or PREVIOUS_MEMBER.search(before)


def _governed(text: str, quantity: Quantity, before: str) -> tuple[str, str] | None:
    """The words before and after a count that a coverb governs (`COVERB_END`: 对, 与, 以), which counts the things
    after it: the words before without the coverb, and what the clause does with the things first (`COVERB_VERB`),
    joined by 的 (与9个国家建立12个多双边合作机制 → 建立12个多双边合作机制的国家, its other count set aside later);
    the things alone in a frame of 以…为… (以15项重大工程为抓手 → 重大工程); None for no coverb, or no such words."""
    whole = SERVED_WHOLE.search(before)
    coverb = COVERB_END.search(before[: whole.start() + 1] if whole else before)
    if coverb is None:
        return None
    start = max(quantity.end, quantity.unit_end)
    end = _clause_end(text, start)
    words, rest = text[start:end], before[: coverb.start()]
    if coverb.group() == SERVED and not SERVED_ADVERBS.fullmatch(_unmarked(LEADING.sub("", rest))):
        return None  # 市国资委出资企业由14户变为9户, 科技保险为8.96万家企业…: no clause opened by 为
    if coverb.group() == "以":
        frame = FRAMED.fullmatch(words)
        return (rest, frame.group("things")) if frame and len(frame.group("things")) <= SHORT_SUBJECT else None
    verb = COVERB_VERB.search(words, 2)
    things = LATER_COUNT.split(words[: verb.start()], 1)[0] if verb else ""  # 对128个集体和49名个人进行奖励
    done = words[verb.start() :].split("、", 1)[0] if verb else ""  # 进行优化提质、增加床位300张: the first work
    done = done.removeprefix(MERE_VERB) or done  # 进行全面改造 → 全面改造; 进行奖励 → 奖励
    if coverb.group() == SERVED and verb:  # 继续为…, 免费为…: no words of the name before 为
        (things, done), rest = _served(words, verb, things, done, whole), ""
    if not things or len(things) > SHORT_SUBJECT or not done or len(done) > SHORT_SUBJECT + 4:
        return None
    return rest, done + "的" + things


def _served(
    words: str, verb: re.Match[str], things: str, done: str, whole: re.Match[str] | None
) -> tuple[str, str]:  # fmt: skip
    """The people or firms a clause opened by 为 serves, and the service: all of it when no number follows its 、
    (提供一次乳腺癌、宫颈癌筛查), its verb and the noun after its last 的 when that is too long (提供…的产前筛查 →
    提供产前筛查), no amount or note of it (发放基本生活保障金2.4亿元 → 发放基本生活保障金); how it is done (免费,
    统一) goes with the service, the whole region's words (为全省…) with the people."""
    service = words[verb.start() :].split("（", 1)[0]  # 发放租赁补贴（牵头责任单位：…）: who does it, no word of it
    if not NUMBER.search(service):
        done = service.removeprefix(MERE_VERB) or service
    if len(done) > SHORT_SUBJECT + 4 and "的" in done:
        done = verb.group() + done.rsplit("的", 1)[1]
    done = QUANTITY.sub("", done) or done
    if how := SERVICE_MANNER.search(things):  # 为2000名困难家庭女学生免费接种HPV疫苗 → 免费接种HPV疫苗的…
        things, done = things[: how.start()], how.group() + done
    return (whole.group("whole") if whole else "") + things, done


def _measure_words(text: str, left: int, quantity: Quantity, measure: str, words: tuple[str, str]) -> tuple[str, str]:
    """The words before and after a number as its measure reads them: a share of what 的 names and what is done
    with it (将80%以上的可用财力投向民生领域), a rank without its ordinal's word (排名第50位), a mark crossed without
    the mark or the verb of crossing (首次突破50亿元大关); the words as they are for any other."""
    before, after = words
    if measure == "share" and before in DISPOSAL and after.startswith("的"):
        before = ""  # the share is of what 的 names, and what is done with it (可用财力投向民生领域比例)
    if measure == "rank" and LEADING.sub("", before):
        after = after.removeprefix("位").removeprefix("名")
    if measure == "level" and _crosses_mark(text, quantity):
        before, after = _mark_crosser(text, left, CROSSING.sub("", before)), ""
    return before, after


def _sized(text: str, quantity: Quantity, before: str, after: str) -> tuple[str, str]:
    """The words before and after a level as a size reads them: a count of a size class the noun it shares with the
    classes listed after it (`_shared_size_class`); a bare magnitude the size of the noun after it, or after the last
    member of a list of size classes it opens (`_threshold`, `_size_members_noun`), with no words before it."""
    if quantity.unit in COUNT_UNITS and (classed := _shared_size_class(text, quantity)):
        after = classed  # 5个以上百亿元级、10个以上三十亿元级重大工业项目 → 百亿元级重大工业项目
    if THRESHOLD.fullmatch(quantity.number_text) and quantity.unit in THRESHOLD_UNITS:
        written = text[quantity.start : max(quantity.end, quantity.unit_end)]  # 百亿元 of 百亿元园区
        last = _size_members_noun(text, quantity)  # 万亿元级、5000亿元级产业集群: the noun after the last member
        if (toward := TOWARD.search(before)) and TOWARD_MARK.fullmatch(after) and toward.start() > 1:
            subject = LEADING.sub("", before[: toward.start()].strip("，、 "))  # …产业集群加速迈向万亿级 → …规模
            return subject, "" if subject.endswith(SIZE_MEASURES) else SIZE
        after = _threshold(before, after, written) or (last and _threshold(before, last, written)) or after
        before = "" if after.endswith(SIZE) else before
    return before, after


def _size_members_noun(text: str, quantity: Quantity) -> str:
    """The noun after a list of size classes whose member this magnitude is (亿元级、十亿元级、百亿元级的领军企业 →
    的领军企业), to the first 、 or the clause's end; empty when no member follows it."""
    return _members_noun(text, max(quantity.end, quantity.unit_end)).removeprefix("等")  # 百亿级、50亿级等…项目


def _shared_size_class(text: str, quantity: Quantity) -> str:
    """The size class a count counts and the noun it shares with the classes listed after it (5个以上百亿元级、10个
    以上三十亿元级重大工业项目 → 百亿元级重大工业项目); empty when no class follows the count or no member it."""
    size = SIZE_CLASS.match(text, max(quantity.end, quantity.unit_end))
    noun = _members_noun(text, size.end()) if size else ""
    return size.group() + noun.removeprefix("的") if size and noun else ""


def _members_noun(text: str, at: int) -> str:
    """The words after the members of a list of size classes that follow text[at] (`SIZE_MEMBERS`), to the first 、
    or the clause's end; empty when no member follows."""
    members = SIZE_MEMBERS.match(text, at)
    if members is None or not members.group():
        return ""
    return _first_piece(text, members.end(), NOUN_END.search(text, members.end()).start())  # type: ignore[union-attr]


def _after(text: str, quantity: Quantity, right: int) -> str:
    """The words after a number to its piece's end (`_first_piece`) without a note; for a count of nouns joined by 、
    that a predicate then holds of (52个机关、企事业单位附属空间对外开放共享), all of them, but after examples (…等4条
    高速公路、西安杨凌城际特快建成通车: the count is of the first)."""
    after = _unnoted(text, quantity, _first_piece(text, max(quantity.end, quantity.unit_end), right).strip())
    classifier = CLASSIFIER.match(after) if not quantity.unit else None  # 16轮强降雨过程: no 轮 in the name
    after = after[classifier.end() :] if classifier else after
    examples = text.endswith("等", 0, quantity.start)
    if quantity.unit in COUNT_UNITS and not examples and (nouns := _nouns_then_predicate(text, quantity.unit_end)):
        return nouns
    return after


def _first_of_two_counts(before: str, after: str) -> str:
    """The words after a count opening its clause whose things another count follows at once (7所高校32个学科入选…):
    the first things, after what the rest says of them (入选…的高校); the words as they are after a verb (提升11个
    领域107项公共服务供给质量: the work is on both) and for any other."""
    inner = COUNT_IN_COUNT.match(after)
    if inner is None or PREDICATE_WORD.search(inner[1]) or ANY_VERB.search(inner[1]):
        return after
    rest, things = inner.group("rest"), inner.group("things")
    if before.strip():  # 提升11个领域107项公共服务供给质量: the work is on the second things too, whose count goes
        return after
    rest = rest[verb.start() :] if (verb := PREDICATE.search(rest, 1)) else rest
    return rest + "的" + things if rest else things


def _mark_crosser(text: str, left: int, before: str) -> str:
    """What crossed a mark (突破…大关, 迈上…台阶): the words before, without a time (在2023年首次) or a mark before it
    in a list (九千亿和); the list's subject when nothing is left after a 、 (跨越3万亿元、4万亿元两个大台阶); nothing
    when nothing is left after a clause break (…，继2021年迈过…: the clause before's, found later)."""
    untimed, listed = TIMED.sub("", MARK_BEFORE.sub("", before)), left > 0 and text[left - 1] == "、"
    if not untimed and listed:
        untimed = CROSSED_BY.sub("", CROSSING.sub("", _subject(text, left)))
    return untimed if len(untimed) > 1 or not listed else before


def _unnoted(text: str, quantity: Quantity, after: str) -> str:
    """The words after a number (`after`) without 级 (亿元级) and without a bracketed note that its colon cut off
    (…5万人（牵头责任单位：自治区民政厅）: who does the work); a bracket of what it measures (县（市、区）) stays."""
    after = after.removeprefix("级")
    if (cut := after.find("（")) < 0 or "）" in after[cut:]:
        return after
    opened = text.find("（", quantity.end, quantity.end + MAX_QUOTE)
    closed = text.find("）", opened) if opened >= 0 else -1
    return after[:cut] if closed > 0 and text.find("：", opened, closed) > 0 else after


def _names_before(before: str, after: str, quantity: Quantity) -> bool:
    """Whether the words before a count end in names it leaves out of its own: examples (…等48个大中型工程), short
    names listed (江油、宣汉、金堂3个全国百强县), as many names as it counts (`_members_counted`), or items with no
    number before the 、 that opens its own piece (新建松花江体育公园、双拥全民健身中心、20个口袋公园)."""
    if EXAMPLES_BEFORE_COUNT.search(before) or (NAMES_LISTED.search(before) and not after.startswith(("（", "("))):
        return True
    if before.endswith("、") and not ARABIC_DIGIT.search(before):
        return True
    return len(after) > SHORT_CLASS + 1 and _members_counted(before, quantity)  # 新增A、B2个…实验室


def _members_counted(before: str, quantity: Quantity) -> bool:
    """Whether the words before a count end in a list of as many names as it counts (呼吸、儿童、中医（肿瘤）3个国家级
    区域医疗中心; 乌东德、白鹤滩、溪洛渡和向家坝4座大型水电站): the things counted, named one by one, no word of
    what the count measures; the caller keeps them before a noun too short to name the things alone (2项政策)."""
    names = before[_verbs_end(before) :]
    if "，" in names or EACH_WORD in names or quantity.value_max is not None or quantity.qualifier != "exact":
        return False  # 在亚运会、亚残运会各获2枚金牌: so many for each
    items = FIRST_LEVEL_BREAK.split(names)
    joined = len(items) + ("和" in items[-1])  # …、溪洛渡和向家坝: the last two joined by 和
    return len(items) > 1 and all(items) and quantity.value in (len(items), joined)


def _without_basis(before: str, after: str) -> tuple[str, str]:
    """The words before and after a number inside the basis of what follows (在减税降费3.9亿元的基础上), without 在 and
    的基础上: the basis's own words name it; the words as they are for any other number."""
    if "在" in before and (frame := BASIS_OPEN.search(before)) and (basis := BASIS_CLOSE.search(after)):
        return before[: frame.start()] + before[frame.end() :], after[: basis.start()]
    return before, after


def _disposed(before: str, after: str, unit: str) -> tuple[str, str]:
    """The words before and after a count that 把 or 将 puts before its verb (将4万名农村就业劳动力纳入城镇职工社会保险
    体系): no words before, so that the predicate comes first (纳入…的农村就业劳动力), and the noun alone when 的 joins
    it to what is done (把14个沿海城市的“蓝色动力”充分激发出来 → 沿海城市); the words as they are for any other, or
    when a coverb opens the verb's words before the predicate found (将60项省级行政职权调整由市县实施). 有 saying how
    many of them are so (重点项目有151个开工建设, 项目中有18个…) is no word either, before a count's words, nor an
    attribute's amount (`ATTRIBUTED_AMOUNT`)."""
    if after and unit in COUNT_UNITS:
        before = ATTRIBUTED_AMOUNT.sub("", PARTITIVE.sub("", before) if len(PARTITIVE.sub("", before)) > 1 else before)
    if unit not in COUNT_UNITS or LEADING.sub("", before) not in DISPOSAL:
        return before, after
    found = PREDICATE.search(after, 1)
    return (before, after) if found and COVERB.search(after, 0, found.start()) else ("", after.split("的", 1)[0])


def _leaves_predicate_first(owner: str, unit: str) -> bool:
    """Whether the words before a counted noun (`owner`, leading words set aside) leave its predicate free to
    come first: none, or before a count the words of a place or owner (市区17条道路建成通车 → 市区建成通车道路数,
    前海75项制度创新成果在全国复制推广 → 前海在全国复制推广的制度创新成果数); not a verb, a list, words with 的,
    another number or a word that governs the noun (对, 将, 有)."""
    if not owner:
        return True
    verb = _verbs_end(owner) or PREDICATE_WORD.search(owner)
    return unit in COUNT_UNITS and not verb and not OWNER_BREAK.search(owner) and not NUMBER.search(owner)


def _crosses_mark(text: str, quantity: Quantity) -> bool:
    """Whether an amount is a mark crossed, the mark ending its words (突破50亿元大关, 跨上万亿元台阶): not the
    size of the steps a count counts (连跨4个千亿台阶, 万亿级台阶)."""
    step = text.endswith("个", 0, quantity.start)
    return quantity.unit not in COUNT_UNITS and bool(MARK.match(text, quantity.unit_end)) and not step


def _without_other_counts(name: str) -> str:
    """The name without the counts of other quantities of its sentence (`OTHER_COUNT`), but those inside a quoted
    name (“全球最大250家国际承包商”); the name as it is when nothing else would be left, or when it holds no
    Arabic digit, which each count and amount opens with (most names: one search for the three patterns)."""
    if not ARABIC_DIGIT.search(name):
        return name
    bare = OTHER_COUNT.sub(lambda count: count.group() if _quoted(name, count.start()) else "", name)
    unamounted = OTHER_AMOUNT.sub(lambda amount: amount.group() if _quoted(bare, amount.start()) else "", bare)
    if "元" in unamounted:
        unamounted = OTHER_MONEY.sub(
            lambda money: money.group() if _quoted(unamounted, money.start()) else "", unamounted
        )
    bare = unamounted if len(unamounted.removesuffix("数")) > 2 else bare  # 形成1000亿元数: a verb alone is no name
    return bare or name


def _quoted(words: str, at: int) -> bool:
    """Whether words[at] stands inside “…”."""
    return words.count("“", 0, at) > words.count("”", 0, at)


def _claim(text: str, left: int, words: tuple[str, str], quantity: Quantity, measure: str) -> str:
    """A name read from what the words claim rather than from the words themselves: a ratio to a base, the first
    (or Nth) place to cross a mark, a count of milestones crossed, a share of a plan done, gold medals won; empty
    for none."""
    before, after = words
    if measure in ("level", "growth") and quantity.unit == "倍" and (ratio := RATIO_OF.search(before)):
        return _ratio_name(text, left, before[: ratio.start()], ratio.group("base"))
    if measure == "rank" and (largest := _largest_of_kind(before, after)):
        return largest
    if measure == "level" and (owner := _first_to_cross(text, left, before)):
        return owner  # 地区生产总值达到13.57万亿元，是全国首个突破13万亿元的省份 → 地区生产总值
    if measure == "level" and "个" in before and (first := FIRST_MEASURE_TO_CROSS.fullmatch(before)):
        name = first.group("subject") + first.group("measure")  # 成为全省第二个制造业投资破千亿的城市 → 制造业投资
        return (
            name + _unit_noun(name, quantity.unit, measure)
            if first.group("subject") or _figure_before(text, left)
            else ""
        )
    if quantity.unit in COUNT_UNITS and after.endswith(MILESTONE_STEP) and (crossed := CROSSING.search(before)):
        return _crossed(text, left, before[: crossed.start()]) + "跨越" + after + "数"  # 连跨4个千亿台阶
    if measure == "share" and (plan := PLAN_SHARE.fullmatch(before + after)) and (done := _ranked(text, left)):
        return done + "完成" + plan.group("plan") + "比例"  # 城镇新增就业9.86万人，为年计划的118.8%
    if UNIT_NOUNS.get(quantity.unit) == MEDALS:  # 在杭州亚运会上收获11金、1银2铜: the games' gold medals, no more
        return WINNING_END.sub("", LEADING.sub("", before)) + MEDALS
    return ""


def _figure_before(text: str, left: int) -> bool:
    """Whether the clause right before `left` gives a figure (带动制造业投资1041亿元，成为…): a claim after it with no
    subject of its own is of that clause's subject, the report's; after a clause of another subject and no figure
    (成都跻身全国超大城市之列，成为…), it is that subject's, unnamed."""
    if left < 1 or text[left - 1] not in "、，":
        return False
    return NUMBER.search(text, _start_back(text, left - 1, CLAUSE_ENDS + "、"), left - 1) is not None


def _largest_of_kind(before: str, after: str) -> str:
    """The name of an ordinal of size among a kind (绿色能源成为第一大支柱产业 → 绿色能源在支柱产业中的位次; 新能源成为
    第二大电源 → 新能源在电源中的位次): what became it, among the kind and the scope before it; with no subject, the
    words of what it is the largest in (成为杂交水稻制种第一大省 → 杂交水稻制种位次); empty for other words."""
    became = BECAME_END.search(before)
    largest = LARGEST_OF.fullmatch(after) if became else None
    if became is None or largest is None:
        return ""
    subject, scope = LEADING.sub("", before[: became.start()].strip("，、 ")), before[became.end() :]
    kind = largest.group("kind")
    return f"{subject}在{scope}{kind}中的位次" if subject else (scope or kind) + "位次"


def _first_to_cross(text: str, left: int, before: str) -> str:
    """Whose mark a claim to be the first (or Nth) place to cross it quotes: the subject of the clause or piece
    before (航空旅客吞吐量连续3年…、成为国内第3个突破9000万人次的城市 → 航空旅客吞吐量); empty for other words."""
    if not FIRST_TO_CROSS.fullmatch(before):
        return ""
    return _unled(_ranked(text, left) or _owner(text, left), amount=True).removesuffix(STREAK)


def _crossed(text: str, left: int, before: str) -> str:
    """What crossed milestones (地区生产总值连跨4个千亿台阶 → 地区生产总值): the words before the verb, else the subject
    of the clause (全省经济总量超过8万亿元、再上3个万亿元台阶 → 经济总量)."""
    return _unled(before.strip("，、 "), amount=True) or _subject(text, left)


def _first_piece(text: str, start: int, end: int) -> str:
    """text[start:end] to its first 、 outside brackets or quotes (12个县（市、区）、… → 县（市、区）); all of it when
    the 、 joins the words of one name and no number follows it: two levels or qualities (`JOINED_MODIFIERS`: 35个项目
    纳入国家、省重大项目用地保障) or items of two characters before the last piece (`TWO_CHARACTER_ITEMS`: 40个机关、
    企事业单位附属空间…); all of it too when it is short words joined by 、 before a longer one with no number
    (`SHORT_MODIFIERS`: 低成本、优质、定制化厂房空间), but the first piece when a verb stands among them
    (项目、推进建设)."""
    piece = FIRST_PIECE.match(text, start, end)
    if piece is None:
        return ""
    around = text[max(start, piece.end() - 3) : min(end, piece.end() + 5)]  # the 、 and a few words either side
    joined = JOINED_MODIFIERS.search(around) or TWO_CHARACTER_ITEMS.match(text, start, end)
    if piece.end() < end and joined and not NUMBER.search(text, piece.end(), end):
        return text[start:end]
    if SHORT_MODIFIERS.fullmatch(text, start, end) and not NUMBER.search(text, start, end):
        return text[start:end] if not ANY_VERB.search(text, start, end) else piece.group()
    if piece.end() < end and _one_kind_listed(text[start:end]):
        return text[start:end]
    return piece.group()


def _one_kind_listed(words: str) -> bool:
    """Whether 、-pieces after a count are things of one kind it counts together: all ending in the same character
    (卫星镇、特色专业镇、县域次中心镇) or the last joining two by 和 or 及 (众创空间、孵化器和加速器); no number, 批
    (a batch, 一批, or a grant, 获批: 2个全国重点实验室、…科技创新中心获批建设 counts the first), quote or 的
    among them, nor a piece opening with a verb, which would make later pieces other things (…的半小时经济圈)."""
    if NUMBER.search(words) or "批" in words or "“" in words or "的" in words:
        return False
    pieces = FIRST_LEVEL_BREAK.split(words)
    if any(len(piece) < 2 or ANY_VERB.match(piece) or _verbs_end(piece) for piece in pieces):
        return False
    return all(piece[-1] == words[-1] for piece in pieces) or bool(LAST_PAIR.fullmatch(pieces[-1]))


def _verbs_end(words: str) -> int:
    """Where the adverbs and verbs of work opening `words` end (`OPENING_VERBS`: 创立…, 推进建设…), 0 for none: the
    pattern matches everywhere, if only the empty string."""
    return OPENING_VERBS.match(words).end()  # type: ignore[union-attr]


def _kind_of_examples(before: str) -> str:
    """The words before a count without the examples of the kind they name (新建扩建融江路小学、虹桥中学等中小学校
    5所 → 新建扩建中小学校): the verbs that open them and the kind after 等; the words as they are when no verb opens
    examples there."""
    kind = KIND_OF_EXAMPLES.search(before)
    verbs = _verbs_end(before)
    return before[:verbs] + kind.group("kind") if kind and 0 < verbs < kind.start() else before


def _rank_name(text: str, left: int, before: str) -> str | None:
    """A rank's name from the words before it: a rank that moves (由全国第12位上升到第8位), a rank with its
    scope (总量连续35年居全国首位 → 总量全国排名, no streak), a rank after a name of a ranking (全国制造业城市
    排名居第36位); None for none of these."""
    if text[left - 1 : left] == "、" and (second := _second_rank(text, left, before)):
        return second
    if moved := RANK_FROM.search(before) or RANK_TO.search(before):
        own = RANK_NOUN.sub("", LEADING.sub("", before[: moved.start()].strip("，、 ")))
        unled = RANK_NOUN.sub("", before[: moved.start()].strip("，、 "))  # 全省排位从…: 全省 the scope, not a lead
        own_scope = own if BARE_SCOPE.fullmatch(own) else unled if BARE_SCOPE.fullmatch(unled) else ""
        subject = (_rate_owner(text, left, own, before) if not own_scope else "") or _ranked(text, left)
        return subject + (moved.group("scope") or own_scope) + "排名" + (START if moved.re is RANK_FROM else "")
    if scope := RANK_SCOPE.search(before) or BARE_SCOPE.search(before):  # 居全国第一, 高铁里程全国第1
        own = LEADING.sub("", STREAK_RUN.sub("", before[: scope.start()]))
        subject = _rate_owner(text, left, own, before) or _last_amount(text, left) or _short_subject(text, left)
        subject = subject or _ranked(text, left)
        if RANKED_TOTAL.fullmatch(subject):  # 新增瞪羚企业9家，总数达10家、居全省第2位: whose total?
            subject = _owner(text, text.rfind(subject, max(0, left - MAX_QUOTE), left + len(before))) + subject
        return FROM_END_WORD.sub("", subject) + scope.group(1) + "排名"  # 年旅客吞吐量由…、稳居全省第2位
    if (verb := RANK_VERB_END.search(before)) and RANK_NOUN.search(before, 0, verb.start()):
        return LEADING.sub("", before[: verb.start()])  # 全国制造业城市排名居第36位
    if verb and not LEADING.sub("", before[: verb.start()]) and (ranked := _ranked(text, left)):
        return ranked + "排名"  # 入围全国制造业城市40强，居第36位: what the clause before names
    if group := IN_GROUP.match(LEADING.sub("", before)):
        return _group_rank(text, left, group)
    return _listed_rank(before)


def _second_rank(text: str, left: int, before: str) -> str:
    """A rank whose 、-piece is only its scope or list, after a rank of the piece before: that rank's subject, then
    this piece's scope (城发集团居全国第19位、全省第1位 → 城发集团全省排名); empty for a piece with words of its own
    (an assessment's, `ASSESSMENT`), and in a 分别 list, whose ranks each belong to a subject of their own
    (吞吐量…排名分别升至世界第二、世界第三)."""
    piece = SCOPE_PIECE.fullmatch(before)
    if piece is None and not (LIST_PIECE.fullmatch(before) and not RANK_VERB.search(before)):
        return ""
    if ASSESSMENT.search(before):  # 地区生产总值居全省第2位、工业强市综合评价第1: the place's rank, not the GDP's
        return ""
    start = _start_back(text, left, PIECE_ENDS, left - 1)
    ranked = RANK_BEFORE.search(text, start, left)
    if ranked is None or not (words := text[start : ranked.start()]) or RESPECTIVELY_WORD in words:
        return ""
    name = (_rank_name(text, start, words) or "").removesuffix("排名")
    shared = next((n for n in range(len(name), 0, -1) if words.endswith(name[-n:])), 0)  # the scope of both
    subject = name[: len(name) - shared] if shared else ""
    return subject + (piece.group(1) if piece else before) + "排名" if subject else ""


def _group_rank(text: str, left: int, group: re.Match[str]) -> str:
    """The name of a rank in a group with no subject of its own: that of a growth rate (its own 增速, or the
    growth the piece before gives) with its subject from before, then the group and 排名 (增长6%、在前十经济大省中
    并列第一 → 地区生产总值增速前十经济大省排名); the group's 排名 alone otherwise, as the clause before is prose."""
    rate = group["rate"] or ("增速" if GROWTH_BEFORE.search(text, max(0, left - MAX_QUOTE), left) else "")
    return (_rate_owner(text, left, rate, rate) if rate else "") + group["list"] + "排名"


def _rate_owner(text: str, left: int, own: str, before: str) -> str:
    """A rank's own words, and for a bare rate or gain (增速, 增幅, 增量: `BARE_RATE`) whose rate it is: the subject of
    the nearest clause or piece before it in its sentence that names one (全市实现地区生产总值5401.2亿元，增长4.2%，
    增速居全省第一 → 地区生产总值增速; 创新指数排名全省第二、增幅全省第一 → 创新指数增幅); the rate alone when it is of
    several (均居), of a 分别 list or of no short subject."""
    if not BARE_RATE.fullmatch(own) or "均" in before:
        return own
    start = _sentence_start(text, left)
    end = left - 1
    while end > start:
        begin = after_last(text, start, end, CLAUSE_BREAKS + "、")
        words = _years_masked(text[begin:end])
        found = NUMBER.search(words) or SCOPE_WORD.search(words)  # 创新指数排名全省第二: before its scope
        words = text[begin : begin + found.start()].strip().lstrip("*") if found else ""
        subject = PLACED_AMONG.sub("", ADVERB_END.sub("", REACHING.sub("", words)))  # 在全省地级市率先突破…
        subject = RANK_NOUN.sub("", _unled(CHANGE_AT_END.sub("", subject), amount=True))
        if "分别" in text[begin:end] or subject.startswith(("高于", "低于", "快于", "慢于", "比", "较")):
            return own  # 分别增长7.6%、5.9%，增速居全国第4位、第7位; 高于预期目标0.4个百分点: no subject of its own
        if subject and len(subject) <= SHORT_SUBJECT and subject.count("“") == subject.count("”"):
            return subject + own
        end = begin - 1
    return own


def _listed_rank(before: str) -> str | None:
    """A rank in a named list or evaluation (三钢集团位列2019中国企业500强第311位, 深圳在平安广东建设考评中位居第一):
    its subject, the list without its year, and 排名; None when the words name none."""
    found = LISTED_RANK.match(before) or IN_LIST.match(before)
    if found is None or not (subject := LEADING.sub("", found["subject"])):
        return None
    return subject + found["list"] + "排名"


def _owner(text: str, at: int) -> str:
    """What the words at `at` (a total, a number of things) count: the subject of the piece before them, or
    the noun its first count counts, its predicate first (新增瞪羚企业9家，总数… → 瞪羚企业; 14个地理标志品牌入选
    中国品牌百强、数量… → 入选中国品牌百强地理标志品牌); empty when no such piece stands before them."""
    if at < 1 or text[at - 1] not in CLAUSE_BREAKS + "、":
        return ""
    start = _start_back(text, at, PIECE_ENDS, at - 1)
    if COPULA.match(text, start):  # …增长4.8%，是全国首个突破13万亿元的省份，总量…: the clause before's
        return _owner(text, start)
    words = text[start : at - 1]
    first = NUMBER.search(_years_masked(words))
    if first is None:
        return ""
    subject = NEW.sub("", LEADING.sub("", REACHING.sub("", words[: first.start()].strip())))
    subject = CHANGE_AT_END.sub("", subject).removesuffix(SHARE_OF_WHOLE)  # 进出口总额增长7.8%，总量… → 进出口总额
    if subject and not subject.endswith(EXAMPLES_END):
        return subject if len(subject) <= SHORT_SUBJECT else ""
    count = QUANTITY.match(words, first.start())
    return _predicate_first(words[count.end() :]) if count else ""


BAR_START = re.compile("^(?:以上|以下|左右|多|余)")  # a bar after a count, no part of its noun


def _moved_rank(text: str, left: int) -> str:
    """The rank of the piece before `left`, whose move a piece of a verb only gives (绵阳高新区在国家高新区综合排名
    第50位、上升5位 → 绵阳高新区国家高新区综合排名); empty when no ordinal stands there."""
    if left < 1 or text[left - 1] not in CLAUSE_BREAKS + "、":
        return ""
    start = _start_back(text, left, PIECE_ENDS, left - 1)
    ordinal = text.rfind("第", start, left - 1)
    before = text[start:ordinal] if ordinal >= 0 else ""
    ranked = RANKED_IN.sub(r"\1\2排名", _rank_name(text, start, before) or LEADING.sub("", before))
    ranked = ranked.removeprefix("排名")  # 排名“中国外贸百强城市”第39位: the list ranked in, then 排名
    return ranked if not ranked or RANK_NOUN.search(ranked) else ranked + "排名"


def _things_before(text: str, left: int) -> str:
    """The things the piece before `left` counts, when its first quantity is a count (签约项目28个 → 签约项目; 实施25个
    项目 → 实施项目), without leading words or a verb of adding; empty for no count, or prose around it."""
    if left < 1 or text[left - 1] not in CLAUSE_BREAKS + "、":
        return ""
    start = _start_back(text, left, PIECE_ENDS, left - 1)
    if text[left - 1] != "、" and text[start - 1] == "、":  # …项目589个、贷款贴息项目252个，总投资…: of them all
        return ""
    words = text[start : left - 1]
    count = QUANTITY.search(words)
    if count is None or count.group().lstrip("0123456789.０１２３４５６７８９万亿") not in COUNT_UNITS:
        return ""
    noun = BAR_START.sub("", words[count.end() :])  # 800个以上重大项目: no bar
    things = NEW.sub("", LEADING.sub("", QUALIFIER_BEFORE.sub("", words[: count.start()]))) + _predicate_first(noun)
    things = OPENING_YEAR.sub("", things)  # 2023粤港澳大湾区全球招商大会达成项目859个: the year no word of the things
    if BARE_PROJECTS_WORK.fullmatch(things) and (topic := _topic(text, left)):
        things = topic + things[_verbs_end(things) :]  # 围绕…，实施6个项目
    plain = not NUMBER.search(QUOTED.sub("", things)) and things.count("“") == things.count("”")  # “三个一批”产业项目
    named = len(things) - _verbs_end(things) > 2  # not 实施项目 alone
    return things if plain and named and len(things) <= SHORT_SUBJECT else ""


def _head_noun(words: str) -> str:
    """The noun that opens words after 的 (水利项目 of 能源项目务实合作): to the end of its first head
    (`predicate_words.csv`), else to its predicate, else all of them."""
    if head := HEAD.search(words):  # 厦钨新能源项目三期, 巴公园区“造气岛”: a phase or name after it is the noun's
        return words[: (PHASE.match(words, head.end()) or QUOTED.match(words, head.end()) or head).end()]
    return _before_predicate(words)


def _before_predicate(words: str) -> str:
    """A noun's words before the predicate or status phrase after it (乙烯项目开工建设 → 乙烯项目, 研发中心全面
    落成 → 研发中心), its adverbs dropped; all of them when none follows."""
    cuts = [found.start() for found in (PREDICATE.search(words, 1), STATUS_CLOSE.search(words, 1)) if found]
    return ADVERBS_END.sub("", words[: min(cuts)]) if cuts else words


def _quoted_predicate(words: str) -> str:
    """A counted noun and a quoted predicate after it, the predicate first (事项“跨省通办” → “跨省通办”事项,
    企业“小升规” → “小升规”企业); empty when the noun holds a verb of its own (高频事项实现“掌上办”, 入选国家“双高
    计划”), is a level (市级“星创天地”) or a list (等)."""
    found = QUOTED_PREDICATE.fullmatch(words)
    if found is None:
        return ""
    noun = found.group("noun")
    if PREDICATE_WORD.search(noun) or REACHING.search(noun) or noun.endswith(("了", "级")) or re.search("[等与]", noun):
        return ""
    return found.group("quote") + noun


def _threshold(before: str, after: str, magnitude: str) -> str:
    """The size a bare magnitude is a threshold of (百亿规模绿色能源…基金正式落地 → 绿色能源…基金规模): the noun after
    it without a predicate, the magnitude as written kept before a noun of a word or two as the class it names
    (新增1个千亿园区 → 千亿园区规模, not 园区规模; 一批亿元级项目 → 亿元项目规模), else, before a bare 规模, the subject
    before it (固定资产投资连续6年保持千亿规模 → 固定资产投资规模); empty when neither names anything."""
    noun_of = SIZED_NOUN if after.startswith(SIZE) else THRESHOLD_NOUN  # 百亿规模X: X a whole name, 和 and all
    noun = REACHING.sub("", noun_of.match(after.removeprefix(SIZE)).group(1))  # type: ignore[union-attr]
    noun = _before_predicate(noun).removesuffix(EACH_WORD)  # 千亿元和五百亿元园区各1个: 各 is no word of the noun
    noun = worked if len(worked := WORK_END.sub("", noun)) > 1 else noun  # 万亩级红树林示范区建设: the area's size
    if noun.startswith((*MILESTONE, "和")) or after.startswith(("“", "”")):
        return ""
    if not noun and after.startswith(SIZE):
        noun = LEADING.sub("", REACHING.sub("", STREAK_RUN.sub("", before))).removesuffix("保持")
    elif 0 < len(noun) <= SHORT_CLASS:
        noun = magnitude + noun  # 1家百亿企业: 企业 alone says no more than any firm's size
    return noun + SIZE if noun else ""


def _unit_noun(name: str, unit: str, measure: str) -> str:
    """数, 人数, 面积, 长度 or 里程 when the unit says what a level counts and the name does not already."""
    if measure != "level" or name.endswith(("数", "量", "数量", "面积", "长度", "里程", "规模", "总数")):
        return ""
    noun = UNIT_NOUNS.get(unit, "")
    if unit in COUNT_UNITS:  # 改造老旧小区38.2万户: households, not estates; 新登记市场主体4.3万户: the firms
        return noun if noun and noun != MEDALS and not UNIT_OWNERS.search(name) else "数"
    if noun[:2] in name or MEASURED_ALREADY.search(name):  # 新增电力装机1520万千瓦, 旅游人次, 外送能力: said already
        return ""
    return ROUTE_NOUN if unit == KILOMETRE and ROUTE.search(name) else noun  # 新建高速公路120公里: 里程, not 长度


def _object_before(text: str, left: int) -> str:
    """The object of the shared verb that opens the clause of a 、-piece at `left` (新建高标准农田2.4万亩、改造提升
    4.6万亩 → 高标准农田), or the clause before a clause at `left` that is only a verb and its number (实施新能源发电
    项目726万千瓦，建成212万千瓦 → 新能源发电项目): its words after the verb and before its first number; empty when
    no such verb opens it, or the words are a list or prose."""
    if left == 0 or text[left - 1] not in "、，":
        return ""
    start = _start_back(text, left, CLAUSE_ENDS, left - 1)
    verb, first = SHARED_VERBS.match(text, start), NUMBER.search(text, start, left)
    done_to = text[verb.end() : first.start()] if verb and first else ""
    return done_to if len(done_to) <= SHORT_SUBJECT and not re.search("[、“”和及]", done_to) else ""


def _short_subject(text: str, left: int) -> str:
    """The subject a total or a rank carries from the start of its sentence (新增国家高新技术企业102家，总数达446家
    → 国家高新技术企业), without its verb of adding; empty when that is prose rather than a subject."""
    subject = NEW.sub("", _subject(text, left)).split("分别", 1)[0]  # …余额分别突破…，均居全省第一: no 分别
    return subject if len(subject) <= SHORT_SUBJECT and "，" not in subject else ""


def _total_subject(text: str, left: int) -> str:
    """Whose total a bare total counts: its sentence's short subject, else (when that is empty or ends in
    examples) the noun its clause's first count counts (新增7条国际客运航线、总数达64条 → 国际客运航线)."""
    if added := _added_before(text, left):  # 新增国家级专精特新“小巨人”企业52家，总数达到162家: of those added
        return added
    subject = CHANGE_AT_END.sub("", _short_subject(text, left)) or _short_subject(text, left)  # 企业增长25%、总量…
    if subject and not subject.endswith(EXAMPLES_END):
        return subject
    start = _start_back(text, left, CLAUSE_ENDS)
    count = QUANTITY.search(text, start, left)
    noun = text[count.end() : left].split("、", 1)[0] if count else ""
    own = noun if 0 < len(noun) <= SHORT_SUBJECT and not NUMBER.search(noun) else ""
    return own or subject or _owner(text, left)  # 新增三甲医院7家，累计32家 → 三甲医院: the piece before's


def _added_before(text: str, left: int) -> str:
    """What the piece right before a bare total at `left` adds or builds, when its clause opens with a verb of adding
    (新建高标准农田350万亩、总面积… → 高标准农田; 建成…等高速公路452公里、总里程… → 高速公路: the kind after the
    examples); empty for any other piece."""
    if left < 1 or text[left - 1] not in "、，":
        return ""
    start = _start_back(text, left, CLAUSE_ENDS, left - 1)
    if not ADDING_START.match(LEADING.sub("", text[start : left - 1])):
        return ""
    start = after_last(text, start, left - 1, "、")  # the piece right before, in a clause of pieces
    words = text[start : left - 1]
    first = NUMBER.search(_years_masked(words))
    if first is None or first.start() == 0:
        return _owner(text, left)  # 新增5G基站1.52万座 …; 新增2个…: the noun its count counts
    subject = LEADING.sub("", REACHING.sub("", QUALIFIER_BEFORE.sub("", words[: first.start()].strip())))
    subject = ADDING_START.sub("", subject, count=1).rsplit("等", 1)[-1]  # …扩容工程等高速公路: the kind
    subject = CHANGE_AT_END.sub("", subject)
    plain = 1 < len(subject) <= SHORT_SUBJECT and not NUMBER.search(subject)
    return subject if plain and subject.count("“") == subject.count("”") else ""


def _total_of(subject: str, total: str) -> str:
    """A bare total's name: its subject, without a verb of adding or a measure the total says again (新增铁路营运里程
    2428公里、总里程… → 铁路营运总里程; 高新技术企业净增700家以上、总量… → 高新技术企业总量), then the total; a running
    total (累计) keeps a net gain's verb (耕地面积实现净增，累计…: the gains added up)."""
    subject = NEW.sub("", subject) if total == RUNNING_TOTAL else ADDED_END.sub("", NEW.sub("", subject))
    return subject.removesuffix(ROUTE_NOUN) + total if total.endswith(ROUTE_NOUN) else subject + total


def _ranked(text: str, left: int) -> str:
    """What a rank opening its clause ranks: the subject of the clause before (高铁里程超过2000公里，从全国第14位
    跃升至第8位 → 高铁里程; 进出口规模从4600亿元增加到10077亿元，由全国第12位… → 进出口规模), else none."""
    if left == 0 or text[left - 1] not in CLAUSE_BREAKS:
        return ""
    start = _start_back(text, left, CLAUSE_ENDS, left - 1)
    subject = RANK_NOUN.sub("", _first_subject(text[start : left - 1]).removesuffix("从").removesuffix("由"))
    subject = LEADING.sub("", subject)  # 全市金融机构本外币存款余额、贷款余额分别突破…，均居全省第一
    if not subject and NUMBER.search(text, start, left - 1):  # 三级医院数量五年翻一番，达到310家，居全国第1位
        return _ranked(text, start)
    return subject if len(subject) <= SHORT_SUBJECT else ""


def _last_amount(text: str, left: int) -> str:
    """What a rank opening its clause after two or more quantities of its sentence ranks: the last one's subject
    (盘活处置存量土地4.1万亩，“挣”取建设用地指标1.7万亩，居全省第一 → “挣”取建设用地指标), when that clause names
    one of its own; empty when it is the sentence's first, a change, a total, a share or a gap (增长6%，高于全国…),
    or the rank is of them all (均居)."""
    if left < 1 or text[left - 1] not in CLAUSE_BREAKS or text.startswith("均", left):
        return ""
    start = _start_back(text, left, CLAUSE_ENDS, left - 1)
    first = _start_back(text, left, SENTENCE_BREAKS, left - 1)
    if start <= first or not NUMBER.search(text, first, start) or not NUMBER.search(text, start, left - 1):
        return ""
    clause = text[start : left - 1]
    subject = NEW.sub("", LEADING.sub("", _first_subject(clause)))
    bare = VERB_OF_CHANGE.match(subject) or BARE_TOTAL.match(subject) or ABOVE_WHOLE.match(subject)
    other = RANK_WORDS.search(subject) or CROSSING.search(subject) or "分别" in clause  # 全省排名从…; 五年跨过…
    plain = subject and not bare and not other and not subject.startswith(("占", "高于", "低于", "比", "较"))
    return subject if plain and len(subject) <= SHORT_SUBJECT else ""


def _whole(text: str, left: int) -> str:
    """The whole of which a part (其中…) at `left` is a share: the words before the first number of the clause
    before it, or of its own clause for a 、-piece (一般公共预算收入2640.3亿元，其中税收占比86.5% → 一般公共预算
    收入), without a time, an aim or a verb of change; empty when they name none."""
    if left == 0 or text[left - 1] not in CLAUSE_BREAKS + "、":
        return ""
    start = _start_back(text, left, CLAUSE_ENDS, left - 1)
    words = _years_masked(text[start : left - 1])  # 到2027年电力总装机…
    found = NUMBER.search(words)
    whole = REACHING.sub("", UNTIL_YEAR.sub("", text[start : start + found.start()])) if found else ""
    whole = LEADING.sub("", whole)
    whole = CHANGE_AT_END.sub("", QUALIFIER_BEFORE.sub("", whole))  # 招商引资到位资金增长15.2%
    return whole if len(whole) <= SHORT_SUBJECT else ""


def _measured_subject(text: str, left: int) -> str:
    """The subject a bare measure word shares with the words before it (粮食播种面积1亿亩、产量820亿斤 →
    粮食), cut at its first `subject_end` word; empty when none ends it there or it is prose."""
    words = _subject(text, left).rsplit("，", 1)[-1]
    end = SUBJECT_END.search(words)
    return words[: end.start()] if end and 0 < end.start() <= SHORT_SUBJECT else ""


HOTLINE = re.compile(r"123[0-9]{2}(?![0-9])")  # 12345政务服务便民热线: a hotline's number names it
HIDE_DIGITS = str.maketrans({str(d): chr(0xE000 + d) for d in range(10)})  # digits no number search finds
SHOW_DIGITS = str.maketrans({chr(0xE000 + d): str(d) for d in range(10)})


def _handled_before(text: str, left: int) -> str:
    """What the clause or the pieces right before a bare rate at `left` name, each before its number (办理人大代表建议
    673件、政协提案699件 → 办理人大代表建议、政协提案), without leading words; empty when none, another rate or
    prose."""
    if left == 0 or text[left - 1] not in CLAUSE_BREAKS + "、":
        return ""
    start = _start_back(text, left - 1, CLAUSE_ENDS)
    hidden = HOTLINE.sub(lambda line: line.group().translate(HIDE_DIGITS), text[start : left - 1])  # 12345热线…
    handled = LEADING.sub("", clause_subject(hidden))  # a hotline's number names it, no number of the clause
    prose = len(handled) > 2 * SHORT_SUBJECT or NUMBER.search(handled) or handled.endswith("率")  # 清偿率25%，化解率…
    handled = handled.translate(SHOW_DIGITS)
    return "" if prose else handled


def _done_rate_of(text: str, left: int) -> str:
    """The projects a bare rate of investment done at `left` is of: the words before the 完成投资 the clause or piece
    before ends in (省市县重点项目完成投资1019亿元、投资完成率110.7% → 省市县重点项目), else the projects counted
    before in its sentence (`_counted_before`); empty for none."""
    handled = _handled_before(text, left)
    done = DONE_END.search(handled)
    return (handled[: done.start()] if done else "") or _counted_before(text, left)


def _predicated_before(text: str, left: int) -> str:
    """The things a bare predicate after a 、 or ， counts (新开工亿元以上项目14个、…，建成投产3个 → 亿元以上项目): the
    noun of the nearest count before it in its sentence, without leading words, verbs of adding or opening and a
    predicate of its own (老旧小区综合整治新开工300个 → 老旧小区综合整治); empty for none or prose."""
    if left < 1 or text[left - 1] not in CLAUSE_BREAKS + "、":
        return ""
    start = _sentence_start(text, left)
    for count in reversed(list(COUNTED.finditer(text, start, left))):
        piece = after_last(text, start, count.start(), CLAUSE_BREAKS + "、")
        words = PREDICATE_TAIL.sub("", LEADING.sub("", QUALIFIER_BEFORE.sub("", text[piece : count.start()])))
        noun = NEW.sub("", words)
        noun = noun[_verbs_end(noun) :]
        if inner := list(COUNTED.finditer(noun)):  # 钱江新城二期等7个城市重点发展区块建设项目开工66个: the things
            noun = PARTITIVE.sub("", noun[inner[-1].end() :])  # 151个市区经济重点项目有76个…: no 有
        if noun:
            plain = not NUMBER.search(noun) and noun.count("“") == noun.count("”")
            return noun if plain and len(noun) <= SHORT_SUBJECT else ""
    return ""


def _predicated_things(text: str, left: int, right: int) -> str:
    """The things a bare predicate and its count at text[left:right] count: named after the last count of its list
    (`_predicated_after`), else by the nearest count before (`_predicated_before`), else by the work of the clause
    before (`_predicated_topic`); empty for none."""
    return _predicated_after(text, right) or _predicated_before(text, left) or _predicated_topic(text, left)


def _predicated_after(text: str, right: int) -> str:
    """The things a list of bare predicates that `right` ends a piece of counts, named after the last count (开工182个、
    完成146个老旧小区改造 → 老旧小区改造): that noun, when every piece after is a predicate and its count; else
    empty."""
    if not text.startswith("、", right):
        return ""
    end = _clause_end(text, right)
    pieces = text[right + 1 : end].split("、")
    last = PREDICATED_COUNT.fullmatch(pieces[-1])
    listed = all((each := PREDICATED_COUNT.fullmatch(piece)) and not each["noun"] for piece in pieces[:-1])
    noun = last["noun"] if last and listed else ""
    return noun if 1 < len(noun) <= SHORT_SUBJECT and noun.count("“") == noun.count("”") else ""


def _predicated_topic(text: str, left: int) -> str:
    """The work a list of bare predicates opening its clause at `left` counts, which the clause before, of no number,
    names after its verb of taking up work (`TOPIC_VERB`: 吸引社会资本参与老旧小区改造，开工127个、完工59个 →
    老旧小区改造) when the words end in work (`WORK_END`); empty for any other (开展“新三年棚改攻坚计划”: a plan)."""
    while left > 0 and text[left - 1] == "、":  # 、完工59个: back over the list's earlier pieces
        piece = _start_back(text, left, PIECE_ENDS, left - 1)
        counted = PREDICATED_COUNT.fullmatch(text, piece, left - 1)
        if counted is None or counted.group("noun"):
            return ""
        left = piece
    if left < 1 or text[left - 1] not in CLAUSE_BREAKS:
        return ""
    start = _start_back(text, left, PIECE_ENDS, left - 1)
    topic = TOPIC_VERB.search(_unmarked(text[start : left - 1]).strip())
    work = topic.group("work") if topic and WORK_END.search(topic.group("work")) else ""  # not a plan (…计划)
    return work if 1 < len(work) <= SHORT_SUBJECT and work.count("“") == work.count("”") else ""


def _benefactor(text: str, left: int) -> str:
    """The work whose beneficiaries a clause opening with 惠及 or 受益 counts: what the piece before names, when it
    ends in its own amount or count (增值税留抵退税1059亿元，惠及企业8万多户 → 增值税留抵退税); empty after a rate, a
    benefit, verbs alone (开工127个、完工59个) or a piece whose number is not its end (扶持5392所…幼儿园)."""
    if left < 1 or not (QUANTITY_END.search(text, 0, left - 1) and text[left - 1] in CLAUSE_BREAKS + "、"):
        return ""
    done = LEADING.sub("", _handled_before(text, left).replace("*", ""))
    verbs_only = all(len(piece) <= 2 for piece in done.split("、"))
    return "" if verbs_only or BENEFIT.match(done) else done


def _counted_before(text: str, left: int) -> str:
    """The projects or works that the nearest count before `left` in its sentence counts (实施“十大城建工程”项目240个
    → “十大城建工程”项目; 实施70项省市重点工程 → 省市重点工程; 抓好…创新城等379个延链补链强链项目建设 → 延链补链强链
    项目), without examples, leading and opening verbs; empty for none."""
    start = _sentence_start(text, left)
    for count in reversed(list(COUNTED.finditer(text, start, left))):
        clause = after_last(text, start, count.start(), CLAUSE_BREAKS + "、")
        before = QUALIFIER_BEFORE.sub("", LEADING.sub("", _kind_of_examples(text[clause : count.start()])))
        noun = before[_verbs_end(before) :]
        if not noun or noun.endswith(EXAMPLES_BEFORE) or not DONE_TO.search(noun):  # 实施112个项目, 推进…项目: after
            after = re.split("[，、；。]", text[count.end() : left], maxsplit=1)[0]
            noun = _head_noun(WORK_END.sub("", after).removeprefix("左右"))  # 700个省重点项目完成投资…: to 项目
        if BARE_PROJECTS_WORK.fullmatch(noun) and (topic := _topic(text, left)):
            noun = topic + noun  # 围绕完善基础设施及公用设施，实施39个项目，…年度投资152.8亿元: the topic's projects
        if kind := KIND_OF_EXAMPLES.search(noun):  # …、小堵麻水库等水利项目79项: the kind the examples are of
            noun = kind.group("kind")
        if (head := DONE_TO.search(noun)) and head.start() > 0 and not NUMBER.search(QUOTED.sub("", noun)):
            return noun  # not 项目 alone (实施项目483个): no more than the work done says
    return ""


def _bound_before(text: str, left: int) -> str:
    """The subject of the clause before a bare level when that clause is a bound the level restates
    (人均GDP首次超过7万元，达到7.3万元 → 人均GDP), without an adverb before the bound; empty otherwise."""
    end = left - 1
    if end < 1 or text[end] not in CLAUSE_BREAKS:
        return ""
    start = _start_back(text, end, CLAUSE_ENDS)
    first = NUMBER.search(text, start, end)
    words = text[start : first.start()] if first else ""
    bound = BOUND_BEFORE.search(words)
    subject = ADVERB_END.sub("", LEADING.sub("", words[: bound.start()])) if bound else ""
    return subject if len(subject) > 2 else ""  # no subject of its own (，首次突破500亿元，达到502亿元)


def _share_subject(text: str, left: int) -> str:
    """Whose share a bare 占…比重 gives: its sentence's short subject, without a verb of change or a
    qualifier after it (工业投资增长12%、占固定资产投资比重25.5% → 工业投资)."""
    return GROWTH_TAIL.sub("", QUALIFIER_BEFORE.sub("", _short_subject(text, left)))


def _share_named(text: str, left: int, subject: str) -> str:
    """A subject that is a share's words (占全市比重, 民生支出占一般公共预算支出的) named as the share is, so that a
    change after it (较上年提高0.3个百分点) is the share's: whose share, 占, the whole and 比重."""
    if not (subject.startswith("占") and SHARE_END.search(subject)) and not SHARE_WORDS.search(subject):
        return subject
    at = text.rfind(subject, 0, left)  # whose share: the nearest subject before the share's own words
    owner = GROWTH_TAIL.sub("", _nearest_owner(text, at)) if subject.startswith("占") and at > 0 else ""
    return owner + SHARE_END.sub("", subject) + "比重"


def _subject(text: str, left: int) -> str:
    """The subject a bare verb shares: the words of its clause before the clause's first number
    (实现规上工业增加值32.5亿元、增长3% → 规上工业增加值), else of its sentence before the sentence's first
    number (全市地区生产总值5.2万亿元，增长5.4% → 地区生产总值)."""
    floor = max(0, left - MAX_QUOTE)  # a "sentence" longer than a quote is not prose: look no further
    start = after_last(text, floor, left, SENTENCE_BREAKS)
    clause = after_last(text, start, left, CLAUSE_BREAKS)
    first, last = _subject_span(text[clause:left])
    words = text[clause + first : clause + last]
    if clause > start and (owned := _owned_change(text, start, clause, words)):
        return owned
    if not NO_SUBJECT.sub("", words.strip("、，, ")):  # 初步统计增长4.7%: no subject in its own clause
        words = text[start:left]
        found = _first_number(_years_masked(words))  # years masked
        words = words[: found.start()] if found else words  # 初步统计，2023年全省地区生产总值54355亿元、增长4.5%
        words = words.rstrip("、，, ").rsplit("，", 1)[-1]  # the clause of the sentence's first number
    subject = ADVERB_END.sub("", REACHING.sub("", words.rstrip("、，, ").strip()))  # 首次突破百亿元、达到…: no 首次
    subject = SINCE_END.sub("", _unled(subject, amount=True))
    if subject.count("“") != subject.count("”") or not subject:  # 聚焦“3815”战略…，完成409.3亿元，增长3.6%
        return _nearest_subject(text, start, clause) or subject
    return subject


def _change_opening_clause(text: str, left: int, change: str) -> str:
    """The change a clause opening with its verb only (…，增长26.7%) names: that of the nearest clause before it
    in its sentence that names a subject (`_owned_change`); empty when `left` opens no clause after another."""
    owner = _share_named(text, left, _nearest_owner(text, left))  # 固定资产投资同比增长5%，…，增长30%
    return owner + change if owner and not BARE_TOTAL.match(owner) else ""  # 总量达到1272亿元，年均增长…: whose?


def _owned_change(text: str, start: int, clause: int, words: str) -> str:
    """A clause that opens with a verb of change only (…495.3亿元，增长27.7%、居副省级城市首位): the change of
    the nearest clause before that names a subject, without a comparison (进出口总额增长); empty otherwise."""
    change = words.strip("、，, ")
    if not VERB_OF_CHANGE.match(change):
        return ""
    owner = _change_owner(text, start, clause)
    return owner + re.sub(f"^{COMPARED}", "", change) if owner else ""


def _change_owner(text: str, start: int, clause: int) -> str:
    """Whose change a clause opening with its verb gives: the subject of the nearest clause before it that names
    one, without a leading word, an adverb or the start of a change (地区生产总值从3.38万亿元增长到…); empty for
    none, or a rank's ordinal word (成为全国第11个…)."""
    owner = ADVERB_END.sub("", _unled(_nearest_subject(text, start, clause).lstrip("*"), amount=True))
    owner = SINCE_END.sub("", owner)
    return "" if owner.endswith("第") else owner


def _owner_before(text: str, left: int) -> str:
    """The subject of the nearest clause before a clause at `left` that names none, without its verb of change
    (地区生产总值年均增长7%左右，到2026年突破1200亿元 → 地区生产总值); empty when `left` opens no clause after one
    that names a subject, or that subject holds a year (继2021年迈过…)."""
    owner = _nearest_owner(text, left)
    return "" if YEAR.search(owner) else owner


def _nearest_owner(text: str, left: int) -> str:
    """The subject of the nearest clause before the clause at `left` that names one, without its verb of change
    (`_change_owner`); empty when `left` opens no clause after another in its sentence."""
    start = _sentence_start(text, left)
    if left <= start or text[left - 1] not in CLAUSE_BREAKS:
        return ""
    owner = CHANGE_AT_END.sub("", _change_owner(text, start, left))
    crossed = CROSSING_END.sub("", owner)  # 地区生产总值连续跨上两个万亿大台阶，…: no verb of crossing
    return crossed if len(crossed) > 1 else owner


def _nearest_subject(text: str, start: int, clause: int) -> str:
    """The subject of the nearest clause before text[clause:] in its sentence (from `start`) that names one
    before its first number (地区生产总值突破400亿元大关，完成409.3亿元，增长3.6% → 地区生产总值): what a bare
    change shares when the sentence opens with prose; empty when no clause names a short subject."""
    end = clause - 1
    while end > start:
        begin = after_last(text, start, end, CLAUSE_BREAKS)
        words = _years_masked(text[begin:end])
        first, last = _subject_span(words)
        subject = LEADING.sub("", REACHING.sub("", text[begin + first : begin + last].strip()))
        if subject and len(subject) <= SHORT_SUBJECT and subject.count("“") == subject.count("”"):
            return subject
        end = begin - 1
    return ""


# A number inside a subject, before the number that ends it: a threshold of size (千万元及以上, 500万元以上; a
# bare magnitude before the kind it sizes: 千亿产业, 营业收入过百亿的民营企业) or a count of kinds (三项, 两个); the
# words after it still name what the clause measures.
IN_SUBJECT = re.compile(
    r"[0-9０-９.十百千万亿]+(?:万|亿)?元?(?:及以上|以上)(?=[\u4e00-\u9fff])|^[一二两三四五六七八九十]+[项个类](?=[\u4e00-\u9fff])"
    r"|[十百千]*[万亿]元?级?的?(?=[^，、。；0-9０-９]{0,4}(?:企业|产业|集群|园区))"
)


def _first_number(words: str) -> re.Match[str] | None:
    """The first number of words (years masked) that is no threshold or count of kinds inside a subject (`IN_SUBJECT`),
    before another number."""
    found = NUMBER.search(words)
    while found and (inside := IN_SUBJECT.match(words, found.start())) and NUMBER.search(words, inside.end()):
        found = NUMBER.search(words, inside.end())
    return found


def _subject_span(words: str) -> tuple[int, int]:
    """Where the subject of a clause (years masked) lies: before its first number, or, when a count opens the clause
    (12家离岛免税店销售额580.9亿元，增长19.3%), after the count to the next number: the things counted have the
    amount; (0, 0) when no number follows. A threshold (千万元及以上项目利用内资…) or a count of kinds (三项社会保险参保
    人数…) inside the subject is no number that ends it."""
    found = _first_number(words)
    if found is None:
        return 0, 0
    count = COUNTED.match(words, found.start()) if found.start() == 0 else None
    after = NUMBER.search(words, count.end()) if count else None
    return (count.end(), after.start()) if count and after else (0, found.start())


# A 分别 list's gap to the whole (分别高于全国2个、1.3个…百分点; 分别比全国高0.2、0.9个百分点), written either way.
WHOLE_GAP = re.compile(
    rf"(?:(?P<verb>高于|低于|快于|慢于)(?P<whole>{_WHOLES})|[比较](?P<than>{_WHOLES})(?:平均水平|平均)?(?P<adjective>[高低快慢]))"
)
GAP_ADJECTIVES = {"高": "高于", "低": "低于", "快": "快于", "慢": "慢于"}
# The time a 分别 list's changes are since, after 分别 (分别比2017年增加…, 分别较上年增加…, 分别较五年前增加…)
LIST_SINCE = re.compile(r"(?:较|比)(?:去年|上一?年|同期|[0-9]{4}年|[一二三四五六七八九十]年前)(?:末|同期)?")  # .match
RESPECTIVELY = re.compile(r"^(?P<subject>.+?)(?:[较比][0-9]{4}年末?|比上年|同比|年均)?分别(?P<verb>.*)$")
ITEM_BREAK = re.compile("[、和及与]")
OWNER_BEFORE_LIST = re.compile("[^、和及与，的]{2,}的(?=[^、和及与的]+[、和及与])")  # .match: whose every item is
BASIS_END = re.compile("(?:累计|年均|同比)+$")  # a basis ending the words before 分别: no part of a subject
ORDINAL = re.compile("第?[一二三四五六七八九十]")  # an item of a list of ordinals (一、二、三产业)
# Nouns a list's last item may end in that its other items share (高技术制造业和战略性新兴产业增加值).
RATE_HEADS = ("增速",)  # a shared head that is a rate of a measure: items with a measure of their own take it too
SHARED_HEADS = ("人均纯收入", "可支配收入", "营业收入", "营业额", "销售额", "零售额", "成交额", "交易额", "增加值",
                "产值", "收入", "总额", "余额", "人数", "投资", "产量", "进出口", "出口", "进口", "利润", "总量",
                "规模", "标准", "起数", "宗数", "毛入学率", "参保率", "普及率", "处理率", "治理率", "覆盖率", "价格",
                "浓度", *RATE_HEADS)  # fmt: skip
# a kind before a shared head (医药制造业增加值, 特色型产业集群营业收入), shared
SHARED_KINDS = ("制造业", "产业链", "产业集群", "集群", "产业", "企业", "装机")
LISTED_KINDS = ("行业", "产业", "管网")  # the kind a list's last item ends in with no head after it, shared (…排水管网)
# an item's own measure (接待游客人次、实现旅游收入; 地区生产总值; 集资金额, …刑事案件、…人数): no head after it
OWN_MEASURES = ("率", "人次", "总值", "额", "案件")
_COUNT_VERBS = alternation(words("measure_words", "word", role="count_verb"))
COUNT_VERB = re.compile(rf"(?:{_COUNT_VERBS})(?!.*(?:收入|花费|消费))")  # .match: not 接待游客收入, an item of its own
EXAMPLES_MARK = re.compile("(?<![高中初平同对均])等")  # 等 after examples, not 高等教育, 平等
# Two words sharing their last character, written as one (存贷款: 存款 and 贷款; 进出口): a list of two.
PAIR_WORDS = tuple(words("list_words", "word", role="pair"))  # 存贷款, 进出口: two members sharing a tail
PAIR_WORD = re.compile(alternation(PAIR_WORDS))
EVENT_COUNTS = ("起数", "宗数", "人数")  # counts of events and of the people they touch (事故起数、死亡人数)
# The heads after which a list's first name holds a modifier that later short names share (旅游接待人次和收入 →
# 旅游收入; 地方国有企业营业收入、利润 → 地方国有企业利润), and the bare measures that take it.
MODIFIED_HEADS = (*EVENT_COUNTS, "接待人次", "接待游客", "营业收入", "资产总额", "存款余额", "贷款余额")
BARE_MEASURES = ("收入", "营收", "利润", "营业收入", "利润总额", "存款余额", "贷款余额")
SCOPE_PREFIX = re.compile("限上|规上|限额以上|规模以上")  # .match: the scope of a statistic (限上餐饮业营业额)
INDUSTRY = "工业"  # what 规上 alone scopes (规上工业): no scope of the list's other items
SHORT_ITEM = 3  # the longest item of a list before a shared head that is an item, not a shared modifier


def respective_names(words: str, count: int) -> list[str] | None:
    """The subjects of a 分别 list of `count` numbers, one for each (or for each of its kinds), from the
    words before its first
    number (城乡居民人均可支配收入分别增长 → 城镇居民人均可支配收入, 农村居民人均可支配收入;
    高技术制造业和战略性新兴产业增加值分别增长 → 高技术制造业增加值, 战略性新兴产业增加值), or None when the
    list names no such subjects."""
    found = RESPECTIVELY.match(words.strip())
    if found is None:
        return None
    subject = BASIS_END.sub("", LEADING.sub("", found.group("subject").strip("，、 ")))  # …人才累计分别达到
    owner = OWNER_BEFORE_LIST.match(subject)  # 纳入集采的药品和耗材价格…: 纳入集采的 of every item
    names = _listed_subjects(subject[owner.end() :] if owner else subject, count)
    return [owner.group() + name for name in names] if owner and names else names


def _listed_subjects(subject: str, count: int) -> list[str] | None:
    """The subjects of a 分别 list of `count` numbers from the subject before it (`respective_names`), or None."""
    if subject.startswith("城乡") and count % 2 == 0 and len(subject.split("、")) != count:  # not 城乡…、…分别
        return ["城镇" + subject[2:], "农村" + subject[2:]]
    subject = _joined_pairs(subject)
    pair = PAIR_WORD.search(subject) if count % 2 == 0 and not ITEM_BREAK.search(subject) else None
    if pair:  # 金融机构存贷款余额 → 金融机构存款余额, 金融机构贷款余额 (not 进出口总值和实际利用外资额)
        head, rest = subject[: pair.start()], subject[pair.start() + 2 :]
        return [head + pair.group()[0] + rest, head + pair.group()[1] + rest]
    if (examples := _examples_of_kind(subject)) and count % len(examples) == 0:
        return examples
    items = [item for item in subject.split("、") if item]  # 旅游及相关产业增加值、游客人均花费: 及 inside an item
    if len(items) < 2 or count % len(items):
        items = [item for item in ITEM_BREAK.split(subject) if item]
    if len(items) < 2 or count % len(items):  # a list of k subjects names k numbers, or k of each kind
        return None
    items = [ACHIEVING.sub("", item) or item for item in items]  # 接待游客人次、实现旅游收入: 旅游收入
    last = items[-1]
    if all(ORDINAL.fullmatch(item) for item in items[:-1]) and (first := ORDINAL.match(last)):
        rest = last[first.end() :]  # 一、二、三产业增加值 → 第一产业增加值, 第二产业增加值, 第三产业增加值
        return ["第" + item.removeprefix("第") + rest for item in [*items[:-1], first.group()]]
    whose, share = _share_tail(last)  # …高技术制造业增加值占规模以上工业增加值比重: each item's share of that whole
    head = next((h for h in SHARED_HEADS if whose.endswith(h) and len(whose) > len(h)), "")
    short = len(whose) - len(head) <= SHORT_ITEM if head else False  # 煤炭、原油、天然气产量: a head after a short item
    word = last.find("”") + 1 if last.startswith("“") else 2  # 刑事、“两抢”接报警数: a quoted word its first
    long_first = len(items) > 2 and len(items[0]) > 2 and word == 2 and len(last) > word + 2  # a modifier before it
    twos = items[1:-1] if long_first else items[:-1]  # 基本养老、医疗、失业、工伤保险参保人数
    if all(len(item) == 2 for item in twos) and len(last) > word + 1 and not short:
        return [item + last[word:] for item in items[:-1]] + [last]  # 城镇、农村常住居民…: words of two
    if parallel := _parallel_items(items) or _shared_tail(items):
        return parallel
    if not head and (kinded := _with_kind(items)):
        return kinded
    own = (*SHARED_HEADS, *OWN_MEASURES) if head not in RATE_HEADS else OWN_MEASURES  # 增加值、投资…增速: each's
    names = [item if not head or _own_measure(item, own) else _with_head(item, whose, head) for item in items[:-1]]
    names = [name + share for name in names]
    names = [*names, last]  # the first item's modifier lent only when it took no head (not 基本养老、医疗…人数)
    return _with_modifier(names) if names[0] == items[0] else names if share else _with_scope(names, items[0])


def _with_scope(names: list[str], first: str) -> list[str]:
    """A list's names, the later ones with the scope the first item opens with when that item is a kind sharing
    the list's head (限上住宿业、餐饮业营业额 → 限上住宿业营业额, 限上餐饮业营业额): a scope changes the statistic;
    not after an item with a head of its own (规模以上工业增加值、固定资产投资) or the scope's 工业 alone
    (规上工业、数字经济), nor in shares (…占规模以上工业增加值比重: the whole says the scope)."""
    scope = SCOPE_PREFIX.match(first)
    if scope and (first.endswith((*SHARED_HEADS, *OWN_MEASURES)) or first[scope.end() :] == INDUSTRY):
        scope = None
    return [names[0]] + [name if not scope or SCOPE_PREFIX.match(name) else scope.group() + name for name in names[1:]]


def _share_tail(last: str) -> tuple[str, str]:
    """The last item of a list split before the share it ends in (高技术制造业增加值占规模以上工业增加值比重 →
    高技术制造业增加值, 占规模以上工业增加值比重), which every item has; the item and nothing when it ends in none."""
    share = last.find("占")
    if share > 0 and last.endswith(("比重", "比例")):
        return last[:share], last[share:]
    return last, ""


def _joined_pairs(subject: str) -> str:
    """A subject with a pair word split by 、 joined again (本外币存、贷款余额 → 本外币存贷款余额), so that each
    member takes the shared modifier and tail."""
    for pair in PAIR_WORDS:
        subject = subject.replace(pair[0] + "、" + pair[1:], pair)
    return subject


def _parallel_items(items: list[str]) -> list[str] | None:
    """The names of a list whose earlier items are as long as the last one's opening and end in the same word
    (城镇居民、农村居民人均可支配收入 → 城镇居民人均可支配收入, …): each item with the last one's tail; else None."""
    last, size = items[-1], len(items[0])
    same = all(len(item) == size and item[-2:] == last[size - 2 : size] for item in items[:-1])
    return [item + last[size:] for item in items[:-1]] + [last] if same and size > 2 and len(last) > size else None


def _shared_tail(items: list[str]) -> list[str] | None:
    """The names of a list whose earlier items end in a word the last one holds before words of its own (基本养老保险、
    医疗保险参保人数 → 基本养老保险参保人数, 医疗保险参保人数): each item with the words after it; else None."""
    last, tails = items[-1], set()
    for item in items[:-1]:
        at = last.find(item[-2:]) if len(item) > 2 else -1
        if at < 1 or at + 2 >= len(last):
            return None
        tails.add(last[at + 2 :])
    return [item + min(tails) for item in items[:-1]] + [last] if len(tails) == 1 else None  # one tail, for all


def _with_kind(items: list[str]) -> list[str] | None:
    """The names of a list whose last item alone ends in the kind they all are (光机电、煤层气、冶铸、化工行业 →
    光机电行业, …): each earlier item with that kind, not after an 业 of its own for 行业 (建筑业); else None."""
    last = items[-1]
    kind = next((k for k in LISTED_KINDS if last.endswith(k) and len(last) > len(k)), "")
    if not kind or any(item.endswith(kind) for item in items[:-1]):
        return None
    return [item if kind == "行业" and item.endswith("业") else item + kind for item in items[:-1]] + [last]


def _with_modifier(names: list[str]) -> list[str]:
    """A list's names, the later short counts of people or events, or bare 收入 and 利润, with the modifier of the
    first when it is one too (生产安全事故起数、死亡人数 → …, 生产安全事故死亡人数; 旅游接待人次和收入 → …,
    旅游收入): what was counted, said once for both."""
    first = names[0]
    head = next((h for h in MODIFIED_HEADS if first.endswith(h) and len(first) > len(h) + 1), "")
    modifier = first.removesuffix(head) if head else ""
    counts = [len(name) <= SHORT_ITEM + 1 and name.endswith(EVENT_COUNTS) for name in names[1:]]
    short = [modifier and (count or name in BARE_MEASURES) for name, count in zip(names[1:], counts, strict=True)]
    return [first] + [modifier + name if bare else name for name, bare in zip(names[1:], short, strict=True)]


def _own_measure(item: str, own: tuple[str, ...]) -> bool:
    """Whether an item of a list measures something of its own, and takes no head from the last item: it ends in a
    measure (接待游客人次), or it is a verb of counting and what it counts (接待游客, 旅游收入: the visitors received,
    not their income; `measure_words.csv` count_verb)."""
    return item.endswith(own) or bool(COUNT_VERB.search(item))  # 全州接待游客, 游客接待量: the place's, the visitors


def _with_head(item: str, last: str, head: str) -> str:
    """An item of a list with the head the list's last item ends in, and the kind of industry before that head
    when the item names none of its own (航空航天、医药制造业增加值 → 航空航天制造业增加值)."""
    kind = next((k for k in SHARED_KINDS if last.removesuffix(head).endswith(k)), "")
    if kind == "企业" and not item.endswith(kind):  # 制造业、…服务业企业投资 → 制造业企业投资
        return item + kind + head
    return item + head if item.endswith(("业", "制造")) else item + kind + head


def _examples_of_kind(subject: str) -> list[str] | None:
    """The subjects of a 分别 list named as examples of a kind (生物医药与健康、集成电路、新材料等战略性新兴产业产值 →
    生物医药与健康产业产值, 集成电路产业产值, 新材料产业产值): each example with the kind's 产业 and shared head;
    None when the subject names no such examples."""
    found = [m for m in EXAMPLES_MARK.finditer(subject)]
    if not found:
        return None
    listed, kind = subject[: found[-1].start()], subject[found[-1].end() :]
    examples = [item for item in listed.split("、") if item]
    head = next((h for h in SHARED_HEADS if kind.endswith(h)), "")
    if len(examples) < 2 or not head:
        return None
    industry = "产业" if kind.removesuffix(head).endswith("产业") else ""
    return [item + industry + head for item in examples]


def clause_subject(clause: str) -> str:
    """The subject of a clause that a 分别 list opening the next one shares: its words before its first
    number, without 分别 and what follows, or a verb of reaching (城乡居民人均可支配收入突破5万元和2万元 →
    城乡居民人均可支配收入); for a clause of 、-pieces that each name their own number, those names as a list
    (新增高层次人才超过2万人、高技能人才3.24万人，累计分别达到… → 新增高层次人才、高技能人才)."""
    pieces = [_first_subject(piece) for piece in clause.split("、")]
    if len(pieces) > 1 and all(pieces) and all(NUMBER.search(piece) for piece in clause.split("、")):
        return "、".join(pieces)
    return _first_subject(clause)


def _first_subject(clause: str) -> str:
    """The words of a clause before its first number, without 分别 and what follows, a qualifier or a verb of
    reaching (城乡居民人均可支配收入突破5万元和2万元 → 城乡居民人均可支配收入)."""
    found = NUMBER.search(_years_masked(clause))  # 2020年城乡居民…: a time, no number
    words = YEAR.sub("", (clause[: found.start()] if found else clause).split("分别", 1)[0]).strip()
    return REACHING.sub("", QUALIFIER_BEFORE.sub("", words))


RATE_END = re.compile(f"(?:{RATE_OF.pattern})$")  # .search: a name ending in a rate of handling (…按期办结率)


def respective_rate_owner(text: str, first: int, names: list[str]) -> str:
    """Whose a bare rate of handling in a 分别 list is (解决率、满意率分别提升至94%和95%): what another item
    names before its own rate (12345政务服务便民热线按期办结率、满意率 → 12345政务服务便民热线), else what the clause
    before the list handled (…热线累计受理群众诉求超过1亿件，解决率、… → …热线累计受理群众诉求)."""
    for other in names:
        if (rate := RATE_END.search(other)) and rate.start() > 0:
            return other[: rate.start()]
    return _handled_before(text, _start_back(text, first, CLAUSE_ENDS))


def respective_indicator(name: str, verb: str, measure: str, unit: str = "") -> str:
    """The indicator of one number of a 分别 list: its subject, and for a growth rate the verb's 率, after
    what stands before the verb (年均分别增长 → …年均增长率), for a rank its scope and 排名, for gold medals 金牌数."""
    if UNIT_NOUNS.get(unit) == MEDALS:  # 在青年运动会、残运会分别获得8金、10金
        return WINNING_END.sub("", name) + MEDALS
    total = verb.startswith(RUNNING_TOTAL) and not REACHING.sub("", verb.removeprefix(RUNNING_TOTAL))  # not 累计减少
    if measure == "level" and total:  # 新增高层次人才…，累计分别达到19.8万人和…
        return NEW.sub("", name) + RUNNING_TOTAL + ("数" if unit in COUNT_UNITS or unit in UNIT_NOUNS else "")
    verb = REACHING.sub("", verb.strip())
    if unit == "倍" and (ratio := RATIO_OF.fullmatch(verb)) and TIME_BASE.fullmatch(ratio.group("base")):
        return f"{name}相对{ratio.group('base')}倍数"  # 分别是2015年的1.4倍、1.6倍, as `_ratio_name` names one
    if measure == "growth" and (tail := GROWTH_TAIL.search(verb)):
        return name + verb[: tail.start()] + tail.group(1) + "率"
    if measure == "rank" and (scope := RANK_SCOPE.search(verb)):
        return name + scope.group(1) + "排名"  # …总规模、风电光伏装机总量居全国第1、第2位
    if measure == "change_pp" and (gap := WHOLE_GAP.match(verb)):  # 分别比全国高0.2、0.9个百分点: the gap above it
        above = gap["verb"] or GAP_ADJECTIVES[gap["adjective"]]
        return RATE_COMPARED.sub("增速", name + above + (gap["whole"] or gap["than"]))  # …增长高于全国 → …增速高于全国
    if measure == "level" and DONE.fullmatch(verb):  # 交通、水利分别完成投资3083亿元、550亿元 → 交通完成投资
        return name + verb
    since = LIST_SINCE.match(verb)  # 分别比2017年增加1.5万公里、730公里: changes since then, each named so
    core = verb[since.end() :] if since else verb
    changed = BARE_ADDED.fullmatch(core) or CHANGE_AT_END.fullmatch(core)
    if measure == "level" and unit in COUNT_UNITS:  # 龙头企业、链主企业分别增加212家、30家 → 龙头企业增加数
        name += verb if changed else ""
        return _without_basis_of_change(name + _unit_noun(name, unit, measure))
    # 养老、失业保险参保人数分别增加60万人、…; 分别比2017年提高2.3、12.8个百分点: the change, not the level
    # (not yet 累计减少, which the development annotations name by what was cut: …压减量)
    if measure != "rank" and changed and not verb.startswith(RUNNING_TOTAL):
        rate = "率" if measure == "growth" else ""  # 分别减少21%、44.3% → …减少率
        return _without_basis_of_change(name + verb + rate)
    return name
