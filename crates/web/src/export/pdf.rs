//! A plain, readable and tagged PDF of Markdown text: A4 pages, the standard Helvetica fonts
//! (nothing to embed), lines wrapped to the page. The Markdown structure is drawn, not printed:
//! headings in bold by level, list items with a bullet or number and an indent, quotes indented
//! behind a bar, emphasis markers dropped.
//!
//! Tagged: every line is a marked-content sequence of its structure element (Document, H1–H6,
//! P, L / LI / Lbl / LBody, BlockQuote), with the structure tree, its parent tree, `MarkInfo`,
//! the document language and title. pdf-writer writes whatever objects it is asked for, so the
//! tagging is complete; what keeps this from PDF/UA-1 is the fonts: PDF/UA requires embedded
//! fonts, and the base-14 Helvetica is not embedded (text is WinAnsi; characters outside it
//! become '?').

use pdf_writer::types::StructRole;
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 56.0;
const BODY: f32 = 10.5;
const INDENT: f32 = 18.0;

/// A structure element; leaves hold the marked content of their lines.
struct Node {
    role: StructRole,
    parent: Option<usize>,
    kids: Vec<usize>,
    /// (page, MCID) of the lines drawn for it.
    marks: Vec<(usize, i32)>,
}

struct Line {
    node: usize,
    bold: bool,
    size: f32,
    indent: f32,
    /// A list item's bullet or number, on its first line, and its `Lbl` element.
    label: Option<(String, usize)>,
    /// Quote bars to draw at the left, one per level.
    quotes: usize,
    /// Extra space above, in points.
    gap: f32,
    /// A thematic break: a thin line across the page.
    rule: bool,
    text: String,
}

#[derive(Default)]
struct Tree {
    nodes: Vec<Node>,
}

impl Tree {
    fn add(&mut self, role: StructRole, parent: Option<usize>) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node {
            role,
            parent,
            kids: Vec::new(),
            marks: Vec::new(),
        });
        if let Some(p) = parent {
            self.nodes[p].kids.push(id);
        }
        id
    }
}

/// A leaf element being filled with text: its node, style, and a list item's label.
struct Leaf {
    node: usize,
    bold: bool,
    size: f32,
    label: Option<(String, usize)>,
}

/// Reads the Markdown into the structure tree and the lines to draw.
struct Reader {
    tree: Tree,
    lines: Vec<Line>,
    stack: Vec<usize>,
    /// Each open list's next number (`None`: bullets).
    lists: Vec<Option<u64>>,
    quotes: usize,
    /// The leaf being filled.
    leaf: Option<Leaf>,
    text: String,
    /// A list item's label waiting for the item's first text.
    label: Option<String>,
}

fn heading(level: HeadingLevel) -> (StructRole, f32) {
    match level {
        HeadingLevel::H1 => (StructRole::H1, 20.0),
        HeadingLevel::H2 => (StructRole::H2, 15.0),
        HeadingLevel::H3 => (StructRole::H3, 12.5),
        HeadingLevel::H4 => (StructRole::H4, 11.0),
        HeadingLevel::H5 => (StructRole::H5, BODY),
        HeadingLevel::H6 => (StructRole::H6, BODY),
    }
}

impl Reader {
    fn parent(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    fn open(&mut self, role: StructRole) -> usize {
        let id = self.tree.add(role, Some(self.parent()));
        self.stack.push(id);
        id
    }

    fn close(&mut self) {
        self.stack.pop();
    }

    /// Starts a leaf (heading, paragraph, item body); inside a list item its label goes first.
    fn start_leaf(&mut self, role: StructRole, bold: bool, size: f32) {
        self.flush();
        let label = self.label.take().map(|l| {
            let lbl = self.tree.add(StructRole::Lbl, Some(self.parent()));
            (l, lbl)
        });
        let role = if label.is_some() && role == StructRole::P {
            StructRole::LBody
        } else {
            role
        };
        let node = self.tree.add(role, Some(self.parent()));
        self.leaf = Some(Leaf {
            node,
            bold,
            size,
            label,
        });
    }

    /// Wraps the leaf's text into lines.
    fn flush(&mut self) {
        let Some(Leaf {
            node,
            bold,
            size,
            label,
        }) = self.leaf.take()
        else {
            return;
        };
        let text = std::mem::take(&mut self.text);
        let indent = INDENT * (self.lists.len() + self.quotes) as f32;
        let gap = if bold { size * 0.6 } else { 2.0 };
        // Helvetica averages about half an em per character.
        let max = ((WIDTH - 2.0 * MARGIN - indent) / (size * 0.5)).max(10.0) as usize;
        let mut label = label;
        let mut first = true;
        let mut current = String::new();
        let mut push = |current: String, label: Option<(String, usize)>, first: bool| {
            self.lines.push(Line {
                node,
                bold,
                size,
                indent,
                label,
                quotes: self.quotes,
                gap: if first { gap } else { 0.0 },
                rule: false,
                text: current,
            });
        };
        for word in text.split_whitespace() {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > max {
                push(std::mem::take(&mut current), label.take(), first);
                first = false;
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        push(current, label, first);
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let (role, size) = heading(level);
                self.start_leaf(role, true, size);
            }
            Event::Start(Tag::Paragraph) => self.start_leaf(StructRole::P, false, BODY),
            Event::Start(Tag::CodeBlock(_)) => self.start_leaf(StructRole::Code, false, BODY),
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::CodeBlock) => self.flush(),
            Event::Start(Tag::BlockQuote(_)) => {
                self.flush();
                self.open(StructRole::BlockQuote);
                self.quotes += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                self.flush();
                self.quotes = self.quotes.saturating_sub(1);
                self.close();
            }
            Event::Start(Tag::List(start)) => {
                self.flush();
                self.open(StructRole::L);
                self.lists.push(start);
            }
            Event::End(TagEnd::List(_)) => {
                self.flush();
                self.lists.pop();
                self.close();
            }
            Event::Start(Tag::Item) => {
                self.flush();
                self.open(StructRole::LI);
                let label = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}.", *n - 1)
                    }
                    _ => "•".to_owned(),
                };
                self.label = Some(label);
            }
            Event::End(TagEnd::Item) => {
                self.flush();
                self.label = None;
                self.close();
            }
            Event::Text(t) | Event::Code(t) => {
                if self.leaf.is_none() {
                    // A tight list item's text comes without a paragraph.
                    self.start_leaf(StructRole::P, false, BODY);
                }
                self.text.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak => self.text.push(' '),
            Event::Rule => {
                self.flush();
                self.lines.push(Line {
                    node: self.parent(),
                    bold: false,
                    size: BODY,
                    indent: 0.0,
                    label: None,
                    quotes: 0,
                    gap: 6.0,
                    rule: true,
                    text: String::new(),
                });
            }
            _ => {}
        }
    }
}

fn read(markdown: &str) -> (Tree, Vec<Line>) {
    let mut tree = Tree::default();
    tree.add(StructRole::Document, None);
    let mut r = Reader {
        tree,
        lines: Vec::new(),
        stack: vec![0],
        lists: Vec::new(),
        quotes: 0,
        leaf: None,
        text: String::new(),
        label: None,
    };
    let options = Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(markdown, options) {
        r.event(event);
    }
    r.flush();
    (r.tree, r.lines)
}

fn role_name(role: StructRole) -> &'static [u8] {
    match role {
        StructRole::H1 => b"H1",
        StructRole::H2 => b"H2",
        StructRole::H3 => b"H3",
        StructRole::H4 => b"H4",
        StructRole::H5 => b"H5",
        StructRole::H6 => b"H6",
        StructRole::Lbl => b"Lbl",
        StructRole::LBody => b"LBody",
        StructRole::Code => b"Code",
        _ => b"P",
    }
}

/// The PDF of `markdown`, titled `title`.
pub fn render(title: &str, markdown: &str) -> Vec<u8> {
    let (mut tree, lines) = read(markdown);
    let mut pages: Vec<Vec<(f32, &Line)>> = vec![Vec::new()];
    let mut y = HEIGHT - MARGIN;
    for line in &lines {
        let step = line.size * 1.4 + line.gap;
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
    let (catalog, page_tree, regular, bold) = (Ref::new(1), Ref::new(2), Ref::new(3), Ref::new(4));
    let (struct_root, info) = (Ref::new(5), Ref::new(6));
    let first_page = 7;
    let page_ref = |i: usize| Ref::new(first_page + 3 * i as i32);
    let content_ref = |i: usize| Ref::new(first_page + 1 + 3 * i as i32);
    let parents_ref = |i: usize| Ref::new(first_page + 2 + 3 * i as i32);
    let node_base = first_page + 3 * pages.len() as i32;
    let node_ref = |n: usize| Ref::new(node_base + n as i32);

    {
        let mut cat = pdf.catalog(catalog);
        cat.pages(page_tree);
        cat.pair(Name(b"StructTreeRoot"), struct_root);
        cat.mark_info().marked(true);
        cat.lang(TextStr("en"));
        cat.viewer_preferences().display_doc_title(true);
    }
    pdf.document_info(info)
        .title(TextStr(title))
        .creator(TextStr("convene"));
    pdf.pages(page_tree)
        .kids((0..pages.len()).map(page_ref))
        .count(pages.len() as i32);
    for (font, name) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        pdf.type1_font(font)
            .base_font(Name(name.as_bytes()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (i, page_lines) in pages.iter().enumerate() {
        let mut page = pdf.page(page_ref(i));
        page.media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT))
            .parent(page_tree)
            .contents(content_ref(i))
            .struct_parents(i as i32)
            .tab_order(pdf_writer::types::TabOrder::StructureOrder);
        page.resources()
            .fonts()
            .pair(Name(b"F1"), regular)
            .pair(Name(b"F2"), bold);
        page.finish();
        let mut content = Content::new();
        let mut mcids: Vec<usize> = Vec::new();
        let mut mark = |content: &mut Content, node: usize, mcids: &mut Vec<usize>| {
            let mcid = mcids.len() as i32;
            mcids.push(node);
            tree.nodes[node].marks.push((i, mcid));
            content
                .begin_marked_content_with_properties(Name(role_name(tree.nodes[node].role)))
                .properties()
                .identify(mcid);
        };
        for (y, line) in page_lines {
            for q in 0..line.quotes {
                content.begin_marked_content(Name(b"Artifact"));
                content.set_fill_gray(0.6);
                content.rect(MARGIN + INDENT * q as f32, *y - 3.0, 2.0, line.size * 1.4);
                content.fill_nonzero();
                content.set_fill_gray(0.0);
                content.end_marked_content();
            }
            if line.rule {
                content.begin_marked_content(Name(b"Artifact"));
                content.set_fill_gray(0.6);
                content.rect(MARGIN, *y + line.size * 0.5, WIDTH - 2.0 * MARGIN, 0.7);
                content.fill_nonzero();
                content.set_fill_gray(0.0);
                content.end_marked_content();
            }
            if let Some((label, lbl)) = &line.label {
                mark(&mut content, *lbl, &mut mcids);
                content.begin_text();
                content.set_font(Name(b"F1"), line.size);
                content.next_line(MARGIN + line.indent - INDENT + 4.0, *y);
                content.show(Str(&win_ansi(label)));
                content.end_text();
                content.end_marked_content();
            }
            if line.text.is_empty() {
                continue;
            }
            mark(&mut content, line.node, &mut mcids);
            let font = if line.bold { Name(b"F2") } else { Name(b"F1") };
            content.begin_text();
            content.set_font(font, line.size);
            content.next_line(MARGIN + line.indent, *y);
            content.show(Str(&win_ansi(&line.text)));
            content.end_text();
            content.end_marked_content();
        }
        pdf.stream(content_ref(i), &content.finish());
        pdf.indirect(parents_ref(i))
            .array()
            .items(mcids.iter().map(|n| node_ref(*n)));
    }

    {
        let mut root = pdf
            .indirect(struct_root)
            .start::<pdf_writer::writers::StructTreeRoot>();
        root.child(node_ref(0));
        let mut nums = root.parent_tree();
        let mut entries = nums.nums();
        for i in 0..pages.len() {
            entries.insert(i as i32, parents_ref(i));
        }
        entries.finish();
        nums.finish();
        root.parent_tree_next_key(pages.len() as i32);
    }
    for (n, node) in tree.nodes.iter().enumerate() {
        let mut el = pdf.struct_element(node_ref(n));
        el.kind(node.role);
        el.parent(node.parent.map_or(struct_root, node_ref));
        if n == 0 {
            el.title(TextStr(title));
        }
        let mut kids = el.children();
        for k in &node.kids {
            kids.struct_element(node_ref(*k));
        }
        for (page, mcid) in &node.marks {
            kids.marked_content_ref()
                .page(page_ref(*page))
                .marked_content_id(*mcid);
        }
    }
    pdf.finish()
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
        let pdf = super::render("Title", &md);
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.matches("/Type /Page\n").count() + text.matches("/Type /Page ").count() >= 2);
        assert_eq!(
            super::win_ansi("Café – “ok” ☃"),
            b"Caf\xe9 \x96 \x93ok\x94 ?"
        );
    }

    #[test]
    fn structure_is_tagged() {
        let (tree, lines) =
            super::read("# T\n\n> quoted\n\n- one\n- two\n\n1. first\n\n## H {#x}\n\ntext *em*");
        let roles: Vec<&[u8]> = tree
            .nodes
            .iter()
            .map(|n| super::role_name(n.role))
            .collect();
        assert!(roles.contains(&&b"H1"[..]) && roles.contains(&&b"LBody"[..]));
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            ["T", "quoted", "one", "two", "first", "H", "text em"]
        );
        assert_eq!(lines[1].quotes, 1);
        assert_eq!(lines[2].label.as_ref().map(|l| l.0.as_str()), Some("•"));
        assert_eq!(lines[4].label.as_ref().map(|l| l.0.as_str()), Some("1."));
    }
}
