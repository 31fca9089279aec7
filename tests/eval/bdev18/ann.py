"""Annotation source of benefits-dev18 (development set over the 418 real documents; see ../BENEFITS-DEV18.md).

E holds one entry per gold line: (export id, contains, beneficiaries, benefit_types, amounts, note). The export id is
that of /work/real-export-s7.jsonl, read only through the plain copy /tmp/bdev18/plain.jsonl (fields id, doc_id,
doc_title, source, section, number, title, text, region). The note names the rule of BENEFITS.md (rN) or the
decision of BENEFITS-DEV9.md (dev9 dN) applied and is not written to the gold file. build.py writes the lines in an
order shuffled with random.Random(18)."""


def A(text, value, unit, ben=None):
    return {'text': text, 'value': value, 'unit': unit, 'beneficiary': ben}


ALL, SME, MICRO, HT, FOR, PRIV, TALENT, NEW, BUILD, IND, JOBLESS, TRADE, SMALLTAX = (
    '所有企业', '中小企业', '小微企业', '高新技术企业', '外资企业', '民营企业', '高层次人才', '新开办企业',
    '建设项目单位', '个体工商户', '农民工和就业困难人员', '外贸企业', '小规模纳税人')
FREE, SUB, TAX, FEE, FIN, TIME, STEP, PROM, HELP = (
    '免费', '补贴奖励', '减税减免', '降低费用', '融资支持', '时限压缩', '环节材料减少', '容缺承诺', '帮办代办')

E = [
    # ================= grants =================
    # ---- 广东 regulations ----
    ('d0123.3-16', '简化市场准入行政许可办理流程', [ALL], [TIME, STEP], [],
     '当场办结 -> 时限压缩; 简化流程/一次办结 -> 环节材料减少; every applicant for market entry (r2)'),
    ('d0123.3-18', '监管部门在行政审批过程中需要委托中介服务机构', [ALL], [FREE], [],
     'the authority bears the intermediary fee and may not pass it on to market subjects (r14 免费)'),
    ('d0104.2-17', '参与政府采购的中小企业供应商可以凭借中标通知书', [ALL, SME], [TIME, HELP, FIN], [],
     'firms preparing a listing (generic condition, r2): 绿色通道/限时办结 -> 时限压缩, 协助企业妥善处理 -> 帮办代办 (r17); '
     '中小企业 suppliers: contract and receivables financing -> 融资支持; the equity platform is no grant (r12)'),
    ('d0104.2-28', '建立中小企业应急转贷机制', [ALL, SME], [SUB, TAX, FIN], [],
     'emergency relief naming its instruments (dev9 d8): 补偿 -> 补贴奖励, 减免 -> 减税减免 for 市场主体 in difficulty; '
     '中小企业: 应急转贷/展期续贷 -> 融资支持, 纾困资金; 预留采购份额 is a non-type benefit (r12)'),
    ('d0104.3-36', '申请人可以自主选择提供相关材料或者采用告知承诺制办理', [ALL], [PROM], [],
     'applicants of 证明事项 and 涉企经营许可 may choose 告知承诺 (r15); publishing the list itself is government work'),
    ('d0104.3-38', '区域评估费用不得由市场主体承担', [BUILD], [PROM, FREE, STEP], [],
     'projects inside an area-wide assessment: 告知承诺 (r15), no fee for the assessment (r14), fewer own assessments and '
     '并联审批 (dev13 soft point, same reading)'),
    ('d0104.3-39', '免费提供不动产登记信息网上查询和现场自助查询服务', [ALL], [FREE, STEP, HELP], [],
     'property registration serves firms and residents (r2); 一次性收取全部材料 -> fewer materials; 银行网点代为办理抵押登记 -> 帮办代办 (r17)'),
    ('d0104.3-41', '实行先放行后缴税、先放行后改单', [TRADE], [STEP], [],
     'fewer approvals and documents at import/export (r4 进出口 -> 外贸企业); 单一窗口 data platform is no grant (r12); '
     '先放行后缴税 left without a time type (soft)'),
    ('d0167.3-18', '外商投资企业可以在规定区域内银行办理', [FOR], [FIN, HELP], [],
     'cross-border financing eased for 外资企业 (r16); registration done at the bank -> 帮办代办 (r17 银行网点代理登记)'),
    ('d0156.5-61', '住房和城乡建设主管部门、消防救援机构及其工作人员', [ALL, BUILD], [FREE], [],
     'no fee for fire-design review and acceptance of building works (建设项目单位) nor for fire inspections of any unit (所有企业): r14'),
    ('d0128.12', '在信贷政策允许范围内给予优先支持', [], [FIN], [],
     'priority credit for enterprises of ethnic townships etc. (unlabelled, r1; dev9 d4); 按照国家有关规定享受税收优惠 is a pointer (dev9 d9)'),
    # ---- 北京 regulations ----
    ('d0061.16', '政府对长期护理保险的投保人给予适当补贴', [], [SUB], [],
     'premium subsidy to insured persons (private persons, r8: type kept)'),
    ('d0074.13', '并对退出种植的主体给予补助', [], [SUB], [],
     'subsidy to those who stop farming steep slopes (unlabelled growers); 二十五度/五度 are conditions (r21)'),
    ('d0075.3-21', '水行政主管部门应当在收到申请之日起30个工作日内', [BUILD], [TIME], [A('30个工作日内', 30, '个工作日')],
     'statutory limit on deciding a builder\'s application (dev9 d3) -> 建设项目单位 (r4 建设单位); the clause of the figure names no group (r30)'),
    ('d0069.3-21', '给予市政公用服务优惠等方式', [], [FEE, SUB], [],
     'infant-care institutions run by social forces (unlabelled): utility price preference -> 降低费用 (dev9 d7), purchase of services -> 补贴奖励 (dev13 soft point)'),
    ('d0069.7-57', '未成年当事人因经济困难申请法律援助', [], [PROM], [],
     'legal aid for minors without income check: exemption from a review (r15 免审), private persons (r8)'),
    # ---- 河南 regulations ----
    ('d0235.2-17', '实施六岁以下残疾儿童免费抢救性康复项目', [], [SUB, FREE], [],
     'rehabilitation subsidy and free rehabilitation for disabled persons (r8: private persons, types kept); 六岁以下 is a condition (r21)'),
    ('d0235.5-36', '残疾人持残疾人证进入旅游景区旅游的', [], [FREE], [],
     '免收门票 for disabled persons and one companion (r14, r8)'),
    ('d0217.6-53', '简化对高新技术产业化有关的审批', [HT], [HELP, STEP], [],
     '全程代办 -> 帮办代办 (r17); 联审联批 and simpler procedures -> 环节材料减少, for high-tech industrialisation'),
    ('d0208.4-21', '实行计划生育的育龄夫妻免费享受国家规定的避孕药具', [], [FREE], [],
     'free family-planning services to couples (r8, r14)'),
    ('d0263.4-35', '编制适合不同地区、不同需求的农村住宅抗震设计图集', [], [FREE], [],
     'seismic design atlases free to farmers building houses (r8, r14); government research and training are no grant'),
    ('d0302.4-19', '用人单位可以帮助失业人员代办失业登记手续', [JOBLESS], [HELP], [],
     'employer may do the unemployment registration for the unemployed (r17 代办; dev9 d2 失业人员); 七日内/六十日内 are duties, not amounts'),
    ('d0302.4-22', '可以领取一次性生活补助金', [JOBLESS], [SUB], [],
     '失业保险金 and 一次性生活补助金 (r16, dev9 d2); 满一年 is a condition (r21)'),
    # ---- 山东 policy texts ----
    ('d0412.4-7', '给予最高200万元生活补贴', [TALENT], [SUB],
     [A('最高200万元', 200, '万元', TALENT), A('3年', 3, '年', TALENT), A('5000元', 5000, '元', TALENT),
      A('3000元', 3000, '元', TALENT), A('最高5000元', 5000, '元')],
     'full-time top talent and newly hired PhD/master graduates of AI firms -> 高层次人才 (r4 企业引进的优秀人才; soft for fresh '
     'graduates); 连续3年 is a benefit period (r22); the training subsidy goes to park firms (location group, r3) -> null; '
     'TOP200/前100名 are conditions (r21)'),
    ('d0412.4-9', '提供优惠人工智能算力服务', [ALL], [FEE, SUB], [A('不超过1000万元', 1000, '万元')],
     'discounted computing for 青岛市企业 in general (所有企业, dev9 d4 encouraged third party) -> 降低费用; operating subsidy '
     'to the computing centre (unlabelled) -> 补贴奖励, its cap is an amount (r22); 1:1 is a split between governments'),
    ('d0411.3', '每年度给予1000万元补贴', [], [SUB], [A('1000万元', 1000, '万元'), A('五年', 5, '年')],
     'annual subsidy to the operator of the AI island (one unlabelled firm, r1); 连续补贴五年 is a benefit period (r22); '
     '1:1 split between city and district is no amount'),
    ('d0402.10-2-1-2', '对首次通过高新技术企业认定的中小微企业给予财政资金补助', [HT, SME, MICRO], [SUB, HELP], [],
     'subsidy to 中小微企业 first recognised as high-tech (中小微 -> both labels) and 高新技术企业财政奖励 -> 补贴奖励; '
     '专业化服务辅导 -> 帮办代办 (r17); 2.5万家/3万家 are targets (r23)'),
    ('d0402.15-1-3', '为科技型中小微企业提供担保支持', [SME, MICRO], [FIN], [],
     'guarantees for 科技型中小微企业 (size labels kept, soft); risk compensation for banks is no grant (r18); the '
     'insurance premium subsidy is only to be explored (mention, r13)'),
    ('d0399.4-8', '每个单位每年最高补贴100万元', [], [SUB], [A('1000元', 1000, '元'), A('100万元', 100, '万元')],
     'housing subsidies to graduates trained for AI who work in Jinan (persons, unlabelled) and a training subsidy per trainee '
     'to the training unit, capped per unit and year (r22) -> 补贴奖励; 诺奖团队/院士团队 only get a pointer to the city\'s '
     'talent policy (dev9 d9), so 高层次人才 is not listed'),
    # ---- central texts ----
    ('d0357.2-1-2', '提供生活用品代购、餐饮外卖、家政预约', [], [HELP], [],
     '代购/代收代缴/上门巡诊 for elderly people at home (r17, r8 private persons)'),
    ('d0357.2-3-8', '简化网上办理就医服务流程', [], [STEP], [],
     'simpler online hospital procedures for the elderly (r8, type kept); guidance and phone help left as service quality (soft)'),

    # ================= grant nothing (look-alikes) =================
    # penalties and conditions about grants
    ('d0061.21', '由发放补贴的部门收回补贴', [], [], [],
     'recovery of a subsidy as a sanction (penalty about a grant)'),
    ('d0123.4-3-51', '对失信主体在行业准入、项目审批、获得信贷', [], [], [],
     'credit penalty restricting credit and export rebates (r10)'),
    ('d0208.6-38', '期间领取的独生子女父母奖励费不再收回', [], [], [],
     'loss of benefits after a further birth (penalty about a grant); the reward already paid is not recovered (no grant made here)'),
    # a government's own work on benefits
    ('d0104.4-55', '财政奖励及补贴事项的定期评估制度', [], [], [],
     'periodic review of permits, deposits and subsidy items: government work'),
    ('d0167.5-31', '编制并公布市、区外商投资政务服务事项目录及其办事指南', [], [], [],
     'service guides that state 容缺受理 conditions: standardisation work, nothing granted (r13)'),
    ('d0411.4-4', '研究确定拟给予补贴的金额', [], [], [],
     'the bureau sets and publicises the subsidy; 公示期为5个工作日 is the government\'s own procedure'),
    ('d0346.4-1', '加快建设全国行政许可管理等信息系统', [], [], [],
     'digital government: information systems and supervision (government work)'),
    ('d0059.3-22', '其他审计结果经履行规定的审核程序后7个工作日内', [], [], [],
     'publication of audit results within 7 working days: the authority\'s own time limit'),
    ('d0113.4-34', '在收到批准文件之日起十五个工作日内', [], [], [],
     'land-expropriation notices: government procedure; compensation items are listed contents of the notice'),
    # grants to governments, public bodies and officials
    ('d0398.5-15', '并结合本办法制定资金奖补等支持措施', [], [], [],
     'cities and counties told to make their own reward measures (dev9 d9 permission; r9)'),
    ('d0005.2-19', '对其人员的基本工资、国家规定范围内的津贴给予相应补助', [], [], [],
     'subsidy of wages in government-run hospitals: inside the public apparatus (r9, r18)'),
    ('d0041.5-28', '无固定工资收入的代表执行代表职务', [], [], [],
     'allowance to people\'s deputies for official duties: not a grant to enterprises or persons as such (soft)'),
    ('d0294.3-16', '基本养老保险基金由社会保险经办机构负责管理', [], [], [],
     'composition of a fund (财政补贴 is a revenue item), no grant'),
    # generic pointers and promotion
    ('d0230.4-21', '税务、金融等部门应按照有关规定在税收、信贷等方面给予优惠', [], [], [],
     'generic pointer 按照有关规定…给予优惠 (dev9 d9); 扶持 of farmers unspecified'),
    ('d0140.6-48', '县级以上人民政府及其有关部门应当落实捐赠的税收优惠政策', [], [], [],
     'tax treatment of donations by law: generic pointer (dev9 d9)'),
    ('d0329.4-9', '按规定落实就业创业相关扶持政策', [], [], [],
     'pointer to existing employment policies; social-security methods to be explored (mention, r13)'),
    ('d0217.5-47', '鼓励区内未上市高新技术企业进入代办股份报价转让系统', [], [], [],
     '代办股份报价转让系统 is the name of a trading system, not 帮办代办; support for listing is promotion (r12)'),
    ('d0324.2-3', '引导传统外贸企业发展跨境电商', [], [], [],
     'promotion of digital trade and cross-border e-commerce, no grant to 外贸企业 (r12)'),
    ('d0413.2-7', '探索便捷惠企有效方式支持推广低成本通用解决方案', [], [], [],
     'promoting low-cost digital solutions for 中小企业: promotion and pilots (r12)'),
    ('d0344.4-6', '加大对品学兼优的取得优秀成果和贡献突出学生的奖励力度', [], [], [],
     'awards for excellent students (dev9 d9 awards for good conduct)'),
    # duties of firms, a firm\'s own cycle, vendors\' offers
    ('d0409.7-37', '应在事故认定后7个工作日内', [], [], [],
     'a test operator\'s duty to report an accident within 7 working days'),
    ('d0252.4-26', '并为每位职工免费发放煤矿职工安全手册', [], [], [],
     'a mine\'s duty to its own workers (免费 inside an employer duty)'),
    ('d0341.2-4_2', '通过虚拟仿真开展试验、调试', [], [], [],
     'a firm\'s own R&D cycle and cost (缩短研发周期/降低研发成本), no grant'),
    ('d0360.2', '为其提供在线化、低门槛、低利率的供应链融资服务', [], [], [],
     'a directory of commercial service providers\' products (loans offered by vendors), not a measure granting anything'),
    # research-call rules
    ('d0336.5', '直接费用资助强度约为80万元', [], [], [],
     'research-call rules: funding intensity and duration of projects of a science foundation programme'),
    ('d0361.4', '资助强度一般不超过100万元', [], [], [],
     'research-call rules: duration and funding per project'),
    # reports of what was done and targets
    ('d0340.1-4', '全国一体化政务服务平台基本建成', [], [], [],
     'report of what was done (96.68% non-contact tax items, counts of users): r23/r27 not applicable, no grant made'),
    ('d0406.3', '无人干预模式办件量为2980件', [], [], [],
     'report of a city\'s automatic approvals (what was done, counts and shares); no measure granted here'),
    ('d0417.3-6', '培育一批数字技术领域国家专精特新', [], [], [],
     'cultivation targets (3000家 high-tech firms): r23'),
]
