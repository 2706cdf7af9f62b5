//! HTML pages: every page in every language (translation or fallback), the
//! language chooser, the 404 page and redirect pages, rendered with the theme.

use crate::diag::Diagnostic;
use crate::model::links::resolve;
use crate::model::redirects::Redirect;
use crate::model::site::{Page, PageKind, Site};
use crate::model::translations::TranslationStatus;
use crate::output::{index_file, OutputFile};
use crate::parse::markdown::render_html;
use rayon::prelude::*;
use serde::Serialize;
use serde_json::{json, Value};
use tera::{Context, Tera};

/// A link in menus, breadcrumbs and lists.
#[derive(Debug, Clone, Serialize)]
struct NavLink {
    title: String,
    url: String,
    description: String,
    current: bool,
}

/// Renders every page × language, the chooser, 404 and redirects.
pub fn render_pages(site: &Site, tera: &Tera, redirects: &[Redirect]) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let config = &site.config;
    let jobs: Vec<(usize, &str)> =
        (0..site.pages.len()).flat_map(|i| config.codes().map(move |lang| (i, lang))).collect();
    let results: Vec<Result<OutputFile, Diagnostic>> = jobs
        .par_iter()
        .map(|&(index, lang)| render_page(site, tera, index, lang))
        .chain(redirects.par_iter().map(|r| render_redirect(site, tera, r)))
        .collect();
    let mut files = Vec::with_capacity(results.len() + 2);
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(file) => files.push(file),
            Err(problem) => problems.push(problem),
        }
    }
    for (name, path) in [("chooser.html", "index.html"), ("404.html", "404.html")] {
        match render_global(site, tera, name) {
            Ok(html) => files.push(OutputFile::new(path, html)),
            Err(problem) => problems.push(problem),
        }
    }
    (files, problems)
}

fn render(tera: &Tera, template: &str, context: &Value) -> Result<Vec<u8>, Diagnostic> {
    let context = Context::from_serialize(context).map_err(|e| Diagnostic::error(format!("template context: {e}")))?;
    let html = tera
        .render(template, &context)
        .map_err(|e| crate::output::theme::template_error(&format!("themes/…/templates/{template}"), &e))?;
    Ok(minify(html.as_bytes()))
}

/// Minifies HTML with minify-html, keeping `<html>` and `<head>` tags.
pub fn minify(html: &[u8]) -> Vec<u8> {
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_html_and_head_opening_tags = true;
    cfg.keep_closing_tags = true;
    minify_html::minify(html, &cfg)
}

fn languages_json(site: &Site) -> Value {
    json!(site
        .config
        .languages
        .iter()
        .map(|l| json!({"code": l.code, "name": l.name, "dir": l.dir.as_str()}))
        .collect::<Vec<_>>())
}

fn nav_link(site: &Site, page: &Page, lang: &str, current: bool) -> NavLink {
    let shown = page.shown(&site.config, lang);
    NavLink { title: shown.front.title.clone(), url: page.url(lang), description: shown.front.description.clone(), current }
}

fn render_page(site: &Site, tera: &Tera, index: usize, lang: &str) -> Result<OutputFile, Diagnostic> {
    let config = &site.config;
    let page = &site.pages[index];
    let shown = page.shown(config, lang);
    let source = page.source(config);
    let is_fallback = !page.is_translated(lang);
    let language = config.language(lang).expect("render jobs use configured languages");
    let content_lang = config.language(&shown.lang).unwrap_or(language);

    let content = render_html(&shown.body, &|dest| resolve(site, page, lang, dest).unwrap_or_else(|_| dest.to_string()));
    let toc: Vec<Value> = shown
        .body
        .headings
        .iter()
        .filter(|h| h.level == 2)
        .map(|h| json!({"id": h.id, "text": h.text}))
        .collect();
    let base = &config.base_url;
    let url = page.url(lang);
    let canonical = if is_fallback { page.url(&config.default_language) } else { url.clone() };
    let alternates: Vec<Value> = config
        .codes()
        .filter(|code| page.is_translated(code))
        .map(|code| json!({"code": code, "url": format!("{base}{}", page.url(code))}))
        .collect();
    let switcher: Vec<Value> = config
        .languages
        .iter()
        .map(|l| json!({"code": l.code, "name": l.name, "dir": l.dir.as_str(), "url": page.url(&l.code), "current": l.code == lang}))
        .collect();
    let home = site.home();
    let menu: Vec<NavLink> = home
        .map(|h| h.children.iter().map(|&c| nav_link(site, &site.pages[c], lang, c == index || site.ancestors(index).contains(&c))).collect())
        .unwrap_or_default();
    let breadcrumbs: Vec<NavLink> =
        site.ancestors(index).into_iter().map(|i| nav_link(site, &site.pages[i], lang, i == index)).collect();
    let children: Vec<NavLink> = page.children.iter().map(|&c| nav_link(site, &site.pages[c], lang, false)).collect();
    let section_nav: Vec<NavLink> = match (page.kind, page.parent) {
        (PageKind::Leaf, Some(parent)) if !site.pages[parent].path.is_empty() => site.pages[parent]
            .children
            .iter()
            .map(|&c| nav_link(site, &site.pages[c], lang, c == index))
            .collect(),
        _ => Vec::new(),
    };
    let section = page.parent.filter(|&p| !site.pages[p].path.is_empty()).map(|p| nav_link(site, &site.pages[p], lang, false));
    let resources_src = if shown.front.resources.is_empty() { &source.front.resources } else { &shown.front.resources };
    let resources: Vec<Value> = resources_src
        .iter()
        .map(|r| json!({"title": r.title, "url": resolve(site, page, lang, &r.file).unwrap_or_else(|_| r.file.clone())}))
        .collect();
    let short = source.front.short.as_ref().map(|code| {
        let path = if lang == config.default_language { format!("/{code}/") } else { format!("/{lang}/{code}/") };
        json!({"code": code, "url": format!("{base}{path}"), "display": format!("{}{path}", base.split("://").nth(1).unwrap_or(base))})
    });
    let status = if is_fallback { TranslationStatus::Missing } else { shown.status };
    let audience = shown.front.audience.or(source.front.audience).map(|a| a.as_str());
    let template = match page.kind {
        PageKind::Home => "home.html",
        PageKind::Section => "section.html",
        PageKind::Leaf => "page.html",
    };
    let context = json!({
        "lang_code": lang,
        "lang": {"code": language.code, "name": language.name, "dir": language.dir.as_str()},
        "default_lang": config.default_language,
        "site": {"base_url": base, "languages": languages_json(site)},
        "page": {
            "title": shown.front.title,
            "description": shown.front.description,
            "content": content,
            "toc": toc,
            "kind": template.trim_end_matches(".html"),
            "path": page.path,
            "url": url,
            "permalink": format!("{base}{url}"),
            "canonical": format!("{base}{canonical}"),
            "audience": audience,
            "updated": shown.front.updated.clone().or_else(|| source.front.updated.clone()),
            "source_updated": source.front.updated,
            "source_url": page.url(&config.default_language),
            "content_lang": content_lang.code,
            "content_dir": content_lang.dir.as_str(),
            "is_fallback": is_fallback,
            "status": status.as_str(),
            "reviewed": shown.front.reviewed.unwrap_or(false),
            "is_translation": !is_fallback && lang != config.default_language,
            "short": short,
            "sms": shown.front.sms,
            "resources": resources,
            "has_checklist": shown.body.has_checklist,
        },
        "alternates": alternates,
        "switcher": switcher,
        "menu": menu,
        "breadcrumbs": breadcrumbs,
        "children": children,
        "section": section,
        "section_nav": section_nav,
    });
    let bytes = render(tera, template, &context).map_err(|d| d.at(&shown.file))?;
    Ok(OutputFile::new(index_file(&url), bytes))
}

fn render_redirect(site: &Site, tera: &Tera, redirect: &Redirect) -> Result<OutputFile, Diagnostic> {
    let config = &site.config;
    let page = &site.pages[redirect.page];
    let language = config.language(&redirect.lang).unwrap_or(config.default_lang());
    let context = json!({
        "lang_code": language.code,
        "lang": {"code": language.code, "name": language.name, "dir": language.dir.as_str()},
        "site": {"base_url": config.base_url, "languages": languages_json(site)},
        "target": {"url": redirect.to, "permalink": format!("{}{}", config.base_url, redirect.to), "title": page.shown(config, &redirect.lang).front.title},
    });
    let bytes = render(tera, "redirect.html", &context)?;
    Ok(OutputFile::new(index_file(&redirect.from), bytes))
}

fn render_global(site: &Site, tera: &Tera, template: &str) -> Result<Vec<u8>, Diagnostic> {
    let config = &site.config;
    let language = config.default_lang();
    let context = json!({
        "lang_code": language.code,
        "lang": {"code": language.code, "name": language.name, "dir": language.dir.as_str()},
        "default_lang": config.default_language,
        "site": {"base_url": config.base_url, "languages": languages_json(site)},
        "page": {"permalink": format!("{}/", config.base_url), "canonical": format!("{}/", config.base_url)},
    });
    render(tera, template, &context)
}
