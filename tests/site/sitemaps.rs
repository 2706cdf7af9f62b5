//! A site too large for one sitemap file: a sitemap index at `sitemap.xml`
//! and the files it lists, made from the fixture with small limits.

use crate::util::*;
use threesteps::output::sitemap::{sitemap_files, Limits};
use threesteps::output::OutputFile;
use threesteps::pipeline::{prepare, BuildOptions};

const URLSET_END: &str = "</urlset>\n";

/// The fixture's sitemap files under `limits`, and the `sitemap.xml` its build wrote.
fn fixture_sitemaps(limits: Limits) -> (Vec<OutputFile>, String) {
    let fx = Fixture::new("basic");
    fx.build();
    let mut diagnostics = Default::default();
    let prepared = prepare(fx.root(), &BuildOptions::default(), &mut diagnostics).expect("the fixture loads");
    (sitemap_files(&prepared.site, limits).collect(), fx.out("sitemap.xml"))
}

/// The `<loc>` texts below the root, checking that the file parses and that
/// its root is `root`.
fn locs(xml: &str, root: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("not XML ({e}):\n{xml}"));
    assert_eq!(doc.root_element().tag_name().name(), root);
    doc.descendants().filter(|n| n.has_tag_name("loc")).filter_map(|n| n.text()).map(String::from).collect()
}

/// The `<url>` entries of a urlset, as written.
fn url_entries(xml: &str) -> &str {
    let start = xml.find("  <url>").unwrap_or(xml.len() - URLSET_END.len());
    xml[start..].strip_suffix(URLSET_END).expect("a urlset ends the file")
}

#[test]
fn sitemap_within_the_limits_is_the_one_the_build_writes() {
    let (files, built) = fixture_sitemaps(Limits::PROTOCOL);
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].path, "sitemap.xml");
    assert_eq!(String::from_utf8_lossy(&files[0].bytes), built);
}

#[test]
fn sitemap_too_large_for_one_file_is_an_index_of_files_within_the_limits() {
    let whole_size = fixture_sitemaps(Limits::PROTOCOL).1.len();
    for limits in [Limits { urls: 4, bytes: whole_size }, Limits { urls: 50_000, bytes: whole_size / 3 }] {
        let (files, built) = fixture_sitemaps(limits);
        let (index, parts) = files.split_first().expect("files");
        assert_eq!(index.path, "sitemap.xml");
        let listed = locs(&String::from_utf8_lossy(&index.bytes), "sitemapindex");
        assert!(parts.len() >= 3, "{limits:?}: {} files", parts.len());
        let names: Vec<String> = (1..=parts.len()).map(|n| format!("sitemap-{n}.xml")).collect();
        assert_eq!(parts.iter().map(|f| f.path.clone()).collect::<Vec<_>>(), names);
        let absolute: Vec<String> = names.iter().map(|name| format!("https://example.test/{name}")).collect();
        assert_eq!(listed, absolute, "the index lists every file by absolute URL");
        let mut entries = String::new();
        for part in parts {
            let xml = String::from_utf8_lossy(&part.bytes);
            let urls = locs(&xml, "urlset").len();
            assert!(
                urls <= limits.urls && part.bytes.len() <= limits.bytes,
                "{}: {urls} URLs, {} bytes",
                part.path,
                xml.len()
            );
            entries.push_str(url_entries(&xml));
        }
        assert_eq!(entries, url_entries(&built), "every entry once, whole, in order, alternates included");
    }
}
