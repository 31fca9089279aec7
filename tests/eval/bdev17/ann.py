"""Annotation source of benefits-dev17 (own held-out set over the real documents; see ../BENEFITS-DEV17.md).

E holds one entry per gold line: (export id, contains, beneficiaries, benefit_types, amounts, note). The export id is
that of /tmp/bdev17/plain.jsonl (plain.py strip of /tmp/real-stripped.jsonl); the note names the rule applied
(BENEFITS.md r1-r31, BENEFITS-DEV14.md decisions d1-d8) and is not written to the gold file. Grants first, then the
look-alikes that grant nothing."""


def A(text, value, unit, ben=None):
    return {'text': text, 'value': value, 'unit': unit, 'beneficiary': ben}


ALL, SME, MICRO, HT, FOR, PRIV, TALENT, NEW, BUILD, IND, JOBLESS, TRADE, SMALLTAX = (
    '所有企业', '中小企业', '小微企业', '高新技术企业', '外资企业', '民营企业', '高层次人才', '新开办企业',
    '建设项目单位', '个体工商户', '农民工和就业困难人员', '外贸企业', '小规模纳税人')
FREE, SUB, TAX, FEE, FIN, TIME, STEP, PROM, HELP = (
    '免费', '补贴奖励', '减税减免', '降低费用', '融资支持', '时限压缩', '环节材料减少', '容缺承诺', '帮办代办')

GRANTS = [
    # 北京市优化营商环境条例 (d0016)
    ('d0016.2-13', '申请人承诺所提交的章程、协议、决议', [NEW, ALL], [PROM, TIME, STEP],
     [A('一个工作日', 1, '个工作日', NEW)],
     'registration: commitment -> formal review (r15), 即时办结 / 一个工作日 for 申请设立 (r4 新开办, r30 bound), '
     'no 住所证明, no separate licence for branches (steps) for all 经营主体'),
    ('d0016.3-32', '能够通过政府部门之间信息共享获取的材料', [ALL], [STEP], [],
     'shared materials not required of 经营主体 (fewer materials, r2)'),
    ('d0016.3-42', '符合规定的建设单位无需多次提交', [BUILD], [STEP], [], 'builder need not resubmit surveys (r4, r5)'),
    ('d0016.3-43', '从立项到不动产登记全流程审批总时长', [BUILD], [STEP, TIME],
     [A('不超过十五日', 15, '日', BUILD)],
     'low-risk social-investment projects: merged permits, total time capped; clause names the project (r30)'),
    ('d0016.3-48', '推行使用财税辅助申报系统', [ALL], [STEP], [],
     'tax payment conveniences: city-wide handling, automatic conversion, combined declaration (r13 steps)'),
    ('d0016.3-54', '合理设置申报期限、公开申请条件和兑现期限', [ALL], [STEP], [],
     'policy platform is r12 nothing; 一次申报 of 惠企政策 is a step cut for enterprises (soft)'),
    ('d0016.3-56', '统一受理申请材料、统一送达办理结果', [ALL], [STEP], [], '高效办成一件事: one notice, one intake (steps)'),
    # 北京市促进中小企业发展条例 (d0017)
    ('d0017.3-19', '为中小企业提供以应收账款、知识产权、特许经营收益权', [SME], [FIN], [], 'secured financing for 中小企业 (r16)'),
    ('d0017.3-20', '提高担保机构对小型微型企业的风险容忍度', [SME, MICRO], [FIN], [],
     'government guarantee system for 中小企业, esp. 小型微型 (r4); 百分之八十 is a business-share target (r23); '
     'rewards to guarantors are to the delivery agency (r18)'),
    ('d0017.5-37', '专精特新中小企业申请和维持发明专利', [SME], [SUB, HELP], [],
     'IP counselling (r17), subsidies, premium subsidy and patent-fee 资助 for 中小企业'),
    # 深圳经济特区社会信用条例 (d0173)
    ('d0173.4-2-45', '市公共信用信息管理系统进行免费查询', [ALL], [FREE], [], 'free query for any 信用主体 (r2, r14)'),
    ('d0173.4-3-51', '自受理异议申请之日起一个工作日内进行核查', [ALL], [TIME],
     [A('一个工作日内', 1, '个工作日'), A('两个工作日内', 2, '个工作日')],
     'statutory decision limits on an application (d1); applicant generic -> 所有企业'),
    ('d0173.5-4-81', '应当一次性告知申请人需要补正的材料', [ALL], [FREE, STEP], [],
     'no fee (r14) and 一次性告知 of missing materials (steps) for credit-repair applicants'),
    ('d0173.5-4-82', '自受理或者接到公共信用修复申请之日起三个工作日内', [ALL], [TIME],
     [A('三个工作日内', 3, '个工作日')], 'decision limit (d1); the extension is not a benefit, not an amount'),
    ('d0173.5-2-58', '优先选取与行政相对人生产生活密切相关', [ALL], [PROM], [],
     '信用承诺制度 (告知承诺) for high-frequency items, 行政相对人 generic (r2, r15)'),
    # 河南省实施台湾同胞投资保护法办法 (d0231)
    ('d0231.5', '应当自接到申请之日起十五日内审核完毕', [], [TIME], [A('十五日内', 15, '日')],
     'Taiwan investors are outside the labels (r1); review limit (d1); 优惠待遇 pointer not a type'),
    ('d0231.12', '审批机关从收到符合国家有关规定和要求的项目建议书', [], [TIME],
     [A('十五日内', 15, '日'), A('十五日内', 15, '日')],
     'approval and registration limits for Taiwan investors (r1, d1); two occurrences (r28)'),
    # 广州市青年创新创业促进条例 (d0151)
    ('d0151.13', '安排一定比例的场地免费向青年提供', [], [FREE, SUB], [],
     'free space and rent subsidy for young founders: persons, not a label (r1, r8)'),
    ('d0151.21', '提供创业资助或者创业租金补贴', [], [SUB], [], 'start-up grants to rural young founders (r8)'),
    ('d0151.22', '通过给予租金补贴等方式为符合条件的创新创业青年', [], [SUB], [], 'rent subsidy to young founders (r8)'),
    # 云浮市优化营商环境条例 (d0097)
    ('d0097.10', '在产业园区管理机构设立一站式服务受理点', [ALL], [HELP], [], '代办服务 for park enterprises (r17); generic (r2)'),
    # 北京 others
    ('d0055.5-61', '节能产品生产及节能技术改造等项目提供优惠贷款', [], [FIN], [],
     'preferential loans for energy-saving projects, no label (r1, r16)'),
    ('d0079.2-18', '可以根据实际情况给予献血者误餐', [], [SUB], [], 'allowance to blood donors: persons (r8)'),
    ('d0079.2-20', '献血者本人终身免交前款规定的临床用血费用', [], [FREE], [],
     'donor and relatives exempt from blood fees, two groups with different benefits (r8, r14)'),
    ('d0054.10', '海关按照国家规定优先办理有关手续', [], [TAX], [], 'duty relief for the Red Cross (r1, r18)'),
    ('d0001.5-45', '采取阶段参股、跟进投资、风险补助等多种方式', [], [SUB, FIN], [],
     'guidance funds: equity and risk subsidies to venture-capital firms (outside labels, r1)'),
    # 广东 others
    ('d0119.3-20', '失业人员在领取失业保险金期间可以领取求职补贴', [JOBLESS], [SUB],
     [A('百分之十五', 15, '%', JOBLESS), A('最长不超过六个月', 6, '个月', JOBLESS)],
     '失业人员 -> label (r4); rate and benefit period are amounts (r22), clause names 失业人员 (r30)'),
    ('d0119.3-27', '领取失业保险金期间的失业人员以及参加失业保险的职工', [JOBLESS], [SUB], [],
     'skills subsidy to 失业人员 (r4, r16) and insured workers (persons, r8)'),
    ('d0144.4-33', '对感染艾滋病病毒的孕产妇及其婴儿免费提供', [], [FREE], [], 'free services to patients (r8)'),
    ('d0101.5-36', '自愿终身只生育一个子女的本省户籍夫妻', [], [SUB],
     [A('十元', 10, '元')],
     'parents: urban 保健费 monthly amount vs rural rewards, two groups (r8); the 50% cost split between employers '
     'and the nursing-leave days are left out (not a type)'),
    ('d0128.12', '在信贷政策允许范围内给予优先支持', [], [FIN], [],
     'priority credit to ethnic-township enterprises (outside labels r3); tax pointer is a mention (r13); '
     '30% is an eligibility threshold (r21)'),
    ('d0147.2-16', '区教育行政部门应当自受理许可申请之日起三十个工作日内', [], [TIME],
     [A('三十个工作日内', 30, '个工作日'), A('五个工作日内', 5, '个工作日')],
     'licence decision limits for private kindergartens (sector, r3; d1)'),
    ('d0170.3-2-33', '登记机构应当自受理登记申请之日起三十个工作日内', [ALL], [TIME],
     [A('三十个工作日内', 30, '个工作日')], 'property registration limit: residents and firms -> 所有企业 (r2, d1)'),
    # 河南 others
    ('d0302.4-22', '可以自办理失业登记手续的次月起', [JOBLESS], [SUB], [],
     '失业保险金 and one-off allowance (r16); 满一年 is eligibility (r21)'),
    ('d0235.5-36', '残疾人持残疾人证进入旅游景区旅游的', [], [FREE], [],
     'free admission for disabled persons and one escort: persons (r8)'),
    ('d0235.5-38', '残疾人持残疾人证免费乘坐城市市区公共交通工具', [], [FREE], [], 'free transit and parking (r8)'),
    ('d0240.4-26', '由用人单位发给在职伤残补助金', [], [SUB], [A('百分之七十', 70, '%')],
     'injured workers claim their own allowance (r8); rate of the benefit (r22)'),
    ('d0240.4-29', '一次性工亡补助金标准为五十四个月的统筹地区', [], [SUB],
     [A('五十四个月', 54, '个月'), A('六十个月', 60, '个月')],
     'death benefit: ordinary vs rescue/heroic deaths, two groups with two amounts (r8)'),
    ('d0259.4-21', '由省人民政府颁发特别奖金', [], [SUB],
     [A('一百万元', 100, '万元'), A('五十万元以上', 50, '万元'), A('八十万元以下', 80, '万元')],
     'special bonus: killed/total disability vs partial disability, two groups (r8)'),
    ('d0186.3-22', '对国家和省规定予以减免的收费项目', [], [FEE], [],
     'fee 减免 for school and kindergarten construction (d3 -> 降低费用); builder not named, schools often public (r6)'),
    # 全国 (d0357, d0329)
    ('d0357.2-1-1', '简化操作以适合老年人使用', [], [HELP], [], '代办 for elderly persons (r8, r17)'),
    ('d0357.2-1-2', '提供生活用品代购、餐饮外卖、家政预约', [], [HELP], [],
     'errands and home visits for elderly persons (r8, r17)'),
    ('d0357.2-3-8', '简化网上办理就医服务流程', [], [STEP, HELP], [],
     'simpler online procedures and human assistance for elderly patients (r8)'),
    ('d0329.5-13', '加快推进社保经办数字化转型', [], [STEP], [], 'social-security items handled across provinces: residents (r8)'),
    # 山东 policy texts (d0413 青岛, d0399 济南, d0406 青岛)
    ('d0413.1-2', '每年给予平台500万元补贴', [], [SUB], [A('500万元', 500, '万元')],
     'subsidy to the platform operator (outside labels); 50个/12场/500家 are conditions (r21)'),
    ('d0413.2-5', '分别一次性给予50万元、30万元奖励', [], [SUB],
     [A('50万元', 50, '万元'), A('30万元', 30, '万元')],
     'smart factories 50 vs digital workshops/lines 30: two groups, two amounts, sector (r3)'),
    ('d0413.4-13', '对新获批的全国重点实验室', [], [SUB], [A('最高1000万元', 1000, '万元')],
     'reward for national key labs of platforms (r1)'),
    ('d0413.5-15', '对自主培育或全职引进的有关国家级、省级人才', [TALENT], [SUB], [],
     'funds and housing for national/provincial talents (r4 高层次人才)'),
    ('d0399.1-2', '工程研究中心及人工智能开放创新平台的我市人工智能研发机构', [], [SUB],
     [A('最高500万元', 500, '万元'), A('100万元', 100, '万元'), A('500万元', 500, '万元'), A('200万元', 200, '万元'),
      A('最高补助50万元', 50, '万元')],
     'R&D institutions national/provincial, universities national/provincial, firms renting supercomputing: several '
     'groups outside labels with their own amounts (r1, r28); 加计扣除 pointer is a mention (r13)'),
    ('d0399.2-6', '根据项目投入额度择优给予一定补助', [], [SUB], [], 'subsidy to relocated AI projects (r1)'),
    ('d0399.3-7', '对于省级创新创业共同体按照省拨经费的15%', [], [SUB], [A('15%', 15, '%')],
     'matching funds for innovation communities (r1); rate is the size (r20)'),
    ('d0406.2', '针对审批过程中专业资格人员经常异地出差', [ALL], [STEP], [],
     'remote authorisation instead of on-site originals for enterprises; 7*24 service hours and counts of use are not '
     'amounts (r25, r27 only for the yearbook)'),
    ('d0406.3', '原来需要人工审核审批的业务', [ALL], [TIME], [],
     'automatic approval in minutes (no figure); 73.8% is an achievement (r23)'),
]

LOOKALIKES = [
    ('d0016.2-11', '保障各类经营主体依法平等使用资金', [], [], [], 'equal-treatment principle and bans (r12 slogan)'),
    ('d0016.2-27', '政府及有关部门应当履行依法作出的政策承诺', [], [], [], 'duty of government to keep promises'),
    ('d0016.4-70', '由牵头部门组织、多部门参加', [], [], [], 'joint inspection: supervision (r10)'),
    ('d0016.4-71', '分别在农业农村、文化旅游、生态环境', [], [], [], 'enforcement organisation (r10)'),
    ('d0017.6-45', '本市建立政府资助引导、社会智力支持', [], [], [],
     'training mechanism built by government; generic (r13)'),
    ('d0173.5-2-63', '公共管理和服务机构应当加强对行政相对人的事后核查', [], [], [], 'ex-post checks (r10)'),
    ('d0173.5-4-83', '相关信用信息三年后方可进行信用修复', [], [], [], 'restriction on credit repair'),
    ('d0231.7', '对台湾同胞投资者的投资不实行国有化和征收', [], [], [],
     'requisition with compensation (dev16 look-alike); 九十日 is a payment deadline'),
    ('d0315.6-49', '支持保险机构开发科技保险、出口信用保险', [], [], [],
     'encouragement of insurers (r12, r13)'),
    ('d0315.8-64', '支持自主创新示范区建立创新容错机制', [], [], [], 'fault tolerance for officials and zones (r9)'),
    ('d0097.16', '消防等公共基础设施的规划和建设管理', [], [], [], 'supervision of utilities (r10)'),
    ('d0097.12', '提高科学技术经费的财政投入', [], [], [], 'generic 扶持 and budget (r13, d8)'),
    ('d0042.4-40', '农民专业合作社享受国家规定的对农业生产', [], [], [], 'generic pointer (d8)'),
    ('d0222.10', '来本省创办、领办民营科技企业', [], [], [], 'generic pointer; 落户 care for persons'),
    ('d0235.4-27', '扶持残疾人福利企业事业的发展', [], [], [], 'permission to make measures later (d8)'),
    ('d0314.16', '对非公有制企业的行政事业性收费应当建立监督制度', [], [], [], 'fee supervision (r10)'),
    ('d0413.3-10', '对新认定的工业互联网领域国家级园区给予200万元', [], [], [], 'reward to parks/zones (r9)'),
    ('d0413.1-3', '打造全市工业企业数据资产依法交易和托管的平台', [], [], [], 'government builds a platform (r12)'),
    ('d0413.2-8', '鼓励各区市建设本级工业互联网企业综合服务平台', [], [], [], 'districts make policies (r9, d8)'),
    ('d0413.2-7', '探索便捷惠企有效方式支持推广低成本通用解决方案', [], [], [], 'vague support, no concrete grant (r13)'),
    ('d0398.5-14', '省级主管部门会同相关部门研究制定支持省级园区发展的资金奖补', [], [], [],
     'permission to make 奖补 later (d8)'),
    ('d0398.5-19', '对情况属实的园区撤销称号', [], [], [], 'revocation and claw-back (r10)'),
    ('d0406.5', '自动推送至对应监管部门账户', [], [], [], 'internal reform; 4.4万 interactions (r24)'),
    ('d0156.3-31', '作出行政许可的部门发现其不再具备消防安全条件的', [], [], [],
     'revocation; deadline between bodies is not an amount (d1)'),
    ('d0085.2-9', '本市建立统计调查对象基本情况调查制度', [], [], [], 'reporting duty of enterprises (30 working days)'),
    ('d0253.4-38', '电信业务经营者对电信用户提出的投诉', [], [], [], 'complaint duty of operators; deadlines of duties (d1)'),
    ('d0065.3-38', '向中标人和未中标的投标人退还投标保证金', [], [], [], 'duty of the tenderer to refund deposits (obligation)'),
    ('d0028.2-17', '经营者应当按照约定期限一次性退回预收款余额', [], [], [], 'refund duty of businesses'),
    ('d0109.3-27', '司法鉴定机构应当以其名义接受委托', [], [], [], 'duty of the appraisal institution (7 working days)'),
    ('d0182.3-37', '在受理投诉举报五个工作日内将查处情况回复投诉举报人', [], [], [],
     'complaint reply deadline of government (d1)'),
    ('d0226.3-21', '资本金占项目总投资的比例不得低于20%', [], [], [], 'capital requirement (r21)'),
    ('d0023.2-17', '企业的注册资本为合作股东实际缴纳的股本总额', [], [], [], 'registered-capital requirement (r21)'),
    ('d0401.10-5', '确保省级财政教育投入年均增长10%左右', [], [], [], 'budget target (r23)'),
    ('d0192.4-32', '公共厕所应当设置统一、规范、明显的标志', [], [], [], 'free public resource (d8)'),
    ('d0252.4-26', '并为每位职工免费发放煤矿职工安全手册', [], [], [], 'employer duty naming 免费 (d8)'),
    ('d0396.1-1-1', '2018年度人工智能方向研发经费不低于500万元', [], [], [], 'eligibility thresholds (r21)'),
    ('d0378.5-27', '测试主体应在事故责任认定后5个工作日内', [], [], [], 'reporting duty with deadlines (d1)'),
    ('d0361.7-3', '原创项目申请与资助不设复审环节', [], [], [], 'no re-review for applicants: a restriction, not a step cut'),
    ('d0361.5-2-3', '正在资助期内的原创项目负责人不得作为申请人', [], [], [], 'restriction on applicants'),
    ('d0406.4', '在制证环节自动提取业务过程关键信息', [], [], [], 'internal archiving; counts of licences issued (r24)'),
]

E = GRANTS + LOOKALIKES
