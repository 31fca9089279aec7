//! What the browser test checks on every page: axe-core finds no serious or critical
//! violation, the focus ring contrasts with what surrounds it, nothing scrolls sideways.

use fantoccini::Client;
use serde_json::json;

use crate::browser::Outcome;

/// axe-core 4.14.1 (MPL-2.0, see `tests/vendor/axe/SOURCE.md`).
const AXE: &str = include_str!("../vendor/axe/axe.min.js");

/// Runs axe-core on the page shown and fails on any serious or critical violation (listing
/// each with the elements concerned); lesser findings are printed.
pub async fn accessible(client: &Client, page: &str) -> Outcome {
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
pub async fn focus_ring_contrasts(client: &Client, selector: &str) -> Outcome {
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
pub async fn fits_the_width(client: &Client, page: &str) -> Outcome {
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
