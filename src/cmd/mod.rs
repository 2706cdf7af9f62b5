//! Commands: thin wiring from the CLI to the pipeline.

pub mod build;
pub mod check;
pub mod search_debug;
pub mod translations;

use crate::diag::Diagnostics;

/// Prints every diagnostic to stderr, errors first, then a count line.
pub fn report(diagnostics: &Diagnostics) {
    for d in diagnostics.sorted() {
        eprintln!("{d}");
    }
    let (errors, warnings) = (diagnostics.error_count(), diagnostics.warning_count());
    if errors > 0 {
        eprintln!("{errors} error(s), {warnings} warning(s)");
    } else if warnings > 0 {
        eprintln!("{warnings} warning(s)");
    }
    let notes = diagnostics.note_count();
    if notes > 0 {
        eprintln!("{notes} note(s): nothing to fix before publishing");
    }
}

/// Prints to stdout; a closed pipe (`| head`) is not an error worth a panic.
pub fn say(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}
