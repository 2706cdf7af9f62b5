//! `threesteps build`: run the pipeline into a staging folder and swap it in.

use crate::cmd::{report, say};
use crate::model::urls::LOCK_FILE;
use crate::output::OutputFile;
use crate::pipeline::{run as run_pipeline, BuildOptions};
use crate::write::{replace_file, Staging};
use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

pub fn run(
    root: &Path,
    output: Option<&Path>,
    base_url: Option<String>,
    drafts: bool,
    quiet: bool,
    verbose: bool,
) -> u8 {
    let started = Instant::now();
    let output = output.map(Path::to_path_buf).unwrap_or_else(|| root.join("public"));
    if !quiet && std::io::stderr().is_terminal() {
        eprint!("building {} …\r", root.display());
    }
    let staging = Staging::new(&output);
    let written = std::sync::Mutex::new(Vec::new());
    let sink = |file: OutputFile| {
        staging.write(&file)?;
        if verbose {
            if let Ok(mut list) = written.lock() {
                list.push(file.path);
            }
        }
        Ok(())
    };
    let mut result = run_pipeline(root, &BuildOptions { drafts, base_url, translation_warnings: false }, &sink);
    if !result.diagnostics.has_errors() {
        if let Err(problem) = staging.commit() {
            result.diagnostics.push(problem);
        } else if let Some(lock) = &result.new_lock {
            // The site is published: record its new URLs for good.
            if let Err(problem) = replace_file(&root.join(LOCK_FILE), lock) {
                result.diagnostics.push(problem);
            }
        }
    } else {
        drop(staging);
    }
    report(&result.diagnostics);
    if result.diagnostics.has_errors() {
        eprintln!("build failed: {} was left unchanged", output.display());
        return 1;
    }
    let mut text = String::new();
    if verbose {
        let mut list = written.into_inner().unwrap_or_default();
        list.sort();
        for path in list {
            text.push_str(&format!("{}\n", output.join(path).display()));
        }
    }
    if !quiet {
        let s = result.stats;
        text.push_str(&format!(
            "built {} pages × {} languages, {} short links and aliases: {} files into {} in {} ms\n",
            s.pages,
            s.languages,
            s.redirects,
            s.files,
            output.display(),
            started.elapsed().as_millis()
        ));
    }
    say(&text);
    0
}
