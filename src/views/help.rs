//! The help page: how to search (words, questions), what the filters do, how pages and their
//! JSON are addressed, and how to put the search on a portal.

use maud::{html, Markup};

use crate::views::layout;

/// A piece of example code.
fn example(code: &str) -> Markup {
    html! { code { (code) } }
}

/// The help page.
pub fn page() -> Markup {
    layout::page(
        &layout::Frame::new("检索帮助", "/api/search"),
        html! {
            article.help {
                h1 { "检索帮助" }
                nav.contents aria-labelledby="help-contents" {
                    h2 #help-contents { "目录" }
                    ul {
                        li { a href="#words" { "输入关键词或问题" } }
                        li { a href="#filters-help" { "筛选与排序" } }
                        li { a href="#pages" { "措施与文件" } }
                        li { a href="#export" { "导出结果" } }
                        li { a href="#api" { "JSON 接口" } }
                        li { a href="#embed" { "嵌入门户网站" } }
                    }
                }
                section aria-labelledby="words" {
                    h2 #words { "输入关键词或问题" }
                    p {
                        "输入一个或几个词(如 " (example("印章")) "、" (example("施工许可 联合验收"))
                        "),列出含有这些词的措施,最相关的在前。繁体字、全角字符与简体、半角等同。"
                    }
                    p {
                        "输入一个问题(如 " (example("新开办企业刻章要钱吗"))
                        "),结果上方会给出摘自政策原文的回答及其出处;"
                        a href="/ask" { "问答" } "页只显示回答。回答以原文为准。"
                    }
                }
                section aria-labelledby="filters-help" {
                    h2 #filters-help { "筛选与排序" }
                    p {
                        "检索结果页的「筛选」栏按地区、领域、牵头单位和年份缩小范围,每个选项旁是符合条件的措施数。"
                        "选中的条件显示在结果上方,点击可移除。地区包含其下辖地区:选「山东省」也包括威海市的措施。"
                    }
                    p { "排序可选「相关度」或「日期」(新发布的文件在前)。" }
                    p { "页面地址包含全部检索条件,可以收藏或发给同事。" }
                }
                section aria-labelledby="pages" {
                    h2 #pages { "措施与文件" }
                    p {
                        "每条措施有自己的页面:原文、牵头单位、完成时限、所属章节,一段可复制的引用,以及其他地区的同类措施。"
                        "文件页显示全文,各条措施在文中标出并链接到措施页,章节标题可直接链接;有原文地址的,附原文链接。"
                    }
                }
                section aria-labelledby="export" {
                    h2 #export { "导出结果" }
                    p {
                        "检索结果页底部可将当前条件下的全部结果(不止当前页)导出为 CSV 表格(可用 Excel、WPS 打开)或 JSON Lines,"
                        "每条措施一行,列为:地区、文件、文号、成文日期、措施编号(文件中的序号,如「三、(一)4.」)、措施、牵头单位、完成时限、链接、原文。"
                        "一次最多导出 " (crate::views::export::MAX_EXPORT_ROWS) " 条;地址为 "
                        (example("/export?q=印章&format=csv")) ",可加 " (example("limit")) " 限定条数。"
                    }
                }
                section aria-labelledby="api" {
                    h2 #api { "JSON 接口" }
                    p { "每个页面底部的「JSON 接口」链接给出该页内容的 JSON 数据。接口只接受 GET 请求:" }
                    ul {
                        li { (example("/api/search?q=印章&region=山东省/威海市")) ":检索,参数同检索页,另有 " (example("limit")) "(每页条数,最多 100)" }
                        li { (example("/api/ask?q=新开办企业刻章要钱吗")) ":问答" }
                        li { (example("/api/measures/{编号}")) ":一条措施" }
                        li { (example("/api/docs/{编号}")) ":一份文件,含全文与其措施" }
                    }
                    p { "出错时返回 " (example("{\"error\": \"原因\"}")) " 及相应的状态码。高亮位置以字符计。" }
                }
                section aria-labelledby="embed" {
                    h2 #embed { "嵌入门户网站" }
                    p {
                        "门户网站可用一行脚本嵌入检索框,或用 iframe 嵌入检索页,并限定地区或领域。见"
                        a href="/examples/portal.html" { "示例门户页面" } "。"
                        "门户与本站不在同一域名时,本站启动时须允许门户的来源:"
                        (example("zhengce serve --cors-origin https://门户网站地址"))
                        "。"
                    }
                }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_names_the_api_and_the_cors_setting() {
        let html = page().into_string();
        for fact in ["/api/search", "/api/docs/", "--cors-origin", "筛选", "问答"] {
            assert!(html.contains(fact), "{fact}");
        }
    }
}
