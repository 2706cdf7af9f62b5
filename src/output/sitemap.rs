//! `sitemap.xml` (translated pages with hreflang alternates) and `robots.txt`.
//! A site too large for one sitemap file gets a sitemap index at
//! `sitemap.xml` listing `sitemap-1.xml`, `sitemap-2.xml`, …

use crate::config::{Lang, SiteConfig};
use crate::model::site::{Page, Site};
use crate::output::{escape_markup, OutputFile};
use crate::routes;
use std::fmt::Write;
use std::rc::Rc;

const URLSET_START: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_END: &str = "</urlset>\n";

/// How much one sitemap file may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// `<url>` entries per file.
    pub urls: usize,
    /// Bytes per file, uncompressed.
    pub bytes: usize,
}

impl Limits {
    /// The sitemap protocol's (sitemaps.org): 50,000 URLs and 50 MiB per file.
    pub const PROTOCOL: Limits = Limits { urls: 50_000, bytes: 52_428_800 };
}

/// One sitemap file of a split: how many entries it takes, and its exact size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Part {
    urls: usize,
    bytes: usize,
}

/// The sitemap files of `site`, made one at a time as they are asked for:
/// `sitemap.xml` alone when every entry fits in one file under `limits`;
/// otherwise a sitemap index at `sitemap.xml` first, then the files it lists.
pub fn sitemap_files(site: &Site, limits: Limits) -> impl Iterator<Item = OutputFile> + '_ {
    let parts = split(entries(site).map(|entry| entry.len()), limits);
    files(entries(site), parts, &site.config.base_url)
}

/// One `<url>` entry: its version's own lines, then the alternates every
/// version of its page ends with (written once a page).
struct Entry {
    head: String,
    alternates: Rc<str>,
}

impl Entry {
    fn len(&self) -> usize {
        self.head.len() + self.alternates.len()
    }
}

/// The `<url>` entries of every existing page version (fallbacks are left
/// out), in page order, each listing its page's translations as
/// `xhtml:link` alternates plus `x-default`.
fn entries(site: &Site) -> impl Iterator<Item = Entry> + '_ {
    site.pages.iter().flat_map(|page| page_entries(page, &site.config))
}

/// One page's entries.
fn page_entries(page: &Page, config: &SiteConfig) -> Vec<Entry> {
    let base = &config.base_url;
    let translated: Vec<_> = config.languages.iter().filter(|l| page.is_translated(l)).collect();
    let mut alternates = String::new();
    for alt in &translated {
        let href = escape_markup(&routes::absolute(base, &page.url(alt)));
        let _ = writeln!(alternates, "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\"/>", alt.code);
    }
    let _ = writeln!(
        alternates,
        "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>",
        escape_markup(&routes::absolute(base, &page.url(config.default_lang())))
    );
    let alternates: Rc<str> = alternates.into();
    let entry = |lang: &&Lang| {
        let mut head = format!("  <url>\n    <loc>{}</loc>\n", escape_markup(&routes::absolute(base, &page.url(lang))));
        if let Some(updated) = &page.versions[&lang.code].front.updated {
            let _ = writeln!(head, "    <lastmod>{updated}</lastmod>");
        }
        Entry { head, alternates: alternates.clone() }
    };
    translated.iter().map(entry).collect()
}

/// Cuts entries of the given sizes, in order, into as few files as `limits`
/// allow, each filled before the next starts. An entry too large for any
/// file gets one to itself (none is near 50 MB).
fn split(sizes: impl Iterator<Item = usize>, limits: Limits) -> Vec<Part> {
    let empty = Part { urls: 0, bytes: URLSET_START.len() + URLSET_END.len() };
    let mut parts = vec![empty];
    for size in sizes {
        let last = parts.last_mut().filter(|p| p.urls == 0 || (p.urls < limits.urls && p.bytes + size <= limits.bytes));
        match last {
            Some(part) => *part = Part { urls: part.urls + 1, bytes: part.bytes + size },
            None => parts.push(Part { urls: 1, bytes: empty.bytes + size }),
        }
    }
    parts
}

/// The files of a split: `entries` in order, `parts` giving each file's
/// share; one part is `sitemap.xml` itself, more are listed by an index there.
fn files<'a>(
    mut entries: impl Iterator<Item = Entry> + 'a,
    parts: Vec<Part>,
    base: &str,
) -> impl Iterator<Item = OutputFile> + 'a {
    let single = parts.len() == 1;
    let index = (!single).then(|| sitemap_index(base, parts.len()));
    let urlsets = parts.into_iter().enumerate().map(move |(i, part)| {
        let mut xml = String::with_capacity(part.bytes);
        xml.push_str(URLSET_START);
        for entry in entries.by_ref().take(part.urls) {
            xml.push_str(&entry.head);
            xml.push_str(&entry.alternates);
        }
        xml.push_str(URLSET_END);
        OutputFile::new(if single { "sitemap.xml".to_string() } else { part_path(i + 1) }, xml)
    });
    index.into_iter().chain(urlsets)
}

/// The `n`th file (from 1) of a split sitemap: `sitemap-<n>.xml`, at the top
/// of the site, where it may list any URL of the site and no page can be.
pub fn part_path(n: usize) -> String {
    format!("sitemap-{n}.xml")
}

/// `sitemap.xml` as a sitemap index listing `count` parts by absolute URL.
fn sitemap_index(base: &str, count: usize) -> OutputFile {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for n in 1..=count {
        let loc = escape_markup(&routes::absolute(base, &format!("/{}", part_path(n))));
        let _ = writeln!(xml, "  <sitemap>\n    <loc>{loc}</loc>\n  </sitemap>");
    }
    xml.push_str("</sitemapindex>\n");
    OutputFile::new("sitemap.xml", xml)
}

/// Allows everything and names the sitemap (an index, on a large site).
pub fn robots(site: &Site) -> OutputFile {
    OutputFile::new("robots.txt", format!("User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n", site.config.base_url))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entry like a real one, `n` (below 1,000) making its URL unique;
    /// every entry has the same length.
    fn entry(n: usize) -> Entry {
        let head = format!("  <url>\n    <loc>https://x.test/en/page-{n:03}/</loc>\n");
        Entry { head, alternates: "  </url>\n".into() }
    }

    /// The `<loc>` texts of a sitemap or index, checking that it parses,
    /// that its root is `root` in the sitemap namespace and that each entry
    /// has one `<loc>`.
    fn locs(bytes: &[u8], root: &str) -> Vec<String> {
        let xml = std::str::from_utf8(bytes).expect("UTF-8");
        let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("not XML ({e}):\n{xml}"));
        let top = doc.root_element();
        assert_eq!(top.tag_name().name(), root);
        assert_eq!(top.tag_name().namespace(), Some("http://www.sitemaps.org/schemas/sitemap/0.9"));
        let locs: Vec<String> =
            top.descendants().filter(|n| n.has_tag_name("loc")).filter_map(|n| n.text()).map(String::from).collect();
        assert_eq!(locs.len(), top.children().filter(|n| n.is_element()).count(), "one <loc> an entry");
        locs
    }

    /// The files made from `count` entries under `limits`.
    fn split_files(count: usize, limits: Limits) -> Vec<OutputFile> {
        let parts = split((0..count).map(|n| entry(n).len()), limits);
        files((0..count).map(entry), parts, "https://x.test").collect()
    }

    const EMPTY: usize = URLSET_START.len() + URLSET_END.len();

    #[test]
    fn a_sitemap_that_fits_is_one_urlset() {
        let count = 3;
        let exactly = Limits { urls: count, bytes: EMPTY + count * entry(0).len() };
        let files = split_files(count, exactly);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].path, "sitemap.xml");
        assert_eq!(files[0].bytes.len(), exactly.bytes);
        let urls: Vec<String> = (0..count).map(|n| format!("https://x.test/en/page-{n:03}/")).collect();
        assert_eq!(locs(&files[0].bytes, "urlset"), urls);
        assert_eq!(split_files(0, Limits::PROTOCOL)[0].bytes, format!("{URLSET_START}{URLSET_END}").into_bytes());
    }

    #[test]
    fn a_large_sitemap_is_split_under_both_limits_with_an_index() {
        let count = 23;
        let one = entry(0).len();
        // Four entries fill a file's bytes exactly; then a file of five at most.
        let by_bytes = (Limits { urls: 5, bytes: EMPTY + 4 * one }, vec![4, 4, 4, 4, 4, 3]);
        let by_urls = (Limits { urls: 3, bytes: EMPTY + 4 * one }, vec![3, 3, 3, 3, 3, 3, 3, 2]);
        for (limits, per_file) in [by_bytes, by_urls] {
            let files = split_files(count, limits);
            assert_eq!(files[0].path, "sitemap.xml");
            let paths: Vec<&str> = files[1..].iter().map(|f| f.path.as_str()).collect();
            let expected_paths: Vec<String> = (1..=per_file.len()).map(|n| format!("sitemap-{n}.xml")).collect();
            assert_eq!(paths, expected_paths);
            let listed = locs(&files[0].bytes, "sitemapindex");
            assert_eq!(listed, paths.iter().map(|p| format!("https://x.test/{p}")).collect::<Vec<_>>());
            let mut seen = Vec::new();
            for (file, expected) in files[1..].iter().zip(&per_file) {
                let urls = locs(&file.bytes, "urlset");
                assert_eq!(urls.len(), *expected, "{}", file.path);
                assert!(file.bytes.len() <= limits.bytes, "{}: {} bytes", file.path, file.bytes.len());
                seen.extend(urls);
            }
            let every: Vec<String> = (0..count).map(|n| format!("https://x.test/en/page-{n:03}/")).collect();
            assert_eq!(seen, every, "every URL once, in order");
        }
    }

    #[test]
    fn files_are_filled_to_the_limits_and_no_further() {
        let sizes = [10, 20, 30, 40];
        let urls = |limits| split(sizes.into_iter(), limits).iter().map(|p| p.urls).collect::<Vec<_>>();
        assert_eq!(urls(Limits { urls: 4, bytes: EMPTY + 100 }), [4]);
        assert_eq!(urls(Limits { urls: 3, bytes: EMPTY + 100 }), [3, 1]);
        assert_eq!(urls(Limits { urls: 4, bytes: EMPTY + 99 }), [3, 1]);
        assert_eq!(urls(Limits { urls: 4, bytes: EMPTY + 60 }), [3, 1]);
        assert_eq!(urls(Limits { urls: 4, bytes: EMPTY + 59 }), [2, 1, 1]);
        // An entry larger than a file (40) goes alone, and the split goes on.
        assert_eq!(urls(Limits { urls: 4, bytes: EMPTY + 35 }), [2, 1, 1]);
        assert_eq!(urls(Limits { urls: 1, bytes: EMPTY + 35 }), [1, 1, 1, 1]);
        let parts = split(sizes.into_iter(), Limits { urls: 2, bytes: usize::MAX });
        assert_eq!(parts.iter().map(|p| p.bytes - EMPTY).collect::<Vec<_>>(), [30, 70]);
    }
}
