//! The site: every page with its versions in each language, its place in the
//! section tree and its translation status.

use crate::config::{Lang, SiteConfig};
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::translations::{content_hash, status_of, TranslationCounts, TranslationStatus};
use crate::parse::date::Date;
use crate::parse::front_matter::{parse_page, FrontMatter};
use crate::parse::markdown::{parse_body_of, ParsedMarkdown};
use crate::source::{AssetFile, PageFile, SourceTree, TextFile};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Pages the generator makes in every language (not from `content/`):
/// the practitioners' links page, the red book QR sheet and the search page.
/// Content links to them as `@/links/`, `@/red-book/` and `@/search/`.
/// `offline` is what the service worker shows for a page not saved yet.
pub const GENERATED_PAGES: &[&str] = &["links", "red-book", "search", "offline"];

/// What a page is in the section tree; templates read it as `page.kind`
/// (`home`, `section`, `page`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    /// `content/<lang>/_index.md`.
    Home,
    /// A folder's `_index.md`.
    Section,
    /// Any other page (`name.md` or `name/index.md`).
    #[serde(rename = "page")]
    Leaf,
}

/// One version of a page: the file of one language.
#[derive(Debug, Clone)]
pub struct PageVersion {
    pub lang: String,
    /// Path shown in diagnostics (`content/pl/safer-sleep.md`).
    pub file: String,
    pub front: FrontMatter,
    pub body: ParsedMarkdown,
    pub status: TranslationStatus,
}

/// A page of the site, in every language it exists in.
#[derive(Debug, Clone)]
pub struct Page {
    /// URL path below `/<lang>/`, without slashes at the ends (`""` for home).
    pub path: String,
    /// Folder below `content/<lang>/` that relative file links resolve from.
    pub dir: String,
    /// File name below `content/<default>/` (`safer-sleep.md`).
    pub source_rel: String,
    pub kind: PageKind,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Existing versions by language code; the default language is always present.
    pub versions: BTreeMap<String, PageVersion>,
    /// Hash of the source's translatable content (see `translated_from`).
    pub source_hash: String,
}

impl Page {
    pub fn source<'a>(&'a self, site: &SiteConfig) -> &'a PageVersion {
        // The model only keeps pages whose default-language version exists.
        &self.versions[&site.default_language]
    }

    /// The version shown in `lang`: its translation or, failing that, the source.
    pub fn shown<'a>(&'a self, site: &SiteConfig, lang: &Lang) -> &'a PageVersion {
        self.versions.get(&lang.code).unwrap_or_else(|| self.source(site))
    }

    pub fn is_translated(&self, lang: &Lang) -> bool {
        self.versions.contains_key(&lang.code)
    }

    /// `/<lang>/<path>/`.
    pub fn url(&self, lang: &Lang) -> String {
        crate::routes::page(&lang.code, &self.path)
    }

    pub fn weight(&self, site: &SiteConfig) -> i64 {
        self.source(site).front.weight.unwrap_or(i64::MAX / 2)
    }
}

/// The whole site, read-only after [`Site::build`].
#[derive(Debug, Clone)]
pub struct Site {
    pub config: SiteConfig,
    /// Pages sorted by path; index 0 is the home page when it exists.
    /// Shared, so that `serve` can make a new model after an edit that
    /// reuses every page the edit did not touch.
    pub pages: Vec<Arc<Page>>,
    pub by_path: BTreeMap<String, usize>,
    /// The files next to the pages, as discovery read them: taken from the
    /// source tree, not copied, and shared by every model `serve` makes.
    pub assets: Arc<[AssetFile]>,
    /// (language, path) of every asset, for quick lookups.
    pub asset_paths: BTreeSet<(String, String)>,
    /// The theme's static files (path relative to `static/`, bytes), taken
    /// from the source tree like [`Site::assets`].
    pub static_files: Arc<[(String, Vec<u8>)]>,
    /// Output paths of theme static files (`css/site.css`).
    pub static_paths: BTreeSet<String>,
    /// Paths of pages whose files failed to parse (links to them are not reported again).
    pub unparsed_paths: BTreeSet<String>,
    /// Paths of draft pages left out of this build.
    pub draft_paths: BTreeSet<String>,
    /// When each source page last changed (from git history, when there is
    /// one), keyed by page index: read while the model is built (see [`SourceDates`]).
    pub source_changed: BTreeMap<usize, Date>,
}

/// Git's last-change date of each source file (`content/<default>/<rel>` →
/// `YYYY-MM-DD`), an input of the model. Reading it runs `git`, so the
/// caller says when it is worth it.
pub enum SourceDates<'a> {
    /// Read only when some translation is outdated (what `build` and `check` show).
    WhenOutdated(&'a dyn Fn() -> BTreeMap<String, String>),
    /// Always read (the translations report lists them for every page).
    Always(&'a dyn Fn() -> BTreeMap<String, String>),
    /// Never read.
    Never,
}

/// Where the model keeps its pages' texts, which the outputs read again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageTexts {
    /// In memory: `serve`, which edits pages in place and renders some
    /// (leaflets) only when asked, long after the files were read.
    Kept,
    /// Only where they are: a build reads each page again as it renders it,
    /// so it never holds every page's text at once.
    OnDisk,
}

/// Page versions by URL path, then by language: (file below the language
/// folder, version, content hash).
type Groups = BTreeMap<String, BTreeMap<String, (String, PageVersion, String)>>;

/// Groups the parsed versions by URL path (two files claiming one path are
/// an error); also returns the paths whose files failed to parse.
fn group_by_path(parsed: Vec<(String, ParsedVersion)>, diagnostics: &mut Diagnostics) -> (Groups, BTreeSet<String>) {
    let mut groups: Groups = BTreeMap::new();
    let mut unparsed_paths = BTreeSet::new();
    for (rel, result) in parsed {
        let (mut version, hash) = match result {
            Ok(parsed) => parsed,
            Err(problems) => {
                unparsed_paths.insert(page_identity(&rel).0);
                diagnostics.extend(problems);
                continue;
            }
        };
        diagnostics.extend(std::mem::take(&mut version.body.problems));
        let (path, _, _) = page_identity(&rel);
        let langs = groups.entry(path.clone()).or_default();
        if let Some((other_rel, other, _)) = langs.get(&version.lang) {
            diagnostics.push(
                Diagnostic::error(format!(
                    "two files are the same page /{}/{path}: {} and {}",
                    version.lang, other.file, version.file
                ))
                .at(&version.file)
                .hint(format!("keep one of {other_rel} and {rel}")),
            );
            continue;
        }
        langs.insert(version.lang.clone(), (rel, version, hash));
    }
    (groups, unparsed_paths)
}

/// One page per path that has a source page, with its translations and
/// their status; drafts left out unless `drafts`, and their paths returned.
fn assemble_pages(
    groups: Groups,
    unparsed_paths: &BTreeSet<String>,
    config: &SiteConfig,
    drafts: bool,
    diagnostics: &mut Diagnostics,
) -> (Vec<Page>, BTreeSet<String>) {
    let default = config.default_language.as_str();
    let mut pages = Vec::new();
    let mut draft_paths = BTreeSet::new();
    for (path, mut langs) in groups {
        let Some((source_rel, source, source_hash)) = langs.remove(default) else {
            if unparsed_paths.contains(&path) {
                // The source exists but has errors of its own, reported already.
                continue;
            }
            for (_, version, _) in langs.values() {
                diagnostics.push(
                    Diagnostic::error(format!("translation has no {default} source page"))
                        .at(&version.file)
                        .hint(format!("create content/{default}/ with the same path, or remove this file")),
                );
            }
            continue;
        };
        if source.front.draft && !drafts {
            draft_paths.insert(path);
            continue;
        }
        let (_, dir, kind) = page_identity(&source_rel);
        let mut versions = BTreeMap::new();
        for (_, (_, mut version, _)) in langs {
            if version.front.draft && !drafts {
                continue;
            }
            check_translation_keys(&source.front, &version, diagnostics);
            version.status = status_of(version.front.translated_from.as_deref(), &source_hash);
            versions.insert(version.lang.clone(), version);
        }
        check_source_keys(&source, diagnostics);
        versions.insert(default.to_string(), source);
        pages.push(Page { path, dir, source_rel, kind, parent: None, children: Vec::new(), versions, source_hash });
    }
    (pages, draft_paths)
}

/// The last-change date of each page's source file, by page index.
fn source_changed(pages: &[Page], default: &str, dates_by_file: &BTreeMap<String, String>) -> BTreeMap<usize, Date> {
    let mut changed = BTreeMap::new();
    for (index, page) in pages.iter().enumerate() {
        let date = dates_by_file.get(&format!("content/{default}/{}", page.source_rel)).and_then(|d| Date::parse(d));
        if let Some(date) = date {
            changed.insert(index, date);
        }
    }
    changed
}

/// Maps a file below `content/<lang>/` to (URL path, folder, kind).
pub fn page_identity(rel: &str) -> (String, String, PageKind) {
    let without_ext = rel.strip_suffix(".md").unwrap_or(rel);
    if without_ext == "_index" || without_ext == "index" {
        return (String::new(), String::new(), PageKind::Home);
    }
    if let Some(section) = without_ext.strip_suffix("/_index") {
        return (section.to_string(), section.to_string(), PageKind::Section);
    }
    if let Some(bundle) = without_ext.strip_suffix("/index") {
        return (bundle.to_string(), bundle.to_string(), PageKind::Leaf);
    }
    let dir = without_ext.rsplit_once('/').map_or("", |(d, _)| d).to_string();
    (without_ext.to_string(), dir, PageKind::Leaf)
}

impl Site {
    /// Parses every page (in parallel) and assembles the model.
    /// With `drafts` false, pages marked `draft: true` are left out.
    /// Each page file is read as it is parsed, and its text kept as `texts`
    /// says. The content files and theme static files are taken out of
    /// `tree`: their bytes move into the model rather than being copied.
    pub fn build(
        tree: &mut SourceTree,
        drafts: bool,
        dates: SourceDates,
        texts: PageTexts,
        diagnostics: &mut Diagnostics,
    ) -> Site {
        let pages = std::mem::take(&mut tree.pages);
        let assets: Arc<[AssetFile]> = std::mem::take(&mut tree.assets).into();
        let static_files: Arc<[(String, Vec<u8>)]> = std::mem::take(&mut tree.static_files).into();
        let config = &tree.config;
        let had_pages = !pages.is_empty();
        let parsed: Vec<(String, ParsedVersion)> =
            pages.into_par_iter().map(|file| (file.rel.clone(), read_version(file, texts))).collect();
        let (groups, unparsed_paths) = group_by_path(parsed, diagnostics);
        let (mut pages, draft_paths) = assemble_pages(groups, &unparsed_paths, config, drafts, diagnostics);
        let default = config.default_language.as_str();
        let by_path: BTreeMap<String, usize> = pages.iter().enumerate().map(|(i, p)| (p.path.clone(), i)).collect();
        if !by_path.contains_key("") && had_pages {
            diagnostics.push(
                Diagnostic::error("the site has no home page")
                    .at(format!("content/{default}/_index.md"))
                    .hint("create content/<default language>/_index.md"),
            );
        }
        link_tree(&mut pages, &by_path, config);
        let static_paths = static_files.iter().map(|(rel, _)| rel.clone()).collect();
        let any_outdated = pages.iter().any(|p| p.versions.values().any(|v| v.status == TranslationStatus::Outdated));
        let source_changed = match dates {
            SourceDates::Always(read) => source_changed(&pages, &config.default_language, &read()),
            SourceDates::WhenOutdated(read) if any_outdated => {
                source_changed(&pages, &config.default_language, &read())
            }
            SourceDates::WhenOutdated(_) | SourceDates::Never => BTreeMap::new(),
        };
        Site {
            config: config.clone(),
            pages: pages.into_iter().map(Arc::new).collect(),
            by_path,
            asset_paths: assets.iter().map(|a| (a.lang.clone(), a.rel.clone())).collect(),
            assets,
            static_files,
            static_paths,
            unparsed_paths,
            draft_paths,
            source_changed,
        }
    }

    pub fn page(&self, path: &str) -> Option<&Page> {
        self.by_path.get(path).map(|&i| &*self.pages[i])
    }

    /// Pages with a short link, in menu order (weight, then path): the links
    /// page, the red book sheet and its PDF list them.
    pub fn short_link_pages(&self) -> Vec<&Page> {
        let mut pages: Vec<&Page> =
            self.pages.iter().map(Arc::as_ref).filter(|p| p.source(&self.config).front.short.is_some()).collect();
        pages.sort_by_key(|p| (p.weight(&self.config), p.path.clone()));
        pages
    }

    /// The `help_page` of `site.yaml` in `lang` (the emergency line links to it).
    pub fn help_url(&self, lang: &Lang) -> Option<String> {
        let file = self.config.help_page.as_deref()?;
        self.page(&page_identity(file.trim_start_matches("@/")).0).map(|page| page.url(lang))
    }

    /// An error when `site.yaml` names a `help_page` the site does not have.
    pub fn check_help_page(&self) -> Option<Diagnostic> {
        let file = self.config.help_page.as_deref()?;
        if self.help_url(self.config.default_lang()).is_some() {
            return None;
        }
        let mut problem = Diagnostic::error(format!("help_page '{file}' is not a page of the site"))
            .at("site.yaml")
            .hint(format!("name a page file below content/{}/, e.g. get-help.md", self.config.default_language));
        if let Some(line) = self.config.help_page_line {
            problem = problem.line(line);
        }
        Some(problem)
    }

    pub fn home(&self) -> Option<&Page> {
        self.page("")
    }

    /// Pages from the home page down to `index` (inclusive).
    pub fn ancestors(&self, index: usize) -> Vec<usize> {
        let mut chain = vec![index];
        let mut current = index;
        while let Some(parent) = self.pages[current].parent {
            chain.push(parent);
            current = parent;
        }
        chain.reverse();
        chain
    }

    /// True when any translation is behind its source.
    /// How far `lang`'s translations are (see [`TranslationCounts`]).
    pub fn translation_counts(&self, lang: &Lang) -> TranslationCounts {
        let mut counts = TranslationCounts::default();
        for page in &self.pages {
            counts.add(page.versions.get(&lang.code).map(|v| (v.status, v.front.reviewed.unwrap_or(false))));
        }
        counts
    }

    pub fn has_asset(&self, lang: &Lang, rel: &str) -> bool {
        self.asset_paths.contains(&(lang.code.clone(), rel.to_string()))
    }
}

/// A parsed page file with its content hash, or its problems.
/// A page version and its content hash, or why it could not be read.
pub type ParsedVersion = Result<(PageVersion, String), Vec<Diagnostic>>;

/// Reads and parses one page file, keeping its text as `texts` says.
fn read_version(file: PageFile, texts: PageTexts) -> ParsedVersion {
    let text = file.read().map_err(|problem| vec![problem])?;
    let (mut version, hash) = parse_version(text)?;
    if texts == PageTexts::OnDisk {
        version.body.text_on_disk(file.path, version.file.clone());
    }
    Ok((version, hash))
}

/// Parses one page file: name, front matter and Markdown. `build` and
/// `serve`'s re-parse after an edit both go through here.
pub fn parse_version(file: TextFile) -> ParsedVersion {
    let shown = file.display_path("content");
    if let Some(problem) = url_name_problem(&file.rel) {
        return Err(vec![problem.at(&shown)]);
    }
    let split = parse_page(&file.text, &shown)?;
    let hash = content_hash(&split.front, split.body);
    // The body is the end of the file's text.
    let (front, body_start, line_offset) = (split.front, file.text.len() - split.body.len(), split.body_line_offset);
    let body = parse_body_of(file.text, body_start, &shown, line_offset);
    let version = PageVersion { lang: file.lang, file: shown, front, body, status: TranslationStatus::Source };
    Ok((version, hash))
}

/// A page's file name becomes its web address, so it may hold only
/// lowercase letters (of any script), digits, `-`, `_` and `.`: no capitals
/// (hosts treat `/Sleep/` and `/sleep/` as two pages), spaces or symbols.
fn url_name_problem(rel: &str) -> Option<Diagnostic> {
    let name = rel.strip_suffix(".md").unwrap_or(rel);
    let allowed = |c: char| {
        matches!(c, 'a'..='z' | '0'..='9' | '-' | '_' | '.' | '/')
            || (!c.is_ascii() && (c.is_alphanumeric() && !c.is_uppercase()))
            || unicode_normalization::char::is_combining_mark(c)
    };
    let bad = name.chars().find(|c| !allowed(*c))?;
    let what = match bad {
        c if c.is_uppercase() => format!("the capital letter '{c}'"),
        c if c.is_whitespace() => "a space".to_string(),
        c if c.is_control() => format!("the control character U+{:04X}", c as u32),
        c => format!("the character '{c}'"),
    };
    let suggestion: Vec<String> = name.split('/').map(crate::parse::markdown::slugify).collect();
    Some(Diagnostic::error(format!("the file name has {what}, and page file names become web addresses")).hint(
        format!(
            "rename it to {}.md: lowercase letters, digits and hyphens only (translations use the same name)",
            suggestion.join("/")
        ),
    ))
}

/// Sets parent (nearest existing ancestor path, else home) and sorted children.
fn link_tree(pages: &mut [Page], by_path: &BTreeMap<String, usize>, config: &SiteConfig) {
    for page in pages.iter_mut() {
        if page.path.is_empty() {
            continue;
        }
        let mut candidate = page.path.clone();
        let parent = loop {
            match candidate.rsplit_once('/') {
                Some((up, _)) => {
                    candidate = up.to_string();
                    if let Some(&p) = by_path.get(&candidate) {
                        break Some(p);
                    }
                }
                None => break by_path.get("").copied(),
            }
        };
        page.parent = parent;
    }
    let mut children: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, page) in pages.iter().enumerate() {
        if let Some(p) = page.parent {
            children.entry(p).or_default().push(i);
        }
    }
    for (parent, mut kids) in children {
        kids.sort_by(|&a, &b| {
            let (pa, pb) = (&pages[a], &pages[b]);
            (pa.weight(config), &pa.source(config).front.title)
                .cmp(&(pb.weight(config), &pb.source(config).front.title))
        });
        pages[parent].children = kids;
    }
}

/// `short`, `leaflet`, `posters`, `slides`, `downloads` and `aliases` belong to the source page.
fn check_translation_keys(source: &FrontMatter, version: &PageVersion, diagnostics: &mut Diagnostics) {
    let front = &version.front;
    if front.short.is_some() && front.short != source.short {
        diagnostics.push(
            Diagnostic::error("`short` differs from the source page's")
                .at(&version.file)
                .hint("set `short` on the default-language page only; translations inherit it"),
        );
    }
    if front.leaflet.is_some() && front.leaflet != source.leaflet {
        diagnostics.push(
            Diagnostic::error("`leaflet` differs from the source page's")
                .at(&version.file)
                .hint("set `leaflet` on the default-language page only; translations inherit it"),
        );
    }
    if !front.posters.is_empty() && front.posters != source.posters {
        diagnostics.push(
            Diagnostic::error("`posters` differs from the source page's")
                .at(&version.file)
                .hint("set `posters` on the default-language page only; translations inherit it"),
        );
    }
    if front.slides.is_some() && front.slides != source.slides {
        diagnostics.push(
            Diagnostic::error("`slides` differs from the source page's")
                .at(&version.file)
                .hint("set `slides` on the default-language page only; translations inherit it"),
        );
    }
    if front.downloads.is_some() && front.downloads != source.downloads {
        diagnostics.push(
            Diagnostic::error("`downloads` differs from the source page's")
                .at(&version.file)
                .hint("set `downloads` on the default-language page only; translations inherit it"),
        );
    }
    if front.translated_from.is_none() {
        diagnostics.push(
            Diagnostic::warning("translation has no `translated_from`; it is treated as outdated")
                .at(&version.file)
                .hint("run `threesteps translations stamp <file>` once the translation matches the source"),
        );
    }
}

fn check_source_keys(source: &PageVersion, diagnostics: &mut Diagnostics) {
    if source.front.translated_from.is_some() || source.front.reviewed.is_some() {
        diagnostics.push(
            Diagnostic::warning("`translated_from` and `reviewed` are for translations; the source page ignores them")
                .at(&source.file)
                .hint("remove them from the default-language page"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_file_names_must_make_web_addresses() {
        for good in ["safer-sleep.md", "guides/_index.md", "a_b/v1.2.md", "ur/نیند.md", "pa/ਨੀਂਦ.md", "pl/łóżeczko.md"]
        {
            assert!(url_name_problem(good).is_none(), "{good}");
        }
        let problem = |rel: &str| url_name_problem(rel).unwrap().to_string();
        assert_eq!(
            problem("My Page.md"),
            "error: the file name has the capital letter 'M', and page file names become web addresses\n  = help: rename it to my-page.md: lowercase letters, digits and hyphens only (translations use the same name)"
        );
        assert!(problem("my page.md").contains("a space"));
        assert!(problem("a?b.md").contains("the character '?'"));
        assert!(problem("a\u{1}b.md").contains("control character U+0001"));
    }

    #[test]
    fn identities() {
        assert_eq!(page_identity("_index.md"), ("".into(), "".into(), PageKind::Home));
        assert_eq!(page_identity("safer-sleep.md"), ("safer-sleep".into(), "".into(), PageKind::Leaf));
        assert_eq!(page_identity("safe-space/index.md"), ("safe-space".into(), "safe-space".into(), PageKind::Leaf));
        assert_eq!(page_identity("pro/_index.md"), ("pro".into(), "pro".into(), PageKind::Section));
        assert_eq!(page_identity("pro/a.md"), ("pro/a".into(), "pro".into(), PageKind::Leaf));
    }
}
