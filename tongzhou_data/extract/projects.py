"""Named projects and their status: status words, and the names they govern.

`mentions(text)` reads each clause of the genre's three shapes:
- names, then a status:             首旅集团总部、保障房中心总部、北规院建成投用
- a verb, names, then 建设:           加快温潮减河、轨道交通M101线一期等重大工程建设
- a status verb, then a name:       建成通运东路（中段）；开工建设南大沟及萧太后河退水渠综合治理工程
and their variants: a topic or a verb of intent before them (交通建设方面重点抓好…, 争取启动…), a place or time
between names and status (…在湛江宝钢点火投产), a stage of the work (…前期基本完成: planned), a status with a gap
(…纳入国家“十四五”规划), a status then 、 and a predicate (…建成投运、是…), 把 or 将 before the names of what is
to be made into something (将…小镇建成省级创业示范点), and an opening verb's list running on over clauses, each a list
with its own 等 tail (重点实施甲乙等526个产业项目，丙丁高速、戊己机场扩建等400个基础设施项目).
A list separated by 、 (or two names joined by 和) gives one mention per name; a tail such as 等重大工程 or
等6个项目 is cut off. A piece is taken for a name only when it ends as project names do (…总部, …校区, …工程,
…公园, …线一期, …路, …高铁, …水库, …中心…), or when its list's head noun is written once for all of it
(京津塘、津沧、兴港等高速公路建设; 易县、阜平抽水蓄能项目建设); words before a name that describe it
(亚洲最大的, 首个) are left out, and a count of a group of its parts ends it (…通州段5座车站); the last piece of a
list before its status is a name when the others are (…保障房中心总部、北规院建成投用), a piece may end in a status
of its own (…加固工程完工、…工程竣工), and a name may end in a quoted word (…产业园“8字楼”). A place word that
opens a name (张家湾镇六小村安置房, 运河商务区槐荫公园, a town's bare name before a quoted one: 台湖“环影宿游”示范片区)
or a clause (于家务乡加快打造现代种业创新示范区) is the mention's `location`, and not part of its name unless what
follows only says what kind of thing it is (潞城镇城中村改造项目, 文旅区幼儿园). What the code cannot delimit is left
to curated data.
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .text import CLAUSE_BREAKS, ENUMERATOR_WORDS, MAX_QUOTE, Clauses, bounded, checked_range
from .vocabulary import alternation, by_first_character, rows, status_phrases, words

# A status phrase with a gap, closing a clause: up to sixteen words of its own stand at the … (纳入…规划:
# 纳入国家“十四五”规划; 列入国家航空布局和民航“十四五”规划).
GAP = "…"
GAP_WIDTH = 16
GAP_WORDS = f"[^、，。；]{{0,{GAP_WIDTH}}}?"


def _phrase_pattern(phrase: str) -> str:
    """A status phrase as a regular expression, its gap (…) standing for a few words."""
    return GAP_WORDS.join(re.escape(part) for part in phrase.split(GAP))


# Status phrases that close a clause after the names (…建成投用), from the vocabulary, in its order.
SUFFIX_STATUS = (
    status_phrases("closes")
    + status_phrases("closes", "works")
    + status_phrases("closes", "striven")
    + status_phrases("closes", "named")
)
# Phrases that close a clause only after the names of physical works (天水、夏河机场复航; not …客运航线复航).
CLOSING_WORKS = frozenset(p for p, _ in status_phrases("closes", "works"))
# Phrases that close a clause only when a verb of striving opens it (争取甲乙产业园、丙丁集散中心落地实施; not 抓好甲乙
# 项目落地实施), from the vocabulary: what is striven for is not yet started.
CLOSING_STRIVEN = frozenset(p for p, _ in status_phrases("closes", "striven"))
# Phrases that close a clause a verb of striving does not open only after names that end as names do by
# themselves and count no group (陕皖电力通道获批, 甲乙铁路口岸、丙丁公路口岸获批: approved, planned; not
# 甲乙、丙丁2家全国重点实验室正式获批, titles counted, nor 甲乙机场总体规划, a plan), from the vocabulary; after
# such a verb, any names (力争…获批).
CLOSING_NAMED = frozenset(p for p, _ in status_phrases("closes", "named"))
STRIVING = re.compile(alternation(words("list_words", "word", role="striving")))  # .match: 争取, 力争
# Words ending a title won or a plan, whose approval is no work's (甲乙自主创新示范区获批, …试点获批, 甲乙机场总体规划).
TITLE_END = re.compile(f"(?:{alternation(words('list_words', 'word', role='title_end'))})$")  # .search
# The same phrases tried longest first, so that 全线通车 wins over 通车 and 主体封顶 over 封顶.
SUFFIX_ORDER = sorted(SUFFIX_STATUS, key=lambda pair: -len(pair[0]))

# Verbs that open a clause and govern a name ending in 建设 (加快X建设) or standing alone (建成X).
PREFIX_BUILD = status_phrases("opens")
OPENING_VERBS = frozenset(p for p, _ in PREFIX_BUILD)  # the verbs the vocabulary marks as opening a clause
# Verbs that govern a name only when it names a physical work (改造…路; 改造…服务中心 is no work).
WORKS_VERBS = frozenset(p for p, _ in status_phrases("opens", "works"))
# The opening verbs tried longest first: PREFIX_BUILD and the status phrases of four characters or more,
# which open a clause as well as close one (建成投用X, 建成通车X).
PREFIX_ORDER = sorted(
    dict(
        [
            *PREFIX_BUILD,
            *status_phrases("opens", "works"),
            *status_phrases("opens", "counted"),
            *status_phrases("opens", "tailed"),
            *status_phrases("opens", "ungraded"),
            *status_phrases("opens", "quality"),
            *((p, s) for p, s in SUFFIX_STATUS if len(p) >= 4 and GAP not in p),
        ]
    ).items(),
    key=lambda pair: -len(pair[0]),
)
# Work nouns that close a clause opened by a PREFIX_BUILD verb: 加快X建设, 完成X优化改造, 启动X建设, 推进X实施.
WORK_TAILS = tuple(sorted(words("list_words", "word", role="work_tail"), key=len, reverse=True))
WORK_AND = re.compile(f"({alternation(WORK_TAILS)})和")
FOOTNOTE = re.compile(r"\[[0-9]+\]$")  # a footnote's mark after the names ([6]), as some reports write them
# The building work between names and their status (甲乙公园建设扎实推进, 长江大桥公路桥维修改造有序推进): the work
# tails that name no kind of project, perhaps after 开发 (甲乙新城开发建设加快推进), one or more in a row (…片区改造提升
# 按序时推进: 改造, 提升); not one that ends names as well
# (福州机场二期扩建加快推进), nor 创建, whose names are titles bid for as often as parks (…示范区创建扎实推进).
_ENDINGS = tuple(words("name_endings", "ending"))
BUILDING = re.compile(
    "(?:开发)?(?:{})+$".format(
        alternation(t for t in WORK_TAILS if t[:2] not in ("项目", "工程") and t != "创建" and not t.endswith(_ENDINGS))
    )
)
# The creation of a park, a building work of its own (甲乙国家公园创建扎实推进, …创建任务基本完成), not a title's.
CREATING = re.compile("(?:(?<=公园)|(?<=植物园))创建(?:工作|任务)?$")
# The building work of names a `TAILED_VERBS` verb governs (支持…建设, 做好…建设).
BUILDING_WORKS = frozenset(("建设",))
# Work tails that open with a kind of project (项目建设, 工程建设) say that what precedes them names projects.
KINDED_TAILS = tuple(t for t in WORK_TAILS if t.startswith(("项目", "工程")))
# Work nouns that, after a verb of completion, say how far: 完成X主体结构施工 is a topping out, and so are 完成X主体工程
# and 完成X主体建设 (as the closing 完成主体工程 is).
FINISHED_TAILS = dict.fromkeys(("主体结构施工", "主体工程", "主体建设"), "topped_out")
# Ends of a tunnel's name, whose 贯通 is its bore broken through, a topping out; a route's 贯通 opens it.
BORES = tuple(words("list_words", "word", role="bore"))
# Opening verbs that govern names only before a 等 tail counting them (打通文盛街等10余条断头路) or a count of them
# (打通甲乙路、丙丁街2条道路); alone they govern kinds of things (打通断头路, 打通堵点).
GROUP_VERBS = ("打通",)
# Opening verbs that govern names only before a 等 tail that counts them and names their kind of works
# (高水平打造甲乙、丙丁等20大先进制造业园区); alone they govern aims and kinds (打造国际消费中心), from the vocabulary.
COUNTED_VERBS = frozenset(p for p, _ in status_phrases("opens", "counted"))
# Opening verbs that govern names only when their building work closes the clause (支持甲乙产业园建设, 做好甲乙港、丙丁
# 航道建设); alone they govern causes and aims (支持…打造…, 做好保交楼…工作), from the vocabulary.
TAILED_VERBS = frozenset(p for p, _ in status_phrases("opens", "tailed"))
# Verbs of improvement that govern names only when a word of the quality improved closes the clause (提升甲乙度假区、
# 丙丁公园的保护和开发水平, 完善甲乙枢纽功能); alone they govern aims and kinds (提升城市品质), from the vocabulary.
QUALITY_VERBS = frozenset(p for p, _ in status_phrases("opens", "quality"))
QUALITY_TAIL = re.compile(f"的?(?:{alternation(words('list_words', 'word', role='quality_tail'))})$")  # .search
# Verbs that open a clause only before a name that no national or provincial grade opens: that names a title
# bid for (申建国家级…示范项目, 申建省级高新区), not a work (申建甲乙空港综保区).
UNGRADED_VERBS = frozenset(p for p, _ in status_phrases("opens", "ungraded"))
TITLE_GRADE = re.compile("国家|省级|全国|世界级")  # .match
COUNTED_KIND = re.compile(r"等[0-9一二两三四五六七八九十百]+[余多]?[大个座所家处条项]")  # .match: 等20大…, 等8座…
# Verbs that open a clause but say nothing of the status themselves (推动X投用: the status is 投用), and those that
# do so only before project names (促进甲乙综保区、丙丁临空经济区一体化运行: no part of a name; an indicator's
# words elsewhere).
LEADING_VERBS = tuple(
    sorted(
        [*words("list_words", "word", role="leading_verb"), *words("list_words", "word", role="project_leading_verb")],
        key=len,
        reverse=True,
    )
)
LEADING_RUN = re.compile(f"(?:{alternation(LEADING_VERBS)})+")  # .match: the longest verb first, as many as follow
# Verbs after the opening verb that name the work the names are under, no part of them (加快创建成都国家植物园,
# 启动实施人才兴皖工程): the opening verb says the status.
CHAIN_VERB = re.compile(
    f"(?:{alternation(words('list_words', 'word', role='chain_verb'))})(?:{alternation(LEADING_VERBS)})*"
)  # .match: perhaps followed by leading verbs (加快谋划推进…)
# Adverbs before an opening verb that say how, not where it stands (高标准规划建设重庆科学城), and those that do so
# only before a project's verb (尽快建成甲乙医院; an indicator's words elsewhere).
_ADVERB_WORDS = [*words("list_words", "word", role="adverb"), *words("list_words", "word", role="project_adverb")]
ADVERB = re.compile(f"(?:{alternation(_ADVERB_WORDS)})(?=[\\u4e00-\\u9fff])")
VERBS = tuple(dict.fromkeys(v for v, _ in [*PREFIX_ORDER, *((v, "") for v in LEADING_VERBS)]))  # for str.startswith
# How project names end (…总部, …校区, …工程, …公园, …线一期, …路, …高铁, …水库, …中心), from the vocabulary.
NAME_ENDINGS = re.compile(f"(?:{alternation(words('name_endings', 'ending'))})$")
# A road's number, national or provincial, which ends a road's name (沿边国道G331, 国道G219, G324线) as an ending
# of `name_endings.csv` does; written alone after a verb, it names the road (推动国道G219改扩建).
ROAD_NUMBER = r"(?:(?:国道|省道)[GS]?[0-9]{2,4}|(?<![A-Za-z0-9])[GS][0-9]{1,4})线?"
ROAD_END = re.compile(f"{ROAD_NUMBER}$")  # .search, only after a name whose last character is one of ROAD_LAST
ROAD_LAST = frozenset("0123456789线")
ENDING_WORD = re.compile(f"{alternation(words('name_endings', 'ending'))}|{ROAD_NUMBER}")  # .search: one in a list
# Words joining a work and what serves it into one name (甲乙气化站及配套管道).
SERVING = re.compile(alternation(words("list_words", "word", role="serving")))
# The endings of physical works (…隧道, …医院), for the verbs that govern only those (`WORKS_VERBS`).
WORKS_ENDINGS = frozenset(words("name_endings", "ending", works="yes"))
# Words that only grade a kind of thing (重点片区, 重大项目, 在建工程): with them, it is still no name.
GRADE = re.compile(f"(?:{alternation(words('list_words', 'word', role='grade'))})*")
# Any word that can end a name or name the kind of a list's pieces, or a quoted code of counts (see CODED_WORKS):
# a clause without one holds no mention.
NAMING_WORD = re.compile(
    alternation([*words("name_endings", "ending"), *words("list_words", "word", role="kind_tail")])
    + "|“[一二两三四五六七八九十]"
)
ROAD_WORD = re.compile("[GS][0-9]|道[GS0-9]")  # .search: perhaps a road's number (ROAD_NUMBER), after NAMING_WORD
CODE_OPENING = re.compile("“[一二两三四五六七八九十]")  # .search: perhaps a code of counts of works (CODED_WORKS)
MARKUP = re.compile(r"[\s*#]*")  # .match: bold or heading marks opening a clause (**铁路方面，**扎实推进…)
# Words before 工程 that make it a programme of policy, no work (文化惠民工程, 重大技术装备攻关工程), or a count of
# programmes (小学“强基”、初中“壮腰”、高中“筑梦”三大工程).
PROGRAMME = re.compile(f"(?:{alternation(words('list_words', 'word', role='programme'))}|[两三四五六七八九十]大)工程$")
# Endings that name one place when written alone (启动区); any other written alone is a kind of thing (学校, 园区).
ALONE = frozenset(words("name_endings", "ending", alone="yes"))
# Graded projects or works ending a piece after words of their scope (“十四五”重大工程): a group, no name.
GRADED_GROUP = re.compile(f"(?:{alternation(words('list_words', 'word', role='graded_group'))})$")  # .search
# What a 等 tail names when the names before it share a head noun written once after it
# (京津塘、津沧、兴港等高速公路; 乌拉哈达、娄里、青山水库等重大水利工程).
GROUP_COUNT = "(?:[0-9一二两三四五六七八九十百]+[个项座条处家所])?"  # …等重点水利项目49个: the group's count
# or with a work done on them after a few words of where (…等高速公路繁忙路段扩容升级, …等重点河流水质综合治理),
# from the vocabulary's works on kinds, which end only a 等 tail, no clause.
KIND_WORK = f"[^、，等]{{0,4}}?(?:{alternation(words('list_words', 'word', role='kind_work'))})"
KIND_TAIL = re.compile(  # perhaps with the work they are under (…等重大项目建设加快推进)
    f"(?:{alternation(words('list_words', 'word', role='kind_tail'))}){GROUP_COUNT}"
    f"(?:{alternation(WORK_TAILS)}|{KIND_WORK})?$"
)
# A count and a kind ending a list with no 等 before them (山阳、勉县、佛坪3个抽水蓄能电站), perhaps with the work
# they are under (凤凰、博鳌两个机场三期改扩建项目).
COUNT_TAIL = re.compile(
    f"(?<!“)(?:[两二三四五六七八九十]|(?<![0-9.])[0-9]+)[个条座项处所](?!以上)[^、，”]{{0,8}}?"
    f"(?:{alternation(words('list_words', 'word', role='kind_tail'))})(?:{alternation(WORK_TAILS)})?$"
)
# Words before a name that are not part of it: a description ending in 的 (亚洲最大的X), a first-of-kind
# claim, perhaps with its scope (首个X, 西部地区首个X, 世界首套X, 西北首台X), a capacity (35万吨X; not a grade of size,
# 20万吨级X), a description set off by a dash before the name it describes (首家省实验室——南昌实验室), and a
# space some reports write before a number (实施 103项…).
LEADING_WORDS = re.compile(r"\s*(?:[^、]*的)?(?:[^、，]*——)?(?:[^、，]{0,6}?首[个座家批套台]|[0-9.]+万?吨(?!级))?\s*")
# A verb of building opening a piece of a list, no part of its name (推进新建聊城机场、迁建威海机场等前期工作).
WORK_VERB = re.compile(alternation(sorted(words("list_words", "word", role="work_verb"), key=len, reverse=True)))
# What a work joined by 及 to another holds when it is named in full: a number, a line's or a phase's.
ALSO_NAMED = re.compile("[0-9]+号|[一二三四五六七八九十]期")  # .search
# What follows 和 when it continues the name before it rather than starting a new one (北三环西延和东延工程).
EXTENSION = re.compile(r"[东南西北][延段]|[一二三四五六七八九十]期|延伸")
# Words whose 和 joins nothing (龙源碳中和基地), from the vocabulary.
AND_WORDS = tuple(words("list_words", "word", role="and_word"))
# A 等 tail that names a rank to win, no kind of project (…、丹霞·八角寨等创国家5A级景区; not 等创新平台).
DESIGNATION = re.compile(r"等(?:争创|创建|创)(?!新)")  # .match
# A rank a named thing bids for (响沙湾创建国家级旅游度假区, 马蹄寺创建5A级景区): a title, no work; not a medical
# centre, which is built (市中心医院创建省级区域医疗中心 动工).
BID = re.compile(r"(?:争创|创建|申建)(?:国家|省级|世界级|全国|国际|[0-9]A|职业)(?![^、，]*医疗中心)")  # .search
# A clause opened by a verb of bidding whose names are ranked, graded or model (创建省级示范步行街,
# 创建渌水国家级样板河, 创建甲乙、丙丁等5A级景区): a title bid for, no work; a park being set up is one
# (创建太行山国家公园).
RANK_BID = re.compile(r"(?:争创|创建)[^，；。]*?(?:级|示范|样板)")  # .match
# A 等 tail that names enterprises, not projects (…、万达购物中心等大型商贸企业做大做强).
FIRMS = re.compile(
    f"等[^、，]{{0,8}}?(?:{alternation(words('list_words', 'word', role='firm_tail'))})"
    f"|等{GRADE.pattern}(?:{alternation(words('list_words', 'word', role='field_tail'))})"
)  # .match: enterprises (等大型商贸企业), or fields of work right after 等, perhaps graded (水利设施等重点领域)
# A 等 tail that says the pieces before it are kinds of a thing (…、健身步道等各类设施; 经开区、高新区等各类园区),
# not names, from the vocabulary; not 等一批, which follows names as often (“彩虹夜市”“归野橙市”等一批特色街区).
ALL_KINDS = re.compile(f"等(?:{alternation(words('list_words', 'word', role='all_kinds'))})")  # .match
GROUP_TAIL = re.compile(r"(?:等(?!研究院|教育|学校|院校|级)|(?<!高)等).*$")  # not the 等 of 高等研究院, 高等级
# 和, 、 or 以及 after a 等 tail that names its kind joins two lists, each with its own tail (加快曾家岩、红岩村等
# 跨江大桥和金凤、土主等穿山隧道建设; 加快延榆等5条高铁、眉太等13条高速…), the kind perhaps running on to a 项目 or
# 工程 of its work (…洪水河等大型灌区续建配套与现代化改造项目、山丹石沟河等防洪治理工程).
GROUPS_AND = re.compile(
    f"等[^、，和等]{{0,8}}?(?:{alternation(words('list_words', 'word', role='kind_tail'))})"
    f"(?:[^、，和等]{{0,14}}?(?:项目|工程))?{GROUP_COUNT}([和、]|以及)"
)
# Adverbs that end the words before a status phrase and belong to the status (相继建成投用, 全面投入使用), and
# a deadline, a month or a quoted holiday before 前 (…首开区“十一”前建成运营, …快线11月底前通车), a year (包银高铁
# 2025年建成通车) or a lead of months (…治理工程提前4个月完工). The year, its digits grouped, is the one pattern
# `reports` reads again to date a mention by the year standing between its name and status.
DEADLINE_YEAR = re.compile(r"(?<![0-9])([0-9]{4})年")
DEADLINE = (
    r"(?:(?:“[^“”、，]{1,6}”|[0-9一二三四五六七八九十]{1,2}月(?:底|份|中旬|上旬|下旬)?)前"
    f"|{DEADLINE_YEAR.pattern}(?:底|内)?前?|提前[0-9一二三四五六七八九十]+个?月)"
)
STATUS_ADVERB = re.compile(f"(?:{alternation(words('list_words', 'word', role='status_adverb'))}|{DEADLINE})$")
# Words before 开放 that say how a place already open serves the public, no opening (常州博物馆、常州图书馆等重点场馆
# 延时开放; 推动公共图书馆、文化馆、美术馆等免费开放), from the vocabulary.
ACCESS = re.compile(f"(?:{alternation(words('list_words', 'word', role='access'))})开放$")  # .search
# Where or when, between the names and their status (…竖炉项目在湛江宝钢点火投产; …连接线分别于第一季度、第二季度开工).
ADVERBIAL = re.compile(r"(?:分别于[^，；。]{1,16}|[在于][^、，；。在于]{1,12})$")
# A stage of the work between the names and their status: the status is then of that stage, planning
# (凤合高速马坞至西寨段前期基本完成; 马塘货站物流园规划扎实推进).
STAGE_WORDS = tuple(words("list_words", "word", role="stage"))
STAGE = re.compile(f"(?:{alternation(STAGE_WORDS)})$")
# A first step of the names joined by 并 to the status closing their clause (…获批为国家级新区并全面启动规划建设).
FIRST_STEP = re.compile(alternation(words("list_words", "word", role="first_step")))
# An opening verb of haste (加快…规划建设): the works a planning-and-building phrase closes are under way.
HASTENING = re.compile(alternation(words("list_words", "word", role="hastening")))
# A topic that opens a clause before its verb (交通建设方面重点抓好渭武高速…), from the vocabulary.
ENUMERATOR = re.compile(ENUMERATOR_WORDS)  # 一是…, （19）…
TOPIC = re.compile(  # or a sector named right before a verb of focus (现代服务业重点推进…): the openers of 重点, 突出
    f"[^、，；。]{{1,8}}?(?:{alternation(words('list_words', 'word', role='topic_end'))}"
    f"|(?=(?:{alternation(p for p, _ in status_phrases('opens') if p.startswith(('重点', '突出')))})))"
)
# A place word that opens a name or a clause: a town, township or street (张家湾镇, 于家务乡, 通运街道; not
# 乡镇, 乡村, 城镇化), a named town or new district (张家湾设计小镇, 南部新城, 雄安新区; not a 高新区), a functional
# area, also written alone (运河商务区, 文化旅游区, 文旅区), or a town's bare name of two characters before a
# quoted name (台湖“环影宿游”示范片区). Its words are not joined by 和, 与, 及 or 的 (区级和街道).
_WORD = r"(?:(?![和与及的])[\u4e00-\u9fff])"


def _place_words() -> str:
    """The place words of `place_words.csv` as one alternation: suffixes that allow the same count of
    characters before them share one branch, so that the shortest place word wins."""
    branches: dict[tuple[str, str], list[str]] = {}
    for row in rows("place_words"):
        not_after = f"(?<![{row['not_after']}])" if row["not_after"] else ""
        not_before = f"(?![{row['not_before']}])" if row["not_before"] else ""
        branches.setdefault((row["min_chars"], row["max_chars"]), []).append(
            not_after + re.escape(row["suffix"]) + not_before
        )
    return "|".join(f"{_WORD}{{{low},{high}}}?(?:{'|'.join(ends)})" for (low, high), ends in branches.items())


# A national or provincial grade before a quoted name is no town (国家“川猪”特色优势产业集群项目).
PLACE = re.compile(f"{_place_words()}|(?!{TITLE_GRADE.pattern}){_WORD}{{2}}(?=“)")  # .match; see _place
# What follows a place word when it only says what kind of thing stands there, so that the place stays in
# the name (潞城镇城中村改造项目, 潞城镇区域养老服务中心, 文旅区中小学, 运河商务区启动区, 钱江新城二期).
KIND_ONLY = re.compile(
    f"(?:{alternation(words('kind_words', 'word', role='modifier'))})*"
    f"(?:{alternation(words('kind_words', 'word', role='head'))}|[一二三四五六七八九十]期)"
)  # .fullmatch
# A batch opening a list, whose pieces then describe one group (一批打基础、利长远、调结构的高质量项目).
BATCH = re.compile("一大?批")  # .match
# A field of work written alone, which names no project even before a kind (交通、能源、水利等重大项目), perhaps graded.
SECTOR = re.compile(f"{GRADE.pattern}(?:{alternation(words('list_words', 'word', role='sector'))})")  # .fullmatch
# A count opening a piece, which makes it an unnamed group: 7个棚改项目, 第二批…, 第三期项目 (a plan's phase of many
# projects), 三大文化设施 (not 五大道公园: 大道; not 二期, a phase of the project named before), or a length, an area,
# a count of households (1.5万公里农村公路安防工程, 2万户偏远农牧户) or a capacity of power (5万千瓦风电, 400万千瓦光伏;
# not a grade, 100兆瓦级…, nor a capacity after the name's place, 通渭40万千瓦风电场).
COUNTED = re.compile(
    r"(?:全[省市区县州])?[0-9.零〇一二两三四五六七八九十百千万]+[余多]?"
    r"(?:[个座所家处条项批户亩]|(?:平方)?(?:公里|米)|[千兆]瓦(?!级))"
    r"|第[一二三四五六七八九十]+[批期]"
    r"|[两二三四五六七八九十]大(?!道)(?=[\u4e00-\u9fff])"
)  # .match
# A count of things ending a list of two or more with no 等 (中小学、幼儿园52所, 民用机场、通用机场各2个): it counts
# kinds of things, for names would be counted after a 等 tail naming their kind (甲乙、丙丁等2所学校).
GROUP_END_COUNT = re.compile(r"(?<![0-9.])各?(?:[0-9]+|[两二三四五六七八九十百千]+)[余多]?[个座所家处项]$")  # .search
# A count in digits or a round word (上百个), of a group within a scope (市区17条道路): see `_scoped_count`.
SCOPED_COUNT = re.compile(r"(?:(?<![0-9.])[0-9]+|上百|上千|数十|数百)[余多]?[个座所家处条项批户]")
# A city's role, a centre of a field, perhaps scoped (国际消费中心, 全国文化中心, 先进制造业中心), or a title it holds
# (国家全域旅游示范区, 跨境电商综合试验区): no work.
CITY_ROLE = re.compile(
    f"(?:{alternation(words('list_words', 'word', role='role_scope'))})*"
    f"(?:{alternation(words('list_words', 'word', role='city_role'))})"
)  # .fullmatch
# Words that, ending a piece, make it a stretch of land along a work, no work itself (海河沿线, 八通线沿线).
STRETCH = re.compile(f"(?:{alternation(words('list_words', 'word', role='stretch'))})$")  # .search
# Words ending a piece in 互通 that say things are linked, no interchange (交通基础设施互联互通, 园林绿道互连互通,
# 城市群设施互通, 高速公路“互联互通”), from the vocabulary; a road's named interchange is a work (绕城公路徐庄互通).
LINKED = re.compile(f"(?:{alternation(words('list_words', 'word', role='linked'))})”?$")  # .search
# A programme named by a code of numbers in quotes (“121”工程, 服务业高质量发展“百千万”工程, “双十”工程): no work.
CODED_PROGRAMME = re.compile(r"“[0-9A-Z＋+一二两三四五六七八九十百千万亿双个]+”(?:工程|项目)$")  # .search
# A quoted list of several words in a name (“千村示范、万村提升”工程, “欢乐潇湘”“送戏曲进万村、送书画进万家”), or
# quoted words in a row, perhaps joined by 和 (“贵州技工”“黔菜师傅”, 协同区“后花园”和“菜篮子”基地): a slogan of a
# programme or a figure of speech, no work; the list's 、 splits no pieces (`_pieces`).
SLOGAN = re.compile("“[^“”]*、[^“”]*”|”和?“")  # .search
# Words that make a piece holding one a group, no work (提升一批大中型演艺场馆, 建设各类园区), from the vocabulary.
GROUP_WORD = re.compile(alternation(words("list_words", "word", role="group_word")))  # .search
# A name quoted whole (建设“天府中央法务区”, 规划建设“开源鸿蒙超高清产业园”, “太行一号国家风景道”全线通车): five
# characters or more ending in a name ending of two or more; not a programme's (“宁夏全域智慧安全工程”), nor a
# code of counts (“一枢纽四中心”, “三中心”; not 一号), nor a term of a few words (“口袋公园”, “智慧口岸”, “工业上楼”).
QUOTED_WHOLE = re.compile(
    r"(?![^“”]*[0-9一二两三四五六七八九十百千万](?![0-9号]))[^“”、，]{3,}"
    f"(?:{alternation(e for e in words('name_endings', 'ending') if len(e) >= 2 and e not in ('工程', '项目'))})"
)  # .fullmatch
# A code of counts of works in quotes, two or more (“两馆六中心”, “一场两馆”, 合成生物“一城三园”): a bundle of works
# named as one, a project; not a single count (“三中心”, “四路”并进), nor counts of 个 (“四个中心”), 双 or
# of other words (“一带一路”, “两库八级”).
CODED_WORKS = re.compile(
    f"(?:[一二两三四五六七八九十]+(?:{alternation(words('list_words', 'word', role='coded_work'))})){{2,}}"
)  # .fullmatch
# A count inside a name, of a group of its parts, that ends the name (轨道交通22号线通州段5座车站).
INNER_COUNT = re.compile(r"[0-9零〇一二两三四五六七八九十百千万]+[余多]?[个座所家处条项]")  # .search


@dataclass(frozen=True, slots=True)
class Mention:
    """A project mention: the name and status words as written, with offsets into the text, and the words
    that say what kind of project its list names (`head`), for a name that does not say it itself (津沧)."""

    name: str
    name_start: int
    name_end: int
    status_text: str
    status_start: int
    status_end: int
    status: str
    quote: str
    char_start: int
    char_end: int
    head: str = ""  # the head noun the name shares with its list: a 等 tail (等高速公路) or the last name
    location: str | None = None  # the place word opening the name or its clause (张家湾镇六小村安置房: 张家湾镇)


# The same orders as alternations, so that one regex call (in C) replaces a loop over the phrases: a
# search anchored at the end finds the leftmost, so the longest, status phrase; a match at a position
# takes the first verb in PREFIX_ORDER that fits, as the loop did.
SUFFIX_RE = re.compile(f"(?:{by_first_character((p, _phrase_pattern(p)) for p, _ in SUFFIX_ORDER)})\\Z")
SUFFIX_OF = dict(reversed(SUFFIX_ORDER))  # the first status listed for a phrase wins
GAPPED = [(re.compile(_phrase_pattern(p)), s) for p, s in SUFFIX_ORDER if GAP in p]  # .fullmatch
# How far back from a clause's end a status phrase can start: the longest phrase, each gap at its widest.
SUFFIX_REACH = max(len(p.replace(GAP, "")) + GAP_WIDTH * p.count(GAP) for p, _ in SUFFIX_ORDER)
# The characters a status phrase can end in (none ends in a gap), so that most ends are ruled out by one test.
SUFFIX_LAST = frozenset(p[-1] for p, _ in SUFFIX_ORDER) if not any(p.endswith(GAP) for p, _ in SUFFIX_ORDER) else None
PREFIX_RE = re.compile(by_first_character((v, re.escape(v)) for v, _ in PREFIX_ORDER))
PREFIX_OF = dict(reversed(PREFIX_ORDER))
STEPS = (*VERBS, *(p for p, _ in SUFFIX_ORDER if GAP not in p))  # for str.startswith: a verb or a status


# A clause that names what it will make of its projects: 把 or 将, the names, then a verb of making
# (把湛江港区打造成…综合枢纽), from the vocabulary.
MAKING_WORDS = words("list_words", "word", role="making_verb")
MAKING_VERBS = alternation(MAKING_WORDS)
MAKING = re.compile(
    f"({alternation(words('list_words', 'word', role='object_marker'))})[^，。；]*?({MAKING_VERBS})"
)  # .match
# Where a clause can hold a mention: an opening verb anywhere in it, or a status phrase ending it (each
# branch opens with its word, so that the search skips in C to the characters that can start one, and
# tries there only the words that open with that character).
# A status phrase may also end a list piece before 、 (甲乙高铁通车、成为…): `_status_pause` reads it there.
_CLAUSE_END = rf"(?=[{re.escape(CLAUSE_BREAKS)}、]|\Z)"
STATUS_WORD = re.compile(
    by_first_character(
        [
            *((v, re.escape(v)) for v, _ in PREFIX_ORDER),
            *((v, re.escape(v)) for v in MAKING_WORDS),  # .search: only where a word starts matters
            *((p, _phrase_pattern(p) + _CLAUSE_END) for p, _ in SUFFIX_ORDER),
        ]
    )
)


def _suffix_status(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(the status phrase ending text[start:end], as written, and its status), or None; looked for only
    within reach of the end, so that a long list costs no more than a short one."""
    if SUFFIX_LAST is not None and text[end - 1 : end] not in SUFFIX_LAST:
        return None  # no phrase ends in the last character (or there is none)
    found = SUFFIX_RE.search(text, max(start, end - SUFFIX_REACH), end)
    if found is None:
        return None
    words = found.group()
    status = SUFFIX_OF.get(words) or next(s for pattern, s in GAPPED if pattern.fullmatch(words))
    return text[_chained(text, start, found.start()) : end], status


def _chained(text: str, start: int, first: int) -> int:
    """Where the status phrases that end at `first`, one after another, begin (牡佳客专通车运行: 通车 before
    运行), or `first`: two closing phrases in a row are one status, the last one's; not a building work, nor a
    stage, whose status the caller reads as planned (…西寨段前期基本完成: 前期 is a stage, not a status)."""
    while (before := SUFFIX_RE.search(text, max(start, first - SUFFIX_REACH), first)) and not (
        BUILDING.fullmatch(before.group()) or STAGE.fullmatch(before.group())
    ):
        first = before.start()
    return first


PHASE = re.compile("[一二三四五六七八九十]+期")  # .fullmatch: a bracketed note naming a phase (智慧交通（一期）)
PIECE_MARKS = re.compile("[、（(）)“”]|以及")  # 以及 joins the last pieces as 、 does (…城际铁路以及宁淮、…铁路)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of text[start:end] split at 、 or 以及 outside brackets and quotes (城南水网（台马片区、于永片区）
    and “千村示范、万村提升”工程 stay whole) and not between numbers (陆丰核电5、6号机组),
    made one at a time, so that a list of any length costs no memory."""
    depth, begin = 0, start
    for mark in PIECE_MARKS.finditer(text, start, end):  # only the characters that split or nest
        char, index = mark.group(), mark.start()
        if char in "（(“":
            depth += 1
        elif char in "）)”":
            depth = max(depth - 1, 0)  # a stray closing mark stops no split after it
        elif depth == 0 and not _between_digits(text, index):
            yield begin, index
            begin = mark.end()
    yield begin, end


def _between_digits(text: str, index: int) -> bool:
    """Whether the 、 at `index` joins two numbers of one name (陆丰核电5、6号机组) rather than two names; not the
    numbers of lines, each one a line of its own (地铁12、14、16号线: 地铁12, 14, 16号线)."""
    if not (0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()):
        return False
    return LINE_NUMBERS.match(text, index + 1) is None


# The numbers of lines after a 、, each a line of its own: 12、14、16号线 (its …14、16号线).
LINE_NUMBERS = re.compile("[0-9]+(?:、[0-9]+)*号线")  # .match


def _names(text: str, start: int, end: int, kinded: bool = False, listed: bool = False) -> Iterator[tuple[int, int]]:
    """The spans of the 、-separated names in text[start:end], a 等… tail removed.

    Each piece must end as names do; earlier pieces of a list whose last piece does may share its head
    noun (北咨、北建院总部), unless a description with 的 opens that piece (总投资超百亿元、全长66公里的…: they
    describe it), and where the caller reads a list before its status (`listed`), the last piece of a list whose
    other pieces all end as names is one too (首旅集团总部、保障房中心总部、北规院), unless it ends in an adverb of
    the status (北京朝阳站、北京丰台站相继建成投用). When the head is written once for all of them after 等
    (京津塘、津沧、兴港等高速公路) or the caller saw it in the 项目建设 tail of a list (`kinded`), every piece is a
    name; not so after a class of projects (等6大类更新项目), nor for a lone word before 工程建设
    (推进重大工程建设). A piece that opens with a count is an unnamed group (7个棚改项目), not a name; a count
    after a name ends it (轨道交通22号线通州段5座车站); a kind of thing written alone (学校, 园区) is no name and
    lends its list no head noun (`_bare`); a field of work written alone in a list of two or more (航空、铁路口岸)
    makes every piece a kind of thing.
    """
    if tail := GROUP_TAIL.search(text, start, end) or _count_tail(text, start, end):
        if FIRMS.match(text, tail.start(), tail.end()) or ALL_KINDS.match(text, tail.start(), tail.end()):
            return  # 居然之家、万达购物中心等大型商贸企业: enterprises; …健身步道等各类设施: kinds; no projects
        end = tail.start()
        of_class = text.find("类", tail.start(), tail.end()) >= 0 or DESIGNATION.match(text, tail.start(), tail.end())
        kinded = not of_class and (kinded or bool(KIND_TAIL.search(text, tail.start(), tail.end())))
    if not kinded and not ENDING_WORD.search(text, start, end) and not CODE_OPENING.search(text, start, end):
        return  # no piece can end as names do, and no kind word makes them names: most lists after a verb
    last_start, last_end = deque(_pieces(text, start, end), maxlen=1)[0]
    if last_start > start and _batch(text, start, end):
        return  # 一批打基础、利长远、补短板的项目: the list describes one group
    if last_start > start and any(SECTOR.fullmatch(text, low, high) for low, high in _pieces(text, start, end)):
        return  # 航空、铁路口岸; 电源、电网、储能、天然气管网等…: a field written alone makes its list one of kinds
    kinded = kinded and (tail is not None or last_start > start)
    shared_head = kinded or (last_start > start and _lends_head(text, last_start, last_end))
    listed = listed and last_start > start and not STATUS_ADVERB.search(text, last_start, last_end)
    listed = listed and _all_named(text, start, last_start - 1, 1 if tail else 2)
    for low, high in _pieces(text, start, end):
        low = LEADING_WORDS.match(text, low, high).end()  # type: ignore[union-attr]  # it matches ""
        low = verb.end() if (verb := WORK_VERB.match(text, low, high)) else low  # 新建聊城机场: 聊城机场
        high = _before_count(text, low, high)
        pairs = _split_and(text, low, high, kinded, shared_head)
        opened = GROUP_WORD.search(text, low, min(high, low + 4))  # 新一批甲乙枢纽和丙丁基地: a group, both
        grouped = len(pairs) > 1 and opened is not None and opened.start() <= low + 1
        for name_low, name_high in pairs:
            bare = _bare(text, name_low, name_high) or _graded_kind(text, name_low, name_high)
            named = (_named(text, name_low, name_high) and not bare) or shared_head or (listed and high == last_end)
            named = named and not bare  # 停车场、…等基础设施; …起步区和重点片区: a kind of thing names no project
            counted = bool(COUNTED.match(text, name_low, name_high) or _group_word(text, name_low, name_high))
            scoped = last_start == start or high != last_end  # a list's only piece, or one before its last
            counted = counted or grouped or (scoped and _scoped_count(text, name_low, name_high))
            line = text[name_low:name_high].isdigit()  # a line's number before a shared 号线 (12、14、16号线: 14)
            if (name_high - name_low > 1 or line) and named and not _no_work(text, name_low, name_high) and not counted:
                yield name_low, name_high


def _batch(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with 一批, perhaps after a verb of physical works (改造一批商贸中心、步行街),
    so that the batch describes the whole list; not after one of improvement (提升一批…), which may be its piece's."""
    verb = WORK_VERB.match(text, start, end) or PREFIX_RE.match(text, start, end)
    first = verb.end() if verb and (verb.re is WORK_VERB or verb.group() in WORKS_VERBS) else start
    return BATCH.match(text, first, end) is not None


def _group_word(text: str, start: int, end: int) -> bool:
    """Whether a group word makes text[start:end] an unnamed group (提升一批大中型演艺场馆, 县域5大临床服务中心):
    not one inside a work's name ending in 工程, after words of its own and before no count (中部引黄县县域配套工程:
    the counties' named water work)."""
    found = GROUP_WORD.search(text, start, end)
    if found is None:
        return False
    inside = found.start() > start and not COUNTED.match(text, found.end(), end)
    return not (inside and text.endswith("工程", start, end))


def _scoped_count(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a list's only piece or one before its last, counts a group after a few words of
    scope that end as no name does (市区17条道路, 南部乡镇44个…项目, 北苑高架桥下5座停车场, 改造41所…学校; 市区51个
    拆墙透绿工程、…); not a count inside quotes (“117项目”核心区) nor after a name (轨道交通22号线通州段5座车站:
    `_before_count`); the caller leaves a list's last piece alone, where a count of the list may stand (龙岗、坪山、
    光明3个高中园)."""
    count = SCOPED_COUNT.search(text, start, min(end, start + 9))
    if count is None:
        return False
    return not _named(text, start, count.start()) and "“" not in text[start : count.start()]


def _lends_head(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a list's last piece, lends the pieces before it its head noun: it ends as names do
    and is no kind written alone, no work at all (a programme: …“壮腰”、高中“筑梦”三大工程; a title bid for: 甲乙、
    丙丁创建国家级旅游度假区) and no thing a description with 的 opens (总投资超百亿元、全长66公里的…三环路: the pieces
    before it describe it)."""
    return (
        _named(text, start, end)
        and not _bare(text, start, end)
        and not _no_work(text, start, end)
        and text.find("的", start, end) < 0
    )


def _no_work(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], though it ends as a name may, names no work: a programme of policy (文化惠民工程,
    “121”工程), a field of work written alone (交通、能源等项目), a title bid for (…创建5A级景区) or a city's role
    (国际消费中心)."""
    return bool(
        PROGRAMME.search(text, start, end)
        or SECTOR.fullmatch(text, start, end)
        or BID.search(text, start, end)
        or CITY_ROLE.fullmatch(text, start, end)
        or CODED_PROGRAMME.search(text, start, end)
        or STRETCH.search(text, start, end)
        or LINKED.search(text, max(start, end - 5), end)
        or SLOGAN.search(text, start, end)
    )


def _count_tail(text: str, start: int, end: int) -> re.Match[str] | None:
    """A count of the names before it and their kind ending a list of two or more (通定、定临、陇漳三条地方高速), the
    tail a 等 would open, or None."""
    tail = COUNT_TAIL.search(text, start, end) or _coded_tail(text, start, end)
    return tail if tail and text.find("、", start, tail.start()) >= 0 else None


# A quoted code right after a list's last name (…合作区、…产业园、…产业园“一区两园”): see `_coded_tail`.
CODED_TAIL = re.compile(  # .search: two to four numbers, each before a word of one character
    "(?<=[^“”、，])“(?:[一两二三四五六七八九]+[^“”、，0-9一两二三四五六七八九十]){2,4}”$"
)
CODE_NUMBERS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _coded_tail(text: str, start: int, end: int) -> re.Match[str] | None:
    """A quoted code ending text[start:end] whose numbers add up to the count of the list's names before it
    (甲乙区、丙丁园、戊己园“一区两园”: 1 + 2 = 3), the list's count as a code, or None (省级园区“五通一平”)."""
    code = CODED_TAIL.search(text, start, end)
    if code is None:
        return None
    total = sum(CODE_NUMBERS.get(char, 0) for char in code.group())
    return code if total == text.count("、", start, code.start()) + 1 else None


def _bare(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a kind of thing written alone (学校, 园区), perhaps graded (重点片区, 重大项目), and
    so no name (启动区 is one: `ALONE`); a part that continues the name before it is not (…一期投产、二期开工)."""
    kind = GRADE.match(text, start, end).end()  # type: ignore[union-attr]  # it matches ""
    whole = NAME_ENDINGS.match(text, kind, end) is not None and EXTENSION.fullmatch(text, kind, end) is None
    return whole and text[kind:end] not in ALONE


def _graded_kind(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends in graded projects or works after words of their scope or aim (智能化升级重点
    项目, “十四五”重大工程): a group of them, no name; not a graded laboratory or facility (全国重点实验室)."""
    return GRADED_GROUP.search(text, start + 1, end) is not None


def _grouped_names(
    text: str, start: int, end: int, kinded: bool = False, listed: bool = False
) -> Iterator[tuple[int, int]]:
    """The names of text[start:end] read as one list, or as several where 和 joins lists that each end in
    a 等 tail naming their kind (A、B等跨江大桥和C、D等穿山隧道); none at once, in two searches, when no word that
    ends names stands in it, no 等 tail and no kind word (`_names` would find none: most lists after a verb),
    nor when a count with no 等 ends the list (`GROUP_END_COUNT`)."""
    counted = text.find("、", start, end) >= 0 and GROUP_END_COUNT.search(text, start, end) is not None
    if counted and not GROUP_TAIL.search(text, start, end):
        return iter(())  # 建设中小学、幼儿园52所: a list counted as a whole is one of kinds of things
    if kinded or GROUP_TAIL.search(text, start, end) or ENDING_WORD.search(text, start, end):
        return _lists(text, start, end, kinded, listed)
    if CODE_OPENING.search(text, start, end):
        return _lists(text, start, end, kinded, listed)  # “三校一院”: perhaps a code of counts of works
    return iter(())


def _lists(text: str, start: int, end: int, kinded: bool, listed: bool) -> Iterator[tuple[int, int]]:
    """The names of each list of text[start:end] (see `_grouped_names`)."""
    for joint in GROUPS_AND.finditer(text, start, end):
        yield from _names(text, start, joint.start(1), kinded, listed)
        start = joint.end()
    yield from _names(text, start, end, kinded, listed)


def _before_count(text: str, start: int, end: int) -> int:
    """The end of the name in text[start:end]: before a count of a group of its parts, both named
    (轨道交通22号线通州段5座车站: 轨道交通22号线通州段; not 中试基地10家以上), else `end`."""
    count = INNER_COUNT.search(text, start + 1, end)
    if count and _named(text, start, count.start()) and _named(text, count.end(), end):
        return count.start()
    return end


def _all_named(text: str, start: int, end: int, least: int) -> bool:
    """Whether text[start:end] holds at least `least` 、-separated pieces and each ends as names do."""
    count = 0
    for low, high in _pieces(text, start, end):
        if not _named(text, low, high):
            return False
        count += 1
    return count >= least


def _named(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends as project names do; one that ends in a bracketed note, when what precedes
    the note does or the note is a phase or a part (通运东路（中段）, 智慧交通（一期）, …设施（深圳分中心）; not
    各区县（市）, 住房3.05万套（间）); one that ends in a quoted word, when the word ends so and what it is part of
    does too (北投台湖文化演艺产业园“8字楼”), not a slogan (城中村改造“三大工程”)."""
    if end > start and text[end - 1] == "）" and (note := text.rfind("（", start, end)) > start:
        inside = PHASE.fullmatch(text, note + 1, end - 1) or NAME_ENDINGS.search(text, note + 1, end - 1)
        return inside is not None or _named(text, start, note)
    if end > start and text[end - 1] == "”":
        opening = text.rfind("“", start, end)
        if opening < start:  # no opening quote inside the piece (rfind gives -1): never scan from the text's start
            return False
        if CODED_WORKS.fullmatch(text, opening + 1, end - 1):
            return PREFIX_RE.search(text, start, opening) is None  # “两馆六中心”, 合成生物“一城三园”; not 完成“…”
        if opening == start:
            return QUOTED_WHOLE.fullmatch(text, opening + 1, end - 1) is not None  # “天府中央法务区”
        before, inside = NAME_ENDINGS.search(text, start, opening), NAME_ENDINGS.search(text, opening + 1, end - 1)
        return before is not None and inside is not None
    if NAME_ENDINGS.search(text, start, end):
        return True
    if end > start and text[end - 1] in ROAD_LAST and ROAD_END.search(text, start, end):
        return True  # 国道G219: a road's number
    return _serving(text, start, end)


def _serving(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a name, a `serving` word (及配套) and what serves the work, named in two
    characters or more (甲乙气化站及配套管道: one name, as annotators write it)."""
    joint = SERVING.search(text, start, end)
    return joint is not None and joint.start() > start and end - joint.end() >= 2 and _named(text, start, joint.start())


def _split_and(text: str, low: int, high: int, kinded: bool, shared: bool = False) -> tuple[tuple[int, int], ...]:
    """text[low:high] as one name, or two where 和 joins two names (启动区和昝岗片区), each ending as names do
    (or the list being `kinded`, or the second sharing the head noun of its list: 黄茅海通道和信丰至南雄、
    龙川至寻乌高速公路), and the second does not continue the first (北三环西延和东延工程); a 和 after a single
    character is part of a word (协和天津基地)."""
    joint = text.find("和", low, high)
    while joint >= 0 and any(text.startswith(w, joint - w.index("和")) for w in AND_WORDS):
        joint = text.find("和", joint + 1, high)  # the 和 of a word (碳中和) joins nothing
    if joint < 0:
        return _split_also(text, low, high, kinded or shared)
    if joint <= low + 1 or joint + 1 >= high or EXTENSION.match(text, joint + 1, high):
        return ((low, high),)
    left_named = kinded or _named(text, low, joint) or _abbreviated(text, low, joint, high)
    if left_named and (kinded or shared or _named(text, joint + 1, high)):
        return (low, joint), (joint + 1, high)
    return ((low, high),)


def _split_also(text: str, low: int, high: int, listed: bool = False) -> tuple[tuple[int, int], ...]:
    """text[low:high] as one name, or two where 及 joins two works each named in full (甲乙2号线及丙丁1号线延伸线),
    or a work named in full and the first piece of a list whose head noun is written once after it (`listed`:
    徐大堡核电及清原、庄河等抽水蓄能电站, …齐海满高铁及两伊、临哈铁路改造); not a part or what serves the first
    (甲乙站及东西广场, 甲乙气化站及配套管道)."""
    joint = text.find("及", low, high)
    if joint <= low + 1 or SERVING.match(text, joint, high):
        return ((low, high),)
    if _named(text, low, joint) and (
        (_named(text, joint + 1, high) and ALSO_NAMED.search(text, joint + 1, high)) or (listed and high - joint > 2)
    ):
        return (low, joint), (joint + 1, high)
    return ((low, high),)


def _abbreviated(text: str, low: int, joint: int, high: int) -> bool:
    """Whether text[low:joint] is a short name sharing the head noun of the name after 和, written as long as that
    name's own words before it (阳运和安沁高速: 阳运 as 安沁)."""
    ending = NAME_ENDINGS.search(text, joint + 1, high)
    return ending is not None and 2 <= joint - low <= 3 and joint - low == ending.start() - joint - 1


def _quote_span(left: int, right: int, name_start: int, name_end: int, status: tuple[int, int]) -> tuple[int, int]:
    """The quote: the clause, cut to the name and its status words when it is overlong; in a list too long
    for prose (no report has one), the name alone, so that memory stays linear in the length of the list."""
    low, high = min(name_start, status[0]), max(name_end, status[1])
    if high - low > MAX_QUOTE:
        return name_start, name_end
    return bounded(left, right, low, high)


def _mention(
    text: str,
    name: tuple[int, int],
    words: str,
    words_span: tuple[int, int],
    state: str,
    quote: tuple[int, int],
    head: str,
    location: str | None,
) -> Mention:
    """The Mention of the name at `name` with its status words (`words`, at `words_span`), state, quote span,
    head and place: the one construction of its fields; a quote that is the name alone shares the name's string."""
    named = text[name[0] : name[1]]
    quoted = named if quote == name else text[quote[0] : quote[1]]
    return Mention(
        name=named, name_start=name[0], name_end=name[1], status_text=words, status_start=words_span[0],
        status_end=words_span[1], status=state, quote=quoted, char_start=quote[0], char_end=quote[1], head=head,
        location=location,
    )  # fmt: skip


def _head(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the words naming the kind of project listed in text[start:end]: its 等 tail, else its
    last name (乌拉哈达、娄里、青山水库: 青山水库)."""
    if tail := GROUP_TAIL.search(text, start, end):
        return tail.start(), tail.end()
    return deque(_pieces(text, start, end), maxlen=1)[0]


def _kind_word_kept(names: Iterator[tuple[int, int]], high: int, width: int, text: str) -> Iterator[tuple[int, int]]:
    """`names`, the one ending at `high` running `width` characters on when it is no name by itself, a
    bracketed note looked through: the 项目 of a 项目建设 tail is then part of it (环球主题公园后续项目,
    智慧交通（二期）项目), not after a whole name (减河北综合资源利用中心（一期）)."""
    for low, end in names:
        note = text.rfind("（", low, end) if text[end - 1] == "）" else -1
        whole = _named(text, low, note if note > low else end)
        yield low, end + width if end == high and not whole else end


def _nonempty(spans: Iterator[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """`spans` again, or () when it yields nothing, so that the caller can test it without a list."""
    first = next(spans, None)
    return () if first is None else itertools.chain((first,), spans)


def mentions(text: str, start: int = 0, end: int | None = None, clauses: Clauses | None = None) -> list[Mention]:
    """Every project mention the shapes above find in text[start:end] (whose `clauses` the caller may have
    indexed already), in text order."""
    start, end = checked_range(text, start, end)
    clauses = Clauses(text, start, end) if clauses is None else clauses
    found: list[Mention] = []
    for left, right in _status_clauses(text, start, end, clauses):
        mentions_here = _clause_mentions(text, left, right)
        found += mentions_here
        if mentions_here and text.startswith("，", right) and _opened_to_end(text, mentions_here[-1], right):
            found += _continued(text, mentions_here[-1], right, end, clauses)
    return found


def _opened_to_end(text: str, last: Mention, right: int) -> bool:
    """Whether `last`, a clause's last mention, is one of names an opening verb governs up to the clause's end (重点实施
    甲乙等526个产业项目，…: the names run on, perhaps after a 等 tail or their building work)."""
    if last.status_end > last.name_start:
        return False  # names before their status (甲乙建成投用): the status closes the list
    rest = text[last.name_end : right]
    return not rest or GROUP_TAIL.fullmatch(rest) is not None or rest in WORK_TAILS


def _continued(text: str, last: Mention, right: int, end: int, clauses: Clauses) -> list[Mention]:
    """The mentions of the clauses after `last`'s, each after a ，, that hold only names (and perhaps a 等 tail) and no
    status word: the opening verb before `last` governs them too (重点实施甲乙等526个产业项目，丙丁高速、戊己机场扩建等
    400个基础设施项目，…: one list in clauses, each with its tail); the first clause of anything else ends them."""
    found: list[Mention] = []
    words_span = last.status_start, last.status_end
    while text.startswith("，", right):
        low, high = clauses.around(right + 1)
        high = min(high, end)
        if high <= low or (STATUS_WORD.search(text, low, high) and _clause_mentions(text, low, high)):
            break  # a clause of its own status, read as one (or the text's end)
        tail = next((w for w in WORK_TAILS if text.endswith(w, low, high) and high - low > len(w)), "")
        names_end = high - len(tail)
        group_tail = GROUP_TAIL.search(text, low, names_end)
        if group_tail is None or not KIND_TAIL.search(text, group_tail.start(), names_end):
            break  # a list of its own kind (…等400个基础设施项目) runs on; a bare name or a verb's object does not
        pieces = sum(1 for _ in _pieces(text, low, group_tail.start()))
        names = list(_grouped_names(text, low, names_end, kinded=tail in KINDED_TAILS))
        if not names or len(names) < pieces:
            break  # a clause of prose, or of names and other words
        head = text[slice(*_head(text, low, names_end))]
        for piece_start, name_end in _own_names(text, iter(names)):  # not a kind its tail makes a name (老旧小区改造)
            location, name_start = _located(text, piece_start, name_end)
            quote = _quote_span(last.status_start, high, name_start, name_end, (last.status_start, high))
            found.append(
                _mention(text, (name_start, name_end), last.status_text, words_span, last.status, quote, head, location)
            )
        right = high
    return found


def _status_clauses(text: str, start: int, end: int, clauses: Clauses) -> Iterator[tuple[int, int]]:
    """The clauses of text[start:end] (between clause breaks) that hold a status word, in text order: the
    others hold no mention, so that a report's many clauses of prose cost one regex search."""
    position = start
    while found := STATUS_WORD.search(text, position, end):
        left, right = clauses.around(found.start())
        # no word that ends a name or names a kind, nor a road's number (加快建设国道G219): no mention
        if NAMING_WORD.search(text, left, right) or ROAD_WORD.search(text, left, right):
            yield MARKUP.match(text, left, right).end(), right  # type: ignore[union-attr]  # it matches ""
        position = right + 1


def _clause_mentions(text: str, left: int, right: int) -> list[Mention]:
    """The mentions of one clause: names before a status phrase that ends it, or after a verb that opens it; none
    in a clause that ends in how places already open serve the public (…等重点场馆延时开放)."""
    if ACCESS.search(text, max(left, right - 4), right):
        return []
    names, status_span, status, head_span, place = _suffix_shape(text, left, right)
    if not names and (pause := _status_pause(text, left, right)) < right:
        names, status_span, status, head_span, place = _suffix_shape(text, left, pause)
    if not names:
        names, status_span, status, head_span, place = _prefix_shape(text, left, right)
    if not names:
        names, status_span, status, head_span, place = _making_shape(text, left, right)
    status_text = text[status_span[0] : status_span[1]]  # one string shared by the clause's mentions
    head = text[head_span[0] : head_span[1]]
    found = []
    for piece_start, piece_end in names:
        location, name_start = _located(text, piece_start, piece_end)
        location = location or text[place[0] : place[1]] or None
        name_end, words_span, state = _own_status(text, name_start, piece_end) or (piece_end, status_span, status)
        words = status_text if words_span == status_span else text[words_span[0] : words_span[1]]
        quote = _quote_span(left, right, name_start, name_end, words_span)
        bored = state == "opened" and "贯通" in words and text.endswith(BORES, name_start, name_end)
        state = "topped_out" if bored else state
        found.append(_mention(text, (name_start, name_end), words, words_span, state, quote, head, location))
    return found


def _status_pause(text: str, left: int, right: int) -> int:
    """The first 、 of text[left:right] that follows a status phrase, where a predicate of the names goes on
    (…储能电站建成投运、是我国…最大的…电站; 巴拉素等10处煤矿建成、释放产能3145万吨), or `right`; a phrase of fewer
    than four characters only before words of more than one verb and no 等, which would make it one of a list of
    steps (甲乙项目落地、见效; …项目立项、组织实施、评价等机制)."""
    pause = text.find("、", left, right)
    while pause >= 0:
        length = len((_suffix_status(text, left, pause) or ("",))[0])
        if length >= 4 or (length and _predicate_after(text, pause + 1, right) and _list_named(text, left, pause)):
            return pause
        pause = text.find("、", pause + 1, right)
    return right


def _predicate_after(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], after a short status and its 、, goes on with a predicate of the names (释放产能
    3145万吨) rather than the next of a list of steps (见效; 组织实施、评价等机制): words beyond a verb's two
    characters before the next 、, and no 等."""
    pause = text.find("、", start, end)
    step = text.startswith(STEPS, start, end)  # 项目落地、投产达产为…: a second step, no predicate
    return (pause if pause >= 0 else end) - start > 2 and text.find("等", start, end) < 0 and not step


def _list_named(text: str, left: int, pause: int) -> bool:
    """Whether the pieces of text[left:pause] before its last all end as names do (a list of names before one
    status; not 坚持甲乙、坚持深化改革开放, a list of aims)."""
    last = text.rfind("、", left, pause)
    return last < 0 or _all_named(text, left, last, 1)


def _own_status(text: str, start: int, end: int) -> tuple[int, tuple[int, int], str] | None:
    """(end of the name, span of its status words, status) of a list piece that ends in a status of its own
    after a name (北运河堤防加固工程完工、潮白河…工程竣工: 完工), or None."""
    suffix = _suffix_status(text, start, end)
    if suffix and _striven(text, start, end):
        return None  # 落地实施, 获批, 健康发展 close a clause, not a piece: its names are read with its opening
    if suffix and _named(text, start, end - len(suffix[0])):
        return end - len(suffix[0]), (end - len(suffix[0]), end), suffix[1]
    if suffix and (staged := _staged(text, start, end - len(suffix[0]))):
        return staged, (staged, end), "planned"
    return None


def _place(text: str, start: int, end: int) -> int:
    """The end of the place word that opens text[start:end], or `start` when none does: a place word opens
    with no verb or adverb (推进新城重点地区, 全力推进丹河新城: no place)."""
    place = PLACE.match(text, start, end)
    if place is None or text.startswith(VERBS, start, end) or ADVERB.match(text, start, end):
        return start  # 全力推进丹河新城建设: an adverb, then a verb, open no place
    return place.end()


def _located(text: str, start: int, end: int) -> tuple[str | None, int]:
    """(the place word opening text[start:end], or None; where the name begins): after the place, unless
    nothing follows it or what follows only says what kind of thing stands there (潞城镇城中村改造项目)."""
    place_end = _place(text, start, end)
    if place_end in (start, end):
        return None, start
    return text[start:place_end], (start if KIND_ONLY.fullmatch(text, place_end, end) else place_end)


# names, status span, status, head span, and the span of a place word opening the clause
Shape = tuple[Iterable[tuple[int, int]], tuple[int, int], str, tuple[int, int], tuple[int, int]]
NO_SHAPE: Shape = ((), (0, 0), "", (0, 0), (0, 0))  # a clause of no such shape


def _suffix_shape(text: str, left: int, right: int) -> Shape:
    """华夏银行总部、北投总部建成投用: names (after a leading verb) before the status phrase ending the clause."""
    suffix = _suffix_status(text, left, right)
    if not suffix:
        return NO_SHAPE
    phrase, status = suffix
    status_span = (right - len(phrase), right)
    opening = _topic(text, left, right)
    unstriven = _striven(text, left, right) and not _striving(text, opening, right)
    if unstriven and _closing(text, left, right) not in CLOSING_NAMED:
        return NO_SHAPE  # 抓好…项目落地实施: no verb of striving opens the clause
    start = _leading(text, opening, right)  # where the names begin
    adverb = STATUS_ADVERB.search(text, start, status_span[0])  # 相继建成投用: the status's adverb
    names_end = _before_named(ADVERBIAL, text, start, adverb.start() if adverb else status_span[0])
    names_end = _before_joined(text, start, names_end)
    names_end = _before_named(BUILDING, text, start, names_end)  # 甲乙公园建设扎实推进: the building work
    names_end = _before_named(CREATING, text, start, names_end)  # 甲乙国家公园创建扎实推进: a park's creation
    if note := FOOTNOTE.search(text, start, names_end):  # 合作产业园[6]开工: a footnote's mark ends no name
        names_end = note.start()
    if staged := _staged(text, start, names_end):
        names_end, status_span, status = staged, (staged, right), "planned"
    elif status == "planned" and "建设" in phrase and HASTENING.match(text, opening):
        status = "in_progress"  # 加快…规划建设: planned and being built, pushed on
    # a list closed by a bare 等 before a stage of its work (…、引嫩济锡、乌兰察布城区供水等前期工作): works, whose
    # names need not end as names do, for only works have a stage of planning
    staged_list = text.startswith(STAGE_WORDS, status_span[0]) and text.endswith("等", start, names_end)
    names = _nonempty(_grouped_names(text, start, names_end, kinded=staged_list, listed=True))
    head = _head(text, start, names_end)
    if phrase in CLOSING_WORKS:
        names = _nonempty(_works(text, iter(names), head))
    if unstriven:  # 陕皖电力通道获批: only names of their own, uncounted
        names = _nonempty(_own_names(text, iter(names)))
    return names, status_span, status, head, (0, 0)


def _own_names(text: str, names: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The `names` that end as names do by themselves, count no group and are no title won or plan (see
    `CLOSING_NAMED`)."""
    own = (span for span in names if _named(text, *span) and not INNER_COUNT.search(text, *span))
    return (span for span in own if not _titled(text, *span))


def _striven(text: str, start: int, end: int) -> bool:
    """Whether the status phrase ending text[start:end] closes a clause freely only after a verb of striving (落地实施,
    获批)."""
    return _closing(text, start, end) in CLOSING_STRIVEN | CLOSING_NAMED


def _closing(text: str, start: int, end: int) -> str:
    """The status phrase ending text[start:end], as written, or ""."""
    found = SUFFIX_RE.search(text, max(start, end - SUFFIX_REACH), end)
    return found.group() if found else ""


def _titled(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], approved, is a title won or a plan (…示范区, …试点, …规划), not a work."""
    return TITLE_END.search(text, start, end) is not None


def _striving(text: str, start: int, end: int) -> bool:
    """Whether a verb of striving opens text[start:end], perhaps after an adverb (积极争取…, 力争…)."""
    return any(STRIVING.match(text, at, end) for at in _adverbs(text, start, end))


def _staged(text: str, start: int, end: int) -> int | None:
    """The end of the names before a stage word (前期, 规划) ending text[start:end], perhaps after their building
    work (甲乙片区改造提升规划), when they end as names do, or None."""
    stage = STAGE.search(text, start, end)
    if stage is None:
        return None
    names_end = _before_named(BUILDING, text, start, stage.start())
    return names_end if _named(text, start, names_end) else None


def _before_joined(text: str, start: int, end: int) -> int:
    """The end of the names in text[start:end]: before a first status or step joined by 并 to the clause's last
    (胶东调水工程建成并正式通水, 轨道交通五期获批并尽快开工建设), else `end`."""
    if end <= start or text[end - 1] != "并":
        return end
    if first := _suffix_status(text, start, end - 1):
        return end - 1 - len(first[0])
    step = FIRST_STEP.search(text, start, end - 1)
    return step.start() if step and _named(text, start, step.start()) else end


def _before_and_then(text: str, low: int, high: int) -> int:
    """The end of the names in text[low:high]: before 并 and a second verb, when what precedes 并 ends as
    names do (完成长泰枋洋水利枢纽工程并实现供水), else `high`."""
    joint = text.find("并", low, high)
    verb_after = joint > low and text.startswith(VERBS, joint + 1, high)  # not 并联, 并进
    return joint if verb_after and _named(text, low, joint) else high


def _topic(text: str, left: int, right: int) -> int:
    """The end of an enumerator (六是…) and a topic opening text[left:right] (能源建设方面…), or `left`."""
    if counted := ENUMERATOR.match(text, left, right):
        left = counted.end()
    found = TOPIC.match(text, left, right)
    return found.end() if found else left


def _before_named(words: re.Pattern[str], text: str, start: int, end: int) -> int:
    """The end of the names in text[start:end]: before the `words` closing it (where or when: …项目在湛江宝钢; the
    building work: 甲乙新城开发建设), when what precedes them ends as names do, else `end`."""
    found = words.search(text, start, end)
    return found.start() if found and _named(text, start, found.start()) else end


def _leading(text: str, start: int, end: int) -> int:
    """Where the names of text[start:end] begin after the leading verbs that open it, perhaps after an
    adverb (推动…, 积极推动…建设, 加快推进…); `start` when no leading verb opens it."""
    for at in _adverbs(text, start, end):
        if verbs := LEADING_RUN.match(text, at, end):  # verbs may follow one another (加快推进…精彩亮相)
            return verbs.end()
    return start


def _adverbs(text: str, start: int, end: int) -> Iterator[int]:
    """`start`, then the end of each adverb of a run opening text[start:end] (要全力争取…: 要, 全力)."""
    yield start
    while adverb := ADVERB.match(text, start, end):
        start = adverb.end()
        yield start


def _making_shape(text: str, left: int, right: int) -> Shape:
    """把湛江港区打造成…枢纽, 将甲乙街区、丙丁小镇建成…示范点: the names between 把 or 将 and a verb of making
    them into something, a project under way."""
    if MAKING.search(text, left, right) is None:
        return NO_SHAPE  # no 把 or 将 before a verb of making anywhere in the clause: most clauses, one search
    adverb = ADVERB.match(text, left, right)
    opening = MAKING.match(text, _leading(text, adverb.end() if adverb else left, right), right)
    if opening is None:
        return NO_SHAPE
    low, high = opening.end(1), opening.start(2)
    names = _nonempty(_grouped_names(text, low, high, listed=True))
    return names, (high, opening.end(2)), "in_progress", _head(text, low, high), (0, 0)


def _after_chain_verb(text: str, low: int, high: int) -> int:
    """Where the names of text[low:high] begin: after a verb of the work that follows the opening verb, when
    what is left still ends as names do (加快创建成都国家植物园; not 加快建设启动区), else `low`."""
    chain = CHAIN_VERB.match(text, low, high)
    return chain.end() if chain and _named(text, chain.end(), high) else low


def _prefix_shape(text: str, left: int, right: int) -> Shape:
    """建成华夏银行总部: names after a building verb that opens the clause, a trailing 建设/工程 word dropped;
    the verb may follow a place word, the clause's location (宋庄艺术创意小镇加快建设工艺美术产业集聚区)."""
    left = _topic(text, left, right)
    for opening, placed in _openings(text, left, right):
        found = PREFIX_RE.match(text, opening, right)
        if found is None:
            continue
        verb, status = found.group(), PREFIX_OF[found.group()]
        if RANK_BID.match(text, opening, right):
            continue
        opener = verb
        if verb in LEADING_VERBS and (then := _second_opener(text, found.end(), right)):
            verb, status = text[opening : then.end()], PREFIX_OF[then.group()]  # 推动开工建设…: the second says it
            opener = then.group()
        if (quality_end := _quality_end(text, opening, right, opener)) is None:
            continue
        right = quality_end
        clause = text[opening:right]
        tails = WORK_TAILS if clause.endswith(WORK_TAILS) else ()  # one call in C for a clause ending in none
        tail = next((w for w in tails if clause.endswith(w) and len(clause) > len(verb) + len(w)), "")
        low, high = opening + len(verb), right - len(tail)
        chained = low
        if opener not in QUALITY_VERBS:  # 提升好运角旅游度假区…: 好 opens the name, no verb of the work
            low = _after_chain_verb(text, low, high)
        named_end = group.start() if (group := GROUP_TAIL.search(text, low, high)) else high
        if low != chained and RANK_BID.match(text, chained, named_end):
            continue  # 加快创建国家生态文明示范区: a title bid for in the names after a verb of haste, as without it
        after: Iterable[tuple[int, int]] = ()
        if joined := WORK_AND.search(text, low, high):  # 推进A、B建设和C开采: the names end at their work
            after = _after_joined(text, joined.end(), high)
            tail, high = joined.group(1), joined.start()
        high = _before_and_then(text, low, high)
        if verb in GROUP_VERBS and not (GROUP_TAIL.search(text, low, high) or _count_tail(text, low, high)):
            continue
        if verb in COUNTED_VERBS and not _counted_kind(text, low, high):
            continue
        if verb in TAILED_VERBS and tail not in BUILDING_WORKS and not CREATING.search(text, low, right):
            continue  # 做好…建设, or a park's creation (做好…国家公园创建工作)
        if verb in UNGRADED_VERBS and TITLE_GRADE.match(text, low, high):
            continue
        first = tuple(_grouped_names(text, low, high, kinded=tail in KINDED_TAILS))
        found_names = itertools.chain(first, after if first else ())  # after a first list of names only
        kept = _kind_word_kept(found_names, high, 2 if tail in KINDED_TAILS else 0, text)
        head = _head(text, low, high)
        names = _nonempty(_works(text, kept, head) if verb in WORKS_VERBS else kept)
        status = FINISHED_TAILS.get(tail, status) if status == "completed" else status
        place = (left, opening) if placed else (0, 0)  # an adverb (持续推进…) is no place
        return names, (opening, low), status, head if names else (0, 0), place
    return NO_SHAPE


def _quality_end(text: str, opening: int, right: int, opener: str) -> int | None:
    """Where the names after a verb of improvement end: at the quality improved (提升…的保护和开发水平), None when the
    clause names none; `right` for any other verb."""
    if opener not in QUALITY_VERBS:
        return right
    quality = QUALITY_TAIL.search(text, opening, right)
    return quality.start() if quality else None


def _counted_kind(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends in a 等 tail that counts its names and names their kind of works
    (…等20大先进制造业园区, …等10大功能性工程)."""
    tail = GROUP_TAIL.search(text, start, end)
    return bool(tail and COUNTED_KIND.match(text, tail.start(), end) and KIND_TAIL.search(text, tail.start(), end))


def _second_opener(text: str, start: int, end: int) -> re.Match[str] | None:
    """An opening verb of the vocabulary right after a leading verb (推动开工建设…, 加快建成…), which says the status;
    not the start of a name (抓好启动区…) nor a closing phrase that only opens too (加快对外开放大通道建设)."""
    found = PREFIX_RE.match(text, start, end)
    if found is None or found.group() not in OPENING_VERBS:
        return None
    ending = ENDING_WORD.match(text, start, end)
    return None if ending and ending.end() > found.end() else found


def _after_joined(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The names of text[start:end] after the 和 that follows a first list's work, its own works dropped, one or
    more in a row: a second list under the same verb (完成甲乙公园建设和丙丁公园提质工程; …机场改扩建和蒙自、昭通、
    楚雄机场新建迁建), each piece ending as names do or sharing the head noun of a last piece that does (not …建设和
    《江右文库》编纂出版等重大文化工程); the caller takes them only after a first list of names."""
    while tail := next((w for w in WORK_TAILS if text.endswith(w, start, end) and end - start > len(w)), ""):
        end -= len(tail)  # its works, one or more in a row (…机场新建迁建)
    spans = list(_grouped_names(text, start, end))
    if spans and spans[-1][1] == end and _named(text, *spans[-1]):
        return iter(spans)  # a list whose last name lends the others its head noun (蒙自、昭通、楚雄机场)
    return (span for span in spans if _named(text, *span))


def _works(text: str, names: Iterator[tuple[int, int]], head: tuple[int, int]) -> Iterator[tuple[int, int]]:
    """The `names` whose longest ending names a physical work (西部陆海新通道 ends in 通道, not 道); a name with no
    ending of its own, that of its list's last name, whose head noun it shares (天水、夏河机场: 天水 as 机场)."""
    for low, high in names:
        ending = NAME_ENDINGS.search(text, low, high) or NAME_ENDINGS.search(text, *head)
        if ending and ending.group() in WORKS_ENDINGS:
            yield low, high


def _openings(text: str, left: int, right: int) -> Iterator[tuple[int, bool]]:
    """Where an opening verb may stand in text[left:right], each once, in the order tried, and whether a
    place word stands before it: at the start, after a place word, after an adverb, after a verb of intent
    (争取启动…) and an adverb after it (力争年内建成…); each found only when the ones before it gave no shape
    (most clauses open with their verb)."""
    yield left, False
    place_end = _place(text, left, right)
    if place_end != left:
        yield place_end, True
    adverb = ADVERB.match(text, left, right)
    after_adverb = adverb.end() if adverb else left
    if after_adverb not in (left, place_end):
        yield after_adverb, False
    leading = _leading(text, left, right)
    if leading not in (left, place_end, after_adverb):
        yield leading, False
    if (adverb := ADVERB.match(text, leading, right)) and adverb.end() not in (left, place_end, after_adverb, leading):
        yield adverb.end(), False  # an adverb after a verb of intent: 力争年内建成…
