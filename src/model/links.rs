//! Links between pages (`@/page.md#anchor`) and to files next to pages:
//! resolved to URLs, and checked so a broken link fails the build.

use crate::config::Lang;
use crate::diag::Diagnostic;
use crate::model::site::{page_identity, Page, Site, GENERATED_PAGES};
use rayon::prelude::*;
use std::path::Path;

/// A link that does not resolve: what is wrong, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkError {
    pub message: String,
    pub hint: String,
}

impl LinkError {
    fn new(message: impl Into<String>, hint: impl Into<String>) -> LinkError {
        LinkError { message: message.into(), hint: hint.into() }
    }

    /// The error as a diagnostic of the page file `file`, at `line` when known.
    pub fn diagnostic(self, file: &Path, line: Option<usize>) -> Diagnostic {
        let diagnostic = Diagnostic::error(self.message).at(file).hint(self.hint);
        match line {
            Some(line) => diagnostic.line(line),
            None => diagnostic,
        }
    }
}

/// Resolves a link destination written on `page` (shown in `lang`) to a URL.
/// The error says what is wrong and what to do.
pub fn resolve(site: &Site, page: &Page, lang: &Lang, dest: &str) -> Result<String, LinkError> {
    if is_external(dest) {
        return Ok(dest.to_string());
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        let ids = page.shown(&site.config, lang).body.heading_ids();
        return if ids.contains(anchor) {
            Ok(dest.to_string())
        } else {
            Err(LinkError::new(format!("link to '#{anchor}': no heading on this page has that id"), anchor_hint(&ids)))
        };
    }
    if let Some(target) = dest.strip_prefix("@/") {
        return resolve_page_link(site, lang, dest, target);
    }
    if dest.starts_with('/') {
        return resolve_site_path(site, dest);
    }
    resolve_file_link(site, page, lang, dest)
}

/// A link to a page by its file (`@/safer-sleep.md#anchor`) or to a generated
/// page (`@/search/`), in the reader's language.
fn resolve_page_link(site: &Site, lang: &Lang, dest: &str, target: &str) -> Result<String, LinkError> {
    let (file, anchor) = split_fragment(target);
    if let Some(slug) = GENERATED_PAGES.iter().find(|slug| file.trim_end_matches('/') == **slug) {
        return match anchor {
            None => Ok(crate::routes::generated(&lang.code, slug)),
            Some(_) => Err(LinkError::new(
                format!("link to '{dest}': generated pages have no anchors"),
                format!("link to @/{slug}/"),
            )),
        };
    }
    let (path, _, _) = page_identity(file);
    let Some(target_page) = site.page(&path) else {
        if site.draft_paths.contains(&path) {
            return Err(LinkError::new(
                format!("link to a draft page: {dest}"),
                "publish the page (remove `draft: true`), build with --drafts, or remove the link".to_string(),
            ));
        }
        if site.unparsed_paths.contains(&path) {
            // Its own error is reported; keep the link as written.
            return Ok(dest.to_string());
        }
        return Err(LinkError::new(
            format!("link to a page that does not exist: {dest}"),
            "write the path of a file below content/<lang>/, e.g. @/safer-sleep.md".to_string(),
        ));
    };
    let mut url = target_page.url(lang);
    if let Some(anchor) = anchor {
        let ids = target_page.shown(&site.config, lang).body.heading_ids();
        if !ids.contains(anchor) {
            return Err(LinkError::new(
                format!("link to '{dest}': that page has no heading with id '{anchor}'"),
                anchor_hint(&ids),
            ));
        }
        url.push('#');
        url.push_str(anchor);
    }
    Ok(url)
}

/// A link to a file next to the page (`kitchen.svg`): the translation's own
/// copy, or the default language's.
fn resolve_file_link(site: &Site, page: &Page, lang: &Lang, dest: &str) -> Result<String, LinkError> {
    let (file, anchor) = split_fragment(dest);
    if file.ends_with(".md") || file.ends_with('/') || file.is_empty() {
        return Err(LinkError::new(
            format!("relative link '{dest}' does not point to a file"),
            "link pages with @/ and their file path, e.g. [crying](@/coping-with-crying.md)".to_string(),
        ));
    }
    let Some(rel) = join_relative(&page.dir, file) else {
        return Err(LinkError::new(
            format!("link '{dest}' points outside the content folder"),
            "link to files next to the page",
        ));
    };
    let found_lang = if site.has_asset(lang, &rel) {
        lang
    } else if site.has_asset(site.config.default_lang(), &rel) {
        site.config.default_lang()
    } else {
        return Err(LinkError::new(
            format!("link to a file that does not exist: {dest}"),
            format!("put the file at content/{}/{rel} (or in the default language's folder)", lang.code),
        ));
    };
    let mut url = crate::routes::language_file(&found_lang.code, &rel);
    if let Some(anchor) = anchor {
        url.push('#');
        url.push_str(anchor);
    }
    Ok(url)
}

fn resolve_site_path(site: &Site, dest: &str) -> Result<String, LinkError> {
    let (path, _) = split_fragment(dest);
    let trimmed = path.trim_matches('/');
    let mut parts = trimmed.splitn(2, '/');
    let first = parts.next().unwrap_or("");
    let rest = parts.next().unwrap_or("");
    let lang = site.config.language(first);
    let is_page = lang.is_some() && site.page(rest).is_some() && path.ends_with('/');
    let is_asset = lang.is_some_and(|lang| site.has_asset(lang, rest));
    let is_static = site.static_paths.contains(trimmed);
    if is_page || is_asset || is_static || path == "/" {
        Ok(dest.to_string())
    } else {
        Err(LinkError::new(
            format!("link to '{dest}', which the site does not publish"),
            "link pages with @/page.md so the link follows the reader's language",
        ))
    }
}

fn is_external(dest: &str) -> bool {
    ["http://", "https://", "mailto:", "tel:", "sms:"].iter().any(|p| dest.starts_with(p))
}

fn split_fragment(dest: &str) -> (&str, Option<&str>) {
    match dest.split_once('#') {
        Some((file, anchor)) => (file, Some(anchor)),
        None => (dest, None),
    }
}

fn anchor_hint(ids: &std::collections::BTreeSet<&str>) -> String {
    if ids.is_empty() {
        "the target page has no headings".into()
    } else {
        format!("headings there: {}", ids.iter().map(|i| format!("#{i}")).collect::<Vec<_>>().join(", "))
    }
}

/// `dir` + `file` with `.` and `..` applied; `None` if it leaves the folder.
pub fn join_relative(dir: &str, file: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in file.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// Every broken link and resource in every existing page version.
pub fn check_links(site: &Site) -> Vec<Diagnostic> {
    site.pages
        .par_iter()
        .flat_map_iter(|page| {
            let langs = page.versions.keys().filter_map(|code| site.config.language(code));
            langs.flat_map(|lang| check_version_links(site, page, lang))
        })
        .collect()
}

/// Every broken link and resource of one page version (`serve` checks the
/// versions an edit touched with this, `build` all of them).
pub fn check_version_links(site: &Site, page: &Page, lang: &Lang) -> Vec<Diagnostic> {
    let Some(version) = page.versions.get(&lang.code) else { return Vec::new() };
    let mut problems = Vec::new();
    for link in &version.body.links {
        if let Err(error) = resolve(site, page, lang, &link.dest) {
            problems.push(error.diagnostic(Path::new(&version.file), Some(link.line)));
        }
    }
    let resources = if version.front.resources.is_empty() {
        &page.source(&site.config).front.resources
    } else {
        &version.front.resources
    };
    for resource in resources {
        if let Err(mut error) = resolve(site, page, lang, &resource.file) {
            error.message = format!("resource '{}': {}", resource.title, error.message);
            problems.push(error.diagnostic(Path::new(&version.file), None));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_stay_inside() {
        assert_eq!(join_relative("safe-space", "kitchen.svg").as_deref(), Some("safe-space/kitchen.svg"));
        assert_eq!(join_relative("a/b", "../c.png").as_deref(), Some("a/c.png"));
        assert_eq!(join_relative("", "../../etc/passwd"), None);
    }
}
