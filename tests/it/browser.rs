//! The site and the sample portal in headless Chromium through WebDriver (chromedriver,
//! started here on a free port; the app served in-process on 127.0.0.1:0). Checks:
//! - home → search 「印章」 → highlighted results → two regions ticked and a date range by
//!   month (one chip a value, every value in the URL, results within them) → a measure →
//!   its precedent list;
//! - search as you type swaps the results without submitting and updates the URL;
//! - the sample portal mounts the `<script>` widget (results inside its shadow root), the
//!   widget pinned to the benefit finder (`data-mode="benefits"`: groups by benefit type, the
//!   enterprise types offered, choosing one reloads) and the `<iframe>` page;
//! - the document page shows the text with its measures marked, and its contents links
//!   move within the page (no reload: site.js leaves #fragment changes to the browser), as
//!   do the skip links; typing in the header box of a measure page never replaces the page;
//! - accessibility: axe-core (`tests/vendor/axe/axe.min.js`, injected through WebDriver) on
//!   every page at 1280 px and at 390 px finds no serious or critical violation;
//! - the keyboard focus ring contrasts at least 3:1 with what surrounds it, on white, on the
//!   marked measures and on the red header;
//! - a phone (390 px): no page scrolls sideways, the 「筛选」 button opens the facets, the
//!   citation box fits;
//! - the benefit finder: 「小微企业 · 山东省/威海市」 chosen in the form (no JavaScript needed)
//!   → measures grouped by benefit type, with 威海's, 山东省's or national measures → a measure;
//! - the export link of a filtered search downloads a CSV with one row per result;
//! - `/stats` lists the searches made on the way;
//! - screenshots of each step in `target/screenshots/` (`*-phone.png` at 390 px).
//!
//! Without chromedriver the test fails saying so, unless `ZHENGCE_SKIP_BROWSER=1`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use zhengce::server::{app, AppState, ServeConfig};
use zhengce::views::components::encode;

use crate::engine;

/// axe-core 4.14.1 (MPL-2.0, see `tests/vendor/axe/SOURCE.md`).
const AXE: &str = include_str!("../vendor/axe/axe.min.js");

type Outcome<T = ()> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// chromedriver, killed when the test ends however it ends.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

fn screenshots_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("screenshots")
}

async fn screenshot(client: &Client, name: &str) -> Outcome {
    let dir = screenshots_dir();
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join(format!("{name}.png")), client.screenshot().await?)?;
    Ok(())
}

/// A screenshot with the first element matching `selector` scrolled to the top.
async fn screenshot_at(client: &Client, selector: &str, name: &str) -> Outcome {
    client
        .execute(
            "document.querySelector(arguments[0]).scrollIntoView()",
            vec![json!(selector)],
        )
        .await?;
    screenshot(client, name).await
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

async fn wait_for_port(port: u16, timeout: Duration) -> Outcome {
    let start = Instant::now();
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        if start.elapsed() > timeout {
            return Err(
                format!("chromedriver did not listen on port {port} within {timeout:?}").into(),
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

/// Polls `check` until it gives `Some`, for at most 15 s.
async fn eventually<T, F, Fut>(what: &str, mut check: F) -> Outcome<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Outcome<Option<T>>>,
{
    let start = Instant::now();
    loop {
        if let Some(value) = check().await? {
            return Ok(value);
        }
        if start.elapsed() > Duration::from_secs(15) {
            return Err(format!("timed out waiting for {what}").into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Runs axe-core on the page shown and fails on any serious or critical violation (listing
/// each with the elements concerned); lesser findings are printed.
async fn accessible(client: &Client, page: &str) -> Outcome {
    let loaded = client
        .execute("return typeof window.axe === 'object';", vec![])
        .await?;
    if loaded != json!(true) {
        client
            .execute(&format!("{AXE}\n;return typeof window.axe;"), vec![])
            .await?;
    }
    let result = client
        .execute_async(
            r#"var done = arguments[arguments.length - 1];
               window.axe.run(document, { iframes: false, resultTypes: ["violations"] }).then(
                 function (r) {
                   done(r.violations.map(function (v) {
                     return { id: v.id, impact: v.impact, help: v.help,
                              nodes: v.nodes.slice(0, 4).map(function (n) { return n.target.join(" "); }) };
                   }));
                 },
                 function (e) { done({ error: String(e) }); });"#,
            vec![],
        )
        .await?;
    let violations = result
        .as_array()
        .ok_or_else(|| format!("axe failed on {page}: {result}"))?;
    let mut serious = Vec::new();
    for v in violations {
        let impact = v["impact"].as_str().unwrap_or("");
        let line = format!(
            "{page}: {impact} {} ({}) at {}",
            v["id"], v["help"], v["nodes"]
        );
        if matches!(impact, "serious" | "critical") {
            serious.push(line);
        } else {
            eprintln!("axe, not failing: {line}");
        }
    }
    if serious.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "axe found serious or critical violations:\n{}",
            serious.join("\n")
        )
        .into())
    }
}

/// Relative luminance of an `rgb(r, g, b)` / `rgba(…)` colour (WCAG 2).
fn luminance(css: &str) -> Option<f64> {
    let inside = css.split_once('(')?.1.trim_end_matches(')');
    let parts: Vec<f64> = inside
        .split(',')
        .take(3)
        .map(|p| p.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .ok()?;
    let channel = |c: f64| {
        let c = c / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    Some(0.2126 * channel(parts[0]) + 0.7152 * channel(parts[1]) + 0.0722 * channel(parts[2]))
}

/// Fails unless the keyboard focus ring of the element `selector` contrasts at least 3:1
/// with the background around it (WCAG 1.4.11).
async fn focus_ring_contrasts(client: &Client, selector: &str) -> Outcome {
    let colours = client
        .execute(
            r#"var el = document.querySelector(arguments[0]);
               el.focus({ focusVisible: true });
               var style = getComputedStyle(el);
               var bg = "rgb(255, 255, 255)";
               for (var n = el.parentElement; n; n = n.parentElement) {
                 var c = getComputedStyle(n).backgroundColor;
                 if (c && c !== "transparent" && c !== "rgba(0, 0, 0, 0)") { bg = c; break; }
               }
               return [style.outlineStyle, style.outlineColor, bg, document.activeElement === el];"#,
            vec![json!(selector)],
        )
        .await?;
    let text = |i: usize| colours[i].as_str().unwrap_or_default().to_owned();
    if colours[3] != json!(true) || text(0) == "none" {
        return Err(format!("{selector}: no visible focus ring ({colours})").into());
    }
    let (ring, around) = (luminance(&text(1)), luminance(&text(2)));
    let (Some(ring), Some(around)) = (ring, around) else {
        return Err(format!("{selector}: unreadable colours {colours}").into());
    };
    let ratio = (ring.max(around) + 0.05) / (ring.min(around) + 0.05);
    if ratio < 3.0 {
        return Err(format!("{selector}: focus ring {ratio:.2}:1 against its background").into());
    }
    Ok(())
}

/// Fails when the page is wider than the window (a phone would scroll sideways).
async fn fits_the_width(client: &Client, page: &str) -> Outcome {
    let widths = client
        .execute(
            "return [document.documentElement.scrollWidth, window.innerWidth];",
            vec![],
        )
        .await?;
    let (scroll, inner) = (
        widths[0].as_i64().unwrap_or(0),
        widths[1].as_i64().unwrap_or(0),
    );
    if scroll > inner {
        return Err(format!("{page} is {scroll} px wide in a {inner} px window").into());
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn site_and_portal_in_headless_chromium() {
    if std::env::var("ZHENGCE_SKIP_BROWSER").as_deref() == Ok("1") {
        eprintln!("browser test skipped: ZHENGCE_SKIP_BROWSER=1");
        return;
    }
    let chromedriver = find_program(&["chromedriver"]).unwrap_or_else(|| {
        panic!(
            "chromedriver is not installed (not found on PATH): install it with \
             `apt-get install -y chromium chromium-driver`, or set ZHENGCE_SKIP_BROWSER=1 to skip \
             the browser test"
        )
    });

    let engine = tokio::task::spawn_blocking(|| engine().clone())
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let router = app(AppState::with_live(
        std::sync::Arc::new(zhengce::server::live::LiveIndex::new(Some(engine))),
        ServeConfig::for_index("unused".into()),
        Some(std::sync::Arc::new(zhengce::stats::QueryStats::in_memory(
            100,
        ))),
    ));
    tokio::spawn(async move { axum::serve(listener, router).await });

    let port = free_port();
    let _driver = Driver(
        Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| panic!("cannot start {}: {err}", chromedriver.display())),
    );
    wait_for_port(port, Duration::from_secs(20)).await.unwrap();

    let profile = tempfile::tempdir().unwrap();
    let downloads = tempfile::tempdir().unwrap();
    let mut options = json!({
        "args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--lang=zh-CN",
            "--window-size=1280,1000",
            format!("--user-data-dir={}", profile.path().display()),
        ],
        "prefs": {
            "download.default_directory": downloads.path().display().to_string(),
            "download.prompt_for_download": false,
        },
    });
    if let Some(chromium) = find_program(&["chromium", "chromium-browser", "google-chrome"]) {
        options["binary"] = json!(chromium.display().to_string());
    }
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("goog:chromeOptions".into(), options);
    let client = ClientBuilder::native()
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session with headless Chromium");

    let outcome = walk_through(&client, &base, downloads.path()).await;
    if outcome.is_err() {
        let _ = screenshot(&client, "failure").await;
    }
    let _ = client.close().await;
    if let Err(err) = outcome {
        panic!("browser walk-through failed: {err} (see target/screenshots/failure.png)");
    }
}

/// 「小微企业 · 山东省/威海市」 in the benefit finder's form → the grouped list → a measure.
/// Returns the list's URL.
async fn benefit_finder(client: &Client, base: &str) -> Outcome<String> {
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

async fn walk_through(client: &Client, base: &str, downloads: &Path) -> Outcome {
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

    // The document page: the text with its measures marked; moving within it never reloads.
    client.goto(&document_url).await?;
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
    client.goto(&measure_url).await?;
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
    client.goto(&search_url).await?;
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
    client.goto(&measure_url).await?;
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
