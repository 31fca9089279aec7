//! Stages 1 and 2 on the repository's corpus, without the index. Properties checked here:
//! - every gold measure of `tests/eval/measures.jsonl` is found; region is right for all,
//!   domain, lead units and deadline (latest milestone) for at least 95% (field accuracies are
//!   printed: `cargo test --test it pipeline -- --nocapture`);
//! - measure counts of the three numbered plans (山东省 165, 鲅鱼圈区 81, 威海 101 ± 2), and six
//!   documents out of 莱州's notice;
//! - every State Council document yields measures, with region 全国, its 文号 and date;
//! - ids are unique, URL-safe and the same on a second load; `seq` counts from 0;
//! - the seed plans' metadata is inferred without their metadata files; dates given as
//!   written (sidecar `date`, JSONL `written_date`) are stored as `YYYY-MM-DD`.
//!
//! The fixtures of `tests/fixtures/`: `pipeline_layouts` (every common layout),
//! `pipeline_input` (bad and damaged input, encodings, formats).

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

pub fn fixtures_dir() -> PathBuf {
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
    // operative measures only: a plan's goal and guiding paragraphs are records of their own
    // part (指导思想, 目标…), counted apart
    let mut per_source: HashMap<&str, usize> = HashMap::new();
    for m in corpus().measures.iter().filter(|m| m.part.is_none()) {
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
    // the plan's first record is its guiding section (a part, in document order), its first
    // measure keeps the id it had before goal sections were indexed
    let mut weihai = corpus()
        .measures
        .iter()
        .filter(|m| m.source == "000_eba30fd5bde1cfa9.txt");
    let first = weihai.next().unwrap();
    assert_eq!(first.seq, 0);
    assert!(first.part.is_some(), "{first:?}");
    let measure = corpus()
        .measures
        .iter()
        .find(|m| m.source == "000_eba30fd5bde1cfa9.txt" && m.part.is_none())
        .unwrap();
    assert_eq!(measure.id, "000_eba30fd5bde1cfa9.3-1-1");
}

#[test]
fn non_measures_and_chrome_are_not_measures() {
    // a plan's guiding section is indexed as a part of its own, never as a measure
    let guiding = corpus()
        .measures
        .iter()
        .find(|m| m.text.contains("以习近平新时代中国特色社会主义思想为指导"))
        .expect("the guiding section is indexed");
    assert!(guiding.part.is_some(), "{guiding:?}");
    for m in corpus()
        .measures
        .iter()
        .filter(|m| !m.source.ends_with(".jsonl") && m.part.is_none())
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
