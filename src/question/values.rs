//! Value patterns: in a sentence, the value a kind of question wants (「0.5个工作日」「免费」
//! 「最高50万元」「2020年11月底」「牵头单位:市税务局」), by the patterns of
//! `data/question_kinds.toml`, and the count a count question asks for (几个环节 → 「3个环节」).
//! Search's kind prior (does a measure state a duration?) and the Q&A's answers (which
//! duration?) read values the same way. Pure: byte ranges into the text given.

use std::ops::Range;

use regex::Regex;

use super::kind::Kind;
use super::rules::RULES;

/// The value `kind` wants in `sentence`, as a byte range into it: the first pattern of the
/// kind that matches gives it (its group `v` when it has one, else the whole match).
pub fn find_value(kind: Kind, sentence: &str) -> Option<Range<usize>> {
    find_ranked_value(kind, sentence).map(|(_, range)| range)
}

/// Like [`find_value`], with the index of the pattern that matched (0 is the best kind of
/// evidence: 「牵头单位:…」 before 「…负责」).
pub fn find_ranked_value(kind: Kind, sentence: &str) -> Option<(usize, Range<usize>)> {
    let patterns = RULES.values.get(&kind)?;
    patterns.iter().enumerate().find_map(|(i, pattern)| {
        let caps = pattern.captures(sentence)?;
        let m = caps.name("v").or_else(|| caps.get(0))?;
        (!m.is_empty()).then(|| (i, m.range()))
    })
}

/// Every value `kind` wants in `sentence`, as (pattern index, byte range), left to right: the
/// matches of every pattern of the kind, a match overlapping one of a better pattern left out.
/// A sentence often states several (高压25个工作日、低压5个工作日): the Q&A binds each to its
/// subject and picks the one the question asks about.
pub fn find_values(kind: Kind, sentence: &str) -> Vec<(usize, Range<usize>)> {
    let Some(patterns) = RULES.values.get(&kind) else {
        return Vec::new();
    };
    let mut found: Vec<(usize, Range<usize>, Range<usize>)> = Vec::new();
    for (i, pattern) in patterns.iter().enumerate() {
        for caps in pattern.captures_iter(sentence) {
            let (Some(whole), Some(m)) = (caps.get(0), caps.name("v").or_else(|| caps.get(0)))
            else {
                continue;
            };
            let span = whole.range();
            if m.is_empty()
                || found
                    .iter()
                    .any(|(_, _, s)| s.start < span.end && span.start < s.end)
            {
                continue;
            }
            found.push((i, m.range(), span));
        }
    }
    found.sort_by_key(|(_, r, _)| r.start);
    found.into_iter().map(|(i, r, _)| (i, r)).collect()
}

/// The type of figure `question` asks for (a percentage: 费率, 几折; money: 多少钱), by the
/// cues of the table's `figures`; the first type with a cue in it.
pub fn asked_figure(question: &str) -> Option<&'static str> {
    RULES
        .figures
        .iter()
        .find(|f| f.is_asked(question))
        .map(|f| f.name.as_str())
}

/// Whether a question naming figure type `name` wants its values whatever its kind and unit
/// (`any_kind` of the type: 几年评一次 asks how often, not how many years).
pub fn wanted_by_any_kind(name: &str) -> bool {
    RULES.figures.iter().any(|f| f.name == name && f.any_kind)
}

/// The figures of type `figure` in `sentence` (a list or precedent question naming one:
/// 「各地预留多少份额」 → the percentages), as (pattern index, byte range), leftmost first, none
/// overlapping an earlier one.
pub fn find_figures(figure: &str, sentence: &str) -> Vec<(usize, Range<usize>)> {
    let mut found: Vec<(usize, Range<usize>)> = Vec::new();
    let patterns = RULES.figures.iter().filter(|f| f.name == figure);
    for (i, pattern) in patterns.flat_map(|f| f.values.iter()).enumerate() {
        for caps in pattern.captures_iter(sentence) {
            // `(?P<v>…)` marks the value inside a longer match, as in the kinds' values.
            let Some(m) = caps.name("v").or_else(|| caps.get(0)) else {
                continue;
            };
            let span = m.range();
            if !span.is_empty()
                && !found
                    .iter()
                    .any(|(_, s)| s.start < span.end && span.start < s.end)
            {
                found.push((i, span));
            }
        }
    }
    found.sort_by_key(|(_, r)| r.start);
    found
}

/// Whether `value` is a figure of type `figure` (by the table's patterns of the type).
pub fn is_figure(figure: &str, value: &str) -> bool {
    RULES
        .figures
        .iter()
        .filter(|f| f.name == figure)
        .any(|f| f.values.iter().any(|v| v.is_match(value)))
}

/// A number, Arabic or Chinese, with an optional bracketed figure after it (「三(3)」).
const NUM: &str = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十两]+)(?:\(\d+\))?";

/// The counts of one noun a count question asks for (几个环节 → 环节), compiled once per
/// question and looked for in every sentence of every candidate.
pub struct CountPattern {
    /// None when the pattern does not compile: then no sentence holds a count.
    re: Option<Regex>,
    /// A number and classifier right before the noun (「3个环节」): when a match of the noun
    /// followed by its count ends so (「环节压减至3个环节」), the count is that end alone.
    tail: Option<Regex>,
}

impl CountPattern {
    /// The pattern of a count of `noun` (「3个环节」「环节分别压减至4个和3个」「申报9项」): a
    /// number before the noun, or the noun followed closely by a number and a classifier. A
    /// noun that is itself a classifier (项, 次) is counted by a number right before it.
    pub fn new(noun: &str) -> Self {
        let classifiers = &RULES.count.classifiers;
        let classifier = format!(
            "(?:{})",
            classifiers
                .iter()
                .map(|c| regex::escape(c))
                .collect::<Vec<_>>()
                .join("|")
        );
        let noun_re = regex::escape(noun);
        let is_classifier = classifiers.iter().any(|c| c == noun);
        // A bound written after the count (46张以上) is part of the figure stated.
        let bound = alternatives(&RULES.count.bounds_after);
        // A count stated as a range (「一般为五至十五人」「3到5个」) is the whole range.
        let from = format!(r"(?:{NUM}{classifier}?[至到~—-])?");
        let pattern = if is_classifier {
            format!(r"{from}{NUM}{noun_re}{bound}")
        } else {
            format!(
                r"{from}{NUM}{classifier}?{noun_re}{bound}|{noun_re}[^。;；]{{0,12}}?{NUM}{classifier}(?:[和、至到]{NUM}{classifier})*(?:{noun_re})?{bound}"
            )
        };
        Self {
            re: Regex::new(&pattern).ok(),
            tail: Regex::new(&format!(r"{from}{NUM}{classifier}?{noun_re}{bound}$")).ok(),
        }
    }

    /// Every count in `sentence`, left to right, as byte ranges into it (「用水报装…2个环节;
    /// 用气报装…2个环节,有外线工程的…3个环节」): a sentence counting for several subjects.
    pub fn find_all(&self, sentence: &str) -> Vec<Range<usize>> {
        let Some(re) = self.re.as_ref() else {
            return Vec::new();
        };
        re.find_iter(sentence)
            .map(|m| self.trim(sentence, m.range()))
            .collect()
    }

    /// A match ending in a number, classifier and the noun keeps that end alone.
    fn trim(&self, sentence: &str, found: Range<usize>) -> Range<usize> {
        let tail = self
            .tail
            .as_ref()
            .and_then(|t| t.find(&sentence[found.clone()]));
        match tail {
            Some(t) => found.start + t.start()..found.end,
            None => found,
        }
    }

    /// Among `all` the counts of `sentence` ([`CountPattern::find_all`]), the one it states:
    /// the first, or after a reduction (由6次减少为3次) the last, the new figure.
    pub fn pick(&self, sentence: &str, all: &[Range<usize>]) -> Option<Range<usize>> {
        let reduced = RULES
            .count
            .reductions
            .iter()
            .any(|verb| sentence.contains(verb.as_str()));
        if reduced { all.last() } else { all.first() }.cloned()
    }
}

/// An optional group of `words`, longest first, as a pattern (empty when there are none).
fn alternatives(words: &[String]) -> String {
    if words.is_empty() {
        return String::new();
    }
    let mut words: Vec<&String> = words.iter().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let words: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    format!("(?:{})?", words.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 威海市 000, 「1.优化企业开办流程」 as the corpus writes it.
    const WEIHAI: &str = "优化企业开办流程。实行“一窗受理、一表填报、全程网办”,实现企业设立登记、刻制印章、申领发票、社保医保登记、公积金登记0.5个工作日办结,同步启动银行开户在线预约。组织荣成市开展“一业一证”改革试点,8月底前推出便利店、餐饮等7个行业综合许可证,11月底扩大到10个行业。(牵头单位:市行政审批服务局、市市场监管局;责任单位:荣成市政府,市公安局、市人力资源社会保障局、市医保局、市税务局、人民银行威海市中心支行、市住房公积金中心;完成时限:2020年11月底)";

    fn value(kind: Kind, sentence: &str) -> Option<&str> {
        find_value(kind, sentence).map(|r| &sentence[r])
    }

    /// A month named as a yearly period (a campaign month or week) is a date; a day or an end
    /// after it makes it a due date, read whole by the patterns after.
    #[test]
    fn a_yearly_month_and_its_week_are_dates() {
        let s = "每年的4月为本市野生动物保护宣传月,4月的第3周为爱鸟周。";
        let found: Vec<&str> = find_values(Kind::Deadline, s)
            .into_iter()
            .map(|(_, r)| &s[r])
            .collect();
        assert_eq!(found, ["每年的4月", "4月的第3周"]);
        assert_eq!(
            value(Kind::Deadline, "每年三月为我省全民义务植树活动月。"),
            Some("每年三月")
        );
        assert_eq!(
            value(Kind::Deadline, "于每年三月底前向社会公布。"),
            Some("三月底前")
        );
        assert_eq!(
            value(Kind::Deadline, "每年3月31日前报送上年度报告。"),
            Some("3月31日前")
        );
    }

    /// Rules assign a competence in two ways besides 「…负责」: a body named the competent one by a
    /// copula (「X是…的主管单位」, whose next sentence often says 「主管单位负责…」, the role and not
    /// the body), and a body after 由 that registers, approves or issues.
    #[test]
    fn who_by_copula_and_by_assigned_act() {
        let copula = "国务院办公厅是全国政务新媒体工作的主管单位,地方各级人民政府办公厅(室)是本地区政务新媒体工作的主管单位。主管单位负责推进、指导、协调、监督政务新媒体工作。";
        assert_eq!(value(Kind::Who, copula), Some("国务院办公厅"));
        assert_eq!(
            value(Kind::Who, "国家综合性消防救援车辆悬挂专用号牌。应急部为专用号牌及配套行驶证件的核发主管单位。"),
            Some("应急部")
        );
        assert_eq!(
            value(
                Kind::Who,
                "社会团体统一由各级民政部门登记管理,其他任何部门无权予以登记和颁发证书。"
            ),
            Some("各级民政部门")
        );
        // a thing that is a 主管单位's, not a body named one, gives no value
        assert_eq!(value(Kind::Who, "本办法所称政务新媒体是指政务账号。"), None);
    }

    /// A body charged with a whole task (「由X统一归口管理」「由X统一接运」) is the one who does
    /// it, not the units a later clause has merely take part (「…指定有关部门负责管理」).
    #[test]
    fn who_is_the_body_charged_with_the_whole_task() {
        assert_eq!(
            value(
                Kind::Who,
                "因此,这项工作由外交部和总参谋部统一归口管理,有关省、自治区、直辖市及军区也要相应指定有关部门负责管理。"
            ),
            Some("外交部和总参谋部")
        );
        assert_eq!(
            value(Kind::Who, "在医院死亡的人,遗体由殡仪馆统一接运。"),
            Some("殡仪馆")
        );
    }

    /// A law gives a committee's daily work to a department (「…的日常工作由X承担」「X承担…日常
    /// 工作」): X does that work; a cost borne by a party (「费用由提出检定方承担」) names no body.
    #[test]
    fn who_is_the_body_given_the_daily_work() {
        assert_eq!(
            value(
                Kind::Who,
                "市人民政府设立市数据工作委员会,研究本市数据管理工作中的重大事项。市数据工作委员会的日常工作由市政务服务数据管理部门承担。"
            ),
            Some("市政务服务数据管理部门")
        );
        assert_eq!(
            value(
                Kind::Who,
                "市政务服务数据管理部门承担市公共数据专业委员会日常工作。"
            ),
            Some("市政务服务数据管理部门")
        );
        assert_eq!(
            value(
                Kind::Who,
                "经检定水表准确度符合标准的,检定费用由提出检定方承担。"
            ),
            None
        );
    }

    /// A body whose charge is stated after its remit (「…依照法定职责,负责…」) is the body charged:
    /// the remit stands between the body and 负责, which opens a clause of its own.
    #[test]
    fn who_is_the_body_before_its_remit() {
        assert_eq!(
            value(
                Kind::Who,
                "工商行政管理部门依照法定职责,负责户外广告和招牌内容的监督管理工作。"
            ),
            Some("工商行政管理部门")
        );
        assert_eq!(
            value(
                Kind::Who,
                "区城市管理行政主管部门依照职权划分,负责本辖区内招牌设置的监督管理工作。"
            ),
            Some("区城市管理行政主管部门")
        );
    }

    /// A law's general provisions put a body in charge of its whole matter with 主管 or 统筹
    /// (「…主管部门主管本行政区域内的…工作」), or name it the competent one with a copula whose
    /// subject is a department or an organ (「公安机关是…的主管部门」): no 负责 follows.
    #[test]
    fn who_is_the_body_a_general_provision_puts_in_charge() {
        assert_eq!(
            value(
                Kind::Who,
                "县级以上人民政府林业主管部门主管本行政区域内的古树名木保护工作。"
            ),
            Some("县级以上人民政府林业主管部门")
        );
        assert_eq!(
            value(
                Kind::Who,
                "市、县(市、区)住房城乡建设主管部门主管本行政区域内的物业管理工作。"
            ),
            Some("市、县(市、区)住房城乡建设主管部门")
        );
        assert_eq!(
            value(
                Kind::Who,
                "市商务主管部门统筹本市会展业发展工作,会同有关部门制定政策。"
            ),
            Some("市商务主管部门")
        );
        assert_eq!(
            value(Kind::Who, "公安机关是本市养犬管理工作的主管部门。"),
            Some("公安机关")
        );
        // the copula's subject keeps its level's alternatives in brackets
        assert_eq!(
            value(
                Kind::Who,
                "市、县(市)、区民政部门是本行政区域内殡葬管理工作的行政主管部门。"
            ),
            Some("市、县(市)、区民政部门")
        );
        // 主管人员 are persons, no act of a body
        assert_eq!(
            value(Kind::Who, "有关部门主管人员与案件有利害关系的,予以回避。"),
            None
        );
    }

    /// Laws name the law a body applies between the body and its act (「由公安机关按照《中华人民
    /// 共和国治安管理处罚法》处罚」): the body before it is the one who punishes.
    #[test]
    fn who_punishes_under_a_law_named_is_the_body_before_it() {
        assert_eq!(
            value(
                Kind::Who,
                "侮辱、威胁、殴打从事计划生育的工作人员,毁坏其财物的,由公安机关按照《中华人民共和国治安管理处罚法》处罚;构成犯罪的,依法追究刑事责任。"
            ),
            Some("公安机关")
        );
        assert_eq!(
            value(
                Kind::Who,
                "阻碍执法人员依法执行职务的,由公安机关依照治安管理处罚法的规定予以处罚。"
            ),
            Some("公安机关")
        );
    }

    /// A 街道办事处 bears a duty as a government does: the subject of 应当 (「乡镇人民政府和街道
    /// 办事处应当建立巡查制度」) is the body who does it.
    #[test]
    fn a_street_office_bearing_a_duty_is_the_body_who_does_it() {
        assert_eq!(
            value(
                Kind::Who,
                "湿地所在地乡镇人民政府和街道办事处应当建立巡查制度,加强对本辖区内湿地保护情况的日常监督检查。"
            ),
            Some("湿地所在地乡镇人民政府和街道办事处")
        );
    }

    /// A procedure stated clause by clause names the deciding body after 经 (「由被征收人提出申请,
    /// 经…侨务主管部门审核确认」), as 须经/应当经 do; 经 inside a word (经营) names none.
    #[test]
    fn who_approves_a_step_of_a_procedure_is_the_body_after_jing() {
        assert_eq!(
            value(
                Kind::Who,
                "被征收的房屋需要确认属华侨房屋的,由被征收人提出申请,经房屋所在地县级以上人民政府侨务主管部门审核确认。"
            ),
            Some("房屋所在地县级以上人民政府侨务主管部门")
        );
        assert_eq!(value(Kind::Who, "企业经营范围依法确认。"), None);
    }

    /// A charge a law forbids names what is not charged (「不得收取费用」「不得向求职应聘人员收取
    /// 任何费用」): the value holds it, or 「不得收取」 says nothing of what.
    #[test]
    fn a_forbidden_charge_keeps_what_is_not_charged() {
        assert_eq!(
            value(
                Kind::Cost,
                "消防救援机构进行消防安全检查,不得收取费用,不得谋取利益。"
            ),
            Some("不得收取费用")
        );
        assert_eq!(
            value(
                Kind::Cost,
                "招聘单位在招聘活动中不得向求职应聘人员收取任何费用,"
            ),
            Some("不得向求职应聘人员收取任何费用")
        );
    }

    /// Laws and regulations state sums and spans in Chinese numerals, fines as a range between
    /// two bounds, and who enforces in their 法律责任 articles (「由公安机关…处…罚款」).
    /// Laws set fines per head, per tree, per poster, and as multiples of a base; laws grant
    /// leave and plans set terms as spans between two bounds.
    #[test]
    fn rates_per_unit_multiples_and_spans() {
        let fine = "处禽类每只十元、畜类每头一百元罚款,但最高不得超过三万元;";
        let found: Vec<&str> = find_values(Kind::Cost, fine)
            .into_iter()
            .map(|(_, r)| &fine[r])
            .collect();
        assert_eq!(found, ["每只十元", "每头一百元", "三万元"]);
        assert_eq!(
            value(
                Kind::Cost,
                "(一)违反第一项规定的,处每株五万元以上五十万元以下罚款;"
            ),
            Some("每株五万元以上五十万元以下")
        );
        assert_eq!(
            value(
                Kind::Cost,
                "对个人处以每处(张)五十元罚款,罚款最高不超过五千元"
            ),
            Some("每处(张)五十元")
        );
        assert_eq!(
            value(
                Kind::Cost,
                "由生态环境主管部门责令改正,并处货值金额一倍以上三倍以下罚款。"
            ),
            Some("货值金额一倍以上三倍以下")
        );
        assert_eq!(
            value(Kind::Cost, "没收违法所得,并处违法所得五倍以下的罚款"),
            Some("违法所得五倍以下")
        );
        assert_eq!(
            value(Kind::Time, "经单位同意,可以再增加假期一至三个月。"),
            Some("一至三个月")
        );
        assert_eq!(
            value(Kind::Time, "做好三至五年的试点工作整体规划"),
            Some("三至五年")
        );
        assert_eq!(
            value(Kind::Time, "3-5个工作日内办结"),
            Some("3-5个工作日内")
        );
        // shares in thousandths as laws write them
        assert_eq!(
            value(
                Kind::Cost,
                "企业的计划生育奖励金,可在当年计税所得额的千分之二以内提取。"
            ),
            Some("千分之二")
        );
        assert!(is_figure("percent", "千分之五"));
        // a span of years in Chinese numerals may be followed by a figure in digits
        assert_eq!(value(Kind::Time, "给予三年100%房租补贴"), Some("三年"));
        // two years of the calendar are no span of years
        assert_eq!(value(Kind::Time, "2021至2025年规划"), None);
    }

    #[test]
    fn values_as_laws_write_them() {
        let fine = "违反本条例规定,高空抛物的,由公安机关给予警告或者处一千元以上三千元以下罚款;";
        assert_eq!(value(Kind::Cost, fine), Some("一千元以上三千元以下"));
        assert_eq!(value(Kind::Who, fine), Some("公安机关"));
        assert!(is_figure("money", "一千元以上三千元以下"));
        assert!(is_figure("money", "处二千元以下"));
        // a sum set per unit keeps its 每 and classifier: it is a rate, not a total
        assert_eq!(
            value(Kind::Cost, "按照每平方米2000元以上5000元以下的标准处以罚款"),
            Some("每平方米2000元以上5000元以下")
        );
        // 一元化 is no sum of one yuan
        // free of charge as laws write it
        assert_eq!(
            value(Kind::Cost, "房地产管理部门应当无偿提供查询服务。"),
            Some("无偿")
        );
        assert_eq!(value(Kind::Cost, "实行一元化管理"), None);
        assert_eq!(value(Kind::Cost, "统一元数据标准"), None);
        assert_eq!(
            value(Kind::Time, "应当自受理申请之日起一百八十日内作出决定"),
            Some("一百八十日内")
        );
        assert_eq!(
            value(
                Kind::Who,
                "违反本条例规定的,由具有城市管理行政执法权的部门责令改正"
            ),
            Some("具有城市管理行政执法权的部门")
        );
        // a body named with its level's alternatives in brackets, as local regulations write it
        assert_eq!(
            value(
                Kind::Who,
                "违反本条例第二十七条规定的,由市、县(区)农业农村部门责令改正,处五百元以上五千元以下罚款;"
            ),
            Some("市、县(区)农业农村部门")
        );
        // where a law sends a person to file, and who bears a duty it states (「X应当…」)
        assert_eq!(
            value(
                Kind::Who,
                "经营性停车设施经营单位应当依法办理工商登记,并在经营前十五日内到区停车管理部门办理备案。"
            ),
            Some("区停车管理部门")
        );
        assert_eq!(
            value(
                Kind::Who,
                "市和区卫生健康部门应当组织开展对吸烟行为的干预工作,设立咨询热线。"
            ),
            Some("市和区卫生健康部门")
        );
        // a plan's 「可直接向市场监管部门申请办理」 is where an applicant may go, not who acts
        assert_eq!(
            value(
                Kind::Who,
                "除可直接向市场监管部门申请办理外,也可持营业执照到税务部门办理"
            ),
            None
        );
        // a notice period counted back from an event (「合同终止三个月前」)
        assert_eq!(
            value(
                Kind::Deadline,
                "承租人需要继续承租的,应当在合同终止三个月前提出,并经出租人同意。"
            ),
            Some("三个月前")
        );
        // a notice period written with 提前: how long before the act the other party is told
        assert_eq!(
            value(
                Kind::Deadline,
                "以买卖方式转让已出租的房地产,出租人应提前三个月通知承租人,在同等条件下,承租人享有优先受让权。"
            ),
            Some("提前三个月")
        );
        // a window before a term ends: a span before the end, answering 最早 and 最晚
        assert_eq!(
            value(
                Kind::Deadline,
                "双方可以在集体合同期满前三个月内提出重新签订或者续订的要求。"
            ),
            Some("期满前三个月内")
        );
        // 负责人 is a person: the verb 负责 after it says who is in charge
        assert_eq!(
            value(
                Kind::Who,
                "其法定代表人或者主要负责人负责本单位的控制吸烟工作。"
            ),
            Some("其法定代表人或者主要负责人负责")
        );
        assert_eq!(
            value(Kind::Who, "指挥部下设办公室,负责日常工作。办公室设在国家粮食局,由国家粮食局主要负责人兼任办公室主任。"),
            Some("国家粮食局")
        );
        // the office sits in the department, not in the government the department belongs to
        assert_eq!(
            value(
                Kind::Who,
                "市、区(县)级河长制工作机构设在同级人民政府水行政主管部门。"
            ),
            Some("同级人民政府水行政主管部门")
        );
        // the body an act is sent up to for approval decides it; one a record is filed with
        // does not
        assert_eq!(
            value(
                Kind::Who,
                "市级湿地公园的设立,由所在地区县园林绿化行政部门提出申请,报市园林绿化行政部门批准。"
            ),
            Some("市园林绿化行政部门")
        );
        assert_eq!(
            value(Kind::Who, "更新后的内容审核台账重新报平台监管部门备案。"),
            None
        );
        assert_eq!(asked_figure("高空抛物罚款多少"), Some("money"));
        assert_eq!(
            value(
                Kind::Cost,
                "生育补助金标准为其住院生育费用的百分之七十,最多不超过六个月的失业保险金。"
            ),
            Some("百分之七十")
        );
        let members = "物业管理委员会成员人数一般为五至十五人的单数";
        let count = CountPattern::new("人");
        let all = count.find_all(members);
        let picked = count.pick(members, &all).map(|r| &members[r]);
        assert_eq!(picked, Some("五至十五人"));
    }

    #[test]
    fn time_values() {
        assert_eq!(value(Kind::Time, WEIHAI), Some("0.5个工作日办结"));
        assert_eq!(
            value(Kind::Time, "简易注销公告时间由45天压缩到20天。"),
            Some("20天")
        );
        assert_eq!(
            value(Kind::Time, "全流程审批时间最长不超过100个工作日"),
            Some("最长不超过100个工作日")
        );
        assert_eq!(
            value(
                Kind::Time,
                "将开办企业线下办理流程压缩至1个环节,1个工作日以内办结;"
            ),
            Some("1个工作日以内办结")
        );
        assert_eq!(
            value(Kind::Time, "实现企业间转移不动产登记业务即时办结。"),
            Some("即时办结")
        );
        assert_eq!(
            value(Kind::Time, "供暖维修时限缩减至24小时。"),
            Some("24小时")
        );
        assert_eq!(value(Kind::Time, "推行税务Ukey不见面发行。"), None);
        // A span of years is a duration; the year of a date is not.
        assert_eq!(
            value(Kind::Time, "由参加失业保险3年以上放宽至参保1年以上"),
            Some("3年以上")
        );
        assert_eq!(
            value(Kind::Time, "2019年至2022年底实施,为期3年"),
            Some("3年")
        );
    }

    #[test]
    fn cost_values() {
        assert_eq!(
            value(Kind::Cost, "为新开办企业免费提供一套印章和“政策包”,"),
            Some("免费")
        );
        assert_eq!(
            value(
                Kind::Cost,
                "设立企业刻制公章全面免费,相关费用由政府财政列支"
            ),
            Some("全面免费")
        );
        assert_eq!(
            value(Kind::Cost, "对符合条件的企业给予最高50万元奖励。"),
            Some("最高50万元")
        );
        assert_eq!(
            value(Kind::Cost, "不得由用户承担建筑区划红线外发生的任何费用。"),
            Some("不得由用户承担")
        );
        // a cost a fund bears answers who pays
        assert_eq!(
            value(
                Kind::Cost,
                "参保缴费所需资金从失业保险基金中列支,个人不缴纳基本医疗保险费。"
            ),
            Some("从失业保险基金中列支")
        );
        assert_eq!(
            value(Kind::Cost, "关税保证保险保费给予不超过30%补贴"),
            Some("不超过30%")
        );
    }

    #[test]
    fn deadline_and_who_values() {
        assert_eq!(
            value(Kind::Deadline, "完成时限:2020年11月底)"),
            Some("2020年11月底")
        );
        assert_eq!(
            value(Kind::Deadline, "9月底前,实现开办企业全流程1天办结。"),
            Some("9月底前")
        );
        assert_eq!(
            value(
                Kind::Deadline,
                "2022年底前,将开办企业线下办理流程压缩至1个环节"
            ),
            Some("2022年底前")
        );
        // a span of dates answers as a whole (执行到什么时候: its end is in it)
        assert_eq!(
            value(
                Kind::Deadline,
                "2019年1月1日至2020年12月31日,对其中就业困难人员再给予生活费补贴。"
            ),
            Some("2019年1月1日至2020年12月31日")
        );
        assert_eq!(
            value(Kind::Deadline, "2019年至2021年,每年安排专项资金"),
            Some("2019年至2021年")
        );
        // a year followed by 至 and no date is no span
        assert_eq!(
            value(Kind::Deadline, "2022年至少开展一次检查"),
            Some("2022年")
        );
        // a month in Chinese numerals, as laws write it, with its end or day
        assert_eq!(
            value(Kind::Deadline, "并于每年三月底前向社会公布。"),
            Some("三月底前")
        );
        assert_eq!(
            value(Kind::Deadline, "应当于十二月三十一日前报送"),
            Some("十二月三十一日前")
        );
        // a bare month name or a span of months is no date
        assert_eq!(value(Kind::Deadline, "三个月内完成"), None);
        // a due date counted from a period, as filing rules state it
        assert_eq!(
            value(
                Kind::Deadline,
                "扣缴义务人在代扣税款的次月十五日内,向主管税务机关报送"
            ),
            Some("次月十五日内")
        );
        assert_eq!(
            value(Kind::Deadline, "应当在年度终了后三个月内办理汇算清缴"),
            Some("年度终了后三个月内")
        );
        assert_eq!(
            value(Kind::Who, "(牵头单位:市行政审批服务局、市市场监管局;"),
            Some("牵头单位:市行政审批服务局、市市场监管局")
        );
        assert_eq!(
            value(Kind::Who, "(牵头单位:省市场监管局)"),
            Some("牵头单位:省市场监管局")
        );
        // units before 负责 are taken from the clause's start, a long list whole, never cut
        // inside a name
        assert_eq!(
            value(Kind::Who, "开展集中采购。(人力资源社会保障部、财政部负责)"),
            Some("人力资源社会保障部、财政部负责")
        );
        let long = "组织集中采购。(商务部、扶贫办、发展改革委、工业和信息化部、财政部、交通运输部、\
                    农业农村部、文化和旅游部、粮食和储备局、供销合作总社等和各有关省级人民政府负责)";
        assert_eq!(
            value(Kind::Who, long),
            Some(
                "商务部、扶贫办、发展改革委、工业和信息化部、财政部、交通运输部、农业农村部、\
                 文化和旅游部、粮食和储备局、供销合作总社等和各有关省级人民政府负责"
            )
        );
    }

    #[test]
    fn a_share_asks_for_a_percentage_and_lists_find_the_figures_of_that_type() {
        assert_eq!(
            asked_figure("各地政府采购给中小企业预留多少份额"),
            Some("percent")
        );
        let s = "4月底前,将预留份额比例提高至45%,对非预留份额采购包给予小微企业价格扣除10%(工程项目5%)顶格优惠。";
        let found: Vec<&str> = find_figures("percent", s)
            .into_iter()
            .map(|(_, r)| &s[r])
            .collect();
        assert_eq!(found, ["45%", "10%", "5%"]);
        assert!(find_figures("money", s).is_empty());
    }

    #[test]
    fn how_often_asks_for_a_frequency_whatever_the_kind() {
        assert_eq!(asked_figure("协调委多久开一次会"), Some("frequency"));
        assert_eq!(asked_figure("几年评一次"), Some("frequency"));
        // The span between two times asked is how often, whatever act follows.
        assert_eq!(asked_figure("河长隔多久要去河边转一圈"), Some("frequency"));
        assert!(wanted_by_any_kind("frequency") && !wanted_by_any_kind("percent"));
        assert_eq!(asked_figure("多久能办完"), None);
        let s = "协调委原则上每半年召开一次例会,因工作需要可临时召开。";
        let found: Vec<&str> = find_figures("frequency", s)
            .into_iter()
            .map(|(_, r)| &s[r])
            .collect();
        assert_eq!(found, ["每半年"]);
    }

    #[test]
    fn a_rank_asked_is_answered_by_the_places_not_the_reward() {
        assert_eq!(asked_figure("智慧商圈排名前几的市有奖励"), Some("rank"));
        assert_eq!(asked_figure("考核第几名能评优"), Some("rank"));
        assert!(wanted_by_any_kind("rank"));
        assert_eq!(asked_figure("前几天交的材料"), None);
        let s = "对建设成效排名前5位的市给予最高300万元支持,第1名另给予奖励。";
        let found: Vec<&str> = find_figures("rank", s)
            .into_iter()
            .map(|(_, r)| &s[r])
            .collect();
        assert_eq!(found, ["前5位", "第1名"]);
    }

    #[test]
    fn a_charge_named_as_improper_asks_whether_it_is_allowed_not_how_much() {
        assert_eq!(asked_figure("报装要收费吗"), Some("money"));
        assert_eq!(asked_figure("供水企业会不会乱收费"), None);
        assert_eq!(asked_figure("有没有搭车收费"), None);
        // a ban on charging at all is a figure of money (nothing); one on a kind of charge not
        assert!(is_figure("money", "一律不得收费"));
        assert!(is_figure("money", "不得向企业收取"));
        assert!(!is_figure("money", "不得在报装服务中搭车收费"));
    }

    #[test]
    fn every_value_of_a_sentence_and_its_type() {
        let s = "对单户担保金额500万元及以下的小微企业收取的担保费率原则上不超过1%";
        let all: Vec<&str> = find_values(Kind::Cost, s)
            .into_iter()
            .map(|(_, r)| &s[r])
            .collect();
        assert_eq!(all, ["500万元", "不超过1%"]);
        assert_eq!(asked_figure("小微企业融资担保费率是多少"), Some("percent"));
        assert_eq!(asked_figure("刻章要花钱吗"), Some("money"));
        assert_eq!(asked_figure("多久能办完"), None);
        assert!(is_figure("percent", "不超过1%") && !is_figure("percent", "500万元"));
        assert!(is_figure("money", "免费") && is_figure("money", "5-50万"));
        let s = "予以5-50万资金奖励";
        assert_eq!(value(Kind::Cost, s), Some("5-50万"));
    }

    #[test]
    fn count_values() {
        let count = |s: &'static str, noun: &str| {
            let pattern = CountPattern::new(noun);
            pattern.pick(s, &pattern.find_all(s)).map(|r| &s[r])
        };
        assert_eq!(
            count("接入办理环节分别压减至4个和3个。", "环节"),
            Some("环节分别压减至4个和3个")
        );
        assert_eq!(count("压减至3个环节。", "环节"), Some("3个环节"));
        // The noun before and after its count: the count is the number with the noun.
        assert_eq!(count("办理环节压减至3个环节。", "环节"), Some("3个环节"));
        assert_eq!(count("第一步企业最少可申报9项", "项"), Some("9项"));
        assert_eq!(count("纳税次数由6次减少为3次", "次"), Some("3次"));
        assert_eq!(count("进一步减少报装环节。", "环节"), None);
        // A bound written after the count is part of it.
        assert_eq!(
            count(
                "千名老年人拥有养老床位达到46张以上,养老机构社会化改革率达到95%。",
                "张"
            ),
            Some("46张以上")
        );
        assert_eq!(count("12月底前,引进3500人以上。", "人"), Some("3500人以上"));
        assert_eq!(count("压减至3个环节以内。", "环节"), Some("3个环节以内"));
    }

    #[test]
    fn every_count_of_a_sentence_counting_for_several_subjects() {
        let pattern = CountPattern::new("环节");
        let s = "用气报装流程具备直接接通的简化为2个环节,有外线工程的简化为3个环节。";
        let all: Vec<&str> = pattern.find_all(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(all, ["2个环节", "3个环节"]);
        let all = pattern.find_all(s);
        assert_eq!(pattern.pick(s, &all).map(|r| &s[r]), Some("2个环节"));
    }
}
