"""Indicator classes found on reports nobody here tuned to (issue 20), each as examples of the genre: the sentence,
the number, its name. First those of three reports annotated by people who never saw the parser (harbin-2024,
huizhou-2023, sanming-2020, and the later jiamusi-2022, jincheng-2020, shenzhen-2023), then those found by reading
eight corpus reports nobody annotated."""

from __future__ import annotations

from collections import Counter

import pytest

from tongzhou_data.extract.indicators import REACHING, _unreached
from tongzhou_data.extract.targets import scan

NAMED = [
    # a comparison with the year before a verb of change (较上年提高, 比上年增长) is the basis of every yearly change, no
    # word of the name; a base year or time (比2013年, 较五年前) is said after the name in brackets
    ("地区生产总值比上年增长3.1%。", "3.1%", "地区生产总值增长率"),
    ("高考应届一本上线率较上年提高8.1个百分点。", "8.1个百分点", "高考应届一本上线率提高"),
    ("全市PM2.5平均浓度比2013年下降46.8%。", "46.8%", "PM2.5平均浓度下降率（较2013年）"),
    ("优良天数281天、比2020年增加36天。", "36", "优良天数增加（较2020年）"),
    ("工业投资比重比五年前提高8.1个百分点。", "8.1个百分点", "工业投资比重提高（较五年前）"),
    # 保持 alone before a level (达标率保持100%), and 始终, 持续 before it, are no part of the name
    ("饮用水源水质达标率保持100%。", "100%", "饮用水源水质达标率"),
    ("国省控地表水监测断面水质达标率始终保持100%。", "100%", "国省控地表水监测断面水质达标率"),
    ("粮食播种面积保持2.18亿亩以上。", "2.18亿亩以上", "粮食播种面积"),
    # an aim's word (力争, 确保, 争取) between the subject and its verb of reaching is no part of the name either
    ("货物贸易进出口额力争达到1.2万亿元。", "1.2万亿", "货物贸易进出口额"),
    # and so between the subject and its verb of change or of achieving (力争提高, 力争增长, 要力争完成投资); 争取 as the
    # verb of what is measured (争取资金) stays
    ("县城人口占县域人口比重力争提高0.8个百分点以上。", "0.8个百分点以上", "县城人口占县域人口比重提高"),
    ("固定资产投资力争增长10%以上。", "10%以上", "固定资产投资增长率"),
    ("新能源全产业链要力争完成投资3000亿元。", "3000亿", "新能源全产业链完成投资"),
    ("累计对上争取资金1812亿元。", "1812亿", "累计对上争取资金"),
    # a verb that opens a clause of 、-pieces with no verb of their own governs each piece (`list_words.csv`
    # shared_verb): 处置, 争创, 集聚, 筹建, 清理, 命名, 发展, 新登记, 治理, 定向培养; a piece opening with its own verb
    # (腾退) or with 累计 (a total of its own) takes none
    ("处置批而未供土地近40万亩、闲置土地4.43万亩。", "4.43万", "处置闲置土地面积"),
    ("争创特色知名品牌10个、著名商标5件、驰名商标2件。", "2", "争创驰名商标数"),
    ("集聚专业技术人才15万人、高技能人才6.5万人。", "6.5万", "集聚高技能人才人数"),
    ("筹建配售型保障性住房1万套、保障性租赁住房10万套。", "10万", "筹建保障性租赁住房数"),
    ("命名州级先进县（市）2个、先进乡镇5个、示范村30个。", "30", "命名示范村数"),
    ("发展设施蔬菜410万亩、设施食用菌180万吨、设施渔业7万吨。", "7万", "发展设施渔业"),
    ("新登记民营企业6000家、个体工商户1.6万户以上。", "1.6万户以上", "新登记个体工商户数"),
    ("治理荒漠化土地60万亩、盐碱地等退化耕地10万亩、水土流失面积930平方公里。", "930", "治理水土流失面积"),
    ("定向培养农村实用人才184人、高素质农民1300人。", "1300", "定向培养高素质农民人数"),
    ("治理违法建设2000万平方米以上、腾退土地2000公顷以上。", "2000公顷以上", "腾退土地面积"),
    ("集聚人工智能和机器人领域专业人才500人以上、累计产值10亿元以上。", "10亿元以上", "累计产值"),
    # the shared verb may follow an item's ordinal (四是) or an adverb of manner (认真, 高质量, 着力)
    ("四是改造棚户区2万套、老旧小区5000户。", "5000", "改造老旧小区户数"),
    ("认真办理人大代表建议426件、政协委员提案506件。", "506", "办理政协委员提案数"),
    ("认真办理人大代表建议426件、政协委员提案506件。", "426", "办理人大代表建议数"),
    ("认真办好31件重要民生实事。", "31", "办好重要民生实事数"),
    ("高质量办理人大代表建议642件、政协提案689件。", "689", "办理政协提案数"),
    ("着力推进咸宁大幕山等11个抽水蓄能项目、华润仙桃等10个百万千瓦级“风光水储”一体化项目。", "10",
     "推进百万千瓦级“风光水储”一体化项目数"),
    # a count opening the last 、-piece of items with no number of their own counts that piece's things alone (not
    # the items before it); two verbs joined by 、 before a count's noun still both name it
    ("新建松花江体育公园、双拥全民健身中心、20个口袋公园。", "20", "新建口袋公园数"),
    ("成都文艺作品歌曲《玉盘》获“文华奖”、2个作品（团队）获“群星奖”。", "2", "获“群星奖”的作品（团队）数"),
    ("新建、改扩建公办幼儿园2595所。", "2595", "新建、改扩建公办幼儿园数"),
    # a monitoring level (国控) or a size (大中型) whose noun follows the next one's count shares that noun, as a
    # level (国家级) does; one with a noun of its own keeps it
    ("建成11个国控、9个省控地表水考核断面。", "11", "建成国控地表水考核断面数"),
    ("除险加固12座大中型、826座小型病险水库。", "12", "除险加固大中型病险水库数"),
    ("改造4个小型水库、12座大中型病险水库。", "4", "改造小型水库数"),
    # 组建, 改制, 被评为, 推行 are predicates of a counted noun opening its clause: what it counts is the things they
    # hold of; before a fund's size (千亿…基金组建) they are no word of its name
    ("82个县（市、区）组建紧密型县域医共体。", "82", "组建紧密型县域医共体的县（市、区）数"),
    ("10个县（市、区）被评为“四好农村路”全国示范县。", "10", "被评为“四好农村路”全国示范县的县（市、区）数"),
    ("64家农信社改制组建农商行。", "64", "改制组建农商行的农信社数"),
    ("选择2—3个园区推行“管委会+公司”运营模式。", "2—3", "选择推行“管委会+公司”运营模式的园区数"),
    ("千亿现代产业引导基金组建。", "千亿", "现代产业引导基金规模"),
    # those a bare 受益 or 惠及 counts benefit from the undertaking a clause before opens (实施…工程) when no piece right
    # before it ends in an amount of its own; one that does still names them (增值税留抵退税…惠及企业)
    ("实施农村饮水安全巩固提升工程，受益人口10万人。", "10万", "农村饮水安全巩固提升工程受益人口人数"),
    ("实施减税降费行动，增值税留抵退税1059亿元，惠及企业8万多户。", "8万多", "增值税留抵退税惠及企业数"),
    # what a bare 入驻, 集聚, 落户 or 引进 counts settles in the park, centre or base the clause right before names; not in a
    # place a clause further back names, nor when the clause before names none
    ("加快宣城（上海）科创中心建成运营，入驻项目20个以上。", "20个以上", "宣城（上海）科创中心入驻项目数"),
    ("推动贵阳大数据科创城建设取得新突破，集聚相关企业800户以上。", "800户以上", "贵阳大数据科创城集聚相关企业数"),
    ("中国企业“走出去”综合服务基地正式挂牌，累计落户港澳企业近3000家。", "近3000",
     "中国企业“走出去”综合服务基地累计落户港澳企业数"),
    ("加快科创中心建成运营，深化招商引资，入驻项目20个以上。", "20个以上", "入驻项目数"),
    # … as a bare measure of what goes on in a business district or on a railway is the place's; not after a clause
    # naming no place, or one with a number of its own
    ("提升运河商务区活力，新增完工面积25万平方米。", "25万", "运河商务区新增完工面积"),
    ("加快推进运河商务区精彩亮相，新增完工面积18万平方米。", "18万", "运河商务区新增完工面积"),
    ("青荣城际铁路正式通车，去年完成客运量 456万人次。", "456万", "青荣城际铁路完成客运量"),
    ("优化营商环境，新增完工面积25万平方米。", "25万", "新增完工面积"),
    ("运河商务区新落地企业120家，新增完工面积25万平方米。", "25万", "新增完工面积"),
    ("加快建设河桥科教城，引进创新平台35家。", "35", "河桥科教城引进创新平台数"),
    ("加大外资研发中心招引力度，引进超亿美元项目50个以上。", "50个以上", "引进超亿美元项目数"),
    # 高达 (as high as) is a verb of reaching, no 高 of the name; 提高 before an amount still names a change
    ("矛盾纠纷调解成功率高达96.7%，刑事案件立案数下降32.8%。", "96.7%", "矛盾纠纷调解成功率"),
    ("全年退税减税缓税降费高达4656亿元、力度历年最大。", "4656亿", "退税减税缓税降费"),
    ("城乡居民医保人均补助标准提高30元。", "30", "城乡居民医保人均补助标准提高"),
    ("沿海港口吞吐量力争突破20亿吨。", "突破20亿", "沿海港口吞吐量"),
    # a measure opening a name with no subject (增加值, 主营业务收入, 营收, 总量, 规模, 增速, 对经济增长贡献率) is that
    # of the subject of the nearest piece before it in its sentence, a total's word, a share's words or a verb of
    # crossing set aside; not when it ranks several (均居), names a kind by a threshold (营业收入超千亿元开发区), or no
    # piece before names a subject (prose, a gap, a share alone)
    ("规上工业企业预计达到340户以上，增加值年均增长5.1%。", "5.1%", "规上工业企业增加值年均增长率"),
    ("战略性新兴产业加快发展，主营业务收入年均增长13%。", "13%", "战略性新兴产业主营业务收入年均增长率"),
    # a port's or an airport's traffic named bare is that of the port or airport its sentence names last
    ("南郊机场通航城市由26个增加到42个，年旅客吞吐量由154万人次增加到415.9万人次。", "415.9万", "南郊机场年旅客吞吐量"),
    ("花湖机场全面运行，开通国际国内货运航线61条、货运量达到28万吨。", "28万", "花湖机场货运量"),
    ("嘉兴港货物吞吐量1.4亿吨、列全省港口第二，集装箱吞吐量340.4万标箱。", "340.4万", "嘉兴港集装箱吞吐量"),
    ("加快建设全国十大机场，货邮吞吐量增长12%。", "12%", "货邮吞吐量增长率"),
    # a deputy's suggestion counted bare after the deputies' motions is theirs
    ("认真办理市人大代表议案3件、建议283件、市政协提案449件。", "283", "办理市人大代表建议数"),
    ("五年办理建议1535件、提案2557件。", "2557", "提案数"),
    # what money spent or lent draws (带动, 拉动) is named after that money; not after a count of people drawn
    ("发放消费券4.5亿元，拉动消费89.9亿元。", "89.9亿", "发放消费券拉动消费"),
    ("全年发行新增地方政府债券2565.4亿元，拉动社会投资超过5000亿元。", "超过5000亿", "发行新增地方政府债券拉动社会投资"),
    ("吸引乐迷超70万人次，带动综合消费超40亿元。", "超40亿", "带动综合消费"),
    ("地区生产总值达到13.57万亿元、增长4.8%，是全国首个突破13万亿元的省份，总量连续35年居全国首位。", "35",
     "地区生产总值总量居全国首位连续年数"),
    ("“四上”企业总数首次突破3000家、达到3223家，总量保持全省第2位。", "第2", "“四上”企业总量全省排名"),
    ("进出口总额3.7万亿元、增长3.7%，其中：出口增长13.9%，总量连续30年居内地城市首位。", "首位", "出口总量内地城市排名"),
    ("网上零售额增长9.4%、规模位居全国第一。", "第一", "网上零售额规模全国排名"),
    ("数字经济占比达到45%以上、规模突破万亿元。", "突破万亿", "数字经济规模"),
    ("地区生产总值连续跨过两个千亿台阶，年均增长7.8%，增速近三年始终保持全省前3位。", "前3", "地区生产总值增速近三年全省排名"),
    ("服务业增加值增长6.4%，对经济增长贡献率达到51.3%。", "51.3%", "服务业增加值对经济增长贡献率"),
    ("规模以上工业增加值占全省比重提高0.4个百分点，位次前移1位，对经济增长贡献率达43.1%。", "43.1%",
     "规模以上工业增加值对经济增长贡献率"),  # a rank's move (位次前移) names no owner
    ("开发区规上工业企业新增400户左右，营业收入超千亿元开发区达7家。", "7", "营业收入超千亿元开发区数"),
    # a piece that names its subject and how it goes (服务业量质齐升, `predicate_words.csv` progress) names the owner
    ("服务业量质齐升，增加值占地区生产总值比重达到51.4%。", "51.4%", "服务业增加值占地区生产总值比重"),
    # a count of beneficiaries (惠及, 受益) opening its clause names the work of the piece before, ending in its number;
    # not verbs alone, a rate or a piece whose number comes before its noun
    ("老旧小区改造完成611个，惠及111万人。", "111万", "老旧小区改造惠及人数"),
    ("减税降费近2150亿元，惠及市场主体93万户。", "93万", "减税降费惠及市场主体数"),
    ("开工127个、完工59个，惠及30.4万人。", "30.4万", "惠及人数"),
    ("扶持5392所普惠性民办幼儿园，惠及86万儿童。", "86万", "惠及儿童"),
    ("贷款余额3521亿元，增长40.2%，惠及企业47万户。", "47万", "惠及企业数"),
    # a measure of the things the count before counts (营业收入, 通车里程: `measure_words.csv` of_things) names them;
    # not one before words of its own (营业收入超千亿元开发区达7个: a threshold)
    ("新建成轨道交通线路7条、通车里程超400公里。", "超400", "轨道交通线路通车里程"),
    ("“中国声谷”入园企业超2100家、营业收入超3000亿元。", "超3000亿", "“中国声谷”入园企业营业收入"),
    ("出让矿业权269宗，收益380.12亿元。", "380.12亿", "出让矿业权收益"),
    ("规模以上工业企业1.9万家、利润总额2400亿元。", "2400亿", "规模以上工业企业利润总额"),
    # a numeral inside a quoted name (“三个一批”) is no count of the things
    ("“三个一批”产业项目9262个、总投资6.8万亿元。", "6.8万亿", "“三个一批”产业项目总投资"),
    # 人均 alone is per head of the nearest subject before it, named as the catalogue names it (人均地区生产总值)
    ("预计地区生产总值超2300亿元、增长9%左右，人均突破6万元。", "突破6万", "人均地区生产总值"),
    ("地区生产总值从3.38万亿元增长到4.87万亿元，年均增长6.2%、高于全国1个百分点，人均突破1万美元。", "突破1万",
     "人均地区生产总值"),
    # a bare 收入, 利润, 营业收入 or 贷款余额 after a first item of modifier and head (旅游接待人次, 地方国有企业营业收入,
    # 市属国企资产总额, …存款余额) shares the modifier
    ("地方国有企业营业收入、利润分别增长13.5%、26.4%。", "26.4%", "地方国有企业利润增长率"),
    ("力争旅游接待人次和收入分别增长30%和25%以上。", "25%以上", "旅游收入增长率"),
    ("重点监测景区接待人次、门票收入分别增长1.5倍、2.2倍。", "2.2倍", "门票收入增长率"),
    ("市属国企资产总额、营业收入分别增长35.2%和40.7%。", "40.7%", "市属国企营业收入增长率"),
    ("全市金融机构本外币存款余额、贷款余额分别突破3万亿元和2.5万亿元。", "2.5万亿", "金融机构本外币贷款余额"),
    # names listed right before a count, as many as it counts, are the things counted one by one: no words of its
    # name (the verbs opening them stay); not so many for each (各获), a count of other things, or a noun too short
    ("新增超声医学工程、山区桥梁及隧道工程2个省部共建国家重点实验室。", "2", "新增省部共建国家重点实验室数"),
    ("呼吸、儿童、中医（肿瘤）3个国家级区域医疗中心加快建设。", "3", "国家级区域医疗中心数"),
    ("乌东德、白鹤滩、溪洛渡和向家坝4座大型水电站全部建成。", "4", "建成大型水电站数"),
    ("明溪、宁化2个省级扶贫开发工作重点县达到摘帽条件。", "2", "达到摘帽条件省级扶贫开发工作重点县数"),
    # (、20个口袋公园: a count opening its own piece counts no item listed before it: 新建口袋公园数, below)
    ("我省体育健儿在杭州亚运会、亚残运会各获2枚金牌。", "2", "我省体育健儿在杭州亚运会、亚残运会各获金牌数"),
    ("进一步完善边民补助、护边员补助2项政策。", "2", "进一步完善边民补助、护边员补助政策数"),
    # a 分别 list's earlier items take the words the last one holds after a word they end in (…保险、…保险参保人数),
    # or the kind it alone ends in (行业, 产业; 企业 before a shared head); not 行业 after an 业 of the item's own
    ("光机电、煤层气、冶铸、化工行业分别增长16.6%、14.2%、28.4%和8.9%。", "16.6%", "光机电行业增长率"),
    ("建筑业、化工行业分别增长5%、6%。", "5%", "建筑业增长率"),
    ("制造业、科学研究和技术服务业企业投资分别增长10.1%、46.2%。", "10.1%", "制造业企业投资增长率"),
    ("乘用车（新能源）、太阳能光伏、输变电装备、半导体及集成电路产业链产值分别突破2500亿元、1800亿元、1000亿元和1000亿元。",
     "1800亿", "太阳能光伏产业链产值"),
    ("基本养老保险、医疗保险参保人数分别增加1080万人、656万人。", "1080万", "基本养老保险参保人数增加"),
    ("高新技术企业、科技型中小企业数量分别增至1.3万家和2.1万家。", "1.3万", "高新技术企业数量"),
    ("新创建国家级绿色工厂、绿色工业园区、绿色供应链管理企业38家、7家、1家。", "38", "新创建国家级绿色工厂数"),
    # a 分别 list of as many 、-items as numbers names one each, though the first opens with 城乡 (not 城镇…, 农村…)
    ("城乡居民基本养老保险、基本医疗保险参保率分别达到98.7%和98.5%。", "98.7%", "城乡居民基本养老保险参保率"),
    ("城乡居民基础养老金、医保补助标准分别提高8.7%和5.2%。", "5.2%", "医保补助标准提高率"),
    ("城乡居民人均可支配收入分别增长4.8%、6.2%。", "6.2%", "农村居民人均可支配收入增长率"),
    # 累计 before 分别 makes each number a running total (…累计数), not more of what the clause before adds; not 累计减少
    ("新增高层次人才超过2万人、高技能人才3.24万人，累计分别达到19.8万人和52.43万人。", "19.8万", "高层次人才累计数"),
    ("跨国公司地区总部、外资研发中心分别新认定60家和30家，累计分别达到1016家和591家。", "591", "外资研发中心累计数"),
    ("轧钢、水泥、船舶产能累计减少200万吨、572万吨、44万载重吨。", "572万", "水泥产能"),
    # a bare 完成投资 with a change or share of its own is that of the projects counted before it; a list's verb it
    # holds already (完成) is not said twice
    ("全年新开工亿元以上项目14个、总投资120.5亿元，建成投产3个，完成投资11.2亿元、占全年固定资产投资比重15%。", "15%",
     "亿元以上项目完成投资占全年固定资产投资比重"),
    ("全年实施重点项目3445个，其中，省级重点项目500个，完成投资2265.7亿元，增长25.3%。", "25.3%",
     "省级重点项目完成投资增长率"),
    # a bare predicate after a count (…14个，建成投产3个) counts the things of the nearest count before it
    ("全年新开工亿元以上项目14个、总投资120.5亿元，建成投产3个。", "3", "亿元以上项目建成投产数"),
    ("老旧小区综合整治新开工300个、完工100个。", "100", "老旧小区综合整治完工数"),
    ("实施省重点项目204个，其中新开工45个、竣工投产21个。", "45", "省重点项目新开工数"),
    # (the things after the count inside that piece's words: not 7个 城市…项目 with its number, nor the 有 of a part)
    ("钱江新城二期等7个城市重点发展区块建设项目开工66个、完工30个。", "30", "城市重点发展区块建设项目完工数"),
    ("151个市区经济重点项目有76个开工建设、54个建成或部分建成。", "54", "市区经济重点项目建成或部分建成数"),
    # or, in a list of bare predicates and their counts, the things the last piece names after its count, else the
    # work the clause before names after its verb of taking it up (参与, 开展, 实施: `list_words.csv` topic_verb)
    ("启动2-3个片区改造任务，开工182个、完成146个老旧小区改造。", "182", "老旧小区改造开工数"),
    ("吸引社会资本参与老旧小区改造，开工127个、完工59个。", "59", "老旧小区改造完工数"),
    ("完善养老服务体系，启动2万户、完成6000户特殊困难老年人家庭适老化改造。", "2万", "特殊困难老年人家庭适老化改造启动户数"),
    # a number inside the basis of what follows (在…基础上) is named by the basis's words alone
    ("在新增减税降费41.69亿元基础上，地方一般公共预算收入140.96亿元。", "41.69亿", "新增减税降费"),
    ("在减税降费3.9亿元的基础上，一般公共预算收入增长5%。", "3.9亿", "减税降费"),
    ("在办好省政府确定的10件民生实事的基础上，市政府还要办好12件民生实事。", "10", "办好省政府确定的民生实事数"),
    # the verb opening a list of counts (改造, 办理, 颁布) is the work of each piece, not a stock of things
    ("改造老旧小区847栋、棚户区16388套。", "16388", "改造棚户区数"),
    ("办理市人大代表建议847件、市政协提案560件。", "560", "办理市政协提案数"),
    ("颁布政府规章14件、规范性文件41件。", "41", "颁布规范性文件数"),
    ("创建国家级旅游休闲街区2家、国家级夜间文化和旅游消费集聚区3家。", "3", "创建国家级夜间文化和旅游消费集聚区数"),
    ("新认定省级科技创新型企业51户、专精特新企业5户。", "5", "新认定专精特新企业数"),
    ("更新改造复康路等道路80条、桥梁15座。", "15", "更新改造桥梁数"),
    ("开工保障性租赁住房5万套、城镇老旧小区改造18.19万户。", "18.19万", "开工城镇老旧小区改造户数"),
    ("全区开工建设新能源项目182个、总装机规模5800万千瓦。", "5800万", "开工建设新能源项目总装机规模"),
    ("开工9242套、基本建成3151套。", "3151", "基本建成数"),  # a piece's own verb (基本建成, 配租配售): not 开工…
    ("建设高标准农田1400万亩、治理侵蚀沟1.2万条、更新农田防护林5万亩。", "5万", "更新农田防护林面积"),
    # a clause that opens with a verb of change only (…，增长8.6%、高于全省…) changes the nearest clause's subject
    ("实现社会消费品零售总额2384亿元，增长8.6%、高于全省0.5个百分点。", "0.5个百分点", "社会消费品零售总额增速高于全省"),
    ("实现进出口总额495.3亿元，增长27.7%、居副省级城市首位。", "首位", "进出口总额增速副省级城市排名"),
    ("实现地区生产总值5576.3亿元，比上年增长3.1%、高于全省平均水平0.5个百分点。", "0.5个百分点",
     "地区生产总值增速高于全省平均水平"),
    ("其中对俄进出口总额首次突破百亿元、达117.9亿元，增长78.8%、高于全省65.3个百分点。", "65.3个百分点",
     "对俄进出口总额增速高于全省"),
    # …of the nearest clause naming a subject, not of the sentence's first clause; not of a bare total (总量达到…)
    ("新签约千万元以上项目225个，实际利用内资1151.9亿元，增长26.4%。", "26.4%", "实际利用内资增长率"),
    ("全市刑事治安警情同比下降5.7%，“两抢”零发案344天，同比增加11天。", "11", "“两抢”零发案同比增加"),
    ("一般公共预算收入连跨5个百亿台阶，总量达到1272亿元，年均增长11.7%。", "11.7%", "一般公共预算收入年均增长率"),
    # the start of a change (从3.38万亿元, 从2017年的…) is no part of the subject a later clause carries
    ("地区生产总值从3.38万亿元增长到4.87万亿元，年均增长6.2%、高于全国1个百分点。", "6.2%", "地区生产总值年均增长率"),
    ("地区生产总值从3.38万亿元增长到4.87万亿元，年均增长6.2%、高于全国1个百分点。", "1个百分点",
     "地区生产总值年均增速高于全国"),
    ("经济总量从2017年的1.64万亿元增加至2.9万亿元左右，年均增长6.4%。", "6.4%", "经济总量年均增长率"),
    # 可比口径, like 可比, is a basis of a growth and no part of its name
    ("地方一般公共预算收入441.7亿元，可比口径增长4%。", "4%", "地方一般公共预算收入增长率"),
    # a growth ranked or set against the whole's is named by its rate, 增速 (not 分别增长: a list's verb)
    ("规上工业增加值同比增长5.1%、高于全国1个百分点。", "1个百分点", "规上工业增加值增速高于全国"),
    ("固定资产投资增长8%、居全国第2位。", "第2", "固定资产投资增速全国排名"),
    # a streak (连续两年) is no part of the name of a quantity that is not its length
    ("工业投资连续两年同比增长20%以上，2019年预计达26%，居全省首位。", "首位", "工业投资增速全省排名"),
    ("工业投资连续两年同比增长20%以上，2019年预计达26%，居全省首位。", "26%", "工业投资同比增长"),
    ("固定资产投资连续6年保持千亿规模。", "6", "固定资产投资保持千亿规模连续年数"),
    # a rank in a named list or evaluation: its subject, the list (without its year), 排名
    ("三钢集团位列2019中国企业500强第311位。", "第311", "三钢集团中国企业500强排名"),
    ("大亚湾开发区连续4年蝉联“全国化工园区30强”第一。", "第一", "大亚湾开发区“全国化工园区30强”排名"),
    ("深圳在平安广东建设考评中位居第一。", "第一", "深圳平安广东建设考评排名"),
    ("城乡居民人均可支配收入居全省第一。", "第一", "城乡居民人均可支配收入全省排名"),  # not the 居 of 居民
    # 将/把 before a share of what 的 names puts the noun before its verb: the share of the noun that the verb moves
    ("将80%以上的可用财力投向民生领域。", "80%以上", "可用财力投向民生领域比例"),
    # a rank opening its clause ranks the clause before's subject, without 全市, or the one before that where the
    # clause before is a bare level (达到310家); a scope alone before the rank's words is its scope, not its subject
    ("三级医院数量五年翻一番，达到310家，居全国第1位。", "第1", "三级医院数量五年翻一番全国排名"),
    ("全市金融机构存款余额、贷款余额分别突破3万亿元和2.5万亿元，均居全省第一。", "第一", "金融机构存款余额、贷款余额全省排名"),
    ("GDP突破3万亿元，全国排名由第18位前移至第15位。", "第15", "GDP全国排名"),
    ("高速公路通车里程和在建里程726公里，全省排位从第11位上升至第3位。", "第3", "高速公路通车里程和在建里程全省排名"),
    # a chain verb (创建, 实施, 建设 …) before examples opens a count's name too, as a leading verb does
    ("启动创建红旗大街、友谊东路等16条示范街路。", "16", "启动创建示范街路数"),
    ("创建沿黄小麦、沿黄肉牛等6个国家级优势特色产业集群。", "6", "创建国家级优势特色产业集群数"),
    # examples before the kind a count follows (X、Y等Z N个) are no part of its name either
    ("新建扩建融江路小学、虹桥中学等中小学校5所。", "5", "新建扩建中小学校数"),
    ("新建改造东直游园等公园游园26个。", "26", "新建改造公园游园数"),
    ("举办家电家居、电子产品等促消费活动200场以上。", "200场以上", "举办促消费活动数"),
    # a verb of adding (新增, 累计) before a counted noun and its predicate: the predicate still comes first
    ("新增350家规上工业企业实施数字化转型。", "350", "新增实施数字化转型的规上工业企业数"),
    # a 分别 list's items share the kind of industry before the last item's head, unless they name their own
    ("航空航天、医药制造业增加值分别增长20.4%、13.4%。", "20.4%", "航空航天制造业增加值增长率"),
    ("工业机器人、光伏产业产值分别增长14.8%和10.3%。", "14.8%", "工业机器人产业产值增长率"),
    ("高技术制造业、战略性新兴产业增加值分别增长12.6%、10%。", "12.6%", "高技术制造业增加值增长率"),
    # a 、 inside brackets (县（市、区）) ends no piece of a name
    ("全省124个县（市、区）通高速公路。", "124", "县（市、区）通高速公路数"),
    # a share of a plan (为年计划的, 完成年度计划) is how much of it the clause before's subject has done
    ("城镇新增就业9.86万人，为年计划的118.8%。", "118.8%", "城镇新增就业完成年计划比例"),
    ("城镇新增就业35.7万人，完成年度计划119.1%。", "119.1%", "城镇新增就业完成年度计划比例"),
    # a count of milestones crossed (连跨, 跨过, 迈上, 再上 …台阶) is named by 跨越
    ("全市地区生产总值连跨4个千亿台阶、达到11715亿元。", "4", "地区生产总值跨越千亿台阶数"),
    ("全省经济总量超过8万亿元、再上3个万亿元台阶。", "3", "经济总量跨越万亿元台阶数"),
    # a mark that its place is the first (or Nth) to cross is its subject's level
    ("地区生产总值达到13.57万亿元、增长4.8%，是全国首个突破13万亿元的省份。", "突破13万亿", "地区生产总值"),
    # where an amount stands among others (在全省地级市率先) is no part of what is measured; a count's place stays
    ("地区生产总值在全省地级市率先突破三千亿元、达到3010.08亿元，增长4.4%。", "4.4%", "地区生产总值增长率"),
    ("存款余额在全省地级市率先突破5000亿元。", "突破5000亿", "存款余额"),
    ("自贸试验区制度创新成果在全国复制推广6项。", "6", "自贸试验区制度创新成果在全国复制推广数"),
    # the adverb 均 before a growth's verb is no part of its name; 人均, 年均 and 平均 stay
    ("接待游客人次、旅游总花费均增长10%以上。", "10%以上", "接待游客人次、旅游总花费增长率"),
    ("城镇居民人均可支配收入年均增长6%。", "6%", "城镇居民人均可支配收入年均增长率"),
    # a rank of a piece opened by a shared verb (新建改造) says the verb once
    ("新建改造燃气管网960公里、居东北地区首位。", "首位", "新建改造燃气管网东北地区排名"),
    # another count of the sentence is no part of a name, unless it stands inside a quoted one, or is a range's
    ("闽西南协同发展区28个涉厦重大项目完成投资192.7亿元。", "192.7亿", "闽西南协同发展区涉厦重大项目完成投资"),
    # a year with its part (2023年末, 2019年度, 2024年底) opening the words is a time, no part of the name
    ("2023年末市场主体总数1411.9万户。", "1411.9万", "市场主体总数"),
    ("2024年底水电蓄能值73.56亿千瓦时。", "73.56亿", "水电蓄能值"),
    # a verb of aim opening a clause (推动, 持续推动, 乘势而上: `leading_words.csv`) is no part of what is measured
    ("推动村集体经营性收入增长12%。", "12%", "村集体经营性收入增长率"),
    ("乘势而上推动经济总量突破6000亿元。", "突破6000亿", "经济总量"),
    ("扎实推进76个重点能源项目。", "76", "重点能源项目数"),
    ("引导每个县域做强1～2条重点产业链。", "1～2", "每个县域做强重点产业链数"),
    ("持续推动保定投资大会发布的640个招商引资项目落地实施。", "640", "保定投资大会发布的招商引资项目落地实施数"),
    # 加快 opening the clause says the work is pushed, not what is counted; inside a name (a subject's 加快运行) it stays
    ("岛内要稳妥有序推进城市有机更新，加快11个片区改造提升。", "11", "片区改造提升数"),
    ("加快10个国家区域医疗中心、15个省医学中心建设。", "10", "国家区域医疗中心数"),
    ("省级区域医疗中心加快运行6个。", "6", "省级区域医疗中心加快运行数"),
    # a count whose noun's predicate holds an amount of its own counts the noun alone; a bar (前10名) is the predicate's
    ("525个重点项目完成投资669亿元、增长18.9%。", "525", "重点项目数"),
    ("34个签约项目建成后实现产值91亿元。", "34", "签约项目数"),
    ("7个市进入全国城市地表水环境质量前10名。", "7", "进入全国城市地表水环境质量前10名的市数"),
    ("148件中央环保督察交办信访问题办结122件。", "148", "中央环保督察交办信访问题数"),
    ("148件中央环保督察交办信访问题办结122件。", "122", "中央环保督察交办信访问题办结数"),  # 件 another count's
    ("546件政协提案办复率100%。", "100%", "政协提案办复率"),
    ("搬迁4.58万户17.05万人。", "17.05万", "搬迁人数"),
    ("搬迁4.58万户17.05万人。", "4.58万", "搬迁户数"),  # a second measure right next to it: no part of its name
    ("改造老旧小区9个990户。", "9", "改造老旧小区数"),
    ("出让“标准地”174宗1.72万亩。", "1.72万", "出让“标准地”面积"),
    ("为15.5万名80岁以上老年人发放高龄津贴。", "15.5万", "发放高龄津贴的80岁以上老年人数"),  # a bar stays
    ("6家企业入选“全球最大250家国际承包商”。", "6", "入选“全球最大250家国际承包商”的企业数"),
    ("推动7个县区千亿级园区各聚焦2-3个产业细分领域。", "7", "县区千亿级园区各聚焦2-3个产业细分领域数"),
    # a length of time opened by (仅)用 is named by what it took to do, that of the clause after its 时间 when none follows
    ("全市上下众志成城、共克时艰，仅用22天控制住疫情蔓延。", "22", "控制住疫情蔓延用时"),
    ("力争用3年时间，特色文旅规划体系和治理能力更加成熟定型。", "3", "特色文旅规划体系和治理能力更加成熟定型用时"),
    ("用3个月左右的时间取得武汉保卫战决定性成果。", "3个月左右", "取得武汉保卫战决定性成果用时"),
    # gold medals are the games' 金牌数, without the verb of winning or the rest of the tally
    ("赣鄱健儿在杭州亚运会上收获11金、1银2铜。", "11", "赣鄱健儿在杭州亚运会上金牌数"),
    ("运动员在全国第二届青年运动会、全国第十届残运会分别获得8金、10金优异成绩。", "10", "全国第十届残运会金牌数"),
    # the kilometres of a route are its 里程, of a pipe or a greenway its 长度
    ("新改建农村公路1万公里。", "1万", "新改建农村公路里程"),
    ("新建改造供水管网120公里。", "120", "新建改造供水管网长度"),
    # a threshold's noun ends before its predicate, status phrase or work (建设): the size is the noun's
    ("推进华南国家植物园和4个万亩级红树林示范区建设。", "万", "红树林示范区规模"),
    ("加快百亿级交易市场建设。", "百亿", "交易市场规模"),
    # a list's verb (培育, 新增) governs a count of its pieces, not the size a magnitude is a threshold of
    ("培育建设一批百亿产业、十亿企业、亿元项目。", "十亿", "十亿企业规模"),
    ("培育建设一批百亿产业、十亿企业、亿元项目。", "亿", "亿元项目规模"),
    ("新增千亿园区1个、百亿企业3家。", "百亿", "百亿企业规模"),
    ("新增千亿园区1个、百亿企业3家。", "3", "新增百亿企业数"),
    # the verb a list's pieces share after an item's number (25.改造…), or a verb of two (新建改扩建), is each piece's
    ("25.改造城镇老旧小区1185个、城市危旧房1500套、农村牧区危房3419户（牵头责任单位：自治区住房城乡建设厅）。", "1500",
     "改造城市危旧房数"),
    ("新建改扩建体育公园20个、群众滑冰场28个、“乒乓球进社区”项目150个。", "28", "新建改扩建群众滑冰场数"),
    # a gap to the year's target or to all industry's growth is the subject's, as a gap to the whole's is; 了 after a
    # verb of change is no word of a name
    ("高技术制造业增加值增长21.7%、高于规上工业14.7个百分点。", "14.7个百分点", "高技术制造业增加值增速高于规上工业"),
    ("全区市场主体达222.4万户、较2017年增长了52.7%。", "52.7%", "市场主体增长率（较2017年）"),
    # a bare total after its subject's growth (增长25%、总量突破3000户) is the subject's total, not its growth's
    ("高新技术企业增长25%、总量突破3000户。", "突破3000", "高新技术企业总量"),
    ("规上农产品加工企业增加261家、总数达到2190家。", "2190", "规上农产品加工企业总数"),
    # a mark crossed in a list of marks (跨越3万亿元、4万亿元两个大台阶; 连跨八千亿、九千亿和万亿台阶) or after a time
    # (继2021年迈过4000亿元台阶后) is a level of what crossed it
    ("全市经济总量先后跨越3万亿元、4万亿元两个大台阶。", "4万亿", "经济总量"),
    ("全省地区生产总值连跨八千亿、九千亿和万亿台阶。", "万亿", "地区生产总值"),
    ("预计完成地区生产总值5400亿元、增长6.2%，继2021年迈过4000亿元台阶后，突破5000亿元大关。", "4000亿", "地区生产总值"),
    # a bare 达到 after a piece that adds to its subject (千亿级园区新增2个、达到14个) is that subject's level
    ("产业园区承载能力巩固增强，千亿级园区新增2个、达到14个。", "14", "千亿级园区数"),
    # adverbs of pace before a verb of reaching (连年, 逐年, 稳步) and 倍增 before 至 are no words of a name
    ("民生支出占一般公共预算支出比重逐年提升至70%。", "70%", "民生支出占一般公共预算支出比重"),
    ("城镇新增就业连年超过120万人。", "超过120万", "城镇新增就业人数"),
    ("电网主网安全承载能力倍增至2600万千瓦。", "2600万", "电网主网安全承载能力"),
    # a bare change of an amount after a piece ending in its own amount (粮食总产量1357.8亿斤，新增49亿斤) is that
    # measure's change
    ("粮食总产量1357.8亿斤，新增49亿斤、占全国增量的66.3%。", "49亿", "粮食总产量新增"),
    ("秋粮产量达614.8亿斤、增产19.6亿斤。", "19.6亿", "秋粮产量增产"),
    # the verb of crossing marks in the clause before a bare growth is no word of its owner
    ("地区生产总值连续跨上两个万亿大台阶，2022年达到8.74万亿元，年均增长5.4%。", "5.4%", "地区生产总值年均增长率"),
    # a place among the first few (进入全国地级市前十, 稳居全国前十) is a rank in that scope; a share of the best (前1%)
    # is not
    ("营商环境评价首次进入全国地级市前十。", "十", "营商环境评价全国地级市排名"),
    ("茶园面积、产量、产值稳居全国前十。", "十", "茶园面积、产量、产值全国排名"),
    ("全球体育城市指数排名跻身全国前3。", "3", "全球体育城市指数全国排名"),  # one 排名, not two
    # a count's things followed at once by a count of other things (7所高校32个学科…) counts the first things; what the
    # rest says of them, when no verb came before the count, names them (入选…的高校)
    ("7所高校32个学科入选国家第二轮“双一流”建设行列。", "7", "入选国家第二轮“双一流”建设行列的高校数"),
    ("7个先进制造业集群28个重点产业链加快构建。", "7", "重点产业链加快构建的先进制造业集群数"),
    # a count of nouns joined by 、 that a predicate then holds of (52个机关、企事业单位附属空间对外开放共享) counts them
    # all; not after examples (…等4条高速公路、西安杨凌城际特快建成通车: the count is of the first)
    ("52个机关、企事业单位附属空间对外开放共享。", "52", "对外开放共享的机关、企事业单位附属空间数"),
    # a list of counts and their nouns whose last one a predicate then holds of: every count takes it
    ("新创建5个国家乡村振兴示范县，6个乡镇和60个村入选全国乡村治理示范村镇。", "6", "入选全国乡村治理示范村镇的乡镇数"),
    ("7个县（市）、12个乡镇、110个村纳入省级乡村振兴试点示范。", "7", "纳入省级乡村振兴试点示范的县（市）数"),
    ("3个集体和2名个人荣获全国脱贫攻坚先进。", "3", "荣获全国脱贫攻坚先进的集体数"),
    ("15个省级贫困县、1791个贫困村全部脱贫摘帽。", "15", "脱贫摘帽省级贫困县数"),
    ("推动5家央企总部、4所高校、2所医院加快建设。", "5", "央企总部数"),  # a pace, no predicate of the things
    ("12个县区、乡镇活动入选全国“四季村晚”示范展示点。", "12", "入选全国“四季村晚”示范展示点的县区、乡镇活动数"),
    ("西安外环南段等4条高速公路、西安杨凌城际特快建成通车。", "4", "高速公路数"),
    # an amount that is the bar of a kind of things counted after it is a threshold of the things' measure, named by
    # the things and the measure before the amount, or their 规模 when no measure is said (more below, with the size
    # classes)
    ("生产总值超过百亿的县达到30个。", "超过百亿", "县生产总值"),
    # a magnitude before nouns joined by 和 is the size of them all
    ("一批百亿级产业项目和重大基础设施项目开工建设。", "百亿", "产业项目和重大基础设施项目规模"),
    # a planned total investment (计划总投资) of a project and its phase (项目三期)
    ("计划总投资35.7亿元的厦钨新能源项目三期建成投产。", "35.7亿", "厦钨新能源项目三期计划总投资"),
    ("总投资657.5亿元的229个水利项目二期加快建设。", "657.5亿", "水利项目二期总投资"),
    # 连跨 …台阶 crosses milestones: a verb of reaching, no part of the subject
    ("全省地区生产总值连跨两个万亿元台阶，年均增长6.4%。", "6.4%", "地区生产总值年均增长率"),
    # a 分别 list of changes in amounts says the change (增加, 减少, 提高, 新增), not the level; 削减 a percentage is a
    # falling rate; 浓度 a head the list's items share
    ("养老、失业、工伤保险参保人数分别增加60万人、20万人、50万人。", "20万", "失业保险参保人数增加"),
    ("城乡居民人均可支配收入分别提高10400元、5530元。", "5530", "农村居民人均可支配收入提高"),
    ("荒漠化土地、沙化土地分别减少293.6万亩、36.2万亩。", "36.2万", "沙化土地减少"),
    ("巢湖总磷、总氮浓度分别削减19.5%、23.4%。", "19.5%", "巢湖总磷浓度削减率"),
    # so too after a comparison (分别比2017年增加, 分别较上年增加, 分别较五年前增加: the base year or time after the name
    # in brackets, the year before unsaid), in percentage points (分别提升5.2个、30.4个百分点) and in percent (分别减少…%)
    ("公路总里程、铁路运营里程、高铁里程达到15.7万公里、5765公里和1600公里，分别比2017年增加1.5万公里、730公里和"
     "447公里。", "447", "高铁里程增加（较2017年）"),
    ("争取中央预算内投资、专项债券214.9亿元和780亿元，分别比上年增加14亿元和106亿元。", "14亿", "中央预算内投资增加"),
    ("全省一般公共预算收入和工业增加值达到3311亿元和1.3万亿元，分别较五年前增加65%和57.9%。", "65%",
     "一般公共预算收入增加率（较五年前）"),
    ("优良天数比率、国考断面水质优Ⅲ比例分别提升5.2个、30.4个百分点。", "30.4个百分点", "国考断面水质优Ⅲ比例提升"),
    ("市政府发文、开会、督查检查分别减少7.9%、6%、15%。", "6%", "开会减少率"),
    # a list's amounts of work done (分别完成投资) are each subject's work done
    ("交通、水利分别完成投资3083亿元、550亿元。", "550亿", "水利完成投资"),
    # a bare rate of handling in a list is of what another item names before its rate, or of what the clause before
    # handled
    ("12345政务服务便民热线按期办结率、满意率分别达到100%、97.6%。", "97.6%", "12345政务服务便民热线满意率"),
    ("12345市民服务热线累计受理群众诉求超过1亿件，解决率、满意率分别提升至94%和95%。", "94%",
     "12345市民服务热线累计受理群众诉求解决率"),
    # 产业集群 is a kind a list's items share before its head, as 产业 and 企业 are
    ("支柱型、引领型、特色型产业集群营业收入分别突破5600亿元、2300亿元、1000亿元。", "2300亿", "引领型产业集群营业收入"),
    # 减至 and 恢复到 end a change from a start (由55家减至41家, 从…2600吨恢复到11.4万吨) as 降到 and 提高到 do
    ("高风险机构由55家减至41家。", "41", "高风险机构数"),
    ("高风险机构由55家减至41家。", "55", "高风险机构数（期初）"),
    ("青海湖裸鲤蕴藏量从保护初期的2600吨恢复到11.4万吨。", "11.4万", "青海湖裸鲤蕴藏量"),
    ("青海湖裸鲤蕴藏量恢复到12万吨。", "12万", "青海湖裸鲤蕴藏量"),
    # a note in brackets after the number whose colon cuts the clause (（牵头责任单位：…）) is no part of the name; a
    # bracket of the name's own words (县（市、区）) still is
    ("30.新建农村牧区户厕5.5万个（牵头责任单位：自治区农牧厅）。", "5.5万", "新建农村牧区户厕数"),
    ("2.新增残疾人就业8000人以上（牵头责任单位：自治区残疾人联合会）。", "8000人以上", "新增残疾人就业人数"),
    # an adverb of how the work went (成功, 共同) before the verb of examples and their count keeps the verb
    ("共同签署重大科技基础设施、国土空间规划等9项合作协议。", "9", "共同签署合作协议数"),
    ("成功举办中国5G+工业互联网大会、汉交会等14场国际性全国性活动。", "14", "成功举办国际性全国性活动数"),
    # a list of size classes (亿元级、十亿元级、百亿元级) shares the noun after its last member: each member's size is
    # that noun's, and a count before a member counts that class of the noun, not the words before the list
    ("加快培育一批亿元级、十亿元级、百亿元级的领军企业。", "十亿", "领军企业规模"),
    ("新打造一批千亿元级、万亿元级出口产业集群。", "千亿", "出口产业集群规模"),
    ("推动建设一批自治区千亿元级、百亿元级重大产业项目。", "千亿", "重大产业项目规模"),
    ("对市县新开工建设百亿级、80亿级、50亿级等重大产业类项目，分类给予激励。", "百亿", "重大产业类项目规模"),
    ("新增千亿元和五百亿元园区各1个、百亿元园区3个。", "千亿", "千亿元园区规模"),  # a short noun keeps its class
    ("新培育2个千亿级、10个百亿级产业集群。", "2", "新培育千亿级产业集群数"),
    ("新培育2个千亿级、10个百亿级产业集群。", "千亿", "产业集群规模"),
    ("新开工建设5个以上百亿元级、10个以上三十亿元级重大工业项目。", "5个以上", "新开工建设百亿元级重大工业项目数"),
    # a bound on a measure of money before a kind of things counted after it sets the kind: the amount is the kind's
    # measure (`threshold_of` in `measure_words.csv`), not the words before it with the kind's predicate
    ("县域经济加快发展，生产总值超过百亿的县达到30个。", "超过百亿", "县生产总值"),
    ("力争地区生产总值超百亿开发区达到11个。", "超百亿", "开发区地区生产总值"),
    ("营业收入超百亿元县域特色产业集群达76个。", "超百亿", "县域特色产业集群营业收入"),
    ("培育营业收入过千万农产品加工企业100家。", "千万", "农产品加工企业营业收入"),
    ("力争人均地区生产总值超10万元的县市区达15个。", "超10万", "县市区人均地区生产总值"),
    ("营业收入超过500亿元，增长8%。", "超过500亿", "营业收入"),  # no kind counted: the subject's own
    ("经济总量超5000亿元的市增加到5个。", "超5000亿", "市经济总量"),
    ("全省超百亿元特色产业集群达到90个。", "超百亿", "特色产业集群规模"),  # a bare magnitude: the kind's size
    ("规模过百亿元的县域产业集群增至40个。", "百亿", "县域产业集群规模"),
    # a bare magnitude after 过 (no qualifier of the number's own) keeps the measure before it
    ("营业收入过千亿的产业达到17个。", "千亿", "产业营业收入"),
    ("超百亿元开发区各2家。", "超百亿", "开发区规模"),  # 各 before the count is no word of the kind
    ("新增营业收入过百亿的民营企业2家、达到40家。", "百亿", "民营企业营业收入"),
    # a bare count of projects (开工建设441个项目) counts those of the topic its sentence opens with (高铁方面, 围绕…,
    # 加强…建设, 加大…建设力度, …工作加快推进), as a heading's would; not a clause of other work
    ("高速公路方面，开工济南至宁津等13个项目，加快东营至青州改扩建等23个项目。", "13", "开工高速公路项目数"),
    ("高铁方面，开工京沪高铁辅助通道，加快建设雄商、津潍、潍烟、济滨等6个项目。", "6", "建设高铁项目数"),
    ("农村雨污分流工作加快推进，开工建设441个项目。", "441", "开工建设农村雨污分流项目数"),
    ("围绕做强做优做绿传统产业，实施6个项目，总投资275.6亿元。", "6", "实施传统产业项目数"),
    ("加大保障性租赁住房建设力度，新开工建设60个项目。", "60", "新开工建设保障性租赁住房项目数"),
    ("加强绿色电源项目建设，加快建设22个项目，建成投产5个项目。", "5", "建成投产绿色电源项目数"),
    ("扎实开展“五比”活动，全区实施重点项目1313个。", "1313", "实施重点项目数"),
    # no verb or building of the projects is a word of the topic (加快推进重大项目建设, 重点项目建设加快推进, 围绕打造…)
    ("加快推进重大项目建设，开工建设441个项目。", "441", "开工建设重大项目数"),
    ("重点项目建设加快推进，开工建设120个项目。", "120", "开工建设重点项目数"),
    ("围绕打造现代化产业体系，实施60个项目。", "60", "实施现代化产业体系项目数"),
    # a bare 人均 is per head of the output its sentence gave before it (a region's 生产总值: 地区生产总值)
    ("GDP突破3万亿元，全国排名由第18位前移至第15位，人均突破1万美元。", "突破1万", "人均地区生产总值"),
    ("2015年全市生产总值 3001.6亿元，“十二五”期间年均增长 9.8%，人均超过 1.6万美元。", "1.6万", "人均地区生产总值"),
    # a bare 开行 runs the trains its sentence named before it (中欧班列, “长安号”)
    ("中欧班列长安号打通跨里海、黑海贸易通道，全年开行4639列，增长20.8%。", "4639", "中欧班列长安号开行数"),
    ("中欧班列长安号打通跨里海、黑海贸易通道，全年开行4639列，增长20.8%。", "20.8%", "中欧班列长安号开行增长率"),
    ("推进中欧班列“五统一”常态化运行，开行3000班次以上。", "3000班次以上", "中欧班列开行数"),
    ("促进“长安号”高频次运营、高质量发展，力争全年开行1800列以上。", "1800列以上", "“长安号”开行数"),
    # 度 after 万 or 亿 is a unit (kilowatt-hours), no word of the name
    ("煤炭产量12.2亿吨、发电量6465亿度。", "6465亿", "发电量"),
    ("京资进蒙新增150亿元，蒙电入京超200亿度。", "超200亿", "蒙电入京"),
    # ranks listed after a rank's verb and scope alone are those of the clause before's subjects, in order (of their
    # growths when that clause lists growths)
    ("规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长7.6%、5.9%、10.4%，增速居全国第4位、第7位、第6位。",
     "第7", "固定资产投资增速全国排名"),
    ("其中城镇和农村居民人均可支配收入分别增长5.5%和8.2%，居全国第八位和第五位。", "第五", "农村居民人均可支配收入增速全国排名"),
    # a share a subject contributes of a whole's amount (贡献了全省近70%的地区生产总值) is its noun's share of the whole,
    # and so are the shares listed after it
    ("民营经济贡献了全省近70%的地区生产总值、70.6%的税收。", "70.6%", "民营经济税收占全省比重"),
    ("13个重点园区贡献了全省超三成的投资和超五成的税收。", "超三成", "重点园区投资占全省比重"),
    ("以约占全国3%的人口、1.3%的土地，创造了全国4.4%的经济总量。", "1.3%", "土地占全国比重"),
    ("以约占全国3%的人口、1.3%的土地，创造了全国4.4%的经济总量。", "4.4%", "经济总量占全国比重"),
    # a bare 完成投资 is the investment of the undertaking a clause before it opens (…行动, …工程, …示范区)
    ("推进重大工程建设，全年完成投资2400亿元。", "2400亿", "重大工程完成投资"),
    ("提速建设交通强国示范区，力争完成投资3250亿元。", "3250亿", "交通强国示范区完成投资"),
    # the aspect particle 了 after a verb is a word of the telling, not of the name (为了, 了解 stay)
    ("我们广泛征求各方面意见，确定了10件民生实事。", "10", "确定民生实事数"),
    ("每千人床位数增加到5.37张，人均预期寿命提高了1.59岁。", "1.59", "人均预期寿命提高"),
    # the mark of a note ([10]) is no word of a name
    ("“六水共治”[10]完成投资203亿元。", "203亿", "“六水共治”完成投资"),
    ("四大主导产业[9]占全省GDP比重由53%提升至70%。", "70%", "四大主导产业占全省GDP比重"),
    # a streak word after its length (九连提) reads as 连续 and what rose, without 实现 and the quote; the subject of
    # the clause before where none opens it
    ("城乡低保实现“九连提”。", "九", "城乡低保连续提高年数"),
    ("粮食生产实现“十五连丰”。", "十五", "粮食生产连续丰收年数"),
    ("粮食产量42.1亿斤、实现“十九连丰”。", "十九", "粮食产量连续丰收年数"),
    # a mark an amount crosses (大关, 台阶) is no part of its name, nor the verb of crossing; a clause that is only
    # the crossing crosses with the nearest clause's subject (jiamusi-2022, jincheng-2020, shenzhen-2023 found these)
    ("一般公共预算收入实现58.1亿元，首次突破50亿元大关。", "突破50亿", "一般公共预算收入"),
    ("推动经济总量跨过3万亿元大关。", "3万亿", "经济总量"),
    ("服务业增加值跨上万亿元台阶。", "跨上万亿", "服务业增加值"),
    # a time opening the words (到2025年, 至2027年) is no part of a name; a clause of a time only takes the nearest
    # clause's subject
    ("力争到2025年汽车产业产值突破万亿元。", "突破万亿", "汽车产业产值"),
    # a part of the year written with a number (前11个月) is a time, no number before a subject; not 提前4个月
    ("前11个月，固定资产投资同比增长33.2%，居全省第二位。", "第二", "固定资产投资增速全省排名"),
    ("长江干流江西段崩岸应急治理工程提前4个月完工。", "4", "长江干流江西段崩岸应急治理工程提前完工"),
    # a quoted name in the noun a total investment is of (…的巴公园区“造气岛”) is part of it
    ("煤化工重点推进总投资61.3亿元的巴公园区“造气岛”。", "61.3亿", "巴公园区“造气岛”总投资"),
    ("总投资51.19亿元的“城市双修”项目建设进展顺利。", "51.19亿", "“城市双修”项目总投资"),
    # an amount alone after a count is of the things counted (a year opening their words no word of them); not of one
    # of several counts, nor of 实施…项目 alone, which are the projects of the topic its sentence opens with, if any
    ("泉三高端装备产业园签约项目28个、总投资71亿元。", "71亿", "泉三高端装备产业园签约项目总投资"),
    ("2023粤港澳大湾区全球招商大会达成项目859个、投资总额2.24万亿元。", "2.24万亿", "粤港澳大湾区全球招商大会达成项目投资总额"),
    ("通过中长期贷款项目589个、贷款贴息项目252个，总投资超过3200亿元。", "超过3200亿", "总投资"),
    ("围绕培育壮大新兴产业，实施25个项目，总投资324.2亿元。", "324.2亿", "新兴产业项目总投资"),
    ("围绕完善基础设施及公用设施，实施39个项目，总投资753.8亿元，年度投资152.8亿元。", "152.8亿",
     "基础设施及公用设施项目年度投资"),
    ("全年实施25个项目，总投资324.2亿元。", "324.2亿", "总投资"),
    # two verbs joined by 和 (新建和改造) open a list as one shared verb
    ("新建和改造老旧供热管网50公里、供水管网40公里、燃气管网30公里。", "40", "新建和改造供水管网长度"),
    ("新开工49个保障性租赁住房项目、面积105万平方米。", "105万", "新开工保障性租赁住房项目面积"),
    # digits joined to Latin letters (5G, PM2.5, SO2) are a name's, not the number a subject ends before
    ("新增5G基站1.52万座、总数达9.17万座。", "9.17万", "5G基站总数"),
    ("PM2.5平均浓度下降0.3%。", "0.3%", "PM2.5平均浓度下降率"),
    # a piece that only moves the rank before it (、较上年上升21位) names that rank and the move
    ("排名“中国外贸百强城市”第39位、较上年上升21位。", "21", "“中国外贸百强城市”排名上升位次"),
    ("绵阳高新区在国家高新区综合排名第50位、上升5位。", "5", "绵阳高新区国家高新区综合排名上升位次"),
    # a scope or time before a list's shared verb (城区新建改造…) leaves it shared; a piece with a verb of its own at its
    # start or before its number (治理背街小巷132条, 国家科技计划项目增长10%) does not take it
    ("城区新建改造主次干道17条、背街巷道106条、供热管网78.7公里。", "78.7", "新建改造供热管网长度"),
    ("全市新增停车泊位5779个、整治农贸市场23座。", "23", "整治农贸市场数"),
    ("争取新增“国字号”科创平台2家、国家科技计划项目增长10%。", "10%", "国家科技计划项目增长率"),
    # a bare 累计 (or 总数) after a count of new things totals the things the piece before counts
    ("新增三甲医院7家，累计32家。", "32", "三甲医院累计数"),
    ("新建绿道230公里、累计近2000公里。", "近2000", "新建绿道累计长度"),
    # gaps to the wholes' figures listed with 分别 (较全省、全国分别低…) are the clause before's subject's, to each whole
    ("粮食加工转化率为56.8%，较全省、全国分别低11.5、31.2个百分点。", "11.5", "粮食加工转化率低于全省"),
    ("粮食加工转化率为56.8%，较全省、全国分别低11.5、31.2个百分点。", "31.2个百分点", "粮食加工转化率低于全国"),
    ("全市地区生产总值年均增长7%左右，到2026年突破1200亿元。", "突破1200亿", "地区生产总值"),
]  # fmt: skip

# Found by reading four corpus reports nobody annotated (ordos-2023, zhangye-2025, jiaxing-2024, beijing-2023)
NAMED += [
    # an amount of the sentence left at the end of a name, or before its 数 or streak, is another row's; a bar stays
    ("开展水权交易2248宗5803.06万立方米。", "2248", "开展水权交易数"),
    ("开展水权交易2248宗5803.06万立方米。", "5803.06万", "开展水权交易"),
    ("平原区地下水位连续7年累计回升10.1米。", "7", "平原区地下水位累计回升连续年数"),
    ("193宗重点项目完成年度投资1112.3亿元。", "1112.3亿", "重点项目完成年度投资"),
    ("煤制油产量连续3年超过400万吨。", "3", "煤制油产量超过400万吨连续年数"),
    # so is money of the sentence between a verb and what it pays for; not a bar (超10亿元或1亿美元项目) nor 总投资…的
    ("帮助1万家以上企业解决2000亿元融资需求。", "1万家以上", "帮助企业解决融资需求数"),
    ("投入财政资金920.7亿元实施20项民生实事和10项暖民心行动。", "20", "投入财政资金实施民生实事数"),
    ("新增超10亿元或1亿美元项目60个。", "60", "新增超10亿元或1亿美元项目数"),
    # a time adverbial inside a name (时隔20年之后, 自2019年以来, 首次 after its first word) says when, not what
    ("粮食产量时隔20年之后连续3年超过700亿斤。", "超过700亿", "粮食产量"),
    ("全域供电可靠率首次位居全国主要城市第1。", "第1", "全域供电可靠率全国主要城市排名"),
    # an adverb before a bound (首次, 先后) is no part of the subject a bare level or change after it carries
    ("外贸进出口总额首次突破百亿元、达到150亿元。", "150亿", "外贸进出口总额"),
    ("人均GDP首次超过7万元，达到7.3万元。", "7.3万", "人均GDP"),
    ("机场旅客吞吐量首次突破千万人次、增长143.8%。", "143.8%", "机场旅客吞吐量增长率"),
    ("全市经济总量先后跨越3万亿元、4万亿元两个大台阶。", "3万亿", "经济总量"),
    # a 分别 list's shared head: not after an item with a measure of its own (人次); 价格 a head, 装机 a kind before one
    ("全市接待游客人次、实现旅游收入分别增长26.8%和26.9%。", "26.8%", "接待游客人次增长率"),
    ("企业用电、用气、用热价格分别下降3.4%、11.8%和8.9%。", "11.8%", "用气价格下降率"),
    ("新能源、新型储能装机规模分别达550万千瓦、95.3万千瓦。", "550万", "新能源装机规模"),
    # a bare amount of work done (完成投资) is that of the projects or works a count before it counts; not of 项目 alone
    # (the undertaking a clause before opens, then)
    ("开复工工业项目115项，完成投资182.2亿元。", "182.2亿", "开复工工业项目完成投资"),
    ("实施200个左右重大交通项目，完成投资2万亿元。", "2万亿", "重大交通项目完成投资"),
    ("实施黑河西总干渠上段改建、小堵麻水库等水利项目79项，完成投资16.3亿元。", "16.3亿", "水利项目完成投资"),
    ("开展建设领域三大攻坚行动，实施项目483个、完成投资423.64亿元。", "423.64亿", "建设领域三大攻坚行动完成投资"),
    # the noun after the count when examples or an attribute with 的 stand before it
    ("抓好定西生态科技创新城等379个延链补链强链项目建设，争取完成投资142亿元。", "142亿", "延链补链强链项目完成投资"),
    ("实施总投资1353.6亿元的70项省市重点工程，年内完成投资232.6亿元。", "232.6亿", "省市重点工程完成投资"),
    ("推进“光芯屏端网”等7200个重大产业项目建设，年度投资8000亿元以上。", "8000亿元以上", "重大产业项目年度投资"),
    # a streak of a standing among others with no words of its own before it holds the subject of the clause or piece
    # before; not a streak of awards (the place's own) or after a verb's words
    ("技术合同成交总额378.3亿元、增长40.8%，连续6年全省领先。", "6", "技术合同成交总额全省领先连续年数"),
    ("贷款余额增长15.8%、连续13个月居全国首位。", "13", "贷款余额居全国首位连续月数"),
    ("人才总量增至685万人，连续7年获评“中国最佳引才城市”。", "7", "获评“中国最佳引才城市”连续年数"),
    # an item of its own joined to a count by 和 or 及 is no word of the count's name (but the list's verb is); not the
    # 及 of 惠及
    ("推进华南国家植物园和4个万亩级红树林示范区建设。", "4", "推进万亩级红树林示范区建设数"),
    ("新增4家5A级景区和5家国家全域旅游示范区。", "5", "新增国家全域旅游示范区数"),
    ("开工龙江河谷灌区、长塘水库及350个以上增发国债水利项目。", "350个以上", "开工增发国债水利项目数"),
    ("家庭适老化改造惠及5.47万户特殊困难老年人家庭。", "5.47万", "家庭适老化改造惠及特殊困难老年人家庭数"),
    # a level reached after a change or an addition is the subject's, without the verb of change or adding; not a
    # rate reached after a rate (the growth again)
    ("全省制造业占比提高0.4个百分点、达28.2%。", "28.2%", "制造业占比"),
    ("新增上市公司43家，累计达到113家。", "113", "上市公司数"),
    ("西部百强县新增1个、达到8个。", "8", "西部百强县数"),
    ("地区生产总值增长6%左右，力争达到6%以上。", "6%以上", "地区生产总值增长"),
    # a 分别 list's gap to the whole or the year's target names each item's rate and the whole (…增速高于全国); a
    # shared 增速 is each item's, though it ends in a measure of its own (增加值)
    ("规模以上工业增加值、固定资产投资、社会消费品零售总额增速分别比全国高0.2、0.9、0.1个百分点。", "0.2",
     "规模以上工业增加值增速高于全国"),
    ("固定资产投资增长5%、一般公共预算收入增长12.5%，分别高于全国2个、6.1个百分点。", "2", "固定资产投资增速高于全国"),
    ("岳阳、衡阳经济增速分别高于全省0.9个、0.7个百分点。", "0.7个百分点", "衡阳经济增速高于全省"),
    ("投资、进出口等主要指标增速分别比预期目标高5、2.9个百分点。", "2.9个百分点", "进出口增速高于预期目标"),
    # a bare change or share after a clause a count opens is that of the things counted, the words after the count
    ("12家离岛免税店销售额580.9亿元，增长19.3%。", "19.3%", "离岛免税店销售额增长率"),
    ("525个重点项目完成投资669亿元、增长18.9%。", "18.9%", "重点项目完成投资增长率"),
    ("4个综合保税区贸易额增长71.4%、占全区外贸总额40.8%。", "40.8%", "综合保税区贸易额占全区外贸总额比重"),
    # a count that 把 or 将 puts before its verb: the predicate first, the noun alone before 的; not after a coverb
    ("将4万名农村就业劳动力纳入城镇职工社会保险体系。", "4万", "纳入城镇职工社会保险体系的农村就业劳动力数"),
    ("把14个沿海城市的“蓝色动力”充分激发出来。", "14", "沿海城市数"),
    ("将60项省级行政职权调整由市县实施。", "60", "省级行政职权调整由市县实施数"),
    # a coverb before a count (对, 与: `list_words.csv` coverb) makes it a count of the things after it, named by what
    # the clause then does with them (its first work, no 进行), or by the things alone in 以…为…
    ("对284个企业投资项目实行“不见面审批”。", "284", "实行“不见面审批”的企业投资项目数"),
    ("与9个国家建立12个多双边合作机制。", "9", "建立多双边合作机制的国家数"),
    ("对50个乡村振兴重点帮扶县全面落实特殊支持措施。", "50", "全面落实特殊支持措施的乡村振兴重点帮扶县数"),
    ("对5个市（州）级儿童福利机构进行优化提质、增加床位300张。", "5", "优化提质的市（州）级儿童福利机构数"),
    ("对128个集体和49名个人进行奖励。", "128", "奖励的集体数"),
    ("以15项重大工程为抓手，谋划建设一批高质量项目。", "15", "重大工程数"),
    # 各 right before the number gives so many to each thing named: （各） after the name, as annotators write it;
    # not 各 elsewhere (各类)
    ("选育标杆农民合作社、家庭农场各1000个。", "1000", "选育标杆农民合作社、家庭农场数（各）"),
    ("完成林分优化提升、森林抚育提升各15万亩。", "15万", "完成林分优化提升、森林抚育提升面积（各）"),
    ("新增各类人才95.5万人、总量达1272万人。", "95.5万", "新增各类人才人数"),
    # a bare rate of investment done (完成率, 投资完成率) is that of the projects whose 完成投资 it follows, or that
    # the count before counts; a number in a quoted name (“千项万亿”) or a closing quote leaves them a name of projects
    ("省市重点工程完成投资266.9亿元，完成率117.5%。", "117.5%", "省市重点工程投资完成率"),
    ("省市县重点项目完成投资1019亿元、投资完成率110.7%。", "110.7%", "省市县重点项目投资完成率"),
    ("实施省“千项万亿”重大项目183个，完成投资1133亿元、完成率130.7%。", "130.7%", "省“千项万亿”重大项目投资完成率"),
    ("开复工省市“双百大项目”354项，超年计划54项，完成投资275.4亿元。", "275.4亿", "开复工省市“双百大项目”完成投资"),
    ("整改问题200件，完成率92%。", "92%", "整改问题完成率"),
    ("700个省重点项目加快建设，年度投资完成率137%。", "137%", "省重点项目年度投资完成率"),
    # a bare rate of handling (办结率, 满意率) is that of what the clause or pieces before it name; not another rate
    ("办理人大代表建议673件、政协提案699件，办结率均为100%。", "100%", "办理人大代表建议、政协提案办结率"),
    ("市民服务热线受理诉求222万件次，满意率99.2%。", "99.2%", "市民服务热线受理诉求满意率"),
    # … and a bare 覆盖率 or 延期率 after a piece counting or doing what it is of; not a rate that names its owner
    ("上云工业企业超过5万家、覆盖率提高到49%。", "49%", "上云工业企业覆盖率"),
    ("累计延期还款1009亿元，延期率34%。", "34%", "累计延期还款延期率"),
    ("新建绿道562.6公里，城市绿化覆盖率达到44.8%。", "44.8%", "城市绿化覆盖率"),
    ("全区累计清偿欠款50亿元，无分歧欠款清偿率25%，化解率100%。", "100%", "化解率"),
    # two levels or two qualities joined by 、 before the noun they share are one name, not two pieces
    ("35个项目纳入国家、省重大项目用地保障。", "35", "纳入国家、省重大项目用地保障的项目数"),
    ("累计形成近200项全国首创性、突破性开放创新举措。", "近200", "累计形成全国首创性、突破性开放创新举措数"),
    ("新建学校5所、改扩建学校12所。", "5", "新建学校数"),
    ("9个国、省考监测断面水质全部达标。", "9", "国、省考监测断面水质全部达标数"),
    # so do short words before a longer last one (the qualities of its noun), but a verb, a coverb or 的 among them
    ("新增2000万平方米低成本、优质、定制化厂房空间。", "2000万", "新增低成本、优质、定制化厂房空间面积"),
    ("建设以昆明为中心的1小时经济圈、以节点城市为中心的半小时经济圈。", "1", "建设以昆明为中心的经济圈"),
    # things of one kind after a count, all ending in one head or the last two joined by 和, are all counted; not a
    # later piece opening with a verb of its own (创立…), nor one after a batch (一批…)
    ("重点扶持15个众创空间、孵化器和加速器。", "15", "重点扶持众创空间、孵化器和加速器数"),
    ("培育100个卫星镇、特色专业镇、县域次中心镇。", "100", "培育卫星镇、特色专业镇、县域次中心镇数"),
    ("力争今年新增5个校企共建学院、创立职业本科院校。", "5", "新增校企共建学院数"),
    ("培育10个产业集群、一批龙头企业和专精特新企业。", "10", "培育产业集群数"),
    ("2个全国重点实验室、西安综合性科学中心和科技创新中心获批建设。", "2", "全国重点实验室数"),  # 获批: one granted
    # a bare rate ranked (增速, 增幅) is the rate of the nearest clause or piece before it that names a subject; alone
    # when it ranks several (均居) or a 分别 list, and never a gap's (高于预期目标…: the subject before it)
    ("全市实现地区生产总值5401.2亿元，增长4.2%，增速居全省第一。", "第一", "地区生产总值增速全省排名"),
    ("创新指数排名全省第二、增幅全省第一。", "第一", "创新指数增幅全省排名"),
    ("高校增加25所、增量居全国第1位。", "第1", "高校增量全国排名"),  # a gain (增量) ranked as a rate is
    ("全省地区生产总值11863.8亿元、增长6.4%，高于预期目标0.4个百分点，增速居全国第6位。", "第6", "地区生产总值增速全国排名"),
    ("高新技术企业增至2850家，科技型中小企业增至2729家，增速均居珠三角第一。", "第一", "增速珠三角排名"),
    # a bare 总里程 is a total like 总数: its subject's, without the verb of adding or the 里程 it says again
    ("新增铁路营运里程2428公里、总里程达到9092公里。", "9092", "铁路营运总里程"),
    ("新增高速公路796公里，总里程突破9000公里。", "突破9000", "高速公路总里程"),
    # a growth named by its verb's noun (上涨 → 涨幅), as the annotations name a price's rise
    ("居民消费价格上涨1.8%。", "1.8%", "居民消费价格涨幅"),
    ("居民消费价格总水平上涨2.6%。", "2.6%", "居民消费价格总水平涨幅"),
    # a verb of doing before a catalogue indicator's name (完成, 实现) is no part of it; 完成投资 (a work done) stays
    ("预计完成地区生产总值5400亿元、增长6.2%。", "5400亿", "地区生产总值"),
    ("预计完成地区生产总值5400亿元、增长6.2%。", "6.2%", "地区生产总值增长率"),
    ("开展建设领域三大攻坚行动，完成投资423.64亿元、增长12%。", "12%", "建设领域三大攻坚行动完成投资增长率"),
    # 在建 after a piece that 建成 opens does its work on the same object (a shared verb of `list_words.csv`)
    ("建成并网风光电120万千瓦、在建209.9万千瓦。", "209.9万", "在建并网风光电装机容量"),
    # a 分别 list's later short count of people or events takes the first's modifier (事故起数、死亡人数)
    ("生产安全事故起数、死亡人数分别下降15.6%和21.5%。", "21.5%", "生产安全事故死亡人数下降率"),
]  # fmt: skip

# Found by reading four more (sichuan-2024, fujian-2024, guangxi-2024, zhejiang-2023)
NAMED += [
    # a 分别 list's pair word split by 、 (存、贷款) is joined again: each member keeps the shared modifier and tail
    ("本外币存、贷款余额分别增长9.6%、11.4%。", "9.6%", "本外币存款余额增长率"),
    ("本外币存、贷款余额分别增长9.6%、11.4%。", "11.4%", "本外币贷款余额增长率"),
    ("预计实际利用内、外资分别增长37.6%和17%。", "17%", "实际利用外资增长率"),
    # a change in points after a share's words alone (占全市比重81.7%、较上年提高…) is the share's, whose share named
    ("县域范围地区生产总值达到2459.27亿元，占全市比重81.7%、较上年提高0.3个百分点。", "0.3个百分点",
     "县域范围地区生产总值占全市比重提高"),
    ("全市民生支出占一般公共预算支出的79.42%，较上年提高4.27个百分点。", "4.27个百分点", "民生支出占一般公共预算支出比重提高"),
    ("工业投资增长10.7%，占固定资产投资比重达30.9%、提高4.6个百分点。", "4.6个百分点", "工业投资占固定资产投资比重提高"),
    # a heading's Markdown bold marks and an item's enumerator or number are no words of the name either
    ("**粮食总产量达到295.6亿斤**，创历史新高。", "295.6亿", "粮食总产量"),
    ("七是**免费送戏下乡1万场。", "1万", "免费送戏下乡数"),
    ("9.新增婴幼儿托位1.5万个。", "1.5万", "新增婴幼儿托位数"),
    ("22.7万贫困人口全部脱贫。", "22.7万", "贫困人口全部脱贫人数"),
    # an amount of sales (营业额, 零售额, 销售额…) after the last item is a head every item takes
    ("限上住宿业、餐饮业营业额分别增长24.4%、19.6%。", "24.4%", "限上住宿业营业额增长率"),
    ("新能源汽车、可穿戴智能设备零售额分别增长53.6%、44.5%。", "53.6%", "新能源汽车零售额增长率"),
    # earlier items as long as the last one's opening and ending in the same word take its tail (…居民、…居民人均…)
    ("城镇居民、农村居民人均可支配收入分别增长4.3%、6.9%。", "4.3%", "城镇居民人均可支配收入增长率"),
    ("数字经济、绿色经济占比分别提高13.4、6.3个百分点。", "13.4", "数字经济占比提高"),
    # a bare 新增 or 净增 after a piece that counts things adds to those things, not to another piece's work
    ("入围世界500强企业9家、新增1家。", "1", "新增入围世界500强企业数"),
    ("市场主体总量达到825.8万户，净增300万户以上。", "300万户以上", "净增市场主体数"),
    ("全省经营主体突破1800万户、全年净增172.8万户。", "172.8万", "净增经营主体数"),
    ("新增规模以上工业企业超1300家、连续三年新增超千家。", "超千", "新增规模以上工业企业数"),
    ("撤销本专科专业点461个、新增270个。", "270", "新增数"),
    # 净增 opening a 、-list adds each piece, as 新增 does (`shared_verb` in `list_words.csv`)
    ("净增高新技术企业520户、科技型中小企业1450户。", "1450", "净增科技型中小企业数"),
    ("新建公办幼儿园37所、公办园在园幼儿占比52.5%。", "52.5%", "公办园在园幼儿占比"),  # no verb for a share
    # how a counted noun's work goes (加快推进, 加快建设) is no part of what is counted; nor 等 ending examples before it
    ("3个国家先进制造业集群加快壮大。", "3", "国家先进制造业集群数"),
    ("700个省重点项目加快建设。", "700", "省重点项目数"),
    ("13个水电站、21个光伏项目、18个风电项目等加快建设。", "18", "风电项目数"),
    ("5个省级特色小镇建设有序推进。", "5", "省级特色小镇建设数"),  # 有序, 顺利, 稳步, 扎实…推进 too
    ("141项国省试点试验示范任务深入推进。", "141", "国省试点试验示范任务数"),
    ("18个项目加快投产。", "18", "投产项目数"),
    # a rank in a group (在…中) with no subject of its own: that of the growth before it, or the group's alone
    ("全省地区生产总值突破6万亿元，增长6%、在前十经济大省中并列第一。", "第一", "地区生产总值增速前十经济大省排名"),
    ("规上工业增加值增长7%，在10个工业大省中增速第1。", "第1", "规上工业增加值增速工业大省排名"),
    ("科技城建设明显提速，在全国城市科技创新百强榜中上升至第十七位。", "第十七", "全国城市科技创新百强榜排名"),
    # a time counted in working days (个工作日) is its unit: no count of days (…审批时间工作日以内数)
    ("一般工程建设项目审批时间压缩至80个工作日以内。", "80个工作日以内", "一般工程建设项目审批时间"),
    ("企业开办时间压缩至3.5个工作日。", "3.5", "企业开办时间"),
    # 内 right after a time is a bound (at most), no word of the name; 压缩到 is the verb reaching it
    ("企业开办时间压缩到90分钟内。", "90分钟内", "企业开办时间"),
    ("不动产登记业务5个工作日内办结。", "5个工作日内", "不动产登记业务办结"),
    ("迅速形成24小时内全市全员核酸检测能力。", "24小时内", "迅速形成全市全员核酸检测能力"),
    # an amount after 总规模 or 年产值, then 的 and a noun, measures the noun (`attribute` in `measure_words.csv`)
    ("设立总规模240亿元的省产业转移基金。", "240亿", "省产业转移基金总规模"),
    ("建成年产值超10亿元的“土特产”全产业链100条。", "超10亿", "“土特产”全产业链年产值"),
    # 具备…条件 is the noun's predicate, no word of it (`predicate_words.csv`)
    ("计划总投资277亿元的莆炎高速永泰梧桐至尤溪中仙段具备通车条件。", "277亿", "莆炎高速永泰梧桐至尤溪中仙段计划总投资"),
    # 有 saying how many of them are so is no word of a count's name; 现有, 至少有 are
    ("市区经济重点项目有76个开工建设。", "76", "市区经济重点项目开工建设数"),
    ("我市仅有2户企业入选。", "2", "我市入选企业数"),
    ("提质壮大现有8个万亿元级产业集群。", "8", "提质壮大现有万亿元级产业集群数"),
    # an attribute's amount before 的 and a count (总投资657.5亿元的229个…) is the things', no word of the count's name
    ("全力抓好总投资657.5亿元的229个水利项目。", "229", "水利项目数"),
    ("实施总投资1353.6亿元的70项省市重点工程。", "70", "实施省市重点工程数"),
    ("实施单体投资超过100亿元的产业项目10个以上。", "10个以上", "实施单体投资超过100亿元的产业项目数"),
    # 基本建成 a predicate as 基本完工 is: after a 、 it takes the subject of the piece before
    ("确保棚户区改造开工2826套、基本建成1230套。", "1230", "棚户区改造基本建成数"),
    # a 分别 list's scope (限上, 规模以上) opening a first item that shares the head is every item's
    ("限上住宿业、餐饮业营业额分别增长24.4%、19.6%。", "19.6%", "限上餐饮业营业额增长率"),
    ("规模以上工业增加值、固定资产投资分别增长5%、6%。", "6%", "固定资产投资增长率"),
    ("预计规上工业、数字经济增加值分别增长10%和15%以上。", "15%以上", "数字经济增加值增长率"),
    # an item ending in 总值 has its own measure: no shared head after it
    ("地区生产总值、一般公共预算收入年均分别增长8.6%和9.5%。", "8.6%", "地区生产总值年均增长率"),
]  # fmt: skip

# Found by reading 8 corpus reports nobody annotated (gansu-2023, hebei-2024, henan-2023, jiangsu-2024, ordos-2023,
# tibet-2024, shandong-2023, guangxi-2024) as a strict reader would, session 14.
NAMED += [
    # a count in 户 is of households (户数), unless what it counts is itself counted so (企业, 市场主体, 合作社 …)
    ("新改造老旧小区38.9万户。", "38.9万", "新改造老旧小区户数"),
    ("深入实施城市更新行动，新开工改造老旧小区1251个13.78万户。", "13.78万", "新开工改造老旧小区户数"),
    ("完成农村改厕27万户。", "27万", "完成农村改厕户数"),
    ("新登记市场主体4.3万户。", "4.3万", "新登记市场主体数"),
    ("新增规模以上工业企业3036户。", "3036", "新增规模以上工业企业数"),
    ("带动脱贫户1.2万户。", "1.2万", "带动脱贫户数"),
    # an amount in 千瓦 is a capacity (装机容量), unless the name says what of it already (装机, 能力, 规模)
    ("实施新能源发电项目726万千瓦。", "726万", "实施新能源发电项目装机容量"),
    ("新增电力装机1520万千瓦。", "1520万", "新增电力装机"),
    ("清洁能源外送能力突破500万千瓦。", "突破500万", "清洁能源外送能力"),
    # 上调, 调降, 调增, 提标 are verbs of change: a growth, named by its rate
    ("全区一、二、三类地区月最低工资标准分别上调9.9%、16.5%和18.2%。", "16.5%", "第二类地区月最低工资标准上调率"),
    ("工商业综合用电成本调降14%。", "14%", "工商业综合用电成本调降率"),
    ("城乡低保分别提标9.3%和5.4%。", "5.4%", "农村低保提标率"),
    ("城市污水处理厂提标改造完成70%以上。", "70%以上", "城市污水处理厂提标改造"),  # 提标改造: a work, no change
    # an adverb of effort (加快, 重点, 统筹, 高质量 …) before the verb of the work counted is no part of its name; not
    # before a noun (重点项目)
    ("完善储粮基础设施，加快建设7个省级粮库。", "7", "建设省级粮库数"),
    ("重点实施76个重大改革方案。", "76", "实施重大改革方案数"),
    ("高质量推进3个国家公园创建工作。", "3", "推进国家公园创建工作数"),
    ("重点项目完成投资960亿元。", "960亿", "重点项目完成投资"),
    # a clause of its own (a subject, a verb of `list_words.csv` clause_verb, its object) before the 、 of the number's
    # piece is no part of the name; its subject is, when short and single
    ("广交会全面恢复线下举办、出口成交额增长10%。", "10%", "广交会出口成交额增长率"),
    ("县级三甲医院实现零的突破、达到5家。", "5", "县级三甲医院数"),
    ("铁路通达所有地州市、覆盖80%以上县级行政区。", "80%以上", "铁路覆盖县级行政区"),
    ("在全国率先实现行政村千兆光纤、5G网络通达率100%。", "100%", "在全国率先实现行政村千兆光纤、5G网络通达率"),
    # a 分别 list of counts names each count by its unit (数), and by the verb of adding when it says one
    ("龙头企业、链主企业分别增加212家、30家。", "30", "链主企业增加数"),
    ("家庭农场、农民合作社分别达19.3万个、11.9万家。", "19.3万", "家庭农场数"),
    # a clause that is only a verb and its amount does its work on the object of the clause before
    ("实施新能源发电项目726万千瓦，建成212万千瓦。", "212万", "建成新能源发电项目装机容量"),
    # an amount before a thing being built is its size: the thing's, without the building and the push
    ("加快480万千瓦火电项目建设。", "480万", "火电项目装机容量"),
    # a verb of counting and what it counts (接待游客) takes no head of the last item (旅游收入)
    ("接待游客1.35亿人次、旅游总收入1692.5亿元，分别是上年的2.5倍、3.4倍。", "2.5倍", "接待游客相对上年倍数"),
    # ... with a place or scope before it too (全州接待游客), or the count after it (游客接待量); 实现 opening an item is
    # no word of it; a first item counting visitors lends its scope (重点景区) to a bare 营收 after it
    ("全州接待游客3604万人次、实现旅游收入301.1亿元，分别增长14.2%、32.3%。", "14.2%", "全州接待游客增长率"),
    ("全州接待游客3604万人次、实现旅游收入301.1亿元，分别增长14.2%、32.3%。", "32.3%", "旅游收入增长率"),
    ("全市游客接待量和旅游总收入分别增长17%、25%。", "17%", "游客接待量增长率"),
    ("重点景区接待游客、营收分别增长16%和11.5%。", "11.5%", "重点景区营收增长率"),
    ("全年接待游客人次、旅游总花费分别增长5.4%、6.5%。", "6.5%", "旅游总花费增长率"),
    # a 分别 list's last item ending in a rate of work done for things (普及率, 处理率, 治理率, 覆盖率) lends it to
    # earlier items that name only the things; not to items with a rate of their own
    ("城市（县城）生活污水、垃圾处理率分别达85%、92%以上。", "85%", "城市（县城）生活污水处理率"),
    ("农村卫生户厕、自来水普及率分别达到81.7%、95.6%。", "81.7%", "农村卫生户厕普及率"),
    ("建制镇污水处理设施、生活垃圾收转运处置体系覆盖率分别达62%和77%。", "62%", "建制镇污水处理设施覆盖率"),
    ("城市绿化覆盖率、林木覆盖率分别达到44.8%和29.9%。", "44.8%", "城市绿化覆盖率"),
    # items of two characters after a first one with a modifier before its word (基本养老) share the last item's words
    # after its first word; not when that word is quoted (“一带一路”沿线国家) or the words after it are short
    ("基本养老、医疗、失业、工伤保险参保人数分别达到508万、655万、117万、146万。", "655万", "医疗保险参保人数"),
    ("基本养老、失业、工伤保险覆盖人数分别增长16%、34.6%、41.8%。", "16%", "基本养老保险覆盖人数增长率"),
    ("对东盟、欧盟及“一带一路”沿线国家进出口分别增长43.2%、8.4%、32.1%。", "8.4%", "欧盟进出口增长率"),
    # a list's kinds of networks (供热、燃气、排水管网) share the kind the last ends in, as kinds of industry do
    ("改造老旧供热、燃气、排水管网800公里、600公里、300公里。", "600", "燃气管网"),
    # an item that is an amount (…额) or a count of cases (…案件) of its own takes no head of the last (人数)
    ("新发涉嫌非法集资刑事案件、集资金额、参与集资人数分别下降36.7%、56.48%、59.08%。", "56.48%", "集资金额下降率"),
    ("新发涉嫌非法集资刑事案件、集资金额、参与集资人数分别下降36.7%、56.48%、59.08%。", "36.7%",
     "新发涉嫌非法集资刑事案件下降率"),
    ("航空航天、医药制造业增加值分别增长20%、10%。", "20%", "航空航天制造业增加值增长率"),
    # a head of the last item longer than its noun's own words (人均纯收入) is shared whole, not its last word (收入)
    ("脱贫人口、监测对象人均纯收入增长12.4%、17%。", "12.4%", "脱贫人口人均纯收入增长率"),
    # a bare total (总数, 总面积, 总容量, 总里程) after a piece that adds or builds is the total of what that piece
    # added (the kind after its examples), before the sentence's subject
    ("新建高标准农田350万亩、总面积达到4612万亩，占耕地比重提高到64.8%。", "4612万", "高标准农田总面积"),
    ("新增电力装机3400万千瓦、总容量达到1.2亿千瓦。", "1.2亿", "电力装机总容量"),
    ("科技型中小企业增长超过40%，新增国家级专精特新“小巨人”企业52家，总数达到162家。", "162",
     "国家级专精特新“小巨人”企业总数"),
    ("建成贵阳经金沙至古蔺、兰海国高重庆至遵义段扩容工程等高速公路452公里、总里程达8784公里。", "8784",
     "高速公路总里程"),
    # bare projects counted after an opening clause that names the field the sentence works in (开展, 构建, 发展,
    # 深化拓展, 布局 + the field) are that field's; not a campaign of work, a year or a batch
    ("持续开展“交通大会战”，实施项目37个，完成投资186.8亿元，创历史新高。", "37", "实施“交通大会战”项目数"),
    ("深化拓展闽宁协作，290个项目落地实施，被国家部委誉为全国乡村振兴和劳务协作典范。", "290",
     "落地实施闽宁协作项目数"),
    ("适度超前布局新基建，加快推进“东数西算”中部枢纽节点、中金武汉数谷等25个重大项目。", "25", "推进新基建重大项目数"),
    # a bare magnitude a subject heads for (加速迈向万亿级, 向千亿规模迈进, 向万亿元冲刺, 跻身千亿俱乐部) is the
    # subject's size (its own measure when it names one), the words of moving no part of the name
    ("汉孝随襄十汽车产业走廊、宜荆荆绿色化工产业集群加速迈向万亿级。", "万亿",
     "汉孝随襄十汽车产业走廊、宜荆荆绿色化工产业集群规模"),
    ("推动先进陶瓷和新型功能玻璃产业向千亿规模迈进。", "千亿", "先进陶瓷和新型功能玻璃产业规模"),
    ("装备制造业营业收入向万亿元冲刺。", "万亿", "装备制造业营业收入"),
    # a share opening its clause, of the things named after it (80%以上行政村成为…), is their 比例, as with 的
    ("80%以上行政村成为“绿盈乡村”。", "80%以上", "行政村成为“绿盈乡村”比例"),
    ("超七成财政支出投向民生社会事业。", "超七成", "财政支出投向民生社会事业比例"),
    # a per said between the verb of reaching and the number: per so many people it opens the name (每10万人…), per a
    # time or a volume it is the unit's (每月, 每立方米) and no word of the name
    ("尽快建成自治区重大疫情救治基地，重症床位数提高到每10万人12张以上。", "12张以上", "每10万人重症床位数"),
    ("养老床位达到每千名老人40张。", "40", "每千名老人养老床位数"),
    ("城乡居民省定基础养老金标准提高至每月150元。", "150", "城乡居民省定基础养老金标准"),
    ("PM2.5浓度下降至每立方米19微克。", "19", "PM2.5浓度"),
    # two-character modifiers listed after a count before the noun they share (健康、美丽、…县城) are one piece
    ("高质量推进以县城为重要载体的城镇化建设，创建10个健康、美丽、文明、智慧、幸福县城。", "10",
     "创建健康、美丽、文明、智慧、幸福县城数"),
    ("推动40个机关、企事业单位附属空间对社会开放共享。", "40", "机关、企事业单位附属空间对社会开放共享数"),
    # a count of times, sessions or incidents (次, 场次, 起: `units.csv`) is named by that noun after what was done
    # (次数, 场次, 起数), never the verb phrase alone; 起 is the unit, no word of the name
    ("政府党组会、党组中心组学习会等开展15次集体学习。", "15", "政府党组会、党组中心组学习会等开展集体学习次数"),
    ("大型民族音乐剧《辫子魂》在浙川两地巡回演出30余场次，电视剧入选。", "30余",
     "大型民族音乐剧《辫子魂》在浙川两地巡回演出场次"),
    ("安全处置33起森林火灾，有效应对。", "33", "安全处置森林火灾起数"),
    ("特别是2022年成功处置了“4·06”“9·20”等90多起突发疫情。", "90多", "突发疫情起数"),
    # a bare magnitude before the kind it sizes (千亿产业, 营业收入过百亿的民营企业) is inside the subject, not the
    # number that ends it; a piece reaching a total (、达到40家; 累计达到973座) has its own verb, not the clause's 新增
    ("新增千亿产业3个，总数达14个，建筑业成为万亿产业。", "14", "千亿产业总数"),
    ("新增营业收入过百亿的民营企业2家、达到40家，均创历史新高。", "40", "营业收入过百亿的民营企业数"),
    ("新增上市企业21家、达到177家。", "177", "上市企业数"),
    ("新增公园141座、累计达到973座。", "973", "公园数"),
    # an ordinal of size among a kind (成为第一大支柱产业) ranks what became it among that kind, in the scope said
    # between (我国对东盟的); with no subject, what it is the largest in (成为杂交水稻制种第一大省)
    ("绿色能源成为第一大支柱产业，绿色铝硅产值突破1800亿元。", "第一", "绿色能源在支柱产业中的位次"),
    ("新能源成为第二大电源、投产并网规模突破2000万千瓦。", "第二", "新能源在电源中的位次"),
    ("磨憨铁路口岸成为我国对东盟的第一大铁路口岸。", "第一", "磨憨铁路口岸在我国对东盟的铁路口岸中的位次"),
    ("建成高标准农田660万亩，成为杂交水稻制种第一大省。", "第一", "杂交水稻制种位次"),
    # a number inside the subjects of a 分别 list (110报警数, 15%所得税) is no member of the list: the list is the
    # numbers after 分别, one for each subject
    ("全市110报警数、刑事立案数、电信网络诈骗立案数分别下降7%、14.4%、18.8%，公众安全感连续12年实现双提升。", "14.4%",
     "刑事立案数下降率"),
    ("全市110报警数、刑事立案数、电信网络诈骗立案数分别下降7%、14.4%、18.8%，公众安全感连续12年实现双提升。", "7%",
     "110报警数下降率"),
    # a list of numbers in a clause that names no subject of its own, only a ratio's copula and base (是2015年的) or a
    # share of a whole and 分别 (占…比重分别提高), measures in order what the clause before listed (its subjects
    # without their verb of change); a year opening that clause is its time, no subject's word
    ("预计，2020年城乡居民人均可支配收入分别达37010元、15539元，是2015年的1.4倍、1.6倍。", "1.6倍",
     "农村居民人均可支配收入相对2015年倍数"),
    ("预计，2020年城乡居民人均可支配收入分别达37010元、15539元，是2015年的1.4倍、1.6倍。", "1.4倍",
     "城镇居民人均可支配收入相对2015年倍数"),
    ("战略性新兴产业产值、高新技术产业增加值年均增长22.9%和16.8%，占规上工业比重分别提高22.9和12.5个百分点。",
     "12.5个百分点", "高新技术产业增加值占规上工业比重提高"),
    ("普惠小微贷款、制造业贷款、科技型企业贷款分别增长23.8%、15.9%、31.9%，占贷款余额比重分别提高2.2、0.7、"
     "1.8个百分点。", "0.7", "制造业贷款占贷款余额比重提高"),
    # 分别 of a list not read as one (one subject, two numbers) is still no word of the name
    ("城乡低保标准分别提高7.1%和8.3%，特困人员基本生活补贴标准分别提高6.3%和7.1%。", "6.3%",
     "特困人员基本生活补贴标准提高率"),
    # the projects a 完成投资 is of may be named after their count (推进1000个左右重大项目)
    ("每年滚动推进1000个左右重大项目，完成投资1万亿元以上。", "1万亿元以上", "重大项目完成投资"),
    # a verb opening a clause of counts, each piece opening with its count, is every piece's verb (not only the
    # vocabulary's shared verbs); not a verb that pushes what each piece says it does, nor an owner or a place
    ("五年内集聚50名战略科学家、500名科技领军人才、2500名卓越工程师。", "500", "集聚科技领军人才数"),
    ("获批3个国家乡村振兴示范县、7个乡村旅游示范县。", "7", "获批乡村旅游示范县数"),
    ("升级改造5个县级物流配送中心、30个农贸市场。", "30", "升级改造农贸市场数"),
    ("推动28个新建项目早日开工、95个续建项目加快建设。", "95", "续建项目数"),
    ("我省8项典型经验获国务院通报表扬、18项工作获国务院督查激励。", "18", "获国务院督查激励的工作数"),
    # more verbs a list shares (新获批, 新入驻, 获得, 修复, 组建, 签署, 种植): each piece's that has none of its own, and
    # none of a piece with its own (种植 after 新建)
    ("新获批全国重点实验室5家、国家级制造业创新中心1家。", "1", "新获批国家级制造业创新中心数"),
    ("新入驻科技型企业846家、创新创业人才近万人。", "近万", "新入驻创新创业人才人数"),
    ("获得世界三大赛金牌22枚、亚洲大赛金牌26枚。", "26", "获得亚洲大赛金牌数"),
    ("累计修复历史遗留矿山10.2万亩、湿地2.3万亩。", "2.3万", "累计修复湿地面积"),
    ("全区新建高标准农田395万亩、种植优质饲草300万亩。", "300万", "种植优质饲草面积"),
    # a threshold (千万元及以上) or a count of kinds (三项) inside a subject does not end it; a hotline's number (12345)
    # names the hotline whose handling a bare rate is of; 满意度 is such a rate too
    ("千万元及以上项目利用内资3603.3亿元，同比增长21.1%。", "21.1%", "千万元及以上项目利用内资增长率"),
    ("三项社会保险参保人数达到2082.36万人次、增长31.95%。", "31.95%", "三项社会保险参保人数增长率"),
    ("新开工50亿元以上制造业项目56个、比上年增加51个。", "51", "新开工50亿元以上制造业项目增加数"),
    ("12345热线累计办理群众诉求70万件，满意率99.6%。", "99.6%", "12345热线累计办理群众诉求满意率"),
    ("办理人大代表建议746件、政协提案617件，满意度持续保持100%。", "100%", "办理人大代表建议、政协提案满意度"),
    # a count after 为 opening its clause (免费为, 继续为, 为全省) is of the people or firms served, named by the service
    # first (as after 对): its words to the clause's end when no number follows a 、, its verb and the noun after its
    # last 的 when too long; an amount or a bracketed note no part of it, 免费 or 统一 part of the service
    ("为3.87万名高校毕业生发放租房补贴。", "3.87万", "发放租房补贴的高校毕业生数"),
    ("采取公益捐赠方式，为全省超1700家已备案托育机构统一购买在托婴幼儿意外责任保险。", "超1700",
     "统一购买在托婴幼儿意外责任保险的全省已备案托育机构数"),
    ("免费为58.8万名孕妇提供地中海贫血、唐氏综合征、严重致死致残结构畸形的产前筛查。", "58.8万", "提供产前筛查的孕妇数"),
    ("免费为超过50万名适龄妇女提供一次乳腺癌、宫颈癌筛查。", "超过50万", "提供一次乳腺癌、宫颈癌筛查的适龄妇女数"),
    ("为2.5万名困难群众发放基本生活保障金2.4亿元。", "2.5万", "发放基本生活保障金的困难群众数"),
    ("继续为1.2万户以上困难老年人家庭进行居家适老化改造。", "1.2万户以上", "居家适老化改造的困难老年人家庭数"),
    ("为2000名困难家庭女学生免费接种HPV疫苗。", "2000", "免费接种HPV疫苗的困难家庭女学生数"),
    ("为2万户城镇住房保障家庭发放租赁补贴（牵头责任单位：自治区住房和城乡建设厅）。", "2万", "发放租赁补贴的城镇住房保障家庭数"),
    # money per head and time (每人每月, 每人每年) after a verb of reaching is a standard: no per or verb in its name, and
    # 标准 after it unless it says so already; so too from one such amount to another
    ("居民低保标准提高至每人每月1040元。", "1040", "居民低保标准"),
    ("城乡居民基本医疗保险筹资标准提高至每人每年1140元。", "1140", "城乡居民基本医疗保险筹资标准"),
    ("城乡居民基础养老金提高到每人每月430元。", "430", "城乡居民基础养老金标准"),
    ("散居孤儿（含艾滋病病毒感染儿童）从每人每月1359元提高到1484元。", "1359", "散居孤儿（含艾滋病病毒感染儿童）标准（期初）"),
    ("最低生活保障标准由每人每月500元提高到810元。", "810", "最低生活保障标准"),
    # a gap to the whole's figure written 比全国高 has no subject of its own, as 高于全国 has not
    ("全省经济走势总体向好，经济增速达6.6%、比全国高1.8个百分点。", "1.8个百分点", "经济增速比全国高"),
    # a modal or adverb before a verb of reaching (将, 有望, 可望, 仍) is no word of the name
    ("预计到2025年我区新能源装机规模将达到1.5亿千瓦。", "1.5亿", "我区新能源装机规模"),
    ("数字经济增加值有望突破1.2万亿元。", "突破1.2万亿", "数字经济增加值"),
    ("财政用于民生的比例仍保持在70%以上。", "70%以上", "财政用于民生的比例"),
    # a classifier read as no unit (轮, 款: 第二轮 is no rank) is no word of the name, which ends in 轮数 or 数
    ("成功应对16轮强降雨过程。", "16", "成功应对强降雨过程轮数"),
    ("推出新能源与智能网联汽车新车型10款以上。", "10", "推出新能源与智能网联汽车新车型数"),
    ("181款优质农产品入驻高端商超。", "181", "入驻高端商超的优质农产品数"),
    # a per of time (and head) ending a name says how often, no word of it
    ("低保标准每人每年分别提高到8280元、6120元。", "8280", "低保标准"),
    ("城镇登记失业率每年控制在2%左右。", "2%左右", "城镇登记失业率"),
    # a 、 inside a quoted name after a count is no end of the count's words (事项“省内通办、湾区通办”); one outside is
    ("推动300项高频政务服务事项“省内通办、湾区通办、跨省通办”。", "300", "“省内通办、湾区通办、跨省通办”高频政务服务事项数"),
    ("遴选200家以上重点企业实施“数字化、网络化、智能化”升级转型。", "200家以上",
     "遴选实施“数字化、网络化、智能化”升级转型的重点企业数"),
    ("12个县（市、区）、5个乡镇入选。", "12", "县（市、区）数"),
    # two levels joined by 、 (a prefecture's 州 among them) are one name's words; how the work goes (全速推进) is none
    ("项目储备规模突破1.5万亿元，75个省、州重点项目全速推进。", "75", "省、州重点项目数"),
    ("28项省、市为民办实事项目全面完成目标任务。", "28", "完成目标任务的省、市为民办实事项目数"),
    # a 、-piece with a verb of its own in a clause opening with 累计 is a total to date too; not one adding this year's
    # (新增…), a share, nor a piece after 累计 and a verb the list shares (lent as that verb, 累计实施棚改…、旧改…)
    ("累计到位省外资金4523亿元、利用外资58.9亿美元。", "58.9亿", "累计利用外资"),
    ("累计造林3700多万亩、种草1.2亿多亩、防沙治沙5400多万亩。", "1.2亿多", "累计种草面积"),
    ("累计生产煤炭53亿多吨、发电2.9万亿度。", "2.9万亿", "累计发电"),
    ("累计培育国家级制造业单项冠军132家、新增专精特新“小巨人”企业1528家。", "1528", "新增专精特新“小巨人”企业数"),
    ("累计建成高标准农田5558万亩、占永久基本农田的67.6%。", "67.6%", "建成高标准农田占永久基本农田比重"),
    ("累计实施棚改4.5万户、旧改8.2万户。", "8.2万", "累计实施旧改户数"),
    # 为 ending a verb (变为, 精简为) or after a subject of its own opens no such clause
    ("整合组建文旅集团，市国资委出资企业由14户变为9户。", "9", "市国资委出资企业数"),
    # a 、-piece that is only the scope or list of a second rank (全省第1位 after 全国第19位) ranks the subject of the
    # rank before it; a piece with a measure or a verb of its own (增幅全省第一 above, 甘州区位列县区第1) keeps its own
    ("在转型发展评价中，城发集团居全国第19位、全省第1位，国投集团居全省第7位。", "第1", "城发集团全省排名"),
    ("快递业务总量名列全省首位、全国第19位。", "第19", "快递业务总量全国排名"),
    ("实际利用外资65.4亿美元，保持全省第1、首登全国第3。", "第3", "实际利用外资全国排名"),
    ("三钢集团位列2019中国企业500强第311位、福建制造业百强企业第3位。", "第3", "三钢集团福建制造业百强企业排名"),
    ("我市在评估中位列市州第4、甘州区位列县区第1。", "第1", "甘州区县区排名"),
    # nor one naming an assessment or ranking of its own (考核, 评价, 排名: most often the place's, not the measure's)
    ("地区生产总值居全省第2位、工业强市综合评价第1。", "第1", "工业强市综合评价"),
    ("规上工业增加值增速居全省第2位、全省县域经济综合考核第1。", "第1", "县域经济综合考核"),
    ("我市经济总量居全省第4位、全国百强城市排名第45位。", "第45", "全国百强城市排名"),
    # a total after a piece whose subject a verb of adding ends (净增, 新增) is the subject's total, no gain's; a running
    # total (累计) after a net gain is the gains added up, and keeps it
    ("高新技术企业净增700家以上、总量超5400家。", "超5400", "高新技术企业总量"),
    ("限额以上商贸经营主体净增4198家、总数达2.3万家。", "2.3万", "限额以上商贸经营主体总数"),
    ("耕地面积连续三年实现净增，累计超过100万亩。", "超过100万", "耕地面积实现净增累计"),
    # a share in tenths (3成, 4成) leaves no 成 in the name
    ("制造业利用外资增长11.7%、占比自2019年以来首次超过3成。", "超过3成", "制造业利用外资占比"),
    ("主要“菜篮子”产品首都市场占有率达4成，品牌影响力持续提升。", "4成", "主要“菜篮子”产品首都市场占有率"),
    # a piece that is only a verb of work and its count (`object_verb` in `measure_words.csv`) counts the things the
    # piece before counts, written after that piece's verb, or before it when the verb ends it; a piece with a noun of
    # its own (示范企业), a verb not of `measure_words.csv` (交楼; 新增 after 撤销, above) or a piece before with no
    # things (开工9242套, above) keep their words
    ("修改政府规章11件、废止4件。", "4", "废止政府规章数"),
    ("力争上市企业2家、报审2家以上。", "2家以上", "报审上市企业数"),
    ("自治区级权力事项取消72项、下放679项。", "679", "下放自治区级权力事项数"),
    ("累计开工建设保障性住房10.3万套、配租配售4.69万套（间）。", "4.69万", "配租配售保障性住房数"),
    ("共拆除违建别墅1185栋，没收9栋。", "9", "没收违建别墅数"),
    ("遴选标杆企业10家、示范企业20家。", "20", "示范企业数"),
    ("烂尾楼复工92个、交楼201个。", "201", "交楼数"),
    # a list of ranks in Chinese digits (第一、第三位) ranks the listed subjects in turn, as one in Arabic digits does, in
    # the ranking list (…百强榜) their verb names; ordinals that name things (第一、第二、第三产业) are no ranks
    ("常州经开区、溧阳高新区蝉联全国省级开发区百强榜第一、第三位。", "第一", "常州经开区全国省级开发区百强榜排名"),
    ("常州经开区、溧阳高新区蝉联全国省级开发区百强榜第一、第三位。", "第三", "溧阳高新区全国省级开发区百强榜排名"),
    ("常州经开区、溧阳高新区蝉联全国省级开发区百强榜第1、第3位。", "第3", "溧阳高新区全国省级开发区百强榜排名"),
    ("城镇和农村居民人均可支配收入分别增长5.5%和8.2%，居全国第八位和第五位。", "第五",
     "农村居民人均可支配收入增速全国排名"),
    ("其中第一、第二、第三产业增加值分别增长2.8%、5%、6%。", "5%", "第二产业增加值增长率"),
    # a claim to be the first (or Nth) to cross a mark with the measure said before the mark (成为…第二个制造业投资
    # 破千亿的城市) is of that measure, and of the subject before the claim if one stands there: no words of the claim
    ("带动制造业投资1041亿元，成为全省第二个制造业投资破千亿的城市。", "破千亿", "制造业投资"),
    ("苏里格气田成为全国首个日产破亿立方米整装气田。", "破亿", "苏里格气田日产"),
    ("企业总数超100万户、成为全国第4个企业超百万户的副省级城市。", "超百万", "企业数"),
    ("地区生产总值达到13.57万亿元，是全国首个突破13万亿元的省份。", "突破13万亿", "地区生产总值"),
    ("总投资657.5亿元的229个水利项目。", "657.5亿", "水利项目总投资"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "number", "indicator"), NAMED)
def test_an_indicator_names_what_its_words_measure(sentence, number, indicator):
    (record,) = [r for r in scan(sentence)[0] if r.number_text == number]
    assert record.indicator == indicator


def test_a_list_whose_first_piece_alone_is_of_two_characters_is_no_list_of_modifiers():
    """Two-character items share the last piece's noun only when every piece before it is of two characters: the
    pieces of a list of projects after 炼化 are other projects, no part of the capacity's name."""
    (record,) = scan("做好延长1000万吨炼化、榆林煤制清洁燃料、西安地铁四期、宝鸡机场等项目前期工作。")[0]
    assert record.indicator.startswith("延长炼化") and "、" not in record.indicator


def test_a_second_rank_of_a_respectively_list_takes_no_subject_from_the_rank_before():
    """排名分别升至世界第二、世界第三: each rank is of its own measure, so 世界第三 is not named from the words of
    世界第二 (which gave 排名世界排名) but from what the sentence measures."""
    records = scan("上海机场航空货邮和旅客吞吐量分别达到420.6万吨、1.25亿人次，排名分别升至世界第二、世界第三。")[0]
    (third,) = [r for r in records if r.number_text == "第三"]
    assert third.indicator == "上海机场航空货邮和旅客吞吐量世界排名"


def test_a_list_whose_first_item_took_the_shared_head_lends_no_modifier():
    """基本养老、医疗…保险参保人数: 基本养老 is an item, not a modifier of 医疗."""
    records = scan("基本养老、医疗、失业、工伤保险参保人数分别达到508万、655万、117万、146万。")[0]
    assert not any(r.indicator.startswith("基本养老医疗") for r in records), [r.indicator for r in records]


def test_a_piece_opening_with_its_own_verb_takes_no_shared_verb():
    """新增贷款…、惠及经营主体…、降低融资成本…: 惠及 and 降低 are the pieces' own verbs, not more of what was 新增
    (惠及 counts those the loans benefit: 新增贷款惠及经营主体数, not 新增惠及经营主体数)."""
    records = scan("新增贷款2816亿元、惠及经营主体13.4万户、降低融资成本53.5亿元。")[0]
    assert [r.indicator for r in records] == ["新增贷款", "新增贷款惠及经营主体数", "降低融资成本"]


def test_a_list_comma_inside_quotes_or_brackets_splits_no_pieces():
    """“一张床、一间房”, 县（市、区）: the 、 joins the words of one name, not two pieces of a list."""
    records = scan("新筹集保障性租赁住房5000套（间）、“一张床、一间房”10000张（间）。")[0]
    (beds,) = [r for r in records if r.number_text == "10000"]
    assert "“一张床、一间房”" in beds.indicator, beds.indicator
    records = scan("在6个安宁疗护试点盟市每个旗县（市、区）至少建设1个安宁疗护病区。")[0]
    (wards,) = [r for r in records if r.number_text == "1"]
    assert "旗县（市、区）" in wards.indicator, wards.indicator


def test_each_named_example_is_listed_once():
    """Merged branches once listed the same examples twice; a repeat tests nothing new and hides a stale copy."""
    assert [example for example, times in Counter(NAMED).items() if times > 1] == []


def test_words_ending_in_no_verb_of_reaching_are_kept_without_the_regex():
    """_unreached drops a verb of reaching ending the words (森林覆盖率提升至 → 森林覆盖率), as REACHING.sub does, and
    keeps words whose last character ends no such verb (地区生产总值) without running it; `$` also matches before a
    final line break, which the shortcut leaves to the regex."""
    cases = [("森林覆盖率提升至", "森林覆盖率"), ("粮食产量稳定在", "粮食产量"), ("收入平均达", "收入平均"),
             ("地区生产总值", "地区生产总值"), ("", "")]  # fmt: skip
    for words, expected in cases:
        assert _unreached(words) == expected == REACHING.sub("", words)
    assert _unreached("突破\n") == REACHING.sub("", "突破\n") == "\n"


def test_a_claim_to_cross_a_mark_after_a_clause_of_another_subject_is_not_the_reports():
    """成都跻身全国超大城市之列，成为第三个经济总量突破2万亿元…: the claim is 成都's, whom the clause before names
    with no figure; its measure alone (经济总量) would read as the report's own and link to its catalogue entry."""
    (record,) = scan("成都跻身全国超大城市之列，成为第三个经济总量突破2万亿元的副省级城市。")[0]
    assert record.indicator != "经济总量" and record.indicator_id is None, record.indicator
