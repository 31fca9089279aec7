"""Annotation source of benefits-dev10.jsonl (own held-out set; see ../BENEFITS-DEV10.md). Each entry is
(export id, contains, beneficiaries, benefit_types, amounts, note). The note names the convention applied and is
not written to the gold file. Comments give the 0-based position of the document in order.txt."""


def A(text, value, unit, ben=None):
    return {'text': text, 'value': value, 'unit': unit, 'beneficiary': ben}


E = [
    # 0 d0010 任免条例 (NPC procedure)
    ('d0010.3-22', '应当自通过之日起3日内发文通知有关机关', [], [], [], 'internal duty of the NPC standing committee; not a grant'),
    # 2 d0230 农业技术推广法 办法
    ('d0230.3-17', '指导农民技术人员进行农业技术推广活动等', [], ['免费', '帮办代办'], [],
     'free extension services to farmers (无偿服务): rule 14 + rule 17 (guidance); farmers unlabelled, rule 1'),
    ('d0230.4-21', '税务、金融等部门应按照有关规定在税收、信贷等方面给予优惠', [], [], [],
     'generic pointer 按照有关规定…给予优惠 (dev4 10, dev7 9); 扶持 of farmers vague'),
    # 3 d0318 饮用水水源保护
    ('d0318.2-18', '准保护区内已建成的污染严重的石材加工等项目', [], [], [],
     'compensation owed for closure (dev8 8)'),
    # 5 d0402 山东“十四五”科技创新规划 (provincial policy text)
    ('d0402.10-1-2', '符合条件的企业研发机构直接纳入省级科技创新平台管理', [], [], [],
     'conditions for applying and targets (2.2%, 50%); direct platform status is a non-type benefit to an unlabelled group'),
    ('d0402.10-2-1-2', '对首次通过高新技术企业认定的中小微企业给予财政资金补助', ['高新技术企业', '中小企业', '小微企业'],
     ['补贴奖励', '帮办代办'], [],
     '中小微企业 gives both labels; 高新技术企业 财政奖励 and 专业化服务辅导 (rule 17); targets 2.5万家/3万家 are not amounts (rule 23)'),
    ('d0402.10-3-1', '完善企业研发财政补贴制度', ['所有企业'], ['补贴奖励'], [],
     '研发财政补贴 and 首台套 保费补贴 for firms in general; 落实国家…加计扣除 is a generic mention (rule 13)'),
    ('d0402.15-1-3', '为科技型中小微企业提供担保支持', ['中小企业', '小微企业'], ['融资支持'], [],
     'guarantee support to 科技型中小微企业 (dev2 6 科技型中小企业 → 中小企业); risk compensation to banks is not counted (rule 18)'),
    ('d0402.10-2-1-1', '以非营利方式向中小企业开放科研基础设施', ['中小企业', '小微企业'], ['补贴奖励', '降低费用', '融资支持', '帮办代办'], [],
     '创新券 (补贴奖励), non-profit opening of research facilities (降低费用), finance and 科技担保 (融资支持), technical guidance (帮办代办); soft'),
    ('d0402.11-1-2', '生活补贴、安家补贴等政策', ['高层次人才'], ['补贴奖励'], [],
     'introduced young scientists / 青年科技领军人才 → 高层次人才 (rule 4, dev8 6); living and settling subsidies; soft'),
    ('d0402.11-2-3', '以后补助方式给予引才用才补贴', [], ['补贴奖励'], [],
     'talent subsidies to universities and institutes (unlabelled, rule 1); 外籍人才 同等待遇 is a non-type benefit'),
    ('d0402.14-4-3', '山东省科技成果转化贷款风险补偿备案并按时还本付息的企业', ['所有企业'], ['融资支持', '补贴奖励'], [],
     '贴息 → 融资支持 (rule 16); 省科技进步奖 category → 补贴奖励 (dev2 14)'),
    ('d0402.15-3-1', '知识产权管理标准化。优化专利资助奖励政策', ['所有企业'], ['补贴奖励'], [],
     'a named subsidy scheme (dev6 8); soft'),
    # 6 d0323 (central rules of a resource platform)
    ('d0323.4-17', '应提供资源自审记录和资源内容安全承诺书', [], [], [],
     'a duty to sign a promise grants nothing (dev8 7)'),
    # 11 d0087 北京市节水条例
    ('d0087.2-15', '具备条件的可以合并编制、办理', ['建设项目单位'], ['环节材料减少'], [],
     'merged water-impact assessments for building projects (rule 4 建设项目 → 建设项目单位)'),
    ('d0087.4-46', '鼓励金融机构对节水项目给予支持', [], [], [],
     'government funds for water saving in general and vague support; no instrument named (dev9 8)'),
    ('d0087.4-56', '对举报属实、提供主要线索和证据的举报人给予奖励', [], [], [],
     'reward for reporting: award for good conduct (dev8 8)'),
    ('d0087.3-3-28', '不得免费供水或者实行包费制', [], [], [], 'a ban on free supply: lure'),
    # 12 d0059 审计条例
    ('d0059.3-22', '其他审计结果经履行规定的审核程序后7个工作日内', [], [], [], 'publication duty; not a grant'),
    # 13 d0270 洛阳 中小学校幼儿园规划建设
    ('d0270.13', '对捐资建设中小学校、幼儿园的境内外组织和个人', [], [], [], 'commendation of donors (rule 11/dev8 8)'),
    # 14 d0282 漯河 中小学校幼儿园规划建设
    ('d0282.3-22', '服务性收费和政府性基金项目', [], ['免费', '降低费用'], [],
     '减免 of fees for building schools and kindergartens (dev7 6); the builders are not named → []; soft'),
    # 17 d0049 母婴保健法 办法
    ('d0049.5-25', '应当在接到申请之日起30日内作出鉴定结论', [], ['时限压缩'], [A('30日内', 30, '日')],
     'statutory limit on an application by a private person (dev2 9, dev7 10)'),
    ('d0049.7-32', '其检查费用由所在乡、镇人民政府解决', [], ['免费', '补贴奖励'], [],
     'the township pays the check (政府买单 → 免费, rule 14) or the district gives a 补助; private persons (rule 8)'),
    ('d0049.7-33', '其费用由医疗保险或者公费医疗负担', [], ['免费'], [], 'costs borne by insurance or government (rule 14)'),
    # 21 d0074 北京市水土保持条例
    ('d0074.23', '合并水土保持方案、洪水影响评价和水资源论证等行政审批程序', ['建设项目单位'], ['环节材料减少'], [],
     'merged approvals for 生产建设单位 (rule 4)'),
    ('d0074.31', '生产建设单位应当按照国家规定缴纳水土保持补偿费', [], [], [], 'a fee owed: obligation'),
    ('d0074.13', '并对退出种植的主体给予补助', [], ['补贴奖励'], [], 'subsidy to growers leaving steep slopes (unlabelled)'),
    # 22 d0281 洛阳 非物质文化遗产
    ('d0281.13', '提供必要的经费资助其开展授徒、传艺、交流等活动', [], ['补贴奖励', '帮办代办'], [],
     '补助费 and 资助 to heritage bearers; 指导其依法保护知识产权 (rule 17); unlabelled'),
    # 23 d0029 反不正当竞争条例
    ('d0029.2-20', '最高奖的金额不得超过5000元', [], [], [], 'a cap on prizes: restriction, not a grant'),
    ('d0029.2-14', '提供公用住房、免费旅游度假', [], [], [], 'bribery ban naming 免费: lure'),
    # 24 d0228 河南省安全生产条例
    ('d0228.2-1-18', '为从业人员免费发放符合国家标准', [], ['免费'], [],
     'employers must give protective gear free (duty on a third party to give free, as dev9 6); employees are private persons; soft'),
    ('d0228.4-45', '对存在安全生产违法行为的生产经营单位及有关人员', [], [], [], 'sanctions naming 信贷融资 and 财政政策扶持 (rule 10)'),
    # 25 d0247 河南省植物检疫条例
    ('d0247.15', '植物检疫机构自受理调运检疫申请之日起', ['所有企业'], ['时限压缩'], [A('七日内', 7, '日')],
     'statutory limit for shippers, defined by the service they request (rule 2); the extension is not an amount'),
    ('d0247.19', '植物检疫机构应在接到申请七日内予以答复', [], ['时限压缩'], [A('七日内', 7, '日')],
     'limit on answering seed and seedling producers (a sector, rule 3)'),
    ('d0247.22', '应当在收到引进申请后十五日内进行审批', ['外贸企业'], ['时限压缩'], [A('十五日内', 15, '日')],
     'importers of seeds → 外贸企业 (rule 4); 三十日前 is the applicant\'s own deadline; soft'),
    # 27 d0245 暂住人口管理条例
    ('d0245.2-8', '对手续齐全的申领暂住证者', [], ['时限压缩'], [], '当日内办理 for private persons (rule 8); no figure'),
    # 29 d0124 广东省平安建设条例
    ('d0124.5-34', '引导当事人在登记立案前由特邀调解组织', [], [], [], 'court mediation procedure; no benefit type'),
    # 30 d0188 南阳 文物保护
    ('d0188.3-19', '基本建设工程的考古调查、勘探费用由建设单位承担', [], [], [], 'a cost borne by the builder: lure for 建设单位'),
    ('d0188.3-25', '提供鉴定、修复和保管等方面的技术支持和咨询服务', [], ['帮办代办'], [],
     'technical support and advice to private museums (rule 17); unlabelled'),
    # 34 d0140 广东省科学技术普及条例
    ('d0140.4-38', '现役军人、退役军人和未成年人的免费或者优惠措施', [], ['免费', '降低费用'], [],
     'free or discounted entry for groups of citizens (dev3 11)'),
    ('d0140.4-36', '引导社会资金投资建设科普场馆', [], ['补贴奖励'], [],
     'financial 补助 to social investors in science venues (named instrument, dev9 8); soft'),
    ('d0140.6-48', '应当落实捐赠的税收优惠政策', [], [], [], 'generic pointer to tax preferences (dev4 10, dev9 9)'),
    ('d0140.6-47', '引导社会力量建立科普基金', [], [], [], 'a fund set up by others and its uses (dev9 9)'),
    # 35 d0178 潮州 文明行为促进
    ('d0178.4-36', '精神文明建设领域的先进典型人物在生活困难时', [], [], [], 'priority hiring and vague help'),
    ('d0178.4-37', '法律援助机构应当及时提供援助', [], ['帮办代办'], [], 'legal aid (dev2 4)'),
    # 37 d0299 郑州 养犬管理
    ('d0299.2-11', '应当自收到材料之日起七个工作日内', [], ['时限压缩'], [A('七个工作日内', 7, '个工作日')],
     'on-the-spot registration or a 7-working-day limit for residents (rule 8)'),
    # 40 d0216 河南省体育发展条例
    ('d0216.4-33', '建立健全运动员伤残保险制度、伤病医疗特殊补助制度', [], [], [],
     'building a subsidy system and unspecified 优待 (rule 12)'),
    ('d0216.5-39', '体育行政部门应当自受理申请之日起三十日内', [], ['时限压缩'], [A('三十日内', 30, '日')],
     'statutory limit for operators of high-risk sports (a sector, dev8 2)'),
    ('d0216.6-46', '应当对儿童、学生、老年人、残疾人实行免费或者优惠', [], ['免费', '降低费用'], [], 'free or discounted public sports venues (dev3 11)'),
    ('d0216.2-15', '鼓励经营性体育场所在全民健身活动月期间对消费者实行优惠', [], ['降低费用'], [],
     'encouraged discounts for consumers (dev2 17, rule 8)'),
    ('d0216.4-34', '获得优异成绩的运动员及其教练员给予表彰和奖励', [], [], [], 'awards for results in general terms (dev8 8)'),
    # 41 d0053 种子法 办法
    ('d0053.2-10', '应当给予适当的扶持和补偿', [], ['补贴奖励'], [],
     'support and compensation to those who keep germplasm (unlabelled); soft'),
    ('d0053.4-22', '种子生产者应当自变更之日起30日内', [], [], [], 'the holder\'s own deadline (dev8 1)'),
    # 42 d0259 河南省见义勇为人员奖励和保障条例
    ('d0259.3-17', '城镇居民人均可支配收入标准按日计算给予经济补助', [], ['补贴奖励'], [],
     'economic 补助 to private persons (rule 8); the standard is a reference, not a figure'),
    ('d0259.4-20', '授予“河南省见义勇为英雄”荣誉称号', [], ['补贴奖励'],
     [A('二十万元以上', 20, '万元'), A('十五万元以上', 15, '万元'), A('十万元以上', 10, '万元'), A('五万元以上', 5, '万元')],
     'statutory money awards of stated size to persons (dev2 14), not awards in general terms (dev8 8); soft'),
    ('d0259.2-12', '一次性告知举荐人、申报人需要补齐的证明材料', [], ['时限压缩', '环节材料减少'],
     [A('五日内', 5, '日'), A('三十日内', 30, '日')],
     'limits on telling missing documents at once and on deciding (dev2 9); extension to 六十日 is not an amount'),
    ('d0259.5-25', '相当于本人四十个月工资的遗属特别补助金', [], ['补贴奖励'],
     [A('四十个月', 40, '个月'), A('二十倍', 20, '倍'), A('四十个月', 40, '个月')],
     'one-off 补助金 for survivors; sizes as multiples of wages (dev9 2 倍); each occurrence one entry (rule 28)'),
    ('d0259.5-28', '应征入伍、报考公务员、参加国有企事业单位招聘时', [], [], [], 'priority in admission and hiring: non-type benefit for persons'),
    # 44 d0300 郑州 房地产市场管理
    ('d0300.2-18', '应当自受理之日起二十个工作日内办理过户登记', ['所有企业'], ['时限压缩'],
     [A('二十个工作日内', 20, '个工作日')], 'property-registration applicants → 所有企业 (rule 2, dev8 2); 即时书面通知 of refusal is not a grant'),
    ('d0300.3-28', '公民、法人和其他组织查询房地产抵押资料', [], [], [], 'free public query of registered data (dev5 13 information); soft'),
    # 45 d0418 山东 高校重点领域教学改革 (provincial notice)
    ('d0418.3-4', '加盖相应单位公章的pdf版扫描件', [], ['环节材料减少'], [], 'paperless online application (dev5 无纸化); universities unlabelled; soft'),
    # 47 d0361 国家自然科学基金 原创探索 (central notice)
    ('d0361.4', '资助强度一般不超过100万元/年', [], ['补贴奖励'], [A('1-3年', 3, '年'), A('不超过100万元', 100, '万元')],
     'grant to researchers (dev3 11); range → upper bound (dev2 1); 不超过10项 is a count of projects'),
    ('d0361.6-2-5', '原创项目采用无纸化申请方式', [], ['环节材料减少'], [], 'paperless application (dev5 无纸化)'),
    # 49 d0310 郑州 生态林管理
    ('d0310.2-12', '人民政府应当给予造林补助', [], ['补贴奖励', '帮办代办'], [], '造林补助 and guidance to contracting farmers'),
    ('d0310.2-19', '拥有该森林或者林木的冠名权', [], [], [],
     'naming and priority rights (non-type, unlabelled, dev6 2) and generic 享受优惠政策'),
    ('d0310.4-33', '生态林建设、保护资金主要用于', [], [], [], 'list of a fund\'s expenditures (dev9 9)'),
    # 50 d0252 河南省煤炭条例
    ('d0252.2-11', '应当自受理申请之日起六十日内审查完毕', ['新开办企业'], ['时限压缩'], [A('六十日内', 60, '日')],
     'opening a coal-mining enterprise → 新开办企业 (rule 4 企业开办, dev2 6 narrowed group); soft'),
    # 51 d0130 广东省林木林地权属争议调解处理条例
    ('d0130.3-29', '出具加盖专门印章的受理通知书', [], ['时限压缩'], [A('三十日内', 30, '日')],
     'statutory limit on accepting an application of disputing parties (collectives, persons); 公告期 is not an amount'),
    ('d0130.4-35', '调处机构应当及时组织调解', [], ['时限压缩'], [A('不得超过六个月', 6, '个月')],
     'mediation limit; the extension is not an amount'),
    # 52 d0045 妇女权益保障法 办法
    ('d0045.4-24', '女职工进行妇女特殊疾病检查的费用由其所在单位负担', [], ['免费'], [], 'checks paid by employer or government (rule 14); private persons'),
    ('d0045.8-40', '对有经济困难需要法律援助或者司法救助的妇女', [], ['帮办代办'], [], 'legal aid (dev2 4)'),
    # 53 d0411 济南 人工智能岛 补贴 (city policy text)
    ('d0411.3', '每年度给予1000万元补贴', [], ['补贴奖励'], [A('1000万元', 1000, '万元'), A('五年', 5, '年')],
     'yearly subsidy to the operator (unlabelled); 连续补贴五年 is a benefit period (rule 22); 1:1 is a split between governments'),
    ('d0411.4-4', '并按规定向社会公示。公示期为5个工作日', [], [], [], 'publication period of a procedure; not an amount'),
    # 54 d0085 北京市统计条例
    ('d0085.2-13', '应当自受理申请之日起20个工作日内', [], [], [],
     'approval of local statistical surveys requested by government bodies: limit between bodies (dev8 1)'),
    # 55 d0277 洛阳市燃气管理条例
    ('d0277.3-12', '燃气管理部门应当公布燃气经营许可条件和程序', [], ['环节材料减少'], [], 'simplified licensing for gas operators (a sector); 有效期五年 is not an amount'),
    ('d0277.3-21', '每年至少对燃气用户免费进行一次入户安全检查', ['所有企业'], ['免费'], [],
     'gas users → 所有企业 (rule 2); a free service of the utility (not an inspection by government, dev2 3)'),
    ('d0277.4-27', '燃气经营企业应当自收到申请之日起五个工作日内予以办理', ['所有企业'], ['时限压缩'],
     [A('五个工作日内', 5, '个工作日')], 'a utility\'s limit towards its users (dev8 1)'),
    ('d0277.3-14', '相关部门自受理申请之日起二十个工作日内作出决定', [], ['时限压缩'], [A('二十个工作日内', 20, '个工作日')],
     'licence limit for gas operators (a sector)'),
    # 56 d0108 广东省华侨权益保护条例
    ('d0108.2-28', '其公益性捐赠支出按照有关税收法律', [], ['减税减免', '帮办代办'], [],
     '税前扣除 and 减征或者免征关税 are named reliefs (dev7 9, dev8 3); help with entry formalities (rule 17); 华侨投资企业 not mapped (dev7 8)'),
    ('d0108.2-10', '职业指导、职业培训、职业介绍以及就业援助服务', [], ['帮办代办'], [],
     'public employment services (dev7 11) without a fee clause'),
    ('d0108.2-21', '华侨投资兴办的高新技术企业', [], [], [], 'generic 享受优惠待遇 even for 高新技术企业 (dev7 9)'),
    ('d0108.2-24', '华侨投资企业可以依法参加政府采购', [], [], [], 'non-discrimination for an unlabelled group (dev6 2)'),
    # 57 d0263 河南省防震减灾条例
    ('d0263.6-56', '应当按照方便群众、简化手续、提高效率的原则', [], ['环节材料减少'], [],
     'simplified approvals for reconstruction projects (not only builders; may be government projects) → []'),
    ('d0263.4-30', '应当自收到地震安全性评价报告之日起十五日内进行审定', ['建设项目单位'], ['时限压缩'],
     [A('十五日内', 15, '日')], 'limit towards the 建设单位 (rule 4); amount bound null (rule 30: its clause names the authority)'),
    ('d0263.4-35', '编制适合不同地区、不同需求的农村住宅抗震设计图集', [], ['免费', '帮办代办'], [], 'free design atlases and technical advice to farmers'),
    ('d0263.6-55', '民政部门具体组织实施受灾群众的临时基本生活保障', [], [], [],
     'division of duties among departments; no grant of its own'),
    # 60 d0038 北京市学前教育条例
    ('d0038.4-20', '执行中小学校用水、用电缴费标准', [], ['降低费用', '免费'], [],
     'school utility prices (dev9 7) and 减免 of building fees (dev7 6); kindergartens unlabelled'),
    ('d0038.4-21', '社会力量举办的学前教育机构在教研活动', [], [], [], 'equal treatment of an unlabelled group (dev6 2, dev7 13)'),
    ('d0038.4-18', '各级人民政府应当安排学前教育专项经费', [], [], [], 'uses of a special fund (dev9 9)'),
    # 62 d0301 郑州 道路交通安全管理
    ('d0301.2-12', '应当记录并无偿提供机动车、机动车驾驶人', ['所有企业'], ['免费'], [],
     'free copy of one\'s own records (dev7 10); vehicle owners → 所有企业 (dev8 2); soft'),
    # 64 d0033 规范性文件备案审查条例
    ('d0033.2-12', '自收到报送备案材料之日起十日内进行形式审查', [], [], [],
     'internal review limit between bodies (dev8 1)'),
    # 65 d0198 平顶山 文明行为促进
    ('d0198.3-22', '法律援助机构应当依法及时予以援助', [], ['帮办代办'], [], 'legal aid (dev2 4)'),
    ('d0198.4-32', '向社会免费开放本单位卫生间', [], ['免费'], [], 'encouraged free opening (dev2 17, dev7 10)'),
    # 66 d0162 江门 门楼号牌管理
    ('d0162.2-9', '应当在受理申请之日起十五个工作日内向申请人出具', ['所有企业'], ['时限压缩'],
     [A('十五个工作日内', 15, '个工作日')], 'generic applicants (rule 2); notice to other bodies within 5 working days is not an amount'),
    ('d0162.4-20', '应当在各自职责范围内按规定免费办理', ['所有企业'], ['免费'], [],
     'free address changes of registrations used by citizens and firms (rule 2)'),
    # 70 d0109 广东省司法鉴定管理条例
    ('d0109.2-18', '应当自受理申请之日起二十个工作日内完成审核', [], ['时限压缩'],
     [A('二十个工作日内', 20, '个工作日'), A('五个工作日内', 5, '个工作日')],
     'statutory limits for applicants for forensic licences (a sector)'),
    ('d0109.3-45', '应当按照有关规定减收或者免收司法鉴定费用', [], ['免费', '降低费用'], [],
     '减收或者免收 for legal-aid cases and poor citizens (rule 14)'),
    ('d0109.2-23', '拟被注销司法鉴定机构或者司法鉴定人有权在五个工作日内', [], [], [],
     'a right to be heard before cancellation; not a grant'),
    # 71 d0165 深圳经济特区中医药条例
    ('d0165.2-3-33', '可以上门为有需要的居民提供中医医疗服务', [], [], [],
     'a permission to practitioners (dev6 2); lure for 上门'),
    ('d0165.6-1-72', '通过设立中医药发展专项经费等方式', [], [], [], 'funding of medical institutions and making of subsidy policies (dev7 13)'),
    ('d0165.6-1-79', '对中医优势病种实施按病种付费', [], [], [], 'insurance payment rules; no grant named'),
    ('d0165.4-2-51', '不受所在单位高级专业技术岗位数量的限制', [], [], [], 'non-type benefit for staff'),
    # 72 d0163 河源 暴雨灾害预警
    ('d0163.2-14', '及时安排预警信息的免费发送', [], [], [], 'free public information (dev5 13)'),
    # 75 d0061 北京市居家养老服务条例
    ('d0061.14', '提供定期免费体检和流感疫苗接种服务', [], ['免费'], [], 'free checks for elderly residents (rule 8)'),
    ('d0061.16', '政府对长期护理保险的投保人给予适当补贴', [], ['补贴奖励'], [], 'premium subsidy to persons'),
    ('d0061.17', '失独等特殊困难老年人给予居家养老服务补贴', [], ['补贴奖励'], [], 'care subsidy to persons'),
    ('d0061.6', '通过落实政府购买服务、设立项目资金、经费补贴等扶持政策措施', [], ['补贴奖励'], [],
     'named instruments for social organisations (dev9 8); unlabelled; soft'),
    ('d0061.8', '企业和社会组织从事居家养老服务可以使用政府提供的设施和场所', [], [], [],
     'use of facilities (non-type) and generic 政策扶持'),
    # 76 d0064 北京 户外广告设施
    ('d0064.4-36', '城市管理部门应当自受理申请之日起十五日内作出是否许可的决定', ['所有企业'], ['时限压缩'],
     [A('十五日内', 15, '日')], 'generic permit applicants (rule 2)'),
    ('d0064.2-21', '以无偿取得的户外广告设施设置权而设置的户外广告设施', [], [], [], 'compensation (dev8 8)'),
    # 80 d0126 广东省建设工程监理条例
    ('d0126.2-6', '应当在三十日内决定是否批准', [], ['时限压缩'], [A('三十日内', 30, '日')],
     'licence limit for supervision firms (a sector)'),
    ('d0126.2-8', '监理单位资质由核定资质等级的机关负责办理年审', [], [], [], 'fee-free annual review is supervision (dev2 3)'),
    # 81 d0206 严禁卖淫嫖娼条例
    ('d0206.17', '当地人民政府或者公安机关以及有关单位应给予表扬奖励', [], [], [], 'reward for reporting (dev8 8)'),
    # 86 d0132 广东省母婴保健管理条例
    ('d0132.3', '应当按照国家和省的规定免费提供母婴保健基本公共卫生服务', [], ['免费'], [], 'free public health services (rule 8)'),
    ('d0132.6', '为群众提供免费的婚前孕前医学检查服务', [], ['免费'], [], 'free premarital checks (rule 8)'),
    ('d0132.13', '各级人民政府应当对承担救治的医疗卫生机构给予医疗费用补助', [], [], [],
     'subsidy to hospitals that treat (rule 18)'),
    # 87 d0213 联系代表办法
    ('d0213.8', '对无固定收入的代表执行代表职务由本级财政给予适当补贴', [], [], [], 'allowances for deputies exercising office'),
    # 88 d0246 河南省林地保护管理条例
    ('d0246.4-24', '应当于本部门受理之日起三十日内审核办理完毕', ['建设项目单位'], ['时限压缩'], [A('三十日内', 30, '日')],
     'builders using forest land → 建设项目单位 (rule 4)'),
    # 89 d0075 北京市河湖保护管理条例
    ('d0075.3-21', '水行政主管部门应当在收到申请之日起30个工作日内', ['建设项目单位'], ['时限压缩'],
     [A('30个工作日内', 30, '个工作日')], '建设单位 → 建设项目单位; amount bound null (rule 30)'),
    # 94 d0223 河南省商品交易市场监督管理条例
    ('d0223.4-29', '应当自决定立案之日起六十日内作出处理决定', [], [], [], 'investigation limit (rule 10)'),
    # 95 d0336 国家自然科学基金 重大研究计划 (central notice)
    ('d0336.5', '直接费用资助强度约为80万元/项', [], ['补贴奖励'],
     [A('约为80万元', 80, '万元'), A('3年', 3, '年'), A('约为300万元', 300, '万元'), A('4年', 4, '年')],
     'grant sizes and periods (rule 22); project counts are not amounts'),
    # 96 d0076 北京市测绘条例
    ('d0076.8-42', '应当自收到试制样图之日起30日内完成审核', [], ['时限压缩'], [A('30日内', 30, '日')],
     'review limit for map publishers (unlabelled); the later 30日内 is the publisher\'s duty'),
    ('d0076.7-37', '应当一并办理测量标志的迁建手续', ['建设项目单位'], ['环节材料减少'], [],
     'joint handling within the planning approval for the project (rule 4)'),
    ('d0076.6-31', '用于政府决策和社会公益性事业的', [], [], [], 'free results for governments (rule 9)'),
    # 85 d0396 青岛 人工智能 申报 (city notice)
    ('d0396.1-1-4', '人工智能产业重点创新项目库', [], [], [], 'matchmaking with banks (rule 12)'),
    # 68 d0381 高端智能再制造 (central plan)
    ('d0381.3-8', '积极利用融资租赁、以旧换再、以租代购和保险等手段', [], [], [], 'a financial service model; no grant (rule 12)'),
    # 103 d0268 洛阳 公园和广场
    ('d0268.17', '人民教师等的优惠办法应当公示', [], [], [], 'a duty to publish; no discount granted'),
    # 105 d0312 郑州市节约用水条例
    ('d0312.3-26', '人民政府应当制定优惠政策', [], [], [], 'a duty to make preferential policies (dev7 13)'),
    # 106 d0257 河南省经纪人条例
    ('d0257.2-15', '工商行政管理部门应当在受理申请人申请之日起三十日内', [], ['时限压缩'], [A('三十日内', 30, '日')],
     'licence limit for brokers (unlabelled)'),
    ('d0257.2-17', '经纪人服务组织应当为经纪人提供场所、设施、信息', [], ['帮办代办'], [], 'agency services to brokers (rule 17)'),
    # 107 d0407 山东 大模型 (provincial policy text)
    ('d0407.3-5-14', '落实推进“直达快享”“免申即享”机制', ['所有企业'], ['环节材料减少'], [],
     '免申即享 → 环节材料减少 (dev5 3); 降低制度性交易成本 is an effect'),
    ('d0407.3-4-11', '支持建设产品发布、供需对接平台', [], [], [], 'platforms and matchmaking (rule 12)'),
    # 109 d0258 河南省职业病防治条例
    ('d0258.5-27', '可在接到诊断书之日起30日内向省职业病诊断鉴定委员会申请鉴定', [], [], [],
     'the applicant\'s own deadline (dev8 1)'),
    # 111 d0393 山东“十三五”科技创新规划
    ('d0393.2-3', '对已设立研发准备金、研发投入持续增长的企业给予研发经费后补助', ['所有企业'], ['补贴奖励'], [],
     'R&D 后补助 (named); tax items are 落实 mentions (rule 13)'),
    # 113 d0311 郑州市社会急救医疗条例
    ('d0311.4-30', '免缴路、桥、隧道通行费用', [], [], [], 'toll exemption for ambulances (rule 9, dev9 9)'),
    ('d0311.4-32', '急救人员享有国家规定的补助、津贴和福利待遇', [], [], [], 'pointer to existing allowances'),
    # 101 d0150 广州市社会急救医疗管理条例
    ('d0150.5-45', '可以通过购买服务、专项补贴等方式', [], ['补贴奖励'], [],
     'named instruments for social first-aid training (dev9 8); unlabelled; soft'),
    # 115 d0030 北京市发展中医条例
    ('d0030.4-26', '应当从资金或者其他方面资助有较高学术价值的中医药著作出版', [], ['补贴奖励'], [], '资助 of publications'),
    ('d0030.2-9', '享受国家规定的有关优惠政策', [], [], [], 'generic pointer (dev4 10)'),
    # 43 d0342 智能体育 典型案例 (central notice)
    ('d0342.4', '对典型案例入选单位在相关配套资金、项目等方面给予支持', [], [], [], 'encouragement to localities and publicity (rules 9, 12)'),
    # 58 d0333 邮政 智能视频监控 (central notice)
    ('d0333.2-5', '按照交通运输领域财政事权和支出责任划分', [], [], [], 'funds for government bodies (rule 9)'),
]
