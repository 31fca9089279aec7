//! The benefit finder in-process: `/benefits` and `/api/benefits` group the measures of a
//! profile (a beneficiary in a region, with or without the regions above it) by benefit type.

use axum::http::StatusCode;
use zhengce::views::components::encode;

use crate::web::{get, json_link, ok_html};

/// `/benefits?…` for 小微企业 in 威海, with or without the parents' measures.
fn weihai_small(parents: &str) -> String {
    format!(
        "beneficiary={}&region={}&parents={parents}",
        encode("小微企业"),
        encode("山东省/威海市")
    )
}

#[tokio::test]
async fn benefit_finder_page_and_api_group_the_profile_measures() {
    let empty = get("/benefits").await;
    ok_html(&empty);
    assert!(empty
        .body
        .contains(r#"<form class="benefits" action="/benefits" method="get">"#));
    assert!(!empty.body.contains("benefit-results"));

    let page = get(&format!("/benefits?{}", weihai_small("1"))).await;
    ok_html(&page);
    assert!(page.body.contains(r#"<option value="小微企业" selected>"#));
    assert!(page.body.contains(r#"<section class="benefit-group""#));
    assert!(page.body.contains(r#"<blockquote class="grant">"#));
    assert_eq!(
        json_link(&page.body),
        format!("/api/benefits?{}", weihai_small("1"))
    );

    let api = get(&format!("/api/benefits?{}", weihai_small("1"))).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let found = api.json();
    assert_eq!(
        found["regions"],
        serde_json::json!(["山东省/威海市", "山东省", "全国"])
    );
    let groups = found["groups"].as_array().unwrap();
    assert!(!groups.is_empty(), "{found}");
    let mut regions = std::collections::BTreeSet::new();
    for group in groups {
        let items = group["items"].as_array().unwrap();
        assert!(items.len() <= 20 && group["total"].as_u64().unwrap() >= items.len() as u64);
        assert!(page.body.contains(group["benefit_type"].as_str().unwrap()));
        for item in items {
            let m = &item["measure"];
            regions.insert(m["region"].as_str().unwrap().to_owned());
            let served = ["小微企业", "中小企业", "所有企业"];
            assert!(
                m["beneficiaries"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|b| served.contains(&b.as_str().unwrap())),
                "{m}"
            );
            let text = m["text"].as_str().unwrap();
            let sentence = item["grant"]["sentence"].as_str().unwrap();
            assert!(
                text.contains(sentence),
                "the grant is quoted from the measure"
            );
        }
    }
    assert!(
        regions.contains("山东省/威海市") && regions.contains("全国"),
        "a 威海 profile sees 威海's and national measures: {regions:?}"
    );

    let own = get(&format!("/api/benefits?{}", weihai_small("0")))
        .await
        .json();
    assert_eq!(own["regions"], serde_json::json!(["山东省/威海市"]));
    assert!(own["total"].as_u64() < found["total"].as_u64());
    for group in own["groups"].as_array().unwrap() {
        for item in group["items"].as_array().unwrap() {
            assert!(item["measure"]["region"]
                .as_str()
                .unwrap()
                .starts_with("山东省/威海市"));
        }
    }

    // The same facts as facets of a search: a section each, a chip when chosen.
    let search = get(&format!("/search?q={}", encode("贷款"))).await;
    assert!(search.body.contains("<h3>受益对象</h3>") && search.body.contains("<h3>惠企方式</h3>"));
    let chosen = get(&format!(
        "/search?q={}&beneficiary={}",
        encode("贷款"),
        encode("小微企业")
    ))
    .await;
    ok_html(&chosen);
    assert!(chosen.body.contains("受益对象:小微企业"), "chip");
    let api = get(&format!(
        "/api/search?q={}&beneficiary={}&benefit_type={}",
        encode("贷款"),
        encode("小微企业"),
        encode("融资支持")
    ))
    .await
    .json();
    assert!(api["total"].as_u64().unwrap() > 0);
    assert!(
        api["facets"]["beneficiary"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["value"] == "小微企业" && f["count"] == api["total"]),
        "{api}"
    );

    let bad = get(&format!("/api/benefits?beneficiary={}", encode("大企业"))).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let message = bad.json()["error"].as_str().unwrap().to_owned();
    assert!(
        message.contains("beneficiary") && message.contains("小微企业"),
        "{message}"
    );
    let bad_page = get(&format!("/benefits?domain={}", encode("<script>"))).await;
    assert_eq!(bad_page.status, StatusCode::BAD_REQUEST);
    assert!(bad_page.is_html() && !bad_page.body.contains("<script>"));
    assert_eq!(get("/api/benefits").await.status, StatusCode::BAD_REQUEST);
}
