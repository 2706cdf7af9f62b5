//! `threesteps serve`: builds the site into memory, serves it, watches the
//! sources and reloads open pages after each change.
//!
//! An edit to the body of one page re-parses that file and re-renders only
//! that page in every language (and the search index, documents and words
//! of the edited page's language, and the translation dashboard when a
//! translation's status changed); anything that
//! can change other pages (front matter, headings, new or deleted files,
//! templates, UI strings, `site.yaml`) rebuilds everything, still in memory.
//! A bad edit keeps the last good build and shows the diagnostics in an
//! overlay on the page; the server never stops on an error in the site.

pub mod http;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::links::check_version_links;
use crate::model::site::parse_version;
use crate::model::translations::status_of;
use crate::output::html::Renderer;
use crate::output::search::LanguageIndex;
use crate::output::OutputFile;
use crate::pipeline::{prepare, render_all, BuildOptions, Prepared};
use crate::routes::{self, Made};
use crate::source::TextFile;
use rayon::prelude::*;
use std::collections::HashMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// All outputs of a build (path → bytes) and its redirects (from → to).
type Outputs = (HashMap<String, Vec<u8>>, HashMap<String, String>);

/// What the server serves: the outputs of the last good build.
#[derive(Default)]
pub struct Snapshot {
    pub files: HashMap<String, Vec<u8>>,
    /// Short links and aliases: from → to.
    pub redirects: HashMap<String, String>,
    /// Errors of the last build, as printed on the terminal.
    pub errors: Vec<String>,
    pub version: u64,
    /// Makes the PDF leaflets of this build when they are first asked for.
    pub leaflets: Option<Arc<LazyLeaflets>>,
}

/// PDF leaflets (and the toolkit bundles that hold them) made on request: typesetting every leaflet on every edit
/// would slow the edit-to-reload loop for files nobody is looking at.
pub struct LazyLeaflets {
    site: Arc<crate::model::Site>,
    i18n: Arc<crate::i18n::I18n>,
    theme: Arc<crate::output::leaflet::LeafletTheme>,
    made: Mutex<HashMap<String, Result<Vec<u8>, String>>>,
}

impl LazyLeaflets {
    fn of(prepared: &Prepared) -> Option<Arc<LazyLeaflets>> {
        Some(Arc::new(LazyLeaflets {
            site: Arc::clone(&prepared.site),
            i18n: Arc::clone(&prepared.i18n),
            theme: Arc::clone(prepared.leaflets.as_ref()?),
            made: Mutex::new(HashMap::new()),
        }))
    }

    /// The leaflet at `url` (`/leaflets/pl/safer-sleep.pdf`): `None` when there
    /// is none, `Err` with the build's message when it cannot be made.
    pub fn get(&self, url: &str) -> Option<Result<Vec<u8>, String>> {
        if let Some(done) = self.made.lock().ok()?.get(url) {
            return Some(done.clone());
        }
        let made = match routes::made_kind(url) {
            Made::Bundle => {
                let prints = crate::pipeline::print_downloads(&self.site, true);
                crate::output::toolkit::bundle_at(&self.site, &self.i18n, &prints, url, &|member| self.member(member))?
            }
            Made::PosterOrSlides => crate::output::poster::poster_at(&self.site, &self.i18n, &self.theme, url)?,
            Made::Leaflet => crate::output::leaflet::leaflet_at(&self.site, &self.i18n, &self.theme, url)?,
            Made::QrImage | Made::Other => return None,
        };
        let result = made.map(|file| file.bytes).map_err(|problem| problem.to_string());
        if let Err(message) = &result {
            eprintln!("{message}");
        }
        self.made.lock().ok()?.insert(url.to_string(), result.clone());
        Some(result)
    }
}

impl LazyLeaflets {
    /// A file a bundle holds: a QR code, made on its own, or a PDF made (once) on request.
    fn member(&self, url: &str) -> Result<Vec<u8>, Diagnostic> {
        let missing = || Diagnostic::error(format!("the toolkit bundle needs {url}, which the site does not make"));
        if routes::made_kind(url) == Made::QrImage {
            return crate::output::qr::file_at(&self.site, url).unwrap_or_else(|| Err(missing()));
        }
        match self.get(url) {
            Some(Ok(bytes)) => Ok(bytes),
            Some(Err(message)) => Err(Diagnostic::error(message)),
            None => Err(missing()),
        }
    }
}

/// Something open pages must hear about.
#[derive(Debug, Clone)]
pub enum Event {
    Reload(u64),
    Errors(Vec<String>),
}

/// State shared between the HTTP threads and the rebuild thread.
#[derive(Default)]
pub struct Shared {
    pub snapshot: RwLock<Snapshot>,
    pub clients: Mutex<Vec<mpsc::Sender<Event>>>,
}

impl Shared {
    fn broadcast(&self, event: &Event) {
        if let Ok(mut clients) = self.clients.lock() {
            clients.retain(|client| client.send(event.clone()).is_ok());
        }
    }
}

/// The site as last built, kept to re-render single pages.
pub struct Builder {
    root: PathBuf,
    prepared: Option<Prepared>,
    renderer: Option<Renderer>,
    /// Search data per language, made at the first edit in that language
    /// after a full build, so later edits re-read only the edited page.
    search: HashMap<String, LanguageIndex>,
}

/// What a rebuild did, for the terminal.
pub struct Rebuilt {
    pub kind: &'static str,
    pub files: usize,
    pub took: Duration,
    pub ok: bool,
}

impl Builder {
    pub fn new(root: &Path) -> Builder {
        Builder { root: root.to_path_buf(), prepared: None, renderer: None, search: HashMap::new() }
    }

    /// True when `rel` is a page file of the last good build.
    pub fn knows(&self, rel: &str) -> bool {
        self.prepared
            .as_ref()
            .is_some_and(|p| p.site.pages.iter().any(|page| page.versions.values().any(|v| v.file == rel)))
    }

    /// Reads the source language's search data if no edit has yet (see
    /// [`refresh_search`]), which takes a few hundred milliseconds on a large site.
    pub fn read_source_search_data(&mut self) {
        let Some(prepared) = &self.prepared else { return };
        let lang = prepared.site.config.default_lang();
        if !self.search.contains_key(&lang.code) {
            // `serve` keeps the page texts, so reading them cannot fail; if it
            // did, the first edit would read the data and report why.
            if let Ok(index) = LanguageIndex::new(&prepared.site, lang) {
                self.search.insert(lang.code.clone(), index);
            }
        }
    }

    /// Builds everything into `shared`'s snapshot.
    pub fn full(&mut self, shared: &Shared) -> Rebuilt {
        let started = Instant::now();
        let mut diagnostics = Diagnostics::default();
        let options = BuildOptions {
            lazy_leaflets: true,
            no_service_worker: true,
            keep_page_texts: true,
            ..BuildOptions::default()
        };
        let prepared = prepare(&self.root, &options, &mut diagnostics);
        let files = Mutex::new(HashMap::new());
        let mut count = 0;
        if let Some(prepared) = &prepared {
            if !diagnostics.has_errors() {
                let sink = |file: crate::output::OutputFile| {
                    files.lock().map_err(|_| Diagnostic::error("internal error"))?.insert(file.path, file.bytes);
                    Ok(())
                };
                count = render_all(prepared, &sink, &mut diagnostics);
            }
        }
        if diagnostics.has_errors() {
            return self.failed(shared, &diagnostics, "full", started);
        }
        let files = files.into_inner().unwrap_or_default();
        let redirects = prepared
            .as_ref()
            .map(|p| {
                p.redirects
                    .iter()
                    .flat_map(|r| {
                        [(r.from.clone(), r.to.clone()), (r.from.trim_end_matches('/').to_string(), r.to.clone())]
                    })
                    .collect()
            })
            .unwrap_or_default();
        self.renderer = prepared.as_ref().map(|p| Renderer::new(&p.site, &p.i18n));
        let leaflets = prepared.as_ref().and_then(LazyLeaflets::of);
        self.prepared = prepared;
        self.search.clear();
        crate::cmd::report(&diagnostics);
        if let Ok(mut snapshot) = shared.snapshot.write() {
            snapshot.leaflets = leaflets;
        }
        self.publish(shared, Some((files, redirects)));
        Rebuilt { kind: "full", files: count, took: started.elapsed(), ok: true }
    }

    /// Re-renders after `changed` files (paths relative to the root) changed:
    /// one page when only its body changed, otherwise everything.
    pub fn changed(&mut self, shared: &Shared, changed: &[String]) -> Rebuilt {
        let started = Instant::now();
        // Let go of the last build's leaflets first, so the site model they
        // share can be edited in place instead of copied.
        if let Ok(mut snapshot) = shared.snapshot.write() {
            snapshot.leaflets = None;
        }
        match self.try_body_edit(changed) {
            Some(Ok(updated)) => {
                let count = updated.len();
                // The edited text may be on a leaflet: start a fresh set.
                let leaflets = self.prepared.as_ref().and_then(LazyLeaflets::of);
                if let Ok(mut snapshot) = shared.snapshot.write() {
                    for file in updated {
                        snapshot.files.insert(file.path, file.bytes);
                    }
                    snapshot.leaflets = leaflets;
                }
                self.publish(shared, None);
                Rebuilt { kind: "page", files: count, took: started.elapsed(), ok: true }
            }
            Some(Err(diagnostics)) => self.failed(shared, &diagnostics, "page", started),
            None => self.full(shared),
        }
    }

    /// `Some` when every change is to the body of an existing page (with the
    /// same front matter and headings); `None` asks for a full rebuild.
    fn try_body_edit(&mut self, changed: &[String]) -> Option<Result<Vec<OutputFile>, Diagnostics>> {
        let prepared = self.prepared.as_mut()?;
        let renderer = self.renderer.as_ref()?;
        let BodyEdits { touched, statuses_changed, mut diagnostics } = apply_body_edits(&self.root, prepared, changed)?;
        let site = &prepared.site;
        for (page_index, lang) in &touched {
            if let Some(lang) = site.config.language(lang) {
                diagnostics.extend(check_version_links(site, &site.pages[*page_index], lang));
            }
        }
        if diagnostics.has_errors() {
            return Some(Err(diagnostics));
        }
        // The pages on both cores, the search files of the edited languages
        // alongside.
        let search = &mut self.search;
        let (pages, search_files) = rayon::join(
            || {
                let jobs: Vec<(usize, &crate::config::Lang)> = touched
                    .iter()
                    .flat_map(|(page_index, _)| site.config.languages.iter().map(move |lang| (*page_index, lang)))
                    .collect();
                let mut pages: Vec<Result<OutputFile, Diagnostic>> = jobs
                    .par_iter()
                    .map(|&(page_index, lang)| renderer.page(site, &prepared.tera, page_index, lang))
                    .collect();
                // The dashboard shows statuses only: made again when one changed.
                if statuses_changed {
                    pages.push(Ok(crate::output::dashboard::dashboard(site, &prepared.i18n)));
                }
                pages
            },
            || refresh_search(search, site, &touched),
        );
        let mut files = Vec::new();
        for page in pages {
            match page {
                Ok(file) => files.push(file),
                Err(problem) => diagnostics.push(problem),
            }
        }
        match search_files {
            Ok(search_files) => files.extend(search_files),
            Err(problem) => diagnostics.push(problem),
        }
        if diagnostics.has_errors() {
            return Some(Err(diagnostics));
        }
        Some(Ok(files))
    }

    fn failed(&mut self, shared: &Shared, diagnostics: &Diagnostics, kind: &'static str, started: Instant) -> Rebuilt {
        crate::cmd::report(diagnostics);
        let errors: Vec<String> = diagnostics.sorted().iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        // A failed edit keeps serving the last good build, its printed files
        // too: put them back before anyone hears of the errors.
        let leaflets = self.prepared.as_ref().and_then(LazyLeaflets::of);
        if let Ok(mut snapshot) = shared.snapshot.write() {
            snapshot.errors = errors.clone();
            snapshot.leaflets = leaflets;
        }
        shared.broadcast(&Event::Errors(errors));
        Rebuilt { kind, files: 0, took: started.elapsed(), ok: false }
    }

    /// Swaps in new outputs (all of them, or none when pages were updated in
    /// place), clears the errors and tells open pages to reload.
    fn publish(&self, shared: &Shared, all: Option<Outputs>) {
        let version = match shared.snapshot.write() {
            Ok(mut snapshot) => {
                if let Some((files, redirects)) = all {
                    snapshot.files = files;
                    snapshot.redirects = redirects;
                }
                snapshot.errors.clear();
                snapshot.version += 1;
                snapshot.version
            }
            Err(_) => return,
        };
        shared.broadcast(&Event::Reload(version));
    }
}

/// How many connections `serve` handles at once (live-reload streams included).
const MAX_CONNECTIONS: usize = 1024;

/// Options of `threesteps serve`.
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: String,
    pub port: u16,
    pub open: bool,
}

/// Runs the server until the process is stopped. Returns only on startup errors.
pub fn run(options: &ServeOptions) -> Result<(), Diagnostic> {
    let shared = Arc::new(Shared::default());
    let listener = TcpListener::bind((options.bind.as_str(), options.port)).map_err(|e| {
        Diagnostic::error(format!("cannot listen on {}:{}: {e}", options.bind, options.port))
            .hint("choose another --port, or stop the program using it")
    })?;
    let address = listener.local_addr().map_err(|e| Diagnostic::error(format!("cannot read the address: {e}")))?;
    let watcher = start_watcher(&options.root);
    let mut builder = Builder::new(&options.root);
    let first = builder.full(&shared);
    let url = format!("http://{address}/");
    println!(
        "serving {} at {url} ({} in {} ms{}); press Ctrl-C to stop",
        options.root.display(),
        if first.ok { format!("{} files", first.files) } else { "errors: see above".into() },
        first.took.as_millis(),
        if address.ip().is_loopback() { "" } else { "; WARNING: reachable from other machines" }
    );
    use std::io::Write;
    let _ = std::io::stdout().flush();
    if options.open {
        let _ = std::process::Command::new("xdg-open").arg(&url).spawn();
    }
    if let Some((watcher, rx, root)) = watcher {
        let watch_shared = Arc::clone(&shared);
        std::thread::spawn(move || {
            let _keep_alive = watcher;
            watch(&root, rx, builder, &watch_shared)
        });
    }
    // One thread a connection, at most MAX_CONNECTIONS at once: idle or
    // half-sent connections time out, and more than that get a 503.
    let open = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    for stream in listener.incoming().flatten() {
        use std::sync::atomic::Ordering;
        if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            open.fetch_sub(1, Ordering::SeqCst);
            http::refuse_busy(stream);
            continue;
        }
        let (shared, still_open) = (Arc::clone(&shared), Arc::clone(&open));
        let spawned = std::thread::Builder::new().spawn(move || {
            http::handle(stream, &shared);
            still_open.fetch_sub(1, Ordering::SeqCst);
        });
        if spawned.is_err() {
            open.fetch_sub(1, Ordering::SeqCst);
        }
    }
    Ok(())
}

/// How long the sources must be quiet (no change to any watched file) before
/// a rebuild starts. An editor's save is one burst of events well inside it,
/// whether it writes the file in place or writes a temporary file and renames
/// it over the page (or renames the page to a backup first).
const QUIET: Duration = Duration::from_millis(10);

/// The longest a rebuild waits for changes to stop (a tool that keeps writing
/// files still gets its rebuilds).
const LONGEST_WAIT: Duration = Duration::from_millis(500);

/// Starts watching the sources (before the server says it is ready, so no
/// edit made after that is missed). The watcher must be kept alive.
fn start_watcher(root: &Path) -> Option<(notify::RecommendedWatcher, mpsc::Receiver<Vec<PathBuf>>, PathBuf)> {
    use notify::{RecursiveMode, Watcher};
    let (tx, rx) = mpsc::channel();
    let handler = move |result: notify::Result<notify::Event>| {
        if let Ok(event) = result {
            if counts(&event.kind) && !event.paths.is_empty() {
                let _ = tx.send(event.paths);
            }
        }
    };
    let mut watcher = match notify::recommended_watcher(handler) {
        Ok(watcher) => watcher,
        Err(e) => {
            eprintln!("warning: cannot watch files ({e}); restart serve after changes");
            return None;
        }
    };
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    for dir in ["content", "translations", "themes"] {
        let _ = watcher.watch(&root.join(dir), RecursiveMode::Recursive);
    }
    let _ = watcher.watch(&root, RecursiveMode::NonRecursive);
    Some((watcher, rx, root))
}

/// Reading files (our own rebuilds do) raises access events: only
/// creations, removals, renames and content changes count.
fn counts(kind: &notify::EventKind) -> bool {
    use notify::event::{EventKind, ModifyKind};
    matches!(
        kind,
        EventKind::Create(_)
            | EventKind::Remove(_)
            | EventKind::Modify(ModifyKind::Data(_) | ModifyKind::Name(_) | ModifyKind::Any)
    )
}

/// Rebuilds after each burst of changes.
fn watch(root: &Path, rx: mpsc::Receiver<Vec<PathBuf>>, mut builder: Builder, shared: &Shared) {
    loop {
        // Between edits: most are to the source language, so its first one
        // after a full build should not wait for its search data.
        builder.read_source_search_data();
        let Ok(mut paths) = rx.recv() else { return };
        // The rest of the burst (and what arrived while the last rebuild
        // ran) joins this one, until the files are quiet.
        let deadline = Instant::now() + LONGEST_WAIT;
        while let Ok(more) = rx.recv_timeout(QUIET.min(deadline.saturating_duration_since(Instant::now()))) {
            paths.extend(more);
            if Instant::now() >= deadline {
                break;
            }
        }
        let mut changed: Vec<String> = paths
            .iter()
            .filter_map(|p| p.strip_prefix(root).ok())
            .filter_map(|p| p.to_str().map(|s| s.replace('\\', "/")))
            .filter(|p| is_source(p))
            .collect();
        changed.sort();
        changed.dedup();
        // Editors' and tools' temporary files come and go between events.
        changed.retain(|p| root.join(p).exists() || builder.knows(p) || !p.starts_with("content/"));
        if changed.is_empty() {
            continue;
        }
        let result = builder.changed(shared, &changed);
        let shown = if changed.len() > 3 {
            format!("{} and {} more", changed[..3].join(", "), changed.len() - 3)
        } else {
            changed.join(", ")
        };
        println!(
            "{} {shown}: {} ({} files, {} ms)",
            if result.ok { "rebuilt after" } else { "errors after" },
            result.kind,
            result.files,
            result.took.as_millis()
        );
        use std::io::Write;
        let _ = std::io::stdout().flush();
    }
}

/// Files whose change matters: sources, not editor leftovers or outputs.
fn is_source(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let hidden = name.starts_with('.') || name.starts_with('#') || name.ends_with('~') || name.ends_with(".swp");
    let watched = rel == "site.yaml" || ["content/", "translations/", "themes/"].iter().any(|d| rel.starts_with(d));
    watched && !hidden
}

/// What [`apply_body_edits`] changed in the model.
struct BodyEdits {
    /// The edited pages: (index in `site.pages`, language).
    touched: Vec<(usize, String)>,
    /// Whether a translation status changed (the dashboard shows them).
    statuses_changed: bool,
    diagnostics: Diagnostics,
}

/// Re-parses the `changed` pages and puts their new bodies (and translation
/// statuses) into the model. `None` when a change is not a body edit of a
/// known page (a full rebuild is needed).
fn apply_body_edits(root: &Path, prepared: &mut Prepared, changed: &[String]) -> Option<BodyEdits> {
    let default = prepared.site.config.default_language.clone();
    let mut touched = Vec::new();
    let mut statuses_changed = false;
    let mut diagnostics = Diagnostics::default();
    for rel in changed {
        let (page_index, lang) = prepared
            .site
            .pages
            .iter()
            .enumerate()
            .find_map(|(i, p)| p.versions.values().find(|v| &v.file == rel).map(|v| (i, v.lang.clone())))?;
        let text = std::fs::read_to_string(root.join(rel)).ok()?;
        let file_rel = rel.strip_prefix(&format!("content/{lang}/"))?.to_string();
        let (mut version, hash) = match parse_version(TextFile { lang: lang.clone(), rel: file_rel, text }) {
            Ok(parsed) => parsed,
            Err(problems) => {
                diagnostics.extend(problems);
                continue;
            }
        };
        let old = &prepared.site.pages[page_index].versions[&lang];
        if version.front != old.front
            || version.body.headings != old.body.headings
            || version.body.has_checklist != old.body.has_checklist
        {
            return None;
        }
        diagnostics.extend(std::mem::take(&mut version.body.problems));
        // A new model that shares every page but this one with the old.
        let site = Arc::make_mut(&mut prepared.site);
        let page = Arc::make_mut(&mut site.pages[page_index]);
        let statuses = |page: &crate::model::site::Page| page.versions.values().map(|v| v.status).collect::<Vec<_>>();
        let before = statuses(page);
        if let Some(old) = page.versions.get_mut(&lang) {
            old.body = version.body;
        }
        if lang == default {
            page.source_hash = hash.clone();
            for version in page.versions.values_mut().filter(|v| v.lang != default) {
                version.status = status_of(version.front.translated_from.as_deref(), &hash);
            }
        } else if let Some(version) = page.versions.get_mut(&lang) {
            version.status = status_of(version.front.translated_from.as_deref(), &page.source_hash);
        }
        statuses_changed |= statuses(page) != before;
        touched.push((page_index, lang));
    }
    Some(BodyEdits { touched, statuses_changed, diagnostics })
}

/// The edited pages' text goes into their languages' search indexes and
/// documents; returns those files, made again.
fn refresh_search(
    search: &mut HashMap<String, LanguageIndex>,
    site: &crate::model::Site,
    touched: &[(usize, String)],
) -> Result<Vec<OutputFile>, Diagnostic> {
    let mut langs: Vec<&str> = touched.iter().map(|(_, lang)| lang.as_str()).collect();
    langs.sort_unstable();
    langs.dedup();
    let mut files = Vec::new();
    for lang in langs {
        match search.get_mut(lang) {
            Some(index) => {
                for (page_index, _) in touched.iter().filter(|(_, l)| l == lang) {
                    index.update(site, *page_index)?;
                }
            }
            None => {
                if let Some(language) = site.config.language(lang) {
                    search.insert(lang.to_string(), LanguageIndex::new(site, language)?);
                }
            }
        }
        if let Some(index) = search.get(lang) {
            files.extend(index.files());
        }
    }
    Ok(files)
}
