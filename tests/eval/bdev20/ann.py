"""Annotation source of benefits-dev20 (development set over the 418 real documents; see ../BENEFITS-DEV20.md).

E holds one entry per gold line: (export id, contains, beneficiaries, benefit_types, amounts, note). The export id is
that of /tmp/s16-real-export.jsonl (= /work/real-export-s7.jsonl), read only through the plain copy
/tmp/bdev20/plain.jsonl (fields id, doc_id, doc_title, source, section, number, title, text, region). The note names
the rule of BENEFITS.md (rN), the decision of BENEFITS-DEV9.md (dev9 dN) or the soft point of BENEFITS-DEV18.md /
BENEFITS-DEV19.md applied; it is not written to the gold file. build.py writes the lines in an order shuffled with
random.Random(20)."""


def A(text, value, unit, ben=None):
    return {'text': text, 'value': value, 'unit': unit, 'beneficiary': ben}


ALL, SME, MICRO, HT, FOR, PRIV, TALENT, NEW, BUILD, IND, JOBLESS, TRADE, SMALLTAX = (
    '所有企业', '中小企业', '小微企业', '高新技术企业', '外资企业', '民营企业', '高层次人才', '新开办企业',
    '建设项目单位', '个体工商户', '农民工和就业困难人员', '外贸企业', '小规模纳税人')
FREE, SUB, TAX, FEE, FIN, TIME, STEP, PROM, HELP = (
    '免费', '补贴奖励', '减税减免', '降低费用', '融资支持', '时限压缩', '环节材料减少', '容缺承诺', '帮办代办')

E = [
    # ================= grants =================
    # ---- 山东 policy texts ----
    ('d0399.1-2', '单个企业年度最高补助50万元', [], [SUB, TAX],
     [A('最高500万元', 500, '万元'), A('100万元', 100, '万元'), A('500万元', 500, '万元'), A('200万元', 200, '万元'),
      A('50万元', 50, '万元')],
     'AI R&D institutions (国家级/省级, two groups with two amounts), universities\' disciplines, new R&D institutions '
     '(后补助) and AI firms renting supercomputers: all unlabelled (r1, r3), figures null (r30); 研发费用补助 -> 补贴奖励, '
     '加计扣除 is a named relief (r13) -> 减税减免; qualifier not next to 50万元 (dev18 unclear point 3)'),
    ('d0399.1-3', '对入选科技部认定的国家级人工智能应用场景的牵头企业', [], [SUB],
     [A('30%', 30, '%'), A('最高补助金额200万元', 200, '万元'), A('最高300万元', 300, '万元')],
     'lead firms of AI application scenarios (a sector group, r3): share of the investment subsidised and two caps'),
    ('d0399.1-4', '按照国拨经费或省拨经费实际到账额的15%', [], [SUB],
     [A('30%', 30, '%'), A('15%', 15, '%'), A('不超过1000万元', 1000, '万元')],
     'matching funds for institutions and units carrying national programmes (unlabelled, r1): rates and cap (r20, r22)'),
    ('d0399.5-9', '给予最高100万元投资后扶持', [SME, MICRO], [SUB, FIN],
     [A('5%', 5, '%'), A('最高不超过50万元', 50, '万元'), A('最高不超过100万元', 100, '万元'),
      A('10%', 10, '%', SME), A('最高100万元', 100, '万元', SME)],
     'two groups, two sets of amounts in one measure: venture investors get a risk subsidy (unlabelled, figures null, '
     'r30); 初创期科技型中小企业 get 投资后扶持 (补贴奖励, bound to 中小企业); investors guided to back AI 小微企业 -> '
     '融资支持 (encouraged third party, dev9 d4); 年销售收入不超过2000万元 is a threshold (r21)'),
    ('d0412.2-3', '并按照规定给予一次性奖励', [], [SUB], [],
     'one-off reward to chain leaders among the park\'s AI firms (location/sector group, r3)'),
    ('d0412.3-4', '奖励金额按晋级补差原则执行', [], [SUB],
     [A('200万元', 200, '万元'), A('50万元', 50, '万元'), A('100万元', 100, '万元'), A('50万元', 50, '万元'),
      A('30万元', 30, '万元'), A('500万元', 500, '万元'), A('200万元', 200, '万元'), A('50万元', 50, '万元'),
      A('500万元', 500, '万元'), A('100万元', 100, '万元'), A('50万元', 50, '万元'), A('100万元', 100, '万元'),
      A('50万元', 50, '万元')],
     'rewards to park firms for national/provincial/city centres: each occurrence one entry (r28), all null (park firms '
     'are a location group, r3; dev18 soft point on d0412)'),
    ('d0413.1-2', '每年给予平台500万元补贴', [], [SUB], [A('500万元', 500, '万元')],
     'subsidy to the single operator of the city\'s platform (as dev18 d0411.3); 50个/12场/500家 are the platform\'s '
     'conditions (r21)'),
    ('d0413.2-5', '数字化车间和自动化生产线的企业', [], [SUB], [A('50万元', 50, '万元'), A('30万元', 30, '万元')],
     'manufacturers newly recognised as smart factory / digital workshop (sector, r3); 予以推荐 is no grant (r12)'),
    ('d0414.3-4-1', '建设一批虚拟现实、元宇宙等应用体验中心', [], [SUB], [],
     '择优给予财政奖补 to experience centres (unlabelled); 三首 policies and SOE assessment are pointers (dev9 d9)'),
    ('d0414.3-4-2', '建设国家中小企业数字化转型促进中心', [ALL], [SUB], [],
     '创新券 for enterprises going to the cloud (企业 in general, r2) and 奖补 for pilots with service providers -> '
     '补贴奖励; the promotion centre for 中小企业 is a platform the government builds (r12, r7: 中小企业 not a beneficiary)'),
    ('d0402.10-2-1-1', '降低科技型中小企业创新创业成本', [SME, MICRO], [SUB, FIN, FEE], [],
     '科技型中小(微)企业 (dev18 soft point: size words kept): 创新券 -> 补贴奖励; 贷款风险补偿/科技担保 -> 融资支持; '
     'research infrastructure opened on a non-profit basis -> 降低费用 (dev9 d4); 1000家/3万家/4万家 are targets (r23)'),
    ('d0402.10-3-1', '初创期科技型中小企业税收优惠', [ALL, SME], [SUB, TAX], [],
     '企业研发财政补贴 and 保费补贴 for first-set equipment -> 所有企业 + 补贴奖励; 研发加计扣除 and the tax preference of '
     '初创期科技型中小企业 are named reliefs (r13) -> 减税减免 (中小企业)'),
    ('d0402.11-1-2', '生活补贴、安家补贴等政策', [TALENT], [SUB], [],
     'young scientists and doctors/post-docs brought in (r4 高层次人才; dev18 soft point on fresh doctors): 生活补贴、安家补贴'),
    ('d0402.14-4-3', '对首次纳入山东省科技成果转化贷款风险补偿备案', [ALL], [FIN], [],
     '贴息 for firms that repaid loans under the risk-compensation scheme (generic condition, r2; r16 贴息 -> 融资支持); '
     'equity incentives of state firms and prizes are no grant'),
    ('d0393.2-3', '对已设立研发准备金、研发投入持续增长的企业', [ALL, HT], [SUB, TAX], [],
     '研发经费后补助 for firms with an R&D reserve (generic condition, r2); 研发费用加计扣除, 高新技术企业税收优惠 and '
     '技术交易税收优惠 are named reliefs (r13, read as d0402.10-3-1) -> 减税减免 for 所有企业 and 高新技术企业; '
     '科技型小微企业 are only cultivated (r7)'),
    ('d0401.3-1', '通过购买服务、综合奖补、减免租金等方式', [], [SUB, FEE], [],
     'private kindergartens (unlabelled, dev13 soft point): 生均补助/购买服务/奖补 -> 补贴奖励, 减免租金 -> 降低费用 (r14); '
     '55%/85% are targets (r23)'),
    ('d0401.3-7', '特殊教育学校实行十五年一贯制办学', [], [FREE], [],
     'free special education for disabled pupils (persons, r8: type kept); 十五年 is the length of schooling, not a benefit size'),
    ('d0392.7-26', '推荐场景创新优秀企业参与', [], [FIN], [],
     'scenario-innovation projects (unlabelled): special bonds, the provincial fund\'s investment and bank support -> '
     '融资支持 (dev19 soft point: equity investment -> 融资支持); the matchmaking event itself is no grant (r12) -- soft'),
    # ---- central texts ----
    ('d0357.2-5-12', '为老年人保留一定数量的线下免预约进入或购票名额', [], [HELP], [],
     'elderly (persons, r8): staffed windows and 人工帮扶 in parks and venues -> 帮办代办 (dev18 soft point on d0357)'),
    # ---- regulations ----
    ('d0078.3-16', '区城市管理部门应当自受理燃气经营许可申请之日起', [ALL], [TIME], [A('十二个工作日内', 12, '个工作日')],
     'statutory limit on deciding a gas-business permit (dev9 d3); applicants are registered enterprises in general (r2); '
     'the clause of the figure names no labelled group (r30)'),
    ('d0065.4-44', '行政监督部门应当自收到投诉之日起', [ALL], [TIME],
     [A('三个工作日内', 3, '个工作日'), A('三十个工作日内', 30, '个工作日')],
     'limits on accepting and deciding complaints of bidders (投标人, r2) -> 时限压缩 (dev9 d3 complaints)'),
    ('d0208.5-31', '奖给独生子女父母每人每月奖励费', [], [SUB, FIN],
     [A('二十元以上', 20, '元'), A('不超过二十日', 20, '日')],
     'parents holding the one-child certificate (persons, r8): monthly reward -> 补贴奖励, nursing leave as a benefit '
     'period (r22), priority in loans -> 融资支持 (as dev18 priority credit); 十八周岁/六十周岁 are conditions (r21)'),
    ('d0042.3-32', '办理农民专业合作社工商、税务登记的', [], [FREE], [],
     'no registration fee for farmers\' cooperatives (unlabelled, dev9 d5; r14)'),
    ('d0219.5', '适应当地农业生产需要并具有重要推广价值', [], [SUB], [],
     '资金扶持或者奖励 for units and persons developing farm-machinery products (unlabelled, r1)'),
    ('d0079.2-20', '献血者本人终身免交前款规定的临床用血费用', [], [FREE], [],
     'blood donors and their relatives (persons, r8) pay no clinical blood fee (前款规定的 refers to the first paragraph); '
     '四百毫升 is a conversion rule, not an amount'),
    ('d0097.10', '提供企业开办、项目建设、人才服务等政务咨询和代办服务', [NEW, BUILD], [HELP], [],
     'one-stop 代办 in industrial parks for 企业开办 (r4 -> 新开办企业) and 项目建设 (r4 -> 建设项目单位); infrastructure '
     'building is no grant -- soft (the service point sits in a park)'),
    ('d0104.2-16', '政府采购活动推广不收取投标保证金', [ALL], [FREE], [],
     'bidders in general (r2): 不收取投标保证金 -> 免费 (r14, BENEFITS.md soft point); choosing 保函/保险 is no type'),
    ('d0104.2-21', '科研仪器设备加速折旧、技术开发和转让税收减免', [ALL], [TAX], [],
     '市场主体 doing R&D (r2): 加计扣除, 加速折旧, 技术转让税收减免 are named reliefs (r13) -> 减税减免, although written '
     'as 按照有关规定享受 -- soft (dev9 d9 reads bare pointers as nothing)'),
    ('d0141.16', '其他登记失业人员和农村劳动者', [JOBLESS], [SUB], [],
     'training subsidy for 就业困难人员/登记失业人员/农村劳动者 (r4 -> 农民工和就业困难人员; r16)'),
    ('d0151.8', '创业培训定点机构为青年提供免费创业培训的', [], [FREE, SUB], [],
     'young people get free start-up training (persons, unlabelled) and the training institutions claim a subsidy '
     '(r18: 奖补 to a delivery body outside government counted, as 创业孵化基地)'),
    ('d0038.4-20', '应当按照中小学校建设减免费用的有关规定', [], [FEE], [],
     'kindergartens pay school utility rates and get fee reductions for building (unlabelled; dev9 d7; r14 减免 -> 降低费用)'),
    ('d0070.3-28', '残疾人持公安机关交通管理部门核发的残疾人专用通行证', [], [FREE], [],
     'disabled drivers park free (persons, r8); free parking of military vehicles is a grant to the state (r9)'),
    ('d0119.3-20', '失业人员在领取失业保险金期间可以领取求职补贴', [JOBLESS], [SUB],
     [A('百分之十五', 15, '%', JOBLESS), A('最长不超过六个月', 6, '个月', JOBLESS)],
     '求职补贴 for 失业人员 (r4, r16, dev9 d2): rate and benefit period bound (clause names the group, r30); '
     '十二个月 is the base period of the wage (r21)'),
    ('d0119.3-23', '开办企业、社会服务机构或者从事个体经营的', [JOBLESS], [SUB], [],
     'unemployed persons who start a business draw the rest of their benefit at once (r4, r16); the person, not the new '
     'firm, receives it'),
    ('d0057.7', '强震动监测设施的运行维护费用由财政部门给予适当补贴', [], [SUB], [],
     'anaphora: 前款所列设施或者建筑物的所有权人 (owners of the major works listed in the paragraph before) get a subsidy of '
     'the running costs (unlabelled owners, r1; not 建设项目单位, who bear the building cost); 120米 is a condition (r21)'),
    # ================= look-alikes (grant nothing) =================
    # ---- 山东 policy texts ----
    ('d0410.2-5', '引进培育300家技改服务商', [], [], [],
     '充分发挥设备奖补、贷款贴息等技改政策撬动作用 points to existing policies (dev9 d9); 300家 is government output (r24) -- soft'),
    ('d0411.4-5', '高新区财政部门收到补贴资金后', [], [], [],
     'how the subsidy money is passed down between finance bureaus (government\'s own work)'),
    ('d0398.5-19', '对情况属实的园区撤销称号', [], [], [],
     'review of parks and recovery of 奖补资金 (penalty about a grant, dev18)'),
    ('d0401.3-9', '广泛开展面向新生代农民工', [], [], [],
     'skills training for 农民工/失业人员 organised, with no 免费 or 补贴 stated (mention, r13)'),
    ('d0401.5-4', '落实乡村教师按规定享受乡镇工作补贴', [], [], [],
     'teachers\' pay and allowances inside the public education system (dev18: public apparatus); free transit for '
     'teachers only encouraged -- soft'),
    ('d0403.2-10', '提升数字化金融服务和风险防控能力', [], [], [],
     'logistics hubs, the provincial financing platform and e-commerce targets (r12 platforms, r23/r24)'),
    # ---- central texts ----
    ('d0352.6-36', '道路测试、示范应用主体应在事故认定后5个工作日内', [], [], [],
     'duty of the test operator to report an accident within 5 working days (dev18: duties of firms)'),
    ('d0378.3-9', '测试主体在封闭道路、场地等特定区域进行实车测试的证明材料', [], [], [],
     'list of application materials, with a compulsory insurance of 五百万元 (a condition, r21)'),
    ('d0361.5-2-3', '正在资助期内的原创项目负责人', [], [], [],
     'research-call rule limiting applications of funded researchers (dev18)'),
    ('d0336.6-3-4-2', '获资助项目负责人有义务参加', [], [], [],
     'annual meetings of a research programme; duty of funded researchers (dev18)'),
    ('d0354.4-1-1', '为商户和消费者提供免费WiFi接入服务', [], [], [],
     'technical guide: a smart store must offer free WiFi (a duty on the store, not a grant of the measure -- soft)'),
    ('d0340.1-1', '面向中小企业连续4年推进宽带和专线降费', [], [], [],
     'report to the NPC of what was done (让利超过7000亿元), as dev18 read d0340 and d0406 -- soft (r27 counts yearbook money)'),
    ('d0346.4-2', '联合审批、绿色通道等项目建设管理新模式', [], [], [],
     'green channel for government IT projects (r6) and funding of local digital government (r9)'),
    ('d0360.1', '中小企业职业培训公共服务平台', [], [], [],
     'directory of vendors\' services for 中小企业 and graduates (dev18: vendors\' directory)'),
    ('d0333.2-5', '要按照交通运输领域财政事权和支出责任划分', [], [], [],
     'postal regulators apply for budget money (r9) and firms invest their own funds'),
    # ---- regulations ----
    ('d0042.4-40', '农民专业合作社享受国家规定的对农业生产', [], [], [],
     'generic pointer 享受国家规定的…税收优惠 (dev9 d9)'),
    ('d0042.4-44', '高等院校毕业生到农民专业合作社工作的', [], [], [],
     'graduates working in cooperatives 享受有关优惠待遇: pointer with no named benefit (dev9 d9)'),
    ('d0087.4-56', '对举报属实、提供主要线索和证据的举报人给予奖励', [], [], [],
     'reward to whistle-blowers (award for good conduct, dev8 8)'),
    ('d0039.4-69', '限制其一年内参加政府投资、政府融资建设项目', [], [], [],
     'penalty after fatal accidents (前款规定的生产经营单位 must commission a safety assessment)'),
    ('d0100.2-7', '被认定为国家级和省级人力资源服务产业园的', [], [], [],
     '依照有关规定享受政府补贴和政策支持: pointer (dev9 d9); fund set up by local governments'),
    ('d0168.6-51', '建立与办园体制相适应的幼儿园生均拨款', [], [], [],
     'funding mechanism of preschool education set up by governments (government\'s own work)'),
    ('d0157.5-39', '单位或者个人采取欺骗手段获得财政性科技项目经费', [], [], [],
     'recovery of subsidies obtained by fraud (penalty about a grant)'),
    ('d0099.7-53', '外出农民工、普通高等学校及职业学校', [], [], [],
     'returning migrant workers and graduates guided to found farms; 便利 for rural talent names no type (r13)'),
    ('d0080.4-45', '鼓励高等院校毕业生、离退休人员和其他人才到生态涵养区创业就业', [], [], [],
     'graduates and other talent only encouraged to go to the ecological areas; residents\' training names no type (r13)'),
    ('d0023.2-17', '企业的注册资本不得少于3万元人民币', [], [], [],
     'minimum registered capital: a condition (r21)'),
]
