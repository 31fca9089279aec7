//! Input as it comes: bad input (binary, empty, undecodable) is skipped with a reason,
//! everything else loads: a GBK text, an HTML page, a text without metadata that names its
//! region, a notice without a numbered outline; damaged input keeps what it can: one bad byte
//! keeps every measure with a warning naming file, count and offset; a bad JSON line drops
//! only itself; UTF-16 without BOM reads; a FIFO is skipped; files over the size cap are
//! skipped and measures over the length cap split, with warnings; `x.txt` and `x.html` get
//! distinct ids.

use std::collections::{HashMap, HashSet};

use zhengce::{corpus, extract, Document, Measure};

use crate::pipeline::fixtures_dir;

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

pub fn fixture(source: &str) -> (Document, Vec<Measure>) {
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
    let parts: Vec<Option<&str>> = measures.iter().map(|m| m.part.as_deref()).collect();
    assert_eq!(
        parts,
        [Some("目标"), None, None],
        "工作目标 is indexed as a part, no measure"
    );
    assert_eq!(measures[1].responsible_units, ["县市场监管局", "县税务局"]);
    assert_eq!(measures[1].deadlines, ["2022-12"]);
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
