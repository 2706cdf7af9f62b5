//! `threesteps build`: run the pipeline into a staging folder and swap it in.

use crate::cache::CacheUse;
use crate::cmd::{report, say};
use crate::diag::Diagnostics;
use crate::model::urls::LOCK_FILE;
use crate::output::OutputFile;
use crate::pipeline::{prepare, render_all, BuildOptions, BuildStats, Prepared};
use crate::write::{check_output_folder, replace_file, Staging};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
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
    if let Err(refused) = check_output_folder(root, &output) {
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(refused);
        report(&diagnostics);
        eprintln!("build refused: nothing was written");
        return 1;
    }
    let progress = !quiet && std::io::stderr().is_terminal();
    let show = |text: &str| {
        if progress {
            eprint!("\r\x1b[2K{text}");
            let _ = std::io::stderr().flush();
        }
    };
    show(&format!("reading and checking {} …", root.display()));
    let mut diagnostics = Diagnostics::default();
    let options = BuildOptions { drafts, base_url, cache: CacheUse::ReadAndStore, ..BuildOptions::default() };
    let prepared = prepare(root, &options, &mut diagnostics);
    let staging = Staging::new(&output);
    let mut files = 0;
    let mut written = Vec::new();
    if let Some(prepared) = prepared.as_ref().filter(|_| !diagnostics.has_errors()) {
        (files, written) = render_into(prepared, &staging, &show, verbose, &mut diagnostics);
    }
    show("");
    if progress {
        eprint!("\r\x1b[2K");
    }
    match prepared.as_ref().filter(|_| !diagnostics.has_errors()) {
        Some(prepared) => {
            show("swapping the new site in …");
            publish(staging, root, prepared.new_lock.as_deref(), &mut diagnostics);
            if progress {
                eprint!("\r\x1b[2K");
            }
        }
        None => drop(staging),
    }
    report(&diagnostics);
    let Some(prepared) = prepared.filter(|_| !diagnostics.has_errors()) else {
        eprintln!("build failed: {} was left unchanged", output.display());
        return 1;
    };
    let mut text = String::new();
    if verbose {
        written.sort();
        for path in written {
            text.push_str(&format!("{}\n", output.join(path).display()));
        }
    }
    if !quiet {
        text.push_str(&summary(prepared.stats, files, &output, started));
    }
    say(&text);
    0
}

/// Renders every file of the site into the staging folder, showing progress
/// with `show`; returns how many files were written and, when `verbose`,
/// their paths.
fn render_into(
    prepared: &Prepared,
    staging: &Staging,
    show: &(dyn Fn(&str) + Sync),
    verbose: bool,
    diagnostics: &mut Diagnostics,
) -> (usize, Vec<String>) {
    let s = prepared.stats;
    let expected = s.pages * s.languages + s.redirects;
    let done = AtomicUsize::new(0);
    let written = std::sync::Mutex::new(Vec::new());
    let sink = |file: OutputFile| {
        staging.write(&file)?;
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if n.is_multiple_of(250) {
            show(&format!("writing pages, redirects and QR codes: {n} of about {expected} files …"));
        }
        if verbose {
            if let Ok(mut list) = written.lock() {
                list.push(file.path);
            }
        }
        Ok(())
    };
    let files = render_all(prepared, &sink, diagnostics);
    (files, written.into_inner().unwrap_or_default())
}

/// The line `build` ends with: what was built, where, and how long it took.
fn summary(s: BuildStats, files: usize, output: &Path, started: Instant) -> String {
    format!(
        "built {} pages × {} languages, {} short links and aliases: {files} files into {} in {} ms\n",
        s.pages,
        s.languages,
        s.redirects,
        output.display(),
        started.elapsed().as_millis()
    )
}

/// Swaps the staged site in and then, once it is published, records its
/// new URLs in `urls.lock` for good.
fn publish(staging: Staging, root: &Path, new_lock: Option<&str>, diagnostics: &mut Diagnostics) {
    if let Err(problem) = staging.commit() {
        diagnostics.push(problem);
    } else if let Some(lock) = new_lock {
        if let Err(problem) = replace_file(&root.join(LOCK_FILE), lock) {
            diagnostics.push(problem);
        }
    }
}
