//! The build pipeline, shared by `build` and `check`:
//! discover → parse → site model → outputs. Writing is left to the caller.

use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::model::links::check_links;
use crate::model::redirects::collect_redirects;
use crate::model::urls;
use crate::model::Site;
use crate::output::{self, OutputFile};

use crate::source::discover;
use std::path::Path;
use std::sync::Arc;

/// What a build run may change.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub drafts: bool,
    pub base_url: Option<String>,
    /// Warn about outdated and unreviewed translations (`check` does; `build`
    /// shows notices on the pages instead).
    pub translation_warnings: bool,
}

/// The outcome of a run: every problem found, counts, and the new text of
/// `urls.lock` when this build publishes URLs it does not list yet.
pub struct BuildResult {
    pub diagnostics: Diagnostics,
    pub stats: BuildStats,
    pub new_lock: Option<String>,
}

/// Where output files go: the writer's staging folder for `build`, nowhere
/// for `check`, memory for tests and `serve`.
pub type Sink<'a> = &'a (dyn Fn(OutputFile) -> Result<(), Diagnostic> + Sync);

/// Counts for the summary line.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildStats {
    pub pages: usize,
    pub languages: usize,
    pub html_files: usize,
    pub redirects: usize,
    pub files: usize,
}

/// Runs every stage, handing each output file to `sink`, and collects all
/// problems. The caller keeps the files only when there are no errors.
pub fn run(root: &Path, options: &BuildOptions, sink: Sink) -> BuildResult {
    let mut diagnostics = Diagnostics::default();
    let mut stats = BuildStats::default();
    let t0 = std::time::Instant::now();
    let lap = |what: &str| {
        if std::env::var_os("THREESTEPS_TIMINGS").is_some() {
            eprintln!("{what}: {:?}", t0.elapsed())
        }
    };
    let Some(mut tree) = discover(root, &mut diagnostics) else {
        return BuildResult { diagnostics, stats, new_lock: None };
    };
    if let Some(url) = &options.base_url {
        let url = url.trim_end_matches('/').to_string();
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            diagnostics.push(Diagnostic::error(format!("--base-url '{url}' is not an absolute http(s) URL")));
            return BuildResult { diagnostics, stats, new_lock: None };
        }
        tree.config.base_url = url;
    }
    let i18n = Arc::new(I18n::load(&tree.config, &tree.fluent, &mut diagnostics));
    for lang in tree.config.codes() {
        let missing = i18n.missing_keys(lang);
        if !missing.is_empty() && lang != tree.config.default_language {
            diagnostics.push(
                Diagnostic::warning(format!(
                    "{} UI string(s) missing in '{lang}', shown in {}: {}",
                    missing.len(),
                    tree.config.default_language,
                    summarise(&missing)
                ))
                .at(format!("translations/{lang}"))
                .hint("add the keys to a .ftl file of that language"),
            );
        }
    }
    lap("discover+i18n");
    let pages = std::mem::take(&mut tree.pages);
    let mut site = Site::build(&tree, pages, options.drafts, &mut diagnostics);
    if site.has_outdated() {
        let dir = format!("content/{}", site.config.default_language);
        site.set_source_changed(&crate::history::last_change_dates(root, &dir));
    }
    let site = site;
    lap("model");
    if options.translation_warnings {
        diagnostics.extend(translation_warnings(&site));
    }
    diagnostics.extend(check_links(&site));
    lap("links");
    diagnostics.extend(check_sms(&site));
    let (redirects, problems) = collect_redirects(&site);
    diagnostics.extend(problems);
    // URL permanence: every locked URL must still resolve.
    let (locked, problems) = urls::parse_lock(tree.url_lock.as_deref().unwrap_or(""));
    diagnostics.extend(problems);
    let published = urls::published_urls(&site, &redirects);
    diagnostics.extend(urls::check_lock(&locked, &published));
    // Preview builds with drafts do not add their URLs to the lock.
    let new_lock =
        if options.drafts { None } else { urls::updated_lock(tree.url_lock.as_deref(), &locked, &published) };
    let theme = output::theme::load_theme(&tree, i18n.clone(), &mut diagnostics);
    stats.pages = site.pages.len();
    stats.languages = site.config.languages.len();
    stats.redirects = redirects.len();
    let Some(tera) = theme else {
        return BuildResult { diagnostics, stats, new_lock: None };
    };
    if diagnostics.has_errors() {
        return BuildResult { diagnostics, stats, new_lock: None };
    }
    lap("redirects+theme");
    // Every path is checked before the sink sees it, and kept to find duplicates.
    let paths = std::sync::Mutex::new(Vec::new());
    let checked_sink = |file: OutputFile| {
        if !output::is_safe_output_path(&file.path) {
            return Err(Diagnostic::error(format!(
                "refusing to write '{}': it is not a path inside the output folder",
                file.path
            )));
        }
        paths.lock().map_err(|_| Diagnostic::error("internal error: output list poisoned"))?.push(file.path.clone());
        sink(file)
    };
    let (html_files, problems) = output::html::render_pages(&site, &tera, &redirects, &checked_sink);
    lap("render");
    diagnostics.extend(problems);
    stats.html_files = html_files;
    let mut rest = vec![
        output::sitemap::sitemap(&site),
        output::sitemap::robots(&site),
        output::headers::headers_file(),
        output::redirects::redirects_file(&redirects),
        output::dashboard::dashboard(&site, &i18n),
    ];
    rest.extend(output::assets::copied_files(&site, &tree));
    match output::qr::qr_codes(&site, &redirects) {
        Ok(codes) => rest.extend(codes),
        Err(problem) => diagnostics.push(problem),
    }
    for file in rest {
        if let Err(problem) = checked_sink(file) {
            diagnostics.push(problem);
        }
    }
    let mut paths = paths.into_inner().unwrap_or_default();
    stats.files = paths.len();
    paths.sort();
    for pair in paths.windows(2) {
        if pair[0] == pair[1] {
            diagnostics.push(
                Diagnostic::error(format!("two outputs would be written to '{}'", pair[0]))
                    .hint("a static file, a content file and a page share that path: rename one"),
            );
        }
    }
    BuildResult { diagnostics, stats, new_lock }
}

/// Outdated translations, one warning each; unreviewed ones, one warning per language.
fn translation_warnings(site: &Site) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for lang in site.config.codes().filter(|l| *l != site.config.default_language) {
        let mut unreviewed = 0;
        for page in &site.pages {
            let Some(version) = page.versions.get(lang) else { continue };
            if version.status == crate::model::translations::TranslationStatus::Outdated {
                warnings.push(
                    Diagnostic::warning("translation is outdated: its source page changed since it was translated")
                        .at(&version.file)
                        .hint(format!(
                            "see what changed with `threesteps translations diff {0}`, update it, then `threesteps translations stamp {0}`",
                            version.file
                        )),
                );
            }
            if !version.front.reviewed.unwrap_or(false) {
                unreviewed += 1;
            }
        }
        if unreviewed > 0 {
            warnings.push(
                Diagnostic::warning(format!("{unreviewed} translation(s) in '{lang}' not yet reviewed"))
                    .at(format!("content/{lang}"))
                    .hint(format!(
                        "once checked, run `threesteps translations stamp --reviewed FILE`; `threesteps translations --lang {lang}` lists them"
                    )),
            );
        }
    }
    warnings
}

/// A suggested SMS that needs more than one segment is a warning naming the page.
fn check_sms(site: &Site) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for page in &site.pages {
        for version in page.versions.values() {
            if let Some(text) = &version.front.sms {
                let count = crate::sms::count(text);
                if count.segments > 1 {
                    let (limit, encoding) = if count.gsm7 { (160, "GSM-7") } else { (70, "UCS-2") };
                    problems.push(
                        Diagnostic::warning(format!(
                            "sms text needs {} SMS segments ({} characters, {encoding}, {limit} fit in one)",
                            count.segments, count.units
                        ))
                        .at(&version.file)
                        .hint("shorten the sms text so it fits in one message"),
                    );
                }
            }
        }
    }
    problems
}

/// At most five names, then how many more.
fn summarise(names: &[String]) -> String {
    if names.len() <= 5 {
        names.join(", ")
    } else {
        format!("{} and {} more", names[..5].join(", "), names.len() - 5)
    }
}
