//! The library's own practices and patterns: the files in `catalog/`, embedded in the binary
//! and read by [`catalog()`], which also checks that every link between a practice and a
//! pattern resolves and is listed on both sides.

use crate::format::{Document, ReadError};
use crate::pattern::Pattern;
use crate::practice::Practice;
use crate::text::Slug;
use include_dir::{Dir, include_dir};
use std::collections::BTreeMap;

static PRACTICES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/catalog/practices");
static PATTERNS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/catalog/patterns");

/// Practices and patterns, each by slug.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub practices: BTreeMap<Slug, Practice>,
    pub patterns: BTreeMap<Slug, Pattern>,
}

/// What is wrong with a set of catalog files.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("{file}: {error}")]
    Read { file: String, error: ReadError },
    #[error("{file}: not UTF-8")]
    NotText { file: String },
    #[error("{file}: the slug `{slug}` does not match the file name")]
    FileName { file: String, slug: Slug },
    #[error("`{0}` is there twice")]
    Duplicate(Slug),
    #[error("{from} links to `{to}`, which is not in the catalog")]
    Dangling { from: String, to: Slug },
    #[error("{from} links to {to}, which does not link back")]
    OneWay { from: String, to: String },
}

/// Catalog files as (file name, text); the text is `None` if the file is not UTF-8.
pub type Files<'a> = Vec<(String, Option<&'a str>)>;

/// The embedded catalog.
pub fn catalog() -> Result<Catalog, CatalogError> {
    let (practices, patterns) = embedded();
    Catalog::from_files(practices, patterns)
}

/// The embedded practice and pattern files, each sorted by name.
pub fn embedded() -> (Files<'static>, Files<'static>) {
    (files(&PRACTICES), files(&PATTERNS))
}

fn files(d: &'static Dir<'static>) -> Files<'static> {
    let mut out: Files<'static> = d
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "md"))
        .map(|f| (f.path().to_string_lossy().into_owned(), f.contents_utf8()))
        .collect();
    out.sort();
    out
}

impl Catalog {
    /// Reads practice and pattern files (name, text) and checks their links.
    pub fn from_files(practices: Files<'_>, patterns: Files<'_>) -> Result<Self, CatalogError> {
        let catalog = Self {
            practices: read(practices, |p: &Practice| &p.slug)?,
            patterns: read(patterns, |p: &Pattern| &p.slug)?,
        };
        catalog.check_links()?;
        Ok(catalog)
    }

    /// The practices that use a pattern, in slug order.
    pub fn practices_using<'a>(&'a self, pattern: &'a Slug) -> impl Iterator<Item = &'a Practice> {
        self.practices
            .values()
            .filter(move |p| p.patterns.contains(pattern))
    }

    fn check_links(&self) -> Result<(), CatalogError> {
        for p in self.practices.values() {
            for slug in &p.patterns {
                let pattern = self
                    .patterns
                    .get(slug)
                    .ok_or_else(|| CatalogError::Dangling {
                        from: format!("practice `{}`", p.slug),
                        to: slug.clone(),
                    })?;
                if !pattern.practices.contains(&p.slug) {
                    return Err(CatalogError::OneWay {
                        from: format!("practice `{}`", p.slug),
                        to: format!("pattern `{slug}`"),
                    });
                }
            }
        }
        for pattern in self.patterns.values() {
            for slug in &pattern.practices {
                let p = self
                    .practices
                    .get(slug)
                    .ok_or_else(|| CatalogError::Dangling {
                        from: format!("pattern `{}`", pattern.slug),
                        to: slug.clone(),
                    })?;
                if !p.patterns.contains(&pattern.slug) {
                    return Err(CatalogError::OneWay {
                        from: format!("pattern `{}`", pattern.slug),
                        to: format!("practice `{slug}`"),
                    });
                }
            }
            for slug in &pattern.related {
                if !self.patterns.contains_key(slug) {
                    return Err(CatalogError::Dangling {
                        from: format!("pattern `{}`", pattern.slug),
                        to: slug.clone(),
                    });
                }
            }
        }
        Ok(())
    }
}

fn read<D: Document>(
    files: Files<'_>,
    slug: impl Fn(&D) -> &Slug,
) -> Result<BTreeMap<Slug, D>, CatalogError> {
    let mut out = BTreeMap::new();
    for (file, text) in files {
        let text = text.ok_or_else(|| CatalogError::NotText { file: file.clone() })?;
        let doc = D::from_markdown(text).map_err(|error| CatalogError::Read {
            file: file.clone(),
            error,
        })?;
        let s = slug(&doc).clone();
        if file.strip_suffix(".md") != Some(s.as_str()) {
            return Err(CatalogError::FileName { file, slug: s });
        }
        if out.insert(s.clone(), doc).is_some() {
            return Err(CatalogError::Duplicate(s));
        }
    }
    Ok(out)
}
