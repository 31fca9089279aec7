"""Annotation source of benefits-dev21 (development set over the 418 real documents; see ../BENEFITS-DEV21.md).

E holds one entry per gold line: (export id, contains, beneficiaries, benefit_types, amounts, note). The export id is
that of /tmp/int37b-real.jsonl (16,060 records of the 418 documents), read only through the plain copy
/tmp/bdev21/plain.jsonl (fields id, doc_id, doc_title, source, section, number, title, text, region). The note names
the rule of BENEFITS.md (rN), the decision of BENEFITS-DEV9.md (dev9 dN), the soft point of BENEFITS-DEV18.md /
BENEFITS-DEV20.md, or a decision of this set (dev21 kN, listed in BENEFITS-DEV21.md) applied; it is not written to
the gold file. build.py writes the lines in an order shuffled with random.Random(21)."""


def A(text, value, unit, ben=None):
    return {'text': text, 'value': value, 'unit': unit, 'beneficiary': ben}


ALL, SME, MICRO, HT, FOR, PRIV, TALENT, NEW, BUILD, IND, JOBLESS, TRADE, SMALLTAX = (
    '所有企业', '中小企业', '小微企业', '高新技术企业', '外资企业', '民营企业', '高层次人才', '新开办企业',
    '建设项目单位', '个体工商户', '农民工和就业困难人员', '外贸企业', '小规模纳税人')
FREE, SUB, TAX, FEE, FIN, TIME, STEP, PROM, HELP = (
    '免费', '补贴奖励', '减税减免', '降低费用', '融资支持', '时限压缩', '环节材料减少', '容缺承诺', '帮办代办')

E = [
    # ================= grants =================
    # ---- 北京 regulations ----
    ('d0016.3-46', '市政公用企业直接上门提供免费服务', [ALL, BUILD], [FREE, HELP, STEP, TIME], [],
     'small connection works of projects invested by 经营主体 get a free door-to-door service (建设项目单位, r4; 免费 '
     'r14, 上门 r17); utilities simplify 报装 materials and compress time for every user (generic users -> 所有企业, r2): '
     '环节材料减少 + 时限压缩 with no figure; the 电信 equal-access ban is a prohibition (dev21 k1)'),
    ('d0016.2-13', '一次性向申请人提供开展生产经营活动所需的营业执照', [NEW, ALL], [PROM, TIME, STEP],
     [A('一个工作日内', 1, '个工作日', NEW)],
     'registration of new enterprises: 承诺 -> formal review only (容缺承诺, r15), 即时办结 or within one working day '
     '(时限压缩, bound to 新开办企业: the clause names 申请设立, r4 r30); no written address proof, no separate licence '
     'for branches, change registration for every 经营主体 (所有企业 next to the named group, r2 + 环节材料减少)'),
    ('d0016.3-48', '推行社会保险、医疗保险、住房公积金合并申报', [ALL], [STEP], [],
     'tax and contribution conveniences for every 经营主体 (r2): 全市通办, automatic conversion of statements, merged '
     'declaration and online payment -> 环节材料减少; the written opinion on complex tax matters is a service read '
     'under the same type (no 帮办 word)'),
    ('d0016.3-51', '对于提前申报通关存在差错的', [TRADE], [STEP], [],
     'fewer import/export approvals and documents (进出口 -> 外贸企业, r4; 环节材料减少); 先放行后缴税 left without a '
     'time type (dev18 soft point)'),
    ('d0016.3-45', '可以先期开展土方、护坡、降水等作业', [BUILD], [], [],
     'project units may start earth works before the construction permit: a concrete benefit of none of the 9 types '
     '(r12) for 建设项目单位 (r4)'),
    ('d0017.5-37', '支持中小企业投保知识产权保险', [SME], [SUB, HELP], [],
     'IP consulting and training for SMEs (咨询辅导 -> 帮办代办, r17), 补贴/奖励, premium subsidy for IP insurance and '
     'fee support for 专精特新中小企业 (-> 中小企业) -> 补贴奖励'),
    ('d0017.3-20', '提高担保机构对小型微型企业的风险容忍度', [SME, MICRO], [FIN, FEE], [],
     'government guarantee system for SMEs, above all 小型微型企业 (-> 小微企业, r4): 融资支持; guarantors rewarded for '
     'lowering guarantee rates -> 降低费用 for the borrowers (encouraged third party, dev9 d4); the compensation and '
     'rewards to guarantors are not counted (r18, dev9 d8); 不低于百分之八十 is the guarantors\' business share, a '
     'coverage target (r23)'),
    ('d0017.4-28', '其中预留给小型微型企业的比例不低于百分之七十', [SME, MICRO], [],
     [A('百分之四十以上', 40, '%', SME), A('不低于百分之七十', 70, '%', MICRO)],
     'TWO GROUPS, TWO AMOUNTS: reserved procurement shares 40% for 中小企业 and 70% of it for 小型微型企业, price '
     'deductions for 小微 products and consortia, equal treatment: benefits of none of the 9 types (r12), groups listed '
     'with benefit_types []; shares bound to the group their clause names (r30), as the 60% of benefits.jsonl'),
    ('d0017.5-40', '通过科技创新券等方式给予资金支持', [SME], [SUB], [],
     'innovation vouchers for SMEs and founders using research facilities -> 补贴奖励 (创业者 outside a 重点群体 carrier '
     'is not mapped, r1); recommending SMEs to contests is promotion (r12)'),
    ('d0017.6-46', '不得违约拖欠中小企业的货物', [SME], [], [],
     'ban on arrears to SMEs with a complaint and mediation channel: debt clearance is a non-type benefit (r12), so '
     '中小企业 with benefit_types [] (dev21 k1: a ban that secures a payment owed to a named group follows r12)'),
    ('d0037.2-17', '可以按照本市有关规定申请补助资金', [FOR], [SUB], [],
     'foreign-invested firms taking part in standard setting may apply for 补助资金 (外商投资企业 -> 外资企业, r4); '
     'equal participation is r12 too'),
    ('d0037.2-18', '依法平等对待外商投资企业在中国境内生产的产品', [FOR], [], [],
     'equal treatment of foreign-invested firms in government procurement, with complaints and checks: national '
     'treatment is a non-type benefit (r12) -> 外资企业, benefit_types [] (dev21 k1)'),
    ('d0007.4-22', '对实行计划生育的贫困家庭在扶贫贷款', [], [SUB, FIN], [],
     'TWO GROUPS, TWO TYPES: rural family-planning families get 资金…支持和优惠 (补贴奖励) and poor family-planning '
     'families priority in 扶贫贷款 (融资支持, priority credit as dev18/dev20); persons as such (r8) -> beneficiaries []'),
    # ---- 广东 / 河南 regulations ----
    ('d0119.3-27', '可以按照国家和省有关规定领取失业保险职业技能提升补贴', [JOBLESS], [SUB], [],
     '失业人员 (-> 农民工和就业困难人员, r4) and insured workers may claim the skill-upgrading subsidy (r16); the '
     'insured workers are employees claiming their own subsidy (r8) and add no label'),
    ('d0119.4-36', '社会保险经办机构应当自受理申请之日起七个工作日内进行审核', [JOBLESS], [TIME],
     [A('七个工作日内', 7, '个工作日'), A('十个工作日内', 10, '个工作日', JOBLESS)],
     'statutory limits (dev9 d3) on handling the unemployed\'s claim: review in 7 working days (its clause names no '
     'group: null, r30), gathering of their insurance relations elsewhere in 10 working days (clause names 失业人员: '
     'bound); the applicant\'s own 7-day window is a condition (r21), 次月起发放 a date'),
    ('d0119.2-10', '并提供失业保险缴费记录供用人单位和职工免费查询', [ALL], [FREE], [],
     'free query of contribution records for employers (every 用人单位: 所有企业, r2) and workers -> 免费 (r14)'),
    ('d0121.16', '支持家政服务人员参加岗前和在岗职业技能培训', [], [SUB], [],
     'skill-upgrading subsidy for domestic-service workers and subsidies to colleges training for the sector: groups '
     'outside the labels (r1, r8) -> [] with 补贴奖励; the agencies\' training duty grants nothing'),
    ('d0259.4-20', '有较大影响的见义勇为人员', [], [SUB],
     [A('二十万元以上', 20, '万元'), A('十五万元以上', 15, '万元'), A('十万元以上', 10, '万元'),
      A('五万元以上', 5, '万元')],
     'TWO GROUPS, TWO AMOUNTS (and two more at city and county level): rewards to persons who acted bravely, by title; '
     'persons as such (r8): [] with 补贴奖励 and the reward floors as amounts (dev21 k3: a floor of a grant is its '
     'size, not an eligibility threshold)'),
    ('d0259.4-21', '颁发五十万元以上八十万元以下特别奖金', [], [SUB],
     [A('一百万元', 100, '万元'), A('五十万元以上', 50, '万元'), A('八十万元以下', 80, '万元')],
     'TWO GROUPS, TWO AMOUNTS: special bonus 100万元 to the dead or fully disabled, 50-80万元 to the partly disabled; '
     'persons as such (r8); the range is written as two entries (floor and cap, dev21 k3)'),
    ('d0203.4-30', '对其内部厕所进行改造或者给予适当补贴', [], [SUB, FREE], [],
     'TWO GROUPS, TWO TYPES: units that open their toilets get a subsidy or a refit (补贴奖励, unlabelled units) and '
     'the public gets them free of charge (免费, persons as such, r8)'),
    ('d0277.3-14', '相关部门自受理申请之日起二十个工作日内作出决定', [ALL], [TIME],
     [A('二十个工作日内', 20, '个工作日')],
     'gas-business permit decided in 20 working days: statutory limit (dev9 d3, as dev20 read the 北京 gas permit) for '
     'every applicant firm -> 所有企业 (r2)'),
    ('d0277.3-21', '每年至少对燃气用户免费进行一次入户安全检查', [ALL], [FREE], [],
     'free yearly home safety check for gas users: users of a utility -> 所有企业 (r2), 免费 (r14); a duty of the gas '
     'firm that grants a free service to its users; 一次 is a frequency, not an amount (r26)'),
    ('d0298.4-38', '检定费用由城市公共供水企业承担', [ALL], [FREE], [],
     'if the meter is wrong the water firm bears the test fee and replaces the meter free: water users -> 所有企业 (r2), '
     '免费 (r14)'),
    ('d0300.2-18', '应当自受理之日起二十个工作日内办理过户登记', [ALL], [TIME],
     [A('二十个工作日内', 20, '个工作日')],
     'transfer registration of real estate within 20 working days: statutory limit (dev9 d3), property registration '
     'serves residents and firms -> 所有企业 (r2)'),
    ('d0174.7-58', '细胞和基因产业所需的进口试剂', [], [TIME], [],
     'green customs channel for imported reagents and devices of cell and gene firms, less approval and import time '
     '(时限压缩 with no figure); a sector group (r1, r3) -> []'),
    # ---- 山东 policy texts ----
    ('d0413.3-10', '对新认定的工业互联网领域国家级园区给予200万元', [], [SUB], [A('200万元', 200, '万元')],
     'reward to a newly recognised national industrial-internet park (its operator, unlabelled, r1; as dev20 read the '
     'park rewards of d0412/d0413)'),
    ('d0413.4-13', '对新获批的全国重点实验室', [], [SUB], [A('最高1000万元', 1000, '万元')],
     'reward up to 1000万元 for a newly approved national key laboratory built by a platform firm, and 奖补/补贴 for its '
     'projects and talents (unlabelled, r1); 一事一议 support for national labs has no type'),
    ('d0399.2-6', '根据项目投入额度择优给予一定补助', [], [SUB], [],
     'AI projects moving to 济南\'s cluster get a 补助 (sector/location group, r3); 首购首用 is a pointer to existing '
     'policies (dev20 soft point) and promotion grants nothing (r12)'),
    ('d0402.11-2-3', '以后补助方式给予引才用才补贴', [TALENT], [SUB], [],
     'talent subsidy (后补助) to universities and institutes to attract talents from home and abroad (counted as the '
     'universities of d0399.1-2 in dev20); 外籍人才 founding firms with equal treatment -> 高层次人才 (r4: 外籍/引进的'
     '高层次人才; r12 national treatment); soft: see BENEFITS-DEV21.md'),
    ('d0402.10-3-2', '进一步压减涉企服务事项办事环节', [ALL], [STEP, TIME, HELP], [],
     'fewer steps, materials and shorter times for every enterprise-related service (涉企 -> 所有企业, r2, r7: the '
     'heading names 科技型企业 but the cut is for all firms); online and offline 服务辅导 for tech firms -> 帮办代办 '
     '(r17); the platform and the reward mechanism for service bodies grant nothing (r12, r18)'),
    ('d0402.15-1-2', '鼓励银行针对科技型中小企业融资需求特点', [SME], [FIN], [],
     'banks encouraged to give more credit to 科技型中小企业 (-> 中小企业, dev18/dev20 soft point): encouraged third '
     'party (dev9 d4); the finance platform and institutions are building (r12)'),
    ('d0414.3-4-3', '对推动应用作用大、流量高的新建5G基站给予财政奖补', [], [SUB], [],
     'fiscal 奖补 for new 5G base stations (their operators, unlabelled, r1); 25万个 base stations by 2025 is a count '
     'of output / target, not an amount (r23, r24)'),
    ('d0018.4-31', '知识产权质押融资保险补贴等方式', [], [FIN], [],
     '北京 (a regulation, placed here for the type): 风险补偿, 贷款贴息 and IP-pledge insurance subsidies so that '
     'banks lend to 科技型企业 (unlabelled sector group, r1): 贴息 -> 融资支持 (r16); the compensation of banks and '
     'the fund are not counted (dev9 d8)'),
    ('d0401.3-8', '中等职业教育生均财政经费补助政策', [], [SUB], [],
     'per-student fiscal subsidy for 普惠性 private kindergartens and private schools (unlabelled, outside the '
     'government apparatus, r1, r18) -> 补贴奖励; purchase of places and supervision grant nothing'),
    # ---- central texts ----
    ('d0357.2-1-1', '简化操作以适合老年人使用', [], [HELP, STEP], [],
     'the elderly (persons as such, r8): 健康码 not checked in most places and simpler operation -> 环节材料减少, '
     '代办代查 -> 帮办代办 (r17), as dev18 read help services for the elderly in d0357'),

    # ================= look-alikes (grant nothing) =================
    # ---- prohibitions and duties (dev21 k1, k2) ----
    ('d0215.2-12', '禁止利用职权增加企业负担的下列行为', [], [], [],
     'ban on using power to load burdens on enterprises (赞助, 摊派, forced guarantees, fees for services that are '
     'duties): protects every firm but waives no lawful fee (dev21 k1) -> nothing'),
    ('d0215.2-13', '不得以拒绝企业职工子女入学为手段', [], [], [],
     'schools may not extort fees from firms by refusing their workers\' children: a prohibition, nothing (dev21 k1)'),
    ('d0215.2-14', '或限定企业购买其指定的经营者的商品', [], [], [],
     'utilities and monopolies may not add charges, tie sales or raise prices: an anti-abuse ban, no price cut '
     '(dev21 k1; r10 supervision)'),
    ('d0016.2-25', '不得有下列限制或者排斥潜在供应商或者投标人的行为', [], [], [],
     'ban on restricting bidders in procurement: a fair-competition rule addressed to purchasers, no group named '
     '(dev21 k1) -> nothing'),
    ('d0016.3-39', '不得将清单以外的中介服务事项作为办理行政审批的条件', [], [], [],
     'list of intermediary services; departments may not require others: a rule on government conduct (dev21 k1) '
     '-> nothing'),
    ('d0085.2-9', '统计调查对象应当自设立之日起30个工作日内', [], [], [],
     'duty of firms and 个体工商户 to report basic statistics within 30 working days: a duty, the figure is a deadline '
     'of the firm (dev21 k2); guidance at service halls is government\'s own work'),
    ('d0111.4-33', '企业事业单位和其他生产经营者应当自改变之日起十五个工作日内', [], [], [],
     'duty to register changes of hazardous-waste data within 15 working days (dev21 k2)'),
    ('d0378.5-27', '测试主体应在事故责任认定后5个工作日内', [], [], [],
     'central: duty of road-test entities to report accidents in 5 working days; government relays in 5 working days '
     '(dev21 k2)'),
    # ---- amounts that are not granted ----
    ('d0119.5-41', '处骗取金额二倍以上五倍以下的罚款', [], [], [],
     'fine of two to five times the amount obtained by fraud from unemployment insurance: a penalty about a grant'),
    ('d0253.6-57', '电信业务经营者分别处二十万元以上一百万元以下罚款', [], [], [],
     'fines of 20-100万元 on building developers and telecom operators: penalty, not a benefit'),
    ('d0322.3-3-2', '培育产值超10亿元的行业龙头企业', [], [], [],
     'central: cultivate leading firms over 10亿元 and innovative firms over 5000万元 of output: size thresholds and a '
     'target (r21, r23); 鼓励和支持 mergers and listings names no type'),
    ('d0396.1-1-1', '2018年度人工智能方向研发经费不低于500万元', [], [], [],
     '山东/青岛: criteria of a leading AI enterprise (share of revenue 50%, R&D spending 500万元): eligibility thresholds '
     'of a list (r21), the measure grants nothing itself'),
    ('d0414.3-6-1', '设立总规模不少于100亿元的数字经济发展专项基金', [], [], [],
     '山东: a provincial fund of at least 100亿元 and city funds: the size of a fund is a total budget, and setting up a '
     'fund that leverages social capital is the government\'s own work (dev9 d8, dev21 k4)'),
    ('d0352.3-10', '测试时间原则上不超过30个月', [], [], [],
     'central: application file of road tests, insurance of at least 五百万元 per vehicle, test time up to 30 months: '
     'duties and conditions (r21)'),
    ('d0352.6-35', '未按要求上报的可暂停其道路测试和示范应用活动18个月', [], [], [],
     'central: accident reports within 24 hours, suspension of 18 months as a penalty, relay in 2 working days'),
    ('d0340.1-2', '近150家数字经济相关企业在主板', [], [], [],
     'central: report to the NPC, money raised by listed digital firms and patent counts (as dev18/dev20 read this '
     'report)'),
    ('d0340.1-3', '比2012年分别提升31.1个和26.3个百分点', [], [], [],
     'central: report, coverage rates and their rises in 个百分点 (r23), 3100 projects (r24)'),
    ('d0329.2-1', '10个国家数据中心集群为抓手', [], [], [],
     'central: 8 computing hubs and 10 data-centre clusters: counts of government output (r24)'),
    # ---- pointers, mechanisms and government's own work ----
    ('d0016.2-23', '确保减税降费政策全面、及时惠及经营主体', [], [], [],
     'a generic 落实国家各项减税降费政策 is a mention, not a grant (r13)'),
    ('d0094.5-23', '享受本条例给予外商投资企业的优惠待遇', [], [], [],
     'overseas Chinese investors enjoy the preferential treatment of foreign firms: a bare pointer (dev20: 享受有关优惠'
     '待遇), no type named'),
    ('d0083.6-45', '建立健全优良品种使用补贴机制', [], [], [],
     'building a subsidy mechanism and a list of varieties: government\'s own work (dev18: setting a subsidy)'),
    ('d0398.5-18', '市级主管部门要加强奖补资金管理', [], [], [],
     '山东: management of the provincial 奖补 money for parks: government\'s own work'),
    ('d0248.17', '由省人民政府制定具体的补贴办法', [], [], [],
     'the province is to make the rules of reservists\' lost-work subsidy: a delegation (dev7 13: permissions to make '
     'policies), no grant here'),
    ('d0145.1-3', '参照城市公交政策制定农村客运优惠政策和政府补贴政策', [], [], [],
     'governments to make preferential and subsidy policies for rural buses: a mandate to make policy (dev7 13), '
     'encouragement of operators names no type'),
    ('d0119.2-12', '失业保险基金用于下列支出', [], [], [],
     'the list of expenditures of the unemployment fund (dev9 d9: the list of a fund\'s expenditures) names benefits '
     'granted elsewhere'),
]
