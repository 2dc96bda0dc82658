//! Long lists on steward pages (members, roles, invitations): a case-insensitive search and
//! pages of [`PER_PAGE`] rows, with links that keep the search.

use crate::i18n::Val;
use convene_i18n::{Arg, Tr};
use serde::Deserialize;

pub const PER_PAGE: usize = 50;

/// `?q=…&page=…` (page counts from 1; anything odd is page 1).
#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct ListQuery {
    pub q: String,
    pub page: String,
}

/// One page of a list, and what the page says about it.
pub struct Pager {
    pub q: String,
    pub page: usize,
    pub pages: usize,
    /// Rows matching the search, on all pages.
    pub total: usize,
    /// Rows before the search.
    pub all: usize,
    pub first_shown: usize,
    pub last_shown: usize,
    /// Base path of the list, for the links.
    pub path: String,
}

impl Pager {
    fn link(&self, page: usize) -> String {
        let mut l = format!("{}?page={page}", self.path);
        if !self.q.is_empty() {
            l.push_str("&q=");
            l.push_str(&urlencoding::encode(&self.q));
        }
        l
    }

    pub fn prev(&self) -> Option<String> {
        (self.page > 1).then(|| self.link(self.page - 1))
    }

    pub fn next(&self) -> Option<String> {
        (self.page < self.pages).then(|| self.link(self.page + 1))
    }

    /// "Showing 51–100 of 150 members", or what the search found; `what` is `members` or
    /// `invitations`.
    pub fn sentence(&self, tr: impl Val<Tr>, what: &str) -> String {
        let tr = tr.val();
        let invitations = what == "invitations";
        let key = |members: &'static str, invites: &'static str| {
            if invitations { invites } else { members }
        };
        let q = self.q.as_str();
        let args = |extra: &[(&'static str, usize)]| {
            let mut a = vec![("q", q.value())];
            a.extend(extra.iter().map(|(n, v)| (*n, v.value())));
            a
        };
        let (first, last) = (("first", self.first_shown), ("last", self.last_shown));
        let (total, all) = (("total", self.total), ("all", self.all));
        let (key, args) = match (self.total, self.q.is_empty(), self.pages > 1) {
            (0, true, _) => (
                key("people-list-none-members", "people-list-none-invitations"),
                args(&[]),
            ),
            (0, false, _) => (
                key(
                    "people-list-no-match-members",
                    "people-list-no-match-invitations",
                ),
                args(&[]),
            ),
            (_, true, false) => (
                key("people-list-count-members", "people-list-count-invitations"),
                args(&[total]),
            ),
            (_, true, true) => (
                key("people-list-range-members", "people-list-range-invitations"),
                args(&[first, last, total]),
            ),
            (_, false, false) => (
                key("people-list-found-members", "people-list-found-invitations"),
                args(&[total, all]),
            ),
            (_, false, true) => (
                key(
                    "people-list-found-range-members",
                    "people-list-found-range-invitations",
                ),
                args(&[first, last, total, all]),
            ),
        };
        tr.args(key, &args)
    }

    /// The search form's label: "Search members".
    pub fn search_label(&self, tr: impl Val<Tr>, what: &str) -> String {
        let tr = tr.val();
        tr.t(if what == "invitations" {
            "people-list-search-invitations"
        } else {
            "people-list-search-members"
        })
    }

    /// The pager's label: "Pages of members".
    pub fn pages_label(&self, tr: impl Val<Tr>, what: &str) -> String {
        let tr = tr.val();
        tr.t(if what == "invitations" {
            "people-list-pages-invitations"
        } else {
            "people-list-pages-members"
        })
    }
}

/// Keeps the rows whose texts contain the search (case-insensitive), then cuts out one page.
pub fn paged<T>(
    rows: Vec<T>,
    query: &ListQuery,
    path: String,
    texts: impl Fn(&T) -> Vec<&str>,
) -> (Vec<T>, Pager) {
    let q = query.q.trim().chars().take(100).collect::<String>();
    let needle = q.to_lowercase();
    let all = rows.len();
    let found: Vec<T> = rows
        .into_iter()
        .filter(|r| {
            needle.is_empty() || texts(r).iter().any(|t| t.to_lowercase().contains(&needle))
        })
        .collect();
    let total = found.len();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = query
        .page
        .trim()
        .parse::<usize>()
        .unwrap_or(1)
        .clamp(1, pages);
    let skip = (page - 1) * PER_PAGE;
    let shown: Vec<T> = found.into_iter().skip(skip).take(PER_PAGE).collect();
    let pager = Pager {
        q,
        page,
        pages,
        total,
        all,
        first_shown: skip + 1,
        last_shown: skip + shown.len(),
        path,
    };
    (shown, pager)
}

/// The first page, unsearched (the list shown again after a form's mistake).
pub static FIRST: ListQuery = ListQuery {
    q: String::new(),
    page: String::new(),
};
