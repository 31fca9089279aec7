"""Annotation source of benefits-dev14 (own held-out set; see ../BENEFITS-DEV14.md).

E holds one entry per gold line: (export id, contains, beneficiaries, benefit_types, amounts, note). The export id is
that of /tmp/bdev14/plain.jsonl (stripped from /tmp/s7-real-export.jsonl by plain.py strip); the note names the rule
applied and is not written to the gold file. Entries follow the order of order.txt; `# pN` gives the 0-based
position of the document in order.txt. Grants come first within a document, then look-alikes."""


def A(text, value, unit, ben=None):
    return {'text': text, 'value': value, 'unit': unit, 'beneficiary': ben}


ALL, SME, MICRO, HT, FOR, PRIV, TALENT, NEW, BUILD, IND, JOBLESS, TRADE, SMALLTAX = (
    '所有企业', '中小企业', '小微企业', '高新技术企业', '外资企业', '民营企业', '高层次人才', '新开办企业',
    '建设项目单位', '个体工商户', '农民工和就业困难人员', '外贸企业', '小规模纳税人')
FREE, SUB, TAX, FEE, FIN, TIME, STEP, PROM, HELP = (
    '免费', '补贴奖励', '减税减免', '降低费用', '融资支持', '时限压缩', '环节材料减少', '容缺承诺', '帮办代办')

E = [
    # p0 d0055 北京市实施《节约能源法》办法
    ('d0055.2-21', '对采用合同能源管理方式实施的节能改造项目', [], [TAX, SUB, FIN], [],
     '税收扶持 + 补助、奖励 for energy-performance projects and project financing for 节能服务机构 (unlabelled, rule 1); '
     'banks simplifying their own procedures is not 环节材料减少 (dev9 4)'),
    ('d0055.3-35', '农民对住宅实施节能保温改造的', [], [SUB],
     [], 'policy funds to farmers for their own houses: private persons [] with the type kept (rule 8)'),
    ('d0055.5-58', '具体奖励和补助办法由市人民政府另行制定', [], [], [],
     'encouragement plus a permission to make an incentive policy later grants nothing (dev7 13)'),
    ('d0055.6-69', '能源生产经营单位无偿向本单位职工提供能源', [], [], [],
     'penalty: fine limits are not amounts (rule 10)'),
    # p6 d0127 广东省建设工程质量管理条例
    ('d0127.3-22', '任何单位和个人不得随意压缩建设工程的合理工期', [], [], [],
     'a ban on compressing construction periods is a duty, not a time cut for an applicant (rule 13)'),
    # p7 d0150 广州市社会急救医疗管理条例
    ('d0150.5-45', '可以通过购买服务、专项补贴等方式', [], [SUB], [],
     'purchase of services / special subsidies to social forces giving first-aid training (unlabelled; dev12 soft point)'),
    # p9 d0038 北京市学前教育条例
    ('d0038.4-20', '应当按照中小学校建设减免费用的有关规定减免相关费用', [], [FEE], [],
     'kindergartens pay school utility prices and get fee 减免 when building (dev9 7; rule 14 减免 → 降低费用); unlabelled'),
    # p13 d0202 新乡市不可移动文物保护条例
    ('d0202.2-15', '人民政府可以给予适当补助', [], [SUB], [],
     'repair subsidy to holders of non-state protected sites (unlabelled, as dev9 d0181)'),
    # p14 d0061 北京市居家养老服务条例
    ('d0061.16', '政府对长期护理保险的投保人给予适当补贴', [], [SUB], [],
     'subsidy to private policy holders: [] with the type kept (rule 8)'),
    ('d0061.8', '从事居家养老服务的企业和社会组织享受政府给予的政策扶持', [], [], [],
     'generic pointer to 政策扶持 and use of public premises for care providers: nothing named (dev9 9)'),
    ('d0061.21', '由发放补贴的部门收回补贴', [], [], [],
     'taking subsidies back is a sanction, not a grant (rule 10)'),
    # p16 d0162 江门市门楼号牌管理条例
    ('d0162.2-9', '向申请人出具《门楼号确认书》', [ALL], [TIME], [A('十五个工作日内', 15, '个工作日')],
     'statutory limit for an application by builders/owners (dev9 3); generic applicants, residents and firms → 所有企业 '
     '(rule 2); the 5-day notice between bodies is not an amount'),
    ('d0162.4-20', '公用事业服务单位应当在各自职责范围内按规定免费办理', [ALL], [FREE], [],
     'free change of address registrations for 公民、法人 after renaming → 所有企业 + 免费 (rules 2, 14)'),
    ('d0162.3-18', '门楼牌制作、安装费用由建筑物所有人或者管理人承担', [], [], [],
     'government budget for its own plates and a duty of owners to pay replacements: nothing granted'),
    # p17 d0134 广东省水污染防治条例
    ('d0134.5-51', '省人民政府应当每年从财政预算中安排东江水系水质保护专项资金', [], [], [],
     'budget for water protection of upstream areas: funds to governments (rule 9)'),
    # p24 d0340 全国人大常委会 数字经济 report
    ('d0340.1-4', '全面数字化电子发票试点稳步推进', [], [], [],
     'a report of results: shares of tax matters handled online and user counts are achievements, not grants (rule 23)'),
    # p25 d0085 北京市统计条例
    ('d0085.2-13', '人民政府统计机构应当自受理申请之日起20个工作日内', [], [], [],
     'approval limit for local statistical survey projects requested by government bodies: not a grant (rule 9)'),
    # p26 d0414 山东 电子信息 policy text
    ('d0414.3-4-2', '建设国家中小企业数字化转型促进中心', [ALL], [SUB], [],
     'innovation vouchers for enterprises going to the cloud (补贴奖励, enterprises in general); the 中小企业 centre is a '
     'platform (rule 12); 奖补 to service providers unlabelled'),
    ('d0414.3-4-3', '对推动应用作用大、流量高的新建5G基站给予财政奖补', [], [SUB], [],
     'rewards for new 5G base stations (operators, unlabelled); 25万个 is a target (rule 23)'),
    ('d0414.3-1-1', '依托省级科技计划每年实施信息技术创新重大项目20项以上', [], [], [],
     'projects the government runs: counts of government output are not amounts (rule 24)'),
    ('d0414.3-5-2', '每年举办多场次融链固链供需对接活动', [], [], [],
     'matchmaking for 中小企业 grants nothing (rule 12)'),
    # p34 d0312 郑州市节约用水条例
    ('d0312.2-17', '按日加收超计划用水加价水费千分之五的滞纳金', [], [], [],
     'surcharge and late fee for over-quota use: a charge, not a benefit'),
    # p48 d0411 济南 人工智能岛 subsidy rules
    ('d0411.3', '每年度给予1000万元补贴', [], [SUB], [A('1000万元', 1000, '万元'), A('五年', 5, '年')],
     'yearly subsidy to the operator (unlabelled) and its period 连续补贴五年 (rule 22); the 1:1 split between governments '
     'is not an amount'),
    ('d0411.4-4', '研究确定拟给予补贴的金额', [], [], [],
     'publication step of the subsidy procedure; 公示期5个工作日 is a procedure period, not a benefit'),
    # p49 d0232 河南省实施《城乡规划法》办法
    ('d0232.2-27', '各级人民政府应当建立城乡规划展示场所', [], [], [],
     'free public exhibition halls and a publication limit: public resources, no applicant (dev5 13)'),
    # p55 d0046 北京市实施《归侨侨眷权益保护法》办法
    ('d0046.8', '归侨、侨眷境外亲友捐赠的物资用于国内公益事业的', [], [TAX], [],
     'a named relief (减征或者免征关税和进口环节的增值税) for donated goods (rule 13); donors unlabelled'),
    # p57 d0398 山东 数字经济园区 rules
    ('d0398.5-18', '省级奖补资金用于支持示范园区、成长型园区建设', [], [], [],
     'management of a fund for parks: rules on how a fund is spent grant nothing (dev9 9)'),
    # p64 d0087 北京市节水条例
    ('d0087.2-15', '具备条件的可以合并编制、办理', [BUILD], [STEP], [],
     'merged water-impact assessments for new building projects → 建设项目单位 + 环节材料减少 (rule 4)'),
    ('d0087.3-3-28', '农村生活用水应当安装、使用水计量设施', [], [], [],
     'duties of residential users; 不得免费供水 is a ban (rule 13)'),
    # p68 d0236 河南省实施《渔业法》办法
    ('d0236.8', '不得向申请人收取任何费用', [], [FREE, TIME], [A('二十日内', 20, '日')],
     'no fee for the aquaculture licence (rule 14) and a statutory decision limit (dev9 3); applicants defined by sector '
     '(rule 3); the 10-day extension is not an amount'),
    # p73 d0132 广东省母婴保健管理条例
    ('d0132.6', '为群众提供免费的婚前孕前医学检查服务', [], [FREE], [],
     'free pre-marital checks for residents: private persons [] with the type kept (rule 8)'),
    # p76 d0292 许昌市城市建筑垃圾管理条例
    ('d0292.22', '鼓励、支持社会资本投资建设和经营建筑垃圾消纳场', [], [], [],
     'permission to make a subsidy policy later grants nothing (dev7 13)'),
    # p77 d0074 北京市水土保持条例
    ('d0074.13', '对退出种植的主体给予补助', [], [SUB], [],
     'subsidy to growers leaving steep slopes (unlabelled); slope thresholds are conditions (rule 21)'),
    # p93 d0199 开封古城保护条例
    ('d0199.4-40', '支持通过减免租金、放宽承租年限等方式', [], [FEE], [],
     'rent 减免 for users of state-owned historic buildings → 降低费用 (rule 14); users unlabelled'),
    # p98 d0075 北京市河湖保护管理条例
    ('d0075.3-21', '水行政主管部门应当在收到申请之日起30个工作日内', [BUILD], [TIME],
     [A('30个工作日内', 30, '个工作日')],
     'statutory decision limit for a builder\'s application (dev9 3) → 建设项目单位; the clause of the figure names no '
     'group, so it is not bound (rule 30)'),
    # p104 d0408 青岛 5G/AI 场景 奖补 guide notice
    ('d0408.p2', '认真做好企业申报组织工作', [], [], [],
     'a notice issuing an application guide: the reward is only named, not granted here (rule 13)'),
    # p109 d0342 工信部/体育总局 智能体育典型案例 notice
    ('d0342.4', '对典型案例入选单位在相关配套资金、项目等方面给予支持', [], [], [],
     'encouraging local governments to support selected cases, plus publicity: nothing named is granted (dev7 13, rule 12)'),
    # p123 d0370 科技部 reply on the Beijing AI pilot zone
    ('d0370.3', '根据评估结果给予激励和支持', [], [], [],
     'incentives to a pilot zone run by a government (rule 9)'),
    # p126 d0300 郑州市城市房地产交易管理条例
    ('d0300.2-18', '应当自受理之日起二十个工作日内办理过户登记', [ALL], [TIME],
     [A('二十个工作日内', 20, '个工作日')],
     'statutory limit of property-transfer registration, used by residents and firms → 所有企业 (rule 2, dev9 3)'),
    # p135 d0109 广东省司法鉴定管理条例
    ('d0109.3-45', '司法鉴定机构办理与法律援助案件相关的司法鉴定事项', [], [FEE, FREE], [],
     '减收或者免收 appraisal fees for legal-aid cases and poor citizens: persons [] (rule 8); 减收 → 降低费用, 免收 → 免费 (rule 14)'),
    ('d0109.2-12', '实际控制人等信息发生变化的', [], [], [],
     'filing duty within five working days: deadlines of duties are not amounts'),
    # p136 d0108 广东省华侨权益保护条例
    ('d0108.2-21', '华侨投资兴办的高新技术企业', [], [], [],
     'generic pointer 按照国家和本省有关规定享受优惠待遇 (dev9 9)'),
    # p149 d0336 国家自然科学基金 重大研究计划 guide
    ('d0336.5', '直接费用资助强度约为80万元/项', [], [SUB],
     [A('80万元', 80, '万元'), A('3年', 3, '年'), A('300万元', 300, '万元'), A('4年', 4, '年')],
     'research grants per project and their periods (rule 22); 25~30项 / 6~8项 are counts of government output (rule 24); '
     'researchers unlabelled'),
    # p151 d0213 河南省人大代表 rules
    ('d0213.8', '对无固定收入的代表执行代表职务由本级财政给予适当补贴', [], [], [],
     'allowances for deputies performing a public function (as dev12: allowances to staff)'),
    # p152 d0402 山东省“十四五”科技创新规划
    ('d0402.10-2-1-2', '对首次通过高新技术企业认定的中小微企业给予财政资金补助', [HT, SME, MICRO], [SUB, HELP], [],
     '补助 to 中小微 firms newly certified (both labels, rule 4), 高新技术企业财政奖励, 专业化服务辅导 for the listed '
     'firms (rule 17); 2.5万家/3万家 are targets (rule 23)'),
    ('d0402.10-3-1', '完善企业研发财政补贴制度', [ALL, SME], [SUB, TAX], [],
     'R&D subsidies and premium subsidies for enterprises (所有企业); named reliefs 研发加计扣除 and 初创期科技型中小企业'
     '税收优惠 (rule 13) → 减税减免 with 中小企业'),
    ('d0402.10-3-2', '进一步压减涉企服务事项办事环节', [ALL], [STEP, TIME, HELP], [],
     'steps, materials and time of 涉企服务事项 cut (所有企业); online and offline 服务辅导 (rule 17)'),
    ('d0402.15-1-3', '为科技型中小微企业提供担保支持', [SME, MICRO], [FIN], [],
     'guarantees for 科技型中小微企业 (both labels); a premium-subsidy mechanism only to be explored is not granted'),
    ('d0402.14-4-3', '科技成果转化贷款风险补偿备案并按时还本付息的企业', [ALL], [FIN], [],
     '贴息 for enterprises meeting a generic condition → 所有企业 + 融资支持 (rules 2, 16); incentives inside '
     'institutes and prizes are not grants to applicants'),
    ('d0402.11-2-2', '鼓励各市对重点领域急需紧缺高层次科技人才试行个人贡献奖补政策', [], [], [],
     'encouraging cities to try a reward policy for talents: a permission to make policy (dev7 13)'),
    ('d0402.15-1-1', '推广财政科技资金直接拨付机制', [], [], [],
     'public R&D budget and a generic 拓宽融资渠道: nothing granted (rule 13)'),
    # p156 d0333 国家邮政局 智能视频监控 notice
    ('d0333.2-5', '属于提升自身履职能力和落实属地安全监管责任行为', [], [], [],
     'postal authorities ask their own budget; firms are told to invest: nothing granted'),
    # p158 d0039 北京市安全生产条例
    ('d0039.4-69', '限制其一年内参加政府投资、政府融资建设项目', [], [], [],
     'sanction after accidents: figures are conditions and sanction periods (rule 10)'),
    # p173 d0029 北京市反不正当竞争条例
    ('d0029.2-14', '免费旅游度假及其他使对方直接或者间接受益的手段进行贿赂', [], [], [],
     'a ban on bribery naming 免费旅游 and 折扣: nothing granted (rule 13)'),
    # p182 d0113 广东省土地管理条例
    ('d0113.4-34', '县级以上人民政府应当在收到批准文件之日起十五个工作日内', [], [], [],
     'government procedure of expropriation notices: deadlines of government work are not amounts'),
    # p201 d0228 河南省安全生产条例
    ('d0228.2-1-18', '为从业人员免费发放符合国家标准或者行业标准的劳动防护用品', [], [], [],
     'an employer duty to hand out protective equipment: nothing granted to an enterprise (rule 8, rule 13)'),
    ('d0228.4-45', '按照国家规定在新增项目的核准、土地使用', [], [], [],
     'joint punishment touching 信贷融资 and 政策性资金 (rule 10)'),
    # p210 d0322 工信部 行业 action plan
    ('d0322.3-3-2', '培育产值超10亿元的行业龙头企业', [], [], [],
     'cultivation targets: 10亿元/5000万元 are output thresholds, not amounts (rules 21, 23)'),
    # p212 d0084 北京市突发公共卫生事件应急条例
    ('d0084.5-56', '应急处置的医疗卫生人员和其他相关人员给予补助', [], [], [],
     'allowances to staff in emergency response (dev12 precedent)'),
    # p226 d0277 洛阳市燃气管理条例
    ('d0277.3-12', '燃气管理部门应当公布燃气经营许可条件和程序', [], [STEP], [],
     '简化审批流程 for gas-operating licences (operators defined by sector, rule 3); the five-year validity of a licence '
     'is not a benefit period'),
    ('d0277.3-21', '每年至少对燃气用户免费进行一次入户安全检查', [ALL], [FREE], [],
     'free yearly home safety check for gas users (用气用户 → 所有企业, rule 2; duty of a third party, dev9 4); an '
     'inspection frequency is not an amount'),
    # p228 d0138 广东省环境保护条例
    ('d0138.5-59', '重大节能减排技术开发、示范项目给予补助或者贷款贴息等支持', [], [SUB, FIN], [],
     'named instruments 补助 and 贷款贴息 for energy-saving projects (dev9 8, rule 16); the punitive power prices are charges'),
    # p232 d0392 山东 场景创新 policy text
    ('d0392.5-21', '实行项目帮包服务、推行并联审批', [BUILD], [HELP, STEP], [],
     'project 帮包 service and parallel approvals for major projects → 建设项目单位 (rules 4, 17); 标准地 / 拿地开工 '
     'supports the same; the platform and supervision are government work'),
    # p234 d0062 北京市建筑绿色发展条例
    ('d0062.5-45', '个人使用住房公积金贷款购买二星级以上绿色建筑', [], [], [],
     'priority in awards, a later policy for loans (具体办法另行制定) and commendations: nothing granted (dev7 13, dev8 8)'),
    # p247 d0203 新乡市城市市容和环境卫生管理条例
    ('d0203.21', '免费停车时间不得少于三十分钟', [ALL], [FREE, FEE], [A('不得少于三十分钟', 30, '分钟')],
     'free parking of at least 30 minutes and 收费减半 for new-energy cars at priced car parks; parking users are a '
     'generic user category (rule 2, as ETC 车辆); 减半 → 降低费用 without amount (rule 14)'),
    # p254 d0259 河南省见义勇为人员奖励和保障条例
    ('d0259.5-27', '人力资源和社会保障部门应当优先将其纳入就业援助范围', [JOBLESS], [], [],
     'priority employment aid for 就业困难 persons → 农民工和就业困难人员 (rule 4), a benefit of none of the 9 types (rule 12)'),
    # p260 d0288 焦作市中小学校幼儿园规划建设管理条例
    ('d0288.3-20', '对新建初中、小学、幼儿园的区人民政府给予奖补', [], [], [],
     'rewards to district governments (rule 9)'),
]
