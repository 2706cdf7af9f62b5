//! Outputs: pure functions from the site model to files (path → bytes).
//! Nothing here touches the disk; `write` does.

pub mod assets;
pub mod dashboard;
pub mod headers;
pub mod html;
pub mod leaflet;
pub mod markdown;
pub mod offline;
pub mod poster;
pub mod qr;
pub mod redirects;
pub mod search;
pub mod sitemap;
pub mod theme;
pub mod toolkit;

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path below the output folder, `/`-separated, never absolute, never `..`.
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        OutputFile { path: path.into(), bytes: bytes.into() }
    }
}

/// Escapes text for HTML and XML text and attribute values.
pub fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// True when `path` stays inside the output folder.
pub fn is_safe_output_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains('\0')
        && path.split('/').all(|segment| !segment.is_empty() && segment != "." && segment != "..")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_paths_are_refused() {
        assert!(is_safe_output_path("en/index.html"));
        assert!(!is_safe_output_path("../x"));
        assert!(!is_safe_output_path("/etc/passwd"));
        assert!(!is_safe_output_path("a//b"));
        assert!(!is_safe_output_path("a/./b"));
    }
}
