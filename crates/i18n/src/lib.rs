//! Languages: message catalogues in Fluent (`locales/<lang>/*.ftl`, embedded), the choice of a
//! person's language (their setting, then the browser's `Accept-Language`, then the community's
//! default, then English), and numbers and dates written as each locale writes them.
//!
//! Text is looked up through a [`Tr`], which is `Copy` and cheap: pages get one from their
//! header (`nav.t("key")`), e-mails and PDFs from the language chosen for their reader.
//! Placeables are not wrapped in Unicode isolation marks: the four languages are written left
//! to right, and the marks would reach plain-text mail and PDF text as invisible characters.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

mod accept;
mod format;

pub use accept::from_accept_language;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// A language convene speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Es];

    /// The BCP 47 language subtag, as stored and as put in `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, for a chooser that everyone can read.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// A language tag (`de`, `de-AT`, `fr_CH`) to the language convene speaks for it, if any.
    pub fn parse(tag: &str) -> Option<Lang> {
        let id: LanguageIdentifier = tag.trim().replace('_', "-").parse().ok()?;
        Lang::ALL
            .into_iter()
            .find(|l| id.language.as_str() == l.code())
    }

    /// The language for a reader: their own setting, else what their browser asks for, else
    /// the community's default, else English. Stored values that no longer parse are skipped.
    pub fn choose(account: Option<&str>, browser: Option<Lang>, community: Option<&str>) -> Lang {
        account
            .and_then(Lang::parse)
            .or(browser)
            .or_else(|| community.and_then(Lang::parse))
            .unwrap_or_default()
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The `.ftl` files of one language, in file-name order.
fn sources(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<_> = LOCALES
        .get_dir(lang.code())
        .map(|d| {
            d.files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?)))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().expect("a valid language subtag");
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    b.set_formatter(Some(match lang {
        Lang::En => format::number_en,
        Lang::De => format::number_de,
        Lang::Fr => format::number_fr,
        Lang::Es => format::number_es,
    }));
    for (path, text) in sources(lang) {
        // A syntax error is caught by the catalogue test; the entries that parsed still serve.
        let res = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, errors)| {
            eprintln!("{path}: {errors:?}");
            res
        });
        b.add_resource_overriding(res);
    }
    b
}

static BUNDLES: LazyLock<[Bundle; 4]> = LazyLock::new(|| Lang::ALL.map(bundle));

/// A value for a message's variable: numbers select plural forms and are written by locale.
pub trait Arg {
    fn value(&self) -> FluentValue<'static>;
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn value(&self) -> FluentValue<'static> {
                FluentValue::from(*self as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

/// A fraction selects its plural form as the locale counts it (French `1,5 heure`); write it
/// with [`Tr::decimal`] for display.
impl Arg for f64 {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::from(*self)
    }
}

impl Arg for str {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl Arg for String {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> FluentValue<'static> {
        (**self).value()
    }
}

/// Looks up text in one language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tr(pub Lang);

impl Tr {
    pub fn lang(self) -> Lang {
        self.0
    }

    /// The message `key` with `args`; a message missing in this language falls back to
    /// English, and one missing there to its key (the catalogue test makes both fail CI).
    pub fn args(self, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let fargs = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::new();
            for (k, v) in args {
                a.set(*k, v.clone());
            }
            a
        });
        for lang in [self.0, Lang::En] {
            let b = &BUNDLES[lang.index()];
            if let Some(pattern) = b.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b
                    .format_pattern(pattern, fargs.as_ref(), &mut errors)
                    .into_owned();
            }
        }
        key.to_owned()
    }

    pub fn t(self, key: &str) -> String {
        self.args(key, &[])
    }

    pub fn t1(self, key: &str, n1: &str, v1: impl Arg) -> String {
        self.args(key, &[(n1, v1.value())])
    }

    pub fn t2(self, key: &str, n1: &str, v1: impl Arg, n2: &str, v2: impl Arg) -> String {
        self.args(key, &[(n1, v1.value()), (n2, v2.value())])
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "three named values, as the message has"
    )]
    pub fn t3(
        self,
        key: &str,
        n1: &str,
        v1: impl Arg,
        n2: &str,
        v2: impl Arg,
        n3: &str,
        v3: impl Arg,
    ) -> String {
        self.args(key, &[(n1, v1.value()), (n2, v2.value()), (n3, v3.value())])
    }

    /// An integer as the locale writes it: `12,345` / `12.345` / `12 345` / `12.345`
    /// (Spanish groups only from five digits).
    pub fn number(self, n: impl Into<i64>) -> String {
        format::group(n.into(), self.0)
    }

    /// A fraction with `places` decimals as the locale writes it: `0.25` / `0,25`.
    pub fn decimal(self, v: f64, places: usize) -> String {
        format::decimal(v, places, self.0)
    }

    /// A day as the locale writes it in full: `1 December 2026`, `1. Dezember 2026`,
    /// `1er décembre 2026`, `1 de diciembre de 2026`.
    pub fn date(self, d: jiff::civil::Date) -> String {
        let month = self.t(format::MONTHS[(d.month() - 1) as usize]);
        self.args(
            "date-long",
            &[
                ("day", FluentValue::from(d.day() as f64)),
                ("month", FluentValue::from(month)),
                // A year is a name, not a quantity: never grouped.
                ("year", FluentValue::from(d.year().to_string())),
            ],
        )
    }

    /// A day with its weekday: `Tuesday, 1 December 2026`.
    pub fn weekday_date(self, d: jiff::civil::Date) -> String {
        let weekday = self.t(format::WEEKDAYS[d.weekday().to_monday_zero_offset() as usize]);
        self.t2("date-weekday", "weekday", weekday, "date", self.date(d))
    }

    /// A day written `2026-12-01` (as walls and proceedings carry it) in full; anything else
    /// is returned as it is.
    pub fn iso_date(self, iso: &str) -> String {
        iso.parse::<jiff::civil::Date>()
            .map_or_else(|_| iso.to_owned(), |d| self.date(d))
    }

    /// A time of day, 24-hour, as all four locales write it by default (`14:30`).
    pub fn time(self, t: jiff::civil::Time) -> String {
        format!("{:02}:{:02}", t.hour(), t.minute())
    }

    /// A moment (Unix seconds) in UTC, its day in full: `1 December 2026, 14:30 UTC`,
    /// `1. Dezember 2026, 14:30 Uhr UTC`, `1er décembre 2026 à 14:30 UTC`.
    pub fn moment(self, ts: i64) -> String {
        let Ok(t) = jiff::Timestamp::from_second(ts) else {
            return String::new();
        };
        let dt = t.to_zoned(jiff::tz::TimeZone::UTC).datetime();
        self.t2(
            "date-moment",
            "date",
            self.date(dt.date()),
            "time",
            self.time(dt.time()),
        )
    }
}

/// The message ids of a language's catalogue (terms, `-name`, are not messages).
pub fn keys(lang: Lang) -> std::collections::BTreeSet<String> {
    sources(lang)
        .into_iter()
        .flat_map(|(_, text)| text.lines())
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests;
