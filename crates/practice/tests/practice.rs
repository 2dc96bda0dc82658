//! The practice library's format, catalog and schemas: one test binary.

#[path = "practice/catalog.rs"]
mod catalog;
#[path = "practice/combine.rs"]
mod combine;
#[path = "practice/gen.rs"]
mod gen_;
#[path = "practice/limits.rs"]
mod limits;
#[path = "practice/opl.rs"]
mod opl;
#[path = "practice/roundtrip.rs"]
mod roundtrip;
#[path = "practice/schema.rs"]
mod schema;
