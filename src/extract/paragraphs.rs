//! Measures of a text without a numbered outline (a notice, a report, a yearbook page): one
//! measure a paragraph, header and credit lines dropped, an attribution line joined to the
//! paragraph above it.

use std::sync::LazyLock;

use regex::Regex;

use super::{attribution, deadline, doc_fields, domain, min_hits, outline, CREDIT_LINE};
use crate::domain::Domain;
use crate::{Document, Measure};

/// A line that frames a text and states nothing: a date standing alone (「2018年5月2日」, with
/// at most a short tail of no clause: 「2018年5月2日 星期三」, 「…印发」), a 文号, a closing formula,
/// a page's publishing data. A paragraph that opens with a date and goes on past a comma is a
/// news report's lead (「2018年10月9日至11日,首届…峰会在济南市召开。」): it says what happened
/// and when, and is a measure like any other paragraph.
static HEADER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。,;:]{0,12}$|\(?[^。,]{0,20}[〔\[]\d{4}[〕\]]\s*\d*\s*号\)?$|\(此件.*\)|(?:感谢|特此|此复|专此).{0,20}$|.*(?:发布日期|发布时间|来源|点击次数)\s*:)")
        .expect("valid regex")
});

/// One measure a paragraph, for texts without a numbered outline (ids `p<line>`).
pub(super) fn measures(doc: &Document, year: Option<u32>) -> Vec<Measure> {
    let doc_domain = domain::of_document(&doc.title);
    let mut out: Vec<Measure> = Vec::new();
    for (n, line) in doc.text.lines().enumerate() {
        let line = line.trim();
        if let Some(a) = attribution::parse_line(line) {
            if let Some(last) = out.last_mut() {
                last.text.push('\n');
                last.text.push_str(line);
                last.lead_units.extend(a.lead);
                last.responsible_units.extend(a.responsible);
                last.deadlines.extend(deadline::completion(&a.when, year));
                continue;
            }
        }
        let chars = line.chars().count();
        let header = chars < 15
            || outline::is_trailer(line)
            || line.ends_with(':')
            || line == doc.title
            || HEADER_LINE.is_match(line)
            || !line.contains(['。', ',', ';', ':']) && chars < 40
            || CREDIT_LINE.is_match(line);
        if header {
            continue;
        }
        let (mut a, _) = attribution::inline(line).unwrap_or_default();
        let domain = doc_domain
            .or_else(|| domain::of_heading(&doc.title))
            .or_else(|| domain::of_words_at_least("", line, min_hits(line)))
            .unwrap_or_else(|| Domain::other().name());
        out.push(Measure {
            id: format!("p{}", n + 1),
            text: line.to_owned(),
            domain: domain.to_owned(),
            lead_units: std::mem::take(&mut a.lead),
            responsible_units: std::mem::take(&mut a.responsible),
            deadlines: deadline::milestones(line, year),
            status: a.status,
            ..doc_fields(doc)
        });
    }
    out
}
