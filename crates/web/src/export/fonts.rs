//! The fonts the PDF draws with. Noto Sans (Latin, Greek, Cyrillic), Noto Sans Arabic and Noto
//! Sans Hebrew, regular and bold, are built in (`fonts/`, OFL-1.1); any other character is looked
//! up in the fonts installed on the server (Debian's `fonts-noto-cjk` for Chinese, Japanese and
//! Korean, `fonts-symbola` for emoji, ...), so a global community's proceedings print in its own
//! scripts. A character no font has is drawn as the built-in font's empty box.

use rustybuzz::ttf_parser;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

/// (file, bold) of the built-in faces, in the order they are asked for a character.
const BUILT_IN: [(&[u8], bool); 6] = [
    (include_bytes!("../../fonts/NotoSans-Regular.ttf"), false),
    (include_bytes!("../../fonts/NotoSans-Bold.ttf"), true),
    (
        include_bytes!("../../fonts/NotoSansArabic-Regular.ttf"),
        false,
    ),
    (include_bytes!("../../fonts/NotoSansArabic-Bold.ttf"), true),
    (
        include_bytes!("../../fonts/NotoSansHebrew-Regular.ttf"),
        false,
    ),
    (include_bytes!("../../fonts/NotoSansHebrew-Bold.ttf"), true),
];

/// The installed fonts, read (names and styles only) on first need.
static SYSTEM: LazyLock<fontdb::Database> = LazyLock::new(|| {
    let mut db = fontdb::Database::new();
    db.load_system_fonts();
    db
});

/// The bytes of every installed font file used so far. Each is read once and kept for the
/// life of the process (a handful of files, however many PDFs are made).
static LOADED: LazyLock<Mutex<HashMap<fontdb::ID, &'static [u8]>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

fn system_bytes(id: fontdb::ID) -> Option<&'static [u8]> {
    let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(bytes) = loaded.get(&id) {
        return Some(bytes);
    }
    let (fontdb::Source::File(path), _) = SYSTEM.face_source(id)? else {
        return None;
    };
    let bytes: &'static [u8] = Box::leak(std::fs::read(path).ok()?.into_boxed_slice());
    loaded.insert(id, bytes);
    Some(bytes)
}

/// One face used in a document.
pub struct Font {
    /// The installed face it is, or `None` for a built-in one.
    pub installed: Option<fontdb::ID>,
    pub data: &'static [u8],
    pub index: u32,
    pub bold: bool,
    pub face: rustybuzz::Face<'static>,
}

impl Font {
    fn new(
        installed: Option<fontdb::ID>,
        data: &'static [u8],
        index: u32,
        bold: bool,
    ) -> Option<Self> {
        let face = rustybuzz::Face::from_slice(data, index)?;
        Some(Font {
            installed,
            data,
            index,
            bold,
            face,
        })
    }

    pub fn has(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some()
    }

    /// The face's PostScript name, for the PDF's font names.
    pub fn name(&self) -> String {
        self.face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME && n.is_unicode())
            .and_then(|n| n.to_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "Font".to_owned())
    }

    /// CFF outlines (embedded as OpenType) rather than TrueType ones.
    pub fn is_cff(&self) -> bool {
        self.face.tables().cff.is_some()
    }
}

/// Whether an installed face can be embedded: outlines (not colour bitmaps) and not variable
/// (the subsetter keeps static outlines only).
fn usable(face: &ttf_parser::Face) -> bool {
    (face.tables().glyf.is_some() || face.tables().cff.is_some()) && !face.is_variable()
}

/// The faces of one document, with the character → face choices made so far.
pub struct Fonts {
    pub fonts: Vec<Font>,
    chosen: HashMap<(char, bool), Option<usize>>,
    /// Installed faces in the order they are tried once the built-in ones lack a character,
    /// for regular and for bold text.
    candidates: [Option<Vec<(fontdb::ID, bool)>>; 2],
    /// Widths (em) of pieces of text measured for line breaking, regular and bold.
    pub measured: HashMap<(String, bool), f32>,
    /// Noto CJK families in the order preferred for this text (Han characters are drawn
    /// differently in each).
    cjk: [&'static str; 4],
}

impl Fonts {
    /// The faces for a document whose whole text is `text` (which picks the CJK variant).
    pub fn for_text(text: &str) -> Self {
        let kana = text
            .chars()
            .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}'));
        let hangul = text
            .chars()
            .any(|c| matches!(c, '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}'));
        let cjk = match (kana, hangul) {
            (true, _) => ["JP", "SC", "TC", "KR"],
            (false, true) => ["KR", "SC", "TC", "JP"],
            _ => ["SC", "TC", "JP", "KR"],
        };
        let fonts = BUILT_IN
            .iter()
            .filter_map(|(data, bold)| Font::new(None, data, 0, *bold))
            .collect();
        Fonts {
            fonts,
            chosen: HashMap::new(),
            candidates: [None, None],
            measured: HashMap::new(),
            cjk: cjk.map(|v| match v {
                "JP" => "Noto Sans CJK JP",
                "KR" => "Noto Sans CJK KR",
                "TC" => "Noto Sans CJK TC",
                _ => "Noto Sans CJK SC",
            }),
        }
    }

    /// The face that draws `c` (bold where a bold face has it), or `None` when no font has it.
    pub fn for_char(&mut self, c: char, bold: bool) -> Option<usize> {
        if let Some(found) = self.chosen.get(&(c, bold)) {
            return *found;
        }
        let found = self.find(c, bold);
        self.chosen.insert((c, bold), found);
        found
    }

    /// Held faces of the right weight first, then the best installed face (of the right
    /// weight if its family has one), then held faces of the other weight.
    fn find(&mut self, c: char, bold: bool) -> Option<usize> {
        let held =
            |fonts: &[Font], want: bool| fonts.iter().position(|f| f.bold == want && f.has(c));
        if let Some(i) = held(&self.fonts, bold) {
            return Some(i);
        }
        self.installed(c, bold).or_else(|| held(&self.fonts, !bold))
    }

    fn installed(&mut self, c: char, bold: bool) -> Option<usize> {
        let cjk = &self.cjk;
        let candidates =
            self.candidates[usize::from(bold)].get_or_insert_with(|| candidates(cjk, bold));
        let (id, is_bold) = candidates.iter().copied().find(|(id, _)| {
            SYSTEM
                .with_face_data(*id, |data, index| {
                    ttf_parser::Face::parse(data, index)
                        .is_ok_and(|f| usable(&f) && f.glyph_index(c).is_some())
                })
                .unwrap_or(false)
        })?;
        if let Some(i) = self.fonts.iter().position(|f| f.installed == Some(id)) {
            return Some(i);
        }
        let index = SYSTEM.face(id)?.index;
        let font = Font::new(Some(id), system_bytes(id)?, index, is_bold)?;
        self.fonts.push(font);
        Some(self.fonts.len() - 1)
    }
}

/// Installed faces, best first: this text's CJK family, then Noto Sans families, other Noto,
/// DejaVu Sans, the rest; upright before italic; in each family the weight nearest to regular
/// (or bold).
fn candidates(cjk: &[&str; 4], bold: bool) -> Vec<(fontdb::ID, bool)> {
    let target = if bold { 700 } else { 400 };
    let rank = |family: &str| -> u32 {
        if let Some(i) = cjk.iter().position(|f| family == *f) {
            i as u32
        } else if family.starts_with("Noto Sans") && !family.contains("Mono") {
            10
        } else if family.starts_with("Noto") {
            20
        } else if family.starts_with("DejaVu Sans") {
            30
        } else {
            40
        }
    };
    let mut faces: Vec<_> = SYSTEM
        .faces()
        .map(|f| {
            let family = f.families.first().map_or("", |(name, _)| name.as_str());
            let bold = f.weight.0 >= 600;
            let key = (
                rank(family),
                f.style != fontdb::Style::Normal,
                f.weight.0.abs_diff(target),
            );
            (key, f.id, bold)
        })
        .collect();
    faces.sort_by_key(|(key, ..)| *key);
    faces.into_iter().map(|(_, id, bold)| (id, bold)).collect()
}
