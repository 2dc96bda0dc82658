//! CSV tables (RFC 4180) with a header row.
//!
//! A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a
//! tab or a carriage return, and is not a number) gets a leading `'`, as OWASP advises against
//! CSV injection: names and titles are typed by anyone.

use std::borrow::Cow;

fn defused(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

pub fn csv(
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header)?;
    for r in rows {
        w.write_record(r.iter().map(|c| defused(c).into_owned()))?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_numbers_are_not() {
        let out = csv(
            &["a", "b", "c", "d"],
            [vec![
                "=HYPERLINK(\"x\")".into(),
                "-0.25".into(),
                "@SUM(A1)".into(),
                "Ana".into(),
            ]],
        )
        .expect("csv");
        let text = String::from_utf8(out).expect("utf-8");
        assert_eq!(
            text.lines().nth(1),
            Some("\"'=HYPERLINK(\"\"x\"\")\",-0.25,'@SUM(A1),Ana")
        );
    }
}
