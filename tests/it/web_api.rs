//! The JSON API in-process: `/api/search` and `/api/ask` have the shapes of ARCHITECTURE.md
//! and answer errors as `{"error": …}`; answer offsets count characters and a place no
//! measure applies to is named; an unknown filter value is named when nothing is found; every
//! filter combination (repeated values, facets together, the month range, the query syntax,
//! unknown and bad values) through HTTP; `facets=` counts only the facets named.

use axum::http::StatusCode;
use zhengce::views::components::encode;

use crate::web::{get, ok_html};

#[tokio::test]
async fn ask_page_and_api() {
    let page = get(&format!("/ask?q={}", encode("新开办企业刻章要钱吗"))).await;
    ok_html(&page);
    assert!(page.body.contains(r#"class="answer"#));
    assert!(page.body.contains("新开办企业刻章要钱吗"));
    let empty = get("/ask").await;
    ok_html(&empty);
    assert!(empty.body.contains("可以这样问"));

    let api = get(&format!("/api/ask?q={}", encode("新开办企业刻章要钱吗"))).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let answer = api.json();
    for field in ["question", "kind", "answer", "citations", "by_region"] {
        assert!(answer.get(field).is_some(), "{field}");
    }
    // A citation carries a bounded passage holding its sentence, not the measure's text
    // (that is on /api/measures/{id}); the quote stays.
    let citations = answer["citations"].as_array().unwrap();
    assert!(!citations.is_empty(), "{}", api.body);
    for citation in citations {
        assert!(citation.get("text").is_none(), "{citation}");
        // The measure's number as its document writes it (never empty).
        let number = citation["number"].as_str().unwrap_or_default();
        assert!(!number.is_empty(), "{citation}");
        let snippet = citation["snippet"].as_str().unwrap();
        assert!(snippet.chars().count() <= 160, "{citation}");
        let sentence = citation["sentence"].as_str().unwrap();
        if sentence.chars().count() <= 160 {
            assert!(snippet.contains(sentence), "{citation}");
        }
    }
    assert!(answer["quote"]["text"].is_string(), "{}", api.body);
    // The page's citation line shows the same number, escaped as maud escapes text.
    let number = citations[0]["number"].as_str().unwrap();
    let shown = format!(
        r#"<span class="number">{}</span>"#,
        maud::html! { (number) }.into_string()
    );
    assert!(page.body.contains(&shown), "{shown}");
    let missing = get("/api/ask").await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert!(missing.json()["error"].is_string());
}

#[tokio::test]
async fn api_search_has_the_shapes_of_the_design() {
    let page = get(&format!("/api/search?q={}&limit=3", encode("印章"))).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.is_json());
    let results = page.json();
    assert!(results["total"].as_u64().unwrap() > 0);
    let hits = results["hits"].as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3);
    for field in [
        "id",
        "title",
        "snippet",
        "region",
        "domain",
        "lead_units",
        "doc_title",
        "source",
        "date",
        "score",
    ] {
        assert!(hits[0].get(field).is_some(), "hit.{field}");
    }
    // A hit carries a bounded snippet; the full text is on /api/measures/{id}.
    for hit in hits {
        assert!(hit.get("text").is_none(), "{hit}");
        assert!(hit["snippet"].as_str().unwrap().chars().count() <= 160);
    }
    assert!(hits[0]["snippet"].is_string());
    for facet in ["region", "domain", "lead_unit", "year"] {
        let values = results["facets"][facet].as_array().unwrap();
        if let Some(first) = values.first() {
            assert!(
                first["value"].is_string() && first["count"].is_u64(),
                "{facet}"
            );
        }
    }
    let too_many = get("/api/search?q=x&limit=101").await;
    assert_eq!(too_many.status, StatusCode::BAD_REQUEST);
    // `facets=` counts only the facets named (`none`: none), with the same hits.
    let some = get(&format!(
        "/api/search?q={}&limit=3&facets=region,year",
        encode("印章")
    ))
    .await;
    let some = some.json();
    assert_eq!(some["facets"]["region"], results["facets"]["region"]);
    assert_eq!(some["facets"]["year"], results["facets"]["year"]);
    assert_eq!(some["facets"]["domain"].as_array().map(Vec::len), Some(0));
    assert_eq!(some["hits"], results["hits"]);
    let none = get(&format!(
        "/api/search?q={}&limit=3&facets=none",
        encode("印章")
    ))
    .await;
    let none = none.json();
    assert_eq!(none["facets"]["region"].as_array().map(Vec::len), Some(0));
    assert_eq!(none["total"], results["total"]);
    let bad = get("/api/search?q=x&facets=regions").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.json()["error"].as_str().unwrap().contains("facets"));
}

#[tokio::test]
async fn an_unknown_filter_value_is_named_when_nothing_is_found() {
    let page = get(&format!(
        "/search?q={}&region={}",
        encode("印章"),
        encode("火星")
    ))
    .await;
    ok_html(&page);
    assert!(
        page.body.contains("没有地区为「火星」的"),
        "the note names the value"
    );
    assert!(page.body.contains("去掉这个条件"));
    let unit = get(&format!(
        "/search?lead_unit={}&year=1999",
        encode("不存在的局")
    ))
    .await;
    assert!(unit.body.contains("没有牵头单位为「不存在的局」的"));
    assert!(unit.body.contains("没有年份为「1999」的"));
    let known = get(&format!(
        "/search?q={}&region={}",
        encode("火箭发射"),
        encode("山东省")
    ))
    .await;
    assert!(
        !known.body.contains("unknown-filter"),
        "a known region is not called unknown"
    );
}

#[tokio::test]
async fn answer_offsets_are_characters_and_uncovered_places_are_named() {
    // quote.value counts characters, as the highlights of /api/search do.
    let answer = get(&format!("/api/ask?q={}", encode("新开办企业刻章要钱吗")))
        .await
        .json();
    let quote = &answer["quote"];
    let chars: Vec<char> = quote["text"].as_str().unwrap().chars().collect();
    let (start, end) = (
        quote["value"]["start"].as_u64().unwrap() as usize,
        quote["value"]["end"].as_u64().unwrap() as usize,
    );
    let marked: String = chars[start..end].iter().collect();
    assert_eq!(marked, answer["value"].as_str().unwrap(), "{answer}");

    let question = "杭州开办企业刻章免费吗";
    let answer = get(&format!("/api/ask?q={}", encode(question)))
        .await
        .json();
    assert_eq!(answer["found"], false, "{answer}");
    assert_eq!(answer["answer"], "未收录杭州市的相关规定");
    assert_eq!(answer["uncovered_region"], "浙江省/杭州市");
    let page = get(&format!("/ask?q={}", encode(question))).await;
    ok_html(&page);
    assert!(page.body.contains("未收录杭州市的相关规定"));
    assert!(page.body.contains("仅供参考"), "precedents labelled");

    // A question whose ask lies beyond the scene it sets (辞职后 … 去旅游去哪好): refused, with
    // a confidence under the threshold.
    let answer = get(&format!("/api/ask?q={}", encode("辞职后去旅游去哪好")))
        .await
        .json();
    assert_eq!(answer["found"], false, "{answer}");
    assert_eq!(answer["answer"], "未找到明确规定", "{answer}");
    assert!(answer["confidence"].as_f64().unwrap() < 0.4, "{answer}");

    // A thing no measure writes beside one word a measure writes: refused on the API and
    // on the page.
    let question = "开奶茶店要办什么许可证";
    let answer = get(&format!("/api/ask?q={}", encode(question)))
        .await
        .json();
    assert_eq!(answer["found"], false, "{answer}");
    assert_eq!(answer["answer"], "未找到明确规定", "{answer}");
    let page = get(&format!("/ask?q={}", encode(question))).await;
    ok_html(&page);
    assert!(page.body.contains("未找到明确规定"));

    let noise = get(&format!("/api/ask?q={}", encode("7"))).await.json();
    assert_eq!(noise["found"], false);
    assert_eq!(noise["answer"], "未找到明确规定");
    assert_eq!(noise["citations"].as_array().unwrap().len(), 0);
}

/// Another place after a preposition of place (在外地打工, 在外地领执照) is where the asker acts,
/// not a request for other places' practice; 免 before a paper (能免证明吗) exempts from the
/// paper, not from a charge. The card quotes the measure answering the asker's case, on the
/// API and on the page (before: 「1个地区:鲅鱼圈区」, 「2个地区:莱州市、威海市」, 「零收费」).
#[tokio::test]
async fn the_askers_own_act_elsewhere_and_an_exempted_paper_are_answered_from_their_measure() {
    for (question, not_kind, passage) in [
        (
            "我在经区注册公司，能不能不跑登记机关在外地领执照和公章",
            "precedent",
            "异地领取营业执照和印章",
        ),
        (
            "在外地打工丢了工作，能在现在住的城市办失业登记不？",
            "precedent",
            "可在常住地公共就业服务机构办理失业登记",
        ),
        ("经区办电能免证明吗", "cost", "零证办电"),
    ] {
        let answer = get(&format!("/api/ask?q={}", encode(question)))
            .await
            .json();
        assert_eq!(answer["found"], true, "{answer}");
        assert_ne!(answer["kind"], not_kind, "{answer}");
        let quote = answer["quote"]["text"].as_str().unwrap_or_default();
        assert!(quote.contains(passage), "{question}: {answer}");
        let page = get(&format!("/ask?q={}", encode(question))).await;
        ok_html(&page);
        assert!(page.body.contains(passage), "{question}");
        assert!(
            !page.body.contains("个地区:"),
            "{question}: no precedent rows"
        );
    }
}

/// Every filter combination through HTTP: repeated values (OR within a facet), facets
/// together (AND), the month range, the query syntax, unknown values (named, not errors) and
/// bad values (400 naming the parameter, as JSON under `/api` and as a page elsewhere).
#[tokio::test]
async fn multi_value_filters_ranges_and_syntax_through_http() {
    let total = |uri: String| async move {
        let page = get(&uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}: {}", page.body);
        page.json()["total"].as_u64().unwrap()
    };
    let api = |query: &str| format!("/api/search?limit=100&{query}");
    let (shandong, liaoning) = (
        total(api(&format!("region={}", encode("山东省")))).await,
        total(api(&format!("region={}", encode("辽宁省")))).await,
    );
    let both = format!("region={}&region={}", encode("山东省"), encode("辽宁省"));
    assert_eq!(
        total(api(&both)).await,
        shandong + liaoning,
        "OR within a facet"
    );
    // The two most frequent values of a facet with their counts, and the whole list.
    let top_two = |facet: &'static str| async move {
        let values = get(&api("")).await.json()["facets"][facet].clone();
        let pick = |i: usize| {
            (
                values[i]["value"].as_str().unwrap().to_owned(),
                values[i]["count"].as_u64().unwrap(),
            )
        };
        (pick(0), pick(1), values)
    };
    let ((y1, c1), (y2, c2), _) = top_two("year").await;
    assert_eq!(total(api(&format!("year={y1}&year={y2}"))).await, c1 + c2);
    let and = total(api(&format!("{both}&year={y1}"))).await;
    assert!(and <= c1 && and <= shandong + liaoning, "AND across facets");
    assert_eq!(
        total(api(&format!("from={y1}-01&to={y1}-12"))).await,
        c1,
        "a month range over a whole year"
    );
    assert_eq!(
        total(api(&format!("from={y1}&to={y1}"))).await,
        c1,
        "years as a range"
    );

    // The page keeps every value: ticked boxes, hidden fields, pagination, export, JSON.
    let page = get(&format!(
        "/search?q={}&{both}&year={y1}&year={y2}&from=2019-01",
        encode("企业")
    ))
    .await;
    ok_html(&page);
    for ticked in [
        r#"name="region" value="山东省" checked"#.to_owned(),
        r#"name="region" value="辽宁省" checked"#.to_owned(),
        format!(r#"name="year" value="{y1}" checked"#),
        format!(r#"name="year" value="{y2}" checked"#),
    ] {
        assert!(page.body.contains(&ticked), "{ticked}");
    }
    let state = format!(
        "region={}&amp;region={}&amp;year={y1}&amp;year={y2}&amp;from=2019-01",
        encode("山东省"),
        encode("辽宁省")
    );
    for link in ["/export?", "/api/search?", "/search?"] {
        assert!(
            page.body
                .contains(&format!("{link}q={}&amp;{state}", encode("企业"))),
            "{link} keeps every value"
        );
    }
    assert!(
        page.body.contains(&format!("{state}&amp;page=2")),
        "pagination keeps them"
    );
    let export = get(&format!("/export?format=jsonl&{both}&from=2019-01")).await;
    assert_eq!(export.status, StatusCode::OK);
    assert_eq!(
        export.body.lines().count() as u64,
        total(api(&format!("{both}&from=2019-01")))
            .await
            .min(10_000),
        "the export has the filtered set"
    );

    // Syntax: an exclusion removes, a phrase restricts.
    let seal = total(api(&format!("q={}", encode("印章")))).await;
    let no_electronic = total(api(&format!("q={}", encode("印章 -电子")))).await;
    assert!(
        no_electronic < seal,
        "印章 -电子 {no_electronic} < 印章 {seal}"
    );
    let phrase = total(api(&format!("q={}", encode("\"印章刻制\"")))).await;
    assert!(phrase > 0 && phrase <= seal);

    // An unknown value among known ones is named; the others still find.
    let page = get(&format!(
        "/search?region={}&region={}",
        encode("山东省"),
        encode("火星")
    ))
    .await;
    ok_html(&page);
    assert!(page.body.contains("没有地区为「火星」的"));
    assert!(page.body.contains("class=\"hit\""), "山东省 still finds");
    // The JSON says so too, naming the parameter and the value; known values say nothing.
    let json = get(&api(&format!(
        "region={}&region={}",
        encode("山东省"),
        encode("火星")
    )))
    .await
    .json();
    assert_eq!(json["total"].as_u64(), Some(shandong), "火星 adds nothing");
    let unknown = json["unknown"].as_array().expect("an unknown list");
    assert_eq!(unknown.len(), 1, "{unknown:?}");
    assert_eq!(unknown[0]["param"], "region");
    assert_eq!(unknown[0]["value"], "火星");
    assert!(unknown[0]["message"]
        .as_str()
        .unwrap()
        .contains("没有地区为「火星」的"));
    let known = get(&api(&both)).await.json();
    assert_eq!(known["unknown"].as_array().map(Vec::len), Some(0));

    // The benefit facets take several values too: either of two groups, each counted
    // under the other filters only.
    let ((g1, n1), (g2, n2), groups) = top_two("beneficiary").await;
    let either = get(&api(&format!(
        "beneficiary={}&beneficiary={}",
        encode(&g1),
        encode(&g2)
    )))
    .await
    .json();
    let widened = either["total"].as_u64().unwrap();
    assert!(
        widened >= n1.max(n2) && widened <= n1 + n2,
        "{widened}: {n1} + {n2}"
    );
    assert_eq!(
        either["facets"]["beneficiary"], groups,
        "a ticked facet counts without its own filter"
    );

    // Bad values: 400 naming the parameter.
    for (query, name) in [
        ("from=2021-13", "from"),
        ("to=abc", "to"),
        ("from=2022-06&to=2021-03", "from"),
        ("year=2020&year=twenty", "year"),
        ("year=1800", "year"),
    ] {
        let json = get(&format!("/api/search?{query}")).await;
        assert_eq!(json.status, StatusCode::BAD_REQUEST, "{query}");
        let error = json.json()["error"].as_str().unwrap().to_owned();
        assert!(error.contains(name), "{query}: {error}");
        let html = get(&format!("/search?{query}")).await;
        assert_eq!(html.status, StatusCode::BAD_REQUEST, "{query}");
        assert!(html.is_html() && html.body.contains(name), "{query}");
    }
    let many: String = (0..30).map(|i| format!("&domain=d{i}")).collect();
    let json = get(&format!("/api/search?q=x{many}")).await;
    assert_eq!(json.status, StatusCode::BAD_REQUEST);
    assert!(json.json()["error"].as_str().unwrap().contains("domain"));
}
