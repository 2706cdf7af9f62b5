//! What a rendered page loads from this site: stylesheets, icons, the
//! manifest, scripts and eager images, read from its (minified) HTML.

use crate::parse::html::decode_entities;

/// Site-relative paths (`/css/site.css`) the page loads when it is opened.
/// Lazy images (the print-only QR code) and other hosts are left out.
pub fn loaded_files(html: &[u8]) -> Vec<String> {
    let html = String::from_utf8_lossy(html);
    let mut found = Vec::new();
    let mut rest = html.as_ref();
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let name_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let name = rest[..name_len].to_ascii_lowercase();
        let (attributes, after) = attributes(&rest[name_len..]);
        rest = after;
        let get = |key: &str| attributes.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        let url = match name.as_str() {
            "script" => get("src"),
            "img" if get("loading") != Some("lazy") => get("src"),
            "link" if get("rel").is_some_and(loads_link) => get("href"),
            _ => None,
        };
        if let Some(path) = url.and_then(site_path) {
            found.push(path);
        }
    }
    found
}

/// `<link rel>` values the browser fetches when the page opens.
fn loads_link(rel: &str) -> bool {
    rel.split_ascii_whitespace().any(|r| matches!(r.to_ascii_lowercase().as_str(), "stylesheet" | "icon" | "manifest"))
}

/// `/css/site.css?x#y` → `/css/site.css`; other hosts and relative paths → None.
fn site_path(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    (path.starts_with('/') && !path.starts_with("//")).then(|| path.to_string())
}

/// Reads `a=b c="d e" f` up to the tag's `>`; returns the attributes
/// (names lowercased) and the text after the tag.
fn attributes(text: &str) -> (Vec<(String, String)>, &str) {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] == b'>' {
            return (found, &text[(i + 1).min(text.len())..]);
        }
        let name_start = i;
        while i < bytes.len() && !matches!(bytes[i], b'=' | b'>' | b'/') && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let name = text[name_start..i].to_ascii_lowercase();
        let mut value = String::new();
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            let (quote, start) = match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => (Some(q), i + 1),
                _ => (None, i),
            };
            let mut end = start;
            while end < bytes.len() && !ends_value(bytes[end], quote) {
                end += 1;
            }
            value = decode_entities(&text[start..end]).into_owned();
            i = if quote.is_some() { (end + 1).min(bytes.len()) } else { end };
        }
        found.push((name, value));
    }
}

fn ends_value(byte: u8, quote: Option<u8>) -> bool {
    match quote {
        Some(q) => byte == q,
        None => byte.is_ascii_whitespace() || byte == b'>',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_minified_page_loads() {
        let html = br#"<!doctype html><html lang=en><head><link rel=stylesheet href=/css/site.css><link rel=icon href="/icons/icon.svg" type=image/svg+xml><link rel=canonical href=https://x.test/en/><link rel=manifest href=/en/manifest.webmanifest><script src=/js/offline.js defer></script></head><body><a href=/en/leaflet.pdf>x</a><img src=/en/kitchen.svg alt="a b"><img src=/qr/en/sleep.svg alt=q loading=lazy><img src="//cdn.test/x.png" alt=x></body></html>"#;
        assert_eq!(
            loaded_files(html),
            ["/css/site.css", "/icons/icon.svg", "/en/manifest.webmanifest", "/js/offline.js", "/en/kitchen.svg"]
        );
    }

    #[test]
    fn odd_markup_does_not_panic() {
        for html in ["<", "<img src=", "<img src=\"/a", "<link rel=icon href", "<<>>", "<img src=/é.svg>"] {
            let _ = loaded_files(html.as_bytes());
        }
        assert_eq!(loaded_files("<img src=/é.svg>".as_bytes()), ["/é.svg"]);
    }
}
