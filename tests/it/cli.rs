//! The `zhengce` binary as a user runs it:
//! - `index` builds from a corpus, prints counts, and a rebuild replaces the index atomically;
//! - `index` on a corpus with nothing indexable fails with a message and keeps the old index;
//! - `search --json 印章` returns hits with a snippet, region, domain, lead units, document title
//!   and source (not the full text);
//! - `search` without a query reads one query a line and prints one JSON object a line; a
//!   filter repeated takes any of its values, and one no measure has is named;
//! - `ask` prints the answer and each citation with its document, 文号 and the measure's number
//!   as the document writes it (the same as `ask --json`'s `number`);
//! - `export` prints one measure record (DESIGN.md fields) a line, every id unique;
//! - bad arguments and a missing index give a clear error and a non-zero exit;
//! - `index` refuses an `--index` directory holding anything but an index (never deletes it);
//! - `index` names a repaired file in a warning (count and offset of the bad bytes) and an
//!   over-long measure it split (`--max-measure-chars`), and `index` and `serve` refuse a zero
//!   limit;
//! - `eval --regions TRUTH` scores documents' regions by the most common region of their
//!   measures, per kind, and lists the wrong ones with `--verbose`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::corpus_dir;

fn zhengce(index: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zhengce"))
        .arg("--index")
        .arg(index)
        .args(args)
        .env("ZHENGCE_LOG", "warn")
        .output()
        .expect("zhengce runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "zhengce failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// An index of the repository corpus built by the binary, shared by the tests of this module.
fn built_index() -> &'static Path {
    static INDEX: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temporary directory");
            let corpus = corpus_dir();
            let out = zhengce(
                &dir.path().join("index"),
                &["index", "--corpus", corpus.to_str().unwrap()],
            );
            let printed = stdout(&out);
            assert!(
                printed.contains("measures"),
                "index prints counts: {printed}"
            );
            dir
        })
        .path()
}

#[test]
fn search_json_returns_hits_with_their_facts() {
    let index = built_index().join("index");
    let out = stdout(&zhengce(&index, &["search", "--json", "印章"]));
    let results: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(results["total"].as_u64().unwrap() > 0);
    let hit = &results["hits"][0];
    for field in [
        "id",
        "region",
        "domain",
        "lead_units",
        "doc_title",
        "source",
        "snippet",
        "score",
    ] {
        assert!(!hit[field].is_null(), "hit has {field}: {hit}");
    }
    assert!(hit["snippet"].as_str().unwrap().contains("印章"), "{hit}");
    assert!(hit.get("text").is_none(), "{hit}");
    for facet in [
        "region",
        "domain",
        "lead_unit",
        "year",
        "beneficiary",
        "benefit_type",
    ] {
        assert!(results["facets"][facet].is_array(), "facets has {facet}");
    }

    let out = stdout(&zhengce(
        &index,
        &[
            "search",
            "--json",
            "--beneficiary",
            "小微企业",
            "--benefit-type",
            "融资支持",
            "贷款",
        ],
    ));
    let filtered: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(filtered["total"].as_u64().unwrap() > 0, "{filtered}");
    let groups = &filtered["facets"]["beneficiary"];
    assert!(
        groups
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["value"] == "小微企业" && f["count"] == filtered["total"]),
        "every hit is for 小微企业: {groups}"
    );

    // A filter repeated: any of its values; one no measure has is named, the others filter.
    let total = |args: &[&str]| -> u64 {
        let out = stdout(&zhengce(
            &index,
            &[&["search", "--json", "企业"], args].concat(),
        ));
        let results: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        results["total"].as_u64().unwrap()
    };
    let small = total(&["--beneficiary", "小微企业"]);
    let persons = total(&["--beneficiary", "新开办企业"]);
    let either = total(&["--beneficiary", "小微企业", "--beneficiary", "新开办企业"]);
    assert!(
        either >= small.max(persons) && either <= small + persons && either > 0,
        "{either}: {small} + {persons}"
    );
    let out = stdout(&zhengce(
        &index,
        &["search", "印章", "--region", "山东省", "--region", "火星"],
    ));
    assert!(
        out.contains("--region: 收录的措施中没有地区为「火星」的"),
        "{out}"
    );
    assert!(!out.starts_with("0 measures"), "山东省 still finds: {out}");
}

#[test]
fn search_reads_queries_from_standard_input() {
    let index = built_index().join("index");
    let mut child = Command::new(env!("CARGO_BIN_EXE_zhengce"))
        .arg("--index")
        .arg(&index)
        .args(["search", "--limit", "3"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("zhengce runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all("印章\n\n不动产登记\n".as_bytes())
        .unwrap();
    let out = stdout(&child.wait_with_output().unwrap());
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "one line per non-empty query: {out}");
    for line in lines {
        let results: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(results["hits"].as_array().unwrap().len() <= 3);
    }
}

#[test]
fn ask_cites_each_measure_by_its_number_as_written() {
    let index = &built_index().join("index");
    let json: serde_json::Value = serde_json::from_str(&stdout(&zhengce(
        index,
        &["ask", "--json", "新开办企业刻章要钱吗"],
    )))
    .expect("ask --json prints JSON");
    let first = &json["citations"][0];
    let number = first["number"].as_str().expect("a citation has its number");
    assert!(!number.is_empty(), "{first}");
    let text = stdout(&zhengce(index, &["ask", "新开办企业刻章要钱吗"]));
    let title = first["doc_title"].as_str().unwrap();
    assert!(text.contains(&format!("《{title}》")), "{text}");
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("  1. [{}]", first["id"].as_str().unwrap())))
        .expect("the first citation is printed");
    assert!(line.ends_with(&format!(" {number}")), "{line}");
}

#[test]
fn export_prints_every_measure_record() {
    let index = built_index().join("index");
    let out = stdout(&zhengce(&index, &["export"]));
    let mut ids = std::collections::HashSet::new();
    let mut regions = std::collections::HashSet::new();
    for line in out.lines() {
        let m: serde_json::Value = serde_json::from_str(line).expect("one JSON object a line");
        for field in [
            "id",
            "doc_id",
            "doc_title",
            "source",
            "doc_number",
            "issuer",
            "date",
            "region",
            "domain",
            "section",
            "title",
            "text",
            "lead_units",
            "responsible_units",
            "deadlines",
            "status",
        ] {
            assert!(m.get(field).is_some(), "record has {field}: {line}");
        }
        let id = m["id"].as_str().unwrap().to_owned();
        assert!(!id.contains('/'), "id is URL-safe: {id}");
        assert!(ids.insert(id.clone()), "id is unique: {id}");
        regions.insert(m["region"].as_str().unwrap().to_owned());
    }
    assert!(
        ids.len() > 500,
        "the corpus holds hundreds of measures, got {}",
        ids.len()
    );
    for region in [
        "山东省",
        "山东省/威海市",
        "辽宁省/营口市/鲅鱼圈区",
        "山东省/烟台市/莱州市",
        "全国",
    ] {
        assert!(regions.contains(region), "measures of {region}");
    }
}

#[test]
fn failed_rebuild_keeps_the_old_index() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let good = dir.path().join("good");
    std::fs::create_dir(&good).unwrap();
    std::fs::copy(
        corpus_dir().join("003_809523ec6351e18d.txt"),
        good.join("plan.txt"),
    )
    .unwrap();
    stdout(&zhengce(
        &index,
        &["index", "--corpus", good.to_str().unwrap()],
    ));

    let bad = dir.path().join("bad");
    std::fs::create_dir(&bad).unwrap();
    std::fs::write(bad.join("empty.txt"), b"").unwrap();
    std::fs::write(bad.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 255]).unwrap();
    let out = zhengce(&index, &["index", "--corpus", bad.to_str().unwrap()]);
    assert!(!out.status.success(), "nothing indexable is an error");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("empty.txt") && err.contains("binary.txt"),
        "names the files: {err}"
    );

    let out = stdout(&zhengce(&index, &["search", "--json", "银行开户"]));
    let results: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        results["total"].as_u64().unwrap() > 0,
        "the old index still answers"
    );
}

#[test]
fn bad_arguments_and_missing_index_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing-here");
    let out = zhengce(&missing, &["search", "印章"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("zhengce index"),
        "tells how to build the index: {err}"
    );

    let index = built_index().join("index");
    let out = zhengce(&index, &["search", "印章", "--limit", "0"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("limit"));
}

#[test]
fn index_refuses_a_directory_that_is_not_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mine");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("notes.txt"), "keep me").unwrap();
    let corpus = corpus_dir();
    let out = zhengce(&target, &["index", "--corpus", corpus.to_str().unwrap()]);
    assert!(!out.status.success(), "a directory with files is refused");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("mine") && err.contains("empty or new directory"),
        "names the directory and what to do: {err}"
    );
    assert_eq!(
        std::fs::read_to_string(target.join("notes.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn index_warns_of_repairs_and_eval_scores_regions() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let layouts = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layouts");
    std::fs::copy(layouts.join("provincial-notice.txt"), corpus.join("a.txt")).unwrap();
    let mut central = std::fs::read(layouts.join("central-addressee.txt")).unwrap();
    central.insert(0, 0xFF);
    std::fs::write(corpus.join("b.txt"), central).unwrap();
    std::fs::write(
        corpus.join("c.txt"),
        "推进政务服务标准化规范化便利化。".repeat(20),
    )
    .unwrap();
    let index = dir.path().join("index");
    let corpus_arg = corpus.to_str().unwrap();
    let out = zhengce(
        &index,
        &["index", "--corpus", corpus_arg, "--max-measure-chars", "0"],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--max-measure-chars"));
    // `serve` takes the same limits (it builds on first start and with --watch).
    let out = zhengce(
        &index,
        &["serve", "--corpus", corpus_arg, "--max-file-mb", "0"],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--max-file-mb"));
    let out = zhengce(
        &index,
        &[
            "index",
            "--corpus",
            corpus_arg,
            "--max-measure-chars",
            "100",
        ],
    );
    stdout(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("b.txt: 1 invalid UTF-8 byte sequence replaced, the first at byte 0"),
        "{err}"
    );
    assert!(
        err.contains("c.txt") && err.contains("320 characters"),
        "{err}"
    );

    let truth = dir.path().join("truth.jsonl");
    std::fs::write(
        &truth,
        concat!(
            r#"{"file": "a.txt", "accept": ["安徽省"], "kind": "provincial"}"#,
            "\n",
            r#"{"file": "b.txt", "accept": ["全国"], "kind": "central"}"#,
            "\n",
            r#"{"file": "c.txt", "accept": ["北京市"], "kind": "city"}"#,
            "\n"
        ),
    )
    .unwrap();
    let out = stdout(&zhengce(
        &index,
        &["eval", "--regions", truth.to_str().unwrap(), "--verbose"],
    ));
    let line = |group: &str| {
        out.lines()
            .find(|l| l.starts_with(group))
            .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>())
            .unwrap_or_else(|| panic!("{group} in {out}"))
    };
    assert_eq!(line("central"), ["1", "1", "1.000"]);
    assert_eq!(line("provincial"), ["1", "1", "1.000"]);
    assert_eq!(line("city"), ["0", "1", "0.000"]);
    assert_eq!(line("all"), ["2", "3", "0.667"]);
    assert!(out.contains("wrong\tc.txt\tcity\t北京市\t-"), "{out}");
}
