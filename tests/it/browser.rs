//! The site and the sample portal in headless Chromium through WebDriver (chromedriver,
//! started here on a free port; the app served in-process on 127.0.0.1:0). Checks:
//! - home → search 「印章」 → highlighted results → a region facet (chip, filtered URL) →
//!   a measure → its precedent list;
//! - search as you type swaps the results without submitting and updates the URL;
//! - the sample portal mounts the `<script>` widget (results inside its shadow root) and the
//!   `<iframe>` page;
//! - screenshots of each step in `target/screenshots/`, plus the search page on a phone.
//!
//! Without chromedriver the test fails saying so, unless `ZHENGCE_SKIP_BROWSER=1`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use zhengce::server::{app, AppState, ServeConfig};

use crate::engine;

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
    let router = app(AppState::new(
        engine,
        ServeConfig::for_index("unused".into()),
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
    let mut options = json!({
        "args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--lang=zh-CN",
            "--window-size=1280,1000",
            format!("--user-data-dir={}", profile.path().display()),
        ]
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

    let outcome = walk_through(&client, &base).await;
    if outcome.is_err() {
        let _ = screenshot(&client, "failure").await;
    }
    let _ = client.close().await;
    if let Err(err) = outcome {
        panic!("browser walk-through failed: {err} (see target/screenshots/failure.png)");
    }
}

async fn walk_through(client: &Client, base: &str) -> Outcome {
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

    // Click a region facet (a city, so its measures have precedents elsewhere): the chip
    // appears, the URL holds the filter.
    let facet = client
        .find(Locator::Css("aside.facets ul.tree ul.tree a"))
        .await?;
    let region = facet.attr("title").await?.unwrap_or_default();
    facet.click().await?;
    wait().for_element(Locator::Css("ul.chips a.chip")).await?;
    assert!(client.current_url().await?.as_str().contains("region="));
    let chip = client
        .find(Locator::Css("ul.chips a.chip"))
        .await?
        .text()
        .await?;
    assert!(chip.contains(&region), "chip {chip:?} names {region:?}");
    screenshot(client, "search-region").await?;

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
    client
        .execute(
            "document.querySelector('section.precedents').scrollIntoView()",
            vec![],
        )
        .await?;
    screenshot(client, "measure-precedents").await?;

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
            region: Some("山东省/威海市".into()),
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
    screenshot(client, "portal").await?;

    // A phone.
    client.set_window_size(390, 844).await?;
    client
        .goto(&format!("{base}/search?q=%E5%8D%B0%E7%AB%A0"))
        .await?;
    wait().for_element(Locator::Css("ol.hits li.hit")).await?;
    screenshot(client, "search-phone").await?;
    Ok(())
}
