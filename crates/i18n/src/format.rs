//! Numbers as each locale groups their digits (CLDR's patterns for the four languages), and the
//! message ids of month and weekday names.

use super::Lang;
use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;

pub(crate) const MONTHS: [&str; 12] = [
    "month-january",
    "month-february",
    "month-march",
    "month-april",
    "month-may",
    "month-june",
    "month-july",
    "month-august",
    "month-september",
    "month-october",
    "month-november",
    "month-december",
];

pub(crate) const WEEKDAYS: [&str; 7] = [
    "weekday-monday",
    "weekday-tuesday",
    "weekday-wednesday",
    "weekday-thursday",
    "weekday-friday",
    "weekday-saturday",
    "weekday-sunday",
];

/// `n` with the locale's thousands separator: `,` in English, `.` in German and Spanish,
/// a narrow no-break space in French; Spanish leaves four-digit numbers whole (`1234`).
pub(crate) fn group(n: i64, lang: Lang) -> String {
    let (sep, min_digits) = match lang {
        Lang::En => (",", 4),
        Lang::De => (".", 4),
        Lang::Fr => ("\u{202f}", 4),
        Lang::Es => (".", 5),
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + 8);
    if n < 0 {
        out.push('-');
    }
    if digits.len() < min_digits {
        out.push_str(&digits);
        return out;
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// `v` with `places` decimals, the locale's decimal mark (`0.25` / `0,25`) and its grouping.
pub(crate) fn decimal(v: f64, places: usize, lang: Lang) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let digits = format!("{:.places$}", v.abs());
    let (whole, frac) = digits.split_once('.').unwrap_or((&digits, ""));
    let mut out = String::with_capacity(digits.len() + 4);
    if v < 0.0 && digits.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        out.push('-');
    }
    out.push_str(&group(whole.parse().unwrap_or(0), lang));
    if !frac.is_empty() {
        out.push(if lang == Lang::En { '.' } else { ',' });
        out.push_str(frac);
    }
    out
}

/// Whole numbers in messages are grouped; fractions are left to Fluent.
fn number(v: &FluentValue, lang: Lang) -> Option<String> {
    match v {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(group(n.value as i64, lang))
        }
        _ => None,
    }
}

pub(crate) fn number_en(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number(v, Lang::En)
}
pub(crate) fn number_de(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number(v, Lang::De)
}
pub(crate) fn number_fr(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number(v, Lang::Fr)
}
pub(crate) fn number_es(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number(v, Lang::Es)
}
