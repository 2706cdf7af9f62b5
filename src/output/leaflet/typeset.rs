//! Typst embedded as a library: a small in-memory `World` that serves one
//! theme template, the leaflet's data (JSON) and its QR codes (SVG), with the
//! theme's own fonts only — never the machine's — and turns the result into a
//! tagged PDF/UA-1 document.

use crate::cache::Cache;
use crate::diag::Diagnostic;
use std::collections::HashMap;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

/// What every leaflet shares: the standard library and the theme's fonts,
/// parsed once per build; and where finished layouts are kept between builds.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// The SHA-256 of every font file, part of each cached layout's key.
    fonts_digest: String,
    cache: Cache,
}

impl Typesetter {
    /// Loads fonts from (file name, bytes). WOFF and WOFF2 are refused: Typst
    /// cannot read them and would silently fall back to another font.
    pub fn new(font_files: &[(String, Vec<u8>)], shown_dir: &str) -> Result<Typesetter, Diagnostic> {
        let mut fonts = Vec::new();
        for (name, bytes) in font_files {
            let lower = name.to_ascii_lowercase();
            if lower.ends_with(".woff") || lower.ends_with(".woff2") {
                return Err(Diagnostic::error("leaflet fonts cannot be WOFF or WOFF2")
                    .at(format!("{shown_dir}/{name}"))
                    .hint("use the .ttf or .otf file of the font"));
            }
            if !(lower.ends_with(".ttf") || lower.ends_with(".otf") || lower.ends_with(".ttc")) {
                continue;
            }
            let before = fonts.len();
            fonts.extend(Font::iter(Bytes::new(bytes.clone())));
            if fonts.len() == before {
                return Err(Diagnostic::error("this font file cannot be read")
                    .at(format!("{shown_dir}/{name}"))
                    .hint("replace it with a valid TrueType or OpenType font"));
            }
        }
        let book = FontBook::from_fonts(&fonts);
        let parts: Vec<&[u8]> = font_files.iter().flat_map(|(name, bytes)| [name.as_bytes(), bytes]).collect();
        Ok(Typesetter {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            fonts_digest: crate::cache::key("fonts", &parts),
            cache: Cache::off(),
        })
    }

    /// Where this typesetter keeps what it makes.
    pub fn cache(&self) -> &Cache {
        &self.cache
    }

    /// The same typesetter, keeping what it makes in `cache`.
    pub fn with_cache(self, cache: Cache) -> Typesetter {
        Typesetter { cache, ..self }
    }

    /// The family names of the loaded fonts.
    pub fn families(&self) -> Vec<String> {
        let mut names: Vec<String> = self.book.families().map(|(name, _)| name.to_string()).collect();
        names.dedup();
        names
    }

    /// Lays out `template` (shown as `template_path` in errors) with the given
    /// extra files (`/data.json`, `/qr/…svg`) and, when it has at most
    /// `max_pages` pages, exports it as PDF (the costly part, so a layout that
    /// is too long is never exported). `ident` keeps the PDF's document id
    /// stable between builds. The outcome (a PDF, or a layout too long) is
    /// kept in the cache under every one of these inputs and the fonts.
    pub fn pdf(
        &self,
        template: &str,
        template_path: &str,
        files: Vec<(&str, Vec<u8>)>,
        ident: &str,
        max_pages: usize,
    ) -> Result<Typeset, Diagnostic> {
        let max = max_pages.to_string();
        let mut inputs: Vec<&[u8]> =
            vec![self.fonts_digest.as_bytes(), template.as_bytes(), ident.as_bytes(), max.as_bytes()];
        for (path, bytes) in &files {
            inputs.extend([path.as_bytes(), bytes.as_slice()]);
        }
        let typeset = || {
            let made = self.typeset(template, template_path, &files, ident, max_pages);
            typst::comemo::evict(MEMO_AGE);
            made
        };
        let stored = self.cache.get_or_make("pdf", &inputs, || typeset().map(|made| made.to_bytes()))?;
        match Typeset::from_bytes(stored) {
            Some(made) => Ok(made),
            None => typeset(),
        }
    }

    fn typeset(
        &self,
        template: &str,
        template_path: &str,
        files: &[(&str, Vec<u8>)],
        ident: &str,
        max_pages: usize,
    ) -> Result<Typeset, Diagnostic> {
        let main_id = file_id("/leaflet.typ");
        let world = LeafletWorld {
            setter: self,
            main: Source::new(main_id, template.to_string()),
            files: files.iter().map(|(path, bytes)| (file_id(path), Bytes::new(bytes.clone()))).collect(),
        };
        let shown = |errors: &[SourceDiagnostic]| world.describe(errors, template_path);
        let document: PagedDocument = typst::compile(&world).output.map_err(|errors| shown(&errors))?;
        let pages = document.pages().len();
        if pages > max_pages {
            return Ok(Typeset::TooLong(pages));
        }
        let options = PdfOptions {
            ident: Smart::Custom(ident.to_string()),
            creator: Smart::Custom(Some("threesteps".to_string())),
            timestamp: None,
            page_ranges: None,
            standards: PdfStandards::new(&[PdfStandard::Ua_1])
                .map_err(|e| Diagnostic::error(format!("PDF/UA-1 is not available: {}", e.message())))?,
            tagged: true,
            pretty: false,
        };
        let bytes = typst_pdf::pdf(&document, &options).map_err(|errors| shown(&errors))?;
        Ok(Typeset::Pdf(bytes))
    }
}

/// Typst memoises layout work across compilations in a process-wide cache
/// that never shrinks by itself; after each typesetting, results that no
/// layout used since the one before are dropped. Measured: the default
/// site's cold build peaked at 386 MB without this and at about 210 MB with
/// it, for 2–3% more CPU; at 1 a 5,000-page site's red book sheets take 230
/// MB less than at 5 (0, dropping everything, saves little more and costs
/// about 5% CPU).
const MEMO_AGE: usize = 1;

/// What [`Typesetter::pdf`] made.
#[derive(Debug, PartialEq)]
pub enum Typeset {
    Pdf(Vec<u8>),
    /// The layout had this many pages, more than allowed: nothing exported.
    TooLong(usize),
}

impl Typeset {
    /// As stored in the cache: `pdf` and a newline, then the PDF; or `too long N`.
    fn to_bytes(&self) -> Vec<u8> {
        match self {
            Typeset::Pdf(bytes) => [b"pdf\n".as_slice(), bytes].concat(),
            Typeset::TooLong(pages) => format!("too long {pages}").into_bytes(),
        }
    }

    /// The outcome stored by [`Typeset::to_bytes`]; `None` for anything else.
    fn from_bytes(mut stored: Vec<u8>) -> Option<Typeset> {
        if stored.starts_with(b"pdf\n") {
            stored.drain(..4);
            return Some(Typeset::Pdf(stored));
        }
        let pages = std::str::from_utf8(&stored).ok()?.strip_prefix("too long ")?.parse().ok()?;
        Some(Typeset::TooLong(pages))
    }
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| VirtualPath::new("/missing").expect("a valid path"));
    FileId::new(RootedPath::new(VirtualRoot::Project, vpath))
}

struct LeafletWorld<'a> {
    setter: &'a Typesetter,
    main: Source,
    files: HashMap<FileId, Bytes>,
}

impl LeafletWorld<'_> {
    /// Typst's errors as one diagnostic at the template line of the first.
    fn describe(&self, errors: &[SourceDiagnostic], template_path: &str) -> Diagnostic {
        let first = errors.first();
        let message = errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; ");
        let mut diagnostic = Diagnostic::error(format!("the Typst template failed: {message}")).at(template_path);
        if let Some(error) = first {
            if error.span.id() == Some(self.main.id()) {
                if let Some(range) = self.range(error.span) {
                    diagnostic = diagnostic.line(crate::diag::line_of(self.main.text(), range.start));
                }
            }
            let hints: Vec<String> = error.hints.iter().map(|h| h.v.to_string()).collect();
            if !hints.is_empty() {
                return diagnostic.hint(hints.join("; "));
            }
        }
        if message.contains("could not be displayed") {
            return diagnostic
                .hint("add a font that has this character to the theme's fonts/ folder, or remove it from the page");
        }
        diagnostic.hint("fix the template (Typst) or the page it was making")
    }
}

impl World for LeafletWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.setter.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.setter.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        self.files.get(&id).cloned().ok_or_else(|| FileError::NotFound(id.vpath().get_with_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.setter.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        // Leaflets must not change from day to day: no `datetime.today()`.
        None
    }
}

#[cfg(test)]
mod tests {
    use super::Typeset;

    #[test]
    fn outcomes_read_back_as_stored_and_nothing_else_reads() {
        for made in [Typeset::Pdf(b"%PDF-1.7 ...".to_vec()), Typeset::Pdf(Vec::new()), Typeset::TooLong(3)] {
            assert_eq!(Typeset::from_bytes(made.to_bytes()), Some(made));
        }
        for other in [&b"pdf"[..], b"too long", b"too long x", b"", b"%PDF-1.7"] {
            assert_eq!(Typeset::from_bytes(other.to_vec()), None, "{other:?}");
        }
    }
}
