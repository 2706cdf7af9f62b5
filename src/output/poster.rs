//! Posters and slide decks, typeset from pages by the theme's Typst templates:
//!
//! - `posters/<lang>/<name>.pdf` for each name in a page's `posters:`, from
//!   the theme's `posters/<name>.typ`, in every language (a language without
//!   the page gets the default language's text at its own address, as
//!   leaflets do). A poster is one page: its type is made smaller in steps
//!   until it fits, and a poster that still does not fit is an error.
//! - `slides/<lang>/<path>.pdf` for pages with `slides: true`, from the
//!   theme's `slides/slides.typ`, in each language the page is translated
//!   into (a deck is presented by someone who reads that language).
//!
//! Both read the page as data (`/data.json`, [`PrintData`]) — its title,
//! description, the text before its first section, its `##` sections with
//! their heading ids, its pictures — plus the QR code of its address
//! (`/qr.svg`) and the pictures (`/pictures/<n>.svg`). Page text reaches
//! Typst only as data, never as markup.

use crate::config::{Direction, Lang};
use crate::diag::Diagnostic;
use crate::i18n::I18n;
use crate::model::site::Site;
use crate::output::leaflet::{
    fonts_for, labels, leaflet_body, picture_files, qr_svg, Block, LeafletBody, LeafletTheme, Span, Typeset,
};
use crate::output::qr;
use crate::output::toolkit::{Download, Kind};
use crate::output::OutputFile;
use crate::routes;
use fluent_bundle::FluentArgs;
use rayon::prelude::*;
use serde::Serialize;

/// Type scales tried in turn until a poster fits on its one page.
const SCALES: [f64; 5] = [1.0, 0.92, 0.85, 0.78, 0.7];

/// One poster or deck to make: the page, the language, and which.
#[derive(Debug, Clone)]
enum Job<'a> {
    Poster { index: usize, name: String, lang: &'a Lang },
    Slides { index: usize, lang: &'a Lang },
}

fn jobs(site: &Site) -> Vec<Job<'_>> {
    let mut jobs = Vec::new();
    for lang in &site.config.languages {
        for (index, page) in site.pages.iter().enumerate() {
            let front = &page.source(&site.config).front;
            for name in &front.posters {
                jobs.push(Job::Poster { index, name: name.clone(), lang });
            }
            if front.slides == Some(true) && page.is_translated(lang) {
                jobs.push(Job::Slides { index, lang });
            }
        }
    }
    jobs
}

impl Job<'_> {
    fn url(&self, site: &Site) -> String {
        match self {
            Job::Poster { name, lang, .. } => routes::poster(&lang.code, name),
            Job::Slides { index, lang } => routes::slides(&lang.code, &site.pages[*index].path),
        }
    }
}

/// Every poster and deck of the site as downloads.
pub fn poster_downloads(site: &Site) -> Vec<Download> {
    jobs(site)
        .into_iter()
        .map(|job| {
            let url = job.url(site);
            match job {
                Job::Poster { index, lang, .. } => {
                    Download { url, lang: lang.code.clone(), kind: Kind::Poster, page: Some(index) }
                }
                Job::Slides { index, lang } => {
                    Download { url, lang: lang.code.clone(), kind: Kind::Slides, page: Some(index) }
                }
            }
        })
        .collect()
}

/// Every poster and deck, typeset in parallel.
pub fn posters(site: &Site, i18n: &I18n, theme: &LeafletTheme) -> Vec<Result<OutputFile, Diagnostic>> {
    jobs(site).par_iter().map(|job| make(site, i18n, theme, job)).collect()
}

/// The poster or deck at `url`, for `serve`, which makes them only when asked for.
pub fn poster_at(site: &Site, i18n: &I18n, theme: &LeafletTheme, url: &str) -> Option<Result<OutputFile, Diagnostic>> {
    let job = jobs(site).into_iter().find(|job| job.url(site) == url)?;
    Some(make(site, i18n, theme, &job))
}

/// Names that are not `[a-z0-9-]+`, posters the theme has no template for,
/// a poster named by two pages, and decks without a theme template.
pub fn check_posters(site: &Site, theme: &LeafletTheme) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut owners: std::collections::BTreeMap<&str, &str> = std::collections::BTreeMap::new();
    for page in &site.pages {
        let source = page.source(&site.config);
        for name in &source.front.posters {
            if !crate::model::redirects::is_valid_code(name) {
                problems.push(
                    Diagnostic::error(format!("poster name '{name}' is not lowercase letters, digits and hyphens"))
                        .at(&source.file)
                        .hint("name posters like their template file, e.g. `posters: [three-steps]`"),
                );
            } else if !theme.posters.contains_key(name) {
                problems.push(
                    Diagnostic::error(format!(
                        "poster '{name}' has no template {}/posters/{name}.typ",
                        theme.shown_dir
                    ))
                    .at(&source.file)
                    .hint(format!(
                        "available posters: {}",
                        theme.posters.keys().cloned().collect::<Vec<_>>().join(", ")
                    )),
                );
            }
            if let Some(other) = owners.insert(name, &source.file) {
                problems.push(
                    Diagnostic::error(format!("poster '{name}' is made from two pages: {other} and {}", source.file))
                        .at(&source.file)
                        .hint("name each poster on one page only"),
                );
            }
        }
        if source.front.slides == Some(true) && theme.slides.is_none() {
            problems.push(
                Diagnostic::error(format!(
                    "`slides: true`, but the theme has no {}/slides/slides.typ",
                    theme.shown_dir
                ))
                .at(&source.file)
                .hint("add the slide template to the theme (see the default theme), or remove `slides: true`"),
            );
        }
    }
    problems
}

/// What poster and slide templates read from `/data.json`.
#[derive(Serialize)]
struct PrintData<'a> {
    lang: &'a str,
    dir: Direction,
    fonts: Vec<&'static str>,
    /// Multiply every type size by this (posters shrink to fit one page).
    scale: f64,
    site_name: String,
    tagline: String,
    owner: String,
    emergency: String,
    urgent: String,
    footer_note: String,
    title: &'a str,
    description: &'a str,
    /// The text before the first `##` heading.
    intro: Vec<Block>,
    /// The `##` sections in order, each with its heading id.
    sections: Vec<Section>,
    qr: &'static str,
    qr_alt: String,
    scan_label: String,
    /// The address the QR code opens, as people type it.
    url: String,
    /// The site's address written out, as people type it.
    site_address: String,
}

#[derive(Serialize)]
struct Section {
    id: String,
    heading: Vec<Span>,
    blocks: Vec<Block>,
}

/// Splits blocks at their level-2 headings.
fn sections(blocks: Vec<Block>) -> (Vec<Block>, Vec<Section>) {
    let mut intro = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    for block in blocks {
        match block {
            Block::Heading { level: 2, id, spans } => sections.push(Section { id, heading: spans, blocks: Vec::new() }),
            other => match sections.last_mut() {
                Some(section) => section.blocks.push(other),
                None => intro.push(other),
            },
        }
    }
    (intro, sections)
}

fn make(site: &Site, i18n: &I18n, theme: &LeafletTheme, job: &Job) -> Result<OutputFile, Diagnostic> {
    let config = &site.config;
    let (index, lang, template, template_path, max_pages) = match job {
        Job::Poster { index, name, lang } => {
            let template = theme.posters.get(name).ok_or_else(|| {
                Diagnostic::error(format!("poster '{name}' has no template {}/posters/{name}.typ", theme.shown_dir))
            })?;
            (*index, lang, template, format!("{}/posters/{name}.typ", theme.shown_dir), 1)
        }
        Job::Slides { index, lang } => {
            let template = theme
                .slides
                .as_ref()
                .ok_or_else(|| Diagnostic::error(format!("the theme has no {}/slides/slides.typ", theme.shown_dir)))?;
            (*index, lang, template, format!("{}/slides/slides.typ", theme.shown_dir), usize::MAX)
        }
    };
    let page = &site.pages[index];
    let shown = page.shown(config, lang);
    let text_language = config.language_or_default(&shown.lang);
    let text_lang = text_language.code.as_str();
    let t = |key: &str| i18n.text(text_lang, key, None, false).unwrap_or_default();
    // The QR code opens the page's short link, or the page itself (in the
    // poster's language: a home page has no short link).
    let url = match page.source(config).front.short.as_deref() {
        Some(code) => qr::short_url(site, lang, code),
        None => format!("{}{}", config.base_url, page.url(lang)),
    };
    let LeafletBody { mut blocks, .. } = shown.body.with_events(|events| leaflet_body(&events))?;
    let pictures = picture_files(site, page, text_language, &mut blocks);
    let (intro, sections) = sections(blocks);
    let mut args = FluentArgs::new();
    args.set("title", shown.front.title.as_str());
    let labels = labels(i18n, text_language);
    let mut data = PrintData {
        lang: text_lang,
        dir: text_language.dir,
        fonts: fonts_for(text_language),
        scale: SCALES[0],
        site_name: labels.site_name,
        tagline: labels.tagline,
        owner: labels.owner,
        emergency: labels.emergency,
        urgent: labels.urgent,
        footer_note: labels.footer_note,
        title: &shown.front.title,
        description: &shown.front.description,
        intro,
        sections,
        qr: "/qr.svg",
        qr_alt: i18n.text(text_lang, "redbook-qr-alt", Some(&args), false).unwrap_or_default(),
        scan_label: t("leaflet-scan"),
        url: routes::display(&url).to_string(),
        site_address: routes::display(&config.base_url).to_string(),
    };
    let qr = qr_svg(&url, &shown.front.title)?.into_bytes();
    let ident = job.url(site);
    let mut pages = 0;
    for scale in SCALES {
        data.scale = scale;
        let json = serde_json::to_vec(&data).map_err(|e| Diagnostic::error(format!("poster data: {e}")))?;
        let mut files = vec![("/data.json", json), ("/qr.svg", qr.clone())];
        files.extend(pictures.iter().map(|(path, bytes)| (path.as_str(), bytes.clone())));
        match theme
            .typesetter
            .pdf(template, &template_path, files, &ident, max_pages)
            .map_err(|d| d.hint(format!("while making {ident} from {}", shown.file)))?
        {
            Typeset::Pdf(pdf) => return Ok(OutputFile::new(ident.trim_start_matches('/'), pdf)),
            Typeset::TooLong(count) => pages = count,
        }
    }
    Err(Diagnostic::error(format!("{ident} needs {pages} pages even with its type at 70%; a poster has one page"))
        .at(&shown.file)
        .hint(format!("shorten the sections the poster shows, or change {template_path}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_split_into_sections_by_their_level_two_headings() {
        let parsed = crate::parse::markdown::parse_markdown(
            "Intro.\n\n## One {#one}\n\nA.\n\n### Sub\n\nB.\n\n## Two {#two}\n\n- c\n",
            "p.md",
            0,
        );
        let body = parsed.with_events(|events| leaflet_body(&events)).unwrap();
        let (intro, sections) = sections(body.blocks);
        assert_eq!(intro.len(), 1);
        assert_eq!(sections.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["one", "two"]);
        assert_eq!(sections[0].blocks.len(), 3, "a sub-heading stays in its section");
    }
}
