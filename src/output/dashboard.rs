//! The translation dashboard for editors: `translation-status/index.html`,
//! a table per language of every page's status. Not linked from any page and
//! marked `noindex`.

use crate::i18n::I18n;
use crate::model::site::Site;
use crate::model::translations::{TranslationCounts, TranslationStatus};
use crate::output::html::minify;
use crate::output::{escape_markup, OutputFile};
use crate::parse::date::Date;
use std::fmt::Write;

/// Where the dashboard is published.
pub const DASHBOARD_PATH: &str = "translation-status/index.html";

pub fn dashboard(site: &Site, i18n: &I18n) -> OutputFile {
    let config = &site.config;
    let default = &config.default_language;
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html><html lang=\"{default}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">\
         <title>Translation status</title><link rel=\"stylesheet\" href=\"/css/site.css\"><link rel=\"icon\" href=\"/icons/icon.svg\" type=\"image/svg+xml\"></head><body>\
         <main id=\"main\" class=\"wrap dashboard\"><h1>Translation status</h1>\
         <p>For editors and translators: every page in every language. <em>Outdated</em> means the source page changed after \
         the translation was made (run <code>threesteps translations diff FILE</code> to see what changed). This page is not \
         linked from the site.</p>",
        config.default_lang().dir.as_str()
    );
    let _ = write!(html, "<table><caption>Summary</caption><thead><tr><th scope=\"col\">Language</th><th scope=\"col\">Current</th><th scope=\"col\">Outdated</th><th scope=\"col\">Missing</th><th scope=\"col\">Not reviewed</th><th scope=\"col\">UI strings missing</th></tr></thead><tbody>");
    let others: Vec<_> = config.languages.iter().filter(|l| &l.code != default).collect();
    for lang in &others {
        let TranslationCounts { current, outdated, missing, unreviewed } = site.translation_counts(lang);
        let _ = write!(
            html,
            "<tr><th scope=\"row\"><a href=\"#lang-{code}\"><span lang=\"{code}\" dir=\"{dir}\">{name}</span> ({code})</a></th><td>{current}</td><td>{outdated}</td><td>{missing}</td><td>{unreviewed}</td><td>{}</td></tr>",
            i18n.missing_keys(&lang.code).len(),
            code = lang.code,
            dir = lang.dir.as_str(),
            name = escape_markup(&lang.name),
        );
    }
    html.push_str("</tbody></table>");
    // Minified a table at a time: on a large site the whole page at once
    // took about thirty times its size in memory.
    let mut out = minify(html.as_bytes());
    for lang in &others {
        html.clear();
        let _ = write!(
            html,
            "<h2 id=\"lang-{code}\"><span lang=\"{code}\" dir=\"{dir}\">{name}</span> ({code})</h2><table><thead><tr><th scope=\"col\">Page</th><th scope=\"col\">Status</th><th scope=\"col\">Reviewed</th><th scope=\"col\">Source last changed</th></tr></thead><tbody>",
            code = lang.code,
            dir = lang.dir.as_str(),
            name = escape_markup(&lang.name),
        );
        for (index, page) in site.pages.iter().enumerate() {
            let (status, reviewed) = match page.versions.get(&lang.code) {
                Some(v) => (v.status.as_str(), if v.front.reviewed.unwrap_or(false) { "yes" } else { "no" }),
                None => (TranslationStatus::Missing.as_str(), "–"),
            };
            let changed = site.source_changed.get(&index).map_or("–".to_string(), Date::to_string);
            let _ = write!(
                html,
                "<tr><td><a href=\"{url}\">{path}</a></td><td>{status}</td><td>{reviewed}</td><td>{changed}</td></tr>",
                url = page.url(lang),
                path = escape_markup(&format!("content/{}/{}", lang.code, page.source_rel)),
            );
        }
        html.push_str("</tbody></table>");
        out.extend(minify(html.as_bytes()));
    }
    // What minifying the whole page ended with (an end tag alone minifies to nothing).
    out.extend_from_slice(b"</main></body></html>");
    OutputFile::new(DASHBOARD_PATH, out)
}
