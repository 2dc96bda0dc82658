//! The catalog is embedded with `include_dir!`, which stable Rust cannot tell to watch a
//! folder; this makes Cargo rebuild the crate when a catalog file changes.

fn main() {
    println!("cargo:rerun-if-changed=catalog");
    println!("cargo:rerun-if-changed=schema");
}
