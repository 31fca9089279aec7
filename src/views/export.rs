//! Measures → the rows an official pastes into a report: CSV (for spreadsheets; UTF-8 with a
//! byte-order mark, which Excel needs to read Chinese) and JSON Lines (for programs). One row a
//! measure, with the citation columns: 地区, 文件, 文号, 成文日期, 措施编号 (the outline
//! position as written), 措施, 牵头单位, 完成时限, 链接 and 原文. Pure: the handler streams the
//! rows as it reads the measures.

use serde::Serialize;

use crate::views::components::measure_heading;
use crate::views::components::measure_href;
use crate::Measure;

/// Most rows one export gives: as deep as a search may page.
pub const MAX_EXPORT_ROWS: usize = crate::search::MAX_OFFSET;

/// The CSV header, in column order.
pub const COLUMNS: [&str; 10] = [
    "地区",
    "文件",
    "文号",
    "成文日期",
    "措施编号",
    "措施",
    "牵头单位",
    "完成时限",
    "链接",
    "原文",
];

/// The byte-order mark that opens the CSV file.
pub const BOM: &str = "\u{feff}";

/// One exported measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// Region path (`山东省/威海市`).
    pub region: String,
    /// The document's title.
    pub document: String,
    /// 文号.
    pub doc_number: String,
    /// 成文日期.
    pub date: String,
    /// The measure's number as written in its document (「三、(一)4.」), else its place in it
    /// (「第5条」).
    pub number: String,
    /// The measure's title, else the start of its text.
    pub title: String,
    /// 牵头单位, joined by 、.
    pub lead_units: String,
    /// 完成时限, joined by 、.
    pub deadlines: String,
    /// The measure's page on this site.
    pub link: String,
    /// The measure's text.
    pub text: String,
}

impl Row {
    /// The row of `measure`, its link on the site at `base` (`https://zhengce.example.org`).
    pub fn of(measure: &Measure, base: &str) -> Row {
        Row {
            region: measure.region.clone(),
            document: measure.doc_title.clone(),
            doc_number: measure.doc_number.clone().unwrap_or_default(),
            date: measure.date.clone().unwrap_or_default(),
            number: measure.cited_number(),
            title: measure_heading(measure.title.as_deref(), &measure.text),
            lead_units: measure.lead_units.join("、"),
            deadlines: measure.deadlines.join("、"),
            link: format!("{base}{}", measure_href(&measure.id)),
            text: measure.text.clone(),
        }
    }

    /// The row as one CSV line (RFC 4180, `\r\n` at the end).
    pub fn csv(&self) -> String {
        let fields = [
            &self.region,
            &self.document,
            &self.doc_number,
            &self.date,
            &self.number,
            &self.title,
            &self.lead_units,
            &self.deadlines,
            &self.link,
            &self.text,
        ];
        csv_line(fields.iter().map(|f| f.as_str()))
    }

    /// The row as one JSON Lines line (`\n` at the end).
    pub fn json_line(&self) -> String {
        let mut line = serde_json::to_string(self).unwrap_or_default();
        line.push('\n');
        line
    }
}

/// The CSV header line.
pub fn csv_header() -> String {
    csv_line(COLUMNS.iter().copied())
}

/// Fields as one CSV line: a field with a comma, a quote or a line break is quoted (its quotes
/// doubled); one that a spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) gets a
/// leading `'` so that opening the file runs nothing.
fn csv_line<'a>(fields: impl Iterator<Item = &'a str>) -> String {
    let mut line = String::new();
    for (i, field) in fields.enumerate() {
        if i > 0 {
            line.push(',');
        }
        let guarded;
        let field = if field.starts_with(['=', '+', '-', '@']) {
            guarded = format!("'{field}");
            guarded.as_str()
        } else {
            field
        };
        if field.contains([',', '"', '\n', '\r']) {
            line.push('"');
            line.push_str(&field.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(field);
        }
    }
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_carry_the_citation_columns() {
        let measure = crate::views::measure::tests::measure(4);
        let row = Row::of(&measure, "https://zc.example.org");
        assert_eq!(row.region, "山东省/威海市");
        assert_eq!(row.doc_number, "威办发〔2020〕7号");
        assert_eq!(row.number, "第5条");
        assert_eq!(row.lead_units, "市行政审批服务局");
        assert_eq!(row.deadlines, "2020-11");
        assert_eq!(
            row.link,
            "https://zc.example.org/measures/weihai-2020-07.1-4"
        );
        let csv = row.csv();
        assert!(csv.starts_with("山东省/威海市,威海市提标提速提效"), "{csv}");
        assert!(
            csv.ends_with("\"新开办企业<免费>刻制公章。\n牵头单位:市行政审批服务局\"\r\n"),
            "{csv}"
        );
        let json: serde_json::Value = serde_json::from_str(row.json_line().trim_end()).unwrap();
        assert_eq!(json["number"], "第5条");
        assert_eq!(csv_header().split(',').count(), COLUMNS.len());
    }

    #[test]
    fn csv_quotes_what_needs_it_and_never_starts_a_formula() {
        let line = csv_line(["a,b", "say \"hi\"", "=1+1", "-3", "plain"].into_iter());
        assert_eq!(line, "\"a,b\",\"say \"\"hi\"\"\",'=1+1,'-3,plain\r\n");
    }
}
