//! Short links (`short: sleep` → `/sleep/`, `/<lang>/sleep/`) and aliases
//! (old URLs): checked for collisions, then published as redirects.

use crate::diag::Diagnostic;
use crate::model::site::Site;
use crate::routes;
use std::collections::BTreeMap;

/// Why a redirect exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RedirectKind {
    Short { code: String },
    Alias,
}

/// A site-relative path that redirects to a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    /// `/sleep/`, `/pl/sleep/` or an alias like `/en/old-name/`.
    pub from: String,
    /// The page URL it leads to (`/pl/safer-sleep/`).
    pub to: String,
    pub lang: String,
    pub page: usize,
    pub kind: RedirectKind,
}

/// Top-level output folders a short code must not take.
pub const RESERVED_ROOTS: &[&str] = &[
    "qr",
    "leaflets",
    "posters",
    "slides",
    "downloads",
    "search",
    "static",
    "css",
    "js",
    "img",
    "fonts",
    "icons",
    "translation-status",
];

/// `[a-z0-9-]+`, not starting or ending with a hyphen.
pub fn is_valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !code.starts_with('-')
        && !code.ends_with('-')
}

/// `/a/b/`: starts and ends with `/`, plain segments, no `..`.
pub fn is_valid_alias(alias: &str) -> bool {
    alias.len() > 2
        && alias.starts_with('/')
        && alias.ends_with('/')
        && alias[1..alias.len() - 1].split('/').all(|segment| {
            !segment.is_empty()
                && segment != "."
                && segment != ".."
                && segment.chars().all(|c| c.is_alphanumeric() || "-._~".contains(c))
        })
}

/// Every short link and alias of the site, with collisions reported naming both sides.
pub fn collect_redirects(site: &Site) -> (Vec<Redirect>, Vec<Diagnostic>) {
    let config = &site.config;
    let (owners, mut problems) = used_paths(site);
    let mut claims = Claims { owners, redirects: Vec::new() };
    for (index, page) in site.pages.iter().enumerate() {
        let source = page.source(config);
        if let Some(code) = &source.front.short {
            match short_code_problem(site, code) {
                Some(problem) => problems.push(problem.at(&source.file)),
                None => {
                    let owner = format!("short code '{code}' of {}", source.file);
                    let kind = RedirectKind::Short { code: code.clone() };
                    let default = config.default_lang();
                    let root = Redirect {
                        from: routes::short_root(code),
                        to: page.url(default),
                        lang: default.code.clone(),
                        page: index,
                        kind: kind.clone(),
                    };
                    claims.claim(root, owner.clone(), &source.file, &mut problems);
                    for lang in &config.languages {
                        let from = routes::short_in_language(&lang.code, code);
                        let (to, lang) = (page.url(lang), lang.code.clone());
                        let r = Redirect { from, to, lang, page: index, kind: kind.clone() };
                        claims.claim(r, owner.clone(), &source.file, &mut problems);
                    }
                }
            }
        }
        for (lang, version) in &page.versions {
            for alias in &version.front.aliases {
                if !is_valid_alias(alias) {
                    problems.push(
                        Diagnostic::error(format!("alias '{alias}' is not a site path like /en/old-name/"))
                            .at(&version.file)
                            .hint("start and end it with '/', use letters, digits, '-', '.', '_' and no '..'"),
                    );
                    continue;
                }
                let r = Redirect {
                    from: alias.clone(),
                    to: routes::page(lang, &page.path),
                    lang: lang.clone(),
                    page: index,
                    kind: RedirectKind::Alias,
                };
                claims.claim(r, format!("alias '{alias}' of {}", version.file), &version.file, &mut problems);
            }
        }
    }
    let mut redirects = claims.redirects;
    redirects.sort_by(|a, b| a.from.cmp(&b.from));
    (redirects, problems)
}

/// Every path the site already uses, with who uses it; and an error for each
/// page that takes the path of a generated page.
fn used_paths(site: &Site) -> (BTreeMap<String, String>, Vec<Diagnostic>) {
    let config = &site.config;
    let mut problems = Vec::new();
    let mut owners: BTreeMap<String, String> = BTreeMap::new();
    for lang in config.codes() {
        owners.insert(routes::language_home(lang), format!("the language folder /{lang}/"));
    }
    for root in RESERVED_ROOTS {
        owners.insert(routes::top_folder(root), format!("the reserved output folder /{root}/"));
    }
    for lang in config.codes() {
        for slug in crate::model::site::GENERATED_PAGES {
            let url = routes::generated(lang, slug);
            owners.insert(url.clone(), format!("the generated page {url}"));
        }
    }
    for page in &site.pages {
        if crate::model::site::GENERATED_PAGES.contains(&page.path.as_str()) {
            problems.push(
                Diagnostic::error(format!("the page uses /<lang>/{}/, which threesteps makes itself", page.path))
                    .at(&page.source(config).file)
                    .hint("rename the page"),
            );
        }
        for lang in &config.languages {
            owners.insert(page.url(lang), format!("the page {}", page.shown(config, lang).file));
        }
    }
    (owners, problems)
}

/// The paths taken so far (with who took them) and the redirects made.
struct Claims {
    owners: BTreeMap<String, String>,
    redirects: Vec<Redirect>,
}

impl Claims {
    /// Takes `redirect.from` for `owner`, or reports who has it already.
    fn claim(&mut self, redirect: Redirect, owner: String, file: &str, problems: &mut Vec<Diagnostic>) {
        if let Some(existing) = self.owners.get(&redirect.from) {
            problems.push(
                Diagnostic::error(format!("{owner} uses {}, which is already {existing}", redirect.from))
                    .at(file)
                    .hint("choose another short code or alias"),
            );
        } else {
            self.owners.insert(redirect.from.clone(), owner);
            self.redirects.push(redirect);
        }
    }
}

/// Why `code` cannot be a short code (the caller adds the file), if it cannot.
fn short_code_problem(site: &Site, code: &str) -> Option<Diagnostic> {
    if !is_valid_code(code) {
        Some(
            Diagnostic::error(format!("short code '{code}' may only use a-z, 0-9 and '-'"))
                .hint("use a short lowercase word like `sleep`"),
        )
    } else if site.config.language(code).is_some() {
        Some(
            Diagnostic::error(format!("short code '{code}' is also a language code"))
                .hint("choose a code that is not a language code"),
        )
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_aliases() {
        assert!(is_valid_code("sleep"));
        assert!(is_valid_code("safe-2"));
        assert!(!is_valid_code("Sleep"));
        assert!(!is_valid_code("../x"));
        assert!(is_valid_alias("/en/old-name/"));
        assert!(!is_valid_alias("/en/../../etc/"));
        assert!(!is_valid_alias("en/x/"));
        assert!(!is_valid_alias("/en//x/"));
    }
}
