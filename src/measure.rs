//! The two records every stage passes on: a [`Document`] (one policy text, normalised, with
//! its metadata) and a [`Measure`] (one numbered measure of it, the unit we index and cite).

use serde::{Deserialize, Serialize};

/// One policy document. A corpus file may hold several (莱州's notice holds six 实施意见).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Stable, URL-safe id derived from the source file and the document's place in it.
    pub id: String,
    /// The corpus file it came from, relative to the corpus directory.
    pub source: String,
    /// 标题.
    pub title: String,
    /// 文号, e.g. 威办发〔2020〕7号.
    pub doc_number: Option<String>,
    /// 发文机关, as written.
    pub issuer: Option<String>,
    /// 成文日期, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when that is all the text says).
    pub date: Option<String>,
    /// The year the document belongs to: its date's year, else, for a plan that states no
    /// date, the one year its title names (2022年行动计划) or its 文号's year (〔2021〕). The
    /// year filter reads it; `date` stays empty when no date is written.
    #[serde(default)]
    pub year: Option<u32>,
    /// Region path, province → city → county / zone (`山东省/威海市`), or `全国`; empty
    /// when nothing in the text tells (shown as 未知地区).
    pub region: String,
    /// Who published the copy we have (a site reprinting the document), when known.
    pub publisher: Option<String>,
    /// Where the original is published (`http://www.gov.cn/zhengce/content/…`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The normalised body text: NFKC, PDF artefacts and site chrome removed, one paragraph a line.
    pub text: String,
    /// The opening words of a text with no title line (「为贯彻落实《…》」, 「煤矿智能化是…」):
    /// never shown as its title, but indexed with the title's words, since a policy text's first
    /// sentence states what it is about as a title would. `None` for a titled document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<String>,
    /// True when the text has no title line and `title` is its file's name: pages and
    /// citations must not present a file name as the document's own (《》).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub untitled: bool,
}

/// One measure (措施): what will be done, by whom, by when, in which domain.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Measure {
    /// Stable across rebuilds of the same corpus: document id + outline position; no `/`.
    pub id: String,
    /// The document it belongs to.
    pub doc_id: String,
    /// The document's title.
    pub doc_title: String,
    /// The document's opening words when it has no title line ([`Document::lead`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_lead: Option<String>,
    /// The document has no title line: `doc_title` is its file's name ([`Document::untitled`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub doc_untitled: bool,
    /// The corpus file it came from.
    pub source: String,
    /// The document's 文号.
    pub doc_number: Option<String>,
    /// The document's issuer.
    pub issuer: Option<String>,
    /// The document's date.
    pub date: Option<String>,
    /// The document's year (see [`Document::year`]).
    #[serde(default)]
    pub year: Option<u32>,
    /// Region path (`山东省/威海市`) or `全国`; empty when unknown.
    pub region: String,
    /// One of the canonical domains (开办企业, 纳税, …).
    pub domain: String,
    /// The heading path as written, outermost first, joined by ` > `.
    pub section: String,
    /// Its outline position as written, to cite it by: the markers of its headings and its
    /// own, outermost first (「四、(一)」, 「(十五)7.」, 「第十二条」, 「三、3.」); empty for a
    /// paragraph of a text without outline.
    #[serde(default)]
    pub number: String,
    /// The measure's own short title, when it has one (降低企业开办成本).
    pub title: Option<String>,
    /// The measure as written, normalised, its number dropped, its attribution kept.
    pub text: String,
    /// 牵头单位, as written, in order.
    pub lead_units: Vec<String>,
    /// 责任单位 / 配合单位, as written, in order.
    pub responsible_units: Vec<String>,
    /// Every milestone, `YYYY-MM`, in the order written.
    pub deadlines: Vec<String>,
    /// 已完成,持续推进 / 长期坚持 … when stated.
    pub status: Option<String>,
    /// Position of the measure within its document, from 0: previous/next links.
    pub seq: u32,
    /// The part of the document that is no operative measure it comes from: a regulation's
    /// general or final provisions (总则: purpose, scope, who is in charge, definitions;
    /// 附则: terms, entry into force), as the heading names it (`data/outline.toml`,
    /// `indexed_parts`). People ask about these (「这个条例什么时候施行」, 「归哪个部门管」), so
    /// they are indexed and answered from; but they grant nothing and are no precedent, so
    /// the readers that count operative measures (benefits, precedents) pass over them.
    /// `None` for an operative measure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// 受益对象: who the measure benefits, canonical labels of `data/beneficiaries.toml`.
    #[serde(default)]
    pub beneficiaries: Vec<String>,
    /// 惠企方式: what it grants, canonical labels of `data/benefit_types.toml`.
    #[serde(default)]
    pub benefit_types: Vec<String>,
    /// The figures that state how much (最高50万元, 1%, 5个工作日), in reading order.
    #[serde(default)]
    pub amounts: Vec<Amount>,
    /// Where each benefit type is granted: the sentence that grants it.
    #[serde(default)]
    pub grants: Vec<Grant>,
}

/// A figure stating the size of a benefit, bound to the group the sentence gives it to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Amount {
    /// As written, with its qualifier (最高50万元, 不超过1%, 压缩至3个工作日).
    pub text: String,
    /// The number as written (50 for 50万元, 8.5 for 8.5折).
    pub value: f64,
    /// The unit as stored (万元, %, 个工作日, 份 …; see `data/benefit_amounts.toml`).
    pub unit: String,
    /// The beneficiary label the sentence binds the figure to, when it names one.
    pub beneficiary: Option<String>,
    /// The benefit type granted in the figure's clause, when there is one.
    pub benefit_type: Option<String>,
    /// Character offsets of `text` in the measure's text (start inclusive, end exclusive).
    pub start: usize,
    /// End of `text`, in characters.
    pub end: usize,
}

/// One benefit type granted by a measure, with the sentence that grants it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Grant {
    /// The benefit type (a label of `data/benefit_types.toml`).
    pub benefit_type: String,
    /// The beneficiaries named in the granting sentence (or the measure's, when it names none).
    pub beneficiaries: Vec<String>,
    /// The granting sentence, as written.
    pub sentence: String,
    /// Character offsets of the sentence in the measure's text (start inclusive).
    pub start: usize,
    /// End of the sentence, in characters.
    pub end: usize,
}

impl Measure {
    /// The document as a citation names it: 《title》, or, for a text with no title line, its
    /// file's name marked so (「d0333(原文无标题)」) — a file name in 《》 reads as the
    /// document's own title, and an official copying the citation would quote one that does
    /// not exist.
    pub fn cited_doc_title(&self) -> String {
        cited_title(&self.doc_title, self.doc_untitled)
    }

    /// How the measure is cited: its outline position as written (「(十五)7.」, 「第十二条」),
    /// else, for a paragraph of a text without outline, its place among the document's
    /// measures (「第5条」).
    pub fn cited_number(&self) -> String {
        if self.number.trim().is_empty() {
            format!("第{}条", self.seq + 1)
        } else {
            self.number.clone()
        }
    }
}

/// A measure's title and text run together: what its coverage of a question and the
/// evaluation's scoring rule read.
pub fn title_and_text(title: Option<&str>, text: &str) -> String {
    match title {
        Some(title) => format!("{title}{text}"),
        None => text.to_owned(),
    }
}

/// A document's title as cited ([`Measure::cited_doc_title`]).
pub fn cited_title(title: &str, untitled: bool) -> String {
    if untitled {
        format!("{title}(原文无标题)")
    } else {
        format!("《{title}》")
    }
}
