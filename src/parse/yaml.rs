//! Turning YAML errors into diagnostics with file lines and "did you mean" hints.

use crate::diag::{did_you_mean, Diagnostic};

/// Keys allowed at the top of `site.yaml`.
pub const KNOWN_SITE_KEYS: &[&str] =
    &["base_url", "default_language", "theme", "languages", "offline", "code", "name", "dir"];

/// Converts a serde_norway error into a diagnostic for `file`.
/// `line_offset` is the number of file lines before the YAML text starts.
pub fn yaml_error(error: &serde_norway::Error, file: &str, line_offset: usize, known_keys: &[&str]) -> Diagnostic {
    let full = error.to_string();
    // The message without serde_norway's own " at line X column Y" suffix:
    // we print the file line ourselves.
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full.clone(),
    };
    let mut diagnostic = if let Some(key) = between(&message, "unknown field `", "`") {
        let mut d = Diagnostic::error(format!("unknown key '{key}'"));
        if let Some(guess) = did_you_mean(key, known_keys) {
            d.message.push_str(&format!(" (did you mean '{guess}'?)"));
        }
        d.hint(format!("allowed keys: {}", expected_list(&message).unwrap_or_else(|| known_keys.join(", "))))
    } else if let Some(key) = between(&message, "missing field `", "`") {
        Diagnostic::error(format!("missing required key '{key}'")).hint(format!("add a line `{key}: ...`"))
    } else if message.contains("invalid type")
        || message.contains("invalid value")
        || message.contains("unknown variant")
    {
        let (path, rest) = split_path(&message);
        let what = match path {
            Some(p) => format!("key '{p}' has the wrong type: {rest}"),
            None => rest.to_string(),
        };
        Diagnostic::error(what).hint("check the value's type (text, number, true/false or a list)")
    } else {
        Diagnostic::error(format!("invalid YAML: {message}")).hint("check indentation, colons and quotes")
    };
    diagnostic = diagnostic.at(file);
    if let Some(location) = error.location() {
        diagnostic = diagnostic.line(location.line() + line_offset);
    } else if line_offset > 0 {
        diagnostic = diagnostic.line(line_offset);
    }
    diagnostic
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

fn expected_list(message: &str) -> Option<String> {
    let i = message.find("expected one of ")?;
    Some(message[i + "expected one of ".len()..].replace('`', ""))
}

/// serde_norway prefixes nested errors with the key path (`weight: invalid type...`).
fn split_path(message: &str) -> (Option<&str>, &str) {
    match message.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => (Some(path), rest),
        _ => (None, message),
    }
}
