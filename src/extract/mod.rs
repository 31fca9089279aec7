//! Stage 2: [`Document`] → [`Measure`]s. Reads the outline (一、/（一）/1./【】/第X条), attaches
//! 牵头单位, 责任单位 and 完成时限 wherever they sit, maps headings to canonical domains through
//! the alias table in `data/`, and drops non-measures (指导思想, 基本原则, 组织保障…). A text
//! without a numbered outline (a notice, a report) gives one measure a paragraph.
//! `outlined.rs` and `paragraphs.rs` draft the measures of either kind of text; this module
//! caps their length, numbers them and fills what every measure takes from its document.
//! Pure: no files, no tantivy. Next stage: [`crate::index`].

pub mod attribution;
pub mod benefits;
pub mod conventions;
pub mod crossref;
pub mod deadline;
pub mod domain;
pub mod outline;
mod outlined;
mod paragraphs;
pub mod units;

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::corpus::date::{title_year, PolicyDate};
use crate::corpus::Limits;
use crate::{Document, Measure};
use conventions::CONVENTIONS;

/// A credit line (「(XX供稿)」): who wrote a yearbook entry, never a measure.
static CREDIT_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(.*(?:供稿|撰稿|执笔|编辑)\)$").expect("valid regex"));

/// The measures of one document, in reading order, with `seq` numbered from 0, measures
/// capped at the default length ([`measures_within`]).
pub fn measures(doc: &Document) -> Vec<Measure> {
    measures_within(doc, Limits::default().max_measure_chars).0
}

/// The measures of one document; one longer than `max_chars` characters is split at sentence
/// ends (cut where a single sentence is longer), its parts numbered `…_p2`, `…_p3`, and named
/// in the returned warnings, so no measure is too large to show or serve.
pub fn measures_within(doc: &Document, max_chars: usize) -> (Vec<Measure>, Vec<String>) {
    let year = plan_year(doc);
    let outline = outline::parse(&doc.text);
    let mut drafts = outlined::measures(doc, &outline, year);
    // A text whose outline gives no operative measure, only general provisions (`part`), is
    // read by paragraphs as before they were indexed: the paragraphs hold every part of it,
    // and its measures keep their ids.
    if drafts.iter().all(|m| m.part.is_some()) {
        drafts = paragraphs::measures(doc, year);
    }
    let mut warnings = Vec::new();
    let max_chars = max_chars.max(1);
    let mut capped = Vec::with_capacity(drafts.len());
    for m in drafts {
        let chars = m.text.chars().count();
        if chars <= max_chars {
            capped.push(m);
            continue;
        }
        let parts = split_long(&m.text, max_chars);
        warnings.push(format!(
            "measure {}.{} has {chars} characters: split into {} parts of at most {max_chars} (--max-measure-chars)",
            doc.id,
            m.id,
            parts.len()
        ));
        for (k, part) in parts.into_iter().enumerate() {
            capped.push(Measure {
                id: if k == 0 {
                    m.id.clone()
                } else {
                    format!("{}_p{}", m.id, k + 1)
                },
                text: part,
                ..m.clone()
            });
        }
    }
    // Ids are outline paths, a repeated path (an attachment numbered as the text) numbered
    // `_2`, `_3` in reading order. A plan's goal and guiding sections (`plan_parts`) came into
    // the index after the measures: their records take their ids after every other record's,
    // so no measure's id moves when a goal section before it is indexed.
    let plan_part = |m: &Measure| {
        m.part
            .as_deref()
            .is_some_and(|p| CONVENTIONS.is_plan_part(p))
    };
    let mut seen = HashSet::new();
    let mut ids = vec![String::new(); capped.len()];
    for later in [false, true] {
        for (m, slot) in capped.iter().zip(ids.iter_mut()) {
            if plan_part(m) != later {
                continue;
            }
            let mut id = format!("{}.{}", doc.id, m.id);
            let mut k = 2;
            while !seen.insert(id.clone()) {
                id = format!("{}.{}_{k}", doc.id, m.id);
                k += 1;
            }
            *slot = id;
        }
    }
    let measures = capped
        .into_iter()
        .zip(ids)
        .enumerate()
        .map(|(seq, (mut m, id))| {
            m.id = id;
            m.seq = seq as u32;
            // a law's general or final provisions grant nothing: their purpose, scope and
            // definitions name the benefits the operative articles grant
            if m.part.is_none() {
                benefits::fill(&mut m);
            }
            m
        })
        .collect();
    (measures, warnings)
}

/// Splits `text` into parts of at most `max_chars` characters, at sentence ends (。!?; or a
/// line break) where it can, cutting a longer sentence.
fn split_long(text: &str, max_chars: usize) -> Vec<String> {
    let mut pieces: Vec<(&str, usize)> = Vec::new();
    let (mut start, mut chars) = (0, 0);
    for (i, c) in text.char_indices() {
        chars += 1;
        if chars == max_chars || "。!?;\n".contains(c) {
            let end = i + c.len_utf8();
            pieces.push((&text[start..end], chars));
            (start, chars) = (end, 0);
        }
    }
    pieces.push((&text[start..], chars));
    let mut parts = Vec::new();
    let (mut current, mut current_chars) = (String::new(), 0);
    for (piece, chars) in pieces {
        if current_chars + chars > max_chars && current_chars > 0 {
            parts.push(std::mem::take(&mut current).trim().to_owned());
            current_chars = 0;
        }
        current.push_str(piece);
        current_chars += chars;
    }
    parts.push(current.trim().to_owned());
    parts.retain(|p| !p.is_empty());
    parts
}

/// The year a month without a year belongs to (「年底前」, 「9月底前」): the one year the title
/// names (山东省营商环境创新2022年行动计划), else the document's year (its date's, else its
/// 文号's: [`Document::year`]).
pub fn plan_year(doc: &Document) -> Option<u32> {
    title_year(&doc.title).or(doc.year).or_else(|| {
        let date = PolicyDate::parse(doc.date.as_deref()?)?;
        Some(date.year())
    })
}

/// The characters of a short text (a heading) as 1,024 bits (a code point modulo 1,024), so
/// that a list of words is searched for only those whose first and last characters it may
/// hold: a word whose first or last character the text lacks is surely not in it.
pub(crate) struct CharBits([u64; 16]);

impl CharBits {
    /// The characters of `text`.
    pub(crate) fn of(text: &str) -> Self {
        let mut bits = [0u64; 16];
        for c in text.chars() {
            let bit = c as usize % 1024;
            bits[bit / 64] |= 1 << (bit % 64);
        }
        CharBits(bits)
    }

    fn has(&self, c: Option<char>) -> bool {
        c.is_some_and(|c| {
            let bit = c as usize % 1024;
            self.0[bit / 64] >> (bit % 64) & 1 == 1
        })
    }

    /// False when the text surely does not contain `word`; true when it may (the empty word
    /// is in every text).
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        word.is_empty() || self.has(word.chars().next()) && self.has(word.chars().next_back())
    }
}

/// The first clause of a text (up to 「。」, 「,」 or 「;」), at most 40 characters: where an
/// untitled measure says what it is about.
fn lead_phrase(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|(_, c)| "。,;:\n".contains(*c))
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    match head.char_indices().nth(40) {
        Some((i, _)) => &head[..i],
        None => head,
    }
}

/// How many keyword hits a measure's own words need to name its domain: one for a short
/// measure, two for a long one (where a single word is more likely a passing mention).
fn min_hits(text: &str) -> usize {
    if text.chars().count() < 80 {
        1
    } else {
        2
    }
}

/// The fields a measure takes from its document.
fn doc_fields(doc: &Document) -> Measure {
    Measure {
        doc_id: doc.id.clone(),
        doc_title: doc.title.clone(),
        doc_lead: doc.lead.clone(),
        doc_untitled: doc.untitled,
        source: doc.source.clone(),
        doc_number: doc.doc_number.clone(),
        issuer: doc.issuer.clone(),
        date: doc.date.clone(),
        year: doc.year,
        region: doc.region.clone(),
        ..Measure::default()
    }
}

fn dedup(units: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    units
        .into_iter()
        .filter(|u| seen.insert(u.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_bits_may_contain_every_part_of_their_text() {
        let text = "(三)强化组织保障,落实工作责任";
        let bits = CharBits::of(text);
        let chars: Vec<char> = text.chars().collect();
        for from in 0..chars.len() {
            for to in from..=chars.len() {
                let part: String = chars[from..to].iter().collect();
                assert!(bits.may_contain(&part), "{part}");
            }
        }
        // a word whose first or last character the text lacks (none collides with another)
        assert!(!bits.may_contain("指导思想") && !bits.may_contain("组织领导"));
        assert!(!CharBits::of("").may_contain("保障") && CharBits::of("").may_contain(""));
    }

    fn doc(title: &str, date: Option<&str>, text: &str) -> Document {
        Document {
            id: "d".into(),
            source: "d.txt".into(),
            title: title.into(),
            doc_number: None,
            issuer: None,
            date: date.map(str::to_owned),
            year: None,
            region: "山东省".into(),
            publisher: None,
            url: None,
            text: text.into(),
            lead: None,
            untitled: false,
        }
    }

    /// A paragraph opening with a date is a news lead and kept; a date alone on its line
    /// (perhaps with a weekday) frames the text and is dropped.
    #[test]
    fn a_dated_lead_paragraph_is_a_measure_and_a_date_line_is_not() {
        let d = doc(
            "",
            None,
            "2018年10月9日至11日,首届新型智慧城市建设国际峰会在济南市召开。有关负责同志出席峰会开幕式并致辞。\n2018年10月12日 星期五\n与会人员围绕新型智慧城市建设发展理念、优秀解决方案、建设成果等方面开展了深入交流讨论。",
        );
        let ids: Vec<String> = measures(&d).into_iter().map(|m| m.id).collect();
        assert_eq!(ids, ["d.p1", "d.p3"]);
    }

    /// A decimal outline (「2 组织机构」「2.1 …」「2.1.3 …」) cites the deepest number as written,
    /// with the list item under it; the parents' numbers are already inside it.
    #[test]
    fn decimal_outlines_cite_the_deepest_number() {
        let d = doc(
            "应急预案",
            Some("2005-06-11"),
            "1 总则\n1.1 编制目的\n为了有效监测和控制粮食市场异常波动,制定本预案。\n2 组织机构和职责\n2.1 国家粮食应急工作指挥部\n2.1.3 成员单位职责\n(1)国家发展改革委负责应急工作的综合协调。\n(2)公安部负责维护粮食供应场所的治安秩序。\n(3)财政部负责安排、审核实施本预案所需经费。\n2.2 地方粮食应急机构\n省级人民政府应根据需要成立相应的应急工作指挥部,负责本行政区域内粮食应急工作。",
        );
        let ms = measures(&d);
        let police = ms
            .iter()
            .find(|m| m.text.contains("公安部"))
            .expect("the police item");
        assert_eq!(police.number, "2.1.3(2)");
        let local = ms
            .iter()
            .find(|m| m.text.contains("省级人民政府"))
            .expect("2.2");
        assert_eq!(local.number, "2.2");
    }

    #[test]
    fn numbered_items_with_inline_attribution() {
        let d = doc(
            "实施方案",
            Some("2020-07-24"),
            "一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n三、主要措施\n(一)企业开办\n1.优化企业开办流程。8月底前推出7个行业综合许可证。(牵头单位:市行政审批服务局;责任单位:市公安局,市直有关部门;完成时限:2020年11月底)\n2.压缩时间。全面压缩。(牵头单位:市税务局;已完成,长期坚持)\n四、组织保障\n(一)加强组织领导。成立领导小组。",
        );
        let all = measures(&d);
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].part.as_deref(), Some("指导思想"));
        let ms = &all[1..];
        assert_eq!(ms[0].id, "d.3-1-1");
        assert_eq!(ms[0].number, "三、(一)1.");
        assert_eq!(ms[0].title.as_deref(), Some("优化企业开办流程"));
        assert_eq!(ms[0].domain, "开办企业");
        assert_eq!(ms[0].section, "三、主要措施 > (一)企业开办");
        assert_eq!(ms[0].lead_units, ["市行政审批服务局"]);
        assert_eq!(ms[0].responsible_units, ["市公安局"]);
        assert_eq!(ms[0].deadlines, ["2020-08", "2020-11"]);
        assert!(ms[0].text.starts_with("优化企业开办流程。"));
        assert_eq!(ms[1].status.as_deref(), Some("已完成,长期坚持"));
        assert!(ms[1].deadlines.is_empty());
        assert_eq!(ms[1].seq, 2);
    }

    #[test]
    fn a_section_clause_speaks_for_every_item() {
        let d = doc(
            "涉企审批领域流程再造工作实施意见",
            Some("2020-04-24"),
            "六、缴费纳税方面\n(一)涉企收费清单化。2020年3月底前公布。\n(二)压减注销办理时限。实现注销在10个工作日内完成。\n市税务局牵头,有关部门、单位配合\n七、贸易通关方面\n(一)推行两步申报。企业可申报。\n市政府办公室(口岸办)牵头,有关部门、单位配合",
        );
        let ms = measures(&d);
        assert_eq!(ms.len(), 3);
        assert_eq!(ms[0].lead_units, ["市税务局"]);
        assert_eq!(ms[1].lead_units, ["市税务局"]);
        assert_eq!(ms[1].domain, "纳税");
        assert!(!ms[1].text.contains("牵头"));
        assert_eq!(ms[2].lead_units, ["市政府办公室(口岸办)"]);
        assert_eq!(ms[2].domain, "跨境贸易");
    }

    #[test]
    fn items_with_attribution_on_the_next_lines() {
        let d = doc(
            "行动方案(2021-2024年)",
            Some("2022-03-23"),
            "三、任务目标\n(一)开办企业\n1.推行全程网办。2023年底前,压缩至1个环节。\n牵头单位:区营商局\n责任单位:区税务局、区公安局\n2.推行Ukey不见面发行。实现远程代办。\n责任单位:区税务局",
        );
        let ms = measures(&d);
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].lead_units, ["区营商局"]);
        assert_eq!(ms[0].deadlines, ["2023-12"]);
        assert!(ms[0].text.contains("牵头单位:区营商局"));
        assert!(ms[1].lead_units.is_empty());
        assert_eq!(ms[1].responsible_units, ["区税务局"]);
    }

    /// A regulation's 总则 and 附则 are indexed, each article marked with its part (what
    /// people ask: who is in charge, when it takes effect), ids as before (chapter-article);
    /// the operative chapters' articles carry no part, and a part's article grants nothing.
    #[test]
    fn articles_are_cited_alone_and_general_provisions_are_marked_with_their_part() {
        let d = doc(
            "某市条例",
            None,
            "第一章 总则\n第一条 为了规范管理,制定本条例。\n第二条 对小微企业给予最高50万元补贴的具体办法由市人民政府制定。\n第二章 保障措施\n第三条 市人民政府应当建立监督机制,定期检查。\n第四条 区人民政府负责本辖区的日常管理工作。\n第三章 附则\n第五条 本条例自2022年1月1日起施行。",
        );
        let ms = measures(&d);
        let numbers: Vec<&str> = ms.iter().map(|m| m.number.as_str()).collect();
        assert_eq!(
            numbers,
            ["第一条", "第二条", "第三条", "第四条", "第五条"],
            "a regulation's 保障措施 binds, and its 总则 and 附则 are indexed"
        );
        let parts: Vec<Option<&str>> = ms.iter().map(|m| m.part.as_deref()).collect();
        assert_eq!(
            parts,
            [Some("总则"), Some("总则"), None, None, Some("附则")]
        );
        assert_eq!(ms[2].section, "第二章保障措施");
        assert_eq!(ms[2].id, "d.2-3", "ids stay chapter-article");
        assert_eq!(ms[4].id, "d.3-5");
        assert!(
            ms[1].benefit_types.is_empty() && ms[1].amounts.is_empty(),
            "a general provision grants nothing"
        );
    }

    /// A text whose outline holds only general provisions is read by paragraphs, as before
    /// they were indexed: its measures keep their ids.
    #[test]
    fn a_text_of_general_provisions_only_is_read_by_paragraphs() {
        let d = doc(
            "某市规定",
            None,
            "第一章 总则\n第一条 为了规范管理,制定本规定。\n第二条 市人民政府负责本规定的组织实施。",
        );
        let ms = measures(&d);
        assert!(!ms.is_empty());
        assert!(ms.iter().all(|m| m.part.is_none() && m.number.is_empty()));
    }

    /// A plan's 「一、总则」 or goals are no regulation's chapter: not indexed.
    #[test]
    fn a_plan_s_general_section_is_no_indexed_part() {
        let d = doc(
            "行动方案",
            Some("2021-03-01"),
            "一、总则\n坚持以人民为中心,全面优化营商环境。\n二、重点任务\n1.推进一网通办。全面推行网上办理。(牵头单位:市大数据局)\n2.推进电子证照。扩大电子证照应用。(牵头单位:市大数据局)",
        );
        let ms = measures(&d);
        assert!(ms.iter().all(|m| m.part.is_none()));
        assert!(!ms.iter().any(|m| m.text.contains("人民为中心")));
    }

    /// A plan's goals are indexed as its part 目标 (no operative measure); its safeguards are
    /// not, except a numbered item naming its own units.
    #[test]
    fn goals_are_a_part_and_numbered_safeguards_with_units_are_measures() {
        let d = doc(
            "行动方案",
            Some("2021-03-01"),
            "一、发展目标\n到2025年,全面建成数字政府。\n二、重点任务\n1.推进一网通办。全面推行网上办理。(牵头单位:市大数据局)\n2.推进电子证照。扩大电子证照应用。(牵头单位:市大数据局)\n三、保障措施\n3.强化资金保障。统筹安排资金。(牵头单位:市财政局)\n4.加强宣传引导。营造良好氛围。",
        );
        let ms = measures(&d);
        let numbers: Vec<&str> = ms.iter().map(|m| m.number.as_str()).collect();
        assert_eq!(numbers, ["一、", "二、1.", "二、2.", "三、3."]);
        let parts: Vec<Option<&str>> = ms.iter().map(|m| m.part.as_deref()).collect();
        assert_eq!(parts, [Some("目标"), None, None, None]);
        assert_eq!(ms[3].lead_units, ["市财政局"]);
    }

    /// A plan's guiding thinking, principles and goals (`plan_parts`) are indexed, each item
    /// marked with the innermost such heading's part; they grant nothing, and a section of
    /// another non-measure heading (组织保障) stays out.
    #[test]
    fn a_plan_s_goal_and_guiding_sections_are_indexed_with_their_part() {
        let d = doc(
            "行动方案",
            Some("2021-03-01"),
            "一、总体要求\n(一)指导思想。以人民为中心,全面优化营商环境,激发市场主体活力。\n(二)基本原则。坚持改革创新,坚持问题导向,坚持系统推进。\n(三)主要目标。到2025年,对小微企业给予最高50万元补贴的政策体系全面建立。\n二、重点任务\n1.推进一网通办。全面推行网上办理。(牵头单位:市大数据局)\n2.推进电子证照。扩大电子证照应用。(牵头单位:市大数据局)\n三、组织保障\n(一)加强组织领导。各部门要高度重视,抓好工作落实。",
        );
        let ms = measures(&d);
        let parts: Vec<Option<&str>> = ms.iter().map(|m| m.part.as_deref()).collect();
        assert_eq!(
            parts,
            [Some("指导思想"), Some("基本原则"), Some("目标"), None, None]
        );
        assert!(ms[2].text.contains("到2025年"));
        assert!(
            ms[2].benefit_types.is_empty() && ms[2].amounts.is_empty(),
            "a goal grants nothing"
        );
        assert!(!ms.iter().any(|m| m.text.contains("高度重视")));
    }

    /// A goal section indexed takes its id after every measure: a measure whose outline path
    /// repeats (an attachment numbered as the text) keeps the id it had before goals were
    /// indexed.
    #[test]
    fn an_indexed_goal_moves_no_measure_s_id() {
        let d = doc(
            "通知",
            Some("2021-03-01"),
            "一、总体目标\n到2025年,建成智能制造示范工厂50个以上。\n二、申报要求\n申报主体应当具有独立法人资格,近三年无违法记录。\n附件\n一、企业基本情况\n包括企业名称、注册地址和主营业务等内容。",
        );
        let ms = measures(&d);
        let ids: Vec<(&str, Option<&str>)> = ms
            .iter()
            .map(|m| (m.id.as_str(), m.part.as_deref()))
            .collect();
        assert_eq!(ids, [("d.1_2", Some("目标")), ("d.1", None)]);
    }

    #[test]
    fn own_words_override_a_broad_heading_and_no_evidence_is_other() {
        let d = doc(
            "实施方案",
            Some("2022-01-01"),
            "一、优化政务环境\n1.深化工程建设项目审批制度改革。全流程审批时间压缩至60个工作日。\n2.推行政务服务一网通办。实现网上可办。\n二、其他事项\n3.做好宣传解读。及时发布典型案例,回应社会关切。",
        );
        let ms = measures(&d);
        assert_eq!(ms[0].domain, "办理建筑许可");
        assert_eq!(ms[1].domain, "政务服务");
        assert_eq!(ms[2].domain, crate::domain::Domain::other().name());
    }

    #[test]
    fn relative_deadlines_take_the_year_of_the_title_or_the_number() {
        let mut d = doc(
            "山东省营商环境创新2022年行动计划",
            None,
            "一、开办企业\n1.压缩开办时间。年底前实现1个工作日办结。",
        );
        assert_eq!(measures(&d)[0].deadlines, ["2022-12"]);
        d.title = "实施方案".into();
        d.year = Some(2021);
        assert_eq!(measures(&d)[0].deadlines, ["2021-12"]);
    }

    #[test]
    fn yearbook_items_and_paragraphs() {
        let d = doc(
            "年鉴",
            None,
            "【概况】 2020年,经区优化营商环境。\n【企业开办便利化】 持续压缩时间。\n提升企业开办便利度 在政务服务大厅设置专区。\n【企业贷款支持】 设立转贷资金,组建7支金融辅导队。\n(党政办公室供稿)",
        );
        let ms = measures(&d);
        assert_eq!(ms.len(), 3, "{ms:#?}");
        assert_eq!(ms[0].id, "d.2-0", "the heading's own summary");
        assert_eq!(ms[0].text, "企业开办便利化\n持续压缩时间。");
        assert_eq!(ms[1].title.as_deref(), Some("提升企业开办便利度"));
        assert_eq!(ms[1].domain, "开办企业");
        assert_eq!(ms[2].title.as_deref(), Some("企业贷款支持"));
        assert_eq!(ms[2].domain, "获得信贷");

        let notice = doc(
            "关于开展检查的通知",
            Some("2019-01-01"),
            "关于开展检查的通知\n各省、自治区、直辖市人民政府:\n为加强监管,决定开展专项检查,6月底前完成。\n请各地认真组织实施,及时报送情况。\n国务院办公厅\n2019年1月1日",
        );
        let ms = measures(&notice);
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].id, "d.p3");
        assert_eq!(ms[0].deadlines, ["2019-06"]);
    }

    #[test]
    fn an_overlong_measure_is_split_at_sentence_ends() {
        let sentence = "推进政务服务标准化规范化便利化。";
        let d = doc("通知", None, &sentence.repeat(500));
        let (ms, warnings) = measures_within(&d, 100);
        assert!(ms.len() > 1);
        assert!(ms.iter().all(|m| m.text.chars().count() <= 100));
        assert!(ms.iter().all(|m| m.text.ends_with('。')));
        assert_eq!(ms[1].id, "d.p1_p2");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("8000 characters"), "{}", warnings[0]);
        // one sentence longer than the cap is cut
        let d = doc("通知", None, &"长".repeat(250));
        let (ms, _) = measures_within(&d, 100);
        let lengths: Vec<usize> = ms.iter().map(|m| m.text.chars().count()).collect();
        assert_eq!(lengths, [100, 100, 50]);
    }
}
