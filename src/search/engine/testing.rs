//! The engine's test fixture: four measures of three documents in two provinces, indexed
//! in a temporary directory.

use super::SearchEngine;
use crate::search::request::Filters;
use crate::search::SearchQuery;
use crate::Measure;

pub(super) fn measure(
    id: &str,
    doc: &str,
    region: &str,
    domain: &str,
    title: &str,
    text: &str,
) -> Measure {
    Measure {
        id: id.into(),
        doc_id: doc.into(),
        doc_title: format!("{doc}实施方案"),
        source: format!("{doc}.txt"),
        date: Some(
            if doc == "weihai" {
                "2020-07-24"
            } else {
                "2022-03-01"
            }
            .into(),
        ),
        region: region.into(),
        domain: domain.into(),
        section: "（一）企业开办".into(),
        title: Some(title.into()),
        text: text.into(),
        lead_units: vec!["市行政审批服务局".into()],
        seq: id.rsplit('-').next().unwrap().parse().unwrap(),
        ..Default::default()
    }
}

pub(super) fn fixture() -> (tempfile::TempDir, SearchEngine) {
    let measures = vec![
        measure(
            "weihai-0",
            "weihai",
            "山东省/威海市",
            "开办企业",
            "降低企业开办成本",
            "为新开办企业免费刻制公章,企业开办1个工作日办结。",
        ),
        measure(
            "weihai-1",
            "weihai",
            "山东省/威海市",
            "登记财产",
            "不动产登记",
            "企业间转移不动产登记业务即时办结。",
        ),
        measure(
            "bayuquan-0",
            "bayuquan",
            "辽宁省/营口市/鲅鱼圈区",
            "开办企业",
            "推行一业一证",
            "推行“一业一证”改革,实现拿地即开工。",
        ),
        measure(
            "shandong-0",
            "shandong",
            "山东省",
            "纳税",
            "推广税务Ukey",
            "推行税务Ukey不见面发行,小规模纳税人免费提供。",
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let index_dir = dir.path().join("index");
    crate::index::write(&measures, &index_dir).unwrap();
    // A rebuild swaps the index in place.
    crate::index::write(&measures, &index_dir).unwrap();
    let engine = SearchEngine::open(&index_dir).unwrap();
    (dir, engine)
}

pub(super) fn q(text: &str) -> SearchQuery {
    SearchQuery {
        q: text.into(),
        ..Default::default()
    }
}

pub(super) fn filtered(text: &str, change: impl FnOnce(&mut Filters)) -> SearchQuery {
    let mut query = q(text);
    change(&mut query.filters);
    query
}

pub(super) fn ids(engine: &SearchEngine, query: &SearchQuery) -> Vec<String> {
    let mut ids: Vec<String> = engine
        .search(query)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.measure.id)
        .collect();
    ids.sort();
    ids
}
