//! URL permanence: `urls.lock` lists every URL the site has published.
//! Printed QR codes and red books live for years, so a build in which a
//! locked URL no longer resolves fails; new URLs are added to the lock.

use crate::diag::Diagnostic;
use crate::model::redirects::Redirect;
use crate::model::site::Site;
use std::collections::BTreeSet;

pub const LOCK_FILE: &str = "urls.lock";

const HEADER: &str = "# Every URL this site has published, one a line (made by threesteps build).\n\
# Printed QR codes and leaflets point at these: a build fails if one stops working.\n\
# To retire a page, add its URL to `aliases:` of the page that replaces it.\n";

/// The locked URLs with their line numbers; bad lines are errors.
pub fn parse_lock(text: &str) -> (Vec<(usize, String)>, Vec<Diagnostic>) {
    let mut urls = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('/') && !line.contains(char::is_whitespace) && !line.split('/').any(|s| s == "..") {
            urls.push((i + 1, line.to_string()));
        } else {
            problems.push(
                Diagnostic::error(format!("'{line}' is not a site path"))
                    .at(LOCK_FILE)
                    .line(i + 1)
                    .hint("write one path a line, starting with '/', like /en/safer-sleep/"),
            );
        }
    }
    (urls, problems)
}

/// Every URL this build publishes: the chooser, every page in every
/// language (translation or fallback), and every short link and alias.
pub fn published_urls(site: &Site, redirects: &[Redirect]) -> BTreeSet<String> {
    let mut urls = BTreeSet::from(["/".to_string()]);
    for page in &site.pages {
        for lang in &site.config.languages {
            urls.insert(page.url(lang));
        }
    }
    for lang in site.config.codes() {
        for slug in crate::model::site::GENERATED_PAGES {
            urls.insert(crate::routes::generated(lang, slug));
        }
    }
    urls.extend(redirects.iter().map(|r| r.from.clone()));
    urls
}

/// A locked URL that no longer resolves is an error naming it.
pub fn check_lock(locked: &[(usize, String)], published: &BTreeSet<String>) -> Vec<Diagnostic> {
    locked
        .iter()
        .filter(|(_, url)| !published.contains(url))
        .map(|(line, url)| {
            let hint = if crate::routes::made_kind(url) == crate::routes::Made::Leaflet {
                "printed links point at this leaflet: restore the page or its `leaflet: true`".to_string()
            } else {
                format!(
                    "restore the page, or add `aliases: [\"{url}\"]` to the page that replaces it (a short link needs its `short:` code back)"
                )
            };
            Diagnostic::error(format!("{url} was published before and no longer resolves"))
                .at(LOCK_FILE)
                .line(*line)
                .hint(hint)
        })
        .collect()
}

/// The new lock text (old URLs plus new ones, sorted), or `None` when
/// nothing is new. Leading comment lines of the old lock are kept.
pub fn updated_lock(
    old_text: Option<&str>,
    locked: &[(usize, String)],
    published: &BTreeSet<String>,
) -> Option<String> {
    let old: BTreeSet<&String> = locked.iter().map(|(_, url)| url).collect();
    if old_text.is_some() && published.iter().all(|url| old.contains(url)) {
        return None;
    }
    let header: String = match old_text {
        Some(text) => text.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect(),
        None => HEADER.to_string(),
    };
    let all: BTreeSet<&String> = old.into_iter().chain(published.iter()).collect();
    let mut text = header;
    for url in all {
        text.push_str(url);
        text.push('\n');
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_lines_and_errors() {
        let (urls, problems) = parse_lock("# comment\n/en/a/\n\nnot-a-path\n/sleep/\n");
        assert_eq!(urls, [(2, "/en/a/".to_string()), (5, "/sleep/".to_string())]);
        assert_eq!(problems[0].line, Some(4));
    }

    #[test]
    fn missing_urls_are_named_and_new_ones_added() {
        let published: BTreeSet<String> = ["/".into(), "/en/b/".into()].into();
        let locked = vec![(2, "/en/a/".to_string())];
        let errors = check_lock(&locked, &published);
        assert!(errors[0].to_string().contains("urls.lock:2: /en/a/ was published before and no longer resolves"));
        let text = updated_lock(Some("# mine\n/en/a/\n"), &locked, &published).unwrap();
        assert_eq!(text, "# mine\n/\n/en/a/\n/en/b/\n");
        let full = vec![(1, "/".to_string()), (2, "/en/b/".to_string())];
        assert_eq!(updated_lock(Some("/\n/en/b/\n"), &full, &published), None);
    }
}
