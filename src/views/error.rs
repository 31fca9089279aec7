//! The page for a refused or failed request: what went wrong in words, and a way on.

use maud::{html, Markup};

use crate::views::layout;

/// An error page: `status` (404, 400 …) picks the heading, `message` says what to do.
pub fn page(status: u16, message: &str) -> Markup {
    let heading = match status {
        404 => "没有找到该页面",
        401 => "需要访问令牌",
        405 => "不支持该请求方式",
        400..=499 => "请求有误",
        503 => "服务繁忙,请稍后再试",
        _ => "服务器内部错误",
    };
    layout::page(
        &layout::Frame::new(heading, "/api/search"),
        html! {
            section.error {
                h1 { (heading) }
                p.message { (message) }
                p { a href="/" { "返回首页" } " · " a href="/search" { "浏览全部措施" } }
            }
        },
    )
}
