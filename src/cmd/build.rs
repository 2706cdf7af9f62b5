//! `threesteps build`: run the pipeline and write the site atomically.

use crate::cmd::report;
use crate::pipeline::{run as run_pipeline, BuildOptions};
use crate::write::write_site;
use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

pub fn run(root: &Path, output: Option<&Path>, base_url: Option<String>, drafts: bool, quiet: bool, verbose: bool) -> u8 {
    let started = Instant::now();
    let output = output.map(Path::to_path_buf).unwrap_or_else(|| root.join("public"));
    let show_progress = !quiet && std::io::stderr().is_terminal();
    if show_progress {
        eprint!("building {} …\r", root.display());
    }
    let mut result = run_pipeline(root, &BuildOptions { drafts, base_url });
    let Some(files) = result.files.take() else {
        report(&result.diagnostics);
        eprintln!("build failed: {} was left unchanged", output.display());
        return 1;
    };
    if let Err(problem) = write_site(&output, &files) {
        result.diagnostics.push(problem);
        report(&result.diagnostics);
        eprintln!("build failed: {} was left unchanged", output.display());
        return 1;
    }
    report(&result.diagnostics);
    if verbose {
        for file in &files {
            println!("{}", output.join(&file.path).display());
        }
    }
    if !quiet {
        let s = result.stats;
        println!(
            "built {} pages × {} languages: {} HTML files, {} redirects, {} files in all, into {} in {} ms",
            s.pages,
            s.languages,
            s.html_files,
            s.redirects,
            files.len(),
            output.display(),
            started.elapsed().as_millis()
        );
    }
    0
}
