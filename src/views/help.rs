//! The help page: how to search (words, questions), what the filters do, how pages and their
//! JSON are addressed, and how to put the search on a portal.

use maud::{html, Markup};

use crate::search::request::FacetKind;
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
                        li { a href="#syntax" { "短语与排除" } }
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
                section aria-labelledby="syntax" {
                    h2 #syntax { "短语与排除" }
                    table.syntax {
                        caption.visually-hidden { "检索语法" }
                        thead { tr { th scope="col" { "写法" } th scope="col" { "含义" } th scope="col" { "例" } } }
                        tbody {
                            tr {
                                td { (example("\"…\"")) }
                                td { "引号内的词须按原样连在一起出现(中文引号 “…” 亦可)" }
                                td { (example("\"一网通办\"")) }
                            }
                            tr {
                                td { (example("-词")) }
                                td { "结果中不含这个词(减号紧贴词前,前面留空格)" }
                                td { (example("印章 -电子")) ":含「印章」、不含「电子」的措施" }
                            }
                            tr {
                                td { (example("-\"…\"")) }
                                td { "结果中不含这个短语" }
                                td { (example("许可 -\"告知承诺\"")) }
                            }
                        }
                    }
                    p {
                        "词中间的连字符不算排除(" (example("2021-2024年")) " 照常检索);引号未闭合时按普通文字处理。"
                        "只写排除词时(如 " (example("-电子")) "),列出其余全部措施。"
                    }
                }
                section aria-labelledby="filters-help" {
                    h2 #filters-help { "筛选与排序" }
                    p {
                        "检索结果页的「筛选」栏按" (FacetKind::ALL.map(FacetKind::label).join("、")) "和发文日期缩小范围,每个选项旁是符合条件的措施数。"
                        "勾选后点「应用筛选」。同一栏可勾选多项,结果包含其中任一项(如同时勾选两个地区);"
                        "不同栏的条件同时满足(如某地区且某年份)。地区包含其下辖地区:选「山东省」也包括威海市的措施。"
                        "选中的条件显示在结果上方,点击可移除;某个条件在收录的措施中不存在时,页面会说明。"
                    }
                    p {
                        "牵头单位前标出其所属地区(如「威海市·市场监管局」),同一单位的不同写法(如「市场监督管理局」与「市场监管局」)合为一项。"
                    }
                    p {
                        "发文日期按月份限定:" (example("from=2021-03")) "(该月起)、" (example("to=2022-06"))
                        "(至该月止),也可只写年份(" (example("from=2021")) " 即 2021 年 1 月起," (example("to=2022")) " 即至 2022 年 12 月)。"
                        "多个值在地址中重复参数名:" (example("region=山东省&region=辽宁省&year=2020&year=2022")) "。"
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
                    p {
                        "出错时返回 " (example("{\"error\": \"原因\"}")) " 及相应的状态码。高亮位置以字符计。"
                        "筛选值在收录的措施中不存在时,检索结果的 " (example("unknown")) " 列出参数与值(如 "
                        (example("{\"param\": \"region\", \"value\": \"火星\"}")) "),其余条件照常筛选。"
                    }
                }
                section aria-labelledby="embed" {
                    h2 #embed { "嵌入门户网站" }
                    p {
                        "门户网站可用一行脚本嵌入检索框,或用 iframe 嵌入检索页,并限定任一筛选条件(脚本的 "
                        (example("data-region")) "、" (example("data-lead-unit")) "、" (example("data-from")) " 等;"
                        "同一条件的多个值用「|」分隔,如 " (example("data-region=\"山东省|辽宁省\"")) ")。见"
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
        for fact in [
            "/api/search",
            "/api/docs/",
            "--cors-origin",
            "筛选",
            "问答",
            "印章 -电子",
            "from=2021-03",
            "region=山东省&amp;region=辽宁省",
        ] {
            assert!(html.contains(fact), "{fact}");
        }
    }
}
