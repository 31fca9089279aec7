//! Stages 1 and 2 on the repository's corpus and on the fixtures in `tests/fixtures/`,
//! without the index. Properties checked:
//! - every gold measure of `tests/eval/measures.jsonl` is found; region is right for all,
//!   domain, lead units and deadline (latest milestone) for at least 95% (field accuracies are
//!   printed: `cargo test --test it pipeline -- --nocapture`);
//! - measure counts of the three numbered plans (山东省 165, 鲅鱼圈区 81, 威海 101 ± 2), and six
//!   documents out of 莱州's notice;
//! - every State Council document yields measures, with region 全国, its 文号 and date;
//! - ids are unique, URL-safe and the same on a second load; `seq` counts from 0;
//! - bad input (binary, empty, undecodable) is skipped with a reason, everything else loads:
//!   a GBK text, an HTML page, a text without metadata that names its region, a notice
//!   without a numbered outline;
//! - dates given as written (sidecar `date`, JSONL `written_date`) are stored as `YYYY-MM-DD`;
//! - every common layout gives its metadata, region and measures (`tests/fixtures/layouts/`,
//!   short excerpts: a 北大法宝 export of 国办发〔2022〕30号, a gov.cn 政策文件库 page of
//!   国办函〔2021〕105号, a 人大 regulation with its info line and letter-spaced chapters, a
//!   provincial notice with its 文号 in parentheses, a date in Chinese numerals and three
//!   attribution styles, and three real development texts of the region set: a central plan
//!   with only its body, a central notice opening with its addressees, a city regulation);
//! - damaged input keeps what it can: one bad byte keeps every measure with a warning naming
//!   file, count and offset; a bad JSON line drops only itself; UTF-16 without BOM reads; a
//!   FIFO is skipped; files over the size cap are skipped and measures over the length cap
//!   split, with warnings; `x.txt` and `x.html` get distinct ids.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use zhengce::{corpus, extract, Document, Measure};

use crate::corpus_dir;

struct Corpus {
    documents: Vec<Document>,
    measures: Vec<Measure>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let loaded = corpus::load_dir(&corpus_dir()).expect("corpus/ loads");
        assert!(loaded.skipped.is_empty(), "skipped: {:?}", loaded.skipped);
        let measures = loaded
            .documents
            .iter()
            .flat_map(extract::measures)
            .collect();
        Corpus {
            documents: loaded.documents,
            measures,
        }
    })
}

fn strip(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Field accuracies over the gold measures, scored as tests/eval/README.md says.
#[derive(Debug, Default)]
struct Scores {
    total: usize,
    found: usize,
    region: usize,
    domain: usize,
    lead: usize,
    responsible: usize,
    deadline: usize,
    title: usize,
    misses: Vec<String>,
}

fn score() -> Scores {
    let gold = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/measures.jsonl"),
    )
    .expect("gold measures");
    let measures: Vec<(String, &Measure)> = corpus()
        .measures
        .iter()
        .map(|m| (strip(&m.text), m))
        .collect();
    let mut s = Scores::default();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: serde_json::Value = serde_json::from_str(line).expect("gold line");
        s.total += 1;
        let contains = strip(g["contains"].as_str().unwrap());
        let doc = g["doc"].as_str().unwrap();
        let Some((_, m)) = measures
            .iter()
            .find(|(text, m)| m.source == doc && text.contains(&contains))
        else {
            s.misses.push(format!("NOT FOUND {contains}"));
            continue;
        };
        s.found += 1;
        let str_of = |v: &serde_json::Value| v.as_str().map(strip).unwrap_or_default();
        let set_of = |v: &serde_json::Value| -> HashSet<String> {
            v.as_array()
                .map(|a| a.iter().filter_map(|x| x.as_str()).map(strip).collect())
                .unwrap_or_default()
        };
        let mut check = |ok: bool, field: &str, want: String, got: String, n: &mut usize| {
            if ok {
                *n += 1;
            } else {
                s.misses.push(format!(
                    "{field}: want {want} got {got} [{}] {contains}",
                    m.id
                ));
            }
        };
        let region = str_of(&g["region"]);
        check(
            region == strip(&m.region),
            "region",
            region,
            m.region.clone(),
            &mut s.region,
        );
        let domain = str_of(&g["domain"]);
        check(
            domain == strip(&m.domain),
            "domain",
            domain,
            m.domain.clone(),
            &mut s.domain,
        );
        let lead = set_of(&g["lead_units"]);
        let got: HashSet<String> = m.lead_units.iter().map(|u| strip(u)).collect();
        check(
            lead == got,
            "lead",
            format!("{lead:?}"),
            format!("{got:?}"),
            &mut s.lead,
        );
        let resp = set_of(&g["responsible_units"]);
        let got: HashSet<String> = m.responsible_units.iter().map(|u| strip(u)).collect();
        check(
            resp == got,
            "responsible",
            format!("{resp:?}"),
            format!("{got:?}"),
            &mut s.responsible,
        );
        let deadline = str_of(&g["deadline"]);
        let got = m.deadlines.iter().max().cloned().unwrap_or_default();
        check(deadline == got, "deadline", deadline, got, &mut s.deadline);
        let title = str_of(&g["title"]);
        let got = strip(m.title.as_deref().unwrap_or(""))
            .trim_end_matches('。')
            .to_owned();
        check(
            title.trim_end_matches('。') == got,
            "title",
            title,
            got,
            &mut s.title,
        );
    }
    s
}

#[test]
fn gold_measures_are_found_with_their_fields() {
    let s = score();
    let pct = |n: usize| 100.0 * n as f64 / s.total as f64;
    println!(
        "gold measures: {} | found {:.1}% | region {:.1}% | domain {:.1}% | lead_units {:.1}% | responsible_units {:.1}% | deadline {:.1}% | title {:.1}%",
        s.total,
        pct(s.found),
        pct(s.region),
        pct(s.domain),
        pct(s.lead),
        pct(s.responsible),
        pct(s.deadline),
        pct(s.title)
    );
    for miss in &s.misses {
        println!("  {miss}");
    }
    assert_eq!(s.total, 60);
    assert_eq!(s.found, s.total, "every gold measure is found");
    assert_eq!(s.region, s.total, "region is right for every gold measure");
    let at_least_95 = |n: usize| n * 100 >= s.total * 95;
    assert!(at_least_95(s.domain), "domain {}/{}", s.domain, s.total);
    assert!(at_least_95(s.lead), "lead units {}/{}", s.lead, s.total);
    assert!(
        at_least_95(s.deadline),
        "deadline {}/{}",
        s.deadline,
        s.total
    );
}

#[test]
fn measure_counts_of_the_numbered_plans() {
    let mut per_source: HashMap<&str, usize> = HashMap::new();
    for m in &corpus().measures {
        *per_source.entry(m.source.as_str()).or_default() += 1;
    }
    println!("measures per file: {per_source:?}");
    assert_eq!(per_source["003_809523ec6351e18d.txt"], 165);
    assert_eq!(per_source["002_d78822511846185f.txt"], 81);
    let weihai = per_source["000_eba30fd5bde1cfa9.txt"];
    assert!((99..=103).contains(&weihai), "威海 plan: {weihai}");
    assert!(per_source["001_99b6bc175654c27b.txt"] >= 30);
}

#[test]
fn laizhou_notice_gives_six_documents() {
    let docs: Vec<&Document> = corpus()
        .documents
        .iter()
        .filter(|d| d.source == "004_1b936b99896f02a7.txt")
        .collect();
    let titles: Vec<&str> = docs.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "减证便民工作实施意见",
            "涉企审批领域流程再造工作实施意见",
            "为民服务领域流程再造工作实施意见",
            "城市管理领域流程再造工作实施意见",
            "项目落地建设流程再造工作实施意见",
            "推进机关工作流程再造实施意见",
        ]
    );
    assert_eq!(docs[1].id, "004_1b936b99896f02a7-2");
    for doc in docs {
        assert_eq!(doc.region, "山东省/烟台市/莱州市");
        assert_eq!(doc.date.as_deref(), Some("2020-04-24"));
        assert!(!doc.text.contains("—18—"));
        assert!(
            !extract::measures(doc).is_empty(),
            "{} has measures",
            doc.title
        );
    }
}

#[test]
fn every_state_council_document_yields_measures() {
    let docs: Vec<&Document> = corpus()
        .documents
        .iter()
        .filter(|d| d.source == "govcn-state-council-2019.jsonl")
        .collect();
    assert_eq!(docs.len(), 60);
    assert_eq!(docs[6].id, "govcn-state-council-2019-07");
    for doc in docs {
        let measures = extract::measures(doc);
        assert!(!measures.is_empty(), "{} yields measures", doc.id);
        assert_eq!(doc.region, "全国", "{}", doc.id);
        assert!(doc.doc_number.is_some(), "{} has a 文号", doc.id);
        assert!(doc.date.is_some(), "{} has a date", doc.id);
        for m in &measures {
            assert_eq!(m.region, "全国");
            assert_eq!(m.doc_number, doc.doc_number);
        }
    }
}

#[test]
fn ids_are_unique_url_safe_and_stable() {
    let mut seen = HashSet::new();
    for m in &corpus().measures {
        assert!(seen.insert(m.id.as_str()), "duplicate id {}", m.id);
        assert!(
            m.id.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)),
            "id {} is URL-safe",
            m.id
        );
        assert!(m.id.starts_with(&m.doc_id));
        assert!(!m.text.trim().is_empty());
    }
    let again = corpus::load_dir(&corpus_dir()).unwrap();
    let ids: Vec<String> = again
        .documents
        .iter()
        .flat_map(extract::measures)
        .map(|m| m.id)
        .collect();
    let first: Vec<&str> = corpus().measures.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, first);
    let weihai = corpus()
        .measures
        .iter()
        .find(|m| m.source == "000_eba30fd5bde1cfa9.txt")
        .unwrap();
    assert_eq!(weihai.seq, 0);
    assert_eq!(weihai.id, "000_eba30fd5bde1cfa9.3-1-1");
}

#[test]
fn non_measures_and_chrome_are_not_measures() {
    for m in corpus()
        .measures
        .iter()
        .filter(|m| !m.source.ends_with(".jsonl"))
    {
        for word in [
            "扫一扫在手机打开当前页",
            "以习近平新时代中国特色社会主义思想为指导",
            "责任领导:",
        ] {
            assert!(!m.text.contains(word), "{} contains {word}", m.id);
        }
    }
}

#[test]
fn bad_files_are_skipped_with_a_reason_and_the_rest_loads() {
    let loaded = corpus::load_dir(&fixtures_dir()).expect("fixtures load");
    let skipped: HashMap<String, String> = loaded
        .skipped
        .iter()
        .map(|s| {
            let name = s.path.file_name().unwrap().to_string_lossy().into_owned();
            (name, s.reason.clone())
        })
        .collect();
    assert_eq!(skipped.len(), 4, "{skipped:?}");
    assert!(skipped["blob.bin"].contains("binary"));
    assert!(skipped["scan.pdf"].contains("PDF"));
    assert!(skipped["empty.txt"].contains("empty"));
    assert!(skipped["garbled.txt"].contains("undecodable"));
    assert_eq!(loaded.documents.len(), 11);
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

fn layout(name: &str) -> (Document, Vec<Measure>) {
    fixture(&format!("layouts/{name}"))
}

fn texts(measures: &[Measure]) -> String {
    measures
        .iter()
        .map(|m| m.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_pkulaw_export_gives_its_info_lines_as_metadata() {
    let (doc, measures) = layout("pkulaw-export.txt");
    assert_eq!(
        doc.title,
        "国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见"
    );
    assert_eq!(doc.issuer.as_deref(), Some("国务院办公厅"));
    assert_eq!(doc.doc_number.as_deref(), Some("国办发〔2022〕30号"));
    assert_eq!(
        doc.date.as_deref(),
        Some("2022-08-31"),
        "signed, not published"
    );
    assert_eq!(doc.region, "全国");
    assert_eq!(measures.len(), 2);
    assert_eq!(measures[0].number, "一、(一)");
    assert_eq!(measures[0].lead_units, ["国家发展改革委", "商务部"]);
    assert_eq!(measures[0].responsible_units, ["市场监管总局"]);
    let all = texts(&measures);
    for info in [
        "法宝引证码",
        "原文链接",
        "发布部门",
        "国务院办公厅\n2022年",
        "此件",
    ] {
        assert!(!all.contains(info), "{info} in {all}");
    }
}

#[test]
fn a_govcn_page_gives_its_table_as_metadata() {
    let (doc, measures) = layout("govcn-page.html");
    assert_eq!(
        doc.title,
        "国务院办公厅关于印发全国一体化政务服务平台移动端建设指引的通知"
    );
    assert_eq!(doc.issuer.as_deref(), Some("国务院办公厅"));
    assert_eq!(doc.doc_number.as_deref(), Some("国办函〔2021〕105号"));
    assert_eq!(doc.date.as_deref(), Some("2021-09-28"));
    assert_eq!(doc.region, "全国");
    assert_eq!(measures.len(), 1, "{measures:#?}");
    assert_eq!(measures[0].lead_units, ["国务院办公厅"]);
    assert_eq!(measures[0].deadlines, ["2022-12"]);
    assert!(!texts(&measures).contains("索引号"));
}

#[test]
fn a_regulation_gives_its_enacting_body_and_chapters() {
    let (doc, measures) = layout("npc-regulation.txt");
    assert_eq!(doc.title, "关于加强经济工作监督的决定");
    assert_eq!(doc.region, "河南省");
    assert_eq!(doc.issuer.as_deref(), Some("河南省人民代表大会常务委员会"));
    assert_eq!(doc.date.as_deref(), Some("2021-11-26"));
    let numbers: Vec<&str> = measures.iter().map(|m| m.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["第二条", "第三条"],
        "general and final provisions are no measures"
    );
    assert_eq!(measures[0].section, "第二章监督内容");
    assert!(
        !texts(&measures).contains("第三章"),
        "no chapter heading glued on"
    );
}

#[test]
fn a_provincial_notice_with_its_number_in_parentheses_and_three_attribution_styles() {
    let (doc, measures) = layout("provincial-notice.txt");
    assert_eq!(doc.doc_number.as_deref(), Some("皖政办秘〔2021〕82号"));
    assert_eq!(
        doc.date.as_deref(),
        Some("2021-09-30"),
        "二○二一年九月三十日"
    );
    assert_eq!(doc.issuer.as_deref(), Some("安徽省人民政府办公厅"));
    assert_eq!(doc.region, "安徽省");
    let numbers: Vec<&str> = measures.iter().map(|m| m.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["一、1.", "一、2.", "二、3."],
        "保障措施 without units is no measure"
    );
    // 「(X牵头,Y、Z按职责分工负责)」
    assert_eq!(measures[0].lead_units, ["省市场监管局"]);
    assert_eq!(measures[0].responsible_units, ["省公安厅", "省税务局"]);
    assert_eq!(
        measures[0].deadlines,
        ["2021-12"],
        "年底前 in the document's year"
    );
    // 「(责任单位:X(牵头)、Y)」
    assert_eq!(measures[1].lead_units, ["省市场监管局"]);
    assert_eq!(measures[1].responsible_units, ["省数据资源局"]);
    // 「牵头单位:X」 / 「参加单位:Y、Z」 on lines of their own
    assert_eq!(measures[2].lead_units, ["省住房城乡建设厅"]);
    assert_eq!(
        measures[2].responsible_units,
        ["省自然资源厅", "省发展改革委"]
    );
    assert_eq!(measures[2].domain, "办理建筑许可");
    let last = &measures[2].text;
    assert!(!last.contains("抄送") && !last.contains("印发"), "{last}");
}

#[test]
fn a_central_text_with_only_its_body_is_national() {
    let (doc, measures) = layout("central-body-only.txt");
    assert_eq!(doc.region, "全国");
    assert_eq!(doc.doc_number, None);
    assert_eq!(measures.len(), 2, "指导思想 is no measure");
    assert_eq!(
        measures[0].lead_units,
        ["国家卫生健康委", "国务院办公厅", "工业和信息化部"]
    );
    assert_eq!(measures[1].lead_units, ["交通运输部"]);
}

#[test]
fn a_central_notice_is_not_placed_by_its_addressees() {
    let (doc, measures) = layout("central-addressee.txt");
    assert_eq!(doc.region, "全国", "新疆生产建设兵团 is an addressee");
    assert_eq!(doc.issuer.as_deref(), Some("工业和信息化部办公厅"));
    assert_eq!(doc.date.as_deref(), Some("2017-08-15"));
    assert!(!measures.is_empty());
    assert!(!texts(&measures).contains("联系电话"));
}

#[test]
fn a_city_regulation_stays_with_its_city() {
    let (doc, measures) = layout("city-regulation.txt");
    assert_eq!(
        doc.region, "河南省/商丘市",
        "not 睢阳区, which its articles name"
    );
    assert_eq!(measures.len(), 2);
}

/// A corpus directory holding `files` (name, bytes), loaded with `limits`.
fn load_files(files: &[(&str, Vec<u8>)], limits: &corpus::Limits) -> corpus::Loaded {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    corpus::load_dir_with(dir.path(), limits).unwrap()
}

const PLAN: &str = "某市优化营商环境若干措施\n一、开办企业\n1.压缩开办时间。企业开办1个工作日办结。(牵头单位:市市场监管局)\n2.免费刻制印章。新开办企业免费刻制公章。(牵头单位:市公安局)\n";

#[test]
fn one_bad_byte_keeps_every_measure_and_is_named_in_a_warning() {
    let mut bytes = PLAN.as_bytes().to_vec();
    let at = PLAN.find("2.免费").unwrap();
    bytes.insert(at, 0xFF);
    let loaded = load_files(&[("plan.txt", bytes)], &corpus::Limits::default());
    assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    let measures = extract::measures(&loaded.documents[0]);
    assert_eq!(measures.len(), 2);
    assert_eq!(loaded.warnings.len(), 1);
    let warning = loaded.warnings[0].to_string();
    assert!(warning.contains("plan.txt"), "{warning}");
    assert!(
        warning.contains("1 invalid UTF-8 byte sequence"),
        "{warning}"
    );
    assert!(warning.contains(&format!("byte {at}")), "{warning}");
}

#[test]
fn a_bad_json_line_drops_that_line_only() {
    let line = |title: &str| {
        serde_json::json!({"title": title, "issuer": "国务院", "text": "一、总体要求\n(一)加强组织实施,推动政策落地见效。"}).to_string()
    };
    let mut bytes = format!("{}\n{{not json\n{}\n", line("甲通知"), line("乙通知")).into_bytes();
    // and one bad byte inside the third line's text
    let at = String::from_utf8_lossy(&bytes).rfind("推动").unwrap();
    bytes.insert(at, 0xFF);
    let loaded = load_files(&[("gov.jsonl", bytes)], &corpus::Limits::default());
    let titles: Vec<&str> = loaded.documents.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(titles, ["甲通知", "乙通知"]);
    assert_eq!(loaded.skipped.len(), 1);
    assert!(
        loaded.skipped[0].reason.starts_with("line 2:"),
        "{}",
        loaded.skipped[0]
    );
    assert_eq!(loaded.warnings.len(), 1, "the bad byte is reported");
}

#[test]
fn utf16_without_bom_is_read() {
    let bytes: Vec<u8> = PLAN.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let loaded = load_files(&[("plan.txt", bytes)], &corpus::Limits::default());
    assert_eq!(loaded.documents.len(), 1, "{:?}", loaded.skipped);
    assert_eq!(extract::measures(&loaded.documents[0]).len(), 2);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_skipped_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.txt"), PLAN).unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let loaded = corpus::load_dir(dir.path()).unwrap();
    assert_eq!(loaded.documents.len(), 1);
    assert_eq!(loaded.skipped.len(), 1);
    assert_eq!(loaded.skipped[0].path, fifo);
    assert!(
        loaded.skipped[0].reason.contains("FIFO"),
        "{}",
        loaded.skipped[0]
    );
}

#[test]
fn files_over_the_size_cap_are_skipped_and_long_measures_split() {
    let limits = corpus::Limits {
        max_file_bytes: 1_000,
        max_measure_chars: 200,
    };
    let long_line = "推进政务服务标准化规范化便利化。".repeat(20);
    let loaded = load_files(
        &[
            ("plan.txt", PLAN.as_bytes().to_vec()),
            ("big.txt", PLAN.repeat(10).into_bytes()),
            ("oneline.txt", long_line.clone().into_bytes()),
        ],
        &limits,
    );
    assert_eq!(loaded.skipped.len(), 1);
    assert!(loaded.skipped[0].path.ends_with("big.txt"));
    assert!(
        loaded.skipped[0].reason.contains("limit"),
        "{}",
        loaded.skipped[0]
    );
    let one_line = loaded
        .documents
        .iter()
        .find(|d| d.source == "oneline.txt")
        .unwrap();
    let (measures, warnings) = extract::measures_within(one_line, limits.max_measure_chars);
    assert_eq!(measures.len(), 2);
    assert!(measures.iter().all(|m| m.text.chars().count() <= 200));
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("320 characters"), "{}", warnings[0]);
}

#[test]
fn files_of_one_stem_get_distinct_ids() {
    let html = format!(
        "<html><body><p>{}</p></body></html>",
        PLAN.replace('\n', "</p><p>")
    );
    let loaded = load_files(
        &[
            ("x.txt", PLAN.as_bytes().to_vec()),
            ("x.html", html.into_bytes()),
        ],
        &corpus::Limits::default(),
    );
    let ids: HashSet<String> = loaded
        .documents
        .iter()
        .flat_map(extract::measures)
        .map(|m| m.id)
        .collect();
    assert_eq!(ids.len(), 4, "{ids:?}");
}

fn fixture(source: &str) -> (Document, Vec<Measure>) {
    let loaded = corpus::load_dir(&fixtures_dir()).expect("fixtures load");
    let doc = loaded
        .documents
        .into_iter()
        .find(|d| d.source == source)
        .unwrap_or_else(|| panic!("{source} loads"));
    let measures = extract::measures(&doc);
    (doc, measures)
}

#[test]
fn a_gbk_text_is_decoded() {
    let (doc, measures) = fixture("gbk-linyi.txt");
    assert_eq!(doc.title, "临沂市优化营商环境若干措施");
    assert_eq!(doc.doc_number.as_deref(), Some("临政办发〔2021〕3号"));
    assert_eq!(doc.region, "山东省/临沂市");
    assert_eq!(measures.len(), 3);
    assert_eq!(measures[0].lead_units, ["市行政审批服务局"]);
    assert_eq!(measures[0].deadlines, ["2021-06"]);
    assert_eq!(measures[1].status.as_deref(), Some("已完成,长期坚持"));
    assert_eq!(measures[2].domain, "纳税");
}

#[test]
fn an_html_page_is_reduced_to_its_text() {
    let (doc, measures) = fixture("html-shengzhou.html");
    assert_eq!(doc.title, "嵊州市优化营商环境十条措施");
    assert_eq!(doc.region, "浙江省/绍兴市/嵊州市");
    assert!(!doc.text.contains("var x"));
    assert!(!doc.text.contains("扫一扫"));
    assert_eq!(measures.len(), 2);
    assert_eq!(
        measures[1].text,
        "降低用电成本。对小微企业实行“零投资”接电。\n牵头单位:国网嵊州市供电公司"
    );
    assert_eq!(measures[1].domain, "获得电力");
}

#[test]
fn a_text_without_metadata_gets_the_region_it_names() {
    let (doc, measures) = fixture("noregion-linshu.txt");
    assert_eq!(doc.region, "山东省/临沂市/临沭县");
    assert_eq!(measures.len(), 2, "工作目标 is not a measure");
    assert_eq!(measures[0].responsible_units, ["县市场监管局", "县税务局"]);
    assert_eq!(measures[0].deadlines, ["2022-12"]);
}

#[test]
fn a_notice_without_outline_is_indexed_by_paragraph() {
    let (doc, measures) = fixture("notice-xihu.txt");
    assert_eq!(doc.region, "浙江省/杭州市/西湖区");
    assert_eq!(doc.date.as_deref(), Some("2023-01-10"));
    assert_eq!(doc.issuer.as_deref(), Some("杭州市西湖区人民政府办公室"));
    assert_eq!(measures.len(), 3);
    assert_eq!(measures[1].deadlines, ["2023-01"]);
}

#[test]
fn seed_metadata_is_inferred_without_the_metadata_files() {
    let expected = [
        (
            "000_eba30fd5bde1cfa9.txt",
            "山东省/威海市",
            Some("威办发〔2020〕7号"),
            Some("2020-07-24"),
        ),
        (
            "001_99b6bc175654c27b.txt",
            "山东省/威海市/威海经济技术开发区",
            None,
            None,
        ),
        (
            "002_d78822511846185f.txt",
            "辽宁省/营口市/鲅鱼圈区",
            Some("鲅政办发〔2022〕1号"),
            Some("2022-03-23"),
        ),
        ("003_809523ec6351e18d.txt", "山东省", None, None),
        (
            "004_1b936b99896f02a7.txt",
            "山东省/烟台市/莱州市",
            None,
            Some("2020-04-24"),
        ),
    ];
    for (file, region, number, date) in expected {
        let bytes = std::fs::read(corpus_dir().join(file)).unwrap();
        let text = corpus::decode::read_text(&bytes).unwrap();
        let docs = corpus::documents(&text, "x", file, &Default::default()).unwrap();
        let doc = &docs[0];
        assert_eq!(doc.region, region, "{file}");
        assert_eq!(doc.doc_number.as_deref(), number, "{file}");
        assert_eq!(doc.date.as_deref(), date, "{file}");
    }
}

#[test]
fn given_dates_are_normalised_at_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        "关于优化营商环境的实施方案\n一、企业开办\n（一）压缩开办时间。企业开办1个工作日办结。\n";
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    std::fs::write(dir.path().join("a.toml"), "date = \"20200724\"\n").unwrap();
    let record = serde_json::json!({
        "title": "关于优化营商环境的实施方案",
        "written_date": "2021年3月5日",
        "text": text,
    });
    std::fs::write(dir.path().join("b.jsonl"), format!("{record}\n")).unwrap();
    let loaded = corpus::load_dir(dir.path()).unwrap();
    let dates: Vec<(&str, Option<&str>)> = loaded
        .documents
        .iter()
        .map(|d| (d.source.as_str(), d.date.as_deref()))
        .collect();
    assert_eq!(
        dates,
        [
            ("a.txt", Some("2020-07-24")),
            ("b.jsonl", Some("2021-03-05"))
        ]
    );
}
