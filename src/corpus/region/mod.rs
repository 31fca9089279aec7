//! The region a document comes from, read from weighted evidence when no metadata states it.
//!
//! Chinese official documents say who issued them in a few fixed places, and those places
//! weigh most: the stated issuer and the 文号 (its 机关代字), then the title (「发文机关关于
//! 事由的文种」, or 「北京市…条例」 for a regulation), then the signature block and the
//! 人大 enacting line (「XX市第X届人民代表大会常务委员会第X次会议通过」), then unit names in the
//! body (青岛市行政审批服务局, 工业和信息化部, 省发展改革委), then place names anywhere else. A
//! place name counts only as a whole name: with its suffix (威海市), or as a short form (威海)
//! where the position makes it a place (opening an issuer or a title, right after its parent);
//! ordinary words that contain a name (中华人民共和国, 合作市场) are masked first
//! (`data/place-words.toml`). Central bodies (`data/central-bodies.txt`) and central 文号
//! prefixes (`data/central-docnumber-prefixes.txt`) speak for `全国`, and so do the national
//! subordinates a central text addresses (各省、自治区、直辖市, `data/scope-words.toml`);
//! self-references (本市, 全省, 省发展改革委) tell the level of a local issuer. Addressee and
//! 抄送 lines name the readers, not the issuer: their places are not evidence.
//!
//! The region is then the place with the most evidence, descending from a province to a city
//! or county only while the lower place has more evidence of its own than the one above it
//! (a city regulation that mentions a county stays the city's). `全国` wins when the national
//! evidence outweighs every local one. No evidence → no region, never a guess.
//!
//! `cues.rs` holds the word lists and patterns, `places.rs` finds the names a text gives,
//! `tally.rs` weighs them and chooses.

mod cues;
mod levels;
mod places;
mod tally;

use cues::CUES;
use places::{central_bodies, Mode};
use tally::Tally;

/// The region of central documents.
pub const NATIONAL: &str = "全国";

/// How much one piece of evidence weighs, by where it is written.
mod weight {
    /// The issuer stated by the corpus (a metadata file, a JSON Lines field, an info line).
    pub const ISSUER: f64 = 100.0;
    /// The document's own 文号.
    pub const DOC_NUMBER: f64 = 80.0;
    /// The issuer position of the title: before 关于, or the place a regulation's title opens with.
    pub const TITLE_ISSUER: f64 = 40.0;
    /// A signature line, a 人大 enacting line, the level an addressee line implies.
    pub const SIGNATURE: f64 = 30.0;
    /// Elsewhere in the title.
    pub const TITLE: f64 = 10.0;
    /// A unit named in the body (a place name with an organ after it, a central body, a
    /// self-reference such as 省发展改革委 or 全市), or the publisher of a web page.
    pub const UNIT: f64 = 4.0;
    /// Any other place name in the body.
    pub const BODY: f64 = 1.0;
}

/// What region inference reads about one document.
#[derive(Debug, Clone, Copy, Default)]
pub struct Clues<'a> {
    /// 发文机关 as the corpus states it.
    pub issuer: Option<&'a str>,
    /// The document's own 文号 (stated, or read from its head).
    pub doc_number: Option<&'a str>,
    /// 标题.
    pub title: &'a str,
    /// Lines of the signature block and the enacting body, as read from the text.
    pub signatures: &'a [String],
    /// Who published the copy (文章来源 of a web page).
    pub publisher: Option<&'a str>,
    /// The normalised text.
    pub text: &'a str,
}

/// The region path of a document; `None` when nothing in it tells.
pub fn infer(clues: &Clues) -> Option<String> {
    let mut tally = Tally::default();
    if let Some(issuer) = clues.issuer {
        tally.read(issuer, weight::ISSUER, Mode::Issuer);
    }
    if let Some(number) = clues.doc_number {
        let number = number.trim_start_matches(['(', '[', '〔']);
        if CUES.prefixes.iter().any(|p| number.starts_with(p.as_str())) {
            tally.add_national(weight::DOC_NUMBER);
        }
    }
    tally.read_title(clues.title);
    for line in clues.signatures {
        tally.read(line, weight::SIGNATURE, Mode::Issuer);
    }
    if let Some(publisher) = clues.publisher {
        tally.read(publisher, weight::UNIT, Mode::Issuer);
    }
    tally.read_body(clues.text);
    tally.choose()
}

/// True when `issuer` names a central body (国务院, 工业和信息化部 …).
pub fn is_central(issuer: &str) -> bool {
    !central_bodies(issuer).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(
        issuer: Option<&str>,
        title: &str,
        doc_number: Option<&str>,
        text: &str,
    ) -> Option<String> {
        infer(&Clues {
            issuer,
            doc_number,
            title,
            text,
            ..Clues::default()
        })
    }

    #[test]
    fn central_documents_are_national() {
        assert_eq!(
            region(Some("国务院办公厅"), "关于…的通知", None, "").as_deref(),
            Some(NATIONAL)
        );
        assert_eq!(
            region(None, "通知", Some("国发〔2019〕5号"), "").as_deref(),
            Some(NATIONAL)
        );
        assert_eq!(
            region(None, "商务部关于公布首批示范智慧商圈名单的通知", None, "").as_deref(),
            Some(NATIONAL)
        );
    }

    #[test]
    fn addressees_of_a_central_text_are_not_its_region() {
        let text = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门:\n为推动产业发展,现将有关事项通知如下。\n一、加强组织实施。";
        assert_eq!(region(None, "", None, text).as_deref(), Some(NATIONAL));
    }

    #[test]
    fn ministries_acting_in_the_body_make_a_central_text() {
        let text = "为贯彻落实党中央、国务院决策部署,制定本方案。\n(一)加快标准研制。工业和信息化部会同国家发展改革委负责。\n(二)各省(区、市)要加强组织实施。";
        assert_eq!(region(None, "", None, text).as_deref(), Some(NATIONAL));
        // education departments everywhere are no ministry; a local bureau is local
        let local = "全省教育部门要加强领导。\n省发展改革委、省教育厅负责。\n结合山东实际推进。";
        assert_eq!(region(None, "", None, local).as_deref(), Some("山东省"));
    }

    #[test]
    fn ordinary_words_are_no_places() {
        let text = "根据《中华人民共和国档案法》,结合本市实际,制定本办法。\n农村集体经济组织和合作市场主体";
        assert_eq!(
            region(None, "北京市实施《中华人民共和国档案法》办法", None, text).as_deref(),
            Some("北京市")
        );
        assert_eq!(
            region(None, "", None, "省、市和县人民政府应当加强领导。"),
            None
        );
    }

    #[test]
    fn the_enacting_body_gives_the_region() {
        let text = "第一条 为了保证代表依法视察,制定本办法。\n第三十条 本办法自公布之日起施行。1993年7月30日北京市第十届人民代表大会常务委员会第四次会议通过的《视察办法》同时废止。";
        assert_eq!(
            region(None, "关于代表视察的若干规定", None, text).as_deref(),
            Some("北京市")
        );
    }

    #[test]
    fn a_city_regulation_stays_with_the_city() {
        let text = "第一条 为了保护嵩山历史建筑群,制定本条例。\n第五条 登封市人民政府负责本行政区域内的保护工作。\n第六条 登封市文物主管部门具体实施。";
        assert_eq!(
            region(None, "郑州市嵩山历史建筑群保护管理条例", None, text).as_deref(),
            Some("河南省/郑州市")
        );
        assert_eq!(
            region(
                None,
                "河南省开封城墙保护条例",
                None,
                "开封市人民政府负责保护。"
            )
            .as_deref(),
            Some("河南省")
        );
    }

    #[test]
    fn a_city_without_counties_is_one_place() {
        assert_eq!(
            region(None, "东莞市零散工业废水管理条例", None, "").as_deref(),
            Some("广东省/东莞市")
        );
    }

    #[test]
    fn district_units_pick_the_district_named_in_the_title() {
        let text = "1.推行开办企业全程网办。\n牵头单位:区营商局、区行政审批局\n责任单位:区税务局";
        assert_eq!(
            region(None, "鲅鱼圈区营商环境优化行动方案", None, text).as_deref(),
            Some("辽宁省/营口市/鲅鱼圈区")
        );
    }

    #[test]
    fn province_units_pick_the_province_the_text_names() {
        let text = "1.提升设立登记便利度。(牵头单位:省市场监管局)\n2.压减接电环节。(牵头单位:国网山东省电力公司)\n3.推动出台《山东省知识产权保护和促进条例》。(牵头单位:省市场监管局)";
        assert_eq!(
            region(None, "营商环境创新2022年行动计划", None, text).as_deref(),
            Some("山东省")
        );
    }

    #[test]
    fn county_level_city_beats_its_prefecture() {
        let text = "中共莱州市委办公室\n1.开展全面梳理。\n牵头单位:市司法局\n2.形成清单。\n牵头单位:市司法局\n烟台市住房公积金管理中心莱州分中心";
        assert_eq!(
            region(
                Some("中共莱州市委办公室 莱州市人民政府办公室"),
                "减证便民工作实施意见",
                None,
                text
            )
            .as_deref(),
            Some("山东省/烟台市/莱州市")
        );
    }

    #[test]
    fn a_text_citing_only_national_documents_is_national() {
        let text = "为贯彻落实《生成式人工智能服务管理暂行办法》关于对生成内容进行标识的要求,本文件给出了内容标识方法。\n1 范围\n本文件适用于服务提供者。";
        assert_eq!(region(None, "", None, text).as_deref(), Some(NATIONAL));
        // a local text cites national documents too: its own place and units outweigh them
        let local = "为贯彻落实《优化营商环境条例》《山东省优化营商环境条例》,结合全省实际,制定本方案。\n(一)省发展改革委牵头推进。";
        assert_eq!(region(None, "", None, local).as_deref(), Some("山东省"));
        // only a ministry calls itself 我部
        let ministry = "请于8月31日前报我部备案。";
        assert_eq!(region(None, "", None, ministry).as_deref(), Some(NATIONAL));
    }

    #[test]
    fn an_issuer_outweighs_mentions_and_a_venue_is_no_evidence() {
        // a central text about one province: its issuer position says central
        let text = "支持贵州加快发展。\n(一)贵州要加快建设。贵州省人民政府负责推进。\n(二)贵州省要完善机制。贵州省人民政府统筹。\n(三)贵州要加强保障。";
        assert_eq!(
            region(None, "国务院关于支持贵州加快发展的意见", None, text).as_deref(),
            Some(NATIONAL)
        );
        let news = "第二届智慧城市论坛在深圳市召开,与会代表交流了经验。";
        assert_eq!(region(None, "", None, news), None);
    }

    #[test]
    fn no_evidence_no_region() {
        assert_eq!(region(None, "", None, "为加强管理,制定本办法。"), None);
    }
}
