//! PDF leaflets: `leaflets/<lang>/<path>.pdf` for pages with `leaflet: true`
//! and `leaflets/<lang>/red-book-qr.pdf`, the red book's sheet of QR codes.
//!
//! Each is typeset by the theme's Typst template (`leaflets/leaflet.typ`,
//! `leaflets/red-book.typ`) from a JSON of the page (see [`LeafletData`]) and
//! the QR code SVG, with the theme's fonts (`fonts/`), as tagged PDF/UA-1.
//! A leaflet has at most two A4 pages: if the text does not fit, the type is
//! made a little smaller, down to [`SMALLEST_SIZE`], and then it is an error.

pub mod blocks;
mod print_text;
mod typeset;

pub use blocks::{leaflet_body, Block, LeafletBody, Span};
pub use print_text::for_print;
pub use typeset::{Typeset, Typesetter};

use crate::cache::Cache;
use crate::config::{Direction, Lang};
use crate::diag::Diagnostic;
use crate::i18n::I18n;
use crate::model::site::{Page, Site};
use crate::output::qr;
use crate::output::toolkit::{Download, Kind};
use crate::output::OutputFile;
use crate::parse::date::Date;
use crate::routes;
use crate::source::SourceTree;
use fluent_bundle::FluentArgs;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// The theme's Typst templates (leaflets, posters, slides) and fonts, read by `source`.
pub struct LeafletTheme {
    pub leaflet_template: String,
    pub red_book_template: String,
    /// `posters/<name>.typ` by name.
    pub posters: BTreeMap<String, String>,
    /// `slides/slides.typ`, when the theme has it.
    pub slides: Option<String>,
    pub typesetter: Typesetter,
    /// `themes/<name>`, for messages.
    pub shown_dir: String,
}

/// Type sizes tried in turn until a leaflet fits on two pages.
const SIZES: [f64; 4] = [10.5, 10.0, 9.5, 9.0];
/// The smallest body type a leaflet is printed in, in points.
pub const SMALLEST_SIZE: f64 = 9.0;
/// Most A4 pages a leaflet may have.
pub const MAX_PAGES: usize = 2;
/// The red book sheet's file name in each language's folder.
pub use crate::routes::RED_BOOK_FILE;

impl LeafletTheme {
    /// Reads the templates and fonts; `None` when the theme has no leaflet templates.
    pub fn new(tree: &SourceTree) -> Result<Option<LeafletTheme>, Diagnostic> {
        let shown_dir = format!("themes/{}", tree.config.theme);
        let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
        let find = |name: &str| tree.leaflet_templates.iter().find(|(n, _)| n == name).map(|(_, bytes)| text(bytes));
        let (Some(leaflet_template), Some(red_book_template)) = (find("leaflet.typ"), find("red-book.typ")) else {
            return Ok(None);
        };
        let posters = tree
            .poster_templates
            .iter()
            .filter_map(|(name, bytes)| Some((name.strip_suffix(".typ")?.to_string(), text(bytes))))
            .collect();
        let slides = tree.slide_templates.iter().find(|(n, _)| n == "slides.typ").map(|(_, bytes)| text(bytes));
        let typesetter = Typesetter::new(&tree.fonts, &format!("{shown_dir}/fonts"))?;
        Ok(Some(LeafletTheme { leaflet_template, red_book_template, posters, slides, typesetter, shown_dir }))
    }

    /// The SVG QR code of `url`, from the cache the QR files share.
    pub fn qr_svg(&self, url: &str, title: &str) -> Result<Vec<u8>, Diagnostic> {
        qr::cached_svg(self.typesetter.cache(), url, title)
    }

    /// The same theme, keeping its typeset PDFs in `cache` between builds.
    pub fn with_cache(self, cache: Cache) -> LeafletTheme {
        LeafletTheme { typesetter: self.typesetter.with_cache(cache), ..self }
    }
}

/// Every leaflet URL the site publishes: each leaflet page and the red book
/// sheet, in every language.
pub fn leaflet_urls(site: &Site) -> Vec<String> {
    leaflet_downloads(site).into_iter().map(|d| d.url).collect()
}

/// Every leaflet and red book sheet as a download, language by language.
pub fn leaflet_downloads(site: &Site) -> Vec<Download> {
    let mut downloads = Vec::new();
    for lang in site.config.codes() {
        for (index, page) in site.pages.iter().enumerate() {
            if page.source(&site.config).front.leaflet == Some(true) {
                let url = routes::leaflet(lang, &page.path);
                downloads.push(Download { url, lang: lang.to_string(), kind: Kind::Leaflet, page: Some(index) });
            }
        }
        let url = routes::red_book_sheet(lang);
        downloads.push(Download { url, lang: lang.to_string(), kind: Kind::RedBook, page: None });
    }
    downloads
}

/// All leaflets and red book sheets of the site: the leaflets in parallel,
/// the red book sheets one at a time beside them (a sheet holds a QR code
/// for every short link, so on a large site each layout is large).
pub fn leaflets(site: &Site, i18n: &I18n, theme: &LeafletTheme) -> Vec<Result<OutputFile, Diagnostic>> {
    let mut jobs: Vec<(usize, &Lang)> = Vec::new();
    for lang in &site.config.languages {
        for (index, page) in site.pages.iter().enumerate() {
            if page.source(&site.config).front.leaflet == Some(true) {
                jobs.push((index, lang));
            }
        }
    }
    let (mut made, sheets) = rayon::join(
        || jobs.par_iter().map(|&(index, lang)| leaflet(site, i18n, theme, index, lang)).collect::<Vec<_>>(),
        || site.config.languages.iter().map(|lang| red_book(site, i18n, theme, lang)).collect::<Vec<_>>(),
    );
    made.extend(sheets);
    made
}

/// The one leaflet or red book sheet at `url` (`/leaflets/pl/safer-sleep.pdf`),
/// for `serve`, which makes them only when asked for.
pub fn leaflet_at(site: &Site, i18n: &I18n, theme: &LeafletTheme, url: &str) -> Option<Result<OutputFile, Diagnostic>> {
    let rest = url.strip_prefix("/leaflets/")?;
    let (lang, name) = rest.split_once('/')?;
    let lang = site.config.language(lang)?;
    if name == RED_BOOK_FILE {
        return Some(red_book(site, i18n, theme, lang));
    }
    let index = site.pages.iter().position(|page| {
        page.source(&site.config).front.leaflet == Some(true) && routes::leaflet(&lang.code, &page.path) == url
    })?;
    Some(leaflet(site, i18n, theme, index, lang))
}

/// What the leaflet template reads from `/data.json`.
#[derive(Serialize)]
struct LeafletData<'a> {
    lang: &'a str,
    dir: Direction,
    /// Font families, first choice first (Latin, then the page's script).
    fonts: Vec<&'static str>,
    /// Body type size in points.
    size: f64,
    site_name: String,
    tagline: String,
    owner: String,
    title: &'a str,
    description: &'a str,
    blocks: Vec<Block>,
    sources: Vec<Block>,
    /// "Last reviewed: 26 November 2026", when the page has `updated`.
    reviewed: Option<String>,
    /// The not-yet-checked translation notice, for unreviewed translations.
    unreviewed: Option<String>,
    qr: &'static str,
    qr_alt: String,
    scan_label: String,
    /// The short URL without `https://`, as people type it.
    short_url: String,
    also_label: String,
    others: Vec<OtherLanguage<'a>>,
    emergency: String,
    urgent: String,
    footer_note: String,
}

#[derive(Serialize)]
struct OtherLanguage<'a> {
    lang: &'a str,
    dir: Direction,
    name: &'a str,
    url: String,
}

/// Font families by script: Latin first (web addresses and numbers look
/// the same on every leaflet), then the script of the page's language,
/// then the rest so that every language's name in "also in your language"
/// can be set, and symbols (✓) last.
pub fn fonts_for(lang: &Lang) -> Vec<&'static str> {
    let mut fonts = vec!["Noto Sans"];
    let script = match lang.code.as_str() {
        "ur" => URDU_FONT,
        "ar" | "fa" | "ps" | "ku" => "Noto Naskh Arabic",
        "pa" => "Noto Sans Gurmukhi",
        _ => "",
    };
    if !script.is_empty() {
        fonts.push(script);
    }
    for other in ["Noto Naskh Arabic", "Noto Sans Gurmukhi", "Noto Sans Symbols 2"] {
        if !fonts.contains(&other) {
            fonts.push(other);
        }
    }
    fonts
}

/// Urdu is set in Naskh, not Nastaliq: see the README ("Leaflets").
const URDU_FONT: &str = "Noto Naskh Arabic";

/// The labels every leaflet and sheet shares.
pub struct Labels {
    pub site_name: String,
    pub tagline: String,
    pub owner: String,
    pub emergency: String,
    pub urgent: String,
    pub footer_note: String,
}

pub fn labels(i18n: &I18n, lang: &Lang) -> Labels {
    let t = |key: &str| i18n.text(&lang.code, key, None, false).unwrap_or_default();
    Labels {
        site_name: t("site-name"),
        tagline: t("site-tagline"),
        owner: t("site-owner"),
        emergency: t("help-strip-emergency"),
        urgent: t("help-strip-urgent"),
        footer_note: t("footer-note"),
    }
}

/// `date` written the way `lang` writes dates (`date-long`).
fn long_date(i18n: &I18n, lang: &Lang, date: Date) -> Option<String> {
    let mut args = FluentArgs::new();
    args.set("day", date.day());
    args.set("month", date.month());
    args.set("year", date.year());
    i18n.text(&lang.code, "date-long", Some(&args), false)
}

fn leaflet(site: &Site, i18n: &I18n, theme: &LeafletTheme, page: usize, lang: &Lang) -> Result<OutputFile, Diagnostic> {
    let config = &site.config;
    let page = &site.pages[page];
    // An untranslated language gets the default-language leaflet at its own
    // address, so the URL works now and carries the translation later.
    let shown = page.shown(config, lang);
    let text_lang = config.language_or_default(&shown.lang);
    let t = |key: &str| i18n.text(&text_lang.code, key, None, false).unwrap_or_default();
    let source = page.source(config);
    let code = source.front.short.as_deref();
    let short_url = match code {
        Some(code) => qr::short_url(site, text_lang, code),
        None => format!("{}{}", config.base_url, page.url(text_lang)),
    };
    let LeafletBody { mut blocks, sources } = shown.body.with_events(|events| leaflet_body(&events))?;
    let pictures = picture_files(site, page, text_lang, &mut blocks);
    let mut args = FluentArgs::new();
    args.set("title", shown.front.title.as_str());
    let reviewed = shown.front.updated.and_then(|date| long_date(i18n, text_lang, date)).map(|date| {
        let mut args = FluentArgs::new();
        args.set("date", date);
        i18n.text(&text_lang.code, "last-reviewed", Some(&args), false).unwrap_or_default()
    });
    let is_unreviewed = text_lang.code != config.default_language && shown.front.reviewed != Some(true);
    let others = other_languages(site, page, text_lang, code);
    let labels = labels(i18n, text_lang);
    let mut data = LeafletData {
        lang: &text_lang.code,
        dir: text_lang.dir,
        fonts: fonts_for(text_lang),
        size: SIZES[0],
        site_name: labels.site_name,
        tagline: labels.tagline,
        owner: labels.owner,
        title: &shown.front.title,
        description: &shown.front.description,
        blocks,
        sources,
        reviewed,
        unreviewed: is_unreviewed.then(|| t("notice-unreviewed")),
        qr: "/qr.svg",
        qr_alt: i18n.text(&text_lang.code, "redbook-qr-alt", Some(&args), false).unwrap_or_default(),
        scan_label: t("leaflet-scan"),
        short_url: routes::display(&short_url).to_string(),
        also_label: t("leaflet-also"),
        others,
        emergency: labels.emergency,
        urgent: labels.urgent,
        footer_note: labels.footer_note,
    };
    let qr_svg = theme.qr_svg(&short_url, &shown.front.title)?;
    let ident = routes::leaflet(&lang.code, &page.path);
    typeset_leaflet(theme, &mut data, &qr_svg, &pictures, &ident)
        .map_err(|d| d.hint(format!("while making the leaflet of {}", shown.file)))?
        .map(|pdf| OutputFile::new(ident.trim_start_matches('/'), pdf))
        .map_err(|pages| {
            Diagnostic::error(format!(
                "the leaflet needs {pages} A4 pages even in {SMALLEST_SIZE} pt type; a leaflet has at most {MAX_PAGES}"
            ))
            .at(&shown.file)
            .hint(format!("shorten the page, or remove `leaflet: true` from {}", source.file))
        })
}

/// The page's other languages for the leaflet's "also in" line, each with
/// its short link (or page address) written out.
fn other_languages<'a>(site: &'a Site, page: &Page, text_lang: &Lang, code: Option<&str>) -> Vec<OtherLanguage<'a>> {
    let config = &site.config;
    config
        .languages
        .iter()
        .filter(|other| other.index != text_lang.index && page.is_translated(other))
        .map(|other| OtherLanguage {
            lang: &other.code,
            dir: other.dir,
            name: &other.name,
            url: routes::display(&match code {
                Some(code) => qr::short_url(site, other, code),
                None => format!("{}{}", config.base_url, page.url(other)),
            })
            .to_string(),
        })
        .collect()
}

/// Typesets the leaflet at the largest type size that fits [`MAX_PAGES`]:
/// its PDF, or `Err(pages)` with the page count at the smallest size.
fn typeset_leaflet(
    theme: &LeafletTheme,
    data: &mut LeafletData,
    qr_svg: &[u8],
    pictures: &[(String, Vec<u8>)],
    ident: &str,
) -> Result<Result<Vec<u8>, usize>, Diagnostic> {
    let template_path = format!("{}/leaflets/leaflet.typ", theme.shown_dir);
    let mut pages = 0;
    for size in SIZES {
        data.size = size;
        let json = print_text::data_json(&data).map_err(|e| Diagnostic::error(format!("leaflet data: {e}")))?;
        let mut files = vec![("/data.json", json), ("/qr.svg", qr_svg.to_vec())];
        files.extend(pictures.iter().map(|(path, bytes)| (path.as_str(), bytes.clone())));
        match theme.typesetter.pdf(&theme.leaflet_template, &template_path, files, ident, MAX_PAGES)? {
            Typeset::Pdf(pdf) => return Ok(Ok(pdf)),
            Typeset::TooLong(count) => pages = count,
        }
    }
    Ok(Err(pages))
}

/// Replaces each picture's `src` with the path Typst reads it from
/// (`/pictures/<n>.<ext>`) and returns those files. A translation without its
/// own copy of a picture uses the default language's, as on the web page; a
/// picture the site does not have, or in a format Typst cannot read (only
/// SVG, PNG and JPEG), is left out.
pub fn picture_files(site: &Site, page: &Page, lang: &Lang, blocks: &mut Vec<Block>) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    blocks.retain_mut(|block| {
        let Block::Picture { src, .. } = block else { return true };
        let rel = if page.dir.is_empty() { src.clone() } else { format!("{}/{src}", page.dir) };
        let ext = rel.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        if !matches!(ext.as_str(), "svg" | "png" | "jpg" | "jpeg") || src.contains(':') {
            return false;
        }
        let asset = [lang.code.as_str(), site.config.default_language.as_str()]
            .iter()
            .find_map(|lang| site.assets.iter().find(|a| a.lang == *lang && a.rel == rel));
        let Some(asset) = asset else { return false };
        let path = format!("/pictures/{}.{ext}", files.len());
        files.push((path.clone(), asset.bytes.clone()));
        *src = path;
        true
    });
    files
}

pub fn qr_svg(url: &str, title: &str) -> Result<String, Diagnostic> {
    Ok(qr::svg(&qr::encode(url)?, url, title))
}

/// What the red book template reads from `/data.json`.
#[derive(Serialize)]
struct RedBookData<'a> {
    lang: &'a str,
    dir: Direction,
    fonts: Vec<&'static str>,
    site_name: String,
    tagline: String,
    owner: String,
    title: String,
    intro: String,
    items: Vec<RedBookItem<'a>>,
    emergency: String,
    urgent: String,
    footer_note: String,
}

#[derive(Serialize)]
struct RedBookItem<'a> {
    title: &'a str,
    /// The language of `title` when the page is not yet translated.
    title_lang: &'a str,
    title_dir: Direction,
    short_url: String,
    qr: String,
    qr_alt: String,
}

fn red_book(site: &Site, i18n: &I18n, theme: &LeafletTheme, lang: &Lang) -> Result<OutputFile, Diagnostic> {
    let config = &site.config;
    let t = |key: &str| i18n.text(&lang.code, key, None, false).unwrap_or_default();
    let mut items = Vec::new();
    let mut files = Vec::new();
    for page in site.short_link_pages() {
        let Some(code) = page.source(config).front.short.as_deref() else { continue };
        let shown = page.shown(config, lang);
        let url = qr::short_url(site, lang, code);
        let mut args = FluentArgs::new();
        args.set("title", shown.front.title.as_str());
        let path = format!("/qr/{code}.svg");
        files.push((path.clone(), theme.qr_svg(&url, &shown.front.title)?));
        items.push(RedBookItem {
            title: &shown.front.title,
            title_lang: &shown.lang,
            title_dir: config.language_or_default(&shown.lang).dir,
            short_url: routes::display(&url).to_string(),
            qr: path,
            qr_alt: i18n.text(&lang.code, "redbook-qr-alt", Some(&args), false).unwrap_or_default(),
        });
    }
    let labels = labels(i18n, lang);
    let data = RedBookData {
        lang: &lang.code,
        dir: lang.dir,
        fonts: fonts_for(lang),
        site_name: labels.site_name,
        tagline: labels.tagline,
        owner: labels.owner,
        title: t("redbook-title"),
        intro: t("redbook-intro"),
        items,
        emergency: labels.emergency,
        urgent: labels.urgent,
        footer_note: labels.footer_note,
    };
    let json = print_text::data_json(&data).map_err(|e| Diagnostic::error(format!("red book data: {e}")))?;
    let mut all: Vec<(&str, Vec<u8>)> = vec![("/data.json", json)];
    all.extend(files.iter().map(|(path, bytes)| (path.as_str(), bytes.clone())));
    let template_path = format!("{}/leaflets/red-book.typ", theme.shown_dir);
    let url = routes::red_book_sheet(&lang.code);
    match theme.typesetter.pdf(&theme.red_book_template, &template_path, all, &url, usize::MAX)? {
        Typeset::Pdf(pdf) => Ok(OutputFile::new(url.trim_start_matches('/'), pdf)),
        Typeset::TooLong(pages) => {
            Err(Diagnostic::error(format!("the red book sheet has {pages} pages")).at(template_path))
        }
    }
}

/// Errors for pages that ask for a leaflet, poster or slides when the theme cannot make one.
pub fn pages_needing_templates(site: &Site) -> Vec<Diagnostic> {
    site.pages
        .iter()
        .filter(|page| {
            let front = &page.source(&site.config).front;
            front.leaflet == Some(true) || !front.posters.is_empty() || front.slides == Some(true)
        })
        .map(|page| {
            Diagnostic::error(format!(
                "`leaflet`, `posters` or `slides`, but theme '{}' has no leaflets/leaflet.typ and leaflets/red-book.typ",
                site.config.theme
            ))
            .at(&page.source(&site.config).file)
            .hint("add the leaflet templates to the theme (see the default theme), or remove `leaflet: true`, `posters` and `slides`")
        })
        .collect()
}
