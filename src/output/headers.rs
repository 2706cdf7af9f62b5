//! `_headers`: security headers for Netlify and Cloudflare Pages.

use crate::output::OutputFile;

/// The Content-Security-Policy every page is served with: only this site's
/// own files, no inline scripts or styles, no frames, no plugins. The
/// service worker and the web app manifest may only come from this site.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// Headers applied to every path (`/*`).
pub fn security_headers() -> Vec<(&'static str, &'static str)> {
    vec![
        ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        // Browsers ignore it over plain HTTP (as on `serve`); two years, the
        // length HSTS preload lists and the Mozilla Observatory ask for.
        ("Strict-Transport-Security", "max-age=63072000; includeSubDomains"),
    ]
}

/// The `_headers` file. `/sw.js` is always revalidated, so a new build's
/// worker reaches readers through any cache between them and the host.
pub fn headers_file() -> OutputFile {
    let mut text = String::from("/*\n");
    for (name, value) in security_headers() {
        text.push_str(&format!("  {name}: {value}\n"));
    }
    text.push_str("/sw.js\n  Cache-Control: no-cache\n");
    OutputFile::new("_headers", text)
}
