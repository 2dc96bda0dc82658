//! Small line charts as inline SVG, drawn on the server: no script, readable by screen readers
//! through their title and the table printed next to each chart. A line joins only measured
//! neighbours (a gap stays a gap), and a period not over yet is drawn apart, as a hollow dot
//! on a shaded band, never joined to the line.

use convene_i18n::Tr;
use std::fmt::Write;

/// One line: its name (in the legend), a CSS class for its colour, and one value per label
/// (`None` for a label without a value: no dot there, and the line breaks).
pub struct Series<'a> {
    pub name: &'a str,
    pub class: &'a str,
    pub values: Vec<Option<f64>>,
}

const W: f64 = 640.0;
const H: f64 = 220.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 34.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 58.0;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A line chart over `labels` (each "Mon YYYY", drawn on two lines). `percent` draws values in
/// 0..=1 as 0–100 %; otherwise the scale runs from 0 to the largest value. `partial` is the
/// index of a label whose period is not over (drawn apart and marked "so far"). Axis words
/// and numbers are in the reader's language.
pub fn line_chart(
    tr: Tr,
    title: &str,
    labels: &[String],
    series: &[Series],
    percent: bool,
    partial: Option<usize>,
) -> String {
    let top = if percent {
        1.0
    } else {
        series
            .iter()
            .flat_map(|s| s.values.iter().flatten())
            .fold(0.0f64, |m, v| m.max(*v))
            .max(1.0)
    };
    let n = labels.len().max(1);
    let step = (W - LEFT - RIGHT) / (n.max(2) - 1) as f64;
    let x = |i: usize| LEFT + step * i as f64;
    let y = |v: f64| TOP + (H - TOP - BOTTOM) * (1.0 - (v / top).clamp(0.0, 1.0));
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 {W} {H}" role="img" aria-label="{t}"><title>{t}</title>"#,
        t = esc(title)
    );
    for k in 0..=2 {
        let v = top * k as f64 / 2.0;
        let text = esc(&if percent {
            tr.t1("net-percent", "n", (v * 100.0).round() as i64)
        } else {
            tr.decimal(v, 0)
        });
        let _ = write!(
            svg,
            r#"<line class="grid" x1="{LEFT}" x2="{}" y1="{yy:.1}" y2="{yy:.1}"/><text class="axis" x="{}" y="{:.1}" text-anchor="end">{text}</text>"#,
            W - RIGHT,
            LEFT - 6.0,
            y(v) + 4.0,
            yy = y(v),
        );
    }
    if let Some(p) = partial.filter(|p| *p < labels.len()) {
        let _ = write!(
            svg,
            r#"<rect class="partial" x="{:.1}" y="{TOP}" width="{:.1}" height="{:.1}"/><text class="axis" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            x(p) - step / 2.0,
            step,
            H - TOP - BOTTOM,
            x(p),
            TOP + 12.0,
            esc(&tr.t("net-chart-so-far")),
        );
    }
    for (i, label) in labels.iter().enumerate() {
        let (month, year) = label.split_once(' ').unwrap_or((label.as_str(), ""));
        let _ = write!(
            svg,
            r#"<text class="axis" x="{xx:.1}" y="{:.1}" text-anchor="middle">{}<tspan x="{xx:.1}" dy="13">{}</tspan></text>"#,
            H - BOTTOM + 16.0,
            esc(month),
            esc(year),
            xx = x(i),
        );
    }
    for (k, s) in series.iter().enumerate() {
        // One line through each run of measured, finished periods; a gap breaks the line.
        let finished = |i: usize| partial != Some(i);
        let mut run: Vec<String> = Vec::new();
        let mut runs: Vec<Vec<String>> = Vec::new();
        for (i, v) in s.values.iter().enumerate() {
            match v.filter(|_| finished(i)) {
                Some(v) => run.push(format!("{:.1},{:.1}", x(i), y(v))),
                None => runs.push(std::mem::take(&mut run)),
            }
        }
        runs.push(run);
        for points in runs.iter().filter(|r| r.len() > 1) {
            let _ = write!(
                svg,
                r#"<polyline class="{}" points="{}"/>"#,
                s.class,
                points.join(" ")
            );
        }
        for (i, v) in s.values.iter().enumerate() {
            if let Some(v) = v {
                let _ = write!(
                    svg,
                    r#"<circle class="{}{}" cx="{:.1}" cy="{:.1}" r="3.5"/>"#,
                    s.class,
                    if finished(i) { "" } else { " so-far" },
                    x(i),
                    y(*v)
                );
            }
        }
        let lx = LEFT + 170.0 * k as f64;
        let _ = write!(
            svg,
            r#"<line class="{}" x1="{lx}" x2="{}" y1="{ly}" y2="{ly}"/><text class="axis" x="{}" y="{}">{}</text>"#,
            s.class,
            lx + 18.0,
            lx + 22.0,
            H - 10.0 + 4.0,
            esc(s.name),
            ly = H - 10.0,
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Vec<String> {
        [
            "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn lines_join_only_measured_neighbours_and_text_is_escaped() {
        let svg = line_chart(
            Tr::default(),
            "A <b> & c",
            &labels(),
            &[Series {
                name: "share",
                class: "s1",
                values: vec![Some(0.5), Some(1.0), None, Some(0.0), Some(0.25), None],
            }],
            true,
            None,
        );
        assert!(svg.contains("<title>A &lt;b&gt; &amp; c</title>"));
        // Jan–Feb and Apr–May: two lines, not one across March.
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert_eq!(
            svg.matches("<circle").count(),
            4,
            "no dot for March or June"
        );
        for line in svg.split("points=\"").skip(1) {
            assert_eq!(line.split('"').next().expect("end").split(' ').count(), 2);
        }
        // 100 % is at the top, 0 % at the bottom of the plot area.
        assert!(svg.contains(&format!(r#"cy="{:.1}""#, TOP)));
        assert!(svg.contains(&format!(r#"cy="{:.1}""#, H - BOTTOM)));
    }

    #[test]
    fn the_month_not_over_is_apart_and_every_label_names_month_and_year() {
        let svg = line_chart(
            Tr::default(),
            "t",
            &labels(),
            &[Series {
                name: "share",
                class: "s1",
                values: vec![Some(0.5); 6],
            }],
            true,
            Some(5),
        );
        assert_eq!(svg.matches("<polyline").count(), 1);
        let line = svg.split("points=\"").nth(1).expect("points");
        assert_eq!(
            line.split('"').next().expect("end").split(' ').count(),
            5,
            "June is not on the line"
        );
        assert_eq!(svg.matches("so-far").count(), 1, "one hollow dot");
        assert!(svg.contains(r#"<rect class="partial""#));
        assert!(svg.contains(">Jan<tspan") && svg.contains(">2026</tspan>"));
        assert!(svg.contains(">Jun<tspan") && svg.contains(">so far</text>"));
    }
}
