//! The JSON Schemas (draft 2020-12) of the format, kept in `schema/` and served by the web
//! layer at `/schema/practice.json`, `/schema/pattern.json` and `/schema/design.json`. They
//! describe the JSON file and, without `body`, the Markdown file's front matter.

pub const PRACTICE: &str = include_str!("../schema/practice.json");
pub const PATTERN: &str = include_str!("../schema/pattern.json");
pub const DESIGN: &str = include_str!("../schema/design.json");
