//! Offline reading and installing: a web app manifest per language, and the
//! service worker `/sw.js`, which saves each language's pages for parents
//! after a first visit and shows `/<lang>/offline/` for a page it has not
//! saved. `serve` and `offline: false` publish a worker that removes itself.
//!
//! What a language saves comes from the site model (the home page, every page
//! for parents or dads, get-help, search and the offline page) plus what those
//! pages load, read from their rendered HTML, so new pages are picked up.

mod refs;

use crate::config::Lang;
use crate::diag::Diagnostic;
use crate::i18n::I18n;
use crate::model::site::{Page, PageKind, Site};
use crate::output::OutputFile;
use crate::routes;
use crate::source::SourceTree;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

/// The most one language's saved set may weigh, as the browser stores it.
pub const BUDGET_BYTES: usize = 1024 * 1024;

/// The icons every manifest lists: (theme static file, size, purpose).
pub const ICONS: &[(&str, &str, &str)] = &[
    ("icons/icon-192.png", "192x192", "any"),
    ("icons/icon-512.png", "512x512", "any"),
    ("icons/icon-maskable-512.png", "512x512", "maskable"),
];

/// The worker's logic, below the constants `service_worker` writes.
const WORKER_JS: &str = include_str!("worker.js");

/// A worker that deletes this site's caches and unregisters itself: what
/// `serve` and `offline: false` publish, so no reader keeps stale pages.
const REMOVER_JS: &str = include_str!("remover.js");

/// Pages every language saves after a first visit: the home page, pages for
/// parents or dads, and get-help.
fn is_saved(site: &Site, page: &Page) -> bool {
    page.kind == PageKind::Home
        || page.path == "get-help"
        || page.source(&site.config).front.audience.is_some_and(|a| a.is_family())
}

/// Indexes (into `site.pages`) of the content pages a language saves.
pub fn saved_page_indexes(site: &Site) -> Vec<usize> {
    (0..site.pages.len()).filter(|&i| is_saved(site, &site.pages[i])).collect()
}

/// Every page URL `lang` saves: its content pages, search and the offline page.
pub fn saved_pages(site: &Site, lang: &Lang) -> Vec<String> {
    let mut urls: Vec<String> = saved_page_indexes(site).into_iter().map(|i| site.pages[i].url(lang)).collect();
    urls.push(routes::search_page(&lang.code));
    urls.push(routes::offline_page(&lang.code));
    urls
}

/// Problems that stop a site with `offline: true` from being installable.
pub fn check_theme(tree: &SourceTree) -> Vec<Diagnostic> {
    if !tree.config.offline {
        return Vec::new();
    }
    ICONS
        .iter()
        .filter(|(file, _, _)| !tree.static_files.iter().any(|(rel, _)| rel.as_str() == *file))
        .map(|(file, size, _)| {
            Diagnostic::error(format!("the theme has no {file}: the web app manifest needs a {size} PNG icon"))
                .at(format!("themes/{}/static/{file}", tree.config.theme))
                .hint(
                    "add the icon (see the README, \"Offline and installable\"), or set `offline: false` in site.yaml",
                )
        })
        .collect()
}

/// `/<lang>/manifest.webmanifest`: the app's name in that language, its
/// direction, its scope and start page `/<lang>/`, colours and icons.
pub fn manifest(i18n: &I18n, language: &Lang, site: &Site) -> OutputFile {
    let code = &language.code;
    let text = |key: &str| i18n.text(code, key, None, false).unwrap_or_default();
    let css = site.static_files.iter().find(|(rel, _)| rel == "css/site.css").map(|(_, b)| b.as_slice()).unwrap_or(&[]);
    let css = String::from_utf8_lossy(css);
    let icons: Vec<serde_json::Value> = ICONS
        .iter()
        .map(|(file, sizes, purpose)| {
            serde_json::json!({"src": routes::url_of_output(file), "sizes": sizes, "type": "image/png", "purpose": purpose})
        })
        .collect();
    let start = routes::language_home(code);
    let json = serde_json::json!({
        "id": start,
        "name": text("site-name"),
        "short_name": text("app-short-name"),
        "description": text("site-tagline"),
        "lang": code,
        "dir": language.dir,
        "start_url": start,
        "scope": start,
        "display": "standalone",
        "background_color": css_colour(&css, "--paper").unwrap_or("#ffffff"),
        "theme_color": css_colour(&css, "--brand").unwrap_or("#000000"),
        "icons": icons,
    });
    let mut bytes = serde_json::to_vec_pretty(&json).unwrap_or_default();
    bytes.push(b'\n');
    OutputFile::new(routes::output_path(&routes::manifest(code)), bytes)
}

/// The `#rrggbb` value of a CSS custom property (`--brand: #0b5394;`).
fn css_colour<'a>(css: &'a str, name: &str) -> Option<&'a str> {
    let start = css.find(&format!("{name}:"))? + name.len() + 1;
    let value = css[start..].trim_start();
    let end = value.find([';', '}', '\n']).unwrap_or(value.len());
    let value = value[..end].trim();
    (value.starts_with('#') && value.len() <= 9 && value[1..].bytes().all(|b| b.is_ascii_hexdigit())).then_some(value)
}

/// What the build learns about its output while files stream past: each
/// file's hash and size (the worker's version and the budget), and what the
/// saved pages load.
pub struct Recorder {
    /// Output path of each saved page → its language.
    saved_files: BTreeMap<String, String>,
    /// Hash every file (for the worker's version); `check`, which publishes
    /// no worker, only needs sizes.
    hashes: bool,
    seen: Mutex<Seen>,
}

#[derive(Default)]
struct Seen {
    hashes: BTreeMap<String, [u8; 32]>,
    sizes: BTreeMap<String, usize>,
    /// Per language, the files its saved pages load; per language, what its offline page loads.
    loads: BTreeMap<String, BTreeSet<String>>,
    offline_loads: BTreeMap<String, BTreeSet<String>>,
}

impl Recorder {
    pub fn new(site: &Site) -> Recorder {
        let mut saved_files = BTreeMap::new();
        for lang in &site.config.languages {
            for url in saved_pages(site, lang) {
                saved_files.insert(routes::output_path(&url), lang.code.clone());
            }
        }
        Recorder { saved_files, hashes: true, seen: Mutex::new(Seen::default()) }
    }

    /// The same recorder, hashing nothing: the worker's version it gives is
    /// that of an empty site (for `check`, which keeps no file).
    pub fn without_hashes(self) -> Recorder {
        Recorder { hashes: false, ..self }
    }

    /// Output paths of the pages some language saves for offline reading.
    pub fn saved_paths(&self) -> BTreeSet<String> {
        self.saved_files.keys().cloned().collect()
    }

    /// Every file some saved page loads (`/css/site.css`), so far.
    pub fn loaded_urls(&self) -> BTreeSet<String> {
        let Ok(seen) = self.seen.lock() else { return BTreeSet::new() };
        seen.loads.values().flatten().cloned().collect()
    }

    /// Notes one output file.
    pub fn record(&self, file: &OutputFile) {
        let hash: Option<[u8; 32]> = self.hashes.then(|| Sha256::digest(&file.bytes).into());
        let loads = self.saved_files.get(&file.path).map(|lang| (lang, refs::loaded_files(&file.bytes)));
        let Ok(mut seen) = self.seen.lock() else { return };
        if let Some(hash) = hash {
            seen.hashes.insert(file.path.clone(), hash);
        }
        seen.sizes.insert(file.path.clone(), file.bytes.len());
        if let Some((lang, loaded)) = loads {
            if file.path == routes::output_path(&routes::offline_page(lang)) {
                seen.offline_loads.entry(lang.clone()).or_default().extend(loaded.iter().cloned());
            }
            seen.loads.entry(lang.clone()).or_default().extend(loaded);
        }
    }
}

/// Per language, every URL the worker saves, and the bytes they weigh.
pub struct SavedSets {
    pub urls: BTreeMap<String, Vec<String>>,
    pub bytes: BTreeMap<String, usize>,
}

/// The saved set of each language: its pages, its search data, and the files
/// those pages load (only files this build made).
pub fn saved_sets(site: &Site, recorder: &Recorder) -> SavedSets {
    let seen = recorder.seen.lock().map(|s| (s.loads.clone(), s.sizes.clone())).unwrap_or_default();
    let (loads, sizes) = seen;
    let mut urls = BTreeMap::new();
    let mut bytes = BTreeMap::new();
    for language in &site.config.languages {
        let lang = language.code.as_str();
        let mut set: Vec<String> = saved_pages(site, language);
        set.push(routes::search_index(lang));
        set.push(routes::search_docs(lang));
        set.push(routes::search_words(lang));
        set.extend(loads.get(lang).into_iter().flatten().cloned());
        let mut seen_urls = BTreeSet::new();
        set.retain(|url| sizes.contains_key(&routes::output_path(url)) && seen_urls.insert(url.clone()));
        bytes.insert(lang.to_string(), set.iter().map(|url| sizes[&routes::output_path(url)]).sum::<usize>());
        urls.insert(lang.to_string(), set);
    }
    SavedSets { urls, bytes }
}

/// A saved set over the budget is a warning naming the language.
pub fn budget_warnings(sets: &SavedSets) -> Vec<Diagnostic> {
    sets.bytes
        .iter()
        .filter(|(_, &bytes)| bytes > BUDGET_BYTES)
        .map(|(lang, bytes)| {
            Diagnostic::warning(format!(
                "the pages '{lang}' keeps for offline reading weigh {} KiB, over the {} KiB budget",
                bytes / 1024,
                BUDGET_BYTES / 1024
            ))
            .hint("make the parents' pages or the search index of that language smaller")
        })
        .collect()
}

/// `/sw.js`: for `offline: true`, the worker with this build's version and
/// saved sets; otherwise the worker that removes itself.
pub fn service_worker(site: &Site, recorder: &Recorder, sets: &SavedSets) -> OutputFile {
    if !site.config.offline {
        return OutputFile::new("sw.js", REMOVER_JS);
    }
    let (version, offline_loads) = match recorder.seen.lock() {
        Ok(seen) => (version(&seen.hashes), seen.offline_loads.clone()),
        Err(_) => (String::new(), BTreeMap::new()),
    };
    // With Save-Data: the offline page and what it loads, besides the visited page.
    let essentials: BTreeMap<&str, Vec<String>> = site
        .config
        .codes()
        .map(|lang| {
            let loads = offline_loads.get(lang).into_iter().flatten().cloned();
            (lang, std::iter::once(routes::offline_page(lang)).chain(loads).collect())
        })
        .collect();
    let offline_pages: BTreeMap<&str, String> = site.config.codes().map(|l| (l, routes::offline_page(l))).collect();
    let text = format!(
        "// The threesteps service worker: made by `threesteps build` (see the README, \"Offline and installable\").\n\
         const VERSION = {};\nconst SAVED = {};\nconst OFFLINE_PAGES = {};\nconst ESSENTIALS = {};\nconst DEFAULT_LANG = {};\n{WORKER_JS}",
        js(&version),
        js(&sets.urls),
        js(&offline_pages),
        js(&essentials),
        js(&site.config.default_language),
    );
    OutputFile::new("sw.js", text)
}

/// The build's version: a hash over every other output file's path and hash.
fn version(hashes: &BTreeMap<String, [u8; 32]>) -> String {
    let mut hasher = Sha256::new();
    for (path, hash) in hashes.iter().filter(|(path, _)| path.as_str() != "sw.js") {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(hash);
    }
    hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// A value as a JavaScript literal (JSON is one).
fn js<T: serde::Serialize + ?Sized>(value: &T) -> String {
    // Strings and maps of strings always serialise.
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_colours_come_from_css_variables() {
        let css = ":root {\n  --ink: #1b1b1f;\n  --brand: #0b5394;\n  --brand-dark: #083d6e;\n}";
        assert_eq!(css_colour(css, "--brand"), Some("#0b5394"));
        assert_eq!(css_colour(css, "--paper"), None);
        assert_eq!(css_colour("--brand: red;", "--brand"), None);
    }

    #[test]
    fn the_version_changes_with_any_file_but_not_with_sw_js() {
        let mut hashes = BTreeMap::from([("a.html".to_string(), [1; 32]), ("sw.js".to_string(), [2; 32])]);
        let first = version(&hashes);
        hashes.insert("sw.js".into(), [3; 32]);
        assert_eq!(version(&hashes), first);
        hashes.insert("a.html".into(), [4; 32]);
        assert_ne!(version(&hashes), first);
        assert_eq!(first.len(), 16);
    }
}
