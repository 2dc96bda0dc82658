//! A plain, readable PDF of Markdown text: A4 pages, the standard Helvetica fonts (nothing to
//! embed), lines wrapped to the page, headings in bold. Text is encoded as WinAnsi; characters
//! outside it become '?'.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 56.0;

struct Line {
    bold: bool,
    size: f32,
    text: String,
}

pub fn render(markdown: &str) -> Vec<u8> {
    let lines = layout(markdown);
    let mut pages: Vec<Vec<(f32, &Line)>> = vec![Vec::new()];
    let mut y = HEIGHT - MARGIN;
    for line in &lines {
        let step = line.size * 1.4;
        if y - step < MARGIN {
            pages.push(Vec::new());
            y = HEIGHT - MARGIN;
        }
        y -= step;
        if let Some(page) = pages.last_mut() {
            page.push((y, line));
        }
    }

    let mut pdf = Pdf::new();
    let (catalog, tree, regular, bold) = (Ref::new(1), Ref::new(2), Ref::new(3), Ref::new(4));
    pdf.catalog(catalog).pages(tree);
    let kids: Vec<Ref> = (0..pages.len())
        .map(|i| Ref::new(5 + 2 * i as i32))
        .collect();
    pdf.pages(tree)
        .kids(kids.iter().copied())
        .count(pages.len() as i32);
    for (font, name) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        pdf.type1_font(font)
            .base_font(Name(name.as_bytes()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (i, page_lines) in pages.iter().enumerate() {
        let (page_id, content_id) = (kids[i], Ref::new(6 + 2 * i as i32));
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT))
            .parent(tree)
            .contents(content_id);
        page.resources()
            .fonts()
            .pair(Name(b"F1"), regular)
            .pair(Name(b"F2"), bold);
        page.finish();
        let mut content = Content::new();
        for (y, line) in page_lines {
            let font = if line.bold { Name(b"F2") } else { Name(b"F1") };
            content.begin_text();
            content.set_font(font, line.size);
            content.next_line(MARGIN, *y);
            content.show(Str(&win_ansi(&line.text)));
            content.end_text();
        }
        pdf.stream(content_id, &content.finish());
    }
    pdf.finish()
}

/// Markdown lines to wrapped, styled lines. Emphasis markers are dropped; the text stays.
fn layout(markdown: &str) -> Vec<Line> {
    let mut out = Vec::new();
    for raw in markdown.lines() {
        let (bold, size, text) = if let Some(t) = raw.strip_prefix("# ") {
            (true, 20.0, t)
        } else if let Some(t) = raw.strip_prefix("## ") {
            (true, 14.0, t)
        } else if let Some(t) = raw.strip_prefix("### ") {
            (true, 12.0, t)
        } else {
            (false, 10.5, raw)
        };
        let text = text.replace("**", "").replace(['*', '`'], "");
        // Helvetica averages about half an em per character.
        let max = ((WIDTH - 2.0 * MARGIN) / (size * 0.5)) as usize;
        if text.trim().is_empty() {
            out.push(Line {
                bold,
                size,
                text: String::new(),
            });
            continue;
        }
        let mut current = String::new();
        for word in text.split_whitespace() {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > max {
                out.push(Line {
                    bold,
                    size,
                    text: std::mem::take(&mut current),
                });
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push(Line {
            bold,
            size,
            text: current,
        });
    }
    out
}

fn win_ansi(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            '\u{20}'..='\u{7e}' => c as u8,
            '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '€' => 0x80,
            '…' => 0x85,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            _ => b'?',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_text_wraps_onto_pages() {
        let md = format!("# Title\n\n{}", "word ".repeat(5000));
        let pdf = super::render(&md);
        assert!(pdf.starts_with(b"%PDF-"));
        let pages = String::from_utf8_lossy(&pdf)
            .matches("/Type /Page\n")
            .count()
            + String::from_utf8_lossy(&pdf)
                .matches("/Type /Page ")
                .count()
            + String::from_utf8_lossy(&pdf)
                .matches("/Type /Page>")
                .count();
        assert!(pages >= 1);
        assert_eq!(
            super::win_ansi("Café – “ok” ☃"),
            b"Caf\xe9 \x96 \x93ok\x94 ?"
        );
    }
}
