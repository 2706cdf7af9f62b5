//! Write: the only stage that writes. Files go into a temporary folder beside
//! the output folder, which replaces the output only when every file is written.

use crate::diag::Diagnostic;
use crate::output::{is_safe_output_path, OutputFile};
use std::path::{Path, PathBuf};

/// Writes `files` as the new content of `output`, atomically: on any error
/// the previous output is left exactly as it was and no temporary folder stays.
pub fn write_site(output: &Path, files: &[OutputFile]) -> Result<(), Diagnostic> {
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = output.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "public".into());
    std::fs::create_dir_all(&parent)
        .map_err(|e| Diagnostic::error(format!("cannot create {}: {e}", parent.display())).hint("check the --output path"))?;
    let stamp = format!("{}-{}", std::process::id(), nanos());
    let staging = parent.join(format!(".threesteps-new-{name}-{stamp}"));
    let result = write_all(&staging, files).and_then(|()| swap_in(&staging, output, &parent, &name, &stamp));
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    result
}

fn write_all(staging: &Path, files: &[OutputFile]) -> Result<(), Diagnostic> {
    let fail = |what: &str, path: &Path, e: std::io::Error| {
        Diagnostic::error(format!("cannot {what} {}: {e}", path.display())).hint("check free disk space and permissions")
    };
    std::fs::create_dir(staging).map_err(|e| fail("create", staging, e))?;
    for file in files {
        if !is_safe_output_path(&file.path) {
            return Err(Diagnostic::error(format!("refusing to write '{}' outside the output folder", file.path)));
        }
        let target = staging.join(&file.path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|e| fail("create", dir, e))?;
        }
        std::fs::write(&target, &file.bytes).map_err(|e| fail("write", &target, e))?;
    }
    Ok(())
}

fn swap_in(staging: &Path, output: &Path, parent: &Path, name: &str, stamp: &str) -> Result<(), Diagnostic> {
    let old = parent.join(format!(".threesteps-old-{name}-{stamp}"));
    let had_output = output.exists();
    if had_output {
        if !output.is_dir() {
            return Err(Diagnostic::error(format!("{} exists and is not a folder", output.display()))
                .hint("choose another --output folder"));
        }
        std::fs::rename(output, &old).map_err(|e| {
            Diagnostic::error(format!("cannot move the old {} aside: {e}", output.display()))
        })?;
    }
    if let Err(e) = std::fs::rename(staging, output) {
        if had_output {
            let _ = std::fs::rename(&old, output);
        }
        return Err(Diagnostic::error(format!("cannot put the new site in place at {}: {e}", output.display())));
    }
    if had_output {
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(())
}

fn nanos() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)
}
