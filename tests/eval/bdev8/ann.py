# Annotation source of benefits-dev8 (OWN HELD-OUT set: do not read while developing the extractor).
# Each entry: (measure id in /tmp/real-measures-plain.jsonl, contains, beneficiaries, benefit_types, amounts, note).
def A(text, value, unit, ben=None):
    return {'text': text, 'value': value, 'unit': unit, 'beneficiary': ben}

E = [
# 0 d0065 北京市招标投标条例
('d0065.2-8', '审批部门应当在五个工作日内向有关主管部门通报', [], [], [], 'internal notice between departments; figure not an amount'),
('d0065.5-48', '应当公开招标的项目未经批准擅自邀请招标的', [], [], [], 'penalty'),
# 2 d0139 广东省知识产权保护条例
('d0139.5-38', '推进知识产权相关事项集中办理', ['所有企业'], ['环节材料减少'], [], 'generic applicants rule 2; simplified/online handling dev3 4'),
('d0139.4-36', '提交未侵犯他人知识产权的书面承诺', [], [], [], 'lure for 容缺承诺: an obligation to give a promise'),
('d0139.6-49', '三年内不得申请政府财政性资金项目', [], [], [], 'sanction; lure for 补贴'),
# 3 d0415 青岛 人工智能
('d0415.2-5-2', '在人工智能中试验证、模型训练和算力算法等方面加大投入', [], [], [], 'platform building names 中小企业: rule 12'),
('d0415.2-6-3', '推动中小企业专精特新发展', [], [], [], 'promotion, 培育扶持 without a grant'),
# 4 d0044 国防教育
('d0044.4-25', '国防教育基地应当对有组织的中小学生免费开放', [], ['免费'], [], 'free venue for citizens dev3 11 rule 8'),
# 5 d0279 洛阳道路交通安全
('d0279.2-12', '应当在受理申请后三个工作日内提出审核意见', ['所有企业'], ['时限压缩'], [A('三个工作日内', 3, '个工作日')], 'statutory limit for generic applicants dev2 9 rule 2'),
('d0279.3-16', '在机动车登记证书上签注备案事项', ['所有企业'], ['时限压缩'], [], 'vehicle owners generic (dev4 2); 当日 processing; 三十日内 is the owner duty'),
('d0279.6-55', '行为人自愿协助维护交通秩序一小时的', [], [], [], 'lenient enforcement rule 10; figures are penalty/condition'),
# 8 d0048 档案法办法
('d0048.3-24', '市档案行政管理部门自受理之日起七日内作出审批决定', [], ['时限压缩'], [A('七日内', 7, '日')], 'private persons rule 8, statutory limit dev2 9; 三十日前 is a duty'),
# 10 d0226 房地产开发经营
('d0226.2-6', '应当自收到申请之日起三十日内予以登记', ['新开办企业'], ['时限压缩'], [A('三十日内', 30, '日', '新开办企业')], 'setting up a firm: 新开办企业 (dev2 6), statutory limit dev2 9'),
('d0226.2-13', '任何单位和个人不得向企业收取法律、法规规定之外的费用', [], ['免费'], [], 'unlabelled group (房地产开发企业) rule 1; 禁止收取 rule 14, dev4 6'),
('d0226.5-43', '房地产开发企业应当给予买受人以经济补偿', [], [], [], 'penalty and compensation owed by a firm'),
# 14 d0217 河南 高新技术产业
('d0217.2-15', '按照研究开发费用的百分之五十加计扣除', ['所有企业'], ['减税减免'], [A('百分之五十', 50, '%'), A('百分之一百五十', 150, '%')], 'named relief dev7 9; every enterprise'),
('d0217.2-16', '技术转让所得未超过五百万元的部分', ['所有企业'], ['减税减免'], [], 'named exemption; 五百万元 is a threshold rule 21; 单位和个人 + 居民企业'),
('d0217.2-17', '依法按照百分之十五的税率征收企业所得税', ['高新技术企业'], ['减税减免'], [A('百分之十五', 15, '%', '高新技术企业')], 'named preferential rate'),
('d0217.2-18', '在投资总额内进口的自用设备', [], ['减税减免'], [], 'projects, unlabelled rule 1; 免征关税 dev7 9'),
('d0217.2-20', '享受本省高新技术企业的同等优惠', [], [], [], 'generic preference dev7 9'),
('d0217.3-24', '公共基础设施项目贷款实施财政贴息', [], [], [], 'development zones: governments/government projects rules 6 9'),
('d0217.3-27', '科技企业孵化器可按照国家有关规定享受相关税收优惠政策', [], [], [], 'generic preference dev7 9'),
('d0217.3-29', '其环境影响评价工作应当简化', ['高新技术企业'], ['环节材料减少'], [], 'simplified assessment'),
('d0217.4-37', '提取百分之七十用于一次性奖励', [], ['补贴奖励'], [A('百分之七十', 70, '%')], 'reward to researchers (persons) rule 8'),
('d0217.5-44', '鼓励和支持各类金融机构增加对高新技术企业的信贷投入', ['高新技术企业'], ['融资支持'], [], 'encouraging banks counts dev2 17'),
('d0217.5-46', '可以按照其投资额的百分之七十在股权持有满二年的当年抵扣', [], ['减税减免'], [A('百分之七十', 70, '%')], 'venture capital firms unlabelled; 二年以上 is a condition'),
('d0217.5-49', '推进和组织建立促进高新技术产业发展的信用担保体系', [], [], [], 'system building rule 12'),
('d0217.6-51', '不得影响高新技术企业正常的生产经营活动', [], [], [], 'rules for inspections rule 10 / dev2 3'),
('d0217.7-57', '骗取高新技术产业发展项目资金和高新技术企业资格', [], [], [], 'penalty'),
# 16 d0269 县乡公路养护
('d0269.3-12', '全额用于县乡公路养护管理', [], [], [], 'government funds'),
('d0269.4-17', '具体组织形式和用工补助标准由县', [], ['补贴奖励'], [], 'persons rule 8'),
# 19 d0237 矿山安全法办法
('d0237.5-35', '有关部门依照本办法颁发证件时', [], [], [], 'lure: a fee charged'),
('d0237.7-47', '该级人民政府在接到请示文件后', [], [], [], 'internal decision limits between governments'),
# 20 d0020 全民健身
('d0020.3-17', '场馆及附属体育设施应当提供免费或者低收费的普遍服务', [], ['免费', '降低费用'], [], 'citizens dev3 11'),
('d0020.3-18', '健身团队应当适当支付费用', [], [], [], 'obligation to pay; opening of facilities to groups'),
# 21 d0295 郑州公路路政
('d0295.3-12', '并承担按原公路技术标准修复或商定按其规划标准改建公路的费用', [], [], [], 'obligation of 建设单位: lure'),
# 24 d0152 横琴
('d0152.4-36', '对引进的高层次人才和重大人才载体给予相应资助和奖励', ['高层次人才'], ['补贴奖励'], [], 'rule 4'),
('d0152.4-37', '对企业符合条件的资本性支出', ['高层次人才'], ['减税减免'], [A('15%', 15, '%'), A('15%', 15, '%', '高层次人才')], 'location group unlabelled rule 3; 高端人才 -> 高层次人才; tax burden capped at 15%'),
('d0152.6-48', '符合条件的货物及物品从澳门经', ['外贸企业'], ['减税减免', '环节材料减少'], [], 'goods entering: 外贸企业 rule 4; 免(保)税 named; 简化申报'),
('d0152.6-53', '放宽各类投资者在合作区开展投资贸易的资质要求', ['所有企业'], ['环节材料减少'], [], '各类投资者 generic; 降低审批成本 vague effect (dev4 7); 放宽准入 non-type'),
# 25 d0296 郑州劳动用工
('d0296.2-13', '用人单位应当自用工之日起三十日内为其职工', [], [], [], 'employer duty; figure is a deadline'),
# 26 d0129 广东机动车排气
('d0129.3-26', '有关主管部门按照本条例规定对机动车排气污染进行抽检的', [], [], [], 'fee-free inspection is supervision dev2 3'),
('d0129.3-27', '县级以上生态环境主管部门应当自收到复检申请之日起', ['所有企业'], ['时限压缩'], [A('七个工作日内', 7, '个工作日')], 'vehicle owners generic (dev4 2); authority limit; the owner limits are conditions'),
# 28 d0036 特许经营
('d0036.2-16', '对于微利或者享受财政补贴的项目', [], ['免费', '降低费用'], [], 'concessionaires unlabelled; 减免 a fee: 免 -> 免费, 减 -> 降低费用 (dev7 6)'),
('d0036.3-20', '特许经营者不得对新增用户连接特许经营的供水', ['所有企业'], ['免费'], [], 'utility users rule 2; ban on a named connection fee rule 14'),
# 29 d0221 劳动力市场
('d0221.2-11', '按照省财政、物价部门核定的收费项目、标准', [], [], [], 'fee regulation of agencies'),
# 30 d0095 东莞文明行为
('d0095.3-33', '鼓励在教育培训、就业创业、享受社会服务等方面给予激励', [], [], [], 'vague incentives, records'),
# 32 d0306 郑州房屋登记
('d0306.2-16', '于下列期限内将申请登记事项记载于房屋登记簿', ['所有企业'], ['时限压缩'], [A('三十个工作日', 30, '个工作日'), A('十个工作日', 10, '个工作日'), A('十个工作日', 10, '个工作日'), A('一个工作日', 1, '个工作日')], 'property registration rule 2, statutory limits dev2 9; the extension 十个工作日 is not an amount (dev3 10)'),
('d0306.2-23', '申请人应当按照有关规定缴纳登记费用', [], [], [], 'obligation to pay a fee'),
('d0306.3-31', '房屋登记机构可以直接代为办理注销登记手续', [], [], [], 'lure for 帮办代办: registration done ex officio'),
# 33 d0167 深圳外商投资
('d0167.3-14', '在费用减免、用地保障、公共服务供给等方面制定投资便利化政策', [], [], [], 'governments make policies / generic preference dev7 9 13'),
('d0167.4-20', '应当依法平等对待外商投资企业', ['外资企业'], [], [], 'national treatment rule 12'),
('d0167.4-27', '推动实现投诉事项全流程网上办理', ['外资企业'], ['时限压缩', '环节材料减少'], [A('五个工作日内', 5, '个工作日'), A('五个工作日内', 5, '个工作日'), A('二十个工作日内', 20, '个工作日'), A('五个工作日内', 5, '个工作日')], 'complaint limits dev3 10; 五十个工作日 is the extension; 十五个工作日 is the complainant duty'),
('d0167.5-34', '各区可以根据引进项目实际情况给予奖励', ['外资企业'], ['补贴奖励'], [], 'reward to firms that bring projects; 考核激励 to governments rule 9'),
('d0167.5-39', '鼓励和引导法律服务专业机构为外国投资者', ['外资企业'], ['帮办代办'], [], 'legal services dev2 4 17'),
('d0167.5-42', '优化外国人来华工作许可和工作类居留许可审批流程', ['高层次人才'], ['环节材料减少'], [], '外籍高层次人才 rule 4'),
# 34 d0151 广州青年创新创业
('d0151.11', '免费为青年创新创业提供政策指引', [], ['免费', '帮办代办'], [], 'youth unlabelled/persons; free guidance'),
('d0151.15', '涉企政策分类推送、普惠政策免申即享', ['所有企业'], ['环节材料减少', '帮办代办'], [], '免申即享 dev5 3; policy pushing dev4 4'),
('d0151.18', '对符合条件的创新创业青年及其团队、企业给予创业资助', [], ['补贴奖励', '融资支持'], [], 'youth unlabelled; guidance funds 资金支持 read as financing'),
('d0151.25', '再次申报财政资金支持的创新创业项目不受影响', [], [], [], 'lenient treatment rule 10'),
# 35 d0145 广东道路运输
('d0145.2-1-13', '通过服务质量招标的方式作出许可', [], ['免费'], [], 'licence free of charge rule 14; passenger carriers unlabelled'),
('d0145.2-11', '质量信誉评估应当客观、真实', [], [], [], 'rating is supervision; fee ban in it dev2 3'),
# 38 d0012 耕地占用税
('d0012.1', '朝阳区、海淀区、丰台区、石景山区、通州区为每平方米四十五元', [], [], [], 'tax rates, not a relief'),
# 40 d0043 反恐怖主义法办法
('d0043.26', '即时通过规定的信息系统申报登记信息', [], [], [], 'obligation; 即时 lure'),
# 43 d0304 郑州建筑市场
('d0304.5-31', '由城乡建设行政主管部门或者其他有关部门记入企业信用档案', [], [], [], 'credit record: supervision rule 10'),
# 44 d0386 智慧法院
('d0386.4-12', '支持实现所有诉讼服务业务网上办理', ['所有企业'], ['环节材料减少'], [], 'court parties generic dev2 4; online handling dev3 4'),
('d0386.6-19', '积极争取建设经费并在预算中统筹安排基础设施', [], [], [], 'funding of courts'),
# 45 d0253 河南电信
('d0253.2-19', '公布电磁辐射检测数值和国家标准数值等信息', [], [], [], 'information about radiation, dev5 13; lure for 免费'),
('d0253.4-37', '农村七十二小时内修复或者调通', ['所有企业'], ['时限压缩', '免费'], [A('四十八小时', 48, '小时'), A('七十二小时内', 72, '小时')], 'telecom users generic like utility users rule 2; repair limit like dev2 12; 免收月租 rule 14'),
# 48 d0200 开封市容
('d0200.4-32', '产生城市生活垃圾的单位和个人应当按照', [], [], [], 'obligation to pay'),
# 49 d0317 驻马店山体保护
('d0317.3-20', '人民政府应当制定关停计划', [], [], [], 'compensation on closure; not one of the nine types'),
# 50 d0308 郑州殡葬
('d0308.3-14', '运至殡仪馆的遗体应当在七日内火化', [], [], [], 'obligation with figures'),
# 52 d0254 河南社会信用
('d0254.2-17', '应当对收到的社会信用信息在五个工作日内完成数据核查', [], [], [], 'internal data check'),
('d0254.4-30', '应当给予优先办理、简化程序等便利服务措施', ['所有企业'], ['环节材料减少'], [], 'trustworthy subjects generic rule 2; 减少检查频次 is supervision rule 10'),
('d0254.4-32', '不适用告知承诺等简化程序', [], [], [], 'sanctions; lure for 容缺承诺'),
('d0254.5-40', '免费获取二次自身的信用报告', ['所有企业'], ['免费'], [], 'credit subjects generic; 二次 is a count of things given rule 26'),
('d0254.5-43', '公共信用信息提供单位应当一个工作日内修复', ['所有企业'], ['时限压缩'], [A('一个工作日内', 1, '个工作日')], 'credit repair dev3 3'),
# 55 d0107 广东动物防疫
('d0107.4-24', '已经检疫合格且满足可追溯条件的', [], ['环节材料减少'], [], 'traders unlabelled; 二年 is a record duty'),
# 57 d0378 智能网联汽车道路测试
('d0378.5-26', '测试主体应在24小时内将事故情况上报省', [], [], [], 'reporting duty; internal 3个工作日'),
# 62 d0154 汕头景观照明
('d0154.3-23', '非政府投资建设的景观照明设施纳入景观照明集中控制系统的', [], ['补贴奖励'], [], 'owners of lighting unlabelled; 六个月内 is a government deadline'),
# 63 d0098 中新广州知识城
('d0098.2-10', '应当为知识城建立省级新型研发机构绿色申报通道', [], ['环节材料减少'], [], 'R&D institutions unlabelled; 同等待遇 non-type; 享受税收减免等相关优惠 for 高新技术企业 is a generic pointer dev7 9'),
('d0098.3-25', '知识城管委会设立人才发展专项资金', ['高层次人才'], ['补贴奖励'], [], 'special fund supports introduced high-level talent'),
('d0098.5-35', '实行一站式受理、信用承诺制审批、限时办结、跟踪服务等制度', ['所有企业'], ['环节材料减少', '容缺承诺'], [], 'one-stop, 信用承诺制审批 = 告知承诺, 免申即享, 并联审批; 限时办结 without a figure (dev4 1)'),
# 64 d0106 广东公路
('d0106.5-48', '在用通道平均五台以上车辆堵塞的', ['所有企业'], ['免费'], [], 'vehicles generic rule 2; 五台以上 is a condition'),
('d0106.5-37', '应当自终止收费之日起十五日内拆除收费设施', [], [], [], 'operator duty with a deadline'),
# 65 d0298 郑州供水
('d0298.2-14', '需要移动公共供水管道或者采取其他保护措施的', [], [], [], 'cost borne by 建设单位: obligation'),
('d0298.4-29', '应当提前十二小时在受影响区域公告', [], [], [], 'notice duty of the water company'),
('d0298.4-33', '城市公共供水企业自收到申请之日起十个工作日内予以答复', ['所有企业'], ['时限压缩'], [A('十个工作日内', 10, '个工作日')], 'water users rule 2'),
('d0298.4-34', '应当自收到用户申请之日起五个工作日内办理完毕', ['所有企业'], ['时限压缩'], [A('五个工作日内', 5, '个工作日')], 'water users rule 2; 当场办理'),
# 66 d0054 红十字会法办法
('d0054.9', '有关行政管理部门减收、免收管理费', [], ['免费', '降低费用'], [], 'Red Cross welfare unlabelled; 减税、免税待遇 names no tax (dev7 9); 免收/减收 a named fee'),
# --- positions 70-129, listed through a narrower cue for financing, waivers and services (see BENEFITS-DEV8.md)
# 73 d0170 深圳房地产登记
('d0170.3-3-38', '或者减免契税凭证之日起三十日内予以转移登记', ['所有企业'], ['时限压缩'], [A('三十日内', 30, '日')], 'property registration rule 2; 减免契税凭证 is a mention'),
# 89 d0069 北京未成年人保护
('d0069.7-58', '协助申请减免案件受理费等帮助', [], ['帮办代办'], [], 'minors (persons) rule 8; legal help dev2 4'),
# 92 d0156 汕头消防
('d0156.3-38', '可以免于申请消防安全检查', ['建设项目单位', '所有企业'], ['容缺承诺', '环节材料减少'], [], 'exempt from inspection against a public promise rule 15; 建设单位 rule 4 and generic 使用单位 rule 2'),
# 95 d0189 周口市容
('d0189.4-34', '鼓励支持沿街单位的厕所在工作日上班时间内对外开放', [], ['免费'], [], 'free toilets dev3 11; 二十四小时 is service hours rule 25'),
# 110 d0147 广州幼儿园
('d0147.2-11', '应当通过保证合理用地、减免租金、购买服务等方式', [], ['免费', '降低费用'], [], 'private kindergartens unlabelled; 减免 a named charge (rent)'),
# 116 d0128 广东散居少数民族
('d0128.10', '应当对民族乡和散居少数民族聚居的管理区优先给予照顾和扶持', [], [], [], 'priority to localities rule 9'),
# 120 d0157 汕头科技创新
('d0157.2-15', '提供办理减免相关税费的咨询服务和指南', ['所有企业'], ['减税减免', '帮办代办'], [], 'named reliefs (加计扣除) dev7 9; tax advice dev4 4'),
('d0157.2-16', '引导社会资本为科技型企业和早期科技项目提供融资支持', [], ['融资支持'], [], '科技型企业 unlabelled dev2 6; rewards to capital are for delivery agents rule 18'),
('d0157.3-21', '会同相关部门开展政策宣传、融资对接、成果展示', [], [], [], 'publicity and matchmaking rule 12'),
# 127 d0174 深圳细胞和基因产业
('d0174.7-64', '鼓励金融机构为细胞和基因产业发展提供金融支持', [], ['融资支持'], [], 'sector group unlabelled; encouraging banks dev2 17'),
# 129 d0123 广东市场监管
('d0123.4-3-46', '监管部门应当建立市场主体信用承诺制度', [], [], [], 'credit supervision; lure for 容缺承诺'),
]
