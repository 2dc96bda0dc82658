//! Text into positioned glyphs: lines broken at Unicode line-break opportunities (UAX #14, so
//! Chinese and Japanese break between characters), each line put in visual order by the Unicode
//! bidirectional algorithm (Arabic and Hebrew read right to left inside a left-to-right page),
//! split into the runs one font can draw, and shaped with rustybuzz (Arabic letters joined,
//! marks placed, ligatures and kerning).

use super::fonts::Fonts;
use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};
use unicode_linebreak::linebreaks;

/// One glyph: its id in its font, its advance and horizontal offset in em, its cluster (the
/// characters it is drawn for, with the other glyphs of the same cluster next to it) and, on the
/// cluster's first glyph only, the cluster's text.
pub struct Glyph {
    pub id: u16,
    pub advance: f32,
    pub offset: f32,
    pub cluster: u32,
    pub text: String,
}

/// Glyphs drawn with one font, left to right.
pub struct Run {
    pub font: usize,
    pub glyphs: Vec<Glyph>,
}

/// The width of shaped runs, in em.
pub fn width(runs: &[Run]) -> f32 {
    runs.iter().flat_map(|r| &r.glyphs).map(|g| g.advance).sum()
}

/// Characters that belong to the character before them and so take its font.
fn follows(c: char) -> bool {
    matches!(
        bidi_class(c),
        BidiClass::NSM | BidiClass::BN | BidiClass::WS
    ) || matches!(c, '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}')
}

/// Whether a paragraph reads right to left: its first strong character is Arabic, Hebrew, ...
pub fn rtl(text: &str) -> bool {
    BidiInfo::new(text, None)
        .paragraphs
        .first()
        .is_some_and(|p| p.level.is_rtl())
}

/// One line of text (no line breaks) of a paragraph that reads left to right or (`rtl`) right
/// to left, as runs in visual order.
pub fn line(fonts: &mut Fonts, text: &str, bold: bool, rtl: bool) -> Vec<Run> {
    let mut out = Vec::new();
    if text.is_empty() {
        return out;
    }
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(text, Some(base));
    let Some(para) = info.paragraphs.first() else {
        return out;
    };
    let (levels, runs) = info.visual_runs(para, para.range.clone());
    for range in runs {
        let rtl = levels[range.start].is_rtl();
        let mut pieces = by_font(fonts, &text[range], bold);
        if rtl {
            pieces.reverse();
        }
        for (font, piece) in pieces {
            out.push(shape(fonts, font, piece, rtl));
        }
    }
    out
}

/// Splits text into (font, text) pieces in logical order.
fn by_font<'t>(fonts: &mut Fonts, text: &'t str, bold: bool) -> Vec<(usize, &'t str)> {
    let mut pieces: Vec<(usize, &'t str)> = Vec::new();
    let mut start = 0;
    let mut current: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if current.is_some() && follows(c) {
            continue;
        }
        // A character no font has is drawn as the first font's empty box.
        let font = fonts.for_char(c, bold).unwrap_or(usize::from(bold));
        match current {
            Some(f) if f == font => {}
            Some(f) => {
                pieces.push((f, &text[start..i]));
                start = i;
                current = Some(font);
            }
            None => current = Some(font),
        }
    }
    if let Some(f) = current {
        pieces.push((f, &text[start..]));
    }
    pieces
}

fn shape(fonts: &Fonts, font: usize, text: &str, rtl: bool) -> Run {
    let face = &fonts.fonts[font].face;
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    buffer.guess_segment_properties();
    let shaped = rustybuzz::shape(face, &[], buffer);
    let em = face.units_per_em().max(1) as f32;
    // Each cluster's text runs from its start to the next cluster's start (logical order).
    let mut starts: Vec<usize> = shaped
        .glyph_infos()
        .iter()
        .map(|g| g.cluster as usize)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let mut given = vec![false; starts.len()];
    let glyphs = shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            let k = starts.partition_point(|s| *s < start);
            let end = starts.get(k + 1).copied().unwrap_or(text.len());
            let text = if given.get(k).copied().unwrap_or(true) {
                String::new()
            } else {
                given[k] = true;
                text.get(start..end).unwrap_or_default().to_owned()
            };
            Glyph {
                id: u16::try_from(info.glyph_id).unwrap_or(0),
                advance: pos.x_advance as f32 / em,
                offset: pos.x_offset as f32 / em,
                cluster: info.cluster,
                text,
            }
        })
        .collect();
    Run { font, glyphs }
}

/// The width of `text` in em, remembered: a document repeats its words.
fn measure(fonts: &mut Fonts, text: &str, bold: bool) -> f32 {
    if let Some(w) = fonts.measured.get(&(text.to_owned(), bold)) {
        return *w;
    }
    let w = width(&line(fonts, text, bold, false));
    fonts.measured.insert((text.to_owned(), bold), w);
    w
}

/// `text` broken into lines no wider than `max` em, at spaces and wherever else UAX #14 allows
/// except after a hyphen. White space is collapsed to single spaces; a word wider than a line is
/// broken between characters.
pub fn wrap(fonts: &mut Fonts, text: &str, bold: bool, max: f32) -> Vec<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let space = measure(fonts, " ", bold);
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut used = 0.0;
    let mut start = 0;
    // Not after a hyphen-minus, which UAX #14 allows: identifiers such as CC-BY-SA-4.0 stay whole
    // (a word too long for any line is still cut below).
    let breaks = linebreaks(&text).filter(|(end, _)| !text[..*end].ends_with('-'));
    for (end, _) in breaks {
        let piece = &text[start..end];
        start = end;
        // Trailing white space may hang past the margin.
        let word = piece.trim_end();
        let visible = measure(fonts, word, bold);
        let w = visible + space * (piece.len() - word.len()) as f32;
        if !current.is_empty() && used + visible > max {
            lines.push(current.trim_end().to_owned());
            current = String::new();
            used = 0.0;
        }
        if visible > max {
            for c in piece.chars() {
                let cw = measure(fonts, c.encode_utf8(&mut [0; 4]), bold);
                if !current.is_empty() && used + cw > max && !c.is_whitespace() {
                    lines.push(std::mem::take(&mut current));
                    used = 0.0;
                }
                current.push(c);
                used += cw;
            }
            continue;
        }
        current.push_str(piece);
        used += w;
    }
    lines.push(current.trim_end().to_owned());
    lines
}
#[cfg(test)]
mod tests {
    use super::*;

    fn texts(runs: &[Run]) -> String {
        runs.iter()
            .flat_map(|r| &r.glyphs)
            .map(|g| g.text.as_str())
            .collect()
    }

    #[test]
    fn right_to_left_words_are_drawn_in_visual_order() {
        let mut fonts = Fonts::for_text("");
        // Left to right page: the Hebrew words come out reversed, each word's letters too.
        let runs = line(&mut fonts, "ab שלום עולם", false, false);
        assert_eq!(texts(&runs), "ab םלוע םולש");
        // A right-to-left paragraph puts a Latin word at the left end of the line.
        let runs = line(&mut fonts, "שלום ab", false, true);
        assert_eq!(texts(&runs), "ab םולש");
    }

    #[test]
    fn arabic_letters_are_joined() {
        let mut fonts = Fonts::for_text("");
        // The same letter three times: final, medial and initial forms are different glyphs.
        let runs = line(&mut fonts, "ببب", false, true);
        let ids: Vec<u16> = runs.iter().flat_map(|r| &r.glyphs).map(|g| g.id).collect();
        assert_eq!(ids.len(), 3);
        assert!(
            ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2],
            "{ids:?}"
        );
        // Every glyph came from the built-in Arabic font, not as an empty box.
        assert!(ids.iter().all(|id| *id != 0));
    }

    #[test]
    fn lines_break_by_width_also_without_spaces() {
        let mut fonts = Fonts::for_text("");
        let words = "word ".repeat(60);
        let lines = wrap(&mut fonts, &words, false, 30.0);
        assert!(lines.len() > 3);
        for l in &lines {
            assert!(width(&line(&mut fonts, l, false, false)) <= 30.0, "{l}");
            assert!(!l.starts_with(' ') && !l.ends_with(' '));
        }
        assert_eq!(lines.join(" "), words.trim_end());
        // Chinese breaks between characters; a hyphenated identifier stays whole.
        let lines = wrap(&mut fonts, &"河流与社区".repeat(20), false, 20.0);
        assert!(lines.len() >= 4 && lines.iter().all(|l| l.chars().count() <= 20));
        let lines = wrap(&mut fonts, &"Licensed CC-BY-SA-4.0 ".repeat(8), false, 25.0);
        assert!(lines.iter().all(|l| !l.ends_with('-')), "{lines:?}");
        // A run with no break opportunity at all is cut between characters.
        let long = "x".repeat(200);
        let lines = wrap(&mut fonts, &long, true, 20.0);
        assert!(lines.len() > 2 && lines.concat() == long);
    }

    #[test]
    fn a_character_no_font_has_keeps_its_text() {
        let mut fonts = Fonts::for_text("");
        // A private-use character: no font draws it; the box still stands for it.
        let runs = line(&mut fonts, "a\u{f8ff}b", false, false);
        assert_eq!(texts(&runs), "a\u{f8ff}b");
    }
}
