//! The build pipeline, shared by `build` and `check`:
//! discover → parse → site model → outputs. Writing is left to the caller.

use crate::cache::{Cache, CacheUse};
use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::model::links::check_links;
use crate::model::redirects::collect_redirects;
use crate::model::site::{PageTexts, SourceDates};
use crate::model::urls;
use crate::model::Site;
use crate::output::{self, OutputFile};
use crate::routes;

use crate::model::redirects::Redirect;
use crate::source::{discover, SourceTree};
use std::path::Path;
use std::sync::Arc;
use tera::Tera;

/// What a build run may change.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub drafts: bool,
    pub base_url: Option<String>,
    /// Warn about outdated and unreviewed translations (`check` does; `build`
    /// shows notices on the pages instead).
    pub translation_warnings: bool,
    /// Leave the PDF leaflets out of `render_all`: `serve` makes each one
    /// only when it is asked for ([`output::leaflet::leaflet_at`]).
    pub lazy_leaflets: bool,
    /// Publish no service worker and no manifests whatever `site.yaml` says
    /// (`serve`: editors never see saved pages).
    pub no_service_worker: bool,
    /// Read QR codes and typeset PDFs from `.threesteps-cache/`, and store
    /// them there (`build` does both; `check`, which writes nothing, only reads).
    pub cache: CacheUse,
    /// Make only what a diagnostic needs (`check`, which keeps no file):
    /// pages are still rendered (template errors, missing UI strings) but
    /// only those whose size the offline budget reads are kept (minified);
    /// no file is hashed for the service worker's version; QR codes and
    /// bundles are only checked (see `skips_files`), and the search files
    /// are made only when the budget adds up their sizes.
    pub diagnostics_only: bool,
    /// Keep every page's text in memory (`serve`) instead of reading each
    /// page again when it is rendered (see [`PageTexts`]).
    pub keep_page_texts: bool,
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
    pub redirects: usize,
    pub files: usize,
}

/// The site read, checked and ready to render: what `serve` keeps between
/// edits so it can re-render only what changed.
pub struct Prepared {
    pub root: std::path::PathBuf,
    pub i18n: Arc<I18n>,
    pub site: Arc<Site>,
    pub redirects: Vec<Redirect>,
    pub tera: Tera,
    /// The theme's leaflet templates and fonts, when it has them.
    pub leaflets: Option<Arc<output::leaflet::LeafletTheme>>,
    pub lazy_leaflets: bool,
    /// See [`BuildOptions::diagnostics_only`].
    pub diagnostics_only: bool,
    /// Where costly outputs are kept between builds.
    pub cache: Cache,
    pub new_lock: Option<String>,
    pub stats: BuildStats,
}

/// Runs every stage, handing each output file to `sink`, and collects all
/// problems. The caller keeps the files only when there are no errors.
pub fn run(root: &Path, options: &BuildOptions, sink: Sink) -> BuildResult {
    let mut diagnostics = Diagnostics::default();
    let Some(prepared) = prepare(root, options, &mut diagnostics) else {
        let stats = BuildStats::default();
        return BuildResult { diagnostics, stats, new_lock: None };
    };
    let mut stats = prepared.stats;
    if diagnostics.has_errors() {
        return BuildResult { diagnostics, stats, new_lock: None };
    }
    stats.files = render_all(&prepared, sink, &mut diagnostics);
    BuildResult { diagnostics, stats, new_lock: prepared.new_lock }
}

/// Reads the source tree with the command line's `--base-url` and
/// `--no-service-worker` applied to its configuration.
fn discover_with(root: &Path, options: &BuildOptions, diagnostics: &mut Diagnostics) -> Option<SourceTree> {
    let mut tree = discover(root, diagnostics)?;
    if let Some(url) = &options.base_url {
        let url = url.trim_end_matches('/').to_string();
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            diagnostics.push(Diagnostic::error(format!("--base-url '{url}' is not an absolute http(s) URL")));
            return None;
        }
        tree.config.base_url = url;
    }
    if options.no_service_worker {
        tree.config.offline = false;
    }
    Some(tree)
}

/// Discover, parse, model and every check. `None` when the site cannot be
/// read or its theme does not load; otherwise check `diagnostics` for errors.
pub fn prepare(root: &Path, options: &BuildOptions, diagnostics: &mut Diagnostics) -> Option<Prepared> {
    let mut stats = BuildStats::default();
    let lap = timer();
    let mut tree = discover_with(root, options, diagnostics)?;
    diagnostics.extend(output::offline::check_theme(&tree));
    let i18n = Arc::new(I18n::load(&tree.config, &tree.fluent, diagnostics));
    diagnostics.extend(missing_ui_strings(&tree, &i18n));
    lap("discover+i18n");
    let source_dir = format!("content/{}", tree.config.default_language);
    let read_dates = || crate::history::last_change_dates(root, &source_dir);
    let texts = if options.keep_page_texts { PageTexts::Kept } else { PageTexts::OnDisk };
    let site = Site::build(&mut tree, options.drafts, SourceDates::WhenOutdated(&read_dates), texts, diagnostics);
    lap("model");
    if options.translation_warnings {
        diagnostics.extend(translation_warnings(&site));
    }
    diagnostics.extend(check_links(&site));
    diagnostics.extend(site.check_help_page());
    lap("links");
    diagnostics.extend(check_sms(&site));
    let (redirects, problems) = collect_redirects(&site);
    diagnostics.extend(problems);
    let cache = Cache::for_site(root, options.cache);
    let leaflets = match output::leaflet::LeafletTheme::new(&tree) {
        Ok(theme) => theme.map(|theme| Arc::new(theme.with_cache(cache.clone()))),
        Err(problem) => {
            diagnostics.push(problem);
            None
        }
    };
    match &leaflets {
        Some(theme) => diagnostics.extend(output::poster::check_posters(&site, theme)),
        None => diagnostics.extend(output::leaflet::pages_needing_templates(&site)),
    }
    // URL permanence: every locked URL must still resolve.
    let (locked, problems) = urls::parse_lock(tree.url_lock.as_deref().unwrap_or(""));
    diagnostics.extend(problems);
    let mut published = urls::published_urls(&site, &redirects);
    published.extend(
        output::toolkit::downloads(&site, &print_downloads(&site, leaflets.is_some()))
            .into_iter()
            .filter(|d| !matches!(d.kind, output::toolkit::Kind::QrPng | output::toolkit::Kind::QrSvg))
            .map(|d| d.url),
    );
    // Pages that failed to parse are missing from `published`; their own
    // errors say why, so the lock is checked only when every page was read.
    if site.unparsed_paths.is_empty() {
        diagnostics.extend(urls::check_lock(&locked, &published));
    }
    // Preview builds with drafts do not add their URLs to the lock.
    let new_lock =
        if options.drafts { None } else { urls::updated_lock(tree.url_lock.as_deref(), &locked, &published) };
    let tera = output::theme::load_theme(&tree.template_files(), i18n.clone(), diagnostics)?;
    stats.pages = site.pages.len();
    stats.languages = site.config.languages.len();
    stats.redirects = redirects.len();
    lap("redirects+theme");
    Some(Prepared {
        root: root.to_path_buf(),
        i18n,
        site: Arc::new(site),
        redirects,
        tera,
        leaflets,
        lazy_leaflets: options.lazy_leaflets,
        diagnostics_only: options.diagnostics_only,
        cache,
        new_lock,
        stats,
    })
}

/// With `THREESTEPS_TIMINGS` set, a function that prints how long since it
/// was made, named: where a build spends its time.
fn timer() -> impl Fn(&str) {
    let started = std::time::Instant::now();
    let on = std::env::var_os("THREESTEPS_TIMINGS").is_some();
    move |what: &str| {
        if on {
            eprintln!("{what}: {:?} (CPU so far {}, {})", started.elapsed(), process_cpu_time(), process_memory())
        }
    }
}

/// User + system CPU time of this process so far, from `/proc/self/stat`
/// (Linux; "?" elsewhere).
fn process_cpu_time() -> String {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces) start at ')'.
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    match (fields.get(11).and_then(|v| v.parse::<u64>().ok()), fields.get(12).and_then(|v| v.parse::<u64>().ok())) {
        (Some(user), Some(system)) => format!("{:.2}s", (user + system) as f64 / 100.0),
        _ => "?".to_string(),
    }
}

/// Resident memory now and at its peak so far, from `/proc/self/status`
/// (Linux; empty elsewhere).
fn process_memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status.lines().find_map(|line| line.strip_prefix(name)).map(|v| v.trim().to_string()).unwrap_or_default()
    };
    format!("memory {}, peak {}", field("VmRSS:"), field("VmHWM:"))
}

/// Missing UI strings per language, one warning each.
pub fn missing_ui_strings(tree: &SourceTree, i18n: &I18n) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for lang in tree.config.codes().filter(|l| *l != tree.config.default_language) {
        let missing = i18n.missing_keys(lang);
        if !missing.is_empty() {
            warnings.push(
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
    warnings
}

/// Renders every output into `sink`; returns how many files it made.
pub fn render_all(prepared: &Prepared, sink: Sink, diagnostics: &mut Diagnostics) -> usize {
    let Prepared { site, tera, redirects, i18n, .. } = prepared;
    // Every path is checked before the sink sees it, and kept to find duplicates.
    let paths = std::sync::Mutex::new(Vec::new());
    let recorder = match prepared.diagnostics_only {
        true => output::offline::Recorder::new(site).without_hashes(),
        false => output::offline::Recorder::new(site),
    };
    let note_path = |path: &str| {
        if !output::is_safe_output_path(path) {
            return Err(Diagnostic::error(format!(
                "refusing to write '{path}': it is not a path inside the output folder"
            )));
        }
        paths.lock().map_err(|_| Diagnostic::error("internal error: output list poisoned"))?.push(path.to_string());
        Ok(())
    };
    let checked_sink = |file: OutputFile| {
        note_path(&file.path)?;
        recorder.record(&file);
        sink(file)
    };
    let lap = timer();
    let (files, downloads, skipped) = render_files(prepared, &checked_sink, diagnostics);
    let sizes = files.iter().map(|file| (routes::url_of_output(&file.path), file.bytes.len() as u64)).collect();
    // A build writes these files now; `check` keeps them until it knows
    // whether a saved page loads a file it skipped (made from these).
    let kept = match skipped.is_empty() {
        true => {
            diagnostics.extend(write_all(files, &checked_sink));
            Vec::new()
        }
        false => files,
    };
    lap("render: PDFs, QR codes, search, bundles");
    let toolkit = output::toolkit::Toolkit { downloads, sizes };
    let renderer =
        output::html::Renderer::new(site, i18n).with_toolkit(toolkit).keeping(kept_pages(prepared, &recorder));
    let (_, problems) = output::html::render_pages(site, tera, &renderer, redirects, &checked_sink);
    diagnostics.extend(problems);
    for result in renderer.generated_pages(site, tera, i18n) {
        if let Err(problem) = result.and_then(&checked_sink) {
            diagnostics.push(problem);
        }
    }
    sizes_of_loaded_pages(prepared, &renderer, &recorder);
    lap("render: pages");
    let mut rest = kept;
    for result in make_loaded(prepared, skipped, &rest, &recorder.loaded_urls(), &note_path) {
        match result {
            Ok(file) => rest.push(file),
            Err(problem) => diagnostics.push(problem),
        }
    }
    diagnostics.extend(write_all(rest, &checked_sink));
    diagnostics.extend(write_site_files(prepared, &checked_sink));
    // Last: the worker's version is a hash of every other file.
    diagnostics.extend(service_worker(site, &recorder, &checked_sink));
    lap("render: written, and the service worker");
    diagnostics.extend(i18n.take_problems());
    let paths = paths.into_inner().unwrap_or_default();
    diagnostics.extend(duplicate_paths(&paths));
    // Every cached output this build needs has been asked for by now.
    if !diagnostics.has_errors() {
        prepared.cache.prune();
    }
    paths.len()
}

/// Which pages keep their bytes: every page, but for `check` only those
/// whose sizes the offline budget adds up (none when the site is not saved
/// offline); see [`sizes_of_loaded_pages`] for the pages those load.
fn kept_pages(prepared: &Prepared, recorder: &output::offline::Recorder) -> output::html::Keep {
    match (prepared.diagnostics_only, prepared.site.config.offline) {
        (false, _) => output::html::Keep::All,
        (true, true) => output::html::Keep::Only(recorder.saved_paths()),
        (true, false) => output::html::Keep::Only(Default::default()),
    }
}

/// The pages a saved page loads (as an image, script or stylesheet: only a
/// strange theme does) whose bytes `renderer` did not keep, rendered again
/// and recorded, so the budget adds up their true sizes.
fn sizes_of_loaded_pages(prepared: &Prepared, renderer: &output::html::Renderer, recorder: &output::offline::Recorder) {
    let Prepared { site, tera, i18n, redirects, .. } = prepared;
    for url in recorder.loaded_urls() {
        let path = routes::output_path(&url);
        if renderer.keeps(&path) || !path.ends_with(".html") {
            continue;
        }
        // A page that fails was reported when it was first rendered.
        if let Some(Ok(file)) = renderer.page_at(site, tera, i18n, redirects, &path) {
            recorder.record(&file);
        }
    }
}

/// The files that are not web pages and that pages list with their sizes:
/// PDFs, QR codes and the toolkit bundles (the search indexes go straight to
/// `sink`); every download of the site; and the output paths of the files
/// `check` skips (see [`skips_files`]).
fn render_files(
    prepared: &Prepared,
    sink: Sink,
    diagnostics: &mut Diagnostics,
) -> (Vec<OutputFile>, Vec<output::toolkit::Download>, Vec<String>) {
    let site = &prepared.site;
    let skips = skips_files(prepared);
    // The PDFs take most of the time; QR codes and the search indexes need
    // nothing from them, so they are made at the same time, and the side
    // that made the PDFs helps with the search files when it is done.
    let skips_search = prepared.diagnostics_only && !site.config.offline;
    let queue = output::search::LanguageQueue::default();
    let search = || match skips_search {
        true => Vec::new(),
        false => output::search::search_files_from(site, sink, &queue),
    };
    let ((prints, codes, helped), searched) = rayon::join(
        || {
            let (prints, codes) = rayon::join(|| make_prints(prepared), || qr_files(prepared, skips));
            (prints, codes, search())
        },
        search,
    );
    let mut skipped = if skips_search { search_paths(site) } else { Vec::new() };
    let mut files = Vec::new();
    for result in prints {
        match result {
            Ok(file) => files.push(file),
            Err(problem) => diagnostics.push(problem),
        }
    }
    diagnostics.extend(searched.into_iter().chain(helped));
    match codes {
        Ok((codes, paths)) => {
            files.extend(codes);
            skipped.extend(paths);
        }
        Err(problem) => diagnostics.push(problem),
    }
    let downloads = output::toolkit::downloads(site, &print_downloads(site, prepared.leaflets.is_some()));
    // A bundle is made only when every file it holds was (their errors say why not).
    if !prepared.lazy_leaflets && !diagnostics.has_errors() {
        let bundles = match skips {
            true => check_bundles(prepared, &downloads, &files, &skipped),
            false => make_bundles(prepared, &downloads, &files).into_iter().map(|r| r.map(Made::File)).collect(),
        };
        for result in bundles {
            match result {
                Ok(Made::File(file)) => files.push(file),
                Ok(Made::Skipped(path)) => skipped.push(path),
                Err(problem) => diagnostics.push(problem),
            }
        }
    }
    (files, downloads, skipped)
}

/// True when `check` may leave out the QR codes and toolkit bundles, whose
/// bytes only a reader would see. Not when a page lists downloads with
/// their sizes, since those pages' text would change.
fn skips_files(prepared: &Prepared) -> bool {
    let site = &prepared.site;
    prepared.diagnostics_only && !site.pages.iter().any(|page| page.source(&site.config).front.downloads.is_some())
}

/// A file made, or only its output path (a file `check` skipped).
enum Made {
    File(OutputFile),
    Skipped(String),
}

/// The QR codes' files, or (`skip`) only their output paths, each URL still
/// checked to fit in a QR code.
fn qr_files(prepared: &Prepared, skip: bool) -> Result<(Vec<OutputFile>, Vec<String>), Diagnostic> {
    let Prepared { site, redirects, cache, .. } = prepared;
    match skip {
        true => output::qr::qr_paths(site, redirects).map(|paths| (Vec::new(), paths)),
        false => output::qr::qr_codes(site, redirects, cache).map(|files| (files, Vec::new())),
    }
}

/// The output paths of every language's search files.
fn search_paths(site: &Site) -> Vec<String> {
    site.config.codes().flat_map(output::search::file_paths).collect()
}

/// The bytes of the files `made`, by URL: what a bundle is made from.
fn bytes_by_url(made: &[OutputFile]) -> std::collections::HashMap<String, &[u8]> {
    made.iter().map(|file| (routes::url_of_output(&file.path), file.bytes.as_slice())).collect()
}

/// The error for a file a bundle holds that this build did not make.
fn not_made(url: &str) -> Diagnostic {
    Diagnostic::error(format!("the toolkit bundle needs {url}, which this build did not make"))
        .hint("fix the errors about that file above")
}

/// What making every language's bundle would report, without making them
/// (`check`): each bundle's output path, or its error.
fn check_bundles(
    prepared: &Prepared,
    downloads: &[output::toolkit::Download],
    made: &[OutputFile],
    skipped: &[String],
) -> Vec<Result<Made, Diagnostic>> {
    let paths: std::collections::HashSet<&str> =
        made.iter().map(|file| file.path.as_str()).chain(skipped.iter().map(String::as_str)).collect();
    let exists = |url: &str| match paths.contains(routes::output_path(url).as_str()) {
        true => Ok(()),
        false => Err(not_made(url)),
    };
    let Prepared { site, i18n, .. } = prepared;
    site.config
        .languages
        .iter()
        .map(|lang| {
            output::toolkit::check_bundle(site, i18n, lang, downloads, &exists)
                .map(|()| Made::Skipped(routes::output_path(&routes::bundle(&lang.code))))
        })
        .collect()
}

/// The skipped files a page saved for offline reading loads (the budget
/// adds up their sizes), made now; the other skipped paths are only noted
/// (`note_path`), so that two outputs at one path are still found.
fn make_loaded(
    prepared: &Prepared,
    skipped: Vec<String>,
    made: &[OutputFile],
    loaded: &std::collections::BTreeSet<String>,
    note_path: &dyn Fn(&str) -> Result<(), Diagnostic>,
) -> Vec<Result<OutputFile, Diagnostic>> {
    let Prepared { site, i18n, .. } = prepared;
    let by_url = bytes_by_url(made);
    let fetch = |url: &str| match by_url.get(url) {
        Some(bytes) => Ok(bytes.to_vec()),
        None => output::qr::file_at(site, url).unwrap_or_else(|| Err(not_made(url))),
    };
    let prints = print_downloads(site, prepared.leaflets.is_some());
    let mut files = Vec::new();
    for path in skipped {
        let url = routes::url_of_output(&path);
        let file = match loaded.contains(&url) {
            true => output::qr::file_at(site, &url)
                .map(|bytes| bytes.map(|bytes| OutputFile::new(path.clone(), bytes)))
                .or_else(|| output::toolkit::bundle_at(site, i18n, &prints, &url, &fetch)),
            false => None,
        };
        match file {
            Some(file) => files.push(file),
            None => files.extend(note_path(&path).err().map(Err)),
        }
    }
    files
}

/// The files made from the whole site (sitemap, dashboard, redirects,
/// headers, robots.txt, manifests) and the theme's and content's static
/// files, handed to `sink`; returns the problems it reported.
fn write_site_files(prepared: &Prepared, sink: Sink) -> Vec<Diagnostic> {
    let Prepared { site, i18n, redirects, .. } = prepared;
    // The largest files on a large site, each written before the next is made.
    let sitemaps = output::sitemap::sitemap_files(site, output::sitemap::Limits::PROTOCOL);
    let mut problems: Vec<Diagnostic> = sitemaps.filter_map(|file| sink(file).err()).collect();
    problems.extend(sink(output::dashboard::dashboard(site, i18n)).err());
    let mut rest = vec![
        output::sitemap::robots(site),
        output::headers::headers_file(),
        output::redirects::redirects_file(redirects),
    ];
    rest.extend(output::assets::copied_files(site));
    if site.config.offline {
        rest.extend(site.config.languages.iter().map(|language| output::offline::manifest(i18n, language, site)));
    }
    problems.extend(write_all(rest, sink));
    problems
}

/// Hands `files` to `sink` in parallel; returns the problems it reported.
fn write_all(files: Vec<OutputFile>, sink: Sink) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    files.into_par_iter().filter_map(|file| sink(file).err()).collect()
}

/// An error for each output path written twice.
fn duplicate_paths(paths: &[String]) -> Vec<Diagnostic> {
    let mut sorted: Vec<&String> = paths.iter().collect();
    sorted.sort();
    sorted
        .windows(2)
        .filter(|pair| pair[0] == pair[1])
        .map(|pair| {
            Diagnostic::error(format!("two outputs would be written to '{}'", pair[0]))
                .hint("a static file, a content file and a page share that path: rename one")
        })
        .collect()
}

/// `/sw.js`, made once every other file has been recorded; and a warning for
/// each language whose saved set is over the budget.
fn service_worker(
    site: &Site,
    recorder: &output::offline::Recorder,
    sink: &dyn Fn(OutputFile) -> Result<(), Diagnostic>,
) -> Vec<Diagnostic> {
    let saved = output::offline::saved_sets(site, recorder);
    let mut problems = if site.config.offline { output::offline::budget_warnings(&saved) } else { Vec::new() };
    if let Err(problem) = sink(output::offline::service_worker(site, recorder, &saved)) {
        problems.push(problem);
    }
    problems
}

/// The PDFs the theme makes (leaflets, sheets, posters, slides), unless
/// `serve` makes them on request. Leaflets and posters share the thread pool,
/// so neither waits for the other's slowest file.
fn make_prints(prepared: &Prepared) -> Vec<Result<OutputFile, Diagnostic>> {
    let (Some(theme), false) = (&prepared.leaflets, prepared.lazy_leaflets) else { return Vec::new() };
    let (site, i18n) = (&prepared.site, &prepared.i18n);
    let (mut leaflets, posters) =
        rayon::join(|| output::leaflet::leaflets(site, i18n, theme), || output::poster::posters(site, i18n, theme));
    leaflets.extend(posters);
    leaflets
}

/// The printed files of the site as downloads (none when the theme cannot make PDFs).
pub fn print_downloads(site: &Site, can_print: bool) -> Vec<output::toolkit::Download> {
    if !can_print {
        return Vec::new();
    }
    let mut downloads = output::leaflet::leaflet_downloads(site);
    downloads.extend(output::poster::poster_downloads(site));
    downloads
}

/// Every language's toolkit bundle, made in parallel from the files already made.
fn make_bundles(
    prepared: &Prepared,
    downloads: &[output::toolkit::Download],
    made: &[OutputFile],
) -> Vec<Result<OutputFile, Diagnostic>> {
    use rayon::prelude::*;
    let by_url = bytes_by_url(made);
    let fetch = |url: &str| by_url.get(url).map(|bytes| bytes.to_vec()).ok_or_else(|| not_made(url));
    prepared
        .site
        .config
        .languages
        .par_iter()
        .map(|lang| output::toolkit::bundle(&prepared.site, &prepared.i18n, lang, downloads, &fetch))
        .collect()
}

/// Outdated translations, one warning each; unreviewed ones, one note per
/// language (machine drafts are published on purpose, marked on the page).
fn translation_warnings(site: &Site) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for language in site.config.languages.iter().filter(|l| l.code != site.config.default_language) {
        let lang = language.code.as_str();
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
        }
        let unreviewed = site.translation_counts(language).unreviewed;
        if unreviewed > 0 {
            warnings.push(
                Diagnostic::note(format!("{unreviewed} translation(s) in '{lang}' not yet reviewed"))
                    .at(format!("content/{lang}"))
                    .hint(format!(
                        "once checked, run `threesteps translations stamp --reviewed FILE`; `threesteps translations --lang {lang}` lists them"
                    )),
            );
        }
    }
    warnings
}

/// A suggested SMS that is too long is a warning naming the page. It is
/// counted as it is sent, with the page's short link after it: one segment
/// for GSM-7 text (English), two for UCS-2 (every other script and most
/// accented letters), so translations need not be squeezed out of sense.
fn check_sms(site: &Site) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for page in &site.pages {
        let code = page.source(&site.config).front.short.as_deref();
        for version in page.versions.values() {
            if let Some(text) = &version.front.sms {
                let message = match code {
                    Some(code) => {
                        let lang = site.config.language_or_default(&version.lang);
                        format!("{text} {}", crate::output::qr::short_url(site, lang, code))
                    }
                    None => text.clone(),
                };
                let count = crate::sms::count(&message);
                let (limit, encoding, size) = if count.gsm7 { (1, "GSM-7", 160) } else { (2, "UCS-2", 134) };
                if count.segments > limit {
                    problems.push(
                        Diagnostic::warning(format!(
                            "sms text with its link needs {} SMS segments ({} characters, {encoding}; {size} fit in {limit})",
                            count.segments, count.units
                        ))
                        .at(&version.file)
                        .hint("shorten the sms text; keep what it is about (the baby, sleep, crying)"),
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
