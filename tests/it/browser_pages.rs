//! The browser walk's last steps: the document page (moving within it never reloads), the
//! focus ring, the header box of a measure page, every page under axe-core at desktop width
//! and on a phone, the phone's folded facets and the citation box.

use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::json;

use crate::browser::{screenshot, screenshot_at, Outcome};
use crate::browser_checks::{accessible, fits_the_width, focus_ring_contrasts};
use crate::browser_site::{benefit_finder, Visited};

/// The pages opened before, checked again at both widths.
pub async fn pages(client: &Client, base: &str, visited: &Visited) -> Outcome {
    let wait = || client.wait().at_most(Duration::from_secs(15));
    let Visited {
        search_url,
        measure_url,
        document_url,
    } = visited;

    // The document page: the text with its measures marked; moving within it never reloads.
    client.goto(document_url).await?;
    wait()
        .for_element(Locator::Css("div.measure-block"))
        .await?;
    let blocks = client.find_all(Locator::Css("div.measure-block")).await?;
    let links = client
        .find_all(Locator::Css("div.measure-block p.measure-tag a"))
        .await?;
    assert!(
        !blocks.is_empty() && blocks.len() == links.len(),
        "every measure linked"
    );
    client.execute("window.stayed = true;", vec![]).await?;
    client
        .find(Locator::Css("nav.contents a"))
        .await?
        .click()
        .await?;
    client
        .execute("document.querySelector('a.skip').focus();", vec![])
        .await?;
    client.find(Locator::Css("a.skip")).await?.click().await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        client
            .execute("return window.stayed === true;", vec![])
            .await?,
        json!(true),
        "following #fragment links keeps the page (no reload)"
    );
    assert!(client.current_url().await?.fragment() == Some("main"));
    screenshot_at(client, "div.measure-block", "document-text").await?;

    // The focus ring stands out (≥ 3:1) on white and on the red header.
    for selector in [
        "main a",
        "header.site input[name=q]",
        "a.brand",
        "div.measure-block a",
    ] {
        focus_ring_contrasts(client, selector).await?;
    }

    // Typing in the header box of a measure page leaves the page alone.
    client.goto(measure_url).await?;
    let heading = client.find(Locator::Css("h1")).await?.text().await?;
    client
        .find(Locator::Css("header.site input[name=q]"))
        .await?
        .send_keys("施工许可")
        .await?;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(client.current_url().await?.as_str(), measure_url);
    assert_eq!(
        client.find(Locator::Css("h1")).await?.text().await?,
        heading
    );

    let benefits_url = benefit_finder(client, base).await?;

    // Every page, at desktop width and on a phone: axe-core finds nothing serious.
    let pages = [
        ("home", format!("{base}/")),
        ("search-filtered", search_url.clone()),
        ("measure", measure_url.clone()),
        ("document", document_url.clone()),
        ("ask", format!("{base}/ask?q=%E6%96%B0%E5%BC%80%E5%8A%9E%E4%BC%81%E4%B8%9A%E5%88%BB%E7%AB%A0%E8%A6%81%E9%92%B1%E5%90%97")),
        ("ask-empty", format!("{base}/ask")),
        ("help", format!("{base}/help")),
        ("benefits", benefits_url.clone()),
        ("stats", format!("{base}/stats")),
        ("embed", format!("{base}/embed?q=%E5%8D%B0%E7%AB%A0")),
        ("not-found", format!("{base}/no-such-page")),
        ("portal", format!("{base}/examples/portal.html")),
    ];
    // The portal's widget fills in after the page loads.
    let open = |url: String, name: &'static str| async move {
        client.goto(&url).await?;
        if name == "portal" {
            wait()
                .for_element(Locator::Css("div.zhengce-embed"))
                .await?;
            tokio::time::sleep(Duration::from_millis(800)).await;
        }
        Outcome::Ok(())
    };
    for (name, url) in &pages {
        open(url.clone(), name).await?;
        accessible(client, name).await?;
    }

    // A phone.
    client.set_window_size(390, 844).await?;
    for (name, url) in &pages {
        open(url.clone(), name).await?;
        accessible(client, &format!("{name} at 390 px")).await?;
        fits_the_width(client, name).await?;
        screenshot(client, &format!("{name}-phone")).await?;
    }

    // The facets are folded behind 「筛选」, which opens them.
    client.goto(search_url).await?;
    let facets = client.find(Locator::Css("aside.facets")).await?;
    assert!(!facets.is_displayed().await?, "facets folded on a phone");
    let toggle = client.find(Locator::Css("a.filter-toggle")).await?;
    assert!(toggle.is_displayed().await?);
    toggle.click().await?;
    assert!(facets.is_displayed().await?, "「筛选」 opens the facets");
    assert_eq!(toggle.attr("aria-expanded").await?.as_deref(), Some("true"));
    screenshot(client, "search-filters-phone").await?;
    client
        .find(Locator::Css("a.filter-close"))
        .await?
        .click()
        .await?;
    assert!(
        !facets.is_displayed().await?,
        "「收起筛选」 folds them again"
    );

    // The citation box fits the screen.
    client.goto(measure_url).await?;
    let right = client
        .execute(
            "var r = document.querySelector('#cite').getBoundingClientRect(); return [r.left, r.right, window.innerWidth];",
            vec![],
        )
        .await?;
    assert!(
        right[0].as_f64().unwrap_or(-1.0) >= 0.0
            && right[1].as_f64().unwrap_or(1e9) <= right[2].as_f64().unwrap_or(0.0),
        "citation box within the screen: {right}"
    );
    screenshot_at(client, "section.citation", "measure-citation-phone").await?;
    Ok(())
}
