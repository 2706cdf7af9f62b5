//! `threesteps check`: every validation of build, writing nothing.

use crate::cache::CacheUse;
use crate::cmd::{report, say};
use crate::pipeline::{run as run_pipeline, BuildOptions};
use std::path::Path;

pub fn run(root: &Path, drafts: bool) -> u8 {
    let result = run_pipeline(
        root,
        &BuildOptions {
            drafts,
            translation_warnings: true,
            cache: CacheUse::Read,
            diagnostics_only: true,
            ..BuildOptions::default()
        },
        &|_| Ok(()),
    );
    report(&result.diagnostics);
    if result.diagnostics.has_errors() {
        1
    } else {
        say(&format!("check passed: {} pages × {} languages\n", result.stats.pages, result.stats.languages));
        0
    }
}
