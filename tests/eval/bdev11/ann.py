# Annotation source of benefits-dev11.jsonl (OWN HELD-OUT: see ../BENEFITS-DEV11.md; do not read when developing).
# Each entry: (export id, contains, beneficiaries, benefit_types, amounts, note naming the rule applied).
# Stratum and 1-based position in order.txt are given in the comments.


def A(text, value, unit, ben=None):
    return {'text': text, 'value': value, 'unit': unit, 'beneficiary': ben}


ALL, SME, MICRO, FOREIGN, TRADE, BUILD, TALENT, NEW, HT, PRIV, IND, SMALLTAX, JOB = (
    '所有企业', '中小企业', '小微企业', '外资企业', '外贸企业', '建设项目单位', '高层次人才', '新开办企业', '高新技术企业',
    '民营企业', '个体工商户', '小规模纳税人', '农民工和就业困难人员')
FREE, SUB, TAX, FEE, FIN, TIME, STEP, PROM, HELP = (
    '免费', '补贴奖励', '减税减免', '降低费用', '融资支持', '时限压缩', '环节材料减少', '容缺承诺', '帮办代办')

E = [
    # E 2 d0008 北京市人才市场管理条例
    ('d0008.3-19', '招聘单位在招聘活动中不得向求职应聘人员收取任何费用', [], [FREE], [],
     'ban on charging job applicants = 免费 (dev9 6); private persons (rule 8)'),
    # E 4 d0117 广东省外商投资权益保护条例
    ('d0117.8', '在知识产权快速审查、快速确权和快速维权方面享受服务', [FOREIGN], [], [],
     'equal access of a labelled group, no type (rule 12)'),
    ('d0117.12', '为外商投资企业开展本外币跨境融资提供相应便利', [FOREIGN], [FIN], [],
     'encouraged banks give financing facilities (dev2 17)'),
    # E 6 d0223 河南省商品交易市场监督管理条例
    ('d0223.3-16', '农民在集贸市场出售小宗自产农副产品的', [], [FREE, STEP, PROM], [],
     'farmers selling own produce: no licence needed (免审批-like, rule 15) and no named market fee (rule 14); persons (rule 8)'),
    ('d0223.2-15', '在核准市场开办、变更和注销登记后十五日内发布公告', [], [], [],
     'publication period (dev10 1) -> nothing'),
    # E 7 d0123 广东省市场监管条例
    ('d0123.3-16', '推行当场办结、一次办结、限时办结等制度', [ALL], [TIME, STEP], [],
     'licence applicants generic (rule 2); 当场办结 = immediate handling (dev4 1); online/near handling = steps'),
    ('d0123.3-18', '需要委托中介服务机构开展技术性服务的', [ALL], [FREE, STEP], [],
     'intermediary fee borne by government = 免费 (政府买单, rule 14); no forced intermediary = step removed'),
    ('d0123.4-2-42', '应当在收到书面函件之日起十五个工作日内予以协助', [], [], [],
     'limit between government bodies (dev10 1) -> nothing'),
    ('d0123.4-3-51', '在行业准入、项目审批、获得信贷、出口退税等方面依法予以限制', [], [], [],
     'credit sanctions naming 信贷/出口退税 (rule 10) -> nothing'),
    # E 10 d0414 山东 先进制造业/信息技术 policy text
    ('d0414.3-4-2', '建强一批产业大脑、工业互联网平台', [ALL], [SUB], [],
     'named subsidy scheme 创新券 and 奖补 (dev10 8)'),
    ('d0414.3-4-3', '对推动应用作用大、流量高的新建5G基站给予财政奖补', [], [SUB], [],
     'subsidy to base-station builders (unlabelled, rule 1); 25万个 is a target (rule 23)'),
    ('d0414.3-3-1', '扶持一批有潜力的中小企业快速成长', [], [], [],
     'generic pointer to existing policies (dev7 9) -> nothing'),
    # E 12 d0229 河南省实施《中小企业促进法》办法
    ('d0229.23', '任何单位和个人不得非法干预中小企业的经营自主权', [], [], [],
     'protection of rights, no grant -> nothing'),
    # E 15 d0018 北京市促进科技成果转化条例
    ('d0018.2-12', '应当由单位对完成、转化该项科技成果做出重要贡献的人员', [], [SUB],
     [A('不低于百分之七十', 70, '%'), A('不低于百分之七十', 70, '%'), A('不低于百分之五', 5, '%'),
      A('连续五年内', 5, '年')],
     'rewards to researchers with stated shares and period (dev5 10, dev10 4, rule 22)'),
    ('d0018.4-35', '在办理入境签证、居留许可和就业许可时', [], [STEP], [],
     'introduced foreign transfer talents (not 高层次, rule 1): simplified procedure; 落实待遇 is a pointer'),
    ('d0018.4-33', '不得以企业规模、成立年限、市场业绩等为由限制企业的参与资格', [ALL], [], [],
     'procurement access for all firms, no type (rule 12)'),
    ('d0018.3-19', '不纳入单位国有资产对外投资保值增值考核范围', [], [], [],
     'internal assessment of public units -> nothing'),
    # E 16 d0410 山东 智能制造 policy text
    ('d0410.2-2', '综合运用首台套保险补偿、政府采购等政策', [], [SUB], [],
     'named scheme 首台套保险补偿 for makers of first sets (unlabelled); 30项 is a target'),
    ('d0410.2-5', '充分发挥设备奖补、股权投资、贷款贴息等技改政策撬动作用', [ALL], [SUB, FIN], [],
     'named 设备奖补 and 贴息 for firms doing upgrades (dev10 8); 300家 is a target'),
    ('d0410.2-10', '定期开展项目、人才、融资需求对接与示范项目推广', [ALL], [HELP], [],
     'coaching of smart factories bought from third parties (精准辅导, rule 17); matchmaking alone is nothing (rule 12); 100家 is a count'),
    # E 17 d0100 广东省人力资源市场条例
    ('d0100.2-11', '支持经营性人力资源服务机构提供招才引智', [], [SUB], [],
     '政府购买服务 for HR service agencies (dev10 5; unlabelled, rule 1)'),
    ('d0100.2-12', '依照有关规定给予奖励或者资助', [ALL], [SUB], [],
     'named 奖励/资助 to employers introducing talents (dev7 9); agencies unlabelled'),
    ('d0100.2-8', '被列入本地区服务业重点企业名录和高新技术企业名录的', [], [], [],
     'generic pointer 依法享受相关优惠政策 (dev4 10) -> nothing'),
    ('d0100.3-26', '应当自开展业务之日起十五日内', [], [TIME, STEP], [A('五日内', 5, '日')],
     "filing of HR agencies (unlabelled): missing materials told at once or within five days (dev10 7, dev10 1); the agency's own 十五日内 is not an amount"),
    # E 26 d0001 中关村国家自主创新示范区条例
    ('d0001.5-46', '为示范区内的中小企业投标承担', [SME], [SUB, FIN], [],
     'SMEs bidding for major works get favourable financial services; a share of the costs subsidised (named 补贴)'),
    ('d0001.5-44', '支持商业银行在示范区内设立专营机构', [], [FIN], [],
     'encouraged IP-pledge and credit loans to zone firms (dev2 17; zone firms unlabelled, dev8 2); risk compensation to banks not counted (dev10 8)'),
    ('d0001.4-37', '户口或者居住证办理、房屋购买和租赁等方面提供便利', [TALENT], [], [],
     'facilities for high-level talents, none of the nine types (rule 12)'),
    ('d0001.8-63', '采取统一办理、联合办理、集中办理等方式', [ALL], [STEP], [],
     'merged/joint handling and fewer approval steps for applicants in the core zone (rule 2, dev4 1)'),
    # E 29 d0167 深圳经济特区外商投资条例
    ('d0167.3-18', '外商投资企业可以在规定区域内银行办理境内直接投资基本信息登记', [FOREIGN], [FIN, HELP], [],
     'cross-border financing facilities (dev2 17) and registration at bank branches (rule 17)'),
    ('d0167.3-19', '可以采取在线办理等替代方式', [FOREIGN], [STEP], [],
     'online handling instead of presence, notarised documents accepted (dev3 4)'),
    ('d0167.5-33', '实施台账管理和全流程跟踪服务', [FOREIGN], [HELP, STEP], [],
     'major foreign projects: follow-up service (rule 17) and green channel (dev8)'),
    ('d0167.5-41', '指导符合条件的外商投资企业按照有关国际条约', [FOREIGN], [HELP], [],
     'customs credit coaching for foreign-invested firms (rule 17)'),
    # E 31 d0104 广东省优化营商环境条例
    ('d0104.2-16', '政府采购活动推广不收取投标保证金', [ALL], [FREE], [],
     'bidders (rule 2): no bid deposit = 免费 (rule 14)'),
    ('d0104.2-17', '参与政府采购的中小企业供应商可以凭借中标通知书', [ALL, SME], [FIN, STEP, HELP], [],
     'procurement-contract financing for SME suppliers; firms preparing listing (generic condition) get green channel and help'),
    ('d0104.2-23', '鼓励有条件的地区通过政府回购等方式降低公路通行成本', [ALL], [FEE], [],
     'baseless freight charges removed and road costs lowered for carriers and shippers (rule 14, dev2 17)'),
    ('d0104.2-28', '建立中小企业应急转贷机制', [ALL, SME], [TAX, FIN, SUB], [],
     'relief naming 减免 for all firms in disasters; SMEs: reserved procurement share, bridge loans, relief funds (dev9 8)'),
    ('d0104.3-30', '实现政务服务事项一窗通办', [ALL], [STEP], [],
     'one window, cross-region and online handling (dev3 4)'),
    ('d0104.3-31', '从提出申请到收到办理结果', [ALL], [STEP], [],
     'one visit per matter; 一次 is a slogan, not an amount (rule 26)'),
    ('d0104.3-35', '含有市场主体自身监管信息的信用报告', [ALL], [STEP, PROM], [],
     'no certificates outside the list; credit report replaces certificates (rule 15, dev3 6)'),
    ('d0104.3-36', '申请人可以自主选择提供相关材料或者采用告知承诺制办理', [ALL], [PROM], [],
     '告知承诺 for certificates and business permits (rule 15)'),
    ('d0104.3-38', '区域评估费用不得由市场主体承担', [BUILD], [FREE, STEP, PROM], [],
     'builders: parallel online approval, regional assessment paid by government, 告知承诺 (dev2 5)'),
    ('d0104.3-39', '直接在银行网点代为办理不动产抵押登记手续', [ALL], [STEP, HELP], [],
     'property registration one window and linked utility changes; bank branches register mortgages (rule 17); free record query is information (dev5 13)'),
    ('d0104.3-40', '实现主要涉税服务事项网上办理', [ALL], [STEP], [],
     'simpler claim of existing reliefs and online tax services: steps only (rule 13)'),
    ('d0104.3-41', '依法精简进出口环节审批事项和单证', [TRADE], [STEP], [],
     'fewer approvals and documents for importers/exporters; release before tax'),
    ('d0104.3-43', '法定行政审批中介服务事项清单', [ALL], [FREE, STEP], [],
     'intermediary costs borne by government (rule 14); services outside the list not required'),
    ('d0104.4-48', '按照省的规定推行综合查一次制度', [], [], [],
     'merged inspections are supervision (rule 10) -> nothing'),
    ('d0104.4-55', '财政奖励及补贴事项的定期评估制度', [], [], [],
     'internal review of subsidy items -> nothing'),
    # E 36 d0412 青岛 人工智能产业园 policy text
    ('d0412.3-4', '对园区内企业独立法人获准建设的省、市级制造业创新中心', [], [SUB],
     [A('200万元', 200, '万元'), A('50万元', 50, '万元'), A('100万元', 100, '万元'), A('50万元', 50, '万元'),
      A('30万元', 30, '万元'), A('500万元', 500, '万元'), A('200万元', 200, '万元'), A('50万元', 50, '万元'),
      A('500万元', 500, '万元'), A('100万元', 100, '万元'), A('50万元', 50, '万元')],
     "awards of stated size to a park's firms (unlabelled, dev9 5); each occurrence one amount (rule 28)"),
    ('d0412.4-7', '给予最高200万元生活补贴', [TALENT], [SUB],
     [A('最高200万元', 200, '万元', TALENT), A('连续3年', 3, '年'), A('5000元', 5000, '元'), A('3000元', 3000, '元'),
      A('每人最高5000元', 5000, '元')],
     '高端人才 -> 高层次人才 (dev8 6); graduates and training firms unlabelled'),
    ('d0412.4-9', '创新平台提供优惠人工智能算力服务', [ALL], [FEE, SUB], [],
     'discounted compute for firms through a subsidised operator (dev2 17); the yearly budget cap is not a grant size'),
    ('d0412.4-10', '组建园区“金融管家”专属服务团队', [], [FIN, HELP], [],
     'dedicated finance service and credit tilt to chain firms (unlabelled); the fund itself is not counted'),
    ('d0412.2-1', '连续三年由市财政每年出资1亿元用于园区建设', [], [], [],
     'money for building the park (government project, rule 6) -> nothing'),
    # E 44 d0243 河南省技术市场条例
    ('d0243.2-12', '技术市场管理部门应自收到申请之日起十日内作出书面答复', [], [TIME], [A('十日内', 10, '日')],
     'statutory limit on deciding a fair application (dev10 1); organisers unlabelled'),
    ('d0243.3-16', '应当在十五日内办理登记手续', [ALL], [TIME], [A('十五日内', 15, '日')],
     'contract registration for generic applicants (rule 2, dev10 1)'),
    ('d0243.4-21', '应向税务部门进行纳税申报', [], [], [],
     'duty to declare tax -> nothing'),
    # E 43 d0122 广东省工艺美术保护和发展条例
    ('d0122.5-35', '享受中小企业、民营企业和个人创业贷款扶持等优惠政策', [], [], [],
     'generic pointer naming 中小企业/民营企业 (dev7 9) -> nothing'),
    ('d0122.3-22', '应当完善知识产权纠纷快速解决机制', [], [HELP], [],
     'IP rights-protection aid for craft firms and artists (dev10 6, unlabelled)'),
    # E 56 d0315 郑洛新国家自主创新示范区条例
    ('d0315.3-24', '对符合条件的创新创业载体应当按照规定给予奖励或者补助', [], [SUB], [],
     'named 奖励/补助 to incubators (rule 18: 奖补 to 孵化基地 counted; unlabelled)'),
    ('d0315.5-39', '可以享受引进高层次人才相关优惠政策', [], [], [],
     'generic pointer naming 高层次人才 (dev7 9) -> nothing'),
    ('d0315.7-55', '建立健全自主创新示范区与省直部门直通车制度', [], [], [],
     'channel between the zone and provincial departments (rule 9) -> nothing'),
    # E 57 d0151 广州市青年创新创业促进条例
    ('d0151.12', '对符合条件的青年给予资金、场地等支持', [], [SUB], [],
     'money support to young entrepreneurs (persons, rule 8)'),
    ('d0151.23', '为符合条件的创新创业青年及其团队、企业提供法律相关的资助服务', [], [HELP], [],
     'public-interest legal services (dev2 4, rule 17); groups unlabelled'),
    ('d0151.24', '按规定落实有关税收优惠规定、扶持政策和补贴措施', [], [], [],
     'generic 落实 (rule 13) and a space for HK/Macao youth -> nothing'),
    # E 58 d0141 广东省粤菜发展促进条例
    ('d0141.16', '且符合条件的就业困难人员、其他登记失业人员和农村劳动者', [JOB], [SUB], [],
     'training subsidy (rule 16) to 就业困难人员/失业人员 (rule 4)'),
    # E 66 d0399 济南 人工智能 policy text
    ('d0399.1-3', '按照应用场景实际研发投入或场景建设项目总投入的30%', [], [SUB],
     [A('30%', 30, '%'), A('最高补助金额200万元', 200, '万元'), A('最高300万元', 300, '万元')],
     'subsidy rate and caps to leading firms of AI scenes (sector group, rule 1; rule 22)'),
    ('d0399.1-4', '按照国拨经费的30%给予财政资金配套支持', [], [SUB],
     [A('30%', 30, '%'), A('15%', 15, '%'), A('不超过1000万元', 1000, '万元')],
     'matching funds to research bodies with rates and a cap (rule 22)'),
    ('d0399.4-8', '按照现行人才政策发放购房补贴、租赁住房补贴和购房安居补贴', [], [SUB],
     [A('每名1000元', 1000, '元'), A('每年最高补贴100万元', 100, '万元')],
     'housing subsidies to graduates and training subsidies to trainers (named, dev10 5)'),
    # E 73 d0068 北京市旅游管理条例
    ('d0068.2-12', '市和区、县人民政府给予政策支持或者资金扶持', [ALL], [SUB], [],
     'money support to firms investing in poorer outer districts (generic condition)'),
    ('d0068.2-15', '对促进旅游业发展做出显著成绩的单位和个人', [], [], [],
     'awards for results in general terms (dev8 8) -> nothing'),
    # E 74 d0017 北京市促进中小企业发展条例
    ('d0017.2-14', '升级改造建设补助、服务奖励、创业培训', [], [TAX, SUB], [],
     'named reliefs and subsidies to incubators and bases (unlabelled) and rent subsidies to their firms (dev10 5)'),
    ('d0017.3-17', '鼓励各类金融机构加大中小企业融资供给', [SME], [FIN], [],
     'encouraged lending to SMEs (dev9 4)'),
    ('d0017.3-21', '支持保险机构开展中小企业贷款保证保险和信用保险业务', [SME, MICRO], [FIN], [],
     'loan-guarantee insurance for SMEs and reinsurance for small and micro financing (dev2 17)'),
    ('d0017.4-28', '向中小企业预留的采购份额应当占本部门', [SME, MICRO], [],
     [A('百分之四十以上', 40, '%', SME), A('不低于百分之七十', 70, '%', MICRO)],
     'reserved procurement shares and price deductions: none of the nine types (rule 12); shares are amounts (BENEFITS.md 预留…60%)'),
    ('d0017.4-29', '市知识产权部门应当建立中小企业海外知识产权应急援助机制', [SME], [HELP], [],
     'guidance on trade remedies and IP aid (rule 17)'),
    ('d0017.5-34', '可以享受税前加计扣除政策', [SME], [TAX], [],
     'named 加计扣除 and accelerated depreciation (dev7 9); the platform is not counted (rule 12)'),
    ('d0017.5-36', '支持中小企业享受技术转让企业所得税先行先试政策', [SME], [SUB, TAX], [],
     'funding of research cooperation (named) and a named tax policy (dev7 9)'),
    ('d0017.6-49', '支持中小企业发展的资金使用情况等向同级人大常委会书面报告', [], [], [],
     'reporting duty -> nothing'),
    # E 76 d0037 北京市外商投资条例
    ('d0037.2-14', '参与贯彻实施碳达峰碳中和战略相关活动', [FOREIGN], [SUB], [],
     'named 奖励 for qualifying foreign-invested projects (dev7 9)'),
    ('d0037.2-17', '可以按照本市有关规定申请补助资金', [FOREIGN], [SUB], [],
     'named 补助资金 for standard-setting'),
    ('d0037.4-31', '本市推动外商投资政务服务事项进驻政务服务中心', [FOREIGN], [STEP], [],
     'one comprehensive window (dev4 1)'),
    # E 78 d0097 云浮市优化营商环境条例
    ('d0097.14', '人民政府应当简化用地审批流程', [ALL], [STEP], [],
     'simpler land approval for investors (rule 2)'),
    # E 81 d0215 河南省企业负担监督管理条例
    ('d0215.3-24', '查处机关应当自收到控告之日起六十日内', [ALL], [TIME], [A('六十日内', 60, '日')],
     "limit on deciding an enterprise's complaint about burdens (dev3 10, dev9 3)"),
    ('d0215.3-20', '限期将企业所承担的财物支出退还企业', [], [], [],
     'restitution of unlawful charges is a sanction on the charging body (dev8 8) -> nothing'),
    # E 85 d0016 北京市优化营商环境条例
    ('d0016.2-21', '扩大中小微企业股权直接融资规模', [], [], [],
     'a regional equity market and its scale (rule 12, rule 23) -> nothing'),
    ('d0016.2-23', '政府及有关部门应当严格落实国家各项减税降费政策', [], [], [],
     'generic 落实 of tax and fee cuts (rule 13) -> nothing'),
    ('d0016.3-41', '不再对区域内经营主体的建设项目单独提出评估要求', [BUILD], [STEP], [],
     'regional assessment replaces project assessments (dev2 5)'),
    ('d0016.3-46', '由供水、排水、低压供电等市政公用企业直接上门提供免费服务', [BUILD, ALL], [FREE, HELP, STEP, TIME], [],
     'builders: free on-site connection works; utility users: fewer materials, online and shorter handling (dev4 1)'),
    ('d0016.3-57', '本市实行外国人工作许可和工作类居留许可并联审批', [], [STEP], [],
     'parallel approval for foreign workers (persons, rule 8)'),
    ('d0016.5-88', '税务机关按照有关规定自动解除或者经破产管理人申请解除', [ALL], [], [],
     'reorganising debtors freed from a tax status: none of the nine types (dev5 7)'),
    ('d0016.4-66', '有关政府部门加大对内部举报人的奖励力度', [], [], [],
     'rewards for reporting (dev8 8) -> nothing'),
    # E 96 d0294 郑州市企业职工基本养老保险条例
    ('d0294.5-32', '其丧葬补助费、一次性抚恤金、遗属生活补助费', [], [SUB], [],
     "survivors' grants to persons (dev10 4, rule 8)"),
    ('d0294.3-17', '基本养老保险基金不足支付时', [], [], [],
     'the state covers a fund deficit (rule 18) -> nothing'),
    # E 101 d0157 汕头经济特区科技创新条例
    ('d0157.2-18', '通过经费支持、科技创新券后补助等方式', [SME, MICRO], [SUB], [],
     '创新券 and 后补助 for 中小微企业 (dev10 8; 中小微 gives both)'),
    ('d0157.4-30', '通过政府购买服务、项目贴息或补助等形式', [], [SUB, FIN], [],
     'science envoys and their units: purchase of services, interest subsidies, grants (unlabelled)'),
    ('d0157.5-37', '其原始记录证明项目承担单位和科技人员已经履行了勤勉尽责义务', [], [], [],
     'exemption from liability for failed research (rule 10) -> nothing'),
    # E 105 d0098 广东省中新广州知识城条例
    ('d0098.2-14', '知识城优化知识产权融资服务体系', [], [SUB, FIN], [],
     "money grants to promote IP-pledge financing for the zone's firms (unlabelled, dev8 2)"),
    # E 111 d0217 河南省促进高新技术产业发展条例
    ('d0217.2-21', '将高新技术企业拥有自主知识产权的产品纳入政府采购目录', [HT], [], [],
     'priority in public procurement: none of the nine types (rule 12)'),
    ('d0217.3-25', '优先支持产业集聚区内的高新技术产业发展项目', [], [SUB], [],
     'named special funds for projects in clusters (place-defined, rule 3)'),
    ('d0217.5-47', '支持有条件的高新技术企业在国内主板', [], [], [],
     'listing promotion (dev3 13) -> nothing'),
    ('d0217.6-53', '完善联审联批、绿色通道、全程代办等服务措施', [], [HELP, STEP], [],
     'green channel and full agency service for high-tech industrialisation projects (sector, rule 3)'),
    # E 88 d0137 广东省版权条例
    ('d0137.4-29', '地级以上市可以通过补助、补贴等方式减免作品登记费用', [ALL], [SUB, FREE, FEE], [],
     'work registration fee waived or reduced through subsidies (dev8 4); applicants generic (rule 2)'),
    # Stratum O (other documents), read after E with scan.py O 1 40
    # O 29 d0007 北京市人口与计划生育条例
    ('d0007.5-28', '政府免费向已婚育龄夫妻提供避孕药具', [], [FREE], [],
     'free goods to persons paid by government (rule 14, rule 8)'),
    # O 35 d0040 北京市实施《义务教育法》办法
    ('d0040.3-16', '根据需要为山区、边远地区适龄儿童', [], [SUB], [],
     'living subsidy to boarding pupils (persons)'),
    # O 9 d0044 北京市实施《国防教育法》办法
    ('d0044.4-24', '对有组织的国防教育活动实行优惠或者免费', [], [FREE, FEE], [],
     'free or reduced entry to venues (dev3 11)'),
    # O 11 d0045 北京市实施《妇女权益保障法》办法
    ('d0045.4-17', '低收入家庭中的妇女及残疾、失地等妇女提供就业援助', [JOB], [HELP], [],
     'employment aid to women in employment difficulty (rule 4; dev10 6)'),
    ('d0045.7-38', '有关部门和单位应当提供救助', [], [HELP], [],
     'legal aid to victims (dev2 4, rule 8)'),
    # O 8 d0060 北京市少数民族权益保障条例
    ('d0060.3-17', '按照国家和本市有关规定给予税收、信贷、财政等方面的扶持', [], [], [],
     'support "in tax, credit, finance" without a named relief (dev7 9) -> nothing'),
    ('d0060.5-32', '应当按照本市有关规定给予补助', [], [SUB], [],
     'allowance to staff where no halal canteen exists (persons)'),
    ('d0060.3-14', '按照优待民族乡的原则对民族乡的财政给予照顾和支持', [], [], [],
     'support to ethnic townships = grant to governments (rule 9, dev8 9) -> nothing'),
    # O 18 d0083 北京市种子条例
    ('d0083.5-31', '农民个人自繁自用剩余的常规种子在当地集贸市场上出售', [], [PROM, STEP], [],
     'cases exempt from the seed licence, some with filing only (rule 15); farmers and seed firms unlabelled'),
    # O 3 d0148 广州市慈善促进条例
    ('d0148.12', '每年为本市的慈善从业人员提供一定学时的免费教育和培训', [], [FREE], [],
     'free training for charity workers (persons)'),
    # O 24 d0199 开封古城保护条例
    ('d0199.3-27', '对非国有历史建筑进行修缮和维护', [], [SUB, HELP], [],
     'repair grants and technical support to private owners (dev10 6)'),
    ('d0199.3-30', '并在受理之日起二十日内作出是否批准的决定', [], [TIME], [A('二十日内', 20, '日')],
     "statutory limit on an owner's rebuilding application (dev10 1); owners unlabelled"),
    # O 30 d0254 河南省社会信用条例
    ('d0254.4-34', '限制享受相关公共服务或者政策性扶持资助政策', [], [], [],
     'credit sanctions (rule 10) -> nothing'),
    # O 21 d0234 河南省实施《文物保护法》办法
    ('d0234.40', '应当自变动之日起三十日内将变动情况向原备案的文物行政部门报告', [], [], [],
     "the holder's own reporting deadline (dev8 1) -> nothing"),
    # O 17 d0238 河南省实施《职业教育法》办法
    ('d0238.23', '当地人民政府及有关部门应按有关规定给予扶持', [], [], [],
     'generic pointer 按有关规定给予扶持 (dev4 10) -> nothing'),
    # Penalty look-alikes in stratum E documents (found by a script: unused measures naming 罚款 with 企业/单位 and 万元)
    ('d0018.5-40', '骗取奖励和荣誉称号、非法牟利的', [], [], [],
     'penalty for obtaining awards by fraud (rule 10) -> nothing'),
    ('d0016.3-47', '对年供电可靠率低于国家规定的', [], [], [],
     'supervision of power suppliers with a fine (rule 10) -> nothing'),
    ('d0068.5-59', '经营管理混乱、服务质量低劣、多次被旅游者投诉的', [], [], [],
     'penalty on tourism firms (rule 10) -> nothing'),
    # Targeted pass over stratum E documents for the rarer labels (unused measures naming 个体工商户/新办/新设立/
    # 新开办/初创/小规模纳税人/非公有制/民营, penalty articles left out)
    # E 74 d0017 北京市促进中小企业发展条例
    ('d0017.3-16', '投资于初创期中小企业资金占比不低于百分之五十', [SME], [FIN],
     [A('不低于百分之五十', 50, '%', SME)],
     "a public fund's equity investment in SMEs; the share reserved for start-up SMEs is an amount like a reserved share"),
    # E 57 d0151 广州市青年创新创业促进条例
    ('d0151.8', '创业培训定点机构为青年提供免费创业培训的', [], [FREE, SUB, HELP], [],
     'free start-up training for youth, training subsidy to the agency, guidance (rule 17); persons (rule 8)'),
    # E 40 d0166 深圳经济特区人工智能产业促进条例
    ('d0166.5-55', '加大对人工智能初创企业信用担保力度', [], [FIN], [],
     'credit guarantees for AI start-ups (sector group, rule 3); the fund itself is not counted'),
    # E 66 d0399 济南 人工智能 policy text
    ('d0399.5-9', '按照不超过所获投资额10%的比例', [SME, MICRO], [SUB, FIN],
     [A('不超过所获投资额10%', 10, '%', SME), A('最高100万元', 100, '万元', SME)],
     '科技型中小企业 -> 中小企业 (dev2 6): post-investment grant; investors guided to back small and micro firms (dev2 17); risk subsidies to VC firms are money to delivery agencies (rule 18); 2000万元 is a condition (rule 21)'),
    # E 142 d0314 郑州市非公有制企业权益保障条例
    ('d0314.17', '以评优、达标等名义向非公有制企业收取不正当费用', [PRIV], [FREE], [],
     '非公有制企业 -> 民营企业 (dev9 5); bans on passing on charges (dev9 6, soft)'),
    ('d0314.28', '应当自接到检举、控告、起诉之日起七日内作出受理或者不受理决定', [PRIV], [TIME], [A('七日内', 7, '日')],
     'limit on accepting a complaint (dev3 10, dev9 3); the clause of the limit names 当事人, so the amount is not bound (rule 30)'),
]
