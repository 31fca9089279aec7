//! Document metadata, resolved once. A source may state facts ([`Stated`], one record for a
//! `<stem>.toml` beside a text, a JSON Lines record and the info lines a law database or a
//! portal prints with a text: [`super::stated`]); the text says the rest of itself ([`infer`]:
//! the title at its top, the 文号 under it (also in parentheses), the date and issuer of its
//! signature block, in Arabic or Chinese numerals, the enacting body of a 人大 regulation).
//! [`resolve`] merges them: stated beats inferred, field by field; the region is stated or
//! read from weighted evidence ([`super::region`]); dates are read by [`super::date`].

use std::sync::LazyLock;

use regex::Regex;

use super::date::{document_date, document_year, PolicyDate};
use super::doc_number;
use super::normalize::{is_chrome, is_han, DOC_KIND_END};
use super::region;
use super::stated::{info_lines, is_web_address, Stated};

/// A document's metadata after [`resolve`], and its text without the info lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resolved {
    /// 标题, stated or found at the top of the text; `None` when the text starts with its body.
    pub title: Option<String>,
    /// 文号.
    pub doc_number: Option<String>,
    /// 发文机关.
    pub issuer: Option<String>,
    /// 成文日期, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
    pub date: Option<String>,
    /// The year the document belongs to: its date's, else the one year its title names
    /// (2022年行动计划), else its 文号's (〔2021〕).
    pub year: Option<u32>,
    /// Region path or `全国`; empty when nothing tells.
    pub region: String,
    /// Who published the copy.
    pub publisher: Option<String>,
    /// Where the original is published (an `http(s)://` address), when stated.
    pub url: Option<String>,
    /// The normalised text, info lines dropped.
    pub text: String,
}

/// Resolves the metadata of one normalised text: `stated` facts first, then the text's info
/// lines, then what the text says of itself. `source` names the file in warnings.
pub fn resolve(stated: &Stated, text: &str, source: &str) -> Resolved {
    let (info, text) = info_lines(text);
    let stated = stated.clone().or(info);
    let inferred = infer(&text);
    let clean = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let title = clean(&stated.title).or(inferred.title);
    let doc_number = clean(&stated.doc_number).or(inferred.doc_number);
    let date = clean(&stated.date)
        .and_then(|d| document_date(&d, source))
        .or(inferred.date)
        .or_else(|| clean(&stated.published).and_then(|d| document_date(&d, source)));
    let publisher = clean(&stated.publisher).or(inferred.publisher);
    let stated_issuer = clean(&stated.issuer);
    let region = clean(&stated.region).or_else(|| {
        region::infer(&region::Clues {
            issuer: stated_issuer.as_deref(),
            doc_number: doc_number.as_deref(),
            title: title.as_deref().unwrap_or(""),
            signatures: &inferred.signatures,
            publisher: publisher.as_deref(),
            text: &text,
        })
    });
    let year = document_year(date, title.as_deref(), doc_number.as_deref());
    Resolved {
        title,
        doc_number,
        issuer: stated_issuer.or(inferred.issuer),
        date: date.map(|d| d.to_string()),
        year,
        region: region.unwrap_or_default(),
        publisher,
        url: clean(&stated.url).filter(|url| is_web_address(url)),
        text,
    }
}
/// What the text itself says about the document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inferred {
    /// 标题, when the text opens with one.
    pub title: Option<String>,
    /// 文号.
    pub doc_number: Option<String>,
    /// 成文日期: of the signature block (head, then end), else of a 人大 enacting line.
    pub date: Option<PolicyDate>,
    /// 发文机关: the signature above the date, else the enacting body.
    pub issuer: Option<String>,
    /// The lines of the first signature block and the enacting body, for region evidence.
    pub signatures: Vec<String>,
    /// 文章来源 / 来源 of a web page.
    pub publisher: Option<String>,
}

/// A footer that signs and dates on one line: 「交通运输部办公厅 2019年5月14日印发」.
static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<issuer>[^\s,。:;]{2,40})\s+(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:印发|发布)$")
        .expect("valid regex")
});
/// A 人大 info line: 「(2001年7月18日北京市第十一届人民代表大会常务委员会第二十八次会议通过 …)」.
static ENACTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?P<body>[^\s,。()]{0,16}?)第[一二三四五六七八九十]{1,3}届人民代表大会(?P<sc>常务委员会)?第[一二三四五六七八九十]{1,4}次(?:全体)?会议(?:通过|批准)")
        .expect("valid regex")
});
static ISSUER_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:办公室|办公厅|人民政府|政府|委员会|党委|委|局|厅|部|院|署|行|中心|公司|管委会|会)$",
    )
    .expect("valid regex")
});
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|【|第[一二三四五六七八九十百]+[章节条])")
        .expect("valid regex")
});
static CARRIED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"关于(?:印发|转发)《([^》]+)》").expect("valid regex"));

/// True for a footer that signs and dates on one line (「交通运输部办公厅 2019年5月14日印发」).
pub fn is_dated_footer(line: &str) -> bool {
    FOOTER.is_match(line)
}

/// Reads title, 文号, date, signature and enacting body from a normalised text.
pub fn infer(text: &str) -> Inferred {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let head = &lines[..lines.len().min(40)];
    let mut out = Inferred {
        doc_number: head.iter().find_map(|l| doc_number::opening(l)),
        title: title(&lines),
        ..Inferred::default()
    };
    // the signature of a notice at the top (「…办公室 / 2020年7月24日」), then at the end
    let head_sig = head
        .iter()
        .position(|l| PolicyDate::of_line(l).is_some())
        .map(|i| (i, PolicyDate::of_line(head[i])));
    let tail_from = lines.len().saturating_sub(12);
    let head_at = head_sig.as_ref().map(|(i, _)| *i);
    let end_sig = (tail_from..lines.len())
        .rev()
        .filter(|&i| Some(i) != head_at)
        .find_map(|i| {
            if let Some(c) = FOOTER.captures(lines[i]) {
                return Some((
                    i,
                    PolicyDate::parse(&c["date"]),
                    Some(c["issuer"].to_owned()),
                ));
            }
            PolicyDate::of_line(lines[i]).map(|d| (i, Some(d), None))
        });
    // the first signature block is the issuer's: one further down signs a text the document
    // forwards or attaches (附件)
    if let Some((i, date)) = head_sig {
        out.date = date;
        out.signatures.extend(signature_above(head, i));
    } else if let Some((i, date, footer_issuer)) = end_sig {
        out.date = date;
        out.signatures.extend(footer_issuer);
        out.signatures.extend(signature_above(&lines, i));
    }
    if let Some(c) = head.iter().find_map(|l| ENACTED.captures(l)) {
        out.date = out.date.or_else(|| {
            let part = |name: &str| c[name].parse().ok();
            PolicyDate::new(part("y")?, part("m"), part("d"))
        });
        let body = format!(
            "{}人民代表大会{}",
            &c["body"],
            c.name("sc").map_or("", |m| m.as_str())
        );
        out.signatures.push(body);
    }
    out.issuer = out.signatures.first().cloned();
    out
}
/// The signature lines right above line `i`: up to three organ names (a joint document has
/// one a line), nearest last; 「(国家粮食局办公室代章)」 gives 国家粮食局办公室.
fn signature_above(lines: &[&str], i: usize) -> Vec<String> {
    let mut found = Vec::new();
    for line in lines[..i].iter().rev().take(3) {
        let name = line
            .trim_start_matches('(')
            .trim_end_matches(')')
            .trim_end_matches("代章")
            .trim();
        if !looks_like_issuer(name) {
            break;
        }
        found.push(name.to_owned());
    }
    found.reverse();
    found
}

/// The title: before the body starts (a line with a sentence, an outline marker, an
/// addressee), the first title-like line that reaches its 文种 (`data/doc-kinds.txt`), perhaps
/// over two lines, else the top line when it is title-like; a short parenthesised line after it is part of it
/// (「(2021-2024年)」, 「(试行)」). When it is a notice that carries a plan
/// (「关于印发《X》的通知」) and X stands on its own further down, X.
pub fn title(lines: &[&str]) -> Option<String> {
    let body = lines
        .iter()
        .position(|l| {
            l.contains(['。', ';'])
                || MARKER.is_match(l)
                || l.ends_with(':')
                || l.chars().count() > 90
        })
        .unwrap_or(lines.len())
        .min(25);
    // a title broken over two lines: the first stops short of its 文种, the second reaches it
    // (「移动智能终端应用软件预置」/「和分发管理暂行规定」)
    let wraps = |i: usize| {
        i + 1 < body && !DOC_KIND_END.is_match(lines[i]) && {
            let next = lines[i + 1];
            title_like(next)
                && next.chars().count() <= 40
                && DOC_KIND_END.is_match(next)
                && !doc_number::opens(next)
        }
    };
    // the title is the line that reaches its 文种 (a red header 「某市人民政府文件」, an issuer or
    // a speaker's line above it is none); a top line that names no kind only when no line does
    let mut at = (0..body)
        .find(|&i| title_like(lines[i]) && (DOC_KIND_END.is_match(lines[i]) || wraps(i)))
        .or_else(|| (body > 0 && title_like(lines[0])).then_some(0))?;
    let first = lines[at];
    if let Some(c) = CARRIED.captures(first) {
        let carried = c[1].replace(' ', "");
        let stands_alone = lines.windows(2).any(|w| {
            w[0] == carried
                || w[0].starts_with(carried.as_str()) && w[0].len() == carried.len()
                || format!("{}{}", w[0], w[1]) == carried
        }) || lines.last().is_some_and(|l| *l == carried);
        if stands_alone {
            return Some(carried);
        }
    }
    let mut title = doc_number::strip_opening(first)
        .trim_start_matches([':', ' '])
        .trim()
        .to_owned();
    if wraps(at) {
        title.push_str(&lines[at + 1].replace(' ', ""));
        at += 1;
    }
    for next in lines[at + 1..body].iter().take(2) {
        let continues = next.starts_with('(')
            && next.ends_with(')')
            && next.chars().count() <= 30
            && !doc_number::opens(next)
            && PolicyDate::of_line(next).is_none();
        if !continues {
            break;
        }
        title.push_str(&next.replace(' ', ""));
    }
    Some(title)
}

/// A line that opens with a full date (「2022年10月28日在…会议上」, 「2018年12月28日,…」): a
/// dateline or the first words of a report, never a title (a title may name a year, not a day).
static DATE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日").expect("valid regex")
});

/// True for a line that can be a title: short, no sentence, no heading, date or chrome. A line
/// with a comma is a title only when it reaches its 文种 (「民政部对“…,…的建议”的答复」): else it is
/// part of a sentence wrapped over lines (「轻工业是…重要民生产业,」).
fn title_like(line: &str) -> bool {
    let n = line.chars().count();
    (6..=90).contains(&n)
        && (!line.contains([',', '、']) || DOC_KIND_END.is_match(line))
        && !DATE_FIRST.is_match(line)
        && !line.contains('。')
        && !line.ends_with(':')
        && PolicyDate::of_line(line).is_none()
        && !ENACTED.is_match(line)
        && !is_chrome(line)
        && !MARKER.is_match(line)
        && !line.contains("点击")
        && !(line.starts_with('(') && line.ends_with(')'))
        && line.chars().any(is_han)
}

/// A title run together with the first sentence of its body (「智能航运发展指导意见为认真贯彻…」):
/// the words up to the 文种, when a purpose or basis clause (为…, 根据…, 按照…) follows at once.
static GLUED_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    let kinds: Vec<&str> = crate::data::DOC_KINDS.entries().collect();
    Regex::new(&format!(
        r"^([^,。;:、“”《》]{{4,40}}?(?:{})(?:\([^()]{{1,16}}\))*)(?:为|根据|按照|依据)",
        super::lists::alternation_pattern(&kinds)
    ))
    .expect("escaped kinds form a valid regex")
});

/// The title of a text that opens with none by the official layout: one run together with the
/// first sentence of the body (「…指导意见为认真贯彻…」), else `None` — never a heading, an
/// addressee, a date or a body sentence standing in for a title.
pub fn glued_title(first_line: &str) -> Option<String> {
    GLUED_TITLE.captures(first_line).map(|c| c[1].to_owned())
}

/// True for a line that reads as an issuer's name (a signature line): short, no sentence,
/// ending like an organ (…人民政府办公室, …局) or naming a central body.
pub fn looks_like_issuer(line: &str) -> bool {
    let n = line.chars().count();
    (2..=60).contains(&n)
        && !line.contains(['。', ',', ':', ';'])
        && (ISSUER_END.is_match(line) || region::is_central(line))
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_carrying_a_plan() {
        let text = "乳山关于转发《威海市提标提速实施方案》的通知\n发布日期:2021-10-15 09:08:03\n文章来源:乳山市自然资源局\n关于印发《威海市提标提速实施方案》的通知\n威办发〔2020〕7号\n各区市党委:\n《威海市提标提速实施方案》已经同意。\n中共威海市委办公室威海市人民政府办公室\n2020年7月24日\n威海市提标提速实施方案\n一、指导思想";
        let r = resolve(&Stated::default(), text, "x.txt");
        assert_eq!(r.title.as_deref(), Some("威海市提标提速实施方案"));
        assert_eq!(r.doc_number.as_deref(), Some("威办发〔2020〕7号"));
        assert_eq!(r.date.as_deref(), Some("2020-07-24"));
        assert_eq!(
            r.issuer.as_deref(),
            Some("中共威海市委办公室威海市人民政府办公室")
        );
        assert_eq!(r.publisher.as_deref(), Some("乳山市自然资源局"));
        assert_eq!(r.region, "山东省/威海市");
        assert!(!r.text.contains("发布日期"));
    }
    #[test]
    fn number_before_the_title_and_a_title_in_two_lines() {
        let text = "鲅政办发〔2022〕1号:关于印发《某区行动方案(2021-2024年)》的通知\n发布时间:2022-03-25\n某区行动方案\n(2021-2024年)\n一、指导思想";
        let r = resolve(&Stated::default(), text, "x.txt");
        assert_eq!(r.title.as_deref(), Some("某区行动方案(2021-2024年)"));
        assert_eq!(r.doc_number.as_deref(), Some("鲅政办发〔2022〕1号"));
        assert_eq!(r.date.as_deref(), Some("2022-03-25"));
    }

    #[test]
    fn a_pkulaw_export() {
        // 北大法宝: title, info lines in 【】, then the text; the citation code and the link are
        // metadata, never a title or a measure
        let text = "国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见\n【发布部门】国务院办公厅\n【发文字号】国办发〔2020〕24号\n【发布日期】2020.07.15\n【实施日期】2020.07.15\n【时效性】现行有效\n【效力级别】国务院规范性文件\n【法宝引证码】CLI.2.344396\n各省、自治区、直辖市人民政府:\n一、持续提升投资建设便利度\n(一)优化再造投资项目前期审批流程。\n原文链接:https://www.pkulaw.com/chl/abc.html";
        let r = resolve(&Stated::default(), text, "x.txt");
        assert_eq!(
            r.title.as_deref(),
            Some("国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见")
        );
        assert_eq!(r.issuer.as_deref(), Some("国务院办公厅"));
        assert_eq!(r.doc_number.as_deref(), Some("国办发〔2020〕24号"));
        assert_eq!(r.date.as_deref(), Some("2020-07-15"));
        assert_eq!(r.region, "全国");
        assert_eq!(
            r.url.as_deref(),
            Some("https://www.pkulaw.com/chl/abc.html")
        );
        assert!(!r.text.contains("法宝引证码") && !r.text.contains("原文链接"));
    }

    #[test]
    fn a_govcn_page() {
        // gov.cn's 政策文件库: a table of labelled fields, labels letter-spaced
        let text = "索 引 号:000014349/2021-00072 主题分类:城乡建设、环境保护\\其他\n发文机关:国务院办公厅\n成文日期:2021年10月08日\n标 题:国务院办公厅关于印发全国一体化政务服务平台移动端建设指引的通知\n发文字号:国办函〔2021〕105号\n发布日期:2021年10月12日\n国务院办公厅关于印发全国一体化政务服务平台移动端建设指引的通知\n各省、自治区、直辖市人民政府:\n现将指引印发给你们,请认真贯彻执行。";
        let r = resolve(&Stated::default(), text, "x.txt");
        assert_eq!(r.issuer.as_deref(), Some("国务院办公厅"));
        assert_eq!(
            r.date.as_deref(),
            Some("2021-10-08"),
            "成文日期 before 发布日期"
        );
        assert_eq!(r.doc_number.as_deref(), Some("国办函〔2021〕105号"));
        assert!(r.title.as_deref().unwrap().ends_with("建设指引的通知"));
        assert!(r.text.starts_with("国务院办公厅关于印发"));
    }

    #[test]
    fn a_regulation_with_its_info_line() {
        let text = "北京市实施《中华人民共和国档案法》办法\n(2001年7月18日北京市第十一届人民代表大会常务委员会第二十八次会议通过 根据2019年7月26日北京市第十五届人民代表大会常务委员会第十四次会议修正)\n第一条 为了实施档案法,结合本市实际,制定本办法。";
        let r = resolve(&Stated::default(), text, "x.txt");
        assert_eq!(
            r.title.as_deref(),
            Some("北京市实施《中华人民共和国档案法》办法")
        );
        assert_eq!(r.date.as_deref(), Some("2001-07-18"));
        assert_eq!(r.issuer.as_deref(), Some("北京市人民代表大会常务委员会"));
        assert_eq!(r.region, "北京市");
    }

    #[test]
    fn number_in_parentheses_and_signature_at_the_end() {
        let text = "安徽省人民政府办公厅关于印发某方案的通知\n(皖政办秘〔2021〕82号)\n各市人民政府,省政府各部门:\n现将方案印发给你们。\n安徽省人民政府办公厅\n二○二一年九月三十日\n(此件公开发布)";
        let r = resolve(&Stated::default(), text, "x.txt");
        assert_eq!(r.doc_number.as_deref(), Some("皖政办秘〔2021〕82号"));
        assert_eq!(r.date.as_deref(), Some("2021-09-30"));
        assert_eq!(r.issuer.as_deref(), Some("安徽省人民政府办公厅"));
        assert_eq!(r.region, "安徽省");
        let footer = "科技部关于某事项的通知\n现通知如下。\n交通运输部办公厅 2019年5月14日印发";
        let r = resolve(&Stated::default(), footer, "x.txt");
        assert_eq!(r.issuer.as_deref(), Some("交通运输部办公厅"));
        assert_eq!(r.date.as_deref(), Some("2019-05-14"));
    }

    #[test]
    fn a_title_broken_over_two_lines_is_joined_up_to_its_kind() {
        let text = "移动智能终端应用软件预置\n和分发管理暂行规定\n为推动移动互联网健康有序发展,制定本规定。\n第一条 工业和信息化部推动发展。";
        let r = resolve(&Stated::default(), text, "x.txt");
        assert_eq!(
            r.title.as_deref(),
            Some("移动智能终端应用软件预置和分发管理暂行规定")
        );
        // a whole title is not joined with the short line under it
        let text = "某市促进就业实施方案\n某市人民政府办公室\n一、总体要求";
        let r = resolve(&Stated::default(), text, "x.txt");
        assert_eq!(r.title.as_deref(), Some("某市促进就业实施方案"));
    }

    #[test]
    fn a_title_run_together_with_the_body_ends_at_its_kind() {
        assert_eq!(
            glued_title(
                "智能航运发展指导意见为认真贯彻党的十九大关于建设现代化经济体系的部署,制定本意见。"
            )
            .as_deref(),
            Some("智能航运发展指导意见")
        );
        assert_eq!(glued_title("为进一步优化营商环境,制定本方案。"), None);
        assert_eq!(glued_title("各市人民政府,省政府各部门:"), None);
    }

    #[test]
    fn a_wrapped_sentence_or_a_dateline_is_no_title() {
        let text = "轻工业是我国国民经济传统优势产业和重要民生产业,\n是满足人民美好生活需要的重要支撑。\n一、总体要求";
        assert_eq!(resolve(&Stated::default(), text, "x.txt").title, None);
        let text = "2022年10月28日在第十三届全国人民代表大会常务委员会第三十七次会议上\n国家发展和改革委员会主任\n全国人民代表大会常务委员会:\n现就有关情况报告如下。";
        assert_eq!(resolve(&Stated::default(), text, "x.txt").title, None);
        let text =
            "某市人民政府文件\n某政发〔2021〕3号\n某市人民政府关于促进就业的通知\n各区人民政府:";
        assert_eq!(
            resolve(&Stated::default(), text, "x.txt").title.as_deref(),
            Some("某市人民政府关于促进就业的通知")
        );
        let text = "2021年人工智能创新任务揭榜挂帅申报指南--医疗器械方向\n一、申报范围";
        assert_eq!(
            resolve(&Stated::default(), text, "x.txt").title.as_deref(),
            Some("2021年人工智能创新任务揭榜挂帅申报指南--医疗器械方向")
        );
    }

    #[test]
    fn a_text_that_starts_with_its_body_has_no_title() {
        let text =
            "为进一步落实市委、市政府部署,制定本细则。\n一、政策依据\n附件1\n某某补贴资金申请表";
        assert_eq!(resolve(&Stated::default(), text, "x.txt").title, None);
    }
}
