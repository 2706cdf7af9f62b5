//! Past versions of source pages, from git, for translators: when a source
//! page last changed, and its text as it was when a translation was made.
//! Like `source`, this reads; nothing here writes.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn git(root: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git").arg("-C").arg(root).args(args).output().ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8(output.stdout).ok()
}

/// True when `root` is inside a git work tree (and git is installed).
pub fn is_git_repo(root: &Path) -> bool {
    git(root, &["rev-parse", "--is-inside-work-tree"]).is_some_and(|out| out.trim() == "true")
}

/// Date (YYYY-MM-DD) of the last commit that changed each file below `dir`
/// (a path relative to `root`), keyed by path relative to `root`. One git
/// call for the whole folder. Empty when `root` is not in a git repository.
pub fn last_change_dates(root: &Path, dir: &str) -> BTreeMap<String, String> {
    let mut dates = BTreeMap::new();
    let Some(log) = git(root, &["log", "--relative", "--format=%x00%cs", "--name-only", "--", dir]) else {
        return dates;
    };
    let mut current = String::new();
    for line in log.lines() {
        if let Some(date) = line.strip_prefix('\0') {
            current = date.trim().to_string();
        } else if !line.trim().is_empty() {
            // Newest commits come first: keep the first date seen.
            dates.entry(line.trim().to_string()).or_insert_with(|| current.clone());
        }
    }
    dates
}

/// A committed version of a file.
#[derive(Debug, Clone)]
pub struct PastVersion {
    pub commit: String,
    pub date: String,
    pub text: String,
}

/// Every committed version of `file` (relative to `root`), newest first.
pub fn past_versions(root: &Path, file: &str) -> Vec<PastVersion> {
    let Some(log) = git(root, &["log", "--format=%H %cs", "--", file]) else {
        return Vec::new();
    };
    log.lines()
        .filter_map(|line| {
            let (commit, date) = line.split_once(' ')?;
            let text = git(root, &["show", &format!("{commit}:./{file}")])?;
            Some(PastVersion { commit: commit.to_string(), date: date.to_string(), text })
        })
        .collect()
}
