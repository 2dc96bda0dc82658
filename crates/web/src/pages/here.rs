//! Where the page being shown is, so the menus can mark their current item with
//! `aria-current` without every handler passing its path along.

use super::Nav;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;

tokio::task_local! {
    static PATH: String;
}

/// Middleware: keeps the request's path for the handler's page.
pub async fn remember(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    PATH.scope(path, next.run(req)).await
}

/// The path of the request being answered (empty outside one).
pub fn path() -> String {
    PATH.try_with(Clone::clone).unwrap_or_default()
}

/// `aria-current` for a link to `path`: `page` on that very page, `true` on a page inside it
/// (a gathering inside "Gatherings") when `section` is set, else nothing.
pub fn aria_current(here: &str, path: &str, section: bool) -> &'static str {
    let here = here.trim_end_matches('/');
    if here == path {
        r#" aria-current="page""#
    } else if section && here.strip_prefix(path).is_some_and(|r| r.starts_with('/')) {
        r#" aria-current="true""#
    } else {
        ""
    }
}

impl Nav {
    /// `aria-current` for the community menu's link to `/c/{slug}{tail}`.
    pub fn aria(&self, tail: &str) -> &'static str {
        let Some(c) = &self.community else {
            return "";
        };
        aria_current(
            &self.path,
            &format!("/c/{}{tail}", c.slug),
            !tail.is_empty(),
        )
    }

    /// `aria-current` for a link of the top menu to a section such as `/library`.
    pub fn aria_top(&self, path: &str) -> &'static str {
        aria_current(&self.path, path, true)
    }
}

#[cfg(test)]
mod tests {
    use super::aria_current;

    #[test]
    fn the_current_page_and_its_section_are_marked() {
        assert_eq!(
            aria_current("/c/a/g", "/c/a/g", true),
            r#" aria-current="page""#
        );
        assert_eq!(
            aria_current("/c/a/g/3", "/c/a/g", true),
            r#" aria-current="true""#
        );
        assert_eq!(aria_current("/c/a/g/3", "/c/a/g", false), "");
        assert_eq!(aria_current("/c/a/gx", "/c/a/g", true), "");
    }
}
