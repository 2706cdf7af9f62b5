//! Discover: the only module that reads the site's files. It turns a site
//! root into a [`SourceTree`] of texts and bytes, with the page files only
//! listed: the model reads each page as it parses it ([`PageFile::read`]),
//! and an output that needs a page's text again reads it through
//! [`PageText`], which checks that the file has not changed since.

use crate::config::SiteConfig;
use crate::diag::{Diagnostic, Diagnostics};
use std::borrow::Cow;
use std::hash::BuildHasher;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// A text file of the site: Markdown page or Fluent file.
#[derive(Debug, Clone)]
pub struct TextFile {
    pub lang: String,
    /// Path below `content/<lang>/` or `translations/<lang>/`, with `/` separators.
    pub rel: String,
    pub text: String,
}

impl TextFile {
    /// The path shown in diagnostics: relative to the site root.
    pub fn display_path(&self, top: &str) -> String {
        display_path(top, &self.lang, &self.rel)
    }
}

/// `<top>/<lang>/<rel>`: a site file's path as diagnostics show it.
fn display_path(top: &str, lang: &str, rel: &str) -> String {
    format!("{top}/{lang}/{rel}")
}

/// A page file found by discover, not read yet.
#[derive(Debug, Clone)]
pub struct PageFile {
    pub lang: String,
    /// Path below `content/<lang>/`, with `/` separators.
    pub rel: String,
    pub path: PathBuf,
}

impl PageFile {
    /// The file's text, checked as every text file of a site is (UTF-8, no
    /// control characters, a byte order mark dropped).
    pub fn read(&self) -> Result<TextFile, Diagnostic> {
        let text = read_checked_text(&self.path, &display_path("content", &self.lang, &self.rel))?;
        Ok(TextFile { lang: self.lang.clone(), rel: self.rel.clone(), text })
    }
}

/// A page's text as the model keeps it: in memory (`serve`, which edits
/// pages in place), or only where it is and a fingerprint, so that a large
/// site's texts need not all be held at once.
#[derive(Debug, Clone)]
pub enum PageText {
    Kept(String),
    OnDisk { path: PathBuf, shown: String, fingerprint: Fingerprint },
}

impl Default for PageText {
    fn default() -> Self {
        PageText::Kept(String::new())
    }
}

/// The length and a hash of a text, to notice a file that changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    len: usize,
    hash: u64,
}

impl Fingerprint {
    pub fn of(text: &str) -> Fingerprint {
        // Compared only within one run, so any seed will do.
        let hash = foldhash::quality::FixedState::with_seed(0).hash_one(text.as_bytes());
        Fingerprint { len: text.len(), hash }
    }
}

impl PageText {
    /// Keeps only where `text` came from (`path`, shown as `shown`) and its fingerprint.
    pub fn on_disk(text: &str, path: PathBuf, shown: String) -> PageText {
        PageText::OnDisk { path, shown, fingerprint: Fingerprint::of(text) }
    }

    /// The text: kept, or read again. An error when the file changed or
    /// went away since it was parsed: what was made from it may not match.
    pub fn text(&self) -> Result<Cow<'_, str>, Diagnostic> {
        let (path, shown, fingerprint) = match self {
            PageText::Kept(text) => return Ok(Cow::Borrowed(text)),
            PageText::OnDisk { path, shown, fingerprint } => (path, shown, fingerprint),
        };
        let changed = |what: &str| {
            Diagnostic::error(format!("the file {what} while the site was being built"))
                .at(shown)
                .hint("run the command again once the file is saved")
        };
        let bytes = std::fs::read(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => changed("went away"),
            _ => Diagnostic::error(format!("cannot read the file again: {e}")).at(shown),
        })?;
        let text = without_bom(String::from_utf8(bytes).map_err(|_| changed("changed"))?);
        match Fingerprint::of(&text) == *fingerprint {
            true => Ok(Cow::Owned(text)),
            false => Err(changed("changed")),
        }
    }
}

/// A non-Markdown file next to the pages (image, download).
#[derive(Debug, Clone)]
pub struct AssetFile {
    pub lang: String,
    pub rel: String,
    pub bytes: Vec<u8>,
}

/// Everything the build needs, read from disk once.
#[derive(Debug, Clone)]
pub struct SourceTree {
    pub root: PathBuf,
    pub config: SiteConfig,
    pub pages: Vec<PageFile>,
    pub assets: Vec<AssetFile>,
    pub fluent: Vec<TextFile>,
    /// Theme templates: (name relative to `templates/`, text).
    pub templates: Vec<(String, String)>,
    /// Templates that exist but could not be read (their error is reported).
    pub unreadable_templates: Vec<String>,
    /// Theme static files: (path relative to `static/`, bytes).
    pub static_files: Vec<(String, Vec<u8>)>,
    /// Theme leaflet templates (Typst): (path relative to `leaflets/`, bytes).
    pub leaflet_templates: Vec<(String, Vec<u8>)>,
    /// Theme poster templates (Typst): (path relative to `posters/`, bytes).
    pub poster_templates: Vec<(String, Vec<u8>)>,
    /// Theme slide deck templates (Typst): (path relative to `slides/`, bytes).
    pub slide_templates: Vec<(String, Vec<u8>)>,
    /// Theme fonts for leaflets: (path relative to `fonts/`, bytes).
    pub fonts: Vec<(String, Vec<u8>)>,
    /// The text of `urls.lock`, if the site has one.
    pub url_lock: Option<String>,
}

/// The theme's templates as discovery read them: all the Tera loader reads.
pub struct TemplateFiles<'a> {
    /// The theme's folder name below `themes/`.
    pub theme: &'a str,
    /// (name relative to `templates/`, text).
    pub files: &'a [(String, String)],
    /// Templates that exist but could not be read (their error is reported).
    pub unreadable: &'a [String],
}

impl SourceTree {
    pub fn template_files(&self) -> TemplateFiles<'_> {
        TemplateFiles { theme: &self.config.theme, files: &self.templates, unreadable: &self.unreadable_templates }
    }
}

/// Reads a site. Problems that stop the build are errors in `diagnostics`;
/// skipped symlinks and stray files are warnings.
pub fn discover(root: &Path, diagnostics: &mut Diagnostics) -> Option<SourceTree> {
    let config_path = root.join("site.yaml");
    if !config_path.is_file() {
        diagnostics.push(
            Diagnostic::error("cannot read site.yaml: there is no such file")
                .at(config_path.display().to_string())
                .hint("run threesteps in a site folder, or pass --root DIR"),
        );
        return None;
    }
    let config_text = read_text(&config_path, "site.yaml", diagnostics)?;
    let config = match SiteConfig::parse(&config_text, "site.yaml") {
        Ok(config) => config,
        Err(problems) => {
            diagnostics.extend(problems);
            return None;
        }
    };
    let mut tree = SourceTree {
        root: root.to_path_buf(),
        config,
        pages: Vec::new(),
        assets: Vec::new(),
        fluent: Vec::new(),
        templates: Vec::new(),
        unreadable_templates: Vec::new(),
        static_files: Vec::new(),
        leaflet_templates: Vec::new(),
        poster_templates: Vec::new(),
        slide_templates: Vec::new(),
        fonts: Vec::new(),
        url_lock: None,
    };
    read_content(&mut tree, diagnostics);
    read_translations(&mut tree, diagnostics);
    read_theme(&mut tree, diagnostics);
    let lock = root.join("urls.lock");
    if lock.exists() {
        tree.url_lock = read_text(&lock, "urls.lock", diagnostics);
    }
    Some(tree)
}

fn read_content(tree: &mut SourceTree, diagnostics: &mut Diagnostics) {
    let content = tree.root.join("content");
    if !content.is_dir() {
        diagnostics.push(
            Diagnostic::error("the site has no content/ folder")
                .at("content")
                .hint("create content/<lang>/_index.md for the home page"),
        );
        return;
    }
    for entry in list_dir(&content, diagnostics) {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        if !entry.path().is_dir() || tree.config.language(&name).is_none() {
            diagnostics.push(
                Diagnostic::error(format!("content/{name} is not a folder of a language in site.yaml"))
                    .at(format!("content/{name}"))
                    .hint("put pages under content/<lang>/ for a language listed in site.yaml"),
            );
        }
    }
    for lang in tree.config.languages.clone() {
        let dir = content.join(&lang.code);
        if !dir.is_dir() {
            continue;
        }
        for (rel, path) in walk_files(&dir, &format!("content/{}", lang.code), diagnostics) {
            if rel.ends_with(".md") {
                tree.pages.push(PageFile { lang: lang.code.clone(), rel, path });
            } else {
                match std::fs::read(&path) {
                    Ok(bytes) => tree.assets.push(AssetFile { lang: lang.code.clone(), rel, bytes }),
                    Err(e) => diagnostics.push(
                        Diagnostic::error(format!("cannot read file: {e}")).at(format!("content/{}/{rel}", lang.code)),
                    ),
                }
            }
        }
    }
}

fn read_translations(tree: &mut SourceTree, diagnostics: &mut Diagnostics) {
    for lang in tree.config.languages.clone() {
        let dir = tree.root.join("translations").join(&lang.code);
        if !dir.is_dir() {
            continue;
        }
        for (rel, path) in walk_files(&dir, &format!("translations/{}", lang.code), diagnostics) {
            if rel.ends_with(".ftl") {
                if let Some(text) = read_text(&path, &format!("translations/{}/{rel}", lang.code), diagnostics) {
                    tree.fluent.push(TextFile { lang: lang.code.clone(), rel, text });
                }
            }
        }
    }
}

fn read_theme(tree: &mut SourceTree, diagnostics: &mut Diagnostics) {
    let theme_dir = tree.root.join("themes").join(&tree.config.theme);
    let shown = format!("themes/{}", tree.config.theme);
    if !theme_dir.join("templates").is_dir() {
        diagnostics.push(
            Diagnostic::error(format!("theme '{}' has no templates folder", tree.config.theme))
                .at(&shown)
                .hint(format!("create {shown}/templates/ or set `theme:` in site.yaml to an existing theme")),
        );
        return;
    }
    for (rel, path) in walk_files(&theme_dir.join("templates"), &format!("{shown}/templates"), diagnostics) {
        match read_text(&path, &format!("{shown}/templates/{rel}"), diagnostics) {
            Some(text) => tree.templates.push((rel, text)),
            None => tree.unreadable_templates.push(rel),
        }
    }
    tree.static_files = read_theme_folder(&theme_dir, &shown, "static", diagnostics);
    tree.leaflet_templates = read_theme_folder(&theme_dir, &shown, "leaflets", diagnostics);
    tree.poster_templates = read_theme_folder(&theme_dir, &shown, "posters", diagnostics);
    tree.slide_templates = read_theme_folder(&theme_dir, &shown, "slides", diagnostics);
    tree.fonts = read_theme_folder(&theme_dir, &shown, "fonts", diagnostics);
}

/// Every file below `<theme>/<folder>/` as (relative path, bytes); nothing if the folder is missing.
fn read_theme_folder(
    theme_dir: &Path,
    shown: &str,
    folder: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<(String, Vec<u8>)> {
    let dir = theme_dir.join(folder);
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for (rel, path) in walk_files(&dir, &format!("{shown}/{folder}"), diagnostics) {
        match std::fs::read(&path) {
            Ok(bytes) => files.push((rel, bytes)),
            Err(e) => diagnostics
                .push(Diagnostic::error(format!("cannot read file: {e}")).at(format!("{shown}/{folder}/{rel}"))),
        }
    }
    files
}

fn list_dir(dir: &Path, diagnostics: &mut Diagnostics) -> Vec<std::fs::DirEntry> {
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            let mut list: Vec<_> = entries.filter_map(Result::ok).collect();
            list.sort_by_key(|e| e.file_name());
            list
        }
        Err(e) => {
            diagnostics.push(Diagnostic::error(format!("cannot read folder: {e}")).at(dir));
            Vec::new()
        }
    }
}

/// Regular files below `dir` as (relative path with `/`, full path), sorted.
/// Symlinks are not followed (a warning names each); hidden files are skipped.
fn walk_files(dir: &Path, shown: &str, diagnostics: &mut Diagnostics) -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    let walker = WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                diagnostics.push(Diagnostic::error(format!("cannot read: {e}")).at(e.path().unwrap_or(dir)));
                continue;
            }
        };
        let Ok(rel) = entry.path().strip_prefix(dir) else { continue };
        let Some(rel) = rel.to_str().map(|r| r.replace('\\', "/")) else {
            diagnostics.push(
                Diagnostic::error(format!("file name is not valid UTF-8: {}", entry.path().display()))
                    .at(entry.path())
                    .hint("rename the file using UTF-8 characters"),
            );
            continue;
        };
        if entry.path_is_symlink() {
            diagnostics.push(
                Diagnostic::warning("symbolic link not followed")
                    .at(format!("{shown}/{rel}"))
                    .hint("copy the file into the site instead of linking to it"),
            );
            continue;
        }
        if entry.file_type().is_file() {
            files.push((rel, entry.path().to_path_buf()));
        }
    }
    files
}

/// Control characters no text file of a site should hold: NUL, bell,
/// escape and the like (tab, line feed, carriage return and form feed are fine).
fn is_stray_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')) && (c as u32) < 0xA0
}

fn read_text(path: &Path, shown: &str, diagnostics: &mut Diagnostics) -> Option<String> {
    read_checked_text(path, shown).map_err(|problem| diagnostics.push(problem)).ok()
}

/// A text file's text: valid UTF-8 without stray control characters; a
/// byte order mark at its start is dropped.
fn read_checked_text(path: &Path, shown: &str) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| Diagnostic::error(format!("cannot read file: {e}")).at(shown))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = crate::diag::line_of(&String::from_utf8_lossy(&e.as_bytes()[..offset]), offset);
        Diagnostic::error("file is not valid UTF-8").at(shown).line(line).hint("save the file as UTF-8")
    })?;
    if let Some((offset, c)) = text.char_indices().find(|&(_, c)| is_stray_control(c)) {
        return Err(Diagnostic::error(format!("the file contains the control character U+{:04X}", c as u32))
            .at(shown)
            .line(crate::diag::line_of(&text, offset))
            .hint("delete it (a text editor that shows invisible characters helps); text files hold no control characters but tab and line breaks"));
    }
    Ok(without_bom(text))
}

/// `text` without the byte order mark editors on Windows may start a file with.
fn without_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    }
}
