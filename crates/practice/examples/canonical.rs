//! Rewrites catalog files in canonical form: `cargo run -p convene-practice --example
//! canonical -- crates/practice/catalog/*/*.md`. The catalog test refuses a file that is not.

use convene_practice::{Document, Pattern, Practice};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let result = std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                let out = if path.contains("/patterns/") {
                    Pattern::from_markdown(&text).map(|p| p.to_markdown())
                } else {
                    Practice::from_markdown(&text).map(|p| p.to_markdown())
                };
                let out = out.map_err(|e| e.to_string())?.map_err(|e| e.to_string())?;
                if out != text {
                    std::fs::write(&path, out).map_err(|e| e.to_string())?;
                    println!("rewrote {path}");
                }
                Ok(())
            });
        if let Err(e) = result {
            eprintln!("{path}: {e}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
