//! Strategies for generated practices, patterns and designs. Text is drawn from fragments
//! that trouble YAML and Markdown readers (`: `, `#`, `---`, `yes`, `null`, quotes, tabs,
//! leading spaces, long lines) as well as from arbitrary characters.

use convene_practice::*;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use serde_json::Value;

const FRAGMENTS: &[&str] = &[
    "a",
    "Z",
    "word",
    " ",
    "  ",
    "\t",
    ": ",
    ":",
    "#",
    " #",
    "- ",
    "---",
    "...",
    "'",
    "\"",
    "\\",
    "|",
    ">",
    "{",
    "}",
    "[",
    "]",
    ",",
    "&a",
    "*a",
    "!",
    "%",
    "@",
    "`",
    "?",
    "yes",
    "no",
    "null",
    "~",
    "true",
    "1",
    "0.5",
    "1e3",
    "0x1F",
    "010",
    "é",
    "漢字",
    "🙂",
    "\u{a0}",
    "\u{200b}",
    "=",
    "<<",
    "https://x.org",
    "12:30",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-z ]{60,120}",
    ]
}

pub fn line() -> impl Strategy<Value = Line> {
    vec(fragment(), 1..8).prop_filter_map("not a line", |f| Line::parse(&f.concat()).ok())
}

pub fn text() -> impl Strategy<Value = Text> {
    let piece = prop_oneof![
        6 => fragment(),
        2 => Just("\n".to_owned()),
        1 => Just("\n\n".to_owned()),
        1 => Just("\n  ".to_owned()),
        1 => Just("\n---\n".to_owned()),
        1 => Just("\n## ".to_owned()),
    ];
    vec(piece, 1..30).prop_filter_map("not a text", |f| Text::parse(&f.concat()).ok())
}

pub fn slug() -> impl Strategy<Value = Slug> {
    "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}".prop_filter_map("short", |s| Slug::parse(&s).ok())
}

fn list<T: std::fmt::Debug, const N: usize>(
    item: impl Strategy<Value = T>,
    max: usize,
) -> impl Strategy<Value = List<T, N>> {
    vec(item, 0..=max).prop_map(|v| List::try_from(v).expect("within the limit"))
}

fn minutes() -> impl Strategy<Value = Minutes> + Clone {
    (1..=Minutes::MAX).prop_map(|n| Minutes::new(n).expect("in range"))
}

fn people() -> impl Strategy<Value = People> + Clone {
    (1..=People::MAX).prop_map(|n| People::new(n).expect("in range"))
}

fn range<T: Ord + Copy + std::fmt::Debug>(
    item: impl Strategy<Value = T> + Clone,
) -> impl Strategy<Value = Range<T>> {
    (item.clone(), option::of(item)).prop_map(|(a, b)| match b {
        Some(b) => Range::new(a.min(b), Some(a.max(b))).expect("ordered"),
        None => Range::new(a, None).expect("open"),
    })
}

fn url() -> impl Strategy<Value = WebUrl> {
    (
        "(http|https)",
        "[a-z]{1,10}",
        "[a-zA-Z0-9/._~%-]{0,20}",
        option::of("[a-z=&]{1,10}"),
    )
        .prop_filter_map("not a url", |(s, h, p, q)| {
            let q = q.map(|q| format!("?{q}")).unwrap_or_default();
            WebUrl::parse(&format!("{s}://{h}.example/{p}{q}")).ok()
        })
}

fn license() -> impl Strategy<Value = License> {
    proptest::sample::select(&["CC-BY-SA-4.0", "CC-BY-4.0", "CC0-1.0", "MIT OR Apache-2.0"][..])
        .prop_map(|s| License::parse(s).expect("an SPDX id"))
}

fn source() -> impl Strategy<Value = Source> {
    (url(), line(), line(), license()).prop_map(|(source, title, author, license)| Source {
        source,
        title,
        author,
        license,
    })
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        vec(fragment(), 0..5).prop_map(|f| Value::String(f.concat())),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z]{1,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn extra() -> impl Strategy<Value = Extra> {
    let name = vec(fragment(), 1..3)
        .prop_map(|f| f.concat())
        .prop_filter("blank or long", |k| {
            !k.trim().is_empty() && k.chars().count() <= 100
        });
    proptest::collection::btree_map(name, json_value(), 0..4).prop_map(|m| {
        let mut e = Extra::new();
        for (k, v) in m {
            e.insert(&k, v).expect("small");
        }
        e
    })
}

fn elements() -> impl Strategy<Value = Elements> {
    (
        option::of(text()),
        option::of(text()),
        option::of(text()),
        option::of(text()),
        option::of(text()),
    )
        .prop_map(
            |(invitation, space, participation, configuration, sequence)| Elements {
                invitation,
                space,
                participation,
                configuration,
                sequence,
            },
        )
}

pub fn practice() -> impl Strategy<Value = Practice> {
    let head = (
        slug(),
        line(),
        option::of(line()),
        option::of(text()),
        option::of(text()),
        option::of(text()),
        option::of(range(people())),
        option::of(range(minutes())),
        elements(),
    );
    let lists = (
        list(
            (line(), option::of(text())).prop_map(|(name, does)| Role { name, does }),
            3,
        ),
        list(
            (line(), minutes(), option::of(text())).prop_map(|(title, minutes, how)| Step {
                title,
                minutes,
                how,
            }),
            4,
        ),
        list(line(), 3),
        list(
            (line(), text()).prop_map(|(name, how)| Variation { name, how }),
            2,
        ),
        list(slug(), 3),
        list(
            (line(), url()).prop_map(|(title, url)| Resource { title, url }),
            2,
        ),
    );
    let tail = (
        license(),
        list(line(), 2),
        list(source(), 2),
        extra(),
        option::of(text()),
    );
    (head, lists, tail).prop_map(|(h, l, t)| {
        let mut p = Practice::new(h.0, h.1);
        (p.subtitle, p.summary, p.purpose, p.when_to_use) = (h.2, h.3, h.4, h.5);
        (p.group_size, p.duration_minutes, p.elements) = (h.6, h.7, h.8);
        (
            p.roles,
            p.steps,
            p.materials,
            p.variations,
            p.patterns,
            p.resources,
        ) = l;
        (p.license, p.authors, p.derived_from, p.extra, p.body) = t;
        p
    })
}

pub fn pattern() -> impl Strategy<Value = Pattern> {
    (
        slug(),
        line(),
        text(),
        list(slug(), 3),
        list(slug(), 2),
        license(),
        list(line(), 2),
        list(source(), 2),
        option::of(text()),
    )
        .prop_map(
            |(slug, title, summary, practices, related, license, authors, derived_from, body)| {
                Pattern {
                    format: Default::default(),
                    slug,
                    title,
                    summary,
                    practices,
                    related,
                    license,
                    authors,
                    derived_from,
                    body,
                }
            },
        )
}

fn block() -> impl Strategy<Value = Block> {
    let activity = prop_oneof![
        (slug(), option::of(line()))
            .prop_map(|(practice, title)| Activity::Practice { practice, title }),
        line().prop_map(|title| Activity::Free { title }),
    ];
    (activity, minutes(), option::of(text())).prop_map(|(activity, minutes, notes)| Block {
        activity,
        minutes,
        notes,
    })
}

pub fn design() -> impl Strategy<Value = Design> {
    (
        slug(),
        line(),
        option::of(text()),
        license(),
        list(line(), 2),
        list(source(), 3),
        list(block(), 5),
        option::of(text()),
    )
        .prop_map(
            |(slug, title, purpose, license, authors, derived_from, blocks, body)| Design {
                format: Default::default(),
                slug,
                title,
                purpose,
                license,
                authors,
                derived_from,
                blocks,
                body,
            },
        )
}
