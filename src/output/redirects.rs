//! `_redirects`: short links and aliases as 301 rules (Netlify/Cloudflare format).

use crate::model::redirects::Redirect;
use crate::output::OutputFile;

/// One rule per redirect, plus the form without the trailing slash that
/// people type from a printed leaflet (`/sleep` as well as `/sleep/`).
pub fn redirects_file(redirects: &[Redirect]) -> OutputFile {
    let mut text = String::from("# Short links and old URLs (made by threesteps)\n");
    for r in redirects {
        text.push_str(&format!("{} {} 301\n", r.from, r.to));
        text.push_str(&format!("{} {} 301\n", r.from.trim_end_matches('/'), r.to));
    }
    OutputFile::new("_redirects", text)
}
