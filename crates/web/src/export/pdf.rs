//! A plain, readable and tagged PDF of Markdown text: A4 pages, lines wrapped to the page by
//! their real widths. The Markdown structure is drawn, not printed: headings in bold by level,
//! list items with a bullet or number and an indent, quotes indented behind a bar, emphasis
//! markers dropped.
//!
//! Text in any script: the glyphs come from the fonts in `fonts` (built-in Noto Sans for Latin,
//! Greek, Cyrillic, Arabic and Hebrew; installed fonts for the rest), shaped and ordered by
//! `shape`, and each font used is embedded as a subset (CID-keyed, Identity-H) with a ToUnicode
//! map, so text can be searched, copied and read aloud.
//!
//! Tagged: every line is a marked-content sequence of its structure element (Document, H1–H6,
//! P, L / LI / Lbl / LBody, BlockQuote), with the structure tree, its parent tree, `MarkInfo`,
//! the document language and title; decorations are artifacts.

use super::fonts::Fonts;
use super::shape::{self, Run};
use pdf_writer::types::{CidFontType, FontFlags, StructRole, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
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
    /// Its paragraph reads right to left (drawn against the right margin unless in a list).
    rtl: bool,
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
struct Reader<'f> {
    fonts: &'f mut Fonts,
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

impl Reader<'_> {
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
        let max = (WIDTH - 2.0 * MARGIN - indent) / size;
        let mut label = label;
        let rtl = shape::rtl(&text);
        for (i, text) in shape::wrap(self.fonts, &text, bold, max)
            .into_iter()
            .enumerate()
        {
            self.lines.push(Line {
                node,
                bold,
                size,
                indent,
                label: label.take(),
                quotes: self.quotes,
                gap: if i == 0 { gap } else { 0.0 },
                rule: false,
                rtl,
                text,
            });
        }
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
                    rtl: false,
                    text: String::new(),
                });
            }
            _ => {}
        }
    }
}

fn read(fonts: &mut Fonts, markdown: &str) -> (Tree, Vec<Line>) {
    let mut tree = Tree::default();
    tree.add(StructRole::Document, None);
    let mut r = Reader {
        fonts,
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

/// The glyphs of one font that a document uses, renumbered for its subset.
struct Used {
    remap: subsetter::GlyphRemapper,
    /// Text per new glyph id, for the ToUnicode map.
    texts: std::collections::HashMap<u16, String>,
}

/// Writes shaped runs as text-showing operators, recording the glyphs used. Each glyph is
/// placed where the shaper put it: the font's own advance is corrected by the shaped one.
///
/// A glyph stands for its text in the font's ToUnicode map when it alone draws its cluster
/// and means the same everywhere. A cluster of several glyphs (a Devanagari syllable with its
/// vowel sign) or a glyph already mapped to other text is wrapped in a span whose
/// `ActualText` is the cluster's text, so extraction gives the characters, in order.
fn show(content: &mut Content, fonts: &Fonts, used: &mut [Used], runs: &[Run], size: f32) {
    for run in runs {
        let font = &fonts.fonts[run.font];
        let em = font.face.units_per_em().max(1) as f32;
        let u = &mut used[run.font];
        content.set_font(Name(format!("F{}", run.font).as_bytes()), size);
        for cluster in run.glyphs.chunk_by(|a, b| a.cluster == b.cluster) {
            let text: String = cluster.iter().map(|g| g.text.as_str()).collect();
            let cids: Vec<u16> = cluster.iter().map(|g| u.remap.remap(g.id)).collect();
            let plain = cids.len() == 1 && u.texts.get(&cids[0]).is_none_or(|t| *t == text);
            for (cid, g) in cids.iter().zip(cluster) {
                // A glyph's first meaning is still the best guess for plain copy and paste.
                if !g.text.is_empty() || plain {
                    u.texts.entry(*cid).or_insert_with(|| text.clone());
                }
            }
            if !plain {
                content
                    .begin_marked_content_with_properties(Name(b"Span"))
                    .properties()
                    .actual_text(TextStr(&text));
            }
            let mut shown = content.show_positioned();
            let mut items = shown.items();
            for (cid, g) in cids.iter().zip(cluster) {
                let own = font
                    .face
                    .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(g.id))
                    .map_or(0.0, |a| f32::from(a) / em);
                if g.offset != 0.0 {
                    items.adjust(-g.offset * 1000.0);
                }
                items.show(Str(&cid.to_be_bytes()));
                let correction = own - g.advance + g.offset;
                if correction.abs() > 1e-4 {
                    items.adjust(correction * 1000.0);
                }
            }
            items.finish();
            shown.finish();
            if !plain {
                content.end_marked_content();
            }
        }
    }
}

/// The PDF of `markdown`, titled `title`, in English.
pub fn render(title: &str, markdown: &str) -> Vec<u8> {
    render_in("en", title, markdown)
}

/// The PDF of `markdown`, titled `title`, its document language `lang` (a BCP 47 tag).
pub fn render_in(lang: &str, title: &str, markdown: &str) -> Vec<u8> {
    let mut fonts = Fonts::for_text(&format!("{title}\n{markdown}"));
    let (mut tree, lines) = read(&mut fonts, markdown);
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

    // Shaping may add fonts (an installed one for a script the built-in ones lack), so the
    // lines are shaped before any object is numbered.
    let shaped: Vec<Vec<(Vec<Run>, Vec<Run>)>> = pages
        .iter()
        .map(|page| {
            page.iter()
                .map(|(_, line)| {
                    let label = line
                        .label
                        .as_ref()
                        .map_or_else(Vec::new, |(l, _)| shape::line(&mut fonts, l, false, false));
                    (
                        label,
                        shape::line(&mut fonts, &line.text, line.bold, line.rtl),
                    )
                })
                .collect()
        })
        .collect();

    // Fonts drawn with, in order; each takes five objects: Type0, CIDFont, descriptor, file,
    // ToUnicode.
    let mut drawn: Vec<usize> = shaped
        .iter()
        .flatten()
        .flat_map(|(label, text)| label.iter().chain(text))
        .map(|run| run.font)
        .collect();
    drawn.sort_unstable();
    drawn.dedup();
    let slot = |f: usize| drawn.iter().position(|d| *d == f).unwrap_or(0) as i32;
    let font_ref = |f: usize, part: i32| Ref::new(5 + 5 * slot(f) + part);

    let mut pdf = Pdf::new();
    let (catalog, page_tree, struct_root, info) =
        (Ref::new(1), Ref::new(2), Ref::new(3), Ref::new(4));
    let first_page = 5 + 5 * drawn.len() as i32;
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
        cat.lang(TextStr(lang));
        cat.viewer_preferences().display_doc_title(true);
    }
    pdf.document_info(info)
        .title(TextStr(title))
        .creator(TextStr("convene"));
    pdf.pages(page_tree)
        .kids((0..pages.len()).map(page_ref))
        .count(pages.len() as i32);
    let mut used: Vec<Used> = fonts
        .fonts
        .iter()
        .map(|_| Used {
            remap: subsetter::GlyphRemapper::new(),
            texts: std::collections::HashMap::new(),
        })
        .collect();
    for (i, page_lines) in pages.iter().enumerate() {
        let mut page = pdf.page(page_ref(i));
        page.media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT))
            .parent(page_tree)
            .contents(content_ref(i))
            .struct_parents(i as i32)
            .tab_order(pdf_writer::types::TabOrder::StructureOrder);
        {
            let mut resources = page.resources();
            let mut dict = resources.fonts();
            for f in &drawn {
                dict.pair(Name(format!("F{f}").as_bytes()), font_ref(*f, 0));
            }
        }
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
        for ((y, line), (label_runs, text_runs)) in page_lines.iter().zip(&shaped[i]) {
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
            if let Some((_, lbl)) = &line.label {
                mark(&mut content, *lbl, &mut mcids);
                content.begin_text();
                content.next_line(MARGIN + line.indent - INDENT + 4.0, *y);
                show(&mut content, &fonts, &mut used, label_runs, line.size);
                content.end_text();
                content.end_marked_content();
            }
            if line.text.is_empty() {
                continue;
            }
            mark(&mut content, line.node, &mut mcids);
            content.begin_text();
            let x = if line.rtl && line.label.is_none() && line.indent == 0.0 {
                WIDTH - MARGIN - shape::width(text_runs) * line.size
            } else {
                MARGIN + line.indent
            };
            content.next_line(x, *y);
            show(&mut content, &fonts, &mut used, text_runs, line.size);
            content.end_text();
            content.end_marked_content();
        }
        let stream = miniz_oxide::deflate::compress_to_vec_zlib(&content.finish(), 6);
        pdf.stream(content_ref(i), &stream)
            .filter(Filter::FlateDecode);
        pdf.indirect(parents_ref(i))
            .array()
            .items(mcids.iter().map(|n| node_ref(*n)));
    }
    for f in &drawn {
        embed(&mut pdf, &fonts, *f, &used[*f], |part| font_ref(*f, part));
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

/// Writes font `f` as a Type 0 font over a CID font holding the subset of the glyphs used.
fn embed(pdf: &mut Pdf, fonts: &Fonts, f: usize, used: &Used, r: impl Fn(i32) -> Ref) {
    let font = &fonts.fonts[f];
    let face = &font.face;
    let em = face.units_per_em().max(1) as f32;
    let per_mille = |v: f32| v * 1000.0 / em;
    // A subset's name starts with a tag of six capitals that differs with the glyphs kept.
    let mut hash: u32 = 2_166_136_261;
    let ps = font.name();
    for g in ps.bytes().map(u16::from).chain(used.remap.remapped_gids()) {
        hash = (hash ^ u32::from(g)).wrapping_mul(16_777_619);
    }
    let tag: String = (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 5)) % 26) as u8))
        .collect();
    let name = format!("{tag}+{ps}");
    let info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };

    pdf.type0_font(r(0))
        .base_font(Name(name.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(r(1))
        .to_unicode(r(4));

    let widths: Vec<f32> = used
        .remap
        .remapped_gids()
        .map(|g| {
            face.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(g))
                .map_or(0.0, |a| per_mille(f32::from(a)))
        })
        .collect();
    {
        let mut cid = pdf.cid_font(r(1));
        cid.subtype(if font.is_cff() {
            CidFontType::Type0
        } else {
            CidFontType::Type2
        });
        cid.base_font(Name(name.as_bytes()))
            .system_info(info)
            .font_descriptor(r(2))
            .default_width(0.0);
        cid.widths().consecutive(0, widths);
        if !font.is_cff() {
            cid.cid_to_gid_map_predefined(Name(b"Identity"));
        }
    }

    let bbox = face.global_bounding_box();
    let ascender = per_mille(f32::from(
        face.typographic_ascender().unwrap_or(face.ascender()),
    ));
    let descender = per_mille(f32::from(
        face.typographic_descender().unwrap_or(face.descender()),
    ));
    let cap = face
        .capital_height()
        .map_or(ascender, |c| per_mille(f32::from(c)));
    let weight = f32::from(face.weight().to_number());
    {
        let mut desc = pdf.font_descriptor(r(2));
        desc.name(Name(name.as_bytes()))
            .flags(FontFlags::SYMBOLIC)
            .bbox(Rect::new(
                per_mille(f32::from(bbox.x_min)),
                per_mille(f32::from(bbox.y_min)),
                per_mille(f32::from(bbox.x_max)),
                per_mille(f32::from(bbox.y_max)),
            ))
            .italic_angle(face.italic_angle())
            .ascent(ascender)
            .descent(descender)
            .cap_height(cap)
            // The usual estimate of the dominant vertical stem from the weight.
            .stem_v(10.0 + 0.244 * (weight - 50.0));
        if font.is_cff() {
            desc.font_file3(r(3));
        } else {
            desc.font_file2(r(3));
        }
    }

    let data = subsetter::subset(font.data, font.index, &used.remap).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&data, 6);
    let mut file = pdf.stream(r(3), &packed);
    file.filter(Filter::FlateDecode);
    if font.is_cff() {
        file.pair(Name(b"Subtype"), Name(b"OpenType"));
    }
    file.finish();

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), info);
    let mut texts: Vec<_> = used.texts.iter().filter(|(_, t)| !t.is_empty()).collect();
    texts.sort();
    for (cid, text) in texts {
        cmap.pair_with_multiple(*cid, text.chars());
    }
    pdf.cmap(r(4), &cmap.finish());
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
        // Only the fonts drawn with are embedded: Noto Sans regular and bold.
        assert_eq!(text.matches("/Type0").count(), 2, "{}", text.len());
    }

    #[test]
    fn structure_is_tagged() {
        let mut fonts = super::Fonts::for_text("");
        let (tree, lines) = super::read(
            &mut fonts,
            "# T\n\n> quoted\n\n- one\n- two\n\n1. first\n\n## H {#x}\n\ntext *em*",
        );
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
