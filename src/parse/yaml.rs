//! Turning YAML errors into diagnostics with file lines and "did you mean" hints.

use crate::diag::{did_you_mean, Diagnostic};

/// Keys allowed at the top of `site.yaml`.
pub const KNOWN_SITE_KEYS: &[&str] =
    &["base_url", "default_language", "theme", "languages", "help_page", "offline", "code", "name", "dir"];

/// Converts a serde_norway error on the YAML text `yaml` into a diagnostic
/// for `file`. `line_offset` is the number of file lines before the YAML text starts.
pub fn yaml_error(
    error: &serde_norway::Error,
    yaml: &str,
    file: &str,
    line_offset: usize,
    known_keys: &[&str],
) -> Diagnostic {
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
    } else if let Some(key) = between(&message, "duplicate field `", "`") {
        let diagnostic = Diagnostic::error(format!("duplicate key '{key}'"))
            .hint(format!("keep one `{key}:` line and delete the other"))
            .at(file);
        // serde reports the start of the mapping; point at the second `key:` line.
        if let Some(line) = second_line_of_key(yaml, key) {
            return diagnostic.line(line + line_offset);
        }
        diagnostic
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

/// The line (from 1) of the second line of `yaml` that starts the key `key`.
fn second_line_of_key(yaml: &str, key: &str) -> Option<usize> {
    let starts_key = |line: &str| {
        let line = line.trim_start();
        let line = line.strip_prefix("- ").unwrap_or(line).trim_start();
        let line = line.strip_prefix(['"', '\'']).unwrap_or(line);
        line.strip_prefix(key).is_some_and(|rest| rest.trim_start_matches(['"', '\'']).trim_start().starts_with(':'))
    };
    yaml.lines().enumerate().filter(|(_, line)| starts_key(line)).nth(1).map(|(i, _)| i + 1)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duplicate_key_points_at_its_second_line() {
        let yaml = "title: A\ndescription: B\ntitle: C\n";
        let error = serde_norway::from_str::<crate::parse::front_matter::FrontMatter>(yaml).unwrap_err();
        let d = yaml_error(&error, yaml, "p.md", 1, &[]);
        assert_eq!(
            d.to_string(),
            "error: p.md:4: duplicate key 'title'\n  = help: keep one `title:` line and delete the other"
        );
    }
}
