//! The champions' toolkit: every download of the site listed once (for
//! `urls.lock`, the pages that list downloads and the bundles) and, per
//! language, the download-everything bundle
//! `downloads/<lang>/three-steps-toolkit-<lang>.zip`.
//!
//! A bundle holds that language's leaflets (what the leaflet address serves,
//! so the English text where a page is not translated), its red book sheet,
//! posters, picture sheets and slides, the QR codes (PNG and SVG) of its
//! short links, and `contents.txt`: each file with its title, in that
//! language. It is deterministic: members sorted by name, every timestamp
//! 1980-01-01 00:00, permissions 0644, so two builds give the same bytes.

use crate::config::Lang;
use crate::diag::Diagnostic;
use crate::i18n::I18n;
use crate::model::site::Site;
use crate::output::OutputFile;
use crate::routes;
use fluent_bundle::FluentArgs;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// What a download is; each has a Fluent label `download-<kind>` and a
/// format label `download-format-<format>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Bundle,
    Leaflet,
    RedBook,
    Poster,
    Slides,
    QrPng,
    QrSvg,
}

impl Kind {
    /// The Fluent key of the label (`download-leaflet = Leaflet: { $title }`).
    pub fn label_key(self) -> &'static str {
        match self {
            Kind::Bundle => "download-bundle",
            Kind::Leaflet => "download-leaflet",
            Kind::RedBook => "download-red-book",
            Kind::Poster => "download-poster",
            Kind::Slides => "download-slides",
            Kind::QrPng => "download-qr-png",
            Kind::QrSvg => "download-qr-svg",
        }
    }

    /// The Fluent key of the format (`PDF, A4`).
    pub fn format_key(self) -> &'static str {
        match self {
            Kind::Bundle => "download-format-zip",
            Kind::Leaflet | Kind::RedBook | Kind::Poster => "download-format-pdf-a4",
            Kind::Slides => "download-format-slides",
            Kind::QrPng => "download-format-png",
            Kind::QrSvg => "download-format-svg",
        }
    }
}

/// One downloadable file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    /// Site-relative URL (`/leaflets/pl/safer-sleep.pdf`).
    pub url: String,
    /// The language folder it is in.
    pub lang: String,
    pub kind: Kind,
    /// The page it is made from (its title names it), if any.
    pub page: Option<usize>,
}

impl Download {
    /// Its file name inside the bundle: the URL without the language folder
    /// (`leaflets/safer-sleep.pdf`, `qr/sleep.png`), reduced to safe
    /// characters (ASCII letters, digits, `-`, `_`, `.` and `/` between names).
    pub fn member(&self) -> String {
        let rest = self.url.trim_start_matches('/');
        let (folder, rest) = rest.split_once('/').unwrap_or(("", rest));
        let rest = rest.strip_prefix(&format!("{}/", self.lang)).unwrap_or(rest);
        safe_member_name(&format!("{folder}/{rest}"))
    }

    /// Its title in `lang`, e.g. "Leaflet: Safer sleep for your baby".
    pub fn title(&self, site: &Site, i18n: &I18n, lang: &Lang) -> String {
        let mut args = FluentArgs::new();
        if let Some(index) = self.page {
            args.set("title", site.pages[index].shown(&site.config, lang).front.title.clone());
        }
        if let Some(language) = site.config.language(&self.lang) {
            args.set("language", language.name.clone());
        }
        i18n.text(&lang.code, self.kind.label_key(), Some(&args), false).unwrap_or_default()
    }
}

/// Replaces anything but `[A-Za-z0-9._-]` in each name with `-`, and
/// names that are empty, `.` or `..` with `-`.
pub fn safe_member_name(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            let clean: String = segment
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') { c } else { '-' })
                .collect();
            if clean.is_empty() || clean.chars().all(|c| c == '.') {
                "-".to_string()
            } else {
                clean
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The name of the contents list inside every bundle.
pub const CONTENTS_FILE: &str = "contents.txt";

/// Every download of the site, language by language: the language's bundle
/// first, then the printed files `prints` (leaflets, sheets, posters, slides;
/// empty when the theme cannot make PDFs) and the QR codes of the short links.
pub fn downloads(site: &Site, prints: &[Download]) -> Vec<Download> {
    let mut all = Vec::new();
    for lang in site.config.codes() {
        let url = routes::bundle(lang);
        all.push(Download { url, lang: lang.to_string(), kind: Kind::Bundle, page: None });
        all.extend(prints.iter().filter(|d| d.lang == lang).cloned());
        for page in site.short_link_pages() {
            let Some(code) = page.source(&site.config).front.short.as_deref() else { continue };
            let index = site.by_path[&page.path];
            for (kind, ext) in [(Kind::QrPng, "png"), (Kind::QrSvg, "svg")] {
                let url = routes::qr_image(lang, code, ext);
                all.push(Download { url, lang: lang.to_string(), kind, page: Some(index) });
            }
        }
    }
    all
}

/// The bundle of `lang`, made of the other downloads of that language, whose
/// bytes `fetch` gives by URL.
pub fn bundle(
    site: &Site,
    i18n: &I18n,
    lang: &Lang,
    downloads: &[Download],
    fetch: &(dyn Fn(&str) -> Result<Vec<u8>, Diagnostic> + Sync),
) -> Result<OutputFile, Diagnostic> {
    let url = routes::bundle(&lang.code);
    let members = members(lang, downloads)?;
    let contents = contents_list(site, i18n, lang, &members);
    let failed = |e: zip::result::ZipError| Diagnostic::error(format!("cannot make {url}: {e}"));
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().last_modified_time(DateTime::default()).unix_permissions(0o644);
    let mut files: Vec<(String, Vec<u8>)> = vec![(CONTENTS_FILE.to_string(), contents.into_bytes())];
    for (name, download) in &members {
        files.push((name.clone(), fetch(&download.url)?));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, bytes) in files {
        // PDFs and PNGs are compressed already: storing them saves time for nothing lost.
        let method = if name.ends_with(".pdf") || name.ends_with(".png") {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        zip.start_file(name.as_str(), options.compression_method(method)).map_err(failed)?;
        zip.write_all(&bytes).map_err(|e| Diagnostic::error(format!("cannot make {url}: {e}")))?;
    }
    let bytes = zip.finish().map_err(failed)?.into_inner();
    Ok(OutputFile::new(url.trim_start_matches('/'), bytes))
}

/// What [`bundle`] would report, without making the bundle (for `check`,
/// which keeps no file): two members sharing a name, a message missing from
/// its contents list, or the first member `made` finds this build did not make.
pub fn check_bundle(
    site: &Site,
    i18n: &I18n,
    lang: &Lang,
    downloads: &[Download],
    made: &dyn Fn(&str) -> Result<(), Diagnostic>,
) -> Result<(), Diagnostic> {
    let members = members(lang, downloads)?;
    contents_list(site, i18n, lang, &members);
    members.values().try_for_each(|download| made(&download.url))
}

/// The downloads of `lang`'s bundle by their names inside it; an error when
/// two would have the same name.
fn members<'a>(lang: &Lang, downloads: &'a [Download]) -> Result<BTreeMap<String, &'a Download>, Diagnostic> {
    let url = routes::bundle(&lang.code);
    let mut members: BTreeMap<String, &Download> = BTreeMap::new();
    for download in downloads.iter().filter(|d| d.lang == lang.code && d.kind != Kind::Bundle) {
        let name = download.member();
        if let Some(other) = members.insert(name.clone(), download) {
            return Err(Diagnostic::error(format!(
                "two files would be '{name}' in {url}: {} and {}",
                other.url, download.url
            ))
            .hint("rename one of the pages so their file names differ in letters and digits"));
        }
    }
    Ok(members)
}

/// `contents.txt`: the site's name, then each file with its title, in the
/// bundle's language. UTF-8 with a byte order mark and CRLF line ends, so
/// every text editor (Windows Notepad too) shows every script.
fn contents_list(site: &Site, i18n: &I18n, lang: &Lang, members: &BTreeMap<String, &Download>) -> String {
    let t = |key: &str| i18n.text(&lang.code, key, None, false).unwrap_or_default();
    let mut args = FluentArgs::new();
    args.set("language", lang.name.clone());
    let mut lines = vec![
        t("site-name"),
        i18n.text(&lang.code, "toolkit-contents-title", Some(&args), false).unwrap_or_default(),
        routes::absolute(&site.config.base_url, &routes::language_home(&lang.code)),
        String::new(),
    ];
    for (name, download) in members {
        lines.push(format!("{name}\t{}", download.title(site, i18n, lang)));
    }
    lines.push(String::new());
    lines.push(format!("{} {}", t("help-strip-emergency"), t("help-strip-urgent")));
    format!("\u{feff}{}\r\n", lines.join("\r\n"))
}

/// The bundle at `url`, for `serve`, which makes bundles only when asked for.
pub fn bundle_at(
    site: &Site,
    i18n: &I18n,
    prints: &[Download],
    url: &str,
    fetch: &(dyn Fn(&str) -> Result<Vec<u8>, Diagnostic> + Sync),
) -> Option<Result<OutputFile, Diagnostic>> {
    let lang = site.config.languages.iter().find(|lang| routes::bundle(&lang.code) == url)?;
    Some(bundle(site, i18n, lang, &downloads(site, prints), fetch))
}

/// What pages with `downloads:` show: per download, what the template needs
/// to name it in the reader's language and give its format and size.
#[derive(Debug, Clone, Serialize)]
pub struct DownloadView {
    pub url: String,
    pub lang: String,
    pub kind: Kind,
    /// The label key and format key (`download-leaflet`, `download-format-pdf-a4`).
    pub label: &'static str,
    pub format: &'static str,
    /// The page title it is made from, in the reader's language (or its fallback).
    pub title: Option<String>,
    pub title_lang: Option<String>,
    pub size: Option<Size>,
}

/// A file size for people: whole kilobytes under 1 MB, else megabytes with
/// one decimal (the Fluent message places the decimal separator).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Size {
    pub bytes: u64,
    pub kb: u64,
    pub large: bool,
    pub whole: u64,
    pub tenth: u64,
}

impl Size {
    pub fn of(bytes: u64) -> Size {
        let kb = bytes.div_ceil(1024);
        let tenths = (bytes * 10 + 1024 * 1024 / 2) / (1024 * 1024);
        Size { bytes, kb, large: kb >= 1024, whole: tenths / 10, tenth: tenths % 10 }
    }
}

/// The downloads of the site with their sizes (known after a full build;
/// `serve` makes files lazily and shows no sizes).
#[derive(Debug, Clone, Default)]
pub struct Toolkit {
    pub downloads: Vec<Download>,
    pub sizes: HashMap<String, u64>,
}

impl Toolkit {
    /// Downloads of `of_lang` (or every language), named in the reader's `lang`.
    pub fn views(&self, site: &Site, lang: &Lang, of_lang: Option<&Lang>, qr: bool) -> Vec<DownloadView> {
        self.downloads
            .iter()
            .filter(|d| of_lang.is_none_or(|l| d.lang == l.code))
            .filter(|d| qr || !matches!(d.kind, Kind::QrPng | Kind::QrSvg))
            .map(|d| {
                let shown = d.page.map(|index| site.pages[index].shown(&site.config, lang));
                DownloadView {
                    url: d.url.clone(),
                    lang: d.lang.clone(),
                    kind: d.kind,
                    label: d.kind.label_key(),
                    format: d.kind.format_key(),
                    title: shown.map(|v| v.front.title.clone()),
                    title_lang: shown.map(|v| v.lang.clone()),
                    size: self.sizes.get(&d.url).map(|&bytes| Size::of(bytes)),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_names_are_safe() {
        assert_eq!(safe_member_name("leaflets/safer-sleep.pdf"), "leaflets/safer-sleep.pdf");
        assert_eq!(safe_member_name("leaflets/bébé sûr.pdf"), "leaflets/b-b--s-r.pdf");
        assert_eq!(safe_member_name("a/../b"), "a/-/b");
        assert_eq!(safe_member_name("a//b"), "a/-/b");
    }

    #[test]
    fn sizes_for_people() {
        let s = Size::of(250 * 1024 + 1);
        assert_eq!((s.kb, s.large), (251, false));
        let s = Size::of(1_300_000);
        assert!(s.large);
        assert_eq!((s.whole, s.tenth), (1, 2));
    }
}
