#!/usr/bin/env python3
"""Annotation source of tests/eval/benefits-dev7.jsonl: one entry per measure, with the measure id of
/tmp/real-measures-plain.jsonl (the id is not written to the gold file). Labels follow BENEFITS.md and
BENEFITS-DEV2..6.md; `note` records the convention applied (not written to the gold file)."""

def A(text, value, unit, ben=None):
    return {'text': text, 'value': value, 'unit': unit, 'beneficiary': ben}

E = []  # (id, contains, beneficiaries, benefit_types, amounts, note)

def g(i, c, b, t, a=(), note=''):
    E.append((i, c, list(b), list(t), list(a), note))

# ---------------- grant something ----------------
g('d0068.4-6-52', '应当在10日内作出是否受理的决定', [], ['时限压缩'],
  [A('10日内', 10, '日'), A('45日内', 45, '日')], 'tourist complaints: consumers, dev3 10')
g('d0086.3-36', '有依法获得社会法律援助的权利', [], ['帮办代办'], [], 'legal aid to elderly persons, dev2 4, rule 8')
g('d0121.17', '可以免予其提供常住地址相关证明材料', [], ['容缺承诺', '环节材料减少'], [],
  'domestic workers (persons); 免予提供 via shared data, rule 15, dev3 6; 半年以上 eligibility, rule 21')
g('d0121.18', '其水电等费用实行居民价格', [], ['降低费用'], [], '家政服务机构 unlabelled, rule 1; 减免租赁费用 rule 14')
g('d0122.4-27', '享受省人民政府专项津贴以及高层次人才相关优惠便利服务', ['高层次人才'], ['补贴奖励'], [],
  'NEW dev7-1: master craftsmen given the treatment of 高层次人才')
g('d0155.3-16', '对承担公共卫生服务等任务的乡村医生给予补助', [], ['补贴奖励'], [], 'village doctors, persons')
g('d0160.3-20', '应当在20个工作日内按照相关规定办理建房规划许可审批', [], ['时限压缩'],
  [A('20个工作日内', 20, '个工作日')], 'villagers; statutory limit dev2 9; 公告期不少于5个工作日 a requirement')
g('d0160.4-24', '应当免费提供和推荐使用农村建房通用设计图', [], ['免费'], [], 'villagers, rule 8')
g('d0160.6-42', '对乡村建设工匠免费提供专业技能', [], ['免费', '补贴奖励'], [], 'craftsmen: free training + 培训补贴')
g('d0171.2-3-28', '自然人可以向数据处理者要求查阅', [], ['免费'], [], 'persons: copies of own data free')
g('d0313.3-26', '可享受优惠乘车或者免费乘车待遇', [], ['免费', '降低费用'], [], 'passengers, rule 8; refund is not a grant')
g('d0313.3-35', '应当自接受投诉之日起5个工作日内作出答复', [], ['时限压缩'],
  [A('5个工作日内', 5, '个工作日'), A('5个工作日内', 5, '个工作日')], 'passenger complaints, dev3 10; two occurrences rule 28')
g('d0179.23', '定期免费向公众提供畲族语言', [], ['免费'], [], 'public, dev3 11')
g('d0219.21', '购买国家和省支持推广的先进适用的农业机械给予补贴', [], ['补贴奖励', '融资支持'], [],
  '农机 buyers dev4 7; 信贷扶持 by banks dev2 17')
g('d0219.22', '未从事道路运输经营的拖拉机免征养路费', [], ['降低费用', '免费'], [],
  'NEW dev7-2: 农业生产电价 → 降低费用; 免征养路费 (a named fee) → 免费, rule 14')
g('d0273.5', '年制种面积达一万亩以上的', [], ['补贴奖励'], [], 'rewards to seed producers; areas are thresholds, rule 21')
g('d0346.2-4', '推进涉企审批减环节、减材料、减时限、减费用', ['所有企业'],
  ['环节材料减少', '时限压缩', '降低费用', '帮办代办'], [],
  'central opinion: 减时限 dev4 1; 减费用; 惠企政策精准推送 dev4 4; 免申即享 dev5 3')
g('d0403.1-1', '高频政务服务事项基本实现', ['所有企业'], ['环节材料减少', '容缺承诺'], [],
  '跨省通办/全省通办 dev3 4; 告知承诺制; 74项 a count of government output, rule 24')
g('d0406.1', '凡是政府部门核发的材料全部免于提交', ['所有企业', '建设项目单位'], ['容缺承诺', '环节材料减少'],
  [A('0项', 0, '项'), A('70项', 70, '项'), A('76%', 76, '%')],
  'NEW dev7-3: 零材料 → 容缺承诺 + 环节材料减少; 施工许可证核发 → 建设项目单位; 199个事项 government output')
g('d0104.2-12', '一次性领取营业执照、印章、发票、税控设备等', ['新开办企业'], ['环节材料减少'], [], 'rule 4 企业设立')
g('d0104.2-13', '按照直接取消审批、审批改为备案、实行告知承诺', ['所有企业'], ['环节材料减少', '容缺承诺'], [], 'dev3 6')
g('d0104.2-15', '企业全体投资人书面承诺对企业债务及税收清缴承担清偿责任', ['所有企业'], ['环节材料减少', '容缺承诺'], [],
  'NEW dev7-4: 十个工作日 is the condition that triggers the waiver, not a limit granted (rule 21)')
g('d0104.2-18', '不得向小微企业收取贷款承诺费', ['小微企业', '所有企业'], ['免费', '降低费用', '融资支持'], [],
  'NEW dev7-5: banned loan fees for 小微企业 → 免费; 严格限制 fees → 降低费用; loans without deposit conditions for 企业 → 所有企业 + 融资支持')
g('d0104.2-27', '不得利用优势地位拖欠民营企业、中小企业账款', ['所有企业', '民营企业', '中小企业'], [], [],
  'dev3 9 (arrears, non-type); government arrears to 市场主体 → 所有企业')
g('d0104.3-32', '行政机关应当先予受理并一次性告知申请人需要补充的材料', ['所有企业'], ['容缺承诺'], [], '容缺受理')
g('d0104.3-33', '完善全程帮办、联办以及错时、延时服务等工作机制', ['所有企业'], ['帮办代办', '环节材料减少'], [],
  'dev3 7 全程帮办; 联办 dev3 4; 限时办结 without a figure dev4 1')
g('d0104.3-45', '对符合条件的企业实行优惠政策免予申报、直接享受', ['所有企业'], ['环节材料减少', '帮办代办'], [],
  'dev5 3 免申即享; 精准推送 dev4 4')
g('d0220.2-14', '受理申请后应当在二十日内作出行政许可决定', ['所有企业'], ['时限压缩'], [A('二十日内', 20, '日')],
  'permit applicants are generic applicants (rule 2); statutory limit dev2 9')
g('d0182.3-17', '提倡、鼓励和支持沿街单位内部厕所对外开放使用', [], ['免费'], [], 'public toilets free, rule 8')
g('d0135.4-28', '可以减缴或者免缴海域使用金', [], ['免费', '降低费用'], [],
  'NEW dev7-6: 海域使用金 treated as a fee: 免缴 → 免费, 减缴 → 降低费用 (rule 14); users unlabelled')
g('d0142.2-7', '给予种粮者种粮补贴等方式', [], ['补贴奖励'], [], 'grain farmers unlabelled')
g('d0001.3-20', '支持示范区内的中小企业技术创新', ['中小企业'], ['补贴奖励'], [], '资金资助; 孵化器/平台 nothing, rule 12')
g('d0001.3-31', '采取股权投资、贴息、补助等方式', [], ['融资支持', '补贴奖励'], [], 'projects unlabelled; 贴息 rule 16')
g('d0001.3-33', '支持示范区内的企业、高等院校、科研院所及相关人员获得专利权', ['所有企业'], ['补贴奖励', '帮办代办'], [],
  '补贴奖励 for IP; 指导和帮助 商标战略 dev4 4')
g('d0001.7-55', '应当简化程序、缩短期限、减少层级、优化流程', ['所有企业'], ['时限压缩', '环节材料减少'], [], 'dev4 1')
g('d0239.3-24', '在贷款额度、还款期限、贷款利率方面应给予优惠', [], ['融资支持', '减税减免'], [],
  'ethnic-township enterprises unlabelled; 贴息; 减税免税')
g('d0240.3-19', '应当自受理工伤认定申请之日起六十日内作出工伤认定的决定', [], ['时限压缩', '免费'],
  [A('六十日内', 60, '日'), A('十五日内', 15, '日')], 'employees, rule 8; 不收取费用')
g('d0101.4-26', '免费享受国家规定的基本项目的计划生育技术服务', [], ['免费'], [], 'couples, rule 8')
g('d0141.22', '对符合条件人员按规定落实就业创业补贴政策', [], ['补贴奖励', '帮办代办', '融资支持'], [],
  '粤菜师傅 not a labelled group; 创业孵化增值服务; encouraged credit dev2 17')
g('d0401.4-7', '健全家庭经济困难学生精准资助机制', [], ['补贴奖励'], [], 'students, rule 8')
g('d0399.5-10', '可按年度实际支付利息和担保费用的40%申请融资费用补贴', ['小微企业', '中小企业'], ['补贴奖励', '融资支持'],
  [A('40%', 40, '%'), A('50%', 50, '%', '小微企业'), A('最高不超过30万元', 30, '万元'), A('最高不超过5万元', 5, '万元')],
  'rule 4 中小微; 50万元/1000万元 loan size thresholds rule 21; binding rule 30')
g('d0399.5-11', '新迁入我市企业3年内成功上市的', [], ['补贴奖励'],
  [A('100万元', 100, '万元'), A('2‰', 2, '‰'), A('最高100万元', 100, '万元')],
  'AI firms unlabelled; 3年内 a condition; 最高10万元 to 区县 is money to governments (rule 9)')
g('d0417.3-7', '“免审即享"企业研发投入补助机制', ['所有企业'], ['补贴奖励', '容缺承诺', '环节材料减少'], [],
  'NEW dev7-7: 免审即享 → 容缺承诺 (免审, rule 15) + 环节材料减少; 10家/300项 counts')
g('d0417.3-8', '对数字经济领域科技型中小企业融资支持力度', ['中小企业'], ['融资支持'], [],
  'dev2 6 科技型中小企业; 风险补偿 to banks rule 18; 路演平台 rule 12')
g('d0037.2-7', '不得针对外商投资企业制定、实施或者变相实施歧视性政策措施', ['外资企业'], [], [],
  'national treatment, rule 12')
g('d0037.2-19', '执行暂不征收预提所得税政策', ['外资企业'], ['环节材料减少', '减税减免'], [],
  '免于外汇登记; named reliefs (rule 13): 暂不征收预提所得税, 免征关税')
g('d0231.16', '在同等条件下银行应优先贷款', [], ['融资支持'], [],
  'NEW dev7-8: 台湾同胞投资企业 not mapped to 外资企业 (rule 1; dev2 7 mapped only on explicit text)')
g('d0166.2-21', '通过非周期性项目资助等方式予以支持', [], ['补贴奖励'], [], 'project units unlabelled')
g('d0083.6-43', '研发费用税前加计扣除等税收优惠政策', [], ['减税减免'], [],
  'NEW dev7-9: a named relief (加计扣除) is a grant even under 按照规定享受 (rule 13); 种业企业 unlabelled')
g('d0137.2-16', '无偿资助、贷款贴息、资金补助、保费补贴', [], ['补贴奖励', '融资支持'], [], 'copyright projects unlabelled')
g('d0079.2-23', '并可以根据实际情况给予适当补贴、奖励', [], ['补贴奖励'], [], 'blood donors, rule 8')
g('d0284.4-31', '向公众免费开放或者实行优惠', [], ['免费', '降低费用'], [], 'dev3 11 venues')

g('d0100.3-18', '对就业困难人员实施就业援助', ['农民工和就业困难人员'], ['免费', '帮办代办'], [],
  'public employment services 不得收费 → 免费; 职业指导/创业开业指导/就业援助 → 帮办代办 (rule 17); 毕业生 and 就业困难人员 rule 4')
g('d0100.3-25', '应当自收到申请之日起二十日内依法作出行政许可决定', [], ['时限压缩'], [A('二十日内', 20, '日')],
  'HR agencies unlabelled (rule 1); statutory limit dev2 9')

g('d0347.2-3', '创新政务服务、公共服务提供方式', [], ['环节材料减少'], [],
  'central notice: residents\' services 网上办/就近办 (dev5 12, rule 8); platforms alone would be nothing')

# ---------------- grant nothing ----------------
def n(i, c, note=''):
    E.append((i, c, [], [], [], note))

n('d0171.3-3-47', '依照法律、法规规定开放公共数据', 'free public data: dev5 13 (information/platform)')
n('d0243.4-22', '在科技贷款、减免税收等方面申请优惠', 'generic pointer to existing preferences, dev4 10')
n('d0193.4-37', '可以从轻、减轻或者免予罚款', 'lenient enforcement, rule 10')
n('d0104.4-50', '推行行政执法减免责清单制度', 'lenient enforcement, rule 10')
n('d0104.4-54', '严格规范财政奖励、补贴的发放程序', 'rule-making about subsidies')
n('d0051.3-26', '按照国家和本市有关规定享受优惠政策', 'generic, dev4 10')
n('d0219.23', '从事农业机械生产作业服务的收入', 'unnamed 税收优惠 under national rules, dev4 10')
n('d0037.2-8', '在法定权限内制定费用减免、用地指标保障', 'governments may make policies: rule-making')
n('d0094.4-19', '高新技术企业享受国家和本市规定的鼓励高新技术发展的优惠待遇', 'unspecified 优惠待遇: generic, rule 13 / dev4 10')
n('d0215.2-5', '减息、低息贷款等减轻企业负担措施的', 'duty to execute existing measures: generic')
n('d0006.3-5', '在本届人民代表大会代表选举完成后的两个月内举行', 'organisation')
n('d0313.5-55', '可并处以一千元以上一万元以下罚款', 'penalty')
n('d0068.4-1-27', '旅游经营者应当公开服务项目和收费标准', 'obligation')
n('d0160.6-43', '镇人民政府应当对农村建房施工质量和安全实施监督检查', 'supervision')
n('d0121.4', '负责本行政区域内家政服务业的产业发展', 'organisation')
n('d0005.2-12', '享有与政府举办的中医医疗机构同等的权利', 'unlabelled group, non-type benefit: dev6 2')
n('d0035.3-24', '对地方金融组织实行分级分类动态监督管理', 'supervision')
n('d0260.6-29', '无正当理由拒绝计划免疫预防接种的', 'penalty')
n('d0280.2', '本条例所称隋唐洛阳城遗址', 'definition')
n('d0403.1-3', '构建机关内部统一用户体系', 'internal 一次办好 for government bodies')
n('d0341.2-1', '近三年经济效益较好且信用记录良好的企业', 'eligibility conditions of a demonstration programme')
n('d0078.3-20', '燃气供应企业受理非居民的用气开户申请的', 'obligation / safety inspection')
n('d0377.1-5', '切实管好用好中央财政资金', 'central money to projects, supervision of funds (rules 9, 10)')
