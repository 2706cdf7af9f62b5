//! HTML pages: every page in every language (translation or fallback), the
//! language chooser, the 404 page and redirect pages, rendered with the theme.
//!
//! What many pages share (menus, section lists, the language list) is built
//! once per language as Tera values, which are reference-counted and cheap to
//! clone into each page's context.

use crate::config::{Direction, Lang, SiteConfig};
use crate::diag::Diagnostic;
use crate::model::links::resolve;
use crate::model::redirects::Redirect;
use crate::model::site::{Page, PageKind, Site};
use crate::model::translations::TranslationStatus;
use crate::output::markdown::{render_html, RenderOptions};
use crate::output::toolkit::{DownloadView, Kind, Toolkit};
use crate::output::OutputFile;
use crate::parse::date::Date;
use crate::parse::front_matter::{Audience, DownloadsList};
use crate::routes;
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera, Value};

/// A page as a link in menus, breadcrumbs and lists. `lang` is set when the
/// title is not in the reader's language (a fallback), for screen readers.
#[derive(Debug, Clone, Serialize)]
struct NavLink<'a> {
    title: &'a str,
    url: String,
    description: &'a str,
    lang: Option<&'a str>,
}

/// Values shared by every page of one language.
#[derive(Clone)]
struct LanguageShared {
    lang: Value,
    /// One nav link per page (same index as `site.pages`).
    links: Vec<Value>,
    /// The children of each page, as a list of nav links.
    children: Vec<Value>,
    menu: Value,
    /// Hidden words after a link to another website, in this language.
    external_label: String,
}

fn language_shared(site: &Site, lang: &Lang, i18n: &crate::i18n::I18n) -> LanguageShared {
    let config = &site.config;
    let links: Vec<Value> = site
        .pages
        .iter()
        .map(|page| {
            let shown = page.shown(config, lang);
            Value::from_serializable(&NavLink {
                title: &shown.front.title,
                url: page.url(lang),
                description: &shown.front.description,
                lang: (shown.lang != lang.code).then_some(shown.lang.as_str()),
            })
        })
        .collect();
    let children: Vec<Value> = site
        .pages
        .iter()
        .map(|page| Value::from(page.children.iter().map(|&c| links[c].clone()).collect::<Vec<_>>()))
        .collect();
    let menu =
        site.home().map(|_| children[site.by_path[""]].clone()).unwrap_or_else(|| Value::from(Vec::<Value>::new()));
    let external_label = i18n.text(&lang.code, "link-external", None, false).unwrap_or_default();
    LanguageShared { lang: language_value(lang), links, children, menu, external_label }
}

/// A language for templates: its code, name, direction and the finished
/// URLs of its own pages and files (templates make no URLs).
fn language_value(language: &Lang) -> Value {
    let code = language.code.as_str();
    Value::from_serializable(&LanguageContext {
        code,
        name: &language.name,
        dir: language.dir,
        url: routes::language_home(code),
        search_url: routes::search_page(code),
        manifest_url: routes::manifest(code),
        red_book_url: routes::generated(code, "red-book"),
        red_book_pdf: routes::red_book_sheet(code),
    })
}

/// `lang` in every template.
#[derive(Serialize)]
struct LanguageContext<'a> {
    code: &'a str,
    name: &'a str,
    dir: Direction,
    url: String,
    search_url: String,
    manifest_url: String,
    red_book_url: String,
    red_book_pdf: String,
}

/// A title and where it links (breadcrumbs, the offline page's list).
#[derive(Serialize)]
struct TitledLink<'a> {
    title: &'a str,
    url: &'a str,
}

/// `target` of a short link's or alias's redirect page (its Open Graph preview).
#[derive(Serialize)]
struct RedirectTarget<'a> {
    url: &'a str,
    permalink: String,
    title: &'a str,
    description: &'a str,
    lang: &'a str,
}

/// `page` of the site-wide pages (404): only its addresses.
#[derive(Serialize)]
struct GlobalPageContext {
    permalink: String,
    canonical: String,
}

/// `page` of a generated page (links, red book, search, offline): the same
/// fields templates read from a content page, with a generated page's values.
#[derive(Serialize)]
struct GeneratedPageContext<'a> {
    title: String,
    description: String,
    content: &'static str,
    toc: [TocEntry<'static>; 0],
    kind: &'static str,
    path: &'static str,
    url: &'a str,
    permalink: String,
    canonical: String,
    audience: Option<Audience>,
    is_fallback: bool,
    status: TranslationStatus,
    reviewed: bool,
    is_translation: bool,
    short: Option<ShortContext>,
    leaflet: Option<String>,
    resources: [ResourceContext<'static>; 0],
}

fn site_value(site: &Site) -> Value {
    let languages: Vec<Value> = site.config.languages.iter().map(language_value).collect();
    let mut map = tera::Map::default();
    map.insert("base_url".into(), Value::from(site.config.base_url.as_str()));
    map.insert("languages".into(), Value::from(languages));
    Value::from(map)
}

/// What every page of the site shares, built once per build: the site value
/// and, per language, the menus and lists. `serve` keeps it to re-render a
/// single page after an edit that changes no title or menu.
#[derive(Clone)]
pub struct Renderer {
    site_val: Value,
    shared: Vec<LanguageShared>,
    /// The downloads pages with `downloads:` list, with sizes when known.
    toolkit: Toolkit,
    keep: Keep,
}

/// Which pages keep their bytes: all of them, minified (what is published),
/// or only those whose size someone reads (`check`: the pages saved for
/// offline reading, whose sizes the budget warning adds up).
#[derive(Debug, Clone, Default)]
pub enum Keep {
    #[default]
    All,
    /// Output paths (`en/index.html`) of the pages to keep; the others are
    /// rendered (to find their errors) but their files are left empty.
    Only(std::collections::BTreeSet<String>),
}

impl Renderer {
    pub fn new(site: &Site, i18n: &crate::i18n::I18n) -> Renderer {
        Renderer {
            site_val: site_value(site),
            shared: site.config.languages.par_iter().map(|lang| language_shared(site, lang, i18n)).collect(),
            toolkit: Toolkit::default(),
            keep: Keep::All,
        }
    }

    /// The same renderer, keeping only the pages `keep` names.
    pub fn keeping(self, keep: Keep) -> Renderer {
        Renderer { keep, ..self }
    }

    /// True when the page at output `path` keeps its bytes.
    pub fn keeps(&self, path: &str) -> bool {
        match &self.keep {
            Keep::All => true,
            Keep::Only(paths) => paths.contains(path),
        }
    }

    /// The file at `path` made from `template`: minified when this renderer
    /// keeps it, otherwise only rendered (to find its errors) and left empty.
    fn render(&self, tera: &Tera, template: &str, context: &Context, path: String) -> Result<OutputFile, Diagnostic> {
        let failed =
            |e: tera::Error| crate::output::theme::template_error(&format!("themes/…/templates/{template}"), &e);
        if !self.keeps(&path) {
            tera.render_to(template, context, std::io::sink()).map_err(failed)?;
            return Ok(OutputFile::new(path, Vec::new()));
        }
        let html = tera.render(template, context).map_err(failed)?;
        Ok(OutputFile::new(path, minify(html.as_bytes())))
    }

    /// The page at output `path` (a content, redirect, site-wide or generated
    /// page) rendered again, kept whatever `keep` says; `None` when no page
    /// is written there. For `check`, when a kept page loads one it left empty.
    pub fn page_at(
        &self,
        site: &Site,
        tera: &Tera,
        i18n: &crate::i18n::I18n,
        redirects: &[Redirect],
        path: &str,
    ) -> Option<Result<OutputFile, Diagnostic>> {
        let whole = Renderer { keep: Keep::All, ..self.clone() };
        for lang in &site.config.languages {
            let same = |&index: &usize| routes::output_path(&site.pages[index].url(lang)) == path;
            if let Some(index) = (0..site.pages.len()).find(same) {
                return Some(whole.page(site, tera, index, lang));
            }
        }
        if let Some(redirect) = redirects.iter().find(|r| routes::output_path(&r.from) == path) {
            return Some(render_redirect(site, tera, &whole, redirect));
        }
        if let Some((name, global)) = GLOBAL_PAGES.iter().find(|(_, global)| *global == path) {
            return Some(render_global(site, tera, &whole, name, global));
        }
        whole.generated_pages(site, tera, i18n).into_iter().find(|made| made.as_ref().is_ok_and(|f| f.path == path))
    }

    /// The same renderer, listing `toolkit`'s downloads on pages with `downloads:`.
    pub fn with_toolkit(self, toolkit: Toolkit) -> Renderer {
        Renderer { toolkit, ..self }
    }

    /// One page (its index in `site.pages`) in one language.
    pub fn page(&self, site: &Site, tera: &Tera, index: usize, lang: &Lang) -> Result<OutputFile, Diagnostic> {
        render_page(site, tera, self, index, lang)
    }
}

/// Renders every page × language, the chooser, 404 and redirects; each file
/// is handed to `sink` as soon as it is made (so a large site is never held
/// in memory whole).
pub fn render_pages(
    site: &Site,
    tera: &Tera,
    renderer: &Renderer,
    redirects: &[Redirect],
    sink: &(dyn Fn(OutputFile) -> Result<(), Diagnostic> + Sync),
) -> (usize, Vec<Diagnostic>) {
    let languages = &site.config.languages;
    let jobs: Vec<(usize, &Lang)> = (0..site.pages.len()).flat_map(|i| languages.iter().map(move |l| (i, l))).collect();
    let results: Vec<Result<(), Diagnostic>> = jobs
        .par_iter()
        .map(|&(index, l)| renderer.page(site, tera, index, l).and_then(sink))
        .chain(redirects.par_iter().map(|r| render_redirect(site, tera, renderer, r).and_then(sink)))
        .collect();
    let mut count = 0;
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(()) => count += 1,
            Err(problem) => problems.push(problem),
        }
    }
    for (name, path) in GLOBAL_PAGES {
        match render_global(site, tera, renderer, name, path).and_then(sink) {
            Ok(()) => count += 1,
            Err(problem) => problems.push(problem),
        }
    }
    (count, problems)
}

/// The site-wide pages: (template, output path).
const GLOBAL_PAGES: [(&str, &str); 2] = [("chooser.html", "index.html"), ("404.html", "404.html")];

/// Minifies HTML with minify-html, keeping `<html>` and `<head>` tags.
pub fn minify(html: &[u8]) -> Vec<u8> {
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_html_and_head_opening_tags = true;
    cfg.keep_closing_tags = true;
    minify_html::minify(html, &cfg)
}

/// The page-specific part of a page's context.
#[derive(Serialize)]
struct PageContext<'a> {
    title: &'a str,
    description: &'a str,
    content: String,
    toc: Vec<TocEntry<'a>>,
    kind: PageKind,
    path: &'a str,
    url: String,
    permalink: String,
    canonical: String,
    audience: Option<Audience>,
    updated: Option<Date>,
    updated_date: Option<DateParts>,
    source_updated: Option<Date>,
    source_updated_date: Option<DateParts>,
    /// When the source last changed, from git (for the outdated notice).
    source_changed_date: Option<DateParts>,
    source_url: String,
    content_lang: &'a str,
    content_dir: Direction,
    is_fallback: bool,
    status: TranslationStatus,
    reviewed: bool,
    is_translation: bool,
    short: Option<ShortContext>,
    sms: Option<&'a str>,
    resources: Vec<ResourceContext<'a>>,
    has_checklist: bool,
    /// The page's PDF leaflet in this language, when it has one.
    leaflet: Option<String>,
    /// The downloads the page lists (`downloads:` in its front matter).
    downloads: Option<DownloadsContext<'a>>,
}

/// The downloads a page lists: the reader's language's bundle and what is
/// in it (`downloads: bundle`), or every download by language (`downloads: all`).
#[derive(Serialize)]
struct DownloadsContext<'a> {
    list: DownloadsList,
    /// The page that lists every download (`downloads: all`), in the reader's language.
    all_url: Option<String>,
    bundle: Option<DownloadView>,
    inside: Vec<DownloadView>,
    languages: Vec<LanguageDownloads<'a>>,
}

#[derive(Serialize)]
struct LanguageDownloads<'a> {
    code: &'a str,
    name: &'a str,
    dir: Direction,
    items: Vec<DownloadView>,
}

fn downloads_context<'a>(site: &'a Site, toolkit: &Toolkit, list: DownloadsList, lang: &Lang) -> DownloadsContext<'a> {
    let own = toolkit.views(site, lang, Some(lang), false);
    let bundle = own.iter().find(|d| d.kind == Kind::Bundle).cloned();
    let all_url = site
        .pages
        .iter()
        .find(|p| p.source(&site.config).front.downloads == Some(DownloadsList::All))
        .map(|p| p.url(lang));
    match list {
        DownloadsList::Bundle => DownloadsContext {
            list,
            all_url,
            bundle,
            inside: own.into_iter().filter(|d| d.kind != Kind::Bundle).collect(),
            languages: Vec::new(),
        },
        DownloadsList::All => DownloadsContext {
            list,
            all_url: None,
            bundle,
            inside: Vec::new(),
            languages: site
                .config
                .languages
                .iter()
                .map(|l| LanguageDownloads {
                    code: &l.code,
                    name: &l.name,
                    dir: l.dir,
                    items: toolkit.views(site, lang, Some(l), false),
                })
                .collect(),
        },
    }
}

/// A date split for the `date-long` Fluent message, which writes it the
/// way the reader's language does (26 listopada 2026).
#[derive(Serialize)]
struct DateParts {
    day: u8,
    month: u8,
    year: u16,
}

impl From<Date> for DateParts {
    fn from(date: Date) -> DateParts {
        DateParts { day: date.day(), month: date.month(), year: date.year() }
    }
}

#[derive(Serialize)]
struct TocEntry<'a> {
    id: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct ShortContext {
    code: String,
    url: String,
    display: String,
    /// The short link's QR code (SVG), for the printed page.
    qr_svg: String,
}

#[derive(Serialize)]
struct ResourceContext<'a> {
    title: &'a str,
    url: String,
}

#[derive(Serialize)]
struct SwitcherEntry<'a> {
    code: &'a str,
    name: &'a str,
    dir: Direction,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct Alternate<'a> {
    code: &'a str,
    url: String,
}

/// What a content page's template reads as `page`; an error when its text
/// had to be read again and its file changed.
fn page_context<'a>(
    site: &'a Site,
    shared: &LanguageShared,
    toolkit: &Toolkit,
    index: usize,
    lang: &Lang,
) -> Result<PageContext<'a>, Diagnostic> {
    let config = &site.config;
    let page: &Page = &site.pages[index];
    let shown = page.shown(config, lang);
    let source = page.source(config);
    let is_fallback = !page.is_translated(lang);
    let content_lang = config.language_or_default(&shown.lang);
    let base = &config.base_url;
    let url = page.url(lang);
    let canonical = if is_fallback { page.url(config.default_lang()) } else { url.clone() };
    let resources = if shown.front.resources.is_empty() { &source.front.resources } else { &shown.front.resources };
    let content = render_html(
        &shown.body,
        &|dest| resolve(site, page, lang, dest).unwrap_or_else(|_| dest.to_string()),
        &RenderOptions {
            isolate_addresses: content_lang.is_rtl(),
            site_url: base,
            external_label: &shared.external_label,
        },
    )?;
    Ok(PageContext {
        title: &shown.front.title,
        description: &shown.front.description,
        content,
        toc: shown
            .body
            .headings
            .iter()
            .filter(|h| h.level == 2)
            .map(|h| TocEntry { id: &h.id, text: &h.text })
            .collect(),
        kind: page.kind,
        path: &page.path,
        permalink: routes::absolute(base, &url),
        canonical: routes::absolute(base, &canonical),
        audience: shown.front.audience.or(source.front.audience),
        updated: shown.front.updated.or(source.front.updated),
        updated_date: shown.front.updated.or(source.front.updated).map(DateParts::from),
        source_updated: source.front.updated,
        source_updated_date: source.front.updated.map(DateParts::from),
        source_changed_date: site.source_changed.get(&index).copied().map(DateParts::from),
        source_url: page.url(config.default_lang()),
        content_lang: &content_lang.code,
        content_dir: content_lang.dir,
        is_fallback,
        status: if is_fallback { TranslationStatus::Missing } else { shown.status },
        reviewed: shown.front.reviewed.unwrap_or(false),
        is_translation: !is_fallback && lang.code != config.default_language,
        short: source.front.short.as_deref().map(|code| short_context(site, lang, code)),
        sms: shown.front.sms.as_deref(),
        resources: resources
            .iter()
            .map(|r| ResourceContext {
                title: &r.title,
                url: resolve(site, page, lang, &r.file).unwrap_or_else(|_| r.file.clone()),
            })
            .collect(),
        has_checklist: shown.body.has_checklist,
        leaflet: (source.front.leaflet == Some(true)).then(|| routes::leaflet(&lang.code, &page.path)),
        downloads: source.front.downloads.map(|list| downloads_context(site, toolkit, list, lang)),
        url,
    })
}

/// A page's short link in `lang`: its URL, how it is printed, its QR code.
fn short_context(site: &Site, lang: &Lang, code: &str) -> ShortContext {
    let config = &site.config;
    let base = &config.base_url;
    let path = routes::short_link(&lang.code, code, &config.default_language);
    ShortContext {
        code: code.to_string(),
        url: routes::absolute(base, &path),
        display: format!("{}{path}", routes::display(base)),
        qr_svg: routes::qr_image(&lang.code, code, "svg"),
    }
}

fn render_page(
    site: &Site,
    tera: &Tera,
    renderer: &Renderer,
    index: usize,
    lang: &Lang,
) -> Result<OutputFile, Diagnostic> {
    let (site_val, shared, toolkit) = (&renderer.site_val, &renderer.shared[lang.index], &renderer.toolkit);
    let config = &site.config;
    let page: &Page = &site.pages[index];
    let base = &config.base_url;
    let page_ctx = page_context(site, shared, toolkit, index, lang)?;
    let template = match page.kind {
        PageKind::Home => "home.html",
        PageKind::Section => "section.html",
        PageKind::Leaf => "page.html",
    };
    let alternates: Vec<Alternate> = config
        .languages
        .iter()
        .filter(|l| page.is_translated(l))
        .map(|l| Alternate { code: &l.code, url: routes::absolute(base, &page.url(l)) })
        .collect();
    let switcher = switcher(config, lang, |l| page.url(l));
    let ancestors = site.ancestors(index);
    let breadcrumbs: Vec<Value> = ancestors.iter().map(|&i| shared.links[i].clone()).collect();
    let parent_section = page.parent.filter(|&p| !site.pages[p].path.is_empty());
    let section_nav = match (page.kind, parent_section) {
        (PageKind::Leaf, Some(parent)) => section_window(site, shared, parent, index),
        _ => Value::from(Vec::<Value>::new()),
    };

    let mut context = base_context(site, site_val, shared, lang, &alternates, &switcher);
    context.insert_value("page", Value::from_serializable(&page_ctx));
    context.insert_value("breadcrumbs", Value::from(breadcrumbs));
    context.insert_value("children", shared.children[index].clone());
    context.insert_value("section", parent_section.map(|p| shared.links[p].clone()).unwrap_or(Value::none()));
    context.insert_value("section_nav", section_nav);
    let path = routes::output_path(&page_ctx.url);
    renderer.render(tera, template, &context, path).map_err(|d| d.at(&page.shown(config, lang).file))
}

/// Pages listed in "In this section" on a page: all of its section's pages,
/// or, in a long section, the current page and its neighbours (the section's
/// own page, linked from the heading, lists them all).
const SECTION_NAV_MAX: usize = 15;

fn section_window(site: &Site, shared: &LanguageShared, parent: usize, index: usize) -> Value {
    let siblings = &site.pages[parent].children;
    if siblings.len() <= SECTION_NAV_MAX {
        return shared.children[parent].clone();
    }
    let position = siblings.iter().position(|&c| c == index).unwrap_or(0);
    let start = position.saturating_sub(SECTION_NAV_MAX / 2).min(siblings.len() - SECTION_NAV_MAX);
    Value::from(siblings[start..start + SECTION_NAV_MAX].iter().map(|&c| shared.links[c].clone()).collect::<Vec<_>>())
}

fn render_redirect(
    site: &Site,
    tera: &Tera,
    renderer: &Renderer,
    redirect: &Redirect,
) -> Result<OutputFile, Diagnostic> {
    let config = &site.config;
    let page = &site.pages[redirect.page];
    let language = config.language(&redirect.lang).unwrap_or(config.default_lang());
    let mut context = Context::new();
    context.insert("lang_code", &language.code);
    context.insert_value("lang", language_value(language));
    context.insert_value("site", renderer.site_val.clone());
    context.insert("help_url", &site.help_url(language));
    let shown = page.shown(config, language);
    context.insert(
        "target",
        &RedirectTarget {
            url: &redirect.to,
            permalink: format!("{}{}", config.base_url, redirect.to),
            title: &shown.front.title,
            description: &shown.front.description,
            lang: &shown.lang,
        },
    );
    renderer.render(tera, "redirect.html", &context, routes::output_path(&redirect.from))
}

fn render_global(
    site: &Site,
    tera: &Tera,
    renderer: &Renderer,
    template: &str,
    path: &str,
) -> Result<OutputFile, Diagnostic> {
    let config = &site.config;
    let language = config.default_lang();
    let mut context = Context::new();
    context.insert("lang_code", &language.code);
    context.insert_value("lang", language_value(language));
    context.insert("default_lang", &config.default_language);
    context.insert_value("site", renderer.site_val.clone());
    context.insert("help_url", &site.help_url(language));
    let root = routes::absolute(&config.base_url, "/");
    context.insert("page", &GlobalPageContext { permalink: root.clone(), canonical: root });
    renderer.render(tera, template, &context, path.to_string())
}

/// The language switcher: every site language, linking to `url_in(language)`.
fn switcher<'a>(config: &'a SiteConfig, lang: &Lang, url_in: impl Fn(&Lang) -> String) -> Vec<SwitcherEntry<'a>> {
    config
        .languages
        .iter()
        .map(|l| SwitcherEntry {
            code: &l.code,
            name: &l.name,
            dir: l.dir,
            url: url_in(l),
            current: l.index == lang.index,
        })
        .collect()
}

/// What every page's context has: its language, the site, menus, alternates and switcher.
fn base_context(
    site: &Site,
    site_val: &Value,
    shared: &LanguageShared,
    lang: &Lang,
    alternates: &[Alternate],
    switcher: &[SwitcherEntry],
) -> Context {
    let mut context = Context::new();
    context.insert("lang_code", &lang.code);
    context.insert_value("lang", shared.lang.clone());
    context.insert("default_lang", &site.config.default_language);
    context.insert_value("site", site_val.clone());
    context.insert("alternates", alternates);
    context.insert("switcher", switcher);
    context.insert_value("menu", shared.menu.clone());
    context.insert("help_url", &site.help_url(lang));
    context.insert("offline", &site.config.offline);
    context
}

/// A page the build makes in every language: its slug (URL), template and
/// the Fluent keys of its title and description.
#[derive(Clone, Copy)]
struct GeneratedPage {
    slug: &'static str,
    template: &'static str,
    title_key: &'static str,
    description_key: &'static str,
    /// Who the page is for (`page.audience`); `None` for every reader.
    audience: Option<Audience>,
}

const LINKS_PAGE: GeneratedPage = GeneratedPage {
    slug: "links",
    template: "links.html",
    title_key: "links-title",
    description_key: "links-description",
    audience: Some(Audience::Practitioners),
};
const RED_BOOK_PAGE: GeneratedPage = GeneratedPage {
    slug: "red-book",
    template: "red-book.html",
    title_key: "redbook-title",
    description_key: "redbook-description",
    audience: Some(Audience::Practitioners),
};
const SEARCH_PAGE: GeneratedPage = GeneratedPage {
    slug: "search",
    template: "search.html",
    title_key: "search-title",
    description_key: "search-description",
    audience: None,
};
const OFFLINE_PAGE: GeneratedPage = GeneratedPage {
    slug: "offline",
    template: "offline.html",
    title_key: "offline-title",
    description_key: "offline-description",
    audience: None,
};

/// One parent page on the links page and the red book sheet.
#[derive(Serialize)]
struct LinkItem<'a> {
    title: &'a str,
    /// Set when the title is not in the reader's language (no translation yet).
    title_lang: Option<&'a str>,
    code: &'a str,
    short_url: String,
    short_display: String,
    sms: Option<&'a str>,
    /// The whole text message: the suggested text and the short link.
    message: Option<String>,
    characters: usize,
    segments: usize,
    qr_svg: String,
    qr_png: String,
    /// The page's PDF leaflet in this language, when it has one.
    leaflet: Option<String>,
}

impl Renderer {
    /// The generated pages of every language: the links page, the red book sheet and the search page.
    pub fn generated_pages(
        &self,
        site: &Site,
        tera: &Tera,
        i18n: &crate::i18n::I18n,
    ) -> Vec<Result<OutputFile, Diagnostic>> {
        let config = &site.config;
        let mut files = Vec::new();
        for lang in &config.languages {
            let items: Vec<LinkItem> = site
                .short_link_pages()
                .iter()
                .filter_map(|page| {
                    let source = page.source(config);
                    let code = source.front.short.as_deref()?;
                    let shown = page.shown(config, lang);
                    let short_url = crate::output::qr::short_url(site, lang, code);
                    let sms = shown.front.sms.as_deref().or(source.front.sms.as_deref());
                    let message = sms.map(|text| format!("{text} {short_url}"));
                    let count = crate::sms::count(message.as_deref().unwrap_or(""));
                    Some(LinkItem {
                        title: &shown.front.title,
                        title_lang: (shown.lang != lang.code).then_some(shown.lang.as_str()),
                        code,
                        short_display: routes::display(&short_url).to_string(),
                        short_url,
                        sms,
                        message,
                        characters: count.units,
                        segments: count.segments,
                        qr_svg: routes::qr_image(&lang.code, code, "svg"),
                        qr_png: routes::qr_image(&lang.code, code, "png"),
                        leaflet: (source.front.leaflet == Some(true)).then(|| routes::leaflet(&lang.code, &page.path)),
                    })
                })
                .collect();
            for which in [&LINKS_PAGE, &RED_BOOK_PAGE] {
                files.push(self.generated_page(site, tera, i18n, lang, which, &items));
            }
            let topics = crate::output::search::topics(site, lang);
            files.push(self.generated_page(site, tera, i18n, lang, &SEARCH_PAGE, &topics));
            let saved = self.saved_links(site, i18n, lang);
            files.push(self.generated_page(site, tera, i18n, lang, &OFFLINE_PAGE, &saved));
        }
        files
    }

    /// The pages the offline page lists as saved: what the worker saves.
    fn saved_links(&self, site: &Site, i18n: &crate::i18n::I18n, lang: &Lang) -> Vec<Value> {
        let shared = &self.shared[lang.index];
        let mut links: Vec<Value> =
            crate::output::offline::saved_page_indexes(site).into_iter().map(|i| shared.links[i].clone()).collect();
        let search = i18n.text(&lang.code, "search-title", None, false).unwrap_or_default();
        let url = routes::search_page(&lang.code);
        links.push(Value::from_serializable(&TitledLink { title: &search, url: &url }));
        links
    }

    fn generated_page<T: Serialize>(
        &self,
        site: &Site,
        tera: &Tera,
        i18n: &crate::i18n::I18n,
        lang: &Lang,
        which: &GeneratedPage,
        items: &[T],
    ) -> Result<OutputFile, Diagnostic> {
        let GeneratedPage { slug, template, title_key, description_key, audience } = *which;
        let config = &site.config;
        let shared = &self.shared[lang.index];
        let base = &config.base_url;
        let url = routes::generated(&lang.code, slug);
        let text = |key: &str| i18n.text(&lang.code, key, None, false).unwrap_or_default();
        let page = GeneratedPageContext {
            title: text(title_key),
            description: text(description_key),
            content: "",
            toc: [],
            kind: slug,
            path: slug,
            url: &url,
            permalink: routes::absolute(base, &url),
            canonical: routes::absolute(base, &url),
            audience,
            is_fallback: false,
            status: TranslationStatus::Source,
            reviewed: true,
            is_translation: false,
            short: None,
            leaflet: None,
            resources: [],
        };
        let alternates: Vec<Alternate> = config
            .codes()
            .map(|code| Alternate { code, url: routes::absolute(base, &routes::generated(code, slug)) })
            .collect();
        let switcher = switcher(config, lang, |l| routes::generated(&l.code, slug));
        let mut breadcrumbs: Vec<Value> =
            site.home().map(|_| shared.links[site.by_path[""]].clone()).into_iter().collect();
        breadcrumbs.push(Value::from_serializable(&TitledLink { title: &page.title, url: &url }));
        let mut context = base_context(site, &self.site_val, shared, lang, &alternates, &switcher);
        context.insert("page", &page);
        context.insert_value("breadcrumbs", Value::from(breadcrumbs));
        context.insert("items", items);
        self.render(tera, template, &context, routes::output_path(&url))
            .map_err(|d| d.at(format!("themes/{}/templates/{template}", config.theme)))
    }
}
