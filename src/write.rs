//! Write: the only stage that writes. Files go into a staging folder beside
//! the output folder, which replaces the output only when the whole build
//! succeeded; otherwise the staging folder is removed and the previous output
//! stays exactly as it was.

use crate::diag::Diagnostic;
use crate::output::{is_safe_output_path, OutputFile};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// The file every output folder carries: it marks the folder as made by
/// `threesteps build` and lists, one a line, every file the build wrote, so
/// the next build knows what it may replace.
pub const OUTPUT_MARKER: &str = ".threesteps-output";

const MARKER_HEADER: &str = "# Made by `threesteps build`: this folder is replaced by the next build.\n\
# Keep no files of your own here. The files this build wrote:\n";

/// Folders of the site's sources, which an output folder may never be inside.
const SOURCE_FOLDERS: &[&str] = &["content", "themes", "translations"];

/// A staging folder for one build. Created on the first write (so a build
/// that fails early creates nothing); removed on drop unless committed.
pub struct Staging {
    output: PathBuf,
    parent: PathBuf,
    name: String,
    stamp: String,
    dir: OnceLock<Result<PathBuf, String>>,
    /// Every file written so far (paths relative to the output folder).
    written: Mutex<Vec<String>>,
    committed: bool,
}

impl Staging {
    pub fn new(output: &Path) -> Staging {
        let parent = match output.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = output.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "public".into());
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        Staging {
            output: output.to_path_buf(),
            parent,
            name,
            stamp: format!("{}-{nanos}", std::process::id()),
            dir: OnceLock::new(),
            written: Mutex::new(Vec::new()),
            committed: false,
        }
    }

    fn dir(&self) -> Result<&Path, Diagnostic> {
        let dir = self.dir.get_or_init(|| {
            if !self.parent.is_dir() {
                return Err(format!("the folder {} does not exist", self.parent.display()));
            }
            let dir = self.parent.join(format!(".threesteps-new-{}-{}", self.name, self.stamp));
            std::fs::create_dir(&dir)
                .map(|()| dir)
                .map_err(|e| format!("cannot create a staging folder in {}: {e}", self.parent.display()))
        });
        dir.as_deref().map_err(|e| Diagnostic::error(e.clone()).hint("check the --output path and its permissions"))
    }

    /// Writes one file into the staging folder. Safe to call from many threads.
    pub fn write(&self, file: &OutputFile) -> Result<(), Diagnostic> {
        if !is_safe_output_path(&file.path) {
            return Err(Diagnostic::error(format!("refusing to write '{}' outside the output folder", file.path)));
        }
        let target = self.dir()?.join(&file.path);
        let fail = |what: &str, path: &Path, e: std::io::Error| {
            Diagnostic::error(format!("cannot {what} {}: {e}", path.display()))
                .hint("check free disk space and permissions")
        };
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|e| fail("create", dir, e))?;
        }
        std::fs::write(&target, &file.bytes).map_err(|e| fail("write", &target, e))?;
        if let Ok(mut written) = self.written.lock() {
            written.push(file.path.clone());
        }
        Ok(())
    }

    /// Puts the staged site in place of the output folder.
    /// The old output is replaced only if every file in it was made by a
    /// threesteps build (see [`check_replaceable`]); otherwise nothing changes.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        let staging = self.dir()?.to_path_buf();
        let mut written = std::mem::take(&mut *self.written.lock().unwrap_or_else(|e| e.into_inner()));
        written.sort();
        let marker = written.iter().fold(MARKER_HEADER.to_string(), |text, path| text + path + "\n");
        std::fs::write(staging.join(OUTPUT_MARKER), marker).map_err(|e| {
            Diagnostic::error(format!("cannot write {}: {e}", staging.join(OUTPUT_MARKER).display()))
                .hint("check free disk space and permissions")
        })?;
        let old = self.parent.join(format!(".threesteps-old-{}-{}", self.name, self.stamp));
        let had_output = self.output.symlink_metadata().is_ok();
        if had_output {
            check_replaceable(&self.output, &written.into_iter().collect())?;
            std::fs::rename(&self.output, &old)
                .map_err(|e| Diagnostic::error(format!("cannot move the old {} aside: {e}", self.output.display())))?;
        }
        if let Err(e) = std::fs::rename(&staging, &self.output) {
            if had_output {
                let _ = std::fs::rename(&old, &self.output);
            }
            return Err(Diagnostic::error(format!(
                "cannot put the new site in place at {}: {e}",
                self.output.display()
            )));
        }
        self.committed = true;
        if had_output {
            let _ = std::fs::remove_dir_all(&old);
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            if let Some(Ok(dir)) = self.dir.get() {
                let _ = std::fs::remove_dir_all(dir);
            }
        }
    }
}

/// Checks, before a build starts, that `output` is a folder `build` may
/// replace: absent, empty, or made by threesteps, and neither the site root,
/// a folder containing it, nor a folder inside the site's sources.
pub fn check_output_folder(root: &Path, output: &Path) -> Result<(), Diagnostic> {
    let shown = output.display();
    let Some(target) = resolved(output) else {
        let parent = output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        return Err(Diagnostic::error(format!(
            "cannot build into {shown}: the folder {} does not exist",
            parent.display()
        ))
        .hint("create that folder first, or choose another --output"));
    };
    if let Ok(root) = root.canonicalize() {
        if root.starts_with(&target) {
            return Err(Diagnostic::error(format!(
                "refusing to build into {shown}: it is the site folder or contains it"
            ))
            .hint("build into a folder of its own, such as public/ (the default); nothing was changed"));
        }
        if let Some(source) = SOURCE_FOLDERS.iter().find(|s| target.starts_with(root.join(s))) {
            return Err(Diagnostic::error(format!(
                "refusing to build into {shown}: it is inside the site's {source}/ folder"
            ))
            .hint("build into a folder of its own, such as public/ (the default); nothing was changed"));
        }
    }
    let Ok(meta) = std::fs::metadata(output) else { return Ok(()) };
    if !meta.is_dir() {
        return Err(Diagnostic::error(format!("cannot build into {shown}: it exists and is not a folder"))
            .hint("choose another --output folder; nothing was changed"));
    }
    let is_empty = std::fs::read_dir(output).map(|mut entries| entries.next().is_none()).unwrap_or(false);
    if is_empty || output.join(OUTPUT_MARKER).is_file() || looks_like_old_output(output) {
        return Ok(());
    }
    Err(Diagnostic::error(format!(
        "refusing to build into {shown}: the folder is not empty and was not made by threesteps"
    ))
    .hint(format!(
        "build replaces only a new or empty folder, or one an earlier build made (it holds {OUTPUT_MARKER}); \
             choose another --output, or move the files out of {shown} yourself; nothing was changed"
    )))
}

/// `path` made absolute with symbolic links resolved; for a path that does
/// not exist yet, its (existing) parent resolved with the name added.
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(path) = path.canonicalize() {
        return Some(path);
    }
    let name = path.file_name()?;
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    Some(parent.canonicalize().ok()?.join(name))
}

/// An output of a threesteps version from before the marker file: it has the
/// files every build writes, with the `_headers` every build writes. Such a
/// folder is still checked file by file before it is replaced.
fn looks_like_old_output(output: &Path) -> bool {
    let headers = std::fs::read_to_string(output.join("_headers")).unwrap_or_default();
    headers.starts_with("/*\n  Content-Security-Policy:")
        && ["sitemap.xml", "404.html", "robots.txt", "_redirects", "index.html"]
            .iter()
            .all(|name| output.join(name).is_file())
}

/// Refuses to replace `output` if it holds a file that neither an earlier
/// build (its marker's list) nor this one (`new_files`) made: someone put it
/// there, and replacing the folder would delete it.
fn check_replaceable(output: &Path, new_files: &BTreeSet<String>) -> Result<(), Diagnostic> {
    let shown = output.display();
    let meta = std::fs::metadata(output).map_err(|e| Diagnostic::error(format!("cannot read {shown}: {e}")))?;
    if !meta.is_dir() {
        return Err(Diagnostic::error(format!("cannot build into {shown}: it exists and is not a folder"))
            .hint("choose another --output folder; nothing was changed"));
    }
    let marker = std::fs::read_to_string(output.join(OUTPUT_MARKER)).unwrap_or_default();
    let made: BTreeSet<&str> = marker.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
    let mut foreign = Vec::new();
    for entry in walkdir::WalkDir::new(output).follow_links(false).min_depth(1).sort_by_file_name() {
        let entry = entry.map_err(|e| Diagnostic::error(format!("cannot read {shown}: {e}")))?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(output).unwrap_or(entry.path());
        let rel = rel.to_string_lossy().replace('\\', "/");
        if rel != OUTPUT_MARKER && !made.contains(rel.as_str()) && !new_files.contains(&rel) {
            foreign.push(rel);
        }
    }
    if foreign.is_empty() {
        return Ok(());
    }
    let listed: Vec<_> = foreign.iter().take(5).map(|f| format!("{shown}/{f}")).collect();
    let more = if foreign.len() > 5 { format!(" and {} more", foreign.len() - 5) } else { String::new() };
    Err(Diagnostic::error(format!(
        "refusing to replace {shown}: it holds files threesteps did not make: {}{more}",
        listed.join(", ")
    ))
    .hint(
        "move them out of the output folder (files that belong in the site go next to a page in content/ \
         or in the theme's static/ folder, and are then copied into every build); nothing was changed",
    ))
}

/// Replaces one file of the site (only `urls.lock`) atomically: written
/// beside it under a temporary name, then renamed over it.
pub fn replace_file(path: &Path, text: &str) -> Result<(), Diagnostic> {
    let temp = path.with_extension(format!("tmp-{}", std::process::id()));
    let fail = |e: std::io::Error| {
        Diagnostic::error(format!("cannot write {}: {e}", path.display())).hint("check permissions")
    };
    std::fs::write(&temp, text).map_err(fail)?;
    std::fs::rename(&temp, path).map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        fail(e)
    })
}
