//! Write: the only stage that writes. Files go into a staging folder beside
//! the output folder, which replaces the output only when the whole build
//! succeeded; otherwise the staging folder is removed and the previous output
//! stays exactly as it was.

use crate::diag::Diagnostic;
use crate::output::{is_safe_output_path, OutputFile};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A staging folder for one build. Created on the first write (so a build
/// that fails early creates nothing); removed on drop unless committed.
pub struct Staging {
    output: PathBuf,
    parent: PathBuf,
    name: String,
    stamp: String,
    dir: OnceLock<Result<PathBuf, String>>,
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
        std::fs::write(&target, &file.bytes).map_err(|e| fail("write", &target, e))
    }

    /// Puts the staged site in place of the output folder.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        let staging = self.dir()?.to_path_buf();
        let old = self.parent.join(format!(".threesteps-old-{}-{}", self.name, self.stamp));
        let had_output = self.output.exists();
        if had_output {
            if !self.output.is_dir() {
                return Err(Diagnostic::error(format!("{} exists and is not a folder", self.output.display()))
                    .hint("choose another --output folder"));
            }
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

/// Writes `files` as the new content of `output`, atomically.
pub fn write_site(output: &Path, files: &[OutputFile]) -> Result<(), Diagnostic> {
    let staging = Staging::new(output);
    for file in files {
        staging.write(file)?;
    }
    if files.is_empty() {
        staging.dir()?;
    }
    staging.commit()
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
