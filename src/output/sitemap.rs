//! `sitemap.xml` (translated pages with hreflang alternates) and `robots.txt`.

use crate::model::site::Site;
use crate::output::{escape_markup, OutputFile};
use crate::routes;
use std::fmt::Write;

/// Every existing page version (fallbacks are left out), each listing its
/// translations as `xhtml:link` alternates plus `x-default`.
pub fn sitemap(site: &Site) -> OutputFile {
    let config = &site.config;
    let base = &config.base_url;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in &site.pages {
        for lang in config.languages.iter().filter(|l| page.is_translated(l)) {
            let version = &page.versions[&lang.code];
            let _ =
                writeln!(xml, "  <url>\n    <loc>{}</loc>", escape_markup(&routes::absolute(base, &page.url(lang))));
            if let Some(updated) = &version.front.updated {
                let _ = writeln!(xml, "    <lastmod>{updated}</lastmod>");
            }
            for alt in config.languages.iter().filter(|l| page.is_translated(l)) {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    alt.code,
                    escape_markup(&routes::absolute(base, &page.url(alt)))
                );
            }
            let _ = writeln!(
                xml,
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>",
                escape_markup(&routes::absolute(base, &page.url(config.default_lang())))
            );
        }
    }
    xml.push_str("</urlset>\n");
    OutputFile::new("sitemap.xml", xml)
}

/// Allows everything and names the sitemap.
pub fn robots(site: &Site) -> OutputFile {
    OutputFile::new("robots.txt", format!("User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n", site.config.base_url))
}
