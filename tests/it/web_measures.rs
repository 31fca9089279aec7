//! The measure and document pages, in-process: a measure's text, fields, neighbours,
//! citation and precedents (sharing the concept under any of its names), pointing into its
//! document without naming internal files; the document page shows the full text (what
//! `/api/docs` returns) with every measure marked and linked, the facts in the official layout
//! and the source link.

use axum::http::StatusCode;
use zhengce::views::components::encode;

use crate::engine;
use crate::web::{first_hit, get, ok_html};

#[tokio::test]
async fn measure_page_has_text_fields_neighbours_citation_and_precedents() {
    let hit = first_hit("印章").await;
    let id = hit["id"].as_str().unwrap();
    let page = get(&format!("/measures/{id}")).await;
    ok_html(&page);
    let body = &page.body;
    let doc_title = hit["doc_title"].as_str().unwrap();
    assert!(body.contains(doc_title));
    for fact in [
        "<th scope=\"row\">文件</th>",
        "<th scope=\"row\">地区</th>",
        "引用",
        "其他地区的同类措施",
        "全文共",
    ] {
        assert!(body.contains(fact), "{fact}");
    }
    assert!(body.contains(&format!("《{doc_title}》")));
    assert!(body.contains("rel=\"prev\"") || body.contains("rel=\"next\""));

    let api = get(&format!("/api/measures/{id}")).await;
    assert_eq!(api.status, StatusCode::OK);
    assert!(api.is_json());
    let measure = api.json();
    for field in [
        "id",
        "doc_id",
        "doc_title",
        "source",
        "region",
        "domain",
        "section",
        "text",
        "lead_units",
        "responsible_units",
        "deadlines",
    ] {
        assert!(measure.get(field).is_some(), "{field}");
    }
    assert_eq!(measure["id"], id);
}

#[tokio::test]
async fn document_page_links_every_measure() {
    let hit = first_hit("印章").await;
    let doc_id = hit["doc_id"].as_str().unwrap();
    let api = get(&format!("/api/docs/{doc_id}")).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let view = api.json();
    let measures = view["measures"].as_array().unwrap();
    assert!(!measures.is_empty());
    assert_eq!(view["document"]["id"], doc_id);
    let page = get(&format!("/docs/{doc_id}")).await;
    ok_html(&page);
    assert!(page
        .body
        .contains(view["document"]["title"].as_str().unwrap()));
    for measure in measures {
        let href = format!("href=\"/measures/{}\"", measure["id"].as_str().unwrap());
        assert!(page.body.contains(&href), "{href}");
    }
}

#[tokio::test]
async fn document_page_shows_the_full_text_with_every_measure_marked_and_linked() {
    let engine = engine();
    let with_url = engine
        .documents()
        .iter()
        .find(|d| d.url.is_some())
        .expect("the gov.cn records carry their address");
    for doc in [&engine.documents()[0], with_url] {
        let api = get(&format!("/api/docs/{}", doc.id)).await;
        assert_eq!(api.status, StatusCode::OK, "{}", api.body);
        let view = api.json();
        let text = view["document"]["text"].as_str().unwrap();
        assert!(text.chars().count() > 200, "{}: the full text", doc.id);
        let page = get(&format!("/docs/{}", doc.id)).await;
        ok_html(&page);
        let body = &page.body;
        let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap().trim();
        assert!(body.contains(first_line), "{}: text shown", doc.id);
        for measure in view["measures"].as_array().unwrap() {
            let anchor = format!(r#"id="m{}""#, measure["seq"]);
            assert!(body.contains(&anchor), "{}: {anchor}", doc.id);
            let href = format!(r#"href="/measures/{}""#, measure["id"].as_str().unwrap());
            assert!(body.contains(&href), "{href}");
        }
        for fact in ["发文机关", "发文字号", "成文日期", "目录"] {
            assert!(body.contains(fact), "{}: {fact}", doc.id);
        }
        if let Some(number) = &doc.doc_number {
            assert!(body.contains(number.as_str()));
        }
        assert!(
            !body.contains(&doc.source),
            "{}: no internal file name",
            doc.id
        );
        assert!(!body.contains("来源文件"));
    }
    let page = get(&format!("/docs/{}", with_url.id)).await;
    let url = with_url.url.as_deref().unwrap();
    assert!(
        page.body.contains(&format!(r#"href="{url}""#)),
        "source link"
    );
}

#[tokio::test]
async fn measure_pages_point_into_the_text_and_hide_file_names() {
    let hit = first_hit("印章").await;
    let id = hit["id"].as_str().unwrap();
    let page = get(&format!("/measures/{id}")).await;
    ok_html(&page);
    assert!(!page.body.contains(hit["source"].as_str().unwrap()));
    let measure = get(&format!("/api/measures/{id}")).await.json();
    let in_text = format!(
        "/docs/{}#m{}",
        measure["doc_id"].as_str().unwrap(),
        measure["seq"]
    );
    assert!(
        page.body.contains(&format!(r#"href="{in_text}""#)),
        "{in_text}"
    );
    let doc = get(in_text.split('#').next().unwrap()).await;
    assert!(doc.body.contains(&format!(r#"id="m{}""#, measure["seq"])));
}

#[tokio::test]
async fn measure_page_precedents_share_the_concept_under_any_name() {
    let hit = get(&format!(
        "/api/search?q={}&region={}&limit=1",
        encode("一业一证"),
        encode("山东省/威海市/威海经济技术开发区")
    ))
    .await
    .json()["hits"][0]
        .clone();
    let id = hit["id"].as_str().unwrap();
    let page = get(&format!("/measures/{id}")).await;
    ok_html(&page);
    let section = page
        .body
        .split("id=\"precedents-heading\"")
        .nth(1)
        .expect("the precedents section");
    let section = section.split("</section>").next().unwrap();
    assert!(section.contains("莱州市"), "莱州's 一证准营: {section}");
    let names = ["一业一证", "一证准营", "行业综合许可", "综合许可证"];
    for link in section.split("href=\"/measures/").skip(1) {
        let other = link.split('"').next().unwrap();
        let measure = get(&format!("/api/measures/{other}")).await.json();
        let text = format!(
            "{}{}",
            measure["title"].as_str().unwrap_or(""),
            measure["text"].as_str().unwrap()
        );
        assert!(names.iter().any(|n| text.contains(n)), "padding: {text}");
    }
}
