//! The browser walk through the sample portal: the script widget in a shadow root (marking
//! what the API's highlights say), the widget pinned to the benefit finder, to several values
//! of a filter and a month range, and the iframe.

use std::time::Duration;

use fantoccini::{Client, Locator};
use zhengce::views::components::encode;

use crate::browser::{eventually, screenshot, Outcome};
use crate::engine;

/// The sample portal's widgets.
pub async fn portal(client: &Client, base: &str) -> Outcome {
    let wait = || client.wait().at_most(Duration::from_secs(15));

    // The sample portal: script widget in a shadow root, and the iframe.
    client.goto(&format!("{base}/examples/portal.html")).await?;
    let host = wait()
        .for_element(Locator::Css("div.zhengce-embed"))
        .await?;
    let first = eventually("embedded results", || async {
        let root = host.clone().shadow_root().await?;
        let items = root.find_all(Locator::Css("ol.results li")).await?;
        match items.first() {
            Some(item) => Ok(Some(item.text().await?)),
            None => Ok(None),
        }
    })
    .await?;
    assert!(!first.is_empty());
    let root = host.clone().shadow_root().await?;
    // The widget marks what the API's `highlights` say (character offsets), nothing else.
    let expected = tokio::task::spawn_blocking(|| {
        engine().search(&zhengce::search::SearchQuery {
            q: "印章".into(),
            filters: zhengce::search::request::Filters::one(
                zhengce::search::request::FacetKind::Region,
                "山东省/威海市",
            ),
            limit: 5,
            ..Default::default()
        })
    })
    .await??;
    let hit = expected
        .hits
        .first()
        .ok_or("the portal's search has hits")?;
    let marks: Vec<String> = hit
        .snippet
        .parts()
        .into_iter()
        .filter(|(_, is_hit)| *is_hit)
        .map(|(part, _)| part.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert!(!marks.is_empty(), "the first hit has highlights");
    let snippet = root.find(Locator::Css("ol.results li p.snippet")).await?;
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(words(&snippet.text().await?), words(&hit.snippet.text));
    let mut shown = Vec::new();
    for mark in snippet.find_all(Locator::Css("mark")).await? {
        shown.push(words(&mark.text().await?));
    }
    assert_eq!(shown, marks, "the widget's marks are the hit's highlights");
    let link = root.find(Locator::Css("ol.results li a.title")).await?;
    assert_eq!(link.attr("target").await?.as_deref(), Some("_blank"));
    assert!(link
        .attr("href")
        .await?
        .unwrap_or_default()
        .starts_with(&format!("{base}/measures/")));
    client
        .find(Locator::Css("iframe"))
        .await?
        .enter_frame()
        .await?;
    wait().for_element(Locator::Css("ol.hits li.hit")).await?;
    client.enter_parent_frame().await?;

    // The widget pinned to the benefit finder: 小微企业 in 威海, grouped by benefit type.
    let hosts = client.find_all(Locator::Css("div.zhengce-embed")).await?;
    let finder = hosts
        .get(1)
        .ok_or("the portal mounts the benefits widget")?
        .clone();
    let groups = eventually("benefit groups in the widget", || async {
        let root = finder.clone().shadow_root().await?;
        let headings = root.find_all(Locator::Css("div.results h3")).await?;
        Ok((!headings.is_empty()).then_some(headings.len()))
    })
    .await?;
    let root = finder.clone().shadow_root().await?;
    let types = root.find_all(Locator::Css("select option")).await?;
    assert!(types.len() > 5, "the enterprise types are offered");
    let expected = tokio::task::spawn_blocking(|| {
        zhengce::search::benefits::search(
            engine(),
            &zhengce::search::benefits::Profile {
                beneficiary: Some("小微企业".into()),
                region: Some("山东省/威海市".into()),
                include_parents: true,
                domain: None,
            },
        )
    })
    .await??;
    assert_eq!(groups, expected.groups.len(), "one heading a benefit type");
    let link = root.find(Locator::Css("div.results li a.title")).await?;
    assert!(link
        .attr("href")
        .await?
        .unwrap_or_default()
        .starts_with(&format!("{base}/measures/")));
    client
        .execute(
            "document.querySelector('#benefits').scrollIntoView()",
            vec![],
        )
        .await?;
    screenshot(client, "portal-benefits").await?;
    client.execute("window.scrollTo(0, 0)", vec![]).await?;
    screenshot(client, "portal").await?;

    // A widget pinned to several values of a filter (「|」) and a month range asks for all of
    // them, as the site's own checkboxes do.
    client
        .execute(
            r#"var s = document.createElement('script');
               s.src = '/embed.js';
               s.setAttribute('data-region', '山东省|辽宁省');
               s.setAttribute('data-from', '2019-01');
               s.setAttribute('data-q', '企业');
               document.body.appendChild(s);"#,
            vec![],
        )
        .await?;
    let pinned = tokio::task::spawn_blocking(|| {
        let mut filters = zhengce::search::request::Filters::one(
            zhengce::search::request::FacetKind::Region,
            "山东省",
        );
        filters.add(zhengce::search::request::FacetKind::Region, "辽宁省");
        filters.from = Some(zhengce::search::request::Month {
            year: 2019,
            month: 1,
        });
        engine().search(&zhengce::search::SearchQuery {
            q: "企业".into(),
            filters,
            ..Default::default()
        })
    })
    .await??;
    let (status, heading, more) = eventually("the widget pinned to two regions", || async {
        let hosts = client.find_all(Locator::Css("div.zhengce-embed")).await?;
        let Some(host) = hosts.get(2) else {
            return Ok(None);
        };
        let root = host.clone().shadow_root().await?;
        let status = root.find(Locator::Css(".status")).await?.text().await?;
        if !status.starts_with('共') {
            return Ok(None);
        }
        let heading = root.find(Locator::Css("h2")).await?.text().await?;
        let more = root
            .find(Locator::Css("a.more"))
            .await?
            .attr("href")
            .await?;
        Ok(Some((status, heading, more.unwrap_or_default())))
    })
    .await?;
    assert_eq!(status, format!("共 {} 条措施", pinned.total), "{heading}");
    assert!(
        heading.contains("山东省、辽宁省") && heading.contains("2019-01 起"),
        "{heading}"
    );
    let region = |name: &str| format!("region={}", encode(name));
    assert!(
        more.contains(&format!("{}&{}", region("山东省"), region("辽宁省")))
            && more.contains("from=2019-01"),
        "{more}"
    );
    Ok(())
}
