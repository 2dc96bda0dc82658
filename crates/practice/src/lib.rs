//! The open practice library's format and catalog, pure: no I/O, no async.
//!
//! A [`Practice`] (one way of meeting, by the five design elements, with steps and timings),
//! a [`Pattern`] (a piece practices are made of) and a [`Design`] (a timed sequence of
//! blocks) are each written as Markdown with YAML front matter or as JSON ([`Document`]),
//! canonically, so export → import → export gives the same bytes. [`opl`] reads Open Practice
//! Library files and names what it could not map; [`schema`] holds the JSON Schemas;
//! [`catalog()`] the library's own practices and patterns, embedded in the binary.

pub mod attribution;
pub mod bounded;
pub mod catalog;
pub mod combine;
pub mod design;
pub mod extra;
pub mod format;
pub mod import;
pub mod measure;
pub mod opl;
pub mod pattern;
pub mod practice;
pub mod schema;
pub mod text;

pub use attribution::{License, Resource, Source, WebUrl};
pub use bounded::List;
pub use catalog::{Catalog, CatalogError, catalog};
pub use design::{Activity, Block, Design};
pub use extra::Extra;
pub use format::{Document, ReadError, WriteError};
pub use import::{Imported, import_design, import_practice};
pub use measure::{Minutes, People, Range};
pub use pattern::Pattern;
pub use practice::{Elements, Practice, Role, Step, Variation};
pub use text::{Line, Slug, Text, TextError};
