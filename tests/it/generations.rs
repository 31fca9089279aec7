//! Index generations and incremental updates through the library. Properties checked:
//! - a re-index of an unchanged corpus extracts nothing and writes no generation;
//! - an edited file is the only one read again; the other documents keep their measure ids;
//! - a removed file's measures are gone, a new file's are there; a file that cannot be read
//!   is named and skipped, the rest indexed, and it is not read again while unchanged;
//! - a reader holding a generation keeps it on disk through later builds; once it lets go, the
//!   next build removes it;
//! - `--full` reads everything again.

use std::path::Path;

use zhengce::index::{self, generation, Rebuild};
use zhengce::search::SearchEngine;

const LINSHU: &str = "临沭县优化营商环境行动方案\n一、主要任务\n(一)开办企业\n1.推行企业开办全程网办。2022年底前实现企业开办1个环节。\n牵头单位:县行政审批服务局\n2.免费刻章。新开办企业免费刻制印章。\n牵头单位:县行政审批服务局\n";
const JUNAN: &str = "莒南县优化营商环境若干措施\n一、获得电力\n1.推行低压小微企业用电报装零投资。2023年底前实现电力接入工程费用零负担。\n牵头单位:县供电公司\n2.推广光伏并网一窗受理。\n牵头单位:县发展改革局\n";
const YISHUI: &str = "沂水县优化营商环境实施方案\n一、纳税\n1.推行非接触式办税。网上办税率达到95%以上。\n牵头单位:县税务局\n";

fn ids(engine: &SearchEngine, doc: &str) -> Vec<String> {
    engine
        .document(doc)
        .map(|view| view.measures.into_iter().map(|m| m.id).collect())
        .unwrap_or_default()
}

fn write(corpus: &Path, name: &str, text: &str) {
    std::fs::write(corpus.join(name), text).unwrap();
}

#[test]
fn only_changed_files_are_read_again_and_ids_stay() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index_dir) = (dir.path().join("corpus"), dir.path().join("index"));
    std::fs::create_dir(&corpus).unwrap();
    write(&corpus, "linshu.txt", LINSHU);
    write(&corpus, "junan.txt", JUNAN);
    let first = index::build(&corpus, &index_dir).unwrap();
    assert_eq!((first.extracted_files, first.generation), (2, 1));
    assert_eq!(first.measures, 4);
    let before = SearchEngine::open(&index_dir).unwrap();
    let linshu_ids = ids(&before, "linshu");
    assert_eq!(linshu_ids.len(), 2);

    // Unchanged: nothing read, nothing written.
    let again = index::build(&corpus, &index_dir).unwrap();
    assert!(again.unchanged);
    assert_eq!((again.extracted_files, again.generation), (0, 1));
    assert_eq!((again.measures, again.documents, again.files), (4, 2, 2));

    // One file edited, one added, a bad one dropped in: only those are read.
    write(
        &corpus,
        "junan.txt",
        &JUNAN.replace("光伏并网", "分布式光伏并网"),
    );
    write(&corpus, "yishui.txt", YISHUI);
    std::fs::write(corpus.join("scan.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    let update = index::build(&corpus, &index_dir).unwrap();
    assert_eq!(update.extracted_files, 3);
    assert_eq!(update.generation, 2);
    assert_eq!(update.measures, 5);
    assert_eq!(update.skipped.len(), 1, "{:?}", update.skipped);
    assert!(update.skipped[0].path.ends_with("scan.txt"));
    let after = SearchEngine::open(&index_dir).unwrap();
    assert_eq!(
        ids(&after, "linshu"),
        linshu_ids,
        "untouched documents keep their ids"
    );
    assert_eq!(after.measure_count(), 5);
    let edited = after.document("junan").unwrap();
    assert!(edited
        .measures
        .iter()
        .any(|m| m.text.contains("分布式光伏并网")));
    assert_eq!(ids(&after, "yishui").len(), 1);
    // The documents stay in corpus order.
    let order: Vec<&str> = after.documents().iter().map(|d| d.id.as_str()).collect();
    assert_eq!(order, ["junan", "linshu", "yishui"]);
    // The bad file is still reported, but not read again while it is unchanged.
    let same = index::build(&corpus, &index_dir).unwrap();
    assert!(same.unchanged && same.skipped.len() == 1);

    // A removed file's measures go.
    std::fs::remove_file(corpus.join("junan.txt")).unwrap();
    let removed = index::build(&corpus, &index_dir).unwrap();
    assert_eq!((removed.removed_files, removed.extracted_files), (1, 0));
    let last = SearchEngine::open(&index_dir).unwrap();
    assert!(last.document("junan").is_err());
    assert_eq!(last.measure_count(), 3);
    assert_eq!(ids(&last, "linshu"), linshu_ids);

    // --full reads everything again and gives the same index.
    let full = index::build_with(&corpus, &index_dir, Rebuild::Full, &Default::default()).unwrap();
    assert_eq!(full.extracted_files, 3);
    assert_eq!(full.measures, 3);
    assert_eq!(
        ids(&SearchEngine::open(&index_dir).unwrap(), "linshu"),
        linshu_ids
    );
}

#[test]
fn a_generation_in_use_is_kept_until_its_reader_lets_go() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index_dir) = (dir.path().join("corpus"), dir.path().join("index"));
    std::fs::create_dir(&corpus).unwrap();
    write(&corpus, "linshu.txt", LINSHU);
    index::build(&corpus, &index_dir).unwrap();
    let reader = SearchEngine::open(&index_dir).unwrap();
    let held = reader.info().generation.clone();
    write(&corpus, "junan.txt", JUNAN);
    index::build(&corpus, &index_dir).unwrap();
    write(&corpus, "yishui.txt", YISHUI);
    let third = index::build(&corpus, &index_dir).unwrap();
    assert_eq!(third.generation, 3);
    // Generation 1 is still read (and still answers); generation 2, which nobody opened, is gone.
    assert!(held.dir.is_dir());
    assert_eq!(reader.measure_count(), 2);
    assert!(reader.search(&Default::default()).is_ok());
    assert!(!index_dir.join(generation::dir_name(2)).exists());
    drop(reader);
    assert_eq!(generation::collect_garbage(&index_dir), vec![1]);
    assert!(!held.dir.exists());
    let live = generation::current(&index_dir).unwrap().unwrap();
    assert_eq!(live.number, 3);
}

#[test]
fn an_empty_corpus_keeps_the_live_index() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index_dir) = (dir.path().join("corpus"), dir.path().join("index"));
    std::fs::create_dir(&corpus).unwrap();
    write(&corpus, "linshu.txt", LINSHU);
    index::build(&corpus, &index_dir).unwrap();
    std::fs::remove_file(corpus.join("linshu.txt")).unwrap();
    write(&corpus, "empty.txt", "");
    let err = index::build(&corpus, &index_dir).unwrap_err().to_string();
    assert!(
        err.contains("nothing to index") && err.contains("empty.txt"),
        "{err}"
    );
    let engine = SearchEngine::open(&index_dir).unwrap();
    assert_eq!(engine.measure_count(), 2);
    assert_eq!(engine.info().generation.number, 1);
}
