//! The browser walk through the site: home → search → filters by region and month → export →
//! a measure and its precedents → search as you type → a question → a document → the
//! statistics; and the benefit finder's form.

use std::path::Path;
use std::time::Duration;

use fantoccini::{Client, Locator};

use crate::browser::{eventually, screenshot, screenshot_at, Outcome};

/// The pages the walk opened that later steps open again.
pub struct Visited {
    /// The filtered search.
    pub search_url: String,
    /// A measure of it.
    pub measure_url: String,
    /// That measure's document.
    pub document_url: String,
}

/// The site from its home page to the statistics.
pub async fn site(client: &Client, base: &str, downloads: &Path) -> Outcome<Visited> {
    let wait = || client.wait().at_most(Duration::from_secs(15));

    // Home: big search box, domain tiles.
    client.goto(&format!("{base}/")).await?;
    assert!(client.title().await?.contains("政策措施检索"));
    assert!(!client
        .find_all(Locator::Css("ul.tiles a.tile"))
        .await?
        .is_empty());
    screenshot(client, "home").await?;

    // Search 「印章」 from the home page.
    let input = client.find(Locator::Css("#q-home")).await?;
    input.send_keys("印章").await?;
    client
        .find(Locator::Css("form.search.large button"))
        .await?
        .click()
        .await?;
    wait().for_element(Locator::Css("ol.hits li.hit")).await?;
    assert!(client.current_url().await?.as_str().contains("/search?q="));
    assert!(
        !client
            .find_all(Locator::Css("ol.hits mark"))
            .await?
            .is_empty(),
        "highlighted words"
    );
    screenshot(client, "search").await?;

    // Tick two regions (a city first, so its measures have precedents elsewhere) and a date
    // range by month, then 「应用筛选」 (a plain form: no JavaScript needed): the URL holds
    // every value, one chip a value, every result in one of the two regions.
    let boxes = client
        .find_all(Locator::Css(
            "aside.facets ul.tree ul.tree input[type='checkbox']",
        ))
        .await?;
    assert!(boxes.len() >= 2, "nested region checkboxes");
    let region = boxes[0].attr("value").await?.unwrap_or_default();
    let other = boxes[boxes.len() - 1]
        .attr("value")
        .await?
        .unwrap_or_default();
    assert_ne!(region, other);
    boxes[0].click().await?;
    boxes[boxes.len() - 1].click().await?;
    client
        .execute(
            "document.querySelector('#filter-from').value = '2020-01';
             document.querySelector('#filter-to').value = '2022-12';",
            vec![],
        )
        .await?;
    client
        .find(Locator::Css("form.facet-form button[type='submit']"))
        .await?
        .click()
        .await?;
    wait().for_element(Locator::Css("ul.chips a.chip")).await?;
    let url = client.current_url().await?.to_string();
    assert_eq!(url.matches("region=").count(), 2, "{url}");
    assert!(
        url.contains("from=2020-01") && url.contains("to=2022-12"),
        "{url}"
    );
    let chips = client.find_all(Locator::Css("ul.chips a.chip")).await?;
    let mut chip_texts = Vec::new();
    for chip in &chips {
        chip_texts.push(chip.text().await?);
    }
    assert_eq!(chip_texts.len(), 3, "{chip_texts:?}");
    let short = |path: &str| path.rsplit('/').next().unwrap_or(path).to_owned();
    assert!(
        chip_texts[0].contains(&short(&region)),
        "chip {chip_texts:?} names {region:?}"
    );
    assert!(
        chip_texts.iter().any(|c| c.contains("2020-01 至 2022-12")),
        "{chip_texts:?}"
    );
    let mut shown = 0;
    for place in client
        .find_all(Locator::Css("ol.hits p.facts span.region"))
        .await?
    {
        let path = place.attr("title").await?.unwrap_or_default();
        assert!(
            path.starts_with(&region) || path.starts_with(&other),
            "{path} is in {region} or {other}"
        );
        shown += 1;
    }
    assert!(shown > 0, "results within the filters");
    for value in [&region, &other] {
        let ticked = client
            .find(Locator::Css(&format!(
                "aside.facets input[name='region'][value='{value}']"
            )))
            .await?;
        assert!(ticked.is_selected().await?, "{value} stays ticked");
    }
    screenshot(client, "search-region").await?;
    let search_url = client.current_url().await?.to_string();

    // Export every page of these results: the CSV downloads with its citation columns.
    let total: usize = client
        .find(Locator::Css("p.count strong"))
        .await?
        .text()
        .await?
        .parse()?;
    client
        .find(Locator::Css("p.export a[href*='format=csv']"))
        .await?
        .click()
        .await?;
    let csv = eventually("the CSV download", || async {
        let done = std::fs::read_dir(downloads)?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .find(|path| path.extension().is_some_and(|ext| ext == "csv"));
        Ok(done.map(std::fs::read_to_string).transpose()?)
    })
    .await?;
    assert!(csv
        .starts_with("\u{feff}地区,文件,文号,成文日期,措施编号,措施,牵头单位,完成时限,链接,原文"));
    assert_eq!(
        csv.matches(&format!(",{base}/measures/")).count(),
        total,
        "one row per result, every page"
    );

    // Open a measure: its precedents in other regions.
    client
        .find(Locator::Css("ol.hits li.hit h3 a"))
        .await?
        .click()
        .await?;
    wait()
        .for_element(Locator::Css("section.precedents"))
        .await?;
    assert!(client.current_url().await?.path().starts_with("/measures/"));
    assert!(!client
        .find_all(Locator::Css("table.fields tr"))
        .await?
        .is_empty());
    let precedents = client
        .find_all(Locator::Css("ol.precedents li.hit"))
        .await?;
    assert!(
        !precedents.is_empty(),
        "the precedent list shows other regions' measures"
    );
    let copy = client.find(Locator::Css("button.copy")).await?;
    assert!(
        copy.is_displayed().await?,
        "JavaScript shows the copy button"
    );
    screenshot(client, "measure").await?;
    let measure_url = client.current_url().await?.to_string();
    screenshot_at(client, "section.precedents", "measure-precedents").await?;

    // Search as you type from the header box, no submit.
    client
        .goto(&format!("{base}/search?q=%E5%8D%B0%E7%AB%A0"))
        .await?;
    let header_box = client
        .find(Locator::Css("header.site input[name=q]"))
        .await?;
    header_box.clear().await?;
    header_box.send_keys("施工许可").await?;
    eventually("the live search to update the URL", || async {
        let url = client.current_url().await?;
        Ok(url.as_str().contains("%E6%96%BD%E5%B7%A5").then_some(()))
    })
    .await?;
    let heading = client
        .find(Locator::Css("#results-heading"))
        .await?
        .text()
        .await?;
    assert!(heading.contains("施工许可"), "{heading}");

    // A question: the answer card on top of the results, and the /ask page.
    client
        .goto(&format!("{base}/ask?q=%E6%96%B0%E5%BC%80%E5%8A%9E%E4%BC%81%E4%B8%9A%E5%88%BB%E7%AB%A0%E8%A6%81%E9%92%B1%E5%90%97"))
        .await?;
    wait().for_element(Locator::Css("section.answer")).await?;
    screenshot(client, "ask").await?;
    client
        .goto(&format!("{base}/search?q=%E6%96%B0%E5%BC%80%E5%8A%9E%E4%BC%81%E4%B8%9A%E5%88%BB%E7%AB%A0%E8%A6%81%E9%92%B1%E5%90%97"))
        .await?;
    wait().for_element(Locator::Css("ol.hits li.hit")).await?;
    screenshot(client, "search-question").await?;

    // A document's outline.
    client
        .find(Locator::Css("ol.hits li.hit p.facts a.doc"))
        .await?
        .click()
        .await?;
    wait()
        .for_element(Locator::Css("div.outline ol li a"))
        .await?;
    screenshot(client, "document").await?;
    let document_url = client.current_url().await?.to_string();

    // The statistics for officials, counting the searches above.
    client.goto(&format!("{base}/stats")).await?;
    wait().for_element(Locator::Css("table.stats td a")).await?;
    screenshot(client, "stats").await?;
    Ok(Visited {
        search_url,
        measure_url,
        document_url,
    })
}

/// 「小微企业 · 山东省/威海市」 in the benefit finder's form → the grouped list → a measure.
/// Returns the list's URL.
pub async fn benefit_finder(client: &Client, base: &str) -> Outcome<String> {
    let wait = || client.wait().at_most(Duration::from_secs(15));
    client.goto(&format!("{base}/benefits")).await?;
    client
        .find(Locator::Css("select#beneficiary"))
        .await?
        .select_by_value("小微企业")
        .await?;
    client
        .find(Locator::Css("select#region"))
        .await?
        .select_by_value("山东省/威海市")
        .await?;
    let parents = client.find(Locator::Css("input#parents")).await?;
    assert!(
        parents.is_selected().await?,
        "「含上级政策」 is ticked by default"
    );
    screenshot(client, "benefits-form").await?;
    client
        .find(Locator::Css("form.benefits button[type=submit]"))
        .await?
        .click()
        .await?;
    wait()
        .for_element(Locator::Css("section.benefit-results"))
        .await?;
    let url = client.current_url().await?;
    let query = url.query().unwrap_or_default().to_owned();
    assert!(
        query.contains("beneficiary=%E5%B0%8F%E5%BE%AE%E4%BC%81%E4%B8%9A")
            && query.contains("parents=1"),
        "the URL holds the profile: {url}"
    );
    let groups = client
        .find_all(Locator::Css("section.benefit-group h3"))
        .await?;
    assert!(!groups.is_empty(), "measures grouped by benefit type");
    let mut regions = Vec::new();
    for tag in client
        .find_all(Locator::Css("li.benefit h4 span.region"))
        .await?
    {
        regions.push(tag.attr("title").await?.unwrap_or_default());
    }
    assert!(
        regions.iter().any(|r| r == "全国") && regions.iter().any(|r| r.starts_with("山东省")),
        "national and 山东 measures both listed: {regions:?}"
    );
    screenshot(client, "benefits").await?;
    let first = client.find(Locator::Css("li.benefit h4 a")).await?;
    let title = first.text().await?;
    first.click().await?;
    wait().for_element(Locator::Css("table.fields")).await?;
    assert!(client.current_url().await?.path().starts_with("/measures/"));
    assert!(!title.is_empty());
    screenshot(client, "benefits-measure").await?;
    Ok(url.to_string())
}
